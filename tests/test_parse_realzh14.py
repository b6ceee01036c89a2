"""Chinese pages that quote their OKRs in prose and the layouts of a vendor's cascade (issue 8,
fourteenth round; decisions 1070–1084): each test is a draft written here in that shape, with
the reading a person gives it."""

from __future__ import annotations

import pytest

from tests.test_parse_real8 import shape, statuses

# -- decision 1070: a sentence that quotes an objective and then its key results ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "案例:我们部门通过设定目标“把退货处理做到当天完结”,并设定关键结果为“当天完结率达到95%”"
            "“退货差评降到每月5条以内”,让每个人都知道往哪使劲。",
            [("把退货处理做到当天完结", ["当天完结率达到95%", "退货差评降到每月5条以内"])],
        ),
        (
            "舉個例子:若目標是「讓新會員願意再來」,關鍵結果可設定為「首月回購率達25%」或「會員NPS達到50」。",
            [("让新会员愿意再来", ["首月回购率达25%", "会员NPS达到50"])],
        ),
        (
            "仓储组为实现 “成为华东区发货最快的仓” 目标,把关键结果定为 “订单平均出库时长缩短到2小时”"
            "和 “次日达比例达到90%”。",
            [("成为华东区发货最快的仓", ["订单平均出库时长缩短到2小时", "次日达比例达到90%"])],
        ),
        (
            "一句空泛的「做好服务」,在 OKR 下可以改写為「讓每位來電的客人一次就把事辦完」。"
            "再配上關鍵成果,如「首次來電解決率從70%提升到85%」。",
            [("让每位来电的客人一次就把事办完", ["首次来电解决率从70%提升到85%"])],
        ),
    ],
)
def test_a_sentence_quoting_an_objective_and_its_key_results(
    text: str, want: list[tuple[str, list[str]]]
) -> None:
    assert shape(text) == want


def test_the_quoted_sentence_inside_a_numbered_case_is_read_the_same() -> None:
    text = (
        "1. 提高门店复购:连锁药房通过设定目标“让慢病顾客每月都回到我们店”,并设定关键结果为"
        "“慢病会员月复购率达到60%”,明确了门店的努力方向。"
    )
    assert shape(text) == [("让慢病顾客每月都回到我们店", ["慢病会员月复购率达到60%"])]


def test_a_labelled_draft_with_a_quoted_remark_is_unchanged() -> None:
    # A quote after 目标是 with no key-result lead after it is no objective of its own.
    text = "O1:让门店成为街坊每天都想来的地方\nKR1:会员复购率达到40%\n备注:我们的目标是“稳中求进”,不求一步到位。"
    assert [o for o, _krs in shape(text)] == ["让门店成为街坊每天都想来的地方"]


# -- decision 1071: "KR3:……" stays an unwritten row, and nothing joins it ----------------------


@pytest.mark.parametrize(
    ("etc", "dots"), [("KR3:……", "……"), ("KR3: ...", "..."), ("- KR3：…", "…")]
)
def test_an_ellipsis_row_is_closed(etc: str, dots: str) -> None:
    text = (
        "仓储组目标:让每一单都当天发出\nKR1:当日发货率达到98%\nKR2:错发率控制在0.1%以内\n"
        f"{etc}\n以上是组里的例子,下面是个人的。\n"
        "小李的4月份OKR:成为仓里打包最快的人\nKR1:人均每小时打包40单"
    )
    got = shape(text)
    assert [krs for _o, krs in got] == [
        ["当日发货率达到98%", "错发率控制在0.1%以内", dots],
        ["人均每小时打包40单"],
    ]


# -- decision 1072: a team before 目标 on the objective's line owns its key results -------------


@pytest.mark.parametrize("team", ["KA部", "财务部", "IT组", "客服中心"])
def test_a_team_goal_label_names_the_owner(team: str) -> None:
    text = f"{team}目标:让回款又快又准\nKR1:应收账款周转天数从60天降到45天\nKR2:坏账率控制在1%以内"
    assert shape(text) == [
        ("让回款又快又准", ["应收账款周转天数从60天降到45天", "坏账率控制在1%以内"])
    ]
    assert statuses(text, "kr-no-owner") == ["pass", "pass"]


def test_a_period_goal_label_names_no_owner() -> None:
    text = "年度目标:让回款又快又准\nKR1:应收账款周转天数从60天降到45天"
    assert statuses(text, "kr-no-owner") == ["fail"]


# -- decision 1073: the time it takes to handle bad events is no bad event ----------------------


@pytest.mark.parametrize(
    ("kr", "want"),
    [
        ("上线自助知识库,缩短客户投诉的处理时间", "pass"),
        ("减少故障的修复时长", "pass"),
        ("降低差评的回复耗时到1小时内", "pass"),
        ("减少投诉的数量", "fail"),
    ],
)
def test_the_handling_time_of_bad_events_is_efficiency(kr: str, want: str) -> None:
    text = f"O:让客户自己就能找到答案\nKR1:{kr}"
    assert statuses(text, "kr-negative-phrasing") == [want]


# -- decision 1074: the work, then the level it brings a measure to -----------------------------


@pytest.mark.parametrize(
    ("kr", "want"),
    [
        ("开发和部署自动化部署流程,使新容器的部署时间不超过5分钟。", "pass"),
        ("搭建统一的灰度发布平台，使线上回滚时间缩短到10分钟以内", "pass"),
        ("建立值班交接机制，让夜间告警的响应时间控制在15分钟", "pass"),
        ("搭建统一的灰度发布平台", "fail"),
        ("建立投诉处理机制，覆盖率100%", "fail"),
    ],
)
def test_work_that_brings_a_measure_to_a_level_is_a_result(kr: str, want: str) -> None:
    assert statuses(f"O:让发布又快又稳\nKR1:{kr}", "kr-is-task") == [want]


# -- decision 1075: 实时 before a verb of watching is how, not a figure ---------------------------


@pytest.mark.parametrize(
    ("kr", "task", "unquantified"),
    [
        ("开发一个中央监控和警报系统,对重要指标进行实时监控。", "fail", "fail"),
        ("上线经营看板，实时展示各门店的销售数据", "fail", "fail"),
        ("订单数据实时同步率达到99%", "pass", "pass"),
    ],
)
def test_real_time_watching_is_no_target(kr: str, task: str, unquantified: str) -> None:
    text = f"O:让门店经营看得见\nKR1:{kr}"
    assert statuses(text, "kr-is-task") == [task]
    assert statuses(text, "kr-not-quantified") == [unquantified]


# -- decision 1076: improvement measures or suggestions carried out are counted effort -----------


@pytest.mark.parametrize(
    ("kr", "want"),
    [
        ("实施至少两项基于员工反馈的办公环境改善措施。", "fail"),
        ("提出并实施至少三项改进建议", "fail"),
        ("落地5项降本举措", "fail"),
        ("员工采纳的改进建议达到20条", "pass"),
    ],
)
def test_measures_carried_out_are_an_activity_count(kr: str, want: str) -> None:
    assert statuses(f"O:让办公室更舒服\nKR1:{kr}", "kr-activity-count") == [want]


# -- decision 1077: a span that opens the clause is the window ----------------------------------


@pytest.mark.parametrize(
    ("kr", "want"),
    [
        ("三个月减重5公斤", "pass"),
        ("3个月跑步累计300公里", "pass"),
        ("两周读完2本书", "pass"),
        ("每三个月体检一次", "fail"),
        ("3个月留存率达到40%", "fail"),
        ("体重在三个月的时间里降5公斤", "fail"),
    ],
)
def test_a_span_opening_the_clause_is_its_window(kr: str, want: str) -> None:
    assert statuses(f"O:把身体练好\nKR1:{kr}", "kr-no-deadline") == [want]
