"""Bounds of one review: the key-result limit, the caps on findings (and what `truncated` says),
and the cooperative deadline (coach.deadline) that stops a review past its time budget."""

from __future__ import annotations

import pickle
import time

import pytest

import rules
from coach import review
from coach.config import Config, load_config, short_repr
from coach.deadline import ReviewCancelled, check, deadline, remaining
from coach.errors import InputTooLarge
from coach.types import SEVERITY_ORDER

# Vague, unowned, undated key results: several findings each, of mixed severity.
BAD_KR = "- improve things as much as possible\n"


def many_findings(objectives: int = 3, krs: int = 4) -> str:
    return "".join(f"O{i}: grow revenue a lot\n" + BAD_KR * krs for i in range(1, objectives + 1))


def test_caps_keep_the_most_severe_and_say_what_was_left_out() -> None:
    text = many_findings()
    full = review(text)
    capped = review(text, config=Config(max_findings=7, max_findings_per_item=2))
    assert full.truncated is None and len(full.findings) > 7
    assert len(capped.findings) == 7
    per_target: dict[str, int] = {}
    for f in capped.findings:
        per_target[f.target] = per_target.get(f.target, 0) + 1
    assert max(per_target.values()) <= 2
    t = capped.truncated
    assert t is not None and t.max_findings == 7 and t.max_findings_per_item == 2
    assert t.omitted == len(full.findings) - len(capped.findings)
    assert sum(t.by_target.values()) == t.omitted
    # nothing left out is more severe than the least severe finding kept on the same target
    kept = {(f.target, f.rule_id, f.span.start) for f in capped.findings}
    for f in full.findings:
        if (f.target, f.rule_id, f.span.start) in kept:
            continue
        same = [g for g in capped.findings if g.target == f.target]
        if len(same) == 2:  # left out by the per-item cap
            assert all(SEVERITY_ORDER[g.severity] <= SEVERITY_ORDER[f.severity] for g in same)
    # still in input order
    starts = [f.span.start for f in capped.findings]
    assert starts == sorted(starts)
    # scores and checklists still count every finding
    assert capped.score == full.score
    assert [o.score for o in capped.objectives] == [o.score for o in full.objectives]
    assert capped.objectives[0].key_results[0].checks == full.objectives[0].key_results[0].checks


def test_no_truncation_under_the_default_caps() -> None:
    r = review(many_findings(2, 3))
    assert r.truncated is None
    assert r.model_dump()["truncated"] is None


def test_too_many_key_results() -> None:
    with pytest.raises(InputTooLarge) as e:
        review("O: grow revenue\n" + "- a\n" * 4, config=Config(max_key_results=3))
    assert e.value.code == "too_many_key_results"
    assert "4 key results; the limit is 3" in e.value.message
    assert review("O: grow revenue\n" + "- a\n" * 3, config=Config(max_key_results=3))


def test_the_default_key_result_limit_refuses_a_pasted_list() -> None:
    text = "O: grow revenue\n" + "- a\n" * 4991  # 20 KB: once a 23 MB review
    with pytest.raises(InputTooLarge) as e:
        review(text)
    assert e.value.code == "too_many_key_results" and "4,991" in e.value.message


def test_limits_from_a_config_file(tmp_path) -> None:
    f = tmp_path / ".okr-coach.toml"
    f.write_text("max-key-results = 9\nmax-findings = 12\nmax-findings-per-item = 4\n")
    c = load_config(f)
    assert (c.max_key_results, c.max_findings, c.max_findings_per_item) == (9, 12, 4)
    f.write_text("max-findings = 0\n")
    with pytest.raises(ValueError, match="must be positive"):
        review("O: x", config=load_config(f))


def test_short_repr_quotes_a_prefix_only() -> None:
    assert short_repr("kr-") == "'kr-'"
    long = short_repr("k" * 250_000)
    assert len(long) < 80 and "250,000 characters" in long
    assert "\\u202e" in short_repr("\u202eabc")  # bidi control escaped, never reflected raw


def test_check_without_a_deadline_does_nothing() -> None:
    assert remaining() is None
    check()


def test_a_past_deadline_stops_the_review_before_it_starts() -> None:
    with deadline(0), pytest.raises(ReviewCancelled):
        review("O: grow revenue\nKR1: raise NPS from 30 to 45")
    assert remaining() is None  # the deadline ends with its block


def test_an_earlier_outer_deadline_stays_in_force() -> None:
    with deadline(0.5):
        outer = remaining()
        with deadline(60):
            assert remaining() <= outer  # type: ignore[operator]
        with deadline(0.1):
            assert remaining() <= 0.1  # type: ignore[operator]


def test_the_review_stops_between_rules_and_is_not_swallowed(monkeypatch) -> None:
    """A review running past its deadline stops at the next rule; the `except Exception` that
    isolates a failing rule does not catch ReviewCancelled."""
    calls: list[str] = []
    registry = rules.registry()
    for rule in registry.values():
        original = rule.check

        def slow(item, draft, _original=original, _id=rule.id):
            calls.append(_id)
            time.sleep(0.02)
            return _original(item, draft)

        monkeypatch.setattr(rule, "check", slow)
    text = many_findings(3, 4)
    t0 = time.perf_counter()
    with deadline(0.1), pytest.raises(ReviewCancelled):
        review(text)
    took = time.perf_counter() - t0
    assert took < 0.5
    assert 0 < len(calls) < 15  # stopped after a few rules, not after all ~200 rule calls


def test_review_cancelled_pickles() -> None:
    e = pickle.loads(pickle.dumps(ReviewCancelled("stopped")))
    assert isinstance(e, ReviewCancelled) and e.message == "stopped"
