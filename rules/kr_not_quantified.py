"""kr-not-quantified: a key result with no number, target or dated milestone."""

from __future__ import annotations

from coach.rule_api import UNKNOWN, Example, Fix, Hit, Rule
from rules._draft_structure import is_empty, promised_later, target_promised
from rules._kr_common import mapping_terms, measurable
from rules._outcome import cadence_word, measure_fix, routine_on_time, universal_subject_fix
from rules._result_shape import reading


class KrNotQuantified(Rule):
    """What it does: flags a key result that gives no target number and no placeholder for one
    (xx, [N]): "提升客户满意度", "Improve onboarding", "全员完成信息安全培训", "Launch the referral
    program by Sep 1".

    Why is this bad? 定量的: a key result answers “如何得知我们朝目标推进了多少” — how far did we
    get? Without a number nobody can score it at the end of the cycle.

    How it decides (docs/principles.md, Quantified): a number in digits or words, a cap, zero as
    a count, a multiple ("翻番", "double") or a placeholder is a target; a date alone is a
    deadline, not a target; a universal word without digits ("all partners", "全员", "所有门店")
    says who is covered, not how many; a number that names a thing ("PG16", "module 1") or an
    article ("写一份报告") is not a target. On a task the report shows kr-is-task's finding only,
    and the checklist still says this principle fails.

    Use instead: a measure with its baseline and target ("客户满意度从80%提升到90%", "100% of
    partners certified by Q3").
    """

    id = "kr-not-quantified"
    target = "kr"
    severity = "error"
    category = "measurable"
    issue_type = "non-conformance"
    fix = "sometimes"
    similar_examples = True
    model_label = "kr-not-quantified"
    model_message = {
        "zh": "这条关键结果读起来没有可衡量的数字目标（模型判断）。",
        "en": "This key result reads as having no measurable target (the model's reading).",
    }
    principle = {
        "zh": "定量的：如何得知我们朝目标推进了多少？",
        "en": "Quantitative: how do we know how far we have moved toward the objective?",
    }
    message = {
        "zh": "这个关键结果{why}。",
        "en": "This key result {why}.",
    }
    explanation = {
        "zh": "关键结果要回答“如何得知我们朝目标推进了多少”。没有数字，周期结束时就无法打分，也说不清进展。"
        "写明衡量什么、从多少到多少（如“客户满意度从80%提升到90%”）；不知道基线时先写[基线]占位。"
        "日期只是期限，不是目标值；“全员”“所有门店”要写成“100%的员工”“100%的门店”。",
        "en": "A key result answers “how do we know how far we moved toward the objective?”. "
        "Without a number it cannot be scored at the end of the cycle. Say what is measured and "
        "from what to what (“raise CSAT from 80% to 90%”); write [baseline] when you do not know "
        "it yet. A date is a deadline, not a target; write “all partners” as “100% of "
        "partners”.",
    }
    examples = (
        Example("zh", "«提升客户满意度»", True),
        Example("zh", "«优化客户回复流程»", True),
        Example("zh", "«建立一个客户推荐计划»", True),
        Example("zh", "«全年无客户数据泄露事件»", True, note="a zero in words: written as 0"),
        Example("zh", "«扩大品牌在华东地区的影响力»（负责人：李雷）", True),
        Example("zh", "«9月1日前推出客户推荐计划»", True, note="日期只是期限，不是目标值"),
        Example("zh", "«全员完成信息安全培训»", True, note="“全员”没有数字"),
        Example("zh", "«完成仓储管理系统三期项目验收»", True, note="三期是项目的名字（决定120）"),
        Example("zh", "客户问题解决时间缩短至2天", False),
        Example(
            "zh",
            "在xx销售周期内比同期多组织XX场小区营销活动",
            False,
            note="decision 6230",
            workshop=False,
        ),
        Example("zh", "100%的员工完成信息安全培训", False, note="decision 6230", workshop=False),
        Example("zh", "门店客诉零起", False),
        Example("zh", "全季度零工伤", False, note="zero, glued by the segmenter (decision 308)"),
        Example("zh", "«车间5S达标»", True, note="5S names a method, not 5 seconds (decision 314)"),
        Example("zh", "车间5S检查得分达到90分", False, note="decision 314"),
        Example(
            "zh", "三季度签下一家省级经销商", False, note="one to win is a count (decision 189)"
        ),
        Example("zh", "考前刷完两遍历年真题", False, note="两遍 counts the passes (decision 189)"),
        Example(
            "zh", "报销打款周期由按月调整为每两周", False, note="a cadence moved (decision 190)"
        ),
        Example(
            "zh", "小程序在应用商店的排名进入前五", False, note="前五 is a rank (decision 190)"
        ),
        Example("zh", "«（待定）»", True, note="an unwritten row: still empty (decision 561)"),
        Example("en", "«Improve customer satisfaction»", True),
        Example("en", "«Make onboarding smoother for new accounts»", True),
        Example("en", "«Strengthen our brand in Europe»", True),
        Example("en", "«Get more 5-star Google reviews»", True, note="5-star is a class (388)"),
        Example("en", "«Launch the referral program by Sep 1»", True, note="a date is no target"),
        Example("en", "«Certify every partner rep on the new platform»", True),
        Example("en", "«Upgrade every cluster to PG16»", True, note="16 names the version"),
        Example("en", "Raise NPS from 30 to 45", False),
        Example("en", "Double weekly active users", False),
        Example("en", "Deploy frequency from weekly to daily", False, note="decision 131"),
        Example(
            "en",
            "One sketch a week from March to June",
            False,
            note="a rate per cadence (decision 22)",
        ),
        Example("en", "Zero P0 incidents in production", False),
        Example("en", "100% of partner reps certified on the new platform", False),
        Example("en", "«Check-in kiosks work well at every branch»", True, note="decision 258"),
        Example(
            "en",
            "«Billing database running on Postgres 16»",
            True,
            note="a version names the product, it counts nothing (decision 259)",
        ),
        Example("en", "Node 20 on all 30 services", False, note="30 counts; 20 is a version"),
        Example(
            "en",
            "Stop buying lunch out more than once a week",
            False,
            note="a habit capped at one a week: the cap is its number (decision 420)",
        ),
        Example("en", "«Clear the waiting list»", True, note="0 left on it (decision 1013)"),
        Example("en", "«Backlog of support tickets emptied»", True, note="decision 1013"),
        Example("en", "0 people left on the waiting list", False, note="decision 1013"),
        Example("zh", "«清空积压工单»", True, note="积压工单降为0（决定1013）"),
        Example("zh", "«6月底前清空遗留缺陷»", True, note="决定1013"),
        Example("zh", "积压工单全部清零", False, note="清零 is the zero (decision 1013)"),
        Example(
            "en",
            "«Upgrades not delayed for any enterprise customer»",
            True,
            note="100% on time is the measured form (decision 1010)",
        ),
        Example("zh", "«没有任何企业客户的升级被延误»", True, note="决定1010"),
        Example("en", "«No release slips more than a week»", True, note="no cadence (1011)"),
        Example("zh", "能识别钓鱼邮件的员工占比从60%提升到95%", False),  # decision 6230
        Example(
            "zh", "本季度小区营销活动带来的新会员从每月120人增加到300人", False
        ),  # decision 6230
    )

    def check(self, item, draft):
        if target_promised(item):
            # "付费转化率提升到（目标值待定）", "Repeat visits from 40% to TBD": the measure named,
            # its number promised later: unknown, not missing (PRINCIPLES.md; decision 658)
            return UNKNOWN
        if measurable(item):
            return []
        if promised_later(item):
            # "TBD", "TBD (Jonas to propose a metric)": a number promised later is unknown,
            # not missing (PRINCIPLES.md): said, at a warning's weight (decision 658)
            why = {
                "zh": "还没有写（待定）：周期开始前定下它衡量什么、从多少到多少",
                "en": "is still empty, to be set: agree what it measures and from what to what "
                "before the cycle starts",
            }
            hit = Hit(args={"why": why})
            hit.severity = "warning"
            return [hit]
        if is_empty(item):
            # "- [ ]", "KR2.3  TBD", "KR3：（待定）": a row not written yet, not a key result
            # whose number is missing (decision 561).
            why = {
                "zh": "还没有写：写出衡量什么、从多少到多少，或者删掉这一行",
                "en": "is still empty: write what it measures and from what to what, or delete "
                "the line",
            }
            return [Hit(args={"why": why})]
        # kr-is-task's rewrite, or kr-vague-wording's "[N]" for "若干", brings the number when
        # those rules fire here: a second rewrite would collide with it. A task's finding says
        # it already: this one is left out of the report (the checklist keeps "fail").
        yields = (
            ("kr-is-task", "kr-vague-wording")
            if mapping_terms(item, "kr_vague_quantities")
            else ("kr-is-task",)
        )

        def build() -> list[Fix]:
            fix = measure_fix(item, draft)
            fix.yields_to = yields
            return [fix]

        every = cadence_word(item)
        folds: tuple[str, ...] = ("kr-is-task",)
        if every is not None and not routine_on_time(item) and universal_subject_fix(item) is None:
            folds = ("kr-is-task", "kr-activity-count")
        if every is not None and universal_subject_fix(item) is not None:
            # "Each site GM runs their own weekly ops review (no Lee)": the rewrite scores the
            # share of them that do it on their own (decision 318), so the message does not fault
            # the cadence the rewrite keeps (decision 937)
            every = None
        if every is not None and reading(item).reason in ("measure", "state"):
            # "Weekly group meeting attendance": the cadence names what is measured, no work
            # repeated; the rate lacks its number (decision 1182). "Smoke tests pass on every
            # deploy": the runs a state is held on, no work repeated either (decision 5029)
            every = None
        if every is None:
            why = {"zh": "没有可衡量的数字或目标值", "en": "has no number or target to measure"}
        else:
            # Recurring work has a number, its cadence; what it lacks is a target for what it
            # should change (blind read 5, decision 142).
            why = {
                "zh": f"是例行工作（“{every}”）：说了多久做一次，没说要改变什么、改变到多少",
                "en": f"is recurring work (“{every}”): it says how often, not what it should "
                "change or by how much",
            }
        # The rewrite is built only when this finding is reported: on a task it folds into
        # kr-is-task's finding, whose rewrite brings the number.
        return [
            Hit(
                args={"why": why},
                fixes=[Fix(edits=[], yields_to=yields)],
                # Recurring work with no count ("Post on Instagram daily") is one fault, said
                # by kr-activity-count; the checklist keeps "quantified: fail" (decision 1107).
                # Not where this finding says more: routine work done on time (its keep-it-
                # running advice, decision 307) or a universal subject (its share, decision 937).
                folds_into=folds,
                build_fixes=build,
            )
        ]


RULE = KrNotQuantified()
