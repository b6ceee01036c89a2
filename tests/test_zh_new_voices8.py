"""Chinese drafts by new voices, ninth round (issue 8; acc-zh8): decisions 455–464 in
docs/principles.md. Each case failed before its decision."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

RULES_ONLY = Config(use_model=False)
HEAD = "2027年Q1 OKR（负责人：王芳）\n目标：让每位住户都住得安心\n- KR1："


def _objective_fails(objective: str) -> list[str]:
    rv = review(f"2027年Q1 OKR（负责人：王芳）\n目标：{objective}\n- KR1：复购率从20%提升到30%\n")
    return sorted(c.rule_id for c in rv.objectives[0].checks if c.status == "fail")


def _kr_fails(kr: str, config: Config | None = None) -> list[str]:
    rv = review(HEAD + kr + "\n", config=config)
    return sorted(c.rule_id for c in rv.objectives[0].key_results[0].checks if c.status == "fail")


@pytest.mark.parametrize(
    "objective",
    [
        "提升居民参与度",  # 与 inside 参与度 joins nothing (455)
        "完成500万销售额",  # the figure before the measure's name (455)
        "拿下500万销售额",  # a marker inside the number's own clause (decision 49)
        "确保完成全年经营指标",  # a commitment before the target met (455)
        "复购率要提上来",  # a modal before the verb (455)
        "确保安全生产无事故",  # 无 like 零 (decision 51)
        "组内新人快速上手",  # a speed adverb before the process (456)
        "订单更快交付",
    ],
)
def test_kpi_objectives_are_metric_objectives(objective: str) -> None:
    assert _objective_fails(objective) == ["objective-is-metric", "objective-not-inspiring"]


@pytest.mark.parametrize(
    "objective",
    [
        "业务快速增长",
        "让客户快速找到想要的商品",
        "打造快速响应的服务团队",
        "提高品牌认可度和知名度",
    ],
)
def test_growth_and_end_states_are_no_speed_kpi(objective: str) -> None:
    assert "objective-is-metric" not in _objective_fails(objective)


def test_a_thing_of_the_people_made_more_is_a_generic_improvement() -> None:
    # 门店 names stores served, but "门店经营更健康" says how the business runs (457)
    assert _objective_fails("门店经营更健康") == ["objective-not-inspiring"]
    assert _objective_fails("员工队伍更稳定") == ["objective-not-inspiring"]
    assert _objective_fails("会员生活更便利") == []  # their own lives: an end state


@pytest.mark.parametrize("label", ["O1（权重50%）：", "O1【P0】：", "O1 (P1)：", "O1(30%): "])
def test_a_note_in_the_objectives_label_is_not_its_wording(label: str) -> None:
    rv = review(f"2027年Q1 OKR\n{label}提升客户满意度\nKR1：复购率从20%提升到30%（王芳）\n")
    o = rv.objectives[0]
    assert o.text == "提升客户满意度"
    assert any(c.rule_id == "objective-is-metric" and c.status == "fail" for c in o.checks)
    if "P" in label:
        assert o.priority == label[label.index("P") : label.index("P") + 2]


@pytest.mark.parametrize(
    "kr", ["学员受伤次数为0", "小区内盗窃案件为0", "术后并发症发生率降到2%以下", "受伤学员为0"]
)
def test_injuries_thefts_and_complications_are_bad_events(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_fails(kr, RULES_ONLY)  # decision 458


@pytest.mark.parametrize(
    "kr", ["与2家商超签订直供协议", "抖音团购核销客户300人", "团购到店客户300人"]
)
def test_agreements_signed_and_customers_counted_are_won(kr: str) -> None:
    fails = _kr_fails(kr)  # with the model, as a user gets it (decision 459)
    assert "kr-is-task" not in fails and "kr-activity-count" not in fails


@pytest.mark.parametrize("kr", ["回访客户50人", "培训新员工20人", "起草合作协议模板"])
def test_work_on_people_and_documents_stays_work(kr: str) -> None:
    fails = _kr_fails(kr, RULES_ONLY)
    assert "kr-is-task" in fails or "kr-activity-count" in fails


@pytest.mark.parametrize(
    "kr",
    [
        "3名初级分析师能独立负责一条业务线（目前1名）",
        "2名博士生能独立指导硕士生完成课题（目前0名）",
        "5位店长都能独立完成月度盘点",
    ],
)
def test_people_counted_reaching_a_capability_are_a_result(kr: str) -> None:
    # decision 460: neither the rules nor the model call it a task
    assert "kr-is-task" not in _kr_fails(kr)


def test_hiring_people_who_can_do_something_stays_hiring() -> None:
    assert "kr-is-task" in _kr_fails("招聘3名能独立负责业务线的分析师", RULES_ONLY)


@pytest.mark.parametrize(
    ("kr", "rule"),
    [
        ("写完14章", "kr-is-task"),
        ("3月底前写完14章", "kr-is-task"),  # jieba cuts "前写|完" across the date (461)
        ("月底前办一张健身卡", "kr-is-task"),
        ("为80户独居老人安装智能烟感和紧急呼叫器", "kr-is-task"),  # whom it is done for (462)
        ("在IF>10的期刊发表论文2篇", "kr-activity-count"),  # papers are efforts (461)
    ],
)
def test_work_counted_in_its_own_pieces_is_work(kr: str, rule: str) -> None:
    assert rule in _kr_fails(kr, RULES_ONLY)


@pytest.mark.parametrize("kr", ["社员户均增收3000元", "普惠贷款余额净增3000万元"])
def test_income_added_and_net_growth_need_a_baseline(kr: str) -> None:
    assert "kr-no-baseline" in _kr_fails(kr, RULES_ONLY)  # decision 463


def test_new_members_stay_a_level() -> None:
    assert "kr-no-baseline" not in _kr_fails("新增会员500人", RULES_ONLY)


@pytest.mark.parametrize(
    "title",
    [
        "2027年春季 合作社OKR（理事长 老唐）",
        "2027 Q1 协会OKR（会长 李明）",
        "2027 Q1 村委会OKR（村支书 王强）",
    ],
)
def test_heads_of_a_cooperative_or_village_own_the_set(title: str) -> None:
    rv = review(f"{title}\n\nO1 让咱们的脐橙卖上好价钱\nKR1 一级果率从45%提高到60%\n")
    kr = rv.objectives[0].key_results[0]
    assert not any(c.rule_id == "kr-no-owner" and c.status == "fail" for c in kr.checks)
