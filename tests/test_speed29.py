"""speed29 (issue 13): cheaper readings that answer exactly as before."""

from __future__ import annotations

import re

import pytest

from coach.cycle import scores


def _tail_by_search(text: str) -> re.Match[str] | None:
    """`scores._tail` as it read before speed29: TRAIL_RE searched at every position."""
    m = scores.TRAIL_RE.search(text)
    while m is not None and not (m.group("v") or m.group("s")):
        if m.start() == 0:
            return None
        m = scores.TRAIL_RE.search(text, m.start() + 1) if m.end() > m.start() + 1 else None
    if m is None or not text[: m.start()].strip():
        return None
    return m


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict()


@pytest.mark.parametrize(
    "text",
    [
        "招聘前端工程师4名 0.8 完成",
        "上线新版结算页 —— 进行中",
        "门店复购率提升到38%",
        "门店复购率提升到38%。",
        "Ship the billing export 0.5",
        "Ship the billing export — On Track",
        "Cut refund time to 3 days (vendor slipped)",
        "Grow weekly active teams to 1,200",
        "Grow weekly active teams to 1,200.  ",
        "Hire two support leads, partial.",
        "Raise the survey score to 4.6 DONE",
        "物流破损率降到千分之三以下（供应商更换中）",
        "年底前完成仓库搬迁",
        "Close the audit findings ſ",
        "Migrate the tenants K",
        "季度营收 ١٢",
        "",
        "   ",
        "0.5",
    ],
)
def test_tail_reads_as_the_search_did(text: str) -> None:
    assert _same(scores._tail(text), _tail_by_search(text))


class _Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *a: object) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(*a)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "门店复购率提升到38%",
        "Reduce onboarding time for every new branch",
        "客服首次响应时间缩短至5分钟内。",
        "Publish the partner API guide by July",
        "Lower the churn of annual plans to 4%.",
    ],
)
def test_tail_skips_a_text_no_tail_can_close(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(scores.TRAIL_RE)
    monkeypatch.setattr(scores, "TRAIL_RE", counting)
    assert scores._tail(text) is None
    assert counting.searches == 0


@pytest.mark.parametrize(
    "text",
    ["招聘前端工程师4名 0.8 完成", "Ship the billing export — done", "上线新版结算页（延期）"],
)
def test_tail_still_searched_where_one_can_close(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = _Counting(scores.TRAIL_RE)
    monkeypatch.setattr(scores, "TRAIL_RE", counting)
    scores._tail(text)
    assert counting.searches >= 1


@pytest.mark.parametrize(
    "text",
    [
        "招聘前端工程师4名 得分：0.8",
        "上线新版结算页 状态：进行中",
        "Ship the billing export (score 0.6)",
        "Ship the billing export — status: at risk",
        "Raise the survey SCORE: 7",
        "门店复购率提升到38%",
        "Grow weekly active teams to 1,200 by Q3",
        "客服首次响应时间缩短至5分钟内 0.5 完成一半",
        "Close the audit ſcore: 0.4",
    ],
)
def test_read_answers_as_the_full_search(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = scores.read(text)
    monkeypatch.setattr(scores, "_LABELLED_LOOK", None)
    monkeypatch.setattr(scores, "_STATUS_LABEL_LOOK", None)
    assert scores.read(text) == fast


@pytest.mark.parametrize(
    "text",
    [
        "门店复购率提升到38%",
        "Grow weekly active teams to 1,200 by Q3",
        "客服首次响应时间缩短至5分钟内",
        "Cut refund time to 3 days",
        "新签约渠道商12家",
    ],
)
def test_read_skips_the_label_scans_without_a_label_word(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    labelled = _Counting(scores.LABELLED_RE)
    status = _Counting(scores.STATUS_LABEL_RE)
    monkeypatch.setattr(scores, "LABELLED_RE", labelled)
    monkeypatch.setattr(scores, "STATUS_LABEL_RE", status)
    scores.read(text)
    assert labelled.searches == 0 and status.searches == 0


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("kr_negative_heads", "en"),
        ("kr_outcome_nouns", "en"),
        ("measure_words", "en"),
        ("generic_words", "zh"),
        ("generic_words", "en"),
        ("universal_words", "zh"),
    ],
)
def test_word_set_is_the_list_built_once(name: str, lang: str) -> None:
    import rules
    from coach.wordlists import word_set, words

    rules.registry()  # the rules' own word lists
    assert word_set(name, lang) == frozenset(words(name, lang))
    assert word_set(name, lang) is word_set(name, lang)


@pytest.mark.parametrize(
    "folded",
    [
        "zero missed first-response slas by q3",
        "broken dashboard tiles down to 2",
        "sev-1 tickets reopened under 3 a month",
        "cut bread thrown away by 40%",
        "grow weekly active teams to 1,200",
    ],
)
def test_participle_terms_read_no_word_list_per_call(
    folded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rules._negative as negative

    expected = negative._participle_terms(folded)
    asked: list[str] = []
    real = negative.words

    def counting(name: str, lang: str) -> tuple[str, ...]:
        asked.append(name)
        return real(name, lang)

    monkeypatch.setattr(negative, "words", counting)
    assert negative._participle_terms(folded) == expected
    assert asked == []


def test_membership_in_a_word_list_asks_its_set() -> None:
    """`x in words(…)` walks the list's tuple, comparing every entry; `x in word_set(…)` is
    the same answer by one hash. Iterations (`for w in words(…)`, in the list's order) stay."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    found = []
    for path in [*root.joinpath("rules").rglob("*.py"), *root.joinpath("coach").rglob("*.py")]:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in re.finditer(r"\bin words\(", line):
                if not re.search(r"\bfor\s+[\w\s,()]+?\s+$", line[: m.start()]):
                    found.append(f"{path.relative_to(root)}:{n}")
    assert found == []
