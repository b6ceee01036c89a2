"""Where a vague-looking word in a key result is no part of what the key result promises
(kr-vague-wording; decisions 6870-6874): the purpose of the work, the examples of a list and its
open tail, a fixed term that holds the word, "distinct" before several things, a system that is
up or down in a condition.
"""

from __future__ import annotations

import re
from functools import cache

from coach.facts.shape import verb_classes
from coach.nlp import lemma_en
from coach.wordlists import find_terms, word_set, words
from rules._kr_common import lead_position
from rules._objective_shape import _en_verbs
from rules._result_shape import reading

# -- the purpose of work (decision 6870) ----------------------------------------------------

# What opens the purpose of the work, after the work's own words: "Add a footer to improve search
# ranking", "Rebuild the importer for faster runs", "… so more volunteers can lead it",
# "…, enabling improved search results". Read only when the key result is work (a task, a
# milestone, an activity): kr-is-task or kr-activity-count already asks for the outcome the
# work serves, and the purpose is no target of the key result itself.
_EN_PURPOSE_OPEN = re.compile(
    r"(?<![\w'’-])(?:(?P<fixed>in\s+order\s+to|so\s+as\s+to|so\s+that|enabling|allowing|"
    r"helping)|(?P<so>so)|(?P<to>to)|(?P<for>for))\s+(?P<art>(?:a|an|the)\s+)?(?P<next>[a-z][a-z'’-]*)"
)
# "so many", "so far", "so well": a degree, no purpose.
_SO_DEGREE = frozenset(
    ("many", "much", "far", "long", "few", "little", "well", "good", "fast", "quickly",
     "often", "soon", "bad", "badly")
)  # fmt: skip
# A "to" that completes the word before it, no purpose: "working to shorten", "want to grow",
# "try to raise" (a hedge, read as one), "learn to cook better" (a personal to-do's own skill).
_TO_COMPLETES = frozenset(
    ("work", "works", "working", "worked", "want", "wants", "need", "needs", "try", "tries",
     "trying", "aim", "aims", "aiming", "plan", "plans", "planning", "going", "have", "has",
     "able", "how", "continue", "continues", "start", "starts", "begin", "begins", "learn",
     "learns", "learning", "seek", "seeks", "strive", "strives", "striving", "hope", "expect",
     "commit", "committed", "agree", "decide", "intend", "used", "likely", "ready", "way",
     "ways", "time", "set", "due", "about", "according", "up", "down", "close", "ability")
)  # fmt: skip
# Words after "to" that open a purpose though no verb list holds them: "to better describe".
_TO_PURPOSE_WORDS = frozenset(
    ("help", "make", "ensure", "keep", "allow", "enable", "support",
     "drive", "get", "let", "give", "free", "cut", "lift", "speed", "standardise",
     "standardize", "engage", "encourage", "attract", "retain", "protect", "prevent", "avoid",
     "simplify", "streamline", "strengthen", "enhance", "boost", "improve", "grow", "raise",
     "reduce", "lower", "increase", "shorten", "widen", "deepen")
)  # fmt: skip
# Chinese: 以便/从而/为了/用于/旨在 anywhere after the work, 以/来/让/使/确保/帮助 after a comma
# ("上线自助开票功能，以便减少财务手工录入"; decision 2673's 让 already kept the comparative).
_ZH_PURPOSE_OPEN = re.compile(
    r"以便|以期|从而|进而|为了|用于|旨在|"
    r"[，,；;]\s*(?:以(?![上下内外前后及来往])|来|让|使得?|确保|帮助|助力)"
)
_WORK_KINDS = frozenset(("task", "milestone", "activity"))


# Verbs that take whom they get to act and then "to" ("enable planners to decide", "train staff
# to cut waste"): that "to" is the key result's own promise, no purpose.
_OBJECT_TO = frozenset(
    ("enable", "allow", "help", "get", "want", "ask", "train", "teach", "encourage", "coach",
     "persuade", "invite", "require", "need", "expect", "push", "convince", "urge", "tell",
     "remind", "empower", "equip", "prepare", "motivate", "inspire", "challenge", "force",
     "cause", "lead", "bring", "recruit", "mentor", "support", "wish", "like")
)  # fmt: skip
_TO_ADVERBS = frozenset(("better", "further", "more", "really", "fully", "properly"))


def _is_verb(word: str) -> bool:
    """A verb's base form, as "to" takes it ("to explain", not "to better plans")."""
    return (
        word in _TO_PURPOSE_WORDS
        or word in _en_verbs()
        or verb_classes("en").get(word) is not None
        or (lemma_en(word) == word and word + "s" in _en_verbs())
    )


def _opens_purpose_en(folded: str, m: re.Match[str], lead: int) -> bool:
    nxt = m.group("next")
    if m.group("fixed"):
        return True
    if m.group("so"):
        return nxt not in _SO_DEGREE
    if m.group("to"):
        before = folded[max(0, m.start() - 14) : m.start()].split()
        if before and before[-1] in _TO_COMPLETES:
            return False
        if nxt == "be" or any(
            w in _OBJECT_TO or lemma_en(w) in _OBJECT_TO
            for w in re.findall(r"[a-z]+", folded[lead : m.start()])
        ):
            # "Get the board to approve more budget", "Train staff to cut waste", "We want our
            # reports to be clearer": whom the verb gets to act and what they do, the key
            # result's own promise, no purpose
            return False
        if nxt in _TO_ADVERBS:
            # "to better describe", not "to better plans" (a destination)
            after = folded[m.end() : m.end() + 24].split()
            return bool(after) and _is_verb(after[0])
        return nxt in _TO_PURPOSE_WORDS or _is_verb(nxt)
    # "for": a quality, a comparative or a doing follows ("for better performance", "for
    # improved SEO", "for growing attendance"); not a scope ("for several teams", "for parents")
    return (
        nxt in _for_purpose_words()
        or (nxt.endswith("ing") and len(nxt) > 5 and lemma_en(nxt) in _en_verbs())
        or (
            # "for faster loading", not "for the lower school" (a name's attribute)
            not m.group("art")
            and nxt.endswith("er")
            and nxt in word_set("kr_comparative_changes", "en")
        )
    )


@cache
def _for_purpose_words() -> frozenset[str]:
    return frozenset(w for w in words("kr_vague_words", "en") if " " not in w) - {"etc", "etc."}


def purpose_opens(item, lead: int, start: int, end: int) -> bool:
    """Whether the purpose of English work opens in [start, end), after the work's verb at
    `lead`: "Set up a shared inbox in order to reply faster", "Laminate the cards so the kitchen
    works faster" (decision 7021; the openers of 6870)."""
    folded = item.folded
    return any(
        m.start() > lead and _opens_purpose_en(folded, m, lead)
        for m in _EN_PURPOSE_OPEN.finditer(folded, start, end)
    )


def _purpose_of_work(item) -> list[tuple[int, int]]:
    """From where the purpose of work opens to the end of the wording (decision 6870)."""
    if reading(item).kind not in _WORK_KINDS:
        return []
    s0, e0 = item.core_span
    lead = max(lead_position(item), s0)
    folded = item.folded
    if item.language == "en":
        for m in _EN_PURPOSE_OPEN.finditer(folded, lead, e0):
            if m.start() > lead and _opens_purpose_en(folded, m, lead):
                return [(m.start(), e0)]
        return []
    m = _ZH_PURPOSE_OPEN.search(folded, lead + 1, e0)
    return [] if m is None else [(m.start(), e0)]


# -- examples of a list (decision 6871) -----------------------------------------------------

_EN_EXAMPLES_BRACKET = re.compile(
    r"\((?:e\.?g\.?|i\.?e\.?|for example|for instance|such as|incl\.?|including|like)[\s,:][^)]*\)"
)
_EN_EXAMPLES_OPEN = re.compile(r"(?<![\w(])(?:e\.g\.|for example|for instance|such as)(?=[\s,:])")
_EN_EXAMPLES_CLOSE = re.compile(r";|\)|\.(?:\s|$)")
_ZH_EXAMPLES_BRACKET = re.compile(r"[（(](?:如|例如|比如|包括|诸如|含)[：:]?[^）)]*[）)]")
_ZH_EXAMPLES_OPEN = re.compile(r"例如|比如|诸如")
_ZH_EXAMPLES_CLOSE = re.compile(r"[。；;）)]")


def _examples(item) -> list[tuple[int, int]]:
    """The examples a list is illustrated with, in a bracket ("(e.g. headcount, hiring, and
    more)", "（如：及时回复、耐心解答）") or after "such as"/"例如" to the clause's end (6871)."""
    s0, e0 = item.core_span
    folded = item.folded
    zh = item.language == "zh"
    bracket, opening, closing = (
        (_ZH_EXAMPLES_BRACKET, _ZH_EXAMPLES_OPEN, _ZH_EXAMPLES_CLOSE)
        if zh
        else (_EN_EXAMPLES_BRACKET, _EN_EXAMPLES_OPEN, _EN_EXAMPLES_CLOSE)
    )
    out = [m.span() for m in bracket.finditer(folded, s0, e0)]
    for m in opening.finditer(folded, s0, e0):
        if m.start() == s0 or any(a <= m.start() < b for a, b in out):
            continue
        c = closing.search(folded, m.end(), e0)
        out.append((m.start(), e0 if c is None else c.start()))
    return out


def asides(item) -> tuple[tuple[int, int], ...]:
    """Spans of the wording that say what the work is for or give examples: a vague word in
    them is no part of what the key result promises (decisions 6870, 6871)."""
    memo = item.facts.memo
    found = memo.get("vague_asides")
    if found is None:
        found = memo["vague_asides"] = (*_purpose_of_work(item), *_examples(item))
    return found  # type: ignore[no-any-return]


def outside_asides(item, found: list) -> list:
    """The (start, end, word) terms of `found` that lie outside the item's asides."""
    spans = asides(item)
    if not spans:
        return found
    return [t for t in found if not any(a <= t[0] < b for a, b in spans)]


# "Add filters by team, region, product, etc.", "AI tooling etc.", "(…, hiring, and more)",
# "门店、社群、小程序等等": the open tail of a list of named things, no degree (decision 6871)
_EN_TAIL_WORDS = frozenset(("etc", "etc.", "and so on"))
_AND_MORE_AFTER = re.compile(r"\s*(?:[).;,!]|$)")


def list_tail(item, t: tuple[int, int, str]) -> bool:
    s, e, word = t
    s0 = item.core_span[0]
    if s <= s0:
        return False  # opening the wording: no list before it
    if item.language == "zh":
        return word == "等等"
    if word in _EN_TAIL_WORDS:
        return True
    return (
        word == "more"
        and item.folded[max(0, s - 4) : s] == "and "
        and _AND_MORE_AFTER.match(item.folded, e) is not None
    )


# -- a fixed term (decision 6872), several distinct things (6873) ----------------------------


def in_named_term(item, s: int, e: int) -> bool:
    """Whether the word at [s, e) is inside a fixed term that holds it ("multiple-choice",
    "good-first-issue", "fast food", "further education": rules/data/en/kr_vague_terms.txt)."""
    if item.language != "en":
        return False
    memo = item.facts.memo
    spans = memo.get("vague_named_terms")
    if spans is None:
        spans = memo["vague_named_terms"] = [
            (a, b) for a, b, _w in find_terms(item.folded, words("kr_vague_terms", "en"), "en")
        ]
    return any(a <= s and e <= b for a, b in spans)


# "distinct personas", "distinct landing pages": several things kept apart, no quality of them
# (decision 6873, 4464 extended); "a distinct look" stays vague.
_PLURAL_AFTER = re.compile(
    r"\s{1,4}(?:[a-z][a-z-]{0,30}\s{1,4})?(?P<head>[a-z][a-z-]{0,30}[^su\W]s)(?![\w'’-])"
)
_NOT_PLURAL = frozenset(("across", "as", "is", "was", "has", "this", "his", "its", "always"))
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|one|each|every)\s+$")


def several_apart(folded: str, s: int, e: int) -> bool:
    if folded[s:e] != "distinct" or _ARTICLE_BEFORE.search(folded, max(0, s - 8), s):
        return False
    m = _PLURAL_AFTER.match(folded, e)
    return m is not None and m.group("head") not in _NOT_PLURAL


# -- a system up or down in a condition (decision 6874) --------------------------------------

_STATE_VERBS = frozenset(("is", "are", "was", "were", "goes", "go", "went", "gone", "be", "been"))
_CONDITION_BEFORE = re.compile(
    r"\b(?:when|whenever|while|if|until|unless|even\s+if|even\s+when)\s[^,;]*$"
)


def state_in_condition(folded: str, s0: int, start: int, before: list[str]) -> bool:
    """ "… even when the database is down", "while the site was down": a system's state in a
    condition the key result holds under, not a direction with no amount (decision 6874)."""
    return (
        bool(before)
        and before[-1] in _STATE_VERBS
        and bool(_CONDITION_BEFORE.search(folded, s0, start))
    )


# -- "continuous" with the gap it rules out (decision 6877) ----------------------------------

# "continuous data transmission without dropouts", "run the line continuously with no
# stoppages": the break ruled out says what continuous means, a bar of none, not a loose degree.
_WITHOUT_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:without|with\s+no|with\s+zero)\s+(?:a\s+|any\s+)?[a-z]"
)


def continuous_without(folded: str, s: int, e: int) -> bool:
    return folded[s:e] in ("continuous", "continuously") and bool(_WITHOUT_AFTER.match(folded, e))
