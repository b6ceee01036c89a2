"""The catalog is generated from the rule objects."""

from __future__ import annotations

import json

import pytest

import rules
from coach.catalog import UnknownRuleError, catalog, find_rule, rule_doc, rule_info

RULE = "objective-no-key-results"


def test_catalog_lists_every_rule_in_registry_order():
    assert [i["id"] for i in catalog()] == list(rules.registry())


@pytest.mark.parametrize("rule", list(rules.registry().values()), ids=lambda r: r.id)
def test_rule_info_comes_from_the_rule(rule):
    info = rule_info(rule)
    json.dumps(info)  # JSON-ready
    assert info["principle"] == rule.principle
    assert info["message"] == rule.message
    assert info["fixable"] is bool(rule.fixable)
    assert info["doc"] and "Why" in info["doc"]
    assert info["doc"] == rule_doc(rule)
    for ex, got in zip(rule.examples, info["examples"], strict=True):
        assert got["text"] == ex.clean
        assert got["bad"] == ex.bad
        if ex.bad:
            s, e = got["span"]
            assert ex.clean[s:e] == ex.text[ex.text.index("«") + 1 : ex.text.index("»")]
        assert "{item}" in got["context"]


def test_find_rule_and_close_matches():
    assert find_rule(RULE).id == RULE
    with pytest.raises(UnknownRuleError) as err:
        find_rule("objective-no-keyresults")
    assert err.value.close[0] == RULE
    assert RULE in str(err.value)
    with pytest.raises(UnknownRuleError) as err:
        find_rule("no-key")  # a fragment of an id
    assert RULE in err.value.close
    with pytest.raises(UnknownRuleError) as err:
        find_rule("zzzzzzzz")
    assert err.value.close == []
    assert "okr-coach rules" in str(err.value)


def test_find_rule_follows_redirects(monkeypatch):
    monkeypatch.setitem(rules.REDIRECTS, "objective-without-krs", RULE)
    assert find_rule("objective-without-krs").id == RULE
