"""result27: result-not-task recall on real shapes (decisions 3810-3829)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_TASK = {"kr-is-task", "kr-activity-count"}


def _fails(kr: str, objective: str = "Become the neighbourhood's favourite place to shop") -> set:
    text = f"Objective: {objective}\nKR1: {kr} (owner: Ann)\nKR2: Weekly returning visitors from 400 to 650 (owner: Ann)\n"
    return _kr1_fails(text)


def _fails_zh(kr: str, objective: str = "成为街区里最受欢迎的门店") -> set:
    text = f"目标：{objective}\nKR1：{kr}（负责人：王芳）\nKR2：每周回头客从400人提升到650人（负责人：王芳）\n"
    return _kr1_fails(text)


def _kr1_fails(text: str) -> set:
    """The rules whose checks fail on the first key result of `text`."""
    items = (k for o in review(text, config=_CFG).objectives for k in o.key_results)
    kr1 = next(k for k in items if k.id == "o1.kr1")
    return {c.rule_id for c in kr1.checks if c.status == "fail"}


# -- decision 3810: an English tool or system named as the head, no verb, no measure ------------


@pytest.mark.parametrize(
    "kr",
    [
        "Donor CRM",
        "Loyalty points backend",
        "Supplier onboarding wizard",
        "Scalar math functions",
        "Recipe costing sheet",
        "Store locator",
        "Internal search engine",
        "Route optimiser for deliveries",
        "Sales battlecards",
        "Cost calculator for quotes",
        "Churn prediction script",
        "Price comparison engine",
        "Refund eligibility checker for the support desk",
    ],
)
def test_en_tool_named_alone_is_a_task(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Churn below 2%",
        "Ticket backlog under 50",
        "Operational excellence in the warehouse",
        "Happier regulars",
        "Cost per lead under $40",
        "Search engine traffic up 30%",
        "Price competitiveness against the two chains",
        "Churn prediction accuracy of 80%",
        "Faster quote calculator",
    ],
)
def test_en_measures_and_qualities_stay(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 3811: a Chinese system or component named alone ------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "标量数学函数",
        "会员积分后台",
        "库存预警脚本",
        "智能客服机器人",
        "移动端SDK",
        "会员积分商城",
        "供应商门户",
        "订单查询接口",
        "统一登录组件",
        "商品推荐算法",
    ],
)
def test_zh_component_named_alone_is_a_task(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "月流失率低于2%",
        "待处理工单少于50张",
        "后台响应时间降到200毫秒",
        "接口调用成功率达到99.9%",
        "商城复购率提升至35%",
        "推荐算法点击率从3%提升到5%",
        "售后服务做得更贴心",
    ],
)
def test_zh_measures_and_changes_stay(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


# -- decision 3812: a decision made, written as its participle after what was decided --------------


@pytest.mark.parametrize(
    "kr",
    [
        "Priority segments agreed",
        "Conference venues picked",
        "Partner terms nailed down",
        "Key risks surfaced and logged",
        "Pricing tiers decided",
        "Success criteria defined for the pilot",
        "Pricing model locked in",
        "Store fit-out budget locked in with finance",
        "Offsite venue booked",
        "Wedding photographer booked",
    ],
)
def test_en_decision_participle_is_a_task(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "3 of our designs picked for the city biennale",
        "Get shortlisted for 2 design awards",
        "All December returns processed by Jan 20",
        "Lock in 3 anchor tenants for the new mall",
        "Book 500 room nights from corporate clients",
        "Key accounts renewed at 95%",
    ],
)
def test_en_won_or_measured_participles_stay(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 3813: "Top" before a noun phrase and its participle is an adjective -------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Top customer pain points identified",
        "Top 3 churn drivers identified",
        "Top ten supplier risks mapped",
        "Top supplier risks assessed",
        "Top 20 accounts' renewal dates tracked in the CRM",
    ],
)
def test_top_before_a_participle_is_no_verb(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Top 3 in the regional customer survey",
        "Top the local bakery rankings by summer",
        "Top 1,000 paying members",
        "Top-quartile NPS among UK grocers",
    ],
)
def test_top_as_a_level_stays(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 3814: things planted, laid, poured or drawn, counted --------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Plant 500 trees",
        "Plant 1,200 tulip bulbs in the park",
        "Lay 2 km of new footpath",
        "Lay 300 paving slabs in the yard",
        "Plant 40 fruit bushes along the school fence",
    ],
)
def test_en_things_planted_or_laid_are_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "铺设2公里步道",
        "栽种800株月季",
        "浇筑6处混凝土地坪",
        "编织30条地毯",
        "绘制24幅插画",
        "铺设1200米排水管",
    ],
)
def test_zh_things_laid_or_made_are_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Plant 2 output up 12%",
        "500 trees still alive after one year",
        "Tree survival rate above 90%",
        "Plant 3 downtime below 2%",
    ],
)
def test_en_planted_levels_stay(kr: str) -> None:
    assert not _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    ["树苗成活率达到90%", "步道日均客流达到2000人次", "插画带来新粉丝3000人"],
)
def test_zh_levels_after_making_stay(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


# -- decision 3815: people helped to avoid a bad event are a result (as decision 3740) ------------


@pytest.mark.parametrize(
    "kr",
    [
        "Help 200 tenants avoid eviction by December",
        "Help 60 families escape debt by year end",
        "Help 40 patients avoid readmission within 30 days",
        "Help 120 students avoid dropping out by June",
        "Help 25 farmers survive the dry season by October",
    ],
)
def test_people_helped_avoid_a_bad_event(kr: str) -> None:
    assert "kr-is-task" not in _fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Help 1,000 students with their tax returns by April",
        "Help 3 engineers avoid the merge conflicts by June",
        "Help the warehouse team avoid overtime by June",
    ],
)
def test_help_with_work_or_staff_stays_work(kr: str) -> None:
    assert "kr-is-task" in _fails(kr)


# -- decision 3816: phrasal verbs of turning things out; a system bedded in; zh 库, 出品, 定下来 -------


@pytest.mark.parametrize(
    "kr",
    [
        "Churn out 30 blog drafts",
        "Whip up 6 new seasonal recipes",
        "Rustle up 40 raffle prizes",
        "Pump out 15 short-form videos",
        "Retool line 3",
        "Retool the bottling line",
        "New ERP bedded in by September",
        "Till system squared away by end of March",
        "Loyalty scheme rules settled",
    ],
)
def test_en_things_turned_out_or_settled_are_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr", ["品牌口号定下来", "客户标签库", "门店素材库", "出品3部微电影", "售后案例库"]
)
def test_zh_library_built_or_decision_made_is_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Churn out of the premium tier below 3%",
        "Insurance claims settled within 10 days",
        "All customer disputes settled by month end",
        "Settle 90% of claims within 10 days",
    ],
)
def test_en_churn_and_claims_settled_stay(kr: str) -> None:
    assert not _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr", ["库存周转天数降到30天", "人才库候选人入职率达到20%", "微电影播放量达到10万"]
)
def test_zh_measures_on_libraries_stay(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


# -- decision 3817: the people helped, said before their count, and what they reach ------------


@pytest.mark.parametrize(
    "kr",
    [
        "帮扶的30户商户全部扭亏",
        "结对的12家门店全部扭亏为盈",
        "孵化的8家初创企业全部转亏为盈",
    ],
)
def test_zh_people_helped_reach_a_state(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Help 150 renters avoid arrears by March",
        "Help 30 smokers quit by June",
        "Help 90 small shops survive the winter",
        "Help 20 jobseekers land a paid role by May",
        "Help 40 homeowners cut their energy bills by 20%",
    ],
)
def test_en_more_people_helped_reach_a_state(kr: str) -> None:
    assert "kr-is-task" not in _fails(kr)


@pytest.mark.parametrize(
    "kr", ["开发的3个新功能全部上线", "招聘的5名销售全部到岗", "帮扶50家小微企业申请补贴"]
)
def test_zh_work_after_de_stays_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr", ["Catering for the gala booked", "Venue for the summer party booked"]
)
def test_en_booked_for_an_event_is_work(kr: str) -> None:
    assert _fails(kr) & _TASK


# -- decision 3818: a thing "up by" a date; data stores and loops set up -------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "New intranet up by the end of Q2",
        "Booking app up by June",
        "Partner portal up before the summer",
        "Staff extranet is up by September",
        "Data warehouse on BigQuery",
        "Customer feedback loop",
        "Data lake for the finance team",
    ],
)
def test_en_thing_up_by_a_date_or_set_up_is_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "App downloads up by June",
        "App revenue up by June",
        "Intranet use up by 30%",
        "Intranet weekly active use at 70% of staff",
        "Faster feedback loop",
        "Website traffic up by 40% by June",
    ],
)
def test_en_measure_up_by_a_date_stays(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 3819: a phase of the thing built, and Chinese deliverables counted --------------------


@pytest.mark.parametrize(
    "kr",
    [
        "会员积分后台（一期）",
        "会员积分后台（2期）",
        "门店巡检小程序（二期）",
        "标量数学函数30个",
        "商品推荐算法8个",
        "运营素材库3个",
    ],
)
def test_zh_phase_or_count_of_things_built_is_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    ["Donor CRM (phase 1)", "Recipe costing sheet (MVP)", "Store locator (phase 2)"],
)
def test_en_phase_of_a_tool_is_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "小程序用户30万",
        "会员积分商城月活2万",
        "新签合同30份",
        "Happier regulars (phase 1)",
    ],
)
def test_levels_and_contracts_counted_stay(kr: str) -> None:
    lang_zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    assert not (_fails_zh(kr) if lang_zh else _fails(kr)) & _TASK


def test_episodes_counted_stay_an_activity_count() -> None:
    assert "kr-activity-count" in _fails_zh("录制20期播客")


@pytest.mark.parametrize(
    "kr", ["200户租户保住住房", "帮助200户租户保住住房", "40家老店保住原址经营"]
)
def test_zh_people_keep_what_they_have(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK
