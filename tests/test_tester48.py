"""A fresh-eyed user's round (tester48): a key result's progress in a check-in's status quadrant,
and good examples tied to a trade or a place the draft never names — the decisions of
docs/principles.md's tester48 section."""

from __future__ import annotations

import pytest

from coach.cycle.checkin import checkin

# -- decision 7000: "KR1: 40%" in the OKR status is progress, not a confidence ----------------
OKRS_EN = (
    "Objective: Make our sourdough the first thing Main Street regulars ask for (owner: Rosie)\n"
    "KR1: Weekly sourdough sales from 120 loaves to 200 loaves\n"
    "KR2: Repeat-customer share from 30% to 45%\n"
)
OKRS_ZH = (
    "目标1：让老街坊每天早上第一个想到我们的酸面包（负责人：小林）\n"
    "关键结果1：酸面包周销量从120个提升到200个\n"
    "关键结果2：会员复购率从30%提升到45%\n"
)
TASKS_EN = "## This week's priorities\n- P1 Test the new starter schedule (KR1)\n"
TASKS_ZH = "## 本周关注的任务\n- P1 试用新的酵头时间表（关键结果1）\n"

PROGRESS_EN = [
    "KR1: 40%",
    "KR2 — 55%",
    "KR1 - 30%",
    "O1: 30%",
    "| KR1 | 40% |",
    "KR1 60% done",
    "KR2: progress 35%",
    "KR1 is 70% complete",
    "KR2: 45% achieved",
    "Progress on KR2: 20%",
    "KR1 completion 65%",
    "KR2: 80% finished",
    "We are 50% done on KR1",
]
PROGRESS_ZH = [
    "关键结果1：40%",
    "关键结果2 — 55%",
    "目标1：30%",
    "KR1：45%",
    "| 关键结果1 | 40% |",
    "关键结果1 完成60%",
    "关键结果2进度35%",
    "KR1：已完成70%",
    "关键结果1 达成45%",
    "KR2进展 20%",
    "关键结果2：完成率80%",
    "关键结果1目前完成了一半，约50%",
    "进度：关键结果2 已到65%",
]


SAID = {"en": ("reads as progress", "not as confidence"), "zh": ("读作进度", "不是信心指数")}
STATUS = {
    "en": (OKRS_EN, f"{TASKS_EN}## OKR status\n"),
    "zh": (OKRS_ZH, f"{TASKS_ZH}## OKR当前的状态\n"),
}


@pytest.mark.parametrize(
    ("lang", "line"), [("en", x) for x in PROGRESS_EN] + [("zh", x) for x in PROGRESS_ZH]
)
def test_7000_a_key_results_share_is_progress(lang, line):
    okrs, head = STATUS[lang]
    r = checkin(f"{head}- {line}\n", okrs=okrs)
    assert r.confidence == []
    (f,) = [f for f in r.findings if f.rule_id == "checkin-confidence-missing"]
    assert all(words in f.message for words in SAID[lang])


def test_7000_the_finding_points_at_the_progress_line():
    text = f"{TASKS_EN}## OKR status\n- KR1: 40%\n- KR2: 25%\n"
    r = checkin(text, okrs=OKRS_EN)
    (f,) = [f for f in r.findings if f.rule_id == "checkin-confidence-missing"]
    src = r.source_text or text
    assert src[f.span.start : f.span.end] == "KR1: 40%"
    assert "“KR1: 40%”" in f.message


def test_7000_progress_beside_a_confidence_is_no_confidence_and_no_finding():
    text = f"{TASKS_EN}## OKR status\n- KR1: 40%\n- Confidence: 6/10, down from 7/10 because of the oven\n"
    r = checkin(text, okrs=OKRS_EN)
    assert [(c.target, c.value) for c in r.confidence] == [("set", pytest.approx(0.6))]
    assert not [f for f in r.findings if f.rule_id == "checkin-confidence-missing"]


CONFIDENCE_EN = [
    ("## OKR status", "Confidence 60%", 0.6),
    ("## OKR status", "KR1: 60%, down from 70% because the oven broke", 0.6),
    ("## OKR status", "KR1: 6/10", 0.6),
    ("## OKR status", "KR1: 0.6", 0.6),
    ("## OKR status", "KR1 confidence 60%", 0.6),
    ("## OKR status", "Overall: 60%", 0.6),
    ("## OKR status", "60%", 0.6),
    ("## OKR status", "KR1: 40% ↑", 0.4),
    ("## OKR status", "KR1: 40% (same as last week)", 0.4),
    ("## OKR status", "KR3 cart abandonment 66%", 0.66),
    ("## Confidence", "KR1: 40%", 0.4),
    ("## Confidence", "KR1 40%", 0.4),
    ("Confidence:", "KR2: 55%", 0.55),
]
CONFIDENCE_ZH = [
    ("## OKR当前的状态", "信心指数 60%", 0.6),
    ("## OKR当前的状态", "关键结果1：60%，比上周低，因为烤箱坏了", 0.6),
    ("## OKR当前的状态", "关键结果1：6/10", 0.6),
    ("## OKR当前的状态", "关键结果1：0.6", 0.6),
    ("## OKR当前的状态", "关键结果1 信心 60%", 0.6),
    ("## OKR当前的状态", "整体：60%", 0.6),
    ("## OKR当前的状态", "60%", 0.6),
    ("## OKR当前的状态", "关键结果1：40% ↑", 0.4),
    ("## OKR当前的状态", "关键结果1：40%（与上周持平）", 0.4),
    ("## OKR当前的状态", "关键结果1：7分", 0.7),
    ("## 信心指数", "关键结果1：40%", 0.4),
    ("## 信心指数", "关键结果2 55%", 0.55),
    ("信心：", "关键结果1：40%", 0.4),
]


@pytest.mark.parametrize(
    ("okrs", "tasks", "heading", "line", "value"),
    [(OKRS_EN, TASKS_EN, *x) for x in CONFIDENCE_EN]
    + [(OKRS_ZH, TASKS_ZH, *x) for x in CONFIDENCE_ZH],
)
def test_7000_unchanged_confidences(okrs, tasks, heading, line, value):
    r = checkin(f"{tasks}{heading}\n- {line}\n", okrs=okrs)
    (c,) = r.confidence
    assert c.value == pytest.approx(value)
    assert not [f for f in r.findings if f.rule_id == "checkin-confidence-missing"]


@pytest.mark.parametrize(
    ("okrs", "text", "written"),
    [
        (OKRS_ZH, f"{TASKS_ZH}## OKR当前的状态\n- 目标1关键结果2：120%\n", "120%"),
        (OKRS_EN, f"{TASKS_EN}## OKR status\n- KR1: 130%\n", "130%"),
    ],
)
def test_7000_a_share_over_100_percent_stays_a_confidence_off_its_scale(okrs, text, written):
    r = checkin(text, okrs=okrs)
    assert len(r.confidence) == 1
    assert [f for f in r.findings if f.rule_id == "checkin-confidence-out-of-range"]


@pytest.mark.parametrize(
    ("okrs", "text", "message"),
    [
        (
            OKRS_EN,
            f"{TASKS_EN}## OKR status\n- Going well\n",
            "gives no confidence index (such as 7/10).",
        ),
        (OKRS_ZH, f"{TASKS_ZH}## OKR当前的状态\n- 进展顺利\n", "没有给出信心指数（如 7/10）。"),
    ],
)
def test_7000_no_value_at_all_is_said_as_before(okrs, text, message):
    r = checkin(text, okrs=okrs)
    (f,) = [f for f in r.findings if f.rule_id == "checkin-confidence-missing"]
    assert f.message.endswith(message)
    assert "{progress}" not in f.message


# -- decision 7002: a grade and its status set apart as columns are both read ----------------
from coach.cycle.grading import grade  # noqa: E402

GRADE_ZH = "目标1：把损耗降下来（负责人：老周）\n关键结果1：面粉损耗率从8%降到4%{tail}\n关键结果2：会员复购率从30%提升到45% 0.5\n"
GRADE_EN = "Objective: Make our sourdough famous (owner: Rosie)\nKR1: Weekly sourdough sales from 120 to 200 loaves{tail}\nKR2: Repeat share from 30% to 45% 0.5\n"

COLUMNS = [
    (GRADE_ZH, "  0.3  进行中", 0.3, "进行中"),
    (GRADE_ZH, "\t0.3\t\t进行中", 0.3, "进行中"),
    (GRADE_ZH, "  1  完成", 1.0, "完成"),
    (GRADE_ZH, "  0.5  完成一半", 0.5, "完成一半"),
    (GRADE_ZH, " 0.3 | 进行中", 0.3, "进行中"),
    (GRADE_ZH, " 0.6 ｜ 延期", 0.6, "延期"),
    (GRADE_ZH, "   0.8    已完成", 0.8, "已完成"),
    (GRADE_EN, "  0.3  on track", 0.3, "on track"),
    (GRADE_EN, "\t0.3\t\tat risk", 0.3, "at risk"),
    (GRADE_EN, "  1  done", 1.0, "done"),
    (GRADE_EN, " 0.4 | behind", 0.4, "behind"),
    (GRADE_EN, "   0.7    in progress", 0.7, "in progress"),
]


@pytest.mark.parametrize(("draft", "tail", "score", "status"), COLUMNS)
def test_7002_a_grade_and_its_status_in_columns_are_both_read(draft, tail, score, status):
    kr = grade(draft.format(tail=tail)).objectives[0].key_results[0]
    assert (kr.score, kr.status) == (pytest.approx(score), status)
    assert kr.written is not None and tail.strip().startswith(kr.written)
    assert kr.text.rstrip().endswith(("4%", "loaves"))


UNCHANGED_GRADES = [
    (GRADE_ZH, " 0.3 进行中", 0.3, "进行中"),
    (GRADE_ZH, "  0.7", 0.7, None),
    (GRADE_ZH, " 0.5完成一半", 0.5, "完成一半"),
    (GRADE_ZH, "  完成", 1.0, "完成"),
    (GRADE_ZH, "（0.3，进行中）", 0.3, "进行中"),
    (GRADE_ZH, " 得分：0.6 状态：进行中", 0.6, "进行中"),
    (GRADE_EN, " 0.3 on track", 0.3, "on track"),
    (GRADE_EN, "  0.7", 0.7, None),
    (GRADE_EN, " — done", 1.0, "done"),
    (GRADE_EN, " (0.4, at risk)", 0.4, "at risk"),
    (GRADE_EN, " score: 0.6, status: in progress", 0.6, "in progress"),
    (GRADE_EN, "  on track", None, "on track"),
    (GRADE_ZH, "，完成", 1.0, "完成"),
    (GRADE_EN, ", done", 1.0, "done"),
]


@pytest.mark.parametrize(("draft", "tail", "score", "status"), UNCHANGED_GRADES)
def test_7002_unchanged_grades(draft, tail, score, status):
    kr = grade(draft.format(tail=tail)).objectives[0].key_results[0]
    assert kr.status == status
    assert kr.score == (None if score is None else pytest.approx(score))


@pytest.mark.parametrize(
    "text",
    [
        "目标1：新店开业（负责人：老周）\n关键结果1：开业首月签约会员 1  完成率100%\n",
        "Objective: Open the new shop (owner: Rosie)\nKR1: Open 1 new shop, done by May\n"
        "KR2: Repeat share from 30% to 45% 0.5\n",
    ],
)
def test_7002_a_count_before_other_words_is_no_grade(text):
    kr = grade(text).objectives[0].key_results[0]
    assert kr.written != "1"
