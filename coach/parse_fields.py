"""Fields written after an item's wording on its line, each after a bar or a middle dot:
"Uptime at 99.95% | Owner: Kit | Due: 5/30", "课程好评率达到95% · 负责人：周琳 · 截止：6月30日",
"20k downloads · Owner: Ana · Due Jun 30 · Confidence 6/10" (decision 3662). The run of fields
is no part of the wording: its owner and its due date are the item's, its progress its score,
its status its status; the wording stays alone."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# A bar or a middle dot between fields, with a blank on each side (a full-width bar needs none).
# A match's blanks start a run of them (a run is not scanned again from each of its positions).
_SEP_RE = re.compile(r"(?<![ \t])[ \t]+(?:[|·•][ \t]+|｜[ \t]*)|｜[ \t]*")
_KEY_RE = re.compile(
    r"(?:\*\*)?(?P<key>owners?|dri|assignee|accountable|responsible|due(?:[ \t]date)?|deadline|"
    r"target[ \t]date|eta|by[ \t]when|progress|status|confidence|priority|"
    r"负责人|责任人|对接人|牵头人|截止(?:日期|时间)?|完成时间|期限|时间节点|进度|完成度|状态|"
    r"信心(?:指数)?|优先级)(?:\*\*)?(?P<colon>[ \t]?[:：])?(?:\*\*)?[ \t]?(?P<value>.*)$",
    re.IGNORECASE,
)
_OWNER_KEYS = (
    "owner",
    "dri",
    "assignee",
    "accountable",
    "responsible",
    "负责人",
    "责任人",
    "对接人",
    "牵头人",
)
_DUE_KEYS = ("due", "deadline", "target", "eta", "by", "截止", "完成时间", "期限", "时间节点")
_PROGRESS_RE = re.compile(r"(?P<v>\d{1,3}(?:\.\d{1,2})?)[ \t]?[%％]")
# Values a field written with a blank only (no colon) may hold: a name, a date, a figure, a
# status word. "Status page live", "due diligence" are wording, not fields.
_NAME_VALUE_RE = re.compile(r"@?[A-Z][\w.'’\-]{0,20}(?:[ \t][A-Z][\w.'’\-]{0,20})?$")
_DATE_VALUE_RE = re.compile(
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|h[12]\b|"
    r"end[ \t]of\b)",
    re.IGNORECASE,
)
_FIGURE_VALUE_RE = re.compile(r"\d{1,3}(?:\.\d{1,2})?[ \t]?(?:[%％]|/[ \t]?\d{1,3})$")
_STATUS_VALUE_RE = re.compile(
    r"(?:on[ \t]track|at[ \t]risk|off[ \t]track|behind|blocked|not[ \t]started|in[ \t]progress|"
    r"delayed|done|p[0-3]|high|medium|low)$",
    re.IGNORECASE,
)


def _field(segment: str) -> tuple[str, str] | None:
    """(key, value) when the segment is one field ("Owner: Kit", "Due Jun 30", "进度 30%")."""
    m = _KEY_RE.fullmatch(segment.strip())
    if m is None:
        return None
    key, value = m.group("key").lower(), m.group("value").strip(" \t*")
    if not value or len(value) > 40:
        return None
    if m.group("colon") is None:
        if key[0].isascii() and not m.group("key")[0].isupper():
            return None  # "progress 80%" in a sentence: a capital or a colon makes it a field
        if key.startswith(_OWNER_KEYS):
            ok = _NAME_VALUE_RE.match(value) or re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", value)
        elif key.startswith(_DUE_KEYS):
            ok = _DATE_VALUE_RE.match(value)
        elif key.startswith(("status", "priority", "状态", "优先级")):
            ok = _STATUS_VALUE_RE.match(value)
        else:
            ok = _FIGURE_VALUE_RE.match(value)
        if not ok:
            return None
    return key, value


# A cycle alone among the fields, with no key ("· Owner: Rosa Diaz · Q3", "｜负责人：何静｜Q3"):
# the run's due period, when a keyed field stands in the same run (decision 5706).
_BARE_PERIOD_RE = re.compile(
    r"(?:(?:FY)?20\d\d[ \t]?)?(?:Q[1-4]|H[12])(?:[ \t]?(?:FY)?20\d\d)?|FY[ \t]?\d{2,4}",
    re.IGNORECASE,
)


def field_run(text: str) -> tuple[int, list[tuple[str, str]]] | None:
    """Where a run of fields after a bar or dot starts in `text`, and its fields, when every
    piece from there to the end is a field (an empty last piece, a closing dot, allowed) and
    the wording before it has words."""
    seps = list(_SEP_RE.finditer(text))
    for i, s in enumerate(seps):
        if len(text[: s.start()].strip()) < 4:
            continue
        bounds = [x.end() for x in seps[i:]]
        ends = [x.start() for x in seps[i + 1 :]] + [len(text)]
        fields = []
        bare = 0
        for a, b in zip(bounds, ends, strict=True):
            piece = text[a:b].strip()
            if not piece:
                continue
            f = _field(piece)
            if f is None and _BARE_PERIOD_RE.fullmatch(piece):
                f = ("due", piece)  # "· Owner: Rosa Diaz · Q3": the run's period (5706)
                bare += 1
            if f is None:
                break
            fields.append(f)
        else:
            if len(fields) > bare:
                return s.start(), fields
    return None


def field_tails(builders: list[Any], prose: list[tuple[str, int, int]], due: Callable) -> None:
    """Cut the run of fields off each item's last line (`due` reads a due value into the
    item's given deadline, as a due column's cell is read)."""
    for b in builders:
        if not b.parts:
            continue
        text, at = b.parts[-1]
        if "|" not in text and "·" not in text and "•" not in text and "｜" not in text:
            continue
        found = field_run(text)
        if found is None:
            continue
        start, fields = found
        head = text[:start].rstrip()
        if head.endswith(("**", "__")) and head.count(head[-2:]) % 2:
            head = head[:-2].rstrip()  # "**O2 — …** · Owner: …": the bold's close (5706)
        b.parts[-1] = (head, at)
        for key, value in fields:
            if key.startswith(_OWNER_KEYS):
                b.given.setdefault("owner", value.lstrip("@"))
            elif key.startswith(_DUE_KEYS):
                if "deadline" not in b.given:
                    b.given.update(_due(due, value, head))
            elif key.startswith(("progress", "进度", "完成度")):
                pm = _PROGRESS_RE.fullmatch(value)
                if pm and float(pm.group("v")) <= 100:
                    b.given.setdefault("score", float(pm.group("v")) / 100)
            elif key.startswith(("status", "状态")):
                b.given.setdefault("status", value)
            elif key.startswith(("priority", "优先级")):
                b.given.setdefault("priority", value)
        tail = text[start:]
        lead = len(tail) - len(tail.lstrip())
        prose.append((tail.strip(), at + start + lead, at + len(text)))


def _due(due: Callable, value: str, head: str) -> dict[str, object]:
    """A due field's deadline; a bare month/day ("5/30") is read as a due field says it, "by
    5/30", where alone it is no date the reader resolves."""
    given = due(value, head)
    tf = given.get("deadline")
    if (
        tf is not None
        and tf.end is None
        and tf.start is None
        and re.fullmatch(r"\d{1,2}/\d{1,2}", value)
    ):
        said = due(f"by {value}", head).get("deadline")
        if said is not None and said.end is not None:
            given["deadline"] = said.model_copy(update={"text": value})
    return given


# "70% of new users finish setup (owner: Dana) — 55%", "…（负责人：刘洋）— 60%", "[owner: Nia] 80%":
# a bare share after the owner's bracket closing the line is the key result's progress (3663).
_BRACKET_PROGRESS_RE = re.compile(
    r"(?<=[)）\]】])[ \t]*(?:[-–—]{1,2}[ \t]*)?(?P<v>\d{1,3}(?:\.\d{1,2})?)[ \t]?[%％][ \t]*$"
)
_OWNER_BRACKET_RE = re.compile(
    r"[(（\[【][ \t]?(?:owners?|dri|assignee|lead|负责人|责任人|@)[^()（）\[\]【】\n]{1,30}[)）\]】]$",
    re.IGNORECASE,
)


def bracket_progress(builders: list[Any], prose: list[tuple[str, int, int]]) -> None:
    """Cut a bare progress share after a key result's owner bracket off its wording: its score."""
    for b in builders:
        if not b.parts or b.kind != "kr":
            continue
        text, at = b.parts[-1]
        m = _BRACKET_PROGRESS_RE.search(text)
        if m is None or _OWNER_BRACKET_RE.search(text, 0, m.start()) is None:
            continue
        if float(m.group("v")) > 100 or len(text[: m.start()].strip()) < 8:
            continue
        b.parts[-1] = (text[: m.start()], at)
        b.given.setdefault("score", float(m.group("v")) / 100)
        tail = text[m.start() :]
        lead = len(tail) - len(tail.lstrip())
        prose.append((tail.strip(), at + m.start() + lead, at + len(text)))


# "… (c) Partner NPS above 40. **Owner:** Jess Park.", "… Owner: Mia Chen. Timeline: Q3 2025.":
# the block's owner (and due) fields closing a paragraph that holds the objective and its key
# results (decision 3666).
_PARA_FIELD = (
    r"(?:\*\*)?(?P<key>owners?|dri|timeline|due|deadline|负责人|责任人|截止(?:日期|时间)?|周期)"
    r"(?:\*\*)?[ \t]?[:：](?:\*\*)?[ \t]?(?P<value>[^\s:：.。;；*][^:：。;；*\n]{0,38}?)[ \t]*(?:[.。](?!\d)|$)"
)
_PARA_FIELD_RE = re.compile(_PARA_FIELD, re.IGNORECASE)
_PARA_RUN_RE = re.compile(
    rf"(?<=[.。;；])[ \t]*(?:{_PARA_FIELD}[ \t]*){{1,3}}$".replace("?P<key>", "?:").replace(
        "?P<value>", "?:"
    ),
    re.IGNORECASE,
)


def paragraph_owner(builders: list[Any], prose: list[tuple[str, int, int]], due: Callable) -> None:
    """The owner (and due) fields closing a one-paragraph block are every key result's of its
    objective."""
    i = 0
    while i < len(builders):
        o = builders[i]
        j = i + 1
        while j < len(builders) and builders[j].kind == "kr":
            j += 1
        krs = builders[i + 1 : j]
        i = j
        if o.kind != "objective" or not krs or not krs[-1].parts:
            continue
        if any(k.line_no != o.line_no for k in krs):
            continue  # key results on lines of their own: decision 2952 reads the owner line
        text, at = krs[-1].parts[-1]
        m = _PARA_RUN_RE.search(text)
        if m is None or len(text[: m.start()].strip()) < 4:
            continue
        fields = [
            (f.group("key").lower(), f.group("value").strip())
            for f in _PARA_FIELD_RE.finditer(m.group())
        ]
        if not any(key.startswith(_OWNER_KEYS) for key, _ in fields):
            continue  # a due alone after the last key result may be that one's own
        krs[-1].parts[-1] = (text[: m.start()].rstrip(), at)
        for key, value in fields:
            for k in krs:
                if key.startswith(_OWNER_KEYS):
                    k.given.setdefault("owner", value)
                elif "deadline" not in k.given:
                    k.given.update(_due(due, value, text[: m.start()]))
        tail = text[m.start() :]
        lead = len(tail) - len(tail.lstrip())
        prose.append((tail.strip(), at + m.start() + lead, at + len(text)))


# "**Owner:** Mia Chen" on its own line after an "Initiatives:" list, read as one more key
# result: the block's owner field (decision 3668).
_OWNER_ITEM_RE = re.compile(
    r"(?:\*\*)?(?:owners?|dri|负责人|责任人)(?:\*\*)?[ \t]?[:：](?:\*\*)?[ \t]?"
    r"(?P<name>[^\d\s:：*][^\d:：*\n]{0,38})",
    re.IGNORECASE,
)


def owner_items(builders: list[Any], prose: list[tuple[str, int, int]]) -> list[Any]:
    """Drop the owner field read as the last key result of an objective; it owns the objective's
    key results that name no owner. Returns the builders kept."""
    out: list[Any] = []
    for i, b in enumerate(builders):
        nxt = builders[i + 1] if i + 1 < len(builders) else None
        m = None
        if b.kind == "kr" and len(b.parts) == 1 and not re.search(r"\w", b.label):
            m = _OWNER_ITEM_RE.fullmatch(b.parts[0][0].strip())
        if m is None or (nxt is not None and nxt.kind == "kr"):
            out.append(b)
            continue
        krs = []
        for x in reversed(out):
            if x.kind != "kr":
                break
            krs.append(x)
        if not krs or x.kind != "objective":
            out.append(b)
            continue
        for k in krs:
            k.given.setdefault("owner", m.group("name").strip())
        text, at = b.parts[0]
        prose.append((text, at, at + len(text)))
    return out
