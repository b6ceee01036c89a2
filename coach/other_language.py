"""Whether a draft is mostly in a language the coach does not review (neither Chinese nor
English): the review still runs, read as the language `detect_language` gives, and says so in
`Review.warnings` (tester32: a German draft was reviewed as English with no word about it).

Two signs, cheap enough for every review (one pass of the engine over the text each):
- letters of another script (kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari)
  outweighing the Chinese characters and Latin words — or, for Japanese, kana beside the
  Chinese characters, which Chinese never writes;
- Latin words that are mostly another language's common function words ("die", "und", "pour",
  "para", "het"): at least `MIN_HITS` of them and more than twice as many as English's
  (coach/data/other_languages.txt), so that a brand, a quote or a team name in an English
  draft ("Los Pollos", "Die Hard") says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coach.text import cjk_count

DATA = Path(__file__).resolve().parent / "data" / "other_languages.txt"
MIN_HITS = 3
# A word of letters only: letters glued to digits or underscores ("20en", "a95fe", "test_acc")
# are codes, hashes and file names, no words of a sentence
# (Latin letters, accented ones included: "für", "más")
_WORD = re.compile(r"(?<![\w])[A-Za-z\u00c0-\u024f]+(?![\w])")
# The start of a draft says what it is written in: a long one is judged on this much of it
SAMPLE = 4000
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# Alphabets whose words are about five letters: Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai
_ALPHABET = re.compile(
    r"[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f]"
)


@dataclass(frozen=True)
class OtherLanguage:
    """The language a draft looks written in: `code` ('de', 'ja'; None when only the script
    says that it is neither Chinese nor English) and its name in English and Chinese."""

    code: str | None
    name_en: str
    name_zh: str


UNNAMED = OtherLanguage(None, "a language other than Chinese or English", "中文和英文以外的语言")
_SCRIPTS = {
    "ja": OtherLanguage("ja", "Japanese", "日语"),
    "ko": OtherLanguage("ko", "Korean", "韩语"),
}


@cache
def _lexicon() -> tuple[dict[str, tuple[str, ...]], dict[str, OtherLanguage]]:
    """(each listed word -> the codes of the languages listing it, 'en' among them; each other
    language by its code), from DATA."""
    languages: dict[str, OtherLanguage] = {}
    table: dict[str, tuple[str, ...]] = {}
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4 or not all(parts):
            raise ValueError(f"{DATA.name} line {n}: expected 'code | name | 名称 | words'")
        code, name_en, name_zh, listed = parts
        if code != "en":
            languages[code] = OtherLanguage(code, name_en, name_zh)
        for word in listed.split():
            table[word] = (*table.get(word, ()), code)
    return table, languages


def other_language(text: str) -> OtherLanguage | None:
    """The language `text` is mostly written in when it is neither Chinese nor English, else
    None."""
    text = text[:SAMPLE]
    cjk = cjk_count(text)
    if not text.isascii():
        kana = len(_KANA.findall(text))
        if kana >= 4 and kana >= 0.2 * (kana + cjk):
            return _SCRIPTS["ja"]
    latin = _WORD.findall(text.lower())
    if not text.isascii():
        hangul = len(_HANGUL.findall(text)) / 2
        alphabet = len(_ALPHABET.findall(text)) / 5
        if max(hangul, alphabet) > cjk / 1.5 + len(latin):
            return _SCRIPTS["ko"] if hangul >= alphabet else UNNAMED
    if len(latin) < MIN_HITS or cjk / 1.5 > len(latin):
        return None
    table, languages = _lexicon()
    ours, found = 0, []
    hits: dict[str, int] = dict.fromkeys(languages, 0)
    for word in latin:
        codes = table.get(word)
        if codes is None:
            continue
        if codes == ("en",):
            ours += 1
            continue
        found.append(word)
        for code in codes:
            hits[code] += 1
    if len(set(found)) < MIN_HITS or len(found) <= 2 * ours:
        return None
    best = max(hits, key=hits.__getitem__)
    return languages[best] if hits[best] >= 0.6 * len(found) else UNNAMED


def notice(language: OtherLanguage, read_as: str, ui_language: str) -> str:
    """What the review says of a draft in `language`, read as `read_as` ('zh' or 'en'), in
    `ui_language`."""
    if ui_language == "zh":
        name = language.name_zh
        read = "中文" if read_as == "zh" else "英文"
        return (
            f"这份草稿看起来是用{name}写的：okr-coach 只评审简体中文和英文，这里按{read}读，"
            "下面的评审结果可能不准。请用中文或英文写草稿，以得到可靠的评审。"
        )
    name = language.name_en
    read = "Chinese" if read_as == "zh" else "English"
    return (
        f"This draft looks written in {name}: okr-coach reviews Simplified Chinese and English "
        f"only, so it was read as {read} and the findings below may not hold. Write the draft "
        "in Chinese or English for a reliable review."
    )
