"""Structured JSON input: validation with paths, canonical text, annotation precedence."""

from __future__ import annotations

import json
from typing import Any

import pytest

from coach import parse, review
from coach.config import Config
from coach.errors import InputError, InputTooLarge

DOC: dict[str, Any] = {
    "timeframe": "2026 Q3",
    "objectives": [
        {
            "text": "提升客户满意度（负责人：王五）",
            "owner": "张三",
            "level": "团队",
            "priority": 1,
            "key_results": [
                {"text": "NPS从30提升到45", "deadline": "9月1日前", "owner": "李四"},
                "Cut churn to 3% by Q4 (owner: Bob)",
                {"text": "新增 10 家渠道", "previous_target": 10},
            ],
        },
        {"title": "Ship v2", "parent": "o1", "krs": [{"kr": "Launch by September 1"}]},
        "拿下华东市场",
    ],
}


def test_canonical_text_and_spans() -> None:
    r = review(DOC)
    assert r.source_text is not None
    src = r.source_text
    assert src.splitlines()[:4] == [
        "目标1：提升客户满意度（负责人：王五）",
        "关键结果1：NPS从30提升到45",
        "KR2: Cut churn to 3% by Q4 (owner: Bob)",
        "关键结果3：新增 10 家渠道",
    ]
    assert "Objective 2: Ship v2" in src and "KR1: Launch by September 1" in src
    assert "目标3：拿下华东市场" in src
    for o in r.objectives:
        assert src[o.span.start : o.span.end] == o.text
        for k in o.key_results:
            assert src[k.span.start : k.span.end] == k.text
    for f in r.findings:
        assert 0 <= f.span.start <= f.span.end <= len(src)


def test_structured_annotations_win() -> None:
    d = parse(DOC)
    o1, o2, o3 = d.objectives
    assert o1.owner == "张三"  # not 王五 from the text
    assert (o1.level, o1.priority) == ("team", "P1")
    k1, k2, k3 = o1.key_results
    assert k1.owner == "李四"
    assert k1.deadline is not None and k1.deadline.text == "9月1日前" and k1.deadline.span is None
    assert k1.metric is not None and (k1.metric.baseline, k1.metric.value) == (30, 45)
    assert k2.owner == "Bob"  # read from the text when the structure does not say
    assert k3.extra["previous_target"] == 10
    assert o2.parent == "o1"
    assert o2.key_results[0].deadline is not None
    assert o3.key_results == []
    assert d.timeframe is not None and d.timeframe.kind == "quarter"
    assert d.timeframe.start == "2026-07-01"


def test_bare_list_and_json_round_trip() -> None:
    doc = json.loads(json.dumps(DOC["objectives"]))
    r = review(doc)
    assert [o.text for o in r.objectives] == [
        "提升客户满意度（负责人：王五）",
        "Ship v2",
        "拿下华东市场",
    ]


def test_text_input_has_no_source_text() -> None:
    assert review("O: Grow\nKR1: 10 logos").source_text is None


def test_multiline_text_is_one_line() -> None:
    r = review([{"text": "Delight\n our   customers", "key_results": ["NPS\n50"]}])
    assert r.objectives[0].text == "Delight our customers"
    assert r.objectives[0].key_results[0].text == "NPS 50"


@pytest.mark.parametrize(
    ("doc", "code", "message"),
    [
        (
            {"objectives": [{"text": "a"}, {"text": "b", "key_results": [{"text": ""}]}]},
            "invalid_structure",
            "objectives[1].key_results[0].text must be a non-empty string",
        ),
        ({"objectives": [{"owner": "x"}]}, "invalid_structure", "objectives[0].text"),
        ({"objectives": [{"text": 3}]}, "invalid_structure", "objectives[0].text"),
        ({"objectives": "a"}, "invalid_structure", "objectives must be a list"),
        ({"goals": []}, "invalid_structure", "'objectives'"),
        ([1], "invalid_structure", "objectives[0] must be an object or a string"),
        ([{"text": "a", "key_results": "x"}], "invalid_structure", "objectives[0].key_results"),
        ([{"text": "a", "krs": [None]}], "invalid_structure", "objectives[0].krs[0]"),
        ([{"text": "a", "level": "global"}], "invalid_structure", "objectives[0].level"),
        ([{"text": "a", "owner": 5}], "invalid_structure", "objectives[0].owner"),
        ([{"text": "a", "priority": [1]}], "invalid_structure", "objectives[0].priority"),
        ([{"text": "a", "deadline": "soon"}], "invalid_structure", "objectives[0].deadline"),
        (
            [{"text": "a", "key_results": [{"text": "b", "previous_target": {}}]}],
            "invalid_structure",
            "objectives[0].key_results[0].previous_target",
        ),
        ({"objectives": [], "timeframe": "Q3"}, "no_objective", "objectives is empty"),
        ({"objectives": ["a"], "timeframe": 3}, "invalid_structure", "timeframe"),
        ([{"text": "a\x00b"}], "binary", "objectives[0].text"),
    ],
)
def test_invalid_structure(doc: Any, code: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        review(doc)
    assert err.value.code == code
    assert message in str(err.value)


def test_structured_limits() -> None:
    with pytest.raises(InputTooLarge) as err:
        review([f"objective {i}" for i in range(4)], config=Config(max_objectives=3))
    assert err.value.code == "too_many_objectives"
    with pytest.raises(InputTooLarge) as err:
        review([{"text": "x" * 200}], config=Config(max_chars=100))
    assert err.value.code == "too_long"


def test_not_text_or_structure() -> None:
    with pytest.raises(InputError) as err:
        review(42)  # type: ignore[arg-type]
    assert err.value.code == "invalid_structure"
