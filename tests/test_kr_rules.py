"""Behaviour of the key-result rules beyond their catalog examples.

Required rewrites, edge cases, and precision: realistic, well-written key results from many
functions in both languages on which none of these rules may fire.
"""

from __future__ import annotations

import re

import pytest

from coach import review
from coach.config import Config
from coach.wordlists import mapping, words
from rules import get

KR_RULES = [
    "kr-not-quantified",
    "kr-is-task",
    "kr-activity-count",
    "kr-negative-phrasing",
    "kr-vague-wording",
    "kr-compound",
]
CONTEXT = {
    "zh": "目标：本季度让客户爱上我们的服务\n关键结果1：",
    "en": "Objective: Make customers love our service this quarter\nKR1: ",
}

GOOD_ZH = [
    # sales
    "华东区新签客户20家",
    "往渠道中增加25个合格机会",
    "季度销售额从800万元提升到1200万元",
    "大客户续约率达到95%",
    "新增合格销售线索300条",
    "平均客单价从1.2万元提升到1.5万元",
    # marketing
    "增加20%的社交媒体互动量",
    "在Facebook和Twitter上增加20%的粉丝数量",
    "官网自然搜索流量从每月5万提升到8万",
    "品牌搜索指数提升30%",
    "在3小时内回复新留言",
    "公众号新增关注者2万人",
    # engineering
    "核心服务可用性达到99.95%",
    "接口p95响应时间从800毫秒缩短到300毫秒",
    "单元测试覆盖率从45%提升到70%",
    "线上发布频率从每月2次提升到每周3次",
    "构建时长缩短到10分钟以内",
    # product
    "新用户7日留存率从25%提升到35%",
    "付费转化率达到4.5%",
    "月活跃用户突破100万",
    "新功能使用率达到30%",
    "App Store评分提升到4.7分",
    # customer service
    "客户问题解决时间缩短至2天",
    "客户问题反映时间缩短至4小时",
    "客户满意度从80%提升到90%",
    "首次联系解决率达到85%",
    "NPS从30提升到45",
    # HR
    "制定激励计划，覆盖至少70%以上人员",
    "试用期员工转正率达到90%",
    "关键岗位到岗时间缩短到30天",
    # finance / ops
    "应收账款周转天数从60天缩短到45天",
    "季度预算执行准确率不低于95%",
    "仓库订单当日发货率达到98%",
    "供应商准时交付率提升到95%",
    # data
    "核心报表数据准确率达到99.5%",
    "数据需求交付周期从10天缩短到5天",
    # personal growth
    "英语雅思成绩达到7分",
    "付费学员数从2万增长到3.5万",
    "核心服务可用率达到99.95%",
    "代码评审覆盖率达到100%",
    "自动化测试用例数增加到2000条",
    "签约5家区域经销商",
    "核心人才保留率不低于95%",
    "GitHub开源项目获得500颗星",
    "新客户首单转化率从12%提升到18%",
    "门店会员复购率达到35%",
    "退款处理时长缩短到24小时以内",
    "渠道伙伴贡献的营收占比提升到30%",
    "员工敬业度调研得分从3.5提升到4.0",
    "把客服首次响应时间降到1小时以内",
]
GOOD_EN = [
    # sales
    "Sign 5 enterprise customers",
    "Add 25 qualified opportunities to the pipeline",
    "Grow enterprise ARR from $1.2M to $2M",
    "Raise net revenue retention to 115%",
    "Close $500k in new business from the partner channel",
    "Increase average deal size from $18k to $25k",
    # marketing
    "Increase organic signups from 2,000 to 3,500 per month",
    "Raise newsletter open rate to 45%",
    "Generate 400 marketing-qualified leads",
    "Grow LinkedIn followers by 30%",
    "Get 500 webinar registrations from target accounts",
    # engineering
    "Raise API availability to 99.95%",
    "Cut p95 checkout latency from 900 ms to 300 ms",
    "Raise unit test coverage from 45% to 70%",
    "Deploy to production at least 3 times per week",
    "Bring CI build time under 10 minutes",
    # product
    "Raise day-7 retention of new users from 25% to 35%",
    "Reach 100k monthly active users",
    "Increase trial-to-paid conversion to 4.5%",
    "30% of active accounts use the new dashboard weekly",
    "Raise App Store rating to 4.7",
    # customer service
    "Resolve 90% of support tickets within 24 hours",
    "Raise CSAT from 80% to 90%",
    "Raise NPS from 30 to 45",
    "First response time under 1 hour for priority tickets",
    "Raise first-contact resolution rate to 85%",
    # HR
    "Raise offer acceptance rate to 80%",
    "90% of new hires complete onboarding within 30 days",
    "Raise employee engagement score from 72 to 80",
    # finance / ops
    "Reduce days sales outstanding from 60 to 45",
    "Keep budget variance within 5%",
    "Ship 98% of orders on the same day",
    "Raise on-time supplier delivery to 95%",
    # data
    "Raise accuracy of the core revenue dashboard to 99.5%",
    "Cut data request turnaround from 10 days to 5",
    # personal growth
    "Score 7.0 or higher on the IELTS",
    "Raise NPS for enterprise and SMB customers to 50",
    "Mean time to recovery under 30 minutes",
    "Migrate 100% of services to Kubernetes",
    "Mean time to patch critical vulnerabilities under 14 days",
    "Every candidate receives feedback within 48 hours",
    "Expand to 2 new countries (Germany and France)",
    "Time-to-hire below 45 days",
    "Achieve a 4.6 rating on G2 with at least 100 reviews",
    "Raise the share of invoices paid on time from 70% to 90%",
    "Grow weekly active teams from 400 to 650",
    "Cut onboarding time for new merchants from 14 days to 5",
    "Referral program drives 15% of new signups by Sep 30",
]


def _review(lang: str, kr: str, rule_id: str | list[str]):
    ids = [rule_id] if isinstance(rule_id, str) else rule_id
    text = CONTEXT[lang] + kr
    # The rules alone (their own rewrites): the encoder's library examples and the model's
    # findings are tested in tests/test_classifier.py.
    return text, review(text, select=ids, config=Config(semantic=False, use_model=False))


def _findings(lang: str, kr: str, rule_id: str):
    text, result = _review(lang, kr, rule_id)
    return [(text[f.span.start : f.span.end], f) for f in result.findings]


def _suggestion(lang: str, kr: str, rule_id: str) -> str:
    found = _findings(lang, kr, rule_id)
    assert found, f"{rule_id} should fire on {kr!r}"
    assert found[0][1].suggestions, f"{rule_id} gave no suggestion for {kr!r}"
    return found[0][1].suggestions[0].text


@pytest.mark.parametrize(
    ("lang", "kr"), [("zh", k) for k in GOOD_ZH] + [("en", k) for k in GOOD_EN]
)
def test_no_kr_rule_fires_on_good_key_results(lang: str, kr: str) -> None:
    text, result = _review(lang, kr, KR_RULES)
    got = [(f.rule_id, text[f.span.start : f.span.end]) for f in result.findings]
    assert not got, f"false alarm on a good KR {kr!r}: {got}"


def test_calibration_sets_are_large_enough() -> None:
    assert len(GOOD_ZH) >= 40 and len(GOOD_EN) >= 40


# -- kr-negative-phrasing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "kr", "expected"),
    [
        ("zh", "把错误比例降低至10%", "把精确度提升到90%"),
        ("zh", "降低试用期人员季度主动离职率到5%", "试用期人员季度保留率提升到95%"),
        ("zh", "客户流失率从8%降低到5%", "客户留存率从92%提升到95%"),
        ("zh", "主动离职率控制在5%以内", "保留率保持在95%以上"),
        ("zh", "降低错误率", "准确率从[基线]提升到[目标值]"),  # decision 320
        ("en", "Reduce error rate to 2%", "Raise accuracy to 98%"),
        ("en", "Cut churn to 5%", "Raise retention to 95%"),
        ("en", "Reduce monthly churn from 4% to 2%", "Raise monthly retention from 96% to 98%"),
        (
            "en",
            "Keep churn below 3% for enterprise accounts",
            "Keep retention above 97% for enterprise accounts",
        ),
        (
            "en",
            "Reduce the error rate of the checkout API to 0.5%",
            "Raise the accuracy of the checkout API to 99.5%",
        ),
    ],
)
def test_negative_phrasing_rewrites(lang: str, kr: str, expected: str) -> None:
    assert _suggestion(lang, kr, "kr-negative-phrasing") == expected


def test_negative_phrasing_relative_change_gets_a_placeholder() -> None:
    # Decision 830: a relative fall's complement is asked from a baseline to a target (a 20%
    # fall of the errors is no 20% rise of the accuracy), not "提升[N]%".
    found = _findings("zh", "错误率降低20%", "kr-negative-phrasing")
    sug = found[0][1].suggestions[0]
    assert sug.text == "准确率从[基线]提升到[目标值]"
    assert sug.placeholders == ["[基线]", "[目标值]"] and sug.applicability == "display-only"
    assert _suggestion("zh", "降低拣货差错率12%", "kr-negative-phrasing") == (
        "拣货准确率从[基线]提升到[目标值]"
    )
    # "同比" names the baseline once: last year's, not "同比从[基线]…"
    assert "从去年同期的[基线]提升到[目标值]" in _suggestion(
        "zh", "差错率同比降低15%", "kr-negative-phrasing"
    )
    assert _suggestion("en", "Reduce churn in the Nordics by 12%", "kr-negative-phrasing") == (
        "Raise retention in the Nordics from [baseline] to [target]"
    )


@pytest.mark.parametrize(
    ("lang", "kr", "bad"),
    [
        # No complement that is the same number (decision 82): complaints are not satisfaction,
        # incidents are not availability. The rewrite asks what the fall would show. Customers'
        # complaints have one, the orders with none (decision 550); staff's have no orders.
        ("zh", "行政类投诉减少到每月3起", "行政类投诉"),
        ("zh", "员工投诉率下降15%", "员工投诉率"),
        ("en", "Reduce complaints from 30/month to 10/month", "complaints"),
        ("en", "Reduce P1 incidents to 2 per quarter", "P1 incidents"),
    ],
)
def test_negative_phrasing_asks_when_the_complement_is_another_number(
    lang: str, kr: str, bad: str
) -> None:
    found = _findings(lang, kr, "kr-negative-phrasing")
    assert len(found) == 1 and found[0][1].severity == "info"
    sug = found[0][1].suggestions[0]
    assert sug.asks and not sug.placeholders and f"“{bad}”" in sug.text
    assert not re.search(r"满意度|CSAT|satisfaction|availability|可用", sug.text)


@pytest.mark.parametrize(
    ("lang", "kr", "rewrite"),
    [
        # A share with an exact complement: the figures are converted.
        ("zh", "减少客户退货率,从每月8%降低至4%", "未退货订单占比从92%提升到96%"),
        # Decision 138: a share falling between two figures turns through the word list's own
        # complement (不良率 -> 良品率), the scope kept.
        ("zh", "涂装不良率由2.8%降到1.2%", "涂装良品率由97.2%提升到98.8%"),
    ],
)
def test_negative_phrasing_restates_the_measure_through_the_library_complement(
    lang: str, kr: str, rewrite: str
) -> None:
    found = _findings(lang, kr, "kr-negative-phrasing")
    assert len(found) == 1 and found[0][1].severity == "info"
    sug = found[0][1].suggestions[0]
    assert sug.text == rewrite and not sug.asks


@pytest.mark.parametrize(
    "kr",
    [
        "早自习不迟到",
        "期末不挂科",
        "改掉熬夜刷手机的习惯",
        "转二线升级工单占比由12%压到6%",
        "临期食材浪费减少40%",  # waste, skipped classes and penalty points are bad events too
        "旷课不超过1次",
        "过期原料零出现",
    ],
)
def test_negative_phrasing_reads_bad_habits_and_escalations(kr: str) -> None:
    # "不" before a bad event, giving up a bad habit, escalated tickets (decisions 10, 62)
    assert _findings("zh", kr, "kr-negative-phrasing"), kr


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "客户问题解决时间缩短至2天"),
        ("zh", "云服务成本降低15%"),
        ("zh", "通过降低错误率，把客户满意度提升到90%"),
        ("en", "Reduce p95 latency to 200 ms"),
        ("en", "Cut cloud spend by 15%"),
        ("en", "Raise NPS to 50 by reducing support errors"),
        ("en", "Keep churn-related escalations documented under the new playbook"),
    ],
)
def test_negative_phrasing_leaves_time_cost_and_means_alone(lang: str, kr: str) -> None:
    assert not _findings(lang, kr, "kr-negative-phrasing")


@pytest.mark.parametrize(
    "kr",
    [
        "No tier 1 customer is blocked from upgrading",  # a label's number in the gap
        "Patch all critical CVEs within SLA",  # "all" counts the found bad things (decision 44)
        "Eliminate flakiness in CI",
    ],
)
def test_negative_phrasing_in_real_english_shapes(kr: str) -> None:
    assert _findings("en", kr, "kr-negative-phrasing")


def test_negative_metric_complements_are_names_not_sentences() -> None:
    for lang in ("zh", "en"):
        for key, value in mapping("kr_negative_metrics", lang).items():
            assert key != value.lower() and "[" not in value


# -- kr-is-task -------------------------------------------------------------------------------


def test_is_task_rewrites_the_seed_task_into_the_outcome_it_serves() -> None:
    # Decision 140: named only where the context supports it, and always as a guess.
    config = Config(semantic=False, use_model=False)
    rv = review(
        "目标：本季度让合格商机翻倍\n关键结果1：给潜在用户发一封邮件\n关键结果2：赢单率从20%提升到25%",
        config=config,
    )
    (sug,) = [s for f in rv.findings if f.rule_id == "kr-is-task" for s in f.suggestions]
    assert sug.text == "合格商机数从[基线]提升到[目标值]"
    assert sug.placeholders == ["[基线]", "[目标值]"] and sug.applicability == "display-only"
    assert sug.note and "这是猜测" in sug.note and "行动计划" in sug.note
    rv = review(
        "Objective: Fill the pipeline with qualified opportunities this quarter\n"
        "KR1: Send an email to prospects\nKR2: Win rate from 20% to 25%",
        config=config,
    )
    (sug,) = [s for f in rv.findings if f.rule_id == "kr-is-task" for s in f.suggestions]
    assert sug.text == "Grow the number of qualified opportunities from [baseline] to [target]"
    assert sug.note and sug.note.startswith("A guess")
    # Under "让客户爱上我们的服务" nothing supports a sales metric: the question asks instead.
    sug = _findings("zh", "给潜在用户发一封邮件", "kr-is-task")[0][1].suggestions[0]
    assert sug.asks and "合格商机" not in sug.text


def test_is_task_asks_which_result_when_the_draft_does_not_say() -> None:
    # Decision 80: the question itself, not a "[结果指标]从[基线]…" skeleton; not a fix.
    # Decision 85: tied to the objective the work serves, when that says its aim.
    sug = _findings("zh", "会见新的销售副总裁", "kr-is-task")[0][1].suggestions[0]
    assert sug.text == (
        "这项工作服务于目标“本季度让客户爱上我们的服务”：做完后哪个数字会变好？"
        "把那个数字连同基线和目标值写成关键结果。"
    )
    assert sug.asks and not sug.placeholders
    assert sug.note and "会见新的销售副总裁" in sug.note and "行动计划" in sug.note
    found = _findings("en", "Meet the new VP of Sales", "kr-is-task")[0][1].suggestions[0]
    assert found.text.startswith(
        "This work serves the objective “Make customers love our service this quarter”: "
        "which number gets better when it is done?"
    )
    assert found.asks and found.note and "Meet the new VP of Sales" in found.note


def test_is_task_keeps_the_deadline_and_owner_out_of_the_rewrite() -> None:
    rv = review(
        # (KR2 measures something else: a sibling on partner revenue is asked about instead,
        # decision 324)
        "Objective: Grow partner-sourced revenue\nKR1: Kick off the partner program by Sep 1\n"
        "KR2: Gross margin from 40% to 45% by Sep 1",
        config=Config(semantic=False, use_model=False),
    )
    texts = [s.text for f in rv.findings if f.rule_id == "kr-is-task" for s in f.suggestions]
    assert texts == ["Grow partner-sourced revenue from [baseline] to [target] by Sep 1"]
    # A question is not a key result to tag (decision 87): the owner goes with the wording.
    text = _suggestion("zh", "会见新的销售副总裁（负责人：张三）", "kr-is-task")
    assert "张三" not in text and text.endswith("写成关键结果。")


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "推进渠道建设"),
        ("zh", "完成系统优化"),
        ("zh", "撰写新版产品白皮书"),
        ("zh", "本季度与核心经销商召开对接会"),
        ("zh", "编写4份新员工入职手册"),  # the phrase's head is the handbook, not 入职
        (
            "zh",
            "以99.5%的成功率完成门店收银系统切换",
        ),  # a quality bar before the verb (decision 31)
        ("zh", "给团队知识库贡献3篇教程"),
        ("zh", "实现门店自助点单功能"),  # 实现 with a thing built
        ("zh", "完成4轮复购流失原因访谈分析"),  # rounds of work, about an outcome
        ("en", "Kick off the partner program"),
        ("en", "Research competitor pricing"),
        ("en", "Organize the annual sales conference"),
        ("en", "In Q3, prepare the board deck"),
    ],
)
def test_is_task_catches_tasks_said_in_other_ways(lang: str, kr: str) -> None:
    assert _findings(lang, kr, "kr-is-task")


@pytest.mark.parametrize(
    ("lang", "kr", "severity"),
    [
        # a launch or completion dated on its own line is a milestone (decision 5): a warning
        ("zh", "9月1日前推出客户推荐计划", "warning"),
        ("zh", "9月30日前完成CRM系统迁移", "warning"),
        ("en", "Launch the referral program by Sep 1", "warning"),
        ("en", "Complete the CRM migration by September 30", "warning"),
        # hiring is a task with or without a count or a date (decision 4)
        ("zh", "完成季度招聘任务10人", "error"),
        ("zh", "截至6月底，招聘两名产品经理", "error"),
        ("zh", "本季度夜班坐席增加6人", "error"),
        ("en", "Hire 10 engineers by end of Q3", "error"),
        ("en", "Grow the support team by 4", "error"),
        # passing an exam or an audit is a task (decision 24)
        ("zh", "通过PMP认证考试", "error"),
        ("en", "Pass the PMP exam", "error"),
        # undated launches, decisions, discovery, personal to-dos
        ("zh", "上线会员积分商城", "error"),
        ("zh", "读完《原则》", "error"),
        ("zh", "重做帮助中心首页", "error"),
        ("zh", "更新全部销售话术", "error"),
        ("zh", "官网改版", "error"),
        ("en", "Launch the partner portal", "error"),
        ("en", "Decide on the search backend", "error"),
        ("en", "Find the top 3 reasons trials do not convert", "error"),
        ("en", "Renegotiate the cloud contract", "error"),
        ("en", "Train the billing team", "error"),
        ("en", "Dashboards for every region", "error"),
        # a launch led with a quality bar, not a change (decision 25)
        ("zh", "年底前完成仓库盘点，账实相符率≥99.5%", "warning"),
        ("en", "Migrate payroll to the new provider with 99.9% data accuracy", "error"),
        # reaching a certification is passing it (decision 24); a feature is built, not won
        ("zh", "获得ISO 27001认证", "error"),
        ("en", "Achieve SOC 2 Type II certification", "error"),
        ("zh", "开发会员积分小程序", "error"),
        # a state to reach that is work to do: the work decides
        ("zh", "确保新版客服系统上线", "error"),
        ("zh", "实现订单系统与仓储系统对接", "error"),
        ("en", "Ensure the new billing flow is rolled out to all regions", "error"),
        # a generation is a label, not a count; a bracketed owner is no team prefix
        ("zh", "输出一份《95后职场人通勤洞察》", "error"),
        ("zh", "上线新版工单系统（负责人：李雷）", "error"),
        ("en", "Partner portal live", "error"),
    ],
)
def test_is_task_flags_milestones_hiring_and_other_tasks(lang: str, kr: str, severity: str) -> None:
    found = _findings(lang, kr, "kr-is-task")
    assert [f.severity for _s, f in found] == [severity], kr


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "发展10家区域代理商"),  # 发 must not lead 发展; partners won (decision 8)
        ("zh", "每月提供2次个人培训"),  # left to kr-activity-count
        ("zh", "优化客户回复流程"),  # vague and unquantified, not a task
        ("zh", "签约8家区域分销商"),
        ("zh", "把退款率降低到2%"),
        # a bad event kept from happening is negative phrasing, not work (decision 62)
        ("zh", "早自习不迟到"),
        ("zh", "仓库不再出现重大货损"),
        ("zh", "改掉熬夜刷手机的习惯"),
        ("en", "Hold 4 webinars per month"),
        ("en", "Improve onboarding for new accounts"),
        ("en", "Grow ARR from $2M to $3M by shipping the partner portal"),
        ("en", "Publish 4 playbooks adopted by at least 2 other regions"),  # decision 25
        ("en", "90% of services deploy from the new pipeline"),  # decision 3
    ],
)
def test_is_task_leaves_outcomes_and_activity_counts_alone(lang: str, kr: str) -> None:
    assert not _findings(lang, kr, "kr-is-task")


# -- kr-activity-count ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "kr", "span"),
    [
        ("zh", "每个季度开展2次团队活动", "开展2次团队活动"),
        ("zh", "每月推出2个客户关怀活动", "推出2个客户关怀活动"),
        ("zh", "每半年做一次人才晋升", "做一次人才晋升"),
        ("zh", "参与6个Twitter的聊天", "参与6个Twitter的聊天"),
        ("zh", "增加发帖频率：Twitter每天8次，Facebook每天3次", "发帖频率：Twitter每天8次"),
        ("zh", "拜访50家客户", "拜访50家客户"),
        ("en", "Make 200 sales calls", "Make 200 sales calls"),
        ("en", "Conduct 10 customer interviews", "Conduct 10 customer interviews"),
        ("en", "Visit 50 customers", "Visit 50 customers"),
        ("en", "Run two workshops per month", "Run two workshops"),
    ],
)
def test_activity_count_spans(lang: str, kr: str, span: str) -> None:
    assert [s for s, _ in _findings(lang, kr, "kr-activity-count")] == [span]


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        # a count or a duration of an effort per cadence (decision 6)
        ("zh", "每周发布行业推文4篇"),
        ("zh", "每天直播不少于6小时"),
        ("zh", "每天站会15分钟"),
        # a habit counted after a cadence, with no measure named before the number
        ("zh", "每天练字40分钟"),
        ("zh", "每周游泳2次，每次1000米"),
        ("zh", "每天背单词80个"),
        ("en", "Weekly 3 customer calls per rep"),
        # efforts named without a verb, counted or for a whole population
        ("en", "8 partner case studies"),
        ("en", "QBRs for all Tier 2 partners"),
    ],
)
def test_activity_count_flags_an_effort_per_cadence(lang: str, kr: str) -> None:
    assert _findings(lang, kr, "kr-activity-count"), kr
    assert not _findings(lang, kr, "kr-is-task")


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        # a verb inside the subject does not lead: the predicate moves a measure
        ("zh", "新版本灰度测试通过率提升"),
        ("zh", "门店污水排放达标"),
        ("zh", "把接口缓存命中率提上去"),
        ("zh", "3名骨干晋升为高级工程师"),
        # a share of a population joining is a measured state (decision 3), not hiring
        ("zh", "新员工入职60天内独立值班的比例达到80%"),
        # nouns, not verbs: "on-call", "a call"
        ("en", "Pages per on-call shift from 12 to under 4"),
        ("en", "Time to schedule a call under 2 minutes"),
        # a level to reach, however it is said
        ("en", "Reach a mentor rating of 4.2/5 or higher"),
        ("en", "Answer 95% of chats within 2h (support team)"),
        ("en", "Late deliveries ≤ 3 per region per month"),
        ("en", "Maintain uptime above 99.95%"),
        ("zh", "实现盈亏平衡"),
    ],
)
def test_result_shape_reads_subjects_nouns_and_levels(lang: str, kr: str) -> None:
    assert not _findings(lang, kr, "kr-is-task"), kr
    assert not _findings(lang, kr, "kr-activity-count"), kr


def test_activity_count_fix_keeps_the_timeframe_and_uses_placeholders() -> None:
    found = _findings("en", "Publish 12 blog posts this quarter", "kr-activity-count")
    sug = found[0][1].suggestions[0]
    # Nothing says which result the posts serve: the question, for the whole wording.
    assert sug.asks and "which number gets better" in sug.text
    assert sug.applicability == "display-only" and not sug.placeholders
    assert "哪个数字" in _suggestion("zh", "每月提供2次个人培训", "kr-activity-count")


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "通过每周在Quora上发布了3个答案和1个问题，来获得15个粉丝"),
        ("zh", "举办3场线下沙龙，吸引500名客户参加"),
        ("zh", "App下载量达到10万次"),
        ("zh", "活跃用户人均每周登录3次"),
        ("zh", "每周新客40个"),
        ("zh", "每天销量600杯"),
        ("zh", "每月外卖差评不超过5条"),
        ("zh", "每周发布次数从3次提升到10次"),
        ("zh", "组长季度考评平均分88分以上"),  # a named measure's level
        ("zh", "增加2个客户服务渠道（微信 与 微博）"),
        ("en", "Hold 3 webinars with 500 attendees"),
        ("en", "Close 20 deals"),
        ("en", "Ship 3 major features"),
    ],
)
def test_activity_count_leaves_outcome_counts_alone(lang: str, kr: str) -> None:
    assert not _findings(lang, kr, "kr-activity-count")


# -- kr-not-quantified -------------------------------------------------------------------------


def test_not_quantified_appends_a_measure_with_placeholders() -> None:
    sug = _findings("zh", "提升客户满意度", "kr-not-quantified")[0][1].suggestions[0]
    assert sug.text == "客户满意度从[基线]提升到[目标值]"
    assert sug.applicability == "display-only"
    assert _suggestion("en", "Improve customer satisfaction", "kr-not-quantified") == (
        "Improve customer satisfaction from [baseline] to [target]"
    )
    # No measure named: which number shows it, asked (decisions 80 and 142).
    assert _suggestion("en", "Make onboarding smoother", "kr-not-quantified") == (
        "Which number shows “Make onboarding smoother”, and what is its target? Write that "
        "number with its baseline and target."
    )


@pytest.mark.parametrize(
    ("lang", "kr", "message", "question"),
    [
        ("en", "Yoga every Friday", "is recurring work (“every Friday”)", "is recurring work:"),
        ("zh", "每周部门例会", "是例行工作（“每周”）", "哪个数字"),
        ("en", "hit number", "has no number or target", "Which number is “hit number”, and what"),
    ],
)
def test_not_quantified_says_what_recurring_work_and_a_bare_result_lack(
    lang: str, kr: str, message: str, question: str
) -> None:
    # Decision 142 (blind read 5): recurring work has a cadence, not "no number"; a result named
    # without its number is asked for the number, not how one knows that it "worked".
    ((_span, f),) = _findings(lang, kr, "kr-not-quantified")
    assert message in f.message, f.message
    assert question in f.suggestions[0].text, f.suggestions[0].text


def test_not_quantified_on_a_task_leaves_the_finding_and_rewrite_to_kr_is_task() -> None:
    _, result = _review("zh", "会见新的销售副总裁", ["kr-not-quantified", "kr-is-task"])
    assert [f.rule_id for f in result.findings] == ["kr-is-task"]
    checks = {c.rule_id: c.status for c in result.objectives[0].key_results[0].checks}
    assert checks == {"kr-not-quantified": "fail", "kr-is-task": "fail"}
    rewrite = result.objectives[0].key_results[0].rewrite
    assert rewrite is not None and rewrite.asks and "哪个数字会变好" in rewrite.text


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "在xx销售周期内比同期多组织XX场小区营销活动"),
        ("zh", "月活跃用户翻一番"),
        ("zh", "NPS达到[N]"),
        ("zh", "门店客诉零起"),
        ("en", "Double weekly active users"),
        ("en", "Grow pipeline to XX qualified opportunities"),
        ("en", "100% of new hires complete security training"),
    ],
)
def test_not_quantified_accepts_words_and_placeholders(lang: str, kr: str) -> None:
    assert not _findings(lang, kr, "kr-not-quantified")


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "全员完成信息安全培训"),  # a universal word without digits: who, not how many
        ("zh", "所有门店上线自助收银"),
        ("en", "All new hires complete security training"),
        ("en", "Call every lapsed donor once"),
    ],
)
def test_not_quantified_fails_on_universal_words_without_digits(lang: str, kr: str) -> None:
    _, result = _review(lang, kr, "kr-not-quantified")
    checks = [c.status for c in result.objectives[0].key_results[0].checks]
    assert checks == ["fail"]


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "9月1日前完成系统优化"),  # a date alone is not a measure …
        ("en", "Improve onboarding by end of Q3"),
        ("en", "Roll out v2 of the mobile app"),  # … nor is a version label
    ],
)
def test_not_quantified_is_not_fooled_by_dates_and_labels(lang: str, kr: str) -> None:
    # a date is a deadline, not a target, even on a completion (docs/principles.md)
    text = {
        "zh": "目标：让客户爱上我们的服务\n关键结果1：",
        "en": "Objective: Delight customers\nKR1: ",
    }
    result = review(text[lang] + kr, select=["kr-not-quantified"], config=Config(use_model=False))
    assert [f.rule_id for f in result.findings] == ["kr-not-quantified"]


# -- kr-vague-wording --------------------------------------------------------------------------


def test_vague_hedge_is_deleted_even_with_a_number() -> None:
    found = _findings("zh", "尽量将客户流失率控制在5%以内", "kr-vague-wording")
    assert [s for s, _ in found] == ["尽量"]
    assert found[0][1].suggestions[0].text == "将客户流失率控制在5%以内"
    assert _suggestion("en", "Try to grow trial signups to 2,000", "kr-vague-wording") == (
        "Grow trial signups to 2,000"
    )


def test_vague_quantity_becomes_a_placeholder() -> None:
    assert _suggestion("zh", "新增若干合作伙伴", "kr-vague-wording") == "新增[N]个合作伙伴"
    assert _suggestion("en", "Sign several new reseller partners", "kr-vague-wording") == (
        "Sign [N] new reseller partners"
    )


def test_vague_word_without_number_offers_the_measure_with_the_deletion() -> None:
    # Deleted alone, the word would leave a change with no amount (decision 47: still vague).
    found = _findings("en", "Significantly increase organic traffic", "kr-vague-wording")
    texts = [s.text for s in found[0][1].suggestions]
    assert texts == ["Increase organic traffic from [baseline] to [target]"]


def test_combined_rewrite_applies_vague_and_quantified_fixes_once() -> None:
    ids = ["kr-not-quantified", "kr-vague-wording"]
    _, result = _review("zh", "大幅提升新用户转化率", ids)
    assert result.objectives[0].key_results[0].rewrite.text == "新用户转化率从[基线]提升到[目标值]"


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "新用户转化率从3%进一步提升到5%"),  # filler beside a number is harmless
        ("zh", "建立统一流程，审批时长缩短到1天"),  # 统一流程 is not 一流
        ("zh", "新增有效线索300条"),
        ("en", "Resolve 90% of tickets better than the 24-hour SLA"),
        ("en", "Ship 3 statistically significant pricing experiments"),
        ("en", "Raise NPS for enterprise and SMB customers to 50"),
    ],
)
def test_vague_wording_precision(lang: str, kr: str) -> None:
    assert not _findings(lang, kr, "kr-vague-wording")


# -- kr-compound -------------------------------------------------------------------------------


def test_compound_splits_into_a_new_kr_line() -> None:
    text = CONTEXT["zh"] + "新签客户20家并且续约率达到90%（负责人：王芳）\n关键结果2：NPS达到50"
    result = review(text, select=["kr-compound"])
    (f,) = result.findings
    assert text[f.span.start : f.span.end] == "续约率达到90%"
    sug = f.suggestions[0]
    # both shown (decision 181), the owner on both (decision 430)
    assert sug.text == "新签客户20家（负责人：王芳）\n续约率达到90%（负责人：王芳）"
    applied = text
    for e in sorted(sug.edits, key=lambda e: e.start, reverse=True):
        applied = applied[: e.start] + e.replacement + applied[e.end :]
    assert (
        "新签客户20家（负责人：王芳）\n关键结果：续约率达到90%（负责人：王芳）\n关键结果2：NPS达到50"
        in applied
    )
    again = review(applied, select=["kr-compound"])
    assert not again.findings
    assert len(again.objectives[0].key_results) == 3


def test_compound_keeps_a_trailing_deadline_with_the_first_kr() -> None:
    found = _findings("en", "Grow ARR to $2M and cut churn to 3% by end of Q3", "kr-compound")
    (span, f) = found[0]
    assert span == "cut churn to 3%"
    assert f.suggestions[0].text == "Grow ARR to $2M by end of Q3\nCut churn to 3%"
    # the last key result: the new line takes the next number (decision 588)
    assert any(e.replacement == "\nKR2: Cut churn to 3%" for e in f.suggestions[0].edits)


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "华东区和华南区NPS分别达到50和45"),
        ("zh", "通过将客户文章放在4个行业相关的网站来拓展影响力"),
        ("zh", "上线新版官网以将转化率提升到5%"),
        ("en", "Hire 5 engineers and 2 designers"),
        ("en", "Hold 3 webinars to generate 40 sales-qualified leads"),
        ("en", "Grow revenue in the US and EU to $3M"),
    ],
)
def test_compound_precision(lang: str, kr: str) -> None:
    assert not _findings(lang, kr, "kr-compound")


# -- metadata and data ------------------------------------------------------------------------


@pytest.mark.parametrize("rule_id", KR_RULES)
def test_kr_rule_metadata(rule_id: str) -> None:
    rule = get(rule_id)
    assert rule.target == "kr"
    expected = {
        "kr-not-quantified": "error",
        "kr-is-task": "error",
        "kr-activity-count": "warning",
        "kr-negative-phrasing": "info",
        "kr-vague-wording": "warning",
        "kr-compound": "info",
    }
    assert rule.severity == expected[rule_id]
    assert rule.fixable


def test_kr_word_lists_load_in_both_languages() -> None:
    for name in (
        "kr_task_verbs",
        "kr_milestone_verbs",
        "kr_activity_verbs",
        "kr_activity_nouns",
        "kr_outcome_nouns",
        "kr_vague_hedges",
        "kr_vague_words",
        "kr_result_verbs",
    ):
        for lang in ("zh", "en"):
            assert words(name, lang), (name, lang)
    for name in (
        "kr_negative_metrics",
        "kr_reduce_words",
        "kr_vague_quantities",
        "outcome_keywords",
    ):
        for lang in ("zh", "en"):
            assert mapping(name, lang), (name, lang)


def test_quantity_words_match_whole_words_in_chinese() -> None:
    # 零 (zero) quantifies, 零售 (retail) does not
    assert _findings("zh", "提升零售渠道收入", "kr-not-quantified")
    assert not _findings("zh", "线上事故数保持为零", "kr-not-quantified")


def test_a_bare_four_digit_count_is_not_a_year() -> None:
    assert not _findings("zh", "自动化测试用例数增加到2000条", "kr-not-quantified")
    assert _findings("en", "Improve onboarding in 2025", "kr-not-quantified")


def test_hedge_glued_to_its_verb_by_jieba_is_still_found():
    from coach import review

    r = review("目标：本季度让客户满意（负责人：王芳）\n关键结果1：尽量减少客服投诉")
    hits = [f for f in r.findings if f.rule_id == "kr-vague-wording"]
    text = "目标：本季度让客户满意（负责人：王芳）\n关键结果1：尽量减少客服投诉"
    assert [text[f.span.start : f.span.end] for f in hits] == ["尽量"]


# -- rewrites a coach would write (issue 9 item 2, blind read 1) --------------------------------


@pytest.mark.parametrize(
    ("lang", "kr", "expected"),
    [
        ("zh", "减少加班", "加班时长从[基线]缩短到[目标值]"),
        ("zh", "尽量减少重复代码", "代码重复率从[基线]降低到[目标值]"),
        ("zh", "尽量把 Redis 命中率提上去", "Redis 命中率从[基线]提升到[目标值]"),
        ("en", "Reduce flaky tests", "Reduce flaky tests from [baseline] to [target]"),
    ],
)
def test_unquantified_change_keeps_its_direction_and_its_own_measure(
    lang: str, kr: str, expected: str
) -> None:
    # Not "减少加班，[衡量指标]从[基线]提升到[目标值]": the thing reduced is the measure, and it
    # goes down.
    assert _suggestion(lang, kr, "kr-not-quantified") == expected


@pytest.mark.parametrize(
    ("lang", "kr", "rule_id", "expected"),
    [
        # Blind reads 6 and 7: the positive side of a kind of bad events is offered, not asked.
        ("zh", "尽可能减少返喷", "kr-not-quantified", "喷涂一次合格率从[基线]提升到[目标值]"),
        ("zh", "减少线上埋点丢失", "kr-negative-phrasing", "线上埋点完整率从[基线]提升到[目标值]"),
        ("zh", "数据质量问题工单减少", "kr-vague-wording", "数据质量达标率从[基线]提升到[目标值]"),
        ("zh", "生产部：减少返工", "kr-not-quantified", "生产部：一次合格率从[基线]提升到[目标值]"),
        ("zh", "全年无数据丢失", "kr-negative-phrasing", "全年数据完整率达到100%"),
        (
            "zh",
            "报销单据退单率控制在5%以内",
            "kr-negative-phrasing",
            "报销单据一次通过率保持在95%以上",
        ),
        (
            "zh",
            "直播间差评率降低到1%以下",
            "kr-negative-phrasing",
            "直播间好评率从[基线]提升到[目标值]",
        ),
        # not the same whole: named with placeholders (decision 651, was 177's "一次解决率>97%")
        ("zh", "二次投诉率<3%", "kr-negative-phrasing", "一次解决率从[基线]提升到[目标值]"),
        (
            "zh",
            "客服系统宕机次数从每月3次降到1次",
            "kr-negative-phrasing",
            "客服系统可用率从[基线]提升到[目标值]",
        ),  # a zero of downtime is a line to hold, not 可用率100% (decision 488)
        (
            "en",
            "Bank-linking screen drop-off from 38% to 25%",
            "kr-negative-phrasing",
            "Bank-linking screen completion rate from 62% to 75%",
        ),
        (
            "en",
            "mezzanine pick errors down",
            "kr-vague-wording",
            "Raise mezzanine pick accuracy from [baseline] to [target]",
        ),
        (
            "en",
            "Reduce negative reviews",
            "kr-not-quantified",
            "Raise the share of positive reviews from [baseline] to [target]",
        ),
        (
            "en",
            "Cut support escalations from 40 to 10 per month",
            "kr-negative-phrasing",
            "Raise the share of support cases resolved without escalation from [baseline] to "
            "[target]",
        ),
        (
            "en",
            "fewer people stuck at ID verification",
            "kr-vague-wording",
            "Raise ID verification completion rate from [baseline] to [target]",
        ),
    ],
)
def test_bad_events_of_a_kind_are_restated_positively(
    lang: str, kr: str, rule_id: str, expected: str
) -> None:
    assert _suggestion(lang, kr, rule_id) == expected


def test_appended_measure_follows_a_downward_item() -> None:
    text = _suggestion("zh", "减少线上埋点丢失的情况和重复上报", "kr-not-quantified")
    assert "提升到" not in text


@pytest.mark.parametrize(
    ("kr", "expected"),
    [
        ("Yoga every Friday", "Yoga every Friday through [date]"),
        ("1:1 with every CSM every week", "1:1 with every CSM every week through [date]"),
        (
            "On-call comp policy approved by HR",
            "On-call comp policy approved by HR no later than [date]",
        ),
        ("Cut p95 latency to 200 ms", "Cut p95 latency to 200 ms by [date]"),
    ],
)
def test_deadline_wording_fits_habits_and_a_trailing_by(kr: str, expected: str) -> None:
    text = "Objective: Stay healthy and ship\n- " + kr
    result = review(text, select=["kr-no-deadline"], config=Config(semantic=False, use_model=False))
    assert [s.text for f in result.findings for s in f.suggestions] == [expected]


def test_rewrite_of_a_graded_task_leaves_the_grade_out() -> None:
    for kr in ("Automate offer letters 0.5", "Automate more stuff in the release process — 0.3"):
        text = _suggestion("en", kr, "kr-is-task")
        assert not text.rstrip().endswith(("0.5", "0.3")), text
        assert "—" not in text, text


def test_task_question_replaces_a_bracketed_deadline_whole() -> None:
    # The question stands for the whole item (decision 87): no half bracket, no date after it.
    text = _suggestion("zh", "所有仓库接入统一流水线（by 2月底）", "kr-is-task")
    assert text.endswith(("写成关键结果。", "行动计划。")), text
    assert "2月底" not in text and "（" not in text, text


def test_more_of_a_mass_noun_becomes_a_measure_not_a_count() -> None:
    text = _suggestion("en", "more pipeline coverage in deals", "kr-vague-wording")
    assert "[N] more" not in text
    assert "from [baseline] to [target]" in text
    # A practice is no measure: asked which number shows it (decision 277, blind read 9).
    text = _suggestion("en", "more multi-threading in deals", "kr-vague-wording")
    assert "[N] more" not in text and text.startswith("Which number shows")


@pytest.mark.parametrize(
    ("lang", "kr", "rule_id", "quote", "rewrite"),
    [
        # Decision 178: a status remark is no part of the quoted wording, nor of a new one.
        (
            "zh",
            "差评率降低到1%以下 —— 进度 1.4% ❌",
            "kr-negative-phrasing",
            "“差评率降低到1%以下”",
            "好评率从[基线]提升到[目标值]",
        ),
        ("zh", "建立客服数据看板 —— 进行中", "kr-is-task", "“建立客服数据看板”", None),
        (
            "en",
            "Launch the partner portal → slipped to Q3",
            "kr-is-task",
            "“Launch the partner portal”",
            None,
        ),
        # Decision 179: nor is an owner before a colon.
        ("zh", "机加车间：完成2条线防错改造", "kr-is-task", "“完成2条线防错改造”", None),
    ],
)
def test_quotes_leave_out_status_remarks_and_owners(
    lang: str, kr: str, rule_id: str, quote: str, rewrite: str | None
) -> None:
    (found,) = [f for _span, f in _findings(lang, kr, rule_id)]
    assert f"{quote}" in found.message and "进度" not in found.message
    assert "slipped" not in found.message and "车间" not in found.message
    if rewrite is not None:
        assert found.suggestions[0].text == rewrite


def test_date_tag_goes_before_a_closing_remark() -> None:
    text = (
        "Objective: New AEs ramp fast\n"
        "KR: New AEs hit first closed-won within 75 days of start (currently ~110)"
    )
    rv = review(text, select=["kr-no-deadline"], config=Config(semantic=False, use_model=False))
    (found,) = rv.findings
    # decision 368: the window "within 75 days" takes no second time after it; the date leads
    assert found.suggestions[0].text == (
        "By [date], new AEs hit first closed-won within 75 days of start (currently ~110)"
    )
    text = "Objective: New AEs ramp fast\nKR: AE win rate from 18% to 25% (currently ~20%)"
    rv = review(text, select=["kr-no-deadline"], config=Config(semantic=False, use_model=False))
    (found,) = rv.findings
    assert found.suggestions[0].text == "AE win rate from 18% to 25% by [date] (currently ~20%)"


@pytest.mark.parametrize(
    ("lang", "kr", "expected"),
    [
        # Decision 181: counted work beside its result keeps the result.
        ("zh", "跑通10个增长实验，至少3个显著正向", "至少3个增长实验显著正向"),
        (
            "zh",
            "高峰前完成3轮全链路压测，峰值支撑能力达到日常的5倍",
            "高峰前峰值支撑能力达到日常的5倍",
        ),
        ("en", "Run 3 load tests and reach 5x peak capacity", "Reach 5x peak capacity"),
        # Two results: both shown, the second on the line added below.
        ("en", "Grade accuracy ≥ 98% and damage write-offs under $40k", None),
    ],
)
def test_compound_split_keeps_the_result(lang: str, kr: str, expected: str | None) -> None:
    ((_span, found),) = _findings(lang, kr, "kr-compound")
    text = found.suggestions[0].text
    if expected is not None:
        assert text == expected
        assert ("行动计划" if lang == "zh" else "in the plan") in found.suggestions[0].note
    else:
        assert text == "Grade accuracy ≥ 98%\nDamage write-offs under $40k"


@pytest.mark.parametrize(
    ("kr", "phrase"),
    [
        ("减少跌倒不良事件（陈静）", "减少跌倒不良事件"),
        ("全年无数据泄露事件（陈静）", "无数据泄露事件"),
        ("Cut flaky test failures by 80% (Ana)", "Cut flaky test failures by 80%"),
    ],
)
def test_one_reducer_over_several_bad_words_is_one_finding(kr: str, phrase: str) -> None:
    # tester8: "减少跌倒不良事件" got three kr-negative-phrasing findings (跌倒, 不良, 事件).
    head = (
        "目标：2027年Q1让老人回家后都有人管\n关键结果："
        if "\u4e00" <= kr[0] <= "\u9fff"
        else ("Objective: Ship with confidence in Q1 2027\nKR: ")
    )
    rv = review(head + kr, config=Config(use_model=False))
    (f,) = [f for f in rv.findings if f.rule_id == "kr-negative-phrasing"]
    assert f"“{phrase}”" in f.message


def test_a_dated_defence_is_a_milestone_warning() -> None:
    # tester8: "Defend proposal before committee by April 30" was a task error while "Launch the
    # Patreon by Aug 1" was a milestone warning (decision 438)
    rv = review(
        "Objective: Finish the PhD strong in H1 2027\nKR: Defend proposal before committee by "
        "April 30 (Sam)",
        config=Config(use_model=False),
    )
    (f,) = [f for f in rv.findings if f.rule_id == "kr-is-task"]
    assert f.severity == "warning"


# -- tenth round, tester10 (decisions 570–574; fix10b) -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("en", "Get the defect backlog down"),
        ("en", "Bring the volunteer hours up"),
        ("en", "Do the reporting better"),
        ("zh", "少请假"),
        ("zh", "尽量少返工"),
    ],
)
def test_a_change_asked_without_a_number_is_unquantified_not_a_task(lang: str, kr: str) -> None:
    # decision 570: "Get X up", "Do X better", 少 + a verb are "Improve X" with no number
    rules = ["kr-is-task", "kr-not-quantified", "kr-activity-count"]
    ids = [f.rule_id for _, f in _findings(lang, kr, rules)]
    assert ids == ["kr-not-quantified"], ids


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("en", "Write the escalation steps down"),
        ("en", "Set up the booth"),
        ("en", "Get the new kiosks set up"),
        ("zh", "至少出错"),
    ],
)
def test_work_with_a_particle_stays_a_task(lang: str, kr: str) -> None:
    assert [f.rule_id for _, f in _findings(lang, kr, "kr-is-task")] == ["kr-is-task"]


def test_a_habit_cut_with_less_is_negative_only_without_a_number() -> None:
    # decision 570: 少 + a bad event, no number; with a figure the figure's reading decides
    assert _findings("zh", "尽量少返工", "kr-negative-phrasing")
    assert not _findings("zh", "少刷抖音，每天屏幕时间<3小时", "kr-negative-phrasing")


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "投递作品集20份"),
        ("en", "Safety inspections completed 24"),
        ("en", "Follow-up emails to lapsed members — 500 sent"),
    ],
)
def test_submissions_and_checks_counted_are_activity_counts(lang: str, kr: str) -> None:
    # decision 571: applications sent, audits done, messages sent count effort (a warning)
    ids = [f.rule_id for _, f in _findings(lang, kr, ["kr-is-task", "kr-activity-count"])]
    assert ids == ["kr-activity-count"], ids


def test_outcomes_completed_are_no_activity_count() -> None:
    assert not _findings("en", "Customer applications completed 120", "kr-activity-count")


@pytest.mark.parametrize(
    ("lang", "kr", "fires"),
    [
        ("zh", "手术部位感染率控制在0.5%以下", True),
        ("en", "Surgical site infection rate under 0.5%", True),
        ("en", "Cut room re-cleans from 25 a week to 5", True),
        ("zh", "跌倒不良事件上报率100%", False),
        ("zh", "品牌感染力评分从3.2提升到4.0", False),
    ],
)
def test_infections_and_rework_are_bad_events(lang: str, kr: str, fires: bool) -> None:
    # decision 572: infections and rework are bad events; reporting 不良事件 rises when it goes well
    assert bool(_findings(lang, kr, "kr-negative-phrasing")) is fires


@pytest.mark.parametrize(
    ("kr", "severity"),
    [
        ("Get PMP certification for 3 project leads by June 30", "error"),
        ("Self-checkout kiosks in 5 stores by June", "warning"),
    ],
)
def test_certifications_and_things_placed_by_a_date_are_tasks(kr: str, severity: str) -> None:
    # decision 573: "project leads" are people, not sales leads; a thing put in N places by a
    # date is a milestone
    (f,) = [f for _, f in _findings("en", kr, "kr-is-task")]
    assert f.severity == severity


@pytest.mark.parametrize(
    "kr",
    [
        "Customers in 40 countries by Q4",
        "Listed in 200 pharmacies by Q3",
        "Add 300 qualified leads",
    ],
)
def test_outcomes_in_places_and_sales_leads_stay_results(kr: str) -> None:
    assert not _findings("en", kr, "kr-is-task")


@pytest.mark.parametrize(
    ("kr", "fires"),
    [
        ("Average rating 4.7 with 200 new reviews", True),
        ("Average rating 4.6 with at least 100 reviews", False),
    ],
)
def test_new_things_won_after_with_are_a_second_measure(kr: str, fires: bool) -> None:
    # decision 574: "with N new X" adds a count to win; "with at least N reviews" is a sample
    assert bool(_findings("en", kr, "kr-compound")) is fires


@pytest.mark.parametrize(
    ("kr", "expected"),
    [
        ("Get our response rate up", "Raise our response rate from [baseline] to [target]"),
        ("Bring the refund rate down", "from [baseline] to [target]"),
    ],
)
def test_the_verb_that_moves_a_measure_is_not_part_of_its_name(kr: str, expected: str) -> None:
    # decision 570: "Get X up" is rewritten as X from a baseline to a target, not "Raise get X"
    text = _suggestion("en", kr, "kr-not-quantified")
    assert expected in text and "get " not in text.lower() and "bring " not in text.lower()


@pytest.mark.parametrize(
    ("kr", "fires"),
    [
        ("Ferry terminal closures: 0 days this summer", True),
        ("Unplanned library closures: at most 2 days per term", True),
        ("Clinics running out of vaccine: zero", True),
        ("Scooters out of service from 15% of the fleet to 6%", True),
        ("Scooters ready to ride from 80% of the fleet to 95%", False),
        ("Reduce time to closure of support cases to 2 days", False),
    ],
)
def test_closures_supplies_running_out_and_a_share_of_a_whole_falling(kr: str, fires: bool) -> None:
    # decision 590: closures counted in days, supplies that run out, "from X% of the fleet to Y%"
    assert bool(_findings("en", kr, "kr-negative-phrasing")) is fires


@pytest.mark.parametrize(
    ("kr", "rule_id"),
    [
        ("Orchestra rehearsals every Wednesday", "kr-business-as-usual"),
        ("Squad practice every Tuesday", "kr-business-as-usual"),
        ("Ward rounds per day: 3 → 4", "kr-activity-count"),
        ("Restocking rounds per week from 1 to 2", "kr-activity-count"),
        ("Coding: 200 problems solved", "kr-activity-count"),  # the label names the practice set
        ("Practice: 40 problems done", "kr-activity-count"),
    ],
)
def test_rehearsals_on_a_weekday_and_rounds_of_upkeep_are_effort(kr: str, rule_id: str) -> None:
    # decision 591: a group's practice on its weekday is routine; rounds per period count effort
    assert _findings("en", kr, rule_id), kr


def test_a_label_that_is_no_practice_set_leaves_problems_solved_a_result() -> None:
    # decision 591: only a label that with the noun names an effort makes the count one
    assert not _findings("en", "Support: 300 customer problems solved", "kr-activity-count")


# -- eleventh round, acc11 (decisions 632, 633, 635) ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "kr", "rule_id"),
    [
        ("en", "Train 12 crew members on the new harvesters", "kr-is-task"),
        ("en", "Add 5 staff members to the night shift", "kr-is-task"),
        ("en", "Secure the filming permits for all 6 locations", "kr-is-task"),
        ("zh", "术后患者电话随访率达到100%", "kr-activity-count"),
        ("zh", "投诉客户回访率从70%提到95%", "kr-activity-count"),
        ("zh", "随访50名出院患者", "kr-activity-count"),
        ("en", "Stay interview completion rate 90%", "kr-activity-count"),
        ("en", "Follow-up call rate on new leads 100%", "kr-activity-count"),
    ],
)
def test_people_trained_contact_rates_and_permits_are_effort(
    lang: str, kr: str, rule_id: str
) -> None:
    # decision 632: crew and staff members are staff; 633: a rate of contacting people counts
    # calls made; 635: permits and licences secured are obtained for the team itself
    assert _findings(lang, kr, rule_id), kr


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "回访满意度从80%提升到95%"),  # the people's verdict, not the calls
        ("zh", "门店到访率提升到30%"),  # visitors' own doing
        ("en", "Secure 3 new enterprise contracts"),  # deals won
        ("en", "Candidate offer acceptance rate 85%"),
    ],
)
def test_outcomes_near_contact_rates_and_securing_stay_results(lang: str, kr: str) -> None:
    # decisions 633, 635: only the contact's own rate and a credential secured are effort
    for rule_id in ("kr-activity-count", "kr-is-task"):
        assert not _findings(lang, kr, rule_id), (kr, rule_id)


@pytest.mark.parametrize("kr", ["Stand up a data warehouse", "Spin up a second read replica"])
def test_standing_a_thing_up_is_a_task(kr: str) -> None:
    # decision 639: "stand up" and "spin up" build a thing, as "set up" does
    assert _findings("en", kr, "kr-is-task"), kr


# -- twelfth round, acc12 (decisions 758–760) ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "社工入户走访独居老人400户"),  # 户 counts the households visited (758)
        ("zh", "班主任家访120户"),
        ("zh", "招生老师走访初中学校15所"),
        ("zh", "片区经理与每家加盟店店主至少面谈一次"),  # every one contacted (759)
        ("zh", "所有经销商都走访一遍"),
        ("en", "Call each donor who gave last year twice"),
        ("en", "Visit every branch twice this quarter"),
        ("zh", "家庭医生团队到集市开展签约宣传8场"),  # publicity held, counted (760)
        ("zh", "进社区开展医保政策宣传15场"),
        ("zh", "开展招生宣传进校12场"),
    ],
)
def test_households_visited_everyone_contacted_and_publicity_held_are_effort(
    lang: str, kr: str
) -> None:
    assert _findings(lang, kr, "kr-activity-count"), kr


@pytest.mark.parametrize(
    ("lang", "kr"),
    [
        ("zh", "新增签约农户800户"),  # households won, not visited
        ("zh", "每位回访客户的满意度从80%提升到95%"),  # what the people say
        ("zh", "每位投诉客户24小时内回电"),  # a time limit each contact meets (decision 334)
        ("en", "Call back every missed caller within 2 hours"),
        ("zh", "新签约宣传合作媒体5家"),  # partners signed
    ],
)
def test_households_won_and_contacts_within_a_limit_are_no_effort_count(lang: str, kr: str) -> None:
    assert not _findings(lang, kr, "kr-activity-count"), kr


@pytest.mark.parametrize(
    ("kr", "fires"),
    [
        ("Quote 120 kitchen refits", True),  # quotes written are submissions (decision 761)
        ("Quote 40 jobs a week", True),
        ("Quoted jobs won: 40 -> 60", False),  # jobs won
        ("Quote-to-close rate from 20% to 30%", False),
    ],
)
def test_quotes_sent_are_effort(kr: str, fires: bool) -> None:
    assert bool(_findings("en", kr, "kr-activity-count")) is fires, kr


@pytest.mark.parametrize(
    ("kr", "fires"),
    [
        ("Stay interviews with 60% of senior engineers", True),  # people met, a share (764)
        ("Welcome calls with 100% of new members in their first month", True),
        ("QBRs with all 15 strategic accounts", True),
        ("Onboarding calls with 100% of new clinics within 48h", False),  # a limit (decision 334)
        ("Share of meetings with all attendees on time from 60% to 90%", False),
    ],
)
def test_meetings_with_a_share_of_a_group_are_effort(kr: str, fires: bool) -> None:
    assert bool(_findings("en", kr, "kr-activity-count")) is fires, kr
