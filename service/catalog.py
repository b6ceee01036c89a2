"""The rule catalog and workshop examples as API models, generated from the rules themselves."""

from __future__ import annotations

import inspect
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
    note: str = ""


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
        example_count=len(rule.examples),
    )


def rule_detail(rule: Rule) -> RuleDetail:
    return RuleDetail(
        **rule_info(rule).model_dump(), examples=[example_info(rule, ex) for ex in rule.examples]
    )


def example_info(rule: Rule, example: Example) -> ExampleInfo:
    context = example.context if example.context is not None else rule.default_context(example.lang)
    before, found, after = context.partition("{item}")
    draft = before + example.clean + after if found else example.clean
    offset = len(before) if found else 0
    marked = example.marked if example.bad else None
    return ExampleInfo(
        rule_id=rule.id,
        language=example.lang,
        bad=example.bad,
        text=example.clean,
        span=Span(start=marked[0], end=marked[1]) if marked else None,
        draft=draft,
        draft_span=Span(start=marked[0] + offset, end=marked[1] + offset) if marked else None,
        note=example.note,
    )


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
        if (language is None or ex.lang == language) and (bad is None or ex.bad == bad)
    ]
