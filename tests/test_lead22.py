"""Decisions 1732- (lead22): faults the lead met after the twenty-second round's merges, each
tested here in other wordings than the one that showed it."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(semantic=False)


def _kr_rules(kr: str) -> set[str]:
    text = (
        "Objective: Make our games a joy to build on (owner: Ana)\n"
        f"KR1: {kr} by June 30\nKR2: Build time from 20 to 5 minutes by June 30\n"
    )
    return {f.rule_id for f in review(text, config=_CFG).findings if f.target == "o1.kr1"}


# -- decision 1732: a bracketed "no …" glossing a scoped state


@pytest.mark.parametrize(
    "kr",
    [
        "One shared level editor for every studio (no duplicate tools)",
        "One build pipeline for all 12 apps (no failed deploys)",
        "Each service owns a single config file (no duplicate settings)",
    ],
)
def test_an_aside_restating_a_scoped_state_is_not_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Stable builds (no failed deploys)",
        "Single sign-on for all tools (no more than 2 login failures a week)",
        "No duplicate implementations of any game system",
    ],
)
def test_an_aside_that_is_the_measure_stays_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_rules(kr)
