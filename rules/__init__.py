"""The rule catalog: one module per rule, each defining `RULE`.

`registry()` returns every rule by id, in catalog order (the order of `CATALOG_ORDER`, then any
newer rules by id). Ids are stable: a rule never changes meaning under the same id, and a
renamed rule is listed in `REDIRECTS` so that old configurations keep working.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from rules.base import UNKNOWN, Example, Fix, Hit, LocalEdit, Rule

__all__ = ["UNKNOWN", "Example", "Fix", "Hit", "LocalEdit", "Rule", "get", "registry"]

CATALOG_ORDER = (
    "objective-is-metric",
    "objective-not-inspiring",
    "objective-no-timeframe",
    "objective-not-controllable",
    "objective-vague",
    "objective-no-key-results",
    "kr-not-quantified",
    "kr-is-task",
    "kr-activity-count",
    "kr-negative-phrasing",
    "kr-no-owner",
    "kr-no-deadline",
    "kr-vague-wording",
    "kr-compound",
    "kr-business-as-usual",
    "kr-no-baseline",
    "kr-misaligned",
    "set-too-many-objectives",
    "set-kr-count",
    "set-duplicate",
    "set-unaligned-child",
)

REDIRECTS: dict[str, str] = {}

_SKIP = {"base"}


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    found: dict[str, Rule] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name in _SKIP or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if rule is None:
            continue
        if not isinstance(rule, Rule):
            raise TypeError(f"rules.{info.name}.RULE is not a Rule")
        if rule.id in found:
            raise ValueError(f"rule id {rule.id!r} defined twice")
        found[rule.id] = rule
    order = {rid: i for i, rid in enumerate(CATALOG_ORDER)}
    return dict(sorted(found.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def get(rule_id: str) -> Rule:
    rule_id = REDIRECTS.get(rule_id, rule_id)
    try:
        return registry()[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule id {rule_id!r}") from None
