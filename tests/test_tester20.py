"""tester20's drafts as users paste them (round 20): a memo paragraph's counted key results
lose their "一是/二是" (decision 1780)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _krs(text: str) -> list[list[str]]:
    rv = review(text, config=_CFG)
    return [[k.text for k in o.key_results] for o in rv.objectives]


# -- decision 1780: "关键结果如下：一是…；二是…" with a figure in every piece ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本部门2027年的目标是全面提升研发效率，让每个需求更快上线。围绕这个目标，关键结果如下："
        "一是需求交付周期从21天缩短到10天；二是线上事故数量每季度不超过2起；三是自动化测试覆盖率达到70%。",
        "门店今年的目标是让老顾客愿意常回来。关键结果：一是会员复购率从18%提升到30%；"
        "二是会员月均到店次数从1.2次提升到2次。",
    ],
    ids=["memo-figures", "store-label-line"],
)
def test_counted_pieces_lose_their_counting_word(text: str) -> None:
    (krs,) = _krs(text)
    assert len(krs) >= 2
    assert not any(k[:2] in ("一是", "二是", "三是") for k in krs), krs


def test_a_piece_that_merely_opens_with_yi_shi_keeps_it() -> None:
    # not counted off in order: "一是" here is no counting word (only one piece has it)
    (krs,) = _krs(
        "我们今年的目标是让老顾客愿意常回来。关键结果：会员复购率从18%提升到30%；"
        "一是一非的投诉处理满意度从70%提升到90%。"
    )
    assert krs[1].startswith("一是一非"), krs


# -- decision 1781: a memo paragraph alone (no greeting above it) is not also an objective ------


@pytest.mark.parametrize(
    "text",
    [
        "项目部今年的目标是让老厂房改造按期交付。围绕这一目标，我们提出以下关键结果：一是年底前完成"
        "全部12栋楼的结构加固；二是9月30日前通过消防验收；三是加强与街道的沟通协调。",
        "科室今年的目标是让患者少跑腿。围绕这个目标，关键结果如下：一是门诊预约率达到80%以上；"
        "二是加强窗口服务培训；三是投诉数量不超过5起。",
    ],
    ids=["renovation", "clinic"],
)
def test_a_memo_paragraph_alone_gives_one_objective(text: str) -> None:
    rv = review(text, config=_CFG)
    assert len(rv.objectives) == 1, [o.text for o in rv.objectives]
    assert len(rv.objectives[0].key_results) == 3


def test_the_memo_with_a_greeting_keeps_its_reading() -> None:
    rv = review(
        "各位：\n\n项目部今年的目标是让老厂房改造按期交付。围绕这一目标，我们提出以下关键结果：一是"
        "年底前完成全部12栋楼的结构加固；二是9月30日前通过消防验收。\n",
        config=_CFG,
    )
    assert [o.text for o in rv.objectives] == ["让老厂房改造按期交付"]


# -- decision 1782: an action line after a blank line under bullets is a key result whose bullet
# was lost, neither glued to the bullet above nor dropped --------------------------------------

ZH_LIST = "目标：本学期提高数学成绩\n- 期中考试平均分从72分提升到80分\n- 作业按时提交率达到95%\n\n"
EN_LIST = (
    "Objective: Lift our maths results this term\n- Raise the midterm average from 72 to 80\n"
    "- Homework handed in on time at 95%\n\n"
)


@pytest.mark.parametrize(
    ("text", "third"),
    [
        (ZH_LIST + "建立错题本制度", "建立错题本制度"),
        (ZH_LIST + "组织每周一次的分层辅导\n", "组织每周一次的分层辅导"),
        (
            EN_LIST + "Start an error notebook for every pupil",
            "Start an error notebook for every pupil",
        ),
        (EN_LIST + "Run a weekly catch-up clinic\n", "Run a weekly catch-up clinic"),
    ],
    ids=["zh", "zh-newline", "en", "en-newline"],
)
def test_an_action_line_after_a_blank_is_its_own_key_result(text: str, third: str) -> None:
    (krs,) = _krs(text)
    assert krs[1] in ("作业按时提交率达到95%", "Homework handed in on time at 95%"), krs
    assert krs[2:] == [third], krs


@pytest.mark.parametrize(
    "tail",
    [
        "张校长：有意见下午放学前私我👌",
        "Tom: thoughts?",
        "有问题随时找我",
        "Thoughts welcome.",
        "Send comments to Dana by Friday",
        "Share your thoughts in the doc",
        "Review these before Friday's offsite",
        "提出修改意见后周五前发我",
    ],
)
def test_a_sign_off_after_the_list_stays_prose(tail: str) -> None:
    lst = ZH_LIST if not tail.isascii() else EN_LIST
    (krs,) = _krs(lst + tail)
    assert len(krs) == 2, krs


def test_a_wrapped_tail_after_a_blank_still_joins() -> None:
    # a PDF's wrap: the figure ends the line, its unit-phrase opens the next one
    (krs,) = _krs(
        "目标：提升一线员工的服务能力\n1. 新员工岗前培训覆盖率达到90%\n\n以上人员\n2. 客户投诉率降低到1%以下\n"
    )
    assert krs[0] == "新员工岗前培训覆盖率达到90%以上人员", krs


# -- decision 1783: "Make the app feel fast": how it feels to its users, no measure ------------

KRS_EN = (
    "\n- Cut cold start from 4.2s to 1.5s by December\n- Crash-free sessions from 98.1% to 99.7%"
)


def _objective_fails(objective: str) -> list[str]:
    rv = review(f"Objective: {objective}{KRS_EN}", config=_CFG)
    return [c.rule_id for c in rv.objectives[0].checks if c.status == "fail"]


@pytest.mark.parametrize(
    "objective",
    [
        "Make the mobile app feel fast",
        "Make checkout feel quick for shoppers on slow phones",
        "Make our help pages seem faster",
    ],
)
def test_an_objective_about_how_it_feels_is_no_metric(objective: str) -> None:
    assert "objective-is-metric" not in _objective_fails(objective)


@pytest.mark.parametrize(
    "objective", ["Make the mobile app faster", "Ship faster", "Load pages fast"]
)
def test_speed_itself_stays_a_metric(objective: str) -> None:
    assert "objective-is-metric" in _objective_fails(objective)


# -- decision 1784: a chat line that ends on a spoken particle is no key result's tail ----------

ZH3 = "O：把新员工培训做扎实\nKR1：新人30天留存率≥90%\nKR2：培训满意度4.6分以上\n"


@pytest.mark.parametrize(
    "tail", ["有问题群里说哈～", "大家看看有没有要补充的哦", "先这样啦~", "辛苦各位啦！🙏"]
)
def test_a_chat_line_under_the_last_key_result_is_prose(tail: str) -> None:
    (krs,) = _krs(ZH3 + tail)
    assert krs == ["新人30天留存率≥90%", "培训满意度4.6分以上"], krs


@pytest.mark.parametrize(
    ("tail", "joined"),
    [
        ("并保持在行业前列", "培训满意度4.6分以上并保持在行业前列"),
        ("（由人力资源部哈维负责）", None),
    ],
)
def test_a_wrapped_tail_still_joins_the_key_result(tail: str, joined: str | None) -> None:
    (krs,) = _krs(ZH3 + tail)
    assert len(krs) == 2, krs
    if joined:
        assert krs[1] == joined


# -- decision 1785: a task box after an item's label is no part of its wording ------------------


@pytest.mark.parametrize(
    ("text", "krs"),
    [
        (
            "O1 内容团队效率提升\nKR1 每篇文章平均产出时间从5天缩短到3天\nKR2 ☐ 搭建内容素材库",
            ["每篇文章平均产出时间从5天缩短到3天", "搭建内容素材库"],
        ),
        (
            "O1 内容团队效率提升\nKR1：[x] 每篇文章平均产出时间从5天缩短到3天\nKR2：[ ] 搭建内容素材库",
            ["每篇文章平均产出时间从5天缩短到3天", "搭建内容素材库"],
        ),
        (
            "O1 Speed up our content team\nKR1 ☐ Cut article lead time from 5 days to 3\n"
            "KR2 ☑ Build a shared asset library",
            ["Cut article lead time from 5 days to 3", "Build a shared asset library"],
        ),
    ],
    ids=["zh-box", "zh-brackets", "en-boxes"],
)
def test_a_task_box_after_the_label_is_dropped(text: str, krs: list[str]) -> None:
    rv = review(text, config=_CFG)
    got = rv.objectives[0].key_results
    assert [k.text for k in got] == krs
    for k in got:  # the span still points at the wording
        assert text[k.span.start : k.span.end] == k.text


def test_brackets_that_are_wording_stay() -> None:
    (krs,) = _krs(
        "O1 内容团队效率提升\nKR1：[重点] 每篇文章平均产出时间从5天缩短到3天\nKR2：搭建内容素材库"
    )
    assert krs[0].startswith("[重点]"), krs


# -- decision 1786: a check-in's "本周优先任务" is its tasks quadrant; a bare confidence index's
# message says what is missing without a contradiction ----------------------------------------

from coach.cycle.checkin import checkin  # noqa: E402

CHECKIN_OKRS = (
    "O：提升门店复购\nKR1：会员复购率从20%提升到30%\nKR2：会员月均到店次数从1.2次提升到2次\n\n"
)
CHECKIN_REST = "未来四周计划\n- 上线积分商城\n状态指标\n- 复购率 绿\nOKR信心指数\nKR1 6/10\n"


@pytest.mark.parametrize("heading", ["本周优先任务", "本周优先事项：", "本周核心任务"])
def test_a_tasks_heading_with_another_modifier_is_read(heading: str) -> None:
    report = checkin(
        CHECKIN_OKRS
        + heading
        + "\nP1 完成会员积分规则评审（KR1）\nP2 上线周末会员日活动（KR2）\n"
        + CHECKIN_REST
    )
    assert "tasks" in report.sections
    assert [t.priority for t in report.tasks] == ["P1", "P2"]
    assert report.tasks[0].link.target == "o1.kr1"


def test_a_bare_confidence_message_has_no_contradiction() -> None:
    tasks = "本周关注的任务\nP1 完成会员积分规则评审（KR1）\nP2 上线周末会员日活动（KR2）\n"
    zh = checkin(CHECKIN_OKRS + tasks + CHECKIN_REST)
    (f,) = [f for f in zh.findings if f.rule_id == "checkin-confidence-unexplained"]
    assert "但" not in f.message and "也没有说明原因" in f.message, f.message
    en = checkin(
        "O: Bring regulars back\nKR1: Repeat purchase rate from 20% to 30%\n"
        "KR2: Visits per member from 1.2 to 2 a month\n\nThis week's priorities\n"
        "- P1 Review the points rules (KR1)\n- P2 Launch member Saturdays (KR2)\n"
        "Next four weeks\n- Open the points shop\nStatus indicators\n- Repeat rate green\n"
        "Confidence\nKR1 6/10\n"
    )
    (f,) = [f for f in en.findings if f.rule_id == "checkin-confidence-unexplained"]
    assert "gives no change" not in f.message and "nor why" in f.message, f.message


# -- decision 1787: a status written before its score is read ("… 完成 0.3", "— done, 0.3") ------

from coach.cycle.scores import read as read_grade  # noqa: E402


@pytest.mark.parametrize(
    ("text", "score", "status", "plain_end"),
    [
        ("会员复购率从20%提升到30% 完成 0.3", 0.3, "完成", "30%"),
        ("新开社群20个 —— 已完成，得分0.9", 0.9, "已完成", "20个"),
        ("First reply under 1h — done, 0.3", 0.3, "done", "1h"),
        ("First reply under 1h | not done | 0.7", 0.7, "not done", "1h"),
    ],
)
def test_a_status_before_the_score_is_read(
    text: str, score: float, status: str, plain_end: str
) -> None:
    r = read_grade(text)
    assert (r.score, r.status) == (score, status)
    first = min(s for s, _e in r.spans)
    assert text[:first].rstrip(" —|-").endswith(plain_end), (text[:first], r.spans)


@pytest.mark.parametrize(
    "text",
    ["项目完成 0.3", "Onboarding completed within 3 days 0.7", "留存率提升到70% 完成"],
)
def test_wording_that_ends_on_a_status_word_keeps_it(text: str) -> None:
    r = read_grade(text)
    if text == "留存率提升到70% 完成":
        assert r.status == "完成" and r.score == 1.0  # the seed's own form, unchanged
    else:
        assert r.status is None, (r.status, r.spans)


# -- decision 1788: the check-in summary names an indicator's colour once ------------------------

from coach.cycle.checkin import summary  # noqa: E402


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("- 复购率 绿", "复购率 绿"),
        ("- 客单价 黄灯", "客单价 黄"),
        ("- 口红销量 红", "口红销量 红"),
    ],
)
def test_the_summary_names_the_colour_once(line: str, shown: str) -> None:
    tasks = "本周关注的任务\nP1 完成会员积分规则评审（KR1）\nP2 上线周末会员日活动（KR2）\n"
    report = checkin(
        CHECKIN_OKRS
        + tasks
        + "未来四周计划\n- 上线积分商城\n状态指标\n"
        + line
        + "\nOKR信心指数\nKR1 6/10\n"
    )
    (ind,) = [x for x in summary(report, "zh") if x.startswith("状态指标：")]
    assert ind == "状态指标：" + shown, ind


def test_the_summary_names_the_colour_once_in_english() -> None:
    report = checkin(
        "O: Bring regulars back\nKR1: Repeat purchase rate from 20% to 30%\n\n"
        "This week's priorities\n- P1 Review the points rules (KR1)\nNext four weeks\n- Open the shop\n"
        "Status indicators\n- Repeat rate: green\n- Basket size yellow\nConfidence\nKR1 6/10\n"
    )
    (ind,) = [x for x in summary(report, "en") if x.startswith("Indicators:")]
    assert ind == "Indicators: Repeat rate green, Basket size yellow", ind


# -- decision 1789: "我的目标是X。关键结果：…" gives the objective X, without its lead-in -----------


@pytest.mark.parametrize(
    "text",
    [
        "我的目标是把英语口语练好。关键结果：一是每天跟读30分钟，坚持90天；二是期末口语考试拿到A；"
        "三是参加一次英语演讲比赛并进入决赛。",
        "我们团队的目标是把英语口语练好。关键结果：每天跟读30分钟；期末口语考试拿到A；演讲比赛进入决赛。",
    ],
    ids=["personal", "team"],
)
def test_a_goal_sentence_before_an_inline_lead_loses_its_lead_in(text: str) -> None:
    rv = review(text, config=_CFG)
    assert [o.text.rstrip("。") for o in rv.objectives] == ["把英语口语练好"]
    assert len(rv.objectives[0].key_results) == 3


def test_an_objective_that_merely_mentions_a_goal_keeps_its_words() -> None:
    rv = review(
        "目标：帮每个学员达成目标，口语考试通过率从60%提升到85%\n关键结果1：期末口语考试A等比例达到40%\n"
        "关键结果2：演讲比赛进入决赛的学员达到5人",
        config=_CFG,
    )
    assert rv.objectives[0].text.startswith("帮每个学员达成目标")
