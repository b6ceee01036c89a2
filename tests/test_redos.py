"""Every regular expression in the parser and the rules stays fast on adversarial input.

Collects each compiled pattern held at module level in `coach.*` and `rules.*` and runs it
against long crafted strings (runs of one character, nested-looking brackets, digits, CJK,
alternating separators). A catastrophic-backtracking pattern takes seconds to minutes on
these; a linear one takes milliseconds. The bound is generous so that a slow CI machine passes.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import coach
import rules

N = 20_000  # the default input limit
ADVERSARIAL = [
    "a" * N,
    "1" * N,
    "1." * (N // 2),
    "1," * (N // 2),
    " " * N + "!",
    "从" * N,
    "提升" * (N // 2) + "到",
    "(" * N,
    "（" * N,
    "@" * N,
    "负责人：" + "张" * N,
    "owner: " + "a " * (N // 2),
    "KR" * (N // 2),
    "by end of " * (N // 10),
    "Q3 " * (N // 3),
    "0.5 " * (N // 4),
    "20%" * (N // 3),
    "a1" * (N // 2) + "%",
    "\t \u3000" * (N // 3),
]
BOUND_S = 0.5


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for pkg in (coach, rules):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if info.name.startswith("service"):
                continue
            try:
                mod = importlib.import_module(info.name)
            except ImportError:
                continue
            for name, value in vars(mod).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.append((f"{info.name}.{name}", value))
                elif isinstance(value, list | tuple):
                    for i, v in enumerate(value):
                        pat = v[1] if isinstance(v, tuple) and len(v) == 2 else v
                        if isinstance(pat, re.Pattern) and isinstance(pat.pattern, str):
                            found.append((f"{info.name}.{name}[{i}]", pat))
    return found


PATTERNS = _patterns()


def test_patterns_were_found() -> None:
    assert len(PATTERNS) >= 10


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_adversarial_input(name: str, pattern: re.Pattern[str]) -> None:
    for text in ADVERSARIAL:
        t0 = time.perf_counter()
        pattern.search(text)
        for _ in pattern.finditer(text[: N // 5]):
            pass
        pattern.match(text)
        elapsed = time.perf_counter() - t0
        assert elapsed < BOUND_S, f"{name} took {elapsed:.2f}s on {text[:20]!r}…"
