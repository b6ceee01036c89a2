"""tail31b (issue 8, thirty-first round, second wave): Chinese leftovers of realzh31.

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.review import review

_LEAD_ZH = "O：让交付更顺（2027年Q2）\nKR："
_LEAD_EN = "Objective: Make deliveries smoother in Q2 2027\nKR: "


def _kr_fails(kr: str, lead: str | None = None) -> list[str]:
    """The ids a key result fails under `lead`, by default a dated objective of its language."""
    lead = lead or (_LEAD_EN if kr.isascii() else _LEAD_ZH)
    ((k,),) = [o.key_results for o in review(lead + kr).objectives]
    assert k.text == kr, k.text
    return sorted({c.rule_id for c in k.checks if c.status == "fail"})


# -- decision 4560: a helping verb, people not counted, then an activity they do with help ------

HELPED_NO_COUNT_ZH = [
    "赋能一线销售使用新工具",
    "帮助一线销售使用新CRM",
    "协助门店店员学习使用新收银系统",
    "支持区域经理参加季度复盘会",
    "帮助新入职客服了解退款流程",
    "赋能渠道伙伴试用新版报价工具",
    "帮助老年会员体验线上预约",
]


@pytest.mark.parametrize("kr", HELPED_NO_COUNT_ZH)
def test_4560_helped_activity_without_count_is_task(kr: str) -> None:
    fails = _kr_fails(kr)
    assert "kr-is-task" in fails
    assert "kr-not-quantified" in fails


HELPED_GUARDS = [
    ("帮助中小企业降低用工成本", "kr-is-task", False),
    ("帮助销售团队提升业绩", "kr-is-task", False),
    ("帮助中心使用率从20%提升到40%", "kr-is-task", False),
    ("帮助200户租户避免被驱逐", "kr-is-task", False),
    ("帮助30名求职者找到工作", "kr-is-task", False),
    ("帮助40名会员使用新的预约小程序", "kr-is-task", True),
    ("Help frontline sales use the new CRM", "kr-is-task", True),
]


@pytest.mark.parametrize(("kr", "rule", "fires"), HELPED_GUARDS)
def test_4560_guards(kr: str, rule: str, fires: bool) -> None:
    assert (rule in _kr_fails(kr)) is fires


HELPED_HELD_BACK_ZH = [
    "支持一线老师使用新的排课系统",
    "帮助客服团队学习新话术",
    "帮助家长了解新课程",
    "赋能加盟商体验新版订货小程序",
    "协助区域督导观看新品培训视频",
]


@pytest.mark.parametrize("kr", HELPED_HELD_BACK_ZH)
def test_4560_held_back(kr: str) -> None:
    assert "kr-is-task" in _kr_fails(kr)


@pytest.mark.parametrize("kr", ["帮助团队参与度提升", "帮助用户阅读量提升", "赋能店长"])
def test_4560_measure_of_activity_not_task(kr: str) -> None:
    assert "kr-is-task" not in _kr_fails(kr)


# -- decision 4561: "O<n> <a measured change>" in the key results of objective n is a key result --


def _shape(text: str) -> list[tuple[str, list[str]]]:
    """Each objective's wording and its key results' wordings."""
    return [(o.text, [k.text for k in o.key_results]) for o in review(text).objectives]


KR_NAMING_ITS_OBJECTIVE = [
    # (draft, the objectives' count, the key results of the first objective)
    (
        "O1 提升客户体验（2027年Q2）\n关键结果：\n1. O1 客户满意度从80%提升到90%\n2. 投诉响应时长从8小时缩短到4小时",
        1,
        2,
    ),
    (
        "O1：提升客户体验（2027年Q2）\n关键结果：\nO1 客户满意度从80%提升到90%\nO1 首次解决率从60%提高到75%",
        1,
        2,
    ),
    (
        "O1：让新客留下来（2027年Q3）\n- KR1：次月留存率从30%提升到40%\n- O1 新客复购率达到25%",
        1,
        2,
    ),
    (
        "O2 把交付做稳（2027年Q1）\nKR：\n- O2 发布成功率从92%提升到99%\n- O2 回滚次数每月不超过1次\n"
        "O3 扩大华东市场（2027年Q1）\nKR：\n- 华东新签客户达到40家",
        2,
        2,
    ),
    (
        "Objective O1: Make onboarding painless (Q2 2027)\nKey results:\n"
        "- O1 Activation rate from 40% to 55%\n- O1 Time to first value under 2 days",
        1,
        2,
    ),
]


@pytest.mark.parametrize(("text", "n_objectives", "n_krs"), KR_NAMING_ITS_OBJECTIVE)
def test_4561_o_label_in_its_own_kr_list_is_a_kr(text: str, n_objectives: int, n_krs: int) -> None:
    shape = _shape(text)
    assert len(shape) == n_objectives
    assert len(shape[0][1]) == n_krs
    assert all(not kr.startswith("O") for _, krs in shape for kr in krs)


O_LABEL_GUARDS = [
    # a new number opens the next objective, even with a figure in it
    (
        "O1 提升客户体验（2027年Q2）\n关键结果：\n- 满意度从80%提升到90%\nO2 营收从1亿增长到1.5亿（2027年Q2）\nKR：\n- 新签客户40家",
        2,
    ),
    # objectives written "O1 …" one after another, each with its key results
    ("O1 让新客留下来\n- 次月留存率达到40%\nO2 让老客多买\n- 复购率达到30%", 2),
    # the same number again with no figure after a heading: a second team's set
    ("## 市场部\nO1 打响品牌\n- 品牌搜索量增长50%\n## 销售部\nO1 拿下华东\n- 华东新签客户40家", 2),
]


@pytest.mark.parametrize(("text", "n_objectives"), O_LABEL_GUARDS)
def test_4561_guards(text: str, n_objectives: int) -> None:
    assert len(_shape(text)) == n_objectives


KR_NAMING_HELD_BACK = [
    "O1：提高门店复购（2027年Q4）\n关键结果：\n- O1 会员复购率从22%提升到30%\n- 客单价达到85元",
    "O3 降低物流成本（2027年H1）\nKR：\n1. O3 单票运费从6.2元降到5.5元\n2. O3 干线装载率提升到90%",
    "O2：员工更投入（2027年Q1）\n- KR1：敬业度调研得分从3.6提高到4.0\n- O2 主动离职率控制在8%以内",
    "O1 提升直播转化（2027年Q2）\n关键结果\nO1 直播间转化率由2%提升至3.5%\nO1 场均观看人数达到5000",
    "O1: Win back lapsed buyers (Q3 2027)\n- KR1: Reactivate 1,200 lapsed buyers\n- O1 Winback email click rate from 3% to 6%",
]


@pytest.mark.parametrize("text", KR_NAMING_HELD_BACK)
def test_4561_held_back(text: str) -> None:
    shape = _shape(text)
    assert len(shape) == 1
    assert len(shape[0][1]) == 2
    assert all(not kr.startswith("O") for kr in shape[0][1])


# -- decision 4562: a regression held at none (无/没有/不出现 … 回归 closing the clause) ---------

REGRESSION_NONE_ZH = [
    "无旧路径回归",
    "老接口无回归",
    "支付链路不出现回归",
    "迁移后旧报表没有回归",
    "连续两个版本杜绝回归",
    "核心流程零回归（以线上告警为准）",
]


@pytest.mark.parametrize("kr", REGRESSION_NONE_ZH)
def test_4562_regression_held_at_none_is_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_fails(kr)


REGRESSION_GUARDS = [
    "回归测试覆盖率达到90%",
    "推动业绩回归增长",
    "3名离职骨干回归团队",
    "每个版本回归测试用时不超过2小时",
    "门店客流回归到疫情前水平",
    "No regressions on the old path",
]


@pytest.mark.parametrize("kr", REGRESSION_GUARDS)
def test_4562_guards(kr: str) -> None:
    fails = _kr_fails(kr)
    assert ("kr-negative-phrasing" in fails) is kr.isascii()


@pytest.mark.parametrize("kr", REGRESSION_NONE_ZH)
def test_4562_regression_held_at_none_is_no_task(kr: str) -> None:
    assert "kr-is-task" not in _kr_fails(kr)


REGRESSION_HELD_BACK = [
    "订单导出功能无回归",
    "灰度期间老用户路径没有出现回归",
    "改版后搜索不发生回归",
    "新旧版本切换无回归。",
]


@pytest.mark.parametrize("kr", REGRESSION_HELD_BACK)
def test_4562_held_back(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_fails(kr)


# -- decision 4563: 本期 bounding the cycle (本期内, 本期末, 本期结束前, 本期目标) is a deadline -----

_UNDATED_ZH = "O：让交付更顺\nKR："


def _undated_fails(kr: str) -> list[str]:
    """The ids a Chinese key result fails under an objective with no date."""
    return _kr_fails(kr, _UNDATED_ZH)


BEN_QI_BOUNDED = [
    "本期内新签客户达到40家",
    "本期结束前客户满意度提升到92%",
    "本期末活跃会员达到1.2万",
    "本期目标：新签客户达到40家",
    "复购率本期内从20%提升到28%",
    "本期之内上线率达到95%",
]


@pytest.mark.parametrize("kr", BEN_QI_BOUNDED)
def test_4563_ben_qi_bounding_the_cycle_is_a_deadline(kr: str) -> None:
    assert "kr-no-deadline" not in _undated_fails(kr)


BEN_QI_GUARDS = [
    "本期杂志发行量达到4万",
    "本期节目收视率达到1.5%",
    "当季水果销售额达到40万",
    "当季新品售罄率达到70%",
    "每期课程满意度不低于90%",
]


@pytest.mark.parametrize("kr", BEN_QI_GUARDS)
def test_4563_guards(kr: str) -> None:
    assert "kr-no-deadline" in _undated_fails(kr)


BEN_QI_HELD_BACK = [
    "本期内完成率达到85%的门店不少于20家",
    "客诉率本期之内降到1%以下",
    "本期目标: 活跃用户达到5万",
    "本期内培训覆盖率达到100%",
    "本期内小程序下单占比提升到35%",
]


@pytest.mark.parametrize("kr", BEN_QI_HELD_BACK)
def test_4563_held_back(kr: str) -> None:
    assert "kr-no-deadline" not in _undated_fails(kr)


@pytest.mark.parametrize("kr", ["结算模块重构后无回归", "本期杂志广告收入达到30万"])
def test_4562_4563_more_held_back(kr: str) -> None:
    fails = _undated_fails(kr)
    assert ("kr-negative-phrasing" in fails) is ("回归" in kr)
    assert "kr-no-deadline" in fails  # neither names the cycle: 本期杂志 is this issue


# -- decision 4564: each release held at none of a bad event counts no effort ------------------

RELEASES_HELD_AT_NONE = [
    "月度大版本无功能回归",
    "每个迭代版本无回归",
    "每月发版无性能回归",
    "每周上线不出现P0故障",
    "每次大促期间没有支付故障",
    "每个季度版本杜绝数据丢失",
]


@pytest.mark.parametrize("kr", RELEASES_HELD_AT_NONE)
def test_4564_cadence_then_none_of_a_bad_event_is_no_activity(kr: str) -> None:
    fails = _kr_fails(kr)
    assert "kr-activity-count" not in fails
    assert "kr-negative-phrasing" in fails


CADENCE_GUARDS = [
    ("每周组织一次故障复盘会", True),
    ("每月召开一次版本质量评审会", True),
    ("No functional regressions in monthly major releases", False),
]


@pytest.mark.parametrize(("kr", "fires"), CADENCE_GUARDS)
def test_4564_guards(kr: str, fires: bool) -> None:
    assert ("kr-activity-count" in _kr_fails(kr)) is fires


CADENCE_NONE_HELD_BACK = [
    "每次发版无严重缺陷",
    "每月结账无差错",
    "每双周迭代不出现线上事故",
    "每个版本上线后没有回滚",
    "每周巡检不发生安全事故",
]


@pytest.mark.parametrize("kr", CADENCE_NONE_HELD_BACK)
def test_4564_held_back(kr: str) -> None:
    assert "kr-activity-count" not in _kr_fails(kr)
