"""cycle42: the OKR cycle's reading of what people type: check-in links by a shared verb alone
or by two ways of writing one word, grades written as a change or by who gave them, and
confidence values off their scale. Wordings are cycle42's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coach.cycle.checkin import checkin
from coach.cycle.grading import grade
from coach.cycle.scores import read
from coach.cycle.tables import rows_from_text, write_csv

ROOT = Path(__file__).resolve().parent.parent


# -- 6265, 6266: check-in links ------------------------------------------------------------------
def _links(okrs: str, tasks: list[str], zh: bool) -> list[str | None]:
    head = "## 本周关注的任务\n" if zh else "## This week's priorities\n"
    text = okrs + "\n" + head + "".join(f"- P1 {t}\n" for t in tasks)
    return [t.link.target if t.link else None for t in checkin(text).tasks]


SALES_EN = (
    "Objective: Win the mid-sized retailers in the north\n"
    "KR1: Sign 12 new retailer contracts in the north\n"
    "KR2: Average deal size from $8k to $12k\n"
    "KR3: Fix 90% of customer-reported defects within 3 days\n"
)
SALES_ZH = (
    "目标：拿下北方的中型零售商\n"
    "关键结果1：北方新签零售商合同12份\n"
    "关键结果2：平均客单价从8千元提升到1.2万元\n"
    "关键结果3：客户反馈的问题3天内修好的占比达到90%\n"
)


@pytest.mark.parametrize(
    "okrs, tasks, want, zh",
    [
        # the verb a task opens with, shared alone: no link by words, none by meaning either
        (
            SALES_EN,
            [
                "Fix the printer in the sales office",
                "Sign the lease for the new office",
                "Bundle the premium plan with onboarding to raise the deal size",
            ],
            [None, None, "o1.kr2"],
            False,
        ),
        (
            SALES_ZH,
            [
                "修好销售办公室的打印机",
                "签下新办公室的租约",
                "把高级版和上门培训打包销售，提高客单价",
            ],
            [None, None, "o1.kr2"],
            True,
        ),
        (
            "Objective: Ship every order on time\n"
            "KR1: Orders shipped within 24 hours from 80% to 97%\n"
            "KR2: Picking errors down from 1.5% to 0.5%\n",
            ["Order name badges for visitors", "Add a barcode check at each picking station"],
            [None, "o1.kr2"],
            False,
        ),
        (
            "Objective: Make the clinic easy to reach for every patient\n"
            "KR1: Patients seen within 15 minutes of their booked time from 60% to 85%\n"
            "KR2: Online bookings from 30% to 55% of all bookings\n",
            ["Book the fire safety inspection for next week"],
            [None],
            False,
        ),
        (
            "Objective: Get fit and rested this quarter\n"
            "KR1: Run 3 times a week, 12 weeks in a row\n"
            "KR2: Cook dinner at home 5 nights a week\n",
            ["Run the quarterly budget review with the finance team", "Plan next week's dinners"],
            [None, "o1.kr2"],
            False,
        ),
        (
            "目标：让每位病人都能方便地看上病\n"
            "关键结果1：按预约时间15分钟内就诊的病人占比从60%提升到85%\n"
            "关键结果2：爽约率从12%降到6%\n",
            ["预约下周的消防检查"],
            [None],
            True,
        ),
        # two ways of writing one thing (送货 / 配送 / 送达, 小学 / 上学)
        (
            "目标：让每一单都准时送到客户手里\n"
            "关键结果1：24小时内发货的订单占比从80%提升到97%\n"
            "关键结果2：48小时内送达的包裹占比从70%提升到90%\n",
            ["周二加开一条送货车路线", "和快递公司谈周末配送"],
            ["o1.kr2", "o1.kr2"],
            True,
        ),
        (
            "目标：让每个孩子安全上学、快乐读书\n"
            "关键结果1：步行或骑车上学的学生占比从30%提升到50%\n"
            "关键结果2：三年级期末阅读达标率从62%提升到75%\n",
            ["和家长一起规划三条去山街小学的安全路线"],
            ["o1.kr1"],
            True,
        ),
    ],
)
def test_checkin_links(okrs: str, tasks: list[str], want: list[str | None], zh: bool) -> None:
    assert _links(okrs, tasks, zh) == want


def test_a_link_held_back_for_its_verb_says_so() -> None:
    text = SALES_EN + "\n## This week's priorities\n- P1 Sign the lease for the new office\n"
    found = [f for f in checkin(text).findings if f.rule_id == "checkin-task-unlinked"]
    assert found and "share only the verb “sign”" in found[0].message
    text = SALES_ZH + "\n## 本周关注的任务\n- P1 签下新办公室的租约\n"
    found = [f for f in checkin(text).findings if f.rule_id == "checkin-task-unlinked"]
    assert found and "只是动词“签下”相同" in found[0].message


# -- 6260, 6261: grades written as a change or by who gave them ----------------------------------
@pytest.mark.parametrize(
    "text, score, earlier, wording",
    [
        (
            "Sign 15 new stores in the south 0.4 → 0.8",
            0.8,
            "0.4",
            "Sign 15 new stores in the south",
        ),
        (
            "Sign 15 new stores in the south 0.4->0.8 done",
            0.8,
            "0.4",
            "Sign 15 new stores in the south",
        ),
        ("南区新开门店15家 0.4→0.8", 0.8, "0.4", "南区新开门店15家"),
        ("南区新开门店15家 自评0.4 上级0.8", 0.8, "0.4", "南区新开门店15家"),
        ("南区新开门店15家 上级评分0.8，自评0.4 完成", 0.8, "0.4", "南区新开门店15家"),
        (
            "Open 15 stores in the south, self 0.4, manager 0.8",
            0.8,
            "0.4",
            "Open 15 stores in the south",
        ),
        (
            "Open 15 stores in the south — self-score: 0.9 / manager's grade: 0.6",
            0.6,
            "0.9",
            "Open 15 stores in the south",
        ),
        # a note in brackets is no second grade; a change written with "from" is the target's
        ("南区新开门店15家 0.8（自评0.4）", 0.8, None, "南区新开门店15家"),
        ("Cut the defect rate from 0.9 → 0.4", None, None, "Cut the defect rate from 0.9 → 0.4"),
        ("缺陷密度从0.9→0.4", None, None, "缺陷密度从0.9→0.4"),
        ("Checkout conversion rate 0.4 → 0.8", None, None, "Checkout conversion rate 0.4 → 0.8"),
        ("Train 6 store managers 0.8", 0.8, None, "Train 6 store managers"),
    ],
)
def test_grade_forms(text: str, score: float | None, earlier: str | None, wording: str) -> None:
    r = read(text)
    assert r.score == score
    assert r.earlier == earlier
    left = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in r.spans))
    assert " ".join(left.split()).strip(" ，,;；—–-|/") == wording


def test_the_managers_grade_counts_and_is_said() -> None:
    report = grade(
        "目标：拓展南区\n关键结果1：南区新开门店15家 上级0.8 自评0.4\n", ui_language="zh"
    )
    assert report.objectives[0].key_results[0].score == 0.8
    assert report.objectives[0].key_results[0].text == "南区新开门店15家"
    (f,) = [f for f in report.findings if f.rule_id == "grade-two-scores"]
    assert "按上级的评分 0.8 计" in f.message and "自评0.4" in f.message
    report = grade("Objective: Grow the south\nKR1: Open 15 stores, self 0.4, manager 0.8\n")
    (f,) = [f for f in report.findings if f.rule_id == "grade-two-scores"]
    assert "the grade counts the manager's, 0.8" in f.message


# -- 6262: `convert --to csv` keeps the score it does not count ----------------------------------
def test_csv_keeps_the_earlier_score() -> None:
    rows = rows_from_text(
        "Objective: Grow the south\nKR1: Open 15 stores 0.4 0.8\nKR2: Hire 4 leads, self 0.5, manager 0.7\n"
        "KR3: Open a second depot 0.3\n"
    )
    assert [(r.key_result, r.score) for r in rows] == [
        ("Open 15 stores (also scored 0.4)", "0.8"),
        ("Hire 4 leads (self 0.5)", "0.7"),
        ("Open a second depot", "0.3"),
    ]
    rows = rows_from_text("目标：拓展南区\n关键结果1：南区新开门店15家 0.4 0.8\n")
    assert rows[0].key_result == "南区新开门店15家（另写了分数0.4）"
    assert "0.4" in write_csv(rows)


def test_convert_cli_keeps_the_earlier_score(tmp_path: Path) -> None:
    src = tmp_path / "g.md"
    src.write_text("Objective: Grow the south\nKR1: Open 15 stores 0.4 → 0.8\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "coach", "convert", "--to", "csv", str(src)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    assert "Open 15 stores (also scored 0.4),0.8" in out


# -- 6263, 6264: confidence off its scale -------------------------------------------------------
CHECKIN_OKR = (
    "Objective: Win the mid-sized retailers in the north\nKR1: Sign 12 new retailer contracts\n"
    "\n## This week's priorities\n- P1 Call 30 store owners (KR1)\n"
)


@pytest.mark.parametrize(
    "line, value, previous, flagged, scale",
    [
        ("Confidence: 1.3, because two retailers signed early", 1.3, None, "1.3", "0 to 1"),
        (
            "Confidence 5/10 (last week -3/10) because two retailers signed",
            0.5,
            -0.3,
            "-3/10",
            "0 to 10",
        ),
        ("Confidence: 7.5分", 0.75, None, None, None),
    ],
)
def test_confidence_off_scale(
    line: str, value: float, previous: float | None, flagged: str | None, scale: str | None
) -> None:
    report = checkin(CHECKIN_OKR + line + "\n")
    (c,) = report.confidence
    assert c.value == pytest.approx(value)
    assert c.previous == (pytest.approx(previous) if previous is not None else None)
    found = [f for f in report.findings if f.rule_id == "checkin-confidence-out-of-range"]
    if flagged is None:
        assert not found
    else:
        assert found and f"The confidence {flagged} is outside {scale}" in found[0].message


def test_confidence_zh_off_scale() -> None:
    okr = "目标：拿下北方的中型零售商\n关键结果1：北方新签零售商合同12份\n\n## 本周关注的任务\n- P1 给30位店主打电话（KR1）\n"
    report = checkin(okr + "信心指数：1.3，因为两家零售商提前签约\n")
    found = [f for f in report.findings if f.rule_id == "checkin-confidence-out-of-range"]
    assert found and "信心指数 1.3 超出了0到1的范围" in found[0].message
    report = checkin(okr + "信心指数：5/10（上周-3/10），因为两家零售商提前签约\n")
    assert report.confidence[0].previous == pytest.approx(-0.3)


def test_primary_school_shares_a_word_with_going_to_school() -> None:
    text = (
        "目标：让每个孩子安全上学、快乐读书\n关键结果1：步行或骑车上学的学生占比从30%提升到50%\n"
        "关键结果2：三年级期末阅读达标率从62%提升到75%\n\n## 本周关注的任务\n"
        "- P1 和家长一起规划三条去山街小学的安全路线\n"
    )
    (t,) = checkin(text).tasks
    assert t.link is not None and t.link.target == "o1.kr1"
    assert t.link.method == "lexical" and t.link.shared == ["上学"]
