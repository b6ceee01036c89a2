"""The review pipeline: parse, annotate, run the rules, build findings, checks, rewrites, scores.

Scores (documented in the README): an item starts at 100 and loses 25 per error, 10 per warning
and 3 per info finding on it (never below 0). An objective's score is 40% its own item score
and 60% the mean of its key results' item scores (0 for the KR part when it has none). The
draft's score is the mean of its objectives' scores, less the set-level penalties.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import rules as rule_registry
from coach import __version__
from coach.annotate import annotate
from coach.config import Config
from coach.deadline import check as check_deadline
from coach.draft import Draft, Item
from coach.errors import InputError
from coach.limits import cap_findings, check_key_results
from coach.parse import parse_text
from coach.types import (
    SEVERITY_ORDER,
    Check,
    Edit,
    Finding,
    KeyResult,
    Metric,
    Objective,
    Review,
    Span,
    Suggestion,
    Timeframe,
)
from rules.base import UNKNOWN, Fix, Hit, LocalEdit, Rule

log = logging.getLogger("okr_coach")

PENALTY = {"error": 25, "warning": 10, "info": 3}


def _strict() -> bool:
    return os.environ.get("OKR_COACH_STRICT", "") == "1"


def parse(
    source: str | Mapping[str, Any] | Sequence[Any],
    config: Config | None = None,
) -> Draft:
    """Parse and annotate text or structured input into a Draft."""
    config = config or Config()
    if isinstance(source, str):
        draft = parse_text(source, config.max_chars, config.max_objectives)
    elif isinstance(source, Mapping | list | tuple):
        from coach.structured import parse_structured

        draft = parse_structured(source, config.max_chars, config.max_objectives)
    else:
        raise InputError(
            "invalid_structure",
            f"review() takes text or a dict of objectives, not {type(source).__name__}",
        )
    check_key_results(draft, config)
    check_deadline()
    return annotate(draft)


def review(
    source: str | Mapping[str, Any] | Sequence[Any],
    language: str = "auto",
    *,
    ui_language: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    severity: Mapping[str, str] | None = None,
    config: Config | None = None,
) -> Review:
    """Review a draft OKR (text as pasted, or structured JSON) and return the `Review`.

    `language` ('auto', 'zh', 'en') forces the language of every item when not 'auto';
    `ui_language` picks the language of messages (default: each item's own).
    """
    if language not in ("auto", "zh", "en"):
        raise InputError("bad_option", f"language must be 'auto', 'zh' or 'en', not {language!r}")
    config = (config or Config()).with_overrides(
        ui_language=ui_language,
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore) if ignore is not None else None,
        severity={**(config.severity if config else {}), **dict(severity or {})} or None,
    )
    active = active_rules(config)
    draft = parse(source, config)
    draft.semantic = config.semantic and config.use_model
    if language != "auto":
        draft.language = language
        for it in draft.items():
            it.language = language
            it.invalidate()
    return run_rules(draft, active, config)


def active_rules(config: Config) -> list[Rule]:
    """The rules that run under `config` (raises ConfigError on an unknown id)."""
    all_rules = rule_registry.registry()
    return [all_rules[rid] for rid in config.active_rule_ids(list(all_rules))]


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out = text
    # From the end backwards; of two insertions at one point the later one goes in first, so
    # they end up in the order given.
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], edits[i][1], i), reverse=True)
    for i in order:
        s, e, r = edits[i]
        out = out[:s] + r + out[e:]
    return out


def _suggestion(item: Item, fix: Fix) -> Suggestion:
    local = [(e.start, e.end, e.replacement) for e in fix.edits]
    edits = [
        Edit(start=a, end=b, replacement=r)
        for (s, e, r) in local
        for (a, b) in [item.to_input(s, e)]
    ]
    edits += [Edit(start=s, end=e, replacement=r) for s, e, r in fix.extra_edits]
    edits.sort(key=lambda x: (x.start, x.end))
    return Suggestion(
        text=_apply(item.text, local).strip(),
        edits=edits,
        placeholders=list(dict.fromkeys(fix.placeholders)),
        applicability=fix.applicability,
    )


def _combined(item: Item, fixes: list[Fix]) -> Suggestion | None:
    """All of an item's fixes applied at once; an edit overlapping an earlier one is dropped."""
    if not fixes:
        return None
    chosen: list[tuple[int, int, str]] = []
    extra: list[tuple[int, int, str]] = []
    placeholders: list[str] = []
    for fix in fixes:
        edits = [(e.start, e.end, e.replacement) for e in fix.edits]
        # Insertions at one point all apply, in order; overlapping replacements do not.
        if any(not (e <= cs or s >= ce) for s, e, _ in edits for cs, ce, _ in chosen):
            continue
        chosen.extend(edits)
        extra.extend(fix.extra_edits)
        placeholders.extend(fix.placeholders)
    combined = Fix(
        edits=[LocalEdit(s, e, r) for s, e, r in chosen],
        placeholders=placeholders,
        extra_edits=extra,
    )
    return _suggestion(item, combined)


def _finding(rule: Rule, hit: Hit, item: Item | None, draft: Draft, config: Config) -> Finding:
    lang = config.ui_language or (item.language if item is not None else draft.language)
    if hit.input_span or item is None:
        start, end = hit.span or (0, len(draft.text))
    else:
        local = hit.span or item.core_span
        start, end = item.to_input(*local)
    suggestions = [_suggestion(item, f) for f in hit.fixes] if item is not None else []
    return Finding(
        rule_id=rule.id,
        severity=config.severity.get(rule.id, hit.severity or rule.severity),  # type: ignore[arg-type]
        target=hit.target or (item.id if item is not None else "set"),
        span=Span(start=start, end=end),
        message=rule.format_message(lang, hit.args),
        explanation=rule.explanation[lang],
        source=hit.source,
        confidence=hit.confidence,
        suggestions=suggestions,
        model_version=_encoder_version() if hit.source == "model" else None,
    )


# Findings about how an item is worded: a well-written item like it helps more than a rule.
_EXAMPLE_RULES = frozenset(
    {
        "objective-is-metric",
        "objective-not-inspiring",
        "objective-vague",
        "objective-not-controllable",
        "kr-not-quantified",
        "kr-is-task",
        "kr-activity-count",
        "kr-negative-phrasing",
        "kr-vague-wording",
        "kr-compound",
        "kr-business-as-usual",
    }
)
EXAMPLES_PER_ITEM = 3


def _add_examples(draft: Draft, findings: list[Finding]) -> None:
    """Give the first wording finding of each flawed item up to three well-written examples
    from the shipped library: same language and kind, nearest in meaning, never the item."""
    from coach import classifier

    items = {it.id: it for it in draft.items()}
    flawed = {f.target for f in findings if f.rule_id in _EXAMPLE_RULES and f.target in items}
    classifier.embed_many([items[t].plain.strip() for t in flawed if items[t].plain.strip()])
    done: set[str] = set()
    for i, f in enumerate(findings):
        item = items.get(f.target)
        if item is None or f.rule_id not in _EXAMPLE_RULES or f.target in done:
            continue
        done.add(f.target)
        text = item.plain.strip()
        if not text:
            continue
        examples = classifier.similar_good_examples(
            text, item.language, item.kind, k=EXAMPLES_PER_ITEM
        )
        extra = [Suggestion(text=e, kind="example") for e in examples]
        findings[i] = f.model_copy(update={"suggestions": [*f.suggestions, *extra]})


def _encoder_version() -> str:
    from coach import classifier

    return classifier.model_version()


def _run_item_rule(rule: Rule, item: Item, draft: Draft) -> list[Hit] | None:
    try:
        result = rule.check(item, draft)
        return None if result is UNKNOWN else list(result)  # type: ignore[arg-type]
    except Exception:
        if _strict():
            raise
        log.exception("rule %s failed on %s", rule.id, item.id)
        return None


def _input_span(item: Item, span: Span | None) -> Span | None:
    if span is None:
        return None
    start, end = item.to_input(span.start, span.end)
    return Span(start=start, end=end)


def _deadline(item: Item) -> Timeframe | None:
    """The item's timeframe with its span in input offsets (annotations keep local ones)."""
    tf = item.deadline
    if tf is None or tf.span is None:
        return tf
    return tf.model_copy(update={"span": _input_span(item, tf.span)})


def _metric(item: Item) -> Metric | None:
    m = item.metric
    if m is None or m.span is None:
        return m
    return m.model_copy(update={"span": _input_span(item, m.span)})


def run_rules(draft: Draft, active: list[Rule], config: Config) -> Review:
    findings: list[Finding] = []
    checks: dict[str, list[Check]] = {}
    fixes: dict[str, list[Fix]] = {}
    penalties: dict[str, int] = {}
    items = {it.id: it for it in draft.items()}

    for it in draft.items():
        lang = config.ui_language or it.language
        checks[it.id] = []
        fixes[it.id] = []
        for rule in active:
            if rule.target != it.kind:
                continue
            check_deadline()  # a review past its time budget stops here (coach.deadline)
            hits = _run_item_rule(rule, it, draft)
            status = "unknown" if hits is None else ("fail" if hits else "pass")
            checks[it.id].append(
                Check(principle=rule.principle[lang], status=status, rule_id=rule.id)
            )
            for hit in hits or ():
                f = _finding(rule, hit, it, draft, config)
                findings.append(f)
                fixes[it.id].extend(hit.fixes[:1])
                penalties[it.id] = penalties.get(it.id, 0) + PENALTY[f.severity]

    if draft.semantic:
        check_deadline()
        _add_examples(draft, findings)

    model_version = None
    if config.use_model:
        # The trained classifier adds findings (source "model") for the labels it is enabled
        # for by default, on items where the corresponding rule did not already fire.
        from coach import classifier

        fired = {(f.target, f.rule_id) for f in findings}
        for f in classifier.model_findings(draft, config, fired, {r.id for r in active}):
            findings.append(f)
            penalties[f.target] = penalties.get(f.target, 0) + PENALTY[f.severity]
            for check in checks.get(f.target, ()):
                if check.rule_id == f.rule_id:
                    check.status = "fail"
        model_version = classifier.model_version()

    set_penalty = 0
    for rule in active:
        if rule.target != "set":
            continue
        check_deadline()
        try:
            hits = list(rule.check_set(draft))
        except Exception:
            if _strict():
                raise
            log.exception("rule %s failed on the draft", rule.id)
            continue
        for hit in hits:
            owner = items.get(hit.target or "")
            f = _finding(rule, hit, None, draft, config)
            if owner is not None:
                f = f.model_copy(
                    update={
                        "message": rule.format_message(
                            config.ui_language or owner.language, hit.args
                        ),
                        "explanation": rule.explanation[config.ui_language or owner.language],
                        # A set rule's fix is written against the item it targets.
                        "suggestions": [_suggestion(owner, fx) for fx in hit.fixes],
                    }
                )
            findings.append(f)
            set_penalty += PENALTY[f.severity]

    findings.sort(key=lambda f: (f.span.start, SEVERITY_ORDER[f.severity], f.rule_id))
    findings, truncated = cap_findings(findings, config)  # scores and checks count them all

    def item_score(it: Item) -> int:
        return max(0, 100 - penalties.get(it.id, 0))

    objectives: list[Objective] = []
    for o in draft.objectives:
        krs = [
            KeyResult(
                id=kr.id,
                text=kr.text,
                span=Span(start=kr.start, end=kr.end),
                language=kr.language,
                owner=kr.owner,
                deadline=_deadline(kr),
                priority=kr.priority,
                metric=_metric(kr),
                score=kr.score,
                status=kr.status,
                checks=checks[kr.id],
                rewrite=_combined(kr, fixes[kr.id]),
                item_score=item_score(kr),
            )
            for kr in o.key_results
        ]
        kr_part = sum(k.item_score for k in krs) / len(krs) if krs else 0.0
        objectives.append(
            Objective(
                id=o.id,
                text=o.text,
                span=Span(start=o.start, end=o.end),
                language=o.language,
                level=o.level,
                owner=o.owner,  # type: ignore[arg-type]
                deadline=_deadline(o),
                priority=o.priority,
                parent=o.parent,
                checks=checks[o.id],
                key_results=krs,
                rewrite=_combined(o, fixes[o.id]),
                score=round(0.4 * item_score(o) + 0.6 * kr_part),
            )
        )
    overall = sum(o.score for o in objectives) / len(objectives) - set_penalty
    return Review(
        language=draft.language,  # type: ignore[arg-type]
        objectives=objectives,
        findings=findings,
        truncated=truncated,
        score=max(0, min(100, round(overall))),
        ui_language=config.ui_language or draft.language,  # type: ignore[arg-type]
        version=__version__,
        source_text=draft.text if draft.structured else None,
        model_version=model_version,
    )
