"""What an objective asks of people or forces outside the team (objective-not-controllable, and
the KPI reading of an objective whose other clause only has a market move by itself, decision
4728): a market force, a competitor's own action, another party's decision, a third party's
ranking or award, the weather wished for. Shared by rules/objective_not_controllable.py and
rules/_objective_shape.py (a rule imports no other rule)."""

from __future__ import annotations

import re

from coach.draft import Item
from coach.facts.kpi import ZH_BEATS_RIVALS
from coach.facts.owner import known_word
from coach.wordlists import word_set, words

# How far a competitor's action may follow the competitor in the same clause ("让竞争对手主动
# 退出市场"): as far as an approver's decision may follow the approver
from rules._outside import _EN_GAP, _ZH_GAP, in_clause, outside_decision


def outside_clause(item: Item, s: int, e: int) -> tuple[int, int] | None:
    """Where the clause s..e of an objective asks something outside the team to move or decide
    (a market, the weather, a competitor, a regulator, a third party's ranking), or None."""
    lang = item.language
    folded = item.folded
    return (
        _outside_force(item, s, e)
        or _competitor_action(folded, s, e, lang)
        or (lang == "en" and _outdone_rival(item, s, e))
        or (lang == "en" and _lost_to_rival(item, s, e))
        or outside_decision(folded, s, e, lang)
        or _third_party_ranking(item, s, e)
        or _regulator_decision(folded, s, e, lang)
        or _regulator_verdict(folded, s, e, lang)
        or (_policy_changed(folded, s, e) if lang == "en" else None)
        or _moves_on_its_own(item, s, e)
        or (lang == "en" and _market_ridden(folded, s, e))
        or (_given_from_outside(folded, s, e) if lang == "en" else _zh_honour_given(folded, s, e))
        or (_zh_platform_choice(folded, s, e) if lang == "zh" else None)
        or index_entered(folded, s, e, lang)
    )


# 被, a platform or its editors, then their verb of picking: the team or its work chosen
# ("被平台选中成为优质创作者", "被小红书选为优质博主"): the platform decides, as a ranking's rater does
# (decision 4998; lead ruling e of round 34). The people served choosing ("被粉丝记住") and the
# team's own house ("被评为公司年度优秀团队") are not read.
_ZH_PICKED_BY = re.compile(
    r"被(?P<who>[\u4e00-\u9fffA-Za-z]{1,6}?|[A-Za-z][A-Za-z ]{0,15}[\u4e00-\u9fff]{0,4}?)"
    r"(?:选中|选为|选入|挑中|评为|评选为|推荐为|推荐成为|认证为|签约为|列为|收录为"
    # a bare 推荐 closing the clause: "被抖音官方推荐", "被App Store编辑推荐" (decision 6946)
    r"|推荐(?=$|[，,。；;！!]))"
)
# A platform's own showcase the work gets onto, the Chinese of decision 6711 (decision 6946):
# "登上淘宝首页", "让我们的游戏登上Steam首页推荐", "获得苹果今日推荐". Not the team's own page ("在首页推荐
# 我们的优质客户", "登上公司官网首页").
_ZH_SHOWCASE = re.compile(
    r"(?:登上|冲上|上了|获得|拿到|争取到|争取上)"
    r"(?P<who>[\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z ]{0,15})"
    r"(?:首页推荐|首页|今日推荐|编辑推荐|编辑精选|精选推荐|开屏|首焦)"
)
_ZH_OWN_PAGE = re.compile(r"(?:我们|我司|自己|本店|本校|公司|官网|门店|店铺)")
_ZH_PICKERS = re.compile(r"(?:平台|官方|算法|编辑|编辑部|主办方|评委|小二)$")


# 让 someone 把 our thing picked, listed or renewed (decision 5688): whoever sits between 让 and
# 把 decides ("让商超把我们的新口味摆进入口堆头", "让电视台把我们的节目排进黄金档"), unless they are the
# people served or the team's own people ("让顾客把我们的店当作首选" is a market won).
_ZH_LET_PICK = re.compile(
    r"让(?P<who>[\u4e00-\u9fffA-Za-z]{1,8}?)把(?:我们|我司|本店|本校|咱们|我)的?[^，,。；;]{0,12}?"
    r"(?:选进|选入|选中|选为|列入|纳入|收录|评为|排进|排入|放进)"
)
_ZH_OWN_OR_SERVED = re.compile(r"^(?:大家|团队|全员|员工|同事|店员|我们|每位|每个|各)")


def _zh_platform_choice(folded: str, s: int, e: int) -> tuple[int, int] | None:
    """A platform, its editors or its algorithm picking the team or its work in [s, e)."""
    let = _ZH_LET_PICK.search(folded, s, e)
    if let is not None:
        who = let.group("who")
        if not _ZH_OWN_OR_SERVED.match(who) and who not in word_set("objective_people", "zh"):
            return let.start(), let.end()
    shown = _ZH_SHOWCASE.search(folded, s, e)
    if shown is not None and not _ZH_OWN_PAGE.search(shown.group("who")):
        return shown.start(), shown.end()
    m = _ZH_PICKED_BY.search(folded, s, e)
    if m is None:
        return None
    who = m.group("who")
    if _ZH_PICKERS.search(who) or who.removesuffix("官方") in word_set("kr_effort_channels", "zh"):
        return m.start(), m.end()
    return None


# An award, prize or trophy won (decision 4704; ruling c of the thirty-second round): the judges
# and the other entrants decide it, as a ranking's rater does (decision 21). A certificate
# earned by passing a standard stays work (PRINCIPLES.md), and so does an award the team gives
# ("Launch a staff award", "Run the volunteer of the year awards").
_EN_HONOUR_WON = re.compile(
    r"\b(?:win|wins|won|winning|earn|earns|earned|receive|receives|received|take home|bring home|"
    r"scoop|land|be awarded|get awarded|be named|get named|be shortlisted for|make the shortlist for)"
    r"\s(?:the\s|an?\s|our\s|this year's\s|next year's\s)?(?:[a-z0-9'’&-]+\s){0,5}?"
    r"(?:award|awards|prize|prizes|trophy|trophies|medal|medals|cup)\b"
)
# Weather wished for (decision 4704): a kind season or sky the objective hopes to have ("Have a
# mild winter so overtime stays under budget", "Get a dry summer for the build"); the weather
# decides it, not the team. Planning for the weather ("Prepare the depot for a harsh winter")
# does not wish for it.
_EN_WISHED_WEATHER = re.compile(
    r"\b(?:have|has|get|gets|hope for|pray for|enjoy|see|count on)\s(?:an?\s|the\s)?"
    r"(?:mild|warm|warmer|milder|dry|drier|calm|sunny|kind|gentle|easy|short|shorter|light|good|fine|"
    r"snow-free|storm-free|frost-free)\s(?:winter|summer|spring|autumn|fall|season|weather|monsoon|"
    r"rainy season|storm season|hurricane season)\b"
    r"|\b(?:have|get|hope for|pray for|count on)\s(?:little|less|no)\s(?:snow|snowfall|rain|rainfall|"
    r"storms|frost|flooding)\b"
)


# The same in Chinese (decision 4878; lead ruling f of round 33): a rating or a title others confer
# ("获评全国金牌展会", "被评为市级示范校", "评上省级精品民宿" — 获评/评为/评上 say a judge decides), or a
# verb of winning or receiving with an award, a prize or a title ("荣获…称号", "拿下…金奖"). A
# certificate earned by passing a standard stays work ("获得ISO9001认证"), and so does an award the
# team gives ("设立年度服务之星奖").
_ZH_HONOUR_WON = re.compile(
    r"(?:获评|被评为|被评选为|评上|被授予)[\u4e00-\u9fffA-Za-z0-9“”\"]{2,16}"
    r"|(?:荣获|获得|赢得|拿下|拿到|捧得|斩获|夺得)[\u4e00-\u9fffA-Za-z0-9“”\"]{0,12}?"
    r"(?:大奖|金奖|银奖|铜奖|一等奖|二等奖|三等奖|奖项|奖杯|奖牌|荣誉称号|称号)"
)


# An honour of the team's own organisation: its management judges the team's work, no third
# party (decision 4878).
_ZH_OWN_HOUSE = re.compile(r"公司|集团|总部|本院|本校|院内|校内|厂内|内部|本单位|部门")


# The grade or the level of an outside body's title: "全国", "省级", "五星级", "金牌", "A级" (4878).
_ZH_OUTSIDE_GRADE = re.compile(
    r"全国|全省|全市|全县|国家|中国|国际|世界|亚洲|[省市区县]级|星级|[一二三四五1-5]星|金牌|"
    r"[A-Z5]{1,5}级|行业|协会|示范|金奖|银奖|铜奖|[一二三]等奖|大奖|奖杯|奖牌"
)


def _zh_honour_given(folded: str, s: int, e: int) -> tuple[int, int] | None:
    """An award or a rating others confer in the clause [s, e) (decision 4878)."""
    m = _ZH_HONOUR_WON.search(folded, s, e)
    if m is None or _ZH_OWN_HOUSE.search(m.group(0)) or not _ZH_OUTSIDE_GRADE.search(m.group(0)):
        # "获评公司年度优秀团队", "被评为优秀": the team's own organisation judges its work, or
        # no outside body's grade is named
        return None
    return m.start(), m.end()


# A place in a stock-market index (decision 5965, after 21's third-party listing): "Get our stock
# into the S&P 500", "Be added to the FTSE 250", "进入沪深300指数" — the index provider's committee
# and the company's market value decide, not the team. Our own index ("Build a price index for
# our stores") is not read: the index names come from the list below.
_EN_INDEX = (
    r"(?:the\s)?(?:s&p(?:\s?500|\s?400|\s?600)?|ftse(?:\s?(?:100|250|350|all-share))?|"
    r"nasdaq[- ]?100|dow(?:\sjones)?(?:\sindustrial\saverage)?|russell\s?(?:1000|2000|3000)|"
    r"msci\s(?:[a-z]+\s){0,2}?index|stoxx\s?(?:50|600)|euro\sstoxx\s?50|dax|cac\s?40|nikkei(?:\s?225)?|"
    r"hang\sseng(?:\sindex)?|asx\s?(?:200|50))(?:\sindex)?\b"
)
_EN_INDEX_ENTERED = re.compile(
    r"\b(?:into|in|to|join|joins|joining|enter|enters|entering|inclusion\sin|a\splace\sin|"
    r"a\sspot\sin|a\sseat\sin)\s" + _EN_INDEX
)
_ZH_INDEX_ENTERED = re.compile(
    r"(?:纳入|入选|进入|跻身|加入|被纳入|成功纳入|调入)(?:了)?(?:标普500|标普|沪深300|中证500|中证1000|上证50|"
    r"上证180|恒生指数|恒指|恒生科技指数|MSCI|msci|富时|纳斯达克100|道琼斯|创业板指)(?:指数)?(?:成分股|样本股)?"
)


def index_entered(folded: str, s: int, e: int, lang: str) -> tuple[int, int] | None:
    """A place in a stock-market index asked for in the clause [s, e) (decision 5965)."""
    m = (_EN_INDEX_ENTERED if lang == "en" else _ZH_INDEX_ENTERED).search(folded, s, e)
    return (m.start(), m.end()) if m else None


# A store's or a platform's own showcase the team's work is picked for: its front page, its editors'
# choice, its spotlight (decision 6711, the English side of 4998's 被平台选中): the platform's editors
# decide, as a chart's rater does (5024). Not a place the team buys or fills itself.
_EN_PLATFORM_PICK = re.compile(
    r"\b(?:get|gets|getting|be|being|is|are|become)\s(?:[a-z0-9'’&-]+\s){0,3}?"
    r"(?:featured|picked|selected|chosen|spotlighted|showcased|highlighted|promoted)\s"
    r"(?:on|in|by|for|as)\s(?:[a-z0-9'’&.-]+\s){0,4}?"
    r"(?:front[ -]page|home ?page|storefront|today tab|editors?['’]?s?['’]? (?:choice|picks?)"
    r"|staff picks?|spotlight|hero banner|main capsule|daily deal|new (?:and|&) noteworthy)\b"
)


def _given_from_outside(folded: str, s: int, e: int) -> tuple[int, int] | None:
    """An award won, the weather wished for (decision 4704) or a platform's showcase the work is
    picked for (decision 6711) in the clause [s, e)."""
    m = (
        _EN_HONOUR_WON.search(folded, s, e)
        or _EN_WISHED_WEATHER.search(folded, s, e)
        or _EN_PLATFORM_PICK.search(folded, s, e)
    )
    return (m.start(), m.end()) if m else None


def _third_party_ranking(item: Item, s: int, e: int) -> tuple[int, int] | None:
    """A ranking, listing, award or grant a third party decides ("Gartner MQ", "热搜榜",
    "专项补贴"), or the team's reputation ranked by a rater ("口碑进入行业测评前三"); not its own
    users or its reputation ranked first with no rater ("the place analysts trust first")."""
    folded, lang = item.folded, item.language
    listed = [
        t
        for t in in_clause(folded, s, e, "objective_rankings", lang)
        if not _own_workplace(folded, s, e, t)
    ]
    if listed:
        a, b, _ = listed[0]
        return a, b
    if lang == "zh" and (table := _ZH_INDUSTRY_TABLE.search(folded, s, e)) is not None:
        # "力争行业排名第一", "同行业排名进入前三": the industry's ranking table, drawn up by
        # others from the peers' results too (decisions 21, 5223); "稳居行业第一" names no table
        return table.start(), table.end()
    if lang == "zh" and (beaten := _ZH_OVER_RIVALS.search(folded, s, e)) is not None:
        # "市场份额超过竞争对手", "入境游客份额超过周边城市": a share beats the rivals only as
        # far as their own moves let it (PRINCIPLES.md: a competitor's moves; decision 5315)
        return beaten.start(), beaten.end()
    if lang == "en" and (chart := _platform_chart(item, s, e)) is not None:
        return chart
    said = [
        t
        for t in in_clause(folded, s, e, "objective_reputation", lang)
        if t[2] not in _OWN_STANDING or _RATER[lang].search(folded, s, e)
    ]
    if lang == "en":
        # "Achieve best-in-class recognition for our permitting process", "top recognition from
        # the state": recognition given for or by someone, an award others decide (decision
        # 1333); not "brand recognition" or a staff recognition programme
        said += [
            (m.start(), m.start() + 11, "recognition")
            for m in _EN_RECOGNITION.finditer(folded, s, e)
        ]
    if not said:
        return None  # (the ranks matter only with a standing said: not looked for, issue 13)
    ranks = [(q.start, q.end) for q in item.facts.quantities_in(s, e) if q.kind == "rank"]
    ranks += [(a, b) for a, b, _ in in_clause(folded, s, e, "objective_rank_terms", lang)]
    if ranks and not _served_say_so(item, s, said[0][0]):
        if said[0][2] == "recognition":  # "best in class recognition": the rank comes first
            return min(said[0][0], min(a for a, _ in ranks)), said[0][1]
        return said[0][0], max(said[0][1], max(b for _, b in ranks))
    return None


# "a great place to work" said of the team's own workplace is the place its people want to be
# (decision 94), not the certification of that name: only a certificate, a list, an award, a
# survey or a ranking said beside it names the rater (decision 5567).
_EN_RATER_NAMED = re.compile(
    r"\b(?:certif\w{0,8}|list|listed|listing|award\w{0,3}|survey|rank\w{0,4}|named|gptw)\b"
)


def _own_workplace(folded: str, s: int, e: int, term: tuple[int, int, str]) -> bool:
    a, _b, name = term
    return (
        name == "great place to work"
        and folded[max(s, a - 2) : a] == "a "
        and _EN_RATER_NAMED.search(folded, s, e) is None
    )


def _served_say_so(item: Item, s: int, at: int) -> bool:
    """The word of mouth is that of the people the team serves, named right before it
    ("成为本县学员口碑第一的驾校", "片区家长口碑第一"): their own verdict, which the team earns
    (decision 537), not a ranking drawn up by an industry body or the press."""
    if item.language != "zh":
        return False
    if _ZH_INDUSTRY_RANK.search(item.folded, s, item.core_span[1]):
        return False  # "用户口碑行业第一": ranked against the industry (decision 21)
    people = in_clause(item.folded, max(s, at - 4), at, "objective_people", "zh")
    return any(b == at for _a, b, _t in people)


# A chart (not "chart a course": a noun after a rank or before its spot), decision 4503.
_EN_CHART = re.compile(r"\bcharts?\b(?! (?:a|the|our|my) )")
# a chart the team draws is its own work: "Build a top 10 sales chart for our Amazon store"
_EN_CHART_MADE = re.compile(
    r"\b(?:build|create|design|draw|make|update|maintain|publish)\b[^,.;]{0,30}$"
)
_EN_CHART_RANK = re.compile(r"\btop[ -]?\d{1,3}\b|#\s?\d{1,3}\b|\bnumber one\b|\bno\. ?1\b")


def _platform_chart(item: Item, s: int, e: int) -> tuple[int, int] | None:
    """A rank on a platform's chart, the words in any order: "Get a Top 10 chart spot on
    Spotify", "Reach #1 on the Apple Podcasts comedy chart" (decision 4503); the span from the
    first of the three to the last."""
    folded = item.folded
    chart = _EN_CHART.search(folded, s, e)
    if chart is None:
        return None
    rank = _EN_CHART_RANK.search(folded, s, e)
    platforms = in_clause(folded, s, e, "objective_chart_platforms", "en")
    if rank is None or not platforms or _EN_CHART_MADE.search(folded, s, chart.start()):
        return None
    a, b, _ = platforms[0]
    return min(chart.start(), rank.start(), a), max(chart.end(), rank.end(), b)


# The industry's ranking table: 行业/同行(业)/业内/业界 then 排名/排行/名次 (decision 5223).
_ZH_INDUSTRY_TABLE = re.compile(
    r"(?:行业|同行业?|业内|业界)(?:内|中)?的?(?:综合|整体|总体)?(?:排名|排行|名次|排位)(?!报告|体系|方法|模型|规则|标准|数据)"
)
# A share or a volume measured against the rivals' (decision 5315).
_ZH_OVER_RIVALS = re.compile(ZH_BEATS_RIVALS)
_EN_RECOGNITION = re.compile(r"\brecognition (?:for|from|as|by)\b")
_ZH_INDUSTRY_RANK = re.compile(r"行业|同行|业内|业界|全网|榜")


# Words for the team's own standing or its own users, which rank nothing by themselves: "the
# place analysts trust first" (the data team's users), "打造行业口碑第一的客服团队" (an aspiration,
# as "成为全国第一的社区团购品牌"). A rater or a report in the clause makes them a third party's
# ranking (decision 576, narrowing decision 55).
_OWN_STANDING = frozenset({"口碑", "声誉", "美誉度", "reputation", "analysts", "analyst"})
_RATER = {
    "zh": re.compile(r"榜|排名|排行|评选|评比|评级|测评|指数|行业报告|研究报告|研究机构|第三方"),
    "en": re.compile(
        r"\b(?:quadrant|wave|ranking|rankings|ranked|rated|rating|ratings|survey|index|"
        r"industry analysts?|analyst firms?|analyst reports?|industry reports?)\b"
    ),
}


def _outside_force(item: Item, s: int, e: int) -> tuple[int, int] | None:
    """A market force the objective wants to move ("提升股价"), unless it manages exposure."""
    folded, lang = item.folded, item.language
    forces = in_clause(folded, s, e, "objective_outside_forces", lang)
    if lang == "zh":  # a word of its own: "利率", not the end of "毛利率"
        starts = item.facts.token_starts
        # a force of four characters is no word's tail: "家电市场回暖" (jieba glues 家电市场;
        # decision 4728)
        forces = [f for f in forces if f[0] in starts or f[1] - f[0] >= 4]
    if not forces:
        return None
    if item.facts.terms("objective_mitigation"):
        return None
    moved = in_clause(folded, s, e, "objective_force_changes", lang) or in_clause(
        folded, s, e, "objective_target_verbs", lang
    )
    if not moved:
        return None
    a, b, _ = forces[0]
    return a, b


# A verb of outdoing another seller at its own sales (decision 4512): "Outsell Tesla and Sunrun
# in our zip codes", "Overtake Nike in running-shoe sales".
_EN_OUTDO = re.compile(
    r"\b(?:outsell|outsells|outselling|overtake|overtakes|overtaking|outgrow|"
    r"outgrows|outgrowing)\s+"
)
_EN_OWN_RECORD = re.compile(r"(?:our|my|last|this|the)\b")


def _outdone_rival(item: Item, s: int, e: int) -> tuple[int, int] | None:
    """A rival named (a capitalised name no English list knows) or called a competitor or rival,
    right after a verb of outselling or overtaking: what it sells decides the result as much as
    the team does (decision 4512). Not the team's own record ("Outsell last year's record")."""
    m = _EN_OUTDO.search(item.folded, s, e)
    if m is None:
        return None
    named = in_clause(item.folded, m.end(), min(e, m.end() + 24), "objective_competitors", "en")
    if named:
        return m.start(), named[0][1]  # "Outsell our competitors", "Overtake every rival"
    if _EN_OWN_RECORD.match(item.folded, m.end()):
        return None
    rest = item.plain[m.end() : e]
    first = re.match(r"(?:every |each |all |the )?([A-Za-z][\w&'’.-]*)", rest)
    if first is None:
        return None
    name = first.group(1)
    if not (name[0].isupper() and not known_word(name)):
        return None
    return m.start(), m.end() + first.end()


# People or deals lost to a rival (decision 4849): "Stop losing customers to CheapCell's new
# plan", "Stop losing deals to competitors": what the rival offers decides it (PRINCIPLES.md: a
# competitor's moves). Lost to something of the team's own ("losing customers to slow support")
# or to no one named ("losing staff to burnout") is not matched.
_EN_LOST_TO = re.compile(
    r"\b(?:lose|loses|losing|lost|leaking|bleeding)\s(?:[a-z'’-]+\s){1,3}?to\s(?:the\s)?"
)


def _lost_to_rival(item: Item, s: int, e: int) -> tuple[int, int] | None:
    """People or deals lost to a competitor or a capitalised rival's name (decision 4849)."""
    m = _EN_LOST_TO.search(item.folded, s, e)
    if m is None:
        return None
    named = in_clause(item.folded, m.end(), min(e, m.end() + 24), "objective_competitors", "en")
    if named:
        return m.start(), named[0][1]
    first = re.match(r"([A-Z][\w&.-]*)(?:['’]s\b)?", item.plain[m.end() : e])
    if first is None or (known_word(first.group(1)) and not first.group().endswith("s")):
        return None
    return m.start(), m.end() + first.end()


def _competitor_action(folded: str, s: int, e: int, lang: str) -> tuple[int, int] | None:
    """A competitor followed closely by an action only it can take ("竞争对手退出")."""
    gap = _ZH_GAP if lang == "zh" else _EN_GAP
    competitors = in_clause(folded, s, e, "objective_competitors", lang)
    if not competitors:
        return None  # (most clauses: their actions are not looked for, issue 13)
    actions = in_clause(folded, s, e, "objective_competitor_actions", lang)
    for a, b, _ in competitors:
        for c, d, _ in actions:
            if b <= c <= b + gap:
                return a, d
    return None


# -- regulators and markets that move on their own (decisions 4042, 4043) --------------------

# The one asked to act before the regulator ("Get the FDA to approve", "让药监局批准"), or the
# regulator as the clause's subject ("The FDA clears our device").
_EN_CAUSE = re.compile(r"\b(?:get|have|persuade|convince|make|push|lobby)\s+$")
_ZH_CAUSE = re.compile(r"(?:让|使|促使|说服|请|求)$")
_LEAD_IN = {
    "en": re.compile(r"^\W*(?:(?:we\s+)?hope\s+(?:that\s+)?)?(?:the\s+)?$"),
    "zh": re.compile(r"^\W*(?:希望|但愿|盼望|盼着|争取让|让|使)?$"),
}


# A review, an inspection or an audit come through with a clean verdict (decisions 6324, 6325):
# "Clear the spring inspection with nothing to fix", "Get through the ombudsman's review with no
# sanctions", "Pass the Ofsted visit with no actions". The clean verdict is a standard met without
# exception: an end state (6324). Whose verdict it is decides control (6325): a regulator's,
# named in the clause, is not the team's to give.
EN_CLEAN_VERDICT = re.compile(
    r"(?<![a-z])(?:pass|clear|get\s+through|come\s+through|sail\s+through|survive)\s+"
    r"(?:(?:the|our|this\s+year['’]s|next|every|each|any)\s+)?(?:[a-z0-9'’-]{1,20}\s+){0,4}?"
    r"(?:inspections?|reviews?|audits?|visits?|assessments?|investigations?|inquiry|enquiry)"
    r"(?:\s+by\s+(?:the\s+)?(?:[a-z'’-]{1,20}\s+){0,2}?[a-z'’-]{2,20})?"
    r"\s+(?:with|and)\s+(?:nothing\s+(?:to\s+fix|outstanding|flagged)|a\s+clean\s+"
    r"(?:report|sheet|bill\s+of\s+health|record)|(?:no|zero)\s+(?:[a-z'’-]{1,20}\s+){0,2}?"
    r"(?:findings?|sanctions?|actions?|breaches|fines?|penalt(?:y|ies)|notices?|points|"
    r"recommendations|issues|defects|observations|non-?conformit(?:y|ies)))\b"
)


def _regulator_verdict(folded: str, s: int, e: int, lang: str) -> tuple[int, int] | None:
    """A clean verdict whose giver is a regulator named in the clause (decision 6325)."""
    if lang != "en":
        return None
    m = EN_CLEAN_VERDICT.search(folded, s, e)
    if m is None or not in_clause(folded, m.start(), m.end(), "objective_regulators", lang):
        return None
    return m.start(), m.end()


def _regulator_decision(folded: str, s: int, e: int, lang: str) -> tuple[int, int] | None:
    """A regulator or government body made to decide, or deciding as the subject: "Get the FDA
    to approve our lead candidate's IND", "让药监局批准我们的临床试验申请" (PRINCIPLES.md: regulators).
    An approval won, said as a noun ("Win FDA approval", "获得药监局批准"), stays the team's
    result (decision 55)."""
    deciders = in_clause(folded, s, e, "objective_regulators", lang)
    if not deciders:
        return None
    verbs = in_clause(folded, s, e, "objective_regulator_decisions", lang)
    gap = 8 if lang == "zh" else 12
    for a, b, _ in deciders:
        before = folded[s:a]
        if lang == "en":
            before = re.sub(r"\b(?:the|our|state|federal|local)\s+$", "", before)
            asked = _EN_CAUSE.search(before) is not None
        else:
            asked = _ZH_CAUSE.search(before) is not None
        if not asked and not _LEAD_IN[lang].match(before):
            continue
        for c, d, _ in verbs:
            between = folded[b:c]
            if b <= c <= b + gap and "，" not in between and "," not in between:
                if lang == "en" and not re.fullmatch(r"\s*(?:to\s+|will\s+|finally\s+)?", between):
                    continue
                return a, d
    return None


# A policy instrument made to change, with no one named to change it (decision 5084): "Get
# tariffs on imported steel lowered", "Have the sugar tax scrapped", "Get the import quota
# raised for our mills". A government or regulator takes that decision, as in "Get the FDA to
# approve …" (4042). The team's own prices and fees ("Get our delivery fee lowered") are not a
# policy's; a tax the team files or pays on time ("Get the VAT return filed") names no change.
_EN_POLICY_CHANGED = re.compile(
    r"^\W{0,10}(?:get|have|see)\s+(?:the\s+|this\s+|that\s+)?(?:[a-z'’-]+\s+){0,2}?"
    r"(?P<thing>[a-z]+(?:\s[a-z]+)?)\s(?:(?:on|for|against|in)\s(?:[a-z0-9'’-]+\s){1,4}?)?"
    r"(?P<verb>lowered|cut|reduced|raised|increased|lifted|removed|repealed|scrapped|dropped|"
    r"waived|changed|relaxed|eased|extended|suspended|reinstated|abolished|overturned)\b"
)


def _policy_changed(folded: str, s: int, e: int) -> tuple[int, int] | None:
    """A policy instrument made to change in the clause [s, e) (decision 5084)."""
    m = _EN_POLICY_CHANGED.match(folded, s, e)
    if m is None:
        return None
    thing = m.group("thing")
    instruments = word_set("objective_policy_instruments", "en")
    last = thing.split()[-1]
    if thing not in instruments and last not in instruments:
        return None
    return m.start("thing"), m.end("verb")


_ZH_PRICE = re.compile(r"(?P<thing>[\u4e00-\u9fff]{0,6}?)(?:价格|价|行情)")
_EN_PRICE = re.compile(r"(?<![a-z-])(?:the\s+)?(?:market\s+)?(?:[a-z-]+\s+){0,2}?prices?\b")
_EN_PRICE_OF = re.compile(r"\s*(?:(?:of|for)\s+(?:[a-z-]+\s+){1,3})?")
_EN_OWN_PRICE = re.compile(r"\b(?:our|my|selling|sale|sales|average|unit|list|ticket|retail)\b")
_ZH_OWN_PRICE = re.compile(r"我们|我|本店|本公司|公司|自家|门店|产品|菜品")
_POLICY = {
    "en": re.compile(
        r"^\W*(?:(?:we\s+)?hope\s+(?:that\s+)?)?(?:the\s+)?(?:government|state|federal|national|"
        r"public|local|county|city|provincial)\s+polic(?:y|ies)\s+(?:changes?|shifts?|moves?|"
        r"turns?|favou?rs?|loosens?|relax(?:es)?|supports?|swings?)\b"
    ),
    "zh": re.compile(
        r"^\W*(?:希望|但愿|盼望|让|使)?(?:政府|国家|地方|省里|市里|县里|上级)的?政策"
        r"[\u4e00-\u9fff]{0,10}?(?:倾斜|放宽|放开|松绑|利好|调整|改变|转向|支持)"
    ),
}


def _moves_on_its_own(item: Item, s: int, e: int) -> tuple[int, int] | None:
    """The objective asks a market price or a government's policy to move by itself: "明年猕猴桃
    价格不跌", "Milk prices recover by the autumn", "Government policy changes to favour rural
    water access" (PRINCIPLES.md: the market, regulators). The team's own price or a measure of it
    ("客单价不回落", "Raise our prices by 5%", "保持菜品价格稳定") and work on it ("Reduce our exposure
    to price swings") are not read: only a price or a policy that opens the clause."""
    folded, lang = item.folded, item.language
    start = s + len(folded[s:e]) - len(folded[s:e].lstrip())
    policy = _POLICY[lang].match(folded, start, e)
    if policy is not None:
        return start, policy.end()
    moves = in_clause(folded, s, e, "objective_price_moves", lang)
    if not moves:
        return None
    if lang == "zh":
        lead = re.match(r"(?:希望|但愿|盼望|让|使)?", folded[start:e])
        at = start + (lead.end() if lead else 0)
        m = _ZH_PRICE.match(folded, at, e)
        if m is None or _ZH_OWN_PRICE.search(m.group("thing")):
            return None
        if any(m.group(0).endswith(w) for w in words("objective_own_prices", "zh")):
            return None
    else:
        lead = re.match(r"(?:(?:we\s+)?hope\s+(?:that\s+)?)?", folded[start:e])
        at = start + (lead.end() if lead else 0)
        m = _EN_PRICE.match(folded, at, e)
        if m is None or _EN_OWN_PRICE.search(m.group(0).split("price")[0]):
            return None
    for c, d, _ in moves:
        if c == m.end() or (lang == "en" and _EN_PRICE_OF.fullmatch(folded, m.end(), c)):
            return at, d
    return None


# A verb of riding what moves on its own, then a market's movement as its object (decision
# 4980): "Benefit from the DRAM price recovery", "Ride the memory upcycle", "Cash in on the
# housing boom". The team's own ("our sales recovery") and a purpose after the movement ("… to
# become the go-to app") are not read: only an objective that says nothing more.
_EN_RIDDEN = re.compile(
    # (a bounded run of marks before the verb, as _EN_GENERIC_FACULTY's)
    r"\W{0,10}(?:benefit(?:s|ing)?\s+from|profit(?:s|ing)?\s+from|capitali[sz]e\s+on|cash\s+in\s+on|"
    r"take\s+advantage\s+of|ride)\s+(?:the\s+)?(?P<obj>(?:[a-z0-9][a-z0-9&-]*\s+){0,4}?"
    r"[a-z-]+(?:\s+[a-z-]+)?)\W*$"
)


def _market_ridden(folded: str, s: int, e: int) -> tuple[int, int] | None:
    """The objective rides a market movement (objective_market_moves), nothing more (4980)."""
    m = _EN_RIDDEN.match(folded, s, e)
    if m is None:
        return None
    obj = m.group("obj")
    if re.search(r"\b(?:our|my|us|we)\b", obj):
        return None
    joined = " " + obj + " "
    if any(f" {w} " in joined for w in words("objective_market_moves", "en")):
        return m.start("obj"), m.end("obj")
    return None
