"""Similar well-written examples for a flawed item, from the curated library only.

The library (`models/data/library/examples.jsonl`, 548 objectives and key results written and
read blind for this project) is shipped with its embeddings in `models/artifact/
library_index.*` (built by `python -m models.library_index`); the draft's item is read by the
encoder's cheap stand-in (coach.sketch: hashed character n-grams mapped onto the encoder's
space, its cosines calibrated to the encoder's scale), so a review calls no encoder.

How examples are chosen for an item (`similar`):
1. Candidates: same language and kind; never the item itself (nor a near copy of it); never an
   example that has the flaw being explained — each candidate is checked against the rules
   that fired on the item (and the result kept: the library is small and fixed).
2. Rank by what the item is about, then by meaning. The item's metrics are the one the rewrite
   names (coach.facts.outcomes.choose: its words, its objective's and siblings' words, the
   encoder) and any it names itself; its functions are those metrics' functions. An example
   that moves one of those metrics ranks first, one of the same function next; within a rank,
   nearer in meaning first. An example that shares neither is not shown.
3. A similarity floor: below it nothing is shown (an unrelated example teaches nothing). An
   example of the item's metric needs little similarity in wording; one that only shares a
   function has to be close, and has to measure the same kind of thing (`family`, from
   models/data/library/metric_families.tsv: a retention rate for an attrition item, never an
   offer-acceptance rate or an operating margin; 2580, 2780).
4. It has to fit the item's draft (`fits`): no words in another script than the draft's
   ("App结算转化率" for a draft with no Latin letters; 2581), no other people than the ones the
   item names ("客户满意度" for "家长投诉为零"; 2582), no first-person goal ("Raise my
   interview-to-offer rate") for a draft that is not one person's own (2583), no example set in
   another place than the draft names ("全厂连续无工伤天数" for a kindergarten; 2781).

The review adds them to the first wording finding of each flawed item when `include_examples`
is on (the CLI's default); the service leaves them out of /v1/review and answers
GET /v1/examples/similar when the page opens a finding.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach import sketch, wordlists
from coach.facts import outcomes
from coach.text import fold
from coach.types import make_example

if TYPE_CHECKING:
    from collections.abc import Callable

    from coach.config import Config
    from coach.draft import Draft, Item
    from coach.types import Finding

log = logging.getLogger("okr_coach")

EXAMPLES_PER_ITEM = 3
# Cosine similarity (the encoder's) below which an example is not shown. An example of a metric
# the item is about is related whatever its wording — the metric was chosen on evidence
# (coach.facts.outcomes.choose), and a task is far in wording from the outcome it serves
# ("给潜在用户发一封邮件" and "连锁药店行业的合格商机从每季度30个增加到55个": cosine 0.02) — so it
# only has to be not opposite. One that only shares one of those metrics' functions has to be
# close. An example that shares neither is never shown: on the corpus's train/val drafts,
# those nearest in meaning (cosine 0.5-0.65) were near only in form ("从X%提升到Y%") and
# unrelated in substance ("储蓄率" for an outsourcing-attrition KR). "Not opposite" allows the
# stand-in's error (coach.sketch: about 0.03 either way; the email/qualified-leads pair above reads
# -0.04): on the corpus and library no metric example falls between -0.05 and 0.
FLOOR_METRIC = -0.05
FLOOR_FUNCTION = 0.45
NEAR_COPY = 0.8  # character-trigram Jaccard similarity that counts as the item itself
# Two examples whose words are the same but for their figures (and a scope word or two) teach
# one thing: the second is not shown ("净收入留存率从102%提升到115%" beside "…从105%提升到118%";
# decision 2521). Character-trigram Jaccard with every figure read as one sign.
SIBLING_COPY = 0.7
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    function: str
    metric: str | None
    similarity: float
    match: str  # "metric" or "function"


@dataclass(frozen=True)
class Topic:
    """What an item is about, for ranking: metric ids and their functions."""

    metrics: frozenset[str]
    functions: frozenset[str]


_LIBRARY_DIR = Path(__file__).resolve().parents[1] / "models" / "data" / "library"


def _read_tsv(name: str) -> dict[str, str]:
    """A two-column list of the library's data (`models/data/library/<name>`): id, a tab, a
    value; lines starting with # are comments."""
    out: dict[str, str] = {}
    for line in (_LIBRARY_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _tab, value = line.partition("\t")
            out[key.strip()] = value.strip()
    return out


@cache
def families() -> dict[str, str]:
    """Every library metric's family, from `models/data/library/metric_families.tsv`."""
    return _read_tsv("metric_families.tsv")


def family(metric_id: str) -> str:
    """What kind of thing a library metric measures, as the data says (decision 2780: "revenue
    per employee" is productivity, not revenue; "on-time collection rate" and "share of
    receivables overdue" are both collections); the metric's id when the data does not know it."""
    return families().get(metric_id, metric_id)


def topic(item: Item) -> Topic:
    """The metrics an item is about — the one coach.facts.outcomes.choose picks (the same the
    rewrite names), the ones the item names, and their complements — and their functions. The
    encoder's view (coach.classifier.item_cosine) is read only when the words leave the choice
    open (outcomes.decided_by_words: `choose` takes that one whatever the similarities)."""
    from coach import classifier

    words = outcomes.word_evidence(item)
    metrics = set(words.names)
    choice = outcomes.decided_by_words(item) or outcomes.choose(item, classifier.item_cosine(item))
    if choice is not None:
        metrics |= {choice.matched.id, choice.outcome.id}
    lib = outcomes.library()
    # A bad-events metric's examples are written through its complement.
    metrics |= {c for m in list(metrics) if (c := lib[m].complement)}
    # A setting's unfit metrics are no example of it ("举办20场招聘会" at a university career
    # centre: no employer's time to fill; decision 4166)
    metrics -= outcomes.unfit_metrics(item)
    if _hire_asked(item):
        # "招聘5名销售代表": the people are hired to move a number of their own work, as the
        # question asks; the hiring's own speed ("技术岗招聘周期…") is no example of it (5165)
        metrics -= _hiring_process_metrics()
    qualifiers, measured = _qualifier_metrics(item)
    if qualifiers:
        # "新员工的拣货错误减少30%": the people who make the errors are no measure of theirs; an
        # example of their retention shares no topic with picking errors: the examples are of
        # what is measured (decision 5905)
        metrics -= qualifiers
        metrics -= {c for m in qualifiers if (c := lib[m].complement)}
        metrics |= measured | {c for m in measured if (c := lib[m].complement)}
        metrics -= outcomes.unfit_metrics(item)
    functions = {f for m in metrics for f in lib[m].functions}
    return Topic(frozenset(metrics), frozenset(functions))


# A qualifier of the measured thing: "新员工的…" or "新员工拣货…" before it, "new hires'" before
# it, "… among/for/of new hires" after it.
_ZH_QUALIFIER_AFTER = re.compile(r"\s?(?:的|中的|当中的)")
_EN_QUALIFIER_AFTER = re.compile(r"['’]s?\s")
_EN_QUALIFIER_BEFORE = re.compile(r"(?:among|for|by|from|of)\s$")


def _qualifier_metrics(item: Item) -> tuple[set[str], set[str]]:
    """The metrics of the item's words that qualify what it measures ("新员工" of "新员工的拣货错
    误", "new hires" of "picking errors among new hires") and those of the words that name the
    measured thing, when those are specific words of other functions; else two empty sets
    (decision 5905). A generic measured word ("留存", "retention") leaves the qualifier to say
    which measure it is ("新员工的90天留存率")."""
    cs, ce = item.core_span
    found = [m for m in outcomes.mentions(item.folded, item.language) if cs <= m.start < ce]
    if len(found) < 2:
        return set(), set()
    folded = item.folded
    qualifying: set[str] = set()
    measured: set[str] = set()
    for k, m in enumerate(found):
        if item.language == "zh":
            slot = _ZH_QUALIFIER_AFTER.match(folded, m.end) is not None or (
                k + 1 < len(found) and found[k + 1].start == m.end
            )
        else:
            slot = (
                _EN_QUALIFIER_BEFORE.search(folded, max(cs, m.start - 7), m.start) is not None
                or _EN_QUALIFIER_AFTER.match(folded, m.end) is not None
            )
        if slot:
            qualifying.update(m.metrics)
        elif outcomes.weight(m) >= outcomes.STRONG_WEIGHT:
            measured.update(m.metrics)
        else:
            return set(), set()
    lib = outcomes.library()
    their = {f for m in qualifying for f in lib[m].functions}
    if not measured or any(f in their for m in measured for f in lib[m].functions):
        return set(), set()
    return qualifying - measured, measured


def _hire_asked(item: Item) -> bool:
    """Whether the item is a hiring task the advice asks about as one ("once they are on
    board, which number gets better?"): people hired outside a staffing objective. The rules'
    reading, through the rules' registry package (coach reaches rules only there)."""
    import rules

    return rules.hire_asked(item)


def _hiring_process_metrics() -> frozenset[str]:
    import rules

    return rules.HIRING_PROCESS


# -- the flaw check ------------------------------------------------------------------------------

_flaw_lock = threading.Lock()
_flaws: OrderedDict[tuple[str, str], bool] = OrderedDict()
_FLAW_CACHE = 8192


def has_flaw(example: dict[str, Any], rule_id: str) -> bool:
    """Whether `rule_id` fires on the library example (in the rule's default context): from
    the flaw table kept in the cache when it was built from this code and library
    (`flaw_table`), else worked out now (`flawed_now`) and remembered."""
    key = (example["id"], rule_id)
    table = flaw_table()
    if table is not None:
        return key in table
    with _flaw_lock:
        known = _flaws.get(key)
    if known is not None:
        return known
    found = flawed_now(example, rule_id)
    with _flaw_lock:
        _flaws[key] = found
        while len(_flaws) > _FLAW_CACHE:
            _flaws.popitem(last=False)
    return found


def flawed_now(example: dict[str, Any], rule_id: str) -> bool:
    """`has_flaw`, worked out now: the example parsed in the rule's default context, checked."""
    import rules as rule_registry
    from coach.rule_api import UNKNOWN

    rule = rule_registry.registry().get(rule_id)
    # Alignment is a relation to a draft's objective, not a property of the example's wording.
    if rule is None or rule.target != example["kind"] or rule.category == "alignment":
        return False
    draft, item = _in_context(example, rule.default_context(example["lang"]))
    if item is None:
        return False
    result = rule.check(item, draft)
    return result is not UNKNOWN and bool(list(result))  # type: ignore[arg-type]


# -- the flaw table, kept between processes -------------------------------------------------------
# Every verdict of the flaw check (each library example against each rule of its kind: 5,288 on
# 2026-12-03, about 1.6 s of CPU to work out, none of them a flaw: tests/test_examples.py) is
# written to the private cache (coach.cache) by `write_flaw_table` (`make flaw-table`, run by
# `make install` and `make bench`) and read by every later process of the same code and
# library: a fresh process (every CLI review) no longer works the verdicts out one parse and
# check at a time while it ranks examples (about 5% of a review's instructions while its own
# table fills: docs/scaling.md). The file holds the pairs that are flaws — every other pair of
# the library and the rules was checked and is not — and is named by a digest of what the
# verdicts depend on (`flaw_table_key`): a table of other code or data is never read, and
# without one the check works the verdicts out as before.
FLAW_TABLE_FORMAT = 1
_table_read = False
_table: frozenset[tuple[str, str]] | None = None


def flaw_table_key() -> str:
    """A digest of what the flaw check's verdicts are read from: the files of the coach and of
    the rules (code, word lists, data), the library's metrics and examples, the shipped
    artifacts (the library index, the sketch), any word lists a package added, jieba (its
    version and dictionary) and the English pipeline setting. Each file is known by its path,
    size and modification time, as the cache's other entries are (coach.cache.file_key): about
    1 ms for some 340 files, where reading them all cost 10 ms, as much as a one-draft CLI
    review's own flaw checks."""
    import hashlib
    import importlib.util
    import os
    import sys

    from coach import wordlists
    from coach.cache import file_key

    h = hashlib.sha256(f"{FLAW_TABLE_FORMAT} {sys.version}\n".encode())
    h.update(os.environ.get("OKR_COACH_EN_PIPELINE", "").encode())
    here = Path(__file__).resolve().parent
    _digest_tree(h, str(here), "coach/")
    _digest_tree(h, str(here.parent / "rules"), "rules/")
    _digest_tree(h, str(here.parent / "models" / "data" / "library"), "library/")
    _digest_tree(h, str(here.parent / "models" / "artifact"), "artifact/")
    for extra in wordlists.data_dirs():  # word lists a package added (wordlists.add_data_dir)
        if here not in extra.parents and here.parent / "rules" not in extra.parents:
            _digest_tree(h, str(extra), f"{extra}/")
    spec = importlib.util.find_spec("jieba")
    if spec is not None and spec.origin:
        jieba_dir = os.path.dirname(spec.origin)
        for name in ("__init__.py", "dict.txt"):
            if os.path.exists(os.path.join(jieba_dir, name)):
                h.update(file_key(os.path.join(jieba_dir, name)).encode())
    return h.hexdigest()[:24]


def _digest_tree(h: Any, top: str, prefix: str) -> None:
    """Add every file under `top` (its path from `prefix`, its size and its modification time
    in nanoseconds) to the digest `h`, in name order; compiled files left out: the bytecode and
    the compiled build's extensions and manifest (coach/_compiled.py), which answer as the .py
    files do."""
    import os

    with os.scandir(top) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        if e.is_dir():
            if e.name != "__pycache__":
                _digest_tree(h, e.path, f"{prefix}{e.name}/")
        elif e.is_file() and not e.name.endswith((".so", ".pyd", "_compiled.json")):
            st = e.stat()
            h.update(f"\n{prefix}{e.name} {st.st_size} {st.st_mtime_ns}".encode())


def flaw_table_path() -> Path:
    from coach.cache import cache_dir

    return cache_dir() / f"example-flaws-{flaw_table_key()}.marshal"


def flaw_table() -> frozenset[tuple[str, str]] | None:
    """The (example id, rule id) pairs that are flaws, from the table in the cache built from
    this code and library; None without one. Read once per process."""
    global _table, _table_read
    if not _table_read:
        with _flaw_lock:
            if not _table_read:
                _table = _read_flaw_table()
                _table_read = True
    return _table


def _read_flaw_table() -> frozenset[tuple[str, str]] | None:
    import marshal
    import os

    try:
        path = flaw_table_path()
        if not path.is_file() or path.stat().st_uid != os.getuid():
            return None
        form, flawed = marshal.loads(path.read_bytes())
        if form != FLAW_TABLE_FORMAT:
            return None
        return frozenset((str(i), str(r)) for i, r in flawed)
    except (OSError, ValueError, EOFError, TypeError):
        log.debug("flaw table unreadable; verdicts worked out as needed", exc_info=True)
        return None


def write_flaw_table() -> Path:
    """Work out every verdict of the flaw check and keep the flaws in the cache (`flaw_table`);
    this process reads them from now on too."""
    global _table, _table_read
    import marshal
    import os

    import rules as rule_registry
    from coach import classifier

    registry = rule_registry.registry()
    flawed = [
        (e["id"], rid)
        for e in classifier.library_index().examples
        for rid, rule in registry.items()
        if rule.target == e["kind"] and flawed_now(e, rid)
    ]
    path = flaw_table_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(marshal.dumps((FLAW_TABLE_FORMAT, flawed)))
    tmp.replace(path)
    with _flaw_lock:
        _table, _table_read = frozenset(flawed), True
    return path


_parsed: OrderedDict[tuple[str, str], tuple[Draft, Item | None]] = OrderedDict()
_PARSED_CACHE = 128


def _in_context(example: dict[str, Any], context: str) -> tuple[Draft, Item | None]:
    """The example parsed in a rule's default context, and its item there: parsed once for
    every rule that checks it in that context (the rules of a kind and language share one), as
    a review's rules share its draft."""
    from coach.review import parse

    key = (example["id"], context)
    with _flaw_lock:
        known = _parsed.get(key)
    if known is not None:
        return known
    draft = parse(context.replace("{item}", example["text"]))
    item = next(
        (it for it in draft.items() if it.kind == example["kind"] and it.text == example["text"]),
        None,
    )
    with _flaw_lock:
        _parsed[key] = (draft, item)
        while len(_parsed) > _PARSED_CACHE:
            _parsed.popitem(last=False)
    return draft, item


# -- retrieval -----------------------------------------------------------------------------------


def _trigrams(s: str) -> set[str]:
    return {s[i : i + 3] for i in range(max(1, len(s) - 2))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


@dataclass(frozen=True)
class _Pool:
    """The library's examples of one language and kind, indexed once: their rows of the index
    (in library order), their embeddings, which of them move each metric and serve each
    function, and each one's folded text and trigrams (the near-copy check)."""

    index: Any  # the classifier.LibraryIndex it was built from
    rows: list[int]
    vectors: Any  # np.ndarray, one row per example of the pool
    by_metric: dict[str, list[int]]
    by_function: dict[str, list[int]]
    folded: list[str]
    grams: list[set[str]]


_pool_lock = threading.Lock()
_pools: dict[tuple[str, str], _Pool] = {}


def _pool(lang: str, kind: str) -> _Pool:
    from coach import classifier

    index = classifier.library_index()
    pool = _pools.get((lang, kind))
    if pool is not None and pool.index is index:
        return pool
    rows = [i for i, e in enumerate(index.examples) if e["lang"] == lang and e["kind"] == kind]
    by_metric: dict[str, list[int]] = {}
    by_function: dict[str, list[int]] = {}
    folded: list[str] = []
    for j, i in enumerate(rows):
        e = index.examples[i]
        if e["metric"] is not None:
            by_metric.setdefault(e["metric"], []).append(j)
        by_function.setdefault(e["function"], []).append(j)
        folded.append(" ".join(fold(e["text"]).split()))
    pool = _Pool(
        index,
        rows,
        index.vectors[rows],
        by_metric,
        by_function,
        folded,
        [_trigrams(f) for f in folded],
    )
    with _pool_lock:
        _pools[(lang, kind)] = pool
    return pool


def similar(
    text: str,
    lang: str,
    kind: str,
    about: Topic,
    flaws: tuple[str, ...] = (),
    k: int = EXAMPLES_PER_ITEM,
    fits: Callable[[dict[str, Any]], bool] | None = None,
) -> list[Example]:
    """Up to k library examples for the item `text` (see the module doc); `fits`, when given,
    says whether an example fits the item's draft (`fits_draft`)."""
    if k <= 0 or not text.strip():
        return []
    pool = _pool(lang, kind)
    if not pool.rows:
        return []
    # Only the examples of the item's metrics and functions can be shown (in library order).
    of_metric = {j for m in about.metrics for j in pool.by_metric.get(m, ())}
    of_function = {j for f in about.functions for j in pool.by_function.get(f, ())}
    # One that only shares a function measures the same kind of thing as the item (2580).
    families = {family(m) for m in about.metrics}
    of_function = {
        j
        for j in of_function
        if (m := pool.index.examples[pool.rows[j]]["metric"]) is None or family(m) in families
    }
    if not of_metric and not of_function:
        return []
    sims = sketch.similarities(pool.vectors, text, "examples")
    examples = pool.index.examples
    ranked: list[tuple[int, float, int, str]] = []
    for j in sorted(of_metric | of_function):
        sim = float(sims[j])
        if j in of_metric:
            rank, match, floor = 2, "metric", FLOOR_METRIC
        else:
            rank, match, floor = 1, "function", FLOOR_FUNCTION
        if sim >= floor:
            ranked.append((rank, sim, j, match))
    ranked.sort(key=lambda r: (-r[0], -r[1]))
    own = " ".join(fold(text).split())
    own_grams = _trigrams(own)
    out: list[Example] = []
    shown: list[set[str]] = []  # the chosen examples' trigrams, figures masked
    skipped = 0  # siblings left out: their places are not filled from further down the ranking
    for _rank, sim, j, match in ranked:
        if len(out) + skipped >= k:
            break
        e = examples[pool.rows[j]]
        if pool.folded[j] == own or _jaccard(pool.grams[j], own_grams) >= NEAR_COPY:
            continue
        masked = _trigrams(_FIGURE.sub("#", pool.folded[j]))
        if any(_jaccard(masked, g) >= SIBLING_COPY for g in shown):
            skipped += 1  # the same example again with other figures (decision 2521)
            continue
        if any(has_flaw(e, rid) for rid in flaws):
            continue
        if fits is not None and not fits(e):
            continue
        shown.append(masked)
        out.append(Example(e["id"], e["text"], e["function"], e["metric"], round(sim, 4), match))
    return out


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_FIRST_PERSON_EN = re.compile(r"\b(?:i|i'm|i've|me|my|mine|myself)\b")


def _named(text: str, lang: str, name: str) -> list[str]:
    """What the text's words are mapped to in the word list `name` (word => value)."""
    values = wordlists.mapping(name, lang)
    keys = wordlists.mapping_keys(name, lang)
    return [values[t] for _s, _e, t in wordlists.find_terms(text.lower(), keys, lang)]


def _people(text: str, lang: str) -> set[str]:
    """The groups of people (coach/facts/data/*/example_people.txt) a text names."""
    return set(_named(text, lang, "example_people"))


def _settings(text: str, lang: str) -> set[str]:
    """The settings (coach/facts/data/*/example_settings.txt: a school, a factory, a warehouse,
    a shop, a SaaS product...) a text names. A word may name several, comma-separated: online
    orders are an online shop's, its warehouse's and an omnichannel store's."""
    return {p.strip() for v in _named(text, lang, "example_settings") for p in v.split(",")}


@cache
def _example_settings_given() -> dict[str, frozenset[str]]:
    """The library examples whose setting the data gives (models/data/library/
    example_settings.tsv), where their words would say another one."""
    return {
        i: frozenset() if v == "-" else frozenset(x.strip() for x in v.split(","))
        for i, v in _read_tsv("example_settings.tsv").items()
    }


def example_settings(example: dict[str, Any]) -> frozenset[str]:
    """The settings a library example is set in: as the data gives them, else as its words name
    them (decision 2781)."""
    given = _example_settings_given().get(example["id"])
    if given is not None:
        return given
    key = ("settings", example["text"], example["lang"])
    found = _of_examples.get(key)
    if found is None:
        found = _keep(key, frozenset(_settings(example["text"], example["lang"])))
    return found


def example_people(example: dict[str, Any]) -> frozenset[str]:
    """The groups of people a library example names (`_people` of its text)."""
    key = ("people", example["text"], example["lang"])
    found = _of_examples.get(key)
    if found is None:
        found = _keep(key, frozenset(_people(example["text"], example["lang"])))
    return found


# What an example's own words say (its settings, its people), by the example's text and language:
# the same library examples are asked about review after review (bounded: cleared when full).
_of_examples: dict[tuple[str, str, str], frozenset[str]] = {}
_OF_EXAMPLES_KEPT = 4096


def _keep(key: tuple[str, str, str], value: frozenset[str]) -> frozenset[str]:
    if len(_of_examples) >= _OF_EXAMPLES_KEPT:
        _of_examples.clear()
    _of_examples[key] = value
    return value


def _draft_settings(draft: Draft, lang: str) -> frozenset[str]:
    """The settings the whole draft names, read once per draft and language (draft.memo)."""
    key = ("example-settings", lang)
    known = draft.memo.get(key)
    if not isinstance(known, frozenset):
        known = frozenset(_settings(draft.text, lang))
        draft.memo[key] = known
    return known


def _context_text(item: Item) -> str:
    """The words of the item's draft that tell what it is: the item, its objective and the
    objective's key results, and the headings above them."""
    objective = item.objective if item.kind == "kr" else item
    parts = [item.text]
    if objective is not None:
        parts.append(objective.text)
        parts.extend(kr.text for kr in objective.key_results)
        parts.extend(h.text for h in objective.headings)
    return "\n".join(parts)


def fits_draft(item: Item, draft: Draft | None = None) -> Callable[[dict[str, Any]], bool]:
    """Whether a library example fits the item's draft (decisions 2581-2583, 2781): a Chinese example
    with a Latin-letter word the draft does not use ("App结算转化率") is half in another language;
    an example naming people (客户, parents) the item and its objective name other people than
    (家长, 群众) calls them what they are not; a first-person goal (function "personal": "Raise my
    interview-to-offer rate") is not a team's, when the draft is not written in the first person;
    an example set in a place (a factory, a warehouse, a call centre) is not shown to a draft that
    names where it is (a kindergarten) and not that place.

    What the draft says (its Latin words, people, settings, first person, the siblings' measures)
    is read when an example first needs it, once per item: most items are asked about one example
    or none, and most examples name no people, no setting and no Latin word (issue 13; the same
    answers as reading it all first: tests/test_speed45.py)."""
    lang = item.language
    known: dict[str, Any] = {}

    def context() -> str:
        if "context" not in known:
            known["context"] = _context_text(item)
        return known["context"]  # type: ignore[no-any-return]

    def latin() -> set[str]:
        if "latin" not in known:
            known["latin"] = {w.lower() for w in _LATIN_WORD.findall(context())}
        return known["latin"]  # type: ignore[no-any-return]

    def named() -> set[str]:
        if "named" not in known:
            own = item.text + "\n" + (item.objective.text if item.objective is not None else "")
            known["named"] = _people(own, lang)
        return known["named"]  # type: ignore[no-any-return]

    def places() -> frozenset[str] | set[str]:
        # The draft's setting: from all its text (its title, prose, every item), else the item's
        # OKR.
        if "places" not in known:
            known["places"] = (
                _draft_settings(draft, lang) if draft is not None else _settings(context(), lang)
            )
        return known["places"]  # type: ignore[no-any-return]

    def personal() -> bool:
        if "personal" not in known:
            known["personal"] = bool(
                re.search(r"我(?!们)", context())
                if lang == "zh"
                else _FIRST_PERSON_EN.search(context().lower())
            )
        return known["personal"]  # type: ignore[no-any-return]

    def measured() -> list[tuple[str, frozenset[str], frozenset[str]]]:
        if "measured" not in known:
            known["measured"] = _measured_by_siblings(item)
        return known["measured"]  # type: ignore[no-any-return]

    def fits(example: dict[str, Any]) -> bool:
        text = example["text"]
        # (an example with no metric copies no sibling: `_copies_a_sibling` says so first)
        if example.get("metric") and (m := measured()) and _copies_a_sibling(example, m):
            return False
        if example["lang"] == "zh" and any(
            w.lower() not in latin() for w in _LATIN_WORD.findall(text)
        ):
            return False
        theirs = example_people(example)
        if theirs and (ours := named()) and not theirs & ours:
            return False
        theirs = example_settings(example)
        if theirs and (where := places()) and not theirs & where:
            return False
        return example["function"] != "personal" or personal()

    return fits


# The measure an example names before its figures: "Raise donor retention from 43% to 60%" ->
# "donor retention", "支付服务可用性从99.9%提升到99.99%" -> "支付服务可用性" (decision 3642).
_EN_EXAMPLE_MEASURE = re.compile(
    r"^(?:raise|lift|grow|keep|increase|improve|hold|cut|reduce|bring)?\s*(?:the\s+)?"
    r"(?P<n>[a-z][a-z0-9 -]*?)\s+(?:from|at|above|below|under|to|≥|>=|>|<|≤)\s",
    re.I,
)
_ZH_EXAMPLE_MEASURE = re.compile(
    r"^(?P<n>[\u4e00-\u9fffA-Za-z]{3,}?)(?:从|由|提升|提高|达到|保持|不低于|高于|降到|缩短|>|≥)"
)


def _measured_by_siblings(item: Item) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """The item's sibling key results (lower-cased) with the library metrics they name or are
    about, and those they name by a name (coach.facts.outcomes.named_metrics), when the item
    itself names none of those by their name."""
    objective = item.objective
    if objective is None:
        return []
    lang = item.language
    own = {x for m in outcomes.mentions(item.text.lower(), lang) if m.is_name for x in m.metrics}
    own |= outcomes.named_metrics(item.text, lang)
    out = []
    for sib in objective.key_results:
        if sib is item:
            continue
        text = sib.text.lower()
        metrics = frozenset(x for m in outcomes.mentions(text, lang) for x in m.metrics) - own
        # named by another of its names ("First contact resolution", "FCR", "首次联络解决率"):
        # the sibling measures it whatever the head word (decision 4020)
        named = outcomes.named_metrics(sib.text, lang) - own
        if metrics or named:
            out.append((text, metrics | named, named))
    return out


def _copies_a_sibling(
    example: dict[str, Any], measured: list[tuple[str, frozenset[str], frozenset[str]]]
) -> bool:
    """Whether a library example measures what a sibling key result already measures: its metric
    is one the sibling names and its measure's head word is in the sibling ("Raise checkout
    availability from 99.5% to 99.95%" beside "Checkout API availability from 99.7% to 99.95%";
    "Raise donor retention from 43% to 60%" beside "Donor retention rate 85%"). Shown beside
    another key result it tells the team to write the sibling twice (decision 3642)."""
    metric = example.get("metric")
    if not metric:
        return False
    if any(metric in named for _text, _metrics, named in measured):
        return True  # the sibling names the example's metric by a name (decision 4020)
    zh = example["lang"] == "zh"
    m = (_ZH_EXAMPLE_MEASURE if zh else _EN_EXAMPLE_MEASURE).match(example["text"].strip())
    if m is None:
        return False
    name = m.group("n").strip().lower()
    # "annual retention of high performers": the measure is before its "of"
    head = name[-3:] if zh else name.split(" of ")[0].split()[-1]
    if len(head) < (2 if zh else 4):
        return False
    return any(metric in metrics and head in text for text, metrics, _named in measured)


def _reachable(item: Item) -> Topic:
    """What `topic` can say the item is about, whatever the encoder says: `choose` picks among
    the metrics the item's own words and its context's specific words name, so the topic is
    within those, their complements and their complements' complements."""
    ev = outcomes.word_evidence(item)
    lib = outcomes.library()
    metrics = set(ev.names) | set(ev.own) | set(ev.specific)
    for _ in range(2):
        metrics |= {c for m in list(metrics) if m in lib and (c := lib[m].complement)}
    functions = {f for m in metrics if m in lib for f in lib[m].functions}
    return Topic(frozenset(metrics), frozenset(functions))


def worth_embedding(item: Item) -> bool:
    """Whether the library can have an example for the item: its words, or its context's,
    point to some metric, and the library has an example of the item's language and kind for
    one of the metrics or functions the item may be about (examples are only shown for those),
    so that an item no example can serve is not embedded for its examples."""
    ev = outcomes.word_evidence(item)
    if not item.plain.strip() or not (ev.own or ev.context or ev.names):
        return False
    pool = _pool(item.language, item.kind)
    may = _reachable(item)
    return any(m in pool.by_metric for m in may.metrics) or any(
        f in pool.by_function for f in may.functions
    )


def for_item(
    item: Item, flaws: tuple[str, ...], k: int = EXAMPLES_PER_ITEM, draft: Draft | None = None
) -> list[Example]:
    """Examples for a parsed item of `draft`, ranked by what it and its context are about."""
    if not worth_embedding(item):
        return []
    about = topic(item)
    if not about.metrics:
        return []
    return similar(
        item.plain.strip(), item.language, item.kind, about, flaws, k, fits_draft(item, draft)
    )


def add_to_findings(draft: Draft, findings: list[Finding], wanted: set[str]) -> None:
    """Give the first finding of `wanted` rules on each flawed item up to EXAMPLES_PER_ITEM
    examples (suggestions of kind 'example'), checked against every rule that fired there."""
    items = {it.id: it for it in draft.items()}
    fired: dict[str, tuple[str, ...]] = {}
    for f in findings:
        fired[f.target] = (*fired.get(f.target, ()), f.rule_id)
    done: set[str] = set()
    for n, f in enumerate(findings):
        if f.rule_id not in wanted or f.target in done or f.target not in items:
            continue
        done.add(f.target)
        found = for_item(items[f.target], tuple(dict.fromkeys(fired[f.target])), draft=draft)
        extra = [make_example(e.text) for e in found]
        if extra:
            findings[n] = f.model_copy(update={"suggestions": [*f.suggestions, *extra]})


def for_finding(
    source: str,
    target: str,
    rule_id: str,
    fired: tuple[str, ...] = (),
    language: str = "auto",
    config: Config | None = None,
) -> list[Example]:
    """The examples for one finding (`rule_id` on the item `target`) of the draft `source`, as
    the review adds them when `include_examples` is on: what the page asks for when a finding
    is opened (POST /v1/examples/similar). `fired`: the other rules that fired on the item (no
    example one of them would flag). Empty when the rule shows no examples or the encoder is
    off; InputError for an unknown rule or item."""
    import rules as rule_registry
    from coach.annotate import annotate_item
    from coach.config import Config
    from coach.errors import InputError
    from coach.review import parse

    config = config or Config()
    rule = rule_registry.registry().get(rule_id)
    if rule is None:
        raise InputError("bad_option", f"no rule {rule_id[:80]!r}", f"没有规则 {rule_id[:80]!r}。")
    if language not in ("auto", "zh", "en"):
        raise InputError(
            "bad_option",
            f"language must be 'auto', 'zh' or 'en', not {language!r}",
            f"language 只能是 'auto'、'zh' 或 'en'，不能是 {language!r}。",
        )
    draft = parse(source, config)
    if language != "auto":
        draft.language = language
        for it in draft.items():
            annotate_item(it, language)
    try:
        item = next((it for it in draft.items() if it.id == target), None)
        if item is None:
            raise InputError(
                "bad_option",
                f"the draft has no item {target[:40]!r}",
                f"草稿里没有 id 为 {target[:40]!r} 的目标或关键结果。",
            )
        if not rule.similar_examples or not (config.semantic and config.use_model):
            return []
        return for_item(item, tuple(dict.fromkeys((rule_id, *fired))), draft=draft)
    finally:
        draft.unlink()  # freed now, not by the cyclic garbage collector (coach.heap)
