"""The review's public types: what `coach.review()` returns, the CLI prints and the API serves.

Offsets are Unicode code points into the reviewed input, end exclusive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["zh", "en"]
Severity = Literal["error", "warning", "info"]
Status = Literal["pass", "fail", "unknown"]
Level = Literal["company", "team", "personal"]
# How to read a score (coach/scoring.py): never "good" with an error or a core failure present.
Band = Literal["good", "fair", "poor"]

SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def json_bytes(model: BaseModel) -> bytes:
    """`model.model_dump_json()` as the UTF-8 bytes that string is decoded from: for a
    response body, which would encode the string again."""
    return model.__pydantic_serializer__.to_json(model)


class Span(_Model):
    start: int = Field(ge=0, description="First code point of the span.")
    end: int = Field(ge=0, description="One past the last code point of the span.")


class Metric(_Model):
    """The measurable part of a key result, as far as the text gives it."""

    value: float | None = Field(None, description="The target number (45 in 'from 30 to 45').")
    unit: str | None = Field(None, description="'%', '天', 'hours', 'x' (times), a currency …")
    baseline: float | None = Field(None, description="The starting value, when given.")
    direction: Literal["increase", "decrease", "reach", "maintain"] | None = None
    relative: bool = Field(
        False, description="True for a change by an amount ('增加20%'), False for a level."
    )
    text: str = Field("", description="The words the metric was read from.")
    span: Span | None = None


_M = TypeVar("_M", bound=BaseModel)
_new = object.__new__
_slot = object.__setattr__


def _built(cls: type[_M], values: dict[str, Any], given: set[str] | None = None) -> _M:
    """An instance of `cls` holding `values` as they are, without pydantic's validation: what
    `cls(**{k: values[k] for k in given})` makes when `values` name every field, in the class's
    order (a field not `given` holding its default), each a value its validator keeps unchanged
    (issue 13: a review builds ~70 of these, and validating values our own code has just
    computed was ~3% of a review's instructions). Only for the builders below, which check that
    first and otherwise call the validating constructor. `given`: the fields passed (all of
    them when None), what `model_fields_set` reports."""
    m = _new(cls)
    _slot(m, "__dict__", values)
    _slot(m, "__pydantic_fields_set__", set(values) if given is None else given)
    _slot(m, "__pydantic_extra__", None)
    _slot(m, "__pydantic_private__", None)
    return m


def make_span(start: int, end: int) -> Span:
    """`Span(start=start, end=end)`, unvalidated when both are ints ≥ 0 (validation keeps
    those as they are); validated otherwise, so a bad offset still raises."""
    if type(start) is int and type(end) is int and start >= 0 and end >= 0:
        return _built(Span, {"start": start, "end": end})
    return Span(start=start, end=end)


def _literal_values(model: type[BaseModel], field: str) -> tuple[Any, ...]:
    """The values a field's Literal accepts (its `| None` left out), read off the model."""
    ann = model.model_fields[field].annotation
    if get_origin(ann) is not Literal:
        ann = next(a for a in get_args(ann) if get_origin(a) is Literal)
    return get_args(ann)


# Ints that a float field's validation turns into exactly float(n) (every int is exact in a
# double up to 2**53); a larger one goes through validation.
_EXACT_INT = 2**53


def _as_float(v: object) -> object:
    """`v` as a `float | None` field's validation keeps it: an int as float(v), a float or None
    as it is; anything else (bool, str, a huge int) as `_INVALID`, for validation to judge."""
    t = type(v)
    if t is float or v is None:
        return v
    if t is int and -_EXACT_INT <= v <= _EXACT_INT:  # type: ignore[operator]
        return float(v)  # type: ignore[arg-type]
    return _INVALID


_INVALID = object()


def make_metric(
    value: float | None,
    unit: str | None,
    baseline: float | None,
    direction: str | None,
    relative: bool,
    text: str,
    span: Span | None,
) -> Metric:
    """`Metric(…)` with every field given, unvalidated when each value is one its validator
    keeps (an int value or baseline made a float, as validation makes it)."""
    fvalue, fbaseline = _as_float(value), _as_float(baseline)
    if (
        fvalue is not _INVALID
        and fbaseline is not _INVALID
        and (unit is None or type(unit) is str)
        and (direction is None or (type(direction) is str and direction in _DIRECTIONS))
        and type(relative) is bool
        and type(text) is str
        and (span is None or type(span) is Span)
    ):
        values = {
            "value": fvalue,
            "unit": unit,
            "baseline": fbaseline,
            "direction": direction,
            "relative": relative,
            "text": text,
            "span": span,
        }
        return _built(Metric, values)
    return Metric(
        value=value,
        unit=unit,
        baseline=baseline,
        direction=direction,  # type: ignore[arg-type]
        relative=relative,
        text=text,
        span=span,
    )


_DIRECTIONS = _literal_values(Metric, "direction")


class Timeframe(_Model):
    text: str = Field(description="The words as written ('本季度', 'by September 1', 'Q3').")
    kind: Literal["quarter", "half", "year", "month", "week", "date", "relative", "cycle"]
    span: Span | None = None
    start: str | None = Field(None, description="ISO date, when it can be worked out.")
    end: str | None = Field(None, description="ISO date, when it can be worked out.")


_KINDS = _literal_values(Timeframe, "kind")
_TIMEFRAME_FIELDS = frozenset(Timeframe.model_fields)


def make_timeframe(
    text: str,
    kind: str,
    span: Span | None,
    start: str | None = None,
    end: str | None = None,
    dated: bool = True,
) -> Timeframe:
    """`Timeframe(text=…, kind=…, span=…, start=…, end=…)`, or without `start` and `end` when
    not `dated` (they stay None and are not among the fields set), unvalidated when each value
    is one its validator keeps unchanged."""
    if (
        type(text) is str
        and type(kind) is str
        and kind in _KINDS
        and (span is None or type(span) is Span)
        and (start is None or type(start) is str)
        and (end is None or type(end) is str)
        and (dated or (start is None and end is None))
    ):
        values = {"text": text, "kind": kind, "span": span, "start": start, "end": end}
        given = set(_TIMEFRAME_FIELDS) if dated else {"text", "kind", "span"}
        return _built(Timeframe, values, given)
    if not dated:
        return Timeframe(text=text, kind=kind, span=span)  # type: ignore[arg-type]
    return Timeframe(text=text, kind=kind, span=span, start=start, end=end)  # type: ignore[arg-type]


def _left_out_when_none(description: str):
    """An optional field that the JSON leaves out when it is None."""
    return Field(None, description=description, exclude_if=lambda v: v is None)


class Check(_Model):
    # Immutable: a review shares one Check per (principle, status, rule) (coach/review.py).
    model_config = ConfigDict(extra="forbid", frozen=True)

    principle: str
    status: Status
    rule_id: str
    reason: str | None = _left_out_when_none(
        "Why the status is 'unknown' when the rule did not run: a rule that is off by default "
        "(kr-misaligned) is listed as not checked, with how to turn it on. Left out of the JSON "
        "when there is none."
    )
    off_by_default: bool | None = _left_out_when_none(
        "True when the rule did not run because it is off by default (not because of this "
        "item): the same principle is not checked on every item, so a checklist can say so once "
        "rather than on each item (decision 1370). Left out of the JSON otherwise."
    )
    said_on: str | None = _left_out_when_none(
        "When the principle fails here but the finding that says so is given once on another "
        "item (a key result without a deadline under an objective whose finding names the "
        "missing cycle for all of them): that item's id, so a checklist can point to it "
        "(decision 1726). Left out of the JSON otherwise."
    )


class Edit(_Model):
    start: int
    end: int
    replacement: str


def make_edit(start: int, end: int, replacement: str) -> Edit:
    """`Edit(start=…, end=…, replacement=…)`, unvalidated when given two ints and a str."""
    if type(start) is int and type(end) is int and type(replacement) is str:
        return _built(Edit, {"start": start, "end": end, "replacement": replacement})
    return Edit(start=start, end=end, replacement=replacement)


class Suggestion(_Model):
    text: str = Field(description="The rewritten item.")
    edits: list[Edit] = Field(default_factory=list)
    placeholders: list[str] = Field(
        default_factory=list, description="Parts a person must fill in, such as [N] or [owner]."
    )
    applicability: Literal["safe", "unsafe", "display-only"] = "display-only"
    kind: Literal["rewrite", "example"] = Field(
        "rewrite",
        description="'rewrite': this item rewritten; 'example': a well-written item of the same "
        "kind from the shipped library, similar in meaning, to learn from (no edits).",
    )
    note: str | None = Field(
        None,
        description="A coach's word on the rewrite, in the item's language: the question to "
        "answer before filling it in (“Which result should this work move?”) or what it "
        "changed.",
    )
    asks: bool = Field(
        False,
        description="The rewrite is a question for the person to answer (which number the work "
        "should move), offered where the draft does not say enough to write the key result; it "
        "does not fix the finding by itself. A question has no `edits`: it is read, not applied.",
    )


# The values the builders accept unvalidated: the fields' own Literals, read off the models.
_APPLICABILITY = get_args(Suggestion.model_fields["applicability"].annotation)


def make_suggestion(
    text: str,
    edits: list[Edit],
    placeholders: list[str],
    applicability: str,
    note: str | None,
    asks: bool,
) -> Suggestion:
    """`Suggestion(text=…, edits=…, placeholders=…, applicability=…, note=…, asks=…)` (a
    rewrite: `kind` left at its default), unvalidated when each value is one its validator
    keeps unchanged; the lists are copied, as validation would."""
    if (
        type(text) is str
        and type(edits) is list
        and all(type(e) is Edit for e in edits)
        and type(placeholders) is list
        and all(type(p) is str for p in placeholders)
        and type(applicability) is str
        and applicability in _APPLICABILITY
        and (note is None or type(note) is str)
        and type(asks) is bool
    ):
        values = {
            "text": text,
            "edits": list(edits),
            "placeholders": list(placeholders),
            "applicability": applicability,
            "kind": _SUGGESTION_KIND_DEFAULT,
            "note": note,
            "asks": asks,
        }
        return _built(Suggestion, values, _SUGGESTION_GIVEN.copy())
    return Suggestion(
        text=text,
        edits=edits,
        placeholders=placeholders,
        applicability=applicability,  # type: ignore[arg-type]
        note=note,
        asks=asks,
    )


_SUGGESTION_GIVEN = set(Suggestion.model_fields) - {
    "kind"
}  # a rewrite leaves `kind` at its default
_SUGGESTION_KIND_DEFAULT = Suggestion.model_fields["kind"].default
# Each field's default read off the model once, in the class's order: (name, default, factory
# or None). FieldInfo.get_default(call_default_factory=True) asks inspect.signature whether the
# factory takes the validated data, ~170 µs a call (issue 13); `list` takes nothing.
_SUGGESTION_DEFAULTS: tuple[tuple[str, Any, Callable[[], Any] | None], ...] = tuple(
    (name, f.default, f.default_factory) for name, f in Suggestion.model_fields.items()
)
# Read so only while every default is one pydantic would hand over as it is (a value of an
# immutable type, or the required field's marker) and every factory takes no argument; a field
# added otherwise sends make_example to the validating constructor.
_SUGGESTION_DEFAULTS_PLAIN = all(
    (f.default_factory is None and type(f.default) in (str, int, float, bool, type(None)))
    or (f.default_factory is None and f.is_required())
    or (f.default_factory is not None and not f.default_factory_takes_validated_data)
    for f in Suggestion.model_fields.values()
)


def make_example(text: str) -> Suggestion:
    """`Suggestion(text=text, kind="example")` (one of the library's examples: every other field
    at its default, read off the model; a list default made anew), unvalidated when `text` is a
    str."""
    if type(text) is str and _SUGGESTION_DEFAULTS_PLAIN:
        values = {
            name: default if factory is None else factory()
            for name, default, factory in _SUGGESTION_DEFAULTS
        }
        values["text"], values["kind"] = text, "example"
        return _built(Suggestion, values, {"text", "kind"})
    return Suggestion(text=text, kind="example")


class Finding(_Model):
    rule_id: str
    severity: Severity
    target: str = Field(description="An item id ('o1', 'o1.kr2') or 'set'.")
    span: Span
    message: str
    explanation: str
    source: Literal["rule", "model"] = "rule"
    confidence: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="For a model's finding: its calibrated probability. None for a rule's "
        "finding (a rule states no confidence).",
    )
    suggestions: list[Suggestion] = Field(default_factory=list)
    model_version: str | None = None


_SOURCES = get_args(Finding.model_fields["source"].annotation)


def make_finding(
    rule_id: str,
    severity: str,
    target: str,
    span: Span,
    message: str,
    explanation: str,
    source: str,
    confidence: float | None,
    model_version: str | None,
    suggestions: list[Suggestion] | None = None,
) -> Finding:
    """`Finding(…)` with every field given (`suggestions` left out when None, as a model's
    finding leaves it), unvalidated when each value is one its validator keeps unchanged (a
    known severity and source, a confidence in [0, 1], a Span, Suggestions); the list of
    suggestions is copied, as validation would."""
    if (
        type(rule_id) is str
        and type(severity) is str
        and severity in SEVERITY_ORDER
        and type(target) is str
        and type(span) is Span
        and type(message) is str
        and type(explanation) is str
        and type(source) is str
        and source in _SOURCES
        and (confidence is None or (type(confidence) is float and 0.0 <= confidence <= 1.0))
        and (model_version is None or type(model_version) is str)
        and (
            suggestions is None
            or (type(suggestions) is list and all(type(x) is Suggestion for x in suggestions))
        )
    ):
        values = {
            "rule_id": rule_id,
            "severity": severity,
            "target": target,
            "span": span,
            "message": message,
            "explanation": explanation,
            "source": source,
            "confidence": confidence,
            "suggestions": [] if suggestions is None else list(suggestions),
            "model_version": model_version,
        }
        given = set(_FINDING_FIELDS)
        if suggestions is None:
            given.discard("suggestions")
        return _built(Finding, values, given)
    extra: dict[str, Any] = {} if suggestions is None else {"suggestions": suggestions}
    return Finding(
        rule_id=rule_id,
        severity=severity,  # type: ignore[arg-type]
        target=target,
        span=span,
        message=message,
        explanation=explanation,
        source=source,  # type: ignore[arg-type]
        confidence=confidence,
        model_version=model_version,
        **extra,
    )


_FINDING_FIELDS = frozenset(Finding.model_fields)


class RuleError(_Model):
    """A rule that failed with an error while checking an item: its verdict there is missing
    (the item's check says 'unknown'), and the failure is reported rather than hidden."""

    rule_id: str
    target: str = Field(description="The item id the rule was checking ('o1.kr2'), or 'set'.")
    message: str = Field(description="The error, as the exception gave it.")


class Deduction(_Model):
    """Points a finding (or several of one rule) cost the item it is about."""

    target: str = Field(description="The item id ('o1.kr2'), or 'set' for the whole set.")
    rule_id: str
    severity: Severity
    core: bool = Field(description="A core failure: the item is not an OKR yet.")
    points: int = Field(ge=0)
    count: int = Field(1, ge=1, description="How many findings of the rule this counts.")
    said_by: str | None = Field(
        None,
        description="A core failure left out of the findings because another finding on the "
        "item says it: that finding's rule id (decision 5644).",
    )


def make_deduction(
    target: str,
    rule_id: str,
    severity: str,
    core: bool,
    points: int,
    count: int,
    said_by: str | None = None,
) -> Deduction:
    """`Deduction(...)` with every field given, unvalidated when each value is one its
    validator keeps unchanged (str ids, a known severity, a bool, points ≥ 0, count ≥ 1)."""
    if (
        type(target) is str
        and type(rule_id) is str
        and type(severity) is str
        and severity in SEVERITY_ORDER
        and type(core) is bool
        and type(points) is int
        and points >= 0
        and type(count) is int
        and count >= 1
        and (said_by is None or type(said_by) is str)
    ):
        values = {
            "target": target,
            "rule_id": rule_id,
            "severity": severity,
            "core": core,
            "points": points,
            "count": count,
            "said_by": said_by,
        }
        return _built(Deduction, values, None if said_by is not None else set(_DEDUCTION_GIVEN))
    return Deduction(
        target=target,
        rule_id=rule_id,
        severity=severity,  # type: ignore[arg-type]
        core=core,
        points=points,
        count=count,
        **({"said_by": said_by} if said_by is not None else {}),
    )


_DEDUCTION_GIVEN = frozenset({"target", "rule_id", "severity", "core", "points", "count"})


class ObjectiveScore(_Model):
    id: str
    score: int = Field(ge=0, le=100)
    band: Band
    deducted: int = Field(ge=0, description="Points deducted on the objective and its KRs.")
    own: int = Field(0, ge=0, description="Of `deducted`, the points on the objective itself.")
    key_results: int = Field(
        0, ge=0, description="Of `deducted`, the points on its key results (all of them)."
    )
    counted: float = Field(
        0,
        ge=0,
        description="Of `key_results`, what the objective's score is charged: scaled to two key "
        "results (all of them with one or two, their mean counted twice with more).",
    )
    why: str = Field(
        "",
        description="The same in plain words, in the interface language: "
        "'O1: 2 points on the objective + 86 on its 3 key results, counted as 57 (their mean "
        "× 2) = 59 points → 63'.",
    )


_BANDS = get_args(Band)


def _int_in(v: object, low: int, high: int | None = None) -> bool:
    """`v` is an int (not a bool) in [low, high]: what an int field with those bounds keeps."""
    return type(v) is int and low <= v and (high is None or v <= high)  # type: ignore[operator]


def make_objective_score(
    id: str, score: int, band: str, deducted: int, own: int, key_results: int, counted: float
) -> ObjectiveScore:
    """`ObjectiveScore(…)` with every field but `why` given, unvalidated when each value is one
    its validator keeps (an int `counted` made a float, as validation makes it: 57 → 57.0)."""
    fcounted = _as_float(counted)
    if (
        type(id) is str
        and _int_in(score, 0, 100)
        and type(band) is str
        and band in _BANDS
        and _int_in(deducted, 0)
        and _int_in(own, 0)
        and _int_in(key_results, 0)
        and fcounted is not None
        and fcounted is not _INVALID
        and fcounted >= 0  # type: ignore[operator]
    ):
        values = {
            "id": id,
            "score": score,
            "band": band,
            "deducted": deducted,
            "own": own,
            "key_results": key_results,
            "counted": fcounted,
            "why": "",
        }
        return _built(ObjectiveScore, values, _OBJECTIVE_SCORE_GIVEN.copy())
    return ObjectiveScore(
        id=id,
        score=score,
        band=band,  # type: ignore[arg-type]
        deducted=deducted,
        own=own,
        key_results=key_results,
        counted=counted,
    )


_OBJECTIVE_SCORE_GIVEN = set(ObjectiveScore.model_fields) - {"why"}


class ScoreBreakdown(_Model):
    """How the score was computed (README, "Scoring")."""

    deductions: list[Deduction] = Field(default_factory=list)
    objectives: list[ObjectiveScore] = Field(default_factory=list)
    objectives_mean: float = Field(description="The mean of the objectives' scores.")
    set_deduction: int = Field(ge=0, description="Set-level points taken off that mean (capped).")
    score: int = Field(ge=0, le=100)
    band: Band


def make_score_breakdown(
    deductions: list[Deduction],
    objectives: list[ObjectiveScore],
    objectives_mean: float,
    set_deduction: int,
    score: int,
    band: str,
) -> ScoreBreakdown:
    """`ScoreBreakdown(…)` with every field given, unvalidated when each value is one its
    validator keeps (an int mean made a float); the lists are copied, as validation would."""
    fmean = _as_float(objectives_mean)
    if (
        type(deductions) is list
        and all(type(d) is Deduction for d in deductions)
        and type(objectives) is list
        and all(type(o) is ObjectiveScore for o in objectives)
        and fmean is not None
        and fmean is not _INVALID
        and _int_in(set_deduction, 0)
        and _int_in(score, 0, 100)
        and type(band) is str
        and band in _BANDS
    ):
        values = {
            "deductions": list(deductions),
            "objectives": list(objectives),
            "objectives_mean": fmean,
            "set_deduction": set_deduction,
            "score": score,
            "band": band,
        }
        return _built(ScoreBreakdown, values)
    return ScoreBreakdown(
        deductions=deductions,
        objectives=objectives,
        objectives_mean=objectives_mean,
        set_deduction=set_deduction,
        score=score,
        band=band,  # type: ignore[arg-type]
    )


OwnerSource = Literal["item", "objective", "heading", "set"]


class OwnedBy(_Model):
    """Who owns an item, written on it or inherited (PRINCIPLES.md "Owner"; decision 485)."""

    name: str | None = Field(
        description="The owner as the draft writes them ('王芳', 'Lee Carter', 'CEO', 'AE "
        "team'); null where the owner is unnamed: a team as the sentence's subject, the author "
        "of a personal set ('我的Q1目标')."
    )
    source: OwnerSource = Field(
        description="Where the draft says so: 'item' (the item's own text, its owner column or "
        "the role before its colon), 'objective' (its objective's owner, or a personal "
        "objective), 'heading' (a section heading over it) or 'set' (the set's title or a line "
        "under it, as in the review's `owner`)."
    )
    lead: int = Field(
        0,
        ge=0,
        description="When the item's text opens with its owner ('Owner: Lead SRE — cut p95 …', "
        "'负责人：刘洋 —— 发布成功率…', 'Release manager: ship …'): how many characters of `text` "
        "that takes, separator included, so that a view can show the wording apart from the "
        "owner; 0 otherwise (tester37).",
    )


_OWNER_SOURCES = get_args(OwnerSource)


def make_owned_by(name: str | None, source: str, lead: int = 0) -> OwnedBy:
    """`OwnedBy(name=…, source=…, lead=…)`, unvalidated when `name` is a str or None, `source`
    one of the accepted values and `lead` a non-negative int."""
    if (
        (name is None or type(name) is str)
        and type(source) is str
        and source in _OWNER_SOURCES
        and type(lead) is int
        and lead >= 0
    ):
        given = {"name", "source", "lead"} if lead else {"name", "source"}
        return _built(OwnedBy, {"name": name, "source": source, "lead": lead}, given)
    return OwnedBy(name=name, source=source, lead=lead)  # type: ignore[arg-type]


class SetOwner(_Model):
    """The owner the set's title or a line under it names, for all its items (decision 485)."""

    name: str | None = Field(
        description="The owner's name ('李雷', 'rafa'); null for a personal set that names "
        "nobody ('我的Q1个人目标': its author)."
    )
    text: str = Field(description="The title or line that names the owner, as typed.")
    span: Span


class KeyResult(_Model):
    id: str
    text: str
    span: Span
    language: Language
    owner: str | None = Field(None, description="The owner written on the key result itself.")
    owned_by: OwnedBy | None = Field(
        None,
        description="Who owns the key result and where that is written, inherited owners "
        "included; null when nobody does (kr-no-owner fails).",
    )
    deadline: Timeframe | None = None
    priority: str | None = None
    metric: Metric | None = None
    score: float | None = Field(None, description="A grade written on the draft (0.0–1.0).")
    status: str | None = Field(None, description="A progress status written on the draft.")
    checks: list[Check] = Field(default_factory=list)
    rewrite: Suggestion | None = Field(None, description="All of this item's fixes applied.")
    item_score: int = Field(100, ge=0, le=100)


class Objective(_Model):
    id: str
    text: str
    span: Span
    language: Language
    level: Level | None = None
    owner: str | None = Field(None, description="The owner written on the objective itself.")
    owned_by: OwnedBy | None = Field(
        None,
        description="Who owns the objective and where that is written (its own text, a "
        "heading over it, the set's title); null when nothing names an owner.",
    )
    deadline: Timeframe | None = None
    priority: str | None = None
    parent: str | None = None
    checks: list[Check] = Field(default_factory=list)
    key_results: list[KeyResult] = Field(default_factory=list)
    rewrite: Suggestion | None = None
    score: int = Field(100, ge=0, le=100, description="This objective with its KRs, 0–100.")
    band: Band | None = Field(None, description="How to read the score (coach/scoring.py).")


class Truncation(_Model):
    """Findings left out of `Review.findings` by the output caps (the checklists and scores
    still count every finding)."""

    omitted: int = Field(ge=1, description="How many findings were left out in all.")
    by_target: dict[str, int] = Field(
        description="Findings left out per target (an item id or 'set')."
    )
    max_findings: int = Field(description="The cap on findings per draft.")
    max_findings_per_item: int = Field(description="The cap on findings per item.")


class ReviewWarning(_Model):
    """Something about the input that the reader of the review should know, though the review
    ran (a draft mostly in a language the coach does not review, tester32)."""

    code: Literal["unsupported_language", "language_mismatch"] = Field(
        description="'unsupported_language': the draft is mostly neither Chinese nor English; "
        "it was read as `Review.language` and its findings may not hold. "
        "'language_mismatch': the review was asked for one language (`language`: 'zh' or "
        "'en') and items of the draft are written in the other; they were read as the one "
        "asked for (tester37)."
    )
    message: str = Field(description="What it means, in the review's interface language.")
    language: str | None = Field(
        None,
        description="The language the draft looks written in ('de', 'fr', 'ja' …, or for "
        "'language_mismatch' the draft's own 'zh' or 'en'), or null when only its script says "
        "that it is neither Chinese nor English.",
    )
    items: list[str] = Field(
        default_factory=list,
        description="For 'language_mismatch': the ids of the items written in the other "
        "language ('o1', 'o1.kr2'); empty otherwise.",
    )


class Review(_Model):
    language: Language
    objectives: list[Objective]
    owner: SetOwner | None = Field(
        None,
        description="The owner the set's title or a line under it names ('王磊的个人OKR', "
        "'Owner: @rafa'); null when neither does (a section heading's owner is in its items' "
        "`owned_by`).",
    )
    findings: list[Finding]
    truncated: Truncation | None = Field(
        None,
        description="Set when the output caps left findings out (most severe kept); None when "
        "every finding is listed.",
    )
    score: int = Field(ge=0, le=100)
    band: Band | None = Field(
        None, description="How to read the score: never 'good' with an error present."
    )
    score_breakdown: ScoreBreakdown | None = Field(
        None, description="The deductions per item and for the set that make the score."
    )
    ui_language: Language
    version: str
    model_version: str | None = None
    source_text: str | None = Field(
        None,
        description="For structured input: the canonical text rendered from it, which every "
        "span refers to. None for text input (spans refer to the input itself).",
    )
    errors: list[RuleError] = Field(
        default_factory=list,
        description="Rules that failed on an item (a bug, reported rather than hidden); "
        "empty normally.",
    )
    warnings: list[ReviewWarning] = Field(
        default_factory=list,
        description="What the reader should know about the input, though it was reviewed "
        "(`ReviewWarning`); empty normally.",
    )

    def error_findings(self) -> list[Finding]:
        """The findings of severity 'error' (not to be confused with `errors`, rule failures)."""
        return [f for f in self.findings if f.severity == "error"]


_LANGUAGES = get_args(Language)


def _list_of(v: object, cls: type) -> bool:
    return type(v) is list and all(type(x) is cls for x in v)


def make_review(
    language: str,
    objectives: list[Objective],
    owner: SetOwner | None,
    findings: list[Finding],
    truncated: Truncation | None,
    score: int,
    band: str | None,
    score_breakdown: ScoreBreakdown | None,
    ui_language: str,
    version: str,
    source_text: str | None,
    model_version: str | None,
    errors: list[RuleError],
    warnings: list[ReviewWarning] | None = None,
) -> Review:
    """`Review(…)` with every field given, unvalidated when each value is one its validator
    keeps unchanged (the items and findings are our own instances); the lists are copied, as
    validation would."""
    if (
        type(language) is str
        and language in _LANGUAGES
        and _list_of(objectives, Objective)
        and (owner is None or type(owner) is SetOwner)
        and _list_of(findings, Finding)
        and (truncated is None or type(truncated) is Truncation)
        and _int_in(score, 0, 100)
        and (band is None or (type(band) is str and band in _BANDS))
        and (score_breakdown is None or type(score_breakdown) is ScoreBreakdown)
        and type(ui_language) is str
        and ui_language in _LANGUAGES
        and type(version) is str
        and (model_version is None or type(model_version) is str)
        and (source_text is None or type(source_text) is str)
        and _list_of(errors, RuleError)
        and (warnings is None or _list_of(warnings, ReviewWarning))
    ):
        values = {
            "language": language,
            "objectives": list(objectives),
            "owner": owner,
            "findings": list(findings),
            "truncated": truncated,
            "score": score,
            "band": band,
            "score_breakdown": score_breakdown,
            "ui_language": ui_language,
            "version": version,
            "model_version": model_version,
            "source_text": source_text,
            "errors": list(errors),
            "warnings": list(warnings or ()),
        }
        return _built(Review, values)
    return Review(
        language=language,  # type: ignore[arg-type]
        objectives=objectives,
        owner=owner,
        findings=findings,
        truncated=truncated,
        score=score,
        band=band,  # type: ignore[arg-type]
        score_breakdown=score_breakdown,
        ui_language=ui_language,  # type: ignore[arg-type]
        version=version,
        source_text=source_text,
        model_version=model_version,
        errors=errors,
        warnings=warnings or [],
    )
