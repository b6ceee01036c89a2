"""Deadlines and time frames in the shapes real drafts use (docs/principles.md decisions 3340–3342):
a start with an open end is no deadline; a stage heading's run of weeks or months and a "By when"
column time the items they cover. Guards: shapes that already read right and must stay so."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.timeframes import has_deadline, only_starts

TIME_RULES = ("kr-no-deadline", "objective-no-timeframe")


def _statuses(text: str) -> list[str]:
    """The deadline status of every objective and key result, in order."""
    r = review(text, select=list(TIME_RULES))
    out: list[str] = []
    for o in r.objectives:
        for item, rule in [(o, "objective-no-timeframe")] + [
            (k, "kr-no-deadline") for k in o.key_results
        ]:
            out += [c.status for c in item.checks if c.rule_id == rule]
    return out


def _all(text: str, status: str) -> None:
    got = _statuses(text)
    assert got and set(got) == {status}, got


# -- decision 3341: a start with an open end -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "2025.8.1 - ...",
        "Jan 2025 - ...",
        "自2025年9月起",
        "2025年3月起执行",
        "from 2025-06-01 onward",
        "starting March 2025",
        "since Q2 2026",
        "2024年6月至今",
        "2026年1月开始",
    ],
)
def test_a_start_alone_is_no_deadline(text: str) -> None:
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    assert not has_deadline(text, lang)
    assert only_starts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2025.4.19 - 2025.10.19", "zh"),
        ("from April to June 2026", "en"),
        ("Q3开始前完成种子用户招募", "zh"),
        ("从7月1日到9月30日", "zh"),
        ("starting April 1 and measured through June 30", "en"),
        ("9月起草方案，10月底前定稿", "zh"),
        ("Q3 - Launch online booking", "en"),
        ("by end of Q2", "en"),
    ],
)
def test_ranges_and_deadlines_near_a_start_stay(text: str, lang: str) -> None:
    assert has_deadline(text, lang)


@pytest.mark.parametrize(
    "draft",
    [
        "| 目标 | 关键结果 | 时间 |\n|---|---|---|\n| 学好英语 | 雅思成绩从 5.5 提高到 7 | 2025.8.1 - ... |\n"
        "| 保持健康 | 体重从 80kg 降到 70kg | 2025.6.1 - ... |\n",
        "目标：让家里的开支更有计划\n- KR1：每月储蓄从 2000 元提高到 5000 元，自2025年9月起（负责人：我）\n"
        "- KR2：外卖支出从每月 1500 元降到 600 元，2025年3月起执行（负责人：我）\n",
        "Objective: Get fit again\n- Run 5k in under 25 minutes, from 2025-06-01 onward (owner: me)\n"
        "- Body fat from 25% to 18%, starting March 2025 (owner: me)\n",
        "| Objective | Key result | Timeline |\n|---|---|---|\n| Save for a house | Savings from $10k to $40k "
        "| Jan 2025 - ... |\n| Read more | Books read from 4 to 12 | since January 2025 |\n",
        "## 阶段三：精细化运营\nO：让会员觉得被重视\n- KR：会员月活从 30% 提升到 50%，自2026年1月起按月统计（负责人：罗兰）\n",
    ],
)
def test_a_start_with_an_open_end_leaves_the_draft_untimed(draft: str) -> None:
    _all(draft, "fail")


@pytest.mark.parametrize(
    "draft",
    [
        "| Objective | Key result | Owner | Timeline |\n|---|---|---|---|\n| Make the help center answer "
        "itself | Self-service resolution from 20% to 45% | Mia | 2026.4.1 - 2026.6.30 |\n"
        "| | Searches with no result from 30% to 10% | Mia | from April to June 2026 |\n",
        "目标：让新品一上市就有口碑\n- KR1：Q3开始前完成 200 位种子用户招募，试用满意度达到 90%（负责人：丁宁）\n"
        "- KR2：从7月1日到9月30日，新品复购率从 10% 提升到 25%（负责人：丁宁）\n",
        "Objective: Turn trial users into fans\n- Trial-to-paid conversion from 8% to 14%, starting April 1 and "
        "measured through June 30 (owner: Kai)\n- Week-2 retention from 40% to 55% by end of Q2 (owner: Kai)\n",
    ],
)
def test_guard_ranges_still_time_the_draft(draft: str) -> None:
    _all(draft, "pass")


# -- decision 3342: a stage heading's run of weeks or months -------------------------------------
STAGE_HEADINGS = [
    "## Phase 1 — Weeks 1-4",
    "### Stage 1 (Weeks 1–6): Foundations",
    "## Phase 2: Months 3-4",
    "## Sprint block 2 (weeks 3-6)",
    "## Wks 5 to 8",
    "## 第一阶段（1-6周）",
    "### 阶段二（5-8周）：规模化",
    "## 第三阶段 9-12周",
    "## 阶段 B（3-4个月）",
    "## Days 31-60",
    "### Day 1 to 30: listen",
    "## 第 1-30 天",
    "### 31-60天：独立上手",
    "### Week 3: Rollout",
    "## Phase 1 (Month 1)",
    "## Build (M1-M3)",
    "## 试点（第 1-4 周）",
]


@pytest.mark.parametrize("heading", STAGE_HEADINGS)
def test_a_stage_headings_run_of_weeks_times_its_items(heading: str) -> None:
    if any("\u4e00" <= c <= "\u9fff" for c in heading):
        body = "目标：让客服不再被积压工单压垮\n- KR：首次解决率从 50% 提升到 70%（负责人：何军）\n"
    else:
        body = "Objective: Give support a calm queue\n- KR: First-contact resolution from 55% to 70% (owner: Kim)\n"
    _all(f"{heading}\n{body}", "pass")


@pytest.mark.parametrize(
    "draft",
    [
        # a run of weeks labelling a measure in a key result (decision 1761)
        "Objective: Make the spring fair our best ever\n- Weeks 1-6 sales reach $40k from $25k (owner: Ana)\n",
        # a lead time, not a period
        "目标：让客户更快拿到定制家具\n- KR：交付周期从 6-8周 缩短到 3-4周（负责人：陈立）\n",
        "## 客服目标：1-2天内回复\n目标：让客户不再等\n- KR：满意度从 80% 提升到 92%（负责人：何军）\n",
        "## Top 3 wins\nObjective: Make support calm\n- CSAT from 80% to 92% (owner: Kim)\n",
        "## Weekly review\nObjective: Make support calm\n- CSAT from 80% to 92% (owner: Kim)\n",
        # a stage heading without a period (decision 301)
        "## Phase 2 — Scale\nObjective: Make checkout calm\n- Checkout success from 97% to 99.5% (owner: Dana)\n",
        "## 阶段二：规模化\n目标：让门店复购成为习惯\n- KR：会员复购率由 25% 提升至 35%（负责人：陈晨）\n",
        # a year alone is a horizon (decisions 496, 1410)
        "## 2025\nObjective: Grow the community\n- Weekly active members from 300 to 900 (owner: Ada)\n",
    ],
)
def test_guard_untimed_drafts_stay_untimed(draft: str) -> None:
    _all(draft, "fail")


@pytest.mark.parametrize(
    "text", ["第 1-4 周完成 30 位用户访谈", "第1-2个月新客留存达到 40%", "第 3 - 第 5 周上线灰度"]
)
def test_a_run_of_the_plans_weeks_spaced_or_in_months_is_a_period(text: str) -> None:
    assert has_deadline(text, "zh")


# -- decision 3340: a "By when" column -----------------------------------------------------------
@pytest.mark.parametrize(
    "header",
    ["By when", "Due by", "ETA", "Complete by", "Target by", "完成时限", "何时完成", "时限"],
)
def test_a_by_when_column_dates_its_rows(header: str) -> None:
    draft = (
        f"| Objective | Key result | Owner | {header} |\n|---|---|---|---|\n"
        "| Make onboarding effortless | Activation rate from 30% to 50% | Jen | June 30, 2026 |\n"
        "| | Time to first value from 5 days to 1 day | Marco | 2026-06-30 |\n"
    )
    _all(draft, "pass")


def test_guard_a_done_when_column_is_no_date() -> None:
    draft = (
        "| Objective | Key result | Owner | Done when |\n|---|---|---|---|\n"
        "| Make onboarding effortless | Activation rate from 30% to 50% | Jen | dashboard shows it |\n"
    )
    _all(draft, "fail")


# -- guards: shapes that already read right ------------------------------------------------------
@pytest.mark.parametrize(
    "draft",
    [
        "## Objective 1: Make our docs the place developers start (2025-Q1)\n"
        "- KR1: Docs-referred signups grow from 800 to 1,500 per month (owner: Aiko)\n",
        "## 目标一：让老客户愿意续约（2025-Q1）\n- KR1：续约率从 70% 提升到 85%（负责人：张伟）\n",
        "Objective: Make our mobile app feel instant\n- Q1: Cut cold start time from 4s to 1.5s (owner: Hana)\n"
        "- Q2: Raise crash-free sessions from 98% to 99.7% (owner: Ivo)\n",
        "目标：让社区成为用户互助的地方\n- Q2：月活跃发帖用户从 500 提升到 1500（负责人：王磊）\n"
        "- Q3 - 用户互助回答占比从 20% 提升到 50%（负责人：赵琳）\n",
        "# Roadmap\n## H1\nObjective: Make billing something finance trusts\n"
        "- Invoice error rate drops from 4% to 0.5% (owner: Ravi)\n",
        "# 年度路线图\n## 上半年\n目标：让财务对账不再靠加班\n- KR：月结关账天数从 10 天缩短到 4 天（负责人：李娜）\n",
    ],
)
def test_guard_quarter_and_half_shapes_stay_timed(draft: str) -> None:
    _all(draft, "pass")
