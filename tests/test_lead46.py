"""Round 46, the lead's close: one's own outburst forbidden ("Don't lose my temper") is a flat
objective by the rules (decision 6660), not only by the retrained model."""

from __future__ import annotations

import pytest

from tests.test_obj37 import _failed

FLAT = "objective-not-inspiring"

# decision 6660: "Don't"/"Do not"/"Never" + one's own outburst (a behaviour of decision 6170's
# list, or a temper lost) states a behaviour to stop, as "Stop yelling" does
DENIED_OUTBURSTS = [
    "Don't lose my temper with the kids",
    "Never lose our temper with callers",
    "Do not lose my temper in the stand-up",
    "Never yell at the team again",
    "Don't shout at the kids at bedtime",
    "Do not snap at my staff",
    "Don't gossip about colleagues",
    "Never interrupt the junior engineers",
    "Don't nag my teenagers about homework",
    "Never scream at the referee from the touchline",
    "Never sulk after a bad review",
    "Don't complain about the rota in front of the new starters",
]

# unchanged: a feeling kept is vague (6317) as well; the people served or a measure are not
# one's own outburst
NEIGHBOURS = [
    ("Don't lose a single customer to the move", set(), {FLAT}),
    ("Don't lose my nerve", {"objective-vague"}, set()),
    ("Don't let my motivation slip", {"objective-vague"}, set()),
    ("Make every family feel welcome at pick-up", set(), {FLAT}),
    ("Stop yelling at the kids", {FLAT}, set()),
]


@pytest.mark.parametrize("text", DENIED_OUTBURSTS)
def test_an_outburst_forbidden_is_flat(text: str) -> None:
    assert FLAT in _failed("en", text), text


@pytest.mark.parametrize(("text", "fails", "passes"), NEIGHBOURS)
def test_neighbours_keep_their_verdicts(text: str, fails: set[str], passes: set[str]) -> None:
    got = _failed("en", text)
    assert fails <= got, (text, got)
    assert not passes & got, (text, got)


# decision 6661: short forms and given names a personal set writes are people: the writer's own
# set ("Bea's Q3 goals") owns every key result, and a bracketed name closing a key result owns it
_SET = (
    "{title}\nO1: Fill every puppy class\n"
    "- 6 puppy cohorts running at 8/8 dogs each\n- waitlist of 20+ families by Sept\n"
)
OWN_SETS = [
    "Bea's Q3 goals",
    "Tash's OKRs — spring",
    "Rhona's 2027 goals",
    "Seb's H2 OKRs",
    "Izzy's Q1 goals",
    "Kev's Q3 OKRs",
    "Steph's OKRs",
    "Evie's summer goals",
    "Oli's Q4 OKRs",
    "Hattie's 2027 goals",
    "Cleo's H1 OKRs",
    "Jojo's Q2 goals",
]
CLOSING_NAMES = [
    "CPI under $1.20 on Meta + TikTok (UA - Wen)",
    "Churn below 3% (Ola)",
    "NPS from 30 to 45 (Rach)",
    "Repeat bookings from 20% to 35% (Fran)",
    "Refund rate from 4% to 2% — Zhen",
    "Trial-to-paid from 8% to 12% (Anjali)",
]


def _no_owner_count(text: str) -> int:
    from coach import review

    return sum(1 for f in review(text).findings if f.rule_id == "kr-no-owner")


@pytest.mark.parametrize("title", OWN_SETS)
def test_a_personal_set_by_a_short_name_owns_its_key_results(title: str) -> None:
    assert _no_owner_count(_SET.format(title=title)) == 0, title


@pytest.mark.parametrize("kr", CLOSING_NAMES)
def test_a_short_name_closing_a_key_result_owns_it(kr: str) -> None:
    assert _no_owner_count(f"Objective: Make the app people keep, in Q3\nKR1: {kr}\n") == 0, kr


# unchanged: a company's, a team's or a word's set names no person (Dev is a developer)
@pytest.mark.parametrize("title", ["Acme's Q3 OKRs", "Ops team Q3 OKRs", "Dev's Q3 OKRs"])
def test_a_set_of_no_person_leaves_kr_no_owner(title: str) -> None:
    assert _no_owner_count(_SET.format(title=title)) == 2, title
