"""What people paste, seventeenth round (decisions 1350-1360): OKRs told in prose, the shapes
round 16 left, and paste shapes of e-mails, slides, Jira pages and status-marked key results.
Every draft here is written in its own wording; each positive test failed on main (1ccc7a4).
The guards keep what the new readings must not swallow."""

from __future__ import annotations

import pytest

from coach import review
from coach.parse import parse_text as parse
from coach.parse_shapes import mend


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


# Decision 1350: an OKR told in prose.
TOLD = [
    (
        "Our objective for this year is simple: make our clinic the easiest in town to book. "
        "Key results include: cut phone hold time to under 2 minutes, get 60% of bookings made "
        "online, and raise the average review score from 4.1 to 4.6.\n",
        "make our clinic the easiest in town to book",
        [
            "cut phone hold time to under 2 minutes",
            "get 60% of bookings made online",
            "raise the average review score from 4.1 to 4.6",
        ],
    ),
    (
        "This quarter we want to make onboarding feel effortless. We'll know we got there when "
        "setup takes under 15 minutes, 80% of new users finish the checklist, and support "
        "tickets from new accounts drop by half.\n",
        "make onboarding feel effortless",
        [
            "setup takes under 15 minutes",
            "80% of new users finish the checklist",
            "support tickets from new accounts drop by half",
        ],
    ),
    (
        "I want to get fit before the summer. I'll know I got there when I can run 10 km in "
        "under 55 minutes, my resting heart rate is below 60, and I have trained 3 times a week "
        "for 12 weeks.\n",
        "get fit before the summer",
        [
            "I can run 10 km in under 55 minutes",
            "my resting heart rate is below 60",
            "I have trained 3 times a week for 12 weeks",
        ],
    ),
    (
        "The team's focus for H2 is simple: fewer surprises in production. We will track it by: "
        "change failure rate under 10%; mean time to restore below 1 hour; zero Sev-1 incidents.\n",
        "fewer surprises in production",
        [
            "change failure rate under 10%",
            "mean time to restore below 1 hour",
            "zero Sev-1 incidents",
        ],
    ),
    (
        "The objective: win back customers who left last year. Success looks like 500 returning "
        "accounts, a churn rate below 3%, and NPS above 40.\n",
        "win back customers who left last year",
        ["500 returning accounts", "a churn rate below 3%", "NPS above 40"],
    ),
    (
        "您下个季度的目标是提高客户满意度（例如，将投诉数量减少20%；将复购率提高到35%）\n",
        "提高客户满意度",
        ["将投诉数量减少20%", "将复购率提高到35%"],
    ),
    (
        "我们这个季度的目标是让新用户留下来，衡量标准是：一、次日留存率从30%提升到45%；"
        "二、首周完成新手任务的用户占比达到60%；三、新用户投诉低于50起。\n",
        "让新用户留下来",
        ["次日留存率从30%提升到45%", "首周完成新手任务的用户占比达到60%", "新用户投诉低于50起"],
    ),
    (
        "今年我们的目标很简单：把门店做成社区里最受欢迎的早餐店。关键结果包括：日均客流达到400人，"
        "好评率保持在95%以上，以及会员数增长到3000人。\n",
        "把门店做成社区里最受欢迎的早餐店",
        ["日均客流达到400人", "好评率保持在95%以上", "会员数增长到3000人"],
    ),
    (
        "本季度我们希望提升交付质量。做到以下几点，就说明我们达成了：线上缺陷数下降50%、"
        "回归测试覆盖率达到80%、发布回滚次数为0。\n",
        "提升交付质量",
        ["线上缺陷数下降50%", "回归测试覆盖率达到80%", "发布回滚次数为0"],
    ),
    (
        "团队今年的目标是打造一支高效的客服队伍，具体衡量指标为：首次响应时间缩短到1小时以内；"
        "一次解决率达到85%；客户满意度不低于4.5分。\n",
        "打造一支高效的客服队伍",
        ["首次响应时间缩短到1小时以内", "一次解决率达到85%", "客户满意度不低于4.5分"],
    ),
    (
        "下个月我的目标是养成早起的习惯（例如，每周至少5天6点前起床；每天晨跑20分钟）\n",
        "养成早起的习惯",
        ["每周至少5天6点前起床", "每天晨跑20分钟"],
    ),
]


@pytest.mark.parametrize("text,objective,krs", TOLD)
def test_okr_told_in_prose(text: str, objective: str, krs: list[str]) -> None:
    assert shape(text) == [(objective, krs)]


def test_goal_told_paragraphs_above_its_bracketed_examples() -> None:
    # The goal in one paragraph, the bracket of measured examples in a later one that names it.
    text = (
        "设想一下，您明年的目标是优化采购审批流程。听上去不错，但如果只是改流程，可能会拖慢交付。\n\n"
        "在采购审批流程这个例子里，更好的做法是写出结果（例如，将审批平均时长缩短X%；"
        "将紧急采购单占比降到Y%以下）。\n"
    )
    assert shape(text) == [
        ("优化采购审批流程", ["将审批平均时长缩短X%", "将紧急采购单占比降到Y%以下"])
    ]


def test_told_okr_keeps_the_items_read_elsewhere_on_the_page() -> None:
    text = (
        "很多团队把目标写成指标（例如 “改进 NPS ” ）。\n\n"
        "我们这个季度的目标是让新用户留下来，衡量标准是：次日留存率达到45%；新用户投诉低于50起。\n"
    )
    got = shape(text)
    assert got[-1] == ("让新用户留下来", ["次日留存率达到45%", "新用户投诉低于50起"])
    assert got[0][0] == "改进 NPS"


@pytest.mark.parametrize(
    "text",
    [
        # no figure in the pieces: a wish, not key results
        "Our goal is to help customers. We measure success by how happy they are, how often "
        "they come back, and what they tell friends.\n",
        "我们的目标是成为最好的公司，衡量标准是：客户满意、员工开心、股东满意。\n",
        # how the method is run, not an OKR told
        "The goal of OKRs is to align teams. Key results are usually 3 to 5 per objective, "
        "scored from 0 to 1, and reviewed every 2 weeks.\n",
        # (its Chinese twin is refused since decision 1508: tests/test_parse18zh.py)
        # what is measured is not the goal
        "Our aim is to be transparent with you. We measure uptime by: 5-minute checks, 3 "
        "regions, and 2 independent probes.\n",
        "我们希望大家都参与进来。评估方式为：每人提交1份OKR，每周更新1次进度。\n",
    ],
)
def test_told_goal_without_measured_pieces_is_left_alone(text: str) -> None:
    assert all(not krs for _o, krs in shape(text))


def test_told_okr_beside_labelled_items_is_left_to_the_labels() -> None:
    text = (
        "Objective: Grow the newsletter\nKR1: 5,000 subscribers\nKR2: 45% open rate\n\n"
        "Our goal this year is simple: be profitable. Key results include: revenue of $2M, "
        "margin above 20%, and 3 new markets.\n"
    )
    assert shape(text)[0] == ("Grow the newsletter", ["5,000 subscribers", "45% open rate"])


# Decision 1351: a slide's counter after a label.
def test_mend_blanks_a_label_counter_in_place() -> None:
    for t in ["Objective 1 of 3", "OBJECTIVE 2 OF 2", "Key Result 1/3", "OKR 1/2: Win"]:
        assert len(mend(t)) == len(t)
    assert mend("Objective 2 of 3").rstrip() == "Objective 2"
    assert mend("OKR 1/2: Win") == "OKR 1  : Win"
    assert mend("We grew 1 of 3 accounts") == "We grew 1 of 3 accounts"


@pytest.mark.parametrize(
    "text",
    [
        "Objective 1 of 3\nDelight first-time buyers\nKR 1.1  Lift first-order NPS from 30 to 50\n"
        "KR 1.2  Cut first-order returns to 4%\nObjective 2 of 3\nGrow repeat purchases\n"
        "KR 2.1  Raise 90-day repeat rate from 18% to 25%\n",
        "Slide 3\nOKR 1/2: Delight first-time buyers\n• KR 1: Lift first-order NPS from 30 to 50\n"
        "• KR 2: Cut first-order returns to 4%\nSlide 4\nOKR 2/2: Grow repeat purchases\n"
        "• KR 1: Raise 90-day repeat rate from 18% to 25%\n",
    ],
)
def test_slide_counters(text: str) -> None:
    assert shape(text) == [
        (
            "Delight first-time buyers",
            ["Lift first-order NPS from 30 to 50", "Cut first-order returns to 4%"],
        ),
        ("Grow repeat purchases", ["Raise 90-day repeat rate from 18% to 25%"]),
    ]


# Decision 1352: a short line naming the next set is no tail of the KR above it.
@pytest.mark.parametrize(
    "text,first,second",
    [
        (
            "目标：提升客户留存\n关键结果1：月流失率低于3%\n关键结果2：续约率达到90%\n另一个例子\n"
            "目标：加快产品迭代\n关键结果1：每两周发布一次\n",
            ("提升客户留存", ["月流失率低于3%", "续约率达到90%"]),
            ("加快产品迭代", ["每两周发布一次"]),
        ),
        (
            "Objective: Make our billing painless\nKR1: Cut billing disputes by 40%\n"
            "KR2: Send 99% of invoices on time\nA second example\nObjective: Hire faster\n"
            "KR1: Time to hire under 30 days\n",
            (
                "Make our billing painless",
                ["Cut billing disputes by 40%", "Send 99% of invoices on time"],
            ),
            ("Hire faster", ["Time to hire under 30 days"]),
        ),
    ],
)
def test_set_name_between_sets(text: str, first: tuple, second: tuple) -> None:
    assert shape(text) == [first, second]


def test_wrapped_tail_above_an_objective_still_joins() -> None:
    got = shape(
        "目标：提升留存\n关键结果1：续约率达到90%\n以上\n目标：加快迭代\n关键结果1：每两周发布一次\n"
    )
    assert got[0] == ("提升留存", ["续约率达到90%以上"])


# Decision 1353: quoted examples with a remark each.
def test_quoted_examples_with_remarks_are_items_of_their_own() -> None:
    got = shape(
        "常见的错误写法：\n- ❌ “提升系统稳定性” —— 这是一个愿望，不是目标。\n"
        "- ❌ “完成新版官网上线” —— 这是任务，不是结果。\n"
        "- ❌ “优化用户体验” —— 没有衡量标准，无法判断是否达成。\n"
    )
    assert got == [("提升系统稳定性", ["完成新版官网上线"]), ("优化用户体验", [])]


# Decision 1354: a guide's rule bullet is no key result.
@pytest.mark.parametrize(
    "rules",
    [
        "好的KR应该满足：\n- 可衡量：KR要有明确的数字\n- 时限明确：KR需设定明确的完成周期（如季度末、年底）\n",
        "Checklist:\n- Measurable: every KR must have a number\n- Time-bound: each KR needs a date\n",
    ],
)
def test_guide_rule_bullets_are_no_key_results(rules: str) -> None:
    got = shape(
        "目标：提升华东区销售额\n关键结果1：季度销售额达到1200万元\n关键结果2：新签客户30家\n\n"
        + rules
    )
    assert got == [("提升华东区销售额", ["季度销售额达到1200万元", "新签客户30家"])]


def test_rule_bullet_quoting_an_example_keeps_its_example() -> None:
    got = shape(
        "设定HR OKR时要注意：\n- 承接战略：HR OKR必须服务公司战略，比如公司战略是“三年内成为区域内最受"
        "欢迎的雇主”，HR的目标就要围绕招聘与留任。\n- 数量克制：每个季度HR团队OKR不宜超过3个，避免分散。\n"
    )
    assert any("三年内成为区域内最受欢迎的雇主" in o for o, _ in got)


# Decision 1355: an e-mail's sign-off and signature.
@pytest.mark.parametrize(
    "text",
    [
        "各位好，\n\n下面是我们组下季度的OKR。\n\n目标：提升客服响应速度\n"
        "关键结果1：首次响应时间缩短到30分钟以内\n关键结果2：24小时内解决率达到90%\n\n谢谢！\n王磊\n客服中心\n",
        "各位领导、同事：\n现将OKR汇报如下：\n目标：提升客服响应速度\n"
        "关键结果1：首次响应时间缩短到30分钟以内\n关键结果2：24小时内解决率达到90%\n以上，请审阅。\n客服中心 王磊\n",
    ],
)
def test_sign_off_is_no_tail_of_the_last_kr(text: str) -> None:
    assert shape(text) == [
        ("提升客服响应速度", ["首次响应时间缩短到30分钟以内", "24小时内解决率达到90%"])
    ]


# Decision 1356: "重点举措：" heads work.
def test_initiatives_section_in_chinese_holds_no_krs() -> None:
    got = shape(
        "目标：打造高效的交付团队\n关键结果：\n1. 需求交付周期从20天缩短到12天\n2. 线上事故数下降50%\n"
        "重点举措：\n1. 推行每日站会\n2. 建立自动化测试流水线\n"
    )
    assert got == [("打造高效的交付团队", ["需求交付周期从20天缩短到12天", "线上事故数下降50%"])]


# Decision 1357: a status sign and progress at a KR's end.
def test_status_tail_is_status_not_wording() -> None:
    d = review(
        "Objective: Cut cloud spend without slowing the team\n"
        "KR: Reduce monthly AWS bill from $120k to $90k 🟢 70% done\n"
        "KR: Tag 100% of resources with an owner 🟡 40%\nKR: Retire 30 unused instances 🔴 at risk\n"
    )
    krs = d.objectives[0].key_results
    assert [k.text for k in krs] == [
        "Reduce monthly AWS bill from $120k to $90k",
        "Tag 100% of resources with an owner",
        "Retire 30 unused instances",
    ]
    assert krs[0].score == 0.7 and krs[1].score == 0.4


def test_status_note_after_an_arrow_is_left_to_the_annotations() -> None:
    got = shape("O 雅思\nKR1 作业全部独立完成不抄 → ✅\nKR2 模考6.5 → 6.0\n")
    assert got[0][1][0] == "作业全部独立完成不抄 → ✅"


# Decision 1358: Jira / Confluence wiki markup.
def test_jira_wiki_table() -> None:
    got = shape(
        "h2. Q3 OKRs - Payments team\n||Objective||Key Result||Owner||Progress||\n"
        "|Make payouts instant|Move 80% of payouts to real-time rails|Ana|45%|\n"
        "|Make payouts instant|Cut payout support tickets by 50%|Ben|20%|\n"
    )
    assert got == [
        (
            "Make payouts instant",
            ["Move 80% of payouts to real-time rails", "Cut payout support tickets by 50%"],
        )
    ]


# Decision 1359: a cascade row's role owns it.
def test_cascade_row_role_is_the_owner() -> None:
    d = review("错误示范：\n- 老板：营收成长 50%\n- 业务主管：新客户数成长 30%\n")
    assert [(o.text, o.owner) for o in d.objectives] == [
        ("营收成长 50%", "老板"),
        ("新客户数成长 30%", "业务主管"),
    ]


# Decision 1360: "from X to Y" placeholders in English.
def test_english_from_x_to_y_is_quantified() -> None:
    d = review("Objective: Grow our audience in Q3\nKR1: Grow MAU from X to Y\n")
    checks = {c.rule_id: c.status for c in d.objectives[0].key_results[0].checks}
    assert checks["kr-not-quantified"] == "pass"


def test_told_goal_keeps_the_timeframe_of_its_lead() -> None:
    d = review(
        "设想一下，您明年的目标是优化采购审批流程。\n\n"
        "在采购审批流程这个例子里（例如，将审批平均时长缩短X%；将紧急采购单占比降到Y%以下）。\n"
    )
    o = d.objectives[0]
    assert o.text == "优化采购审批流程" and o.deadline is not None and o.deadline.text == "明年"
    d = review(
        "Our goal is to make onboarding feel effortless. We'll know we got there when setup "
        "takes under 15 minutes and 80% of new users finish the checklist.\n"
    )
    assert d.objectives[0].deadline is None


def test_slack_status_codes_are_status_not_wording() -> None:
    got = shape(
        "*Q3 OKRs* :rocket:\n• *O1:* Make support delightful\n"
        "    ◦ KR1: CSAT from 4.1 to 4.6 :white_check_mark:\n"
        "    ◦ KR2: First reply under 1 hour :warning:\n"
    )
    assert got == [
        ("Make support delightful", ["CSAT from 4.1 to 4.6", "First reply under 1 hour"])
    ]


# Decision 1361: a table copied one cell a line.
def test_table_copied_one_cell_a_line() -> None:
    d = review(
        "Q3 OKRs - Payments\n\nObjective\nKey Result\nOwner\nStatus\nMake payouts instant\n"
        "Move 80% of payouts to real-time rails\nAna\nIN PROGRESS\nMake payouts instant\n"
        "Cut payout support tickets by 50%\nBen\nDONE\n"
    )
    assert [(o.text, [(k.text, k.owner) for k in o.key_results]) for o in d.objectives] == [
        (
            "Make payouts instant",
            [
                ("Move 80% of payouts to real-time rails", "Ana"),
                ("Cut payout support tickets by 50%", "Ben"),
            ],
        )
    ]


def test_word_export_labels_over_statements_stay_as_they_were() -> None:
    got = shape(
        "Objective\nMake payouts instant\nKey Result\nMove 80% of payouts to real-time rails\n"
    )
    assert got == [("Make payouts instant", ["Move 80% of payouts to real-time rails"])]


@pytest.mark.parametrize(
    "text,objective,krs",
    [
        (
            "Our goal for Q4 is to make the app faster.\nKey results:\n- Cold start under 2 seconds\n"
            "- 99.5% crash-free sessions\n- Page load p95 below 800 ms\n",
            "make the app faster",
            [
                "Cold start under 2 seconds",
                "99.5% crash-free sessions",
                "Page load p95 below 800 ms",
            ],
        ),
        (
            "This quarter we want to grow our newsletter. We will know it worked when:\n"
            "Subscribers reach 8,000\nOpen rate stays above 40%\n",
            "grow our newsletter",
            ["Subscribers reach 8,000", "Open rate stays above 40%"],
        ),
        (
            "销售目标可能是增加特定产品或服务的销售量。\n关键结果可能包括：\n本季度销售额增长20%。\n"
            "新客户数量达到500个。\n",
            "增加特定产品或服务的销售量",
            ["本季度销售额增长20%", "新客户数量达到500个"],
        ),
    ],
)
def test_told_goal_over_lines_of_key_results(text: str, objective: str, krs: list[str]) -> None:
    assert shape(text) == [(objective, krs)]


def test_labelled_objective_over_a_kr_lead_is_left_to_the_labels() -> None:
    got = shape("目标：让热饮成为冬天最抢手的一杯！\n关键结果：\n1）铺货率达到70%\n2）官网改版\n")
    assert got == [("让热饮成为冬天最抢手的一杯！", ["铺货率达到70%", "官网改版"])]


def test_labelled_sets_under_kr_section_labels_are_left_to_the_labels() -> None:
    got = shape(
        "二、财务部OKR示例\n目标:加快月度结账\n关键结果:\nKR1:梳理结账流程,去掉重复审批。\n"
        "KR2:上线至少两个自动对账脚本。\n目标:降低报销差错\n关键结果:\n"
        "KR1:统一报销模板,减少退单。\nKR2:每月抽查3次报销单据。\n"
    )
    assert [o for o, _ in got] == ["加快月度结账", "降低报销差错"]
    assert got[1][1] == ["统一报销模板,减少退单。", "每月抽查3次报销单据。"]


def test_two_told_goals_each_keep_their_own_key_results() -> None:
    got = shape(
        "上半年我们的目标是把新店开起来。关键结果：\n- 新开门店12家\n- 新店首月营收达到30万元\n"
        "下半年我们的目标是让老店赚钱。关键结果：\n- 老店坪效提升15%\n- 亏损门店减少到2家\n"
    )
    assert got == [
        ("把新店开起来", ["新开门店12家", "新店首月营收达到30万元"]),
        ("让老店赚钱", ["老店坪效提升15%", "亏损门店减少到2家"]),
    ]


def test_nested_list_under_a_told_goal_is_left_to_the_line_readings() -> None:
    text = (
        "Our goal for 2027 is to grow the business.\nKey results:\n- Revenue up 20%\n"
        "  - 12 new enterprise logos\n- Margin above 30%\n"
    )
    assert shape(text)[0][0] != "grow the business"
