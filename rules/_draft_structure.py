"""How a draft is laid out, for the rules that look past one item's wording: empty items, where
an item's wording ends, headings that name an owner, whole lines, levels and groups of
objectives. Not a rule (the registry skips modules starting with '_')."""

from __future__ import annotations

import re
from functools import lru_cache

from coach.draft import Draft, Heading, Item
from coach.facts.grades import CURRENT_NOTE_RE, progress_tail
from coach.facts.numbers import zh_number
from coach.facts.owner import (
    drafter_field,
    heading_owner,
    heading_owner_name,
    heading_team,
    names_everybody,
    names_nobody,
    owner_phrase,
    team_subject,
    title_team,
    undecided_owner,
)
from coach.facts.timeframes import (
    arabic_years,
    compared_spans,
    has_deadline,
    heading_month,
    is_horizon,
    objective_month,
    time_spans,
    title_year_pair,
)
from coach.text import detect_language
from coach.types import OwnerSource
from coach.wordlists import find_terms, words

# What an unwritten row says in place of its wording (decision 561): an empty checkbox "[ ]",
# "TBD", "（待定）", "...", "?".
_UNWRITTEN = re.compile(
    r"\W*(?:tbd|tbc|tba|to ?do|to be (?:decided|defined|determined|confirmed|added)|n/?a|"
    r"待定|待补充|待补|待确认|待填写?|暂定|暂无|\.{2,}|…+|[?？]+)?\W*",
    re.I,
)


# A row promised later: a word for "to be set", then at most a note in brackets on who brings it
# ("TBD (Jonas to propose a monetisation metric)", "待定（王芳下周给出指标）"; decision 658).
_PROMISED = re.compile(
    r"^\W*(?:tbd|tbc|to be (?:decided|defined|determined|confirmed|agreed|set)|待定|待确认|暂定)"
    r"\s*[-–—:：,，]?\s*(?:[（(][^（）()]{1,80}[）)])?\W*",
    re.I,
)
# A measure named, its target to be set: "付费转化率提升到（目标值待定）", "Trial conversion from
# 1.2% to TBD", "NPS (target TBD)" (decision 658; PRINCIPLES.md: a number promised later).
_TARGET_PROMISED = re.compile(
    r"(?:[（(]\s*(?:目标值?|target)?\s*(?:tbd|tbc|待定|待确认|to be (?:set|agreed|confirmed|decided|"
    r"determined))\s*[）)]|(?:到|至|为|\bto|target\s*[:：]?|目标值?\s*[:：]?)\s*"
    r"(?:tbd|tbc|待定|待确认|to be (?:set|agreed|confirmed|decided|determined))\b)",
    re.I,
)


def is_empty(item: Item) -> bool:
    """An item with no wording yet: a bare "KR2:", an empty checkbox row "- [ ]", "KR2.3 TBD",
    "KR3：（待定）" (decision 561), or one promised later with a note on who brings it ("TBD
    (Jonas to propose a metric)", decision 658). kr-not-quantified says it is still empty;
    other rules leave it alone, and set rules do not count it. Read once per item (about
    five rules ask)."""
    memo = item.facts.memo
    found = memo.get("is_empty")
    if found is None:
        plain = item.plain.strip()
        found = memo["is_empty"] = (
            _UNWRITTEN.fullmatch(plain) is not None or _PROMISED.fullmatch(plain) is not None
        )
    return found  # type: ignore[return-value]


def promised_later(item: Item) -> bool:
    """An empty row that says it will be written later ("TBD", "待定", "TBD (Jonas to propose
    a metric)"), not one left blank ("KR2:", "- [ ]", "..."): decision 658."""
    memo = item.facts.memo
    found = memo.get("promised_later")
    if found is None:
        found = memo["promised_later"] = _PROMISED.fullmatch(item.plain.strip()) is not None
    return found  # type: ignore[return-value]


def target_promised(item: Item) -> bool:
    """A key result that names its measure and says its target will be set later
    ("付费转化率提升到（目标值待定）", "Trial conversion from 1.2% to TBD"; decision 658)."""
    memo = item.facts.memo
    said = memo.get("target_promised")
    if said is None:
        plain = item.plain
        found = _TARGET_PROMISED.search(plain)
        said = memo["target_promised"] = found is not None and bool(
            re.search(r"\w", plain[: found.start()])
        )
    return said  # type: ignore[return-value]


def end_of_wording(item: Item) -> int:
    """Local offset just after the item's wording, before trailing annotations or stops, and
    before a progress remark ("差评率降低到1%以下 —— 进度 1.4% ❌": an owner or a date tag belongs
    to the wording, not to the remark; blind read 7)."""
    end = item.core_span[1]
    at = progress_tail(item.text[:end])
    end = end if at is None or at <= item.core_span[0] else at
    # "…到5万（当前55%）": where the measure stands now is no part of the wording (decision 1881)
    now = CURRENT_NOTE_RE.search(item.text, item.core_span[0], end)
    if now is not None and item.text[item.core_span[0] : now.start()].strip():
        end = len(item.text[: now.start()].rstrip())
    return _before_trailing_emoji(item.text, item.core_span[0], end)


def _emoji(c: str) -> bool:
    o = ord(c)
    return (o >= 0x1F300 or (0x2600 <= o <= 0x27BF and c not in "★☆✓✔")) or c in "\ufe0f\u200d"


def _before_trailing_emoji(text: str, start: int, end: int) -> int:
    """`end`, or where trailing emoji end the wording ("… without escalation 🙃": an owner tag
    goes before the emoji, not after it; blind read 20, rw-030, decision 1017)."""
    cut = end
    while cut > start and (_emoji(text[cut - 1]) or text[cut - 1] == " "):
        cut -= 1
    if cut == end or not any(_emoji(c) for c in text[cut:end]) or cut <= start:
        return end
    return cut


# -- what an item inherits from the lines around it -------------------------------------------
# A timeframe or an owner written once for many items: on the objective, in a heading that
# covers the item (`Draft.heading_scope`: up to the next heading of the same or a higher level,
# docs/principles.md decision 17), or on the lines before the first objective that the parser
# keeps as prose (a title it did not recognise, "Owner: Lee Carter" under the title).

# A line anywhere that states the set's period: "时间：2025.11.1-2026.1.31", "以上目标截止到6月底",
# "以上目标完成时间：9月30日" (decision 4287), "Timeline: Q3".
# A sentence about every key result of the page: "All key results are due by September 30.",
# "These KRs should be reached by the end of Q3.", "所有关键结果须在9月30日前完成" (decision 6764).
_ALL_KRS = (
    r"(?:all|these|the above)(?: of)?(?: the| our| these)?(?: [a-z]+)? (?:key results?|krs?|targets?)\b"
    r"|(?:所有|全部)(?:的)?(?:关键结果|kr|指标|目标)"
)
_ALL_KRS_LINE = re.compile(rf"^\W{{0,3}}(?:{_ALL_KRS})", re.I)
# ... but when they are looked at is no deadline (decision 16: a review date).
_REVIEWED = re.compile(
    r"\b(?:review(?:ed)?|updated?|checked|discussed|scored|graded|revisited)\b|复盘|回顾|更新|检查|评分",
    re.I,
)
_PERIOD_LINE = re.compile(
    r"^\W{0,3}(?:[\u4e00-\u9fff]{0,4}(?:时间|周期|期限|截止|日期)\s?[:：]|(?:以上|上述).{0,12}(?:截止|截至|在|于|时间\s?[:：]|期限)"
    r"|(?:time\s?frame|timeline|timing|period|cycle|when|dates?|duration)[*_]{0,2}\s?[:：]"
    r"|(?:以上|上述).{0,12}时间均?为"
    rf"|{_ALL_KRS})",
    re.I,
)
# A line before the objectives whose date is not the set's period: a note on the past ("Context:
# Q4 we shipped …", "上季度…") or a deadline for sending the draft ("下周一前把OKR发我").
_NOTE_LINE = re.compile(
    r"^\W{0,3}(?:context|background|note|nb|ps|背景|说明|备注|注)\s?[:：]", re.I
)
_NOT_THE_SETS_PERIOD = re.compile(
    r"last (?:quarter|year|month)|上(?:个)?季度|去年|上个?月|发(?:给)?我|send (?:me|it|them)|submit|"
    r"提交|交给|请.{0,12}(?:前|之前)"
    # "公司是从2018年10月开始推行OKR", "我们2019年引入OKR": when the team took up OKRs is its
    # history, not the set's period (decision 746)
    r"|开始(?:推行|实施|使用|引入|导入|试行|用|做)|(?:推行|实施|引入|导入|试行)了?\s?OKR"
    r"|start(?:ed)? (?:using|rolling out|with) okrs?|(?:introduced|adopted|rolled out) okrs?"
    # When the page was reviewed, shared or written, when it will be reviewed next, where its
    # status stands (decision 16: a review date is no deadline; decision 3925): "Status as of
    # Sep 30", "Last reviewed: 2026-10-02", "Next review: Oct 15", "(drafted at the March 2026
    # offsite)", "v2, shared 14 Sep 2026", "更新于2026年10月2日", "下次复盘：10月15日", "（9月1日讨论稿）"
    r"|\b(?:as of|(?:last |next )?review(?:ed)?(?: on| date)?|next check-?in|(?:drafted|written|"
    r"shared|sent|circulated|prepared|updated|edited)(?: (?:on|at|in|during))?)\s?:?\s(?:the\s)?"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|更新于|更新(?:时间|日期)\s?[:：]|(?:下次|下一次)复盘|复盘会?(?:时间|日期)\s?[:：]"
    r"|截至.{1,12}(?:的)?(?:进度|进展|状态)"
    r"|\d{1,2}\s?月\s?\d{1,2}\s?[日号]\s?(?:讨论稿|初稿|草稿|征求意见稿|修订稿|版)",
    re.I,
)
# The date a document was written, not the set's period (decision 292): "Date: 2023-10-16" (one
# day alone after "Date:", as a decision record or a memo heads itself), "Last updated: 3 May
# 2024", "Created: …", "Published: …". "Dates: Jan 6 – Mar 28" is a period.
_DOC_DATE_LINE = re.compile(
    r"^\W{0,3}(?:(?:last )?(?:updated|modified|edited|revised)(?: on)?|created(?: on)?|published|"
    r"posted|written)\s?:"
    # "制定时间：2026-05-28", "📅 规划时间：…", "更新日期：…": when the plan was written (decision 417).
    r"|^\W{0,3}(?:制定|规划|创建|编制|编写|起草|发布|更新|修订|最后更新)(?:时间|日期)\s?[:：]"
    r"|^\W{0,3}date\s?:\s?\**\s?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|(?:\d{1,2}\s)?[a-z]{3,9}\.?\s(?:\d{1,2}(?:st|nd|rd|th)?,?\s)?\d{4})\s?\**$"
    # "(Approved March 9, 2016)", "Adopted: September 6, 2021", "Amended by the Board on 22
    # October 2024": the day the plan was approved, alone on its line (decision 1338)
    r"|^\W{0,3}(?:approved|adopted|amended|ratified|endorsed)(?:\s(?:on|by\s[a-z .']{1,40}?))?"
    r"(?:\son)?\s?:?\s?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|(?:\d{1,2}\s)?[a-z]{3,9}\.?\s(?:\d{1,2}(?:st|nd|rd|th)?,?\s)?\d{4})\W{0,3}$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[，,。;；（）()!！?？]|(?<=[a-z])\.\s")


@lru_cache(maxsize=512)  # each item's deadline rules read the same title and preamble lines
def _sets_period_text(line: str) -> str:
    """`line` without what does not state the set's period: a note line as a whole, and clauses
    about the past or about sending the draft in ("2025年Q3 OKR（请于7月5日前提交）" keeps Q3)."""
    if _NOTE_LINE.match(line) or _DOC_DATE_LINE.match(line):
        return ""
    line = _SUBMITTER_FIELD.sub(" ", line)
    line = _DRAFT_DAY.sub(" ", line) if _DRAFT_LOOK.search(line) else line
    return " ".join(c for c in _CLAUSE_BREAK.split(line) if not _NOT_THE_SETS_PERIOD.search(c))


# The day the draft was written, beside the word "draft" or a version: "(draft, 3 Feb)", "— Draft
# v2, 14 March 2027", "[draft 2027-02-03]", "(working draft: Feb 3)", "(v2, 3 Feb)", "(rev. 2, 3
# Feb)", "(3 Feb draft)", "(draft for discussion, 3 Feb)". It dates the page, as "（9月1日讨论稿）"
# does (decision 6592, the English of 3925); a month or a quarter alone beside "draft" ("(draft,
# Q3)", "(draft – March)") may still be the set's period and stays.
_DAY_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DOC_MARK = (
    r"(?:(?:(?:first|second|final|working|rough|initial)\s)?draft(?:ed)?"
    r"(?:\s(?:for\s(?:discussion|review|comment)|as\s(?:at|of)))?"
    r"|v\d{1,2}(?:\.\d{1,2})?|version\s?\d{1,2}(?:\.\d{1,2})?|rev(?:ision)?\.?\s?\d{1,2})"
)
_DAY = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_DAY_MONTHS})[a-z]*\.?(?:,?\s(?:19|20)\d\d)?"
    rf"|(?:{_DAY_MONTHS})[a-z]*\.?\s\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:,?\s(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?![\w/])"
)
_DRAFT_DAY = re.compile(
    rf"\b{_DOC_MARK}(?:\s?[,:;–—-]?\s?{_DOC_MARK})?\s?(?:[,:;–—-]\s?)?(?:(?:of|dated|from|on)\s)?{_DAY}"
    rf"|(?<![\w/]){_DAY}\s(?:draft|version|v\d{{1,2}})\b",
    re.I,
)
_DRAFT_LOOK = re.compile(r"draft|v\d|version|rev", re.I)


# Who hands the set in, a field of the title line: "提交人：王磊 2028年Q3 市场部OKR", "Q3 2028 Growth
# OKRs — submitted by Dana Ruiz". The field says who, not when the draft is due (decision 5403):
# it is taken out before the line's clauses are read, so the title's own period stays, where
# "submit"/"提交" in the clause dropped it as a note about sending the draft in ("请于7月5日前提交",
# still dropped). The field's value ends at a blank (Chinese) or at a mark between fields.
_SUBMITTER_FIELD = re.compile(
    r"(?:提交人|提交者|报送人)\s?[:：]\s?[^\s｜|;；,，（）()]{1,12}"
    r"|(?:[—–-]\s?)?\b(?i:submitted\sby)\b[^|;｜；·•,，()（）\n]{0,60}",
)


# A heading that names a set of its own ("## 市场部OKR", "## Sales goals"): after the first
# heading at the same level, it makes the draft a cascade of sets, each with its own period.
_SET_HEADING = re.compile(
    r"okrs?\b|(?:团队|部门|个人|公司|班组|小组|中心)(?:的)?(?:目标|计划)|\b(?:goals|plan)\s*$", re.I
)


def _title_heading_line(draft: Draft) -> Heading | None:
    """The draft's first line when it is a heading: it titles the whole draft ("**2025 Q3 门店
    OKR**" above "**一、销售**" and "**二、会员**"), unless a later heading of its level names a set
    of its own (a cascade: "## 公司OKR（2025年Q4）" … "## 二班班组OKR", decision 17)."""
    if not draft.outline:
        return None
    first = draft.outline[0]
    if draft.text[: first.start].strip(" \t\r\n#*"):
        return None
    for h in draft.outline[1:]:
        if (
            h.depth <= first.depth
            and _SET_HEADING.search(h.text)
            # "## Plan: Shop refit (Feb – Apr 2027)" then "## Plan-level OKRs" before any
            # objective: the set's own first section, under the page's title (decision 4973)
            and any(o.start < h.start for o in draft.objectives)
        ):
            return None
    return first


def _title_heading(draft: Draft) -> str | None:
    title = _title_heading_line(draft)
    return None if title is None else title.text


def _preamble(draft: Draft) -> list[str]:
    """Prose lines before the first objective: a title the parser kept as prose ("quick q3 okr
    brain dump"), "Owner: Lee Carter" under the title, a context paragraph; and an owner line
    that closes the page after the last item ("*Owner: Practice Manager*", decision 629).
    Worked out once per draft (`Draft.memo`; callers do not change the list)."""
    found = draft.memo.get("preamble")
    if found is None:
        found = draft.memo["preamble"] = _read_preamble(draft)
    return found  # type: ignore[return-value]


def _read_preamble(draft: Draft) -> list[str]:
    return [t for t, _ in _preamble_lines(draft)]


def _preamble_lines(draft: Draft) -> list[tuple[str, int]]:
    """The preamble's lines (`_preamble`) with where each starts. Worked out once per draft, as
    `_preamble` is (every key result's owner lines asked again; callers do not change it)."""
    found = draft.memo.get("preamble_lines")
    if found is None:
        found = draft.memo["preamble_lines"] = _read_preamble_lines(draft)
    return found  # type: ignore[return-value]


def _read_preamble_lines(draft: Draft) -> list[tuple[str, int]]:
    if not draft.objectives:
        return []
    first = draft.objectives[0].start
    last = max(it.end for it in draft.items())
    # A paragraph that holds the first objective (a guide's sentence quoting it) is no title
    # above it: "需区分“做什么”(任务)…目标“提升产品用户体验”" names no owner (decision 1223).
    return [
        (t, s)
        for t, s, e in draft.prose
        if e <= first or (s >= last and _FOOTER_OWNER.match(t) is not None)
    ]


# "*Owner: Practice Manager*" closing the page: the owner of the whole set; "Lead: Choir
# Director A. Whitfield" too, left of the key results above it (decision 2512).
_FOOTER_OWNER = re.compile(
    r"^(?:[*_]{1,2}\s*)?(?:owner|owned by|dri|lead|led by)\s*[:：]", re.IGNORECASE
)


def _scope_lines(item: Item, draft: Draft) -> list[str]:
    return [h.text for h in draft.heading_scope(item)] + _preamble(draft)


def _owner_lines(item: Item, draft: Draft) -> list[tuple[str, int]]:
    """The headings over `item` and the preamble's lines, (text, start). A post or an owner's
    field and its holder on a line under a team's title ("客服部 2027年Q1目标" over "负责人：周敏")
    names the owner of every key result as under any other title (decision 5240, reversing lead
    ruling 1791; decisions 14, 341). A line that says who drafted the page ("Drafted by: Ben",
    "初稿 by 吴昊") right under the post's line ("Team lead: Ana Costa", "组长：周婷") annotates the
    title as that line does: it does not hide it (decision 5334)."""
    return [(h.text, h.start) for h in _owner_scope(item, draft)] + _preamble_lines(draft)


def _owner_scope(item: Item, draft: Draft) -> list[Heading]:
    """The headings over `item` (`Draft.heading_scope`), with a line right above a line that says
    who drafted the page: "Team lead: Ana Costa" over "Drafted by: Ben Ode" under the title are
    two lines of one level, and the second hid the first from the items below (decision 5334)."""
    scope = draft.heading_scope(item)
    if not any(drafter_field(h.text) is not None for h in scope):
        return scope
    out: list[Heading] = []
    after = -1
    for h in scope:
        if drafter_field(h.text) is not None:
            out.extend(
                o
                for o in draft.outline
                if after < o.start < h.start
                and o.depth == h.depth
                and drafter_field(o.text) is None
                and not any(o.start < it.start < h.start for it in draft.items())
            )
        out.append(h)
        after = h.start
    return out


def inherits_owner(item: Item, draft: Draft) -> bool:
    """Whether a heading or a title line that covers `item` names the person who owns it
    ("## Sales (Sarah)", "我的Q1个人目标", "Owner: Lee Carter"; decisions 12 and 14)."""
    return any(
        heading_owner(t) and not names_nobody(heading_owner_name(t) or "")
        for t, _ in _owner_lines(item, draft)
    )


def drafted_by(item: Item, draft: Draft) -> str | None:
    """The field of a heading or a title line over `item` that says who drafted or wrote the
    page ("Drafted by: Omar (ops lead)", "初稿 by 行政主管 马莉"): no owner of its key results, said
    in kr-no-owner's message (decision 5242); None when no line over it has one."""
    for t, _ in _owner_lines(item, draft):
        if (found := drafter_field(t)) is not None:
            return found
    return None


def running_team(item: Item, draft: Draft) -> str | None:
    """The team an owner field over `item`'s set names ("Owner: 运营部" under the title): it runs
    the set and owns none of its key results (decision 1097); None when no such field."""
    for t in _scope_lines(item, draft):
        if (team := heading_team(t)) is not None:
            return team
    # "2027年Q1 客服部 OKR": the team the set's title names runs it too (decision 1885)
    for t in [h.text for h in _set_headings(draft)] + _preamble(draft):
        if (team := title_team(t)) is not None:
            return team
    return None


def _owner_annotation(item: Item) -> str:
    """The text of the item's owner annotation ("(Owner: N/A)"), "" when none is placed."""
    if item.owner_span is None:
        return ""
    s, e = item.owner_span
    return item.text[s:e].strip(" （(【[）)】]")


def owner_undecided(item: Item) -> bool:
    """Whether the item's own owner is still to be decided ("(Owner: TBD)", "（负责人：待定）";
    decision 3920)."""
    return undecided_owner(item.owner, _owner_annotation(item))


def _owner_cell(item: Item) -> str:
    cell = item.cells.get("owner")
    return "" if cell is None else cell.text.strip(" -—*/")


def _set_headings(draft: Draft) -> list[Heading]:
    """The headings that cover every objective of the draft: the set's title and the lines
    under it ("Owner: @rafa"), not a section's heading. Worked out once per draft."""
    found = draft.memo.get("set_headings")
    if found is None:
        found = draft.memo["set_headings"] = _read_set_headings(draft)
    return found  # type: ignore[return-value]


def _read_set_headings(draft: Draft) -> list[Heading]:
    if not draft.objectives:
        return []
    common = draft.heading_scope(draft.objectives[0])
    for o in draft.objectives[1:]:
        scope = draft.heading_scope(o)
        common = [h for h in common if any(h is g for g in scope)]
    return common


# A field that names the set's owner in the document's footer, after every item: "*Owner:
# ProductOwner*", "**Owner:** Ana", "负责人：王芳" (decision 689). A name written in passing ("by
# Peter") is no field.
_OWNER_FIELD = re.compile(r"^[*_\s]*(?:owners?|dri|负责人|责任人)[*_\s]*[:：]", re.I)


def _footer_owner(draft: Draft) -> tuple[str, str, int, int] | None:
    """The owner a footer field names after the draft's last item (decision 689), worked out
    once per draft."""
    if "footer_owner" not in draft.memo:
        draft.memo["footer_owner"] = _read_footer_owner(draft)
    return draft.memo["footer_owner"]  # type: ignore[return-value]


def _read_footer_owner(draft: Draft) -> tuple[str, str, int, int] | None:
    if not draft.objectives:
        return None
    last = max(it.end for it in draft.items())
    lines = [(h.text, h.start, h.end) for h in draft.outline if h.start >= last]
    lines += [(t, s, e) for t, s, e in draft.prose if s >= last]
    for text, start, end in sorted(lines, key=lambda x: x[1]):
        name = heading_owner_name(text) if _OWNER_FIELD.match(text) else None
        if name:
            return name, text, start, end
    return None


def set_owner(draft: Draft) -> tuple[str, str, int, int] | None:
    """The owner named by the set's title or a line under it, for every item of the draft
    ("王磊的个人OKR（2025年Q1）", "Owner: @rafa" under the title; decision 485): (name, the line,
    its input span); name "" for a personal set that names nobody ("我的Q1目标"). A section's
    heading is no set-level owner: it covers its own items only."""
    lines = [(h.text, h.start, h.end) for h in _set_headings(draft)]
    if draft.objectives:
        first = draft.objectives[0].start
        last = max(it.end for it in draft.items())
        # as the preamble reads them: a paragraph that runs on into the first objective is no
        # title above it (decisions 1223, 1686)
        lines += [
            (t, s, e)
            for t, s, e in draft.prose
            if e <= first or (s >= last and _FOOTER_OWNER.match(t) is not None)
        ]
    found = None
    for text, start, end in lines:
        name = heading_owner_name(text)
        if name and names_nobody(name):
            continue  # "Owner: TBD": no owner yet (decision 3920)
        if name:
            return name, text, start, end
        if name is not None and found is None:
            found = name, text, start, end  # "我的Q1目标": a later line may name the person
    if found is not None and not found[0]:
        # "个人OKR" over "提交人：王磊": who hands a personal set in is its person (decision 5710)
        for text, start, end in lines:
            person = _drafter_person(text)
            if person:
                return person, text, start, end
    return found or _footer_owner(draft)


def _drafter_person(text: str) -> str | None:
    """The one person a drafter's field names ("提交人：王磊", "Drafted by: Sam Ortiz"), or None."""
    said = drafter_field(text)
    if not said:
        return None
    value = re.split(r"[:：]|\bby\b", said, maxsplit=1)[-1].strip(" :：（）()")
    if not value or not owner_phrase(value, person_only=True) or names_nobody(value):
        return None
    return value


def owned_by(item: Item, draft: Draft) -> tuple[str | None, OwnerSource] | None:
    """Who owns `item` and where the draft says so (decision 485): written on the item itself
    (an annotation, an owner column, a role or team before its colon, a team as its subject),
    on its objective, in a section heading over it, or in the set's title or the lines under
    it (those that cover every objective). The name is None where the owner is unnamed (a team
    as the sentence's subject, a personal set: its author). None when nobody owns it — for a
    key result exactly when kr-no-owner fires (`has_owner`). Worked out once per item and
    draft (kr-no-owner and the review's output both ask)."""
    key = ("owned_by", id(item))
    if key not in draft.memo:
        draft.memo[key] = _owned_by(item, draft)
    return draft.memo[key]  # type: ignore[return-value]


def _owned_by(item: Item, draft: Draft) -> tuple[str | None, OwnerSource] | None:
    # "(owner: all)", "【全员】": everybody named is nobody named; what covers the item may still
    # name one (decision 1576)
    undecided = owner_undecided(item)
    # "复购率从20%提升到30%（我）" under "让我们的门店更受欢迎": the writer, whom a team's set does
    # not name, as "(me)" there (decisions 6002, 6348); what covers the item may still name one
    self_in_team = item.owner in _ZH_SELF_OWNERS and _voice(item, draft) == "team"
    if item.owner and not names_everybody(item.owner) and not undecided and not self_in_team:
        return item.owner, "item"
    if (
        item.language == "en"
        and _SELF_BRACKET.search(item.plain) is not None
        and _voice(item, draft) == "me"
    ):
        # "Read 6 novels by December (me)" under "Improve my Spanish": the writer of a set
        # told in the first person owns it (decision 6348); in a team's set "(me)" names
        # nobody (6002)
        return "me", "item"
    cell = _owner_cell(item)
    if cell and not names_everybody(cell) and not names_nobody(cell):
        return cell.lstrip("@"), "item"
    if undecided or (cell and names_nobody(cell)):
        # "(Owner: TBD)", "负责人：待定", "| 待定 |": the item says it has no owner yet; what
        # covers it does not fill that in (decision 3920)
        return None
    if team_subject(item.plain):
        return None, "item"
    objective = item.objective
    if objective is not None and objective.owner:
        if owner_undecided(objective):
            return None  # "目标：…（负责人：待定）": its key results have none yet (3920)
        return objective.owner, "objective"
    whole = _set_headings(draft)
    unnamed: OwnerSource | None = None
    for h in _owner_scope(item, draft):
        name = heading_owner_name(h.text)
        source: OwnerSource = "set" if any(h is g for g in whole) else "heading"
        if name and names_nobody(name):
            return None  # "Owner: TBD" over the items: nobody yet (decision 3920)
        if name:
            return name, source
        if name is not None:
            unnamed = unnamed or source
    for t, _ in _preamble_lines(draft):
        name = heading_owner_name(t)
        if name and names_nobody(name):
            return None
        if name:
            return name, "set"
        if name is not None:
            unnamed = unnamed or "set"
    if (objective or item).level == "personal":
        # "个人OKRs目标: …": its author's own, said on the objective
        return None, "objective" if objective is not None else "item"
    if unnamed is None and (footer := _footer_owner(draft)) is not None:
        return footer[0], "set"
    return None if unnamed is None else (None, unnamed)


_ZH_SELF_OWNERS = frozenset({"我", "本人", "自己", "我自己"})
_SELF_BRACKET = re.compile(r"[(（]\s?(?:me|myself)\s?[)）][\s.]*$", re.I)
_FIRST_PERSON = {
    "en": re.compile(r"(?<![\w'’])(?:my|myself|i|i'm|i’m|mine)(?![\w'’])", re.I),
    "zh": re.compile(r"我(?!们|司|方|行|校|院|局|厂|部)|自己|本人"),
}
_TEAM_VOICE = {
    "en": re.compile(r"(?<![\w'’])(?:we|we're|we’re|our|ours|us|team|teams)(?![\w'’])", re.I),
    "zh": re.compile(r"我们|咱们|我司|团队|全员|大家|各部门|本部门|全店|全组"),
}


def _voice(item: Item, draft: Draft) -> str | None:
    """Whom the set speaks for, from its title and the item's objective: "me" (first person
    singular only: "Improve my Spanish", "提升我的英语水平"), "team" (a we, an our or a team's
    word: "Make our café …", "让我们的门店 …"), or None (decision 6348)."""
    texts = [h.text for h in _set_headings(draft)]
    if item.objective is not None:
        texts.append(item.objective.plain)
    lang = "zh" if item.language == "zh" else "en"
    if any(_TEAM_VOICE[lang].search(t) for t in texts):
        return "team"
    if any(_FIRST_PERSON[lang].search(t) for t in texts):
        return "me"
    return None


def has_owner(kr: Item, draft: Draft) -> bool:
    """Whether someone owns a key result: named on it (an annotation, an owner column, a role or
    team before its colon), a team as its subject, or inherited from its objective or from a
    heading that covers it (PRINCIPLES.md "Owner")."""
    return owned_by(kr, draft) is not None


# "季度OKR", "Quarterly goals", "Quarterly Objectives and Key Results" (decision 291): a heading
# that names the quarter as the set's cycle; "Team OKRs (Quarterly Template)", "Design OKRs
# (quarterly)" say it in a bracket after the set's name (decision 2300). "## Monthly OKR" over
# the objective names a month as the cycle the same way (decision 2564).
_QUARTER_SET = re.compile(
    r"(?<![每各个年])季度\s*(?:OKR|目标|计划)|\b(?:quarterly|monthly) (?:okrs?|goals|plan|objectives)"
    # "Half-year OKRs", "Semi-annual goals", "半年度OKR": the set's cycle is a half (decision 5405)
    r"|\b(?:half-?year(?:ly)?|semi-?annual|six-month|6-month) (?:okrs?|goals|plan|objectives)"
    r"|(?<![上下前后每各个])半年度?\s?(?:OKR|目标|计划)"
    r"|\b(?:okrs?|goals|objectives)[ \t(（]{1,3}quarterly\b"
    # "研发部 OKR（季度）", "运营组目标（季度版）", "产品组 OKR（月度）": the bracket right after the
    # set's name says its cycle, as "(quarterly …)" does (decision 4481); not "（年度）", a horizon,
    # nor "（每季度复盘）", a cadence
    r"|(?:okrs?|目标|计划)[ \t]?[(（ ][ \t]?(?:季度|月度)(?:版|草案|初稿|稿)?[)） \t]*$",
    re.I,
)


# "Esports team — Split 2 OKRs", "Debate club Season 3 goals", "战队 S3赛季 OKR": the numbered
# season or split a team plays is the set's cycle, as "Term 2" is a school's (decision 1441).
# Only in a heading or the title: "Renew the show for season 3" in a key result dates nothing.
# The short "S1" counts only beside a year ("2027 S1 OKR"): "S1 tickets", "S3 bucket" name no season.
_SEASON_SET = re.compile(
    r"\b(?:split|season)\s?\d{1,2}(?![\d%.])|(?:第\s?[一二三四五六七八九十\d]{1,3}|[Ss]\d{1,2})\s?赛季"
    # "2027 S1 OKR", "S2 2027 goals": a season written short beside its year (decision 2595)
    r"|\b(?:19|20)\d\d[ \t]S\d{1,2}\b|\bS\d{1,2}[ \t](?:19|20)\d\d\b",
    re.I,
)


# A month named alone in a heading or the set's title is the set's month (decision 5080): before
# the word that names the set ("June OKRs — Priya", "Sept team goals") or as the title's last
# field after a dash, a colon, a pipe or a comma ("Ops team — March", "Front desk | Sept"). Only
# in a heading or the title, as a season is: "Launch in the May issue" in a key result dates
# nothing. "May" is a name or a verb too: only before the set's word or after a field's mark.
_MONTHS_EN_SET = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
# Two months joined by a slash, a dash or "to" are the set's window as one month is (decision
# 5280): "Live ops – Nov/Dec", "Mar-Apr team goals", "Front desk | Sept to Oct".
_MONTH_PAIR = rf"(?:{_MONTHS_EN_SET})\.?(?:[ \t]{{0,2}}(?:[/–—-]|to|&|and)[ \t]{{0,2}}(?:{_MONTHS_EN_SET})\.?)?"
_MONTH_SET = re.compile(
    rf"(?:^|(?<=[\s(（])){_MONTH_PAIR}(?:['’]s)?[ \t]+(?:(?:team|personal|individual|"
    r"sprint)[ \t]+)?(?:okrs?|goals|objectives)(?![a-z])"
    rf"|[-–—:|,][ \t]*{_MONTH_PAIR}[ \t]*$",
    re.I,
)


# A stage heading's run of weeks, months or days: "## Phase 2 — Weeks 5-8", "Stage 1 (Weeks 1–6)",
# "Phase 2: Months 3-4", "## Days 31-60", "## 第一阶段（1-6周）", "## 第 1-30 天" (decision 3342).
# Only in a heading or the title: in a key result "Weeks 1-6 sales …" labels a measure (1761).
_STAGE_RUN = re.compile(
    r"\b(?:weeks?|wks?\.?|months?|days?)\s?\d{1,3}\s?(?:[-–~]|to)\s?\d{1,3}(?![\d%])"
    r"|(?<![\d.%])\d{1,3}\s?[-–~～至到]\s?\d{1,3}\s?(?:周|个月|天)(?![\u4e00-\u9fff])"
    # one numbered week or month of the plan ("### Week 3: Rollout", "Phase 1 (Month 1)"), or a
    # run written short ("(M1-M3)", "W1-W4")
    r"|\b(?:week|wk|month)\s?\d{1,2}(?![\d%.,])|\b[mw]\d{1,2}\s?[-–~]\s?[mw]?\d{1,2}\b",
    re.I,
)


def _gives_deadline(text: str, draft: Draft) -> bool:
    return _line_gives_deadline(text, draft.language)


@lru_cache(maxsize=512)  # every item of a set asks about the same title and heading lines
def _line_gives_deadline(text: str, language: str) -> bool:
    return (
        has_deadline(text, detect_language(text, language))
        or bool(_QUARTER_SET.search(text))
        or bool(_SEASON_SET.search(text))
        or bool(_MONTH_SET.search(text.strip(" \t*#_")))
        or bool(_STAGE_RUN.search(text))
        # "House OKRs 2027-28": two years in a row name the school year (decision 5973)
        or title_year_pair(text) is not None
        # "Nov push", "Jan sprint – support desk": a short line naming the month (6121)
        or heading_month(text)
    )


def scope_deadline(item: Item, draft: Draft) -> bool:
    """Whether a heading that covers `item` gives a deadline or a bounded period (decisions
    15–17): "## 公司OKR（2025年Q2）" covers the items under it, not a sibling "## 市场部OKR"; a
    bare year ("2025 OKRs") is a horizon. Lines before the first objective count as the set's
    title ("quick q3 okr brain dump", "时间：2025.11.1-2026.1.31"), unless they speak of the past
    or of when to send the draft in."""
    if draft.structured and draft.timeframe is not None:
        return True
    if _all_by_closing(item, draft):
        return True
    if _stage_length_over(item, draft):
        return True
    return any(_gives_deadline(t, draft) for t in _period_lines(item, draft))


# A heading (or the title) whose bracket holds only a length, closing it or before a colon or a
# dash: "#### MVP 阶段（3 个月）", "## 第一期（6个月）", "### Pilot phase (3 months)", "## 冲刺期（90
# 天）：…". The section's period, counted from its start, as a stage cell's "中期（3个月）" is
# (decisions 301, 3342; decision 4760). A year or more is a horizon, as a bare year is (decisions
# 15-17: "(12 months)", "（3 年）"), and a bracket with more than a length ("（规模化）", "（当前 3
# 天）") states none.
_STAGE_LENGTH = re.compile(
    r"(?:[（(]\s?(?:为期|约|共)?\s?(?P<zn>\d{1,3}|[一二两三四五六七八九十]{1,3})\s?"
    r"(?P<zu>个月|个星期|周|天)(?:内|以内)?\s?[)）]"
    r"|\(\s?(?:about |approx\.? |~)?(?P<en>\d{1,3})[ -]?(?P<eu>month|week|wk|day)s?\s?\))"
    r"(?=\s*(?:[:：—–-]|$))",
    re.I,
)
# The units of a length, in days, and the length that is a year: a horizon from there on.
_LENGTH_DAYS = {
    "个月": 30,
    "month": 30,
    "个星期": 7,
    "周": 7,
    "week": 7,
    "wk": 7,
    "天": 1,
    "day": 1,
}
_A_YEAR_DAYS = 360


def _stage_length(line: str) -> bool:
    """Whether `line` closes with a bracket that holds only a length shorter than a year."""
    m = _STAGE_LENGTH.search(line.strip(" *#"))
    if m is None:
        return False
    n = zh_number(m.group("zn") or m.group("en"))
    unit = (m.group("zu") or m.group("eu")).lower()
    return n is not None and 0 < n * _LENGTH_DAYS[unit] < _A_YEAR_DAYS


def _stage_length_over(item: Item, draft: Draft) -> bool:
    """Whether a heading over `item`, or the draft's title, states its section's length in a
    bracket of its own (decision 4760)."""
    lines = [h.text for h in draft.heading_scope(item)]
    title = _title_heading(draft)
    if title is not None:
        lines.append(title)
    return any(_stage_length(t) for t in lines)


# A sentence closing the last key result of an objective that dates them all (decision 4009):
# "… from 5% to 18%. All by end of Q2 2027.", "All due by June 30", "All of these by the end of
# Q3" — the English form of "以上…截止" (a period line, _PERIOD_LINE).
_ALL_BY_CLOSING = re.compile(
    r"(?:^|[.;!]\s+)all(?: of (?:them|these|this|the above))?(?: (?:are|is))?(?: due)?"
    r" (?:by|before|until|no later than) (?P<when>[^.;!]{2,40})[.!]?\s*$",
    re.I,
)


def _all_by_closing(item: Item, draft: Draft) -> bool:
    """Whether the last key result of `item`'s objective closes with a sentence that dates all
    of its key results (decision 4009)."""
    objective = item if item.kind == "objective" else item.objective
    if objective is None or not objective.key_results or draft.language == "zh":
        return False
    last = objective.key_results[-1]
    m = _ALL_BY_CLOSING.search(last.text)
    return m is not None and _gives_deadline(m.group("when"), draft)


def _period_lines(item: Item, draft: Draft) -> list[str]:
    """The heading, title and preamble lines that may state the period of `item`'s set, worked
    out once per item and draft (callers do not change the list)."""
    key = ("period_lines", id(item))
    found = draft.memo.get(key)
    if found is None:
        found = draft.memo[key] = _read_period_lines(item, draft)
    return found  # type: ignore[return-value]


def _read_period_lines(item: Item, draft: Draft) -> list[str]:
    lines = [h.text for h in draft.heading_scope(item)]
    title = _title_heading(draft)
    if title is not None:
        lines.append(title)
    lines += _preamble(draft)
    lines += [
        t
        for t, _s, _e in draft.prose
        if _PERIOD_LINE.match(t) and not (_ALL_KRS_LINE.match(t) and _REVIEWED.search(t))
    ]
    # a short line about every key result, read as a heading after the list (decision 6764)
    lines += [
        h.text
        for h in draft.outline
        if _ALL_KRS_LINE.match(h.text) and not _REVIEWED.search(h.text)
    ]
    if draft.objectives:
        # "**Timeline:** Q2 2026" under the title, read as a bold heading line: a field of the
        # set, whatever section of the outline it falls in (decision 470).
        first = draft.objectives[0].start
        lines += [h.text for h in draft.outline if h.start < first and _PERIOD_LINE.match(h.text)]
    return [_sets_period_text(t) for t in lines]


# A named year ("2027年", "2027", "FY27"), not a year word alone (全年, 今年: decision 373).
_NAMED_YEAR = re.compile(r"\d{2,4}")
_YEAR_LEAD = re.compile(r"^(?:in|during|for|through|over) (?:the )?", re.I)


def _named_year(text: str, lang: str) -> str | None:
    compared = compared_spans(text, lang)
    for s, e, kind in time_spans(text, lang):
        said = text[s:e].strip()
        if (
            is_horizon(said)
            and _NAMED_YEAR.search(arabic_years(said))
            and (s, e, kind) not in compared
        ):
            return _YEAR_LEAD.sub("", said)  # "in 2028" is named as "2028"
    return None


def named_year_span(text: str, lang: str) -> tuple[int, int] | None:
    """Where the year an objective names as its horizon is written ("through 2027", "2027年"):
    the span of its four digits, or None (decision 5421)."""
    compared = compared_spans(text, lang)
    for s, e, kind in time_spans(text, lang):
        said = text[s:e]
        if not is_horizon(said.strip()) or (s, e, kind) in compared:
            continue
        digits = _FOUR_DIGIT_YEAR.search(said)
        if digits is not None:
            return s + digits.start(), s + digits.end()
    return None


_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def untimed(objective: Item, draft: Draft) -> bool:
    """Whether no deadline is given for an objective: not on it, on any of its key results or
    in a heading or title over it (objective-no-timeframe fires). Worked out once per
    objective and draft (the note on a named year asks it of every objective before)."""
    key = ("untimed", id(objective))
    found = draft.memo.get(key)
    if found is None:
        found = draft.memo[key] = not (
            own_deadline(objective) or scope_deadline(objective, draft) or names_month(objective)
        ) and not any(
            # a key result's own period, or one a label over the key results gives them
            # ("**关键结果（上线后 30 天）**", decision 1907)
            (own_deadline(kr) and not placeholder_deadline(kr))
            or (kr.headings[-1:] != objective.headings[-1:] and scope_deadline(kr, draft))
            for kr in objective.key_results
        )
    return found  # type: ignore[return-value]


def names_month(objective: Item) -> bool:
    """Whether an objective names the month it is for ("Make this our strongest December
    ever"): the set's window, whose end its key results inherit as their deadline (6121)."""
    s, e = objective.core_span
    return objective_month(objective.plain[s:e])


def placeholder_deadline(item: Item) -> bool:
    """Whether the item's deadline is a slot still to fill ("by [date]", "before <date>",
    decision 2560): it satisfies the item's own deadline check, but it times nothing else —
    an objective over "[key result] (owner: [owner]) by [date]" is as untimed as before
    (decision 1735)."""
    d = item.deadline
    return d is not None and any(c in d.text for c in "[<{")


def year_note_on(objective: Item, draft: Draft) -> tuple[str, str] | None:
    """Where the note that an untimed objective's only time frame is a named year is said:
    (the year, the id of the objective that carries it). On the objective itself when it
    names the year; for a year in the set's title, on the first untimed objective under it
    (decision 496). None when the objective is timed or names no year."""
    if not untimed(objective, draft):
        return None
    year = year_horizon(objective, draft)
    if year is None:
        return None
    said, own = year
    if own:
        return said, objective.id
    for o in draft.objectives:
        if o is objective:
            break
        if untimed(o, draft) and year_horizon(o, draft) == (said, False):
            return said, o.id
    return said, objective.id


def year_horizon(objective: Item, draft: Draft) -> tuple[str, bool] | None:
    """The named year that is an objective's only time frame ("O：2027年国考上岸", or a title
    "2027年OKR（合伙人：周律师）" over it), and whether the objective names it itself; None when
    none (decision 496). A year is a horizon, too long for a cycle (decision 16): the coach says
    so once, on the objective, and its key results inherit the year instead of each being
    told that no time frame is given anywhere. Worked out once per objective and draft."""
    key = ("year_horizon", id(objective))
    if key not in draft.memo:
        draft.memo[key] = _year_horizon(objective, draft)
    return draft.memo[key]  # type: ignore[return-value]


def _year_horizon(objective: Item, draft: Draft) -> tuple[str, bool] | None:
    own = _named_year(objective.plain, objective.language)
    if own is not None:
        return own, True
    if draft.structured:
        return None
    for line in _period_lines(objective, draft):
        found = _named_year(line, detect_language(line, draft.language))
        if found is not None:
            return found, False
    title = _title_heading(draft)
    for line in [h.text for h in draft.heading_scope(objective)] + ([title] if title else []):
        if (m := _BARE_YEAR.search(line)) is not None:
            return m.group(0), False
    return None


# A year standing alone in a heading or the set's title, "2027 OKRs", "Goals 2027", "my 2027
# goals (sam)": the set's whole year, a horizon like "OKRs for 2027" (decision 1410); not a
# figure or a span of years ("$2027", "2027-28", "2027年" is read as a time expression).
_BARE_YEAR = re.compile(r"(?<![\w$£€¥.,/-])20\d\d(?![\w%/.,-])")


# Anything in an English due cell that can name a time: a figure, a month, a period word, a
# cycle's short name ("EOQ3", "H2", "FY27"), or an open-ended answer ("Ongoing", "TBD", "ASAP")
# that its own readers judge (decision 4972).
_TIME_IN_CELL = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b(?:end|eo[dwmqy]|weeks?|months?|quarters?|years?|terms?|semesters?|sprints?|seasons?"
    r"|days?|daily|weekly|monthly|quarterly|annual(?:ly)?|yearly|ongoing|continuous(?:ly)?"
    r"|always|asap|now|today|tomorrow|tonight|tbd|tbc|n/?a|none|next|this|spring|summer"
    r"|autumn|fall|winter|launch|h[12]|q[1-4]|fy)\b",
    re.I,
)


# A due cell that says how or where ("Across …", "Through …", "With …") or lists things ("A, B,
# C") rather than naming one event (decision 4972).
_HOW_CELL = re.compile(
    r"^(?:across|through|throughout|with|without|via|using|alongside|among|amongst)\b|,", re.I
)


def own_deadline(item: Item) -> bool:
    """Whether the item's own wording gives a deadline (not a horizon such as 全年, "for 2026")."""
    if item.label and has_deadline(item.label, item.language):
        return True  # "Q4目标：…"
    if item.deadline is None:
        return False
    if item.deadline.span is None:
        # a due or cycle column's cell: "2026年", "FY2026" alone there is a horizon, as in a
        # title (decisions 16, 496, 3924); "2026年Q3", "Aug 31" are deadlines
        cell = item.deadline.text
        if cell.isascii() and _HOW_CELL.search(cell) and not _TIME_IN_CELL.search(cell):
            # "| Timeline |" over "Across all three branches", "Through better displays": a
            # Timeline cell that says how or where, or lists things, and names no time at all
            # dates nothing (decision 4972); an event ("<network> live") still dates
            return False
        return not is_horizon(cell)
    return has_deadline(item.plain, item.language)


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Input offsets of the whole lines holding [start, end), with one line break."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    e = len(text) if e < 0 else e + 1
    if e == len(text) and s > 0 and not text.endswith("\n"):
        # The last line: remove the break before it instead.
        s -= 1
    return s, e


_LEVEL_RANK = {"company": 0, "team": 1, "personal": 2}


def level_rank(item: Item) -> int | None:
    """0 company, 1 team, 2 personal, None when the draft does not say."""
    return _LEVEL_RANK.get(item.level or "")


def block_end(objective: Item) -> int:
    """Input offset after an objective and its key results."""
    return max([objective.end] + [kr.end for kr in objective.key_results])  # Cython: no `*(…)`


# -- labels ------------------------------------------------------------------------------------
# Item labels ("KR1:", "关键结果2：", "1.", "- ") are the draft's layout, read by coach.parse; a
# fix that adds a line labels it in the same style.
_LABEL_NUMBER = re.compile(r"\d+")
_NUMBERED_LABEL = re.compile(r"^(\D*?)(?<!\s)\s*\d+(?<!\s)\s*([:：.、)）]?)(?<!\s)\s*$")
# "对齐 O1", "supports O2.KR1": a reference to another item by its id.
_ITEM_REF = re.compile(r"(?<![a-z0-9])o\d{1,2}(?:\s*[.-]?\s*kr\s*\d{1,2})?(?![a-z0-9])")


def renumber_label(label: str, step: int = 1, last: bool = False) -> str:
    """`label` with its (first, or `last`) number raised by `step`: "KR1:" → "KR2:"."""
    found = list(_LABEL_NUMBER.finditer(label))
    if not found:
        return label
    m = found[-1] if last else found[0]
    return label[: m.start()] + str(int(m.group()) + step) + label[m.end() :]


def unnumbered_label(label: str, lang: str) -> str | None:
    """A numbered label without its number ("KR2:" → "KR:"), or None when it has none."""
    m = _NUMBERED_LABEL.match(label)
    if not m or not m.group(1).strip("（(- "):
        return None
    sep = m.group(2) or (":" if lang == "en" else "：")
    return f"{m.group(1).strip()}{sep}" + (" " if sep in ":." else "")


def new_line_label(item, draft=None) -> str:
    """A label for a new KR line below `item` in the draft's own style: kr-compound's second
    half, the second of two measures named together. Indented as `item`'s line is (with the
    draft given), and numbered next after `item` when `item` is its objective's last key result
    (a number in the middle would repeat the next KR's: the label goes without it there;
    decision 588)."""
    label = item.label.strip()
    indent = ""
    if draft is not None:
        line = draft.text[draft.text.rfind("\n", 0, item.start) + 1 : item.start]
        indent = line[: len(line) - len(line.lstrip(" \t\u3000"))]
    plain = unnumbered_label(label, item.language)
    if plain is not None:
        siblings = item.objective.key_results if item.objective is not None else []
        if siblings and siblings[-1] is item:
            # "KR5 No-show …": a label with no mark after it keeps its space ("KR6 Recall …",
            # not "KR6Recall …"; decision 661)
            gap = " " if label[-1] in ":." or label[-1].isalnum() else ""
            return indent + renumber_label(label, last=True) + gap
        return indent + plain
    if label in {"-", "*", "•"}:
        return indent + label + " "
    return indent + "- "


def refers_to_item(folded: str) -> bool:
    """Whether text names an item by its id ("对齐O1", "supports o2.kr1")."""
    return bool(_ITEM_REF.search(folded))


# The rules whose rewrite carries a key result that fails a core principle (a task, an activity
# count, no number, vague wording): an owner, date or baseline patch yields to them, so that the
# item gets one coherent suggestion and not "renew more (owner: [owner])" (decision 139).
CORE_FIXES = ("kr-is-task", "kr-activity-count", "kr-not-quantified", "kr-vague-wording")


# Shared by kr-no-deadline and objective-no-timeframe (a rule must not import another rule).
_RECURRING_OUTPUT = re.compile(
    r"\b(?:quarterly|half-yearly)\s+(?:[a-z-]+\s+){0,2}?(?:surveys?|reports?|reviews?|meetings?|"
    r"check-ins?|audits?|newsletters?|webinars?|town ?halls?|updates?|pulse)\b"
)


_EVERY_CYCLE_ZH = re.compile(r"每(?:一?个)?(?:半年度|季度)")
# "quarterly" or "half-yearly" as a word of its own (not "quarterly revenue target" read below).
_CADENCE_WORD = re.compile(r"\b(?:quarterly|half-yearly)\b")
# The next word after a blank ("quarterly partner workshops": partner, then workshops).
_NEXT_WORD = re.compile(r"[ \t]{1,40}(?P<word>[a-z][a-z-]{0,40})")


def _blank_effort_cadence(folded: str) -> str:
    """Blank "quarterly" where it says how often an effort recurs: before the effort ("Quarterly
    onboarding sessions for new projects", "quarterly partner workshops") or right after it ("New
    project onboarding sessions quarterly", "Customer review calls quarterly"). Like a survey run
    each quarter (decision 627), the effort's cadence is no cycle the key result is due in
    (decision 5144). "The quarterly revenue target" keeps its quarter."""
    if "quarterly" not in folded and "half-yearly" not in folded:
        return folded
    efforts = find_terms(folded, words("kr_activity_nouns", "en"), "en")
    if not efforts:
        return folded
    out = folded
    for m in _CADENCE_WORD.finditer(folded):
        starts, pos = set(), m.end()
        for _ in range(3):  # the effort may start at the next word or one or two words later
            w = _NEXT_WORD.match(folded, pos)
            if w is None:
                break
            starts.add(w.start("word"))
            pos = w.end()
        before = any(s in starts for s, _e, _t in efforts)
        behind = any(not folded[e : m.start()].strip() and e <= m.start() for _s, e, _t in efforts)
        if before or behind:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def names_cycle(item: Item) -> bool:
    """ "季度招聘任务", "quarterly target": the item belongs to a cycle, though it gives no date.
    Not the period a figure is compared with ("成本较上季度降低15%", decision 267)."""
    folded = item.folded
    for s, e, _kind in compared_spans(item.plain, item.language):
        folded = folded[:s] + " " * (e - s) + folded[e:]
    # "on quarterly staff surveys", "in the quarterly report": a thing that recurs each quarter,
    # a cadence, not the cycle the key result is due in (decision 627)
    folded = _RECURRING_OUTPUT.sub(lambda m: " " * len(m.group()), folded)
    folded = _blank_effort_cadence(folded)
    # "每季度召开一次客户顾问会", "每个季度完成4次回访": 季度 after 每 is a cadence, how often, not
    # the cycle the key result is due in (decision 2042)
    folded = _EVERY_CYCLE_ZH.sub(lambda m: " " * len(m.group()), folded)
    return any(find_terms(folded, words("kr_cycle_words", lang), lang) for lang in ("zh", "en"))


def listed_apart(item: Item, draft: Draft) -> Item | None:
    """The last objective of a run of objectives with no key results, when it holds at least as
    many key results as the run has objectives: the key results were listed apart, after all
    the objectives (decision 2269). One key result after two objectives stays that objective's
    ("目标1：…\n目标2：…\nKR1：…")."""
    objectives = draft.objectives
    i = next((k for k, o in enumerate(objectives) if o is item), None)
    if i is None:
        return None
    j = i
    while j < len(objectives) and not objectives[j].key_results:
        j += 1
    if j >= len(objectives):
        return None
    start = i
    while start > 0 and not objectives[start - 1].key_results:
        start -= 1
    run = j - start + 1
    return objectives[j] if len(objectives[j].key_results) >= run else None


def holds_listed_apart(objective: Item, draft: Draft) -> bool:
    """Whether `objective` is the last of a run of objectives whose key results were listed
    apart, after them all (decision 2269): it holds key results that are not all its own, so
    their number says nothing of its own key results (decision 2446)."""
    objectives = draft.objectives
    i = next((k for k, o in enumerate(objectives) if o is objective), None)
    if not i or not objective.key_results or objectives[i - 1].key_results:
        return False
    return listed_apart(objectives[i - 1], draft) is objective
