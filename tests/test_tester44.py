"""Round forty-four's fresh-eyed user (tester44; decisions 6465-6474): what a workshop room
reads in the CLI, the page and the cycle. Every wording here is my own.

- 6465: a finding the score charges as a core failure says so beside it ("score: −40, a core
  failure …" under the finding in the CLI and Markdown; a "core failure · −40" badge on the
  page and the printed handout; "(core failure)" on its deduction chip), and the page's score
  legend names activity counts among the core failures, as the score charges them.
- 6466: a grade off 0 to 1 says what it counts as in the grade table ("1.3 (counts as 1.0)"),
  and the CLI's table shows the self-grade beside the manager's, as the cycle page does.
- 6467: kr-no-owner's good examples whose owner is the objective's show that objective's line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach import review
from coach.render import render_markdown, render_text

ROOT = Path(__file__).resolve().parents[1]

EN = (
    "# Q3 OKRs\n"
    "Objective: Grow bike sales by 25% (owner: Marta)\n"
    "KR1: Post 4 times a week on the shop's Instagram\n"
    "KR2: Open the online booking page by May 1\n"
    "KR3: Hold a volunteer meeting every Monday\n"
    "KR4: Repeat customers from 30% to 45%\n"
)
ZH = (
    "# 2026年Q3 OKR\n"
    "目标：借书量提升25%（负责人：陈静）\n"
    "关键结果1：每周举办3次绘本故事会\n"
    "关键结果2：儿童借阅证新办数量从每月30张提升到70张\n"
)


def _block(text: str, rule_id: str) -> str:
    """The lines of one finding in the text report: its LINE:COL line up to the next one."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if re.search(rf"\d+:\d+ \S+ {rule_id} ", line))
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if re.search(r"^\s*\d+:\d+ \S+ [a-z-]+ ", lines[i])
        ),
        len(lines),
    )
    return "\n".join(lines[start:end])


# --- 6465: a core failure says so beside its finding ------------------------------------------
def test_core_failure_said_under_its_finding_in_the_text_report():
    """A warning that costs 40 read like one that costs 6: the line under it now says why."""
    r = review(EN, include_examples=False)
    text = render_text(r, EN)
    metric = _block(text, "objective-is-metric")
    assert "score: −40, a core failure: this objective is not an OKR yet" in metric, metric
    activity = _block(text, "kr-activity-count")
    assert "score: −40, a core failure: this key result is not an OKR yet" in activity, activity
    assert text.count("a core failure:") == 2, text


def test_no_core_line_where_the_score_does_not_charge_one():
    """A dated milestone (kr-is-task as a warning, 6 points) and a core failure another finding
    says (kr-business-as-usual's, whose message names it: 6390) get no such line."""
    r = review(EN, include_examples=False)
    text = render_text(r, EN)
    assert "core failure:" not in _block(text, "kr-is-task")
    bau = _block(text, "kr-business-as-usual")
    assert "core failure:" not in bau and "core failure (−40 points)" in bau, bau


def test_core_failure_said_in_the_chinese_markdown_report():
    r = review(ZH, include_examples=False)
    md = render_markdown(r, ZH)
    assert md.count("**得分：扣 40 分，核心问题：这个目标还算不上OKR，其他方面再好也一样**") == 1, (
        md
    )
    assert (
        md.count("**得分：扣 40 分，核心问题：这个关键结果还算不上OKR，其他方面再好也一样**") == 1
    )


def test_page_score_legend_names_activity_counts_as_core():
    """The legend said a core failure is a metric objective … a task or unmeasured key result,
    while "Run 6 webinars" (kr-activity-count) was charged 40 beside it."""
    i18n = (ROOT / "web/src/i18n.js").read_text(encoding="utf-8")
    assert "关键结果是任务、活动次数或无法衡量" in i18n
    assert "a key result that is a task, counts activities or measures nothing" in i18n


# --- 6466: a grade off 0 to 1, and the self-grade, in the grade table --------------------------
GRADES_ZH = (
    "目标1：让顾客在午高峰也能十分钟内吃上热饭（负责人：孙悦）\n"
    "关键结果1：午高峰出餐时间从18分钟缩短到10分钟 得分：1.3\n"
    "关键结果2：午高峰顾客满意度从70%提升到85% 自评0.9 上级0.7\n"
)
GRADES_EN = (
    "Objective: Serve every lunch order hot (owner: Ravi)\n"
    "- KR1: Plates sent back per week from 25 to 8 — score: 1.3\n"
    "- KR2: Orders out within 12 minutes from 60% to 90% — self 0.9, manager 0.3\n"
)


@pytest.mark.parametrize(
    ("text", "over", "self_grade"),
    [
        (GRADES_ZH, "1.3（按1.0计）", "0.7（自评0.9）"),
        (GRADES_EN, "1.3 (counts as 1.0)", "0.3 (self 0.9)"),
    ],
    ids=["zh", "en"],
)
def test_grade_table_says_what_an_off_scale_grade_counts_as(text, over, self_grade):
    """The row said 1.3 beside an objective grade of 1.0 or less: a mean nobody could redo."""
    from coach.cycle.grading import grade
    from coach.cycle.render import grade_markdown, grade_text

    report = grade(text)
    rows = grade_text(report, text).splitlines()
    assert any(over in row and "o1.kr1" in row for row in rows), rows
    assert any(self_grade in row and "o1.kr2" in row for row in rows), rows
    md = grade_markdown(report, text)
    assert f"| {over} |" in md and f"| {self_grade} |" in md, md


def test_grade_table_keeps_an_in_range_grade_as_written():
    from coach.cycle.grading import grade
    from coach.cycle.render import grade_text

    text = "Objective: Serve every lunch order hot (owner: Ravi)\n- KR1: Plates sent back from 25 to 8 — score: 0.7\n"
    rows = grade_text(grade(text), text).splitlines()
    assert any(re.search(r"o1\.kr1\s+0\.7  Plates", row) for row in rows), rows


def test_cycle_page_says_what_an_off_scale_grade_counts_as():
    js = (ROOT / "service/static/cycle.js").read_text(encoding="utf-8")
    assert "countsAs: (v) => `（按${v}计）`" in js and "countsAs: (v) => ` (counts as ${v})`" in js
    assert 't("countsAs", ' in js


# --- 6467: a good kr-no-owner example shows whose it is ---------------------------------------
_OWNER = re.compile(r"负责|责任人|owner|@\w|[（(][^）)]{1,12}[）)]|\|\s*\S")


def test_every_good_owner_example_shows_its_owner():
    """ "Raise NPS from 30 to 45" was shown as a good example of "name one owner" with no owner
    in sight: the owner was its objective's, in a draft the page does not show."""
    from rules.kr_no_owner import KrNoOwner
    from service.catalog import rule_detail

    detail = rule_detail(KrNoOwner())
    # the plain ones, which a presenter's slides show first (decision 582)
    good = [
        ex for ex in detail.examples if not ex.bad and not ex.also_flagged and not ex.borderline
    ]
    assert len(good) >= 6
    for ex in good:
        assert _OWNER.search(ex.text) or _OWNER.search(ex.setting), (ex.text, ex.setting)


# --- 6465 on the page: the badge beside the severity (a real browser) ---------------------------
def test_page_shows_core_failure_badge_beside_its_finding():
    """The card said "▲ warning" on a finding that cost 40, as on one that cost 6."""
    pytest.importorskip("playwright")
    from tests import test_browser as tb

    if not tb.CHROMIUM:
        pytest.skip("chromium is missing")
    with tb.sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=tb.CHROMIUM, args=tb.ARGS, headless=True)
        try:
            _check_badges(b)
        finally:
            b.close()


def _check_badges(b):
    import service.testing
    from service.settings import Settings

    with service.testing.running_server(Settings()) as url:
        page = b.new_page(locale="en-US", viewport={"width": 1280, "height": 800})
        page.goto(url + "/")
        from tests.test_browser import set_draft

        set_draft(page, EN)
        found = page.evaluate(
            """() => [...document.querySelectorAll('li.finding')].map(li => [li.dataset.rule,
              (li.querySelector('.badge.core') || {}).textContent || ''])"""
        )
        cored = sorted(rule for rule, badge in found if badge)
        assert cored == ["kr-activity-count", "objective-is-metric"], found
        assert all(re.match(r"core failure · −40", badge) for _, badge in found if badge), found
        assert ("kr-is-task", "") in [tuple(x) for x in found], found  # the milestone: 6 points
        page.close()


# --- 6468: the grade errors' English example is a key result the coach itself passes ----------
@pytest.mark.parametrize(
    "text",
    ["Objective: Delight our riders\n", "O: Delight our riders\nKR1: Raise NPS from 30 to 45\n"],
)
def test_grade_error_example_grades_clean(text):
    """ "KR1: Hire 10 engineers — score: 0.9, status: done" was the format shown: a hiring task
    (always a task, PRINCIPLES.md) graded off the four steps (grade-off-scale)."""
    from coach.cycle.grading import grade
    from coach.errors import InputError

    with pytest.raises(InputError) as caught:
        grade(text)
    shown = str(caught.value)
    assert "Hire 10 engineers" not in shown
    example = next(line for line in shown.splitlines() if line.startswith("KR1: "))
    report = grade("# Q3 OKRs\nObjective: Delight our riders (owner: Ana)\n" + example + "\n")
    assert report.findings == [] and report.objectives[0].key_results[0].score == 0.7
    r = review(
        "# Q3 OKRs\nObjective: Delight our riders (owner: Ana)\n" + example.split(" — ")[0] + "\n"
    )
    assert not [f for f in r.findings if f.target == "o1.kr1"], r.findings


# --- 6469: the draft's score rounds its objectives' mean half up -------------------------------
STUDENT_ZH = (
    "张晓雨的个人OKR（2026年春季学期）\n\n"
    "目标1：顺利考上心仪学校的研究生\n"
    "关键结果1：每天背100个单词\n"
    "关键结果2：数学真题模拟成绩从95分提升到125分\n"
    "关键结果3：读完3本专业课教材\n\n"
    "目标2：养成运动习惯，让身体更健康\n"
    "关键结果1：5公里跑步成绩从35分钟提升到28分钟\n"
    "关键结果2：每周去健身房3次\n"
    "关键结果3：体重减少5公斤\n"
)


def test_draft_score_rounds_the_mean_half_up():
    """ "各目标平均分 72.5，整体扣 0 分 → 72" beside another draft's "59.5 → 60": round() halves to
    even, and a room rounds half up."""
    r = review(STUDENT_ZH, include_examples=False)
    b = r.score_breakdown
    assert [o.score for o in b.objectives] == [66, 79], b.objectives
    assert b.objectives_mean == 72.5 and r.score == 73
    assert "各目标平均分 72.5，整体扣 0 分 → 73（尚可）" in render_text(r, STUDENT_ZH)


# --- 6470: a confidence percentage over 100% is said against 0% to 100% -------------------------
@pytest.mark.parametrize(
    ("lang", "line", "said", "not_said"),
    [
        ("zh", "- 目标1关键结果1：125%", "信心指数 125% 超出了0%到100%的范围", "超出了0到10"),
        (
            "en",
            "- O1.KR1 confidence 125%",
            "The confidence 125% is outside 0% to 100%",
            "outside 0 to 10",
        ),
        ("en", "Confidence: 14/10", "The confidence 14/10 is outside 0 to 10", "0% to 100%"),
    ],
    ids=["zh-percent", "en-percent", "en-tenths"],
)
def test_confidence_out_of_range_names_the_scale_it_was_written_on(lang, line, said, not_said):
    from coach.cycle.checkin import checkin

    if lang == "zh":
        text = (
            "## 本季度OKR\n目标1：让顾客在高峰期也能三分钟内拿到咖啡（负责人：孙悦）\n"
            "关键结果1：高峰期平均出杯时间从6分钟降到3分钟\n\n## 本周关注的任务\n- P1 调整吧台动线（关键结果1）\n\n"
            "## 未来四周的计划\n- 第7周：新店员考核\n\n## OKR当前的状态\n- 整体信心指数：6/10（上周 6/10）\n"
            f"{line}\n\n## 其他状态指标\n- 团队士气：绿灯\n"
        )
    else:
        text = (
            "## Our Q2 OKRs\nObjective 1: Serve every lunch order hot (owner: Ravi)\n"
            "KR1: Orders out within 12 minutes from 60% to 90%\n\n## This week's priorities\n"
            "1. P1 Move the grill next to the pass (KR1)\n\n## Next four weeks\n- Week 6: prep-list trial\n\n"
            f"## OKR status\n{line}\n\n## Other status indicators\n- Team morale: green\n"
        )
    msgs = [
        f.message for f in checkin(text).findings if f.rule_id == "checkin-confidence-out-of-range"
    ]
    assert len(msgs) == 1 and said in msgs[0] and not_said not in msgs[0], msgs


# --- 6471: "mean 99.5 → 99" says why ------------------------------------------------------------
NOTION_EN = (
    "| Objective | Key Result | Owner | Due |\n|---|---|---|---|\n"
    "| Make onboarding painless for new clinics | Time from contract to first booking from 21 days to 7 days | Aisha | Jun 30 |\n"
    "| | Clinics that book 50+ appointments in month one from 30% to 60% | Aisha | Jun 30 |\n"
    "| | Reduce onboarding support tickets by 40% | Tom | Jun 30 |\n"
    "| Be the scheduling tool front desks love | NPS among front-desk staff from 18 to 40 | Lena | Jun 30 |\n"
    "| | Weekly active front-desk users from 1,200 to 2,000 | Lena | Jun 30 |\n"
)


def test_a_mean_that_rounds_to_100_says_why_the_draft_shows_99():
    r = review(NOTION_EN, include_examples=False)
    assert r.score_breakdown.objectives_mean == 99.5 and r.score == 99
    text = render_text(r, NOTION_EN)
    assert (
        "mean of the objectives 99.5, whole-draft deductions 0 points → 99 (good); any finding keeps it below 100"
        in text
    )
    zh = review(NOTION_EN, include_examples=False, ui_language="zh")
    assert "各目标平均分 99.5，整体扣 0 分 → 99（良好）；有任何问题时最高 99" in render_text(
        zh, NOTION_EN
    )


def test_no_cap_note_where_the_mean_is_kept():
    r = review(STUDENT_ZH, include_examples=False)
    assert "最高 99" not in render_text(r, STUDENT_ZH)


# --- 6472: a routine key result is not asked for a number by its core finding --------------------
@pytest.mark.parametrize(
    ("kr", "core", "ask"),
    [
        (
            "Renew the CRM licences on time",
            "kr-not-quantified",
            "Does “Renew the CRM licences on time” have to change this cycle?",
        ),
        (
            "Keep the stockroom scanners working",
            "kr-not-quantified",
            "Does “Keep the stockroom scanners working” have to change this cycle?",
        ),
        (
            "按时续签办公软件许可证",
            "kr-not-quantified",
            "“按时续签办公软件许可证”这个周期确实要改变吗？",
        ),
    ],
    ids=["renew", "keep-working", "zh-renew"],
)
def test_routine_key_result_core_question_agrees_with_the_hint(kr, core, ask):
    """ "Which number shows “Renew the CRM licences on time”? Write that number with its baseline
    and target" stood beside "… is routine work: key results are the few things that must change"."""
    if kr.isascii():
        text = f"# Q3 OKRs\nObjective: Win the mid-market in the Nordics (owner: Ana)\nKR1: {kr}\nKR2: Raise NPS from 30 to 45\n"
    else:
        text = f"# 2026年Q3 OKR\n目标：拿下华南市场（负责人：王芳）\n关键结果1：{kr}\n关键结果2：客户满意度从80%提升到90%\n"
    r = review(text, include_examples=False)
    mine = {f.rule_id: f for f in r.findings if f.target == "o1.kr1"}
    assert {core, "kr-business-as-usual"} <= set(mine), mine
    asks = [s.text for s in mine[core].suggestions if s.asks]
    assert asks and asks[0].startswith(ask), asks
    assert "Which number shows" not in asks[0] and "哪个数字能说明" not in asks[0]


@pytest.mark.parametrize(
    "kr",
    ["Hire 4 account executives", "Pay courier invoices on time"],
    ids=["hire", "routine-task"],
)
def test_a_task_keeps_its_question_about_the_number_it_moves(kr):
    """ "Which number gets better when it is done?" agrees with a routine hint: the work goes to
    the plan, the number it moves to the key result."""
    text = (
        "# Q3 OKRs\nObjective: Win the mid-market in the Nordics (owner: Ana)\n"
        f"KR1: {kr}\nKR2: Raise NPS from 30 to 45\n"
    )
    r = review(text, include_examples=False)
    task = next(f for f in r.findings if f.target == "o1.kr1" and f.rule_id == "kr-is-task")
    assert task.suggestions and not any(
        "have to change this cycle" in s.text for s in task.suggestions
    )


# --- 6473: `explain` never lists a "not this flaw" example as good ------------------------------
def test_explain_marks_a_good_example_another_rule_flags(capsys):
    """`okr-coach explain objective-is-metric` printed "✓ good  完成季度招聘任务10人": the page
    shows it as "not this flaw, but still: objective-not-inspiring" (decision 505)."""
    from coach.cli import main

    assert main(["explain", "objective-is-metric"]) == 0
    lines = capsys.readouterr().out.splitlines()
    i = next(i for i, line in enumerate(lines) if line.endswith("完成季度招聘任务10人"))
    assert lines[i].startswith("  ◐ part  ") and "good" not in lines[i], lines[i]
    assert lines[i + 1].strip() == "not this flaw, but still: objective-not-inspiring"
    clean = next(line for line in lines if line.endswith("打造公司历史上最成功的销售推广活动。"))
    assert clean.startswith("  ✓ good  "), clean


def test_explain_partial_examples_agree_with_the_workshop():
    """The CLI's "not this flaw" list is the page's (service/example_verdicts.json)."""
    from coach.catalog import find_any_rule, rule_info
    from coach.cli import _also_flagged_examples
    from service.catalog import rule_detail

    for rule_id in ("objective-is-metric", "kr-not-quantified", "kr-no-owner"):
        rule = find_any_rule(rule_id)
        info = rule_info(rule)
        cli = {info["examples"][i]["text"]: v for i, v in _also_flagged_examples(info).items()}
        page = {
            ex.text: ex.also_flagged
            for ex in rule_detail(rule).examples
            if not ex.bad and ex.also_flagged
        }
        assert cli == page, (rule_id, cli, page)
