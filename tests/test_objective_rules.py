"""Behaviour of the objective-* rules beyond their catalog examples.

Precision on realistic good objectives, the seed's own OKR examples, numbers that are not
targets, the text of the fixes, and edge cases (full-width text, emoji, set titles).
"""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.types import Review, Suggestion
from tests.seed import seed_block

OBJECTIVE_RULES = (
    "objective-is-metric",
    "objective-not-inspiring",
    "objective-no-timeframe",
    "objective-not-controllable",
    "objective-vague",
)

# Realistic good objectives, as teams write them, across functions: each has an aspirational
# marker or an end state seen from the people it serves (docs/principles.md decisions 18-20).
# None of the objective rules may fire on them once the set has a timeframe; without one, only
# no-timeframe may.
GOOD_ZH = (
    "拿下华东市场！",  # sales
    "打造公司历史上最成功的销售推广活动。",
    "超前完成xx项目。",
    "赢得华南地区中小企业客户的信赖",
    "打造行业领先的移动端购物体验",  # marketing
    "推出5G套餐，抢占年轻用户市场",
    "让研发团队交付又快又稳",  # engineering
    "让每一次发布都平稳上线，客户感觉不到我们在发版",
    "建立一流的安全合规体系，顺利通过等保三级认证",
    "让新客户第一次使用就爱上我们的产品",  # product
    "打造让用户尖叫的会员体系",
    "在上手速度上超越竞争对手",
    "为业务扩张招到最优秀的人才",  # HR
    "让每一位新员工都能快速融入团队",
    "打造团队学习型文化，人人都能独当一面",
    "把线上渠道打造成公司第二增长曲线",
    "让供应链成为我们的核心竞争力",  # operations
    "成为业务部门最信赖的财务伙伴",  # finance
    "让门店成为顾客最喜爱的社区生活中心",
    "让客户问题在第一时间得到解决",  # customer service
    "提供7x24小时的贴心客户服务",
    "成为团队中最值得信赖的技术骨干",  # personal growth
    "成为客户心目中最值得信赖的云服务商",
    "让店长每天早上第一个打开我们的报表",
    "让每位新员工第一天就有归属感",
    "客户下单后，第二天就能收到货",
    "让仓库的每一单都发得又准又快",
    "把售后热线变成客户愿意推荐我们的理由",
    "让销售打开系统就知道今天该跟进谁",
    "做全省口碑最好的社区医院",
    "让财务月结从十天缩短到三天，管理层每月第三天就能看到数字",
)
GOOD_EN = (
    "Win the enterprise market",  # sales
    "Make Q3 our best sales quarter ever",
    "Become a top 3 vendor in APAC",
    "Expand into the German market with a strong local team",
    "Become the most trusted brand in home fitness",  # marketing
    "Make our docs the first place developers go for answers",
    "Launch the 5G product line with a flawless rollout",
    "Give every team a platform they can ship on in minutes",  # engineering
    "Establish a sustainable on-call rotation the team is proud of",
    "Build the best onboarding in the industry",  # product
    "Beat competitors on onboarding speed",
    "Make our product accessible to every user",
    "Launch a Web3 wallet power users brag about",
    "Create a world-class hiring experience for candidates",  # HR
    "Make our engineering team a magnet for top talent",
    "Establish a best-in-class month-end close process",  # finance
    "Make billing invisible to our customers",
    "Build a resilient supply chain that never lets a customer down",  # operations
    "Modernize our checkout for a seamless buying experience",
    "Delight our customers at every touchpoint",  # customer service
    "Turn customer support into a competitive advantage",
    "Offer 24/7 support that customers rave about",
    "Grow into a confident people manager",  # personal growth
    "Become the go-to analytics tool for mid-market finance teams",
    "Give every new hire a first week they still talk about a year later",
    "Let store managers see yesterday's numbers before they open the doors",
    "Turn first-time donors into lifelong supporters",
    "Help every patient book a visit in under a minute",
    "Own the mid-market in the Nordics",
    "Make our app the one parents recommend to each other",
)

# Sound objectives that are flat: a generic verb with its object, the team's own state. Only
# objective-not-inspiring (an info) speaks, and none of the other objective rules.
FLAT_ZH = (
    "打造一支敢打硬仗的销售铁军",  # 打造 without a superlative; an internal end state
    "提高品牌认可度和知名度",  # the seed's company objective: a generic improvement
    "全面提升研发效率",
    "建立高效透明的财务预算体系",
    "降低汇率波动对利润的影响",
    "建设数据驱动的运营体系",
)
FLAT_EN = (
    "Build a partner ecosystem that sells for us",  # an internal end state (decision 20)
    "Ship a faster, more reliable mobile app",
    "Strengthen our security posture ahead of the ISO 27001 audit",
    "Launch our Web3 wallet for power users",
    "Build a data-driven culture across the company",
    "Reduce our exposure to exchange rate swings",
    "Hire 10 senior engineers",  # work counted, not a KPI
)


def _run(text: str, *rules: str) -> Review:
    # The rules alone (their own rewrites): the encoder's library examples and the model's
    # findings are tested in tests/test_classifier.py.
    return review(
        text, select=list(rules or OBJECTIVE_RULES), config=Config(semantic=False, use_model=False)
    )


def _ids(result: Review) -> list[str]:
    return [f.rule_id for f in result.findings]


def _apply(text: str, suggestion: Suggestion) -> str:
    for e in sorted(suggestion.edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


def _only(result: Review, rule_id: str):
    hits = [f for f in result.findings if f.rule_id == rule_id]
    assert len(hits) == 1, [f.rule_id for f in result.findings]
    return hits[0]


# -- precision on realistic good objectives -----------------------------------------------------


def test_calibration_lists_are_large_enough() -> None:
    assert len(GOOD_ZH) >= 30 and len(GOOD_EN) >= 30


@pytest.mark.parametrize("objective", GOOD_ZH)
def test_no_rule_fires_on_good_zh_objective(objective: str) -> None:
    assert _ids(_run(f"# 2026年第三季度OKR\n目标：{objective}")) == []
    assert set(_ids(_run(f"目标：{objective}"))) == {"objective-no-timeframe"}


@pytest.mark.parametrize("objective", GOOD_EN)
def test_no_rule_fires_on_good_en_objective(objective: str) -> None:
    assert _ids(_run(f"# Q3 2026 OKRs\nObjective: {objective}")) == []
    assert set(_ids(_run(f"Objective: {objective}"))) <= {"objective-no-timeframe"}


@pytest.mark.parametrize(
    ("objective", "title"),
    [(o, "# 2026年第三季度OKR\n目标：") for o in FLAT_ZH]
    + [(o, "# Q3 2026 OKRs\nObjective: ") for o in FLAT_EN],
)
def test_flat_objectives_draw_only_not_inspiring(objective: str, title: str) -> None:
    assert _ids(_run(title + objective)) == ["objective-not-inspiring"]


# -- the seed's own company / marketing / personal example ---------------------------------------

SEED_MARKETING = seed_block("company_marketing_personal")


def test_seed_marketing_example_metric_objectives() -> None:
    result = _run(SEED_MARKETING, "objective-is-metric")
    flagged = {f.target: SEED_MARKETING[f.span.start : f.span.end] for f in result.findings}
    assert flagged == {
        "o2": "提高35%的社交媒体互动量",
        "o3": "增加25%的社交媒体连接数量",
    }


def test_seed_marketing_example_other_rules() -> None:
    rules = [r for r in OBJECTIVE_RULES if r != "objective-is-metric"]
    result = _run(SEED_MARKETING, *rules)
    # o1's KR2 gives a date; o2's KR1 too; o3 has no time anywhere.
    assert [f.target for f in result.findings if f.rule_id == "objective-no-timeframe"] == ["o3"]
    # 提高品牌认可度和知名度 is a generic improvement; o2 and o3 are KPIs (decisions 18, 19).
    flat = [f.target for f in result.findings if f.rule_id == "objective-not-inspiring"]
    assert flat == ["o1", "o2", "o3"]
    assert {f.rule_id for f in result.findings} == {
        "objective-no-timeframe",
        "objective-not-inspiring",
    }


@pytest.mark.parametrize(
    "objective", ["销售额提升30%。", "用户增加一倍。", "xx产品收入增加到XX元。"]
)
def test_seed_bad_objectives_are_metrics(objective: str) -> None:
    text = f"目标：{objective}"
    hit = _only(_run(text, "objective-is-metric"), "objective-is-metric")
    assert text[hit.span.start : hit.span.end] == objective.rstrip("。")


# -- objective-is-metric: numbers that are targets and numbers that are not -------------------

METRIC_ZH = (
    "营收突破1亿元",
    "提升客户满意度",  # a KPI without a number (decision 18)
    "提升客户服务人员满意度",
    "让产品发布零事故",
    "良品率提上去",
    "把投诉降下来",
    "新人上手更快",  # the speed of one process (decision 26)
    "本季度新签企业客户20家",
    "NPS达到50分",
    "用户数翻番",
    "获客成本降低20%",
    "付费用户增长到10万",
    "销售额提升百分之三十",
)
METRIC_EN = (
    "Grow revenue 30%",
    "Reach $2M ARR",
    "Double the user base",
    "Achieve an NPS of 50",
    "Reach 1 million monthly active users",
    "Grow ARR from $5M to $8M",
    "Cut churn in half",
    "Reduce support tickets by 25%",
    "Get 30% more signups from organic search",
    "Increase revenue",  # a KPI without a number (decision 18)
    "Premium conversion",
    "Fewer returns in the first place",
    "Ship faster",  # the speed of one process (decision 26)
    "Reach 10,000 paying customers",
    "Two-day delivery to 90% of US addresses",  # a share of a population (decision 3)
)
NOT_TARGETS_ZH = (
    "2026年成为华东地区第一的冷链物流服务商",
    "9月1日前推出客户推荐计划",
    "进入行业前3名",
    "实现从0到1的突破",
    "打造一个让用户尖叫的App",
    "上线3.0版本，让老用户眼前一亮",
    "建设千万级用户平台",
    "把成立10周年庆典办成行业盛会",
    "打通B2B销售渠道",
    "深耕华南渠道，实现季度营收增长25%",  # a qualitative direction beside the KPI
    "打造最受欢迎的会员体系，付费会员数翻番",
    "让产品经理自己就能回答80%的数据问题",  # an end state seen from the people served
    "提升测试效率",  # a generic quality, not a measure
)
NOT_TARGETS_EN = (
    "Make Q3 2026 our best sales quarter ever",
    "Achieve ISO 27001 certification",
    "Ship checkout 2.0",
    "Offer 24/7 support in 3 languages",
    "Implement double opt-in for all signups",
    "Double down on the enterprise segment",
    "Launch version 2 of the mobile app",
    "Deliver 4K streaming to all subscribers",
    "Launch the $9 starter plan",
    "Win our first B2B customers in Japan by H2",
    "Hire 10 senior engineers",  # work counted: flat, not a KPI
    "Customers never have to explain their problem twice",
    "Make mid-market our growth engine [0.6]",  # a score in brackets
)


@pytest.mark.parametrize("objective", METRIC_ZH)
def test_zh_metric_objectives(objective: str) -> None:
    assert "objective-is-metric" in _ids(_run(f"目标：{objective}", "objective-is-metric"))


@pytest.mark.parametrize("objective", METRIC_EN)
def test_en_metric_objectives(objective: str) -> None:
    assert "objective-is-metric" in _ids(_run(f"Objective: {objective}", "objective-is-metric"))


@pytest.mark.parametrize("objective", NOT_TARGETS_ZH)
def test_zh_numbers_that_are_not_targets(objective: str) -> None:
    assert _ids(_run(f"目标：{objective}", "objective-is-metric")) == []


@pytest.mark.parametrize("objective", NOT_TARGETS_EN)
def test_en_numbers_that_are_not_targets(objective: str) -> None:
    assert _ids(_run(f"Objective: {objective}", "objective-is-metric")) == []


def test_metric_fix_zh_moves_number_into_next_numbered_kr() -> None:
    text = "目标：销售额提升30%。\nKR1：新签客户20家（负责人：王芳）\nKR2：客单价提升到500元"
    hit = _only(_run(text, "objective-is-metric"), "objective-is-metric")
    (s,) = hit.suggestions
    # Decision 83: the direction the metric stands for, not "推动销售额[实现突破性增长]".
    assert s.text == "成为客户心中的首选，把生意做大。"
    assert s.placeholders == [] and not s.asks
    assert s.applicability == "display-only"
    assert s.note and "销售额提升30%" in s.note  # kept, as a key result
    assert _apply(text, s) == (
        "目标：成为客户心中的首选，把生意做大。\nKR1：新签客户20家（负责人：王芳）"
        "\nKR2：客单价提升到500元\nKR3：销售额提升30%"
    )


def test_metric_fix_zh_without_krs_adds_a_kr_line() -> None:
    text = "营销部门OKRs目标: 提高35%的社交媒体互动量"
    (s,) = _only(_run(text, "objective-is-metric"), "objective-is-metric").suggestions
    assert s.text == "让用户愿意和我们聊，也乐意替我们转发"
    assert _apply(text, s) == (
        "营销部门OKRs目标: 让用户愿意和我们聊，也乐意替我们转发\n关键结果：提高35%的社交媒体互动量"
    )


def test_metric_fix_zh_keeping_a_level() -> None:
    text = "目标：保持99.9%的系统可用性"
    (s,) = _only(_run(text, "objective-is-metric"), "objective-is-metric").suggestions
    assert s.text == "让用户感觉不到故障的存在"
    assert s.placeholders == []


def test_metric_fix_for_a_kpi_without_a_number() -> None:
    text = "目标：提升客户满意度\nKR1：一次解决率从60%提升到75%"
    (s,) = _only(_run(text, "objective-is-metric"), "objective-is-metric").suggestions
    assert s.text == "让每一位客户都满意而归"
    assert s.placeholders == ["[基线]", "[目标值]"]
    assert _apply(text, s).endswith("\nKR2：客户满意度从[基线]提升到[目标值]")  # decision 935
    text = "Objective: Reduce churn\nKR1: Raise onboarding completion from 60% to 80%"
    (s,) = _only(_run(text, "objective-is-metric"), "objective-is-metric").suggestions
    assert s.text == "Customers stay because we keep earning it"
    assert _apply(text, s).endswith("\nKR2: Retention from [baseline] to [target]")  # 935


@pytest.mark.parametrize(
    ("objective", "suggested"),
    [
        (
            "Grow ARR from $5M to $8M",
            "Become the first choice of the customers we serve, and grow with them",
        ),
        (
            "Achieve an NPS of 50",
            "Every customer leaves a conversation with us glad they reached out",
        ),
        ("Double the user base", "Earn a place in more people's day"),
        ("Cut churn in half", "Customers stay because we keep earning it"),
        ("Maintain 99.9% uptime", "A service our users never have to think about"),
        (
            "In Q3, grow revenue 30%",
            "In Q3, become the first choice of the customers we serve, and grow with them",
        ),
        # No metric the directions know: the question of what the number would mean.
        (
            "Grow widget count 30%",
            "What would reaching this number mean for the people you serve? Say it in one "
            "sentence as the objective.",
        ),
    ],
)
def test_metric_fix_en_text(objective: str, suggested: str) -> None:
    text = f"Objective: {objective}"
    (s,) = _only(_run(text, "objective-is-metric"), "objective-is-metric").suggestions
    assert s.text == suggested


def test_metric_fix_en_follows_bullet_style_of_krs() -> None:
    text = "Objective: Reach $2M ARR\n- Sign 5 enterprise customers\n- Close 6 deals"
    (s,) = _only(_run(text, "objective-is-metric"), "objective-is-metric").suggestions
    assert _apply(text, s) == (
        "Objective: Become the first choice of the customers we serve, and grow with them"
        "\n- Sign 5 enterprise customers"
        "\n- Close 6 deals\n- Reach $2M ARR"
    )


def test_metric_full_width_and_emoji_offsets() -> None:
    text = "目标：🚀 销售额提升３０％"
    hit = _only(_run(text, "objective-is-metric"), "objective-is-metric")
    assert text[hit.span.start : hit.span.end] == "销售额提升３０％"
    text = "O1: 🚀 Grow revenue 30%\nKR1: Sign 5 customers"
    hit = _only(_run(text, "objective-is-metric"), "objective-is-metric")
    assert text[hit.span.start : hit.span.end] == "Grow revenue 30%"
    assert _apply(text, hit.suggestions[0]).endswith("\nKR2: Grow revenue 30%")


# -- objective-not-inspiring ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "托福105分",
        "雅思考到7.5分",
        "把会员复购提上来",
        "提升公众号关注度",
        "缩短顾客排队等待时间",
        "粉丝涨到2万",  # people inside a measure's name, not the people served (decision 58)
    ],
)
def test_personal_scores_and_kpi_phrases_are_metric_objectives(objective: str) -> None:
    # a name and a score (the unit 分 is tagged a verb), 提上来, 关注度, 等待时间 (decisions 57, 59)
    assert "objective-is-metric" in _ids(_run(f"O: {objective}", "objective-is-metric"))


@pytest.mark.parametrize(
    "objective",
    [
        "完成季度招聘任务",
        "本季度维护现有系统",
        "按时完成年度审计",
        "Complete Q3 hiring",
        "Maintain the billing system",
        "Do the quarterly report",
        "Handle all inbound support requests",
        "完成季度招聘任务10人",  # work counted
        "做好工作",  # vague, so not inspiring either (objective-vague says why)
        "提升内容质量",  # a generic improvement (decision 19)
        "提高门店复购率",  # a KPI on its own (decision 18)
        "危机公关能力",  # a bare noun phrase
        "合同风险可控",  # an internal state
        # no marker and no end state: plain in Chinese whatever the verb (decision 61)
        "攒钱换一台新电脑",
        "复习阶段把专业课基础打牢",
        "周末烘焙课办起来",
        "Improve onboarding",
        # a certification is work to do, not a direction (decision 594)
        "Obtain PCI DSS compliance",
        "Get the warehouse ISO 9001 certified",
        "Accessibility",
        "Carriers we can count on",  # an internal end state (decision 20)
        "NRR 110%",
    ],
)
def test_not_inspiring_fires_on_routine_work(objective: str) -> None:
    result = _run(f"O: {objective}", "objective-not-inspiring")
    assert _only(result, "objective-not-inspiring").severity == "info"


@pytest.mark.parametrize(
    "objective",
    [
        "超前完成xx项目",
        "Complete the migration ahead of schedule",
        "Run the safest plant in the region in 2026",  # a superlative
        "Build the most loved volunteer community in the city",
        "Support that customers brag about",  # an end state seen from the people served
        "A 24/7 on-call rota nobody dreads",
        "Keep the people who make us great",
        "退款处理又快又准",
        "大家都能看得懂数据",
        "报销的钱一分不少按时到账",  # vivid without a marker (decision 61)
        "每一锅汤都鲜到爆",
        "周末就想来我们店坐坐",
        "让会员用得放心",
        "工单流转一次都不卡壳",
        "用户注册后，当天就能收到激活礼包",
        "建立统一的指标体系，让业务不再为数对不上吵架",
        "Run a world-class customer conference",
        "Documentation that developers love",  # 'document' is not 'do'
        "Runway to fund the next two years of growth",  # 'run' is not 'runway'
        "Pass every audit with the best record in the industry",  # a superlative (decision 594)
        "Get legal to sign off our vendor audit checklist",  # another's doing, no certification
        # the person served moved to act (decision 592)
        "A pitch deck that makes investors ask for a second meeting",
        "A tasting menu that makes food critics come back",
    ],
)
def test_not_inspiring_silent(objective: str) -> None:
    assert _ids(_run(f"O: {objective}", "objective-not-inspiring")) == []


# -- objective-no-timeframe -----------------------------------------------------------------------


def test_no_timeframe_fix_zh_and_en() -> None:
    text = "目标：拿下华东市场\n关键结果1：新签客户20家"
    hit = _only(_run(text, "objective-no-timeframe"), "objective-no-timeframe")
    assert (hit.span.start, hit.span.end) == (3, 9)
    assert hit.suggestions[0].text == "在[日期]前，拿下华东市场"
    assert hit.suggestions[0].placeholders == ["[日期]"]
    text = "Objective: Win the enterprise market!\nKR1: Sign 20 customers"
    hit = _only(_run(text, "objective-no-timeframe"), "objective-no-timeframe")
    assert hit.suggestions[0].text == "Win the enterprise market by [date]!"
    assert hit.suggestions[0].placeholders == ["[date]"]


@pytest.mark.parametrize(
    "text",
    [
        "目标：本季度拿下华东市场",
        "目标：拿下华东市场\n关键结果1：9月30日前新签客户20家",
        "## 2026年Q3 OKR\n目标：拿下华东市场",
        "Objective: Win the enterprise market in H2",
        "Objective: Win the enterprise market\nKR1: Sign 20 customers by end of Q3",
        "# Q3 2026 OKRs\nObjective: Win the enterprise market",
        "Objective: Win the enterprise market\nKR1: Sign 20 customers by end 2026",
        "Our OKRs up to the end of 2026:\nObjective: Win the enterprise market",
        "The first period ends on 28.02.2027.\nObjective: Win the enterprise market",
    ],
)
def test_no_timeframe_silent_when_a_time_is_given(text: str) -> None:
    assert _ids(_run(text, "objective-no-timeframe")) == []


def test_no_timeframe_only_for_objectives_without_one() -> None:
    text = "O1: 本季度拿下华东市场\nO2: 提升品牌影响力"
    result = _run(text, "objective-no-timeframe")
    assert [f.target for f in result.findings] == ["o2"]


# -- objective-not-controllable -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("objective", "span"),
    [
        ("本季度让公司市值突破千亿", "市值"),
        ("让竞争对手主动退出市场", "竞争对手主动退出"),
        ("争取总部追加预算", "总部追加预算"),
        ("Get our share price above $50", "share price"),
        ("Legal signs off on every new contract", "Legal signs off"),
        ("Win approval from leadership for the data platform", "approval from leadership"),
        ("Secure board approval for the new office", "board approval"),
        ("Force competitors to raise their prices", "competitors to raise their prices"),
    ],
)
def test_not_controllable_fires(objective: str, span: str) -> None:
    text = f"O: {objective}"
    hit = _only(_run(text, "objective-not-controllable"), "objective-not-controllable")
    assert text[hit.span.start : hit.span.end] == span
    assert span in hit.message


@pytest.mark.parametrize(
    "objective",
    [
        "拿下xx市场！",
        "从竞争对手手中赢得更多客户",
        "提交一份董事会一次通过的预算方案",
        "降低汇率风险",
        "提升股价预测模型的准确率",
        "Win the enterprise market",
        "Beat competitors on onboarding speed",
        "Make switching from competitors effortless",
        "Cut approval time for expense reports",
        "Keep every bestseller in stock",
        "Build a weather app people check every morning",
        "Get FDA approval for the new glucose monitor",  # a regulator: left alone on purpose
    ],
)
def test_not_controllable_silent(objective: str) -> None:
    assert _ids(_run(f"O: {objective}", "objective-not-controllable")) == []


# -- objective-vague ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "做好工作",
        "努力工作",
        "提升自己",
        "更上一层楼",
        "本季度做好各项工作",
        "成为更好的自己",
        "Do better",
        "Improve things",
        "Work harder",
        "Be more effective",
        "Make progress",
        "Take the business to the next level in Q3",
    ],
)
def test_vague_fires(objective: str) -> None:
    text = f"O: {objective}"
    hit = _only(_run(text, "objective-vague"), "objective-vague")
    assert text[hit.span.start : hit.span.end] == objective


@pytest.mark.parametrize(
    "objective",
    [
        "提升研发效率",
        "做好本职工作，让客户满意",
        "提升客户满意度",
        "Improve product quality",
        "Be a better manager for my team",
        "Grow the business in LATAM",
        "Double revenue",
    ],
)
def test_vague_silent(objective: str) -> None:
    assert _ids(_run(f"O: {objective}", "objective-vague")) == []


@pytest.mark.parametrize(
    ("objective", "expected"),
    [
        (
            "Dock-to-stock time",
            "Whatever reaches our dock is on the shelf and ready to pick without delay",
        ),  # decision 321
        ("Get new customers live fast", "Make getting new customers live quick and painless"),
    ],
)
def test_qualitative_objective_reads_as_a_sentence(objective: str, expected: str) -> None:
    # Not "[Drive breakthrough growth in] get new customers live" nor growth in a time.
    config = Config(semantic=False, use_model=False)
    result = review(
        f"Objective: {objective}\nKR1: NPS 50 by Q3", select=["objective-is-metric"], config=config
    )
    assert [s.text for f in result.findings for s in f.suggestions] == [expected]


def test_zh_qualitative_objective_drops_the_topics_own_verb() -> None:
    config = Config(semantic=False, use_model=False)
    result = review(
        "目标：降低成本\n关键结果1：毛利率从30%提升到35%（截止：6月）",
        select=["objective-is-metric"],
        config=config,
    )
    assert [s.text for f in result.findings for s in f.suggestions] == ["每一分钱都花在刀刃上"]


# -- tenth round, tester10 (decisions 575, 576; fix10b) ------------------------------------------


@pytest.mark.parametrize("objective", ["做好后勤保障工作", "本季度认真做好食堂管理工作"])
def test_an_area_of_work_done_well_is_vague(objective: str) -> None:
    # decision 575: 做好 + an area of work + 工作 gives no direction, as 做好各项工作
    result = _run(f"目标：{objective}\n关键结果1：满意度从80%提升到90%", "objective-vague")
    assert _ids(result) == ["objective-vague"]


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("打造区域口碑第一的家政团队", False),
        ("Become the report our analysts open first every morning", False),
        ("Earn the best reputation in the industry", False),
        ("口碑进入行业测评前三", True),
        ("Be ranked first by industry analysts", True),
    ],
)
def test_own_users_and_reputation_rank_nothing_without_a_rater(objective: str, fires: bool) -> None:
    # decision 576: a ranking needs a rater or a report; the team's own users ranking it first
    # and its reputation as first are aspirations
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in objective) else "en"
    label = "目标：" if lang == "zh" else "Objective: "
    result = _run(label + objective, "objective-not-controllable")
    assert (_ids(result) == ["objective-not-controllable"]) is fires


# -- eleventh round, acc11 (decisions 630, 631, 634) ---------------------------------------------


def _fires_alone(rule_id: str, objective: str, kr: str) -> bool:
    """Whether `rule_id` is the one finding of the rules on the objective, labelled in its
    language, over one key result."""
    label = "目标：" if any("\u4e00" <= c <= "\u9fff" for c in objective) else "Objective: "
    return _ids(_run(f"{label}{objective}\nKR1: {kr}", rule_id)) == [rule_id]


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("Book more grooming appointments", True),
        ("Sell more season passes", True),
        ("more wedding gigs", True),
        ("Fewer no-shows", True),
        ("Increase enrolments", True),
        ("Increase shipped volume", True),
        ("Grow our departments", False),  # a practice grown, not a count (decision 444)
        ("Increase requirements coverage", False),
        ("More time for deep work", False),  # no plural counted
        ("Win more hearts in the valley", False),  # "win" marks an aspiration
    ],
)
def test_a_count_made_bigger_is_a_kpi_objective(objective: str, fires: bool) -> None:
    # decision 630: "more"/"fewer" with a plural of things counted, after a verb of the sale or
    # alone; a count verb before a plural in -ments; "volume" is a measure
    result = _run(
        f"Objective: {objective}\nKR1: Bookings from 40 to 60 a week", "objective-is-metric"
    )
    assert (_ids(result) == ["objective-is-metric"]) is fires, objective


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("本季度招生再上台阶", True),
        ("提升单店月流水", True),
        ("码洋冲上去", True),
        ("降低百公里油耗", True),
        ("秋季生源稳住", True),
        ("把核心骨干稳住", False),  # people kept, no measure
        ("建成第二条自动化流水线", False),  # 流水线 is a production line, not 流水
    ],
)
def test_trade_words_for_takings_and_intake_are_measures(objective: str, fires: bool) -> None:
    # decision 631: 流水, 码洋, 油耗, 生源 are measures; 招生 is a line of business read by its
    # numbers; 稳住 keeps a level as 保持 does
    assert _fires_alone("objective-is-metric", objective, "报名人数从800到1000") is fires, objective


@pytest.mark.parametrize(
    ("objective", "flat"),
    [
        ("做一款让玩家熬夜也要再打一局的游戏", False),
        ("让观众散场后还想再看一遍", False),
        ("每位住客退房时都想着下次再来", False),
        ("提升玩家活跃度", True),  # a measure of players is still a KPI, and flat
    ],
)
def test_players_audiences_and_guests_are_people_served(objective: str, flat: bool) -> None:
    # decision 634: 玩家, 观众, 住客 … are people an end state can be seen from
    assert _fires_alone("objective-not-inspiring", objective, "评分从7.6到8.5") is flat, objective


def test_a_head_count_of_players_stays_a_kpi() -> None:
    # decision 634: 玩家数 is a measure, as 用户数 is, though 玩家 now names people served
    result = _run("目标：玩家数翻番\n关键结果1：日活从5万到10万", "objective-is-metric")
    assert _ids(result) == ["objective-is-metric"]


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("Lift our pitch win rate", True),
        ("Shorten first response time", True),
        ("Raise first-call resolution", True),
        ("续约率拉回来", True),
        ("Win the Nordics", False),  # "win" before a market stays a marker
        ("Be the first choice for dental labs", False),
    ],
)
def test_a_marker_inside_a_measure_name_marks_nothing(objective: str, fires: bool) -> None:
    # decision 636: "win" in "win rate", "first" before "response time" name the measure
    assert _fires_alone("objective-is-metric", objective, "40% -> 55%") is fires, objective


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("交付合格率提升", True),  # a verb glued to the rate names what it counts
        ("做大营收规模", True),
        ("把应收账款压下来", True),
        ("线索量上来", True),
        ("利润最大化", True),
        ("下半年不亏损", True),
        ("确保年度营收目标达成", True),
        ("保住市场份额", True),
        ("守住安全底线", False),  # no measure kept
        ("确保项目目标达成", False),  # a project's goal is no sales target
        ("加快数字化转型", False),
    ],
)
def test_chinese_kpis_pushed_up_kept_or_met(objective: str, fires: bool) -> None:
    # decision 637: 上来/加快/最大化/守住/保住 move or keep a measure; 库存 and 应收账款 are measures;
    # 不亏损 is a level of profit; "X目标达成" is the target met, said the other way round
    assert _fires_alone("objective-is-metric", objective, "回款率从80%到95%") is fires, objective


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("Drive adoption", True),
        ("Accelerate bookings", True),
        ("Improve occupancy", True),
        ("Lift on-time delivery", True),  # "on" opens the measure's name, not a scope
        ("Grow enrolment", True),
        ("Hit quota", True),
        ("Exceed the annual revenue plan", True),
        ("Drive innovation", False),
        ("Deliver the plan", False),
        ("Hit our goals", False),  # vague, not a sales target
    ],
)
def test_english_kpis_driven_or_their_target_met(objective: str, fires: bool) -> None:
    # decision 638: drive/accelerate/scale push a measure; trade measures (occupancy, enrolment,
    # on-time delivery); a sales or revenue target, quota or number met
    assert _fires_alone("objective-is-metric", objective, "40% -> 55%") is fires, objective


@pytest.mark.parametrize(
    ("objective", "flat"),
    [
        ("Reorganize the returns area", True),
        ("Restructure the partner team", True),
        ("Get organised", True),
        ("果农的苹果不愁卖", False),
        ("仓库再也不因为缺货停发", False),
        ("不让任何一位老人排队超过半小时", False),
        ("每一件出厂的衣服都是样品级", False),
        ("每个月都是重点", True),  # 每个 without 一 and 都是: no promise for each one
        ("带出一支能打硬仗的市场铁军", True),  # an internal state (decision 20)
    ],
)
def test_reorganising_is_work_and_never_again_is_a_promise(objective: str, flat: bool) -> None:
    # decisions 639, 640
    assert _fires_alone("objective-not-inspiring", objective, "40% -> 55%") is flat, objective


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("Grow bookings and gross margin", True),
        ("Lift retention and NPS", True),
        ("Grow bookings and delight our buyers", False),  # a second aim beside the measure
        ("Grow bookings without adding headcount", False),  # a condition: a direction
    ],
)
def test_measures_joined_by_and_are_still_kpis(objective: str, fires: bool) -> None:
    # decision 641
    assert _fires_alone("objective-is-metric", objective, "40% -> 55%") is fires, objective


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("Get more five-star reviews", True),
        ("新客增长", True),
        ("Get more sleep", False),  # no plural counted
        ("让新客第一次来就想再来", False),  # an end state seen from the new customers
    ],
)
def test_getting_more_of_a_count_and_new_customers_are_kpis(objective: str, fires: bool) -> None:
    # decision 642
    assert _fires_alone("objective-is-metric", objective, "40% -> 55%") is fires, objective


@pytest.mark.parametrize(
    ("objective", "flat"),
    [
        ("游客在任何一家分店吃到的都是同一个味道", False),
        ("装卸工每天平平安安下班", False),
        ("每一个项目都是重点", True),  # a priority for each, no quality seen by anyone
    ],
)
def test_the_same_good_thing_in_any_one_of_them_is_a_promise(objective: str, flat: bool) -> None:
    # decision 643
    assert _fires_alone("objective-not-inspiring", objective, "40% -> 55%") is flat, objective


# -- twelfth round, acc12 (decisions 756, 757) ---------------------------------------------------


@pytest.mark.parametrize(
    ("objective", "flat"),
    [
        ("房东把房子交给我们打理就不用再操心", False),  # a promise seen from the landlords
        ("病人复诊不必再排一上午的队", False),
        ("家长用不着再请假陪孩子跑医院", False),
        ("做好物业服务工作", True),  # still flat work
    ],
)
def test_no_longer_having_to_is_a_promise(objective: str, flat: bool) -> None:
    # decision 756: 不用再/不必再/用不着 read as 再也不 does (decision 640)
    assert _fires_alone("objective-not-inspiring", objective, "40% -> 55%") is flat, objective


@pytest.mark.parametrize(
    ("objective", "flat"),
    [
        ("Get the snow groomers ready before the season opens", True),
        ("Get our vans ready before the holiday season", True),
        ("Get the kitchen ready", True),
        (
            "Get every new volunteer ready to lead a shift in their first week",
            False,
        ),  # people served
    ],
)
def test_getting_a_thing_ready_is_flat_work(objective: str, flat: bool) -> None:
    # decision 757: "ready" closes "get … ready" as a particle closes "set … up"
    assert _fires_alone("objective-not-inspiring", objective, "40% -> 55%") is flat, objective


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        ("Be profitable at both depots by the end of Q4", True),
        ("Reach break-even", True),
        ("Get cash-flow positive before the next raise", True),
        ("Stay in the black", True),
        ("Be profitable while paying every grower a fair price", False),  # a direction beside it
        ("Be the positive voice our town trusts", False),
    ],
)
def test_profit_reached_is_a_kpi_objective(objective: str, fires: bool) -> None:
    # decision 762: profitability as the whole objective is profit's level, a KPI
    assert _fires_alone("objective-is-metric", objective, "Margin 3% -> 8%") is fires, objective


@pytest.mark.parametrize(
    ("objective", "vague"),
    [
        ("希望明年大家都顺顺利利", True),  # a wish, nothing to check (decision 763)
        ("但愿我们越来越好", True),
        ("希望每位老人都能在家门口看上病", False),  # a wish with an end state in it
        ("顺利完成新仓库搬迁", False),  # work named: flat, not vague
    ],
)
def test_a_wish_alone_is_vague(objective: str, vague: bool) -> None:
    ids = _ids(_run(f"目标：{objective}\nKR1: 满意度从80%到90%", "objective-vague"))
    assert (ids == ["objective-vague"]) is vague, objective


# -- acc13: Chinese KPI objectives in shop and personal voices (decisions 875-883) --------------


@pytest.mark.parametrize(
    ("objective", "fires"),
    [
        # 875: the people counted to a figure say how many there will be
        ("粉丝拉到3万", True),
        ("学员招到800人", True),
        ("门店客户拉到500家", True),
        ("会员发展到5万人", True),  # 发展|到 cut apart by jieba
        ("让会员到店五分钟就能取到餐", False),  # no figure after 到: the people act
        ("让每位学员都学到真本事", False),
        # 876: a measure brought to its lowest is minimised, 最 is no marker there
        ("把食材浪费降到最低", True),
        ("出餐等待时间缩到最短", True),
        ("物流成本压到最低", True),
        ("把每一道菜都做到最好", False),  # 最好 stays a marker
        ("做全城最低价的生鲜店", False),  # 最 not after a move verb and 到
        # 877: bad events brought to zero, as 零事故
        ("食品安全事故清零", True),
        ("客户差评归零", True),
        ("包裹丢失和破损投诉清零", True),  # what went wrong named before the complaints
        ("做好库房管理，差错清零", False),  # a clause of work beside it
        # 878: partners won and counted, even after a verb of work
        ("新开发25家区域代理商", True),
        ("发展40家加盟店", True),
        ("建立6个稳定的合作伙伴关系", True),
        ("培训40家代理商", False),  # work done with partners
        ("走访25家经销商", False),
        # 879: a measure kept in a band, no figure
        ("把原料库存控制在合理水平", True),
        ("体重保持在健康范围内", True),
        ("把项目风险控制在可控范围内", False),  # 风险 is no measure's name
        # 880: colloquial 拉起来/冲起来
        ("客流量拉起来", True),
        ("到店人数冲起来", True),
        ("把团队士气拉起来", False),  # 士气 is no measure
        # 881: a figure held at a bound
        ("每天的阅读时间保持在1小时以上", True),
        ("返工控制在2%以内", True),
        ("保持在行业前列", False),  # no figure
        # 882: a test taken to a score
        ("托福考出105分", True),
        ("推出3款季节限定", False),  # 推出 launches things
        # 883: a measure word and 数 count what they name
        ("交易笔数提上来", True),
        ("新车销售台数提升", True),
        ("提升团队凝聚力", False),
        # 885: 销售 moved by a KPI verb is the sales figure, not the sales staff
        ("加盟店销售提上去", True),
        ("提高团购销售", True),
        ("提升销售团队的谈判能力", False),  # 销售团队: the team
        ("让销售愿意天天打开我们的报表", False),  # the sales staff act
    ],
)
def test_zh_kpi_objectives_in_shop_and_personal_voices(objective: str, fires: bool) -> None:
    assert _fires_alone("objective-is-metric", objective, "复购率从20%提升到30%") is fires, (
        objective
    )


@pytest.mark.parametrize(
    ("objective", "flat"),
    [
        ("Get the People team ready to support 600 employees", True),  # decision 884
        ("Set the parents group up for the autumn term", True),
        ("Build a team people fight to join", False),  # the people served act
    ],
)
def test_a_team_named_after_people_is_no_people_served(objective: str, flat: bool) -> None:
    assert _fires_alone("objective-not-inspiring", objective, "40% -> 55%") is flat, objective


def test_model_does_not_overrule_an_aspiration_the_rule_reads() -> None:
    # Decision 990: the retrained model put "Delight …" at p 0.55; the rule reads "Delight" as
    # an aspiration, and the model only adds what the rules miss.
    text = (
        "Objective: Delight our enterprise customers this quarter\n"
        "KR1: Raise enterprise NPS from 30 to 45 (owner: Ana)\n"
        "KR2: Renewal rate from 80% to 90% (owner: Ben)"
    )
    result = review(text, config=Config())
    assert [f.rule_id for f in result.findings if f.target == "o1"] == []
