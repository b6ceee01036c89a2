"""Which measurable outcomes a piece of wording is about, from the curated metric library.

The metric library (`models/data/library/metrics.jsonl`, described in its README) names, per
language, the outcomes teams move — win rate, first-contact resolution, 一次解决率 … — with
their unit, direction, the positive complement of a bad-events measure, and *topics*: words
that tell that a task, an activity or an objective is about that outcome ("troubleshooting
guide", 知识库 → first-contact resolution). It is read once, at first use, from the shipped
file (the same file `python -m models.library --check` validates).

`mentions(folded, lang)` finds every name or topic of a metric in folded text, once per text;
English entries match whole words (with a plural "s"/"es"), Chinese ones by characters, and
Latin entries (NPS, CSAT, "SDR") are looked for in Chinese text too, as whole words.
Rewrites use this to choose the outcome a task serves (rules/_outcome.py) and retrieval uses it
to rank examples by metric and function (coach/examples.py).
"""

from __future__ import annotations

import json
import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from coach.facts.owner import after_lead_label
from coach.text import fold, has_cjk, is_cjk
from coach.wordlists import find_terms, longest_first, mapping, mapping_keys

if TYPE_CHECKING:
    from coach.draft import Item

LIBRARY = Path(__file__).resolve().parents[2] / "models" / "data" / "library" / "metrics.jsonl"
DURATION_UNITS = frozenset({"days", "hours", "minutes", "ms"})
_PAREN = re.compile(r"[（(][^（）()]*[）)]")


@dataclass(frozen=True)
class Outcome:
    """One metric of the library (see models/data/library/README.md for the fields)."""

    id: str
    functions: tuple[str, ...]
    name: dict[str, str]
    unit: str
    direction: str  # "higher" or "lower" is better
    range: tuple[float, float]
    complement: str | None
    bad_events: bool
    topics: dict[str, tuple[str, ...]]

    def short_name(self, lang: str) -> str:
        """The name without its bracketed note: '净推荐值（NPS）' -> '净推荐值'."""
        return " ".join(_PAREN.sub("", self.name[lang]).split()) or self.name[lang]

    @property
    def is_duration(self) -> bool:
        return self.unit in DURATION_UNITS


_lock = threading.Lock()
_loaded: dict[str, Outcome] | None = None


def library() -> dict[str, Outcome]:
    """Every metric of the library by id, in the file's order (read once)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _read(LIBRARY)
    return _loaded


def _read(path: Path) -> dict[str, Outcome]:
    out: dict[str, Outcome] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        out[raw["id"]] = Outcome(
            id=raw["id"],
            functions=tuple(raw["functions"]),
            name=dict(raw["name"]),
            unit=raw["unit"],
            direction=raw["direction"],
            range=(float(raw["range"][0]), float(raw["range"][1])),
            complement=raw.get("complement"),
            bad_events=bool(raw.get("bad_events")),
            topics={lang: tuple(raw["topics"][lang]) for lang in ("en", "zh")},
        )
    return out


def get(metric_id: str) -> Outcome:
    return library()[metric_id]


def positive(outcome: Outcome) -> Outcome:
    """The metric to state a key result in: a bad-events metric's complement, else itself."""
    if outcome.bad_events and outcome.complement:
        return library().get(outcome.complement, outcome)
    return outcome


def same_number(outcome: Outcome) -> bool:
    """Whether a bad-events metric's complement restates the same number (churn rate and
    retention rate, error rate and accuracy: 100% minus the share), so that a key result may
    be said through it. Complaints and satisfaction, incidents and availability, audit
    findings and control pass rate are related but other numbers: moving one is no promise
    about the other (issue 9: "reduce complaints" is not "raise satisfaction"). A complement
    that several bad-events metrics share is the exact positive of none of them: employee
    retention counts every leaver, so it restates neither regretted nor voluntary attrition
    (blind read 3: "regretted attrition → retention rate changes the measure")."""
    return outcome.bad_events and exact_complement(outcome) and _sole_complement(outcome)


def _sole_complement(outcome: Outcome) -> bool:
    return _complement_sources().get(outcome.complement or "", 0) == 1


@cache
def _complement_sources() -> dict[str, int]:
    """How many bad-events metrics name each complement."""
    counts: dict[str, int] = defaultdict(int)
    for m in library().values():
        if m.bad_events and m.complement:
            counts[m.complement] += 1
    return dict(counts)


def exact_complement(outcome: Outcome) -> bool:
    """Whether the complement is 100% minus the measure (error rate -> accuracy): both are
    shares, so a target converts as 100 - x; otherwise the complement is only named."""
    comp = library().get(outcome.complement or "")
    return comp is not None and outcome.unit == "%" and comp.unit == "%"


# -- finding mentions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _TermIndex:
    cjk: tuple[str, ...]  # matched by characters
    latin: tuple[str, ...]  # matched as whole words
    owners: dict[str, tuple[str, ...]]  # term -> metric ids
    names: frozenset[str]  # terms that are a metric's own name (not only a topic)


def _variants(term: str, lang: str) -> Iterable[str]:
    yield term
    if lang == "en" and term[-1:].isalpha():
        # Plurals, so that a topic written in the singular finds "troubleshooting guides".
        yield term + ("es" if term.endswith(("s", "x", "ch", "sh")) else "s")


@cache
def _index(lang: str) -> _TermIndex:
    owners: dict[str, list[str]] = {}
    names: set[str] = set()
    for m in library().values():
        entries = [(t, False) for t in m.topics[lang]]
        entries += [(m.name[lang], True), (m.short_name(lang), True)]
        # The acronym in a name's brackets ("NPS", "CSAT", "MTTR") names the metric too.
        entries += [
            (a, True) for a in re.findall(r"[（(]([A-Za-z][A-Za-z0-9/&-]{1,9})[）)]", m.name[lang])
        ]
        for raw, is_name in entries:
            for v in _variants(fold(raw).strip(), lang):
                if len(v) < 2:
                    continue
                ids = owners.setdefault(v, [])
                if m.id not in ids:
                    ids.append(m.id)
                if is_name:
                    names.add(v)
    cjk = longest_first({t for t in owners if any(is_cjk(c) for c in t)})
    latin = longest_first({t for t in owners if not any(is_cjk(c) for c in t)})
    return _TermIndex(cjk, latin, {t: tuple(v) for t, v in owners.items()}, frozenset(names))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    term: str
    metrics: tuple[str, ...]
    is_name: bool  # the term is a metric's own name, not only one of its topics


def mentions(folded: str, lang: str) -> tuple[Mention, ...]:
    """Every metric name or topic in `folded` (non-overlapping, longest first), in order.

    Remembered for the last texts read: a rewrite asks once per clause of an item, and each
    ask must not read the whole item again (linear on a long run of clauses)."""
    return _mentions(folded, lang)


@lru_cache(maxsize=256)
def _mentions(folded: str, lang: str) -> tuple[Mention, ...]:
    if not folded.strip():
        return ()
    idx = _index(lang)
    found = find_terms(folded, idx.latin, "en")
    senses = _other_senses("en")
    if senses:
        found = [t for t in found if not _other_sense(folded, t[0], t[2], senses)]
    if lang == "zh" or has_cjk(folded):
        spaced = _spaced_cjk_terms(folded, idx.cjk)
        if spaced:
            # "线上 bug 数": a library term found across the writer's blanks covers the English
            # word inside it, as "线上bug数" is read (decision 6971)
            found = [t for t in found if not any(s <= t[0] and t[1] <= e for s, e, _ in spaced)]
        taken = [False] * len(folded)
        for s, e, _t in found:
            for i in range(s, e):
                taken[i] = True
        zh_senses = _other_senses("zh")
        found += [
            t
            for t in find_terms(folded, idx.cjk, "zh") + spaced
            if not any(taken[t[0] : t[1]]) and not _other_sense_zh(folded, t[0], t[2], zh_senses)
        ]
        found = _longest_apart(found)
    found.sort()
    return tuple(Mention(s, e, t, idx.owners[t], t in idx.names) for s, e, t in found)


# One blank between a Latin letter or digit and a Chinese character, either way round: Chinese
# writers set English words apart so ("线上 bug 数", "iOS 端 crash 次数"; decision 6897).
_LATIN_HAN_BLANK = re.compile(
    r"(?<=[A-Za-z0-9])[ \t](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \t](?=[A-Za-z0-9])"
)


def _spaced_cjk_terms(folded: str, terms: object) -> list[tuple[int, int, str]]:
    """Chinese library terms that hold an English word and are found only once the blanks
    between the two scripts are taken out: their spans in `folded` (decision 6971)."""
    if not _LATIN_HAN_BLANK.search(folded):
        return []
    keep = [i for i in range(len(folded)) if not _LATIN_HAN_BLANK.match(folded, i)]
    joined = "".join(folded[i] for i in keep)
    out = []
    for s, e, t in find_terms(joined, terms, "zh"):
        start, end = keep[s], keep[e - 1] + 1
        if end - start > e - s:  # only a term that crossed a blank
            out.append((start, end, t))
    return out


def _longest_apart(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` without a term inside a longer one (a spaced term and its own words)."""
    return [
        t
        for t in found
        if not any(
            o is not t and o[0] <= t[0] and t[1] <= o[1] and o[1] - o[0] > t[1] - t[0]
            for o in found
        )
    ]


@cache
def _other_senses(lang: str) -> dict[str, frozenset[str]]:
    """coach/facts/data/<lang>/outcome_other_senses.txt: topic => the words right before it that
    make it another thing ("user interviews" is no job search's interviews, decision 2703;
    "食品安全" is no worker's injury, decision 5005)."""
    return {k: frozenset(v.split()) for k, v in mapping("outcome_other_senses", lang).items()}


def _other_sense_zh(folded: str, start: int, term: str, senses: dict[str, frozenset[str]]) -> bool:
    """Whether the Chinese topic `term` at `start` comes right after a word that gives it
    another sense."""
    before = senses.get(term)
    return before is not None and any(folded.endswith(w, 0, start) for w in before)


def _other_sense(folded: str, start: int, term: str, senses: dict[str, frozenset[str]]) -> bool:
    """Whether the topic `term` at `start` follows a word that gives it another sense."""
    before = senses.get(term)
    if before is None:
        return False
    j = start
    while j > 0 and start - j < 3 and folded[j - 1] in " -":
        j -= 1
    i = j
    while i > 0 and j - i < 20 and "a" <= folded[i - 1] <= "z":
        i -= 1
    return i < j and folded[i:j] in before


# -- what an item is about, from words ---------------------------------------------------------

NAME_WEIGHT = 3.0  # the item names the metric itself ("客户满意度", "win rate")
STRONG_WEIGHT = 2.0  # a specific topic: several words, or three or more Chinese characters
WEAK_WEIGHT = 1.0  # a one-word topic ("培训", "blog")
OBJECTIVE_SHARE = 0.5  # the same words in the item's objective count half
SIBLING_SHARE = 0.25  # and in the other key results of its objective a quarter


def weight(m: Mention) -> float:
    if m.is_name:
        return NAME_WEIGHT
    specific = (" " in m.term or "-" in m.term) if m.term.isascii() else len(m.term) >= 3
    return STRONG_WEIGHT if specific else WEAK_WEIGHT


def _add(item: Item, share: float, into: dict[str, float], least: float = 0.0) -> set[str]:
    """Add the item's mentions to `into` (each word once); return the metrics it names."""
    adds, named = _counted(item, least)
    for mid, w, n in adds:
        into[mid] += share * w / n
    return set(named)


def _counted(item: Item, least: float) -> tuple[tuple[tuple[str, float, int], ...], frozenset[str]]:
    """What `_add` adds for the item, in order — (metric, weight, number of metrics the word
    points to) — and the metrics it names: once per item and `least` (its facts' memo), where
    each item of a draft was read again for every other item's context (issue 13)."""
    key = ("outcome_counted", least)
    memo = item.facts.memo
    found = memo.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    seen: set[str] = set()
    named: set[str] = set()
    adds: list[tuple[str, float, int]] = []
    folded = item.folded
    cs, ce = item.core_span
    label = after_lead_label(item.plain, cs, ce)
    if label > cs:
        # "Customer Success: Improve NPS": the team that owns it says nothing of what it measures
        # (decision 5424)
        folded = " " * label + folded[label:]
    for m in mentions(folded, item.language):
        w = weight(m)
        if w < least or m.term in seen:
            continue  # a word said twice is no more evidence than once
        seen.add(m.term)
        for mid in m.metrics:
            adds.append((mid, w, len(m.metrics)))
            if m.is_name and len(m.metrics) == 1:
                named.add(mid)
    found = memo[key] = (tuple(adds), frozenset(named))
    return found


@dataclass(frozen=True)
class WordEvidence:
    """Which metrics an item's words point to, and its context's."""

    own: dict[str, float]  # metric id -> weight of the item's own words
    strong: dict[str, float]  # ... of its own names, keywords and specific topics only
    context: dict[str, float]  # ... of its objective's and sibling key results' words
    specific: dict[str, float]  # ... of the context's names and specific topics only
    functions: dict[str, float]  # function -> weight, from the context's specific words
    names: frozenset[str]  # metrics the item names outright


def _keywords(item: Item, into: dict[str, float], names: set[str]) -> None:
    """Keywords that say plainly which outcome a task serves (data/<lang>/outcome_keywords):
    they count as the metric's name."""
    table = mapping("outcome_keywords", item.language)
    for _s, _e, key in item.facts.terms("outcome_keywords", mapping_list=True):
        into[table[key]] += NAME_WEIGHT
        names.add(table[key])


def word_evidence(item: Item) -> WordEvidence:
    """What the item's words and its context's say it is about (found once per item)."""
    memo = item.facts.memo.get("outcome_words")
    if memo is not None:
        return memo  # type: ignore[return-value]
    own: dict[str, float] = defaultdict(float)
    names = _add(item, 1.0, own)
    strong: dict[str, float] = defaultdict(float)
    _add(item, 1.0, strong, least=STRONG_WEIGHT)
    _keywords(item, own, names)
    _keywords(item, strong, set())
    context: dict[str, float] = defaultdict(float)
    # Only specific words in the context say which functions the set is about ("服务" or
    # "team" says nothing).
    specific: dict[str, float] = defaultdict(float)
    objective = item.objective if item.kind == "kr" else None
    others = [(objective, OBJECTIVE_SHARE)] if objective is not None else []
    for kr in objective.key_results if objective is not None else item.key_results:
        if kr is not item:
            others.append((kr, SIBLING_SHARE))
    for other, share in others:
        _add(other, share, context)
        _add(other, share, specific, least=STRONG_WEIGHT)
    functions: dict[str, float] = defaultdict(float)
    for mid, w in specific.items():
        for f in library()[mid].functions:
            functions[f] += w
    found = WordEvidence(
        dict(own), dict(strong), dict(context), dict(specific), dict(functions), frozenset(names)
    )
    item.facts.memo["outcome_words"] = found
    return found


# -- choosing the outcome ------------------------------------------------------------------------

# The encoder's cosine similarity (when the caller gives one) from which it backs a metric the
# words found, from which it may choose on its own when the words agree, and what a one-word
# topic needs besides the context.
COS_BACKS = 0.35
COS_SURE = 0.5
COS_WEAK = 0.45


@dataclass(frozen=True)
class Choice:
    outcome: Outcome  # the metric to state (a bad-events metric's complement)
    matched: Outcome  # the metric the evidence pointed to
    how: str  # "name", "words" or "encoder"


def needs_encoder(item: Item) -> bool:
    """Whether the encoder could change `choose`'s (or `candidate`'s) answer: not when the item
    names its metric, nor when neither its own words nor its context's names and specific topics
    point to a metric — `choose` picks only a metric those point to, and `candidate` one of the
    item's own strong words (a context of weak words alone, "团队"/"service", leaves both None)."""
    ev = word_evidence(item)
    return not ev.names and bool(ev.own or ev.specific)


def decided_by_words(item: Item) -> Choice | None:
    """`choose`'s answer when the encoder cannot change it, else None: the item's words favour
    one metric strongly (no tie), and the context's specific words back it — `choose` takes it
    whatever the encoder's similarities (so the encoder need not read the item for it)."""
    ev = word_evidence(item)
    if ev.names or not ev.own:
        return None
    w = max(ev.own.values())
    top = [mid for mid, v in ev.own.items() if v == w]
    if len(top) == 1 and w >= STRONG_WEIGHT and ev.specific.get(top[0], 0.0) > 0:
        return _choice(top[0], "words")
    return None


def choose(item: Item, cosine: dict[str, float] | None = None) -> Choice | None:
    """The metric the item is about — for a task, the outcome its work serves — or None when
    the evidence is not clear. Evidence: the item's words (a metric's name, a keyword, a
    specific topic), its context's words, and `cosine` (the encoder's similarity of the item to
    each metric, when the caller may use the encoder). Chosen only on clear evidence: the
    item names it; or a specific topic that the context or the encoder backs; or a one-word
    topic that both back; or the encoder sure and some words agreeing."""
    ev = word_evidence(item)
    cos = cosine or {}
    ranked = sorted(ev.own.items(), key=lambda kv: (-kv[1], -cos.get(kv[0], 0.0)))
    named = [mid for mid, _w in ranked if mid in ev.names]
    if named:
        return _choice(named[0], "name")
    if ranked:
        mid, w = ranked[0]
        tied = sum(1 for _m, v in ranked if v == w) > 1
        # The context backs a metric only with its names and specific topics: "客户" in a
        # sibling says nothing about "新客户指南".
        backed = ev.specific.get(mid, 0.0) > 0 or cos.get(mid, 0.0) >= COS_BACKS
        if not (tied and not cos) and (
            (w >= STRONG_WEIGHT and backed)
            or (ev.specific.get(mid, 0.0) > 0 and cos.get(mid, 0.0) >= COS_WEAK)
        ):
            return _choice(mid, "words")
    if cos:
        mid = max(cos, key=cos.__getitem__)  # (the first of equals, as max of the items)
        best = cos[mid]
        if best >= COS_SURE and (ev.own.get(mid, 0.0) > 0 or ev.specific.get(mid, 0.0) > 0):
            return _choice(mid, "encoder")
    return None


# A candidate (`candidate`): the encoder's view counts as a source when the metric is among its
# top few and at least this close.
COS_CANDIDATE = 0.26
CANDIDATE_TOP = 3


def candidate(item: Item, cosine: dict[str, float] | None = None) -> Choice | None:
    """When `choose` finds no clear evidence: a metric that the item's own words point to
    strongly — its name, a keyword, or a specific topic (several words, or three or more
    Chinese characters: "release process", "指标平台"; never a one-word topic such as "培训",
    "合同" or "dashboards") — and that a second source backs: its context's specific words
    (objective and sibling key results) or the encoder (a metric among its top few). Offered as
    a guess the person confirms or replaces; None otherwise, and the rewrite asks instead (a
    metric guessed from a one-word topic was as often unrelated as right: a safety training
    rewritten to injury-free days, a contract archive to contract review time). Sources are
    compared on the metric to state (a bad-events metric's positive complement), so "churn
    analysis" and a sibling's "retention rate" agree."""
    ev = word_evidence(item)
    cos = cosine or {}
    # (highest first; equal ones in the dict's order, as a stable sort on the negated value)
    top = sorted(cos.items(), key=itemgetter(1), reverse=True)[:CANDIDATE_TOP]
    # The context votes with its names and specific topics only: "服务" or "活动" in both the
    # item and its objective says nothing about which metric.
    sources: list[dict[str, float]] = [ev.strong, ev.specific]
    sources.append({mid: c for mid, c in top if c >= COS_CANDIDATE})
    votes: dict[str, int] = defaultdict(int)
    score: dict[str, float] = defaultdict(float)
    matched: dict[str, str] = {}
    for source in sources:
        seen: set[str] = set()
        for mid, w in source.items():
            pid = positive(get(mid)).id
            matched.setdefault(pid, mid)
            score[pid] += w
            if pid not in seen:
                seen.add(pid)
                votes[pid] += 1
    own = {positive(get(mid)).id for mid in ev.strong}
    agreed = [pid for pid, n in votes.items() if n >= 2 and pid in own]
    if not agreed:
        return None
    best = max(agreed, key=lambda pid: (votes[pid], score[pid]))
    return Choice(get(best), get(matched[best]), "candidate")


def _choice(mid: str, how: str) -> Choice:
    matched = get(mid)
    return Choice(positive(matched), matched, how)


# -- candidates a question names -----------------------------------------------------------------

# How many metrics a question may offer as examples ("for example reply rate, meetings booked or
# pipeline value").
QUESTION_CANDIDATES = 3
# A word shared by more than two metrics says little about any one of them (its weight is split).
_CLEAR = 0.5


def _objective_words(item: Item) -> tuple[dict[str, float], dict[str, float], frozenset[str]]:
    """(all, specific) weights of the item's objective's words per metric, and the metrics it
    names outright (once per item)."""
    memo = item.facts.memo.get("outcome_objective_words")
    if memo is None:
        everything: dict[str, float] = defaultdict(float)
        specific: dict[str, float] = defaultdict(float)
        named: set[str] = set()
        objective = item.objective if item.kind == "kr" else None
        if objective is not None:
            named = _add(objective, 1.0, everything)
            _add(objective, 1.0, specific, least=STRONG_WEIGHT)
        memo = (dict(everything), dict(specific), frozenset(named))
        item.facts.memo["outcome_objective_words"] = memo
    return memo  # type: ignore[return-value]


def _clear_words(item: Item) -> dict[str, tuple[str, ...]]:
    """The item's library words that point to at most two metrics, with those metrics."""
    return {
        m.term: m.metrics
        for m in mentions(item.folded, item.language)
        if weight(m) / len(m.metrics) >= _CLEAR
    }


def _functions(metric_ids: Iterable[str]) -> set[str]:
    return {f for mid in metric_ids for f in library()[mid].functions}


@cache
def _library_order() -> dict[str, int]:
    """Each metric's place in the library's file (read once)."""
    return {mid: i for i, mid in enumerate(library())}


def question_candidates(
    item: Item, limit: int = QUESTION_CANDIDATES, leave_out: frozenset[str] = frozenset()
) -> tuple[Outcome, ...]:
    """Metrics a question may name as examples when no outcome can be chosen: up to `limit`
    metrics of the library on which the item and its objective agree. A metric is solid when
    the item or its objective names it outright (its name or a keyword); or when both the
    item's and the objective's words point to it and one of them with a specific topic
    (several words, three or more Chinese characters); or when one side has a specific topic
    of it and the other side clear words of the same function ("自助取数" under "让数据需求
    的等待时间减半"). The encoder is not asked: on the questions of the corpus it added as
    many unrelated metrics as fitting ones. One source alone is not enough: a library topic is often another
    function's word too ("office hours" is a student's, "first week" a new hire's), and an
    unrelated example costs the question its trust. Siblings do not vote: their numbers are
    key results already. A bad-events metric and its complement count once when they are the
    same number (churn and retention: the one the words found is named); ranked by the weight of the words, the item's first. Empty when nothing is
    solid: the plain question is better than an unrelated example."""
    ev = word_evidence(item)
    leave_out = leave_out | unfit_metrics(item)
    obj_all, obj_specific, obj_names = _objective_words(item)
    # The functions each side's clear words name, a word both sides share counted for neither:
    # "大促" in a task and in its objective is one word, not two agreeing sources.
    item_words = _clear_words(item)
    objective = item.objective if item.kind == "kr" else None
    obj_words = _clear_words(objective) if objective is not None else {}
    item_functions = _functions(m for t, ms in item_words.items() if t not in obj_words for m in ms)
    obj_functions = _functions(m for t, ms in obj_words.items() if t not in item_words for m in ms)
    scores: dict[str, float] = {}
    for mid in set(ev.own) | set(obj_all):
        if mid in leave_out:
            continue
        own, obj = ev.own.get(mid, 0.0), obj_all.get(mid, 0.0)
        strong, specific = ev.strong.get(mid, 0.0) > 0, obj_specific.get(mid, 0.0) > 0
        functions = set(library()[mid].functions)
        if mid in ev.names and not (obj > 0 or ev.specific.get(mid, 0.0) > 0):
            # The item names it and nothing around it does: "tagged with ARR impact" under a
            # feedback objective mentions a number, it does not aim at it (decision 140).
            continue
        solid = (
            mid in ev.names
            or mid in obj_names
            or (own >= _CLEAR and obj >= _CLEAR and (strong or specific))
            or (strong and bool(functions & obj_functions))
            or (specific and bool(functions & item_functions))
        )
        if solid:
            scores[mid] = own + obj + (0.01 if own > 0 else 0.0)
    # Beside a solid metric, another of its function that either side's words point to
    # ("事故" beside "安全培训": recordable injuries beside injury-free days).
    solid_functions = _functions(scores)
    for mid in set(ev.own) | set(obj_all):
        own, obj = ev.own.get(mid, 0.0), obj_all.get(mid, 0.0)
        if mid in scores or mid in leave_out or max(own, obj) < _CLEAR:
            continue
        if solid_functions & set(library()[mid].functions):
            scores[mid] = (own + obj) / 2
    order = _library_order()
    chosen: list[Outcome] = []
    groups: set[str] = set()
    for mid in sorted(scores, key=lambda m: (-scores[m], order[m])):
        o = get(mid)
        group = positive(o).id if same_number(o) else mid
        if group in groups:
            continue
        groups.add(group)
        chosen.append(get(mid))
        if len(chosen) == limit:
            break
    return tuple(chosen)


# -- which metrics a text names, whatever it calls them -----------------------------------------


@cache
def _alias_index(lang: str) -> tuple[tuple[str, ...], dict[str, frozenset[str]]]:
    """The other names of library metrics (coach/facts/data/<lang>/metric_aliases.txt) and the
    library's own names, hyphens read as spaces, with the metrics each one names."""
    owners: dict[str, set[str]] = defaultdict(set)
    for term, metric in mapping("metric_aliases", lang).items():
        if metric in library():
            owners[_unhyphened(term)].add(metric)
    idx = _index(lang)
    for term in idx.names:
        for metric in idx.owners[term]:
            owners[_unhyphened(term)].add(metric)
    if lang == "zh":
        # A count named by what it counts: "新增40个合格商机" measures 合格商机数 (decision 5426)
        for m in library().values():
            counted = _ZH_COUNTED_NAME.fullmatch(m.name["zh"]) if m.unit == "count" else None
            if counted is not None:
                owners[counted.group(1)].add(m.id)
    terms = longest_first({t for t in owners if len(t) >= 2})
    return terms, {t: frozenset(owners[t]) for t in terms}


# A Chinese count's name: what it counts (four characters or more, no bracket), then 数 or 人数,
# 次数, 个数, 天数 ("合格商机数", "订阅用户数").
_ZH_COUNTED_NAME = re.compile(r"([^（(）)]{4,24}?)(?:人数|次数|个数|天数|数)")


def _unhyphened(text: str) -> str:
    """Hyphens and dashes between words read as spaces ("first-contact" = "first contact");
    the text keeps its length, so places found in it are places in the text."""
    return re.sub(r"[-‐‑–]", " ", text)


def named_by_users_word(outcome: Outcome, phrase: str, lang: str) -> Outcome:
    """`outcome` named by the alias that shares the user's word, where one does: an alias of
    the same measure with another scope word ("picking accuracy" beside "order accuracy",
    "拣货准确率" beside "订单准确率") whose scope word is in `phrase` ("新员工的拣货错误" ->
    "拣货准确率", decision 5880). Otherwise `outcome` itself."""
    name = outcome.short_name(lang)
    folded = phrase.lower()
    for alias in _aliases_of(outcome.id, lang):
        if lang == "zh":
            # the alias is a scope word before the name's measure: "拣货" + "准确率"
            tail = next((k for k in (4, 3) if alias[-k:] == name[-k:]), 0)
            scope = alias[: len(alias) - tail]
            shared = tail and 2 <= len(scope) <= 4 and scope in phrase and scope not in name
        else:
            words, own = alias.split(), name.lower().split()
            scope = words[0]
            shared = (
                len(words) == 2
                and len(own) >= 2
                and words[1] == own[-1]
                and len(scope) >= 4
                and re.search(rf"(?<![a-z]){re.escape(scope)}(?![a-z])", folded) is not None
                and scope not in own
            )
        if shared:
            return replace(outcome, name={**outcome.name, lang: alias})
    return outcome


@cache
def _aliases_of(metric_id: str, lang: str) -> tuple[str, ...]:
    """A metric's other names (metric_aliases.txt), in the file's order."""
    return tuple(t for t, m in mapping("metric_aliases", lang).items() if m == metric_id)


def named_metrics(text: str, lang: str) -> frozenset[str]:
    """The library metrics a text names by a name: the library's own ("first-contact resolution
    rate", "一次解决率"), written with or without its hyphens, or another name teams give it
    ("first call resolution", "FCR", "首次联络解决率"; decision 4020). Topic words are not
    names: "knowledge base" names no metric here."""
    folded = _unhyphened(fold(text).lower())
    out: set[str] = {x for m in mentions(fold(text).lower(), lang) if m.is_name for x in m.metrics}
    for look in {lang, "en"} if (lang == "zh" or has_cjk(folded)) else {"en"}:
        terms, owners = _alias_index(look)
        for _s, _e, t in find_terms(folded, terms, look):
            out |= owners[t]
    return frozenset(out)


def unfit_metrics(item: Item) -> frozenset[str]:
    """The library metrics a question does not offer as examples where the item's key result,
    its objective or the headings above them name a setting they do not fit
    (coach/facts/data/<lang>/metrics_unfit_for.txt: a kindergarten's children sit no exams and
    have no GPA; decision 4021)."""
    table = mapping("metrics_unfit_for", item.language)
    if not table:
        return frozenset()
    around = [item, item.objective] if item.kind == "kr" and item.objective else [item]
    said = [x.text for x in around] + [h.text for x in around for h in x.headings]
    text = fold("\n".join(said)).lower()
    keys = mapping_keys("metrics_unfit_for", item.language)
    if not any(key in text for key in keys):
        # (a text that holds none of the keys holds no match of them: most drafts name no such
        # setting, and the search's index of this text, one of its own, is not built; issue 13)
        return frozenset()
    found = find_terms(text, keys, item.language)
    return frozenset(m.strip() for _s, _e, key in found for m in table[key].split(",") if m.strip())
