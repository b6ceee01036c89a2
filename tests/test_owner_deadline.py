"""Owner and deadline: what an item says itself, and what it inherits from its objective, a heading
that covers it or the lines above the first objective (docs/principles.md decisions 12–17, 37–42).
The curated good examples and the good score-tier drafts draw no owner or deadline finding."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.owner import find_owner, heading_owner, owner_phrase, prefix_owner, team_subject
from coach.facts.timeframes import has_deadline, is_horizon
from models import library

OWNER_DEADLINE = ["kr-no-owner", "kr-no-deadline", "objective-no-timeframe"]


def _fired(text: str, rule: str) -> list[str]:
    r = review(text, select=[rule])
    return [f.target for f in r.findings if f.rule_id == rule]


# -- owners written on the item ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("复购率提升到25%（小雅负责）", "小雅"),
        ("5S月度评分提升到92分（车间主任 老赵）", "车间主任 老赵"),
        ("订单金额8000万（陈总、销售部王经理）", "陈总、销售部王经理"),
        ("TOP20客户每家至少拜访一次（销售+财务一起）", "销售+财务一起"),
        ("停线时间降到2小时（负责人：采购科 孙）", "采购科 孙"),
        ("NPS提升到50——王芳", "王芳"),
        ("堂食好评率95%（督导小刘）", "督导小刘"),  # a role, then the person who holds it
        ("堂食好评率95%【负责：阿美】", "阿美"),
        ("堂食好评率95%（执行：阿美）", "阿美"),
        ("堂食好评率95% -- 阿美跟进", "阿美"),
        ("高数一轮复习完成（自己）", "自己"),  # the author of a personal set (decision 14)
        ("活动覆盖10个城市，市场部负责", "市场部"),
        ("Cut cold start to under 2s (Jon)", "Jon"),
        ("PPE compliance 100% (site GMs)", "site GMs"),
        ("$12M in new pipeline by Feb 15 (AEs + SDRs)", "AEs + SDRs"),
        ("Onboarding NPS 60+ [Ben]", "Ben"),
        ("Push opt-in to 65% - Priya", "Priya"),
        ("New users with a goal: 19% → 30% (Priya) [0.4]", "Priya"),
        ("Ship the pricing page (owner: @li-wei)", "li-wei"),  # the handle, without its @
    ],
)
def test_owner_on_the_item(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner


def test_owner_beside_the_period_keeps_the_period() -> None:
    name, (s, e) = find_owner("Make QBRs worth the hour (Q2, Sofia)")  # type: ignore[misc]
    assert name == "Sofia" and "Q2" not in "Make QBRs worth the hour (Q2, Sofia)"[s:e]


@pytest.mark.parametrize(
    "text",
    [
        "小红书种草笔记1000篇（KOC为主）",
        "业务方满意度调研≥4.5分（5分制）",
        "客诉降到50单（高峰期）",
        "Raise NPS to 50 (Facebook)",
        "On-time delivery (promised date) from 93.8% to 97%",
        "HIPAA attestation done (w/ Legal)",
        "Increase D30 retention (Q4)",
        "Win back customers — Europe",
        "提高35%的社交媒体互动量 [团队]",
        "活动执行率提升到95%（执行率口径）",  # 执行 names the owner only as a label with a colon
        "会员复购率提升到35%（跟进中）",
    ],
)
def test_not_an_owner(text: str) -> None:
    assert find_owner(text) is None


@pytest.mark.parametrize(
    ("prefix", "owns"),
    [
        ("AE team", True),
        ("SDR lead KR", True),
        ("Sales", True),
        ("Reno (Dana)", True),
        ("Sales (Closing Deals) KR", True),  # a function with its sub-team in brackets
        ("Engineering (Distribution)", True),
        ("Core services KR", True),  # a team's name before "KR" says whose key result it is
        ("Revenue (ARR)", False),
        ("生产部 老赵", True),
        ("二班", True),
        ("Revenue growth", False),
        ("Pipeline", False),
        ("知识产权", False),
        ("覆盖高校数量", False),
    ],
)
def test_prefix_owner(prefix: str, owns: bool) -> None:
    assert prefix_owner(prefix) is owns


def test_owner_phrase_and_team_subject() -> None:
    assert owner_phrase("Dana, growth") and not owner_phrase("抖音+小红书")
    assert owner_phrase("市场部") and not owner_phrase("市场部", person_only=True)
    # The word for the owner beside a name labels it (decision 127); alone it names nobody.
    assert owner_phrase("Sofia, owner") and owner_phrase("DRI, Ravi")
    assert not owner_phrase("owner") and not owner_phrase("owner, Q3")
    assert heading_owner("Corner Bakery — autumn quarter 2026 (Sofia, owner)")
    # "(lead: Ayo)" and "Coordinator: Priya Raman" under the title name the owner (decision 132).
    assert heading_owner("Infra — H1 2027 (lead: Ayo)")
    assert heading_owner("Coordinator: Priya Raman")
    assert find_owner("Lead 3 renewal negotiations") is None
    assert find_owner("Lead time from 5 days to 2") is None
    assert team_subject("Implementation team cuts onboarding to 30 days")
    assert team_subject("内容组全员完成AIGC培训")
    assert not team_subject("Support team response time under 2h")


@pytest.mark.parametrize(
    ("heading", "owns"),
    [
        ("法务合规 — 2025上半年OKR（郑律）", True),
        ("2025 Q3 研发效能 OKR（王浩负责）", True),
        ("公司级（CEO）", True),
        ("我的Q1个人目标（2026）", True),
        ("Peak 2024 readiness — Lee", True),
        ("Jul–Dec stretch goals — Maria (VP Sales)", True),
        ("Owner: Lee Carter, Ops Lead · Status: draft", True),
        ("Owner: @rafa", True),  # a handle after the label (decision 377)
        ("**Owner:** Priyanka Rao", True),  # bold label (decision 377)
        ("__DRI__: @sam", True),
        ("**Support team**", False),
        ("王芳 · 2025 Q3 OKR", True),
        ("林晓2025秋季学期OKR", True),  # a name glued to the period
        ("区域经理王姐 Q3 OKR", True),  # a role, then the person who holds it
        ("华东2025 Q3 OKR", False),  # a region, not a name
        ("2026春季学期 OKR —— 研一 方静怡", True),  # a grade, then the person (decision 103)
        ("2026 Q2 OKR —— 市场部 推广组", False),  # a department and its team
        ("三、我自己", True),  # a section's number says nothing of its owner
        ("客服主管OKR示例", True),  # a role glued to OKR
        ("销售经理季度OKR", True),
        ("经理层OKR", False),  # a level of management, not one person
        ("看看出纳岗位的OKR写法", True),  # a job position is held by one person
        ("各岗位OKR汇总", False),  # every position: no one owner
        ("仓储岗位职责", False),  # a position's duties, not its OKR
        ("督导：阿芳", True),
        ("小橙子美术馆 2027年Q2 OKR（馆长：简书宁）", True),  # a role and its holder (decision 341)
        ("城南分拣站 2027年上半年目标（站长 阮志军）", True),
        ("网格员：甘春燕", True),  # a line under the title (decision 341)
        ("提高一次交检合格率（SQE 葛文博）", True),  # a role in capitals, then the person
        ("部门：教务组", False),  # a label and a team
        ("目标：王者归来", False),  # a label and an objective
        ("督导组 Q3 OKR", False),  # a team runs the set (decision 12)
        ("二、督导组", False),
        ("市场部 2025年Q2 OKR", False),  # a team runs the set (decision 12)
        ("技术中心", False),
        ("Returns OKRs — Q3 2025 (Yuki + Lee)", False),  # co-authors (decision 13)
        ("Launch season (Sept-Oct 2025) — Sam's draft", False),  # an author
        ("涂装车间Q2目标（老赵拟，待厂长确认）", False),
        ("关于2025年度预算管理工作的OKR（讨论稿）", False),
        ("Safety — draft for the DC managers call", False),
    ],
)
def test_heading_owner(heading: str, owns: bool) -> None:
    assert heading_owner(heading) is owns


# -- owners inherited through the draft ----------------------------------------------------------
def test_prefix_and_heading_owners_in_a_review() -> None:
    text = "Sales OKRs Q3\n\nO1: Win the mid-market\nAE team: $3.6M net new ARR\nHire 2 AEs for NA East"
    assert _fired(text, "kr-no-owner") == ["o1.kr2"]
    text = "Owner: Lee Carter\n\nObjective: Ship faster\n- Cycle time from 9 to 5 days"
    assert _fired(text, "kr-no-owner") == []


def test_roles_on_nested_bold_objectives_own_their_key_results() -> None:
    # A cascade written as one nested list: each bold item over "KR:" lines (or "Team KR:"
    # items) is an objective at its depth, and the role before its colon owns its key results.
    text = (
        "# 2024-Q3 OKRs\n\n1. **CEO: Profitable growth**\n"
        "   1. **Sales (Mid-market): Land 3 tier 1 accounts.** \\\n"
        "      KR: Convert 40% of trials to paid plans. \\\n      KR: Net retention above 110%.\n"
        "   1. **VP Eng: Releases nobody worries about.**\n"
        "      1. VP Eng KR: 95% of weekly releases ship on schedule.\n"
        "      1. **Infra: Automate toil.**\n         1. Infra KR: Patch releases take under 1 hour.\n"
    )
    r = review(text)
    objectives = [(o.text, o.owner, [k.text for k in o.key_results]) for o in r.objectives]
    assert objectives[1:] == [
        (
            "Sales (Mid-market): Land 3 tier 1 accounts.",
            "Sales (Mid-market)",
            ["Convert 40% of trials to paid plans.", "Net retention above 110%."],
        ),
        (
            "VP Eng: Releases nobody worries about.",
            "VP Eng",
            ["95% of weekly releases ship on schedule."],
        ),
        ("Infra: Automate toil.", "Infra", ["Patch releases take under 1 hour."]),
    ]
    assert _fired(text, "kr-no-owner") == [] and _fired(text, "kr-no-deadline") == []
    text = "O1: Automate ops toil\n1. Distribution KR: Patch releases take under 1 hour"
    assert _fired(text, "kr-no-owner") == []


def test_team_names_before_objectives_follow_the_drafts_convention() -> None:
    # Decision 76: with two objectives owned by the role before their colon, "Web:" and "Core
    # services:" on the others name teams; "Revenue growth: 20%" still names a measure.
    text = (
        "1. **Marketing: Be the brand developers name first**\n   KR: 30k monthly docs visitors\n"
        "1. **VP Eng: Releases nobody worries about**\n   KR: 95% of releases on schedule\n"
        "1. **Web: Pay down design debt**\n   KR: Percy snapshots from 8 to 40\n"
        "1. **Core services: Search that scales**\n   KR: p95 search under 2s\n"
        "1. **Revenue growth: 20% more ARR**\n   KR: ARR to $5M\n"
    )
    r = review(text)
    assert [o.owner for o in r.objectives] == ["Marketing", "VP Eng", "Web", "Core services", None]
    assert _fired(text, "kr-no-owner") == ["o5.kr1"]


def test_a_sibling_sections_owner_is_not_inherited() -> None:
    text = (
        "## Sales (Sarah)\nObjective: Win the mid-market\n- 20 new logos\n\n"
        "## Platform\nObjective: A faster app\n- p95 latency under 200 ms"
    )
    assert _fired(text, "kr-no-owner") == ["o2.kr1"]


def test_an_empty_owner_cell_is_no_owner() -> None:
    text = (
        "| Objective | Key result | Owner |\n|---|---|---|\n"
        "| A rota nobody dreads | Pages per week from 14 to 4 | Alina |\n"
        "| | Comp policy approved by HR | |\n"
    )
    assert _fired(text, "kr-no-owner") == ["o1.kr2"]


# -- deadlines -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("抖音电商组 2026年3月-5月 OKR", "zh"),
        ("校园市场 · 2025秋季学期（9月-12月）OKR", "zh"),
        ("618大促 市场配合OKR", "zh"),
        ("双11作战OKR", "zh"),
        ("大三上学期目标", "zh"),
        ("期末考试前刷完真题", "zh"),
        ("未来两个月把体脂降到22%", "zh"),  # a window that starts now
        ("接下来6周每天练琴", "zh"),
        ("复试前模拟面试5次", "zh"),
        ("外卖好评率98%（截止：9.30）", "zh"),  # a month and a day after a due label
        ("寒假（1.12-2.22）每天背单词", "zh"),  # a span of days, month.day
        ("今年夏天瘦到50公斤", "zh"),
        ("社区面包店 冬季 OKR", "zh"),  # the set's own season (decision 104)
        ("十一前新店开业", "zh"),
        ("外卖好评率98%（DDL 9/30）", "zh"),
        ("Peak 2024 readiness", "en"),
        ("Jul–Dec stretch goals", "en"),
        ("OKR for Feb", "en"),
        ("10k users in the first month after launch", "en"),
        ("by the October board meeting", "en"),
        ("during weeks 1–2", "en"),
        ("this semester", "en"),
        ("by the end of the 1st quarter", "en"),
        ("by mid-quarter", "en"),
        ("at quarter end", "en"),
        ("by Friday", "en"),
        ("by the 15th", "en"),
        ("in 2 sprints", "en"),
        ("by day 90", "en"),
        ("by GA", "en"),
        ("by the next QBR", "en"),
        ("during the pilot", "en"),
        ("30th September", "en"),
        ("before end of quarter", "en"),
        ("by end of half", "en"),
        ("next fiscal year", "en"),
        ("Winter Roads Unit — season 2026/27 OKRs", "en"),  # across two years (decision 524)
        ("the 2026–27 season", "en"),
        ("school year 2026/27", "en"),
        ("Studio OKRs until the investor pitch", "en"),  # a showing worked toward (592)
        ("ahead of the client showcase", "en"),
    ],
)
def test_bounded_periods(text: str, lang: str) -> None:
    assert has_deadline(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("关于2025年度预算管理工作的OKR", "zh"),
        ("安全环保OKR（2025年）", "zh"),
        ("全年无税务罚款", "zh"),
        ("每周出一份成本周报", "zh"),
        ("10月复盘", "zh"),
        ("截止目前好评率96.5%", "zh"),  # a due label with no date
        ("外卖评分4.6-4.9分", "zh"),  # a score range, not days
        ("夏季新品销量10万杯", "zh"),  # a product's label
        ("夏季新品 OKR草稿", "zh"),  # still a product's label before OKR
        ("2025 OKRs", "en"),
        ("Goals for 2026", "en"),
        ("Submit the weekly KPI deck", "en"),
        ("Less deals churning in first 90 days", "en"),
    ],
)
def test_horizons_and_cadences_are_no_deadline(text: str, lang: str) -> None:
    assert not has_deadline(text, lang)


def test_is_horizon() -> None:
    assert is_horizon("2025年度") and is_horizon("for 2026") and is_horizon("全年")
    assert not is_horizon("年底前") and not is_horizon("by end of 2025")


def test_a_headings_period_covers_only_its_section() -> None:
    # decision 17: the company section's quarter does not cover the sibling team section
    text = (
        "## 公司OKR（2025年Q4）\nO：冲刺年度产值\n- KR：Q4产值1.4亿\n\n"
        "## 二班班组OKR\nO：二班做全厂最好的班组\n- 二班：一次合格率98.5%"
    )
    assert _fired(text, "kr-no-deadline") == ["o2.kr1"]
    assert _fired(text, "objective-no-timeframe") == ["o2"]
    # a title over plain section names covers every section
    text = "**2025 Q3 门店OKR**\n\n**一、销售**\nO1：销售额翻番\n- 销售额从100万到200万\n\n**二、会员**\nO2：会员更活跃\n- 会员复购率从20%到30%"
    assert _fired(text, "kr-no-deadline") == []


def test_a_prose_title_gives_the_period_but_a_send_by_date_does_not() -> None:
    text = "quick q3 okr brain dump, will clean up later\n\nO - improve warehouse ops\n- labor costs down 10%"
    assert _fired(text, "kr-no-deadline") == []
    text = "下周一前每个组长把自己的OKR发我\n目标：服务质量提升\n关键结果1：组内满意度≥4.8"
    assert _fired(text, "kr-no-deadline") == ["o1.kr1"]
    # only the clause about sending the draft in is left out
    text = "2025年Q3 OKR（请于7月5日前提交）\n目标：服务质量提升\n关键结果1：满意度≥4.8"
    assert _fired(text, "kr-no-deadline") == []


def test_a_period_in_the_label() -> None:
    assert (
        _fired(
            "Q4目标：数据问题不再让业务背锅\n1. 数据质量事故从8起降到2起", "objective-no-timeframe"
        )
        == []
    )


# -- the good data draws no owner or deadline finding --------------------------------------------
def _wrapped(ex: library.Example) -> str:
    if ex.lang == "zh":
        head = "## 2026年Q3 OKR（负责人：王芳）\n"
        return head + (
            f"目标：{ex.text}\n关键结果1：NPS从30提升到45"
            if ex.kind == "objective"
            else f"目标：让客户爱上我们的服务\n关键结果1：{ex.text}"
        )
    head = "## Q3 2026 OKRs (owner: Dana Reyes)\n"
    return head + (
        f"Objective: {ex.text}\nKR1: Raise NPS from 30 to 45"
        if ex.kind == "objective"
        else f"Objective: Make customers love our service\nKR1: {ex.text}"
    )


def test_library_examples_draw_no_owner_or_deadline_finding() -> None:
    bad = []
    for ex in library.examples():
        r = review(_wrapped(ex), select=OWNER_DEADLINE)
        if r.findings:
            bad.append((ex.id, [f.rule_id for f in r.findings]))
    assert bad == []


def test_good_tier_drafts_draw_no_owner_or_deadline_finding() -> None:
    bad = []
    for d in library.tier_drafts():
        if d.tier != "good":
            continue
        r = review(d.text, select=OWNER_DEADLINE)
        if r.findings:
            bad.append((d.id, [(f.rule_id, f.target) for f in r.findings]))
    assert bad == []


def test_an_emoji_before_the_title_keeps_it_the_title() -> None:
    text = (
        "📅 2026.1-2026.3 静安片区OKR\n\n## 一、片区\nO1：会员复购提上来\n1、复购率从25%到32%\n\n"
        "## 二、督导组\nO1：巡店不走过场\n1、每店每月巡店不少于2次\n"
    )
    assert _fired(text, "kr-no-deadline") == []


@pytest.mark.parametrize(
    "kr",
    [
        "差旅报销平均周期较上季度缩短3天",
        "门店坪效比去年提升12%",
        "与上月相比，工单积压减少40单",
    ],
)
def test_a_period_compared_with_is_no_deadline(kr: str) -> None:
    # decision 267: "较上季度" names the baseline's period, not the key result's deadline
    text = f"O：让报销不再拖后腿\nKR1：{kr}"
    assert _fired(text, "kr-no-deadline")
    assert _fired(text, "objective-no-timeframe")


def test_a_compared_period_does_not_hide_a_real_deadline() -> None:
    text = "O：让报销不再拖后腿\nKR1：Q3末差旅报销平均周期较上季度缩短3天"
    assert _fired(text, "kr-no-deadline") == []


@pytest.mark.parametrize(
    ("title", "owned"),
    [
        ("某连锁茶饮为片区督导设定的季度OKR：", True),
        ("给前台主管制定的Q2目标", True),
        ("为华东销售团队设定的季度OKR", False),
    ],
)
def test_a_set_made_for_a_role_names_its_owner(title: str, owned: bool) -> None:
    # decision 268: a set written for one role is that role's; a team only runs its set
    text = f"{title}\nO：让每家门店的货架都不断货\nKR1：缺货SKU占比从9%降到3%\n"
    assert (_fired(text, "kr-no-owner") == []) is owned


def test_bare_names_closing_most_key_results_of_an_objective_are_owners() -> None:
    """Decision 520: no list knows "Bram" or "Zeb", and no other owner is written the same way;
    they close three of the four key results of O1 (three of seven in the draft), so they are
    the draft's owners. The key results without one still lack an owner."""
    text = (
        "Ramp OKRs Q1 2027\nO1: Every bag on every flight\n"
        "- Bags loaded on time from 90% to 98% — Bram\n- Gate delays from 14 to 6 a week — Zeb\n"
        "- Belt starts within 10 min from 70% to 90% — Bram\n- Brief all crews\n"
        "O2: Rosters people like\n- Shifts swapped without a form\n- Roll out the app\n"
        "- Overtime hours down 20%\n"
    )
    assert _fired(text, "kr-no-owner") == ["o1.kr4", "o2.kr1", "o2.kr2", "o2.kr3"]


@pytest.mark.parametrize(
    ("text", "lang", "bounded"),
    [
        ("新财年开始之前把账期压到45天", "zh", True),  # the next fiscal year's start (755)
        ("下一个财年启动前完成系统切换", "zh", True),
        ("财年预算编制", "zh", False),  # a fiscal year named, no moment
        ("Close the books by FY end", "en", True),
        ("Tax Desk — 28/29 season goals", "en", True),  # a season across two years, short
        ("Reach 95% in time for peak season", "en", True),  # the trade's busy time
        ("Crews staffed before winter peak", "en", True),
        ("All vans serviced ahead of the holiday rush", "en", True),
        ("Peak hour wait from 9 to 5 min", "en", False),  # the hour measured, not a deadline
        ("Orders per lunch rush from 80 to 120", "en", False),  # a daily rush is a cadence
        ("Support 24/7 season-round", "en", False),
    ],
)
def test_fiscal_starts_short_seasons_and_busy_times_bound_a_key_result(
    text: str, lang: str, bounded: bool
) -> None:
    # decision 755
    assert has_deadline(text, lang) is bounded, text


def test_a_long_title_line_gives_the_sets_year_to_a_bare_date() -> None:
    # Decision 814: the title above the first objective names the set's quarter even when it runs
    # too long to be a heading; "by 30 Sept" falls in that year, not the next after today.
    r = review(
        "Facilities team — Q3 2031 OKRs (Leeds, Manchester and Bristol sites)\n"
        "O: Every office is a place people choose to come to\n"
        "KR1: Move the Leeds desks to the booking app by 30 Sept\n"
        "KR2: Desk satisfaction from 6.1 to 7.5"
    )
    assert r.objectives[0].key_results[0].deadline.end == "2031-09-30"


@pytest.mark.parametrize(
    "kr, end",
    [
        ("Open the new canteen by 31/12/2030", "2030-12-31"),
        ("新食堂在15/3/2030前开业", "2030-03-15"),
    ],
)
def test_a_day_first_numeric_date_is_read(kr: str, end: str) -> None:
    # Decision 813: a first number above 12 is the day ("31/12/2030"); it was no date at all.
    r = review(f"O: Staff eat well at work\nKR1: {kr}")
    assert r.objectives[0].key_results[0].deadline.end == end
