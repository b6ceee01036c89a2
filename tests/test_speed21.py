"""Speed cuts of the twenty-first round (issue 13, speed21): each answers as the scan it replaces."""

from __future__ import annotations

import re

import pytest

from coach.facts import grades
from coach.facts.needs import as_trie
from coach.facts.timeframes import _HINT_RE
from coach.parse import okr_sentences

# Wordings written for these tests: statuses after the wording and inside it, blanks and stops
# after them, brackets, dashes, none at all.
_TAILS = [
    "Ship the billing export — on track",
    "Ship the billing export — on track.  ",
    "Ship the billing export (Done)。",
    "Ship the billing export [wip] \n",
    "上线新版结算页 —— 进行中",
    "上线新版结算页【已完成】。。",
    "上线新版结算页（进行中） ",
    "Get the migration done",
    "项目按期完成",
    "Cut refunds from on track to done",
    "Cut refunds | blocked | at risk",
    "— done",
    "",
    "   ",
    "Move 40 accounts to the new plan — not started ... ",
    "Raise NPS from 31 to 45 (owner: Dana)",
]


@pytest.mark.parametrize("text", _TAILS)
def test_bare_status_is_the_patterns_search(text: str) -> None:
    whole = grades.BARE_STATUS_RE.search(text)
    tail = grades.bare_status(text)
    assert (whole is None) == (tail is None)
    if whole is not None and tail is not None:
        assert whole.span() == tail.span()
        assert whole.groupdict() == tail.groupdict()


def test_bare_status_reads_a_status_far_from_the_start() -> None:
    text = "Rebuild the partner onboarding flow so that new resellers go live " * 3 + "— at risk"
    m = grades.bare_status(text)
    assert m is not None and m.group("dash") == "at risk"


_ALTERNATIONS = ["fy|eo[qy]|mid-?year|w\\d|ga\\b|20\\d\\d", "季度|[春夏]|前|[1-4]q|all.hands"]
_HINT_TEXTS = [
    "eoy push",
    "midyear review",
    "mid-year review",
    "w3 demo",
    "ga launch",
    "gap analysis",
    "2026 plan",
    "秋季招新",
    "春季",
    "节前",
    "3q close",
    "5q close",
    "all-hands",
    "allhands",
    "nothing here",
]


@pytest.mark.parametrize("pattern", _ALTERNATIONS)
def test_as_trie_matches_where_the_alternation_does(pattern: str) -> None:
    old, new = re.compile(pattern), re.compile(as_trie(pattern))
    assert old.pattern != new.pattern
    for text in _HINT_TEXTS:
        a, b = old.search(text), new.search(text)
        assert (a is None) == (b is None), text
        assert a is None or b is None or a.start() == b.start(), text


def test_time_hint_still_reads_its_words() -> None:
    for text in ("by end of q3", "本季度完成", "before the board meeting", "in 2026", "3/15"):
        assert _HINT_RE.search(text), text
    assert _HINT_RE.search("grow nps to 45") is None


def test_okr_sentences_need_a_quote() -> None:
    assert okr_sentences("我们设定目标为提升贷款规模，关键结果为余额增长20%") == []
    found = okr_sentences(
        "银行公司通过设定目标“提升贷款业务规模”,并设定关键结果为“贷款余额增长率达到20%”"
    )
    assert found and found[0][0][0] == "提升贷款业务规模"


_NEGATIVE_TEXTS = [
    "tickets no longer get lost between teams",
    "no order goes missing in transit",
    "requests are never dropped",
    "recover 80% of carts lost at checkout",
    "deals lost to no decision under 10%",
    "orders returned below 2% of orders shipped",
    "parcels sent back under 1%",
    "calls returned within an hour",
    "prs i leave unreviewed under 5",
    "invoices left unpaid after 30 days",
    "raise nps from 31 to 45",
    "no surprises in the board deck",
]


@pytest.mark.parametrize("text", _NEGATIVE_TEXTS)
def test_negative_gates_find_what_the_scans_find(text: str) -> None:
    from rules import _negative as neg

    gone = [
        (m.start("subject"), m.end(), text[m.start("subject") : m.end()])
        for m in neg._GONE_MISSING.finditer(text)
        if m.group("no") or m.group("absence") or m.group("absence_after")
    ]
    assert neg._gone_missing(text) == gone
    nouns = frozenset(neg.words("kr_outcome_nouns", "en"))
    lost = [(m.start(), m.end(), m.group()) for m in neg._LOST_AFTER.finditer(text)]
    assert neg._outcomes_lost(text) == [t for t in lost if t[2].split()[0] in nouns]
    pattern, table = neg._bad_after_pattern()
    after = [
        (m.start(), m.end(), m.group())
        for m in pattern.finditer(text)
        if m.group(1) in table[m.group(2)]
    ]
    assert neg._bad_after_nouns(text) == after


def test_owner_components_and_date_cells_still_read() -> None:
    from coach.facts import owner

    with_person = 'Publish the on-call handbook <TeamMember name="Ana Ruiz" photo />'
    assert owner.person_element(with_person) is not None
    assert "Ana" not in owner.strip_person_elements(with_person)
    plain = "Publish the on-call handbook by May"
    assert owner.person_element(plain) is None
    assert owner.strip_person_elements(plain) == plain
    found = owner.find_owner('Cut p95 latency to 300 ms <SmallTeam slug="platform" />')
    assert found is not None and found[0] == "platform"
    assert owner.find_owner("Cut p95 latency to 300 ms | Priya | 6/30") == owner.find_owner(
        "Cut p95 latency to 300 ms | Priya"
    )


def test_detect_language_without_a_chinese_character() -> None:
    from coach.text import detect_language

    assert detect_language("Ship the v2 importer by Q3") == "en"
    assert detect_language("P75 < 3.2", default="zh") == "zh"  # a grade glued to a figure: no word
    assert detect_language("42 / 17", default="zh") == "zh"
    assert detect_language("在Facebook和Twitter上增加20%的粉丝") == "zh"
    assert detect_language("Grow the 上海 pilot to 40 stores") == "en"
