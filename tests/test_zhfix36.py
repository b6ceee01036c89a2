"""Round 36 (issue 8), helper zhfix36: Chinese accuracy, decisions 5220-5229 (docs/principles.md,
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


# (decision, key result, rules it fails, rules it passes), under one objective with an owner and
# a quarter. 5220: upkeep rounds daily or more often are routine, and the count stays on the
# checklist; 5224: the team's own training or rounds as a share reached are an effort count;
# 5225: a floor after 不 is no cap, resources used and money recovered are no bad events; 5227:
# standing events once per cycle are routine; 5229: a situation update once per cycle is a report.
_KR_CASES = [
    ("5220", "每日巡检配电间4次", ("kr-business-as-usual", "kr-activity-count"), ()),
    ("5220", "每天检查冷库温度3次", ("kr-business-as-usual", "kr-activity-count"), ()),
    ("5220", "洗手间卫生检查每3小时1次", ("kr-business-as-usual", "kr-activity-count"), ()),
    ("5220", "每班点检生产线2次", ("kr-business-as-usual", "kr-activity-count"), ()),
    ("5220", "锅炉房每2天巡检1次", ("kr-business-as-usual", "kr-activity-count"), ()),
    ("5220", "每天消毒餐具3次", ("kr-business-as-usual", "kr-activity-count"), ()),
    ("5220", "每4小时巡视一次病房", ("kr-business-as-usual", "kr-activity-count"), ()),
    ("5220", "每周消杀2次", ("kr-activity-count",), ("kr-business-as-usual",)),
    ("5220", "消毒合格率达到100%", (), ("kr-business-as-usual",)),
    ("5220", "每周保养2次叉车", (), ("kr-business-as-usual",)),
    ("5220", "每周开2次安全例会", (), ("kr-business-as-usual",)),  # a meeting counted
    ("5220", "夜间巡查从每周2次增加到每周4次", (), ("kr-business-as-usual",)),
    ("5220", "每小时接待顾客40人", (), ("kr-business-as-usual",)),  # no upkeep
    ("5942", "消防培训覆盖率100%", (), ("kr-activity-count",)),
    ("5224", "管网巡查覆盖率达到90%", ("kr-activity-count",), ()),
    ("5942", "全员应急演练参训率从60%提升到100%", (), ("kr-activity-count",)),
    ("5942", "新版制度宣贯覆盖率100%", (), ("kr-activity-count",)),
    ("5224", "燃气隐患排查覆盖率100%", ("kr-activity-count",), ()),
    ("5942", "防汛演练参与率达到95%", (), ("kr-activity-count",)),
    ("5224", "居民防汛演练参与率达到60%", (), ("kr-activity-count",)),
    ("5224", "辖区老人流感疫苗接种覆盖率达到80%", (), ("kr-activity-count",)),
    ("5224", "山区4G网络覆盖率达到95%", (), ("kr-activity-count",)),
    ("5224", "果农技术培训覆盖率达到70%", (), ("kr-activity-count",)),  # the people served, trained
    ("5224", "出院患者随访覆盖率达到85%", (), ("kr-activity-count",)),  # decision 1582
    ("5224", "岗前培训覆盖率100%，上岗考核通过率96%", (), ("kr-activity-count",)),
    ("5224", "特种作业人员培训考核合格率达到98%", (), ("kr-activity-count",)),
    ("5225", "全年追回违规报销款不少于80万元", (), ("kr-negative-phrasing",)),
    ("5225", "挽回诈骗损失不低于150万元", (), ("kr-negative-phrasing",)),
    ("5225", "追回违规发放的补助资金不少于60万元", (), ("kr-negative-phrasing",)),
    ("5225", "吨产品耗水量不超过4立方米", (), ("kr-negative-phrasing",)),
    ("5225", "单位产值综合能耗控制在0.3吨标煤以内", (), ("kr-negative-phrasing",)),
    ("5225", "追回违规使用的补贴资金45万元", (), ("kr-negative-phrasing",)),
    ("5225", "差评不少于3条的菜品数量降到2个以下", ("kr-negative-phrasing",), ()),
    ("5225", "全年安全事故少于2起", ("kr-negative-phrasing",), ()),
    # read by a rule since decision 5447 (5437's xfail)
    ("5225", "违规报销金额减少40%", ("kr-negative-phrasing",), ()),
    ("5225", "能耗超标事件不超过1起", ("kr-negative-phrasing",), ()),
    ("5227", "每周集体备课1次", ("kr-business-as-usual",), ()),
    ("5227", "每季度组织1次员工生日会", ("kr-business-as-usual",), ()),
    ("5229", "每周向家长推送一次作业情况反馈", ("kr-business-as-usual",), ()),
    ("5229", "每月发布1次消防情况通报", ("kr-business-as-usual",), ()),
    ("5229", "每周推送3次作业情况反馈", ("kr-activity-count",), ("kr-business-as-usual",)),
    ("5227", "每学期组织4次集体备课", ("kr-activity-count",), ("kr-business-as-usual",)),
]

# (decision, objective, rules it fails, rules it passes). 5221: vague behind a note bracket, a
# unit's team-building, a place's service work; 5222: 保持并提升 + a measure is a KPI; 5223: an
# industry's ranking table is outside, a measure's record is a KPI; 5227: a saying is a motto;
# 5228: one bare word that names what to look at is vague.
_OBJECTIVE_CASES = [
    ("5221", "做好物业保障工作（2027年Q3）", ("objective-vague",), ()),
    ("5221", "加强队伍建设（负责人：马骁）", ("objective-vague",), ()),
    ("5221", "加强班组建设", ("objective-vague",), ()),
    ("5221", "提升街道服务工作水平（2027年Q3，负责人：马骁）", ("objective-vague",), ()),
    ("5221", "提高政务服务水平", ("objective-vague",), ()),
    ("5221", "提升便民服务工作水平", ("objective-vague",), ()),
    ("5221", "加强内部管理（2027年Q1）", ("objective-vague",), ()),
    ("5221", "强化服务意识", ("objective-vague",), ()),
    ("5221", "提升综合服务能力", ("objective-vague",), ()),
    ("5221", "做好物业保障工作（让业主住得舒心）", (), ("objective-vague",)),
    ("5221", "加强团队建设，人均产值提升20%", (), ("objective-vague",)),
    ("5221", "打造全区最贴心的便民服务（2027年Q3）", (), ("objective-vague",)),
    ("5221", "推进社区服务站建设", (), ("objective-vague",)),
    ("5221", "提升线上问诊服务响应速度", (), ("objective-vague",)),
    ("5222", "保持并提升净利率（2027年Q2）", ("objective-is-metric",), ()),
    ("5222", "维持并提高客单价", ("objective-is-metric",), ()),
    ("5222", "巩固并扩大市场占有率", ("objective-is-metric",), ()),
    ("5222", "稳定并提升复购率", ("objective-is-metric",), ()),
    ("5222", "保持并持续提升患者满意度", ("objective-is-metric",), ()),
    ("5222", "保持净利率并稳步提升", ("objective-is-metric",), ()),
    ("5222", "保持出品品质并不断提升", (), ("objective-is-metric",)),
    ("5222", "保持并发扬团队的优良作风", (), ("objective-is-metric",)),
    ("5222", "保持并提升服务品质", (), ("objective-is-metric",)),
    ("5222", "保持并提升团队凝聚力", (), ("objective-is-metric",)),
    ("5223", "力争同行业排名前二（2027年）", ("objective-not-controllable",), ()),
    ("5223", "行业综合排名进入前五", ("objective-not-controllable",), ()),
    ("5223", "业内排名冲到第一", ("objective-not-controllable",), ()),
    ("5223", "稳居行业第一", (), ("objective-not-controllable",)),
    ("5223", "打造行业口碑第一的售后团队", (), ("objective-not-controllable",)),
    ("5223", "编制年度行业排名报告", (), ("objective-not-controllable",)),
    ("5223", "进入行业前3名", (), ("objective-not-controllable",)),
    ("5223", "全年订单量冲刺历史最高", ("objective-is-metric",), ("objective-not-controllable",)),
    ("5223", "会员数冲击历史新高", ("objective-is-metric",), ("objective-not-controllable",)),
    ("5223", "客流量刷新历史纪录", ("objective-is-metric",), ("objective-not-controllable",)),
    ("5223", "冲刺历史最高，打造全省最受欢迎的咖啡品牌", (), ("objective-is-metric",)),
    ("5227", "安全是企业的生命线", ("objective-vague",), ()),
    ("5227", "人才是第一资源", ("objective-vague",), ()),
    ("5227", "服务是我们的根本", ("objective-vague",), ()),
    ("5227", "让安全成为每位员工的本能", (), ("objective-vague",)),
    ("5227", "客户的信任是我们最大的财富", (), ("objective-vague",)),
    ("5228", "团队", ("objective-vague",), ()),
    ("5228", "预算", ("objective-vague",), ()),
    ("5228", "库存。", ("objective-vague",), ()),
    ("5228", "安全", (), ("objective-vague",)),
    ("5228", "团队建设", (), ("objective-vague",)),
    ("5228", "壮大销售团队", (), ("objective-vague",)),
]


@pytest.mark.parametrize(("decision", "kr", "fail", "ok"), _KR_CASES)
def test_key_result_verdicts(
    decision: str, kr: str, fail: tuple[str, ...], ok: tuple[str, ...]
) -> None:
    text = f"目标：让来店的每位顾客都吃得安心（2027年Q2，负责人：陈默）\nKR1：{kr}\n"
    fails = _fails(text)[1][2]
    assert set(fail) <= fails and not set(ok) & fails, (decision, kr, fails)


@pytest.mark.parametrize(("decision", "objective", "fail", "ok"), _OBJECTIVE_CASES)
def test_objective_verdicts(
    decision: str, objective: str, fail: tuple[str, ...], ok: tuple[str, ...]
) -> None:
    text = f"目标：{objective}\nKR1：会员复购率从18%提升到26%（负责人：周岚，2027年Q2）\n"
    fails = _fails(text)[0][2]
    assert set(fail) <= fails and not set(ok) & fails, (decision, objective, fails)


# 5226: a period's or a measure's goal label with a figure under an objective labelled otherwise
# is a key result; one with no figure, a team's goal, or a page of such labels stays an objective.
_PARSE_CASES = [
    (
        "目标1：让老人在家门口就能看上病\n- 签约满意度目标：95%\n- 2027年Q1目标：巡诊人次达到500人次\n"
        "- 医务部目标：门诊量增长20%\n",
        [
            ("objective", "让老人在家门口就能看上病"),
            ("kr", "签约满意度目标：95%"),  # a measure's label stays in the wording
            ("kr", "巡诊人次达到500人次"),
            ("objective", "门诊量增长20%"),  # a team's goal (decision 1072)
        ],
    ),
    (
        "目标1：让老人在家门口就能看上病\n- 2027年目标：签约家庭医生的老人达到3000人\n"
        "- 2027年度目标：上门巡诊满意度达到92%\n目标2：让孩子们放学后有地方去\n"
        "- Q3目标：托管中心开放到晚上7点的天数达到60天\n",
        [
            ("objective", "让老人在家门口就能看上病"),
            ("kr", "签约家庭医生的老人达到3000人"),
            ("kr", "上门巡诊满意度达到92%"),
            ("objective", "让孩子们放学后有地方去"),
            ("kr", "托管中心开放到晚上7点的天数达到60天"),
        ],
    ),
    (
        "目标1：让老人在家门口就能看上病\n- 签约家庭医生的老人达到3000人\n"
        "2027年度目标：让孩子们放学后有地方去\n- 托管服务满意度达到90%\n",
        [
            ("objective", "让老人在家门口就能看上病"),
            ("kr", "签约家庭医生的老人达到3000人"),
            ("objective", "让孩子们放学后有地方去"),
            ("kr", "托管服务满意度达到90%"),
        ],
    ),
    (
        "2026年目标：门诊量达到5万人次\n- 新签约家庭800户\n2027年目标：门诊量达到8万人次\n",
        [
            ("objective", "门诊量达到5万人次"),
            ("kr", "新签约家庭800户"),
            ("objective", "门诊量达到8万人次"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "items"), _PARSE_CASES)
def test_5226_period_goal_lines(text: str, items: list[tuple[str, str]]) -> None:
    assert [(kind, t) for kind, t, _ in _fails(text)] == items
