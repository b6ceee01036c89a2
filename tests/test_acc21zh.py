"""acc21zh (issue 8, twenty-first round): Chinese objectives and key results the rules misjudged,
written in voices unlike the corpus (a district service hall, a hospital's nursing department, a
stamping shop, an e-commerce team, a class teacher, a law firm, a parcel hub, a bank branch, a
care home, a bus fleet, students' and job-seekers' own sets). Decisions 1840-1856 in
docs/principles.md. Each positive case failed on main (5651d015) unless marked as a guard."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

_CONFIG = Config(semantic=False, use_model=False)
_HEAD = "顺达物流 华东分拨中心 2026年Q2 OKR（负责人：中心经理）\n目标1：成为客户首选的物流伙伴\n关键结果1："
_PERSONAL = (
    "个人OKR：小林的考研冲刺（2026年上半年）\n目标1：把身体照顾好，考场上精神饱满\n关键结果1："
)
_TASK = {"kr-is-task", "kr-activity-count"}


def _kr_fails(kr: str, head: str = _HEAD) -> set[str]:
    result = review(head + kr + "\n", config=_CONFIG)
    item = result.objectives[0].key_results[0]
    return {c.rule_id for c in item.checks if c.status == "fail"}


def _objective_fails(objective: str) -> set[str]:
    text = f"区政务服务中心 2026年Q2 OKR（负责人：中心主任）\n目标1：{objective}\n关键结果1：一次办结率从75%提高到92%\n"
    result = review(text, config=_CONFIG)
    return {c.rule_id for c in result.objectives[0].checks if c.status == "fail"}


# -- key results: work that is a task or a count of effort ----------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "完成3条产线的5S改造",  # decision 1840: 5S is a method's name, not five seconds
        "推行6S现场管理",  # held on main: a guard
        "每个季度给Top100客户做一次QBR",  # 1841/1842: 一次 after a cadence; Top100 names who
        "每个月给前50名客户做一次业务回顾",
        "组织3场客户沙龙，邀请100位客户参加",  # 1842: the invitees are invitations sent
        "举办2场开放日，邀约80位家长到校",  # held on main: a guard
        "对高风险客户100%完成挽留沟通",  # 1843: the share of the people contacted
        "对投诉客户100%电话回访",
        "找5个新的电商客户谈合作",  # 1842: 找 + count + a meeting verb, as 与 + count
        "找10家供应商洽谈",  # held on main: a guard
        "给每位教练配一台模拟器",  # 1853: 配 = 配备, equipment put in
        "新增6辆公交车",  # 1853: vehicles added are bought
        "完善班规",  # 1854: a document worked on is work to do
        "完善新人文档",
        "完善应急预案",
        "修订员工手册",  # held on main: a guard of the same shape
        "每天23点前上床",  # held on main (decision 159): the habit counted
        "每天运动1小时",  # held on main: time given to an effort
    ],
)
def test_task_or_activity(kr: str) -> None:
    assert _kr_fails(kr) & _TASK, kr


@pytest.mark.parametrize(
    "kr",
    [
        "举办3场沙龙，吸引500名客户参加",  # attendance won stays the outcome (decision 1842)
        "Top100客户续约率从80%提升到95%",  # a rank naming the customers of a measure
        "6S现场检查得分从75分提升到90分",
        "首屏加载时间从8s降到5s",  # seconds before a verb stay seconds (1840)
        "客服首次响应时间控制在5s内",
        "对投诉客户24小时内100%完成回访",  # a time limit per contact is a standard (decision 334)
        "对流失客户的挽回率达到30%",
        "与100%的核心经销商完成签约",
        "接到第一单品牌合作",  # decision 1245, kept
        "每月接到品牌合作不少于4单",  # 1853: deals received are won, not effort
        "每天接到订单200单",
        "新增会员300人",  # 新增 + people stays customers won
        "增加到10台",
        "班规执行率达到95%",
        "完善新人文档，新人上手时间从4周缩短到2周",  # held on main: the later clause measures
        "配送准时率从90%提升到98%",
    ],
)
def test_result_not_task(kr: str) -> None:
    # guards, held on main, except "每月接到品牌合作不少于4单" (decision 1853)
    assert not _kr_fails(kr) & _TASK, kr


@pytest.mark.parametrize(
    "kr",
    ["每天睡够7小时", "每晚睡满8小时", "每天至少睡7个小时", "每天睡眠7小时以上"],
)
def test_sleep_kept_is_a_level(kr: str) -> None:
    # decision 1844: the rest the body gets is a level kept, as "Sleep 7 hours every night" is
    assert not _kr_fails(kr, _PERSONAL) & _TASK, kr


@pytest.mark.parametrize("kr", ["每天练琴1小时", "每天23点前睡觉", "每周跑步3次"])
def test_personal_efforts_still_counted(kr: str) -> None:
    assert _kr_fails(kr, _PERSONAL) & _TASK, kr  # guards: held on main


def test_five_s_is_no_duration() -> None:
    # decision 1840: "推行5S管理" names no number target at all (held on main: a guard)
    assert "kr-not-quantified" in _kr_fails("推行5S管理")


def test_polish_a_quality_stays_vague_not_task() -> None:
    fails = _kr_fails("完善售后服务")  # no document: a change without an amount (decision 47)
    assert "kr-vague-wording" in fails and not fails & _TASK


# -- objectives: KPIs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "全年签单200单",  # 1849: deals signed counted, as 签约200家
        "全年成交500单",
        "ROI做到1:4",  # 1850: a ratio's colon is no label
        "投放ROI达到1:3",
        "全年安全事故为零",  # 1848: zero bad events said with 为
        "全年行车责任事故为零",
        "保持营收稳定增长",  # 保持 before a measure moved commits to it
        "提高首次响应速度",  # 1856: the speed of a named process (decision 26)
        "提升发货速度",
        "快递时效提升",
        "提高人岗匹配度",
        "GMV达到5000万",  # held on main: guards of the brief's shapes
        "客户满意度提升到95%",
        "营收同比增长30%",
        "把退货率降到2%以内",
        "客诉率下降50%",
    ],
)
def test_metric_objective(objective: str) -> None:
    assert "objective-is-metric" in _objective_fails(objective), objective


@pytest.mark.parametrize(
    "objective",
    [
        "提升发展速度",  # 1856: the pace of a change is no process's time
        "加快数字化转型速度",
        "保持团队稳定",
        "保持战斗力",
        "群众办事零跑腿",  # 1846: the people spared a burden
        "入住老人零压疮",  # 1851: spared a harm, whatever jieba glues
        "让乘客等车不超过10分钟",  # 1852: the people made to act
        "加强护士队伍建设",
        "提升服务质量",
    ],
)
def test_not_a_metric(objective: str) -> None:
    # guards, held on main, except 入住老人零压疮 and 让乘客等车不超过10分钟
    assert "objective-is-metric" not in _objective_fails(objective), objective


# -- objectives: inspiring end states ----------------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "护士不再天天加班到深夜",  # 1845: nurses' working day as the end state
        "让护理人员能按时下班",  # held on main: a guard
        "群众办事零跑腿",  # 1846
        "每一位顾客离店时都带着笑容",  # 1847: the people's moment, then what they do
        "病人出院时都能说出自己的用药方法",  # held on main: a guard
        "入住老人零压疮",  # 1851
        "让乘客等车不超过10分钟",  # 1852
        "提供超预期的服务体验",  # 1855: beyond what the served expect
        "让每一位来办事的群众只跑一次",  # held on main: guards
        "成为全市患者最信赖的护理团队",
        "让老百姓办事像网购一样方便",
    ],
)
def test_inspiring(objective: str) -> None:
    assert "objective-not-inspiring" not in _objective_fails(objective), objective


@pytest.mark.parametrize(
    "objective",
    [
        "加强护士队伍建设",
        "提升护士专业能力",
        "客户增长时提升服务能力",
        "全年安全事故为零",  # 1848: 安全事故 tagged an idiom paints nothing
        "推进车间精益生产",
        "完善班级管理制度",
        "优化店铺运营",
        "加强小区安全管理",
        "打造学习型组织",
    ],
)
def test_still_flat(objective: str) -> None:
    # guards, held on main, except 全年安全事故为零 (decision 1848)
    assert "objective-not-inspiring" in _objective_fails(objective), objective


# -- later rounds (decisions 1857-1859) -----------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "实现销售额、利润的稳步增长",  # 1857: 实现 + measures + 的 + their move
        "实现营收和利润的双增长",
        "新客户数量和订单量同步增长",  # 1857: 同步 before a measure's move
        "客户满意度达到行业领先水平",  # 1858: the peers' best level as the target
        "良品率达到行业一流水平",  # held on main: a guard
        "日活跃用户数（DAU）达到100万",  # 1858: a bracketed gloss joins name and figure
        "净推荐值（NPS）提升到50",
        "门诊患者平均候诊时间缩短到20分钟",  # 1858: an average over the people
        "客户平均等待时长降到30秒",  # held on main: a guard
    ],
)
def test_metric_objective_later(objective: str) -> None:
    assert "objective-is-metric" in _objective_fails(objective), objective


@pytest.mark.parametrize(
    "objective",
    [
        "实现销售额、利润的稳步增长",  # 1848: 稳步增长 tagged an idiom paints nothing
        "新客户数量和订单量同步增长",
        "每个季度都按时完成销售任务",  # held on main; 1859 keeps it: a period, no promise
    ],
)
def test_flat_later(objective: str) -> None:
    assert "objective-not-inspiring" in _objective_fails(objective), objective


@pytest.mark.parametrize(
    "objective",
    [
        "每一个包裹都准时安全送达",  # 1859: the promise to each one said positively
        "打一场漂亮的双十一战役",  # 1859: as 打一场漂亮的翻身仗 (decision 117)
        "服务达到行业领先水平",  # held on main: a marker without a measure
        "打造行业领先水平的客服中心",  # held on main
        "让日活跃用户（DAU）每天都愿意打开我们的App",  # held on main
    ],
)
def test_inspiring_later(objective: str) -> None:
    assert "objective-not-inspiring" not in _objective_fails(objective), objective


@pytest.mark.parametrize("objective", ["完成数据中台（一期）建设", "每个项目都按时推进"])
def test_not_a_metric_later(objective: str) -> None:
    assert "objective-is-metric" not in _objective_fails(objective), objective  # guards


@pytest.mark.parametrize(
    "kr", ["给每位离店客人送一份手作伴手礼", "给每位客户送一份礼物", "每月增员10人"]
)
def test_task_later(kr: str) -> None:
    # 1859: 送 is an action; 增员 is hiring (held on main: a guard)
    assert _kr_fails(kr) & _TASK, kr


@pytest.mark.parametrize(
    "kr", ["送餐准时率从90%提升到97%", "送达准时率达到98%", "送货上门订单占比从20%提升到40%"]
)
def test_result_later(kr: str) -> None:
    assert not _kr_fails(kr) & _TASK, kr  # guards: 送 naming a measure stays a measure


@pytest.mark.parametrize(
    "objective",
    [
        "提升销售业绩，实现销售额同比增长20%",  # 1858: a clause that only moves a measure
        "提高客户满意度，满意度达到95%",
        "扩大市场份额，市场占有率提升到15%",
        "提高用户留存，次月留存率达到40%",
    ],
)
def test_kpi_clause_beside_its_number(objective: str) -> None:
    assert "objective-is-metric" in _objective_fails(objective), objective


@pytest.mark.parametrize(
    "objective",
    [
        "深耕华南渠道，实现季度营收增长25%",  # PRINCIPLES.md's own example: held on main
        "打造最受欢迎的会员体系，付费会员数翻番",  # decision 49: held on main
        "加强团队建设，人均产值提升20%",  # held on main
        "让门店成为街坊的第二个家，复购率提升到40%",  # held on main
    ],
)
def test_direction_beside_a_number(objective: str) -> None:
    assert "objective-is-metric" not in _objective_fails(objective), objective


@pytest.mark.parametrize(
    "note",
    ["（权重30%，负责人：王芳）", "（权重30%，备注：跟进中）", "（负责人：王芳 权重30%）"],
)
@pytest.mark.parametrize("kr", ["组织4场护理技能竞赛", "导入WMS系统"])
def test_weight_bracket_with_more_fields_is_no_target(note: str, kr: str) -> None:
    # decision 1858: the weight and the owner in one bracket are metadata, not a 30% target
    assert _kr_fails(kr + note) & _TASK, kr + note


@pytest.mark.parametrize("kr", ["护理投诉从每季度15起降到5起（权重30%，负责人：王芳）"])
def test_weight_bracket_keeps_a_result(kr: str) -> None:
    assert not _kr_fails(kr) & _TASK  # a guard


# -- personal pages (decisions 1844, 1859) -----------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "每天睡够7个半小时",  # 1844: 个半小时 is a duration (7.5 hours)
        "戒掉奶茶",  # 1844: a habit given up names no work (decision 62, as 戒掉熬夜)
        "记账准确率100%",  # a guard
    ],
)
def test_personal_results(kr: str) -> None:
    assert not _kr_fails(kr, _PERSONAL) & _TASK, kr


@pytest.mark.parametrize(
    "kr",
    [
        "每天学习3个半小时",  # held on main: time given to an effort (now a duration)
        "每月记账",  # 1859: 记账 as 记录 (decision 1751)
        "每周给孩子讲3次故事",  # held on main: people after 给 are worked for
        "每天陪孩子阅读20分钟",  # held on main
    ],
)
def test_personal_efforts(kr: str) -> None:
    assert _kr_fails(kr, _PERSONAL) & _TASK, kr


@pytest.mark.parametrize(
    "objective", ["在公司站稳脚跟，年底升到主管", "把身体养好，陪老伴走遍全国", "产品体验遥遥领先"]
)
def test_personal_vivid(objective: str) -> None:
    # 1859: vivid words jieba does not tag as idioms (遥遥领先 held on main: 领先 a marker)
    assert "objective-not-inspiring" not in _objective_fails(objective), objective


@pytest.mark.parametrize(
    "objective",
    [
        "全年不发生一起重大安全事故",
        "全年不发生一起重大疫病",
        "不出现一例院内感染",
        "杜绝重大安全事故",
    ],
)
def test_no_bad_event_at_all_is_a_kpi(objective: str) -> None:
    # 1848: not one bad event happening is zero bad events, as 零事故 (decision 51); the last
    # two were held on main already (guards)
    assert "objective-is-metric" in _objective_fails(objective), objective


def test_people_spared_not_one_fall_stays_an_end_state() -> None:
    fails = _objective_fails("让患者住院期间不发生一例跌倒")  # held on main: a guard
    assert "objective-is-metric" not in fails and "objective-not-inspiring" not in fails


@pytest.mark.parametrize("objective", ["业主投诉减半", "客户投诉减半", "会员流失减少一半"])
def test_the_peoples_act_moved_is_a_kpi(objective: str) -> None:
    # 1859: the people's act on the team (投诉, 流失), counted and moved, is a KPI of theirs
    assert "objective-is-metric" in _objective_fails(objective), objective


def test_the_peoples_act_answered_stays_an_end_state() -> None:
    # held on main: a guard — what they get when they complain
    assert "objective-not-inspiring" not in _objective_fails("客户投诉当天就有人回复")


def test_zero_basis_is_no_count() -> None:
    # 1859: 零基础 is a beginner's level, no zero: the plan is a deliverable
    assert "kr-is-task" in _kr_fails("出一套零基础训练计划")


@pytest.mark.parametrize(
    "objective",
    [
        "打造金牌客服团队",  # 1855: more Chinese words of winning and leading
        "打造王牌产品线",
        "冲击行业顶级水平",
        "打造百年老店",
        "做行业的排头兵",
        "争当区域的领头羊",
        "打造示范窗口",
        "争创全国文明单位",
        "创建五星级服务中心",
        "实现弯道超车",
        "跑赢大盘",
        "业绩登顶华东",
    ],
)
def test_more_markers(objective: str) -> None:
    assert "objective-not-inspiring" not in _objective_fails(objective), objective


def test_a_hit_is_a_cliche() -> None:
    # the corpus (train) and decision 1855: 打造 + 爆款 is a cliché, no superlative
    assert "objective-not-inspiring" in _objective_fails("打造校园爆款活动")


@pytest.mark.parametrize("objective", ["顶级客户续约率达到95%", "金牌会员续费率达到80%"])
def test_marker_inside_the_number_keeps_a_kpi(objective: str) -> None:
    assert "objective-is-metric" in _objective_fails(objective), objective  # decision 49


@pytest.mark.parametrize(
    "objective", ["降低成本、提高利润", "提升复购率、降低退货率", "提高满意度、降低投诉率"]
)
def test_measures_listed_with_a_dunhao(objective: str) -> None:
    # 1858: two measures each moved, listed with 、, are KPIs as with ，
    assert "objective-is-metric" in _objective_fails(objective), objective


@pytest.mark.parametrize(
    "objective", ["优化流程、提升效率", "加强培训、提升能力", "做强品牌、拿下华东第一"]
)
def test_qualities_listed_with_a_dunhao_are_no_kpi(objective: str) -> None:
    assert "objective-is-metric" not in _objective_fails(objective), objective  # guards
