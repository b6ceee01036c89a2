"""The curated advice data of issue 9: load and validate it.

    python -m models.library --check    # validate every file; exit 1 with file:line errors
    python -m models.library --stats    # counts per language, kind, function, split and tier

Four files, written by the project (formats in models/data/library/README.md):

- `models/data/library/examples.jsonl` — good objectives and key results, per language,
  function and kind; each key result names its metric.
- `models/data/library/metrics.jsonl` — measurable outcomes (bilingual names, unit, direction,
  sane range, the positive complement of a bad-events measure, topic words).
- `models/data/alignment/pairs.jsonl` — objective–KR pairs labelled aligned or clearly unrelated,
  with hard cases and a dev/test split by objective.
- `models/data/score_tiers/drafts.jsonl` — whole drafts an experienced coach ranked good,
  one-flaw or several-flaws, with the flaws named by rule id.

The loaders (`metrics()`, `examples()`, `pairs()`, `tier_drafts()`) refuse invalid data with
`LibraryError`, so code built on them never sees a broken item.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from models.drafts import FUNCTIONS, KR_IDS, OBJECTIVE_IDS

DATA = Path(__file__).parent / "data"
EXAMPLES = Path("library/examples.jsonl")
METRICS = Path("library/metrics.jsonl")
PAIRS = Path("alignment/pairs.jsonl")
TIERS = Path("score_tiers/drafts.jsonl")

LANGS = ("en", "zh")
KINDS = ("objective", "kr")
UNITS = ("%", "count", "days", "hours", "minutes", "ms", "money", "score", "ratio", "x", "months")
DIRECTIONS = ("higher", "lower")
SPLITS = ("dev", "test")
TIER_NAMES = ("good", "one-flaw", "several-flaws")
SET_IDS = (
    "objective-no-key-results",
    "set-kr-count",
    "set-too-many-objectives",
    "set-duplicate",
    "set-unaligned-child",
)
RULE_IDS = frozenset((*OBJECTIVE_IDS, *KR_IDS, *SET_IDS))

# Alignment pair categories and the label each implies (the README says what each means).
# Hard categories are the ones a word list gets wrong; `direct` and `other-function` are easy.
CATEGORIES: dict[str, bool] = {
    "direct": True,
    "no-shared-words": True,
    "hiring-under-hiring": True,
    "response-time-under-support": True,
    "reach-under-brand": True,
    "cost-under-efficiency": True,
    "people-under-team-objective": True,
    "enabler-metric": True,
    "other-function": False,
    "shared-words": False,
    "same-department": False,
    "hiring-under-unrelated": False,
}
EASY_CATEGORIES = frozenset({"direct", "other-function"})

_EXAMPLE_KEYS = {"id", "lang", "kind", "function", "metric", "text", "author"}
_METRIC_KEYS = {
    "id",
    "functions",
    "name",
    "unit",
    "direction",
    "range",
    "typical",
    "complement",
    "bad_events",
    "topics",
}
_PAIR_KEYS = {
    "id",
    "objective",
    "kr",
    "objective_lang",
    "kr_lang",
    "aligned",
    "hard",
    "category",
    "split",
    "author",
}
_TIER_KEYS = {"id", "lang", "tier", "text", "flaws", "author"}
_FLAW_KEYS = {"rule", "note"}

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


class LibraryError(ValueError):
    """The curated data is invalid (the message lists the first problems as file:line)."""


@dataclass(frozen=True)
class Metric:
    id: str
    functions: tuple[str, ...]
    name: dict[str, str]
    unit: str
    direction: str
    range: tuple[float, float]
    typical: tuple[float, float]
    complement: str | None
    bad_events: bool
    topics: dict[str, tuple[str, ...]]

    def label(self, lang: str) -> str:
        """How a key result names this metric in `lang` ('en' or 'zh')."""
        return self.name[lang]


@dataclass(frozen=True)
class Example:
    id: str
    lang: str
    kind: str
    function: str
    metric: str | None
    text: str
    author: str


@dataclass(frozen=True)
class Pair:
    id: str
    objective: str
    kr: str
    objective_lang: str
    kr_lang: str
    aligned: bool
    hard: bool
    category: str
    split: str
    author: str


@dataclass(frozen=True)
class Flaw:
    rule: str
    note: str


@dataclass(frozen=True)
class TierDraft:
    id: str
    lang: str
    tier: str
    text: str
    flaws: tuple[Flaw, ...]
    author: str


# ---------------------------------------------------------------------------------- numbers
# A number as a KR writes it: optional sign and currency, digits with thousands separators or a
# decimal point, an h:mm time, and an optional k/M/B, 万 or 亿 multiplier.
_NUM = (
    r"(?P<{n}>[-−]?[$€£¥]?\d[\d,]*(?:\.\d+)?(?::\d\d)?(?:\s?[kKMB](?![a-z]))?"
    r"(?:小时\d+分)?(?:[万亿](?!元)|万(?=元)|亿(?=元))?)"
)
_UNIT = r"(?P<{n}>\s?(?:%|x\b|ms\b|s\b|[a-zA-Z]+|个?月|天|小时|分钟|分|秒|毫秒|元|人|家|个|条|件|次|份|单)?)"


def _from_to_re(before: str, between: str) -> re.Pattern[str]:
    """'<before> baseline [unit] <between> target [unit]' with named groups a, ua, b, ub."""
    return re.compile(
        before
        + _NUM.format(n="a")
        + _UNIT.format(n="ua")
        + between
        + _NUM.format(n="b")
        + _UNIT.format(n="ub")
    )


_EN_FROM_TO = _from_to_re(
    r"\bfrom\s+", r"(?:\s+\w+){0,3}?\s+to\s+(?:under\s+|below\s+|over\s+|above\s+)?"
)
_ZH_FROM_TO = _from_to_re(
    r"从[^\d从到，,；;]{0,6}?", r"[^从到\d，,；;]{0,8}?到[^\d从到，,；;]{0,4}?"
)
_UNIT_ALIASES = {
    "hour": "hours",
    "hrs": "hours",
    "day": "days",
    "minute": "minutes",
    "mins": "minutes",
    "month": "months",
    "个月": "月",
    "分": "分",
}


def _number(text: str) -> float:
    """The value of a number matched by _NUM ('$1.2M' → 1_200_000, '2:25' → 145, '1.5万' → 15000)."""
    t = text.replace("−", "-").replace(",", "").replace(" ", "")
    sign = -1.0 if t.startswith("-") else 1.0
    t = t.lstrip("-").lstrip("$€£¥")
    m = re.match(r"^(\d+)小时(\d+)分", t)
    if m:
        return sign * (int(m.group(1)) * 60 + int(m.group(2)))
    m = re.match(r"^(\d+):(\d\d)", t)
    if m:
        return sign * (int(m.group(1)) * 60 + int(m.group(2)))
    mult = 1.0
    for suffix, factor in (
        ("k", 1e3),
        ("K", 1e3),
        ("M", 1e6),
        ("B", 1e9),
        ("万", 1e4),
        ("亿", 1e8),
    ):
        if t.endswith(suffix):
            t, mult = t[: -len(suffix)], factor
            break
    return sign * float(t) * mult


def _unit(raw: str) -> str:
    u = raw.strip().lower()
    u = _UNIT_ALIASES.get(u, u)
    return u.rstrip("s") if u.endswith("s") and u not in ("ms", "s") else u


def from_to(text: str, lang: str) -> tuple[float, float, str, str] | None:
    """The baseline and target of a "from X to Y" / "从X提升到Y" key result, with the unit word
    after each ('' when none), or None when the text has no such phrase."""
    m = (_ZH_FROM_TO if lang == "zh" else _EN_FROM_TO).search(text)
    if not m:
        return None
    return _number(m["a"]), _number(m["b"]), _unit(m["ua"]), _unit(m["ub"])


# ---------------------------------------------------------------------------------- checking
def _read(root: Path, rel: Path) -> tuple[list[tuple[str, dict[str, Any]]], list[str]]:
    """(where, object) for every non-blank line of a JSONL file, and the errors reading it."""
    path = root / rel
    shown = f"models/data/{rel.as_posix()}"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        return [], [f"{shown}: cannot read ({exc.strerror or exc})"]
    rows: list[tuple[str, dict[str, Any]]] = []
    errs: list[str] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{shown}:{n}"
        try:
            raw = json.loads(line)
        except ValueError as exc:
            errs.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(raw, dict):
            errs.append(f"{where}: a line must be a JSON object")
            continue
        rows.append((where, raw))
    return rows, errs


def _keys(raw: dict[str, Any], keys: set[str], where: str) -> list[str]:
    errs = []
    if keys - set(raw):
        errs.append(f"{where}: missing keys {sorted(keys - set(raw))}")
    if set(raw) - keys:
        errs.append(f"{where}: unknown keys {sorted(set(raw) - keys)}")
    return errs


def _text_lang(text: Any, lang: str, where: str, what: str = "text") -> list[str]:
    if not isinstance(text, str) or not text.strip():
        return [f"{where}: {what} must be a non-empty string"]
    if text != text.strip():
        return [f"{where}: {what} has leading or trailing spaces"]
    if lang == "zh" and not _CJK_RE.search(text):
        return [f"{where}: {what} is marked zh but has no Chinese characters"]
    if lang == "en" and _CJK_RE.search(text):
        return [f"{where}: {what} is marked en but has Chinese characters"]
    return []


def _unique_ids(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    errs, seen = [], {}
    for where, raw in rows:
        rid = raw.get("id")
        if not isinstance(rid, str) or not _ID_RE.match(rid):
            errs.append(f"{where}: id must be kebab-case ([a-z0-9-]), not {rid!r}")
            continue
        if rid in seen:
            errs.append(f"{where}: id {rid!r} already used at {seen[rid]}")
        else:
            seen[rid] = where
    return errs


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _pair_of_numbers(v: Any) -> bool:
    return (
        isinstance(v, list)
        and len(v) == 2
        and all(isinstance(x, int | float) and not isinstance(x, bool) for x in v)
    )


def _check_metric(raw: dict[str, Any], where: str) -> list[str]:
    errs = _keys(raw, _METRIC_KEYS, where)
    if errs:
        return errs
    fns = raw["functions"]
    if not isinstance(fns, list) or not fns:
        errs.append(f"{where}: functions must be a non-empty list")
    else:
        bad = [f for f in fns if f not in FUNCTIONS]
        if bad:
            errs.append(f"{where}: unknown functions {bad}")
        if len(set(fns)) != len(fns):
            errs.append(f"{where}: functions repeat")
    name, topics = raw["name"], raw["topics"]
    for field, value in (("name", name), ("topics", topics)):
        if not isinstance(value, dict) or set(value) != set(LANGS):
            errs.append(f"{where}: {field} must be an object with exactly 'en' and 'zh'")
            return errs
    for lang in LANGS:
        errs += _text_lang(name[lang], lang, where, f"name.{lang}")
        ts = topics[lang]
        if not isinstance(ts, list) or len(ts) < 3:
            errs.append(f"{where}: topics.{lang} needs at least 3 words or phrases")
            continue
        if any(not isinstance(t, str) or not t.strip() for t in ts):
            errs.append(f"{where}: topics.{lang} has an empty entry")
        elif len({_norm(t) for t in ts}) != len(ts):
            errs.append(f"{where}: topics.{lang} repeats an entry")
        elif lang == "zh" and not any(_CJK_RE.search(t) for t in ts):
            errs.append(f"{where}: topics.zh has no Chinese entry")
        elif lang == "en" and any(_CJK_RE.search(t) for t in ts):
            errs.append(f"{where}: topics.en has Chinese characters")
    if raw["unit"] not in UNITS:
        errs.append(f"{where}: unit must be one of {UNITS}, not {raw['unit']!r}")
    if raw["direction"] not in DIRECTIONS:
        errs.append(f"{where}: direction must be 'higher' or 'lower'")
    if not isinstance(raw["bad_events"], bool):
        errs.append(f"{where}: bad_events must be true or false")
    rng, typ = raw["range"], raw["typical"]
    if not _pair_of_numbers(rng) or rng[0] >= rng[1]:
        errs.append(f"{where}: range must be [min, max] with min < max")
    elif not _pair_of_numbers(typ) or not rng[0] <= typ[0] <= typ[1] <= rng[1]:
        errs.append(f"{where}: typical must be [low, high] inside range {rng}")
    elif raw["unit"] == "%" and (rng[0] < -100 or rng[1] > 1000):
        errs.append(f"{where}: a percentage range outside -100…1000 is not sane")
    elif raw["unit"] == "%" and rng[1] > 100 and raw["direction"] == "lower":
        errs.append(f"{where}: a lower-is-better percentage cannot exceed 100")
    comp = raw["complement"]
    if comp is not None and not isinstance(comp, str):
        errs.append(f"{where}: complement must be a metric id or null")
    if raw["bad_events"] is True:
        if comp is None:
            errs.append(f"{where}: a bad-events metric needs its positive complement")
        if raw["direction"] != "lower":
            errs.append(f"{where}: a bad-events metric must have direction 'lower'")
    elif comp is not None:
        errs.append(f"{where}: only a bad-events metric has a complement")
    return errs


def _check_metric_links(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    errs: list[str] = []
    by_id = {raw["id"]: raw for _, raw in rows if isinstance(raw.get("id"), str)}
    names: dict[tuple[str, str], str] = {}
    for where, raw in rows:
        comp = raw.get("complement")
        if isinstance(comp, str):
            target = by_id.get(comp)
            if target is None:
                errs.append(f"{where}: complement {comp!r} is not in the metric library")
            elif target.get("bad_events") or target.get("direction") != "higher":
                errs.append(f"{where}: complement {comp!r} must be a higher-is-better good metric")
            elif not set(raw.get("functions", [])) & set(target.get("functions", [])):
                errs.append(f"{where}: complement {comp!r} shares no function with this metric")
        for lang in LANGS:
            name = raw.get("name", {}).get(lang) if isinstance(raw.get("name"), dict) else None
            if isinstance(name, str):
                key = (lang, _norm(name))
                if key in names:
                    errs.append(f"{where}: name.{lang} {name!r} already used by {names[key]}")
                names.setdefault(key, raw.get("id", "?"))
    covered = {f for _, raw in rows for f in raw.get("functions", []) if isinstance(f, str)}
    missing = sorted(FUNCTIONS - covered)
    if rows and missing:
        errs.append(f"models/data/{METRICS.as_posix()}: no metric for functions {missing}")
    return errs


def _check_kr_numbers(raw: dict[str, Any], metric: dict[str, Any], where: str) -> list[str]:
    """A KR's numbers agree with its metric: target beyond baseline in the metric's direction,
    values of bounded units (%, score, months, x, ratio) inside the metric's range."""
    text = raw["text"]
    if not re.search(r"\d", text):
        return [f"{where}: a key result needs a target number"]
    errs: list[str] = []
    lo, hi = metric["range"]
    unit = metric["unit"]
    if unit == "%":
        for m in re.finditer(r"([-−]?\d+(?:\.\d+)?)\s?%", text):
            v = float(m.group(1).replace("−", "-"))
            if not lo <= v <= hi:
                errs.append(f"{where}: {m.group(0)} is outside {metric['id']}'s range {lo}…{hi}")
    ft = from_to(text, raw["lang"])
    if ft is None:
        return errs
    a, b, ua, ub = ft
    if ua and ub and ua != ub:  # "3 days to 4 hours": different units, nothing to compare
        return errs
    if a == b or (b > a) != (metric["direction"] == "higher"):
        errs.append(
            f"{where}: from {a:g} to {b:g} moves the wrong way for {metric['id']} "
            f"({metric['direction']} is better)"
        )
    if unit in ("score", "months", "x", "ratio") and (ub or ua) not in ("%",):
        for v in (a, b):
            if not lo <= v <= hi:
                errs.append(f"{where}: {v:g} is outside {metric['id']}'s range {lo}…{hi}")
    return errs


def _check_example(
    raw: dict[str, Any], where: str, metrics: dict[str, dict[str, Any]]
) -> list[str]:
    errs = _keys(raw, _EXAMPLE_KEYS, where)
    if errs:
        return errs
    if raw["lang"] not in LANGS:
        return [f"{where}: lang must be 'en' or 'zh'"]
    if raw["kind"] not in KINDS:
        errs.append(f"{where}: kind must be 'objective' or 'kr'")
    if raw["function"] not in FUNCTIONS:
        errs.append(f"{where}: unknown function {raw['function']!r}")
    if not isinstance(raw["author"], str) or not raw["author"].strip():
        errs.append(f"{where}: author must be named")
    errs += _text_lang(raw["text"], raw["lang"], where)
    if errs:
        return errs
    if raw["kind"] == "objective":
        if raw["metric"] is not None:
            errs.append(f"{where}: an objective has metric null")
        if from_to(raw["text"], raw["lang"]):
            errs.append(f"{where}: an objective with a from–to target is a metric objective")
        return errs
    metric = metrics.get(raw["metric"]) if isinstance(raw["metric"], str) else None
    if metric is None:
        return [f"{where}: metric {raw['metric']!r} is not in the metric library"]
    if raw["function"] not in metric["functions"]:
        errs.append(
            f"{where}: function {raw['function']!r} is not among {metric['id']}'s functions "
            f"{metric['functions']}"
        )
    return errs + _check_kr_numbers(raw, metric, where)


def _check_pair(raw: dict[str, Any], where: str) -> list[str]:
    errs = _keys(raw, _PAIR_KEYS, where)
    if errs:
        return errs
    for side in ("objective", "kr"):
        lang = raw[f"{side}_lang"]
        if lang not in LANGS:
            errs.append(f"{where}: {side}_lang must be 'en' or 'zh'")
        else:
            errs += _text_lang(raw[side], lang, where, side)
    for key in ("aligned", "hard"):
        if not isinstance(raw[key], bool):
            errs.append(f"{where}: {key} must be true or false")
    cat = raw["category"]
    if cat not in CATEGORIES:
        errs.append(f"{where}: unknown category {cat!r} (known: {sorted(CATEGORIES)})")
    elif isinstance(raw["aligned"], bool):
        if CATEGORIES[cat] != raw["aligned"]:
            errs.append(f"{where}: category {cat!r} implies aligned={CATEGORIES[cat]}")
        if raw["hard"] is (cat in EASY_CATEGORIES):
            errs.append(f"{where}: category {cat!r} is {'easy' if raw['hard'] else 'hard'}")
    if raw["split"] not in SPLITS:
        errs.append(f"{where}: split must be 'dev' or 'test'")
    if not isinstance(raw["author"], str) or not raw["author"].strip():
        errs.append(f"{where}: author must be named")
    return errs


def _check_tier(raw: dict[str, Any], where: str) -> list[str]:
    errs = _keys(raw, _TIER_KEYS, where)
    if errs:
        return errs
    if raw["lang"] not in LANGS:
        return [f"{where}: lang must be 'en' or 'zh'"]
    errs += _text_lang(raw["text"], raw["lang"], where)
    if raw["tier"] not in TIER_NAMES:
        errs.append(f"{where}: tier must be one of {TIER_NAMES}")
    if not isinstance(raw["author"], str) or not raw["author"].strip():
        errs.append(f"{where}: author must be named")
    flaws = raw["flaws"]
    if not isinstance(flaws, list):
        return [*errs, f"{where}: flaws must be a list"]
    for i, fl in enumerate(flaws):
        if not isinstance(fl, dict) or set(fl) != _FLAW_KEYS:
            errs.append(f"{where}: flaw {i} must be {{'rule', 'note'}}")
        elif fl["rule"] not in RULE_IDS:
            errs.append(f"{where}: flaw {i} names an unknown rule id {fl['rule']!r}")
        elif not isinstance(fl["note"], str) or not fl["note"].strip():
            errs.append(f"{where}: flaw {i} needs a note")
    wanted = {"good": (0, 0), "one-flaw": (1, 1), "several-flaws": (3, 99)}.get(raw["tier"])
    if wanted and not wanted[0] <= len(flaws) <= wanted[1]:
        errs.append(f"{where}: a {raw['tier']} draft has {len(flaws)} flaws")
    return errs


def _dupes(rows: Iterable[tuple[str, str]], what: str) -> list[str]:
    errs, seen = [], {}
    for where, text in rows:
        key = _norm(text)
        if key in seen:
            errs.append(f"{where}: duplicate {what} (first at {seen[key]})")
        else:
            seen[key] = where
    return errs


def check(root: Path = DATA) -> list[str]:
    """Every problem in the four files as 'file:line: message' (empty when all are valid)."""
    errs: list[str] = []
    mrows, e = _read(root, METRICS)
    errs += e + _unique_ids(mrows)
    for where, raw in mrows:
        errs += _check_metric(raw, where)
    errs += _check_metric_links(mrows)
    metrics = {raw["id"]: raw for _, raw in mrows if isinstance(raw.get("id"), str)}

    erows, e = _read(root, EXAMPLES)
    errs += e + _unique_ids(erows)
    for where, raw in erows:
        errs += _check_example(raw, where, metrics)
    errs += _dupes(((w, r["text"]) for w, r in erows if isinstance(r.get("text"), str)), "text")

    prows, e = _read(root, PAIRS)
    errs += e + _unique_ids(prows)
    for where, raw in prows:
        errs += _check_pair(raw, where)
    errs += _dupes(
        (
            (w, f"{r['objective']}\n{r['kr']}")
            for w, r in prows
            if isinstance(r.get("objective"), str) and isinstance(r.get("kr"), str)
        ),
        "objective–KR pair",
    )
    splits_of: dict[str, dict[str, str]] = defaultdict(dict)
    for where, raw in prows:
        if isinstance(raw.get("objective"), str) and raw.get("split") in SPLITS:
            splits_of[_norm(raw["objective"])].setdefault(raw["split"], where)
    for found in splits_of.values():
        if len(found) > 1:
            errs.append(f"{found['test']}: objective is in both splits (dev at {found['dev']})")

    trows, e = _read(root, TIERS)
    errs += e + _unique_ids(trows)
    for where, raw in trows:
        errs += _check_tier(raw, where)
    errs += _dupes(((w, r["text"]) for w, r in trows if isinstance(r.get("text"), str)), "draft")
    return errs


# ---------------------------------------------------------------------------------- loading
@lru_cache(maxsize=4)
def _load(root: Path) -> dict[str, Any]:
    errs = check(root)
    if errs:
        more = f"\n… and {len(errs) - 20} more" if len(errs) > 20 else ""
        raise LibraryError("\n".join(errs[:20]) + more)

    def rows(rel: Path) -> list[dict[str, Any]]:
        return [raw for _, raw in _read(root, rel)[0]]

    ms = {
        r["id"]: Metric(
            id=r["id"],
            functions=tuple(r["functions"]),
            name=dict(r["name"]),
            unit=r["unit"],
            direction=r["direction"],
            range=(r["range"][0], r["range"][1]),
            typical=(r["typical"][0], r["typical"][1]),
            complement=r["complement"],
            bad_events=r["bad_events"],
            topics={lang: tuple(r["topics"][lang]) for lang in LANGS},
        )
        for r in rows(METRICS)
    }
    return {
        "metrics": ms,
        "examples": tuple(Example(**r) for r in rows(EXAMPLES)),
        "pairs": tuple(Pair(**r) for r in rows(PAIRS)),
        "tiers": tuple(
            TierDraft(
                id=r["id"],
                lang=r["lang"],
                tier=r["tier"],
                text=r["text"],
                flaws=tuple(Flaw(**f) for f in r["flaws"]),
                author=r["author"],
            )
            for r in rows(TIERS)
        ),
    }


def metrics(root: Path = DATA) -> dict[str, Metric]:
    """Every metric by id (raises LibraryError when any file is invalid)."""
    return dict(_load(root)["metrics"])


def metric(metric_id: str, root: Path = DATA) -> Metric:
    """One metric by id (KeyError when there is none)."""
    return _load(root)["metrics"][metric_id]


def positive(metric_id: str, root: Path = DATA) -> Metric:
    """The metric to state a KR in: the complement of a bad-events metric, else the metric."""
    m = metric(metric_id, root)
    return metric(m.complement, root) if m.complement else m


def examples(
    lang: str | None = None,
    kind: str | None = None,
    function: str | None = None,
    metric_id: str | None = None,
    root: Path = DATA,
) -> list[Example]:
    """Good examples, filtered by any of language, kind, function and metric id."""
    return [
        e
        for e in _load(root)["examples"]
        if (lang is None or e.lang == lang)
        and (kind is None or e.kind == kind)
        and (function is None or e.function == function)
        and (metric_id is None or e.metric == metric_id)
    ]


def pairs(split: str | None = None, root: Path = DATA) -> list[Pair]:
    """Labelled objective–KR pairs, all or one split ('dev' or 'test')."""
    return [p for p in _load(root)["pairs"] if split is None or p.split == split]


def tier_drafts(
    lang: str | None = None, tier: str | None = None, root: Path = DATA
) -> list[TierDraft]:
    """Drafts ranked by tier, filtered by language and tier."""
    return [
        d
        for d in _load(root)["tiers"]
        if (lang is None or d.lang == lang) and (tier is None or d.tier == tier)
    ]


def stats(root: Path = DATA) -> str:
    """Counts a reader checks the data against (per language, kind, function, split, tier)."""
    data = _load(root)
    ms: dict[str, Metric] = data["metrics"]
    out = [f"metrics: {len(ms)} ({sum(m.bad_events for m in ms.values())} count bad events)"]
    per_fn = Counter(f for m in ms.values() for f in m.functions)
    out.append("  per function: " + ", ".join(f"{f} {per_fn[f]}" for f in sorted(FUNCTIONS)))
    exs: tuple[Example, ...] = data["examples"]
    for lang in LANGS:
        kinds = Counter(e.kind for e in exs if e.lang == lang)
        fns = Counter(e.function for e in exs if e.lang == lang and e.kind == "kr")
        out.append(
            f"examples {lang}: {kinds['objective'] + kinds['kr']} "
            f"({kinds['objective']} objectives, {kinds['kr']} KRs, {len(fns)} functions, "
            f"fewest KRs in a function: {min(fns.values()) if fns else 0})"
        )
    ps: tuple[Pair, ...] = data["pairs"]
    n = len(ps) or 1
    out.append(
        f"pairs: {len(ps)}, aligned {sum(p.aligned for p in ps) / n:.0%}, "
        f"hard {sum(p.hard for p in ps)}, "
        f"cross-language {sum(p.objective_lang != p.kr_lang for p in ps)}, "
        f"test {sum(p.split == 'test' for p in ps) / n:.0%}"
    )
    langs = Counter(f"{p.objective_lang}-{p.kr_lang}" for p in ps)
    out.append("  " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    cats = Counter(p.category for p in ps)
    out.append("  " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    ts: tuple[TierDraft, ...] = data["tiers"]
    for lang in LANGS:
        c = Counter(d.tier for d in ts if d.lang == lang)
        out.append(f"score tiers {lang}: " + ", ".join(f"{t} {c[t]}" for t in TIER_NAMES))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m models.library", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--check", action="store_true", help="validate every file (the default)")
    ap.add_argument("--stats", action="store_true", help="print counts after checking")
    ap.add_argument("--root", type=Path, default=DATA, help="the models/data folder to check")
    args = ap.parse_args(argv)
    errs = check(args.root)
    for e in errs:
        print(e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} problem(s)", file=sys.stderr)
        return 1
    print(stats(args.root) if args.stats else "ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
