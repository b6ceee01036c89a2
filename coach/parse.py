"""From pasted text to a `Draft` of objectives and key results.

The parser is line based. Each line is classified as an objective label (`O:`, `O1：`,
`Objective 2 -`, `目标：`, `公司OKRs目标:`, `目标(O)：`, `Sales — O1:` …), a KR label (`KR1:`,
`KR1.1 …`, `Key Result 1:`, `关键结果：` …), a list item (`1.`, `1、`, `（1）`, `（一）`, `一、`, `①`,
`-`, `*`, `•`, `- [ ]`, emoji …), a Markdown heading, a table row, or other text. Wrapped lines
(a PDF or a chat window breaks long lines) are joined to the item they continue; a line that
holds several labelled items is split first.

Tables (`coach.parse_tables`: Markdown from Feishu/Notion, tab-separated rows from a
spreadsheet) are read by their header: each KR's span is its cell, and the owner/due/score/
status/level columns are the item's given values (`item.extra["given"]`), every cell in
`item.cells`.

Markdown sections with objective labels are read by their labels; list items under an
objective are its KRs, and so are unlabelled lines that name who owns them ("AE team: …").
Sections without labels are read by their shape: a line (or heading) followed by a list is an
objective with its KRs; in nested lists (by indent or by another kind of marker) the outer level
holds the objectives, also under a set's title ("My Q4 goals (Lee)"); a single line is an
objective on its own.

Lines that are not items stay out of them: names of groups of key results ("- Features" over
deeper items, "技术类：", "学习篇"; a phrase over a list of such names is their objective), remarks
under an item ("说明：…", "Context: …", "_Note: …_", a weight "（权重40%）": its cells), questions
to the reader, progress summaries ("**Overall Progress:** 1/2"), review sections after the OKRs
("## 问题和挑战", "## Next steps"), mappings ("KR 1 → Company O2") and page numbers of a PDF.

Headings (Markdown, title lines, section names, meta lines such as "Owner: Lee") are kept with
their depth in `draft.outline`, and each item gets the chain of headings that covers it
(`item.headings`, `Draft.heading_scope`). Annotations (owner, deadline, level, priority, metric,
score, status) are read afterwards by `coach.annotate`. Every regular expression here is
linear: no nested quantifiers; each line is scanned a bounded number of times.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from coach import (
    parse_caps_lead,
    parse_fields,
    parse_guide_en,
    parse_guide_zh,
    parse_kind_en,
    parse_kronly,
    parse_shapes,
    parse_yaml,
)
from coach import parse_fallback as fb
from coach import parse_tables as tables
from coach.deadline import check as check_deadline
from coach.draft import Cell, Draft, Heading, Item
from coach.errors import InputError, InputTooLarge
from coach.facts.kpi import kpi_terms
from coach.facts.owner import is_given_name, owner_phrase
from coach.facts.timeframes import has_deadline
from coach.nlp import tokenize
from coach.parse_fallback import has_figure
from coach.text import Translation, bad_control_chars, cjk_count, detect_language
from coach.wordlists import word_set

DEFAULT_MAX_CHARS = 20_000
DEFAULT_MAX_OBJECTIVES = 50

_COLON = r"[:：]"
# After a Chinese label: a colon, or a tab ("目标<TAB>…" in an outline copied from a document).
_COLON_T = r"(?:[:：]|\t(?=\S))"
# After an English label: a colon, a dash, a tab (an outline copied from a document: "Objective<TAB>…"),
# a dot or bracket, or (with a number) just a space.
# After a bracketed note no separator is needed: "KR1【权重40%】工位报修…" (decision 1802). A full-width
# bar needs no spaces around it: "O1｜让…", "KR2.1｜…" (decision 2080).
# A bold label closes before its dash: "**KR1** — …" (decision 4790).
_SEP = r"(?:(?<=[】\]])[ \t]*(?=[^\s:：])|[*_]{0,2}\s*[:：]|(?<=\w)[*_]{1,2}(?:\s+[-–—|｜]\s+|\s*[–—]+\s*(?=\S))|\s+[-–—|｜]\s+|[ \t]*｜[ \t]*(?=\S)|\t(?=\S)|\s*[–—]+\s*(?=\S)|\s*(?:[.．)）](?!\d)|、(?!\d{1,2}、))\s*(?=\S))"
_ZH_ORD = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Bullet symbols beyond ASCII, and the emoji people put before items ("🎯 O1:", "✅ KR2").
# "\uf0b7", "\uf0a7", "\uf076", "\uf0d8": Word's Symbol/Wingdings bullets as they paste.
_SYMBOLS = "•·●▪◦‣⁃▸►▶▹▾▼▿➤➢➔→»✦✧◆◇■□○◎★☆\uf0b7\uf0a7\uf076\uf0d8\uf0fc§"
# "⑴", "⒈", "㈠": numbers in one character.
_NUMBER_CHARS = "\u2474-\u2487\u2488-\u249b\u3220-\u3229"
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff"
_CHECKBOX = r"\[[ xX✓✔]?\]"
_CHECKBOX_RE = re.compile(_CHECKBOX)
_DIGIT_RE = re.compile(r"\d")
# A branch of a tree drawn with box-drawing characters ("├─ ", "└── ", "┣━ "), and the trunk
# line before a nested branch ("│  ├─ "): a list marker (decision 4140).
_TREE = r"[├└┣┗╠╚╟╙][─━═]{1,3}(?=\s)|[│┃║](?=[ \t]+[├└┣┗╠╚╟╙│┃║])"
# One list marker, without the spaces after it: "-", "- [ ]", "•", "🎯", "[x]", "1.", "1.1.",
# "1)", "（1）", "（一）", "①", "一、", "a.".
_MARKER = (
    # an issue's number opening a line before a dash ("#33 - Document the release process"): the
    # tracker's reference to the issue that holds the item (decision 5142)
    r"\#\d{1,6}[ \t]+[-–—](?=[ \t]+\S)|"
    # "- * [ ] …": a second bullet before the checkbox, as a wiki page nests it (decision 5479)
    rf"{_TREE}|[-*+–—](?=\s)(?:\s+(?:[-*+][ \t]+(?={_CHECKBOX}))?{_CHECKBOX}(?=\s))?|--?>(?=\s)|[{_SYMBOLS}]|Ø(?=[ \t])|[{_EMOJI}]\ufe0f?|\d\ufe0f?\u20e3"
    rf"|{_CHECKBOX}(?=\s)|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}(?:[.．)）](?!\d)|、(?!\d{{1,2}}、))|[（(](?:\d{{1,2}}|[{_ZH_ORD}]{{1,3}})[）)]"
    rf"|[{_CIRCLED}{_NUMBER_CHARS}]|[{_ZH_ORD}]{{1,3}}[、．]"
    r"|(?-i:XII|XI|IX|VIII|VII|VI|IV|III|II)[.)](?=\s)|(?-i:o)(?=\t)"
)
_BULLET = rf"(?:(?:{_MARKER})\s*){{1,2}}"
# Words before "Objective:" or "OKR:" ("Network objective:", "Company OKR (CEO):").
_WORDS = r"(?:(?!stretch\b)[A-Za-z][\w&'’/.\-]{0,20}\s+){0,3}?"
_NOTE = r"(?:\s*(?:[（(][^()（）\n]{1,30}[)）]|[\[【][^\[\]【】\n]{1,30}[\]】]))?"
# "Objective Zero": the service-level objective a team keeps beside its numbered ones (4965).
_WORD_NUM = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\b"
# An item's number in a label closed by a colon or a separator: up to three digits ("目标100：",
# "O100:", "KR 120:"); a label closed by a space alone keeps to two unless the number is glued
# to the label ("KR 100 new customers" is a key result about a hundred customers).
_LN = r"(?:[1-9]\d{2}|\d{1,2})"

# The period an objective label names after its word, before the colon: "Our goal this quarter:",
# "Team objective for Q3 2027:", "Goals for the half:" (decision 850).
_LABEL_PERIOD = (
    r"(?:(?:this|next|the)\s+(?:quarter|half|year|cycle|month|season|semester)"
    r"|(?:Q[1-4]|H[12]|FY\s?\d{2,4})(?:\s+(?:20)?\d{2})?|20\d{2})"
)

# One or two capitalised words naming the level or team before a numbered "OKR N:" ("Company OKR
# 1:", "Product OKR 2 —", "Growth Team OKR 3:"; decision 2624), not a verb that points at an
# OKR ("Supports OKR 2:", "Aligned to OKR 1 —").
_OKR_LEVEL = (
    r"(?-i:(?!(?:Supports?|Aligns?|Aligned|Maps?|Mapped|Links?|Linked|Ties|Tied|Ladders?|"
    r"Contributes?|Serves?|See|Per|Under|Towards?|For|Re|Via|From|To)\b)"
    r"[A-Z][A-Za-z&\-]{1,20}(?:\s[A-Z][A-Za-z&\-]{1,20})?)"
)

# An objective label. Level words may come before it: "公司OKRs目标:", "营销部门目标：",
# "OBJ-D1:" / "OBJ-T2:" (a section's letter before the number, decision 1911),
# "OKR" with a code of digits and letters: "OKR 2020A:", "OKR '2022.M1':" (decision 618);
# "Team Objective 1:", "Network objective:", "Company OKR (CEO):", "目标(O)：", "O(目标)："; a
# theme marked as the objective in brackets: "用户体验优化(Objectives):" (decision 478); a numbered
# label closed by "、" or "." as a list number is: "目标一、让群众办事只跑一次" (decision 2201).
# "Objective 2 — [Ana & Tom]: …", "目标二 — 【小林】：…": the owners' bracket and its colon after the
# label's dash are the label's, not the wording's (decision 5706).
_DASH_OWNER = r"(?:(?<=[-–—－]\s)[\[【][^\[\]【】\n]{1,30}[\]】][ \t]*[:：][ \t]*)?"
OBJECTIVE_RE = re.compile(
    rf"""^(?>(?P<bullet>{_BULLET})?[*_]{{0,2}}\s*)
    (?:
        (?P<prefix>[\u4e00-\u9fffA-Za-z]{{0,12}}?)\s*OKRs?\s*的?目标\s*(?P<n1>{_LN}|[{_ZH_ORD}])?\s*\**\s*{_COLON}
      # "目标一【王芳】：…": a bracket 【】 after the number, as a round one there (decision 5585)
      | (?!上级(?:目标|OKR|O))(?P<prefix2>(?:今年|本季度|这个季度)?我?[给为]自己[\u4e00-\u9fff]{{0,5}}?|(?:[\u4e00-\u9fff]|Q[1-4]|H[12]|\d{{4}}|(?-i:[A-Z]{{2,4}}(?=[\u4e00-\u9fff]))){{0,6}}?)目标\s*(?:[（(][^()（）\n]{{1,20}}[)）])?\s*(?:(?P<n2>{_LN}|[{_ZH_ORD}])|(?P<letter>(?-i:[A-H])))?
        \s*(?:[（(][^()（）\n]{{1,20}}[)）]|(?<=[0-9{_ZH_ORD}])【[^【】\n]{{1,20}}】)?\s*\**\s*(?:{_COLON_T}|(?<=[0-9{_ZH_ORD}])[ \t]+[-–][ \t]+(?=\S))
      | [\u4e00-\u9fff]{{2,12}}\s*[（(]\s*(?:objectives?|O)\s*[)）]\s*\**\s*{_COLON}
      # "OKR-2: …", as an issue tracker titles one objective each, before a colon only ("OKR-12
      # [Key result] …" is a tracker's key, decision 2772; decision 5140)
      | (?:{_OKR_LEVEL}\s+)?OKR\s*(?:-(?={_LN}\s*[:：]))?\#?(?P<n10>{_LN}){_NOTE}\s*{_SEP}
      | OKR\s+['"‘’]?(?=[\w.-]{{0,11}}\d)(?=[\w.-]{{0,11}}[A-Za-z])[A-Za-z0-9]{{1,8}}(?:[.-][A-Za-z0-9]{{1,4}})?['"‘’]?\s*[:：]
      | O\s*(?P<n6>\d{{1,2}})?\s*[（(]\s*(?:目标|objective)\s*\d{{0,2}}\s*[)）]\s*\**\s*(?:[:：]|\s+[-–—]\s+|\s+(?=\S))
      | (?P<prefix3>{_WORDS})(?:(?:goal|objective)\s*/\s*)?(?:objective|obj|goal|(?:problem|focus)\s+area|(?-i:[Pp])riority(?=\s?\d))(?:\s*|-(?=\d|(?-i:[A-Z])\d))\#?(?:(?-i:[A-Z])\d{{1,2}}(?!\w)|(?P<n3>{_LN})(?:\.\d{{1,2}}){{0,2}}|{_WORD_NUM}|(?P<letter3>(?-i:[A-H]))(?![\w&'’]))?{_NOTE}\s*{_SEP}{_DASH_OWNER}
      | (?:objective|goal)\s*\#?(?P<n11>\d{{1,2}})\**\s+(?=(?-i:[A-Z\u4e00-\u9fff"“]))
      | (?-i:Objective)\x20(?=(?-i:To\x20[a-z]|(?!(?:Key|Setting|Settings|Statement|Owner|Results?|Alignment|Examples?|Template)\b)[A-Z][a-z]+\x20(?:[a-z]|&\x20)))
      # "目标一【@陈晨】让直播间…" (decision 5585)
      | 目标\s*(?P<n13>\d{{1,2}}|[{_ZH_ORD}])(?:\**[ \t\u3000]+|【[^【】\n]{{1,20}}】[ \t\u3000]*)(?=[\u4e00-\u9fff“「《])
      # "**目标**——…", "目标 1 — …", "第 2 个目标：…": a dash for the colon after the bare word,
      # an ordinal before it (decision 4952)
      | (?:第\s*(?P<n20>{_LN}|[{_ZH_ORD}])\s*[号项个]\s*)?目标\s*(?P<n21>{_LN}|[{_ZH_ORD}])?[*_]{{0,2}}
        \s*(?:——|－－|—|–)\s*(?=[^\s\d—–－]){_DASH_OWNER}
      | 第\s*(?P<n22>{_LN}|[{_ZH_ORD}])\s*[号项个]\s*目标[*_]{{0,2}}\s*{_COLON_T}
      | (?P<prefix5>{_WORDS})(?:objective|goal)s?\s+(?:for\s+)?{_LABEL_PERIOD}[*_]{{0,2}}\s*[:：]
      | [\[【]\s*(?:O\s*(?P<n7>{_LN})?|目标\s*(?P<n8>{_LN}|[{_ZH_ORD}])?|objective\s*(?P<n9>{_LN})?)
        \s*[\]】]\s*[:：]?\s*(?=\S)
      | (?P<prefix4>(?:[A-Za-z][\w&'’/.\-]{{0,20}}\s+){{1,3}}?)OKR{_NOTE}\s*[:：]
      | OKR[ \t]?[:：][ \t]?(?=(?-i:[A-Z][a-z]+\x20[a-z]))(?!(?i:objectives?\x20and\x20key))
      | O\s*(?P<n4>{_LN})?(?(n4){_NOTE})\s*\**\s*(?:[:：]|\s+[-–—|｜]\s+|[ \t]*｜[ \t]*(?=\S)|\s*[–—]+\s*(?=\S))
      | O(?P<n5>{_LN})(?:\**(?:\s*(?:[.．)）](?!\d)|[、，](?![OoKk]?\d))\s*|\s+)|\s?[\[【][^\[\]【】\n]{{1,12}}[\]】]\s*)(?=\S)(?!KR)
      | (?-i:O)\.?\s+(?![是为指])(?=[\u4e00-\u9fffA-Z"“「《])
    )[*_]{{0,2}}\s*""",
    re.IGNORECASE | re.VERBOSE,
)
# A bare "O<n>" label on a list line, closed by a blank, a colon or a dot ("1. O1 ", "- O2：")
# (decision 4561).
_O_NUMBER_LABEL_RE = re.compile(
    rf"(?:{_BULLET})?[*_]{{0,2}}\s*O\s?(?P<n>\d{{1,2}})[*_]{{0,2}}\s*[:：.．、]?[*_]{{0,2}}\s*"
)
_O_IN_LABEL_RE = re.compile(r"(?<![A-Za-z])O\s?(\d{1,2})(?!\d)")
_O_BEFORE_KR = rf"(?:O\s*{_LN}\s*[-.·_/]?\s*)?"
# "We'll know we're successful when:", "We'll know we have success when": a team's heading for
# the results that show an objective is met, over its key results.
# A bold name before a colon that opens a list item: "**Test coverage [ASPIRATIONAL]:** …".
_BOLD_NAME_RE = re.compile(
    r"^(?:\*\*|__)(?P<name>[^*_\n:：]{1,60}?)\s?(?:[:：]\s?(?:\*\*|__)|(?:\*\*|__)\s?[:：])\s+"
)
# A heading that names the objectives under it: "### Q4 2025 Objectives", "## Objectives".
# "1. ", "2) " before a heading's wording: its number.
_HEADING_NUMBER_RE = re.compile(r"(?P<n>\d{1,2})[.)]\s+(?=\S)")
_OBJECTIVES_HEADING_RE = re.compile(r"\b(?:objectives|goals)\W*$", re.IGNORECASE)
# A label line that names several objectives: "Cycle Objective(s):", "Examples of objectives:".
_PLURAL_OBJECTIVES_END = re.compile(r"\bobjective(?:s|[ \t]?\(s\))[*_ \t]*[:：]?[*_ \t]*$", re.I)
# A line that is wholly bold, perhaps with a colon after it: "**Make renewals painless**:".
# A key result's own label ("KR1:", "**KR2：", "关键结果3：") in the label a builder keeps.
_KR_WORD_RE = re.compile(r"kr\s?\d|关键(?:结果|成果)|key results?", re.IGNORECASE)
# Marks of the points written under a key result ("·流程优化", "•", "◦").
_POINT_MARKS = frozenset("·•◦▪‧・")
_BOLD_LINE_RE = re.compile(
    r"^(?:\*\*|__)(?P<inner>[^*_\s](?:[^*\n]*[^*_\s])?)(?:\*\*|__)\s*[:：]?$"
)
# "**Idea:** …", "**Key relationships:** …": a bold key of up to four words, then its value.
_BOLD_FIELD_RE = re.compile(
    r"^(?:\*\*|__)(?P<key>[A-Za-z][A-Za-z'’ -]{0,40}?)(?:[:：](?:\*\*|__)|(?:\*\*|__)[:：])\s*\S.*$"
)
_KNOW_SUCCESS = (
    r"we(?:'ll|’ll|\s+will)\s+know\s+(?:we(?:'re|’re|\s+are|'ve|’ve|\s+have)\s+(?:been\s+)?)?"
    r"(?:successful|succeeded|(?:had\s+|have\s+)?success|done|there)\s+when"
)
_KNOW_SUCCESS_RE = re.compile(_KNOW_SUCCESS, re.IGNORECASE)
KR_RE = re.compile(
    rf"""^(?>(?P<bullet>{_BULLET})?[*_]{{0,2}}\s*)
    (?:
        (?:关键(?:结果|成果)\s*)?{_O_BEFORE_KR}KR\s*\#?(?P<n1>{_LN})?(?:[.\-]\d{{1,2}}|-(?-i:[A-Z])\d{{1,2}})?
        # "KR1a:", "KR 1b:", "KR1.a:": a lettered part of the key result's number (6830)
        (?:(?<=\d)[.\-]?(?-i:[a-h])(?![A-Za-z]))?{_NOTE}\s*{_SEP}
      | {_O_BEFORE_KR}KR\s?(?P<n16>[{_ZH_ORD}])(?![{_ZH_ORD}]){_NOTE}\s*{_COLON}\s*(?=\S)
      | {_O_BEFORE_KR}KR\s?[（(](?P<n17>\d{{1,2}})[)）]\s*[:：]?\s*(?=\S)
      | [\[【]\s*{_O_BEFORE_KR}KR\s*(?P<n7>{_LN})?(?:[.\-]\d{{1,2}})?\s*[\]】]\s*[:：]?\s*(?=\S)
      | [\[【]\s*关键(?:结果|成果)\s*(?P<n8>{_LN}|[{_ZH_ORD}])?\s*[\]】]\s*[:：]?\s*(?=\S)
      | [\[【]\s*key[ \t-]?results?(?:[ \t]?\#?(?P<n18>\d{{1,2}})(?:\.\d{{1,2}})?)?\s*[\]】]\s*[:：]?\s*(?=\S)
      | {_O_BEFORE_KR}KR\s*(?P<n14>{_LN})(?:[.\-]\d{{1,2}})?\s*[.．)）]?\s*$
      | {_O_BEFORE_KR}KR\s*(?P<n5>(?<=[Rr])[1-9]\d{{2}}|\d{{1,2}})?(?:[.\-]\d{{1,2}})?\**\s+(?:(?-i:[a-h])[.)]\s+)?(?=\S)
      | key(?:\s*|-)results?(?:\s*|-(?=\d))\#?(?:(?P<n2>{_LN})(?:\.\d{{1,2}})?|{_WORD_NUM})?{_NOTE}\s*{_SEP}
      # "OKR 1.2:" under "Goal: …": the objective's number, then its key result's (decision 4620)
      | (?:{_OKR_LEVEL}\s+)?OKR\s*\#?[1-9]\d?\.(?P<n19>[1-9]\d?){_NOTE}\s*{_SEP}
      | key\s*results?\s*\#?(?P<n9>\d{{1,2}})(?:\.\d{{1,2}})?\**\s+(?=(?-i:[A-Z0-9\u4e00-\u9fff"“]))
      | performance\s+(?:measures?|indicators?)\s*\#?(?:\d{{1,2}}(?:\s?\.\s?\d{{1,2}}){{0,2}})?\s*[:：]\s*(?=\S)
      | 关键(?:结果|成果)\s*(?:[（(][^()（）\n]{{1,20}}[)）])?\s*(?P<n3>{_LN}|[{_ZH_ORD}])?(?:[.\-]\d{{1,2}})?
        \s*(?:[（(][^()（）\n]{{1,20}}[)）])?\s*\**\s*{_COLON_T}
      | 关键(?:结果|成果)\s*(?P<n15>{_LN})(?:[.\-]\d{{1,2}})?[ \t\u3000]+(?=[^\s\d条个项点])
      # "**第 1 号关键结果** —…", "关键结果2——…", "第三项关键结果：…": an ordinal before the
      # word, a dash for the colon after a numbered or bold label (decision 4952)
      | (?:第\s*(?P<n20>{_LN}|[{_ZH_ORD}])\s*[号项个条]\s*)?关键(?:结果|成果)\s*(?P<n21>{_LN}|[{_ZH_ORD}])?
        (?(n20)|(?(n21)|(?=[*_])))[*_]{{0,2}}\s*(?:——|－－|—|–)\s*(?=[^\s\d—–－])
      | 第\s*(?P<n22>{_LN}|[{_ZH_ORD}])\s*[号项个条]\s*关键(?:结果|成果)[*_]{{0,2}}\s*{_COLON_T}
      | KR\s*(?P<n6>\d{{1,2}})?\s*[（(]\s*关键(?:结果|成果)\s*\d{{0,2}}\s*[)）]\s*\**\s*(?:[:：]|\s+(?=\S))
      | (?P<o>O?[1-9]\d?|O[1-9]\d{{2}})\.(?P<n4>\d{{1,2}})(?:\s*[:：]\s*|\s+)
        # "1.1 KR1a: …": the key result's own label after the outline's number (decision 6830)
        (?:KR\s?\d{{1,2}}(?:[.\-]?(?-i:[a-h]))?\s*[:：]\s*)?(?=\S)
      | KR\s?(?P<n10>\d{{1,2}})\s?[=＝]\s?(?=[^\s\d.=])
      | 成功标准[*_]{{0,2}}\s*[:：](?=[*_]{{0,2}}[ \t]*[^\s*_])
      | (?:{_KNOW_SUCCESS}|what\s+we(?:'ll|’ll|\s+will)\s+(?:ship|deliver|do))[*_]{{0,2}}\s?[:：]
        (?=[*_]{{0,2}}\s*[^\s*_])
    )[*_]{{0,2}}\s*""",
    re.IGNORECASE | re.VERBOSE,
)
# A key result labelled with its objective's letter ("A1 …", "B2、…", "- A2: …"); read only
# under an objective of that letter ("目标A：", "Objective A:"; decision 327).
LETTERED_KR_RE = re.compile(
    rf"^(?>(?P<bullet>{_BULLET})?[*_]{{0,2}}\s*)(?P<kl>[A-H])[.\-]?(?P<n12>\d{{1,2}})"
    r"(?:\s*[:：、.．)）](?!\d)\s*(?=\S)|\s+(?=[^\s\d]))[*_]{0,2}\s*"
)
# "KR A1: …", "Key result B2 - …": a key result labelled with its objective's letter after "KR"
# (decision 2400); read only under an objective of that letter.
_KR_LETTERED_RE = re.compile(
    rf"^(?>(?P<bullet>{_BULLET})?[*_]{{0,2}}\s*)(?i:kr|key\s+results?)\s?\#?(?P<kl>[A-H])[.\-]?(?P<n12>\d{{1,2}})"
    r"\s*[:：.．)）\-–—]?\s*(?=\S)[*_]{0,2}\s*"
)
# A role or team before an item's label: "Sales — O1:", "VP Eng — Objective:", "市场部 O1：",
# "【市场部】目标1：". The label itself is matched by OBJECTIVE_RE / KR_RE on the rest.
ROLE_BEFORE_LABEL_RE = re.compile(
    # "公司O1：", "部门KR1：" with no space: a level's word glued to the label (decision 1815)
    r"^[【\[]?(?P<who>[^:：【】\[\]|\s][^:：【】\[\]|]{0,23}?)[】\]]?\s*(?:[-–—|:：]\s*|\s+|(?<=公司|部门|团队|个人|小组|中心))"
    # the label may be bold after the lead-in: "对应 OKR **O2**：…", "市场部 **KR1**：…" (decision 2320)
    # or in a tracker's brackets after the issue's key: "OKR-12 [Objective] …" (decision 2772)
    r"(?=(?:\*\*|__)?(?:O\s*\d|O\s*[:：]|[Oo]bjective|OBJECTIVE|KR|Key [Rr]esult|目标|关键结果|关键成果"
    r"|\[(?:Objective|Key [Rr]esult|KR)\]))"
)
# A label standing alone on its line, with the wording on the next lines (the seed's figures:
# "Objective" then "打造公司历史上最成功的…"; "Key Results" then "在xx销售周期内…"). The word may
# carry the item's short label: "### 目标 O1" over its wording (decision 298).
BARE_LABEL_RE = re.compile(
    # "季度目标", "本季度目标" alone over the wording (a template's part; decision 1809)
    # A guide's "Examples of objectives:", "Sample key results:", "示例目标：", "关键结果示例：", a
    # year's "2027年度目标：" and a "目标清单：" name the same kind of list (decision 2760).
    # "【关键结果】" alone over the list, as a WeChat or Word paste brackets it (decision 4289)
    r"^\**\s*(?P<lb>【)?(?:(?:examples?|samples?)(?:\s+of)?\s+|(?:示例|范例|参考)|(?P<period>(?:20\d\d\s*(?:年(?!度))?)?(?:Q[1-4]|H[12]|[上下]半年)?)(?=(?:年度|本?季度)?目标))?"
    # "主要结果", "核心结果": a translation's words for "Key Results" over its list (decision 4954)
    r"(?P<label>(?:objectives?|goals?|key(?:\s*|_)results?|krs?|(?:本?季度|年度|月度|总体|核心|主要|工作|部门|团队)?目标|关键结果|关键成果|主要结果|核心结果)"
    rf"(?:\s*\#?\d{{1,2}}(?:\.\d{{1,2}})?|[{_ZH_ORD}]{{1,2}}|\s*(?:O|KR)\s?\d{{1,2}}(?:\.\d{{1,2}})?)?"
    r"|O\d{1,2}|KR\d{1,2}(?:\.\d{1,2})?"
    r"|measured by|success (?:looks like|criteria|metrics)|how (?:we(?:'ll| will) )?measure(?: it| success)?"
    # Names a page gives its key results (decision 1643): "Key Performance Indicators", "KPIs",
    # "Measures of success", "Success measures", "How we'll know", "How I'll measure it"; "KPIs"
    # only with its colon ("KPI" alone is the word an "OKR vs KPI" page contrasts).
    r"|key\s+performance\s+indicators|kpis(?=\s*\**\s*[:：])|(?:measures?|indicators?|evidence)\s+of\s+success"
    r"|success\s+(?:measures?|indicators?)"
    r"|how\s+(?:we|i)(?:'ll|’ll|\s+will)\s+(?:know|measure(?:\s+(?:it|success|progress))?)"
    # "How?" alone, a heading over an objective's list of key results (decision 5122)
    r"|how\s?\?"
    rf"|{_KNOW_SUCCESS}|what we(?:'ll|’ll| will) (?:ship|deliver|do)"
    r"|衡量(?:标准|指标|方式)|成功标准)"
    r"(?:\s+(?:examples?|samples?)|示例|举例|范例|清单|列表|一览|汇总|概览)?"
    r"(?:\s*[（(][^()（）]{1,12}[)）])?\s*(?(lb)】)\s*\**\s*[:：]?\s*\**$",
    re.IGNORECASE,
)
# Whether a line is a label alone is asked from a dozen places of the parse (about 15 asks of 5
# lines a draft; a long line's failing match costs up to ~150 µs): a line's answer is worked
# out once, as match_label's is (issue 13). Read-only (a match or None); bounded.
_bare_label = lru_cache(maxsize=512)(BARE_LABEL_RE.match)
# A bare label that names a list of key results ("关键结果", "Key results", "KRs"): the one
# that may follow a goal's lone bullet (decision 5500).
_KR_LIST_LABEL_RE = re.compile(
    r"key(?:\s*|_)results?|krs?|关键结果|关键成果|主要结果|核心结果", re.IGNORECASE
)
# Keys of a tracking record written under an item ("- **Tracking manager:** Ana", "- **KR
# measurement deadline:** 02.07.24", "- **Active from:** 01.04.24", "- **Tracked:** every other
# Tuesday"): a person who answers for it, a deadline, or when and how often it is tracked.
_TRACKING_KEYS = (
    r"(?:[a-z]{2,12}[ -]){0,2}(?:deadline|manager)|active (?:from|since)|start(?:s| date)|"
    r"tracked|tracking(?: cadence| support)?|cadence|check-?ins?|"
    r"(?:last )?(?:updated|reviewed|edited)(?: on)?|更新(?:时间|日期|于)|最后更新"
)
# A monthly OKR check-in's notes under each key result: its progress, milestone, risks, news
# and figures ("当前里程碑：", "关键进展：", "风险与阻塞：", "业务重要信息同步：", "数据与指标：").
_CHECKIN_NOTE_KEYS = (
    r"(?:当前|本月|本周|近期|最新|关键|重要)?(?:里程碑|进展)|风险(?:与|和|及)阻塞|阻塞(?:点|项)?|"
    r"业务(?:重要)?信息(?:同步)?|重要信息(?:同步)?|数据(?:与|和|及)指标"
)
# Keys of a remark written under an item ("说明：目前两套会员系统…", "Context: …", "背景：…").
# "点评：…", "复盘：…", "心得：…": an article's comment or a writer's look back under an item
# (decision 1800); "本周完成：…", "下周计划：…" under a weekly report's key results: its
# progress and plans (decision 1807).
_NOTE_KEYS = (
    r"notes?|备注|说明|背景|总结|小结|点评|评语|复盘|反思|心得|感想|"
    # "Reasons: low adoption", "原因：曝光不足" under the key results: why the set was written,
    # a remark, no key result nor a continuation of the last one (decision 5330)
    r"reasons?|原因|理由|"
    r"本周(?:完成|进展|工作)|下周(?:计划|重点|安排)|需要(?:的)?支持|"
    # "本周：完成接口联调", "This week: finish the API hookup": a check-in's work for a week or a
    # day written under the key results, a task, no key result (decision 2147)
    r"(?:本周|下周|这周|今日|今天|明日|明天)(?:待办|要做的?|任务|计划)?|待办(?:事项)?|"
    # "进展：完成话术库第一版", "风险与阻塞：排班系统延期": a monthly check-in's progress, risks and
    # news written under each key result (decision 2644)
    rf"{_CHECKIN_NOTE_KEYS}|"
    r"(?:this|next) week(?:'s (?:tasks|plan|priorities))?|today|tomorrow|to-?dos?|next steps?|"
    # "对齐：公司O2 提高经营效率", "Aligned to: company O2": what the item aligns with, a
    # tool's reference under the items (decision 1810)
    r"对齐(?:到|于|上级)?|承接(?:上级)?|aligned (?:to|with)|aligns? (?:to|with)|"
    # "上级目标：公司O2 提升客户留存", "Parent objective: …": the objective above it (decision 1724)
    r"上级(?:目标|OKR|O)|parent (?:objective|goal|okr)|"
    # "**Engineering OKR Alignment:** Objective #2: …", "**Company alignment:** …": which
    # objective above the item serves, a handbook's remark under the key results (decision 1914)
    r"(?:[a-z]{2,12} ){0,2}(?:okrs? )?alignment|(?:status |progress )?updates?|"
    r"context|background|comments?|summary"
)
# A check-in's week or day heading a list of its work under the key results ("本周：",
# "下周待办：", "This week:", "Next week's tasks:", "To-dos:"): tasks, no key results (2147).
_CHECKIN_HEAD_RE = re.compile(
    rf"^\**(?:{_CHECKIN_NOTE_KEYS}|(?:本周|下周|这周|今日|今天|明日|明天)(?:待办|要做的?|任务|计划)?|待办(?:事项)?|"
    r"(?:this|next) week(?:['’]s (?:tasks|plan|priorities))?|to-?dos?)\**\s?[:：]\**$",
    re.IGNORECASE,
)
_NOTE_KEY_RE = re.compile(rf"^(?:{_NOTE_KEYS})$", re.IGNORECASE)
# A list item that is wholly one remark in brackets: "(needs eng help for the carrier API)".
_ASIDE_LINE_RE = re.compile(r"^(?:\((?P<a>[^()]{2,200})\)|（(?P<b>[^（）]{2,200})）)[ \t]*$")
# Fields written side by side on one line under an item, each perhaps after an emoji:
# "📅 周期：2026 Q2 ｜ 👤 负责人：陈晓", "Cycle: Q3 2026 | Owner: Lin" (decision 1091).
_CYCLE_KEY_RE = re.compile(
    r"周期|考核周期|时间范围|时间段|时间|cycle|period|quarter|time\s?frame|timeline", re.IGNORECASE
)
# The keys of a line that gives the whole set's period when it closes the page (decision 2040).
_SET_PERIOD_KEY_RE = re.compile(
    r"(?:OKR)?(?:时间|周期|考核周期|时间范围|时间段|执行时间|执行周期)|time\s?frame|timeline|period|cycle",
    re.IGNORECASE,
)
_FIELD_RE = re.compile(
    rf"(?:[{_EMOJI}]\ufe0f?\s*)?(?:\*\*)?(?P<key>周期|考核周期|时间范围|时间段|时间|负责人|责任人|状态|截止(?:时间|日期)?|"
    r"cycle|period|quarter|time\s?frame|timeline|owners?|dri|lead|status|due|deadline|"
    # the rest of a Notion property row: "**Owner:** Marcus · **Status:** On track ·
    # **Confidence:** 7/10" (decision 1177)
    r"confidence|信心(?:指数)?|progress|进度|priority|优先级|weight|权重)(?:\*\*)?"
    r"\s?[:：](?:\*\*)?\s?(?P<value>\S[^|｜]{0,60}?)",
    re.IGNORECASE,
)
# An OKR card's subtitle: who owns it and its period, joined by a middle dot ("客户成功团队 • 2024 Q1",
# "Growth team · Q3 2026"): decision 3803.
_OWNER_PERIOD_RE = re.compile(
    r"(?P<who>[^•·|｜\s][^•·|｜:：]{0,24}?)[ \t]+[•·][ \t]+(?P<when>[^•·|｜]{2,30})"
)
# A line that is only a span of two dates ("2026-01-01 至 2026-06-30", "2026.7.1 - 2026.9.30",
# "2027/01/01 ~ 2027/03/31"): an OKR card's start and end (decision 3801).
_DATE_RANGE_LINE_RE = re.compile(
    r"20\d\d[-./]\d{1,2}[-./]\d{1,2}\s*(?:至|到|~|～|—|–|-)\s*(?:20\d\d[-./])?\d{1,2}[-./]\d{1,2}"
)
_FIELD_SEP_RE = re.compile(r"[ \t]{0,3}[|｜][ \t]{0,3}|[ \t]{1,3}[·•][ \t]{1,3}")
# A role in brackets after a person's name: "陈晓（店铺负责人）", "Lin (PM)".
_ROLE_AFTER_NAME_RE = re.compile(r"\s?[（(][^（）()]{1,20}[)）]$")
# The work planned under an item, a row of its own in a county or city plan ("Strategy: …",
# "Action: …", "Key Steps: …", "举措：…"): no key result (decision 1027).
_WORK_KEY_RE = re.compile(
    r"^(?:strateg(?:y|ies)|tactics?|actions?|action (?:items?|steps?|plan)|key steps?|"
    r"initiatives?|activit(?:y|ies)|举措|关键举措|措施|行动(?:计划)?)$",
    re.IGNORECASE,
)
# The key of a row that names what a key result measures ("Measure:", "Metric:", "Performance
# Measure:", "KPI:", "衡量指标："): under an objective the row is a key result (decision 1028).
_MEASURE_KEY_RE = re.compile(
    r"^(?:(?:performance |success |outcome )?(?:measures?|metrics?|indicators?)|kpis?|"
    r"key performance indicators?|衡量(?:方式|标准|指标)?|考核指标|指标)$",
    re.IGNORECASE,
)
# A label that counts goals or focus areas rather than objectives ("Goal 2:", "Focus Area 3 —").
_GOAL_WORD_RE = re.compile(r"\b(?:goal|focus\s+area)", re.IGNORECASE)
# How far an item has come: "Progress: 40%", "Status: on track", "进度：60%" (decision 1209).
_PROGRESS_KEY_RE = re.compile(
    r"^(?:progress|进度|完成度|status|状态|score|得分|confidence|信心(?:指数)?)$", re.I
)
# The Chinese names of a due field a pasted draft writes under an item besides 截止: "完成时间：8月31日",
# "时间节点：10月15日前", "期限：11月底", "DDL：9月中旬", "预计完成：12月20日" (decision 4280). One of
# them opens a field only when its value is a time or says none is set (`_due_value`): "完成时间：从
# 48小时缩短到24小时" under an objective is a key result about a duration.
_MORE_DUE_KEYS = (
    r"完成(?:时间|日期|时限|期限)|(?:计划|预计)完成(?:时间|日期)?|时间节点|期限|时限|ddl"
    # "Target date:", "Completion date:", "By when:", "End date:" (decision 5414)
    r"|target[ \t]date|completion[ \t](?:date|time)|by[ \t]when|end[ \t]date|finish[ \t]date"
    # "Target completion: end of June", "Complete by: 31 March", "目标完成时间：10月底": a due
    # field named by when the work is to be complete; its value must be a time (decision 5580)
    r"|(?:target|expected|planned|estimated|projected)[ \t]completion(?:[ \t](?:date|time))?"
    r"|completion[ \t]target|target[ \t](?:end|finish)[ \t]date|(?:complete|finish|done|due)[ \t]by"
    r"|目标完成(?:时间|日期|时限|期限)"
    # "When: Q3", "ETA: September", "Expected by: Q3", "Time horizon: Q3 2025" under an objective:
    # its period, a field (decision 6766); the value must be a time, as above
    r"|when|eta|expected[ \t]by|time[ \t]horizon"
)
_MORE_DUE_KEY_RE = re.compile(rf"(?:{_MORE_DUE_KEYS})", re.IGNORECASE)
# The attributes an objective has (a target or a metric under an objective is a key result).
_OBJECTIVE_ATTRIBUTE_RE = re.compile(
    r"^(?:owners?|dri|lead|(?:owned|led|driven) by|accountable|负责人|责任人|status|状态|due|due date|deadline|截止(?:时间|日期)?|"
    rf"{_MORE_DUE_KEYS}|why(?: this| it)? matters|why|how|rationale|motivation|things we (?:could|can|will|might) do|"
    rf"{_NOTE_KEYS}|priority|优先级|weight|权重|timeline|description|"
    # "Strategic Theme: Customer Trust", "战略主题：降本增效": what the objective serves (2952)
    r"(?:strategic )?(?:themes?|pillars?)|strategic (?:priority|area|goal)|"
    r"(?:所属)?(?:战略)?(?:主题|方向)|战略(?:支柱|重点)|"
    rf"{_TRACKING_KEYS})$",
    re.IGNORECASE,
)
# Given names written on their own: "Martin", "Martin, Bedeho and Mokhtar", "Lina + Omar".
_NAME = r"[A-Z][a-zà-öø-ÿ'’\-]+"
_NAMES = rf"{_NAME}(?:\s?(?:,|\+|&|and)\s?{_NAME}){{0,5}}"
# "**Key Results:** Martin and Bedeho u.n.o.": who owns the key results listed under it.
_KR_OWNERS_RE = re.compile(
    rf"^[*_]{{0,2}}(?i:key results?)[*_]{{0,2}}\s?[:：][*_]{{0,2}}\s*(?P<names>{_NAMES})"
    r"(?:,?\s?(?i:u\.n\.o\.?|\(?unless noted otherwise\)?|equally|jointly|together))?\s*$"
)
# "`Bedeho` : `0.75`" or "`Martin`" under a key result: one of its owners, with a share.
_NAME_NOTE_RE = re.compile(
    rf"^[`*_]{{0,2}}(?P<names>{_NAMES})[`*_]{{0,2}}(?:\s?:\s?[`*_]{{0,2}}[01](?:\.\d{{1,2}})?[`*_]{{0,2}})?$"
)
# A section whose list items are not key results: the work planned for them.
INITIATIVES_RE = re.compile(
    r"^\**\s*(?:(?:key|main|major|supporting|planned|strategic)\s+)?"
    r"(?:initiatives?|projects?|tasks?|actions?|action items?|activities|plans?|"
    # "重点举措：", "支撑举措", "主要任务" as well (decision 1356).
    r"how|(?:重点|主要|核心|具体|支撑|配套)(?:举措|行动|措施|任务|动作|工作)|"
    r"关键举措|举措|行动计划|行动|措施|任务|计划|工作计划|实施计划|关键行动|"
    # "关键路径举例:" over the QA goals' numbered steps: the paths (work) to the key results
    # above, not more key results (decision 924).
    r"关键路径|关键任务|关键动作)(?:举例|示例|如下)?"
    r"(?:\s*[（(][^()（）]{1,12}[)）])?\s*\**\s*[:：]?\s*\**$",
    re.IGNORECASE,
)
# A section after the OKRs that reviews or plans around them ("## 问题和挑战", "## Next steps",
# "Risks:", "复盘与反思"): its list items are neither objectives nor key results.
REVIEW_SECTION_RE = re.compile(
    r"^\**\s*(?:risks?(?: (?:and|&) (?:issues|blockers|mitigations?))?|blockers|issues|next steps?|"
    r"learnings?|lessons learned|retro(?:spective)?|reflections?|what went (?:well|wrong)|"
    r"what (?:didn'?t|did not) (?:go well|work)|问题(?:和|与|及)?(?:挑战|风险)?|挑战|风险(?:与|和)?(?:应对|对策)?|"
    # "下周计划：" under a weekly report's OKR progress: next week's work (decision 1436)
    r"下(?:周|月|季度?|阶段)(?:计划|工作(?:计划|安排)?|重点|安排|打算)|"
    r"(?:plans?|priorities|focus) for next (?:week|month|sprint)|"
    r"next (?:week|month|sprint)(?:['’]s)? (?:plans?|priorities|focus)|"
    r"下一步(?:计划|工作|行动)?|后续(?:计划|工作)?|总结|复盘(?:与|和)?(?:反思|总结)?|反思|经验(?:教训|总结)?|"
    r"心得|改进(?:建议|方向)?|"
    # "Check-in plan" or "复盘安排" over "- Weekly: review burndown": how the team will follow
    # its OKRs, a rhythm of meetings, no key results of the last objective (decision 5331)
    r"check-?in (?:plan|cadence|rhythm|schedule)|(?:review|tracking) (?:cadence|rhythm|schedule)|"
    r"(?:复盘|跟进|检视|回顾)(?:安排|机制|节奏|计划))\s*\**\s*[:：]?\s*\**$",
    re.IGNORECASE,
)
# A section that gives an objective's reasons or what it leaves out ("### Motivation" over a list
# of reasons, "**Non-goals:**", "Out of scope"), or the metrics a team watches beside its OKRs
# ("## Metrics we care about"): its list items are no key results (decision 354).
# So do "**为什么做（Why）**" and "**好处（Business Value）**" between an objective heading and its
# "**Key Results**" (decision 479): the reasons and the benefits are prose and lists of their own.
FIELD_SECTION_RE = re.compile(
    r"^\**\s*(?:motivation|rationale|why(?: this| it)? matters|non-?goals?|anti-?goals?|"
    r"constraints|assumptions|dependencies|risks|acceptance criteria|definition of done|"
    r"out of scope|not in scope|not this (?:quarter|half|year|cycle)|"
    r"metrics (?:we (?:care about|track|watch|monitor)|to (?:watch|track))|"
    r"why|background|benefits?|business value|"
    r"为什么(?:要?做)?|为何要?做|背景|原因|好处|价值|收益|意义|业务价值|商业价值)"
    r"(?:\s*[（(][^()（）]{1,20}[)）])?\s*\**\s*[:：]?\s*\**$",
    re.IGNORECASE,
)
# A line that leads into the work a team says it will not do ("Within this area, in Q2 we are not
# working on:", "This quarter we won't be doing:"): its list items are no key results, as under
# "Out of scope" (decision 623).
NOT_DOING_RE = re.compile(
    r"^\**\s*[^:：\n]{0,60}?\bwe(?:\s+are|['’]re|\s+will)?\s+(?:not|won['’]t)\s+(?:be\s+)?"
    r"(?:working on|doing|focusing on|tackling|pursuing|building|prioriti[sz]ing)\b[^:：\n]{0,30}"
    r"[:：]\s*\**$",
    re.IGNORECASE,
)
# A line in italics or bold as a whole: "*Owner: Practice Manager*", "**Owner: Ana**".
_EMPHASISED = re.compile(r"^([*_]{1,2})[^*_\n].*[^*_\s]\1\s*$")
# A line that opens and closes in emphasis, bold inside italics included: "*Plain words: …*",
# "***Plain words:** supports …*" (decision 2068).
_WHOLLY_EMPHASISED = re.compile(r"^(?:\*{1,3}|_{1,3})(?=[^*_\s])[^\n]*[^\s*_][*_]{1,3}$")
# A legend for the marks a page uses ("**Status legend:**" over "- 🟢 — on track", "Key:",
# "图例：", "状态说明："): its list explains the marks, it holds no items (decision 541).
LEGEND_RE = re.compile(
    r"^\**\s*(?:(?:status|colou?r|rag|score|scoring|grading|progress|emoji)\s+)?"
    r"(?:legend|key|scale|guide)\s*\**\s*[:：]\s*\**$|"
    r"^\**\s*legend\s*\**$|"
    r"^\**\s*(?:图例|状态(?:图例|说明|标识)|颜色说明|标识说明|评分(?:标准|说明))\s*\**\s*[:：]?\s*\**$",
    re.IGNORECASE,
)
# A vision or mission stated above the objectives ("### Vision:" over "* Being the leader of AI
# on Code", "愿景："): the long-term direction the OKRs serve, no objective (decision 544).
VISION_RE = re.compile(
    r"^\**\s*(?:our\s+|company\s+|product\s+|team\s+)?(?:(?:annual|yearly|long[- ]term|\d{4})\s+)?"
    r"(?:vision|mission)(?:\s*(?:&|and|/)\s*(?:vision|mission))?"
    r"\s*\**\s*[:：]?\s*\**$|^\**\s*(?:公司|团队|产品|个人|人生)?(?:年度|长期|\d{4}\s*年度?)?"
    r"(?:愿景|使命)(?:(?:与|和|、)(?:愿景|使命))?\s*\**\s*[:：]?\s*\**$",
    re.IGNORECASE,
)
# A key result that announces its parts with a colon ("Plan the summer trip including:" over
# "  - At least 2 harbours for Ana"): the nested items are its details, no key results (decision 543).
_PARTS_LEAD_RE = re.compile(
    r"(?:\b(?:including|includes|such as|e\.g\.|for example|namely|as follows|consisting of|covering)"
    r"|包括|包含|如下|例如|比如|涵盖)[*_ ]*[:：][*_ ]*$",
    re.IGNORECASE,
)
# A sentence that introduces the writer's goals over their list ("I had four goals:", "My three
# goals for 2021:", "We set two objectives this quarter:"): the items below are the objectives,
# the sentence names the set (decision 734).
_GOALS_LEAD_RE = re.compile(
    r"^(?:(?:i|we)\s+(?:had|have|set|chose|picked)|(?:my|our))\s+"
    r"(?:(?:\d{1,2}|two|three|four|five|six|seven)\s+)?(?:(?:main|big|key|personal)\s+)?"
    r"(?:goals|objectives)\b[^:：.!?]{0,30}[:：]$",
    re.IGNORECASE,
)
# A sentence that leads in to the list below it, ending with its colon: "Here is what we commit
# to this quarter:", "Hi all — here are our Q3 OKRs:", "Below are the team's goals for H2:",
# "This quarter we will focus on:" over a two-level list (decision 2765): a title, not the
# objective of the list (its outer level holds the objectives).
_LIST_LEAD_IN_RE = re.compile(
    r"^(?:(?:hi|hello|hey|dear)\b[^:：\n]{0,30}?(?:[,，]|\s[—–-])\s*)?"
    r"(?:here(?:'s|’s|\s+is|\s+are)|below\s+(?:is|are)|the\s+following|these\s+are"
    r"|(?:this|next)\s+(?:quarter|half|year|cycle|sprint|month)\s+(?:we|i)(?:'ll|’ll|\s+will|\s+are|'re|’re)"
    r"|(?:we|i)(?:'re|’re|\s+are|\s+am|'m|’m)\s+(?:committing|focusing|aiming|going))\b"
    r"[^:：\n]{0,80}[:：]$",
    re.IGNORECASE,
)
# A period's heading line that names the goals listed under it: "2022-2023 Performance Management
# Goals", "FY24 Department Goals" (decision 913); a status line under a goal ("In Progress",
# "Goal Met") or the goal's wrapped wording does not end that list.
_PERIOD_GOALS_RE = re.compile(
    r"(?:fy\s?)?(?:20)?\d\d(?:\s?[-–/]\s?(?:20)?\d\d)?\s(?:[a-z]+\s){0,3}goals",
    re.IGNORECASE,
)
_STATUS_LINE_RE = re.compile(
    r"(?:in progress|goal (?:not )?met|not (?:yet )?met|not started|completed?|done|on track|"
    r"off track|at risk|behind|ongoing)\.?",
    re.IGNORECASE,
)
# A sentence that quotes its objective and says key results follow (decision 912): "The
# overarching goal “regain health and fitness” had two key results:", "My objective "Ship the
# app" came with three key results:".
_QUOTED_GOAL_RE = re.compile(
    r"^(?:the|my|our|this)\s(?:[a-z]{2,14}\s){0,2}(?:goal|objective)\s[“\"‘](?P<o>[^“”\"‘’\n]{3,80})[”\"’]"
    r",?\s(?:had|has|came with|comes with|with|was measured by|is measured by)\s"
    r"(?:(?:two|three|four|five|\d)\s)?(?P<kr>key results?|krs?)\s?[:：]$",
    re.IGNORECASE,
)
# A summary of the progress of a set or an objective ("**Overall Progress:** 1/2 (30%)",
# "Objective 1 Final Score: 0.6", "总体进度：45%"): a line about the items, not one of them.
SUMMARY_KEY_RE = re.compile(
    r"^(?:(?:objective|obj|o|kr|目标)\s?\d{0,2}\s?)?(?:overall|final|total|average|avg|整体|总体|总|平均)\s?"
    r"(?:progress|score|status|completion|grade|进度|得分|分数|评分|完成度|完成率|状态)$",
    re.IGNORECASE,
)
# A line (or list item) that gives an attribute of the item above: "- **Owner:** Ana",
# "Target: 95%", "负责人：张三", "进度：40%". It is recorded in the item's `cells`.
# The keys of an item's properties copied with a tab for their colon (decision 1575).
_TAB_FIELD_KEY_RE = re.compile(
    r"owners?|dri|lead|负责人|责任人|status|状态|due(?: date)?|deadline|截止(?:时间|日期)|"
    rf"{_MORE_DUE_KEYS}|progress|进度|完成度|score|得分|confidence|信心(?:指数)?|priority|优先级|weight|权重",
    re.IGNORECASE,
)
# A field said of every key result above it, after the list: "Owner for all KRs: …", "Deadline
# (all): …", "以上KR负责人均为：…" (decision 5831).
_FOR_ALL = (
    r"(?:[ \t](?:for|of)[ \t](?:all|every|each)(?:[ \t](?:of[ \t])?(?:the[ \t])?(?:krs?|key[ \t]results?|items?"
    r"|above|of[ \t]the[ \t]above))?|[ \t]?[(（](?:all(?:[ \t]krs)?|全部)[)）]|均为|统一为|都是|都为)"
)
_ABOVE_ALL = r"以上(?:各项|所有|全部)?(?:KR|关键结果)?的?"
_FOR_ALL_LINE_RE = re.compile(
    rf"^[-*•\s]{{0,4}}(?:\*\*)?(?:{_ABOVE_ALL})?[^:：\n]{{0,24}}?{_FOR_ALL}", re.I
)
ATTRIBUTE_RE = re.compile(
    rf"^(?:\*\*|__|[*_])?(?:{_ABOVE_ALL}(?=负责人|责任人|截止|完成时间))?(?P<key>(?P<numbered>(?:strateg(?:y|ies)|tactics?|initiatives?|actions?|"
    r"activit(?:y|ies)|(?:performance )?measures?)(?=[ \t]\d{1,2}[ \t]?\.[ \t]?\d))|owners?|dri|lead|assigned to|assignee|(?:owned|led|driven) by|accountable|负责人|责任人|target|目标值|current(?: value)?|当前值?|"
    r"baseline|基线|起始值|progress|进度|完成度|score|得分|status|状态|confidence|信心(?:指数)?|due|"
    rf"due date|deadline|截止(?:时间|日期)?|{_MORE_DUE_KEYS}|measured? by|(?:performance |success |outcome )?(?:measures?|measurements?|metrics?|indicators?)|"
    r"kpis?|key performance indicators?|衡量(?:方式|标准|指标)?|考核指标|data source|数据来源|"
    rf"why(?: this| it)? matters|why|how|rationale|motivation|things we (?:could|can|will|might) do|"
    rf"{_NOTE_KEYS}|priority|优先级|weight|权重|timeline|"
    rf"initiatives?|tasks?|actions?|projects?|举措|关键举措|措施|行动|任务|description|{_TRACKING_KEYS}|"
    r"strateg(?:y|ies)|tactics?|action (?:items?|steps?|plan)|key steps?|activities)"
    # "Initiative 1.1:", "Strategy 2.3:", "Measure 1.2:": a plan's numbered rows (decision 1201).
    r"(?(numbered)[ \t]\d{1,2}(?:[ \t]?\.[ \t]?\d{1,2}){1,2}[a-z]?)"
    rf"(?(numbered)|(?P<forall>{_FOR_ALL})?)"
    r"(?:\*\*|__|[*_])?\s?[:：](?:\*\*|__|[*_])?\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
LIST_RE = re.compile(
    rf"^(?P<marker>(?:{_MARKER}|\d{{1,2}}[:：](?!\d)|[a-zA-Z][.)](?=\s)|\*\*\d{{1,2}}[.)．]\*\*(?=\s)"
    r"|(?:i{2,3}|iv|vi{1,3}|ix|xi{0,2}|I{2,3}|IV|VI{1,3}|IX|XI{0,2})[.)](?=\s)"
    # "(a) …", "(ii) …": a letter or a small roman numeral in brackets (decision 3022)
    r"|\((?:[a-zA-Z]|i{2,3}|iv|vi{1,3}|ix|xi{1,2})\)(?=\s))"
    rf"(?:\s*(?:{_CHECKBOX}|[{_EMOJI}]\ufe0f?)(?=\s*\S))?)\s*"
)
# "##公司OKR" (no space before Chinese) is a heading too; "#双11#大促" is a hashtag.
HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})(?:\s+|(?=[\u4e00-\u9fff][^#\n]*$))")
# A horizontal rule, a setext underline or a table border: "---", "***", "===", "+----+----+";
# a rule drawn with box or dash characters ("━━━━", "────", "————") in a card pasted from a chat
# or a WeChat post (decision 1813); a line of one three-em or two-em dash or more ("⸻", "⸺⸺"),
# each mark a rule of its own, as a note app pastes its divider (decision 2460).
RULE_LINE_RE = re.compile(
    r"^(?:[-*_=~━─═—–]\s*){3,}$|^[+|｜]?(?:[-=]{2,}[+|｜])+[-=]*$|^(?:```|~~~)[\w+-]{0,20}$"
    r"|^[\u2e3a\u2e3b][\u2e3a\u2e3b \t]*$"
)
# A field of the page written in its footer, under a rule after the items: "*Last updated:
# 2026-02-01*", "*Owner: Priya*", "**Next review:** 2026-08", "最后更新：…" (decision 689).
_PAGE_FIELD_RE = re.compile(
    r"^[*_]{0,2}(?:last (?:updated|edited|reviewed)|updated|next review|created|version|author|"
    r"owners?|maintainers?|reviewed by|written by|最后更新|更新(?:时间|日期)|创建(?:时间|日期)|"
    r"下次(?:复盘|回顾|评审)|负责人|维护人|作者)[*_]{0,2}\s*[:：][*_]{0,2}\s*\S[^\n]{0,80}$",
    re.IGNORECASE,
)
# A field line of the set under its closing owner line: "Cadence: weekly check-in", "Review:
# every other Friday", "**Status:** draft" (decision 4600); a label ("KR3:") is no field.
_SET_FIELD_RE = re.compile(
    r"^(?:\*\*|__|[*_])?(?:[A-Za-z][A-Za-z &/-]{0,24}|[\u4e00-\u9fff]{1,6})(?:\*\*|__|[*_])?\s?[:：]"
    r"(?:\*\*|__|[*_])?\s*\S"
)
# A line that annotates the heading above it rather than opening a section: "Owner: Lee Carter",
# "负责人：刘工", "Status: draft v3", "(lead: Grace)", "（讨论稿）".
META_LINE_RE = re.compile(
    r"^>?[ \t]{0,3}[（(\[]?[ \t]{0,3}(?:owners?|dri|leads?|coordinators?|authors?|co-?owners?|sponsors?|reviewers?|"
    r"负责人|责任人|作者|审核人|牵头人|status|状态|due|deadline|截止(?:时间|日期)?|周期|periods?|"
    r"quarter|time\s?frame|时间|dates?|日期|level|层级|versions?|版本|(?:last\s)?updated|"
    r"更新(?:时间|日期)?|(?:制定|规划|创建|编制|编写|起草|发布)(?:时间|日期|人)|prepared by|written by|"
    r"整理|起草)[ \t]{0,3}[:：]"
    # "Prepared by Aisha Khan, Head of Research" without a colon (decision 1571)
    r"|^(?:prepared|written|compiled|drafted|submitted) by [^\W\d_]"
    # "制定：电商组 刘强  审核：合作社理事会", "编制：王明  审批：理事会": who drafted the page and
    # who signs it off, a line of names without a figure — no objective (decision 4873, lead
    # ruling b of round 33)
    r"|^(?:制定|制订|拟定|拟制|拟稿|编制|编写|撰写|执笔|审核|审批|审定|批准|签发|核准)(?:人|者)?[ \t]{0,3}[:：]"
    r"[^\d%\n]{1,40}$"
    r"|^[（(][^（）()]{1,60}[）)]$",
    re.IGNORECASE,
)
# A page number left in text copied from a PDF or a slide deck: "- 3 -", "Page 3 of 12", "第3页";
# a deck's "Slide 3 of 12", with the footer's marking before or after it ("Slide 3 of 12 ·
# Confidential", "内部资料 | 第3页"): a slide's footer was read as the last key result (tester39,
# decision 5731).
_FOOTER_MARK = (
    r"(?:(?:strictly\s)?confidential|internal(?:\suse(?:\sonly)?)?|proprietary|do\snot\sdistribute"
    r"|机密|内部资料|内部|保密|仅供内部(?:使用|参考)?)"
)
PAGE_LINE_RE = re.compile(
    rf"^(?:{_FOOTER_MARK}\s?[·•|｜–—-]\s?)?"
    r"(?:[-–—]\s?\d{1,3}\s?[-–—]|(?:page|slide|p\.)\s?\d{1,3}(?:\s?(?:/|of)\s?\d{1,3})?"
    r"|第\s?\d{1,3}\s?页(?:\s?[/／,，]?\s?共\s?\d{1,3}\s?页)?)"
    rf"(?:\s?[·•|｜–—-]\s?{_FOOTER_MARK})?$",
    re.IGNORECASE,
)
# "本周重点：", "本周工作：", "这周安排：", "This week's focus:" heading a list: the week's work,
# no key results, as a check-in's heads are (decision 2769).
_WEEK_WORK_HEAD_RE = re.compile(
    r"^\**(?:本周|下周|这周)(?:重点(?:工作)?|工作(?:计划|安排|重点)?|安排)"
    r"|^\**(?:this|next) week['’]s focus",
    re.IGNORECASE,
)
# "本季度不做的事", "暂不做：", "不做清单" heading a list: what the team leaves out this cycle,
# no key results, as "We are not doing:" is (decision 2774).
_NOT_DOING_ZH_RE = re.compile(
    r"^\**\s*(?:本季度|本月|本期|本年度?|今年|这个季度|本周期|本阶段)?(?:不做|暂不做|不会做|暂缓)"
    r"(?:的事(?:情|项)?|什么|的|清单|事项|列表)?\s*\**\s*[:：]?\s*\**$"
)
# A Markdown heading's section number: "三、", "（二）", "3." (decision 2774).
_HEADING_ORDINAL_RE = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))\s*"
)
# A slide's number before its title in a deck's outline: "Slide 4 – ", "Slide 4: ", "第4页 ".
_SLIDE_PREFIX_RE = re.compile(
    r"(?:slide|folie|幻灯片)\s?\d{1,3}\s?(?:[-–—:：.|]\s?|\s)|第\s?\d{1,3}\s?页\s?(?:[-–—:：|]\s?)?",
    re.IGNORECASE,
)
# A header row of a table template: "目标Object 关键结果key results".
TABLE_HEADER_RE = re.compile(r"^目标\s*object.{0,40}关键结果", re.IGNORECASE)
# A line that only carries a score and/or a status of the KR above it ("0.5", "完成一半").
SCORE_STATUS_LINE_RE = re.compile(
    r"^(?:(?:0?\.\d{1,2}|[01]\.0{1,2})\s*)?"
    r"(?:完成一半|完成一|未完成|已完成|完成|进行中|进展中|延期|done|in progress|at risk|on track|"
    r"not started|behind)?$",
    re.IGNORECASE,
)
# A budget book's row of a measure's figures (decision 1058): "Prior Year Actual (2024) 100%",
# "Current Year Estimate (2025)", "Budget Year Target (2026) ≥90%"; and a value alone among them.
_YEAR_ROW_RE = re.compile(
    r"^(?:prior|current|next|budget|base|fiscal|plan(?:ned)?|target)\s+year\b[^\n:：]{0,30}$",
    re.IGNORECASE,
)
_VALUE_ROW_RE = re.compile(r"^(?:[≥≤<>~]\s?)?\d[\d.,]*\s?%?$|^n/?a$", re.IGNORECASE)
# A line that names who does what before a colon: "AE team: $3.6M net new ARR", "生产部：减少返工",
# "Reno (Dana): pick rate from 118 to 140 UPH", "SDR lead KR: 420 SQLs". Under an objective
# such lines are its key results, each on its own line.
ITEM_PREFIX_RE = re.compile(
    r"^(?P<who>[^\s:：。，,.!?！？;；][^:：。，,.!?！？;；]{0,29}?)\s*[:：]\s*(?=\S)"
)
# Words before a colon that introduce a note, not a key result's owner.
_NOTE_WORDS_RE = re.compile(
    r"^(?:notes?|nb|ps|p\.s|tip|context|background|why|because|reason|example|e\.?g|eg|i\.?e|"
    r"update|todo|link|source|ref|reference|summary|tl;?dr|comments?|questions?|answer|q|a|"
    r"说明|备注|注意|注|背景|目的|原因|例如|比如|举例|补充|更新|链接|来源|参考|总结|问题|回答|提示|"
    r"点评|评语|复盘|反思|心得|感想|"
    # "範例: 一個目標可能是…": "example" before a colon names no owner (decision 926)
    r"范例|示例|样例|例子|举个例子|譬如|案例|examples?|"
    r"https?|www|ftp|mailto|"
    # "Engineering OKR alignment: Objective #2 …": what the objective serves (decision 1944)
    r"(?:[a-z]+ ){0,3}alignment)$",
    re.IGNORECASE,
)
# A set's title line in a draft without labels: "My Q4 goals (Lee)", "SRE team — Q1 2026 goals",
# "王磊 · 2026年个人成长目标", "资金组Q3目标", "市场中心目标（陈总口述）". "完成年度销售目标" is an
# objective: the words before "目标" must name a period, a unit or a person's set.
# A remark after the dash may run longer: "Volunteer team goals (fall) – sorry for the format,
# copied from our google doc", "Q3 goals for fall – see below" (decision 2202).
_TITLE_TAIL = r"\s*(?:[（(][^()（）]{0,40}[)）])?\s*(?:[-–—·|]\s*[^。.!！?？:：]{0,64})?$"
# A period right after the set's word: "Youth Ministry Goals 2027", "Sales goals Q3 2027",
# "Objectives FY27" (decision 2409).
_PERIOD_AFTER_WORD = (
    r"(?:[ \t]+(?:Q[1-4]|H[12]|FY[ \t]?'?\d{2,4}|20\d\d)(?:[ \t]+(?:Q[1-4]|H[12]|20\d\d))?)?"
)
_SET_TITLE_RE = re.compile(
    rf"(?:\b(?:goals|objectives|targets|priorities|plan)\b{_PERIOD_AFTER_WORD}{_TITLE_TAIL})"
    # "Q1 goals for the design team", "2027 priorities for our clinic" (decision 1889)
    r"|\b(?:goals|objectives|targets|priorities)[ \t]for[ \t](?:the[ \t]|our[ \t]|my[ \t])?[\w&/ -]{1,30}"
    r"(?:[ \t][–—|][ \t][^。.!！?？:：]{0,64})?$"
    # "… — goals for the 2027 spring season (Feb–May 2027)": a period, its months in brackets
    # ("Set clear goals for every volunteer (by March)" names no period: decision 3781)
    r"|\b(?:goals|objectives|targets|priorities)[ \t]for[ \t](?:the[ \t]|our[ \t]|my[ \t])?"
    r"(?=[\w&/ -]{0,30}?\b(?:20\d\d|Q[1-4]|H[12]|FY\d\d|season|term|semester|year|quarter|"
    r"spring|summer|autumn|fall|winter)\b)[\w&/ -]{1,30}[ \t]?[（(]"
    r"(?=[^()（）]{0,40}?(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))[^()（）]{1,40}[)）]$"
    rf"|(?:Q[1-4]|H[12]|季度|年度|半年|月度|学期|学年|\d{{4}}年?|个人|团队|部门|中心|小组|[组部]|成长|工作|我的)"
    rf"\s*的?\s*(?:目标|计划|规划){_TITLE_TAIL}",
    re.IGNORECASE,
)
# A longer period after the set's word: "City Library - objectives 2027 first semester", "Esports
# club — goals semester 1 2027/28", "Nursing ward objectives second half 2027" (decision 3360).
_PERIOD_WORD = (
    r"(?:Q[1-4]|H[12]|FY[ \t]?'?\d{2,4}|20\d\d(?:[/-](?:20)?\d\d)?|first|second|third|fourth|"
    r"1st|2nd|3rd|4th|spring|summer|autumn|fall|winter|academic|school|fiscal|"
    r"(?:semester|term|trimester|quarter|half|season|year)(?:[ \t][1-4]\b)?)"
)
_SET_WORD_PERIOD_RE = re.compile(
    r"\b(?:goals|objectives|targets|priorities)"
    rf"(?=(?:[ \t]+{_PERIOD_WORD}){{1,4}}\b{_TITLE_TAIL})"
    r"(?=[^\n]*\b(?:semester|term|trimester|quarter|half|season|year|20\d\d|Q[1-4]|H[12])\b)",
    re.IGNORECASE,
)
# Before the set's word: a name of three words at most, or a name and a dash, bar, colon or bracket.
_SET_NAME_BEFORE_RE = re.compile(r"^(?:\S+[ \t]+){0,3}$|[-–—|:)）][ \t]*$")
_SET_TITLE_HINT_RE = re.compile(
    r"\b(?:Q[1-4]|H[12]|FY\s?\d{2,4}|20\d\d|my|personal|team|quarter(?:ly)?|annual|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b|Q[1-4]|20\d\d|[—–·|（(]|[\u4e00-\u9fff]",
    re.IGNORECASE,
)
# "Corner Bakery — autumn quarter 2026 (Sofia, owner)", "Search team | Q4 2026": a short name, a
# dash, then a period and nothing but a bracket after it: the set's title, not an objective.
_NAME_DASH_PERIOD_RE = re.compile(
    r"^[A-Za-z][\w&'’. ]{0,40}?\s[-–—|]\s(?:(?:spring|summer|autumn|fall|winter)\s+)?"
    r"(?:(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+)?quarter|Q[1-4]|H[12]|FY\s?\d{2,4})"
    r"(?:\s*['’]?\s*(?:20)?\d\d)?(?:\s*[（(][^()（）]{1,40}[)）])?$",
    re.IGNORECASE,
)
# A school's term by its season or order ("spring term", "2nd semester 1") or by its number
# ("term 2"): the period of the two titles below.
_SEASON_TERM = (
    r"(?:spring|summer|autumn|fall|winter|first|second|third|1st|2nd|3rd)[ \t]"
    r"(?:half-term|term|semester|trimester)(?:[ \t][1-4](?!\d))?"
)
_NUMBERED_TERM = r"(?:half-term|term|semester|trimester)[ \t][1-4](?!\d)"
# A school term after a name in title case and a dash: "PE & Sport – Summer term 2027", "Choir and
# Orchestra | autumn semester", "Year 9 – Term 2", "Riverside Primary – PE – Autumn half-term 1". Every word of the name capitalised (or a figure,
# "&", "and", "of"): "Win the county cup – summer term" is an objective with its period (6125).
# A name in title case, a dash, then what its people are going for: "The Margin (books + coffee) —
# what we're going for next", "Hart Lab — what we want this term", "Kestrel Cycles - where we're
# headed in 2027": the set's title over its numbered objectives, no objective (decision 6957).
_NAME_DASH_WHAT_WE_RE = re.compile(
    r"^(?:the[ \t])?[A-Z0-9][\w'’.&+]{0,20}(?:[ \t](?:[A-Z0-9(][\w'’.&+()]{0,20}|&|\+|and|of|"
    r"[a-z+()]{1,10}\)?)){0,6}[ \t][-–—|:][ \t]"
    r"(?i:(?:what|where)[ \t](?:we|i)(?:['’](?:re|m|ll|ve)|[ \t](?:are|am|want|need|will|plan|hope|aim)))"
    r"[ \t][^.!?]{0,40}$"
)
_NAME_DASH_TERM_RE = re.compile(
    r"^[A-Z0-9][\w'’.]{0,20}(?:[ \t](?:[A-Z0-9][\w'’.]{0,20}|&|and|of|[-–—|])){0,7}"
    # the unit's word in lower case after the name: "Learning & Engagement team – spring term
    # 2027", "Careers service | autumn semester" (decision 6591)
    r"(?:[ \t](?:team|department|dept\.?|service|office|unit|group|staff|committee|club|society|"
    r"faculty|programme|program|squad|crew|centre|center))?[ \t][-–—|][ \t]"
    rf"(?i:(?:{_SEASON_TERM}|{_NUMBERED_TERM})"
    r"(?:[ \t](?:20)?\d\d(?:[/-]\d\d)?)?)(?:[ \t]?[（(][^()（）]{1,40}[)）])?$"
)
# The same name with its unit's word, then a school's or a season's period after a dash, a comma,
# a colon or in a bracket: "Learning & Engagement team — Spring 2027", "Visitor Services team,
# spring term 2027", "Family Learning team (school year 2026/27)" (decision 6591).
_UNIT_PERIOD_TITLE_RE = re.compile(
    r"^[A-Z0-9][\w'’.]{0,20}(?:[ \t](?:[A-Z0-9][\w'’.]{0,20}|&|and|of)){0,7}"
    r"[ \t](?i:team|department|dept\.?|service|office|unit|group|committee|club|society|faculty|"
    r"programme|program|centre|center)(?:[ \t][-–—|][ \t]|[,:][ \t]|[ \t]\()"
    rf"(?i:(?:{_SEASON_TERM}(?:[ \t](?:20)?\d\d(?:[/-]\d\d)?)?"
    rf"|{_NUMBERED_TERM}(?:[ \t](?:20)?\d\d)?"
    r"|(?:spring|summer|autumn|fall|winter)[ \t]20\d\d"
    r"|(?:spring|summer|autumn|fall|winter|easter|christmas)[ \t]holidays?(?:[ \t]20\d\d)?"
    r"|(?:school|academic)[ \t]year[ \t]20\d\d(?:[/–-](?:20)?\d\d)?"
    r"|20\d\d[/–-](?:20)?\d\d[ \t](?:school|academic)[ \t]year))\)?$"
)
# A period, then a team's or a set's name: "Q3 2027 — Community team", "2027年Q3 社区运营组".
_PERIOD_FIRST_RE = re.compile(
    r"^(?:Q[1-4]|H[12]|FY\s?\d{2,4}|20\d\d)(?:\s?(?:年|季度|Q[1-4]|H[12]|20\d\d)){0,3}"
    r"\s?(?:[-–—|:：·]\s?)?(?:[A-Za-z][\w&'’ ]{0,30}|[\u4e00-\u9fff]{2,12})$",
    re.IGNORECASE,
)
# An objective that ends in "goals" ("Hit our Q3 goals", "完成季度目标") starts with a verb.
_GOAL_VERB_RE = re.compile(
    r"^(?:hit|reach|achieve|meet|exceed|beat|complete|deliver|crush|smash|surpass|"
    r"完成|达成|实现|超额|冲刺|确保)",
    re.IGNORECASE,
)
# A group's name over a list: "Infrastructure group", "Working group", "Team Alpha",
# "Growth squad", "增长小组" (decision 2761).
_GROUP_NAME_RE = re.compile(
    r"^(?:team|group|squad|pod|guild)\b"
    r"|\b(?:group|team|squad|pod|guild|chapter|tribe|committee|council|board|crew|unit|office|"
    r"lab|desk|department|division)s?$"
    r"|(?:小组|组|团队|部|部门|中心|委员会)$",
    re.IGNORECASE,
)
# A title rather than an objective: "# Q3 OKRs", "## Team OKRs", "2026年第三季度OKR".
# A bar or dot between a title's parts after "OKR" ("我的博主副业OKR｜2026年Q2｜阿杰") ends it too
# (decision 2777).
TITLE_RE = re.compile(
    r"\bOKRs?\b|OKRs?(?=[\u4e00-\u9fff（(\s｜|·・—–]|$)|目标与关键结果", re.IGNORECASE
)
# "OKR completion rate above 80%" / "OKR完成率达到80%" names OKRs but measures something: no title.
_MEASURED_RE = re.compile(r"\d\s?[%％]|\brates?\b|率", re.IGNORECASE)
# The OKR method as the object of work: "落地OKR管理制度", "推行OKR", "OKR工具选型".
_OKR_AS_WORK_RE = re.compile(
    r"(?:推行|推广|落地|导入|引入|实施|试点|宣导|普及)\s?OKRs?"
    r"|OKRs?\s?(?:管理|制度|体系|流程|工具|系统|培训|方法|试点|宣导|推广|推行|落地|对齐|打分|评分)"
    # "Successfully implement OKR's", "Roll out OKRs to every team": the method made the work
    r"|\b(?:implement(?:ing)?|roll(?:ing)? out|adopt(?:ing)?|introduc(?:e|ing)|launch(?:ing)?)"
    r"\s+(?:the\s+)?OKR(?:'s|’s|s)?\b"
    # "Review OKRs for one hour weekly", "Share team OKRs with 3 partner teams": a verb of
    # routine work on the OKRs, then more words — a key result's effort, not a set's title
    # ("Review OKRs" alone may head a section; decision 2565)
    r"|^(?:review|revisit|share|discuss|present|publish|update|grade|score|check)\s+"
    r"(?:(?:our|the|my|team|all|each|every)\s+){0,2}OKRs?\b(?=\s+\S)",
    re.IGNORECASE,
)
_TERMINAL = "。.!！?？；;"
# Decorations before a heading's words: emoji, pictographs, stars and arrows ("🚀 北极星").
_DECORATION_RE = re.compile(
    "^[\U0001f000-\U0001faff\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\u200d\\s]+"
)
# A sign-off closing a pasted message: "——店长 老周", "— Marco", "-- Dana, ops lead": who wrote
# it, not the end of the key result above it (decision 1574).
_SPACED_HAN_RE = re.compile(r"[\u4e00-\u9fff]{2}[ \t\u3000]+(?:第|[\u4e00-\u9fff]{2})")
# A line that is only a period's label ("第6周", "第二期", "Week 6", "W6", "2027年Q1"): a
# heading over what follows, not the rest of a cut-off key result (decision 1983).
_PERIOD_LABEL_RE = re.compile(
    r"[#*\s]{0,4}(?:第[\d一二三四五六七八九十]{1,3}(?:周|天|期|个月|月|季度|轮|阶段|批|次)"
    r"|(?:week|wk|sprint|day|month|phase)\s?\d{1,3}|w\d{1,2}"
    r"|\d{4}\s?(?:年\s?(?:[QH][1-4]|\d{1,2}\s?月)?|[QH][1-4])|[QH][1-4](?:\s?\d{4})?)[*\s:：]{0,4}",
    re.I,
)
_SIGNATURE_RE = re.compile(
    r"(?:——|—|–|--|－－)\s?(?:[\u4e00-\u9fff]{1,6}\s)?[\u4e00-\u9fff]{2,3}"
    r"|(?:——|—|–|--)\s?(?-i:[A-Z])[a-zA-Z'’.-]{1,20}(?:\s(?-i:[A-Z])[a-zA-Z'’.-]{1,20})?"
    r"(?:,\s?[A-Za-z][A-Za-z ]{1,24})?"
)
# A chat message's header pasted with it: the app in brackets or the sender, then the time
# ("[企业微信] 王一鸣 14:32", "【钉钉】李娜 2025-07-01 09:15", "王一鸣 14:33"): who sent the
# message and when, no item (decision 6966).
_CHAT_HEADER_RE = re.compile(
    r"(?:[\[【][^\]】\n]{1,8}[\]】][ \t]?)?[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ·]{0,15}?[ \t]{1,3}"
    r"(?:(?:20\d\d[-/.])?\d{1,2}[-/.]\d{1,2}[ \t]{1,2})?(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?"
)
# Characters a paste may carry before a line's text that `str.strip` keeps.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


@dataclass
class _Line:
    text: str  # stripped
    start: int  # input offset of text[0]
    indent: int
    blank_before: bool
    number: int  # 1-based line number, for messages
    body: str = ""  # the whole line without its break (leading tabs kept: spreadsheet rows)
    body_start: int = 0
    own_item: bool = False  # a piece cut from a line after a plural label ("关键结果：A；B；C")
    summary: bool = False  # the "<summary>…</summary>" title of a collapsible block
    cut_tail: bool = False  # the last of several labelled items cut from one line (decision 925)


@dataclass
class _HeadingRec:
    """A heading seen while parsing; its depth is decided once the whole draft is read."""

    text: str
    start: int
    end: int
    markdown_depth: int = 0  # number of "#" marks; 0 for a plain line
    meta: bool = False  # annotates the heading above ("Owner: Lee", "负责人：刘工")
    before_items: bool = False  # seen before the first item
    from_list: bool = False  # a list item that names a section ("1. 优化培训体系")


@dataclass
class _Builder:
    kind: str
    label: str
    number: int | None
    indent: int
    line_no: int
    parts: list[tuple[str, int]] = field(default_factory=list)  # (text, input offset) pieces
    level_hint: str | None = None
    from_heading: bool = False
    open_ended: bool = False  # last part looked cut off (for joining after a blank line)
    joined_after_blank: bool = False
    anchor: int = 0  # where the wording starts (an empty item points here)
    heads_list: bool = False  # an unlabelled line whose following list items are its KRs
    cells: dict[str, Cell] = field(default_factory=dict)  # a table row's cells by role
    prefix: str = ""  # a role or team written before the label ("Sales — O1:")
    style: str = ""  # the list marker's style ("num", "zh", "bullet-", …) for nesting
    run: bool = False  # an unlabelled line among labelled items: its sibling lines are items too
    restarts: bool = False  # a numbered objective whose KRs below it start again at 1
    given: dict[str, object] = field(default_factory=dict)  # values from a table's columns
    named: bool = False  # a key result that opens with its name in bold ("**Docs:** Cut …")
    parent: _Builder | None = None  # the objective restated above a key result ("O1 — Growth:")
    groups: bool = False  # its list's outer items name groups of its key results ("- Features")
    wording_below: bool = False  # a label heading whose wording is the paragraph after a blank
    closed: bool = False  # ends its line of run-together items with a stop: nothing joins it
    measures_below: bool = False  # a bold KR name with its measures as bullets (decision 2183)
    spaced: bool = False  # a key result set apart by blank lines under its objective (4288)

    def add(self, text: str, start: int) -> None:
        text, start = _strip_emphasis(_drop_hard_break(text), start)
        if text:
            self.parts.append((text, start))


# A line that is only a link: "[Epic 722](https://…)", "<https://…>", "https://…" (decision 546).
_LINK_ONLY_RE = re.compile(
    r"(?:\[[^\[\]\n]{1,120}\]\([^()\s]{1,500}\)|<?https?://[^\s<>]{1,500}>?)[ \t]*$"
)
# The fields an objective's sub-heading may name over its value (decision 542).
_FIELD_HEADING_ROLES = frozenset(["team", "owner", "due", "status", "priority", "level"])


def validate_text(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Raise `InputError` for input no review can come from; return the text otherwise."""
    if not isinstance(text, str):
        raise InputError(
            "invalid_structure",
            f"expected text, got {type(text).__name__}",
            f"需要文本，收到的是 {type(text).__name__}",
        )
    if len(text) > max_chars:
        raise InputTooLarge(
            "too_long",
            f"the draft has {len(text):,} characters; the limit is {max_chars:,}. "
            "Review one team's OKRs at a time.",
            f"草稿有 {len(text):,} 个字符，上限是 {max_chars:,}。请一次评审一个团队的OKR。",
        )
    bad = bad_control_chars(text)
    if bad:
        pos = bad[0]
        raise InputError(
            "binary",
            f"the draft contains {len(bad)} control or binary character(s), the first "
            f"(U+{ord(text[pos]):04X}) at offset {pos}; paste plain text.",
            f"草稿里有 {len(bad)} 个控制字符或二进制字符，第一个（U+{ord(text[pos]):04X}）"
            f"在第 {pos + 1} 个字符处；请粘贴纯文本。",
        )
    if not text.strip(" \t\r\n\u3000" + _INVISIBLE) or not text.strip():
        raise InputError(
            "empty",
            "the draft is empty. Paste an objective and its key results, e.g.\n"
            "O: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45",
        )
    return text


_TEMPLATE_LINE_RE = re.compile(r"\{\{[^\n]*\}\}$|\{%[^\n]*%\}$|<!--[^\n]*-->$")
# HTML a Markdown page uses for its layout, alone on a line: "<details>", "</details>",
# "<br />", "<div align="center">", "<hr>". It holds no wording.
_LAYOUT_TAGS = r"details|summary|br|hr|p|div|span|section|center|ul|ol|small|sup|sub|b|strong|em|i"
_LAYOUT_LINE_RE = re.compile(rf"(?:</?(?:{_LAYOUT_TAGS})\b[^<>\n]*/?>\s*)+$", re.IGNORECASE)
# A line wrapped whole in one of those tags ("<summary>Grow the podcast (Mira)</summary>",
# "<p><b>Objective 1: …</b></p>"): its wording is what is inside.
_LAYOUT_WRAP_RE = re.compile(
    rf"(?:<(?:{_LAYOUT_TAGS})\b[^<>\n]*>\s*)+(?P<inner>[^<>\s](?:.*?[^<>\s])?)"
    rf"(?:\s*</(?:{_LAYOUT_TAGS})\s*>)+$",
    re.IGNORECASE,
)


# A line of a list pasted from code or JSON: one quoted string, perhaps with a comma after it
# ('"**Objective:** Improve …",'). Two or more such lines in a row are read as what is quoted.
_QUOTED_LINE_RE = re.compile(r"""(?<![ \t])[ \t]*(?:"(?P<d>[^"]*)"|'(?P<s>[^']*)'),?[ \t]*$""")


# The brackets that close a list pasted from code ("],", "}", "]);"): no wording.
_BRACKETS_LINE_RE = re.compile(r"[\[\]{}(),;]{1,6}$")


def _quoted_lines(raws: list[str]) -> set[int]:
    """The indexes of the lines that are quoted strings in a run of two or more (decision 545)."""
    quoted = []
    for r in raws:
        m = _QUOTED_LINE_RE.match(r.rstrip("\r\n"))
        quoted.append(m is not None and bool((m.group("d") or m.group("s") or "").strip()))
    out: set[int] = set()
    i = 0
    while i < len(raws):
        if not quoted[i]:
            i += 1
            continue
        j = i
        while j < len(raws) and quoted[j]:
            j += 1
        if j - i >= 2:
            out.update(range(i, j))
        i = j
    return out


# A row whose wording is only an ellipsis, "KR3:……", "KR4: ...": still an unwritten row (decision
# 561), and closed: the paragraph after it is not its wording (decision 1071).
_ELLIPSIS_ONLY_RE = re.compile(r"(?:…+|\.{3,}|。{3,})")


# A team named before 目标 on an objective's line: "KA部目标:", "销售部目标：", "IT组目标:" (decision 1072).
_TEAM_GOAL_PREFIX_RE = re.compile(
    r"(?:[A-Z]{2,4}|[\u4e00-\u9fff]){1,5}(?:部门|部|组|中心|团队|科|室|车间|班组)"
)


# A numbered list marker after a quote's ">": "> 1. Cut …", "> 2) Lift …" (decision 4320); not
# a figure ("> 1.5 s", "> 2 s").
_QUOTED_NUMBER_MARKER_RE = re.compile(r"\d{1,2}[.)][ \t]+(?=[^\d\s])")


# A line that is one remark in brackets wrapped in emphasis: "*(Ladders to: Company Priority —
# Reliability)*", "_(Supports: OKR 2)_" (decision 4321).
_EMPHASISED_ASIDE_RE = re.compile(
    r"(?P<em>\*{1,2}|_{1,2})(?P<inner>\([^()\n]{2,200}\)|（[^（）\n]{2,200}）)(?P=em)"
)


# A chat log's line, its time in brackets before the speaker: "[10:14] Dana Ruiz: O: Grow …",
# "[06/12/2026, 10:14] 李娜：KR1：…". When two or more lines, and half the lines at least, start
# so, the paste is a chat log: each line is read as what was said after the speaker's colon
# (decision 5332).
_CHAT_LOG_PREFIX_RE = re.compile(
    r"[ \t]{0,8}\[(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t])?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp][Mm])?\][ \t]?(?P<who>[^:：\n\[\]]{1,30}?)[:：][ \t]{0,4}"
)


def _chat_log_prefixes(raws: list[str]) -> dict[int, int]:
    """The length of each line's chat-log prefix, by index, when two or more lines have one."""
    out: dict[int, int] = {}
    who: dict[int, str] = {}
    for i, r in enumerate(raws):
        m = _CHAT_LOG_PREFIX_RE.match(r)
        if m is not None:
            out[i] = m.end()
            who[i] = m.group("who").strip()
    # "[10:02] Maya: here is the draft" over plain lines and a closing "[10:05] Leo: 👍": a few
    # messages around a pasted draft, read as decision 1947 says, not a log of the draft itself.
    lines = sum(1 for r in raws if r.strip())
    if not (len(out) >= 2 and 2 * len(out) >= lines):
        return {}
    # "[10:05] Tom: 👍 looks good" under the items Priya posted: a reply by someone who posted no
    # labelled item keeps its time and speaker, and ends the items as a reply (decisions 1947,
    # 6893), instead of joining the last key result or standing as one of its own.
    drafting = {who[i] for i in out if match_label(raws[i][out[i] :].strip())}
    return {i: n for i, n in out.items() if who[i] in drafting} if drafting else out


# A Markdown attribute list closing a line, as site generators write a heading's anchor or class
# ("### **Objective 2 - Grow the volunteer base** {#objective-2-grow}", "## Goals {: .wide}"):
# markup, no wording (decision 5479).
_ATTRIBUTE_LIST_END_RE = re.compile(
    r"[ \t]\{:?[ \t]?[#.][\w:.-]{1,80}(?:[ \t]+[#.][\w:.-]{1,80}){0,4}[ \t]?\}$"
)


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    blank = False
    raws = text.splitlines(keepends=True)
    quoted = _quoted_lines(raws) if ('",' in text or "'," in text) else set()
    chat_log = _chat_log_prefixes(raws) if "]" in text else {}
    for no, raw in enumerate(raws, start=1):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        lead = min(chat_log.get(no - 1, 0), len(body))
        while lead < len(body) and (body[lead].isspace() or body[lead] in _INVISIBLE):
            lead += 1
        # A Markdown quote ("> O1: …", "> > …") is read as its content; "> 95%" is a number,
        # but "> 1. Cut …" quotes a numbered list item (decision 4320).
        while lead < len(body) and body[lead] == ">":
            after = lead + 1
            while after < len(body) and body[after] in " \t":
                after += 1
            if (
                after < len(body)
                and body[after].isdigit()
                and not (after > lead + 1 and _QUOTED_NUMBER_MARKER_RE.match(body, after))
            ):
                break
            lead = after
        end = len(body)
        while end > lead and (body[end - 1].isspace() or body[end - 1] in _INVISIBLE):
            end -= 1
        if body[end - 1 : end] == "}":
            attrs = _ATTRIBUTE_LIST_END_RE.search(body, lead, end)
            if attrs is not None and attrs.start() > lead:
                end = attrs.start()  # "### **Objective 1 - …** {#objective-1}" (decision 5479)
        indent = sum(
            4 if c == "\t" else (2 if c == "\u3000" else (0 if c == ">" else 1))
            for c in body[:lead]
        )
        if no - 1 in quoted:
            qm = _QUOTED_LINE_RE.match(body)
            if qm is not None:
                lead, end = qm.span("d" if qm.group("d") is not None else "s")
                while lead < end and body[lead].isspace():
                    lead += 1
                while end > lead and body[end - 1].isspace():
                    end -= 1
        aside = _EMPHASISED_ASIDE_RE.fullmatch(body, lead, end)
        if aside is not None:
            # "*(Ladders to: Company Priority — Growth)*": the bracketed remark the emphasis wraps
            # (decision 4321), read as the plain bracketed line is.
            lead, end = aside.span("inner")
        wrap = _LAYOUT_WRAP_RE.match(body, lead, end)
        summary = wrap is not None and body[lead : lead + 8].lower() == "<summary"
        if wrap is not None:
            lead, end = wrap.span("inner")
        if (
            end == lead
            or _TEMPLATE_LINE_RE.match(body, lead, end)
            or _LAYOUT_LINE_RE.match(body, lead, end)
            or (quoted and _BRACKETS_LINE_RE.match(body, lead, end))
        ):
            # A line that is only a site generator's tag ("{{template "progress" …}}", "{% … %}")
            # or an HTML comment is markup, no wording: it parts what is above and below it.
            blank = True
        else:
            out.append(_Line(body[lead:end], pos + lead, indent, blank, no, body, pos))
            out[-1].summary = summary
            blank = False
        pos += len(raw)
    return out


def _drop_hard_break(text: str) -> str:
    """A line without the backslash that ends it as a Markdown hard line break ("… \\")."""
    if text.endswith("\\") and not text.endswith("\\\\"):
        return text[:-1].rstrip()
    return text


_BOLD_BEFORE_BRACKET = re.compile(
    r"(?P<mark>\*\*|__)\s?(?P<it>[*_]?)(?=[（(【\[][^()（）【】\[\]\n]{1,40}[)）】\]](?P=it)\s*$)"
)


_BOLD_BEFORE_MENTIONS = re.compile(r"\*\*(?P<inner>[^*\n]+)\*\*(?=\s?(?:@\S+\s?)+$)")


# Emoji (and blanks) at the end of a line: "… ** 🩺", "… ** 🚀✨".
_EMOJI_END = re.compile(rf"[{_EMOJI}]")


def _emoji_tail(text: str) -> str:
    """`text` without the emoji and blanks that end it (itself when it ends in neither)."""
    end = len(text)
    while end > 0 and (
        text[end - 1].isspace() or text[end - 1] == "\ufe0f" or _EMOJI_END.match(text[end - 1])
    ):
        end -= 1
    return text[:end] if any(_EMOJI_END.match(c) for c in text[end:]) else text


def _strip_emphasis(text: str, start: int) -> tuple[str, int]:
    """Drop Markdown bold/italic markers wrapping a piece ("**Grow revenue**")."""
    bare = _emoji_tail(text)
    if bare != text and bare.endswith(("**", "__")) and len(bare) > 2 and not bare[-3].isspace():
        # "**Objective #1 — Make the clinic the easiest place to see a doctor** 🩺": an emoji
        # after the bold decorates the line; the wording is what the bold wraps (decision 5004)
        text = bare
    m = _BOLD_BEFORE_MENTIONS.match(text)
    if m is not None:
        # "**【性能】显著提升沙箱性能** @文悦力(悦霄)@王小哲(笑哲)": the bold wraps the wording, the
        # people it mentions follow it (a DingTalk export, decision 411); the closing mark is
        # blanked in place.
        text = f"{m.group('inner')}  {text[m.end() :]}"
        start += 2
    for mark in ("**", "__"):
        # A mark at an end is dropped when it wraps the piece or has no partner inside it: the
        # bold of "从 **18 天 → 12 天**" or "**90%** 上线" stays whole (decision 298).
        wraps = text.startswith(mark) and text.endswith(mark) and text.count(mark) == 2
        odd = text.count(mark) % 2 == 1
        if text.startswith(mark) and (wraps or odd):
            text, start = text[len(mark) :], start + len(mark)
        if text.endswith(mark) and (wraps or odd):
            text = text[: -len(mark)]
        elif text.count(mark) % 2 == 1:
            # "**O1 打造…车间**（车间主任 刘强）": the bold closes before a trailing bracket whose
            # opening mark went with the label; blanked in place (decision 384)
            m = _BOLD_BEFORE_BRACKET.search(text)
            if m is not None and m.group("mark") == mark:
                text = text[: m.start()] + " " * len(mark) + text[m.end("mark") :]
                if m.group("it"):
                    # "**O1. Make renewals a non-event** _(owner: Grace)_": the bracket's own
                    # italics go too, blanked in place (decision 6540)
                    close = len(text.rstrip()) - 1
                    at = m.start("it")
                    text = f"{text[:at]} {text[at + 1 : close]} {text[close + 1 :]}"
    for mark in ("*", "_", "`"):
        # "*Grow revenue*", "_Keep customers_": italics around the whole piece; "`Get 5
        # curators`": a wiki that writes every item as code.
        if len(text) > 2 and text[0] == mark and text[-1] == mark and text[1] != " ":
            text, start = text[1:-1], start + 1
    for mark in ("*", "_"):
        # "*O1 Win the regional cup*" (Slack's bold), "_O2 More members_": the opening mark went
        # with the label, so the closing one stands alone after the wording, with nothing but
        # the people the line mentions ("*KR1: …by 1 June* @tom") or an emoji ("… Masters* 🏆")
        # after it; it is no wording (decision 1542).
        at = text.rfind(mark)
        if text.count(mark) == 1 and at > 0 and not text[at - 1].isspace():
            rest = _MENTION.sub("", text[at + 1 :])
            if not any(c.isalnum() for c in rest):
                text = text[:at] + " " + text[at + 1 :]
    lead = len(text) - len(text.lstrip())
    return text[lead:].rstrip(), start + lead


# A person the line mentions: "@tom", "@j-ortiz".
_MENTION = re.compile(r"@[^\s@]+")


def _num(m: re.Match[str], *groups: str) -> int | None:
    found = m.groupdict()  # (once: a label pattern has some thirty groups)
    for g in groups:
        v = found.get(g)
        if v:
            if v.isdigit():
                return int(v)
            return ord(v) - ord("A") + 1 if v.isascii() else _ZH_ORD.index(v) + 1
    return None


_LEVEL_WORDS = (
    (re.compile(r"公司|集团|企业|company|corporate|organi[sz]ation", re.I), "company"),
    (
        re.compile(r"个人|我的|[给为]自己|personal|individual|\bmy\b|\bmyself\b|\bfor me\b", re.I),
        "personal",
    ),
    (
        re.compile(
            r"部门|团队|小组|中心|[部组](?=$|\s*OKRs?\b)|team|department|squad|\bgroup\b",
            re.I,
        ),
        "team",
    ),
)


def _level_of_words(text: str) -> str | None:
    for pattern, level in _LEVEL_WORDS:
        if pattern.search(text):
            return level
    return None


def _level_from_prefix(prefix: str) -> str | None:
    """The level named before an objective label ("公司OKRs目标", "营销部门目标", "Team Objective")."""
    p = prefix.strip().lower()
    if not p:
        return None
    if p in ("季度", "年度", "本季度", "本年度", "总", "核心", "主要", "我们的"):
        return None
    if _level_of_words(p):
        return _level_of_words(p)
    # "营销OKRs目标": an unnamed unit before "OKRs目标" is a team.
    return "team" if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", p) else None


# A line naming a level or a unit on its own: "客户服务部门", "市场部", "Team OKRs", "公司级OKR".
_UNIT_LINE_RE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z&\s]{0,16}?(?:公司|集团|部门|团队|小组|中心|事业部|[^\s]部|组|个人)"
    r"(?:级|层面)?\s*(?:的?\s*OKRs?\s*(?:目标)?)?[:：]?$"
    r"|^(?:the\s+)?[A-Za-z&\s]{0,30}?\b(?:company|corporate|team|department|squad|personal|individual)"
    r"(?:\s+level)?(?:\s+OKRs?|\s+objectives?|\s+goals?)?[:：]?$",
    re.IGNORECASE,
)


def level_from_heading(text: str, markdown: bool = True) -> str | None:
    """The level a heading sets for the objectives under it, if it names one.

    A Markdown heading is a heading by its form, so any level word counts ("## Team OKRs",
    "## 市场部 Q3"). A plain line counts only when it reads as a unit's name ("客户服务部门"), not
    when a sentence of prose happens to contain "公司".
    """
    t = text.strip()
    if not t:
        return None
    if markdown:
        if len(t) > 40:
            return None
        return _level_of_words(t)
    if len(t) <= 30 and _UNIT_LINE_RE.match(t):
        return _level_of_words(t)
    if len(t) <= 40 and TITLE_RE.search(t):
        # A title line ("Customer Success team — Q3 OKRs"). "某互联网公司OKRs" names a company
        # rather than a level, so company words do not count here.
        level = _level_of_words(t)
        return level if level != "company" else None
    return None


def _looks_cut_off(text: str) -> bool:
    """A line that ends mid-phrase: a digit, %, an open bracket, or a CJK char with no stop."""
    if not text:
        return False
    last = text[-1]
    if last in _TERMINAL:
        return False
    if _strongly_cut_off(text):
        return True
    return bool(cjk_count(last))


def _strongly_cut_off(text: str) -> bool:
    """A line that cannot end there: an open bracket, or a trailing comma, number or percent."""
    if not text:
        return False
    if text.count("（") > text.count("）") or text.count("(") > text.count(")"):
        return True
    return text[-1].isdigit() or text[-1] in "%％，,、/与和及&"


def _word_cut_off(last: str, tail: str) -> bool:
    """A Chinese line cut inside a phrase (decision 950's exception, the seed guide's figures):
    it ends in an attributive 的/之 ("打造公司历史上最成功的" over "销售推广活动"), or the tail is
    the last one to three characters of a word ("…小区营销" over "活动")."""
    last, tail = last.rstrip(), tail.strip()
    if not last or not _han(last[-1]):
        return False
    return last[-1] in "的之" or (len(tail) <= 3 and all(_han(c) for c in tail))


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# A word an English line does not end on ("…across all" / "Regions").
_OPEN_WORD_RE = re.compile(
    r"\b(?:all|every|each|both|most|more|less|new|top|key|main|your|my)$", re.I
)
# How the tail of a wrapped Chinese line opens ("…达到90%" / "以上"): no name of a set.
_TAIL_WORD_ZH_RE = re.compile(r"[的之和与及或并等]|以[上下内外前后]|左右|为止|之[前后内]")
# An e-mail's sign-off alone on its line ("Thanks,", "Best regards,", "谢谢！", "此致"), perhaps with
# the name after it ("Cheers, Priya"; decision 1355).
# A phone's mail footer, as a mail app closes a message: "Sent from my iPhone", "— sent from my
# phone", "发自我的手机" (decision 6896).
_PHONE_FOOTER = (
    r"sent[ \t]from[ \t]my[ \t](?:iphone|ipad|phone|mobile|android|galaxy|smartphone|samsung"
    r"|pixel|huawei|cell|cellphone|mobile[ \t]device)|发自我的(?:iPhone|iPad|手机|华为手机|小米手机|安卓手机)"
)
_PHONE_FOOTER_RE = re.compile(_PHONE_FOOTER, re.IGNORECASE)
_SIGN_OFF_RE = re.compile(
    r"(?:(?:many[ \t])?thanks(?:[ \t](?:again|all|everyone|team))?|thank[ \t]you(?:[ \t]all)?|cheers"
    # a chat's short forms (decision 5429): "thx!", "thnx", "tks", "ty all", "TIA"
    r"|(?:thx|thnx|thanx|tks|ty|tia)(?:[ \t](?:all|everyone|team))?"
    r"|(?:best|kind|warm)(?:[ \t]regards|[ \t]wishes)?|regards|sincerely|yours[ \t]truly"
    # a phone's mail footer: "Sent from my iPhone", "发自我的手机" (decision 6896)
    rf"|{_PHONE_FOOTER}"
    r"|谢谢(?:大家|各位)?|多谢|感谢(?:大家|各位)?|此致|敬礼|祝好|顺祝(?:商祺|工作顺利)?"
    r"|(?:以上[，,、]?[ \t]*)?(?:请|敬请|烦请)(?:各位|大家)?(?:领导)?(?:审阅|查收|批示|指正|审批|过目|反馈)"
    r"(?:意见)?)"
    r"(?:[ \t]*[,，.。!！~～](?:[ \t]*[A-Z\u4e00-\u9fff][\w\u4e00-\u9fff .-]{0,20})?)?",
    re.IGNORECASE,
)
# One clause of a chat's closing request to its readers (decision 5701): "有问题随时找我",
# "大家看看有没有问题", "欢迎拍砖", "Let me know what you think", "Happy to discuss", "Feedback
# welcome", "ping me if anything looks off". A line made only of such clauses (and sign-offs)
# under the items closes the message; it is no key result and no key result's tail.
_CLOSING_CLAUSE_RE = re.compile(
    r"(?:以上|如上)|辛苦(?:大家|各位)?了?|(?:麻烦|请)?(?:大家|各位)(?:领导|同事)?(?:帮忙)?(?:看看|看一下|过目)"
    r"(?:有没有问题|有什么问题|是否可行)?|(?:大家|各位)?有(?:没有|什么|任何)?(?:问题|疑问|建议|意见|想法)的?话?"
    r"(?:请|可以|欢迎)?(?:随时|直接|及时)?(?:找我|联系我|问我|私信我?|留言|提出来?|提|反馈|沟通|告诉我|说)"
    r"(?:给[\u4e00-\u9fff]{1,6})?"
    r"|(?:欢迎|请)(?:大家|各位)?(?:拍砖|指正|补充|讨论|提意见|提建议|批评指正|多提宝贵意见)"
    # "请王总审阅", "烦请各位领导审批", "妥否，请批示": the page handed up for review (5835)
    r"|(?:烦请|恳请|麻烦|请)[\u4e00-\u9fff]{0,5}?(?:审阅|审批|审核|过目|批示|指示|把关|定夺)|妥否"
    r"|(?:please\s)?(?:let\sme\sknow|lmk)(?:\s(?:what\syou\sthink|your\sthoughts|if\s[\w\s']{1,40}"
    r"|by\s\w{1,12}(?:\s\w{1,8})?))?"
    r"|(?:any\s)?(?:thoughts|feedback|comments|questions|input|edits|suggestions)(?:\s(?:are|is))?"
    r"(?:\s(?:very\s)?welcome|\sappreciated)?|(?:happy|glad)\sto\s(?:discuss|chat|talk|adjust|tweak)"
    r"(?:\s\w{1,12}){0,3}|(?:ping|message|dm|shout\sat)\sme(?:\s(?:if|with)\s[\w\s']{1,40})?"
    r"|open\sto\s(?:feedback|suggestions|changes)|(?:please\s)?(?:review|comment)(?:\sand\s\w{1,12})?"
    r"(?:\sby\s\w{1,12})?|shout\sif\s[\w\s']{1,40}",
    re.IGNORECASE,
)


def _closing_request(text: str) -> bool:
    """Whether a line only asks its readers for their view or offers to talk ("有问题随时找我",
    "Happy to discuss, let me know what you think!"): a chat's closing, no item (decision 5701)."""
    clauses = [c.strip(" \t—–-~～") for c in _CLAUSE_SPLIT_RE.split(text.strip())]
    clauses = [c for c in clauses if c]
    # "以上" alone is a wrapped line's tail ("续约率达到90%" / "以上"): a closing only beside a request
    asks = [c for c in clauses if c not in ("以上", "如上")]
    return bool(asks) and all(
        _CLOSING_CLAUSE_RE.fullmatch(c) or _SIGN_OFF_RE.fullmatch(c) for c in clauses
    )


# A key result numbered only by its objective's number and its own ("2.3 …"), no KR word.
_DOTTED_NUMBER_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s*$")
# A document's section number before a heading's name: "4.", "4.2", "4.2." (decision 4460).
_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")


def _section_name(name: str) -> bool:
    """A section heading's name after its number: a few words, no figure ("Engineering",
    "Reception (Practice Manager)", "Plans by team"; decision 4460)."""
    name = name.strip()
    return bool(name) and len(name.split()) <= 8 and not any(c.isdigit() for c in name)


# A goal label whose words before 目标 are a period or a measure, and nothing else: "2027年目标：",
# "2027年度目标：", "2027年Q1目标：", "年度目标：", "满意度目标：", "办件量目标：" (decision 5226).
_PERIOD_GOAL_LABEL_RE = re.compile(
    r"[\W_]{0,8}(?:\d{1,2}[.、)）][\W_]{0,4})?(?P<pre>[\u4e00-\u9fffA-Za-z0-9 ]{1,12}?)"
    r"(?:完成|实现|达成|要达到的)?目标"
    r"\s?[*_]{0,2}\s?[:：]\s?[*_]{0,2}\s{0,3}"
)
_GOAL_PERIOD_RE = re.compile(
    r"(?:20\d\d\s?年?度?\s?)?(?:Q[1-4]|H[12]|[上下]半年|第?[一二三四1-4]季度)"
    r"|20\d\d\s?年?度?|年度|全年|本?季度|月度",
    re.IGNORECASE,
)
_GOAL_MEASURE_END_RE = re.compile(r"[\u4e00-\u9fff]{1,8}[率度量额数值]")


def _period_or_measure_goal(label: str) -> str | None:
    """What a goal label names before 目标 when it is only a period or a measure ("period",
    "measure"), else None (decision 5226)."""
    m = _PERIOD_GOAL_LABEL_RE.fullmatch(label)
    if m is None:
        return None
    pre = m.group("pre").strip()
    if _GOAL_PERIOD_RE.fullmatch(pre):
        return "period"
    if _GOAL_MEASURE_END_RE.fullmatch(pre) or (pre and pre.endswith(kpi_terms("zh"))):
        return "measure"
    return None


# "Goal 1.1:" and "Objective 1:" labels (decision 1335): the goal's first number is its objective's.
# (matched on a label; bounded runs, so a search over a long text stays linear: bench_adversarial)
_GOAL_DOTTED_RE = re.compile(
    r"\W{0,8}goal\s{0,3}(?P<n>\d{1,2})\s{0,3}\.\s{0,3}\d{1,2}\b", re.IGNORECASE
)
_OBJECTIVE_NUMBERED_RE = re.compile(
    r"\W{0,8}objective\s{0,3}(?P<n>\d{1,2})\b(?!\s{0,3}\.\s{0,3}\d)", re.IGNORECASE
)
# A block's counter on a line of its own: "OKR 2", "OKR #3", "OKR二", "第2组OKR", "【OKR 3】"
# (decision 1801).
_OKR_COUNTER_RE = re.compile(
    r"^[ \t]{0,8}[#*【\[]{0,3}[ \t]{0,3}(?:OKRs?[ \t]?[#-]?[ \t]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
    r"|第[ \t]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \t]?[组个条套][ \t]?OKRs?)"
    r"[ \t]{0,3}[*】\]]{0,3}[ \t]{0,8}$",
    re.IGNORECASE,
)
# A guide's next section, not one more key result: "案例二：…", "例如…", "注意：…", "Step 2".
_SPACED_STOP_RE = re.compile(
    r"(?:案例|示例|范例|例如|比如|步骤|注意|总结|小结|第[一二三四五六七八九十\d]+[步章节部]|step\b|example\b|note\b)",
    re.I,
)


def _unfinished(text: str) -> bool:
    """A piece that goes on: an open bracket, or a trailing comma or conjunction."""
    if text.count("（") > text.count("）") or text.count("(") > text.count(")"):
        return True
    return bool(text) and text[-1] in "，,、/与和及&-–"


_CONNECTOR_RE = re.compile(
    r"\b(?:and|or|of|to|the|a|an|for|with|in|on|at|by|from|into|than|per|vs|as|that|which|our|"
    r"their|its|is|are|be|over|under|across|within)$",
    re.IGNORECASE,
)


def _pdf_wrapped_tail(last: str, line: str) -> bool:
    """A short line that ends the sentence a long English line broke off (a budget book's PDF
    text: "Department goal: Emphasize … through business unit and Corporate Leadership" then
    "Team collaboration."): the long line ends in a letter, no stop, at a column's width (70
    characters or more); the short line has four words at most, no figure, and ends with a full
    stop, and does not open with a verb the lexicon knows (decision 1342)."""
    if len(last) < 70 or not last[-1:].isalpha() or not last.isascii():
        return False
    words_ = line.split()
    if not (1 <= len(words_) <= 4 and line.endswith(".") and line.isascii()):
        return False
    if any(c.isdigit() for c in line):
        return False
    from coach.facts.shape import verb_classes

    return words_[0].lower().strip(".,") not in verb_classes("en")  # "Cut litter." is a KR


def _complete_english(last: str, line: str) -> bool:
    """An English line that starts a new item after a finished one: "KR1: Raise NPS to 50" then
    "Hire 2 AEs" (a wrapped line starts in lower case, or follows "… and", "… of the")."""
    return (
        line[:1].isascii()
        and line[:1].isupper()
        and len(last.split()) >= 3
        and not _CONNECTOR_RE.search(last)
        and not cjk_count(last)
    )


_ASKS_RE = re.compile(r"[?？](?:\s|$)")


def _asks(text: str) -> bool:
    """A line that asks the reader something ("Thoughts? Happy to adjust the numbers.",
    "大家有什么意见？"): a remark about the draft, never an item's wording."""
    return bool(_ASKS_RE.search(text)) and not text[:1].islower()


# A request to the readers opening a line: "pls review before Monday", "Please comment by
# Friday", "FYI —", "lmk if …", "请审阅", "请大家提意见".
_READER_REQUEST_RE = re.compile(
    r"(?:pls|plz|please|kindly|fyi|lmk|let me know|can you|could you|请(?:审阅|查看|大家|各位|帮忙))"
    r"(?![a-z])",
    re.IGNORECASE,
)


def _asks_reader(wording: str) -> bool:
    """A label's wording that only asks the readers to do something with the draft ("pls
    review before Monday's staff mtg"): a note, not an item (decision 205)."""
    return _READER_REQUEST_RE.match(wording.strip(" \t—–-:：*_")) is not None


# A one-line paste that is a message to a reader, not a goal (decision 810): a greeting or
# thanks alone, with at most a name ("Hi Megan!", "Thanks all", "谢谢王总"), or a line that speaks
# of the draft itself ("here are my OKRs", "this is my plan for the quarter", "let me know what
# you think"). A greeting before goal wording ("Hey, grow revenue") still is an objective, and
# so is "Thank every customer who calls" (a verb with its object).
# A chat message's header as Slack or Teams copies it: the speaker's name and the time
# ("Tom Becker  10:47 AM", "Priya 9:05", "王磊  下午 3:12"; decision 1947).
_CHAT_SPEAKER_RE = re.compile(
    # "[10:05] Leo: 👍": a chat log's line, its time in brackets before the speaker
    r"^\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\][ \t]?[^:：\n]{1,30}[:：]"
    r"|^(?:[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){0,2}|[\u4e00-\u9fff]{2,4})[ \t]{1,4}"
    r"(?:(?:上午|下午|晚上|今天|昨天)[ \t]?)?\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?$"
)
_CHAT_LINE_RE = re.compile(
    r"^\W*(?:hi|hello|hey|dear|greetings|thanks|thank you|many thanks|cheers"
    r"|good (?:morning|afternoon)|谢谢|感谢|您好|你好|大家好|各位好)"
    r"(?:\s*[A-Za-z]+(?:\s+[A-Za-z]+)?|[\u4e00-\u9fff]{1,3})?\W*$"
    r"|\b(?:here (?:are|is)|this is|attached (?:are|is)|sharing)\s+(?:my|our|the)\s+"
    r"(?:draft\s+)?(?:okrs?|plans?|drafts?|goals)\b"
    r"|\blet me know what you think\b"
    r"|这是我(?:们)?的(?:OKR|计划|草稿|目标)",
    re.IGNORECASE,
)


# A question to the coach about writing OKRs, pasted alone (decision 6894): "can you help me write
# OKRs for my team?", "How do I write a good key result?", "我想写一个关于提升销售的OKR，怎么写？": a
# help or how word and a word that names OKRs or their parts; the line closes with a question mark
# (tested in `single_line_objective`). "How might we make onboarding delightful?" names no OKR
# word and stays an objective.
_ASKS_HOW_TO_WRITE_RE = re.compile(
    r"\A(?:(?=.*\b(?:how|what|which|help|tips?|ideas?|examples?|can (?:you|u)|could you|should)\b)"
    r".*\b(?:OKRs?|KRs?|key results?|objectives?)\b"
    r"|(?=.*(?:怎么|如何|怎样|能不能|能否|可以帮|帮我|帮忙|请问|求|有没有|什么样))"
    r".*(?:OKR|KR|关键结果|关键成果|目标))",
    re.IGNORECASE,
)


# One clause of small talk to a reader (decision 951): a greeting with at most a name, a
# question about the reader ("how are you", "最近怎么样", "你在吗"), a test line ("testing",
# "测试一下", "hello world"). A paste of one line made only of such clauses is no objective.
_SMALL_TALK_RE = re.compile(
    r"(?:hi|hello|hey|hiya|howdy|dear|greetings|thanks|thank you|many thanks|cheers"
    r"|good (?:morning|afternoon|evening|day)"
    r"|您好|你好|大家好|各位好|嗨|哈喽|哈啰|哈罗|早上好|上午好|下午好|晚上好|早安|晚安|谢谢|感谢)"
    r"(?:\s*[A-Za-z]+(?:\s+[A-Za-z]+)?|[\u4e00-\u9fff]{1,3})?"
    r"|how (?:are|r) (?:you|u|ya|y'all|you all|things)(?: doing| going| today)?"
    r"|how(?:'s| is| are) (?:it going|everyone|everybody|things|life|your day|you)"
    r"|how (?:have|'ve) you been|what'?s up|sup|nice to (?:meet|see) you|good to (?:see|hear from) you"
    r"|(?:i )?hope (?:you(?:'re| are)|all is|everyone is) (?:well|good|doing well|ok)"
    r"|long time no see|(?:are you|anyone|anybody|is anyone) (?:there|around|here)"
    r"|hello world|test(?:ing)?(?: (?:one two|1 2 3|123))?|asdf\w*|lorem ipsum.*"
    r"|(?:你|您)(?:好吗|在吗|在不在|忙吗|是谁|吃了吗|最近(?:怎么样|好吗|还好吗|忙吗))|在吗|在不在|忙吗|吃了吗"
    r"|最近(?:怎么样|好吗|还好吗|忙吗|如何)|好久不见|测试(?:一下)?",
    re.IGNORECASE,
)
_CLAUSE_SPLIT_RE = re.compile(r"[,，.。!！?？;；~～…]+")


def _small_talk(text: str) -> bool:
    """Whether `text` is only small talk: every clause a greeting, a question about the reader
    or a test line ("hello there, how are you", "你好，最近怎么样？"); goal wording in any clause
    ("Hey team, win back every lapsed subscriber") makes it no small talk."""
    clauses = [c.strip(" \t\"'“”‘’()（）*_-—–:：") for c in _CLAUSE_SPLIT_RE.split(text)]
    clauses = [c for c in clauses if c]
    return bool(clauses) and all(_SMALL_TALK_RE.fullmatch(c) for c in clauses)


# A clause that says the page holds nothing ("nothing here", "nothing planned yet", "no plans
# for now", "没什么计划", "暂时没有安排", "这里什么都没有"), or that calls it jottings ("just a few
# notes for the offsite", "quick notes after the standup", "随便写点东西", "随手记一下") (tester35).
_NOTHING_CLAUSE_RE = re.compile(
    r"(?:(?:there(?:'s| is)|we(?:'ve| have)|i(?:'ve| have)|got|so far|still|really)\s+)?"
    r"(?:nothing|no plans?|not much|none)"
    r"(?:\s+(?:here|there|yet|planned|decided|new|else|more|really|much|at all|for now|so far"
    r"|to (?:see|say|report|add|share|review)))*"
    r"|(?:(?:just|only|some|a few|a couple of|my|our|quick|rough|random|loose|scratch)\s+)*"
    r"(?:notes?|jottings?|scribbles?)"
    r"(?:\s+(?:for|from|on|about|after|before|of)\s+(?:the\s+|my\s+|our\s+|this\s+|today'?s\s+)?"
    r"[\w'-]+(?:\s+[\w'-]+)?)?"
    r"|(?:这里|目前|暂时|现在|还|也|都)*(?:没(?:有)?(?:什么|啥)|暂无|没有|(?:啥|什么)(?:都|也)没(?:有)?)"
    r"(?:计划|安排|内容|东西|目标|想法|进展|要写的|可写的)?(?:呢|了|的|哈|啊)?"
    r"|(?:先|就)?(?:随便|随手|简单)(?:写|记)(?:写|记)?(?:点|一点|一下|些|几句)?(?:东西|笔记|想法|内容)?",
    re.IGNORECASE,
)


def _nothing_to_review(text: str) -> bool:
    """Whether a lone line with no label is one or two plain sentences that say there is nothing
    to review: each clause small talk ("hello world", "hi all") or a clause of
    _NOTHING_CLAUSE_RE, one of them at least ("hello world, nothing here", "随便写点东西，没什么
    计划"). As "# Notes" over "Nothing to see here." already was, it is no objective (tester35).
    Goal wording in any clause keeps the line an objective ("Ship nothing broken this quarter",
    "Notes for Q3: win the mid-market")."""
    clauses = [c.strip(" \t\"'“”‘’()（）*_-—–:：") for c in _CLAUSE_SPLIT_RE.split(text)]
    clauses = [c for c in clauses if c]
    if not clauses or len(re.findall(r"[.。!！?？]+(?=\s*\S)", text)) > 1:
        return False  # more than two sentences: not the short note this is about
    return any(_NOTHING_CLAUSE_RE.fullmatch(c) for c in clauses) and all(
        _NOTHING_CLAUSE_RE.fullmatch(c) or _SMALL_TALK_RE.fullmatch(c) for c in clauses
    )


def _prose_like(text: str) -> bool:
    """A sentence of prose: it ends with a full stop and runs to several words or clauses."""
    if not text or text[-1] not in "。.!！?？":
        return False
    return len(text.split()) >= 8 or cjk_count(text) >= 20 or text.count("，") >= 2


# A task box right after an item's label, as a to-do list or a doc's checklist pastes it ("KR2 ☐
# 搭建内容素材库", "KR1：[x] …"): no part of the wording (decision 1785).
_LABEL_BOX_RE = re.compile(r"(?:\[[ xX✓✔]?\]|[☐☑☒✅✔✓])\ufe0f?[ \t]+(?=\S)")


# Words of a request about the draft itself ("Send comments to Dana by Friday", "Share your
# thoughts in the doc", "Review these before …", "提出修改意见后周五前发我"): no item (decision 1782).
_ABOUT_THE_DRAFT_RE = re.compile(
    r"\b(?:comments?|thoughts|feedback|questions|suggestions|input|these|this (?:draft|doc|list|plan)"
    r"|the (?:doc|draft|list|sheet))\b|意见|建议|反馈|想法|看看|评论",
    re.IGNORECASE,
)


# A cadence or a month's deadline opening a Chinese line: "每月", "每两周", "每个季度", "6月底前",
# "年底前", "第二季度内", "Q3前" (decision 1940). A weekday's or a day's ("周五前", "明天") is left
# out: it opens a request about the draft as often as an item.
_CADENCE_LEAD_ZH_RE = re.compile(
    r"(?:每(?:[两二三四五六]?个?(?:天|日|周|星期|礼拜|月|季度|季|学期|年|半年)|半年)"
    r"|(?:\d{1,2}月(?:份)?(?:底|末|中旬|上旬|下旬|初)?|年底|年中|年末|上半年|下半年|Q[1-4]"
    r"|第[一二三四1-4]季度)(?:之前|前|以内|内))[，,、 \t]?"
)
# A verb of one or two characters with how many times it is done: "收集一次", "走访两遍", "复盘1轮",
# "去一次".
_COUNTED_ACT_ZH_RE = re.compile(
    r"[\u4e00-\u9fff]{1,2}(?:[一两二三四五六七八九十]|\d{1,3})[次遍轮场期回趟]"
)
# Words of a request to the reader, which a cadence-led item has none of.
_TO_READER_ZH_RE = re.compile(r"请|大家|告诉我|发给我|发我|私我|找我|给我")


def _cadence_item(t: str) -> bool:
    """A Chinese line that opens with a cadence or a month's deadline and goes on with what is
    done ("每月收集一次菜品意见", "每季度回访一遍全部VIP客户", "6月底前上线会员积分小程序"): an item by
    its shape, whether or not the verb is in the lexicon (decision 1940)."""
    from coach.facts.shape import verb_classes

    m = _CADENCE_LEAD_ZH_RE.match(t)
    if m is None or _TO_READER_ZH_RE.search(t):
        return False
    rest = t[m.end() :]
    verbs = verb_classes("zh")
    return (
        any(rest[:n] in verbs for n in (2, 3, 4))
        or (rest[:1] in verbs and rest[1:2] != "" and rest[1:2] in "熟完会好齐清懂透")
        or _COUNTED_ACT_ZH_RE.match(rest) is not None
    )


# The end of an English key result that is whole: a figure, perhaps with its unit or sign
# ("… to 300ms", "… to 99.95%", "… from 40 to 90", "… by Q3").
_EN_WHOLE_END_RE = re.compile(r"(?:\d(?:[%x]|[a-z]{1,5})?|\bq[1-4])[.;]?$", re.IGNORECASE)
# Words that carry a sentence on: a conjunction or a preposition ("and keep …", "with …").
_EN_GOES_ON_RE = re.compile(
    r"(?:and|or|but|while|whilst|with|without|for|to|by|in|on|at|across|per|of|from|plus|"
    r"as|so|then|via|through|including|excluding|within|under|over)\b"
)


def _en_lost_item(last: str, text: str) -> bool:
    """A lower-case English line under a labelled key result that is an item whose mark was
    lost, not the rest of its sentence (decision 2148): the line above ends whole, on a figure
    ("KR2: Cut p95 latency from 800ms to 300ms"), and the line opens with a verb the lexicon
    knows, not a conjunction or a preposition ("keep error rate under 1%", "reach 25 logos").
    "and keep error rate under 1%" goes on the sentence and joins it."""
    from coach.facts.shape import verb_classes

    t = text.strip()
    if not t or not t[0].islower() or not _latin(t) or not _latin(last):
        return False
    if _EN_GOES_ON_RE.match(t) or not _EN_WHOLE_END_RE.search(last.strip()):
        return False
    words_ = t.split()
    return 2 <= len(words_) <= 15 and words_[0] in verb_classes("en") and bool(re.search(r"\d", t))


def _lost_bullet(text: str) -> bool:
    """A short line that words an item by itself, led by a verb the lexicon knows ("建立错题本制度",
    "Start an error notebook for every pupil"): under a list, after a blank line, it is an item
    whose list mark was lost, not a wrapped line's tail nor a remark (decision 1782). No
    question, request, sign-off or name before a colon; a Chinese tail's opening ("以上人员")
    never is one."""
    from coach.facts.shape import verb_classes

    t = text.strip()
    if not t or _asks(t) or _asks_reader(t) or _CHAT_LINE_RE.search(t) or "?" in t or "？" in t:
        return False
    if _SIGN_OFF_RE.fullmatch(t) or item_prefix(t) is not None or _prose_like(t):
        return False
    cadence = not _latin(t) and 4 <= cjk_count(t) <= 30 and _cadence_item(t)
    if _ABOUT_THE_DRAFT_RE.search(t) and not cadence:
        return False  # "Send comments to Dana by Friday": a request about the draft
    if cadence:
        return True  # "每月收集一次菜品意见" (decision 1940)
    if _latin(t):
        words_ = t.split()
        return 3 <= len(words_) <= 15 and t[0].isupper() and words_[0].lower() in verb_classes("en")
    verbs = verb_classes("zh")
    return (
        4 <= cjk_count(t) <= 30
        and _TAIL_WORD_ZH_RE.match(t) is None
        and (
            any(t[:n] in verbs for n in (2, 3, 4))
            # a verb of one character with its result: "背熟300个术语", "读完12本书" (decision 1880)
            or (t[:1] in verbs and t[1:2] != "" and t[1:2] in "熟完会好齐清懂透")
        )
    )


def _is_tail(text: str) -> bool:
    """A piece that cannot start an item: a character or two, or a closing mark."""
    return len(text) <= 2 or text[0] in "）)]】，,、。.;；%％"


# Full-width letters and digits as a Chinese keyboard types them ("ＫＲ１：", "Ｏ２"), folded
# one to one (same length, so offsets hold) for matching labels.
_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp - 0xFEE0).isalnum()}
_HALF_WIDTH = Translation(_FULL_WIDTH)  # `translate(_FULL_WIDTH)`, skipped where none is


# LIST_RE is asked of the same line's text from several places (line, bare_label, _split_inline,
# list_intro, _label_sections, measure_of_named_kr: about 3 asks each a line; BARE_LABEL_RE's
# cache is `_bare_label` above); a builder's label is asked whether it is a bare list marker more
# than 20 times a draft. The answer is a read-only match of the text alone: worked out once;
# bounded (issue 13).
_list_match = lru_cache(maxsize=512)(LIST_RE.match)


# The parser asks about a line's label from several places (about 17 asks of 6 lines a draft,
# each ask 2-6 µs of anchored label patterns): a line's answer is worked out once. The answer
# is read-only (a tuple holding a match); bounded, and a fresh draft's lines fill it anew.
@lru_cache(maxsize=512)
def match_label(text: str) -> tuple[str, re.Match[str], int, str] | None:
    """The label an item line starts with: (kind, match, where the label starts, who).

    `who` is a role or team written before the label ("Sales — O1:" gives "Sales"); the
    match is against `text[where:]` with full-width letters and digits folded.
    """
    text = _HALF_WIDTH(text)
    for kind, pattern in (("objective", OBJECTIVE_RE), ("kr", KR_RE)):
        m = pattern.match(text)
        if m:
            if kind == "objective" and _names_objectives(text, m):
                return None
            return kind, m, 0, ""
    ask = _ASKS_ABOUT_LABEL_RE.match(text)
    if ask is not None:
        # "can u check my KR: grow revenue 20%", "帮我看下这个KR：营收增长20%": a chat message
        # asking to check the item after it, no role; the label is the item's (decision 6890)
        rest = text[ask.end() :]
        for kind, pattern in (("objective", OBJECTIVE_RE), ("kr", KR_RE)):
            m = pattern.match(rest)
            if m and m.end() < len(rest) and re.search(r"[:：\-–—]", m.group(0)):
                return kind, m, ask.end(), ""
    rm = ROLE_BEFORE_LABEL_RE.match(text)
    # "Engineering alignment: Objective #1: …" names what the item serves, no role (1944);
    # "OKR (Objectives & Key Results): Q3": a label inside a bracket opened before it spells
    # out a name, no role (decision 2060)
    if (
        rm
        and not _NOTE_WORDS_RE.match(rm.group("who").strip(" *_"))
        and not _opens_bracket(rm.group("who"))
        # "nice — maybe add a KR about accessibility?": an article before "KR" makes it a noun
        # in a sentence, no label after a role (decision 2773)
        and not _DETERMINER_END_RE.search(rm.group("who"))
        # "删除 O1 白名单中的条目", "关闭 KR3 遗留的开关": a verb with only a blank before the
        # label acts on the item it names, a key result's wording, no role (decision 4483)
        and not _verb_before_label(rm)
    ):
        rest = text[rm.end() :]
        for kind, pattern in (("objective", OBJECTIVE_RE), ("kr", KR_RE)):
            m = pattern.match(rest)
            if (
                m
                and kind == "objective"
                and rm.group("who").endswith("个人")
                and not re.search(r"[:：]", m.group(0))
            ):
                # "3月份个人目标 —— 实习生 李想": a personal set's title and its person after a
                # dash, not an objective under the level word 个人 (decision 5585)
                return None
            if m and m.end() < len(rest):
                who = rm.group("who").strip()
                lm = LIST_RE.match(who)  # "1. Sales KR: …": the list marker is no part of who
                who = who[lm.end() :] if lm and lm.end() < len(who) else who
                if _STATUS_BEFORE_LABEL_RE.fullmatch(who.strip(" *_[]【】()（）")):
                    # "ACHIEVED Key Result 1.1: …", "[Done] KR2: …": a results page's status
                    # before the label says how far the item got, no role (decision 5478)
                    who = ""
                return kind, m, rm.end(), who
    return None


# A status a results page writes before an item's label (decision 5478): "ACHIEVED Key Result
# 1.1: …", "PARTLY ACHIEVED KR 2.3: …", "Done — KR3: …". (A Chinese status before
# the label, "已完成 — KR1：…", was already no owner: the owner reader finds no name in it.)
# The statuses a status line names (`_STATUS_LINE_RE`), and a results page's outcomes beside them.
_STATUS_BEFORE_LABEL_RE = re.compile(
    rf"{_STATUS_LINE_RE.pattern}"
    r"|(?:(?:partially|partly|mostly|fully|not(?:\s+yet)?)\s+)?"
    r"(?:achieved|met|missed|exceeded|dropped|cancell?ed|abandoned|delayed|blocked|paused|"
    r"deferred|started)",
    re.IGNORECASE,
)


def _verb_before_label(rm: re.Match[str]) -> bool:
    """Whether the words before a label are one verb of `label_reference_verbs`, set off from the
    label by blanks only (no dash, bar or colon): "删除 O1 …", "Remove O1 …" (decision 4483)."""
    tail = rm.string[rm.end("who") : rm.end()]
    if not tail or tail.strip():
        return False  # glued ("公司O1：") or set off by a dash, a bar, a colon or a bracket
    who = rm.group("who").strip(" *_")
    lm = LIST_RE.match(who)
    if lm is not None:
        who = who[lm.end() :].strip()
    lang = "en" if who.isascii() else "zh"
    return who.lower() in word_set("label_reference_verbs", lang)


# A chat message's request to check the item its label opens (decision 6890): "can u check my
# KR: …", "pls review this objective: …", "Thoughts on my KR - …", "帮我看下这个KR：…",
# "麻烦看看我的目标：…". The request and a "my", "this" or "our" before the label; only a label
# with its colon follows (tested in `match_label`).
_ASKS_ABOUT_LABEL_RE = re.compile(
    r"^\W{0,3}(?:(?:hi|hey|hello)\b[\w ]{0,12}?[,!.]?\s*)?"
    r"(?:(?:can|could|would|will)\s+(?:u|you|someone|anyone)\s+(?:pls\s+|please\s+|quickly\s+)?"
    r"|(?:pls|plz|please|kindly)\s+)?"
    r"(?:check|review|look\s+(?:at|over)|have\s+a\s+look\s+at|take\s+a\s+look\s+at|rate|grade"
    r"|critique|sanity[- ]check|go\s+over|give\s+feedback\s+on|feedback\s+on|thoughts\s+on)"
    r"\s+(?:my|this|our)\s+(?=KR|Key [Rr]esult|[Oo]bjective)"
    r"|^(?:请|麻烦|帮忙|帮我|请帮我|麻烦帮我|能不能帮我|可以帮我)?"
    r"(?:看看|看下|看一下|看一看|检查一下|检查|评估一下|点评一下|点评|评一下|改改|改一下)"
    r"(?:我的|我们的|这个|这条|下面的|下面这个)(?=KR|关键结果|关键成果|目标)",
    re.IGNORECASE,
)


# A lower-case article or determiner closing the words before a label: "… add a", "… the",
# "… one more", "… 一个" (decision 2773).
_DETERMINER_END_RE = re.compile(
    r"(?:^|\s)(?:a|an|the|one|another|each|every|this|that|these|those|more|new|our|your|their|"
    r"my|its|any|some|no|per|which|what)\s*$|(?:一个|一条|这个|那个|每个|几个|哪个)\s*$"
)


def _names_objectives(text: str, m: re.Match[str]) -> bool:
    """ "Cycle Objective(s):", "Team Objective(s)" alone on the line: words before a plural
    label that name the objectives listed below, as "Cycle Objectives:" does — no label of one
    objective with its wording missing (decision 2301). "Objective(s):" with no word before it
    stays the bare label (BARE_LABEL_RE)."""
    return (
        m.start() == 0
        and _PLURAL_OBJECTIVES_END.search(text) is not None
        and not text[m.end() :].strip(" *_:：")
        and bool(re.match(r"[*_ \t]*[A-Za-z]", text))
        and not re.match(r"[*_ \t]*objective", text, re.I)
    )


def _opens_bracket(who: str) -> bool:
    """Whether `who` leaves a round bracket open: the label after it is inside the bracket."""
    return who.count("(") + who.count("（") > who.count(")") + who.count("）")


_SET_HEADER_RE = re.compile(r"OKRs?\W*$", re.IGNORECASE)
_OBJECTIVE_WORD_RE = re.compile(r"目标|objective|goal", re.IGNORECASE)


def _set_header(text: str, found: tuple[str, re.Match[str], int, str] | None) -> bool:
    """Whether a line is "Q1 OKR：" / "Marketing OKRs:" with nothing after it: it names the set
    of OKRs below it (an "X OKR: wording" line with words after the colon is an objective).
    `found` is the line's `match_label`, which the caller has read already."""
    if found is None or found[0] != "objective":
        return False
    label = text[: found[2] + found[1].end()]
    rest = text[len(label) :]
    return (
        not rest.strip("*_ ")
        and bool(_SET_HEADER_RE.search(label))
        and not _OBJECTIVE_WORD_RE.search(label)
    )


def _names_okrs(text: str) -> bool:
    """Whether a line names a set of OKRs ("Q3 OKRs", "我的OKR") rather than measures one or
    makes the OKR method its work ("落地OKR管理制度", "全员推行OKR")."""
    return (
        bool(TITLE_RE.search(text))
        and not _MEASURED_RE.search(text)
        and not _OKR_AS_WORK_RE.search(text)
    )


def looks_like_title(text: str) -> bool:
    """A line that names a set rather than states an objective ("My Q4 goals (Lee)")."""
    t = text.strip("*# ")
    if len(t) > 100 or (t and t[-1] in _TERMINAL):  # a remark after the dash may run long (2202)
        return False
    if _names_okrs(t) or _NAME_DASH_PERIOD_RE.match(t) or _NAME_DASH_WHAT_WE_RE.match(t):
        return True
    if _GOAL_VERB_RE.match(t):
        return False
    if _NAME_DASH_TERM_RE.match(t) or _UNIT_PERIOD_TITLE_RE.match(t):
        return True
    if _SET_TITLE_RE.search(t) and _SET_TITLE_HINT_RE.search(t):
        return True
    return _set_word_period(t)


def _set_word_period(t: str) -> bool:
    """ "City Library - objectives 2027 first semester": the set's word, then a period of several
    words (a term, a semester, a season, a school year), after a short name (decision 3360)."""
    m = _SET_WORD_PERIOD_RE.search(t)
    return m is not None and _SET_NAME_BEFORE_RE.search(t[: m.start()]) is not None


_UNIT_WORDS_RE = re.compile(
    r"^(?:the\s+)?(?:[A-Za-z&/]+\s+){0,2}(?:sales|marketing|engineering|product|design|data|hr|people|"
    r"finance|legal|ops|operations|support|customer success|success|cs|it|security|platform|growth|"
    r"infra(?:structure)?|sre|devops|recruiting|talent|brand|content|partnerships?|bd|research|"
    r"analytics|qa|quality|procurement|supply chain|logistics|team|department|squad|org|division)$"
    r"|^[\u4e00-\u9fff]{0,8}(?:部|组|团队|中心|部门|事业部|委员会|办公室|科|处|室|车间|工厂|门店|分公司)$"
    r"|^(?:销售|市场|营销|研发|技术|产品|设计|数据|人力|人事|财务|法务|运营|客服|客户成功|行政|采购|质量|生产|"
    r"品牌|内容|安全|测试|运维|供应链|物流|招聘|培训|公司|集团|个人)$",
    re.IGNORECASE,
)


_LEADING_PERIOD_RE = re.compile(
    r"^(?:(?:19|20)\d\d[ \t]?年?度?[ \t]?)?(?:第?[一二三四1-4][ \t]?季度|[QH][1-4]|[上下]半年)"
    r"(?:[ \t]?(?:19|20)\d\d)?[ \t]{0,2}(?:[-–—|·][ \t]{0,2})?(?=\S)"
)


def looks_like_unit(text: str) -> bool:
    """A section named after a team, a role or a person: "Sales (Sarah)", "## 市场部（李娜）",
    "Platform team", "客服中心" — not an objective, even with a list under it."""
    t = re.sub(r"\s*[（(][^()（）]{1,30}[)）]\s*$", "", text.strip("*#: ：")).strip()
    # "2027年一季度 运营部", "Q1 2027 — Warehouse team": the set's period before the unit's name
    # (decision 5823)
    t = _LEADING_PERIOD_RE.sub("", t, count=1) or t
    # "Sales - Sarah", "Design — Mia": a unit, then whose; a hyphen inside a word joins it
    # ("product-direction" is a slug, not "product" and a name: decision 540).
    t = re.sub(r"\s*(?:[–—·|]|(?<=\s)-|-(?=\s))\s*.{0,30}$", "", t).strip() if len(t) > 2 else t
    if not (t and len(t) <= 30 and _UNIT_WORDS_RE.match(t)):
        return False
    return not _verb_before_unit(t)


def _verb_before_unit(text: str) -> bool:
    """ "Scale current platform", "Grow the product": a verb of the lexicon leads the words before
    the unit's name, so the line states work on it and is no team's name (decision 1055). A
    first word that names a unit itself ("Design team", "Support team") stays a name."""
    from coach.facts.shape import verb_classes

    first, _, rest = text.partition(" ")
    return bool(rest) and first.lower() in verb_classes("en") and not _UNIT_WORDS_RE.match(first)


def _states_objective(text: str) -> bool:
    """A heading or line that reads as an objective even with a two-level list under it (whose
    inner items are then key results too): a role before a colon and a sentence after it
    ("CEO: Grow incremental ACV according to plan"), or a long sentence."""
    t = text.strip("*_ ")
    if META_LINE_RE.match(t):
        # "Owner: Dr. Aisha Khan, Head of Research Services" under a title: the set's owner,
        # however long (decision 1571).
        return False
    who = item_prefix(t)
    rest = t[len(who) + 1 :].strip() if who is not None else t
    if who is not None and len(rest.split()) >= 3:
        return True
    return len(t.split()) >= 7 or cjk_count(t) >= 16


def item_prefix(text: str) -> str | None:
    """The role or team before a colon that starts a key result's line, if there is one."""
    m = ITEM_PREFIX_RE.match(text)
    if not m:
        return None
    who = m.group("who").strip().strip("*")
    if not who or _NOTE_WORDS_RE.match(who) or META_LINE_RE.match(text):
        return None
    if who.replace(" ", "").isdigit() or len(who.split()) > 4 or cjk_count(who) > 12:
        return None
    return who


def _marker_style(marker: str) -> str:
    """The kind of a list marker, so that a list of another kind nests under it: "1." and "1、"
    are one style; "一、", "（一）", "（1）", "①", "a.", "- " and "•" are each their own."""
    m = marker.strip()
    if len(m) > 2 and m.startswith("**"):
        m = m.strip("*")  # "**1.**": a number in bold
    if not m:
        return ""
    if re.match(r"\d{1,2}\.\d", m):
        return "outline"
    if "\u2474" <= m[0] <= "\u249b" or "\u3220" <= m[0] <= "\u3229":
        return "number-char"
    if m[0].isdigit():
        return "num"
    if m[0] in "（(":
        return "zh-paren" if m[1:2] in _ZH_ORD else "num-paren"
    if m[0] in _ZH_ORD:
        return "zh"
    if m[0] in _CIRCLED:
        return "circled"
    if m[0] == "[" or "[" in m:
        return "check"
    if re.fullmatch(r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[.)]", m):
        return "roman"  # "i." "ii." "iii." — a level of its own under "a."
    if m[0].isascii() and m[0].isalpha():
        # "A."/"I."/"II." (upper case and Roman numerals) and "a." are two levels.
        return "alpha" if m[0].islower() else "upper"
    if m[0] in "-*+–—" or m[0] in _SYMBOLS:
        return "bullet" + m[0]
    return "emoji"


# A group's name among key results, in Chinese: "技术类", "运营方面", "学习篇".
_GROUP_ZH_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:类|篇|方面|维度|板块|模块|部分)$")
# What stands before the group word when the line is a count or a cadence, not a name:
# "每周写两篇", "上线三个模块", "完成大部分".
_GROUP_ZH_COUNT_RE = re.compile(r"(?:[一二两三四五六七八九十百千几多大]个?|每.{0,4})$")


def _zh_group_form(text: str) -> bool:
    """Whether a Chinese line has a group's form ("学习篇", "技术类", "核心业务模块"), not a key
    result that ends in the same word: a count ("英语每周写两篇") or a verb with its object
    ("完成支付模块": jieba's first word a verb and a word after it; "重构薪资计算模块": three
    words or more before the group word)."""
    if not _GROUP_ZH_RE.match(text):
        return False
    head = re.sub(r"(?:类|篇|方面|维度|板块|模块|部分)$", "", text)
    if _GROUP_ZH_COUNT_RE.search(head):
        return False
    words = tokenize(head, "zh")
    # A name is a word or two ("核心业务"); three or more read as a clause ("重构薪资计算").
    return len(words) <= 2 and not (len(words) == 2 and words[0].pos == "v")


def _names_group(text: str) -> bool:
    """A group's name by its form alone: "学习篇", "技术类：", "Quality:"."""
    t = text.strip("*_ ")
    return _zh_group_form(t.rstrip(":：")) or (
        t.endswith((":", "：")) and _group_name(t, colon=True)
    )


def _group_name(text: str, colon: bool, most: int = 3) -> bool:
    """Whether a line (a list item's text) only names a group of the key results under it
    ("- Features", "技术类：", "**Quality:**"): a few words (at most `most`) without a figure
    or a stop. With `colon`, an English name must end with a colon (a plain short line may be
    a key result)."""
    t = text.strip("*_ ")
    ends_colon = t.endswith((":", "："))
    t = t.rstrip(":：").strip("*_ ")
    if not t or any(c.isdigit() for c in t) or t[-1] in _TERMINAL or match_label(t):
        return False
    if cjk_count(t):
        return _zh_group_form(t) or (ends_colon and cjk_count(t) == len(t) <= 6)
    words = t.split()
    return (
        (ends_colon or not colon)
        and len(words) <= most
        and len(t) <= 10 * most
        and t[0].isupper()
        and all(w[0].isalpha() or w == "&" for w in words)
    )


# An arrow from a label to the OKR it serves ("KR 1 → Company O2", "KR2 -> 公司目标1").
_POINTS_TO_OKR_RE = re.compile(
    r"^(?:→|->|=>|⇒|➜|➔|⟶)\s?(?:[\w&'’.\-]{1,20}\s){0,3}?(?:O\d|OKR|objective|目标|goal)",
    re.IGNORECASE,
)


_KR_SECTION_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _names_kr_section(found: tuple[str, re.Match[str], int, str], t_body: str) -> bool:
    """Whether a heading read as an unnumbered key result names a section about the key results:
    "## 本轮 KR 映射", "### KR 拆解" (a word or two after a bare "KR", no colon, no figure;
    decision 302). "## KR1 …" and "## KR：…" stay key results."""
    kind, m, off, _who = found
    label = m.group(0)
    if (
        kind != "kr"
        or re.search(r"\d|[:：]", label)
        or not label.lstrip("*_-•· ").upper().startswith("KR")
    ):
        return False
    return bool(_KR_SECTION_RE.fullmatch(t_body[off + m.end() :].strip()))


def _points_to_okr(wording: str) -> bool:
    return bool(_POINTS_TO_OKR_RE.match(wording))


# A line that dates the draft ("Updated 3 May", "As of week 6", "截至6月30日"), not an item.
_DATED_RE = re.compile(
    r"^(?:(?:last )?updated|as of|edited|revised|更新于?|截至|截止到)\b", re.IGNORECASE
)


def _label_period(text: str) -> bool:
    """Whether a key-results label alone on its line holds a period in brackets after its word:
    "**Key Results（上线后 30 天）**", "关键结果（Q3）：", "Key results (H1 2026):" (decision 1907)."""
    from coach.facts.timeframes import has_deadline

    m = re.search(r"[（(](?P<in>[^()（）\n]{1,30})[)）]", text)
    if m is None:
        return False
    inner = m.group("in")
    return has_deadline(inner, "zh" if _HAN_RE.search(inner) else "en")


def _article_section(lines: list[_Line], idx: int, wording: str) -> bool:
    """Whether line `idx`, numbered "1.2" with `wording` after the number, is an article's section
    heading (decision 1904): a line of its own (no list mark), a short phrase with no figure, set
    apart by a blank line from a paragraph of prose below it."""
    ln, nxt = lines[idx], _next_line(lines, idx)
    return (
        LIST_RE.match(ln.text) is None
        and 2 <= len(wording.strip()) <= 30
        and not fb.has_figure(wording)
        and nxt is not None
        and nxt.blank_before
        and match_label(nxt.text) is None
        and LIST_RE.match(nxt.text) is None
        and _prose_like(nxt.text)
    )


def _next_line(lines: list[_Line], idx: int) -> _Line | None:
    return lines[idx + 1] if idx + 1 < len(lines) else None


_TERMINAL_END_RE = re.compile(r"[。！!？?.]$")
_INNER_STOP_RE = re.compile(r"[。！？!?；;]|\.\s")


def _heads_labelled(lines: list[_Line], j: int) -> bool:
    """Whether line `j` is a short unstopped line right over a labelled item's line."""
    if j + 1 >= len(lines) or lines[j + 1].blank_before:
        return False
    t = lines[j].text.strip()
    return (
        bool(t)
        and _TERMINAL_END_RE.search(t) is None
        and match_label(t) is None
        and match_label(lines[j + 1].text.strip()) is not None
    )


def _sentence_lines(lines: list[_Line], start: int) -> list[int]:
    """The lines from `start` on, up to a blank line, that each state one short sentence with no
    list mark, label or heading (decision 4953). All end in a stop ("。", "！", ".") or none does;
    an unstopped line right over a labelled line heads that item ("两个例子" over "目标：…")."""
    run: list[int] = []
    stopped: bool | None = None
    for j in range(start, len(lines)):
        ln = lines[j]
        t = ln.text.strip()
        if (run and ln.blank_before) or not t or _heading_body(ln.text)[1] or _list_match(ln.text):
            break
        if match_label(t) is not None or _bare_label(t) or t.endswith((":", "：")):
            break
        ends = _TERMINAL_END_RE.search(t) is not None
        body = t.rstrip("。！!？?.")
        size = cjk_count(body) + len(re.findall(r"[A-Za-z]+", body))
        if not 2 <= size <= 30 or _INNER_STOP_RE.search(body):
            break
        if stopped is not None and ends != stopped:
            break
        if not ends and _heads_labelled(lines, j):
            break
        stopped = ends
        run.append(j)
    return run


def _is_list_like(ln: _Line | None) -> bool:
    if ln is None:
        return False
    t, off = _heading_body(ln.text)
    found = match_label(t)
    if off and found is not None and _names_kr_section(found, t):
        return False  # "## 本轮 KR 映射": a heading over the key results, not one of them
    return bool(LIST_RE.match(ln.text)) or (found is not None and found[0] == "kr")


def _bold_group_over_list(lines: list[_Line], j: int) -> bool:
    """Whether line `j` is a bold name of a few words alone on its line ("**Movement and
    routine**") with a list right under it: under a "Key Results" label it names a group of
    the key results below, not an objective of its own."""
    if j + 1 >= len(lines):
        return False
    ln, nxt = lines[j], lines[j + 1]
    m = _BOLD_LINE_RE.match(ln.text)
    return (
        m is not None
        and match_label(m.group("inner")) is None
        and _group_name(m.group("inner"), colon=False, most=6)
        and not nxt.blank_before
        and _is_list_like(nxt)
    )


def _is_kr_label_right_after(ln: _Line | None) -> bool:
    if ln is None or ln.blank_before:
        return False
    body = _heading_body(ln.text)[0]
    found = match_label(body)
    return (
        found is not None
        and found[0] == "kr"
        and not _points_to_okr(body[found[2] + found[1].end() :])
    )


def _unnumbered_label(text: str) -> bool:
    """Whether `text` opens with a label that carries no number of its own ("Goal: …",
    "**Objective:** …", "目标：…"): a numbered line over it, past a blank line, is a theme
    (decision 4621); one over "Objective 3: …" goes on from the list above it."""
    found = match_label(text)
    return found is not None and not _LABEL_ORDINAL_RE.search(found[1].group())


_LABEL_ORDINAL_RE = re.compile(r"[0-9一二三四五六七八九十]")


def _label_kind(text: str) -> str | None:
    found = match_label(text)
    return found[0] if found else None


# A key result's own label word: "KR1:", "Key Result 2:", "关键结果1：", "KR 1.2" (decision 5824).
_KR_LABEL_WORD_RE = re.compile(
    r"\bKRs?(?![A-Za-z])|\bkey\s?results?(?![A-Za-z])|关键结果|关键成果", re.I
)


# A goal's label with the kind of goal before it: "LEARNING GOAL:", "Learning goal:" (5827).
_QUALIFIED_GOAL_RE = re.compile(
    r"[*_ \t]{0,3}(?:learning|stretch|development|skills?|process|input|output|health|habit)"
    r"[ \t]goal[ \t]?[:：]",
    re.I,
)


def _measured_box(text: str) -> bool:
    """A checklist item whose wording states a figure ("- [ ] Laptop ready from 70% to 100%")."""
    lm = LIST_RE.match(text)
    return (
        lm is not None
        and _CHECKBOX_RE.search(lm.group("marker")) is not None
        and _DIGIT_RE.search(text, lm.end()) is not None
    )


def _unmeasured_box(text: str) -> bool:
    """A checklist item with no figure and no label ("  - [ ] order laptops two weeks ahead")."""
    lm = LIST_RE.match(text)
    return (
        lm is not None
        and _CHECKBOX_RE.search(lm.group("marker")) is not None
        and _DIGIT_RE.search(text, lm.end()) is None
        and match_label(text[lm.end() :]) is None
    )


def _heads_nested_items(ln: _Line, nxt: _Line) -> bool:
    """Whether the deeper line `nxt` under list item `ln` is a labelled key result ("KR: …",
    "1. Distribution KR: …") or, under a bold item, a bold item ("1. **Sales: …**")."""
    nm = LIST_RE.match(nxt.text)
    rest = nxt.text[nm.end() :] if nm else nxt.text
    if _label_kind(nxt.text) == "kr" or _label_kind(rest) == "kr":
        return True
    lm = LIST_RE.match(ln.text)
    bold = ("**", "__")
    return (
        nm is not None
        and lm is not None
        and ln.text[lm.end() :].startswith(bold)
        and (rest.startswith(bold))
    )


_LABEL_NUMBER_RE = re.compile(r"(\d{1,3})\D*$")


def _skips_one(label: str, next_text: str) -> bool:
    """Whether the next line's key-result label is numbered two after `label` ("KR1" then
    "KR3"): the line between them is the key result whose label was left out (decision 195)."""
    found = match_label(next_text)
    if not label or found is None or found[0] != "kr":
        return False
    a = _LABEL_NUMBER_RE.search(_HALF_WIDTH(label))
    b = _LABEL_NUMBER_RE.search(found[1].group(0))
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 2


def _heading_body(t: str) -> tuple[str, int]:
    """The text after a Markdown heading's hashes (and closing hashes), and its offset."""
    hm = HEADING_RE.match(t)
    if not hm:
        return t, 0
    body = t[hm.end() :]
    closing = re.search(r"\s+#+$", body)
    if closing:
        body = body[: closing.start()]
    return body, hm.end()


# A label in the middle of a line, after a stop or a space: "O1: 提升满意度 KR1: NPS到50 KR2: …",
# "目标：X。关键结果：…" (a web page or a PDF that lost its line breaks).
INLINE_LABEL_RE = re.compile(
    # "…可设为:KR1=日均访客达800人;KR2=…" (decision 925)
    r"(?<=[\s。；;，,!！?？)）:：])(?=KR\s?\d{1,2}\s?[=＝]\s?[^\s\d.=])"
    # "**Objective:** X **Key results:** a; b": a bold label mid-line too (decision 3660)
    r"|(?<=[\s。；;，,!！?？)）])(?=(?:\*\*)?(?:(?:关键(?:结果|成果)\s?)?KR\s?\d{1,2}(?:\.\d{1,2})?\s?[:：)）]"
    r"|关键(?:结果|成果)\s?(?:[（(][^()（）]{1,6}[)）])?\s?\d{0,2}(?:[.\-]\d{1,2})?\s?[:：]"
    r"|key results?\s?\d{0,2}\s?:|O\d{1,2}\s?[:：]|目标\s?(?:[（(][^()（）]{1,20}[)）])?\s?\d{0,2}\s?[:：]"
    r"|objective\s?\d{0,2}\s?:))",
    re.IGNORECASE,
)
# "… for all ", "… for each of the ", "… of every " just before a key result label mid-line: a
# field for every key result ("Due for all key results: 30 September", decision 5974).
_FOR_ALL_BEFORE_RE = re.compile(
    r"\b(?:for|of)[ \t](?:all|every|each)(?:[ \t]of)?(?:[ \t]the)?[ \t]$", re.IGNORECASE
)
# INLINE_LABEL_RE's places, found as the stop or space before each (the match is that one
# character; the place is its end): the pattern opens with the class of those characters, which
# the engine scans for in C, where INLINE_LABEL_RE's look behind was tried at every position
# (issue 13). The second alternative's set lacks the colons: `(?<![:：])` after the character.
_INLINE_LABEL_AFTER_RE = re.compile(
    r"[\s。；;，,!！?？)）:：](?:(?=KR\s?\d{1,2}\s?[=＝]\s?[^\s\d.=])"
    r"|(?<![:：])(?=(?:\*\*)?(?:(?:关键(?:结果|成果)\s?)?KR\s?\d{1,2}(?:\.\d{1,2})?\s?[:：)）]"
    r"|关键(?:结果|成果)\s?(?:[（(][^()（）]{1,6}[)）])?\s?\d{0,2}(?:[.\-]\d{1,2})?\s?[:：]"
    r"|key results?\s?\d{0,2}\s?:|O\d{1,2}\s?[:：]|目标\s?(?:[（(][^()（）]{1,20}[)）])?\s?\d{0,2}\s?[:：]"
    r"|objective\s?\d{0,2}\s?:)))",
    re.IGNORECASE,
)
# An objective's label just inside an opening quote in a sentence, the quote holding its key
# results too: "设定OKR‘O1:缩短需求响应时间;KR1:90%需求在15分钟内分配’" (decision 925).
_QUOTED_LABELS_RE = re.compile(
    r"[‘“「](?P<in>(?:O\s?\d{0,2}|目标\s?\d{0,2})\s?[:：][^‘’“”「」\n]{2,200}?"
    r"[;；，,\s](?:KR\s?\d{0,2}|关键(?:结果|成果)\s?\d{0,2})\s?[:：][^‘’“”「」\n]{2,200}?)[’”」]"
)
# (The three patterns below are zero-width tests of one position, in an order that does not
# change what they find: the rare label ahead ("KR", a digit) is tested first, the common stop or
# space behind it only where that holds. INLINE_LABEL_RE keeps its order: its alternation of
# labels ahead costs more at every position than the one set behind.)
# "O1: 提升用户留存 - KR: 30日留存从35%到45%": an unnumbered "KR:" after a dash on the objective's
# line (a review's one-line summary of each objective and its key result; decision 299).
_DASH_KR_RE = re.compile(r"(?=KR\s?[:：]\s?\S)(?<=\s[-–—]\s)")
# "canteen okr: healthier lunches. kr: more kids eat veg": an unnumbered "KR:" after the
# objective's sentence on its line starts its key result (decision 958).
_SENTENCE_KR_RE = re.compile(
    r"(?=KRs?\s?[:：]\s?\S)(?:(?<=[.!?;]\s)|(?<=[。！？；]))", re.IGNORECASE
)
# "关键结果：1、招聘10人；2、缩短周期；3、…": numbered key results run together after a label.
# "关键结果：1、灰度发布 2、崩溃率低于0.1% 3、…": "N、" after a space runs them together too.
INLINE_NUMBER_RE = re.compile(
    r"(?=\d{1,2}(?:、|[.．)）](?!\d)))(?:(?<=[:：；;。])|(?<=[:：；;。]\s)|(?<=\S\s)(?=\d{1,2}、)"
    # "Key results: 1. Cut wait times 2. Double sign-ups": "N. " and a capital (decision 3660)
    r"|(?<=\S\s)(?=\d{1,2}\.\s[A-Z]))"
)


# "比如:", "例如：", "e.g.:" before an item's label on the same line (decision 741).
_EXAMPLE_LEAD_RE = re.compile(
    r"(?:比如|例如|譬如|举例|举个例子|e\.g\.)\s*[:：，,]\s*", re.IGNORECASE
)
# "以家居类目卖家为例,其Q2 OKR可设定如下:Objective:X。": a clause that announces the set ("…如下:")
# right before the objective's label is a line of its own, as a title over the set would be: the
# item starts at its label, and the clause's period ("Q2") still covers the set (decision 1900).
_SET_LEAD_RE = re.compile(
    r"^[^:：\n]{2,60}?如下\s?[:：]\s?(?=(?:objective|目标|O)\s?\d{0,2}\s?[:：])", re.IGNORECASE
)
# "…。对应KR包括:KR1:A;KR2:B", "…。关键结果如下：KR1：A；KR2：B": a lead naming the key results
# after the objective's sentence, closed by a colon right before the first numbered label. The
# label starts a key result; the lead belongs to neither item (decision 1901).
_KR_LEAD_INLINE_RE = re.compile(
    r"(?<=[。.；;，,])\s?(?:对应的?|其)?(?:KRs?|关键(?:结果|成果)|key results?)"
    r"(?:包括|包含|有|如下|可设为|设为|为|是)?\s?[:：]\s?(?=KR\s?\d{1,2}\s?[:：])",
    re.IGNORECASE,
)
# "O1：提升用户留存率（KR: 30 日留存从 35% 提升到 45%）": the objective's one key result in a bracket
# that closes the line; the bracket is neither's wording (decision 1909, as 1816 reads
# "目标一：X（关键结果：a；b）").
_BRACKET_KR_RE = re.compile(
    r"[（(](?=(?:KRs?|关键(?:结果|成果))\s?\d{0,2}\s?[:：]\s?[^（()）\n]+[)）][。.;；]?$)"
)
# "O1：X；KR1 DAU 2万；KR2 NPS ≥ 52": numbered key-result labels with no colon, each after a stop
# on the objective's line (decision 1902). Two or more, numbered from one, or none is cut.
_BARE_KR_INLINE_RE = re.compile(r"(?<=[；;。])\s?(?=KR\s?(?P<n>\d{1,2})\s(?=[^\s:：]))")
# A list item's wording wholly inside one pair of quotes: "“提升团队的客户满意度”" (decision 742).
_QUOTED_ITEM_RE = re.compile(r"^[“「『](?P<inner>[^“”「」『』\n]{2,200})[”」』][。.;；]?$")
# A guide's numbered step of writing OKRs ("2.1 确定目标", "3. 确定关键结果", "2. 制定具体目标",
# "2.3 确定时间范围"): the article's section, not an item (decision 740; decision 297 reads it so
# only above labelled objectives).
_OKR_STEP_RE = re.compile(
    r"^(?:第[一二三四五六七八九十]步[:：、]?\s*|\d{1,2}(?:\.\d{1,2})?[.、．]?\s*)"
    r"(?:确定|制定|设定|设置|明确|撰写|定义|拆解|分解|确认)"
    r"[\u4e00-\u9fffA-Za-z]{0,4}?(?:目标|关键(?:结果|成果)|KRs?|OKRs?|时间范围|行动计划|实施计划)"
    # "1. 设定目标(Objective)", "2. 制定关键结果(Key Results)": the English name in brackets
    # after the step (decision 922).
    r"(?:\s?[（(][A-Za-z ]{2,20}[)）])?$"
    # "Step 3: Create Key Result.", "Step 1: Identify your Goal.": a lesson's step of writing
    # the set (decision 1913)
    r"|^step\s?\d{1,2}\s?[:.)-]\s?(?:create|write|set|define|identify|draft|choose|add|pick)"
    r"\s(?:(?:your|the|a|an|one|some)\s)?(?:objectives?|goals?|key\s?results?|krs?|okrs?)[.:]?$",
    re.IGNORECASE,
)
# "假设 O 是打破部门季度销售纪录;而 KR 部分,我见过以下 3 种写法:", "比如 O 为X，KR 如下：": a sentence
# that names the objective with "O 是/为" and ends leading in to the key results (decision 929).
_O_IS_LEAD_RE = re.compile(
    r"(?:^|[\s,，;；。])(?-i:O)\s?(?:是|为)\s?(?P<o>[^\s,，;；。:：][^,，;；。:：\n]{2,39})[,，;；。]"
    r"[^\n]*(?:KR|关键(?:结果|成果))[^\n]*[:：]$"
)
# A sentence that quotes its objective right before a role word and the colon that ends it:
# "某农村小学制定了“农耕文化育人”特色发展目标:", "学校提出“让每个孩子爱上阅读”的年度目标：" (decision 1916).
_QUOTED_GOAL_LINE_RE = re.compile(
    r"(?:[^“”「」\n]|[“「][^“”「」\n]{1,20}[”」]){0,60}?"  # "在制定“十四五”发展规划时,将…"
    r"[“「](?P<o>[^“”「」\n]{2,40})[”」]\s?的?[\u4e00-\u9fff]{0,6}?(?:目标|目標)"
    # "将“五育并举”作为核心目标,具体分解为:"
    r"(?:[,，]\s?[\u4e00-\u9fff]{1,8})?\s?[:：]"
)
# A line that is only a bracketed number: "< 1 >", "【2】", "(3)" between lists — which of
# several versions follows, no item (decision 929).
_VERSION_MARK_RE = re.compile(r"^[<＜《【\[(（]\s?\d{1,2}\s?[>＞》】\])）]$")
# A guide's sentence on how to write objectives or key results that ends with its example:
# "目标应具体、具有挑战性,并且能够激励团队。例如:", "关键结果应可量化、可衡量……例如:" (decision 922).
_EXAMPLE_INTRO_RE = re.compile(
    r"^(?P<kind>目标|关键(?:结果|成果)|Objectives?|Key Results?|KRs?)\s?(?:\([^()\n]{1,20}\)\s?)?"
    r"(?:应该?|要|需要?|必须|需|可以|可)[^:：\n]{2,80}(?:例如|比如|譬如|举例|如)\s?[:：]$",
    re.IGNORECASE,
)
# A sentence ending in a colon that says what the list below it holds (decision 740): "以下是一些
# 采购OKR目标的示例:", "以下是一些关键结果的例子:", "2018年公司的“O”有四个:", "团队目标应与公司整体战略
# 相一致,具体包括:". Its kind word is the last thing before the colon (with 的示例, 有四个 …) or the
# sentence's subject before 包括/如下.
_KIND_WORD = r"(?P<kind>关键(?:结果|成果)|KRs?|目标|Objectives?|[“\"‘']O[”\"’'])"
# "三个 KR：", "3 个关键结果：": a count of the key results below, naming none of them (decision 2327).
_COUNTED_KRS_RE = re.compile(
    r"[一二三四五六七八九十两\d]{1,2}\s?[个条项]\s?(?:KRs?|关键(?:结果|成果))\s?[:：]", re.I
)
_LIST_INTRO_RE = re.compile(
    rf"(?:{_KIND_WORD}的?(?:示例|例子|范例|样例|举例)?"
    r"(?:有[一二三四五六七八九十两\d]{1,2}[个条项])?(?:如下|分别是|包括)?"
    rf"|^[\u4e00-\u9fff]{{0,4}}?{_KIND_WORD.replace('kind', 'kind2')}[^:：\n]{{0,30}}?(?:具体)?(?:包括|如下))"
    r"\s*[:：]\s*$",
    re.IGNORECASE,
)


# A label that heads several key results ("关键结果：", "Key results:"), unnumbered.
_LIST_LABEL_RE = re.compile(r"(?:关键(?:结果|成果)|key results)\s?(?:[:：]|[–—])", re.IGNORECASE)
# "Objective — Make onboarding painless. Key results — a; b.": the plural label after the
# objective's sentence, closed by a dash, starts the key results on the same line (decision 851).
_DASH_KEY_RESULTS_RE = re.compile(r"(?<=[.。!！]\s)(?=key results\s?[–—]\s?\S)", re.IGNORECASE)
_STOP_RE = re.compile(r"[；;]\s?(?=\S)")
# A sentence's stop after a word or a figure, before a capital: "… 1.5s. Crash-free …".
_SENTENCE_STOP_RE = re.compile(r"(?<=[A-Za-z0-9%)])\.[ \t](?=[A-Z])")


# Emoji that mark an objective in a list whose key results carry another emoji ("🎯 … / ✅ …").
_OBJECTIVE_EMOJI = frozenset("🎯🏆🏁📌🚩⭐🌟🔭🧭")
# The objective's number in a key result's label: "KR 1.2", "KR2-1", "1.3", "O2.1".
_KR_OF_OBJECTIVE_RE = re.compile(
    r"(?<![\d.])(?:O?(?P<o>[1-9]\d?)|O(?P<o3>[1-9]\d{2}))[.\-]\d{1,2}(?![\d.])"
)
# An item struck through as a whole ("~~Launch a referral program~~ (dropped)", "~~Ship v2~~ —
# descoped"): withdrawn from the set, no item (decision 356). A remark saying it was done keeps it.
# One tilde on each side strikes it through too, as GitHub writes it ("~#40 - Run two mentorships~");
# there the wording must open on no digit and close on no blank, so "~30% more users vs ~20% in
# Q2" (tildes for "about") stays an item (decision 5143).
_STRUCK_RE = re.compile(
    r"^[*_]{0,2}(?:~~(?P<inner>[^~\n]+)~~|~(?P<one>[^~\s\d][^~\n]*(?<=\S))~(?![^\s(—–\-,;:]))"
    r"[*_]{0,2}(?P<rest>.*)$"
)
_STRUCK_DONE_RE = re.compile(
    r"\b(?:done|completed?|achieved|shipped|hit|met)\b|[✅✔☑]", re.IGNORECASE
)


def _withdrawn(body: str) -> bool:
    """Whether a list item or a label's wording is struck through as a whole, and the remark
    after it (if any) is short and does not say it was done."""
    m = _STRUCK_RE.match(body.strip())
    if m is None:
        return False
    rest = m.group("rest").strip()
    return len(rest) <= 60 and not _STRUCK_DONE_RE.search(rest)


def _names_whose(text: str) -> bool:
    """A heading that only says whose section it is: a person component ("### <TeamMember
    name="Ana Ruiz" />"), a person's name ("### Ana Ruiz") or a team ("### Platform team")."""
    from coach.facts.owner import is_given_name, strip_person_elements

    t = strip_person_elements(text).strip("*_#: ")
    words = t.split()
    return (
        not words
        or looks_like_unit(t)
        or (
            len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and is_given_name(words[0])
        )
    )


def _objective_field(text: str) -> bool:
    """ "**Owner:** Ian Vanagas", "- **Motivation:** …", "*Description*: …": a field of the
    objective above, written on its own line (or list item)."""
    lm = LIST_RE.match(text)
    m = ATTRIBUTE_RE.match(text[lm.end() :] if lm else text)
    return m is not None and bool(_OBJECTIVE_ATTRIBUTE_RE.match(m.group("key")))


# "Anti-goal: doing this for early-stage products", "Non-goal: …" among an objective's items.
_ANTI_GOAL_ITEM_RE = re.compile(r"^[*_]{0,2}(?:anti|non)-?goals?[*_]{0,2}\s?[:：]", re.IGNORECASE)
# "To keep the group focused:", "To get there:": a purpose clause that leads in to rules or means.
_PURPOSE_LEAD_RE = re.compile(r"^To [a-z]+\b[^:：\n]{0,80}[:：]$")
# A sentence that says what something is, leading in to a list: "日程 + 任务闭环（Calendar +
# Tasks）是短期优先级最高的纵向切片：", "The onboarding flow is the slice we ship first:" (decision 690).
_STATEMENT_LEAD_RE = re.compile(
    r"^[^:：\n]{2,60}?(?:是|就是|即为)[^:：\n是]{2,40}[:：]$"
    r"|^[A-Z][^:：\n]{1,60}?\b(?:is|are) (?:the|our|a|an)\b[^:：\n]{2,60}[:：]$"
)


def _note_line(text: str) -> bool:
    """ "Note: this was reset mid way through the quarter", "NB: …": a remark on the page
    (often quoted, "> Note: …"), not an objective over the list below it (decision 353)."""
    m = ITEM_PREFIX_RE.match(text.lstrip("*_ "))
    if m is not None and _QUOTED_EXAMPLE_RE.search(text) is not None:
        return False  # "例如:“在Q2把复购率提到30%”,其对应的关键结果…": the example itself (920)
    return m is not None and bool(_NOTE_WORDS_RE.match(m.group("who").strip("*_ ")))


def _latin(text: str) -> bool:
    """Text in the Latin script: ASCII, accented letters ("Raúl", "Paweł") and typographic
    punctuation ("—", "’", "“"), but no Chinese (an English heading, decision 352)."""
    return _NOT_LATIN.search(text) is None


# A character outside _latin's ranges (U+0000-U+024F, U+2000-U+206F): one scan, not a call per
# character.
_NOT_LATIN = re.compile(r"[^\u0000-\u024f\u2000-\u206f]")


def _has_words(text: str) -> bool:
    """Whether a line's start holds wording, not only a list marker or emphasis ("- ", "**")."""
    lm = LIST_RE.match(text)
    rest = text[lm.end() :] if lm else text
    return len(re.findall(r"[^\W\d_]", rest)) >= 2


# "生产事故，目标：0起", "客户投诉 ｜ 目标：≤5起": 目标 with only a value after it is the item's
# target, not a second objective (decision 5027). The value opens with a digit (after a
# comparator or a cadence word) and is short: nothing after it but its unit and a stop.
_TARGET_VALUE_RE = re.compile(
    r"目标\s?[:：]\s{0,3}(?:每(?:天|日|周|月|季度?|年))?\s{0,2}"
    r"(?:[≤≥<>＜＞=≈~]|不(?:超过|高于|低于|少于|多于|大于|小于)|低于|高于|少于|多于|达到|控制在|小于|大于|约)?"
    r"\s{0,2}[0-9０-９][^，,；;。\n]{0,12}[。.；;]?\s*$"
)


def _target_value_at(text: str, at: int) -> bool:
    """True where the label at `at` is 目标 followed only by a target value (decision 5027)."""
    return text.startswith("目标", at) and _TARGET_VALUE_RE.match(text, at) is not None


def _split_inline(lines: list[_Line]) -> list[_Line]:
    """Lines that hold several labelled items, split into one line per item (same line number;
    offsets kept). Table rows are left whole."""
    out: list[_Line] = []
    for ln in lines:
        t = ln.text
        if "|" in t or "\t" in t or len(t) < 6 or _bare_label(t):
            # "Examples of Key Results:" names a list; its label is not a second item (2760)
            out.append(ln)
            continue
        quoted = _QUOTED_GOAL_RE.match(t)
        if quoted is not None:
            # "The overarching goal “regain health and fitness” had two key results:": the quoted
            # words are the objective, the key results follow (decision 912).
            a, b = quoted.span("o")
            out.append(dataclasses.replace(ln, text=t[a:b], start=ln.start + a))
            k = quoted.start("kr")
            out.append(dataclasses.replace(ln, text=t[k:], start=ln.start + k, blank_before=False))
            continue
        # its quote opens with one of three marks: a line without one is passed (issue 13)
        qm = _QUOTED_LABELS_RE.search(t) if ("‘" in t or "“" in t or "「" in t) else None
        if qm is not None and qm.start() > 0:
            # "…同时设定OKR‘O1:缩短需求响应时间;KR1:90%需求在15分钟内分配’。…": the quoted
            # labelled items are the draft; the sentence around them is prose (decision 925).
            pieces = [(0, qm.start()), (qm.start("in"), qm.end("in")), (qm.end(), len(t))]
            for i, (a, b) in enumerate(pieces):
                if not t[a:b].strip():
                    continue
                if i == 2:
                    a += len(t[a:b]) - len(t[a:b].lstrip("。.;；，, "))
                    if a >= b:
                        continue
                # The sentence after the quote is set apart: it does not go on the key result.
                part = dataclasses.replace(
                    ln, text=t[a:b], start=ln.start + a, blank_before=ln.blank_before or i == 2
                )
                if i == 1:
                    inner = _split_inline([part])
                    # The quote closes the last item in it: nothing after the quote joins it.
                    inner[-1] = dataclasses.replace(inner[-1], cut_tail=True)
                    out.extend(inner)
                else:
                    out.append(part)
            continue
        lead = _EXAMPLE_LEAD_RE.match(t)
        if lead is not None and match_label(t[lead.end() :]) is not None:
            # "比如:一季度目标(O):夯实…": "for example" before the label leads in to the item
            # (decision 741); the item starts at its label.
            ln = dataclasses.replace(ln, text=t[lead.end() :], start=ln.start + lead.end())
            t = ln.text
        lead = _SET_LEAD_RE.match(t)
        if lead is not None and match_label(t[lead.end() :]) is not None:
            out.append(dataclasses.replace(ln, text=t[: lead.end()].rstrip()))
            ln = dataclasses.replace(
                ln, text=t[lead.end() :], start=ln.start + lead.end(), blank_before=False
            )
            t = ln.text
        found = match_label(t)
        dash_krs: list[int] = []
        trims: dict[int, int] = {}  # a cut → where the piece before it ends (a lead left out)
        closes = False  # the last piece ends with the bracket its label opened (decision 1909)
        items: set[int] = set()  # cuts that start a key result without a label of its own
        # The line's own label ("Team Objective 1:", "VP Eng — O1:") is not cut.
        label_end = found[2] + found[1].end() if found is not None else 0
        cuts = [
            m.end()  # (the place after the stop or space: where INLINE_LABEL_RE matches)
            for m in _INLINE_LABEL_AFTER_RE.finditer(t)
            if m.end() >= label_end
            and _has_words(t[: m.end()])
            and not _target_value_at(t, m.end())
            # "Due for all key results: 30 September": the key results are whom the field is
            # for, not a label (decision 5974)
            and not _FOR_ALL_BEFORE_RE.search(t, max(0, m.end() - 20), m.end())
        ]
        if found is not None and found[0] == "objective":
            for m in _KR_LEAD_INLINE_RE.finditer(t, label_end):
                cuts.append(m.end())
                trims[m.end()] = m.start()
            bracket = _BRACKET_KR_RE.search(t, label_end)
            if bracket is not None and _has_words(t[label_end : bracket.start()]):
                cuts.append(bracket.end())
                trims[bracket.end()] = bracket.start()
                closes = True
            bare = list(_BARE_KR_INLINE_RE.finditer(t, label_end))
            if len(bare) >= 2 and [int(m.group("n")) for m in bare] == list(
                range(1, len(bare) + 1)
            ):
                cuts += [m.end() for m in bare]
            cuts += [m.start() for m in _DASH_KR_RE.finditer(t, label_end)]
            cuts += [m.start() for m in _SENTENCE_KR_RE.finditer(t, label_end)]
            dash_krs = [m.start() for m in _DASH_KEY_RESULTS_RE.finditer(t, label_end)]
            cuts += dash_krs
        if found is not None or _bare_label(t.split("：")[0].split(":")[0]):
            numbers = [m.start() for m in INLINE_NUMBER_RE.finditer(t)]
            if len(numbers) >= 2 and all(
                t[n : n + 2].rstrip("、.．)）") == str(i + 1) for i, n in enumerate(numbers)
            ):
                cuts += numbers
            elif found is not None and _LIST_LABEL_RE.match(t[: label_end + 1].lstrip("*_ ")):
                # "关键结果：A；B；C": three or more key results after one plural label.
                stops = [m.end() for m in _STOP_RE.finditer(t, label_end)]
                if not stops:
                    # "Key results: Cold start under 1.5s. Crash-free at 99.8%. Rating 4.6.": three
                    # or more sentences, each with a figure, are as many key results (3669)
                    said = [m.end() for m in _SENTENCE_STOP_RE.finditer(t, label_end)]
                    parts = [
                        t[a:b] for a, b in zip([label_end, *said], [*said, len(t)], strict=True)
                    ]
                    if len(said) >= 2 and all(re.search(r"\d", x) for x in parts):
                        stops = said
                ends = [*stops, len(t)]
                pieces = [t[a:b] for a, b in zip([label_end, *stops], ends, strict=True)]
                # Two pieces are two key results when each holds a figure (decision 851), or
                # when they are counted off in order ("第一，A；第二，B", "first, A; second, B":
                # decision 1150).
                if (
                    len(stops) >= 2
                    or (stops and all(re.search(r"\d", x) for x in pieces))
                    or (stops and _counted_off(pieces))
                ) and all(_has_words(x) for x in pieces):
                    cuts += stops
                    items.update(stops)
                    t = _blank_counting_words(t, [label_end, *stops])
        if not cuts:
            out.append(ln)
            continue
        pos, first = 0, len(out)
        for c in [*sorted(set(cuts)), len(t)]:
            piece = t[pos : trims.get(c, c)]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip().rstrip("；;，,")
            if closes and c == len(t):
                piece = piece.rstrip("。.;；").removesuffix("）").removesuffix(")").rstrip()
            if piece.endswith(("-", "–", "—")) and piece[:-1] != piece[:-1].rstrip():
                piece = piece[:-1].rstrip()  # "提升用户留存 -" before a cut "KR:" (decision 299)
            if piece:
                out.append(
                    _Line(
                        piece,
                        ln.start + pos + lead,
                        ln.indent + (2 if pos else 0),
                        ln.blank_before if not pos else False,
                        ln.number,
                        ln.body,
                        ln.body_start,
                        own_item=pos in items,
                        cut_tail=bool(pos) and c == len(t) and piece[-1:] in "。.!！",
                    )
                )
            pos = c
        if dash_krs or any(_LIST_LABEL_RE.match(x.text.lstrip("*_ ")) for x in out[first + 1 :]):
            # Key results after a plural label cut from the objective's line ("… Key results —
            # a; b", "…。关键结果：a；b") are read as a line of their own (decision 851).
            out[first + 1 :] = _split_inline(out[first + 1 :])
    return out


def _blank_counting_words(t: str, starts: list[int]) -> str:
    """`t` with the counting words of its pieces blanked out where every piece, each starting
    at one of `starts`, opens with them in order from one ("关键结果：一是A；二是B；三是C"): they
    number the key results as "1." does, and go as it does (decision 1780). Blanked, not cut, so
    that every offset into `t` still holds."""
    heads = []
    for i, a in enumerate(starts):
        lead = len(t[a:]) - len(t[a:].lstrip(" \t；;。，,"))
        m = _COUNTING_WORD_RE.match(t, a + lead)
        # "关键结果：①A；②B；③C": circled numbers in order number them too (decision 1888)
        if m is None or (m.group(1) or m.group(2) or m.group(3) or m.group(4)) not in (
            _ZH_ORDINALS[i : i + 1],
            _CIRCLED[i : i + 1],
            str(i + 1),
            "abcdefghij"[i : i + 1],
        ):
            return t
        heads.append(m)
    for m in heads:
        t = t[: m.start()] + " " * (m.end() - m.start()) + t[m.end() :]
    return t


# "(1) A; (2) B", "1）A；2）B", "(a) A; (b) B": numbers or letters in brackets count them off
# too (decision 3660).
_COUNTING_WORD_RE = re.compile(
    r"([一二三四五六七八九十])是|([①-⑳])[ \t]?|[(（]?([1-9])[)）][ \t]?|[(（]([a-j])[)）][ \t]?"
)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _cjk_statement(t: str) -> bool:
    """Whether `t` is a short Chinese statement written without spaces ("让门店成为街坊的第一选择"):
    a few words to a reader though `split()` counts one (decision 3800: the line above a
    colon-less "关键结果" label is the objective, as a short English line is: decision 731)."""
    return len(t.split()) <= 3 and 4 <= len(_HAN_RE.findall(t)) <= 40


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _split_inline(_split_lines(text))
        self.section_of, self.labelled_sections = self._label_sections()
        self.labelled = False  # whether the current line's section uses O/KR labels
        self.builders: list[_Builder] = []
        self.objective_builders: list[_Builder] = []
        self.builder_index: dict[int, int] = {}  # an objective builder's place in `builders`
        self.heading_recs: list[_HeadingRec] = []
        self.tables: dict[int, tables.Table | None] = {}
        self.nested: dict[int, bool] = {}
        self.intros: set[int] = set()  # lines that lead in to a heading's list ("… by:")
        # unmarked lines a list intro announced as items, with their kind (decision 4953)
        self.intro_lines: dict[int, str] = {}
        # lines that state the objective under a section's name ("## 🚀 北极星"; decision 2445)
        self.named_objectives: set[int] = set()
        self.grouped: dict[int, bool] = {}
        self.pending_level: str | None = None
        self.pending_level_depth = 0  # the heading's depth that named it (0: a plain line)
        self.current: _Builder | None = None
        # After a bare "Key Results:" or "目标：" header, list items are of that kind.
        self.section: str | None = None
        # The depth of the "### Initiatives" heading that opened a skipped section: a deeper
        # heading under it names one piece of the work (decision 5707).
        self.skip_depth: int | None = None
        self.field_indent: int | None = None  # the indent of the list item just read as a field
        self.prev_field_indent: int | None = None  # that of the line before this one
        self.orphan_labels: list[_Line] = []
        self.pending_heads_list = False
        self.reopened: _Builder | None = None  # an objective whose key results come later
        self.letter: str | None = None  # the current objective's letter ("目标A："), if any
        self.pending_restarts = False  # the objective's KRs are numbered again from 1
        self.last_objective_label: int | None = None  # read once (objective_label_below)
        self.emoji_lead: dict[int, str] | None = None  # read once (emoji_groups)
        self.spaced_heads: set[int] | None = None  # read once (spaced_headings)
        self.kr_list_indent: int | None = None  # the indent of a "Goals" list's first KR
        self.goals_list = False  # the KR section was opened by "- **Goals**" under an objective
        self.prose_lines: list[tuple[str, int, int]] = []
        self.signed_off = (
            False  # an e-mail's sign-off was read: plain lines below are its signature
        )
        self.after_rule = False  # the lines so far since a rule ("---") are the page's fields
        self.chat_reply = False  # a chat message's header was read (decision 1947)
        self.intro_objectives = False  # the list below was announced as objectives (decision 740)
        self.goals_run = False  # an objective line read after a goals list (decision 2761)
        self.example_objective = (
            False  # the next line is a guide's example objective (decision 922)
        )
        self.intro_indent: int | None = None  # the indent of that list's items
        self.goals_heading_list = False  # announced by a period's goals heading (decision 913)

    def _label_sections(self) -> tuple[list[int], set[int]]:
        """Which Markdown sections of the draft write objective labels ("O1:", "目标：").

        A section runs from a heading to the next heading. It reads its lines by their labels
        when it or a section above it (a heading of a higher level) has an objective label;
        otherwise by their shape (lists, indentation). So an intro that explains
        "Objective: what we want" does not make the lists of a sibling section key results.
        """
        section_of: list[int] = []
        depths: list[int] = [0]
        has_label: list[bool] = [False]
        for i, ln in enumerate(self.lines):
            hm = HEADING_RE.match(ln.text)
            if hm:
                depths.append(len(hm.group("hashes")))
                has_label.append(False)
            body = _heading_body(ln.text)[0]
            found = match_label(body)
            if (found is not None and found[0] == "objective" and not _set_header(body, found)) or (
                _bare_label(body)
                and body.strip("*_: ：").lower().startswith(("o", "g", "目标"))
                and not (hm and self._names_objectives_below(i, body))
            ):
                has_label[-1] = True
            section_of.append(len(depths) - 1)
        labelled: set[int] = {0} if has_label[0] else set()
        stack: list[int] = []  # sections above the current one (not the preamble)
        for sec in range(1, len(depths)):
            while stack and depths[stack[-1]] >= depths[sec]:
                stack.pop()
            if has_label[sec] or (stack and stack[-1] in labelled):
                labelled.add(sec)
            stack.append(sec)
        return section_of, labelled

    def _names_objectives_below(self, idx: int, body: str) -> bool:
        """ "## Objectives" with a sub-heading right under it ("### Budgets owned by teams"):
        the heading names the objectives that the sub-headings state, as "## Q3 Objectives"
        does; it is no label whose wording follows (decision 284)."""
        word = body.strip("*_: ：").lower()
        nxt = self.lines[idx + 1] if idx + 1 < len(self.lines) else None
        return (
            word in ("objectives", "goals", "目标", "目標")
            and nxt is not None
            and (m := HEADING_RE.match(nxt.text)) is not None
            and len(m.group("hashes")) > len(HEADING_RE.match(self.lines[idx].text).group("hashes"))
        )

    # -- building --------------------------------------------------------------------------
    def start_item(
        self, kind: str, label: str, number: int | None, body: str, start: int, ln: _Line
    ) -> _Builder:
        b = _Builder(kind, label, number, ln.indent, ln.number)
        b.anchor = start
        if kind == "objective":
            b.level_hint = self.pending_level
        body_stripped = body.strip()
        at = start + (len(body) - len(body.lstrip()))
        box = _LABEL_BOX_RE.match(body_stripped) if _marker_only(label) is None else None
        if box is not None:
            # "KR2 ☐ 搭建内容素材库", "KR1：[x] …": a task box after the label (decision 1785)
            body_stripped, at = body_stripped[box.end() :], at + box.end()
        b.add(body_stripped, at)
        b.open_ended = _looks_cut_off(body_stripped)
        b.prefix = item_prefix(body_stripped.lstrip("*")) or ""
        b.closed = ln.cut_tail or _ELLIPSIS_ONLY_RE.fullmatch(body_stripped) is not None
        self.signed_off = False
        self.chat_reply = False  # after a chat message's header (decision 1947)
        self.builders.append(b)
        if kind == "objective":
            self.builder_index[id(b)] = len(self.builders) - 1
            self.objective_builders.append(b)
            self.reopened = None
        else:
            b.parent = self.reopened
        self.current = b
        return b

    def restated(self, number: int | None, wording: str, label: str = "") -> _Builder | None:
        """ "**O1 — Enterprise Growth:**" after a list of objectives that gave O1 in full and no
        key results: a short name over O1's key results, which belong to that O1 (decision 290).
        "Goal 2: Education" after "Objective 2: …" under Goal 1 is the next goal, not a restated
        objective: a goal's number counts goals (decision 1029)."""
        words = wording.strip("*_:： ").split()
        if number is None or not 1 <= len(words) <= 5 or not wording.isascii():
            return None
        goal = bool(_GOAL_WORD_RE.search(label))
        for i, b in enumerate(self.builders):
            if b.kind != "objective" or b.number != number:
                continue
            if goal != bool(_GOAL_WORD_RE.search(b.label)):
                continue
            nxt = self.builders[i + 1] if i + 1 < len(self.builders) else None
            has_krs = any(k.parent is b for k in self.builders) or (
                nxt is not None and nxt.kind == "kr" and nxt.parent is None
            )
            full = _join(b.parts, b.anchor)[0]
            if not has_krs and len(full.split()) > len(words):
                return b
        return None

    def spaced_headings(self) -> set[int]:
        """The Markdown headings of an unlabelled draft that each head key results written one
        a paragraph ("### Make scrolling fast" over "Cut wheel latency to 20 ms", a blank line,
        "Raise smooth frames to 95%"): at one depth, two or more headings are each followed by
        such paragraphs up to the next heading, and one of them by two or more. Those headings
        are objectives, their paragraphs key results (decision 4942). Read once."""
        if self.spaced_heads is not None:
            return self.spaced_heads
        runs: dict[int, list[tuple[int, int]]] = {}
        for i, ln in enumerate(self.lines):
            hm = HEADING_RE.match(ln.text)
            if hm is None:
                continue
            n, j = 0, i + 1
            while j < len(self.lines) and self.spaced_item_line(j):
                n, j = n + 1, j + 1
            ends = j >= len(self.lines) or HEADING_RE.match(self.lines[j].text) is not None
            if n and ends:
                runs.setdefault(len(hm.group("hashes")), []).append((i, n))
        self.spaced_heads = set()
        for found in runs.values():
            if len(found) >= 2 and max(n for _, n in found) >= 2:
                self.spaced_heads.update(i for i, _ in found)
        return self.spaced_heads

    def ordinal_heads_list(self, idx: int, marker: str) -> bool:
        """Whether the Chinese ordinal item at line `idx` ("一、…") has a list of another kind
        right under it ("1. …"): the ordinals are then the page's objectives (decision 4990)."""
        under = _next_line(self.lines, idx)
        um = LIST_RE.match(under.text) if under is not None else None
        return um is not None and _marker_style(um.group("marker")) != _marker_style(marker)

    def emoji_groups(self) -> dict[int, str]:
        """Runs of lines marked by an emoji alone ("🎯 Make checkout effortless", "✅ Checkout
        conversion from 61% to 70%"), blank lines allowed between, that start with a target
        emoji and mark other lines with another one: each run's lines by index, mapped to the
        emoji that marks its objectives (decision 358). Read once for the whole draft."""
        if self.emoji_lead is not None:
            return self.emoji_lead
        self.emoji_lead = {}
        run: list[tuple[int, str]] = []

        def close() -> None:
            marks = [e for _, e in run]
            if len(run) >= 2 and marks[0] in _OBJECTIVE_EMOJI and marks[1] != marks[0]:
                self.emoji_lead.update((i, marks[0]) for i, _ in run)
            run.clear()

        for i, ln in enumerate(self.lines):
            lm = LIST_RE.match(ln.text)
            mark = lm.group("marker").strip() if lm else ""
            if lm and lm.end() < len(ln.text) and _marker_style(mark) == "emoji":
                if run and ln.indent != self.lines[run[0][0]].indent:
                    close()
                run.append((i, mark[0]))
            else:
                close()
        close()
        return self.emoji_lead

    def listed_objective(self, label: str) -> _Builder | None:
        """ "## Objectives" listing "1. …", "2. …", then "## Key Results" with "KR 1.1", "1.2",
        "2.1": a key result numbered under an objective other than the last one belongs to
        that objective, when the objectives were listed one after another with no key results
        of their own (decision 357; English lines only). None when the key result stays under
        the last objective."""
        m = _KR_OF_OBJECTIVE_RE.search(label)
        objectives = self.objectives()
        if m is None or not objectives:
            return None
        number = int(m.group("o") or m.group("o3"))
        same = [b for b in objectives if b.number == number]
        if len(same) != 1 or same[0] is objectives[-1]:
            return None
        target = same[0]
        nxt = self.builders[self.builder_index[id(target)] + 1]
        if nxt.kind == "objective" or nxt.parent is target:
            return target
        return None

    def objectives(self) -> list[_Builder]:
        return self.objective_builders

    def lettered_after_kr(
        self, found: tuple[str, re.Match[str], int, str] | None, t_body: str
    ) -> tuple[str, re.Match[str], int, str] | None:
        """ "KR A1: Help desk tickets …" under "Objective A:": the letter and number after "KR"
        are the label's, no part of the wording (decision 2400). Before, the key result read
        "A1: Help desk tickets …" in every message and rewrite."""
        if self.letter is None or (found is not None and (found[0] != "kr" or found[2])):
            return found
        m = _KR_LETTERED_RE.match(t_body.translate(_FULL_WIDTH))
        if m is None or m.group("kl") != self.letter:
            return found
        if found is not None and m.end() <= found[1].end():
            return found
        return ("kr", m, 0, found[3] if found is not None else "")

    def decimal_not_outline(self, found: tuple[str, re.Match[str], int, str], t_body: str) -> bool:
        """ "- 4.5 stars or more on OpenTable" under "Objective 1": a decimal figure followed by a
        word in lower case, whose whole part is not the current objective's number, is the key
        result's figure, not an outline number "4.5" (decision 2401). "1.1 Complete 120 installs"
        and "1.2 increase NPS" under objective 1 keep their outline numbers."""
        kind, m, off, _who = found
        if kind != "kr" or m.groupdict().get("n4") is None or not self.objectives():
            return False
        if re.search(r"[:：]", t_body[off + m.end("n4") : off + m.end()]):
            return False
        rest = t_body[off + m.end() :]
        if not rest[:1].islower():
            return False
        current = self.objectives()[-1]
        number = current.number if current.number is not None else len(self.objectives())
        return int(m.group("o").lstrip("Oo")) != number

    def add_heading(
        self, text: str, start: int, markdown_depth: int, from_list: bool = False
    ) -> _HeadingRec:
        rec = _HeadingRec(
            text,
            start,
            start + len(text),
            markdown_depth,
            meta=not markdown_depth and bool(META_LINE_RE.match(text)),
            before_items=not self.builders,
            from_list=from_list,
        )
        self.heading_recs.append(rec)
        return rec

    # -- the line loop ---------------------------------------------------------------------
    def run(self) -> None:
        idx = 0
        while idx < len(self.lines):
            check_deadline()  # a review under a time budget stops here when it runs out
            t = self.table_at(idx)
            if t is not None:
                self.labelled = self.section_of[idx] in self.labelled_sections
                self.table(t)
                idx = t.end_line
                continue
            self.labelled = self.section_of[idx] in self.labelled_sections
            self.line(idx, self.lines[idx])
            idx += 1
        if not self.objectives() and not self.orphan_labels:
            self.single_line_objective()

    # -- tables ----------------------------------------------------------------------------
    def table_at(self, idx: int) -> tables.Table | None:
        """The table whose header row is line `idx`, if one starts there (cached: linear)."""
        if idx not in self.tables:
            self.tables[idx] = self._find_table(idx)
        return self.tables[idx]

    def _find_table(self, idx: int) -> tables.Table | None:
        lines = self.lines
        ln = lines[idx]
        if tables.is_separator(ln.text) and idx + 1 < len(lines):
            # A grid table's top border ("+----+----+"): the header is on the next line.
            return None
        header = tables.split_pipes(ln.text, ln.start)
        rows: list[list[Cell]] = []
        row_lines: list[int] = []
        j = idx + 1
        if header is None and "\t" not in ln.text:
            return self._spaced_table(idx)
        if header is None:
            # A spreadsheet's rows, tab-separated; a quoted cell may run over several lines.
            found = tables.split_tab_row(self.text, ln.body_start)
            if found is None or (
                tables.header_roles(found[0]) is None and not self._kind_sheet(found)
            ):
                return None
            header, end = found
            j = self._line_after(idx, end)
            while j < len(lines) and not lines[j].blank_before:
                found = tables.split_tab_row(self.text, lines[j].body_start)
                if found is None and self._merged_row(j):
                    found = (
                        [tables.lone_cell(self.text, lines[j])],
                        lines[j].start + len(lines[j].text),
                    )
                if found is None:
                    break
                rows.append(_aligned(found[0], header))
                row_lines.append(j)
                j = self._line_after(j, found[1])
        else:
            framed = ln.text[:1] in "|｜"
            # A pipe table needs its separator row, or rows framed by pipes on both sides.
            if j < len(lines) and not lines[j].blank_before and tables.is_separator(lines[j].text):
                j += 1
            elif (
                not (framed and tables.header_roles(header) is not None)
                and not (framed and self._spilled_rows(idx, header))
                and not self._unframed_header(idx, header)
            ):
                return None
            while j < len(lines) and not lines[j].blank_before:
                t = lines[j].text
                if tables.is_separator(t):
                    j += 1
                    continue
                cells = tables.split_pipes(t, lines[j].start, framed, one_cell=framed)
                if cells is None:
                    break
                rows.append(cells)
                row_lines.append(j)
                j += 1
        if not rows:
            return None
        t = tables.build(header, rows, idx, j)
        if t is None:
            return None
        t.lines = ([idx] if t.header_is_data else []) + row_lines
        return t

    def _kind_sheet(self, found: tuple[list[Cell], int]) -> bool:
        """Whether a tab row heads a sheet whose kind column ("Type", "类型", "Level") says which
        rows are objectives: "Type<TAB>Title<TAB>Owner" over "Objective<TAB>…" (an OKR tool's
        export, often saved as CSV; decision 1948). The row under it has a kind mark there."""
        header, end = found
        col = next((i for i, c in enumerate(header) if tables.role_of(c.text) == "level"), None)
        nxt = tables.split_tab_row(self.text, end + 1) if end < len(self.text) else None
        if col is None and len(header) >= 2 and nxt is not None:
            # "编号<TAB>目标/关键结果<TAB>负责人" over "1<TAB>…" and "1.1<TAB>…": the numbers give
            # the kinds (decision 2771)
            col = next((i for i, c in enumerate(header) if tables.role_of(c.text) == "id"), None)
            after = tables.split_tab_row(self.text, nxt[1] + 1) if nxt[1] < len(self.text) else None
            if col is not None and not (
                after is not None
                and col < min(len(nxt[0]), len(after[0]))
                and tables.outline_kind(nxt[0][col].text) == "objective"
                and tables.outline_kind(after[0][col].text) == "kr"
            ):
                return False
            return col is not None
        if col is None or len(header) < 2:
            return False
        return (
            nxt is not None
            and col < len(nxt[0])
            and tables.is_kind_cell(nxt[0][col].text.strip(" *"))
        )

    def _unframed_header(self, idx: int, header: list[Cell]) -> bool:
        """Whether line `idx` heads a pipe table pasted with no frame and no separator row ("目标 |
        关键结果 | 负责人" over "让用户愿意推荐我们 | NPS从25提升到45 | 韩梅"): every cell of it names a
        column, one of them the objective's or the key result's, and the next line has as many
        cells (decision 1890)."""
        roles = tables.header_roles(header)
        if roles is None or len(header) < 2 or not {"objective", "kr"} & set(roles):
            return False
        if not all(c.text.strip() and tables.role_of(c.text.strip()) for c in header):
            return False
        nxt = idx + 1
        if nxt >= len(self.lines) or self.lines[nxt].blank_before:
            return False
        row = tables.split_pipes(self.lines[nxt].text, self.lines[nxt].start)
        return row is not None and len(row) == len(header)

    def _merged_row(self, j: int) -> bool:
        """Whether line `j`, with no tab, is a row of a web table copied as text whose other cells
        were merged into the rows above (rowspan): a tab row follows it that opens with an
        objective's or a key result's label (decision 608)."""
        nxt = j + 1
        if nxt >= len(self.lines) or self.lines[nxt].blank_before:
            return False
        body = self.lines[nxt].body
        return (
            "\t" in body.strip(" ")
            and match_label(body.split("\t", 1)[0].strip()) is not None
            and match_label(self.lines[j].text) is None
        )

    def _spilled_rows(self, idx: int, header: list[Cell]) -> bool:
        """Whether a framed table with no header row starting at line `idx` is an objective /
        key-result table whose numbered key results spill into its first column."""
        if len(header) < 2 or tables.list_number(header[-1].text or header[1].text) != 1:
            return False  # its first row is an objective beside key result "1. …"
        rows = [header]
        j = idx + 1
        while j < len(self.lines) and not self.lines[j].blank_before and len(rows) < 60:
            cells = tables.split_pipes(self.lines[j].text, self.lines[j].start, one_cell=True)
            if cells is None:
                break
            rows.append(cells)
            j += 1
        return tables.numbering_spills(rows)

    def _spaced_table(self, idx: int) -> tables.Table | None:
        """A table whose columns are lined up with spaces (text copied from a PDF or a plain
        e-mail): its header names two or more known columns, apart by two or more spaces."""
        lines = self.lines
        ln = lines[idx]
        if "  " not in ln.body and "\u3000" not in ln.body:
            return None  # no gap of columns: one chunk, no header (issue 13)
        header = tables.split_spaced(ln.body, ln.body_start, None)
        if header is None or tables.header_roles(header) is None:
            return None
        starts = tables.header_columns(ln.body, ln.body_start, header)
        rows: list[list[Cell]] = []
        row_lines: list[int] = []
        j = idx + 1
        while j < len(lines) and not lines[j].blank_before:
            cells = tables.split_spaced(lines[j].body, lines[j].body_start, starts)
            if cells is None:
                break
            rows.append(cells)
            row_lines.append(j)
            j += 1
        if not rows:
            return None
        t = tables.build(header, rows, idx, j)
        if t is not None:
            t.lines = row_lines
        return t

    def _line_after(self, idx: int, end: int) -> int:
        """The index of the first line that starts at or after input offset `end`."""
        j = idx + 1
        while j < len(self.lines) and self.lines[j].body_start < end:
            j += 1
        return j

    def table(self, t: tables.Table) -> None:
        """Items from a table's rows: an objective cell starts an objective; a KR cell is a key
        result whose span is the cell; owner/due/score/status cells are its given values."""
        self.current = None
        self.section = None
        has_kr_column = "kr" in t.roles or "kind" in t.roles
        objective_text: str | None = None
        last_number = 0  # the list number of the last key-result cell ("1. …")
        named: dict[str, _Builder] = {}  # objectives by wording and id, for a Parent column
        for row, line_idx in zip(t.rows, t.lines, strict=True):
            cells: dict[str, Cell] = {}
            for c in row:
                if c.role not in ("other",) and c.role not in cells:
                    cells[c.role] = c
            ln = self.lines[line_idx]
            kind_cell = cells.get("kind")
            if kind_cell is not None:
                text_cell = cells.get("text")
                if text_cell is None or not text_cell.text:
                    continue
                kind = (
                    tables.kind_of_mark(kind_cell.text)
                    or tables.outline_kind(kind_cell.text)
                    or ("kr" if self.objectives() else "objective")
                )
                b = self.cell_item(kind, text_cell, cells, ln, row_given=True)
                if kind == "objective":
                    named[text_cell.text.strip()] = b
                    for c in row:  # its id, in whatever column ("ID", "Ref", "Issue key")
                        if c is not kind_cell and c.text.strip():
                            named.setdefault(c.text.strip(), b)
                elif (pc := cells.get("parent")) is not None and pc.text.strip() in named:
                    # "| 800 lapsed donors give again | Key Result | Win back lapsed donors |":
                    # an export sorted by type puts each key result under the objective its
                    # Parent/所属目标 cell names, by wording or id (decision 3180)
                    b.parent = named[pc.text.strip()]
                continue
            section = tables.section_cell(row)
            if section is not None and not (section.role == "objective" and not has_kr_column):
                # "| **Objective 1: Grow enterprise** | | |": a row that heads the key results
                # under it, whatever its column.
                if section.text != objective_text:
                    objective_text = section.text
                    plain = tables.unbold(section)
                    self.cell_item("objective", plain, cells, ln, row_given=False)
                continue
            oc, kc = cells.get("objective"), cells.get("kr")
            more_krs = [c for c in row if c.role == "kr" and c is not kc]
            # A cell's own label wins over its column ("| OKR | Owner |" rows "O1: …", "KR1.1: …").
            if oc is not None and _label_kind(oc.text) == "kr" and kc is None:
                oc, kc = None, oc
            elif (
                kc is not None
                and _label_kind(kc.text) == "objective"
                and oc is None
                and not _QUALIFIED_GOAL_RE.match(kc.text)
            ):
                # not "| LEARNING GOAL: Understand why … |" in the KR column: a kind of key
                # result its label names, no objective (decision 5827)
                oc, kc = kc, None
            elif (
                oc is not None
                and (kc is None or not kc.text)
                and last_number
                and tables.list_number(oc.text) == last_number + 1
            ):
                # "| 2. 减少客户投诉… | |" under "| 目标 | 1. … |": a key result spilled into the
                # objective column when an HTML table was flattened.
                oc, kc = None, oc
            if kc is not None and kc.text:
                last_number = tables.list_number(kc.text) or 0
            kr_text = kc is not None and bool(kc.text) and not tables.empty_value(kc.text)
            if (
                oc is not None
                and kc is not None
                and oc.text.strip()
                and kc.text.strip()
                and tables.empty_value(oc.text)
                and tables.empty_value(kc.text)
                and not any(c.text for c in more_krs)
            ):
                # "| TBD | TBD | | |", "| 待定 | 待定 |": a row kept for an objective not yet
                # written, no item (decision 3185)
                continue
            if oc is not None and not tables.continues(oc.text) and oc.text != objective_text:
                objective_text = oc.text
                # A row with no key result of its own gives its owner, dates and level to the
                # objective (and through it to the key results under it, decision 38).
                row_kr = kr_text or any(c.text for c in more_krs)
                self.cell_item(
                    "objective", oc, cells, ln, row_given=not has_kr_column or not row_kr
                )
            for c in ([kc] if kr_text else []) + [c for c in more_krs if c.text]:
                if tables.empty_value(c.text):
                    continue
                for piece in tables.split_cell(c):
                    self.cell_item("kr", piece, cells, ln, row_given=True)
        self.current = None

    def cell_item(
        self, kind: str, cell: Cell, cells: dict[str, Cell], ln: _Line, row_given: bool
    ) -> _Builder:
        """One item from a table cell (its label, "O1 " or "KR2:", is not part of its span)."""
        text, start = cell.text, cell.start
        label = ""
        if kind == "objective" and ("\n" in text or "<" in text):
            pieces = tables.split_cell(cell)
            text, start = pieces[0].text, pieces[0].start
        lm = LIST_RE.match(text)
        if lm and lm.end() < len(text) and kind == "kr":
            text, start = text[lm.end() :], start + lm.end()  # "1. …" inside a cell
        m = (OBJECTIVE_RE if kind == "objective" else KR_RE).match(text)
        if m and re.search(r"[A-Za-z\u4e00-\u9fff]", text[: m.end()]) and m.end() < len(text):
            label, text, start = text[: m.end()].strip(), text[m.end() :], start + m.end()
        if kind == "kr" and not self.objectives():
            self.orphan_labels.append(ln)
        b = self.start_item(kind, label, None, text, start, ln)
        b.open_ended = False
        b.cells = dict(cells)
        if kind == "objective" and ("\n" in cell.text or "<" in cell.text):
            for piece in tables.split_cell(cell)[1:]:
                b.add(piece.text, piece.start)  # an objective written over several lines
        if row_given:
            b.given = _given_from_cells(cells, text)
        if kind == "objective":
            lvl = cells.get("level")
            if lvl is not None and tables.level_value(lvl.text):
                b.level_hint = tables.level_value(lvl.text)
        self.current = None
        return b

    def line(self, idx: int, ln: _Line) -> None:
        t = ln.text
        if self.measure_of_named_kr(ln):
            return
        if self.objectives() and _PHONE_FOOTER_RE.fullmatch(t.strip(" \t—–-~•*·.。!！")):
            # "— sent from my phone" under the key results, a dash before it: the mail app's
            # footer, no key result (decision 6896)
            self.signed_off = True
            self.current = None
            self.prose(ln)
            return
        if _CHAT_HEADER_RE.fullmatch(t.strip()) and (
            t.strip().startswith(("[", "【")) or owner_phrase(t.strip().rsplit(None, 1)[0])
        ):
            # "[企业微信] 王一鸣 14:33" between a chat's messages: its sender and time (6966)
            self.current = None
            self.prose(ln)
            return
        if self.subtitle_of_current(idx, ln, t):
            return
        if self.example_objective:
            self.example_objective = False
            if match_label(t) is None and not LIST_RE.match(t) and not _heading_body(t)[1]:
                # "目标应具体……例如:" over "提高软件发布质量,减少生产环境中的缺陷数量。": the
                # example is the objective (decision 922).
                self.start_item("objective", "", None, t, ln.start, ln)
                self.section = None
                return
        if (
            self.intro_objectives
            and not LIST_RE.match(t)
            and not (
                self.goals_heading_list
                and not ln.blank_before
                and (_STATUS_LINE_RE.fullmatch(t) or self.current is not None)
            )
        ):
            self.intro_objectives, self.intro_indent = False, None
        if (
            self.goals_heading_list
            and self.current is not None
            and not ln.blank_before
            and _STATUS_LINE_RE.fullmatch(t)
        ):
            # "In Progress" under a listed goal: its status, not more of its wording (913)
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            return
        self.prev_field_indent, self.field_indent = self.field_indent, None
        if idx in self.intros:
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            return  # "We want to make it the default by:": prose; the heading's list goes on
        if self.intro_lines.get(idx) == "title":
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            self.current = None
            return
        if idx in self.intro_lines:
            # "拿下城东的鲜花配送市场！" under "以下是几个好的目标：": an item of the kind the
            # intro named, though no list mark starts its line (decision 4953)
            self.start_item(self.intro_lines[idx], "", None, t, ln.start, ln)
            if self.intro_lines[idx] == "objective":
                self.section = None
            return
        if self.section == "kr_spaced" and not self.spaced_item_line(idx):
            self.section = None  # the spaced key results end at the first other line
        t_body, body_off = _heading_body(t)
        is_heading = body_off > 0
        body_start = ln.start + body_off
        if (
            self.section == "skip"
            and self.skip_depth is not None
            and is_heading
            and len(t) - len(t.lstrip("#")) > self.skip_depth
            and match_label(t_body) is None
        ):
            # "#### Family trail" under "### Initiatives": one piece of the work the section
            # lists, no objective; what is under it stays in the section (decision 5707)
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            self.current = None
            return
        if PAGE_LINE_RE.match(t):
            return  # a page break in a copied PDF: a wrapped item may go on after it
        if (
            _SIGNATURE_RE.fullmatch(t)
            and self.objectives()
            and not self.text[ln.start + len(t) :].strip()
            # not the last of a list bulleted with the same dash ("— Hire Designer")
            and not self.text[: ln.start].rstrip().rpartition("\n")[2].lstrip().startswith(t[0])
        ):
            # "——店长 老周" closing a pasted message: who wrote it, not the last key result's
            # wording or a key result of its own (decision 1574).
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            self.current = None
            return
        if not is_heading and _ABOVE_PERIOD_RE.match(t) and self.objectives() and _dates_above(t):
            # "以上目标完成时间：9月30日", "以上均在9月30日前完成" after the key results: the
            # period of the items above, a line of the set (rules/_draft_structure._PERIOD_LINE),
            # not one more key result nor the last one's tail (decision 4287)
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            self.current = None
            return
        if _VERSION_MARK_RE.match(t) and self.section == "kr":
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            self.current = None
            return  # "< 2 >" between lists of key results: the next version of them (929)
        if not is_heading and _LINK_ONLY_RE.match(t):
            # "[Epic 722](https://…)" under "### 1. CEO: Grow revenue": where the work is
            # tracked, no wording of its own (decision 546).
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            return
        if TABLE_HEADER_RE.match(t_body) or RULE_LINE_RE.match(t):
            # A table's header row, a rule ("---", "***", "___") or a grid table's border.
            self.current = None
            self.after_rule = bool(RULE_LINE_RE.match(t)) and bool(self.objectives())
            return
        if self.after_rule and not is_heading and _PAGE_FIELD_RE.match(t):
            # "*Last updated: 2026-02-01*", "*Owner: Priya*" under a rule after the items: the
            # page's footer, no item; its owner field owns the set (decision 689).
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            return
        self.after_rule = False
        cur = self.current
        if (
            cur is not None
            and cur.kind == "kr"
            and not is_heading
            and SCORE_STATUS_LINE_RE.match(t)
        ):
            cur.add(t, ln.start)
            cur.open_ended = t.endswith("完成一")
            return
        if cur is not None and cur.kind == "kr" and not is_heading and self.year_row(idx, cur, t):
            cur.add(t, ln.start)  # "Prior Year Actual (2024) 100%" under its measure
            cur.open_ended = False
            return
        # "**当前里程碑：**", "**本周：**": the colon inside the bold leaves only markup after it,
        # no field's value — the head of a check-in's list (decisions 2147, 2644)
        if (
            not is_heading
            and not _CHECKIN_HEAD_RE.match(t_body)
            and self.attribute(ln, t, ln.start)
        ):
            return
        lm = _list_match(t)
        if not is_heading and lm and self.attribute(ln, t[lm.end() :], ln.start + lm.end()):
            self.field_indent = None if _KR_WORD_RE.search(t) else ln.indent
            return  # "- **KR measurement deadline:** …": a field, though it starts with a label
        # "Slide 4 – Risks", "第4页 风险与支持": a deck's slide number before the section's
        # name (decision 2763)
        t_sec = t_body[sm.end() :] if (sm := _SLIDE_PREFIX_RE.match(t_body)) else t_body
        if is_heading and (nm := _HEADING_ORDINAL_RE.match(t_sec)):
            t_sec = t_sec[nm.end() :]  # "### 三、本季度不做的事": the section's number (2774)
        if (
            (
                (
                    INITIATIVES_RE.match(t_sec)
                    or REVIEW_SECTION_RE.match(t_sec)
                    or FIELD_SECTION_RE.match(t_sec)
                    or NOT_DOING_RE.match(t_sec)
                    or _NOT_DOING_ZH_RE.match(t_sec)
                    or _CHECKIN_HEAD_RE.match(t_sec)
                    or (
                        _WEEK_WORK_HEAD_RE.match(t_sec)
                        and t_sec.rstrip("*_ ").endswith((":", "："))
                    )
                )
                and self.objectives()
            )
            or LEGEND_RE.match(t_body)
            or VISION_RE.match(t_body)
        ):
            # "Initiatives:": the work planned, not key results; "### Motivation" and
            # "**Non-goals:**" head the reasons for an objective and what it leaves out.
            self.section = "skip"
            self.current = None
            self.skip_depth = len(t) - len(t.lstrip("#")) if is_heading and t[:1] == "#" else None
            if is_heading:
                self.add_heading(t_body, body_start, len(t) - len(t.lstrip("#")))
            else:
                self.prose_lines.append((t, ln.start, ln.start + len(t)))
            return
        if self.list_intro(idx, ln, t_body, body_start):
            return
        if self.summary_objective(idx, ln):
            return
        if self.bare_label(idx, ln, t_body, body_start):
            return
        if not is_heading and self.goals_name_over_list(idx, ln, t):
            return
        found = match_label(t_body)
        if found is None and self.letter is not None:
            # "A1 住院医嘱…" is a key result only under an objective lettered A ("目标A：…",
            # decision 327); elsewhere "A1" starts the wording.
            lm = LETTERED_KR_RE.match(_HALF_WIDTH(t_body))
            if lm is not None and lm.group("kl") == self.letter:
                found = ("kr", lm, 0, "")
        found = self.lettered_after_kr(found, t_body)
        if found is not None and self.decimal_not_outline(found, t_body):
            found = None
        if _set_header(t_body, found):
            # "Q1 OKR：" alone above the list: the set's title, not an objective without words.
            self.prose(ln, t_body, body_start)
            self.section = None
            return
        if found is not None and _asks_reader(t_body[found[2] + found[1].end() :]):
            # "Q4 ent objective — pls review before Monday's staff mtg": a note to the readers
            # about the draft, not an objective (decision 205).
            self.prose(ln, t_body, body_start)
            return
        if found is not None and _points_to_okr(t_body[found[2] + found[1].end() :]):
            # "- KR 1 → Company O2 (ecosystem)": where a key result leads, not a key result.
            self.prose(ln, t_body, body_start)
            return
        if is_heading and found is not None and self.section_over_objective(idx, t_body, found):
            # "### 4.2 Nursing" right over "**Objective:** …": a document's numbered section
            # heading one labelled objective, not a key result numbered 7.2 (decision 4460)
            self.heading(idx, ln, t_body, body_start)
            return
        if (
            found is not None
            and found[0] == "kr"
            and not self.objectives()
            and _DOTTED_NUMBER_RE.match(found[1].group(0))
            and (self.objective_label_below(idx) or self.okr_table_below(idx))
        ):
            # "2.3 制定关键结果" above every objective: a guide's numbered section, not a key result
            # numbered under an objective that is not there. So is "### 1.3 核心指标（OKR）" over
            # an "目标 | 关键结果" table (decision 297).
            self.prose(ln, t_body, body_start)
            return
        if (
            found is not None
            and found[0] == "kr"
            and _DOTTED_NUMBER_RE.match(found[1].group(0))
            and _article_section(self.lines, idx, t_body[found[2] + found[1].end() :])
        ):
            # "1.2 基于学校实际,体现特色发展" over a paragraph of prose, between an article's cases:
            # the article's numbered section, not a key result numbered under an objective
            # (decision 1904; decision 297 reads it so above every objective).
            self.prose(ln, t_body, body_start)
            return
        if is_heading and found is not None and _names_kr_section(found, t_body):
            self.heading(idx, ln, t_body, body_start)
            return
        if (
            found is not None
            and found[0] == "kr"
            and _withdrawn(t_body[found[2] + found[1].end() :])
        ):
            self.prose(ln, t_body, body_start)  # "- KR3: ~~Launch referrals~~ (dropped)"
            return
        if found is not None:
            kind, m, off, who = found
            if kind == "objective" and self.goal_under_objective(t_body[: off + m.end()]):
                kind = "kr"
            if (
                kind == "objective"
                and not off
                and self.period_goal_under_objective(m.group(0), t_body[m.end() :])
            ):
                # "2027年目标：居民满意度达到90%" under "目标1：…": the figure the objective is
                # to reach by then, one of its key results (decision 5226)
                kind = "kr"
                if _period_or_measure_goal(m.group(0)) == "measure":
                    # "满意度目标：90%": the measure named in the label is the key result's
                    # own wording, kept whole
                    lm = LIST_RE.match(t_body)
                    at = lm.end() if lm is not None else 0
                    self.start_item("kr", "", None, t_body[at:], body_start + at, ln)
                    self.section = None if self.section == "skip" else self.section
                    return
            names_own = kind == "objective" and not off
            names_own = names_own and self.kr_naming_objective(t_body[: m.end()], t_body[m.end() :])
            if names_own:
                kind = "kr"  # "O1 客户满意度从80%提升到90%" under O1's key results (decision 4561)
            number = _num(
                m,
                "n1",
                "n2",
                "n3",
                "n4",
                "n5",
                "n6",
                "n7",
                "n8",
                "n9",
                "n10",
                "n11",
                "n12",
                "n13",
                "n14",
                "n15",
                "n16",  # "KR一：" (decision 1806)
                "n17",  # "KR(1) …" (decision 1811)
                "n18",  # "[Key Result 2] …" (decision 2764)
                "n19",  # "OKR 1.2: …" (decision 4620)
                "n20",  # "第 1 号关键结果 —" (decision 4952)
                "n21",
                "n22",
            ) or _num(m, "letter", "letter3")
            if names_own:
                number = None  # the objective's number, not the key result's
            if kind == "objective":
                self.letter = m.groupdict().get("letter") or m.groupdict().get("letter3")
            named = self.named_objective(kind, number, t_body[off + m.end() :])
            prior = (
                self.restated(number, t_body[off + m.end() :], t_body[: off + m.end()])
                if kind == "objective"
                else None
            )
            if prior is not None and named is None:
                self.add_heading(t_body, body_start, 0)
                self.current, self.section, self.reopened = None, None, prior
                return
            if kind == "kr" and not self.objectives():
                self.orphan_labels.append(ln)
            b = self.start_item(
                kind,
                t_body[: off + m.end()].strip(),
                number if named is None else named.number,
                t_body[off + m.end() :],
                body_start + off + m.end(),
                ln,
            )
            b.prefix = who or b.prefix
            if kind == "kr" and b.parent is None and _latin(t_body):
                b.parent = self.listed_objective(t_body[: off + m.end()])
            self.section = None if self.section == "skip" else self.section
            if kind == "objective":
                prefix = (
                    m.group("prefix")
                    or m.group("prefix2")
                    or m.group("prefix3")
                    or m.group("prefix5")
                    or ""
                )
                b.level_hint = _level_from_prefix(prefix) or _level_from_prefix(who) or b.level_hint
                team = _TEAM_GOAL_PREFIX_RE.fullmatch(m.group("prefix2") or "")
                if team is not None and not b.prefix:
                    # "KA部目标:打造…", "销售部目标：…": the team on the objective's own line owns
                    # its key results, as "运营部：" does (decision 1072).
                    b.prefix = team.group(0)
                self.section = None
            return
        if is_heading:
            self.heading(idx, ln, t_body, body_start)
            return
        lm = LIST_RE.match(t)
        if lm and lm.end() < len(t):
            self.list_item(idx, ln, lm)
            return
        if lm and self.bare_number(ln, lm):
            return
        self.other_text(idx, ln)

    def bare_number(self, ln: _Line, lm: re.Match[str]) -> bool:
        """A numbered key result's next number alone on its line ("2. …" then "3."): a key
        result not written yet, an empty item kr-not-quantified says so of, not a tail joined to
        the one before ("… (owner: Sam) 3."; decision 1016)."""
        cur = self.current
        marker = lm.group("marker")
        number = _marker_number(marker)
        if (
            cur is None
            or cur.kind != "kr"
            or not cur.style
            or cur.style != _marker_style(marker)
            or ln.indent != cur.indent
            or number is None
            or cur.number is None
            or number != cur.number + 1
        ):
            return False
        b = self.start_item("kr", "", number, "", ln.start + len(ln.text), ln)
        b.style = cur.style
        return True

    def list_intro(self, idx: int, ln: _Line, t_body: str, body_start: int) -> bool:
        """A guide's step heading ("2.1 确定目标") or a sentence saying what the list below holds
        ("以下是一些采购OKR目标的示例:" over "- 降低采购成本"): prose, and the list's items are of
        the kind it names — objectives for 目标 or O, key results for 关键结果 or KR (decision 740)."""
        t = t_body.replace("**", "").replace("__", "").strip()
        if _OKR_STEP_RE.match(t):
            self.prose_lines.append((t_body, body_start, body_start + len(t_body)))
            self.current, self.section = None, None
            return True
        # Each sentence pattern below ends in a colon (t is stripped): one look passes the
        # others without a search (issue 13).
        colon_end = t.endswith((":", "："))
        # (the pattern needs an opening quote; without one it is not tried: issue 13)
        qm = _QUOTED_GOAL_LINE_RE.fullmatch(t) if "“" in t or "「" in t else None
        if (
            qm is not None
            and not LIST_RE.match(ln.text)
            and match_label(t) is None
            and _is_list_like(_next_line(self.lines, idx))
        ):
            # "某农村小学制定了“农耕文化育人”特色发展目标:" over its list, also after another
            # case's list: the quote is the objective, the list its key results (decision 1916)
            at = body_start + t_body.find(qm.group("o"))
            if at >= body_start:
                self.start_item("objective", "", None, qm.group("o").strip(), at, ln)
                self.prose_lines.append((t_body, body_start, body_start + len(t_body)))
                self.current = None
                self.section = "kr"
                return True
        om = _O_IS_LEAD_RE.search(t) if colon_end else None
        if (
            om is not None
            and not LIST_RE.match(ln.text)
            and ((lab := match_label(t)) is None or lab[2] + len(lab[3]) > om.start("o"))
        ):
            # "假设 O 是打破部门季度销售纪录;而 KR 部分,我见过以下 3 种写法:": the objective is
            # named with "O 是", and the lists below hold its key results (decision 929).
            at = body_start + t_body.find(om.group("o"))
            self.start_item("objective", "", None, om.group("o"), at, ln)
            self.prose_lines.append((t_body, body_start, body_start + len(t_body)))
            self.current = None
            self.section = "kr"
            return True
        ex = _EXAMPLE_INTRO_RE.match(t) if colon_end else None
        if ex is not None and not LIST_RE.match(ln.text):
            # A guide's sentence about objectives or key results that ends "例如:": prose, and
            # what follows is its example — one objective, or key results (decision 922).
            self.prose_lines.append((t_body, body_start, body_start + len(t_body)))
            self.current = None
            if ex.group("kind").startswith(("关键", "K", "k")):
                self.section = "kr" if self.objectives() else None
            else:
                self.section = None
                self.example_objective = True
            return True
        nxt = _next_line(self.lines, idx)
        counted = colon_end and _COUNTED_KRS_RE.fullmatch(t) is not None
        if (
            counted
            and self.objectives()
            and not LIST_RE.match(ln.text)
            and nxt is not None
            and nxt.text.lstrip().startswith(("|", "｜"))
        ):
            # "**三个 KR：**" over a table of the key results: it counts them, it is none of
            # them (decision 2327; over a list it was an intro already)
            self.prose_lines.append((t_body, body_start, body_start + len(t_body)))
            self.current = None
            self.section = "kr"
            return True
        if self.intro_over_lines(idx, ln, t, t_body, body_start):
            return True
        if (
            (len(t) < 6 and not counted)
            or not _HAN_RE.search(t)
            or _list_match(ln.text)
            or match_label(t) is not None
            or _bare_label(t)
            or not _is_list_like(nxt)
            # "为了实现“让社区店成为街坊的首选”这一目标，可以设定以下关键结果：": the sentence quotes
            # its objective; that reading is the quoted-objective one's
            or re.search(r"[“\"][^”\"\n]{2,}[”\"]", t)
        ):
            return False
        m = _LIST_INTRO_RE.search(t) if colon_end else None
        if m is None:
            return False
        kind = (m.group("kind") or m.group("kind2") or "").lower()
        self.prose_lines.append((t_body, body_start, body_start + len(t_body)))
        self.current = None
        if kind.startswith(("关键", "kr")):
            self.section = "kr" if self.objectives() else None
        else:
            self.section = None
            self.pending_heads_list = False
            self.intro_objectives = True
        return True

    def intro_over_lines(self, idx: int, ln: _Line, t: str, t_body: str, body_start: int) -> bool:
        """ "以下是几个好的目标：" / "Here are a few good objectives:" over lines with no list mark,
        each one short sentence ("拿下城东的鲜花配送市场！" ⏎ "完成一轮天使融资。"): each line is an
        item of the kind the intro names, as a marked list under it is (decisions 740, 4953)."""
        if (
            not t.endswith((":", "："))
            or _list_match(ln.text)
            or match_label(t) is not None
            or _bare_label(t)
            or _is_list_like(_next_line(self.lines, idx))
            or re.search(r"[“\"][^”\"\n]{2,}[”\"]", t)
            # "假如你的目标是X，那么关键结果可能包括：": a clause before the intro tells the goal;
            # that reading is the told goal's (decision 1025's kin), not a bare list's
            or re.search(r"[，,；;]", t)
        ):
            return False
        m = _LIST_INTRO_RE.search(t)
        if m is None:
            return False
        kind = (m.group("kind") or m.group("kind2") or "").lower()
        kind = "kr" if kind.startswith(("关键", "kr", "key")) else "objective"
        if kind == "kr" and not self.objectives():
            return False
        run = _sentence_lines(self.lines, idx + 1)
        if len(run) < 2:
            return False
        self.prose_lines.append((t_body, body_start, body_start + len(t_body)))
        self.current = None
        self.intro_lines.update(dict.fromkeys(run, kind))
        after = run[-1] + 1
        if _heads_labelled(self.lines, after) and not self.lines[after].blank_before:
            self.intro_lines[after] = "title"  # "两个例子" over "目标：…": the next part's title
        return True

    def summary_objective(self, idx: int, ln: _Line) -> bool:
        """ "<summary>Better reporting on content performance</summary>" over "**Owner:** …",
        "**Motivation:** …" and "**What we'll ship**" (a handbook's collapsible block): the
        block's title states the objective whose key results its label heads (decision 351).
        A title that names a period or the objectives ("Q3 2026 Objectives") stays a title."""
        t = ln.text
        if (
            not ln.summary
            or match_label(t) is not None
            or looks_like_title(t)
            or _OBJECTIVES_HEADING_RE.search(t)
            or not self.kr_label_in_block(idx)
        ):
            return False
        self.start_item("objective", "", None, t, ln.start, ln)
        self.section = None
        return True

    def kr_label_in_block(self, idx: int) -> bool:
        """Whether a key-result section label ("**We'll know we're successful when**",
        "What we'll ship:") or a key result's label starts a line after `idx`, before the next
        collapsible block's title or Markdown heading. Each line is read for one block only."""
        for ln in self.lines[idx + 1 :]:
            if ln.summary or HEADING_RE.match(ln.text):
                return False
            t = ln.text
            lm = LIST_RE.match(t)
            m = _bare_label(t[lm.end() :] if lm else t)
            if m is not None and m.group("label").lower()[0] not in "og目":
                return True
            found = match_label(t)
            if found is not None and found[0] == "kr":
                return True  # "- **We'll know we're successful when:** …", "KR1: …"
        return False

    def year_row(self, idx: int, cur: _Builder, t: str) -> bool:
        """A row of a budget book's measure table under its measure: "Prior Year Actual (2024)
        100%", "Budget Year Target (2026) ≥90%", or a value alone ("100%", "N/A") among such
        rows. It gives the measure's figures and is no key result of its own (decision 1058)."""
        if _YEAR_ROW_RE.match(t):
            return True
        if not _VALUE_ROW_RE.match(t):
            return False
        nxt = _next_line(self.lines, idx)
        return any(_YEAR_ROW_RE.match(p) for p, _ in cur.parts) or (
            nxt is not None and not nxt.blank_before and _YEAR_ROW_RE.match(nxt.text) is not None
        )

    def goals_name_over_list(self, idx: int, ln: _Line, t: str) -> bool:
        """ "Cycle Objectives:", "Sprint objectives:" over a list, on a page whose objectives
        carry labels ("Objective 1: …"): the line names a set of objectives and each listed line
        is one, as under "Objectives:" (decision 2592). Under an objective ("Objective: … /
        Goals:") a goals list stays its key results (decision 357)."""
        core = t.strip().strip("*_ ").rstrip("*_ ")
        nxt = _next_line(self.lines, idx)
        if (
            not core.endswith((":", "："))
            or _HAN_RE.search(core)
            or not parse_kind_en.goals_name(core)
            or nxt is None
            or (lm := LIST_RE.match(nxt.text)) is None
            or match_label(nxt.text[lm.end() :]) is not None
        ):
            return False
        # A section of its own under a heading ("### Core Protocol [Jerome]" / "Cycle
        # Objective(s):"), or a blank line between the name and its list, on a page whose other
        # sections label their objectives: the list is the section's objectives (decision 2766).
        heads_section = idx > 0 and (
            HEADING_RE.match(self.lines[idx - 1].text) is not None
            or RULE_LINE_RE.match(self.lines[idx - 1].text) is not None
        )
        if not self.labelled and not (
            self.labelled_sections and heads_section and _PLURAL_OBJECTIVES_END.search(core)
        ):
            return False
        if nxt.blank_before and not _PLURAL_OBJECTIVES_END.search(core):
            return False
        if self.objectives() and not (
            (ln.blank_before and self.builders and self.builders[-1].kind == "kr") or heads_section
        ):
            return False
        self.prose_lines.append((t, ln.start, ln.start + len(t)))
        self.current = None
        self.section = "objective"
        if not self.labelled:
            self.intro_objectives, self.intro_indent = True, None
        return True

    def bare_label(self, idx: int, ln: _Line, t_body: str, body_start: int) -> bool:
        """A label alone on its line: a section header ("Key Results:") or a label whose wording
        is on the next lines ("Objective" / "打造公司历史上最成功的…")."""
        lm = LIST_RE.match(t_body)
        if lm and _bare_label(t_body[lm.end() :]):
            # "二、关键结果：" / "- Key results:": a numbered or bulleted section header.
            t_body, body_start = t_body[lm.end() :], body_start + lm.end()
        m = _bare_label(t_body)
        if not m:
            return False
        word = m.group("label").lower()
        kind = "objective" if word[0] in "og目" or "目标" in word else "kr"
        nxt = _next_line(self.lines, idx)
        if nxt is None:
            return False
        if (
            word.startswith("goal")
            # "Goal 2" numbered like the goal before it opens the next goal (decision 911)
            and not re.search(r"\d", word)
            and self.builders
            and self.builders[-1].kind == "objective"
            and self.current is self.builders[-1]
        ):
            # "- **Objective**: Grow the team" then "- **Goals**" over a list: the goals measure
            # that objective, they are its key results (decision 357).
            kind = "kr"
            self.goals_list = True
        else:
            self.goals_list = False
        self.kr_list_indent = None
        numbered = bool(re.search(r"\d|[一二三四五六七八九十]$", word))
        if not numbered and nxt.blank_before and HEADING_RE.match(nxt.text):
            if kind == "objective":
                # "## Objectives" over "#### Budgets owned by teams": a heading that names the
                # objectives below it, read as a heading (its sub-headings are the objectives).
                return False
            # "**We'll know we're successful when**:" left empty before the next section.
            self.prose_lines.append((ln.text, ln.start, ln.start + len(ln.text)))
            self.current = None
            return True
        follows = _is_list_like(nxt) or _label_kind(_heading_body(nxt.text)[0]) is not None
        if not follows and kind == "kr" and not numbered:
            follows = _bold_group_over_list(self.lines, idx + 1)  # "**Weight**" over its list
        if numbered and kind == "objective" and nxt.blank_before and self.lone_bullet(idx + 1):
            # "Goal 1", a blank line, then one bullet alone holding the goal's sentence (a school
            # district's goals page): the bullet is its wording, as the sentence alone is in
            # decision 1056 (decision 1334).
            b = self.start_item(kind, t_body.strip(), None, "", body_start + len(t_body), ln)
            b.open_ended = True
            b.wording_below = True
            self.section = None
            return True
        # "KR1:" with nothing after it is an empty item (KR_RE reads it); "Goal 1", a blank line,
        # then the goal's sentence alone is its wording (decision 1056).
        below = self.kr_wording_below(idx, kind, numbered)
        if (
            numbered
            and (follows or nxt.blank_before)
            and (follows or (kind != "objective" and not below) or not self.lone_line(idx + 1))
        ):
            return False
        if not follows and kind == "kr" and self.table_at(idx + 1) is not None:
            follows = (
                True  # "## 📊 Key Results（关键结果）" over "| KR | 描述 | 权重 |" (decision 410)
            )
        if follows:
            if kind == "kr" and self.current is None and not numbered:
                self.objective_above_label(idx)
            if (kind == "kr" and not numbered and _label_period(t_body)) or m.group("period"):
                # "**Key Results（上线后 30 天）**", "关键结果（Q3）：" over the list: the label's
                # period covers the key results under it, as a heading's does (decision 1907);
                # so does the year of "2027年度目标：" over its objectives (decision 2760).
                self.add_heading(t_body, body_start, 0)
            self.section = kind
            self.current = None
            return True
        if (
            kind == "kr"
            and not numbered
            and t_body.rstrip("*_ ").endswith((":", "："))
            and self.objectives()
            and (self.plain_lines_follow(idx) or self.spaced_lines_follow(idx))
        ):
            # "关键结果：" over plain lines, one key result a line (no bullets, no labels). A
            # label without its colon is a heading copied from a PDF, whose lines are wrapped.
            # A web page copied with a blank line between paragraphs spaces them the same way.
            self.section = "kr_lines" if self.plain_lines_follow(idx) else "kr_spaced"
            self.current = None
            return True
        if (
            kind == "objective"
            and not numbered
            and _heads_labelled(self.lines, idx + 1)
            and _label_kind(self.lines[idx + 2].text.strip()) == "objective"
        ):
            # "2027年上半年目标" then "仓储部" over "O1. …": the label names the set over a team's
            # line and its labelled objectives, a title with its period, not an objective whose
            # wording is the team's name (decision 6665)
            self.add_heading(t_body, body_start, 0)
            self.section = None
            self.current = None
            return True
        if kind == "kr" and not self.objectives():
            self.orphan_labels.append(ln)
        # The wording follows on the next line(s), joined as a continuation.
        b = self.start_item(kind, t_body.strip(), None, "", body_start + len(t_body), ln)
        b.open_ended = True
        # "## 🎯 Objective（目标）", a blank line, then "**构建…知识体系。**": a label heading whose
        # wording stands alone as the next paragraph (decision 410).
        # A numbered label on a plain line ("Goal 1", a blank line, the goal's sentence, then its
        # list) is set out the same way on a web page (decision 1056).
        # "**Objective**" in bold alone on its line, a blank line, then the objective's
        # sentence: the bold line is set out as a heading is (decision 1960).
        b.wording_below = below or (
            kind == "objective"
            and nxt.blank_before
            and (
                HEADING_RE.match(ln.text) is not None
                or numbered
                or _BOLD_LINE_RE.match(ln.text.strip()) is not None
            )
            and self.lone_line(idx + 1)
        )
        self.section = None
        return True

    def kr_wording_below(self, idx: int, kind: str, numbered: bool) -> bool:
        """Whether a numbered key-result label alone on its bullet ("• Key Result 1:") has its
        wording in the paragraph below it, after a blank line and indented under the bullet, as
        an OKR tool's lesson pastes it (decision 1912; decision 1056 reads "Goal 1" so)."""
        ln, nxt = self.lines[idx], _next_line(self.lines, idx)
        return (
            kind == "kr"
            and numbered
            and nxt is not None
            and nxt.blank_before
            and LIST_RE.match(ln.text) is not None
            and nxt.indent > ln.indent
            and self.lone_line(idx + 1)
        )

    def measure_of_named_kr(self, ln: _Line) -> bool:
        """A bullet under "**KR1.1：自动化与审核覆盖率**" (a bold labelled line of a name: no
        figure, no sentence) with a figure of its own is one of that key result's measures, added
        to it (decision 2183):
        the name says what the key result is about, the bullets how it is measured. The bold
        line and its bullets are one key result; two bullets or more make it compound."""
        cur = self.current
        if cur is None or cur.kind != "kr" or not cur.parts:
            return False
        lm = _list_match(ln.text)
        if lm is None or match_label(ln.text[lm.end() :]) is not None:
            return False
        if not any(c.isdigit() for c in ln.text[lm.end() :]):
            return False  # "- 完成设计稿" under "**KR2：上线新版官网**": work, read as before
        if not cur.measures_below:
            name, at = cur.parts[0]
            if len(cur.parts) != 1 or not _KR_NAME_RE.fullmatch(name):
                return False
            end = self.text.find("\n", at)
            row = self.text[self.text.rfind("\n", 0, at) + 1 : end if end >= 0 else None]
            if not _BOLD_KR_ROW_RE.match(row):
                return False
            cur.measures_below = True
        elif ln.blank_before:
            return False
        cur.add(ln.text[lm.end() :], ln.start + lm.end())
        return True

    def kr_naming_objective(self, label: str, wording: str) -> bool:
        """Whether "O1 客户满意度从80%提升到90%" is a key result of objective 1 that names it: a
        bare "O<n>" label, n the number of the objective it comes under, in that objective's key
        results (after a key-result label or another key result, no heading between) and a figure
        in its wording. A second "O1" cannot open another first objective; "O2 …" there does,
        and so does "O1 …" under a new heading (a second team's set; decision 4561)."""
        om = _O_NUMBER_LABEL_RE.fullmatch(label)
        objectives = self.objectives()
        if om is None or not objectives or not any(c.isdigit() for c in wording):
            return False
        objective, last = objectives[-1], self.builders[-1]
        own = _O_IN_LABEL_RE.search(objective.label)  # "Objective O1:" carries no number
        if (objective.number or (own and int(own.group(1)))) != int(om.group("n")):
            return False
        if any(h.start > last.anchor for h in self.heading_recs):
            return False
        return self.section in ("kr", "kr_lines", "kr_spaced") or (
            last.kind == "kr" and last is not objective
        )

    def period_goal_under_objective(self, label: str, rest: str) -> bool:
        """Whether "2027年目标：…", "Q2目标：…" or "满意度目标：…" with a figure in its wording comes
        under an objective labelled otherwise ("目标1：…", "O1："): the figure to reach in that period is
        one of the objective's key results (decision 5226). A wording with no figure
        ("2027年度目标：让居民办事更省心") stays an objective, and so does a page whose objectives
        all carry such labels (one a year: "2026年目标：…" then "2027年目标：…")."""
        if not re.search(r"\d", rest) or _period_or_measure_goal(label) is None:
            return False
        objective = next((b for b in reversed(self.builders) if b.kind == "objective"), None)
        if objective is None or _period_or_measure_goal(objective.label or "") is not None:
            return False
        return any(p.strip() for p, _ in objective.parts)

    def goal_under_objective(self, label: str) -> bool:
        """Whether "Goal 1.1:" comes under "Objective 1:": a plan whose objectives carry single
        numbers and whose goals carry the objective's number and their own (a parks master
        plan). The goals measure the objective: they are its key results (decision 1335)."""
        gm = _GOAL_DOTTED_RE.match(label)
        if gm is None:
            return False
        objective = next((b for b in reversed(self.builders) if b.kind == "objective"), None)
        if objective is None:
            return False
        om = _OBJECTIVE_NUMBERED_RE.match(objective.label)
        return om is not None and om.group("n") == gm.group("n")

    def lone_bullet(self, j: int) -> bool:
        """Whether line `j` is a list of one bullet with no label, and after it a blank line
        and another numbered bare label or nothing (decision 1334)."""
        ln = self.lines[j]
        lm = LIST_RE.match(ln.text)
        if lm is None or not _is_list_like(ln):
            return False
        body = ln.text[lm.end() :]
        if not body.strip() or match_label(body) is not None or _bare_label(body):
            return False
        nxt = _next_line(self.lines, j)
        if nxt is None:
            return True
        if not nxt.blank_before:
            return False
        m = _bare_label(nxt.text.strip())
        # "### 目标一" / "- [ ] 客户口碑" / "关键结果：" over the list: the key-result label of
        # the same goal may follow the bullet too (decision 5500).
        return m is not None and (
            bool(re.search(r"\d", m.group("label")))
            or _KR_LIST_LABEL_RE.fullmatch(m.group("label")) is not None
        )

    def lone_line(self, j: int) -> bool:
        """Whether line `j` is a paragraph of one line: no list item, heading, label or table
        row, and a blank line or a rule (or the end) after it."""
        ln = self.lines[j]
        t = ln.text
        if (
            HEADING_RE.match(t)
            or _is_list_like(ln)
            or match_label(_heading_body(t)[0]) is not None
            or _bare_label(t)
            or t.lstrip().startswith(("|", "｜"))
        ):
            return False
        nxt = _next_line(self.lines, j)
        return nxt is None or nxt.blank_before or bool(RULE_LINE_RE.match(nxt.text))

    @staticmethod
    def names_kr(name: str, rest: str) -> bool:
        """Whether a bold run before a colon names the key result whose sentence follows
        ("**Ticket volume [ASPIRATIONAL]:** Reduce …"), rather than its owner ("**Sales:** …")
        or its metric ("**NPS:** from 30 to 50")."""
        from coach.facts.owner import prefix_owner

        words = rest.split()
        return (
            name.isascii()
            and len(name.split()) <= 6
            and len(words) >= 4
            and rest[:1].isupper()
            and not prefix_owner(name)
        )

    def work_under_named_kr(self, ln: _Line, body: str) -> bool:
        """ "  - Schedule the workshop for autumn" under "- **Workshop for users [COMMITTED]:**
        Plan for a workshop …": the list nested under a key result that names itself in bold
        is the work planned for it (its initiatives), not more key results (decision 295)."""
        cur = self.current
        return (
            cur is not None
            and cur.kind == "kr"
            and cur.named
            and ln.indent > cur.indent
            and match_label(body) is None
        )

    def todo_under_measured_kr(self, ln: _Line, body: str, marker: str) -> bool:
        """ "  - [ ] order laptops two weeks ahead" under "- [ ] Laptop ready on day one from
        70% to 100% (Jo)": in a checklist, a box with no figure nested under a key result whose
        box states a figure is a to-do for it, not one more key result (decision 5711)."""
        cur = self.current
        if (
            cur is None
            or cur.kind != "kr"
            or ln.indent <= cur.indent
            or _CHECKBOX_RE.search(marker) is None
            or _DIGIT_RE.search(body)
            or match_label(body) is not None
            or not any(_DIGIT_RE.search(t) for t, _ in cur.parts)
        ):
            return False
        above = next((x for x in self.lines if x.number == cur.line_no), None)
        return above is not None and _CHECKBOX_RE.search(above.text[:12]) is not None

    def work_under_labelled_kr(self, ln: _Line, body: str, marker: str) -> bool:
        """ "  - order laptops two weeks ahead" under "- KR1: Laptop ready on day one from 70% to
        100% (Jo)": a plain list item with no figure and no label, nested under a key result
        that carries its KR label, is that key result's work, not one more key result (decision
        5824, brief dl40 item 2; checklists: decision 5711). Nested items with a figure stay key
        results ("  - Accounts created before day one for 90% of starters"), as do those under an
        unlabelled key result (decision 357's caution)."""
        cur = self.current
        return (
            cur is not None
            and cur.kind == "kr"
            and any(t.strip() for t, _ in cur.parts)  # "- KR1:" over its wording: not yet
            and ln.indent > cur.indent
            and bool(marker.strip())
            and _KR_LABEL_WORD_RE.search(cur.label or "") is not None
            and _DIGIT_RE.search(body) is None
            and match_label(body) is None
        )

    def note_under_labelled_kr(self, ln: _Line, body: str) -> bool:
        """ "  - *Plain words: supports more members borrowing*" under "- **Key Result 1.1:** …":
        in a labelled draft, an unlabelled item wholly in italics or bold, nested under a key
        result, is a note on it, not one more key result (decision 2068)."""
        cur = self.current
        return (
            self.labelled
            and cur is not None
            and cur.kind == "kr"
            and ln.indent > cur.indent
            and match_label(body) is None
            and _WHOLLY_EMPHASISED.match(body.strip()) is not None
        )

    def objective_above_label(self, idx: int) -> None:
        """ "**Make renewals painless**:" above "**We'll know we're successful when**:" and its
        list (a team handbook's layout, under a heading that only names the person): the bold
        line since the last Markdown heading states the objective those key results measure
        (decision 289). It was read as prose or as a heading; it becomes the objective.
        A short plain line right above the label does the same ("Write fantastic novels", a
        blank line, "Key Results", a blank line and its bullets: decision 731)."""
        if (
            idx > 0
            and (not self.builders or self.builders[-1].kind == "kr")
            and self._plain_objective_above(self.lines[idx - 1])
        ):
            # (Not when an objective above still waits for its key results: then the line is
            # its field or note, "### Team" / "Outpatient care": decision 542.)
            ln = self.lines[idx - 1]
            self.prose_lines = [p for p in self.prose_lines if p[1] != ln.start]
            self.heading_recs = [r for r in self.heading_recs if r.start != ln.start]
            self.start_item("objective", "", None, ln.text.strip(), ln.start, ln)
            return
        for j in range(idx - 1, -1, -1):
            ln = self.lines[j]
            if _heading_body(ln.text)[1] or _is_list_like(ln) or FIELD_SECTION_RE.match(ln.text):
                return  # a Markdown heading or a list item: no stated objective in between
            m = _BOLD_LINE_RE.match(ln.text)
            if m is None or match_label(m.group("inner")) is not None:
                continue
            start = ln.start + m.start("inner")
            if any(
                ln.start <= at < ln.start + len(ln.text)
                for b in self.builders
                for _t, at in b.parts
            ):
                return  # the wording of a label heading above it already (decision 410)
            self.prose_lines = [p for p in self.prose_lines if p[1] != ln.start]
            self.heading_recs = [r for r in self.heading_recs if r.start != ln.start]
            self.start_item("objective", "", None, m.group("inner"), start, ln)
            return

    def _subtitle_parts(self, ln: _Line, t: str) -> tuple[str, str, int, int] | None:
        if ln.blank_before:
            return None
        return _card_subtitle(t, ln.start + (len(ln.text) - len(ln.text.lstrip())))

    def _kr_after(self, cur: _Builder) -> bool:
        """Whether a key result was read after builder `cur` (found by identity from the end:
        `cur` is the last or near it, and comparing builders field by field made a long list
        of lines quadratic)."""
        for b in reversed(self.builders):
            if b is cur:
                return False
            if b.kind == "kr":
                return True
        return False

    def subtitle_of_current(self, idx: int, ln: _Line, t: str) -> bool:
        """ "客户成功团队 • 2024 Q1" right under an objective that has no key result yet and was read
        from the line above: the card's subtitle gives that objective its owner and its period
        (decision 3803), it is no objective of its own."""
        cur = self.current
        if (
            cur is None
            or cur.kind != "objective"
            or idx == 0
            or "owner" in cur.cells
            or "due" in cur.cells
            or self._kr_after(cur)
        ):
            return False
        above = self.lines[idx - 1]
        if not any(above.start <= at < above.start + len(above.text) for _t, at in cur.parts):
            return False
        parts = self._subtitle_parts(ln, t)
        if parts is None:
            return False
        _give_subtitle(cur, parts)
        cur.heads_list = True
        self.section = None
        return True

    def card_subtitle(self, idx: int, ln: _Line, t: str) -> bool:
        """ "客户成功团队 • 2024 Q1" right under a short plain statement and over its list: an OKR
        card's subtitle, who owns the objective and its period (decision 3803). The statement
        above is the objective (it was read as a title or as prose, and the subtitle as the
        objective); the team or person and the period are its owner and due cells, which its key
        results inherit (a team on the objective owns it: decision 1097)."""
        parts = self._subtitle_parts(ln, t) if idx > 0 else None
        if parts is None:
            return False
        above = self.lines[idx - 1]
        if not self._plain_objective_above(above):
            return False
        self.prose_lines = [p for p in self.prose_lines if p[1] != above.start]
        self.heading_recs = [r for r in self.heading_recs if r.start != above.start]
        b = self.start_item("objective", "", None, above.text.strip(), above.start, above)
        b.heads_list = True
        _give_subtitle(b, parts)
        self.section = None
        return True

    def _plain_objective_above(self, ln: _Line) -> bool:
        """Whether `ln`, the line right above a bare "Key Results" label, is a short plain
        statement (decision 731): no bullet, heading, label, bold or closing mark, a few words
        that name no set ("Q3 OKRs", "Sales team"), and no item's wording yet."""
        t = ln.text.strip()
        if (
            not t
            or _is_list_like(ln)
            or _heading_body(ln.text)[1]
            or FIELD_SECTION_RE.match(ln.text)
            or match_label(t) is not None
            or _bare_label(t)
            or t[-1] in ".:：;；!！?？,，*_)）"
            or t[0] in "*_#>|[("
            or not (2 <= len(t.split()) <= 12 or _cjk_statement(t))
            or len(t) > 90
            or looks_like_title(t)
            or looks_like_unit(t)
        ):
            return False
        return not any(
            ln.start <= at < ln.start + len(ln.text) for b in self.builders for _t, at in b.parts
        )

    def plain_lines_follow(self, idx: int) -> bool:
        """Whether two or more whole lines follow line `idx` with no blank line, bullet or label
        among them, none of them short or left unfinished (a line wrapped by a PDF copy)."""
        count = 0
        j = idx + 1
        while j < len(self.lines):
            ln = self.lines[j]
            if (j > idx + 1 and ln.blank_before) or count >= 2:
                break
            t = ln.text
            if (
                _is_list_like(ln)
                or _label_kind(_heading_body(t)[0]) is not None
                or HEADING_RE.match(t)
                or len(t) < 6
                or _unfinished(t)
            ):
                return False
            count += 1
            j += 1
        return count >= 2

    def objective_label_below(self, idx: int) -> bool:
        """Whether a line after `idx` opens an objective with its label ("目标1：…", "O2: …").
        The lines are read once, for the last such line (linear in the draft however many
        lines ask)."""
        if self.last_objective_label is None:
            self.last_objective_label = -1
            for j, ln in enumerate(self.lines):
                found = match_label(_heading_body(ln.text)[0])
                if found is not None and found[0] == "objective":
                    self.last_objective_label = j
        return self.last_objective_label > idx

    def section_over_objective(
        self, idx: int, t_body: str, found: tuple[str, re.Match[str], int, str]
    ) -> bool:
        """Whether a Markdown heading read as a dotted key result ("### 4.2 Nursing", "### 2.1
        Reception (Practice Manager)") is a document's numbered section heading: a short name
        with no figure, and the next line with text opens an objective with its label; the
        objective above it, if any, sits under a heading of the same depth numbered in the same
        section ("### 7.1 …"), so the number counts sections, not that objective's key results
        (decision 4460)."""
        _kind, m, off, _who = found
        number = m.group(0).strip()
        if not _SECTION_NUMBER_RE.match(number) or not _section_name(t_body[off + m.end() :]):
            return False
        j = next((k for k in range(idx + 1, len(self.lines)) if self.lines[k].text.strip()), None)
        if j is None:
            return False
        nxt = self.lines[j].text
        section = number.split(".")[0] + "."
        below = match_label(_heading_body(nxt)[0])
        if below is None or below[0] != "objective":
            return False
        objectives = self.objectives()
        if not objectives:
            return True
        last = objectives[-1]
        start = last.parts[0][1] if last.parts else last.anchor
        above = [h for h in self.heading_recs if h.start < start]
        if not above:
            return False
        depth = len(self.lines[idx].text) - len(self.lines[idx].text.lstrip("#"))
        head = above[-1]
        return (
            head.markdown_depth == depth
            and head.text.startswith(section)
            and bool(_DOTTED_NUMBER_RE.match(head.text.split(" ", 1)[0]))
        )

    def sections_below(self, idx: int, t_body: str) -> bool:
        """Whether Markdown heading `idx`, "7." and a short name ("## 7. Plans by team"), heads
        numbered sections: the next line with text is a deeper heading numbered "7.1 …" that is
        a section over a labelled objective (decision 4460)."""
        m = re.match(r"(\d{1,2})\.[ \t]+", t_body)
        if m is None or not _section_name(t_body[m.end() :]):
            return False
        j = next((k for k in range(idx + 1, len(self.lines)) if self.lines[k].text.strip()), None)
        if j is None:
            return False
        nxt = self.lines[j].text
        hm, hn = HEADING_RE.match(nxt), HEADING_RE.match(self.lines[idx].text)
        if hm is None or hn is None or len(hm.group(0).strip()) <= len(hn.group(0).strip()):
            return False
        body = _heading_body(nxt)[0]
        found = match_label(body)
        return (
            found is not None
            and body.startswith(m.group(1) + ".")
            and self.section_over_objective(j, body, found)
        )

    def okr_table_below(self, idx: int) -> bool:
        """Whether the next line with text after `idx` is the header row of an OKR table
        ("| 目标 | 关键结果 | 目标值 |"): what stands above it is the table's title."""
        for ln in self.lines[idx + 1 :]:
            if not ln.text.strip():
                continue
            cells = tables.split_pipes(ln.text, ln.start)
            return cells is not None and tables.header_roles(cells) is not None
        return False

    def spaced_lines_follow(self, idx: int) -> bool:
        """Whether two or more whole lines follow line `idx`, each after a blank line and none
        wrapped onto a next line (paragraphs of a copied web page, one key result each)."""
        count = 0
        j = idx + 1
        while j < len(self.lines) and count < 2:
            if not self.spaced_item_line(j):
                return False
            count += 1
            j += 1
        return count >= 2

    def spaced_item_line(self, j: int) -> bool:
        """Line `j` is a paragraph of its own that reads as one key result: after a blank line,
        with a blank line (or the end) after it, short, whole, and neither a label, a heading, a
        list item nor a lead-in ending in a colon."""
        ln = self.lines[j]
        t = ln.text
        nxt = self.lines[j + 1] if j + 1 < len(self.lines) else None
        return (
            ln.blank_before
            and (nxt is None or nxt.blank_before)
            and 6 <= len(t) <= 80
            and not t.rstrip().endswith((":", "："))
            and not _SPACED_STOP_RE.match(t)
            and not _is_list_like(ln)
            and _label_kind(_heading_body(t)[0]) is None
            and not HEADING_RE.match(t)
            and not _unfinished(t)
        )

    def heading(self, idx: int, ln: _Line, t_body: str, body_start: int) -> None:
        # A heading without a label: a title, a level ("## Team OKRs"), or, in an unlabelled
        # draft, an objective when list items follow.
        hashes = len(ln.text) - len(ln.text.lstrip("#"))
        self.reopened = None
        self.add_heading(t_body, body_start, hashes)
        lvl = level_from_heading(t_body, markdown=True)
        if lvl:
            self.pending_level, self.pending_level_depth = lvl, hashes
        elif (
            self.pending_level is not None
            and hashes <= self.pending_level_depth
            and _names_okrs(t_body)
            and len(t_body) <= 40
        ):
            # "# 公司 2027年Q1 OKR" … "# 外卖站 2027年Q1 OKR": another set's title, as high as the
            # one that named the level, names none: its objectives' level is not known (1935)
            self.pending_level = None
        is_title = (
            (_names_okrs(t_body) and len(t_body) <= 40)
            or idx + 1 in self.emoji_groups()  # "## Q3 2026" over "🎯 …" / "✅ …" groups
        ) or (
            not self.labelled
            and (
                looks_like_title(t_body)
                or looks_like_unit(t_body)
                or (
                    self.nested_after(idx)
                    and not _states_objective(t_body)
                    and not self.groups_below(idx, t_body)
                )
            )
        )
        if (
            not is_title
            and not self.labelled
            and idx + 1 in self.spaced_headings()
            and len(self.lines[idx + 1].text) - len(self.lines[idx + 1].text.lstrip("#")) > hashes
        ):
            is_title = True  # "## Scrolling" over "### Make scrolling fast" over paragraphs (4942)
        if not is_title and self.sections_below(idx, t_body):
            is_title = True  # "## 7. Plans by team" over "### 7.1 Sales" sections (4460)
        if not is_title and self.names_section_over_objective(idx, t_body):
            # "## 🚀 北极星" / "让新用户第一周就爱上产品" / "## 关键结果": the heading names the
            # section, the line under it is its objective (decision 2445)
            is_title = True
            self.named_objectives.add(idx + 1)
        if not self.labelled and not _names_okrs(t_body) and idx in self.spaced_headings():
            # "### Make scrolling fast 0.5" over one key result a paragraph (decision 4942)
            self.heading_recs.pop()
            b = self.start_item("objective", *self.heading_marker(ln, t_body, body_start), ln)
            b.from_heading = True
            self.section = "kr_spaced"
            return
        if not self.labelled and not is_title and self.heads_items(idx):
            self.heading_recs.pop()  # `rec`: an objective, not a heading
            b = self.start_item("objective", *self.heading_marker(ln, t_body, body_start), ln)
            b.from_heading = b.heads_list = True
            b.groups = self.groups_below(idx, t_body)
        elif not is_title and self.objective_heading_over_prose(idx, hashes, t_body):
            self.heading_recs.pop()  # an objective told in a paragraph, perhaps then its list
            b = self.start_item("objective", *self.heading_marker(ln, t_body, body_start), ln)
            b.from_heading = True
            b.heads_list = self.list_before_next_heading(idx)
        else:
            self.current = None
            objectives = self.objectives()
            if is_title and objectives and objectives[-1].heads_list and self.nested_after(idx):
                # "### Company Wide:" over a two-level list, after "### Vision:" over its own
                # list: a new section whose outer items are objectives; the list that the
                # heading objective above headed has ended.
                objectives[-1].heads_list = False
        self.section = None

    def names_section_over_objective(self, idx: int, t_body: str) -> bool:
        """A heading that only names its section ("## 🚀 北极星", "## 北极星", "## ✨ Our focus":
        a decoration or a short name of a few words), then one plain line longer than it, then a
        bare key results label ("## 关键结果", "Key results:") over its list: the line is the
        objective, the heading its section's name (decision 2445). A line between that is a
        field ("Why: …"), a label or a sentence ending in a stop explains a heading that states
        the objective (decisions 289, 411, 542)."""
        if idx + 3 > len(self.lines) or not HEADING_RE.match(self.lines[idx].text):
            return False
        head = t_body.strip("*_ ")
        name = _DECORATION_RE.sub("", head).strip()
        decorated = len(name) < len(head)
        cjk = cjk_count(name)
        if not name or any(c.isdigit() for c in name) or _names_okrs(name):
            return False
        short = cjk <= 6 if cjk else len(name.split()) <= (4 if decorated else 2)
        if not short or not (decorated or cjk):
            return False
        line, label = self.lines[idx + 1], self.lines[idx + 2]
        t = line.text.strip()
        size = cjk_count(t) if cjk else len(t.split())
        if (
            HEADING_RE.match(line.text)
            or _is_list_like(line)
            or match_label(t) is not None
            or _bare_label(_heading_body(t)[0])
            or re.search(r"[:：]", t)
            or t[-1:] in _TERMINAL
            or size <= (cjk if cjk else len(name.split()))
            or len(t) > 80
            or idx + 3 >= len(self.lines)
        ):
            return False
        m = _bare_label(_heading_body(label.text)[0])
        return (
            m is not None
            and m.group("label").lower()[0] not in "og目"
            and _is_list_like(self.lines[idx + 3])
        )

    @staticmethod
    def heading_marker(ln: _Line, t_body: str, body_start: int) -> tuple[str, int | None, str, int]:
        """The label, number, wording and its start of an objective stated by a heading: a
        number before the wording ("### 1. Budgets owned by teams", "### 2) …") is its marker,
        not part of what it says (decision 285)."""
        label = ln.text[: body_start - ln.start].strip()
        m = _HEADING_NUMBER_RE.match(t_body)
        if m is None or m.end() == len(t_body):
            return label, None, t_body, body_start
        number = int(m.group("n"))
        return (
            f"{label} {m.group(0).strip()}".strip(),
            number,
            t_body[m.end() :],
            body_start + m.end(),
        )

    def list_before_next_heading(self, idx: int) -> bool:
        """Whether a list starts under heading `idx` before the next heading (after the
        paragraph that explains the objective): its items are the objective's key results."""
        for ln in self.lines[idx + 1 :]:
            if HEADING_RE.match(ln.text):
                return False
            if _is_list_like(ln):
                return True
        return False

    def table_before_next_heading(self, idx: int) -> bool:
        """Whether a table starts under heading `idx` before the next heading ("## Horizon 1 —
        Year 1" over a theme line and a table of objectives): the heading names the section the
        table's rows fill, it states no objective itself."""
        for j in range(idx + 1, len(self.lines)):
            if HEADING_RE.match(self.lines[j].text):
                return False
            if self.table_at(j) is not None:
                return True
        return False

    def objective_heading_over_prose(self, idx: int, depth: int, t_body: str) -> bool:
        """ "#### Ship a Java SDK" with a paragraph under it, below "### Q4 2025 Objectives":
        a heading under a heading that names the objectives is one of them, even when only a
        paragraph explains it (decision 294). English only; a review or notes section is not."""
        from coach.facts.owner import strip_person_elements

        nxt = _next_line(self.lines, idx)
        words = strip_person_elements(t_body).strip("*_# ").split()
        if (
            not depth
            or nxt is None
            or len(words) < 2  # "### <TeamMember name="Luke Baber" />": whose section it is
            or looks_like_unit(t_body)
            or not _latin(" ".join(words))
            or _is_list_like(nxt)
            or HEADING_RE.match(nxt.text)
            or self.table_before_next_heading(idx)
            or REVIEW_SECTION_RE.match(t_body)
            or INITIATIVES_RE.match(t_body)
            or _bare_label(t_body)
            or _NOTE_KEY_RE.match(t_body.strip("*_: "))
        ):
            return False
        for rec in reversed(self.heading_recs[:-1]):
            if 0 < rec.markdown_depth < depth and _names_whose(rec.text):
                depth = rec.markdown_depth  # "### Ana Ruiz" over her objectives: look above it
                continue
            if 0 < rec.markdown_depth < depth:
                return bool(_OBJECTIVES_HEADING_RE.search(rec.text))
            if rec.markdown_depth == depth and not rec.from_list:
                continue
        return False

    def list_item(self, idx: int, ln: _Line, lm: re.Match[str]) -> None:
        body = ln.text[lm.end() :]
        bstart = ln.start + lm.end()
        cur = self.current
        if cur is not None and cur.wording_below and not cur.parts and ln.blank_before:
            # The one bullet under "Goal 1" and a blank line is the goal's wording (1334).
            cur.add(body, bstart)
            cur.open_ended = False
            return
        marker = lm.group("marker")
        field_indent = self.prev_field_indent
        if self.attribute(ln, body, bstart):
            self.field_indent = None if _KR_WORD_RE.search(body) else ln.indent
            return
        if self.aside(ln, body, bstart):
            return
        if (
            field_indent is not None and ln.indent > field_indent and match_label(body) is None
        ) or self.part_of_kr(ln):
            # "- Measure: Energy rating (1–5 scale)" over "  - 1 = exhausted, …": the field's
            # value goes on (decision 543); "… including:" over its parts: the key result's details.
            if field_indent is not None and ln.indent > field_indent:
                self.field_indent = field_indent  # the value's next line may follow
            self.prose_lines.append((ln.text, ln.start, ln.start + len(ln.text)))
            return
        core = body.strip("*_ ").rstrip(":：").strip("*_ ")
        if SUMMARY_KEY_RE.match(core) or _NOTE_KEY_RE.match(core) or core.lower() == "tracking":
            # "- **Final Score**" over a table of grades, "- **Notes:**" over remarks: a
            # section of fields about the items above, not a key result (decision 296).
            if not SUMMARY_KEY_RE.match(core):
                self.section = "skip"
            self.current = None
            self.prose_lines.append((ln.text, ln.start, ln.start + len(ln.text)))
            return
        if (
            self.section == "skip"
            or self.work_under_named_kr(ln, body)
            or self.todo_under_measured_kr(ln, body, marker)
            or self.work_under_labelled_kr(ln, body, marker)
            or self.note_under_labelled_kr(ln, body)
            or _withdrawn(body)
            or _ANTI_GOAL_ITEM_RE.match(body)
        ):
            self.prose_lines.append((ln.text, ln.start, ln.start + len(ln.text)))
            return
        nxt = _next_line(self.lines, idx)
        nm = LIST_RE.match(nxt.text) if nxt is not None else None
        other_marks = nm is not None and _marker_style(nm.group("marker")) != _marker_style(marker)
        if (
            (_names_okrs(body) and len(body) <= 40)
            or (
                # "📚 Corner Books — OKRs for Spring 2027" above "🎯 …" / "• …": the first line of
                # the draft, decorated by an emoji, names the set (decision 5001)
                _marker_style(marker) == "emoji"
                and not self.objectives()
                and len(body) <= 100
                and nxt is not None
                and nm is not None
                and (
                    (
                        looks_like_title(_emoji_tail(body))
                        and _marker_style(nm.group("marker")) == "emoji"
                        and nm.group("marker").strip()[:1] != marker.strip()[:1]
                    )
                    # "🌸<驿站> 工作目标🌸" over "一、…" / "1. …": wrapped in emoji at both ends,
                    # the line decorates a title over a list of its own kind; over "一、"/"（一）"
                    # the place's name alone is enough ("🌸<驿站>🌸"): those ordinals open the
                    # page's top items (decision 4990)
                    or (
                        _emoji_tail(body) != body
                        and _marker_style(nm.group("marker")) != "emoji"
                        and (
                            looks_like_title(_emoji_tail(body))
                            or (
                                _marker_style(nm.group("marker")) in ("zh", "zh-paren")
                                and self.ordinal_heads_list(idx + 1, nm.group("marker"))
                                and len(_emoji_tail(body)) <= 20
                                and not re.search(r"\d", body)
                                and not _prose_like(body)
                            )
                        )
                    )
                )
            )
            or (
                self.labelled
                and nxt is not None
                and (
                    (
                        not self.next_in_run(ln, marker)
                        and not nxt.blank_before
                        and (nxt.indent > ln.indent or other_marks)
                    )
                    # "2. The Conversion Flywheel" over a blank line and "• Objective: …": the
                    # numbered themes of the page, each over its labelled objective (decision 547).
                    # A numbered line that goes on from the key results above it ("3. …" then
                    # "4. 每周召开一次居民议事会") is their last one, not a theme (decision 1571).
                    # Over an unmarked "Goal: …" line too: "2. Protect" / blank / "Goal: …"
                    # (decision 4621).
                    or (
                        (other_marks or (nm is None and _unnumbered_label(nxt.text)))
                        and not self.next_in_run(ln, marker)
                        and nxt.blank_before
                        and nxt.indent >= ln.indent
                        and _marker_style(marker) in ("num", "zh")
                        and not re.search(r"\d", body)  # a theme's title, no key result's figure
                    )
                    # "二、后厨（厨师长 老马）" right over "O2：出品又快又稳", after the key results
                    # above: a Chinese ordinal's short part name over its labelled objective is
                    # the part's heading, not a last key result (decision 6965)
                    or (
                        _marker_style(marker) in ("zh", "zh-paren")
                        and not self.next_in_run(ln, marker)
                        and nxt.indent == ln.indent
                        and nm is None
                        and len(body.strip()) <= 24
                        and not re.search(r"\d", body)
                    )
                )
                and _label_kind(nxt.text) == "objective"
                and not _prose_like(body)
            )
        ):
            # "（一）以招聘为导向的 OKR", or "1. 优化培训体系" right above "- O1: …": a section.
            # An emoji only decorates a title ("📅 2025.7-2025.9 华东二区OKR"): not a list item.
            self.prose(ln, body, bstart, from_list=_marker_style(marker) != "emoji")
            return
        if self.group_line(ln, body, nxt):
            self.prose(ln, body, bstart, from_list=True)
            return
        if self.labelled:
            if self.section == "objective":
                # "## Goals" over "1. Budgets owned by teams" over "   - Forecast error below
                # 10%": the items nested under a listed objective are its key results
                # (decision 285).
                objectives = self.objectives()
                last = objectives[-1] if objectives else None
                nested = (
                    last is not None
                    and last.style != ""
                    and self.builders[-1].kind in ("objective", "kr")
                    and (
                        ln.indent > last.indent
                        # "本季度目标：" / "一、把身体练好" / "1. 体重…": a number under a Chinese
                        # ordinal nests, as in a list of its own (decision 2760)
                        or (
                            last.style == "zh"
                            and _marker_style(marker) in ("num", "num-paren", "circled")
                            and ln.indent >= last.indent
                        )
                    )
                    and _label_kind(body) is None
                )
                kind = "kr" if nested else "objective"
            elif not self.objectives():
                # A bulleted intro before the first objective is prose, not a key result.
                self.prose(ln)
                return
            elif self.point_of_kr(ln, marker, body):
                self.prose(ln, body, bstart)
                return
            else:
                kind = "kr"
        else:
            if self.themes_bold_items(idx, ln):
                # "1. Grow the business" over "a. **Win enterprise customers**" over "i. …":
                # the outer level is a theme, the bold level its objectives.
                self.prose(ln, body, bstart, from_list=True)
                return
            kind = self.unlabelled_list_kind(idx, ln, marker)
            if self.intro_objectives and (
                self.intro_indent is None or ln.indent <= self.intro_indent
            ):
                # "以下是一些采购OKR目标的示例:" over "- 降低采购成本": each is an objective.
                kind, self.intro_indent = "objective", ln.indent
        label = marker
        lead = _BOLD_NAME_RE.match(body) if kind == "kr" else None
        if lead is not None and self.names_kr(lead.group("name"), body[lead.end() :]):
            # "**Support documentation [COMMITTED]:** Create or update …": the bold run names
            # the key result; its wording is the sentence after it (decision 295).
            label = f"{marker} {lead.group(0).strip()}"
            body, bstart = body[lead.end() :], bstart + lead.end()
        else:
            lead = None
        if kind == "kr" and self.section == "kr" and self.goals_list:
            if self.kr_list_indent is None:
                self.kr_list_indent = ln.indent
            elif ln.indent > self.kr_list_indent + 1 and self.builders[-1].kind == "kr":
                # "  - Each member contributes to a team project" over "    - QuoteHog": the
                # examples under a key result listed after its label, not key results.
                self.prose_lines.append((ln.text, ln.start, ln.start + len(ln.text)))
                return
        qm = _QUOTED_ITEM_RE.match(body)
        if qm is not None:
            # "- “提升团队的客户满意度”": a page quoting its example item; the wording is what
            # is inside the quotes (decision 742).
            body, bstart = qm.group("inner"), bstart + qm.start("inner")
        b = self.start_item(kind, label, _marker_number(marker), body, bstart, ln)
        b.named = lead is not None
        b.style = _marker_style(marker)
        b.heads_list, self.pending_heads_list = self.pending_heads_list, False
        b.restarts, self.pending_restarts = self.pending_restarts, False

    def part_of_kr(self, ln: _Line) -> bool:
        """A list item nested under a key result whose wording ends by announcing its parts
        ("Define a backup plan, including:", "…，包括：") is one of those parts (decision 543); a
        question nested under a key result ("- How many give up, and when?") is a note on it
        (decision 1064)."""
        last = self.builders[-1] if self.builders else None
        if last is None or last.kind != "kr" or not last.parts or ln.indent <= last.indent:
            return False
        if ln.text.rstrip().endswith(("?", "？")):
            return True
        return _PARTS_LEAD_RE.search(last.parts[-1][0].rstrip()) is not None

    def point_of_kr(self, ln: _Line, marker: str, body: str) -> bool:
        """An unlabelled list item under a labelled key result that is one of its points, not a
        key result of its own (decision 411): items marked otherwise than the key results ("1.
        KR1:优化促销水印产品功能…" over "·流程优化", "·定时删除水印": the work planned for it), or the
        list a key result announces with a colon ("* KR1.2: …在以下评估维度上达到高质量标准：" over "*
        共情 (Empathy)", "* 积极关注 …"), up to the next labelled item."""
        last = self.builders[-1] if self.builders else None
        if (
            last is None
            or last.kind != "kr"
            or not _KR_WORD_RE.search(last.label)
            or _label_kind(body) is not None
            or not last.parts
        ):
            return False
        style = _marker_style(marker)
        if marker in _POINT_MARKS and style != last.style and ln.indent <= last.indent + 4:
            return True
        said = last.parts[-1][0].rstrip("*_ ")
        return said.endswith(("：", ":")) and last.style in ("", style) and ln.indent == last.indent

    def named_objective(self, kind: str, number: int | None, wording: str) -> _Builder | None:
        """An objective that only gave a name ("#### **O1: CUSTOMER DELIGHT**") when the line
        after it states it under a plain label ("**Goal:** Customers stay because …"): the name
        becomes a heading over the stated objective, which keeps its number. None otherwise."""
        cur = self.current
        if (
            kind != "objective"
            or number is not None
            or cur is None
            or cur.kind != "objective"
            or cur.number is None
            or not self.builders
            or self.builders[-1] is not cur
            or len(cur.parts) != 1
            or not wording.strip("*_ ")
        ):
            return None
        name = cur.parts[0][0].strip("*_ ")
        if cjk_count(name) > 8 or len(name.split()) > 4 or any(c in _TERMINAL for c in name):
            return None
        if (
            len(wording.split()) < 2 * len(name.split()) + 2
            and cjk_count(wording) < 2 * cjk_count(name) + 4
        ):
            return None  # the line after is no fuller statement of it
        self.builders.pop()
        self.objective_builders.pop()
        self.add_heading(name, cur.parts[0][1], 0)
        return cur

    def group_line(self, ln: _Line, text: str, nxt: _Line | None) -> bool:
        """Whether a line under an objective names a group of its key results ("- Features"
        over deeper items, "技术类：" over "1. …"): a heading among them, not a key result. In a
        draft without labels only after the objective's first key result (before it, such a
        line may be the objective itself)."""
        objectives = self.objectives()
        if not objectives or self.section == "objective" or nxt is None or nxt.blank_before:
            return False
        last = objectives[-1]
        if not self.labelled and not (
            last.heads_list and (last.groups or self.builders[-1].kind == "kr")
        ):
            return False
        deeper = nxt.indent > ln.indent and LIST_RE.match(nxt.text) is not None
        follows = _is_list_like(nxt) or (self.labelled and nxt.indent >= ln.indent)
        named = _zh_group_form(text.strip("*_ ").rstrip(":："))  # "生活篇" over anything
        # Where objectives carry their label, an unlabelled line ending in a colon is no
        # objective: a heading of up to six words ("People team under it:", decision 205).
        most = 6 if self.labelled else 3
        return (deeper and _group_name(text, colon=False)) or (
            (follows or named) and _group_name(text, colon=True, most=most)
        )

    def groups_below(self, idx: int, text: str) -> bool:
        """Whether line `idx`, a phrase of four words or more, heads a two-level list whose
        outer items only name groups, each with items under it ("Turn trials into paying
        teams" over "- Activation" over "  - 60% of trials …"): then the line is the objective
        and the inner items its key results. Each list is scanned once per line above it."""
        if idx in self.grouped:
            return self.grouped[idx]
        found = False
        if (len(text.split()) >= 4 or cjk_count(text) >= 6) and not _SET_TITLE_RE.search(text):
            outer: int | None = None
            child = True  # whether the last group has an item under it
            j = idx + 1
            while j < len(self.lines):
                ln = self.lines[j]
                lm = LIST_RE.match(ln.text)
                if lm is None or (outer is not None and (ln.blank_before or ln.indent < outer)):
                    break
                if outer is None:
                    outer = ln.indent
                if ln.indent == outer:
                    if not child or not _group_name(ln.text[lm.end() :], colon=False):
                        child = False  # a group without items, or an outer item that is no group
                        break
                    child = False
                else:
                    child = found = True
                j += 1
            found = found and child
        self.grouped[idx] = found
        return found

    def next_in_run(self, ln: _Line, marker: str) -> bool:
        """Whether list item `ln` goes on from the key result above it: the same kind of marker
        at the same indent, numbered one more ("1. …" then "2. …") or not numbered ("▪ …"). Such an item is the last key
        result of its objective even when the next objective's label follows it ("2. 降低损失"
        then "二、目标：…"), not a section's name over that objective."""
        cur = self.current
        number = _marker_number(marker)
        if cur is None or cur.kind != "kr" or not cur.style:
            return False
        if cur.style != _marker_style(marker) or cur.indent != ln.indent:
            return False
        if number is None or cur.number is None:
            return number is None and cur.number is None  # "▪ …" after "▪ …"
        return number == cur.number + 1

    def attribute(self, ln: _Line, text: str, start: int) -> bool:
        """ "Owner: Ana" or "- **Target:** 95%" under an item: a value of that item, kept in its
        `cells` (and, for owner/due/score/status, its given values) rather than its wording."""
        cur = self.current
        if cur is None:
            return False
        if "\t" in text and ":" not in text and "：" not in text:
            # "Owner<Tab>Maya Lin", "Status<Tab>On track": a Notion page's properties copied
            # as text; the tab is the colon (same length, so offsets hold; decision 1575).
            key, _, rest = text.partition("\t")
            if (
                _TAB_FIELD_KEY_RE.fullmatch(key.strip("*_ "))
                and rest.strip()
                and "\t" not in rest.strip()
            ):
                text = f"{key}:{rest}"
        if not cur.parts:
            m = ATTRIBUTE_RE.match(text) if cur.kind == "kr" else None
            if m is not None and _PROGRESS_KEY_RE.match(m.group("key")) and cur.label:
                # "KR1" alone over "Progress: 40%" then its wording: the figure is how far
                # the key result has come, a field, not its wording (decision 1209).
                role = tables.role_of(m.group("key")) or m.group("key").lower()
                value = m.group("value").strip()
                if role not in cur.cells and value:
                    v0 = start + m.start("value")
                    cur.cells[role] = Cell(role, m.group("key"), value, v0, v0 + len(value))
                    return True
            if m is None or not _MEASURE_KEY_RE.match(m.group("key")):
                return False
            # "- KR1" over "  Metric: Share of tickets deflected": the metric is its wording, the
            # "Baseline:" and "Target:" rows below are its fields (decision 1028).
            value = m.group("value").strip()
            cur.add(value, start + m.start("value"))
            cur.label = f"{cur.label} {text[: m.start('value')].strip()}".strip()
            return True
        if self.names_only(ln, text, start):
            return True
        if self.field_run(text, start, ln):
            return True
        m = ATTRIBUTE_RE.match(text)
        if not m:
            return False
        key = m.group("key")
        if _MORE_DUE_KEY_RE.fullmatch(key) and not _due_value(m.group("value")):
            return False  # "完成时间：从48小时缩短到24小时": a duration's key result (4280)
        if _role_states_work(key, m.group("value")):
            return False  # "Payroll Manager: Automate the contractor payments" (4941)
        role = tables.role_of(key) or re.sub(r"\W+", "_", key.lower()).strip("_")
        if role != "due" and _MORE_DUE_KEY_RE.fullmatch(key):
            role = "due"  # "Target completion: end of June", its value a time (decision 5580)
        if _WORK_KEY_RE.match(key) and (cur.kind == "objective" or role in cur.cells):
            # "Strategy: …", "Action: …" rows under an objective (a county plan), or a second
            # one under a key result: the work planned for it, no key result (decision 1027).
            self.prose_lines.append((text, start, start + len(text)))
            return True
        measure_row = cur.kind == "kr" and _MEASURE_KEY_RE.match(
            cur.label.split()[-1].strip("*_:：") if cur.label else ""
        )
        if (
            (cur.kind == "objective" or measure_row)
            and _MEASURE_KEY_RE.match(key)
            and not ln.blank_before
        ):
            # "Measure: Night-time injuries, from 14 to 6" under an objective: a key result
            # whose label is the key (decision 1028).
            value = m.group("value").strip()
            self.start_item(
                "kr", text[: m.start("value")].strip(), None, value, start + m.start("value"), ln
            )
            self.current = self.builders[-1]
            return True
        if cur.kind == "objective" and not _OBJECTIVE_ATTRIBUTE_RE.match(key):
            return False  # "- Target: 95% …" under an objective is one of its key results
        if cur.kind == "kr" and cur.parts and not cur.cells:
            # "Target: conversion from 2.1% to 3.0%" then "Target: abandonment below 55%"
            # under an objective: the second row of the same key is the next key result, not
            # a field of the first (decision 1171)
            first = ATTRIBUTE_RE.match(cur.parts[0][0].lstrip("-*• "))
            if first is not None and first.group("key").lower() == key.lower():
                return False
        if ln.blank_before and _NOTE_KEY_RE.match(key):
            # "说明：以上为草稿…", "**Engineering OKR Alignment:** …" after a blank line: a remark
            # on the draft or the items above, prose; read so here, or the key-result section
            # it falls in would take it for one more key result (decision 1914)
            self.prose_lines.append((text, start, start + len(text)))
            self.current = None
            return True
        if (
            role == "owner"
            and ln is self.lines[-1]
            and cur.kind == "kr"
            and ln.indent < cur.indent
            and not text.startswith(("-", "*", "•"))
        ):
            # "Lead: Choir Director A. Whitfield" closing the page, left of the indented key
            # results above it: the set's owner, as decision 629's emphasised line (2512)
            self.prose_lines.append((text, start, start + len(text)))
            self.current = None
            return True
        if role == "owner" and cur.kind == "kr" and ln.blank_before and self.closes_set(ln):
            # "Owner: VP of Customer Success" after a blank line under one-line key results,
            # nothing after it but the set's other fields ("Cadence: weekly"): the set's owner,
            # as decision 629's emphasised closing line is (decision 4600)
            self.prose_lines.append((text, start, start + len(text)))
            self.current = None
            return True
        if role == "owner" and ln.blank_before and ln is self.lines[-1] and _EMPHASISED.match(text):
            # "*Owner: Practice Manager*" closing the page: the set's owner, not the last key
            # result's (decision 629), kept as prose for rules/_draft_structure.py
            self.prose_lines.append((text, start, start + len(text)))
            self.current = None
            return True
        if (
            role == "due"
            and cur.kind == "kr"
            and ln is self.lines[-1]
            and ln.indent <= cur.indent
            and _SET_PERIOD_KEY_RE.fullmatch(key.strip("*_ "))
        ):
            # "时间：7月1日-9月30日" closing the page under the last key result, at its column:
            # the set's period, not that key result's deadline (decision 2040), kept as prose
            # for rules/_draft_structure.py
            self.prose_lines.append((text, start, start + len(text)))
            self.current = None
            return True
        value = m.group("value").strip().strip("*_").strip()
        v_start = (
            start + m.start("value") + (len(m.group("value")) - len(m.group("value").lstrip("*_ ")))
        )
        if role in cur.cells and role == "notes":
            role = key.lower()  # "- Why: …" then "- How: …" under one key result: two notes
        if not value or role in cur.cells:
            return False
        cur.cells[role] = Cell(role, key, value, v_start, v_start + len(value))
        cur.given = {**_given_from_cells(cur.cells, _join(cur.parts, cur.anchor)[0]), **cur.given}
        return True

    def closes_set(self, ln: _Line) -> bool:
        """Whether owner line `ln` closes a set of one-line key results (decision 4600): no key
        result so far carries a field row of its own, and only field lines follow it."""
        if any(b.cells for b in self.builders if b.kind == "kr"):
            return False  # key-result cards: a closing field may be the last card's
        after = self.lines[self.lines.index(ln) + 1 :]
        return all(
            not x.blank_before and _SET_FIELD_RE.match(x.text) and match_label(x.text) is None
            for x in after
        )

    def field_run(self, text: str, start: int, ln: _Line | None = None) -> bool:
        """ "📅 周期：2026 Q2 ｜ 👤 负责人：陈晓（店铺负责人）" or "Cycle: Q3 2026 | Owner: Lin" under an
        item: its cycle and its owner, written as fields side by side (an export's property
        row), kept in its cells rather than read as a key result or as more of its wording
        (decision 1091). A lone cycle field ("周期：2026 Q2") too; a lone owner or due field is
        `attribute`'s."""
        cur = self.current
        assert cur is not None
        if cur.kind == "kr" and ln is not None and ln.indent <= cur.indent:
            d = _DATE_RANGE_LINE_RE.fullmatch(text.strip())
            obj = (  # looked up only for a line of dates: a scan back per line is quadratic
                None
                if d is None
                else next((b for b in reversed(self.builders) if b.kind == "objective"), None)
            )
            if d is not None and obj is not None and "due" not in obj.cells:
                # "2026-01-01 至 2026-06-30" alone after the key results, at their column: a
                # card's dates, the period of its objective (as "周期：…" is there, decision
                # 2040), not more of the last key result's wording (decision 3801)
                v0 = start + (len(text) - len(text.lstrip()))
                value = text.strip()
                obj.cells["due"] = Cell("due", "", value, v0, v0 + len(value))
                obj.given = {
                    **_given_from_cells(obj.cells, _join(obj.parts, obj.anchor)[0]),
                    **obj.given,
                }
                return True
        if "|" not in text and "｜" not in text and " · " not in text and " • " not in text:
            # one field alone: only a cycle is this reading's ("周期：2026年上半年")
            f = _FIELD_RE.fullmatch(text)
            if f is None or not _CYCLE_KEY_RE.fullmatch(f.group("key")):
                return False
            if cur.kind == "kr" and ln is not None and ln.indent <= cur.indent:
                # "周期：2026-Q3" after the key results, not indented under the last one: the
                # period of its objective, which every key result above inherits (decision 2040)
                obj = next((b for b in reversed(self.builders) if b.kind == "objective"), None)
                if obj is not None and "due" not in obj.cells:
                    cur = obj
        cuts = [0, *(x for m in _FIELD_SEP_RE.finditer(text) for x in m.span()), len(text)]
        spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
        fields = [_FIELD_RE.fullmatch(text, a, b) for a, b in spans]
        if not fields or any(f is None for f in fields):
            return False
        keys = [f.group("key").lower() for f in fields if f is not None]
        if (len(keys) < 2 and not _CYCLE_KEY_RE.fullmatch(keys[0])) or len(set(keys)) < len(keys):
            return False
        for f in fields:
            assert f is not None
            key = f.group("key")
            role = "due" if _CYCLE_KEY_RE.fullmatch(key) else tables.role_of(key) or "status"
            value = f.group("value").strip()
            if role == "owner":
                # "陈晓（店铺负责人）": the person, with her role in brackets after her name
                value = _ROLE_AFTER_NAME_RE.sub("", value) or value
            if role not in cur.cells and value:
                v_start = start + f.start("value")
                cur.cells[role] = Cell(role, key, value, v_start, v_start + len(value))
        cur.given = {**_given_from_cells(cur.cells, _join(cur.parts, cur.anchor)[0]), **cur.given}
        return True

    def aside(self, ln: _Line, text: str, start: int) -> bool:
        """ "* (needs eng help for the carrier API)" indented under an item: a remark on it in
        brackets, kept in its notes cell rather than read as an item of its own (decision 172)."""
        cur = self.current
        if cur is None or not cur.parts or ln.indent <= cur.indent or "notes" in cur.cells:
            return False
        m = _ASIDE_LINE_RE.match(text)
        if m is None:
            return False
        group = "a" if m.group("a") is not None else "b"
        value = m.group(group).strip()
        v_start = start + m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
        cur.cells["notes"] = Cell("notes", "", value, v_start, v_start + len(value))
        return True

    def names_only(self, ln: _Line, text: str, start: int) -> bool:
        """People named on their own line (decision 71): "Key Results: Martin and Bedeho u.n.o."
        under an objective names who owns its key results; "* `Rosa` : `0.5`" indented under a
        key result names one of its owners (with a share of the work)."""
        cur = self.current
        assert cur is not None
        m = _KR_OWNERS_RE.match(text)
        if m is not None and cur.kind == "objective":
            value = m.group("names")
        else:
            m = _NAME_NOTE_RE.match(text)
            if m is None or cur.kind != "kr" or ln.indent <= cur.indent:
                return False
            value = m.group("names")
        # One name alone must look like one: a known given name, or set apart as code or with
        # a share of the work ("`Bedeho` : `0.75`"), not a word such as "Hiring".
        alone = not re.search(r",|\+|&|\band\b", value)
        if alone and not (is_given_name(value) or "`" in text or ":" in text[m.end("names") :]):
            return False
        role = "owner" if "owner" not in cur.cells else "co_owner"
        if role in cur.cells:
            return True  # a further name under the same key result
        v_start = start + m.start("names")
        cur.cells[role] = Cell(role, "", value, v_start, v_start + len(value))
        cur.given = {**_given_from_cells(cur.cells, _join(cur.parts, cur.anchor)[0]), **cur.given}
        return True

    def heads_items(self, idx: int) -> bool:
        """Whether line `idx` is followed by its key results: a list, KR labels, more deeply
        indented lines, or a table of key results without an objective column."""
        nxt = _next_line(self.lines, idx)
        if nxt is None:
            return False
        if _LINK_ONLY_RE.match(nxt.text) and HEADING_RE.match(self.lines[idx].text):
            return self.heads_items(idx + 1)  # "### 2. CEO: …" / "[Epic 722](…)" / its list
        lm = LIST_RE.match(nxt.text)
        if lm is not None and _names_okrs(body := nxt.text[lm.end() :]) and len(body) <= 40:
            # "三、OKR 表格" below a plan's title: a numbered section of the document, which
            # the title is above, not an item under it (decision 305).
            return False
        if _SIGNATURE_RE.fullmatch(nxt.text) and not self.text[nxt.start + len(nxt.text) :].strip():
            # "Happy to discuss in standup." over "— Kai" closing an e-mail: the dash marks the
            # sign-off, no list under the line (decision 2762)
            return False
        if _is_list_like(nxt):
            return True
        if self.intro_to_list(idx) or self.kr_label_under(idx) or self.explained_above_krs(idx):
            return True
        if self.initiatives_heading_under(idx):
            return True
        t = self.table_at(self.after_fields(idx))
        if t is not None:
            return "objective" not in t.roles and "kind" not in t.roles and not t.sectioned
        ln = self.lines[idx]
        return (
            not nxt.blank_before
            and nxt.indent >= ln.indent + 2
            and not HEADING_RE.match(nxt.text)
            and not _unfinished(ln.text)
            and not _is_tail(nxt.text)
            and not nxt.text[0].islower()
        )

    def after_fields(self, idx: int) -> int:
        """The line after heading `idx` and the "**Key:** value" fields under it ("##
        harvest-yield 🟡" / "**Description:** …" / "**Last updated:** …" over a table of key
        results, decision 540); `idx + 1` when no field follows or `idx` is no heading."""
        j = idx + 1
        if not HEADING_RE.match(self.lines[idx].text):
            return j
        while j < min(idx + 5, len(self.lines)) and (
            self.bold_field(self.lines[j].text) or _objective_field(self.lines[j].text)
        ):
            j += 1
        return j

    def initiatives_heading_under(self, idx: int) -> bool:
        """ "## 1. Make the reading room quiet" right over a deeper "### Initiatives" heading and
        its list: the heading states the objective; the list under "Initiatives" is its work, no
        key results (decisions 295, 5428). Without this the objective was lost: the first one
        became "Initiatives", the next ones vanished with their skipped section."""
        nxt = _next_line(self.lines, idx)
        ln = self.lines[idx]
        if nxt is None or not HEADING_RE.match(ln.text) or not HEADING_RE.match(nxt.text):
            return False
        depth = len(ln.text) - len(ln.text.lstrip("#"))
        below = len(nxt.text) - len(nxt.text.lstrip("#"))
        return below > depth and INITIATIVES_RE.match(_heading_body(nxt.text)[0]) is not None

    def kr_label_under(self, idx: int) -> bool:
        """ "### Improve onboarding" over "Key Results" (or "**Key results:**") over a list: the
        heading states the objective whose key results the label heads (decision 289)."""
        if not HEADING_RE.match(self.lines[idx].text) or idx + 2 >= len(self.lines):
            return False
        j = idx + 1
        while j + 2 < len(self.lines) and (
            _objective_field(self.lines[j].text) or self.bold_field(self.lines[j].text)
        ):
            j += 1  # "**Owner:** Ian", "**Motivation:** …" between the heading and the label
        t = self.lines[j].text
        if (
            idx + 3 < len(self.lines)
            and (self.lines[j].blank_before or j == idx + 1)
            and not _is_list_like(self.lines[j])
            and not HEADING_RE.match(t)
            and match_label(t) is None
            and not _bare_label(_heading_body(t)[0])
            and t[-1:] in _TERMINAL
            and self.lines[j + 1].blank_before
        ):
            j += 1  # a sentence that explains the objective between its heading and the label
        j = self.past_field_headings(j)
        if j + 1 >= len(self.lines):
            return False
        label, after = self.lines[j], self.lines[j + 1]
        body = _heading_body(label.text)[0]
        m = _bare_label(body)
        if m is None:
            j = self.label_after_fields(idx)
            if j is None:
                return False
            label, after = self.lines[j], self.lines[j + 1]
            body = _heading_body(label.text)[0]
            m = _bare_label(body)
        return (
            m is not None
            and m.group("label").lower()[0] not in "og目"
            and not re.search(r"\d", m.group("label"))
            and (
                _is_list_like(after)
                # "### Key Results" over "**Movement and routine**" over its list
                or (after.blank_before and _bold_group_over_list(self.lines, j + 1))
                # "**We'll know we're successful when**:" over plain lines (decision 351)
                or (
                    _KNOW_SUCCESS_RE.match(body.strip("*_ ")) is not None
                    and not HEADING_RE.match(after.text)
                    and _latin(after.text)
                )
            )
        )

    def past_field_headings(self, j: int) -> int:
        """The line after the field headings from `j` on: "### Team" over "One45 Platform", "###
        Owner" over a name — a heading that names a field of the objective, over its one-line
        value, between the objective's heading and its "### Key Results" (decision 542)."""
        while j + 2 < len(self.lines):
            head, value = self.lines[j], self.lines[j + 1]
            body = _heading_body(head.text)[0].strip("*_:： ")
            if (
                not HEADING_RE.match(head.text)
                or tables.role_of(body) not in _FIELD_HEADING_ROLES
                or HEADING_RE.match(value.text)
                or _is_list_like(value)
                or match_label(value.text) is not None
                or len(value.text) > 60
                or not self.lines[j + 2].blank_before
            ):
                break
            j += 2
        return j

    def label_after_fields(self, idx: int) -> int | None:
        """The line of a bare "key results:" label under heading `idx` when only a few lines of
        the objective's fields come between ("why we prioritize it now:" / its reason / "due
        date: 31.05.2025"): no list, heading, table row or label before it. None otherwise."""
        for j in range(idx + 1, min(idx + 8, len(self.lines) - 1)):
            ln = self.lines[j]
            t = ln.text
            if _bare_label(_heading_body(t)[0]):
                return j
            if (
                HEADING_RE.match(t)
                or _is_list_like(ln)
                or match_label(t) is not None
                or t.startswith(("|", "｜"))
                or _BOLD_LINE_RE.match(t)  # a bold line states the objective (decision 289)
            ):
                return None
        return None

    @staticmethod
    def bold_field(text: str) -> bool:
        """ "**Idea:** Provide stability …", "**Key relationships:** Jens, Tobi": a field the
        page gives its objective under a bold key of a few words, no label ("**KR1:** …")."""
        m = _BOLD_FIELD_RE.match(text)
        return m is not None and match_label(m.group("key")) is None

    def intro_to_list(self, idx: int) -> bool:
        """ "#### Make local evaluation the default" over "We want to make it the default by:"
        over a list: the English sentence that leads in to the heading's list is prose, and the
        list holds the heading's key results (decision 290). Marks the sentence as an intro."""
        if not HEADING_RE.match(self.lines[idx].text) or idx + 2 >= len(self.lines):
            return False
        intro, after = self.lines[idx + 1], self.lines[idx + 2]
        t = intro.text
        if (
            not t.endswith((":", "："))
            or len(t.split()) < 5
            or not t.isascii()
            or HEADING_RE.match(t)
            or _is_list_like(intro)
            or match_label(t) is not None
            or _bare_label(t)
            or INITIATIVES_RE.match(t)
            or not _is_list_like(after)
            or after.blank_before
        ):
            return False
        self.intros.add(idx + 1)
        return True

    def explained_above_krs(self, idx: int) -> bool:
        """ "### 【规模】全面落地…架构 @杨嵘" over one paragraph ("以 FC Sandbox 的…场景为核心，…") over
        "KR1：…" lines: a Chinese heading that states the objective, the sentence under it that
        explains it (prose), then its labelled key results (decision 411). Marks the sentence as
        an intro."""
        if idx + 2 >= len(self.lines) or not HEADING_RE.match(self.lines[idx].text):
            return False
        head = _heading_body(self.lines[idx].text)[0]
        # The paragraph may run over a few lines (an English paragraph wrapped at 80-100
        # characters); the key result comes after the blank line that ends it.
        end = idx + 2
        while (
            end < len(self.lines)
            and end - idx <= 4
            and not self.lines[end].blank_before
            and not _is_list_like(self.lines[end])
            and not HEADING_RE.match(self.lines[end].text)
            and _latin(self.lines[end].text)
        ):
            end += 1
        if end >= len(self.lines):
            return False
        para, after = self.lines[idx + 1], self.lines[end]
        t = para.text
        if (
            # In English a heading of four words or more ("### Problem Area: Improve the admin
            # experience …" over "Our goal is …" over "- Key Result 1: …": decision 624)
            (cjk_count(head) < 4 and len(head.split()) < 4)
            or not para.blank_before
            or not after.blank_before
            or HEADING_RE.match(t)
            or _is_list_like(para)
            or match_label(t) is not None
            or _bare_label(t)
            or META_LINE_RE.match(t)
            or t.startswith(("|", "｜"))
            or HEADING_RE.match(after.text)
        ):
            return False
        found = match_label(after.text)
        if found is None or found[0] != "kr":
            return False
        self.intros.update(range(idx + 1, end))
        return True

    def restart_follows(self, idx: int, ln: _Line) -> bool:
        """Whether the next line is an item numbered 1 at the same indent (a new sub-list)."""
        nxt = _next_line(self.lines, idx)
        nm = LIST_RE.match(nxt.text) if nxt is not None else None
        return bool(nm) and nxt.indent == ln.indent and _marker_number(nm.group("marker")) == 1

    def outer_items_measured(self, idx: int, indent: int) -> bool:
        """Whether every unlabelled item at the outer level of the list after line `idx`
        states a figure in digits (decision 6566): such items are key results, so a KR label
        on one item of the run ("* Sales KR: …") marks no level of objectives."""
        plain = 0
        for ln in self.lines[idx + 1 :]:
            if HEADING_RE.match(ln.text):
                break
            lm = LIST_RE.match(ln.text)
            if lm is None or ln.indent > indent + 1:
                if lm is None and ln.text.strip() and ln.indent <= indent:
                    break
                continue
            kind = _label_kind(ln.text)
            if kind == "objective":
                return False
            if kind is None:
                if not re.search(r"\d", ln.text[lm.end() :]):
                    return False
                plain += 1
        return plain > 0

    def nested_after(self, idx: int) -> bool:
        """Whether the list after line `idx` has two levels (an item with items under it: by
        indent, by another kind of marker, or by KR labels), so that its outer items are the
        objectives and line `idx` is a title. Each list is scanned once per line above it."""
        if idx in self.nested:
            return self.nested[idx]
        first: tuple[int, str] | None = None
        found = False
        outer_box = False
        j = idx + 1
        while j < len(self.lines):
            ln = self.lines[j]
            if HEADING_RE.match(ln.text) or self.table_at(j) is not None:
                break
            kind = _label_kind(ln.text)
            lm = LIST_RE.match(ln.text)
            if kind == "objective" or (kind is None and not (lm and lm.end() < len(ln.text))):
                break
            am = ATTRIBUTE_RE.match(ln.text[lm.end() :]) if lm and first is None else None
            if am is not None and _OBJECTIVE_ATTRIBUTE_RE.match(am.group("key")):
                j += 1  # "- **Rationale:** …" right under the line: a field of it, no item
                continue
            if first is None:
                if kind == "kr":
                    break  # KR labels right under the line: it is their objective
                first = (ln.indent, _marker_style(lm.group("marker")) if lm else "")
                outer_box = _measured_box(ln.text)
            elif ln.indent > first[0] + 1 and ln.text.rstrip().endswith(("?", "？")):
                pass  # questions under an item are notes on it, no level of items (decision 1064)
            elif ln.indent > first[0] + 1 and outer_box and _unmeasured_box(ln.text):
                pass  # to-dos boxed under a measured box: its work, no level (decision 5711)
            elif ln.indent <= first[0] + 1 and lm is not None:
                outer_box = _measured_box(ln.text)  # the next outer item
                if kind == "kr" and self.outer_items_measured(idx, first[0]):
                    # "## Win the north" / "* Sign 20 new accounts" / "* Sales KR: Deal size
                    # from $8k to $12k": every plain item beside the labelled one states a
                    # figure, so they are its sibling key results, not objectives (6566)
                    j += 1
                    continue
                if kind == "kr" or _marker_style(lm.group("marker")) != first[1]:
                    found = True
                    break
            elif (
                kind == "kr"
                or ln.indent > first[0] + 1
                or (lm is not None and _marker_style(lm.group("marker")) != first[1])
            ):
                found = True
                break
            j += 1
        self.nested[idx] = found
        return found

    def themes_bold_items(self, idx: int, ln: _Line) -> bool:
        """Whether list item `idx` heads a list of three levels whose middle level is bold
        ("**Win enterprise customers**") with items under it: then it is a theme, not an
        objective. Only the lines indented under it are read."""
        objectives = self.objectives()
        if objectives and objectives[-1].indent < ln.indent:
            return False  # inside an objective already
        lm = LIST_RE.match(ln.text)
        if lm is not None and ln.text[lm.end() :].startswith(("**", "__")):
            return False  # bold over bold: a cascade of objectives ("1. **CEO: …**" > "1. **Sales: …**")
        # "▾ Q3 2027 — Community team" over "▾ 🎯 Make our forum …" over "▸ Median time …": a
        # set's title heads the list, whatever the middle level looks like (decision 1437)
        outer = ln.text[lm.end() :].strip() if lm is not None else ""
        titled = looks_like_title(outer) or _PERIOD_FIRST_RE.match(outer) is not None
        middle: int | None = None
        bold = plain = deeper = 0
        j = idx + 1
        while j < len(self.lines):
            nx = self.lines[j]
            if nx.indent <= ln.indent or HEADING_RE.match(nx.text):
                break
            lm = LIST_RE.match(nx.text)
            if lm is None:
                return False  # prose or labels under it: not a plain three-level list
            body = nx.text[lm.end() :]
            if middle is None:
                middle = nx.indent
            if nx.indent <= middle + 1:
                middle = min(middle, nx.indent)
                if body.startswith(("**", "__")):
                    bold += 1
                else:
                    plain += 1
            else:
                deeper += 1
            j += 1
        return deeper > 0 and (titled or (bold > 0 and bold >= plain))

    def heads_deeper_list(self, j: int) -> bool:
        """Whether list item `j` has list items indented under it: it heads a nested list of
        its own, so it is a sibling of the item before it, not that item's key result
        (decision 4940)."""
        if j >= len(self.lines) or LIST_RE.match(self.lines[j].text) is None:
            return False
        below = _next_line(self.lines, j)
        return (
            below is not None
            and below.indent > self.lines[j].indent
            and LIST_RE.match(below.text) is not None
        )

    def unlabelled_list_kind(self, idx: int, ln: _Line, marker: str) -> str:
        """In a draft without O/KR labels, is this list item an objective or a KR?

        Nested lists: the outer level holds objectives. A line or heading followed by a list
        heads it. A numbered list that starts again at 1 right after an item numbered 1
        ("1：完成季度招聘任务" then "1：完成季度招聘任务10人") makes the first item the objective (the
        internet-company template in the seed). A flat list on its own is a list of objectives.
        """
        objectives = self.objectives()
        last = objectives[-1] if objectives else None
        if self.section == "kr" and last is not None:
            return "kr"
        lead = self.emoji_groups().get(idx)
        if lead is not None:
            # "🎯 Make checkout effortless" then "✅ Checkout conversion from 61% to 70%".
            return "objective" if marker.strip()[0] == lead else "kr"
        style = _marker_style(marker)
        number = _marker_number(marker)
        cur = self.current
        if (
            last is not None
            and last.restarts
            and number is not None
            and last.number is not None
            and number == last.number + 1
            and cur is not None
            and cur.kind == "kr"
            and (cur.number != number - 1 or self.restart_follows(idx, ln))
            and style == last.style
            and ln.indent == last.indent
        ):
            # "1. A" "1. …" "2. …" "2. B" "1. …": a nested list flattened by a copy; the
            # numbering starting again says where the next objective begins.
            self.pending_heads_list = self.pending_restarts = True
            return "objective"
        nxt = _next_line(self.lines, idx)
        if nxt is not None and nxt.indent > ln.indent and _heads_nested_items(ln, nxt):
            # "1. **Marketing: More developers know us**" over "   KR: …" lines (or "1. Marketing
            # KR: …" items, or bold team objectives), nested under a company objective: an item
            # that heads labelled key results or bold objectives is an objective.
            return "objective"
        if last is not None and (last.heads_list or ln.indent > last.indent):
            return "kr"
        if last is not None and last.style and style != last.style and ln.indent >= last.indent:
            return "kr"  # "一、…" then "（1）…" or "1. …" under it
        nm = LIST_RE.match(nxt.text) if nxt is not None else None
        if nxt is not None and nm and nxt.indent > ln.indent:
            return "objective"
        if (
            nxt is not None
            and nm
            and _marker_number(marker) == 1
            and _marker_number(nm.group("marker")) == 1
            and nxt.indent == ln.indent
            and not self.heads_deeper_list(idx + 1)
        ):
            self.pending_heads_list = self.pending_restarts = True
            return "objective"
        if last is None or last.indent == ln.indent:
            return "objective"
        return "kr"

    def other_text(self, idx: int, ln: _Line) -> None:
        t = ln.text
        if self.section == "kr_lines":
            if not ln.blank_before:
                b = self.start_item("kr", "", None, t, ln.start, ln)
                b.run, b.open_ended = True, False  # a whole line: nothing after it joins it
                return
            self.section = None
        if self.section == "kr_spaced":
            if self.spaced_item_line(idx):
                b = self.start_item("kr", "", None, t, ln.start, ln)
                b.run, b.open_ended = True, False
                return
            self.section = None
        if _CHAT_SPEAKER_RE.match(t.strip()) and self.objectives():
            # "Tom Becker  10:47 AM" under the items: a chat's next message, said by its
            # speaker at its time; neither it nor the reply under it is a key result's tail
            # (decision 1947)
            self.prose(ln)
            self.current = None
            self.chat_reply = True
            return
        if self.chat_reply and self.current is None and t[:1].islower() and match_label(t) is None:
            self.prose(ln)  # "looks good, maybe add a support-ticket KR": the reply
            return
        if self.objectives() and self.current is not None and _closing_request(t):
            # "有问题随时找我" / "Let me know what you think!" under the items: the message's
            # closing request to its readers, no key result nor its tail (decision 5701)
            self.current = None
            self.prose(ln)
            return
        if self.signed_off or (_SIGN_OFF_RE.fullmatch(t.strip()) and self.objectives()):
            # "谢谢！" / "王磊" / "客服中心" under the last key result of an e-mail: its sign-off
            # and signature, no tail of that key result (decision 1355).
            self.signed_off = True
            self.current = None
            self.prose(ln)
            return
        cur = self.current
        if cur is not None and not cur.parts and (not ln.blank_before or cur.wording_below):
            # The wording of a bare label ("Objective" / "打造公司历史上最成功的…").
            cur.add(t, ln.start)
            cur.open_ended = _looks_cut_off(t)
            return
        if cur is not None and parse_kind_en.measured_under_aspiration(cur, self.objectives(), ln):
            # "1. Make onboarding delightful" over "   Raise NPS from 30 to 45" (decision 1645)
            self.start_item("kr", "", None, t, ln.start, ln).measured_below = True  # type: ignore[attr-defined]
            return
        nxt = _next_line(self.lines, idx)
        if self.section == "kr" and self.objectives() and _bold_group_over_list(self.lines, idx):
            self.prose(ln)  # "**Weight and physical health**" under "### Key Results": a group
            return
        if self.group_line(ln, t, nxt):
            self.prose(ln)  # "技术类：" between key results: the name of a group of them
            return
        if ln.own_item and self.objectives():
            b = self.start_item("kr", "", None, t, ln.start, ln)
            b.run, b.open_ended = True, False
            return
        if cur is None and self.objectives() and _PURPOSE_LEAD_RE.match(t):
            # "To keep the group focused:" in a section after the objectives: the rules of
            # how the team works, listed below, are no items (decision 354).
            self.prose(ln)
            self.section = "skip"
            return
        if not self.labelled and self.note_in_nested_list(ln, nxt):
            # "- 提升门店坪效" / "    - 调整陈列动线" / "    还没想好怎么量化" / "    - 增加夜间营业": a
            # plain line inside an objective's nested list is a note on it (decision 600).
            self.prose_lines.append((t, ln.start, ln.start + len(t)))
            return
        if (
            cur is None
            and self.objective_builders
            and all(b.label for b in self.objective_builders)
            and _STATEMENT_LEAD_RE.match(t.replace("**", "").replace("__", ""))
        ):
            # In a draft that labels its objectives, an unlabelled sentence saying what
            # something is, over a list in a later section, explains; it is no objective and its
            # list holds no key results (decision 690).
            self.prose(ln)
            self.section = "skip"
            return
        if self.labelled:
            # A line right above KR labels heads them, unless it continues an open item.
            heads = _is_kr_label_right_after(nxt) and (cur is None or ln.blank_before)
            if not heads and self.objective_after_goals_list(idx, ln, nxt):
                heads, cur = True, None
                self.goals_run = True
        else:
            heads = (
                self.heads_items(idx)
                and not t[0].islower()
                and not _prose_like(t)
                and not _note_line(t)
            )
            if heads and (
                looks_like_title(t)
                or looks_like_unit(t)
                or _GOALS_LEAD_RE.match(t) is not None
                or (_LIST_LEAD_IN_RE.match(t) is not None and self.nested_after(idx))
                or (
                    self.nested_after(idx)
                    and not _states_objective(t)
                    and not self.groups_below(idx, t)
                )
            ):
                heads = False  # a set's title above a list of objectives
                cur = self.current = None
        if idx in self.named_objectives:
            heads, cur = True, None  # the objective under its section's name (decision 2445)
        if heads and self.card_subtitle(idx, ln, t):
            return
        if (
            heads
            and len(t) <= 120
            and not (
                cur is not None
                and not ln.blank_before
                and (_unfinished(cur.parts[-1][0] if cur.parts else "") or _is_tail(t))
            )
            and not (cur is not None and ln.indent > cur.indent and not ln.blank_before)
            and not TITLE_RE.search(t)
        ):
            b = self.start_item("objective", "", None, t, ln.start, ln)
            b.heads_list = True
            b.groups = self.groups_below(idx, t)
            self.section = None
            return
        if self.note_under_kr_heading(ln, cur):
            self.prose(ln)  # "## KR1: …" then "Taken from the page survey.": a note on it
            return
        if (
            ln.blank_before
            and nxt is not None
            and not nxt.blank_before
            and _label_kind(_heading_body(nxt.text)[0]) == "objective"
        ):
            self.prose(ln)  # "市场部" right above "目标1：…": the section's name, not a tail
            # nor a key result of the objective before it ("DEVELOPMENT TEAM (lead: Maya)")
            return
        if self.names_next_set(ln, cur, nxt):
            self.prose(ln)  # "…续约率达到90%" / "另一个例子" / "目标：…" (decision 1352)
            return
        if (self.labelled or self.indented_kr(ln)) and self.kr_line(idx, ln, cur, nxt):
            return
        if cur is not None and not ln.blank_before and self.titled(cur, ln):
            # "- **KR1 — Normalization dataset**" then, indented under it, "Build a dataset of
            # 20+ …": the bold title names the key result, the line under it words it.
            cur.add(t, ln.start)
            return
        if (
            cur is not None
            and not ln.blank_before
            and (
                (_prose_like(t) and t[0].isupper())
                or _asks(t)
                or _comments_zh(t)
                or _CHAT_TAIL_ZH_RE.search(t) is not None
            )
            and cur.parts
            and not _unfinished(cur.parts[-1][0])
        ):
            # A sentence after an item ("This matters because …", "Thoughts? Happy to adjust.";
            # "这个关键成果主要作用于测试用例上,……。所以……。": decision 923)
            self.prose(ln)
            return
        if (
            cur is not None
            and cur.kind == "kr"
            and ln.blank_before
            and nxt is not None
            and not nxt.blank_before
            and LIST_RE.match(nxt.text) is not None
            and len(t) <= 24
            and not any(c.isdigit() for c in t)
            and t[-1:] not in "。.，,；;、"
            and _TAIL_WORD_ZH_RE.match(t) is None  # "以上人员": a wrap's tail (1782)
            and not (cur.style and nxt.text.lstrip()[:1].isdigit())  # the numbered list goes on
        ):
            # "最近在忙" after a blank line, over a list, under a key result: the list's heading
            # (a check-in's tasks), never that key result's tail (decision 1943)
            self.prose(ln)
            self.current = None
            return
        if cur is not None and self.continues(cur, ln):
            if ln.blank_before:
                cur.joined_after_blank = True
            cur.add(t, ln.start)
            cur.open_ended = _looks_cut_off(t)
            return
        self.prose(ln)

    def objective_after_goals_list(self, idx: int, ln: _Line, nxt: _Line | None) -> bool:
        """ "Our goals for Q1:" / "Objectives:" / "本季度目标：" over a list of objectives, then a
        blank line and a plain line right over a list with a figure in it ("Make checkout
        reliable" over "- Checkout error rate below 0.5%"): the goals list has ended; the line is
        one more objective and the measured list its key results (decision 2761). A line over an
        unmeasured list ("Infrastructure group" over "- Make releases predictable") still names
        a group of the listed objectives; so does a title, a unit or a sentence of prose."""
        if not ln.blank_before or nxt is None or nxt.blank_before or not self.builders:
            return False
        last = self.builders[-1]
        if not (
            (self.section == "objective" and last.kind == "objective" and last.style)
            or (self.goals_run and self.section is None and last.kind == "kr")
        ):
            return False
        t = ln.text.replace("**", "").replace("__", "").strip()
        if (
            len(t) > 120
            or t[-1:] in ":：,，;；"
            or t[:1].islower()
            or match_label(t) is not None
            or looks_like_title(t)
            or looks_like_unit(t)
            or _prose_like(t)
            or len(t.split()) + cjk_count(t) < 2
            or _GROUP_NAME_RE.search(t)
        ):
            return False

        measured = unmeasured = 0
        for j in range(idx + 1, len(self.lines)):
            below = self.lines[j]
            if below.blank_before and j > idx + 1:
                break
            lm = LIST_RE.match(below.text)
            if lm is None or below.indent != nxt.indent:
                break
            if match_label(below.text[lm.end() :]) is not None:
                return False
            if fb.has_figure(below.text[lm.end() :]):
                measured += 1
            else:
                unmeasured += 1
        return measured > unmeasured

    def names_next_set(self, ln: _Line, cur: _Builder | None, nxt: _Line | None) -> bool:
        """A short unbulleted line right under a finished labelled item and right above an
        objective's label ("续约率达到90%" / "另一个例子" / "目标：加快产品迭代"; "A second example"):
        it names the next set, it is no tail of the item above (decision 1352)."""
        if cur is None or not cur.parts or not cur.label or ln.blank_before or nxt is None:
            return False
        if nxt.blank_before or _label_kind(_heading_body(nxt.text)[0]) != "objective":
            return False
        t, last = ln.text.strip(), cur.parts[-1][0].rstrip()
        if LIST_RE.match(t) or match_label(t) or t[-1:] in "，,、;；" or _unfinished(last):
            return False
        if cur.kind == "objective" and _pdf_wrapped_tail(last, t):
            return False  # "… Corporate Leadership" / "Team collaboration." ends it (1342)
        if _latin(t):
            return (
                len(t.split()) <= 5
                and t[:1].isupper()
                and _complete_english(last, t)
                and not _OPEN_WORD_RE.search(last)
            )
        return (
            cjk_count(t) >= 2
            and len(t) <= 12
            and not _TAIL_WORD_ZH_RE.match(t)
            and not _word_cut_off(last, t)
        )

    def note_in_nested_list(self, ln: _Line, nxt: _Line | None) -> bool:
        """Whether `ln`, a plain line in a draft without labels, sits inside the nested list of
        the objective above: that objective is a list item, the line is indented under it and
        the next line is again a list item, under it or beside it. The outer level of a nested
        list holds the objectives (decision 600), so a line among its inner items is a note."""
        objectives = self.objectives()
        if not objectives or nxt is None:
            return False
        last = objectives[-1]
        return (
            bool(last.style)
            and not last.heads_list
            and ln.indent > last.indent
            and nxt.indent >= last.indent
            and LIST_RE.match(nxt.text) is not None
            and match_label(ln.text) is None
        )

    def note_under_kr_heading(self, ln: _Line, cur: _Builder | None) -> bool:
        """Whether `ln` is an English sentence right under a key result written as a Markdown
        heading ("## KR1: Docs satisfaction from 3.1 to 4.2" / "Taken from the page survey."):
        it explains the key result, as a paragraph after a blank line does (decision 290)."""
        if cur is None or cur.kind != "kr" or ln.blank_before or not cur.parts:
            return False
        t = ln.text
        head = self.text[self.text.rfind("\n", 0, cur.anchor) + 1 : cur.anchor].lstrip()
        return (
            head.startswith("#")
            and t.isascii()
            and t[:1].isupper()
            and t[-1:] in _TERMINAL
            and len(t.split()) >= 3
            and match_label(t) is None
            and not _unfinished(cur.parts[-1][0])
        )

    def titled(self, cur: _Builder, ln: _Line) -> bool:
        """Whether `cur` is a key result whose only wording so far is a short bold title closed
        on its line ("- **KR2 — Rule accuracy**"), and `ln` sits indented under it."""
        if cur.kind != "kr" or len(cur.parts) != 1 or ln.indent <= cur.indent:
            return False
        title, start = cur.parts[0]
        end = start + len(title)
        nl = self.text.find("\n", end)
        rest = self.text[end : nl if nl >= 0 else len(self.text)].strip()
        return (
            rest in ("**", "__")
            and len(title.split()) <= 6
            and not any(c.isdigit() for c in title)
            and not LIST_RE.match(ln.text)
        )

    def kr_line(self, idx: int, ln: _Line, cur: _Builder | None, nxt: _Line | None) -> bool:
        """In a labelled draft, an unlabelled line under an objective that is a key result of
        its own: "AE team: $3.6M net new ARR" (a role or team before a colon), or a whole line
        right under an objective that has no KR labels ("O：良品率提上去" then "质量部：…",
        "Hire 2 enterprise AEs"). A line that goes on from the one above joins it instead."""
        objectives = self.objectives()
        if not objectives:
            return False
        t = ln.text
        if META_LINE_RE.match(t) or self.section == "objective":
            return False
        who = item_prefix(t)
        if who is not None and (SUMMARY_KEY_RE.match(who) or FIELD_SECTION_RE.match(who)):
            # "**Why it matters:** …", "Rationale: …", "Risks: …" below the key results: the
            # reasons or risks given in a paragraph, no owner's key result (decision 2822)
            return False
        prefixed = who is not None
        spaced = False
        if ln.blank_before:
            # After a blank line only a line that names its owner is a key result, or one with
            # a figure between two labelled key results (its label left out); other lines are
            # prose or headings.
            if not (
                prefixed
                or self.between_labelled_krs(ln, cur, nxt)
                or self.lost_mark(ln, cur, nxt)
                or (spaced := self.spaced_under_objective(idx, cur))
            ) or (cur is None and self.after_heading(objectives[-1])):
                return False
        else:
            if cur is None:
                return False
            last = cur.parts[-1][0] if cur.parts else ""
            lost = (
                cur.kind == "kr"
                and any(c.isdigit() for c in cur.label)
                and _en_lost_item(last, t)  # decision 2148
            )
            if (
                _unfinished(last)
                or _is_tail(t)
                or (t[0].islower() and not lost)
                or _prose_like(t)
                or _asks(t)
            ):
                return False
            if not prefixed and not lost:
                if cur.kind == "objective" and self.wrapped_objective(idx, cur, t):
                    return False  # "… the one" / "Oakwood shoppers pick." / "" / "| …": 4462
                if _is_kr_label_right_after(nxt) and cur.kind == "objective":
                    return False  # "目标：打造…" / "销售推广活动" / "关键结果1：…": a wrapped objective
                if cur.kind == "objective" and _pdf_wrapped_tail(last, t):
                    return False  # "… Corporate Leadership" / "Team collaboration." (1342)
                if not (cur.kind == "objective" or cur.run or _complete_english(last, t)):
                    return False
        b = self.start_item("kr", "", None, t, ln.start, ln)
        b.run = True
        b.spaced = spaced
        return True

    def wrapped_objective(self, idx: int, cur: _Builder, t: str) -> bool:
        """Whether line `idx` ends the sentence of the labelled objective right above it, hard-
        wrapped at a capitalised word ("**Objective:** Make the clinic the first place families
        in" / "Springfield call for a check-up."): the objective's line stops with no stop, this
        one line opens with a capital, has no figure and ends with a stop, and the key results
        follow after a blank line, as a table, a list or labels (decision 4462)."""
        if not cur.label or len(cur.parts) != 1:
            return False
        last = cur.parts[0][0].rstrip()
        line = t.strip()
        if not last or last[-1] in _TERMINAL + ":：" or not (_latin(last) and _latin(line)):
            return False
        if not (line[:1].isupper() and line.endswith((".", "!")) and 2 <= len(line.split()) <= 12):
            return False
        if any(c.isdigit() for c in line) or match_label(line) is not None:
            return False
        if idx + 1 >= len(self.lines) or not self.lines[idx + 1].blank_before:
            return False
        below = _heading_body(self.lines[idx + 1].text)[0].lstrip()
        found = match_label(below)
        return (
            below.startswith("|")
            or LIST_RE.match(below) is not None
            or (found is not None and found[0] == "kr")
        )

    def spaced_under_objective(self, idx: int, cur: _Builder | None) -> bool:
        """Whether line `idx`, a paragraph of its own with a figure in it, is a key result of
        the labelled objective above, whose key results are set apart by blank lines with no
        mark or label ("目标一：让交付不再延期" / "" / "项目按期交付率从70%提升到90%" / "" / "客户验收
        一次通过率达到85%", as a Word or WeChat paste spaces them; decision 4288). Only right under
        the objective's own line or after such a key result."""
        ln = self.lines[idx]
        t = ln.text
        if (
            cur is None
            or not self.spaced_item_line(idx)
            or _prose_like(t)
            or _comments_zh(t)
            or _asks(t)
            or _SPACED_REMARK_RE.search(t)
            or not _figure_beside_time(t)
        ):
            return False
        if cur.kind == "objective":
            return bool(cur.label.strip()) and bool(cur.parts)
        return cur.kind == "kr" and cur.spaced

    def lost_mark(self, ln: _Line, cur: _Builder | None, nxt: _Line | None) -> bool:
        """Whether `ln`, after a blank line, is a list item whose mark was lost: right under a
        list-marked key result ("- 作业按时提交率达到95%" / "" / "建立错题本制度"), an item's wording
        led by a verb, the last line or one more list item after it (decision 1782)."""
        return (
            cur is not None
            and cur.kind == "kr"
            and bool(cur.label.strip())
            and not _own_label(cur)
            and not LIST_RE.match(ln.text)
            and ln.indent <= cur.indent
            and (nxt is None or LIST_RE.match(nxt.text) is not None)
            and _lost_bullet(ln.text)
        )

    def between_labelled_krs(self, ln: _Line, cur: _Builder | None, nxt: _Line | None) -> bool:
        """Whether a short line with a figure sits between two labelled key results, each set
        apart by blank lines ("KR：6月前拿到驾照" / "夏天每个周末练车2小时" / "KR：…"): a key result
        whose label was left out, not a remark (a remark has no figure, or is a sentence)."""
        t = ln.text
        if (
            cur is not None
            and cur.kind == "kr"
            and nxt is not None
            and _skips_one(cur.label, _heading_body(nxt.text)[0])
            and len(t) <= 80
            and not _asks(t)
            and not _DATED_RE.match(t)
        ):
            return True  # "KR1：…" / "专业化案例，使用率100%；" / "KR3：…": KR2's label left out
        return (
            cur is not None
            and cur.kind == "kr"
            and bool(cur.label)
            and nxt is not None
            and _label_kind(_heading_body(nxt.text)[0]) == "kr"
            and any(c.isdigit() for c in t)
            and len(t) <= 60
            and t[-1] not in _TERMINAL
            and not _asks(t)
            and not t[0].islower()
            and not SCORE_STATUS_LINE_RE.match(t)
            and not _DATED_RE.match(t)
            and (len(t.split()) >= 3 or cjk_count(t) >= 4)
        )

    def indented_kr(self, ln: _Line) -> bool:
        """In a draft without labels, a line indented under an objective line (no bullets)."""
        objectives = self.objectives()
        return bool(objectives) and objectives[-1].heads_list and ln.indent > objectives[-1].indent

    def after_heading(self, objective: _Builder) -> bool:
        """Whether a heading was seen after the objective (a new section has begun)."""
        return bool(self.heading_recs) and self.heading_recs[-1].start > objective.anchor

    def prose(
        self, ln: _Line, text: str | None = None, start: int | None = None, from_list: bool = False
    ) -> None:
        """A line standing alone: a department or level heading ("客户服务部门"), or prose."""
        t = ln.text if text is None else text
        at = ln.start if start is None else start
        core = t.strip("*_ ") or t
        # A long line above the items that names the set ("Customer Success — Q2 OKRs (copied
        # from Notion)") is still its title (decision 773).
        long = len(t) > 40 and (self.objectives() or not looks_like_title(t))
        if long or core[-1] in _TERMINAL or t.count("，") + t.count(",") > 1:
            self.prose_lines.append((t, at, at + len(t)))
            self.current = None
            return
        self.add_heading(t, at, 0, from_list)
        self.goals_heading_list = _PERIOD_GOALS_RE.fullmatch(core) is not None
        if self.goals_heading_list:
            # "2022-2023 Performance Management Goals" over "1) …": each goal is an objective
            # (decision 913, as decision 734's "I had four goals:").
            self.intro_objectives, self.intro_indent = True, None
        lvl = level_from_heading(t, markdown=False)
        if lvl:
            self.pending_level, self.pending_level_depth = lvl, 0
        self.current = None

    def continues(self, current: _Builder, ln: _Line) -> bool:
        if ln.text.lstrip().startswith("~") and _withdrawn(ln.text):
            return False  # "~#40 - Run two mentorships~" under a key result: withdrawn (5143)
        if _OKR_COUNTER_RE.match(ln.text):
            return (
                False  # "OKR 2" / "第二组OKR" over the next block: no wording of this item (1801)
            )
        if not current.parts:
            return not ln.blank_before
        if current.closed:
            return False  # ends its line of run-together items, or a quote (decision 925)
        if (
            current.from_heading
            and ln.text[0].isupper()
            and ln.text[-1] in _TERMINAL
            and _latin(ln.text)
        ):
            return False  # "### Renewals without calls" then "Renewals take three calls.": a note
        if (
            current.kind == "kr"
            and any(c.isdigit() for c in current.label)  # "KR2:", not "Key results:"
            and not current.cells
            and _en_lost_item(current.parts[-1][0], ln.text)
        ):
            return False  # "KR2: Cut p95 latency from 800ms to 300ms" / "keep error rate …"
        if not ln.blank_before:
            return True
        if current.kind == "kr" and _lost_bullet(ln.text):
            return False  # "…达到95%" / "" / "建立错题本制度": an item of its own (decision 1782)
        # After a blank line only a short tail of a cut-off line continues it (PDF extraction
        # breaks "覆盖至少70%" / "以上人员" this way): shorter than the piece it ends, and only once.
        # The piece must be strongly cut off (a number, %, comma or open bracket at its end): a
        # Chinese line merely ending without a stop ("…达到每人2万公里") is finished, and the
        # short line after the blank starts something new ("驾驶员愿意留下来"; decision 950).
        last = current.parts[-1][0]
        return (
            current.open_ended
            and (_strongly_cut_off(last) or _word_cut_off(last, ln.text))
            and not current.joined_after_blank
            and len(ln.text) <= 20
            and len(ln.text) < len(last)
            and not ln.text[0].isupper()
            and ln.indent <= current.indent + 4
            # "thanks! — Priya", "cheers?": a message's close, not a cut-off tail (decision 1722)
            and not re.search(r"[!！?？]", ln.text)
            and not _SIGNATURE_RE.search(ln.text)
            # "外卖站 周报 第6周": Chinese words set apart by spaces make a title or a label
            # line, not the rest of a cut-off sentence (decision 1937)
            and not _SPACED_HAN_RE.search(ln.text)
            # "…从3%降到1%" / "" / "第6周": a period's label heads what follows (decision 1983)
            and not _PERIOD_LABEL_RE.fullmatch(ln.text)
        )

    def single_line_objective(self) -> None:
        """A draft of one line with no label is one objective ("拿下xx市场！")."""
        if len(self.lines) != 1:
            return
        ln = self.lines[0]
        t_body, off = _heading_body(ln.text)
        lm = LIST_RE.match(t_body)
        if lm and lm.end() < len(t_body):
            off += lm.end()
            t_body = t_body[lm.end() :]
        if TITLE_RE.search(t_body) and len(t_body) <= 20:
            return
        if _CHAT_LINE_RE.search(t_body):
            return  # "Hi Megan, here are my OKRs…": a message to a reader, no objective (810)
        if _small_talk(t_body):
            return  # "hello there, how are you": small talk, no objective (decision 951)
        if _bare_label(t_body.strip(" \t#*_:：")) is not None:
            return  # "Objective", "目标", "Key results" alone: a label with no wording (6894)
        if _asks_how_to_write_line(t_body):
            return  # "can you help me write OKRs for my team?": a question to the coach (6894)
        if off == 0 and _nothing_to_review(t_body):  # no heading, no list marker
            return  # "hello world, nothing here": a note that there is nothing (tester35)
        if not re.search(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2,}", t_body):
            return  # punctuation, digits or a stray letter: nothing that could be an objective
        self.heading_recs = [h for h in self.heading_recs if h.start != ln.start + off]
        self.start_item("objective", "", None, t_body, ln.start + off, ln)


def parse_text(
    text: str,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_objectives: int = DEFAULT_MAX_OBJECTIVES,
) -> Draft:
    """Parse pasted text into a Draft (without annotations; see `coach.annotate`)."""
    validate_text(text, max_chars)
    yaml_items = parse_yaml.read(text)
    # Split label words and page footers from a PDF's text, mended in place (decision 1200).
    page = (
        text
        if yaml_items is not None
        else parse_kind_en.mend(
            parse_guide_zh.mend_quotes(parse_guide_zh.mend_label_typos(parse_shapes.mend(text)))
        )
    )
    p = _Parser(page)
    if yaml_items is not None:
        p.builders = [_yaml_builder(it) for it in yaml_items]
    else:
        p.run()
        refused = not any(b.parts for b in p.builders)  # no item with any wording
        shaped, sure = parse_shapes.read(page, refused) or ([], False)
        read = {b.parts[0] for b in p.builders if b.parts}
        if shaped and (sure or 2 * sum(it.parts[0] in read for it in shaped) < len(shaped)):
            # A whole-page layout (decisions 860-866): one with a sure signature, or one whose
            # items the line readings mostly missed.
            p.orphan_labels = []
            _use_builders(p, [_yaml_builder(it) for it in shaped])
        elif not any(b.kind == "kr" and b.parts for b in p.builders) and (
            said := parse_shapes.said_in_prose(page)
        ):
            # "比如O是X，KR1是Y，KR2是Z": an OKR said inside a sentence, on a page the line
            # readings found no key result on (decision 1025).
            p.orphan_labels = []
            _use_builders(p, [_yaml_builder(it) for it in said])
        else:
            _fall_back(page, p, max_objectives)
        if not any(_own_label(b) and b.kind == "kr" for b in p.builders) and (
            told := parse_shapes.told_in_prose(page)
        ):
            # (a page whose key results carry labels, "KR1:", is the labels' own: not searched)
            _put_told(p, *told)
        if guide := parse_guide_en.guide_examples(page, _read_items(p)):
            # Example OKRs inside an English guide's prose, pairs, galleries and tables
            # (decisions 1480-1485), in place of what the line readings read around them.
            _put_told(p, *guide)
        _recast_items(p)
        _kr_group_names(p)
        names_set = lambda t: looks_like_title(t) or looks_like_unit(t)  # noqa: E731
        # A page of plain lines, kinds from the wording (decision 1651).
        parse_kind_en.plain_page(p, _Builder, names_set)
        # Key results under their heading and no objective (decision 1640).
        parse_kronly.read(p, BARE_LABEL_RE, _heading_body, _Builder, names_set)
        # A printed plan's lines, kinds from the type: capital leads or sentences (5121).
        parse_caps_lead.read(p, _Builder)
    return _assemble(text, p, max_objectives)


def _read_items(p: _Parser) -> list[tuple[str, int, int]]:
    """What the line readings read: each item's kind and the stretch of the page it spans."""
    return [
        (b.kind, b.parts[0][1], b.parts[-1][1] + len(b.parts[-1][0])) for b in p.builders if b.parts
    ]


def _put_told(p: _Parser, items: list[parse_yaml.YamlItem], spans: list[tuple[int, int]]) -> None:
    """An OKR told in prose (decision 1350) in place of what the line readings read inside the
    spans it was told in; items read elsewhere on the page stay, in page order."""

    def inside(b: _Builder) -> bool:
        return any(s < at + len(t) and at < e for t, at in b.parts for s, e in spans)

    kept = [b for b in p.builders if b.parts and not inside(b)]
    told = [_yaml_builder(it) for it in items]
    builders = sorted(kept + told, key=lambda b: b.parts[0][1])
    p.orphan_labels = [ln for ln in p.orphan_labels if not any(s <= ln.start < e for s, e in spans)]
    _use_builders(p, builders)
    # The words around the told items ("My goal for Q1 2027 is to", "Key results: first,") are
    # the paragraph's prose, as decision 1210 keeps them: they say whose set it is.
    cuts = sorted((at, at + len(t)) for b in told for t, at in b.parts)
    for s, e in spans:
        pos = s
        for a, b in [*[c for c in cuts if s <= c[0] < e], (e, e)]:
            gap = p.text[pos:a]
            if gap.strip(" \t\n,，;；.。:：、"):
                lead = len(gap) - len(gap.lstrip())
                p.prose_lines.append((gap.strip(), pos + lead, pos + lead + len(gap.strip())))
            pos = max(pos, b)


def _fall_back(text: str, p: _Parser, max_objectives: int) -> None:
    """Where the layout readings did not account for the page, the general per-line reading
    of `coach.parse_fallback` (decisions 705-714): a page with no objective found, or a list of
    measured results under a lead-in read as objectives with no key results."""
    if not p.objectives() and p.orphan_labels and _goal_in_prose(p):
        return
    if not p.objectives() and p.orphan_labels and _counted_krs_after_goal(p):
        return
    if not p.objectives() and not p.orphan_labels and _enumerated_krs_in_prose(p):
        return  # a memo's paragraph, with nothing else on the page read (decision 1781)
    if not p.objectives():
        sentences = _okr_sentences_found(text)
        if sentences:
            # A page that quotes its objective and key results in a guide's sentences
            # (decision 1070).
            p.orphan_labels = []
            _use_found(p, sentences)
            return
        found = fb.read_lines(text)
        # A key-result label before any objective is refused ("KR1: …" alone) unless the
        # line it was read from is prose the per-line reading leaves out ("Key Results.
        # Measurable things.": decision 709).
        if (
            found
            and sum(f.kind == "objective" for f in found) <= max_objectives
            and all(fb.is_prose(ln.text) for ln in p.orphan_labels)
        ):
            p.orphan_labels = []
            _use_found(p, found)
        return
    if len(p.objective_builders) > max_objectives:
        return  # refused as too large when assembled: no reading to rescue
    if _outline_under_lead_in(p) or _quoted_over_lead_in(text, p) or _lead_in_list(text, p):
        return
    _parallel_lead_ins(text, p)
    _measures_after_objectives(p)
    _quoted_goals_in_prose(p)
    _enumerated_krs_in_prose(p)
    _okr_sentences_in_items(text, p)


# "首先我们要确定一个目标,提升团队测试能力为了更好的保障产品稳定。", "我们定下的目标是:让……。": a
# sentence that names the set's objective in prose, above labelled key results (decision 923).
_GOAL_IN_PROSE_RE = re.compile(
    r"(?:确定|设定|设立|定下|制定|定)了?(?:一个|的)?(?:目标|O)(?:是|为)?\s?[,，:：]\s*"
    r"(?P<o>[^,，。；;:：\n][^。；;:：\n]{3,59})(?:[。；;]|$)"
)


# A Chinese paragraph that speaks about the item above it: "这个关键成果主要作用于……",
# "该KR……", "这里……" (decision 923).
_COMMENT_LEAD_ZH_RE = re.compile(
    r"^(?:这个|这一|该|此)(?:关键(?:成果|结果)|KR|目标|指标|O)|^这里(?:提升|说|指)|^(?:之所以|原因是)"
)


# A line of chat that ends on a spoken particle ("有问题群里说哈～", "先这样啦~", "辛苦各位啦！🙏"):
# an item's wording never ends so; a remark to the group, not a key result's tail (1784).
_CHAT_TAIL_ZH_RE = re.compile(
    r"[\u4e00-\u9fff][哈哦啦嘛哟噢呀]{1,3}[～~！!。…\s]{0,4}[\U0001f300-\U0001faff\u2600-\u27bf]{0,3}\s{0,2}$"
)


def _comments_zh(t: str) -> bool:
    """A paragraph of Chinese commentary after a complete item, not its wrapped wording: it
    opens by pointing at the item, or it is two or more full sentences (decision 923)."""
    if _COMMENT_LEAD_ZH_RE.match(t):
        return True
    return cjk_count(t) >= 24 and len(re.findall(r"。(?=.)", t)) >= 1 and t.rstrip()[-1:] in "。!！"


def _goal_in_prose(p: _Parser) -> bool:
    """Labelled key results with no objective above them, under a prose sentence that names the
    objective ("确定一个目标,X。"): X is their objective (decision 923). Changes `p`."""
    first = p.orphan_labels[0].start
    for t, start, _end in sorted(p.prose_lines, key=lambda x: x[1], reverse=True):
        if start >= first:
            continue
        m = _GOAL_IN_PROSE_RE.search(t)
        if m is None:
            continue
        o = _Builder("objective", "", None, 0, 0)
        o.add(m.group("o").strip(), start + m.start("o"))
        o.anchor = start + m.start("o")
        at = next(i for i, b in enumerate(p.builders) if b.kind == "kr")
        p.builders.insert(at, o)
        p.objective_builders = [b for b in p.builders if b.kind == "objective"]
        p.orphan_labels = []
        return True
    return False


def _counted_pieces(t: str, at: int) -> list[tuple[str, int, bool]]:
    """The pieces a paragraph counts off from `at` ("一是A；二是B；三是C。"), each with its offset
    in `t` and whether a counting word ("二是") led it; a piece ends at the next counting word or
    at the sentence's stop. Pieces shorter than 4 characters are left out (decisions 1686, 1720)."""
    out: list[tuple[str, int, bool]] = []
    while at < len(t):
        nxt = _ENUM_KR_NEXT_RE.search(t, at)
        end = nxt.start() if nxt is not None else t.find("。", at)
        end = len(t) if end < 0 else end
        head = _ENUM_KR_HEAD_RE.match(t, at)
        body_at = head.end() if head is not None else at
        piece = t[body_at:end].strip().rstrip("。；;").strip()
        if len(piece) >= 4:
            out.append((piece, body_at, head is not None))
        if nxt is None:
            break
        at = nxt.end()
    return out


def _objective_over(goal: str, goal_at: int, pieces: list[tuple[str, int]]) -> list[_Builder]:
    """An objective's builder with a key result's builder for each piece (text, input offset)."""
    o = _Builder("objective", "", None, 0, 0)
    o.add(goal, goal_at)
    o.anchor = goal_at
    out = [o]
    for piece, at in pieces:
        k = _Builder("kr", "", None, 2, 0)
        k.add(piece, at)
        k.anchor = at
        out.append(k)
    return out


def _counted_krs_after_goal(p: _Parser) -> bool:
    """One labelled key result, with no objective above it, that counts several off ("…关键结果：
    一是…；二是…；三是…") after a sentence that says the objective ("我这学期的目标是X。"): X is
    the objective and each counted piece a key result (decision 1720, a personal paragraph as
    decision 1686's memo). Changes `p`."""
    krs = [b for b in p.builders if b.kind == "kr"]
    if len(krs) != 1 or any(b.kind == "objective" for b in p.builders):
        return False
    b = krs[0]
    # counting words the line reading blanked out ("关键结果：一是A；二是B": decision 1780)
    blanked = len(b.parts) >= 2 and all(
        at0 >= 2 and p.text[at0 - 2 : at0] == f"{_ZH_ORDINALS[i]}是"
        for i, (_t, at0) in enumerate(b.parts)
    )
    if not b.parts or (_ENUM_KR_HEAD_RE.match(b.parts[0][0]) is None and not blanked):
        return False
    first = p.orphan_labels[0].start
    before = [(t, st) for t, st, _e in p.prose_lines if st < first]
    if not before:
        return False
    pt, start = max(before, key=lambda x: x[1])
    goal = next(reversed(list(_ENUM_GOAL_RE.finditer(pt))), None)
    if goal is None:
        return False
    goal_at = start + goal.start("g")
    pieces: list[tuple[str, int]] = []
    for t, at0 in b.parts:
        if blanked:
            piece = t.rstrip("。；; \t")
            if len(piece.strip()) >= 4:
                pieces.append((piece, at0))
            continue
        for piece, at, counted in _counted_pieces(t, 0):
            if not counted and pieces:
                return False  # a part that counts nothing: no counted list
            pieces.append((piece, at0 + at))
    if len(pieces) < 2:
        return False
    i = p.builders.index(b)
    p.builders[i : i + 1] = _objective_over(goal.group("g"), goal_at, pieces)
    p.objective_builders = [x for x in p.builders if x.kind == "objective"]
    p.orphan_labels = []
    return True


# A guide's paragraph that names objectives in quotes and lists their key results after a
# colon: "建议以“建立可持续引流渠道”为目标。关键成果包括:A,B,以及C。", "目标应锁定“提升购物车完成率”",
# "则需设立“构建客户生命周期管理体系”,关键成果包含:A、B、C。" (decision 931).
_PROSE_GOAL_RE = re.compile(
    r"以[“\"](?P<a>[^“”\"\n]{4,40})[”\"]为(?:目标|O)"
    r"|目标(?:应|可)?(?:锁定|定为|设为|设定为|聚焦)(?:为|在|于)?[“\"](?P<b>[^“”\"\n]{4,40})[”\"]"
    r"|(?:设立|确立|定下)[“\"](?P<c>[^“”\"\n]{4,40})[”\"](?:这一|这个)?(?:目标)?"
    # "将“客户投诉率≤1%”的OKR目标,转化为…", "在OKR目标“新产品上市周期缩短20%”的执行过程中"
    r"|[“\"](?P<d>[^“”\"\n]{4,40})[”\"]的OKR目标|OKR目标[“\"](?P<e>[^“”\"\n]{4,40})[”\"]"
    # "Objective为“提升自然搜索排名”,其对应的Key Results可设为:…", "运营目标“提升Q3业绩”,可拆解为
    # 三个关键结果:…" (decision 1903: read only where a key-result lead follows in the sentence)
    r"|(?:目标|objective)\s?(?:为|是)?\s?[“\"](?P<f>[^“”\"\n]{4,40})[”\"](?=\s?[,，]?\s?"
    r"(?:其|可)?(?:对应的?|拆解为|拆解成|分解为)(?:[一二三四五六七八九十两\d]个)?"
    r"(?:关键(?:结果|成果)|key results?|KRs?))",
    re.IGNORECASE,
)
# "…转化为生产部“过程合格率≥99.5%”、质检部“抽检频次提升30%”等具体指标": the measures an objective
# is turned into, quoted; "将“过程能力CPK≥1.33”的关键成果与…联动": a key result quoted (decision 931).
_PROSE_SPLIT_INTO_RE = re.compile(r"(?:转化为|分解为|拆解为|落实为|细化为)")
_PROSE_QUOTED_KR_RE = re.compile(r"[“\"](?P<k>[^“”\"\n]{4,40})[”\"]的关键(?:成果|结果)")
_PROSE_QUOTE_RE = re.compile(r"[“\"](?P<q>[^“”\"\n]{2,40})[”\"]")
_TEAM_BEFORE_QUOTE_RE = re.compile(
    r"(?P<team>[\u4e00-\u9fff]{1,6}(?:部|组|中心|科|室|车间|团队|班组))\s?$"
)
_PROSE_KRS_RE = re.compile(
    r"关键(?:成果|结果)(?:可以|可)?(?:包括|包含|有|可设为|设为)\s?[:：]"
    # "其对应的Key Results可设为:", "可拆解为三个关键结果:" (decision 1903)
    r"|(?:对应的?|拆解为|拆解成|分解为)(?:[一二三四五六七八九十两\d]个)?"
    r"(?:关键(?:成果|结果)|key results?|KRs?)(?:可以|可)?(?:包括|包含|有|可设为|设为|为)?\s?[:：]",
    re.IGNORECASE,
)
# "① BSR排名…;② …": a circled number opening a piece of the list numbers it (decision 1903).
_CIRCLED_RE = re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩]\s?")
_PROSE_KR_SPLIT_RE = re.compile(r"[,，、;；]\s*(?:以及|和|及)?\s*|\s*以及\s*")


def _outside_brackets_split(t: str, a: int, b: int) -> list[tuple[str, int]]:
    """The pieces of t[a:b] between the list's separators (、 , ; 以及) that stand outside
    brackets, each with its offset in t."""
    out: list[tuple[str, int]] = []
    depth, piece_at, i = 0, a, a
    while i <= b:
        c = t[i] if i < b else ""
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        sep = _PROSE_KR_SPLIT_RE.match(t, i, b) if depth == 0 and i < b else None
        if i == b or (sep is not None and sep.end() > i):
            raw = t[piece_at:i]
            lead = len(raw) - len(raw.lstrip())
            if raw.strip():
                out.append((raw.strip(), piece_at + lead))
            if sep is None:
                break
            i = piece_at = sep.end()
            continue
        i += 1
    return out


def _quoted_goals_in_prose(p: _Parser) -> None:
    """Objectives named in quotes in a prose paragraph left unread, each with the measured
    phrases its sentence lists after "关键成果包括:" as key results (decision 931)."""
    if not p.objectives():
        return
    added: list[_Builder] = []
    for t, start, _end in list(p.prose_lines):
        if len(t) < 40:
            continue
        for qk in _PROSE_QUOTED_KR_RE.finditer(t):
            if fb.has_figure(qk.group("k")):
                k = _Builder("kr", "", None, 2, 0)
                k.add(qk.group("k"), start + qk.start("k"))
                k.anchor = start + qk.start("k")
                added.append(k)
        goals = list(_PROSE_GOAL_RE.finditer(t))
        for i, m in enumerate(goals):
            g = next(k for k in "abcdef" if m.group(k) is not None)
            o = _Builder("objective", "", None, 0, 0)
            o.add(m.group(g), start + m.start(g))
            o.anchor = start + m.start(g)
            added.append(o)
            stop = goals[i + 1].start() if i + 1 < len(goals) else len(t)
            end = t.find("。", m.end(), stop)
            end = stop if end < 0 else end
            into = _PROSE_SPLIT_INTO_RE.search(t, m.end(), end)
            if into is not None:
                for q in _PROSE_QUOTE_RE.finditer(t, into.end(), end):
                    if fb.has_figure(q.group("q")):
                        k = _Builder("kr", "", None, 2, 0)
                        k.add(q.group("q"), start + q.start("q"))
                        k.anchor = start + q.start("q")
                        # "生产部“过程合格率≥99.5%”": the department named right before the quote
                        team = _TEAM_BEFORE_QUOTE_RE.search(t, into.end(), q.start())
                        k.prefix = team.group("team") if team is not None else ""
                        added.append(k)
            lead = _PROSE_KRS_RE.search(t, m.end(), stop)
            if lead is None:
                continue
            end = t.find("。", lead.end(), stop)
            end = stop if end < 0 else end
            for piece, at in _outside_brackets_split(t, lead.end(), end):
                circled = _CIRCLED_RE.match(piece)
                if circled is not None:
                    piece, at = piece[circled.end() :], at + circled.end()
                if fb.has_figure(piece):
                    k = _Builder("kr", "", None, 2, 0)
                    k.add(piece, start + at)
                    k.anchor = start + at
                    added.append(k)
    if not added:
        return
    for b in added:
        i = 0
        while i < len(p.builders) and p.builders[i].anchor < b.anchor:
            i += 1
        p.builders.insert(i, b)
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]


# A memo's paragraph that states the objective and then counts its key results off, as a
# forwarded e-mail or a meeting's minutes write them (decision 1686): "项目部今年的目标是把老城片区
# 打造成全市城市更新的标杆项目。围绕这一目标，我们提出以下关键结果：一是…；二是…；三是…。"
_ENUM_KR_LEAD_RE = re.compile(r"关键(?:结果|成果)(?:是|为|有|包括|如下)?\s?[:：]?\s?(?=一是)")
_ENUM_KR_NEXT_RE = re.compile(r"[；;。]\s?(?=[二三四五六七八九十]是)")
_ENUM_KR_HEAD_RE = re.compile(r"[一二三四五六七八九十]是")
_ENUM_GOAL_RE = re.compile(r"目标(?:是|为)[:：]?\s?(?P<g>[^。；;！!？?\n]{4,40})[。；;！!]")


def _enumerated_krs_in_prose(p: _Parser) -> bool:
    """An objective said in a prose paragraph ("…的目标是X。") and the key results the same
    paragraph counts off after a key-result lead ("关键结果：一是…；二是…"), read where the
    line readings left the paragraph as prose (decision 1686), also on a page with nothing else
    read (decision 1781). Both must be there: a guide's "OKR的目标是…" without the counted list
    stays prose. An objective the line readings made of the whole paragraph, with no key result
    under it, goes: it is the paragraph read again. Whether any was read."""
    added: list[_Builder] = []
    paragraphs: list[tuple[int, int]] = []
    for t, start, t_end in list(p.prose_lines):
        lead = _ENUM_KR_LEAD_RE.search(t)
        if lead is None:
            continue
        # the last objective said before the lead
        goal = next(reversed(list(_ENUM_GOAL_RE.finditer(t, 0, lead.start()))), None)
        if goal is None:
            continue
        pieces = [(x, start + at) for x, at, _counted in _counted_pieces(t, lead.end())]
        if len(pieces) < 2:
            continue
        added += _objective_over(goal.group("g"), start + goal.start("g"), pieces)
        paragraphs.append((start, t_end))
    if not added:
        return False
    owners = _owners(p)
    under = {id(o) for o in owners.values() if o is not None}
    p.builders = [
        b
        for b in p.builders
        if not (
            b.kind == "objective"
            and id(b) not in under
            and b.parts
            and any(
                s <= b.parts[0][1] and b.parts[-1][1] + len(b.parts[-1][0]) <= e
                for s, e in paragraphs
            )
        )
    ]
    for b in added:
        i = 0
        while i < len(p.builders) and p.builders[i].anchor < b.anchor:
            i += 1
        p.builders.insert(i, b)
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]
    return True


# A guide's sentence that quotes an objective and then, after a key-result lead, the key results
# it quotes, in simplified or traditional characters and with curly or corner quotes (decision
# 1070): "银行公司通过设定目标“提升贷款业务规模”,并设定关键结果为“贷款余额增长率达到20%”",
# "若目標是「提升品牌知名度」,關鍵成果則可設定為「網站流量增加30%」或「社群互動率提升20%」",
# "证券部门为实现 “提升客户交易活跃度” 目标,设定关键结果为 “…”“…”", "在 OKR 下,這可能變成「…」。
# 再配上關鍵成果,如「…」". Only a quote followed by quoted key results in the same paragraph counts.
def _okr_quote(group: str) -> str:
    return r"[“「\"]\s?(?P<" + group + r">[^“”「」\"\n]{2,60}?)\s?[”」\"]"


_OKR_SENTENCE_GOAL_RE = re.compile(
    r"(?:设定|設定|设立|設立|确定|確定|定下|制定)了?(?:的)?(?:目标|目標)\s?(?:为|為|是)?\s?[:：]?\s?"
    + _okr_quote("a")
    + r"|(?:为|為)了?(?:实现|實現|达成|達成)\s?"
    + _okr_quote("b")
    + r"\s?(?:这一|这个|這一|這個)?(?:目标|目標)"
    # "目标定为“…”", "目标则是“…”", "把门店目标写成“…”" (decision 1503)
    + r"|(?:目标|目標)(?:可能|可以|就|则|則|也|便)?(?:是|为|為|变成|變成|定为|定為|设为|設為"
    + r"|设定为|設定為|写成|寫成|写为|寫為|改为|改為)\s?[:：]?\s?"
    + _okr_quote("c")
    + r"|(?:设定|設定|以|将|將|把)\s?"
    + _okr_quote("d")
    + r"\s?(?:作为|作為|为|為)(?:目标|目標)"
    + r"|(?:例如|比如|譬如|如)\s?"
    + _okr_quote("e")
    + r"\s?(?:这样|這樣)的(?:表述|目标|目標|描述)"
    + r"|(?:变成|變成|改为|改為|改写为|改寫為)\s?"
    + _okr_quote("f")
    # "把O定为“提升品牌知名度”", "目标“提升产品用户体验”,若KR写…", "「打造全宇宙最香的腸粉」是
    # Objective" (decision 1221)
    + r"|(?<![A-Za-z])(?:O|Objective)\s?(?:定为|定為|设为|設為|设定为|設定為|写成|寫成|是)\s?[:：]?\s?"
    + _okr_quote("g")
    + r"|(?:目标|目標)\s?"
    + _okr_quote("h")
    + r"|"
    + _okr_quote("i")
    + r"\s?(?:就是|是|当作|當作|当|當|作为|作為)\s?(?:Objective|目标|目標)(?![A-Za-z])"
)
_OKR_SENTENCE_KRS_RE = re.compile(
    r"(?:(?:关键|關鍵)(?:成果|结果|結果)|(?<![A-Za-z])(?:KRs?|Key\s?Results?)(?![A-Za-z]))"
    r"[^。\n“”「」]{0,40}?"
    # "并把关键结果关联到“…”、“…”", "关键结果挂到“…”和“…”上" (decision 1503)
    r"(?:设定为|設定為|设为|設為|定为|定為|写成|寫成|写|寫|为|為|是|包括|包含|如|到)\s?[:：]?\s?"
    r"(?=[“「\"])"
)
# "而「客戶回購率達85%」就是KR", "把「完成系统优化」当KR": a quote named a key result after it.
_OKR_SENTENCE_KR_AFTER_RE = re.compile(
    _okr_quote("q") + r"\s?(?:就是|是|当作|當作|当|當|作为|作為)\s?"
    r"(?:KRs?|Key\s?Results?|(?:关键|關鍵)(?:成果|结果|結果))(?![A-Za-z])"
)
_OKR_SENTENCE_QUOTE_RE = re.compile(r"[“「\"]\s?(?P<q>[^“”「」\"\n]{2,80}?)\s?[”」\"]")


def okr_sentences(t: str) -> list[tuple[tuple[str, int], list[tuple[str, int]]]]:
    """The objectives a paragraph quotes after an objective lead, each with the quotes in a row
    after the key-result lead that follows it (before the next such objective); only those
    with a key result (decision 1070). Offsets are into `t`."""
    if "“" not in t and "「" not in t and '"' not in t:
        return []  # every objective's lead quotes it (most lines: kept cheap)
    goals = list(_OKR_SENTENCE_GOAL_RE.finditer(t))
    out: list[tuple[tuple[str, int], list[tuple[str, int]]]] = []
    for i, g in enumerate(goals):
        name = next(k for k in "abcdefghi" if g.group(k) is not None)
        stop = goals[i + 1].start() if i + 1 < len(goals) else len(t)
        krs: dict[int, str] = {}
        # Every key-result lead before the next objective: "若KR写“A”,这是任务;而KR写“B”"
        # (decision 1221).
        pos = g.end()
        while (lead := _OKR_SENTENCE_KRS_RE.search(t, pos, stop)) is not None:
            at = lead.end()
            while (q := _OKR_SENTENCE_QUOTE_RE.match(t, at)) is not None and q.start() < stop:
                krs[q.start("q")] = q.group("q").strip()
                at = q.end()
                while at < len(t) and t[at] in "、，, 和及或与與":
                    at += 1
            pos = max(at, lead.end())
        for q in _OKR_SENTENCE_KR_AFTER_RE.finditer(t, g.end(), stop):
            krs[q.start("q")] = q.group("q").strip()
        if krs:
            out.append(
                ((g.group(name).strip(), g.start(name)), [(w, a) for a, w in sorted(krs.items())])
            )
    return out


# A guide's examples quoted after "例如/比如/如" (decision 1222): "目标应描述方向和愿景,如“打造行业
# 标杆级用户体验”而非“增加20%用户”", "其关键成果是可衡量的价值指标,如“客户推荐分数从X提升到Y”",
# "拆出3到5个Key Results……比如「每周新增500活跃用户」「客服回应时间压缩至2分钟内」". What they are
# examples of is the role word last named before them, in the line or else in the line above.
_QUOTED_EXAMPLE_ROLE_RE = re.compile(
    r"(?P<kr>(?:关键|關鍵)(?:成果|结果|結果)|(?<![A-Za-z])(?:KRs?|Key\s?Results?)(?![A-Za-z]))"
    r"|(?P<o>目标|目標|(?<![A-Za-z])(?:Objectives?|OKRs?|O)(?![A-Za-z]))",
    re.IGNORECASE,
)
_QUOTED_EXAMPLE_LEAD_RE = re.compile(
    r"(?:例如|比如|譬如|舉例來說|举例来说|(?<![例比譬])如"
    r"|(?:正确|正確|更好)的?(?:写法|寫法|做法|表述)?(?:应该|應該|应|應)?是)\s?[:：,，]?\s?(?=[“「])"
)
# A quote its role names: "模糊的O:“提升产品质量”" (the role before a colon), "把「完成系统优化」当KR"
# (the role after it).
_QUOTED_EXAMPLE_ROLE_WORDS = (
    r"(?:(?P<kr>(?:关键|關鍵)(?:成果|结果|結果)|(?<![A-Za-z])(?:KRs?|Key\s?Results?)(?![A-Za-z]))"
    r"|(?P<o>目标|目標|(?<![A-Za-z])(?:Objectives?|O)(?![A-Za-z])))"
)
_QUOTED_EXAMPLE_LABELLED_RE = re.compile(
    _QUOTED_EXAMPLE_ROLE_WORDS + r"\s?(?:[:：]|包括|包含)\s?(?=[“「])", re.IGNORECASE
)
_QUOTED_EXAMPLE_NAMED_AFTER_RE = re.compile(
    r"(?P<of>的)?[“「]\s?(?P<q>[^“”「」\n]{2,80}?)\s?[”」]\s?(?:(?:就是|是|当作|當作|当|當|作为|作為)\s?"
    + _QUOTED_EXAMPLE_ROLE_WORDS
    # "对应HR的“人才招聘”目标": a quote after 的 and before 目标 names the objective
    + r"|(?(of)(?P<o2>目标|目標)|(?!)))",
    re.IGNORECASE,
)
_QUOTED_EXAMPLES_LISTED_AS_RE = re.compile(
    r"(?:[“「]\s?[^“”「」\n]{2,40}?\s?[”」]\s?(?:[、，,]|与|與|和|及)?\s?){1,6}"
    r"(?:列为|列為|作为|作為|定为|定為|设为|設為|确定为|確定為)\s?"
    r"(?:[^\s，,。；;“”「」]{0,6}?)(?:目标|目標)(?![A-Za-z])"
)
_QUOTED_EXAMPLE_JOIN_RE = re.compile(
    r"(?:[、，,\s]|或者|或|和|与|與|及|而非|而不是|相较于|相較於)*"
)


def _quoted_example_role(text: str) -> str | None:
    """ "kr" or "objective": the role word last named in `text`, if any."""
    found = list(_QUOTED_EXAMPLE_ROLE_RE.finditer(text))
    if not found:
        return None
    return "kr" if found[-1].group("kr") else "objective"


def okr_examples(t: str, before: str = "") -> list[tuple[str, str, int]]:
    """The objectives and key results a guide's line quotes as examples after 例如/比如/如, as
    (kind, wording, offset into `t`); `before` is the line above, read for the role word when the
    line names none before its examples (decision 1222)."""
    out: list[tuple[str, str, int]] = []
    if "“" not in t and "「" not in t:
        return out  # no quote, no example (most lines: kept cheap)
    leads = [(m, None) for m in _QUOTED_EXAMPLE_LEAD_RE.finditer(t)]
    leads += [
        (m, "kr" if m.group("kr") else "objective") for m in _QUOTED_EXAMPLE_LABELLED_RE.finditer(t)
    ]
    # "其关键结果(KR)可能是“…”或“…”": key results after a key-result lead (decision 1070's)
    leads += [(m, "kr") for m in _OKR_SENTENCE_KRS_RE.finditer(t)]
    for m in _QUOTED_EXAMPLE_NAMED_AFTER_RE.finditer(t):
        if len(m.group("q").strip()) >= 4:
            out.append(("kr" if m.group("kr") else "objective", m.group("q").strip(), m.start("q")))
    for lead, named in sorted(leads, key=lambda x: x[0].start()):
        kind = named or _quoted_example_role(t[: lead.start()]) or _quoted_example_role(before)
        if kind is None:
            continue
        at = lead.end()
        while (q := _OKR_SENTENCE_QUOTE_RE.match(t, at)) is not None:
            wording = q.group("q").strip()
            if (
                len(wording) >= 4
                and wording[-1] not in "?？"
                and not _QUOTED_EXAMPLE_ROLE_RE.fullmatch(wording)
                and all(a != q.start("q") for _k, _w, a in out)
            ):
                out.append((kind, wording, q.start("q")))
            at = _QUOTED_EXAMPLE_JOIN_RE.match(t, q.end()).end()
    # An objective the line quotes after an objective's lead ("银行板块的目标可能是“…”") stands
    # beside the examples. Alone it is not read (decision 1390 withdrawn: it lost three items of
    # a held-out set of real pages while it gained studied ones).
    seen = {at for _k, _w, at in out}
    for g in _OKR_SENTENCE_GOAL_RE.finditer(t) if out else ():
        name = next(k for k in "abcdefghi" if g.group(k) is not None)
        if g.start(name) not in seen:
            out.append(("objective", g.group(name).strip(), g.start(name)))
            seen.add(g.start(name))
    # "将 “利润增长” 与 “回归绿档” 列为核心目标": quotes in a row that the line then names its
    # objectives (decision 1391).
    for m in _QUOTED_EXAMPLES_LISTED_AS_RE.finditer(t):
        for q in _OKR_SENTENCE_QUOTE_RE.finditer(t, m.start(), m.end()):
            if q.start("q") not in seen and len(q.group("q").strip()) >= 2:
                out.append(("objective", q.group("q").strip(), q.start("q")))
                seen.add(q.start("q"))
    out.sort(key=lambda x: x[2])
    return out


def _line_above(text: str, start: int) -> str:
    """The last non-blank line of `text` before the line that holds offset `start`."""
    end = text.rfind("\n", 0, start)  # the newline that ends the line above
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return text[begin:end]
        end = begin - 1
    return ""


def _okr_sentence_builders(
    t: str, start: int, line_no: int, indent: int, before: str | None = None
) -> list[_Builder]:
    """Builders for the objectives and key results `okr_sentences` reads in `t` (at `start`);
    where it reads none and `before` (the line above) is given, those `okr_examples` reads."""
    out: list[_Builder] = []
    sentences = okr_sentences(t)
    if before is not None and not sentences:
        for kind, wording, at in okr_examples(t, before):
            b = _Builder(kind, "", None, indent + (2 if kind == "kr" else 0), line_no)
            b.add(wording, start + at)
            b.anchor = start + at
            out.append(b)
        return out
    for (wording, at), krs in sentences:
        o = _Builder("objective", "", None, indent, line_no)
        o.add(wording, start + at)
        o.anchor = start + at
        out.append(o)
        for kw, kat in krs:
            k = _Builder("kr", "", None, indent + 2, line_no)
            k.add(kw, start + kat)
            k.anchor = start + kat
            out.append(k)
    return out


def _okr_sentences_found(text: str) -> list[Any]:
    """The whole page read through `okr_sentences`, line by line (decision 1070)."""
    found: list[Any] = []
    before = ""
    for ln in fb.lines_of(text):
        sentences = okr_sentences(ln.text)
        for (wording, at), krs in sentences:
            parent = len(found)
            found.append(fb.Found("objective", wording, ln.start + at, ln.number + 1, ln.indent))
            for kw, kat in krs:
                found.append(
                    fb.Found("kr", kw, ln.start + kat, ln.number + 1, ln.indent + 2, parent)
                )
        # A guide's quoted examples on the other lines (decision 1222); a key result before any
        # objective is left.
        for kind, wording, at in [] if sentences else okr_examples(ln.text, before):
            objectives = [i for i, f in enumerate(found) if f.kind == "objective"]
            if kind == "objective":
                found.append(
                    fb.Found("objective", wording, ln.start + at, ln.number + 1, ln.indent)
                )
            elif objectives:
                found.append(
                    fb.Found(
                        "kr", wording, ln.start + at, ln.number + 1, ln.indent + 2, objectives[-1]
                    )
                )
        if ln.text.strip():
            before = ln.text
    return found


def _okr_sentences_in_items(text: str, p: _Parser) -> None:
    """An item or a prose paragraph worded as a guide's sentence that quotes an objective and
    its key results is that objective and those key results; so are two items cut from one
    line, the objective's sentence and the key results' (decision 1070). Changes `p`."""
    builders: list[_Builder] = []
    changed = False
    items = p.builders
    i = 0
    while i < len(items):
        b = items[i]
        if len(b.parts) == 1 and not b.cells and len(b.parts[0][0]) >= 12:
            t, start = b.parts[0]
            # a labelled item is the author's own: its quotes are no guide's examples (1222)
            above = None if _own_label(b) else _line_above(text, start)
            made = _okr_sentence_builders(t, start, b.line_no, b.indent, above)
            name = made[0].parts[0][0] if made else ""
            if name and t.startswith(name) and t[len(name) : len(name) + 1] in ":：":
                # "1. 提升贷款业务规模:银行公司通过设定目标“提升贷款业务规模”…": the case's own
                # name, which the sentence quotes, is where the objective stands
                made[0].parts = [(name, start)]
                made[0].anchor = start
            nxt = items[i + 1] if i + 1 < len(items) else None
            if (
                not made
                and nxt is not None
                and len(nxt.parts) == 1
                and not nxt.cells
                and nxt.line_no == b.line_no
                and nxt.parts[0][1] > start
            ):
                end = nxt.parts[0][1] + len(nxt.parts[0][0])
                made = _okr_sentence_builders(text[start:end], start, b.line_no, b.indent)
                if made:
                    i += 1  # the next item was the key results' sentence
            if made:
                _drop_lead_in(p, builders, made)
                builders.extend(made)
                changed = True
                i += 1
                continue
        elif len(b.parts) > 1 and not b.cells and not _own_label(b):
            # A list item wrapped over lines of a guide's prose, its examples quoted on some of
            # them ("1. 本质不同…" / "好的OKR:…" / "例如:“A”、“B”。"): the examples, when one of
            # them is an objective (decision 1222).
            made = [
                m
                for t, start in b.parts
                for m in _okr_sentence_builders(
                    t, start, b.line_no, b.indent, _line_above(text, start)
                )
            ]
            if made and (changed or any(m.kind == "objective" for m in made)):
                builders.extend(made)
                changed = True
                i += 1
                continue
        builders.append(b)
        i += 1
    spans = [(s, s + len(t)) for b in builders for t, s in b.parts]
    for t, start, end in list(p.prose_lines):
        if any(a < end and start < z for a, z in spans):
            continue  # the paragraph is an item's wording, read above
        made = _okr_sentence_builders(t, start, 0, 0, _line_above(text, start))
        if not made:
            continue
        i = 0
        while i < len(builders) and builders[i].anchor < made[0].anchor:
            i += 1
        builders[i:i] = made
        changed = True
    if changed:
        p.builders = builders
        p.objective_builders = [b for b in builders if b.kind == "objective"]


def _drop_lead_in(p: _Parser, builders: list[_Builder], made: list[_Builder]) -> None:
    """ "今年他们换了思路：" or a section's heading "【案例】一家物流公司的做法" over list items each
    read as a guide's sentence that quotes an objective and its key results: the line leads in
    to them, prose with no key result of its own (decision 1510). Changes `builders` and
    `p.prose_lines`."""
    if not builders or not made or made[0].kind != "objective":
        return
    b = builders[-1]
    if b.kind != "objective" or len(b.parts) != 1 or _own_label(b) or b.cells:
        return
    t, at = b.parts[0]
    if t.rstrip()[-1:] in (":", "：") or re.match(r"【[^【】\n]{1,10}】", t):
        builders.pop()
        p.prose_lines.append((t, at, at + len(t)))


def _lead_in_list(text: str, p: _Parser) -> bool:
    """A list of measured results under a prose lead-in, read as objectives with no key
    results: the key results of the objective the lead-in names (decision 708)."""
    builders = p.builders
    if len(builders) < 2 or any(
        b.kind != "objective" or b.cells or b.given or b.from_heading or len(b.parts) != 1
        for b in builders
    ):
        return False
    lines = fb.lines_of(text)
    by_no = {ln.number + 1: ln for ln in lines}
    first = by_no.get(builders[0].line_no)
    if first is None or not all(
        (ln := by_no.get(b.line_no)) is not None and ln.marked and ln.indent == first.indent
        for b in builders
    ):
        return False
    if 2 * sum(fb.has_figure(b.parts[0][0]) for b in builders) < len(builders):
        return False
    before = [ln for ln in lines if ln.number < first.number][-3:]
    if not before or before[-1].text[-1:] not in ":：" or before[-1].marked:
        return False
    lead: list[tuple[str, int]] = []
    for ln in before:
        if ln.marked or ln.heading or not fb.is_prose(ln.text):
            lead = []
            continue
        lead.append((ln.text, ln.start))
    named = fb.objective_from_lead_in(lead)
    if named is None:
        return False
    wording, at = named
    found = [fb.Found("objective", wording, at, text.count("\n", 0, at) + 1, 0)]
    for b in builders:
        found.append(fb.Found("kr", b.parts[0][0], b.parts[0][1], b.line_no, b.indent, 0))
    _use_found(p, found)
    return True


def _outline_depths(items: list[_Builder]) -> list[int]:
    """Each item's depth in an outline: its indent, or, when every item starts at the same
    indent, its marker: "一、" items over "1、" items ("各位，下半年就抓这几件事：" / "一、冷链仓库" /
    "1、…": decision 5312), as an official document numbers its sections and their points."""
    if len({b.indent for b in items}) > 1 or {b.style for b in items} != {"zh", "num"}:
        return [b.indent for b in items]
    return [0 if b.style == "zh" else 1 for b in items]


def _outline_under_lead_in(p: _Parser) -> bool:
    """An unlabelled lead-in read as an objective over a two-level list ("另有些事项如下：" /
    "- [ ] 搭建X" / "  - [ ] 子项"): the outer items that have inner items under them are the
    objectives and the inner items their key results (decision 710). A lead-in left with no
    key result is no objective. Changes `p` and says whether it did."""
    changed = False
    owners = _owners(p)
    by_owner: dict[int, list[_Builder]] = {}
    for b in p.builders:
        if b.kind == "kr":
            by_owner.setdefault(id(owners[id(b)]), []).append(b)
    for o in list(p.objective_builders):
        krs = by_owner.get(id(o), [])
        # a section number ("一、") is no label of the author's own here (decisions 1222, 5312)
        if (
            _labelled(o)
            or not o.parts
            or len(krs) < 4
            or any(_own_label(b) or b.cells for b in krs)
        ):
            continue
        lead = o.parts[-1][0]
        if lead[-1:] not in ":：—-" and not fb.is_prose(lead):
            continue
        depth = _outline_depths(krs)
        outer = min(depth)
        heads = [
            i
            for i in range(len(krs))
            if depth[i] == outer and i + 1 < len(krs) and depth[i + 1] > outer
        ]
        # From the first outer item with inner items on, every outer item has some.
        if len(heads) < 2 or any(
            depth[i] == outer and i not in heads for i in range(len(krs)) if i > heads[0]
        ):
            continue
        for i in heads:
            krs[i].kind = "objective"
            krs[i].parent = None
        changed = True
    if not changed:
        return False
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]
    owning = {id(o) for o in _owners(p).values() if o is not None}
    for o in list(p.objective_builders):
        lead = o.parts[-1][0] if o.parts else ""
        if _labelled(o) or lead[-1:] not in ":：—-":
            continue
        if id(o) not in owning:
            p.builders.remove(o)
            p.objective_builders.remove(o)
            # the lead-in stays as the set's preamble: "各位，今年下半年就抓这几件事：" gives the
            # set its period (decision 5312)
            p.prose_lines.extend((t, at, at + len(t)) for t, at in o.parts)
    return True


def _quoted_over_lead_in(text: str, p: _Parser) -> bool:
    """A lone unlabelled objective that only leads in to its key results ("Our key results
    are:") under a paragraph that quotes or names the objective: the objective is the phrase
    quoted or named there (decision 711). Changes `p` and says whether it did."""
    obs = p.objective_builders
    if len(obs) != 1 or _labelled(obs[0]) or len(obs[0].parts) != 1:
        return False
    o = obs[0]
    wording, at = o.parts[0]
    if not fb.names_key_results(wording) or not any(b.kind == "kr" for b in p.builders):
        return False
    lines = fb.lines_of(text)
    before = [ln for ln in lines if ln.start < at][-3:]
    if any(ln.marked or ln.heading or not fb.is_prose(ln.text) for ln in before):
        return False
    named = fb.objective_from_lead_in([(ln.text, ln.start) for ln in before], whole_line=False)
    if named is None:
        return False
    o.parts = [named]
    o.anchor = named[1]
    return True


def _parallel_lead_ins(text: str, p: _Parser) -> None:
    """The first objective is an unlabelled line ending in a colon over its list ("Grow the
    community:" / "* Members from 200 to 500"); a later line of that shape right over a list
    item, read as a heading, is the next objective, not a heading over the first one's key
    results (decision 713)."""
    first = p.objective_builders[0]
    if _labelled(first) or len(first.parts) != 1 or first.parts[0][0][-1:] not in ":：":
        return
    krs = {b.line_no: b for b in p.builders if b.kind == "kr" and b.parent is None}
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    found: list[tuple[_HeadingRec, _Builder]] = []
    for h in p.heading_recs:
        t = h.text.strip()
        if h.markdown_depth or h.meta or h.from_list or t[-1:] not in ":：" or len(t) < 4:
            continue
        if looks_like_title(t) or looks_like_unit(t) or _LIST_LABEL_RE.fullmatch(t):
            continue
        nxt = krs.get(bisect.bisect_left(breaks, h.start) + 2)
        if nxt is not None and nxt.line_no > first.line_no and not _labelled(nxt):
            found.append((h, nxt))
    for h, nxt in found:
        b = _Builder("objective", "", None, first.indent, nxt.line_no - 1)
        b.add(h.text.strip(), h.start)
        b.anchor = h.start
        p.builders.insert(p.builders.index(nxt), b)
    if found:
        p.objective_builders = [b for b in p.builders if b.kind == "objective"]
        p.heading_recs = [h for h in p.heading_recs if all(h is not f for f, _ in found)]


def _measures_after_objectives(p: _Parser) -> None:
    """An objective left with no key result whose own wording goes on, after a stop, in short
    measured clauses ("目标：壮大社区。成员从200人增加到500人，每月活动达到4场。"), or whose next line,
    dropped as prose, is only such sentences ("Members from 200 to 500. Meetups up to 4 a
    month."): those clauses are its key results (decision 714)."""
    owning = {id(o) for o in _owners(p).values() if o is not None}
    place = {id(b): i for i, b in enumerate(p.builders)}
    prose = sorted(p.prose_lines, key=lambda x: x[1])
    prose_starts = [x[1] for x in prose]
    taken: set[int] = set()
    # From the last objective up, so that the places of those above stay as they were.
    for o in reversed(p.objective_builders):
        if id(o) in owning or len(o.parts) != 1 or o.cells or o.given:
            continue
        wording, at = o.parts[0]
        new: list[tuple[str, int]] = []
        stop = re.search(r"。(?=\S)|\.(?=\s+\S)", wording)
        if stop and stop.start() >= 2:
            tail = wording[stop.end() :]
            lead_len = len(tail) - len(tail.lstrip())
            new = fb.measured_pieces(tail.strip(), at + stop.end() + lead_len)
            if new:
                o.parts = [(wording[: stop.end()].rstrip("。. "), at)]
        i = place[id(o)]
        if not new:
            end = p.builders[i + 1].anchor if i + 1 < len(p.builders) else len(p.text)
            j = bisect.bisect_right(prose_starts, at)
            nxt = prose[j] if j < len(prose) else None
            if nxt is not None and nxt[1] < end and p.text.count("\n", at, nxt[1]) == 1:
                new = fb.measured_pieces(nxt[0], nxt[1])
                if new:
                    taken.add(id(nxt))
        for k, (piece, start) in enumerate(new, 1):
            b = _Builder("kr", "", None, o.indent, o.line_no)
            b.add(piece, start)
            b.anchor = start
            p.builders.insert(i + k, b)
    if taken:
        p.prose_lines = [x for x in p.prose_lines if id(x) not in taken]


# A Chinese label with a dash for its colon: "目标——…", "关键结果——…" (decision 867).
_ZH_DASH_LABEL_RE = re.compile(r"(?:目标|关键结果|关键成果)\s*\d{0,2}\s*(?:——|－－|—)\s*")
# A number or circled number that starts a key result inside a line of Chinese text
# ("…人才供给1. 202X 年…", "…降到15元。2. 食材…", "…100人 ②老人…"): decision 868.
_INLINE_NUMBER_RE = re.compile(
    r"(?:^|(?<=[\s\u4e00-\u9fff：:；;。，,）)]))"
    r"(?:(?P<n>[1-9])[.、．](?![\d.])|[（(](?P<p>[1-9])[)）]|(?P<c>[①-⑨]))[ \t]*"
)


# A Chinese line that goes on into the next: "…到", "…的", a comma, an open bracket (decision 1880).
_GOES_ON_ZH_RE = re.compile(r"[，,、；;：:（(和与及或并且到至为达的在从把将对向]$")
# A figure with its measure word: "2道新菜", "3场", "5篇" (any measure word, not only a unit).
_COUNTED_ZH_RE = re.compile(r"(?<![\d.])\d{1,6}(?:\.\d{1,2})?[ \t]?[\u4e00-\u9fff%％]")
# "从3000万" waits for its "到…": a change opened and not yet told.
_OPEN_FROM_RE = re.compile(r"从[^到至为，,。；;]{0,40}$")


def _complete_result(t: str) -> bool:
    """A line that says a whole measured result ("每天睡够7小时", "体重从78公斤减到72公斤", "Sleep 7
    hours a night"): it measures, does not end mid-phrase ("…到", "…的", "… across", a comma)
    and opens no change it does not finish ("营收从3000万")."""
    from coach.parse_kinds_zh import kind_of

    if _latin(t):
        return (
            any(c.isdigit() for c in t)
            and not _CONNECTOR_RE.search(t)
            and not _OPEN_WORD_RE.search(t)
            and t[-1:] not in ",;:-–—(/&"
        )
    measures = kind_of(t) == "kr" or _COUNTED_ZH_RE.search(t) is not None
    return measures and not _GOES_ON_ZH_RE.search(t) and not _OPEN_FROM_RE.search(t)


def _glued_lost_marks(p: _Parser) -> None:
    """ "- 每天睡够7小时" then, with no blank line, "建立饮食记录习惯" ("- Sleep 7 hours a night" /
    "Start a food diary habit"): under a list item that says a whole measured result, lines that
    each word an item by themselves (led by a verb, `_lost_bullet`) are items whose list mark
    was lost, not the tail of a wrapped line (decision 1880). A wrap goes on mid-phrase ("营收从
    3000万" / "提升到5000万"), opens as a tail does ("以上人员"), or breaks a line at the width
    the page's longest lines reach (a column cut by a PDF or a mail client)."""
    widths = sorted((len(line.rstrip()) for line in p.text.split("\n")), reverse=True)
    widest = widths[0] if widths else 0
    # a page cut at a column's width has two lines or more at that width
    column = len(widths) > 1 and widths[1] >= widest - 2
    out: list[_Builder] = []
    for b in p.builders:
        out.append(b)
        parts = b.parts
        # a list item, or a key result with its label ("KR2：…", decision 1941)
        listed = b.style or (b.label.strip() and b.number is not None)
        if b.kind != "kr" or not listed or len(parts) < 2 or b.cells or b.given:
            continue
        first, at0 = parts[0]
        if not _complete_result(first):
            continue
        line_start = p.text.rfind("\n", 0, at0) + 1
        line_end = p.text.find("\n", at0)
        width = len(p.text[line_start : line_end if line_end >= 0 else len(p.text)].rstrip())
        if column and width >= widest - 2 and len(first) >= 16:
            continue  # the page's longest line: one broken at the page's width
        gaps = [p.text[a[1] + len(a[0]) : c[1]] for a, c in pairwise(parts)]
        if any(gap.count("\n") != 1 or gap.strip() for gap in gaps):
            continue  # on the same line, after a blank line, or with something between
        rest = parts[1:]
        # a figure opening the line is a count ("3家新店…") unless it opens a deadline ("6月底前…")
        if not all(_lost_bullet(t) and (not t[:1].isdigit() or _cadence_item(t)) for t, _ in rest):
            continue
        if any(not _latin(t) and _GOES_ON_ZH_RE.search(t) for t, _ in rest[:-1]):
            continue
        b.parts = [parts[0]]
        for t, at in rest:
            nb = dataclasses.replace(
                b, parts=[(t, at)], anchor=at, label="", number=None, cells={}, given={}
            )
            nb.line_no = p.text.count("\n", 0, at) + 1
            out.append(nb)
    if len(out) != len(p.builders):
        p.builders[:] = out


# "1 提升课堂效率": an outline's number with only a space after it (decision 1886).
_BARE_NUMBER_RE = re.compile(r"(?P<n>\d{1,2})[ \t\u3000]+(?=\S)")


def _number_over_dotted(p: _Parser) -> None:
    """ "1 提升课堂效率" over "1.1 学生作业完成率…" / "1.2 …": the objective's number written with
    only a space after it is its number, no part of its wording, where the key results under it
    are numbered from it ("1.1", "1.2"; decision 1886). Before, the objective read "1 提升课堂效率"."""
    for b, nxt in pairwise(p.builders):
        if b.kind != "objective" or b.label.strip() or not b.parts or nxt.kind != "kr":
            continue
        wording, at = b.parts[0]
        m = _BARE_NUMBER_RE.match(wording)
        if m is None or not nxt.label.strip().startswith(m.group("n") + "."):
            continue
        b.parts[0] = (wording[m.end() :], at + m.end())
        b.number = int(m.group("n"))


def _sign_off(p: _Parser) -> None:
    """A closing line set apart by a blank line, with no list mark and no figure, under key
    results that all carry one: a chat's or an e-mail's sign-off ("张校长：有意见下午放学前私我👌",
    "Tom: thoughts?"), not a key result (decision 1689). Moved to the page's prose."""
    if len(p.builders) < 3:
        return
    last = p.builders[-1]
    if last.kind != "kr" or last.label.strip() or len(last.parts) != 1 or last.cells:
        return
    siblings = []
    for b in reversed(p.builders[:-1]):
        if b.kind != "kr":
            break
        siblings.append(b)
    if len(siblings) < 2 or not all(
        b.label.strip() and not _own_label(b) and fb.has_figure(" ".join(t for t, _ in b.parts))
        for b in siblings
    ):
        return
    t, at = last.parts[0]
    before = p.text[siblings[0].parts[-1][1] if siblings[0].parts else 0 : at]
    if "\n\n" not in before.replace(" ", "").replace("\t", "") or fb.has_figure(t):
        return
    if _lost_bullet(t):
        return  # "建立错题本制度": an item whose list mark was lost (decision 1782)
    p.builders.pop()
    p.prose_lines.append((t, at, at + len(t)))


# How a sentence that states its objective opens: "我的目标是", "我们团队的目标是", "今年目标为：".
_GOAL_LEAD_ZH_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?的?)?目标(?:就是|是|为)[:：]?\s?")


# A heading naming a higher level's objectives: "Company objectives", "Company-level OKRs:",
# "## 公司目标", "集团OKR" (decision 1946).
_LEVEL_OBJECTIVES_HEAD_RE = re.compile(
    r"^(?:#{1,6}[ \t]+)?(?:\*\*)?(?:(?:our|the)[ \t])?(?:20\d\d年?[ \t]?|Q[1-4][ \t]?)?"
    r"(?:company|company[- ]level|org|organi[sz]ation"
    r"|division|group|公司|集团|公司级|集团级|公司层面)[ \t]?(?:objectives|goals|okrs|目标|OKRs?)"
    # "Company goals for 2027", "Company OKRs Q3"
    r"(?:[ \t](?:for[ \t]|in[ \t])?(?:20\d\d|Q[1-4](?:[ \t]20\d\d)?|H[12](?:[ \t]20\d\d)?))?"
    r"(?:[ \t]?[（(][^()（）\n]{1,20}[)）])?(?:\*\*)?[:：]?(?:\*\*)?$",
    re.IGNORECASE,
)


def _level_heading_read(p: _Parser, start: int, width: int, first: int, count: int) -> bool:
    """ "## 公司目标" read as an objective whose key results are the list under it: the heading is
    the list's name and each item an objective of the higher level (decision 1946). Changes `p`
    and says whether it did."""
    head = next(
        (
            b
            for b in p.objective_builders
            if b.parts and start <= b.parts[0][1] <= start + width and not b.label.strip(" #*")
        ),
        None,
    )
    if head is None or head not in p.builders:
        return False
    k = p.builders.index(head)
    under: list[_Builder] = []
    for b in p.builders[k + 1 :]:
        if b.kind != "kr":
            break
        under.append(b)
    rows = {p.text.count("\n", 0, b.anchor) for b in under}
    if not under or rows != set(range(first, first + count)):
        return False
    p.builders.remove(head)
    t, at = head.parts[0]
    p.prose_lines.append((t, at, at + len(t)))
    for b in under:
        p.builders[p.builders.index(b)] = dataclasses.replace(
            b, kind="objective", label="", number=None, parent=None
        )
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]
    return True


def _level_objectives(p: _Parser) -> None:
    """ "Company objectives" / "1. Become …" / "2. Reach …" above a team's set: the higher
    level's objectives, written with no key results, are objectives of the set, not lines dropped
    without a word (decision 1946). Read only where the line readings kept none of the list's
    items and a set with key results follows."""
    lines = p.text.split("\n")
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    kept = {at for b in p.builders for _t, at in b.parts}
    new: list[_Builder] = []
    for i, line in enumerate(lines):
        if not _LEVEL_OBJECTIVES_HEAD_RE.match(line.strip()):
            continue
        items: list[tuple[str, int]] = []
        for j in range(i + 1, len(lines)):
            lm = LIST_RE.match(lines[j])
            body = lines[j][lm.end() :].rstrip() if lm else ""
            if not body:
                break
            items.append((body, starts[j] + lm.end()))  # type: ignore[union-attr]
        end = starts[i + len(items)] + len(lines[i + len(items)]) if items else 0
        if not items or not any(b.kind == "kr" and b.anchor > end for b in p.builders):
            continue
        if _level_heading_read(p, starts[i], len(line), i + 1, len(items)):
            continue
        if any(at in kept for _t, at in items):
            continue
        for k, (body, at) in enumerate(items):
            b = _Builder("objective", "", None, 0, i + 2 + k)
            b.add(body, at)
            if b.parts:
                b.anchor = b.parts[0][1]
                new.append(b)
    if not new:
        return
    taken = {at for b in new for _t, at in b.parts}
    p.prose_lines = [x for x in p.prose_lines if not any(x[1] <= at < x[2] for at in taken)]
    for b in new:
        place = next((k for k, o in enumerate(p.builders) if o.anchor > b.anchor), len(p.builders))
        p.builders.insert(place, b)
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]


# A key result's label, its number and, for a sub-item, the number after the dot ("KR1.2:",
# "- 关键结果1.1：", "### KR2").
_KR_NUMBERED_LABEL_RE = re.compile(
    r"^(?:[-*•+]\s*)?(?:#+\s*)?(?:\*\*)?(?:KR|Key Results?|关键结果|关键成果)\s?(?P<n>\d{1,2})"
    r"(?:[.．](?P<sub>\d{1,2}))?\s?[:：.、]?\s*$",
    re.I,
)


def _kr_group_names(p: _Parser) -> None:
    """ "KR1: Reliability" over "KR1.1: …" and "KR1.2: …": a labelled key result whose next items
    are labelled as its parts, and whose own wording is a short name with no figure, names the
    group; it is no key result of its own (flagged unquantified before, a core failure) and
    its line is the group's heading (decision 6786). A worded key result over its parts stays
    one ("KR1: Deploy success rate from 92% to 99%" over "KR1.1: …")."""
    kept: list[_Builder] = []
    for i, b in enumerate(p.builders):
        nxt = p.builders[i + 1] if i + 1 < len(p.builders) else None
        if b.kind == "kr" and nxt is not None and nxt.kind == "kr" and len(b.parts) == 1:
            own = _KR_NUMBERED_LABEL_RE.match(b.label.strip())
            sub = _KR_NUMBERED_LABEL_RE.match(nxt.label.strip())
            text, at = b.parts[0]
            if (
                own is not None
                and own.group("sub") is None
                and sub is not None
                and sub.group("sub") is not None
                and sub.group("n") == own.group("n")
                and _names_a_group(text)
            ):
                p.prose_lines.append((text, at, at + len(text)))
                continue
        kept.append(b)
    p.builders = kept


def _names_a_group(text: str) -> bool:
    """A short name with no figure: "Reliability", "Speed and cost", "稳定性", "交付速度"."""
    text = text.strip(" *:：")
    if not text or any(c.isdigit() for c in text) or "[" in text:
        return False
    if text.isascii():
        return len(text.split()) <= 4
    return len(text) <= 10


def _recast_items(p: _Parser) -> None:
    """Items whose wording still holds what other layouts write as structure: a dash label,
    key results numbered inside a line, or measured sentences left below (decisions 867-869)."""
    for b in p.builders:
        if b.parts and not _labelled(b):
            wording, at = b.parts[0]
            m = _ZH_DASH_LABEL_RE.match(wording)
            if m and m.end() < len(wording):
                b.parts[0] = (wording[m.end() :], at + m.end())
            # "我的目标是把英语口语练好。" before "关键结果：…": the sentence's lead-in is no part of
            # the objective (decision 1789)
            wording, at = b.parts[0]
            m = _GOAL_LEAD_ZH_RE.match(wording) if b.kind == "objective" else None
            if m and cjk_count(wording[m.end() :]) >= 4:
                b.parts[0] = (wording[m.end() :], at + m.end())
                # the lead-in stays the page's prose: it says whose set it is ("我今年的…")
                p.prose_lines.append((wording[: m.end()], at, at + m.end()))
    _number_over_dotted(p)
    _ordinal_siblings(p)
    _empty_label_over_ordinals(p)
    _goal_paragraph(p)
    _ordinal_krs_in_prose(p)
    _inline_numbers(p)
    _measured_lines_below(p)
    _goal_statements(p)
    _remarks_on_krs(p)
    _two_quoted_examples(p)
    _target_over_krs(p)
    _definitions(p)
    _quote_then_comment(p)
    _goal_sentence_over_lead_in(p)
    _guide_bullets(p)
    parse_kind_en.recast(p)  # decisions 1641, 1644, 1646-1648
    parse_fields.field_tails(p.builders, p.prose_lines, _due_given)  # decision 3662
    parse_fields.bracket_progress(p.builders, p.prose_lines)  # decision 3663
    parse_fields.paragraph_owner(p.builders, p.prose_lines, _due_given)  # decision 3666
    kept = parse_fields.owner_items(p.builders, p.prose_lines)  # decision 3668
    if len(kept) != len(p.builders):
        p.builders = kept
        p.objective_builders = [b for b in kept if b.kind == "objective"]
    _status_tails(p)
    _track_field_tails(p)
    parse_guide_zh.recast(p)
    _glued_lost_marks(p)
    _sign_off(p)
    _level_objectives(p)
    _restated_list(p)
    _bare_numbered_objectives(p)
    _objective_field_blocks(p)
    _objectives_below(p)


# A block's title before its "Objective:" field: "OKR 1 - Growth", "**OKR 2：成本控制**".
_BLOCK_TITLE_LABEL_RE = re.compile(r"^[-*#\s]*(?:\*\*)?OKR[ \t]?\d{1,2}\b", re.IGNORECASE)
_OBJECTIVE_FIELD_LABEL_RE = re.compile(
    r"^[-*•\s]*(?:\*\*)?(?:objective|目标)(?:\*\*)?[ \t]?[:：]", re.IGNORECASE
)
# The theme an objective serves, a field of its block: "Strategic Theme: Customer Trust".
_THEME_FIELD_RE = re.compile(
    r"^(?:\*\*)?(?:(?:strategic[ \t])?(?:themes?|pillars?)|strategic[ \t](?:priority|area)|"
    r"(?:所属)?战略(?:主题|方向|支柱|重点)|主题)(?:\*\*)?[ \t]?[:：](?:\*\*)?[ \t]?[^\d\n]{1,40}$",
    re.IGNORECASE,
)
_DUE_LINE_RE = re.compile(
    rf"^(?:[-*•][ \t]*)?(?:\*\*)?(?:{_ABOVE_ALL})?(?:due(?:[ \t]date)?|deadline|target[ \t]date|"
    r"截止(?:日期|时间)?|完成时间"
    rf"|{_MORE_DUE_KEYS})"  # "Completion date:", "By when:", "时间节点：" (decision 5414)
    rf"(?:{_FOR_ALL})?(?:\*\*)?[ \t]?[:：]",
    re.IGNORECASE,
)
_OWNER_LINE_RE = re.compile(
    rf"^(?:[-*•][ \t]*)?(?:\*\*)?(?:{_ABOVE_ALL})?(?:owners?|dri|负责人|责任人)(?:{_FOR_ALL})?"
    r"(?:\*\*)?[ \t]?[:：]",
    re.IGNORECASE,
)
# A remark's line: "Note: figures to be confirmed", "备注：…" (decision 5580).
_NOTE_LINE_AFTER_RE = re.compile(
    rf"^(?:[-*•][ \t]*)?(?:\*\*)?(?:{_NOTE_KEYS})(?:\*\*)?[ \t]?[:：]", re.IGNORECASE
)


def _objective_field_blocks(p: _Parser) -> None:
    """One block of fields per objective: a title line ("OKR 1 - Growth"), "Objective: …",
    "Strategic Theme: …", "Key Results:" and its list, then "Owner: …" after the list (decision
    2952). The title is the block's name, not an objective of its own; the theme is a field of
    the objective, no key result; the owner written after the list, less indented than its
    items or without their list mark, is the owner of all the block's key results, not only
    of the last one."""
    out: list[_Builder] = []
    builders = p.builders
    # A block's fields before its "Objective:" field, theme or owner first (decision 3430):
    # the title and the theme go; an owner written on them is the block's.
    carried: dict[int, dict[str, object]] = {}
    drop: set[int] = set()
    for i, b in enumerate(builders):
        if not (b.kind == "objective" and _BLOCK_TITLE_LABEL_RE.match(b.label)):
            # (an empty title, "**OKR 1:** **Objective:** …", names the block too: 3661)
            continue
        k = i + 1
        while k < len(builders) and _theme_item(builders[k]):
            k += 1
        nxt = builders[k] if k < len(builders) else None
        if (
            nxt is not None
            and nxt.kind == "objective"
            and _OBJECTIVE_FIELD_LABEL_RE.match(nxt.label)
            and nxt.parts
        ):
            drop.update(id(x) for x in builders[i:k])
            given = carried.setdefault(id(nxt), {})
            for x in builders[i:k]:
                if "owner" in x.given:
                    given.setdefault("owner", x.given["owner"])
    for b in builders:
        if id(b) in drop:
            if b.parts:
                text, at = b.parts[0]
                p.prose_lines.append((text, at, at + len(text)))
            continue
        if _theme_item(b) and out and out[-1].kind == "objective":
            text, at = b.parts[0]
            p.prose_lines.append((text, at, at + len(text)))
            if "owner" in b.given:
                carried.setdefault(id(out[-1]), {}).setdefault("owner", b.given["owner"])
            continue
        out.append(b)
    _block_owner_before_list(out, carried)
    if len(out) != len(builders):
        p.builders = out
        p.objective_builders = [b for b in out if b.kind == "objective"]
    # the owner after the list
    i = 0
    out = p.builders
    owned = False  # an earlier block had its owner after its list
    while i < len(out):
        j = i + 1
        while j < len(out) and out[j].kind == "kr":
            j += 1
        krs = out[i + 1 : j]
        if out[i].kind == "objective" and len(krs) >= 2:
            last = krs[-1]
            ln = _line_after(p, last.line_no)
            while ln is not None and _NOTE_LINE_AFTER_RE.match(ln.text):
                # "Note: figures to be confirmed" between the list and its due line: a remark,
                # the due line after it still the block's (decision 5580)
                after = _line_after(p, ln.number)
                if after is None or not _DUE_LINE_RE.match(after.text):
                    ln = _line_after(p, last.line_no)
                    break
                ln = after
            om = _OWNER_LINE_RE.match(ln.text) if ln is not None else None
            if ln is not None and om is None and _DUE_LINE_RE.match(ln.text):
                # "**Due:** September 30" after the list: the block's, as its owner (3667)
                mine = any("deadline" in k.given for k in krs[:-1])
                if "deadline" in last.given and ln.indent <= last.indent and not mine:
                    for k in krs[:-1]:
                        k.given.setdefault("deadline", last.given["deadline"])
                        k.given.setdefault("deadline_span", None)
                i = j
                continue
            if ln is None or om is None or any("owner" in k.given for k in krs[:-1]):
                i = j
                continue
            bare = not LIST_RE.match(ln.text)
            marked = all(LIST_RE.match(_line_text(p, k.line_no)) for k in krs)
            for_all = ln.indent <= last.indent and _FOR_ALL_LINE_RE.match(ln.text) is not None
            if not (
                ln.indent < last.indent
                or (bare and marked and ln.indent <= last.indent)
                or for_all  # "Owner for all KRs: …" (decision 5831)
            ):
                i = j
                continue
            if "owner" in last.given:
                for k in krs[:-1]:
                    k.given["owner"] = last.given["owner"]
                    if "deadline" in last.given and "deadline" not in k.given:
                        # the block's due field beside its owner's (decision 3667)
                        k.given["deadline"] = last.given["deadline"]
                        k.given["deadline_span"] = None
                owned = True
            elif owned and ln is p.lines[-1]:
                # the last block's owner closes the page: its block's, as the blocks above
                # (decision 2512 reads such a line as the set's owner on a page of one block)
                name = ln.text[om.end() :].strip(" \t*_")
                if name:
                    for k in krs:
                        k.given["owner"] = name
                    p.prose_lines = [x for x in p.prose_lines if x[1] != ln.start]
        i = j


_OWN_OWNER_RE = re.compile(r"(?:\b(?:owners?|dri)|负责人|责任人)[ \t]?[:：]", re.IGNORECASE)


def _theme_item(b: _Builder) -> bool:
    """ "- **Strategic Theme**: Growth": a field of its block read as an unnumbered item."""
    return (
        b.kind == "kr"
        and len(b.parts) == 1
        and not re.search(r"\d", b.label)
        and _THEME_FIELD_RE.match(b.parts[0][0]) is not None
    )


def _block_owner_before_list(out: list[_Builder], carried: dict[int, dict[str, object]]) -> None:
    """ "**OKR 2: Title**" / "- **Owner**: Lee" / "- **Objective**: …" / "- **Key Results**:"
    and its list: the owner written before the list (on the title, the theme or the objective
    field) owns the block's key results that name no owner of their own (decision 3430)."""
    for i, b in enumerate(out):
        if b.kind != "objective" or not (
            _OBJECTIVE_FIELD_LABEL_RE.match(b.label) or _BLOCK_TITLE_LABEL_RE.match(b.label)
        ):
            continue
        owner = carried.get(id(b), {}).get("owner") or b.given.get("owner")
        if not owner:
            continue
        b.given.setdefault("owner", owner)
        j = i + 1
        while j < len(out) and out[j].kind == "kr":
            # "KR1: … (Owner: Ben)": the key result's own owner, read later, stays its own
            if not any(_OWN_OWNER_RE.search(t) for t, _at in out[j].parts):
                out[j].given.setdefault("owner", owner)
            j += 1


def _line_text(p: _Parser, number: int) -> str:
    for ln in p.lines:
        if ln.number == number:
            return ln.text
    return ""


def _line_after(p: _Parser, number: int) -> _Line | None:
    """The first line after line `number` (1-based), blank lines skipped."""
    for ln in p.lines:
        if ln.number > number and ln.text.strip():
            return ln
    return None


# "1 转正并拿到A绩效": a number and a blank before a Chinese objective's wording (decision 2776).
_BARE_NUMBER_ZH_RE = re.compile(r"(?P<n>\d{1,2})[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _bare_numbered_objectives(p: _Parser) -> None:
    """Objectives numbered "1 …", "2 …" with a blank and no mark after the number (typed
    quickly, a list mark left out): the numbers count the objectives, they are no part of the
    wording (decision 2776). Only unlabelled objectives, two or more, numbered 1, 2, 3 … in
    order, each number before Chinese wording."""
    numbered = [
        (b, m)
        for b in p.builders
        if b.kind == "objective"
        and b.parts
        and not b.label.strip()
        and (m := _BARE_NUMBER_ZH_RE.match(b.parts[0][0])) is not None
    ]
    objectives = [b for b in p.builders if b.kind == "objective" and b.parts]
    if len(numbered) < 2 or len(numbered) != len(objectives):
        return
    if [int(m.group("n")) for _b, m in numbered] != list(range(1, len(numbered) + 1)):
        return
    for b, m in numbered:
        text, at = b.parts[0]
        b.parts[0] = (text[m.end() :], at + m.end())
        b.anchor = at + m.end() if b.anchor == at else b.anchor
        b.number = int(m.group("n"))


def _restated_key(b: _Builder) -> str:
    text = _join(b.parts, b.anchor)[0] if b.parts else ""
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def _restated_list(p: _Parser) -> None:
    """A list of objectives with no key results ("Cycle Objective(s):" / "1) Upgrade Mainnet …" /
    "2) Calibrate …"), then one of them again with its label and key results ("Objective 1:
    Upgrade Mainnet …" / "- KR1: …"): the listed line was the summary, the labelled one is the
    objective — one objective, not two (decision 2767). The listed line goes; the lines listed
    and not restated stay objectives."""
    objectives = [b for b in p.builders if b.kind == "objective" and b.parts]
    if len(objectives) < 2:
        return
    later: dict[str, list[_Builder]] = {}
    for b in objectives:
        later.setdefault(_restated_key(b), []).append(b)
    drop: set[int] = set()
    # the builders some key result hangs under, once (asking each builder of each was quadratic)
    parents = {id(k.parent) for k in p.builders if k.parent is not None}
    for i, b in enumerate(p.builders):
        if b.kind != "objective" or not b.parts or not b.style or _labelled(b):
            continue
        nxt = p.builders[i + 1] if i + 1 < len(p.builders) else None
        if nxt is not None and nxt.kind != "objective":
            continue  # it has key results of its own
        if id(b) in parents:
            continue
        key = _restated_key(b)
        if len(key) < 8 and cjk_count(key) < 4:
            continue
        if any(
            o is not b
            and o.anchor > b.anchor
            and (_labelled(o) or id(o) in parents or _has_krs_after(p, o))
            for o in later.get(key, [])
        ):
            drop.add(id(b))
    if not drop:
        return
    for b in p.builders:
        if id(b) in drop:
            text, at = _join(b.parts, b.anchor)[0], b.parts[0][1]
            p.prose_lines.append((text, at, at + len(text)))
    p.builders = [b for b in p.builders if id(b) not in drop]
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]
    p.builder_index = {id(b): i for i, b in enumerate(p.builders) if b.kind == "objective"}


def _has_krs_after(p: _Parser, o: _Builder) -> bool:
    """Whether the builder right after objective `o` is a key result (its own)."""
    for i, b in enumerate(p.builders):
        if b is o:
            return i + 1 < len(p.builders) and p.builders[i + 1].kind == "kr"
    return False


# "her first OKR was to get three pieces published by January 2022", "Our team's objective this
# quarter was to make onboarding self-serve" (decision 1217).
_TOLD_GOAL_RE = re.compile(
    r"\b(?:OKR|objective|goal)s?\b(?:[ \t](?:for|this|that|in|over|during|of)\b[^.;:!?\n]{0,30}?)?"
    r"[ \t](?:was|is|were|will be)[ \t]+to[ \t]+(?P<o>[^.;!?\n]{4,100})",
    re.IGNORECASE,
)
_NAMES_KRS_RE = re.compile(r"\b(?:KRs?|key results?)\b", re.IGNORECASE)


def _goal_sentence_over_lead_in(p: _Parser) -> None:
    """A page that tells its objective in a sentence ("…his first OKR was to run a full marathon
    before his 40th birthday.") and then lists the key results under a lead-in that names them
    ("He then wrote his key results like this:"): the objective is what the sentence says, not
    the lead-in (decision 1217). Only for the page's one objective, unlabelled, over two key
    results or more."""
    objectives = [b for b in p.builders if b.kind == "objective"]
    if len(objectives) != 1 or p.builders[0] is not objectives[0]:
        return
    b = objectives[0]
    if _labelled(b) or len(b.parts) != 1 or sum(x.kind == "kr" for x in p.builders) < 2:
        return
    wording, at = b.parts[0]
    lead = _NAMES_KRS_RE.search(wording)
    if lead is None or has_figure(wording[lead.start() :]):
        return
    told = None
    for m in _TOLD_GOAL_RE.finditer(wording, 0, lead.start()):
        told = (m, wording, at, None)
    if told is None:
        for k, (t, start, _end) in enumerate(p.prose_lines):
            if start >= at:
                break
            for m in _TOLD_GOAL_RE.finditer(t):
                told = (m, t, start, k)
    if told is None:
        return
    m, t, start, k = told
    o_start, o_end = m.span("o")
    b.parts = [(t[o_start:o_end].strip(), start + o_start)]
    b.anchor = start + o_start
    if k is None:
        p.prose_lines.append((wording, at, at + len(wording)))
    else:
        p.prose_lines[k : k + 1] = [
            (t[:o_start], start, start + o_start),
            (t[o_end:], start + o_end, start + len(t)),
            (wording, at, at + len(wording)),
        ]


# "“提升系统稳定性” —— 这是一个愿望,不是目标。": a quoted wording, a dash, then a remark on it.
_QUOTE_THEN_DASH_RE = re.compile(
    r"[“「\"](?P<q>[^“”「」\"\n]{4,80})[”」\"][ \t]?(?:——|—|--|–)[ \t]?(?P<r>\S[^\n]{0,80})"
)


def _quote_then_comment(p: _Parser) -> None:
    """An item worded as a quote, a dash and a remark without a figure ("“提升系统稳定性” —— 这是
    一个愿望,不是目标。") is the quote; the remark is the guide's comment on it (decision 1216). A
    figure after the dash, or an English one ("“Speed” — ship weekly": a name, then the key
    result), keeps the whole wording."""
    remarked: dict[int, str] = {}
    for b in p.builders:
        if len(b.parts) != 1:
            continue
        wording, at = b.parts[0]
        m = _QUOTE_THEN_DASH_RE.fullmatch(wording.strip())
        if m is None or re.search(r"[0-9０-９%％]", m.group("r")):
            continue
        if cjk_count(m.group("q")) < 4 or cjk_count(m.group("r")) < 4:
            continue
        lead = len(wording) - len(wording.lstrip())
        b.parts[0] = (m.group("q"), at + lead + m.start("q"))
        p.prose_lines.append((m.group("r"), at + lead + m.start("r"), at + lead + m.end("r")))
        remarked[id(b)] = m.group("r")
    if remarked:
        _remarked_examples(p, remarked)


# "时限明确：KR需设定明确的完成周期（如季度末、年底）", "可量化与可追踪:KR需为具体、可衡量的指标",
# "Time-bound: every KR needs a date": a guide's rule for any item, named before a colon
# (decision 1354).
_GUIDE_RULE_ZH_RE = re.compile(
    r"[^:：\n]{2,12}[:：][ \t]?[^。:：\n]{0,16}?(?:KRs?|关键(?:结果|成果)|OKRs?|目标|O)"
    r"(?:[（(][^)）\n]{1,8}[)）])?[^。\n]{0,8}?"
    r"(?:需要|需|要|应该|应当|应|必须|不宜|不应|不能|务必|都要|都应)"
)
_GUIDE_RULE_EN_RE = re.compile(
    r"[A-Z][\w -]{1,24}:[ \t]?(?:each|every|all|any|good|a[ \t]good|your)?[ \t]?"
    r"(?:KRs?|key[ \t]results?|objectives?|OKRs?|goals?)[ \t]"
    r"(?:should|must|needs?|has[ \t]to|have[ \t]to|ought|cannot|can't)\b",
    re.IGNORECASE,
)


def _guide_bullets(p: _Parser) -> None:
    """A bullet that states a guide's rule for any key result or objective under a name ("时限明
    确：KR需设定明确的完成周期（如季度末、年底）") is prose, not an item (decision 1354)."""
    keep = []
    for b in p.builders:
        text = b.parts[0][0].strip() if len(b.parts) == 1 else ""
        if (
            text
            and not _WORDED_LABEL_RE.search(b.label)
            and not re.search(r"[“「『\"]", text)  # it quotes an example item (decision 1222)
            and (_GUIDE_RULE_ZH_RE.match(text) or _GUIDE_RULE_EN_RE.match(text))
        ):
            at = b.parts[0][1]
            p.prose_lines.append((b.parts[0][0], at, at + len(b.parts[0][0])))
            continue
        keep.append(b)
    if len(keep) != len(p.builders):
        p.builders = keep
        p.objective_builders = [b for b in keep if b.kind == "objective"]


# "… 🟢 70% done", "… 🟡 40%", "… ✅ 已完成", "… ⏳ 进度60%", "… 🔴 at risk", "… :warning:" (Slack):
# a status sign and the status or progress after it, at the end of an item's line (decision 1357).
_STATUS_SIGNS = "🟢🟡🔴🟠🟣⚪⚫🔵🟩🟨🟥✅❌⏳⌛🚧✔☑⚠⛔❎🆗"
_STATUS_TAIL_RE = re.compile(
    rf"(?<=[ \t])(?P<sign>[{_STATUS_SIGNS}]\ufe0f?|:(?:white_check_mark|heavy_check_mark|"
    r"ballot_box_with_check|warning|x|red_circle|(?:large_)?(?:green|yellow|orange|blue)_circle|"
    r"white_circle|hourglass(?:_flowing_sand)?|construction|no_entry):)"
    rf"(?P<note>[ \t]*[^\n{_STATUS_SIGNS}:]{{0,30}})$"
)
# Where the measure stands now, right before a status sign: "当前26% ✅", "currently 31 🟡".
_CURRENT_BEFORE_SIGN_RE = re.compile(
    r"(?<=[ \t，,;；])((?:当前|目前|现为|现在|实际|currently|current|now|actual)[ \t]?[:：]?[ \t]?"
    r"[~≈]?\d{1,7}(?:[.,]\d{1,3})?[ \t]?(?:[%％]|pts|points|分|人|家|个)?)[ \t]*$",
    re.IGNORECASE,
)
_NOTE_LEAD_RE = re.compile(r"→|[=-]>|——|[ \t][—–-][ \t]|进度|progress|status|状态", re.IGNORECASE)
# A done mark's date: "✅ 2026-03-07", "✔ 2026/3/7" (decision 2081).
_DONE_SIGNS = "✅✔☑"
_DONE_DATE_RE = re.compile(r"20\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])")
_STATUS_PERCENT_RE = re.compile(r"(?P<v>\d{1,3}(?:\.\d{1,2})?)[ \t]?[%％]")
_STATUS_NOTE_RE = re.compile(
    r"(?:(?:进度|完成度?|progress)[ \t]*[:：]?[ \t]*)?(?:\d{1,3}(?:\.\d{1,2})?[ \t]?[%％])?[ \t]*"
    r"(?:done|complete|completed|finished|on[ \t]track|at[ \t]risk|off[ \t]track|behind|blocked"
    r"|not[ \t]started|in[ \t]progress|delayed|已完成|完成|进行中|未开始|有风险|延期|滞后|暂停)?",
    re.IGNORECASE,
)


def _done_stamp(sign: str, note: str) -> bool:
    """A check mark and the day the item was ticked off ("✅ 2026-03-07", the done date a task
    list in a notes app appends): when it was done, not when it is due (decision 2081)."""
    return sign.rstrip("\ufe0f") in _DONE_SIGNS and _DONE_DATE_RE.fullmatch(note) is not None


def _status_tails(p: _Parser) -> None:
    """A status sign and the progress after it at the end of an item ("Reduce the AWS bill from
    $120k to $90k 🟢 70% done") are the item's status and score, not its wording (decision
    1357): the target the wording commits to stays alone."""
    for b in p.builders:
        if not b.parts or b.kind != "kr":
            continue  # an objective's slug heading may carry its sign ("harvest-yield 🟡")
        text, at = b.parts[-1]
        m = _STATUS_TAIL_RE.search(text)
        note = m.group("note").strip() if m else ""
        if m is None or not text[: m.start()].strip():
            continue
        if not _STATUS_NOTE_RE.fullmatch(note) and not _done_stamp(m.group("sign"), note):
            continue
        if _NOTE_LEAD_RE.search(text[: m.start()]):
            continue  # "… → ✅", "… —— 进度 1.4% ❌": a note the annotations read whole
        now = _CURRENT_BEFORE_SIGN_RE.search(text, 0, m.start())
        if now is not None and text[: now.start()].strip(" \t，,;；") and not note:
            # "NPS达到40 当前26% ✅": where it stands now goes with the sign (decision 1596)
            b.parts[-1] = (text[: now.start()].rstrip(" \t，,;；"), at)
            if "status" not in b.given:
                b.given["status"] = (m.group("sign").rstrip("\ufe0f") + " " + now.group(1)).strip()
            p.prose_lines.append((text[now.start() :].strip(), at + now.start(), at + len(text)))
            continue
        b.parts[-1] = (text[: m.start()].rstrip(), at)
        pm = _STATUS_PERCENT_RE.search(note)
        if pm and float(pm.group("v")) <= 100 and "score" not in b.given:
            b.given["score"] = float(pm.group("v")) / 100
        if "status" not in b.given:
            b.given["status"] = (m.group("sign").rstrip("\ufe0f") + " " + note).strip()
        p.prose_lines.append((text[m.start() :].strip(), at + m.start(), at + len(text)))


# "— Confidence: 7/10", "(Progress: 2/6)", " 进度 30%", "，状态：正常", "| Status: at risk": a
# tracking field written after a key result's wording on its line (decision 2950).
_TRACK_TAIL_RE = re.compile(
    r"(?<=[ \t—–|｜,，;；.。(（*)）])(?:\*\*)?"
    r"(?P<key>confidence(?:[ \t](?:level|score))?|progress|status|信心(?:指数)?|进度|完成度|状态)"
    r"(?:\*\*)?(?P<colon>[ \t]?[:：])?(?:\*\*)?[ \t]?"
    r"(?P<value>\d{1,3}(?:\.\d{1,2})?[ \t]?/[ \t]?\d{1,3}|\d{1,3}(?:\.\d{1,2})?[ \t]?[%％]|"
    r"on[ \t]track|at[ \t]risk|off[ \t]track|behind|blocked|not[ \t]started|in[ \t]progress|delayed|"
    r"done|completed?|green|amber|yellow|red|正常|有风险|风险|延期|滞后|进行中|已完成|未开始|暂停)"
    r"[ \t]*(?P<close>[)）])?[ \t]*$",
    re.IGNORECASE,
)
# What may stand between a key result's wording and a tracking field after it.
_TRACK_LEAD_CHARS = " \t—–-|｜,，;；.。(（*"


# A grade written before the status ("— score: 0.3, status: done", "得分：0.7，状态：完成").
_GRADE_FIELD_RE = re.compile(r"\b(?:score|grade)\s?[:：=]|(?:得分|评分)\s?[:：]", re.I)


def _track_field_tails(p: _Parser) -> None:
    """A key result's confidence, progress or status written after its wording ("NPS from 32 to
    45 — Confidence: 7/10", "Renewal rate at 92% (Progress: 2/6)", "续约率提升到90% 进度 30%") is a
    field of the key result, not its wording: the wording stays alone, the field is kept as its
    status and, for a share done, its score (decision 2950). Written with a blank only, the field
    needs its colon or a capital ("Confidence 6/10") in English, so "migration progress 80%" stays.
    After an owner's bracket ("首次联系解决率达到80%（@王敏）进度 30%", "…（负责人：吴迪）信心：7/10")
    the field is read the same, the bracket staying with the wording (decision 3182)."""
    for b in p.builders:
        if not b.parts or b.kind != "kr":
            continue
        text, at = b.parts[-1]
        m = _TRACK_TAIL_RE.search(text)
        if m is None:
            continue
        head = text[: m.start()].rstrip(_TRACK_LEAD_CHARS)
        if len(head.strip()) < 4:
            continue
        if _GRADE_FIELD_RE.search(head):
            continue  # "— score: 1.0, status: done": the grading tail is read whole (decision 1357)
        lead = text[len(head) : m.start()].replace("*", "")
        if (
            lead.strip(" \t") in ("-", ".")
            and not lead.startswith((" ", "\t"))
            and lead[-1:] != " "
        ):
            continue  # "v2.Status", "re-status": no field after the wording
        opened = "(" in lead or "（" in lead
        if opened != bool(m.group("close")):
            continue  # "(Progress: 2/6" or "… 2/6)": the brackets must pair
        key = m.group("key")
        if not lead.strip() and not m.group("colon"):
            # a blank only: "进度 30%" after Chinese wording, "Confidence 6/10" with its capital
            if key[0].isascii() and not key[0].isupper():
                continue
            if not key[0].isascii() and not re.search(r"[\u4e00-\u9fff\d%％)）]$", head):
                continue
        b.parts[-1] = (head, at)
        value = m.group("value")
        low = key.lower()
        pm = _STATUS_PERCENT_RE.fullmatch(value)
        progress = low.startswith(("progress", "完成度", "进度"))
        if progress and pm and "score" not in b.given and float(pm.group("v")) <= 100:
            b.given["score"] = float(pm.group("v")) / 100
        if "status" not in b.given and not low.startswith(("confidence", "信心")):
            b.given["status"] = value.strip()
        p.prose_lines.append((text[m.start() :].strip(), at + m.start(), at + len(text)))


# A label that holds a word ("KR1", "目标"), not only a list mark or a sign ("- ❌").
_WORDED_LABEL_RE = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# A remark that says what a key result lacks ("这是过程,不是结果", "不是关键结果"): the quote is one.
_REMARK_ON_KR_RE = re.compile(r"关键(?:结果|成果)|KR|不是结果|而非结果|不是成果")


def _remarked_examples(p: _Parser, remarked: dict[int, str]) -> None:
    """Quoted examples with a remark each ("- ❌ “提升系统稳定性” —— 这是一个愿望,不是目标。"),
    listed under a line with no item label ("常见的错误写法:", "Bug 1:语法错误"): each is an
    example item of its own, not a key result of that line. The quote is an objective, or a key
    result of the example objective above it where the remark speaks of results (decision 1353)."""
    i = 0
    out: list[_Builder] = []
    builders = p.builders
    while i < len(builders):
        b = builders[i]
        j = i + 1
        while j < len(builders) and builders[j].kind == "kr":
            j += 1
        krs = builders[i + 1 : j]
        if (
            b.kind == "objective"
            and not _labelled(b)
            and krs
            and all(id(k) in remarked and not _WORDED_LABEL_RE.search(k.label) for k in krs)
        ):
            if b.parts:
                text, at = b.parts[0]
                p.prose_lines.append((text, at, at + len(text)))
            for k in krs:
                on_kr = bool(_REMARK_ON_KR_RE.search(remarked[id(k)]))
                if on_kr and (out and (out[-1].kind == "objective" or out[-1].parent)):
                    k.kind = "kr"
                else:
                    k.kind = "objective"
                    k.parent = None
                out.append(k)
        else:
            out.extend(builders[i:j])
        i = j
    if len(out) != len(builders):
        p.builders = out
        p.objective_builders = [b for b in out if b.kind == "objective"]


# "O是我们要去的方向，KR是衡量我们是否到达的刻度", "An objective is where you want to go; key results
# are how you measure getting there": what the two words mean, said in one sentence (decision 1211).
_DEFINITION_RE = re.compile(
    r"^(?:an?\s|the\s)?(?:objectives?|O|目标)\s?(?:[（(][^()（）\n]{1,12}[)）])?\s?(?:是|is|are|=|means?)\s?"
    r"[^\n]{2,60}?[,，;；、]\s?(?:and\s|而|和)?(?:the\s)?(?:key\s?results?|KRs?|关键(?:结果|成果))\s?"
    r"(?:[（(][^()（）\n]{1,12}[)）])?\s?(?:则|就)?(?:是|is|are|=|means?|tell|show)",
    re.IGNORECASE,
)
# "what you want to achieve", "how you will measure it": a clause that says what an item is for
# anyone, not what this one is.
_DEFINES_RE = re.compile(
    r"^(?:the\s)?(?:what|where|how|why|which)\s(?:[a-z]+\s){0,3}?(?:you|we|one|your team)\b[^.;\n]{0,40}[.;]?$",
    re.IGNORECASE,
)


def _definitions(p: _Parser) -> None:
    """Lines that define the method are no items (decision 1211): a sentence saying what an
    objective and a key result are ("O是…方向，KR是…刻度", with no figure), or an "Objective: what
    you want to achieve. Key results: how you will measure it." line."""
    drop: set[int] = set()
    for i, b in enumerate(p.builders):
        if len(b.parts) != 1:
            continue
        wording = b.parts[0][0].strip()
        if _DEFINITION_RE.match(wording) and not has_figure(wording):
            drop.add(id(b))
            continue
        if i + 1 < len(p.builders) and b.kind == "objective":
            nxt = p.builders[i + 1]
            if (
                nxt.kind == "kr"
                and nxt.line_no == b.line_no
                and len(nxt.parts) == 1
                and _DEFINES_RE.match(wording)
                and _DEFINES_RE.match(nxt.parts[0][0].strip())
            ):
                drop.update((id(b), id(nxt)))
    if drop:
        for b in p.builders:
            if id(b) in drop:
                text, at = b.parts[0]
                p.prose_lines.append((text, at, at + len(text)))
        p.builders = [b for b in p.builders if id(b) not in drop]
        p.objective_builders = [b for b in p.builders if b.kind == "objective"]


def _target_over_krs(p: _Parser) -> None:
    """ "Target: $1.2M partner revenue by December" / "目标值：NPS达到50" right under an objective
    and over its labelled key results: the objective's target, kept in its cells, not a key
    result (decision 1208). A "Target:" row with no labelled key result after it stays one."""
    drop: set[int] = set()
    for i in range(1, len(p.builders) - 1):
        o, b, nxt = p.builders[i - 1], p.builders[i], p.builders[i + 1]
        if not (o.kind == "objective" and b.kind == "kr" and nxt.kind == "kr" and o.parts):
            continue
        if _labelled(b) or len(b.parts) != 1 or not _labelled(nxt) or "target" in o.cells:
            continue
        wording, at = b.parts[0]
        m = ATTRIBUTE_RE.match(wording)
        if m is None or tables.role_of(m.group("key")) != "target":
            continue
        value = m.group("value").strip()
        v0 = at + m.start("value")
        o.cells["target"] = Cell("target", m.group("key"), value, v0, v0 + len(value))
        drop.add(id(b))
    if drop:
        p.builders = [b for b in p.builders if id(b) not in drop]


# "确定年度总体目标,如 “提升集团整体盈利能力”": an objective quoted after 目标,如 (decision 1206).
_GOAL_AS_QUOTE_RE = re.compile(
    r"目标[,，]?\s?(?:如|例如|比如)[:：,，]?\s?[“「\"](?P<q>[^“”「」\"\n]{4,60})[”」\"]"
)


def _two_quoted_examples(p: _Parser) -> None:
    """A guide's sentence that quotes two example objectives ("…确定年度总体目标,如 “A”。…例如,
    银行板块的目标可能是 “B”。") gives two objectives, each its quote; before, the line was one
    objective narrowed to the last quote (decision 1206)."""
    out: list[_Builder] = []
    for b in p.builders:
        if b.kind == "objective" and len(b.parts) == 1 and not _labelled(b):
            part, start = b.parts[0]
            found = sorted(
                {(m.start("q"), m.group("q")) for m in _GOAL_AS_QUOTE_RE.finditer(part)}
                | {
                    (m.start("d"), m.group("d"))
                    for m in _QUOTED_EXAMPLE_RE.finditer(part)
                    if m.group("d")
                }
            )
            if len(found) >= 2 and _GOAL_AS_QUOTE_RE.search(part):
                for at, q in found:
                    nb = copy.copy(b)
                    nb.parts, nb.anchor, nb.cells = [(q, start + at)], start + at, dict(b.cells)
                    out.append(nb)
                continue
        out.append(b)
    if len(out) != len(p.builders):
        p.builders = out
        p.objective_builders = [b for b in p.builders if b.kind == "objective"]


# A second sentence inside a wording: "… is invalid. There are certain risks involved."
_TWO_SENTENCES_RE = re.compile(r"[.!?。！？](?:\s+[A-Z\u4e00-\u9fff]|[\u4e00-\u9fff])")


def _remarks_on_krs(p: _Parser) -> None:
    """ "KR 1: It is a specific job to organise the training …? There are certain risks …"
    after KR1-KR4 under the same objective, or "- KR2 错误率仍高于目标,需要进一步优化" under a
    page's issues: a key-result number its objective has already used, with two or more
    sentences or no figure, is a remark on that key result, not one more (decision 1032)."""
    seen: set[str] = set()
    drop: list[_Builder] = []
    for b in p.builders:
        if b.kind == "objective":
            seen = set()
            continue
        if not b.parts or not _KR_WORD_RE.search(b.label):
            continue  # only a key result labelled as one ("KR 1:", "关键结果2：") is counted
        number = ".".join(_DIGIT_RUN.findall(b.label))  # "KR1.2" is 1.2, not its objective's 1
        if not number:
            continue
        if number in seen:
            wording = _join(b.parts, b.anchor)[0]
            if _TWO_SENTENCES_RE.search(wording.rstrip(".!?。！？ ")) or not fb.has_figure(wording):
                drop.append(b)
                continue
        seen.add(number)
    if drop:
        p.builders = [b for b in p.builders if all(b is not d for d in drop)]
        for b in drop:
            for t, at in b.parts:
                p.prose_lines.append((t, at, at + len(t)))


# A goal's name in Title Case ("Economic Development", "Financial Stability and Sustainability"):
# a few capitalised words, small words between, no figure and no closing stop.
_TITLE_CASE_RE = re.compile(
    r"[A-Z][\w&'’\-]*,?(?:[ \t]+(?:[A-Z][\w&'’\-]*,?|and|of|the|for|in|to|&)){0,6}"
)


def _goal_statements(p: _Parser) -> None:
    """ "Goal A. Financial Stability and Sustainability" over "Foster fiscal health through …",
    "Goal / Focus Area 1: Economic Development" over a blank line and "To grow and strengthen
    …": a labelled goal whose wording is a name in Title Case, with the sentence that states it
    on the next line; the sentence is the objective's wording (decision 1029)."""
    named = [
        b
        for b in p.objective_builders
        if len(b.parts) == 1
        and b.label
        and len(b.parts[0][0].split()) <= 7
        and _TITLE_CASE_RE.fullmatch(b.parts[0][0].strip())
    ]
    if not named:
        return
    prose = {start: t for t, start, _end in p.prose_lines}
    by_number = {ln.number: ln for ln in p.lines}
    anchors = sorted(b.anchor for b in p.builders)
    for b in named:
        ln = next((by_number[n] for n in sorted(by_number) if n > b.line_no), None)
        if ln is None or ln.number > b.line_no + 2 or ln.start not in prose:
            continue
        t = ln.text
        later = [a for a in anchors if a > b.anchor]
        if later and ln.start >= later[0]:
            continue
        if len(t.split()) < 8 or not re.match(r"[A-Z]", t) or cjk_count(t):
            continue
        b.parts = [(t, ln.start)]
        b.anchor = ln.start
        p.prose_lines = [x for x in p.prose_lines if x[1] != ln.start]


# "……关键结果有这几条：第一，…；第二，…" / "Key results: first, …; second, …" inside a paragraph
# read as one objective: the words that lead in to its key results, then the ordinal that
# opens each (decision 1100).
_PROSE_KR_LEAD_RE = re.compile(
    r"(?:关键(?:结果|成果)|\bKRs\b|\bkey results\b)[^。；;:：\n]{0,12}[:：]\s{0,2}", re.IGNORECASE
)
_ZH_ORDINAL_MARK_RE = re.compile(
    r"(?:第|其)(?P<n>[一二三四五六七八九十])[，,、：:]\s{0,2}"
    r"|(?P<en>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,\s{1,2}",
    re.IGNORECASE,
)
_EN_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth")  # fmt: skip
# "我的目标是：成为……译者。": the sentence of a paragraph that states its objective.
_GOAL_SENTENCE_RE = re.compile(
    r"(?:目标(?:(?:是|为|就是)\s{0,2}[:：,，]?|\s{0,2}[:：])|"
    r"(?:objective|goal)(?: (?:for|this|in|over|during) [^.;:!?\n]{1,30}?)? is(?: to)?)\s{0,2}"
    r"(?P<o>[^。；;.!?！？\n]{4,80})",
    re.IGNORECASE,
)


def _empty_label_over_ordinals(p: _Parser) -> None:
    """An objective label with nothing after it over items numbered 一、二、, each with its own
    numbered items ("今年的小目标：" / "一、把身体练好" / "1. 体重…" / "二、存下一笔钱" / "1. …"): the
    label line is the set's title, the 一、 items its objectives and the items under each their
    key results, as without the colon (decision 1178)."""
    i = 0
    while i < len(p.builders):
        b = p.builders[i]
        i += 1
        if b.kind != "objective" or b.parts or b.cells:
            continue
        krs: list[_Builder] = []
        for nxt in p.builders[i:]:
            if nxt.kind != "kr":
                break
            krs.append(nxt)
        heads = [k for k in krs if k.style == "zh"]
        if len(heads) < 2 or not krs or krs[0].style != "zh":
            continue
        runs_ok = all(
            j + 1 < len(krs) and krs[j + 1].style not in ("zh", "")
            for j, k in enumerate(krs)
            if k.style == "zh"
        )
        if not runs_ok:
            continue
        for k in heads:
            k.kind = "objective"
            k.parent = None
        line = next((ln for ln in p.lines if ln.number == b.line_no), None)
        if line is not None:
            p.prose_lines.append((line.text, line.start, line.start + len(line.text)))
        p.builders.remove(b)
        i -= 1
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]


_KR_LEAD_LABEL_RE = re.compile(r"(?:key results?|KRs|关键(?:结果|成果))\s?[:：]", re.IGNORECASE)


def _goal_paragraph(p: _Parser) -> None:
    """A paragraph with no label that states its goal and then lists its key results ("My goal
    for Q3 2026 is to become … . Key results: first, …; second, …"): the goal sentence is the
    objective and each ordinal piece a key result, as "我的目标是：…" is (decisions 1100, 1172).
    Only where the draft has no objective and the first item is that "Key results:" line."""
    if not p.builders or any(b.kind == "objective" for b in p.builders):
        return
    b = p.builders[0]
    if b.kind != "kr" or not _KR_LEAD_LABEL_RE.fullmatch(b.label.strip()) or not b.parts:
        return
    first_at = b.parts[0][1]
    before = [x for x in p.prose_lines if x[2] <= first_at]
    if not before:
        return
    text, start, end = before[-1]
    goal = None
    for g in _GOAL_SENTENCE_RE.finditer(text):
        goal = g
    if goal is None:
        return
    pieces: list[tuple[str, int]] = []

    if not any(_ZH_ORDINAL_MARK_RE.match(piece) for piece, _at in b.parts) and not all(
        has_figure(piece) for piece, _at in b.parts
    ):
        return  # "Key results: give 3 talks; get …; record 10 …": unnumbered, each measured (1210)
    for piece, at in b.parts:
        m = _ZH_ORDINAL_MARK_RE.match(piece)
        if m is not None:
            pieces.append((piece[m.end() :].rstrip(" ;；.。,，"), at + m.end()))
        elif pieces and any(_ZH_ORDINAL_MARK_RE.match(x) for x, _at in b.parts):
            return  # a piece that continues another: leave the paragraph as it is
        else:
            pieces.append((piece.rstrip(" ;；.。,，"), at))
    if len(pieces) < 2:
        return
    o_start, o_end = goal.span("o")
    o = _Builder("objective", "", None, b.indent, b.line_no)
    o.add(text[o_start:o_end].strip(), start + o_start)
    o.anchor = start + o_start
    p.prose_lines.remove(before[-1])
    if o_start > 0:
        p.prose_lines.append((text[:o_start], start, start + o_start))
    if o_end < len(text):
        p.prose_lines.append((text[o_end:], start + o_end, end))
    krs = []
    for piece, at in pieces:
        kr = _Builder("kr", "", None, b.indent, b.line_no)
        kr.add(piece, at)
        kr.anchor = at
        krs.append(kr)
    p.builders[0:1] = [o, *krs]
    p.orphan_labels = [ln for ln in p.orphan_labels if ln.number != b.line_no]


def _counted_off(pieces: list[str]) -> bool:
    """Pieces that open with ordinals in order from one ("第一，…", "第二，…"; "first, …"), or
    with counting words ("一是…", "二是…": decision 1780)."""
    if all(
        (m := _COUNTING_WORD_RE.match(x.lstrip())) is not None and m.group(1) == _ZH_ORDINALS[i]
        for i, x in enumerate(pieces)
    ):
        return True
    for i, x in enumerate(pieces):
        m = _ZH_ORDINAL_MARK_RE.match(x.lstrip())
        if m is None or _ordinal_number(m) != i + 1:
            return False
    return True


def _ordinal_number(m: re.Match[str]) -> int:
    if m.group("n"):
        return _ZH_ORDINALS.index(m.group("n")) + 1
    return _EN_ORDINALS.index(m.group("en").lower()) + 1


def _ordinal_krs_in_prose(p: _Parser) -> None:
    """An objective read from a paragraph that goes on to list its key results with ordinals
    ("…我的目标是：X。具体来说，关键结果有这几条：第一，A；第二，B；…"): X is the objective, A, B … its
    key results; the rest of the paragraph is prose (its period and whose set it is still count
    as the set's preamble). Only for an objective with no key result of its own (decision
    1100)."""
    i = 0
    while i < len(p.builders):
        b = p.builders[i]
        nxt = p.builders[i + 1] if i + 1 < len(p.builders) else None
        i += 1
        if b.kind != "objective" or (nxt is not None and nxt.kind == "kr") or len(b.parts) != 1:
            continue
        wording, at = b.parts[0]
        lead = _PROSE_KR_LEAD_RE.search(wording)
        if lead is None:
            continue
        marks = list(_ZH_ORDINAL_MARK_RE.finditer(wording, lead.end()))
        if len(marks) < 2 or marks[0].start() != lead.end():
            continue
        run = [marks[0]]
        for m in marks[1:]:
            before = wording[m.start() - 1 : m.start()]
            if _ordinal_number(m) == _ordinal_number(run[-1]) + 1 and before in "；;。，, ":
                run.append(m)
        if _ordinal_number(run[0]) != 1 or len(run) < 2:
            continue
        ends = [m.start() for m in run[1:]] + [len(wording)]
        pieces = []
        for m, end in zip(run, ends, strict=True):
            piece = wording[m.end() : end].rstrip(" \t；;。，,.")
            if not _has_words(piece):
                pieces = []
                break
            pieces.append((piece, at + m.end()))
        head = wording[: lead.start()]
        goal = None
        for g in _GOAL_SENTENCE_RE.finditer(head):
            goal = g  # the last statement of the goal before the key results
        if not pieces or (goal is None and not _has_words(head.strip(" ，,。.具体来说"))):
            continue
        if goal is not None:
            o_start, o_end = goal.span("o")
        else:
            o_start, o_end = 0, len(head.rstrip(" ，,。.:："))
        if o_start > 0:
            p.prose_lines.append((wording[:o_start], at, at + o_start))
        b.parts = [(wording[o_start:o_end].strip(), at + o_start)]
        b.open_ended = False
        p.prose_lines.append((wording[o_end : lead.end()], at + o_end, at + lead.end()))
        for j, (piece, start) in enumerate(pieces):
            kr = _Builder("kr", "", None, b.indent, b.line_no)
            kr.add(piece, start)
            kr.anchor = start
            p.builders.insert(i + j, kr)
        i += len(pieces)


_ZH_ORDINALS = "一二三四五六七八九十"


def _ordinal_siblings(p: _Parser) -> None:
    """A line numbered "二、" after key results of the objective numbered "一、" (in another
    marker style: "（1）", "1.") is the next objective, not a key result (decision 868)."""
    last: _Builder | None = None
    for b in p.builders:
        mark = b.label.strip()[:1]
        if b.kind == "objective":
            last = b
        elif (
            last is not None
            and b.style == "zh"
            and last.style == "zh"
            and b.label.strip()[1:] == last.label.strip()[1:]
            and mark in _ZH_ORDINALS
            and last.label.strip()[:1] in _ZH_ORDINALS
            and _ZH_ORDINALS.index(mark) == _ZH_ORDINALS.index(last.label.strip()[:1]) + 1
        ):
            b.kind = "objective"
            p.objective_builders = [x for x in p.builders if x.kind == "objective"]
            last = b


def _inline_run(wording: str, first: int) -> list[re.Match[str]]:
    """The markers numbered first, first+1, … inside the wording (its longest such run)."""
    best: list[re.Match[str]] = []
    marks = list(_INLINE_NUMBER_RE.finditer(wording))
    for i, m in enumerate(marks):
        if _mark_number(m) != first:
            continue
        run = [m]
        for nxt in marks[i + 1 :]:
            if _mark_number(nxt) == _mark_number(run[-1]) + 1 and nxt.lastgroup == m.lastgroup:
                run.append(nxt)
        if len(run) > len(best):
            best = run
    return best


def _mark_number(m: re.Match[str]) -> int:
    digits = m.group("n") or m.group("p")
    return int(digits) if digits else _CIRCLED.index(m.group("c")) + 1


def _inline_numbers(p: _Parser) -> None:
    """Key results numbered inside a line of Chinese text are that many key results: after an
    objective's wording or in the paragraph read into it ("让食堂成为老人愿意来的地方" over
    "本季度：1. 就餐人数…；2. 满意度…"), or after the first of a numbered key-result line ("①…
    ②…", "1. …。2. …"). A single "1." counts when the next item is numbered 2. Every piece
    carries a target figure: "讨论了三件事：1. 周五团建；2. 排班" is a note (decision 868)."""
    i = 0
    while i < len(p.builders):
        b = p.builders[i]
        nxt = p.builders[i + 1] if i + 1 < len(p.builders) else None
        own = _marker_number(b.label.strip()) if b.kind == "kr" else None
        first = own + 1 if own else 1
        for k in range(len(b.parts) - 1, -1, -1):
            wording, at = b.parts[k]
            if not cjk_count(wording):
                continue
            run = _inline_run(wording, first)
            follows = (
                nxt is not None
                and nxt.kind == "kr"
                and _marker_number(nxt.label.strip()) == first + len(run)
            )
            if not run or (len(run) < 2 and not follows and not own):
                continue
            cuts = [m.start() for m in run[1:]] + [len(wording)]
            pieces = []
            for m, end in zip(run, cuts, strict=True):
                piece = wording[m.end() : end].rstrip(" \t；;。，,")
                if cjk_count(piece) < 2 or not fb.has_figure(piece):
                    pieces = []
                    break
                pieces.append((piece, at + m.end()))
            if not pieces:
                continue
            head = wording[: run[0].start()].rstrip(" \t：:；;。，,")
            if k == 0 and b.kind == "objective" and not head:
                continue  # the objective would be left with no wording
            if k > 0 and b.kind == "objective":
                b.parts = b.parts[:k]  # the paragraph's lead-in goes with its key results
            elif head:
                b.parts[k] = (head, at)
                b.parts = b.parts[: k + 1]
            else:
                continue
            for j, (piece, start) in enumerate(pieces, 1):
                kr = _Builder("kr", "", None, b.indent, b.line_no)
                kr.add(piece, start)
                kr.anchor = start
                kr.parent = b.parent
                p.builders.insert(i + j, kr)
            break
        i += 1


def _measured_lines_below(p: _Parser) -> None:
    """Under a labelled objective ("Objective: …"), the unmarked line below read as its key
    result starts a run: each next line that is one short sentence with a target figure is one
    more key result, up to a blank line (decision 869)."""
    prose = sorted(p.prose_lines, key=lambda x: x[1])
    if not prose:
        return
    by_start = {x[1]: x for x in prose}
    taken: set[int] = set()
    i = 1
    while i < len(p.builders):
        b, above = p.builders[i], p.builders[i - 1]
        if not (
            b.kind == "kr"
            and above.kind == "objective"
            and _labelled(above)
            and not b.label.strip()
            and len(b.parts) == 1
            and len(above.parts) == 1
        ):
            i += 1
            continue
        wording, at = b.parts[0]
        end = at + len(wording)
        line_end = p.text.find("\n", end)
        while line_end >= 0:
            start = line_end + 1
            while start < len(p.text) and p.text[start] in " \t":
                start += 1
            x = by_start.get(start)
            if x is None or not _measured_line(x[0], fb):
                break
            kr = _Builder("kr", "", None, b.indent, b.line_no + 1)
            kr.add(x[0], x[1])
            kr.anchor = x[1]
            i += 1
            p.builders.insert(i, kr)
            taken.add(id(x))
            line_end = p.text.find("\n", x[2])
        i += 1
    if taken:
        p.prose_lines = [x for x in p.prose_lines if id(x) not in taken]


def _measured_line(text: str, fb: Any) -> bool:
    t = text.strip()
    if not fb.has_figure(t) or t[-1:] in ":：" or re.search(r"[.!?]\s+\S|[。！？].", t):
        return False
    return len(t.split()) <= 20 if not cjk_count(t) else cjk_count(t) <= 50


# A list item's marker (and task box) that a builder keeps as its label: no O/KR label.
_MARKER_ONLY_RE = re.compile(
    r"(?:[-*•·+]|\d{1,2}\s?[.、．)）]|[（(]\d{1,2}[)）]|[①-⑳])?\s*(?:\[[ xX]\])?\s*"
)


_marker_only = lru_cache(maxsize=256)(_MARKER_ONLY_RE.fullmatch)  # few labels, asked often


def _labelled(b: _Builder) -> bool:
    return not _marker_only(b.label)


# A guide's section number ("一、", "（二）") is no label of the author's own item (decision 1222).
_ZH_SECTION_MARK_RE = re.compile(r"[（(]?[一二三四五六七八九十]{1,3}[、.．)）]")


def _own_label(b: _Builder) -> bool:
    """Whether the builder carries a label of its own ("O1:", "KR2：", "目标："), not only a list
    mark or a guide's section number."""
    return _labelled(b) and not _ZH_SECTION_MARK_RE.fullmatch(b.label.strip())


def _owners(p: _Parser) -> dict[int, _Builder | None]:
    """The objective each key-result builder goes under in `_assemble`, by the builder's id."""
    out: dict[int, _Builder | None] = {}
    owner = None
    for b in p.builders:
        if b.kind == "objective":
            owner = b
        else:
            out[id(b)] = b.parent if b.parent is not None else owner
    return out


def _card_subtitle(t: str, start: int) -> tuple[str, str, int, int] | None:
    """The owner and the period of an OKR card's subtitle ("客户成功团队 • 2024 Q1") whose text
    begins at `start`, with their offsets, or None (decision 3803)."""
    m = _OWNER_PERIOD_RE.fullmatch(t.strip())
    if m is None:
        return None
    who, when = m.group("who").strip(), m.group("when").strip()
    lang = "zh" if cjk_count(t) else "en"
    if not has_deadline(when, lang) or not (looks_like_unit(who) or owner_phrase(who)):
        return None
    lead = start + (len(t) - len(t.lstrip()))
    return who, when, lead + m.start("who"), lead + m.start("when")


def _give_subtitle(b: _Builder, parts: tuple[str, str, int, int]) -> None:
    """A card subtitle's owner and period as the objective's owner and due cells (decision 3803)."""
    who, when, w0, d0 = parts
    b.cells["owner"] = Cell("owner", "", who, w0, w0 + len(who))
    b.cells["due"] = Cell("due", "", when, d0, d0 + len(when))
    b.given = {**_given_from_cells(b.cells, _join(b.parts, b.anchor)[0]), **b.given}


def _use_found(p: _Parser, found: list[Any]) -> None:
    """Replace the parser's items with those of the fallback reading; the lines they came from
    are no longer headings or prose. An objective read from a card's subtitle ("技术团队 • 2024
    Q1") on the line right under an objective with no key result gives that objective its owner
    and period instead (decision 3803)."""
    builders: list[_Builder] = []
    for f in found:
        last = builders[-1] if builders else None
        if (
            f.kind == "objective"
            and last is not None
            and last.kind == "objective"
            and last.line_no == f.line_no - 1
            and "owner" not in last.cells
            and (parts := _card_subtitle(f.text, f.start)) is not None
        ):
            _give_subtitle(last, parts)
            p.prose_lines.append((f.text, f.start, f.start + len(f.text)))
            continue
        b = _Builder(f.kind, "", None, f.indent, f.line_no)
        b.anchor = f.start
        b.add(f.text, f.start)
        builders.append(b)
    _use_builders(p, builders)


def _use_builders(p: _Parser, builders: list[_Builder]) -> None:
    """Replace the parser's items with `builders`; the lines they came from are no longer
    headings or prose."""
    spans = [(s, s + len(t)) for b in builders for t, s in b.parts]
    p.builders = builders
    p.objective_builders = [b for b in builders if b.kind == "objective"]

    spans.sort()
    starts = [a for a, _ in spans]

    def covered(s: int, e: int) -> bool:
        j = bisect.bisect_left(starts, e)  # the spans that start before e
        return j > 0 and max(spans[k][1] for k in range(max(0, j - 2), j)) > s

    p.heading_recs = [h for h in p.heading_recs if not covered(h.start, h.end)]
    p.prose_lines = [x for x in p.prose_lines if not covered(x[1], x[2])]


def _yaml_builder(it: parse_yaml.YamlItem) -> _Builder:
    """A builder for an objective or key result of a YAML OKR file (decision 687)."""
    b = _Builder(kind=it.kind, label="", number=None, indent=it.indent, line_no=it.line_no)
    for part, start in it.parts:
        b.add(part, start)
    b.anchor = it.parts[0][1]
    if it.owner:
        b.given["owner"] = it.owner
    if it.due:
        b.given.update(_due_given(it.due, it.parts[0][0]))
    return b


def _due_given(value: str, wording: str) -> dict[str, object]:
    """The deadline a due field's value gives its item: its timeframe, or the value as said
    when it names a date or an event the reader does not resolve; nothing for a cadence."""
    from coach.facts.timeframes import find_timeframe, only_starts, says_no_date
    from coach.types import Timeframe

    lang = "zh" if cjk_count(value) or cjk_count(wording) else "en"
    found = find_timeframe(value, lang)
    if found is not None:
        return {
            "deadline": found[0].model_copy(update={"span": None, "text": value}),
            "deadline_span": None,
        }
    if _CADENCE_VALUE_RE.search(value) or only_starts(value, lang):
        return {}  # "weekly", "2025.8.1 - ...": a cadence or a start, no end (decision 3341)
    if tables.empty_value(value) or says_no_date(value, "en") or says_no_date(value, "zh"):
        return {}  # "TBD", "soon-ish", "ASAP", "待定", "尽快": no date set yet (decision 3855)
    # A deadline field states one even in a form the reader does not resolve: a dotted date
    # ("02.07.24") or an event ("7 days after the Lisbon release").
    kind = "date" if re.search(r"\d", value) else "cycle"
    return {"deadline": Timeframe(text=value.strip("*` "), kind=kind), "deadline_span": None}


# Who a tracking key's value names: people ("Ana", "Martin and Bedeho"), handles or a team
# (decision 4941).
_NAMES_VALUE_RE = re.compile(rf"(?:{_NAMES}|@\S+(?:\s?,\s?@\S+)*)\W*")


def _role_states_work(key: str, value: str) -> bool:
    """Whether a line keyed by a job title ending in "manager" ("Sr Accounting Manager:",
    "Billing Manager:") states the work that role owns rather than naming a tracking manager:
    its value is three words or more and not only names, so the line is an item with a role's
    prefix, as "Controller: …" and "Billing lead: …" are (decision 4941)."""
    if not key.strip("*_ ").lower().endswith("manager"):
        return False
    v = value.strip().strip("*_` ")
    return len(v.split()) >= 3 and _NAMES_VALUE_RE.fullmatch(v) is None


# A month and a day written short, alone: "9.30", "10/31", "08-15" (decision 4280).
_MONTH_DAY_VALUE_RE = re.compile(r"(?:1[0-2]|0?[1-9])[./-](?:3[01]|[12]\d|0?[1-9])")


def _due_value(value: str) -> bool:
    """Whether a due field's value is a time (a date, a period, an event before which, a cadence)
    or says none is set ("待定", "TBD"): what a field keyed 完成时间 / 期限 / DDL holds, unlike a
    key result written after such a word (decision 4280)."""
    from coach.facts.timeframes import find_timeframe, says_no_date

    v = value.strip().strip("*_` ")
    lang = "zh" if cjk_count(v) else "en"
    return bool(
        find_timeframe(v, lang)
        # a due field's value is the point by which: "end of the school year" (decision 5580)
        or (lang == "en" and find_timeframe(f"by {v}", lang))
        or _MONTH_DAY_VALUE_RE.fullmatch(v)
        or _CADENCE_VALUE_RE.search(v)
        or tables.empty_value(v)
        or says_no_date(v, "en")
        or says_no_date(v, "zh")
    )


# A remark on the draft between its items, not a key result: "这是我们第2次试着用OKR，欢迎大家提意见。"
# (decision 4288).
_SPACED_REMARK_RE = re.compile(
    r"OKR|欢迎|提意见|谢谢|感谢|\b(?:comments?|feedback|thoughts)\b", re.IGNORECASE
)


def _figure_beside_time(line: str) -> bool:
    """Whether `line` has a figure outside its time expressions ("按期交付率提升到90%", not
    "2025年12月" alone): a key result set apart by blank lines has one (decision 4288)."""
    from coach.facts.timeframes import time_spans

    lang = "zh" if _HAN_RE.search(line) else "en"
    rest = line
    for a, b, _k in reversed(time_spans(line, lang)):
        rest = rest[:a] + " " + rest[b:]
    return any(c.isdigit() for c in rest)


# A line after the items that dates them all: "以上目标完成时间：9月30日", "上述KR均在Q3末前完成"
# (decision 4287).
_ABOVE_PERIOD_RE = re.compile(
    r"^\W{0,3}(?:以上|上述)[^\n]{0,16}?(?:截止|截至|在|于|完成|时间|期限|日期|前)"
)


def _dates_above(line: str) -> bool:
    """Whether a line opened by 以上/上述 gives a deadline and no figure besides it (decision
    4287): "上述客户中90%在Q3前完成续约" is a key result about those customers."""
    from coach.facts.timeframes import deadline_spans

    spans = deadline_spans(line, "zh")
    rest = "".join(
        line[a:b]
        for a, b in zip(
            [0, *(e for _s, e, _k in spans)], [*(s for s, _e, _k in spans), len(line)], strict=True
        )
    )
    return bool(spans) and not re.search(r"\d", rest)


# A due value that names a cadence or no end: no deadline ("weekly", "ongoing", "每月").
_CADENCE_VALUE_RE = re.compile(
    r"\b(?:every|each|daily|weekly|monthly|quarterly|ongoing|continuous|recurring)\b|每|持续|长期",
    re.I,
)


def _aligned(row: list[Cell], header: list[Cell]) -> list[Cell]:
    """A row of a web table copied as text, shorter than its header, lost its first cells to
    cells merged from the rows above (rowspan). Its cells stand in the last columns, or from the
    key-result column when its first cell is labelled as a key result ("KR2: …", decision 608).
    A spreadsheet row keeps a tab for every empty cell, so it is never shorter than its header
    unless its last cells are empty: a row whose first cell is not a key result's stays as it is,
    except a lone cell with no label (the last column's value of a merged row)."""
    missing = len(header) - len(row)
    if missing <= 0 or not row:
        return row
    first = row[0]
    kind = _label_kind(first.text)
    if kind == "kr":
        krs = [i for i, c in enumerate(header) if tables.role_of(c.text) == "kr"]
        shift = min(krs[0], missing) if krs else 0
    elif kind is None and len(row) == 1:
        shift = missing
    else:
        return row
    pad = [
        Cell(role="", header="", text="", start=first.start, end=first.start) for _ in range(shift)
    ]
    return pad + row


def _given_from_cells(cells: dict[str, Cell], wording: str) -> dict[str, object]:
    """The values a table row's columns give its item: owner, deadline, score, status, level,
    priority. They win over what the item's own text says, as structured input's do."""
    from coach.facts.timeframes import find_timeframe, has_deadline

    given: dict[str, object] = {}
    c = cells.get("owner")
    if c is not None and not tables.empty_value(c.text):
        given["owner"] = c.text.strip("*").lstrip("@").strip()
    c = cells.get("due")
    if c is not None and not tables.empty_value(c.text):
        given.update(_due_given(c.text, wording))
    c = cells.get("stage")
    if c is not None and "deadline" not in given and not tables.empty_value(c.text):
        found = find_timeframe(c.text, "zh" if cjk_count(c.text) else "en")
        if found is not None:
            given["deadline"] = found[0].model_copy(update={"span": None, "text": c.text})
            given["deadline_span"] = None
    c = cells.get("target")
    if c is not None and "deadline" not in given and not tables.empty_value(c.text):
        # "| KR | Baseline | Target |" over "… | 無 | Q2W4 上線 |", or a header "Target（Q2 末）":
        # the target is to be met by the period its cell or its column names (decision 412).
        for said in (c.text, tables.header_qualifier(c.header)):
            lang = "zh" if cjk_count(said) or cjk_count(wording) else "en"
            found = find_timeframe(said, lang) if said and has_deadline(said, lang) else None
            if found is not None:
                given["deadline"] = found[0].model_copy(update={"span": None, "text": said})
                given["deadline_span"] = None
                break
    for role in ("score", "progress"):
        c = cells.get(role)
        if c is None or tables.empty_value(c.text) or "score" in given:
            continue
        value = tables.score_value(c.text)
        if value is not None:
            given["score"] = value
        elif role == "progress" and len(c.text) <= 12:
            given["status"] = c.text
    c = cells.get("status")
    if c is not None and not tables.empty_value(c.text):
        given["status"] = c.text
    c = cells.get("priority")
    if c is not None and re.fullmatch(r"[Pp][0-4]", c.text.strip()):
        given["priority"] = c.text.strip().upper()
    c = cells.get("level")
    if c is not None and tables.level_value(c.text):
        given["level"] = tables.level_value(c.text)
    return given


_DIGIT_RUN = re.compile(r"\d+")


def _marker_number(marker: str) -> int | None:
    m = _DIGIT_RUN.search(marker)
    if m:
        return int(m.group())
    if marker and marker[0] in _CIRCLED:
        return _CIRCLED.index(marker[0]) + 1
    return None


def _append_kr(o: Item, text: str, offsets: list[int], language: str, **fields: Any) -> None:
    """Add a key result to objective `o`, numbered after the ones it has."""
    o.key_results.append(
        Item(
            kind="kr",
            id=f"{o.id}.kr{len(o.key_results) + 1}",
            text=text,
            offsets=offsets,
            language=language,  # type: ignore[arg-type]
            objective=o,
            **fields,
        )
    )


def _join(parts: list[tuple[str, int]], end_fallback: int) -> tuple[str, list[int]]:
    text = ""
    offsets: list[int] = []
    for i, (piece, start) in enumerate(parts):
        if i > 0 and text and piece:
            prev, nxt = text[-1], piece[0]
            # Join Chinese pieces directly; put a space between Latin words and numbers. The
            # space maps to the offset after the previous piece (a line break in the input).
            cjk_joint = cjk_count(prev) or cjk_count(nxt)
            tight = prev in "（(/-–" or nxt in "）)/，,、。.;；:：%％"
            if (not cjk_joint and not tight) or (prev.isdigit() and nxt.isdigit()):
                text += " "
                offsets.append(offsets[-1] + 1)
        text += piece
        offsets.extend(range(start, start + len(piece)))
    offsets.append(offsets[-1] + 1 if offsets else end_fallback)
    return text, offsets


def _join_measures(b: _Builder) -> tuple[str, list[int]]:
    """A named key result with its measures below (decision 2183): "自动化与审核覆盖率：≥90% 的
    常见工单由机器人首轮答复；人工复核比例 ≤ 5%" (each mark added maps to the end of the piece
    before it, as `_join`'s space does)."""
    zh = any(cjk_count(t) for t, _ in b.parts)
    text, offsets = "", []
    for i, (piece, start) in enumerate(b.parts):
        if i:
            mark = ("：" if zh else ": ") if i == 1 else ("；" if zh else "; ")
            text += mark
            offsets.extend([offsets[-1] + 1] * len(mark))
        text += piece.rstrip("。.;；")
        offsets.extend(range(start, start + len(piece.rstrip("。.;；"))))
    offsets.append(offsets[-1] + 1 if offsets else b.anchor)
    return text, offsets


def _empty_objective_label(p: _Parser) -> _Line | None:
    """An objective's label alone on its line ("Objective:", "O1:", "目标：") before the first
    key result with no objective: the objective is there, only unwritten (decision 2240)."""
    first = p.orphan_labels[0].start if p.orphan_labels else len(p.text)
    for ln in p.lines:
        if ln.start >= first:
            break
        m = OBJECTIVE_RE.match(ln.text)
        if m is not None and not ln.text[m.end() :].strip(" \t*_:：-—"):
            return ln
    return None


# "O1-KR1：", "- O2-KR3: ", "O1.KR2 - ", "O1KR1 ": a key result's label that names its objective.
_OBJECTIVE_NUMBER_IN_KR_RE = re.compile(
    r"[ \t]{0,8}(?:[-*•·+][ \t]{1,4})?(?:\*\*)?[OoＯ](?P<n>\d{1,2})[ \t]?[-–—.．_·]?[ \t]?"
    r"(?:KR|Kr|kr)[ \t]?\d{1,2}"
)


def _named_objective_numbers(lines: list[_Line]) -> list[int]:
    """The objective numbers the key results' labels name ("O1-KR1", "O2.KR3"), in order, when
    every orphan key result is labelled so; [] otherwise."""
    numbers: list[int] = []
    for ln in lines:
        m = _OBJECTIVE_NUMBER_IN_KR_RE.match(ln.text)
        if m is None:
            return []
        if int(m.group("n")) not in numbers:
            numbers.append(int(m.group("n")))
    return numbers


def _objectives_below(p: _Parser) -> None:
    """ "O1-KR1: …" / "O2-KR1: …" lines first and the objectives "O1: …", "O2: …" written below
    them: each key result goes under the objective its label numbers (decision 3665). Every key
    result above the first objective must name its objective's number, and every number named
    must be an objective's below; else they stay orphans (the message of decision 3183)."""
    first = next((i for i, b in enumerate(p.builders) if b.kind == "objective"), None)
    if not first or not p.orphan_labels:
        return
    above = p.builders[:first]
    wanted: list[int] = []
    for b in above:
        m = _OBJECTIVE_NUMBER_IN_KR_RE.match(b.label)
        if b.kind != "kr" or m is None:
            return
        wanted.append(int(m.group("n")))
    objectives: dict[int, _Builder] = {}
    for b in p.builders[first:]:
        if b.kind != "objective":
            continue
        n = _marker_number(b.label.strip()) if re.match(r"[OoＯ]\d", b.label.strip()) else None
        if n is None or n in objectives:
            return
        objectives[n] = b
    if not set(wanted) <= set(objectives):
        return
    rest = p.builders[first:]
    for n in sorted(set(wanted), reverse=True):
        at = rest.index(objectives[n]) + 1  # before any written under it (numbered after them)
        rest[at:at] = [b for b, w in zip(above, wanted, strict=True) if w == n]
    p.builders = rest
    moved = {b.line_no for b in above}
    p.orphan_labels = [ln for ln in p.orphan_labels if ln.number not in moved]


def _asks_how_to_write(p: _Parser) -> bool:
    """Whether the draft is one line that asks the coach how to write OKRs (decision 6894)."""
    if len(p.lines) != 1:
        return False
    return _asks_how_to_write_line(p.lines[0].text)


def _asks_how_to_write_line(text: str) -> bool:
    """Whether one line asks the coach how to write OKRs: a help or how word, a word naming
    OKRs or their parts, and a question mark closing it (decision 6894)."""
    t = text.strip()
    return t.endswith(("?", "？")) and _ASKS_HOW_TO_WRITE_RE.match(t) is not None


def _no_objective_error(p: _Parser) -> InputError:
    empty = _empty_objective_label(p)
    if empty is not None:
        # "Objective:" with nothing after it above "KR1: …": the objective is there, only
        # unwritten (decision 2240)
        hint = (
            f"The objective on line {empty.number} ({empty.text!r}) is empty: write what "
            "you want to achieve after its label. "
        )
        hint_zh = (
            f"第 {empty.number} 行的目标（“{empty.text}”）是空的：请在标签后写出想要达成的目标。"
        )
    elif named := _named_objective_numbers(p.orphan_labels):
        # "O1-KR1：…", "O2-KR3: …" with no "O1" line: the labels name objectives that are not
        # written; the message names them and shows where each goes (decision 3183)
        marks = ", ".join(f"O{n}" for n in named)
        first = p.orphan_labels[0]
        hint = (
            f"Your key results are numbered under objective(s) {marks} (line {first.number}: "
            f"{first.text.strip()[:40]!r}), but no objective is written above them. Above the "
            f"key results of each, add a line with its wording, e.g. 'O{named[0]}: <what you "
            "want to achieve>'. "
        )
        hint_zh = (
            f"关键结果编在目标 {marks} 之下（第 {first.number} 行：“{first.text.strip()[:40]}”），"
            f"但它们上面没有写出目标。请在每个目标的关键结果上面加一行写出它，例如“O{named[0]}：<想要达成的目标>”。"
        )
    elif p.orphan_labels:
        hint = (
            f"I found {len(p.orphan_labels)} key result(s) but no objective above them "
            f"(line {p.orphan_labels[0].number}). "
        )
        hint_zh = (
            f"找到了 {len(p.orphan_labels)} 个关键结果，但它们上面没有目标"
            f"（第 {p.orphan_labels[0].number} 行）。"
        )
    elif _asks_how_to_write(p):
        # "can you help me write OKRs for my team?" alone: a question, not a draft (6894)
        hint = (
            "This reads as a question about writing OKRs, not a draft: the coach reviews a "
            "draft you write. "
        )
        hint_zh = "这是一个关于怎么写 OKR 的问题，不是草稿：教练评审的是你写好的草稿。"
    else:
        hint = "I could not find an objective. "
        hint_zh = "没有找到目标。"
    return InputError(
        "no_objective",
        hint + "Start each objective on its own line with 'O:' or 'Objective:', "
        "and its key results with 'KR1:', e.g.\n"
        "O: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45",
        hint_zh + "请把每个目标单独写一行，以“目标：”开头，关键结果以“关键结果1：”开头，例如：\n"
        "目标：本季度让客户爱上我们的服务\n关键结果1：NPS 从 30 提升到 45",
    )


# A numbered list item's marker, no objective label: "1.", "2、", "（3）", "①" (a bulleted list
# under a heading stays objectives: tests/test_parse_structure.py).
_LIST_MARK_RE = re.compile(r"\d{1,2}\s?[.、．)）]|[（(]\d{1,2}[)）]|[①-⑳]")
# Figures that only date an item ("2026年", "Q3", "6月底"): no target.
_DATE_FIGURE_RE = re.compile(
    r"(?:19|20)\d\d年|\b(?:in|by|for|during|of|end)\s(?:19|20)\d\d\b|[QqHh][1-4]"
    r"|\d{1,2}月(?:\d{1,2}日)?",
    re.I,
)


# A word that names a set or its period in a title line (decision 5823).
_SET_TITLE_WORD_RE = re.compile(
    r"OKRs?|\b(?:goals?|objectives?|plan|targets?)\b|目标|计划|\b[QH][1-4]\b|季度|年|月", re.I
)


def _check_something_to_review(text: str, objectives: list[Item]) -> None:
    """Raise when the draft holds nothing a coach could review as objectives (decision 499):
    only headings with no wording under them ("## Objective 1" / "## Objective 2"), or a
    numbered list whose every item carries a figure and no key result below it ("1. Increase
    NPS from 30 to 45" / "2. Win 20 new enterprise logos") — key results with no objective
    above them, said once, as with "KR1:" labels, instead of each line reviewed as an
    objective with no key results."""
    items = [x for o in objectives for x in (o, *o.key_results)]
    if all(not x.text.strip() for x in items):
        first = objectives[0]
        n = text.count("\n", 0, first.start) + 1
        raise InputError(
            "no_objective",
            f"There is nothing to review yet: the draft has only headings (line {n}: "
            f"{first.label!r}) with no objective or key result written under them. Write "
            "each objective under its heading and its key results below it, e.g.\n"
            "O: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45",
            f"还没有可以评审的内容：草稿只有标题（第 {n} 行：“{first.label}”），下面没有写目标和关键结果。"
            "请在每个标题下写出目标，再在目标下写出关键结果，例如：\n"
            "目标：本季度让客户爱上我们的服务\n关键结果1：NPS 从 30 提升到 45",
        )
    if len(objectives) < 2 or any(
        o.key_results
        or o.cells
        or not _LIST_MARK_RE.fullmatch((o.label or "").strip())
        or not re.search(r"\d", _DATE_FIGURE_RE.sub("", o.text))
        for o in objectives
    ):
        return
    n = text.count("\n", 0, objectives[0].start) + 1
    # "Q1 goals (Ops — Lina)", "一季度目标（运营部 张敏）" over the list: the line above names the set
    # (its period, its team, its owner), not the goal its lines serve; the error says so, and
    # nothing is reviewed as if that line were an objective (decision 5823)
    line_start = text.rfind("\n", 0, objectives[0].start) + 1
    above = [ln.strip(" \t#*_") for ln in text[:line_start].splitlines() if ln.strip()]
    title = above[-1] if above and len(above[-1]) <= 80 else ""
    if not _SET_TITLE_WORD_RE.search(title) or title.endswith((".", "!", "?", "。", "！", "？")):
        title = ""
    said_en = f" The line above them, {title!r}, names the set, not a goal." if title else ""
    said_zh = f"上面的“{title}”是这套 OKR 的标题，不是目标。" if title else ""
    raise InputError(
        "no_objective",
        f"I found {len(objectives)} key result(s) but no objective above them (line {n}).{said_en} "
        "Each line is a measured result, so which objective do they serve? Write it above "
        "them on its own line with 'O:' or 'Objective:', and label the key results 'KR1:', "
        "e.g.\nO: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45",
        f"找到了 {len(objectives)} 个关键结果，但它们上面没有目标（第 {n} 行）。{said_zh}每一行都是一个可衡量的结果，"
        "它们是为哪个目标服务的？请把目标单独写在它们上面一行，以“目标：”开头，关键结果以“关键结果1：”开头，例如：\n"
        "目标：本季度让客户爱上我们的服务\n关键结果1：NPS 从 30 提升到 45",
    )


# A weight written after an item's wording: "（权重40%）", "(weight: 30%)", "[权重 0.5]", or
# after a blank with a percent sign, as Feishu exports it: "让客户的问题一次就解决 权重60%" (1277).
_WEIGHT_NOTE_RE = re.compile(
    r"\s?[（(\[【]\s?(?P<key>权重|weight(?:ing)?)\s?[:：]?\s?"
    r"(?P<value>\d{1,3}(?:\.\d{1,2})?\s?[%％]?)\s?[)）\]】]$"
    r"|\s(?P<key2>权重)\s?[:：]?\s?(?P<value2>\d{1,3}(?:\.\d{1,2})?\s?[%％])$",
    re.IGNORECASE,
)


# "完成 3 个语言版本开发（40%）", "用户测试通过率 ≥90%（70%）": a bare whole percent in brackets closing a
# key result that states a figure of its own is its weight in the set, as "（权重40%）" is (decision
# 2325); not "（+50%）", "（至 40%）" or a key result whose only figure it is ("转化率提升（40%）").
_BARE_WEIGHT_RE = re.compile(r"\s?[（(]\s?(?P<value>(?:100|[1-9]\d?)\s?[%％])\s?[)）]$")
# The characters each of the two patterns' matches ends with.
_WEIGHT_NOTE_ENDS = frozenset(")）]】%％")
_BARE_WEIGHT_ENDS = frozenset(")）")


def _end_char(text: str) -> str:
    """The character a match of a pattern ending in `$` ends with: the last one, or the one
    before a final newline (`$` also matches there); "" for no such character."""
    return text[-2:-1] if text.endswith("\n") else text[-1:]


def _take_weight(b: _Builder) -> None:
    """Move a weight note at the end of an item's wording into its `weight` cell: it weighs
    the item in the set's score and is no part of what the item says."""
    if not b.parts:
        return
    last, start = b.parts[-1]
    # Both notes end the text (`$`) with a closing bracket or a percent sign: where the text
    # ends otherwise, neither pattern is tried at each of its positions (issue 13).
    end = _end_char(last)
    m = _WEIGHT_NOTE_RE.search(last) if end in _WEIGHT_NOTE_ENDS else None
    if m is None and b.kind == "kr" and "weight" not in b.cells:
        bare = _BARE_WEIGHT_RE.search(last) if end in _BARE_WEIGHT_ENDS else None
        if bare is not None and cjk_count(last) and any(c.isdigit() for c in last[: bare.start()]):
            b.parts[-1] = (last[: bare.start()].rstrip(), start)
            value = bare.group("value").strip()
            v0 = start + bare.start("value")
            b.cells["weight"] = Cell("weight", "", value, v0, v0 + len(value))
        return
    if m is None or m.start() == 0:
        return
    b.parts[-1] = (last[: m.start()].rstrip(), start)
    if "weight" not in b.cells:
        key, val = ("key", "value") if m.group("key") else ("key2", "value2")
        v0 = start + m.start(val)
        value = m.group(val).strip()
        b.cells["weight"] = Cell("weight", m.group(key), value, v0, v0 + len(value))


# A guide's sentence that gives its example objective in quotes: "…例如：“在本季度内提升产品市场占有率。”",
# "为了实现“提高产品的用户留存率20%”这一目标，可以设定以下关键成果：" (decision 481).
_QUOTED_EXAMPLE_RE = re.compile(
    r"(?:例如|比如|譬如)[:：,，]?\s*[“\"](?P<a>[^“”\"\n]{4,60})[”\"][。.；;]?\s*$"
    r"|[“\"](?P<b>[^“”\"\n]{4,60})[”\"]这(?:一|个)?目标"
    # "例如,“打造区域领先的社区生鲜服务品牌”,其关键结果(KR)可能是“…”或“…”", "例如:“在Q1实现网站月订单
    # 量突破500单”,其对应的关键结果可设为:…" (decision 920): the quote, a comma, then its key results.
    r"|(?:例如|比如|譬如)[:：,，]?\s*[“\"](?P<c>[^“”\"\n]{4,60})[”\"][,，]\s*(?=其?(?:对应的?)?关键(?:结果|成果))"
    # "一个目标可能是:「成为德国领先的永续袜子品牌」 相关的关键成果可能是:", "Objective 可以是「…」"
    # (decision 920): the objective named with 是 and corner quotes (or curly ones).
    r"|(?:目标|Objective)\s?(?:可能|可以|就)?(?:是|为)\s?[:：]?\s*[「“](?P<d>[^“”「」\"\n]{4,60})[」”]"
)


# The key results such a sentence goes on to quote: "…这一目标,关键成果可以设定为“在本季度内,平台销售额达到
# 500万元”“平台市场占有率提升至30%”等。" (decision 691).
_QUOTED_KRS_LEAD_RE = re.compile(
    r"(?:关键(?:成果|结果)|key results?)[^“”\"\n]{0,12}?(?:设定为|设为|定为|为|是|包括|[:：]|(?:could|can|might) be|are|include)\s*(?=[“\"])",
    re.I,
)
_QUOTE_RE = re.compile(r"[“\"](?P<q>[^“”\"\n]{4,80})[”\"]")


def _quoted_example_krs(b: _Builder) -> list[tuple[str, int]]:
    """The key results a guide's sentence quotes after the example objective it quotes: each
    quoted phrase after "关键成果可以设定为" / "key results could be", in a row (decision 691)."""
    if b.kind != "objective":
        return []
    for part, start in b.parts:
        m = _QUOTED_EXAMPLE_RE.search(part)
        if m is None or (m.group("b") is None and m.group("c") is None):
            continue
        lead = _QUOTED_KRS_LEAD_RE.search(part, m.end())
        if lead is None:
            return []
        out: list[tuple[str, int]] = []
        at = lead.end()
        while (q := _QUOTE_RE.match(part, at)) is not None:
            out.append((q.group("q"), start + q.start("q")))
            at = q.end()
            while at < len(part) and part[at] in "、，, 和及或":
                at += 1
        return out
    return []


# "产品质量目标:" alone over a list of measures: the label's own words name the objective — a topic,
# not a team, level or period ("销售部目标:", "年度目标:", "个人目标:" stay labels) (decision 924).
_TOPIC_GOAL_LABEL_RE = re.compile(
    r"(?P<w>(?:(?!部|组|团队|公司|个人|年度?|季度?|月度?|本|我的|我们|[QH]\d)[\u4e00-\u9fff]){2,8}目标)\s?[:：]?"
)


def _topic_label_wording(b: _Builder, text: str) -> None:
    """An objective left without wording whose label is "<topic>目标:" takes the label's words
    (decision 924)."""
    if b.kind != "objective" or any(t.strip() for t, _ in b.parts) or not b.label:
        return
    m = _TOPIC_GOAL_LABEL_RE.fullmatch(b.label)
    if m is None:
        return
    at = text.rfind(b.label, 0, b.anchor + 1)
    if at < 0:
        return
    b.parts = [(m.group("w"), at + m.start("w"))]
    b.anchor = at + m.start("w")
    b.prefix = ""


def _take_quoted_example(b: _Builder) -> None:
    """Narrow an objective worded as a guide's sentence to the example objective it quotes."""
    if b.kind != "objective":
        return
    for part, start in b.parts:
        m = _QUOTED_EXAMPLE_RE.search(part)
        if m is not None:
            g = next(k for k in "abcd" if m.group(k) is not None)
            b.parts = [(m.group(g), start + m.start(g))]
            return


# Chinese function words and measure verbs: a line that has them is a Chinese sentence, whatever
# English names and terms it carries (a name such as "张伟" alone has none of them).
_ZH_GRAMMAR_RE = re.compile(r"[的从到将把让每次在和与及以内前后提降达完增减做成]")


# An ordinal word that labels a point of a list, then a comma: "第三，", "其二、", "third, ",
# "Firstly, ", "Lastly: " (decision 1093).
_ORDINAL_LEAD_RE = re.compile(
    r"(?P<ord>第[一二三四五六七八九十]{1,3}|其[一二三四五六七八九十]|"
    r"(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?|lastly))"
    r"[ \t]{0,2}[，,、：:][ \t]{0,2}(?=\S)"
)
# A key result's name alone (decision 2183): "自动化与审核覆盖率", "响应时长", "可用性" — a few
# words, no figure, no clause.
_KR_NAME_RE = re.compile(r"[^\d\s，,。；;：:！!？?%％]{2,14}")
_BOLD_KR_ROW_RE = re.compile(
    r"^[ \t]*(?:\#{2,6}[ \t]+(?:\*\*|__)?[^*_\n#]{1,60}?(?:\*\*|__)?"
    r"|(?:[-*+][ \t]+)?(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__))[ \t]*$"
)
# "目标二、提升线上质量": an objective's number label written with a 、 (decision 2180), a
# full stop ("目标一．", "目标2.") or before a year ("目标1、2027开门红", decision 2201).
_GOAL_COMMA_LEAD_RE = re.compile(
    r"[*_]{0,2}(?P<ord>目标[ \t]?(?:\d{1,2}|[一二三四五六七八九十]{1,3}))[*_]{0,2}[ \t]?"
    r"(?:、[ \t\u3000]*(?!目标|关键|\d)(?=[\u4e00-\u9fff“「《])|、[ \t\u3000]*(?=\d{4}(?!\d))"
    r"|[．.](?!\d)[ \t\u3000]*(?!目标|关键)(?=[\u4e00-\u9fff“「《])"
    # "目标 1｜把口碑做起来" (a Notion or Feishu heading): a bar closes the label (decision 2431)
    r"|[ \t]?[｜|][ \t\u3000]*(?=[^\s|｜]))"
)
# "关键结果1、…", "关键结果二、…", "关键成果3．…": a key result's number label written with a 、 or a
# full stop (decision 2420). After the 、 the wording may open with a figure ("关键结果2、6月底前…"),
# but not with another list number ("关键结果1、2、3").
_KR_COMMA_LEAD_RE = re.compile(
    r"[*_]{0,2}(?P<ord>关键(?:结果|成果)[ \t]?(?:\d{1,2}(?:\.\d{1,2})?|[一二三四五六七八九十]{1,3}))[*_]{0,2}[ \t]?"
    r"(?:、[ \t\u3000]*(?!目标|关键|\d{1,2}、)(?=\S)|[．.](?!\d)[ \t\u3000]*(?!目标|关键)(?=[\u4e00-\u9fff“「《\d])"
    r"|[ \t]?[｜|][ \t\u3000]*(?=[^\s|｜]))"
)
# "KR should describe the result rather than the task": a sentence whose subject is the word
# "KR" (no number, no colon, a lower-case word after it), not a key result (decision 1026).
_KR_AS_SUBJECT_RE = re.compile(r"^[ \t]*(?:KRs?|[Kk]ey [Rr]esults?)[ \t]+(?-i:[a-z])")
# "## 本轮 KR 映射（下沉到具体交付）", "## This round's KR map": a Markdown heading that names key
# results in its title, no KR number and no target in it, above the first objective, titles the
# page (decision 1733).
_HEADING_ABOUT_KRS_RE = re.compile(r"^[ \t]*#{1,6}[ \t]+(?![^\n]*KR[ \t]?\d)[^\n%％]*$", re.I)


def _speaks_of_krs(text: str) -> bool:
    """A line read as a key result above the first objective that is prose about key results
    ("KR should be specific and measurable, and follow the SMART principle.", "关键结果(Key
    Results):" over an explanation): skipped rather than refused when objectives follow
    (decision 1026)."""
    return (
        bool(_KR_AS_SUBJECT_RE.match(text))
        or bool(_HEADING_ABOUT_KRS_RE.match(text))
        or fb.is_prose(text)
    )


_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")


def _assemble(text: str, p: _Parser, max_objectives: int) -> Draft:
    objectives: list[Item] = []
    default_lang = "zh" if cjk_count(text) else "en"
    first = next((b for b in p.builders if b.kind == "objective"), None)
    if first is None:
        raise _no_objective_error(p)
    if p.orphan_labels and not all(_speaks_of_krs(ln.text) for ln in p.orphan_labels):
        ln = p.orphan_labels[0]
        raise InputError(
            "no_objective",
            f"the key result on line {ln.number} ({ln.text[:30]!r}) comes before any objective; "
            f"put it under its objective (the first objective is on line {first.line_no}).",
            # which line, in Chinese too (tester36: the generic "没有找到目标" named none)
            f"第 {ln.number} 行的关键结果（{ln.text[:30]!r}）写在了所有目标前面；请把它放到它的目标下面"
            f"（第一个目标在第 {first.line_no} 行）。",
        )
    made: dict[int, Item] = {}  # objective builders by id, for key results restated under one
    for b in p.builders:
        if b.kind == "kr" and not objectives:
            continue
        _take_weight(b)
        _topic_label_wording(b, text)
        quoted_krs = _quoted_example_krs(b)
        _take_quoted_example(b)
        # An empty label still is an item ("KR2:" with nothing after it); it points at the end
        # of its label.
        joined, offsets = _join_measures(b) if b.measures_below else _join(b.parts, b.anchor)
        m = _ORDINAL_LEAD_RE.match(joined)
        if m is not None and m.end() < len(joined):
            # "第三，年底前把个人网站做出来", "third, launch my site": the word counts the list, it is
            # the item's label, not a figure of its wording (decision 1093).
            b.label = f"{b.label} {m.group('ord')}".strip()
            joined, offsets = joined[m.end() :], offsets[m.end() :]
        m = _GOAL_COMMA_LEAD_RE.match(joined) if b.kind == "objective" else None
        if m is not None and m.end() < len(joined):
            # "目标二、提升线上质量" read as an objective: "目标二、" is its label, as "目标二：" is,
            # not the start of its wording (decision 2180). Cut only once the line is read, so
            # where such lines fall in a page's structure stays as it was.
            b.label = f"{b.label} {m.group('ord')}".strip()
            joined, offsets = joined[m.end() :], offsets[m.end() :]
        m = _KR_COMMA_LEAD_RE.match(joined) if b.kind == "kr" else None
        if m is not None and m.end() < len(joined):
            # "关键结果1、本科上线人数从186人提升到230人" read as a key result: "关键结果1、" is its
            # label, as "关键结果1：" is (decision 2420), cut once the line is read, as 2180 does.
            b.label = f"{b.label} {m.group('ord')}".strip()
            joined, offsets = joined[m.end() :], offsets[m.end() :]
        extra: dict[str, object] = {"given": b.given} if b.given else {}
        if b.kind == "objective":
            objectives.append(
                Item(
                    kind="objective",
                    id=f"o{len(objectives) + 1}",
                    text=joined,
                    offsets=offsets,
                    language=detect_language(joined, default_lang),
                    label=b.label,
                    level=b.level_hint,  # type: ignore[arg-type]
                    extra=extra,
                    cells=b.cells,
                    prefix=b.prefix,
                )
            )
            made[id(b)] = objectives[-1]
            for wording, at in quoted_krs:
                o = objectives[-1]
                kr_text, kr_offsets = _join([(wording, at)], at)
                _append_kr(o, kr_text, kr_offsets, detect_language(wording, o.language))
            if len(objectives) > max_objectives:
                raise InputTooLarge(
                    "too_many_objectives",
                    f"the draft has more than {max_objectives} objectives (the limit); "
                    "review one team's OKRs at a time.",
                    f"草稿的目标超过了 {max_objectives} 个（上限）；请一次评审一个团队的OKR。",
                )
            continue
        o = made.get(id(b.parent), objectives[-1]) if b.parent is not None else objectives[-1]
        _append_kr(
            o,
            joined,
            offsets,
            detect_language(joined, o.language),
            label=b.label,
            extra=extra,
            cells=b.cells,
            prefix=b.prefix,
        )
    if not objectives:
        raise _no_objective_error(p)
    _check_something_to_review(text, objectives)
    # A Chinese character carries about as much as an English word (3-4 letters and a space).
    # A line of Chinese grammar around English terms ("TikTok Shop GMV 从 50w 做到 120w") is
    # written in Chinese, though its Latin words outnumber its characters (decision 811).
    weight = {"zh": 0, "en": 0}
    items = [it for o in objectives for it in (o, *o.key_results)]
    for it in items:
        lang = "zh" if it.language == "zh" or _ZH_GRAMMAR_RE.search(it.text) else "en"
        weight[lang] += max(1, len(it.text)) * (3 if lang == "zh" else 1)
    language = "zh" if weight["zh"] >= weight["en"] else "en"
    if language == "en" and cjk_count(text) > len(_LATIN_LETTER_RE.findall(text)):
        # a draft of more Chinese characters than Latin letters, its labels and titles counted,
        # is written in Chinese though its items' few words are Latin ("目标：a" over
        # "关键结果1：b 0.5"; tester35: `grade` and `review` answered it in English)
        language = "zh"
    if language == "zh":
        # In a Chinese draft an item with Chinese characters is answered in Chinese ("每周
        # review 一次 KPI dashboard"); an English draft keeps its items' own reading.
        for it in items:
            if it.language == "en" and cjk_count(it.text):
                it.language = "zh"
    outline = _outline(p.heading_recs)
    _cover(objectives, outline)
    return Draft(
        text=text,
        objectives=objectives,
        language=language,
        headings=[(h.text, h.start, h.end) for h in outline],
        prose=p.prose_lines,
        outline=outline,
    )


def _parallel(a: _HeadingRec, b: _HeadingRec) -> bool:
    """Two plain heading lines of one kind: both titles of a set ("公司OKR（Q2）" / "市场部OKR")
    or both names of a unit ("公司" / "市场部")."""
    if TITLE_RE.search(a.text) and TITLE_RE.search(b.text):
        return True
    if _names_group(a.text) and _names_group(b.text):
        return True  # "学习篇" / "理财篇", "技术类：" / "运营类：": groups side by side
    return bool(level_from_heading(a.text, markdown=False)) and bool(
        level_from_heading(b.text, markdown=False)
    )


# A set's title naming its period without "OKR": "2026年第一季度目标", "Q1 2026 goals".
_FIGURE_GOALS_TITLE_RE = re.compile(
    r"(?<!\d)\d[^\n]{0,40}?(?:目标|\bgoals\b|\bobjectives\b)", re.IGNORECASE
)


def _second_title_line(first: _HeadingRec, r: _HeadingRec) -> bool:
    """Whether plain heading line `r` is the title's second line: right under the first line,
    before any item, no list item, and a set's title of its own ("Q1 2026 OKRs")."""
    return (
        r.start == first.end + 1
        and r.before_items
        and not r.from_list
        and (
            TITLE_RE.search(r.text) is not None or _FIGURE_GOALS_TITLE_RE.search(r.text) is not None
        )
    )


def _outline(recs: list[_HeadingRec]) -> list[Heading]:
    """Each heading with its depth (see `coach.draft.Heading`).

    The first plain line of a draft, above its first item, is the draft's title and covers
    everything (depth 0) unless a later plain heading line is of the same kind: then they are
    sibling sections ("公司OKR（2025年Q2）" … "市场部OKR"). Other plain heading lines sit below
    every Markdown heading (depth 7); a meta line sits half a level below the heading above it.
    """
    plain = [r for r in recs if not r.markdown_depth and not r.meta]
    first = plain[0] if plain else None
    opens = first is not None and first is recs[0] and first.before_items and not first.from_list
    # "City Parks Team" / "Q1 2026 OKRs": a set's title on the line right under the draft's
    # first line (no blank line between), once in the draft, is the title's second line: the
    # two are the title over every section below, though the first names a unit as the
    # sections do ("华东大区销售中心" / "2026年第四季度OKR" over "上海一部"; decision 6664)
    second = plain[1] if opens and len(plain) > 1 else None
    if (
        second is not None
        and (
            not _second_title_line(first, second)  # type: ignore[arg-type]
            or any(_parallel(second, x) for x in plain[2:])
        )
    ):
        second = None
    title = opens and (second is not None or not any(_parallel(first, r) for r in plain[1:]))
    out: list[Heading] = []
    stack: list[Heading] = []
    for r in recs:
        if r.meta:
            # Meta lines in a row ("> 制定时间：…" / "> 负责人：…") all sit half a level below the
            # heading above them, not below each other (decision 416).
            above = next((h.depth for h in reversed(stack) if h.kind != "meta"), 0)
            depth = above + 0.5
            h = Heading(r.text, r.start, r.end, depth, "meta")
            while stack and stack[-1].depth > depth:
                stack.pop()
        else:
            if r.markdown_depth:
                h = Heading(r.text, r.start, r.end, r.markdown_depth, "markdown")
            elif title and r is first:
                h = Heading(r.text, r.start, r.end, 0, "title")
            elif r is second:
                h = Heading(r.text, r.start, r.end, 0.5, "title")
            else:
                h = Heading(r.text, r.start, r.end, 7, "line")
            while stack and stack[-1].depth >= h.depth:
                stack.pop()
        stack.append(h)
        out.append(h)
    return out


def _cover(objectives: list[Item], outline: list[Heading]) -> None:
    """Give each item the chain of headings that covers it (one walk over both, in order)."""
    stack: list[Heading] = []
    i = 0
    for it in (x for o in objectives for x in (o, *o.key_results)):
        while i < len(outline) and outline[i].start < it.start:
            h = outline[i]
            if h.kind == "meta":
                while stack and stack[-1].depth > h.depth:
                    stack.pop()
            else:
                while stack and stack[-1].depth >= h.depth:
                    stack.pop()
            stack.append(h)
            i += 1
        it.headings = list(stack)
