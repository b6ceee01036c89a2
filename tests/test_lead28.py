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


# --- 1795: "as many X as possible" leaves the count open whatever other number stands ----------


def _kr(kr: str):
    from coach import review

    r = review(
        f"Objective: Be the friendliest front desk in the city in Q1\nKR1: {kr} (owner: Ana)\n"
    )
    return r, r.objectives[0].key_results[0]


@pytest.mark.parametrize(
    "kr",
    [
        "Answer as many inbound emails as possible within 1 business day",
        "Call back as many missed callers as we can within 2 hours",
        "Resolve as many tickets as possible on first contact, 90% CSAT",
        "Reply to as many guest reviews as possible within 24 hours",
        "Ship as many bug fixes as we can with a 99% test pass rate",
    ],
)
def test_as_many_as_possible_is_vague_beside_another_number(kr):
    r, k = _kr(kr)
    assert [c.status for c in k.checks if c.rule_id == "kr-vague-wording"] == ["fail"]
    found = [f for f in r.findings if f.rule_id == "kr-vague-wording" and f.target == k.id]
    assert found and "[N]" in found[0].suggestions[0].text
    assert "as possible" not in found[0].suggestions[0].text
    assert "as we can" not in found[0].suggestions[0].text


@pytest.mark.parametrize(
    "kr",
    [
        "Answer 95% of inbound emails within 1 business day",
        "Answer every inbound email within 1 business day",
        "Resolve 80% of tickets on first contact by Q2",
        "Sign 40 new donors before the June 30 gala",
    ],
)
def test_a_stated_count_is_not_vague(kr):
    _, k = _kr(kr)
    assert [c.status for c in k.checks if c.rule_id == "kr-vague-wording"] == ["pass"]


# --- 1796: a body measure held down is a health target, not bad events --------------------------


def _negative(kr: str) -> str:
    from coach import review

    if any("\u4e00" <= c <= "\u9fff" for c in kr):
        text = f"目标：今年练出一个更轻盈的自己（2027年Q1）\nKR1：{kr}（负责人：林悦）\n"
    else:
        text = f"Objective: Feel light and strong on race day in Q1\nKR1: {kr} (owner: Ana)\n"
    k = review(text).objectives[0].key_results[0]
    return next(c.status for c in k.checks if c.rule_id == "kr-negative-phrasing")


@pytest.mark.parametrize(
    "kr",
    [
        "体重不超过65公斤",
        "体脂率降到20%以下",
        "BMI under 25",
        "腰围控制在80厘米以内",
        "Body weight below 70 kg",
    ],
)
def test_a_body_measure_held_down_is_no_bad_event(kr):
    assert _negative(kr) == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "训练受伤次数不超过2次",
        "Injuries in training under 2 this quarter",
        "训练伤病人数下降30%",
    ],
)
def test_injuries_and_pain_stay_bad_events(kr):
    assert _negative(kr) == "fail"


# --- 1797: dodging what is owed and cheating are bad events --------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Increase fare revenue by 10% and reduce fare evasion to 3%",
        "Fare dodging on the night buses below 2%",
        "Cut tax evasion cases by half",
        "逃票率从6%降到3%",
        "骗保案件为0",
        "外卖逃单率控制在0.5%以内",
    ],
)
def test_evasion_and_cheating_are_bad_events(kr):
    assert _negative(kr) == "fail"


@pytest.mark.parametrize(
    "kr", ["Fare revenue up 10%", "Raise on-time fare collection to 98%", "票款收缴率提升到99%"]
)
def test_fares_collected_are_no_bad_event(kr):
    assert _negative(kr) == "pass"
