"""tail31a: English leftovers of round 31 (decisions 4540-4559)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_TASK = {"kr-is-task", "kr-activity-count"}


def _review(kr: str, objective: str = "Run a leaner, cheaper platform this year"):
    text = (
        f"Objective: {objective}\nKR1: {kr} (owner: Ann)\n"
        "KR2: Unplanned downtime from 6% to 3% (owner: Ann)\n"
    )
    return review(text, config=_CFG)


def _fails(kr: str, objective: str = "Run a leaner, cheaper platform this year") -> set:
    r = _review(kr, objective)
    kr1 = next(k for o in r.objectives for k in o.key_results if k.id == "o1.kr1")
    return {c.rule_id for c in kr1.checks if c.status == "fail"}


def _findings(kr: str, rule: str) -> list:
    return [f for f in _review(kr).findings if f.target == "o1.kr1" and f.rule_id == rule]


# -- decision 4540: a verb made on a measure's name, then a count, is work ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Right-size 40 EC2 instances",
        "Re-size 40 servers",
        "Right-size 25 Kubernetes node pools by June",
        "Re-size 12 database clusters",
        "Re-score 60 supplier bids",
        "Re-cost 45 menu recipes",
        "Re-rate 30 suppliers on the new scorecard",
        "Rescore 60 supplier bids",
        "Up-size 8 Redis caches",
    ],
)
def test_4540_verb_on_a_measure_then_count_is_task(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Resize 40 EC2 instances",
        "Average basket size 40 items or more",
        "Deal size 40% above last year",
        "Re-order rate 40% by June",
        "Cut cloud cost 40% by right-sizing instances",
        "Cost per server below $40 a month",
    ],
)
def test_4540_guards(kr: str) -> None:
    expected = kr.startswith("Resize")
    assert bool(_fails(kr) & _TASK) is expected


@pytest.mark.parametrize(
    "kr",
    [
        "Right-size 60 RDS instances before the renewal",
        "Down-size 6 office leases",
        "Re-value 20 rental properties",
        "Re-size 120 product images for the new store",
        "Revalue 20 rental properties",
    ],
)
def test_4540_held_back(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Average order size 40 units",
        "Re-score rate above 40% by June",
        "Cost 40% lower per instance after right-sizing",
    ],
)
def test_4540_measures_stay(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decisions 4541, 4542: two measures sharing one figure ---------------------------------------


def _split(kr: str) -> list[str]:
    found = _findings(kr, "kr-compound")
    assert found, kr
    return [s.text for s in found[0].suggestions]


@pytest.mark.parametrize(
    ("kr", "first", "second"),
    [
        (
            "Increase student numbers and revenue per centre by 10%",
            "Increase student numbers by 10%",
            "Increase revenue per centre by 10%",
        ),
        (
            "Visitor numbers and revenue per visit up 10%",
            "Visitor numbers up 10%",
            "Revenue per visit up 10%",
        ),
        (
            "Grow member count and retention by 5%",
            "Grow member count by 5%",
            "Grow retention by 5%",
        ),
    ],
)
def test_4541_count_named_by_its_noun_then_a_second_measure(
    kr: str, first: str, second: str
) -> None:
    text = "\n".join(_split(kr))
    assert first in text and second in text


@pytest.mark.parametrize(
    "kr",
    [
        "Grow signups and activation rate by 20%",
        "Grow installs and retention rate by 10%",
        "Grow trial numbers and activation rate by 20%",
        "Increase bookings and occupancy rate by 12%",
        "Grow learner numbers and completion rate by 10%",
    ],
)
def test_4542_plural_count_then_a_rate_sharing_figure(kr: str) -> None:
    assert "kr-compound" in _fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Profit and loss accuracy above 98%",
        "Raise NPS for enterprise and SMB customers to 50",
        "Food and beverage revenue from $1.2M to $1.5M",
        "Research and development spend under $2M",
        "Reduce sales and marketing cost by 10%",
        "Sales and marketing cost down 10%",
        "Grow the number of students and parents attending open days to 400",
    ],
)
def test_4541_one_measure_stays(kr: str) -> None:
    assert "kr-compound" not in _fails(kr)


# -- decision 4543: a school term is a cadence --------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Fire drills held every half term",
        "Fire drills held every term",
        "Lockdown drills held each half-term",
        "Parents' evenings held every term",
        "Fire drills run termly",
        "Work scrutiny held once a term",
        "Safeguarding refresher held every semester",
        "Evacuation drills held each half term in every building",
    ],
)
def test_4543_school_term_cadence_is_effort(kr: str) -> None:
    assert "kr-activity-count" in _fails(kr, "Keep every pupil safe on the school site")


@pytest.mark.parametrize(
    "kr",
    [
        "Define every term in the glossary",
        "Translate each term of the contract template",
        "Pupil attendance above 96% every term",
        "Evacuation time under 4 minutes in every drill this term",
    ],
)
def test_4543_guards(kr: str) -> None:
    assert "kr-activity-count" not in _fails(kr, "Keep every pupil safe on the school site")


# -- decision 4544: cleaning a list, in one word, is a clean-up ---------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Clean 2,000 duplicate accounts from the CRM",
        "Cleanse 1,500 duplicate customer records",
        "Scrub 900 stale contacts from the mailing list",
        "Prune 300 inactive users from the admin console",
        "Clean 450 bounced subscribers out of the newsletter list",
        "Cleanse 700 lapsed members from the database",
    ],
)
def test_4544_one_word_cleanup_is_task(kr: str) -> None:
    assert _fails(kr, "Keep our customer data clean and trusted") & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Duplicate accounts from 2,000 to under 100",
        "Reactivate 300 lapsed accounts",
        "Clean data rate above 98% in the CRM",
    ],
)
def test_4544_guards(kr: str) -> None:
    assert not _fails(kr, "Keep our customer data clean and trusted") & _TASK


# -- decision 4545: a past form, its preposition, then a count is work done ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Participated in 2 industry panels",
        "Spoke at 3 trade shows",
        "Presented at 4 regional conferences",
        "Participated in 6 supplier audits this year",
        "Spoke at two alumni events",
        "Presented to 12 school governing boards",
    ],
)
def test_4545_past_with_preposition_is_effort(kr: str) -> None:
    assert _fails(kr, "Make our brand known across the industry") & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Published in 3 peer-reviewed journals",
        "Featured in 3 national newspapers",
        "Ranked in the top 3 of the industry awards",
        "Sold in 4 new markets",
    ],
)
def test_4545_guards(kr: str) -> None:
    assert not _fails(kr, "Make our brand known across the industry") & _TASK


# -- decision 4546: what a deliverable covers is its scope -------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Create a win/loss report covering 50 closed deals",
        "Produce a win/loss review of 30 lost deals",
        "Build a dashboard for 500 users",
        "Write case studies for 3 new customers",
        "Publish a benchmark report covering 120 customers",
        "Draft an onboarding guide for 40 new members",
    ],
)
def test_4546_deliverable_covers_a_count_is_task(kr: str) -> None:
    assert _fails(kr, "Learn why we win and lose deals") & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Close 50 new deals from the win/loss insights",
        "Win 30 deals in the enterprise segment",
        "Sign 3 contracts for 50 clinics",
        "Report win rate above 30% across 50 closed deals",
    ],
)
def test_4546_guards(kr: str) -> None:
    assert not _fails(kr, "Learn why we win and lose deals") & _TASK


# -- decision 4547: a count picking part of an earlier one measures nothing of its own ----------


@pytest.mark.parametrize(
    "kr",
    [
        "Submission of 6 grant applications by June, with at least two to national funders",
        "Submission of 6 grant applications by June, at least two of them to national funders",
        "Submission of 8 tenders this quarter, with at least 3 to public bodies",
        "Delivery of 10 workshops, with at least 4 in rural schools",
        "Submission of 5 award entries, including at least 2 to international awards",
    ],
)
def test_4547_part_of_the_count_is_no_measure(kr: str) -> None:
    assert _fails(kr, "Fund the charity's next three years") & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Win 4 grants by June, with at least two from national funders",
        "Grow members from 400 to 600, with at least 100 in the north",
        "Sign 12 new clinics with at least 4 in rural counties",
        "Raise $200k from 6 grants, with grant income above $50k each",
    ],
)
def test_4547_guards(kr: str) -> None:
    assert not _fails(kr, "Fund the charity's next three years") & _TASK
