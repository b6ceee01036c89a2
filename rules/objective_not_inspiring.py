"""objective-not-inspiring: an objective that is a flat statement of work, a generic improvement,
a bare noun phrase or a KPI ("提升内容质量", "Improve onboarding", "Reduce churn")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from coach.draft import Draft, Item
from coach.facts.shape import verb_classes
from coach.rule_api import Example, Hit, Rule, localized
from coach.text import nest_quotes
from coach.wordlists import find_terms, words
from rules._draft_structure import set_owner
from rules._objective_shape import (
    aspiration,
    core,
    end_state,
    flat,
    metric_objective,
    ranking_place,
    unlisted_verb_on_served,
)
from rules._objective_text import is_vague


class ObjectiveNotInspiring(Rule):
    """What it does: flags an objective that states no direction worth going for
    (PRINCIPLES.md; docs/principles.md decisions 18–20, 26):

    - a routine or generic verb with its object and nothing more: "提升内容质量", "完成品牌升级",
      "Improve onboarding", "Build a consistent design system", "Clean up the pipeline";
    - a bare noun phrase or an internal state: "危机公关能力", "团队稳定", "Accessibility",
      "Better handoffs to CS", "Carriers we can count on" (the team's own comfort, not what the
      people served see);
    - a KPI and nothing else: "提高门店复购率", "Reduce churn", "NRR 110%" (objective-is-metric
      says so too: decision 18);
    - no direction at all: "做好本职工作", "降本增效" (objective-vague says so too).

    It stays silent when the objective carries an aspirational marker — best, most, first, a
    superlative ("Run the safest plant in the region"), win, own, break into, 最, 第一, 标杆, 首选,
    拿下 — or an end state seen from the people it serves: "Make checkout feel effortless",
    "Support that customers brag about", "让每位新员工第一天就有归属感", "大家都能看得懂数据",
    "退款处理又快又准".

    Why is this bad? The seed's first principle: 目标要有明确方向并且鼓舞人心. An objective
    that reads as a to-do item or a generic improvement tells people what to do, not where the
    team is going or why it matters; the seed's good objectives ("拿下xx市场！",
    "打造公司历史上最成功的销售推广活动", "超前完成xx项目") name an ambition.

    The span is the whole objective. There is no automatic fix: only the team can say what the
    work is for. This finding is informational.

    Use instead: say what the work achieves for the people it serves, or how far you mean to go
    ("Make onboarding something new admins finish in one sitting", "把客户满意度做到行业标杆").
    """

    id = "objective-not-inspiring"
    target = "objective"
    severity = "info"
    category = "direction"
    issue_type = "style"
    fix = "never"
    similar_examples = True
    model_label = "objective-not-inspiring"
    # A metric-only or vague objective is uninspiring by definition (the rule says so too, for
    # the checklist); the model's generic finding is not added on top of theirs.
    model_defers_to = ("objective-is-metric", "objective-vague")
    model_message = {
        "zh": "这个目标读起来像一句平淡的工作描述，不够鼓舞人心（模型判断）。",
        "en": "This objective reads as a flat work statement, not an inspiring one (the model's reading).",
    }
    principle = {
        "zh": "目标要有明确方向并且鼓舞人心",
        "en": "An objective has a clear direction and is inspiring",
    }
    message = {
        "zh": "这个目标平铺直叙（“{cue}”），看不出鼓舞人心的方向。",
        "en": "This objective is a flat statement (“{cue}”), not a direction that inspires.",
    }
    explanation = {
        "zh": "目标要有明确方向并且鼓舞人心。“提升X”“完成X”这样的常规动词加宾语、一个名词短语、团队内部的状态，"
        "或者只是一个指标，都只说了要做什么或要看什么数，没有说为什么值得去做。写出一个让人向往的终局——"
        "从服务对象的角度看到的变化（“让每位新员工第一天就有归属感”），或者一个志向（“拿下西南市场！”"
        "“打造公司历史上最成功的销售推广活动”）。",
        "en": "An objective should have a clear direction and inspire the people who work on it. "
        "A routine verb with its object (“Improve onboarding”, “Complete the migration”), a bare "
        "noun phrase, the team's own internal state or a KPI on its own says what to do or which "
        "number to watch, not why it is worth doing. Name an end state the people you serve will "
        "see (“Make checkout feel effortless”) or an ambition (“Win the mid-market”, “Run the "
        "safest plant in the region”).",
    }
    examples = (
        Example("zh", "«完成季度招聘任务»", True),
        Example("zh", "«提升内容质量»", True),
        Example("zh", "«危机公关能力»", True),
        Example("zh", "«数据平台稳定可用»", True),
        Example("zh", "«提高门店复购率»", True, note="a KPI on its own (decision 18)"),
        Example("zh", "«打造一支学习型团队»", True, note="打造 without a superlative"),
        Example("zh", "«坚持锻炼身体»", True, note="a habit to keep: work, not a direction"),
        Example("zh", "«引进高端人才»", True),
        Example("zh", "«让库存数据更及时»", True, note="own thing made more (decision 101)"),
        Example("zh", "«让运维小组更高效»", True, note="the team itself made more (decision 101)"),
        Example("zh", "«把老客户维护好»", True, note="people acted on after 把 (decision 101)"),
        Example("zh", "让顾客更愿意回来", False, note="the people served are the subject"),
        Example("zh", "做一个被学员信任的瑜伽老师", False, note="the people served act, after 被"),
        Example("zh", "超前完成xx项目。", False, note="decision 6230", workshop=False),
        Example("zh", "打造公司历史上最成功的销售推广活动。", False),
        Example("zh", "拿下xx市场！", False, note="decision 6230", workshop=False),
        Example("zh", "让每位新员工第一天就有归属感", False),
        Example("zh", "客户下单后，第二天就能收到货", False),
        Example("zh", "退款处理又快又准", False, note="a vivid end state (decision 20)"),
        Example(
            "zh", "做西南地区生鲜配送的头号选择", False, note="头号 is a marker (decision 117)"
        ),
        Example("zh", "下半年打一场漂亮的翻身仗", False, note="decision 117"),
        Example("zh", "做一家街坊愿意常来的社区超市", False, note="decision 123"),
        Example("zh", "每一张工单都能当天有人回复", False, note="a promise (decision 123)"),
        Example("zh", "«优化客户投诉的处理流程»", True, note="customers are the process's topic"),
        Example("zh", "«带出一支能打胜仗的交付铁军»", True, note="an internal state (decision 20)"),
        Example("zh", "建立统一的指标体系，让业务不再为数字打架", False),
        Example("zh", "收银系统稳如磐石", False, note="a simile paints the state (decision 192)"),
        Example("zh", "发往门店的每一批货都不出错", False, note="a promise to each (decision 236)"),
        Example(
            "zh", "«为重点经销商搭建专属培训计划»", True, note="people worked for (decision 196)"
        ),
        Example("zh", "«及时响应门店需求»", True, note="需求 is no verb (decision 196)"),
        Example(
            "zh", "确立冷链物流在西南的主导地位", False, note="a leader's place (decision 197)"
        ),
        Example("zh", "«门店收银系统如期切换»", True, note="如期 compares nothing (decision 192)"),
        Example("zh", "让新版本的打卡热情拉满", False, note="colloquial drive (decision 349)"),
        Example(
            "zh", "暴雨天也能把菜准时送上门", False, note="kept in the hard case (decision 349)"
        ),
        Example(
            "zh", "«提升门店业绩，也能降低成本»", True, note="no hard case named (decision 349)"
        ),
        Example("en", "«Complete Q3 hiring»", True),
        Example("en", "«Improve onboarding»", True),
        Example("en", "«Developer platform»", True),
        Example("en", "«Alpha release of the booking app»", True, note="a release named as a noun"),
        Example("en", "«Reduce churn»", True, note="a KPI on its own (decision 18)"),
        Example("en", "«Vendors we can rely on»", True, note="an internal end state (decision 20)"),
        Example("en", "«Better handoffs to support»", True),
        Example(
            "en", "«Successfully launch the donor portal»", True, note="an adverb before the verb"
        ),
        Example("en", "«Foster a culture of innovation»", True),
        Example(
            "en",
            "«Complete the outstanding tasks from the spring release»",
            True,
            note="outstanding work is unfinished work, no marker (decision 168)",
        ),
        Example("en", "«Explore new pricing models»", True, note="decision 168"),
        Example(
            "en", "«Be healthier and calmer»", True, note="a generic comparative (decision 170)"
        ),
        Example("en", "Deliver outstanding service to every guest", False),
        Example("en", "«Make our infrastructure more reliable»", True, note="decision 56"),
        Example("en", "«Release the partner SDK»", True, note="a release is work (decision 70)"),
        Example("en", "«Use dashboards to improve planning»", True, note="decision 70"),
        Example(
            "en",
            "Releases are a non-event for our customers",
            False,
            note="a plural noun, not the verb; the people served after it (decision 2484)",
        ),
        Example("en", "«The warehouse runs like clockwork»", True, note="decision 2484"),
        Example("en", "«Get our pipeline healthy»", True, note="the team's own state, decision 78"),
        Example("en", "«Clean the backlog up»", True, note="a phrasal verb around its object"),
        Example("en", "«Refactor the checkout service»", True, note="rework is work"),
        Example("en", "«Learn Spanish»", True, note="study is work (decision 59)"),
        Example("en", "Get customers excited about the launch", False, note="people served"),
        Example(
            "en",
            "Complete the platform migration ahead of schedule",
            False,
            note="the seed's 超前完成 in English; a flat task, kept as a test, not shown (6230)",
            workshop=False,
        ),
        Example("en", "Run a world-class customer conference", False),
        Example("en", "Run the safest plant in the region", False),
        Example("en", "Delight our enterprise customers", False),
        Example("en", "Make checkout feel effortless", False),
        Example("en", "Support that customers brag about", False),
        Example("en", "Build a team people fight to join", False),
        Example("en", "«Stay in shape»", True, note="holding a state is routine (decision 107)"),
        Example("en", "«Save up for a camper van»", True, note="a personal to-do (decision 1240)"),
        Example("en", "«Be better at handovers»", True, note="a generic comparative"),
        Example("en", "Invoices that look obvious to every client", False, note="decision 107"),
        Example("en", "«Onboard new customers well»", True, note="people acted on (decision 128)"),
        Example("en", "«Have a stable platform»", True, note="having a thing (decision 128)"),
        Example("en", "«Get the new office ready»", True, note="decision 128"),
        Example("en", "Have every customer recommend us to a friend", False, note="people served"),
        Example("zh", "新店开一家火一家", False, note="every one a hit (decision 408)"),
        Example("zh", "新品上一款爆一款", False, note="decision 408"),
        Example("zh", "«新店开业»", True, note="a flat statement of work (decision 408)"),
        Example(
            "zh", "讓買家問問題不用等", False, note="traditional script, seen from buyers (400)"
        ),
        Example("zh", "«提升前端程式碼品質»", True, note="traditional script, generic (400)"),
        Example("en", "«Harden the deploy pipeline»", True, note="a work verb (decision 399)"),
        Example("en", "«Hit our bookings target»", True, note="a KPI to hit (decision 399)"),
        Example("en", "Set the standard for onboarding in our industry", False, note="399"),
        Example(
            "en",
            "A gym where beginners come back for a second session",
            False,
            note="the people served act (decision 444)",
        ),
        Example(
            "en",
            "Every prescription right, every time",
            False,
            note="a standard kept without exception (decision 446)",
        ),
        Example(
            "en",
            "Every turbine ready whenever the wind blows",
            False,
            note="the standard each one meets when needed (decision 526)",
        ),
        Example("en", "Every injured skier reached fast", False, note="decision 526"),
        Example(
            "zh",
            "把身材练回来，明年夏天能自信地去海边",
            False,
            note="what the writer can do then: an end state (decision 1048)",
        ),
        Example("zh", "«完成系统迁移，年底前能上线»", True, note="a launch, no end state (1048)"),
        Example("en", "«Get the van fleet paperwork in order»", True, note="put straight (1315)"),
        Example("en", "«Sort out the stockroom»", True, note="decision 1315"),
        Example("zh", "做村民看病离不开的卫生室", False, note="people served rely on it (1316)"),
        Example("zh", "«快速支撑业务扩张»", True, note="a manner word, a flat verb (1444)"),
        Example("zh", "«花时间查看客户反馈»", True, note="time set aside, a flat verb (1453)"),
        Example("en", "Bake loaves that neighbours queue for", False, note="others act (1464)"),
        Example("en", "«Reduce errors that drivers make»", True, note="bad events counted (1464)"),
        Example(
            "en", "«Audit our supplier list»", True, note="a verb of work, nothing served (1469)"
        ),
        Example("en", "Audit our books so donors trust every pound", False, note="decision 1469"),
        Example("zh", "守护每一位新生儿的平安", False, note="a verb of care (decision 1601)"),
        Example("zh", "做一家有温度的社区药店", False, note="有温度 (decision 1601)"),
        Example("zh", "办家长满意的幼儿园", False, note="the people and how they feel (1604)"),
        Example("zh", "成为游客眼中的必去之地", False, note="in their eyes (decision 1605)"),
        Example("zh", "把流动书车开到每一个村", False, note="to every place (decision 1607)"),
        Example("zh", "«把报表发到每个部门»", True, note="no thing brought to people (1607)"),
        Example("en", "Every walker gets home before dark", False, note="each one (1605)"),
        Example("en", "«Help buyers make better decisions»", True, note="a generic better (4240)"),
        Example("zh", "«给住客更好的体验»", True, note="a generic better (decision 4240)"),
        Example("en", "Have legs that can walk the whole coast path", False, note="decision 4241"),
        Example("en", "«Secure funding for the new wing»", True, note="own money (decision 4242)"),
        Example("en", "Keep every lift running all winter", False, note="decision 4244"),
        Example("zh", "让社区里每位独居老人都有人牵挂", False),  # decision 6230
        Example("zh", "今年拿下成渝两地的宠物医疗市场！", False),  # decision 6230
        Example("en", "Move every customer to the new platform without a single lost order", False),
    )

    def check(self, item: Item, draft: Draft) -> list[Hit]:
        cue = _cue(item)
        if cue is None:
            return []
        if _own_effort(item, draft):
            # "Read 20 books this year", "年度阅读五十本书": one's own effort counted (3323)
            return [Hit(args={"cue": item.plain[slice(*core(item))].strip(), "personal": "yes"})]
        if _project(item):
            # "推进互联网医院建设", "Launch the partner portal": said to be the project it is
            return [Hit(args={"cue": item.plain[slice(*core(item))].strip(), "project": "yes"})]
        # An objective with no direction at all ("做好各项工作", "Do better at marketing") is one
        # flaw: objective-vague's finding says it; the checklist keeps "inspiring: fail" (4826).
        # A KPI standing as the objective ("Increase revenue", "提高门店营业额") is one flaw too:
        # objective-is-metric's finding asks for the words that say what reaching it would mean
        # (decision 5050).
        return [Hit(args={"cue": cue}, folds_into=("objective-vague", "objective-is-metric"))]

    def model_held_back(self, item: Item) -> bool:
        # An aspiration or an end state the people served will see is the rule's reading that
        # the objective inspires ("Delight our enterprise customers", "Make checkout feel
        # effortless"): the model, retrained each round, is not asked to overrule it (decision 990).
        # So is 5560's imperative on the people served ("Captivate the audience"; decision 6492).
        return (
            aspiration(item) is not None
            or end_state(item) is not None
            or unlisted_verb_on_served(item)
        )

    def format_message(self, lang: str, args: Mapping[str, str | Mapping[str, str]]) -> str:
        if args.get("personal"):
            return nest_quotes(_PERSONAL_MESSAGE[lang].format(**localized(args, lang)))
        if args.get("project"):
            return nest_quotes(_PROJECT_MESSAGE[lang].format(**localized(args, lang)))
        return super().format_message(lang, args)


# An objective that is a project to carry out (PRINCIPLES.md: launches, migrations,
# deployments are tasks; as an objective it is a flat statement of work): the message says
# it is the work, not the change the work should bring (decision 898).
_PROJECT_MESSAGE = {
    "zh": "这个目标是一项要做完的工作（“{cue}”）：它说的是要做的事，不是做成以后带来的改变，"
    "看不出鼓舞人心的方向。",
    "en": "This objective is a project to carry out (“{cue}”): it says what to do, not the "
    "change it should bring, so it does not inspire.",
}
_PROJECT_CLASSES = frozenset({"launch", "complete"})
_ZH_PROJECT_LEADS = frozenset({"推进", "实施", "开展", "启动", "建设", "搭建", "落实", "推动"})
_ZH_PROJECT_ENDS = frozenset({"建设", "项目", "工程", "改造", "上线", "落地", "迁移", "建设项目"})
_EN_PROJECT_LEADS = frozenset({"implement", "deploy", "install", "roll"})
# A way of working or a standard kept, not one project: speed, safety, every one, a cadence;
# how well a stretch ends ("Finish the semester strong": decision 5275).
_EN_NOT_A_PROJECT = re.compile(
    r"\b(?:faster|quicker|sooner|safely|quickly|reliably|every|each|all|always|without|"
    r"times|daily|weekly|monthly|continuously|consistently|strong|strongly|on a high)\b",
    re.I,
)


# An objective that counts the writer's own effort (decisions 50, 162, 501: work counted is no
# KPI; "Read 3 books" is a to-do): the message speaks to the writer, not to "the people you
# serve", and says where the count goes (decision 3323).
_PERSONAL_MESSAGE = {
    "zh": "这个目标数的是你自己要做多少（“{cue}”）：它说了做多少，没说做到以后对你自己有什么改变。"
    "把这个改变写成目标（比如“成为一个……的人”），数量留作关键结果。",
    "en": "This objective counts your own effort (“{cue}”): it says how much you will do, not "
    "what doing it will change for you. Say that change as the objective (“Become someone "
    "who …”) and keep the count as a key result.",
}


def _own_effort(item: Item, draft: Draft) -> bool:
    """Whether the flat objective counts the writer's own effort: a figure counting things
    after its verb, and the verb one of learning or practice ("Read 20 books this year",
    "年度阅读五十本书", "Cook 100 new recipes"), a race of one's own ("Run 3 half marathons",
    "今年跑完三场半马"), or any work verb in a set that is its writer's own ("个人OKR")."""
    if metric_objective(item) is not None or is_vague(item):
        return False
    lang = item.language
    s, e = core(item)
    found = flat(item)
    if lang == "en" and (found is None or found.reason != "verb"):
        return False
    # the verb: the flat one in English; in Chinese one of the first three words, after a
    # period such as 今年 or 年度 ("年度阅读五十本书")
    toks = [t for t in item.tokens if s <= t.start < e and t.text.strip()][:3]
    verbs = toks[:1] if lang == "en" else toks
    classes = verb_classes(lang)
    verb = next((t for t in verbs if classes.get(t.text.lower()) is not None), None)
    if verb is None or not any(
        q.kind == "count" and q.role == "target" for q in item.facts.quantities_in(verb.end, e)
    ):
        return False
    if classes.get(verb.text.lower()) == "learn":
        return True
    races = words("objective_personal_measures", lang)  # longest first: one tuple, one index
    if find_terms(item.folded[s:e], races, lang):
        return True
    owner = set_owner(draft)
    return owner is not None and owner[0] == ""


def _project(item: Item) -> bool:
    """Whether the objective is a project to carry out: it opens with a launch or completion
    verb ("上线新版会员系统", "Finish the Kubernetes migration", "Implement the new CRM"), or in
    Chinese an act on something built ("推进互联网医院建设", "启动智慧药房项目")."""
    if metric_objective(item) is not None or is_vague(item):
        return False
    s, e = core(item)
    tokens = [
        t.text.lower() for t in item.tokens if s <= t.start < e and any(c.isalnum() for c in t.text)
    ]
    if len(tokens) < 2:
        return False
    if item.language == "en" and _EN_NOT_A_PROJECT.search(item.plain, s, e):
        return False  # "Ship faster without breaking things", "Deliver every order on time"
    classes = verb_classes(item.language)
    if classes.get(tokens[0]) in _PROJECT_CLASSES:
        return True
    if item.language == "zh":
        return tokens[0] in _ZH_PROJECT_LEADS and tokens[-1] in _ZH_PROJECT_ENDS
    return tokens[0] in _EN_PROJECT_LEADS


def _cue(item: Item) -> str | None:
    """The words that make the objective flat, or None when it is not."""
    s, e = core(item)
    if item.language == "zh" and 0 < s < e and item.facts.masked[s - 1] == " " != item.text[s - 1]:
        # "暑假前能用英语……": the time is blanked, its "前" is not; the quote starts after it
        # ("前能用英语……" read as cut off; decision 6387)
        after = _ZH_TIME_TAIL.match(item.plain, s, e)
        s = after.end() if after is not None else s
    metric = metric_objective(item)
    if metric is not None and not (ranking_place(item) and aspiration(item) is not None):
        # a place in a ranking table is a KPI and its rank an aspiration at once: "冲进类目
        # TOP10" is moved to a key result, not called flat (decision 5102)
        return item.plain[metric.span[0] : metric.span[1]]
    if is_vague(item):
        return item.plain[s:e].strip()
    if aspiration(item) is not None or end_state(item) is not None:
        return None
    found = flat(item)
    if found is None:
        return item.plain[s:e].strip() if item.language == "zh" and e > s else None
    a, b = found.span if found.reason == "verb" else (s, e)
    more = "……" if item.language == "zh" else " …"
    return item.plain[a:b].strip() + (more if b < e else "")


# What closes a blanked time expression in Chinese and stays unblanked: "暑假前", "国庆之前".
_ZH_TIME_TAIL = re.compile(r"(?:之前|以前|前)[，,、\s]{0,2}")


RULE = ObjectiveNotInspiring()
