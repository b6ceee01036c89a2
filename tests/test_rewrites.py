"""Rewrites fix what they were offered for, and read like a coach's (issue 9 item 2)."""

from __future__ import annotations

import re

import pytest

from coach import review
from coach.config import Config
from models import rewrite_fix_rate
from rules import _outcome

NO_MODEL = Config(semantic=False, include_examples=False)


@pytest.fixture(scope="module")
def attempts() -> list[rewrite_fix_rate.Attempt]:
    return rewrite_fix_rate.measure(semantic=False)


def test_rewrites_remove_their_finding_at_least_99_percent_of_the_time(
    attempts: list[rewrite_fix_rate.Attempt],
) -> None:
    # Every rule's bad examples, the corpus's train/val drafts and the score-tier drafts.
    # Questions (Suggestion.asks) do not fix the finding and are counted apart.
    # (1,662 until the examples' drafts had one key result: 466 of them were set-kr-count's
    # rewrite of that carrier's own flaw, gone with decision 580.)
    assert len([a for a in attempts if not a.asks]) >= 1150
    rate = rewrite_fix_rate.fix_rate(attempts)
    assert rate >= rewrite_fix_rate.MIN_RATE, rewrite_fix_rate.report(attempts)
    # Each rule that rewrites is measured on enough cases to matter.
    assert len({a.rule_id for a in attempts}) >= 10


_BROKEN = [
    re.compile(r"\b(\w+) \1\b", re.I),  # "in in"
    re.compile(r"as \[N\] (?:\w+ )*as possible", re.I),
    re.compile(r"从\[基线\][^，,]*从\[基线\]"),
    re.compile(r"from \[baseline\].*from \[baseline\]"),
    re.compile(r"\]\s*\]|\[\s*\["),
]


def test_no_rewrite_has_a_doubled_word_or_a_broken_template(
    attempts: list[rewrite_fix_rate.Attempt],
) -> None:
    bad = [(a.item, a.rewrite) for a in attempts if any(p.search(a.rewrite) for p in _BROKEN)]
    assert not bad, bad[:10]


def test_fill_orders_baseline_and_target_by_direction() -> None:
    assert rewrite_fix_rate.fill("成本从[基线]降低到[目标值]") == "成本从80降低到60"
    assert rewrite_fix_rate.fill("Raise NPS from [baseline] to [target]") == (
        "Raise NPS from 60 to 80"
    )
    assert rewrite_fix_rate.fill("[未知的词]") == "未知的词"
    # a rewrite for a draft in traditional characters (decision 378)
    assert rewrite_fix_rate.fill("成本從[基線]降低到[目標值]") == "成本從80降低到60"


def _rewrite(text: str) -> str:
    rv = review(text, config=NO_MODEL)
    kr = rv.objectives[0].key_results[-1]
    assert kr.rewrite is not None, rv.findings
    return kr.rewrite.text


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # A task KR whose outcome the draft does not say: the question, not a skeleton, and no
        # owner or date patched on the task.
        (
            "目标：本季度提升销售业绩\n关键结果：拜访客户",
            "这项工作服务于目标“本季度提升销售业绩”：做完后哪个数字会变好？"
            "把那个数字连同基线和目标值写成关键结果。",
        ),
        (
            # Decision 139: vague wording is a core fix; the owner patch yields to it in its own
            # finding, and follows the reworded KR in the item's rewrite (decision 507).
            "Objective: Grow sales this quarter\nKR: Close as many deals as possible",
            "Close [N] deals (owner: [owner])",
        ),
        # Negative phrasing: the positive complement, the share converted (100% - x).
        (
            "目标：本季度让客户更满意\n关键结果：减少客户退货率,从每月8%降低至4%",
            "未退货订单占比从92%提升到96%（负责人：[负责人]）",
        ),
        # No exact complement (complaints are not satisfaction): the negative-phrasing finding
        # asks (below), and the item's rewrite is the other fixes, without the question.
        (
            "目标：本季度让客户更满意\n关键结果：客户投诉率下降15%",
            "无投诉订单占比从[基线]提升到[目标值]（负责人：[负责人]）",  # decisions 550, 830
        ),
    ],
)
def test_one_coherent_rewrite_per_item(draft: str, expected: str) -> None:
    assert _rewrite(draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "目标：本季度让客户更满意\n关键结果：客户投诉率下降15%",
        "Objective: Happier customers this quarter\nKR: Customer complaints from 40 to 10 per month",
    ],
)
def test_a_related_other_number_is_not_claimed(draft: str) -> None:
    # "Reduce complaints" is not "raise satisfaction" (another number); its good side is the
    # same count turned: the orders or customers with no complaint (decision 550).
    rv = review(draft, config=NO_MODEL, select=["kr-negative-phrasing"])
    (f,) = rv.findings
    (s,) = f.suggestions
    assert not s.asks
    assert not re.search(r"满意度|CSAT|satisfaction", s.text, re.I)
    assert re.search(r"无投诉订单占比|customers with no complaint", s.text)


def test_a_hiring_task_is_asked_what_the_people_will_move() -> None:
    rv = review(
        "目标：打造一支能打的交付团队\n关键结果：招聘后端6人、前端3人",
        config=NO_MODEL,
        select=["kr-is-task"],
    )
    (s,) = rv.findings[0].suggestions
    assert s.asks and "招聘周期" not in s.text and "到岗" in s.text


def test_a_metric_objective_gets_a_direction_not_a_filler_template() -> None:
    rv = review(
        "目标：降低成本\n关键结果：签下5家新的云服务供应商",
        config=NO_MODEL,
        select=["objective-is-metric"],
    )
    (s,) = rv.findings[0].suggestions
    assert "[" not in s.text and "降低" not in s.text and "成本" not in s.text
    assert "成本从[基线]降到[目标值]" in s.note  # the metric stays, as a key result (935)
    # A key result below that already measures the cost gets no second one (decision 2422).
    rv = review(
        "目标：降低成本\n关键结果：云资源成本从每月50万元降到40万元",
        config=NO_MODEL,
        select=["objective-is-metric"],
    )
    (s,) = rv.findings[0].suggestions
    assert "成本从[基线]" not in s.note and "已经在衡量“降低成本”" in s.note


def test_an_objective_keeps_its_own_direction_when_the_number_moves_out() -> None:
    rv = review(
        "Objective: Drive breakthrough growth in sales by 20% this quarter\n"
        "KR: Close 20 deals (owner: Ana)",
        config=NO_MODEL,
        select=["objective-is-metric"],
    )
    (f,) = rv.findings
    assert f.suggestions[0].text == "Drive breakthrough growth in sales this quarter"
    assert f.suggestions[0].placeholders == []


def test_complemented_shares_stay_shares(attempts: list[rewrite_fix_rate.Attempt]) -> None:
    # 100% - x: a complemented share is a percentage between 0 and 100, never a count.
    restated = [a for a in attempts if a.rule_id == "kr-negative-phrasing"]
    assert restated
    for a in restated:
        # A plan's execution rate kept within a band may pass 100% of the plan ("预算执行率保持在
        # 95%–105%之间", decision 371): its upper side is no complemented share.
        rewrite = re.sub(r"执行率保持在[\d.]+%–[\d.]+%之间", "", a.rewrite)
        for m in re.finditer(r"(-?\d+(?:\.\d+)?)\s*%", rewrite):
            assert 0 <= float(m.group(1)) <= 100, (a.item, a.rewrite)


def _question(draft: str) -> str:
    rv = review(draft, config=NO_MODEL)
    kr = rv.objectives[0].key_results[-1]
    asked = [s for f in rv.findings if f.target == kr.id for s in f.suggestions if s.asks]
    assert asked, rv.findings
    return asked[0].text


def test_a_question_names_the_objective_and_metrics_that_fit() -> None:
    # Decisions 85 and 86: the objective the work serves, and the library's metrics on which the
    # task's and the objective's words agree (the safety training and the accident-free aim).
    text = _question("目标：安全生产全年零事故\n关键结果：每月组织1次全员安全培训")
    assert text.startswith("这项工作服务于目标“安全生产全年零事故”：做完后哪个数字会变好，例如")
    # ... each bad-events metric named by its positive side (decision 184)
    assert "连续无工伤天数" in text and "可记录工伤率" not in text
    text = _question(
        "Objective: Raise customer satisfaction with our support\nKR: Rewrite our reply macros"
    )
    assert ", for example customer satisfaction, first-contact resolution rate" in text
    assert text.endswith("? Write that number, with its baseline and target, as the key result.")


def test_a_question_names_no_metric_one_source_points_to() -> None:
    # "office hours" is a library word for students' office hours: alone, without the
    # objective's words agreeing, it names nothing (no "for example GPA").
    text = _question(
        "Objective: Be the team new admins turn to first\nKR: Hold office hours weekly"
    )
    assert "for example" not in text and "GPA" not in text
    assert text.startswith(
        "Which number would show progress on the objective “Be the team new admins turn to first”"
    )


@pytest.mark.parametrize(
    ("draft", "start"),
    [
        (
            "目标：通过等保三级，让大客户采购不再卡在安全评审\n关键结果：组织一次团建",
            "哪个数字能说明目标“通过等保三级，让大客户采购不再卡在安全评审”有了进展，这项工作能让它变好吗？",
        ),
        (
            "Objective: Night-time buyers get answers fast\nKR: Run the annual fire drill",
            "Which number would show progress on the objective “Night-time buyers get answers fast”",
        ),
    ],
)
def test_a_question_says_serves_only_when_the_topics_agree(draft: str, start: str) -> None:
    # Decision 136 (blind read 5): a team-building day does not "serve" a security
    # certification; the question asks which of the objective's numbers the work moves.
    text = _question(draft)
    assert text.startswith(start), text
    assert "别的目标或行动计划" in text or "another objective or in the plan" in text, text
    text = _question("目标：安全生产全年零事故\n关键结果：每月组织1次全员安全培训")
    assert text.startswith("这项工作服务于目标“安全生产全年零事故”")


@pytest.mark.parametrize(
    ("draft", "asked"),
    [
        (
            "目标：9月旺季前把产线的人配齐\n关键结果：招聘包装工40人（人事部 小李）",
            "这个目标本身就是把人配齐",
        ),
        (
            "Objective: Hire the 30 people the roadmap needs\nKR: Hire 12 backend engineers",
            "Staffing is this objective's own aim",
        ),
    ],
)
def test_a_hire_under_a_staffing_objective_asks_for_recruiting_outcomes(
    draft: str, asked: str
) -> None:
    # Decisions 137 and 171 (blind reads 5 and 6): "once they join, which number gets better?"
    # is circular when the objective is the staffing itself, and "the people started and
    # onboarded" is still headcount (a task by PRINCIPLES.md): the coach asks for the
    # recruiting outcomes instead, and the headcount stays in the plan.
    rv = review(draft, config=NO_MODEL)
    kr = rv.objectives[0].key_results[-1]
    asks = [s for f in rv.findings if f.target == kr.id for s in f.suggestions if s.asks]
    assert asks and asks[0].text.startswith(asked), asks
    assert "到岗并通过" not in asks[0].text and "onboarding by" not in asks[0].text


@pytest.mark.parametrize(
    ("draft", "aim"),
    [
        (
            "Objective: Improve developer productivity — owner: Sana\nKR: Roll out Backstage",
            "Improve developer productivity",
        ),
        (
            "目标：数据组Q1：让数据需求的等待时间减半\n关键结果：上线数据血缘功能",
            "让数据需求的等待时间减半",
        ),
        (
            "目标：把白桃乌龙打造成夏天最火的饮料！🔥\n关键结果：完成达人库搭建",
            "把白桃乌龙打造成夏天最火的饮料",
        ),
    ],
)
def test_the_objective_is_quoted_without_owner_prefix_or_emoji(draft: str, aim: str) -> None:
    quoted = re.search(r"“(.*?)”", _question(draft))
    assert quoted is not None and quoted.group(1) == aim


def test_a_vague_objective_is_not_quoted() -> None:
    text = _question("目标：做好本职工作\n关键结果：配合审计")
    assert text == "做这项工作是为了让哪个数字变好？把那个数字连同基线和目标值写成关键结果。"


@pytest.mark.parametrize(
    "draft",
    [
        "目标：成为大学生最爱喝的饮料\n关键结果：校园大使招募200名（负责人：小周）",
        "目标：CI/CD 全面提速\n关键结果：所有仓库接入统一流水线（by 2月底）",
        "Objective: Increase D30 retention\nKR: Send 3 lifecycle emails per new user - Ana (CRM)",
    ],
)
def test_a_question_carries_none_of_the_items_tags(draft: str) -> None:
    # Decision 87 (blind read 3): a question is not a key result to tag with owner or date.
    rv = review(draft, config=NO_MODEL)
    kr = rv.objectives[0].key_results[-1]
    text = _question(draft)
    assert text.endswith(("。", "key result.")), text
    assert kr.rewrite is None or kr.rewrite.text == text


@pytest.mark.parametrize(
    ("wording", "kept"),
    [
        ("作业全部独立完成不抄 → ✅", "作业全部独立完成不抄"),
        ("Launch the partner portal → slipped to Q3", "Launch the partner portal"),
        ("客服体验得分排名从第4到第1 —— 进度 第2 ⚠️", "客服体验得分排名从第4到第1"),
        ("Increase ACV by 15% → +9%", "Increase ACV by 15%"),
        ("每天背单词 → 坚持中", "每天背单词"),
        # A change written with an arrow is the key result itself, not a progress remark.
        ("Win rate 24%→28% → 26%", "Win rate 24%→28% → 26%"),
        ("Cut churn 5% -> 3%", "Cut churn 5% -> 3%"),
        ("Move billing from Stripe -> Adyen done", "Move billing from Stripe -> Adyen done"),
    ],
)
def test_quoted_wording_leaves_a_progress_remark_out(wording: str, kept: str) -> None:
    assert _outcome.without_progress(wording) == kept


def test_a_question_note_quotes_the_task_without_its_progress() -> None:
    rv = review(
        "目标：让期末考试不再临时抱佛脚\n关键结果：每天背单词50个 → 坚持中", config=NO_MODEL
    )
    notes = [s.note for f in rv.findings for s in f.suggestions if s.asks and s.note]
    assert notes and all("坚持中" not in n and "→" not in n for n in notes), notes


def test_a_complement_several_measures_share_restates_none_of_them() -> None:
    # Decision 89: employee retention counts every leaver, so it is not regretted attrition
    # said positively; customer churn and customer retention are one number.
    from coach.facts import outcomes

    assert not outcomes.same_number(outcomes.get("regretted-attrition"))
    assert not outcomes.same_number(outcomes.get("voluntary-attrition"))
    assert outcomes.same_number(outcomes.get("customer-churn-rate"))
    draft = (
        "Objective: Keep the people we cannot afford to lose\nKR: Regretted attrition ≤ 6% in 2025"
    )
    rv = review(draft, config=NO_MODEL, select=["kr-negative-phrasing"])
    (f,) = rv.findings
    (s,) = f.suggestions
    # Decision 138 named the word list's own complement for these people ("retention of key
    # people"), never the library's employee retention rate; decision 1015 (blind read 20,
    # rw-117): it counts another group, so its figures are not 100 − x and are left to fill in.
    assert s.text == "Raise retention of key people from [baseline] to [target] in 2025", s.text


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        (
            "一线员工月度离职率从6%降到3%（各车间主任）",
            "一线员工月度保留率从94%提升到97%（各车间主任）",
        ),
        ("Customer churn under 4% by Q3", "Customer retention above 96% by Q3"),
        ("Voluntary attrition ≤ 8% (Q3: 12%)", "Retention ≥ 92% (Q3: 88%)"),
    ],
)
def test_a_measured_fall_of_a_share_turns_exactly(kr: str, rewrite: str) -> None:
    # Decision 138 (blind read 5): a clean measured change is said positively with its own
    # qualifiers and figures, not turned into a question that demotes it to a health metric.
    head = "目标：让一线员工愿意留下来" if "率" in kr else "Objective: Keep who we have"
    rv = review(f"{head}\n{'关键结果' if '率' in kr else 'KR'}：{kr}", config=NO_MODEL)
    texts = [
        s.text for f in rv.findings if f.rule_id == "kr-negative-phrasing" for s in f.suggestions
    ]
    assert texts == [rewrite], texts


def test_measured_bad_events_without_an_exact_complement_get_an_example() -> None:
    rv = review(
        "目标：设备稳稳当当\n关键结果：非计划停机次数从每月14次降到5次以内", config=NO_MODEL
    )
    (s,) = [s for f in rv.findings if f.rule_id == "kr-negative-phrasing" for s in f.suggestions]
    assert not s.asks and s.text == "设备可用率从[基线]提升到[目标值]"
    assert s.note is not None and s.note.startswith("这是一个例子")


@pytest.mark.parametrize(
    ("draft", "rule", "wanted", "unwanted"),
    [
        (
            "目标：管好费用\n关键结果：招待费超标情况明显减少",
            "kr-vague-wording",
            "超标次数",
            "情况",
        ),
        (
            "目标：降低法律风险\n关键结果：合同纠纷案件数量同比减少",
            "kr-vague-wording",
            "去年同期",
            "同比从",
        ),
        (
            "目标：留住核心团队\n关键结果：关键人才流失 0",
            "kr-negative-phrasing",
            "保留率100%",
            "降下来",
        ),
        (
            "目标：客户满意\n关键结果：二次投诉率<3%",
            "kr-negative-phrasing",
            "一次解决率从[基线]",  # decisions 177, 651: the positive side, not 100 − x
            "投诉率",
        ),
        (
            "目标：质量过硬\n关键结果：涂装不良率由2.8%降到1.2%",
            "kr-negative-phrasing",
            "涂装",
            "不良率",
        ),
    ],
)
def test_a_rewrite_names_a_countable_positive_number(
    draft: str, rule: str, wanted: str, unwanted: str
) -> None:
    # Decisions 110-111: a topic word is no measure; nobody leaving is everyone staying.
    rv = review(draft, config=NO_MODEL, select=[rule])
    (s,) = rv.findings[0].suggestions
    assert wanted in s.text and unwanted not in s.text


@pytest.mark.parametrize(
    ("kr", "one"), [("Hire 1 more data engineer", True), ("Hire 3 data engineers", False)]
)
def test_the_hiring_question_agrees_in_number(kr: str, one: bool) -> None:
    rv = review(
        f"Objective: A data platform teams love\nKR: {kr}", config=NO_MODEL, select=["kr-is-task"]
    )
    (s,) = rv.findings[0].suggestions
    assert s.asks
    assert ("This hire serves" in s.text) is one


@pytest.mark.parametrize(
    ("kr", "wanted"),
    [
        (
            "KR: Zero regulatory findings in the DNB audit",
            "100% of regulatory requirements met in the DNB audit",  # decision 367
        ),
        (
            "KR: Voluntary attrition of seasonal staff under 15%",
            "Retention of seasonal staff above 85%",
        ),
    ],
)
def test_a_cap_or_zero_keeps_its_number_and_its_intent(kr: str, wanted: str) -> None:
    # Decision 114: the model and the target stay; a clean audit pass is the result itself.
    head = "目标：预测让人放心" if "关键结果" in kr else "Objective: Numbers people trust"
    rv = review(f"{head}\n{kr}", config=NO_MODEL, select=["kr-negative-phrasing"])
    (s,) = rv.findings[0].suggestions
    assert wanted in s.text and not s.asks


@pytest.mark.parametrize(
    "kr", ["KR: LTV model MAPE < 15%", "关键结果：LTV预测模型MAPE < 15%", "KR: Keep WER under 8%"]
)
def test_a_fields_standard_error_measure_gets_no_made_up_complement(kr: str) -> None:
    # Blind read 8 (refines decision 114): "准确率（1−MAPE）" is a number nobody reports.
    head = "目标：预测让人放心" if "关键结果" in kr else "Objective: Numbers people trust"
    rv = review(f"{head}\n{kr}", config=NO_MODEL, select=["kr-negative-phrasing"])
    assert all(
        "1−" not in s.text and "1 − " not in s.text for f in rv.findings for s in f.suggestions
    )


@pytest.mark.parametrize(
    ("kr", "wanted"),
    [
        (
            "KR: Reduce MTTA and MTTR significantly",
            # decision 365: one key result per measure, each with its own placeholders
            "Reduce MTTA from [baseline] to [target]\nReduce MTTR from [baseline] to [target]",
        ),
        ("关键结果：降低MTTA和MTTR", "MTTA从[基线]降低到[目标值]，MTTR从[基线]降低到[目标值]"),
        ("KR: reduce errors", "Raise accuracy rate from [baseline] to [target]"),
        ("KR: Downgrades < $100k ARR", "Raise gross revenue retention from [baseline] to [target]"),
    ],
)
def test_measures_the_item_names_or_implies_are_offered_not_asked(kr: str, wanted: str) -> None:
    # Blind read 8: named metrics are restated; an obvious complement is offered.
    head = "目标：值班不再靠英雄" if "关键结果" in kr else "Objective: Customers who stay with us"
    rv = review(f"{head}\n{kr}", config=NO_MODEL)
    texts = [s.text for f in rv.findings if f.target == "o1.kr1" for s in f.suggestions]
    assert any(wanted in t for t in texts), texts


@pytest.mark.parametrize(
    ("kr", "wanted"),
    [
        (
            "Payroll run accurately and on time every month",
            "100% of payroll runs on time and error-free every month",
        ),
        (
            "Renew TLS certs and domain registrations",
            "100% of TLS certs and domain registrations renewed at least [N] days before expiry",
        ),
        (
            "Month-end close on time and without errors",
            "100% of month-end closes on time and error-free",
        ),
    ],
)
def test_routine_work_that_says_what_should_hold_gets_its_measured_form(
    kr: str, wanted: str
) -> None:
    # Blind read 8: the wording already says what should hold; no open question.
    rv = review(
        f"Objective: Run a tight back office in Q3\nKR: {kr}",
        config=NO_MODEL,
        select=["kr-not-quantified"],
    )
    assert [s.text for f in rv.findings for s in f.suggestions] == [wanted]


@pytest.mark.parametrize(
    ("kr", "wanted"), [("尽量不熬夜", "熬夜0次"), ("全年尽量无数据泄露事件", "全年数据泄露事件0起")]
)
def test_a_hedged_zero_is_measured_without_its_hedge(kr: str, wanted: str) -> None:
    # User check: "尽量不熬夜" became "尽量熬夜0次", which reads as the opposite.
    rv = review(f"目标：身体更好\n关键结果：{kr}", config=NO_MODEL, select=["kr-not-quantified"])
    assert [s.text for f in rv.findings for s in f.suggestions] == [wanted]


@pytest.mark.parametrize(
    ("objective", "wanted"),
    [
        ("提升客服团队满意度", "打造一支大家以身在其中为荣的团队"),
        ("Raise team satisfaction to 4.2", "Build a team people are proud to be part of"),
        (
            "Grow expansion revenue in existing accounts",
            "Become the partner our existing customers grow with",
        ),
        ("提升老客户增购收入", "成为老客户愿意一起做大的长期伙伴"),
    ],
)
def test_a_metric_objective_keeps_whose_measure_it_is(objective: str, wanted: str) -> None:
    # User check and blind read 8: the team's own satisfaction is not the customers';
    # expansion in existing accounts is not "first choice of the customers we serve".
    head = "目标" if objective[0] > "~" else "Objective"
    kr = "关键结果：x" if head == "目标" else "KR: x"
    rv = review(
        f"{head}：{objective}\n{kr}" if head == "目标" else f"{head}: {objective}\n{kr}",
        config=NO_MODEL,
        select=["objective-is-metric"],
    )
    assert [s.text for f in rv.findings for s in f.suggestions] == [wanted]


@pytest.mark.parametrize(
    ("objective", "wanted"),
    [
        ("happy customers", "[period]: happy customers"),
        ("Customers love us", "Customers love us by [date]"),
    ],
)
def test_a_noun_phrase_objective_takes_its_period_as_a_heading(objective: str, wanted: str) -> None:
    # Blind read 8: "happy customers by [date]" reads as a fragment.
    rv = review(
        f"Objective: {objective}\nKR: Raise NPS from 10 to 30",
        config=NO_MODEL,
        select=["objective-no-timeframe"],
    )
    assert [s.text for f in rv.findings for s in f.suggestions] == [wanted]


@pytest.mark.parametrize(
    ("draft", "unwanted"),
    [
        (
            "Objective: Grow into an engineer people learn from\n"
            "KR: Give 2 internal tech talks (one on our SLO tooling)",
            "availability",
        ),
        ("目标：把投诉降下来\n关键结果：建立投诉升级机制", "无需升级"),
    ],
)
def test_a_questions_examples_are_not_the_subject_taught_or_the_process_built(
    draft: str, unwanted: str
) -> None:
    # Blind read 8: a talk's subject and the escalation process being built are no numbers
    # the work moves.
    rv = review(draft, config=NO_MODEL)
    texts = [s.text for f in rv.findings if f.target == "o1.kr1" for s in f.suggestions]
    assert texts and not any(unwanted in t for t in texts), texts


def test_no_bad_events_of_a_kind_is_its_positive_side_kept_whole() -> None:
    # Blind read 8: "no data loss" was sent to the plan as work to do.
    rv = review(
        "Objective: Postgres upgrade\nKR: no data loss",
        config=NO_MODEL,
        select=["kr-not-quantified"],
    )
    assert [s.text for f in rv.findings for s in f.suggestions] == [
        "Keep data completeness at 100%"
    ]


def test_a_grade_stays_after_an_insertion_and_a_rewrite_says_it_left_it_out() -> None:
    # Blind read 4: "[0.6]" after the item vanished from an owner patch without a word.
    draft = "Objective: Win mid-market in Q3\nKR: Increase MM ACV by 15% → +9% [0.6]"
    rv = review(draft, config=NO_MODEL, select=["kr-no-owner"])
    (s,) = rv.findings[0].suggestions
    # ... and the tag goes before the progress remark (decision 178). The score cell "[0.6]" is
    # no wording (decision 1641): the span ends before it, so applying the patch keeps it.
    assert s.text == "Increase MM ACV by 15% (owner: [owner]) → +9%"
    span = rv.findings[0].span
    assert draft[: span.start] + s.text + draft[span.end :] == (
        "Objective: Win mid-market in Q3\nKR: Increase MM ACV by 15% (owner: [owner]) → +9% [0.6]"
    )
    rv = review(
        "Objective: Happy customers in Q3\nKR: Improve customer satisfaction — 0.5",
        config=NO_MODEL,
        select=["kr-not-quantified"],
    )
    (s,) = rv.findings[0].suggestions
    # the grade after the wording is no part of it (decision 1641): the rewrite replaces the
    # wording alone and the grade stays in the draft, or, where it is read with the wording,
    # the rewrite says it left it out
    assert "0.5" not in s.text
    kept = all(e.end <= 66 for e in s.edits)
    assert kept or (s.note is not None and "0.5" in s.note)


def test_an_open_ended_chinese_objective_takes_a_period_not_an_end_date() -> None:
    # Decision 143 (blind read 5): "在[日期]前，进一步加强费用管控" reads badly.
    rv = review("目标：持续提升门店服务质量\n关键结果：门店NPS从30到45", config=NO_MODEL)
    texts = [
        s.text for f in rv.findings if f.rule_id == "objective-no-timeframe" for s in f.suggestions
    ]
    assert texts == ["[周期]内，持续提升门店服务质量"], texts
    rv = review("目标：让客户爱上我们的门店\n关键结果：门店NPS从30到45", config=NO_MODEL)
    texts = [
        s.text for f in rv.findings if f.rule_id == "objective-no-timeframe" for s in f.suggestions
    ]
    assert texts == ["在[日期]前，让客户爱上我们的门店"], texts


@pytest.mark.parametrize(
    ("draft", "rewrite"),
    [
        ("目标：让客户放心把数据交给我们\n关键结果：全年无数据泄露事件", "全年数据泄露事件0起"),
        ("目标：让每一笔钱都付对\n关键结果：杜绝供应商付款差错", "供应商付款差错0次"),
        (
            "Objective: A release train nobody fears\nKR: Eliminate rollbacks caused by bad config",
            "0 rollbacks caused by bad config",
        ),
    ],
)
def test_a_zero_in_words_is_written_as_a_number(draft: str, rewrite: str) -> None:
    # Decision 175 (blind reads 3, 4, 7): "no X all year" is a result whose target is none; it is
    # not quantified in words (PRINCIPLES.md), and the rewrite writes the zero as a number
    # instead of sending the item to the plan as work.
    rv = review(draft, config=NO_MODEL)
    kr = rv.objectives[0].key_results[0]
    fixes = [
        s
        for f in rv.findings
        if f.target == kr.id and f.rule_id == "kr-not-quantified"
        for s in f.suggestions
        if s.kind == "rewrite"
    ]
    assert fixes and fixes[0].text == rewrite and not fixes[0].asks, fixes


@pytest.mark.parametrize(
    ("draft", "rule", "wanted"),
    [
        # Decision 182 (blind read 7): one role hired with no count is one person.
        (
            "Objective: EMEA team ramped & self-sufficient\nKR: Hire EMEA SE",
            "kr-is-task",
            "This hire serves the objective “EMEA team ramped & self-sufficient”: once this "
            "person is on board",
        ),
        # ... a change whose number is obvious names it instead of asking.
        (
            "Objective: Feel at home in my body\nKR: Lose weight",
            "kr-not-quantified",
            "Bring body weight from [baseline] kg to [target] kg",
        ),
        (
            "目标：健康生活\n关键结果：尽量减肥",
            "kr-vague-wording",
            "体重从[基线]公斤降到[目标值]公斤",
        ),
        # ... an objective that is the work itself is not asked which of its numbers it moves.
        (
            "目标：MES系统上线\n关键结果：3月15日前完成MES一期上线（机加+装配）",
            "kr-is-task",
            "目标“MES系统上线”本身就是一项工作：它做成以后，业务上哪个数字会变好",
        ),
        # ... and an objective's rewrite keeps its topic.
        ("目标：资金安全零事故\n关键结果：月度对账差错0笔", "objective-is-metric", "资金"),
        (
            "Objective: Increase revenue\nKR: Win rate from 20% to 25%",
            "objective-is-metric",
            "grow",
        ),
    ],
)
def test_advice_fits_the_item(draft: str, rule: str, wanted: str) -> None:
    rv = review(draft, config=NO_MODEL, select=[rule])
    (s,) = rv.findings[0].suggestions
    assert wanted in s.text


@pytest.mark.parametrize(
    ("kr", "wanted"),
    [
        # Decision 183: work named as a thing done is asked what it should change.
        ("QBRs for all Tier 1 accounts", "Which number should “QBRs for all Tier 1 accounts”"),
        # Decision 1820: "signed off" is the verb "sign off" (work, a task), no longer "signed"
        # (a deal won), so it is asked as work is: which number shows progress.
        (
            "Error budget policy signed off by VP Eng — in review",
            "Which number would show progress on the objective “Keep our best people”",
        ),
    ],
)
def test_work_without_a_number_is_asked_what_it_should_change(kr: str, wanted: str) -> None:
    rv = review(
        f"Objective: Keep our best people\nKR: {kr}", config=NO_MODEL, select=["kr-not-quantified"]
    )
    (s,) = rv.findings[0].suggestions
    assert s.asks and s.text.startswith(wanted)


@pytest.mark.parametrize(
    ("kr", "wanted"),
    [
        ("faster builds", "Cut build time from [baseline] to [target]"),
        (
            'significantly reduce "where\'s my refund" tickets',
            'Raise the share of customers who never need to ask "where\'s my refund" from '
            "[baseline] to [target]",
        ),
    ],
)
def test_an_obvious_positive_number_is_named(kr: str, wanted: str) -> None:
    rv = review(
        f"Objective: Happy customers\nKR: {kr}", config=NO_MODEL, select=["kr-vague-wording"]
    )
    (s,) = rv.findings[0].suggestions
    assert s.text == wanted


def _finding_rewrite(text: str, rule_id: str) -> str:
    rv = review(text, config=NO_MODEL)
    for f in rv.findings:
        if f.rule_id == rule_id:
            s = next(s for s in f.suggestions if s.kind == "rewrite" and (s.edits or s.asks))
            return s.text
    raise AssertionError(rv.findings)


def test_a_task_under_a_project_objective_is_asked_what_the_project_changes() -> None:
    # Decision 223 (blind read 9): not "which number of the objective … does this work move".
    text = _finding_rewrite(
        "Objective: Finish the Kubernetes migration\nKR: Decommission the old Jenkins box",
        "kr-is-task",
    )
    assert text.startswith("The objective “Finish the Kubernetes migration” is itself the work")
    # An aim that only holds a launch verb is no project.
    text = _finding_rewrite(
        "Objective: Ship it right the first time\nKR: Retrain all pickers on the new slotting",
        "kr-is-task",
    )
    assert "is itself the work" not in text


def test_metric_objectives_keep_their_speed_and_scope() -> None:
    # Decisions 224 and 225 (blind read 9).
    assert _finding_rewrite(
        "Objective: Close the books faster\nKR: NPS from 31 to 45", "objective-is-metric"
    ) == ("Make closing the books quick and painless")
    assert _finding_rewrite("目标：云成本降下来", "objective-is-metric") == (
        "云成本的每一分钱都花在刀刃上"
    )
    assert _finding_rewrite("目标：降低成本", "objective-is-metric") == "每一分钱都花在刀刃上"


def test_a_split_key_result_keeps_the_context_both_halves_share() -> None:
    # Decision 226 (blind read 9).
    # (a drill's RTO and RPO are one result now, decision 939: a pilot's two measures are two)
    assert _finding_rewrite(
        "Objective: Survive a bad day\n"
        "KR: Pilot live in 3 clinics with NPS 40 and wait time under 10 min",
        "kr-compound",
    ).endswith("\nPilot live in 3 clinics with wait time under 10 min")
    # the scope inside the clause is carried too now (decision 939)
    assert _finding_rewrite(
        "目标：新品卖爆\n关键结果：上市8周内，重点城市便利店铺货率达到70%，动销率60%", "kr-compound"
    ).endswith("\n上市8周内，重点城市便利店动销率60%")


def test_a_practice_or_a_quality_is_asked_for_its_number_not_templated() -> None:
    # Decision 277 (blind read 9): "multi-threading in deals", "recognition" are no measures.
    head = "Objective: Win bigger enterprise deals\nKR: "
    text = _finding_rewrite(head + "more multi-threading in deals", "kr-vague-wording")
    assert text.startswith("Which number shows “more multi-threading in deals”")
    text = _finding_rewrite(head + "Cross-team collaboration up", "kr-vague-wording")
    assert text.startswith("Which number shows")
    # Countable things and measures keep their figures.
    assert _finding_rewrite(head + "more qualified opportunities", "kr-vague-wording") == (
        "Raise qualified opportunities from [baseline] to [target]"  # decision 938
    )
    assert _finding_rewrite(head + "more pipeline coverage", "kr-vague-wording") == (
        "Raise pipeline coverage from [baseline] to [target]"
    )
    assert _finding_rewrite(head + "Partner referrals up", "kr-vague-wording") == (
        "Raise partner referrals from [baseline] to [target]"
    )


@pytest.mark.parametrize(
    ("text", "rule_id", "wanted"),
    [
        (
            "Objective: happy customers\nKR: respond faster to tickets",
            "kr-not-quantified",
            "Cut median first response time from [baseline] to [target]",
        ),
        (
            "Objective: happy customers\nKR: Answer tickets faster",
            "kr-not-quantified",
            "Cut median first response time from [baseline] to [target]",
        ),
        (
            "目标：客户满意\n关键结果：更快回复客户",
            "kr-not-quantified",
            "首次响应时长中位数从[基线]缩短到[目标值]",
        ),
    ],
)
def test_work_wanted_faster_is_measured_by_its_time(text: str, rule_id: str, wanted: str) -> None:
    # Decision 278 (blind read 9): not asked like a task.
    assert _finding_rewrite(text, rule_id) == wanted
    # Work the library has no time for is still asked.
    asked = _finding_rewrite(
        "Objective: happy customers\nKR: Write newsletters faster", "kr-not-quantified"
    )
    assert "which number" in asked.lower()


def test_errors_of_a_work_step_are_that_steps_accuracy() -> None:
    # Decision 279: "journal entry errors" is entry accuracy; a system's errors are not.
    assert _finding_rewrite(
        "Objective: Clean books\nKR: Fewer journal entry errors", "kr-negative-phrasing"
    ) == ("Raise journal entry accuracy from [baseline] to [target]")
    assert _finding_rewrite(
        "目标：账务干净\n关键结果：减少凭证录入错误", "kr-negative-phrasing"
    ) == ("凭证录入准确率从[基线]提升到[目标值]")
    asked = _finding_rewrite(
        "Objective: Clean books\nKR: Reduce API errors", "kr-negative-phrasing"
    )
    assert "accuracy" not in asked


def test_a_zero_on_the_gravest_incidents_is_asked_with_the_same_grade() -> None:
    # Decision 280: no incident-free days of a broader scope offered in its place; decision 936:
    # nor "keep it as it is" beside a message asking for a positive wording.
    text = _finding_rewrite("目标：系统稳定可靠\n关键结果：P0故障0次", "kr-negative-phrasing")
    assert text.startswith("“P0故障0次”守住的是什么？") and "保留原样" not in text
    assert "无P0故障的天数占比从[基线]提升到[目标值]" in text and "可用率" in text
    text = _finding_rewrite("目标：安全生产\n关键结果：重大安全事故0起", "kr-negative-phrasing")
    assert "无工伤" not in text and "无重大安全事故的天数占比" in text and "可用率" not in text
    text = _finding_rewrite(
        "Objective: Reliable platform\nKR: Zero Sev-1 incidents", "kr-negative-phrasing"
    )
    assert text.startswith("What does “Zero Sev-1 incidents” protect?")


def test_a_specific_topic_with_an_exact_positive_side_is_said_positively() -> None:
    # Decision 281: failed deploys are counted in change failure rate, said as success.
    for rule_id in ("kr-negative-phrasing", "kr-not-quantified"):
        assert _finding_rewrite("Objective: Ship safely\nKR: Reduce failed deploys", rule_id) == (
            "Raise change success rate from [baseline] to [target]"
        )


def test_a_cap_on_the_share_done_late_is_the_share_done_on_time() -> None:
    # Decision 282: late and on time are the two sides of one share.
    head = "Objective: Ship safely\nKR: "
    assert _finding_rewrite(
        head + "Less than 1% of orders shipped late", "kr-negative-phrasing"
    ) == ("More than 99% of orders shipped on time")
    assert _finding_rewrite(head + "At most 5% of invoices paid late", "kr-negative-phrasing") == (
        "At least 95% of invoices paid on time"
    )


def test_routine_work_done_on_time_is_called_business_as_usual() -> None:
    # Decision 283 (blind read 9): not "counts activities", not a task for the plan. Decision
    # 307: the report says it once, as business as usual; the checklist keeps both verdicts.
    for text, start in (
        # decision 894: said as a question, which still names business as usual
        (
            "目标：财务数据及时准确\n关键结果：每月按时提交报表",
            "“每月按时提交报表”这个周期确实要改变吗",
        ),
        (
            "Objective: Keep the lights on\nKR: Submit weekly KPI deck on time",
            "Does “Submit weekly KPI deck on time” have to change this cycle",
        ),
    ):
        asked = _finding_rewrite(text, "kr-not-quantified")
        assert asked.startswith(start)
        assert "日常工作" in asked or "business as usual" in asked
        rv = review(text, config=NO_MODEL)
        ids = {f.rule_id for f in rv.findings if f.target == "o1.kr1"}
        assert "kr-business-as-usual" in ids and "kr-activity-count" not in ids
        (kr,) = rv.objectives[0].key_results
        assert {c.rule_id: c.status for c in kr.checks}["kr-activity-count"] == "fail"
        # With kr-business-as-usual off, the activity finding says the same itself.
        rv = review(text, config=NO_MODEL, ignore=["kr-business-as-usual"])
        (f,) = [f for f in rv.findings if f.rule_id == "kr-activity-count"]
        assert "日常工作" in f.message or "business as usual" in f.message


def test_an_owner_bracket_is_not_quoted_as_part_of_the_task() -> None:
    # Decision 317 (blind read 10): two owners, or an @handle, in one bracket.
    for text, task in (
        (
            "Objective: Pack right\nKR: Roll out barcode checks at the pack bench (owner: Ana / Bo)",
            "“Roll out barcode checks at the pack bench”",
        ),
        (
            "Objective: Pack right\nKR: Packing guide in Confluence (@dmitri)",
            "“Packing guide in Confluence”",
        ),
    ):
        rv = review(text, config=NO_MODEL, select=["kr-is-task"])
        (f,) = rv.findings
        assert f.message.startswith(task + " "), f.message
        assert "kr-no-owner" not in {g.rule_id for g in review(text, config=NO_MODEL).findings}


def test_a_universal_subject_is_written_as_the_share_of_them() -> None:
    # Decision 318 (blind read 10): "all"/"each" says who is covered; 100% of them is the target.
    head = "Objective: A calm year-end\nKR: "
    assert _finding_rewrite(head + "All November invoices sent by Dec 5", "kr-not-quantified") == (
        "100% of November invoices sent by Dec 5"
    )
    own = head + "Each shift lead runs their own daily huddle"
    for rule_id in ("kr-not-quantified", "kr-activity-count"):
        assert _finding_rewrite(own, rule_id) == "100% of shift leads run their own daily huddle"
    # Routine effort done by all is still routine effort: not turned into a share (reported by
    # kr-activity-count alone, one fault: decision 1107).
    text = _finding_rewrite(head + "Each cashier runs a daily till count", "kr-activity-count")
    assert "100%" not in text


def test_a_zero_of_events_holds_through_a_date() -> None:
    # Decision 319 (blind read 10): "0 slips and falls by [date]" reads as if they stop on a day.
    for kr in ("0 slips and falls in the warehouse", "Zero missed payroll runs"):
        text = _finding_rewrite(f"Objective: Safe and steady\nKR: {kr}", "kr-no-deadline")
        assert text == f"{kr} through [date]"
    text = _finding_rewrite(
        "Objective: Safe and steady\nKR: Near-miss reports filed rise to 40", "kr-no-deadline"
    )
    assert text.endswith(" by [date]")


def test_a_positive_restatement_without_a_number_brings_its_baseline_and_target() -> None:
    # Decision 320 (blind read 10): "Raise retention of key people" alone cannot be scored.
    kr = "Objective: People who stay\nKR: Cut regretted attrition"
    expected = "Raise retention of key people from [baseline] to [target]"
    assert _finding_rewrite(kr, "kr-negative-phrasing") == expected
    assert _finding_rewrite(kr, "kr-not-quantified") == expected
    # With figures of its own a share turns exactly, and no placeholder is added; regretted
    # attrition's complement counts another group and keeps its placeholders (decision 1015).
    assert _finding_rewrite(
        "Objective: People who stay\nKR: Cut churn from 9% to 5%",
        "kr-negative-phrasing",
    ) == ("Raise retention from 91% to 95%")
    assert _finding_rewrite(
        "Objective: People who stay\nKR: Cut regretted attrition from 9% to 5%",
        "kr-negative-phrasing",
    ) == ("Raise retention of key people from [baseline] to [target]")


@pytest.mark.parametrize(
    ("objective", "expected"),
    [
        # Decision 321 (blind read 10): the metric's own subject, not the generic lean line.
        ("Dock-to-stock time", "Whatever reaches our dock is on the shelf and ready to pick"),
        ("换模再快一些", "换模又快又稳"),
        # A region or a process before the metric is kept.
        ("华南区营收提升15%", "成为华南区客户心中的首选，把华南区的生意做大"),
        ("把焊接不良降下来", "焊接一次做对"),
        ("Grow APAC bookings", "Become the first choice of APAC customers"),
        ("Reduce paint defects", "Paint work done right the first time"),
        # Words that measure the metric are no scope.
        # Margin is what each sale keeps, not growth (decision 1111).
        ("Grow gross margin", "Every sale we make is worth making"),
        ("人均销售额提升10%", "成为客户心中的首选，把生意做大"),
    ],
)
def test_a_metric_objective_keeps_what_its_metric_is_about(objective: str, expected: str) -> None:
    head = "目标：" if not objective.isascii() else "Objective: "
    kr = (
        "\n关键结果：客户满意度从80%提升到90%"
        if not objective.isascii()
        else "\nKR: CSAT 80% to 90%"
    )
    text = _finding_rewrite(head + objective + kr, "objective-is-metric")
    assert text.startswith(expected), text


def test_wrong_orders_of_a_work_step_are_that_steps_accuracy() -> None:
    # Decision 322 (blind read 10): "退款错误单" are refunds done wrong: refund accuracy.
    head = "目标：售后又快又准\n关键结果："
    assert _finding_rewrite(head + "退款错误单数量减少一半", "kr-negative-phrasing") == (
        "退款准确率从[基线]提升到[目标值]"
    )
    assert _finding_rewrite(head + "对账差错减少到每月2次", "kr-negative-phrasing").startswith(
        "对账准确率从[基线]提升到[目标值]"
    )


def test_a_count_of_results_without_a_number_gets_one_template_from_both_rules() -> None:
    # Decision 323: kr-not-quantified read "Partner referrals up" as no measure while
    # kr-vague-wording templated it; both now agree, and a deliverable or a practice still asks.
    head = "Objective: Grow through resellers\nKR: "
    # (A change verb with no amount folds into kr-not-quantified's finding: decision 428.)
    for kr, expected, rule_ids in (
        (
            "Reseller referrals up",
            "Raise reseller referrals from [baseline] to [target]",
            ("kr-not-quantified", "kr-vague-wording"),
        ),
        (
            "Increase reseller-sourced deals",
            "Increase reseller-sourced deals from [baseline] to [target]",
            ("kr-not-quantified",),
        ),
    ):
        for rule_id in rule_ids:
            assert _finding_rewrite(head + kr, rule_id) == expected
    for kr, rule_id in (
        ("Improve reseller handoffs", "kr-not-quantified"),
        ("Reseller guides up", "kr-vague-wording"),
    ):
        assert "[baseline]" not in _finding_rewrite(head + kr, rule_id)


def test_a_task_beside_a_measured_key_result_on_the_same_thing_is_asked_about_it() -> None:
    # Decision 324: the sibling key result names the number; no library metric is guessed.
    text = (
        "目标：让新来的仓管员第一个月就能独立收货\n"
        "关键结果1：新仓管员30天内通过收货考核的比例从55%提升到85%\n"
        "关键结果2：整理收货岗位操作手册"
    )
    asked = _finding_rewrite(text, "kr-is-task")
    assert asked.startswith(
        "这项工作是为了推动关键结果“新仓管员30天内通过收货考核的比例从55%提升到85%”吗？"
    )
    text = (
        "Objective: New drivers run their routes alone within a month\n"
        "KR1: Share of new drivers cleared for solo routes within 30 days from 40% to 80%\n"
        "KR2: Rewrite the route training guide"
    )
    asked = _finding_rewrite(text, "kr-is-task")
    assert asked.startswith("Is this work how the key result “Share of new drivers cleared")
    # A sibling about something else is not named.
    text = (
        "Objective: New drivers run their routes alone within a month\n"
        "KR1: Fuel cost per mile from $0.60 to $0.52\n"
        "KR2: Rewrite the route training guide"
    )
    assert "Fuel" not in _finding_rewrite(text, "kr-is-task")


def test_routine_work_due_by_a_fixed_day_is_business_as_usual() -> None:
    # Decision 325: "by the 10th every month" is an on-time cadence, like "on time".
    for text, start in (
        (
            "Objective: Payroll nobody worries about\nKR: Send payslips by the 25th every month",
            "Does “Send payslips by the 25th every month” have to change this cycle",
        ),
        (
            "目标：财务数据跑在业务前面\n关键结果：每月8号前发出经营月报",
            "“每月8号前发出经营月报”这个周期确实要改变吗",
        ),
    ):
        # Where kr-business-as-usual also fires, kr-activity-count folds into it (decision
        # 307) and kr-not-quantified carries the same keep-it-running advice.
        rv = review(text, config=NO_MODEL)
        rewrites = [s.text for f in rv.findings for s in f.suggestions if s.kind == "rewrite"]
        assert any(r.startswith(start) for r in rewrites), rewrites


def test_a_standard_kept_always_is_the_share_that_meets_it() -> None:
    # Decision 326 (blind read 10): not "which number does this work move". Decision 334: the
    # 3 days is a limit kept, not calls counted, so kr-activity-count no longer fires on it; the
    # share is still how the standard reads when a rewrite asks for it.
    from coach.review import parse

    source = (
        "Objective: Get new customers live fast\nKR: welcome call within 3 days of purchase, always"
    )
    rv = review(source, config=NO_MODEL)
    assert not [f for f in rv.findings if f.rule_id == "kr-activity-count"], rv.findings
    (item,) = [i for i in parse(source).items() if i.kind == "kr"]
    fix = _outcome.always_share_fix(item)
    assert fix is not None
    (edit,) = fix.edits
    rewritten = item.text[: edit.start] + edit.replacement + item.text[edit.end :]
    assert rewritten == "100% of welcome calls within 3 days of purchase"


def test_adoption_across_the_whole_network_is_the_share_of_sites() -> None:
    # Decision 318 (blind read 10): "network-wide" is every site, a share to score.
    assert _finding_rewrite(
        "Objective: Be the site others copy\nKR: Cycle-count routine adopted network-wide",
        "kr-not-quantified",
    ) == ("Cycle-count routine adopted at 100% of sites in the network")


def test_an_aside_that_qualifies_the_measure_keeps_its_figures_out() -> None:
    # Decision 361 (own reading, seed 13): the days in "(first 90 days)" say which leaving is
    # counted; the shares after them are the measure's, and they turn exactly.
    assert _finding_rewrite(
        "Objective: New sellers stay and thrive\n"
        "KR: Reduce early churn of new sellers (first 60 days) from 12% to 6% (@lina)",
        "kr-negative-phrasing",
    ).startswith("Raise early retention of new sellers (first 60 days) from 88% to 94%")
    # A baseline in the aside is the measure's own figure: not dropped for the one after it.
    asked = _finding_rewrite(
        "Objective: Calm nights on call\nKR: Paging incidents (last quarter 9) down to 3",
        "kr-negative-phrasing",
    )
    assert "97%" not in asked


def test_a_complement_keeps_the_scope_said_after_the_measure() -> None:
    # Decision 362 (own reading, seed 13): "on apparel" says which returns; the positive share
    # keeps it.
    text = _finding_rewrite(
        "Objective: Shoppers keep what they buy\nKR: return rate on footwear from 30% to 22%",
        "kr-negative-phrasing",
    )
    # "the", and the scope before the things counted (decision 1014, blind read 20 rw-019)
    assert text == "Raise the share of footwear orders kept (not returned) from 70% to 78%"
    # A window's days are no figure of the measure; the window stays with it.
    text = _finding_rewrite(
        "Objective: Shoppers keep what they buy\nKR: return rate within 14 days from 30% to 22%",
        "kr-negative-phrasing",
    )
    assert text == "Raise the share of orders kept (not returned) within 14 days from 70% to 78%"


def test_work_done_on_all_of_them_within_a_limit_is_the_share_that_meets_it() -> None:
    # Decision 364 (blind read 11, rw-044): a standard kept on each of them, not "which number
    # does this work move".
    head = "Objective: Stay safe to run in Q3\nKR1: Uptime 99.95%\nKR2: "
    assert (
        _finding_rewrite(head + "Review all new supplier contracts within SLA", "kr-is-task")
        == "100% of new supplier contracts reviewed within SLA"
    )
    assert _finding_rewrite(
        head + "Onboard every new vendor within 10 days", "kr-is-task"
    ).startswith("100% of new vendors onboarded within 10 days")
    # A deadline for the whole lot, or no "all/every": the work it is, asked about.
    for kr in (
        "Migrate all legacy dashboards within 6 weeks",
        "Review the new supplier contracts within SLA",
    ):
        assert "100%" not in _finding_rewrite(head + kr, "kr-is-task")


def test_two_measures_named_together_become_two_key_results() -> None:
    # Decision 365 (blind read 11, rw-041): one pair of placeholders for two measures read as a
    # skeleton to fix; each measure gets its own baseline and target on its own line.
    text = "Objective: A checkout people trust in Q3\nKR1: Uptime 99.9%\nKR2: Improve CSAT and NPS (owner: Jo)"
    for rule_id in ("kr-not-quantified",):  # "Improve" folds into it (decision 428)
        assert _finding_rewrite(text, rule_id) == (
            "Improve CSAT from [baseline] to [target] (owner: Jo)\n"
            "Improve NPS from [baseline] to [target]"
        )
    # A pair that is not two measures is still asked about.
    text = (
        "Objective: A checkout people trust in Q3\nKR1: Uptime 99.9%\nKR2: Reduce costs and delays"
    )
    assert "\n" not in _finding_rewrite(text, "kr-not-quantified")


def test_a_sibling_sharing_only_a_word_of_when_is_no_link() -> None:
    # Decision 366 (blind read 11, rw-117): "through the holidays" says when the key result is
    # counted; drills for the holidays do not move the temp staff's attrition.
    text = (
        "Objective: Get through the holidays in one piece\n"
        "KR1: Attrition of temp staff under 12% through the holidays\n"
        "KR2: Run 4 holidays readiness drills before Dec 1"
    )
    assert "Attrition" not in _finding_rewrite(text, "kr-is-task")
    # The same word naming what the key result is about still links them.
    text = (
        "Objective: Get through the holidays in one piece\n"
        "KR1: Holidays readiness score from 60 to 85\n"
        "KR2: Run 4 holidays readiness drills before Dec 1"
    )
    assert "Holidays readiness score" in _finding_rewrite(text, "kr-is-task")


def test_a_date_goes_first_when_the_key_result_has_a_window_of_its_own() -> None:
    # Decision 368 (blind read 11, rw-131): "… in the first 30 days by [date]" stacked two
    # times; the date leads instead.
    text = "Objective: Win the mid-market\nKR: Trial users active within 14 days of signup from 30% to 45%"
    assert _finding_rewrite(text, "kr-no-deadline") == (
        "By [date], trial users active within 14 days of signup from 30% to 45%"
    )
    text = "Objective: Win the mid-market\nKR: Trial activation from 30% to 45%"
    assert _finding_rewrite(text, "kr-no-deadline") == "Trial activation from 30% to 45% by [date]"


def test_a_zero_of_bad_events_is_asked_what_holding_it_brings() -> None:
    # Decision 369 (rewrite9's leftover): nothing "comes down" from zero, and a zero of events
    # no metric knows is asked about too, not left without a suggestion.
    for kr, start in (
        ("全季度零工伤", "“全季度零工伤”是要守住的底线，守住它换来的是什么？"),
        ("全季度零叉车事故", "“全季度零叉车事故”是要守住的底线"),
    ):
        rv = review(f"目标：2026年Q3仓库安全稳稳当当\n关键结果：{kr}", config=NO_MODEL)
        (f,) = [f for f in rv.findings if f.rule_id == "kr-negative-phrasing"]
        (s,) = f.suggestions
        assert s.asks and s.text.startswith(start) and "降下来" not in s.text
    rv = review("Objective: A safe yard in Q3\nKR: Zero lost-time injuries", config=NO_MODEL)
    (f,) = [f for f in rv.findings if f.rule_id == "kr-negative-phrasing"]
    assert f.suggestions[0].text.startswith("“Zero lost-time injuries” is a line to hold")
    # Bad events brought down to none are no zero held.
    rv = review("目标：2026年Q3代码干干净净\n关键结果：Sonar严重问题清零", config=NO_MODEL)
    texts = [s.text for f in rv.findings for s in f.suggestions]
    assert not any("底线" in t for t in texts)


def test_an_absence_word_is_not_quoted_as_the_bad_events_and_a_clock_time_stays_with_them() -> None:
    # Decision 359 (lead's user check): "不再熬夜到凌晨2点以后" was rewritten "熬夜0次到凌晨2点以后" and
    # asked how "“不再熬夜”降下来"; "未发生…事故" is a zero held, and an owner is no part of a quote.
    head = "目标：2027年上半年身体和情绪都稳住\n关键结果："
    text = head + "不再熬夜到凌晨2点以后（施雨桐）"
    assert _finding_rewrite(text, "kr-not-quantified") == "熬夜到凌晨2点以后0次（施雨桐）"
    assert _finding_rewrite(text, "kr-negative-phrasing").startswith("“熬夜到凌晨2点以后”降下来")
    assert _finding_rewrite(head + "不再出现涂装不良", "kr-not-quantified") == "涂装不良0次"
    assert _finding_rewrite(head + "不被客户投诉", "kr-not-quantified") == "客户投诉0次"
    assert _finding_rewrite(head + "没有客户投诉（施雨桐）", "kr-negative-phrasing").startswith(
        "“没有客户投诉”是要守住的底线"
    )
    assert _finding_rewrite(head + "全年未发生重大安全事故", "kr-negative-phrasing").startswith(
        "“全年未发生重大安全事故”守住的是什么？"  # decision 936
    )


def test_a_measure_named_without_its_unit_or_scope_gets_both() -> None:
    # Decision 370 (rewrite9's leftovers): discounting is counted as a rate, complaints about
    # late orders stand for orders on time, an escalation keeps the level it goes to.
    head = "Objective: Sell on value, deliver on time in Q3\nKR1: Win rate 30%\nKR2: "
    assert _finding_rewrite(head + "Cut discounting (owner: Jo)", "kr-not-quantified") == (
        "Cut the average discount rate from [baseline] to [target] (owner: Jo)"
    )
    assert _finding_rewrite(
        head + "Late delivery complaints from 40 to 10 a month (owner: Jo)", "kr-negative-phrasing"
    ).startswith("Raise the share of orders delivered on time from [baseline] to [target]")
    text = "目标：2026年Q3让客户的问题在门店就解决\n关键结果：投诉升级到区域经理的次数减少一半（负责人：王芳）"
    assert _finding_rewrite(text, "kr-negative-phrasing").startswith(
        "无需升级到区域经理即解决的投诉占比从[基线]提升到[目标值]"
    )


def test_a_system_or_a_period_ending_in_du_is_no_measure_to_template() -> None:
    # Decision 328: "优化排班制度" names no measure ("制度" ends in 度 like 满意度 does): asked
    # which number it moves, not templated as "优化排班制度从[基线]提升到[目标值]".
    head = "目标：2027年Q1让护士愿意留下来\n关键结果1：护士保留率从88%提升到94%\n关键结果2："
    # 完善 + a document is work on a deliverable since decision 1854: its one finding is the task
    for kr, rule in (
        ("优化排班制度（负责人：何静）", "kr-not-quantified"),
        ("完善年度考核制度（负责人：何静）", "kr-is-task"),
    ):
        text = _finding_rewrite(head + kr, rule)
        assert "从[基线]提升到[目标值]" not in text and "制度从" not in text
    assert _finding_rewrite(head + "提高护士满意度（负责人：何静）", "kr-not-quantified") == (
        "护士满意度从[基线]提升到[目标值]（负责人：何静）"
    )


def test_a_dash_before_a_trailing_owner_stays_with_the_owner() -> None:
    # Decision 329 (user check): "… — owner: Ines" keeps its dash before the owner, not before
    # the placeholders ("Improve … — from [baseline] to [target] owner: Ines").
    head = "Objective: Make every dollar of paid spend count in Q2\nKR: "
    assert _finding_rewrite(
        head + "Improve landing page conversion — owner: Ines", "kr-not-quantified"
    ) == ("Improve landing page conversion from [baseline] to [target] — owner: Ines")
    assert _finding_rewrite(head + "Grow signups - Owner: Ines", "kr-not-quantified") == (
        "Grow signups from [baseline] to [target] - Owner: Ines"
    )


# Blind read 11, Chinese (decisions 371-376).


def test_a_plan_band_is_said_as_the_range_to_hit() -> None:
    # Decision 371 (rw-016): "±5%" around the budget is 95%–105% of it, not a bad event to cut.
    draft = "目标：2026年把预算管成一本明白账\n关键结果：采购预算执行偏差率控制在±4%以内"
    assert _finding_rewrite(draft, "kr-negative-phrasing") == "采购预算执行率保持在96%–104%之间"
    draft = "目标：2026年交付更稳\n关键结果：月度生产计划偏差不超过±2.5%"
    assert (
        _finding_rewrite(draft, "kr-negative-phrasing")
        == "月度生产计划执行率保持在97.5%–102.5%之间"
    )


def test_financing_cost_gets_its_own_direction_not_spending_wisely() -> None:
    # Decision 372 (rw-022): interest is the price of borrowing, not money spent on work.
    text = _finding_rewrite(
        "目标：压降财务费用\n关键结果：年底前置换两笔高息贷款", "objective-is-metric"
    )
    assert "刀刃" not in text and "利息" in text
    assert (
        _finding_rewrite("目标：压降差旅费用", "objective-is-metric")
        == "差旅费用的每一分钱都花在刀刃上"
    )
    text = _finding_rewrite("Objective: Lower interest expense by 15%", "objective-is-metric")
    assert "every dollar" not in text.lower() and "borrow" in text.lower()


def test_an_objective_over_a_whole_year_is_asked_which_year() -> None:
    # Decision 373 (rw-086): no "在[日期]前，…全年…"; the year is asked for as the cycle.
    draft = "目标：让每位员工全年平安上下班\n关键结果：非计划停机从每月6次降到2次"
    text = _finding_rewrite(draft, "objective-no-timeframe")
    assert text == "让每位员工全年平安上下班（周期：[年份]1—12月）"
    filled = draft.replace("让每位员工全年平安上下班", rewrite_fix_rate.fill(text))
    rv = review(filled, config=NO_MODEL)
    assert not [f for f in rv.findings if f.rule_id == "objective-no-timeframe"]


def test_the_vague_word_message_matches_the_question_it_comes_with() -> None:
    # Decision 374 (rw-161): the suggestion asks which number moves, so the message does too.
    rv = review(
        "Objective: Win bigger enterprise deals in Q3\nKR: Cross-team collaboration up",
        config=NO_MODEL,
    )
    (f,) = [f for f in rv.findings if f.rule_id == "kr-vague-wording"]
    assert f.suggestions[0].asks
    assert "which number" in f.message
    rv = review(
        "Objective: Win bigger enterprise deals in Q3\nKR: Partner referrals up", config=NO_MODEL
    )
    (f,) = [f for f in rv.findings if f.rule_id == "kr-vague-wording"]
    assert not f.suggestions[0].asks and "which number" not in f.message


def test_a_change_verb_without_a_number_is_said_once() -> None:
    # Decision 428 (tester7): "降低退货率", "Lose weight", "优化收银流程" lack a number; the verb
    # is no vaguer than that. One finding says it (kr-not-quantified); the checklist still
    # fails "specific" (decision 47), and a hedge beside it is still its own finding.
    for text in (
        "目标：2026年Q3让顾客买得放心\n关键结果：降低退货率",
        "目标：2026年门店服务做出口碑\n关键结果：优化收银流程",
        "Objective: Run my first half marathon in Q2\nKR: Lose weight",
    ):
        rv = review(text, config=NO_MODEL)
        shown = {f.rule_id for f in rv.findings if f.target == "o1.kr1"}
        assert "kr-not-quantified" in shown and "kr-vague-wording" not in shown, shown
        [kr] = rv.objectives[0].key_results
        assert {c.rule_id: c.status for c in kr.checks}["kr-vague-wording"] == "fail"
    rv = review("目标：2026年Q3让顾客买得放心\n关键结果：尽量降低退货率", config=NO_MODEL)
    assert [f.rule_id for f in rv.findings if f.rule_id == "kr-vague-wording"]


def test_quotes_inside_a_quote_turn_single() -> None:
    # Decision 375 (rw-095): “拿下集团“年度优秀门店”” reads as two quotes; the inner pair turns ‘’.
    rv = review("目标：2026年门店做出名气\n关键结果：拿下集团“年度优秀门店”", config=NO_MODEL)
    # What the coach says (messages, questions, notes); an edit of the line itself (the owner
    # patch, decision 966) keeps the draft's own quotes.
    said = [f.message for f in rv.findings] + [
        t
        for f in rv.findings
        for s in f.suggestions
        for t in (s.text if not s.edits else "", s.note or "")
    ]
    assert any("“拿下集团‘年度优秀门店’”" in t for t in said), said
    assert not any("“年度优秀门店”" in t for t in said)


def test_a_cut_by_an_amount_is_not_called_relative() -> None:
    # Decision 376 (rw-169): "降低80万元" is a change by an amount; "降低8%" is relative.
    rv = review("目标：2026年降本增效\n关键结果：年底前物流费用降低80万元", config=NO_MODEL)
    (f,) = [f for f in rv.findings if f.rule_id == "kr-no-baseline"]
    assert "相对变化" not in f.message and "数额" in f.message
    rv = review("目标：2026年降本增效\n关键结果：年底前物流费用降低8%", config=NO_MODEL)
    (f,) = [f for f in rv.findings if f.rule_id == "kr-no-baseline"]
    assert "相对变化" in f.message


def test_routine_work_on_a_thing_is_counted_as_the_things_done() -> None:
    # Decision 379 (tester7): "100% of renew the business licenses on time" read the verb as
    # the thing counted.
    head = "Objective: A bakery that runs like clockwork in fall 2026\nKR: "
    assert _finding_rewrite(
        head + "Renew the business license on time [Tom]", "kr-not-quantified"
    ) == ("100% of business licenses renewed on time [Tom]")
    assert _finding_rewrite(
        head + "Payroll run accurately and on time every month [Tom]", "kr-not-quantified"
    ) == ("100% of payroll runs on time and error-free every month [Tom]")


def test_a_measure_named_before_its_word_is_no_scope_of_the_objective() -> None:
    # Decision 380 (tester7): "profit margin" is one measure, not the margin of "profit
    # customers"; a scope before the word stays ("enterprise customers").
    def direction(objective: str) -> str:
        return _finding_rewrite(
            f"Objective: {objective}\nKR: Gross margin from 12% to 18% by Q4 (Tom)",
            "objective-is-metric",
        )

    assert "profit customers" not in direction("Increase profit margin to 18% in Q4")
    # the date leads the new wording (decision 5422)
    assert direction("Grow enterprise revenue 30% in Q4").startswith(
        "In Q4, become the first choice of enterprise customers"
    )


def test_an_adverb_before_the_direction_word_is_left_out_of_the_measure() -> None:
    # Decision 381 (tester7): the rewrite of a vague "X significantly higher" must not keep
    # the word kr-vague-wording objects to.
    text = "Objective: Customers help themselves in Q3\nKR: Self-service deflection rate significantly higher (Ana)"
    for rule in ("kr-vague-wording", "kr-not-quantified"):
        assert _finding_rewrite(text, rule) == (
            "Raise self-service deflection rate from [baseline] to [target] (Ana)"
        )


def test_a_task_sharing_only_the_people_with_a_measured_kr_is_not_sent_to_it() -> None:
    # Decision 386 (tester7): reading a law commentary has nothing to do with the lawyers'
    # attrition KR beside it; only the role word ("律师", "nurses") is shared.
    text = (
        "律所2026年Q2 OKR\n目标：成为客户最信任的公司法团队\n关键结果1：律师离职率控制在5%以内（合伙人 王敏）\n"
        "关键结果2：每位律师读完《公司法》新修订解读（合伙人 王敏）\n"
    )
    assert "离职率" not in _finding_rewrite(text, "kr-is-task")
    text = (
        "Objective: Nurses who stay and grow in H1 2026\nKR1: Nurse turnover from 18% to 10% (Ana)\n"
        "KR2: Nurses attend the new wound-care course (Ana)\n"
    )
    assert "turnover" not in _finding_rewrite(text, "kr-is-task")


def test_a_measure_after_youhua_takes_its_own_direction() -> None:
    # Decision 389 (tester7): "优化" names no direction; the rewrite drops it and moves the
    # measure the way its kind is better ("优化详情页转化率从[基线]提升到[目标值]" kept a second verb,
    # and a time was "提升"ed).
    head = "目标：2026年Q3让顾客买得放心（负责人：孙悦）\n关键结果1："
    assert _finding_rewrite(head + "进一步优化详情页转化率", "kr-not-quantified") == (
        "详情页转化率从[基线]提升到[目标值]"
    )
    assert _finding_rewrite(head + "优化平均处理时长", "kr-not-quantified") == (
        "平均处理时长从[基线]缩短到[目标值]"
    )
    assert (
        _finding_rewrite(head + "优化物流成本", "kr-not-quantified")
        == "物流成本从[基线]降低到[目标值]"
    )


def test_an_honour_won_is_not_called_work() -> None:
    # Decision 431 (blind read 12, rw-013): an award others give is a result, not a task for the
    # plan; the question asks which number shows the team deserves it.
    rv = review(
        "目标：2026年Q3让数据团队成为业务最信赖的伙伴\n关键结果：拿到公司“年度最佳团队”",
        config=NO_MODEL,
    )
    said = [t for f in rv.findings for s in f.suggestions for t in (s.text, s.note or "")]
    assert any("别人评出的结果" in t and "哪个数字" in t for t in said), said
    assert not any("要做的工作，不是结果" in t or "放进行动计划" in t for t in said), said
    # A certification is still work (PRINCIPLES.md), and no honour.
    rv = review(
        "目标：2026年Q3让客户放心把数据交给我们\n关键结果：获得等保三级认证", config=NO_MODEL
    )
    said = [t for f in rv.findings for s in f.suggestions for t in (s.text, s.note or "")]
    assert not any("别人评出的结果" in t for t in said), said


def test_every_one_of_them_doing_it_is_the_share_doing_it() -> None:
    # Decision 432 (tester7): "each teacher" is measured as the share of teachers, in the order
    # the measure is said, without the hedge or 让 before it.
    for kr in ("尽量让每位老师都参加教研活动", "让全体老师都参加教研活动"):
        text = "目标：2026年秋季学期让每堂课都更有料（负责人：周敏）\n关键结果：" + kr
        assert _finding_rewrite(text, "kr-not-quantified") == "参加教研活动的老师比例达到100%"
    # a cadence after 每 is no one covered
    text = "目标：2026年秋季学期让每堂课都更有料（负责人：周敏）\n关键结果：每个月组织一次复盘"
    rv = review(text, config=NO_MODEL)
    said = [s.text for f in rv.findings for s in f.suggestions]
    assert not any("比例达到100%" in t for t in said), said


def _finding_note(text: str, rule_id: str) -> str:
    rv = review(text, config=NO_MODEL)
    for f in rv.findings:
        if f.rule_id == rule_id:
            return (
                next(s for s in f.suggestions if s.kind == "rewrite" and (s.edits or s.asks)).note
                or ""
            )
    raise AssertionError(rv.findings)


@pytest.mark.parametrize(
    ("objective", "kr", "rule", "kept"),
    [
        (
            "目标：本季度把固定资产管好（负责人：老王）",
            "年底前完成全厂固定资产盘点，账实相符率≥99%",
            "kr-is-task",
            "年底前账实相符率≥99%",
        ),
        (
            "目标：本季度在B站做出第一个10万粉的饮料品牌号（负责人：Kiki）",
            "视频号直播试播4场，场均观看1万",
            "kr-activity-count",
            "视频号直播场均观看1万",  # what the efforts are kept (decision 646)
        ),
        (
            "目标：本季度让CRM好用起来（负责人：老王）",
            "完成CRM系统切换，销售录单时间缩短一半",
            "kr-is-task",
            "销售录单时间缩短一半",
        ),
        (
            "Objective: Make billing painless in Q3 (owner: Ana)",
            "Finish the warehouse stock count by June 30, inventory accuracy at 99%",
            "kr-is-task",
            "Inventory accuracy at 99% by June 30",
        ),
    ],
)
def test_a_result_written_beside_the_work_is_kept_as_the_key_result(
    objective: str, kr: str, rule: str, kept: str
) -> None:
    # Decision 487 (blind read 13, rw-039 and rw-149): the item already holds its number; the
    # rewrite keeps it and sends the work to the plan instead of asking "which number?".
    text = f"{objective}\n关键结果1：{kr}" if "目标" in objective else f"{objective}\nKR1: {kr}"
    assert _finding_rewrite(text, rule) == kept
    said = _finding_note(text, rule)
    assert ("已经写出的结果" in said and "行动计划" in said) or (
        "already names" in said and "in the plan" in said
    ), said


@pytest.mark.parametrize(
    "kr",
    [
        "每周跑步3次，每次5公里",  # a figure for each effort is no result of its own
        "完成盘点，账实相符率≥99%，形成盘点报告",  # more work after the result
    ],
)
def test_a_figure_for_each_effort_or_work_after_the_result_is_not_kept(kr: str) -> None:
    text = f"目标：本季度跑完半马，管好资产（负责人：我）\n关键结果1：{kr}"
    rv = review(text, config=NO_MODEL)
    said = [s.note or "" for f in rv.findings for s in f.suggestions]
    assert not any("已经写出的结果" in t for t in said), said


def test_zero_downtime_is_a_line_to_hold_not_a_perfect_availability() -> None:
    # Decision 488: "零宕机" is not rewritten "可用率达到100%" (a workshop reads it as impossible,
    # and availability is another number than outages, decision 82); a count brought down
    # still names availability with figures for the person to set.
    text = "目标：本季度让客户随时都能用上我们的服务（负责人：老王）\n关键结果1：客服系统零宕机"
    rv = review(text, config=NO_MODEL, select=["kr-negative-phrasing"])
    (f,) = rv.findings
    (s,) = f.suggestions
    assert s.asks and "要守住的底线" in s.text and "100%" not in s.text
    text = text.replace("客服系统零宕机", "支付系统宕机次数从每月3次降到1次")
    assert _finding_rewrite(text, "kr-negative-phrasing") == "支付系统可用率从[基线]提升到[目标值]"
    # another kind's zero keeps its whole positive side (decision 369's neighbour)
    text = text.replace("支付系统宕机次数从每月3次降到1次", "全年无数据丢失")
    assert _finding_rewrite(text, "kr-negative-phrasing") == "全年数据完整率达到100%"


@pytest.mark.parametrize(
    ("kr", "expected"),
    [
        ("项目开发费用不超预算", "项目开发费用预算执行率≤100%"),
        ("活动费用控制在预算内", "活动费用预算执行率≤100%"),
        (
            "Keep the website rebuild within budget",
            "Website rebuild spend at or under 100% of budget",
        ),
        ("Office move comes in under budget", "Office move spend at or under 100% of budget"),
    ],
)
def test_within_budget_is_the_share_of_the_budget_spent(kr: str, expected: str) -> None:
    # Decision 489 (blind reads 11 and 13, rw-016 and rw-143): "not over budget" has an obvious
    # number — the budget spent, at most 100% — offered instead of a question.
    head = (
        "目标：本季度把钱花在刀刃上（负责人：老王）\n关键结果1："
        if kr[0] > "\u4e00"
        else ("Objective: Make every dollar count in Q3 (owner: Ana)\nKR1: ")
    )
    assert _finding_rewrite(head + kr, "kr-not-quantified") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Objective: Customers who tell their friends in Q3 (owner: Ana)\nKR1: NPS +15 pts",
        "目标：2026年Q3让会员愿意留下来（负责人：王芳）\n关键结果1：会员留存率提升5个百分点",
    ],
)
def test_points_are_a_change_by_an_amount(text: str) -> None:
    # Decision 490 (blind read 12, rw-098): "+15 pts" moves the measure by 15 points, an
    # absolute change; a percentage of the start ("up 20%") stays relative.
    rv = review(text, config=NO_MODEL)
    (f,) = [f for f in rv.findings if f.rule_id == "kr-no-baseline"]
    assert "relative" not in f.message and "相对变化" not in f.message, f.message
    assert "by an amount" in f.message or "数额" in f.message


def _suggestions(kr_or_objective: str, rule_id: str, objective: bool = False) -> list[str]:
    if objective:
        text = (
            f"Objective: {kr_or_objective} (Q3)\nKR1: Average wait at the till from 9 to 4 "
            "minutes (owner: Sam)\nKR2: Saturday sales from $900 to $1,400 (owner: Sam)"
        )
    else:
        text = (
            f"Objective: Fund the rescue (Q3)\nKR1: {kr_or_objective} (owner: Tom)\n"
            "KR2: Monthly donors from 40 to 90 (owner: Tom)"
        )
    result = review(text, config=NO_MODEL)
    target = "o1" if objective else "o1.kr1"
    return [
        s.text
        for f in result.findings
        if f.rule_id == rule_id and f.target == target
        for s in f.suggestions
    ]


def test_make_x_faster_keeps_its_object():
    # tester10 B3: "Make making weekend mornings quick and painless" (decision 585)
    assert _suggestions("Make weekend mornings faster", "objective-is-metric", True)[0] == (
        "Make weekend mornings quick and painless (Q3)"
    )
    assert _suggestions("Get new customers live fast", "objective-is-metric", True)[0] == (
        "Make getting new customers live quick and painless (Q3)"
    )


def test_a_phrasal_verb_leaves_with_its_direction():
    # tester10 B3: "Raise get the team GPA from [baseline] to [target]" (decision 586)
    assert _suggestions("Get NPS up", "kr-not-quantified")[0] == (
        "Raise NPS from [baseline] to [target] (owner: Tom)"
    )
    assert _suggestions("Bring costs down", "kr-not-quantified")[0] == (
        "Cut costs from [baseline] to [target] (owner: Tom)"
    )
    assert _suggestions("Get the team GPA up", "kr-vague-wording")[0] == (
        "Raise the team GPA from [baseline] to [target] (owner: Tom)"
    )


def test_a_vague_amount_as_the_object_becomes_the_number():
    # tester10 B3: "Raise as much as possible from the spring appeal from [baseline] to [target]"
    # kept the words it flagged (decision 587)
    for rule_id in ("kr-not-quantified", "kr-vague-wording"):
        assert _suggestions("Raise as much as possible from the spring appeal", rule_id)[0] == (
            "Raise [N] from the spring appeal (owner: Tom)"
        )
    assert _suggestions(
        "Grow as much as possible the mobile weekly active users", "kr-vague-wording"
    )[0] == ("Grow the mobile weekly active users from [baseline] to [target] (owner: Tom)")
    assert _suggestions("Grow revenue as much as possible", "kr-not-quantified")[0] == (
        "Grow revenue from [baseline] to [target] (owner: Tom)"
    )


def _added_lines(text: str, rule_id: str) -> list[str]:
    """The new lines `rule_id`'s suggestions add to `text`."""
    result = review(text, config=NO_MODEL)
    return [
        e.replacement
        for f in result.findings
        if f.rule_id == rule_id
        for s in f.suggestions
        for e in s.edits
        if e.replacement.startswith("\n")
    ]


def test_a_key_result_split_off_keeps_the_indentation_and_its_number_when_last():
    # tester10 B3: "KR：最终1个offer" at the left margin, unnumbered (decision 588)
    last = "Objective: Win Q3\n  KR1: Sign 5 customers (owner: Al)\n  KR2: Newsletter subscribers from 20k to 60k and open rate to 45% (owner: Al)"
    assert _added_lines(last, "kr-compound") == ["\n  KR3: Open rate to 45% (owner: Al)"]
    middle = "目标：本学期拿到实习\n   KR1：拿到至少3个面试邀请，最终1个offer\n   KR2：简历通过率从10%提升到30%"
    assert _added_lines(middle, "kr-compound") == ["\n   KR：最终1个offer"]


def test_a_metric_objective_measured_below_adds_no_second_key_result():
    # tester10 B3: "Cut cloud costs from [baseline] to [target]" beside a spend KR (decision 589)
    def added(objective: str, kr: str) -> list[str]:
        text = (
            f"Objective: {objective} in Q3\nKR1: {kr} (owner: Kim)\n"
            "KR2: Sign 20 new customers (owner: Al)"
        )
        return _added_lines(text, "objective-is-metric")

    assert added("Cut cloud costs", "Snowflake spend per query down 30%") == []
    assert added("Increase customer retention", "NPS from 30 to 40") == [
        "\nKR3: Customer retention from [baseline] to [target]"  # the measure's name (935)
    ]
