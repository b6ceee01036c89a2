"""What grading, the check-in and the tree share: parsing with the review's limits, options,
the seed's wording, and small helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from coach.config import Config
from coach.draft import Draft, Item
from coach.errors import InputError

T = TypeVar("T")

# The seed's grading scale (OKR评分), glyphs corrected.
SCALE = {
    "zh": "OKR的评分标准控制在0到1分之间，设置为四个档次：0分，没有任何进展；0.3分，我们知道肯定能达到的程度，"
    "只需要很少帮助或不需要帮助就能达成；0.7分，这是我们希望能达到的程度，虽然很难但是可以达成；"
    "1.0分，结果远超预期，几乎不可达成。",
    "en": "OKRs are graded from 0 to 1 in four steps: 0, no progress; 0.3, what we knew we could "
    "reach with little or no help; 0.7, what we hoped to reach — hard, but reachable; 1.0, far "
    "beyond expectations, almost out of reach.",
}
STEPS = (0.0, 0.3, 0.7, 1.0)

# 无法达成目标的5个关键因素, glyphs corrected.
FACTORS = {
    1: {
        "zh": "因素1：设置多个目标，但没有给目标设置优先级",
        "en": "Factor 1: many objectives, and no priorities among them",
    },
    2: {
        "zh": "因素2：缺乏充分沟通，导致没能准确理解目标",
        "en": "Factor 2: too little communication, so the objectives are not understood",
    },
    3: {
        "zh": "因素3：没有做好具体落实目标的计划",
        "en": "Factor 3: no concrete plan to carry the objectives out",
    },
    4: {
        "zh": "因素4：没有把时间花在重要的事情上",
        "en": "Factor 4: time not spent on what matters",
    },
    5: {"zh": "因素5：轻易放弃", "en": "Factor 5: giving up too easily"},
}


@dataclass(frozen=True)
class Options:
    """What every cycle command takes: the draft's language, the messages' language, rule
    selection and severities, and the review's configuration (limits, semantic)."""

    language: str = "auto"
    ui_language: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] | None = None
    config: Config | None = None

    @classmethod
    def make(
        cls,
        language: str = "auto",
        ui_language: str | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        severity: Mapping[str, str] | None = None,
        config: Config | None = None,
    ) -> Options:
        if language not in ("auto", "zh", "en"):
            raise InputError(
                "bad_option",
                f"language must be 'auto', 'zh' or 'en', not {language!r}",
                f"language 只能是 'auto'、'zh' 或 'en'，不能是 {language!r}。",
            )
        if ui_language not in (None, "zh", "en"):
            raise InputError(
                "bad_option",
                f"ui_language must be 'zh' or 'en', not {ui_language!r}",
                f"ui_language 只能是 'zh' 或 'en'，不能是 {ui_language!r}。",
            )
        config = config or Config()
        return cls(
            language=language,
            ui_language=ui_language or config.ui_language,
            select=tuple(select) if select is not None else None,
            ignore=tuple(ignore or ()),
            severity=dict(severity or {}),
            config=config,
        )

    @property
    def cfg(self) -> Config:
        return self.config or Config()


def parse_draft(text: str, options: Options) -> Draft:
    """Parse and annotate like the review does (same limits and errors)."""
    from coach.review import parse

    draft = parse(text, options.cfg)
    if options.language != "auto":
        force_language(draft, options.language)
    return draft


def force_language(draft: Draft, language: str) -> None:
    draft.language = language
    for it in draft.items():
        it.language = language
        it.invalidate()


def lang2(lang: str) -> str:
    return "zh" if lang == "zh" else "en"


def item_span(item: Item) -> tuple[int, int]:
    return item.start, item.end


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the spans replaced by spaces (same length, line breaks kept)."""
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(e, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def fmt(x: float | None) -> str:
    """A grade as people write it: 0.57, 0.7, 1.0."""
    if x is None:
        return "–"
    s = f"{x:.2f}".rstrip("0")
    return s + "0" if s.endswith(".") else s


def best_overlap(
    mine: frozenset[str] | set[str], candidates: Iterable[tuple[T, frozenset[str] | set[str]]]
) -> tuple[T, list[str]] | None:
    """The candidate sharing the most content words with `mine`, and those words (longest
    first; a Chinese two-character piece of a longer shared word is not counted again)."""
    best: tuple[int, T, list[str]] | None = None
    for cand, words in candidates:
        shared = sorted(mine & words, key=lambda w: (-len(w), w))
        shared = [w for w in shared if not any(w != o and w in o for o in shared)]
        if shared and (best is None or len(shared) > best[0]):
            best = (len(shared), cand, shared)
    return (best[1], best[2]) if best else None


def lang_lookup(items: Mapping[str, Item], default: str) -> Callable[[str], str]:
    """A finding's language: its target item's, else the document's."""

    def lang_of(target: str) -> str:
        it = items.get(target)
        return lang2(it.language if it is not None else default)

    return lang_of


def shorten(text: str, n: int) -> str:
    """`text` in at most `n` characters, "…" closing it where it is cut; English is cut between
    words and given more characters, as a Chinese character is twice a Latin letter's width
    ("Make Lantern the easiest static-site…", not "Make Lantern the easies…"; decision 1930)."""
    text = " ".join(text.split())
    if text.isascii():
        n = n * 8 // 5
    if len(text) <= n:
        return text
    cut = text[: n - 1]
    space = cut.rfind(" ")
    if text[n - 1] != " " and space >= n // 2 and cut[space - 1 : space].isascii():
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"
