"""Speed changes of the twenty-second round (issue 13; speed22): each gives the same answers as
the code it replaced, checked here against that code's way of working them out."""

from __future__ import annotations

import random

import numpy as np

from coach import sketch
from coach.text import fold

# Written for this test: blanks of several kinds, one-letter words, digits, mixed scripts.
WORDINGS = [
    "",
    "   ",
    "a",
    "a b",
    "ab c",
    "a bc d",
    "Ship the v2 onboarding flow to 3 pilot clinics by week 6",
    "Cut  the\tmedian pick time\u3000from 9 min to 5 min",
    "把 仓库 拣货 时长 从9分钟 降到 5分钟",
    "夜班客服首次响应时间降到2分钟以内",
    "Raise NPS from 31 to 45 (owner: Ana)",
    "x y z x y z",
]


def _whole(text: str) -> tuple[np.ndarray, np.ndarray]:
    """`sketch.features` as it was: every n-gram cut from the whole padded text."""
    return sketch._features_of(" " + " ".join(fold(text).split()) + " ")


def _same(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> bool:
    return a[0].tolist() == b[0].tolist() and a[1].tobytes() == b[1].tobytes()


def test_features_by_word_are_the_features_of_the_whole_text() -> None:
    for t in WORDINGS:
        assert _same(sketch.features(t), _whole(t)), t
        assert _same(sketch.features(t), _whole(t)), t  # the second time from remembered words


def test_features_by_word_on_random_wordings() -> None:
    rng = random.Random(22)
    alphabet = "ab c1 2中文 \u3000,.%-\t\nAé"
    for _ in range(3000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _same(sketch.features(t), _whole(t)), repr(t)


def test_a_long_word_is_not_remembered() -> None:
    long_word = "供应链" * 10
    sketch._pieces.pop(long_word, None)
    assert _same(sketch.features(f"{long_word} 提升"), _whole(f"{long_word} 提升"))
    assert long_word not in sketch._pieces and "提升" in sketch._pieces


class _Echo(dict):  # type: ignore[type-arg]
    """A vocabulary that knows every n-gram: its column is the n-gram itself."""

    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        return key


def _whole_grams(text: str) -> list[str]:
    """The character n-grams as the classifier cut them before: the whole marked text, all
    1-grams, then all 2-grams, then all 3-grams."""
    from coach.classifier import _fold, _norm_digits

    s = "^" + " ".join(_norm_digits(_fold(text)).split()) + "$"
    return [s[i : i + n] for n in (1, 2, 3) for i in range(len(s) - n + 1)]


def test_char_columns_by_word_are_the_whole_texts_ngrams() -> None:
    from coach.classifier import Model, _fold, _norm_digits

    model = Model.__new__(Model)
    model._char_column = _Echo()  # type: ignore[assignment]
    model._pieces = {}
    rng = random.Random(23)
    alphabet = "ab c1 2中文 \u3000,.%-\t\nAé^$"
    texts = [*WORDINGS, "^a b$", "a$ b", "Cut 1,200 tickets to 800 by Q3 2027"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    for t in texts:
        ws = _norm_digits(_fold(t)).split()
        s = "^" + " ".join(ws) + "$"
        for _ in range(2):  # the second time from remembered words
            assert list(model._char_columns(s, ws)) == _whole_grams(t), repr(t)


def test_classifier_features_unchanged_on_wordings() -> None:
    from coach import classifier

    model = classifier.load()
    for t in WORDINGS:
        for lang in ("en", "zh"):
            a = model.features(t, lang)
            model._pieces.clear()
            b = model.features(t, lang)
            assert a[0].tolist() == b[0].tolist() and a[1].tobytes() == b[1].tobytes()


def test_starting_at_and_ending_at_keep_every_term_a_whole_loop_finds() -> None:
    import rules  # noqa: F401  (its word lists)
    from coach.wordlists import ending_at, starting_at, words

    rng = random.Random(24)
    lists = [words("objective_kpi_verbs", "zh"), words("objective_comparatives", "zh")]
    lists.append(("提升", "提", "升", "a", "ab", "b"))
    alphabet = "提升高降低更快ab "
    for terms in lists:
        for _ in range(2000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
            at, start, end = (rng.randint(-2, len(text) + 1) for _ in range(3))
            starts = [t for t in terms if text.startswith(t, at)]
            assert [t for t in starting_at(terms, text, at) if text.startswith(t, at)] == starts
            ends = [t for t in terms if text.endswith(t, start, end)]
            got = [t for t in ending_at(terms, text, start, end) if text.endswith(t, start, end)]
            assert got == ends, (text, start, end)


def test_starting_at_and_ending_at_narrow_the_list() -> None:
    from coach.wordlists import ending_at, starting_at

    terms = ("提升", "提高", "降低", "升高", "")
    assert starting_at(terms, "提升满意度", 0) == terms  # an empty term: every term is tried
    terms = terms[:-1]
    assert starting_at(terms, "提升满意度", 0) == ("提升", "提高")
    assert ending_at(terms, "满意度提高", 0, 5) == ("提高", "升高")
    assert ending_at(terms, "满意度提高", 3, 3) == ()


# Written for this test: English and Chinese wordings with and without a time in them.
_TIMED = [
    "Ship the referral flow before the board meeting in March",
    "Close 12 partner deals by week 6",
    "Hire 3 SREs during Q3 and onboard them for January",
    "Cut churn from 4% to 3% by the end of H1 2027",
    "Keep uptime at 99.9% through the holiday season",
    "Raise NPS to 45 before we raise the seed round",
    "Launch the pilot in the next 30 days",
    "30天内把退款处理时长降到24小时",
    "上半年完成新仓库的选址",
    "2027-W14 前上线新版结算页",
    "Make onboarding feel effortless",
    "Grow weekly active teams from 800 to 1,200",
]


def test_looks_by_clauses_pass_every_pattern_that_matches() -> None:
    import coach.facts.timeframes as tf
    from coach.facts.needs import Looks, fold_case, needed

    rng = random.Random(25)
    words_ = ["by", "before", "week", "wk", "w", "6", "12", "in", "next", "days", "board"]
    words_ += ["meeting", "q3", "h1", "of", "2027", "天", "内", "上半年", "the"]
    texts = _TIMED + [
        " ".join(rng.choice(words_) for _ in range(rng.randint(1, 7))) for _ in range(2000)
    ]
    for lang, order in tf._SCAN_ORDER.items():
        plain = Looks([needed(p) for _k, p in order])
        for t in texts:
            folded = fold_case(tf.arabic_years(t))
            kept = tf._LOOKS[lang].passing(folded)
            assert kept <= plain.passing(folded)
            for i in plain.passing(folded) - kept:  # left out: it cannot match
                assert order[i][1].search(tf.arabic_years(t)) is None, (lang, i, t)


def test_needed_all_clauses() -> None:
    import re

    from coach.facts.needs import Looks, needed, needed_all

    p = re.compile(r"(?:by|before) (?:the )?(?:board meeting|offsite)|next \d+ days")
    clauses = needed_all(p)
    assert clauses is not None and len(clauses) == 2  # one clause per branch
    assert frozenset({"board meeting", "offsite"}) in clauses[0]
    assert needed_all(re.compile(r"a|\d")) is None  # a branch that names no string
    looks = Looks([needed(p)], [clauses])
    # its one look finds "offsite"; no "by" or "before" is there, and no "next … days"
    assert Looks([needed(p)]).passing("print the offsite deck") == {0}
    assert looks.passing("print the offsite deck") == set()
    assert looks.passing("ship before the offsite") == {0}
    assert looks.passing("in the next 30 days") == {0}
    assert looks.passing("the next offsite") == set()


def test_progress_in_words_searched_behind_its_look() -> None:
    """ "— 40% done" and "（已完成60%）" (grades.PROGRESS_RES[3], [4]) are searched only where their
    word is: the same tails found, and none looked for in a text without the word."""
    from coach.facts import grades
    from coach.facts.needs import fold_case

    done, done_zh = grades.PROGRESS_RES[3], grades.PROGRESS_RES[4]
    assert grades.LOOKS.get(id(done)) is not None and grades.LOOKS.get(id(done_zh)) is not None
    texts = [
        "Migrate the billing jobs to the new queue — 40% done",
        "Retire the old CRM (65% complete)",
        "Move every store onto the new till software",
        "把旧仓库的库存迁到新系统（已完成60%）",
        "新仓库选址（完成度 30%）",
        "把新仓库的库存盘点做到100%准确",
    ]
    for text in texts:
        for pattern in (done, done_zh):
            found = grades.search_tail(pattern, text, fold_case(text))
            assert (found and found.span()) == ((m := pattern.search(text)) and m.span()), text
    assert grades.search_tail(done, texts[0], fold_case(texts[0])) is not None
    assert grades.search_tail(done_zh, texts[3], fold_case(texts[3])) is not None
