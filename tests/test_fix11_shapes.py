"""Decisions 656-... (fix11): one shape, one severity. A thing made or put in place by a date of
its own is a milestone (a warning) whatever verb makes it and wherever its date is written: on
its line or in its own table row's due cell."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)
EN = "Objective: Make our clinic the one families recommend, Q1 2027\nKR1: {}"
ZH = "目标：2027年春季学期让每个孩子都跟得上\n关键结果1：{}"


def _severities(draft: str, rule: str = "kr-is-task") -> list[str]:
    rv = review(draft, config=NO_MODEL, select=[rule])
    return [f.severity for f in rv.findings if f.target == "o1.kr1"]


@pytest.mark.parametrize(
    ("draft", "severity"),
    [
        # decision 656: a dated deliverable is a milestone whatever verb makes it
        (EN.format("Freeze the new-patient handbook by March 3"), "warning"),
        (EN.format("Draft the recall letter template by Feb 20"), "warning"),
        (EN.format("Complete the recall letter template by Feb 20"), "warning"),
        (EN.format("Patient handbook by Feb 20"), "warning"),
        (ZH.format("3月底前编写分层作业手册"), "warning"),
        (ZH.format("3月底前完成分层作业手册"), "warning"),
        # undated, the same work is a task
        (EN.format("Freeze the new-patient handbook"), "error"),
        (ZH.format("编写分层作业手册"), "error"),
        # a dated action that makes no thing stays a task; so does dated hiring (decision 4)
        (EN.format("Call every lapsed patient by Feb 20"), "error"),
        (EN.format("Hire 2 hygienists by Feb 20"), "error"),
    ],
)
def test_a_dated_deliverable_is_one_milestone(draft: str, severity: str) -> None:
    assert _severities(draft) == [severity]


TABLE = """Front desk — Q1 2027

| Objective | Key result | Owner | Due |
|---|---|---|---|
| Make our clinic the one families recommend | Patient NPS from 41 to 60 | Lena | 31/03 |
| | {kr} | Omar | {due} |
"""


@pytest.mark.parametrize(
    ("kr", "due", "severity"),
    [
        ("Roll out online check-in kiosks at all 3 sites", "15/02", "warning"),
        ("Roll out online check-in kiosks at all 3 sites by Feb 15", "", "warning"),
        ("Roll out online check-in kiosks at all 3 sites", "", "error"),
        ("Roll out online check-in kiosks at all 3 sites", "ongoing", "error"),
    ],
)
def test_the_due_cell_dates_its_own_row(kr: str, due: str, severity: str) -> None:
    rv = review(TABLE.format(kr=kr, due=due), config=NO_MODEL, select=["kr-is-task"])
    assert [f.severity for f in rv.findings if f.target == "o1.kr2"] == [severity]


@pytest.mark.parametrize(
    "kr",
    [
        # decision 657: an effort named right before its count of times
        "Pharmacist training 3 times",
        "Staff safety briefing 6 times this quarter",
        "收银人员培训4次",
        "班主任业务培训6次",
        # a training given N times, like "Run 3 trainings"
        "Train the pharmacists 3 times",
        # right after a verb of putting pieces out, whatever the pieces are
        "Send 12 refill reminders to every patient",
        "Publish 6 practice notes",
    ],
)
def test_a_counted_effort_is_an_activity_count(kr: str) -> None:
    draft = (ZH if not kr.isascii() else EN).format(kr)
    assert _severities(draft, "kr-activity-count") == ["warning"]
    assert _severities(draft) == []  # not also a task


@pytest.mark.parametrize(
    "kr",
    [
        "Publish 3 care guides adopted by at least 2 other clinics",
        "Publish a care guide for every top-20 condition",
        "Send reminders to 90% of patients due a recall",
    ],
)
def test_what_others_take_up_or_a_share_is_no_activity_count(kr: str) -> None:
    assert _severities(EN.format(kr), "kr-activity-count") == []


SAFE = "目标：2027年Q1让门诊成为全院最安全的科室\n关键结果1：{}"
SAFE_EN = "Objective: Make our stores the safest in the chain, Q1 2027\nKR1: {}"


@pytest.mark.parametrize(
    ("draft", "rewrite"),
    [
        # decision 659: everyone passing is a share at 100%, not a certification to get
        (SAFE.format("全体护士通过新版院感防控考核"), "比例达到100%"),
        (SAFE.format("全员通过新修订的消防安全考试"), "员工比例达到100%"),
        (SAFE_EN.format("Every cashier passes the new fraud-awareness quiz"), "100% of cashiers"),
    ],
)
def test_everyone_passing_is_a_share_not_a_task(draft: str, rewrite: str) -> None:
    rv = review(draft, config=NO_MODEL)
    found = {f.rule_id: f for f in rv.findings if f.target == "o1.kr1"}
    assert "kr-is-task" not in found and "kr-business-as-usual" not in found
    assert rewrite in found["kr-not-quantified"].suggestions[0].text


@pytest.mark.parametrize(
    ("draft", "rule"),
    [
        (SAFE_EN.format("Pass the food hygiene certification"), "kr-is-task"),
        (SAFE.format("新员工全员通过入职安全考核"), "kr-business-as-usual"),
    ],
)
def test_one_person_certified_is_a_task_and_the_usual_exam_is_routine(draft: str, rule: str):
    rv = review(draft, config=NO_MODEL)
    assert rule in {f.rule_id for f in rv.findings if f.target == "o1.kr1"}


def test_a_split_keeps_the_space_after_a_bare_label() -> None:
    # decision 661: "KR2 …" with no colon; the new line reads "KR3 Repeat …", not "KR3Repeat …"
    draft = (
        "Q1 2027 (owner: Lena)\nObjective: Make our clinic the one families recommend\n"
        "KR1 NPS from 41 to 60\nKR2 Same-day answers from 60% to 90%, and repeat visits to 45%\n"
    )
    rv = review(draft, config=NO_MODEL, select=["kr-compound"])
    (f,) = rv.findings
    assert (
        "KR3 Repeat visits" in f.suggestions[0].text or "KR3 repeat visits" in f.suggestions[0].text
    )
