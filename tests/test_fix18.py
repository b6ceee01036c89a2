"""Round 18's rule leftovers (fix18, decisions 1440-1454): negatives said with a capped step, a
denied lapse, "fewer" after a lapse verb or a fix of named problems; things made, bought or booked
in; places that each meet a bar; a nominalised sign-off; a team taken onto a tool; time set aside;
metric and flat objectives; decades; a numbered season in the title; an event raced as deadline."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.facts import read

NO_MODEL = Config(use_model=False)
EN_OBJ = "Objective: A team people stay in, by Q3 (owner: Ann)"
ZH_OBJ = "目标：打造一个大家愿意留下来的团队（负责人：王芳，Q3）"
EN_UNDATED = "Objective: A team people stay in (owner: Ann)"
ZH_UNDATED = "目标：打造一个大家愿意留下来的团队（负责人：王芳）"


def _zh(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _findings(kr: str, dated: bool = True) -> dict:
    en, zh = (EN_OBJ, ZH_OBJ) if dated else (EN_UNDATED, ZH_UNDATED)
    draft = f"{zh}\n关键结果1：{kr}" if _zh(kr) else f"{en}\nKR1: {kr}"
    rv = review(draft, config=NO_MODEL)
    return {f.rule_id: f for f in rv.findings if f.target == "o1.kr1"}


def _objective(text: str) -> set[str]:
    draft = (
        f"目标：{text}（负责人：王芳，Q3）\n关键结果1：新签客户达到20家\n关键结果2：复购率从20%提升到30%"
        if _zh(text)
        else f"Objective: {text}, by Q3 (owner: Ann)\nKR1: Sign 20 new customers\n"
        "KR2: Repeat rate from 20% to 30%"
    )
    rv = review(draft, config=NO_MODEL)
    return {f.rule_id for f in rv.findings if f.target == "o1"}


def _rewrites(f) -> list[str]:
    return [s.text for s in f.suggestions if s.kind == "rewrite" and not s.asks]


RESULT_RULES = {"kr-is-task", "kr-activity-count"}


# -- 1. negative phrasing (decisions 1445-1448) -------------------------------------------------


@pytest.mark.parametrize(
    ("kr", "turned"),
    [
        (
            "Escalate fewer than 5% of support cases",
            "More than 95% of support cases resolved without escalation",
        ),
        ("Refund fewer than 1% of payments", "More than 99% of payments kept without a refund"),
        ("Refund under 2% of orders", "More than 98% of orders kept without a refund"),
        (
            "Escalate under 3% of tickets to tier 2",
            "More than 97% of tickets resolved without escalation",
        ),
    ],
)
def test_a_capped_step_turns_to_its_good_complement(kr: str, turned: str) -> None:
    f = _findings(kr)["kr-negative-phrasing"]
    assert turned in _rewrites(f)


@pytest.mark.parametrize(
    "kr",
    [
        "Escalate under 3% of tickets to tier 2",
        "Reassign fewer than 4% of deliveries",
        "Never miss a payroll date",
        "Never lose a client file",
        "nobody rage-quits scrims",
        "nobody misses a shift",
        "No player skips practice",
        "No driver misses a pickup",
        "Lose fewer pistol rounds",
        "Miss fewer free throws",
        "Concede fewer goals in the last 10 minutes",
        "Resolve the printing problems",
        "Sort out the login problems",
        "Fix the projector problems in room 4",
        "Get the broken belt loaders fixed",
        "Get our leaking taps repaired by June",
    ],
)
def test_negative_phrasing_fires(kr: str) -> None:
    assert "kr-negative-phrasing" in _findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Refund 100% of eligible claims within 5 days",
        "Escalate 100% of P1 incidents within 15 minutes",
        "Reassign 100% of orphaned tickets within a day",
        "Never stop learning",
        "Lose 5 kg by summer",
        "Hold fewer but better meetings",
        "Solve 150 LeetCode problems",
        "Solve the 20 practice problems each week",
        "Work through the practice problems in chapter 3",
        "Get the new loaders installed",
        "Everyone finishes the course",
    ],
)
def test_near_misses_stay_positive(kr: str) -> None:
    assert "kr-negative-phrasing" not in _findings(kr)


# -- 2. tasks and activity (decisions 1449-1454) ------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Launch 4 new clinics, each with weekly visits above 200",
        "Open 2 new clinics, each with 150+ patients a week",
        "Open 5 new kiosks, each selling over 300 cups a day",
        "Launch 3 new bus routes, each with 500+ daily riders",
        "推出3款新品，每款月销超过1万件",
        "Book 500 room nights from corporate clients",
        "开发30家经销商",
        "新增客户50家",
        "Onboard 5 teams onto the service catalog",
    ],
)
def test_results_stay_results(kr: str) -> None:
    assert not RESULT_RULES & set(_findings(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "Publish 6 posts, each reaching over 5,000 readers",
        "开展4场培训，每场参训人数超过30人",
    ],
)
def test_efforts_that_each_meet_a_bar_are_still_efforts(kr: str) -> None:
    assert "kr-activity-count" in _findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "开发3条周边徒步路线",
        "开发4门新课程",
        "新买4台教练车",
        "新购2台服务器",
        "Book 10 live bands",
        "Book 5 keynote speakers for the summit",
        "Book 6 food trucks for the festival",
    ],
)
def test_things_made_bought_or_booked_in_are_tasks(kr: str) -> None:
    assert "kr-is-task" in _findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Sign-off of the new budget by May 1",
        "Sign-off on the 2027 plan by March 15",
        "Sign-off of the vendor contract by June 10",
    ],
)
def test_a_dated_sign_off_is_a_milestone(kr: str) -> None:
    f = _findings(kr)["kr-is-task"]
    assert f.severity == "warning"
    assert "kr-not-quantified" not in _findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Onboard the finance team onto the new ERP by June",
        "Onboard the HR team onto Workday by September",
        "Onboard our support staff to Zendesk by April",
    ],
)
def test_a_team_taken_onto_a_tool_is_a_rollout_not_hiring(kr: str) -> None:
    f = _findings(kr)["kr-is-task"]
    assert f.severity == "warning"  # dated: a milestone
    text = " ".join(s.text for s in f.suggestions)
    assert "on board" not in text and "hire" not in text


def test_onboarding_people_into_a_team_is_still_hiring() -> None:
    f = _findings("Onboard 10 engineers to the platform team")["kr-is-task"]
    assert "Onboarding" in " ".join(s.text for s in f.suggestions)


@pytest.mark.parametrize(
    "kr",
    [
        "one-on-one day with each kid every month",
        "Monthly one-on-one outing with each kid",
        "每月和每个孩子单独过一天",
        "每周陪父母吃一顿饭",
    ],
)
def test_time_set_aside_with_ones_own_people_is_effort(kr: str) -> None:
    assert "kr-activity-count" in _findings(kr)


def test_one_on_one_is_no_count() -> None:
    facts = read("one-on-one day with each kid every month", "en")
    assert not [q for q in facts.quantities if q.is_target]


# -- 3. objectives and readings (decisions 1440, 1441, 1443, 1444, 1453) ------------------------


@pytest.mark.parametrize(
    "text",
    ["获取10万用户", "吸引10万用户", "拉新5万用户", "吸引5000名付费会员", "Attract 50,000 new members",
     "Gain 20,000 newsletter readers"],
)  # fmt: skip
def test_people_won_counted_are_a_metric_objective(text: str) -> None:
    assert "objective-is-metric" in _objective(text)


@pytest.mark.parametrize("text", ["培训5000名用户", "Train 500 users on the new app"])
def test_work_done_with_people_is_no_metric_objective(text: str) -> None:
    assert "objective-is-metric" not in _objective(text)


@pytest.mark.parametrize(
    "text",
    [
        "快速支撑业务扩张",
        "有力支撑业务扩张",
        "迅速支撑新业务落地",
        "花时间查看客户反馈",
        "抽时间陪伴家人",
    ],
)
def test_a_flat_verb_after_a_manner_or_time_word_is_not_inspiring(text: str) -> None:
    assert "objective-not-inspiring" in _objective(text)


@pytest.mark.parametrize("text", ["快速拿下华南市场", "让新人快速上手"])
def test_vivid_ones_stay_inspiring(text: str) -> None:
    assert "objective-not-inspiring" not in _objective(text)


@pytest.mark.parametrize(
    "text",
    ["Digitise the 1990s archive", "Restore the 1980’s film reels", "Play the 80s hits at 4 gigs"],
)
def test_a_decade_is_no_figure(text: str) -> None:
    facts = read(text, "en")
    decade = [q for q in facts.quantities if q.kind == "label-number"]
    assert decade and decade[0].value in (1990, 1980, 80)


@pytest.mark.parametrize("text", ["Hold 10s planks", "Cut load time to 20s", "Run 100s of tests"])
def test_seconds_stay_seconds(text: str) -> None:
    assert any(q.unit == "seconds" for q in read(text, "en").quantities)


@pytest.mark.parametrize(
    "title",
    [
        "Esports team — Split 2 OKRs (coach: @kenji)",
        "Debate club — Season 3 OKRs (owner: Ana)",
        "战队 S3赛季 OKR（负责人：王芳）",
    ],
)
def test_a_numbered_split_or_season_in_the_title_is_the_cycle(title: str) -> None:
    zh = _zh(title)
    body = (
        "目标：拿下联赛冠军\n关键结果1：训练赛胜率达到70%\n关键结果2：队内满意度4分以上"
        if zh
        else "Objective: Win the regional league\n- Win 70% of scrims\n- Team mood survey avg ≥ 4/5"
    )
    rv = review(f"{title}\n{body}", config=NO_MODEL)
    fired = {f.rule_id for f in rv.findings}
    assert not fired & {"objective-no-timeframe", "kr-no-deadline"}


def test_a_phase_in_the_title_is_no_cycle() -> None:
    rv = review(
        "Product team — Phase 2 OKRs (owner: Ana)\nObjective: Make checkout effortless\n"
        "- Checkout conversion from 40% to 55%\n- Cart abandonment NPS up to 40",
        config=NO_MODEL,
    )
    assert "objective-no-timeframe" in {f.rule_id for f in rv.findings}


# -- 4. an event raced as the deadline (decision 1442) ------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Sell 200 gift boxes ahead of the launch",
        "Sell 200 gift boxes in time for the board meeting",
        "Sell 200 gift boxes before the wedding season",
        "Sell 200 gift boxes before the move",
        "Sell 200 gift boxes before the baby arrives",
        "Get 40 families signed up ahead of the summer break (owner: Bo)",
        "Sell 80 cakes in time for the school fair",
        "礼盒销量达到200盒，赶在宝宝出生前",
        "礼盒销量达到200盒，赶在搬家之前",
        "会员人数达到300人，赶在年底促销前",
    ],
)
def test_an_event_raced_is_a_deadline(kr: str) -> None:
    assert "kr-no-deadline" not in _findings(kr, dated=False)


@pytest.mark.parametrize(
    "kr",
    [
        "Answer 90% of calls before the third ring",
        "Resolve 80% of tickets before the customer calls back",
        "Sell 200 gift boxes",
    ],
)
def test_a_condition_on_each_case_is_no_deadline(kr: str) -> None:
    f = _findings(kr, dated=False)["kr-no-deadline"]
    assert any("[date]" in t for t in _rewrites(f) + [s.text for s in f.suggestions])
