"""The lead's fixes of the fifteenth round (decisions 1165-1179): leftovers of round 14.

Each case is written in a wording other than the draft that showed the fault, so that the shape
is tested, not the sentence."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.facts.timeframes import find_timeframe
from coach.review import review

NO_MODEL = Config(semantic=False)


def _review(text: str):
    return review(text, config=NO_MODEL)


def _fails(item) -> set[str]:
    return {c.rule_id for c in item.checks if c.status == "fail"}


# -- decision 1165: a year written with blanks around 年 dates the month, quarter or half after it


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026 年 3 月底前，新客户次月留存率从40%提升到55%", "2026-03-01", "2026-03-31"),
        ("2027年 6月底前复购率从20%提升到30%", "2027-06-01", "2027-06-30"),
        ("2026 年Q2结束前，客诉率从3%降到1.5%", "2026-04-01", "2026-06-30"),
        ("2027 年 第三季度内，续费率从70%提升到80%", "2027-07-01", "2027-09-30"),
        ("2027 年 上半年，门店坪效从1.2万提升到1.5万", "2027-01-01", "2027-06-30"),
    ],
)
def test_spaced_year_dates_what_follows(text: str, start: str, end: str) -> None:
    rv = _review(f"目标：让新客户愿意留下来（负责人：陈晓）\n关键结果1：{text}\n")
    (kr,) = rv.objectives[0].key_results
    assert kr.deadline is not None
    assert (kr.deadline.start, kr.deadline.end) == (start, end)
    assert "kr-no-deadline" not in _fails(kr)


def test_spaced_year_alone_is_still_a_year() -> None:
    found = find_timeframe("2026 年度经营目标", "zh")
    assert found is not None and found[0].kind == "year"
