"""Work a review did around its scans rather than in them (issue 13, speed35).

Counted by callgrind over bench's fresh flawed drafts (bench/review_count.py): a compiled
pattern's hash reads the pattern's whole compiled code (~4,000 instructions for the progress
patterns), and `grades.search_tail`'s memo hashed its pattern on every ask (76 times a Chinese
review); an import statement run inside a function costs ~5,000 instructions each time it runs
(Python 3.11 looks the module up, and a module that is no package answers the import system's
look for `__path__` with two formatted AttributeErrors), and a review ran ~105 of them. The
memo is now keyed by the pattern's identity and the imports run by the hottest functions are
made once, at the top of their modules, where their modules were already loaded by then (the
same modules load for every entry point).
These tests keep both, and check the memo's answers against the search it saves.
"""

from __future__ import annotations

import dis
import gc
import re
from collections.abc import Callable
from typing import Any

import pytest

from coach.facts import grades
from coach.facts.needs import fold_case, search

_TAIL_PATTERNS = (grades.STATUS_NOTE_RE, *grades.PROGRESS_RES)


def _corpus_texts() -> list[str]:
    from models import corpus

    return [it["text"] for it in corpus.items()][:3000]


_ADVERSARIAL = [
    "",
    " ",
    "=>",
    "=> ",
    "Ship v2 => done",
    "Ship v2 =>=> done =>",
    "进度 40%",
    "把旧仓库的库存迁到新系统（已完成60%）",
    "Migrate the billing jobs — 40% done — 40% done",
    "progress: 100% progress: 0%",
    "（完成度 30%）（完成度 40%）",
    "%" * 200,
    "— " * 100 + "40% done",
    "Ship =>\n done",
    "ＫＲ１：完成度３０％",
    "Retire the old CRM (65% complete)" * 20,
]


def _span(m: re.Match[str] | None) -> tuple[Any, ...] | None:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


@pytest.mark.parametrize("which", range(len(_TAIL_PATTERNS)))
def test_the_tail_memo_answers_as_the_search_it_saves(which: int) -> None:
    pattern = _TAIL_PATTERNS[which]
    grades.search_tail.cache_clear()  # type: ignore[attr-defined]
    for text in [*_corpus_texts(), *_ADVERSARIAL]:
        folded = fold_case(text)
        slow = search(pattern, grades.LOOKS.get(id(pattern)), text, folded)
        assert _span(grades.search_tail(pattern, text, folded)) == _span(slow), text
        # asked again: the memo's answer, the same
        assert _span(grades.search_tail(pattern, text, folded)) == _span(slow), text


def test_the_tail_memo_tells_patterns_apart_by_identity() -> None:
    # an equal pattern compiled apart is another pattern to the memo, and answers for itself
    done = grades.PROGRESS_RES[3]
    twin = re.compile(done.pattern + "(?:)", done.flags)
    other = re.compile(r"done", re.IGNORECASE)
    text = "Migrate the billing jobs to the new queue — 40% done"
    folded = fold_case(text)
    grades.search_tail.cache_clear()  # type: ignore[attr-defined]
    a = grades.search_tail(done, text, folded)
    b = grades.search_tail(twin, text, folded)
    c = grades.search_tail(other, text, folded)
    assert a is not None and b is not None and a.span() == b.span()
    assert c is not None and c.group() == "done"
    assert grades.search_tail.cache_info().currsize == 3  # type: ignore[attr-defined]


def _memo_keys(f: Callable[..., Any]) -> list[Any]:
    return [k for r in gc.get_referents(f) if isinstance(r, dict) for k in r]


def test_the_tail_memo_never_hashes_a_pattern() -> None:
    grades.search_tail.cache_clear()  # type: ignore[attr-defined]
    for text in ("Ship v2 => done", "进度 40%", "Retire the old CRM (65% complete)"):
        for pattern in _TAIL_PATTERNS:
            grades.search_tail(pattern, text, fold_case(text))
    memo = getattr(grades, "_search_tail", grades.search_tail)
    keys = _memo_keys(memo)
    assert keys, "the memo's keys are where gc.get_referents finds them"

    def patterns_in(key: Any) -> bool:
        if isinstance(key, re.Pattern):
            return True
        return isinstance(key, tuple) and any(patterns_in(k) for k in key)

    assert not [k for k in keys if patterns_in(k)]


# The functions a review runs most often that imported inside themselves (bench's flawed
# drafts, per review: after_owner_lead 6.3 times, names_only 4.0,
# _person_can_alone 3.8, …): their imports now run once, with their modules'.
def _hot_functions() -> list[tuple[str, Callable[..., Any]]]:
    import importlib

    import coach.examples
    import rules._outcome
    import rules._outside_forces
    import rules._result_shape

    parse = importlib.import_module("coach.parse")  # (`coach.parse` is the function)
    out: list[tuple[str, Callable[..., Any]]] = [
        ("names_only", parse._Parser.names_only),
        ("_card_subtitle", parse._card_subtitle),
        ("_definitions", parse._definitions),
        ("_goal_sentence_over_lead_in", parse._goal_sentence_over_lead_in),
        ("_fall_back", parse._fall_back),
        ("_person_can_alone", rules._result_shape._person_can_alone),
        ("_outdone_rival", rules._outside_forces._outdone_rival),
        ("_lost_to_rival", rules._outside_forces._lost_to_rival),
        ("_named", coach.examples._named),
        ("add_to_findings", coach.examples.add_to_findings),
    ]
    for name in (
        "after_owner_lead",
        "_content_words",
        "_objective_is_work",
        "_objective_is_the_work",
        "denied_share_fix",
        "_personal_todo",
        "task_like",
        "cleared_fix",
        "within_share_fix",
        "universal_subject_fix",
    ):
        out.append((name, getattr(rules._outcome, name)))
    return out


def _imports_in(code: Any) -> list[str]:
    found = [i.argval for i in dis.get_instructions(code) if i.opname == "IMPORT_NAME"]
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            found += _imports_in(const)
    return found


def _unwrapped(f: Callable[..., Any]) -> Any:
    while hasattr(f, "__wrapped__"):
        f = f.__wrapped__
    return f.__code__  # type: ignore[attr-defined]


def test_the_hot_functions_import_nothing_when_they_run() -> None:
    left = {name: _imports_in(_unwrapped(f)) for name, f in _hot_functions()}
    assert not {name: found for name, found in left.items() if found}


def test_a_review_runs_no_import_in_those_functions(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins
    import sys

    from coach.review import review

    texts = (
        "O: 让新客户在第一个月就用起来\nKR1: 生产部：减少返工到每月5次\nKR2: 张伟：拿下第一单",
        "O: Grow repeat sales\nKR1: Columbus (Priscilla): open a second shift\n"
        "KR2: Outsell our rival in 3 regions\nKR3: Cut refunds from 8% to 4% — 40% done",
    )
    for t in texts:
        review(t)  # what a first review loads is not counted
    hot = {name.rpartition(".")[2] for name, _f in _hot_functions()}
    seen: list[str] = []
    real = builtins.__import__

    def counting(*args: Any, **kwargs: Any) -> Any:
        seen.append(sys._getframe(1).f_code.co_name)
        return real(*args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)
    for t in texts:
        review(t)
    monkeypatch.setattr(builtins, "__import__", real)
    assert seen  # the counter counts (other functions still import lazily)
    assert not [name for name in seen if name in hot]
