"""okr-coach: a bilingual writing coach for OKRs.

>>> from coach import review
>>> r = review("O: 销售额提升30%\\nKR1: 给潜在用户发一封邮件")
>>> sorted({f.rule_id for f in r.findings})  # doctest: +ELLIPSIS
[...'kr-is-task'...'objective-is-metric'...]
"""

from __future__ import annotations

__version__ = "0.1.0"

# First: the modules below compile their patterns as they are imported (coach/_regex_cache.py).
from coach import _regex_cache

_regex_cache.install()

# An optional build (`make compile`) of the hottest modules: a compiled module whose source has
# changed since, or every one under OKR_COACH_COMPILED=0, is imported from its .py file.
from coach import _compiled  # noqa: E402

_compiled.guard()

import sys  # noqa: E402
from types import ModuleType as _ModuleType  # noqa: E402  (coach.types is a submodule)
from typing import TYPE_CHECKING, Any  # noqa: E402

from coach.errors import ConfigError, InputError, InputTooLarge, OKRCoachError  # noqa: E402

if TYPE_CHECKING:
    from coach.review import parse, review
    from coach.types import Finding, Review

# `review`, `parse`, `Finding` and `Review` are loaded when first asked for, not here: a CLI
# run that reviews nothing (`okr-coach --help`, `--version`, `rules`) no longer imports the
# rules, the facts and the output's models (half of a one-draft review's start). As before,
# `coach.review` and `coach.parse` are the functions, not the submodules of the same names:
# the binding of those submodules onto the package, which the import system makes once it
# has loaded them, is not kept, so the names are always answered by `__getattr__` below.
_LAZY = {
    "review": ("coach.review", "review"),
    "parse": ("coach.review", "parse"),
    "Finding": ("coach.types", "Finding"),
    "Review": ("coach.types", "Review"),
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'coach' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value  # (a function or class: kept, asked for once)
    return value


class _Package(_ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, _ModuleType):
            return  # the submodule coach.review / coach.parse: the name stays the function's
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "ConfigError",
    "Finding",
    "InputError",
    "InputTooLarge",
    "OKRCoachError",
    "Review",
    "__version__",
    "parse",
    "review",
]
