"""realzh34 (issue 8, thirty-fourth round): shapes seen in a retired held-out half of published
Chinese OKRs (models/data/realzh32_retired.md): labels closed by a dash or led by an ordinal,
objectives listed as bare lines under the sentence that announces them, "主要结果" over the key
results, a heading "基于结果的 OKR" read as a person's set, a team acting within a period, how
people behave changed, the bar of renowned companies reached, and action taken on known bugs.

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.facts.owner import _whose, team_subject
from coach.review import parse, review
from rules._result_shape import reading


def _shape(text: str) -> list[tuple[str, list[str]]]:
    """Each parsed objective's wording with its key results' wordings."""
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


def _fails(text: str) -> list[list[str]]:
    """Per parsed item (each objective, then its key results): its failing rule ids."""
    rv = review(text)
    items = [i for o in rv.objectives for i in (o, *o.key_results)]
    return [sorted(c.rule_id for c in i.checks if c.status == "fail") for i in items]


def _inspires(objective: str) -> bool:
    """Whether objective-not-inspiring stays silent on a Chinese objective over one key result."""
    return "objective-not-inspiring" not in _fails(f"O：{objective}\nKR1：40%的用户每周回访")[0]


_LEAD = "O：让交付更顺（2027年Q2）\nKR："


def _kr_fails(kr: str) -> list[str]:
    """The failing rule ids of one key result under a dated objective."""
    return _fails(_LEAD + kr)[1]


# -- decision 4952: a dash closing a Chinese label, an ordinal before it -------------------------

DASH_LABELS = [
    (
        "**目标**——让社区菜市场成为街坊每天的首选\n\n**第 1 号关键结果** —到 6 月底，将摊位空置率降到 5%\n\n"
        "**第 2 号关键结果** —到 6 月底，日均客流提升到 3000 人次\n",
        [
            (
                "让社区菜市场成为街坊每天的首选",
                ["到 6 月底，将摊位空置率降到 5%", "到 6 月底，日均客流提升到 3000 人次"],
            )
        ],
    ),
    (
        "目标——把夜校办成全区口碑第一\n关键结果1——报名人数达到 600 人\n关键结果2——结课率达到 85%\n",
        [("把夜校办成全区口碑第一", ["报名人数达到 600 人", "结课率达到 85%"])],
    ),
    (
        "目标：把夜校办成全区口碑第一\n第一项关键结果：报名人数达到 600 人\n第二项关键结果：结课率达到 85%\n",
        [("把夜校办成全区口碑第一", ["报名人数达到 600 人", "结课率达到 85%"])],
    ),
    (
        "第 1 个目标：让每位住户都敢在夜里走回家\n第 1 条关键结果：小区路灯完好率达到 100%\n",
        [("让每位住户都敢在夜里走回家", ["小区路灯完好率达到 100%"])],
    ),
    (
        "**目标** — 让周末的图书馆坐满亲子家庭\n**关键结果 1** — 周末亲子借阅量达到 1500 册\n",
        [("让周末的图书馆坐满亲子家庭", ["周末亲子借阅量达到 1500 册"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), DASH_LABELS)
def test_4952_dash_and_ordinal_labels(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _shape(text) == want


DASH_GUARDS = [
    # the English twin read before and after
    (
        "**Objective** — Make the night school the best in town\n"
        "**Key result 1** — 600 sign-ups for the spring term\n",
        [("Make the night school the best in town", ["600 sign-ups for the spring term"])],
    ),
    # a heading whose dash names the period stays a heading
    (
        "## 目标 — 2027 年第一季度\n\nO1：把夜校办成全区口碑第一\nKR1：报名人数达到 600 人\n",
        [("把夜校办成全区口碑第一", ["报名人数达到 600 人"])],
    ),
    # decision 867's one-line shape is read as before
    (
        "目标——本季度让社区图书馆成为周末亲子首选。关键结果——周末亲子借阅量从800册提升到1200册；亲子活动报名人数达到每场40人。\n",
        [
            (
                "本季度让社区图书馆成为周末亲子首选",
                ["周末亲子借阅量从800册提升到1200册", "亲子活动报名人数达到每场40人"],
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), DASH_GUARDS)
def test_4952_guards(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _shape(text) == want


# -- decision 4953: bare lines under a sentence that announces objectives -----------------------

INTRO_LINES = [
    (
        "以下是几个好的目标：\n拿下城东的鲜花配送市场！\n完成一轮天使融资。\n"
        "下面是几个不太好的目标：\n订单量提升20%。\n复购用户翻一番。\n两个例子\n"
        "目标：让花店成为城东的首选\n关键结果1：复购率达到 40%\n",
        [
            "拿下城东的鲜花配送市场！",
            "完成一轮天使融资。",
            "订单量提升20%。",
            "复购用户翻一番。",
            "让花店成为城东的首选",
        ],
    ),
    (
        "我们本季度的目标如下：\n让每位新员工第一周就能独立接单。\n把城西店做成全市服务最好的门店。\n",
        ["让每位新员工第一周就能独立接单。", "把城西店做成全市服务最好的门店。"],
    ),
    (
        "这是几个常见的好目标：\n让家长放心把孩子交给我们\n做全区最受欢迎的社区食堂\n",
        ["让家长放心把孩子交给我们", "做全区最受欢迎的社区食堂"],
    ),
    (
        "Here are some good objectives:\nWin the downtown flower market!\nClose a seed round.\n"
        "Two examples\nObjective: Ship a lovable app.\nKey result 1: 40% of users come back weekly.\n",
        ["Win the downtown flower market!", "Close a seed round.", "Ship a lovable app."],
    ),
]


@pytest.mark.parametrize(("text", "want"), INTRO_LINES)
def test_4953_lines_under_an_objectives_intro(text: str, want: list[str]) -> None:
    assert [o for o, _krs in _shape(text)] == want


def test_4953_guard_a_paragraph_is_no_list() -> None:
    text = (
        "以下是目标：\n这一段是很长的说明文字，讲述了我们为什么要这样设定目标，并且包含了多个句子。第二句话也在这里。\n"
        "目标：让门店补货更省心\nKR1：缺货率降到 3%\n"
    )
    # one long line is no list: read as before (the line, then the labelled objective)
    assert [krs for _o, krs in _shape(text)][-1] == ["缺货率降到 3%"]
    assert len(_shape(text)) == 2


# -- decision 4954: 主要结果 / 核心结果 alone over the key results -----------------------------------

KEY_RESULTS_WORDS = [
    "#### 目标\n\n让门店补货不再靠猜。\n\n#### 主要结果\n\n* 缺货率降到 3%\n* 补货准确率达到 95%\n",
    "目标：让门店补货不再靠猜\n主要结果：\n1. 缺货率降到 3%\n2. 补货准确率达到 95%\n",
    "**目标**\n\n让门店补货不再靠猜\n\n**核心结果**\n\n- 缺货率降到 3%\n- 补货准确率达到 95%\n",
]


@pytest.mark.parametrize("text", KEY_RESULTS_WORDS)
def test_4954_main_results_head_the_key_results(text: str) -> None:
    ((o, krs),) = _shape(text)
    assert o.startswith("让门店补货不再靠猜")
    assert krs == ["缺货率降到 3%", "补货准确率达到 95%"]


def test_4954_guard_english_key_results_heading() -> None:
    text = (
        "#### Objective\n\nMake restocking painless.\n\n#### Key results\n\n* Stockouts below 3%\n"
    )
    assert _shape(text) == [("Make restocking painless.", ["Stockouts below 3%"])]


# -- decision 4955: a name cut out of a word before 的 is no name --------------------------------

NOT_A_NAME = [
    "例子 1:基于结果的 OKR",
    "示例 2：基于结果的 OKR",
    "属于团队的目标",
    "### 案例三：基于数据的季度OKR",
    "基于用户的目标",
]


@pytest.mark.parametrize("heading", NOT_A_NAME)
def test_4955_no_person_cut_from_a_word(heading: str) -> None:
    assert _whose(heading) is None


@pytest.mark.parametrize(
    ("heading", "who"),
    [
        ("王磊的个人OKR", "王磊"),
        ("组长于洋的OKR", "于洋"),
        ("于洋的OKR", "于洋"),
        ("市场部李明的OKR", "李明"),
    ],
)
def test_4955_guard_names_stay(heading: str, who: str) -> None:
    assert _whose(heading) == who


def test_4955_example_heading_gives_no_owner() -> None:
    text = "### 例子 1:基于结果的 OKR\n\n目标：让官网成为获客主渠道\n\n* 官网线索每月达到 100 条\n"
    assert "kr-no-owner" in _fails(text)[1]


# -- decision 4956: a team, the period it acts in, then its verb --------------------------------

TEAM_IN_PERIOD = [
    "测试团队在第三季度保持每个冲刺 40 个故事点",
    "客服组在本季度将首响时间缩短到 2 分钟",
    "销售部于Q3内签下 12 家新客户",
    "运营团队在6月底前把复购率提升到 30%",
    "质检组在下半年，把退货率降到 1%",
]


@pytest.mark.parametrize("kr", TEAM_IN_PERIOD)
def test_4956_team_acting_within_a_period_owns(kr: str) -> None:
    assert team_subject(kr)
    assert "kr-no-owner" not in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "数据中心在Q3将PUE降到1.3",
        "全组在本季度完成 3 次演练",
        "团队在整个季度保持交付速度",
        "在本季度内复购率提升到 30%",
    ],
)
def test_4956_guards(kr: str) -> None:
    assert not team_subject(kr)


# -- decision 4957: how people behave, changed --------------------------------------------------

HABITS_CHANGED = [
    "改变城西街坊的买菜习惯！",
    "改变全城的点餐方式",
    "转变家长对课后托管的观念",
    "彻底改变小镇居民的出行方式",
    "改变年轻人买茶叶的习惯",
]


@pytest.mark.parametrize("objective", HABITS_CHANGED)
def test_4957_behaviour_changed_inspires(objective: str) -> None:
    assert _inspires(objective)


@pytest.mark.parametrize("objective", ["改变流程", "优化买菜流程", "提高产品性能"])
def test_4957_guards(objective: str) -> None:
    assert not _inspires(objective)


def test_4957_english_twin() -> None:
    text = "O: Change the way the town orders food\nKR1: 40% of users come back weekly"
    assert "objective-not-inspiring" not in _fails(text)[0]


# -- decision 4958: the bar of renowned companies reached ---------------------------------------

PEER_BAR = [
    "接口响应速度达到知名公司的标准。",
    "服务质量比肩头部品牌的水平",
    "客服响应达到大厂的标准",
    "页面速度看齐国际知名电商的水准",
    "交付质量对标名企的标准",
]


@pytest.mark.parametrize("objective", PEER_BAR)
def test_4958_renowned_bar_inspires(objective: str) -> None:
    assert _inspires(objective)


@pytest.mark.parametrize(
    "objective", ["达到公司的标准", "产品性能达到行业标准", "执行公司的管理标准"]
)
def test_4958_guards(objective: str) -> None:
    assert not _inspires(objective)


# -- decision 4959: the verb after 针对/围绕's object; 采取行动/措施 is work -------------------------

TOWARD_ACTION = [
    "针对老板最常抱怨的三个 bug 采取行动",
    "针对客户投诉最多的五个问题采取措施",
    "针对差评最多的两道菜采取行动",
    "围绕家长最关心的两件事召开说明会",
    "针对退单最多的三家门店采取措施",
]


@pytest.mark.parametrize("kr", TOWARD_ACTION)
def test_4959_action_on_a_named_object_is_work(kr: str) -> None:
    (k,) = parse(_LEAD + kr).key_results()
    assert reading(k).kind in ("task", "activity")


@pytest.mark.parametrize(
    "kr",
    [
        "针对新客户的首单转化率提升到 30%",
        "针对流失率最高的渠道，把流失率降到 5%",
        "采取措施把投诉率降到 1%",
    ],
)
def test_4959_guards_a_measure_moved_stays_a_result(kr: str) -> None:
    (k,) = parse(_LEAD + kr).key_results()
    assert reading(k).kind == "result"


# -- decision 4960: action taken on known bad things is their fixing ----------------------------

ACTION_ON_BAD = [
    "针对老板最常抱怨的三个 bug 采取行动",
    "针对投诉最多的两类问题采取措施",  # read by a rule since decision 5448 (5437's xfail)
    "针对审计发现的 12 个问题全部采取措施",
]


@pytest.mark.parametrize("kr", ACTION_ON_BAD)
def test_4960_action_on_bugs_is_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    ["Take action on all 12 open audit findings", "Act on 100% of the defects found in the audit"],
)
def test_4960_english_twin(kr: str) -> None:
    assert "kr-negative-phrasing" in _fails(f"O: Make delivery smooth by Q2\nKR: {kr}")[1]


@pytest.mark.parametrize("kr", ["采取措施提升 3 个门店的满意度", "针对新客户采取 3 项欢迎措施"])
def test_4960_guards(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_fails(kr)


def test_4952_bold_unnumbered_key_result_label() -> None:
    text = "目标：让社区图书馆坐满亲子家庭\n**关键结果**——周末亲子借阅量达到 1500 册\n"
    assert _shape(text) == [("让社区图书馆坐满亲子家庭", ["周末亲子借阅量达到 1500 册"])]


def test_4953_key_results_under_their_intro() -> None:
    text = "目标：让社区图书馆坐满亲子家庭\n关键结果如下：\n周末亲子借阅量达到 1500 册\n亲子活动每场报名 40 人\n"
    assert _shape(text) == [
        ("让社区图书馆坐满亲子家庭", ["周末亲子借阅量达到 1500 册", "亲子活动每场报名 40 人"])
    ]
