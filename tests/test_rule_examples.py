"""Every example of every rule is a test (LanguageTool's way).

A bad example must trigger its rule on the right item at the «marked» span; a good example
must not trigger it. Each rule carries at least 3 bad and 3 good examples per language.
"""

from __future__ import annotations

import pytest

import rules
from coach import review
from coach.rule_api import Example, Rule


def _cases():
    for rule in rules.registry().values():
        for i, ex in enumerate(rule.examples):
            kind = "bad" if ex.bad else "good"
            yield pytest.param(rule, ex, id=f"{rule.id}-{ex.lang}-{kind}-{i}")


def build(rule: Rule, ex: Example) -> tuple[str, tuple[int, int] | None]:
    """The draft to review and the expected input span of the marked part (if any)."""
    context = ex.context if ex.context is not None else rule.default_context(ex.lang)
    before, _, after = context.partition("{item}")
    if "{item}" not in context:
        raise AssertionError(f"{rule.id}: context has no {{item}}: {context!r}")
    text = before + ex.clean + after
    marked = ex.marked
    if marked is None:
        return text, None
    return text, (len(before) + marked[0], len(before) + marked[1])


@pytest.mark.parametrize(("rule", "ex"), list(_cases()))
def test_example(rule: Rule, ex: Example) -> None:
    text, span = build(rule, ex)
    result = review(text, select=[rule.id])
    hits = [f for f in result.findings if f.rule_id == rule.id and f.source == "rule"]
    if ex.bad:
        assert span is not None, f"bad example without a «marked» span: {ex.text!r}"
        got = [(f.span.start, f.span.end, text[f.span.start : f.span.end]) for f in hits]
        assert (span[0], span[1], text[span[0] : span[1]]) in got, (
            f"{rule.id} should flag {text[span[0] : span[1]]!r} in {text!r}; got {got}"
        )
    else:
        assert not hits, f"{rule.id} should not fire on {text!r}; got {[f.message for f in hits]}"


@pytest.mark.parametrize("rule", list(rules.registry().values()), ids=lambda r: r.id)
def test_rule_has_examples_in_both_languages(rule: Rule) -> None:
    for lang in ("zh", "en"):
        bad = [e for e in rule.examples if e.lang == lang and e.bad]
        good = [e for e in rule.examples if e.lang == lang and not e.bad]
        assert len(bad) >= 3, f"{rule.id}: {len(bad)} bad {lang} examples, need 3"
        assert len(good) >= 3, f"{rule.id}: {len(good)} good {lang} examples, need 3"


@pytest.mark.parametrize("rule", list(rules.registry().values()), ids=lambda r: r.id)
def test_rule_metadata(rule: Rule) -> None:
    assert rule.target in ("objective", "kr", "set")
    assert rule.severity in ("error", "warning", "info")
    for field in ("principle", "message", "explanation"):
        value = getattr(rule, field)
        assert set(value) == {"zh", "en"}, f"{rule.id}.{field} must have zh and en"
        assert all(v.strip() for v in value.values())
    assert rule.__doc__ and "Why" in rule.__doc__, f"{rule.id}: docstring needs 'Why is this bad?'"
