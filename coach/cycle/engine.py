"""Running a family of cycle rules on a document: hits become the review's `Finding`s."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from coach.errors import ConfigError
from coach.rule_api import Hit
from coach.types import SEVERITY_ORDER, Finding, Span
from rules.cycle import CycleRule, Family, registry

log = logging.getLogger("okr_coach")
SEVERITIES = ("error", "warning", "info")


def active(
    family: Family,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    severity: Mapping[str, str] | None = None,
) -> list[CycleRule]:
    """The family's rules after select/ignore (ids or id prefixes); ConfigError on a pattern
    that matches none of them or a bad severity."""
    rules = registry(family)
    ids = list(rules)
    for name, patterns in (("select", select or ()), ("ignore", ignore or ())):
        for p in patterns:
            if not any(rid.startswith(p) for rid in ids):
                raise ConfigError(
                    f"{name}: {p!r} matches no {family} rule ({', '.join(ids)})",
                    f"{name}：{p!r} 不是任何 {family} 规则的 id 或 id 前缀（可用的有：{', '.join(ids)}）。",
                )
    for rid, sev in (severity or {}).items():
        if rid not in rules:
            raise ConfigError(
                f"severity: unknown {family} rule id {rid!r}",
                f"severity：没有 id 为 {rid!r} 的 {family} 规则（可用的有：{', '.join(ids)}）。",
            )
        if sev not in SEVERITIES:
            raise ConfigError(
                f"severity of {rid}: {sev!r} is not one of {SEVERITIES}",
                f"{rid} 的 severity：{sev!r} 不是 {SEVERITIES} 之一。",
            )
    sel = list(select) if select is not None else None
    ign = list(ignore or ())
    return [
        r
        for rid, r in rules.items()
        if (sel is None or any(rid.startswith(p) for p in sel))
        and not any(rid.startswith(p) for p in ign)
    ]


def run(
    rules: list[CycleRule],
    doc: Any,
    lang_of: Callable[[str], str],
    ui_language: str | None = None,
    severity: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Every rule's hits on `doc`, as findings in the target's language (or `ui_language`)."""
    findings: list[Finding] = []
    for rule in rules:
        try:
            hits: list[Hit] = list(rule.check_doc(doc))
        except Exception:
            if os.environ.get("OKR_COACH_STRICT", "") == "1":
                raise
            log.exception("rule %s failed", rule.id)
            continue
        for hit in hits:
            findings.append(finding(rule, hit, lang_of, ui_language, severity))
    findings.sort(key=lambda f: (f.span.start, SEVERITY_ORDER[f.severity], f.rule_id))
    return findings


def finding(
    rule: CycleRule,
    hit: Hit,
    lang_of: Callable[[str], str],
    ui_language: str | None = None,
    severity: Mapping[str, str] | None = None,
) -> Finding:
    target = hit.target or "set"
    lang = ui_language or lang_of(target)
    start, end = hit.span or (0, 0)
    return Finding(
        rule_id=rule.id,
        severity=(severity or {}).get(rule.id, hit.severity or rule.severity),  # type: ignore[arg-type]
        target=target,
        span=Span(start=start, end=end),
        message=rule.format_message(lang, hit.args),
        explanation=rule.explanation[lang],
        source=hit.source,
        # Only a model's calibrated probability is a confidence (coach.types.Finding).
        confidence=hit.probability if hit.source == "model" else None,
    )
