"""What a cycle rule is: a draft rule's metadata, a family, and `check_doc` on that family's
document (a graded draft, a check-in, a tree) returning `Hit`s in input offsets."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Literal

from coach.rule_api import IssueType, Rule

Family = Literal["grade", "checkin", "tree"]
FAMILIES: tuple[Family, ...] = ("grade", "checkin", "tree")
CONTEXT = {("set", "zh"): "{item}", ("set", "en"): "{item}"}


class CycleRule(Rule):
    """Base class of the grading, check-in and tree rules.

    `target` says what a finding is about: 'objective', 'kr', 'task' (a check-in task),
    'indicator' (a check-in status indicator) or 'set' (the whole document). Examples are whole
    documents (their context is '{item}'); a bad one marks the flagged span «like this».
    """

    family: ClassVar[Family]
    # Place in the family's catalog.
    order: ClassVar[int] = 0
    target: ClassVar[Any]  # type: ignore[misc]
    # The draft rules' metadata, the same for every cycle rule: they report on a document,
    # offer no rewrite, get no similar examples and have no classifier label.
    issue_type: ClassVar[IssueType] = "non-conformance"
    fix = "never"
    similar_examples = False
    model_label = None

    @property
    def category(self) -> str:  # type: ignore[override]
        """A cycle rule's category is its family: grade, checkin or tree."""
        return self.family

    def check_doc(self, doc: Any) -> Iterable[Any]:
        """Hits for one document of this rule's family; spans in input offsets."""
        raise NotImplementedError

    def default_context(self, lang: str) -> str:
        return "{item}"
