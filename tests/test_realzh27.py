"""realzh27 (issue 8, twenty-seventh round): shapes seen in a new set of published Chinese OKRs.

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.review import review


def _items(text: str) -> list[tuple[str, str, list[str]]]:
    rv = review(text)
    out: list[tuple[str, str, list[str]]] = []
    for o in rv.objectives:
        out.append(("objective", o.text, [c.rule_id for c in o.checks if c.status == "fail"]))
        for k in o.key_results:
            out.append(("kr", k.text, [c.rule_id for c in k.checks if c.status == "fail"]))
    return out


# -- decision 3800: a Chinese line above a colon-less "关键结果" label is the objective -------------

CARDS = [
    "让门店成为街坊的第一选择\n关键结果\n1. 会员复购率达到 45%\n2. 月度好评数达到 300 条",
    "把新人带成能独立上岗的骨干\n关键结果 (Key Results)\n1. 新人 30 天独立上岗率 80%\n2. 试用期留存率 90%",
    "做出用户离不开的记账工具\n关键结果（KR）\n1. 次月留存达到 40%\n2. 应用商店评分 4.7",
    "成为全区最受家长信赖的托育机构\n关键结果\n- 续费率达到 85%\n- 家长满意度 95 分",
    "打造华东最快的冷链配送网络\n关键结果 (Key Results)\n1. 平均送达时长缩短到 6 小时\n2. 准时率达到 98%",
    "让每位读者都愿意推荐我们的书店\n关键成果\n1. NPS 达到 50\n2. 会员数从 800 增长到 2000",
]


@pytest.mark.parametrize("text", CARDS)
def test_bare_kr_label_makes_chinese_line_above_the_objective(text: str) -> None:
    items = _items(text)
    first_line = text.split("\n")[0]
    assert items[0][0] == "objective" and items[0][1] == first_line
    assert [k for k, _t, _f in items].count("kr") == 2


def test_two_cards_each_with_its_objective_and_date_line() -> None:
    text = (
        "成为团队里最懂数据的产品经理\n关键结果 (Key Results)\n1. 独立完成 4 次 A/B 实验分析\n"
        "2. 指标看板覆盖率 100%\n2027-01-01 至 2027-06-30\n\n"
        "让客户第一天就能上手我们的系统\n关键结果 (Key Results)\n1. 首日激活率 70%\n"
        "2. 入门工单减少到每周 20 张\n2027-01-01 至 2027-12-31"
    )
    items = _items(text)
    objs = [t for k, t, _f in items if k == "objective"]
    assert objs == ["成为团队里最懂数据的产品经理", "让客户第一天就能上手我们的系统"]
    assert [k for k, _t, _f in items].count("kr") == 4


GUARDS_3800 = [
    # a label with its colon still works as before
    (
        "让门店成为街坊的第一选择\n关键结果：\n1. 会员复购率达到 45%\n2. 月度好评数达到 300 条",
        "让门店成为街坊的第一选择",
    ),
    # a labelled objective above the bare label keeps its own wording
    (
        "目标：让门店成为街坊的第一选择\n关键结果\n1. 会员复购率达到 45%\n2. 月度好评数达到 300 条",
        "让门店成为街坊的第一选择",
    ),
]


@pytest.mark.parametrize(("text", "objective"), GUARDS_3800)
def test_bare_kr_label_guards(text: str, objective: str) -> None:
    items = _items(text)
    assert items[0] == ("objective", objective, items[0][2])
    assert [k for k, _t, _f in items].count("kr") == 2


def test_a_set_title_above_the_bare_label_is_not_the_objective() -> None:
    # "2027年Q1 OKR" names the set: still no objective stated (the draft is refused as before)
    from coach.errors import InputError

    with pytest.raises(InputError):
        review("2027年Q1 OKR\n关键结果\n1. 会员复购率达到 45%\n2. 月度好评数达到 300 条")


# -- decision 3802: a named slot in curly braces stands for a figure ------------------------------

SLOT_KRS = [
    "新签合同额达到{amount}万",
    "会员续费率提升到{rate}%",
    "持证讲师人数不少于{count}人",
    "月活用户达到{{target}}",
    "门店好评率达到 {percent}%",
    "Grow weekly active teams to {target}",
    "Raise the renewal rate to {rate}%",
]


@pytest.mark.parametrize("kr", SLOT_KRS)
def test_curly_brace_slot_is_a_placeholder_number(kr: str) -> None:
    lang_obj = "目标：让客户离不开我们" if not kr.isascii() else "Objective: Make customers stay"
    items = _items(f"{lang_obj}\n- {kr}")
    assert items[1][1] == kr
    assert "kr-not-quantified" not in items[1][2]


def test_objective_with_a_slot_target_is_a_metric() -> None:
    items = _items("O：实现年度营收增长{target}%\n- 新签合同额达到{amount}万")
    assert "objective-is-metric" in items[0][2]


SLOT_GUARDS = [
    # a slot for a name, not for a figure, quantifies nothing
    "把{product}推荐给更多老客户",
    # code or a template's field without a number's name
    "完成{module}模块的重构",
]


@pytest.mark.parametrize("kr", SLOT_GUARDS)
def test_curly_brace_name_slot_is_no_number(kr: str) -> None:
    items = _items(f"目标：让客户离不开我们\n- {kr}")
    assert "kr-not-quantified" in items[1][2]


# -- decision 3803: "owner • period" under an objective is the objective's card subtitle --------

SUBTITLE_CARDS = [
    (
        "让新客第一单就爱上我们\n增长团队 • 2027 Q2\n- 新客首单转化率达到 12%\n- 首单好评率 98%\n\n"
        "把配送做成行业最稳\n物流部 • 2027 Q2\n- 准时送达率 99%\n- 破损率低于 0.3%"
    ),
    # the key results as plain lines under the card, no bullets
    (
        "团队OKR\n\n提升门店复购\n会员运营部 • 2027 H1\n复购率达到 35%\n会员月活达到 2 万\n\n"
        "降低配送成本\n供应链组 • 2027 H1\n单均配送成本降到 4 元\n准时率达到 97%"
    ),
]


@pytest.mark.parametrize("text", SUBTITLE_CARDS)
def test_owner_and_period_subtitle_under_objective(text: str) -> None:
    items = _items(text)
    objs = [(t, f) for k, t, f in items if k == "objective"]
    assert len(objs) == 2
    for _t, f in objs:
        assert "objective-no-timeframe" not in f
    krs = [f for k, _t, f in items if k == "kr"]
    assert len(krs) == 4
    for f in krs:
        assert "kr-no-owner" not in f and "kr-no-deadline" not in f


SUBTITLE_GUARDS = [
    # a line that is no owner • period pair stays what it was: an objective's own line
    "让新客第一单就爱上我们\n- 新客首单转化率达到 12%\n\n把配送做成行业最稳\n- 准时送达率 99%",
]


@pytest.mark.parametrize("text", SUBTITLE_GUARDS)
def test_subtitle_guards(text: str) -> None:
    items = _items(text)
    objs = [t for k, t, _f in items if k == "objective"]
    assert objs == ["让新客第一单就爱上我们", "把配送做成行业最稳"]
    assert all("kr-no-owner" in f for k, _t, f in items if k == "kr")


# -- decision 3801: a line of two dates after the key results is the objective's period ----------

RANGES = [
    "2027-01-01 至 2027-06-30",
    "2027.7.1 - 2027.9.30",
    "2027/01/01 ~ 2027/03/31",
    "2027-04-01到2027-06-30",
    "2027-1-1 ～ 2027-3-31",
]


@pytest.mark.parametrize("span", RANGES)
def test_date_range_line_is_the_objectives_period(span: str) -> None:
    text = f"做城里最受信赖的社区诊所\n关键结果：\n1. 复诊预约率达到 60%\n2. 候诊时间缩短到 15 分钟\n{span}"
    items = _items(text)
    assert items[0][0] == "objective" and "objective-no-timeframe" not in items[0][2]
    assert items[-1][1] == "候诊时间缩短到 15 分钟"
    assert all("kr-no-deadline" not in f for k, _t, f in items if k == "kr")


def test_date_inside_a_key_result_stays_its_wording() -> None:
    items = _items("做城里最受信赖的社区诊所\n关键结果：\n1. 2027-06-30 前复诊预约率达到 60%")
    assert items[1][1] == "2027-06-30 前复诊预约率达到 60%"
