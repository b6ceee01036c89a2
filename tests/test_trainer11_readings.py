"""What a workshop trainer's drafts showed (issue 11, eleventh round; fix11b): decisions 670–684
in docs/principles.md. Each decision's case failed before it (checked against main at
bff70e7); the guards beside them passed before and keep each reading from growing too broad."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

RULES_ONLY = Config(use_model=False)


def _objective_fails(text: str) -> list[str]:
    rv = review(text, config=RULES_ONLY)
    return sorted(c.rule_id for c in rv.objectives[0].checks if c.status == "fail")


def _en(objective: str) -> str:
    return (
        f"Q3 2026 (owner: Nadia)\nO: {objective}\n"
        "KR1: Members who renew from 70% to 80%\nKR2: Classes booked per member from 2 to 3\n"
    )


def _zh(objective: str) -> str:
    return f"2026年Q3 OKR（负责人：王芳）\n目标：{objective}\nKR1：复购率从20%提升到30%\nKR2：新客数从200提升到300\n"


# -- decision 670: a noun before "rate" or "ratio" names a measure ---------------------------------
@pytest.mark.parametrize(
    "objective",
    ["Grow ticket upsell rate", "Improve inspection pass rate", "Bed occupancy ratio"],
)
def test_a_noun_rate_alone_is_a_metric_objective(objective: str) -> None:
    assert "objective-is-metric" in _objective_fails(_en(objective))


@pytest.mark.parametrize(
    "objective",
    ["Grow at a record rate without losing our craft", "First-rate care for every pet we see"],
)
def test_rate_after_no_noun_is_no_measure(objective: str) -> None:
    assert "objective-is-metric" not in _objective_fails(_en(objective))


# -- decision 671: 群众 are people served; a share of them doing something is an end state -----------
def test_a_share_of_the_public_doing_something_reads_alike_in_both_languages() -> None:
    assert "objective-is-metric" not in _objective_fails(_zh("让85%的办事群众当天拿到证照"))
    assert "objective-is-metric" not in _objective_fails(
        _en("Get 85% of applicants served on the day they apply")
    )
    # a KPI of the public is still a KPI
    assert "objective-is-metric" in _objective_fails(_zh("提高群众满意度"))


# -- decision 672: a direction rewrite speaks of the people the draft serves -------------------------
def _metric_suggestion(text: str):
    rv = review(text, config=RULES_ONLY)
    found = [f for f in rv.findings if f.rule_id == "objective-is-metric"]
    assert found, rv.findings
    return found[0].suggestions[0]


def _metric_rewrite(text: str) -> str:
    return _metric_suggestion(text).text


def test_the_rewrite_says_whom_the_draft_serves() -> None:
    zh = (
        "街道便民服务站 2026年Q4\n目标1：让居民办事不用来回跑\nKR1：一次办结率从70%提升到90%（负责人：李娜）\n"
        "目标2：提高满意度\nKR1：回访好评率从85%提升到95%（负责人：李娜）\n"
    )
    rewrite = _metric_rewrite(zh)
    assert "居民" in rewrite and "客户" not in rewrite
    en = (
        "Eastside Clinic Q4\nO1: Patients are seen when we said they would be\n"
        "KR1: Appointments starting on time from 60% to 85% (owner: Sam)\n"
        "O2: Improve satisfaction\nKR1: Survey score from 7.1 to 8.5 (owner: Sam)\n"
    )
    rewrite = _metric_rewrite(en)
    assert "patient" in rewrite.lower() and "customer" not in rewrite.lower()


def test_a_draft_that_speaks_of_customers_keeps_them() -> None:
    zh = (
        "门店 2026年Q4\n目标1：让客户和居民都愿意再来\nKR1：复购率从20%提升到30%（负责人：李娜）\n"
        "目标2：提高满意度\nKR1：好评率从85%提升到95%（负责人：李娜）\n"
    )
    assert "客户" in _metric_rewrite(zh)


# -- decision 673: a key result that waits for an outsider's yes ------------------------------------
def _kr_rules(text: str) -> list[str]:
    rv = review(text, config=RULES_ONLY)
    return [f.rule_id for f in rv.findings if f.target == "o1.kr2"]


@pytest.mark.parametrize(
    "kr",
    [
        "Get the council to approve a 5% rise in the market budget",
        "Make sure the tribunal rules in our favor on the lease dispute",
    ],
)
def test_an_outsiders_decision_is_no_key_result_en(kr: str) -> None:
    text = f"Q3 2026 (owner: Nadia)\nO: Make the market square the heart of town\nKR1: Saturday footfall from 4,000 to 6,000\nKR2: {kr}\n"
    assert "kr-is-task" in _kr_rules(text)


def test_an_outsiders_decision_is_no_key_result_zh() -> None:
    text = "2026年Q3 OKR（负责人：王芳）\n目标：让社区食堂成为老人每天都想来的地方\nKR1：日均就餐人数从80提升到150\nKR2：让市里批准食堂扩建到两层\n"
    rv = review(text, config=RULES_ONLY)
    found = [f for f in rv.findings if f.target == "o1.kr2" and f.rule_id == "kr-is-task"]
    assert found and "团队之外" in found[0].suggestions[0].text


def test_partners_won_stay_a_result() -> None:
    text = "Q3 2026 (owner: Nadia)\nO: Make the market square the heart of town\nKR1: Saturday footfall from 4,000 to 6,000\nKR2: Sign 5 new stallholders from the county farms\n"
    assert "kr-is-task" not in _kr_rules(text)


# -- decision 674: a measure a key result already gives, by its initials -----------------------------
def test_a_key_result_under_the_metric_by_its_initials_gets_no_twin() -> None:
    text = (
        "Account team Q2 (owner: Nadia)\nO: Gross revenue retention\n"
        "KR1: GRR 86% → 91%\nKR2: Renewal calls held within 30 days of term end from 40% to 90%\n"
    )
    edits = [e.replacement for e in _metric_suggestion(text).edits]
    assert not any("[baseline]" in r for r in edits), edits


def test_a_question_does_not_move_a_measure_already_below() -> None:
    text = (
        "Rentals Q2 (owner: Nadia)\nO: Grow deposit capture rate\n"
        "KR1: Deposit capture rate from 40% to 70%\nKR2: Bookings paid at checkout from 30% to 60%\n"
    )
    assert "moves below" not in _metric_rewrite(text)
