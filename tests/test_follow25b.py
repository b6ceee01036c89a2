"""follow25b: leftovers of an outsider tester's drafts (round 25; decisions 3360-)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.parse import looks_like_title, parse_text
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _review(text: str):
    return review(text, config=_CFG)


# -- decision 3360: a set's title with a longer period after "objectives"/"goals" ------------

_SET_TITLES = [
    "Harbour Rowing Club - objectives 2027 first semester",
    "Chess society (campus) — goals semester 2 2027/28",
    "Bakery team – objectives spring term 2027",
    "Youth theatre group: goals season 2027/28",
    "Dialysis ward objectives second half 2027",
    "Objectives academic year 2027-28",
    "Priorities 2027 third trimester — hospital pharmacy",
    "Dental practice | objectives 2nd semester 2027",
]


@pytest.mark.parametrize("title", _SET_TITLES)
def test_set_title_with_long_period(title: str) -> None:
    assert looks_like_title(title)


@pytest.mark.parametrize(
    "line",
    [
        "Students reach their learning goals first semester 2027",
        "Reach our goals first semester",
        "Meet all targets this year",
        "Improve customer retention goals second half 2027 in every store",
        "Our goals",
    ],
)
def test_objective_naming_goals_is_no_title(line: str) -> None:
    assert not looks_like_title(line)


@pytest.mark.parametrize("title", _SET_TITLES[:5])
def test_numbered_objectives_under_long_title(title: str) -> None:
    text = (
        f"{title}\n\n"
        "1. Our members feel at home in the club\n"
        "   1.1 Members renewing from 60% to 80% by 30 June\n"
        "   1.2 Run 12 welcome evenings\n"
        "2. Our finances are healthy\n"
        "   2.1 Sponsorship income from EUR 4k to EUR 9k by June\n"
    )
    draft = parse_text(text)
    assert [o.text for o in draft.objectives] == [
        "Our members feel at home in the club",
        "Our finances are healthy",
    ]
    assert [len(o.key_results) for o in draft.objectives] == [2, 1]
