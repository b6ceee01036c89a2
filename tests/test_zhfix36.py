"""Round 36 (issue 8), helper zhfix36: Chinese accuracy, decisions 5220-5228 (docs/principles.md,
"… (issue 8, thirty-sixth round; zhfix36)"). Every wording here is the helper's own."""

from __future__ import annotations

import pytest

from coach import review


def _fails(text: str) -> list[tuple[str, str, set[str]]]:
    """Each item's kind, text and the rules it fails, objectives and key results in order."""
    out: list[tuple[str, str, set[str]]] = []
    for o in review(text).objectives:
        out.append(("objective", o.text, {c.rule_id for c in o.checks if c.status == "fail"}))
        for k in o.key_results:
            out.append(("kr", k.text, {c.rule_id for c in k.checks if c.status == "fail"}))
    return out


def _o_fails(objective: str) -> set[str]:
    text = f"目标：{objective}\nKR1：会员复购率从18%提升到26%（负责人：周岚，2027年Q2）\n"
    return _fails(text)[0][2]


def _kr_fails(kr: str) -> set[str]:
    text = f"目标：让来店的每位顾客都吃得安心（2027年Q2，负责人：陈默）\nKR1：{kr}\n"
    return _fails(text)[1][2]


# -- 5220: upkeep rounds once a day or more often are routine, whatever the count ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "每日巡检配电间4次",
        "每天检查冷库温度3次",
        "洗手间卫生检查每3小时1次",
        "每班点检生产线2次",
        "锅炉房每2天巡检1次",
    ],
)
def test_5220_upkeep_rounds_daily_or_shorter_are_routine(kr: str) -> None:
    fails = _kr_fails(kr)
    assert "kr-business-as-usual" in fails, (kr, fails)
    assert "kr-activity-count" in fails, (kr, fails)  # the count stays on the checklist


@pytest.mark.parametrize(
    "kr",
    [
        "每周保养2次叉车",  # weekly rounds above one stay a count (4731)
        "每周开2次安全例会",  # a meeting counted
        "夜间巡查从每周2次增加到每周4次",  # the cadence itself raised
        "每小时接待顾客40人",  # no upkeep
    ],
)
def test_5220_not_upkeep_on_a_short_cycle(kr: str) -> None:
    assert "kr-business-as-usual" not in _kr_fails(kr), kr


# -- 5221: vague objectives behind a note bracket; a unit's own team-building; a service's work ----


@pytest.mark.parametrize(
    "objective",
    [
        "做好物业保障工作（2027年Q3）",
        "加强队伍建设（负责人：马骁）",
        "加强班组建设",
        "提升街道服务工作水平（2027年Q3，负责人：马骁）",
        "提高政务服务水平",
        "提升便民服务工作水平",
    ],
)
def test_5221_vague_objectives(objective: str) -> None:
    assert "objective-vague" in _o_fails(objective), objective


@pytest.mark.parametrize(
    "objective",
    [
        "做好物业保障工作（让业主住得舒心）",  # the bracket gives a direction
        "加强团队建设，人均产值提升20%",
        "打造全区最贴心的便民服务（2027年Q3）",
        "推进社区服务站建设",
        "提升线上问诊服务响应速度",
    ],
)
def test_5221_not_vague(objective: str) -> None:
    assert "objective-vague" not in _o_fails(objective), objective


# -- 5222: 保持并提升 + a measure only moves the measure --------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "保持并提升净利率（2027年Q2）",
        "维持并提高客单价",
        "巩固并扩大市场占有率",
        "稳定并提升复购率",
    ],
)
def test_5222_kept_and_raised_measure_is_a_kpi(objective: str) -> None:
    assert "objective-is-metric" in _o_fails(objective), objective


@pytest.mark.parametrize(
    "objective", ["保持并发扬团队的优良作风", "保持并提升服务品质", "保持并提升团队凝聚力"]
)
def test_5222_kept_and_raised_quality_is_not_a_kpi(objective: str) -> None:
    assert "objective-is-metric" not in _o_fails(objective), objective


# -- 5223: an industry's ranking table is outside the team; a measure's own record is a KPI --------


@pytest.mark.parametrize(
    "objective", ["力争同行业排名前二（2027年）", "行业综合排名进入前五", "业内排名冲到第一"]
)
def test_5223_industry_ranking_table_not_controllable(objective: str) -> None:
    assert "objective-not-controllable" in _o_fails(objective), objective


@pytest.mark.parametrize(
    "objective",
    ["稳居行业第一", "打造行业口碑第一的售后团队", "编制年度行业排名报告", "进入行业前3名"],
)
def test_5223_own_rank_or_work_stays_controllable(objective: str) -> None:
    assert "objective-not-controllable" not in _o_fails(objective), objective


@pytest.mark.parametrize("objective", ["全年订单量冲刺历史最高", "会员数冲击历史新高"])
def test_5223_measure_record_is_a_kpi(objective: str) -> None:
    fails = _o_fails(objective)
    assert "objective-is-metric" in fails, objective
    assert "objective-not-controllable" not in fails, objective


def test_5223_record_beside_a_direction_is_no_kpi() -> None:
    assert "objective-is-metric" not in _o_fails("冲刺历史最高，打造全省最受欢迎的咖啡品牌")


# -- 5224: the team's own training, drills or rounds as a share reached are an effort count --------


@pytest.mark.parametrize(
    "kr",
    [
        "消防培训覆盖率100%",
        "管网巡查覆盖率达到90%",
        "全员应急演练参训率从60%提升到100%",
        "新版制度宣贯覆盖率100%",
    ],
)
def test_5224_own_effort_coverage_is_an_activity(kr: str) -> None:
    assert "kr-activity-count" in _kr_fails(kr), kr


@pytest.mark.parametrize(
    "kr",
    [
        "辖区老人流感疫苗接种覆盖率达到80%",  # a population reached by a service
        "山区4G网络覆盖率达到95%",
        "果农技术培训覆盖率达到70%",  # the people served, trained
        "出院患者随访覆盖率达到85%",  # decision 1582
        "岗前培训覆盖率100%，上岗考核通过率96%",  # a result beside it: a pair (kr-compound)
        "特种作业人员培训考核合格率达到98%",
    ],
)
def test_5224_coverage_that_stays_a_result(kr: str) -> None:
    assert "kr-activity-count" not in _kr_fails(kr), kr


# -- 5225: a floor after 不 is no cap; resources used and money recovered are no bad events --------


@pytest.mark.parametrize(
    "kr",
    [
        "全年追回违规报销款不少于80万元",
        "挽回诈骗损失不低于150万元",
        "追回违规发放的补助资金不少于60万元",
    ],
)
def test_5225_floor_on_money_recovered_is_not_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_fails(kr), kr


@pytest.mark.parametrize(
    "kr",
    [
        "吨产品耗水量不超过4立方米",
        "单位产值综合能耗控制在0.3吨标煤以内",
        "追回违规使用的补贴资金45万元",
    ],
)
def test_5225_efficiency_ceiling_and_recovery_not_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_fails(kr), kr


@pytest.mark.parametrize(
    "kr",
    [
        "差评不少于3条的菜品数量降到2个以下",  # 不少于 names which; 降到 caps them
        "全年安全事故少于2起",
        "违规报销金额减少40%",
        "能耗超标事件不超过1起",
    ],
)
def test_5225_bad_events_still_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_fails(kr), kr


# -- 5226: a period's goal label with a figure under an objective is one of its key results --------


def test_5226_period_goal_lines_under_an_objective_are_key_results() -> None:
    text = (
        "目标1：让老人在家门口就能看上病\n"
        "- 2027年目标：签约家庭医生的老人达到3000人\n"
        "- 2027年度目标：上门巡诊满意度达到92%\n"
        "目标2：让孩子们放学后有地方去\n"
        "- Q3目标：托管中心开放到晚上7点的天数达到60天\n"
    )
    got = [(kind, t) for kind, t, _ in _fails(text)]
    assert got == [
        ("objective", "让老人在家门口就能看上病"),
        ("kr", "签约家庭医生的老人达到3000人"),
        ("kr", "上门巡诊满意度达到92%"),
        ("objective", "让孩子们放学后有地方去"),
        ("kr", "托管中心开放到晚上7点的天数达到60天"),
    ]


def test_5226_period_goal_without_figure_stays_an_objective() -> None:
    text = (
        "目标1：让老人在家门口就能看上病\n"
        "- 签约家庭医生的老人达到3000人\n"
        "2027年度目标：让孩子们放学后有地方去\n"
        "- 托管服务满意度达到90%\n"
    )
    kinds = [kind for kind, _, _ in _fails(text)]
    assert kinds == ["objective", "kr", "objective", "kr"]


def test_5226_page_of_yearly_goals_stays_objectives() -> None:
    text = "2026年目标：门诊量达到5万人次\n- 新签约家庭800户\n2027年目标：门诊量达到8万人次\n"
    kinds = [kind for kind, _, _ in _fails(text)]
    assert kinds == ["objective", "kr", "objective"]


# -- 5227: a saying as the whole objective is vague; standing events once per cycle are routine ----


@pytest.mark.parametrize("objective", ["安全是企业的生命线", "人才是第一资源", "服务是我们的根本"])
def test_5227_saying_is_vague(objective: str) -> None:
    assert "objective-vague" in _o_fails(objective), objective


@pytest.mark.parametrize("objective", ["让安全成为每位员工的本能", "客户的信任是我们最大的财富"])
def test_5227_direction_is_no_saying(objective: str) -> None:
    assert "objective-vague" not in _o_fails(objective), objective


@pytest.mark.parametrize("kr", ["每周集体备课1次", "每季度组织1次员工生日会"])
def test_5227_standing_events_once_per_cycle_are_routine(kr: str) -> None:
    assert "kr-business-as-usual" in _kr_fails(kr), kr


def test_5227_standing_events_counted_stay_a_count() -> None:
    fails = _kr_fails("每学期组织4次集体备课")
    assert "kr-business-as-usual" not in fails
    assert "kr-activity-count" in fails


# -- 5228: one bare word that names what to look at is vague ---------------------------------------


@pytest.mark.parametrize("objective", ["团队", "预算", "库存。"])
def test_5228_bare_word_is_vague(objective: str) -> None:
    assert "objective-vague" in _o_fails(objective), objective


@pytest.mark.parametrize("objective", ["安全", "团队建设", "壮大销售团队"])
def test_5228_quality_or_phrase_is_not_vague(objective: str) -> None:
    assert "objective-vague" not in _o_fails(objective), objective
