"""How an objective reads: only a KPI, a flat statement of work, or a direction that inspires.

Shared by objective-is-metric and objective-not-inspiring (a private module: the registry
skips names starting with '_'). It reads the item's facts — tokens (jieba words with their
part of speech for Chinese, lemmas for English), time expressions, quantities, the measures
it names (`facts.kpis`) — and word lists under rules/data/<lang>/; it reads no numbers or
times itself. PRINCIPLES.md and docs/principles.md decisions 18–20 and 26 define the shapes:

- `aspiration(item)`: an aspirational marker — best, first, win, own, 拿下, 最, 第一, 标杆 …
  (objective_inspiring.txt), an English superlative ("safest", "most loved") or a rank the
  objective aims for ("TOP5", "前三").
- `end_state(item)`: an end state — a verb that opens one (make, let, turn, become; 让, 成为,
  变成), the people served doing or feeling something ("customers brag about", "anyone can
  read", "大家都能看得懂数据", "Every new joiner productive by day 30"), or a vivid picture
  (又快又准, 像网购一样简单).
- `kpi_only(item)`: the objective names a measure and only moves it, without a number:
  "Increase revenue", "Premium conversion", "Fewer returns", "Faster ramp for new SDRs",
  "提升客户满意度", "良品率提上去", "把投诉降下来", "零质量事故", "新人上手更快".
- `flat(item)`: a routine or generic verb with its object and nothing more ("Improve
  onboarding", "提升内容质量", "还技术债"), a bare noun phrase ("Accessibility", "危机公关能力",
  "Carriers we can count on" — its clause speaks for the team, not the people served) or an
  internal state ("团队稳定", "合同风险可控", "全员合规意识提升").

Every reading looks at the objective's core: its wording without a label, a leading time,
and trailing notes in brackets (a weight, a score, an owner, "（对齐公司O）").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from coach.draft import Item
from coach.facts.kpi import ZH_BEATS_RIVALS, kpi_terms, zh_rate_unsaid
from coach.facts.quantities import zh_numbered_label
from coach.facts.shape import en_verb_class, verb_classes
from coach.nlp import Token
from coach.wordlists import (
    ending_at,
    find_terms,
    longest_first,
    mapping,
    starting_at,
    word_set,
    words,
)
from rules._objective_text import (
    MetricClause,
    measure_label,
    metric_clauses,
    partner_count,
    people_won,
    whole_area_zh,
)
from rules._outside_forces import EN_CLEAN_VERDICT

Span = tuple[int, int]

_CLOSE = {")": "(", "）": "（", "]": "[", "】": "【"}
# (matched at 0 only; the guard keeps a search from restarting inside a run of blanks, issue 13)
_BRACKET_NUMBER = re.compile(
    r"(?<!\s)\s*+[（(]\s?(?:[一二三四五六七八九十]{1,2}|\d{1,2}|[a-hA-H])\s?[)）]\s*"
)
# A short name, then a short note in brackets, before the colon: an owner and a function
# ("Priya (Sales)", "张伟（销售）", "East region (Liam)"); decision 2360.
_OWNER_PREFIX = re.compile(
    r"([\w&/'-]{1,16}(?: [\w&/'-]{1,16}){0,3}) ?[（(][\w&/' ,，、-]{1,20}[)）] ?"
)
# A clause that makes or becomes something before a colon is the objective's own wording, no
# team's or theme's label: "让用户离不开我们：续费率行业第一" reads as "…，续费率行业第一" does
# (decision 4727).
_ZH_CLAUSE_BEFORE_COLON = re.compile(r"(?:让|使|成为|打造|做成?|帮助?)[\u4e00-\u9fff]{3,}")
# What follows a colon when it is only a level: a figure with its currency, scale and sign.
_BARE_FIGURE = re.compile(
    r"\s{0,3}(?:[<>≥≤]=?|over |under |above |below )?[$¥￥€£]?\d[\d,.]{0,12} ?"
    r"(?:[kKmMbB]n?|万|亿|千|百万|%|x|倍)? ?\+?[\s.。!！]{0,3}"
)
# A function's name, then a dash, opening an English objective (decision 3838). Matched where
# the wording starts, never right after a letter; the guard keeps a search linear (issue 13).
_EN_FUNCTION_DASH = re.compile(
    r"(?<![A-Za-z])([A-Za-z][A-Za-z&/]*+(?: [A-Za-z&/]++){0,2})(?: ?[—–]{1,2} ?| - )"
)
_QUOTE_CLOSE = {"”": "“", "’": "‘", "」": "「", "』": "『"}
_EN_SPLIT = re.compile(r"['’]")
_EN_DETERMINERS = frozenset(
    {"a", "an", "the", "our", "my", "your", "their", "its", "his", "her", "one", "no", "every",
     "each", "any", "all", "this", "these", "those"}
)  # fmt: skip
_EN_UNIVERSAL = frozenset({"every", "each", "no", "any", "all"})
_EN_RELATIVE = frozenset({"that", "which", "where", "who", "whom", "we", "we've", "we're", "we'll"})
_EN_PRONOUNS = frozenset({"i", "they", "he", "she", "you"})
_EN_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ity|ment|ness|ance|ence|ship|ism|ure|ogy|ics)$")
_EN_SCOPE = frozenset(
    {"in", "across", "among", "for", "on", "at", "per", "from", "within", "of", "with", "to",
     # "Increase brand awareness outside of our current footprint" (decision 733)
     "outside", "beyond", "throughout", "inside"}
)  # fmt: skip
# Conjunctions that add a condition or purpose: a qualitative direction beside a measure.
_EN_QUALIFIERS = frozenset({"without", "while", "so", "but", "by", "through", "and", "or"})
_ZH_SUPERLATIVE_FALSE = ("最后", "最终", "最近", "最初", "最大化", "最小化")
# "迈出数字化第一步", "第一期", "第一阶段": 第一 counting a stage of the work is an ordinal, not a
# rank to reach ("区域第一", "第一品牌" stay aspirations; decision 605, as decision 473 in English).
# A measure brought to its lowest: "降到最低", "控制在最低水平", "缩到最短" (decision 876), as
# 最小化 is (decision 637).
_ZH_LOWEST = re.compile(r"[到至在]最(?:低|少|小|短)(?:限度|水平|程度|值)?[。！!]?$")
# The writer measured only against the writer ("做最好的自己", "成为最棒的自己"; "Be the best
# version of myself", "Be the best we can be", "Do our best work"): no one outranked, the
# superlative said of "更好的自己" (decision 4446, after 906 and 4104).
_ZH_BEST_SELF = re.compile(r"最(?:好|棒|优秀|出色|完美)的(?:自己|我|我们)(?:[。！!]|$)")
_EN_BEST_SELF = re.compile(
    r"(?:(?:always|to)\s)?(?:be|become|being|becoming)\s(?:the\s)?(?:very\s)?best\s"
    r"(?:version\sof\s(?:myself|ourselves|yourself|yourselves|me|us|ourself)"
    r"|(?:i|we|you|they)\s(?:can|could)\s(?:possibly\s)?be|(?:self|selves))"
    r"|(?:always\s)?(?:do|give|bring)\s(?:it\s)?(?:my|our|their|your)\s(?:very\s)?best(?:\swork)?"
    r"(?:\severy\sday)?"
)
# ... and the first piece of one's own work, or the first time ("完成第一篇一作论文", "写完第一本小说";
# decision 5109, ruling l): an ordinal, no rank.
_ZH_FIRST_STAGE = re.compile(r"第一(?:步|期|阶段|批|轮|版|阶|篇|本|份|部|首|章|次)")
# "又快又准", "像网购一样简单", "一次都不掉链子", "一分不少", "每张发票一次开对", "每一笔订单都能…".
_ZH_VIVID = re.compile(
    r"又[\u4e00-\u9fff]{1,2}又[\u4e00-\u9fff]|一样|一[次个分单件张](?:都|也)?不|一次就?[\u4e00-\u9fff]?对"
    r"|每一?[个位笔单张件家][\u4e00-\u9fff]{0,4}都能"  # "每一笔订单都能当天发出" (decision 123)
    # "每一台出厂的电机都零缺陷", "每一批货都不出错": a promise kept for each one (decision 236)
    # (座, 艘, 架, 间: kilns, ships, planes, wards kept going, "每一座窑都不熄火", decision 4244)
    r"|每一?[个位笔单张件家台辆批份款座艘架间][\u4e00-\u9fff]{0,6}都(?:零|不|没有)"
    # "每一个包裹都准时安全送达": the same promise said positively, a standard met by each one
    # (decision 1859, as "Every prescription right, every time", decision 446)
    # Not a period ("每个季度都按时完成…") nor work pushed on ("每个项目都按时推进").
    r"|每一?[个位笔单张件家台辆批份款](?!季度|月|周|天|年|星期|学期)[\u4e00-\u9fff]{0,6}都"
    r"(?:准时|按时|安全|完好|准确|及时|当天|当日)(?!推进|完成|开展|落实|推动)"
    # "每一台车出门都是好车", "任何一家店喝到的都是同一个味道": each one, said with 一, is a good
    # one (decisions 640, 643); not "每一个项目都是重点" (a priority, no quality)
    r"|(?:每|任何)一[个位笔单张件家台辆批份款][\u4e00-\u9fff]{0,8}都是(?:好|精品|优质|放心|满分|标杆|同一|样品)"
    # "雨雪天也能准时送到", "新人也能独立值班": kept even in the hard case (decision 349)
    r"|(?:[天期日夜里下]|新人|新手)也(?:能|照样|一样)"
    # "小店也能做出大品牌", "普通人也能拍出好照片": the small or the untrained can too, as
    # "Small shops can build big brands" is an end state in English (decision 2266)
    r"|(?:小(?![组时结计])[\u4e00-\u9fff]{1,2}|普通人|零基础|外行|小白)也(?:能|照样|一样|可以)"
    # "每一通电话都有人接", "每一条留言都有人回": each one answered by someone, as "Every call
    # answered" is (decision 2266)
    r"|每一?[个位笔单张件家台辆批份款通条封][\u4e00-\u9fff]{0,6}都有人(?:接|回|管|应|跟进|回复|处理)"
    # "新店开一家火一家", "新品上一款爆一款": every one a hit (decision 408)
    r"|一([家个场款本间所])[\u4e00-\u9fff]{1,2}一\1"
    # "客户的问题不过夜", "投诉不过夜": each one dealt with the same day; "客户用了都说好": all
    # of them praise it, and the team does not praise itself (metric22, decision 2105)
    r"|不过夜|都(?:说好(?!好)|夸|点赞|称赞|叫好|竖起?大拇指)"
    # "孩子们在家门口就有书读", "让老人有饭吃": the people's needs met, said the plain way
    r"|有(?:书读|饭吃|学上|房住|活干|钱赚|地方去|处可去)"
    # "全县每个村都有自己的卫生室", "每个孩子都能有一位导师": what each place or person served
    # has, as "Every child … holds a library card" (metric22, decision 2105)
    r"|每一?[个位户所家]?(?:村|镇|乡|社区|小区|街道|家庭|学校|孩子|学生|居民|老人|患者|病人|家长"
    r"|顾客|乘客|游客|市民|村民)[\u4e00-\u9fff]{0,4}?都(?:能|可以)?(?:有|拥有|用上|吃上|喝上|看上|住上)"
)
_ZH_ADVERBS = ("进一步", "持续", "全面", "真正", "切实", "不断", "继续", "努力", "大力", "认真")
# How fast or how well the work is done, before a flat verb: "快速支撑业务扩张", "高效支持门店",
# "有力保障交付" are the verb's flat statement still, not a vivid end state (decision 1444).
# Time set aside before the verb: "花时间查看客户反馈", "抽时间陪伴家人" — the verb after it is the
# work (decision 1453).
_ZH_TIME_SPENT = ("花", "抽", "抽出", "多花", "花更多", "时间", "更多")
_ZH_MANNER = (
    "快速",
    "迅速",
    "尽快",
    "高效",
    "有力",
    "有效",
    "积极",
    "稳步",
    "扎实",
    "更好地",
    "更好",
)
_ZH_KPI_ADVERBS = (
    "大幅度", "大幅", "大大", "显著", "明显", "进一步", "持续", "稳步", "稳定", "快速", "全面", "日益", "逐步",
    "不断", "再", "双", "高速", "同步",
    # month by month: "投诉数逐月下降" (metric22, decision 2101)
    "逐月", "逐年", "逐季度", "逐季",
    # kept in hand: "成本有效控制", "费用合理管控" (metric22, decision 2101)
    "有效", "合理",
    # a modal before the verb: "复购率要提上来" (decision 455)
    "一定要", "需要", "必须", "要", "得",
    # against last year or last month: "客户投诉同比减少一半" (decision 2371)
    "同比", "环比", "较去年", "较上年",
    # all along: "好评率一直不降", "毛利始终不掉" (decision 6911)
    "一直", "始终",
)  # fmt: skip
# Compared with a period before ("同比", "环比"; decision 2371).
_ZH_COMPARED = frozenset({"同比", "环比"})
# ... before a negated move ("营收同比不下滑": decision 2681).
_ZH_COMPARED_BEFORE_NOT = ("同比", "环比", "较去年", "较上年", "较上月", "较同期")
# Not one bad event happening: "不发生一起", "不出现任何", "杜绝" (decision 1848).
# A bad event, then none of it happening: "院内感染零发生", "数据泄露零出现" (decision 3960).
_ZH_ZERO_HAPPEN = re.compile(r"[零无](?:发生|出现)$")
_ZH_NONE_HAPPEN = re.compile(r"(?:不(?:发生|出现|出)|杜绝|无)(?:一起|一例|一次|一件|任何)?")
# "实现 + measures + 的 + move": the measures' move named as what is achieved (decision 1857).
_ZH_ACHIEVE = ("实现", "保持", "确保")
# Degree words before the verb at the start ("大幅度提高销售额", "显著提升复购率"; decision 477).
_ZH_LEAD_DEGREE = ("大幅度", "大幅", "显著", "明显", "稳步", "有效")  # 有效: decision 2101
# A commitment before the KPI changes nothing: "确保完成全年经营指标", "力争营收突破1亿" (decision 455).
# 做到 as well: "做到投诉数逐月下降", "做到交付准时率稳定在高位" (metric22, decision 2101).
_ZH_COMMIT = ("全力以赴", "确保", "力争", "争取", "务必", "全力", "保持", "做到")
# A verb that only drives the measure's move, as "Drive revenue growth" (decision 2362):
# "推动收入增长", "拉动营收增长", "驱动利润提升" — a measure and its move after it, nothing else.
_ZH_DRIVE = ("推动", "驱动", "拉动", "带动", "促进", "助推")
# "让/使" right before a measure, and a bare comparative after it (decision 235).
_ZH_LET_MEASURE = re.compile(r"[让使]")
# A move by a loose degree closing the objective: "再提高一些", "再降一点", "再短一点" (decision 3831).
_ZH_LOOSE_MOVE = re.compile(
    r"(?:再|更)?(?:提高|提升|降低|减少|增加|缩短|压缩|[降涨升减压提高低短快少多])(?:一点儿?|一些|些|一大?截)[。！!]?$"
)
_ZH_MORE_OR_LESS = re.compile(r"(?:再|更加?|越来越)?[高低多少大]{1,2}(?:一点|一些|些)?")
# A sales or performance target met, nothing else: "完成全年业绩指标", "达成Q3销售目标" (decision 235).
# Who set the quota may stand before it: "完成公司下达的销售任务", "完成集团下达的利润指标" (2686).
_ZH_TARGET_MET = re.compile(
    # a manner before the verb: "全面完成年度考核任务", "超额完成全年销售任务" (decision 5984)
    r"(?:全面|圆满|超额|顺利|如期|足额)?(?P<v>完成|达成|实现|冲刺)"
    r"(?:(?:公司|集团|总部|总公司|上级|董事会|领导|区域|大区|事业部|总行|分行)(?:下达|下发|分配|定下|制定)的)?"
    r"(?:全年|年度|本?季度|本年度|上半年|下半年|q[1-4]|[一二三四]季度)?的?"
    r"(?P<m>[^，,。；;\s]{1,6}?)(?:指标|目标|任务)"
)
# ... and the KPIs named as such: "达成年度KPI", "完成全年各项KPI" (decision 3969).
_ZH_KPIS_MET = re.compile(
    r"(?:完成|达成|实现)(?:全年|年度|本?季度|本年度|上半年|下半年|q[1-4]|[一二三四]季度)?的?"
    r"(?:各项|全部|所有)?(kpis?)(?:指标)?"
)
# ... and the same said the other way round: "确保全年销售目标达成", "Q3业绩指标完成" (decision 637).
_ZH_TARGET_MET_AFTER = re.compile(
    r"(?:全年|年度|本?季度|本年度|上半年|下半年|q[1-4]|[一二三四]季度)?的?"
    r"([^，,。；;\s]{1,6}?)(?:指标|目标|任务)(?:全面|全部|顺利|如期|圆满|超额)?(?:达成|完成|实现|达标)"
)
# ... and the quota's measure met with 指标 left unsaid: "确保年度业绩达成", "全年销售额达标"
# (metric22, decision 2103).
_ZH_MEASURE_MET = re.compile(
    r"(?:全年|年度|本?季度|本年度|上半年|下半年|q[1-4]|[一二三四]季度)?的?"
    r"((?:业绩|销售额?|营收|收入|利润|回款|签约额?|gmv))(?:全面|顺利|如期)?(?:达成|达标)",
    re.I,
)
# Everyone in a group passing a bar ("期末全员合格", "全员考核达标", "各门店月度考核全部达标",
# "全班期末考试全部及格"): the pass rate at 100%, a KPI (decision 5686). The pass verb ends the
# objective and a word of "all" is in it; a thing passed once by the team ("顺利通过ISO认证") has
# no "all" and is left to the milestone rules.
_ZH_ALL_PASS = re.compile(
    r"(?:确保|实现|做到|力争|争取|保证)?[\u4e00-\u9fff0-9a-z]{0,14}?(?:合格|达标|及格|过关|通过"
    r"(?:[\u4e00-\u9fff]{0,6}(?:考核|考试|测试|测评|验收|评估|考评))?)[。！!]?",
    re.I,
)
_ZH_ALL_OF = re.compile(
    r"全员|全班|全体|全部|所有|全校|全年级|每位|每个|每名|每一位|各(?!项|类|种)"
)
# 经营 names the business's figures as a whole ("经营指标全面达成", decision 1603).
# 考核 names the figures the team is assessed on ("年度考核任务", "考核指标全面达标", decision 5984).
# 营业 names the turnover's target ("完成年度营业额目标", decision 6910).
_ZH_TARGET_MEASURE = re.compile(r"业绩|销售|营收|营业|收入|利润|回款|签约|经营|考核|kpi|gmv", re.I)
# A quota named by its measure: "销售任务", "回款指标", "业绩目标" (decision 1461).
_ZH_QUOTA = re.compile(r"(?:业绩|销售|营收|收入|利润|回款|营业|经营)(?:任务|指标|目标)")
_ZH_NOMINAL = ("n", "a", "b", "f", "m", "q", "eng", "j", "l", "i", "t", "s", "x", "zg", "u", "c")


@dataclass(frozen=True)
class Flat:
    """Why an objective is flat, and the words that show it."""

    reason: str  # "verb", "noun-phrase", "state"
    span: Span


# -- the core and its words -------------------------------------------------------------------


def core(item: Item) -> Span:
    """The objective's wording without a leading label or time and without trailing notes in
    brackets or punctuation (item-local offsets into `item.plain`)."""
    memo = item.facts.memo.get("objective_core")
    if memo is not None:
        return memo  # type: ignore[return-value]
    text = item.facts.masked
    # A list number in brackets opens the wording: "（一）降低客诉率", "(2) Grow ARR" (2372)
    listed = _BRACKET_NUMBER.match(text)
    s = listed.end() if listed else 0
    while s < len(text) and not (text[s].isalnum() or text[s] in "$¥￥€£#“\"'"):
        s += 1
    # A short prefix before a colon names a team or a theme ("Sales: …", "数据组Q1：…").
    # A colon between digits is a ratio or a clock time ("ROI做到1:4", decision 1850), no label.
    colon = next(
        (
            k
            for k in range(s, min(len(text), s + 32))
            if text[k] in ":："
            and not (text[k - 1 : k].isdigit() and text[k + 1 : k + 2].isdigit())
        ),
        -1,
    )
    # ... and so does an owner with the function in brackets, or the reverse ("Priya (Sales): …",
    # "张伟（销售）：…", "Eng (Sam): …": decision 2360). A measure's name before a bare figure is
    # no label ("Revenue: $5M" is the measure and its level, decision 2360).
    owner = _OWNER_PREFIX.fullmatch(text[s:colon]) if colon > s else None
    if (
        colon > s
        and (colon - s <= 16 or owner)
        and (owner or re.fullmatch(r"[\w\s&/'-]+", text[s:colon]))
        and not _BARE_FIGURE.fullmatch(text[colon + 1 :])
        and not (item.language == "zh" and _ZH_CLAUSE_BEFORE_COLON.fullmatch(text[s:colon]))
    ):
        prefix = (owner.group(1) if owner else text[s:colon]).strip()
        prefix = prefix.split() if item.language == "en" else prefix
        if len(prefix) <= (3 if item.language == "en" else 8) and text[colon + 1 :].strip():
            s = colon + 1
            while s < len(text) and not (text[s].isalnum() or text[s] in "$¥￥€£#“\"'"):
                s += 1
    elif item.language == "en" and (dash := _EN_FUNCTION_DASH.match(text, s)) is not None:
        # "Engineering — modernize the tech stack", "Sales - increase revenue": the function
        # that states it, then a dash, as "Sales: …" (decision 3838)
        name = re.sub(r"\s+(?:team|squad|org|function)$", "", dash.group(1).lower())
        if name in word_set("owner_functions", "en"):
            s = dash.end()
    e = len(text)
    while e > s:
        ch = text[e - 1]
        if ch in _CLOSE:
            i = text.rfind(_CLOSE[ch], s, e - 1)
            if i <= s:
                break
            e = i
        elif ch in _QUOTE_CLOSE and text.find(_QUOTE_CLOSE[ch], s, e - 1) >= 0:
            break  # "做到“当天下单、次日送达”": a quote closing the wording stays (decision 2429)
        elif not ch.isalnum():
            e -= 1
        else:
            break
    item.facts.memo["objective_core"] = (s, e)
    return s, e


def _words(item: Item) -> list[Token]:
    """The tokens of the core that are words or numbers, outside time expressions."""
    memo = item.facts.memo.get("objective_words")
    if memo is not None:
        return memo  # type: ignore[return-value]
    s, e = core(item)
    times = item.facts.times
    out = [
        t
        for t in item.facts.tokens
        if s <= t.start
        and t.end <= e
        and any(ch.isalnum() for ch in t.text)
        and not any(a <= t.start < b for a, b, _ in times)
    ]
    item.facts.memo["objective_words"] = out
    return out


def _lemma(tok: Token) -> str:
    return _EN_SPLIT.split(tok.lemma or tok.text.lower())[0]


def _forms(tok: Token) -> tuple[str, str]:
    return tok.text.lower(), _lemma(tok)


@cache
def _phrases(name: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """A word list as tuples of words, longest first (for matching English token runs)."""
    return tuple(tuple(p.split()) for p in words(name, lang))


@cache
def _phrase_heads(name: str) -> tuple[dict[str, tuple[int, ...]], int]:
    """English list `name`'s phrases by their first word (→ their places in `_phrases`), and
    the place of its first empty phrase (which every place matches; the list's length if none)."""
    heads: dict[str, list[int]] = {}
    phrases = _phrases(name, "en")
    stop = next((k for k, p in enumerate(phrases) if not p), len(phrases))
    for k, phrase in enumerate(phrases[:stop]):
        heads.setdefault(phrase[0], []).append(k)
    return {w: tuple(ks) for w, ks in heads.items()}, stop


def _en_match(tokens: list[Token], i: int, name: str) -> int:
    """How many tokens from `i` on spell an entry of list `name` (0 when none does): the first
    entry in the list's order that does, tried only among those starting with the word at `i`."""
    if i >= len(tokens):
        return 0
    heads, _stop = _phrase_heads(name)
    text, lemma = _forms(tokens[i])
    places = heads.get(text, ())
    if lemma != text and lemma in heads:
        places = tuple(sorted((*places, *heads[lemma])))
    phrases = _phrases(name, "en")
    for k in places:
        phrase = phrases[k]
        n = len(phrase)
        if i + n <= len(tokens) and all(
            w in _forms(tokens[i + j]) for j, w in enumerate(phrase[1:], 1)
        ):
            return n
    return 0


def _en_start(tokens: list[Token]) -> int:
    """The first word of an English objective, after "to" ("To be the …") and a manner adverb
    ("Successfully launch …", "Fully automate …"), and after the team that states it: "The
    County Manager's Office will monitor …", "To meet community needs, the Office will
    investigate …", "EM will continue to …" (decision 907)."""
    team = _team_will(tokens)
    if team is not None:
        return team  # "… will monitor …" (907); "Our goal is to grow …" (4103)
    i = 1 if len(tokens) > 1 and tokens[0].text.lower() == "to" else 0
    w = tokens[i].text.lower() if i < len(tokens) else ""
    adverb = w.endswith("ly") and len(w) > 4 and w.isalpha()
    if adverb and i + 1 < len(tokens) and _lemma(tokens[i + 1]) in _en_verbs():
        i += 1
    return i


# The team or organisation that states its own objective, right before "will" (decision 907):
# its work follows ("The County Manager's Office will monitor …"), no measure or people served.
_EN_STATING_TEAMS = frozenset(
    {"office", "department", "dept", "team", "we", "agency", "division", "unit", "staff", "board",
     "committee", "council", "county", "city", "district", "branch", "bureau", "center", "centre",
     "school", "library", "company", "group", "i"}
)  # fmt: skip


def _team_will(tokens: list[Token]) -> int | None:
    """The word after "<the team> will" (and "continue to" stays part of the work): the index
    where the objective's own wording starts, or None when no team states it. The team is a
    team noun or an acronym ("EM", "FSA") right before "will", within the first twelve words
    (a purpose clause "To meet community needs, …" may come first)."""
    for w in range(1, min(len(tokens) - 1, 12)):
        if tokens[w].text.lower() != "will":
            continue
        before = tokens[w - 1].text
        name = _EN_SPLIT.split(before.lower())[0]
        acronym = 2 <= len(before) <= 5 and before.isalpha() and before.isupper()
        if name in _EN_STATING_TEAMS or acronym:
            return w + 1
        return None
    return _team_aims(tokens)


# The team's aim said before its verb (decision 4103): "Our goal is to grow …", "The aim is to
# …", "We aim to …", "We want to …": the objective's wording starts after "to".
_EN_AIM_NOUNS = frozenset({"goal", "aim", "objective", "intention", "ambition", "plan", "focus"})
_EN_AIM_VERBS = frozenset({"aim", "want", "intend", "plan", "hope", "seek", "strive", "need"})


def _team_aims(tokens: list[Token]) -> int | None:
    """The word after "Our goal is to" or "We aim to" opening the objective, or None."""
    low = [t.text.lower() for t in tokens[:5]]
    if (
        len(low) >= 5
        and low[0] in ("our", "the", "my")
        and low[1] in _EN_AIM_NOUNS
        and low[2] in ("is", "was")
        and low[3] == "to"
    ):
        return 4
    if len(low) >= 4 and low[0] in ("we", "i") and low[1] in _EN_AIM_VERBS and low[2] == "to":
        return 3
    # "I'd like to …", "I would like to …", "We'd love to …": the same aim, said softly (4444)
    if len(low) >= 4 and low[0] in ("i'd", "we'd", "i’d", "we’d") and low[1:3] in _LIKE_TO:
        return 3
    if len(low) >= 5 and low[0] in ("we", "i") and low[1] == "would" and low[2:4] in _LIKE_TO:
        return 4
    return None


_LIKE_TO = (["like", "to"], ["love", "to"])


@cache
def _en_verbs() -> frozenset[str]:
    """English verbs the rules know (lemmas): what a noun phrase does not start with."""
    names = (
        "objective_flat_verbs", "objective_end_state_verbs", "objective_kpi_verbs",
        "objective_clause_words", "kr_task_verbs", "kr_result_verbs", "kr_activity_verbs",
        "kr_milestone_verbs", "kr_contact_verbs", "kr_completion_verbs",
    )  # fmt: skip
    return frozenset(
        p.split()[0]
        for n in names
        for p in words(n, "en")
        if " " not in p or p.split()[0] not in _PHRASE_NOUN_HEADS
    )


# Nouns that open a verb phrase of the lists only with the words after them ("partner with",
# "team up with", decision 5386): alone they start a noun phrase ("partner revenue", "team
# morale"), no verb (lead decision 5476).
_PHRASE_NOUN_HEADS = frozenset({"partner", "team"})


# -- aspiration ---------------------------------------------------------------------------------


def aspiration(item: Item) -> Span | None:
    """The first aspirational marker of the objective, or None."""
    spans = aspirations(item)
    return min(a for a, _ in spans) if spans else None


def aspirations(item: Item) -> list[tuple[Span, str]]:
    """Every aspirational marker: (span, kind), kind "word" (a listed marker such as "win",
    拿下), "superlative" ("safest", "most loved") or "rank" ("TOP5", "前三")."""
    key = "objective_aspirations"
    if key not in item.facts.memo:
        item.facts.memo[key] = _aspirations(item)
    return item.facts.memo[key]  # type: ignore[return-value]


# A verb of reaching a place, a scope at most, then 前 and a percentage (decision 6095).
_ZH_TOP_BAND = re.compile(
    r"(?:冲进|冲入|进入|跻身|挤进|考进|考入|杀进|排进|跃居|稳居|位列|位居|保持在|保持)"
    r"[\u4e00-\u9fff]{0,4}?前\s?\d{1,2}(?:\.\d)?\s?%(?:以内)?"
)


# Building something from nothing: "从0到1", "从零到一", "从无到有", "从0做到稳定出单" — not a
# figure moved from zero ("营收从0做到100万", "从0到10家门店": the number after 到 is a target).
_ZH_FROM_ZERO = re.compile(
    r"从\s?(?:0|零|无)\s?(?:到\s?(?:1|一|有)(?![0-9.０-９万千百十个家名人])|"
    r"(?:做|干|发展|走)到(?![0-9０-９零一二三四五六七八九十百千万]))"
)


def _led_by_noun(item: Item, a: int) -> bool:
    """Whether a word right before 引领 at `a` is what guides ("党建引领", "科技引领", "创新引领"):
    引领 that opens the objective, after an adverb at most ("引领华东冷链物流行业", "持续引领行业"),
    leads (metric22, decision 2105)."""
    before = [t for t in _words(item) if t.end == a and t.start >= core(item)[0]]
    return bool(before) and not (
        before[0].pos.startswith(("d", "x", "w")) or before[0].text in _ZH_ADVERBS + _ZH_COMMIT
    )


# "3rd parties", "1st-party data", "2nd half": an ordinal that names a kind or a period, no rank
# to reach (decision 473).
_NOT_A_RANK_AFTER = re.compile(
    # a percentile is a measure's level, no place won (decision 4425): "to the 75th percentile"
    r"(?:st|nd|rd|th)?[ -](?:party|parties|half|quarter|percentile)\b"
)


# Getting onto a list others read ("能进年度好书榜", "登上App Store总榜", "冲进百强榜", "上榜必吃榜",
# "入围黑珍珠榜"): an aspiration, as "拿下" and "第一" are (decision 2727). Not 榜样 (a role
# model is its own marker), and not 进 ending another verb ("改进排行榜算法", "促进…").
_ZH_ONTO_A_LIST = re.compile(
    r"(?:(?<![改促推引先增精跟演])进入?|登上|冲上|冲进|杀进|挤进|跻身|入围|能上|上榜)"
    r"[\u4e00-\u9fffA-Za-z0-9 ]{0,12}?榜(?!样)"
)


# "Keep the members we win", "Look after the donors we won": "win" in a clause that says which
# people or things the objective keeps, its subject a pronoun after the object's noun and
# nothing after it (decision 5083). The win is behind the objective, not its aim; "Make this the
# year we win state" aims at a win (a thing won after it).
_EN_RELATIVE_SUBJECT = re.compile(
    r"(?<![a-z])[a-z]{3,40}\s{1,4}(?:(?:that|which)\s{1,4})?(?:we|i|you|they)\s{1,4}$"
)


def _relative_win(folded: str, s: int, a: int, b: int, e: int) -> bool:
    """Whether "win" at [a, b) closes a relative clause about the objective's object (5083)."""
    rest = folded[b:e].strip(" .!,;")
    if rest and not re.fullmatch(
        r"(?:this|next|each|every)\s+(?:year|season|quarter|month|drive)", rest
    ):
        return False
    return _EN_RELATIVE_SUBJECT.search(folded, s, a) is not None and bool(folded[s:a].strip())


# 头部 is a place won only when the team becomes or builds the thing at the top: "打造本地生活赛道
# 的头部账号", "跻身茶饮头部品牌" (decision 5564); the verb and 头部 in one clause, 头部 last.
_ZH_TOP_TIER_BECOME = re.compile(
    r"(?:成为|做成|做到|打造|建成|跻身|冲进|挤进|进入|争当|争做|做)[^，,。；;！!？?、]{0,14}$"
)


# 示范 and the kind of unit it names, a few words between: "示范物流园区", "示范幼儿园", "示范
# 门店" (decision 6849); not a lesson or a show (示范课, 示范操作: work).
_ZH_MODEL_UNIT = re.compile(
    r"示范[\u4e00-\u9fff]{0,4}?(?:园区|园|学校|校|医院|卫生院|村|社区|单位|窗口|岗|基地|门店|店|"
    r"企业|中心|科室|病区|工厂|车间|乡镇|街道|小区|站|馆|家庭|农场|合作社|线)"
    r"(?![\u4e00-\u9fff]{0,2}(?:建设|项目|方案|申报|材料))"
)


def _aspirations(item: Item) -> list[tuple[Span, str]]:
    lang = item.language
    s, e = core(item)
    folded = item.folded
    spans: list[tuple[Span, str]] = []
    idioms = (
        [
            (a + s, b + s)
            for a, b, _ in find_terms(folded[s:e], words("objective_marker_idioms", "en"), "en")
        ]
        if lang == "en"
        else []
    )
    for a, b, term in find_terms(folded[s:e], words("objective_inspiring", lang), lang):
        a, b = a + s, b + s
        if any(x <= a < y for x, y in idioms):
            continue
        if lang == "zh" and term == "最" and folded.startswith(_ZH_SUPERLATIVE_FALSE, a):
            continue
        if lang == "zh" and term == "最" and _ZH_BEST_SELF.match(folded, a):
            continue  # "做最好的自己": the writer against the writer, no rank (4446)
        if lang == "zh" and term == "最" and _zh_segment_superlative(item, a, b):
            continue  # "聚焦最重要的客户": which of ours, no rank to reach (4441)
        if lang == "zh" and term == "最" and _ZH_LOWEST.match(folded, a - 1) and a - 1 >= s:
            continue  # "把损耗降到最低": a measure minimised, no aspiration (decision 876)
        if lang == "zh" and term == "第一" and _ZH_FIRST_STAGE.match(folded, a):
            continue
        if lang == "zh" and term == "头部" and not _ZH_TOP_TIER_BECOME.search(folded, s, a):
            continue  # "与头部主播合作", "服务好头部客户": others at the top, no place won (5564)
        if lang == "zh" and term == "引领" and _led_by_noun(item, a):
            continue  # "党建引领", "创新引领发展": guided by it, no lead taken (decision 2105)
        if lang == "en" and folded.startswith(("'t", "’t"), b):
            continue  # "won't", "can't": a negated auxiliary, not "won" (decision 4088)
        if term == "ever" and _EN_DENIED_BEFORE.search(folded, max(s, a - 8), a):
            continue  # "Never ever snap at my team", "Don't ever yell": the denial's stress (7025)
        if lang == "en" and _EN_WHICH_ONES.search(folded, max(s, a - 48), a):
            continue  # "Keep the customers we win": which ones, no ambition (decision 5183)
        if _names_a_measure(item, a, b, term):
            continue  # "Improve win rate", "Cut first response time": no marker (decision 636)
        if term == "first" and _FIRST_COMPOUND.match(folded, b):
            continue  # "first-year retention", "first-time buyers": a kind of people (decision 1059)
        if term == "first" and _FIRST_STAGE_EN.match(folded, b):
            continue  # "the first phase of the migration": which stage of the work (4440)
        if term == "first" and _FIRST_GO.match(folded, b) and _EN_PASSED.search(folded, s, a):
            continue  # "Pass the FDA audit first time": how it is passed, no place won (6943)
        if term == "win" and _WIN_COMPOUND.match(folded, b):
            continue  # "a win-back campaign", "a win-loss review": a kind of work (4440)
        if term == "best" and lang == "en" and _best_self(item):
            continue  # "Be the best version of myself": no one outranked (4446)
        if term == "best" and _own_best_people(item, a, b):
            continue  # "Retain our best employees": which of our people, no rank won (4102)
        if term == "first" and _PUT_FIRST.search(folded, s, a) and not folded[b:e].strip(" .!"):
            continue  # "Put customers first": a priority, as "customer-first" is (4248)
        if term == "first" and _priority_first(folded, s, a):
            continue  # "a customer-first mindset", "mobile-first design": a priority (4101)
        if term == "first" and _SPEED_BEFORE.search(folded, max(s, a - 12), a):
            continue  # "Faster first responses": the time to the first one, a duration (2481)
        if term == "first" and _first_ordinal(folded, s, a, b):
            continue  # "… for the first pilot customer", "the first two stores": which ones (3060)
        if term == "own" and (folded[a - 1 : a] == "-" or _EN_OWNER_BEFORE.search(folded, s, a)):
            continue  # "pick-your-own revenue", "our own brand": the adjective, no verb (1463)
        if term == "land" and _EN_OWNER_BEFORE.search(folded, s, a):
            continue  # "more value out of their land": the noun, whose land, no deal won (4245)
        if term in ("own", "land") and _owned_work(folded, b, e):
            continue  # "Own the Q3 budget process", "Land the new ERP system": work (3528)
        if term == "go-to" and _HYPHEN_WORD.match(folded, b):
            continue  # "Go-to-market": a longer compound, the launch plan, no marker (2986)
        if term == "win" and _EN_WON_BACK.match(folded, a):
            continue  # "Win back lapsed donors": people who return, counted (decision 4227)
        if term == "win" and _own_funds_secured(item, _words(item), _en_start(_words(item))):
            continue  # "Win approval for the new budget": a permission, the team's work (4447)
        if term in ("win", "wins", "won") and _relative_win(folded, s, a, b, e):
            continue  # "Keep the members we win": which members, no win aimed at (5083)
        if term == "win" and _win_more(item, b):
            continue  # "Win more deals": a count made bigger, as "Close more deals" (3320)
        if lang == "en" and _ADOPTED_BEFORE.search(folded, max(s, a - 40), a):
            continue  # "Adopt industry-leading security standards": others' excellence (5809)
        if term == "leading" and _LEADING_MEASURE.match(folded, b):
            continue  # "the leading indicators dashboard": a kind of measure, no lead (5809)
        if term == "expand into" and not _EXPANSION_QUALIFIED.search(folded, b, e):
            continue  # "Expand into Canada": the move alone, as "拓展华东市场" (decision 3143)
        spans.append(((a, b), "superlative" if term in ("best", "最") else "word"))
    spans.extend(
        ((q.start, q.end), "rank")
        for q in item.facts.quantities_in(s, e)
        if q.kind == "rank"
        and not _NOT_A_RANK_AFTER.match(folded, q.end)
        and not (lang == "en" and _top_segment(item, q.start, q.end))
        and not _league_place(item, q.start)
        and not _ZH_FIRST_STAGE.match(folded, q.start - (folded[q.start - 1 : q.start] == "第"))
    )
    if lang == "zh":
        # "把中东市场从0做到稳定出单", "从无到有": the 0-to-1 idiom (decision 537)
        spans.extend(((m.start(), m.end()), "word") for m in _ZH_FROM_ZERO.finditer(folded, s, e))
        # "出版一本能进年度好书榜的书", "做出一款能登上总榜前十的游戏": making a list (2727)
        spans.extend(((m.start(), m.end()), "word") for m in _ZH_ONTO_A_LIST.finditer(folded, s, e))
        # "改变城西街坊的买菜习惯！", "改变全城的点餐方式": how people behave changed, as "Change
        # the way the city orders food" and 重塑 are (decision 4957)
        spans.extend(
            ((m.start(), m.end()), "word") for m in _ZH_HABIT_CHANGED.finditer(folded, s, e)
        )
        # "被评为国家级示范物流园区", "建成市级示范幼儿园": a model unit others follow, as the
        # listed 示范基地 and 示范社区 are (decisions 1855, 6849), whatever its trade
        spans.extend(((m.start(), m.end()), "word") for m in _ZH_MODEL_UNIT.finditer(folded, s, e))
        # "产品性能达到知名公司的标准", "服务比肩大厂的水平": the bar of renowned companies reached,
        # as 一流 / 顶尖 and "Match the standards of well-known companies" (decision 4958)
        spans.extend(((m.start(), m.end()), "word") for m in _ZH_PEER_BAR.finditer(folded, s, e))
        # "期末冲进年级前20%", "考进全省前5%": a band at the top of a ranking reached, a place as
        # "前50名" is, though its figure is a percentage (decision 6095)
        # (the core may end before the closing %)
        spans.extend(
            ((m.start(), min(m.end(), e)), "rank")
            for m in _ZH_TOP_BAND.finditer(folded, s, min(len(folded), e + 1))
        )
    if lang == "en":
        exceptions = word_set("objective_superlative_exceptions", "en")
        toks = _words(item)
        spans.extend((span, "word") for span in _excellence_reached(item, toks))
        # "Finally finish my memoir", "Grow most of our vegetables ourselves": a long-awaited
        # thing of one's own, or most of a need met by one's own hands (decision 4851)
        spans.extend(
            ((m.start(), m.end()), "word")
            for pattern in (_EN_FINALLY_OWN, _EN_SELF_RELIANT)
            for m in [pattern.search(folded, s, e)]
            if m is not None
        )
        for i, tok in enumerate(toks):
            w = tok.text.lower()
            if len(w) >= 5 and w.endswith("est") and w.isalpha() and w not in exceptions:
                if _segment_named(toks, i) and not _RECORD_AFTER.search(folded, tok.end, e):
                    continue  # "… to the largest enterprises": whom it is for (decision 1524)
                if _own_best_people(item, tok.start, tok.end):
                    continue  # "Retain our strongest account managers" (4102)
                if _segment_superlative(toks, i, i):
                    continue  # "Upsell our largest accounts": which of ours (4441)
                spans.append(((tok.start, tok.end), "superlative"))
            elif (
                w in ("most", "least")
                and i + 1 < len(toks)
                and toks[i + 1].text.lower() != "of"
                # "at least 400 members", "at most 2 incidents": a bound on a figure (3145)
                and not (i > 0 and toks[i - 1].text.lower() == "at")
                # "Focus on our most important accounts": which of ours (4441)
                and not _segment_superlative(toks, i, i + 1)
            ):
                spans.append(((tok.start, toks[i + 1].end), "superlative"))
    return sorted(spans)


# A verb of taking something up from elsewhere, or of working with or taking on others, right
# before the marker (an article or a word and a hyphen between them): "Adopt industry-leading
# security standards", "Implement best-in-class monitoring", "Partner with leading universities":
# the excellence is of what is adopted or of whom, not the team's own ambition (decision 5809).
# "Build a world-class team" keeps it.
_ADOPTED_BEFORE = re.compile(
    r"(?<![a-z])(?:adopt|implement|follow|apply|use|introduce|copy|deploy|install|license|buy|"
    r"purchase|procure|roll\sout|bring\sin|move\sto|switch\sto|migrate\sto|"
    # the others the team works with or takes on: "Partner with leading universities", "Hire
    # the best engineers" (hiring is work, PRINCIPLES)
    r"partner\swith|work\swith|team\sup\swith|collaborate\swith|source\sfrom|buy\sfrom|hire|"
    r"recruit)(?:s|ed|ing)?\s"
    r"(?:(?:the|an?|our|their|some)\s)?(?:[a-z]{2,15}-)?$"
)
# "leading indicator(s)", "leading metrics": a kind of measure (decision 415 for owners; 5809).
_LEADING_MEASURE = re.compile(r"\s(?:indicators?|metrics?|measures?|signals?)\b")


# Decision 4957: 改变 (or 转变) with the habits or the way of doing of people or a place after it.
_ZH_HABIT_CHANGED = re.compile(
    r"(?:彻底)?(?:改变|转变)[^，,。；;！!？?\s]{0,14}?(?:习惯|方式|观念|做法)"
)
# Decision 4958: a bar (标准, 水平, 水准) of renowned companies reached, matched or rivalled.
_ZH_PEER_BAR = re.compile(
    r"(?:达到|比肩|看齐|媲美|赶上|追平|对标)[^，,。；;！!？?]{0,6}?"
    r"(?:(?:知名|著名|头部|一线|国际)[\u4e00-\u9fff]{0,4}?"
    r"(?:公司|企业|品牌|厂商|厂家|大厂|电商|平台|机构|医院|学校|酒店|餐厅|门店|同行)|大厂|名企|名校)"
    r"的?[\u4e00-\u9fff]{0,4}?(?:标准|水平|水准)"
)


# A personal aspiration (decision 4851): "finally" before a verb and a thing of the writer's own
# ("Finally finish my memoir", "Finally learn to play my grandfather's violin"); most or all of
# something done by one's own hands, the objective closing on it ("Grow most of our summer
# vegetables myself", "Make all our own bread ourselves").
_EN_FINALLY_OWN = re.compile(r"(?<![a-z])finally\s[a-z]+\s(?:[a-z'’-]+\s){0,3}?my\b")
_EN_SELF_RELIANT = re.compile(
    r"\b(?:most|all|every\sone)\sof\s(?:my|our)\s(?:own\s)?(?:[a-z'’-]+\s){0,3}?[a-z'’-]+\s"
    r"(?:myself|ourselves|on\smy\sown|on\sour\sown|from\sscratch)\W*$"
)


# A state reached that is itself the ambition (decision 4100): excellence, 卓越's word
# (PRINCIPLES.md lists 卓越; lead 1778) — "Achieve operational excellence" keeps 3965's marker now
# that achieve is a flat verb — and product-market fit, the market pulling the product ("Achieve
# product-market fit", as a real labelled set reads it). Worked on rather than reached, they
# are read as before: "Drive operational excellence", the title "Engineering excellence",
# "Validate product-market fit", "Improve product-market fit for the mid-market" stay flat.
_REACH_EXCELLENCE = frozenset({"achieve", "attain", "reach"})
_STATE_REACHED = re.compile(r"\b(?:excellence|product[- ]market fit)\b")


def _excellence_reached(item: Item, toks: list[Token]) -> list[Span]:
    """Excellence or product-market fit in the object of an opening achieve/attain/reach (4100)."""
    i = _en_start(toks) if toks else 0
    if i >= len(toks) or _lemma(toks[i]) not in _REACH_EXCELLENCE:
        return []
    m = _STATE_REACHED.search(item.folded, toks[i].end, min(core(item)[1], toks[i].end + 48))
    return [] if m is None else [(m.start(), m.end())]


def _league_place(item: Item, at: int) -> bool:
    """The rank at `at` is a place in a published league table named in its clause ("Increase US
    News ranking to top 50", "软科排名进入全国前50"): the table's measure, not an aspiration
    (decision 4084)."""
    clause = item.facts.clause_at(at)
    if clause is None:
        return False
    if item.language == "en" and _en_league_place(item.folded, core(item)):
        return True  # "Climb to a top-20 ranking in U.S. News": the table after (4225)
    return any(
        clause[0] <= a and b <= clause[1] and _LEAGUE_TABLE.search(name)
        for a, b, name in item.facts.kpis
    )


_LEAGUE_TABLE = re.compile(r"rankings?$|排名$")


# What "win more" can win that is no count (decision 630: "Win more hearts" keeps its marker).
_WON_OVER = frozenset({"hearts", "minds", "friends", "admirers"})
_WON_MASS = frozenset({"business", "work", "trade", "custom", "revenue"})


def _win_more(item: Item, b: int) -> bool:
    """Whether "win" ending at `b` is followed by "more" or "fewer" and the plural of things
    counted, nothing else but a scope ("Win more deals", "Win more tenders in Scotland"): the
    sale verb of decision 630, no marker (decision 3320). "Win more hearts" keeps it."""
    toks = [t for t in _words(item) if t.start >= b]
    if len(toks) < 2 or toks[0].text.lower() not in ("more", "fewer"):
        return False
    if any(t.text.lower() in _WON_OVER for t in toks[1:4]):
        return False
    if len(toks) == 2 and toks[1].text.lower() in _WON_MASS:
        return True  # "Win more business", "Win more work": trade won, no end state
    rest = _words(item)
    j = next(i for i, t in enumerate(rest) if t.start == toks[1].start)
    return _counted_plural(rest[j:]) or _counted_before_scope(item, rest, j)


# After "expand into" and its place, what says how the move is to go: "… with a strong local
# team", "… as the first …", "… so that …", a second clause (decision 3143). Without it, "Expand
# into Canada" is the move alone, a flat statement of work as "Expand to Canada" already was.
_EXPANSION_QUALIFIED = re.compile(r"\b(?:with|as|so|where|that|while|and|until)\b|[,;:—]")


# A superlative after a preposition and a determiner, before a plural noun, names whom or what
# the work is for, no state to reach (decision 1524): "Communicate our roadmap to the largest
# enterprises", "Support renewals for our biggest accounts". "Become the largest …" and "Build
# the safest plant" keep their marker (no preposition before it, or a singular noun after it).
_SEGMENT_PREPOSITIONS = frozenset(
    {"to", "for", "with", "among", "at", "across", "from", "into", "within", "inside", "by"}
)
_SEGMENT_DETERMINERS = frozenset({"the", "our", "their", "its", "your"})


def _top_segment(item: Item, a: int, b: int) -> bool:
    """Whether the rank at [a, b) picks out a segment, as a superlative can (decision 1524):
    "Grow share of wallet with top 20 accounts", "Visit our top 50 customers each quarter" name
    whom the work is for — a preposition or a determiner before, a plural noun right after —
    not a rank to reach ("Be a top 3 agency", "Top 10 in the league"; metric22, decision 2107)."""
    toks = _words(item)
    before = [t for t in toks if t.end <= a]
    after = [t for t in toks if t.start >= b]
    if not before or not after:
        return False
    if before[-1].text.lower() == "top":
        before = before[:-1]  # the rank read is the figure after "top"
    if not before:
        return False
    w = after[0].text.lower()
    plural = len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w.isalpha()
    words_before = [t.text.lower() for t in before[-2:]]
    if words_before[-1] == "the":
        words_before = words_before[:-1]  # "for the top 20 accounts"; not "one of the top 3 firms"
        return plural and bool(words_before) and words_before[-1] in _TOP_FOR
    return plural and (words_before[-1] in _TOP_FOR or words_before[-1] in _TOP_WHOSE)


# Before "top N <plural>": whom the work is for, not a place among them ("among", "into", "of"
# the top 3 keep their rank).
_TOP_FOR = frozenset({"with", "for", "to", "across", "from", "at", "by", "within"})
_TOP_WHOSE = frozenset({"our", "their", "your", "its", "my"})


_SEGMENT_OWNERS = frozenset({"our", "their", "my", "your", "its", "the"})
_SEGMENT_SCOPE_AFTER = frozenset(
    {"in", "of", "on", "among", "across", "anywhere", "ever", "to", "that", "who", "for"}
)


def _segment_superlative(toks: list[Token], i: int, k: int) -> bool:
    """Whether the superlative at toks[i..k] ranks the team's own things by how much they matter
    (objective_segment_superlatives: "most important", "largest"), after a possessive or "the",
    a plural noun within three words and no scope after it: a segment, no place to reach
    ("Focus on our most important accounts"; decision 4441)."""
    if i < 1 or toks[i - 1].text.lower() not in _SEGMENT_OWNERS:
        return False
    if toks[k].text.lower() not in _single("objective_segment_superlatives", "en"):
        return False
    for j in range(k + 1, min(k + 4, len(toks))):
        w = toks[j].text.lower()
        if not w.replace("-", "").isalpha():
            return False
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "ous", "ess", "ics")):
            nxt = toks[j + 1].text.lower() if j + 1 < len(toks) else ""
            return nxt not in _SEGMENT_SCOPE_AFTER
    return False


# Verbs before 最 that name a place to reach, not work on a segment ("成为最受信赖的诊所").
_ZH_BECOME_VERBS = frozenset(
    {"成为", "做", "当", "打造", "建成", "办", "创", "争当", "争做", "建设", "做成", "变成", "办成"}
)


@cache
def _zh_segment_words() -> re.Pattern[str]:
    """The importance words of objective_segment_superlatives (zh), then 的."""
    terms = longest_first(words("objective_segment_superlatives", "zh"))
    return re.compile("(?:" + "|".join(map(re.escape, terms)) + ")的")


def _zh_segment_superlative(item: Item, a: int, b: int) -> bool:
    """Whether 最 at [a, b) + an importance word (objective_segment_superlatives) + 的 follows a
    verb of work right before it ("聚焦最重要的客户", "留住最有价值的会员"): a segment (4441)."""
    if _zh_segment_words().match(item.folded, b) is None:
        return False
    toks = _words(item)
    k = next((j for j, t in enumerate(toks) if t.end == a), -1)
    if k > 0 and toks[k].text in ("好", "住"):
        k -= 1  # "服务好最大的几家经销商", "守住最忠实的老客户": the verb's complement
    return k >= 0 and toks[k].pos.startswith("v") and toks[k].text not in _ZH_BECOME_VERBS


# A record's scope after a superlative: "with the fewest hotfixes in the studio's history", "with
# the lowest waste on record" — a record to set, no segment picked out (decision 6953).
_RECORD_AFTER = re.compile(
    r"\s(?:ever|in\s(?:(?:the|our|its|their|my|this)\s)?(?:[a-z'’-]+\s){0,3}?history|on\srecord"
    r"|of\sall\stime)(?![a-z])"
)


def _segment_named(toks: list[Token], i: int) -> bool:
    """Whether the superlative at toks[i] picks out a segment: "to the largest enterprises"."""
    if i < 2 or toks[i - 1].text.lower() not in _SEGMENT_DETERMINERS:
        return False
    if toks[i - 2].text.lower() not in _SEGMENT_PREPOSITIONS:
        return False
    for k in range(i + 1, min(i + 4, len(toks))):
        w = toks[k].text.lower()
        if not w.isalpha():
            return False
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "ous", "ess", "ics")):
            return True
    return False


# "first" glued by a hyphen to a period or a kind of people: "first-year students", "first-time
# buyers", "first-generation students", "first-line managers" name who, not a rank to reach.
# A possessive right before "own" makes it the adjective ("our own brand", "their own pace").
_EN_OWNER_BEFORE = re.compile(r"\b(?:my|our|your|their|his|her|its)[ -]$")
# "Own"/"Land" + a piece of work ("Own the Q3 budget process", "Own the migration to AWS", "Land
# the new ERP system"): taking charge of the work or getting it done, no market won (3528).
_OWNED_LEADS = frozenset({"the", "our", "a", "an", "this", "that"})
_OWNED_STOPS = frozenset(
    {"to", "for", "by", "in", "on", "with", "across", "before", "this", "next"}
)


def _owned_work(folded: str, b: int, e: int) -> bool:
    """Whether the words after "own"/"land" ending at `b` name a piece of work
    (kr_deliverables: process, migration, system, rollout …): one to four words, a determiner
    before them at most, ending the objective or before a preposition."""
    seen = folded[b:e].rstrip(" .!").split()
    if seen and seen[0] in _OWNED_LEADS:
        seen = seen[1:]
    stop = next((k for k, w in enumerate(seen) if w in _OWNED_STOPS), len(seen))
    named = seen[:stop]
    if not 1 <= len(named) <= 4:
        return False
    work = _single("kr_deliverables", "en")
    if named[-1] in _single("objective_possessions", "en"):
        return True  # "Own a second car": a possession, as "Have a new car" (4362, lead 5012)
    if named[-1] in _single("objective_owned_domains", "en"):
        return True  # "Own the supporter journey": a stretch of the work run (4445)
    return named[-1] in work or " ".join(named[-2:]) in work


# A speed comparative right before "first": "Faster first responses", "Quicker first replies on
# chat" ask for the time to the first one to fall (objective23b, decision 2481).
_SPEED_BEFORE = re.compile(r"\b(?:faster|quicker|sooner|speedier|shorter) $")
# "<noun>-first" names what comes first in a way of working ("a customer-first mindset", "a
# mobile-first design system", "a safety-first culture"): a priority, no place won (decision
# 4101). A scope of ranking before it keeps the rank: "an industry-first", "a world-first".
# "Put customers first", "Always put our patients first": whom the team ranks first, a priority,
# no place won (decision 4248, after 4101).
_PUT_FIRST = re.compile(r"\bput\s+(?:[a-z'-]+\s+){1,2}$")


def _put_first(toks: list[Token], i: int) -> bool:
    """Whether "put" + one or two words + "first" is the whole objective (decision 4248)."""
    i = _en_start(toks) if i == 0 and toks else i
    if i + 1 < len(toks) and toks[i].text.lower() in ("always", "consistently"):
        i += 1  # "Always put guests first"
    return (
        i < len(toks)
        and _lemma(toks[i]) == "put"
        and 3 <= len(toks) - i <= 4
        and toks[-1].text.lower() == "first"
    )


_PRIORITY_FIRST = re.compile(r"([a-z]{1,20})-$")
_RANK_SCOPES = frozenset(
    {"world", "industry", "market", "sector", "category", "country", "nation", "region", "city",
     "state", "continent", "europe", "uk", "us", "eu"}
)  # fmt: skip
_FIRST_COMPOUND = re.compile(
    r"-(?:year|time|generation|line|gen|semester|term|grade|shift|party|parties)\b"
)
# "first" before a stage of the work, a modifier at most between ("Complete the first phase of
# the migration", "Roll out the first batch of scanners", "the first design sprint"): which
# stage, as 第一阶段 is (_ZH_FIRST_STAGE), no place to win (decision 4440). "first-party data"
# (above) names a kind of data; "win-back", "win-loss" name a kind of work, not a win.
_FIRST_STAGE_EN = re.compile(
    r"(?: [a-z-]+)? (?:phase|stage|step|batch|wave|round|draft|milestone|iteration|sprint|"
    r"tranche|module|increment|release|cohort|leg"
    # a period counted from the start: "the first week", "their first month" (decision 5182)
    r"|day|week|weekend|month|hour|shift|night|term|semester)s?\b"
)
# A marker in a relative clause after "the <noun>" and its subject names which ones (5183).
_EN_WHICH_ONES = re.compile(
    r"(?<![a-z])the\s+(?:[a-z-]+\s+){1,3}(?:we|i|you|they)\s+(?:already\s+|just\s+|now\s+)?$"
)
_WIN_COMPOUND = re.compile(r"-(?:back|loss|win|rate)\b")
# "first" before the try it names, after a verb of passing a test: "Pass the PCI DSS assessment
# first time", "Get ISO 9001 certified first go": how it is passed, the certification's work
# (decisions 24, 594), not a place to win (decision 6943).
_FIRST_GO = re.compile(r"[ -](?:time|attempt|try|go|sitting|pass)\b(?!-)")
_EN_PASSED = re.compile(
    r"\b(?:pass|passes|passing|clear|clears|achieve|obtain|earn|gain|get|attain|secure|ace)\b"
)

# "first" that picks out the earliest ones, no rank to reach (decision 3060): a count right after
# it ("Open the first two stores in Lyon", "Set up payroll for our first 20 employees"), or a
# preposition and a determiner right before it, as before a superlative that names whom the work
# is for (decision 1524): "… for the first pilot customer", "… on the first editorial sprint
# pages". "Be the first bank in Kenya to …", "Ship the first AI-native CRM", "Be among the first
# 10 labs certified", "one of the first 3 breweries" keep their marker.
_FIRST_COUNT_AFTER = re.compile(
    r" (?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|dozen|few|couple)\b"
)
_FIRST_PLACED_BEFORE = re.compile(
    r"\b(?:to|for|with|at|across|from|into|within|inside|by|on|in) (?:the|our|their|its|your) $"
)
_FIRST_AMONG_BEFORE = re.compile(r"\b(?:among|one of|some of) (?:the|our|their) $")


_OWN_BEFORE = re.compile(r"\b(?:our|their|my|your|its) $")


def _own_best_people(item: Item, a: int, b: int) -> bool:
    """ "best" or a superlative at [a, b) after a possessive, people within three words after it
    ("our best employees", "our strongest account managers"): a segment of one's own people, as
    "the largest enterprises" (decision 1524; 4102)."""
    if not _OWN_BEFORE.search(item.folded, max(0, a - 8), a):
        return False
    people = _single("objective_people", "en")
    after = re.match(r"((?: [a-z-]+){1,3})", item.folded[b : b + 40])
    return after is not None and any(
        w in people or w[:-1] in people for w in after.group(1).split()
    )


def _priority_first(folded: str, s: int, a: int) -> bool:
    """Whether "first" at `a` closes a "<noun>-first" compound naming a priority (4101)."""
    m = _PRIORITY_FIRST.search(folded, max(s, a - 20), a)
    return m is not None and m.group(1) not in _RANK_SCOPES


def _first_ordinal(folded: str, s: int, a: int, b: int) -> bool:
    """Whether "first" at [a, b) counts the earliest ones rather than a place to win (3060)."""
    if _FIRST_AMONG_BEFORE.search(folded, max(s, a - 16), a):
        return False
    return bool(
        _FIRST_COUNT_AFTER.match(folded, b)
        or _FIRST_PLACED_BEFORE.search(folded, max(s, a - 16), a)
    )


def _names_a_measure(item: Item, a: int, b: int, term: str) -> bool:
    """Whether the marker at [a, b) is part of a measure's name: inside a longer one ("win
    rate", "first-pass yield") or, for "first", right before one ("first response time")."""
    for x, y, _ in item.facts.kpis:
        if x <= a and b <= y and y - x > b - a:
            return True
        if term == "first" and x == b + 1 and item.folded[b] in " -":
            return True
    # "Reduce time to first response", "Days to first offer": "first" inside the name of a
    # duration until something happens (decision 1602)
    return term == "first" and _TIME_TO.search(item.folded, max(0, a - 16), a) is not None


_TIME_TO = re.compile(r"\b(?:time|times|days|hours|weeks|minutes|months) to $")


# -- end states ---------------------------------------------------------------------------------


def end_state(item: Item) -> Span | None:
    """Where the objective states an end state (an end-state verb, the people served doing
    or feeling something, a vivid picture), or None."""
    key = "objective_end_state"
    if key in item.facts.memo:
        return item.facts.memo[key]  # type: ignore[return-value]
    if _bare_feeling(item) or _best_self(item):
        # "家长满意", "Parents are happy": "Happy parents" (decision 2267); "Be the best
        # version of myself": the writer against the writer (4446)
        found = None
    elif (
        generic_good_served(item)
        or (item.language == "en" and _put_first(_words(item), 0))
        or (item.language == "zh" and _zh_stock_role(item))
    ):
        # "Help managers make better decisions", "给客户更好的体验" (lead 5011, 4240); "Put
        # customers first": a priority (4248); "成为客户值得信赖的合作伙伴" (4360)
        found = None
    elif item.language == "zh" and _zh_own_rollout(item):
        found = None  # "6月底前所有网点换上新叫号机": the team's rollout (decision 6323)
    else:
        found = _end_state_en(item) if item.language == "en" else _end_state_zh(item)
    item.facts.memo[key] = found
    return found


# The team's own sites or staff, all of them, taking up a new thing (decision 6323; lead ruling,
# the Chinese of 5382): "3月底前全区门店用上新收银系统", "所有仓库装上新的扫码枪", "每个车间都换上新工装".
# It is a rollout, a flat statement of work; the people served getting a thing ("让每位老人吃上
# 热乎饭") are not the team's units.
_ZH_OWN_ROLLOUT = re.compile(
    r"(?:全区|全市|全省|全国|全公司|全部|所有|各|每个|每家|每一个|每一家|全)(?P<unit>[\u4e00-\u9fff]{1,6}?)"
    r"(?:都|全部|全都|均)?(?:用上|装上|换上|用起|配上|接入|上线|切换到|换成|启用)了?"
    r"新(?:的|一代|版的?)?[\u4e00-\u9fffA-Za-z0-9]{1,10}[。！!]?"
)


def _zh_own_rollout(item: Item) -> bool:
    """Whether the Chinese objective is all of the team's own sites or staff taking up a new
    thing (decision 6323): the unit is one of rules/data/zh/objective_whole_units."""
    s, e = core(item)
    m = _ZH_OWN_ROLLOUT.fullmatch(item.folded, s, e)
    if m is None:
        return False
    unit = m.group("unit")
    return any(unit.endswith(u) for u in words("objective_whole_units", "zh"))


def served(item: Item) -> Span | None:
    """Where the people served are said to do or feel something (part of `end_state`)."""
    key = "objective_served"
    if key in item.facts.memo:
        return item.facts.memo[key]  # type: ignore[return-value]
    found = _served_en(item) if item.language == "en" else _served_zh(item)
    item.facts.memo[key] = found
    return found


# One's own time won back: "Get my weekends back from editing", "Take back our evenings", "Win my
# Sundays back" — the writer's life as they want it, an end state seen from them (decision 6959;
# PRINCIPLES.md: a vivid end state). Not a thing or a measure brought back ("Get my sleep back on
# track": decision 1315; "Get revenue back to 2019 levels": a KPI).
_EN_OWN_TIME = (
    r"(?:my|our)\s(?:(?:free|spare|family|own)\s)?(?:weekends?|evenings?|nights?|mornings?|sundays?|"
    r"saturdays?|holidays?|summers?|lunch\sbreaks?|life|lives|time)"
)
_EN_OWN_TIME_BACK = re.compile(
    rf"(?:(?:get|take|win|claw)\s(?:back\s{_EN_OWN_TIME}|{_EN_OWN_TIME}\sback)"
    rf"|reclaim\s{_EN_OWN_TIME}(?:\sback)?)(?:\s(?:from|off)\s[a-z' -]{{1,40}})?\W*$"
)


def _end_state_en(item: Item) -> Span | None:
    toks = _words(item)
    if not toks:
        return None
    i = _en_start(toks)
    delivered = _delivered_to_counted(item, toks, i)
    if delivered is not None:
        return delivered  # "Deliver clean water to 3,000 households" (4107)
    m = _self_faculty_en().match(item.folded, toks[i].start, toks[-1].end)
    if m is not None:
        return m.start(), toks[-1].end  # "Have a body that can run a marathon" (lead 5012, 4241)
    m = _EN_OWN_TIME_BACK.match(item.folded, toks[i].start, toks[-1].end)
    if m is not None:
        return m.start(), toks[-1].end  # "Get my weekends back from editing" (decision 6959)
    # (the season may be read off as the objective's timeframe: the text runs to its end)
    m = (
        _EN_EACH_KEPT.match(item.folded, toks[i].start)
        or _EN_KEPT_IN_EACH.match(item.folded, toks[i].start)
        or _EN_NEVER_AGAIN.match(item.folded, toks[i].start, toks[-1].end)
    )
    if m is not None and m.group(1) not in _single("objective_generic_adjectives", "en"):
        # "Keep every turbine spinning through the storm season", "Installs that never need a
        # second visit": the standard each one meets through a hard time, or for good (4244)
        return m.start(), toks[-1].end
    if (
        i < len(toks)
        and _lemma(toks[i]) in _single("objective_end_state_verbs", "en")
        and not _made_better(item, toks, i)
        and not _comparative_next(toks, i)
        and not _bare_quality(toks, i)
        and not _generic_person(toks, i)
        and not _stock_role(toks, i)  # "Be a reliable partner" (decision 4360)
        and not _team_ready(item, toks, i)
        and not _skill_level(item, toks, i)  # "Become proficient in SQL" (decision 5203)
        # "Make progress on the roadmap", "Make headway on hiring": a light verb with a noun
        # of work, listed as a flat phrase, makes no end state (decision 3147)
        and _en_match(toks, i, "objective_flat_verbs") < 2
        # "Become ISO certified": a certification's state, work to do (decision 3151)
        and not (_lemma(toks[i]) in _BE_FORMS and _certification_obtained(toks, i))
        and not _put_first(toks, i)  # "Put customers first": a priority (4248)
        # "Give every engineer access to the staging data": own people supplied (5389)
        and not _staff_rollout_said(item, toks)
        # "Put a proper on-call rotation in place": the idiom of setting up, work (2109)
        and not (
            _lemma(toks[i]) == "put"
            and len(toks) - i >= 4
            and [t.text.lower() for t in toks[-2:]] in (["in", "place"], ["into", "place"])
        )
    ):
        return toks[i].start, toks[i].end
    ahead = _EN_AHEAD_NOT_CHASING.match(item.folded, toks[i].start)
    if ahead is not None:
        # "Stay ahead of stockouts instead of reacting to them": the team out in front of the
        # trouble, against the way it works now, an end state, not a flat verb (decision 5802)
        return ahead.start(), toks[-1].end
    sturdy = _EN_NO_ONE_BREAKS.search(item.folded, toks[i].end, toks[-1].end)
    if sturdy is not None and i + 1 < len(toks) and toks[i + 1].end <= sturdy.start():
        # "Build a roster no single sick day can break", "Grow a charity that doesn't live or
        # die by one donor": the thing built stands whatever one part of its world does, a
        # state its people can count on, after any verb of work (decision 5801)
        return sturdy.start(), toks[-1].end
    for k in range(i + 1, len(toks) - 2):
        if toks[k].text.lower() in ("that", "which") and _lemma(toks[k + 1]) in _PERCEIVED:
            return toks[k].start, toks[-1].end  # "Checkout that feels instant on any phone"
        if toks[k].text.lower() in ("that", "which") and _makes_someone_act(toks, k + 1):
            return toks[k].start, toks[-1].end  # "A demo that makes the publisher say yes"
        if _people_who_long_for(toks, k):
            # "Launch Hollow Lanterns to a crowd that already loves it", "Build a youth group
            # teens actually want to come to": the people served and what they feel for it,
            # even after a verb of work (decision 1984)
            return toks[k].start, toks[-1].end
    if toks[i].text.lower() in ("every", "each") and _EVERY_TIME_END.search(item.plain):
        # "Every prescription right, every time": a standard kept without exception (446)
        return toks[i].start, toks[-1].end
    clean = EN_CLEAN_VERDICT.match(item.folded, toks[i].start)
    if clean is not None:
        # "Clear the spring inspection with nothing to fix": a clean verdict, a standard met
        # without exception (decision 6324, after 446)
        return clean.start(), toks[-1].end
    every = _every_at_a_moment(item, toks, i)
    if every is not None:
        # "Every locker stocked before the first whistle", "Have every gritter out on an icy
        # morning": each one's standard at the moment or in the hard case it is needed
        # (decision 6320, after 446, 526, 4244)
        return every
    purpose = _EN_SO_THEY_CAN.search(item.folded, toks[i].end, toks[-1].end)
    if purpose is not None and _purpose_for_them(item, purpose):
        # "Grow regular giving so the hospice can plan a year ahead": what the ones served can
        # do once it is reached, after any verb (decision 6321; lead ruling)
        return purpose.start(), toks[-1].end
    if (
        toks[i].text.lower() in ("every", "each")
        and i + 2 < len(toks)
        and toks[i + 1].text.isalpha()
        and not _plural_subject(toks[i + 1])
        and _third_person(toks[i + 2])
        and en_verb_class(toks[i + 2].text) not in _WORK_CLASSES | {"change"}
        and not _staff_rollout(item, toks, i, i + 1)  # "Every manager signs …" (5382)
    ):
        # "Every miner goes home the way they came in", "Each cub leaves fit for the wild":
        # what happens to each one, said with its own verb, whoever it is (decision 1605)
        return toks[i].start, toks[i + 2].end
    if (
        toks[i].text.lower() in ("every", "each")
        and i + 3 < len(toks)
        and toks[i + 1].text.isalpha()
        and toks[i + 1].text.islower()
        and toks[i + 2].text.isalpha()
        and not _plural_subject(toks[i + 1])
        and not _plural_subject(toks[i + 2])
        and _third_person(toks[i + 3])
        and en_verb_class(toks[i + 3].text) not in _WORK_CLASSES | {"change"}
        and not _staff_rollout(item, toks, i, i + 2)  # "Every store manager signs …" (5382)
    ):
        # "Every lab laptop boots before the first lesson starts", "Each night nurse goes home on
        # time": the same with a noun of two words as the subject (decision 4509)
        return toks[i].start, toks[i + 3].end
    # "Read an hour a day and become someone with ideas of my own": after a habit, the person
    # one becomes, as "养成阅读习惯，做一个有输出的人" (decision 3964)
    m = _EN_BECOME_SOMEONE.search(item.plain)
    if m is not None:
        return m.start(1), toks[-1].end
    return served(item)


# Out in front of a trouble instead of running after it: "Stay ahead of payroll errors rather
# than cleaning them up", "Get one step ahead of bed shortages instead of scrambling every winter"
# (decision 5802). The contrast with the way it works now is needed: "Stay ahead of the
# backlog" alone is not matched.
_EN_AHEAD_NOT_CHASING = re.compile(
    r"(?:stay|get|keep|be|remain|move)\s(?:(?:one|a|two)\s(?:step|move|beat|jump)s?\s)?ahead\sof\s"
    r"(?:[a-z'’-]{1,20}\s){1,5}?(?:instead\sof|rather\sthan|not|and\sstop|and\sno\slonger)\s"
    r"(?:just\s|always\s|constantly\s)?[a-z]{2,20}ing\b"
)


# What the thing built withstands: no single one of something can break it, or it does not hang
# on one or two of them ("… no single client can sink", "… that doesn't depend on two agencies",
# "… that never relies on one supplier"): a resilient end state (decision 5801).
_EN_NO_ONE_BREAKS = re.compile(
    r"(?<![a-z])(?:(?:that|which)\s)?(?:no\s(?:single|one)\s(?:[a-z'’-]{1,20}\s){1,3}?"
    r"(?:can|could|will|would)\s(?:ever\s)?[a-z]{2,20}"
    r"|(?:does(?:n['’]t|\snot)|do(?:n['’]t|\snot)|never|won['’]t|will\snot|can(?:['’]t|not))\s"
    r"(?:[a-z]{2,12}\s)?(?:lives?\sor\sdies?|depends?|rel(?:y|ies)|hinges?|hangs?|leans?)\s(?:on|by|upon)\s"
    r"(?:one|a\ssingle|any\s(?:one|single)|two|three|a\sfew|a\shandful\sof"
    # ... or on the writer who holds it up now: "A community that doesn't depend on me" (6708)
    r"|me|us|its\sfounders?|the\sfounders?|its\screator)\b)"
)


# Deliver/provide + a good + to a count of the places or people served: the good brought is the
# end state and the count the key result's, as "Bring safe drinking water to 40 more villages"
# (decision 3963; 4107). "Provide training to 200 managers" names nobody served.
_EN_DELIVERED_TO = re.compile(
    r"(?:deliver|provide)\s+(?![\d$])[a-z][a-z' -]*?\s+to\s+(?:over |more than |another )?"
    r"\d[\d,]*\s+(?:more |new |additional )?([a-z-]+)(?:\s+([a-z-]+))?"
)


def _delivered_to_counted(item: Item, toks: list[Token], i: int) -> Span | None:
    """Where a good is delivered to a count of the places or people served (4107), or None."""
    if i >= len(toks) or _lemma(toks[i]) not in ("deliver", "provide"):
        return None
    m = _EN_DELIVERED_TO.match(item.folded, toks[i].start, toks[-1].end)
    reached = _single("objective_places_reached", "en")
    if m is None or not any(g in reached for g in m.groups() if g):
        return None
    return m.start(), m.end()


# People served given a generic better or what they need, with no end state of their own
# (lead 5011, decision 4240): "Help managers make better decisions", "Give customers a better
# experience", "Ensure patients get the care they need", "帮助管理者做出更好的决策", "给客户更好的体验".
_EN_GIVING = frozenset({"help", "give", "enable", "empower", "ensure", "provide", "let", "equip"})
_EN_GIVEN_LEADS = frozenset({"our", "the", "their", "all", "every", "each", "your", "my"})
_EN_GENERIC_GOOD = re.compile(
    # "easier" closing the objective is "more easily" (decision 5185)
    r"\b(?:better|smarter|more (?:efficiently|effectively|easily|value|out of)|easier(?=\W*$)|"
    r"(?:the [a-z-]+(?: [a-z-]+)?|what|everything|all) (?:they|he|she|you) (?:need|needs|expect|"
    r"deserve|require))\b"
    # a generic success or a generic "more" closing the objective: "Help students succeed", "Help
    # our clients grow", "Help sales close more deals", "Help members save more" (decision 5387)
    r"|\b(?:succeed|thrive|flourish|prosper|grow|do more|achieve more|be (?:more )?successful|"
    r"reach (?:their|his|her|its) (?:full )?potential|achieve (?:their|his|her) goals|"
    r"(?:[a-z]+ )?more(?: [a-z-]+s)?)\W*$"
)
_ZH_GENERIC_GOOD = re.compile(
    r"(?:帮助?|让|使|给|为|确保|保证|保障)[^，,。；;！!]{1,14}?"
    r"(?:更(?:好|明智|高效|优质|优|顺畅|便捷)(?:的|地)?[\u4e00-\u9fff]{0,6}|更多(?:的)?价值|"
    r"(?:所需|需要)的[\u4e00-\u9fff]{1,6})[。！!]?"
)


# The hour or the day the people are served in, before what they do: "在早高峰", "周一上午",
# "在深夜", "雨天" (decision 5306).
_ZH_HOUR_PAINTED = re.compile(
    r"(?:在|于)?(?:每个?)?(?:早高峰|晚高峰|高峰期|(?:周[一二三四五六日末]|节假日|假期|雨天|雪天)"
    r"(?:的?(?:上午|下午|早上|晚上|夜里))?|深夜|夜里|夜间|半夜|凌晨|清晨)"
)


# A unit of the team helped to run smoother, and no more (decision 5689): "Help the front desk
# run more smoothly", "Help the kitchen run smoother on weekends", "Help our depot work more
# efficiently". Running smoother is the generic improvement of PRINCIPLES "Not inspiring", as
# "a better experience" is; a picture of the people it serves or a figure keeps the reading
# ("Help the front desk check every patient in within five minutes").
_EN_RUNS_SMOOTHER = re.compile(
    r"\W{0,10}(?:help|let|enable|get)\s+(?:the\s+|our\s+|my\s+)?(?:[a-z&'’-]+\s+){1,3}?"
    r"(?:run|runs|work|works|operate|operates|flow|flows|go|goes)\s+"
    r"(?:(?:a\s+(?:bit|little|lot)|much|far)\s+)?"
    r"(?:more\s+smoothly|smoother|more\s+efficiently|more\s+effectively|better|more\s+easily)"
    r"(?:\s+(?:on|at|in|during|over|across|for)\s+(?:[a-z0-9'’-]+\s+){0,2}[a-z0-9'’-]+)?\W*"
)

# The people helped, and nothing said of what for (decision 5986): "Help the sales team", "Help our
# customers", "Help new parents" — as "Support our teachers" is flat, "help" alone gives them only
# a generic good. What they do or get after them keeps the end state ("Help the sales team close
# deals faster", "Help small farmers sell straight to restaurants").
_EN_HELPED_ONLY = re.compile(
    r"\W{0,10}help\s+(?:(?:the|our|my|all|all\s+our|every|each)\s+)?(?!more\s|fewer\s)"
    r"(?:[a-z&'’-]+\s+){0,2}?"
    r"(?P<who>[a-z'’-]+)\W{0,3}"
)
_EN_HELPED_UNITS = frozenset({"team", "teams", "staff", "department", "colleagues", "crew"})


def _helped_only(text: str) -> bool:
    m = _EN_HELPED_ONLY.fullmatch(text.strip())
    if m is None:
        return False
    who = m.group("who")
    return who in _EN_HELPED_UNITS or who in _single("objective_people", "en")


def generic_good_served(item: Item) -> bool:
    """Whether the objective gives the people served only a generic better or what they need,
    with no picture of it (lead 5011, decision 4240): "Help managers make better decisions",
    "Give customers a better experience", "Give employees the tools they need", "帮助管理者做出
    更好的决策". A figure or a concrete end state keeps its reading ("Help every family find a
    doctor they trust", "让每位老人吃上热乎饭")."""
    key = "objective_generic_good"
    if key in item.facts.memo:
        return item.facts.memo[key]  # type: ignore[return-value]
    s, e = core(item)
    folded = item.folded
    found = False
    if not any(c.isdigit() for c in folded[s:e]):
        if item.language == "zh":
            m = _ZH_GENERIC_GOOD.fullmatch(folded, s, e)
            # "让乘客晚高峰换乘更轻松": the hour the people are served in paints the case, as
            # "Help riders get home easier after midnight" does (decision 5306)
            found = m is not None and _ZH_HOUR_PAINTED.search(folded, s, e) is None
        else:
            toks = _words(item)
            i = _en_start(toks) if toks else 0
            made_sure = [t.text.lower() for t in toks[i : i + 2]] == ["make", "sure"]
            if i < len(toks) and (_lemma(toks[i]) in _EN_GIVING or made_sure):
                j = i + (2 if made_sure else 1)
                while j < len(toks) and toks[j].text.lower() in _EN_GIVEN_LEADS:
                    j += 1
                people = _PEOPLE_NOUNS | _single("objective_people", "en")
                # the people served, a word of their kind before them at most ("wholesale buyers")
                who = next(
                    (
                        t
                        for t in toks[j : j + 2]
                        if _plural_form(t) or _forms(t)[0] in people or _forms(t)[1] in people
                    ),
                    None,
                )
                found = who is not None and _EN_GENERIC_GOOD.search(folded, who.end, e) is not None
            found = found or _made_better_for_all(item, toks, i)
            found = found or _EN_RUNS_SMOOTHER.fullmatch(folded, s, e) is not None
            found = found or _helped_only(folded[s:e])
    item.facts.memo[key] = found
    return found


# A thing of the team's made better for all the people served (decision 5182): "Make onboarding
# better for every customer", "Make support better for all our members" — the generic better of
# 4240 given to everyone (2367). Not a life or the world made better (a mission's picture).
_EN_BETTER_FOR_ALL = re.compile(
    r"make\s+(?!(?:life|lives|the\s+world|things)\b)(?:[a-z0-9'’-]+\s+){1,5}?better\s+for\s+"
    r"(?:every|each|all(?:\s+of)?(?:\s+(?:our|my|the))?|our)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<who>[a-z-]+)\W*"
)


def _made_better_for_all(item: Item, toks: list[Token], i: int) -> bool:
    """Whether the objective is "make <a thing> better for every/all <people>" and no more."""
    if i >= len(toks):
        return False
    m = _EN_BETTER_FOR_ALL.fullmatch(item.folded, toks[i].start, core(item)[1])
    if m is None:
        return False
    who = next((t for t in toks if t.start == m.start("who")), None)
    people = _PEOPLE_NOUNS | _single("objective_people", "en")
    return who is not None and (
        _plural_form(who) or _forms(who)[0] in people or _forms(who)[1] in people
    )


# What the writer can do then, with a body or power of their own (lead 5012, decision 4241):
# "Have a body that can run a marathon", "Have the stamina to dance all night"; a possession
# ("Have a new car") stays 128's having a thing.
@cache
def _self_faculty_en() -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in words("objective_self_faculties", "en"))
    return re.compile(
        r"(?:have|build|get)\s+(?:(?:a|an|the|my)\s+)?(?:[a-z-]+\s+){0,2}?(?:" + names + r")\s+"
        r"(?:(?:that|which)\s+(?:can|could|will|lets?\s+me|allows?\s+me\s+to)|"
        r"(?:[a-z]+\s+)?enough\s+to|to)\s+[a-z]"
    )


@cache
def _self_faculty_zh() -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in words("objective_self_faculties", "zh"))
    return re.compile(
        r"(?:拥有|练出|练就|有)(?:一(?:个|双|副|身|具))?[^，,。；;]{0,3}?(?:能|能够|可以)"
        r"[^，,。；;]{2,16}的(?:" + names + r")[。！!]?"
    )


# "Keep every turbine spinning through the winter storm season": each one kept going through a
# hard time; "Installs that never need a second visit": done once for good (decision 4244,
# after 526 and 1168).
_EN_EACH_KEPT = re.compile(
    r"keep\s+(?:every|each)\s+(?:[a-z-]+\s+){1,2}?"
    r"((?:on|in)\s+(?:the\s+)?[a-z]+|[a-z]+(?:\s+(?:on|in)\s+(?:the\s+)?[a-z]+)?)"
    r"\s+(?:through|during|all)\b[^,;]{2,60}"
)
# The same standard with the thing kept first and each place after it (decision 4364, after
# 4244): "Keep the lights on in every home through the hurricane season", "Keep the heating
# running in every classroom all winter". Without "every/each" place and a hard time after
# it, "Keep the lights on" stays the routine it is (decision 19).
_EN_KEPT_IN_EACH = re.compile(
    r"keep\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){1,2}?([a-z]+)\s+(?:in|at|on|for|across)\s+"
    r"(?:every|each)\s+(?:[a-z-]+\s+){1,2}?(?:through|during|all)\b[^,;]{2,60}"
)
_EN_NEVER_AGAIN = re.compile(
    r"[a-z-]+s\s+(?:that|which)\s+never\s+(need|needs|require|requires)\s+(?:a|an)\s+"
    r"(?:second|another|repeat|return|follow-up)?\s*[a-z-]+"
)


_EN_BECOME_SOMEONE = re.compile(
    r"(?:,|\band)\s+(become\s+(?:someone|somebody|a person|the (?:kind|sort) of person)"
    r"\s+(?:who|with|that)\b)",
    re.I,
)
# The moment or the hard case each one's standard is kept at, closing the objective (decision
# 6320): a time of day it is needed by, each day or night again, a hard day or weather, "even"
# then, "when" it is called for, or without the scramble it takes now.
_EVERY_MOMENT_END = re.compile(
    r"(?:\bbefore\s(?:the\s)?(?:first\s|morning\s|school\s)?(?:bell|whistle|breakfast|lunch|dawn|"
    r"sunrise|opening|doors\sopen|lesson|class|assembly|rush|kick-off|curtain)"
    r"|\bbefore\s\d{1,2}(?::\d\d)?\s?(?:am|pm)"
    r"|\bevery\s(?:single\s)?(?:day|night|morning|evening|shift|weekend|match\sday)"
    r"|\bon\s(?:a|an|the|any|every)\s(?:[a-z-]{2,20}\s){0,2}(?:morning|night|day|evening|shift|weekend)s?"
    r"|\beven\s(?:in|on|when|at|during|through|after)\s[^,;]{2,40}"
    r"|\bwhen\s(?:the|it|a|an|we|they|our)\s[^,;]{2,40}"
    r"|\bin\s(?:all|any)\sweathers?"
    r"|\bwithout\s(?:a\s|any\s)?(?:last-minute\s|late\s|frantic\s)[a-z-]{3,20})\W{0,3}"
    # (an owner's or a date's bracket may close the line)
    r"(?:[(（][^()（）]{0,40}[)）]\W{0,3})?\s{0,60}$",
    re.I,
)
# A causative verb before "every"/"each" (decision 6320): "Have every bus leave …", "Get every
# van out …", "See every child …".
_EN_EVERY_CAUSATIVE = frozenset({"have", "get", "see"})


def _every_at_a_moment(item: Item, toks: list[Token], i: int) -> Span | None:
    """ "Every/each" + the thing or person (a causative verb may come first), its standard, then
    the moment or hard case it is kept at (`_EVERY_MOMENT_END`): an end state (decision 6320).
    "Keep every X …" is 4244's; the team's own staff doing a piece of work is a rollout (5382)."""
    j = i + 1 if i + 1 < len(toks) and _lemma(toks[i]) in _EN_EVERY_CAUSATIVE else i
    if j + 2 >= len(toks) or toks[j].text.lower() not in ("every", "each"):
        return None
    if _EVERY_MOMENT_END.search(item.folded, toks[j + 1].end) is None:
        return None
    if _staff_rollout(item, toks, j, j + 1) or _staff_rollout(item, toks, j, j + 2):
        return None
    if any(
        en_verb_class(t.text) in _WORK_CLASSES and not t.text.lower().endswith("ed")
        for t in toks[j + 1 : j + 4]
    ):
        # "Every manager completes the course before the rush"; a state done to each one is
        # not its own work ("Every ward fully staffed …")
        return None
    return toks[i].start, toks[-1].end


# A purpose clause: "so (that)", the ones it is for, then what they can do (decision 6321).
_EN_SO_THEY_CAN = re.compile(
    r"(?<![a-z])so\s(?:that\s)?(?:(?:the|our|every|each|all|local|more|their|my)\s)?"
    r"(?P<who>(?:[a-z'’-]{2,20}\s){0,2}?[a-z'’-]{2,20})\s"
    r"(?:can|could|will|would|never|always|no\slonger|don['’]t|won['’]t|finally)\s"
    r"(?:(?:ever|always|finally|actually|still|at\slast)\s)?(?P<act>[a-z]{2,20})\b"
)
_EN_NOT_SERVED = frozenset({"we", "us", "it", "this", "that", "there", "they", "team", "teams"})


def _purpose_for_them(item: Item, m: re.Match[str]) -> bool:
    """Whether the purpose clause's subject is the ones served (not the team, not a measure)
    and its verb is no verb of work or of a measure's move (decision 6321)."""
    who = m.group("who").split()
    if who[-1] in _EN_NOT_SERVED or any(a <= m.start("who") < b for a, b, _ in item.facts.kpis):
        return False
    act = m.group("act")
    return act not in _single("objective_kpi_verbs", "en") and act not in _EN_NOT_SERVED


_EVERY_TIME_END = re.compile(
    r"\b(?:every (?:single )?time|without (?:an )?exception)\W*$"
    # "Every turbine ready whenever the wind blows", "Every injured skier reached fast": the
    # standard each one meets when it is needed (decision 526)
    r"|\b(?:whenever|the moment|as soon as)\s[^,;]{1,60}$|\b(?:fast|quickly|promptly|in time)\W*$",
    re.I,
)
# What people feel for a thing they are given (decision 1984): "a crowd that already loves
# it", "readers who are waiting for it", "parents who keep asking for it".
_LONGED_FOR = frozenset({"love", "adore", "want", "crave", "await", "wait", "ask", "beg"})
_LONG_ADVERBS = frozenset(
    {"already", "still", "truly", "really", "genuinely", "actually", "keep", "keeps"}
)
_PEOPLE_NOUNS = frozenset(
    {
        "crowd", "fans", "fan", "players", "readers", "customers", "people", "audience",
        "community", "users", "members", "families", "parents", "patients", "students",
        "listeners", "viewers", "guests", "neighbours", "neighbors", "buyers", "subscribers",
        "backers", "followers", "kids", "children", "town", "city", "teens", "shoppers",
    }
)  # fmt: skip
# Words before people that make them the object of the verb, not people after a thing.
_NOT_A_THING_BEFORE = frozenset(
    {"the", "a", "an", "our", "my", "all", "every", "each", "to", "for", "with", "help", "let",
     "make", "get", "more", "new", "and", "or", "of", "that", "who", "which"}
)  # fmt: skip


def _people_who_long_for(toks: list[Token], k: int) -> bool:
    """toks[k] is "that"/"who" after people ("crowd", "players", "readers") and opens what they
    feel for the thing: love, want, wait for, ask for — the people served, seen wanting it."""
    if k == 0:
        return False
    word = toks[k].text.lower()
    # the people an objective may serve, listed as data, count too ("the kitchen every young
    # chef wants to train in": decision 3321)
    people = _PEOPLE_NOUNS | _single("objective_people", "en")
    if word in people and toks[k - 1].text.lower() not in _NOT_A_THING_BEFORE:
        j = k + 1  # "a product customers love", "a youth group teens actually want to come to"
    elif word in ("that", "who") and toks[k - 1].text.lower() in people:
        j = k + 1
    else:
        return False
    while j < len(toks) and toks[j].text.lower() in _LONG_ADVERBS | {"are", "is", "have", "has"}:
        j += 1
    word = toks[j].text.lower().replace("’", "'") if j < len(toks) else ""
    if word in ("can't", "cannot") or (
        word == "can" and j + 1 < len(toks) and toks[j + 1].text.lower() == "not"
    ):
        # "a crowd that can't wait to play it": longing said as what they cannot do (2712)
        j += 2 if word == "can" else 1
        return j < len(toks) and toks[j].text.lower() == "wait"
    return j < len(toks) and _lemma(toks[j]) in _LONGED_FOR


# Verbs of how a thing comes across to the people who use it (decision 107).
_PERCEIVED = frozenset({"feel", "look", "sound"})


def _makes_someone_act(toks: list[Token], j: int) -> bool:
    """'… that makes the publisher say yes', '… that makes buyers come back': "make" or "let"
    with a person (an article and up to two words) who then acts, in a bare verb — the end state
    seen from the person served (decision 592). Not a quality made ("that makes the team more
    efficient", "that makes onboarding faster")."""
    if toks[j].text.lower() not in ("makes", "make", "made", "lets", "let"):
        return False
    k = j + 1
    if k < len(toks) and toks[k].text.lower() in ("the", "a", "an", "our", "every", "each", "any"):
        k += 1
    for v in range(k + 1, min(k + 3, len(toks))):
        if toks[v - 1].text.lower() in ("more", "less") or _comparative(toks[v]):
            return False
        w = toks[v].text.lower()
        if w in _MADE_ACT:
            return True
    return False


# Bare verbs of what a person served does or says when moved (decision 592).
_MADE_ACT = frozenset(
    {
        "say",
        "come",
        "buy",
        "sign",
        "stay",
        "smile",
        "laugh",
        "cry",
        "cheer",
        "choose",
        "want",
        "ask",
        "call",
        "return",
        "trust",
        "love",
        "recommend",
        "share",
        "book",
        "clap",
        "forget",
    }
)


# Plain qualities asked of the team's own thing (decision 2988): as the generic adjectives, no
# picture and no one served ("Make visibility explicit", "Be responsive").
_PLAIN_QUALITIES = frozenset(
    {"explicit", "clear", "visible", "transparent", "responsive", "resilient", "compliant",
     "trustworthy"}
)  # fmt: skip
_BE_FORMS = frozenset({"be", "become", "being", "becoming"})


def _bare_quality(toks: list[Token], i: int) -> bool:
    """ "Be secure", "Become resilient": "be" and one generic quality, nothing else — the state
    asked of the team, no one seen (decisions 107, 2988)."""
    return (
        len(toks) - i == 2
        and _lemma(toks[i]) in _BE_FORMS
        and toks[i + 1].text.lower()
        in _single("objective_generic_adjectives", "en") | _PLAIN_QUALITIES
    )


# Qualities of being easy to use, with "to" and a verb after them: "Easy to use", "Simple to set
# up", "Quick to install" (decision 5124).
_EASE_WORDS = frozenset({"easy", "simple", "quick", "fast", "safe", "straightforward", "intuitive"})
_PARTICLES = frozenset({"up", "in", "out", "on", "off", "over", "around", "through"})


def _quality_to_verb(toks: list[Token], i: int) -> bool:
    """ "Easy to use", "Simple to set up", "Safe to run": one quality word (an ease word, a
    generic adjective or a plain quality), "to", a verb and at most a particle — the whole
    objective, nothing it is said of (decision 5124)."""
    rest = [t.text.lower() for t in toks[i:]]
    if not 3 <= len(rest) <= 4 or rest[1] != "to" or not rest[2].isalpha():
        return False
    if len(rest) == 4 and rest[3] not in _PARTICLES:
        return False
    quality = _single("objective_generic_adjectives", "en") | _PLAIN_QUALITIES | _EASE_WORDS
    return rest[0] in quality


# Degree words between "be" and "ready" ("Be fully prepared for the spring intake").
_READY_DEGREE = frozenset({"fully", "completely", "totally", "well", "properly", "operationally"})


def _team_ready(item: Item, toks: list[Token], i: int) -> bool:
    """ "Be ready for peak season", "Be audit-ready by Q3", "Be fully prepared for the spring
    intake": the team's own readiness, the work of getting ready (as "Get ready for the holiday
    rush", "Prepare for the IPO"), no one served pictured (decision 3526). Ready *to* do
    something ("Be ready to open every store by 7am") or the people served keep their reading."""
    if _lemma(toks[i]) not in ("be", "become", "being") or served(item) is not None:
        return False
    n, j = len(toks), i + 1
    if j < n and toks[j].text.lower() in _READY_DEGREE:
        j += 1
    if j + 1 < n and item.folded[toks[j].end : toks[j + 1].start] == "-":
        j += 1  # "audit-ready", "launch-ready"
    if j >= n or toks[j].text.lower() not in ("ready", "prepared"):
        return False
    return j + 1 == n or toks[j + 1].text.lower() != "to"


# A person in general, no one in particular: "Be a functioning human", "Become a decent person".
_ANY_PERSON = frozenset({"human", "person", "adult", "human being", "grown-up"})


# The team's own kind of body (decision 4108): "Be a data-driven company".
_ANY_ORG = frozenset(
    {"company", "organization", "organisation", "business", "firm", "org", "team", "department",
     "enterprise", "workplace"}
)  # fmt: skip


def _generic_person(toks: list[Token], i: int) -> bool:
    """ "Be a functioning human", "Become a better person", "Be a decent adult": "be", "a",
    at most two words and a person in general closing the objective — a state asked of
    oneself with nothing pictured (decision 3325, after 107 and 906)."""
    if _lemma(toks[i]) not in _BE_FORMS or i + 2 >= len(toks):
        return False
    if toks[i + 1].text.lower() not in ("a", "an"):
        return False
    rest = [t.text.lower() for t in toks[i + 2 :]]
    tail = " ".join(rest[-2:]) if rest[-2:] == ["human", "being"] else rest[-1]
    n_before = len(rest) - len(tail.split())
    if tail in _ANY_ORG and 1 <= n_before <= 3:
        # "Be a data-driven company", "Become a learning organization": the team's own kind,
        # nobody served named before it (decision 4108)
        people = _single("objective_people", "en")
        return all(w not in people and w.rstrip("s") not in people for w in rest[:-1])
    return tail in _ANY_PERSON and 0 <= n_before <= 2


def _comparative_next(toks: list[Token], i: int) -> bool:
    """A generic comparative right after the verb at `i`, or after "a"/"an" ("Become faster",
    "Become a Better Public Speaker", "Be a better parent"): no end state (decisions 107, 906)."""
    j = i + 1
    if j < len(toks) and toks[j].text.lower() in ("a", "an") and j + 2 < len(toks):
        j += 1
    return j < len(toks) and _comparative(toks[j])


# A generic level of skill (decision 5203): "Become proficient in SQL", "Get comfortable with
# Figma" — no picture of what the skill lets one do, no one served. "fluent" and "confident" are
# left out: a language spoken fluently or a speaker at ease is a state others can see.
_SKILL_LEVELS = frozenset(
    {"proficient", "competent", "skilled", "good", "comfortable", "familiar", "capable",
     "knowledgeable", "conversant", "handy", "solid", "strong", "adept"}
)  # fmt: skip
_SKILL_DEGREES = frozenset({"more", "very", "really", "fully", "truly", "reasonably", "quite"})
_SKILL_IN = frozenset({"in", "at", "with"})


def _skill_level(item: Item, toks: list[Token], i: int) -> bool:
    """ "be"/"become"/"get", at most a degree word, a generic level of skill, "in"/"at"/"with"
    and one to four words naming the skill, closing the objective, no figure: "Become proficient
    in SQL", "Get comfortable with public speaking" (decision 5203)."""
    j = i + 1
    if j < len(toks) and toks[j].text.lower() in _SKILL_DEGREES:
        j += 1
    if j >= len(toks) or toks[j].text.lower() not in _SKILL_LEVELS:
        return False
    if j + 1 >= len(toks) or toks[j + 1].text.lower() not in _SKILL_IN:
        return False
    skill = toks[j + 2 :]
    if not 1 <= len(skill) <= 4 or any(t.text.lower() in _EN_QUALIFIERS for t in skill):
        return False
    return not any(q.form == "digits" for q in item.facts.quantities)


# A stock role asked of the team (decision 4360, after 4108 and 3325): "Be a reliable partner",
# "Become a trusted advisor to our clients" — a generic praise word and a role, at most whom it
# is for after it; no picture of what the partner does. The words are data
# (objective_stock_praise, objective_stock_roles).
_ROLE_FOR = frozenset({"to", "for", "of", "with"})


def _stock_role(toks: list[Token], i: int) -> bool:
    """ "be"/"become", "a", one or two stock praise words, a role, then at most "to/for" and up
    to four words that name nobody in particular ("every", "each" … keep the old reading)."""
    if _lemma(toks[i]) not in _BE_FORMS or i + 3 >= len(toks):
        return False
    if toks[i + 1].text.lower() not in ("a", "an"):
        return False
    praise, roles = _stock_role_words()
    j = i + 2
    while j < len(toks) and j < i + 4 and toks[j].text.lower() in praise:
        j += 1
    if j == i + 2 or j >= len(toks) or toks[j].text.lower() not in roles:
        return False
    rest = [t.text.lower() for t in toks[j + 1 :]]
    if not rest:
        return True
    return (
        rest[0] in _ROLE_FOR
        and 2 <= len(rest) <= 6
        and not any(w in _EN_UNIVERSAL for w in rest)
        and all(w.isalpha() for w in rest)
    )


def _zh_stock_role(item: Item) -> bool:
    """ "成为客户值得信赖的合作伙伴", "做经销商可靠的伙伴": 成为/做/当 + whom for (a few words) + a
    stock praise word + 的 + a role, the whole objective (decision 4360; zh lists as data)."""
    s, e = core(item)
    return _zh_stock_role_re().fullmatch(item.folded[s:e].rstrip("。！!")) is not None


_ZH_ROLE_LEAD = r"(?:成为|做|当好|当|做好)"


@cache
def _zh_stock_role_re() -> re.Pattern[str]:
    praise = "|".join(map(re.escape, words("objective_stock_praise", "zh")))
    roles = "|".join(map(re.escape, words("objective_stock_roles", "zh")))
    return re.compile(
        _ZH_ROLE_LEAD + rf"[^，,。；;！!]{{0,8}}?(?:{praise})的?[\u4e00-\u9fff]{{0,4}}?(?:{roles})"
    )


def _stock_role_words() -> tuple[frozenset[str], frozenset[str]]:
    return _single("objective_stock_praise", "en"), _single("objective_stock_roles", "en")


# Knowing the people served or the market (decision 4361, after 1069): "Know our customers",
# "Know our users better" — coming to know them is discovery, nothing pictured. A word of each
# one ("Know every regular by name") or anything more keeps the old reading.
_KNOW_WHOSE = frozenset({"our", "the", "your", "their", "my"})
_KNOW_DEGREE = frozenset({"better", "well", "deeply", "inside", "out", "really", "truly"})


def _know_them(toks: list[Token], i: int) -> bool:
    """ "know", a possessive or "the", one to three words, a degree at most, and the end."""
    if _lemma(toks[i]) != "know" or i + 2 >= len(toks):
        return False
    if toks[i + 1].text.lower() not in _KNOW_WHOSE:
        return False
    rest = [t.text.lower() for t in toks[i + 2 :]]
    while rest and rest[-1] in _KNOW_DEGREE:
        rest.pop()
    return 1 <= len(rest) <= 3 and all(w.isalpha() and w not in _EN_UNIVERSAL for w in rest)


_GAIN_VERBS = frozenset({"get", "make", "earn", "have", "win"})
_GAIN_ADJECTIVES = frozenset({"good", "great", "more", "better", "nice"})


def _generic_gain(item: Item, toks: list[Token], i: int) -> bool:
    """ "Get good grades", "Make more money", "Earn good money", "Have more fun": a verb of
    getting, a stock "good"/"more" and one or two words closing the objective, with nobody
    served in it: a generic good wished for, no picture of it (decision 2937, after 107)."""
    return (
        _lemma(toks[i]) in _GAIN_VERBS
        and 3 <= len(toks) - i <= 4
        and toks[i + 1].text.lower() in _GAIN_ADJECTIVES
        and all(t.text.isalpha() for t in toks[i + 2 :])
        and served(item) is None
    )


def _comparative(tok: Token) -> bool:
    """'Be better at onboarding', 'Become faster': a generic comparative, no end state."""
    word = tok.text.lower()
    if len(word) > 5 and word.endswith("ier") and word.isalpha():
        return True  # "Be healthier and happier", "Become tidier": a comparative of -y adjectives
    return (
        word == "better"
        or word in _single("objective_comparatives", "en")
        or word in _EN_SELF_COMPARATIVES
    )


# The writer's own generic comparatives ("I want to get fitter", "Become stronger", "Be
# calmer"): "healthier" said otherwise, no picture of what the writer can do then (decision 4444,
# after 107; lead 5012 keeps "Have legs that can walk the coast path").
_EN_SELF_COMPARATIVES = frozenset(
    {"fitter", "stronger", "leaner", "calmer", "wiser", "slimmer", "kinder", "braver", "smarter",
     "thinner", "fairer", "bolder", "nicer"}
)  # fmt: skip


def _stock_improvement(item: Item, toks: list[Token], i: int) -> bool:
    """An objective whose only direction is a stock phrase of improvement, closing it ("Take our
    content to the next level", "Push the podcast further"),
    with nobody served in it (decision 1725)."""
    if len(toks) - i < 2 or served(item) is not None:
        return False
    folded = item.folded
    end = toks[-1].end
    return any(
        b == end and a > toks[i].start
        for a, b, _ in find_terms(folded, words("objective_cliche_improvements", "en"), "en")
    )


def _made_better(item: Item, toks: list[Token], i: int) -> bool:
    """'Make our infrastructure more reliable', 'Make the release process faster': "make" with
    the team's own thing and a generic quality is an internal state (decisions 20, 51), unless
    the people served are in it or an adverb paints the picture ("boringly reliable")."""
    if _lemma(toks[i]) not in ("make", "get") or len(toks) - i < 3 or served(item) is not None:
        return False
    last, before = toks[-1].text.lower(), toks[-2].text.lower()
    if before.endswith("ly") and before not in ("only", "early"):
        return False
    if any(_lemma(t) in _PERCEIVED for t in toks[i + 2 : -1]):
        # "Make every lunch rush feel fast": how it comes across to the people in it, as
        # "Make checkout feel effortless" is, not the team's own thing made better (2161)
        return False
    generic = (
        _single("objective_generic_adjectives", "en")
        | _single("objective_comparatives", "en")
        | _PLAIN_QUALITIES
    )
    if last in generic or (before in ("more", "less") and len(toks) - i >= 4):
        return True
    # "Make the product easier to use", "Make it simpler to submit expenses": the generic
    # comparative, then what it is easier to do, nobody served in it (decision 3836)
    return any(
        toks[k].text.lower() in _EASIER
        and toks[k + 1].text.lower() == "to"
        and _bare_verb(toks[k + 2])
        for k in range(i + 2, len(toks) - 2)
    )


# A thing of the team's wished to be (decision 5184): "We need our app to be …", "Our API must
# be …", "The intranet has to be …" — the subject one to three words after our/my/the.
_EN_WISHED = re.compile(
    r"(?:(?:we|i)\s+(?:really\s+)?(?:need|want|would\s+like)\s+(?:our|my|the)\s+"
    r"(?:[a-z0-9'’-]+\s+){1,3}?to|(?:our|my|the)\s+(?:[a-z0-9'’-]+\s+){1,3}?"
    r"(?:should|must|needs?\s+to|has\s+to|have\s+to))\s+be\s"
)


def _wished_better(item: Item, toks: list[Token], i: int) -> bool:
    """Whether the objective wishes a thing of the team's only a generic quality ("We need our
    frontend to be faster, easier to maintain and less buggy"): the wish, then comparatives or
    generic qualities and nothing else, nobody served in it (decisions 56, 5184)."""
    if i >= len(toks) or served(item) is not None:
        return False
    m = _EN_WISHED.match(item.folded, toks[i].start)
    if m is None:
        return False
    tail = [t.text.lower() for t in toks if t.start >= m.end()]
    generic = (
        _single("objective_generic_adjectives", "en")
        | _single("objective_comparatives", "en")
        | _PLAIN_QUALITIES
        | _EASIER
    )
    links = {"and", "more", "less", "better", "to", "much", "a", "lot", "bit", "far"}
    k = 0
    while k < len(tail):
        w = tail[k]
        if w == "to" and k + 1 < len(tail):
            k += 2  # "easier to maintain": what it is easier to do
            continue
        qualified = k > 0 and tail[k - 1] in ("more", "less", "better")
        if w not in links and w not in generic and not w.endswith("er") and not qualified:
            return False
        k += 1
    return bool(tail)


# The generic comparatives of ease (decision 3836); "faster" is a speed, a KPI (decision 26).
_EASIER = frozenset({"easier", "simpler", "clearer", "smoother"})


@cache
def _single(name: str, lang: str) -> frozenset[str]:
    return frozenset(words(name, lang))


_EN_WOULD = frozenset({"would", "will", "could", "can", "might"})
# A plural that names people by its ending (agents, cashiers, analysts, juniors, trainees,
# technicians, representatives); "budgets" and "dashboards" do not end so.
_EN_AGENT_PLURAL = re.compile(r"(?:ers|ors|ists|ysts|ants|ents|ians|ees|ives|eurs)$")


def _owned_plural_would(toks: list[Token], i: int) -> bool:
    """ "my agents would …", "our cashiers will …": one's own plural, then a modal and a verb, is
    people who act, whatever their trade ("Grow into a manager my agents would recommend to a
    friend"; decision 5690): the people lexicon need not know the trade."""
    return (
        i > 0
        and i + 2 < len(toks)
        and toks[i - 1].text.lower() in ("my", "our")
        and _plural_subject(toks[i])
        and toks[i].text.isalpha()
        and toks[i].text.islower()
        and _EN_AGENT_PLURAL.search(toks[i].text) is not None
        and toks[i + 1].text.lower() in _EN_WOULD
        and toks[i + 2].text.isalpha()
        and toks[i + 2].text.islower()
        # "the dashboards my analysts will need": what they need is decision 4240's generic
        and toks[i + 2].text.lower() not in ("need", "require", "expect", "be", "have", "get")
    )


# Verbs of staying or coming back (decision 6322): the people who do only this are the ones
# kept, a retention said as people, not an end state of theirs.
_EN_KEPT_VERBS = frozenset(
    {"stay", "stays", "remain", "remains", "return", "returns", "renew", "renews", "rejoin",
     "rejoins", "re-enrol", "re-enroll", "re-book", "rebook", "reorder", "repeat", "last"}
)  # fmt: skip
_EN_BACK_WORDS = frozenset({"back", "on", "around", "again", "longer", "with", "us", "loyal"})


def _kept_or_back(toks: list[Token], k: int) -> bool:
    """Whether toks[k:] is only a verb of staying or coming back and at most two small words
    after it ("stay", "come back", "stick around", "keep coming back"): decision 6322."""
    rest = [t.text.lower() for t in toks[k:]]
    if rest[:1] in (["keep"], ["keeps"]) and rest[1:2] in (["coming"], ["returning"]):
        rest = ["come", *rest[2:]] if rest[1] == "coming" else ["return", *rest[2:]]
    if not rest or len(rest) > 3:
        return False
    head, tail = rest[0], rest[1:]
    if head in ("come", "comes", "stick", "sticks") and tail[:1] in (["back"], ["around"]):
        tail = tail[1:]
    elif head not in _EN_KEPT_VERBS:
        return False
    return all(w in _EN_BACK_WORDS for w in tail)


def _served_en(item: Item) -> Span | None:
    toks = _words(item)
    people = _single("objective_people", "en") | _EN_PRONOUNS
    clause = _single("objective_clause_words", "en")
    relative = -1
    for i, tok in enumerate(toks):
        w, lemma = _forms(tok)
        if w in ("who", "whom") and i > 0:
            if _kept_or_back(toks, i + 1):
                return None  # "Members who renew", "Diners who come back" (decision 6322)
            return toks[i - 1].start, tok.end  # "… managers who love our process"
        if w in ("that", "which", "where"):
            relative = i
            if w != "where" and _others_act(item, toks, i + 1):
                # "Grow apples that chefs ask for by name", "Brew beers that regulars order
                # first": people named by what they do act in the clause (decision 1464)
                return tok.start, toks[-1].end
        if (
            (w not in people and lemma not in people)
            and not _counterpart_opens(toks, i, clause)
            and not _owned_plural_would(toks, i)
        ):
            continue
        if (
            i + 3 < len(toks)
            and toks[i + 1].text.lower() in _COLLECTIVE_HEADS
            and toks[i + 2].text.lower() in ("that", "which")
            and _third_person(toks[i + 3])
            and _lemma(toks[i + 3]) not in _single("objective_kpi_verbs", "en")
        ):
            # "a client base that sticks with me", "a fan base that buys every record": the
            # people as one body, doing something of their own (decision 2987)
            return tok.start, toks[i + 3].end
        if any(a <= tok.start < b for a, b, _ in item.facts.kpis):
            continue  # a measure's name ("weekly active users up 20%"), not people
        if item.folded[tok.end : tok.end + 1] in ("'", "’") and i + 1 < len(toks):
            continue  # "the kids' college fund": whose thing, not who acts (metric22, 2108)
        if (
            w.endswith(("'s", "’s"))
            and i + 1 < len(toks)
            and not any(t.text.lower() in _EN_UNIVERSAL for t in toks[max(0, i - 3) : i])
        ):
            # "Pass the client's safety audit": whose audit, not who acts (5800); "every
            # tenant's repair done" stays each one's (decision 526)
            continue
        if item.folded[tok.end : tok.end + 1] == "-" and i + 1 < len(toks):
            continue  # "a people-first approach": a compound's first half, no one acts (4101)
        placed = _placed_one_acts(toks, i) if w in _EN_SINGULAR_ANY else None
        if placed is not None:
            return tok.start, placed  # "everyone on the floor goes home safe" (4105)
        if _modifies_noun(toks, i):
            continue  # "student demand", "student learning outcomes": whose, not who acts
        if 0 <= relative < i and _measure_before(item, toks, relative):
            continue  # "Reduce errors that drivers make": the errors counted (decision 1464)
        if relative >= 0 and not _helped(toks, relative, i):
            return toks[
                relative
            ].start, tok.end  # "… a supply chain that never lets a customer down"
        covered = False
        for j in range(max(0, i - 3), i):
            if toks[j].text.lower() in _EN_UNIVERSAL:
                if _recipients_last(toks, j, i):
                    break  # "Provide timely support to all customers": whom it is given to
                if _staff_rollout(item, toks, j, i) or _staff_equipped(item, toks, j, i):
                    # "Every manager completes the coaching course" (5382); "Equip all drivers
                    # with tablets" (5389)
                    covered = True
                    break
                return toks[j].start, tok.end  # "Every new joiner …", "no merchant"
        if covered:
            continue
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt.text.lower() in ("who", "that") and _kept_or_back(toks, i + 2):
                return None  # "Members who renew", "Diners who come back" (decision 6322)
            if (
                nxt.text.lower() in ("who", "that")
                or _lemma(nxt) in clause
                or (nxt.text.lower() in clause)
            ):
                return tok.start, nxt.end  # "customers brag", "people feel", "a team that …"
            counted = (
                i >= 2 and toks[i - 1].text.lower() == "of" and _lemma(toks[i - 2]) in _COUNTED
            )
            if (
                i + 2 < len(toks)
                and _en_adverb(nxt.text)
                and _plural_subject(tok)
                and _bare_verb(toks[i + 2])
            ):
                return tok.start, toks[i + 2].end  # "customers gladly pay" (decision 2064)
            if (
                _plural_subject(tok)
                and _bare_verb(nxt)
                and nxt.text not in _EN_TEAM_NOUNS
                and "," not in item.plain[tok.end : nxt.start]
                and not counted
            ):
                # "a team people fight to join"; not a team's name ("the People team", decision
                # 884) nor a list after a comma ("students, faculty, and staff", decision 905)
                return tok.start, nxt.end
            if w in _EN_SINGULAR_ANY and _third_person(nxt):
                return tok.start, nxt.end  # "a rota nobody dreads", "everyone knows"
    return None


# Where the people are, after "everyone"/"nobody": "everyone on the floor", "nobody on the night
# shift", "everyone in sales" (decision 4105).
_EN_PLACED_IN = frozenset({"on", "in", "at", "across", "from", "within"})


def _placed_one_acts(toks: list[Token], i: int) -> int | None:
    """ "everyone/nobody" at `i`, where they are, then a verb of their own that is no work
    ("Make sure everyone on the floor goes home safe", "Make sure nobody on the night shift works
    alone"): the end of that verb, or None (decision 4105)."""
    if i + 3 >= len(toks) or toks[i + 1].text.lower() not in _EN_PLACED_IN:
        return None
    noun = i + 2 + (toks[i + 2].text.lower() in _EN_DETERMINERS)
    for k in range(noun + 1, min(len(toks), noun + 4)):
        if _third_person(toks[k]):
            cls = en_verb_class(toks[k].text)
            return None if cls in _WORK_CLASSES | {"change"} else toks[k].end
    return None


def _counterpart_opens(toks: list[Token], i: int, clause: frozenset[str]) -> bool:
    """A counterpart of the team (objective_counterparts: suppliers, vendors, distributors …)
    opens the objective, a determiner at most before it, as the subject of a verb of its own:
    "Suppliers trust us to pay on time", "Our vendors can count on us" (decision 3830). Named
    with a relative clause, it is what the team gets ("Vendors we can rely on")."""
    w = _forms(toks[i])[0]
    if w not in _single("objective_counterparts", "en") or i + 1 >= len(toks):
        return False
    if any(t.text.lower() not in _EN_DETERMINERS for t in toks[:i]):
        return False
    nxt = toks[i + 1]
    if nxt.text.lower() in ("who", "whom", "that", "which", "we", "i"):
        return False
    return (
        _lemma(nxt) in clause
        or nxt.text.lower() in clause
        or (_plural_subject(toks[i]) and _bare_verb(nxt))
    )


# The team's own people besides its roles (kr_staff_nouns): employees, volunteers (5382).
_EN_OWN_PEOPLE = frozenset(
    {"employee", "employees", "volunteer", "volunteers", "colleague", "colleagues", "new hire"}
)
# Auxiliaries between the people and the rollout's verb ("has completed", "are trained").
_EN_ROLLOUT_AUX = frozenset({"has", "have", "is", "are", "gets", "get", "will"})
# A standard the people meet, which keeps an end state ("within a week", "first time").
_EN_ROLLOUT_STANDARD = re.compile(
    r"\b(?:within|before|without|always|every\s+time|first\s+time|same\s+day|on\s+time|"
    r"able|can|confident(?:ly)?|in\s+under)\b"
)


def _staff_rollout(item: Item, toks: list[Token], j: int, i: int) -> bool:
    """Whether "all/every <staff>" at j..i do no more than take up a piece of the team's own
    work: a rollout verb (objective_rollout_verbs) after them, no figure and no standard met
    ("Every manager completes the coaching course", "Ensure all nurses sign the new protocol";
    decision 5382). The team's own people covered is coverage, not an end state."""
    staff = word_set("kr_staff_nouns", "en") | _EN_OWN_PEOPLE
    w = toks[i].text.lower()
    if w not in staff and f"{toks[i - 1].text.lower()} {w}" not in staff:
        return False
    k = i + 1
    if k < len(toks) and toks[k].text.lower() in _EN_ROLLOUT_AUX:
        k += 1
    if k >= len(toks) or _lemma(toks[k]) not in word_set("objective_rollout_verbs", "en"):
        return False
    rest = item.folded[toks[k].end : core(item)[1]]
    return (
        not any(c.isdigit() for c in item.folded[toks[j].start : core(item)[1]])
        and _EN_ROLLOUT_STANDARD.search(rest) is None
        and not any(_comparative(t) for t in toks[k + 1 :])
    )


# Verbs that hand the team's own people a thing ("Equip all drivers with tablets", decision 5389).
_EN_EQUIPPING = frozenset({"give", "provide", "equip", "supply", "issue", "offer", "grant"})


def _staff_equipped(item: Item, toks: list[Token], j: int, i: int) -> bool:
    """Whether a verb of giving right before "all/every <staff>" at j..i hands them a thing
    "with" it or "access to" it and nothing more ("Provide all nurses with updated training",
    "Give every engineer access to the staging data", "Equip all drivers with tablets"): the
    team's own people supplied, coverage as in 5382 (decision 5389). A picture given ("Give
    every nurse a full night's sleep between shifts") is not read here."""
    if j < 1 or _lemma(toks[j - 1]) not in _EN_EQUIPPING:
        return False
    staff = word_set("kr_staff_nouns", "en") | _EN_OWN_PEOPLE | _EN_OWN_UNITS
    w = toks[i].text.lower()
    if w not in staff and f"{toks[i - 1].text.lower()} {w}" not in staff:
        return False
    nxt = [t.text.lower() for t in toks[i + 1 : i + 3]]
    if not (nxt[:1] == ["with"] or nxt == ["access", "to"]):
        return False
    rest = item.folded[toks[i].end : core(item)[1]]
    return (
        not any(c.isdigit() for c in rest)
        and _EN_ROLLOUT_STANDARD.search(rest) is None
        and not any(_comparative(t) for t in toks[i + 1 :])
    )


# The team's own units handed a thing ("Give every team access to the warehouse", 5389).
_EN_OWN_UNITS = frozenset({"team", "teams", "department", "departments", "squad", "squads"})


def _staff_rollout_said(item: Item, toks: list[Token]) -> bool:
    """Whether "all/every <staff> <rollout verb> …" is said in the objective (5382)."""
    return any(
        toks[j].text.lower() in _EN_UNIVERSAL
        and (_staff_rollout(item, toks, j, i) or _staff_equipped(item, toks, j, i))
        for i in range(1, len(toks))
        for j in range(max(0, i - 3), i)
    )


def _recipients_last(toks: list[Token], j: int, i: int) -> bool:
    """Whether "all/every … <people>" at j..i only ends a flat verb's object after "to", "for"
    or "across" ("Provide timely and accurate support to all customers", "Offer training for
    every employee"): whom the work is given to, no one acting (decision 2367; decision 52 wants
    the people served as a clause's subject)."""
    start = _en_start(toks)
    return (
        i == len(toks) - 1
        and j >= 1
        and toks[j - 1].text.lower() in ("to", "for", "across")
        and start < len(toks)
        and _lemma(toks[start]) in _single("objective_flat_verbs", "en")
    )


def _measure_before(item: Item, toks: list[Token], relative: int) -> bool:
    """Whether the word before a relative "that" is a measure or a bad event ("errors that
    drivers make", "delays that passengers face"): what is counted, not an end state (1464)."""
    return relative >= 1 and any(a <= toks[relative - 1].start < b for a, b in _measures(item))


def _others_act(item: Item, toks: list[Token], j: int) -> bool:
    """Whether a relative clause opens at `j` with a plural noun and a verb it does: a subject
    outside the team acting ("… that chefs ask for"); not the team ("that we …"), a measure
    or a bad event ("… that errors cause"), or a noun the clause only qualifies."""
    if j + 1 >= len(toks) or j < 2:
        return False
    if _measure_before(item, toks, j - 1):
        return False  # "Reduce errors that cashiers make": the bad events, counted
    if toks[j].text.lower() in _OTHERS_LEAD and j + 2 < len(toks):
        j += 1  # "… that other labs build on", "… that most schools copy" (decision 2987)
    subject, verb = toks[j], toks[j + 1]
    w = subject.text.lower()
    if verb.text.lower() in ("in", "from", "across", "around") and j + 3 < len(toks):
        # "… that chefs in the city ask for": where the people are, then their verb
        k = j + 2 + (toks[j + 2].text.lower() in _EN_DETERMINERS)
        verb = toks[k + 1] if k + 1 < len(toks) else verb
    return (
        w.isalpha()
        and _plural_subject(subject)
        and w not in _NOT_COUNTED
        and w not in _EN_TEAM_NOUNS
        and not any(a <= subject.start < b for a, b in _measures(item))
        and _bare_verb(verb)
        and _lemma(verb) not in _single("objective_kpi_verbs", "en")
        and "," not in item.plain[subject.end : verb.start]
    )


# A word before the people a relative clause opens with: "that other labs build on".
_OTHERS_LEAD = frozenset({"other", "the", "many", "most", "more", "some", "all", "whole"})
_EN_SINGULAR_ANY = frozenset({"everyone", "everybody", "anyone", "nobody", "someone"})
# "the People team", "People ops", "the parents group": a team's or a group's name, not the
# people served doing something (decision 884).
_EN_TEAM_NOUNS = frozenset(
    {"team", "ops", "operations", "org", "function", "department", "group", "partner", "lead"}
)


# Verbs of help given to people (decision 918): "events that encourage and support readers",
# "technologies that support staff's efforts": the people are acted on (decision 128), they do
# or feel nothing of their own.
_HELP_VERBS = frozenset(
    {"support", "help", "serve", "encourage", "assist", "enable", "benefit", "empower", "equip"}
)


_COLLECTIVE_HEADS = frozenset({"body", "base", "population", "community"})


def _modifies_noun(toks: list[Token], i: int) -> bool:
    """Whether the person word at `i` is a singular noun with no determiner before it and a
    lower-case word after it: the first half of a compound noun ("programs that respond to
    student demand", "achieve student learning outcomes", decision 1061), not a person who
    does or feels something ("lets a customer down", "every patient feels safe")."""
    tok = toks[i]
    if _plural_subject(tok) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    if not (nxt.isalpha() and nxt.islower()) or nxt in ("who", "that"):
        return False
    if _third_person(toks[i + 1]) and not _EN_NOUN_SUFFIX.search(nxt[:-1]):
        return False  # "every patient feels safe": a verb; "donor communications": a noun
    if nxt in _COLLECTIVE_HEADS:
        return False  # "our diverse student body", "the customer base": the people themselves
    # "Every new joiner productive", "a first-time buyer": a determiner up to two words before
    return not any(toks[k].text.lower() in _EN_DETERMINERS for k in range(max(0, i - 2), i))


def _helped(toks: list[Token], relative: int, person: int) -> bool:
    """Whether the clause opened at `relative` only helps the people at `person`: its words
    before them are help verbs joined by "and"/"or", then up to two words that describe the
    people ("help commuting students"), and the people do nothing after ("help students find
    work" keeps the people acting)."""
    k = relative + 1
    while k < person and (_lemma(toks[k]) in _HELP_VERBS or toks[k].text.lower() in ("and", "or")):
        k += 1
    if k == relative + 1 or person - k > 2:
        return False
    return not (person + 1 < len(toks) and _bare_verb(toks[person + 1]))


def _plural_subject(tok: Token) -> bool:
    w = tok.text.lower()
    return (
        w in ("people", "children", "alumni", "folk")
        or (w.endswith("s") and not w.endswith("ss"))
        # a plural of "-man" ("freshmen", "women", "fishermen"): people, as "members" are
        # (decision 6952); not a singular that ends so ("specimen", "regimen")
        or (w.endswith("men") and len(w) > 3 and w not in _EN_SINGULAR_MEN)
    )


_EN_SINGULAR_MEN = frozenset(
    {"specimen", "regimen", "abdomen", "acumen", "omen", "stamen", "semen", "hymen", "bitumen",
     "albumen", "cyclamen", "dolmen", "lumen", "rumen", "tegmen"}
)  # fmt: skip


def _third_person(tok: Token) -> bool:
    w = tok.text
    return w.isalpha() and w.islower() and w.endswith("s") and not w.endswith("ss")


def _bare_verb(tok: Token) -> bool:
    """A word that can only be a verb after a plural subject: lower case, not a plural or a
    noun by its suffix, not a function word ("people fight", not "people operations")."""
    w = tok.text
    return (
        w.isalpha()
        and w.islower()
        and not (w.endswith("s") and not w.endswith("ss"))
        and not _EN_NOUN_SUFFIX.search(w)
        and not w.endswith("ing")
        and w not in _single("objective_function_words", "en")
        and w not in _EN_SCOPE
        and w not in _EN_MANNER
        and not _en_adverb(w)
        and w not in _EN_PREPOSITIONS
    )


# Verbs of six letters or more that end in -ly ("suppliers comply", "farms supply").
_EN_LY_VERBS = frozenset({"comply", "supply", "multiply"})


def _en_adverb(w: str) -> bool:
    """A manner or channel adverb ("digitally", "directly", "online"): how the people are
    acted on, no verb of theirs (decision 2064)."""
    return w in ("online", "offline") or (len(w) > 5 and w.endswith("ly") and w not in _EN_LY_VERBS)


# "The number of children registered for …": the people a measure counts, whatever the participle
# after them says of them (decision 915).
_COUNTED = frozenset(
    {"number", "share", "percentage", "percent", "proportion", "count", "total", "rate", "ratio"}
)
# Prepositions after the people named say where or how, not what they do: "for students after
# high school", "sustain readers through a collection" (decision 905).
_EN_PREPOSITIONS = frozenset(
    {"after", "before", "through", "during", "via", "over", "under", "about", "around",
     "between", "until", "since", "toward", "towards", "against", "along", "behind", "beside",
     "near", "like", "than", "into", "onto", "upon", "amid", "among", "regardless"}
)  # fmt: skip


# Manner words after the people acted on are no verb of theirs: "Serve our customers well"
# (decision 128).
_EN_MANNER = frozenset({"well", "right", "properly", "better", "again", "faster", "quickly"})


def _their_quality_moved(toks: list[Token], i: int, moves: frozenset[str]) -> bool:
    """After the people, one or two nouns glued together and a verb that only moves them:
    "窗口人员业务能力提升", "员工专业素质提高" (decision 1759) — a quality of theirs improved, as
    "客户体验提升" is their experience (decision 1396); they do nothing."""
    end = toks[i].end
    for k in (1, 2):
        if i + k + 1 >= len(toks):
            return False
        noun = toks[i + k]
        if not noun.pos.startswith("n") or noun.start != end:
            return False
        end = noun.end
        verb = toks[i + k + 1]
        # (an adverb is none: "学员下课后还…", 还 "still", not 还 "repay": decision 5804)
        if verb.text in moves and verb.start == end and verb.pos != "d":
            return True
    return False


_ZH_MOVES_IN_IDIOM = frozenset({"增长", "提升", "提高", "下降", "上升", "增加", "减少", "降低"})


def _flat_idiom(word: str) -> bool:
    """A word jieba tags as an idiom that is only an adverb of effort and a flat verb ("全面落实",
    decision 1750), or a bad event's name ("安全事故", decision 1848): it paints nothing, as
    "全面加强" does not."""
    for adverb in _ZH_ADVERBS:
        if word.startswith(adverb) and word[len(adverb) :] in _single("objective_flat_verbs", "zh"):
            return True
    # a bad event's name that jieba tags as an idiom ("安全事故"): a count kept, no picture (1848)
    if word in bad_events("zh"):
        return True
    # how a measure moves, tagged an idiom ("稳步增长", "同步增长", "快速提升"): a KPI's move (1848)
    return len(word) == 4 and word[2:] in _ZH_MOVES_IN_IDIOM


# "做一个情绪稳定、有耐心的妈妈", "当一名让病人放心的护士": the person one becomes, described, as
# "成为……" is (decision 2430); not "做一名好老师" (no picture of who, a generic quality).
_ZH_BE_ONE = re.compile(
    r"(?:做|当)(?:一个|一名|一位|个)(?!更加?(?:好|优秀|出色|称职|合格|专业|成熟|强大)的)"
    r"(?=[^，,。；;]{2,20}的[\u4e00-\u9fff]{1,5}$)"
)
# "成为一名更好的管理者", "做一个更好的倾听者": a generic comparative of the person, as "Become a
# better manager" (decision 906 in Chinese; 4104) — no end state after 成为/做/当.
_ZH_BETTER_ONE = re.compile(
    r"(?:一个|一名|一位|个|名)?更加?(?:好|优秀|出色|称职|合格|专业|成熟|强大)的[\u4e00-\u9fff]{1,5}"
)


# After a habit, the person one becomes: "养成阅读习惯，做一个有输出的人", "坚持跑步，做一个精力充沛的人"
# — 做一个…的人 opening a later clause, as it does the whole objective (decision 3964).
_ZH_BE_ONE_LATER = re.compile(
    r"(?<=[，,；;])\s?(?:做|当)(?:一个|一名|一位|个)(?=[^，,。；;]{2,20}的[\u4e00-\u9fff]{1,5}$)"
)
# A good brought to a count of people or places served: "为200个困难家庭送去一个温暖的冬天",
# "给20所乡村学校送去一间图书室" — what they receive is the end state (decision 3963).
_ZH_GIFT_TO = re.compile(
    r"(?:为|给)\s?[0-9０-９一二三四五六七八九十百千万]+\s?[个位户所名]"
    r"([\u4e00-\u9fff]{1,8}?)(?:送去|送上|带去|送来)(?=[^，,。；;]{2})"
)


def _gift_to_served(folded: str, s: int, e: int) -> re.Match[str] | None:
    """The objective opens with a good brought to people or places counted (decision 3963)."""
    m = _ZH_GIFT_TO.match(folded, s, e)
    if m is None:
        return None
    whom = m.group(1)
    served_words = (*words("objective_people", "zh"), *words("objective_places_reached", "zh"))
    return m if whom.endswith(served_words) else None


def _help_every(item: Item, s: int, e: int) -> Span | None:
    """帮(助) + 每/所有 + the people served + what they do, opening the objective (4106)."""
    m = _ZH_HELP_EVERY.match(item.folded, s, e)
    if m is None:
        return None
    folded = item.folded
    people = (*words("objective_people", "zh"), *words("objective_places_reached", "zh"))
    kpi = (*words("objective_kpi_verbs", "zh"), *_ZH_TEAM_WORK)
    for end in range(m.end() + 1, min(e, m.end() + 7)):
        if not folded[m.end() : end].endswith(people):
            continue
        after = end + next((len(c) for c in _ZH_CAN if folded.startswith(c, end)), 0)
        if e - after >= 2 and not folded.startswith(kpi, after):
            return m.start(), after
    return None


def _end_state_zh(item: Item) -> Span | None:
    toks = _words(item)
    bounds = {t.start for t in toks} | {t.end for t in toks}
    s, e = core(item)
    folded = item.folded
    for a, b, term in find_terms(folded[s:e], words("objective_end_state_verbs", "zh"), "zh"):
        a, b = a + s, b + s
        if term in _ZH_CAUSE and (_made_more(item, b, e) or _own_thing_runs(item, b, e)):
            continue
        if term in ("成为", "做", "当") and _ZH_BETTER_ONE.fullmatch(folded, b, e):
            continue  # "成为一名更好的管理者": a generic comparative (4104)
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", item.folded[b:e]):
            continue  # "把事情办成": nothing named after the verb, no end state (decision 1604)
        if a in bounds and (len(term) > 1 or b in bounds):
            return a, b
    # (from the text's start: the core may leave "赶在学生流失之前" out as a time)
    ahead = _ZH_AHEAD_NOT_CHASING.search(folded, 0, e)
    if ahead is not None:
        return ahead.start(), ahead.end()  # "走在缺货前面，不再被动补货" (decision 5802)
    never = _ZH_NEVER.search(folded, s + 1, e)
    if never is not None and never.start() > s:
        return never.start(), never.end()  # "食物银行的基本物资永不断货" (decision 5057)
    m = (
        _ZH_VIVID.search(folded, s, e)
        or _ZH_BE_ONE.match(folded, s, e)
        or _ZH_BE_ONE_LATER.search(folded, s, e)
        or _gift_to_served(folded, s, e)
        or _ZH_REACH_EVERY.search(folded, s, e)
        or _ZH_OWN_LIKING.search(folded, s, e)
    )
    if m:
        return m.start(), m.end()
    helped = _help_every(item, s, e)
    if helped is not None:
        return helped  # "帮助每个家庭找到信任的医生" (4106)
    m = _self_faculty_zh().fullmatch(folded, s, e)
    if m is not None:
        return m.start(), m.end()  # "拥有一个能跑完全马的身体" (lead 5012, decision 4241)
    states = find_terms(folded[s:e], words("objective_state_words", "zh"), "zh")
    for a, b, _term in find_terms(folded[s:e], words("objective_vivid", "zh"), "zh"):
        if not any(x <= a < y for x, y, _ in states):  # "稳稳当当" is an internal state
            return a + s, b + s  # "数据用得放心", "稳稳考出…成绩" (decision 61)
    for tok in toks:
        if tok.pos == "i" and len(tok.text) >= 4 and not _flat_idiom(tok.text):
            return tok.start, tok.end  # an idiom paints the result: "带出能独当一面的技术经理"
    for m in _ZH_SIMILE.finditer(folded, s, e):
        if (
            m.start() in bounds
            and m.end() in bounds
            and folded[m.start() : m.start() + 2] not in _ZH_AS
        ):
            return m.start(), m.end()  # a simile paints it: "线上服务稳如磐石" (decision 192)
    return (
        served(item)
        or _people_can(item, toks)
        or _people_spared(item, bounds)
        or _self_can(item, toks)
    )


# Out in front of a trouble instead of running after it, the Chinese of "Stay ahead of stockouts
# instead of reacting to them" (decision 5802): "走在缺货前面，不再被动补货", "把故障挡在发生之前，
# 不再事后抢修", "从被动救火转向提前预防", "变被动为主动". The contrast with the way it works now is
# needed: "赶在月底前交完报表" is a deadline.
_ZH_AHEAD_NOT_CHASING = re.compile(
    r"(?:走在|跑在|赶在|抢在|挡在|拦在|想在)[\u4e00-\u9fff]{1,10}?(?:前面|前头|之前|前)"
    r"[\u4e00-\u9fff]{0,8}?[，,、；;]?\s{0,2}(?:而)?(?:不再|不是|而非|不用再|别再|不必再)"
    r"|(?:从|由)(?:被动|事后|救火)[\u4e00-\u9fff]{0,6}?(?:变成|变为|转为|转向|走向|转成|到)"
    r"(?:主动|提前|事前|预防|防火)"
    r"|变被动为主动|变事后[\u4e00-\u9fff]{1,4}为事前"
)


# What the person dares or is able to do once the work is done, said in a later clause: an end
# state seen from the one the set is for (decision 1048).
_ZH_SELF_MODALS = frozenset({"敢", "能", "能够", "可以"})
# Classes of verbs after the modal that name the team's own work, not what a person can do then.
_ZH_WORK_CLASSES = frozenset({"launch", "complete", "hire", "decide", "change", "reach"})


# How one does it at a go, before the verb after 能 ("能一口气游完一英里": decision 4365).
_ZH_AT_A_GO = frozenset({"一口气", "一次性", "一气呵成地", "独自", "独立"})


def _body_act_done(word: str) -> bool:
    """ "游完", "跑完", "骑完", "弹完": an act of the body carried to its end is what one can do,
    not the team's work completed (decision 4365; objective_body_acts, zh)."""
    return len(word) == 2 and word[1] == "完" and word[0] in _single("objective_body_acts", "zh")


# A time's closing word glued to the modal after it by jieba ("暑假|前能|用", "年底|之前|可以"):
# split back into the time's tail and the modal (decision 6418).
_ZH_TIME_MODAL = re.compile(r"(之前|以前|前|之后|以后|后)(能够|能|可以)")


def _time_word(tok: Token) -> bool:
    """A time word, or a time's closing 前/之前/以后 jieba tags a locative (decision 6418)."""
    return tok.pos == "t" or (tok.pos == "f" and tok.text in _ZH_TIME_TAILS)


_ZH_TIME_TAILS = frozenset({"之前", "以前", "前", "之后", "以后", "后"})


def _time_modal_split(ctoks: list[Token]) -> list[Token]:
    """The clause's words with a time tail glued to a modal ("前能") split in two, after a time
    word (decision 6418)."""
    out: list[Token] = []
    for t in ctoks:
        m = _ZH_TIME_MODAL.fullmatch(t.text)
        if m is not None and (not out or out[-1].pos == "t"):
            cut = t.start + len(m.group(1))
            out.append(Token(m.group(1), t.start, cut, "t"))
            out.append(Token(m.group(2), cut, t.end, "v"))
        else:
            out.append(t)
    return out


def _self_can(item: Item, toks: list[Token]) -> Span | None:
    """A clause after the first that opens (after a time word or two) with 敢/能/可以 and a
    verb: "把身体练回来，夏天敢穿无袖裙子", "把口语练出来，明年出差能自信地跟客户开会" (decision 1048).
    Not the work's own result ("完成迁移，年底前能上线": a launch) nor a measure ("明年能盈利20%")."""
    s, e = core(item)
    clauses = [(a, b) for a, b in item.facts.clauses if a < e and b > s]
    classes = verb_classes("zh")
    # a modal jieba glued to the time before the core ("开学|前能": the time "开学前" blanked, its
    # word dropped with it) is read back as the clause's first word (decision 6418)
    toks = [
        Token(item.folded[s : t.end], s, t.end, "v")
        for t in item.facts.tokens
        if t.start < s < t.end and item.folded[s : t.end] in _ZH_SELF_MODALS
    ] + toks
    for n, (a, b) in enumerate(clauses):
        ctoks = _time_modal_split(
            [t for t in toks if a <= t.start and t.end <= b and t.text.strip("，, ")]
        )
        # the first clause counts when it opens with 能/可以 (lead 5012, 4241), a time before it
        # or not ("暑假前能用英语和室友自在地聊天": decision 6418)
        lead_time = 0
        while lead_time < min(2, len(ctoks)) and _time_word(ctoks[lead_time]):
            lead_time += 1
        if n == 0 and not (
            len(ctoks) > lead_time
            and ctoks[lead_time].text in _ZH_SELF_MODALS
            and ctoks[lead_time].text != "敢"
        ):
            continue
        k = 0
        while k < min(2, len(ctoks)) and _time_word(ctoks[k]):
            k += 1
        if k >= len(ctoks) - 1 or ctoks[k].text not in _ZH_SELF_MODALS:
            continue
        j = k + 1
        while j < len(ctoks) - 1 and (
            ctoks[j].pos in ("a", "ad", "d", "uv") or ctoks[j].text in _ZH_AT_A_GO
        ):
            j += 1  # "能自信地去", "能轻松跑完", "能一口气游完" (4365)
        verb = ctoks[j]
        if n == 0 and verb.pos == "p":
            pass  # "能用西班牙语跟房东讲清楚", "能在婚礼上弹完": how and where one acts (4241)
        elif not (verb.pos.startswith("v") or verb.pos == "zg") or verb.pos == "vn":
            continue
        # a verb right after 在 and before a noun names the place ("在开放水域": 4365)
        place = (
            j + 1 if verb.text == "在" and j + 2 < len(ctoks) and ctoks[j + 2].pos == "n" else -1
        )
        if any(
            classes.get(t.text) in _ZH_WORK_CLASSES
            and x != place
            and not _body_act_done(t.text if t.text != "完" else ctoks[x - 1].text + t.text)
            for x, t in enumerate(ctoks[k + 1 :], k + 1)
        ):
            continue
        if any(a <= x < b for x, _y, _n in item.facts.kpis) or any(
            a <= q.start < b and (n > 0 or q.kind in ("percent", "money"))
            for q in item.facts.quantities
        ):
            continue  # a measure ("明年能盈利20%"); a count of one's own ("游完一英里") at the start
        return ctoks[k].start, b
    return None


# A four-character simile, a quality likened to a thing ("稳如磐石", "快如闪电", "固若金汤"), and
# the words in 如 that only compare or suppose.
_ZH_SIMILE = re.compile(r"[\u4e00-\u9fff][如若似][\u4e00-\u9fff]{2}")
_ZH_AS = frozenset({"例如", "比如", "假如", "譬如", "诸如", "不如", "正如", "犹如", "如果", "倘若", "假若", "好似", "类似", "近似", "相似", "恰似"})  # fmt: skip


_ZH_CAUSE = frozenset({"让", "使", "令", "使得"})
# A lasting promise about what the people rely on, after its subject (decision 5057, as 再也不 in
# decision 640): "食物银行的基本物资永不断货", "社区食堂永不打烊". Not opening the objective: "永不放弃",
# "永远不加班" are slogans and habits with nothing promised to anyone.
# nor the team's own resolve ("团队永不放弃", "我们永远不认输": decision 20's inner state).
_ZH_NEVER = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z0-9])(?<!团队|我们|队伍|自己)(?<!我)(?:永远不会|永远不|永不)"
    r"(?!放弃|言弃|认输|退缩|服输|止步)(?=[\u4e00-\u9fff])"
)


def _worked_for(toks: list[Token], i: int) -> bool:
    """A preposition of whom the work is for opens the people's noun phrase at `i` ("为战略客户",
    "给每位新人"): the people are worked for, not acting (decision 196)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].text in _ZH_FOR:
            return k == 0 or toks[k - 1].text not in _ZH_CAUSE
        if not toks[k].pos.startswith(("n", "m", "q", "r", "a", "b")):
            return False
    return False


# Prepositions before the people the team works for or on ("为战略客户创建…", "给新人配导师").
_ZH_FOR = frozenset({"为", "给", "替", "向", "对", "针对", "面向"})
# Nouns of what people want, which jieba tags as verbs ("响应客户需求"): not the people acting.
_ZH_NEEDS = frozenset({"需求", "诉求"})
_ZH_MORE = re.compile(r"更加|越来越|更")
# 有/具 (具有, 具备) before the quality a thing is given more of.
_ZH_HAS_QUALITY = re.compile(r"具有|具备|有|具")


def _made_more(item: Item, start: int, end: int) -> bool:
    """After 让/使: the team's own thing made more of a generic quality ("让财务数据更准确",
    "让客服团队更专业", "让产品更好用"): a generic improvement, not an end state (decision 101;
    decision 78 in English). The people served as its subject keep it an end state
    ("让顾客更愿意回来")."""
    m = _ZH_MORE.search(item.folded, start, end)
    if m is None or m.start() == start:
        return False
    # "使团队更有战斗力", "让门店更具竞争力": 有/具 and a quality noun, a generic quality all the
    # same (decision 2265)
    had = _ZH_HAS_QUALITY.match(item.folded, m.end(), end)
    if end - (had.end() if had else m.end()) > (4 if had else 3):
        return False
    subject = item.folded[start : m.start()]
    return not find_terms(subject, words("objective_people", "zh"), "zh")


# After 让/使: a thing, a modal, a place, and a verb of running closing the objective
# ("让现有原型可以在 CI 里跑通", "让老系统能在云上跑起来"; decision 4763).
_ZH_MADE_TO_RUN = re.compile(
    r"(?P<subject>[^，,。；;：:]{1,12}?)\s?(?:可以|能够|可|能)?\s?"
    r"(?:在[^，,。；;：:]{1,12}?(?:中|里|上|下|内)?)?\s?"
    r"(?:跑通|跑起来|运行起来|运行|编译通过|部署起来|部署成功|构建成功|启动起来)[\s。.!！]*"
)


def _own_thing_runs(item: Item, start: int, end: int) -> bool:
    """After 让/使: the team's own prototype, code or system (objective_own_runnables) asked to
    run somewhere, and nothing more: flat technical work, not an end state (decision 4763). The
    people served as the subject keep it an end state ("让新人能独立跑通第一单")."""
    m = _ZH_MADE_TO_RUN.fullmatch(item.folded, start, end)
    if m is None:
        return False
    subject = m.group("subject").strip()
    if find_terms(subject, words("objective_people", "zh"), "zh"):
        return False
    return any(subject.endswith(w) for w in words("objective_own_runnables", "zh"))


def _people_can(item: Item, toks: list[Token]) -> Span | None:
    """The people served can do something, said in a later clause: "客户下单后，第二天就能收到货"
    (a modal and a verb, with a people word in the objective)."""
    people = words("objective_people", "zh")
    if not any(t.text.startswith(people) or t.text.endswith(people) for t in toks):
        return None
    for i, tok in enumerate(toks[:-1]):
        if tok.text not in ("能", "可以", "能够"):
            continue
        # "客户一个电话就能把事情办完", "供应商月底前都能按时收到货款": an adverb or a 把 and
        # its object may stand between the modal and the verb (objective23b, decision 2487)
        j = i + 1
        while j < len(toks) - 1 and toks[j].pos in ("d", "ad"):
            j += 1
        if toks[j].text == "把" and j + 2 < len(toks):
            k = j + 1
            while k < min(j + 3, len(toks) - 1) and toks[k].pos.startswith(("n", "r", "m", "q")):
                k += 1
            j = k if k > j + 1 else j
        nxt = toks[j]
        if j > i + 1 and nxt.text in word_set("objective_flat_verbs", "zh"):
            continue  # "员工能把制度落实到位": the team's routine work, no end state
        if nxt.pos.startswith("v") and nxt.pos != "vn":
            return tok.start, nxt.end
    return _served_within(item, toks)


# A short time for the people served and what happens for them within it (decision 2487):
# "顾客进店三分钟内就有人接待" (就 and a verb), "客户开户十分钟搞定" (a verb of getting it done).
_ZH_WITHIN = re.compile(
    r"(?:当天|当场|(?:(?<!\d)\d{1,4}|[一二两三四五六七八九十半几]{1,3})个?(?:分钟|小时|天|工作日)(?:之?内)?)"
    r"(?:(?:就|便|都|即)(?:有人|能|可以)?)?"
)
_ZH_DONE = ("搞定", "办结", "办完", "办好", "到账", "给到", "打款", "到手", "上门", "答复", "回复")
# What the people get within the time, said from their side (decision 5055): "顾客进店5分钟内拿到药",
# "患者挂号后30分钟内见到医生".
_ZH_GOT = ("拿到", "收到", "见到", "用上", "吃上", "喝上", "住进", "看到")
# The people served, then "as soon as they …" or "without having to …" and what then is theirs
# (decision 5055): "客人一进门就是一间干净的房间", "新员工一入职就能上手", "分析师不用来问我们就敢用数据".
_ZH_AS_SOON = re.compile(
    r"(?:一|不用|无需|不必|不需要)[\u4e00-\u9fffA-Za-z]{1,8}?(?:就|便|即)"
    r"(?:能够|能|可以|敢|是|有|会|看到|看见|拿到|收到|找到|用上|吃上|知道|感到|觉得)"
)


def _served_within(item: Item, toks: list[Token]) -> Span | None:
    """The people served open the objective, then a short time and what they get within it: an
    end state they live (decision 2487). Without 就 only a verb of getting it done counts; a
    measure named before the time (a KPI, "客户投诉率…") keeps its reading elsewhere. The people
    then "as soon as …"/"without having to …" and what is theirs count too (decision 5055)."""
    people = words("objective_people", "zh")
    s, e = core(item)
    # the people served open it, "新" perhaps before them ("新员工")
    at = next((s + len(p) for p in people if len(p) > 1 and item.folded.startswith(p, s)), None)
    at = at or next((s + 1 + len(p) for p in people if item.folded.startswith("新" + p, s)), None)
    if at is not None:
        m = _ZH_AS_SOON.match(item.folded, at, e)
        if m is not None:
            return m.start(), m.end()  # "客人一进门就是…", "分析师不用来问我们就敢用数据" (5055)
    if not toks or not (toks[0].text.startswith(people) or toks[0].text.endswith(people)):
        return None
    for m in _ZH_WITHIN.finditer(item.folded, s, e):
        if any(s <= a < m.start() for a, _b, _n in item.facts.kpis):
            return None
        if item.folded.startswith(_ZH_DONE + _ZH_GOT, m.end()):
            return m.start(), m.end() + 2
        after = next((t for t in toks if t.start >= m.end()), None)
        if (
            m.group().endswith(("就", "便", "都", "即", "有人", "能", "可以"))
            and after is not None
            and after.start == m.end()
            and after.pos.startswith("v")
            and after.pos != "vn"
            and after.text not in word_set("objective_flat_verbs", "zh")
        ):
            return m.start(), after.end
    return None


# What the people served feel or choose about a thing ("愿意来", "信得过", "离不开").
_ZH_ALL_OF_THEM = frozenset({"都", "也", "全都", "一直"})
_ZH_STANCE = (
    "愿意", "乐意", "喜欢", "爱", "信", "离不开", "放心", "想", "抢", "争着", "主动", "敢",
    "推荐", "夸", "点赞", "认可", "依赖", "惦记", "记得", "期待",
)  # fmt: skip


def _measure_subject(item: Item, toks: list[Token], i: int, moves: frozenset[str]) -> bool:
    """The people at `i` open the name of a measure that the clause then moves: "用户停留时长
    增加20%", "会员续费提升至60%", "用户日均使用时长提升到40分钟" (decision 187). The measure's name
    starts within three words of the people, in the same clause, with no 让/使/的 before it
    (those make the people act: "让用户愿意多停留"), and a target verb or a figure follows it."""
    clause = item.facts.clause_at(toks[i].start)
    for k in range(i + 1, min(i + 4, len(toks))):
        tok = toks[k]
        if clause is not None and tok.start >= clause[1]:
            return False
        if tok.text in ("让", "使", "的", "能", "会", "都", "愿意"):
            return False
        kpi = next((b for a, b, _ in item.facts.kpis if a == tok.start), None)
        if kpi is None:
            continue
        nxt = next((t for t in toks[k + 1 :] if t.start >= kpi), None)
        return nxt is not None and (
            nxt.text in moves
            or nxt.text[:1] in moves
            or any(q.start == nxt.start for q in item.facts.quantities)
        )
    return False


def _thing_made_more(toks: list[Token], i: int) -> bool:
    """The people at `i` qualify a thing that is made more of a generic quality ("门店经营更健康",
    "员工队伍更稳定"): a noun after the people, then 更/更加/越来越 and an adjective
    that ends the objective (decision 457; decision 101 after 让)."""
    rest = toks[i + 1 :]
    return (
        len(rest) == 3
        and rest[0].pos in ("n", "vn", "nz")
        and rest[0].text not in ("生活", "日子", "心情", "感受")  # their own lives: an end state
        and rest[1].text in ("更", "更加", "越来越")
        and rest[2].pos.startswith("a")
    )


def _relative_clause(toks: list[Token], i: int) -> bool:
    """The people at `i` say how they feel about the thing after 的: "打造一个年轻人愿意来的书店",
    "建一支客户信得过的团队" (decision 123, as "Build a team people fight to join" in decision 52):
    they act, they are not the generic verb's object ("优化客户投诉的处理流程" stays flat)."""
    after = toks[i + 1 : i + 5]
    for k, t in enumerate(after):
        if t.text == "的":
            # a noun that only starts like a stance word is none: "用户查找信息的效率" (信息, not 信;
            # decision 2464)
            if (
                k > 0
                and any(
                    x.text.startswith(_ZH_STANCE)
                    # "用户都爱用的", "家长都信赖的": after 都/也 it is their verb, whatever jieba
                    # tags it (decision 3837)
                    and (
                        not x.pos.startswith("n")
                        or (j > 0 and after[j - 1].text in _ZH_ALL_OF_THEM)
                    )
                    for j, x in enumerate(after[:k])
                )
            ):
                return True
            break
        if t.text in ("，", ",", "、", "和", "与"):
            return False
    return _their_clause_before_de(toks, i)


# Adverbs that open the people's own clause before 的 ("学员下课后还舍不得走的健身房", "老人住进来就不
# 想搬走的养老院", "客户下单后从来不用催的仓库"): still, even, at once, never (decision 5804).
_ZH_CLAUSE_ADVERBS = frozenset(
    {
        "还",
        "都",
        "就",
        "也",
        "必",
        "从来不",
        "从不",
        "再也不",
        "再也",
        "永远",
        "每次",
        "一直",
        "总能",
    }
)


def _their_clause_before_de(toks: list[Token], i: int) -> bool:
    return _their_clause_end(toks, i) is not None


def _their_clause_end(toks: list[Token], i: int) -> int | None:
    """The people at `i` open a clause of their own, up to eight words long, that ends in 的 and
    the thing built (one or two nouns, the last words): an adverb such as 还, 都, 就 or 从来不, then
    a verb of theirs (decision 5804). Their complaints are no clause of this kind ("客户经常投诉的
    问题清单"), nor a clause with no such adverb ("员工常用的报销流程")."""
    after = toks[i + 1 : i + 9]
    acts = word_set("objective_people_acts", "zh")
    for k, t in enumerate(after):
        if t.text in ("，", ",", "、", "和", "与", "；", ";"):
            return None
        if t.text != "的":
            continue
        before, rest = after[:k], toks[i + 2 + k :]
        if not 1 <= len(rest) <= 2 or not rest[0].pos.startswith("n"):
            return None
        if any(x.text in acts for x in before):
            return None
        # "每天必看", "每周必逛": jieba glues 必 "must" to the verb it qualifies
        if any(len(x.text) == 2 and x.text[0] == "必" for x in before):
            return t.start
        adv = next((j for j, x in enumerate(before) if x.text in _ZH_CLAUSE_ADVERBS), None)
        if adv is None or adv + 1 >= len(before) or before[adv + 1].text in _ZH_OBLIGED:
            return None  # "供应商每月都要填的报表": what they are made to do, no wish of theirs
        if any(not x.pos.startswith(_ZH_NOMINAL_TAGS) for x in before[adv + 1 :]):
            return t.start
        return None
    return None


_ZH_OBLIGED = frozenset({"要", "必须", "需要", "得", "须", "需", "被迫", "只能"})
_ZH_NOMINAL_TAGS = ("n", "r", "m", "q", "t", "d", "u", "x")


# A generic feeling, all the objective says of the people ("家长满意", "客户都很开心"): decision 2267.
# "Parents are happy", "Our customers feel satisfied": the English clause of the same (2267).
# (fullmatched; the guard keeps a search from restarting inside a word, issue 13)
# Made sure of, or a generic state of the people ("Ensure customers are satisfied", "Employees
# are engaged", "The team is more productive", "Our staff are motivated"): the same bare state,
# nothing they see or do (decision 4442, after 2267 and 4246).
_EN_BARE_FEELING = re.compile(
    r"(?<![a-z])(?:(?:ensure|make\ssure)(?:\sthat)?\s)?(?:(?:our|all|the)\s)?([a-z]++)\s"
    r"(?:are|is|feel|feels|stay|remain)\s(?:(?:very|really|more|fully|highly)\s)?"
    r"(?:happy|happier|satisfied|pleased|content|engaged|motivated|productive|aligned|successful)"
    r"[.!]?"
)
_ZH_BARE_FEELING = re.compile(r"们?(?:都|也)?(?:很|更|非常)?(?:满意|开心|高兴|满足)[。！!]?")
# ... and the same feeling kept or made, or the people's expectations exceeded, nothing else:
# "Keep customers happy", "Make our clients happy", "Exceed customer expectations" (decision
# 3525). What they are pleased with ("Keep customers happy with every delivery") or a picture of
# the people ("Exceed every expectation a first-time buyer brings") keeps the end state.
_EN_KEPT_FEELING = re.compile(
    r"(?:(?:always|consistently)\s)?(?:keep|make)\s(?:(?:our|all|the|every)\s)?([a-z]+)\s"
    r"(?:(?:very|really|more|truly)\s)?(?:happy|happier|satisfied|pleased|content|successful)[.!]?"
    # "Keep donors engaged", "Keep our residents informed": a generic state kept (4246)
    r"|(?:(?:always|consistently)\s)?keep\s(?:(?:our|all|the|every)\s)?([a-z]+)\s"
    r"(?:(?:fully|well|more)\s)?(?:engaged|informed|updated|in the loop)[.!]?"
    r"|(?:(?:always|consistently)\s)?exceed\s(?:(?:our|the)\s)?([a-z]+?)(?:'s?|s')?\s"
    r"expectations[.!]?"
)

# The people made generically "more involved" and nothing they see or do (decision 5964, after
# 4246's "Keep donors engaged"): "Get our volunteers more involved", "Get parents more engaged",
# "Make staff more involved in planning", "让大家更投入一些", "让家长更积极地参与". A picture of what
# they do keeps the end state ("Get every volunteer so involved they bring a friend",
# "让每位志愿者都愿意带朋友来"); where they take part may follow in up to four words.
_EN_MORE_INVOLVED = re.compile(
    r"(?:get|make)\s(?:(?:our|all|the|all\sour|my)\s)?([a-z]+)\s(?:(?:a\sbit|a\slittle|much|far)\s)?"
    r"more\s(?:involved|engaged|active|motivated|connected|interested|excited|committed|invested|"
    r"enthusiastic|engaged\sand\sinvolved)(?:\s(?:in|with|at|on)(?:\s[a-z'-]+){1,4})?[.!]?"
)
_ZH_MORE_INVOLVED = re.compile(
    r"(?:让|使)(?P<who>[\u4e00-\u9fff]{2,4}?)们?都?(?:更加|更|再)(?:多)?"
    r"(?:投入|积极|主动|活跃|有干劲|有热情|有积极性|上心|用心|参与|愿意参与)(?:一些|一点儿?|些)?"
    r"(?:(?<=参与)[\u4e00-\u9fff]{1,6}|地?参与[\u4e00-\u9fff]{0,6}|地?投入[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{0,2}工作|进来)?[。！!]?"
)


def _more_involved(text: str, language: str) -> bool:
    """The people served made generically more involved, nothing else (decision 5964)."""
    if language == "en":
        m = _EN_MORE_INVOLVED.fullmatch(text)
        return m is not None and (
            m.group(1) in word_set("objective_people", "en") or m.group(1) in _EN_OWN_CREW
        )
    m = _ZH_MORE_INVOLVED.fullmatch(text)
    return m is not None and m.group("who") in word_set("objective_people", "zh")


_EN_OWN_CREW = frozenset({"staff", "workforce", "crew", "colleagues", "people", "teams"})


def _bare_feeling(item: Item) -> bool:
    """The people served and a generic feeling, nothing else ("家长满意", "客户满意"): "Happy
    parents" in Chinese, a bare phrase with no picture of what they see or do (decisions 52,
    2267). "办家长满意的学校" names the thing they are pleased with (decision 1604)."""
    s, e = core(item)
    text = item.folded[s:e].strip()
    if _more_involved(text, item.language):
        return True  # "Get our volunteers more involved", "让大家更投入一些" (decision 5964)
    if item.language == "en":
        people = words("objective_people", "en")
        m = _EN_BARE_FEELING.fullmatch(text)
        if m is not None and (m.group(1) in people or m.group(1) in _EN_OWN_CREW):
            return True  # "Our staff are motivated": the team's own state (4442)
        m = _EN_KEPT_FEELING.fullmatch(text)
        if m is None:
            return False
        who = next(g for g in m.groups() if g)
        return who in people or who.rstrip("s") in people
    lead = max(
        (p for p in words("objective_people", "zh") if text.startswith(p)), key=len, default=""
    )
    return bool(lead) and _ZH_BARE_FEELING.fullmatch(text, len(lead)) is not None


def _served_zh(item: Item) -> Span | None:
    toks = _words(item)
    if _bare_feeling(item):
        return None
    people = words("objective_people", "zh")
    flat = _single("objective_flat_verbs", "zh") | _single("objective_kpi_verbs", "zh")
    # "粉丝涨到1万": people inside a measure's name that moves, not the people served (decision 58)
    moves = flat | _single("objective_target_verbs", "zh")
    heads = {}  # clause start → whether a generic verb opens the clause
    kpi_starts = {a for a, _, _ in item.facts.kpis}
    kpi_cover = bytearray(len(item.folded) + 1)  # offsets inside a named measure
    for a, b, _ in item.facts.kpis:
        kpi_cover[a:b] = b"\x01" * (b - a)
    for i, tok in enumerate(toks):
        clause = item.facts.clause_at(tok.start)
        if (
            clause is not None
            and clause[0] not in heads
            # "快速支撑业务扩张": the verb after a manner word opens the clause (decision 1444)
            and tok.text not in _ZH_MANNER
            and tok.text not in _ZH_ADVERBS
            and not (tok.text in _ZH_TIME_SPENT and tok.start - clause[0] <= 3)
        ):
            heads[clause[0]] = tok.text in flat
        if not tok.text.startswith(people) and not tok.text.endswith(people):
            continue
        if any(kpi_cover[tok.start : tok.end]):
            continue  # a measure's name ("销售额", "会员人数"), not people
        if (tok.start, tok.end) in _sales_figures(item):
            continue  # "门店销售提上去": the sales figure, not the sales staff (decision 885)
        if i > 0 and toks[i - 1].text == "把":
            continue  # the people acted on, not acting ("把会员做起来", "把新人带好": decision 101)
        if _worked_for(toks, i):
            continue  # the people worked for: "为战略客户创建VIP服务计划" (decision 196)
        if i + 1 < len(toks) and toks[i + 1].start in kpi_starts:
            continue  # a measure's modifier ("销售收入", "客户满意度")
        if _measure_subject(item, toks, i, moves):
            continue  # "用户停留时长增加20%": the people qualify the measure that moves
        # "客户投诉同比减少一半": compared with last year between the act and its move (2371)
        m = i + 3 if i + 3 < len(toks) and toks[i + 2].text in _ZH_COMPARED else i + 2
        if (
            i + 1 < len(toks)
            and toks[i + 1].text in word_set("objective_people_acts", "zh")
            and (m >= len(toks) or toks[m].text in moves | _ZH_HALVED)
        ):
            continue  # "客户投诉减半": their act on the team counted and moved, a KPI (1859)
        if (
            i + 1 < len(toks)
            and toks[i + 1].text in _ZH_PER_HEAD
            and _ZH_AVERAGED.search(item.folded, toks[i + 1].end, core(item)[1])
        ):
            continue  # "门诊患者平均候诊时间缩短到20分钟": an average over them (decision 1858)
        if (
            clause is not None
            and heads.get(clause[0])
            and not any(
                t.text in ("的", "让", "使", "被") for t in toks[:i] if t.start >= clause[0]
            )
            and not _relative_clause(toks, i)
        ):
            # the object of a generic verb ("支撑大客户规模化交付", "提升客户满意度"); not the
            # people who act on the team ("做一个被读者信任的博主": decision 101)
            continue
        theirs = _their_clause_end(toks, i)
        if theirs is not None:
            # "打造学员下课后还舍不得走的健身房": the thing built, seen in a clause of theirs (5804)
            return tok.start, theirs
        # "孩子们放学后有个…去处": jieba cuts 们 off the people; they act after it (decision 2105)
        i0 = i + 1 if i + 1 < len(toks) and toks[i + 1].text == "们" else i
        k = _past_their_moment(toks, i0)
        after = [t for t in toks[k : k + 2] if t.text not in _ZH_NEEDS]
        moment = k > i0 + 1 and (
            toks[k - 1].text in _ZH_MOMENT_ENDS or toks[k - 1].text.endswith(_ZH_GLUED_MOMENT)
        )
        if moment and any(verb_classes("zh").get(t.text) in _ZH_WORK_CLASSES for t in after):
            continue  # "员工入职时完成培训": work done at their moment, not what they get
        if _head_count(item, toks, i):
            continue  # "会员拉到1万", "学员招到500人": the people counted, not acting (875)
        if _thing_made_more(toks, i):
            continue  # "门店经营更健康": the people's thing gets better, they do not act (457)
        if (
            i + 2 < len(toks)
            and toks[i + 1].text in _ZH_EXPERIENCE_NOUNS
            and toks[i + 2].text in moves
        ):
            continue  # "客户体验提升": the people's experience gets better, they do not act (1396)
        if _their_quality_moved(toks, i, moves):
            continue  # "窗口人员业务能力提升": a quality of theirs gets better (decision 1759)
        if i > 0 and toks[i - 1].text == "被" and after:
            return tok.start, after[0].end  # "被读者信任": the people act (jieba may tag a noun)
        mind = _ZH_IN_MIND.match(item.folded, tok.end)
        if mind:
            # "做孩子们心中的足球乐园", "成为读者眼中的好书店": what it is in the eyes of the people
            # served (decision 1605)
            return tok.start, mind.end()
        if tok.pos == "l" and _ZH_PEOPLE_FEEL.fullmatch(tok.text[len(_people_prefix(tok.text)) :]):
            # "办人民满意的教育", "做群众满意的医院": jieba glues the people and how they feel
            # into one phrase; they still feel it (decision 1604)
            return tok.start, tok.end
        if _ZH_BOUND_COUNT.match(item.folded, tok.end):
            continue  # "新增客户不少于300家": a bound on their count, not their act (4089)
        if after and (
            any(t.pos.startswith(("v", "d")) and t.pos != "vn" for t in after)
            or _passes_a_test(after, k > i0 + 1)
        ):
            # past a span or a place of theirs ("学员三个月内找到工作", "客户在APP上完成办理"), a
            # routine verb is their own act; only a measure's move is not (decision 4083)
            moved = moves - flat if k > i0 + 1 and not moment else moves
            moved |= _single("objective_kpi_verbs", "zh")
            # "用户净增长20万": net (净) before the move keeps the people counted (decision 4087)
            # (an adverb first, "还" tagged d, is "still", not the verb of repaying: 5804)
            first = after[1:2] if after[0].text == "净" or after[0].pos == "d" else after[:1]
            if any(
                t.text in moved
                or t.text[:1] in moved
                or (k > i0 + 1 and any(kpi_cover[t.start : t.end]))
                for t in first
            ):
                continue
            return tok.start, after[-1].end
        if (
            after
            and i > 0
            and toks[i - 1].text in _ZH_CAUSE
            and k == i0 + 1
            and after[0].pos in ("u", "zg", "ul", "uz")
            and not any(t.text in moves or t.text[:1] in moves for t in after)
        ):
            # "让乘客等车不超过10分钟": jieba tags the people's verb as a particle (等|车); made
            # to act by 让, they still act (decision 1852)
            return tok.start, after[-1].end
    return None


# The moment a clause of the people's own sets ("顾客离店时", "病人出院后"): what they do then is
# read after it (decision 1847).
_ZH_MOMENT_ENDS = frozenset({"时", "后", "之后", "以后", "时候", "的时候", "之前", "前"})


_ZH_GLUED_MOMENT = ("后", "时", "之后", "以后", "的时候")


def _past_their_moment(toks: list[Token], i: int) -> int:
    """Where the people's act is read after the people at `i`: past a moment of theirs of one or
    two words ending in 时/后 ("每一位顾客离店时都带着笑容"), a span of time ("学员三个月内找到工作")
    or a place where they act ("客户在APP上自助办理": decision 4083), else right after them."""
    if (
        i + 2 < len(toks)
        and len(toks[i + 1].text) >= 3
        and toks[i + 1].text.endswith(_ZH_GLUED_MOMENT)
        and toks[i + 1].pos.startswith(("n", "v"))
    ):
        return i + 2  # "学员下课后还舍不得走": jieba glues the moment into one word (5804)
    for j in range(i + 2, min(i + 4, len(toks))):
        if toks[j].text in _ZH_MOMENT_ENDS and all(
            t.pos.startswith(("n", "v")) for t in toks[i + 1 : j]
        ):
            return j + 1
        if (
            toks[j].text in _ZH_SPAN_ENDS
            and toks[i + 1].pos == "m"
            and all(t.pos.startswith(("m", "q", "n", "t")) for t in toks[i + 1 : j])
        ):
            return j + 1  # "三个月内", "一周内", "两小时内"
    if i + 1 < len(toks) and toks[i + 1].text == "在":
        for j in range(i + 3, min(i + 6, len(toks))):
            if toks[j].text in _ZH_PLACE_ENDS and toks[j].pos == "f":
                return j + 1  # "在APP上", "在手机上", "在家里"
    return i + 1


# A test the people pass: jieba tags 通过 a preposition ("通过|考试"), but after the people and a
# span of theirs ("学员两个月内通过考试") it is their own act, as 找到工作 is (decision 4221).
_ZH_PASSED = "通过"


def _passes_a_test(after: list[Token], past_span: bool) -> bool:
    """Whether the people's act read after a span of theirs is passing a test ("通过考试",
    "通过考级": decision 4221); 通过 before anything else is a means ("通过社群运营")."""
    return (
        past_span
        and len(after) == 2
        and after[0].text == _ZH_PASSED
        and after[1].text.startswith(tuple(words("kr_pass_objects", "zh")))
    )


# The end of a span of time counted from the people's start ("三个月内") and of a place where
# they act ("在APP上"), read past before their act (decision 4083).
_ZH_SPAN_ENDS = frozenset({"内", "之内", "以内"})
_ZH_PLACE_ENDS = frozenset({"上", "里", "中", "内", "端"})


_ZH_HALVED = frozenset({"减半", "清零", "归零", "下降", "降低", "减少", "翻番", "翻倍"})
# An average over the people named before it: they qualify a measure, they do not act.
_ZH_PER_HEAD = frozenset({"平均", "人均", "日均", "月均", "年均", "次均", "户均"})
_ZH_AVERAGED = re.compile(r"时间|时长|用时|率|天数|次数|金额|费用|分数")
_ZH_IN_MIND = re.compile(r"们?(?:心中|眼中|心目中|心里|眼里|身边)的")
# A thing brought to every place or home of the people served: "把好书送到每一个村", "把诊所开到
# 每个乡镇" — what each of them gets, an end state (decision 1607).
# Each one of the people served helped to do something of their own: "帮助每个家庭找到信任的医生",
# "帮每位老人用上智能手机" — they act, as after 让 (decision 4106); the English "Help every family
# find …" already reads so. Not the team's own people ("帮助每个销售提升业绩": a KPI verb) nor a
# bare 帮助 + people ("帮助中小企业降低用工成本").
_ZH_HELP_EVERY = re.compile(r"帮(?:助)?(?:每一?|所有)(?:个|位|名|户|家|所)?")
_ZH_CAN = ("都能", "都可以", "都", "能", "可以")
# The team's work verbs after the people: they are worked on, not acting ("帮助所有员工完成培训").
_ZH_TEAM_WORK = (
    "完成", "提升", "提高", "优化", "加强", "完善", "做好", "建立", "落实", "推进", "实施", "降低",
    "增加", "减少", "达成", "实现",
)  # fmt: skip
_ZH_REACH_EVERY = re.compile(
    r"(?:送|开|带|铺|搬|办|建)(?:到|进)(?:每一?|各个|所有)[个位家所座户间条处]?[\u4e00-\u9fff]"
)
# What the writer truly loves, named as what the objective reaches: "找到一份真正喜欢的工作",
# "过上自己想要的生活" (decision 1755): an end state seen from the one the set is for.
# "拿到一份自己真心想去的offer", "梦想中的工作": the heart's own wish said with 真心 or as a dream, and
# a place one wants to go to or work at (想去, 想进, 想做; decision 6629).
_ZH_OWN_LIKING = re.compile(
    r"(?:(?:自己|真正|由衷|真心)(?:真正|真心|最)?(?:喜欢|热爱|心仪|向往|想要|想去|想进|想做)|梦想中)的"
)
# How the people served feel about the work, glued to them by jieba ("群众满意", decision 1604).
_ZH_PEOPLE_FEEL = re.compile(r"满意|放心|安心|信赖|信任|认可|喜爱|喜欢|点赞|称赞|叫好")


def _people_prefix(text: str) -> str:
    """The longest people word the token opens with ("群众" in 群众满意), or ""."""
    return max(
        (p for p in words("objective_people", "zh") if text.startswith(p)), key=len, default=""
    )


# Nouns of what the people served go through that jieba may tag as verbs ("客户|体验|提升").
_ZH_EXPERIENCE_NOUNS = frozenset({"体验", "感受", "感知"})


def _head_count(item: Item, toks: list[Token], i: int) -> bool:
    """The people at `i` are counted up to a figure: a verb ending in 到/至 ("拉到", "招到"), or a
    verb and 到/至 ("发展|到"), right after them, then a number: "会员拉到1万", "学员招到500人",
    "客户拉到300家" say how many there will be, as "会员数拉到1万" does (decision 875). "让会员到店
    就能喝到" has no figure after 到: the people act."""
    rest = toks[i + 1 : i + 5]
    if rest and rest[0].pos.startswith("n"):
        rest = rest[1:]  # "门店|客户|拉到500家": a people word compound
    if (
        rest
        and rest[0].pos.startswith("v")
        and len(rest[0].text) >= 2
        and rest[0].text.endswith(_ZH_UP_TO)
    ):
        k = 1
    elif len(rest) >= 2 and rest[0].pos.startswith("v") and rest[1].text in _ZH_UP_TO:
        k = 2
    else:
        return False
    return k < len(rest) and any(
        q.start == rest[k].start and q.kind in ("count", "number") for q in item.facts.quantities
    )


_ZH_UP_TO = ("到", "至")


def _people_spared(item: Item, bounds: set[int]) -> Span | None:
    """The people served spared a harm, the whole objective ("患者用药零差错"): an end state seen
    from them (decision 681)."""
    s, e = core(item)
    folded = item.folded
    zero = next((z for z in (folded.find(c, s, e) for c in "零无") if z >= 0 and z in bounds), -1)
    if zero < 0:
        return None
    bad = next(((a, b) for a, b, _ in find_terms(folded, bad_events("zh"), "zh") if b == e), None)
    if bad is None or bad[0] <= zero or not _spared_people(folded, s, zero, bad):
        return None
    return s, e


def _spared_people(folded: str, s: int, zero: int, bad: tuple[int, int]) -> bool:
    """ "患者用药零差错", "住院老人夜间零跌倒": the people served, named before it, spared a harm — what
    they experience, like "Nobody gets hurt at a Northpeak DC" (decision 51), not a count the
    team keeps (decision 681). Not when the bad event is their own act on the team ("客户零投诉",
    "会员零流失": a KPI of theirs)."""
    if not find_terms(folded[s:zero], words("objective_people", "zh"), "zh"):
        return False
    # "患者安全零事故", "学生安全零事故": the people name the domain of the team's record, as
    # "资金安全零事故" (decision 3961)
    if any(folded.endswith(d, s, zero) for d in words("objective_record_domains", "zh")):
        return False
    return folded[bad[0] : bad[1]] not in word_set("objective_people_acts", "zh")


# -- flat statements ----------------------------------------------------------------------------


def flat(item: Item) -> Flat | None:
    """Why the objective reads as a flat statement of work or a generic improvement, or None.
    Markers and end states are not weighed here (see `aspiration`, `end_state`)."""
    key = "objective_flat"
    if key in item.facts.memo:
        return item.facts.memo[key]  # type: ignore[return-value]
    found = _flat_en(item) if item.language == "en" else _flat_zh(item)
    item.facts.memo[key] = found
    return found


# Participles that say a piece of work is done: "The API guide is published", "Our billing
# service is migrated", "All admin rules are included in the handbook" (decision 4924).
_EN_WORK_DONE = frozenset(
    {"published", "launched", "released", "shipped", "documented", "migrated", "redesigned",
     "rebuilt", "implemented", "deployed", "completed", "finished", "delivered", "included",
     "integrated", "automated", "systematized", "systematised", "standardized", "standardised",
     "prioritized", "prioritised", "updated", "upgraded", "refactored", "written", "drafted",
     "defined", "built", "installed", "configured", "merged", "archived", "rewritten"}
)  # fmt: skip


def _deliverable_done(toks: list[Token], i: int) -> int | None:
    """Where "<a thing> is/are <participle of work>" ends (with "and" a second participle and one
    phrase of scope after), or None. The subject is one to six words, not people nor "every"/
    "each" one (those are end states seen from the people served)."""
    for b in range(i + 1, min(len(toks) - 1, i + 7)):
        if toks[b].text.lower() not in ("is", "are"):
            continue
        subject = [t.text.lower() for t in toks[i:b]]
        if (
            any(w in ("every", "each", "we", "i", "you", "they") for w in subject)
            or subject[-1] in _single("objective_people", "en")
            or toks[b + 1].text.lower() not in _EN_WORK_DONE
        ):
            return None
        k = b + 2
        if k + 1 < len(toks) and toks[k].text.lower() == "and":
            if toks[k + 1].text.lower() not in _EN_WORK_DONE:
                return None
            k += 2
        return toks[-1].end if _scope_only(toks, k) else None
    return None


def _best_self(item: Item) -> bool:
    """Whether the whole objective is the writer's best measured against the writer ("Be the
    best version of myself", "Do our best work", "做最好的自己"; decision 4446)."""
    s, e = core(item)
    text = item.folded[s:e].strip().rstrip(".!。！")
    if item.language == "zh":
        return bool(re.fullmatch(r"(?:做|成为|当|活出)" + _ZH_BEST_SELF.pattern, text))
    return _EN_BEST_SELF.fullmatch(text) is not None


# One's own outburst forbidden: "Don't lose my temper with the kids", "Never yell at the team",
# "Do not snap at my staff" — a behaviour to stop, said as "Don't" instead of "Stop" (decision
# 6660; 6317 named it flat). The behaviours are kr-negative-phrasing's (decision 6170); a feeling
# kept ("Don't lose my nerve": objective_kept_feelings, vague) is not one.
# "Dont" without its apostrophe is the same "Don't" (decision 6942).
# "Never again lose my temper", "Don't ever yell at …": the denial stressed (decision 7025)
_EN_DENIED_LEAD = re.compile(r"(?:don['’]?t|do\s+not|never)\s+(?:(?:ever|again)\s+)?")
_EN_DENIED_BEFORE = re.compile(r"(?:don['’]?t|do\s+not|never)\s+$")
# One's temper lost, said with "cool" or "rag", or one's voice raised (decision 6942)
_EN_TEMPER_LOST = re.compile(
    r"(?:lose\s+(?:my|our|his|her|their)\s+(?:temper|cool|rag)"
    r"|raise\s+(?:my|our|his|her|their)\s+voices?)\b"
)
_EN_BEHAVIOUR_VERB = re.compile(r"[a-z]+(?:\s+up)?\b")  # "snap", "hang up"
# A listed behaviour with its particle ("snap at", "lash out"), read before the bare verb
_EN_BEHAVIOUR_PHRASAL = re.compile(r"(?<![a-z])[a-z]+\s+(?:at|out|off|back)\b")


def _own_outburst_denied(folded: str, start: int) -> int | None:
    """Where "Don't" + one's own outburst ends (the verb's end), or None."""
    m = _EN_DENIED_LEAD.match(folded, start)
    if m is None:
        return None
    if t := _EN_TEMPER_LOST.match(folded, m.end()):
        return t.end()
    listed = word_set("kr_negative_behaviours", "en")
    p = _EN_BEHAVIOUR_PHRASAL.match(folded, m.end())
    if p and p.group(0) in listed:
        return p.end()  # "Never snap at my team" (6942)
    v = _EN_BEHAVIOUR_VERB.match(folded, m.end())
    if v and v.group(0) in listed:
        return v.end()
    aimed = _EN_AIMED_AT.match(folded, m.end())
    people = _single("objective_people", "en") | {"staff"}
    if (
        aimed
        and (aimed.group("who") in people or aimed.group("head") in people)
        # "Never look at our customers as numbers": how they are seen, no act at them
        and aimed.group("head") != "as"
    ):
        return aimed.end("verb")  # "Don't bark at the junior staff" (decision 7025)
    return None


# One's own act aimed at people near one: "bark at the junior staff", "roll my eyes at my
# manager" — a behaviour to stop, listed or not (decision 7025)
_EN_AIMED_AT = re.compile(
    r"(?P<verb>(?<![a-z])[a-z]+(?:\s+(?:my|our)\s+[a-z]+)?)\s+at\s+(?:(?:my|our|his|her|their|the)\s+)?"
    r"(?P<who>[a-z-]+)(?:\s+(?P<head>[a-z]+))?"
)


def _flat_en(item: Item) -> Flat | None:
    toks = _words(item)
    if not toks:
        return None
    if _bare_feeling(item) or _best_self(item):
        # "Parents are happy": "Happy parents" (decision 2267); "Be the best I can be" (4446)
        return Flat("state", core(item))
    i = _en_start(toks)
    n = _en_match(toks, i, "objective_flat_verbs")
    if n and _plural_form(toks[i]):
        n = 0  # "Releases are …": a plural noun as the subject, not an imperative
    if not n and _flat_gerund(toks[i]):
        # "Increasing research capabilities of our partners", "Strengthening ties with …": the
        # gerund of a routine verb states the same work as the verb (decisions 473, 1330)
        n = 1
    if n:
        return Flat("verb", (toks[i].start, toks[i + n - 1].end))
    denied = _own_outburst_denied(item.folded, toks[i].start)
    if denied is not None:
        return Flat("verb", (toks[i].start, denied))  # "Don't lose my temper with the kids" (6660)
    done = _deliverable_done(toks, i)
    if done is not None:
        return Flat("state", (toks[i].start, done))  # "The API guide is published" (4924)
    if _staff_rollout_said(item, toks) and served(item) is None:
        # "Every manager completes the coaching course": the team's own people covered by its
        # rollout, a key result's coverage (decision 5382)
        return Flat("state", (toks[i].start, toks[-1].end))
    if generic_good_served(item) or _put_first(toks, i):
        # lead 5011 (decision 4240); "Put customers first": a priority, no end state (4248)
        return Flat("state", (toks[i].start, toks[-1].end))
    funds = _own_funds_secured(item, toks, i)
    if funds is not None:
        return Flat("verb", funds)  # "Secure funding for the next phase" (decision 4242)
    if (
        i + 2 < len(toks)
        and toks[i + 1].text.lower() == "and"
        and not _en_match(toks, i, "objective_inspiring")
        and _en_match(toks, i + 2, "objective_flat_verbs")
        and not _plural_form(toks[i])
    ):
        # "Lead and implement the Council's vision", "Lead and educate the community": a
        # routine verb coordinated with the first one makes the pair flat (decision 1060).
        m = _en_match(toks, i + 2, "objective_flat_verbs")
        return Flat("verb", (toks[i].start, toks[i + 1 + m].end))
    split = _split_phrasal(toks, i)
    if split is not None:
        return Flat("verb", (toks[i].start, split.end))
    tidy = _put_straight(toks, i)
    if tidy is not None:
        return Flat("verb", (toks[i].start, tidy))
    if _lemma(toks[i]) in _EARN_VERBS | _BE_VERBS and _certification_obtained(toks, i):
        # "Achieve SOC 2 Type II compliance", "Earn ISO 27001 certification": a certification
        # is work to do (PRINCIPLES.md, tasks), not a direction (decision 594)
        return Flat("verb", (toks[i].start, toks[-1].end))
    if _quality_to_verb(toks, i) and served(item) is None:
        # "Easy to use", "Simple to set up": a quality asked with no subject and no one served,
        # as "Easy" and "Be secure" are (decision 5124)
        return Flat("noun-phrase", (toks[i].start, toks[-1].end))
    if _noun_phrase_en(toks[i:], item.folded) or _en_match(toks, i, "kr_deliverables"):
        # "Customer success playbook"; "Alpha release of the chess app" (a deliverable first)
        return Flat("noun-phrase", (toks[i].start, toks[-1].end))
    if _EN_STRONG_FINISH.fullmatch(item.folded, toks[i].start, toks[-1].end):
        # "Close the year strong", "Finish Q4 strong in the mid-market": a period ended well,
        # with no picture of what is strong (objective23b, decision 2485)
        return Flat("state", (toks[i].start, toks[-1].end))
    if _stock_improvement(item, toks, i):
        # "Take our content to the next level", "Push the podcast further" (decision 1725)
        return Flat("state", (toks[i].start, toks[-1].end))
    if _wished_better(item, toks, i):
        # "We need our app to be faster", "Our API must be more stable": 56's "Make our API more
        # stable" said as a wish (decision 5184)
        return Flat("state", (toks[i].start, toks[-1].end))
    if _made_better(item, toks, i) or (
        _lemma(toks[i]) in ("be", "become", "get", "being", "becoming", "getting")
        and (
            _comparative_next(toks, i)
            or _bare_quality(toks, i)
            or _generic_person(toks, i)
            or _team_ready(item, toks, i)
            or _skill_level(item, toks, i)
        )
        and served(item) is None
    ):
        # "Be healthier and happier", "Become faster": only a generic comparative (decision 107)
        return Flat("state", (toks[i].start, toks[-1].end))
    if _stock_role(toks, i) or _know_them(toks, i):
        # "Become a trusted advisor to our clients" (4360), "Know our customers" (4361)
        return Flat("state", (toks[i].start, toks[-1].end))
    if _generic_gain(item, toks, i):
        # "Get good grades", "Make more money", "Have more fun": a stock good, nothing pictured
        return Flat("state", (toks[i].start, toks[-1].end))
    if _lemma(toks[i]) in ("own", "land") and _owned_work(item.folded, toks[i].end, core(item)[1]):
        # "Own the Q3 budget process", "Land the new ERP system": the work itself (3528)
        return Flat("verb", (toks[i].start, toks[i].end))
    if _work_lead(item, toks, i):
        # "Review our pricing", "Move to a new office", "Catalogue the map drawers": a verb of
        # work as a key result would read it, with nothing it serves (decision 1469)
        return Flat("verb", (toks[i].start, toks[i].end))
    state = _internal_state_en(item, toks, i)
    if state is not None:
        return Flat("state", state)
    if _unlisted_verb_on_thing(item, toks, i):
        # "Tame the ticket backlog", "Shore up the night shift": a verb no list knows and a
        # plain object, nothing it serves or wins (decision 5560)
        return Flat("verb", (toks[i].start, toks[i].end))
    return None


# What an objective's verb is already known as, in any list the objective's rules read: a verb
# on none of them is read by its shape alone (decision 5560).
_EN_KNOWN_VERB_LISTS = (
    "objective_inspiring", "objective_end_state_verbs", "objective_mitigation",
    "objective_marker_idioms", "objective_market_moves", "objective_acquire_verbs",
    "objective_full_verbs", "objective_rollout_verbs", "objective_target_verbs",
)  # fmt: skip
_EN_PLAIN_PARTICLES = frozenset({"up", "down", "off", "out", "over", "back", "together"})
_EN_PLAIN_LEADS = frozenset(
    {"the", "our", "my", "their", "your", "its", "this", "these", "those", "a", "an"}
)
# Words that make the object more than a thing of the team's own: a clause, a purpose, a
# comparison, the people or places it reaches, a second determiner (a complement: "Make the
# shift a place nurses want to work").
_EN_NOT_PLAIN = frozenset(
    {"so", "that", "until", "when", "where", "who", "which", "whose", "to", "for", "with",
     "without", "while", "before", "after", "by", "into", "onto", "than", "as", "every", "each",
     "all", "no", "never", "more", "most", "less", "least", "and", "or", "but", "not", "we",
     "they", "i", "you", "us", "them", "people", "like"}
)  # fmt: skip


@cache
def _en_known_verbs() -> frozenset[str]:
    known = set(_en_verbs()) | set(verb_classes("en"))
    for name in _EN_KNOWN_VERB_LISTS:
        known.update(p.split()[0] for p in words(name, "en") if p.split())
    return frozenset(known)


def unlisted_verb_on_served(item: Item) -> bool:
    """Whether the objective has 5560's shape, an imperative no verb list knows and one
    determiner, but its object names the people served or an arena won against others
    ("Captivate the audience", "Charm our hotel guests", "Smash the regional record"): the rule
    reads it as inspiring on purpose (decisions 5560, 5568), so the model is not asked to
    overrule it (decision 990)."""
    if item.language != "en":
        return False
    toks = _words(item)
    return bool(toks) and _unlisted_verb_on_thing(item, toks, 0, on_served=True)


def _unlisted_verb_on_thing(
    item: Item, toks: list[Token], i: int, *, on_served: bool = False
) -> bool:
    """Whether the objective is an imperative no verb list knows ("Tame", "Shore up",
    "Reimagine"), then one determiner and one to four plain words naming the team's own thing:
    "Tame the ticket backlog", "Shore up the night shift", "Revitalise the parent association"
    (decision 5560). The object is plain when it holds no clause or purpose, no comparison or
    superlative, and its last word names no people (objective_people: "Charm our hotel guests")
    and no arena won against others (objective_contest_arenas: "Storm the Asian market", "Smash
    the quarterly record")."""
    if i != 0 or not 3 <= len(toks) <= 11:
        return False
    first = toks[0].text
    if not (first[:1].isupper() and first.isalpha()) or _plural_form(toks[0]):
        return False  # an imperative opens the objective, capitalised as written
    known = _en_known_verbs()
    if first.lower() in known or _lemma(toks[0]) in known:
        return False
    k = 1
    if toks[k].text.lower() in _EN_PLAIN_PARTICLES:
        k += 1
    if k >= len(toks) or toks[k].text.lower() not in _EN_PLAIN_LEADS:
        return False
    rest = toks[k + 1 :]
    # one place the work is done at, after the thing ("… at both hospitals", "… in Plant 2")
    at = next((j for j, t in enumerate(rest) if t.text.lower() in _EN_WORK_PLACES), len(rest))
    if at < len(rest) and not _plain_place(rest[at + 1 :]):
        return False
    rest = rest[:at]
    if not 1 <= len(rest) <= 4:
        return False
    for t in rest:
        w = t.text.lower()
        if (
            not w.isalpha()
            or w in _EN_NOT_PLAIN
            or w in _EN_PLAIN_LEADS
            or _comparative(t)
            or (w.endswith("est") and w not in _single("objective_superlative_exceptions", "en"))
        ):
            return False
    # the head names who or what it is for: the people served ("Charm our hotel guests") or an
    # arena won against others; a modifier does not ("the parent association")
    head = {rest[-1].text.lower(), _lemma(rest[-1])}
    if head & (_single("objective_people", "en") | _single("objective_contest_arenas", "en")):
        return on_served
    return not on_served and served(item) is None


_EN_WORK_PLACES = frozenset({"in", "at", "on", "across", "within"})
_EN_PLACE_WORDS = frozenset(
    {"the", "our", "my", "a", "all", "both", "every", "each", "two", "three"}
)


def _plain_place(place: list[Token]) -> bool:
    """Whether the words after in/at/on/across only name a place: one to four words, letters or
    figures, nothing that opens a clause or names people ("… at both hospitals", "… in Plant 2";
    not "… on every call so patients …", decision 5560)."""
    if not 1 <= len(place) <= 4:
        return False
    people = _single("objective_people", "en")
    return not any(
        not t.text.isalnum()
        or (t.text.lower() in _EN_NOT_PLAIN and t.text.lower() not in _EN_PLACE_WORDS)
        or t.text.lower() in people
        or _lemma(t) in people
        for t in place
    )


# A period closed or opened "strong" (decision 2485), a scope or a time after it at most.
_EN_STRONG_FINISH = re.compile(
    r"(?:close|finish|end|start|open)\s+(?:out\s+)?(?:(?:the|this|our|my)\s+)?(?:fiscal\s+)?"
    r"(?:year|quarter|half|month|season|q[1-4]|h[12]|fy\d{0,4})\s+(?:strong|strongly|on\s+a\s+high)"
    r"(?:\s+(?:in|at|across|for|by|on|with)\b[^,;:]*)?"
)
# One phrase of time or place at the end ("… in January", "… across every site").
_EN_TRAILING_SCOPE = re.compile(
    r" (?:(?:in|on|at|during|by|across|for) [\w'-]{1,16}|(?:this|next|every) [\w'-]{1,16})"
    r"(?: [\w'-]{1,16}){0,3}$"
)
_EN_STATE_GLUE = frozenset({"and", ",", "always", "fully", "now", "truly", "all", "both", "again"})
# The verbs of an internal state: "is/are" and "runs" ("The warehouse runs like clockwork").
_EN_STATE_VERBS = frozenset({"is", "are", "run", "runs"})


def _internal_state_en(item: Item, toks: list[Token], i: int) -> Span | None:
    """The team's own thing is/are only generic or tidy states ("Our data is clean and
    trusted", "Our systems are secure and compliant"): an internal state (decision 2373). The
    people served as the subject, "every/each/no" before it, a measure in it or any other word
    after the verb keep the reading as it was."""
    k = next(
        (
            j
            for j in range(i + 1, min(len(toks), i + 6))
            if _forms(toks[j])[0] in _EN_STATE_VERBS or toks[j].text.lower() in _EN_STATE_VERBS
        ),
        -1,
    )
    if k < 0 or k + 1 >= len(toks):
        return None
    subject = toks[i:k]
    people = _single("objective_people", "en")
    if any(
        t.text.lower() in people or _lemma(t) in people or t.text.lower() in _EN_UNIVERSAL
        for t in subject
    ):
        return None
    if any(toks[i].start <= a < toks[k].start for a, _b, _n in item.facts.kpis):
        return None
    states = _single("objective_generic_adjectives", "en") | _single(
        "objective_internal_states", "en"
    )
    rest = item.folded[toks[k].end : core(item)[1]]
    tail = _EN_TRAILING_SCOPE.search(rest)
    if (
        tail is not None
        and tail.group().startswith(" for ")
        and any(
            w in people or w in _EN_UNIVERSAL or w.rstrip("s") in people
            for w in re.findall(r"[\w'-]+", tail.group())
        )
    ):
        # "Payday is a non-event for every employee", "Outages are a non-event for our users":
        # the people it serves named after it keep it their end state (decision 2484)
        return None
    rest = _EN_TRAILING_SCOPE.sub("", rest)
    for phrase in sorted(states, key=len, reverse=True):
        rest = re.sub(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", " @ ", rest)
    left = [w for w in re.findall(r"[\w@,'-]+|,", rest) if w != "@" and w not in _EN_STATE_GLUE]
    if left or "@" not in rest:
        return None
    return toks[i].start, toks[-1].end


# Classes of the key-result verb lexicon (coach/facts/data/en/verb_classes.txt) that name work
# to do, not a change, a level or a win.
_WORK_CLASSES = frozenset({"act", "launch", "complete", "decide", "learn", "contact", "hire"})


def _work_lead(item: Item, toks: list[Token], i: int) -> bool:
    """Whether the objective opens with an imperative the lexicon knows as work ("Review",
    "Move", "Organise") and is short and plain: no comparison, no people served, no
    direction after "so"/"to"."""
    if i != 0 or len(toks) < 2 or len(toks) > 8 or _plural_form(toks[i]):
        return False
    word = toks[i].text
    if not word[:1].isupper() and word[:1].isalpha():
        return False  # an imperative opens the objective, capitalised as written
    if verb_classes("en").get(word.lower()) not in _WORK_CLASSES:
        return False
    if served(item) is not None or any(_comparative(t) for t in toks[i + 1 :]):
        return False
    return not any(
        t.text.lower() in ("so", "for", "while", "without") or _purpose_to(item, toks, k)
        for k, t in enumerate(toks[2:], start=2)
    )


def _purpose_to(item: Item, toks: list[Token], k: int) -> bool:
    """Whether "to" at k opens a purpose ("… to help new nurses settle in"), not a place the
    work goes to ("Move all services to Kubernetes", "Relocate the warehouse to Leeds": the
    destination is part of the work; decision 5384). A word that is no verb after "to", or an
    article, is a destination."""
    if toks[k].text.lower() != "to":
        return False
    if (
        k + 1 >= len(toks)
        or any(c.isdigit() for t in toks[k + 1 :] for c in t.text)
        or item.facts.kpis
    ):
        # a level to reach ("Get our app to 1 million users", "Get churn to a new low") is no
        # place: read as before
        return True
    nxt = toks[k + 1]
    w = nxt.text.lower()
    if w in _EN_DETERMINERS or not nxt.text[:1].islower():
        return False
    return w in _en_verbs() or verb_classes("en").get(w) is not None


# Securing the team's own money is work for the team itself, as securing a permit is (decision
# 635): "Secure funding for the next phase", "Obtain financing for the fleet upgrade" (4242).
_EN_SECURE_FUNDS = frozenset({"secure", "obtain"})
_EN_FUNDS_LEADS = frozenset(
    {"a", "an", "the", "our", "new", "more", "additional", "enough", "sufficient", "further"}
)


def _own_funds_secured(item: Item, toks: list[Token], i: int) -> Span | None:
    """Where "secure"/"obtain", at most two words and money for the team's own work
    (objective_own_funds) open the objective, nothing after but "for" and what it is for; or
    None. A count ("Secure 3 grants") and a clause after it keep their readings. A permission
    (objective_permissions) got, won, gained or received reads the same ("Get sign-off for the
    Q3 roadmap", "Win approval for the new budget"; decision 4447)."""
    if i >= len(toks) or _lemma(toks[i]) not in _EN_SECURE_FUNDS | _EN_GET_PERMISSION:
        return None
    funds = _single("objective_own_funds", "en")
    permissions = _single("objective_permissions", "en")
    if _lemma(toks[i]) not in _EN_SECURE_FUNDS:
        funds = frozenset()  # "Get funding" is read as before; "Get sign-off" is work (4447)
    for k in range(i + 1, min(i + 4, len(toks))):
        w = toks[k].text.lower()
        if k + 1 < len(toks) and f"{w}-{toks[k + 1].text.lower()}" in permissions:
            k += 1  # "the go-ahead", "sign-off": one word split at its hyphen
            w = f"{w}-{toks[k].text.lower()}"
        if w in funds or w in permissions:
            rest = [t.text.lower() for t in toks[k + 1 :]]
            # "approval from the board", "sign-off on the brand refresh" (4447)
            lead = ("for", "from", "on") if w in permissions else ("for",)
            if rest and (rest[0] not in lead or _EN_NOT_FOR_OWN.intersection(rest)):
                return None
            return toks[i].start, toks[k].end
        if not (w in _EN_FUNDS_LEADS or (w.isalpha() and k < i + 3)):
            return None
    return None


_EN_NOT_FOR_OWN = frozenset({"that", "which", "so", "who", "to", "every", "each"})
# A permission got or won is the team's own work too (objective_permissions; decision 4447).
_EN_GET_PERMISSION = frozenset({"get", "win", "gain", "receive", "earn"})


def _flat_gerund(tok: Token) -> bool:
    """Whether the word is the -ing form of a one-word routine verb of objective_flat_verbs
    ("increasing", "strengthening", "planning"): its base is the stem, the stem with an "e", or
    the stem without a doubled last consonant (decision 1330)."""
    w = tok.text.lower()
    if len(w) <= 5 or not w.endswith("ing") or not w.isalpha():
        return False
    stem = w[:-3]
    bases = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases.add(stem[:-1])
    single = _single("objective_flat_verbs", "en")
    return any(b in single for b in bases)


# "ready" closes "get … ready" as a particle does (decision 757): "Get the lifts ready for opening
# day" is preparation, work to do, whatever the event it is ready for.
_PARTICLES = frozenset({"up", "out", "down", "off", "ready"})


def _certification_obtained(toks: list[Token], i: int) -> bool:
    """The verb at `i` obtains a certification: a certification word ends the phrase (the end of
    the objective, or a time or scope word after it), and no "to" makes the verb another's
    doing ("Get finance to approve the budget for the store audit checklist")."""
    for k in range(i + 1, len(toks)):
        w = toks[k].text.lower()
        if w == "to":
            return False
        if w in _certified():
            nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
            return nxt in ("", "by", "in", "before", "within", "this", "for", "across", "and")
    return False


# Verbs of obtaining a certification (decision 594).
_EARN_VERBS = frozenset({"achieve", "obtain", "earn", "gain", "get", "attain", "secure", "pass"})
# "Become ISO certified", "Be PCI compliant by Q3": the state a certification grants, said with
# be/become, is the same work as earning it (decision 3151).
_BE_VERBS = frozenset({"be", "become"})


@cache
def _certified() -> frozenset[str]:
    """The words that name a certification: what one passes (kr_pass_objects, the list the
    key-result rules read, decision 24) and the states it grants (decision 594)."""
    return frozenset(words("kr_pass_objects", "en")) | {
        "compliance",
        "compliant",
        "recertification",
        "accredited",  # decision 3151
        "accreditation",
    }


def _put_straight(toks: list[Token], i: int) -> int | None:
    """Where "get"/"have" + an object of one to five words + a state of things put straight
    (objective_tidy_states: sorted out, in order, back on track) ends the objective, or None
    (decision 1315)."""
    if i >= len(toks) or _lemma(toks[i]) not in ("get", "have"):
        return None
    tail = [t.text.lower() for t in toks[-3:]]
    for phrase in _phrases("objective_tidy_states", "en"):
        n = len(phrase)
        if tuple(tail[-n:]) == phrase and 1 <= len(toks) - n - i - 1 <= 5:
            return toks[-1].end
    return None


def _split_phrasal(toks: list[Token], i: int) -> Token | None:
    """The particle of a flat phrasal verb written around its object ("Set the People team up
    to scale", "Clean the backlog up"): up to four words between the verb and its particle."""
    first = _lemma(toks[i]) if i < len(toks) else ""
    for phrase in _phrases("objective_flat_verbs", "en"):
        if len(phrase) != 2 or phrase[1] not in _PARTICLES or phrase[0] != first:
            continue
        for k in range(i + 2, min(len(toks), i + 6)):
            if toks[k].text.lower() == phrase[1]:
                return toks[k]
    return None


def _plural_form(tok: Token) -> bool:
    """'Releases', 'Uses': the word in its -s form, which an objective's imperative never is."""
    w, lemma = _forms(tok)
    return w != lemma and w in (lemma + "s", lemma + "es")


# A hyphen joining the next word on: "go-to|-market", "on|-call".
_HYPHEN_WORD = re.compile(r"-[a-z]")


def _hyphen_compound(toks: list[Token], text: str) -> int:
    """How many opening words a hyphen joins into one ("On-call" 2, "Go-to-market" 3); 1 when
    the first word stands alone."""
    n = 1
    while (
        n < len(toks)
        and toks[n].start == toks[n - 1].end + 1
        and text[toks[n - 1].end : toks[n].start] == "-"
    ):
        n += 1
    return n


def _noun_phrase_en(toks: list[Token], text: str = "") -> bool:
    """A bare noun phrase, possibly with a clause that speaks for the team ("Carriers we can
    count on", "Returns that don't pile up"): no verb in its head part."""
    head: list[Token] = []
    for t in toks:
        if t.text.lower() in _EN_RELATIVE:
            break
        head.append(t)
    # "Customer success playbook v2": a version tag after the name names which one (2109)
    if len(head) > 2 and head[-1].text.isdigit() and head[-2].text.lower() in ("v", "version"):
        head = head[:-2]
    if not head:
        return False
    first = head[0].text.lower()
    joined = _hyphen_compound(head, text)
    if joined > 1 and len(head) - joined <= 1:
        # "On-call", "Go-to-market motion", "Walk-ins": one hyphenated word (and a noun after
        # it) names a function or a topic, whatever its first part is alone (decision 2986)
        return True
    clause = _single("objective_clause_words", "en")
    if _noun_before_trust(head):
        return True  # "Data trust", "Vendor trust": whose trust, no one acting (4603)
    if any(_lemma(t) in clause or t.text.lower() in clause for t in head[1:]):
        return False
    if first in _EN_DETERMINERS:
        return True
    if _lemma(head[0]) in _en_verbs() or first in _en_verbs():
        return False
    if first in _single("objective_generic_adjectives", "en") or first in _single(
        "objective_measure_kinds", "en"
    ):
        # "Better handoffs to CS", "Great team", "Scalable infrastructure"; "Diversified
        # funding for the shelter" (decision 5381)
        return True
    if _EN_NOUN_SUFFIX.search(first) or head[0].text.isupper():
        return True
    if len(head) <= 3:
        second = head[1].text.lower() if len(head) > 1 else ""
        return second not in _EN_DETERMINERS
    # "Perimeter Search Capability Development", "Shelter Intake Process Improvement": a title-
    # cased run of nouns ending in a nominalisation names a work area, as the shorter ones do
    # (decision 1967).
    return (
        len(head) <= 6
        and all(t.text[:1].isupper() for t in head)
        and bool(_EN_NOUN_SUFFIX.search(head[-1].text.lower()))
    )


# "Trust" after one singular noun and nothing else makes a compound noun ("Data trust", "Vendor
# trust"), not people who trust (decision 4603); "love" is a marker of its own (objective_inspiring).
_FEELING_NOUNS = frozenset({"trust"})


def _noun_before_trust(head: list[Token]) -> bool:
    """Whether `head` is one singular noun and a bare feeling noun after it ("Data trust",
    "Stakeholder trust"), no subject and its verb ("Customers trust", "Everyone trusts …")."""
    if len(head) != 2 or head[1].text.lower() not in _FEELING_NOUNS:
        return False
    first = head[0].text.lower()
    return (
        first.isalpha()
        and not first.endswith("s")
        and first not in _EN_PRONOUNS
        and first not in _EN_DETERMINERS
        and first not in _EN_UNIVERSAL
    )


def _time_spent_before(toks: list[Token], i: int) -> bool:
    """Whether 花/抽/抽出 and 时间 open the words at `i`, with a verb after them."""
    return (
        i + 2 < len(toks)
        and toks[i].text in ("花", "抽", "抽出", "多花")
        and toks[i + 1].text == "时间"
        and toks[i + 2].pos.startswith("v")
    )


def _flat_zh(item: Item) -> Flat | None:
    toks = _words(item)
    if not toks:
        return None
    s, e = core(item)
    folded = item.folded
    bounds = {t.start for t in toks} | {t.end for t in toks}
    i = 0
    while i < len(toks) - 1 and (toks[i].text in _ZH_ADVERBS or toks[i].text in _ZH_MANNER):
        i += 1
    if _time_spent_before(toks, i):
        i += 2  # "花时间查看…", "抽时间陪伴家人" (decision 1453)
    head = toks[i]
    if _zh_stock_role(item):
        return Flat("state", (s, e))  # "成为客户值得信赖的合作伙伴" (decision 4360)
    for verb in words("objective_flat_verbs", "zh"):  # longest first
        if folded.startswith(verb, head.start) and head.start + len(verb) in bounds:
            return Flat("verb", (head.start, head.start + len(verb)))
    if head.text == "把":
        for a, b, _ in find_terms(folded[head.end : e], words("objective_flat_verbs", "zh"), "zh"):
            if a + head.end in bounds:
                return Flat("verb", (head.start, b + head.end))
    # "关键设备不再三天两头趴窝", "云资源不再睡大觉": a thing that stops misbehaving is an internal
    # state (the people served, who would make it an end state, are read by `end_state`).
    for a, b in item.facts.clauses:
        k = folded.find("不再", a, b)
        if s <= a and k > a:
            return Flat("state", (a, k + 2))
    end = e
    for name, reason in (("objective_tail_verbs", "verb"), ("objective_state_words", "state")):
        for term in ending_at(words(name, "zh"), folded, s, end):
            if folded.endswith(term, s, end) and end - len(term) in bounds and end - len(term) > s:
                return Flat(reason, (s, end))
    if all(t.pos.startswith(_ZH_NOMINAL) or t.pos == "vn" for t in toks):
        return Flat("noun-phrase", (s, e))
    return None


# -- KPI-only objectives ------------------------------------------------------------------------


@dataclass(frozen=True)
class Kpi:
    """An objective that only names a measure: where, and the measure's words (its topic)."""

    span: Span
    topic: str


def kpi_only(item: Item) -> Kpi | None:
    """The objective only names a measure to move (no number, no qualitative direction beside
    it), or None. See the module doc for the shapes."""
    key = "objective_kpi_only"
    if key in item.facts.memo:
        return item.facts.memo[key]  # type: ignore[return-value]
    found = None
    if item.language == "en" and aspiration(item) is None:
        # "Increase the percent of students scoring CCR (college and career ready) on …": a
        # share of people moved, whatever lists or brackets say who is counted (decision 1337)
        found = _share_moved(item, _words(item))
        if found is None:
            # "Run a half marathon under 1:50": the colon of a race time splits no clause (2687)
            s, e = core(item)
            if ":" in item.folded[s:e] and _EN_PERSONAL_BEST.fullmatch(item.folded, s, e):
                found = _kpi(item, (s, e), (s, e))
            elif _en_league_place(item.folded, (s, e)):
                # "… in U.S. News": the dots of the table's name split no clause (4225)
                found = _kpi(item, (s, e), (s, e))
            elif (runway := _EN_RUNWAY_LENGTHENED.fullmatch(item.folded, s, e)) is not None:
                # "Extend runway to 24 months": the months of cash left, made longer (4846);
                # runway alone is no KPI noun ("Runway to fund the next two years of growth")
                found = _kpi(item, (s, e), runway.span("measure"))
    if found is not None:
        pass
    elif item.language == "zh" and _people_spared(
        item, {t.start for t in _words(item)} | {t.end for t in _words(item)}
    ):
        pass  # "入住老人零压疮": the people served spared a harm, whatever jieba glues (1851)
    elif item.language == "zh" and (place := _zh_ranking_place(item)) is not None:
        # "全市中考排名进入前十", "冲进类目TOP10": a place in a ranking table (5102)
        found = place
    elif item.language == "zh" and (beaten := _zh_share_over_rivals(item)) is not None:
        # "入境游客份额超过周边城市": a share or sales against the rivals' (decision 5315)
        found = beaten
    elif item.language == "en" and _motto_marker_only(item):
        # "Safety first, zero lost-time injuries": a motto heads the measure (decision 6280)
        found = _kpi_en(item, motto_end(item))
    elif _one_clause(item):
        if aspiration(item) is None:
            found = _kpi_en(item) if item.language == "en" else _kpi_zh(item)
            if found is None and item.language == "zh":
                found = _kpi_listed(item)
        elif item.language == "zh":
            # The marker is the measure's rank ("好评率稳居全国第一") or its record ("招生人数再创新高").
            found = _measure_rank(item) or _measure_record(item)
    elif item.language == "zh" and (aspiration(item) is None or _motto_marker_only(item)):
        parts = kpi_parts(item)
        if parts:
            found = Kpi((parts[0].span[0], parts[-1].span[1]), parts[0].topic)
        else:
            found = _topic_then_kpi(item)
    elif item.language == "zh":
        # "稳住基本盘，营收再创新高", "客户第一，复购率冲到全市第一": a slogan or a motto, then a
        # measure's record or rank, whose marker lifts nothing (decision 6097)
        found = _slogan_then_marked_measure(item)
    item.facts.memo[key] = found
    return found


# A place in a ranking table that the objective ends on: a ranking word (排名, 排行榜, a platform's
# 类目 or 榜单), then at most a verb of reaching and a scope, then the place ("成绩排名进入前三",
# "冲进类目TOP10", "销量排名冲进类目前五"). The table's measure, as "软科排名进入全国前50" is (decision
# 4084) and "Make the top 5 in the regional league" (decision 5102, lead ruling d of the
# thirty-fifth round). A standing among peers with no table named ("进入行业前3名", "成为全国第一的
# 社区团购品牌") stays an aspiration (decisions 21, 100).
_ZH_RANKING_PLACE = re.compile(
    r"(?:排名|排行榜?|类目|榜单|总榜)"
    r"(?:稳居|排进|进入|冲进|冲入|挤进|跻身|冲到|冲上|杀进|进|入|冲|位居|位列|达到|保持)?在?"
    r"(?:全国|全省|全市|全区|全县|区域|大区|行业|类目|品类|同类)?"
    r"(?:前\s?(?:\d{1,3}|[一二三四五六七八九十]{1,3})|第\s?(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
    r"|top\s?\d{1,3})(?:名|位|强)?[\W_]*"
)


def ranking_place(item: Item) -> bool:
    """Whether a Chinese objective ends on a place in a named ranking table (decision 5102):
    its KPI reading, and the rank is its aspiration too (objective-not-inspiring passes)."""
    return item.language == "zh" and _zh_ranking_place(item) is not None


# A share or a volume that beats the rivals' and nothing else: "市场份额超过竞争对手", "门店销量
# 反超同城友商", "入境游客份额超过周边城市" (decision 5315).
_ZH_SHARE_OVER_RIVALS = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}?" + ZH_BEATS_RIVALS + r"[。！!]?")


def _zh_share_over_rivals(item: Item) -> Kpi | None:
    """The objective is a share or a volume beating the rivals', with nothing else (5315)."""
    s, e = core(item)
    if _ZH_SHARE_OVER_RIVALS.fullmatch(item.folded, s, e) is None:
        return None
    return _kpi(item, (s, e), (s, e))


def _zh_ranking_place(item: Item) -> Kpi | None:
    """The objective ends on a place in a named ranking table (decision 5102)."""
    s, e = core(item)
    for m in _ZH_RANKING_PLACE.finditer(item.folded, s, e):
        if m.end() >= e:
            if _won_before_rank(item, m.start()):
                return None  # "拿下黑五网一，把主推款做成类目Top 10" (decision 6625)
            return _kpi(item, (s, e), (s, e))
    return None


# A verb of winning opening a clause of its own ("拿下黑五网一", "打赢开学季"): the arena to win.
_ZH_WIN_OPENING = re.compile(r"(?:拿下|打赢|赢下|赢得|攻下|攻占|抢下|占领|称霸|制霸)")


def _won_before_rank(item: Item, rank_start: int) -> bool:
    """Whether the objective opens with a verb of winning an arena, an event or a market, in a
    clause of its own before the ranking place ("拿下黑五网一，把主推款做成类目Top 10"): a
    qualitative direction beside the rank, which keeps the objective an objective (PRINCIPLES.md;
    decision 6625). A motto's marker ("客户第一，…") lifts nothing (6097)."""
    folded = item.folded
    m = _ZH_WIN_OPENING.match(folded, core(item)[0])
    if m is None:
        return False
    cut = re.compile(r"[，,；;]").search(folded, m.end(), rank_start)
    return cut is not None and cut.start() - m.end() >= 2


# A runway made longer, with a figure of months or a date at most (decision 4846).
_EN_RUNWAY_LENGTHENED = re.compile(
    r"\W{0,10}(?:extend|extends|extending|lengthen|lengthens|stretch|stretches|grow|grows)\s"
    r"(?:our\s|the\s|my\s|company\s)?(?P<measure>(?:cash\s)?runway)"
    r"(?:\s(?:to|past|beyond|by|of)\s(?:\d{1,3}\+?\s?(?:months?|years?)|[a-z]+\s20\d\d|20\d\d|"
    r"(?:twelve|eighteen|twenty-four|thirty-six)\smonths))?\W*"
)


def _kpi_listed(item: Item) -> Kpi | None:
    """Two or three measures each moved, listed with 、 in one clause: "提升复购率、降低退货率",
    "提高满意度、降低投诉率" are KPIs as "提升复购率，降低退货率" is (decision 1858)."""
    s, e = core(item)
    folded = item.folded
    if "、" not in folded[s:e]:
        return None
    cuts = [s] + [k + 1 for k in range(s, e) if folded[k] == "、"]
    spans = [(a, (cuts[n + 1] - 1) if n + 1 < len(cuts) else e) for n, a in enumerate(cuts)]
    if not 2 <= len(spans) <= 3 or any(b - a < 3 for a, b in spans):
        return None
    parts = [_kpi_zh(item, span) for span in spans]
    if any(p is None for p in parts):
        return None
    return Kpi((s, e), parts[0].topic)  # type: ignore[union-attr]


def kpi_parts(item: Item) -> list[Kpi]:
    """The measures of a Chinese objective whose every clause only names a measure and moves it
    ("提升复购，降低流失", "提升客单价，提升复购率": decision 191), one per clause; [] otherwise
    (a qualitative clause beside them keeps it an objective)."""
    key = "objective_kpi_parts"
    if key in item.facts.memo:
        return item.facts.memo[key]  # type: ignore[return-value]
    s, e = core(item)
    content = [
        (a, b)
        for a, b in item.facts.clauses
        if a < e and b > s and re.search(r"[\u4e00-\u9fffA-Za-z]", item.facts.masked[a:b])
    ]
    # "稳住基本盘，营收不下滑": a slogan beside the measure's clause adds no direction (4090);
    # nor does a market or the weather moving on its own ("家电市场回暖，带动我们门店销量增长":
    # what the team aims at is the measure the force lifts; decision 4728)
    said = [c for c in content if not _only_slogan(item, *c) and not _outside_moves(item, *c)]
    # "通过精细化运营，提升复购率": a means before the measure's clause adds no direction, with or
    # without a number (decisions 3966, 5810)
    said = [
        c for k, c in enumerate(said) if k == len(said) - 1 or not _ZH_MEANS.match(item.folded, *c)
    ]
    slogan = bool(said) and len(said) < len(content)
    if slogan:
        content = said
    parts: list[Kpi] = []
    if 1 <= len(content) <= 3 and (len(content) > 1 or slogan):
        for a, b in content:
            part = _kpi_zh(item, (max(a, s), min(b, e)))
            if part is None:
                parts = []
                break
            parts.append(part)
    item.facts.memo[key] = parts
    return parts


def _slogan_then_marked_measure(item: Item) -> Kpi | None:
    """A Chinese objective whose clauses before the last are only slogans or a motto and whose
    last clause is a measure's record or rank, every marker in it (decision 6097)."""
    s, e = core(item)
    content = [
        (max(a, s), min(b, e))
        for a, b in item.facts.clauses
        if a < e and b > s and re.search(r"[\u4e00-\u9fffA-Za-z]", item.facts.masked[a:b])
    ]
    if not 2 <= len(content) <= 3:
        return None
    *heads, (a, b) = content
    b = len(item.folded[:b].rstrip("，,;；。！! "))
    for x, y in heads:
        y = len(item.folded[:y].rstrip("，,;；:： "))
        if not (_only_slogan(item, x, y) or _motto(item, x, y)):
            return None
    if any(x < a for (x, _y), _k in aspirations(item) if not any(p <= x < q for p, q in heads)):
        return None
    found = _measure_record(item, (a, b)) or _measure_rank(item, (a, b))
    return None if found is None else Kpi((s, e), found.topic)


def _outside_moves(item: Item, s: int, e: int) -> bool:
    """The clause only has a market, a price or the weather move by itself (decision 4728)."""
    from rules._outside_forces import outside_clause  # it imports this module

    return outside_clause(item, s, e) is not None


# A topic named before the measure's clause: "质量方面，客诉率降到1%" (decision 536).
_ZH_TOPIC_END = re.compile(r"(?:方面|领域|板块|这块|上)\s?$")


def _topic_then_kpi(item: Item) -> Kpi | None:
    """A Chinese objective of two clauses whose first only names the area, as nouns with no
    verb ("安全生产，全年零事故", "质量方面，客诉率降到1%"), and whose second only names a measure
    and moves it: a KPI with a heading, no direction beside it (decision 536). "深耕华南渠道，实现
    季度营收增长25%" keeps its direction (深耕 is a verb)."""
    s, e = core(item)
    content = [
        (a, b)
        for a, b in item.facts.clauses
        if a < e and b > s and re.search(r"[\u4e00-\u9fffA-Za-z]", item.facts.masked[a:b])
    ]
    if len(content) != 2:
        return None
    (a1, b1), (a2, b2) = content
    if not topic_head(item, max(a1, s), b1):
        return None
    return _kpi_zh(item, (a2, min(b2, e)))


def topic_head(item: Item, start: int, end: int) -> bool:
    """Whether the clause [start, end) opens the objective and only names an area: nouns with
    no verb ("安全生产", "华南市场") or a topic ("质量方面"), eight characters at most."""
    if item.language != "zh" or start > core(item)[0]:
        return False
    head = item.folded[start:end].rstrip("，,;；:： ")
    toks = [t for t in _words(item) if start <= t.start and t.end <= start + len(head)]
    if not toks or len(head) > 8:
        return False
    nouns = all(t.pos.startswith("n") and t.pos != "vn" for t in toks)
    return nouns or bool(_ZH_TOPIC_END.search(head)) or _motto(item, start, start + len(head))


# A motto that puts one thing first: a noun, then 第一/至上/为先/优先/为本 ("质量第一", "安全至上",
# "客户为先"). Before a measure's clause it names the area, as a topic does ("质量第一，零缺陷":
# decision 6091); its 第一 is no place to reach.
_ZH_MOTTO = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,4}?)(?:第一|至上|为先|优先|为本)")


def _motto(item: Item, start: int, end: int) -> bool:
    """Whether [start, end) is only a motto: a noun put first ("质量第一", "安全至上")."""
    m = _ZH_MOTTO.fullmatch(item.folded, start, end)
    if m is None:
        return False
    # the noun's words (jieba may glue the motto into one: "质量第一")
    toks = [t for t in _words(item) if start <= t.start < m.end("noun") and t.end <= end]
    return (
        bool(toks)
        and toks[0].start == start
        and all(t.pos.startswith(("n", "a", "i", "l")) or t.pos == "vn" for t in toks)
    )


# An English motto that opens the objective: one to three words of a noun put first, then a
# comma, a semicolon or a dash ("Safety first, zero lost-time injuries", "Service first — zero
# missed collections": decision 6280). "First things first, …" puts no noun first, and a verb
# opening it ("Put patients first, …") makes it a clause of its own.
_EN_MOTTO = re.compile(
    r"(?P<noun>[a-z][\w'&-]{1,24}(?:\s{1,3}[a-z][\w'&-]{1,24}){0,2})\s{1,3}first"
    r"\s{0,3}(?:[,;—–]|-{1,2}(?=\s))\s{0,3}"
)


def motto_end(item: Item) -> int | None:
    """Where a motto that opens the objective ends and the wording after it starts ("质量第一，零缺
    陷", "Safety first, zero lost-time injuries": decisions 6091, 6280), or None."""
    s, e = core(item)
    if item.language == "en":
        m = _EN_MOTTO.match(item.folded, s, e)
        if m is None:
            return None
        nouns = m.group("noun").split()
        if "first" in nouns or en_verb_class(nouns[0]) is not None:
            return None
        return m.end() if m.end() < e else None
    content = [(a, b) for a, b in item.facts.clauses if a < e and b > s]
    if len(content) != 2:
        return None
    a1, b1 = max(content[0][0], s), content[0][1]
    head = item.folded[a1:b1].rstrip("，,;；:： ")
    return content[1][0] if _motto(item, a1, a1 + len(head)) else None


def _motto_marker_only(item: Item) -> bool:
    """Whether the objective's only markers sit in a motto that opens it, before a second
    clause ("安全第一，零事故": decision 6091; "Safety first, zero injuries": 6280)."""
    s, e = core(item)
    if item.language == "en":
        m = motto_end(item)
        if m is None:
            return False
        # "People first — hire 12 engineers": a verb of work after the motto counts work (50)
        verb = re.match(r"[a-z][\w'-]{0,24}", item.folded[m:])
        if (
            verb is not None
            and en_verb_class(verb.group()) is not None
            and verb.group() not in _single("objective_kpi_verbs", "en")
        ):
            return False
        return all(y <= m for (_x, y), _ in aspirations(item))
    content = [(a, b) for a, b in item.facts.clauses if a < e and b > s]
    if len(content) != 2:
        return False
    a1, b1 = max(content[0][0], s), content[0][1]
    head = item.folded[a1:b1].rstrip("，,;；:： ")
    if not _motto(item, a1, a1 + len(head)):
        return False
    return all(a1 <= x and y <= b1 for (x, y), _ in aspirations(item))


def _one_clause(item: Item) -> bool:
    s, e = core(item)
    return sum(1 for a, b in item.facts.clauses if a < e and b > s) == 1


@cache
def bad_events(lang: str) -> tuple[str, ...]:
    return longest_first({*words("objective_bad_events", lang), *words("kr_negative_terms", lang)})


def _measures(item: Item) -> list[Span]:
    """Spans of the measures and bad events the objective names."""
    memo = item.facts.memo.get("objective_measures")
    if memo is not None:
        return memo  # type: ignore[return-value]
    spans = [(a, b) for a, b, _ in item.facts.kpis]
    spans += [
        (a, b) for a, b, _ in find_terms(item.folded, bad_events(item.language), item.language)
    ]
    spans += _sales_figures(item)
    spans.sort()
    item.facts.memo["objective_measures"] = spans
    return spans


def _sales_figures(item: Item) -> list[Span]:
    """销售 as the sales figure, not the sales staff (decision 885): the word heads its phrase (no
    noun after it: not "销售团队", "销售人员") and a verb that moves a measure stands right after
    it ("门店销售提上去", "非油品销售拉起来") or opens the objective before it ("提升线上销售",
    "提高销售")."""
    if item.language != "zh" or "销售" not in item.folded:
        return []
    toks = _words(item)
    verbs = words("objective_kpi_verbs", "zh")
    out = []
    for k, tok in enumerate(toks):
        if not tok.text.endswith("销售"):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.pos.startswith("n") and nxt.pos != "vn":
            continue
        after = item.folded[tok.end :].rstrip("。！! ")
        if after in verbs or (
            not after and any(item.folded.startswith(v, core(item)[0]) for v in verbs)
        ):
            out.append((tok.start, tok.end))
    return out


def _measure_ending_at(item: Item, end: int) -> Span | None:
    return next(((a, b) for a, b in _measures(item) if b == end), None)


def _kpi(item: Item, span: Span, topic: Span) -> Kpi:
    words_ = item.plain[topic[0] : topic[1]].strip()
    first = words_.split(" ", 1)[0]
    if item.language == "en" and first[:1].isupper() and not first.isupper():
        words_ = words_[:1].lower() + words_[1:]  # "Net revenue retention" → "net revenue …"
    return Kpi(span, words_)


# A measure brought back to a level it had (decision 4227, the English of 4082): "Bring box office
# back to pre-pandemic levels", "Get ticket revenue back to 2019 levels", "Return occupancy to
# pre-COVID levels".
_EN_BACK_TO_LEVEL = re.compile(
    # (a word's start: searched, a start inside a word is quadratic)
    r"(?<![a-z'-])(?:(?:bring|get|take|restore|return)\s+(?:(?:our|the|its|their)\s+)?"
    r"(?P<m>[a-z][a-z' -]{0,40}?)"
    r"(?:\s+back)?\s+to|(?P<m2>[a-z][a-z' -]{0,40}?)\s+back\s+to)\s+(?:(?:its|their|our|the)\s+)?"
    r"(?:pre-?[a-z]+|\d{4}|last[- ]year'?s?|previous|former|earlier|past|peak|historic(?:al)?)"
    r"\s+levels?[.!]?"
)
# People who lapsed won back (decision 4227): "Win back lapsed donors", "Bring back churned
# subscribers" count the people who return, as "Grow contributors" counts those who join (1112).
_EN_WON_BACK = re.compile(
    r"(?:win|bring|get)\s+back\s+(?:(?:our|more|the)\s+)?(?P<who>(?:lapsed|former|churned|lost|"
    r"inactive|dormant|past|departed)\s+(?:[a-z-]+\s+)?(?P<people>[a-z-]+s))\b"
    r"(?:\s+(?:in|at|across|by|before|within|this|next|on|from)\b[^,;:]*)?[.!]?"
)


# A measure held: no fall in it, or it does not fall (decision 4088).
# (the measure is at most seven words: a bounded run, so a search over a long text stays linear)
_EN_NO_DROP = re.compile(
    r"(?:(?:no|zero)\s+(?:drop|decline|dip|fall|slide|slip)\s+in\s+"
    r"(?P<m>[a-z][\w'-]*+(?:\s+[\w'-]++){0,6}?)"
    r"|(?P<m2>[a-z][\w'-]*+(?:\s+[\w'-]++){0,6}?)\s+(?:does not|doesn't|do not|don't|will not|"
    r"won't)\s+(?:drop|decline|dip|fall|slide|slip))[.!]?"
)


_EN_DEGREE_CLOSERS = frozenset(
    {
        "significantly",
        "meaningfully",
        "substantially",
        "dramatically",
        "sharply",
        "considerably",
        "markedly",
        "materially",
        "massively",
        "hugely",
        "greatly",
        "lot",
    }
)


def _kpi_en(item: Item, after: int | None = None) -> Kpi | None:
    """The English KPI reading of the objective's words (of those from `after` on, when a motto
    heads them: decision 6280)."""
    toks = _words(item) if after is None else [t for t in _words(item) if t.start >= after]
    # an adverb of degree closing the objective says how much, not where: "Grow ARR
    # significantly" reads as "Grow ARR" (decision 6421; the Chinese 大幅 is read already)
    while len(toks) > 2:
        last, before = toks[-1].text.lower(), toks[-2].text.lower()
        if last == "lot" and before == "a":
            toks = toks[:-2]
        elif last in _EN_DEGREE_CLOSERS:
            toks = toks[:-1]
        else:
            break
    if not toks or len(toks) > 14:
        return None
    # The words after the measure's scope opens ("… for riders and their families", "… of
    # members filing online for the dental and vision plans") only say whose or where: they neither count
    # towards the length of a KPI's name nor join a second direction with "and" unless a verb
    # follows it (decision 617).
    scope = _scope_start(toks, _en_start(toks) + 1, item)
    if scope > 9 or (len(toks) > 9 and scope == len(toks)):
        return None
    shaped = (
        _every_one_done(item, toks) or _gap_closed(item, toks) or _particle_then_scope(item, toks)
    )
    if shaped is not None:
        return shaped
    first = _en_start(toks)
    none = _no_bad_events(item, toks, first)
    if none is not None:
        return none
    digits = (
        EN_DIGITS_GROWTH.fullmatch(item.folded, toks[first].start, toks[-1].end)
        if first < len(toks)
        else None
    )
    if digits is not None:
        grown = "grown" if digits.group("grown") else "measure"
        return _kpi(item, (toks[first].start, toks[-1].end), digits.span(grown))
    if not _brought_in(toks) and any(
        t.text.lower() in _EN_QUALIFIERS
        and not (k > scope and t.text.lower() in ("and", "or") and _joins_nouns(toks, k))
        for k, t in enumerate(toks)
    ):
        # "Grow revenue and margin": measures joined by "and" are still KPIs (decision 641)
        return _kpis_joined_en(item, toks)
    i = _en_start(toks)
    whole = (toks[i].start, toks[-1].end)
    if (
        _EN_PROFIT_REACHED.fullmatch(item.folded, *whole)
        or _EN_TARGET_MET.fullmatch(item.folded, *whole)
        or _EN_SIZE_OF_SALES.fullmatch(item.folded, *whole)
        or _EN_PERSONAL_BEST.fullmatch(item.folded, *whole)
        or _en_league_place(item.folded, whole)
    ):
        # "Bigger deals": the average size of a sale; "Bench press 100 kg", "Run a 5K under 25
        # minutes": a personal level reached, as "雅思冲7分" (objective23b, decisions 2482, 2483)
        # "Be profitable in every branch by Q4", "Reach break-even": profit's level (decisions
        # 762, 777); "Hit quota", "Exceed the sales plan": the measure's own target met (638)
        return _kpi(item, whole, whole)
    back = _EN_BACK_TO_LEVEL.fullmatch(item.folded, *whole)
    if back is not None:
        moved = back.span("m" if back.group("m") else "m2")
        if _measure_ending_at(item, moved[1]):
            return _kpi(item, whole, moved)  # "Bring box office back to pre-pandemic levels"
    won = _EN_WON_BACK.fullmatch(item.folded, *whole)
    if won is not None and (
        won.group("people") in _people_won_back()
        or not won.group("who").startswith(("lost", "past"))
    ):
        return _kpi(item, whole, won.span("who"))  # "Win back lapsed donors"
    held = _EN_NO_DROP.fullmatch(item.folded, *whole)
    kept = None if held is None else held.span("m" if held.group("m") else "m2")
    if kept is not None and _measure_ending_at(item, kept[1]):
        # "No drop in renewal rate", "Revenue does not decline": the measure held at its level,
        # as "营收不下滑" (decisions 1461, 4088)
        return _kpi(item, whole, kept)
    n = _en_match(toks, i, "objective_kpi_verbs")
    comparative = _single("objective_comparatives", "en")
    if not n and toks[i].text.lower() in comparative:
        n = 1  # "Fewer returns", "Faster ramp for new SDRs"
        np_end = _scope_start(toks, i + 1, item)
        if (
            np_end > i + 1
            and (
                toks[i].text.lower() in ("faster", "quicker")
                or _measure_ending_at(item, toks[np_end - 1].end)
                # "More catering gigs", "Fewer no-shows": a count of things, nothing else (630)
                or (
                    toks[i].text.lower() in ("more", "fewer")
                    and _counted_plural(toks[i + 1 :])
                    # "More family dinners", "More active playtimes": the team's own doings
                    # counted, work and no KPI (decisions 50, 6283)
                    and not _own_doings(item, toks[i + 1].start, toks[-1].end)
                )
                # "Fewer students falling behind": people counted in a lapse (decision 1324)
                or (toks[i].text.lower() == "fewer" and _people_lapsing(toks, i + 1))
            )
        ):
            return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + 1].start, toks[-1].end))
        return None
    if n and _sped_up_process(item, toks, i, n):
        # "Speed up claims processing", "Accelerate hiring": the speed of one named process,
        # as "Faster approvals" (decision 26; metric22, decision 2109)
        return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + n].start, toks[-1].end))
    if n and _on_time_plural(toks, i + n):
        # "Improve on-time departures", "Raise on-time payments": the on-time rate (1318)
        return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + n].start, toks[-1].end))
    if n:
        np_end = _scope_start(toks, i + n, item)
        if np_end > i + n and _measure_ending_at(item, toks[np_end - 1].end):
            return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + n].start, toks[-1].end))
        if _counted_events(toks, i, n, np_end):
            return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + n].start, toks[-1].end))
        # "Reduce missed appointments at the car deck", "Cut down on late payments": bad events
        # counted by the word that makes them bad; "Shorten turnaround time": a duration
        # (decision 1312)
        if _scope_only(toks, np_end) and (
            _lapses_counted(toks, i, n, np_end) or _time_shortened(toks, i, n, np_end)
        ):
            return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + n].start, toks[-1].end))
        # "Grow wholesale", "Expand our catering business": a line of business read by its
        # numbers, as "会员做起来" (decisions 599, 1041)
        area = _en_area(item, toks, i + n)
        if area is not None:
            return _kpi(item, (toks[i].start, toks[-1].end), area)
    # "Our bakery sells more loaves", "We win more tenders": the team or place named before the
    # verb of the sale changes nothing (decision 4923)
    verb = _subject_sells_more(item, toks) if i == 0 else None
    if verb is not None:
        return _kpi(item, (toks[0].start, toks[-1].end), (toks[verb].start, toks[-1].end))
    # "Ship faster", "Get new customers live fast", "Spend less on compute"; not the people
    # served feeling more ("Parents trust us more": an end state, decision 423)
    for k in range(i + 1, min(len(toks), i + 6)):
        if toks[k].text.lower() in comparative:
            if toks[i].text.lower() in ("every", "each") and end_state(item) is not None:
                break  # "Every injured skier reached fast": a standard for each (decision 526)
            sv = served(item)
            if sv is not None and sv[1] <= toks[k].start and _feeling_verb(item, sv):
                break
            if toks[k - 1].text.lower() in _EN_SEEMING:
                break  # "Make the mobile app feel fast": how it feels to its users (1783)
            if k == i + 1 and _lemma(toks[i]) == "do":
                break  # "Do more for our customers": no measure made bigger (decision 5202)
            if k == i + 1 and _lemma(toks[i]) in _EN_CONSUME_VERBS:
                # "Waste less food", "Burn less diesel on the school run": what is used up,
                # named, made less, as "Spend less on compute" (decision 6318); "Spend less" alone
                # names nothing to measure (vague, not a KPI)
                if _consumed_named(toks, k + 1):
                    return _kpi(item, (toks[i].start, toks[-1].end), (toks[i].start, toks[-1].end))
                if k + 1 == len(toks) and toks[k].text.lower() == "less":
                    break
            if (
                k == i + 1
                and toks[k].text.lower() == "more"
                and (
                    en_verb_class(toks[i].text) == "learn"
                    or toks[i].text.lower() in word_set("kr_rest_verbs", "en")
                )
            ):
                # "Read more", "Exercise more", "Sleep more": a habit of one's own asked more
                # of, vague, as "Get more sleep" is; no measure named (decision 1828)
                break
            if (
                k == i + 1
                and k + 1 < len(toks)
                and toks[k + 1].text.lower() == "of"
                and not _partitive_people_kept(toks, i, k + 2)
            ):
                break  # "Keep more of our promises": none of the people kept (decision 4989)
            if (
                k + 1 == len(toks)
                or toks[k + 1].text.lower() in _EN_SCOPE
                # "Sell more online", "Sell more abroad": where, said in one word (1312)
                or all(t.text.lower() in _EN_WHERE for t in toks[k + 1 :])
            ):
                return _kpi(item, (toks[i].start, toks[-1].end), (toks[i].start, toks[k - 1].end))
            # "Sell more tickets", "Win more deals": a verb of the sale and the count it makes
            # bigger (decision 630)
            if (
                (
                    (
                        (k == i + 1 and _lemma(toks[i]) in _SALE_VERBS)
                        # "Bring in more members", "Sign up more families" (decision 1318)
                        or (
                            k == i + 2
                            and (_lemma(toks[i]), toks[i + 1].text.lower()) in _SALE_PHRASALS
                        )
                    )
                    and toks[k].text.lower() in ("more", "fewer")
                    and (
                        _counted_plural(toks[k + 1 :])
                        # "Bring in more cash": money or trade in plain words, nothing after
                        # (decision 5805)
                        or (
                            k + 2 == len(toks)
                            and toks[k + 1].text.lower() in _MONEY_MASS | _WON_MASS | _MADE_TRADE
                        )
                        # "Get more leads from events", "Win more deals in the Nordics": the count
                        # and where it comes from (decision 2374)
                        or _counted_before_scope(item, toks, k + 1)
                    )
                    and _kept_people(item, toks, k - 1, k + 1)  # the verb is right before "more"
                )
                or (
                    # "Get more people through the door", "Bring more shoppers into the store" (4921)
                    k == i + 1
                    and _lemma(toks[i]) in _EN_BRING_IN
                    and toks[k].text.lower() == "more"
                    and _people_brought_in(toks, k + 1)
                )
                # "Sell more merch", "Make more sales", "Close more business": goods sold or
                # trade done, counted in units or money (decision 5201)
                or (k == i + 1 and toks[k].text.lower() == "more" and _sold_more(item, toks, i))
                # "Get more students enrolled", "Get more patients seen": the ones counted in a
                # state done to them (decision 5805); not "Get more kids reading" (they act)
                or (k == i + 1 and toks[k].text.lower() == "more" and _got_done(toks, i, k))
            ):
                return _kpi(item, (toks[i].start, toks[-1].end), (toks[i].start, toks[-1].end))
            break
    # "Get my grades up", "Keep churn low", "Bring costs down": a measure moved or kept by a verb
    # and its particle (decision 1040)
    if (
        len(toks) - i >= 3
        and _lemma(toks[i]) in _EN_PARTICLE_VERBS
        and toks[-1].text.lower() in _EN_PARTICLES
        and _measure_ending_at(item, toks[-2].end)
    ):
        return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + 1].start, toks[-2].end))
    # "Get churn under control", "Keep costs in check": the same with a two-word particle
    # (decision 1312)
    if (
        len(toks) - i >= 4
        and _lemma(toks[i]) in _EN_PARTICLE_VERBS
        and (toks[-2].text.lower(), toks[-1].text.lower()) in _EN_PARTICLE_PAIRS
        and _measure_ending_at(item, toks[-3].end)
    ):
        return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + 1].start, toks[-3].end))
    # "Get patients seen on time", "Ship every order on time": the share of things done on
    # time is the measure, the on-time rate, as "Get new customers live fast" (decision 1042)
    if _on_time_share(toks, i) and not _people_open(item, toks, i):
        return _kpi(item, (toks[i].start, toks[-1].end), (toks[i].start, toks[-1].end))
    # A bare measure: "Premium conversion", "Dock-to-stock time", "NRR 110%"; the letter of a
    # figure's magnitude ("250k", "3m", "1.2bn") is part of the figure (decision 5282)
    named = [
        t
        for t in toks[i:]
        if not t.text[0].isdigit()
        and not (t.text.lower() in _EN_MAGNITUDES and item.folded[t.start - 1 : t.start].isdigit())
    ]
    # ... with a comparator before its figure ("Attendance above 95%", "Occupancy over 90%"),
    # its scope ("Better conversion on the website") or a noun of its change after it
    # ("Membership growth"): the measure still ends the name (decision 1602)
    while (
        len(named) > 1
        and named[-1].text.lower() in _EN_FIGURE_COMPARATORS
        and _figure_after(toks, named[-1])
    ):
        named.pop()
    scope = _scope_start(toks, i + 1, item)
    if 0 < scope < len(toks) and toks[scope].start > toks[i].start:
        named = [t for t in named if t.end <= toks[scope].start]
    if (
        len(named) > 1
        and (
            named[-1].text.lower() in _EN_CHANGE_NOUNS
            or (named[-1].text.lower() in ("up", "down") and named[-1] is toks[-1])
        )
        and (
            _measure_ending_at(item, named[-2].end)
            or (named[-1].text.lower() in _EN_CHANGE_NOUNS and _counted_singular(named[-2].text))
        )
    ):
        # "Membership growth"; "Sales up", "Costs down": the measure and its direction, in a
        # store manager's shorthand (decision 1762)
        counted = None
        if not _measure_ending_at(item, named[-2].end):
            # "Referral growth", "Donor growth": the count of the things or people the noun
            # names, as "Grow referrals" and "Grow donors" are (decision 6598)
            counted = (named[-2].start, named[-2].end)
        named.pop()
    else:
        counted = None
    if named:
        m = counted or _measure_ending_at(item, named[-1].end)
        # the first part of a hyphenated modifier is no word of its own: "Lost-time injury
        # frequency rate" is read as "time injury frequency rate" (decision 1762)
        before = [
            t
            for t in named
            if t.end <= (m[0] if m else 0) and item.folded[t.end : t.end + 1] not in ("-", "‑")
        ]
        verbs = _en_verbs()
        if (
            m is not None
            and len(before) <= 2
            # "Sustainable funding", "Diversified revenue": what kind of money, not how much
            # (decision 5381)
            and not _measure_kind(item.folded[toks[i].start : m[0]])
            # "Paying subscribers 40,000", "Paid members 12k": a participle that says which
            # ones are counted is part of the measure's name, no verb of work (decision 5283)
            and not any(
                _lemma(t) in verbs and t.text.lower() not in _EN_COUNTED_PARTICIPLES for t in before
            )
        ):
            # the span runs to the figure's end ("Occupancy above 88%" with its sign)
            last = max(
                [toks[-1].end]
                + [q.end for q in item.facts.quantities_in(toks[-1].start, toks[-1].end + 1)]
            )
            return _kpi(item, (toks[i].start, last), (toks[i].start, named[-1].end))
    return None


def _counted_singular(word: str) -> bool:
    """Whether a noun in the singular before "growth" names what is counted in the plural: a
    head of kpi_nouns ("signup" for signups, "booking", "referral") or people who join from
    outside ("donor", "follower"; decision 1112) (decision 6598)."""
    w = word.lower()
    if not w.isalpha() or w.endswith("s"):
        return False
    plural = w + "s"
    return plural in word_set("objective_people_counted", "en") or plural in _count_heads()


@cache
def _count_heads() -> frozenset[str]:
    """The one-word plural heads of the measure lexicon (coach/facts/data/en/kpi_nouns.txt) and
    the referrals a programme counts."""
    heads = {w for w in words("kpi_nouns", "en") if " " not in w and w.endswith("s")}
    return frozenset(heads | {"referrals"})


def _measure_kind(words_before: str) -> bool:
    """Whether the words before a bare measure say what kind of money or base it is
    (rules/data/en/objective_measure_kinds: "sustainable", "diversified", "long-term"), not its
    size (decision 5381)."""
    return any(w in word_set("objective_measure_kinds", "en") for w in words_before.split())


# The letters of a figure's magnitude, glued to its digits: "250k", "3m", "1.2bn".
_EN_MAGNITUDES = frozenset({"k", "m", "mm", "bn", "b"})
# Participles that say which of those counted are meant, before a measure: "paying subscribers".
_EN_COUNTED_PARTICIPLES = frozenset(
    {"paying", "paid", "returning", "registered", "recurring", "subscribed", "retained"}
)
_EN_SPEED_VERBS = frozenset({"speed up", "accelerate", "expedite", "quicken"})
# The process named after them, by its head: a gerund ("onboarding", "claims processing") or
# a process counted by its runs ("approvals", "refunds", "the release process").
_EN_PROCESS_HEADS = frozenset(
    {"process", "approvals", "payouts", "refunds", "deliveries", "releases", "deploys",
     "deployments", "builds", "reviews", "turnaround"}
)  # fmt: skip


def _no_bad_events(item: Item, toks: list[Token], first: int) -> Kpi | None:
    """ "No lost-time injuries in 2027", "Zero patient safety incidents": no or zero, a noun
    phrase of up to four words ending in bad events, then at most a scope — the team's record,
    as "零安全事故" (decision 3962). A person in it is the record's domain ("patient safety"), not
    people spared: those get a verb ("Nobody gets hurt", decision 51)."""
    if first >= len(toks) or toks[first].text.lower() not in ("no", "zero"):
        return None
    np_end = _scope_start(toks, first + 1, item)
    if not 1 <= np_end - first - 1 <= 4:
        return None
    end = toks[np_end - 1].end
    if not any(b == end for _a, b, _t in find_terms(item.folded, bad_events("en"), "en")):
        return None
    return _kpi(item, (toks[first].start, toks[-1].end), (toks[first + 1].start, end))


def _sped_up_process(item: Item, toks: list[Token], i: int, n: int) -> bool:
    """Whether a verb of speeding up at toks[i:i+n] takes one process and nothing else: its head
    a gerund or a process counted by its runs, at most three words, no scope after it; not a
    program of change ("Accelerate digital transformation") nor a system ("Speed up the data
    pipeline", decision 129)."""
    if " ".join(t.text.lower() for t in toks[i : i + n]) not in _EN_SPEED_VERBS:
        return False
    np_end = _scope_start(toks, i + n, item)
    if not 0 < np_end - (i + n) <= 3 or np_end != len(toks):
        return False
    head = toks[np_end - 1].text.lower()
    gerund = head.endswith("ing") and len(head) > 5 and not head.endswith("thing")
    return gerund or head in _EN_PROCESS_HEADS


_EN_FIGURE_COMPARATORS = frozenset({"above", "over", "under", "below", "beyond", "at", "least"})
_EN_CHANGE_NOUNS = frozenset({"growth", "increase", "uplift", "gains", "reduction"})


def _figure_after(toks: list[Token], tok: Token) -> bool:
    """Whether a number follows the token right after it."""
    nxt = next((t for t in toks if t.start >= tok.end), None)
    return nxt is not None and nxt.text[:1].isdigit()


# The measure words of a share or a count of people: "the percent of students scoring …".
_EN_SHARE_WORDS = frozenset({"percent", "percentage", "share", "proportion", "number", "rate"})
# Words that bring a purpose or a contrast beside the measure: no KPI alone then.
_EN_SHARE_STOPS = frozenset({"so", "because", "while", "whereas", "but", "through", "by"})


def _measured_by(toks: list[Token], k: int) -> bool:
    """'by' after "(as) measured / assessed / reported": the instrument that counts ("… as measured
    by DIBELS", "… as reported by the state"), no means beside the measure (decision 1521)."""
    return k > 0 and toks[k - 1].text.lower() in ("measured", "assessed", "reported", "tracked")


def _share_moved(item: Item, toks: list[Token]) -> Kpi | None:
    """A measure verb moving "the percent / share / number of" people and what they do ("Increase
    the percent of students scoring proficient on the state test", "Raise the share of seniors on
    track to graduate"): the people after "of" are counted (decision 915), so the objective names
    a measure and moves it, however long the description of who is counted (decision 1337)."""
    if not toks:
        return None
    i = _en_start(toks)
    n = _en_match(toks, i, "objective_kpi_verbs")
    if not n:
        return None
    j = i + n
    if j < len(toks) and toks[j].text.lower() == "the":
        j += 1
    if j + 2 >= len(toks) or toks[j].text.lower() not in _EN_SHARE_WORDS:
        return None
    if toks[j + 1].text.lower() != "of":
        return None
    verbs = _en_verbs()
    for k in range(j + 2, len(toks)):
        w = toks[k].text.lower()
        if w in _EN_SHARE_STOPS and not (w == "by" and _measured_by(toks, k)):
            return None  # "… so every child has a mentor": a purpose beside the measure
        if w in ("and", "but") and k + 1 < len(toks) and _lemma(toks[k + 1]) in verbs:
            return None  # "…, and make every visit feel calm": a second, qualitative aim
    return _kpi(item, (toks[i].start, toks[-1].end), (toks[j].start, toks[-1].end))


# More words that open a scope or a time after the things counted: "between the two campuses",
# "through October", "before the audit" (an event as the deadline).
_EN_SCOPE_MORE = frozenset({"between", "through", "during", "before", "until", "by"})


# Words that may end a phrase of scope after a measure: a preposition, a determiner, a name; not
# a verb the rules know, a relative word or a conjunction that adds a second aim.
# Verbs of using something up, before "less" or "more" and what is used (decision 6318).
_EN_CONSUME_VERBS = frozenset({"spend", "waste", "use", "burn", "consume", "print", "buy", "bin"})


def _consumed_named(toks: list[Token], k: int) -> bool:
    """Whether toks[k:] is what is used up (rules/data/en/objective_consumed_resources), at most
    two words before it, then nothing or a phrase of scope ("food", "single-use plastic",
    "paper in the office"): decision 6318."""
    end = _scope_start(toks, k)
    if not k < end <= k + 3 or not _scope_only(toks, end):
        return False
    return toks[end - 1].text.lower() in word_set("objective_consumed_resources", "en")


def _scope_only(toks: list[Token], k: int) -> bool:
    """Whether toks[k:] is nothing or one phrase of scope ("in July", "at the pharmacy window",
    "between the two campuses"): a preposition first, at most six words, no verb, no clause."""
    rest = toks[k:]
    if not rest:
        return True
    # the period a level is held against: "Keep opex flat year over year" (decision 4423)
    if _EN_COMPARED_TAIL.fullmatch(" ".join(t.text.lower() for t in rest).replace("-", " ")):
        return True
    if rest[0].text.lower() not in _EN_SCOPE | _EN_SCOPE_MORE or len(rest) > 6:
        return False
    verbs = _en_verbs()
    # A word the verb lexicon knows is a noun after a determiner or another noun ("on the night
    # shift", "at the school run"): only right after the preposition is it a verb (1462).
    return not any(
        t.text.lower() in _EN_QUALIFIERS
        or t.text.lower() in _EN_RELATIVE
        or (_lemma(t) in verbs and n == 1)
        for n, t in enumerate(rest[1:], 1)
    )


# A period compared with, as 同比/环比 (decision 2371): "year over year", "QoQ", "versus last year".
_EN_COMPARED_TAIL = re.compile(
    r"(?:(?:year|quarter|month|week)\s*(?:over|on)\s*(?:year|quarter|month|week)|yoy|qoq|mom|wow)"
    r"|(?:versus|vs\.?|against|compared\s+(?:with|to))\s+(?:last|the\s+(?:previous|prior|last))\s+"
    r"(?:year|quarter|month|week|season)"
)
# What "collect" and "recover" move when every one is meant: money owed (decision 1241).
_EN_OWED = frozenset(
    {"invoice", "invoices", "payment", "payments", "debt", "debts", "dues", "fee", "fees", "bill",
     "bills", "receivable", "receivables", "rent", "balance", "balances", "money", "cash"}
)  # fmt: skip
# What "fill" counted by every does not make a rate of: a job to hire for (hiring is work).
_EN_NOT_FILLED = frozenset(
    {"role", "roles", "position", "positions", "job", "jobs", "vacancy", "vacancies", "opening",
     "openings", "post", "posts", "gap", "gaps", "hole", "holes"}
)  # fmt: skip


def _every_one_done(item: Item, toks: list[Token]) -> Kpi | None:
    """A verb that sells, fills, books, collects or keeps (objective_full_verbs), then "every" or
    "all" and the things counted, and at most a scope: the share of them at 100% ("Sell out every
    Saturday", "Fill every classroom seat", "Collect every unpaid invoice"; decision 1241)."""
    i = _en_start(toks)
    n = _en_match(toks, i, "objective_full_verbs")
    k = i + n
    if not n or k >= len(toks) or toks[k].text.lower() not in ("every", "all", "each"):
        return None
    k += 1
    while k < len(toks) and toks[k].text.lower() in ("of", "the", "our", "my", "its", "their"):
        k += 1
    end = k
    while end < len(toks) and toks[end].text.lower() not in _EN_SCOPE | _EN_SCOPE_MORE:
        end += 1
    obj = [t.text.lower() for t in toks[k:end]]
    if not 1 <= len(obj) <= 3 or not _scope_only(toks, end):
        return None
    if any(w in _EN_QUALIFIERS or w in _EN_RELATIVE for w in obj):
        return None
    verb = _lemma(toks[i])
    if verb in ("collect", "recover") and not _EN_OWED & set(obj):
        return None  # "Collect every story our elders tell" gathers, it moves no measure
    if verb == "fill" and _EN_NOT_FILLED & set(obj):
        return None  # "Fill every open role": hiring, work to do
    whole = (toks[i].start, toks[-1].end)
    return _kpi(item, whole, whole)


# Words that say a gap is one in a measure: "achievement gaps in math", "the gap in test scores",
# "the gender pay gap" (decision 1242).
_EN_GAP_OF = frozenset(
    {"achievement", "attainment", "pay", "wage", "income", "score", "scores", "grade", "grades",
     "test", "outcome", "outcomes", "performance", "graduation", "literacy", "opportunity"}
)  # fmt: skip
_EN_GAP_VERBS = frozenset({"narrow", "close", "reduce", "shrink", "cut", "halve", "eliminate"})


def _gap_closed(item: Item, toks: list[Token]) -> Kpi | None:
    """A gap in a measure narrowed or closed, and nothing more than its scope ("Reduce achievement
    gaps in math", "Narrow the gap in test scores between the two campuses"): the difference
    of a measure is the KPI (decision 1242)."""
    i = _en_start(toks)
    if i >= len(toks) or _lemma(toks[i]) not in _EN_GAP_VERBS:
        return None
    g = next((k for k in range(i + 1, min(len(toks), i + 5))
              if toks[k].text.lower() in ("gap", "gaps")), None)  # fmt: skip
    if g is None:
        return None
    rest = toks[g + 1 :]
    preps = ("in", "between", "across", "for", "among", "on", "of")
    if rest and rest[0].text.lower() not in preps:
        return None
    if len(rest) > 8 or any(
        t.text.lower() in _EN_QUALIFIERS - {"and"}
        or t.text.lower() in _EN_RELATIVE
        # a verb, not the subject named after a preposition ("gaps in reading")
        or (_lemma(t) in _en_verbs() and rest[k - 1].text.lower() not in preps if k else False)
        for k, t in enumerate(rest)
    ):
        return None
    named = {t.text.lower() for t in toks[i + 1 :]}
    inside = _measures(item)
    if not (_EN_GAP_OF & named or any(a >= toks[i + 1].start for a, _b in inside)):
        return None  # "Close the skills gap on the team": a capability, no measure
    whole = (toks[i].start, toks[-1].end)
    return _kpi(item, whole, (toks[i + 1].start, toks[-1].end))


def _particle_then_scope(item: Item, toks: list[Token]) -> Kpi | None:
    """ "Get wait times down at the pharmacy window": a measure moved by a verb and its particle
    (decision 1040), then only the place or the people it is measured for (decision 1243)."""
    i = _en_start(toks)
    if i >= len(toks) or _lemma(toks[i]) not in _EN_PARTICLE_VERBS:
        return None
    for p in range(i + 2, len(toks) - 1):
        if toks[p].text.lower() in _EN_PARTICLES and _measure_ending_at(item, toks[p - 1].end):
            if _scope_only(toks, p + 1):
                return _kpi(
                    item, (toks[i].start, toks[-1].end), (toks[i + 1].start, toks[p - 1].end)
                )
            return None
    return None


_EN_PARTICLE_VERBS = frozenset({"get", "keep", "bring", "push", "drive", "hold"})
# ... and a level held: "Keep costs flat", "Keep headcount steady" (metric22, decision 2110)
_EN_PARTICLES = frozenset({"up", "down", "low", "high", "flat", "steady"})
_EN_PARTICLE_PAIRS = frozenset({("under", "control"), ("in", "check"), ("under", "budget")})
# One word that says where the thing is sold or done: "Sell more online" (decision 1312).
_EN_WHERE = frozenset(
    {"online", "offline", "abroad", "overseas", "locally", "nationally", "internationally",
     "worldwide", "in-store", "direct", "wholesale", "retail"}
)  # fmt: skip
# Verbs that bring a count or a duration down, and the words that make a plural a count of
# lapses (kr_negative_participles, before the noun: "missed", "failed", "damaged"), with a few
# adjectives of lateness: "Reduce missed appointments", "Cut down on late payments" (1312).
_EN_FALL_VERBS = frozenset(
    {"reduce", "cut", "lower", "decrease", "shrink", "halve", "minimize", "minimise", "shorten",
     "slash", "trim"}
)  # fmt: skip
_EN_LATE = frozenset({"late", "unpaid", "overdue", "unfilled", "unplanned", "avoidable"})
# What may follow a line of business named after a verb that moves a measure ("Grow our
# wholesale business"): the line itself, nothing the team does.
_EN_AREA_HEADS = frozenset({"business", "channel", "segment", "line", "accounts", "side"})


def _en_area(item: Item, toks: list[Token], k: int) -> Span | None:
    """The line of business (rules/data/en/objective_kpi_areas.txt) that is the whole object
    of the verb at toks[k:], a possessive or "the" before it and "business", "channel" … after
    it allowed ("Grow wholesale", "Scale our e-commerce channel"), or None (decision 1041)."""
    if k < len(toks) and toks[k].text.lower() in ("in", "into"):
        k += 1  # "Expand in enterprise", "Expand into mid-market"
    if k < len(toks) and toks[k].text.lower() in ("our", "the", "my"):
        k += 1
    if k >= len(toks):
        return None
    start = toks[k].start
    area = next(
        (b for a, b, _ in find_terms(item.folded, words("objective_kpi_areas", "en"), "en")
         if a == start),
        None,
    )  # fmt: skip
    if area is None:
        return None
    rest = [t for t in toks if t.start >= area]
    if len(rest) > 1 or (rest and rest[0].text.lower() not in _EN_AREA_HEADS):
        return None
    return (start, toks[-1].end)


def _on_time_plural(toks: list[Token], j: int) -> bool:
    """ "on time" (or "on-time") then one or two words ending in a plural, and at most a scope:
    things counted by whether they happen on time, the on-time rate (decision 1318)."""
    words_ = [t.text.lower() for t in toks[j:]]
    if words_[:2] != ["on", "time"]:
        return False
    k = j + 2
    end = _scope_start(toks, k)
    return (
        1 <= end - k <= 2
        and _plural_subject(toks[end - 1])
        and toks[end - 1].text.isalpha()
        and toks[end - 1].text.lower() not in _NOT_COUNTED
        and _scope_only(toks, end)
    )


def _on_time_share(toks: list[Token], i: int) -> bool:
    """An English objective that ends in "on time" after a verb and the things or people it is
    done for, counted ("patients", "every order"): the share done on time (decision 1042).
    "Deliver the migration on time" (one piece of work) is flat work, not a measure."""
    words_ = [t.text.lower() for t in toks[i:]]
    if len(words_) < 4 or words_[-2:] != ["on", "time"]:
        return False
    middle = toks[i + 1 : -2]
    if any(t.text.lower() in _STANDARD_BESIDE_TIME for t in middle):
        # "Get the right medicine to every ward patient on time", "Get hot meals to every
        # resident on time": a second standard beside the timing, not only a share (2162)
        return False
    return any(
        t.text.lower() in ("every", "each", "all") or (_plural_subject(t) and t.text.isalpha())
        for t in middle
    )


def _people_open(item: Item, toks: list[Token], i: int) -> bool:
    """The people served open the objective as the subject of their own verb, and what is done
    on time is the team's ("Suppliers trust us to pay on time", "Customers know we deliver on
    time"): the people's trust is the end state, not a share done on time (decision 3830).
    What the people themselves do on time stays the share ("All our nurses go home on time",
    decision 3328)."""
    sv = served(item)
    if sv is None or sv[1] <= toks[i].start:
        return False
    # "Our suppliers can count on us …": a determiner before the people is no verb of the team's
    if any(t.text.lower() not in _EN_DETERMINERS for t in toks[i:] if t.end <= sv[0]):
        return False
    return any(t.text.lower() in _EN_TEAM_OBJECT for t in toks if t.start >= sv[1])


# The team named after the people's verb ("… trust us to", "… know we").
_EN_TEAM_OBJECT = frozenset({"us", "we", "our"})


# What the thing delivered must also be, besides on time (decision 2162).
_STANDARD_BESIDE_TIME = frozenset(
    {"right", "correct", "accurate", "hot", "fresh", "safe", "safely", "intact", "undamaged"}
)


def _kpis_joined_en(item: Item, toks: list[Token]) -> Kpi | None:
    """A verb that moves a measure over two or three measures joined by "and" ("Grow revenue and
    margin", "Scale up pipeline and ARR"; decision 641): still only KPIs. Any other qualifier
    ("without", "while", "so") or a part that is not a measure keeps a direction beside them."""
    ands = [k for k, t in enumerate(toks) if t.text.lower() in _EN_QUALIFIERS]
    i = _en_start(toks)
    n = _en_match(toks, i, "objective_kpi_verbs")
    j = i + max(n, 1)
    if j + 1 < len(toks) and toks[j].text.lower() == "and":
        # "Grow and protect margin", "Keep and grow partner revenue": two verbs over one
        # measure, one of them a KPI verb, the other one of keeping (decision 5186)
        n2 = _en_match(toks, j + 1, "objective_kpi_verbs")
        first_ok = bool(n) or _lemma(toks[i]) in _EN_KEEP_OR_BUILD
        second_ok = bool(n2) or _lemma(toks[j + 1]) in _EN_KEEP_OR_BUILD
        if first_ok and second_ok and (n or n2):
            ands = [k for k in ands if k != j]
            n = j + 1 + max(n2, 1) - i
    if len(ands) > 2 or any(toks[k].text.lower() != "and" for k in ands):
        return None
    if not n:
        return None
    start = i + n
    for k in [*ands, len(toks)]:
        part = toks[start:k]
        m = _measure_ending_at(item, part[-1].end) if 1 <= len(part) <= 4 else None
        before = [t for t in part if t.end <= (m[0] if m else 0)]
        if m is None or len(before) > 2 or any(_verb_not_team(t, before) for t in before):
            return None  # "Grow revenue and delight customers": a second aim
        start = k + 1
    return _kpi(item, (toks[i].start, toks[-1].end), (toks[i + n].start, toks[-1].end))


# Verbs that keep, widen or build what a KPI verb beside them moves (decision 5186).
_EN_KEEP_OR_BUILD = frozenset(
    {"retain", "protect", "keep", "sustain", "defend", "diversify", "build", "secure", "stabilize",
     "stabilise", "maintain"}
)  # fmt: skip


# Teams and functions whose name is also a verb: right before a measure they say whose it is
# ("Reduce churn and support costs": the support team's costs, decision 776).
_EN_FUNCTIONS = frozenset({"support", "service", "design", "research", "test", "training"})


def _verb_not_team(tok: Token, before: list[Token]) -> bool:
    """A verb the rules know among the words before a measure, unless it is the last of them and
    names a team or function ("support costs")."""
    if tok is before[-1] and tok.text.lower() in _EN_FUNCTIONS:
        return False
    return _lemma(tok) in _en_verbs()


def _joins_nouns(toks: list[Token], k: int) -> bool:
    """Whether the "and"/"or" at `k` joins two names ("riders and their families", "dental
    and vision plans"): no verb the rules know right after it."""
    return k + 1 < len(toks) and _lemma(toks[k + 1]) not in _en_verbs()


# Verbs of how the people served feel about us: "Parents trust us more" is an end state, while
# "Customers buy more" or "pay us faster" moves a measure (decision 423).
_EN_FEELINGS = frozenset(
    {"trust", "love", "like", "enjoy", "value", "believe", "rely", "feel", "understand", "know"}
)


# A verb of how a thing comes across, before the comparative it takes ("feel fast", "seem
# faster"): the quality its users perceive, no measure moved (decision 1783).
_EN_SEEMING = frozenset({"feel", "feels", "seem", "seems", "look", "looks", "sound", "sounds"})


def _feeling_verb(item: Item, span: Span) -> bool:
    words_ = item.folded[span[0] : span[1]].split()
    if not words_:
        return False
    w = words_[-1]
    return w in _EN_FEELINGS or (w.endswith("s") and w[:-1] in _EN_FEELINGS)


# A sales or revenue target met, as 完成全年业绩指标 is (decisions 235, 638): "Hit quota", "Make
# our number", "Exceed the sales plan", "Meet our Q3 revenue target" — not "Hit our goals" (vague).
_EN_MEASURE_WORD = r"(?:sales|revenue|bookings|arr|mrr|gmv|pipeline|fundraising|margin|booking)"
# Profit reached as the whole objective (decisions 762, 777, taken apart by acc12 and fix12):
# "Be profitable in every branch by the end of the quarter", "Reach break-even", "Get cash-flow
# positive by Q4", "Stay in the black", "Turn a profit" name one number's sign, a KPI end state;
# a scope or a time may follow, nothing else.
_EN_PROFIT_REACHED = re.compile(
    r"(?:be|become|get|stay|turn|go|reach|hit|achieve)\s+(?:(?:cash[- ]flow|operationally|ebitda)\s+)?"
    r"(?:profitable|positive|break[- ]?even|in the black)"
    r"(?:\s+(?:in|at|across|for|by|before|within|this|next|on)\b[^,;:]*)?"
    r"|(?:be|become|get|turn|go|stay|reach|achieve|hit)\s+(?:(?:cash[- ]flow|ebitda|operationally|"
    r"contribution[- ]margin|unit[- ]economics)\s+)?(?:profitable|positive|break[- ]?even|"
    r"the\s+break[- ]?even(?:\s+point)?)"
    r"|(?:turn|make)\s+a\s+profit"
    r"(?:\s+(?:in|at|across|for|by|before|within|this|next|on)\b[^,;:]*)?"
    # "Get to profitability by Q4", "Break even this year", "Get back to break-even in the new
    # stores": the same sign of profit named as a noun or by "break even" (objective23b, 2480)
    r"|(?:(?:get|come)\s+(?:back\s+)?to|reach|return\s+to|achieve)\s+(?:(?:cash[- ]flow|ebitda|"
    r"operational|ramen)\s+)?(?:profitability|break[- ]?even"
    # "Get to cash-flow positive by Q4", "Get to default alive" (objective24, decision 2685)
    r"|(?:cash[- ]flow|ebitda|operating[- ]income)\s+positive|default[- ]alive)"
    r"(?:\s+(?:in|at|across|for|by|before|within|this|next|on)\b[^,;:]*)?"
    r"|break[- ]?even(?:\s+(?:in|at|across|for|by|before|within|this|next|on)\b[^,;:]*)?"
    # "Cash-flow positive by Q4": the level named without a verb, its kind said (decision 1040)
    # ... and with the flow's kind: "Free cash flow positive by Q4" (decision 4423)
    r"|(?:(?:free|operating|net)\s+)?(?:cash[- ]flow|ebitda|operationally)\s+"
    r"(?:profitable|positive|break[- ]?even)"
    r"(?:\s+(?:in|at|across|for|by|before|within|this|next|on)\b[^,;:]*)?"
)
# Bigger or larger sales of one kind, a scope or a time after them at most: "Bigger deals",
# "Larger average orders in Q3", "Bigger checks on weeknights" — the average size of a sale, a
# KPI (objective23b, decision 2482). Not "Bigger dreams" or "a bigger stage" (no sale).
_EN_SCOPE_TAIL = r"(?:\s+(?:in|at|across|by|before|within|this|next|on|from)\b[^,;:]*)?"
# Growth sized in digits: "Achieve double-digit growth in EMEA", "Deliver triple-digit
# growth", "Grow bookings by double digits" — the size of a change, a KPI as "两位数增长" is
# (decision 3834).
_EN_DIGITS = r"(?:double|triple)[- ]digits?"
EN_DIGITS_GROWTH = re.compile(
    r"(?:(?:achieve|deliver|drive|post|hit|reach|see|sustain|return\s+to|get\s+back\s+to|"
    r"grow\s+at)\s+(?:a\s+)?)?" + _EN_DIGITS + r"\s+(?P<grown>(?:[a-z-]+\s+){0,2}?(?:growth|"
    r"increase|gains?|uplift|rise)(?:\s+rate)?" + _EN_SCOPE_TAIL + r")"
    r"|(?:grow|increase|lift|raise|boost)\s+(?P<measure>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+by\s+"
    r"(?:double|triple)\s+digits" + _EN_SCOPE_TAIL
)
_EN_SIZE_OF_SALES = re.compile(
    r"(?:bigger|larger)\s+(?:average\s+)?(?:deals|orders|baskets|checks|cheques|tickets|"
    r"contracts|renewals|gifts|donations|carts|invoices)" + _EN_SCOPE_TAIL
)
# A personal best named by its lift and a weight, or by a race and a time (decision 2483):
# "Bench press 100 kg", "Squat 120 kg by June", "Deadlift my bodyweight", "Run a 5K under 25
# minutes", "Run a sub-2-hour half marathon".
# A race or a distance to cover (decision 6319 adds the swim's, the ride's and the triathlon's,
# and a distance in digits: "1500 m", "40 km", "100 metres"); a race's own name may come first
# in the "break" form ("Break 3:10 at the Riverside Marathon").
_EN_RACE = (
    r"(?:5k|10k|half[- ]marathon|marathon|mile|parkrun|(?:sprint\s+|olympic\s+)?triathlon|"
    r"duathlon|ironman|sportive|\d{1,5}(?:\.\d{1,2})?\s?(?:m|km|k|mi|miles|metres|meters|yards))"
)
_EN_RACE_VERB = r"(?:run|swim|cycle|ride|row|walk|finish|complete)"
_EN_RACE_NAME = r"(?:[a-z'’-]{1,20}\s+){0,3}?"
_EN_RACE_TIME = r"(?:\d{1,3}(?:\.\d{1,2})?\s?(?:minutes|mins|hours|hrs|h)|\d{1,2}:\d{2}(?::\d{2})?)"
_EN_PERSONAL_BEST = re.compile(
    r"(?:bench(?:[- ]press)?|squat|deadlift|overhead\s+press|snatch|clean\s+and\s+jerk)\s+"
    r"(?:\d+(?:\.\d+)?\s?(?:kg|kgs|kilos|kilograms|lbs?|pounds)|(?:my\s+)?(?:own\s+)?"
    r"body\s?weight)"
    + _EN_SCOPE_TAIL
    + r"|"
    + _EN_RACE_VERB
    + r"\s+(?:a\s+|the\s+|my\s+first\s+)?(?:"
    + _EN_RACE
    + r"\s+(?:in\s+)?(?:under|below|sub|in)\s+"
    + _EN_RACE_TIME
    + r"|sub-?\d+(?:[:.]\d+)?(?:[- ](?:minute|min|hour|hr))?\s+"
    + _EN_RACE
    + r")"
    + _EN_SCOPE_TAIL
    # "Get my 5K time below 24 minutes", "Bring my mile down to 6:30", "Break 4 hours in the
    # marathon": the same race time said from the runner's side (objective24, decision 2687)
    + r"|(?:get|bring|cut|drop)\s+my\s+"
    + _EN_RACE
    + r"(?:\s+time)?\s+(?:(?:down\s+)?to|below|under|down\s+to|(?:down\s+)?below)\s+"
    + _EN_RACE_TIME
    + _EN_SCOPE_TAIL
    + r"|break\s+"
    + _EN_RACE_TIME
    + r"\s+(?:in|for|at|on)\s+(?:a\s+|the\s+|my\s+)?"
    + _EN_RACE_NAME
    + _EN_RACE
    + _EN_SCOPE_TAIL
)
# A place in a published league table, the table named after the place (decision 4225): "Move
# up to top 100 in the QS rankings", "Climb to a top-20 ranking in U.S. News", "Break into the
# top 50 of the Times Higher Education rankings"; 4084 read the table before its place only.
_EN_LEAGUE_PLACE = re.compile(
    r"(?:move|climb|rise|get|break|crack|reach|enter|make|rank|place|finish)(?:\s+(?:up|back))?"
    r"(?:\s+(?:into|in|to|inside))?\s+(?:the\s+|a\s+)?top[- ]?\d+"
    r"(?:\s+(?:ranking|place|spot|position))?\s+(?:in|on|of)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?P<table>[a-z][a-z.&' -]*?)[.!]?"
)
# A standings table by its own name (decision 5092; ruling d of the thirty-fifth round, 4225
# widened): a league, a division, a league table, the standings, a leaderboard, a category's
# chart, and any "… rankings" — "Make the top 5 in the regional league", "Reach the top 3 in the
# county exam rankings", "Break into the top 10 of our app store category". The place is the
# table's measure, as "Rise to top 30 in the university rankings" is. A market or an industry
# with no table ("Become the top 3 brand in our industry", "Move up to top 3 in our region")
# stays an aspiration (decisions 100, 4084).
_EN_STANDINGS_TABLE = re.compile(
    r"(?:^|\s)(?:league|league table|division|conference|standings|table|leaderboard|rankings?|"
    r"category|categories|chart|charts|bestseller list|best-seller list)$"
)
_EN_RANKING_SUFFIX = re.compile(r"\s+rankings?$")


@cache
def _people_won_back() -> frozenset[str]:
    """Who can lapse and be won back: the people served and the people counted (4227)."""
    return frozenset({*words("objective_people", "en"), *words("objective_people_counted", "en")})


@cache
def _league_tables() -> frozenset[str]:
    """The published league tables the measure names list ("us news", "qs", "arwu"), without
    their "ranking" and their dots (decision 4225)."""
    return frozenset(
        _EN_RANKING_SUFFIX.sub("", t).replace(".", "")
        for t in words("kpi_nouns", "en")
        if _EN_RANKING_SUFFIX.search(t)
    )


def _en_league_place(folded: str, span: Span) -> bool:
    """The whole objective is a place in a published league table (decision 4225)."""
    m = _EN_LEAGUE_PLACE.fullmatch(folded, *span)
    if m is None:
        return False
    if _EN_STANDINGS_TABLE.search(m.group("table").strip()):
        return True  # "Make the top 5 in the regional league" (decision 5092)
    table = _EN_RANKING_SUFFIX.sub("", m.group("table").strip()).replace(".", "")
    return table in _league_tables()


_EN_TARGET_MET = re.compile(
    r"(?:(?:hit|exceed|make)\s+(?:(?:our|the|my|their|every|each|all)\s+)?{period}"
    r"(?:{measure}\s+)?(?:quotas?|numbers?|plan|kpis)"
    r"|(?:meet|achieve|reach)\s+(?:(?:our|the|my|their|every|each|all)\s+)?{period}"
    r"(?:{measure}\s+(?:targets?|goals?|quotas?|numbers?|plan)|quotas?|kpis))"
    # The team's targets, KPIs or service levels met with no measure named, or its budget kept
    # (decision 5963): "Meet our targets", "Hit our SLAs", "Achieve all our KPIs", "Meet every
    # service level agreement", "Stay within budget", "Deliver on budget" — the objective is a
    # number set elsewhere, as 完成年度指标 is (decision 235). Goals stay vague (638: "Hit our goals").
    r"|(?:meet|hit|achieve|reach|exceed|beat|make|deliver\s+on)\s+(?:all\s+)?"
    r"(?:(?:our|the|my|their|every|each|all)\s+)?{period}(?:targets|kpis|slas?|service[- ]levels?"
    r"(?:\s+(?:agreements?|targets))?)"
    r"|(?:stay|come\s+in|keep\s+(?:costs|spending|spend|it|us)|finish|deliver|land|run)\s+"
    r"(?:within|on|under)\s+(?:(?:our|the|my)\s+)?{period}budget".format(
        period=r"(?:(?:annual|quarterly|q[1-4]|full-year|yearly|monthly|team|regional)\s+)?",
        measure=_EN_MEASURE_WORD,
    )
)
# Verbs that only make a count go up: with a plural of counted events or people after them the
# objective is that count ("Increase flu vaccinations", "Grow passengers"; decision 444).
_COUNT_VERBS = frozenset({"increase", "grow", "boost", "raise", "lift", "double", "triple"})
# ... and verbs that push a volume up, read only with a volume (decision 5692): "Drive clinic
# visits", "Scale paid seats", "Accelerate loan originations".
_VOLUME_VERBS = frozenset({"drive", "scale", "accelerate", "expand", "maximise", "maximize"})
# Plural endings of counted events: vaccinations, referrals, sign-ups, bookings, check-ins.
_EVENT_PLURAL = re.compile(r"(?:ions|als|ups|ings|ins|outs|ments)$")


def _fall_object(toks: list[Token], i: int, n: int, np_end: int) -> list[Token]:
    """The object of a verb that brings a count down, without "down on"/"back on" and a
    possessive ("Cut down on our late payments" → "late payments"); [] after another verb."""
    if _lemma(toks[i]) not in _EN_FALL_VERBS:
        return []
    obj = toks[i + n : np_end]
    while obj and obj[0].text.lower() in ("down", "back", "on", "our", "my", "the", "its"):
        obj = obj[1:]
    return obj if 1 <= len(obj) <= 4 else []


@cache
def _lapse_words() -> frozenset[str]:
    return (
        frozenset(w for w in words("kr_negative_participles", "en") if not w.startswith("after:"))
        | _EN_LATE
    )


def _lapses_counted(toks: list[Token], i: int, n: int, np_end: int) -> bool:
    """A verb that brings a count down, then a plural qualified by a word of lapse: "Reduce
    missed appointments", "Cut down on late payments", "Lower failed deliveries" (1312)."""
    obj = _fall_object(toks, i, n, np_end)
    return (
        len(obj) >= 2
        and obj[0].text.lower() in _lapse_words()
        and _plural_subject(obj[-1])
        and obj[-1].text.lower() not in _NOT_COUNTED
    )


_EN_TIME_HEADS = frozenset({"time", "times", "hours", "days", "minutes", "weeks", "nights"})


def _time_shortened(toks: list[Token], i: int, n: int, np_end: int) -> bool:
    """A verb that brings a duration down, then a noun phrase ending in "time(s)": "Shorten
    turnaround time", "Cut queue times at the gate" — how long something takes (1312); or in a
    unit of time that counts it: "Cut pilot waiting hours", "Reduce vacancy days between
    tenants", "Cut overtime hours" (decision 1462)."""
    obj = _fall_object(toks, i, n, np_end)
    return (
        len(obj) >= 2
        and obj[-1].text.lower() in _EN_TIME_HEADS
        and all(t.text.isalpha() or "-" in t.text for t in obj)
    )


# Participles that say a counted thing was done to it ("units shipped", "meals served",
# "patients seen"): the count of things done, a volume (decision 5685).
_EN_DONE_IRREGULAR = frozenset(
    {"sold", "seen", "won", "made", "paid", "built", "driven", "taken", "held", "given", "taught",
     "fed", "grown", "read", "sent", "written", "flown", "brought", "caught", "bought"}
)  # fmt: skip


def _metric_acronym(word: str) -> bool:
    """An acronym of three to seven capitals that names no team, system or region kept apart
    (rules/data/en/objective_acronyms_not_measures.txt): after a count verb, a measure."""
    return (
        3 <= len(word) <= 7
        and word.isascii()
        and word.isalpha()
        and word.isupper()
        and word.lower() not in _single("objective_acronyms_not_measures", "en")
    )


def _done_to_count(word: str) -> bool:
    """A past participle after a counted plural: -ed (shipped, served) or an irregular one."""
    return word in _EN_DONE_IRREGULAR or (len(word) > 4 and word.isalpha() and word.endswith("ed"))


def _counted_events(toks: list[Token], i: int, n: int, np_end: int) -> bool:
    """A count verb and, as its whole object, one to three words ending in a plural of counted
    events or of the people served: a KPI named by its count (decision 349's "Increase the
    number of volunteers", written without "the number of")."""
    if n != 1 or _lemma(toks[i]) not in _COUNT_VERBS | _VOLUME_VERBS:
        return False
    obj = toks[i + 1 : np_end]
    if not 1 <= len(obj) <= 3 or obj[0].text.lower() in _EN_DETERMINERS - {"our", "my"}:
        return False
    # A volume may take one phrase of scope after it, and more verbs drive it ("Grow paid seats
    # in the public sector", "Drive clinic visits", "Scale paid seats"; decision 5692)
    # ("of" names what it is a part of, no scope: "Increase production of our school play")
    if (
        obj[-1].text.lower() in _single("objective_counted_volumes", "en")
        and _scope_only(toks, np_end)
        and (np_end == len(toks) or toks[np_end].text.lower() != "of")
    ):
        return True  # "Grow paid seats", "Increase clinic visits": a volume counted (5685)
    if _lemma(toks[i]) not in _COUNT_VERBS or np_end != len(toks):
        return False
    if len(obj) == 1 and _metric_acronym(obj[0].text):
        return True  # "Grow ARPDAU", "Lift ROAS": a measure named by its acronym (5685)
    last = obj[-1].text.lower()
    if len(obj) >= 2 and _done_to_count(obj[-1].text.lower()):
        # "Boost units shipped", "Increase meals served": the things counted once done (5685)
        # (any plural counted: "claims processed", "cases closed"; not the team's own people
        # grown: "Grow leaders trained in-house" develops them)
        last = obj[-2].text.lower()
        return (
            last.isalpha()
            and _plural_subject(obj[-2])
            and last not in _NOT_COUNTED
            and last not in word_set("kr_staff_nouns", "en")
        )
    if not last.isascii() or not _plural_subject(obj[-1]) or last.endswith(("ics", "ness")):
        return False
    if last in _NOT_COUNTED:
        return False
    if _EVENT_PLURAL.search(last):
        return True
    # "Grow our managers" develops people; "Increase passengers" counts them, and so does
    # "Grow contributors": people who join from outside, with no determiner (decision 1112).
    if _lemma(toks[i]) == "grow":
        return len(obj) == 1 and last in _single("objective_people_counted", "en")
    return last in _single("objective_people", "en")


# Verbs of a sale or a deal: with "more" and a plural after them the objective is a count
# ("Sell more tickets", "Book more jobs"; decision 630).
_SALE_VERBS = frozenset(
    {"sell", "win", "book", "close", "sign", "land", "attract", "acquire", "earn", "generate", "get",
     "place", "serve",
     # seats filled, money owed got back: "Fill more classes", "Recover more unpaid invoices" (2110)
     "fill", "recover", "collect",
     # the customers kept or lost: "Keep more customers", "Lose fewer members" (decisions 4846,
     # 4920: the retention count)
     "keep", "retain", "lose", "renew",
     # people reached or enrolled, counted: "Reach more families", "Enrol more pupils" (5561)
     "reach", "enrol", "enroll"}
)  # fmt: skip


def _subject_sells_more(item: Item, toks: list[Token]) -> int | None:
    """The index of the verb when a short subject ("We", "Our bakery", "The food bank",
    "Food pantry": one to four words) comes before a verb of the sale, "more" and a counted plural
    (decisions 4824, 4923)."""
    verbs = _en_verbs()
    for v in (1, 2, 3, 4):
        if v + 2 >= len(toks) or toks[v + 1].text.lower() != "more":
            continue
        subject = [t.text.lower() for t in toks[:v]]
        word = toks[v].text.lower()
        if subject in (["we"], ["i"]):
            agrees = word == _lemma(toks[v])
        else:
            agrees = _third_person(toks[v]) and not any(
                _lemma(t) in verbs for t in toks[:v] if t.text.lower() not in ("our", "the", "my")
            )
        if (
            agrees
            and _lemma(toks[v]) in _SALE_VERBS
            and (_counted_plural(toks[v + 2 :]) or _counted_before_scope(item, toks, v + 2))
            and _kept_people(item, toks, v, v + 2)
        ):
            return v
    return None


def _partitive_people_kept(toks: list[Token], verb: int, j: int) -> bool:
    """After keep/retain "more of": true unless the words after (its determiners skipped) are no
    people ("Keep more of our promises", "Retain more of our traditions" keep no count; "Keep
    more of our members" does — decision 4989, decision 4920's guard). Other verbs are left to
    their reading."""
    if _lemma(toks[verb]) not in ("keep", "retain"):
        return True
    while j < len(toks) and toks[j].text.lower() in ("the", "our", "my", "its", "their", "those"):
        j += 1
    return j < len(toks) and toks[j].text.lower() in _single("objective_people", "en")


def _kept_people(item: Item, toks: list[Token], verb: int, j: int) -> bool:
    """True unless the verb is keep/retain/reach and what follows "more" is no people ("Keep more
    promises" is no count kept, decision 4920; "Reach more milestones" no one reached, 5561)."""
    if _lemma(toks[verb]) not in ("keep", "retain", "reach"):
        return True
    end = _scope_start(toks, j, item)
    return j < end and toks[end - 1].text.lower() in _single("objective_people", "en")


# Verbs that bring people in, and the ways in after the people counted: "Get more people
# through the door", "Bring more shoppers into the store" (decision 4921).
_EN_BRING_IN = frozenset({"get", "bring", "draw", "pull"})
_EN_WAY_IN = frozenset({"into", "through"})


def _people_brought_in(toks: list[Token], j: int) -> bool:
    """Whether toks[j:] is one or two words ending in a plural of people, then into/through
    and a place of one to four words with no verb or clause ("visitors through the gates")."""
    for end in (j + 1, j + 2):
        if end >= len(toks) or toks[end].text.lower() not in _EN_WAY_IN:
            continue
        place = toks[end + 1 :]
        if not 1 <= len(place) <= 4 or not _counted_plural(toks[j:end]):
            return False
        verbs = _en_verbs()
        return not any(
            t.text.lower() in _EN_QUALIFIERS
            or t.text.lower() in _EN_RELATIVE
            or (_lemma(t) in verbs and t.text.lower() not in _EN_PLACES_IN)
            for t in place
        )
    return False


def _brought_in(toks: list[Token]) -> bool:
    """ "Get more people through the door": its "through" is the way in, no means (4921)."""
    i = _en_start(toks)
    return (
        i + 2 < len(toks)
        and _lemma(toks[i]) in _EN_BRING_IN
        and toks[i + 1].text.lower() == "more"
        and _people_brought_in(toks, i + 2)
    )


# Places people are brought into that the verb lexicon also knows as verbs ("the store").
_EN_PLACES_IN = frozenset({"store", "club", "door", "doors", "gates", "shop", "race", "class"})


# Phrasal verbs of winning people or sales over: "Bring in more members" (decision 1318).
_SALE_PHRASALS = frozenset(
    {("bring", "in"), ("pull", "in"), ("draw", "in"), ("sign", "up"), ("take", "on"),
     ("win", "over"), ("win", "back")}
)  # fmt: skip


# What people counted do when they lapse: "Fewer students falling behind", "Fewer members
# dropping out" (decision 1324).
_EN_LAPSING = frozenset(
    {("falling", "behind"), ("dropping", "out"), ("dropping", "off"), ("giving", "up"),
     ("missing", "out"), ("quitting",), ("leaving",), ("churning",), ("failing",), ("lapsing",),
     ("struggling",)}
)  # fmt: skip


def _people_lapsing(toks: list[Token], j: int) -> bool:
    """One or two words ending in a plural of people, then a lapse ("falling behind",
    "dropping out") and at most a scope: people counted in a bad state (decision 1324)."""
    for n_people in (1, 2):
        k = j + n_people
        if k > len(toks) or toks[k - 1].text.lower() not in _single("objective_people", "en"):
            continue
        for lapse in _EN_LAPSING:
            words_ = tuple(t.text.lower() for t in toks[k : k + len(lapse)])
            if words_ == lapse and _scope_only(toks, k + len(lapse)):
                return True
    return False


# What "make more" makes that is trade done, counted in money or units (decision 5201).
# ("Make more money" stays decision 2937's stock good wished for)
_MADE_TRADE = frozenset({"sales", "revenue", "profit", "business", "deals"})
# Money in plain words, no measure's name: "Make more money", "Bring in more cash" are the
# takings made bigger, a KPI (decision 5805).
_MONEY_MASS = frozenset(
    {"money", "cash", "income", "profits", "margin", "margins", "takings", "turnover"}
)
# What "sell more" can be followed by that is no goods: a manner, an idea sold (decision 5201).
_NOT_SOLD = frozenset(
    {"together", "value", "ideas", "vision", "dreams", "stories", "hope", "confidence", "trust",
     "again", "often", "better", "faster", "smarter", "easier", "harder"}
)  # fmt: skip


_EN_IRREGULAR_DONE = frozenset(
    {"seen", "done", "paid", "sold", "given", "taken", "won", "met", "heard", "kept", "found",
     "taught", "brought", "fed", "housed", "placed", "hired"}
)  # fmt: skip


def _got_done(toks: list[Token], i: int, k: int) -> bool:
    """Whether toks[i] is "get", toks[k] "more", then a plural and a past participle, nothing
    after: "Get more students enrolled", "Get more patients seen", "Get more people signed up"
    (a particle may close it): the count of those it is done to (decision 5805)."""
    if _lemma(toks[i]) != "get" or k + 3 > len(toks):
        return False
    noun, done = toks[k + 1], toks[k + 2].text.lower()
    rest = [t.text.lower() for t in toks[k + 3 :]]
    return (
        _plural_subject(noun)
        and (done in _EN_IRREGULAR_DONE or (len(done) > 4 and done.endswith("ed")))
        and (not rest or (len(rest) == 1 and rest[0] in _PARTICLES))
    )


def _sold_more(item: Item, toks: list[Token], i: int) -> bool:
    """Whether toks[i] "more" and what follows only ask for more sold: "sell" and one to three
    words naming the goods, mass nouns too ("Sell more merch", "Sell more wine in Q4"), or a sale
    verb or "make" and trade done ("Make more sales", "Close more business"). Not "Sell more
    effectively" (how), "Sell more of …" (read by decision 4989's guard) nor a determiner after
    "more" (decision 5201)."""
    verb = _lemma(toks[i])
    end = _scope_start(toks, i + 2, item)
    obj = toks[i + 2 : end]
    if not obj or (end < len(toks) and not _scope_only(toks, end)):
        return False
    if len(obj) == 1 and obj[0].text.lower() in _WON_MASS | _MADE_TRADE | _MONEY_MASS:
        # "Make more money for our farmers": what the people served earn, no takings (681)
        return verb in _SALE_VERBS or (verb == "make" and end == len(toks))
    if verb != "sell" or len(obj) > 3 or obj[0].text.lower() in _EN_DETERMINERS:
        return False
    return all(
        t.text.isascii()
        and t.text.replace("-", "").isalpha()
        and not t.text.lower().endswith(("ly", "ness", "ity"))
        and t.text.lower() not in _EN_QUALIFIERS
        and t.text.lower() not in _NOT_SOLD
        for t in obj
    )


def _counted_before_scope(item: Item, toks: list[Token], j: int) -> bool:
    """Whether toks[j:] is a plural of things counted, then one phrase of scope ("leads from
    events", "deals in the Nordics"; decision 2374)."""
    end = _scope_start(toks, j, item)
    return j < end < len(toks) and _counted_plural(toks[j:end]) and _scope_only(toks, end)


def _counted_plural(obj: list[Token]) -> bool:
    """One to three words, the whole rest of the objective, that end in a plural of things
    counted ("tickets", "catering gigs", "no-shows"): not a practice, a domain or a quality."""
    if not 1 <= len(obj) <= 3 or obj[0].text.lower() in _EN_DETERMINERS:
        return False
    last = obj[-1].text.lower()
    return (
        last.isascii()
        and last.isalpha()
        and _plural_subject(obj[-1])
        and not last.endswith(("ics", "ness"))
        and last not in _NOT_COUNTED
        and not any(t.text.lower() in _EN_SCOPE or t.text.lower() in _EN_QUALIFIERS for t in obj)
    )


# Activities that are also what the people served do, counted as results ("More repeat visits",
# "More five-star reviews", "More app sessions", "More inbound calls"): they stay KPIs.
_SERVED_DOINGS = frozenset(
    {"visits", "reviews", "sessions", "calls", "posts", "inquiries", "submissions", "answers",
     "suggestions", "recommendations", "demos", "meetings", "emails", "stories", "reels",
     "videos", "streams", "episodes", "tweets", "initiatives", "improvements", "measures",
     "proposals", "applications"}
)  # fmt: skip


def _own_doings(item: Item, start: int, end: int) -> bool:
    """Whether the words [start, end) end in an activity of the effort list
    (rules/data/en/kr_activity_nouns.txt: "family dinners", "workouts", "playtimes"), one that
    the people served do not do as a result counted (decision 6283)."""
    chunk = item.folded[start:end]
    last = chunk.rsplit(None, 1)[-1]
    if last in _SERVED_DOINGS:
        return False
    return any(b == len(chunk) for _a, b, _t in find_terms(chunk, _activity_nouns_en(), "en"))


@cache
def _activity_nouns_en() -> tuple[str, ...]:
    return longest_first(words("kr_activity_nouns", "en"))


# Plurals of the same shape that name a practice or a domain, not events counted.
_NOT_COUNTED = frozenset(
    {"operations", "communications", "relations", "solutions", "options", "positions",
     "expectations", "foundations", "conditions", "collaborations", "functions", "systems",
     "skills", "feelings", "findings", "learnings", "savings", "earnings", "surroundings",
     "offerings", "holdings", "standings", "rankings", "ratings", "margins", "teams", "squads",
     "requirements", "improvements", "environments", "departments", "documents", "instruments",
     "developments", "statements", "arrangements", "assessments", "commitments", "moments"}
)  # fmt: skip


def _scope_start(toks: list[Token], i: int, item: Item | None = None) -> int:
    """Where a noun phrase starting at `i` ends: at a preposition that opens its scope
    ("… revenue in existing accounts", "… ramp for new SDRs"), else at the end. A preposition
    inside a measure's name ("time to hire", "cost of sales") opens no scope."""
    inside = _measures(item) if item is not None else []
    for k in range(i, len(toks)):
        if toks[k].text.lower() in _EN_SCOPE and not any(a <= toks[k].start < b for a, b in inside):
            if item is not None and item.folded[toks[k].start - 1 : toks[k].start] == "-":
                continue  # "walk-in revenue", "drive-through sales": part of a compound (1463)
            return k
    return len(toks)


# ... and more of them kept, got or drawn in: "留住更多老客户", "拿到更多好评", "吸引更多学员"
# (metric22, decision 2110)
# A race and the time to run it in, a personal best as "Run a 5K under 25 minutes" (decision
# 2683): "5公里跑进25分钟", "半马跑进2小时", "全马跑到4小时以内".
_ZH_RACE_TIME = re.compile(
    r"(?:(?:[0-9]{1,5}(?:\.[0-9]{1,2})?|[一二两三四五六七八九十半]{1,3})(?:公里|千米|米|k)"
    r"|半马|全马|半程马拉松|全程马拉松|马拉松)"
    r"(?:要|争取|力争)?跑(?:进|到|进了)?"
    r"(?:[0-9]{1,3}(?:\.[0-9]{1,2})?|[一二两三四五六七八九十]{1,3})个?半?(?:小时|分钟|分)"
    r"(?:[0-9]{1,2}(?:分钟|分|秒)?)?(?:以内|之内|内)?"
)
_ZH_SELL_MORE = re.compile(
    r"多(?:卖|签|销)[\u4e00-\u9fff]{1,3}|(?:卖|签|销)出?更多的?[\u4e00-\u9fff]{1,4}"
    r"|(?:留住|留下|拿到|吸引|招到|招来|获取|拉来)更多的?[\u4e00-\u9fff]{1,4}"
)
# 获取 and 拉来 win customers, leads and traffic ("获取更多客户", "拉来更多流量": decision 2362);
# 获得 is left out, it takes what one earns ("获得更多认可" is no count).
# More people making a purchase, counted: "让更多客户续费", "让更多用户注册" (decision 2110); not
# what they get ("让更多老人吃上热饭" is an end state).
_ZH_MORE_BUY = re.compile(
    r"[让使]更多的?[\u4e00-\u9fff]{1,4}?(?:愿意)?(?:续费|续约|复购|回购|下单|付费|买单|注册|报名|到店"
    r"|充值|办卡)[。！!]?"
)
# More people served or received, counted, as "Serve more families" is (decisions 630, 4922):
# "服务更多患者", "接待更多的游客"; not a field served ("服务更多行业") nor what they get.
# The team or place may come first: "社区医院服务更多居民", "我们接待更多旅客" (decision 4923).
_ZH_MORE_SERVED = re.compile(
    r"(?:我们|我|本[\u4e00-\u9fff]|[\u4e00-\u9fff]{0,4}(?:医院|食堂|门店|中心|图书馆|诊所|校|店|馆|站|所))?"
    r"(?:服务|接待)(?:了)?更多的?([\u4e00-\u9fff]{1,6}?)[。！!]?"
)


def _zh_more_served(span: str) -> bool:
    m = _ZH_MORE_SERVED.fullmatch(span)
    if m is None:
        return False
    people = word_set("objective_people", "zh") | {"家庭", "人次"}
    who = m.group(1)
    return any(who.endswith(w) and len(who) - len(w) <= 2 for w in people)


# Every seat or place taken: "招满秋季班", "订满暑期房" (a rate at 100%, as decision 1241).
_ZH_FILLED_UP = re.compile(r"(?:招满|坐满|住满|订满|约满|排满)[\u4e00-\u9fff]{1,6}[。！!]?")
# "多/少" right before a verb of selling, winning or earning, and its object: only a count moved,
# as "Sell more cars" is (decision 792). Not reading, learning or doing more of one's own work.
_ZH_MORE_OF = re.compile(
    # 筹, 募: money raised for a cause, "多筹些善款" (decision 5805)
    r"[多少]((?:卖|销|售|招|签|拉|接|赚|挣|收|拿|筹|募)[\u4e00-\u9fff]{1,4})[！!。]?"
    # money in plain words made more: "赚更多的钱", "挣更多钱" (decision 5805)
    r"|(?:赚|挣)(?:到)?((?:更多|多一点|多一些|多些)的?(?:钱|收入|利润))[！!。]?"
)


_ZH_FEWER = ("尽量少", "再少", "少")


def _zh_more_volume(folded: str, start: int, end: int) -> Span | None:
    """Where the business volume is when [start, end) is only 多 (再多, 多多) + a verb of business
    volume (rules/data/zh/objective_volume_verbs.txt) and at most four characters of its object
    ("多开户", "多铺货", "多放贷款"): the count made bigger, a KPI (decision 6420)."""
    text = folded[start:end].rstrip("。！!～~ ")
    lead = next((m for m in ("再多", "多多", "多") if text.startswith(m)), None)
    if lead is None:
        return None
    rest = text[len(lead) :]
    for verb in words("objective_volume_verbs", "zh"):
        if rest.startswith(verb) and len(rest) - len(verb) <= 4:
            obj = rest[len(verb) :]
            if re.fullmatch(r"[\u4e00-\u9fff]{0,4}", obj):
                return start + len(lead), start + len(text)
    return None


def _zh_fewer_bad_events(folded: str, start: int, end: int) -> list[Span]:
    """The bad events when [start, end) is only 少 + a bad event, once or more and glued or
    listed ("少熬夜", "少出错少挨罚", "尽量少犯错"): a count of bad events made smaller, the Chinese
    "Fewer returns" (decision 1043). [] when anything else is there ("少熬夜多运动" has a second,
    positive aim; "至少", "多少", "减少" are no 少 of this kind)."""
    if start > 0 and folded[start - 1] in "至多减缺":
        return []
    while end > start and folded[end - 1] in "！!。 ":
        end -= 1
    bad = {a: b for a, b, _ in find_terms(folded, bad_events("zh"), "zh") if start <= a < end}
    j, found = start, []
    while j < end:
        lead = next((w for w in _ZH_FEWER if folded.startswith(w, j)), None)
        if lead is None or j + len(lead) not in bad:
            return []
        found.append((j + len(lead), bad[j + len(lead)]))
        j = found[-1][1]
        while j < end and folded[j] in "、，, ":
            j += 1
    return found


def _before_spaces(folded: str, start: int, j: int) -> int:
    """`j` moved back over the spaces before it (not past `start`): a Chinese reading must not
    depend on a space typed between two words ("准点率 提高"; decision 956)."""
    while j > start and folded[j - 1] in " \t\u3000":
        j -= 1
    return j


# Verbs that make a count of people bigger (decision 1112).
_ZH_COUNT_UP = ("增加", "新增", "增长", "扩大", "发展", "拓展")


@cache
def _zh_kpi_compounds() -> tuple[tuple[str, str], ...]:
    """objective_kpi_compounds: the word, and the measure's name it moves (涨粉 → 粉丝数)."""
    found = mapping("objective_kpi_compounds", "zh")
    return tuple(sorted(found.items(), key=lambda kv: -len(kv[0])))


# Verbs that shorten, and a time named after them: "缩短患者候诊时间" (decision 1312).
_ZH_SHORTEN = frozenset({"缩短", "压缩", "减少", "降低"})
_ZH_TIME_NAMED = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:时间|等待时长)")


# A verb of keeping joined by 并/和 to a verb that moves a measure: "保持并提升毛利率", "巩固并扩大
# 市场份额" only move the measure, as "Grow and protect margin" does (decision 5222, the Chinese of
# 5186). The keeping verb is passed over and the verb after 并 read as the objective's verb.
_ZH_KEEP_AND = re.compile(
    r"(?:保持|维持|巩固|稳住|守住|保住|稳定)(?:并且|并|和|且|与)\s?"
    r"(?=(?:不断|持续|稳步|逐步|进一步|继续)?(?:提升|提高|扩大|增加|增长|做大|拉升|拉高|推高))"
)
# ... and the measure named first, the raising verb after 并: "保持毛利率并稳步提升" (decision 5222).
_ZH_KEPT_THEN_RAISED = re.compile(
    r"(?:保持|维持|稳住|守住|巩固|稳定)(?P<m>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:并且|并|且|和)"
    r"(?:不断|持续|稳步|逐步|进一步|继续)?(?:提升|提高|扩大|增加|增长|上升)[。！!]?"
)
# Whom a kept measure is for, before its verb: "帮公司守住毛利", "为门店保住利润" (decision 1244).
_ZH_FOR_US = re.compile(r"(?:帮|替|为)(?:公司|店里|门店|团队|企业|厂里|部门|科室|大家|我们|老板)")
# Money owed, all of it brought in: "把该收的钱都收回来", "欠的货款全部收齐" (decision 1241).
_ZH_ALL_COLLECTED = re.compile(
    r"把?(?:[\u4e00-\u9fff]{1,4}的)?[\u4e00-\u9fff]{0,3}(?:钱|款|账|欠款|应收)"
    r"(?:都|全部|全都|统统|一分不少地?)(?:收回来|收回|收齐|收上来|要回来|追回来|回笼)[！!。]?"
)
# Every seat, room or slot filled or every one sold: "让每个饭点座位都坐满", "周末的房间都订满"
# (decision 1241). Not 爆满 or 火 ("场场爆满" is vivid, decision 408).
_ZH_ALL_FILLED = re.compile(
    r"(?:让|使)?(?:每[一个张间家场天周]?)?[\u4e00-\u9fff]{0,8}?(?:座位|桌|床位|房间|客房|车位|名额|号源|档期|场次|货)"
    r"都?(?:能)?(?P<done>坐满|住满|订满|约满|排满|满座|满员|满房|卖光|售罄|卖完)[！!。]?"
)


def every_one_zh(text: str) -> str | None:
    """The measure a Chinese objective of every one collected or filled stands for, or None:
    "把该收的钱都收回来" -> "应收款回收率", "让每个饭点座位都坐满" -> "坐满的比例" (decision 1241)."""
    t = text.strip()
    if _ZH_ALL_COLLECTED.fullmatch(t):
        return "应收款回收率"
    m = _ZH_ALL_FILLED.fullmatch(t)
    if m:
        said = re.sub(r"^(?:让|使)?(?:每[一个张间家场天周]?)?", "", t.rstrip("！!。"))
        return re.sub(r"都|能", "", said) + "的比例"  # "饭点座位坐满的比例"
    return None


# Verbs that grow a line of business at the start of an objective (decision 2370).
_ZH_GROW_LEAD = ("做大做强", "做大", "做强做大")
_ZH_BUSINESS = ("业务", "板块", "生意")
# ... and the verbs that widen it: "扩大招生", "扩大团购业务" (decision 4528)
_ZH_WIDEN = ("扩大", "扩充", "拓展")


def _kpi_area(folded: str, a: int, b: int) -> bool:
    """Whether folded[a:b] is a line of business read by its numbers ("会员", "外卖业务",
    "私域板块"; decisions 599, 2370)."""
    name = folded[a:b].strip()
    for suffix in _ZH_BUSINESS:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return name in word_set("objective_kpi_areas", "zh")


# A bound, then a count of people or places, right after the people named (decision 4089).
_ZH_BOUND_COUNT = re.compile(
    r"\s?(?:不少于|不低于|不小于|不超过|不高于|不多于|超过|多于|少于|低于|高于|达到|≥|>=|≤|<=)\s?"
    r"(?:\d[\d,.]*|[一二两三四五六七八九十百千]+)\s?[万千百]?[人名位家个户所]"
)
# A measure kept steady (decision 4085): 保持/维持 + the measure + 稳定/平稳.
_KEEP_STEADY = ("保持", "维持")
_ZH_STEADY = re.compile(r"(?:基本|总体|整体)?(?:稳定|平稳)")
# The state word of a measure's level said with no verb (decision 6315), perhaps after a degree.
_ZH_STATE_OF_LEVEL = re.compile(
    r"(?:(?:基本|总体|整体|更加|更|越来越)?(?:稳定|平稳|稳健|健康|可控)(?:下来|住)?"
    # "复购率更高", "退货率再低一些": the measure said bigger or smaller, a degree word first
    r"|(?:更加|更|再|越来越)(?:高|低|多|少|快|短)(?:一些|一点|些)?)[。！!]?"
)
# A level the measure had before, reached again (decision 4082).
_ZH_BACK_TO_LEVEL = re.compile(
    r"(?:回到|到|至)(?:去年|上年|往年|前年|同期|去年同期|上年同期|疫情前|疫情之前|(?:19|20)\d\d年)的?水平"
)


# A measure's own earlier period (decision 7011): the last year, quarter or month, the same
# period, before the epidemic, a year named; then what reaches or passes it, or 比 … 高.
_ZH_OWN_PAST = (
    r"(?:去年|上年|上一年|往年|前年|同期|上季度|上一季度|上个季度|上季|上月|上个月|上半年|疫情前|疫情之前"
    r"|(?:19|20)\d\d年)(?:同期)?(?:的?水平)?"
)
_ZH_OVER_OWN_PAST = re.compile(
    r"(?:要|能|全面)?(?:(?:超过|超越|超出|超|高于|多于|好于|好过|强于|胜过|赶上|追平|不输|不输给|跑赢"
    r"|恢复到|恢复至|回到|重回|回升到|回升至)"
    + _ZH_OWN_PAST
    + r"|比"
    + _ZH_OWN_PAST
    + r"(?:更|还)?(?:高|好|多|强|大)(?:一些|一点|不少|很多|一截)?)[。！!]?"
)


# One act done on time or at the first go, after a verb that raises it ("提高准时交付", "提升订单
# 及时发货", "提高一次修复"): the act's on-time or first-time share, its 率 unsaid (decision 5385).
# A scope of up to four characters may come first; the act is one word of two or three.
_ZH_DONE_IN_TIME = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:准时|按时|及时|按期|如期|一次(?!性)|首次)"
    r"(?P<act>[\u4e00-\u9fff]{2,3})"
)
# ... not a state, a feeling or a quality after them ("提升新客首次体验", "提高准时意识").
_ZH_NOT_AN_ACT = re.compile(r"体验|印象|意识|观念|感受|质量|水平|能力|效果|满意|习惯")
_ZH_RAISE = frozenset(
    {"提升", "提高", "增加", "改善", "拉升", "拉高", "大幅提升", "显著提升", "明显提升"}
)


# Verbs that raise or lower a rate ("提高出勤", "降低空置"; decision 5388).
# Verbs that put more effort into a count's compound ("加大拉新", "加强获客"; decision 6918).
_ZH_MORE_EFFORT = frozenset({"加大", "加强", "扩大", "增强"})
_ZH_MOVE_RATE = _ZH_RAISE | frozenset(
    {"降低", "减少", "压降", "压缩", "下降", "上升", "扩大", "优化"}
)
# Words after such a verb that are an area, not one act whose rate is meant (decision 5388).
_ZH_RATE_NOT = frozenset(
    {"生产", "成长", "完成", "执行", "增长", "利用", "使用", "成功", "消耗"}
)  # 消耗: "减少体力消耗" spends, no rate (test_obj24b)


def _rate_unsaid(item: Item, toks: list[Token], a: int, e: int) -> str | None:
    """The rate that the objective's last word names with its 率 unsaid, after at most a scope
    of nouns of up to four characters (coach.facts.kpi `zh_rate_unsaid`: "出勤" → 出勤率), or
    None. The rate's name is returned as the topic ("门店好评率")."""
    rest = [t for t in toks if a <= t.start and t.end <= e and t.text.strip()]
    if not rest or rest[-1].end != e:
        return None
    last = rest[-1].text
    if last in _ZH_RATE_NOT or not zh_rate_unsaid(last):
        return None
    scope = rest[:-1]
    if sum(len(t.text) for t in scope) > 4 or any(not t.pos.startswith("n") for t in scope):
        return None
    return item.plain[a:e].strip() + "率"


def _kpi_zh(item: Item, span: Span | None = None) -> Kpi | None:
    """The measure the objective (or the clause at `span`) only names and moves, or None."""
    s, e = span or core(item)
    folded = item.folded
    # "利润回升到去年水平", "收购价格恢复至疫情前水平": a measure moved back to a level it had is
    # that measure's level, as "营收不低于去年" is (decision 4082)
    back = _ZH_BACK_TO_LEVEL.search(folded, s, e)
    if back is not None and back.end() == e and back.start() > s:
        inner = _kpi_zh(item, (s, back.start()))
        return None if inner is None else Kpi((s, e), inner.topic)
    # "营业额超过去年同期", "收入要比去年高", "客流恢复到疫情前": a measure set against its own
    # earlier level, 水平 said or not, is that measure's level too (decision 7011)
    end = e  # the period may be a time the core leaves out ("销量超过上季度")
    while span is None and end < len(folded) and item.facts.masked[end] == " " != folded[end]:
        end += 1
    past = _ZH_OVER_OWN_PAST.search(folded, s, end)
    if past is not None and past.end() == end and s < past.start() < e:
        inner = _kpi_zh(item, (s, past.start()))
        if inner is not None:
            return Kpi((s, e), inner.topic)
    toks = [t for t in _words(item) if s <= t.start and t.end <= e]
    if not toks:
        return None
    bounds = {t.start for t in toks} | {t.end for t in toks}
    verbs = words("objective_kpi_verbs", "zh")
    i = _after_lead_time(item, s, e)
    # "保持毛利率稳定", "维持客单价平稳": a measure kept steady is a level kept (decision 4085)
    for keep in _KEEP_STEADY:
        steady = _ZH_STEADY.search(folded, i, e)
        if (
            folded.startswith(keep, i)
            and steady is not None
            and steady.end() == e
            and steady.start() in bounds
            and _only_measures(item, toks, i + len(keep), steady.start())
        ):
            return _kpi(item, (s, e), (i + len(keep), steady.start()))
    # "毛利率稳定", "门诊量基本平稳", "现金流更稳健": a measure and a state word of its level, no
    # verb, is that level kept, as 保持 + the measure + 稳定 is (decision 6315)
    steady = _ZH_STATE_OF_LEVEL.search(folded, i, e)
    if (
        steady is not None
        and steady.end() == e
        and steady.start() > i
        and steady.start() in bounds
        and folded[i]
        not in "让使令把将"  # "让复购率再高一点" is decision 235's, its topic after 让
        and _only_measures(item, toks, i, steady.start())
    ):
        return _kpi(item, (s, e), (i, steady.start()))
    if m := _ZH_KEEP_AND.match(folded, i, e):
        i = m.end()  # "保持并提升毛利率": kept and raised, one measure moved (decision 5222)
    elif (m := _ZH_KEPT_THEN_RAISED.fullmatch(folded, i, e)) is not None and _only_measures(
        item, toks, m.start("m"), m.end("m")
    ):
        return _kpi(item, (s, e), m.span("m"))  # "保持毛利率并稳步提升" (decision 5222)
    for commit in _ZH_COMMIT + _ZH_DRIVE:
        if folded.startswith(commit, i) and i + len(commit) in bounds:
            i += len(commit)
            break
    for adv in _ZH_ADVERBS + _ZH_LEAD_DEGREE:
        if folded.startswith(adv, i):
            i += len(adv)
            break
    if m := _ZH_FOR_US.match(folded, i, e):
        i = m.end()  # "帮公司守住毛利": whom the measure is kept for (decision 1244)
    # 把该收的钱都收回来, 让每个饭点座位都坐满: every one of them collected, filled or sold, a
    # rate at 100% as "Sell out every Saturday" (decision 1241)
    if _ZH_ALL_COLLECTED.fullmatch(folded, i, e) or _ZH_ALL_FILLED.fullmatch(folded, i, e):
        return _kpi(item, (s, e), (i, e))
    # "扩大招生", "拓展外卖业务": a line of business widened, read by its numbers as "招生做起来"
    # (decisions 631, 4528); jieba may glue the verb to it ("扩大招生" is one word)
    for widen in _ZH_WIDEN:
        if folded.startswith(widen, i) and _kpi_area(folded, i + len(widen), e):
            return _kpi(item, (s, e), (i + len(widen), e))
    # 提升客户满意度, 降低成本, 减少线上异常
    for verb in starting_at(verbs, folded, i):
        if folded.startswith(verb, i) and i + len(verb) in bounds:
            if _only_measures(item, toks, i + len(verb), e):
                return _kpi(item, (s, e), (i + len(verb), e))
            # 提升毛利水平, 提高利润水平: a measure's level is the measure (decision 3524); not
            # 提升管理水平, 提升服务水平 (no measure before 水平: a generic improvement)
            if (
                folded.endswith("水平", i + len(verb), e)
                and e - 2 in bounds
                and e - 2 > i + len(verb)
                and _only_measures(item, toks, i + len(verb), e - 2)
            ):
                return _kpi(item, (s, e), (i + len(verb), e - 2))
            # 守住毛利底线, 稳住存款基本盘: a measure's floor held is its level kept (decision 6914);
            # not 守住安全底线 (no measure before the floor)
            floor = next((f for f in _ZH_FLOORS if folded.endswith(f, i + len(verb), e)), None)
            if (
                floor is not None
                and verb in _ZH_HOLD
                and e - len(floor) in bounds
                and e - len(floor) > i + len(verb)
                and _only_measures(item, toks, i + len(verb), e - len(floor))
            ):
                return _kpi(item, (s, e), (i + len(verb), e - len(floor)))
            done = _ZH_DONE_IN_TIME.fullmatch(folded, i + len(verb), e)
            if (
                done is not None
                and verb in _ZH_RAISE
                and done.start("act") in bounds
                and _ZH_NOT_AN_ACT.match(done.group("act")) is None
                and not _only_measures(item, toks, i + len(verb), e)
            ):
                # 提高准时交付, 提升及时回复, 提高一次修复: the share of one act done on time or at
                # the first go, its 率 left unsaid, as "Improve on-time arrivals" (decision 5385)
                return Kpi((s, e), item.plain[i + len(verb) : e].strip() + "率")
            rated = _rate_unsaid(item, toks, i + len(verb), e)
            if rated is not None and verb in _ZH_MOVE_RATE:
                # 提高出勤, 提升门店好评, 降低空置: a word whose rate the dictionary names, its 率
                # unsaid, after at most a scope (decision 5388)
                return Kpi((s, e), rated)
            if verb in _ZH_GROW_LEAD and _kpi_area(folded, i + len(verb), e):
                # "做大做强会员业务", "做大外卖": a line of business grown, read by its
                # numbers as "会员做起来" (decisions 599, 2370)
                return _kpi(item, (s, e), (i + len(verb), e))
            if verb in _ZH_SHORTEN and _ZH_TIME_NAMED.fullmatch(folded, i + len(verb), e):
                # 缩短患者候诊时间, 压缩审批时间: how long one process takes (decision 1312)
                return _kpi(item, (s, e), (i + len(verb), e))
            break
    # 账号涨粉, 门店拉新: a verb and its measure in one word, after its scope (decision 1313);
    # also after a verb that raises it ("提升拉新", "加大门店获客": the count raised, 6918)
    raised = next(
        (
            i + len(v)
            for v in _ZH_RAISE | _ZH_MORE_EFFORT
            if folded.startswith(v, i) and i + len(v) in bounds
        ),
        i,
    )
    for word, measure in _zh_kpi_compounds():
        j = e - len(word)
        if (
            folded.endswith(word, i, e)
            and j in bounds
            and j - raised <= 6
            and j >= raised
            and not _has_verb(toks, raised, j, item)
            and not re.search(r"[，,、；;和与及]", folded[raised:j])
        ):
            return Kpi((s, e), item.plain[raised:j].strip() + measure)  # "账号粉丝数"
    # 增加用户, 新增会员: people who join from outside, counted (decision 1112)
    for verb in _ZH_COUNT_UP:
        if (
            folded.startswith(verb, i)
            and i + len(verb) in bounds
            and folded[i + len(verb) : e].strip() in word_set("objective_people_counted", "zh")
        ):
            return _kpi(item, (s, e), (i + len(verb), e))
    # 多卖车, 多签单, 卖出更多的房: a sale's count made bigger, as "Sell more tickets" is
    # (decisions 630, 781)
    if (
        _ZH_SELL_MORE.fullmatch(folded, i, e)
        or _ZH_MORE_BUY.fullmatch(folded, i, e)
        or _ZH_RACE_TIME.fullmatch(folded, i, e)
        or _ZH_FILLED_UP.fullmatch(folded, i, e)
        or _zh_more_served(folded[i:e])
    ):
        return _kpi(item, (s, e), (i, e))
    # 良品率提上去, 品牌知名度大幅提升, 把投诉降下来
    start = i + 1 if folded.startswith("把", i) else i
    for verb in ending_at(verbs, folded, start, e):
        if folded.endswith(verb, start, e):
            j = e - len(verb)
            j = _before_spaces(folded, start, j)  # "准点率 提高": a space between (decision 956)
            for adv in _ZH_KPI_ADVERBS:
                if folded.endswith(adv, start, j):
                    j = _before_spaces(folded, start, j - len(adv))
                    break
            if j not in bounds:  # the verb ends a longer word ("上升" in 不上升)
                continue
            if folded.endswith("的", start, j) and folded.startswith(_ZH_ACHIEVE, start):
                # "实现销售额、利润的稳步增长": the measures' move named as a noun (decision 1857)
                start, j = start + 2, j - 1
            if j - 1 in bounds and folded[j - 1] == "不" and j - 1 > start:
                j -= 1  # "营收不下滑", "客流不减少": the measure held at its level (decision 1461)
                # "营收同比不下滑", "客流环比不下降": compared with last year, then held (2681)
                for adv in _ZH_COMPARED_BEFORE_NOT:
                    if folded.endswith(adv, start, j) and j - len(adv) in bounds:
                        j = _before_spaces(folded, start, j - len(adv))
                        break
            # After 把 the words up to the verb are its object, a noun phrase ("把涂装不良打下来").
            if (
                (start > i and _measure_ending_at(item, j) and j - start <= 8)
                or _only_measures(item, toks, start, j)
                # "会员做起来", "私域搞上去": a line of business read by its numbers (599);
                # "会员业务做起来", "外卖板块做大" the same line named as a business (2370)
                or _kpi_area(folded, start, j)
                # "经营指标稳步提升", "各项指标稳中有进": the indicators themselves moved (6910)
                or _zh_indicators(item, toks, start, j)
            ):
                return _kpi(item, (s, e), (start, j))
            break
    # 客单价再提高一些, 成本再降一点, 交付周期再短一点: a measure moved by a loose degree, as
    # "让复购率再高一点" (decisions 235, 3831)
    loose = _ZH_LOOSE_MOVE.search(folded, start, e)
    if (
        loose is not None
        and loose.start() in bounds
        and loose.start() > start
        and not _ZH_LET_MEASURE.match(folded, start)  # "让复购率再高一点": decision 235's reading
    ):
        j = loose.start()
        if (start > i and _measure_ending_at(item, j) and j - start <= 8) or _only_measures(
            item, toks, start, j
        ):
            return _kpi(item, (s, e), (start, j))
    # 零质量事故, 资金安全零事故, 安全生产无事故 (decision 455)
    zero = next((z for z in (folded.find(c, s, e) for c in "零无") if z >= 0 and z in bounds), -1)
    # "每一台出厂的电机都零缺陷" is a promise to each one, not a count (decision 236)
    if zero >= 0 and zero in bounds and not _ZH_VIVID.search(folded, s, e):
        bad = next(
            ((a, b) for a, b, _ in find_terms(folded, bad_events("zh"), "zh") if b == e), None
        )
        if bad is not None and bad[0] > zero and not _spared_people(folded, s, zero, bad):
            topic = item.plain[s:zero] + item.plain[zero + 1 : e]
            return Kpi((s, e), topic.strip())
    # 全年不发生一起重大安全事故, 不出现一例院内感染: no bad event at all, as 零事故 (decision 1848)
    none = _ZH_NONE_HAPPEN.search(folded, s, e)
    if none is not None and not _ZH_VIVID.search(folded, s, e):
        bad = next(
            ((a, b) for a, b, _ in find_terms(folded, bad_events("zh"), "zh") if b == e), None
        )
        if (
            bad is not None
            and 0 <= bad[0] - none.end() <= 6
            and not _spared_people(folded, s, none.start(), bad)
        ):
            return Kpi((s, e), item.plain[none.end() : e].strip())
    # 院内感染零发生, 全年安全事故零发生: the bad event named, then none of it happening, as
    # 零事故; not the people served spared a harm ("住院患者跌倒零发生", decision 681) (3960)
    happen = _ZH_ZERO_HAPPEN.search(folded, start, e)
    if happen is not None and happen.end() == e and not _ZH_VIVID.search(folded, s, e):
        bad = next(
            (
                (a, b)
                for a, b, _ in find_terms(folded, bad_events("zh"), "zh")
                if b == happen.start()
            ),
            None,
        )
        if bad is not None and 0 <= bad[0] - i <= 8 and not _spared_people(folded, s, bad[0], bad):
            return Kpi((s, e), item.plain[i : happen.start()].strip())
    # 把损耗降到最低, 验光等待时间压到最短: a measure brought to its lowest (decision 876)
    low = _ZH_LOWEST_MOVE.search(folded, start, e)
    if low is not None and low.end() == e and low.start() in bounds:
        j = low.start()
        if (start > i and _measure_ending_at(item, j) and j - start <= 8) or _only_measures(
            item, toks, start, j
        ):
            return _kpi(item, (s, e), (start, j))
    # 差评清零, 安全事故清零: the bad events brought to zero, as 零事故 (decision 877)
    cleared = next((c for c in _ZH_CLEARED if folded.endswith(c, start, e)), None)
    if cleared is not None and not _ZH_VIVID.search(folded, s, e):
        j = e - len(cleared)
        bad = next(
            ((a, b) for a, b, _ in find_terms(folded, bad_events("zh"), "zh") if b == j), None
        )
        if bad is not None and bad[0] - start <= 8 and not _own_verb(toks, start, bad[0]):
            return _kpi(item, (s, e), (start, j))
        # "工单积压清零", "库存积压清零": a measure brought to zero, as a bad event is (2103)
        m = _measure_ending_at(item, j)
        if bad is None and m is not None and _only_measures(item, toks, start, j):
            return _kpi(item, (s, e), (start, j))
    # 多卖车, 多招学员, 多签单: "more" before selling or winning counts it (decision 792)
    more = _ZH_MORE_OF.fullmatch(folded, start, e)
    if more is not None:
        return _kpi(item, (s, e), (more.start(more.lastindex or 1), e))
    # 多开户, 多铺货, 多放款: "more" before a verb of business volume (decision 6420)
    volume = _zh_more_volume(folded, start, e)
    if volume is not None:
        return _kpi(item, (s, e), volume)
    # 少熬夜, 少出错少挨罚: fewer bad events and nothing else, as "Fewer returns" (decision 1043)
    fewer = _zh_fewer_bad_events(folded, start, e)
    if fewer:
        named = "、".join(item.plain[a:b] for a, b in fewer)
        return Kpi((s, e), f"{named}的次数")
    # 新人上手更快, 换模快一点
    for comp in ending_at(words("objective_comparatives", "zh"), folded, s, e):
        if folded.endswith(comp, s, e) and e - len(comp) in bounds:
            j = e - len(comp)
            if (
                0 < j - start <= 6
                and (
                    folded[start:j] in _ZH_PROCESS_VERBS  # "交付更快": "Ship faster" (536)
                    or not any(
                        folded.startswith(v, start) for v in words("objective_flat_verbs", "zh")
                    )
                )
                and not _ZH_LIST_MARK.search(folded, start, j)
            ):  # "供应链更稳、更省": a list of qualities, no process made faster (decision 311)
                return _kpi(item, (s, e), (start, j))
            break
    # 组内新人快速上手, 订单更快交付: a speed adverb before the process it speeds up (decision 456)
    fast = _ZH_FAST.search(folded, start, e)
    if (
        fast is not None
        and fast.start() in bounds
        # "孩子们更快乐": 快 opens 快乐 (happy), no speed (decision 6315)
        and (fast.end() in bounds or fast.end() == e)
        and 0 < fast.start() - start <= 6
        and 0 < e - fast.end() <= 3
        and not _has_verb(toks, start, fast.start(), item)
        and not re.search(r"[让使令]", folded[start : fast.start()])
        and folded[fast.end() : e] not in _ZH_GROWTH
    ):
        topic = item.plain[start : fast.start()] + item.plain[fast.end() : e]
        return Kpi((s, e), topic.strip())
    # 将库存控制在合理水平, 把体重控制在合理范围内: a measure kept in a band (decision 879)
    band = _ZH_KEPT_IN_BAND.match(folded, _after_ba(folded, start))
    if band is not None and band.end() == e:
        m0, m1 = band.span(1)
        if (
            m1 - m0 <= 8
            and _measure_ending_at(item, m1)
            # "交付准时率": verbs that only say which process it measures (decision 2102)
            and (not _has_verb(toks, m0, m1, item) or _only_measures(item, toks, m0, m1))
        ):
            return _kpi(item, (s, e), (m0, m1))
    ranked = _measure_rank(item) if span is None else None
    if ranked is not None:
        return ranked
    # 让复购率再高一点, 使获客成本更低: the measure made more or less (decision 235)
    lead = _ZH_LET_MEASURE.match(folded, i, e)
    if lead is not None:
        m = next(
            ((a, b) for a, b in _measures(item) if _ZH_MORE_OR_LESS.fullmatch(folded, b, e)), None
        )
        if (
            m is not None
            and m[1] - m[0] >= 2
            and m[0] - lead.end() <= 4
            and not _has_verb(toks, lead.end(), m[0], item)
        ):
            return _kpi(item, (s, e), (lead.end(), m[1]))
    # 完成全年业绩指标, 达成Q3销售目标: the measure's own target met (decision 235)
    target = _ZH_TARGET_MET.fullmatch(folded, i, e)
    if target is not None and (
        folded.endswith("指标", s, e) or _ZH_TARGET_MEASURE.search(target.group("m"))
    ):
        return _kpi(item, (s, e), (target.end("v"), target.end("m")))
    # 达成年度KPI, 完成全年各项KPI: the KPIs named as such, their targets met (decision 3969)
    kpis = _ZH_KPIS_MET.fullmatch(folded, i, e)
    if kpis is not None:
        return _kpi(item, (s, e), (kpis.start(1), kpis.end(1)))
    after = _ZH_TARGET_MET_AFTER.fullmatch(folded, i, e)
    if after is not None and _ZH_TARGET_MEASURE.search(after.group(1)):
        return _kpi(item, (s, e), (after.start(1), after.end(1)))
    # "确保年度业绩达成", "全年销售额达标": the quota's measure met, 指标 left unsaid (2103)
    met = _ZH_MEASURE_MET.fullmatch(folded, i, e)
    if met is not None:
        return _kpi(item, (s, e), (met.start(1), met.end(1)))
    # "期末全员合格", "各门店月度考核全部达标": everyone passing a bar is its pass rate at 100%
    # (decision 5686)
    # (decision 5686); "让每位新护士三周内通过考核" stays the people's end state (decision 4221's
    # shape, tests/test_metric30.py)
    passed = _ZH_ALL_PASS.fullmatch(folded, i, e)
    if passed is not None and _ZH_ALL_OF.search(passed.group(0)) and not folded.startswith("让", i):
        return _kpi(item, (s, e), (i, e))
    # 实现门店扭亏为盈, 做到盈亏平衡, 秋季招生满额: a measure's level named by its state (decision 342)
    state = _kpi_state_zh(item, toks, i, e)
    if state is not None:
        return _kpi(item, (s, e), state)
    # a bare measure: 门店复购率, 客户满意度; also after a commitment ("保持市场份额", "确保客户
    # 满意度": the level kept, nothing else; metric22, decision 2101)
    m = _measure_ending_at(item, e)
    if m is not None and not _has_verb(toks, i, e, item) and m[0] - i <= 4:
        return _kpi(item, (s, e), (i, e))
    # ... whose short head only says which process it measures ("订单提交准确率", "用例编写完整度",
    # "BUG 提交准确率": decision 116's 付款|及时率 as the whole objective, decision 1662)
    if (
        m is not None
        and 0 < m[0] - s <= 6
        and _has_verb(toks, s, m[0], item)
        and _zh_attributive(item, toks, s, m[0])
        and not _has_verb(toks, m[0], e, item)
        and not re.search(r"[的，,、；;和与及让使把将]", folded[s : m[0]])
    ):
        return _kpi(item, (s, e), (s, e))
    # ... also after a longer scope of nouns that only say whose or which ("全媒体矩阵总阅读量",
    # "抖音账号总粉丝量"), or a short phrase whose verbs name what is counted ("单车日均运营里程",
    # "直播间场均观看人数"): still a noun phrase that ends in the measure (decision 1460)
    if (
        m is not None
        and m[0] - s <= 8
        and not _ZH_LET_MEASURE.match(folded, s, e)
        and not re.search(r"[的，,、；;和与及]", folded[s : m[0]])
        and not _own_verb(toks, s, m[0])
        # a measure's name, not a bad event ("住院老人夜间零跌倒": people spared, decision 681)
        and any(a == m[0] and b == m[1] for a, b, _ in item.facts.kpis)
        and not _has_verb(toks, m[0], e, item)
    ):
        return _kpi(item, (s, e), (s, e))
    return None


# "各项指标", "主要经济指标", "考核指标": indicators named as such, at most a short word of which
# ones before them (decision 6910).
_ZH_INDICATORS = re.compile(
    r"(?:各项|主要|核心|关键|重点|全部|所有|整体)?[\u4e00-\u9fff]{0,4}?指标"
)


def _zh_indicators(item: Item, toks: list[Token], start: int, end: int) -> bool:
    """Whether [start, end) names the indicators themselves ("经营指标", "各项指标"), with no verb
    of its own before them, so that a move closing the objective moves them ("经营指标稳步提升",
    "各项指标不下滑"; decision 6910). Only before the move: "优化考核指标" redesigns them."""
    return _ZH_INDICATORS.fullmatch(item.folded, start, end) is not None and not _own_verb(
        toks, start, end
    )


# A measure's floor, held by a verb of keeping (decision 6914): "守住毛利底线", "稳住存款基本盘".
_ZH_FLOORS = ("的底线", "的红线", "的基本盘", "底线", "红线", "基本盘", "基本面", "底盘")
_ZH_HOLD = frozenset({"守住", "保住", "稳住", "保持", "维持", "守牢", "牢牢守住"})


def _after_lead_time(item: Item, s: int, e: int) -> int:
    """Where the objective's words start after a time that leads them: "在本季度内提升市场占有率",
    "本季度，提升复购率" move the measure as "提升市场占有率" does (decision 477)."""
    folded = item.folded
    j = s + 1 if folded.startswith("在", s) else s
    for a, b, _ in item.facts.times:
        if a == j and b < e:
            while b < e and folded[b] in "内里中，,、 ":
                b += 1
            return b if b < e else s
    return s


# What may lead a state of a measure: the objective only reaches it ("实现扭亏为盈", "做到盈亏平衡").
_ZH_REACH = ("实现", "做到", "达到", "达成", "争取", "力争", "确保")


def _kpi_state_zh(item: Item, toks: list[Token], start: int, end: int) -> Span | None:
    """The words of a state a measure reaches, when the objective says nothing else: "实现门店扭亏为盈",
    "做到盈亏平衡", "秋季招生满额" (decision 342). A short scope before it ("门店", "秋季") is allowed,
    not a verb of its own ("让门店早日盈利" names a way, not only the level)."""
    folded = item.folded
    i = start
    for verb in _ZH_REACH:
        if folded.startswith(verb, i):
            i += len(verb)
            break
    for state in ending_at(words("objective_kpi_states", "zh"), folded, i, end):
        j = end - len(state)
        if j > i and folded.endswith(state, i, end):
            # "门店实现盈利", "新店3个月内实现盈利", "加盟店18个月回本": a scope, a window to reach
            # it in and a verb of reaching stand before the state (decision 2682)
            lead = _ZH_STATE_LEAD.search(folded, i, j)
            if lead is not None and lead.end() == j and lead.start() > i:
                j = lead.start()
        if j >= i and folded.endswith(state, i, end) and j - i <= 6:
            if j > i and (_has_verb(toks, i, j, item) or _ZH_LIST_MARK.search(folded, i, j)):
                return None
            return i, end
    return None


# What stands between a state's scope and the state (decision 2682): the time it is reached in
# ("3个月内", "当月", "开业半年内", "年内") and a verb of reaching, either or both.
_ZH_STATE_LEAD = re.compile(
    r"(?:(?:开业|开店|开张|投产|上线)后?)?"
    r"(?:(?:[0-9]{1,3}|[一二两三四五六七八九十半]{1,3})个?(?:月|年|季度|周|天)(?:内|之内|以内)?"
    r"|当月|当年|当季|年内|季内|首年|第[一二三]年)?"
    r"(?:全部|全都|都|均|全面|基本|就|即|能|可){0,3}(?:实现|做到|达到|达成)?$"
)


def _measure_rank(item: Item, span: Span | None = None) -> Kpi | None:
    """A measure's rank among peers and nothing else: "门店NPS进前三", "客户满意度排名全国前5",
    "好评率稳居全国第一" (decision 100: the measure's level, where a rank of the team itself is
    aspirational). An aspirational marker counts only inside the rank. `span`: one clause."""
    s, e = span or core(item)
    toks = _words(item)
    for a, b in [*_measures(item), *_glued_ranked(item, toks), *_subject_ranked(item, toks)]:
        lead = s + 1 if item.folded[s : s + 1] in _ZH_RANK_LEAD and a > s else s
        if (
            s <= a
            # "科目二一次通过率全市第一": a numbered label is the measure's name (decision 4662)
            and a - s - zh_numbered_label(item.folded, s) <= 4
            and b < e
            # "高考成绩", "全县统考成绩": an exam jieba tags a verb names whose score (5180)
            and not _has_verb([t for t in toks if t.text not in _ZH_EXAMS], lead, a, item)
            and _ZH_MEASURE_RANK.fullmatch(item.folded, b, e)
            and all(x >= b for (x, _y), _k in aspirations(item) if s <= x < e)
        ):
            return _kpi(item, (s, e), (s, b))
    # the verb and the peers first, then the measure and its rank: "稳居类目销量第一", "跻身全国营收
    # 前十" say "销量稳居类目第一" in another order (decision 5181)
    first = _ZH_PEERS_FIRST.match(item.folded, s, e)
    if first is not None:
        for a, b in _measures(item):
            if a == first.end() and b < e and _ZH_RANK_ONLY.fullmatch(item.folded, b, e):
                return _kpi(item, (s, e), (a, b))
    return None


def _subject_ranked(item: Item, toks: list[Token]) -> list[Span]:
    """A school subject named alone before its rank stands for its score ("期末化学冲进班级前十" =
    "化学成绩冲进班级前十"; decision 6416, widening 2684): the subject's word, when a class, year
    group or school ranks it right after (rules/data/zh/objective_school_subjects.txt)."""
    subjects = word_set("objective_school_subjects", "zh")
    out: list[Span] = []
    for t in toks:
        if t.text in subjects and _ZH_SCHOOL_RANK.match(item.folded, t.end):
            out.append((t.start, t.end))
    return out


# What follows a school subject ranked among classmates (decision 6416): a verb of reaching and
# the class, year group or school.
_ZH_SCHOOL_RANK = re.compile(
    r"(?:稳居|排名|排进|进入|冲进|冲到|跻身|考进|考入|考到|冲入|挤进|进|冲|保持|达到)?"
    r"(?:全年级|年级|全班|班级|班里|全校|学校|校内)"
)


def _glued_ranked(item: Item, toks: list[Token]) -> list[Span]:
    """Measures jieba glues to the rank's word ("高考|成绩排名|全市第一", "期末|成绩排名"): the span
    before 排名/名次 when it ends in a measure's name or head (decision 5180)."""
    out: list[Span] = []
    for t in toks:
        if len(t.text) > 2 and t.text.endswith(_ZH_RANK_WORDS):
            head = item.folded[t.start : t.end - 2]
            if head.endswith(_zh_measure_ends()):
                out.append((t.start, t.end - 2))
    return out


@cache
def _zh_measure_ends() -> tuple[str, ...]:
    """Every Chinese measure's name and head, as `str.endswith` takes them."""
    return tuple({*kpi_terms("zh"), *words("kpi_suffixes", "zh")})


def _measure_record(item: Item, span: Span | None = None) -> Kpi | None:
    """A measure that reaches a record and nothing else: "招生人数再创新高", "会员数创历史新高"
    (decision 121), "全年销量冲刺历史最高" (decision 5223). The marker (新高) is inside the KPI verb, so it lifts nothing.
    `span`: one clause."""
    s, e = span or core(item)
    folded = item.folded
    toks = _words(item)
    for verb in ending_at(words("objective_kpi_verbs", "zh"), folded, s, e):
        if not (("新高" in verb or "历史" in verb) and folded.endswith(verb, s, e)):
            continue
        j = e - len(verb)
        if all(j <= a for (a, _b), _k in aspirations(item) if s <= a < e) and (
            _only_measures(item, toks, s, j) or _zh_indicators(item, toks, s, j)
        ):
            return _kpi(item, (s, e), (s, j))
    return None


_ZH_LIST_MARK = re.compile(r"[、，,；;]")
_ZH_CLEARED = ("清零", "归零")
# A verb that moves a measure to its lowest, and the lowest (decision 876).
_ZH_LOWEST_MOVE = re.compile(
    r"(?:降低|降|压缩|压|减少|减|缩短|缩|控制)(?:到|至|在)最(?:低|少|小|短)(?:限度|水平|程度|值)?[。！!]?"
)


def _own_verb(toks: list[Token], start: int, end: int) -> bool:
    """Whether [start, end) holds a verb of the team's own work or one that moves a measure
    ("提升…", "做好…", "让…"): the words before a cleared bad event may name what went wrong
    ("衣物丢失和损坏投诉清零", decision 877), not work done."""
    own = _single("objective_flat_verbs", "zh") | _single("objective_kpi_verbs", "zh") | _ZH_CAUSE
    return any(start <= t.start and t.end <= end and t.text in own for t in toks)


# A measure kept in a band with no figure: "库存控制在合理水平", "体重保持在健康范围内" (879).
# ... or at a high or low level, or within the budget: "出勤率保持在高位", "交付准时率稳定在较高
# 水平", "家庭月支出控制在预算内" (metric22, decision 2102).
_ZH_KEPT_IN_BAND = re.compile(
    r"([^，,；;。]{1,8}?)(?:控制|保持|维持|稳定|稳)在(?:(?:合理|正常|健康|安全|可控|目标|标准)的?"
    r"(?:范围|水平|区间)|(?:较?高|较?低)(?:位|水平)|预算|计划)(?:内|以内|之内)?[。！!]?"
)


def _after_ba(folded: str, i: int) -> int:
    """After a leading 将 (as 把): "将库存控制在…" names the measure after it."""
    return i + 1 if folded.startswith("将", i) else i


# Flat verbs that name one process of the team's work: alone before a comparative they are the
# process made faster (decisions 26, 536: "交付更快", "上线更快"), unlike 提升/优化 (a change).
_ZH_PROCESS_VERBS = frozenset(
    {"交付", "上线", "推出", "开发", "落地", "处理", "执行", "跟进", "提交", "上报", "录入", "检查"}
)
# A speed adverb: the objective asks for one process to go faster (decision 456).
_ZH_FAST = re.compile(r"(?:更快速?|快速|尽快|迅速|更迅速)地?")
# ... growing fast is growth, not a process sped up ("业务快速增长", "门店快速扩张").
_ZH_GROWTH = frozenset({"增长", "发展", "扩张", "成长", "提升", "提高", "上升", "壮大", "扩大"})
_ZH_AND = re.compile(r"[和与、]|以?及(?![时格早])")  # not 及时率, 及格率
# After a measure's name: a rank among peers and nothing else ("进前三", "排名全国前5").
_ZH_RANK_PEERS = (
    r"(?:行业|全国|全省|全市|全区|全县|区域|大区|集团|公司|同行|类目|品类|赛道|平台"
    # the whole of the team's own network or group as the peers: "干线准点率做到全网第一" (4997)
    r"|全网|全集团|全公司|全系统|全行业|全品牌|全大区|全区域|全路网|全线"
    # a city, a sales patch or a bank's branch network as the peers: "好评率稳居全城前10%",
    # "续约率冲到片区第一" (decision 6090)
    r"|全城|同城|片区|全片区|分行|全分行|全行|全镇|全乡"
    # a class, a year group or a major ranks a pupil's score (decision 2684)
    r"|全年级|年级|全班|班级|班里|全校|学校|校内|全系|专业|学院)"
)
# TOP N as 前N and any ordinal to 第九十九 (5180): "进入类目TOP10", "NPS排名全国第八"
_ZH_RANK = (
    r"(?:前[0-9一二三四五六七八九十]{1,3}(?:%|名|位|强)?(?:以内)?"
    r"|第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})(?:名|位)?|top ?[0-9]{1,3})"
)
_ZH_RANK_WORDS = ("排名", "名次", "排位", "排行")
_ZH_EXAMS = frozenset({"高考", "中考", "统考", "会考", "联考", "月考", "模考", "期考", "学考"})
_ZH_MEASURE_RANK = re.compile(
    # the rank's own word before the verb: "销量排名进入全市前五", "营收排名跃居全省第二" (5180)
    r"(?:(?:排名|名次|排位|排行)(?=[^前第]))?"
    r"(?:稳居|排名|排进|进入|冲进|跻身|做到|做成|保持|位居|位列|冲到|进|入|冲|达到|跃居|挤进|杀进|冲入"
    r"|考进|考入|考到"
    rf"|(?:提升|提高|上升|升|跃升|回升|降|下降|降低|压|压降)[到至])?{_ZH_RANK_PEERS}?(?:{_ZH_RANK}"
    # the peers' lowest or highest as the measure's place: "流失率降到行业最低" (decision 6422)
    rf"|(?<=[到至]){_ZH_RANK_PEERS}的?(?:最低|最高|最少|最多)"
    # the peers' best level as the measure's target: "客户满意度达到行业领先水平" (decision 1858)
    r"|的?(?:领先|一流|先进|标杆|最高|最好|最优|顶尖|平均)水平(?:以上|之上)?)"
    # the measure made the peers' benchmark: "客户满意度成为全行业的标杆" (decision 4421)
    # (the peers named in at most eight characters: 全区, 全省公立医院, 同行)
    r"|(?:成为|做成|做到)[\u4e00-\u9fff]{0,8}?的?标杆"
)
# The verb of reaching and the peers before the measure (decision 5181): "稳居类目销量第一".
_ZH_PEERS_FIRST = re.compile(
    rf"(?:稳居|做到|跻身|位居|位列|冲进|挤进|杀进|冲入|进入|保持|冲到)在?{_ZH_RANK_PEERS}的?"
)
_ZH_RANK_ONLY = re.compile(rf"{_ZH_RANK}[。！!]*")
# A lead that makes the measure the subject: "让客户满意度成为…标杆" (decision 4421).
_ZH_RANK_LEAD = frozenset({"让", "使", "把", "将"})


def _only_measures(item: Item, toks: list[Token], start: int, end: int) -> bool:
    """Whether [start, end) names measures only: each part joined by 和/与/、 ends with a
    measure and has no verb of its own ("客户满意度", "复购率和客单价", not "品牌认可度和知名度")."""
    if end - start > 12:
        return False
    cut = start
    # A conjunction is a word of its own: 与 inside 参与度 joins nothing (decision 455).
    bounds = {t.start for t in toks} | {t.end for t in toks}
    joins = [m for m in _ZH_AND.finditer(item.folded, start, end) if m.start() in bounds]
    for m in [*joins, None]:
        stop = m.start() if m else end
        measure = _measure_ending_at(item, stop)
        if measure is None or (
            _has_verb(toks, cut, stop, item) and not _zh_attributive(item, toks, cut, measure[0])
        ):
            return False
        cut = m.end() if m else end
    return True


def _zh_attributive(item: Item, toks: list[Token], start: int, end: int) -> bool:
    """Whether the words before a measure's name only qualify it (decision 116): a short
    phrase whose verbs name the process measured ("付款|及时率", "到店|转化率", "应收|账款周转率"),
    none of them a verb that moves a measure or states work ("提升", "完成")."""
    if end - start > 6:
        return False
    kpi_verbs = words("objective_kpi_verbs", "zh")
    own = (*kpi_verbs, *words("objective_flat_verbs", "zh"))
    # A verb glued to a rate names what the rate counts ("交付|准时率", "发货|及时率": 637); so
    # does one glued to a degree ("编写|完整度", "培训|满意度": decision 1662).
    # So does one glued to a cost: "招聘|成本", "推广|费用" are what the cost is of (decision 5039).
    rate = any(
        a == end and name.endswith(("率", "度", "成本", "费用")) for a, _b, name in item.facts.kpis
    )
    return not any(
        start <= t.start
        and t.end <= end
        and t.pos.startswith("v")
        and t.text in own
        and not (rate and t.end == end and t.text not in kpi_verbs)
        for t in toks
    )


def _has_verb(toks: list[Token], start: int, end: int, measures: Item | None = None) -> bool:
    """Whether a verb (not a verbal noun) stands in [start, end), outside a measure's name."""
    inside = _measures(measures) if measures is not None else []
    for t in toks:
        if start <= t.start and t.end <= end and t.pos.startswith("v") and t.pos != "vn":
            if any(a <= t.start and t.end <= b for a, b in inside):
                continue
            return True
    return False


# -- the verdicts the objective rules share -----------------------------------------------------


@dataclass(frozen=True)
class MetricReading:
    """An objective that is only a KPI: where, and the number clauses when it has a number."""

    span: Span
    numbered: bool
    topic: str = ""


# "… and grow revenue 30%": "and", then a verb that moves the number, opens a second phrase.
_EN_AND_VERB = re.compile(r"\s(?:and|while)\s(?:also\s)?(?P<v>[a-z]+)\b")


def _marker_phrase_before_and(item: Item, end: int, numbered: list[MetricClause]) -> bool:
    """An English marker that heads its own verb phrase before "and" + a verb moving the number
    ("Win the office-park lunch crowd and grow revenue 30%"): a direction beside the number,
    as a separate clause is ("深耕华南渠道，实现季度营收增长25%"), not the number's own verb ("Win 20
    new logos"; decision 1317)."""
    if item.language != "en":
        return False
    first = min((q.start for c in numbered for q in c.quantities if q.start >= end), default=None)
    if first is None:
        return False
    m = _EN_AND_VERB.search(item.folded, end, first)
    return (
        m is not None
        and m.start() - end >= 4  # the marker's own object ("Win the … crowd")
        and m.group("v") in _single("objective_target_verbs", "en")
    )


def metric_objective(item: Item) -> MetricReading | None:
    """The objective is only a KPI (decision 18): every clause of it states a number target
    ("销售额提升30%", "Reach $52M ARR") or it names a measure and only moves it
    (`kpi_only`); an aspirational marker or another, qualitative clause keeps it an objective
    ("深耕华南渠道，实现季度营收增长25%", "打造最受欢迎的会员体系，付费会员数翻番")."""
    key = "objective_metric"
    if key in item.facts.memo:
        return item.facts.memo[key]  # type: ignore[return-value]
    found: MetricReading | None = None
    s, e = core(item)
    numbered = [c for c in metric_clauses(item) if any(s <= q.start < e for q in c.quantities)]
    if (
        numbered
        and (
            served(item) is None
            # "客户至上，退货率降到1%以内": the people a motto puts first act in no clause (6281)
            or (_motto_marker_only(item) and served(item)[0] < (motto_end(item) or -1))  # type: ignore[index]
            or _share_of_their_doing(item, numbered)
            or _changed_by(item, numbered)
            or _their_measure(item, numbered)
        )
        and (
            not any(
                kind != "word"
                or not any(c.start <= a < c.end for c in numbered)
                or _marker_phrase_before_and(item, b, numbered)
                for (a, b), kind in aspirations(item)
            )
            # "质量第一，次品率降到0.5%以下": a motto's 第一 is no place to reach (decision 6091)
            or _motto_marker_only(item)
        )
    ):
        # A marker inside the number's own clause ("Win 20 new logos") leaves it a KPI; one
        # beside it ("打造最受欢迎的会员体系，付费会员数翻番") is a qualitative direction.
        # Work counted ("Hire the 45 people the plan says we need") is flat, not a KPI.
        # A named measure in the number's clause, an amount of money or a percentage makes it
        # a level to reach even after a verb of work ("完成全年销售额5000万", "完成销售指标1000万元",
        # "Deliver $3M in new bookings"): work is counted in items, not in money.
        if (
            _work_verb(item)
            and not any(q.kind in ("money", "percent") for c in numbered for q in c.quantities)
            and not any(
                partner_count(item, c.quantities) or people_won(item, c.quantities)
                for c in numbered
            )
            and not any(
                c.start <= a
                and b <= c.end
                and not _unit_of(c, b, name)
                and not _names_the_work(item, c, a, b)
                for c in numbered
                for a, b, name in item.facts.kpis
            )
            # "完成销售任务1200万": a quota of a measure is the measure's level (decision 1461)
            and not any(_ZH_QUOTA.search(item.folded, c.start, c.end) for c in numbered)
        ):
            numbered = []
        if _staff_added(item, numbered):
            numbered = []  # "新增护士20名", "Add 15 nurses to the night shift" (decision 4222)
        # "Safety first, zero lost-time injuries": the motto heads the measure (decision 6280)
        m = motto_end(item) if item.language == "en" and _motto_marker_only(item) else None
        content = [
            (a if m is None else max(a, m), b)
            for a, b in item.facts.clauses
            if a < e
            and b > (s if m is None else m)
            and re.search(r"[\u4e00-\u9fffA-Za-z]", item.facts.masked[a:b])
        ]
        covered = {(c.start, c.end) for c in numbered}
        # A measure's label before its figure ("营收目标：5000万") is part of the figure's clause;
        # so is the period it is compared with ("环比12月，打水印的宝贝总数提高40%": decision 418).
        content = [
            c
            for c in content
            if not measure_label(item, *c)
            and not _compared_base(item, *c)
            and not _means_clause(item, *c, numbered)
            and not _slogan_clause(item, *c, numbered)
            and not (len(content) == 2 and topic_head(item, *c))  # "华南市场，营收增长30%"
            and not _glossed_before(item, c, numbered)
            # "提升销售业绩，实现销售额同比增长20%": a clause that only moves a measure, beside the
            # clause that gives its number, adds no qualitative direction (decision 1858)
            and not (item.language == "zh" and numbered and _kpi_zh(item, c) is not None)
        ]
        if numbered and all(
            c in covered or any(x <= c[0] and c[1] <= y for x, y in covered) for c in content
        ):
            found = MetricReading((numbered[0].start, numbered[-1].end), True)
    if found is None:
        kpi = kpi_only(item)
        # "提升物流水平": a whole area of work raised, which is vague, names no measure (PRINCIPLES
        # "a broad quality without a number" is no metric; decision 4874)
        if kpi is not None and not whole_area_zh(item):
            found = MetricReading(kpi.span, False, kpi.topic)
    if found is None:
        found = _zh_sized_own_thing(item)
    if found is None:
        found = _bracketed_figure(item)
    item.facts.memo[key] = found
    return found


# A measure's figure that sizes the team's own thing, and nothing else (decision 7010, the lead's
# ruling of round 47): "做成月销百万的店铺", "打造年营收千万的工作室", "成为一家年收入1000万的工作室",
# "打造百万粉丝账号" — the thing is the figure reached, as "Become a $10M ARR company" is. A verb of
# becoming or making may lead (a platform or the thing itself before it: "在抖音", "把小店"), then
# the measure and its figure either way round, then the kind of thing the team runs.
_ZH_SIZED_LEAD = re.compile(
    r"\s*(?:(?:[在把][\u4e00-\u9fffA-Za-z]{1,8}?)?(?:要|争取|努力|力争)?"
    r"(?:成为|做成|做到|打造成|打造|建成|做出|变成|发展成为|发展成|成长为|长成|升级为|升级成|开出|开成|开|做))?"
    r"\s?(?:一[家个间支座所])?\s?"
)
_ZH_SIZE_FIGURE = re.compile(
    r"(?:过|破|超)?(?:\d[\d.,]*\s?[万亿千百wWkK]?|[一二两三四五六七八九十百千万亿]{0,4}[十百千万亿])"
    r"(?:多|余)?(?:元|块)?"
)
_ZH_SIZE_SCOPES = "年月日周季"
_ZH_SIZE_MEASURES = (
    "粉丝",
    "粉",
    "年入",
    "月入",
    "年销",
)  # 粉, 年入, 年销: no measure the facts name
_ZH_SIZED_TAIL = re.compile(r"\s?级?\s?的?\s?([^的，,；;、\s]{1,10}?)[\s!！。~～]*")
_ZH_OWN_THINGS = (
    "店", "店铺", "工作室", "公司", "企业", "品牌", "号", "博主", "主播", "团队", "厂", "直播间",
    "频道", "平台", "产品", "单品", "爆款", "餐厅", "馆", "民宿", "机构", "校区", "网点", "诊所",
    "事业部", "卖家", "商家", "app", "小程序", "社群",
)  # fmt: skip


def _size_measure_end(text: str, at: int, kpis: dict[int, int]) -> int | None:
    """Where the measure starting at `at` ends, if one does (decision 7010)."""
    if at in kpis:
        return kpis[at]
    word = next((w for w in _ZH_SIZE_MEASURES if text.startswith(w, at)), None)
    return None if word is None else at + len(word)


def _zh_sized_own_thing(item: Item) -> MetricReading | None:
    """The objective is only a measure's figure sizing the team's own thing (decision 7010)."""
    if item.language != "zh" or aspirations(item) or served(item) is not None:
        return None
    s, e = core(item)
    text = item.folded
    lead = _ZH_SIZED_LEAD.match(text, s, e)
    at = lead.end() if lead else s
    kpis = {a: b for a, b, _ in item.facts.kpis if s <= a}
    # the measure first, after a period word or not ("月销百万", "年营收千万": 营收 the facts' name)
    end = _size_measure_end(text, at, kpis)
    if end is None and text[at : at + 1] in _ZH_SIZE_SCOPES:
        end = _size_measure_end(text, at + 1, kpis)
    fig = (
        None if end is None else _ZH_SIZE_FIGURE.match(text, end + (text[end : end + 1] == " "), e)
    )
    if fig is not None:
        measure, after = (at, end), fig.end()
    else:
        # the figure first: "百万粉丝", "千万营收"
        fig = _ZH_SIZE_FIGURE.match(text, at, e)
        if fig is None:
            return None
        start = fig.end() + (text[fig.end() : fig.end() + 1] == " ")
        end = _size_measure_end(text, start, kpis)
        if end is None:
            return None
        measure, after = (start, end), end
    tail = _ZH_SIZED_TAIL.fullmatch(text, after, e)
    if tail is None or not tail.group(1).endswith(_ZH_OWN_THINGS):
        return None
    return MetricReading((s, e), False, item.plain[measure[0] : measure[1]])


# The brackets that close the wording after its core: "业绩冲刺（销售额2亿）".
_TRAILING_BRACKET = re.compile(
    # (a bounded run of blanks before the bracket: unbounded, a long run of them was read again
    # from each of its characters, 0.29 s on 5,000 blanks)
    r"\s{0,8}[（(]([^（）()]{2,24})[）)](?:\s{0,8}[（(][^（）()]{0,24}[）)])*[\s。！!.]*$"
)


def _bracketed_figure(item: Item) -> MetricReading | None:
    """A heading, then a measure and its figure in brackets, and nothing else: "业绩冲刺（销售额
    2亿）", "运营效率（平均住院日≤7天）", "Cash (DSO under 40 days)" (decision 4420). The heading only
    names an area — nouns, or a call for effort ("冲刺"), no verb of its own and no aspiration —
    so the bracket's number is the objective, as after a colon ("运营效率：平均住院日≤7天",
    decision 3018). A direction before the bracket ("深耕华南渠道（营收增长25%）"), a weight or an
    owner in it ("团队建设（权重20%）") keep the objective."""
    s, e = core(item)
    m = _TRAILING_BRACKET.match(item.folded, e)
    if m is None or e <= s or aspirations(item):
        return None
    a, b = m.span(1)
    if item.language == "zh":
        toks = _words(item)
        if e - s > 8 or not toks:
            return None
        for t in toks:
            if len(toks) == 1 or t.pos.startswith("n") or t.pos == "vn":
                continue  # one word alone is the area's name ("交付（准时交付率98%）")
            if _only_slogan(item, t.start, t.end):
                continue
            if t.pos.startswith("v") and any(
                x <= t.start and t.end <= y for x, y in _measures(item)
            ):
                continue  # "用户增长"
            return None
    else:
        heading = item.folded[s:e].split()
        # a verb opening a phrase is a direction ("Win the mid-market (ARR $5M)"); one word alone
        # is the area's name ("Growth (ARR to $50M)")
        verbs = word_set("objective_target_verbs", "en") | _single("objective_flat_verbs", "en")
        if (
            len(heading) > 3
            or heading[0] in _EN_CAUSATIVE_HEAD
            or (len(heading) > 1 and heading[0] in verbs)
        ):
            return None
    clauses = [c for c in metric_clauses(item) if a <= c.start and c.end <= b and c.quantities]
    named = [
        (x, y)
        for x, y, _n in item.facts.kpis
        if a <= x and y <= b and any(y <= q.start for c in clauses for q in c.quantities)
    ]
    if not clauses or not named or item.folded[a : clauses[0].start].strip():
        return None
    if any(
        q.kind == "percent" and _WEIGHT.search(item.folded, a, b)
        for c in clauses
        for q in c.quantities
    ):
        return None
    return MetricReading((clauses[0].start, clauses[-1].end), True)


_EN_CAUSATIVE_HEAD = frozenset({"make", "keep", "win", "be", "become", "get", "help", "give"})
_WEIGHT = re.compile(r"权重|占比权重|weight", re.I)


# Verbs that add people to the team, before their role and count ("新增护士20名", "增加15名护理员",
# "Add 15 nurses"): staff added is hiring, work (decisions 4, 1757, 4080; decision 4222).
_ZH_ADD_STAFF = ("新增", "增加", "增补", "补充", "扩充", "增配", "补齐", "配齐", "加")
_EN_ADD_STAFF = re.compile(
    r"\b(?:add|adding|added|bring on|onboard|take on)\s(?:another\s|at least\s|over\s)?$", re.I
)


def _staff_role(text: str, lang: str) -> bool:
    """Whether `text` (a token or a word) names a role on the team (kr_staff_nouns: 护士, 司机,
    nurses, engineers), whatever modifies it before ("夜班护士")."""
    roles = word_set("kr_staff_nouns", lang)
    if lang == "en":
        return text.lower() in roles
    return any(len(r) >= 2 and text.endswith(r) for r in roles) or text in roles


def _staff_added(item: Item, numbered: list[MetricClause]) -> bool:
    """Every figure of the objective counts people of the team's own roles added to it: "新增护士
    20名", "增加15名护理员", "Add 15 nurses to the night shift" are hiring counted (decision 4222),
    not people won from outside ("新增客户300家", "Add 500 new members" stay KPIs). Money and
    shares keep their measure."""
    if not numbered:
        return False
    lang = item.language
    folded = item.folded
    toks = _words(item)
    for c in numbered:
        for q in c.quantities:
            if q.kind != "count":
                return False
            if lang == "en":
                after = [t for t in toks if t.start >= q.end][:3]
                if not (
                    _EN_ADD_STAFF.search(folded, max(0, q.start - 24), q.start)
                    and any(_staff_role(t.text, "en") for t in after)
                ):
                    return False
                continue
            before = [t for t in toks if t.end <= q.start and t.start >= c.start]
            verb = next((t for t in reversed(before) if t.text in _ZH_ADD_STAFF), None)
            if verb is None:
                return False
            # "新增护士20名", "增补兽医师4名": the verb, the role (jieba may cut it), the count
            role_first = verb.end < q.start and _staff_role(folded[verb.end : q.start], "zh")
            # "增加12名夜班护士": the verb, the count and its measure word, then the role
            count_first = verb.end == q.start and _role_after(item, q.end, c.end)
            if not (role_first or count_first):
                return False
    return True


def _role_after(item: Item, start: int, end: int) -> bool:
    """A role of the team opens [start, end) after the count's measure word and ends its noun
    phrase: "15名护理员", "10名骑手应对双十一"; not "500条销售线索" (销售 qualifies the leads)."""
    folded = item.folded
    at = start
    while at < end and folded[at] in "名位个人 ":
        at += 1
    toks = {t.start: t for t in _words(item)}
    k = at
    while k in toks and toks[k].end <= end:
        k = toks[k].end
        if _staff_role(folded[at:k], "zh"):
            nxt = toks.get(k)
            return nxt is None or nxt.end > end or not nxt.pos.startswith(("n", "vn"))
    return False


def _names_the_work(item: Item, clause: MetricClause, start: int, end: int) -> bool:
    """The measure word at [start, end), after the clause's count, only qualifies the noun of
    the work counted right after it: "举办5场粉丝见面会", "完成3场客户满意度调研" count events and
    studies held, not fans or satisfaction (decision 4228)."""
    if item.language != "zh" or not any(q.end <= start for q in clause.quantities):
        return False
    head = next((t for t in _words(item) if t.start == end), None)
    return (
        head is not None
        and head.end == clause.end
        and head.pos in ("n", "vn", "v")
        and not any(a == end for a, _b, _n in item.facts.kpis)
    )


def _unit_of(clause: MetricClause, end: int, name: str) -> bool:
    """The measure word ending at `end` is only the unit of the clause's figure ("培训一线员工200
    人次"): it names no measure of its own, the count is of the work (decision 4086)."""
    return any(q.unit == name and q.end == end for q in clause.quantities)


# X占Y的比重/比例 (or X的占比) and the figure after it: the share of X in Y (decision 3531).
_ZH_SHARE_OF = re.compile(r"占[^，,；;。]{1,12}?(?:比重|比例|之比)|占比")


def _their_measure(item: Item, numbered: list[MetricClause]) -> bool:
    """The people served's "verb" is a measure of them that jieba cut apart: "学生近视率控制在30%
    以内" (近视|率控制), "用户次日留存40%" (留存, a measure's name): the rate or the measure, with its
    figure in the same clause, is the KPI, not a picture of them (decision 3970)."""
    span = served(item)
    if item.language != "zh" or span is None:
        return False
    a, b = span
    clause = next((c for c in numbered if c.start <= a < c.end), None)
    if clause is None:
        return False
    verbs = [t for t in _words(item) if a <= t.start < b and t.pos.startswith("v")]
    if not verbs:
        return False
    verb = verbs[0]
    # the verb closes a rate ("近视|率"), or it is a measure's name itself ("留存")
    return item.folded.startswith("率", verb.end) or any(
        x <= verb.start and verb.end <= y for x, y, _ in item.facts.kpis
    )


def _share_of_their_doing(item: Item, numbered: list[MetricClause]) -> bool:
    """The people served doing something is what a share counts: "会员消费占总销售额比重提升到60%",
    "新用户下单占总订单比重达到30%" measure the share of their purchases, not a picture of them
    (decision 3531). The people's doing starts before 占 in the number's own clause."""
    span = served(item)
    if item.language != "zh" or span is None:
        return False
    for c in numbered:
        m = _ZH_SHARE_OF.search(item.folded, c.start, c.end)
        if m is not None and c.start <= span[0] < m.start():
            return all(m.end() <= q.start for q in c.quantities)
    return False


# A change verb and the share or multiple it moves by, closing the clause: "降低40%", "减少 30%",
# "提升一倍", "缩短一半", "降低三成" (decision 3702).
_ZH_CHANGED_BY = re.compile(
    r"(?:降低|减少|下降|缩短|压缩|削减|减|降|提升|提高|增加|增长|增|提)了?\s*"
    r"(?:(?:\d+(?:\.\d+)?\s*[%％])|百分之[\d一二两三四五六七八九十百]+|一半|"
    r"[\d一二两三四五六七八九十]+\s*倍|[一二两三四五六七八九]成)\s*(?:以上|左右)?$"
)


def _changed_by(item: Item, numbered: list[MetricClause]) -> bool:
    """A measure of the people served moved by a share or a multiple ("将开发者认知负载降低40%",
    "让一线员工的加班时长减少三成"): the figure is how far the measure moves, not a picture of
    the people (decision 3702). A level reached ("让90%的新员工第一天就有归属感") keeps the
    people's end state."""
    if item.language != "zh":
        return False
    return bool(numbered) and all(
        _ZH_CHANGED_BY.search(item.folded[c.start : c.end].rstrip("。.！!～~ ")) for c in numbered
    )


# A bracketed short gloss between a measure's name and its figure ("日活跃用户数（DAU）达到100万"):
# the name, the gloss and the figure are one clause (decision 1858). Blanks are taken from their
# first only (a clause never ends in one): a search stays linear (issue 13).
_GLOSS = re.compile(r"(?:(?<!\s)\s++)?[（(][^（）()，,。；;]{1,16}[）)]\s*")


def _glossed_before(item: Item, clause: tuple[int, int], numbered: list[MetricClause]) -> bool:
    """The clause is a bracketed gloss itself, or a name that a gloss joins to a figure's clause."""
    folded = item.folded
    a, b = clause
    if _GLOSS.fullmatch(folded, max(0, a - 1), min(len(folded), b + 1)):
        return bool(numbered)  # "（DAU）" between the name and the figure
    m = _GLOSS.match(folded, b)
    return m is not None and any(
        n.start >= m.end() and not folded[m.end() : n.start].strip() for n in numbered
    )


# A clause that only names what a figure is compared with: "环比12月", "同比去年", "较上季度",
# "相比2025年" (the period itself is masked as a time).
_COMPARED_BASE_RE = re.compile(
    r"^\s*(?:环比|同比|较之?|相比于?|相较于?|对比)\s*(?:去年|上年|上期|同期)?\s*$"
)


# A means named in its own clause before the number: "通过精细化运营，实现GMV 1亿元", "借助小程序，
# 拉新会员2000人", "以客户为中心，NPS提升到50", "Through better onboarding, lift day-30 retention
# to 45%", "By streamlining scheduling, cut wait time to 20 minutes" — how, not where to go
# (decision 602 reads the key result the same way; decision 3966). Passing an exam or an audit
# (通过认证) is work, not a means.
_ZH_MEANS = re.compile(
    r"\s?(?:通过|借助|依托|依靠|凭借|利用|借力)(?![^，,；;]*(?:认证|考试|考核|审核|验收|评审|评估))"
    r"|\s?以[^，,；;]{1,8}为(?:中心|核心|抓手|导向|引领|驱动|突破口)\s?$"
)
# (the clause's leading blanks are skipped by the caller: a leading "\s*" scanned blank runs)
_EN_MEANS = re.compile(r"(?:through|via|using|leveraging|thanks to|by\s+[a-z]+ing)\b")


def _slogan_clause(item: Item, start: int, end: int, numbered: list[MetricClause]) -> bool:
    """Whether the clause [start, end), beside the number's clause, is only a call for effort or
    a slogan: "稳中求进，营收增长20%", "冲刺！全年营收破亿", "全力以赴，实现营收翻番", "All in: reach
    $10M ARR" — nothing left once exhortations, buzzwords and generic words are taken out, so the
    objective is still only the number (decision 3967)."""
    if not numbered or any(c.start <= start and end <= c.end for c in numbered):
        return False
    return _only_slogan(item, start, end)


@cache
def _slogan_terms(lang: str) -> tuple[str, ...]:
    """The exhortations, buzzwords and generic words of objectives, longest first: one tuple per
    language, so the word lists' search builds its index of them once (built per call, the
    tuple was a new one each time and its index was built again: ~0.25 ms; issue 13, speed47)."""
    return longest_first(
        {
            *words("objective_exhortations", lang),
            *words("objective_buzzwords", lang),
            *words("objective_generic", lang),
        }
    )


def _only_slogan(item: Item, start: int, end: int) -> bool:
    """Whether [start, end) holds nothing once exhortations, buzzwords and generic words are
    taken out (decision 3967)."""
    lang = item.language
    chunk = item.folded[start:end]
    found = find_terms(chunk, _slogan_terms(lang), lang)
    if not found:
        return False
    chars = list(chunk)
    for a, b, _ in found:
        chars[a:b] = " " * (b - a)
    return not re.search(r"[\u4e00-\u9fffa-z0-9]", "".join(chars))


def _means_clause(item: Item, start: int, end: int, numbered: list[MetricClause]) -> bool:
    """Whether the clause [start, end) only names the means to the number after it."""
    if not numbered or numbered[0].start < end:
        return False
    means = _ZH_MEANS if item.language == "zh" else _EN_MEANS
    if item.language == "en":
        start += len(item.folded[start:end]) - len(item.folded[start:end].lstrip())
    m = means.match(item.folded, start, end)
    return m is not None and (m.end() < end or item.language == "zh")


def means_or_slogan(item: Item, start: int, end: int, numbered: list[MetricClause]) -> bool:
    """Whether the clause [start, end) only names a means or calls for effort beside the number's
    clause (decisions 3966, 3967): the rewrite does not keep it as the objective's direction."""
    return _means_clause(item, start, end, numbered) or _slogan_clause(item, start, end, numbered)


def _compared_base(item: Item, start: int, end: int) -> bool:
    """Whether the clause [start, end) only says which period a figure is compared with."""
    return item.language == "zh" and bool(_COMPARED_BASE_RE.match(item.facts.masked[start:end]))


def has_bad_event(item: Item) -> bool:
    """Whether the objective's measure is a count or rate of bad events ("零质量事故", "Fewer
    returns"): it goes down, not up."""
    s, e = core(item)
    return any(
        s <= a and b <= e
        for a, b, _ in find_terms(item.folded, bad_events(item.language), item.language)
    )


def _work_verb(item: Item) -> bool:
    """The objective opens with a verb of work that does not move a measure (hire, launch,
    build, 招聘, 完成): a number after it counts the work."""
    found = flat(item)
    if found is None or found.reason != "verb":
        return False
    verb = item.folded[found.span[0] : found.span[1]]
    if item.language == "en":
        lemmas = " ".join(
            _lemma(t) for t in _words(item) if found.span[0] <= t.start < found.span[1]
        )
        return verb not in _single("objective_kpi_verbs", "en") and lemmas not in _single(
            "objective_kpi_verbs", "en"
        )
    return verb not in _single("objective_kpi_verbs", "zh")
