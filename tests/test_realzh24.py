"""Chinese published OKRs, a fifth new set (realzh24, decisions 2640-2659): shapes a new set of
real Chinese OKR texts showed, each imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from coach.review import parse
from rules._result_shape import reading


def kr_status(text: str, rule: str) -> list[str]:
    """The status of `rule` on every key result of the review, in order."""
    r = review(text)
    return [
        next(c.status for c in k.checks if c.rule_id == rule)
        for o in r.objectives
        for k in o.key_results
    ]


def kind_of(kr: str) -> str:
    """The result-shape reading's kind of one key result under a plain objective."""
    d = parse(f"O：让团队的交付更稳\nKR1：{kr}\n")
    return reading(d.objectives[0].key_results[0]).kind


def negative(kr: str) -> str:
    return kr_status(f"O：让线上服务更稳\nKR1：{kr}\n", "kr-negative-phrasing")[0]


# --- 2640: what a deliverable holds is its scope, not a result --------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "输出1份技术演进路线图，包含至少2种备选方案",
        "编写新版测试报告，包括不少于 3 个典型场景",
        "制定机房应急预案，涵盖 5 类常见故障",
        "产出 1 套客服话术手册，包含至少 20 个常见问题",
        "提交年度预算方案，列出 6 项重点投入",
    ],
)
def test_contents_of_a_deliverable_is_no_result(kr: str) -> None:
    assert kind_of(kr) == "task"


@pytest.mark.parametrize(
    "kr",
    [
        "新签客户 30 家，包括至少 5 家世界500强",  # customers won: a result
        "付费用户增长到 5 万，包含 1 万企业用户",  # a measure moved
        "线上订单占比达到 60%，包含小程序订单",  # a share, no count after 包含
    ],
)
def test_contents_guard_results_stay(kr: str) -> None:
    assert kind_of(kr) == "result"


# --- 2641: a load a system carries is a measured level -----------------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "单实例支持 10k 并发连接",
        "网关支撑 5000 QPS",
        "单机可承载 2000 个并发请求",
        "集群支持 20 万 TPS",
        "单机支持 200 个沙箱同时运行",
        "直播间承受 3 万人同时在线",
        "新仓支撑日均 8 万单峰值",
    ],
)
def test_capacity_is_a_result(kr: str) -> None:
    assert kind_of(kr) == "result"
    assert kr_status(f"O：让大促不再卡顿\nKR1：{kr}\n", "kr-is-task") == ["pass"]


@pytest.mark.parametrize(
    "kr",
    [
        "支持 5 种语言",  # features built
        "支持3个新支付渠道",
        "网关支持 2 种鉴权方式并发布文档",  # 并发布 is no 并发
        "支持 2 个渠道并发放优惠券",
    ],
)
def test_capacity_guard_features_stay_tasks(kr: str) -> None:
    assert kind_of(kr) == "task"


# --- 2642: how long handling a bad event takes is no bad event ---------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "客诉工单处理时长降低 50%",
        "慢查询告警 P99 延迟降低 30%",
        "错误日志上报延迟降低 50%",
        "退款申请平均审核耗时降低 40%",
        "故障单 TP99 响应时间降低一半",
    ],
)
def test_time_to_handle_bad_events_is_not_negative(kr: str) -> None:
    assert negative(kr) == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "客户投诉量下降 30%",
        "告警数量减少 50%",
        "线上Bug率降低50%",
        "故障工单数量降低 30%",
        "投诉升级率降低 20%",
    ],
)
def test_bad_event_counts_stay_negative(kr: str) -> None:
    assert negative(kr) == "fail"


# --- 2643: the head closing a Chinese counted phrase heads it, however far its outcome word -------
@pytest.mark.parametrize(
    "kr",
    [
        "每月输出 1 份客户健康度报告",
        "沉淀 5 篇会员运营复盘文档",
        "编写 3 份经销商年度合作方案",
        "制作 6 期客户回访简报",
    ],
)
def test_deliverable_head_closes_the_counted_phrase(kr: str) -> None:
    assert kind_of(kr) in ("task", "activity")


@pytest.mark.parametrize(
    "kr",
    [
        "新签 5 家企业客户",
        "新增 2000 名付费会员",
        "发展 50 名城市合伙人",
        "获得 300 条用户好评",
        "5万名用户通过自助渠道解决问题",  # the people act in a clause of their own
    ],
)
def test_outcomes_counted_stay_results(kr: str) -> None:
    assert kind_of(kr) == "result"


# --- 2644: a monthly check-in's notes under each key result are none of them ---------------------
def krs(text: str) -> list[list[str]]:
    return [[k.text for k in o.key_results] for o in review(text).objectives]


_CHECKIN = (
    "### 【体验】让每位来电客户一次说清 @周敏\n\n"
    "KR1：一次解决率从 72% 提升到 85%\n\n"
    "{a}\n- 完成话术库第一版\n\n"
    "KR2：高峰时段平均等待时长降到 40 秒以内\n\n"
    "{b}\n- 排班系统升级延期\n"
)


@pytest.mark.parametrize(
    "a,b",
    [
        ("当前里程碑：", "风险与阻塞："),
        ("关键进展：", "业务重要信息同步："),
        ("**本月进展**：", "**数据与指标：**"),
        ("**当前里程碑：**", "**本周：**"),
    ],
)
def test_checkin_sections_under_key_results_are_no_key_results(a: str, b: str) -> None:
    assert krs(_CHECKIN.format(a=a, b=b)) == [
        ["一次解决率从 72% 提升到 85%", "高峰时段平均等待时长降到 40 秒以内"]
    ]


def test_checkin_note_line_is_no_key_result() -> None:
    text = (
        "O：让仓库发货又快又准\nKR1：出库准确率达到 99.5%\n进展：新扫码枪已到货\n"
        "KR2：平均发货时长降到 6 小时\n阻塞：夜班人手不足\n"
    )
    assert krs(text) == [["出库准确率达到 99.5%", "平均发货时长降到 6 小时"]]


def test_numbered_milestones_stay_key_results() -> None:
    text = (
        "O：让新仓按时开业\n关键结果：\n里程碑1：6月底前完成一期上线\n"
        "里程碑2：8月底前完成二期上线\nKR3：开业首月出库准确率 99%\n"
    )
    assert krs(text) == [
        ["里程碑1：6月底前完成一期上线", "里程碑2：8月底前完成二期上线", "开业首月出库准确率 99%"]
    ]


# --- 2645: a plan's slogan before the wording leaves the wording to the clause after it ---------
def task(kr: str) -> str:
    return kr_status(f"O：2026 Q2 让门店成为会员最爱来的地方\nKR1：{kr}\n", "kr-is-task")[0]


@pytest.mark.parametrize(
    "kr",
    [
        "抢城市，建立覆盖省会到地级市的三级代理体系",
        "强基础，完成 ERP 系统升级",
        "控成本，完成供应商比价与合同重签",
        "促转化，上线会员专属价",
        "抢心智，打造“人人都用得起”的品牌认知",
    ],
)
def test_slogan_before_the_work_leaves_it_a_task(kr: str) -> None:
    assert task(kr) == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "拓渠道，新签 20 家区域经销商",
        "提效率，人均产能提升 20%",
        "降成本，单店月均能耗降低 15%",
        "提升客单价，复购率达到 30%",  # no one-character slogan: the measure leads anyway
    ],
)
def test_slogan_before_a_result_keeps_it_a_result(kr: str) -> None:
    assert task(kr) == "pass"
