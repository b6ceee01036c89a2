"""Twelfth-round misreadings left open (late12b): decisions 840–842 in docs/principles.md."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

_CFG = Config(semantic=False, use_model=False)


def _findings(text: str, rule_id: str):
    return [f for f in review(text, select=[rule_id], config=_CFG).findings if f.rule_id == rule_id]


_EN_O = "# O: Keep the ferries running to time in Q2 (owner: Ines)\n- KR: "
_EN_HIRE = "# O: Candidates remember us kindly, Q3 (owner: Ines)\n- KR: "


@pytest.mark.parametrize(
    "kr",
    [
        "Missed sailings over 20 minutes: 30 → 8 per month",
        "Cut cancellations longer than 2 hours from 12 to 3",
        "Breakdowns over 30 minutes from 9 to 2 a month",
    ],
)
def test_a_time_bound_inside_the_bad_events_name_still_counts_them(kr: str) -> None:
    # Decision 840: "over 20 minutes" says which events are counted; it is no duration head.
    assert _findings(_EN_O + kr, "kr-negative-phrasing")


@pytest.mark.parametrize(
    "kr", ["Sailing delay minutes from 400 to 100", "Ferry crossings under 40 minutes"]
)
def test_a_duration_measure_stays_no_bad_event_count(kr: str) -> None:
    assert not _findings(_EN_O + kr, "kr-negative-phrasing")


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        (
            "Send a written debrief to every finalist within 72h",
            "100% of finalists get a written debrief within 72h",
        ),
        (
            "Reply to each applicant within 24 hours",
            "100% of applicants get a reply within 24 hours",
        ),
    ],
)
def test_something_given_to_every_one_within_hours_is_the_share_that_gets_it(
    kr: str, rewrite: str
) -> None:
    # Decision 841: the hours are a limit kept on each one, not a target measured.
    found = _findings(_EN_HIRE + kr, "kr-is-task")
    assert found
    assert found[0].suggestions[0].text == rewrite


@pytest.mark.parametrize(
    "kr", ["Patch all critical CVEs within 72 hours", "Applicants hear back within 24 hours"]
)
def test_a_fix_verb_or_a_verbless_limit_is_no_task(kr: str) -> None:
    assert not _findings(_EN_HIRE + kr, "kr-is-task")


@pytest.mark.parametrize(
    ("kr", "baseline", "value"),
    [
        ("小程序日活从 6000 涨到 1.5万", 6000, 15000),
        ("门店会员从 3 提升到 5万", 30000, 50000),
        ("播放量从 700 到 0.9万", 700, 9000),
    ],
)
def test_the_targets_wan_applies_to_the_baseline_only_when_it_fits(
    kr: str, baseline: float, value: float
) -> None:
    # Decision 842: a baseline written out in full keeps its value.
    r = review("目标：让更多人用上小程序（2026年Q3，负责人：李娜）\nKR1：" + kr, config=_CFG)
    m = r.objectives[0].key_results[0].metric
    assert (m.baseline, m.value, m.direction) == (baseline, value, "increase")
