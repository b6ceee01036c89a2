"""left27: leftovers on negatives, results misread as work and due fields with no date (issue 8),
decisions 3850-3859. Every wording here was written for this file; the targets fail at e41fb30f
(but for a few siblings that passed there already and stay beside them: "Players never miss more
than …", "4 poems accepted by literary journals", "Due: TBD" on a line or in a cell, "不要再拖延交作业"),
the guards pass there and must stay."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_TASK = {"kr-is-task", "kr-activity-count"}


def _rules(text: str) -> set[str]:
    return {f.rule_id for f in review(text, config=_CFG).findings}


def _kr_rules(text: str) -> set[str]:
    return {f.rule_id for f in review(text, config=_CFG).findings if ".kr" in f.target}


def _kr(text: str) -> str:
    return f"## Objective: Make our club the best in the county in Q3 2027 (owner: Ana)\n- {text}\n"


def _zh(text: str) -> str:
    return f"## 目标：2027年Q3让球队成为全市最强的业余球队（负责人：王芳）\n- {text}\n"


# -- decision 3850: a subject before a capped lapse ---------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Players miss no more than 1 rehearsal in 10",
        "Volunteers cancel fewer than 1 shift in 20",
        "Our drivers skip no more than 2 safety checks a month",
        "We miss no more than 1 deadline a quarter",
        "Members skip at most 1 meeting in 8",
        "Singers miss fewer than 2 practices per term",
        "I skip no more than one gym session a week",
        "The kids forget their kit at most twice a month",
        "Players never miss more than 1 rehearsal a month",
        "Our tutors don't cancel more than 2 lessons a term",
        "Students miss fewer homework deadlines",
    ],
)
def test_a_lapse_capped_after_its_subject_is_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _rules(_kr(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "Members attend at least 9 rehearsals in 10",
        "Players break 3 club records this season",
        "Volunteers cover at least 95% of shifts",
        "Runners miss the cut-off less often than last season",  # no count capped
        "Teams break even in at most 2 months",
        "We cancel the old phone contract by May",
    ],
)
def test_no_lapse_capped_stays_positive(kr: str) -> None:
    assert "kr-negative-phrasing" not in _rules(_kr(kr))


# -- decision 3851: "stop"/"quit" and a bad habit -----------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Stop abandoning chapters halfway",
        "Stop giving up on hard puzzles",
        "Quit procrastinating on the thesis",
        "Stop snoozing the alarm",
        "Quit abandoning drafts after the first page",
        "Stop interrupting teammates in standups",
        "Stop overcommitting the sprint",
        "Quit doomscrolling after 10pm",
    ],
)
def test_a_bad_habit_stopped_is_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _rules(_kr(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "Stop using the legacy FTP server by June 30",
        "Stop printing paper invoices",
        "Stop by 20 partner stores each month",
        "Finish 12 chapters without abandoning any",
        "Quit the old office lease by March",
    ],
)
def test_a_switch_off_stays_positive(kr: str) -> None:
    assert "kr-negative-phrasing" not in _rules(_kr(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "别再半途而废",
        "停止拖延",
        "别再迟到",
        "不要再拖延交作业",
        "停止中途放弃训练计划",
        "读书不再半途而废",
    ],
)
def test_zh_a_bad_habit_stopped_is_negative(kr: str) -> None:
    rules = _rules(_zh(kr))
    assert "kr-negative-phrasing" in rules
    assert not (_TASK & rules)


@pytest.mark.parametrize(
    "kr", ["停止使用旧版ERP系统", "停止向客户发送纸质账单", "训练出勤率达到95%"]
)
def test_zh_a_switch_off_stays_positive(kr: str) -> None:
    assert "kr-negative-phrasing" not in _rules(_zh(kr))


# -- decision 3852: injuries and illness counted in Chinese -------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "训练伤病人数下降30%",
        "训练伤病减少30%",
        "伤病球员人数减少一半",
        "队员伤病人次从12人次降到5人次",
        "运动损伤人数从10人降到3人",
        "患病员工人数下降20%",
        "本季度训练伤病不超过3例",
    ],
)
def test_zh_injuries_counted_down_are_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _rules(_zh(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "伤病球员康复归队率从60%提升到90%",
        "队员出勤率从80%提升到95%",
        "伤病恢复时间缩短到3周",
        "训练时长每周达到6小时",
    ],
)
def test_zh_recovery_and_attendance_stay_positive(kr: str) -> None:
    assert "kr-negative-phrasing" not in _rules(_zh(kr))


# -- decision 3856: 出现/发生 after the absence word is no part of the gap ------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "不再出现器材借出后逾期未还",
        "没有发生学员训练中途受伤离场",
        "不再出现仓库发货后漏件",
        "没有发生顾客用餐后投诉",
        "不再产生月底结账时差错",
        "不再出现客户下单后缺货",
    ],
)
def test_zh_an_event_denied_across_a_scene_is_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _rules(_zh(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "每月出现在本地新闻中的次数达到3次",
        "全年没有出现过一次满场以外的周末演出",
        "不再出现队员自发组织的加练以外的空场",
    ],
)
def test_zh_no_bad_event_after_the_absence_stays_positive(kr: str) -> None:
    assert "kr-negative-phrasing" not in _rules(_zh(kr))


# -- decision 3853: pieces counted by what others grant them ------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "2 short stories accepted by magazines",
        "3 articles accepted for publication",
        "Our app featured in 2 app-store lists",
        "Our podcast featured in 3 newsletters",
        "The bakery featured in 2 city food guides",
        "4 poems accepted by literary journals",
        "3 essays shortlisted for the county prize",
        "2 of our songs picked up by local radio",
        "5 photos selected for the autumn exhibition",
    ],
)
def test_pieces_granted_by_others_are_results(kr: str) -> None:
    assert not (_TASK & _rules(_kr(kr)))


@pytest.mark.parametrize(
    "kr",
    [
        "Write 2 short stories",
        "Submit 5 stories to magazines",
        "Publish 4 poems on our blog",
        "4 posts published on our blog",
        "Pitch our honey to 5 new delis",
        "Send samples to 10 delis",
        "3 stories listed on our website",
        "The new features listed in 2 release notes",  # listed by the team: "by:" in the list
        "2 designers commissioned for the rebrand",
    ],
)
def test_own_pieces_stay_work(kr: str) -> None:
    assert _TASK & _rules(_kr(kr))


# -- decision 3854: get/have a thing placed or granted ------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Get our honey into 5 new delis",
        "Get our jam into 8 new farm shops",
        "Get the new cider onto 10 pub menus",
        "Get our books into 3 new libraries",
        "Have 2 short stories accepted by magazines",
        "Get our granola stocked in 6 cafés",
        "Get our podcast featured in 2 newsletters",
        "Get our board game into 6 more game cafés",
    ],
)
def test_a_thing_got_placed_is_a_result(kr: str) -> None:
    assert not (_TASK & _rules(_kr(kr)))


@pytest.mark.parametrize(
    "kr",
    [
        "Get the team into a weekly retro habit",
        "Have 2 short stories written by June",
        "Get our stock into the new warehouse by May",
        "Have the website redesigned by May",
        "Get the team into 3 new offices",
        "Get the new POS system into 12 branches",
        "Get the safety posters onto 20 notice boards",
        "Get our checklist into 10 wards",
    ],
)
def test_work_got_done_stays_work(kr: str) -> None:
    assert _TASK & _rules(_kr(kr)) or "kr-business-as-usual" in _rules(_kr(kr))


@pytest.mark.parametrize(
    "kr", ["产品进入10家新超市", "2篇论文被核心期刊录用", "3篇小说被文学杂志采用"]
)
def test_zh_placements_and_acceptances_stay_results(kr: str) -> None:
    assert not (_TASK & _rules(_zh(kr)))


# -- decision 3855: a due field with no date is no deadline -------------------------------------


# The same key result with its due value in each place a draft puts one: a field line under
# it, a run of fields after a bar or a dot, a table's due column.
_EN_OBJ = "Objective: Make our reading club the best in town (owner: Ana)\n"
_ZH_OBJ = "目标：让读书会成为本市最受欢迎的读书会（负责人：王芳）\n"
_FORMS = {
    "line": _EN_OBJ + "KR1: Grow weekly members to 40\nDue: {v}\n"
    "KR2: Keep 30 members reading monthly by June 30\n",
    "tail": _EN_OBJ + "- Grow weekly members to 40 | Owner: Ana | Due: {v}\n",
    "cell": "| Objective | Key result | Owner | Due |\n|---|---|---|---|\n"
    "| Make our reading club the best in town | Grow weekly members to 40 | Ana | {v} |\n",
    "zh-line": _ZH_OBJ
    + "关键结果1：每周到场会员达到40人\n截止：{v}\n关键结果2：6月底前30名会员每月读完一本书\n",
    "zh-tail": _ZH_OBJ + "- 每周到场会员达到40人 · 负责人：王芳 · 截止：{v}\n",
}
_EN_FORMS = ["line", "tail", "cell"]
_ZH_FORMS = ["zh-line", "zh-tail"]


def _first_kr_deadline(text: str) -> object:
    r = review(text, config=_CFG)
    return r.objectives[0].key_results[0].deadline


@pytest.mark.parametrize("form", _EN_FORMS)
@pytest.mark.parametrize(
    "value",
    [
        "soon-ish",
        "ASAP",
        "TBD",
        "TBD (after the board meets)",
        "as soon as possible",
        "to be confirmed",
        "not set yet",
        "later",
        "whenever we can",
        "n/a",
    ],
)
def test_a_due_field_with_no_date_is_no_deadline(form, value: str) -> None:
    text = _FORMS[form].format(v=value)
    assert _first_kr_deadline(text) is None
    assert "kr-no-deadline" in _kr_rules(text)


@pytest.mark.parametrize("form", _ZH_FORMS)
@pytest.mark.parametrize(
    "value", ["待定", "尽快", "尽早", "未定", "待定（等预算批下来）", "越快越好", "待确认"]
)
def test_zh_a_due_field_with_no_date_is_no_deadline(form, value: str) -> None:
    text = _FORMS[form].format(v=value)
    assert _first_kr_deadline(text) is None
    assert "kr-no-deadline" in _kr_rules(text)


@pytest.mark.parametrize("form", _EN_FORMS)
@pytest.mark.parametrize(
    "value",
    [
        "Sept 30",
        "race day",
        "the spring launch",
        "10 days after the summit",
        "ASAP, by June 30 at the latest",
        "TBD but before Q3 ends",
        "end of Q3",
    ],
)
def test_a_due_field_with_a_date_or_event_stays_a_deadline(form, value: str) -> None:
    assert _first_kr_deadline(_FORMS[form].format(v=value)) is not None


@pytest.mark.parametrize("value", ["6月底", "9月30日前", "尽快，最晚6月底", "Q3末"])
def test_zh_a_due_field_with_a_date_stays_a_deadline(value: str) -> None:
    for form in _ZH_FORMS:
        assert _first_kr_deadline(_FORMS[form].format(v=value)) is not None


def test_a_set_timeline_still_times_a_key_result_due_later() -> None:
    text = (
        "# Reading club — Q3 2027\n"
        "Objective: Make our reading club the best in town (owner: Ana)\n"
        "- Grow weekly members to 40 | Owner: Ana | Due: ASAP\n"
    )
    assert "kr-no-deadline" not in _kr_rules(text)


@pytest.mark.parametrize("value", ["soon-ish", "ASAP", "待定（看场地）", "whenever we can"])
@pytest.mark.parametrize(
    "text",
    [
        "Objective: Make our reading club the best in town\nOwner: Ana\nDue: {v}\n"
        "KR1: Grow weekly members to 40\nKR2: 30 members finish the monthly book\n",
        "Objective: Make our reading club the best in town (owner: Ana)\n"
        "- Grow weekly members to 40\n- 30 members finish the monthly book\n**Due:** {v}\n",
    ],
    ids=["objective-field", "block-due"],
)
def test_an_objective_or_block_due_with_no_date_times_nothing(text: str, value: str) -> None:
    rules = _rules(text.format(v=value))
    assert {"kr-no-deadline", "objective-no-timeframe"} <= rules
