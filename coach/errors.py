"""Typed errors for input the coach cannot review."""

from __future__ import annotations

import re
from typing import Literal

InputErrorCode = Literal[
    "empty",
    "no_objective",
    "too_long",
    "too_many_objectives",
    "too_many_key_results",
    "binary",
    "invalid_structure",
    "bad_option",
    "no_grades",
    "no_checkin",
]


class OKRCoachError(Exception):
    """Base class of every error the library raises on purpose."""


# What each kind of input error means, in Chinese: the message of an error raised without its
# own Chinese wording (its English one names the details).
CODE_ZH: dict[str, str] = {
    "empty": "草稿是空的。请粘贴一个目标和它的关键结果，例如：\n目标：本季度让客户爱上我们的服务\n关键结果1：NPS 从 30 提升到 45",
    "no_objective": "没有找到目标。请把每个目标单独写一行，以“目标：”或“O:”开头，关键结果以“关键结果1：”或“KR1:”开头。",
    "too_long": "草稿太长了。请一次评审一个团队的OKR。",
    "too_many_objectives": "目标太多了。请一次评审一个团队的OKR。",
    "too_many_key_results": "关键结果太多了。请一次评审一个团队的OKR。",
    "binary": "草稿里有控制字符或二进制内容。请粘贴纯文本。",
    "invalid_structure": "输入的结构不对，无法评审。",
    "bad_option": "选项的值不对。",
    "no_grades": "没有找到评分。",
    "no_checkin": "没有找到周报内容。",
}


def zh_fallback(code: str, message: str) -> str:
    """The Chinese message of an error raised without its own Chinese wording: what its code
    means, then the English message's detail (tester31: "select: 'nope' matches no rule id"
    became only "选项的值不对。", losing which value and why)."""
    generic = CODE_ZH[code]
    detail = message.partition("\n")[0].strip()  # an English example after it is left out
    if code in _SELF_SUFFICIENT or not detail:
        return generic
    return f"{generic}\n（详情：{detail}）"


# Codes whose Chinese meaning says all a person needs (with an example): no English after it.
_SELF_SUFFICIENT = frozenset({"empty", "no_objective"})


class InputError(OKRCoachError, ValueError):
    """The input cannot be reviewed. `code` says why, `str(err)` says it to a person.

    The message is given in both languages (`messages`, {"en": …, "zh": …}); `str(err)` is the
    one chosen with `in_language` (the interface language, else the draft's), English until
    then. An error raised without its own Chinese wording says what its code means."""

    def __init__(self, code: InputErrorCode, message: str, message_zh: str | None = None) -> None:
        super().__init__(message)
        self.code: InputErrorCode = code
        self.messages: dict[str, str] = {
            "en": message,
            "zh": message_zh or zh_fallback(code, message),
        }
        self.message = message
        # the language `message` was chosen in; None until `in_language` names one (an empty
        # draft names none: a service then says it in the client's Accept-Language, tester33)
        self.language: str | None = None

    def in_language(self, lang: str | None) -> InputError:
        """This error, saying it in `lang` ('zh' or 'en'; anything else: English)."""
        self.language = lang if lang in self.messages else None
        self.message = self.messages.get(lang or "en", self.messages["en"])
        self.args = (self.message,)
        return self

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        # picklable (a process pool sends errors back), whatever the subclass
        return (type(self), (self.code, self.messages["en"], self.messages["zh"]))


class InputTooLarge(InputError):
    """The input is over a configured size limit."""


class ConfigError(OKRCoachError, ValueError):
    """A configuration file, option or rule selection is wrong.

    `message_zh` says it in Chinese where the raiser gave it (the service answers a Chinese
    client with it, decision 5252); else the Chinese is the code's meaning and the English
    detail (`zh_fallback`)."""

    def __init__(self, message: str, message_zh: str | None = None) -> None:
        super().__init__(message)
        self.message_zh = message_zh or zh_fallback("bad_option", message)


class DataFileError(OKRCoachError, ValueError):
    """A shipped or user word list is malformed; the message names the file and line."""


# Chinese characters and punctuation, as a GBK text decodes to.
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def reads_as_gbk(raw: bytes) -> bool:
    """Whether bytes that are no UTF-8 read as Chinese in GBK: what they decode to beyond
    ASCII is Chinese characters or punctuation, and they are a good share of the text. A
    Latin-1 "café" (one byte 0xe9 at the end) is no GBK; a Latin-1 "Müller, Straße" decodes to
    two stray characters among Latin letters; "Ä¿±ê£º" is "目标：" (tester40; the CLI's file
    since tester41)."""
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return False
    beyond = [c for c in text if not c.isascii()]
    cjk = sum(1 for c in beyond if _CJK.match(c))
    shown = sum(1 for c in text if not c.isspace())
    return cjk >= 2 and cjk >= 0.8 * len(beyond) and cjk >= 0.3 * shown
