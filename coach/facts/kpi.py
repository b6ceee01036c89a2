"""Names of measures (KPIs) in an item's wording: "net revenue retention", "复购率", "cloud spend".

An objective that only names a measure is a KPI, not a direction ("Net revenue retention",
"提高门店复购率": docs/principles.md decision 18), with or without a number. The vocabulary comes
from three places, read once per language:

- the fact layer's measure names (`metric_nouns.txt`, also read by the quantity reader) and
  the heads that name a measure in general (`kpi_nouns.txt`: cost, spend, engagement, 成本,
  知名度 …);
- the metric library (`models/data/library/metrics.jsonl`: the curated measurable outcomes of
  every function, in both languages): each name without its bracketed note, and an acronym
  given in the note ("customer satisfaction (CSAT)" → "customer satisfaction", "csat");
- one word shape: a Chinese word that ends in 率 names a rate (良品率, 复购率, 一次解决率).

`kpi_spans(folded, tokens, lang)` returns where measure names occur, longest first and without
overlaps, in item-local offsets. Rules read it as `item.facts.kpis`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from coach.errors import DataFileError
from coach.wordlists import find_terms, longest_first, words

if TYPE_CHECKING:
    from coach.nlp import Token

# The curated metric library shipped with the project (read as data, like the classifier's
# artifact: the fact layer imports nothing from `models`).
LIBRARY = Path(__file__).resolve().parents[2] / "models" / "data" / "library" / "metrics.jsonl"

_NOTE = re.compile(r"[（(]([^（）()]*)[）)]")
_ACRONYM = re.compile(r"^[A-Za-z][A-Za-z0-9/-]{1,7}$")
# A Chinese word ending in 率 names a rate; these few end in 率 and do not.
_NOT_RATES = frozenset({"效率", "频率", "功率", "税率", "汇率", "利率", "概率", "草率", "轻率", "坦率", "表率", "统率", "率"})  # fmt: skip


def library_names(path: Path = LIBRARY) -> dict[str, set[str]]:
    """Every metric name of the library, per language: names without their bracketed notes,
    plus the acronyms those notes give. A missing library gives nothing; a broken line is an
    error naming the file and line."""
    out: dict[str, set[str]] = {"en": set(), "zh": set()}
    if not path.is_file():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            names = json.loads(line)["name"]
            pairs = [(lang, str(names[lang])) for lang in ("en", "zh")]
        except (ValueError, KeyError, TypeError) as exc:
            raise DataFileError(f"{path}:{n}: a metric needs a name in en and zh ({exc})") from None
        for lang, name in pairs:
            for note in _NOTE.findall(name):
                for part in re.split(r"[,，、;；/\s]+", note.strip()):
                    if _ACRONYM.match(part) and sum(c.isupper() for c in part) >= 2:
                        out[lang].add(part.lower())
            bare = _NOTE.sub("", name).strip().lower()
            if bare:
                out[lang].add(bare)
    return out


@cache
def kpi_terms(lang: str) -> tuple[str, ...]:
    """Every measure name for `lang`, longest first (English names also count in Chinese
    text, where NPS, GMV and ARR are written in Latin letters)."""
    terms = {*words("metric_nouns", lang), *words("kpi_nouns", lang)}
    terms |= library_names()[lang]
    if lang == "zh":
        terms |= {t for t in kpi_terms("en") if t.isascii() and " " not in t and len(t) <= 4}
    return longest_first(frozenset(terms))


def kpi_spans(folded: str, tokens: Sequence[Token], lang: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each measure named in folded text: listed names, and for Chinese
    a word that ends in 率."""
    found = list(find_terms(folded, kpi_terms(lang), lang))
    if lang == "zh":
        taken = [(s, e) for s, e, _ in found]
        for tok in tokens:
            w = tok.text
            if (
                len(w) >= 2
                and w.endswith("率")
                and w not in _NOT_RATES
                and not any(s < tok.end and tok.start < e for s, e in taken)
            ):
                found.append((tok.start, tok.end, w))
    return tuple(sorted(found))
