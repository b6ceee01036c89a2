"""The rule catalog as data, generated from the rule objects (never written twice).

`okr-coach rules`, `okr-coach explain` — and any other view of the catalog — read these
dicts. Only the `rules` package is imported here: listing the catalog needs no parser,
no pydantic model and no segmenter.
"""

from __future__ import annotations

import difflib
import inspect
from typing import Any

from coach.errors import ConfigError


class UnknownRuleError(ConfigError, KeyError):
    """A rule id that is not in the catalog; `close` holds the nearest ids."""

    def __init__(self, rule_id: str, close: list[str]) -> None:
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `okr-coach rules`"
        hint_zh = (
            f"；是不是想写 {', '.join(close)}？" if close else "；规则列表见 `okr-coach rules`。"
        )
        super().__init__(
            f"unknown rule id {rule_id!r}{hint}", f"没有 id 为 {rule_id!r} 的规则{hint_zh}"
        )
        self.rule_id = rule_id
        self.close = close

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


def _registry() -> dict[str, Any]:
    import rules

    return rules.registry()


def rule_ids() -> list[str]:
    return list(_registry())


def find_rule(rule_id: str) -> Any:
    """The rule with this id (or a redirected old id); UnknownRuleError with close matches."""
    import rules

    target = rules.resolve(rule_id)
    registry = _registry()
    if target in registry:
        return registry[target]
    # Ids are lower case; "KR-IS-TASK" or " kr-is-task" typed by hand still finds its match.
    typed = rule_id.strip().lower()
    close = difflib.get_close_matches(typed, list(registry), n=3, cutoff=0.6)
    if not close:
        # A prefix or a fragment ("no-key") is a common way to half-remember an id.
        close = [rid for rid in registry if typed and typed in rid][:3]
    raise UnknownRuleError(rule_id, close)


def _example_info(ex: Any, rule: Any) -> dict[str, Any]:
    context = ex.context if ex.context is not None else rule.default_context(ex.lang)
    span = ex.marked
    return {
        "lang": ex.lang,
        "bad": ex.bad,
        "text": ex.clean,
        "marked": ex.text,
        "span": list(span) if span else None,
        "context": context,
        # the example sits in a draft of its own (a set title with a quarter …), not the rule's
        # default one: a reader needs to see it to judge the example (decision 675)
        "own_context": ex.context is not None and ex.context != rule.default_context(ex.lang),
        "note": ex.note,
        "workshop": ex.workshop,
        "findings": ex.findings if ex.bad else 0,
    }


def rule_doc(rule: Any) -> str:
    """The rule class's docstring (What it does / Why is this bad? / Use instead), cleaned."""
    return inspect.cleandoc(type(rule).__doc__ or "")


def rule_info(rule: Any) -> dict[str, Any]:
    """Everything the catalog says about one rule, JSON-ready."""
    return {
        "id": rule.id,
        "target": rule.target,
        "severity": rule.severity,
        "category": rule.category,
        "issue_type": rule.issue_type,
        "fix": rule.fix,
        "fixable": rule.fixable,
        "similar_examples": rule.similar_examples,
        "principle": dict(rule.principle),
        "message": dict(rule.message),
        "explanation": dict(rule.explanation),
        "doc": rule_doc(rule),
        "model_label": rule.model_label,
        "model_message": dict(rule.model_message) if rule.model_message else None,
        "examples": [_example_info(ex, rule) for ex in rule.examples],
    }


def catalog() -> list[dict[str, Any]]:
    """Every rule's info, in catalog order."""
    return [rule_info(r) for r in _registry().values()]
