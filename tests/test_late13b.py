"""A pace of change with no level it starts from (issue 8, thirteenth round; late13b,
decision 1000). The drafts are written for this test, never copied from a page."""

from __future__ import annotations

from test_realen12 import fails


def no_baseline(kr: str) -> bool:
    """Whether kr-no-baseline fails for the key result `kr` under a plain objective."""
    return kr in fails(f"Objective: Help every apprentice grow\n- {kr}", "kr-no-baseline")


def test_a_rate_of_change_after_a_change_verb_needs_its_starting_level() -> None:
    assert no_baseline("Raise welding test marks by a rate of 3 marks/term by June 2027")
    assert no_baseline("Grow apprentice sign-ups at an average rate of 4% a month by May")
    # a level kept or reached at a rate is no change
    assert not no_baseline("Keep scrap at a rate of 2% a month through June")
    # the starting level is given
    assert not no_baseline("Raise test marks from 60 by a rate of 3 marks/term by June 2027")
