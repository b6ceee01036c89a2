"""A LanguageTool-compatible face: `GET /v2/languages` and `POST /v2/check`.

Existing LanguageTool clients (editor plug-ins, `language_tool_python`, browser add-ons) can use
the coach as their server. LanguageTool counts offsets in UTF-16 code units (Java strings); the
coach counts Unicode code points, so every offset is converted here and only here. With
annotated input (`data=`), offsets refer to the annotated document, markup included, as
LanguageTool's do.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field

import rules
from coach import __version__
from coach.errors import InputError, reads_as_gbk
from coach.other_language import OtherLanguage, other_language
from coach.rule_api import Rule
from coach.text import to_simplified
from coach.types import Finding, Review
from service.schemas import ZH_TAGS

# (name, code, longCode); longCode is what clients such as language_tool_python pass back.
LANGUAGES: tuple[tuple[str, str, str], ...] = (
    ("Chinese", "zh", "zh-CN"),
    ("English (US)", "en", "en-US"),
    ("English (GB)", "en", "en-GB"),
    ("English (Australian)", "en", "en-AU"),
    ("English (Canadian)", "en", "en-CA"),
    ("English (New Zealand)", "en", "en-NZ"),
    ("English (South African)", "en", "en-ZA"),
    ("English", "en", "en"),
    ("Chinese", "zh", "zh"),
    ("Chinese (Traditional, Taiwan)", "zh", "zh-TW"),
    ("Chinese (Traditional, Hong Kong)", "zh", "zh-HK"),
)

CATEGORY_IDS = {"objective": "OKR_OBJECTIVE", "kr": "OKR_KEY_RESULT", "set": "OKR_SET"}
CATEGORY_NAMES = {
    "objective": {"zh": "OKR 目标", "en": "OKR objective"},
    "kr": {"zh": "OKR 关键结果", "en": "OKR key result"},
    "set": {"zh": "OKR 整体", "en": "OKR set"},
}

SEVERITY_WORDS = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "hint"},
}
CONTEXT_CHARS = 40


def utf8_sent_raw(value: str | None) -> str | None:
    """A form field whose UTF-8 bytes came unescaped (`curl -d "text=目标：…"`), as the text they
    spell. Starlette reads such bytes one Latin-1 character each, so "目标" arrived as six
    characters, two of them C1 controls, and was refused as binary (tester39); LanguageTool's
    own server reads the form as UTF-8. Only a value wholly in Latin-1 whose bytes are valid
    UTF-8 is read again: a percent-escaped "café" ("caf%C3%A9" → "café") is no valid UTF-8 as
    Latin-1 bytes and stays as it is."""
    if value is None or value.isascii():
        return value
    try:
        raw = value.encode("latin-1")
    except UnicodeEncodeError:
        return value
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        if _reads_as_gbk(raw):
            # raw GBK bytes were read as Latin-1 ("目标" as "Ä¿±ê") and checked as gibberish
            # with no matches (tester39's finding; tester40): say the text is unreadable, as a
            # percent-escaped GBK text is told
            raise _not_utf8(raw, e.start, gbk=True) from None
        return value


def _not_utf8(raw: bytes, start: int, gbk: bool) -> InputError:
    """The "binary" error naming the first byte that is no UTF-8 (of the field read as GBK, or
    of the request's body)."""
    byte = raw[start : start + 1].hex()
    if gbk:
        return InputError(
            "binary",
            f"the text is not UTF-8 (byte 0x{byte} at offset {start}; it reads as GBK): "
            "send it as UTF-8 (convert a text in GBK or another encoding first)",
            f"文本不是 UTF-8 编码（第 {start + 1} 个字节 0x{byte}，看起来是 GBK）："
            "请用 UTF-8 发送（GBK 等编码的文本请先转换成 UTF-8）。",
        )
    return InputError(
        "binary",
        f"the request body is not UTF-8 text (byte 0x{byte} at offset {start}): send the form "
        "encoded in UTF-8 (convert a text in GBK or another encoding first)",
        f"请求体不是 UTF-8 文本（第 {start + 1} 个字节 0x{byte}）：表单要用 UTF-8 编码发送"
        "（GBK 等编码的文本请先转换成 UTF-8）。",
    )


def raw_form_is_utf8(raw: bytes | None, *values: str | None) -> None:
    """Raise the "binary" input error when a form's bytes, as they came, are neither UTF-8 nor
    plain Latin-1 text (`values`: the form's fields as the parser decoded them). The parser
    reads raw bytes one Latin-1 character each, which a Latin-1 client's "café" wants (tester40's
    test: still checked); but raw UTF-8 with a stray byte ("目标：" then 0xFF) was refused
    for a C1 control character it never sent, and percent-escaped UTF-8 beside raw bytes
    ("%E7%9B%AE" then 0xFF 0xFE) was answered 200 with no match, where /v1/review names the
    byte (tester46, decision 6784). Bytes that read as GBK keep utf8_sent_raw's message."""
    if raw is None:
        return
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        if _reads_as_gbk(raw):
            return  # utf8_sent_raw says it of the field, naming GBK
        c1 = any(0x80 <= b <= 0x9F for b in raw)  # no Latin-1 text holds C1 controls
        mixed = any(ord(c) > 0xFF for v in values if v for c in v)  # escaped UTF-8 beside
        if c1 or mixed:
            raise _not_utf8(raw, e.start, gbk=False) from None


# Whether bytes that are no UTF-8 read as Chinese in GBK: coach/errors.py (the CLI says the same
# of a file; tester41).
_reads_as_gbk = reads_as_gbk


def utf16_prefix(text: str) -> list[int]:
    """prefix[i] = UTF-16 code units in text[:i] (a character above U+FFFF takes two)."""
    prefix = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        n += 2 if ord(ch) > 0xFFFF else 1
        prefix[i + 1] = n
    return prefix


def code_language(language: str) -> Literal["auto", "zh", "en"]:
    """A LanguageTool language code ('auto', 'zh-CN', 'en-US', 'en') as the coach's."""
    code = language.strip().replace("_", "-").lower()
    if code == "auto":
        return "auto"
    base = code.split("-", 1)[0]
    if base == "zh" and (code == "zh" or code in ZH_TAGS):
        return "zh"  # zh-TW, zh-HK, zh-Hant too: the Chinese review (decision 6234)
    if base == "en":
        return "en"
    supported = ", ".join(sorted({"auto", *(c for _, _, c in LANGUAGES)}))
    raise InputError(
        "bad_option",
        f"language {language!r} is not supported; use one of: {supported}",
        f"不支持语言 {language!r}；可用的有：{supported}。",
    )


@dataclass
class AnnotatedText:
    """Plain text to review, and the way back to offsets in the original document."""

    plain: str
    original: str
    starts: list[int]  # per plain char: its start in `original` (code points)
    ends: list[int]  # per plain char: its end in `original`

    @classmethod
    def from_text(cls, text: str) -> AnnotatedText:
        n = len(text)
        return cls(text, text, list(range(n)), list(range(1, n + 1)))

    @classmethod
    def from_data(cls, data: str) -> AnnotatedText:
        """LanguageTool's `data` parameter: {"annotation": [{"text": …}, {"markup": …,
        "interpretAs": …}]}. Markup is kept out of the review; `interpretAs` stands in for it
        (e.g. "\\n\\n" for a paragraph tag)."""
        try:
            doc = json.loads(data)
        except json.JSONDecodeError as e:
            raise InputError(
                "invalid_structure",
                f"data is not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})",
                f"data 不是合法的 JSON（第 {e.lineno} 行第 {e.colno} 列：{e.msg}）。",
            ) from None
        except ValueError:  # Python refuses to read an integer of more than 4,300 digits
            raise InputError(
                "invalid_structure",
                "data is not usable JSON: a number in it is too long",
                "data 这段 JSON 无法使用：里面有一个数字太长。",
            ) from None
        except RecursionError:
            raise InputError(
                "invalid_structure",
                "data is not usable JSON: nested too deeply",
                "data 这段 JSON 无法使用：嵌套太深。",
            ) from None
        parts = doc.get("annotation") if isinstance(doc, dict) else None
        if not isinstance(parts, list):
            raise InputError(
                "invalid_structure",
                'data must be {"annotation": [{"text": ...}, ...]}',
                'data 必须是 {"annotation": [{"text": ...}, ...]} 这样的结构。',
            )
        plain: list[str] = []
        original: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for i, part in enumerate(parts):
            if not isinstance(part, dict):
                raise InputError(
                    "invalid_structure",
                    f"annotation[{i}] must be an object",
                    f"annotation[{i}] 必须是对象。",
                )
            text, markup = part.get("text"), part.get("markup")
            if isinstance(text, str) and markup is None:
                plain.append(text)
                original.append(text)
                starts.extend(range(pos, pos + len(text)))
                ends.extend(range(pos + 1, pos + len(text) + 1))
                pos += len(text)
            elif isinstance(markup, str) and text is None:
                stand_in = part.get("interpretAs", "")
                if not isinstance(stand_in, str):
                    raise InputError(
                        "invalid_structure",
                        f"annotation[{i}].interpretAs must be a string",
                        f"annotation[{i}].interpretAs 必须是字符串。",
                    )
                plain.append(stand_in)
                original.append(markup)
                starts.extend([pos] * len(stand_in))
                ends.extend([pos + len(markup)] * len(stand_in))
                pos += len(markup)
            else:
                raise InputError(
                    "invalid_structure",
                    f"annotation[{i}] must have either a 'text' or a 'markup' string",
                    f"annotation[{i}] 必须有一个字符串的 'text' 或 'markup'（只能有其中一个）。",
                )
        return cls("".join(plain), "".join(original), starts, ends)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        n = len(self.plain)
        if n == 0:
            return 0, 0
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        o_start = self.starts[start] if start < n else self.ends[n - 1]
        o_end = self.ends[end - 1] if end > start else o_start
        return o_start, o_end


class LTCategory(BaseModel):
    id: str
    name: str


class LTRule(BaseModel):
    id: str
    description: str
    issueType: str
    category: LTCategory


class LTContext(BaseModel):
    text: str
    offset: int = Field(description="UTF-16 code units into `text`.")
    length: int = Field(description="UTF-16 code units.")


class LTReplacement(BaseModel):
    value: str


class LTType(BaseModel):
    typeName: str


class LTMatch(BaseModel):
    message: str
    shortMessage: str
    replacements: list[LTReplacement]
    offset: int = Field(description="UTF-16 code units into the checked text.")
    length: int = Field(description="UTF-16 code units.")
    context: LTContext
    sentence: str
    type: LTType
    rule: LTRule
    ignoreForIncompleteSentence: bool = False
    contextForSureMatch: int = 0


class LTSoftware(BaseModel):
    name: str = "okr-coach"
    version: str = __version__
    buildDate: str | None = None
    apiVersion: int = 1
    premium: bool = False
    status: str = ""


class LTDetected(BaseModel):
    name: str
    code: str
    confidence: float


class LTLanguage(BaseModel):
    name: str
    code: str
    detectedLanguage: LTDetected


class LTWarnings(BaseModel):
    incompleteResults: bool = False


class LTCheckResponse(BaseModel):
    software: LTSoftware = Field(default_factory=LTSoftware)
    warnings: LTWarnings = Field(default_factory=LTWarnings)
    language: LTLanguage
    matches: list[LTMatch]


class LTLanguageInfo(BaseModel):
    name: str
    code: str
    longCode: str


def languages() -> list[LTLanguageInfo]:
    return [LTLanguageInfo(name=n, code=c, longCode=lc) for n, c, lc in LANGUAGES]


_LONG_CODE = {"zh": "zh-CN", "en": "en-US"}
_NAME = {"zh": "Chinese", "en": "English (US)"}


# A text whose main script weighs this share or more is plainly in its language: a language code
# that says otherwise is an editor's default, not the writer's choice (decision 1980).
CERTAIN = 0.8


# A text in a language the coach does not review (coach.other_language) is named in
# `detectedLanguage` by LanguageTool's code for it, as LanguageTool's own detection does: a client
# that compares it with `language` sees that the text was checked as another language (tester33).
# "zz" is LanguageTool's code for a text in no language it knows.
_OTHER_CODE = {"de": "de-DE", "pt": "pt-PT", "ja": "ja-JP", None: "zz"}


def other_detected(other: OtherLanguage, confidence: float) -> LTDetected:
    """`detectedLanguage` for a text mostly in neither Chinese nor English."""
    code = _OTHER_CODE.get(other.code, other.code) or "zz"
    return LTDetected(name=other.name_en, code=code, confidence=confidence)


# A Chinese text is in traditional characters when this share of its CJK characters or more have
# a simplified form of their own (decision 6383); a simplified text has next to none.
TRADITIONAL_SHARE = 0.1


def traditional_code(text: str, requested: str) -> str | None:
    """LanguageTool's code for a Chinese text written in traditional characters: the request's
    own zh-HK (or zh-MO, zh-Hant-HK) where it names Hong Kong or Macau, else zh-TW; None for a
    text in simplified characters (decision 6383: "負責人" is no zh-CN text)."""
    cjk = _CJK.findall(text)
    if not cjk:
        return None
    plain = "".join(cjk)
    changed = sum(a != b for a, b in zip(plain, to_simplified(plain), strict=False))
    if changed < max(1, TRADITIONAL_SHARE * len(plain)):
        return None
    asked = requested.replace("_", "-").lower()
    return "zh-HK" if re.search(r"-(?:hk|mo)(?:-|$)", asked) else "zh-TW"


_CJK = re.compile(r"[\u4e00-\u9fff]")


def language_block(
    requested: str,
    detected: str,
    confidence: float = 1.0,
    other: OtherLanguage | None = None,
    text: str = "",
) -> LTLanguage:
    """`language`: the one asked for ('auto': the detected one, the language checked in);
    `detectedLanguage`: the text's, with the main script's share of the text as its confidence
    (a third language's own name and code when the text is in one; zh-TW or zh-HK for Chinese
    in traditional characters, decision 6383)."""
    long_code, name = _LONG_CODE[detected], _NAME[detected]
    if detected == "zh":
        trad = traditional_code(text, requested)
        if trad is not None:
            long_code = trad
            name = next(n for n, _, lc in LANGUAGES if lc == trad)
    shown = requested if requested != "auto" else long_code
    asked = code_language(shown)
    shown_name = next(
        (n for n, _, lc in LANGUAGES if lc.lower() == shown.lower()),
        _NAME[asked] if asked != "auto" else name,
    )
    return LTLanguage(
        name=shown_name,
        code=shown,
        detectedLanguage=(
            LTDetected(name=name, code=long_code, confidence=confidence)
            if other is None
            else other_detected(other, confidence)
        ),
    )


def rule_selection(
    rule_ids: list[str], enabled: str | None, disabled: str | None, enabled_only: bool
) -> tuple[list[str] | None, list[str]]:
    """select/ignore for review() from LanguageTool's comma-separated rule lists.

    Ids may be written as the catalog's ('kr-is-task') or LanguageTool-style ('KR_IS_TASK').
    Unknown ids are ignored, as LanguageTool does."""

    def ids(value: str | None) -> list[str]:
        wanted = [v.strip().lower().replace("_", "-") for v in (value or "").split(",")]
        return [rules.resolve(w) for w in wanted if w]

    known = set(rule_ids)
    enabled_ids = [i for i in ids(enabled) if i in known]
    disabled_ids = [i for i in ids(disabled) if i in known]
    if enabled_only:
        if not ids(enabled):
            raise InputError(
                "bad_option",
                "enabledOnly=true needs enabledRules",
                "enabledOnly=true 时要用 enabledRules 给出要检查的规则。",
            )
        return enabled_ids, disabled_ids
    return None, disabled_ids


def _context(plain: str, start: int, end: int) -> LTContext:
    """Up to CONTEXT_CHARS characters each side, on one line, '...' where cut."""
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(plain), end + CONTEXT_CHARS)
    head = "..." if lo > 0 else ""
    tail = "..." if hi < len(plain) else ""
    text = (head + plain[lo:hi] + tail).replace("\r", " ").replace("\n", " ")
    pre = utf16_prefix(text)
    c_start = len(head) + (start - lo)
    c_end = len(head) + (end - lo)
    return LTContext(text=text, offset=pre[c_start], length=pre[c_end] - pre[c_start])


def _sentence(plain: str, start: int) -> str:
    line_start = plain.rfind("\n", 0, start) + 1
    line_end = plain.find("\n", start)
    return plain[line_start : line_end if line_end >= 0 else len(plain)].strip()


def _replacements(
    finding: Finding, plain: str, item_spans: dict[str, tuple[int, int]]
) -> tuple[int, int, list[LTReplacement]]:
    """The match's range and replacement values: each suggestion's edits applied to the
    flagged text. A suggestion whose edits reach outside the flagged span widens the match,
    but never beyond the item it belongs to; otherwise it is left out."""
    start, end = finding.span.start, finding.span.end
    limit = item_spans.get(finding.target, (start, end))
    usable = []
    for s in finding.suggestions:
        if not s.edits or s.asks:
            continue  # a question is read, not applied as a replacement
        lo = min(start, *(e.start for e in s.edits))
        hi = max(end, *(e.end for e in s.edits))
        if lo >= min(start, limit[0]) and hi <= max(end, limit[1]):
            usable.append((lo, hi, s))
    if not usable:
        return start, end, []
    lo = min(u[0] for u in usable)
    hi = max(u[1] for u in usable)
    values: list[LTReplacement] = []
    for _, _, s in usable:
        out = plain[lo:hi]
        for e in sorted(s.edits, key=lambda e: (e.start, e.end), reverse=True):
            out = out[: e.start - lo] + e.replacement + out[e.end - lo :]
        if out != plain[lo:hi]:
            values.append(LTReplacement(value=out))
    return lo, hi, values


def matches(review: Review, text: AnnotatedText) -> list[LTMatch]:
    registry = rules.registry()
    item_spans: dict[str, tuple[int, int]] = {}
    for o in review.objectives:
        item_spans[o.id] = (o.span.start, o.span.end)
        for kr in o.key_results:
            item_spans[kr.id] = (kr.span.start, kr.span.end)
    orig16 = utf16_prefix(text.original)
    out: list[LTMatch] = []
    # The labels around a message (its short message, the rule's description, the category) are
    # in the message's language: the review's, one for a whole mixed draft (decision 6544).
    lang = review.ui_language if review.ui_language in SEVERITY_WORDS else review.language
    for f in review.findings:
        rule: Rule | None = registry.get(f.rule_id)
        target = rule.target if rule is not None else ("set" if f.target == "set" else "kr")
        start, end, replacements = _replacements(f, text.plain, item_spans)
        o_start, o_end = text.to_original(start, end)
        out.append(
            LTMatch(
                message=f.message,
                shortMessage=f"{CATEGORY_NAMES[target][lang]} · {SEVERITY_WORDS[lang][f.severity]}",
                replacements=replacements,
                offset=orig16[o_start],
                length=orig16[o_end] - orig16[o_start],
                context=_context(text.plain, start, end),
                sentence=_sentence(text.plain, start),
                type=LTType(typeName="Hint" if f.severity == "info" else "Other"),
                rule=LTRule(
                    id=f.rule_id,
                    description=rule.principle[lang] if rule is not None else f.rule_id,
                    issueType=rule.issue_type if rule is not None else "uncategorized",
                    category=LTCategory(id=CATEGORY_IDS[target], name=CATEGORY_NAMES[target][lang]),
                ),
            )
        )
    return out


def check_response(
    review: Review | None,
    text: AnnotatedText,
    requested_language: str,
    detected: str,
    confidence: float = 1.0,
) -> dict[str, Any]:
    found = matches(review, text) if review is not None else []
    # LanguageTool's way to say that not every match is listed: the output caps left some out.
    incomplete = review is not None and review.truncated is not None
    # the review's own unsupported_language warning decides, so that both answers agree
    other = other_language(text.plain) if review is None or review.warnings else None
    return LTCheckResponse(
        language=language_block(requested_language, detected, confidence, other, text.plain),
        matches=found,
        warnings=LTWarnings(incompleteResults=incomplete),
    ).model_dump()
