"""Round 33 (issue 8), helper bfix33zh: the Chinese shapes of the two outsider sets, decisions
4870-4899 (docs/principles.md, "… (issue 8, thirty-third round; bfix33zh)")."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.owner import find_owner, heading_owner_name


def _items(text: str) -> list[tuple[str, str, set[str]]]:
    r = review(text)
    out = []
    found: dict[str, set[str]] = {}
    for f in r.findings:
        found.setdefault(f.target, set()).add(f.rule_id)
    for o in r.objectives:
        out.append(("o", o.text, found.get(o.id, set())))
        for k in o.key_results:
            out.append(("kr", k.text, found.get(k.id, set())))
    return out


# -- 4870: a salutation line is no owner ----------------------------------------------------------

_MAIL = "{greet}\n\n您好！本季度的OKR初稿如下，请过目。\n\n目标1：让每位会员都愿意续卡\n  KR1：续卡率从60%提升到75%\n  KR2：会员投诉处理时长缩短到24小时内\n\n此致\n敬礼\n"


@pytest.mark.parametrize(
    "greet",
    [
        "王总：",
        "李经理：",
        "周主任：",
        "刘总：",
        "孙经理：",
        "钱老师：",
        "尊敬的陈总：",
        "赵总，你好！",
    ],
)
def test_4870_salutation_owns_nothing(greet: str) -> None:
    got = _items(_MAIL.format(greet=greet))
    krs = [fails for kind, _t, fails in got if kind == "kr"]
    assert krs and all("kr-no-owner" in f for f in krs), got


@pytest.mark.parametrize("line", ["王总：", "李经理：", "尊敬的陈总：", "张老师，您好："])
def test_4870_salutation_heading_names_nobody(line: str) -> None:
    assert not heading_owner_name(line)


@pytest.mark.parametrize(
    ("line", "who"),
    [("负责人：王总", "王总"), ("网格员：莫桂兰", "莫桂兰"), ("店长：万达店 刘洋", "刘洋")],
)
def test_4870_guard_owner_fields_still_read(line: str, who: str) -> None:
    assert heading_owner_name(line) == who


# -- 4871: who judges or awards is no owner ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "获评五星赛事（马协评定）",
        "获评优秀志愿服务队（江协评比）",
        "拿到三星绿色建筑认证（高工认定）",
        "拿下年度服务之星（孙总颁发）",
        "获评优秀项目（汪总评审）",
        "获得创新标兵称号（陈总授予）",
        "获评金奖（吴工认证）",
        "让本馆获评省级示范图书馆（省文旅厅评定）",
        "入选全国百强农业品牌（农业农村部评选）",
        "拿下年度最佳雇主奖（由行业协会颁发）",
        "通过三甲医院复审（省卫健委评审）",
        "被认定为高新技术企业（科技局认定）",
        "获评市级文明单位（市文明办评比）",
    ],
)
def test_4871_judge_bracket_is_no_owner(text: str) -> None:
    assert find_owner(text) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("获评省级示范馆（王芳负责）", "王芳"),
        ("门店评分达到4.8（负责人：李娜）", "李娜"),
        ("通过复审（质控科 陈敏）", "质控科 陈敏"),
    ],
)
def test_4871_guard_owner_brackets_kept(text: str, who: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == who


# -- 4872: "总负责：X" owns the item --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("办一届让家长都点赞的校运会（总负责：王芳）", "王芳"),
        ("把年会办成全员期待的节日（总负责：行政部 李娜）", "行政部 李娜"),
        ("让新园区按时开园（总牵头：基建办 周强）", "基建办 周强"),
        ("办好首届读书节（总负责人：馆长 陈敏）", "馆长 陈敏"),
        ("让展会成为行业首选（总负责: 刘洋）", "刘洋"),
        ("让老街夜市重新热闹起来（总牵头：王芳）", "王芳"),
    ],
)
def test_4872_overall_lead_owns(text: str, who: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0].endswith(who.split()[-1]), found


def test_4872_krs_inherit_overall_lead() -> None:
    text = (
        "### O1：办一届让家长都点赞的校运会（总负责：教务处 王芳）\n"
        "- KR1.1 参赛学生达到1200人\n- KR1.2 家长满意度≥90分\n"
    )
    got = _items(text)
    assert all("kr-no-owner" not in f for kind, _t, f in got if kind == "kr"), got


# -- 4873: a drafter/approver line is no item ---------------------------------------------------

_COOP = (
    "某镇柑橘合作社 · 网店组\n2026年下半年OKR（7月1日-12月31日）\n{meta}\n\n"
    "一、让本县苹果成为全省消费者首选的水果品牌\n"
    "1.1 抖音店铺月销量由5000单提升至12000单（负责人：王明）\n1.2 天猫旗舰店好评率≥98%\n\n"
    "二、提升物流水平\n2.1 破损率从6%降至2%（负责人：陈芳）\n2.2 48小时发货率达到95%\n"
)


@pytest.mark.parametrize(
    "meta",
    [
        "制定：电商组 王明  审核：理事会办公室",
        "编制：电商组 王明  审批：理事会",
        "制订：运营部 李娜  审批：王总",
        "拟制：办公室 周强  签发：刘局长",
        "制定：王明 / 审核：理事会",
        "编写：市场组 赵磊 | 核准：总经理",
        "制订：运营部 李娜",
        "审核：理事会办公室",
        "拟定：王明　批准：刘社长",
        "制定人：王明  审定：理事会",
    ],
)
def test_4873_drafter_line_is_no_objective(meta: str) -> None:
    got = _items(_COOP.format(meta=meta))
    objectives = [t for kind, t, _f in got if kind == "o"]
    assert len(objectives) == 2 and objectives[1] == "提升物流水平", got


def test_4873_guard_drafter_owns_no_kr() -> None:
    got = _items(_COOP.format(meta="制定：电商组 王明  审核：理事会办公室"))
    kr12 = next(f for kind, t, f in got if t.startswith("天猫"))
    assert "kr-no-owner" in kr12


# -- 4874-4876: vague objectives ------------------------------------------------------------------


def _objective_rules(objective: str) -> set[str]:
    got = _items(f"目标：{objective}\n- KR1：营收达到100万元\n- KR2：客户满意度达到90%\n")
    return got[0][2]


@pytest.mark.parametrize(
    "objective",
    [
        "提升物流水平",
        "提升仓储水平",
        "加强供应链管理",
        "提高公共卫生服务水平",
        "提升配送水平",
        "提高医疗服务水平",
        "加强安全生产管理",
        "提升售后服务水平",
    ],
)
def test_4874_whole_area_of_work_is_vague(objective: str) -> None:
    found = _objective_rules(objective)
    assert "objective-vague" in found and "objective-is-metric" not in found, found


@pytest.mark.parametrize(
    "objective",
    [
        "提升自己的专业能力",
        "提高综合素质",
        "提升专业水平",
        "增强个人综合实力",
        "提高自身专业素养",
        "提升自己的综合能力",
    ],
)
def test_4875_generic_faculty_is_vague(objective: str) -> None:
    assert "objective-vague" in _objective_rules(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "提升短视频影响力",
        "扩大网络影响力",
        "提升新媒体影响力",
        "增强线上影响力",
        "提高自媒体影响力",
        "保持身体和心态",
        "保持好身体和心态",
        "调整好心态和状态",
    ],
)
def test_4876_channel_standing_and_bare_state_are_vague(objective: str) -> None:
    assert "objective-vague" in _objective_rules(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "提升研发效率",
        "提高品牌认可度和知名度",
        "提升英语口语能力",
        "提升设备可靠性",
        "员工技能",
        "供应链",
        "提升产品竞争力",
        "提升在本市中小学中的影响力",
        "保持健康的身体，跑完一场半马",
        "提升物流时效",
        "让短视频成为家长了解我们的第一窗口",
        "提升仓储周转效率",
    ],
)
def test_4874_4876_guard_directions_kept(objective: str) -> None:
    assert "objective-vague" not in _objective_rules(objective)


# -- 4877: "搞好X" with no number is vague and unquantified, not a task (lead ruling d) -----------


def _kr_rules(kr: str) -> set[str]:
    got = _items(f"目标：让车主放心把车交给我们\n- KR1：{kr}\n- KR2：客户满意度达到90%\n")
    return got[1][2]


@pytest.mark.parametrize(
    "kr",
    [
        "搞好客户关系",
        "搞好社区关系",
        "搞好与物业的关系",
        "搞好团队氛围",
        "搞好和4S店的关系",
        "搞好同行关系",
    ],
)
def test_4877_do_well_is_vague_not_task(kr: str) -> None:
    found = _kr_rules(kr)
    assert "kr-is-task" not in found and {"kr-vague-wording", "kr-not-quantified"} <= found, found


@pytest.mark.parametrize(
    ("kr", "rule"),
    [
        ("6月底前上线预约小程序", "kr-is-task"),
        ("召开3场车主沙龙", "kr-activity-count"),
        ("做好各项工作", "kr-is-task"),
    ],
)
def test_4877_guard(kr: str, rule: str) -> None:
    assert rule in _kr_rules(kr)


# -- 4878: an award or a rating others give is not controllable (lead ruling f) -----------------


@pytest.mark.parametrize(
    "objective",
    [
        "让本届车展获评全国金牌展会",
        "让学校被评为市级示范校",
        "获评五星级农家乐",
        "荣获省级青年文明号称号",
        "拿下全市餐饮服务金奖",
        "让我们的民宿评上省级精品民宿",
        "赢得年度最佳雇主奖",
        "获得全国青年文明号称号",
    ],
)
def test_4878_award_given_is_not_controllable(objective: str) -> None:
    assert "objective-not-controllable" in _objective_rules(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "获得ISO9001质量体系认证",
        "设立年度服务之星奖，让每位员工都被看见",
        "拿下华东市场",
        "赢得每位家长的信任",
        "把民宿做成全县最受欢迎的周末去处",
        "获得更多回头客",
    ],
)
def test_4878_guard_own_work_stays_controllable(objective: str) -> None:
    assert "objective-not-controllable" not in _objective_rules(objective)


# -- 4879: a measure moved with no figure beside a full result is a second result -------------


@pytest.mark.parametrize(
    "kr",
    [
        "返修造成的退单数减少、备件毛利率提升到32%",
        "退货率降低、客单价提升到120元",
        "会员复购率提升到40%，客诉量下降",
        "等位时长缩短，翻台率提升到3.5次",
        "缺料停线次数减少，良品率达到98%",
        "人均产值提高、员工流失率控制在5%以内",
    ],
)
def test_4879_bare_move_beside_result_is_compound(kr: str) -> None:
    assert "kr-compound" in _kr_rules(kr + "（王芳）")


@pytest.mark.parametrize(
    "kr",
    [
        "门店销售额增长20%，达到600万元",
        "复购率从30%提升到40%",
        "客单价提升到120元，较去年增长",
        "新开3家门店并且每家月营业额超过50万",
        "客单价提升",
        "复购率提升到40%（较去年明显提高）",
    ],
)
def test_4879_guard_one_result(kr: str) -> None:
    assert "kr-compound" not in _kr_rules(kr + "（王芳）")


# -- 4880: a loose degree (多一些, 高一点) is vague wording -------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "获奖学生比去年多一些",
        "报名人数多一点",
        "复购率比去年高一点",
        "好评数比上季度多一点儿",
        "社群活跃人数比上月多一些",
        "到店率比去年高一点",
    ],
)
def test_4880_loose_degree_is_vague(kr: str) -> None:
    found = _kr_rules(kr + "（王芳）")
    assert {"kr-vague-wording", "kr-not-quantified"} <= found, found


@pytest.mark.parametrize(
    "kr",
    [
        "每天下午一点前回复所有咨询（王芳）",
        "获奖人数比去年多20人（王芳）",
        "复购率比去年高5个百分点（王芳）",
    ],
)
def test_4880_guard_figure_or_clock(kr: str) -> None:
    assert "kr-vague-wording" not in _kr_rules(kr)


# -- 4881: offerings the team adds, counted, are a launch -----------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "新增韩语、印尼语两个语种",
        "新增3个语种",
        "新增德语、法语、西语3个语种",
        "新增2条公交线路",
        "增开2条城际专线",
        "新增1条国际航线",
        "新增3个服务项目",
    ],
)
def test_4881_offerings_added_are_a_launch(kr: str) -> None:
    assert "kr-is-task" in _kr_rules(kr + "（王芳）")


@pytest.mark.parametrize(
    "kr",
    ["新增会员5000人", "新增合作商户30家", "新增线路客流20%", "小语种订单占比从10%提升到25%"],
)
def test_4881_guard_won_or_measured(kr: str) -> None:
    assert "kr-is-task" not in _kr_rules(kr + "（王芳）")


# -- 4882: getting through a competitive exam round (进面, 进复试) is a place won -------------------


@pytest.mark.parametrize(
    "objective",
    [
        "国考笔试进面！",
        "省考笔试进面",
        "考研初试进复试",
        "事业编笔试成功进面",
        "今年选调生考试进面",
    ],
)
def test_4882_round_won_inspires(objective: str) -> None:
    assert "objective-not-inspiring" not in _objective_rules(objective)


@pytest.mark.parametrize("objective", ["通过法考", "考取驾照", "参加国考笔试"])
def test_4882_guard_plain_exam_flat(objective: str) -> None:
    assert "objective-not-inspiring" in _objective_rules(objective)


# -- 4883: a number in a course's name is no target -------------------------------------------


def _kr_failed_checks(kr: str) -> set[str]:
    """The rule ids the checklist fails for the key result (a task's finding may fold the
    unquantified one into its message; the checklist keeps each verdict)."""
    r = review(f"目标：让车主放心把车交给我们\n- KR1：{kr}\n- KR2：客户满意度达到90%\n")
    return {c.rule_id for c in r.objectives[0].key_results[0].checks if c.status == "fail"}


@pytest.mark.parametrize(
    "kr",
    [
        "看完华图760系统课",
        "学完华图980系统班",
        "听完中公1880课程",
        "看完华图760系统课程",
        "刷完腿姐3000网课",
    ],
)
def test_4883_course_number_is_a_name(kr: str) -> None:
    assert "kr-not-quantified" in _kr_failed_checks(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "看完30节网课",
        "学完3门课",
        "读完12本专业书",
        "完成980道真题",
        "授课量每学期不少于64课时",
        "带教每月达到20课时",
    ],
)
def test_4883_guard_counted(kr: str) -> None:
    assert "kr-not-quantified" not in _kr_failed_checks(kr)
