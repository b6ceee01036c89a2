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
