"""Readings found on real19's pages (issue 8, nineteenth round, decisions 1660-1665): a startup's
company and talent OKR files, finance-team OKR examples, a QA engineer's first test OKR, an AI
agent's exec board with its weeks, cross-border seller OKR guides. Each draft here is written for
this test in the shape such a page used, never copied from one."""

from __future__ import annotations

from test_realen12 import fails

from coach.facts import read


def under_en(kr: str, rule: str) -> bool:
    """Whether `rule` fails for the English key result `kr` (a dated objective above it)."""
    return kr in fails(f"Objective: Win the mid-market by Q3\n- {kr}", rule)


def under_zh(kr: str, rule: str) -> bool:
    return kr in fails(f"目标：本季度让老客户愿意再来\n关键结果1：{kr}", rule)


def zh_objective(objective: str, rule: str) -> bool:
    return objective in fails(f"目标：{objective}\n关键结果1：NPS 从 30 提升到 45", rule)


def quantities(text: str, lang: str) -> list[str]:
    f = read(text, lang)
    return [text[q.start : q.end] for q in f.quantities if q.is_target]


def test_from_scratch_is_how_the_work_starts_not_a_figure() -> None:
    # Decision 1660: 从0开始 / 从零起步 / 从 0 做起 mean "from scratch".
    assert under_zh("从0开始搭建会员体系", "kr-not-quantified")
    assert under_zh("从0开始搭建会员体系", "kr-is-task")
    assert under_zh("从零起步组建直播团队", "kr-not-quantified")
    assert under_zh("选一个新城市从 0 做起", "kr-not-quantified")
    assert quantities("从零开始搭建会员体系", "zh") == []
    # a real start of a count stays: the figure after it is the target
    assert not under_zh("社群会员从0增长到500人", "kr-not-quantified")
    assert not under_zh("新品牌从零开始做到月销100单", "kr-not-quantified")
    assert not under_zh("退货率从0.5%降到0.3%", "kr-not-quantified")


def test_a_floor_on_an_english_change_still_needs_its_start() -> None:
    # Decision 1661: "by at least 20%", "by a minimum of 15%", "by minimum 30%" are changes.
    assert under_en("Reduce overhead by at least 20%", "kr-no-baseline")
    assert under_en("Cut hosting costs by a minimum of 15%", "kr-no-baseline")
    assert under_en("Shrink the waitlist by minimum 30%", "kr-no-baseline")
    assert under_en("Grow repeat orders by more than 2x", "kr-no-baseline")
    # with its start, or a level, or who adopted it: no finding
    assert not under_en(
        "Increase donations by no less than 10% (baseline: $40k a month)", "kr-no-baseline"
    )
    assert not under_en("Raise NPS to at least 45", "kr-no-baseline")
    assert not under_en("New checkout adopted by at least 80% of stores", "kr-no-baseline")
    assert not under_en("Keep churn under 3%", "kr-no-baseline")
    assert not under_en("Shrink the waitlist to 40 families", "kr-no-baseline")


def test_a_bare_measure_named_by_its_process_is_a_metric_objective() -> None:
    # Decision 1662: "订单提交准确率", "用例编写完整度" are measures, as "发货及时率" is.
    for o in ("订单提交准确率", "用例编写完整度", "BUG 提交准确率", "合同审批完整度", "培训满意度"):
        assert zh_objective(o, "objective-is-metric"), o
    # work or a state named, not a measure
    for o in ("编写测试用例", "打造交付及时率", "TC 归档情况", "开展培训满意度调研", "完成培训"):
        assert not zh_objective(o, "objective-is-metric"), o


def test_numbered_weeks_of_a_year_are_a_cycle() -> None:
    # Decision 1663: ISO weeks and week ranges give the set its time frame.
    board = "## 近两周 Focus（2026-W10 ~ W11）\n### 目标 1：协助新同事独立提交代码\n- 新人合并PR数达到2个"
    assert not fails(board, "objective-no-timeframe")
    assert not fails(board, "kr-no-deadline")
    assert not fails(
        "目标：第10-11周协助新同事独立提交代码\n关键结果1：新人合并PR数达到2个", "kr-no-deadline"
    )
    for o in (
        "Help new hires ship in weeks 10-11 of 2026",
        "Help new hires ship (2026-W10 to W12)",
        "Help new hires ship (W10–W12)",
    ):
        assert not fails(f"Objective: {o}\nKR1: New hires merge 2 PRs", "objective-no-timeframe"), o
    # a product named W10, or Windows 10, is no week
    assert fails(
        "Objective: Make the W10 router the default for every home office\nKR1: 30% of W10 users upgrade",
        "objective-no-timeframe",
    )
    assert fails(
        "Objective: Win Windows 10 users back\nKR1: 30% of them upgrade", "objective-no-timeframe"
    )


def test_having_a_thing_of_some_quality_is_a_state_not_a_task() -> None:
    # Decision 1664: "Have a reliable release process" reads as "the release process is reliable".
    for kr in (
        "Have a reliable release process for the mobile app",
        "Have a healthy pipeline of enterprise deals",
        "Have a stable on-call rotation",
        "Have a quick process from our side",
    ):
        assert not under_en(kr, "kr-is-task"), kr
        assert under_en(kr, "kr-not-quantified"), kr
    # a thing named without a quality word stays work
    assert under_en("Have a backup plan", "kr-is-task")
    assert under_en("Have a Slack channel for support questions", "kr-is-task")
    # vague words with no measure behind them
    for kr in (
        "Have a quick process from our side",
        "Gain traction with mid-size clinics",
        "Attract relevant applicants through meetups",
        "Have a distinct look for the spring catalogue",
    ):
        assert under_en(kr, "kr-vague-wording"), kr
    assert not under_en("Surface 5 relevant articles to agents per ticket", "kr-vague-wording")
    assert not under_en("Have 40 paying customers on the new plan", "kr-is-task")


def test_the_gerund_of_a_verb_of_several_words_leads_as_its_base_form() -> None:
    # Decision 1665: "Reaching out to …" is "Reach out to …".
    assert under_en("Proactively reaching out to diverse communities", "kr-is-task")
    assert under_en("Following up with every lead within 2 days", "kr-is-task")
    assert under_en("Reaching out to 20 partner schools", "kr-activity-count")
    assert under_en("Reach out to 20 partner schools", "kr-activity-count")
    # a contact word naming a measure stays a measure
    assert not under_en("Meeting attendance above 80%", "kr-is-task")
    assert not under_en("Meeting attendance above 80%", "kr-activity-count")
