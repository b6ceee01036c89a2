"""okr-coach: a bilingual writing coach for OKRs.

>>> from coach import review
>>> r = review("O: 销售额提升30%\\nKR1: 给潜在用户发一封邮件")
>>> sorted({f.rule_id for f in r.findings})  # doctest: +ELLIPSIS
[...'kr-is-task'...'objective-is-metric'...]
"""

from __future__ import annotations

__version__ = "0.1.0"

from coach.errors import ConfigError, InputError, InputTooLarge, OKRCoachError
from coach.review import parse, review
from coach.types import Finding, Review

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
