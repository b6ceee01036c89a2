"""The rule catalog and workshop examples as API models, generated from the rules themselves."""

from __future__ import annotations

import inspect
import json
import threading
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

import rules
from coach.rule_api import CATEGORIES, Example, Rule
from coach.types import Span


class Bilingual(BaseModel):
    zh: str
    en: str


class RuleInfo(BaseModel):
    id: str
    target: Literal["objective", "kr", "set"]
    severity: Literal["error", "warning", "info"]
    principle: Bilingual
    message: Bilingual
    explanation: Bilingual
    fixable: bool
    fix: Literal["always", "sometimes", "never"] = Field(
        description="Whether its findings carry a rewrite (as ruff's fix availability)."
    )
    category: str = Field(description="What the rule is about (direction, measurable, time …).")
    category_name: Bilingual
    issue_type: str = Field(description="Its LanguageTool issue type in /v2/check.")
    documentation: str = Field("", description="The rule's long documentation (its docstring).")
    example_count: int = Field(0, description="How many workshop examples it has.")


class ExampleInfo(BaseModel):
    rule_id: str
    language: Literal["zh", "en"]
    bad: bool
    text: str = Field(description="The example item (or whole draft, for set rules).")
    span: Span | None = Field(None, description="For a bad example: the flagged part of `text`.")
    draft: str = Field(description="A complete draft with the example in place: try it.")
    draft_span: Span | None = Field(None, description="`span`, in `draft` offsets.")
    setting: str = Field(
        "",
        description="Where the example sits in a draft of its own (a set title that gives the "
        "quarter, key results with dates): the lines of `draft` that decide it, which the page "
        "shows beside the example, since the same words may be a bad example elsewhere "
        "(decision 675). Empty when the example sits in the rule's default draft.",
    )
    borderline: bool = Field(
        False,
        description="The example is kept as a test of a borderline decision: a presenter shows "
        "plain examples first (decision 582).",
    )
    also_flagged: list[str] = Field(
        default_factory=list,
        description="For a good example: the other rules of its kind (objective or key result "
        "rules) that flag it in `draft` under the default configuration; for a set rule's "
        "example (the whole draft), every other rule that flags the draft. A good example "
        "shows only that it is not this rule's flaw; where this list is not empty the page says "
        "'not this flaw, but still: …' instead of '✓ good' (decision 505).",
    )


class RuleDetail(RuleInfo):
    examples: list[ExampleInfo]


def rule_info(rule: Rule) -> RuleInfo:
    return RuleInfo(
        id=rule.id,
        target=rule.target,
        severity=rule.severity,
        principle=Bilingual(**rule.principle),
        message=Bilingual(**rule.message),
        explanation=Bilingual(**rule.explanation),
        fixable=rule.fixable,
        fix=rule.fix,
        category=rule.category,
        category_name=Bilingual(**CATEGORIES[rule.category]),
        issue_type=rule.issue_type,
        documentation=inspect.cleandoc(type(rule).__doc__ or ""),
        example_count=sum(ex.workshop for ex in rule.examples),
    )


def rule_detail(rule: Rule) -> RuleDetail:
    return RuleDetail(
        **rule_info(rule).model_dump(),
        examples=[example_info(rule, ex) for ex in rule.examples if ex.workshop],
    )


def example_info(rule: Rule, example: Example) -> ExampleInfo:
    context = example.context if example.context is not None else rule.default_context(example.lang)
    before, found, after = context.partition("{item}")
    draft = before + example.clean + after if found else example.clean
    offset = len(before) if found else 0
    marked = example.marked if example.bad else None
    also = [] if example.bad else also_flagged(rule, draft, offset)
    return ExampleInfo(
        rule_id=rule.id,
        language=example.lang,
        bad=example.bad,
        text=example.clean,
        span=Span(start=marked[0], end=marked[1]) if marked else None,
        draft=draft,
        draft_span=Span(start=marked[0] + offset, end=marked[1] + offset) if marked else None,
        setting=setting(rule, example),
        borderline=bool(example.note),
        also_flagged=also,
    )


def setting(rule: Rule, example: Example) -> str:
    """The lines of an example's own draft that are not in its rule's default draft (the item's
    line left out), joined by " / " (decision 675); "" for an example in the default draft."""
    if example.context is None:
        return ""
    default = rule.default_context(example.lang)
    if example.context == default:
        return ""
    known = {line.strip() for line in default.splitlines()}
    lines = [
        line.strip()
        for line in example.context.splitlines()
        if line.strip() and "{item}" not in line and line.strip() not in known
    ]
    return " / ".join(lines)


# The other rules that flag a good example: a review each (about 20 ms; 400-odd good examples,
# 10 s in all), so they are worked out ahead and shipped in VERDICTS (`python -m service.catalog`
# writes it; tests/test_workshop_examples.py fails when it is stale). An example not in it (a
# rule's new example before the file is written again) is reviewed on first use.
VERDICTS = Path(__file__).with_name("example_verdicts.json")
_also: dict[tuple[str, str], list[str]] | None = None
_also_lock = threading.Lock()


def _shipped() -> dict[tuple[str, str], list[str]]:
    global _also
    if _also is None:
        try:
            rows = json.loads(VERDICTS.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            rows = []
        _also = {(r["rule_id"], r["draft"]): r["also_flagged"] for r in rows}
    return _also


def also_flagged(rule: Rule, draft: str, offset: int) -> list[str]:
    """The ids of the other rules of `rule`'s target that flag the item at `offset` in `draft`
    (for a set rule, whose example is the whole draft: any other rule's finding anywhere in it,
    since "Try it" shows them all), default configuration (decisions 505, 581)."""
    key = (rule.id, draft)
    with _also_lock:
        found = _shipped().get(key)
    if found is None:
        found = flagged_now(rule, draft, offset)
        with _also_lock:
            _shipped()[key] = found
    return found


def flagged_now(rule: Rule, draft: str, offset: int) -> list[str]:
    """`also_flagged`, worked out now: the draft reviewed with the default configuration."""
    from coach import review

    result = review(draft)
    kinds = {r.id: r.target for r in rules.registry().values()}
    targets: set[str] | None = None
    if rule.target != "set":
        items = [*result.objectives, *(k for o in result.objectives for k in o.key_results)]
        targets = {it.id for it in items if it.span.start <= offset < max(it.span.end, offset + 1)}
    return sorted(
        {
            f.rule_id
            for f in result.findings
            if f.rule_id != rule.id
            and (targets is None or (kinds.get(f.rule_id) == rule.target and f.target in targets))
        }
    )


def good_examples() -> list[tuple[Rule, str, int]]:
    """Every good example: its rule, its draft and where the example starts in it."""
    out = []
    for rule in rules.registry().values():
        for ex in rule.examples:
            if not ex.bad:
                context = ex.context if ex.context is not None else rule.default_context(ex.lang)
                before, found, after = context.partition("{item}")
                draft = before + ex.clean + after if found else ex.clean
                out.append((rule, draft, len(before) if found else 0))
    return out


def verdict_rows() -> list[dict[str, object]]:
    return [
        {"rule_id": rule.id, "draft": draft, "also_flagged": flagged_now(rule, draft, offset)}
        for rule, draft, offset in good_examples()
    ]


if __name__ == "__main__":  # python -m service.catalog [--check]: write VERDICTS again
    import sys

    rows = verdict_rows()
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    text = f"[\n{lines}\n]\n"
    flagged = sum(bool(r["also_flagged"]) for r in rows)
    if "--check" in sys.argv[1:]:
        # compare only: a stale file fails with a pointer to the command that rewrites it
        same = VERDICTS.read_text(encoding="utf-8") == text
        print(
            f"{VERDICTS.name}: {'up to date' if same else 'out of date: run python -m service.catalog'}"
        )
        raise SystemExit(0 if same else 1)
    VERDICTS.write_text(text, encoding="utf-8")
    print(f"{VERDICTS.name}: {len(rows)} good examples, {flagged} flagged by another rule")


def all_rules() -> list[RuleInfo]:
    return [rule_info(r) for r in rules.registry().values()]


def find_rule(rule_id: str) -> Rule | None:
    try:
        return rules.get(rule_id)
    except KeyError:
        return None


def examples(
    rule_id: str | None = None, language: str | None = None, bad: bool | None = None
) -> list[ExampleInfo]:
    chosen = rules.registry().values() if rule_id is None else [rules.get(rule_id)]
    return [
        example_info(rule, ex)
        for rule in chosen
        for ex in rule.examples
        if ex.workshop
        and (language is None or ex.lang == language)
        and (bad is None or ex.bad == bad)
    ]
