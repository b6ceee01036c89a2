"""Lead decisions of round twenty-eight (issue 8): 1794 — a period written as two full dates
("2026-01-01 至 2026-06-30", "2027.7.1 - 2027.9.30", "1月1日至3月31日") starts on its first date and
ends on its second; the end was read as the first date. Each decision's cases failed before it; the
guards keep what must not change."""

from __future__ import annotations

from datetime import date

import pytest

from coach.facts.timeframes import find_timeframe

TODAY = date(2026, 12, 5)


def start_end(text: str, lang: str) -> tuple[str | None, str | None]:
    found = find_timeframe(text, lang, TODAY)
    assert found is not None, text
    tf = found[0]
    return tf.start, tf.end


# --- 1794: two full dates joined are a period: first date to last date ------------------------


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("2026-01-01 至 2026-06-30", "zh", "2026-01-01", "2026-06-30"),
        ("2027.7.1 - 2027.9.30", "zh", "2027-07-01", "2027-09-30"),
        ("2027/01/01 ~ 2027/03/31", "zh", "2027-01-01", "2027-03-31"),
        ("周期：2027-04-01到2027-06-30", "zh", "2027-04-01", "2027-06-30"),
        ("2027年1月1日至2027年3月31日", "zh", "2027-01-01", "2027-03-31"),
        ("Cycle: 2027-02-01 – 2027-04-30", "en", "2027-02-01", "2027-04-30"),
        ("Runs 2027-03-01 to 2027-05-31", "en", "2027-03-01", "2027-05-31"),
    ],
)
def test_two_dates_run_from_the_first_to_the_second(text, lang, start, end):
    assert start_end(text, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("2027-06-30 前复诊预约率达到 60%", "zh", "2027-06-30"),
        ("Ship the importer by 2027-03-31", "en", "2027-03-31"),
        ("截至2027年3月31日", "zh", "2027-03-31"),
    ],
)
def test_one_date_stays_the_end(text, lang, end):
    assert start_end(text, lang)[1] == end
