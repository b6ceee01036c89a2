"""How the objective-* rules read an objective: its number targets and its vagueness.

Shared by objective-is-metric, objective-not-inspiring and objective-vague (a private module:
the registry skips names starting with '_'). It derives from the item's facts
(`item.facts`: quantities, clauses, times, directions) and reads no numbers itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from coach.draft import Item
from coach.facts import Quantity
from coach.nlp import lemma_en
from coach.text import fold
from coach.wordlists import find_terms, longest_first, word_set, words

_KEEP_FIRST = "$¥￥€£[【(（«“\"'#"
# "90% of US addresses", "80%的门店": a share of a population is a measured state (decision 3).
_SHARE_OF = re.compile(r"\s?(?:of\b|的)")


def core_start(text: str) -> int:
    """Index of the first character that is not a blank, punctuation or a symbol."""
    i = 0
    while i < len(text) and not (text[i].isalnum() or text[i] in _KEEP_FIRST):
        i += 1
    return i


@dataclass(frozen=True)
class MetricClause:
    start: int
    end: int
    quantities: tuple[Quantity, ...]
    direction: str | None
    topic: str | None = None  # what it measures, when known without reading the clause


def _targets(item: Item, start: int, end: int) -> tuple[Quantity, ...]:
    """Quantities in [start, end) that could be an objective's number target."""
    return tuple(q for q in item.facts.quantities_in(start, end) if _could_be_target(item, q))


# 一 followed by a scale word: a number ("一百家", "一万", "一千五百"), not the article "一"
_ZH_ONE_SCALED = re.compile(r"一个?[十百千万亿]")  # "一个亿" (decision 5806)
# 一成 right after a verb that moves a measure is 10% ("下降一成", "提高一成", "压缩了一成"), as
# 三成 is 30% (decision 3520); not the 一成 inside "统一成本" or "一成不变".
_ZH_ONE_TENTH = re.compile(r"(?:[升高长加涨降低少减缩压增省约掉调]|[到至了])\s?$")
# ... or a verb of change earlier in the clause, 一成 closing it ("降低门店电费一成").
_ZH_CHANGE_BEFORE = re.compile(
    r"(?:提升|提高|增长|增加|降低|下降|减少|压缩|缩短|节约|节省|上涨|下调|上调|压降)[^，,；;。]{0,8}$"
)


# A good brought to a count of places or people served: "Bring safe drinking water to 40 more
# villages", "Get clean water to 12,000 people", "把安全饮用水送到40个村" — the count says how far the
# good reaches, not a level to reach; the number is the key result's (decision 3963). The verb
# comes first, then the good (no figure), then to / within reach of (把 … 送到 in Chinese).
# Deliver and provide bring a good the same way (decision 4107).
_EN_GOOD_BROUGHT = re.compile(
    r"\b(?:bring|get|take|put|carry|extend|deliver|provide)\s+(?![\d$])[a-z][a-z' -]*?\s+"
    r"(?:to|within reach of)\s+"
)
_ZH_GOOD_BROUGHT = re.compile(
    r"\s*把[\u4e00-\u9fff]{2,10}?(?:送到|开到|带到|通到|铺到|送进|带进|开进)\s?"
)
_ZH_REACHED_TAIL = re.compile(r"\s?[个所户位座家名]?([\u4e00-\u9fff]{1,6})")


def _good_brought(item: Item, q: Quantity) -> bool:
    """The count at `q` is of the places or people a good is brought to (decision 3963)."""
    clause = next(((a, b) for a, b in item.facts.clauses if a <= q.start < b), None)
    if clause is None:
        return False
    a, b = clause
    folded = item.folded
    reached = words("objective_places_reached", item.language)
    if item.language == "en":
        a += len(folded[a : q.start]) - len(folded[a : q.start].lstrip())  # the clause's blanks
        if not _EN_GOOD_BROUGHT.fullmatch(folded, a, q.start):
            return False
        after = re.findall(r"[a-z-]+", folded[q.end : b])[:4]
        if after and after[0] in ("more", "new", "additional"):
            after = after[1:]
        return any(w in reached for w in after[:3])
    if not _ZH_GOOD_BROUGHT.fullmatch(folded, a, q.start):
        return False
    m = _ZH_REACHED_TAIL.fullmatch(folded, q.end, b)
    return m is not None and m.group(1).endswith(reached)


# A rank that is a percentile names a measure's level (decision 4425): "the 75th percentile".
_PERCENTILE = re.compile(r"(?:st|nd|rd|th)?[ -]percentile\b|\s?百分位")


# Words right after a figure that head for it as a goal (decision 6919).
_ZH_HEADED_FOR = ("进发", "迈进", "奋进", "挺进", "的目标迈进", "的目标进发", "的目标冲刺", "的目标奋进")  # fmt: skip


# 粉 right after a figure is its followers ("小红书做到1万粉", "抖音冲10万粉": decision 7012), not a
# colour or a powder.
_ZH_FANS_AFTER = re.compile(r"粉(?![色红末尘刷底饼条丝])")


def _could_be_target(item: Item, q: Quantity) -> bool:
    """Not a label or a rank ("SOC 2", "前3名"), not "一" ("一次合格率", "一个"), not a word such
    as "every" or "ten" (a multiple such as "double" counts), not a number glued to a Chinese
    word that is no unit ("360评估", "3号线"); a length ("三分钟内") counts."""
    if q.kind == "label-number" or _good_brought(item, q):
        return False
    if q.kind == "rank" and not _PERCENTILE.match(item.folded, q.end):
        return False
    if q.role not in ("target", "baseline") and not (
        q.role == "descriptor" and q.kind == "duration" and q.value != 1
    ):
        return False
    if q.form == "word":
        # "安全事故为零": zero said in a word after 为 is a count's target (decision 1848);
        # "Increase donations by a third", "Cut costs by a quarter": a change by a fraction in
        # words is a percentage, as "by half" is a multiple (decision 3152)
        return (
            q.kind == "multiple"
            or (q.kind == "percent" and q.text.startswith("by "))
            or (
                q.value == 0
                and _ZH_IS_ZERO.search(item.folded, max(0, q.start - 4), q.start) is not None
            )
        )
    if item.language == "en" and _names_an_event(item, q):
        return False  # "Win the 200m final", "Win the Masters C 8+ at Henley" (decision 1595)
    if item.language == "en" and _radius(item, q):
        return False  # "every good pub within 20 miles": the area served (decision 3322)
    if q.form == "numeral":
        # "一个", "一次合格率": 一 is the article; "一百家", "一万", "一千万" carry a scale after
        # it, a figure written in words (decision 3140)
        return not q.text.isascii() and not (
            q.text.startswith("一")
            and q.kind != "multiple"
            and not _ZH_ONE_SCALED.match(q.text)
            and not (
                q.text == "一成"
                and not item.folded.startswith("不变", q.end)
                and (
                    _ZH_ONE_TENTH.search(item.folded, max(0, q.start - 3), q.start) is not None
                    or (
                        not "\u4e00" <= item.folded[q.end : q.end + 1] <= "\u9fff"
                        and _ZH_CHANGE_BEFORE.search(item.folded, max(0, q.start - 12), q.start)
                        is not None
                    )
                )
            )
        )
    after = item.folded[q.end : q.end + 1]
    if item.folded.startswith(("以上", "以内", "以下", "左右"), q.end):
        return True  # a bound on a score or a count ("平均分90以上")
    if item.folded.startswith(("大关", "关口"), q.end):
        return True  # "用户突破10万大关": the figure as a threshold to pass (decision 1461)
    if item.folded.startswith(_ZH_HEADED_FOR, q.end):
        return True  # "向年销售额3亿进发", "朝营收5000万的目标迈进": a figure headed for (6919)
    if q.form == "digits" and q.unit is None and "\u4e00" <= after <= "\u9fff":
        # a measure word jieba tags as one counts what it names ("800杯", "50家"): decision 100;
        # so does a measure's name right after the figure ("完成500万销售额": decision 455)
        return (
            q.end in _measure_word_starts(item)
            or any(a == q.end for a, _, _ in item.facts.kpis)
            or _people_after(item, q.end)  # "获取10万用户": people counted (decision 1443)
            or _ZH_FANS_AFTER.match(item.folded, q.end) is not None  # "做到1万粉" (7012)
        )
    return True


# "the" and up to three words (a class, an age group) before the figure: "the 200m", "the
# Masters C 8+", "the over-40s 10k".
_THE_BEFORE = re.compile(
    r"\bthe\s(?:(?!(?:to|from|by|of|at|in|with|for|than|over|under|is|are)\s)[a-z0-9-]+\s){0,3}"
    r"(?:[a-z]+-)?$"
)
# A relay or a boat class written with the figure: "4x100m", "8+", "4-", "2x".
_CLASS_MARK = re.compile(r"(?:x\d|[+-]\s(?:at|in)\s)")
_EN_WORD_RE = re.compile(r"[a-z][a-z-]*")


def _names_an_event(item: Item, q: Quantity) -> bool:
    """A figure that names a contest, not a target (decision 1595): after "the" (and a class
    or an age group), with a word for a contest later in its clause ("the 200m final", "the
    4x100m relay at the county championships", "the U16 5k cross-country title") or a relay
    or boat class written with it ("the Masters C 8+ at Henley"). "Hit the 200m revenue
    line" names no contest and keeps its target."""
    text = item.folded
    if not _THE_BEFORE.search(text, max(0, q.start - 40), q.start):
        return False
    if _CLASS_MARK.match(text, q.end):
        return True
    events = word_set("objective_event_words", "en")
    stop = min(len(text), q.end + 48)
    for sep in ",;.:\n":
        at = text.find(sep, q.end, stop)
        stop = at if at >= 0 else stop
    return any(w in events for w in _EN_WORD_RE.findall(text, q.end, stop))


# "within", "inside" or "in a", then the figure: a distance that bounds the area served (blanks
# taken from their first only: a quantity never ends in one, and a search stays linear, issue 13)
_WITHIN_BEFORE = re.compile(r"\b(?:within|inside|in an?)\s(?:an?\s)?$")
_RADIUS_AFTER = re.compile(r"(?:(?<![\s-])[\s-]++)?[a-z]++(?:[\s-](?:radius|drive|walk|ride))?\b")


def _radius(item: Item, q: Quantity) -> bool:
    """A distance after "within" ("every good pub within 20 miles", "every home within 15 km
    of the depot", "within a 5-mile radius"): where the people served are, no number to
    reach (decision 3322)."""
    text = item.folded
    if not _WITHIN_BEFORE.search(text, max(0, q.start - 12), q.start):
        return False
    m = _RADIUS_AFTER.match(text, q.end)
    unit = (q.unit or "").lower()
    if not unit and m:
        unit = m.group(0).strip(" -").split()[0].split("-")[0]
    return unit in word_set("objective_distance_units", "en")


def _people_after(item: Item, at: int) -> bool:
    """Whether people won from outside are named at `at` ("用户", "新会员", "注册用户")."""
    folded = item.folded
    m = _PEOPLE_MODIFIERS[item.language].match(folded, at)
    at = m.end() if m else at
    return any(folded.startswith(w, at) for w in words("objective_people_counted", item.language))


def _measure_word_starts(item: Item) -> frozenset[int]:
    """Where the words jieba tags as measure words (量词: 杯, 家, 份) start, once per item."""
    memo = item.facts.memo.get("measure_word_starts")
    if memo is None:
        memo = frozenset(t.start for t in item.facts.tokens if t.pos == "q")
        item.facts.memo["measure_word_starts"] = memo
    return memo  # type: ignore[return-value]


_ZH_LABEL_TAIL = re.compile(r"(?:目标值|目标|指标)?\s?[:：]")
_EN_LABEL_TAIL = re.compile(r"(?: target| goal)?\s?:")
_ZH_QUOTA_LABEL = re.compile(
    r"[^，,；;。：:]{0,4}?(?:业绩|销售|营收|收入|利润|回款|营业|经营)(?:任务|指标|目标)值?\s?[:：]"
)


def measure_label(item: Item, start: int, end: int) -> bool:
    """A clause that only names a measure before a colon, the figure coming after it:
    "营收目标：5000万", "复购率：35%" (decision 121), "Revenue: $5M", "NPS target: 50" (decision
    2360)."""
    tail = _ZH_LABEL_TAIL if item.language == "zh" else _EN_LABEL_TAIL
    colon = tail.match(item.folded, end)
    if colon is None:
        return False
    if item.language == "en":
        return any(
            (a == start or _en_qualifiers(item.folded[start:a]))
            and tail.fullmatch(item.folded, b, colon.end())
            for a, b, _ in item.facts.kpis
            if start <= a
        )
    # "年度销售目标：", "Q3业绩指标：": a quota named by its measure is a label too (decision 3833)
    return _ZH_QUOTA_LABEL.fullmatch(item.folded, start, colon.end()) is not None or any(
        start <= a <= start + 4 and _ZH_LABEL_TAIL.fullmatch(item.folded, b, colon.end())
        for a, b, _ in item.facts.kpis
    )


def _en_qualifiers(text: str) -> bool:
    """One or two words that only qualify the measure after them in a label ("Organic traffic:",
    "Net revenue:", decision 4426): no verb that would make the label a direction."""
    ws = text.split()
    verbs = word_set("objective_target_verbs", "en") | word_set("objective_flat_verbs", "en")
    return (
        0 < len(ws) <= 2
        and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in ws)
        and not any(w in verbs or lemma_en(w) in verbs for w in ws)
    )


def _label_before(item: Item, start: int) -> int | None:
    """Where the measure label of the clause starting at `start` begins, if it has one."""
    return next((a for a, b in item.facts.clauses if b < start and measure_label(item, a, b)), None)


def _after_measure_label(item: Item, start: int) -> bool:
    """The clause starting at `start` holds the figure a measure label names before it."""
    return _label_before(item, start) is not None


def metric_clauses(item: Item) -> list[MetricClause]:
    """The clauses of an objective that state a number target ("销售额提升30%", "Reach $2M ARR").

    A quantity is a target when its clause has a target verb or a named measure (in Chinese
    any measure the fact layer names, "体重减到60公斤"; or a verb ending in 到/至 before it), when it is
    an explicit multiple ("翻番", "Double the user base"; not "twice") or a share of a
    population ("90% of US addresses"). A clause never starts or ends with a
    time expression (coach.facts.clauses).
    """
    memo = item.facts.memo.get("metric_clauses")
    if memo is not None:
        return memo  # type: ignore[return-value]
    lang = item.language
    folded = item.folded
    verbs = words("objective_target_verbs", lang)
    nouns = words("metric_nouns", lang)
    out: list[MetricClause] = []
    for s, e in item.facts.clauses:
        inside = _targets(item, s, e)
        if not inside:
            continue
        explicit = any(
            q.kind == "multiple"
            and q.form == "word"
            and q.text.lower() not in word_set("objective_frequency_words", "en")
            for q in inside
        )
        share = any(
            q.kind == "percent" and q.form == "digits" and _SHARE_OF.match(folded, q.end)
            for q in inside
        )
        chunk = folded[s:e]
        if not (
            explicit
            or _after_measure_label(item, s)
            or share
            or find_terms(chunk, verbs, lang)
            or find_terms(chunk, nouns, lang)
            or (lang == "zh" and any(s <= a and b <= e for a, b, _ in item.facts.kpis))
            or _reach_verb(item, inside)
            or _held_level(item, inside)
            or _en_bounded_measure(item, s, e, inside)
            or _partners_counted(item, inside)
            or partner_count(item, inside)
            or people_won(item, inside)
            or _bare_level(item, s, e, inside)
            or _zero_bad_events(item, s, inside)
            or _bound_after_measure(item, s, e)
        ):
            continue
        direction = item.facts.direction(s, e)
        pair = next((p for p in item.facts.from_to if s <= p[2] < e), None)
        if direction in (None, "reach") and pair is not None:
            a, b = pair[0].value, pair[1].value
            if a is not None and b is not None:
                direction = "increase" if b > a else "decrease" if b < a else "maintain"
        if direction is None and re.search(r"减半|halv|in half", chunk):
            direction = "decrease"
        label = _label_before(item, s)  # "营收目标：" belongs to the figure's clause
        out.append(MetricClause(s if label is None else label, e, inside, direction or "increase"))
    item.facts.memo["metric_clauses"] = out
    return out


# A clause that is only a bound and its figure ("不低于400元", "保持在90%以上"), right after a clause
# that names a measure: "稳住客单价，不低于400元", "守住毛利率，不低于30%" give that measure its
# level (decision 4229).
_ZH_BOUND_ONLY = re.compile(
    # (read after the clause's leading blanks, skipped by the caller: a leading \s* is quadratic
    # searched)
    r"(?:不低于|不少于|不超过|不高于|不小于|不多于|不跌破|保持在|稳定在|控制在|维持在|守在|稳在)\s?"
    r"[\d一二两三四五六七八九十百千万亿.,%％]+[^，,；;。\d]{0,3}?(?:以上|以内|以下)?[。！!]?\s*"
)


def _bound_after_measure(item: Item, start: int, end: int) -> bool:
    """The clause [start, end) is only a bound and a figure, after a clause that names a
    measure (decision 4229)."""
    if item.language != "zh":
        return False
    text = item.folded
    lead = start
    while lead < end and text[lead].isspace():
        lead += 1
    part = _ZH_SCORE_PART.match(text, lead, end)
    if not _ZH_BOUND_ONLY.fullmatch(text, part.end() if part else lead, end):
        return False
    prev = [c for c in item.facts.clauses if c[1] <= start]
    if not prev:
        return False
    a, b = prev[-1]
    if part is not None:
        # "一次考到总分7.0，单项不低于6.5": each part's floor beside the total reached (6624)
        return _SCORE_LABELLED.search(text, a, b) is not None or any(
            _SCORE_LABELLED.search(text, max(a, q.start - 6), q.start)
            for q in item.facts.quantities
        )
    return any(a <= x and y <= b for x, y, _ in item.facts.kpis)


# The parts of a test's score before their floor: "单项不低于6.5", "各科不低于90分" (decision 6624).
_ZH_SCORE_PART = re.compile(r"(?:各单项|单项|单科|各科|每科|每门|小分)(?:成绩|分数|分)?\s?")


# A bad event named, then its count said to be zero after 为/是/等于 ("全年安全事故为零",
# "重大质量事故为0"): zero bad events is a KPI (decisions 51, 1848).
_ZH_IS_ZERO = re.compile(r"(?:为|是|等于|保持为|保持在|控制为)\s?$")


def _zero_bad_events(item: Item, start: int, inside: tuple[Quantity, ...]) -> bool:
    if item.language != "zh":
        return False
    folded = item.folded
    bad = longest_first({*words("objective_bad_events", "zh"), *words("kr_negative_terms", "zh")})
    for q in inside:
        if q.value != 0:
            continue
        m = _ZH_IS_ZERO.search(folded, max(start, q.start - 4), q.start)
        if m is None:
            continue
        ends = {start + b for _a, b, _t in find_terms(folded[start : m.start()], bad, "zh")}
        if m.start() in ends:
            return True
    return False


def _partners_counted(item: Item, inside: tuple[Quantity, ...]) -> bool:
    """合作 right before a count of partners makes the count a target: "合作200家中大型企业" is
    partners won and counted, as "签约200家" is (decision 750). Not "和3家高校合作共建实验室" (the
    count before 合作 names who the work is done with) nor "深化与200家渠道的合作"."""
    if item.language != "zh":
        return False
    ends = {t.end: t for t in item.facts.tokens}
    for q in inside:
        tok = ends.get(q.start)
        if tok is not None and tok.text.endswith("合作") and not tok.text.endswith("的合作"):
            return True
    return False


# Partners named right after a count ("30家经销商", "5个长期合作伙伴"): partners won (decision 878).
_PARTNERS_AFTER = re.compile(
    r"(?:新的?|长期的?|优质的?|核心|重点|稳定的?|战略|区域|省级|市级|县级|海外|线上|社区)?"
    r"(?:经销商|加盟商|加盟店|代理商|分销商|渠道商|合作伙伴|合作方|战略伙伴)"
)


def partner_count(item: Item, inside: tuple[Quantity, ...]) -> bool:
    """A count of partners: "新开发30家经销商", "发展50家加盟商", "建立5个长期合作伙伴关系" count
    partners won, an outcome as "与8家分销商签约" is (PRINCIPLES.md), not work done, even after a
    verb of work such as 开发 or 建立 (decision 878)."""
    if item.language != "zh":
        return False
    ends = {t.end: t for t in item.facts.tokens}
    for q in inside:
        if q.kind != "count":
            continue
        verb = ends.get(q.start)
        if (
            verb is not None
            and verb.text.removeprefix("新") in _PARTNER_VERBS
            and _PARTNERS_AFTER.match(item.folded, q.end)
        ):
            return True
        # "新开发经销商40家", "发展加盟商50家": the partners named between the verb and their
        # count, the order people also write (decision 4224)
        partners = _partners_before(item, q.start)
        if partners is not None:
            verb = ends.get(partners)
            if verb is not None and verb.text.removeprefix("新") in _PARTNER_VERBS:
                return True
    return False


def _partners_before(item: Item, at: int) -> int | None:
    """Where the partners named right before `at` start ("经销商" in "开发经销商40家"), or None."""
    folded = item.folded
    for start in range(max(0, at - 8), at):
        m = _PARTNERS_AFTER.fullmatch(folded, start, at)
        if m is not None:
            return start
    return None


# Verbs that win people from outside, right before their count: "获取10万用户", "吸引10万用户",
# "Attract 50,000 new members" count people who join, as "新增10万注册用户" does (decision 1443);
# not "培训5000名用户" or "Train 500 users" (work done with them).
_WIN_PEOPLE_VERBS = {
    "zh": re.compile(r"(?:获取|获得|吸引|新增|增加|拉新|拉来|引来|引入|招揽|带来|转化|沉淀)$"),
    "en": re.compile(
        r"\b(?:attract|acquire|gain|win|add|bring in|sign up|draw in|draw|grow to|scale to|reach|"
        r"convert)\s(?:over |more than |at least )?$"
    ),
}
_PEOPLE_MODIFIERS = {
    "zh": re.compile(r"(?:名|位|个)?(?:新的?|注册|付费|活跃|忠实|年轻|高价值|优质)?"),
    "en": re.compile(r"\s(?:(?:new|paying|active|loyal|young|registered|returning|monthly)\s)?"),
}


def people_won(item: Item, inside: tuple[Quantity, ...]) -> bool:
    """A count of people won from outside after a verb that wins them (decision 1443): an
    outcome counted, not work ("获取10万用户", "Attract 50,000 new members")."""
    lang = item.language
    folded = item.folded
    people = words("objective_people_counted", lang)
    for q in inside:
        if q.kind != "count":
            continue
        if (
            lang == "en"
            and _opens_its_clause(item, q)
            and (q.unit in people or _people_after(item, q.figure[1]))
        ):
            return True  # "500 new customers", "10,000 paying subscribers" (decision 3142)
        if not _WIN_PEOPLE_VERBS[lang].search(folded, max(0, q.start - 20), q.start):
            continue
        if lang == "en":
            # "50,000 new members": the people are the count's unit, or follow it
            if q.unit in people or _people_after(item, q.end):
                return True
        elif _people_after(item, q.end):
            return True
    if lang == "zh" and any(_enrolled(item, q) for q in inside):
        return True
    return lang == "en" and any(_people_welcomed(item, q) for q in inside)


# Students enrolled, people won named before their count: "招生500人", "今年招生1200名", "拉新会员
# 2000人" — the people won from outside counted, as "Enrol 1,200 pupils" is (decisions 3527,
# 3968). Not volunteers or staff recruited (招募, 招聘: work).
_ZH_ENROLLED = re.compile(r"(?:招生|招收新生|招收学员|拉新|获取|吸引)[\u4e00-\u9fff]{0,3}$")


def _enrolled(item: Item, q: Quantity) -> bool:
    if q.kind != "count" or q.unit not in ("人", "名", "位"):
        return False
    m = _ZH_ENROLLED.search(item.folded, max(0, q.start - 8), q.start)
    if m is None:
        return False
    between = item.folded[m.end() - len(m.group(0)) : q.start]
    named = between.lstrip("招生收新学员拉获取吸引")
    return (
        named == ""
        or named in word_set("objective_people_counted", "zh")
        or named.endswith(words("objective_people_counted", "zh"))
    )


# Verbs that welcome people in: "Welcome 3,000 new members", "Get 2,000 new patients through the
# door", "Put 10,000 new riders on the app" (decision 3527). get/bring/put are broad: only with
# "new" before the people ("Get 40 patients discharged" counts work).
_WELCOME_VERBS = re.compile(
    r"\b(welcome|enrol|enroll|get|bring|put)\s(?:over |more than |at least |another )?$"
)
_NEW_AFTER = re.compile(r"\s(?:brand\s)?new\s")


def _people_welcomed(item: Item, q: Quantity) -> bool:
    """The count q is of people welcomed in from outside, after a verb of welcoming them."""
    if q.kind != "count" or q.unit is None:
        return False
    m = _WELCOME_VERBS.search(item.folded, max(0, q.start - 20), q.start)
    if m is None:
        return False
    people = {*words("objective_people_counted", "en"), *words("objective_people_joining", "en")}
    if q.unit.lower() not in people:
        return False
    return m.group(1) in ("welcome", "enrol", "enroll") or bool(
        _NEW_AFTER.match(item.folded, q.figure[1])
    )


# Before a count that opens the objective: nothing, or a bound ("over 500 new customers").
_EN_COUNT_LEADS = frozenset({"", "over", "more than", "at least", "another"})


def _opens_its_clause(item: Item, q: Quantity) -> bool:
    """The count is the first thing its clause says ("500 new customers", "Over 2,000 members
    by June"): no verb before it, people counted as the level to reach (decision 3142)."""
    start = next((a for a, b in item.facts.clauses if a <= q.start < b), None)
    return start is not None and item.folded[start : q.start].strip() in _EN_COUNT_LEADS


# Verbs that win partners (not "培训30家经销商", "拜访50家经销商": work done with them).
_PARTNER_VERBS = frozenset(
    {"开发", "发展", "拓展", "开拓", "建立", "招募", "招商", "引进", "签下", "新增"}
)


# A test taken to a score: "考出7分", "拿下650分" (decision 882); not "推出3款".
_SCORE_VERB = re.compile(r"(?:考出|考了|拿下|拿了|冲刺)$")
# "托福考到100分", "一次考到总分7.0", "雅思考出单项6.5": a test taken to a score, the score's label
# (总分, 单项 …) between the verb and the figure; a band score needs no 分 after the label (6624).
# A test named right before the verb that takes it to a score (decision 7013).
_ZH_EXAM_BEFORE = re.compile(
    r"(?:雅思|托福|四级|六级|考研|高考|中考|gre|gmat|ielts|toefl)(?:总分|口语|听力|阅读|写作|初试)?\s?$"
)
_SCORE_LABELLED = re.compile(
    r"(?:考出|考了|考到|拿下|拿了|冲刺)\s?(?P<label>总分|总成绩|平均分|均分|单项|单科|各单项)?\s?$"
)
# A figure held with a bound: "保持在7小时以上", "控制在3%以内" (decision 881).
_HELD_AT = re.compile(r"(?:控制|保持|维持|稳定|稳)在$")
_BOUND_AFTER = ("以上", "以内", "以下", "之内")


def _held_level(item: Item, inside: tuple[Quantity, ...]) -> bool:
    """A Chinese figure kept at a bound ("夜班后的睡眠时间保持在7小时以上", "退货控制在3%以内"):
    a level to hold, whatever the measure's name, as "GPA保持3.7以上" is (decision 881)."""
    if item.language != "zh":
        return False
    folded = item.folded
    return any(
        _HELD_AT.search(folded, max(0, q.start - 3), q.start)
        and folded.startswith(_BOUND_AFTER, q.end)
        for q in inside
    )


# A bound right before an English figure: "below 0.1%", "under 2 days", "at least 4.5".
_EN_BOUND_BEFORE = re.compile(
    r"(?:below|under|above|over|at least|at most|no more than|less than|more than|within|to)\s?$"
)


def _en_bounded_measure(item: Item, s: int, e: int, inside: tuple[Quantity, ...]) -> bool:
    """An English measure the fact layer names, and its figure after a bound ("Keep damage rate
    below 0.1%", "Hold the defect rate under 2%"): a level to hold or reach, whatever the
    measure's name, as "退货控制在3%以内" is in Chinese (decision 2369)."""
    if item.language != "en":
        return False
    folded = item.folded
    return any(
        _EN_BOUND_BEFORE.search(folded, max(s, q.start - 14), q.start)
        and any(s <= a and b <= q.start for a, b, _ in item.facts.kpis)
        for q in inside
    )


def _reach_verb(item: Item, inside: tuple[Quantity, ...]) -> bool:
    """A Chinese verb ending in 到 or 至 right before a number sets a level to reach: "考到550分",
    "减到60公斤", "做到4.8分", "会员发展到2万人"."""
    if item.language != "zh":
        return False
    ends = {t.end: t for t in item.facts.tokens}
    for q in inside:
        tok = ends.get(q.start)
        if q.unit == "分" and _SCORE_VERB.search(item.folded, max(0, q.start - 2), q.start):
            return True  # "雅思考出7分": a score reached (decision 882; jieba may cut "托福考|出")
        m = _SCORE_LABELLED.search(item.folded, max(0, q.start - 6), q.start)
        if m is not None and (
            q.unit == "分"
            or (
                q.unit is None
                and (
                    m.group("label")
                    or _ZH_EXAM_BEFORE.search(item.folded, max(0, m.start() - 12), m.start())
                )
            )
        ):
            # "托福考到100分", "一次考到总分7.0" (decision 6624); "托福考到100", "雅思考出7": the
            # test named, the score needs no 分 (decision 7013)
            return True
        if tok is None or not tok.text.endswith(("到", "至")):
            continue
        if len(tok.text) >= 2 and tok.pos.startswith("v"):
            return True
        # ... or a verb jieba cuts from its 到: "会员发展|到|2万人" (decision 875)
        before = ends.get(tok.start)
        if len(tok.text) == 1 and before is not None and before.pos in ("v", "vn"):
            return True
        # ... or 从/由 a figure of the same unit before it: "门店从40家开到70家" (jieba may cut
        # "家开|到"), the level moved from one count to another (decision 3521); not "从0到1"
        if len(tok.text) == 1 and q.unit is not None and _from_same_unit(item, q, tok.start):
            return True
    return False


def _from_same_unit(item: Item, q: Quantity, end: int) -> bool:
    """Whether a figure with q's unit, right after 从 or 由, comes before `end` in q's clause."""
    folded = item.folded
    return any(
        p.end <= end
        and p.unit == q.unit
        and p is not q
        and p.start >= 1
        and folded[p.start - 1] in "从由"
        and not re.search(r"[，,；;。]", folded[p.end : end])
        for p in item.facts.quantities
    )


_ZH_TIME_NAME = re.compile(r"(?:时间|时长|用时|周期|天数)\s?$")


def _bare_level(item: Item, start: int, end: int, inside: tuple[Quantity, ...]) -> bool:
    """A Chinese clause that is a name and a number and nothing else sets a level for the named
    thing: "雅思7分", "六级550+", "体重55公斤" (no verb, the number closes the clause)."""
    if item.language != "zh" or not inside:
        return False
    toks = [t for t in item.facts.tokens if start <= t.start and t.end <= end and t.text.strip()]
    units = [(q.start, q.end) for q in inside]
    first = min(q.start for q in inside)
    # "平均候诊时间15分钟以内", "审批用时3天以内": a verb inside a time measure's name (候诊|时间)
    # is part of the name (decision 3969)
    named = _ZH_TIME_NAME.search(item.folded, start, first)
    if any(
        t.pos.startswith("v")
        and t.pos != "vn"
        and not any(a <= t.start < b for a, b in units)
        and not (named is not None and t.end <= named.start())
        for t in toks
    ):  # a unit jieba tags as a verb ("100分") is part of the number
        return False
    last = max(q.end for q in inside)
    rest = item.folded[last:end].strip()
    return (
        rest in ("", "+", "以上", "以内", "以下", "左右")
        and last > min(q.start for q in inside) > start
    )


# -- vagueness ----------------------------------------------------------------------------------


@cache
def _vague_terms(lang: str) -> tuple[str, ...]:
    return longest_first(
        {
            *words("objective_generic", lang),
            *words("objective_function_words", lang),
            *words("objective_buzzwords", lang),
        }
    )


def is_vague(item: Item) -> bool:
    """True when nothing but generic verbs, fillers, buzzwords, function words and times is
    left, or when the objective piles up buzzwords ("全面赋能终端，打通线上线下闭环，实现品效合一").
    Read once per item (its facts' memo): the objective's rules and each key result's question
    ask."""
    memo = item.facts.memo
    if "objective_vague" not in memo:
        memo["objective_vague"] = _is_vague(item)
    return memo["objective_vague"]  # type: ignore[return-value]


# The team itself said to be or have "better" something generic, with nothing to check it by:
# "Our team have better skill", "We get better", "Our engineers have stronger skills" (tester12
# item 28; decision 899). The team's own state is not inspiring (PRINCIPLES.md), and "better
# skill" names no direction one can check: vague. A named skill or a measure is not matched
# ("Our team has better Kubernetes skills" names what to learn).
_EN_SELF_BETTER = re.compile(
    r"^\W*(?:(?:objective|goal|o)\s*\d{0,2}\W+)?(?:(?:our|my|the)\s+(?:\w+\s+)?"
    r"(?:team|teams|staff|people|engineers|members|department|group|crew)|we)\s+"
    r"(?:have|has|get|gets|got|become|becomes|are|is|will\s+(?:have|get|be|become))\s+"
    r"(?:(?:a|much|even|more|the)\s+)?(?:better|stronger|greater|higher)"
    r"(?:\s+(?:skill|skills|ability|abilities|capability|capabilities|performance|results|"
    r"work|quality|knowledge|level|team|people))?\W*$"
)


_ZH_SELF_BETTER = re.compile(
    r"(?:我们的?|本)?(?:团队|小组|部门|班组|员工|大家|我们)(?:的?(?:能力|技能|水平|素质|表现|状态))?"
    r"(?:要|会)?(?:变得)?(?:更好|更强|更棒|更优秀|更出色)[。！!]?"
)
_ZH_TRAILING_ASIDE = re.compile(r"[（(][^（）()]*[）)]\s*$")


# "提升自己的专业能力", "提高综合素质", "增强个人综合实力": a generic verb and one's skill in general
# terms, as "提升自己" is (decision 4875); a named skill keeps a direction ("提升英语口语能力"), and
# a bare noun phrase is flat only ("专业成长", decision 19).
# A whole unit's ability as a whole is as broad (decision 5109, lead ruling l of the
# thirty-fifth round): "提高团队综合素质", "提高团队综合素质", "增强门店整体实力".
_ZH_GENERIC_FACULTY = re.compile(
    r"(?:全面|进一步|持续|不断|努力)?(?:提升|提高|增强|加强|强化)(?:自己的?|自身的?|个人的?|我的)?"
    # a unit or a group of people named takes its ability as a whole ("团队整体能力", "教师综合素质",
    # "销售人员综合能力": decision 5803); "提升团队专业能力" stays flat only
    r"(?:(?:(?:我们|本)?[\u4e00-\u9fff]{1,6}?的?"
    r"(?:整体|综合)(?:专业|业务|工作)?)|(?:专业|综合|业务|个人|工作|职业)*)"
    r"(?:能力|水平|素质|素养|实力|技能)[。！!]?"
)
# "保持身体和心态", "调整好状态": keeping or tuning one's body, mind or form with no state named
# to keep or reach (decision 4876); "保持健康的身体" names one.
_ZH_BARE_STATE = re.compile(
    r"(?:保持|维持|调整|调节|管理|照顾)好?(?:自己的?|自身的?|个人的?)?"
    r"(?:身体|心态|状态|精力|身心|情绪)(?:(?:和|与|及|、)(?:身体|心态|状态|精力|身心|情绪)){0,2}[。！!]?"
)

# One's own state said to be better, or health kept, with no level, habit or event named
# (decision 5687; PRINCIPLES "提升自己"): "状态好一些", "精神状态好一点", "身体更健康", "心态更积极",
# "工作更上心", "保持健康", "做更好的自己". A degree word (更, 越来越, 再, 一些, 一点) is needed, so a
# bare noun phrase ("身体健康") stays flat only; an end state ("让身体撑得住每周三次夜跑") or a
# person's growth into a role ("成为更好的队友", decision 94) is not read.
_ZH_STATE_BETTER = re.compile(
    r"(?:让|使)?(?:我的?|自己的?)?(?:身体|心态|状态|精神状态|精神|精力|身心|情绪|气色|工作状态|工作)"
    r"(?:要|能)?(?:变得)?(?P<deg>越来越|更加|更|再)?"
    r"(?:好|健康|积极|饱满|稳定|上心|用心|专注|自律|认真)(?P<tail>一些|一点儿?|些|点)?[。！!]?"
    r"|(?:保持|维持)(?:身体)?健康[。！!]?"
    r"|(?:做|成为|当)(?:一个)?(?:更好|更优秀)的(?:自己|我)[。！!]?"
)


# One's skill in general terms (decision 4981; ruling d of the thirty-fourth round, the English
# of 4875's "提升自己的专业能力"): "Improve my professional skills", "Raise our professionalism"
# name no direction one can check. A named skill ("Improve my Spanish speaking skills") and an
# end state ("Become a better manager", decision 94) keep theirs; "Grow as a teacher" is left to
# decision 94 (a person's growth, the train split's "Grow as a leader"), for a lead ruling.
_EN_GENERIC_FACULTY = re.compile(
    # (a bounded run of marks before the verb: "**", "- ", "🎯 " — unbounded, a long run of them
    # would be read again from each of its characters)
    r"\W{0,10}(?:improve|raise|strengthen|enhance|develop|build|boost|grow|upgrade|sharpen|level\s+up)\s+"
    r"(?:(?:my|our|your|one's)(?:\s+own)?\s+)?(?:(?:overall|professional|personal|general|core|"
    r"work|job|all-round|all-around|individual)\s+)*(?:skills?|skill\s+set|skillset|abilit(?:y|ies)|"
    r"capabilit(?:y|ies)|competenc(?:e|es|y|ies)|professionalism|expertise|know-how)\W*"
)


# A generic verb of improvement and a whole unit of one's own, nothing else: "Improve the finance
# office", "Strengthen our night shift", "Improve the maths department" (decision 5803). Up to two
# words before the unit say which ("the emergency department"); a part or a quality named after
# it keeps a direction ("Improve the front desk's check-in speed": flat only).
_EN_WHOLE_UNIT = re.compile(
    r"\W{0,10}(?:improve|strengthen|enhance|boost|better|optimi[sz]e)\s+"
    r"(?:the|our|my|this)\s+(?P<unit>(?:[a-z&'’-]{1,20}\s+){0,2}?[a-z-]{2,20}(?:\s+(?:desk|office))?)\W*"
)


def _whole_unit(bare: str) -> bool:
    """Whether an English objective is only a generic verb and a whole unit (decision 5803)."""
    m = _EN_WHOLE_UNIT.fullmatch(bare)
    found = m.group("unit").split() if m is not None else []
    units = word_set("objective_whole_units", "en")
    named = bool(found) and (found[-1] in units or " ".join(found[-2:]) in units)
    return named and all(w.isalpha() or "-" in w or "&" in w for w in found)


# "Be more balanced", "Become more organised", "Stay focused": a verb of being, at most "more"
# and one broad quality of the person or team (rules/data/en/objective_broad_qualities), and
# nothing else: no number, no picture, no one it is for (decision 5081).
_EN_BROAD_QUALITY = re.compile(
    r"\W{0,10}(?:be|become|get|stay|feel|grow|keep)\s+(?:(?:a\s+(?:bit|little|lot)|much|far|way)\s+)?"
    r"(?:more\s+|less\s+un)?(?P<q>in\s+(?:(?:good|great|top|better)\s+)?shape|[a-z]+(?:-[a-z]+)?)\W*"
)


_ZH_KEPT_OR_BECOME = ("保持", "维持", "做", "成为", "当")


def _zh_state_better(text: str) -> bool:
    """One's own state made better with a degree word, health kept, or a better self (5687)."""
    m = _ZH_STATE_BETTER.fullmatch(text)
    if m is None:
        return False
    # (the state said better needs its degree word; health kept and a better self do not)
    return bool(m.group("deg") or m.group("tail")) or text.startswith(_ZH_KEPT_OR_BECOME)


# One's body, mood or form and a bare word of praise, nothing else: "身体棒", "心情好", "精神头足",
# "睡眠好好的" (decision 6316). The praise names no level, habit or event one can check, as "状态好
# 一些" (5687) does not; a quality with content ("身体健康": flat only, 5687) is not read.
_ZH_STATE_PRAISED = re.compile(
    r"(?:我的?|自己的?)?(?:身体|心情|心态|精神|精神头|精气神|状态|睡眠|胃口|气色|情绪)"
    # the praise doubled, with or without 的/哒: "身体棒棒", "心情美美哒" (decision 6419)
    r"(?:要|能)?(?:一直|天天|每天)?(?:(?:棒棒|好好|美美)(?:的|哒){0,2}|倍儿棒|很好|不错|棒|好|足|佳)"
    r"[。！!~～]{0,3}"
)
# The English of it (decision 6419): "Body feeling great", "My mood good", "Energy levels great" —
# one's body, mood or energy and a bare word of praise, nothing one can check.
_EN_STATE_PRAISED = re.compile(
    r"\W{0,10}(?:(?:my|our)\s+)?(?:body|mind|mood|energy|energy\s+levels?|sleep|health|head|spirits)"
    r"\s+(?:(?:is|are|feels?|feeling|stays?|staying|keeps?\s+feeling|in)\s+)?"
    r"(?:(?:really|so|very|just)\s+)?(?:great|good|amazing|awesome|fantastic|fine|strong|top\s+form|"
    r"great\s+shape|good\s+shape|in\s+great\s+shape)\W{0,6}"
)


# One's own feeling or drive kept from fading, said as a thing not to lose: "Don't lose my
# nerve", "Don't let my motivation slip", "Never lose my curiosity" (decision 6317). It is health or
# a state kept (5687) in other words: no level, habit or event one can check. A thing of the people
# served or a measure ("Don't lose a single customer to the move") is not read.
_EN_FEELING_KEPT = re.compile(
    r"\W{0,10}(?:(?:don['’]t|do\s+not|never)\s+(?:lose\s+(?:my|our)\s+(?:own\s+)?(?P<f>[a-z-]{3,20})"
    r"|let\s+(?:my|our)\s+(?:own\s+)?(?P<f2>[a-z-]{3,20})\s+(?:slip|fade|drop|die|wane|dip|sag|go))"
    r"|keep\s+hold\s+of\s+(?:my|our)\s+(?:own\s+)?(?P<f3>[a-z-]{3,20}))"
    r"(?:\s+(?:again|this\s+(?:term|year|quarter|season)))?\W{0,6}"
)
# A verb of spending or using and "less", nothing it is less of: "Spend less", "Waste less."
# (decision 6318; lead ruling: no measure named, so vague and not a KPI).
_EN_LESS_ALONE = re.compile(
    r"\W{0,10}(?:spend|waste|use|buy|consume|burn|throw\s+away|print)\s+less\W{0,6}"
)


def _feeling_kept(bare: str) -> bool:
    """Whether an English objective only keeps one's own feeling or drive (decision 6317)."""
    m = _EN_FEELING_KEPT.fullmatch(bare)
    found = m and (m.group("f") or m.group("f2") or m.group("f3"))
    return bool(found) and found in word_set("objective_kept_feelings", "en")


def _broad_quality(bare: str) -> bool:
    """Whether an English objective is only a broad quality raised (decision 5081)."""
    m = _EN_BROAD_QUALITY.fullmatch(bare)
    return m is not None and m.group("q") in word_set("objective_broad_qualities", "en")


# A closing bracket that holds only the objective's timeframe (blanked in `masked`) or its owner:
# "做好后勤保障工作（2026年Q3）", "加强团队建设（负责人：刘洋）" — a note on the objective, no part of
# its direction (decision 5221). A bracket with words of its own ("（让员工吃得放心）") stays.
_ZH_CLOSING_ASIDE = re.compile(r"[（(](?P<inner>[^（）()]{0,40})[）)]\s{0,3}$")
_ZH_OWNER_NOTE = re.compile(
    r"(?:负责人|责任人|牵头人|owner)\s{0,2}[:：]\s{0,2}[^，,、;；:：\s]{1,12}"
    r"|[\u4e00-\u9fff]{2,4}(?:负责|牵头)"
)


def _without_note_aside(folded: str) -> str:
    """The Chinese objective without a closing bracket of timeframe or owner notes."""
    text = folded.strip()
    m = _ZH_CLOSING_ASIDE.search(text)
    if m is None:
        return folded
    inner = _ZH_OWNER_NOTE.sub("", m.group("inner"))
    if inner.strip(" \t，,、;；:：/") or m.start() == 0:
        return folded
    return text[: m.start()].rstrip()


def _is_vague(item: Item) -> bool:
    if any(q.form == "digits" for q in item.facts.quantities):
        return False
    lang = item.language
    folded = fold(item.facts.masked)
    if len(item.facts.terms("objective_buzzwords")) >= 2:
        return True
    generic = {*words("objective_generic", lang), *words("objective_buzzwords", lang)}
    function = words("objective_function_words", lang)
    if lang == "zh":
        folded = _without_note_aside(folded)  # "做好后勤保障工作（2026年Q3）" (decision 5221)
    if lang == "zh" and _ZH_WORK_DONE_WELL.fullmatch(folded.strip()):
        return True  # "做好安全卫生工作": an area of work done "well" (decision 575)
    if lang == "zh" and _ZH_SELF_BETTER.fullmatch(_ZH_TRAILING_ASIDE.sub("", folded.strip())):
        return True  # "我们的团队更好": the team's own state, nothing to check (decision 899)
    if _motto(folded, lang):
        return True  # "安全第一", "Customers first": a motto, not a direction (decision 678)
    if _done_well(folded, lang) or _whole_area(folded, lang):
        return True  # "Do better at marketing", "加强销售管理" (decisions 4040, 4041)
    if _broad_experience(folded, lang):
        return True  # "提升门店体验", "Improve customer experience" (decision 5000)
    if broad_quality_raised(folded, lang):
        return True  # "提高服务质量", "Raise our teaching quality" (decision 6415)
    if lang == "zh" and _ZH_BROAD_STANDING.fullmatch(folded.strip()):
        return True  # "提升社会影响力", "增强核心竞争力" (decision 4527)
    if lang == "zh" and _ZH_GENERIC_FACULTY.fullmatch(folded.strip()):
        return True  # "提升自己的专业能力": one's skill in general terms (decision 4875)
    if lang == "zh" and _ZH_BARE_STATE.fullmatch(folded.strip()):
        return True  # "保持身体和心态": no state named to keep (decision 4876)
    if lang == "zh" and _zh_state_better(folded.strip()):
        return True  # "状态好一些", "保持健康": one's own state, no level named (decision 5687)
    if lang == "zh" and _ZH_STATE_PRAISED.fullmatch(folded.strip()):
        return True  # "心情好", "身体棒": one's state praised, nothing to check (decision 6316)
    if lang == "zh" and folded.strip(" 。.!！*#_:：-") in word_set("objective_bare_measures", lang):
        return True  # "团队", "成本": what to look at, not which way (decision 5228)
    if _bare_verb(item, folded, lang) or _coping(folded, lang):
        return True  # "Grow", "扩张"; "Stay sane", "活下来再说" (decisions 5960, 5961)
    if _bare_area(folded, lang) or _made_better(folded, lang):
        return True  # "服务", "运营"; "Make our stand-ups better" (decisions 5962, 5966)
    if lang == "zh" and _zh_unit_grown(folded):
        return True  # "把门店做强", "前台服务做得更好", "老师教得更好" (decision 6093)
    if lang == "zh":
        terms = _vague_terms(lang)
        chars = list(folded)
        found = find_terms(folded, terms, "zh")
        for s, e, _ in found:
            for i in range(s, e):
                chars[i] = " "
        left = "".join(chars)
        return bool(found) and not re.search(r"[\u4e00-\u9fffa-z]", left)
    tokens = re.findall(r"[a-z]+(?:['’][a-z]+)*", folded)
    if not tokens:
        return False
    if _EN_SELF_BETTER.search(folded):
        return True  # "Our team have better skill": the team's own state, no checkable change
    bare = folded.strip()
    if _EN_GENERIC_FACULTY.fullmatch(bare):
        return True  # "Improve my professional skills" (decision 4981)
    if _whole_unit(bare):
        return True  # "Improve the finance office" (decision 5803)
    if _broad_quality(bare) or bare.strip(" .!*#_:-") in word_set("objective_bare_measures", "en"):
        return True  # "Be more balanced", "Cost" (decisions 5081, 5082)
    if _EN_STATE_PRAISED.fullmatch(bare):
        return True  # "Body feeling great": one's state praised (decision 6419)
    if _feeling_kept(bare) or _EN_LESS_ALONE.fullmatch(bare):
        return True  # "Don't let my focus slip", "Spend less" (decisions 6317, 6318)
    rest = [t for t in tokens if not (t in generic or t in function or lemma_en(t) in generic)]
    if not rest:
        return True
    if _generic_for_people(tokens, generic, function):
        return True  # "Make things better for customers" (decision 5202)
    return _praises_itself(tokens, rest)


# The whole objective is one verb and nothing it acts on: "Grow", "Publish.", "扩张", "冲刺！" — no
# object, no direction one can check (decision 5960). The verb is read from the coach's verb lists
# (English) or jieba's tag (Chinese: one word tagged v); an aspirational marker alone ("Win", "拿下") is left to the
# inspiring rule, and a noun ("Retention", "Accessibility") stays flat only (decision 19).
_EN_BARE_VERB_LISTS = (
    "objective_flat_verbs",
    "objective_kpi_verbs",
    "kr_task_verbs",
    "kr_result_verbs",
    "kr_activity_verbs",
)
_EN_BARE_VERB = re.compile(
    r"\W{0,10}(?:just\s+)?(?P<verb>[a-z]{3,20})(?:\s+(?:up|out|on|forward|ahead))?"
    r"(?:\s+(?:and|&)\s+(?P<verb2>[a-z]{3,20}))?\W{0,6}"
)
# A verb of English morphology that is no noun: "Fundraise", "Digitise", "Simplify", "Automate".
_EN_VERB_ENDING = re.compile(r"[a-z]{2,16}(?:ise|ize|ify)")


def _en_bare_verb(word: str) -> bool:
    if word in word_set("objective_inspiring", "en"):
        return False
    if any(word in word_set(name, "en") for name in _EN_BARE_VERB_LISTS):
        return True
    return _EN_VERB_ENDING.fullmatch(word) is not None


def _bare_verb(item: Item, folded: str, lang: str) -> bool:
    """Whether the whole objective is one verb (or two joined), with no object (decision 5960)."""
    if lang == "en":
        m = _EN_BARE_VERB.fullmatch(folded.strip())
        if m is None or m.group("verb") in word_set("objective_bare_measures", "en"):
            return False
        return _en_bare_verb(m.group("verb")) and (
            m.group("verb2") is None or _en_bare_verb(m.group("verb2"))
        )
    words_ = [t for t in item.facts.tokens if re.search(r"[\u4e00-\u9fff]", t.text)]
    text = re.sub(r"[\s。！!，,.~～…]", "", folded)
    if len(words_) != 1 or words_[0].text != text:
        return False
    # (one word: two verbs read as a verb and its object, "提升销售", a KPI)
    # (a verbal noun counts, "突破", "冲刺"; one that names revenue, "销售", is read as a KPI, and
    # so is a line of business read by its numbers, "招生", "团购": a bare noun, flat only —
    # decisions 19, 5228, 6850)
    return (
        words_[0].pos in ("v", "vi", "vn")
        and text not in word_set("objective_inspiring", "zh")
        and text not in word_set("objective_revenue_not_customers", "zh")
        and text not in word_set("objective_kpi_areas", "zh")
    )


# Getting through the cycle as the whole aim: "Stay sane", "Stay afloat", "Keep my head above
# water", "Survive the quarter", "活下来再说", "撑过这个季度" — a wellbeing or survival slogan says
# how it should feel, not where to go (decision 5961). Anything after it ("… without new loans",
# "让诊所撑过寒冬不裁员") names a state one can check and is not read.
_EN_COPING = re.compile(
    r"\W{0,10}(?:just\s+|try\s+to\s+)?(?:"
    r"(?:stay|keep|remain)\s+(?:(?:sane|afloat|alive|calm|grounded|sober|standing|going)"
    r"|it\s+together|(?:(?:my|our|your|the\s+team's)\s+)?(?:heads?|noses?)\s+above\s+water"
    r"|(?:my|our)\s+sanity|(?:my|our)\s+heads?)"
    r"|survive|get\s+through|make\s+it\s+through|hang\s+in(?:\s+there)?|hold\s+it\s+together)"
    r"(?:\s+(?:the|this|another|one\s+more)\s+(?:quarter|year|month|season|winter|summer|term|"
    r"semester|crunch|rush|cycle|storm|busy\s+season))?\W{0,6}"
)
_ZH_COPING = re.compile(
    r"(?:先|努力|争取|尽量|一定要)?(?:"
    r"活下来|活下去|存活下来|撑住|撑下去|扛住|熬下去|挺住|稳住|别崩|不崩|不垮|别垮|不倒下"
    r"|(?:撑|熬|挺|扛)(?:过|过去)(?:这个|这一|本|今)?(?:季度|年|个月|月|淡季|旺季|寒冬|冬天|难关|关)?"
    r"|保持(?:清醒|理智|冷静)"
    r"){1,2}(?:再说|就行|就好|就是胜利)?[。！!~～]{0,3}"
)


def _coping(folded: str, lang: str) -> bool:
    """Whether the whole objective is a survival or wellbeing slogan (decision 5961)."""
    text = folded.strip()
    if lang == "zh":
        return _ZH_COPING.fullmatch(re.sub(r"\s", "", text)) is not None
    return _EN_COPING.fullmatch(text) is not None


# One whole area of work alone in Chinese: "服务", "运营", "后勤" — what to look at, not which way
# to go, as decision 5228's 团队/业务/管理 (decision 5962). Areas of two characters only: a longer
# phrase ("团队建设") is a noun phrase, flat only (decision 19). English keeps decision 5082's
# measures only: "Hiring", "Operations" stay flat (the lead's ruling on bare nouns).
def _bare_area(folded: str, lang: str) -> bool:
    text = folded.strip(" 。.!！*#_:：-")
    return lang == "zh" and len(text) == 2 and text in word_set("objective_work_areas", "zh")


# The team's own meetings or ways of working made "better" and nothing else (decision 5966):
# "Make our stand-ups better", "Make the squad's sprint process better", "Make marketing better",
# "让交接更好一点", "把例会开得更好". A named quality ("shorter", "更顺", "控制在15分钟以内") or the
# people it is for keeps a direction (decision 5182) and is not read.
_MADE_BETTER = {
    "en": re.compile(
        r"\W{0,10}(?:make|get)\s+(?:(?:our|the|my|this|all\s+(?:our|the))\s+)?"
        r"(?P<obj>[a-z0-9:'’\-]+(?:\s+[a-z0-9:'’\-]+){0,4}?)\s+"
        r"(?:(?:a\s+(?:bit|little|lot)|much|even|way|somewhat)\s+)?"
        r"(?:better|work\s+better|run\s+better|go\s+better)\W{0,6}"
    ),
    "zh": re.compile(
        r"(?:让|使|把|将)(?:我们的?|团队的?|大家的?|本部门的?)?(?P<obj>[\u4e00-\u9fff]{2,6}?)"
        r"(?:开得|做得|搞得|变得|办得)?(?:更加|更|再)?(?:好|好些)(?:一点儿?|一些|些)?[。！!]?"
    ),
}
# Where the object's head ends in English: "handovers | between shifts", "the team's | …".
_EN_HEAD_BREAK = re.compile(r"\s(?:between|across|on|in|with|for|at|of)\s")


def _made_better(folded: str, lang: str) -> bool:
    """Whether the whole objective makes the team's ways of working or a whole area "better"."""
    text = " ".join(folded.split())
    m = _MADE_BETTER[lang].fullmatch(text.replace(" ", "") if lang == "zh" else text)
    if m is None:
        return False
    obj = _EN_HEAD_BREAK.split(f" {m.group('obj')} ")[0].strip()
    # "the team's sprint process": whose it is, not what ("团队的" is taken by the pattern)
    found = re.sub(r"^[a-z]+['’]s\s+", "", obj).split()
    known = word_set("objective_team_rituals", lang) | word_set("objective_work_areas", lang)
    if lang == "zh":
        return obj in known
    return any(" ".join(found[n:]) in known for n in range(len(found)))


# A whole unit of one's own, or its staff or an area of its work, made "bigger/stronger" or
# done "better", and nothing else (decision 6093; decision 94's "Be a stronger team" in
# Chinese): "把门店做强", "把合作社做大", "做大做强公司", "前台服务做得更好", "老师教得更好",
# "把仓库管得更好". A line of business grown is a KPI ("把会员业务做大": decision 2370), and a
# quality named ("把孩子教得更自信"), a picture ("把门店做成街坊的厨房") or a figure keeps a direction.
_ZH_GROWN = r"(?:做大做强|做强做大|做优做强|做精做强|做大|做强|做优|做精)"
_ZH_UNIT_GROWN = (
    re.compile(
        r"(?:把|将)?(?:我们的?|自己的?)?(?P<obj>[\u4e00-\u9fff]{1,8}?)" + _ZH_GROWN + r"[。！!]?"
    ),
    re.compile(_ZH_GROWN + r"(?:我们的?|自己的?)?(?P<obj>[\u4e00-\u9fff]{1,8}?)[。！!]?"),
    re.compile(
        r"(?:把|将)?(?:我们的?|自己的?)?(?P<obj>[\u4e00-\u9fff]{1,8}?)(?:要|能|会)?"
        r"(?:做|干|教|管|带|办|搞|经营|服务)得(?:更加|更|越来越)(?:好|棒|出色|强)(?:一点儿?|一些|些)?"
        r"[。！!]?"
    ),
)


def _zh_unit_grown(folded: str) -> bool:
    """Whether the whole Chinese objective makes a unit of one's own bigger or stronger, or its
    work done better, with nothing to check it by (decision 6093)."""
    text = "".join(folded.split())
    units = word_set("objective_whole_units", "zh")
    areas = word_set("objective_work_areas", "zh")
    for k, shape in enumerate(_ZH_UNIT_GROWN):
        m = shape.fullmatch(text)
        if m is None:
            continue
        obj = m.group("obj")
        if "的" in obj or _ZH_NOT_AN_AREA.search(obj):
            return False
        # the unit (or, done better, an area of work) closes what is named; up to four
        # characters before it say which ("华东区门店", "前台服务"); an area made bigger is a
        # line of business, a KPI (decision 2370)
        named = units | areas if k == 2 else units
        return any(obj.endswith(w) and len(obj) - len(w) <= 4 for w in named)
    return False


# Comparatives of ease that, said of "things" for the people served, name no area either
# (decision 5202): "Make things easier for our users".
_EN_GENERIC_EASE = frozenset({"easier", "simpler", "smoother", "nicer", "easy", "simple"})
_EN_PEOPLE_DETERMINERS = frozenset({"our", "the", "all", "every", "each", "my", "your", "of"})


def _generic_for_people(tokens: list[str], generic: set[str], function: tuple[str, ...]) -> bool:
    """A generic verb and a generic better with no area named, then only "for" and whom it is
    for: "Make things better for customers", "Be better for our clients", "Make it easier for
    our community", "… for customers and staff" (decision 5202). An area or a thing named before
    "for" keeps a direction ("Make onboarding better for every customer" is flat, decision 5182),
    and so does a place or anything else after the people ("Make life better for every family in
    the valley")."""
    if "for" not in tokens or tokens[0] not in generic:
        return False
    k = tokens.index("for")
    before, after = tokens[:k], tokens[k + 1 :]
    if not before or not all(
        t in generic or t in function or t in _EN_GENERIC_EASE or lemma_en(t) in generic
        for t in before
    ):
        return False
    while after and after[0] in _EN_PEOPLE_DETERMINERS:
        after = after[1:]
    # whom it is for, in up to three words ("our community", "first-time buyers", "customers and
    # staff"): nothing after them, no second phrase
    after = [t for t in after if t != "and"]
    return 1 <= len(after) <= 3 and not any(t in function or t in generic for t in after)


_MOTTO_END = {
    "zh": re.compile(r"^(?P<value>.{1,4}?)(?:第一|至上|为先|优先|为本|是根本)[!！。.]?$"),
    "en": re.compile(r"^(?P<value>[a-z]+(?: [a-z]+)?) (?:first|above all|always)[!.]?$"),
}


# A saying that something is the root of everything: "身体是革命的本钱", "质量是企业的生命",
# "人才是第一资源" — a value stated, no change to make this cycle (decision 5227, after 678).
_ZH_SAYING = re.compile(
    r"[\u4e00-\u9fff]{1,6}?是(?:[\u4e00-\u9fff]{1,4}的)?"
    r"(?:本钱|生命线?|根本|基石|灵魂|根基|第一要务|重中之重|头等大事|第一资源|第一生产力)[!！。.]?"
)


def _motto(folded: str, lang: str) -> bool:
    """The whole objective is a motto: a value and 第一/至上/为先 or "first"/"above all" ("安全第一",
    "质量至上", "Safety first", "Customers first"). It says what matters, not where to go this
    cycle (decision 678). The values are rules/data/<lang>/objective_motto_values. A saying that
    a value is the root of things ("身体是革命的本钱") is one too (decision 5227)."""
    if lang == "zh" and _ZH_SAYING.fullmatch(folded.strip()):
        return True
    m = _MOTTO_END[lang].match(folded.strip())
    return m is not None and m.group("value").strip() in word_set("objective_motto_values", lang)


# "做好安全卫生工作", "认真做好后勤保障工作": 做好 and an area of work with nothing said about what
# "well" means — no direction to check, as "做好各项工作" (PRINCIPLES.md; decision 575).
_ZH_WORK_DONE_WELL = re.compile(
    r"(?:认真|全力|切实|扎实|全面|继续)?做好[\u4e00-\u9fff、和与及]{1,10}?工作[。！!]?"
)


def _praises_itself(tokens: list[str], rest: list[str]) -> bool:
    """An English objective about the team or the person itself with nothing but praise around
    it, after a generic verb: worth words and a self noun (objective_self_nouns: "Improve value as
    a manager", "Make significant contributions to the team") or a quality word and the team
    ("Be a stronger team"); every other word generic."""
    selves = words("objective_self_nouns", "en")
    worth = words("objective_worth_words", "en")
    adjectives = words("objective_generic_adjectives", "en")
    unit = _named_unit(tokens)
    if unit:
        # "Be a better QA team", "Become a stronger support crew": the words that say which
        # unit are its name, and the unit is the team itself (decision 6092)
        rest = [t for t in rest if t not in unit] + ["team"]
    if not all(t in selves or t in worth or t in adjectives for t in rest):
        return False
    if tokens[0] not in word_set("objective_generic", "en"):
        return False  # "Healthier, happier team" names a state of the team: read as a direction
    if any(t in worth for t in tokens):
        return any(t in selves for t in rest)  # "Improve value as a team lead"
    # A quality word alone praises only a team ("Be a stronger team"); "Be a great place to
    # work", "Become a better manager" are read as a direction.
    if any(t in selves and t not in _TEAM for t in rest):
        return False  # "Be a better manager for my team": a person's growth, read as a direction
    return any(t in _TEAM for t in rest) and any(t in adjectives for t in tokens)


_TEAM = frozenset(("team", "teams"))


def _named_unit(tokens: list[str]) -> tuple[str, ...]:
    """The closing words of an English objective when they are a whole unit of one's own
    (objective_whole_units: team, crew, desk, clinic …) after at most two words that name it
    ("QA team", "night support crew"), right after a generic comparative ("better", "stronger");
    () otherwise (decision 6092)."""
    units = word_set("objective_whole_units", "en")
    adjectives = word_set("objective_generic_adjectives", "en")
    for size in (2, 1):
        if len(tokens) > size and " ".join(tokens[-size:]) in units:
            head = len(tokens) - size
            for named in range(3):
                k = head - named
                if k >= 1 and tokens[k - 1] in adjectives:
                    return tuple(tokens[k:])
            return ()
    return ()


# "Do better at marketing", "做好家校沟通", "把售后服务搞好": a verb that asks only for the work to
# be done well, and a short area after it, with no standard of "well" (PRINCIPLES.md: "Do better
# at marketing", "做好各项工作"; decision 4040, widening decision 575 beyond "…工作"). A figure, a
# second clause, a superlative, a measure or 的 keeps the rule silent.
# A unit of one's own by its last word (decision 6726): 科室, 团队, 队伍, 班级, 部门, 门店, 车间 ….
_ZH_OWN_UNIT = (
    r"[\u4e00-\u9fff]{0,4}?(?:科室|团队|队伍|班级|部门|门店|车间|班子|小组|中心|病区|项目组|"
    r"科|组|班|部|店|队)"
)
_ZH_DONE_WELL = (
    re.compile(
        r"(?:认真|全力|切实|扎实|全面|继续|努力|用心)?(?:做好|搞好|抓好|干好)"
        r"(?P<area>[\u4e00-\u9fff、和与及]{2,8}?)[。！!]?"
    ),
    re.compile(r"把(?P<area>[\u4e00-\u9fff、和与及]{2,8}?)(?:做好|搞好|抓好|干好)[。！!]?"),
    # a whole unit of one's own led or run "well" (decision 6726, the Chinese of 5803's "Improve
    # the finance office"): "带好科室", "管好门店", "把这支队伍带好"; people led stay flat ("带好新人")
    re.compile(
        r"(?:认真|全力|切实|扎实|努力|用心)?(?:带好|管好|带领好|管理好)(?:这支|这个|我们的|我的|本)?"
        rf"(?P<area>{_ZH_OWN_UNIT})[。！!]?"
    ),
    re.compile(rf"把(?:这支|这个|我们的|我的|本)?(?P<area>{_ZH_OWN_UNIT})(?:带好|管好)[。！!]?"),
)
# 的 opens a thing ("把午市的菜单做好"); a measure's end (率, 度 …) makes a KPI ("做好客户服务满意度");
# a marker makes an aspiration.
# (度 of a measure, not of a piece of work: "调度", "制度", "进度" name work: decision 6094)
_ZH_NOT_AN_AREA = re.compile(
    r"的|每|都|让|使|最|第一|一流|标杆|卓越|首选|[率量额数值]$|(?<![调制进])度$"
)
_EN_DONE_WELL = re.compile(
    r"^\W*(?:do|doing)\s+(?:(?:much|far|a\s+lot)\s+)?(?:better|well|(?:a\s+)?(?:much\s+)?"
    r"(?:better|good|great)\s+job)\s+(?:at|on|in|with|of)\s+(?:(?:our|the|my|all|every)\s+)?"
    r"(?P<area>[a-z][a-z&'-]*(?:\s+[a-z][a-z&'-]*){0,3})\W*$"
)
_EN_NOT_AN_AREA = re.compile(
    r"\b(?:than|within|without|for|so|that|every|each|best|first|most|by|under|before|to)\b"
)


def _done_well(folded: str, lang: str) -> bool:
    """The whole objective is a "do it well" verb and a short area ("做好家校沟通", "Do better at
    marketing", "Do a good job with the school newsletter"): no direction one can check."""
    text = " ".join(folded.split())
    if lang == "zh":
        for shape in _ZH_DONE_WELL:
            m = shape.fullmatch(text.replace(" ", ""))
            if m is not None and not _ZH_NOT_AN_AREA.search(m.group("area")):
                return True
        return False
    m = _EN_DONE_WELL.match(text)
    return m is not None and not _EN_NOT_AN_AREA.search(m.group("area"))


# "Strengthen marketing", "Improve logistics", "加强销售管理", "提高管理水平": a generic verb of
# improvement and a whole area of work (objective_work_areas) with nothing naming which part or
# what quality should change (decision 4041). A named unit ("improve warehouse ops", "Improve lab
# operations") or a quality ("提高交付质量", "Improve product quality") keeps a direction: flat,
# not vague (decision 19).
_ZH_AREA_VERB = re.compile(
    r"(?:全面|整体|进一步|持续|不断|切实|努力|大力)?(?:加强|提升|提高|改善|改进|优化|增强|强化|抓好)"
    r"(?:整体|全面|各项)?(?P<area>[\u4e00-\u9fff]{2,8}?)"
    # up to eight characters of the area: "基本公共卫生服务" (decision 4874)
    r"(?P<tail>管理工作|管理水平|服务水平|工作水平|工作|水平|能力|方面|管理)?[。！!]?"
)
_ZH_SERVICE_AREA = re.compile(r"[\u4e00-\u9fff]{2,4}服务")


def _service_area(area: str, tail: str) -> bool:
    """A place's whole service work and its level or its work in general: "社区服务" + 工作水平,
    "政务" + 服务水平 (decision 5221). "服务水平" alone is left flat (decision 3965)."""
    if tail == "服务水平":
        area, tail = area + "服务", "水平"
    return (
        tail in ("工作水平", "水平", "工作", "能力")
        and _ZH_SERVICE_AREA.fullmatch(area) is not None
    )


_EN_AREA_VERB = re.compile(
    # "work on" an area as improving it does: "Work on our processes" (decision 5202)
    r"^\W*(?:improve|strengthen|enhance|boost|optimi[sz]e|upgrade|better|work\s+on)\s+"
    # up to three words of an area: "ways of working" (decision 5202)
    r"(?:(?:our|the|my|overall|general)\s+)?(?P<area>[a-z]+(?:-[a-z]+)?(?:\s+[a-z]+(?:-[a-z]+)?){0,2}?)"
    # "Improve QA processes": an area's processes are the area (decision 4845)
    r"(?:\s+(?P<tail>work|function|overall|in general|across the board|processes|practices|"
    # "Improve processes across the team": the whole team's, no process named (decision 5202)
    r"across the team|across teams))?\W*$"
)


# "提升门店体验", "优化客户体验", "Improve customer experience": a generic verb of improvement and a
# broad experience of the customers or the place (objective_experience_scopes) with nothing to say
# what about it should change (decision 5000; PRINCIPLES.md's own example is vague and not
# inspiring). A named process or audience ("Improve onboarding experience", "提升市民办事体验")
# keeps a direction: flat only (decision 19).
_ZH_EXPERIENCE_VERB = (
    r"(?:全面|整体|进一步|持续|不断|切实|努力|大力)?(?:提升|提高|改善|改进|优化|增强|升级)"
)
_ZH_EXPERIENCE = (
    re.compile(_ZH_EXPERIENCE_VERB + r"(?P<scope>[\u4e00-\u9fff]{0,6}?)的?体验感?[。！!]?"),
    re.compile(r"(?P<scope>[\u4e00-\u9fff]{0,6}?)的?体验感?(?:提升|升级|改善|优化)[。！!]?"),
)
_EN_EXPERIENCE = re.compile(
    r"^\W*(?:(?:improve|enhance|boost|elevate|upgrade|optimi[sz]e|better)\s+"
    r"(?:(?:the|our|a)\s+)?|(?:a\s+)?better\s+)"
    r"(?P<scope>(?:[a-z'-]+\s+){0,2}?)(?:experience|experiences|ux|cx)\W*$"
)


# "提升社会影响力", "扩大品牌影响力", "增强核心竞争力": a generic verb and the standing of the
# whole team in the broadest terms, as "提升门店体验" is: nothing says among whom or in what it
# should show (decision 4527). A named audience or field keeps a direction ("提升在本市中小学中的
# 影响力", "让更多家长知道我们"): not matched.
_ZH_BROAD_STANDING = re.compile(
    _ZH_EXPERIENCE_VERB.replace("|升级)", "|升级|扩大)")
    + r"(?:我们的|我们|自身的?|)(?:社会|品牌|行业|企业|公司|团队|组织|整体|综合|核心|市场|个人|"
    # a channel as broad as the place of "提升门店体验": "提升短视频影响力", "扩大网络影响力" (4876)
    r"短视频|视频|网络|新媒体|自媒体|线上|线下|社交媒体|全网|媒体|"
    # the place itself, as 企业/公司 are: "提升医院品牌美誉度" (decision 4993)
    r"医院|学校|门店|店铺|机构|单位|诊所|园所){0,2}"
    # the place's good name in the same broadest terms: 美誉度, 口碑, 声誉 (decision 4993)
    r"的?(?:影响力|竞争力|美誉度|口碑|声誉|名声)[。！!]?"
)


def _split_scope(scope: str, names: tuple[str, ...]) -> bool:
    """True when the scope is one or two of the listed names, one after another, nothing else."""
    if not scope:
        return True
    for name in names:
        if scope.startswith(name):
            rest = scope[len(name) :]
            if not rest or rest in names:
                return True
    return False


def _broad_experience(folded: str, lang: str) -> bool:
    """The whole objective is a generic verb of improvement and a broad experience of the
    customers or the place ("提升门店体验", "Improve customer experience")."""
    scopes = words("objective_experience_scopes", lang)
    text = " ".join(folded.split())
    if lang == "zh":
        compact = text.replace(" ", "")
        for shape in _ZH_EXPERIENCE:
            m = shape.fullmatch(compact)
            if m is not None and _split_scope(m.group("scope"), scopes):
                return True
        return False
    m = _EN_EXPERIENCE.match(text)
    if m is None:
        return False
    found = m.group("scope").split()
    return all(w in scopes for w in found)


# "销售工作再上新台阶", "研发工作更上一层楼": an area of work and a slogan of progress (decision 4041).
_ZH_AREA_SLOGAN = re.compile(
    r"(?P<area>[\u4e00-\u9fff]{2,6}?)(?:工作)?(?:再上新台阶|更上一层楼|再创佳绩|再创新高)[。！!]?"
)


def whole_area_zh(item: Item) -> bool:
    """Whether a Chinese objective is only a generic verb of improvement and a whole area of work
    ("提升物流水平", "加强供应链管理"; decisions 4041, 4874), the quality of the place's whole
    service work ("提高教学质量": 4992) or its good name in the broadest terms ("提升医院品牌美誉度":
    4993) — a broad quality, no KPI."""
    if item.language != "zh":
        return False
    folded = fold(item.facts.masked)
    return _whole_area(folded, "zh") or bool(
        _ZH_BROAD_STANDING.fullmatch(folded.strip()) and _ZH_REPUTATION.search(folded)
    )


# The good name among the heads of `_ZH_BROAD_STANDING` (decision 4993).
_ZH_REPUTATION = re.compile(r"(?:美誉度|口碑|声誉|名声)[。！!]?$")
# "提高教学质量", "全面提升医疗质量": a generic verb and the quality of the place's whole service
# work (rules/data/zh/objective_quality_areas.txt), as broad as "提升门店体验" (decision 4992). A
# thing's or a named process's quality keeps a direction ("提高产品质量", "提高交付质量": 19, 4041).
_ZH_AREA_QUALITY = re.compile(
    r"(?:全面|整体|进一步|持续|不断|切实|努力|大力)?(?:加强|提升|提高|改善|改进|优化|增强|强化|抓好)"
    r"(?:整体|全面|各项)?(?P<area>[\u4e00-\u9fff]{2,6}?)的?质量[。！!]?"
)


def _whole_area(folded: str, lang: str) -> bool:
    """A generic verb of improvement and a whole area of work, nothing else."""
    text = " ".join(folded.split())
    areas = words("objective_work_areas", lang)
    if lang == "zh":
        slogan = _ZH_AREA_SLOGAN.fullmatch(text.replace(" ", ""))
        if slogan is not None and slogan.group("area") in (*areas, "销售"):
            return True
        q = _ZH_AREA_QUALITY.fullmatch(text.replace(" ", ""))
        if q is not None and q.group("area") in word_set("objective_quality_areas", lang):
            return True
        m = _ZH_AREA_VERB.fullmatch(text.replace(" ", ""))
        return m is not None and (
            m.group("area") in areas
            # the team's own meetings and handovers: "改进例会", "加强沟通" (decision 5966)
            or (not m.group("tail") and m.group("area") in word_set("objective_team_rituals", lang))
            or m.group("area") + (m.group("tail") or "") in areas
            # "提升社区服务工作水平", "提高政务服务水平": a place's whole service work and its level
            # or work in general (decision 5221); "提升线上问诊响应速度" names a quality
            or _service_area(m.group("area"), m.group("tail") or "")
        )
    m = _EN_AREA_VERB.match(text)
    return m is not None and (
        m.group("area") in areas
        or f"{m.group('area')} {m.group('tail')}" in areas
        # the team's own meetings and handovers: "Improve our stand-ups" (decision 5966)
        or (not m.group("tail") and m.group("area") in word_set("objective_team_rituals", lang))
    )


# -- decision 6415: a broad quality raised by a generic verb, nothing else -------------------------
# PRINCIPLES.md's own example ("提升门店体验": vague and not inspiring) drawn as one line for every
# broad quality (rules/data/<lang>/objective_broad_heads: quality, standard, level, experience;
# 质量, 品质, 水平, 标准, 体验): raised by a generic verb of improvement (or said raised, "服务质量
# 提升", "Service quality up"), with nothing around it but an area of service work as a whole, the
# people served, a place or a whole unit (objective_broad_scopes, objective_whole_units). Efficiency
# and performance are properties one can measure: not read ("Improve team efficiency", "提高团队效率"
# stay flat, as decision 19 keeps "提升研发效率"). Anything else named — a thing, an artefact, a process, a
# specific property — keeps decision 19's flat-not-vague ("Improve product quality", "提升研发效率").
_EN_RAISE_VERBS = frozenset(
    (
        "improve",
        "raise",
        "lift",
        "enhance",
        "boost",
        "elevate",
        "upgrade",
        "strengthen",
        "increase",
        "better",
        "optimise",
        "optimize",
        "uplift",
    )
)
_EN_RAISE_ADVERBS = frozenset(("further", "continuously", "continually", "steadily", "really"))
_EN_DETERMINERS = frozenset(("the", "our", "my", "its", "their", "all", "every", "overall", "a"))
_EN_SCOPE_LINKS = frozenset(("of", "at", "in", "on", "across", "for", "to", "throughout"))
_EN_SAID_RAISED = frozenset(("up", "improved", "raised", "better", "higher"))
_EN_BETTER = frozenset(("better", "higher"))


def _en_scope_ok(words_: list[str]) -> bool:
    """Whether a run of English words is only determiners, "and", and broad scopes or whole
    units."""
    names = word_set("objective_whole_units", "en") | word_set("objective_broad_scopes", "en")
    i = 0
    while i < len(words_):
        w = words_[i]
        if w in _EN_DETERMINERS or w in ("and", "&"):
            i += 1
        elif i + 2 < len(words_) and " ".join(words_[i : i + 3]) in names:
            i += 3
        elif i + 1 < len(words_) and " ".join(words_[i : i + 2]) in names:
            i += 2
        elif w.replace("’", "'").removesuffix("'s").removesuffix("s'") in names or w in names:
            i += 1
        else:
            return False
    return True


def _en_broad_head(tokens: list[str]) -> bool:
    """English: [adverb] verb, a scope, a broad head, then "of/at/in/for" and a scope; or
    "Better <scope> <head>", "<scope> <head> up"."""
    if len(tokens) < 2 or len(tokens) > 14:
        return False
    start = 1 if tokens[0] in _EN_RAISE_ADVERBS else 0
    heads = word_set("objective_broad_heads", "en")
    said_raised = tokens[-1] in _EN_SAID_RAISED and tokens[0] not in _EN_RAISE_VERBS
    if said_raised:
        body = tokens[:-1]
    elif tokens[start] in _EN_RAISE_VERBS or tokens[start] in _EN_BETTER:
        body = tokens[start + 1 :]
    else:
        return False
    for i, w in enumerate(body):
        if w not in heads:
            continue
        before, after = body[:i], body[i + 1 :]
        # the scope after the head, with a link ("the quality of care") or as the head's noun
        # ("Higher quality care")
        rest = [t for t in after if t not in _EN_SCOPE_LINKS]
        if (after and not rest) or not _en_scope_ok(before):
            continue
        if _en_scope_ok(rest):
            return True
    return False


_ZH_RAISE = r"(?:提升|提高|改善|改进|优化|增强|强化|加强|升级|抓好)"
_ZH_RAISE_ADVERB = r"(?:全面|整体|进一步|持续|不断|切实|努力|大力|着力)?"
_ZH_BROAD_HEAD_SHAPES = (
    re.compile(
        _ZH_RAISE_ADVERB + _ZH_RAISE + r"(?P<scope>[\u4e00-\u9fff]{0,12}?)的?(?P<head>"
        r"[\u4e00-\u9fff]{2,4})[。！!]?"
    ),
    re.compile(
        r"(?P<scope>[\u4e00-\u9fff]{0,12}?)的?(?P<head>[\u4e00-\u9fff]{2,4})"
        r"(?:要|再|进一步|持续|全面|有所|明显|稳步|大幅)?" + _ZH_RAISE + r"[。！!]?"
    ),
    # a slogan of progress after the quality: "整体服务水平再上台阶" (as 4041's "销售工作再上新台阶")
    re.compile(
        r"(?P<scope>[\u4e00-\u9fff]{0,12}?)的?(?P<head>[\u4e00-\u9fff]{2,4})"
        r"(?:再上新台阶|再上台阶|上新台阶|上台阶|更上一层楼|再创佳绩)[。！!]?"
    ),
)


def _zh_scope_ok(scope: str, names: frozenset[str], parts: int = 3) -> bool:
    """Whether a Chinese scope is up to `parts` listed names one after another (的 between)."""
    scope = scope.removesuffix("的")
    if not scope:
        return True
    if parts == 0:
        return False
    for n in range(min(len(scope), 6), 0, -1):
        if scope[:n] in names and _zh_scope_ok(scope[n:].removeprefix("的"), names, parts - 1):
            return True
    return False


def _zh_broad_head(text: str) -> bool:
    """Chinese: a generic verb, a scope and a broad head, or the scope and head then the verb."""
    heads = word_set("objective_broad_heads", "zh")
    units = word_set("objective_whole_units", "zh")
    scopes = word_set("objective_broad_scopes", "zh") | units
    for shape in _ZH_BROAD_HEAD_SHAPES:
        m = shape.fullmatch(text)
        if m is None:
            continue
        scope, head = m.group("scope"), m.group("head")
        for h in (head, head[1:], head[2:]):
            if h in heads and _zh_scope_ok(scope + head[: len(head) - len(h)], scopes):
                return True
    return False


def broad_quality_raised(folded: str, lang: str) -> bool:
    """Whether the whole objective is a broad quality raised, nothing else named (decision 6415):
    "提高服务质量", "服务质量提升", "Raise our teaching quality", "Improve the
    employee experience". "提高产品质量", "Improve equipment reliability" are not read."""
    text = " ".join(folded.split()).strip(" 。.!！*#_:：-")
    if lang == "zh":
        return _zh_broad_head(text.replace(" ", ""))
    return _en_broad_head(re.findall(r"[a-z]+(?:['’][a-z]+)*|&", text))
