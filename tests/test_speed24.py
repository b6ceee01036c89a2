"""Speed work of round 24 (issue 13): a word list that cannot change the answer is not looked
up, and each shortcut gives what the code it replaced gave (the replaced code is kept here)."""

from __future__ import annotations

import re

import pytest

import rules._outside as outside
import rules._outside_forces as onc  # the helpers moved out of the rule (a rule imports no other rule)
from coach.review import parse
from coach.wordlists import find_terms, words

# Wordings written for these tests: clauses with and without an approver, a decision word, a
# competitor, an action only a competitor takes, a standing, a rater and a rank; both orders.
_WRITTEN = {
    "en": [
        "Get the city council to approve the new bike lanes",
        "Win sign-off from legal on the data retention policy",
        "The board approves the FY28 hiring plan by March",
        "Speed up the approval process for vendor invoices",
        "Push rivals to exit the school-meals segment",
        "Competitors withdraw from the downtown delivery market",
        "Outsell competitors in the coastal region",
        "Be ranked top 3 in the regional analyst survey for reputation",
        "Earn a reputation our patients rate first among clinics",
        "Land in the top 5 of the Forrester Wave for payroll tools",
        "Achieve top recognition from the state for water safety",
        "Cut the onboarding time for new drivers to 2 days",
        "Launch the spring catalogue in 4 markets",
        "",
    ],
    "zh": [
        "让市里批准新建两条公交专用道",
        "争取总部把我们评为年度示范门店",
        "缩短报销审批流程的时长",
        "让竞争对手退出华南市场",
        "逼对手放弃低价策略",
        "在交付速度上超过竞争对手",
        "口碑进入行业测评前三",
        "成为本县学员口碑第一的驾校",
        "进入胡润榜前十名",
        "用户口碑行业第一",
        "把门店复购率从20%提升到35%",
        "上线新版会员小程序",
        "",
    ],
}


def _items(lang: str) -> list:
    out = []
    for text in _WRITTEN[lang]:
        if not text:
            continue
        draft = parse(f"O: {text}\nKR1: {text}" if lang == "en" else f"目标：{text}\nKR1：{text}")
        out += [it for it in draft.items() if it.language == lang]
    return out


def _spans(item) -> list[tuple[int, int]]:
    return [item.core_span, *item.facts.clauses, (0, len(item.folded))]


# --- the code before round 24, kept to compare with -----------------------------------------


def _old_outside_decision(folded: str, s: int, e: int, lang: str) -> tuple[int, int] | None:
    approvers = outside.in_clause(folded, s, e, "objective_approvers", lang)
    decisions = [
        (c, d, t)
        for c, d, t in outside.in_clause(folded, s, e, "objective_decisions", lang)
        if not outside._names_a_process(folded, d, e, lang)
    ]
    if not approvers or not decisions:
        return None
    if lang == "zh":
        for a, b, _ in approvers:
            for c, d, _ in decisions:
                gap = outside._ZH_GAP * 2 if folded.startswith("把", b) else outside._ZH_GAP
                if b <= c <= b + gap and "，" not in folded[b:c]:
                    return a, d
        return None
    seekers = outside.in_clause(folded, s, e, "objective_acquire_verbs", lang)
    for a, b, _ in approvers:
        for c, d, _ in decisions:
            if b <= c <= b + outside._EN_GAP:
                subject = not re.search(r"[a-z]", re.sub(r"\b(?:the|our)\b", "", folded[s:a]))
                if subject or any(x < a for x, _, _ in seekers):
                    return a, d
            if d <= a <= d + 6 and any(x < c for x, _, _ in seekers):
                return c, b
    return None


def _old_competitor_action(folded: str, s: int, e: int, lang: str) -> tuple[int, int] | None:
    gap = outside._ZH_GAP if lang == "zh" else outside._EN_GAP
    actions = onc.in_clause(folded, s, e, "objective_competitor_actions", lang)
    for a, b, _ in onc.in_clause(folded, s, e, "objective_competitors", lang):
        for c, d, _ in actions:
            if b <= c <= b + gap:
                return a, d
    return None


def _old_third_party_ranking(item, s: int, e: int) -> tuple[int, int] | None:
    folded, lang = item.folded, item.language
    listed = onc.in_clause(folded, s, e, "objective_rankings", lang)
    if listed:
        a, b, _ = listed[0]
        return a, b
    said = [
        t
        for t in onc.in_clause(folded, s, e, "objective_reputation", lang)
        if t[2] not in onc._OWN_STANDING or onc._RATER[lang].search(folded, s, e)
    ]
    if lang == "en":
        said += [
            (m.start(), m.start() + 11, "recognition")
            for m in onc._EN_RECOGNITION.finditer(folded, s, e)
        ]
    ranks = [(q.start, q.end) for q in item.facts.quantities_in(s, e) if q.kind == "rank"]
    ranks += [(a, b) for a, b, _ in onc.in_clause(folded, s, e, "objective_rank_terms", lang)]
    if said and ranks and not onc._served_say_so(item, s, said[0][0]):
        if said[0][2] == "recognition":
            return min(said[0][0], min(a for a, _ in ranks)), said[0][1]
        return said[0][0], max(said[0][1], max(b for _, b in ranks))
    return None


# --- the same answers -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_same_answers_as_before(lang: str) -> None:
    found = {"decision": 0, "competitor": 0, "ranking": 0}
    for item in _items(lang):
        for s, e in _spans(item):
            f = item.folded
            new = outside.outside_decision(f, s, e, lang)
            assert new == _old_outside_decision(f, s, e, lang), (item.text, s, e)
            found["decision"] += new is not None
            new = onc._competitor_action(f, s, e, lang)
            assert new == _old_competitor_action(f, s, e, lang), (item.text, s, e)
            found["competitor"] += new is not None
            new = onc._third_party_ranking(item, s, e)
            assert new == _old_third_party_ranking(item, s, e), (item.text, s, e)
            found["ranking"] += new is not None
    # the wordings reach every answer, not only None
    assert all(found.values()), found


# --- what is not looked up ---------------------------------------------------------------------


def _recording(module, monkeypatch) -> list[str]:
    asked: list[str] = []
    real = module.in_clause

    def in_clause(folded: str, s: int, e: int, name: str, lang: str):  # type: ignore[no-untyped-def]
        asked.append(name)
        return real(folded, s, e, name, lang)

    monkeypatch.setattr(module, "in_clause", in_clause)
    return asked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Speed up the approval process for vendor invoices"),
        ("en", "Cut the onboarding time for new drivers to 2 days"),
        ("zh", "缩短报销审批流程的时长"),
    ],
)
def test_no_approver_no_decision_words(lang: str, text: str, monkeypatch) -> None:
    asked = _recording(outside, monkeypatch)
    folded = text.lower()
    assert outside.outside_decision(folded, 0, len(folded), lang) is None
    assert asked == ["objective_approvers"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Cut the onboarding time for new drivers to 2 days"), ("zh", "上线新版会员小程序")],
)
def test_no_competitor_no_actions(lang: str, text: str, monkeypatch) -> None:
    asked = _recording(onc, monkeypatch)
    folded = text.lower()
    assert onc._competitor_action(folded, 0, len(folded), lang) is None
    assert "objective_competitor_actions" not in asked


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_standing_no_rank_words(lang: str, monkeypatch) -> None:
    text = _WRITTEN[lang][-2]  # a launch: no ranking, no standing said
    item = next(it for it in _items_of(text, lang))
    asked = _recording(onc, monkeypatch)
    assert onc._third_party_ranking(item, 0, len(item.folded)) is None
    assert "objective_rank_terms" not in asked


def _items_of(text: str, lang: str) -> list:
    draft = parse(f"O: {text}" if lang == "en" else f"目标：{text}")
    return list(draft.items())


def test_guard_lists_still_read() -> None:
    # the lists the shortcuts skip are the ones the answers above were found with
    for lang in ("en", "zh"):
        for name in ("objective_decisions", "objective_competitor_actions", "objective_rank_terms"):
            assert words(name, lang)
    assert find_terms("让竞争对手退出华南市场", words("objective_competitor_actions", "zh"), "zh")


# --- coach.wordlists.find_terms: a Chinese list asked of an ASCII text ----------------------------

_TEXTS = [
    "get the board to approve the fy27 budget by q3",
    "cut refund time from 9 days to 3 days (owner: dana)",
    "kr1: 95% of tickets answered in < 4h -- 0.5",
    "raise nps 30 -> 45; ship v2 of the app",
    "q",
    "下半年把复购率提升到35%",
    "grow weekly active teams 20% 下半年",
    "让竞争对手退出华南市场 by q4",
]


def _old_find_chinese(folded: str, terms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """find_terms' Chinese branch before round 24 (no ASCII shortcut)."""
    from coach import wordlists

    if not terms or not folded:
        return []
    heads = wordlists._index(terms)[1]
    present = wordlists._heads_in(folded)
    common = heads.keys() & present
    candidates = [i for h in common for i in heads[h]]
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(folded)
    for i in sorted(candidates):
        t = terms[i]
        start = folded.find(t)
        while start >= 0:
            end = start + len(t)
            if not any(taken[start:end]):
                found.append((start, end, t))
                for j in range(start, end):
                    taken[j] = True
            start = folded.find(t, start + 1)
    found.sort()
    return found


def _every_list() -> list[tuple[str, ...]]:
    import rules  # noqa: F401  (adds the rules' own word lists)
    from coach.wordlists import all_lists

    out = []
    for name, lang in all_lists():
        try:
            out.append(words(name, lang))
        except Exception:  # (a list read as a mapping)
            continue
    # lists written here: ASCII heads only, mixed, one character, an empty term
    out += [("ab", "q"), ("复购", "q3"), ("下",), ("", "提升"), ("季度", "")]
    return out


def test_chinese_lists_on_any_text_as_before() -> None:
    lists = _every_list()
    assert len(lists) > 100
    hits = 0
    for terms in lists:
        for text in _TEXTS:
            new = find_terms(text, terms, "zh")
            assert new == _old_find_chinese(text, terms), (terms[:3], text)
            hits += bool(new)
    assert hits  # the texts hold some of the terms


def test_chinese_list_not_gathered_on_ascii_text(monkeypatch) -> None:
    from coach import wordlists

    def no_pieces(folded: str) -> frozenset[str]:
        raise AssertionError(f"pieces gathered of {folded!r}")

    monkeypatch.setattr(wordlists, "_heads_in", no_pieces)
    terms = words("kr_cycle_words", "zh")
    assert find_terms("ship the new onboarding flow by the end of q3", terms, "zh") == []
    # an ASCII head in the list: still looked for
    with pytest.raises(AssertionError):
        find_terms("ship the flow by q3", ("q3", "季度"), "zh")


def test_heads_as_before() -> None:
    import random

    from coach.wordlists import _heads_in

    def old(f: str) -> frozenset[str]:
        return frozenset(f) | frozenset(f[i : i + 2] for i in range(len(f) - 1))

    rng = random.Random(24)
    alphabet = "ab 1%，下半年复购率q-\n（）"
    texts = [*_TEXTS, "", "a", "ab", "下", "下半"]
    texts += [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(300)
    ]
    for t in texts:
        _heads_in.cache_clear()
        assert _heads_in(t) == old(t), t
