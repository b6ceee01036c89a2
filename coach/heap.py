"""What a long-running process does once it has loaded what it keeps: `settle()`.

Python's cyclic garbage collector walks every container object it tracks in a full (oldest
generation) collection. After warm-up a process holds tens of thousands of them for good: the
tokenizers' dictionaries, the word lists, the rules, the models' tables. Whatever sets off a
full collection (reviews leave no cycles behind since Draft.unlink, but other work may) walked
all of that again: 40–70 ms inside one unlucky review (measured on fresh flawed drafts before
Draft.unlink: the slowest review of 300 took 40–77 ms, of which one collection 37–69 ms).
`gc.freeze()` after one full collection moves what is alive then into a generation no
collection walks: the same collection took 5–15 ms and the slowest review 10–23 ms.

Objects frozen are still freed by reference counting when the last reference goes; only a
cycle among them that becomes garbage later would stay, so freeze once, after loading, not
while caches fill and empty. The service's warm-up and each batch worker call it.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_settled = False


def settle() -> bool:
    """Collect once and freeze what is alive (see the module doc). Only the first call in a
    process does it; returns whether this call did."""
    global _settled
    with _lock:
        if _settled:
            return False
        gc.collect()
        gc.freeze()
        _settled = True
        return True
