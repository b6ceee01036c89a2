"""Rules for the rest of the OKR cycle: grading, the weekly check-in and the OKR tree.

They carry the same metadata and examples as the draft rules (id, target, severity, bilingual
principle / message / explanation, ≥3 bad and ≥3 good examples per language that run as tests)
but live in their own registries, one per family, so that the draft review never runs them:
`rules.registry()` holds the draft rules only (this package defines no `RULE`).

One module per rule, named `<family>_<name>.py`, each with `RULE = SomeRule()`.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from rules.cycle.base import FAMILIES, CycleRule, Family

__all__ = ["FAMILIES", "CycleRule", "Family", "find", "registry"]


@cache
def _all() -> dict[str, CycleRule]:
    found: dict[str, CycleRule] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base" or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if rule is None:
            continue
        if not isinstance(rule, CycleRule):
            raise TypeError(f"rules.cycle.{info.name}.RULE is not a CycleRule")
        if rule.id in found:
            raise ValueError(f"rule id {rule.id!r} defined twice")
        found[rule.id] = rule
    return dict(sorted(found.items(), key=lambda kv: (FAMILIES.index(kv[1].family), kv[1].order)))


def registry(family: Family | None = None) -> dict[str, CycleRule]:
    """The rules of one family ('grade', 'checkin', 'tree'), or of all three, by id."""
    if family is not None and family not in FAMILIES:
        raise ValueError(f"unknown rule family {family!r}; one of {FAMILIES}")
    return {rid: r for rid, r in _all().items() if family is None or r.family == family}


def find(rule_id: str) -> CycleRule | None:
    return _all().get(rule_id)
