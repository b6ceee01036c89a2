"""A fresh-eyed user's round (tester48): a key result's progress in a check-in's status quadrant,
and good examples tied to a trade or a place the draft never names — the decisions of
docs/principles.md's tester48 section."""

from __future__ import annotations

import pytest

from coach import examples, review
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


# -- decision 7001: an example set in a trade or a place only where the draft names it --------
def _shown(text: str) -> list[str]:
    return [s.text for f in review(text).findings for s in f.suggestions if s.kind == "example"]


def _fits(text: str, example: dict) -> bool:
    from coach.review import parse

    d = parse(text)
    item = d.objectives[0].key_results[0] if d.objectives[0].key_results else d.objectives[0]
    return examples.fits_draft(item, d)(example)


HOSPITAL_SEGMENT = {
    "id": "en-sales-k4",
    "lang": "en",
    "text": "Grow qualified opportunities in the hospital segment from 40 to 65 per quarter",
    "function": "sales",
    "metric": "qualified-opportunities",
}
PHARMACY_CHAINS = {
    "id": "zh-sales-k4",
    "lang": "zh",
    "text": "连锁药店行业的合格商机从每季度30个增加到55个",
    "function": "sales",
    "metric": "qualified-opportunities",
}
PLANT = {
    "id": "x-plant",
    "lang": "zh",
    "text": "全厂连续无工伤天数从90天延长到365天",
    "function": "manufacturing",
    "metric": None,
}
WAREHOUSE_EN = {
    "id": "x-dc",
    "lang": "en",
    "text": "Zero lost-time injuries in the warehouse this year",
    "function": "operations",
    "metric": None,
}

UNNAMED_EN = [
    "Objective: Make our bakery the first stop on Main Street\nKR1: Email our regulars about the new loaves",
    "Objective: Grow as a major-gifts fundraiser\nKR1: Hold 8 meetings with donors",
    "Objective: Make our app the easiest way to order lunch\nKR1: Call 20 prospects",
    "Objective: Win the Middle East market this quarter\nKR1: Meet 10 distributors",
    "Objective: Become the podcast commuters finish\nKR1: Pitch 12 guests",
    "Objective: Make our credit union the first call for first-time buyers\nKR1: Run 4 webinars",
]
UNNAMED_ZH = [
    "目标：本季度拿下中东市场\n关键结果1：拜访10家经销商",
    "目标：让老街坊每天早上第一个想到我们的面包\n关键结果1：给老顾客发一封新品邮件",
    "目标：让新用户第一周就爱上我们的产品\n关键结果1：给潜在用户发一封邮件",
    "目标：让业主觉得物业费交得值\n关键结果1：全年安全事故0起",
    "目标：国庆黄金周零安全事故\n关键结果1：各岗位安全培训全覆盖",
    "目标：考下初级会计证\n关键结果1：每天刷题1小时",
]


@pytest.mark.parametrize("text", UNNAMED_EN)
def test_7001_a_trade_the_draft_never_names_is_no_example_for_it(text):
    assert not _fits(text, HOSPITAL_SEGMENT)
    assert not _fits(text, WAREHOUSE_EN)


@pytest.mark.parametrize("text", UNNAMED_ZH)
def test_7001_a_trade_the_draft_never_names_is_no_example_for_it_zh(text):
    assert not _fits(text, PHARMACY_CHAINS)
    assert not _fits(text, PLANT)


NAMED_EN = [
    (
        "Objective: Be the first vendor hospital buyers call\nKR1: Call 20 prospects",
        HOSPITAL_SEGMENT,
    ),
    ("Objective: Win clinics in Ohio this year\nKR1: Demo to 30 clinics", HOSPITAL_SEGMENT),
    ("Objective: Nobody on our wards gets hurt\nKR1: Zero falls", HOSPITAL_SEGMENT),
    ("Objective: Nobody in our warehouse gets hurt\nKR1: Zero injuries", WAREHOUSE_EN),
    ("Objective: A safe DC\nKR1: Run 4 drills in the warehouse", WAREHOUSE_EN),
    ("Objective: Every warehouse shift goes home safe\nKR1: Audit the racks", WAREHOUSE_EN),
]
NAMED_ZH = [
    ("目标：本季度拿下连锁药店客户\n关键结果1：拜访20家药店", PHARMACY_CHAINS),
    ("目标：让门店的药品从不断货\n关键结果1：给门店发一封邮件", PHARMACY_CHAINS),
    ("目标：全厂零事故\n关键结果1：每月一次安全培训", PLANT),
    ("目标：车间零工伤\n关键结果1：开展隐患排查", PLANT),
    ("目标：安环科今年零死亡\n关键结果1：开展隐患排查120次", PLANT),
    ("目标：2000T压机不再趴窝\n关键结果1：每天点检", PLANT),
]


@pytest.mark.parametrize(("text", "example"), NAMED_EN + NAMED_ZH)
def test_7001_a_draft_that_names_the_trade_keeps_its_example(text, example):
    assert _fits(text, example)


@pytest.mark.parametrize(
    "example",
    [
        {"id": "n1", "lang": "en", "text": "Raise CSAT from 82% to 92%", "function": "cs"},
        {"id": "n2", "lang": "zh", "text": "客户满意度从85%提升到93%", "function": "cs"},
        {"id": "n3", "lang": "en", "text": "Raise win rate from 22% to 30%", "function": "sales"},
        {"id": "n4", "lang": "zh", "text": "重点客户赢单率从23%提升到32%", "function": "sales"},
    ],
)
@pytest.mark.parametrize("text", [UNNAMED_EN[0], UNNAMED_EN[2], UNNAMED_ZH[0], UNNAMED_ZH[2]])
def test_7001_an_example_set_nowhere_is_still_shown(example, text):
    assert _fits(text, example)


def test_7001_the_readme_draft_gets_no_pharmacy_example():
    text = (
        "目标1：本季度让新用户在第一周就爱上我们的产品（负责人：李娜）\n"
        "关键结果1：新用户 7 日留存率从 35% 提升到 50%\n"
        "关键结果2：给潜在用户发一封邮件\n"
    )
    assert not [t for t in _shown(text) if "药店" in t]


def test_7001_online_shop_words_name_an_online_shop():
    for text in (
        "目标：春装上新\n关键结果1：GMV达到800万",
        "目标：退款又快又准\n关键结果1：仅退款工单48小时处理完",
    ):
        from coach.review import parse

        d = parse(text)
        assert "online-shop" in examples._draft_settings(d, "zh")


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
