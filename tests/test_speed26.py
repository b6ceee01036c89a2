"""Issue 13 (speed26): the review's remaining small models (Metric, Timeframe, OwnedBy,
ObjectiveScore, ScoreBreakdown, Review) and the library's example suggestions are built without
pydantic's re-validation of values our code computed (coach/types.make_*). Each builder must make
exactly what the validating constructor makes (the same JSON, equality, fields set, field order;
an int where a float is wanted made a float, as validation makes it), and fall back to that
constructor for anything else, so a bad value still raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pydantic
import pytest

from coach.review import review
from coach.types import (
    Deduction,
    Metric,
    ObjectiveScore,
    OwnedBy,
    Review,
    ScoreBreakdown,
    Span,
    Suggestion,
    Timeframe,
    make_deduction,
    make_example,
    make_metric,
    make_objective_score,
    make_owned_by,
    make_review,
    make_score_breakdown,
    make_span,
    make_timeframe,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def _same(built: pydantic.BaseModel, validated: pydantic.BaseModel) -> None:
    assert type(built) is type(validated)
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump() == validated.model_dump()
    assert built == validated
    assert list(built.__dict__) == list(validated.__dict__) == list(type(built).model_fields)
    # the same Python types field by field (57 and 57.0 are equal but print differently)
    assert [type(v) for v in built.__dict__.values()] == [
        type(v) for v in validated.__dict__.values()
    ]
    assert built.model_fields_set == validated.model_fields_set
    assert built.__pydantic_extra__ == validated.__pydantic_extra__
    assert built.__pydantic_private__ == validated.__pydantic_private__
    assert built.model_copy(update={}) == validated.model_copy(update={})
    assert type(built).model_validate_json(built.model_dump_json()) == validated


def _outcome(fn):
    try:
        r = fn()
        return "ok", r.model_dump_json(), [type(v) for v in r.__dict__.values()]
    except pydantic.ValidationError as e:
        return "error", e.error_count()


# -- Metric ------------------------------------------------------------------------------------

METRICS = [
    (45.0, "%", 30.0, "increase", False, "from 30% to 45%", Span(start=3, end=18)),
    (45, "%", 30, "increase", False, "从30%提升到45%", Span(start=0, end=9)),  # ints → floats
    (2, "倍", None, "increase", True, "增长一倍", None),
    (None, None, None, None, False, "", None),
    (0.5, "x", -3, "reach", False, "0.5x", Span(start=1, end=5)),
    (2**53, None, -(2**53), "maintain", False, "big", None),
]


@pytest.mark.parametrize("args", METRICS)
def test_metric_as_validated(args) -> None:
    v, u, b, d, rel, t, sp = args
    built = make_metric(*args)
    _same(built, Metric(value=v, unit=u, baseline=b, direction=d, relative=rel, text=t, span=sp))
    assert built.value is None or type(built.value) is float


@pytest.mark.parametrize(
    "args",
    [
        (True, "%", None, None, False, "t", None),  # a bool value
        ("45", "%", None, None, False, "t", None),  # a str
        (2**60 + 1, None, None, None, False, "t", None),  # past a double's exact ints
        (1.0, "%", None, "grow", False, "t", None),  # unknown direction
        (1.0, "%", None, None, 1, "t", None),  # relative not a bool
        (1.0, "%", None, None, False, "t", {"start": 0, "end": 1}),  # a dict span
        (1.0, 3, None, None, False, "t", None),  # unit not a str
    ],
)
def test_metric_falls_back_to_validation(args) -> None:
    v, u, b, d, rel, t, sp = args
    assert _outcome(lambda: make_metric(*args)) == _outcome(
        lambda: Metric(value=v, unit=u, baseline=b, direction=d, relative=rel, text=t, span=sp)
    )


def test_metric_from_a_review_prints_floats() -> None:
    """A metric read from integer figures prints as validation prints it ("45.0")."""
    r = review("O1: 提升复购\n- KR1: 复购率从30%提升到45%")
    m = r.objectives[0].key_results[0].metric
    assert m is not None and type(m.value) is float and type(m.baseline) is float
    assert '"value":45.0' in m.model_dump_json()


# -- Timeframe ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("本季度", "quarter", Span(start=2, end=5), "2026-10-01", "2026-12-31"),
        ("by September 1", "date", make_span(10, 24), None, "2027-09-01"),
        ("Q3", "quarter", None, None, None),
    ],
)
def test_timeframe_as_validated(args) -> None:
    t, k, sp, s, e = args
    _same(make_timeframe(*args), Timeframe(text=t, kind=k, span=sp, start=s, end=e))


def test_undated_timeframe_sets_three_fields() -> None:
    built = make_timeframe("FY27 H1", "half", make_span(0, 7), dated=False)
    _same(built, Timeframe(text="FY27 H1", kind="half", span=Span(start=0, end=7)))
    assert built.model_fields_set == {"text", "kind", "span"}


@pytest.mark.parametrize(
    "args",
    [
        ("Q3", "season", None, None, None),
        ("Q3", "quarter", None, 20260101, None),
        (None, "quarter", None, None, None),
    ],
)
def test_timeframe_falls_back_to_validation(args) -> None:
    t, k, sp, s, e = args
    assert _outcome(lambda: make_timeframe(*args)) == _outcome(
        lambda: Timeframe(text=t, kind=k, span=sp, start=s, end=e)
    )


# -- OwnedBy -----------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [("王芳", "item"), (None, "set"), ("AE team", "heading")])
def test_owned_by_as_validated(args) -> None:
    _same(make_owned_by(*args), OwnedBy(name=args[0], source=args[1]))


@pytest.mark.parametrize("args", [("王芳", "team"), (3, "item"), ("x", None)])
def test_owned_by_falls_back_to_validation(args) -> None:
    assert _outcome(lambda: make_owned_by(*args)) == _outcome(
        lambda: OwnedBy(name=args[0], source=args[1])
    )


# -- ObjectiveScore and ScoreBreakdown ---------------------------------------------------------

SCORES = [
    ("o1", 63, "fair", 88, 2, 86, 57),  # an int counted: validation prints 57.0
    ("o2", 100, "good", 0, 0, 0, 0.0),
    ("o3", 0, "poor", 140, 40, 100, 66.7),
]


def _score_kwargs(args) -> dict:
    keys = ("id", "score", "band", "deducted", "own", "key_results", "counted")
    return dict(zip(keys, args, strict=True))


@pytest.mark.parametrize("args", SCORES)
def test_objective_score_as_validated(args) -> None:
    built = make_objective_score(*args)
    _same(built, ObjectiveScore(**_score_kwargs(args)))
    assert type(built.counted) is float and "why" not in built.model_fields_set
    built.why = "O1: …"  # written afterwards, as coach/scoring.py does
    assert "why" in built.model_fields_set


@pytest.mark.parametrize(
    "args",
    [
        ("o1", 101, "fair", 0, 0, 0, 0),  # score > 100
        ("o1", 50, "great", 0, 0, 0, 0),
        ("o1", 50, "fair", -1, 0, 0, 0),
        ("o1", 50, "fair", 0, 0, 0, -0.5),  # counted < 0
        ("o1", 50, "fair", 0, 0, 0, None),
        ("o1", 50.0, "fair", 0, 0, 0, 0),
    ],
)
def test_objective_score_falls_back_to_validation(args) -> None:
    assert _outcome(lambda: make_objective_score(*args)) == _outcome(
        lambda: ObjectiveScore(**_score_kwargs(args))
    )


def _breakdown_args(**over):
    kw = dict(
        deductions=[make_deduction("o1", "kr-no-deadline", "warning", False, 12, 1)],
        objectives=[make_objective_score(*SCORES[0])],
        objectives_mean=63.0,
        set_deduction=0,
        score=63,
        band="fair",
    )
    kw.update(over)
    return kw


@pytest.mark.parametrize(
    "over", [{}, {"objectives_mean": 63}, {"deductions": [], "objectives": [], "score": 100}]
)
def test_score_breakdown_as_validated(over) -> None:
    kw = _breakdown_args(**over)
    built = make_score_breakdown(**kw)
    _same(built, ScoreBreakdown(**kw))
    assert built.deductions is not kw["deductions"] and built.objectives is not kw["objectives"]


@pytest.mark.parametrize(
    "over",
    [
        {"band": "ok"},
        {"set_deduction": -2},
        {"objectives_mean": "63"},
        {"deductions": [{"target": "o1"}]},
        {
            "objectives": [
                Deduction(target="o1", rule_id="r", severity="info", core=False, points=0)
            ]
        },
    ],
)
def test_score_breakdown_falls_back_to_validation(over) -> None:
    kw = _breakdown_args(**over)
    assert _outcome(lambda: make_score_breakdown(**kw)) == _outcome(lambda: ScoreBreakdown(**kw))


# -- example suggestions -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["把新客次月留存从[基线]提升到[目标值]", "Cut churn to 2%", ""])
def test_example_as_validated(text: str) -> None:
    built = make_example(text)
    _same(built, Suggestion(text=text, kind="example"))
    assert built.model_fields_set == {"text", "kind"}
    assert built.edits is not make_example(text).edits  # a fresh list each, as the default makes


def test_example_falls_back_to_validation() -> None:
    assert _outcome(lambda: make_example(None)) == _outcome(  # type: ignore[arg-type]
        lambda: Suggestion(text=None, kind="example")  # type: ignore[arg-type]
    )


# -- Review ------------------------------------------------------------------------------------


def _review_kwargs(r: Review) -> dict:
    return {k: getattr(r, k) for k in Review.model_fields}


def test_review_as_validated() -> None:
    from drafts import FlawedDrafts

    for d in FlawedDrafts("zh", 3).take(2) + FlawedDrafts("en", 3).take(2):
        r = review(d)
        kw = _review_kwargs(r)
        _same(make_review(**kw), Review(**kw))
        assert make_review(**kw).findings is not r.findings


@pytest.mark.parametrize(
    "over",
    [
        {"language": "fr"},
        {"score": 101},
        {"band": "best"},
        {"ui_language": "de"},
        {"findings": [{"rule_id": "x"}]},
        {"errors": [{"rule_id": "x", "target": "o1", "message": "m"}]},
    ],
)
def test_review_falls_back_to_validation(over) -> None:
    kw = _review_kwargs(review("O1: Grow revenue\n- KR1: Reach $2M ARR by Q4"))
    kw.update(over)
    assert _outcome(lambda: make_review(**kw)) == _outcome(lambda: Review(**kw))


def test_review_builds_these_without_validation(monkeypatch) -> None:
    """Before: a review's Metric, Timeframe, OwnedBy, ObjectiveScore, ScoreBreakdown, the Review
    itself and the library's example suggestions went through pydantic's validator; now none
    does (KeyResult and Objective still do: skipping them gained nothing measurable)."""
    from drafts import FlawedDrafts

    seen: list[tuple[str, str | None]] = []
    orig = pydantic.BaseModel.__init__

    def init(self, **kw):
        seen.append((type(self).__name__, kw.get("kind")))
        orig(self, **kw)

    drafts = FlawedDrafts("zh", 13).take(4) + FlawedDrafts("en", 13).take(4)
    drafts += ["O1: 提升复购\n- KR1: 本季度复购率从30%提升到45%（负责人：王芳）"]
    monkeypatch.setattr(pydantic.BaseModel, "__init__", init)
    reviews = [review(d) for d in drafts]
    monkeypatch.undo()
    assert any(kr.metric for r in reviews for o in r.objectives for kr in o.key_results)
    assert any(kr.deadline for r in reviews for o in r.objectives for kr in o.key_results)
    assert any(kr.owned_by for r in reviews for o in r.objectives for kr in o.key_results)
    assert any(s.kind == "example" for r in reviews for f in r.findings for s in f.suggestions)
    names = {n for n, _ in seen}
    trusted = {"Metric", "Timeframe", "OwnedBy", "ObjectiveScore", "ScoreBreakdown", "Review"}
    assert trusted.isdisjoint(names), sorted(names & trusted)
    assert ("Suggestion", "example") not in seen
    assert "KeyResult" in names  # still validated


# -- the parser's bare-label question, answered once per line ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Key Results:",
        "关键结果：",
        "**Objective 2**",
        "二、关键结果",
        "KR3: Reduce average first response time from 9h to 2h by end of Q3 (owner: Dana)",
        "- KR2：新增付费会员从1200人提升到3000人（负责人：王芳）",
        "How we'll measure success:",
        "",
    ],
)
def test_bare_label_is_the_pattern(line: str) -> None:
    """The cached question answers as the pattern does (the same match, or None)."""
    import importlib

    parse = importlib.import_module("coach.parse")
    got, want = parse._bare_label(line), parse.BARE_LABEL_RE.match(line)
    assert (got is None) == (want is None)
    if want is not None:
        assert got.span() == want.span() and got.groupdict() == want.groupdict()
    assert parse._bare_label(line) is got  # the second ask is the first answer


def test_parse_asks_each_line_once() -> None:
    """Before: the parse matched BARE_LABEL_RE against the same line from several places (about
    15 matches of 5 lines a draft); now each distinct line is matched once."""
    import importlib

    parse = importlib.import_module("coach.parse")
    draft = (
        "Q3 OKRs\n\nObjective 1: Make onboarding painless for new teams\n"
        "- KR1: Cut time to first project from 9 days to 2 days\n"
        "- KR2: Raise week-4 retention of new teams from 41% to 60%\n"
        "Key Results:\n- KR3: 90% of new admins finish setup without a ticket\n"
    )
    parse._bare_label.cache_clear()
    parse.parse_text(draft)
    info = parse._bare_label.cache_info()
    assert info.misses >= 3 and info.hits >= 1


# -- patterns the parser no longer tries where they cannot match -------------------------------


def _parse_module():
    import importlib

    return importlib.import_module("coach.parse")


class _Counting:
    """A compiled pattern that records the strings it is tried on."""

    def __init__(self, pattern) -> None:
        self.pattern, self.seen = pattern, []

    def search(self, text, *a):
        self.seen.append(text)
        return self.pattern.search(text, *a)

    def fullmatch(self, text, *a):
        self.seen.append(text)
        return self.pattern.fullmatch(text, *a)


_ALPHABET = [
    "a",
    "权重",
    "weight",
    " ",
    "40",
    "%",
    "％",
    "(",
    ")",
    "（",
    "）",
    "[",
    "]",
    "【",
    "】",
]
_ALPHABET += ["\n", "：", "目标", "“", "”", "「", "」", "，", "五育", ":", "x", "1"]


def _strings(n: int = 4000) -> list[str]:
    import random

    rng = random.Random(26)
    out = [
        "完成 3 个语言版本开发（40%）",
        "完成 3 个语言版本开发（40%）\n",
        "提升转化率（权重：30%）",
        "Grow ARR (weight 40%)\n",
        "Grow ARR 权重 30%",
        "将“五育并举”作为核心目标，具体分解为：",
        "在制定「十四五」发展规划时的目标：",
        ")\n\n",
        "",
        "\n",
    ]
    out += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(n)]
    return out


def test_weight_patterns_need_their_end_character() -> None:
    """Where `_end_char` rules a weight pattern out, the pattern finds nothing (exactness)."""
    parse = _parse_module()
    for s in _strings():
        end = parse._end_char(s)
        if end not in parse._WEIGHT_NOTE_ENDS:
            assert parse._WEIGHT_NOTE_RE.search(s) is None, s
        if end not in parse._BARE_WEIGHT_ENDS:
            assert parse._BARE_WEIGHT_RE.search(s) is None, s
    assert parse._WEIGHT_NOTE_RE.search("提升转化率（权重：30%）") is not None  # guards
    assert parse._BARE_WEIGHT_RE.search("完成 3 个语言版本开发（40%）\n") is not None


def test_quoted_goal_pattern_needs_an_opening_quote() -> None:
    parse = _parse_module()
    for s in _strings():
        if "“" not in s and "「" not in s:
            assert parse._QUOTED_GOAL_LINE_RE.fullmatch(s) is None, s
    assert parse._QUOTED_GOAL_LINE_RE.fullmatch("将“五育并举”作为核心目标，具体分解为：")


def test_parse_skips_patterns_that_cannot_match(monkeypatch) -> None:
    """Before: every item's last part was searched for a weight note, position by position,
    and every line for a quoted goal; now only where the text ends, or holds, what a match
    needs. The weights and the guide's quoted goal are still read."""
    parse = _parse_module()
    note = _Counting(parse._WEIGHT_NOTE_RE)
    bare = _Counting(parse._BARE_WEIGHT_RE)
    quoted = _Counting(parse._QUOTED_GOAL_LINE_RE)
    monkeypatch.setattr(parse, "_WEIGHT_NOTE_RE", note)
    monkeypatch.setattr(parse, "_BARE_WEIGHT_RE", bare)
    monkeypatch.setattr(parse, "_QUOTED_GOAL_LINE_RE", quoted)
    parse._bare_label.cache_clear()
    parse.match_label.cache_clear()
    d = parse.parse_text(
        "O1：提升新客留存\n"
        "- KR1：次月留存率从 30% 提升到 45% 以上\n"
        "- KR2：完成 3 个语言版本开发，转化率到 8%（40%）\n"
        "- KR3：客服首次响应时间降到 2 小时（权重：20%）\n"
    )
    krs = d.objectives[0].key_results
    assert [kr.cells["weight"].text for kr in krs[1:]] == ["40%", "20%"]
    assert all(s.rstrip("\n")[-1:] in "）)%％]】" for s in note.seen), note.seen
    assert all(s.rstrip("\n")[-1:] in "）)" for s in bare.seen), bare.seen
    assert len(note.seen) == 2 and not any("“" not in s and "「" not in s for s in quoted.seen)


# -- _contacts_everyone: the time-limit search after the rare words ----------------------------

_CONTACT_WORDINGS = {
    "en": [
        "Call every customer twice this quarter",
        "Call every customer twice, each call within 2 days of signup",
        "Visit each franchise owner 3 times before June",
        "Reply to every review within 24 hours",
        "Launch the spring catalogue in 4 markets",
        "Grow weekly active teams from 800 to 1,400",
    ],
    "zh": [
        "每家门店走访两次",
        "每位新客户在3天内回访两次",
        "与每位学生家长完成一次家访",
        "上线新版会员小程序",
        "客服首次响应时间缩短到2小时以内",
    ],
}


def _contact_items(lang: str) -> list:
    head = "O: Keep our customers close\n" if lang == "en" else "目标：和客户走得更近\n"
    sep = ": " if lang == "en" else "："
    body = head + "\n".join(f"KR{n}{sep}{t}" for n, t in enumerate(_CONTACT_WORDINGS[lang], 1))
    return [it for it in review_parse(body).items() if it.kind == "kr"]


def review_parse(text: str):
    from coach.review import parse

    return parse(text)


def _round25_contacts_everyone(item, lead: int, end: int) -> bool:
    """rules/_result_shape._contacts_everyone as it was at c4a4595c."""
    import rules._kr_common as kc
    import rules._result_shape as rs

    text = item.folded
    if rs._EACH_WITHIN.search(text, lead, end):
        return False
    if item.language == "en":
        verb = item.facts.shape.verb
        if not (
            verb is not None
            and verb.cls == "contact"
            and rs._EN_EVERY_ONE.match(text, verb.end) is not None
            and rs._EN_TIMES.search(text, verb.end, end) is not None
        ):
            return False
    elif not (
        any(lead <= t[0] < end for t in kc.terms(item, "kr_contact_verbs"))
        and rs._ZH_EVERY_ONE.search(text, lead, end) is not None
        and rs._ZH_TIMES.search(text, lead, end) is not None
    ):
        return False
    return not item.facts.kpis


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_contacts_everyone_as_in_round_25(lang: str) -> None:
    import rules._result_shape as rs

    answers = []
    for item in _contact_items(lang):
        s, e = item.core_span
        for lead, end in [(s, e), (0, len(item.folded)), *item.facts.clauses]:
            got = rs._contacts_everyone(item, lead, end)
            assert got == _round25_contacts_everyone(item, lead, end), (item.text, lead, end)
            answers.append(got)
    assert True in answers and False in answers


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_time_limit_searched_only_after_a_contact_of_everyone(lang: str, monkeypatch) -> None:
    """Before: the time-limit pattern was searched over every key result's wording first; now
    only where a contact verb, "every" and a count of times are there."""
    import rules._result_shape as rs

    counting = _Counting(rs._EACH_WITHIN)
    monkeypatch.setattr(rs, "_EACH_WITHIN", counting)
    items = _contact_items(lang)
    for item in items:
        rs._contacts_everyone(item, *item.core_span)
    contact = {
        "en": ("call every", "visit each"),
        "zh": ("每家门店走访", "每位新客户", "与每位学生家长"),
    }[lang]
    assert counting.seen and all(s.startswith(contact) for s in counting.seen), counting.seen
    assert len(counting.seen) < len(items)


# -- find_owner: the trailing-dash pattern searched once, and only with a dash or a bar ---------


def test_trailing_dash_pattern_needs_a_dash_or_bar() -> None:
    from coach.facts import owner

    for s in [*_strings(), "Grow ARR — Priya (HR)", "Cut churn to 2% - Lt. Garcia"]:
        if not any(c in s for c in "-–—|｜"):
            assert owner._TRAILING_DASH_RE.search(s) is None, s
    assert owner._TRAILING_DASH_RE.search("Grow ARR — Priya (HR)") is not None


@pytest.mark.parametrize(
    "text,searched",
    [
        ("Cut onboarding time to 3 days — Dr Patel", 1),
        ("Raise NPS from 31 to 45 — Priya (HR)", 1),
        ("Raise NPS from 31 to 45 (owner: Priya)", 0),
        ("把复购率从20%提升到35%", 0),
    ],
)
def test_find_owner_searches_the_dash_once(text: str, searched: int, monkeypatch) -> None:
    from coach.facts import owner

    before = owner.find_owner(text)
    counting = _Counting(owner._TRAILING_DASH_RE)
    monkeypatch.setattr(owner, "_TRAILING_DASH_RE", counting)
    assert owner.find_owner(text) == before
    assert len(counting.seen) <= searched
