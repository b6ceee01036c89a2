"""objective-is-metric: an objective that reads as a KPI ("销售额提升30%", "Reach $2M ARR")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from coach.draft import Draft, Item
from coach.facts.shape import en_verb_class
from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule, voice
from coach.text import fold
from coach.wordlists import find_terms, longest_first, mapping, mapping_keys, word_set, words
from rules._draft_structure import renumber_label, set_owner
from rules._objective_shape import (
    EN_DIGITS_GROWTH,
    bad_events,
    core,
    every_one_zh,
    has_bad_event,
    kpi_parts,
    means_or_slogan,
    metric_objective,
    topic_head,
)
from rules._objective_text import MetricClause, core_start, metric_clauses

# Where the objective's words do not say what the number stands for, the rewrite asks (an
# objective that is only "[Drive breakthrough growth in] revenue" is still the metric).
_ASK = {
    "zh": "达到这个数字，对你服务的人意味着什么？把它写成一句话，作为目标。",
    "en": "What would reaching this number mean for the people you serve? Say it in one "
    "sentence as the objective.",
}
# ... and when the objective names a measure without any number ("提高中考成绩", "Reduce
# churn"): there is no "this number" to reach; the measure moves below, its target still to
# set (decision 427).
_ASK_UNFIGURED = {
    "zh": "如果“{metric}”实现了，这对你服务的人意味着什么？把它写成一句话，作为目标；“{metric}”"
    "移到下面，写成关键结果“{kr}”。",
    "en": "If “{metric}” goes the way you want, what does that mean for the people you serve? "
    "Say it in one sentence as the objective; “{metric}” moves below as the key result “{kr}”.",
}
# ... and when a key result below already measures it (decision 674): nothing moves.
_ASK_MEASURED = {
    "zh": "如果“{metric}”实现了，这对你服务的人意味着什么？把它写成一句话，作为目标；下面的关键结果已经在"
    "衡量“{metric}”。",
    "en": "If “{metric}” goes the way you want, what does that mean for the people you serve? "
    "Say it in one sentence as the objective; a key result below already measures it.",
}
# The target a KPI named without a number still needs in its key result.
_TARGET = {"zh": "（从[基线]到[目标值]）", "en": " from [baseline] to [target]"}
_TARGET_SLOTS = {"zh": ["[基线]", "[目标值]"], "en": ["[baseline]", "[target]"]}
_ZH_PARTICLES = "的到至了为达以上左右约从"
# Verbs of keeping a level ("Maintain 99.9% uptime"): not targets, but not the topic either.
_KEEP_VERBS = {"maintain", "keep", "sustain", "hold"}
_KEEP_VERBS_ZH = ("保持", "维持")
# Target verbs that name the work itself rather than a direction ("Hire the 45 people …"): the
# objective keeps its own verb once the figure is gone ("Hire the people the plan says we need"),
# where a growth template would read "[Drive breakthrough growth in] the people …".
_EN_ACTION_VERBS = {
    "sign", "close", "win", "land", "onboard", "hire", "recruit", "acquire", "sell", "book",
    "convert", "retain", "serve", "save", "earn", "generate",
}  # fmt: skip
_SEPARATORS = " ，,；;、"
_EN_LINKS = {"by", "to", "from", "of", "at", "with", "and", "than", "in", "over", "for"}
_EN_COMPARATORS = {"above", "below", "under", "over", "beyond", "least", "most", "more", "less"}
_NOTE = {
    "zh": "数字移到新的关键结果里；目标用一句话写出达到它意味着什么。",
    "en": "The number moves into a new key result; the objective says in words what reaching "
    "it would mean.",
}
# ... when the rewrite offers a direction of its own (rules/data/<lang>/objective_directions).
_NOTE_DIRECTION = {
    "zh": "“{metric}”留作关键结果（移到了下面）；目标换成它背后想达到的状态。这句只是建议，"
    "请按团队的实际改写。",
    "en": "Keep “{metric}” as a key result (moved below); the objective now says what reaching it "
    "would mean. The wording is a suggestion: make it your team's own.",
}


# ... when the objective names a measure without a number: the note quotes the key result that
# moves below, with its skeleton (decision 935).
_NOTE_MOVED = {
    "zh": "新的关键结果{krs}移到了下面；目标用一句话写出它背后想达到的状态。{own}",
    "en": "New key result below: {krs}; the objective says in words what reaching it would "
    "mean.{own}",
}
_NOTE_OWN = {
    "zh": "这句只是建议，请按团队的实际改写。",
    "en": " The wording is a suggestion: make it your team's own.",
}
# ... when the objective wants a piece of work done fast: the time it takes is the number.
# ... when a key result already measures it (decision 589).
_NOTE_MEASURED = {
    "zh": "下面的关键结果已经在衡量“{metric}”，不再加一条；目标换成它背后想达到的状态。这句只是建议，"
    "请按团队的实际改写。",
    "en": "A key result below already measures “{metric}”, so none is added; the objective now "
    "says what reaching it would mean. The wording is a suggestion: make it your team's own.",
}
_NOTE_SPEED = {
    "zh": "所用的时间移到新的关键结果里（“Time to …”）；目标用文字保留要达到的状态。这句只是建议，"
    "请按团队的实际改写。",
    "en": "How long it takes moves into a new key result (“Time to …”); the objective keeps the "
    "aim in words. The wording is a suggestion: make it your team's own.",
}


class ObjectiveIsMetric(Rule):
    """What it does: flags an objective that is only a KPI, with or without a number
    (PRINCIPLES.md; docs/principles.md decisions 18 and 26):

    - a number target and nothing else: a percentage, a multiple, an amount or a count to
      reach ("销售额提升30%", "用户增加一倍", "Grow revenue 30%", "NRR 110%", "Two-day delivery to
      90% of US addresses");
    - a measure named and only moved, without a number: "Increase revenue", "Reduce churn",
      "Premium conversion", "Fewer returns", "提升客户满意度", "降低成本", "良品率提上去",
      "把投诉降下来", "零质量事故";
    - the speed of one named process: "Faster ramp for new SDRs", "Ship faster", "新人上手更快".

    The measures come from the fact layer (`item.facts.kpis`: the measure names and the metric
    library's names in both languages, and Chinese words ending in 率) and the bad events of
    kr-negative-phrasing; a generic quality is not a measure ("提升测试效率", "Improve design
    quality" are generic improvements: objective-not-inspiring's case).

    Not flagged: a qualitative direction beside the number ("深耕华南渠道，实现季度营收增长25%",
    "打造最受欢迎的会员体系，付费会员数翻番"), an aspirational marker ("Make Q3 the biggest
    quarter in company history", "进入行业前3名"), an end state seen from the people served
    ("让产品经理自己就能回答80%的数据问题"), work counted ("Hire the 45 people the plan says we
    need": a flat objective, not a KPI), and numbers that are not targets: dates and quarters
    ("Q3", "9月1日前"), names and standards ("5G", "SOC 2"), ranks ("Top 3", "前3名"), versions
    ("2.0"), notes in brackets after the objective ("[0.6]", "（权重 20%）"). A number counts
    when its clause has a target verb (提升, 达到, grow, reach, sign …) or names a measure, when
    it is an explicit multiple (翻番, double) or a share of a population ("90% of …").

    Why is this bad? The seed: objectives are qualitative (定性的); "销售额提升30%" is one of its
    "not so good" objectives. The number is how you will know you got there: a key result. An
    objective says where to go and why it matters, so that people want to go there.

    Use instead: a qualitative objective on the same topic, with the measure moved into a new
    key result (the fix does both: the objective keeps its own direction without the figures
    where it has one, else gets the direction the metric stands for — "降低成本" -> "每一分钱都花在
    刀刃上", from rules/data/<lang>/objective_directions — offered as a suggestion to make the
    team's own, else the question of what reaching the number would mean; a measure named
    without a number gets [baseline]/[target] placeholders in its key result).
    """

    id = "objective-is-metric"
    target = "objective"
    severity = "warning"
    category = "direction"
    issue_type = "non-conformance"
    fix = "always"
    similar_examples = True
    model_label = "objective-is-metric"
    model_message = {
        "zh": "这个目标读起来是一个指标，目标应当是定性的（模型判断）。",
        "en": "This objective reads as a metric; objectives should be qualitative (the model's reading).",
    }
    principle = {
        "zh": "目标是定性的；“销售额提升30%”不是一个好目标",
        "en": "Objectives are qualitative: “Grow revenue 30%” is a key result, not an objective",
    }
    message = {
        "zh": "这个目标写成了一个指标（“{metric}”）：目标应当是定性的，{move}。",
        "en": "This objective is a metric (“{metric}”): keep the objective qualitative and {move}.",
    }
    explanation = {
        "zh": "目标回答“我要去哪里”，是定性的、鼓舞人心的描述，例如“打造公司历史上最成功的销售推广活动”；"
        "“销售额提升30%”“用户增加一倍”这样的数字是衡量进展的关键结果。把数字移到关键结果里，"
        "再用一句话写出这个数字背后想达到的状态。",
        "en": "An objective says where you want to go, in words that make people want to go "
        "there (“Make this our most successful sales campaign ever”). A number such as “Grow "
        "revenue 30%” is how you will know you got there: a key result. Move the number into a "
        "key result and say in the objective what reaching it would mean.",
    }
    examples = (
        Example("zh", "«销售额提升30%»。", True),
        Example("zh", "«用户增加一倍»。", True),
        Example("zh", "«提升居民参与度»", True, note="与 inside 参与度 joins nothing (455)"),
        Example(
            "zh", "«组内新人快速上手»", True, note="the speed of one process (456)", workshop=False
        ),
        Example("zh", "«确保完成全年经营指标»", True, note="a commitment changes nothing (455)"),
        Example("zh", "«xx产品收入增加到XX元»。", True),
        Example("zh", "«提高35%的社交媒体互动量»", True),
        Example("zh", "本季度«新签企业客户20家»", True),
        Example("zh", "«提高门店复购率»", True, note="a KPI without a number (decision 18)"),
        Example("zh", "«把退货率降下来»", True),
        Example("zh", "«零安全事故»", True),
        Example(
            "zh",
            "«新员工上手更快»",
            True,
            note="the speed of one process (decision 26)",
            workshop=False,
        ),
        Example("zh", "«体重减到55公斤»", True, note="a verb in 到 before a number sets a level"),
        Example("zh", "«提升线上销售占比»", True, note="a measure named by its head, 占比"),
        Example("zh", "«门店销售额同比增长12%»", True, note="销售额 is a measure, not sales staff"),
        Example("zh", "«完成销售额800万元»", True, note="money after a verb of work (decision 60)"),
        Example("zh", "拿下xx市场！", False, note="decision 6230", workshop=False),
        Example("zh", "完成季度招聘任务10人", False, note="work counted (decision 50)"),
        Example("zh", "提升产品质量", False, note="质量 is a generic quality (decision 48)"),
        Example("zh", "打造公司历史上最成功的销售推广活动。", False),
        Example("zh", "超前完成xx项目。", False, note="decision 6230", workshop=False),
        Example("zh", "提高品牌认可度和知名度", False),
        Example("zh", "2026年成为华东地区第一的冷链物流服务商", False),
        Example("zh", "推出5G套餐，让用户爱上我们的网络", False),
        Example(
            "zh",
            "进入行业前3名",
            False,
            note="a rank, no measure (decision 21 reads rankings)",
            workshop=False,
        ),
        Example("zh", "«线上商城月销过万»", True, note="crossing a bare scale (decision 100)"),
        Example("zh", "«堂食日销稳定在300碗»", True, note="a measure word counts (decision 100)"),
        Example("zh", "«退款及时率保持95%以上»", True, note="a rate jieba cuts off its word"),
        Example("zh", "«会员复购率冲进区域前五»", True, note="a measure's rank (decision 100)"),
        Example("zh", "«门店好评率稳居大区第一»", True, note="the marker is the measure's rank"),
        Example("zh", "成为全国第一的社区团购品牌", False, note="a rank of the team's own brand"),
        Example(
            "zh",
            "«工单流转更及时»",
            True,
            note="the speed of one process (decision 26)",
            workshop=False,
        ),
        Example("zh", "读书破万卷，下笔如有神", False, note="an idiom's count, not a level"),
        Example(
            "zh",
            "«提高订单履约及时率»",
            True,
            note="a verb inside the measure's name (decision 116)",
        ),
        Example("zh", "«提升应付账款周转率»", True, note="decision 116"),
        Example(
            "zh", "«会员规模做到百万级»", True, note="an order of magnitude to reach (decision 116)"
        ),
        Example("zh", "«直营店坪效做到全省第一»", True, note="a measure's rank (decision 116)"),
        Example("zh", "«经营性现金流转正»", True, note="a measure turned positive (decision 116)"),
        Example("zh", "拿下一个千万级项目", False, note="千万级 sizes the project"),
        Example(
            "zh",
            "«读者平均阅读时长增加到8分钟»",
            True,
            note="people naming a measure (decision 187)",
        ),
        Example(
            "zh", "Q4前«将学员退费率压到3%以内»", True, note="退|费率 is one rate (decision 187)"
        ),
        Example("zh", "«提升门店到店频次»", True, note="频次 heads a measure (decision 187)"),
        Example("zh", "让读者愿意在每篇文章上多停留", False, note="the people act (decision 187)"),
        Example(
            "zh", "«提升会员复购，降低退货率»", True, note="each clause a measure (decision 191)"
        ),
        Example("zh", "«控制门店能耗»", True, note="控制 moves a measure (decision 191)"),
        Example("zh", "提升会员复购，让老顾客愿意带朋友来", False, note="a qualitative clause"),
        Example(
            "zh", "«毛利目标：1200万»", True, note="a measure labels the figure (decision 121)"
        ),
        Example("zh", "«学员人数再创新高»", True, note="a measure's record (decision 121)"),
        Example(
            "zh", "«把退货率压到万分之五»", True, note="per ten thousand is a figure (decision 121)"
        ),
        Example(
            "zh", "客户满意度：让每位客户都愿意回来", False, note="an end state after the label"
        ),
        Example("zh", "深耕华南渠道，实现季度营收增长25%", False),
        Example("zh", "打造最受欢迎的会员体系，付费会员数翻番", False),
        Example("zh", "提升测试效率", False, note="a generic improvement, not a KPI"),
        Example("zh", "«让获客转化率再高一些»", True, note="a measure made higher (decision 235)"),
        Example("zh", "«达成下半年回款指标»", True, note="a measure's target met (decision 235)"),
        Example("zh", "«提升单线产能»", True, note="产能 is a measure (decision 235)"),
        Example("zh", "让店员更有底气", False, note="the team made more, decision 101"),
        Example("zh", "完成新仓启用目标", False, note="a piece of work, not a measure"),
        Example("zh", "让顾客收到的每一件衣服都零瑕疵", False, note="a promise (decision 236)"),
        Example("zh", "«团队留存变好»", True, note="a measure only made better (decision 311)"),
        Example("zh", "供应链更稳、更省", False, note="a list of qualities (decision 311)"),
        Example("zh", "«客单价过百»", True, note="crossing a hundred (decision 315)"),
        Example("zh", "读书破万卷", False, note="an idiom's count of things (decision 315)"),
        Example(
            "zh",
            "«实现分公司扭亏为盈»",
            True,
            note="a profit's state reached (decision 342)",
            workshop=False,
        ),
        Example(
            "zh", "今年«做到收支平衡»", True, note="a measure's level, nothing else (decision 342)"
        ),
        Example("zh", "«少儿舞蹈班招生满额»", True, note="a quota filled (decision 342)"),
        Example("zh", "让小店靠回头客慢慢盈利", False, note="a way to profit, not only its level"),
        Example("zh", "«社区图书角借阅量增长»", True, note="借阅|量 is a volume (decision 342)"),
        Example("en", "«Grow revenue 30%» in Q3", True),
        Example("en", "«Increase MQLs» this quarter", True, note="a funnel count is a KPI"),
        Example("en", "«Reach $2M ARR»", True),
        Example("en", "«Double the user base»", True),
        Example("en", "«Achieve an NPS of 50»", True),
        Example("en", "«Sign 50 new enterprise customers» by end of Q3", True),
        Example("en", "«Reduce churn»", True, note="a KPI without a number (decision 18)"),
        Example("en", "«Net revenue retention»", True),
        Example("en", "«Faster ramp for new SDRs»", True, note="decision 26", workshop=False),
        Example("en", "«Increase the number of volunteers»", True, note="a count named as such"),
        Example("en", "«Boost newsletter open rates»", True, note="a measure in the plural"),
        Example("en", "«Weekly active users up 20%»", True, note="users inside a measure's name"),
        Example("en", "Win the enterprise market", False),
        Example("en", "Make Q3 2026 our best sales quarter ever", False),
        Example(
            "en",
            "Be the vendor security teams approve first time",
            False,
            note="was 'Achieve SOC 2 Type II compliance': a certification is work (decision 583)",
        ),
        Example("en", "Launch our Web3 wallet for power users", False),
        Example("en", "Become a top 3 vendor in APAC", False),
        Example("en", "Double down on the enterprise segment", False),
        Example("en", "Customers never have to explain their problem twice", False),
        Example("en", "Cut cloud spend without slowing anyone down", False),
        Example("en", "Improve design quality", False, note="a generic improvement, not a KPI"),
        Example("en", "Improve the indexing pipeline", False, note="a system, decision 129"),
        Example(
            "en", "Improve security awareness", False, note="a quality of people, decision 360"
        ),
        Example("en", "«Increase flu vaccinations»", True, note="a count named (decision 444)"),
        Example("en", "Grow our managers", False, note="people developed, not counted (444)"),
        Example("en", "«Raise brand awareness in the Nordics»", True),
        Example(
            "en",
            "Get into a top-10 design school",
            False,
            note="a rank inside an aspiration, no KPI (decision 259)",
        ),
        Example(
            "zh",
            "«營收成長»",
            True,
            note="成长 moves a measure; traditional script (409)",
            workshop=False,
        ),
        Example("zh", "«会员数成长»", True, note="decision 409"),
        Example("zh", "团队成长", False, note="no measure named (decision 409)"),
        Example("zh", "«降本»", True, note="short for 降低成本 (decision 409)"),
        Example("zh", "持续降本，让客户用得起", False, note="a direction for customers too"),
        Example("zh", "«养老院床位住满»", True, note="an occupancy state (decision 401)"),
        Example("zh", "让每张床位都住满幸福的老人", False, note="seen from the residents (401)"),
        Example("en", "Parents trust us more", False, note="how they feel: an end state (423)"),
        Example("en", "«Customers pay us faster»", True, note="days to pay, a measure moved"),
        Example("en", "«Increase e-book lending»", True, note="an amount lent (decision 525)"),
        Example("en", "«Raise money»", True, note="the amount raised (decision 525)"),
        Example(
            "en",
            "Every injured skier reached fast",
            False,
            note="a standard for each person served, not a speed KPI (decision 526)",
        ),
        Example("en", "«Grow contributors»", True, note="people who join, counted (1112)"),
        Example("zh", "«增加用户»", True, note="decision 1112"),
        Example("zh", "«提高利润率»", True, note="its direction is profit, not growth (1111)"),
        Example("en", "«Reduce non-revenue water»", True, note="asked, no revenue line (1111)"),
        Example("en", "«Raise my test scores»", True, note="a student's measure (decision 1040)"),
        Example("en", "«Keep churn low»", True, note="a verb and its particle (decision 1040)"),
        Example("en", "«Fill every bed on the ward»", True, note="a rate at 100% (decision 1241)"),
        Example("en", "«Close the attainment gap between the two schools»", True, note="1242"),
        Example("en", "Fill every open role with someone great", False, note="hiring (1241)"),
        Example("zh", "«把拖欠的货款都收回来»", True, note="collection rate (decision 1241)"),
        Example("en", "«Grow wholesale»", True, note="a line of business (decision 1041)"),
        Example("en", "Grow the team", False, note="the team is no line of business (1041)"),
        Example("en", "«Get patients seen on time»", True, note="an on-time share (1042)"),
        Example("en", "Deliver the migration on time", False, note="one piece of work (1042)"),
        Example("zh", "«少出错少挨罚»", True, note="fewer bad events only (decision 1043)"),
        Example("zh", "少熬夜，多运动", False, note="a second, positive aim (decision 1043)"),
        Example("en", "«Reduce missed deliveries at the depot»", True, note="lapses (1312)"),
        Example("en", "«Shorten refund times»", True, note="a duration brought down (1312)"),
        Example("zh", "«抖音号涨粉»", True, note="a verb and its measure in one word (1313)"),
        Example("en", "«Improve on-time arrivals»", True, note="the on-time rate (1318)"),
        Example("zh", "«获取10万用户»", True, note="people won, counted (decision 1443)"),
        Example("en", "«Attract 50,000 new members»", True, note="decision 1443"),
        Example("zh", "培训5000名用户", False, note="work done with people (decision 1443)"),
        Example(
            "en",
            "Win the harbour families and grow lunch covers 20%",
            False,
            note="the marker's own phrase before and (1317)",
        ),
        Example(
            "zh", "«小程序日均下单用户数»", True, note="a longer scope, then the measure (1460)"
        ),
        Example("zh", "«减少货车空驶里程»", True, note="distance driven is a measure (1460)"),
        Example("zh", "«门店客流不下滑»", True, note="a level held (decision 1461)"),
        Example("zh", "«完成销售任务800万»", True, note="a quota named by its measure (1461)"),
        Example("zh", "«公众号粉丝突破5万大关»", True, note="a figure as a threshold (1461)"),
        Example("en", "«Cut unbilled hours»", True, note="a unit of time counted (decision 1462)"),
        Example("en", "«Shrink the repair backlog»", True, note="what waits, by its size (1462)"),
        Example("en", "«Grow walk-in sales»", True, note="a preposition inside a compound (1463)"),
        Example("zh", "«杂志发行量突破6万册»", True, note="a measure word of goods (1600)"),
        Example("zh", "«完成4000万营收»", True, note="万 glued to the measure (decision 1603)"),
        Example("zh", "«确保全年经营指标达成»", True, note="经营 names the figures (1603)"),
        Example("en", "«Occupancy above 88%»", True, note="a comparator before the figure (1602)"),
        Example("en", "«Membership growth»", True, note="a noun of the change (decision 1602)"),
        Example("en", "Personal growth", False, note="growth after no measure (decision 1602)"),
        Example("zh", "成为本地家长最信赖的少儿编程学校", False),  # decision 6230
        Example("zh", "今年拿下成渝两地的宠物医疗市场！", False),  # decision 6230
    )

    def check(self, item: Item, draft: Draft) -> list[Hit]:
        reading = metric_objective(item)
        if reading is None:
            return []
        s, e = core(item)
        if reading.numbered:
            found = [c for c in metric_clauses(item) if any(s <= q.start < e for q in c.quantities)]
            # a heading's figure in brackets after the core (decision 4420)
            a, b = reading.span
            found = found or [c for c in metric_clauses(item) if a <= c.start and c.end <= b]
        else:
            parts = kpi_parts(item) if item.language == "zh" else []
            found = [_kpi_clause(item, k.span, k.topic) for k in parts] or [
                _kpi_clause(item, reading.span, reading.topic)
            ]
        start, end = found[0].start, found[-1].end
        # The quote keeps a unit right after the figure ("NRR 110%", not "NRR 110": blind read 6).
        unit = _UNIT_AFTER.match(item.plain, end)
        metric = item.plain[start : unit.end() if unit else end]
        return [
            Hit(
                span=(start, end),
                args={"metric": metric, "move": _move(item, found)},
                fixes=[_fix(item, draft, found)],
            )
        ]


# What the message asks to move (decision 935): the number when the objective has one; the
# measure with its baseline and target when it names none ("Premium conversion" has no number
# to move); nothing when a key result below already measures it.
_MOVE = {
    "figure": {"zh": "把数字放进关键结果", "en": "move the number into a key result"},
    "measure": {
        "zh": "把这个指标移到关键结果里，写上基线和目标值",
        "en": "move the measure into a key result, with its baseline and target",
    },
    "measured": {
        "zh": "下面的关键结果已经在衡量它",
        "en": "let the key result below that already measures it carry the number",
    },
}


def _move(item: Item, found: list[MetricClause]) -> dict[str, str]:
    plain = item.plain
    if any(_figured(plain, c) for c in found):
        return _MOVE["figure"]
    if all(_measured_below(item, plain[c.start : c.end]) for c in found):
        return _MOVE["measured"]
    return _MOVE["measure"]


def _figured(plain: str, c: MetricClause) -> bool:
    """Whether the clause holds its figure, read or not ("NRR 110%", "进前三", "零事故"); a digit
    inside a measure's name is not one ("D30 retention", "P0故障": decision 935)."""
    return bool(c.quantities) or bool(
        re.search(
            r"(?<![A-Za-z\d])\d|前[一二三四五六七八九十]|第[一二三]|零|\bzero\b",
            plain[c.start : c.end],
            re.I,
        )
    )


_UNIT_AFTER = re.compile(r"[%％‰]|pp\b|pts?\b|个百分点")


def _kpi_clause(item: Item, span: tuple[int, int], topic: str) -> MetricClause:
    """A KPI named without a number, as a clause to move into a key result."""
    direction = item.facts.direction(*span)
    if direction in (None, "reach"):
        # "云成本降下来": a word of going down moves the measure down (decision 935)
        down = has_bad_event(item) or _DECREASE[item.language].search(item.plain[span[0] : span[1]])
        direction = "decrease" if down else "increase"
    return MetricClause(span[0], span[1], (), direction, topic or None)


def _fix(item: Item, draft: Draft, found: list[MetricClause]) -> Fix:
    lang = item.language
    plain = item.plain
    # "NRR 110%": a clause that stops before its figure's percent sign would leave "%" behind.
    found = [replace(c, end=c.end + _percent_after(plain, c.end)) for c in found]
    masked = item.facts.masked
    metric_spans = {(c.start, c.end) for c in found}
    cs, ce = core(item)  # notes in brackets after the objective stay as they are
    others = [
        (s, e)
        for s, e in item.facts.clauses
        if not any(a <= s and e <= b for a, b in metric_spans)  # a label inside ("营收目标：")
        and s < ce
        and e > cs
        and re.search(r"[\u4e00-\u9fffA-Za-z]", masked[s:e])
        and not topic_head(item, s, e)  # "安全生产，": the area heads the new wording (536)
        # "通过精细化运营，", "稳中求进，": a means or a slogan is no direction to keep (3966, 3967)
        and not means_or_slogan(item, s, e, found)
    ]
    placeholders: list[str] = []
    edits: list[LocalEdit] = []
    note = _NOTE[voice(lang)]
    asks = False
    how = ""
    if not others:
        first = found[0]
        text, how = _qualitative(plain, first, lang)
        if how == "own" and fold(text.strip()) == fold(plain[first.start : found[-1].end].strip()):
            # "Sell more cars" offered as its own rewrite: nothing changes, so ask (decision 792)
            text, how = _ASK[voice(lang)], "ask"
        if how == "direction":
            text = _for_audience(text, draft, lang)
        asks = how == "ask"
        if how == "direction":
            note = _NOTE_DIRECTION[voice(lang)].format(metric=plain[first.start : found[-1].end])
        elif how == "speed":
            note = _NOTE_SPEED[voice(lang)]
        start, end = first.start, found[-1].end
        if asks:
            # The question stands for the whole objective ("本季度" or a closing "。" around it
            # would not read).
            # Nor would a timeframe or a tag after it ("Increase MQLs this quarter"): the
            # question replaces the objective's whole wording, as a task's question does.
            start, end = len(plain) - len(plain.lstrip()), max(end, ce, len(plain.rstrip()))
        date = _trailing_date(item, end, ce) if how == "direction" else None
        if date is not None and lang == "en":
            # "Customers stay with us …, because we keep earning it by Sep 30": the date read as
            # the end of the last clause; it leads the new wording instead (decision 5422)
            said = plain[date[0] : date[1]]
            lower = text[:1].lower() if _COMMON_FIRST_WORD.match(text) else text[:1]
            text, end = f"{said[:1].upper()}{said[1:]}, {lower}{text[1:]}", date[1]
        elif date is not None:
            # "成为客户心中的首选，把生意做大，12月31日前": a Chinese time leads its sentence (5422)
            text, end = f"{plain[date[0] : date[1]]}，{text}", date[1]
        edits.append(LocalEdit(start, end, text))
    else:
        edits.extend(_removal(masked, c) for c in found)

    if found[0].start >= ce:
        edits = [_unbracketed(plain, x, lang) for x in edits]

    def figured(c: MetricClause) -> bool:
        return _figured(plain, c)

    # A KPI named without a number that a key result of the objective already measures
    # ("Cut cloud costs" over "Snowflake spend per query down 30%", "Net revenue retention" over
    # "NRR 104% → 112%") gets no second key result with placeholders beside it (decisions 589
    # and 674), and a question does not say it moves below.
    measured = [
        c for c in found if not figured(c) and _measured_below(item, plain[c.start : c.end])
    ]
    if not any(figured(c) for c in found):
        placeholders.extend(_TARGET_SLOTS[lang])  # a KPI named without a number
        if asks:
            # no number to reach: the question names the measure (decision 427)
            metric = plain[found[0].start : found[-1].end].strip()
            ask = _ASK_MEASURED if measured else _ASK_UNFIGURED
            kr = ("、" if lang == "zh" else "; ").join(_moved_wording(item, c) for c in found)
            edits[-1] = replace(
                edits[-1], replacement=ask[voice(lang)].format(metric=metric, kr=kr)
            )
            note = None  # the question itself says where the measure goes

    moved = [c for c in found if c not in measured]
    if not moved:
        if not asks:
            note = _NOTE_MEASURED[voice(lang)].format(metric=plain[found[0].start : found[-1].end])
        placeholders = [p for p in placeholders if p not in _TARGET_SLOTS[lang]]
    wordings = [_moved_wording(item, c) for c in moved]
    if note is not None and moved and not any(figured(c) for c in moved):
        # The note quotes the key result that moves below, skeleton and all (decision 935):
        # "keep 'Premium conversion' as a key result" read as a key result with no target.
        sep = "、" if lang == "zh" else ", "
        note = _NOTE_MOVED[voice(lang)].format(
            krs=sep.join(f"“{w.strip()}”" for w in wordings),
            own=_NOTE_OWN[voice(lang)] if how in ("direction", "speed") else "",
        )
    kr_lines = "".join(_kr_line(item, draft, w, i) for i, w in enumerate(wordings))
    at = item.key_results[-1].end if item.key_results else item.end
    if asks and (_own_set(draft) or _personal_measure(item, found)):
        # "大三下学期 个人OKR": the writer's own set serves nobody else; the question asks what
        # the number means to them (decision 2434)
        edits = [replace(x, replacement=_for_self(x.replacement)) for x in edits]
    return Fix(
        edits=edits,
        placeholders=placeholders,
        applicability="display-only",
        extra_edits=[(at, at, kr_lines)] if kr_lines else [],
        note=note,
        asks=asks,
    )


# A first word that is neither a name nor an acronym, lowered after a leading date ("By Sep 30,
# customers …"; decision 5422).
_COMMON_FIRST_WORD = re.compile(r"[A-Z][a-z]{1,30}\b(?<!\bI)")


def _trailing_date(item: Item, end: int, ce: int) -> tuple[int, int] | None:
    """The deadline that closes an objective right after its metric clause ("Net revenue retention
    above 110% by Sep 30", "营收达到2000万元，12月31日前"): its span, or None when words other than
    the date (a bracket's too) stand between, or the date does not end the wording."""
    ds = item.deadline_span
    plain = item.plain
    if ds is None or ds[0] < end or plain[end : ds[0]].strip(" ,，"):
        return None
    if plain[ds[1] : ce].strip(" .!。！"):
        return None
    return ds


def _unbracketed(plain: str, edit: LocalEdit, lang: str) -> LocalEdit:
    """An edit inside the brackets that hold a heading's figure (decision 4420) takes the brackets
    too: "Growth (ARR to $50M)" becomes "Growth", not "Growth ()"; a direction offered in their
    place follows the heading after a colon."""
    i = max(plain.rfind("（", 0, edit.start), plain.rfind("(", 0, edit.start))
    j = min(
        (k for k in (plain.find("）", edit.end), plain.find(")", edit.end)) if k >= 0), default=-1
    )
    if i < 0 or j < 0 or plain[i + 1 : edit.start].strip() or plain[edit.end : j].strip():
        return edit
    text = edit.replacement
    if text:
        text = ("：" if lang == "zh" else ": ") + text
    start = i
    while start > 0 and plain[start - 1] == " ":
        start -= 1
    return replace(edit, start=start, end=j + 1, replacement=text)


def _own_set(draft: Draft) -> bool:
    """Whether the set is its writer's own and names nobody ("我的Q1目标", "大三下学期 个人OKR")."""
    owner = set_owner(draft)
    return owner is not None and owner[0] == ""


def _personal_measure(item: Item, found: list[MetricClause]) -> bool:
    """The number is the writer's own body, race, lift or exam ("Lose 5 kg by June", "雅思考到
    七分", "今年体重减到六十公斤"): the question asks what it means for them (decision 3148)."""
    lang = item.language
    # (`words` is longest first already: the same tuple each call, so its index is built once)
    terms = words("objective_personal_measures", lang)
    return any(find_terms(item.folded[c.start : c.end], terms, lang) for c in found)


def _for_self(text: str) -> str:
    """The ask said to the writer of their own set: "对你自己", "for you"."""
    return text.replace("对你服务的人", "对你自己").replace("for the people you serve", "for you")


_DECREASE = {
    "zh": re.compile(r"降|减|少|压|缩|砍|省|打下|短|低"),  # 再短一点, 低一点 (decision 3831)
    "en": re.compile(r"\b(?:reduce|cut|lower|decrease|fewer|less|shrink|down|trim)\b", re.I),
}
_ZH_SPEED = re.compile(r"快|及时|迅速|提速|加速|更早")  # 加速资金周转: as 加快 (decision 3522)
_SKELETON = {"increase": "从[基线]提升到[目标值]", "decrease": "从[基线]降到[目标值]"}


# A negation opening a Chinese measure's name: "不挂科", "不再加班", "零投诉" said without a figure.
_ZH_NEVER = re.compile(r"(?:不再|不|没有|无)(?=[\u4e00-\u9fff]{2,6}$)")


# "Spend less on cloud", "Spend less money on agency fees": the spend on the thing is the measure
# the key result below moves (decision 5034).
_EN_SPEND_ON = re.compile(
    r"spend\s(?:far\s|much\s|a\slot\s)?(?:less|more)\s(?:money\s|cash\s)?on\s(?P<on>[^,;.]{2,60})",
    re.I,
)


def _moved_wording(item: Item, c: MetricClause) -> str:
    """The key result a metric clause becomes below the objective (decision 935): a clause with
    its figure as it is; the time a piece of work takes ("Time to get new customers live from
    [baseline] to [target]"); else the measure's name with a from/to skeleton ("Premium
    conversion from [baseline] to [target]", "财务费用从[基线]降到[目标值]"), said by its good
    complement where kr_negative_metrics has one ("Reduce churn" -> "Retention from …")."""
    plain, lang = item.plain, item.language
    if _figured(plain, c):
        return plain[c.start : c.end]
    target = _TARGET[lang]
    if lang == "en":
        grown = _digits_grown(plain[c.start : c.end])
        if grown is not None:  # "Achieve double-digit growth in EMEA" (decision 3834)
            return grown + target
        every = _every_one_share(plain[c.start : c.end])
        if every is not None:  # "Sell out every Saturday": the share sold out (decision 1241)
            return every + target
        spend = _EN_SPEND_ON.fullmatch(plain[c.start : c.end].rstrip(" .!"))
        if spend is not None:  # "Spend less on cloud" -> "Cloud spend" (decision 5034)
            said = re.sub(r"^(?:the|our|a|an)\s+", "", spend.group("on"), flags=re.I)
            return f"{said[:1].upper()}{said[1:]} spend{target}"
        subject = _en_subject_speed(plain[c.start : c.end])
        if subject is not None:  # "Applicants get a decision fast" (decision 1770)
            return subject + target
        speed = _en_speed_topic(plain, c)
        if speed is not None:  # "Get new customers live fast": the time it takes is the number
            return f"Time to {speed[:1].lower()}{speed[1:]}{target}"
        topic = re.sub(r"^(?:the|a|an)\s+", "", _topic(plain, c, lang).strip(), flags=re.I)
        first = re.match(r"[A-Za-z][\w'-]*", topic)
        if _EN_SPEED.search(plain[c.start : c.end]) and first is not None:
            # "Ship faster", "Faster ramp for new SDRs": the time it takes
            if first.group().lower().endswith("ing") and first.end() == len(topic):
                return f"{topic[:1].upper()}{topic[1:]} time{target}"  # "Onboarding time"
            if en_verb_class(first.group().lower()) is not None:
                return f"Time to {topic[:1].lower()}{topic[1:]}{target}"
            link = re.search(r"\s(?:for|of|in|on|at|to)\s", topic)
            if link is not None:  # "Ramp for new SDRs" -> "Ramp time for new SDRs"
                topic = f"{topic[: link.start()]} time{topic[link.start() :]}"
                return f"{topic[:1].upper()}{topic[1:]}{target}"
            return f"Time for {topic[:1].lower()}{topic[1:]}{target}"
        said = re.sub(
            rf"\s(?:up|down|low|high)(?=$|\s(?:{_EN_SCOPE_WORDS})\b)",
            "",
            fold(plain[c.start : c.end]).rstrip(),
        )
        if not said.endswith(fold(topic)):
            topic = ""  # a word taken out of its middle ("… we already [serve]"): keep the clause
    else:
        every = every_one_zh(plain[c.start : c.end])
        if every is not None:  # "把该收的钱都收回来": the share of it, to 100% (decision 1241)
            return every + _SKELETON["increase"]
        topic = (c.topic or "").strip()
        bare = _topic(plain, c, lang)
        if bare and topic.endswith(bare):
            topic = bare  # "提高效率" -> "效率", "降低成本" -> "成本"
        if topic and _ZH_SPEED.search(plain[c.start : c.end]) and not _ZH_SPEED.search(topic):
            return f"{topic}所用时间从[基线]缩短到[目标值]"  # "新员工上手更快": the time it takes
    if lang == "zh" and (neg := _ZH_NEVER.match(topic or "")) is not None:
        # "不挂科", "不再加班": the bad events kept away, counted ("挂科次数从[基线]降到[目标值]"),
        # not "不挂科从[基线]降到[目标值]" (decision 2433)
        return topic[neg.end() :] + "次数" + _SKELETON["decrease"]
    if not topic or (lang == "zh" and _DECREASE["zh"].search(topic)):
        return plain[c.start : c.end] + target
    down = c.direction == "decrease"
    complement = _complement(topic, lang) if down else None
    if complement is None and down and lang == "zh" and _ZH_RATE_EVENTS.search(topic):
        # "降低用户流失": events counted as a rate, said by the rate's good side ("用户留存率从
        # [基线]提升到[目标值]", not "用户流失从[基线]降到[目标值]"), as "Reduce customer churn" is
        # (decision 5167)
        complement = _complement(topic + "率", lang)
    if complement is not None:
        topic, down = complement, False
    if lang == "en" and down:
        # "Fewer returns in the first place": without a complement the clause's own verb says
        # which way it goes ("Fewer returns … from [baseline] to [target]")
        return plain[c.start : c.end] + target
    if lang == "en":
        if fold(topic) in word_set("objective_kpi_areas", "en"):
            topic = f"{topic} revenue"  # "Grow wholesale": the line's sales (decision 1041)
        elif fold(topic).endswith(" on time") and not fold(topic).startswith("share "):
            # "Get patients seen on time" (decision 1042); "All our nurses go home on time" ->
            # "Share of our nurses who go home on time" (decision 3328)
            topic = _share_who(topic) or f"share of {topic}"
        return f"{topic[:1].upper()}{topic[1:]}{target}"
    return topic + _SKELETON["decrease" if down else "increase"]


# Events a Chinese measure counts as a rate (kr_negative_metrics has the rate's good side):
# "用户流失" is read as 用户流失率 when the objective names it without a number (decision 5167).
_ZH_RATE_EVENTS = re.compile(r"(?:流失|离职|缺勤|逾期|延误|延期|宕机|违约|弃购|空置|挂科)$")


def _digits_grown(text: str) -> str | None:
    """The growth a change sized in digits names, as its key result's measure: "Achieve
    double-digit growth in EMEA" -> "Growth in EMEA", "Grow bookings by double digits" ->
    "Bookings growth" (decision 3834); None for any other wording."""
    m = EN_DIGITS_GROWTH.fullmatch(fold(text).rstrip(" .!"))
    if m is None:
        return None
    if m.group("grown"):
        said = text[m.start("grown") : m.end("grown")]
    else:
        said = text[m.start("measure") : m.end("measure")] + " growth"
    said = re.sub(r"^(?:the|our|a|an)\s+", "", said, flags=re.I)
    return said[:1].upper() + said[1:]


def _complement(topic: str, lang: str) -> str | None:
    """The topic said by its good complement when it ends in a negative measure that
    kr_negative_metrics pairs with one ("customer churn" -> "customer retention", "客户流失率" ->
    "客户留存率"), else None."""
    folded = fold(topic)
    table = {k: v for k, v in mapping("kr_negative_metrics", lang).items() if "{" not in k}
    sep = "" if lang == "zh" else " "
    ends = [k for k in table if folded == k or folded.endswith(sep + k)]
    if not ends:
        return None
    key = max(ends, key=len)
    return topic[: len(topic) - len(key)] + table[key]


def _percent_after(plain: str, end: int) -> int:
    """1 when a percent sign follows `end` directly, else 0."""
    return 1 if plain[end : end + 1] in ("%", "％") and end < len(plain) else 0


def _removal(masked: str, clause: MetricClause) -> LocalEdit:
    """Delete a metric clause with the separator before it (or after it, when it comes first)."""
    s, e = clause.start, clause.end
    i = s
    while i > 0 and masked[i - 1] in _SEPARATORS:
        i -= 1
    if i > 0 and any(not masked[j].isspace() for j in range(i)):
        return LocalEdit(i, e, "")
    j = e
    while j < len(masked) and masked[j] in _SEPARATORS:
        j += 1
    return LocalEdit(s, j, "")


def _qualitative(plain: str, clause: MetricClause, lang: str) -> tuple[str, str]:
    """A qualitative wording for the objective, and how it was found: "own" (the clause's own
    direction without its figures, or its own verb phrase), "direction" (what the metric stands
    for, from rules/data/<lang>/objective_directions: "降低成本" -> "每一分钱都花在刀刃上"), or
    "ask" (the question of what reaching the number would mean)."""
    if lang == "en":
        own = _en_own_wording(plain, clause)
        if own is not None:
            return own, "own"
        topic = clause.topic or _topic(plain, clause, lang)
        first = re.match(r"[A-Za-z][\w'-]*", topic)
        if (
            first is not None
            and len(topic.split()) >= 3
            and en_verb_class(first.group().lower()) is not None
            # "Drive a 15% increase in AOV" leaves "Drive a in AOV": a topic with a hole where
            # the figure and its verb were is no wording of its own (decision 3144)
            and topic.lower() in plain[clause.start : clause.end].lower()
            # "Book 40 demos with hospital buyers" -> "Demos with …", "Raise funds for the new
            # wing" -> "Funds for …": a noun that could be a verb, left once the clause's own
            # verb went, is no wording (decision 3326)
            and plain[clause.start : clause.end].lstrip().lower().startswith(topic.lower())
            # "Bring customer churn down by a quarter" -> "Bring customer churn": the measure
            # moved by its particle, the particle gone (decision 3326)
            and not _EN_PARTICLE_IN.search(fold(plain[clause.start : clause.end]))
            # "Take monthly active users to 50,000" -> "Take monthly active users": the verb's
            # "to" went with the figure (decision 3529)
            and not (
                first.group().lower() in _EN_MOVE_TO
                and _EN_TO.search(fold(plain[clause.start : clause.end]))
                and not _EN_TO.search(fold(topic))
            )
        ):
            # "Get new customers live fast": a verb leads the topic, so it is already a
            # wording of its own; its speed stays in words (decision 224).
            if _en_speed_topic(plain, clause) is not None:
                if first.group().lower() in _EN_CAUSATIVE:  # "Make weekend mornings" (585)
                    return f"{topic[:1].upper()}{topic[1:]} quick and painless", "speed"
                return f"Make {_en_gerund(topic)} quick and painless", "speed"
            return topic[:1].upper() + topic[1:], "own"
    direction = _direction(plain[clause.start : clause.end], lang)
    if direction is not None:
        after = _en_scope_after(plain, clause) if lang == "en" else None
        if after is not None:
            # "Spend less on compute", "Faster ramp for new SDRs": the subject named after the
            # metric stays in the rewrite, or the coach asks (decision 893)
            text, how = after
            if how == "direction" and clause.start > core_start(plain):
                text = text[:1].lower() + text[1:]
            return text, how
        scoped = _scoped(plain, clause, lang)
        if scoped is None and _cause_named(plain, clause, lang):
            # "零停电投诉": complaints about outages are the outage's measure; the sentence for
            # complaints in general would put a service slogan in its place (decision 790)
            return _ASK[voice(lang)], "ask"
        direction = scoped or direction
        if lang == "en" and clause.start > core_start(plain):
            direction = direction[:1].lower() + direction[1:]  # "In Q3, put every dollar …"
        return direction, "direction"
    return _ASK[voice(lang)], "ask"


# Verbs whose object takes the speed itself ("Make weekend mornings faster"): the rewrite
# keeps the object ("Make weekend mornings quick and painless"), not "Make making …" (585).
_EN_CAUSATIVE = frozenset({"make", "keep", "render"})

_EN_SPEED = re.compile(r"\b(?:fast|faster|quicker|quickly|sooner)\b", re.I)


def _en_speed_topic(plain: str, clause: MetricClause) -> str | None:
    """The work an English objective wants done faster when a verb leads it and a speed word
    is its only measure ("Get new customers live fast", "Close the books faster"): the topic
    ("Get new customers live"), or None."""
    if clause.quantities or not _EN_SPEED.search(plain[clause.start : clause.end]):
        return None
    topic = clause.topic or _topic(plain, clause, "en")
    first = re.match(r"[A-Za-z][\w'-]*", topic)
    if (
        first is None
        or len(topic.split()) < 2
        or _EN_SPEED.search(topic)
        or en_verb_class(first.group().lower()) is None
    ):
        return None
    return topic


# "Applicants get a decision fast", "New hires become productive faster": people, a verb, what
# they do, then a speed word (decision 1770). Anchored: a search does not restart at every
# position (issue 13).
_EN_ENDS_FAST = re.compile(r"\A(.+?) (?:fast|faster|quicker|quickly|sooner)[.!]?")
_EN_NOT_A_VERB = frozenset(
    {"a", "an", "the", "of", "for", "to", "in", "on", "at", "with", "by", "and", "or", "our",
     "their", "your", "its", "more", "less"}
)  # fmt: skip


def _en_subject_speed(clause: str) -> str | None:
    """The key result for people who should get something done faster: "Applicants get a
    decision fast" -> "Time for applicants to get a decision" (was "Time for applicants a decision
    fast"). One to three words of subject ending in a plural, its first word no verb (so "Get new
    customers live fast" keeps its own reading); then a verb in its plain form and what follows."""
    m = _EN_ENDS_FAST.fullmatch(clause.strip())
    if m is None or _EN_SPEED.search(m.group(1)):
        return None
    words_ = m.group(1).split()
    if en_verb_class(words_[0].lower()) is not None:
        return None
    for n in range(1, min(3, len(words_) - 2) + 1):
        last, verb = words_[n - 1], words_[n]
        if (
            last[:1].isalpha()
            and last.lower().endswith("s")
            and not last.lower().endswith("ss")
            and verb.isalpha()
            and verb.islower()
            and verb not in _EN_NOT_A_VERB
            and not verb.endswith("s")
        ):
            subject = " ".join(words_[:n])
            rest = " ".join(words_[n + 1 :])
            return f"Time for {subject[:1].lower()}{subject[1:]} to {verb} {rest}"
    return None


def _en_gerund(topic: str) -> str:
    """The topic with its leading verb as a gerund: "Get new customers live" -> "getting new
    customers live", "Close the books" -> "closing the books"."""
    verb, _, rest = topic.partition(" ")
    v = verb.lower()
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        ing = v[:-1] + "ing"
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", v) and len(v) <= 4:
        ing = v + v[-1] + "ing"  # get -> getting, ship -> shipping
    else:
        ing = v + "ing"
    return f"{ing} {rest}".strip()


# The words a direction sentence uses for the people served, where the draft may name others.
_SERVED = {
    "zh": re.compile(r"客户|用户|顾客"),
    "en": re.compile(r"\b(?:[Cc]ustomer|[Uu]ser)(s?)\b"),
}


def _for_audience(text: str, draft: Draft, lang: str) -> str:
    """A direction sentence said to the people the draft serves (decision 672): "让每一位客户都
    满意而归" in a government service centre's draft that speaks of 群众 reads "让每一位群众都满意
    而归"; a clinic's "Every customer leaves …" reads "Every patient leaves …". Unchanged when
    the draft itself speaks of customers or users, or names none of
    rules/data/<lang>/objective_audiences."""
    folded = fold(draft.text)
    if not _SERVED[lang].search(text) or _SERVED[lang].search(draft.text):
        return text
    named = find_terms(folded, mapping_keys("objective_audiences", lang), lang)
    if not named:
        return text
    word = mapping("objective_audiences", lang)[min(named)[2]]
    if lang == "zh":
        return _SERVED["zh"].sub(word, text)
    one, _, many = word.partition("|")

    def said(m: re.Match[str]) -> str:
        w = many if m.group(1) else one
        return w[:1].upper() + w[1:] if m.group(0)[0].isupper() else w

    return _SERVED["en"].sub(said, text)


def _direction(text: str, lang: str) -> str | None:
    """The qualitative direction behind the metric the text names (the longest word of
    objective_directions that it holds), or None."""
    folded = fold(text)
    found = [t for t in find_terms(folded, _direction_words(lang), lang) if not _negated(folded, t)]
    if not found:
        return None
    share = _ZH_SHARE_OF.search(folded) if lang == "zh" else None
    if share is not None and any(t[1] <= share.start() for t in found):
        # "仓储费用占销售额比重压到4%以下": the share of the cost named before 占, not the revenue
        # it is counted against (decision 3530)
        found = [t for t in found if t[1] <= share.start()]
    _s, _e, term = max(found, key=lambda t: (t[1] - t[0], -t[0]))
    return mapping("objective_direction_texts", lang)[mapping("objective_directions", lang)[term]]


# X占Y(的)比重/比例: the share of X in Y (decision 3530).
_ZH_SHARE_OF = re.compile(r"占[^，,；;。]{1,12}?(?:比重|比例|的比|之比)")
# A prefix that says the thing is not of the word's kind: "non-revenue water" is water lost,
# not revenue; "非营收" (decision 1111). Its direction would be another metric's.
_NEGATING_PREFIX = re.compile(r"(?:\bnon[- ]?|\bun-|非)$")


def _negated(folded: str, term: tuple[int, int, str]) -> bool:
    return _NEGATING_PREFIX.search(folded, max(0, term[0] - 4), term[0]) is not None


# Words before a metric that measure it rather than say whose or where it is ("gross margin",
# "total revenue", "人均销售额", "净利润"): no scope to keep ("the first choice of gross
# customers" does not read).
_NOT_A_SCOPE = {
    "en": re.compile(
        r"\b(?:total|overall|annual|annuali[sz]ed|yearly|monthly|quarterly|weekly|recurring|net|"
        r"gross|operating|average|avg|median|per|top-line|bottom-line|run-rate|contribution|"
        # a measure's own name before its word ("profit margin", "sales revenue"; decision 380)
        r"profit|profits|profitability|sales|revenue|income|cash|ebitda|earnings)\b",
        re.I,
    ),
    # "店铺GMV", "门店业绩": the team's own shop or team is the whole business, no scope
    # ("成为门店客户心中的首选" reads oddly; decision 2729)
    "zh": re.compile(
        r"总|全年|年度|月度|季度|整体|公司|净|毛|平均|人均|单店|单客|客单|每"
        r"|店铺|门店|本店|全店|网店|团队|部门"
        # selling on a live stream is how the shop sells, not whose customers ("成为带货客户心中的
        # 首选"; decision 3041)
        r"|带货"
    ),
}


_ZH_MARKERS_BEFORE = frozenset("让把将使令")

# A period before the measure's own word ("月收入", "年营收") and a leading 让/使/帮 ("让加盟商收入翻番")
# are no part of a scope (decision 3041).
_ZH_SCOPE_PERIOD = re.compile(r"(?<![老青少新跨当今去明全节假每])(?:月|年|日|周|季)均?$")
# a kind of pay between the earners and 收入 ("团长佣金收入", "骑手提成收入"; decision 3327)
_ZH_PAY_KIND = re.compile(r"(?:佣金|提成|工资|薪资|薪酬|分红|补贴|奖金)$")
_ZH_SCOPE_LEAD = re.compile(r"^(?:让|使|帮助|帮)")


def _scoped(plain: str, clause: MetricClause, lang: str) -> str | None:
    """The direction said with the metric's own scope, where objective_direction_scoped has a
    sentence for it: "云成本降下来" -> "云成本的每一分钱都花在刀刃上", "Reduce AWS costs by 20%" ->
    "Put every AWS dollar where it makes a difference". None when the topic is the bare
    metric ("降低成本") or its words before the metric hold a verb."""
    topic = (clause.topic or _topic(plain, clause, lang)).strip()
    if lang == "zh":
        # "让营收再上一个台阶", "把华东区营收做到五千万": the causative or object marker before
        # the metric is no part of its scope (decision 3150)
        topic = topic[1:] if topic[:1] in _ZH_MARKERS_BEFORE else topic
    folded = fold(topic)
    sep = "" if lang == "zh" else " "
    ends = [
        term
        for term in _direction_words(lang)
        if folded.endswith(sep + term) or (lang == "zh" and folded.endswith(term))
    ]
    if not ends:
        return None
    # The longest word says what the metric is ("财务费用" is financing, not "费用"'s cost;
    # decision 372); the shortest word of that same direction marks where the scope ends.
    directions = mapping("objective_directions", lang)
    kind = directions[max(ends, key=len)]
    term = min((t for t in ends if directions[t] == kind), key=len)  # "云成本" -> "成本"
    before = topic[: len(topic) - len(term)].strip()
    qualifier = before.strip(" " + _ZH_PARTICLES)
    if lang == "zh" and qualifier != before.removesuffix("的"):
        return None  # "线上销售占比": 上 is part of the word here, not a particle
    if lang == "zh":
        # "骑手月收入": the period belongs to the measure; "让加盟商收入翻番": 让 leads the
        # sentence (decision 3041)
        qualifier = _ZH_SCOPE_LEAD.sub("", _ZH_SCOPE_PERIOD.sub("", qualifier))
        paid = _ZH_PAY_KIND.sub("", _ZH_SCOPE_PERIOD.sub("", _ZH_PAY_KIND.sub("", qualifier)))
        if kind == "revenue" and paid.endswith(words("objective_earners", "zh")):
            qualifier = paid
        if kind == "revenue" and qualifier.endswith(words("objective_earners", "zh")):
            # "司机收入提升": the drivers' own income, not a region or a product line
            earners = mapping("objective_direction_scoped", lang).get("revenue-earners")
            if earners is not None and 0 < len(qualifier) <= 6:
                return earners.format(q=qualifier)
    if lang == "en" and " " in qualifier:
        lead, _, rest = qualifier.partition(" ")
        said = fold(plain[clause.start : clause.end]).lstrip()
        if said.startswith(fold(lead) + " ") and (
            en_verb_class(lead.lower()) is not None or _EN_PARTICLE_IN.search(said)
        ):
            # "Push support costs down by a third": the verb is no part of the scope (3326)
            qualifier = rest
            topic = topic.partition(" ")[2]
    if lang == "zh" and kind == "revenue":
        # "食堂营业收入", "门诊业务收入": the way the money comes in after the place is no part of
        # whose customers; the place is the scope ("成为食堂营业客户…" read oddly; decision 5014)
        for kind_word in _ZH_EARNING_WAYS:
            if qualifier.endswith(kind_word) and len(qualifier) > len(kind_word) + 1:
                # only 的 goes: "线上销售业绩" is 线上's, not "线"'s (decision 5161)
                qualifier = qualifier[: -len(kind_word)].rstrip("的")
                break
    if kind == "revenue" and (stream := _stream_direction(qualifier, lang)) is not None:
        # "Increase upsell revenue", "提升复购收入": the sale that earns it, not whose customers
        # ("the first choice of upsell customers"; decision 4160)
        return stream
    if (
        not qualifier
        or len(qualifier) > (6 if lang == "zh" else 24)
        or find_terms(fold(qualifier), _topic_verbs(lang), lang)
        or (lang == "en" and not re.fullmatch(r"[A-Za-z][\w&-]*(?: [A-Za-z][\w&-]*)?", qualifier))
        or _NOT_A_SCOPE[lang].search(qualifier)
        or re.search(r"\bnon-|^非", fold(qualifier))  # "non-dues revenue": a kind, no scope (1111)
        # "Grow ticket revenue", "提高营业收入": what is sold, not whose customers (4164)
        or (
            kind == "revenue"
            and fold(qualifier).lower() in word_set("objective_revenue_not_customers", lang)
        )
    ):
        return None
    template = mapping("objective_direction_scoped", lang).get(kind)
    if template is None:
        return None
    return template.format(scope=topic, q=qualifier, Q=qualifier[:1].upper() + qualifier[1:])


# How the money comes in, after a place: "食堂营业收入", "门诊业务收入", "景区门票收入" — the place is the
# scope (decision 5014). A product or a service after a name stays ("xx产品收入": xx产品's customers).
# Sales after a place too: "华东区销售业绩" is 华东区's customers, not "华东区销售客户" (decision 5161).
_ZH_EARNING_WAYS = ("主营业务", "主营", "营业", "业务", "经营", "门票", "销售")


# Directions of revenue earned from the customers a team already has: a word of theirs before
# the revenue word names the sale, not a group of customers (decision 4160).
_STREAM_KINDS = frozenset({"expansion", "retention", "net-retention"})


def _stream_direction(qualifier: str, lang: str) -> str | None:
    """The sentence of the direction a revenue's qualifier names when it is a sale made to the
    customers a team has ("upsell", "cross-sell", "expansion", "renewal"; "复购", "增购", "续费"):
    "Increase upsell revenue" -> expansion's "Become the partner our existing customers grow
    with", not "the first choice of upsell customers"; None for any other qualifier."""
    said = fold(qualifier).strip().lower()
    kind = mapping("objective_revenue_streams", lang).get(said) or mapping(
        "objective_directions", lang
    ).get(said)
    if kind not in _STREAM_KINDS:
        return None
    return mapping("objective_direction_texts", lang)[kind]


# What a metric is about, said after its own word: "(less) on compute", "for new SDRs",
# "in SMB". Words that end the scope: figures, links to a target, periods.
_EN_SCOPE_AFTER = re.compile(
    # (read after the spaces that follow the metric's word: a leading \s+ is quadratic searched)
    r"(?:(?:less|more|lower|higher|faster|slower)\s+)?(?P<prep>on|for|in|among|across|from)\s+"
    r"(?P<q>[a-z][\w&/-]*(?:\s+[a-z][\w&/-]*){0,3})"
)
_EN_SCOPE_STOP = re.compile(
    r"\b(?:by|to|from|at|in|of|and|or|within|this|next|last|before|until|per|each|every|vs|"
    r"over|under|while|through|during|with)\b|\d|\b(?:q[1-4]|h[12]|fy\w*|quarter|half|year|"
    r"month|week|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|"
    r"nov\w*|dec\w*|spring|summer|autumn|fall|winter)\b"
)


def _en_scope_after(plain: str, clause: MetricClause) -> tuple[str, str] | None:
    """The rewrite of an English metric objective that names its subject after the metric's
    own word ("Spend less on compute", "Faster ramp for new SDRs"): the direction's sentence
    from objective_direction_after with that subject kept (decision 893). None when no
    subject follows the metric ("Cut costs by 20%", "Reduce churn in Q3") or the direction has
    no such sentence."""
    text = plain[clause.start : clause.end]
    folded = fold(text)
    found = find_terms(folded, _direction_words("en"), "en")
    if not found:
        return None
    _s, e, term = max(found, key=lambda t: (t[1] - t[0], -t[0]))
    pos = e
    while pos < len(folded) and folded[pos].isspace():
        pos += 1
    m = _EN_SCOPE_AFTER.match(folded, pos) if pos > e else None
    if m is None:
        return None
    q_start = m.start("q")
    stop = _EN_SCOPE_STOP.search(folded, q_start, m.end("q"))
    q_end = stop.start() if stop is not None else m.end("q")
    q = text[q_start:q_end].strip()
    people = re.sub(r"^(?:the|our|all)\s+", "", q, flags=re.I)
    if not re.search(r"[A-Za-z]{2}", people):
        return None
    kind = mapping("objective_directions", "en")[term]
    template = mapping("objective_direction_after", "en").get(kind)
    if template is None:
        return None  # the direction's own sentence, as before ("in existing accounts")
    if "New {q}" in template:
        q = re.sub(r"^(?:the\s+|our\s+)?new\s+", "", people, flags=re.I)
    return template.format(prep=m.group("prep"), q=q), "direction"


def _cause_named(plain: str, clause: MetricClause, lang: str) -> bool:
    """A bad event named before the metric's own word, as its cause: "停电投诉", "outage
    complaints", "delay complaints" (decision 790)."""
    topic = fold((clause.topic or _topic(plain, clause, lang)).strip())
    terms = [t for t in _direction_words(lang) if topic.endswith(t)]
    if not terms:
        return False
    before = topic[: len(topic) - len(max(terms, key=len))]
    return bool(before.strip()) and bool(find_terms(before, bad_events(lang), lang))


@cache
def _direction_words(lang: str) -> tuple[str, ...]:
    return longest_first(set(mapping("objective_directions", lang)))


def _en_own_wording(plain: str, clause: MetricClause) -> str | None:
    """The clause without its figures when its own words already state a direction that is
    not a bare target verb: "Drive breakthrough growth in sales by 20%" -> "Drive
    breakthrough growth in sales". None when it opens with a target verb ("Increase revenue
    by 20%"), which needs a qualitative wording instead."""
    s, e = clause.start, clause.end
    text = plain[s:e]
    folded = fold(text)
    first = re.match(r"\s*([A-Za-z][\w'-]*)", folded)
    if (
        first is None
        or not clause.quantities  # nothing to take out: the wording stays the metric
        or en_verb_class(first.group(1)) is None  # not a verb's direction: a metric's name
        or first.group(1) in _KEEP_VERBS
        or (
            first.group(1) not in _EN_ACTION_VERBS
            and any(
                a == first.start(1) for a, _b, _t in find_terms(folded, _topic_verbs("en"), "en")
            )
        )
    ):
        return None
    removed = [False] * len(text)
    for q in clause.quantities:
        for i in range(max(q.start, s), min(q.end, e)):
            removed[i - s] = True
    kept: list[str] = []
    for m in re.finditer(r"\S+", text):
        if all(removed[m.start() : m.end()]) and (
            len(kept) == 1 or (kept and kept[-1].lower() in ("a", "an"))
        ):
            # "Sell 500 units", "Sign 12 new customers", "Drive a 15% increase in AOV": the
            # figure is the verb's own object; without it the same KPI is left, unnumbered
            # ("Sell units in Canada"), no direction a coach would offer (decision 3144)
            return None
        if all(removed[m.start() : m.end()]):
            # A figure goes with the link words just before it ("by 20%", "from 3 to 5").
            while kept and kept[-1].lower() in _EN_LINKS:
                if kept[-1].lower() == "to" and first.group(1) in _EN_MOVE_TO:
                    # "Bring the average room rate to $180" -> "Bring the average room rate":
                    # the verb needs where the measure goes; without it the same KPI is left,
                    # unnumbered (decision 3529)
                    return None
                kept.pop()
            continue
        if any(removed[m.start() : m.end()]):
            return None  # a figure inside a word: not a plain removal
        kept.append(m.group())
    while kept and kept[-1].lower().strip(".,;:") in _EN_LINKS | _EN_COMPARATORS:
        kept.pop()
    if len(kept) < 2 or not any(re.search(r"[A-Za-z]", k) for k in kept[1:]):
        return None
    if kept[-1].lower().strip(".,;:") in _EN_PARTICLES:
        # "Bring customer churn down by a quarter" -> "Bring customer churn down": the measure
        # moved by its particle is still the KPI, no direction (decision 3326)
        return None
    return " ".join(kept)


def _topic(plain: str, clause: MetricClause, lang: str) -> str:
    """What the number measures: the clause without its numbers, target verbs and links."""
    s, e = clause.start, clause.end
    removed = [False] * (e - s)
    for q in clause.quantities:
        for i in range(max(q.start, s), min(q.end, e)):
            removed[i - s] = True
    folded = fold(plain[s:e])
    for a, b, term in find_terms(folded, _topic_verbs(lang), lang):
        if lang == "zh" and len(term) < 2:
            continue  # a one-character verb (增, 涨) may be part of the topic's own word
        if lang == "en" and folded[b : b + 1] == "-":
            continue  # "add-on revenue", "top-up sales": the first half of a word (4160)
        for i in range(a, b):
            removed[i] = True
    if lang == "zh":
        return _zh_topic(plain[s:e], removed)
    return _en_topic(plain[s:e], removed)


@cache
def _topic_verbs(lang: str) -> tuple[str, ...]:
    """Target verbs and verbs of keeping a level: not part of the topic."""
    return words("objective_target_verbs", lang) + _KEEP_VERBS_ZH


def _zh_topic(text: str, removed: list[bool]) -> str:
    chars = []
    for i, ch in enumerate(text):
        if removed[i]:
            continue
        near = (i > 0 and removed[i - 1]) or (i + 1 < len(text) and removed[i + 1])
        if ch in _ZH_PARTICLES and near:
            continue
        chars.append(ch)
    return "".join(chars).strip(" " + _ZH_PARTICLES)


def _en_topic(text: str, removed: list[bool]) -> str:
    tokens = [
        (m.group(), m.start(), m.end())
        for m in re.finditer(r"\S+", text)
        if not all(removed[m.start() : m.end()])
    ]
    kept: list[str] = []
    for tok, a, b in tokens:
        word = tok.strip(".,;:").lower()
        j = b
        while j < len(text) and text[j].isspace():
            j += 1
        k = a - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        if word in _EN_LINKS and (
            (j < len(text) and removed[j]) or (word == "of" and k >= 0 and removed[k])
        ):
            continue
        if word in _KEEP_VERBS:
            continue
        if word in _EN_PARTICLES and re.match(rf"(?:{_EN_SCOPE_WORDS})\b", text[j:].lower()):
            continue  # "Get wait times down at the window": the particle before its scope (1243)
        if any(removed[a:b]):
            tok = "".join(ch for j, ch in enumerate(tok) if not removed[a + j]).strip()
            if not re.search(r"[A-Za-z]", tok):
                continue
        kept.append(tok)
    # "[Drive breakthrough growth in] in sales" and "… our share price above" read wrong: a
    # link word or a comparator never starts or ends the topic.
    while kept and kept[0].lower().strip(".,;:") in {"a", "an", *_EN_LINKS}:
        kept.pop(0)
    while kept and kept[-1].lower().strip(".,;:") in _EN_LINKS | _EN_COMPARATORS | _EN_PARTICLES:
        kept.pop()  # "Keep churn low", "Get my grades up": the particle is no part of it
    return " ".join(kept)


# Prepositions that open the place or the people a measure is taken for (decision 1243).
_EN_SCOPE_WORDS = "at|in|for|across|among|on|within|per|between"
_EN_DONE = {
    "sell out": "sold out",
    "fill up": "filled",
    "fill": "filled",
    "book out": "booked",
    "book": "booked",
    "collect": "collected",
    "recover": "recovered",
    "renew": "renewed",
    "retain": "retained",
}
_EN_EVERY_ONE = re.compile(
    rf"^(?P<verb>{'|'.join(_EN_DONE)})\s+(?P<q>every|each|all)\s+(?:of\s+)?(?:(?:the|our|my|its|their)\s+)?"
    rf"(?P<obj>.+?)(?P<scope>\s+(?:{_EN_SCOPE_WORDS}|through|during)\s.*)?$",
    re.I,
)


# "All our nurses go home on time", "Every driver finishes on time": all of them, then their
# own verb (decision 3328)
_EN_ALL_DO = re.compile(
    r"(?P<q>all|every|each)\s+(?:(?P<det>our|the|my|your|their)\s+)?(?P<noun>[a-z][\w-]*)\s+"
    r"(?P<verb>[a-z]+)(?P<rest>\s.*)$",
    re.I,
)


def _share_who(topic: str) -> str | None:
    """ "All our nurses go home on time" -> "share of our nurses who go home on time", "Every
    driver finishes on time" -> "share of drivers who finish on time"; None for another shape."""
    m = _EN_ALL_DO.match(topic.strip())
    if m is None or m.group("verb").lower() in _EN_NOT_A_MEASURE | _EN_LINKS | {"are", "is"}:
        return None
    noun, verb = m.group("noun"), m.group("verb")
    if m.group("q").lower() != "all":
        if noun.endswith("s") or not verb.endswith("s"):
            return None
        noun = noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"
        verb = verb[:-2] if verb.endswith(("shes", "ches", "sses", "xes", "oes")) else verb[:-1]
    det = f"{m.group('det')} " if m.group("det") else ""
    people = noun.lower() in word_set("objective_people", "en")
    return f"share of {det}{noun} {'who' if people else 'that'} {verb}{m.group('rest')}"


def _every_one_share(clause: str) -> str | None:
    """ "Sell out every Saturday" -> "Share of Saturdays sold out", "Collect every unpaid invoice"
    -> "Share of unpaid invoices collected": the share of the things counted by every, done
    (decision 1241); None for any other clause."""
    m = _EN_EVERY_ONE.match(clause.strip().rstrip("!.。！"))
    if m is None:
        return None
    obj = m.group("obj").strip()
    if m.group("q").lower() != "all" and not obj.endswith("s"):
        obj = obj[:-1] + "ies" if re.search(r"[^aeiou]y$", obj) else obj + "s"
    done = _EN_DONE[m.group("verb").lower()]
    return f"Share of {obj} {done}{m.group('scope') or ''}"


# Verbs that move a measure *to* a level ("Bring X to $180", "Take MAU to 50,000"; 3529).
_EN_MOVE_TO = frozenset({"bring", "take", "move", "push", "pull", "get", "drive", "lift"})
_EN_TO = re.compile(r"\bto\b")
# "… down", "… up" ending the move of a measure ("Bring churn down by a quarter"; 3326)
_EN_PARTICLE_IN = re.compile(r"\b(?:down|up)\b")
# Particles after a measure that say which way it goes (decision 1040).
_EN_PARTICLES = frozenset({"up", "down", "low", "high"})
_EN_SAME_MEASURE = {
    "spend": "cost",
    "spending": "cost",
    "expense": "cost",
    "sale": "revenue",
    # the people counted in a body's noun ("Grow membership" over "Members 900 -> 1,100"),
    # and absence under its -ism ("Reduce absenteeism" over "Unplanned absence rate below 4%";
    # decision 2710)
    "membership": "member",
    "readership": "reader",
    "ridership": "rider",
    "viewership": "viewer",
    "listenership": "listener",
    "subscription": "subscriber",
    "absenteeism": "absence",
}
_EN_NOT_A_MEASURE = frozenset(
    [
        "the",
        "our",
        "a",
        "an",
        "of",
        "for",
        "and",
        "to",
        "in",
        "on",
        "per",
        "by",
        "with",
        "from",
        "more",
        "less",
        "fewer",
        "faster",
        "higher",
        "lower",
        "cut",
        "reduce",
        "grow",
        "increase",
        "raise",
        "improve",
        "boost",
        "lift",
        "make",
        "get",
        "keep",
        "drive",
        "down",
        "up",
    ]
)


def _en_measure_words(text: str) -> list[str]:
    out = []
    for w in re.findall(r"[a-z][a-z-]{2,}", text.lower()):
        if w in _EN_NOT_A_MEASURE:
            continue
        w = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        out.append(_EN_SAME_MEASURE.get(w, w))
    return out


_ZH_DIRECTION_WORDS = re.compile(
    r"提升|提高|降低|减少|增长|增加|下降|上升|缩短|改善|优化|达到|突破|翻番|翻一番|\s"
)


def _measured_below(item: Item, metric: str) -> bool:
    """Whether a key result of the objective names the measure `metric` names (English: the
    measure's head word, spend counted as cost: "Cut cloud costs" over "Snowflake spend per query
    down 30%"), so that moving it below would repeat that KR (decision 589)."""
    if not item.key_results:
        return False
    if item.language == "zh":
        # "GMV" over "月 GMV 达到 300 万", "仓储成本下降" over "单均仓储成本从2.4元降到2.0元": the
        # measure, its direction words taken off, written in a key result (decision 2422)
        core = _ZH_DIRECTION_WORDS.sub("", metric).strip(" ，,。")
        if len(core) >= 4 and core.endswith(("率", "度")):
            # "提升学员通过率" over "科目二一次通过率从68%提升到80%": the rate's own word, whoever
            # it is counted of, as English reads the measure's head word (decision 4167)
            core = core[-3:]
        return len(core) >= 2 and any(
            core.casefold() in kr.text.casefold().replace(" ", "") or core in kr.text
            for kr in item.key_results
        )
    if item.language != "en":
        return False
    words = _en_measure_words(metric)
    if not words:
        return False
    if any(words[-1] in _en_measure_words(kr.text) for kr in item.key_results):
        return True
    # ... or its initials, as a KR writes it ("Net revenue retention" over "NRR 104% → 112%")
    initials = "".join(w[0] for w in words)
    return len(words) >= 2 and any(
        re.search(rf"(?<![A-Za-z]){initials}(?![A-Za-z])", kr.text, re.I) for kr in item.key_results
    )


def _kr_line(item: Item, draft: Draft, wording: str, index: int) -> str:
    """A new key-result line carrying `wording`, labelled like the objective's last KR."""
    wording = wording.strip()
    if item.language == "en" and wording[:1].islower():
        wording = wording[0].upper() + wording[1:]
    if not item.key_results:
        label = "关键结果：" if item.language == "zh" else "KR: "
        return f"\n{label}{wording}"
    last = item.key_results[-1]
    line_start = draft.text.rfind("\n", 0, last.start) + 1
    prefix = draft.text[line_start : last.start]
    prefix = renumber_label(prefix, 1 + index, last=True)
    return f"\n{prefix}{wording}"


RULE = ObjectiveIsMetric()
