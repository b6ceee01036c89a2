"""Structured (JSON) input: objectives with key results and their annotations.

    {"timeframe": "2026 Q3",
     "objectives": [{"text": "…", "owner": "…", "deadline": "…", "level": "team",
                     "parent": "…", "priority": "P1",
                     "key_results": [{"text": "…", "owner": "…", "deadline": "…",
                                      "priority": "P2", "previous_target": 10}]}]}

A bare list of objectives is accepted too, as are the aliases "title"/"objective" for "text" and
"krs"/"keyResults"/"key results" for "key_results"; an objective or a KR may be a plain string.

The draft is rendered to canonical text ("目标1：…\\n关键结果1：…" or "Objective 1: …\\nKR1: …", by
each item's language) so that every span in the review refers to that text (returned as
`Review.source_text`). Annotations given in the structure win over those read from the text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from coach.draft import Draft, Item
from coach.errors import InputError, InputTooLarge
from coach.facts.timeframes import find_timeframe
from coach.parse import validate_text
from coach.text import bad_control_chars, detect_language
from coach.types import Timeframe

_TEXT_KEYS = ("text", "title", "objective", "name")
_KR_TEXT_KEYS = ("text", "title", "key_result", "kr", "name")
_KRS_KEYS = ("key_results", "krs", "keyResults", "key results", "results")
_LEVELS = {
    "company": "company",
    "公司": "company",
    "集团": "company",
    "team": "team",
    "团队": "team",
    "部门": "team",
    "department": "team",
    "personal": "personal",
    "个人": "personal",
    "individual": "personal",
}


def _fail(path: str, what: str, what_zh: str) -> InputError:
    """The structure error at `path`, said in both languages (decision 5252)."""
    where = "输入" if path == "the input" else f"{path} "
    return InputError("invalid_structure", f"{path} {what}", f"{where}{what_zh}。")


def _text(node: Any, path: str, keys: Sequence[str]) -> str:
    if isinstance(node, str):
        value: Any = node
        where = path
    else:
        key = next((k for k in keys if k in node), keys[0])
        value = node.get(key)
        where = f"{path}.{key}"
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, "must be a non-empty string", "必须是非空的字符串")
    bad = bad_control_chars(value)
    if bad:
        raise InputError(
            "binary",
            f"{where} contains a control or binary character (U+{ord(value[bad[0]]):04X}); "
            "send plain text.",
            f"{where} 里有控制字符或二进制字符（U+{ord(value[bad[0]]):04X}）；请发送纯文本。",
        )
    # One item is one line of the rendered draft.
    return " ".join(value.split())


def _opt_str(node: Any, key: str, path: str) -> str | None:
    if isinstance(node, str) or key not in node or node[key] is None:
        return None
    value = node[key]
    if not isinstance(value, str) or not value.strip():
        raise _fail(
            f"{path}.{key}", "must be a non-empty string when given", "给出时必须是非空的字符串"
        )
    return " ".join(value.split())


def _deadline(node: Any, path: str, lang: str) -> Timeframe | None:
    words = _opt_str(node, "deadline", path)
    if words is None:
        return None
    found = find_timeframe(words, lang)
    if found is None:
        raise _fail(
            f"{path}.deadline",
            f"({words!r}) is not a date or period I can read, e.g. '2026-09-30', 'Q3', '本季度'",
            f"（{words!r}）不是能读懂的日期或周期，例如 '2026-09-30'、'Q3'、'本季度'",
        )
    return found[0].model_copy(update={"span": None, "text": words})


def _priority(node: Any, path: str) -> str | None:
    if isinstance(node, str) or node.get("priority") is None:
        return None
    value = node["priority"]
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _fail(
            f"{path}.priority",
            "must be a string such as 'P1' or a number",
            "必须是 'P1' 这样的字符串或一个数字",
        )
    if isinstance(value, int):
        return f"P{value}"
    value = value.strip()
    if not value:
        raise _fail(
            f"{path}.priority", "must be a non-empty string when given", "给出时必须是非空的字符串"
        )
    return value.upper() if value[:1] in "pP" and value[1:].isdigit() else value


def _level(node: Any, path: str) -> str | None:
    words = _opt_str(node, "level", path)
    if words is None:
        return None
    level = _LEVELS.get(words.lower())
    if level is None:
        raise _fail(
            f"{path}.level",
            f"must be 'company', 'team' or 'personal', not {words!r}",
            f"只能是 'company'、'team' 或 'personal'（公司/团队/个人），不能是 {words!r}",
        )
    return level


def _check_node(node: Any, path: str) -> None:
    if not isinstance(node, str | Mapping):
        raise _fail(
            path,
            f"must be an object or a string, not {type(node).__name__}",
            f"必须是对象或字符串，不能是 {type(node).__name__}",
        )


def _key_results(node: Any, path: str) -> tuple[list[Any], str]:
    if isinstance(node, str):
        return [], f"{path}.key_results"
    key = next((k for k in _KRS_KEYS if k in node), "key_results")
    krs = node.get(key)
    if krs is None:
        return [], f"{path}.{key}"
    if not isinstance(krs, list | tuple):
        raise _fail(f"{path}.{key}", "must be a list", "必须是列表")
    return list(krs), f"{path}.{key}"


class _Renderer:
    """Writes the canonical text and makes the items that point into it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def line(self, label: str, text: str) -> list[int]:
        if self.parts:
            self.parts.append("\n")
            self.pos += 1
        self.parts.append(label + text)
        start = self.pos + len(label)
        self.pos += len(label) + len(text)
        return list(range(start, start + len(text) + 1))

    def blank(self) -> None:
        if self.parts:
            self.parts.append("\n")
            self.pos += 1

    def text(self) -> str:
        return "".join(self.parts)


def _objectives_of(obj: Any) -> tuple[list[Any], str, Any]:
    if isinstance(obj, Mapping):
        if "objectives" not in obj:
            raise _fail(
                "the input",
                "must have an 'objectives' list (or be a list of objectives)",
                "要有一个 'objectives' 列表（或者本身就是目标的列表）",
            )
        objectives = obj["objectives"]
        if not isinstance(objectives, list | tuple):
            raise _fail("objectives", "must be a list", "必须是列表")
        return list(objectives), "objectives", obj.get("timeframe")
    if isinstance(obj, list | tuple):
        return list(obj), "objectives", None
    raise _fail(
        "the input",
        f"must be an object or a list, not {type(obj).__name__}",
        f"必须是对象或列表，不能是 {type(obj).__name__}",
    )


def parse_structured(obj: Any, max_chars: int, max_objectives: int) -> Draft:
    """Validate structured input and turn it into a Draft over its canonical text."""
    objectives_in, root, timeframe_in = _objectives_of(obj)
    if not objectives_in:
        raise InputError(
            "no_objective",
            f"{root} is empty. Give at least one objective, e.g. "
            '{"objectives": [{"text": "Delight our customers", '
            '"key_results": [{"text": "Raise NPS from 30 to 45"}]}]}',
            # the JSON's own advice, not the pasted draft's "目标：" lines (decision 5252)
            f"{root} 是空的。请至少给出一个目标，例如 "
            '{"objectives": [{"text": "本季度让客户爱上我们的服务", '
            '"key_results": [{"text": "NPS 从 30 提升到 45"}]}]}',
        )
    if len(objectives_in) > max_objectives:
        raise InputTooLarge(
            "too_many_objectives",
            f"the draft has {len(objectives_in)} objectives; the limit is {max_objectives}.",
            f"草稿有 {len(objectives_in)} 个目标，上限是 {max_objectives}。请一次评审一个团队的OKR。",
        )
    render = _Renderer()
    objectives: list[Item] = []
    for i, node in enumerate(objectives_in):
        path = f"{root}[{i}]"
        _check_node(node, path)
        o_text = _text(node, path, _TEXT_KEYS)
        lang = detect_language(o_text, "en")
        label = f"目标{i + 1}：" if lang == "zh" else f"Objective {i + 1}: "
        if i:
            render.blank()
        o = Item(
            kind="objective",
            id=f"o{i + 1}",
            text=o_text,
            offsets=render.line(label, o_text),
            language=lang,
            label=label.strip(),
        )
        o.extra["given"] = _given(node, path, lang, objective=True)
        krs, kr_root = _key_results(node, path)
        for j, kr_node in enumerate(krs):
            kpath = f"{kr_root}[{j}]"
            _check_node(kr_node, kpath)
            k_text = _text(kr_node, kpath, _KR_TEXT_KEYS)
            k_lang = detect_language(k_text, lang)
            k_label = f"关键结果{j + 1}：" if k_lang == "zh" else f"KR{j + 1}: "
            kr = Item(
                kind="kr",
                id=f"{o.id}.kr{j + 1}",
                text=k_text,
                offsets=render.line(k_label, k_text),
                language=k_lang,
                label=k_label.strip(),
                objective=o,
            )
            kr.extra["given"] = _given(kr_node, kpath, k_lang, objective=False)
            if isinstance(kr_node, Mapping) and kr_node.get("previous_target") is not None:
                prev = kr_node["previous_target"]
                if isinstance(prev, bool) or not isinstance(prev, int | float | str):
                    raise _fail(
                        f"{kpath}.previous_target",
                        "must be a number or a string",
                        "必须是数字或字符串",
                    )
                kr.extra["previous_target"] = prev
            o.key_results.append(kr)
        objectives.append(o)
    text = render.text()
    validate_text(text, max_chars)
    draft = Draft(text=text, objectives=objectives, language=_language(objectives))
    draft.structured = True
    if timeframe_in is not None:
        if not isinstance(timeframe_in, str) or not timeframe_in.strip():
            raise _fail(
                "timeframe",
                "must be a non-empty string such as '2026 Q3'",
                "必须是 '2026 Q3' 这样的非空字符串",
            )
        found = find_timeframe(timeframe_in, detect_language(timeframe_in, draft.language))
        if found is None:
            raise _fail(
                "timeframe",
                f"({timeframe_in!r}) is not a period I can read, e.g. 'Q3'",
                f"（{timeframe_in!r}）不是能读懂的周期，例如 'Q3'",
            )
        draft.timeframe = found[0].model_copy(update={"span": None, "text": timeframe_in.strip()})
    return draft


def _given(node: Any, path: str, lang: str, objective: bool) -> dict[str, object]:
    """The annotations the structure states, to apply over what the text says."""
    given: dict[str, object] = {}
    owner = _opt_str(node, "owner", path)
    if owner is not None:
        given["owner"] = owner
    deadline = _deadline(node, path, lang)
    if deadline is not None:
        given["deadline"] = deadline
        given["deadline_span"] = None
    priority = _priority(node, path)
    if priority is not None:
        given["priority"] = priority
    if objective:
        level = _level(node, path)
        if level is not None:
            given["level"] = level
        parent = _opt_str(node, "parent", path)
        if parent is not None:
            given["parent"] = parent
    return given


def _language(objectives: list[Item]) -> str:
    weight = {"zh": 0.0, "en": 0.0}
    for o in objectives:
        for it in [o, *o.key_results]:
            weight[it.language] += len(it.text) * (3 if it.language == "zh" else 1)
    return "zh" if weight["zh"] >= weight["en"] else "en"
