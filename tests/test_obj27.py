"""Objectives: suppliers and vendors as the people a team serves, measures moved by a loose
degree or a rough multiple, growth in double digits, and praise words over generic service
(issue 8, twenty-seventh round; obj27, decisions 3830-). Every wording here was written for this
test by obj27 after writing its own lists of objectives; none is a corpus item."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric


def inspiring(objective: str) -> bool:
    return not metric(objective) and not flat(objective)


# -- decision 3830: suppliers and vendors are people served; the people's own verb before "on
# time" is their end state, not the on-time rate -----------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Suppliers trust us to pay on time",
        "Vendors know we always pay on time",
        "Our suppliers can count on us to pay on time",
        "Customers trust us to deliver on time",
        "Distributors rely on us to ship on time",
        "Suppliers are glad to work with us",
        "Vendors want to work with us again",
        "供应商相信我们会按时付款",
        "供应商愿意把最好的货先给我们",
        "加盟商愿意续签下一个五年",
        "代理商放心把客户交给我们",
    ],
)
def test_partners_end_state_is_neither_metric_nor_flat(objective: str) -> None:
    assert inspiring(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Get patients seen on time",  # decision 1042: the team's verb, the on-time rate
        "Ship every order on time",
        "Pay suppliers on time",
        "Pay every supplier invoice on time",
        "Improve on-time payments to suppliers",
        "供应商付款准时率提升到98%",
    ],
)
def test_on_time_share_done_by_the_team_stays_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Vendors we can rely on",  # decision 20: an internal end state
        "Packaging vendors that don't hold us hostage",
        "Onboard new suppliers",
        "Strengthen vendor relationships",
        "优化供应商管理",
        "完善供应商考核体系",
    ],
)
def test_work_on_suppliers_stays_flat(objective: str) -> None:
    assert flat(objective) and not metric(objective)


# -- decision 3831: a measure moved by a loose degree or a rough multiple ----------------------


@pytest.mark.parametrize(
    "objective",
    [
        "客单价再提高一些",
        "成本再降一点",
        "利润再涨一些",
        "退货率低一点",
        "交付周期再短一点",
        "回款再快一点",
        "获客成本再压一压",
        "订单量增长数倍",
        "营收成倍增长",
        "付费会员数增长几倍",
    ],
)
def test_measure_moved_loosely_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "让店员再轻松一点",  # no measure: the staff's own state
        "服务再好一点",  # a generic quality
        "离客户再近一点",
        "工作效率高一点",  # efficiency is generic (提升测试效率 is flat)
        "让顾客的等待再短一点，笑容再多一点",
    ],
)
def test_loose_degree_without_a_measure_is_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 3832: 砍半 is 减半 --------------------------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    ["首次响应时间砍半", "审批时长砍半", "物流成本砍半", "客诉量砍半"],
)
def test_kan_ban_halves(objective: str) -> None:
    assert metric(objective)


def test_kan_ban_is_a_decrease_in_a_key_result() -> None:
    from coach import review

    r = review("目标：让客户找我们不用等\nKR1：首次响应时间砍半（负责人：王芳，Q3）")
    m = r.objectives[0].key_results[0].metric
    assert m is not None and m.direction == "decrease" and m.value == 0.5


# -- decision 3833: a quota named by its measure, then a colon and the figure --------------------


@pytest.mark.parametrize(
    "objective",
    ["年度销售目标：3000万", "销售目标：3000万", "Q3业绩指标：500万元", "全年回款任务：8000万"],
)
def test_quota_label_then_figure_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    ["销售目标：拿下华南市场", "年度销售目标：成为区域第一"],
)
def test_quota_label_then_a_direction_is_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 3834: growth sized in digits ---------------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Achieve double-digit growth in EMEA",
        "Deliver triple-digit growth",
        "Grow bookings by double digits",
        "Return to double-digit growth this year",
        "Post double-digit revenue growth in the Nordics",
    ],
)
def test_growth_in_digits_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Grow the business by double digits while keeping every customer happy",
        "Become the category leader with double-digit growth",
    ],
)
def test_growth_in_digits_with_a_direction_is_no_kpi(objective: str) -> None:
    assert not metric(objective)


def test_growth_in_digits_moves_below_as_its_growth() -> None:
    from coach import review

    r = review("O: Achieve double-digit growth in EMEA\nKR: Survey score from 3.5 to 4.2")
    assert "Growth in EMEA from [baseline] to [target]" in r.objectives[0].rewrite.text


# -- decision 3835, withdrawn by lead decision 1778: a word of praise is a marker ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Provide exceptional service",
        "Ensure a seamless customer experience",
        "Deliver exceptional value to our clients",
        "Provide outstanding support to our partners",
        "Create a seamless checkout experience",
        "Offer exceptional quality",
        "Build an outstanding team",
        "Deliver remarkable experiences",
        "Execute flawlessly on our roadmap",
        "Maintain outstanding service levels",
    ],
)
def test_praise_words_are_markers(objective: str) -> None:
    # PRINCIPLES.md lists world-class, 卓越, 一流 as markers; exceptional and outstanding are of
    # their kind, after a routine verb too (lead decision 1778)
    assert inspiring(objective) and not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Deliver outstanding service to every guest",  # decision 168
        "Make every release feel seamless to our customers",
        "Make checkout feel effortless",
        "Become the agency clients describe as flawless",
        "Give each patient an exceptional first visit",
        "An outstanding first week for every new hire",
    ],
)
def test_praise_with_a_picture_keeps_its_marker(objective: str) -> None:
    assert inspiring(objective)


# -- decision 3836: made easier to do, nobody served ---------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Make the product easier to use",
        "Make it easier to find information",
        "Make it simpler to submit expenses",
        "Make our app easier to navigate",
        "Make the intranet clearer to read",
    ],
)
def test_made_easier_to_do_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Make it easier for customers to contact us",  # the people served (decision 56)
        "Make it easier for every parent to book a class",
        "Make filing an expense take less time than making coffee",
        "Make returns so easy that shoppers stop worrying about sizes",
    ],
)
def test_made_easier_for_people_keeps_the_end_state(objective: str) -> None:
    assert not flat(objective)


# -- decision 3837: the people's stance after 都/也, whatever jieba tags it --------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "打造千万用户都爱用的记账App",
        "打造用户都爱用的记账App",
        "打造店长都爱用的排班系统",
        "打造司机都爱用的调度平台",
        "建设医生都爱用的电子病历",
        "做一款学生也爱用的错题本",
        "开一家年轻人都爱逛的书店",
    ],
)
def test_people_all_liking_it_is_an_end_state(objective: str) -> None:
    assert inspiring(objective)


@pytest.mark.parametrize(
    "objective",
    ["优化用户信息的管理流程", "提升用户查找信息的效率", "完善客户信用的评估体系"],
)
def test_a_noun_like_a_stance_word_stays_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("交付周期再短一点", "交付周期从[基线]降到[目标值]"),
        ("退货率低一点", "退货率从[基线]降到[目标值]"),
        ("客单价再高一些", "客单价从[基线]提升到[目标值]"),
        ("让获客转化率再高一些", "\nKR：获客转化率从[基线]提升到[目标值]"),  # decision 235
    ],
)
def test_loose_move_keeps_its_direction_below(objective: str, kr: str) -> None:
    from coach import review

    rewrite = review(f"目标：{objective}\nKR：满意度从3.5提升到4.2").objectives[0].rewrite
    assert kr in rewrite.text + "".join(e.replacement for e in rewrite.edits)


# -- decision 3838: a function's name and a dash open the objective as "Sales:" does --------------


@pytest.mark.parametrize(
    "objective",
    [
        "Engineering — modernize the tech stack",
        "Marketing – support product launches",
        "Legal — update the contract templates",
        "Platform team — upgrade the CI pipeline",
    ],
)
def test_function_dash_then_flat_work(objective: str) -> None:
    assert flat(objective) and not metric(objective)


@pytest.mark.parametrize(
    "objective",
    ["Sales — increase revenue", "Finance — reduce costs", "Support – cut first response time"],
)
def test_function_dash_then_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Support — make every customer feel heard",
        "Product — become the app parents open every morning",
        "Growth — the kind our customers feel",
        "One team - one way of working that new hires pick up in a week",
    ],
)
def test_function_dash_then_a_direction(objective: str) -> None:
    assert inspiring(objective)
