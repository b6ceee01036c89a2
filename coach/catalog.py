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
    """A rule id that is not in the catalog; `close` holds the nearest ids; `listed_by` is the
    command that lists the ids it was looked for among."""

    def __init__(self, rule_id: str, close: list[str], listed_by: str = "okr-coach rules") -> None:
        hint = f"; did you mean {', '.join(close)}?" if close else f"; see `{listed_by}`"
        listed_zh = listed_by.replace("` or `", "` 或 `")
        hint_zh = f"；是不是想写 {', '.join(close)}？" if close else f"；规则列表见 `{listed_zh}`。"
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


def _cycle_registry() -> dict[str, Any]:
    from rules.cycle import registry

    return registry()


def find_any_rule(rule_id: str) -> Any:
    """A draft rule or a grading, check-in or tree rule (what `okr-coach explain` takes). An id
    it does not have gets the nearest ids of both catalogs, and, when none is near, the command
    that lists its family: "grade-mising" or "CHECKIN-P3-TASK" said only "see `okr-coach
    rules`", a list without the cycle's rules (tester39)."""
    try:
        return find_rule(rule_id)
    except UnknownRuleError as draft_error:
        cycle = _cycle_registry()
        typed = rule_id.strip().lower()
        if typed in cycle:
            return cycle[typed]
        cycle_like = typed.split("-", 1)[0] in ("grade", "checkin", "tree")
        close = difflib.get_close_matches(typed, list(cycle), n=3, cutoff=0.6)
        if not close:
            close = [rid for rid in cycle if typed and typed in rid][:3]
        if not cycle_like and draft_error.close:
            raise
        if not close and not cycle_like:
            raise UnknownRuleError(
                rule_id, [], "okr-coach rules` or `okr-coach rules --cycle"
            ) from None
        raise UnknownRuleError(rule_id, close, "okr-coach rules --cycle") from None


def cycle_catalog() -> list[dict[str, Any]]:
    """The grading, check-in and tree rules' info, family by family."""
    return [rule_info(r) for r in _cycle_registry().values()]


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
