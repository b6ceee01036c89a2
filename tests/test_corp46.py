"""Round 46 (corp46): the outsider corpora of round 45 are train authors; their labels by decision.

Decision 6800: blind45, blind45b and blind45c joined models/data/drafts/ as train authors o45-,
o45b- and o45c- (counts in tests/test_corpus42.py). Decision 6801: 23 labels on 21 items were
corrected, or set `unknown`, where a recorded decision or a lead ruling settles them; every other
disagreement with the rules stays a miss of the rules. Below: each corrected item as the corpus now
holds it, labels the round kept on purpose, and the coach's verdict on fresh wordings of each
corrected class (this round's own wordings, none an outsider's) beside their unchanged neighbours.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from coach.config import Config
from coach.review import review
from models import drafts

# draft id, item text, labels that must fail, labels that must not fail, labels left unknown
CORRECTED = [
    (
        "o45-bakery-owner-01",
        "Get the central kitchen running like clockwork — Jonas",
        {"objective-not-inspiring"},
        set(),
        set(),
    ),
    (
        "o45-data-platform-eng-02",
        "get better at Rust",
        {"objective-not-inspiring"},
        {"objective-vague"},
        set(),
    ),
    (
        "o45-fintech-growth-pm-01",
        "Ship the redesigned KYC flow to 100% of Android users by Aug 15 @lena",
        set(),
        {"kr-is-task"},
        set(),
    ),
    ("o45b-bus-ops-01", "Fleet", {"objective-not-inspiring"}, {"objective-vague"}, set()),
    (
        "o45b-hotel-revenue-01",
        "Send the corporate newsletter every month",
        {"kr-is-task"},
        {"kr-business-as-usual"},
        {"kr-business-as-usual"},
    ),
    (
        "o45c-marathon-runner-01",
        "Run a sub-3:10 marathon at Boston",
        {"objective-is-metric", "objective-not-inspiring"},
        set(),
        set(),
    ),
    (
        "o45c-newsroom-editor-01",
        "Every reporter does the verification refresher",
        {"kr-business-as-usual", "kr-is-task"},
        set(),
        set(),
    ),
    (
        "o45-ielts-student-01",
        "一次考到总分7.0，单项不低于6.5",
        {"objective-is-metric", "objective-not-inspiring"},
        set(),
        set(),
    ),
    ("o45-ielts-student-01", "每天12点前睡觉", {"kr-is-task", "kr-not-quantified"}, set(), set()),
    (
        "o45-property-pm-01",
        "做好消防安全工作",
        {"objective-vague", "objective-not-inspiring"},
        set(),
        set(),
    ),
    (
        "o45-property-pm-01",
        "每月消防巡检4次",
        {"kr-activity-count"},
        {"kr-business-as-usual"},
        set(),
    ),
    (
        "o45b-ev-aftersales-01",
        "电池健康服务",
        {"objective-not-inspiring"},
        {"objective-vague"},
        set(),
    ),
    ("o45b-kindergarten-01", "安全", {"objective-not-inspiring"}, {"objective-vague"}, set()),
    ("o45b-mcn-content-01", "商业化", {"objective-not-inspiring"}, {"objective-vague"}, set()),
    ("o45c-factory-qm-01", "完成IATF 16949监督审核", {"kr-business-as-usual"}, set(), set()),
    (
        "o45c-hotel-fo-mgr-01",
        "前台员工全部通过新PMS系统操作考核",
        {"kr-not-quantified"},
        {"kr-is-task"},
        set(),
    ),
    ("o45c-procurement-mgr-01", "新引入2家备选供应商", {"kr-is-task"}, set(), set()),
    (
        "o45c-training-principal-01",
        "教研组每周集体备课1次",
        {"kr-business-as-usual", "kr-activity-count"},
        set(),
        set(),
    ),
    ("o45-hrbp-zh-01", "按时完成年中绩效考核", {"kr-is-task"}, {"kr-no-owner"}, set()),
    (
        "o45-hrbp-zh-01",
        "绩效面谈覆盖率100%，员工对面谈质量评分≥4分",
        {"kr-compound"},
        {"kr-no-owner"},
        set(),
    ),
    ("o45-hrbp-zh-01", "制定新的职级体系", {"kr-is-task"}, {"kr-no-owner"}, set()),
]

# Kept on purpose (decision 6801): the label is right by a decision or ruling, or nothing settles it.
KEPT = [
    (
        "o45-property-pm-01",
        "消防通道占用问题彻底解决（秩序部 钱队）",
        {"kr-negative-phrasing"},
        {"kr-is-task"},
    ),
    ("o45c-training-principal-01", "招生", {"objective-not-inspiring"}, {"objective-vague"}),
    ("o45-county-class-teacher-01", "每周开一次班会", {"kr-business-as-usual"}, set()),
    (
        "o45-game-producer-01",
        "Hold retros after every milestone",
        {"kr-is-task"},
        {"kr-business-as-usual"},
    ),
    (
        "o45b-recruit-agency-01",
        "Keep temp margin at 18% (same as every quarter)",
        {"kr-business-as-usual"},
        set(),
    ),
    (
        "o45b-bus-ops-01",
        "Ridership on the 4 core routes up 10% and fare evasion below 3%",
        {"kr-no-baseline", "kr-compound"},
        set(),
    ),
    ("o45-county-class-teacher-01", "期末考试冲年级第一", {"objective-is-metric"}, set()),
    (
        "o45-game-producer-01",
        "Get Hollowdeep featured on Steam's front page during Next Fest",
        {"objective-not-controllable"},
        set(),
    ),
]


@cache
def _corpus() -> dict[str, drafts.LabelledDraft]:
    return {d.id: d for d in drafts.load()}


def _item(draft_id: str, text: str) -> drafts.LabelledItem:
    d = _corpus()[draft_id]
    (it,) = [it for it in d.items if it.text == text]
    return it


@pytest.mark.parametrize(("draft_id", "text", "fail", "no", "unknown"), CORRECTED)
def test_a_corrected_label_follows_its_decision(
    draft_id: str, text: str, fail: set[str], no: set[str], unknown: set[str]
) -> None:
    it = _item(draft_id, text)
    assert {r for r in fail if it.verdict(r) == "fail"} == fail
    assert all(it.verdict(r) != "fail" for r in no)
    assert {r for r in no if it.verdict(r) == "unknown"} == unknown
    assert it.note.startswith("corpus46: ") and re.search(r"decisions? \d+", it.note)


@pytest.mark.parametrize(("draft_id", "text", "fail", "no"), KEPT)
def test_a_kept_label_stays_as_the_outsider_wrote_it(
    draft_id: str, text: str, fail: set[str], no: set[str]
) -> None:
    it = _item(draft_id, text)
    assert all(it.verdict(r) == "fail" for r in fail)
    assert all(it.verdict(r) == "pass" for r in no)
    assert "corpus46" not in it.note


def test_the_dated_launch_to_all_users_lost_its_milestone_mark() -> None:
    line = next(
        ln
        for ln in (drafts.DRAFTS / "o45-fintech-growth-pm.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if "KYC flow" in ln
    )
    assert '"milestone"' not in line


def _fails(draft: str, *, kr: bool) -> set[str]:
    rv = review(draft, config=Config(use_model=False))
    o = rv.objectives[0]
    checks = o.key_results[0].checks if kr else o.checks
    return {c.rule_id for c in checks if c.status == "fail"}


def _obj(text: str) -> set[str]:
    draft = f"Q3 2026 OKRs (owner: Dana)\nObjective: {text}\nKR: Customer satisfaction from 80% to 90% by Sep 30\n"
    return _fails(draft, kr=False)


def _obj_zh(text: str) -> set[str]:
    draft = (
        f"2026年Q3 OKR（负责人：王芳）\n目标：{text}\n关键结果：客户满意度9月底前从80%提升到90%\n"
    )
    return _fails(draft, kr=False)


def _kr(text: str) -> set[str]:
    draft = f"Q3 2026 OKRs (owner: Dana)\nObjective: Make every release boring for our users\nKR: {text}\n"
    return _fails(draft, kr=True)


def _kr_zh(text: str) -> set[str]:
    return _fails(
        f"2026年Q3 OKR（负责人：王芳）\n目标：让每位客户都放心\n关键结果：{text}\n", kr=True
    )


@pytest.mark.parametrize(
    "text",
    [
        "Get the month-end close running like clockwork",
        "Get the night shift running smoothly",
        "Get the loading bay running like clockwork — Priya",
    ],
)
def test_the_teams_own_routine_in_a_calm_state_is_flat(text: str) -> None:
    # Decision 2484 (the kitchen "running like clockwork").
    assert "objective-not-inspiring" in _obj(text)


@pytest.mark.parametrize(
    "text",
    ["Make the month-end close boringly predictable", "Payday is a non-event for every employee"],
)
def test_a_calm_state_painted_or_seen_by_the_people_served_stays_an_end_state(text: str) -> None:
    assert "objective-not-inspiring" not in _obj(text)


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("get better at Go", False),
        ("Get better at public speaking", False),
        ("get better at negotiating", False),
        ("Get better at chess", False),
        ("数学提高", True),
        ("英语提高", True),
    ],
)
def test_a_persons_growth_is_flat_not_vague(text: str, zh: bool) -> None:
    # Decisions 94, 1754 and 6001.
    got = _obj_zh(text) if zh else _obj(text)
    assert "objective-not-inspiring" in got and "objective-vague" not in got


@pytest.mark.parametrize("text", ["Build a great team", "Be a stronger team", "Cost", "Headcount"])
def test_the_team_praised_and_a_two_way_measure_stay_vague(text: str) -> None:
    # Decisions 94 and 5082: the neighbours that keep objective-vague.
    assert "objective-vague" in _obj(text)


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("Depot", False),
        ("Fundraising", False),
        ("Partnerships", False),
        ("Retail", False),
        ("售后服务", True),
        ("品牌", True),
        ("安全", True),
    ],
)
def test_a_bare_noun_objective_is_not_inspiring_only(text: str, zh: bool) -> None:
    # Decisions 19 and 5082 and round 42's ruling ("Fleet", "电池健康服务", "安全", "商业化").
    got = _obj_zh(text) if zh else _obj(text)
    assert "objective-not-inspiring" in got and "objective-vague" not in got


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("Run a sub-3:30 marathon in Chicago", False),
        ("Run a sub-40-minute 10K at the Leeds race", False),
        ("Break 3:20 at the Berlin Marathon", False),
        ("半马跑进1小时55分", True),
        ("雅思考到总分7.5，单项不低于7", True),
        ("托福考到105分", True),
        ("考研考到总分400", True),
    ],
)
def test_a_race_time_or_a_test_score_is_a_metric_objective_and_flat(text: str, zh: bool) -> None:
    # Decisions 2683, 2687, 6319 (the lead's ruling), 6624 and 18.
    got = _obj_zh(text) if zh else _obj(text)
    assert {"objective-is-metric", "objective-not-inspiring"} <= got


@pytest.mark.parametrize(
    ("text", "zh"), [("Finish my first marathon", False), ("让孩子考到理想的高中", True)]
)
def test_a_first_race_or_a_school_reached_is_no_kpi(text: str, zh: bool) -> None:
    assert "objective-is-metric" not in (_obj_zh(text) if zh else _obj(text))


@pytest.mark.parametrize(
    "text", ["做好安全生产工作", "做好食堂管理工作", "做好防汛工作", "做好来访接待工作"]
)
def test_doing_an_area_of_work_well_is_vague(text: str) -> None:
    # Decision 575 ("做好消防安全工作").
    assert "objective-vague" in _obj_zh(text)


def test_a_kindergarten_parents_trust_most_is_no_vague_objective() -> None:
    assert "objective-vague" not in _obj_zh("做全区家长最放心的幼儿园")


@pytest.mark.parametrize(
    "text",
    [
        "Roll out the new checkout to 100% of iOS users by May 30",
        "Ship the redesigned signup flow to 100% of web users by July 1",
        "Release the new booking page to 100% of members by Oct 15",
        "Roll out the new checkout to 60% of iOS users by May 30",
    ],
)
def test_a_dated_launch_to_a_share_of_users_is_a_share_measured(text: str) -> None:
    # Decisions 399 and 4325 (the KYC flow to 100% of Android users).
    assert "kr-is-task" not in _kr(text)


def test_a_dated_launch_to_a_count_of_users_stays_a_launch() -> None:
    assert "kr-is-task" in _kr("Ship the beta build to 40 pilot users by April 30")


@pytest.mark.parametrize(
    "text",
    [
        "Every driver does the annual safety refresher",
        "All agents complete the mandatory GDPR refresher",
        "Every pharmacist does the yearly controlled-drugs refresher",
    ],
)
def test_a_refresher_a_whole_group_completes_is_a_task_and_routine(text: str) -> None:
    # Decisions 4978 and 6430 (the verification refresher every reporter does).
    assert {"kr-business-as-usual", "kr-is-task"} <= _kr(text)


def test_a_share_completing_a_training_is_neither() -> None:
    got = _kr("95% of staff complete the fire training by June")
    assert "kr-is-task" not in got and "kr-business-as-usual" not in got


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("All pharmacists pass the new dispensing assessment", False),
        ("Every cashier passes the new till quiz", False),
        ("全体收银员通过新收银系统操作考核", True),
        ("全体护士通过新版院感防控考核", True),
        ("所有客服通过新工单系统操作考核", True),
    ],
)
def test_everyone_passing_an_assessment_is_a_share_not_yet_in_digits(text: str, zh: bool) -> None:
    # Decision 659 (前台员工全部通过新PMS系统操作考核).
    got = _kr_zh(text) if zh else _kr(text)
    assert "kr-not-quantified" in got and "kr-is-task" not in got


@pytest.mark.parametrize(
    "text", ["100% of cashiers pass the new till quiz by June", "通过新版考核的员工比例达到100%"]
)
def test_the_measured_form_of_everyone_passing_is_clean(text: str) -> None:
    got = _kr_zh(text) if re.search(r"[\u4e00-\u9fff]", text) else _kr(text)
    assert not got & {"kr-not-quantified", "kr-is-task"}


@pytest.mark.parametrize("text", ["每天11点前睡觉", "每晚10点半前睡觉", "每天23点前上床"])
def test_a_bedtime_habit_is_work_with_no_target(text: str) -> None:
    # Decisions 159 and 6001 and the round-41 ruling (每天12点前睡觉); the coach calls the habit
    # counted work (kr-activity-count), which the result principle reads as the label's task.
    got = _kr_zh(text)
    assert "kr-not-quantified" in got and got & {"kr-is-task", "kr-activity-count"}


@pytest.mark.parametrize("text", ["每天睡够7小时", "12点前睡觉的天数每月不少于25天"])
def test_sleep_held_at_an_amount_or_bedtimes_counted_are_results(text: str) -> None:
    got = _kr_zh(text)
    assert not got & {"kr-not-quantified", "kr-is-task", "kr-activity-count"}


@pytest.mark.parametrize(
    "text", ["完成ISO 9001监督审核", "完成ISO 14001监督审核", "配合完成年度监督审核"]
)
def test_a_surveillance_audit_with_no_figure_is_routine(text: str) -> None:
    # Decisions 345 and 5676 (完成IATF 16949监督审核).
    assert "kr-business-as-usual" in _kr_zh(text)


@pytest.mark.parametrize("text", ["IATF16949监督审核零不符合项", "首次通过ISO 27001认证"])
def test_an_audits_outcome_or_a_first_certification_is_no_routine(text: str) -> None:
    assert "kr-business-as-usual" not in _kr_zh(text)


@pytest.mark.parametrize(
    "text", ["新引入3家包材供应商", "引进2家备用物流供应商", "新引入1家冷链供应商"]
)
def test_suppliers_brought_in_are_work(text: str) -> None:
    # Decisions 3891 and 4996 (新引入2家备选供应商).
    assert "kr-is-task" in _kr_zh(text)


@pytest.mark.parametrize("text", ["新签3家年费10万以上的客户", "新入驻商家20家"])
def test_customers_and_merchants_won_stay_results(text: str) -> None:
    assert "kr-is-task" not in _kr_zh(text)


@pytest.mark.parametrize(
    "text", ["语文组每周集体备课1次", "数学组每周集体备课一次", "每周开展一次集体备课"]
)
def test_joint_lesson_planning_once_a_week_is_routine(text: str) -> None:
    # Decision 5227 (教研组每周集体备课1次).
    assert "kr-business-as-usual" in _kr_zh(text)


@pytest.mark.parametrize(
    "text",
    ["每学期组织4次集体备课", "每周召开2次质量例会", "每月开展2次消防巡查", "每周巡检4次配电房"],
)
def test_sessions_and_patrols_counted_above_one_stay_a_count_only(text: str) -> None:
    # Decisions 5860, 5220 and 6028 (每月消防巡检4次 loses its business-as-usual label).
    got = _kr_zh(text)
    assert "kr-activity-count" in got and "kr-business-as-usual" not in got


def _owners(title: str) -> list[bool]:
    rv = review(
        f"{title}\n\nO1：提升绩效管理水平\n- 按时完成季度绩效考核\n- 制定新的晋升通道方案\n",
        config=Config(use_model=False),
    )
    return [
        any(c.rule_id == "kr-no-owner" and c.status == "fail" for c in k.checks)
        for k in rv.objectives[0].key_results
    ]


@pytest.mark.parametrize(
    "title",
    [
        "研发中心HRBP 2026年Q3 OKR",
        "门诊部护士长 2026年Q2 OKR",
        "华东大区HRBP 2026年Q4 OKR",
        "财务部会计 2026年Q3 OKR",
    ],
)
def test_one_post_in_the_sets_title_owns_its_key_results(title: str) -> None:
    # Decision 5977 and the round-41 ruling (研发中心HRBP 2025年Q2 OKR).
    assert _owners(title) == [False, False]


@pytest.mark.parametrize("title", ["客服部 2027年Q3 OKR", "质量部 2026年Q3 OKR"])
def test_a_teams_title_owns_nothing(title: str) -> None:
    assert _owners(title) == [True, True]
