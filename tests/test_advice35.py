"""advice35 (issue 8, thirty-fifth round): what a workshop room reads.

Every wording here was written for this file; see docs/principles.md decisions 5160-5179.
"""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

NO_MODEL = Config(use_model=False, semantic=False)


def _said(text: str, target: str, rule: str | None = None, examples: bool = False) -> list[str]:
    """The suggestions' texts (and notes) on `target`, of `rule` when one is named: rewrites
    and questions with the encoder off, or only the library's examples with it on."""
    rep = review(text) if examples else review(text, config=NO_MODEL)
    return [
        s.text + (f" {s.note}" if s.note and not examples else "")
        for f in rep.findings
        if f.target == target and rule in (None, f.rule_id)
        for s in f.suggestions
        if (s.kind == "example") == examples
    ]


def _texts(text: str, target: str, rule: str) -> list[str]:
    rep = review(text, config=NO_MODEL)
    return [
        s.text
        for f in rep.findings
        if f.target == target and f.rule_id == rule
        for s in f.suggestions
    ]


def _zh(words: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in words)


def _objective(obj: str) -> str:
    if _zh(obj):
        return f"目标：{obj}\n关键结果1：老客户续约率从70%提升到85%（负责人：王强，6月30日前）"
    return f"Objective: {obj}\nKR1: Net revenue retention from 100% to 110% by Jun 30 (owner: Dana)"


def _bracketed(kr: str) -> str:
    """A one-KR draft whose key result closes with a shared owner-and-date bracket."""
    if _zh(kr):
        return f"目标：让住户放心\n关键结果1：{kr}（负责人：王强，6月30日前）"
    return f"Objective: Residents and clients can count on us\nKR1: {kr} (owner: Dana, by Jun 30)"


def _under(obj: str, kr: str) -> str:
    return f"Objective: {obj}\nKR1: {kr} (owner: Dana, by Jun 30)"


# Decision 5160: "fill" heads a hiring task only when what is filled is a post (a role, a
# position, a vacancy, an opening, a req, headcount). Slots, shifts, seats, classes and orders
# filled are no people hired: the question does not speak of hires coming on board.
FILLED_NOT_HIRED = [
    ("Keep every chair busy", "Fill last-minute cancellations from the standby list"),
    ("Keep every chair busy", "Fill open appointment slots from the recall list"),
    ("Sell out every show", "Fill the empty seats with student rush tickets"),
    ("Our pantry never runs dry", "Fill all weekend volunteer shifts"),
    ("Every class runs full", "Fill the spring pottery classes"),
    ("Customers get what they ordered", "Fill backorders from the new warehouse"),
]


@pytest.mark.parametrize(("obj", "kr"), FILLED_NOT_HIRED)
def test_filled_slots_are_not_hires(obj: str, kr: str) -> None:
    texts = _texts(_under(obj, kr), "o1.kr1", "kr-is-task") + _texts(
        _under(obj, kr), "o1.kr1", "kr-activity-count"
    )
    assert texts, "the task finding stays (which items fail does not move)"
    for t in texts:
        assert "hire" not in t.lower() and "on board" not in t, t


# Guards: posts filled are people hired, and keep the hiring question.
FILLED_POSTS = [
    ("Keep every chair busy", "Fill 2 open hygienist positions"),
    ("Ship the mobile app", "Fill the 3 open engineering roles"),
    ("Keep every chair busy", "Fill the receptionist vacancy"),
    ("Ship the mobile app", "Fill 4 reqs on the platform team"),
    ("Keep every chair busy", "Fill our open headcount"),
]


@pytest.mark.parametrize(("obj", "kr"), FILLED_POSTS)
def test_filled_posts_are_hires(obj: str, kr: str) -> None:
    texts = _texts(_under(obj, kr), "o1.kr1", "kr-is-task")
    assert texts, texts
    assert any("on board" in t or "hire" in t.lower() or "in place" in t for t in texts), texts


# Decision 5161: the money's own kind before 收入/业绩 is no group of customers: "提升销售业绩" is
# the unscoped sentence, not "成为销售客户心中的首选，把销售的生意做大"; rent and commission
# earned likewise. A place before 销售 stays the scope ("华东区销售业绩" -> 华东区's customers).
ZH_SALES_REVENUE = [
    "提升销售业绩",
    "销售收入翻番",
    "销售业绩增长30%",
    "提高租金收入",
    "提升佣金收入",
]


@pytest.mark.parametrize("obj", ZH_SALES_REVENUE)
def test_zh_revenue_kind_is_no_customer_group(obj: str) -> None:
    unscoped = "成为客户心中的首选，把生意做大"
    said = _said(_objective(obj), "o1", "objective-is-metric")  # the rewrite, then its note
    assert [t.split(" ", 1)[0] for t in said] == [unscoped], said


ZH_PLACE_BEFORE_SALES = [
    ("华东区销售业绩增长30%", "华东区"),
    ("提升线上销售业绩", "线上"),
    ("门店销售收入提升20%", None),  # the shop is the whole business (decision 2729)
]


@pytest.mark.parametrize(("obj", "scope"), ZH_PLACE_BEFORE_SALES)
def test_zh_place_before_sales_is_the_scope(obj: str, scope: str | None) -> None:
    texts = _texts(_objective(obj), "o1", "objective-is-metric")
    assert texts, texts
    assert all("销售客户" not in t and "销售的生意" not in t for t in texts), texts
    if scope is not None:
        assert texts == [f"成为{scope}客户心中的首选，把{scope}的生意做大"], texts


# Guards: a group of customers before the revenue word stays the scope.
ZH_CUSTOMER_SCOPES = [
    ("提升零售业务收入", "零售"),
    ("提升企业客户收入", "企业客户"),
]


@pytest.mark.parametrize(("obj", "scope"), ZH_CUSTOMER_SCOPES)
def test_zh_customer_scope_kept(obj: str, scope: str) -> None:
    texts = _texts(_objective(obj), "o1", "objective-is-metric")
    assert texts and scope in texts[0], texts


# Decision 5163: a question quoting a key result that closes with a shared owner-and-date
# bracket quotes the wording, never half the bracket ("“Keep the shared drive tidy (owner:
# Dana”" was quoted: the date was cut off the end, the owner left in).
OWNER_DATE_BRACKET = [
    "Avoid getting parking tickets on site visits",
    "Keep the shared drive tidy",
    "Better onboarding docs for new tenants",
    "Tighter handover between shifts",
    "Smoother move-in process",
    "Friendlier reminder letters for late payers",
]


ZH_OWNER_DATE_BRACKET = [
    "进一步提升保洁质量",
    "楼道更整洁",
    "尽量提高报修响应速度",
    "更好地服务租户",
]


@pytest.mark.parametrize("kr", OWNER_DATE_BRACKET + ZH_OWNER_DATE_BRACKET)
def test_question_quotes_no_half_bracket(kr: str) -> None:
    texts = _said(_bracketed(kr), "o1.kr1")
    assert texts
    assert not any("Dana”" in t or "王强”" in t for t in texts), texts
    # the whole wording quoted, or (5166) the measure's own skeleton before the bracket
    assert any(f"“{kr}”" in t or "从[基线]" in t for t in texts), texts


def _neg(kr: str) -> list[str]:
    return _texts(_bracketed(kr), "o1.kr1", "kr-negative-phrasing")


# Decision 5162: the bad events a question quotes are the events, not the getting of them:
# "What does cutting “getting negative feedback …” bring?" -> "cutting “negative feedback …”".
GETTING_BAD_EVENTS = [
    ("Stop getting negative feedback about rushing through slides", "negative feedback about"),
    ("Stop receiving complaints about late deliveries", "complaints about late deliveries"),
    ("Stop having outages during release weekends", "outages”"),
    ("Stop getting complaints about noisy neighbours", "complaints about noisy neighbours"),
    ("Stop seeing duplicate orders in the warehouse", "duplicate orders”"),
]


ZH_GETTING_BAD_EVENTS = [
    ("避免收到业主投诉", "业主投诉"),
    ("避免出现重大安全事故", "重大安全事故"),
    ("不再接到噪音投诉", "噪音投诉"),
    ("杜绝发生漏水事故", "漏水事故"),
    ("减少遭到差评的次数", "差评的次数"),
]


@pytest.mark.parametrize(("kr", "bad"), GETTING_BAD_EVENTS + ZH_GETTING_BAD_EVENTS)
def test_bad_events_quoted_without_getting(kr: str, bad: str) -> None:
    texts = _neg(kr)
    assert texts and all(f"“{bad}" in t for t in texts), texts
    gets = ("“getting", "“receiving", "“having", "“seeing", "“收到", "“出现", "“接到", "“发生")
    assert not any(w in t for t in texts for w in gets), texts


# Decision 5164: a Chinese bad-events topic turned into its complement keeps the qualifier the
# author put before it: "杜绝大客户流失" -> "大客户留存率…", not the whole base's "客户留存率…".
ZH_QUALIFIED_CHURN = [
    ("杜绝大客户流失", "大客户留存率"),
    ("减少VIP客户流失", "VIP客户留存率"),
    ("降低核心客户流失", "核心客户留存率"),
    ("减少企业客户流失", "企业客户留存率"),
    ("减少老客户流失", "老客户留存率"),
]


@pytest.mark.parametrize(("kr", "good"), ZH_QUALIFIED_CHURN)
def test_zh_complement_keeps_qualifier(kr: str, good: str) -> None:
    texts = _neg(kr)
    assert texts and all(t.startswith(good) for t in texts), texts


# Guards: the bare topic keeps the bare complement.
@pytest.mark.parametrize("kr", ["减少客户流失", "杜绝客户流失"])
def test_zh_bare_complement(kr: str) -> None:
    texts = _neg(kr)
    assert texts and all(t.startswith("客户留存率") for t in texts), texts


def _examples(text: str, target: str) -> list[str]:
    return _said(text, target, examples=True)  # the default config: the encoder is on


# Decision 5165: a hire outside a staffing objective is asked what the people will move once
# on board; the examples beside that question are not the hiring's own speed ("技术岗招聘周期从
# 65天缩短到40天" under "提升销售业绩" told the room to measure the recruiting instead).
HIRES_FOR_OTHER_WORK = [
    ("提升销售业绩", "招聘5名销售代表"),
    ("提升销售业绩", "新招10名客服专员"),
    ("提升销售业绩", "完成3名区域经理招聘"),
    ("让每位顾客都吃上热乎饭", "招聘4名后厨帮工"),
    ("让孩子们每天都想来上学", "招聘2名英语老师"),
]


@pytest.mark.parametrize(("obj", "kr"), HIRES_FOR_OTHER_WORK)
def test_hire_examples_not_hiring_speed(obj: str, kr: str) -> None:
    text = f"华东区 2026年Q3\n目标：{obj}\n关键结果1：{kr}（负责人：王强）"
    found = _examples(text, "o1.kr1")
    assert not any("招聘周期" in e or "到岗" in e for e in found), found


# Guard: under a staffing objective the hiring's speed is the point, and its example stays.
def test_staffing_objective_keeps_hiring_examples() -> None:
    text = "HR部 2026年Q3\n目标：打造业内最快的招聘团队\n关键结果1：招聘5名技术人员（负责人：王强）"
    found = _examples(text, "o1.kr1")
    assert any("招聘周期" in e for e in found), found


# Guards of 5163: a bracket of the wording's own stays; a date in the wording is cut as before.
QUOTE_GUARDS = [
    (
        "Keep the shared drive tidy (incl. archives) (owner: Dana)",
        "“Keep the shared drive tidy (incl. archives)”",
    ),
    ("Tighter handover between shifts by Q3 (owner: Dana)", "“Tighter handover between shifts”"),
    ("Smoother move-in process (by Jun 30)", "“Smoother move-in process”"),
]


@pytest.mark.parametrize(("kr", "quote"), QUOTE_GUARDS)
def test_quote_guards(kr: str, quote: str) -> None:
    texts = _said(f"Objective: Residents and clients can count on us\nKR1: {kr}", "o1.kr1")
    assert any(quote in t for t in texts), texts


def _quant(kr: str) -> list[str]:
    if _zh(kr):
        text = f"目标：让住户放心\n关键结果1：{kr}"
    else:
        text = f"Objective: Win the mid-market\nKR1: {kr}"
    return _texts(text, "o1.kr1", "kr-not-quantified")


# Decision 5166: a measure with only a direction gets its from/to skeleton also when an owner-
# and-date bracket closes the wording, the skeleton right after the measure ("Improve NPS
# (owner: Dana, by Jun 30)" was asked "Which number shows “Improve NPS (owner: Dana”").
MEASURE_BEFORE_DATE = [
    (
        "Improve NPS (owner: Dana, by Jun 30)",
        "Improve NPS from [baseline] to [target] (owner: Dana, by Jun 30)",
    ),
    (
        "Grow average CPM (owner: Dana, by Jun 30)",
        "Grow average CPM from [baseline] to [target] (owner: Dana, by Jun 30)",
    ),
    (
        "Increase conversion rate (owner: Priya, by Sep 30)",
        "Increase conversion rate from [baseline] to [target] (owner: Priya, by Sep 30)",
    ),
    (
        "Raise repeat purchase rate (owner: Lena, by Sep 30)",
        "Raise repeat purchase rate from [baseline] to [target] (owner: Lena, by Sep 30)",
    ),
    (
        "Grow monthly active users (owner: Omar, by Aug 31)",
        "Grow monthly active users from [baseline] to [target] (owner: Omar, by Aug 31)",
    ),
    (
        "提升客户满意度（负责人：王强，6月30日前）",
        "客户满意度从[基线]提升到[目标值]（负责人：王强，6月30日前）",
    ),
    (
        "提高复购率（负责人：王强，9月底前）",
        "复购率从[基线]提升到[目标值]（负责人：王强，9月底前）",
    ),
]


@pytest.mark.parametrize(("kr", "want"), MEASURE_BEFORE_DATE)
def test_measure_skeleton_before_date(kr: str, want: str) -> None:
    assert _quant(kr) == [want]


# Guards: the same measures without a date or bracket after them are unchanged.
MEASURE_PLAIN = [
    ("Improve NPS", "Improve NPS from [baseline] to [target]"),
    # a date closing the wording goes after the skeleton (decision 5278, was 896's order)
    ("Improve NPS by Jun 30", "Improve NPS from [baseline] to [target] by Jun 30"),
    ("better on time % in Q3", "Raise the on-time rate from [baseline] to [target] in Q3"),
    ("Improve NPS (owner: Dana)", "Improve NPS from [baseline] to [target] (owner: Dana)"),
    (
        "9月底前提升客户满意度（负责人：王强）",
        "9月底前客户满意度从[基线]提升到[目标值]（负责人：王强）",
    ),
]


@pytest.mark.parametrize(("kr", "want"), MEASURE_PLAIN)
def test_measure_skeleton_plain(kr: str, want: str) -> None:
    assert _quant(kr) == [want]


def _moved(obj: str) -> str:
    said = _said(_objective(obj), "o1", "objective-is-metric")
    assert said, obj
    return " ".join(said)


# Decision 5167: a Chinese objective that cuts events measured as a rate, named without a number,
# moves below as the rate's good side: "降低用户流失" -> "用户留存率从[基线]提升到[目标值]", not "用户流失从
# [基线]降到[目标值]" (no rate, and negative), as "Reduce customer churn" -> "Customer retention".
ZH_RATE_EVENT_OBJECTIVES = [
    ("降低用户流失", "用户留存率从[基线]提升到[目标值]"),
    ("减少员工离职", "员工保留率从[基线]提升到[目标值]"),
    ("降低学生缺勤", "学生出勤率从[基线]提升到[目标值]"),
    ("减少航班延误", "航班准点率从[基线]提升到[目标值]"),
    ("降低项目延期", "项目按期交付率从[基线]提升到[目标值]"),
]


@pytest.mark.parametrize(("obj", "kr"), ZH_RATE_EVENT_OBJECTIVES)
def test_zh_rate_events_move_as_good_side(obj: str, kr: str) -> None:
    said = _moved(obj)
    assert kr in said and "降到[目标值]" not in said, said


# Guards: a count of events with no rate's good side, and a rate already named, are unchanged.
ZH_RATE_EVENT_GUARDS = [
    ("减少客户投诉", "客户投诉从[基线]降到[目标值]"),
    ("降低用户流失率", "用户留存率从[基线]提升到[目标值]"),
]


@pytest.mark.parametrize(("obj", "kr"), ZH_RATE_EVENT_GUARDS)
def test_zh_rate_event_guards(obj: str, kr: str) -> None:
    assert kr in _moved(obj)


def _split(kr: str) -> str:
    text = (
        f"目标：让住户放心\n关键结果1：{kr}"
        if _zh(kr)
        else f"Objective: Win the mid-market\nKR1: {kr}"
    )
    texts = _texts(text, "o1.kr1", "kr-compound")
    assert texts, kr
    return texts[0].splitlines()[0]


# Decision 5168: when a compound key result is split, a half with no figure of its own is given
# its measure's from/to skeleton: "Grow newsletter subscribers" / "阅读量提升" were left as the first
# key result, unmeasured, beside a second one with its target.
SPLIT_HALF_UNMEASURED = [
    (
        "Grow newsletter subscribers and raise open rate to 45% (owner: Dana)",
        "Grow newsletter subscribers from [baseline] to [target] (owner: Dana)",
    ),
    ("Improve NPS and cut churn to 3%", "Improve NPS from [baseline] to [target]"),
    (
        "Increase trial signups and lift conversion to 12%",
        "Increase trial signups from [baseline] to [target]",
    ),
    (
        "Boost app downloads and raise D30 retention to 25%",
        "Boost app downloads from [baseline] to [target]",
    ),
    ("阅读量提升并且转发率达到5%（负责人：王强）", "阅读量从[基线]提升到[目标值]（负责人：王强）"),
    ("粉丝数增长，互动率达到8%", "粉丝数从[基线]提升到[目标值]"),
    ("复购率提升，客单价达到120元", "复购率从[基线]提升到[目标值]"),
]


@pytest.mark.parametrize(("kr", "first"), SPLIT_HALF_UNMEASURED)
def test_split_half_gets_skeleton(kr: str, first: str) -> None:
    assert _split(kr) == first


# Guards: a half with its figure, and a task half, are split as before.
SPLIT_GUARDS = [
    (
        "Cut first-response time from 9 hours to 2 hours and raise CSAT to 90%",
        "Cut first-response time from 9 hours to 2 hours",
    ),
    ("新签合同额从800万提升到1200万，同时回款率达到95%", "新签合同额从800万提升到1200万"),
]


@pytest.mark.parametrize(("kr", "first"), SPLIT_GUARDS)
def test_split_guards(kr: str, first: str) -> None:
    assert _split(kr) == first
