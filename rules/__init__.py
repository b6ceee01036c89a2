"""The rule catalog: one module per rule, each defining `RULE`.

`registry()` returns every rule by id, in catalog order (the order of `CATALOG_ORDER`, then any
newer rules by id). Ids are stable: a rule never changes meaning under the same id, and a
renamed rule is listed in `REDIRECTS` so that old configurations keep working.

`owned_by` and `set_owner` are the owner reading kr-no-owner decides by, for the review
document to show (decision 485): the pipeline reaches rules only through this module.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from pathlib import Path

from coach.rule_api import Rule, metadata_problems
from coach.wordlists import add_data_dir
from rules._draft_structure import owned_by, set_owner
from rules._outcome import HIRING_PROCESS, hire_asked

__all__ = [
    "CATALOG_ORDER",
    "HIRING_PROCESS",
    "REDIRECTS",
    "get",
    "hire_asked",
    "owned_by",
    "registry",
    "resolve",
    "set_owner",
]

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

# Old rule id -> current id. An id that is renamed stays here for good, so that configurations,
# API calls and `explain` keep working with it (every place that reads an id calls `resolve`).
REDIRECTS: dict[str, str] = {}

# The rules' word lists (rules/data/<lang>/<name>.txt), read through coach.wordlists.
add_data_dir(Path(__file__).resolve().parent / "data")


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    found: dict[str, Rule] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue  # shared helpers, not rules
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if rule is None:
            continue
        if not isinstance(rule, Rule):
            raise TypeError(f"rules.{info.name}.RULE is not a Rule")
        problems = metadata_problems(rule)
        if problems:
            raise TypeError(f"rules.{info.name}: incomplete rule metadata: " + "; ".join(problems))
        if rule.id in found:
            raise ValueError(f"rule id {rule.id!r} defined twice")
        if rule.id in REDIRECTS:
            raise ValueError(f"rule id {rule.id!r} is also an old id in REDIRECTS")
        found[rule.id] = rule
    order = {rid: i for i, rid in enumerate(CATALOG_ORDER)}
    return dict(sorted(found.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def resolve(rule_id: str) -> str:
    """The current id for `rule_id` (itself, or where REDIRECTS sends an old id). Ids are
    lower case with hyphens, and one typed in capitals or LanguageTool's style ("KR-IS-TASK",
    "KR_IS_TASK", " kr-no-owner") means that id, as /v2/check already read it (decision 5881):
    select, ignore, severity, `explain` and GET /v1/rules/{id} take it in any case."""
    rule_id = rule_id.strip().lower().replace("_", "-")
    seen = {rule_id}
    while rule_id in REDIRECTS:
        rule_id = REDIRECTS[rule_id]
        if rule_id in seen:
            raise ValueError(f"REDIRECTS loops at {rule_id!r}")
        seen.add(rule_id)
    return rule_id


def get(rule_id: str) -> Rule:
    rule_id = resolve(rule_id)
    try:
        return registry()[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule id {rule_id!r}") from None
