"""The fact layer: what an item says, read once, for every rule to share.

`item.facts` (a `Facts`, computed on first use and kept until the item's annotations change)
holds, for the item's wording (`item.plain`: annotations such as the owner blanked out):

- `tokens` and `token_bounds` (jieba words for Chinese, the regex tokenizer for English);
- `times`: every time expression ("本季度", "by end of Q3"); `timeframe`: the first, which is
  the item's deadline; `masked`: the wording with every time expression blanked;
- `quantities`: every number, numeral, placeholder and quantity word (`Quantity`: start, end,
  text, value, unit, kind, role/is_target, form; see coach/facts/quantities.py);
- `metric`: the key result's measurable target, chosen from the quantities (None exactly when
  no quantity is a target; see coach/facts/metric.py);
- `clauses` (one splitter, coach/facts/clauses.py) and `clause_at(pos)`;
- `kpis`: where the item names a measure ("net revenue retention", "复购率", "cloud spend";
  coach/facts/kpi.py: the measure names and the metric library's names);
- `terms(name)`: where a word list's entries occur (found once per item and list);
- `shape`: where the wording starts once the scene is set, the verb that heads it and its
  class (change, reach, win, hire, launch, complete, decide, learn, pass, contact, act), a
  cadence word (coach/facts/shape.py);
- `direction(start, end)`: the first direction word (提升 / reduce / 达到 / maintain) in a span;
- `bound(q)`: whether a quantity is a ceiling, a floor, a cut or a rise ("< 2%", "≥ 99%",
  "-50%", "+15%"; see coach/facts/bounds.py).

The owner is read from the raw text by coach/facts/owner.py (it is an annotation: `item.owner`).
Item-level values that structured input may also give (owner, deadline, metric) are resolved on
the item (`item.owner`, `item.deadline`, `item.metric`); rules read those for "does it have
one", and the facts for what the wording says. Rules only read facts: nothing under `rules/`
reads numbers, splits clauses or finds times itself.

Every fact is linear in the item's length (one pass per pattern; lookups by bisection).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

from coach.cached import cached_property
from coach.facts.bounds import Side, bound
from coach.facts.clauses import clause_at, split_clauses
from coach.facts.kpi import kpi_spans
from coach.facts.metric import Directions, choose_metric
from coach.facts.quantities import Quantity, from_to_pairs, read_quantities
from coach.facts.shape import Shape, read_shape
from coach.facts.timeframes import find_timeframe, time_spans
from coach.text import core_bounds, fold, to_simplified
from coach.wordlists import find_terms, mapping_keys, words

if TYPE_CHECKING:
    from coach.nlp import Token
    from coach.types import Metric, Timeframe

__all__ = ["Facts", "Quantity", "Shape", "read"]


class Facts:
    """The facts of one item's wording (see the module doc). Everything is computed lazily,
    at most once."""

    def __init__(
        self,
        text: str,
        language: str,
        kind: str = "kr",
        tokens: Callable[[], list[Token]] | None = None,
    ) -> None:
        # Chinese is read in simplified characters (same length, so every span is still a span
        # of the item's text, where quotes are taken from): "每週" is a cadence, "遷移" a
        # migration, as in a simplified draft (decision 400).
        self.text = to_simplified(text) if language == "zh" else text
        self.language = language
        self.kind = kind
        self._tokenize = tokens
        self._terms: dict[tuple[str, str, bool], list[tuple[int, int, str]]] = {}
        # Helpers that derive more from the facts (rules/_kr_common.py) keep their per-item
        # results here, so that they too run once per item.
        self.memo: dict[object, object] = {}

    @cached_property
    def folded(self) -> str:
        """`text` full-width folded and lower-cased (same length)."""
        return fold(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        if self._tokenize is not None:
            return self._tokenize()
        from coach.nlp import tokenize

        return tokenize(self.text, self.language)

    @cached_property
    def token_starts(self) -> frozenset[int]:
        """Offsets where a token starts (a word of its own begins there)."""
        return frozenset(t.start for t in self.tokens)

    @cached_property
    def token_bounds(self) -> frozenset[int]:
        """Offsets where a token starts or ends."""
        return frozenset(b for t in self.tokens for b in (t.start, t.end))

    @cached_property
    def times(self) -> tuple[tuple[int, int, str], ...]:
        """Every time expression: (start, end, kind), in order."""
        return time_spans(self.text, self.language)

    @cached_property
    def timeframe(self) -> tuple[Timeframe, tuple[int, int]] | None:
        """The first time expression (the item's deadline) and its span."""
        return find_timeframe(self.text, self.language) if self.times else None

    @cached_property
    def masked(self) -> str:
        """`text` with every time expression blanked (same length)."""
        if not self.times:
            return self.text
        chars = list(self.text)
        for s, e, _k in self.times:
            chars[s:e] = " " * (e - s)
        return "".join(chars)

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        bounds = self.token_bounds if self.language == "zh" else None
        return read_quantities(self.folded, self.text, self.language, self.times, bounds)

    @cached_property
    def _quantity_starts(self) -> list[int]:
        return [q.start for q in self.quantities]

    def quantities_in(self, start: int, end: int) -> tuple[Quantity, ...]:
        """The quantities that start in [start, end)."""
        lo = bisect.bisect_left(self._quantity_starts, start)
        hi = bisect.bisect_left(self._quantity_starts, end)
        return self.quantities[lo:hi]

    def last_target_in(self, start: int, end: int) -> Quantity | None:
        """The last target that starts in [start, end), found from the end (a rule asking this
        for every bad-events word of a long item stays linear)."""
        lo = bisect.bisect_left(self._quantity_starts, start)
        for i in range(bisect.bisect_left(self._quantity_starts, end) - 1, lo - 1, -1):
            if self.quantities[i].is_target:
                return self.quantities[i]
        return None

    @cached_property
    def from_to(self) -> tuple[tuple[Quantity, Quantity, int], ...]:
        """(start value, target, where the phrase starts) of every "从A到B" / "from A to B" /
        "A → B" in the wording."""
        usable = [q for q in self.quantities if q.kind != "label-number"]
        return tuple((usable[a], usable[b], s) for a, b, s in from_to_pairs(self.folded, usable))

    @property
    def measurable(self) -> bool:
        """Whether any quantity is a target (the item can be scored)."""
        return any(q.is_target for q in self.quantities)

    @cached_property
    def directions(self) -> Directions:
        return Directions(self.folded, self.language)

    def direction(self, start: int = 0, end: int | None = None) -> str | None:
        """The first direction word (increase, decrease, maintain, reach) in [start, end)."""
        return self.directions.first(start, end)

    def bound(self, q: Quantity) -> Side | None:
        """How the comparator next to quantity `q` bounds it: "max" (a ceiling), "min" (a
        floor), "minus" (a cut), "plus" (a rise) or None."""
        key = ("bound", q.start)
        if key not in self.memo:
            self.memo[key] = bound(self.folded, self.language, q.start, q.end)
        return self.memo[key]  # type: ignore[return-value]

    @cached_property
    def metric(self) -> Metric | None:
        return choose_metric(
            self.text, self.folded, self.language, self.quantities, self.directions
        )

    @cached_property
    def kpis(self) -> tuple[tuple[int, int, str], ...]:
        """(start, end, name) of every measure the wording names (coach/facts/kpi.py)."""
        return kpi_spans(self.folded, self.tokens, self.language)

    @cached_property
    def shape(self) -> Shape:
        """How the wording is built: where it starts once the scene is set, the verb that heads
        it and its class, a cadence word (coach/facts/shape.py)."""
        text = self.folded
        bounds = core_bounds(text)
        return read_shape(text, self.language, self.tokens, self.times, self.token_bounds, bounds)

    @cached_property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        return split_clauses(self.text, self.times)

    def clause_at(self, pos: int) -> tuple[int, int] | None:
        """The clause holding `pos`, or None (a position in punctuation or a time)."""
        return clause_at(self.clauses, pos)

    def terms(
        self, name: str, lang: str | None = None, mapping_list: bool = False
    ) -> list[tuple[int, int, str]]:
        """Occurrences of word list `name` (in `lang`, default the item's language) in the
        folded text, found once per item; mapping lists match their keys."""
        lang = lang or self.language
        key = (name, lang, mapping_list)
        found = self._terms.get(key)
        if found is None:
            entries = mapping_keys(name, lang) if mapping_list else words(name, lang)
            found = find_terms(self.folded, entries, lang)
            self._terms[key] = found
        return found


def read(text: str, language: str, kind: str = "kr") -> Facts:
    """The facts of a piece of wording on its own (no draft around it): for tests and tools."""
    return Facts(text, language, kind)
