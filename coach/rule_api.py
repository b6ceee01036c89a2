"""What a rule is: its metadata, its examples, and a `check` that returns hits.

This is the contract between the review pipeline (`coach.review`) and the rules (`rules/`, one
module per rule, each defining a `Rule` subclass and an instance named `RULE`). Everything about
a rule lives on the rule: the catalog, `okr-coach explain`, the API's /v1/rules, the
LanguageTool endpoint's issue types, the classifier's messages, which findings get similar
well-written examples, and the README's rule table are all read from these attributes.
`metadata_problems(rule)` lists what a rule lacks; the registry refuses such a rule.

Examples are tests: `tests/test_rule_examples.py` runs every example of every rule. In an
example's text the expected span of a bad example is marked with «guillemets».

Rules read facts (`item.facts`, `coach.facts`), never each other: a rule does not import or call
another rule. Where two rules' fixes would supply the same thing (a number), the one that yields
says so with `Fix.yields_to`, and the pipeline drops it when the other rule fires; where one
rule's finding already says what another's would, the other says so with `Hit.folds_into`, and
the pipeline shows only the first (the checklist keeps both verdicts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal, get_args

from coach.text import nest_quotes

if TYPE_CHECKING:
    from coach.draft import Draft, Item

Target = Literal["objective", "kr", "set"]
Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe", "display-only"]
# Whether the rule offers a rewrite, as ruff's FixAvailability: on every finding, on some, never.
FixAvailability = Literal["always", "sometimes", "never"]
# LanguageTool's issue types (the W3C ITS 2.0 localization-quality issue types) that fit OKRs.
IssueType = Literal[
    "non-conformance", "style", "omission", "inconsistency", "duplication", "uncategorized"
]  # fmt: skip

# What a rule is about, for grouping in the catalog: id -> names in both languages.
CATEGORIES: dict[str, dict[str, str]] = {
    "direction": {"zh": "方向", "en": "Direction"},
    "control": {"zh": "可控", "en": "Control"},
    "time": {"zh": "时间期限", "en": "Time limit"},
    "measurable": {"zh": "可衡量", "en": "Measurable"},
    "results": {"zh": "结果而非任务", "en": "Results, not tasks"},
    "clarity": {"zh": "简单明了", "en": "Clarity"},
    "ownership": {"zh": "责任人", "en": "Ownership"},
    "alignment": {"zh": "对齐", "en": "Alignment"},
    "focus": {"zh": "聚焦", "en": "Focus"},
    # The rules of the rest of the cycle (rules/cycle/), by family.
    "grade": {"zh": "评分", "en": "Grading"},
    "checkin": {"zh": "周报", "en": "Weekly check-in"},
    "tree": {"zh": "OKR树", "en": "OKR tree"},
}


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


# The interface language of the review being built (Config.ui_language), None when the review
# was asked for none: what a fix says *to the person* follows it (decision 425).
_VOICE: ContextVar[str | None] = ContextVar("okr_coach_voice", default=None)


def voice(lang: str) -> str:
    """The language of what a fix says to the person — its note, and the question it asks in
    place of a rewrite (Fix.asks) — for an item in `lang`: the interface's language when the
    review was asked for one, else the item's. The rewritten wording itself (a key result to
    paste into the draft) stays in the item's language."""
    return _VOICE.get() or lang


@contextmanager
def speaking(ui_language: str | None) -> Iterator[None]:
    """Within this block, `voice` answers `ui_language` (None: each item's own language)."""
    token = _VOICE.set(ui_language)
    try:
        yield
    finally:
        _VOICE.reset(token)


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
    `yields_to` names rules whose fix supplies the same thing: when one of them has a finding
    with a fix on the same item, the pipeline drops this fix (the finding stays).
    `asks` marks a rewrite that is a question for the person to answer ("Which number gets
    better when this is done?"), offered where the draft does not say enough to write the key
    result: it does not fix the finding by itself (models/rewrite_fix_rate.py counts it apart).
    """

    edits: list[LocalEdit]
    placeholders: list[str] = field(default_factory=list)
    applicability: Applicability = "display-only"
    extra_edits: list[tuple[int, int, str]] = field(default_factory=list)
    note: str | None = None
    yields_to: tuple[str, ...] = ()
    # Rules this fix yields to only where their fix is a whole rewrite (no question, no
    # placeholder): "0 late shipments" gives way to "Keep the share of shipments on time at
    # 100%", and stays beside "… is a line to hold: what does holding it bring?" or "供应商付款
    # 准确率从[基线]提升到[目标值]", which lack its target (decisions 1121, 1184).
    yields_to_rewrites: tuple[str, ...] = ()
    asks: bool = False
    # An annotation patch (an owner, a date) that, where it yields to a rewrite of the wording
    # (not a question), still follows that rewrite in the item's combined rewrite — what "Apply
    # all" applies — while its finding shows no patch of its own (decision 507).
    rides: bool = False
    # A library measure offered as an example to confirm ("设备可用率从[基线]提升到[目标值]" for "非计划
    # 停机次数从每月14次降到5次以内", decision 138): shown with its note, never applied — Apply put
    # it in place of the key result and the draft's own figures were gone (decision 6782).
    example: bool = False
    # A patch that yields in the item's combined rewrite but stays on its own finding unless
    # one of these rules fixes the item too (an owner for a key result that stays a key
    # result, decision 966); where it is withheld there, `withheld_args` join the hit's message
    # arguments (why no edit is offered).
    card_yields_to: tuple[str, ...] | None = None
    withheld_args: dict[str, object] | None = None
    # Set by the pipeline: the fix shows on its finding only, not in the item's rewrite.
    card_only: bool = False

    def __post_init__(self) -> None:
        # The same edit reached by two readings of one word ("由0.03%降至0.01%": the reducer read
        # and the word between the figures) is one edit: applied twice it doubles its text
        # ("提升到到", decision 1540).
        seen: set[tuple[int, int, str]] = set()
        kept = []
        for e in self.edits:
            key = (e.start, e.end, e.replacement)
            if key not in seen:
                seen.add(key)
                kept.append(e)
        self.edits = kept


@dataclass
class Hit:
    """One violation. `span` is item-local, or input offsets when `input_span` is True.

    `args` fill the rule's message templates; `target` overrides the item id (set rules). A
    value that depends on the language of the message is given in both, {"zh": …, "en": …}:
    the message is written in one language, the interface's or the item's (never "“尽量” is
    vague: 去掉它").
    """

    span: tuple[int, int] | None = None
    args: dict[str, str | dict[str, str]] = field(default_factory=dict)
    fixes: list[Fix] = field(default_factory=list)
    target: str | None = None
    input_span: bool = False
    # "model" when the decision came from a trained model (the sentence encoder), not words;
    # `probability` is then the model's calibrated probability (findings of word rules have
    # none: a rule does not guess how sure it is).
    source: Literal["rule", "model"] = "rule"
    probability: float | None = None
    # A weaker default severity for this hit (e.g. a model's hedged guess); a user's severity
    # override for the rule still wins.
    severity: Severity | None = None
    # The version of the model that decided (source "model"); None: the classifier's.
    model_version: str | None = None
    # Rules whose finding on the same item already says this one: when one of them fires, the
    # pipeline leaves this finding out of the report, and the checklist still says "fail" (a
    # task KR gets one finding, while its checklist also says "quantified: fail").
    folds_into: tuple[str, ...] = ()
    # The finding (item id, rule id) on an earlier item that already says this one for a whole
    # block: when it is reported, the pipeline leaves this hit out of the report and the score,
    # and the checklist still says "fail" (a set whose only time frame is a year: said once, on
    # its first objective; decision 496). When it is not (that rule is not selected), this hit
    # is reported as it is.
    said_on: tuple[str, str] | None = None
    # Fixes that cost a rewrite to build, for a hit that may fold into another: the pipeline
    # calls this only for a hit it reports, and its fixes replace `fixes`, which until then hold
    # stand-ins carrying the same `yields_to` (all that the yielding of other fixes reads).
    build_fixes: Callable[[], list[Fix]] | None = None

    def built(self) -> Hit:
        """This hit with its fixes built (a no-op when `build_fixes` is None)."""
        if self.build_fixes is not None:
            self.fixes, self.build_fixes = self.build_fixes(), None
        return self


@dataclass(frozen=True)
class Example:
    """A workshop example and a test. `text` marks the expected span of a bad one «like this».

    `context` is a draft with `{item}` where the example goes; None uses the rule's default
    context for its target and language (see `Rule.default_context`). For set rules `text`
    is the whole draft. `findings` is how many findings of its rule a bad example gives
    (one unless said otherwise; the first one, in input order, is at the marked span).
    `workshop` False: a test of a borderline decision only — the rule decides it as the
    decisions say, but a room would argue about it (a speed called a metric, a rank against an
    industry shown good, traditional script), so the catalog a trainer reads (`explain`,
    `/v1/examples`, the workshop page) leaves it out (decision 676). The test suite runs it.
    """

    lang: Literal["zh", "en"]
    text: str
    bad: bool
    context: str | None = None
    note: str = ""
    findings: int = 1
    workshop: bool = True

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
    # A draft that passes every rule around the example, so that "Try it" on a good example
    # shows no finding (decision 580): two key results with a baseline, a target, a deadline
    # and one owner each under an objective example; an objective with its owner and cycle and
    # a second key result around a key-result example.
    ("objective", "zh"): (
        "目标：{item}\n关键结果1：本季度将客户满意度从80%提升到90%（负责人：王芳）\n"
        "关键结果2：本季度新签企业客户从12家增加到20家（负责人：李明）"
    ),
    ("objective", "en"): (
        "Objective: {item}\nKR1: Raise customer satisfaction from 80% to 90% by end of Q3 "
        "(owner: Alice)\nKR2: Grow signed enterprise customers from 12 to 20 by end of Q3 "
        "(owner: Ben)"
    ),
    ("kr", "zh"): (
        "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：{item}\n"
        "关键结果2：本季度客户续约率从70%提升到85%"
    ),
    ("kr", "en"): (
        "Objective: Make customers love our service this quarter (owner: Alice)\nKR1: {item}\n"
        "KR2: Raise the customer renewal rate from 70% to 85% this quarter"
    ),
    ("set", "zh"): "{item}",
    ("set", "en"): "{item}",
}


class Rule:
    """Base class. Subclasses set the class attributes below and implement `check` (or
    `check_set` for set rules). The class docstring is the rule's long documentation, in the
    sections *What it does* / *Why is this bad?* / *Use instead*.

    Every attribute in `REQUIRED` must be set in the rule's own class body (not inherited), so
    that a new rule cannot silently fall back to a default."""

    REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "target",
        "severity",
        "category",
        "issue_type",
        "fix",
        "similar_examples",
        "model_label",
        "principle",
        "message",
        "explanation",
        "examples",
    )

    id: ClassVar[str]
    target: ClassVar[Target]
    severity: ClassVar[Severity]
    # What the rule is about (a key of CATEGORIES).
    category: ClassVar[str]
    # The LanguageTool issue type of its matches (/v2/check).
    issue_type: ClassVar[IssueType]
    # Whether its findings carry a rewrite: always, sometimes, never.
    fix: ClassVar[FixAvailability]
    # Whether an item it flags gets similar well-written items from the shipped library (for
    # findings about how an item is worded, where an example teaches more than a rule).
    similar_examples: ClassVar[bool]
    # The trained classifier's label that may speak for this rule (coach.classifier), or None;
    # with a label, `model_message` is the message of the model's findings; it never shows
    # the probability (that stays in the finding's `confidence`).
    model_label: ClassVar[str | None]
    model_message: ClassVar[dict[str, str] | None] = None
    # Rules whose finding on an item makes this rule's model finding there redundant.
    model_defers_to: ClassVar[tuple[str, ...]] = ()
    # False for a rule that runs only when asked for: `select` names its full id (a prefix such
    # as "kr-" does not), or a configuration option that turns it on (`opt_in_option`, a Config
    # field). Its docs say why it is off by default, with the figures.
    default_enabled: ClassVar[bool] = True
    opt_in_option: ClassVar[str | None] = None
    # principle: the seed's wording (zh) and an English rendering.
    principle: ClassVar[dict[str, str]]
    # message: one line, may use {placeholders} filled from Hit.args.
    message: ClassVar[dict[str, str]]
    # explanation: why this matters, two or three sentences.
    explanation: ClassVar[dict[str, str]]
    examples: ClassVar[Sequence[Example]]

    @property
    def fixable(self) -> bool:
        """Whether the rule ever offers a rewrite."""
        return self.fix != "never"

    def check(self, item: Item, draft: Draft) -> Iterable[Hit] | _Unknown:
        """Hits for one item (target 'objective' or 'kr'), or UNKNOWN."""
        raise NotImplementedError

    def model_held_back(self, item: Item) -> bool:
        """Whether the rule's own reading of the item is sure enough that the model's finding
        for this rule stays out (a wording the rule reads as the opposite on purpose, with a
        decision behind it). Default: never."""
        return False

    def check_set(self, draft: Draft) -> Iterable[Hit]:
        """Hits for the whole draft (target 'set'); spans in input offsets."""
        raise NotImplementedError

    def default_context(self, lang: str) -> str:
        return DEFAULT_CONTEXT[(self.target, lang)]

    def format_message(self, lang: str, args: Mapping[str, str | Mapping[str, str]]) -> str:
        template = self.message[lang]
        try:
            return nest_quotes(template.format(**localized(args, lang)))
        except (KeyError, IndexError):
            return template

    def format_model_message(self, lang: str) -> str:
        if not self.model_message:
            raise ValueError(f"{self.id} has no model_message")
        return self.model_message[lang]

    def __repr__(self) -> str:
        return f"<Rule {self.id}>"


def localized(args: Mapping[str, str | Mapping[str, str]], lang: str) -> dict[str, str]:
    """Message arguments in one language: a {"zh": …, "en": …} value gives its `lang` text."""
    # a str first: most values are one, and isinstance against the Mapping ABC costs more
    return {
        k: (v if type(v) is str else v[lang] if isinstance(v, Mapping) else v)
        for k, v in args.items()
    }


_BILINGUAL = ("principle", "message", "explanation")


def metadata_problems(rule: Rule) -> list[str]:
    """What is missing or wrong in a rule's metadata (empty when it is complete)."""
    cls = type(rule)
    name = getattr(cls, "id", None) or cls.__name__
    own = {k for klass in cls.__mro__ if klass is not Rule for k in vars(klass)}
    problems = [f"{name}: '{attr}' is not set" for attr in Rule.REQUIRED if attr not in own]
    if problems:
        return problems

    def bad(attr: str, why: str) -> None:
        problems.append(f"{name}: '{attr}' {why}")

    if not re.fullmatch(r"[a-z]+(?:-[a-z0-9]+)+", rule.id):
        bad("id", f"must be lower-case words joined by '-', not {rule.id!r}")
    checks = (
        ("target", get_args(Target)),
        ("severity", get_args(Severity)),
        ("category", tuple(CATEGORIES)),
        ("issue_type", get_args(IssueType)),
        ("fix", get_args(FixAvailability)),
    )
    for attr, allowed in checks:
        if getattr(rule, attr) not in allowed:
            bad(attr, f"must be one of {allowed}, not {getattr(rule, attr)!r}")
    if not isinstance(rule.similar_examples, bool):
        bad("similar_examples", "must be True or False")
    for attr in _BILINGUAL:
        value = getattr(rule, attr)
        if not isinstance(value, dict) or set(value) != {"zh", "en"}:
            bad(attr, "must have exactly 'zh' and 'en'")
        elif not all(isinstance(v, str) and v.strip() for v in value.values()):
            bad(attr, "must not be empty")
    if rule.model_label is not None:
        mm = rule.model_message
        if (
            not isinstance(mm, dict)
            or set(mm) != {"zh", "en"}
            or not all(isinstance(v, str) and v.strip() and "{" not in v for v in mm.values())
        ):
            bad(
                "model_message",
                "must give 'zh' and 'en' messages, without a probability, for a model label",
            )
    elif rule.model_message is not None:
        bad("model_message", "is set but the rule has no model_label")
    if not rule.default_enabled and "off by default" not in (cls.__doc__ or "").lower():
        bad("__doc__", "must say why the rule is off by default ('off by default')")
    doc = cls.__doc__ or ""
    if "What it does" not in doc or "Why is this bad?" not in doc:
        bad("__doc__", "needs the sections 'What it does' and 'Why is this bad?'")
    langs = {ex.lang for ex in rule.examples}
    if not rule.examples or langs != {"zh", "en"}:
        bad("examples", "must include examples in both languages")
    return problems


# What a coach asks of a key result without a number that names no measure ("团队氛围更好",
# "improve docs"): the number and its target (blind read 5). Rules ask it (rules/_outcome.py);
# coach.review knows it when kr-business-as-usual calls the same item routine (decision 6472).
MEASURE_QUESTION = {
    "zh": "哪个数字能说明“{what}”，目标值是多少？写出那个数字，以及它的基线和目标值。",
    "en": "Which number shows “{what}”, and what is its target? Write that number with its "
    "baseline and target.",
}
