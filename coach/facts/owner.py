"""Who owns an item: "（负责人：张三）", "Owner: Alice", "@bob", "由张三负责", a trailing "（张三）",
"（小雅负责）", "（车间主任 老赵）", "(Priya)", "(CX team)", "- Sam".

`find_owner(text)` reads the owner written on one item (its name and local span);
`prefix_owner(prefix)` says whether the words before an item's colon ("AE team:", "生产部 老赵：",
"Reno (Dana):") name who owns it; `team_subject(text)` whether a team is the item's subject
("Implementation team cuts …", "内容组全员…"); `heading_owner(text)` whether a heading names
whose items these are (a person or a role, not a team: docs/principles.md decisions 12–14);
`names_owner(text)` whether a line names an owner in an explicit form ("负责人：张三",
"(owner: Alice)").

The words that make an owner are data: given names (`given_names`), roles and teams
(`owner_roles`, `owner_suffixes`, `owner_functions`) under coach/facts/data/.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from coach.facts.needs import fold_case, look, needed
from coach.text import has_cjk
from coach.wordlists import data_dirs, mapping, word_set, words

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
    r"(?:[\u4e00-\u9fff·]{1,10}(?: [\u4e00-\u9fff]{1,4}(?=\s?[）)]))?"
    # "Owner: @rafa" too; an initial before a surname is one word with it: "Lead: Charge Nurse
    # R. Okafor" names R. Okafor, not "Charge Nurse R" (decision 2406)
    r"|@?[A-Za-z][\w.'’\-]{0,20}(?: (?:[A-Z]\.[ ]?(?=[A-Z][a-z]))?[A-Z][\w.'’\-]{0,20}){0,2})"
)
_OWNER_WORD = (
    # "（总负责：组委会秘书长 黄涛）", "（总牵头：基建办 周强）": who leads the whole objective owns
    # it (decision 4872, lead ruling c of round 33)
    r"(?:总负责人|总负责|总牵头|负责部门|责任部门|负责团队|牵头部门|主责部门|责任单位|负责单位|负责人|责任人|负责|执行人|跟进人|牵头人|主责人|承接人|对接人|主R|"
    # "（分管：调度中心主任 陈建国）", "（分管领导：王园长）": the leader in charge of an objective
    # owns it as a lead does, and its key results inherit it (decision 4520)
    r"分管领导|主管领导|分管|owner|owned by|led by|driven by|dri|"
    r"assignee|accountable|responsible|lead|coordinator|point person|"
    # "(resp. Ms. Ferrari)", "Resp.: Jordi Puig": the European drafts' short "responsible"
    # (decision 3203)
    r"resp\.?)"
)
_OWNER_PATTERNS = (
    # （负责人：张三） / (owner: Alice) / (DRI Bob)
    # ("负责" never stops short of the 人 of "负责人": "【负责人】" is a label, not an owner 人.)
    # (A Latin owner word ends at a word's end: "(leading indicator)", "(leadership team)" name
    # no lead; decision 415.)
    re.compile(
        rf"[（(【\[]\s?{_OWNER_WORD}(?!人)(?![a-z])\s?[:：]?\s?(?P<name>{_NAME})\s?[）)】\]]", re.I
    ),
    # "(coach: @kenji)", "(Coach: Maria Lopez)": a team's coach, in brackets with a colon, owns
    # as a lead does (decision 1375); not "for lack of a coach: no more than 2" (no bracket)
    re.compile(rf"[（(【\[]\s?coach\s?[:：]\s?(?P<name>{_NAME})\s?[）)】\]]", re.I),
    # 【负责人】张伟 / [Owner] Alice: the label in brackets, the name after it (decision 303).
    re.compile(
        r"[【\[]\s?(?:负责人|责任人|执行人|owner)\s?[】\]]\s?[:：]?\s?"
        r"(?P<name>[\u4e00-\u9fff·]{2,10}(?=[\s，,；;。|｜)）]|$)|[A-Za-z][\w.'’\-]{0,20})",
        re.I,
    ),
    # 负责人：张三 / Owner: Alice / DRI: Bob, anywhere after a break
    re.compile(
        rf"(?:^|(?<=[\s，,;；。.、|｜\-–—（(【\[]))(?:{_OWNER_WORD}|执行|跟进|主责|牵头)\s?[:：]\s?(?P<name>{_NAME})",
        re.I,
    ),
    # "— owner @tomasz", "DRI @mei": an owner word, then a handle with no colon between; the
    # "@" marks the person (decision 2418)
    re.compile(
        r"(?:^|(?<=[\s,;(\[—–-]))(?:owner|dri|assignee|owned by|led by)\s+(?P<name>@[A-Za-z][\w.\-]{1,30})"
        r"(?=\s*(?:$|[)\],;|—–]|-\s))",
        re.I,
    ),
    # "… 责任人 李娜" at the end: a long label and a name with a space, no colon; also after a
    # comma, and with 为 or 是 between ("…，负责人为钱芳", "…；责任人是孙立": decision 5407)
    re.compile(
        rf"(?:^|(?<=[\s，,；;。]))(?:负责人|责任人|执行人)(?:\s{{1,3}}|\s?[为是]\s?)(?P<name>{_NAME})\s*$"
    ),
    # @alice / @张三; "负责人@周敏" as Feishu writes a mention after its label (decision 1276);
    # glued to Chinese wording, "…资源投入的方向@产品部门" (decision 1393): only Latin letters or
    # digits before the @ make it an address
    re.compile(
        r"(?:(?:负责人|责任人|执行人)\s?|(?<![A-Za-z0-9_.@]))@"
        # "@mentions", "@here", "@channel": a chat's notices, not a person (decision 2501)
        r"(?!(?:mentions?|here|channel)(?![\w.\-]))"
        # "… @10.15", "@9/30": a month and a day after the @, the date it is due (decision 4286)
        r"(?!(?:(?:20\d\d[./-])?(?:1[0-2]|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])|20\d\d[./-](?:1[0-2]|0?[1-9]))"
        r"(?![\w.\-/]))"
        # a Chinese mention runs to its end ("@各城市经理", "@培训负责人 马丽"; decision 1411);
        # without a verb of owning after it ("@张三跟进"); four characters when more text follows
        # it at once ("@张三跟进方案")
        r"(?P<name>[A-Za-z0-9_][\w.\-]{0,30}"
        # a Chinese nickname with Latin letters: "@阿May", "@小K" (decision 6667)
        # (not every holder of a role, "@各CSM": no one owner, lead ruling of round 41)
        r"|(?![各每全诸])[\u4e00-\u9fff]{1,2}[A-Za-z][A-Za-z0-9_.\-]{0,20}"
        r"|[\u4e00-\u9fff]{2,4}?(?=(?:负责|跟进|牵头|主责|主导)(?![\u4e00-\u9fff]))"
        r"|[\u4e00-\u9fff]{2,8}(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,4})"
    ),
    # 由张三负责
    re.compile(r"由(?!于)(?P<name>[\u4e00-\u9fff]{2,4})负责"),
    # "… / owner Priya K.", "… | DRI Sam" at the end, no colon; "👤 Priya", "🙋 王芳": a person
    # marker before a name (decision 1419)
    re.compile(
        r"(?:(?<=[/|｜—–])|(?<=[/|｜—–] )|(?<=\s-\s))(?:owner|dri)\s(?P<name>[A-Z][\w.'’\-]{0,20}"
        r"(?: [A-Z][\w.'’\-]{0,20}){0,2})\s*$",
        re.I,
    ),
    # "…, owner Jen", "…; DRI Marco": after a comma, a capitalised name (decision 4500)
    re.compile(
        # "…, led by Dana", "…; owned by Ravi Shah" too (decision 5413)
        r"(?<=[,;] )(?:[Oo]wner|DRI|(?:[Ll]ed|[Oo]wned) by)\s(?P<name>[A-Z][a-zà-öø-ÿ'’\-]{1,20}(?: [A-Z][\w.'’\-]{0,20}){0,2})"
        r"\s*$"
    ),
    re.compile(
        r"(?:👤|🙋|🧑‍💼|👩‍💼|👨‍💼)\s?(?P<name>[\u4e00-\u9fff·]{2,10}|[A-Z][\w.'’\-]{0,20}"
        r"(?: [A-Z][\w.'’\-]{0,20}){0,2})\s*$"
    ),
)
# A page component that shows a person ("<TeamMember name="Ana Ruiz" photo />", "<Person
# name='Li Wei'/>"), perhaps after a dash: a handbook site's way to name who owns an item.
_PERSON_ELEMENT_RE = re.compile(
    r"(?:\s?[-–—]{1,2}\s?)?<(?P<tag>[A-Za-z][\w.\-]{0,30})\b[^<>\n]{0,80}?\bname\s?=\s?"
    r"[\"'](?P<name>[^\"'<>\n]{2,60})[\"'][^<>\n]{0,80}?/?>"
)
_NAME_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]+)*\.?")
# Small words inside a surname ("Andre de Vries", "Ana van der Berg", "Luis da Silva"): lowercase,
# between capitalised words (decision 355).
_NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "ter",
        "ten",
        "le",
        "la",
        "bin",
        "al",
        "y",
    ]
)
# After a team component that owns the item: "owns"/"leads", a closing bracket or the end.
_TEAM_OWNS_AFTER_RE = re.compile(
    r"(?<!\s)\s*+(?:$|[)）\]]|(?:[,;]\s*+)?(?:owns?|leads?|drives?)\b)", re.I
)
# "Tim and James to have a point of view on this", "Ana will run the pilot": the people who open
# the item and what they are to do (decision 355).
_NAMES_TO_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:(?:,\s|\s(?:and|&|\+)\s)[A-Z][a-z]+){0,3})\s(?:to|will)\s[a-z]{2,}"
)
# A person who will drive the item, in a bracket closing it: "(Sam to drive)", "(Ana to own)",
# "(Kemi owns)", "(Marcus leading)", "(to be driven by Leo)" (decision 5587).
# ... and the verbs of arranging or seeing the work through: "(Mia to organise)", "(Tom to
# arrange)", "(Priya handling)" (decision 6594)
_DOER_VERBS = (
    r"lead|drive|own|run|coordinate|champion|manage|head|oversee"
    r"|organi[sz]e|arrange|handle|chase|deliver|facilitate|sort|action|plan|schedule"
)
_DOER_BRACKET_RE = re.compile(
    r"[(（]\s?(?:(?P<name>[A-Z][\w.'’\-]{0,20}(?:\s[A-Z][\w.'’\-]{0,20})?)\s"
    rf"(?:to\s(?:{_DOER_VERBS})(?:\s(?:it|this|them|out))?"
    r"|(?:leads|drives|owns|runs|coordinates|champions|manages|heads|oversees"
    r"|organi[sz]es|arranges|handles|chases|delivers|facilitates"
    r"|leading|driving|owning|running|coordinating|championing|managing|heading|overseeing"
    r"|organi[sz]ing|arranging|handling|chasing|delivering|facilitating))"
    r"|to\sbe\s(?:driven|led|owned|run|coordinated|championed|managed|overseen)\sby\s"
    r"(?P<name2>[A-Z][\w.'’\-]{0,20}(?:\s[A-Z][\w.'’\-]{0,20})?))\s?[)）][\s.。]{0,2}$"
)
# A page component that shows a team ("<SmallTeam slug="support" />", "<Team name="Billing"/>"):
# the team it names owns the item (decision 355).
_TEAM_ELEMENT_RE = re.compile(
    r"<(?P<tag>(?:[A-Z]\w{0,20})?Team)\b[^<>\n]{0,80}?\b(?:slug|name|team)\s?=\s?"
    r"[\"'](?P<name>[A-Za-z][\w\- ]{1,40})[\"'][^<>\n]{0,80}?/?>"
)


def person_element(text: str) -> re.Match[str] | None:
    """The first page component in `text` whose `name` is a person's name (decision 288):
    capitalised words, one of them a known given name unless there are two or more."""
    if "<" not in text:
        return None  # (a component opens with one; most texts hold none)
    for m in _PERSON_ELEMENT_RE.finditer(text):
        ws = m.group("name").split()
        if not 1 <= len(ws) <= 5 or not all(
            _NAME_WORD_RE.fullmatch(w)
            and (w[0].isupper() or (0 < i < len(ws) - 1 and w in _NAME_PARTICLES))
            for i, w in enumerate(ws)
        ):
            continue
        if len(ws) >= 2 or is_given_name(ws[0]):
            return m
    return None


# A person named as the one left out (decision 293): "someone other than @lena", "all but Sam".
_EXCEPT_BEFORE_RE = re.compile(
    r"\b(?:other than|except(?: for)?|besides|apart from|all but)\s$", re.I
)


def strip_person_elements(text: str) -> str:
    """`text` without the page components that name a person ("<TeamMember name=… />")."""
    return _PERSON_ELEMENT_RE.sub(" ", text) if "<" in text else text


# （张三） at the very end: a person's name by its surname.
_TRAILING_NAME_RE = re.compile(r"[（(]\s?(?P<name>[\u4e00-\u9fff]{2,4})\s?[）)][\s。.]*$")

# The explicit forms (a label word before the name).
_EXPLICIT = _OWNER_PATTERNS[:5]  # with "(coach: …)" (decision 1375), "owner @tomasz" (2418)
# What leads a thing without being anyone: "数据主导的决策", "市场主导的定价".
_LEADS_NOT = frozenset(["数据", "用户", "客户", "市场", "需求", "政策", "流量", "资本"])
# "由市场部牵头，…", "督导主导的陈列项目…", "客服组主导：…": who leads the work, before it
# (decision 303). The name must read as a person, a role or a team (owner_phrase).
_LEADS_RE = (
    re.compile(r"(?<![理缘])由(?!于)(?P<name>[\u4e00-\u9fffA-Za-z·]{2,8}?)(?:负责|牵头|主导|主责)"),
    re.compile(r"^(?P<name>[\u4e00-\u9fffA-Za-z·]{2,8}?)(?:主导|牵头)(?:的|[:：])"),
)

# （小雅负责） / (Kiki负责) / （陈总牵头）: a name with a word that says it owns the item;
# "（张伟主抓）", "（孙倩统筹）", and after 由 "（由李娜推动）", as "(Sam to drive)" ("（大促推动）" is
# a cause; decision 5587).
_OWNS_RE = re.compile(
    r"[（(]\s?(?:由(?P<by>))?(?P<name>[^（）()\n]{1,24}?)\s?(?:负责|牵头|主责|主导|跟进|主抓|统筹|(?(by)推动|(?!)))\s?[）)]"
)
# "（数学科代表协助，王丽娟负责）", "（李娜牵头，各班长配合）": who owns the item beside who helps,
# in one bracket; the helper owns nothing (decision 6620).
_HELPER = r"[^（）()，,；;、\n]{1,12}?(?:协助|配合|协同|辅助|支持)"
_OWNS_BESIDE_HELPER_RE = re.compile(
    rf"[（(]\s?(?:{_HELPER}\s?[，,；;、]\s?(?P<name>[^（）()，,；;、\n]{{1,16}}?)\s?(?:负责|牵头|主责)"
    rf"|(?P<name2>[^（）()，,；;、\n]{{1,16}}?)\s?(?:负责|牵头|主责)\s?[，,；;、]\s?{_HELPER})\s?[）)]"
)
# A grade and who gave it, in a review's line: "self 0.6", "manager: 0.5", "0.7 self", "自评0.6".
_GRADERS = r"(?:self|manager|mgr|lead|peer|team|coach|final|自评|上级|主管|终评)"
_GRADE = r"(?:0?\.\d{1,2}|1(?:\.0{1,2})?|0)"
_GRADED = rf"(?:{_GRADERS}\s?[:：]?\s?{_GRADE}|{_GRADE}\s{_GRADERS})"
# The last bracket of an item: "(Priya)", "（车间主任 老赵）", "(Dana, growth)", "（各车间主任）".
# (up to 40 characters inside, owner_phrase's own limit: "(Volunteer coordinator Beth Cole)", 4123)
_TRAILING_BRACKET_RE = re.compile(
    r"[（(\[【]\s?(?P<name>[^（）()\[\]【】\n]{1,40}?)\s?[）)\]】]"
    # a score or a status after it: "(Priya) [0.4]", "[Ben] [done]"
    r"(?:\s{0,3}[\[（(【]\s?(?:\d?\.\d{1,2}|[01]|done|完成|已完成|进行中|in progress|at risk|on track)"
    # or a bare score: "[Tom Berg] 0.7", "(Priya) 1.0" (decision 3793)
    r"\s?[\]）)】]|[ \t]{1,4}\d?\.\d{1,2}"
    # or the grades of a review after a dash, each with who gave it: "(Priya) — self 0.6,
    # manager 0.5", "(Kofi) – 0.7 self, 0.6 lead", "（王芳）—— 自评0.6，上级0.5" (decision 6404)
    rf"|\s{{0,3}}[-–—|｜]{{1,2}}\s{{0,3}}{_GRADED}(?:\s?[,;/，；]\s?{_GRADED}){{0,3}})?[\s。.]*$",
    re.I,
)
# "【王芳】NPS提升到50", "[Sarah] Close 20 deals": an owner in brackets before the wording.
_LEADING_BRACKET_RE = re.compile(
    r"^\s?[【\[（(]\s?(?P<name>[^【】\[\]（）()\n]{1,20}?)\s?[】\]）)]\s?"
)
# " - Sam", " — Ravi", " — owner Maria", " - Ana (CRM)" at the end of an English item.
# "Streets supervisor: D. Okoye" inside a closing bracket: a role, a colon, a person's name
# (an initial before a surname is one name with it; decision 2705).
_ROLE_COLON_NAME_RE = re.compile(
    r"(?P<role>[A-Za-z][A-Za-z '’\-]{1,40}?)\s?[:：]\s?"
    r"(?P<who>[A-Z]\.\s?[A-Z][a-zà-öø-ÿ'’\-]+|[A-Z][a-zà-öø-ÿ'’\-]+(?: [A-Z][a-zà-öø-ÿ'’\-]+)?)"
)
# A closing bracket holding a role, a colon and a name, longer than a bare name's bracket:
# "(Medication safety officer: Kate)" (decision 2708); a square one reads the same: "[Ops
# Director: K. Brennan]" (decision 6590).
_TRAILING_ROLE_RE = re.compile(
    r"(?:[（(]\s?(?P<name>[A-Za-z][A-Za-z '’\-]{1,40}[:：][^()（）\n]{1,30})[)）]"
    r"|\[\s?(?P<sq>[A-Za-z][A-Za-z '’\-]{1,40}[:：][^\[\]\n]{1,30})\])[\s。.]*$"
)
# A role of one to three words after a dash closing the item: "— Team leads" (decision 2708).
_TRAILING_DASH_ROLE_RE = re.compile(
    r"\s[-–—]{1,2}\s{1,3}(?P<name>[A-Za-z][\w'’\-]{1,20}(?: [A-Za-z][\w'’\-]{1,20}){0,2})[\s.]*$"
)
# The last field after a spaced dash: "… — Maya, Sep 30" (decision 5408).
_DASH_FIELD_RE = re.compile(r"\s[-–—]{1,2}\s{1,3}(?P<field>[^-–—()\n]{3,40}?)[\s.]*$")
_TRAILING_DASH_RE = re.compile(
    r"\s(?:[-–—]{1,2}|[|｜])\s{1,3}(?:owner\s|(?:owned|led|run|driven) by\s)?(?P<name>[A-Z][\w'’.\-]{1,20}(?: [A-Z][\w'’.\-]{1,20})?"
    # "- Pat & Grace", "— Ana and Ben": two people after the dash, as "(Ana & Ben)" (4701)
    r"(?:\s?(?:&|\+|/|\band\b)\s?[A-Z][\w'’.\-]{1,20})?)"
    r"(?:\s?\([^()\n]{1,20}\))?(?: to own| owns(?: it)?)?[\s.]*$"
)
# "…——王芳", "… - 质量部 马丽", "…，市场部负责", "…；王芳牵头" at the end of a Chinese item.
_ZH_TRAILING_RE = re.compile(
    r"(?:\s?(?:[-–—]{1,2}|[|｜/／→])\s?(?P<name>[^\s，,；;。.\-–—（）()|｜/／→][^，,；;。.\-–—（）()|｜/／→\n]{0,14}?)(?:负责|牵头|跟进)?"
    r"|[，,；;]\s?(?P<name2>[^\s，,；;。.（）()][^，,；;。.（）()\n]{0,14}?)(?:负责|牵头|跟进))[\s。.]*$"
)
# A work's title alone or after a verb of reading, watching or learning it, before the closing
# dash: "读完《活着》- 余华", "《边城》— 沈从文" name the book's author, not who owns the key result
# (decision 5501). "发布《年度报告》——李强" (a verb of making it) keeps its owner.
_WORK_THEN_AUTHOR_RE = re.compile(
    r"\s{0,2}(?:(?![^《》\n]{0,8}?(?:组织|带领|安排|督促|要求|推动|让|请|帮|教))[^《》\n]{0,8}?(?:读|看|听|阅读|精读|重读|通读|背诵|背|学|刷)(?:完|了|过|透)?\s?)?"
    r"《[^《》\n]{1,30}》(?:系列|全集|全套|三部曲|上下册)?\s{0,2}"
)
# Separators between the parts of an owner phrase: "Hector / Priscilla", "陈总、销售部王经理",
# "AEs + SDRs", "销售+财务一起".
_PARTS_RE = re.compile(r"[ \t]{0,3}(?:[、,，/+＋&;；]|\band\b|和|及|与)[ \t]{0,3}")


_TOGETHER_RE = re.compile(r"(?:一起|共同|协同|联合)$")
# A Chinese name by its form: a nickname ("小雅", "老赵", "阿杰") or a surname with a title
# ("陈总", "钱工", "王姐", "郑律", "王经理").
_ZH_NICK_RE = re.compile(r"^[小老大阿][\u4e00-\u9fff]$")
_ZH_TITLE_RE = re.compile(r"^(?P<s>[\u4e00-\u9fff]{1,2})(?:总|工|姐|哥|律|经理|老师|主任|师傅)$")
# How people call a woman or a man by a character of the given name: "花姐", "芳姐", "强哥" (decision
# 3300), as "王姐" is called by the surname. Not the words of kin or of a trade or a look: 表姐, 师姐,
# 学姐, 空姐, 帅哥, 靓姐, 富哥; nor 一 … 十 ("一哥", the top one).
_ZH_SIBLING_NICK_RE = re.compile(
    r"(?![表堂师学空帅靓富一二三四五六七八九十各全])[\u4e00-\u9fff][姐哥]"
)
# Characters a Chinese given name does not hold: "（高峰期）", "（全年）" are not people; nor
# are a shop, a plant, a station or a hall ("XX火锅（万达店）", "（江店）": decision 2723).
_NOT_IN_NAME = set(
    "期率量数额费价度级类型性化点项次个件元万亿年月日周天时分秒版稿制内外上下前后区省市县店厂站馆"
    # a unit's last word: "农经组", "宣传部", "档案室" are teams, not people (decision 5584)
    "组部室"
)
# "车管科", "费用处": a section's last word after a name of two characters; "张科" alone is how
# one addresses a section chief, a person (decision 6120).
_SECTION_LAST = frozenset("科处")
_EN_NAME_RE = re.compile(r"^[A-Z][a-zà-öø-ÿ'’\-]+(?: [A-Z][a-zà-öø-ÿ'’.\-]+)?$")


def _is_person(name: str) -> bool:
    return name[:1] in _SURNAMES or name.startswith(_COMPOUND_SURNAMES)


# A region by the compass: "华东", "西南", "东北" (in a title's brackets: "客服部（华东）", 1581).
_COMPASS_REGION = re.compile(r"[华东西南北中][东南西北中](?:地?区|片区|大区)?")


def _common_noun(word: str) -> bool:
    """Whether the dictionary knows `word` as a common noun: "车队", "马队" (a fleet, a mounted
    troop) whose first character is a surname too; "王队" (Captain Wang) it does not know (6120)."""
    from coach.nlp import zh_dictionary_tag

    tag = zh_dictionary_tag(word)
    return tag is not None and tag != "nr"


def _not_a_name(name: str) -> bool:
    """ "高峰期", "全年": a word that starts like a surname but holds what no given name does;
    "华东", "华南": a region by the compass, not a person (decision 1581)."""
    return (
        bool(set(name[1:]) & _NOT_IN_NAME)
        or (len(name) == 3 and name[-1] in _SECTION_LAST)
        # "全科", "文科", "商科", "高处": a word the dictionary knows, not 张科 (Section chief
        # Zhang) or 李处 (Director Li), which it does not (decision 6352)
        or (name[-1] in "队科处" and _common_noun(name))
        or _COMPASS_REGION.fullmatch(name) is not None
    )


@cache
def _given_names() -> frozenset[str]:
    return frozenset(words("given_names", "en"))


@cache
def _en_roles() -> frozenset[str]:
    return frozenset(words("owner_roles", "en"))


@cache
def _en_functions() -> frozenset[str]:
    return frozenset(words("owner_functions", "en"))


@cache
def _zh_suffix_re() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(w) for w in words("owner_suffixes", "zh"))
    functions = "|".join(re.escape(w) for w in words("owner_functions", "zh"))
    # A post and a county office's section (decision 5015): "健康教育岗 小刘", "导诊岗", "产业股",
    # "财务股" — not a state of work ("持证上岗", "在岗", "转岗") nor shares ("A股", "控股").
    suffixes += "|(?<![上在转定离返待竞下])岗|(?<![A-Za-z控持参入炒配送新老])股"
    # "维修队", "车队", "消防队": a crew, as "仓储组" is a group (decision 6120) — not "团队" alone
    # (the team of no one named, decision 12) nor "排队", "组队" (queueing, teaming up)
    suffixes += "|(?<![团排组插归带])队"
    # "以客户为中心", "以学生为中心": a motto, not a centre that owns work (decision 5970)
    suffixes = suffixes.replace("中心", "(?<!为)中心")
    # "生产部", "各车间主任", "质量", "技术VP": a unit or role by its last word, or a function.
    return re.compile(
        rf"^(?:[各全]?[\u4e00-\u9fffA-Za-z0-9]{{1,8}}?(?:{suffixes})|{functions})$", re.I
    )


def is_given_name(word: str) -> bool:
    """ "Priya", "Tomás", "Lee Carter": a person's name by its first word."""
    first = word.split()[0] if word.split() else ""
    if first.lower() in _given_names():
        return True
    # "Lucía", "Zoë", "Renée": the name's letters without their accents (decision 2418)
    bare = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    return bare != first and bare.lower() in _given_names()


# One capitalised word of letters: a name no list may know ("Kemal", "Oyelaran").
_ONE_CAPITALISED_RE = re.compile(r"[A-Z][a-zà-öø-ÿ'’\-]{1,20}")


def _given_each(name: str) -> bool:
    """ "Priya", "Pat & Grace", "Ana and Ben": each person named is known by a given name
    (decision 4701). Of two or more joined, one known given name vouches for the others when
    each is one capitalised word that is not a day, a month or a team ("Jo & Kemal"; "Sales &
    Marketing", "Monday & Friday" name no one: decision 6124)."""
    parts = [p.strip() for p in _PARTS_RE.split(name) if p.strip()]
    if not parts:
        return False
    known = [is_given_name(p) for p in parts]
    if all(known):
        return True
    return (
        len(parts) > 1
        and any(known)
        and all(
            k
            or (
                _ONE_CAPITALISED_RE.fullmatch(p) is not None
                and p.lower() not in _CALENDAR_WORDS
                and not _owner_part(p)
            )
            for p, k in zip(parts, known, strict=True)
        )
    )


# Second characters of a 小/老/阿 word that is no nickname: "老客", "小店", "老板" (decision 598).
_ZH_NOT_NICK = set("客店板款品号区户家样师总")
_ZH_MEASURE_CHARS = set("率量数额费价度级次")
# Surnames among the characters a given name does not hold: "老周", "老万" are nicknames.
_ZH_SURNAMES = set("周万")


def _zh_addressed(t: str) -> bool:
    """A short post or place glued to a nickname or a surname with a title: "厨房刘师傅", "会计小林",
    "前台阿敏" (decision 598). The form of address marks a person, so the words before it only say
    where that person works."""
    for k in (len(t) - 3, len(t) - 2):
        head, who = t[:k], t[k:]
        if not (2 <= len(head) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", head)):
            continue
        if set(head) & _ZH_MEASURE_CHARS:
            continue  # "复购率老客": a measure, not a post
        if _ZH_NICK_RE.match(who) and who[1] not in _ZH_NOT_NICK | _NOT_IN_NAME - _ZH_SURNAMES:
            return True
        title = _ZH_TITLE_RE.match(who)
        if title and len(title.group("s")) == 1 and _is_person(title.group("s")):
            return True
    return False


def _zh_post_word(head: str) -> bool:
    """A short post or place before a person and a space: "后厨 老陈", "吧台 王芳", "出品 王强"
    (decision 2724), as "厨房刘师傅" glued (decision 598). Not a time or a measure ("周末 高峰",
    "数据 来源"): no character a post's name does not hold."""
    return (
        2 <= len(head) <= 4
        and re.fullmatch(r"[\u4e00-\u9fff]+", head) is not None
        # 调度 is a desk, not a measure's 度 ("调度 小陈": decision 6966, as 6094 reads 调度)
        and not set(head.replace("调度", "")) & _ZH_NOT_POST
    )


# Characters of a time or a measure, not of a post: "周末", "同比", "数据" (decision 2724).
_ZH_NOT_POST = set("期率量数额费价度级次比年月日周天时分秒")


def zh_person(t: str) -> bool:
    """Whether `t` is a Chinese person's name or how people call them ("小周", "王芳", "陈总")."""
    return _zh_person(t)


def _zh_person(t: str) -> bool:
    if _ZH_NICK_RE.match(t):
        return True
    if (
        t[:1] in "小老阿"
        and re.fullmatch(r"[A-Z][a-z]{1,9}", t[1:])
        and (t[0] == "阿" or is_given_name(t[1:]))
    ):
        return True  # "阿May", "小Kevin": a nickname on an English name (decision 240)
    m = _ZH_TITLE_RE.match(t)
    if m and _is_person(m.group("s")):
        return True
    if _ZH_SIBLING_NICK_RE.fullmatch(t) and t[0] not in _NOT_IN_NAME:
        return True  # "花姐", "燕姐", "强哥", "斌哥": a given name's character and 姐/哥 (3300)
    if 2 <= len(t) <= 3 and _is_person(t) and not _not_a_name(t):
        return re.fullmatch(r"[\u4e00-\u9fff]+", t) is not None
    return False


# A person by initials and surname: "J. Brooks", "A.K. Mensah", "M. de Vries".
_INITIALS_SURNAME_RE = re.compile(
    r"(?:[A-Z]\.\s?){1,3}(?:(?:de|da|van|von|der|del|di|le|la)\s)?[A-Z][a-zà-öø-ÿ'’\-]{1,20}"
)
_GENERIC_UNITS = frozenset({"team", "teams", "group", "groups", "squad", "crew", "pod", "owner"})
# The verb of a note that names whom a key result serves: "(helping multiple teams)" (4966).
_SERVES_WORDS = frozenset(
    {"helping", "supporting", "serving", "benefiting", "benefitting", "enabling", "for", "to"}
)
_SERVES_NOTE_RE = re.compile(
    r"\((?:helping|supporting|serving|benefit?ting|enabling)\b[^()\n]{1,60}\)", re.I
)


def serves_notes(text: str) -> list[tuple[int, int]]:
    """Spans of the brackets that say whom a key result serves ("(helping multiple teams)",
    "(supporting the night shift)"): a note on who benefits, no owner and no wording of the
    result (decision 4966)."""
    return [m.span() for m in _SERVES_NOTE_RE.finditer(text)]


def _role_abbreviated(stem: str) -> str | None:
    """The role a word cut short before its period stands for: "coord" -> "coordinator", "mgr"
    (listed itself), "admin" -> "administrator"; three letters at least (decision 4713)."""
    if len(stem) < 3 or not stem.isalpha():
        return None
    roles = _en_roles()
    if stem in roles:
        return stem
    return next((r for r in sorted(roles) if r.startswith(stem) and " " not in r), None)


def _en_role(t: str) -> bool:
    """ "CX team", "site GMs", "AEs", "VP Sales", "growth", "Sales ops KR"."""
    ws = t.lower().replace("’", "'").split()
    if ws and ws[-1].endswith(".") and (full := _role_abbreviated(ws[-1][:-1])) is not None:
        ws[-1] = full  # "(Volunteer coord.)", "(Ops mgr.)": a role cut short (decision 4713)
    if not ws or len(ws) > 4 or not all(re.fullmatch(r"[a-z&\-']+", w) for w in ws):
        return False
    if ws[-1] == "kr" and len(ws) > 1:
        ws = ws[:-1]
    if len(ws) > 2 and ws[-2:] == ["in", "charge"]:
        # "Midwife in charge", "Sister in charge": the role the person in charge holds (3202)
        ws = ws[:-2]
    if len(ws) == 1 and ws[0] in _GENERIC_UNITS:
        return False  # "[team]" is a level tag, not an owner
    if len(ws) > 1 and ws[0] in _SERVES_WORDS:
        # "(helping multiple teams)", "(supporting the sales teams)": whom the work serves,
        # not who owns it (decision 4966)
        return False
    roles, functions = _en_roles(), _en_functions()
    last = ws[-1]
    if last in roles or (last.endswith("s") and last[:-1] in roles):
        return True
    if _profession(last):
        return True  # "(KM lawyers)", "(data analysts)", "(Payroll accountant)" (decision 6595)
    if len(ws) > 1 and last in word_set("owner_units", "en") and "per" not in ws:
        return True  # "Investigations unit", "Records office" (decision 4982)
    if (len(ws) == 1 and last in functions) or (len(ws) == 2 and " ".join(ws) in functions):
        # "Sales:", "(Legal)", "(Customer Success)" (decision 293); "Revenue growth" is a metric
        return True
    # "VP Sales", "Head of Growth": a role followed by its area.
    return ws[0] in roles and ws[0] in {"vp", "svp", "evp", "head", "director", "gm"}


# Jobs a person holds that also name those a key result counts or serves ("(interns)", "(new
# associates)", "(agents)"): no owner by their word alone.
_NOT_OWNING_JOBS = frozenset(
    {"intern", "trainee", "associate", "assistant", "agent", "representative", "cashier", "clerk"}
)


def _profession(word: str) -> bool:
    """Whether `word` is a job's last word (coach/facts/data/en/job_heads.txt), one or several
    ("lawyer", "analysts", "solicitors" too): the people of that job own the item as "(nurses)"
    does (decision 6595). Not the jobs that are as often the ones counted (`_NOT_OWNING_JOBS`)."""
    heads = _profession_heads()
    return word in heads or (word.endswith("s") and word[:-1] in heads)


@cache
def _profession_heads() -> frozenset[str]:
    legal = frozenset(("solicitor", "barrister", "attorney", "counsel"))
    return (_job_heads() | legal) - _NOT_OWNING_JOBS


def _role_noun(t: str) -> bool:
    """ "Branch manager", "e-Services librarian": a role a person holds (its last word one of the
    roles), not a function ("Marketing") nor a team ("Data team")."""
    ws = t.lower().replace("’", "'").split()
    if not ws or ws[-1] in _GENERIC_UNITS or ws[-1] in ("ops", "operations", "desk"):
        return False
    return ws[-1] in _en_roles() and _en_role(t)


_ZH_SELF = frozenset({"我", "本人", "自己", "我自己"})


# A numbered place or team, then who works there: "Ward 7 nursing team", "Line 3 crew" (5588).
_NUMBERED_UNIT_RE = re.compile(
    r"(?P<unit>[A-Z][a-z]{1,12}) \d{1,3}[A-Z]?(?: (?P<rest>[A-Za-z][A-Za-z&'’\- ]{1,30}))?"
)
_NUMBERED_TEAMS = frozenset({"squad", "team", "crew", "pod", "shift", "cell"})


# A school's intake by its year ("2025级", "24届"), and the short all-Chinese words around it in an
# owner's bracket: the school, the class, the post (decision 5820).
_ZH_COHORT_RE = re.compile(r"(?<!\d)(?:19|20)?\d{2}(?:级|届)")
_ZH_PLACE_WORD_RE = re.compile(r"[\u4e00-\u9fff]{1,10}")
_ZH_EVERYONE = frozenset({"全体", "全员", "大家", "各位", "所有人", "全班", "全组"})
# A class or a year's intake: "2026级", "高二3班", "初一（4）班", "软件学院24届" (decision 5833).
_ZH_CLASS_RE = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:(?:19|20)?\d{2}(?:级|届)|[（(]?\d{1,2}[)）]?班)[\u4e00-\u9fff]{0,4}"
)


def _owner_part(t: str, person_only: bool = False) -> bool:
    """One part of an owner phrase: a person, a role, or (unless `person_only`) a team."""
    t = t.strip(" *·:：")
    if not t:
        return False
    if t in _ZH_SELF:
        return True  # "负责人：我", a "本人" owner cell in a personal table (decision 14)
    if (_EN_NAME_RE.match(t) and is_given_name(t)) or _EN_HONORIFIC_RE.match(t):
        return True
    if _ranked_surname(t):
        return True  # "(PC Okafor)", "(DC Patel)" (decision 6123)
    m = re.fullmatch(r"(?P<given>[A-Z][a-z]+) [A-Z]\.?", t)
    if m and is_given_name(m.group("given")):
        return True  # "Ben B", "Ana R.": a given name and an initial
    if _INITIALS_SURNAME_RE.fullmatch(t):
        return True  # "J. Brooks", "A.K. Mensah": initials, then a surname (decision 1092)
    m = _EN_ROLE_COLON_RE.fullmatch(t)
    if m and _month_span(m.group("role"), m.group("who")):
        # "(Apr–Jun)", "(May - Jul)": a span of months, not a desk and a person called Jun
        # (decision 6593)
        return False
    if m and (
        _en_person(m.group("who"))
        or _held_by(m.group("role"), m.group("who"), 3 if _role_noun(m.group("role")) else 1)
    ):
        return (
            True  # "(pharmacy: Joseph)", "(front desk: Maria Lopez)": who holds it (decision 498)
        )
    if _role_blank_person(t):
        return True  # "Onboarding lead Sven", "IT coordinator Mr. Baptiste" (decision 3200)
    m = _NUMBERED_UNIT_RE.fullmatch(t)
    if m is not None:
        # "Ward 7 nursing team", "Line 3 crew", "Store 12 manager": a numbered place, then the
        # team or the post in it (decision 5588); "Squad 4" alone is a team
        rest = m.group("rest")
        if rest is None or rest.lower() in _NUMBERED_TEAMS:
            return not person_only and (rest or m.group("unit")).lower() in _NUMBERED_TEAMS
        return _owner_part(rest, person_only)
    if _name_then_description(t):
        return True  # "(Jess front of house)", "(Priya night shift)": the person (6349)
    # (a role cut short before a period, "Volunteer coord.", is one too: decision 4713)
    if re.fullmatch(r"[A-Za-z][A-Za-z&'’\- ]*", t) or (
        re.fullmatch(r"[A-Za-z][A-Za-z&'’\- ]*[a-z]\.", t) and _en_role(t)
    ):
        if not _en_role(t):
            return False
        return not person_only or not _en_team_only(t)
    # Chinese: "车间主任 老赵", "销售部王经理", "采购科 孙", "项目经理 Alan", "培训专员".
    t = _TOGETHER_RE.sub("", t).strip()
    # "校长：骆永平", "网格员：莫桂兰": a role, a colon, the one who holds it (decision 341).
    m = _ZH_ROLE_COLON_RE.fullmatch(t)
    if m and _zh_unit(m.group("role")):
        t = f"{m.group('role')} {m.group('who')}"
    head, _, tail = t.rpartition(" ")
    if head and tail and _ZH_COHORT_RE.search(head) and _zh_person(tail):
        # "机电学院2025级 周老师", "2024级 李老师", "外国语学院2026级 辅导员 林老师": the school and
        # the year's intake whose holder looks after it, then the person (decision 5820)
        rest = _ZH_COHORT_RE.sub(" ", head).split()
        return all(_ZH_PLACE_WORD_RE.fullmatch(w) for w in rest)
    if head and tail and _ACRONYM_ROLE_RE.fullmatch(head) and _zh_person(tail):
        return True  # "SQE 庞蕾", "QA 林静": a role by its letters, then the person (decision 341)
    if head and tail and _zh_post_word(head) and _zh_person(tail):
        return True  # "后厨 老陈", "吧台 王芳": where the person works, a space, the person (2724)
    if head and tail and (bare := _ZH_RANK_RE.sub("", head, count=1)) != head and len(bare) > 1:
        # (not "BD组 周敏", "IT部 王强": the letters name the group whose person follows; 6621)
        # "高级审计师 许倩", "资深会计 钱多多", "IT审计 何斌": a grade or a field's letters before the
        # post; the post and its holder own the item as "审计师 许倩" does (decision 6122)
        return _owner_part(f"{bare} {tail}", person_only)
    if head and tail:
        return (_zh_unit(head) or _owner_part(head) or _ZH_TRADE_RE.fullmatch(head)) and (
            _zh_person(tail)
            or (len(tail) == 1 and _is_person(tail))
            or (_EN_NAME_RE.match(tail) is not None and is_given_name(tail))
            or _zh_unit(tail)
        )
    if _zh_person(t):
        return True
    m = re.match(
        rf"^(?P<unit>.{{0,10}}?(?:[{_UNIT_END}]|督导|店长|经理|主管|主任|专员))(?P<who>[\u4e00-\u9fff]{{2,3}})$",
        t,
    )
    if m and _zh_unit(m.group("unit")) and _zh_person(m.group("who")):
        return True  # "销售部王经理", "督导小刘", "店长阿美"
    for k in (2, 3):
        if len(t) - k >= 2 and _zh_unit(t[:-k]) and _zh_person(t[-k:]):
            return True  # "工会主席张敏", "车队长刘强": a role glued to its holder (decision 952)
    if _zh_addressed(t):
        return True  # "厨房刘师傅", "会计小林": a post or a place, then how people call its holder
    if _zh_unit(t):
        return not person_only or _zh_role(t)
    return False


_TWO_FIELDS_RE = re.compile(r"([A-Za-z]{3,9}\.?)\s?(?:[-–—/]|to)\s?([A-Za-z]{3,9}.{0,8})")


def _month_span(first: str, second: str) -> bool:
    """Whether two words parted by a dash are two months ("Apr–Jun", "June – Aug."): the
    bracket says when, not who (decision 6593)."""
    months = _CALENDAR_WORDS - {"spring", "summer", "autumn", "fall", "winter"}
    return (
        first.strip(" .").lower() in months
        and second.strip(" .").split(" ")[0].strip(".,").lower() in months
    )


# A known given name, then a few lower-case words with no verb first: where or when the person
# works, or what they do ("Jess front of house", "Priya night shift", "Tom weekends"): the
# person, as "Raj, bar manager" with its comma is (decision 6349).
_NAME_THEN_WORDS_RE = re.compile(
    r"(?P<name>[A-Z][a-z]{1,14}) (?P<first>[a-z]{2,14})(?: [a-z]{1,14}){0,3}"
)
_NOT_A_DESCRIPTION = frozenset(
    ("and", "or", "nor", "with", "to", "from", "if", "not", "is", "are", "was", "has", "had")
)
# given names that are also words opening a phrase: "(Grace period)", "(Summer term)"
_WORD_NAMES = frozenset(("grace", "hope", "joy", "faith", "summer", "autumn", "dawn", "ray"))


def _name_then_description(t: str) -> bool:
    m = _NAME_THEN_WORDS_RE.fullmatch(t)
    return (
        m is not None
        and is_given_name(m.group("name"))
        and m.group("name").lower() not in _WORD_NAMES
        and m.group("first") not in _NOT_A_DESCRIPTION
        and _verb_class(m.group("first")) is None
    )


# "pharmacy: Joseph", "front desk: Maria Lopez", "Ward 3: Mary": a function, a role or a unit of a
# few words, a colon, then a person by name (decisions 498, 508).
_EN_ROLE_COLON_RE = re.compile(
    r"(?P<role>[A-Za-z][A-Za-z0-9&/'’\- ]{0,30}?)(?:\s?[:：]|\s[-–—]{1,2}|[–—])\s?"
    r"(?P<who>[A-Z][^:：]{1,30})"
)


# "Onboarding lead Sven", "IT coordinator Mr. Baptiste": a role a person holds, a blank, then the
# person by name, no colon between (decision 3200). The role ends in a lower-case word.
# The person may be written with a surname ("Team lead Ana Ruiz"), and the role may end in its
# letters ("Growth PM Lena Ortiz"; decision 4123).
_ROLE_BLANK_PERSON_RE = re.compile(
    r"(?P<role>[A-Za-z][A-Za-z&'’\- ]{0,30}?(?:[a-z]|\b[A-Z]{2,4}))\s"
    r"(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s)?[A-Z][a-zà-öø-ÿ'’\-]+(?: [A-Z][a-zà-öø-ÿ'’\-]+)?)"
)


def _role_blank_person(t: str) -> bool:
    """A post, a blank, then its holder (decision 3200): "Onboarding lead Sven". The post may
    be of several capitalised words ("Deputy Head Ruiz", "Vice Principal Ahmed") and its words
    may be cut short before a period ("Asst. Director Kim", "Dept. Chair Osei"; decision 5821):
    every cut between post and holder is tried, the longest post first."""
    m = _ROLE_BLANK_PERSON_RE.fullmatch(t)
    if (
        m
        and _role_noun(m.group("role"))
        and (_en_person(m.group("who")) or _held_by(m.group("role"), m.group("who"), 1))
    ):
        return True
    ws = t.split(" ")
    if not 2 <= len(ws) <= 5 or not ws[0][:1].isupper():
        return False
    for cut in range(len(ws) - 1, 0, -1):
        role, who = _expand_title(" ".join(ws[:cut])), " ".join(ws[cut:])
        if role is None or not _role_noun(role):
            continue
        if _en_person(who) or _held_by(role, who, 1):
            return True
    return False


def _expand_title(role: str) -> str | None:
    """A post's title with its shortened words written out ("Asst. Director" -> "assistant
    Director"), or None where a word with a period is no title's short form (decision 5821)."""
    full = mapping("role_title_abbreviations", "en")
    out = []
    for w in role.split(" "):
        if w.endswith("."):
            w = full.get(w[:-1].lower(), "")
            if not w:
                return None
        out.append(w)
    return " ".join(out)


def _en_person(t: str) -> bool:
    """A person by name: "Joseph", "Maria Lopez", "Ana R.", "Dr. Osei"."""
    t = t.strip(" .")
    if (_EN_NAME_RE.match(t) and is_given_name(t)) or _EN_HONORIFIC_RE.match(t):
        return True
    if _ranked_surname(t):
        return True  # "(PC Okafor)", "(DC Patel)" (decision 6123)
    m = re.fullmatch(r"(?P<given>[A-Z][a-z]+) [A-Z]\.?", t)
    return bool(m and is_given_name(m.group("given")))


# A name by its shape: one to three capitalised words, perhaps after a title ("Folasade Ojo",
# "Gunnhild", "Dr. Anjali Rao").
_NAME_SHAPE_RE = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s)?[A-Z][a-zà-öø-ÿ'’\-]+(?: [A-Z][a-zà-öø-ÿ'’\-]+){0,2}"
)


def _held_by(role: str, who: str, words_max: int = 3) -> bool:
    """Whether `who`, after "<role>:", is the person who holds the role although no list knows
    the name ("Branch manager: Folasade Ojo", "(HR: Luann)", "(treasurer: Joy)"; decision 520):
    the role is a role or a function, and `who` is a name by its shape — capitalised words, none
    a tag, a status, a role or a function ("Marketing: Brand Refresh" is two words after a
    function and names a project; `words_max` is 1 there)."""
    who = who.strip(" .")
    if not _en_role(role) or not _NAME_SHAPE_RE.fullmatch(who):
        return False
    names = [w for w in who.split() if not re.fullmatch(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?", w)]
    if len(names) > words_max:
        return False
    bad = _NOT_BARE_NAMES | _en_functions() | _en_roles()
    return not any(w.lower().strip("'’-") in bad for w in names)


# A dash between them reads the same: "运营-李婷", "质量部 — 马丽" (decision 952).
_ZH_ROLE_COLON_RE = re.compile(
    r"(?P<role>[^:：\s\-–—]{1,10})\s?(?:[:：]|[-–—]{1,2})\s?(?P<who>[^:：\s\-–—]{1,12})"
)
_ACRONYM_ROLE_RE = re.compile(r"[A-Z]{2,5}")
# A trade someone practises on their own, written before the person with a space (decision 975):
# "（婚礼策划 林夏）", "（室内设计师 周岚）". Only with the space: "活动策划方案" is a plan.
# A grade before a post, or a field's letters: "高级", "资深", "首席", "IT", "HR" (decision 6122).
_ZH_RANK_RE = re.compile(r"^(?:高级|资深|初级|中级|首席|特级|[A-Z]{2,4}(?=[\u4e00-\u9fff]))")
_ZH_TRADE_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:策划师?|设计师|摄影师|规划师|咨询师|培训师)")
_UNIT_END = "部科组心队间室处班线"
_ZH_ROLE_RE = re.compile(
    r"(?:主任|经理|主管|专员|督导|总监|组长|班长|厂长|店长|科长|部长|处长|负责人|工程师|总经理|总裁|助理|"
    r"合伙人|出纳|会计|文员|前台|收银员?|采购员|仓管员?|库管员?|VP|CEO|CTO|CFO|COO|CMO|HRBP|BP|"
    # Roles a title's bracket names with the person who holds them (decision 341).
    r"校长|院长|站长|护士长|团队长|队长|行长|所长|馆长|园长|社长|网格员|辅导员|店主|主理人|领班|主编|"
    # ... and the heads of a cooperative, an association, a village (decision 464).
    r"理事长|会长|村长|书记|支书|秘书长|"
    # ... and the roles of a school, a shop or a clinic (decision 539): "（课程顾问 阿杰）",
    # "（教务 小敏）", "（各任课老师）", "（管家 小溪）".
    r"(?<=^)(?![含包除如不])[\u4e00-\u9fff]{0,4}(?:顾问|教务|老师|教师|管家|技师|编辑|医生|"
    # ... and the posts of a club, a troupe, a team or an owners' committee (decision 2540):
    # "（团长 何佳）", "（@主教练 阿凯）", "（@制作人 林一）", "财务委员 徐刚", "声部长".
    r"团长|声部长|教练|制作人|导演|委员|"
    # ... and the one who curates a show, produces a film or convenes a group (decision 5301):
    # "（策展人：周宁）", "（制片人：许诺）", "（召集人 韩梅）".
    r"策展人|制片人|召集人|"
    # ... and a class's subject representative (decision 4123): "（数学课代表 王晨）"
    r"课代表)"
    # ... and a person's standing as a student, an intern or one working alone (decision 2883):
    # "研三 王晨 毕业论文OKR", "实习生 李想 转正OKR", "（各博士生）", "自由职业者 陈晨".
    r"|(?<=^)(?:研[一二三]|博[一二三四五]|大[一二三四]|高[一二三]|研究生|博士生|硕士生|本科生|实习生|"
    r"应届生|自由职业者|个体户))$",
    re.I,
)


_ZH_ALL_RE = re.compile(r"[\u4e00-\u9fff]{1,12}")


def _zh_post(t: str) -> bool:
    """ "质检员", "各调度员", "技术员 小刘": a post in 员 one person holds (decision 4521), alone or
    before its holder's name — not the people served ("会员", "学员")."""
    head = t.strip().lstrip("各").split(" ")[0]
    posts = word_set("owner_posts", "zh")
    if head in posts:
        return True
    # "志愿者协调员", "夜班调度员": the post after the people or the shift it serves (5830)
    return (
        3 <= len(head) <= 9
        and head[-1] == "员"
        and any(head[-k:] in posts for k in (2, 3, 4))
        and _ZH_ALL_RE.fullmatch(head) is not None
    )


def _zh_unit(t: str) -> bool:
    """ "生产部", "培训专员", "各车间主任", "质量", "班长": a unit, a role or a function."""
    t = t.strip()
    return bool(_zh_suffix_re().match(t) or _ZH_ROLE_RE.fullmatch(t.lstrip("各")) or _zh_post(t))


def _zh_role(t: str) -> bool:
    return bool(_ZH_ROLE_RE.search(t.strip())) or _zh_post(t)


def _en_team_only(t: str) -> bool:
    """A team or a function, not a role held by one person: "CX team", "growth", "Sales"."""
    ws = t.lower().split()
    return not any(
        w.rstrip("s")
        in {
            "lead",
            "manager",
            "director",
            "head",
            "owner",
            "dri",
            "vp",
            "svp",
            "evp",
            "founder",
            "ceo",
            "cto",
            "cfo",
            "coo",
            "cmo",
            "cro",
            "cpo",
            "ciso",
            "gm",
        }
        for w in ws
    )


# The last words of an English unit's name: "Data team", "Platform group", "Billing ops".
_UNIT_WORDS = frozenset(
    {"team", "teams", "group", "squad", "crew", "pod", "guild", "department", "dept", "division",
     "unit", "office", "desk", "ops", "operations", "committee", "board", "lab", "labs"}
)  # fmt: skip


# A message that says the set is a unit's: "OKRs for the service department", "Q3 goals for our
# growth team" (decision 2283). A name before it, then a colon, is who posted it.
_SET_FOR_UNIT = re.compile(
    r"\b(?:okrs?|goals|objectives)\b[^.?!\n]{0,24}?\bfor (?:the|our) (?:[A-Za-z&'-]+ ){0,3}"
    r"(?:" + "|".join(sorted(_UNIT_WORDS, key=lambda w: (-len(w), w))) + r")\b",
    re.I,
)


def _role_mention(m: re.Match[str], name: str) -> bool:
    """A mention that names a role, not a person: "@培训负责人", "@HRBP", "@VP Sales"."""
    if not m.group(0).lstrip().startswith(("@", "负责人@", "责任人@", "执行人@")):
        return False
    t = name.strip()
    return _zh_role(t) if has_cjk(t) else (t.isupper() and len(t) >= 2) or _en_role(t)


def _team_only(name: str) -> bool:
    """A team, a department or a function named alone, no person nor a role one person holds:
    "运营部", "公卫科", "Data team", "Marketing" — not "店长", "VP Sales", "Branch Librarian"
    (decision 1097)."""
    t = name.strip(" *_")
    if not t or not owner_phrase(t):
        return False
    if re.fullmatch(r"[A-Za-z][A-Za-z&'’\- ]*", t):
        ws = t.lower().split()
        if len(ws) >= 3 and ws[0] in _HEAD_OF and ws[1] in ("of", "for"):
            return False  # "Head of Operations", "Director of Nursing": one post (3241)
        if len(ws) == 1:
            return ws[0] in _en_functions() or ws[0] in _UNIT_WORDS
        return ws[-1] in _UNIT_WORDS or " ".join(ws) in _en_functions()
    return _zh_unit(t) and not _zh_role(t) and not owner_phrase(t, person_only=True)


_OWNER_LABELS = frozenset({"owner", "dri", "lead", "accountable", "responsible"})
# The area a named person works in, after a comma: one to three lower-case words (5828).
_AREA_WORDS_RE = re.compile(r"[a-z][a-z&'’\-]{2,20}(?: [a-z][a-z&'’\-]{1,20}){0,2}")
# The post at the head of a function, which one person holds (decision 3241).
_HEAD_OF = frozenset({"head", "director", "vp", "chief", "manager", "lead", "leader"})


@lru_cache(maxsize=4096)
def owner_phrase(text: str, person_only: bool = False) -> bool:
    """Whether `text` (a bracket's content, the words before a colon) names who owns an item:
    every part a person, a role or a team ("车间主任 老赵", "陈总、销售部王经理", "AEs + SDRs",
    "Dana, growth"); with `person_only`, a team alone does not count ("市场部", "Data team")."""
    t = text.strip()
    if not t or len(t) > 40 or lead_gloss(t):
        return False  # "（Lead Time）" glosses a measure (decision 3480)
    span = _TWO_FIELDS_RE.fullmatch(t)
    if span is not None and _month_span(span[1], span[2]):
        return False  # "(Jun – Sep)": a span of months, not Jun and her desk (decision 6593)
    parts = [p for p in _PARTS_RE.split(_TOGETHER_RE.sub("", t)) if p.strip()]
    if len(parts) > 1 and all(_month_span(p, p) for p in parts):
        return False  # "(Jun, Jul)", "(May/Jun/Jul)": the months it runs in (decision 6703)
    # "(Sofia, owner)", "(DRI, Ravi)": the word for the owner beside a name labels it.
    named = [p for p in parts if p.strip(" .:").lower() not in _OWNER_LABELS]
    if named and len(named) < len(parts):
        parts = named
    if len(parts) == 2 and _name_beside_post(parts[0].strip(), parts[1].strip()):
        return True  # "(Lukas, ski school director)" (decision 3745)
    if _person_then_description(t, parts):
        return True  # "(Jess, FOH)", "(Priya – night shift)", "(Dr Kaur – ward lead)" (6349)
    if (
        len(parts) == 2
        and "," in t
        and _en_person(parts[0].strip())
        and _AREA_WORDS_RE.fullmatch(parts[1].strip())
    ):
        return True  # "(Sam, accounts)", "(Lee, billing)": the person, then the desk (5828)
    if len(parts) == 2 and any(
        _NUMBERED_UNIT_RE.fullmatch(a.strip()) and _en_person(b.strip())
        for a, b in (parts, parts[::-1])
    ):
        return True  # "(Class 4B, Ms Patel)", "(Ward 3, Dr. Osei)": the person and where (5833)
    if len(parts) == 2 and any(
        _ZH_CLASS_RE.fullmatch(a.strip())
        and _zh_person(b.strip())
        and b.strip() not in _ZH_EVERYONE
        for a, b in (parts, parts[::-1])
    ):
        return True  # "（2026级，李老师）", "（高二3班，王老师）": the same in Chinese (5833)
    if not parts or not all(_owner_part(p) for p in parts):
        coded = _CODE_THEN_POST_RE.match(t) if " " in t else None
        if coded is not None and re.search(r"[\u4e00-\u9fff]", t[-1]):
            # "（IQC 组长 周雪）", "（PMC 计划员 郑丽）": a team's code in capitals, a blank, then the
            # Chinese post and its holder: read as "IQC组长 周雪", or as the post alone, "计划员
            # 郑丽" (decision 5971)
            post = t[coded.end() :]
            return owner_phrase(coded["code"] + post, person_only) or owner_phrase(post, True)
        return False
    return not person_only or any(_owner_part(p, person_only=True) for p in parts)


# The blank between a code in capitals and the Chinese post after it: "IQC 组长", "PMC 计划员"
# (decision 5971).
_CODE_THEN_POST_RE = re.compile(r"^(?P<code>[A-Z]{2,4})[ \t](?=[\u4e00-\u9fff])")


# A person, a comma, a slash or a spaced dash, then a few words or letters saying where, when or
# what they work: "Jess, FOH", "Jess/FOH", "Priya – night shift", "Dr Kaur – ward lead",
# "Mr Adeyemi – PE" (decision 6349).
_SPACED_DASH_SPLIT_RE = re.compile(r"^(?P<who>[^\n]{2,30}?)\s[-–—]{1,2}\s(?P<what>[^\n]{2,30})$")
_DATE_WORD_RE = re.compile(r"\b(?:by|due|until|till|before|wk|week|q[1-4]|eoq|eom|eoy)\b", re.I)
_DESCRIPTION_RE = re.compile(
    r"[A-Za-z][A-Za-z&'’.]{0,14}(?: [A-Za-z0-9][A-Za-z0-9&'’.]{0,14}){0,3}"
)


def _person_then_description(t: str, parts: list[str]) -> bool:
    if len(parts) == 2 and ("," in t or "/" in t):
        who, what = parts[0].strip(), parts[1].strip()
    elif (m := _SPACED_DASH_SPLIT_RE.match(t)) is not None:
        who, what = m["who"].strip(), m["what"].strip()
    else:
        return False
    if not (
        _DESCRIPTION_RE.fullmatch(what) is not None
        and _en_person(who)
        # a function named by its -ing word is a desk: "(Dave / planning)" (decision 6666)
        and (_verb_class(what.split()[0].lower()) is None or what.lower() in _en_functions())
        and what.split()[0].lower() not in _NOT_A_DESCRIPTION
    ):
        return False
    from coach.facts.timeframes import time_spans  # a sibling module of this layer

    # "(Priya, by Nov 30)", "(Maya / wk 8)": the owner and the date, read apart elsewhere
    return not time_spans(what, "en") and not _DATE_WORD_RE.search(what)


def _name_beside_post(first: str, second: str) -> bool:
    """A name no list knows beside the post its holder has, either way round: "Lukas, ski school
    director", "Head chef, Tomasz" — the person and the role, as "(Ski school director: Lukas)"
    is (decision 3546); a post (its last word a role), not a function or a team ("Lukas, sales",
    "Beginners, ski school" stay unread) (decision 3745)."""
    for who, post in ((first, second), (second, first)):
        if _role_noun(post) and _held_by(post, who, 2):
            return True
    return False


_OWNS_WORD_END = re.compile(r"\s?(?:负责|牵头|主责|主导|跟进)\s*$")
# A deadline's part that says "by" or "due" before its date: "by Nov 30", "due 15 May" (4500).
_DATED_RE = re.compile(r"\s?(?:by|due|before)\s\S", re.I)
_UNLISTED_NAME_RE = re.compile(r"[A-Z][a-zà-öø-ÿ'’\-]{2,14}")


def _unlisted_name(t: str) -> bool:
    """One capitalised word that no English word list knows and no calendar word is ("Rina",
    "Okafor"): a person's name in an owner's place (decision 4500)."""
    t = t.strip()
    return (
        _UNLISTED_NAME_RE.fullmatch(t) is not None
        and t.lower() not in _known_words(data_dirs())
        and t.lower() not in _CALENDAR_WORDS
    )


def _owner_beside_time(content: str) -> tuple[int, int] | None:
    """ "(Q2, Sofia)", "（Q3，王芳）", "（全年，HR 陈静）": an owner beside the item's period in one
    bracket; the period may be a deadline or a whole-year horizon (decision 1179). The local
    span of the owner's part (the period stays part of the wording)."""
    from coach.facts.timeframes import has_deadline, is_horizon

    # (a slash between figures is a date's: "(Maya, 30/09)", decision 5408)
    parts = [
        (m.start(), m.end()) for m in re.finditer(r"(?:[^、,，/;；|｜]|(?<=\d)/(?=\d))+", content)
    ]
    if len(parts) == 2 and _month_span(*(content[a:b] for a, b in parts)):
        return None  # "(Jun/Jul)", "(Jun, Aug)": two months, no person called Jun (decision 6703)
    blank_split = False
    if len(parts) == 1 and has_cjk(content):
        # "（钱芳 3月底）", "（运营部 孙立 6月30日前）": a blank between the person and the date in
        # a Chinese bracket parts them as a comma does (decision 5407); the last blank, so a
        # unit before the person stays with the person. The person comes first: "（上半年 王芳）"
        # stays no owner (a time before a word, tester24z)
        m = re.fullmatch(r"(.+\S)[ \t\u3000]{1,3}(\S{2,12})", content)
        if m is not None:
            parts = [m.span(1), m.span(2)]
            blank_split = True
    # "（王姐负责，9月30日前）": the name with the word that says it owns the item (decision 2284)
    names = [(s, s + len(_OWNS_WORD_END.sub("", content[s:e]))) for s, e in parts]
    owners = [(s, e) for s, e in names if _owner_part(content[s:e])]
    unknown = False
    if not owners and len(parts) == 2 and has_cjk(content):
        # "（Q3，林）": one surname beside the period, as a team writes a colleague it knows
        # (decision 5708); the period must be one (checked below)
        owners = [(s, e) for s, e in names if content[s:e].strip() in _SURNAMES]
    if not owners and len(parts) == 2:
        # "(Rina, by Nov 30)", "(Okafor, due 15 May)": a capitalised word no word list knows
        # beside a dated deadline is the person who owns the item, as a given name is (4500)
        owners = [(s, e) for s, e in names if _unlisted_name(content[s:e])]
        unknown = True
    if len(owners) != 1 or len(parts) != 2 or (blank_split and owners[0] != names[0]):
        return None
    s, e = owners[0]
    other = next(p for p, n in zip(parts, names, strict=True) if n != owners[0])
    period = content[other[0] : other[1]]
    if unknown and not _DATED_RE.match(period):
        return None
    # the period read as the due part of the field ("30/09", "wk 8", "Sept", "3.31" after the
    # comma: decisions 5408, 5409) as well as on its own
    lang = "zh" if has_cjk(content) else "en"
    if (
        not has_deadline(period, lang)
        and not is_horizon(period)
        and not has_deadline(("，" if lang == "zh" else ", ") + period.strip(), lang)
    ):
        return None
    while s < e and content[s] == " ":
        s += 1
    while e > s and content[e - 1] == " ":
        e -= 1  # "(Maya / wk 8)": the blank before the slash is no part of the name
    return s, e


# What may follow an owner inside its bracket: more owners ("(owner: Hector / Priscilla)",
# "(@ana, @bo)"); the bracket is then the owner's annotation as a whole.
_MORE_OWNERS_RE = re.compile(
    r"(?:\s?(?:/|&|,|\+|\band\b)\s?(?:@[\w.\-]{1,30}|"
    # not a period after the owner: "(owner: Mei, Q3)", "(Raj, Aug 15)" (decision 1174)
    r"(?!(?:Q[1-4]|H[12]|FY\d{2,4}|EO[QYM]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]{0,6}\b)[A-Z][\w.'’\-]{0,20}))*\s?"
)


# One to three words of a role right after an opening bracket: "(Volunteer coordinator: …".
# An acronym among them too: "(AP lead: Victor)", "(QA lead: Mina)" (decision 3241).
_ROLE_WORDS_BEFORE_RE = re.compile(
    r"[（(](?P<words>(?:[A-Za-z](?:[a-z\-]{1,20}|[A-Z]{1,5}) ){1,3})$"
)


def _whole_bracket(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of an owner widened to the bracket around it when the bracket holds only
    owners ("(@omar)", "(owner: Hector / Priscilla)"), so that no quote of the wording keeps
    a bracket with its owner blanked out (blind read 10)."""
    s = start
    while s > 0 and text[s - 1] == " ":
        s -= 1
    if s == start and text[start : start + 1] in "(（":
        return start, end  # the pattern took the bracket already
    if s > 0 and text[s - 1] not in "(（":
        # "(Volunteer coordinator: Beth)": the role's first words before the owner word are
        # inside the bracket too (decision 2708)
        role = _ROLE_WORDS_BEFORE_RE.search(text, max(0, start - 42), start)
        if role is not None and _en_role(text[role.start("words") : end].split(":")[0]):
            s = role.start("words")
    if s == 0 or text[s - 1] not in "(（":
        return start, end
    m = _MORE_OWNERS_RE.match(text, end)
    stop = m.end() if m is not None else end
    if text[stop : stop + 1] in (")", "）"):
        return s - 1, stop + 1
    return start, end


# A table row's last cell holding a date after the owner's cell: "… | 李婷 | 3/31", "… | Priya |
# 31 Mar" (decision 952).
_DATE_CELL_RE = re.compile(
    r"\s?[|｜]\s?(?:\d{1,4}[/.\-月]\d{1,2}(?:[/.\-]\d{1,4}|日)?|\d{1,2}\s?[A-Z][a-z]{2}|[A-Z][a-z]{2}\s?\d{1,2})"
    r"\s?[|｜]?\s*$"
)


# "… — 管网所 负责人 黄伟", "… — Customer Ops, owner: Dana": after a dash, the unit the owner
# works in, then the owner's label (decision 1095).
_UNIT_AFTER_DASH_RE = re.compile(
    r"[-–—]{1,2}[ \t]?(?P<unit>[^\W\d][^\d,，;；。.!?！？()（）\-–—]{0,15}?)[ \t,，]{0,4}"
)


# A person's name right after a team's name that closes the item: "@财务 刘洋", "@ops Dana".
_PERSON_AFTER_TEAM_RE = re.compile(
    r"[ \t]{1,2}(?P<who>[\u4e00-\u9fff]{2,3}|[A-Z][a-zà-öø-ÿ'’\-]+(?: [A-Z][a-zà-öø-ÿ'’\-]+)?)[ \t。.]*$"
)


def _person_in_team(name: str) -> str | None:
    """The person when an owner's label names a team or a function, a blank, then one person:
    "负责人：运营部 王芳" is 王芳, the span still covering the team, as "（负责人：运营部 王芳，6月底前）"
    and "@客服部 王芳" read (decisions 1099, 3450, 3605). None for a role and its holder kept
    whole ("客服主管 周敏", "SQE 赵磊": decisions 2540, 3301) or anything else."""
    team, gap, who = name.partition(" ")
    if not gap or " " in who or not _team_only(team):
        return None
    if _zh_person(who) or (who.isascii() and is_given_name(who)):
        return who
    return None


def _unit_before(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of an owner that closes the item widened over the unit named between a dash
    and it ("— 管网所 负责人 黄伟"), so that nothing is written inside the owner's phrase."""
    if text[end:].strip(" 。.") or start == 0:
        return start, end
    # the dash stands at most 24 characters before the owner: look back that far only
    for s in range(max(0, start - 24), start):
        # a dash that sets words apart: a long one, or a hyphen with a blank before it
        # ("check-ins" joins a word)
        if s > 0 and text[s - 1] not in "-–—" and (text[s] in "–—" or text[s - 1].isspace()):
            m = _UNIT_AFTER_DASH_RE.fullmatch(text, s, start)
            if m is not None and text[:s].strip():
                return s, end
    return start, end


def _holder(name: str) -> str:
    """The person of "<role or function>: <person>" in an owner's bracket, who holds the role and
    owns the item (decision 2146, revisiting 498): "项目主管：孙悦" -> "孙悦", "front desk: Maria
    Lopez" -> "Maria Lopez", as "负责人：王芳" gives "王芳". A unit after the colon ("运营部：华东区")
    or anything not a person keeps the whole phrase; so does a dash or a blank in place of the
    colon (decision 952: the role and the person written as one name)."""
    if ":" not in name and "：" not in name:
        return name  # "客服-周敏", "工会 周敏", "Nursing - Amara": one name, kept whole (952)
    m = _ZH_ROLE_COLON_RE.fullmatch(name)
    if m is not None and not name.isascii() and _zh_person(m.group("who")):
        return m.group("who")
    m = _EN_ROLE_COLON_RE.fullmatch(name)
    if m is not None and (
        _en_person(m.group("who"))
        or is_given_name(m.group("who"))
        # "(Ski school director: Lukas)": a post held by a name no list knows (decision 3546)
        or _held_by(m.group("role"), m.group("who"), 3 if _role_noun(m.group("role")) else 1)
    ):
        return m.group("who").strip()
    return name


# "负责人：客服主管 周敏", "（负责人：HRBP 林芳）", "（@培训主管 宋佳）", "（负责人：运营经理 Lisa）": a
# Chinese role, a blank, then the person who holds it, up to the bracket's or the item's end
# (decision 2540).
_ZH_HOLDER_AFTER_ROLE_RE = re.compile(
    r"[ \t\u3000]{1,2}(?P<who>[\u4e00-\u9fff]{2,3}|[A-Z][a-z]{1,15})[ \t]?(?=[）)】\]]|[ \t。.]*$"
    # the item's deadline after a comma in the same bracket: "（负责人：社教专员 夏天，12月底前）" (3302)
    r"|[，,；;][ \t]?[^，,；;（）()]{1,16}[）)])"
)


def _zh_role_holder(text: str, m: re.Match[str], name: str) -> tuple[str, int] | None:
    """The owner when an owner's label or a mention names a role and a blank then the person
    who holds it (decision 2540): "负责人：客服主管 周敏" is "客服主管 周敏" (the role and the
    person, kept whole as decision 952 keeps "（工会 周敏）"); a mention yields to the person
    ("（@培训主管 宋佳）" is 宋佳, as decision 1411 reads "@HRBP 孙悦"). None when the name is no
    role or no person follows it. The second value is where the owner's annotation ends."""
    if m.end("name") != m.end() or _zh_person(name):
        return None
    if not (_zh_unit(name) or _ACRONYM_ROLE_RE.fullmatch(name)):
        return None  # "负责人：SQE 赵磊": a role by its letters, as decision 341 reads it (3301)
    r = _ZH_HOLDER_AFTER_ROLE_RE.match(text, m.end())
    if r is None:
        return None
    who = r.group("who")
    if not (
        _zh_person(who)
        or (who.isascii() and is_given_name(who))
        # after a role and a blank, a surname opens the name even when the name holds a
        # character of time or measure: "社教专员 夏天", "班长 金秋" (decision 3302)
        or (not who.isascii() and _is_person(who) and len(who) <= 3)
    ):
        return None
    if m.group(0).lstrip().startswith("@") or text[m.start("name") - 1 : m.start("name")] == "@":
        return who, r.end()  # "（@财务 刘洋）": a team mentioned, then its person, as 1099 reads
    if _team_only(name):
        # "负责人：运营部 王芳，6月底前", "（负责人：QA 李娜）": a team or a function, then the
        # person in it, who owns the item, as decision 1099 reads "负责人：运营部 王芳" (3450)
        return who, r.end()
    return f"{name} {who}", r.end()


# "Sam Ortiz. Due": a name's last word closes its sentence and the next line's label follows
# (decision 2500): the name ends at the period.
_NAME_THEN_LABEL_RE = re.compile(r"(?P<keep>[^\n]{0,60}?[A-Za-z]{2})\. [A-Z][a-z]{1,20}$")
# "(owner: front desk lead Maria)": lowercase role words, then the person, to the bracket's end.
_ROLE_THEN_PERSON_RE = re.compile(
    r"(?P<role>[a-z][a-z&/'’\-]{0,20}(?: [a-z][a-z&/'’\-]{0,20}){0,4}) (?P<who>[A-Z][a-zà-öø-ÿ'’\-]{1,20}"
    r"(?: [A-Z][a-zà-öø-ÿ'’.\-]{1,20})?)\s?[)）\]]"
)


def _explicit_person(text: str, m: re.Match[str], name: str) -> tuple[str, int | None]:
    """The person an explicit owner label names (decision 2500): "Owner: Sam Ortiz. Due: May
    1" names Sam Ortiz (the next label after the period is no part of the name), and
    "(owner: front desk lead Maria)" names Maria, the person who holds the role (as decision
    2146 reads "(front desk: Maria)"). With the name cut short, the end of its annotation."""
    end = m.end("name")
    cut = _NAME_THEN_LABEL_RE.fullmatch(name)
    if cut is not None and text[end : end + 2].lstrip().startswith((":", "：")):
        keep = cut.group("keep")
        return keep, text.index(keep, m.start("name")) + len(keep) + 1
    if name[:1].islower() and text[: m.start("name")].rstrip()[-1:] in ":：":
        r = _ROLE_THEN_PERSON_RE.match(text, m.start("name"))
        if r is not None and (is_given_name(r.group("who").split()[0]) or " " in r.group("who")):
            return r.group("who"), r.end() - 1
    return name, None


# The words each owner pattern needs in a text (coach.facts.needs): most items name no owner, and
# every pattern was tried at every position of their text. A pattern whose words the text lacks
# cannot match, so skipping it changes nothing found.
_OWNER_LOOKS = tuple((p, look(needed(p))) for p in _OWNER_PATTERNS)
_LEADS_LOOKS = tuple((p, look(needed(p))) for p in _LEADS_RE)
_ZH_TRAILING_LOOK = look(needed(_ZH_TRAILING_RE)) or re.compile("")


@cache
def _measure_words_en() -> frozenset[str]:
    return frozenset(words("measure_words", "en"))


# "lead" opening a bracket, with no colon after it: "(Lead Maria)", "（Lead Time）".
_LEAD_OPEN_RE = re.compile(r"[（(【\[][ \t]?lead[ \t](?![ \t]*[:：])", re.I)


def _lead_measure(found: str, name: str) -> bool:
    """Whether "lead" opening a bracket with no colon ("(Lead Time)", "（Lead 总数）") names a
    measure rather than who leads (`lead_gloss`, decision 3480)."""
    return bool(_LEAD_OPEN_RE.match(found)) and lead_gloss("Lead " + name)


_LEAD_THEN_RE = re.compile(r"lead[ \t]+(?P<rest>\S.{0,38})", re.I)


def lead_gloss(text: str) -> bool:
    """Whether "Lead" and the words after it name a measure, not a person who leads: the English
    gloss of a Chinese measure ("变更前置时间（Lead Time）", "交货时间（Lead Time）", "（Lead 总数）") or a
    sales-lead measure ("Lead Score", "Lead Conversion Rate"): the words after "lead" end in a
    measure word (time, score, rate, volume, ...) or are Chinese that names no one. A person or a
    role stays an owner: "Lead Maria", "Lead 王芳", "Lead Engineer", "Lead Nurse" (decision 3480)."""
    m = _LEAD_THEN_RE.fullmatch(text.strip())
    if m is None:
        return False
    rest = m.group("rest").strip()
    if owner_phrase(rest) or _role_noun(text.strip()):
        return False
    if rest.isascii():
        return rest.lower().split()[-1] in _measure_words_en()
    return has_cjk(rest)


# A date field closing the item after a dash, behind the owner's field: "… — Sian — 1 August",
# "… — Race director Paul — 31 October", "… — Dr Okafor — race day", "…——王芳——6月30日" (3782).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\.?"
_DASH_DATE_FIELD_RE = re.compile(
    # "by"/"due"/"before" may open the date's field: "… — Guest Relations — by Sep 30" (4126)
    r"\s?[-–—]{1,2}\s{0,3}(?:(?:by|due|before)\s)?(?:"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}(?:,?\s\d{{4}})?"
    rf"|{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?"
    r"|\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{1,4})?"
    r"|(?:\d{4}\s?年\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号]|底|末|中旬|初)?"
    r"|(?:by\s|due\s)?(?:the\s)?(?:end|start|middle)\sof\s(?:the\s)?[a-z0-9]{2,12}(?:\s\d{4})?"
    r"|(?:Q[1-4]|H[12])(?:\s?\d{4})?"
    r"|[a-z]{3,12}\sday"
    r")[\s.。]*$",
    re.IGNORECASE,
)


# A closing bracket, then only the item's deadline: "… (Priya) by Q3", "… [alice] by Sep 30",
# "…（王芳）9月底前" (decision 3923): the bracket is read as if it closed the item.
# A bracket holding only the date, after the owner's bracket: "…（孙立）（3月）", "… (Priya) (Q3)"
# (decision 5409); the owner's bracket before it is read as though it closed the item.
_DATE_BRACKET_AFTER_RE = re.compile(
    r"(?<=[)）\]】])[ \t]*[（(\[【][ \t]?(?P<due>[^（）()\[\]【】\n]{1,24}?)[ \t]?[）)\]】][\s.。]*$"
)


def _only_time(words: str) -> bool:
    """Whether `words` are one time expression and nothing else ("3月", "Q3", "by Sep 30")."""
    from coach.facts.timeframes import time_spans

    w = words.strip()
    lang = "zh" if has_cjk(w) else "en"
    spans = time_spans(w, lang)
    return len(spans) == 1 and spans[0][0] == 0 and spans[0][1] >= len(w.rstrip("前之 "))


_BRACKET_THEN_DUE_RE = re.compile(
    r"(?<=[)）\]])[ \t]*[,，]?[ \t]*(?:"
    r"(?:by|before|until|due|in)\s(?:the\s)?(?:end\sof\s(?:the\s)?)?(?:"
    r"Q[1-4]|H[12]|(?:next|this)\s(?:quarter|month|week)|quarter|month"
    rf"|{_MONTH}(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2})(?:,?\s\d{4})?"
    r"|(?:\d{4}\s?年\s?)?(?:\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号]|底|末)?|Q[1-4]|本季度|年底)(?:前|之前)?"
    r")[ \t]*[.。]?[ \t]*$",
    re.I,
)


# Who approves, reviews or checks the item is not who owns it (as `_REVIEWER` reads a heading;
# decision 3926): "(approved by CFO)", "(checked by QA lead)", "(approver: Ana)", "（张总审批）".
_APPROVER_RE = re.compile(
    r"\b(?:approv(?:ed|er|al|es)|review(?:ed|er|s)|checked|signed[ -]off|sign-?off|verified|"
    r"audited|countersigned)\b|审批|审核|审阅|审定|签批|把关"
)
_OWNS_WORD_RE = re.compile(r"owner|owned|\bled by\b|\blead\s?[:：]|\bdri\b|负责|牵头|主导", re.I)
# A bracket that says who judges, rates or awards the result, not who works for it (decision
# 4871, lead ruling c of round 33): "（田协评定）", "（汪总评审）", "（陈总授予）", "（吴工认证）" —
# a body or a person by surname and title, then the word of judging closing the bracket.
_JUDGE_RE = re.compile(
    r"(?:评定|评选|评审|评比|评估|评分|打分|认定|认证|颁发|授予|颁授|裁定|审定)$"
)

# A bracket that names who helps, not who owns (decision 37's "(w/ Legal)"; decision 5243):
# "(with merch team)", "(together with CX)", "(alongside Finance)", "(supported by IT)", "（与商品部
# 协同）", "（和设计部一起）", "（配合：财务部）", "（协同：仓储组）" — the key result's owner works with
# them. A word that says who owns it keeps the owner ("（与商品部共同负责）", "(with Ana as owner)").
# The verb alone opens a helper's field only with a colon or as the whole bracket: "（支持组 李雷）",
# "（支持部 王芳）" are a support team's person, the owner (decision 5320).
_HELPER_RE = re.compile(
    r"^(?:(?:together |jointly |working )?with|w/|alongside|supported by|help from|in partnership "
    r"with|partnering with)\s|^(?:与|和|跟|同)[^，,；;]{1,12}(?:协同|配合|合作|一起|联动|协作)$"
    r"|^(?:配合|协同|协助|支持|协作)(?:方|部门)?\s?(?:[:：]|$)",
    re.I,
)

# A bracket closed by the word for drafting or writing: "（马莉起草）", "（行政部 孙倩整理）", "（老赵拟）"
# — who wrote the line, not who owns it (decision 5241, as 4720 reads a title's field).
_DRAFTED_END_RE = re.compile(r"(?:起草|拟稿|拟定|整理|执笔|撰写|编写|填写|填报|拟)$")


def find_owner(text: str) -> tuple[str, tuple[int, int]] | None:
    """The owner named in an item's text and the local span of the annotation, or None."""
    found = _find_owner_said(text)
    if found is None and ("*" in text or "_" in text):
        found = _owner_under_emphasis(text)
    if found is None and has_cjk(text):
        found = _zh_name_field(text)
    elif found is None and ("\t" in text or "  " in text):
        found = _en_name_field(text)
    return found


# The same in English, a tab or two blanks on each side: "Activation from 30% to 45%\tMaya\tSep
# 30" (decision 5408).
_EN_NAME_FIELD_RE = re.compile(
    r"(?<=\S)(?:\t|[ ]{2,4})(?P<name>[A-Z][\w.'’\-]{1,20}(?: [A-Z][\w.'’\-]{1,20})?)"
    r"(?=\s*$|\t|[ ]{2,4})"
)


def _en_name_field(text: str) -> tuple[str, tuple[int, int]] | None:
    """A person in a field of their own after an English item's wording, by a given name, an
    initial and a surname or a title of address (`_owner_part` with `person_only`)."""
    for m in _EN_NAME_FIELD_RE.finditer(text):
        if text[: m.start()].strip() and _owner_part(m.group("name"), person_only=True):
            return m.group("name"), m.span("name")
    return None


# A Chinese person's name in a field of its own after the wording, as a table pasted as text
# lays out its cells: two blanks or a tab before it, or a slash on each side ("…达到90%  钱芳",
# "…达到90%/钱芳/3月31日"); then the line's end or the next field (decision 5407). A comma before
# the name too, where it closes the item ("…，3月31日前完成，钱芳": decision 5409).
_ZH_NAME_FIELD_RE = re.compile(
    r"(?<=\S)(?:[ \t\u3000]{2,4}|\t|\s?/\s?|[，,；;]\s?(?=[\u4e00-\u9fff]{2,3}[\s。.]*$))"
    r"(?P<name>[\u4e00-\u9fff]{2,3})(?=[\s。.]*$|\s?/|[ \t\u3000]{2,4}|\t)"
)


def _zh_name_field(text: str) -> tuple[str, tuple[int, int]] | None:
    """The name in a field of its own closing a Chinese item (`_ZH_NAME_FIELD_RE`): a surname
    first, nothing no given name holds, and no word the dictionary knows but as a name ("方案",
    "全年", "华东" are none)."""
    from coach.nlp import zh_dictionary_tag

    for m in _ZH_NAME_FIELD_RE.finditer(text):
        name = m.group("name")
        # after a comma, only a word the dictionary lacks or tags as a person's full name: its
        # "nr" also covers words such as 周转 and 毛利, which a field of a table rarely holds
        known = (None, "nrfg") if text[m.start()] in "，,；;" else (None, "nr", "nrfg")
        if (
            text[: m.start()].strip()
            and _is_person(name)
            and not _not_a_name(name)
            and zh_dictionary_tag(name) in known
        ):
            return name, m.span("name")
    return None


# Emphasis marks of Markdown: "**Owner:**", "*Lead*", "__Owner__:", "_Simon_" (not the "_" inside
# a login such as "@ana_lee", and not a "*" between words or digits).
_EMPHASIS_RE = re.compile(r"\*{1,2}|(?<![^\W_])_{1,2}|_{1,2}(?![^\W_])")


def _owner_under_emphasis(text: str) -> tuple[str, tuple[int, int]] | None:
    """The owner read once the emphasis marks are taken out: "(**Owner:** Andy)", "— _Simon_",
    "(*Owner*: Priya)" name their owner as "(Owner: Andy)" does (decision 5141). The span is given
    back on the text as written."""
    keep: list[int] = []
    pos = 0
    for m in _EMPHASIS_RE.finditer(text):
        keep.extend(range(pos, m.start()))
        pos = m.end()
    keep.extend(range(pos, len(text)))
    if len(keep) == len(text) or not keep:
        return None
    found = _find_owner_said("".join(text[i] for i in keep))
    if found is None:
        return None
    s, e = found[1]
    start = keep[s] if s < len(keep) else len(text)
    end = keep[e - 1] + 1 if e > 0 else start
    # a closing mark right after the span belongs to it ("_Simon_" blanks whole)
    close = _EMPHASIS_RE.match(text, end)
    if close is not None and close.end() <= len(text) and not text[close.end() :].strip(" .)）]】"):
        end = close.end()
    return found[0], (start, end)


def _find_owner_said(text: str) -> tuple[str, tuple[int, int]] | None:
    found = _find_owner(text)
    if found is not None:
        said = text[found[1][0] : found[1][1]]
        if _APPROVER_RE.search(said.lower()) and not _OWNS_WORD_RE.search(said):
            return None  # "(approved by CFO)": who signs it off owns none of it (3926)
        inner = said.strip(" （(【[）)】]")
        if _JUDGE_RE.search(inner) and not _OWNS_WORD_RE.search(said):
            return None  # "（田协评定）": who rates the result owns none of it (4871)
        if _HELPER_RE.search(inner) and not _OWNS_WORD_RE.search(said):
            return None  # "(with merch team)": who helps owns none of it (5243)
        if _DRAFTED_END_RE.search(inner) and not _OWNS_WORD_RE.search(said):
            return None  # "（马莉起草）" on an objective: who wrote it (5241)
    return found


def _find_owner(text: str) -> tuple[str, tuple[int, int]] | None:
    m = _BRACKET_THEN_DUE_RE.search(text) if ")" in text or "）" in text or "]" in text else None
    if m is None and (")" in text or "）" in text or "]" in text or "】" in text):
        m = _DATE_BRACKET_AFTER_RE.search(text)
        if m is not None and not _only_time(m.group("due")):
            m = None
    if m is not None:
        found = find_owner(text[: m.start()])
        if found is not None and found[1][1] == m.start():
            return found  # "… (Priya) by Q3": the bracket's owner, before the date (3923)
    # (a date field after a dash: most texts hold no dash)
    m = _DASH_DATE_FIELD_RE.search(text) if "-" in text or "–" in text or "—" in text else None
    if m and m.start() > 0 and re.search(r"[-–—]", text[: m.start()]):
        # "… — Sian — 1 August": the owner's field, then the date's; read the owner before it
        found = find_owner(text[: m.start()])
        if found is not None:
            return found
    # (a date cell follows a bar: most texts hold none)
    m = _DATE_CELL_RE.search(text) if "|" in text or "｜" in text else None
    if m and m.start() > 0 and "|" in text[: m.start()] + "｜":
        found = find_owner(text[: m.start()])
        if found is not None:
            return found
    el = person_element(text)
    if el is not None and text[: el.start()].strip():
        return el.group("name").strip(), (el.start(), el.end())
    teams = list(_TEAM_ELEMENT_RE.finditer(text)) if "<" in text else []
    if len(teams) == 1 and text[: teams[0].start()].strip():
        el = teams[0]
        if _TEAM_OWNS_AFTER_RE.match(text, el.end()):
            return el.group("name").strip(), _whole_bracket(text, el.start(), el.end())
    m = _DOER_BRACKET_RE.search(text) if ")" in text or "）" in text else None
    if m is not None and text[: m.start()].strip():
        name = m.group("name") or m.group("name2")
        if _owner_part(name, person_only=True) and not _team_only(name):
            return name, m.span()  # "(Sam to drive)": the person (decision 5587)
    m = _NAMES_TO_RE.match(text)
    if m and all(is_given_name(w) for w in re.split(r"\s*(?:,|&|\+|\band\b)\s*", m.group("name"))):
        return m.group("name"), m.span("name")
    folded = fold_case(text)
    for pattern, need in _OWNER_LOOKS:
        if need is not None and need.search(folded) is None:
            continue  # the text holds none of the words the pattern needs (most items)
        for m in pattern.finditer(text):
            if _EXCEPT_BEFORE_RE.search(text, 0, m.start()):
                continue  # "reviewed by someone other than @lena": she is the one left out
            name = m.group("name").strip(" .·'’-@")
            if name and _lead_measure(m.group(0), name):
                # "变更前置时间（Lead Time）", "(Lead Score)": the gloss of a measure, no one leads
                # it (decision 3480)
                continue
            if name and (held := _zh_role_holder(text, m, name)) is not None:
                return held[0], _unit_before(text, *_whole_bracket(text, m.start(), held[1]))
            cut_end = None
            if name and name.isascii():
                name, cut_end = _explicit_person(text, m, name)
            if name and (inside := _person_in_team(name)) is not None:
                name = inside  # "（负责人：运营部 王芳）": the person in the team (3605)
            if name:
                person = _PERSON_AFTER_TEAM_RE.match(text, m.end())
                if (
                    person is not None
                    and (_team_only(name) or _role_mention(m, name))
                    and owner_phrase(person.group("who"), person_only=True)
                ):
                    # "@财务 刘洋", "@finance Priya": the team, then the person in it who owns the
                    # item (decision 1099); "@培训负责人 马丽", "@HRBP 孙悦": the role, then the
                    # person who holds it (decision 1411)
                    return person.group("who"), (m.start(), person.end())
                end = m.end() if cut_end is None else cut_end
                return name, _unit_before(text, *_whole_bracket(text, m.start(), end))
            break
    m = _OWNS_RE.search(text)
    if m and m.start() > 0 and owner_phrase(m.group("name")):
        return m.group("name").strip(), (m.start(), m.end())
    helped = any(w in text for w in ("负责", "牵头", "主责"))
    m = _OWNS_BESIDE_HELPER_RE.search(text) if helped else None
    if m and m.start() > 0 and owner_phrase(name := (m.group("name") or m.group("name2"))):
        return name.strip(), (m.start(), m.end())  # decision 6620
    for pattern, need in _LEADS_LOOKS:
        m = pattern.search(text) if need is None or need.search(folded) else None
        if m and m.group("name") not in _LEADS_NOT and owner_phrase(m.group("name")):
            return m.group("name"), (m.start(), m.end())
    m = _TRAILING_NAME_RE.search(text)
    if m and m.start() > 0 and _is_person(m.group("name")) and not _not_a_name(m.group("name")):
        return m.group("name"), (m.start(), m.end())
    # (searched once for the two readings below; it needs a dash or a bar: issue 13)
    dashed = (
        _TRAILING_DASH_RE.search(text)
        if "-" in text or "–" in text or "—" in text or "|" in text or "｜" in text
        else None
    )
    m = dashed
    if m and "(" in m.group(0) and text[: m.start()].strip() and _given_each(m.group("name")):
        # "— Priya (HR)": the person after the dash owns it; the bracket says where she works
        # (decision 952).
        return m.group("name"), (m.start(), m.end())
    m = _TRAILING_BRACKET_RE.search(text)
    if m and text[: m.start()].strip():
        if owner_phrase(m.group("name")):
            return _holder(m.group("name").strip()), (m.start(), m.end())
        if text[m.start()] == "[" and _logins(m.group("name")):
            # "… [lmorris] 0.9", "… [rdiaz, tberg]": logins in the closing square bracket, as a
            # wiki's overview list writes each key result's owners (decision 3793)
            return m.group("name").strip(), (m.start(), m.end())
        found = _owner_beside_time(m.group("name"))
        if found is not None:
            s, e = found
            base = m.start("name")
            return m.group("name")[s:e], (base + s, base + e)
        held = _UNIT_DASH_PERSON_RE.fullmatch(m.group("name").strip())
        if (
            held is not None
            and not _month_span(m.group("name").split()[0], held["who"])
            and (
                _TITLED_SURNAME_RE.fullmatch(held["who"])
                or owner_phrase(held["who"], person_only=True)
            )
        ):
            # "[Precinct Ops – D. Reyes]", "(Comms - Jo Park)": the unit or post, a dash, the
            # person in it who owns the item (decision 4707)
            return held["who"], (m.start(), m.end())
    m = _DASH_FIELD_RE.search(text) if "-" in text or "–" in text or "—" in text else None
    if m and text[: m.start()].strip() and "," in m.group("field"):
        # "… — Maya, Sep 30", "… – Li, wk 8": the owner and the date in one field after a dash,
        # as in one bracket ("(Maya, Sep 30)", decisions 1179, 5408)
        found = _owner_beside_time(m.group("field"))
        if found is not None:
            s, e = found
            base = m.start("field")
            return m.group("field")[s:e], (base + s, base + e)
    m = _TRAILING_ROLE_RE.search(text)
    if m and text[: m.start()].strip():
        held = _ROLE_COLON_NAME_RE.fullmatch((m.group("name") or m.group("sq")).strip())
        if (
            held is not None
            and _en_role(held.group("role"))
            # "(Marketing: Brand Refresh)": two words after a function name a project (520)
            and (
                " " not in held.group("who")
                or held.group("who")[1] == "."  # "D. Okoye": an initial and a surname
                or is_given_name(held.group("who").split()[0])
                # "(Ski school director: Lukas Berg)": a post, then a name no list knows (3546)
                or (_role_noun(held.group("role")) and _held_by(held.group("role"), held["who"]))
            )
        ):
            # "(Streets supervisor: D. Okoye)", "(Night shift supervisor: Amaka)": a role, a
            # colon, the person who holds it (decision 2705)
            return held.group("who"), (m.start(), m.end())
    found = _role_bracket_owner(text)
    if found is not None:
        return found
    m = _LEADING_BRACKET_RE.match(text)
    if m and text[m.end() :].strip() and owner_phrase(m.group("name")):
        return _holder(m.group("name").strip()), (m.start(), m.end())
    m = dashed
    if (
        m
        and text[: m.start()].strip()
        and (
            _given_each(m.group("name"))
            or _EN_HONORIFIC_RE.match(m.group("name"))
            or _ranked_surname(m.group("name"))
            # "… — H. Osei", "… – J.K. Mensah": initials and a surname name a person (4500)
            or _INITIALS_SURNAME_RE.fullmatch(m.group("name"))
        )
    ):
        # "… - Lt. Garcia", "… — Dr Patel": a title of address before a surname names a person
        # (decision 1684)
        return m.group("name"), (m.start(), m.end())
    m = _TRAILING_DASH_ROLE_RE.search(text) if "-" in text or "–" in text or "—" in text else None
    if m and text[: m.start()].strip() and _en_role(m.group("name")):
        # "First call resolution from 68% to 80% — Team leads", "— Shift leads": a role in the
        # plural after the closing dash owns it, as "(Team leads)" does (decision 2708)
        return m.group("name"), (m.start(), m.end())
    m = _TRAILING_DASH_HOLDER_RE.search(text) if "-" in text or "–" in text or "—" in text else None
    if (
        m
        and text[: m.start()].strip()
        and _dash_holder(m.group("role"), m.group("who"), m["colon"])
    ):
        # "… — adoptions lead Jo", "… — Station manager: Sue", "… – Head of Welfare: Amira
        # Khan": a post, then the person who holds it, after the closing dash (decision 3241)
        return m.group("who"), (m.start(), m.end())
    m = _ZH_TRAILING_RE.search(text) if _ZH_TRAILING_LOOK.search(folded) else None
    if m and text[: m.start()].strip() and not _WORK_THEN_AUTHOR_RE.fullmatch(text[: m.start()]):
        name = m.group("name") or m.group("name2")
        if not name.isascii() and owner_phrase(name):
            return name, (m.start(), m.end())
    m = _LEADING_DASH_TEAM_RE.match(text) if "-" in text or "–" in text or "—" in text else None
    if m and prefix_owner(m.group("name")):
        # "Marketing — 400 qualified leads", "Customer success – renewals from 80% to 90%": a
        # team or a role before a dash opening the item owns it, as "Sales:" does (4501)
        return m.group("name"), (m.start(), m.end())
    return _team_tag(text)


# Two or three capitals closing a key result, in a bracket or after a spaced dash, name a person by
# initials: "… by Easter (RK)", "… — JT", "…（ZL）", "(RK/JT)" — as staff sign their lines in a
# school's or a ward's set (decision 6400, lead ruling of round 44). Not an acronym of a measure, a
# unit, a currency, a standard or a tag (coach/facts/data/en/closing_acronyms.txt: "(NPS)", "(USD)",
# "— TBD"), not the initials of the words right before it ("Net promoter score (NPS)", decision
# 5145), and not a word the item itself uses ("Lift ARPU … (ARPU)").
_INITIALS_RE = re.compile(r"[A-Z]{2,3}(?:[ \t]?[/,&+][ \t]?[A-Z]{2,3}){0,2}")
_INITIALS_PART_RE = re.compile(r"[A-Z]{2,3}")


_DASH_INITIALS_RE = re.compile(
    r"\s[-–—]{1,2}\s{1,3}(?P<name>[A-Z]{2,3}(?:[ \t]?[/,&+][ \t]?[A-Z]{2,3}){0,2})[\s.]*$"
)


# Asked twice of a line that ends in initials: once to find the draft's convention
# (coach.annotate._bare_owners), once when the line is read again with it.
@lru_cache(maxsize=256)
def initials_owner(text: str) -> tuple[str, tuple[int, int]] | None:
    """People's initials closing an item in a bracket or after a spaced dash ("… (RK)", "… — JT",
    "…（ZL）", "(RK) — self 0.6, manager 0.5") and the span, or None (decision 6400). They own the
    item where the draft signs its lines so (coach.annotate reads the convention: two items
    closed so, or owners written at the end of other items)."""
    m = _TRAILING_BRACKET_RE.search(text) if ")" in text or "）" in text or "]" in text else None
    if m is None and ("-" in text or "–" in text or "—" in text):
        m = _DASH_INITIALS_RE.search(text)
    if m is None or not text[: m.start()].strip():
        return None
    if not _initials(m.group("name"), text[: m.start()]):
        return None
    return m.group("name").strip(), (m.start(), m.end())


def _initials(name: str, before: str) -> bool:
    """Whether `name` (a closing bracket's content or the words after a closing dash) is one to
    three people's initials, `before` the item's words before it (decision 6400)."""
    t = name.strip()
    if not _INITIALS_RE.fullmatch(t):
        return False
    known = word_set("closing_acronyms", "en")
    parts = _INITIALS_PART_RE.findall(t)
    markets = word_set("country_codes", "en")
    if len(parts) > 1 and all(p.lower() in markets or p.lower() in known for p in parts):
        return False  # "(PH + MY)", "(DE/AT/CH)": the markets the line is measured in (6821)
    heads = "".join(w[:1] for w in re.findall(r"[A-Za-z][\w'’]*", before)).upper()
    for part in parts:
        if part.lower() in known or re.search(rf"(?<![A-Za-z]){part}(?![a-z])", before):
            return False
        if heads.endswith(part) or (len(part) == 3 and part in heads):
            # "… weekly engaged learners by Q3 (WEL)", "Net promoter score (NPS)": the initials
            # of words of the line, the name of its measure (decision 5145); two letters only
            # right before the bracket, where a chance pair is rare
            return False
    return True


# A short tag before the colon that opens a key result's line, naming the team or the discipline
# that owns it: an acronym ("UA:", "CRM:", "FOH:", "A&E:") or one capitalised word ("Audio:",
# "LiveOps:", "Events:"; decision 6401, lead ruling of round 44). Not a measure's name ("NPS:",
# "Retention:", "Revenue:"), a tag of the goal's kind ("Stretch:", "Bonus:"), nor an abstract noun
# that names a topic ("Hiring:", "Engagement:", "Quality:", "Safety:"): by its ending.
_TAG_PREFIX_RE = re.compile(
    r"[A-Z](?:[A-Z]{1,4}|&[A-Z]{1,2}|[A-Z]?[a-z]{1,10}(?:[A-Z][a-z]{1,8})?)"
)
_ABSTRACT_END_RE = re.compile(
    r"(?:ing|ment|ments|ity|ities|ness|tion|tions|sion|sions|ance|ence|ancy|ency|ism|ship|ure|ty)$"
)
_GOAL_KIND_TAGS = frozenset(
    {"stretch", "bonus", "optional", "moonshot", "aspirational", "committed", "must", "nice",
     "baseline", "current", "target", "goal", "goals", "metric", "measure", "kpi", "result",
     "results", "outcome", "deadline", "due", "owner", "status", "progress", "focus", "theme",
     "risk", "risks", "idea", "ideas", "initiative", "milestone", "phase", "stage", "step",
     "north", "star", "overall", "total", "main", "primary", "secondary", "key", "also", "plus",
     "then", "first", "next", "later", "now", "done", "new", "old", "cost", "costs", "budget",
     "spend", "time", "speed", "scale", "reach", "volume", "output", "input", "impact"}
)  # fmt: skip


def tag_prefix(prefix: str) -> str | None:
    """The kind of a short tag before a key result's colon that may name its team (decision
    6401): "acronym" ("UA", "CRM", "A&E"), "word" (one capitalised word: "Audio", "LiveOps"), or
    None for anything else, a measure's name and a topic included."""
    t = prefix.strip(" *_")
    if not _TAG_PREFIX_RE.fullmatch(t):
        return None
    low = t.lower()
    if low in _GOAL_KIND_TAGS or low in word_set("closing_acronyms", "en"):
        return None
    if low in word_set("bracket_tags", "en") or low in _kpi_names():
        return None
    if t.isupper() or "&" in t:
        return "acronym"
    if _ABSTRACT_END_RE.search(low) or is_given_name(t):
        return None
    return "word"


@cache
def _kpi_names() -> frozenset[str]:
    from coach.facts.kpi import kpi_terms

    return frozenset(kpi_terms("en")) | word_set("measure_words", "en")


# A team's or a role's name of one to three words, then a dash with blanks around it, opening
# the item (decision 4501).
_LEADING_DASH_TEAM_RE = re.compile(
    r"^(?P<name>[A-Z][A-Za-z&'’]*(?: [A-Za-z&'’]+){0,2})[ \t]{1,3}[-–—]{1,2}[ \t]{1,3}(?=\S)"
)


# A login: one lower-case word of letters, digits and dots, three to sixteen long ("lmorris",
# "pshah", "o.ade"); "p1", "q3", "v2" and the tags of `bracket_tags` are no login.
_LOGIN_RE = re.compile(r"[a-z][a-z0-9._-]{2,15}")
_CODE_TAG_RE = re.compile(r"[a-z]{1,2}\d{1,3}")


_MONTH_TAG_RE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?\d{0,2}")


def _logins(inside: str) -> bool:
    """Whether a square bracket's content is one login or a list of them (decision 3793): no
    tag, no code, and no word the English word lists know ("[date]", "[owner]", "[target]" are
    a template's slots)."""
    parts = [p.strip() for p in re.split(r"[,/&]|\band\b", inside)]
    tags = words("bracket_tags", "en")
    known = _known_words(data_dirs())
    return bool(parts) and all(
        _LOGIN_RE.fullmatch(p)
        and not _CODE_TAG_RE.fullmatch(p)
        and p not in tags
        and p not in _GENERIC_UNITS
        # "[june]", "[sep]": a month is when, not who (decision 3921)
        and p not in _CALENDAR_WORDS
        and not _MONTH_TAG_RE.fullmatch(p)
        # a given name typed in lower case is a login too: "[alice]", "[priya, sam]" (3921)
        and (p not in known or (p.isalpha() and is_given_name(p)))
        for p in parts
    )


def known_word(word: str) -> bool:
    """Whether an English word (any case) is in the project's English word lists."""
    return word.lower() in _known_words(data_dirs())


@cache
def _known_words(dirs: tuple[Path, ...]) -> frozenset[str]:
    """Every English word in the word lists of `dirs` (a login is none of them)."""
    found: set[str] = set()
    for d in dirs:
        for path in sorted((d / "en").glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.startswith("#"):
                    found.update(re.findall(r"[a-z][a-z'-]+", line.lower()))
    return frozenset(found)


# A bracket holding a role, a colon and its holder, longer than a bare name's bracket or before
# the item's deadline: "(Head of Unit: Eng. Papadopoulos)", "(Digital team: K. Nikolaou) until
# 30/06/2027", "(Quality manager: Dr. Mensah) by end of June" (decision 3368).
_ROLE_BRACKET_RE = re.compile(
    r"[（(][ \t]?(?P<role>[A-Za-z][A-Za-z '’\-]{1,40}?)[ \t]?[:：][ \t]?"
    r"(?P<who>[A-Z][^()（）\n:：,;]{1,40}?)[ \t]?[)）]"
    r"(?P<after>[ \t]{0,3}(?:[,;–—-][ \t]{0,2})?(?:by|until|till|before|due|no later than|deadline:?)"
    r"[ \t][^()（）\n]{1,40})?[\s。.]*$",
    re.I,
)


def _role_bracket_owner(text: str) -> tuple[str, tuple[int, int]] | None:
    """The holder in "(Head of Unit: Eng. Papadopoulos)", or in "(Digital team: K. Nikolaou)"
    before the item's deadline ("until 30/06/2027"): a role or a team, a colon, a person
    (decision 3368)."""
    if ":" not in text and "：" not in text:
        return None
    m = _ROLE_BRACKET_RE.search(text)
    if m is None or not text[: m.start()].strip():
        return None
    role, who = m.group("role").strip(), m.group("who").strip()
    if not (_en_role(role) or _team_only(role)):
        return None
    if not (owner_phrase(who, person_only=True) or _TITLED_SURNAME_RE.fullmatch(who)):
        return None
    return who, (m.start(), m.end("who") + 1)


# A closing bracket's unit or post of one to four words, a spaced dash, then a person (4707).
_UNIT_DASH_PERSON_RE = re.compile(
    r"(?<![A-Za-z&'’.])[A-Za-z][A-Za-z&'’.]*+(?: [A-Za-z&'’.]++){0,3}[ \t][-–—][ \t]"
    r"(?P<who>[A-Z][^()\[\]\n,;:]{1,30})"
)
# A title of address or an initial, then a surname, whatever its letters: "Mr. Okonkwo-Adeyemi",
# "B. Wiśniewska", "Prof. Oyelaran-Smith" (decision 3368).
_TITLED_SURNAME_RE = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Eng|Ing)\.?[ \t]|[A-Z]\.[ \t]?)[A-Z][^\W\d_]+(?:[-’'][A-Z][^\W\d_]+)?"
)


# A person's name, then the job they hold in brackets, closing a heading: "Personal OKR - Q2 2027 -
# Priyanka (Jr. Data Analyst)", "Tomasz (Sr. Backend Engineer)" (decision 3369).
_NAME_ROLE_BRACKET_RE = re.compile(
    r"(?:^|[-–—|·:][ \t]{0,2})(?P<name>[A-Z][a-zà-öø-ÿ'’\-]{1,20}(?: [A-Z][a-zà-öø-ÿ'’\-]{1,20})?)"
    r"[ \t]?[(（](?P<role>[^()（）\n:：]{2,40})[)）][ \t]*"
    # or opening it, the set's name after a dash: "Lukas (UX Designer) - OKRs H1" (decision 3443)
    r"(?:$|[-–—|:][ \t]{0,2}(?=[^()（）\n]{0,30}\b(?:OKRs?|[Gg]oals|[Oo]bjectives)\b))"
)
_HEAD_OF_RE = re.compile(r"(?:head|vp|director|chief)\s(?:of\s)?[A-Za-z]", re.I)
_RANK_PREFIX_RE = re.compile(
    r"^(?:jr|sr|junior|senior|lead|chief|principal|associate|assistant)\.?\s", re.I
)


def _name_before_role_bracket(t: str) -> str | None:
    """ "Priyanka (Jr. Data Analyst)" closing a heading: the person, not her job's last word
    (decision 3369)."""
    m = _NAME_ROLE_BRACKET_RE.search(t)
    if m is None:
        return None
    name, role = m.group("name"), m.group("role").strip()
    if _team_only(name) or _en_role(name):
        return None
    if _team_only(role):
        return None  # "Growth - Europe (Sales team)": a team, no job
    last = role.lower().split()[-1].rstrip(".")
    bare = _RANK_PREFIX_RE.sub("", role)
    if not (_role_noun(bare) or last in _job_heads() or _HEAD_OF_RE.match(bare)):
        return None
    return name


@cache
def _job_heads() -> frozenset[str]:
    return frozenset(words("job_heads", "en"))


# A run of tags closing an item, a priority among them: "… [P0][DP]", "… [P1][APPS][PRODUCT]",
# "[INFRA][P2]". The capitalised codes beside the priority name the teams that own it.
_TAG_RUN_RE = re.compile(r"(?:\s?\[[A-Za-z0-9?&/ -]{1,12}\]){2,5}\s*$")
_PRIORITY_TAG_RE = re.compile(r"^P[0-4?]$")
_TEAM_CODE_RE = re.compile(r"^[A-Z][A-Z&/-]{1,11}$")
_NOT_TEAM_CODES = frozenset(
    {"WIP", "TBD", "TODO", "MVP", "OKR", "KR", "KPI", "API", "NEW", "DONE", "N/A", "NA", "ETA"}
)


def _team_tag(text: str) -> tuple[str, tuple[int, int]] | None:
    """The team named by a code in the tags that close an item beside its priority ("Support
    for diff [P0][DP]": DP), or None (decision 472). Without a priority tag the codes may be
    anything ("[WIP][API]") and name no one."""
    m = _TAG_RUN_RE.search(text) if "[" in text else None  # (every tag opens with one)
    if m is None or not text[: m.start()].strip():
        return None
    tags = re.findall(r"\[([^\]]+)\]", m.group(0))
    if not any(_PRIORITY_TAG_RE.match(t) for t in tags):
        return None
    teams = [t for t in tags if _TEAM_CODE_RE.match(t) and t not in _NOT_TEAM_CODES]
    if not teams:
        return None
    first = m.group(0).index("[" + teams[0] + "]")
    return teams[0], (m.start() + first, m.end())


# A post of one to four words, a colon or a blank, then its holder closing the item after a
# dash: "— adoptions lead Jo", "— Station manager: Sue", "– Head of Welfare: Amira Khan" (3241).
_TRAILING_DASH_HOLDER_RE = re.compile(
    # a numbered unit in the post ("Line 3 supervisor"), a comma before the holder, and the
    # holder's initials before the surname ("— Ops Lead R. Mehta", decision 5704)
    r"\s[-–—]{1,2}\s{1,3}(?P<role>[A-Za-z][\w'’&/\-]*+\.?(?: (?:[A-Za-z][\w'’&/\-]*+\.?|\d{1,3}[A-Z]?)){0,3}?)"
    r"(?P<colon>\s?:\s?|,\s|\s)(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s)?(?:[A-Z]\.\s?){0,2}"
    r"[A-Z][a-zà-öø-ÿ'’\-]++(?: [A-Z][a-zà-öø-ÿ'’\-]++)?)[\s.]*$"
)


def _dash_holder(role: str, who: str, colon: str) -> bool:
    """Whether "<role> <who>" after a closing dash is a post and its holder: with a colon, as
    `_held_by` reads "Branch manager: Folasade Ojo"; with a blank only, the post must be one
    and the name a known given name, a title of address or one capitalised word ("kennel
    manager Raj", "adoptions lead Jo")."""
    if ":" in colon:
        return _held_by(role, who, 2)
    if _INITIALS_SURNAME_RE.fullmatch(who):
        # "— Ops Lead R. Mehta", "— Line 3 supervisor, J. Alvarez": a post, then a person by
        # initials and surname (decision 5704); the post's last word names one
        return _role_noun(re.sub(r" \d{1,3}[A-Z]?(?= |$)", "", role).replace(".", ""))
    if "," in colon:
        return False
    first = who.split()[0]
    if first.lower() in _CALENDAR_WORDS:
        return False  # "— review lead Monday": when, not who
    return is_given_name(first) or bool(_EN_HONORIFIC_RE.match(who)) or _held_by(role, who, 2)


# A single capitalised word closing an item, in brackets or after a dash: "(Ade)", "[Gaz]",
# "— Dee". A person's name where the draft writes owners there (decision 442).
_BARE_NAME_RE = re.compile(
    r"(?:[(\[（]\s?(?P<b>[A-Z][a-zà-öø-ÿ'’\-]{1,15}(?: [A-Z][a-zà-öø-ÿ'’\-]{1,15}){0,2})\s?[)\]）]"
    r"|\s[-–—]{1,2}\s{1,3}(?P<d>[A-Z][a-zà-öø-ÿ'’\-]{1,15}))[\s.]*$"
)
# "(RPA: Tomasz)", "(Pharmacy: Otieno)", "(GRC: Sami)": a label of a few words, a colon, then one
# capitalised word closing the item (decision 3204).
_BARE_LABELLED_RE = re.compile(
    r"[(\[（]\s?(?P<label>[A-Za-z][A-Za-z&/'’\- ]{0,24}?)\s?[:：]\s?"
    r"(?P<b>[A-Z][a-zà-öø-ÿ'’\-]{1,15})\s?[)\]）][\s.]*$"
)
# Labels whose value is no person: "(Status: Ongoing)", "(Due: December)", "(Source: Typeform)".
_NOT_OWNER_LABELS = frozenset(
    {"status", "state", "phase", "stage", "priority", "prio", "due", "deadline", "date", "when",
     "eta", "source", "data source", "metric", "kpi", "measure", "measured by", "baseline",
     "target", "goal", "note", "notes", "type", "kind", "category", "tag", "tags", "label",
     "weight", "progress", "confidence", "score", "region", "market", "country", "city", "site",
     "channel", "product", "tool", "tools", "platform", "system", "level", "tier", "segment",
     "language", "lang", "unit", "currency", "frequency", "cadence", "period", "quarter",
     "version", "release", "theme", "pillar", "project", "initiative", "link", "ref", "via",
     "e.g", "eg", "ie", "i.e", "example", "scope", "risk", "dependency", "depends on"}
)  # fmt: skip
_CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter"}
)  # fmt: skip
# Months alone closing an item are when it is due (decision 6763); not those that are also
# common given names (May, June, April, Jan, Jun), which stay a person's there.
_MONTHS_NOT_NAMES = frozenset(
    {"january", "february", "march", "july", "august", "september", "october", "november",
     "december", "feb", "mar", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip
# Words a closing bracket holds that name no person: a tag, a status, a channel, a place kind.
_NOT_BARE_NAMES = frozenset(
    # the level a class or a squad is taught at ("(Beginners, instructor)": the class's post,
    # nobody named; decision 6666)
    {"beginners", "novices", "juniors", "seniors", "intermediates", "improvers", "advanced",
     "all", "team", "teams", "draft", "stretch", "optional", "pilot", "baseline", "target",
     "estimate", "estimated", "done", "blocked", "new", "ongoing", "paused", "web", "mobile",
     "online", "offline", "family", "committed", "aspirational", "moonshot", "tbd", "tbc", "maybe",
     "carryover", "carried", "stretchy", "critical", "high", "medium", "low", "must", "should",
     "could", "nice", "bonus", "global", "local", "internal", "external", "company", "personal",
     "monthly", "weekly", "quarterly", "yearly", "annual", "daily", "north", "south", "east",
     "west", "europe", "asia", "africa", "americas", "emea", "apac", "latam", "facebook",
     "instagram", "tiktok", "linkedin", "youtube", "google", "twitter", "android", "ios",
     "english", "chinese", "spanish", "french", "german", "stretch-goal", "green", "amber", "red",
     "yellow", "behind", "ahead", "late", "complete", "completed", "started", "planned", "none",
     "everyone", "both", "shared", "joint", "pending", "approved", "cancelled", "dropped"}
)  # fmt: skip


# A review's verdict closing a key result in brackets, one word: "(Hit)", "(Miss)", "(Missed)",
# "(Exceeded)" — how it went, no person; "(Miss Patel)" with a name after it stays one (5123).
_REVIEW_VERDICTS = frozenset(
    {"hit", "miss", "missed", "met", "unmet", "achieved", "exceeded", "failed", "partial", "partly"}
)


# Owners that name everybody: "(owner: all)", "【全员】", "负责人：大家" (decision 1576). The seed's
# "务必指定一个责任人": a result everybody shares is one nobody drives.
_EVERYBODY = frozenset(
    {"all", "everyone", "everybody", "all of us", "whole team", "the whole team", "all hands",
     "all staff", "全员", "大家", "所有人", "全体", "全体成员", "全体员工", "全体同事", "全组", "全组成员",
     "全部门", "全科室", "全店", "全店员工", "各位", "人人"}
)  # fmt: skip


def names_everybody(name: str) -> bool:
    """Whether an owner's name is everybody ("all", "全员"): no one person answers for it."""
    return name.strip(" @.:：()（）[]【】").lower() in _EVERYBODY


# An owner's field still to be filled in: "Owner: TBD", "负责人：待定", "| 待定 |" in an owner column
# (decision 3920). It names nobody yet.
_UNDECIDED_RE = re.compile(
    r"tb[dca]|tb[dc] ?\?|to be (?:decided|defined|determined|confirmed|assigned|named|agreed)|"
    r"n/?a|none(?: yet)?|nobody(?: yet)?|unassigned|not (?:yet )?assigned|open|vacant|\?+|-+|—+|"
    r"待定|待确认|待定人|待分配|待指定|待安排|未定|未指定|未分配|暂无|暂定|无|空缺|？+"
    # a template's blank left in the owner's place: "xx组", "XX部", "XXX", "某某", "XX team",
    # "××老师" stand for a unit or a person still to be written in (decision 5402), as "[团队]"
    # and "[team]" do
    r"|(?:[xX×]{2,4}|某某?)\s?(?:组|部|部门|科|室|处|团队|中心|小组|队|班|店|经理|主管|老师|同学|负责人|"
    r"team|squad|dept\.?|department|group|lead|manager|owner)?",
    re.I,
)


def names_nobody(name: str) -> bool:
    """Whether an owner's name says the owner is still to be decided ("TBD", "待定", "N/A",
    "?"): nobody answers for the item yet (decision 3920)."""
    return _UNDECIDED_RE.fullmatch(name.strip(" @.:：()（）[]【】*_")) is not None


def undecided_owner(name: str | None, annotation: str = "") -> bool:
    """Whether an item's owner, read as `name` from its `annotation` ("(Owner: N/A)"), is still
    to be decided (`names_nobody`): the name, or all the annotation says after its colon."""
    if not name:
        return False
    value = re.split(r"[:：]", annotation)[-1] if annotation else ""
    return names_nobody(name) or (bool(value.strip()) and names_nobody(value))


def bare_name(text: str) -> tuple[str, tuple[int, int]] | None:
    """A single capitalised word closing the item ("(Ade)", "[Gaz]", "— Dee") that no list
    names and no tag is: the owner, where the draft's convention says owners stand there
    (coach.annotate reads the convention; decision 442)."""
    m = _DASH_DATE_FIELD_RE.search(text) if "-" in text or "–" in text or "—" in text else None
    if m and m.start() > 0 and re.search(r"[-–—]", text[: m.start()]):
        # "… — Sian — 1 August": the name's field, then the date's (decision 3782)
        found = bare_name(text[: m.start()])
        if found is not None:
            return found
    m = _BARE_NAME_RE.search(text)
    if m is None and (m := _BARE_LABELLED_RE.search(text)) is not None:
        # "(RPA: Tomasz)", "(Pharmacy: Otieno)": a short label, a colon and one capitalised word,
        # where the draft writes owners there, name the one who owns it as "(Ade)" does; a
        # label that says what the word is (a status, a month, a source) does not (3204).
        name = m.group("b")
        if m.group("label").strip().lower() in _NOT_OWNER_LABELS or name.lower() in _CALENDAR_WORDS:
            return None
    elif m is None:
        return None
    if not text[: m.start()].strip():
        return None
    name = m.group("b") or m.group("d")
    low = name.lower().strip("'’-")
    if low in _NOT_BARE_NAMES or low in _en_functions() or low in _en_roles():
        return None
    if low in word_set("named_tools", "en"):
        return None  # "(Amplitude)", "(Google Play)": where the figure lives (decision 5406)
    if low.rstrip(".") in _MONTHS_NOT_NAMES:
        return None  # "(Aug)", "— September": the month it is due, not who (decision 6763)
    if low in _REVIEW_VERDICTS:
        return None  # "… (Miss).", "… (Hit)": how the key result went (decision 5123)
    ws = low.split()
    if len(ws) > 1:
        # "(Capital Works)", "(Field Services)": a unit's name of a few capitalised words, where
        # the draft writes owners there (decision 1092); not a tag ("(Stretch Goal)") nor the
        # spelling out of an acronym the item uses ("NPS to 50 (Net Promoter Score)").
        acronym = "".join(w[0] for w in name.split())
        if any(w.strip("'’-") in _NOT_BARE_NAMES for w in ws) or re.search(
            rf"\b{acronym}s?\b", text[: m.start()]
        ):
            return None
    return name, (m.start(), m.end())


_BEFORE_KR_RE = re.compile(r"\s?(?:KRs?|关键结果)$", re.I)
# A team's name before "KR" ("Core services KR", "Web KR"): a capitalised phrase of a few words.
_TEAM_NAME_RE = re.compile(r"[A-Z][A-Za-z&.\-]*(?: [A-Za-z&.\-]+){0,3}")


@lru_cache(maxsize=4096)
def prefix_owner(prefix: str) -> bool:
    """Whether the words before an item's colon name its owner: a team, a role or a person
    ("AE team", "SDR lead KR", "生产部 老赵", "二班", "Reno (Dana)", "Lee"), not a topic or a
    metric ("知识产权", "Pipeline coverage")."""
    p = prefix.strip(" *")
    if not p:
        return False
    before_kr = _BEFORE_KR_RE.sub("", p).strip()
    if before_kr != p and _TEAM_NAME_RE.fullmatch(before_kr):
        return True  # "Distribution KR", "Code intel KR": whose key result it is
    p = before_kr or p
    m = re.match(r"^(?P<place>.{1,30}?)\s?[（(](?P<who>[^()（）]{1,24})[)）]$", p)
    # "Reno (Dana)": a person in brackets; "Sales (Closing Deals)", "Engineering (Distribution)":
    # a function with its sub-team in brackets.
    if m and (owner_phrase(m.group("who")) or owner_phrase(m.group("place"))):
        return True
    return owner_phrase(p)


# A short label before a colon or a dash that opens the wording: "Sales: …", "HR — …", "Ops -
# …", "客服组——…", "护理部：…". The dash stands between words ("E-commerce" has none).
_LEAD_LABEL = re.compile(
    r"(?P<label>[^:：，,。;；\n—–]{1,30}?)(?:\s{0,2}[:：]|\s{0,2}(?:——|—|–)|\s-)[ \t]{0,4}"
)


@lru_cache(maxsize=1024)
def after_lead_label(text: str, start: int, stop: int, owners_only: bool = True) -> int:
    """Where the wording starts after the label that opens it (decision 5420): an owner before a
    colon or a dash ("Customer Success: Improve NPS", "客服组——提升NPS"), or, with `owners_only`
    False, any label of up to three words or eight characters ("Nursing: …", "护理：…"): a
    rewrite keeps the label where it is and reads the measure after it, and a quote leaves an
    owner out. `start` when there is none. Remembered (bounded): a review asks it some 33 times
    for about 6 distinct wordings, one item read by several rules (issue 13)."""
    lead = _LEAD_LABEL.match(text, start, stop)
    if lead is None or not text[lead.end() : stop].strip():
        return start
    label = lead.group("label").strip(" \t*")
    if not label or (label[-1:].isdigit() and text[lead.end() : lead.end() + 1].isdigit()):
        return start  # "10:30"
    if prefix_owner(label):
        return lead.end()
    if owners_only:
        return start
    short = len(label.split()) <= 3 if re.search(r"[A-Za-z]", label) else len(label) <= 8
    return lead.end() if short and not re.search(r"\d", label) else start


# "Implementation team cuts …", "The platform squad ships …", "内容组全员…", "市场部全体…".
# The team's verb is a word in lower case, or capitalised in a title-case line: "Share team OKRs
# with 3 partner teams" is an order whose object is the team's OKRs (decision 1738).
_TEAM_SUBJECT_EN = re.compile(
    r"^(?:the |our )?(?:[A-Za-z&\-]+ ){0,2}(?:team|squad|crew)s? "
    r"(?=(?-i:[A-Za-z][a-z]*(?:[a-rt-z]s|ed))\b)"
    r"(?!(?:of|for|to|in|on|with|and|at|by|is|was|has|members|tickets|costs|goals|results|targets|"
    r"metrics|hours|needs|requests|issues|projects|leads|sales|calls|deals|ops)\b)",
    re.I,
)
# A team, then an auxiliary and its verb: "The support team is answering …", "The data team has
# documented …", "The grants team will submit …" (decision 4799, decision 13's subject); not a
# state of the team ("Team is fully staffed", "Team morale is …").
_TEAM_AUX_SUBJECT_EN = re.compile(
    r"^(?:the |our )?(?:[A-Za-z&\-]+ ){0,2}(?:team|squad|crew)s? "
    r"(?:(?:is|are) (?:(?:now|actively|already|still|consistently|regularly) )?(?-i:[a-z]{2,}ing)"
    r"|(?:has|have) (?:(?:now|already|fully|successfully) )?(?-i:[a-z]{2,})"
    r"|will (?:(?:now|actively|consistently|regularly) )?(?-i:[a-z]{2,}))\b",
    re.I,
)
# One role, singular, as the subject of a verb in -s (decision 5020); not each of a group ("Each
# store manager …", "Managers …") nor a measure of the role's ("Store manager turnover drops").
_ROLE_SUBJECT_EN = re.compile(
    r"^(?!(?:each|every|all|any|no)\b)(?:the |our |my )?(?:[A-Za-z&\-]+ ){0,2}"
    # a prospect is no person of the team ("New lead gets a reply within 5 minutes")
    r"(?<!inbound )(?<!outbound )(?<!new )(?<!qualified )(?<!sales )(?<!hot )(?<!warm )"
    r"(?<!cold )(?<!marketing )(?:manager|lead|nurse|director|coordinator|"
    r"supervisor|officer|captain|principal|administrator|editor|producer|curator|librarian|"
    r"pharmacist|foreman|superintendent|controller|dispatcher|receptionist|concierge"
    # a sales or success role by its acronym: "SDR books 40 calls", "AE closing 3 deals" (4601)
    r"|(?-i:SDR|BDR|AE|CSM|TAM)) "
    r"(?=(?-i:[a-z]+[a-rt-z]s)\b(?!\s*:)"
    # its verb's -ing form, as a terse list writes it: "SDR generating 12 meetings a month",
    # "Support lead reviewing 20 calls a week" (decision 4601); not a noun in -ing ("Store
    # manager training completion", "Account manager meeting notes")
    r"|(?!(?-i:training|onboarding|meetings?|hiring|pricing|funding|planning|marketing|reporting|"
    r"staffing|scheduling|billing|building|setting|tracking|coaching|mentoring|offboarding|"
    r"ranking|rating|spending|budgeting|forecasting|listing|briefing|handling)\b)"
    r"(?-i:[a-z]{2,}ing)\b(?!\s*:))"
    r"(?!(?:is|was|has|members|tickets|costs|goals|results|targets|metrics|hours|needs|requests|"
    r"issues|projects|leads|sales|calls|deals|ops)\b)",
    re.I,
)
# A team named by its unit word: "客服团队", "内容组", "销售部" (部 after two characters or more); not
# 全部 / 内部 / 外部 … (decisions 3895, 5019).
_ZH_TEAM_UNIT = (
    r"[\u4e00-\u9fffA-Za-z]{1,8}?(?<![全内外局细总])(?:团队|小组|组)"
    r"|[\u4e00-\u9fffA-Za-z]{2,8}?(?<![全内外局细总])部"
)
_TEAM_SUBJECT_ZH = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{2,8}?(?:组|部|团队|中心|车间|科|班组)(?:全员|全体)"
    # "客服团队将CSAT提升到4.6", "销售部把赢单率提升到30%": a team that acts on the object with
    # 将 / 把 is the sentence's subject, as "Support team lifts CSAT to 4.6" is (decision 3895);
    # not a place ("数据中心将PUE…") nor 全部 / 内部 ("内部将审批时间…")
    rf"|^(?:{_ZH_TEAM_UNIT})(?:将|把)(?=\S)"
    # "工程团队在整个季度保持…", "客服组在本季度将…", "销售部于Q3内签下…": a team, then the period
    # it acts in, then its verb: the subject, as before 将 / 把 (decision 4956)
    rf"|^(?:{_ZH_TEAM_UNIT})(?:在|于)(?:整个|本|这个|下个|下一个|当|今年|明年)?\s?"
    r"(?:Q[1-4]|H[12]|\d{1,2}\s?月(?:底|末|份|中旬|上旬|下旬)?|第?[一二三四1-4]季度|季度|月|周|年度?|"
    r"[上下]半年|半年)\s?(?:内|里|中|前|底|末|期间)?[，,]?\s?(?:将|把)?(?=[\u4e00-\u9fff])"
    # "质量部每月抽检100批次", "护士长每周巡查病房3次", "客服主管每天抽检20通录音": a team or one
    # role opening the line before its cadence does the work and owns it (decision 5019); not
    # each of a group ("各店长", "每位店长", "所有组长") nor a place ("数据中心每月…")
    rf"|^(?![各每所全])(?:{_ZH_TEAM_UNIT}"
    r"|[\u4e00-\u9fffA-Za-z]{0,6}?(?:护士长|店长|主管|经理|主任|组长|班长|科长|部长|专员|督导|厂长|"
    r"校长|院长|站长|队长|班主任|辅导员))"
    # (or each evening, night or morning: "值班经理每晚巡场一次", decision 5972)
    r"每(?:天|日|晚|夜|早|周|月|季度?|年|个?工作日|班)(?=\S)"
)


# A team or a role that does the work, said after "by" (decision 5244): "40 expansion
# opportunities sourced by CSMs", "Referrals generated by account managers from 10 to 30", "Deals
# closed by the SDR team": the doer of a passive verb, as "Support team resolves …" is the subject
# of an active one (decision 13). Not a verb of measuring, judging or causing ("rated by nurses",
# "caused by engineers"), nor a doer no list knows as a role or a team ("written by users").
_AGENT_EN = re.compile(
    r"(?<![\w-])(?P<verb>[a-z]{3,20}ed|won|run|done|made|built|written|brought|sent|held)\s"
    r"by\s(?:the\s|our\s|my\s)?(?P<who>[A-Za-z][\w-]{1,20}(?:\s[A-Za-z][\w-]{1,20}){0,2}?)"
    r"(?=\s(?:and|from|to|in|within|per|at|for|on|across|each|every|by)\b|\s?[,.;:)（(]|\s?$)",
    re.I,
)
_NOT_AGENT_VERBS = frozenset(
    {"measured", "tracked", "reported", "defined", "rated", "scored", "judged", "approved",
     "reviewed", "checked", "verified", "audited", "caused", "followed", "raised", "requested",
     "owned", "led", "assigned", "signed", "accepted", "graded", "ranked", "voted", "nominated",
     "referred", "affected", "impacted", "used", "preferred", "trusted", "cited", "mentioned"}
)  # fmt: skip


# The same in Chinese: "由SDR团队挖掘的商机从20个提升到40个", "由客服主管回访的客户…": 由, a team or a
# role, its verb, 的. Not a verb of judging, checking or counting ("由质检组评定的…", "由财务部统计的…").
_AGENT_ZH = re.compile(
    r"由(?!于|此|其)(?P<run>[\u4e00-\u9fffA-Za-z]{3,12}?)的(?=[\u4e00-\u9fffA-Za-z])"
)
_NOT_AGENT_ZH = re.compile(
    r"评定|评审|评选|评估|评分|审核|复核|审批|审定|确认|认定|认证|统计|监测|核算|核定|提出|反馈|投诉|发起|提交"
)


def _agent(t: str) -> bool:
    """Whether a role or a team does the item's work after "by" or 由 (`_AGENT_EN`, `_AGENT_ZH`;
    decision 5244)."""
    if "由" in t:
        for m in _AGENT_ZH.finditer(t):
            run = m.group("run")
            for k in (2, 3, 4):  # the verb's characters closing the run, the doer before them
                who, verb = run[:-k], run[-k:]
                if len(who) < 2 or not has_cjk(verb) or not verb.isalpha():
                    continue
                if not _NOT_AGENT_ZH.search(verb) and _zh_unit(who):
                    return True
    if " by " not in t and " By " not in t:
        return False
    for m in _AGENT_EN.finditer(t):
        who = m.group("who")
        if m.group("verb").lower() in _NOT_AGENT_VERBS or not who[:1].isalpha():
            continue
        if _en_role(who) or _team_only(who):
            return True
    return False


# Each or all of a group as the doer: "Each of the 4 squads runs …", "Every squad ships …", "All
# store managers run …", "… sourced by each CSM", "由各门店店长带教的…" — everybody in it does the
# work, so no one owns it (decision 5411, as decision 1576's "(owner: all)").
_EACH_DOER = re.compile(
    r"^(?:each|every|all)\b|\bby\s(?:each|every|all|any)\b|由(?:各|每个|每位|每名|所有|全体|全部)",
    re.I,
)


def team_subject(text: str) -> bool:
    """Whether a team is the subject of the item's sentence (decision 13), or a team or a role
    does its work after "by" (decision 5244)."""
    t = text.strip()
    if _EACH_DOER.search(t):
        return False  # "Every squad ships …", "sourced by all CSMs": everybody does it (5411)
    if _TEAM_SUBJECT_ZH.match(t) or _zh_code_subject(t):
        return True
    if _agent(t):
        return True
    m = _TEAM_SUBJECT_EN.match(t) or _TEAM_AUX_SUBJECT_EN.match(t)
    if m is None:
        # "The head nurse checks every ward 3 times a week", "Support lead reviews 20 calls a
        # day": one role as the subject of its own verb does the work and owns it (5020)
        return _ROLE_SUBJECT_EN.match(t) is not None or _role_does_it(t)
    before = t[: m.end()].split()[:-1]
    if not [w for w in before if w.lower() not in _UNNAMING_WORDS]:
        # "The team publishes quarterly digests", "Our team hosts 4 open days", "The whole team
        # completes …": no team is named, only the set's own, which runs the set and owns no key
        # result (PRINCIPLES.md owner; decision 5825)
        return False
    if any(w.lower() in _CADENCE_WORDS for w in before):
        # "Weekly team huddles", "Hold monthly team lunches": a cadence says how often the
        # team's event comes round; no team is the subject (decision 3547)
        return False
    # "Grow team revenues 20%", "Share team updates weekly", "Hire team leads …": one order
    # opens the line and what follows is its object. "Support team resolves …", "Design team
    # ships …", "Training team runs …", "Build team cuts …" name a team (decision 1738).
    if len(before) == 1:
        lead = before[0].lower()
        return (
            lead in _en_functions()
            or lead in _TEAM_NAMES_LIKE_VERBS
            or lead.endswith("ing")
            or _verb_class(lead) not in {"change", "act", "hire"}
        )
    return True


# A team's code in capitals glued to the start of a Chinese key result, as its subject: "QC每班抽检
# 20批", "BD每人每天拜访商户8家", "HR每月组织面试40场" (decision 6401, lead ruling of round 44): a
# word for each of its people or shifts follows it, or a verb after a code the lists know as a team
# or a post. Not a measure's, a channel's or a system's name ("KPI考核覆盖率", "OEE从65%", "SKU数",
# "UI改版后转化率", "OTA点评中…").
_ZH_CODE_SUBJECT_RE = re.compile(
    r"^(?P<code>[A-Z]{2,4})(?:(?P<each>每人|每班|每组|每位|人均|全员|各人)"
    r"|(?:每[天日周月]|每季度)?(?P<next>[\u4e00-\u9fff]{2}))"
)
_ZH_CODE_SYSTEMS = frozenset(
    {"ui", "ux", "app", "api", "ai", "sop", "erp", "oa", "mes", "wms", "bi", "pos", "cpu", "gps"}
)


def _zh_code_subject(t: str) -> bool:
    """Whether a team's code in capitals opens a Chinese item as its subject (decision 6401)."""
    m = _ZH_CODE_SUBJECT_RE.match(t) if t[:1].isupper() else None
    if m is None:
        return False
    code = m["code"].lower()
    if (
        code in _ZH_CODE_SYSTEMS
        or code in word_set("closing_acronyms", "en")
        or code in _kpi_names()
    ):
        return False
    if m["each"]:
        return True  # "BD每人…", "QC每班…": each of the team's people or shifts
    from coach.nlp import zh_dictionary_tag

    # "HR每月组织…": a code the lists know as a team or a post, then its verb ("OTA点评中…" is a
    # channel's reviews)
    return owner_phrase(m["code"]) and zh_dictionary_tag(m["next"]) == "v"


# One post, singular, then the verb it does, as a duty list writes it: "Site nurse to phone every
# absent pupil's family by 10am", "Head chef signs off each allergen label", "Night porter will
# check every fire door" (decision 5972). The post is one the role lists know by its last word;
# the verb one the verb lists know, so "Nurse to patient ratio" and "Store manager turnover
# drops" name no doer.
_ROLE_VERB_EN = re.compile(
    r"^(?!(?:each|every|all|any|no)\b)(?:the |our |my )?"
    r"(?P<who>[A-Za-z][A-Za-z&'’\-]{1,20}(?: [A-Za-z][A-Za-z&'’\-]{1,20}){0,2}) "
    r"(?:(?:to|will|must|shall) (?P<verb>[a-z]{2,20})|(?P<verb_s>[a-z]{2,20}s))\b(?!\s?:)"
    r"(?! (?:per|from|to|of|by|rate|ratio)\b)",
    re.I,
)


def _role_does_it(t: str) -> bool:
    """Whether one post opens the line as the doer of its verb (`_ROLE_VERB_EN`, decision 5972)."""
    m = _ROLE_VERB_EN.match(t)
    if m is None:
        return False
    ws = m["who"].lower().split()
    if not _role_noun(m["who"]) and not (
        # "Reception team to answer 95% of calls", "Grounds crew will mow …": a team named by
        # its work (decision 13), not the set's own ("The team to …", decision 5825)
        len(ws) > 1 and ws[-1] in ("team", "squad", "crew") and ws[0] not in _UNNAMING_WORDS
    ):
        return False
    if ws[-1] == "lead" and len(ws) > 1 and ws[-2] in _PROSPECT_WORDS:
        return False  # "New lead gets a reply within 5 minutes": a prospect, as in 5020
    plural = m["verb_s"]
    who = m["who"].split()
    if who[-1].isupper() and (
        # "Complete PM checks on all motors": an order, then a thing in capitals (preventive
        # maintenance), no post as the doer; "PM checks done on time": the "-s" word is a plural
        # noun with its participle after it (decision 6402, lead ruling of round 44)
        (len(who) > 1 and _verb_class(ws[0]) is not None)
        or (plural and _PARTICIPLE_AFTER_RE.match(t, m.end()) is not None)
    ):
        return False
    if plural and (_role_noun(f"{ws[-1]} {plural[:-1]}") or plural in _CREW_PLURALS):
        # "Hire team leads for 3 squads", "Train crew members on …": the "-s" word ends a
        # plural post after an order, no verb of the post before it (decision 5437)
        return False
    verb = m["verb"] or m["verb_s"]
    return _verb_class(verb) is not None


# A participle right after a plural noun: "checks done", "audits completed", "reviews signed off".
_PARTICIPLE_AFTER_RE = re.compile(r" (?:done|complete|[a-z]{2,14}(?:ed|en))\b")
# Plurals that end a post's name ("team members", "crew leaders"), never its verb.
_CREW_PLURALS = frozenset({"members", "leads", "leaders", "managers", "captains", "mates"})
# Words that make "lead" a prospect, not a post (as `_ROLE_SUBJECT_EN` reads them).
_PROSPECT_WORDS = frozenset(
    {"inbound", "outbound", "new", "qualified", "sales", "hot", "warm", "cold", "marketing"}
)


# Words before "team" that name no team: "the team", "our team", "the whole team" (5825).
_UNNAMING_WORDS = frozenset({"the", "our", "my", "this", "whole", "entire", "full", "wider"})
# How often an event comes round, before "team" and its event (decision 3547).
_CADENCE_WORDS = frozenset(
    {"daily", "weekly", "biweekly", "fortnightly", "monthly", "quarterly", "yearly", "annual"}
)
# Words that read as orders but name a team before "team" ("Build team", "Shift team").
_TEAM_NAMES_LIKE_VERBS = frozenset({"build", "shift", "help", "print"})


def _verb_class(word: str) -> str | None:
    from coach.facts.shape import en_verb_class  # a sibling module of this layer

    return en_verb_class(word)


# Headings that say whose items these are (decision 14): "张三的OKR", "Alice's OKRs", "我的Q1
# 个人目标", "My Q4 goals (Lee)", "Sam — personal, Q1 2026", "王磊的个人OKR". "personal data",
# "personal information", "personal records" name the data a unit keeps, not whose set it is
# (decision 4322).
_WHOSE_RE = re.compile(
    # "张三的OKR", "王磊的个人OKR（2025年Q1）", "林晓的大三计划" (words between only when the
    # name starts the phrase: "…管理方面的重点目标" is not a person's set)
    r"(?P<zh>[\u4e00-\u9fff]{2,4})的\s{0,3}(?:个人)?\s{0,3}(?:Q[1-4]|H[12]|20\d\d年?)?\s{0,3}(?:OKRs?|目标|计划|规划)"
    r"|(?:^|(?<=[\s·|｜:：，,（(【】#*0-9A-Za-z]))(?P<zh2>[\u4e00-\u9fff]{2,3})的[\u4e00-\u9fff\w]{0,6}?"
    r"(?:OKRs?|目标|计划|规划)"
    r"|(?<![\w\-])(?P<en>[A-Z][\w\-]{1,20})['’]s\s{1,3}(?:[\w\-]{1,20}\s{1,3}){0,2}"
    # "Tom's 2027 Goal Set", "Maya's first running goal list" (decision 2823)
    r"(?:OKRs?|goals|goal\s{1,3}(?:sets?|list)|objectives|priorities|plan)"
    r"|我的[^，,。.]{0,10}?(?:OKR|目标|计划|规划)|^我\s*[（(]|\bpersonal\b(?!\s(?:data|information|info|details|records?|entries|identifiable)\b)|个人(?:工作|发展|季度|年度|学期)?\s?(?:OKR|目标|成长)"
    # "我给自己定了个目标：", "今年给自己立个flag", "为自己制定的OKR" (decision 1166)
    r"|(?:给|为)自己(?:定|立|设|制定|订)[了下的]?[几一两三]?个?(?:小)?(?:目标|flag|OKR|计划)"
    # "my targets for the summer internship", "my aims this term" (decision 6403)
    r"|\bmy\s{1,3}(?:[\w\-]{1,20}\s{1,3}){0,3}?(?:okrs?|goals?|objectives?|priorities|plans?|targets|aims|resolutions)\b"
    r"|\bmy own\b|\bI own\b|^(?:me|myself|我自己)$"
    # "my Q1 — illustration business", "我的Q1（插画接单）": my before the cycle opening the title
    # (decision 5054)
    r"|^my\s{1,3}(?:Q[1-4]|H[12]|20\d\d|FY\s?\d{2,4})\b"
    r"|^我的\s?(?:Q[1-4]|H[12]|20\d\d年?|[一二三四]季度|上半年|下半年|本季度|这个季度|今年|本月|这个月)"
    # "我这个季度的目标", "我今年的OKR", "我2026年下半年的计划": I, a period, then the set's word
    # (decision 6403)
    r"|^我(?:这个|这|本|今|明|下|上|20\d\d年?)[^，,。.的]{0,8}的\s?(?:个人\s?)?(?:OKR|目标|计划|规划)"
    # "老大，我Q4的OKR先发你看下", "我Q1的目标": I, a quarter or half, then the set's word, also
    # after an address to the reader (decision 6966)
    r"|(?:^|(?<=[，,：:\s]))我\s?(?:Q[1-4]|H[12]|[一二三四]季度|[上下]半年)\s?的\s?(?:个人\s?)?(?:OKR|目标|计划|规划)"
    # "OKRs for me, Q2 2027", "Goals for myself" (decision 1928)
    r"|\b(?:okrs?|goals?|objectives?|priorities|plan)\s{1,3}for\s{1,3}(?:me|myself)\b"
    # "2027 goals (me, freelance illustrator)", "Q3 OKRs (just me)": the author in brackets
    # after the set's word (decision 2407)
    r"|\b(?:okrs?|goals?|objectives?|priorities|plan)\s{0,3}[（(]\s?(?:just\s)?(?:me|myself)\b"
    r"(?=\s?[,，;；)）—–-])"
    # "okrs for this semester (spring 2028) - me, 2nd year comp sci", "Q3 2028 goals — me": the
    # author after a dash closing the title (decision 2706)
    r"|(?<=\s)[—–-]{1,2}\s{0,3}(?:just\s)?(?:me|myself)\b(?=\s?(?:[,，;；(（]|$))"
    # "okrs 2028 - solo olive oil export business (me, Nikos)": the author, then their name, in
    # a bracket anywhere in the title (decision 1739)
    r"|[（(]\s?(?:just\s)?(?:me|myself)\s?[,，;；—–-]\s?[A-Za-z]"
    # "外贸SOHO 2027年Q1 OKR（Leo 一个人的公司）", "Solo design studio — 2027 goals": a business run
    # by one person is its owner's own set (decision 1740)
    r"|一个人的(?:公司|工作室|小店|店|生意|品牌)|一人(?:公司|工作室|企业|小店)"
    r"|\b(?:solo|one[- ](?:person|woman|man))\s(?:[\w\-]+\s){0,3}?(?:business|company|studio|shop|"
    r"practice|consultancy|agency|venture)\b",
    re.I,
)


# A business named after its founder ("Rosie's Bakery - OKRs for fall 2026", "Dale's Heating &
# Air 2027 plan"): the shop runs the set, it is not one person's (decision 394).
_BUSINESS_AFTER = re.compile(
    r"\s{1,3}(?:[\w&\-]{1,20}\s{1,3}){0,2}?(?:bakery|bakeshop|cafe|café|coffee|kitchen|diner|deli|"
    r"bistro|grill|pizzeria|restaurant|pub|bar|tavern|shop|store|boutique|salon|barbers?|spa|studio|"
    # "Tony's Trattoria OKRs Q2": an eating place's kind names the business (decision 2706)
    r"trattoria|osteria|taqueria|cantina|brasserie|bakehouse|noodles?|ramen|tacos|burgers?|bbq|"
    r"creamery|brewery|brewing|roasters|pantry|eatery|canteen|hardware|plumbers|electricians|"
    r"garage|auto|motors|market|farm|gym|fitness|clinic|pharmacy|dental|books|bookshop|florist|"
    r"flowers|plumbing|heating|electric|landscaping|cleaning|bakes|cakes|treats|company|co|inc|llc|"
    r"ltd)\b",
    re.I,
)


# The characters that make 于 after them a preposition's ("基于", "属于", "关于", "对于", "由于"):
# such a 于 is no surname (decision 4955).
_YU_WORDS_BEFORE = frozenset("基属关对由位等在至用处终善便易鉴忙急过勇敢乐")


def _preposition_yu(t: str, at: int) -> bool:
    """Whether the name cut at `at` starts with a 于 that ends a word with the character before
    it: "基于结果的 OKR" holds no "于结果" (decision 4955), while "组长于洋的OKR" holds 于洋."""
    return t.startswith("于", at) and at > 0 and t[at - 1] in _YU_WORDS_BEFORE


# A student's period after a given name and 的 ("子涵的寒假OKR", "思远的大二下学期计划"): a person's
# own set (decision 5300).
_SCHOOL_PERIOD_RE = re.compile(
    r"的\s{0,2}(?:[寒暑]假|假期|(?:[本上下新这]个?)?学期|[研大高初][一二三四](?:[上下]学期)?|毕业季)"
    r"\s{0,2}(?:OKRs?|目标|计划)",
    re.I,
)


def _given_name_before_school_period(t: str, at: int, who: str) -> bool:
    """Whether two characters opening a title before 的 and a student's period are a given name
    with no surname ("雨涵的暑假OKR"): characters a name holds, no unit's word ("班级的寒假计划",
    "小组的学期目标"), and no word the dictionary knows but as a name ("孩子的暑假计划", "学生的寒假目标")
    (decision 5300)."""
    from coach.nlp import zh_dictionary_tag

    return (
        len(who) == 2
        and not t[:at].strip("#*【】 \t")
        and _SCHOOL_PERIOD_RE.match(t, at + 2) is not None
        and not set(who) & _NOT_IN_NAME
        and not _zh_suffix_re().match(who)
        and zh_dictionary_tag(who) in (None, "nr")
    )


def _whose(t: str) -> str | None:
    """The person whose set a heading says it is ("张三的OKR" gives 张三, "Priya's OKRs" Priya);
    "" for a set its author calls their own without a name ("我的Q1个人目标", "Personal OKRs");
    None when the heading says neither."""
    for m in _WHOSE_RE.finditer(t):
        if m.group("zh") or m.group("zh2"):
            who = m.group("zh") or m.group("zh2")
            at = m.start("zh") if m.group("zh") else m.start("zh2")
            for n in (2, 3):
                if (
                    len(who) >= n
                    and _zh_person(who[-n:])
                    and not _preposition_yu(t, at + len(who) - n)
                ):
                    return who[-n:]
            if who.startswith("我") or "个人" in m.group(0):
                return ""  # "我今年的个人目标是：…": the author's own set (decision 1100)
            if m.group("zh2") and _given_name_before_school_period(t, m.start("zh2"), who):
                return who
        elif m.group("en"):
            if is_given_name(m.group("en")) and not _BUSINESS_AFTER.match(t, m.end("en") + 2):
                return m.group("en")
        elif not _for_a_unit(t, m.end()):
            return ""
    return None


# "here are my draft OKRs for Ward 7B", "my goals for the support team": what follows "for".
_FOR_WHAT_RE = re.compile(
    r"\s{1,3}for\s{1,3}(?:the\s{1,3}|our\s{1,3})?(?P<what>[^.,;:!?()\n]{1,40})", re.I
)


def _for_a_unit(text: str, end: int) -> bool:
    """Whether "my … OKRs" goes on "for" a ward, a team or a shop rather than a period: the
    author drafted the unit's set, not a personal one (decision 1098). "My OKRs for Q3 2026",
    "my goals for this year", "my plan for myself" stay personal."""
    from coach.facts.timeframes import time_spans

    m = _FOR_WHAT_RE.match(text, end)
    if m is None or re.search(r"\bpersonal\b|个人", text, re.I):
        return False
    what = m.group("what").strip()
    if re.match(r"(?:me\b|myself|my\b|(?:fy ?)?'?\d)", what, re.I):
        return False
    if any(s == 0 for s, _e, _k in time_spans(what, "en")):
        return False
    # "my targets for the summer internship", "my goals for placement 2": a stint of the
    # writer's own, in lower case and with no unit's word, is no unit (decision 6403)
    ws = what.split()
    return any(w[:1].isupper() for w in ws) or any(
        w.lower().strip("'’s") in _UNIT_WORDS or w.lower() in _FOR_UNIT_WORDS for w in ws
    )


# The places and units "my OKRs for …" may name besides `_UNIT_WORDS` (decision 1098).
_FOR_UNIT_WORDS = frozenset(
    {"ward", "branch", "store", "shop", "site", "clinic", "school", "class", "service", "company",
     "business", "practice", "restaurant", "cafe", "café", "kitchen", "warehouse", "plant",
     "station", "library", "centre", "center", "charity", "club", "studio", "firm", "agency",
     "shift", "shifts", "floor", "line", "depot", "fleet", "reception", "pharmacy", "wing"}
)  # fmt: skip


# "Peak 2024 readiness — Lee", "Jul–Dec stretch goals — Maria (VP Sales)": a name after a dash.
_HEADING_DASH_NAME = re.compile(
    # "2026 goals — Priyanka R.": the surname's initial after the given name (decision 6403)
    r"[-–—|·]\s*(?P<name>[A-Z][a-zà-öø-ÿ'’\-]+(?: [A-Z][a-zà-öø-ÿ'’\-]+| [A-Z]\.?(?=\s*$))?)\s*"
    r"(?:[（(][^()（）]{1,30}[)）])?"
    r"\s*(?:[-–—|·,].{0,30})?$"
)
# A chat's or an e-mail's note before a closing "— Carla" (decision 4700): a sentence ended by
# its stop, a greeting opening the line, or words that hand over or present the set ("here
# are", "below are", "attached", "see below", "posted by"). The name after the dash signs the
# note: who wrote it, not who owns the set.
_SIGNED_NOTE_RE = re.compile(
    r"[.!?…](?:\s|$)|^\W{0,3}(?:hi|hello|hey|dear|morning|good morning|hiya|greetings|fyi|thanks|"
    r"thank you)\b|\b(?:here (?:are|is)|here's|below (?:are|is)|attached|see below|posted by|"
    r"drafted by|written by|sharing|as discussed|please (?:review|comment|see))\b",
    re.I,
)


_MINE_RE = re.compile(r"\b(?:my|mine)\b", re.I)


# "Mr Owen — Year 9 Science", "Science — Dr Patel", "(Ms Ruiz)": a title of address before a
# capitalised surname names a person, whether or not the surname is a known given name.
_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Maestro|Maestra|Chef|Pastor|Rev|Father|Sister|Rabbi|"
    r"Imam|Captain|Capt|"
    # a police or civic rank, one word or two: "Insp. Mensah", "Det Sgt Clarke", "Cllr Hughes"
    # (decision 6123)
    r"(?:(?:Det|Detective|Ch|Chief)\.?\s)?(?:Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|"
    r"Constable)|Detective|Det|Councillor|Cllr|"
    r"Sgt|Lt|Lieutenant|Cpl|Cdr|Officer|Nurse|Judge|Sensei|"
    # "Deacon Ruth", "Elder Mensah", "Brother Tom": a congregation's titles (decision 2705)
    r"Deacon|Deaconess|Elder|Bishop|Brother|Cantor|"
    # titles other languages write before a surname, in drafts written in English: "Eng.
    # Papadopoulos", "Ing. Herrera", "Lic. Ramírez", "Dott. Bianchi", "Sra. Gómez", "Smt. Lakshmi"
    # (decision 3201); the abbreviated ones only with their dot ("Eng Manager" is a role)
    r"(?:Eng|Ing|Lic|Arq|Dott|Dra)(?=\.)|Sra|Srta|Dña|Smt|Shri|Herr|Frau|Mme|Mlle)\.?\s"
    # an initial may stand before the surname: "Mrs. R. Alvarez" (decision 2705)
    r"(?:[A-Z]\.\s?)?[A-Z][a-zà-öø-ÿ'’\-]+"
)
_EN_HONORIFIC_RE = re.compile(rf"^{_HONORIFIC}$")
# A police rank by its capitals before a surname: "PC Okafor", "DC Patel", "PCSO Begum", "DCI
# Walsh" (decision 6123). Not before a verb or a team's word ("PC Refresh", "DS Team").
_CAPS_RANK_RE = re.compile(
    r"(?:PC|WPC|PCSO|DC|DS|DI|DCI|DSI|DCS)\s(?P<who>[A-Z][a-zà-öø-ÿ'’\-]{1,20})"
)


def _ranked_surname(t: str) -> bool:
    """A police rank in capitals, then a surname: the person who holds the rank (6123)."""
    m = _CAPS_RANK_RE.fullmatch(t)
    if m is None:
        return False
    who = m["who"].lower()
    return (
        who not in _GENERIC_UNITS
        and who not in _NOT_BARE_NAMES
        and who not in _CALENDAR_WORDS
        and _verb_class(who) is None
    )


_HEADING_HONORIFIC = re.compile(rf"(?:^|[-–—|·(（]\s*){_HONORIFIC}\s*(?:[-–—|·:,)）]|$)")
# "Lee — OKR for Feb", "Sam — personal, Q1 2026": a name before a dash.
# "Marta K — Q2 territory OKRs": the surname's initial after the given name (decision 6403).
_HEADING_NAME_DASH = re.compile(
    r"^(?P<name>[A-Z][a-zà-öø-ÿ'’\-]+(?: [A-Z][a-z'’\-]+| [A-Z]\.?(?=\s*[-–—|·:]))?)\s*[-–—|·:]"
)


# "王芳 · 2025 Q3 OKR", "姓名：王芳", "提交人：李娜", "——王芳": a Chinese name heading the set.
# Words that open a line as its label, not a person's name ("时间：…", "目标：…").
_LABEL_WORDS = frozenset(
    [
        "时间",
        "周期",
        "日期",
        "目标",
        "说明",
        "备注",
        "背景",
        "部门",
        "团队",
        "版本",
        "状态",
        "进度",
        "标题",
        "主题",
        "项目",
        "公司",
        "全年",
        "年度",
        "季度",
    ]
)
_ASIDE = r"(?:[（(][^()（）\n]{1,20}[)）]\s*)?"
# "林晓2025秋季学期OKR", "王芳 Q3 OKR": a name glued to the period that opens the title.
# Not a region or a preposition ("华东2025 Q3 OKR", "关于2025年度预算…"), nor a word the
# dictionary knows as a common noun ("车间 Q3 OKR": a workshop, though 车 is a surname).
_ZH_NAME_BEFORE_PERIOD = re.compile(
    r"^(?![华东西南北中][东南西北中]|关于|对于|有关|针对|围绕|截至|截止)(?P<name>[\u4e00-\u9fff]{2,3})\s?(?=20\d\d|[QqHh][1-4]\b)"
)
# "张一鸣 雅思备考OKR", "李娜 考研冲刺计划": a name, a blank, then what the person's own set is
# for, closing with the set's word (decision 6622). Not a unit's words ("车间 提效OKR").
_ZH_NAME_BEFORE_TOPIC = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]+"
    r"(?![^\n]{0,12}(?:门店|分店|店铺|部门|团队|小组|中心|区域|大区|片区|班级|公司|项目组|车间|[部组科室处队店院所站馆园]\s?(?:OKR|目标|计划)))"
    r"(?=[\u4e00-\u9fffA-Za-z0-9]{1,12}\s?"
    r"(?:OKRs?|个人目标|目标|计划)\s?(?:[（(][^()（）\n]{1,24}[)）])?\s*$)"
)
_HEADING_ZH_NAMES = (
    re.compile(r"(?:姓名|提交人|填写人|员工)\s?[:：]\s?(?P<name>[\u4e00-\u9fff]{2,3})"),
    re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})\s*[-–—|·｜:：]"),
    # "【李娜】2028年第一季度OKR", "[王芳] Q3 OKR": the person in brackets opening the set's title,
    # as "【王芳】NPS提升到50" opens an item (decision 5415)
    re.compile(
        r"^[【\[]\s?(?P<name>[\u4e00-\u9fff]{2,3})\s?[】\]]\s?(?=20\d\d|[QqHh][1-4]\b|个人|OKR|目标)"
    ),
    # "—— 王一鸣（计算机学院2024级）": the person's unit or class in brackets after the name (1541)
    re.compile(rf"(?:[-–—]{{1,2}}|[·|｜])\s?(?P<name>[\u4e00-\u9fff]{{2,3}})\s*{_ASIDE}$"),
    # "—— 大三 陈思远", "| 运营 李娜": a grade or a role word, then the person (decision 103).
    re.compile(
        rf"(?:[-–—]{{1,2}}|[·|｜])\s?[\u4e00-\u9fff]{{1,4}}\s(?P<name>[\u4e00-\u9fff]{{2,3}})\s*{_ASIDE}$"
    ),
    _ZH_NAME_BEFORE_PERIOD,
    _ZH_NAME_BEFORE_TOPIC,
    # "区域经理王姐 Q3 OKR", "店长小周的…": a role, then the person who holds it.
    re.compile(
        r"(?:经理|总监|主管|店长|组长|班长|督导|主任|专员)(?P<name>[\u4e00-\u9fff]{2,3}?)"
        r"(?=[\s·|｜:：（(]|的|20\d\d|[QqHh][1-4]|$)"
    ),
)


# A handle written alone: "@kwame", "@maya.live", "@j-ortiz".
_HANDLE_RE = re.compile(r"@[A-Za-z0-9_][\w.\-]{0,38}")
# A handle closing a title after a dash: "Platform OKRs, Q1 2027 — @j-ortiz".
_HEADING_DASH_HANDLE = re.compile(r"[-–—|·]\s*(?P<who>@[A-Za-z0-9_][\w.\-]{0,38})\s*$")
# "OKR: @wj-mcat", "OKRs — Priya": the set labelled with the one person it belongs to.
_OKR_OF_PERSON = re.compile(
    r"OKRs?\s?(?:[:：\-–—]|for)\s?(?P<who>@[\w\-]{2,39}|[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?)$"
    # "OKRs: Priya (Q2 2027)", "Q2 2027 goals for Priya", "OKRs for Priya Sharma — Q2 2027": the
    # person, then the period in brackets or after a dash (decision 5416)
    r"|(?:OKRs?|[Gg]oals|[Oo]bjectives)\s?(?:[:：]|for)\s?(?P<who2>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?)"
    r"(?=\s?(?:$|[(（]|[—–|,]|\s-\s))"
    # "Name: Priya Sharma", "Employee: Priya Sharma" over a set, as "姓名：王芳" is
    r"|^(?:[Nn]ame|[Ee]mployee|[Ss]taff member|[Tt]eam member)\s?[:：]\s?"
    r"(?P<who3>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?)\s*$"
)


# A role as the set's subject: "产品经理OKR", "测试岗位的OKR", "## 公司级（CEO）", "Sales Director OKRs", "OKRs for a
# product manager" (one person holds a role; a team or a department runs a set, decision 12).
_HEADING_ROLE = re.compile(
    r"(?<![各全])(?:产品经理|项目经理|销售经理|客户经理|区域经理|经理|总监|主管|专员|负责人|主任|组长|班长|店长|厂长|督导|"
    r"(?<=[\u4e00-\u9fff])岗位|"
    # "OCTO-DE Priorities" (an office's acronym) holds no CTO: a Latin letter before the role's
    # capitals makes them part of a longer name (decision 1963).
    r"(?<![A-Za-z])(?<!\bevery )(?<!\beach )(?<!\bany )(?:CEO|CTO|CFO|COO|CMO|HRBP|VP))(?:(?![们\w])|(?=OKR|的|季度|年度|个人|Q[1-4]|20\d\d))"
    # "Every team lead pls add your bits", "each store manager adds theirs": a role after "every",
    # "each" or "any" is the set's addressees, as 各经理 is (decision 6820)
    r"|(?<!\bevery )(?<!\beach )(?<!\bany )"
    r"\b(?:ceo|cto|cfo|coo|cmo|cro|cpo|ciso|vp(?: of)? \w+|head of \w+|founder|co-founder|"
    r"(?:product|project|program|engineering|sales|marketing|account|office|store|general|hr|ops|"
    r"operations|community|content|customer success) (?:manager|director|lead)|"
    r"team lead|tech lead|ops lead|designer|analyst|recruiter|engineer|developer)\b(?!s)"
    # "Developer Community:", "Developer Experience": the role names whom the work serves, not
    # who owns it (decision 471)
    r"(?! (?:community|communities|experience|relations|advocacy|ecosystem|network|platform|"
    r"portal|productivity|tools?|tooling|docs|documentation|programs?|marketing|onboarding|"
    r"hiring|outreach|events?|day|conference|summit)\b)",
    re.I,
)
# A set's title that opens with one post, then perhaps its cycle, then "OKRs" or "目标":
# "Practice manager — Q3 OKRs", "Ward sister OKRs (Q3)", "Night shift supervisor: Q3 OKRs",
# "门诊护士长 2027年Q3 OKR" (decision 5977, the lead's ruling of round 41: a heading that names one
# role titles one person's set). The post is one the role lists know by its last word, singular;
# a team, a department or a function titles a team's set ("Retail division OKRs", "客服部 Q3
# OKR", decision 12).
_TITLE_POST_EN = re.compile(
    r"^(?P<post>[A-Za-z][A-Za-z'’\-]{1,20}(?: [A-Za-z][A-Za-z'’\-]{1,20}){0,3}?)[ \t]{0,2}"
    # after a dash, the part of the business the post serves may come first: "Finance BP –
    # Retail division OKRs", "Store manager — North region goals", "Charge nurse – Ward 7 OKRs"
    # (decision 6126)
    r"(?:[–—:|-][ \t]{0,2}(?:[A-Za-z0-9][\w&'’\-]{0,20}[ \t]){0,3})?"
    r"(?=(?:(?:Q[1-4]|H[12]|20\d\d|FY ?\d{2,4}|term [1-3])[ \t,/–-]{0,3}){0,3}"
    r"(?:OKRs?|goals|objectives)\b)",
    re.I,
)
_TITLE_POST_ZH = re.compile(
    r"^(?P<post>[\u4e00-\u9fff]{2,8}?)[ \t]{0,2}(?=(?:(?:20\d\d ?年?度?|Q[1-4]|第?[一二三四1-4]季度|"
    r"[上下]半年)[ \t]{0,2}){0,3}(?:OKR|目标))",
    re.I,
)


def _title_post(t: str) -> str | None:
    """The one post a set's title opens with (`_TITLE_POST_EN`, `_TITLE_POST_ZH`; 5977)."""
    t = t.strip(" #*_")
    m = _TITLE_POST_ZH.match(t) if has_cjk(t[:1]) else _TITLE_POST_EN.match(t)
    if m is None:
        return None
    post = m["post"]
    if has_cjk(post):
        return post if post[0] not in "各全每所" and _zh_role(post) else None
    first = post.split()[0].lower()
    if first in ("each", "every", "all", "our", "my", "the", "team", "new"):
        return None
    return post if _role_noun(post) or _BUSINESS_PARTNER_RE.fullmatch(post) else None


# "Finance BP", "HRBP", "People business partner": one person partnering a part of the business
# (decision 6126); only as a title's post ("(BP)" alone in a key result may be blood pressure).
_BUSINESS_PARTNER_RE = re.compile(
    r"(?:[A-Za-z&]{2,12} ){0,2}(?:BP|HRBP|FBP|business partner)", re.I
)


# A set written for one role: "为区域督导设定季度OKR", "给店长制定的目标" (decision 268).
_SET_FOR_ROLE = re.compile(
    r"(?:为|给)(?P<who>[\u4e00-\u9fff]{1,8}?)(?:设定|制定|设置|拟定|定下)的?[\u4e00-\u9fff\w ]{0,6}?(?:OKR|目标)",
    re.I,
)
# A role, then the person who holds it, in a title: "外卖XX站 站长 周强 7月OKR", "销售一组 组长 王磊 Q3
# OKR", "Store 12 manager Priya Shah — Q3 OKRs" (decision 563): the owner is the person.
_ROLE_THEN_NAME = re.compile(
    r"(?P<zh>(?:经理|总监|主管|专员|主任|组长|班长|店长|厂长|站长|校长|园长|院长|护士长|队长|所长|馆长|"
    r"科长|部长|处长|社长|教练|老师|督导|负责人|"
    # a post held by one person ("外贸部 业务员 张琳 2027 年 Q2 OKR", decision 2421)
    r"业务员|业务经理|顾问|工程师|设计师|会计|出纳|助理|讲师|医生|护士|班主任|辅导员|研究员|分析师|"
    r"客户经理|理财经理|主播|编辑|记者|律师|理事长|创始人|主理人|"
    # a person's standing as a student, an intern or one working alone (decision 2883):
    # "研三 王晨 毕业论文OKR", "实习生 李想 转正OKR", "自由职业者 陈晨 2027年Q1 OKR"
    r"研[一二三]|博[一二三四五]|大[一二三四]|研究生|博士生|硕士生|本科生|实习生|应届生|自由职业者|"
    r"代理人|经纪人|"
    # the posts the bracket reader already knows (decisions 341, 464, 2540), in a title before
    # their holder (decision 2884): "社区团购 团长 刘芳 12月OKR", "网店 店主 林夏 Q1 OKR"
    r"团长|店主|行长|主编|领班|会长|村长|书记|合伙人|厨师长)\s?(?P<zhname>[\u4e00-\u9fff]{2,3}?)"
    r"(?=\s|$|的|OKR|Q[1-4]|\d|[（(·—\-–|｜:：,，]))"
    r"|(?:\b(?:manager|director|lead|coach|principal|head|captain|supervisor|chef|superintendent|"
    r"owner|gm)\s+(?P<enname>[A-Z][a-zà-öø-ÿ'’\-]+(?: [A-Z][a-zà-öø-ÿ'’\-]+){0,2}))"
)
# A bracket in a title that says who reads the set, not who owns it: "（全员看）", "（请各班组长传阅）",
# "（供家长参考）", "(cc: all staff)", "(for all guides)" (decision 1250).
_READERS_RE = re.compile(
    r"(?:看|阅|传阅|参阅|参考|知悉|周知)$|^(?:请|抄送|供|cc\b)|\b(?:read|fyi|cc|for all|for every)\b",
    re.I,
)
# "(jordan m.)", "(dana r)": a given name in lower case, then the initial of a surname.
_LOWER_NAME_INITIAL_RE = re.compile(r"(?P<given>[a-z]{2,14}) [a-z]\.?")
# Someone who reviews the draft or approves it is not its owner: "w/ VP Supply Chain", "（陈总审核版）".
# Nor is who set, drafted or wrote the set: "Set by the CEO on 2026-04-17", "Drafted by the COO,
# March 2026", "Set on first CEO run" say who put the set down, not who owns each key result
# (decision 2622, as decision 13 reads authors in a title).
_REVIEWER = re.compile(
    r"review|审核|审阅|确认|approv|w/|with|给|提交|汇报|report to|for the"
    r"|\b(?:set|drafted|written|prepared|compiled|authored|put together)\s(?:on|by|at|during)\b",
    re.I,
)


# "三、我自己", "（二）店长个人OKR", "2. 我的目标": a section's number says nothing of its owner.
_SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s?"
)


# A heading that is a person's full name: "Ana Ruiz", "Andre de Vries", "Mary Ann Lee".
_EN_FULL_NAME_RE = re.compile(
    r"(?P<first>[A-Z][a-zà-öø-ÿ'’\-]+)"
    r"(?: (?:[A-Z][a-zà-öø-ÿ'’\-]+|de|da|van|von|der|del|di|le|la)){1,3}"
)


_EMPHASIS = re.compile(r"\*\*|__")


# "TL: Maria Santos", "Charge RN: Kemi Adebayo", "(supervisor: Femi Okoro)", "— owner Sam
# Whitford": a role and the person who holds it, ending a heading or one of its parts.
_EN_ROLE_HOLDER = re.compile(
    r"(?:^|[-–—|·(（,]\s*)(?P<role>[A-Za-z][A-Za-z&/\- ]{0,30}?)\s?(?::\s?|\s(?=[A-Z]))"
    r"(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s)?(?:[A-Z]\.\s?)?[A-Z][a-zà-öø-ÿ'’\-]+"
    r"(?: [A-Z][a-zà-öø-ÿ'’\-]+){0,2})"
    r"\s*[)）]?\s*$"
)


_TITLED_RE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s(?:[A-Z]\.\s?)?[A-Z][a-z]")


def _en_role_holder(t: str) -> str | None:
    """The person a heading names with their role ("TL: Maria Santos" gives Maria Santos)."""
    m = _EN_ROLE_HOLDER.search(t)
    if m is None:
        return None
    role = m.group("role").strip()
    colon = ":" in t[m.end("role") : m.start("who")]
    if not colon and role.lower() not in ("owner", "lead", "dri"):
        return None  # "Engineering Manager Sync" names a meeting
    if not (_en_role(role) or role.lower() == "owner"):
        return None
    who = m.group("who")
    if is_given_name(re.sub(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s", "", who)):
        return who
    if colon and _TITLED_RE.match(who):
        # "Principal: Mrs. R. Alvarez", "Chief Pharmacist: Dr. Samuel Adeyemi": a title of
        # address marks a person, whatever the name (decision 2711)
        return who
    if colon and _role_noun(role) and _held_by(role, who):
        return who  # "Branch manager: Folasade Ojo": a role a person holds (decision 520)
    return None  # "Marketing: Brand Refresh" names no one


def _en_person_named(t: str) -> bool:
    """A person by name, perhaps after a title: "Rachel Moreno", "Dr. Wei Chen"."""
    t = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s", "", t.strip(" ."))
    return bool(_NAME_SHAPE_RE.fullmatch(t)) and is_given_name(t.split()[0])


def _role_title_in_brackets(t: str, m: re.Match[str]) -> bool:
    """Whether an owner word in brackets, with no colon, only opens a job title: "(Lead
    Dispatcher)", "(Lead Engineer)", "(Lead Mechanic)" name the role of the person before them,
    not a "lead" field whose value is "Dispatcher" (decisions 1136, 3604)."""
    inner = t[m.start() : m.end()].strip(" （(【[）)】]")
    if ":" in inner or "：" in inner or not re.match(r"[A-Za-z]", inner):
        return False
    # a trade by its last word too: "(Lead Mechanic)", "(Lead Electrician)" (decision 3604)
    last = inner.lower().split()[-1].rstrip(".")
    return (_role_noun(inner) or last in _job_heads()) and len(inner.split()) >= 2


def _zh_salutation(who: str) -> bool:
    """Whether `who` (a salutation's name) is a person called by a title or a name: "王总", "李经理",
    "张老师", "王芳"; not a label word ("目标", "负责人")."""
    return who not in _LABEL_WORDS and (_zh_person(who) or _HEADING_ROLE.search(who) is not None)


# A set's title made only of a person's name, the cycle and the set's word, the name on either
# side of a dash or a colon: "Dev Patel: H2 goals", "Q3 goals — Dev Patel", "Q3目标——小林",
# "暑假OKR（7月1日-8月31日）—— 一鸣" (decision 6403, lead ruling of round 44). The name is one no
# list need know: two capitalised words no English word list holds, or two or three Chinese
# characters the dictionary knows as no word but a name, and no team, post or place.
_CYCLE_SET = (
    r"(?:(?:Q[1-4]|H[12]|FY\s?\d{2,4}|20\d\d|spring|summer|autumn|fall|winter|term\s\d)\s{1,2}){1,3}"
    r"(?:personal\s)?(?:okrs?|goals|objectives|targets|priorities)"
)
_EN_NAME_CYCLE_RE = re.compile(
    rf"^(?P<name>(?-i:[A-Z][a-z]{{1,14}} [A-Z][a-z'’\-]{{1,20}}))\s{{0,2}}[-–—|·:]{{1,2}}\s{{0,2}}"
    rf"{_CYCLE_SET}\W{{0,3}}$|^{_CYCLE_SET}\s{{0,2}}[-–—|·:]{{1,2}}\s{{0,2}}"
    rf"(?P<name2>(?-i:[A-Z][a-z]{{1,14}} [A-Z][a-z'’\-]{{1,20}}))\W{{0,3}}$",
    re.I,
)
_ZH_CYCLE_NAME_RE = re.compile(
    r"(?:OKRs?|目标|计划)\s?(?:[（(][^（）()\n]{1,24}[）)])?\s{0,2}(?:[-–—]{1,2}|[·|｜])\s{0,2}"
    r"(?P<name>[\u4e00-\u9fff]{2,3})\s{0,2}$"
    # "10月复盘+11月OKR（雨桐）": the given name alone in the bracket closing the title (6966)
    r"|(?:OKRs?|目标|计划)\s?[（(]\s?(?P<bname>[\u4e00-\u9fff]{2,3})\s?[）)]\s{0,2}$"
)


@cache
def _zh_list_text() -> str:
    """Every Chinese word list's entries, one a line (to ask whether a word is listed)."""
    lines = []
    for d in data_dirs():
        for path in sorted((d / "zh").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            lines.extend(ln for ln in text.splitlines() if not ln.startswith("#"))
    return "\n".join(lines)


def _zh_listed(word: str) -> bool:
    """Whether a Chinese word is part of an entry of the project's Chinese word lists."""
    return word in _zh_list_text()


def _name_beside_cycle(t: str) -> str | None:
    """The person a title of a name, a cycle and the set's word names (decision 6403)."""
    if has_cjk(t):
        m = _ZH_CYCLE_NAME_RE.search(t) if any(c in t for c in "—-|·（(") else None
        if m is None:
            return None
        name = m["name"] or m["bname"]
        if m["bname"] and (re.search(r"^第|[版稿期篇案本]$", name) or _zh_listed(name)):
            # "（第二版）", "（二稿）": the page's version; "（线上）", "（美妆）": a word of the
            # project's lists, a channel or a line of business, not the person
            return None
        if name in _LABEL_WORDS or _zh_unit(name) or _zh_role(name) or _zh_person(name):
            return None  # a team's or a post's set; a known person is read elsewhere
        from coach.nlp import zh_dictionary_tag

        # (a given name the dictionary happens to hold as an idiom's or a name's word: 欣怡)
        return name if zh_dictionary_tag(name) in (None, "nr", "nrfg", "i") else None
    m = _EN_NAME_CYCLE_RE.match(t.strip(" #*_"))
    if m is None:
        return None
    name = m["name"] or m["name2"]
    ws = [w.lower() for w in name.split()]
    if any(known_word(w) or w in _PLACE_OR_UNIT_WORDS or w in _UNIT_WORDS for w in ws):
        return None  # "Customer Success: H2 goals", "North Region — Q3 OKRs"
    return None if _team_only(name) else name


# Words of a place or a unit's name, which a person's name does not hold ("North Region").
_PLACE_OR_UNIT_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     "region", "regional", "area", "district", "zone", "city", "county", "state", "metro", "global",
     "international", "national", "local", "branch", "store", "site", "plant", "campus", "ward",
     "clinic", "hub", "shop", "centre", "center", "school", "academy", "college", "studio", "street",
     "road", "lane", "avenue", "square", "park", "bridge", "house", "hall", "market", "valley"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def heading_owner(text: str) -> bool:
    """Whether a heading (a title, a section name, a line under the title) names the person who
    owns the items under it: an explicit owner ("负责人：刘工", "Owner: Lee Carter"), a personal
    set ("我的Q1个人目标", "Priya's OKRs"), a person or a role in brackets ("法务合规 — 2025上半年
    OKR（郑律）", "## 公司级（CEO）", "## Sales (Sarah)"), a name by a dash ("Peak 2024
    readiness — Lee"). A team or a department alone does not (decision 12), nor an author
    ("Sam's draft", "（老赵拟）")."""
    return next(_heading_owners(text), None) is not None


# A given name opening a title, then the cycle and "OKR": "Kevin 2027 Q3 OKR", "Priya Q2 OKRs".
_NAME_THEN_CYCLE_RE = re.compile(
    r"(?P<name>(?P<first>[A-Z][a-z]{1,14})(?: [A-Z][a-z]{1,14})?)\s+"
    r"(?:(?:20\d\d|FY\d{2,4})\s?)?(?:Q[1-4]|H[12])\s?(?:20\d\d\s?)?(?:个人\s?)?OKRs?\b"
)


@lru_cache(maxsize=4096)
def heading_owner_name(text: str) -> str | None:
    """Who owns the items under a heading that names their owner (`heading_owner`): the name as
    written ("Lee Carter", "郑律", "CEO"); "" when the heading says only that the set is its
    author's own ("我的Q1个人目标", "Personal OKRs"); None when it names no owner."""
    found = None
    for name in _heading_owners(text):
        if name:
            return name
        found = ""  # a personal set: a later form may still give the person's name
    return found


# "社长：高二（3）班 王子轩", "店长：万达店 刘洋": a post, a colon, the class, shop or group its holder
# is in, a blank, then the holder (decision 2549).
_ZH_ROLE_WHERE_WHO_RE = re.compile(
    r"(?P<role>[^:：\s]{1,8})\s?[:：]\s?(?P<where>[^:：\s]{1,12})[ \t\u3000]{1,2}(?P<who>[\u4e00-\u9fff]{2,3})"
)


# A field that names who drafted or wrote the page, up to the next field: "起草：综合科 王主任",
# "整理人：运营部 李经理", "执笔：赵主管" beside "周期：…" — who wrote the page, not who answers for its
# key results (decision 4720, lead ruling b of round 32). Also "初稿：…", "初稿 by 行政主管 …", "填写人：…",
# "作者：…", "最后修改：…", "文档作者 …" (decision 5241). The field ends at the next ｜, ；, at a
# bracket's end, where a blank opens the next field ("编写：周强  负责人：马莉" keeps the owner), or
# before a bracket that opens with an owner's field ("编写：周强（负责人：马莉）", decision 5401).
_ZH_DRAFTER_FIELD_RE = re.compile(
    # 提交人/报送人, who hands the page in, with them (decision 5582)
    r"(?:(?:起草|整理|执笔|撰写|撰稿|拟稿|拟制|拟定|编制|编写|制表|填表|填写|填报|记录|汇总|初稿|修订|提交|报送)(?:人|者)?"
    r"|(?:文档|文章|本文)?作者|(?:最后|最近)(?:修改|编辑|更新)(?:人|者)?"
    # who keeps the page (decision 5410): "文档负责人：马莉", "文档维护人：…", "页面负责人：…"
    r"|(?:文档|页面)(?:负责人|所有者|维护人|owner))"
    r"(?:\s?[:：]|\s?by(?![A-Za-z])|(?<=作者)[ \t\u3000](?=[\u4e00-\u9fff]))"
    # the value, with a bracket after the name ("作者：杜鹏（产品助理）"); not a bracket that opens
    # with an owner's field ("编写：周强（负责人：马莉）": the owner stays, as decision 5321 keeps it
    # in English; decision 5401)
    r"(?:[^｜|;；\n（）()]|[（(](?!\s?(?:负责人|责任人|执行人|主责人|牵头人|总负责人?|负责|(?i:owner|dri))(?:\s?[:：]|[ \t]))"
    r"[^（）()\n]{0,16}[）)]){0,60}?"
    r"(?=[ \t\u3000]{1,4}[^\s:：｜|;；]{1,8}[:：]|[｜|;；\n）)]|$"
    r"|[（(]\s?(?:负责人|责任人|执行人|主责人|牵头人|总负责人?|负责|(?i:owner|dri))(?:\s?[:：]|[ \t]))"
)


# The same in English (decision 5241): "Drafted by: Omar (ops lead)", "Prepared by the finance
# team", "Last edited by Tom Becker on 2 March", "First draft by Omar", "Author: Hana Ito", "Last
# updated: 3 April, Tom", a byline "By: Omar Haddad, ops lead" — who wrote or last touched the
# page, not who owns each key result. A verb's "by" field may stand anywhere after a break
# ("Warehouse OKRs — drafted by Omar"); a label with a colon only where a field starts (the
# line's start, after |, ;, · or two blanks), so that "Owner & author: Tom" keeps its owner. The
# field runs to the next |, ;, ·, to two blanks before a label, or to the end.
_EN_DRAFTER_FIELD_RE = re.compile(
    r"(?:(?<![\w-])(?:(?:last|first|originally)\s)?(?:drafted|prepared|written|compiled|authored|"
    r"edited|updated|modified|revised|put\stogether|typed\sup|assembled|created|submitted)\s(?:up\s)?by\b"
    r"|(?<![\w-])(?:(?:first|rough|initial)\s)?draft(?:ed)?\sby\b"
    r"|(?:^|(?<=[|;｜；•·])|(?<=\s\s))\s{0,2}(?:(?:doc(?:ument)?\s)?authors?|drafter|drafted|"
    # who keeps the page, as a wiki's page header says it (decision 5410)
    r"(?:doc(?:ument)?|page)\sowners?|"
    r"prepared|written|compiled|editor|by|(?:last\s)?(?:edited|updated|modified|revised))\s?[:：])"
    # the value, up to the next field: a mark between fields, two blanks before a label, or an
    # owner's field after it ("Prepared by Finance (owner: Ana Ruiz)", "drafted by ops, owned by
    # Lina Ortiz": the owner stays, decision 5321)
    r"(?:(?!\s{2,}[A-Za-z][\w ]{0,15}[:：])"
    r"(?![\s,(（—–-]{0,3}(?:(?:owner|dri|accountable)\s?[:：]|owned\sby\s))[^|;｜；·•\n]){0,80}",
    re.I,
)
# The same field inside a bracket, the bracket with it: "Owner: Tom Becker (drafted by Lina)".
_DRAFTER_BRACKET_RE = re.compile(
    r"[ \t]?[(（][ \t]?(?=(?:(?:last|first|originally)\s)?(?:drafted|prepared|written|compiled|"
    r"authored|edited|updated|modified|revised|draft)\s(?:up\s)?by\b|"
    # "(draft — Nora)", "(v2 draft: Omar)", "（草稿：李娜）": a draft and its writer (decision 5581)
    r"(?:v\d{1,2}\s)?(?:(?:first|rough|initial|working|second)\s)?draft\s?[-–—:,]|(?:初稿|草稿)\s?[-–—:：,，]|"
    r"(?:起草|整理|执笔|撰写|拟稿|编写|填写|初稿|作者)(?:人|者)?\s?(?:[:：]|by(?![A-Za-z])))[^()（）\n]{1,60}[)）]",
    re.I,
)


# A name in brackets right after the word for a draft or a working copy, or beside a note that the
# page is shared with or sent to its readers: "FY2027 Q1 OKRs — working copy (J. Whitfield)",
# "2027年Q1 OKR 讨论稿（王芳）",
# "Q3 OKRs — draft v2 (Omar Haddad)", "(Coach Ruiz, shared w/ captains)" — whose copy it is, who
# wrote or sent it, not who owns each key result (decision 6950). Not a bracket that opens with an
# owner's field ("draft (owner: Ana)").
_DRAFT_COPY_BRACKET_RE = re.compile(
    r"(?:(?<![\w-])(?:(?:working|rough|first|initial|second|latest|current)\s)?"
    r"(?:draft|working\scopy|wip)|初稿|草稿|讨论稿|征求意见稿|工作稿)[)）]?"
    r"(?:\s?[-–—:,]?\s?(?:v|version\s?|#)?\d{1,2}(?:\.\d{1,2})?)?\s?[-–—:,]?\s?"
    # the name: no figure ("draft (Q3 2027)" names a period), no field's colon
    r"[(（](?!\s?(?:owner|dri|lead|accountable)\b)[^()（）\n:：\d]{2,40}[)）]"
    r"|[(（](?=[^()（）\n]{2,40}?[,，;]\s?(?:shared|sent|circulated|forwarded)\s(?:w/|with\b|to\b))"
    r"[^()（）\n]{4,80}[)）]",
    re.I,
)


# A clause of a title's line that ends with the verb for writing or telling the page, after the
# one who did it: "（护士长 陈静 整理，周五例会讨论）", "社长 马建国 口述，会计小周整理", "王芳起草" — the
# writer, as a field "整理：陈静" names (decision 6668, widening 5241). The clause runs from the
# line's start, a blank, a bracket or a comma to the verb, which ends it (a comma, a bracket's
# end, ｜ or the line's end after it): "完成资料整理方案" names no writer.
_ZH_WRITER_CLAUSE_RE = re.compile(
    r"(?:[，,；;]\s?|(?:^|(?<=[\s（(｜|])))[^，,；;｜|（）()\n:：]{1,16}?\s?"
    r"(?:口述|整理|起草|执笔|撰写|撰稿|编写|草拟|拟稿|拟定)(?=\s*(?:[，,；;｜|。）)]|$))"
)


@lru_cache(maxsize=4096)
def drafter_field(text: str) -> str | None:
    """The field of a heading or title line that says who drafted, wrote or last edited the
    page ("Drafted by: Omar (ops lead)", "初稿 by 行政主管 马莉", "编写人：周强"), as written; None
    when the line has none (decisions 4720, 5241)."""
    t = _EMPHASIS.sub("", text)
    if (m := _DRAFTER_BRACKET_RE.search(t)) is not None:
        return m.group(0).strip(" （）()")  # "(drafted by Lina)": the words inside
    if (m := _DRAFT_COPY_BRACKET_RE.search(t)) is not None:
        said = m.group(0).strip()  # "working copy (J. Whitfield)" (decision 6950)
        return said[1:-1].strip() if said[0] in "(（" else said
    for pattern in (_ZH_DRAFTER_FIELD_RE, _EN_DRAFTER_FIELD_RE, _ZH_WRITER_CLAUSE_RE):
        if (m := pattern.search(t)) is not None and m.group(0).strip():
            return m.group(0).strip(" ｜|;；，,")
    return None


def strip_drafter_fields(text: str) -> str:
    """`text` without the fields that say who drafted, wrote or last edited the page
    (`drafter_field`): what is left is read for an owner as before."""
    t = _DRAFT_COPY_BRACKET_RE.sub("", _DRAFTER_BRACKET_RE.sub("", text))
    if has_cjk(t):
        t = _ZH_DRAFTER_FIELD_RE.sub("", _ZH_WRITER_CLAUSE_RE.sub("", t))
    t = _EN_DRAFTER_FIELD_RE.sub("", t)
    # the marks left beside a dropped field ("> 周期：Q2 ｜", "Clinic OKRs |"), and a Chinese
    # line's quote mark as decision 4720 read it; an English line with none keeps its own
    # ('<TeamMember name="Ida Holm" />')
    if t != text:
        return t.strip(" ｜|;；>—–-,，")
    return t.strip(" ｜|>") if has_cjk(t) else t


# A letter's salutation, the whole line: who the message is written to, by a title of address or
# with a greeting ("王总：", "尊敬的陈总：", "李经理：", "张老师，您好：") — no owner of the set it
# carries (decision 4870, lead ruling b of round 33). A field ("负责人：王总") still names one.
_ZH_SALUTATION_RE = re.compile(
    r"(?:尊敬的|亲爱的)?(?P<who>[\u4e00-\u9fff]{1,3}?(?:总|经理|老师|主任|师傅|领导|书记|局长|处长|科长|部长|"
    r"院长|校长|园长|老板|董)|[\u4e00-\u9fff]{2,3}(?=[，,\s]{0,2}(?:您好|你好)))"
    r"(?:[，,\s]{0,2}(?:您好|你好)[！!]?)?\s?[:：，,！!]?"
)


# One person's name, a comma or a dash, then what they do: "Rosa, exec housekeeper", "Grace -
# lab manager", "罗敏，行政管家" (decision 5053).
_EN_NAME_THEN_ROLE_RE = re.compile(
    r"(?P<name>[A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14})?)\s?(?:,|\s[-–—])\s?"
    r"(?P<role>[A-Za-z][A-Za-z.&/' -]{1,40})"
)
_ZH_NAME_THEN_ROLE_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,3})[，,、]\s?(?P<role>[\u4e00-\u9fff]{2,8})"
)


def _name_then_role(who: str) -> str | None:
    """The person in a bracket that holds one name and then their role ("Rosa, exec
    housekeeper", "罗敏，行政管家"), or None: a second name ("Rosa, Liam") makes the bracket's
    people its authors (decision 13), a note ("初稿，待讨论") names nobody (decision 5053)."""
    who = who.strip()
    if m := _EN_NAME_THEN_ROLE_RE.fullmatch(who):
        role = m.group("role").strip()
        if (
            is_given_name(m.group("name").split()[0])
            and not _en_person_named(role)
            and not is_given_name(role.split()[0])
            and role.lower() not in ("me", "myself")
            and not _month_span(m.group("name"), role)  # "(Jun – Sep)" (decision 6593)
        ):
            return m.group("name")
        return None
    if m := _ZH_NAME_THEN_ROLE_RE.fullmatch(who):
        role = m.group("role")
        if _zh_person(m.group("name")) and not _zh_person(role):
            return m.group("name")
    return None


# A bracket that says where the owners are written, not who they are: "（负责人写在括号里）",
# "（括号内为责任人）", "(owners in brackets)", "(owner after each KR)" — a key result with no bracket
# of its own still has no owner (decision 5700).
_OWNER_NOTE_RE = re.compile(
    r"[（(](?=[^（）()\n]{0,30}(?:负责人|责任人|(?i:owners?\b|DRIs?\b)))"
    # not a field that names one ("（负责人：王芳，见附件）", "(owner: Ana, see notes)")
    r"(?![^（）()\n]{0,30}(?:负责人|责任人|(?i:owners?|DRIs?))(?:\s?[:：]\s?|\s)"
    r"(?!各|每|见|括号|写|标|(?i:see\b|in\b|after\b|per\b|each\b|listed\b|shown\b|noted\b)))"
    r"(?=[^（）()\n]{0,30}(?:括号|后面|每条|各条|每项|各项|每个|写在|标在|标注|标于|附在|见"
    r"|(?i:brackets?\b|parenthes[ei]s\b|after\seach\b|per\s(?:kr|item|line|row)\b"
    r"|each\s(?:kr|item|line|row)\b|shown\b|noted\b|listed\b|marked\b|see\b)))"
    r"[^（）()\n]{1,30}[）)]"
)


# A bracket in a set's heading, which may hold a class's number in brackets of its own:
# "（初二（5）班 陈老师）" (decision 5820).
_HEADING_BRACKET_RE = re.compile(
    r"[（(]\s?(?P<who>(?:[^（）()\n]|[（(]\d{1,2}[）)]){1,44}?)\s?[）)]"
)
_CLASS_NUMBER_RE = re.compile(r"[（(](?P<n>\d{1,2})[）)](?=[班组队排])")


def _heading_owners(text: str) -> Iterator[str]:
    """The owners a heading names, one per form that reads one, in `heading_owner`'s order."""
    # Markdown emphasis inside the line says nothing of who owns it: "**Owner:** Priyanka Rao"
    t = _SECTION_NUMBER.sub("", _EMPHASIS.sub("", text).strip(" #*_"))
    t = _OWNER_NOTE_RE.sub("", t)  # "（负责人写在括号里）": where owners are written (5700)
    if has_cjk(t) and (m := _ZH_SALUTATION_RE.fullmatch(t)) and _zh_salutation(m.group("who")):
        return  # "王总：" opening a mail: whom it is written to (decision 4870)
    # "起草：综合科 王主任", "Drafted by: Omar (ops lead)": who wrote the page (4720, 5241)
    t = strip_drafter_fields(t)
    if not t:
        return
    for pattern in _EXPLICIT:
        if m := pattern.search(t):
            name = m.group("name").strip(" .·'’-@")
            if name.isascii():
                name = _explicit_person(t, m, name)[0]  # "Owner: Sam Ortiz. Due: May 1" (2500)
            if _role_title_in_brackets(t, m):
                continue  # "Owner: Marcus Lee (Lead Dispatcher)": his title (decision 1136)
            if _team_only(name):
                # "Owner: 运营部" over the set: a team runs it (decisions 12, 1097); "负责人：客服中心
                # 李娜": the person after the team
                rest = t[m.end() :].strip(" ,，")
                if rest and owner_phrase(rest, person_only=True):
                    yield rest
                return
            if name and (held := _zh_role_holder(t, m, name)) is not None:
                yield held[0]  # "负责人：社长 王子轩" under the title (decision 2540)
                return
            yield _person_in_team(name) or name  # "（负责人：运营部 王芳）" (decision 3605)
    if (whose := _whose(t)) is not None:
        yield whose
    if (el := person_element(t)) is not None:
        yield el.group("name").strip()
    if (named := _name_before_role_bracket(t)) is not None:
        yield named  # "Priyanka (Jr. Data Analyst)" (decision 3369)
    m = _EN_FULL_NAME_RE.fullmatch(t)
    if m and is_given_name(m.group("first")):
        yield t  # "### Ana Ruiz" over her objectives on a team's page (decision 355)
    m = _ZH_ROLE_COLON_RE.fullmatch(t)
    if m and _owner_part(t, person_only=True):
        yield m.group("who")  # a line "网格员：莫桂兰" under the title (decision 341)
    m = _ZH_ROLE_WHERE_WHO_RE.fullmatch(t) if "：" in t or ":" in t else None
    if m and _zh_role(m.group("role")) and _zh_person(m.group("who")):
        yield m.group(
            "who"
        )  # "社长：高二（3）班 王子轩": the post, where its holder is, the holder (2549)
    _, gap, last = t.rpartition(" ")
    m = _ZH_ROLE_COLON_RE.fullmatch(last) if gap else None
    if m and _owner_part(last, person_only=True):
        yield m.group("who")  # "2027年Q1 加油站OKR  站长：阿斌": the same, closing the title (598)
    m = _NAME_THEN_CYCLE_RE.match(t)
    if m and is_given_name(m.group("first")):
        yield m.group("name")  # "Kevin 2027 Q3 OKR（外贸SOHO）": his own set (decision 539)
    if (holder := _en_role_holder(t)) is not None:
        yield holder  # "Charge RN: Kemi Adebayo", "… — TL: Maria Santos" (decision 395)
    m = _OWNS_RE.search(t)
    if m and owner_phrase(m.group("name")):
        yield m.group("name").strip()
    for m in _HEADING_BRACKET_RE.finditer(t):
        # "（初二（5）班 陈老师）": a class's number in its own brackets inside (decision 5820)
        who = _CLASS_NUMBER_RE.sub(r"\g<n>", m.group("who"))
        if _HANDLE_RE.fullmatch(who):
            # "libfrost maintainer OKRs — H2 2026 (@kwame)": one handle in brackets names the
            # person whose set it is, as "Owner: @maya" does (decision 1090).
            yield who.lstrip("@")
            continue
        label, colon, rest = who.partition(":")
        rest = rest.strip()
        if colon and re.fullmatch(r"[A-Za-z][A-Za-z ]{0,30}", label) and _en_person_named(rest):
            yield rest  # "(Partner: Rachel Moreno)": the person, not her role (decision 1136)
            continue
        if _READERS_RE.search(who):
            continue  # "（全员看）", "(cc: all staff)": who reads the set, not who owns it (1250)
        if (named := _name_then_role(who)) is not None:
            yield named  # "(Rosa, exec housekeeper)", "（罗敏，行政管家）" (decision 5053)
            continue
        # "(Yuki + Lee)": several people in a title are its authors, not each KR's owner
        # (decision 13); one person, perhaps with a role ("Maria, VP Sales"), owns the set.
        people = [p for p in _PARTS_RE.split(who) if _owner_part(p, person_only=True)]
        if owner_phrase(who, person_only=True) and len(people) == 1:
            yield m.group("who").strip()  # as written
            continue
        # "（小雨，2026年1-6月）": the person beside the set's period in one bracket (decision 1250)
        span = _owner_beside_time(who)
        if span and _owner_part(who[span[0] : span[1]], person_only=True):
            yield who[span[0] : span[1]].strip()
            continue
        m = _LOWER_NAME_INITIAL_RE.fullmatch(who.strip())
        if m and is_given_name(m.group("given")):
            yield who.strip()  # "(jordan m.)": a name typed in lower case, then an initial (1250)
    for m in _ROLE_THEN_NAME.finditer(t):
        name = m.group("zhname") or m.group("enname")
        if (_zh_person(name) if m.group("zh") else is_given_name(name)) and not _REVIEWER.search(t):
            yield name  # "站长 周强 7月OKR", "Store 12 manager Priya Shah": the person (decision 563)
            break
    m = _HEADING_ROLE.search(t)
    if m and not _REVIEWER.search(t):
        yield m.group(0)
    post = _title_post(t)
    if post and not _REVIEWER.search(t):
        yield post  # "Practice manager — Q3 OKRs", "门诊护士长 2027年Q3 OKR" (decision 5977)
    m = _SET_FOR_ROLE.search(t)
    if m and (_HEADING_ROLE.search(m.group("who")) or _zh_person(m.group("who"))):
        yield m.group("who")
    m = _HEADING_HONORIFIC.search(t)
    if m:
        yield m.group(0).strip(" -–—|·:,()（）")
    for pattern in (_HEADING_DASH_NAME, _HEADING_NAME_DASH):
        m = pattern.search(t)
        if m and is_given_name(m.group("name")) and not _team_only(m.group("name")):
            if pattern is _HEADING_NAME_DASH and _SET_FOR_UNIT.search(t, m.end()):
                continue  # "Carla: draft Q4 OKRs for the service department": who posts a
                # team's set, not its owner (decision 2283)
            note = t[: m.start()] if pattern is _HEADING_DASH_NAME else t[m.end() :]
            if _SIGNED_NOTE_RE.search(note) and not _MINE_RE.search(note):
                # "Hi all, below are our OKRs. — Carla", "Carla — quick follow-up, here's the
                # plan we discussed.": she signs or sends the note (4700); "here are my OKRs"
                # still makes the set hers (decision 2283)
                continue
            yield m.group("name")  # not "Chen Lab — OKRs": a team named after a person (1136)
    if (named := _name_beside_cycle(t)) is not None:
        yield named  # "Dev Patel: H2 goals", "Q3目标——一鸣" (decision 6403)
    m = _HEADING_DASH_HANDLE.search(t)
    if m and t[: m.start()].strip():
        yield m.group("who").lstrip("@").rstrip(".")
    m = _OKR_OF_PERSON.search(t)
    who = m and (m.group("who") or m.group("who2") or m.group("who3"))
    if (
        who
        and (who.startswith("@") or is_given_name(who.split()[0]))
        and who.split()[0].lower() not in _CALENDAR_WORDS  # "Goals for April": a month
    ):
        yield who.lstrip("@")
    for p in _HEADING_ZH_NAMES:
        m = p.search(t)
        if m is not None and m.group("name") not in _LABEL_WORDS and _zh_person(m.group("name")):
            if p in (_ZH_NAME_BEFORE_PERIOD, _ZH_NAME_BEFORE_TOPIC) and _common_noun(
                m.group("name")
            ):
                continue  # "车间 Q3 OKR": the unit's set, not a person's
            yield m.group("name")


@lru_cache(maxsize=4096)
def heading_team(text: str) -> str | None:
    """The team an owner field over a set names when it names no person: "Owner: 运营部",
    "负责人：市场部", "DRI: Growth team" (decision 1097). Such a team runs the set; it owns no
    key result (`heading_owner` is False for it)."""
    t = _EMPHASIS.sub("", text).strip(" #*_")
    for pattern in _EXPLICIT:
        if m := pattern.search(t):
            name = m.group("name").strip(" .·'’-@")
            if _role_title_in_brackets(t, m):
                continue  # "Owner: Marcus Lee (Lead Dispatcher)": his title (decision 1136)
            if _team_only(name):
                return None if heading_owner(t) else name
            return None
    return None


# A set's title: a period or "OKR" beside the team's name ("2027年Q1 客服部 OKR", "Q3 2027 OKRs -
# Growth team", "📌 2027 Q2 市场部 OKR（飞书文档）"); the team is the run of words between them.
_TITLE_OKR_RE = re.compile(r"OKRs?|目标与关键结果|季度目标|年度目标", re.IGNORECASE)
_TITLE_NOISE_RE = re.compile(
    r"[（(【\[][^（）()【】\[\]]{0,20}[)）】\]]"  # "（飞书文档）", "(draft)"
    r"|(?:20\d\d|\d{2})[ \t]?年?(?:度|第?[一二三四1-4][ \t]?季度|[上下]半年)?"
    r"|\b(?:FY|Q|H)[ \t]?\d{1,4}\b|[QH][1-4]|第?[一二三四1-4]季度|[上下]半年|年度|季度|月度"
    r"|OKRs?|目标与关键结果|draft|草稿|初稿|v\d|[^\w\u4e00-\u9fff&' ]",
    re.IGNORECASE,
)


# An e-mail's field names before the title it carries: "Subject: Litigation group OKRs — H2
# draft", "Re: Fwd: Q3 OKRs - Growth team", "主题：客服部Q1 OKR" (decision 2204).
_MAIL_FIELD_RE = re.compile(
    r"^(?:(?:subject|re|fwd?|主题|邮件主题|回复|转发)[ \t]?[:：][ \t]*){1,4}", re.I
)


@lru_cache(maxsize=4096)
def title_team(text: str) -> str | None:
    """The team a set's title names beside its period or "OKR": "2027年Q1 客服部 OKR" gives 客服部,
    "Q3 2027 OKRs - Growth team" gives Growth team; None for a title that names a person, a
    role or no unit. Such a team runs the set and owns none of its key results (decision 12):
    the kr-no-owner message names it (decision 1885)."""
    t = _MAIL_FIELD_RE.sub("", strip_drafter_fields(_EMPHASIS.sub("", text).strip(" #*_")))
    if len(t) > 50 or not _TITLE_OKR_RE.search(t) or heading_owner(t):
        return None
    words = [w for w in _TITLE_NOISE_RE.sub(" ", t).split() if w]
    name = " ".join(words)
    if not name or len(name) > 24:
        return None
    if has_cjk(name):
        name = name.replace(" ", "")
        return name if _zh_suffix_re().match(name) and not _zh_role(name) else None
    ws = name.split()
    while ws and ws[0].lower() in ("for", "the", "of", "our", "by", "from"):
        ws = ws[1:]  # "Q2 OKRs for the Platform group"
    return " ".join(ws) if 2 <= len(ws) <= 4 and ws[-1].lower() in _UNIT_WORDS else None


def names_owner(text: str) -> bool:
    """Whether `text` names an owner explicitly ("负责人：张三", "(owner: Alice)"), not by a
    bare name in brackets or an @mention."""
    return any(p.search(text) for p in _EXPLICIT)
