"""The review pipeline: parse, annotate, run the rules, build findings, checks, rewrites, scores.

Scores: coach/scoring.py (README, "Scoring") — a core failure costs far more than a missing
owner; an objective loses the points of every finding on it and its key results; the draft's
score is its objectives' mean less the set-level deductions; `score_breakdown` shows how.
"""

from __future__ import annotations

import bisect
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import rules as rule_registry
from coach import __version__, scoring
from coach.annotate import annotate, annotate_item, grade_start
from coach.config import Config, astuple_config
from coach.deadline import check as check_deadline
from coach.draft import Draft, Item
from coach.errors import InputError
from coach.facts.grades import CURRENT_NOTE_RE, current_note, grade_tail
from coach.limits import cap_findings, check_key_results
from coach.markup import read_markdown_marks, read_markup
from coach.parse import parse_text
from coach.rule_api import MEASURE_QUESTION, UNKNOWN, Fix, Hit, LocalEdit, Rule, speaking, voice
from coach.text import (
    Translation,
    close_code_ticks,
    detect_language,
    nest_quotes,
    restore_script,
    to_simplified,
    to_traditional,
)
from coach.types import (
    SEVERITY_ORDER,
    Check,
    Finding,
    KeyResult,
    Metric,
    Objective,
    OwnedBy,
    Review,
    ReviewWarning,
    RuleError,
    SetOwner,
    Span,
    Suggestion,
    Timeframe,
    Truncation,
    make_edit,
    make_finding,
    make_owned_by,
    make_review,
    make_span,
    make_suggestion,
)

log = logging.getLogger("okr_coach")

# At most this many findings of one rule on one item are built (a real key result has a handful;
# an adversarial one thousands, each with a rewrite of the whole item). The score counts them all.
MAX_HITS_PER_RULE_ITEM = 50


def _strict() -> bool:
    """In strict mode (OKR_COACH_STRICT=1, set by the test suite) a rule that raises fails the
    review instead of being reported in `Review.errors`."""
    return os.environ.get("OKR_COACH_STRICT", "") == "1"


# Line breaks other than "\n" that a paste may hold: a soft break from a slide or a word
# processor (U+000B, Shift+Enter), a form feed, NEL, the Unicode line and paragraph separators.
# Each is read as a newline (same length), not refused as a binary character (tester8).
_SOFT_BREAKS = str.maketrans(dict.fromkeys("\x0b\x0c\x85\u2028\u2029", "\n"))
_SOFT_BREAKING = Translation(_SOFT_BREAKS)  # (most drafts hold none of them)


def parse(
    source: str | Mapping[str, Any] | Sequence[Any],
    config: Config | None = None,
) -> Draft:
    """Parse and annotate text or structured input into a Draft."""
    config = config or Config()
    if isinstance(source, str):
        breaks = _SOFT_BREAKING(source)
        # HTML source read as the text it shows, in place (decision 1423); RTF refused
        shown = read_markup(breaks) if len(breaks) <= config.max_chars else breaks
        # Markdown links and escaped brackets read as their words, in place (decision 3790)
        read = to_simplified(read_markdown_marks(shown))
        draft = parse_text(read, config.max_chars, config.max_objectives)
        if read != source:
            # read in simplified characters, shown as typed (HTML's tags shown as blanks)
            draft.original = source if shown is breaks else shown
            draft.traditional = read != shown
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
    include_examples: bool | None = None,
    config: Config | None = None,
) -> Review:
    """Review a draft OKR (text as pasted, or structured JSON) and return the `Review`.

    `language` ('auto', 'zh', 'en') forces the language of every item when not 'auto';
    `ui_language` picks the language of messages and of what suggestions say to the person —
    their notes and questions (default: the draft's language, one for a mixed draft, decision
    2268; rewritten wording keeps each item's own);
    `include_examples` adds similar examples from the curated library to flawed items
    (default: the configuration's, on unless turned off).
    """
    try:
        return _review(
            source, language, ui_language, select, ignore, severity, include_examples, config
        )
    except InputError as e:
        # said in the interface language, else the draft's (the text's, when it has words)
        lang = ui_language or (config.ui_language if config else None)
        if lang is None and language in ("zh", "en"):
            lang = language
        if lang is None and isinstance(source, str):
            lang = detect_language(source) if source.strip() else None  # English, unchosen
        raise e.in_language(lang) from None


# What a review without a configuration runs under (frozen, and nothing changes its severities
# in place: one for every such review, which active_rules then knows by its identity).
_DEFAULT_CONFIG = Config()


def _review(
    source: str | Mapping[str, Any] | Sequence[Any],
    language: str,
    ui_language: str | None,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    severity: Mapping[str, str] | None,
    include_examples: bool | None,
    config: Config | None,
) -> Review:
    if language not in ("auto", "zh", "en"):
        raise InputError(
            "bad_option",
            f"language must be 'auto', 'zh' or 'en', not {language!r}",
            f"language 只能是 'auto'、'zh' 或 'en'，不能是 {language!r}",
        )
    config = (
        (config or _DEFAULT_CONFIG)
        .with_overrides(
            ui_language=ui_language,
            select=tuple(select) if select is not None else None,
            ignore=tuple(ignore) if ignore is not None else None,
            severity={**(config.severity if config else {}), **dict(severity or {})} or None,
            include_examples=include_examples,
        )
        .with_ids_resolved(rule_registry.resolve)
    )
    active = active_rules(config)
    draft = parse(source, config)
    draft.semantic = config.semantic and config.use_model
    if language != "auto":
        other = [it for it in draft.items() if it.language != language]
        if other:
            draft.forced_over = (other[0].language, [it.id for it in other])
        draft.language = language
        for it in draft.items():
            annotate_item(it, language)
    if not draft.semantic or not _reads_alignment(active):
        # The default review does not call the encoder (coach.sketch stands in for it).
        result = run_rules(draft, active, config)
    else:
        from coach import classifier

        # The alignment rules read every item: the first item that needs the encoder brings
        # the draft's others, in one batched call.
        with classifier.draft_batch(it.plain for it in draft.items()):
            result = run_rules(draft, active, config)
    draft.unlink()  # nothing reads it now: freed at once, not by the cyclic collector
    return result


def _in_the_drafts_characters(
    draft: Draft, objectives: list[Objective], findings: list[Finding]
) -> tuple[list[Objective], list[Finding]]:
    """A draft typed in traditional characters, read in simplified ones: its items shown as
    typed, and the wording a rewrite gives them in traditional characters too. Messages,
    questions and notes speak to the person in the interface's language; what they quote of the
    draft is put back in the characters typed (decision 378)."""
    original = draft.original
    assert original is not None
    items = {it.id: it for it in draft.items()}

    def quoted(m: re.Match[str]) -> str:
        q = m.group()
        inner = q[1:-1]
        at = draft.text.find(inner) if inner else -1
        if at >= 0:  # the draft's own words: as typed, whichever characters they were typed in
            return q[0] + original[at : at + len(inner)] + q[-1]
        return to_traditional(q)  # new wording for the draft (a positive form, a measure)

    def quotes(text: str | None) -> str | None:
        """What a message quotes of the draft in the characters typed."""
        if not text or not draft.traditional:
            return text
        return _QUOTED.sub(quoted, text)

    def spoken(s: Suggestion) -> Suggestion:
        update = {"note": quotes(s.note)}
        if s.asks:  # a question in place of the wording: its quotes, wherever it is shown
            update["text"] = quotes(s.text)
            update["edits"] = [
                e.model_copy(update={"replacement": quotes(e.replacement)}) for e in s.edits
            ]
        return s.model_copy(update=update)

    def shown(item_id: str, text: str) -> str:
        it = items.get(item_id)
        if it is None:
            return text
        return restore_script(text, original, draft.text, it.offsets)

    def rewrite(s: Suggestion | None) -> Suggestion | None:
        if s is None or s.kind != "rewrite" or not draft.traditional:
            return s
        s = spoken(s)
        if s.asks:
            return s
        return s.model_copy(
            update={
                "text": to_traditional(s.text),
                "edits": [
                    e.model_copy(update={"replacement": to_traditional(e.replacement)})
                    for e in s.edits
                ],
                "placeholders": [to_traditional(p) for p in s.placeholders],
            }
        )

    def owner(name: str | None) -> str | None:
        return to_traditional(name) if name and draft.traditional else name

    def owner_of(by: OwnedBy | None) -> OwnedBy | None:
        return None if by is None else by.model_copy(update={"name": owner(by.name)})

    out: list[Objective] = []
    for o in objectives:
        krs = [
            kr.model_copy(
                update={
                    "text": shown(kr.id, kr.text),
                    "owner": owner(kr.owner),
                    "owned_by": owner_of(kr.owned_by),
                    "rewrite": rewrite(kr.rewrite),
                }
            )
            for kr in o.key_results
        ]
        out.append(
            o.model_copy(
                update={
                    "text": shown(o.id, o.text),
                    "owner": owner(o.owner),
                    "owned_by": owner_of(o.owned_by),
                    "rewrite": rewrite(o.rewrite),
                    "key_results": krs,
                }
            )
        )
    found = [
        f.model_copy(
            update={
                "message": quotes(f.message),
                "suggestions": [rewrite(s) for s in f.suggestions],
            }
        )
        for f in findings
    ]
    return out, found


# A quote of the draft in a message, a question or a note.
_QUOTED = re.compile(r"“[^“”\n]*”|‘[^‘’\n]*’|'[^'\n]*'")


def _reads_alignment(active: list[Rule]) -> bool:
    """Whether an active rule reads every objective–key result pair with the encoder (the
    alignment rules, off by default)."""
    return any(rule.category == "alignment" for rule in active)


def active_rules(config: Config) -> list[Rule]:
    """The rules that run under `config` (raises ConfigError on an unknown id)."""
    all_rules = rule_registry.registry()
    last = _last_active
    if last[0] is config and last[1] is all_rules and last[2] == len(all_rules):
        return list(last[3])
    key = (astuple_config(config), tuple(all_rules), id(all_rules))
    ids = _active_ids.get(key)
    if ids is None:
        resolved = config.with_ids_resolved(rule_registry.resolve)
        opt_in = {rid: r.opt_in_option for rid, r in all_rules.items() if not r.default_enabled}
        ids = resolved.active_rule_ids(list(all_rules), opt_in)
        if len(_active_ids) >= 256:
            _active_ids.clear()
        _active_ids[key] = ids
    active = [all_rules[rid] for rid in ids]
    _set_last_active(config, all_rules, active)
    return active


# The rule ids that run, by configuration and rule registry: every review asks twice (its rules,
# then which model findings may be added), and a service's configurations are few. Bounded.
_active_ids: dict[tuple[object, ...], list[str]] = {}
# The last configuration asked about (a frozen Config: the same object is the same settings),
# its registry and the registry's size, and the rules: a service passes one Config to every
# review and a review asks twice, so this answers without the configuration's key.
_last_active: tuple[Any, ...] = (None, None, -1, [])


def _set_last_active(config: Config, all_rules: dict[str, Rule], active: list[Rule]) -> None:
    global _last_active
    _last_active = (config, all_rules, len(all_rules), tuple(active))


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """`text` with the edits applied; of two insertions at one point the first given goes
    first. Linear in the text and the edits."""
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], edits[i][1], i))
    pieces: list[str] = []
    pos = 0
    for i in order:
        s, e, r = edits[i]
        if s < pos:  # overlapping edits (not produced by the pipeline): apply one by one
            return _apply_each(text, edits)
        pieces += [text[pos:s], r]
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


def _apply_each(text: str, edits: list[tuple[int, int, str]]) -> str:
    out = text
    # From the end backwards; of two insertions at one point the later one goes in first, so
    # they end up in the order given.
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], edits[i][1], i), reverse=True)
    for i in order:
        s, e, r = edits[i]
        out = out[:s] + r + out[e:]
    return out


_QUESTION = re.compile(r"[?？]")


def _suggestion(item: Item, fix: Fix) -> Suggestion:
    local = [(e.start, e.end, e.replacement) for e in fix.edits]
    # Only a rewrite of the wording drops the grade (it graded the old wording); an insertion
    # ("(owner: [owner])") leaves the wording, and its grade, as they were (blind read 4).
    rewrites = fix.applicability == "display-only" and any(s != e for s, e, _r in local)
    kept = _before_grade(local, item, drop=rewrites)
    note = fix.note
    if len(kept) > len(local) and not fix.asks:
        dropped = item.text[kept[-1][0] :].strip(" -–—:：")
        if dropped:
            left_out = _GRADE_LEFT_OUT[voice(item.language)].format(grade=dropped)
            note = f"{note} {left_out}" if note else left_out
    local = kept
    edits = [make_edit(a, b, r) for (s, e, r) in local for (a, b) in [item.to_input(s, e)]]
    edits += [make_edit(s, e, r) for s, e, r in fix.extra_edits]
    edits.sort(key=lambda x: (x.start, x.end))
    text = _apply(item.text, local).strip()
    if not local and fix.extra_edits:
        # Nothing of the item changes ("add a key result": a line below its last one); the
        # suggestion shows what is added, not the item unchanged (blind read 5).
        text = " ".join(r.strip() for _s, _e, r in fix.extra_edits if r.strip())
    elif fix.extra_edits and item.kind == "kr":
        # A key result split: its new wording and the line added below it, both shown (blind
        # reads 6, 7: "grade accuracy ≥ 98%" alone read as the second key result dropped).
        added = [r.strip() for s, e, r in fix.extra_edits if s == e and r.startswith("\n")]
        text = "\n".join([text, *(_LINE_LABEL.sub("", r, count=1) for r in added if r)])
    question = fix.asks and _QUESTION.search(text) is not None
    if question:
        # A question is the whole suggestion: what stands around the wording it replaces (a
        # priority "（P2）", an owner's bracket) is no part of it (tester16 L12; decision 1281).
        asked = [r.strip() for _s, _e, r in local if _QUESTION.search(r)]
        if len(asked) == 1:
            text = asked[0]
    return make_suggestion(
        text=nest_quotes(text) if fix.asks else text,
        # A question is read, not applied: an integrator applying `edits` would put it into the
        # OKR (tester12 B22; the page and /v2/check already leave it out). A skeleton to fill
        # in ("Cut median first response time from [baseline] to [target]") keeps its edits.
        edits=[] if question or fix.example else edits,
        placeholders=list(dict.fromkeys(fix.placeholders)),
        applicability=fix.applicability,
        note=nest_quotes(note) if note else note,
        asks=fix.asks,
    )


# A label before an added line ("- ", "KR: ", "关键结果："): the item's own text is shown without
# its label, so the line added below it is too.
_LINE_LABEL = re.compile(r"^(?:[-*•] )?(?:(?:KR|key result|关键结果) ?\d{0,2}[:：.] ?)?", re.I)


# What the note says of a grade or status the rewrite leaves out.
_GRADE_LEFT_OUT = {
    "zh": "原句后的评分/状态“{grade}”针对的是旧写法，改写后不再保留。",
    "en": "The score “{grade}” after the item graded the old wording; the rewrite leaves it out.",
}


def _before_grade(
    local: list[tuple[int, int, str]], item: Item, drop: bool
) -> list[tuple[int, int, str]]:
    """The edits kept clear of a grade or status after the wording ("… — 0.5", "… —— 进行中"):
    an insertion inside it moves before it ("… (owner: [owner]) — 0.3"); with `drop` (a
    rewrite of the wording) the grade goes, since it graded the old wording."""
    if not local or (
        item.score is None
        and item.status is None
        and current_note(item.text) is None  # "（当前55%）" (decision 1881)
    ):
        return local
    at = grade_tail(item.text)
    if at is None:
        return local
    end = len(item.text)
    grade = grade_start(item.text, at)
    if any(s < end and e > grade and s != e for s, e, _r in local):
        return local  # an edit rewrites the grade itself
    # A rewrite may already take the dash before the grade ("Automate more stuff —").
    at = max([at] + [e for s, e, _r in local if s != e and at < e <= grade])
    moved = [(at, at, r) if at < s == e <= end else (s, e, r) for s, e, r in local]
    # where the measure stands now ("(currently ~110)") graded nothing: a rewrite keeps it
    # (decision 1728); a score or a status goes with the old wording
    only_note = CURRENT_NOTE_RE.match(item.text[at:].lstrip(" \t—–-:：")) is not None
    return [*moved, (at, end, "")] if drop and not only_note else moved


class _Intervals:
    """Chosen edit spans, pairwise non-overlapping, kept sorted: an overlap test is a bisection
    (the chosen spans' ends rise with their starts, so only the last one starting before an
    edit's end can reach into it)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.spans, (e, -1)) - 1
        return i >= 0 and self.spans[i][1] > s and e > self.spans[i][0]

    def add(self, s: int, e: int) -> None:
        bisect.insort(self.spans, (s, e))


def _combined(item: Item, fixes: list[Fix]) -> Suggestion | None:
    """All of an item's fixes applied at once; an edit overlapping an earlier one is dropped.
    A question (Fix.asks) is no wording to combine: the other fixes apply without it, and it is
    the item's rewrite only when nothing else is offered."""
    if not fixes:
        return None
    fixes = [f for f in fixes if not f.asks and not f.example] or fixes[:1]
    chosen: list[tuple[int, int, str]] = []
    taken = _Intervals()
    extra: list[tuple[int, int, str]] = []
    placeholders: list[str] = []
    notes: list[Fix] = []
    for fix in fixes:
        edits = [(e.start, e.end, e.replacement) for e in fix.edits]
        # Insertions at one point all apply, in order; overlapping replacements do not.
        if any(taken.overlaps(s, e) for s, e, _ in edits):
            continue
        # A fix that only asks again for what the rewrite already asks for ("（基线：[基线]）"
        # after "…从[基线]提升到[目标值]") would say it twice.
        if fix.placeholders and all(p in placeholders for p in fix.placeholders):
            continue
        chosen.extend(edits)
        notes.append(fix)
        for s, e, _ in edits:
            taken.add(s, e)
        extra.extend(fix.extra_edits)
        placeholders.extend(fix.placeholders)
    combined = Fix(
        edits=[LocalEdit(s, e, r) for s, e, r in chosen],
        placeholders=placeholders,
        extra_edits=extra,
        note=next((f.note for f in notes if f.note), None),
        asks=any(f.asks for f in notes),
        example=any(f.example for f in notes),
    )
    return _suggestion(item, combined)


def _finding(rule: Rule, hit: Hit, item: Item | None, draft: Draft, config: Config) -> Finding:
    lang = config.ui_language or (item.language if item is not None else draft.language)
    if hit.input_span or item is None:
        start, end = hit.span or (0, len(draft.text))
    else:
        local = _code_span_whole(item, hit.span or item.core_span)
        start, end = item.to_input(*local)
    suggestions = [_suggestion(item, f) for f in hit.fixes] if item is not None else []
    message = rule.format_message(lang, hit.args)
    if item is not None and "`" in item.text:
        # a quote cut at a code figure's blanked tick gets it back (decision 4480)
        message = close_code_ticks(message)
        suggestions = [
            s.model_copy(update={"note": close_code_ticks(s.note)}) if s.note else s
            for s in suggestions
        ]
    return make_finding(
        rule_id=rule.id,
        severity=config.severity.get(rule.id, hit.severity or rule.severity),
        target=hit.target or (item.id if item is not None else "set"),
        span=make_span(start, end),
        message=message,
        explanation=rule.explanation[lang],
        source=hit.source,
        # Only a model's calibrated probability is a confidence; a word rule states none.
        confidence=hit.probability if hit.source == "model" else None,
        suggestions=suggestions,
        model_version=(hit.model_version or _encoder_version()) if hit.source == "model" else None,
    )


def _add_examples(draft: Draft, findings: list[Finding]) -> None:
    """Similar well-written examples from the curated library for the first wording finding of
    each flawed item (coach/examples.py: ranked by metric and function, above a similarity
    floor, never one with the item's flaw, never the item)."""
    from coach import examples

    registry = rule_registry.registry()
    wanted = {rid for rid, rule in registry.items() if rule.similar_examples}
    examples.add_to_findings(draft, findings, wanted)


def model_findings(
    draft: Draft,
    config: Config,
    fired: set[tuple[str, str]],
    ran: set[str] | None = None,
) -> list[Finding]:
    """Findings with source 'model' from the trained classifier, for the labels it is enabled
    for (`config.model_labels`, else the artifact's defaults), on items where the rule the label
    speaks for did not already fire (`fired` holds (item id, rule id) pairs). The rule supplies
    the message (`model_message`), explanation and severity; select/ignore apply, and `ran`,
    when given, holds the ids of the rules that ran (a label whose rule did not run stays
    silent)."""
    from coach import classifier

    registry = rule_registry.registry()
    by_label = {rule.model_label: rule for rule in registry.values() if rule.model_label}
    labels = None
    if config.model_labels is not None:
        # Configured by rule id (old ids redirected), asked of the classifier by its label.
        rules = [registry.get(rid) for rid in config.model_labels]
        labels = [r.model_label for r in rules if r is not None and r.model_label]
    active = {r.id for r in active_rules(config)}
    if ran is not None:
        active &= ran
    # A label whose finding on an item would be left out below is not asked about it: its rule
    # fired there, or did not run, or a rule it defers to fired there. (Left out for a rule no
    # label defers to: a hit of a rule some label defers to keeps that label silent below, so
    # it is asked for whatever the rule's own verdict.)
    deferred = {other for rule in by_label.values() for other in rule.model_defers_to}

    def moot(label: str, item: Item) -> bool:
        rule = by_label.get(label)
        if rule is None or (item.id, rule.id) in fired:
            return True
        if rule.id in deferred:
            return False
        return rule.id not in active or any(
            (item.id, other) in fired for other in rule.model_defers_to
        )

    hits = classifier.model_hits(draft, labels, fired, moot)
    found = set(fired) | {
        (item.id, by_label[label].id) for label, item, _ in hits if label in by_label
    }
    out: list[Finding] = []
    for label, item, p in hits:
        rule = by_label.get(label)
        if rule is None or (item.id, rule.id) in fired or rule.id not in active:
            continue
        # A more specific finding on the item says it better than this model's guess.
        if any((item.id, other) in found for other in rule.model_defers_to):
            continue
        if rule.model_held_back(item):
            continue  # the rule reads this wording the other way on purpose
        lang = config.ui_language or item.language
        start, end = item.to_input(*item.core_span)
        out.append(
            make_finding(
                rule_id=rule.id,
                severity=config.severity.get(rule.id, rule.severity),
                target=item.id,
                span=make_span(start, end),
                message=rule.format_model_message(lang),
                explanation=rule.explanation[lang],
                source="model",
                confidence=round(p, 4),
                model_version=classifier.model_version(),
            )
        )
    return out


def _encoder_version() -> str:
    from coach import classifier

    return classifier.model_version()


def _failure(rule: Rule, target: str, errors: list[RuleError]) -> None:
    """A rule raised: re-raise in strict mode, else log it and report it in the review."""
    if _strict():
        raise
    log.exception("rule %s failed on %s", rule.id, target)
    exc = sys.exc_info()[1]
    errors.append(
        RuleError(rule_id=rule.id, target=target, message=f"{type(exc).__name__}: {exc}"[:500])
    )


def _run_item_rule(
    rule: Rule, item: Item, draft: Draft, errors: list[RuleError]
) -> list[Hit] | None:
    try:
        result = rule.check(item, draft)
        return None if result is UNKNOWN else list(result)  # type: ignore[arg-type]
    except Exception:
        _failure(rule, item.id, errors)
        return None


def _on_the_rewrite(f: Fix, staying: dict[str, list[Fix]]) -> Fix:
    """A patch kept on its own card (an owner or a date tag) shown on the item's rewrite of
    its wording, not on the wording that rewrite replaces: "活动满意度达到90%（负责人：[负责人]）",
    not "活动满意度尽量做到90%（负责人：[负责人]）" beside a finding that drops 尽量 (blind read 20,
    rw-165; decision 1017). `f` itself when it is no such patch, when no rewrite of the wording
    stays, or when the rewrite reaches the place the patch goes."""
    if not f.card_only or not f.edits:
        return f
    base = next(
        (g for r in f.yields_to for g in staying.get(r, ()) if g.edits and not g.asks), None
    )
    if base is None or base.extra_edits:
        return f
    at = min(e.start for e in f.edits)
    if any(e.end > at or e.start >= at for e in base.edits):
        return f
    return replace(
        f,
        edits=[*base.edits, *f.edits],
        placeholders=[
            *base.placeholders,
            *(p for p in f.placeholders if p not in base.placeholders),
        ],
    )


def _drop_yielded(hits: list[tuple[Rule, Hit]]) -> list[Fix]:
    """Remove the fixes that yield to another rule's fix on the same item (Fix.yields_to). A
    rule's fix that itself yields counts only where it stays: an owner patch yields to
    kr-not-quantified's rewrite, which yields to kr-is-task's when that rule fires too.

    Returns the removed patches that ride on the item's rewrite (Fix.rides): those that yielded
    to a rewrite of the wording (with edits), none of them a question (decision 507)."""
    by_rule: dict[str, list[Fix]] = {}
    for rule, hit in hits:
        by_rule.setdefault(rule.id, []).extend(hit.fixes)
    state: dict[str, bool] = {}
    dropped: list[Fix] = []
    for _rule, hit in hits:
        kept = [f for f in hit.fixes if _stays(f, by_rule, state)]
        dropped.extend(f for f in hit.fixes[:1] if f.rides and f not in kept)
        # A patch withheld from the item's rewrite may still stay on its own finding
        # (Fix.card_yields_to, decision 966); else the finding says why it has none.
        card = []
        for f in hit.fixes:
            if f in kept or f.card_yields_to is None:
                continue
            if any(_fixing(r, by_rule, state) for r in f.card_yields_to):
                if f.withheld_args and f is hit.fixes[0]:
                    hit.args = {**hit.args, **f.withheld_args}
            else:
                f.card_only = True
                card.append(f)
        hit.fixes = kept + card
    staying: dict[str, list[Fix]] = {}
    for rule, hit in hits:
        staying.setdefault(rule.id, []).extend(f for f in hit.fixes[:1] if not f.card_only)
    for _rule, hit in hits:
        hit.fixes = [_on_the_rewrite(f, staying) for f in hit.fixes]

    def rewords(f: Fix) -> bool:
        core = [g for r in f.yields_to for g in staying.get(r, ())]
        return any(g.edits for g in core) and not any(g.asks for g in core)

    return [f for f in dropped if rewords(f)]


# (Module-level rather than two closures calling each other: such closures form a reference
# cycle, left with what they hold to the cyclic garbage collector after every review.)
def _fixing(rid: str, by_rule: dict[str, list[Fix]], state: dict[str, bool]) -> bool:
    """Whether rule `rid` has a fix on the item that stays."""
    if rid not in state:
        state[rid] = False  # a cycle of yields counts as not fixing
        state[rid] = any(_stays(f, by_rule, state) for f in by_rule.get(rid, ()))
    return state[rid]


def _rewriting(rid: str, by_rule: dict[str, list[Fix]], state: dict[str, bool]) -> bool:
    """Whether rule `rid` has a fix on the item that stays and is a whole rewrite: no question,
    no placeholder left to fill."""
    return any(
        not f.asks and f.edits and not f.placeholders and _stays(f, by_rule, state)
        for f in by_rule.get(rid, ())
    )


def _stays(fix: Fix, by_rule: dict[str, list[Fix]], state: dict[str, bool]) -> bool:
    """Whether `fix` stays: no rule it yields to has a fix that stays (for Fix.yields_to_rewrites,
    a rewrite that stays)."""
    return not any(_fixing(r, by_rule, state) for r in fix.yields_to) and not any(
        _rewriting(r, by_rule, state) for r in fix.yields_to_rewrites
    )


def _drop_folded(hits: list[tuple[Rule, Hit]]) -> list[tuple[Rule, Hit]]:
    """Leave out the hits that fold into another rule's hit on the same item (Hit.folds_into):
    the report shows one finding, the checklist keeps both verdicts. Returns the hits left
    out (a model must not add their rules back; a core failure among them is still charged)."""
    fired = {rule.id for rule, _hit in hits}
    folded = [(r, h) for r, h in hits if set(h.folds_into) & fired]
    hits[:] = [(r, h) for r, h in hits if not (set(h.folds_into) & fired)]
    return folded


def _hedged(rule: Rule, hit: Hit, config: Config) -> bool:
    """The rule's own milder word on this hit (a dated milestone), not a user's override."""
    return (
        rule.id not in config.severity
        and hit.severity is not None
        and scoring.milder(hit.severity, rule.severity)
    )


def _with_dropped(
    truncated: Truncation | None, dropped: dict[str, int], config: Config
) -> Truncation | None:
    """The output caps' count plus the hits never turned into findings (past
    MAX_HITS_PER_RULE_ITEM of one rule on one item)."""
    if not dropped:
        return truncated
    by_target = dict(truncated.by_target) if truncated else {}
    for target, n in dropped.items():
        by_target[target] = by_target.get(target, 0) + n
    return Truncation(
        omitted=sum(by_target.values()),
        by_target=by_target,
        max_findings=config.max_findings,
        max_findings_per_item=config.max_findings_per_item,
    )


def _code_span_whole(item: Item, local: tuple[int, int]) -> tuple[int, int]:
    """`local`, widened by one tick where it cuts a code figure in two ("为 `0`": the rules read
    the wording with the figure's ticks blanked; decision 4480)."""
    s, e = local
    text = item.text
    if "`" not in text or text.count("`", s, e) % 2 == 0:
        return local
    if text.startswith("`", e):
        return s, e + 1
    if s > 0 and text[s - 1] == "`":
        return s - 1, e
    return local


def _input_span(item: Item, span: Span | None) -> Span | None:
    if span is None:
        return None
    start, end = item.to_input(span.start, span.end)
    return make_span(start, end)


def _deadline(item: Item) -> Timeframe | None:
    """The item's timeframe with its span in input offsets (annotations keep local ones)."""
    tf = item.deadline
    if tf is None or tf.span is None:
        return tf
    return tf.model_copy(update={"span": _input_span(item, tf.span)})


def _owned_by(item: Item, draft: Draft) -> OwnedBy | None:
    """Who owns the item and where the draft says so, inherited owners included (decision 485;
    the same reading as kr-no-owner's)."""
    found = rule_registry.owned_by(item, draft)
    if found is None:
        return None
    name, source = found
    return make_owned_by(
        (name or "").strip() or None, source, _owner_lead(item) if source == "item" else 0
    )


# What parts a role or team written first from the wording: "Release manager: ship …".
_PREFIX_SEP_RE = re.compile(r"[ \t]{0,3}(?:[:：]|[—–]{1,2}|-{1,2}|[|｜])[ \t]{0,3}")


def _owner_lead(item: Item) -> int:
    """How many characters of the item's text its owner, written first, takes with the
    separator after it ("Owner: Lead SRE — ", "Release manager: "), or 0 (tester37: the page
    showed "Owner: Lead SRE — cut p95 …" as the key result's wording)."""
    text = item.text
    if item.owner_span is not None and not text[: item.owner_span[0]].strip():
        # the annotation read by find_owner, and the dash that annotate blanked after it
        end = item.owner_span[1]
        while end < len(text) and end < len(item.plain) and not item.plain[end].strip():
            end += 1
        return end if text[end:].strip() else 0
    if item.owner_span is None and item.prefix and text.lstrip().startswith(item.prefix):
        at = text.index(item.prefix) + len(item.prefix)
        sep = _PREFIX_SEP_RE.match(text, at)
        if sep is not None and sep.end() > at and text[sep.end() :].strip():
            return sep.end()
    return 0


def _set_owner(draft: Draft) -> SetOwner | None:
    """The owner the set's title or a line under it names, the line as typed (decision 485)."""
    found = rule_registry.set_owner(draft)
    if found is None:
        return None
    name, text, start, end = found
    if draft.original is not None:
        text = draft.original[start:end]
        if draft.traditional and name:
            name = to_traditional(name)
    return SetOwner(name=name or None, text=text, span=make_span(start, end))


def _metric(item: Item) -> Metric | None:
    m = item.metric
    if m is None or m.span is None:
        return m
    return m.model_copy(update={"span": _input_span(item, m.span)})


def _item_results(
    draft: Draft, active: list[Rule], config: Config, errors: list[RuleError]
) -> dict[str, list[tuple[Rule, list[Hit] | None]]]:
    """Each item rule's hits on each item, in rule order (None: unknown). No rule waits for the
    sentence encoder: the outcome a task's rewrite serves reads the encoder's cheap stand-in
    (coach.sketch, through coach.classifier.item_cosine)."""
    out: dict[str, list[tuple[Rule, list[Hit] | None]]] = {}
    for it in draft.items():
        results = out[it.id] = []
        for rule in active:
            if rule.target != it.kind:
                continue
            check_deadline()  # a review past its time budget stops here (coach.deadline)
            results.append((rule, _run_item_rule(rule, it, draft, errors)))
        _build_fixes(it, results, errors)
    return out


def _build_fixes(
    item: Item,
    results: list[tuple[Rule, list[Hit] | None]],
    errors: list[RuleError],
) -> None:
    """Build the fixes left to build (Hit.build_fixes) of the hits reported on the item: not
    those that fold into another rule's hit there (Hit.folds_into). A rule whose fix raises is
    reported as a failed rule, as when its check raises."""
    fired = {rule.id for rule, hits in results if hits}
    for i, (rule, hits) in enumerate(results):
        try:
            for hit in hits or ():
                if not set(hit.folds_into) & fired:
                    hit.built()
        except Exception:
            _failure(rule, item.id, errors)
            results[i] = (rule, None)


# The checklist rows, one immutable Check per (principle, status, rule id), shared by every
# review (about 80 rows a draft, each a pydantic model of ~1 µs to build). Bounded.
_checks: dict[tuple[str, str, str, str | None, bool, str | None], Check] = {}
_CHECKS_KEPT = 4096


def _check(
    principle: str,
    status: str,
    rule_id: str,
    reason: str | None = None,
    off: bool = False,
    said_on: str | None = None,
) -> Check:
    key = (principle, status, rule_id, reason, off, said_on)
    found = _checks.get(key)
    if found is None:
        if len(_checks) >= _CHECKS_KEPT:
            _checks.clear()
        found = _checks[key] = Check(
            principle=principle,
            status=status,  # type: ignore[arg-type]
            rule_id=rule_id,
            reason=reason,
            off_by_default=True if off else None,
            said_on=said_on,
        )
    return found


# What the checklist says of a principle whose rule is off by default (decision 506).
NOT_WRITTEN = {
    "zh": "未检查：这一条还没有写内容。",
    "en": "Not checked: nothing is written here yet.",
}
NOT_CHECKED = {
    "zh": "未检查：这条规则默认关闭（在真实草稿上误报太多）；要检查，请选择 {rule}。",
    "en": "Not checked: this rule is off by default (too many false alarms on real drafts); "
    "select {rule} to check it.",
}


def _not_checked(active: list[Rule], config: Config) -> list[Rule]:
    """The item rules that are off by default and did not run: with no `select` and not
    ignored, the checklist still lists their principle, as not checked (decision 506). A
    selection or an ignore says which principles the person asked about."""
    if config.select is not None:
        return []
    on = {r.id for r in active}
    return [
        r
        for r in rule_registry.registry().values()
        if not r.default_enabled
        and r.target != "set"
        and r.id not in on
        and r.id not in config.ignore
    ]


def run_rules(draft: Draft, active: list[Rule], config: Config) -> Review:
    """The review of `draft` by the `active` rules; what the fixes say to the person (notes,
    questions) is in the interface language when `config` names one (rule_api.voice), and
    otherwise in the draft's own language (SPEC: the review answers "in the draft's own
    language"): an English line in a Chinese draft ("Release v2.0") is told in Chinese, its
    rewritten wording staying in its own language (decisions 425, 2268)."""
    if config.ui_language is None and draft.language in ("zh", "en"):
        config = replace(config, ui_language=draft.language)
    with speaking(config.ui_language):
        return _run_rules(draft, active, config)


def _run_rules(draft: Draft, active: list[Rule], config: Config) -> Review:
    findings: list[Finding] = []
    checks: dict[str, list[Check]] = {}
    fixes: dict[str, list[Fix]] = {}
    charges: list[scoring.Charge] = []
    errors: list[RuleError] = []
    dropped: dict[str, int] = {}  # hits past MAX_HITS_PER_RULE_ITEM, per item
    items = {it.id: it for it in draft.items()}
    folded: set[tuple[str, str]] = set()  # (item, rule) findings left out (Hit.folds_into)
    reported: set[tuple[str, str] | None] = set()  # (item, rule) findings reported so far
    results = _item_results(draft, active, config, errors)
    unchecked = _not_checked(active, config)
    for it in draft.items():
        lang = config.ui_language or it.language
        checks[it.id] = []
        fixes[it.id] = []
        item_hits: list[tuple[Rule, Hit]] = []
        # An item not written yet ("KR3:", "- [ ]", "TBD"): the rules that read it found it
        # empty (rules/_draft_structure.py `is_empty`), so nothing it says can hold yet; only
        # the rule that says it is empty fails (decision 1170)
        empty = it.facts.memo.get("is_empty") is True
        for rule, hits in results[it.id]:
            status = "unknown" if hits is None else ("fail" if hits else "pass")
            if empty and status == "pass":
                reason = NOT_WRITTEN[lang]
                checks[it.id].append(_check(rule.principle[lang], "unknown", rule.id, reason))
                continue
            checks[it.id].append(_check(rule.principle[lang], status, rule.id))
            hits = hits or []
            if len(hits) > MAX_HITS_PER_RULE_ITEM:
                severity = config.severity.get(rule.id, rule.severity)
                extra = len(hits) - MAX_HITS_PER_RULE_ITEM
                charges.append(scoring.Charge(it.id, rule.id, severity, extra))
                dropped[it.id] = dropped.get(it.id, 0) + extra
                hits = hits[:MAX_HITS_PER_RULE_ITEM]
            item_hits.extend((rule, hit) for hit in hits)
        for rule in unchecked:
            if rule.target == it.kind:
                reason = NOT_CHECKED[lang].format(rule=rule.id)
                checks[it.id].append(
                    _check(rule.principle[lang], "unknown", rule.id, reason, off=True)
                )
        riders = _drop_yielded(item_hits)
        fired_here = {rule.id for rule, _hit in item_hits}
        left_out = _drop_folded(item_hits)
        folded.update((it.id, rule.id) for rule, _hit in left_out)
        said = [(rule, hit) for rule, hit in item_hits if hit.said_on in reported]
        folded.update((it.id, rule.id) for rule, _hit in said)
        # the checklist row points to the item whose finding says it (decision 1726)
        said_where = {rule.id: hit.said_on[0] for rule, hit in said if hit.said_on}
        if said_where:
            checks[it.id] = [
                _check(c.principle, c.status, c.rule_id, c.reason, bool(c.off_by_default), where)
                if c.status == "fail" and (where := said_where.get(c.rule_id))
                else c
                for c in checks[it.id]
            ]
        item_hits = [(rule, hit) for rule, hit in item_hits if hit.said_on not in reported]
        for rule, hit in item_hits:
            f = _finding(rule, hit, it, draft, config)
            findings.append(f)
            reported.add((it.id, rule.id))
            fixes[it.id].extend(f for f in hit.fixes[:1] if not f.card_only)
            charges.append(
                scoring.Charge(it.id, rule.id, f.severity, hedged=_hedged(rule, hit, config))
            )
        # A core failure folded into another finding ("Complete weekly truck checks": not
        # quantified, said by kr-business-as-usual) is still the item's core failure: it costs
        # the core points when nothing shown on the item paid them, nothing more when something
        # did (tester16 M1; decision 1296). Folded into a core rule's finding (a task, a dated
        # milestone), that finding says what the item's core failure costs (decision 426).
        for rule, hit in left_out:
            into = set(hit.folds_into) & fired_here
            if rule.id in scoring.CORE_RULES and not scoring.CORE_RULES & into:
                severity = config.severity.get(rule.id, hit.severity or rule.severity)
                hedged = _hedged(rule, hit, config)
                said_by = next((r for r in hit.folds_into if r in into), None)
                charges.append(
                    scoring.Charge(
                        it.id, rule.id, severity, hedged=hedged, folded=True, said_by=said_by
                    )
                )
        fixes[it.id].extend(riders)  # after the rewrite they follow

    if draft.semantic and config.include_examples:
        check_deadline()
        _add_examples(draft, findings)

    model_version = None
    if config.use_model:
        # The trained classifier adds findings (source "model") for the labels it is enabled
        # for by default, on items where the corresponding rule did not already fire.
        from coach import classifier

        # a finding left out because another says it (Hit.folds_into) still counts as fired
        fired = {(f.target, f.rule_id) for f in findings} | folded
        for f in model_findings(draft, config, fired, {r.id for r in active}):
            findings.append(f)
            # a model's guess costs by its severity, never as a core failure (decision 1428)
            charges.append(scoring.Charge(f.target, f.rule_id, f.severity, hedged=True))
            on_item = checks.get(f.target, [])
            for i, check in enumerate(on_item):
                if check.rule_id == f.rule_id:
                    on_item[i] = _check(check.principle, "fail", check.rule_id)
        model_version = classifier.model_version()

    for rule in active:
        if rule.target != "set":
            continue
        check_deadline()
        try:
            hits = list(rule.check_set(draft))
        except Exception:
            _failure(rule, "set", errors)
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
            # about one item (a duplicate KR): it counts there; else on the set
            charges.append(
                scoring.Charge(f.target if owner is not None else "set", rule.id, f.severity)
            )

    findings.sort(key=lambda f: (f.span.start, SEVERITY_ORDER[f.severity], f.rule_id))
    findings, truncated = cap_findings(findings, config)  # scores and checks count them all
    truncated = _with_dropped(truncated, dropped, config)

    breakdown = scoring.explained(
        scoring.compute(draft, charges), draft, config.ui_language or draft.language
    )
    findings = _core_carried(findings, breakdown, items, draft, config)
    findings = _routine_asks(findings, items, draft, config)
    item_scores = scoring.item_scores(breakdown)
    by_objective = {o.id: o for o in breakdown.objectives}

    def item_score(it: Item) -> int:
        return item_scores.get(it.id, 100)

    objectives: list[Objective] = []
    for o in draft.objectives:
        krs = [
            KeyResult(
                id=kr.id,
                text=kr.text,
                span=make_span(kr.start, kr.end),
                language=kr.language,
                owner=kr.owner,
                owned_by=_owned_by(kr, draft),
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
        objectives.append(
            Objective(
                id=o.id,
                text=o.text,
                span=make_span(o.start, o.end),
                language=o.language,
                level=o.level,
                owner=o.owner,  # type: ignore[arg-type]
                owned_by=_owned_by(o, draft),
                deadline=_deadline(o),
                priority=o.priority,
                parent=o.parent,
                checks=checks[o.id],
                key_results=krs,
                rewrite=_combined(o, fixes[o.id]),
                score=by_objective[o.id].score,
                band=by_objective[o.id].band,
            )
        )
    if draft.original is not None:
        objectives, findings = _in_the_drafts_characters(draft, objectives, findings)
    return make_review(
        language=draft.language,
        objectives=objectives,
        owner=_set_owner(draft),
        findings=findings,
        truncated=truncated,
        score=breakdown.score,
        band=breakdown.band,
        score_breakdown=breakdown,
        ui_language=config.ui_language or draft.language,
        version=__version__,
        source_text=draft.text if draft.structured else None,
        model_version=model_version,
        errors=errors,
        warnings=_input_warnings(draft, config),
    )


# What a finding adds when it says a core failure folded into it (Hit.folds_into), by the
# folded rule: "Hold a team meeting every Monday" showed a routine-work hint, yet its key result
# lost the 40 points of kr-activity-count that hint carries (ux43, decision 6390)
_CORE_CARRIED = {
    "kr-activity-count": {
        "en": "It also names an activity, not a result: the key result's core failure "
        "(−{points} points).",
        "zh": "它写的也是要做的事，不是结果：这是这个关键结果的核心问题（扣{points}分）。",
    },
    "kr-not-quantified": {
        "en": "It also has no number to reach: the key result's core failure (−{points} points).",
        "zh": "它也没有要达到的数字：这是这个关键结果的核心问题（扣{points}分）。",
    },
    "kr-is-task": {
        "en": "It is also a task to do, not a result: the key result's core failure "
        "(−{points} points).",
        "zh": "它也是要做的任务，不是结果：这是这个关键结果的核心问题（扣{points}分）。",
    },
}
# The core findings whose question a routine-work hint on the same key result answers (6472),
# and the question asked instead: decision 283's, without its "is it often late" (upkeep such as
# "Keep the office printers working" is not late or on time).
_ASKS_FOR_A_NUMBER = frozenset({"kr-not-quantified"})
_ROUTINE_ASK = {
    "en": "Does “{what}” have to change this cycle? If so, write the number that shows the "
    "change, with its baseline and target; if not, it is business as usual: keep doing it off "
    "the OKR, and write the result the objective needs as the key result.",
    "zh": "“{what}”这个周期确实要改变吗？如果要，写出能说明这个改变的数字，以及它的基线和目标值；如果不用，"
    "它是日常工作，照常做好即可，不必写进OKR，关键结果换成目标真正要改变的那个结果。",
}


def _asks_for_a_number(s: Suggestion) -> bool:
    """A question with no edits that asks for a number showing the item itself ("Which number
    shows “Renew the CRM licences on time”, and what is its target?"). A question about the
    number the work would move ("which number gets better when it is done?") agrees with the
    hint: the work goes to the plan, its result to the key result."""
    return _asked_wording(s) is not None


def _asked_wording(s: Suggestion) -> str | None:
    """The wording a question of `MEASURE_QUESTION` quotes ("Which number shows “X”, …": X),
    None when `s` is no such question."""
    if not s.asks or s.edits:
        return None
    for q in MEASURE_QUESTION.values():
        head, tail = q.split("{what}")
        if s.text.startswith(head) and s.text.endswith(tail) and len(s.text) > len(head + tail):
            return s.text[len(head) : len(s.text) - len(tail)]
    return None


def _routine_asks(
    findings: list[Finding], items: dict[str, Item], draft: Draft, config: Config
) -> list[Finding]:
    """A key result kr-business-as-usual calls routine work ("Renew the CRM licences on time",
    "Keep the office printers working") was also asked, by its core finding, "Which number shows
    …? Write that number with its baseline and target", while the hint beside it said to leave
    routine work off the OKR: advice that contradicts itself (tester44, decision 6472). The core
    finding's question is then the routine one (as decision 283 asks it): does it have to change
    this cycle — if so, its number; if not, keep doing it and write the result the objective needs.
    Findings, severities and scores are unchanged; a rewrite with edits is kept."""
    routine = {
        f.target for f in findings if f.rule_id == "kr-business-as-usual" and f.source == "rule"
    }
    if not routine:
        return findings
    out = []
    for f in findings:
        item = items.get(f.target)
        if (
            f.target in routine
            and f.rule_id in _ASKS_FOR_A_NUMBER
            and f.source == "rule"
            and item is not None
            and any(_asks_for_a_number(s) for s in f.suggestions)
        ):
            lang = config.ui_language or item.language
            lang = "zh" if lang == "zh" else "en"
            suggestions = [
                s.model_copy(update={"text": _ROUTINE_ASK[lang].format(what=what)})
                if (what := _asked_wording(s)) is not None
                else s
                for s in f.suggestions
            ]
            f = f.model_copy(update={"suggestions": suggestions})
        out.append(f)
    return out


_CORE_CARRIED_ANY = {
    "en": "It also carries this item's core failure ({rule}, −{points} points).",
    "zh": "这一条也说明了这一项的核心问题（{rule}，扣{points}分）。",
}


def _core_carried(
    findings: list[Finding],
    breakdown: scoring.ScoreBreakdown,
    items: dict[str, Item],
    draft: Draft,
    config: Config,
) -> list[Finding]:
    """Each finding that says a core failure the score charges (a deduction's `said_by`) names
    it in its message, so that the card says what the points are for; the score is unchanged."""
    carried = {
        (d.target, d.said_by): d for d in breakdown.deductions if d.core and d.said_by is not None
    }
    if not carried:
        return findings
    out = []
    for f in findings:
        d = carried.pop((f.target, f.rule_id), None)
        if d is not None:
            item = items.get(f.target)
            lang = config.ui_language or (item.language if item is not None else draft.language)
            lang = "zh" if lang == "zh" else "en"
            said = _CORE_CARRIED.get(d.rule_id, _CORE_CARRIED_ANY)[lang]
            clause = said.format(points=d.points, rule=d.rule_id)
            f = f.model_copy(update={"message": f.message + ("" if lang == "zh" else " ") + clause})
        out.append(f)
    return out


def _input_warnings(draft: Draft, config: Config) -> list[ReviewWarning]:
    """What the reader should know about the input: a draft mostly in neither Chinese nor
    English is reviewed as the language it was read as, and says so (tester32)."""
    from coach.other_language import notice, other_language

    found = other_language(draft.original or draft.text)
    if found is None:
        return _mismatch_warnings(draft, config)
    message = notice(found, draft.language, config.ui_language or draft.language)
    return [ReviewWarning(code="unsupported_language", message=message, language=found.code)]


def _mismatch_warnings(draft: Draft, config: Config) -> list[ReviewWarning]:
    """A language forced ('zh' or 'en') on items written in the other: they were read as the
    forced one, so the rules that read their wording (a task, a vague word, a negative
    phrase) mostly could not, and the review says so (tester37: "上线自助借还机" under
    `language: en` passed as a result, with no word about the language)."""
    if draft.forced_over is None:
        return []
    other, ids = draft.forced_over
    n, total = len(ids), len(draft.items())
    if (config.ui_language or draft.language) == "zh":
        asked = "英文" if draft.language == "en" else "中文"
        written = "中文" if other == "zh" else "英文"
        which = f"全部 {n} 条都" if n == total else f"{total} 条中有 {n} 条"
        message = (
            f"这次评审指定按{asked}读（language: {draft.language}），但{which}是用{written}写的："
            f"它们也按{asked}读了，看措辞的检查（任务、模糊的词、负向表述）在这些条目上多半不起作用。"
            "把语言设为自动（auto），每条按它自己的语言评审。"
        )
    else:
        asked = "English" if draft.language == "en" else "Chinese"
        written = "Chinese" if other == "zh" else "English"
        if n == total:
            which, they, them = "all its items are", "they were", "them"
        else:
            are = "is" if n == 1 else "are"
            which = f"{n} of its {total} items {are}"
            they, them = ("it was", "it") if n == 1 else ("they were", "them")
        message = (
            f"The review was asked to read the draft as {asked} (language: {draft.language}), "
            f"but {which} written in {written}: {they} read as {asked} too, so the checks "
            f"that read wording (a task, a vague word, a negative phrase) mostly do not work on "
            f"{them}. Set the language to auto to review each item in its own language."
        )
    return [ReviewWarning(code="language_mismatch", message=message, language=other, items=ids)]
