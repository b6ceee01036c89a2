"""Result, not task, twenty-second round (decisions 2120-2139; result22): shapes of key
results misread on wordings result22 wrote (tests/data/result22_krs_*.tsv), each imitated
here by further wordings of the same shape. Each decision's tests failed before it; the guards
keep what must not change."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coach import review

TASK_RULES = ("kr-is-task", "kr-activity-count")


def task_flagged(kr: str, objective: str = "Make our customers love working with us") -> bool:
    """Whether kr-is-task or kr-activity-count fails (or warns) on the key result."""
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    text = f"目标：{objective}\nKR1：{kr}\n" if zh else f"Objective: {objective}\nKR1: {kr}\n"
    r = review(text)
    (item,) = r.objectives[0].key_results
    return any(c.rule_id in TASK_RULES and c.status == "fail" for c in item.checks)


# --- 2120: a share of the team's own work done is the work's scope, not a result -----------


@pytest.mark.parametrize(
    "kr",
    [
        "Complete 100% of the warehouse system cutover",
        "Finish 100% of the SAP data cleanse by October",
        "Complete 80% of the accessibility remediation plan",
        "Deliver 90% of the H2 platform roadmap",
        "Close out 100% of the action items from the fire inspection",
        "Office relocation 100% complete by August",
        "Billing rewrite 75% done",
    ],
)
def test_a_share_of_own_work_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Answer 95% of inbound calls within 20 seconds",
        "Resolve 80% of tickets on first contact",
        "Ship 90% of sprint commitments on time",
        "Process 98% of refunds within 3 days",
        "Convert 20% of trial accounts to paid",
        "Increase test coverage to 80%",
        "Grow the share of repeat buyers from 20% to 30%",
        "Get 60% of active users to try the mobile app",
        "Deliver 95% of orders within 48 hours",
        "Complete 85% of onboarding checklists without help from support",
        # a population in a new state stays measured (decision 3), whatever verb moves it
        "Migrate 90% of the cron jobs to the new scheduler",
        "Move 100% of invoice templates to the new layout",
        "Complete 100% of the roadmap items customers voted for",
    ],
)
def test_guard_shares_with_a_standard_or_of_others_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "100%完成消防演练覆盖",
        "100%完成年度安全培训计划",
        "完成90%的历史工单数据迁移",
        "9月底前完成60%的仓储系统改造",
        "机房搬迁 100% 完成",
    ],
)
def test_zh_a_share_of_own_work_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "100%完成年度销售目标",
        "完成季度业绩指标的120%",
        "80%的新用户7天内完成首次下单",
        "新功能覆盖60%的活跃用户",
        "单元测试覆盖率达到80%",
        # stores and staff counted in a new state stay measured (decision 3)
        "完成100%门店的收银系统切换",
        "6月底前完成80%员工的个税信息核对",
    ],
)
def test_guard_zh_targets_met_and_people_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2122: 新开/新设 open the team's own places; 投稿 is an effort sent to those counted -------


@pytest.mark.parametrize(
    "kr",
    ["新开3个社区自提点", "年底前新设2个海外办事处", "向15家行业媒体投稿", "给8家出版社投稿"],
)
def test_zh_places_opened_and_pieces_submitted_are_tasks(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "新开3家门店，每家月营收超过50万元",  # decision 1449: each meets a bar
        "投稿被6家媒体录用",  # pieces accepted by others are won
        "新增付费会员2000人",
    ],
)
def test_guard_zh_places_meeting_a_bar_and_pieces_accepted_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2123: 被 and who does it: what others do to the team's work is a result ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "我们的课题报告被省教育厅采纳",
        "作品被一家画廊收藏",
        "专利被一家企业买断",
        "研究报告被行业协会引用",
    ],
)
def test_zh_what_others_do_to_the_work_is_no_task(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "被动等待客户反馈改为主动回访20家客户",
        "撰写3篇论文并投稿",
        "编写被投诉最多的10个问题的处理手册",
    ],
)
def test_guard_zh_work_with_bei_elsewhere_stays_a_task(kr: str) -> None:
    assert task_flagged(kr)


# --- 2124: an unknown word before "all" and its object leads as an imperative --------------


@pytest.mark.parametrize(
    "kr",
    [
        "Rotate all database credentials",
        "Reseal all loading-bay doors by May",
        "Reflash all POS terminals",
        "Repot all seedlings by April",
        "Decant all bulk chemicals into labelled containers",
    ],
)
def test_an_unknown_word_before_all_is_an_imperative(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Nearly all renewals signed 30 days early",
        "Stores all open on Sundays by June",
        "Prevent all late deliveries to hospital wards",
        "Tickets all answered within 4 hours: 95%",
        "Rotate 100% of credentials older than 90 days within 24 hours of an alert",
    ],
)
def test_guard_nouns_and_adverbs_before_all_lead_nothing(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2125: after a preposition in a counted phrase, an outcome word is not its head ---------


@pytest.mark.parametrize(
    "kr",
    [
        "Run 6 tests on the registration form",
        "Run 5 experiments on trial conversion",
        "Try 8 pricing tests on the signup page",
    ],
)
def test_efforts_about_an_outcome_are_still_efforts(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Add 25 qualified opportunities to the pipeline",
        "Win 15 new logos in the mid-market segment",
        "Get 500 new subscribers from the podcast",
        "Acquire 200 paying users via the app store",
        "3 new customers from the partner channel",
        "12 referrals from existing clients",
    ],
)
def test_guard_outcomes_before_a_preposition_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2126: the people served, counted, and what they do is the result ----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "40 students complete the course",
        "80 families complete the budgeting course",
        "12 patients complete the rehab programme",
    ],
)
def test_people_served_who_complete_are_a_result(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "3 engineers complete the migration",
        "12 staff complete the fire warden course",
        "Train 40 students on first aid",
    ],
)
def test_guard_the_team_and_its_training_stay_work(kr: str) -> None:
    assert task_flagged(kr)


# --- 2127: a share of a group given the team's meetings or calls is a contact rate ---------


@pytest.mark.parametrize(
    "kr",
    [
        "100% of enterprise accounts have a quarterly business review",
        "90% of new hires get a 30-day check-in with HR",
        "95% of churned customers receive an exit interview",
        "85% of mentees have a check-in logged",
        "100% of key accounts have a renewal meeting 60 days before renewal",
    ],
)
def test_a_share_given_an_effort_is_an_activity(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "100% of directs have a written development plan",
        "All new clients have a named account manager",
        "80% of at-risk clients get a save call within 48 hours",
        "90% of tickets get a first reply within 1 hour",
        "80% of customers have an active integration",
        "90% of customers have a demo environment",
    ],
)
def test_guard_a_share_holding_a_thing_or_a_standard_stays_a_result(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2128: a floor between a verb that closes work items and their count is still effort ---


@pytest.mark.parametrize(
    "kr", ["解决至少12个历史遗留问题", "本季度处理不少于300个咨询", "运维组协助解决了至少15个问题"]
)
def test_zh_work_items_closed_with_a_floor_are_effort(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "修复不少于30个bug",  # bad events removed (decision 7)
        "关闭至少50个高危漏洞",
        "客户投诉处理及时率不低于95%",
        "解决至少80%的客户问题",
    ],
)
def test_guard_zh_bad_things_fixed_and_rates_stay(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2129: "N% completion of the <work>", and the work's head before "to"/"of" -------------


@pytest.mark.parametrize(
    "kr",
    [
        "Achieve 100% completion of the data migration",
        "Reach 90% completion on the Q3 roadmap",
        "100% completion of the ERP rollout by June",
        "Migration to AWS 100% complete",
        "Rollout of the new POS 100% complete by May",
    ],
)
def test_completion_of_a_piece_of_work_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Achieve 95% completion of the onboarding checklist by new customers",
        "Achieve 100% completion of compliance training",
        "Training completion rate of 95%",
        "Profile completion of 80% for new users",
        "Achieve 99.9% uptime",
        "Reach 80% test coverage",
    ],
)
def test_guard_completion_by_others_or_as_a_rate_stays_a_result(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2130: a change with no number, and a count of its means, is a count of efforts --------


@pytest.mark.parametrize(
    "kr",
    [
        "Raise brand awareness in Spain through 5 influencer campaigns",
        "Improve code quality by writing 150 new integration tests",
        "Grow community engagement by hosting 8 meetups",
        "Boost reach via 12 partner newsletters",
    ],
)
def test_a_counted_means_of_an_unmeasured_change_is_effort(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Grow revenue through 3 new enterprise customers",
        "Increase signups by 500",
        "Grow MRR by 20% through 3 pricing experiments",
        "Reduce churn by 15% through 4 save campaigns",
        "Improve NPS by 10 points",
    ],
)
def test_guard_measured_changes_and_outcomes_as_means_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2131: "(target: 100%)" after a wording that says every one restates it ----------------


@pytest.mark.parametrize(
    "kr",
    [
        "Run a retro after every release (100%)",
        "Call every new customer in week one (target 100%)",
        "Publish release notes for every release (goal: 100%)",
        "每位新客户首周电话回访（目标：100%）",
    ],
)
def test_a_restated_universal_keeps_the_wordings_reading(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Every critical service has a runbook (target: 100%)",
        "所有门店都有急救箱（目标100%）",
        "All invoices paid within 30 days (target: 100%)",
        "Resolve every P1 within 4 hours (target: 95%)",
    ],
)
def test_guard_states_and_standards_of_every_one_stay(kr: str) -> None:
    assert not task_flagged(kr)


# --- the whole of result22's own set: no more misjudgements than after this round ----------

_DATA = Path(__file__).parent / "data"


def _rows(lang: str) -> list[dict[str, str]]:
    with open(_DATA / f"result22_krs_{lang}.tsv", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


_OBJECTIVE = {"en": "Make our customers love working with us", "zh": "让客户真正爱上我们的服务"}


# At the base (e331d691): 16 of 260 English and 8 of 250 Chinese misjudged; the misses left
# are listed in /work/coord/notes/result22.md (most are decision 3's shares of a population).
@pytest.mark.parametrize("lang,most", [("en", 10), ("zh", 3)])
def test_own_set_misjudgements_do_not_grow(lang: str, most: int) -> None:
    rows = _rows(lang)
    assert len(rows) >= 200
    missed = [
        r["id"] for r in rows if task_flagged(r["text"], _OBJECTIVE[lang]) != (r["label"] == "flag")
    ]
    assert len(missed) <= most, missed
