"""What a rule is: metadata, examples, and a `check` that returns hits.

One rule per module in this package. A module defines one `Rule` subclass and an instance
named `RULE`; the registry (`rules.registry()`) collects them. The catalog, the `explain`
command, the API's /v1/rules and the workshop page are all generated from these attributes.

Examples are tests: `tests/test_rule_examples.py` runs every example of every rule. In an
example's text the expected span of a bad example is marked with «guillemets».
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal

if TYPE_CHECKING:
    from coach.draft import Draft, Item

Target = Literal["objective", "kr", "set"]
Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe", "display-only"]


class _Unknown:
    """Returned by `check` when the rule cannot tell (the checklist then says 'unknown')."""

    _instance: _Unknown | None = None

    def __new__(cls) -> _Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown()


@dataclass
class LocalEdit:
    """An edit in item-local offsets."""

    start: int
    end: int
    replacement: str


@dataclass
class Fix:
    """A rewrite suggestion: local edits to the item, plus edits elsewhere in the input.

    `extra_edits` are (start, end, replacement) in input offsets, for a fix that must also
    touch another place (e.g. move a number out of an objective into a new KR line).
    `placeholders` name the parts a person must fill in ([N], [负责人], [owner], [日期]).
    """

    edits: list[LocalEdit]
    placeholders: list[str] = field(default_factory=list)
    applicability: Applicability = "display-only"
    extra_edits: list[tuple[int, int, str]] = field(default_factory=list)
    note: str | None = None


@dataclass
class Hit:
    """One violation. `span` is item-local, or input offsets when `input_span` is True.

    `args` fill the rule's message templates; `target` overrides the item id (set rules).
    """

    span: tuple[int, int] | None = None
    args: dict[str, str] = field(default_factory=dict)
    fixes: list[Fix] = field(default_factory=list)
    confidence: float = 1.0
    target: str | None = None
    input_span: bool = False
    # "model" when the decision came from a trained model (the sentence encoder), not words.
    source: Literal["rule", "model"] = "rule"
    # A weaker default severity for this hit (e.g. a model's hedged guess); a user's severity
    # override for the rule still wins.
    severity: Severity | None = None


@dataclass(frozen=True)
class Example:
    """A workshop example and a test. `text` marks the expected span of a bad one «like this».

    `context` is a draft with `{item}` where the example goes; None uses the rule's default
    context for its target and language (see `Rule.default_context`). For set rules `text`
    is the whole draft.
    """

    lang: Literal["zh", "en"]
    text: str
    bad: bool
    context: str | None = None
    note: str = ""

    _MARK = re.compile(r"«([^«»]*)»")

    @property
    def clean(self) -> str:
        return self.text.replace("«", "").replace("»", "")

    @property
    def marked(self) -> tuple[int, int] | None:
        """Span of the «marked» part in `clean`, or None."""
        m = self._MARK.search(self.text)
        if not m:
            return None
        return m.start(), m.start() + len(m.group(1))


DEFAULT_CONTEXT: dict[tuple[str, str], str] = {
    (
        "objective",
        "zh",
    ): "目标：{item}\n关键结果1：本季度将客户满意度从80%提升到90%（负责人：王芳）",
    ("objective", "en"): (
        "Objective: {item}\nKR1: Raise customer satisfaction from 80% to 90% by end of Q3 "
        "(owner: Alice)"
    ),
    ("kr", "zh"): "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：{item}",
    (
        "kr",
        "en",
    ): "Objective: Make customers love our service this quarter (owner: Alice)\nKR1: {item}",
    ("set", "zh"): "{item}",
    ("set", "en"): "{item}",
}


class Rule:
    """Base class. Subclasses set the class attributes and implement `check` (or
    `check_set` for set rules). The class docstring is the rule's long documentation."""

    id: ClassVar[str]
    target: ClassVar[Target]
    severity: ClassVar[Severity]
    # principle: the seed's wording (zh) and an English rendering.
    principle: ClassVar[dict[str, str]]
    # message: one line, may use {placeholders} filled from Hit.args.
    message: ClassVar[dict[str, str]]
    # explanation: why this matters, two or three sentences.
    explanation: ClassVar[dict[str, str]]
    examples: ClassVar[Sequence[Example]]
    fixable: ClassVar[bool] = False
    # Rules the classifier may also speak for (see models/).
    model_label: ClassVar[str | None] = None

    def check(self, item: Item, draft: Draft) -> Iterable[Hit] | _Unknown:
        """Hits for one item (target 'objective' or 'kr'), or UNKNOWN."""
        raise NotImplementedError

    def check_set(self, draft: Draft) -> Iterable[Hit]:
        """Hits for the whole draft (target 'set'); spans in input offsets."""
        raise NotImplementedError

    def default_context(self, lang: str) -> str:
        return DEFAULT_CONTEXT[(self.target, lang)]

    def format_message(self, lang: str, args: dict[str, str]) -> str:
        template = self.message[lang]
        try:
            return template.format(**args)
        except (KeyError, IndexError):
            return template

    def __repr__(self) -> str:
        return f"<Rule {self.id}>"
