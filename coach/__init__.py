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

from coach.errors import ConfigError, InputError, InputTooLarge, OKRCoachError  # noqa: E402
from coach.review import parse, review  # noqa: E402
from coach.types import Finding, Review  # noqa: E402

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
