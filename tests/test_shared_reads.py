"""What several rules ask about one item is worked out once per review (issue 13: review speed).

The answers are the same as before (bench/review_outputs.py compares the whole corpus's
reviews); these tests check that the second ask is answered from what the first worked out.
"""

from __future__ import annotations

from coach.facts import grades, timeframes
from coach.review import parse
from rules import _draft_structure, _kr_common, _objective_text, _outcome

DRAFT = (
    "目标：让新客户在第一个月就用起来我们的产品\n"
    "关键结果1：给每位新客户打一次回访电话\n"
    "关键结果2：整理一份新手指南"
)


def _counting(monkeypatch, module, name):  # type: ignore[no-untyped-def]
    calls: list[object] = []
    real = getattr(module, name)

    def counted(*args):  # type: ignore[no-untyped-def]
        calls.append(args[0])
        return real(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_an_objective_is_read_for_vagueness_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = _counting(monkeypatch, _objective_text, "_is_vague")
    draft = parse(DRAFT)
    objective = draft.objectives[0]
    first = _objective_text.is_vague(objective)
    assert _objective_text.is_vague(objective) is first
    assert len(calls) == 1


def test_each_key_result_reads_its_objectives_aim_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    aims = _counting(monkeypatch, _outcome, "_objective_aim")
    vague = _counting(monkeypatch, _objective_text, "_is_vague")
    draft = parse(DRAFT)
    krs = draft.objectives[0].key_results
    found = [_outcome.objective_aim(kr) for kr in krs for _ in range(3)]
    assert found[0] == "让新客户在第一个月就用起来我们的产品"
    assert len(set(found)) == 1
    assert aims == krs  # once per key result
    assert vague == [draft.objectives[0]]  # the objective read once for both


def test_texts_asked_about_again_are_answered_from_the_first_reading() -> None:
    for f, args in (
        (grades.without_progress, ("剩余 23 个服务完成容器化迁移 @老周 9/15前",)),
        (_outcome.bad_events_complement, ("客户流失率", "zh")),
        (_outcome.complement_of_kind, ("support escalations", "en")),
        (timeframes.deadline_spans, ("Q3 前完成迁移", "zh")),
        (grades.search_tail, (grades.STATUS_NOTE_RE, "Ship v2 => done", "ship v2 => done")),
        (_draft_structure._sets_period_text, ("2025年Q3 OKR（请于7月5日前提交）",)),
        (_draft_structure._line_gives_deadline, ("## 公司OKR（2025年Q2）", "zh")),
    ):
        f.cache_clear()  # type: ignore[attr-defined]
        first = f(*args)
        assert f(*args) == first
        assert f.cache_info().hits == 1  # type: ignore[attr-defined]
    assert grades.without_progress("剩余 23 个服务完成容器化迁移 @老周 9/15前") == (
        "剩余 23 个服务完成容器化迁移"
    )


def test_a_key_results_lead_is_found_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = _counting(monkeypatch, _kr_common, "_lead_position")
    kr = parse(DRAFT).objectives[0].key_results[0]
    # "给每位新客户打一次回访电话": the verb after the preposition's object
    assert {_kr_common.lead_position(kr) for _ in range(3)} == {kr.folded.index("打")}
    assert calls == [kr]
