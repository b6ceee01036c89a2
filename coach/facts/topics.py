"""What an item is about: its topic domains and content words, read once per item.

Two lexical signals, shared by kr-misaligned, set-unaligned-child and the cycle's tree and
check-in (which item a task or a child objective serves):
- content words: the words left after dropping general ones ("提升", "increase", "quarter");
  Chinese words also count through their two-character pieces, since jieba may cut
  "直播间" and "直播" differently.
- domains: a lexicon (coach/facts/data/<lang>/domains.txt) maps words to what they are about
  (customer, revenue, people, quality, product, marketing, cost, ops, data, security,
  personal). Domains are language independent, so a Chinese objective can be compared with
  an English key result.

Items are related when they share a content word, share a domain, or have domains that
commonly serve each other (domain_links.txt: a latency KR serves a customer objective). They
are unrelated only when both have known domains and none of this holds; otherwise we cannot
tell. This errs towards "related": a false alarm costs more than a miss.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from coach.text import has_cjk, is_cjk
from coach.wordlists import find_terms, mapping, word_set

if TYPE_CHECKING:
    from coach.draft import Item

Relation = Literal["related", "unrelated", "unknown"]

# jieba tags whose words carry the topic: nouns, verbs, verbal nouns, English words, idioms.
_CONTENT_POS = ("n", "v", "eng", "j", "l", "i")


@dataclass(frozen=True)
class Profile:
    """What an item is about: its domains and its content words."""

    domains: frozenset[str]
    words: frozenset[str]

    @property
    def empty(self) -> bool:
        return not self.domains and not self.words


@cache
def _lexicon(lang: str) -> dict[str, tuple[str, ...]]:
    return {
        term: tuple(d.strip() for d in value.split(",") if d.strip())
        for term, value in mapping("domains", lang).items()
    }


@cache
def _en_term_pattern() -> re.Pattern[str]:
    # Whole words with an optional plural, so the list holds singulars only.
    terms = sorted(_lexicon("en"), key=lambda t: (-len(t), t))
    if "" in terms:  # (an empty term matches everywhere: the list as it is)
        alts = "|".join(re.escape(t) for t in terms)
        return re.compile(rf"(?<![a-z0-9])(?P<t>{alts})(?:s|es)?(?![a-z0-9])")
    return re.compile(rf"(?P<t>{_by_first_character(terms)})(?:s|es)?(?![a-z0-9])")


def _by_first_character(terms: list[str]) -> str:
    """What `(?<![a-z0-9])(?:t1|t2|…)` matches, written as one alternative per first character
    (each in the list's order after it, and the look behind after that character): at a place
    only the terms that begin with its character can match, tried in the same order, so the
    same term is found; and a pattern whose alternatives each open with a character is scanned
    for those characters in C, not tried term by term at every position (issue 13)."""
    rests: dict[str, list[str]] = {}
    for t in terms:
        if t:
            rests.setdefault(t[0], []).append(re.escape(t[1:]))
    return "|".join(
        f"{re.escape(c)}(?<![a-z0-9]{re.escape(c)})(?:{'|'.join(alts)})"
        for c, alts in rests.items()
    )


@cache
def _zh_terms() -> tuple[str, ...]:
    return tuple(sorted(_lexicon("zh"), key=lambda t: (-len(t), t)))


@cache
def links() -> dict[str, frozenset[str]]:
    """Domains that serve each other, made symmetric."""
    out: dict[str, set[str]] = {}
    for a, value in mapping("domain_links", "en").items():
        for b in (d.strip() for d in value.split(",")):
            if b:
                out.setdefault(a, set()).add(b)
                out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def domains_of(folded: str) -> frozenset[str]:
    """Domains named in folded text: Chinese entries by characters, English ones by words.

    Both lexicons are applied whatever the item's language, because Chinese lines often carry
    English names ("在Facebook和Twitter上增加20%的粉丝") and English ones rarely carry Chinese.
    """
    found: set[str] = set()
    zh = _lexicon("zh")
    if has_cjk(folded):
        for _s, _e, term in find_terms(folded, _zh_terms(), "zh"):
            found.update(zh[term])
    en = _lexicon("en")
    for m in _en_term_pattern().finditer(folded):
        found.update(en[m.group("t")])
    return frozenset(found)


def _content_words(item: Item) -> frozenset[str]:
    generic_zh = word_set("generic_words", "zh")
    generic_en = word_set("generic_words", "en")
    out: set[str] = set()
    for tok in item.tokens:
        lemma = (tok.lemma or tok.text).lower()
        if has_cjk(lemma):
            if len(lemma) < 2 or lemma in generic_zh:
                continue
            if item.language == "zh" and not tok.pos.startswith(_CONTENT_POS):
                continue
            out.add(lemma)
            # Two-character pieces of longer words: "直播间" and "直播" share "直播".
            out.update(
                lemma[i : i + 2]
                for i in range(len(lemma) - 1)
                if lemma[i : i + 2] not in generic_zh and all(is_cjk(c) for c in lemma[i : i + 2])
            )
        elif lemma.isalpha() and len(lemma) >= 3 and lemma not in generic_en:
            out.add(lemma)
    return frozenset(out)


def profile(item: Item) -> Profile:
    """The item's domains and content words (found once per item)."""
    memo = item.facts.memo
    found = memo.get("topic_profile")
    if found is None:
        found = Profile(domains_of(item.folded), _content_words(item))
        memo["topic_profile"] = found
    return found  # type: ignore[return-value]


def relation(a: Profile, b: Profile) -> Relation:
    """'related', 'unrelated' (both have domains and nothing connects them) or 'unknown'."""
    if a.words & b.words:
        return "related"
    if not a.domains or not b.domains:
        return "unknown"
    if a.domains & b.domains:
        return "related"
    linked = links()
    if any(d in linked.get(c, frozenset()) for c in a.domains for d in b.domains):
        return "related"
    return "unrelated"


def domain_names(domains: frozenset[str], lang: str) -> str:
    """Domains as words for a message, in a stable order."""
    names = mapping("domain_names", lang)
    sep = "、" if lang == "zh" else ", "
    return sep.join(names.get(d, d) for d in sorted(domains))
