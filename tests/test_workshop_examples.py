"""A workshop example shown as "✓ good" passes every rule of its kind (decision 505).

The catalog's good examples are good *for their rule*: "完成季度招聘任务10人" is no metric
objective, yet it is flat, and a trainer projecting "✓ 好例子" under objective-is-metric would teach
the wrong thing (tester9 B4). /v1/examples says which other rules of the example's kind
(objective, key result, set) flag it, in `also_flagged`; the page shows those as "not this flaw,
but still: …". The values are shipped in service/example_verdicts.json
(`python -m service.catalog` writes it again).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

import rules
from coach import review
from service import catalog
from service.app import create_app
from service.settings import Settings


def _other_flags(rule, draft: str, text: str) -> set[str]:
    """Worked out here apart from the service: the draft's item holding the example's text,
    and the findings on it of the other rules with the same target."""
    result = review(draft)
    kinds = {r.id: r.target for r in rules.registry().values()}
    if rule.target == "set":  # the example is the whole draft: every finding in it (decision 581)
        return {f.rule_id for f in result.findings if f.rule_id != rule.id}
    at = draft.index(text)
    items = [*result.objectives, *(k for o in result.objectives for k in o.key_results)]
    ids = {it.id for it in items if it.span.start <= at < max(it.span.end, at + 1)}
    assert ids, f"no item holds {text!r} in {draft!r}"
    return {
        f.rule_id
        for f in result.findings
        if f.target in ids and f.rule_id != rule.id and kinds.get(f.rule_id) == rule.target
    }


def test_every_example_shown_as_good_passes_every_rule_of_its_kind():
    shown = catalog.examples(bad=False)
    assert len(shown) >= 300
    wrong = []
    for ex in shown:
        rule = rules.get(ex.rule_id)
        flags = _other_flags(rule, ex.draft, ex.text)
        if sorted(flags) != ex.also_flagged:
            wrong.append((ex.rule_id, ex.text, ex.also_flagged, sorted(flags)))
    assert not wrong, (
        f"{len(wrong)} good examples are labelled wrongly (run `python -m service.catalog`): "
        f"{wrong[:5]}"
    )


def test_shipped_verdicts_cover_every_good_example():
    rows = json.loads(catalog.VERDICTS.read_text(encoding="utf-8"))
    shipped = {(r["rule_id"], r["draft"]) for r in rows}
    wanted = {(rule.id, draft) for rule, draft, _ in catalog.good_examples()}
    assert wanted <= shipped, "run `python -m service.catalog`"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(warm_up=False))) as c:
        yield c


def test_api_says_which_other_rules_flag_a_good_example(client):
    got = client.get(
        "/v1/examples", params={"rule": "objective-is-metric", "language": "zh", "bad": False}
    ).json()
    by_text = {e["text"]: e["also_flagged"] for e in got}
    assert by_text["完成季度招聘任务10人"] == ["objective-not-inspiring"]  # flat (tester9 B4)
    assert by_text["提升产品质量"] == ["objective-not-inspiring"]
    assert by_text["打造公司历史上最成功的销售推广活动。"] == []  # the seed's good one
    bad = client.get("/v1/examples", params={"rule": "objective-is-metric", "bad": True}).json()
    assert all(e["also_flagged"] == [] for e in bad)


def test_trying_a_good_example_shows_no_rule_finding():
    """tester10 B7: "Try it" on a ✓ good example opened a draft with one key result, so the room
    saw "这个目标有1个关键结果：至少需要2个" (271 of 272). The carriers pass every rule now
    (decision 580), and a set rule's good example that another rule flags anywhere in its draft
    is "not this flaw" (decision 581)."""
    shown = [e for e in catalog.examples(bad=False) if not e.also_flagged]
    assert len(shown) >= 250
    flagged = [
        (
            e.rule_id,
            e.text,
            sorted({f.rule_id for f in review(e.draft).findings if f.source == "rule"}),
        )
        for e in shown
    ]
    flagged = [f for f in flagged if f[2]]
    assert not flagged, flagged[:5]


def test_a_set_rules_good_example_says_what_else_is_wrong_in_its_draft(client):
    got = client.get("/v1/examples", params={"rule": "set-kr-count", "bad": False}).json()
    by_text = {e["text"]: e["also_flagged"] for e in got}
    assert by_text["目标：本季度打造公司历史上最成功的销售推广活动"] == ["objective-no-key-results"]
    assert (
        by_text[
            "Priya's OKRs — Q3 2026\nO: Win the enterprise market\n- Sign 5 enterprise "
            "customers\n- Reach $2M ARR\n- Win rate from 20% to 30%"
        ]
        == []
    )
