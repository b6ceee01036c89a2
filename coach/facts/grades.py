"""Where a grade or a status written after an item's wording starts (a fact about the text).

"完成季度招聘任务10人 0.9 完成", "Automate offer letters 0.5", "… —— 进行中", "… [0.7]",
"… => Done": the annotator takes them off the item as its score and status, and a rewrite,
being a new wording, leaves them out (`grade_tail`)."""

from __future__ import annotations

import re
from functools import lru_cache

STATUS_WORDS = (
    r"完成一半|未完成|已完成|完成|进行中|进展中|延期|done|in progress|at risk|on track|not started"
)
# A trailing grade after the wording: "完成季度招聘任务10人 0.9 完成". A bare 0 or 1 counts only
# with a status after it, so "by September 1" keeps its date.
SCORE_STATUS_RE = re.compile(
    rf"\s(?P<score>(?<![\d.])(?:0?\.\d{{1,2}}|1\.0{{1,2}}))(?![\d%])\s?(?P<status>{STATUS_WORDS})?\s*$"
    rf"|\s(?P<score2>[01])\s?(?P<status2>{STATUS_WORDS})\s*$",
    re.I,
)
PROGRESS_RES = (
    re.compile(
        r"(?:\s{0,3}(?:[-–—]{1,2}|[|｜,，;；]))?\s{0,3}[（(\[【]?\s?(?:进度|完成度|progress)\s?[:：]?\s?"
        r"(?P<v>\d{1,3}(?:\.\d{1,2})?\s?[%％]|0?\.\d{1,2}|1\.0{1,2})\s?[）)\]】]?[\s。.]*$",
        re.I,
    ),
    re.compile(r"\s{0,3}[\[【（(]\s?(?P<v>0?\.\d{1,2}|1\.0{1,2})\s?[\]】）)][\s。.]*$"),
    re.compile(r"\s{0,3}=>\s?(?P<v>\d{1,3}(?:\.\d{1,2})?\s?[%％]|0?\.\d{1,2}|1\.0{1,2})[\s。.]*$"),
)
# A status note after the wording: "… => Done", "… ==> In progress as of March". Not after a
# number ("35% => 45%" is a change the KR asks for).
STATUS_NOTE_RE = re.compile(r"(?<![\d%％])\s{0,3}={1,2}>\s?(?P<note>\S.{0,300})$")
# "… —— 已完成", "… - done": a status after a dash.
TRAILING_STATUS_RE = re.compile(rf"\s{{0,3}}[-–—|｜]{{1,2}}\s{{0,3}}(?:{STATUS_WORDS})\s*$", re.I)


@lru_cache(maxsize=256)  # asked once per clause of an item by its rewrites: read it once
def grade_tail(text: str) -> int | None:
    """Where a grade or status written after the wording starts ("Automate offer letters 0.5",
    "… —— 进行中", "… [0.7]", "… => Done"), with the dash or bar before it; None when the text
    does not end with one. A rewrite is a new wording, so it leaves the old grade out."""
    starts = []
    m = SCORE_STATUS_RE.search(text)
    if m and text[: m.start()].strip():
        starts.append(m.start())
    m = STATUS_NOTE_RE.search(text)
    if m and text[: m.start()].strip():
        starts.append(m.start())
    for pattern in PROGRESS_RES:
        m = pattern.search(text)
        if m and text[: m.start()].strip():
            starts.append(m.start())
    m = TRAILING_STATUS_RE.search(text)
    if m and text[: m.start()].strip():
        starts.append(m.start())
    if not starts:
        return None
    at = min(starts)
    while at > 0 and (text[at - 1].isspace() or text[at - 1] in "-–—|｜"):
        at -= 1
    return at if text[:at].strip() else None
