"""OKRs pasted as a YAML file (decision 687).

    objectives:
      - id: Q1
        title: Contributor onboarding that takes minutes
        owner: Ana
        end: 2025-03-31
        krs:
          - title: Setup guide gets a new contributor running in <10 min
            end: 2025-01-15

A document with a list of objectives under `objectives:` (or `okrs:` / `goals:`) and lists of
key results under `krs:` / `key_results:` / `keyResults:` is read by its keys: the entry's text
key ("title", "objective", "kr", "text", "name", "description") gives the item's wording, where
it stands in the pasted text; "owner" gives its owner and "end" / "due" / "deadline" its
deadline. The other keys ("id", "status", "progress", comments) are no wording. This reader only
finds the items and where they are; `coach.parse` turns them into the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OBJECTIVES_KEYS = frozenset(["objectives", "okrs", "goals", "目标"])
_KRS_KEYS = frozenset(
    ["krs", "key_results", "keyresults", "key results", "key-results", "results", "关键结果"]
)
_TEXT_KEYS = (
    "title",
    "objective",
    "key_result",
    "kr",
    "text",
    "name",
    "statement",
    "description",
    "标题",
    "内容",
    "描述",
)
_OWNER_KEYS = frozenset(["owner", "owners", "dri", "assignee", "lead", "负责人"])
_DUE_KEYS = frozenset(
    ["end", "due", "deadline", "due_date", "duedate", "end_date", "target_date", "by", "截止时间"]
)

# "  - title: …", "    owner: Ana", "krs:" — a key, perhaps after a list dash, then its value.
_KEY_LINE_RE = re.compile(
    r"^(?P<indent>[ ]*)(?P<dash>-[ ]+)?(?P<key>[A-Za-z_\u4e00-\u9fff][\w \-\u4e00-\u9fff]{0,30}?)"
    r"[ ]*:(?:[ ]+(?P<value>\S.*?))?[ ]*$"
)
# A key with no value: a colon closing its line (where `str.splitlines` ends one).
_KEY_ALONE_RE = re.compile(r":[ ]*(?:[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]|\Z)")
# "  - Some key result" — a list entry that is a plain string.
_DASH_LINE_RE = re.compile(r"^(?P<indent>[ ]*)-[ ]+(?P<value>\S.*?)[ ]*$")
# A YAML comment, alone on its line or after a value: "  # Q1 2025 — …", "title: X  # note".
_COMMENT_RE = re.compile(r"(?:^|(?<![ ])[ ]+)#(?:[ ].*)?$")


@dataclass
class YamlItem:
    """One objective or key result read from the file."""

    kind: str  # "objective" / "kr"
    indent: int
    line_no: int
    parts: list[tuple[str, int]] = field(default_factory=list)  # (wording, input offset)
    owner: str = ""
    due: str = ""


def _value(value: str | None, at: int) -> tuple[str, int] | None:
    """A scalar value and where it starts, without quotes or a trailing comment."""
    if value is None:
        return None
    v = _COMMENT_RE.sub("", value) if not value.startswith(("'", '"')) else value
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        return (v[1:-1].strip(), at + 1) if v[1:-1].strip() else None
    v = v.strip()
    return (v, at) if v and v not in (">", "|", ">-", "|-", "~", "null") else None


def looks_like_yaml_okrs(text: str) -> bool:
    """A YAML document of objectives with key results: a key-results key alone on its line with
    a list indented under it, two or more text keys inside list entries ("- title: …", an
    indented "title: …"), and no Markdown section heading ("## …") or table row. "Objective:
    Grow" and "Key results:" over a flush list, as a draft writes them, are no YAML."""
    if "- " not in text or not _KEY_ALONE_RE.search(text):
        return False  # (no list entry, or no key alone on its line for one to be under)
    lines = text.splitlines()
    if any(ln.startswith(("##", "|")) for ln in lines):
        return False
    nested_list = False
    texts = 0
    for i, ln in enumerate(lines):
        m = _KEY_LINE_RE.match(ln)
        if m is None:
            continue
        key = m.group("key").strip().lower()
        indent = len(m.group("indent"))
        if not m.group("value") and key in _KRS_KEYS:
            nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
            lead = len(nxt) - len(nxt.lstrip(" "))
            nested_list = nested_list or (lead > indent and nxt.lstrip().startswith("- "))
        elif m.group("value") and key in _TEXT_KEYS and (m.group("dash") or indent > 0):
            texts += 1
    return (nested_list and texts >= 2) or _record_form(lines)


# A records export: each objective a flush "title: …" line with its fields, then a key-results
# key written as code ("keyResults:", "key_results:", "krs:") over its list (decision 2770).
_RECORD_TEXT_KEYS = frozenset(["title", "objective", "name", "标题", "目标"])
_CODE_KRS_RE = re.compile(r"^(?:keyResults|key_results|key-results|krs|KRs)[ ]*:[ ]*$")


def _record_form(lines: list[str]) -> bool:
    """Whether the text is flush key-value records of objectives: two "title: …" lines or more
    at the margin, and each followed, before the next, by a key-results key written as code
    alone on its line over a list of "- …" entries."""
    titles = 0
    krs_after = 0
    seen_title = False
    for i, ln in enumerate(lines):
        m = _KEY_LINE_RE.match(ln)
        if m is None or m.group("dash") or m.group("indent"):
            continue
        key = m.group("key").strip().lower()
        if m.group("value") and key in _RECORD_TEXT_KEYS:
            titles += 1
            seen_title = True
        elif not m.group("value") and _CODE_KRS_RE.match(ln) and seen_title:
            nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
            if nxt.lstrip().startswith("- "):
                krs_after += 1
                seen_title = False
    return titles >= 2 and krs_after == titles


_JSON_OBJECTIVE_KEYS = ("objective", "title", "name", "goal", "o")
_JSON_KRS_KEYS = ("key_results", "keyresults", "krs", "kr", "results")
_JSON_OWNER_KEYS = ("owner", "assignee", "dri")


def _json_items(text: str) -> list[YamlItem] | None:
    """The objectives and key results of an OKR set pasted as JSON (an API's body or response:
    '{"objective": "…", "key_results": ["…", …]}', a list of those, or '{"objectives": [...]}'),
    each wording at its place in the text; None when the text is no such JSON (decision 1945)."""
    import json

    try:
        data = json.loads(text)
    except ValueError:
        return None
    if isinstance(data, dict):
        lists = [v for k, v in data.items() if k.lower() in ("objectives", "okrs")]
        data = lists[0] if lists and isinstance(lists[0], list) else [data]
    if not isinstance(data, list) or not data or not all(isinstance(d, dict) for d in data):
        return None
    items: list[YamlItem] = []
    cursor = 0

    def place(kind: str, wording: object, owner: object = "") -> bool:
        nonlocal cursor
        if not isinstance(wording, str) or not wording.strip():
            return False
        quoted = json.dumps(wording, ensure_ascii=False)
        at = text.find(quoted, cursor)
        if at < 0:
            return False
        cursor = at + len(quoted)
        line_no = text.count("\n", 0, at) + 1
        it = YamlItem(kind, 0 if kind == "objective" else 2, line_no, [(wording, at + 1)])
        it.owner = owner.strip() if isinstance(owner, str) else ""
        items.append(it)
        return True

    def field_of(d: dict[str, object], keys: tuple[str, ...]) -> object:
        low = {k.lower().replace("-", "_"): v for k, v in d.items()}
        return next((low[k] for k in keys if k in low), None)

    for d in data:
        o = field_of(d, _JSON_OBJECTIVE_KEYS)
        if not place("objective", o, field_of(d, _JSON_OWNER_KEYS) or ""):
            return None
        krs = field_of(d, _JSON_KRS_KEYS)
        for kr in krs if isinstance(krs, list) else []:
            if isinstance(kr, dict):
                place(
                    "kr",
                    field_of(kr, ("title", "text", "description", "name", "kr", "key_result")),
                    field_of(kr, _JSON_OWNER_KEYS) or "",
                )
            else:
                place("kr", kr)
    return items if any(it.kind == "kr" for it in items) else None


def read(text: str) -> list[YamlItem] | None:
    """The objectives and key results of a YAML OKR file, in order; None when the text is not one."""
    if text.lstrip()[:1] in ("{", "[") and (found := _json_items(text)) is not None:
        return found
    if not looks_like_yaml_okrs(text):
        return None
    record = _record_form(text.splitlines())
    items: list[YamlItem] = []
    contexts: list[tuple[int, str]] = []  # (indent of the key, "objectives" / "krs")
    entry: YamlItem | None = None
    pos = 0
    for no, raw in enumerate(text.splitlines(keepends=True), start=1):
        line = raw.rstrip("\r\n")
        start = pos
        pos += len(raw)
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        while (
            contexts
            and indent <= contexts[-1][0]
            and not (indent == contexts[-1][0] and stripped.startswith("- "))
        ):
            contexts.pop()
        if entry is not None and indent <= entry.indent:
            entry = None
        m = _KEY_LINE_RE.match(line)
        key = m.group("key").strip().lower() if m else ""
        if (
            record
            and m is not None
            and indent == 0
            and not m.group("dash")
            and m.group("value")
            and key in _RECORD_TEXT_KEYS
            and not contexts
        ):
            entry = YamlItem("objective", -1, no)  # its fields sit at the margin with it
            items.append(entry)
        if m and not m.group("value") and not m.group("dash"):
            if key in _KRS_KEYS:
                contexts.append((indent, "krs"))
                continue
            if key in _OBJECTIVES_KEYS:
                contexts.append((indent, "objectives"))
                continue
        if m is None or m.group("dash"):
            dm = _DASH_LINE_RE.match(line)
            if dm is None:
                continue
            kind = "kr" if contexts and contexts[-1][1] == "krs" else "objective"
            entry = YamlItem(kind, len(dm.group("indent")), no)
            items.append(entry)
            if m is None:  # "- A key result written as a plain string"
                found = _value(dm.group("value"), start + dm.start("value"))
                if found:
                    entry.parts.append(found)
                entry = None
                continue
        if entry is None or m is None:
            continue
        found = _value(m.group("value"), start + m.start("value") if m.group("value") else start)
        if found is None:
            continue
        if key in _TEXT_KEYS and not entry.parts:
            entry.parts.append(found)
        elif key in _OWNER_KEYS and not entry.owner:
            entry.owner = found[0]
        elif key in _DUE_KEYS and not entry.due:
            entry.due = found[0]
    kept = [it for it in items if it.parts]
    if not any(it.kind == "objective" for it in kept):
        return None
    return kept
