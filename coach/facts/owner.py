"""Who owns an item: "（负责人：张三）", "Owner: Alice", "@bob", "由张三负责", a trailing "（张三）".

`find_owner(text)` reads the owner of one item (its name and local span); `names_owner(text)`
says whether a line (a heading) names an owner in an explicit form ("负责人：张三",
"(owner: Alice)"), which is what a heading needs to give every item an owner.
"""

from __future__ import annotations

import re

# Common Chinese surnames: a bare name in brackets at the end ("（张三）") counts as an owner only
# when it starts with one, so "（微博）" or "（试点）" is not read as a person.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞"
    "姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
)

_NAME = (
    r"(?:[\u4e00-\u9fff·]{1,10}"
    r"|[A-Za-z][\w.'’\-]{0,20}(?: [A-Z][\w.'’\-]{0,20}){0,2})"
)
_OWNER_WORD = r"(?:负责人|责任人|负责|owner|owned by|dri|assignee|accountable)"
_OWNER_PATTERNS = (
    # （负责人：张三） / (owner: Alice) / (DRI Bob)
    re.compile(rf"[（(]\s?{_OWNER_WORD}\s?[:：]?\s?(?P<name>{_NAME})\s?[）)]", re.I),
    # 负责人：张三 / Owner: Alice / DRI: Bob, anywhere after a break
    re.compile(
        rf"(?:^|(?<=[\s，,;；。.、|｜\-–—]))(?:{_OWNER_WORD})\s?[:：]\s?(?P<name>{_NAME})", re.I
    ),
    # @alice / @张三
    re.compile(r"(?<![\w.@])@(?P<name>[A-Za-z0-9_][\w.\-]{0,30}|[\u4e00-\u9fff]{2,4})"),
    # 由张三负责
    re.compile(r"由(?P<name>[\u4e00-\u9fff]{2,4})负责"),
)
# （张三） at the very end: a person's name by its surname.
_TRAILING_NAME_RE = re.compile(r"[（(]\s?(?P<name>[\u4e00-\u9fff]{2,4})\s?[）)][\s。.]*$")

# The explicit forms (a label word before the name).
_EXPLICIT = _OWNER_PATTERNS[:2]


def _is_person(name: str) -> bool:
    return name[:1] in _SURNAMES or name.startswith(_COMPOUND_SURNAMES)


def find_owner(text: str) -> tuple[str, tuple[int, int]] | None:
    """The owner named in an item's text and the local span of the annotation, or None."""
    for pattern in _OWNER_PATTERNS:
        m = pattern.search(text)
        if m:
            name = m.group("name").strip(" .·'’-")
            if name:
                return name, (m.start(), m.end())
    m = _TRAILING_NAME_RE.search(text)
    if m and m.start() > 0 and _is_person(m.group("name")):
        return m.group("name"), (m.start(), m.end())
    return None


def names_owner(text: str) -> bool:
    """Whether `text` names an owner explicitly ("负责人：张三", "(owner: Alice)"), not by a
    bare name in brackets or an @mention."""
    return any(p.search(text) for p in _EXPLICIT)
