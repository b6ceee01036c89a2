"""Everything about a rule is on the rule (coach/rule_api.py), complete, and read from there by
the LanguageTool endpoint, the classifier's findings and the similar-example retrieval."""

from __future__ import annotations

import importlib
import pkgutil
import types

import pytest

import rules
from coach import classifier
from coach.rule_api import CATEGORIES, Example, Hit, Rule, metadata_problems


@pytest.mark.parametrize("rule", list(rules.registry().values()), ids=lambda r: r.id)
def test_every_rule_has_complete_metadata(rule: Rule) -> None:
    assert metadata_problems(rule) == []
    assert rule.category in CATEGORIES
    assert rule.fixable is (rule.fix != "never")


class _Complete(Rule):
    """What it does: flags nothing. Why is this bad? It is a test."""

    id = "test-complete"
    target = "kr"
    severity = "info"
    category = "clarity"
    issue_type = "style"
    fix = "never"
    similar_examples = False
    model_label = None
    principle = {"zh": "测试", "en": "test"}  # noqa: RUF012 (metadata are class constants)
    message = {"zh": "测试", "en": "test"}  # noqa: RUF012
    explanation = {"zh": "测试", "en": "test"}  # noqa: RUF012
    examples = (Example("zh", "«测试»", True), Example("en", "«test»", True))

    def check(self, item, draft):  # type: ignore[no-untyped-def]
        return [Hit()]


def test_a_complete_rule_passes() -> None:
    assert metadata_problems(_Complete()) == []


@pytest.mark.parametrize(
    "missing", ["category", "issue_type", "fix", "similar_examples", "model_label", "examples"]
)
def test_a_rule_lacking_metadata_is_named_and_refused(missing: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    attrs = {k: v for k, v in vars(_Complete).items() if k != missing}
    incomplete = type("Incomplete", (Rule,), attrs)()
    problems = metadata_problems(incomplete)
    assert problems == [f"test-complete: '{missing}' is not set"]
    # The registry refuses to load it: a new rule cannot silently get defaults.
    module = types.ModuleType("rules.test_incomplete")
    module.RULE = incomplete  # type: ignore[attr-defined]
    real_import = importlib.import_module
    real_iter = pkgutil.iter_modules
    monkeypatch.setattr(
        pkgutil,
        "iter_modules",
        lambda path: [*real_iter(path), pkgutil.ModuleInfo(None, "test_incomplete", False)],  # type: ignore[arg-type]
    )
    monkeypatch.setattr(
        importlib,
        "import_module",
        lambda name: module if name == "rules.test_incomplete" else real_import(name),
    )
    rules.registry.cache_clear()
    try:
        with pytest.raises(TypeError, match=f"incomplete rule metadata.*'{missing}'"):
            rules.registry()
    finally:
        monkeypatch.undo()
        rules.registry.cache_clear()
    assert "test-complete" not in rules.registry()


def test_wrong_values_are_named() -> None:
    bad = type("Bad", (_Complete,), {"category": "misc", "fix": "maybe", "model_label": "x"})()
    problems = metadata_problems(bad)
    assert any("'category' must be one of" in p for p in problems)
    assert any("'fix' must be one of" in p for p in problems)
    assert any("'model_message' must give" in p for p in problems)


def test_model_labels_are_the_classifier_heads() -> None:
    heads = set(classifier.load().heads)
    labelled = {r.model_label: r for r in rules.registry().values() if r.model_label}
    assert set(labelled) == heads
    for label, rule in labelled.items():
        assert rule.target == classifier.load().heads[label].kind
        assert not any("{" in m or "%" in m for m in rule.model_message.values())


def test_the_lt_endpoint_reads_the_issue_type_from_the_rule() -> None:
    from coach import review
    from service import lt

    text = "目标：提升品牌影响力\n"
    rv = review(text, select=["objective-no-key-results"])
    (m,) = lt.matches(rv, lt.AnnotatedText.from_text(text))
    assert m.rule.issueType == rules.get("objective-no-key-results").issue_type == "omission"


def test_similar_examples_follow_the_rule_flag(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from coach import review

    text = "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：给潜在用户发一封邮件"

    def examples(rv):  # type: ignore[no-untyped-def]
        return [s for f in rv.findings for s in f.suggestions if s.kind == "example"]

    assert rules.get("kr-is-task").similar_examples
    assert examples(review(text, select=["kr-is-task"]))
    monkeypatch.setattr(type(rules.get("kr-is-task")), "similar_examples", False)
    assert not examples(review(text, select=["kr-is-task"]))
