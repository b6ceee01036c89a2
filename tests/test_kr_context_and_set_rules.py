"""Behaviour of kr-no-owner, kr-no-deadline, kr-business-as-usual, kr-no-baseline,
kr-misaligned and the set rules beyond their catalog examples: the seed's full drafts,
realistic drafts that must stay quiet, fixes, structured facts, and the shared data."""

from __future__ import annotations

import pytest

import rules
from coach import review
from coach.config import Config
from coach.facts import topics
from coach.review import parse, run_rules
from coach.wordlists import mapping
from tests.seed import seed_block

ALIGNMENT_RULES = ["kr-misaligned", "set-unaligned-child", "set-duplicate"]

SEED_MARKETING = seed_block("company_marketing_personal")

SEED_FINANCE = seed_block("financial_company")

SEED_CUSTOMER = seed_block("okr_vs_kpi")

SEED_TEMPLATE = seed_block("internet_template")

ZH_PRODUCT = """# 2024年Q3 OKR
目标1：让新用户爱上我们的App
关键结果1：新用户次日留存率从35%提升到45%
关键结果2：应用商店评分从4.2提升到4.6
关键结果3：新手引导完成率达到80%
目标2：打造一支高绩效的销售团队
关键结果1：销售人均签单额从20万提升到30万
关键结果2：新入职销售3个月内独立签单比例达到70%
关键结果3：销售团队主动离职率控制在5%以内
目标3：降低履约成本
关键结果1：单均配送成本从12元降到9元
关键结果2：仓库人效从每人每天200单提升到300单
"""

EN_SAAS = """# Q3 OKRs
Objective: Delight our customers
KR1: Raise NPS from 32 to 45
KR2: Cut median first-response time from 6 hours to 1 hour
KR3: Reduce monthly logo churn from 3% to 1.5%
Objective: Build a predictable sales engine
KR1: Grow qualified pipeline from $3M to $5M
KR2: Raise win rate from 18% to 25%
KR3: Hire and ramp 4 account executives
Objective: Make the platform rock solid
KR1: 99.95% uptime for the public API
KR2: Cut p95 latency from 800 ms to 300 ms
KR3: Zero Sev-1 incidents caused by deploys
"""

EN_MARKETING = """Objective: Put our brand on the map in Germany
KR1: Grow German newsletter subscribers from 2k to 10k
KR2: Get 15 pieces of press coverage in German trade media
KR3: Generate 400 marketing-qualified leads from DACH
KR4: Launch the German website by August 15
"""

EN_ENGINEERING = """Objective: Ship faster without breaking things this quarter
KR1: Deploy frequency from weekly to daily
KR2: Change failure rate below 10%
KR3: Mean time to recovery under 1 hour
KR4: Test coverage of the billing service from 40% to 80%
"""

EN_MULTILEVEL = """## Company OKRs
Objective: Become the go-to tool for small accounting firms
KR1: Grow paying customers from 1,200 to 2,000
KR2: Net revenue retention above 110%
## Marketing team OKRs
Objective: Fill the funnel with accounting firms
KR1: 3,000 trial signups from accounting firms
KR2: Publish 12 case studies with customers
## Personal OKRs
Objective: Become our best-known voice in the accounting community
KR1: Speak at 3 accounting conferences
KR2: Grow my LinkedIn followers from 800 to 3,000
"""

EN_PERSONAL = """Objective: Become a stronger engineering manager
KR1: Hold weekly 1:1s with all 6 direct reports
KR2: Complete a management course by September
KR3: Get 2 engineers promoted to senior
"""

QUIET_DRAFTS = [
    SEED_MARKETING,
    SEED_FINANCE,
    SEED_CUSTOMER,
    SEED_TEMPLATE,
    ZH_PRODUCT,
    EN_SAAS,
    EN_MARKETING,
    EN_ENGINEERING,
    EN_MULTILEVEL,
    EN_PERSONAL,
]


def _ids(text: str, rule_ids: list[str]) -> list[tuple[str, str]]:
    result = review(text, select=rule_ids)
    return [(f.rule_id, f.target) for f in result.findings]


@pytest.mark.parametrize("text", QUIET_DRAFTS, ids=lambda t: t.strip().splitlines()[0][:24])
def test_aligned_realistic_drafts_stay_quiet(text: str) -> None:
    assert _ids(text, ALIGNMENT_RULES) == []


def test_seed_marketing_levels_are_parsed() -> None:
    # The premise of the quiet test above: the draft does hold three levels to compare.
    levels = [o.level for o in parse(SEED_MARKETING).objectives]
    assert levels == ["company", "team", "personal"]


def test_seed_marketing_baselines_and_deadlines() -> None:
    found = _ids(SEED_MARKETING, ["kr-no-baseline"])
    # "增加20%的社交媒体互动量" and "增加20%的粉丝数量" are changes with no starting value.
    assert ("kr-no-baseline", "o1.kr1") in found
    assert ("kr-no-baseline", "o2.kr4") in found
    deadlines = {t for _r, t in _ids(SEED_MARKETING, ["kr-no-deadline"])}
    assert "o1.kr2" not in deadlines  # 9月1日前
    assert "o1.kr1" in deadlines


# -- kr-no-owner -------------------------------------------------------------------------------
def test_owner_fix_forms() -> None:
    r = review("目标：提升客户满意度\nKR1：NPS 从 30 提升到 45", select=["kr-no-owner"])
    (f,) = r.findings
    assert f.suggestions[0].text == "NPS 从 30 提升到 45（负责人：[负责人]）"
    assert f.suggestions[0].placeholders == ["[负责人]"]
    r = review("Objective: Delight customers\nKR1: Raise NPS from 30 to 45", select=["kr-no-owner"])
    (f,) = r.findings
    assert f.suggestions[0].text == "Raise NPS from 30 to 45 (owner: [owner])"
    assert f.suggestions[0].placeholders == ["[owner]"]


def test_owner_on_objective_covers_every_kr() -> None:
    text = "Objective: Delight customers (owner: Bob)\nKR1: Raise NPS to 45\nKR2: Churn under 2%"
    assert _ids(text, ["kr-no-owner"]) == []


def test_owner_check_passes_per_kr() -> None:
    text = "Objective: Delight customers\nKR1: Raise NPS to 45 @bob\nKR2: Churn under 2%"
    assert _ids(text, ["kr-no-owner"]) == [("kr-no-owner", "o1.kr2")]


# -- kr-no-deadline ------------------------------------------------------------------------------
def test_deadline_from_title_heading_covers_all() -> None:
    assert _ids(EN_SAAS, ["kr-no-deadline"]) == []


def test_deadline_fix_placeholder() -> None:
    r = review("O: Delight customers\nKR1: Raise NPS to 45", select=["kr-no-deadline"])
    (f,) = r.findings
    assert f.suggestions[0].text == "Raise NPS to 45 by [date]"
    assert f.suggestions[0].placeholders == ["[date]"]


# -- kr-business-as-usual -----------------------------------------------------------------------
def _with_previous(text: str, previous: object) -> list[str]:
    draft = parse(text)
    draft.objectives[0].key_results[0].extra["previous_target"] = previous
    result = run_rules(draft, [rules.get("kr-business-as-usual")], Config())
    return [f.message for f in result.findings]


def test_same_target_as_last_cycle_is_business_as_usual() -> None:
    text = "目标：本季度建设一支强大的研发团队\n关键结果1：招聘10名新员工"
    (msg,) = _with_previous(text, 10)
    assert "10" in msg
    assert _with_previous(text, "10人")
    assert _with_previous(text, 15) == []
    assert _with_previous(text, None) == []


def test_same_target_english() -> None:
    text = "Objective: Build a strong engineering team\nKR1: Hire 12 engineers"
    assert _with_previous(text, 12.0)
    assert _with_previous(text, 8) == []


@pytest.mark.parametrize(
    "kr",
    [
        "保持99.99%的可用性",
        "维持现有客户续约率95%",
        "Maintain 99.9% uptime for checkout",
        "Keep p95 latency under 200 ms",
        "Continue to grow revenue from $1M to $1.5M",
    ],
)
def test_maintaining_a_level_is_not_routine(kr: str) -> None:
    assert _ids(f"O: Run a reliable platform\nKR1: {kr}", ["kr-business-as-usual"]) == []


# -- kr-no-baseline -----------------------------------------------------------------------------
def test_baseline_fix_inserts_placeholder() -> None:
    r = review(
        "目标：提升品牌影响力\n关键结果1：增加20%的社交媒体互动量", select=["kr-no-baseline"]
    )
    (f,) = r.findings
    # The note follows the clause, not the middle of its noun phrase.
    assert f.suggestions[0].text == "增加20%的社交媒体互动量（基线：[基线]）"
    r = review("Objective: Grow\nKR1: Increase signups by 30%", select=["kr-no-baseline"])
    (f,) = r.findings
    assert f.suggestions[0].text == "Increase signups by 30% (baseline: [baseline])"


@pytest.mark.parametrize(
    "kr",
    [
        "Increase signups by 30% compared to Q2's 1,000",
        "Increase signups by 30% (currently 1,000 a month)",
        "社交媒体互动量增加20%（基线：每月5000次）",
        "华东区收入从1.2亿元环比增长15%",
        "Gross churn under 8%",
        "峰值支撑能力达到日常的5倍",
    ],
)
def test_relative_change_with_reference_is_fine(kr: str) -> None:
    assert _ids(f"O: Grow\nKR1: {kr}", ["kr-no-baseline"]) == []


@pytest.mark.parametrize(
    "kr",
    [
        "Grow revenue 20% YoY",
        "华东区收入环比增长15%",
        "注册用户较上季度增长30%",
        "Premium subs +30%",
    ],
)
def test_a_period_comparison_names_no_baseline(kr: str) -> None:
    # docs/principles.md decision 43: "同比" / "YoY" says what is compared, not the value.
    assert _ids(f"O: Grow\nKR1: {kr}", ["kr-no-baseline"]) == [("kr-no-baseline", "o1.kr1")]


# -- kr-misaligned ------------------------------------------------------------------------------
def test_misaligned_cross_language() -> None:
    text = "Objective: Grow brand awareness in Europe\nKR1: 本季度招聘2名财务专员"
    assert _ids(text, ["kr-misaligned"]) == [("kr-misaligned", "o1.kr1")]


def test_misaligned_unknown_without_the_encoder() -> None:
    r = review(
        "Objective: Grow brand awareness in Europe\nKR1: Hire 2 payroll accountants by June",
        select=["kr-misaligned"],
        config=Config(semantic=False),
    )
    check = r.objectives[0].key_results[0].checks[0]
    assert (check.rule_id, check.status) == ("kr-misaligned", "unknown")
    assert r.findings == []


def test_misaligned_message_names_both_topics_in_one_language() -> None:
    text = "目标：本季度让客户爱上我们的服务\n关键结果1：财务月结时间从10天缩短到5天"
    for ui, kr_topic, objective_topic in (
        ("zh", "成本与财务", "客户"),
        ("en", "cost and finance", "customers"),
    ):
        (f,) = review(text, select=["kr-misaligned"], ui_language=ui).findings
        assert kr_topic in f.message and objective_topic in f.message, f.message
        # the model's probability is in `confidence`, never in the words a person reads
        assert f.source == "model" and f.confidence is not None and f.confidence >= 0.7
        assert f.model_version and "p=" not in f.message and "0." not in f.message


def test_misaligned_is_off_by_default() -> None:
    text = "Objective: Grow brand awareness in Europe\nKR1: Hire 2 payroll accountants by June"
    assert [f for f in review(text).findings if f.rule_id == "kr-misaligned"] == []
    checks = review(text).objectives[0].key_results[0].checks
    # listed as not checked, never pass or fail (decision 506)
    assert [(c.status, bool(c.reason)) for c in checks if c.rule_id == "kr-misaligned"] == [
        ("unknown", True)
    ]
    # a prefix does not turn it on; its id or the option does
    assert "kr-misaligned" not in [f.rule_id for f in review(text, select=["kr-"]).findings]
    on = review(text, config=Config(semantic_alignment=True)).findings
    assert "kr-misaligned" in [f.rule_id for f in on]


# -- set-too-many-objectives -------------------------------------------------------------------
def _objectives(n: int, priority: bool = False) -> str:
    tag = " P1" if priority else ""
    return "\n".join(
        f"O{i}: Improve area {i}{tag}\nKR1: Metric {i} to 10\nKR2: x{i} to 5"
        for i in range(1, n + 1)
    )


def test_too_many_objectives_span_runs_to_the_end() -> None:
    text = _objectives(4)
    r = review(text, select=["set-too-many-objectives"])
    (f,) = r.findings
    assert text[f.span.start :].startswith("Improve area 4")
    assert f.span.end == len(text)
    assert f.target == "set"


def test_priorities_allow_up_to_five() -> None:
    assert _ids(_objectives(5, priority=True), ["set-too-many-objectives"]) == []
    assert _ids(_objectives(6, priority=True), ["set-too-many-objectives"]) != []


# -- set-kr-count -------------------------------------------------------------------------------
def test_single_kr_fix_adds_a_placeholder_line() -> None:
    text = "目标：拿下华东市场\n关键结果1：华东区新签客户 20 家\n"
    r = review(text, select=["set-kr-count"])
    (f,) = r.findings
    assert f.target == "o1"
    (edit,) = f.suggestions[0].edits
    new = text[: edit.start] + edit.replacement + text[edit.end :]
    assert new == "目标：拿下华东市场\n关键结果1：华东区新签客户 20 家\n关键结果2：[关键结果]\n"
    assert f.suggestions[0].applicability == "display-only"


def test_empty_kr_lines_do_not_count() -> None:
    text = "O: Delight customers\nKR1: Raise NPS to 45\nKR2:\n"
    assert _ids(text, ["set-kr-count"]) == [("set-kr-count", "o1")]


# -- set-duplicate ------------------------------------------------------------------------------
def test_duplicate_fix_removes_the_line() -> None:
    text = "O: Ship a faster app\nKR1: Cut p95 latency to 200 ms\nKR2: Crash-free at 99.9%\nKR3: cut p95 latency to 200 ms.\n"
    r = review(text, select=["set-duplicate"])
    (f,) = r.findings
    assert f.target == "o1.kr3"
    out = text
    for e in sorted(f.suggestions[0].edits, key=lambda e: -e.start):
        out = out[: e.start] + e.replacement + out[e.end :]
    assert out == "O: Ship a faster app\nKR1: Cut p95 latency to 200 ms\nKR2: Crash-free at 99.9%\n"


def test_duplicates_at_different_levels_are_cascading() -> None:
    text = (
        "公司OKRs目标: 提高品牌知名度\n关键结果1：官网访问量从2万提升到4万\n"
        "营销部门OKRs目标: 提高品牌知名度\n关键结果1：官网访问量从2万提升到4万"
    )
    assert _ids(text, ["set-duplicate"]) == []


# -- set-unaligned-child ------------------------------------------------------------------------
BRAND_UNDER_PEOPLE = (
    "公司OKRs目标: 留住核心人才\n关键结果1：核心员工离职率降至5%\n关键结果2：员工满意度从70%提升到85%\n"
    "市场部门OKRs目标: 让品牌在华南家喻户晓\n关键结果1：抖音粉丝从2万增长到10万\n关键结果2：获得30篇媒体报道"
)


def test_structured_parent_means_aligned() -> None:
    draft = parse(BRAND_UNDER_PEOPLE)
    draft.semantic = True
    rule = rules.get("set-unaligned-child")
    assert [h.target for h in rule.check_set(draft)] == ["o2"]
    draft.objectives[1].parent = "o1"
    assert list(rule.check_set(draft)) == []


def test_no_higher_level_means_nothing_to_compare() -> None:
    assert _ids(BRAND_UNDER_PEOPLE, ["set-unaligned-child"]) == [("set-unaligned-child", "o2")]
    # Two team objectives: no level above either.
    text = BRAND_UNDER_PEOPLE.replace("公司OKRs", "人力部门OKRs")
    assert _ids(text, ["set-unaligned-child"]) == []


# -- shared data --------------------------------------------------------------------------------
def test_domain_ids_are_consistent() -> None:
    used: set[str] = set()
    for lang in ("zh", "en"):
        for value in mapping("domains", lang).values():
            used.update(d.strip() for d in value.split(","))
    for lang in ("zh", "en"):
        assert used <= set(mapping("domain_names", lang)), lang
    assert set(topics.links()) <= used
    assert used <= set(topics.links())


def test_domains_found_in_mixed_text() -> None:
    assert topics.domains_of("在facebook和twitter上增加20%的粉丝") == {"marketing"}
    assert topics.domains_of("服务器成本降低20%") == {"quality", "cost"}
    assert topics.domains_of("grow paying customers") >= {"revenue", "customer"}


# Objective / key result pairs people write that serve each other: never flagged. (The rule is
# measured on the labelled pairs, models/evaluate_alignment.py; these are its regression cases.)
ALIGNED_PAIRS = [
    ("Make onboarding effortless", "Time to first value under 10 minutes"),
    ("Strengthen our security posture", "Pass the SOC 2 Type II audit"),
    ("Reduce customer acquisition cost", "Cut CAC from $300 to $200"),
    ("Delight our customers", "Ship dark mode to all users"),
    ("Improve the hiring process", "Time to hire from 45 to 30 days"),
    ("Launch in Germany", "Sign 50 German customers"),
    ("Ship v2 of the mobile app", "Hire 2 iOS developers"),
    ("Grow revenue in EMEA", "Train all sales reps on the new pitch"),
    ("Run lean operations", "Reduce cloud spend by 20% vs Q2"),
    ("Make our data trustworthy", "Dashboard accuracy at 99%"),
    ("降本增效", "服务器成本降低20%"),
    ("提升研发效率", "需求交付周期从20天缩短到10天"),
    ("提升产品体验", "崩溃率降到0.1%"),
    ("扩大市场份额", "新签客户100家"),
    ("提升客户满意度", "上线智能客服机器人，覆盖80%的咨询"),
    ("提高数据驱动决策能力", "核心看板覆盖率达到100%"),
    ("提升招聘效率", "平均招聘周期缩短到20天"),
    ("打造学习型组织", "人均学习时长达到20小时"),
]

MISALIGNED_PAIRS = [
    ("Grow brand awareness", "Reduce regretted attrition to 5%"),
    ("Keep our best employees", "Grow Instagram followers from 2k to 10k"),
    ("提升品牌知名度", "员工离职率降到5%"),
    ("降低员工离职率", "微博粉丝从2万增加到5万"),
]

# What the encoder gets wrong today (kept, strict: a fix shows up as an unexpected pass). The
# overtime KR reads as unrelated to wellbeing; travel costs read as close to customer service.
KNOWN_ERRORS = [
    ("Improve employee wellbeing", "Cut average weekly overtime from 10 to 4 hours", False),
    ("提升员工幸福感", "加班时长从每周10小时降到4小时", False),
    ("Delight our customers", "Cut travel expenses by 15%", True),
    ("提升客户满意度", "差旅费用降低15%", True),
]


@pytest.mark.parametrize(("objective", "kr"), ALIGNED_PAIRS)
def test_aligned_pairs_are_not_flagged(objective: str, kr: str) -> None:
    assert _ids(f"O: {objective}\nKR1: {kr}", ["kr-misaligned"]) == []


@pytest.mark.parametrize(("objective", "kr"), MISALIGNED_PAIRS)
def test_misaligned_pairs_are_flagged(objective: str, kr: str) -> None:
    assert _ids(f"O: {objective}\nKR1: {kr}", ["kr-misaligned"]) == [("kr-misaligned", "o1.kr1")]


@pytest.mark.xfail(strict=True, reason="the encoder's known errors (README, Alignment)")
@pytest.mark.parametrize(("objective", "kr", "misaligned"), KNOWN_ERRORS)
def test_known_errors(objective: str, kr: str, misaligned: bool) -> None:
    flagged = _ids(f"O: {objective}\nKR1: {kr}", ["kr-misaligned"]) != []
    assert flagged == misaligned


def test_a_cycle_word_is_a_timeframe() -> None:
    assert _ids(SEED_TEMPLATE, ["kr-no-deadline"]) == []
    text = "Objective: Hit our quarterly hiring plan\nKR1: Hire 10 engineers"
    assert _ids(text, ["kr-no-deadline"]) == []
    # A frequency is not a deadline.
    assert _ids("O: 提升客户满意度\nKR1: 每月推出2个客户关怀活动", ["kr-no-deadline"]) != []


# -- the semantic layer (sentence encoder) ------------------------------------------------------
def test_a_shared_word_or_linked_domain_overrules_the_encoder() -> None:
    # the encoder alone would call this unrelated; the word lists link delivery to customers
    text = "Objective: Delight our customers\nKR1: Cut warehouse inventory days from 45 to 30"
    assert _ids(text, ["kr-misaligned"]) == []


def test_added_kr_under_a_two_level_label_keeps_its_objective_number() -> None:
    # Decision 832: "KR2.1" with no sibling gets "KR2.2" below it, not "KR3.1" (the next
    # objective's own first key result).
    text = (
        "O1: Grow the partner channel\n  KR1.1: 12 new resellers signed\n  KR1.2: Partner revenue $400k\n"
        "O2: Make onboarding painless\n  KR2.1: Median time to first login under 1 day\n"
        "O3: Keep the platform stable\n  KR3.1: Uptime 99.95%\n  KR3.2: Zero P1 incidents\n"
    )
    (finding,) = review(text, select=["set-kr-count"]).findings
    assert finding.suggestions[0].text == "KR2.2: [key result]"
