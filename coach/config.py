"""Configuration: which rules run, their severities, input limits, the UI language.

Read from, in order: explicit arguments, a `.okr-coach.toml` file, or the `[tool.okr-coach]`
table of a `pyproject.toml` (the nearest one found walking up from the working directory):

    [tool.okr-coach]
    select = ["kr-", "objective-is-metric"]   # ids or id prefixes; default: all rules
    ignore = ["kr-no-owner"]
    max-chars = 20000
    max-objectives = 50
    max-key-results = 250      # in the whole draft
    max-findings = 300         # output caps: the most severe are kept, the rest counted
    max-findings-per-item = 10
    ui-language = "en"
    semantic-alignment = true  # turn on kr-misaligned and set-unaligned-child (off by default)

    [tool.okr-coach.severity]
    kr-compound = "warning"
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from coach.errors import ConfigError
from coach.parse import DEFAULT_MAX_CHARS, DEFAULT_MAX_OBJECTIVES

SEVERITIES = ("error", "warning", "info")
# A draft holds at most this many key results (5 for each of the 50 objectives allowed): more
# is a pasted list, not a team's OKRs, and would make a review hundreds of times its input.
DEFAULT_MAX_KEY_RESULTS = 250
# Output caps: a review lists at most this many findings, and this many per item (objective,
# key result, or the set); the most severe are kept and the rest counted in `truncated`.
DEFAULT_MAX_FINDINGS = 300
DEFAULT_MAX_FINDINGS_PER_ITEM = 10


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    max_chars: int = DEFAULT_MAX_CHARS
    max_objectives: int = DEFAULT_MAX_OBJECTIVES
    max_key_results: int = DEFAULT_MAX_KEY_RESULTS
    max_findings: int = DEFAULT_MAX_FINDINGS
    max_findings_per_item: int = DEFAULT_MAX_FINDINGS_PER_ITEM
    ui_language: str | None = None
    use_model: bool = True
    # Classifier labels whose findings are added; None = the artifact's defaults (see
    # models/MODEL_CARD.md). E.g. ("objective-is-metric",) to opt in to one label.
    model_labels: tuple[str, ...] | None = None
    # Let kr-misaligned / set-unaligned-child consult the multilingual sentence encoder, and add
    # similar well-written examples to flawed items (read through coach.sketch, the encoder's
    # cheap stand-in; the alignment rules load the encoder itself: ~1 s, once).
    semantic: bool = True
    # Turn on the alignment rules (kr-misaligned, set-unaligned-child), which are off by
    # default: on real drafts their precision is too low (README, "Alignment").
    semantic_alignment: bool = False
    # Add similar examples from the curated library to flawed items (needs `semantic`). The
    # CLI's default; the service's review route leaves them out and serves them on request
    # (POST /v1/examples/similar), since embedding the flawed items costs more than the rules.
    include_examples: bool = True

    def with_overrides(self, **kwargs: object) -> Config:
        clean = {k: v for k, v in kwargs.items() if v is not None}
        # (nothing to change: this configuration itself, frozen, rather than a copy)
        return replace(self, **clean) if clean else self  # type: ignore[arg-type]

    def with_ids_resolved(self, resolve: Callable[[str], str]) -> Config:
        """The same configuration with old rule ids (rules.REDIRECTS) replaced by current ones,
        in select, ignore, severity and model_labels (prefixes are left as they are)."""
        select = tuple(map(resolve, self.select)) if self.select is not None else None
        ignore = tuple(map(resolve, self.ignore))
        severity = {resolve(k): v for k, v in self.severity.items()}
        labels = tuple(map(resolve, self.model_labels)) if self.model_labels is not None else None
        if (select, ignore, severity, labels) == (
            self.select,
            self.ignore,
            self.severity,
            self.model_labels,
        ):
            return self  # no old id in it (a review asks each time): frozen, itself
        return replace(self, select=select, ignore=ignore, severity=severity, model_labels=labels)

    def active_rule_ids(
        self, all_ids: list[str], opt_in: dict[str, str | None] | None = None
    ) -> list[str]:
        """Rule ids that run, after select and ignore (each an id or an id prefix).

        `opt_in` maps the ids of rules that are off by default to the Config field that turns
        them on (or None): such a rule runs only when `select` names its full id or that field
        is true — a prefix ("kr-") or no selection does not turn it on."""
        self.validate(all_ids)
        opt_in = opt_in or {}

        def wanted(rid: str) -> bool:
            if rid in opt_in:
                option = opt_in[rid]
                return rid in (self.select or ()) or bool(option and getattr(self, option))
            return self.select is None or _matches(rid, self.select)

        return [rid for rid in all_ids if wanted(rid) and not _matches(rid, self.ignore)]

    def validate(self, all_ids: list[str]) -> None:
        for name, patterns in (("select", self.select or ()), ("ignore", self.ignore)):
            for p in patterns:
                if not any(rid == p or rid.startswith(p) for rid in all_ids):
                    hint, hint_zh = _id_hint(p, all_ids)
                    raise ConfigError(
                        f"{name}: {short_repr(p)} matches no rule id{hint} (the catalog: "
                        "`okr-coach rules`, GET /v1/rules)",
                        f"{name}：{short_repr(p)} 不是任何规则的 id 或 id 前缀{hint_zh}（规则列表："
                        "`okr-coach rules`，GET /v1/rules）。",
                    )
        for rid, sev in self.severity.items():
            if rid not in all_ids:
                hint, hint_zh = _id_hint(rid, all_ids)
                raise ConfigError(
                    f"severity: unknown rule id {short_repr(rid)}{hint}",
                    f"severity：没有 id 为 {short_repr(rid)} 的规则{hint_zh}。",
                )
            if sev not in SEVERITIES:
                raise ConfigError(
                    f"severity of {rid}: {short_repr(sev)} is not one of {SEVERITIES}",
                    f"{rid} 的 severity：{short_repr(sev)} 不是 {SEVERITIES} 之一。",
                )
        if self.ui_language not in (None, "zh", "en"):
            raise ConfigError(
                f"ui-language must be 'zh' or 'en', not {short_repr(self.ui_language)}",
                f"ui-language 只能是 'zh' 或 'en'，不能是 {short_repr(self.ui_language)}。",
            )
        limits = (
            self.max_chars,
            self.max_objectives,
            self.max_key_results,
            self.max_findings,
            self.max_findings_per_item,
        )
        if any(n < 1 for n in limits):
            raise ConfigError(
                "max-chars, max-objectives, max-key-results, max-findings and "
                "max-findings-per-item must be positive",
                "max-chars、max-objectives、max-key-results、max-findings 和 "
                "max-findings-per-item 都必须是正数。",
            )


def astuple_config(config: Config) -> tuple[object, ...]:
    """Every setting of `config`, hashable (its severities as sorted pairs): a key for what is
    worked out from a configuration alone."""
    return tuple(
        tuple(sorted(v.items())) if isinstance(v, dict) else v for v in vars(config).values()
    )


def short_repr(value: object, limit: int = 40) -> str:
    """repr() of at most `limit` characters of a value, for messages that quote bad input: a
    250 KB option is not echoed back, and repr() escapes control and bidi characters."""
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit:
        return repr(text)
    return repr(text[:limit]) + f"… ({len(text):,} characters)"


def _id_hint(given: str, all_ids: list[str]) -> tuple[str, str]:
    """ "; did you mean 'kr-is-task'?" for an id written in capitals or with a typo, as the
    command line says it (tester39: the API answered 'KR-IS-TASK' with the catalog only)."""
    spelled = given.strip().lower().replace("_", "-")
    close = [spelled] if spelled in all_ids else difflib.get_close_matches(spelled, all_ids, 1)
    if not close:
        return "", ""
    return f"; did you mean {close[0]!r}?", f"，是不是想写 {close[0]!r}？"


def _matches(rule_id: str, patterns: tuple[str, ...]) -> bool:
    return any(rule_id.startswith(p) for p in patterns)


def _setting_hints(unknown: list[str], known: set[str]) -> str:
    """What each unknown setting probably meant (tester32): "max_chars" is "max-chars" (the
    settings are spelled with hyphens), and a `[tool.okr-coach]` table outside pyproject.toml
    holds settings that belong at the top of the file."""
    hints: list[str] = []
    for name in unknown:
        if name == "tool":
            hints.append(
                "[tool.okr-coach] is pyproject.toml's table: in .okr-coach.toml write the "
                "settings at the top, with no table"
            )
            continue
        spelled = name.strip().lower().replace("_", "-")
        close = [spelled] if spelled in known else difflib.get_close_matches(spelled, known, 1)
        if close:
            hints.append(f"{name!r}: did you mean {close[0]!r}?")
    return " (" + "; ".join(hints) + ")" if hints else ""


def _from_table(table: dict[str, object], source: str) -> Config:
    known = {
        "select",
        "ignore",
        "severity",
        "max-chars",
        "max-objectives",
        "max-key-results",
        "max-findings",
        "max-findings-per-item",
        "ui-language",
        "use-model",
        "model-labels",
        "semantic",
        "semantic-alignment",
        "include-examples",
    }
    unknown = set(table) - known
    if unknown:
        hints = _setting_hints(sorted(unknown), known)
        raise ConfigError(
            f"{source}: unknown setting(s) {sorted(unknown)}{hints}; known: {sorted(known)}"
        )

    def str_list(key: str) -> tuple[str, ...] | None:
        v = table.get(key)
        if v is None:
            return None
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(f"{source}: {key} must be a list of rule ids")
        return tuple(v)

    sev = table.get("severity", {})
    if not isinstance(sev, dict):
        raise ConfigError(f"{source}: severity must be a table of rule id = severity")
    try:
        return Config(
            select=str_list("select"),
            ignore=str_list("ignore") or (),
            severity={str(k): str(v) for k, v in sev.items()},
            max_chars=int(table.get("max-chars", DEFAULT_MAX_CHARS)),  # type: ignore[arg-type]
            max_objectives=int(table.get("max-objectives", DEFAULT_MAX_OBJECTIVES)),  # type: ignore[arg-type]
            max_key_results=int(table.get("max-key-results", DEFAULT_MAX_KEY_RESULTS)),  # type: ignore[arg-type]
            max_findings=int(table.get("max-findings", DEFAULT_MAX_FINDINGS)),  # type: ignore[arg-type]
            max_findings_per_item=int(
                table.get("max-findings-per-item", DEFAULT_MAX_FINDINGS_PER_ITEM)  # type: ignore[arg-type]
            ),
            ui_language=table.get("ui-language"),  # type: ignore[arg-type]
            use_model=bool(table.get("use-model", True)),
            model_labels=str_list("model-labels"),
            semantic=bool(table.get("semantic", True)),
            semantic_alignment=bool(table.get("semantic-alignment", False)),
            include_examples=bool(table.get("include-examples", True)),
        )
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{source}: {e}") from None


def load_config(path: str | Path | None = None, start: str | Path | None = None) -> Config:
    """The configuration from `path`, or found from `start` (default: the working directory)."""
    if path is not None:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"{p}: {e}") from None
        table = data.get("tool", {}).get("okr-coach", data) if p.name == "pyproject.toml" else data
        return _from_table(table, str(p))
    here = Path(start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        dotfile = d / ".okr-coach.toml"
        if dotfile.is_file():
            return load_config(dotfile)
        pyproject = d / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            table = data.get("tool", {}).get("okr-coach")
            if table is not None:
                return _from_table(table, f"{pyproject} [tool.okr-coach]")
    return Config()
