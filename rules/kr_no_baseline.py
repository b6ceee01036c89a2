"""kr-no-baseline: a relative change ("增加20%") without the value it starts from."""

from __future__ import annotations

import re

from coach.facts.metric import is_relative
from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from coach.wordlists import find_terms, words
from rules._draft_structure import CORE_FIXES, is_empty
from rules._kr_common import clause_of, level_after_change

# "从30%" / "from 30" / "from $1.2M": a starting value written out before a figure.
_FROM_BEFORE = re.compile(r"(?:从|(?<![a-z])from)\s*$")
# The verb or preposition right before the amount belongs to the change: "增加20%", "by 30%".
_CHANGE_BEFORE = {
    "zh": re.compile(
        r"(?:增加|提升|提高|增长|降低|减少|下降|上升|扩大|缩短|压缩|节省|节约|净增|增收|增利|多|少"
        # "体重减 5 斤", "成本降 10%": one character (decision 2427)
        r"|减掉|减重|增重|涨粉|(?<![新净])(?:减|降|涨|增|升))了?\s*$"
        r"|[-−+]$"
    ),
    "en": re.compile(r"\b(?:by|up|down)\s+$|[-−+]$", re.I),
}


# A change named as the condition the target must hold under is not the key result's change
# (decision 2002): "在单量 +30% 的情况下，准时率保持 95%", "在人手减少20%的前提下满意度不低于4.6".
_CONDITION_OPEN_ZH = re.compile(r"(?:在|于)[^，,；;。]{0,16}$")
_CONDITION_CLOSE_ZH = re.compile(r"^[^，,；;。]{0,6}?(?:的)?(?:情况|前提|条件|背景)下")


class KrNoBaseline(Rule):
    """What it does: flags a key result that asks for a relative change ("增加20%的社交媒体互动量",
    "Increase signups by 30%") without saying where it starts.

    Why is this bad? "增加20%" means nothing until we know 20% of what: the team cannot tell
    the target, and at the end of the quarter nobody can grade it. A change compared to last
    year or last quarter ("同比", "year over year") names the comparison but not its value, so it
    is flagged too (docs/principles.md decision 43). A ceiling or floor ("under 8%", "≤5%") and a
    ratio ("coverage 3.5x") are levels, not changes.

    Use instead: give the starting value ("从5000提升到6000", "from 1,000 to 1,300 signups"),
    or state the baseline next to the change.
    """

    id = "kr-no-baseline"
    target = "kr"
    severity = "info"
    category = "measurable"
    issue_type = "omission"
    fix = "always"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "定量的：说明从多少开始，才知道增加20%是多少",
        "en": "Quantified: a relative change needs its starting value",
    }
    message = {
        "zh": "“{change}”{kind}，但没有写明基线（起始值）。",
        "en": "'{change}' {kind}, but the baseline (starting value) is not given.",
    }
    explanation = {
        "zh": "相对变化或变化的数额（如“增加20%”“降低200万元”）要有起始值才有意义：不知道从多少开始，团队就不知道目标到底是多少，"
        "季度末也无法评分。写成“从[基线]提升到[目标]”，或在旁边注明基线。",
        "en": "A relative change ('increase by 20%') means nothing until you know 20% of what: "
        "the team cannot see the target, and nobody can grade it at the end of the quarter. "
        "Write 'from [baseline] to [target]', or state the baseline next to the change.",
    }
    examples = (
        Example("zh", "«增加20%»的社交媒体互动量", True),
        Example("zh", "在Facebook和Twitter上«增加20%»的粉丝数量", True),
        Example("zh", "官网访问量«翻一番»", True),
        Example("zh", "备货周期«缩短4天»", True, note="a time cut with no start (decision 119)"),
        Example("zh", "客单价«提升6元»", True, note="an amount added with no start"),
        Example("zh", "社员户均«增收3000元»", True, note="income added (decision 463)"),
        Example("zh", "新增会员500人", False, note="new members: a level (decision 43)"),
        Example("zh", "在单量+30%的情况下准时率保持95%", False, note="a condition (decision 2002)"),
        Example("zh", "备货周期缩短到4天", False, note="a level to reach"),
        Example("zh", "社交媒体互动量从5000«增加20%»", False),
        Example("zh", "NPS 从 30 提升到 45", False),
        Example("zh", "华东区销售额同比«增长20%»", True),
        Example("zh", "外协加工费«降低200万元»", True),
        Example("zh", "华东区销售额从1.2亿元同比增长20%", False),
        Example("zh", "客户问题解决时间缩短至2天", False),
        Example("zh", "差旅费用较去年同期«节省12%»", True, note="a saving is a cut (decision 310)"),
        Example("zh", "人均日派件量比上月«多30件»", True, note="more than a period (decision 310)"),
        Example("zh", "满意度在去年91%的基础上再提高3个百分点", False, note="decision 310"),
        Example("zh", "续课率提升15个百分点（上季度是55%）", False, note="decision 310"),
        Example("en", "Increase signups «by 30%»", True),
        Example("en", "Grow weekly active users «by 25%»", True),
        Example("en", "Reduce support tickets per customer «by 15%»", True),
        Example("en", "Increase signups by 30% (baseline: 1,200 a month)", False),
        Example("en", "Grow revenue «by 20%» year over year", True),
        Example("en", "Compute spend «-20%»", True),
        Example("en", "Grow revenue by 20% year over year (baseline: $4.1M)", False),
        Example("en", "Gross churn under 8%", False),
        Example("en", "Pipeline coverage 3.5x for Q4", False),
        Example("en", "Raise NPS from 30 to 45", False),
        Example(
            "en",
            "Pet health plan sign-ups «+25%» vs H2",
            True,
            note="a period compared with names no starting value (decisions 43, 522)",
        ),
        Example("en", "Sign-ups +25% vs Q2 (2,000)", False, note="decision 522"),
        Example("en", "Sign-ups +25% vs 2,000 in Q2", False),
    )

    def check(self, item, draft):
        metric = item.metric
        if is_empty(item) or metric is None:
            return []
        if metric.span is None:
            return _cell_change(item, self._names_baseline(item))
        metric_start = metric.span.start
        if metric.baseline is not None or self._names_baseline(item):
            # "客单价从30元到36元，会员销售额增长15%": the first measure's start says nothing of
            # the second's, named in a clause of its own (decision 6065)
            later = _later_change_zh(item, clause_of(item, metric.span.start)[1])
            if later is None:
                return []
            start, end = later
            metric_start = start
        elif metric.relative:
            start, end = metric_start, metric.span.end
            if _zh_net_count(item, start, metric.unit):
                return []
            if level_after_change(item, end) is not None:
                return []  # "增长30%，达到9000万元": the level gives the start (decision 4482)
        else:
            # "Cut cycle time per lot by 10% and hold Cpk above 1.67": the item's measure is the
            # level held; the change joined before it has no start (decision 5003)
            change = _change_before_level(item, metric.span.start)
            if change is None:
                change = _change_after_level(item, metric.span.end)
            if change is None:
                change = _zh_change_after_threshold(item, metric.span.start, metric.span.end)
            if change is None:
                return []
            start, end = change
        lang = "zh" if item.language == "zh" else "en"
        if (
            lang == "zh"
            and _CONDITION_OPEN_ZH.search(item.plain[max(0, start - 16) : start])
            and _CONDITION_CLOSE_ZH.match(item.plain[end : end + 12])
        ):
            return []  # "在单量 +30% 的情况下，准时率保持 95%" (decision 2002)
        before = _CHANGE_BEFORE[lang].search(item.plain[:start])
        if before:
            start = before.start()
        # The note goes after the clause that states the change, not inside its noun phrase
        # ("增加20%的粉丝数量（基线：[基线]）", "adoption by all designers (baseline: [baseline])").
        at = clause_of(item, metric_start)[1]
        while at > end and item.plain[at - 1] in " ，,。.;；":
            at -= 1
        at = max(at, end)
        vs = _VS.match(item.folded, end)
        if vs is not None and (period := _PERIOD_ONLY.match(item.folded, vs.end())) is not None:
            at = max(at, period.end())  # "+25% vs H2 (baseline: [baseline])"
        note, placeholder = (
            ("（基线：[基线]）", "[基线]")
            if lang == "zh"
            else (" (baseline: [baseline])", "[baseline]")
        )
        period = _period_named(item, lang, start, end)
        if period is not None:
            # "跌倒事件比上季度减少50%": the period is named, its figure is what is missing
            # ("（上季度：[基线]）", " (last quarter: [baseline])"; decision 945)
            note = f"（{period}：[基线]）" if lang == "zh" else f" ({period}: [baseline])"
        if lang == "en" and re.match(r"\s*\(", item.plain[at:]) and at == end:
            # An aside in brackets follows the change ("up 30% (we want people reporting)"):
            # the baseline goes in the wording, the aside stays once, with no doubled brackets.
            note = " from [baseline]"
        return [
            Hit(
                span=(start, end),
                args={"change": item.plain[start:end].strip(), "kind": _kind(metric.unit)},
                # Two results in one line ("付费率和ARPPU分别提高2个百分点和10%") are split first:
                # one baseline note cannot serve both (decision 1110); the checklist keeps it.
                # A task or an activity count is asked for its outcome first: the baseline of
                # the things it adds is no advice worth giving (decision 2262).
                folds_into=("kr-compound", "kr-is-task", "kr-activity-count"),
                fixes=[
                    Fix(
                        edits=[LocalEdit(at, at, note)],
                        placeholders=[placeholder],
                        yields_to=CORE_FIXES,
                    )
                ],
            )
        ]

    @staticmethod
    def _names_baseline(item) -> bool:
        if any(q.role == "baseline" for q in item.facts.quantities):
            return True
        folded = item.folded
        if any(
            _FROM_BEFORE.search(folded, max(0, q.start - 6), q.start)
            for q in item.facts.quantities
            if q.kind != "label-number"
        ):
            return True
        return any(
            not _PERIOD_ONLY.match(folded, end)
            for lang in ("zh", "en")
            for _start, end, _term in find_terms(folded, words("kr_baseline_markers", lang), lang)
        )


# A baseline said in the target cell itself: "+20% vs last year", "从40提升到…", "(from 40)".
_CELL_BASE_SAID = re.compile(r"\b(?:from|vs\.?|versus|over|on|than)\b|从|比|较|同比|环比", re.I)


def _cell_change(item, named: bool) -> list[Hit]:
    """A table row whose target cell is a relative change ("| Hygiene recall bookings | +20% |")
    and whose row gives no baseline (no baseline or current cell with a value, none in the
    wording or the cell): 20% of what? (decision 5086). The note goes after the wording."""
    cell = item.cells.get("target")
    metric = item.metric
    if cell is None or metric is None or not metric.relative or named:
        return []
    if _CELL_BASE_SAID.search(cell.text):
        return []
    for role in ("baseline", "current"):
        base = item.cells.get(role)
        if base is not None and base.text.strip(" -—–*/?？"):
            return []
    s, e = item.core_span
    while e > s and item.plain[e - 1] in " ，,。.;；":
        e -= 1
    if e <= s:
        return []
    lang = "zh" if item.language == "zh" else "en"
    note, placeholder = (
        ("（基线：[基线]）", "[基线]")
        if lang == "zh"
        else (" (baseline: [baseline])", "[baseline]")
    )
    return [
        Hit(
            span=(s, e),
            args={"change": cell.text.strip(), "kind": _kind(metric.unit)},
            folds_into=("kr-compound", "kr-is-task", "kr-activity-count"),
            fixes=[
                Fix(edits=[LocalEdit(e, e, note)], placeholders=[placeholder], yields_to=CORE_FIXES)
            ],
        )
    ]


# A change's verb right before its amount, in the clause of a second measure (decision 6065).
_ZH_LATER_UNITS = frozenset({"percent", "money", "count"})


def _later_change_zh(item, after: int) -> tuple[int, int] | None:
    """A relative change in a Chinese clause after the one whose measure has its baseline:
    a measure named in that clause, a verb of change right before the amount, no start of its
    own ("…，会员销售额增长15%"; decision 6065). Not the same measure restated ("从100万到150万，
    增长50%" names no measure in its second clause)."""
    if item.language != "zh":
        return None
    folded = item.folded
    for q in item.facts.quantities:
        if q.start < after or q.kind not in _ZH_LATER_UNITS or q.role == "baseline":
            continue
        cs, ce = clause_of(item, q.start)
        if cs < after:
            continue
        if _FROM_BEFORE.search(folded, max(cs, q.start - 6), q.start):
            return None
        if any(cs <= r.start < ce and r.role == "baseline" for r in item.facts.quantities):
            return None
        change = _CHANGE_BEFORE["zh"].search(folded, cs, q.start)
        if change is None or not any(
            cs <= a and b <= change.start() for a, b, _n in item.facts.kpis
        ):
            continue
        return change.start(), q.end
    return None


def _change_before_level(item, level_at: int) -> tuple[int, int] | None:
    """A relative change ("by 10%", "up 20%") joined before the item's measure when that measure
    is a level ("Cut cycle time by 10% and hold Cpk above 1.67"), as (start, end); None when
    none."""
    lang = "zh" if item.language == "zh" else "en"
    folded = item.folded
    for q in item.facts.quantities:
        if not q.is_target or q.kind == "label-number" or q.end > level_at:
            # only a change stated before the level: "营收达到600万，较上季度增长20%" restates the
            # level's own growth after it, its start implied by the target
            continue
        if _JOIN.search(folded, q.end, level_at) and is_relative(
            folded, q.start, q.unit, q.end, lang
        ):
            if level_after_change(item, q.end) is not None:
                continue  # "增长30%，达到9000万元": the level is the change's own end (4482)
            return q.start, q.end
    return None


def _change_after_level(item, level_end: int) -> tuple[int, int] | None:
    """A relative change of another named measure after the item's level, in a clause of its
    own ("处方药销售占比提升到35%，毛利率提升2个百分点", decision 4529; "Win back 10 dormant accounts
    and grow average order value 15%", decision 4986): its start is not implied by the level.
    Not the level's own growth restated ("营收达到600万，较上季度增长20%", decision 5003; "Reach 500
    members, up 20%"), whose clause names no measure of its own."""
    lang = "zh" if item.language == "zh" else "en"
    folded = item.folded
    for q in item.facts.quantities:
        if not q.is_target or q.kind == "label-number" or q.start < level_end:
            continue
        join = _JOIN.search(folded, level_end, q.start)
        if join is None or not is_relative(folded, q.start, q.unit, q.end, lang):
            continue
        named = (
            _zh_named(item, join.end(), q.start)
            if lang == "zh"
            else _en_named(item, join.end(), q.start)
        )
        if named:
            return q.start, q.end
    return None


# A figure that bounds which things are counted, inside the measure's name: "排队超过30分钟的投诉",
# "逾期60天以上的欠款" (decision 6301).
_ZH_THRESHOLD_BEFORE = re.compile(r"(?:超过|超出|高于|低于|不足|大于|小于|多于|少于|逾期?|满)\s?$")
_ZH_THRESHOLD_AFTER = re.compile(r"\s?(?:以上|以下|以内|及以上)?的")


def _zh_change_after_threshold(item, start: int, end: int) -> tuple[int, int] | None:
    """The item's figure bounds the things counted ("排队超过30分钟的投诉减少一半": which
    complaints), so the relative change after it in the same clause is the key result's change,
    with no start (decision 6301); its span, or None."""
    if item.language != "zh":
        return None
    folded = item.folded
    if not (
        _ZH_THRESHOLD_BEFORE.search(folded, max(0, start - 3), start)
        and _ZH_THRESHOLD_AFTER.match(folded, end)
    ):
        return None
    clause_end = clause_of(item, start)[1]
    for q in item.facts.quantities:
        if (
            q.is_target
            and end <= q.start
            and q.end <= clause_end
            and is_relative(folded, q.start, q.unit, q.end, "zh")
            and _CHANGE_BEFORE["zh"].search(item.plain[max(0, q.start - 4) : q.start])
        ):
            return q.start, q.end
    return None


# A net increase of people or accounts (decision 6307): "会员净增2000人", "代发客户净增300户".
_ZH_NET_BEFORE = re.compile(r"净新?增(?:长)?了?\s?(?:约|超过|至少|不少于)?\s?$")
_ZH_HEAD_UNITS = frozenset({"人", "名", "位", "户", "家", "个"})


def _zh_net_count(item, start: int, unit: str | None) -> bool:
    """A net increase of people or accounts counted ("会员净增2000人"): the new ones won, a
    level as "新增会员500人" and "净增会员500人" are (decisions 43, 463, 6307); a balance's net
    growth in money ("余额净增3000万元") stays a change."""
    return (
        item.language == "zh"
        and unit in _ZH_HEAD_UNITS
        and _ZH_NET_BEFORE.search(item.folded, max(0, start - 8), start) is not None
    )


def _zh_named(item, start: int, end: int) -> bool:
    """A measure or a noun between the join and the change, not a restatement (4529, 5003)."""
    named = [k for k in item.facts.kpis if start <= k[0] and k[1] <= end] or [
        t for t in item.tokens if start <= t.start and t.end <= end and t.pos in ("n", "nz", "vn")
    ]
    if not named:
        # "…，同时填埋量减少8%": jieba glues the measure word to its verb ("量减少"); a name
        # ending in a measure word before the change still names a measure (decision 5678)
        named = _ZH_MEASURE_THEN_MOVE.search(item.folded, start, end)
    return bool(named) and not _ZH_RESTATED.match(item.folded, start)


_ZH_MEASURE_THEN_MOVE = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,10}?(?:量|率|数|额|占比|比例|成本|费用|时长|天数)"
    r"(?:减少|降低|下降|提升|提高|增加|增长|减量|缩短|上升)"
)


# Words between the join and a relative change that name no measure of their own: the change's
# verb, its particles and pronouns ("…, up 20%", "and grow it 15%").
_EN_NO_MEASURE = frozenset(
    {"by", "up", "down", "it", "them", "this", "that", "also", "to", "the", "a", "an", "our",
     "my", "its", "their", "another", "further", "then", "more", "over", "on", "vs", "than"}
)  # fmt: skip


def _en_named(item, start: int, end: int) -> bool:
    """A verb of change, then a measure's words, between the join and the change (4986)."""
    from coach.facts.shape import en_verb_class

    between = re.findall(r"[a-z][a-z-]*", item.folded[start:end])
    while between and between[0] in ("and", "while", "whilst", "plus", "then"):
        between = between[1:]  # ", and raise …"
    if len(between) > 1 and between[-1] in ("up", "down") and en_verb_class(between[0]) != "change":
        # "… under 72 hours and parts spend down 10%": a measure named, then its direction after
        # it, is a second measure's change as "and cut parts spend 10%" is (decision 5095);
        # "Reach 500 members, up 20%" names none
        return any(w not in _EN_NO_MEASURE for w in between[:-1])
    if (
        between
        and _EN_MULTIPLE_AFTER.match(item.folded, end)
        and en_verb_class(between[0]) != "change"
    ):
        # "ROI above 3x and cost per funded account halved": a measure named, then the multiple
        # said as a participle after it, is that measure's change (decision 6709)
        return any(w not in _EN_NO_MEASURE for w in between)
    if not between or en_verb_class(between[0]) != "change":
        return False
    return any(w not in _EN_NO_MEASURE for w in between[1:])


_EN_MULTIPLE_AFTER = re.compile(r"(?:halved|doubled|tripled|trebled|quadrupled)\b")


# A clause that restates the level's own change: "，较上季度增长20%", "，同比增长20%".
# (a run of blanks is read once, from its start: issue 13)
_ZH_RESTATED = re.compile(r"(?<!\s)\s*+(?:较|比|同比|环比|相比|相较|即|相当于)")


# What joins two results in one line: "… by 10% and hold Cpk above 1.67", "…，同时…".
_JOIN = re.compile(r"\b(?:and|while|whilst|plus)\b|[,;，；]|同时|并|且")


# "over"/"on" before a period alone compare with it too: "visits up 30% over FY2026", "sales up
# 12% on last year" (decision 2408); "up 20% over the next 6 months" names no period compared with.
_VS = re.compile(r"\s{0,3}(?:vs\.?|versus|compared (?:to|with)|relative to|over|on)(?![a-z])", re.I)
# A comparison with a period alone ("+25% vs H2", "down 30% vs last year", "compared to Q1",
# "vs last winter": a season, decision 5002) names when the start was, not its value (decision 43;
# decision 522).
_PERIOD_ONLY = re.compile(
    r"\s{0,3}(?:the\s|our\s)?(?:(?:(?:last|previous|prior|same|this)\s{1,3}"
    r"(?:year|quarter|month|half|season|term|period|cycle|semester|week|winter|summer|spring|"
    r"autumn|fall)(?:'s)?"
    r"|(?:q[1-4]|h[12]|fy)(?:\s?'?\d{2,4})?|(?:19|20)\d\d|ly|py|lq|lm)"
    r"(?:\s(?:figures?|levels?|numbers?|results?))?)(?=\s{0,60}$|\s{0,3}[,;.)\]–—-]"
    r"|\s{1,3}(?!of\b|at\b|was\b|were\b)(?:[^\s\d$€£(:=]|\((?![\d$€£])))",
    re.I,
)


# The period a change is compared with, named before it in Chinese ("比上季度减少50%", "同比增长
# 20%") or after it in English ("down 30% vs last quarter").
_ZH_PERIOD_BEFORE = re.compile(
    r"(?:比|较|相比|相较于?|对比)\s?(?P<p>上个?季度|上个?月|上周|去年同期|去年|上一?年|上半年|上期)"
    r"|(?P<yoy>同比)|(?P<mom>环比)"
)
_EN_PERIOD = re.compile(
    r"(?:last|previous|prior|same)\s{1,3}(?:year|quarter|month|half|season|term|week)"
    # a named period: "vs Q4", "over FY2026", "compared with the 2026 cycle" (decision 2408)
    r"|(?:the\s)?(?:(?:Q[1-4]|H[12])(?:\s?'?(?:20)?\d\d)?|FY\s?'?\d{2,4}|(?:19|20)\d\d)"
    r"(?:\s(?:cycle|season|term|semester|school year|academic year|intake))?(?![\w-])",
    re.I,
)
# "vs Q1 last year", "vs the same month last year": the year the period is in belongs to its
# name, or the note reads "(Q1: [baseline])" for last year's Q1 (decision 3644).
_EN_PERIOD_YEAR = re.compile(
    r"\s{1,3}(?:of\s{1,3})?(?:last|previous|prior)\s{1,3}year(?![\w-])", re.I
)


def _period_named(item, lang: str, start: int, end: int) -> str | None:
    """The period the change is measured against, as the draft names it, or None."""
    if lang == "zh":
        found = list(_ZH_PERIOD_BEFORE.finditer(item.plain, max(0, start - 16), start + 2))
        if not found:
            return None
        m = found[-1]
        if m.group("yoy"):
            return "去年同期"
        if m.group("mom"):
            return "上期"
        return m.group("p")
    vs = _VS.match(item.folded, end)
    if vs is None:
        return None
    rest = item.plain[vs.end() :]
    m = _EN_PERIOD.match(item.plain, vs.end() + len(rest) - len(rest.lstrip()))
    if m is None:
        return None
    named = m.group().removeprefix("the ").removeprefix("The ")
    year = _EN_PERIOD_YEAR.match(item.plain, m.end())
    if year is not None and not named.lower().endswith("year"):
        named += " " + " ".join(year.group().split())  # "Q1 last year" (decision 3644)
    # "Last year" lowered; "Q4", "FY2026", "2026 cycle" kept as written
    return named.lower() if named[:1].isalpha() and named[1:2].islower() else named


# A percentage or a multiple is a change relative to the start; a count, an amount ("降低200万元",
# "cut costs by $200k") or points ("NPS +15 pts", "留存率提升5个百分点") is a change by that amount
# (decisions 376 and 490).
_RELATIVE_UNITS = ("%", "x")


def _kind(unit: str | None) -> dict[str, str]:
    """How the message names the change: relative to its start, or by an amount."""
    if unit in _RELATIVE_UNITS:
        return {"zh": "是相对变化", "en": "is a relative change"}
    return {"zh": "是变化的数额", "en": "is a change by an amount"}


RULE = KrNoBaseline()
