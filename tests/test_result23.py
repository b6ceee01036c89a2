"""Result, not task, twenty-third round (decisions 2340-2359; result23): shapes of key results
misread on wordings result23 wrote, each imitated here by further wordings of the same shape.
Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review

TASK_RULES = ("kr-is-task", "kr-activity-count")


def task_flagged(kr: str, objective: str = "Make our customers love working with us") -> bool:
    """Whether kr-is-task or kr-activity-count fails (or warns) on the key result."""
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    if zh:
        objective = "让客户真正爱上我们的服务"
    text = f"目标：{objective}\nKR1：{kr}\n" if zh else f"Objective: {objective}\nKR1: {kr}\n"
    r = review(text)
    (item,) = r.objectives[0].key_results
    return any(c.rule_id in TASK_RULES and c.status == "fail" for c in item.checks)


def fired(kr: str) -> set[str]:
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    text = (
        f"目标：让客户真正爱上我们的服务\nKR1：{kr}\n"
        if zh
        else f"Objective: Delight users\nKR1: {kr}\n"
    )
    (item,) = review(text).objectives[0].key_results
    return {c.rule_id for c in item.checks if c.status == "fail"}


# --- 2340: a document written in every unit -------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "All warehouses have a documented fire evacuation plan",
        "Every squad has a written definition of done",
        "Each account has a defined success plan",
        "All of our vendors have a documented exit plan",
        "每个仓库都有成文的消防预案",
        "所有项目都有书面的验收标准",
        "每个部门均有一份成文的岗位说明书",
    ],
)
def test_a_document_in_every_unit_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Every critical service has an owner and a runbook",  # decision 603
        "All reps have a written-off balance under $500",
        "90% of services have a documented runbook",  # decision 3
        "All teams have an engaged sponsor",
        "每个门店都有急救箱和应急照明",
        "所有项目都有明确的负责人",
    ],
)
def test_guard_states_and_shares_held_stay(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2341: groups counted that work with the team's thing adopt it --------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "10 product teams ship features on the shared component library",
        "6 clinics book patients through the new scheduler",
        "3 business units build dashboards with the new BI tool",
    ],
)
def test_groups_counted_working_with_the_thing_are_adoption(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Ship 10 features on the new platform",
        "10 features shipped on the new platform",
        "Build 8 dashboards with the new BI tool",
        "5 teams write 3 RFCs",
    ],
)
def test_guard_the_teams_own_output_stays_work(kr: str) -> None:
    assert task_flagged(kr)


# --- 2342: "Year 6" names a school year ------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Year 6 pupils meeting the reading standard from 72% to 85%",
        "Year 9 students meeting their maths target from 50% to 65%",
    ],
)
def test_a_school_year_is_no_verb(kr: str) -> None:
    assert not task_flagged(kr)


def test_guard_a_year_named_keeps_its_period() -> None:
    assert not task_flagged("Grow ARR 40% in year 2")


# --- 2343: a decimal after a verb of reaching is the value, not a grade ----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Model precision on fraud flags reaches 0.9",
        "Churn model AUC reaches 0.82",
    ],
)
def test_a_decimal_reached_is_the_target(kr: str) -> None:
    assert not task_flagged(kr)
    assert "kr-not-quantified" not in fired(kr)


def test_guard_a_trailing_grade_stays_a_grade() -> None:
    text = "Objective: Delight users\nKR1: Automate offer letters 0.5\n"
    (item,) = review(text).objectives[0].key_results
    assert item.score == 0.5


# --- 2344: a family member able to do it alone ----------------------------------------------


@pytest.mark.parametrize(
    "kr",
    ["女儿8月前能独立游完25米", "我儿子暑假前能独立骑车5公里", "孩子能独立完成每天的作业"],
)
def test_zh_a_family_member_able_alone_is_a_result(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize("kr", ["每天陪女儿练习游泳1小时", "给两个孩子预约牙科检查"])
def test_guard_zh_the_parents_own_doing_stays(kr: str) -> None:
    assert task_flagged(kr)


# --- 2345: a launch, then counted things of the people served moved by a figure ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "上线一键复购功能，复购订单提升10%以上",
        "上线会员小程序，付费会员增长30%",
        "上线新CRM，销售线索增加50%",
    ],
)
def test_zh_launch_then_counted_outcome_moved_is_a_result(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize("kr", ["上线新排序模型，覆盖率100%", "上线新系统，迁移订单100%"])
def test_guard_zh_launch_with_its_own_level_stays_a_task(kr: str) -> None:
    assert task_flagged(kr)


# --- 2346 / 2347: 实时 with a way of seeing; 实现 + a capability ------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "实现全部门店排队情况实时可视",
        "实现全渠道库存数据实时可视化",
        "所有数控机床实现预测性维护",
        "11月底前实现发票自动对账",
        "文档编辑器支持多人实时协作",
        "落地零信任访问方案",
    ],
)
def test_zh_a_capability_to_build_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "实现盈亏平衡",
        "实现自动化率80%",
        "实现销售额增长20%",
        "实现报表自动生成，节省人工工时50%",
        "零安全事故",
        "订单数据实时同步",
    ],
)
def test_guard_zh_states_reached_stay(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2348: an English key result that opens on a capability ---------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Real-time queue visibility for all support leads",
        "Real-time inventory visibility for all regional buyers",
        "Predictive maintenance for all CNC machines",
        "Real-time collaboration in the document editor",
        "Self-service refunds in the app",
        "One-click reorder for returning customers",
    ],
)
def test_a_capability_named_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Real-time alerts for 95% of incidents",
        "Automated tests cover 80% of the checkout flow",
        "End-to-end delivery time under 48 hours",
        "Self-service returns handle 70% of online return requests",
    ],
)
def test_guard_capabilities_with_a_target_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


def test_a_dated_capability_is_a_milestone() -> None:
    text = "Objective: Delight users\nKR1: Automated invoice matching by November 30\n"
    (item,) = review(text).objectives[0].key_results
    task = [c for c in item.checks if c.rule_id == "kr-is-task"]
    assert task and task[0].status == "fail"


# --- 2349: pieces of writing added, cases written ------------------------------------------


@pytest.mark.parametrize(
    "kr", ["新增30篇帮助中心文章", "增加4期直播", "新增3场线下沙龙", "撰写8篇客户成功案例"]
)
def test_zh_pieces_added_or_written_are_activity_counts(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr", ["新增会员3000人", "30家客户同意作为公开参考案例", "新增付费会员2000人"]
)
def test_guard_zh_people_won_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2350: the rules of use are written, not adopted ----------------------------------------


@pytest.mark.parametrize(
    "kr", ["起草人工智能使用规范", "制定印章使用管理制度", "制定员工电脑使用管理制度"]
)
def test_zh_rules_of_use_are_written(kr: str) -> None:
    assert task_flagged(kr)


def test_guard_zh_use_by_others_stays_adoption() -> None:
    assert not task_flagged("新的合同模板被6个部门使用")


# --- 2351: a Chinese version number ---------------------------------------------------------


@pytest.mark.parametrize("kr", ["完成K8s集群升级至1.30版本", "客户端更新到3.2版"])
def test_zh_a_version_is_no_target(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize("kr", ["App评分从4.1提升到4.6", "接口响应时间降到0.8秒", "NPS提升到4.5分"])
def test_guard_zh_decimals_that_are_targets(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2352: time put into a doing per cadence ------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Study 2 hours every weekday evening",
        "Study Spanish 2 hours every evening",
    ],
)
def test_time_put_in_per_cadence_is_activity(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Review pull requests within 4 hours every day",
        "Answer support emails within 2 hours every day",
        "Run 5k in under 25 minutes",
    ],
)
def test_guard_standards_per_cadence_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2353: a budget to spend -------------------------------------------------------------


@pytest.mark.parametrize("kr", ["小红书投放预算50万", "直播间投放预算30万"])
def test_zh_a_budget_to_spend_is_an_activity_measure(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr", ["活动预算50万以内", "广告预算执行率95%", "年度预算20万，获客300人", "预算控制在50万以内"]
)
def test_guard_zh_budget_caps_and_results_stay(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2354: a launch's own availability is its quality bar -------------------------------------


@pytest.mark.parametrize(
    "kr", ["以99.9%的可用性完成新搜索上线", "以99.95%的可用性完成支付系统切换"]
)
def test_zh_availability_of_the_launch_is_a_quality_bar(kr: str) -> None:
    assert task_flagged(kr)


def test_guard_zh_availability_reached_is_a_result() -> None:
    assert not task_flagged("支付系统可用性达到99.95%")


# --- 2355: the yearly and monthly rounds of an office are business as usual -----------------


def bau_flagged(kr: str) -> bool:
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    text = (
        f"目标：让客户真正爱上我们的服务\nKR1：{kr}\n"
        if zh
        else f"Objective: Delight users\nKR1: {kr}\n"
    )
    (item,) = review(text).objectives[0].key_results
    return any(c.rule_id == "kr-business-as-usual" and c.status == "fail" for c in item.checks)


@pytest.mark.parametrize(
    "kr",
    [
        "Close the books every month",
        "Prepare the board pack each quarter",
        "Complete the annual fire safety inspection",
        "Complete the year-end audit",
        "Process supplier invoices as they arrive",
        "每月完成财务月结",
        "完成年度审计",
        "每晚备份文件服务器",
        "召开季度全员大会",
        "每季度准备董事会材料",
    ],
)
def test_office_rounds_are_business_as_usual(kr: str) -> None:
    assert bau_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Cut month-end close from 9 to 5 working days",
        "Annual recurring revenue reaches $2M",
        "Zero major findings in the annual audit",
        "月结天数从9天缩短到5天",
        "年度审计零重大发现",
        "Grow annual renewals from 400 to 520",
    ],
)
def test_guard_changes_to_the_rounds_are_not_routine(kr: str) -> None:
    assert not bau_flagged(kr)


# --- 2356-2358: habits written "3x a week", things switched on, content pieces --------------


@pytest.mark.parametrize(
    "kr",
    [
        "Gym 3x a week",
        "Swim 3x a week",
        "E-prescribing switched on at every site",
        "All stores switched over to the new POS",
        "4 webinars, 2 ebooks, 1 report",
        "3 whitepapers and 2 ebooks",
    ],
)
def test_habits_switches_and_content_pieces_are_work(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Customers order 3x a month",
        "Deploy at least 3x a week",
        "Customers switched to annual billing: 30%",
        "Ebook downloads up 40%",
        "2 ebooks downloaded 5,000 times",
    ],
)
def test_guard_behaviour_of_others_and_measures_stay(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr", ["Real-time queue visibility for all clinics", "Predictive maintenance for all clinics"]
)
def test_a_capability_for_a_population_is_a_task_not_an_effort(kr: str) -> None:
    # decision 2348: the population after "for all" is not the effort counted
    assert {"kr-is-task"} <= fired(kr) and "kr-activity-count" not in fired(kr)
