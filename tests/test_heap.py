"""coach.heap.settle: one full collection, then what is alive is frozen, once per process (run
in a child process: freezing the test runner's own heap would outlive the test)."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import gc
from coach.heap import settle
from coach.review import review
review("Objective: Delight our customers\\nKR1: Raise NPS from 30 to 45")
assert gc.get_freeze_count() == 0
assert settle() is True
frozen = gc.get_freeze_count()
assert frozen > 1000, frozen  # the rules, word lists and tables loaded by the review
assert settle() is False and gc.get_freeze_count() == frozen  # only the first call freezes
review("目标：本季度提升客户满意度\\n关键结果1：NPS 从 30 提升到 45")  # reviews still work
print("ok", frozen)
"""


def test_settle_freezes_what_is_loaded_once() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("ok ")


def test_the_service_warm_up_settles_the_heap() -> None:
    """The warm-up that says ready (service.app.warm_up) has frozen the heap by then."""
    child = """
import gc
from service.app import create_app, warm_up
app = create_app()
warm_up(app)
assert app.state.ready.is_set() and app.state.warmup_error is None
assert gc.get_freeze_count() > 1000, gc.get_freeze_count()
print("ok")
"""
    out = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("ok")


def test_a_review_leaves_no_cycles_to_the_collector() -> None:
    """A review's draft, items, facts and fixes are freed by reference counting when the review
    returns (Draft.unlink, no closures calling each other): none waits for the cyclic garbage
    collector, whose full collections would then walk them (coach.heap)."""
    import gc

    from coach.review import review

    drafts = [
        "目标：提升客户满意度\n关键结果1：每周回访10位客户\n关键结果2：NPS 从 30 提升到 45（负责人：王芳）",
        "Objective: Delight our customers\nKR1: Hold 4 webinars per month\nKR2: Improve NPS",
    ]
    for text in drafts:  # first use loads the word lists and tables: not what is checked
        review(text.replace("客户", "用户").replace("customers", "users"))
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for text in drafts:
            review(text)
        gc.collect()
        kinds = {type(o).__name__ for o in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert not kinds & {"Item", "Draft", "Facts", "Fix", "LocalEdit", "function", "cell"}, kinds
