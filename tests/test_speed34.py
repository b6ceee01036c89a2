"""One pass over each item's text per review (issue 13, speed34).

bench/review_repeats.py counts the calls a review repeats with the same arguments: the work a
pass shared by the parse, the annotations and the rules would save. Measured at round 34's
start, the readers that cut or scan an item's text (jieba and the English tokenizer, the time
expressions, the quantities, the traditional-to-simplified mapping) already run once per item
and review; these tests keep it so, and check that the counter tells a repeat from a first
call (and a generator's resumption from a new call).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


# The readers of an item's text that are the costly ones (their cache wrappers may be asked
# again: `tokenize` and `time_spans` answer a second ask from the memo these fill).
READ_ONCE = ("_tokenize_zh", "_tokenize_en", "_time_spans", "read_quantities", "to_simplified")


# Counted in a process of its own: in the full suite, a profile hook set in the suite's own process
# ran for over 20 minutes (what an earlier test leaves there was not found); a fresh process takes
# about 2 s, and no other test's state is counted.
_COUNT = """
import json, sys
sys.path.insert(0, "bench")
import review_repeats
from drafts import FlawedDrafts
from coach import examples
from coach.review import review

if examples.flaw_table() is None:
    examples.write_flaw_table()  # the library's verdicts are no part of a review's own reading
texts = FlawedDrafts(sys.argv[1], 34).take(12)
review(texts[0])  # what a first review loads is not counted
rep = review_repeats.count(texts[1:])
print(json.dumps([[n[2], rep.calls[n], rep.repeats[n]] for n in rep.calls]))
"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_item_is_cut_and_read_once_per_review(lang: str) -> None:
    import json
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c", _COUNT, lang],
        cwd=ROOT,
        # a compiled module's calls are not seen by the recorder: the Python code is counted
        env={**os.environ, "OKR_COACH_COMPILED": "0"},
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    calls: dict[str, int] = {}
    repeats: dict[str, int] = {}
    for name, n, r in json.loads(out.strip().splitlines()[-1]):
        calls[name] = calls.get(name, 0) + n
        repeats[name] = repeats.get(name, 0) + r
    tokenizer = "_tokenize_zh" if lang == "zh" else "_tokenize_en"
    assert calls[tokenizer] >= 11  # every review cuts its items
    assert calls["read_quantities"] >= 11
    repeated = {n: repeats[n] for n in READ_ONCE if n in repeats}
    assert repeated == dict.fromkeys(repeated, 0)


# The counter's own check, in a process of its own for the same reason: the functions counted
# are defined in the code run there (their file is "<string>").
_COUNTER = """
import json, sys
sys.path.insert(0, "bench")
import review_repeats

def _twice(x):
    return x * 2

def _echo(x):
    return x

def _pieces(x):
    for ch in x:
        yield _echo(ch)

def _work():
    _twice("a")
    _twice("b")
    _twice("a")  # a repeat, with the call beneath it (str * int is no call)
    list(_pieces("abc"))  # one call, resumed three more times
    list(_pieces("abc"))  # a repeat

rep = review_repeats.Repeats(roots=("<string>",))
for work in (_work, lambda: _twice("a")):  # a new review forgets what the last one asked
    rep.new_review()
    sys.setprofile(rep.hook)
    try:
        work()
    finally:
        sys.setprofile(None)
print(json.dumps([{n[2]: v for n, v in c.items()} for c in (rep.calls, rep.repeats, rep.work)]))
"""


def test_the_counter_tells_repeats_from_first_calls() -> None:
    import json
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c", _COUNTER],
        cwd=ROOT,
        env={**os.environ, "OKR_COACH_COMPILED": "0"},  # (as above)
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    calls, repeats, work = json.loads(out.strip().splitlines()[-1])
    assert calls == {"_work": 1, "_twice": 4, "_pieces": 2, "_echo": 6}
    assert repeats == {"_twice": 1, "_pieces": 1, "_echo": 3}
    # the repeated generator's work, done as it is resumed, is counted beneath it
    assert work["_pieces"] == 3
