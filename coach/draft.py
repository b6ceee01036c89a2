"""The parsed draft: objectives and key results as the rules see them.

An item's `text` is what the person wrote after its label, with wrapped lines joined; `offsets`
maps every character of `text` (and one past its end) back to a code-point offset in the input,
so rules work in item-local offsets and the review reports input offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from coach.cached import cached_property
from coach.text import code_figure_ticks, core_bounds

if TYPE_CHECKING:
    from coach.facts import Facts
    from coach.nlp import Token
    from coach.types import Metric, Timeframe

ItemKind = Literal["objective", "kr"]


@dataclass(eq=False)
class Heading:
    """A heading line of the draft: a Markdown heading, a title line or a section's name.

    `depth` orders headings like Markdown's: 1–6 for "#"–"######"; 0 for a plain title line
    that covers the whole draft; 7 for a plain heading line inside it ("市场部", "**Sales**");
    a line that only annotates the heading above it ("Owner: Lee", "负责人：刘工") is `meta` and
    sits half a level below that heading. A heading covers the items after it up to the next
    heading of the same or a higher level (a lower or equal depth).
    """

    text: str
    start: int  # input offsets of `text` (without "#" marks)
    end: int
    depth: float
    kind: Literal["markdown", "title", "line", "meta"] = "line"


@dataclass(eq=False)
class Cell:
    """One cell of a pasted table, with the role its column's header gives it."""

    role: str  # objective, kr, owner, due, score, progress, status, level, team, priority, …
    header: str  # the column's header as written ("负责人", "DRI")
    text: str  # the cell's text, stripped
    start: int  # input offsets of `text`
    end: int


@dataclass(eq=False)
class Item:
    kind: ItemKind
    id: str
    text: str
    offsets: list[int]
    language: str
    label: str = ""
    owner: str | None = None
    owner_span: tuple[int, int] | None = None
    deadline: Timeframe | None = None
    deadline_span: tuple[int, int] | None = None
    level: str | None = None
    priority: str | None = None
    parent: str | None = None
    metric: Metric | None = None
    score: float | None = None
    status: str | None = None
    # Local spans of annotations (owner, priority, score, status …) that are not the item's
    # wording: rules read `plain`, where these are blanked out.
    annotation_spans: list[tuple[int, int]] = field(default_factory=list)
    objective: Item | None = None
    key_results: list[Item] = field(default_factory=list)
    # Free-form facts from structured input (e.g. last cycle's target for kr-business-as-usual).
    extra: dict[str, object] = field(default_factory=dict)
    # The headings that cover the item, outermost first (see `Heading`); empty when none.
    headings: list[Heading] = field(default_factory=list)
    # For an item read from a table row: that row's cells by role ("owner", "due", "score" …).
    cells: dict[str, Cell] = field(default_factory=dict)
    # A role or team written before the item's label ("Sales — O1: …" gives "Sales"); a prefix
    # without a label ("AE team: $3.6M …") stays in `text`.
    prefix: str = ""

    # -- offsets -----------------------------------------------------------------------------
    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[len(self.text)]

    def to_input(self, start: int, end: int) -> tuple[int, int]:
        """Item-local [start, end) to input offsets."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    # -- views for matching --------------------------------------------------------------------
    @cached_property
    def plain(self) -> str:
        """`text` with annotation spans blanked by spaces (same length), and the backticks of a
        figure written as inline code ("达到 `>=92%`", "为 `0`") blanked too (decision 4480)."""
        ticks = code_figure_ticks(self.text) if "`" in self.text else ()
        if not self.annotation_spans and not ticks:
            return self.text
        chars = list(self.text)
        for s, e in self.annotation_spans:
            for i in range(max(0, s), min(e, len(chars))):
                chars[i] = " "
        for i in ticks:
            chars[i] = " "
        return "".join(chars)

    @cached_property
    def folded(self) -> str:
        """`plain`, full-width folded and lower-cased (same length): the facts' own, kept on
        the item (the rules read it some 170 times a review), forgotten with them."""
        return self.facts.folded

    @cached_property
    def facts(self) -> Facts:
        """What the wording says, read once (coach.facts): tokens, times, quantities, metric,
        clauses, word-list matches."""
        from coach.facts import Facts

        return Facts(self.plain, self.language, self.kind)

    @property
    def tokens(self) -> list[Token]:
        return self.facts.tokens

    @cached_property
    def core_span(self) -> tuple[int, int]:
        """Local span of the wording itself: `plain` without surrounding blanks/punctuation; a
        figure's code ticks blanked in `plain` at either end stay in it ("为 `0`": decision 4480)."""
        s, e = core_bounds(self.plain)
        if "`" in self.text:
            if e < len(self.text) and self.text[e] == "`" and self.plain[e] == " ":
                e += 1
            if s > 0 and self.text[s - 1] == "`" and self.plain[s - 1] == " ":
                s -= 1
        return s, e

    def invalidate(self) -> None:
        """Forget cached views after annotations change."""
        for name in ("plain", "facts", "folded", "core_span"):
            self.__dict__.pop(name, None)


@dataclass(eq=False)
class Draft:
    text: str
    objectives: list[Item]
    language: str
    # Set-level facts: a timeframe in a title ("# Q3 OKRs"), the headings seen, notes.
    timeframe: Timeframe | None = None
    headings: list[tuple[str, int, int]] = field(default_factory=list)
    # Lines of prose between the items (sentences, not headings): (text, start, end).
    prose: list[tuple[str, int, int]] = field(default_factory=list)
    # True when the draft came from structured input and `text` is its rendered canonical text.
    structured: bool = False
    # Whether rules may consult the sentence encoder (Config.semantic; see rules/_alignment.py).
    semantic: bool = False
    # Every heading with its depth, in input order (`headings` above keeps the plain tuples).
    outline: list[Heading] = field(default_factory=list)
    # The input as typed when the parse read another form of it (same length): traditional
    # Chinese characters in their simplified forms (coach.text.to_simplified), soft line breaks
    # as newlines. The review shows the items as typed, and with `traditional` gives a
    # rewrite's wording in traditional characters.
    original: str | None = None
    traditional: bool = False  # `original` was in traditional characters
    # When a language was forced ('zh'/'en'): the draft's own language and the ids of the items
    # written in the other one, read as the forced language all the same (tester37).
    forced_over: tuple[str, list[str]] | None = None
    # What the rules work out about the whole draft (its preamble, the set's headings, an
    # item's owner as the draft says it), kept for the review: every item asked them again.
    # The rules read a draft whose parse and annotations are done (rules/_draft_structure.py).
    memo: dict[object, object] = field(default_factory=dict, repr=False)

    def items(self) -> list[Item]:
        out: list[Item] = []
        for o in self.objectives:
            out.append(o)
            out.extend(o.key_results)
        return out

    def key_results(self) -> list[Item]:
        return [kr for o in self.objectives for kr in o.key_results]

    def unlink(self) -> None:
        """Drop each key result's link to its objective, once nothing reads the draft any more
        (the review is built). An objective and its key results refer to each other, so
        without this a draft, and all its items hold (facts, memos, fixes: ~300 objects a
        review), waits for the cyclic garbage collector, whose full collections then walk
        tens of thousands of them (bench/bench_review.py reports its pauses)."""
        for o in self.objectives:
            for kr in o.key_results:
                kr.objective = None

    def heading_scope(self, item: Item) -> list[Heading]:
        """The headings that cover `item`, outermost first: its own chain, else its objective's.

        Inherit an owner or a timeframe from these only: a sibling section's heading is never
        in the chain (a heading covers the items under it up to the next heading of the same or
        a higher level).
        """
        if item.headings or item.objective is None:
            return list(item.headings)
        return list(item.objective.headings)


def objective_groups(draft: Draft) -> list[list[Item]]:
    """Objectives that belong to one owner's set: consecutive objectives of the same level with
    no heading between them. A company/team/personal draft, or "## Sales" then "## Platform",
    holds several sets, and each is judged on its own.
    """
    groups: list[list[Item]] = []
    for o in draft.objectives:
        if groups:
            prev = groups[-1][-1]
            heading_between = any(prev.start < s < o.start for _t, s, _e in draft.headings)
            if not heading_between and prev.level == o.level:
                groups[-1].append(o)
                continue
        groups.append([o])
    return groups
