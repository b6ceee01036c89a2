"""The reports of the rest of the cycle: grading, the weekly check-in and the OKR tree.

Each is one JSON document, the same from the library, the CLI's `--format json` and the API.
Findings have the review's shape (`coach.types.Finding`); spans are Unicode code points into
`source_text` when it is set (input that was converted or combined: a table, several files, a
check-in with its OKRs given apart), else into the text passed in.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from coach.types import Finding, Language, Level, Span

StatusKind = Literal["done", "half", "not_done", "in_progress"]
Color = Literal["green", "yellow", "red"]
Change = Literal["up", "down", "same"]
LinkMethod = Literal["stated", "lexical", "semantic"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _private(name: str) -> Any:
    """A read-write property over the private attribute `name` (kept out of the JSON)."""
    return property(
        lambda self: getattr(self, name), lambda self, value: setattr(self, name, value)
    )


class _Report(_Model):
    language: Language
    ui_language: Language
    version: str
    findings: list[Finding]
    summary: list[str] = Field(
        description="A few lines a manager reads in ten seconds, in the UI language."
    )
    source_text: str | None = Field(
        None,
        description="The text every span refers to, when it is not the input itself (a "
        "converted table, several files combined, a check-in with its OKRs given apart).",
    )

    # For one table (.csv, .xlsx) converted to Markdown: where each line of `source_text` comes
    # from in the file (render.TableLine). For the text report's positions; not in the JSON
    # (tester35: `grade x.csv` gave lines of the Markdown).
    _table_lines: list[Any] | None = PrivateAttr(default=None)
    table_lines = _private("_table_lines")
    # For input read from several files and joined in `source_text` (a check-in and its --okrs
    # file): each file's stretch, as `Document`s, so that the text report names the file and
    # its own line (tester35: `checkin c.md --okrs o.md` gave lines of the joined text).
    _files: list[Any] | None = PrivateAttr(default=None)
    files = _private("_files")

    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


# -- grading ------------------------------------------------------------------------------------
class KRGrade(_Model):
    id: str
    text: str
    span: Span
    language: Language
    score: float | None = Field(
        None, description="The grade used, 0.0–1.0 (read from a score, a percentage or a status)."
    )
    written: str | None = Field(None, description="The score as written: '0.9', '70%', '7/10'.")
    status: str | None = Field(None, description="The status as written: '完成', 'half done'.")
    status_kind: StatusKind | None = None
    source: Literal["score", "percent", "status", "none"] = "none"
    note: str | None = Field(None, description="A note given with the score, if any.")
    self_score: float | None = Field(
        None,
        description="The writer's own grade, 0.0–1.0, when it is labelled ('self 0.9, manager 0.6', '自评0.9 上级0.6', '0.6 (self 0.9)'); score keeps the grade that counts, the manager's where both are written.",
    )
    self_written: str | None = Field(None, description="The self-grade as written: '0.9', '90%'.")


class ObjectiveGrade(_Model):
    id: str
    text: str
    span: Span
    language: Language
    level: Level | None = None
    owner: str | None = None
    grade: float | None = Field(None, description="Mean of its graded KRs, 0.0–1.0.")
    graded: int = Field(0, description="How many of its KRs carry a grade.")
    key_results: list[KRGrade] = Field(default_factory=list)


class GradeReport(_Report):
    kind: Literal["grade"] = "grade"
    objectives: list[ObjectiveGrade]
    grade: float | None = Field(None, description="Mean of the objectives' grades, 0.0–1.0.")
    band: str = Field(description="Where the grade sits on the seed's scale, in words.")


# -- check-in -----------------------------------------------------------------------------------
class Link(_Model):
    target: str = Field(description="The KR (or objective) id the task serves.")
    text: str
    method: LinkMethod
    confidence: float = Field(ge=0.0, le=1.0)
    shared: list[str] = Field(
        default_factory=list, description="Words shared with the KR (lexical links)."
    )
    # "KR1" written where O1 and O2 each have a KR1: what was written, the KRs it may mean, and
    # the link is the one `method` chose among them (decision 5442).
    ref: str | None = Field(None, description="A KR number several objectives have, as written.")
    candidates: list[str] = Field(default_factory=list, description="What `ref` may mean.")


class Task(_Model):
    id: str = Field(description="'t1', … for this week's tasks; 'p1', … for the plan.")
    text: str
    span: Span
    language: Language
    priority: str | None = None
    link: Link | None = Field(None, description="The KR it serves, when one is found.")
    closest: Link | None = Field(
        None, description="The nearest KR when no link is strong enough (not a link)."
    )
    objective: str | None = Field(
        None,
        description="The objective it serves when no one KR is found: named ('O2') or sharing "
        "words with it; its KRs count the task as their work.",
    )


class Confidence(_Model):
    target: str = Field(description="'set', or the KR/objective id it is given for.")
    text: str
    span: Span
    value: float | None = Field(
        None,
        description="Normalised to 0.0–1.0 (7/10 is 0.7); a value written off that scale (12/10, -3/10) is kept as read, and checkin-confidence-out-of-range flags it.",
    )
    previous: float | None = None
    change: Change | None = None
    reason: str | None = None
    written: str | None = Field(
        None,
        description='The value as written when it is a bare decimal above 1 ("1.2"): on the 0–1 scale, shown so (outside 0 to 1), not as 12/10; null otherwise.',
    )


class Indicator(_Model):
    id: str
    text: str
    span: Span
    color: Color | None = None


class KRActivity(_Model):
    id: str
    text: str
    this_week: list[str] = Field(default_factory=list, description="Task ids linked to it.")
    next_weeks: list[str] = Field(default_factory=list, description="Plan item ids linked to it.")


class CheckinReport(_Report):
    kind: Literal["checkin"] = "checkin"
    sections: list[str] = Field(description="Quadrants found: tasks, plan, confidence, indicators.")
    tasks: list[Task]
    plan: list[Task]
    confidence: list[Confidence]
    indicators: list[Indicator]
    key_results: list[KRActivity]


# -- tree ---------------------------------------------------------------------------------------
class ParentLink(_Model):
    objective: str = Field(description="The parent objective's id.")
    text: str
    method: Literal["stated", "inferred"]
    confidence: float = Field(ge=0.0, le=1.0)
    via: str | None = Field(
        None, description="How it was inferred: shared words, or the sentence encoder."
    )


class TreeNode(_Model):
    id: str
    text: str
    span: Span
    language: Language
    level: Level | None
    unit: str = Field(description="The set it belongs to: 'u1', …")
    owner: str | None = None
    priority: str | None = None
    key_results: list[str] = Field(default_factory=list, description="Its KRs' texts.")
    parent: ParentLink | None = None
    children: list[str] = Field(default_factory=list)
    orphan: bool = Field(False, description="Flagged by set-unaligned-child.")


class TreeUnit(_Model):
    id: str
    name: str
    level: Level | None
    objectives: list[str]
    document: int = Field(0, description="Index into `documents`.")


class Document(_Model):
    name: str
    start: int
    end: int
    text_start: int = Field(
        0,
        description="Where the file's own text begins in `source_text` (after the heading that "
        "names it); a position there is `first_line` of the file.",
    )
    first_line: int = Field(
        1, ge=1, description="The file's line at `text_start` (1 unless blank lines led it)."
    )
    # For a table (.csv, .xlsx) converted to Markdown: where each line of its text (from
    # `text_start`) comes from in the file, as (row, column of the cell, characters before the
    # cell's text on the line) or None. For the text report's positions; not in the JSON, whose
    # spans refer to `source_text` (tester34).
    _table_lines: list[Any] | None = PrivateAttr(default=None)
    table_lines = _private("_table_lines")


class FactorCheck(_Model):
    factor: int = Field(ge=1, le=5)
    principle: str
    status: Literal["pass", "fail", "unknown"]
    rule_ids: list[str]
    note: str = ""


class TreeReport(_Report):
    kind: Literal["tree"] = "tree"
    documents: list[Document]
    units: list[TreeUnit]
    objectives: list[TreeNode]
    roots: list[str]
    factors: list[FactorCheck]
