"""left45 (round 45): misses seen by round 44's user-like checks and left — one run's time to
beat (6560), the wording of a compound's second half (6561), work done badly (6562), people
doing their work faster (6563), a lesson or an appointment booked (6564), a check-in linked by
the measure it moves (6565), a KR label on one bullet under a heading (6566), sales days and
"next March" as deadlines (6567). Wordings written for these tests."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.cycle.checkin import checkin
from coach.parse import parse_text
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_ACT = "kr-activity-count"
_TASK = "kr-is-task"
_NEG = "kr-negative-phrasing"
_VAGUE = "kr-vague-wording"
_QUANT = "kr-not-quantified"
_BAU = "kr-business-as-usual"
_DEADLINE = "kr-no-deadline"


_HEAD = {
    (True, True): "Objective: Delight every customer in Q2 2027\nKR1: ",
    (True, False): "Objective: Delight every customer\nKR1: ",
    (False, True): "目标：2027年Q2让每位顾客都满意\n关键结果1：",
    (False, False): "目标：让每位顾客都满意\n关键结果1：",
}


def _checks(kr: str, dated: bool = True) -> dict[str, str]:
    """Each principle's verdict on a key result alone under an objective (with its quarter,
    unless `dated` is off)."""
    (only,) = [
        k
        for o in review(_HEAD[kr.isascii(), dated] + kr + "\n", config=_CFG).objectives
        for k in o.key_results
    ]
    return {c.rule_id: c.status for c in only.checks}


# -- decision 6560: one run's distance with a time to beat is a bar, not training volume ------


@pytest.mark.parametrize(
    "kr",
    [
        "Run 5 km in under 30 minutes",
        "Run 10 km in 50 minutes",
        "Run 5 km under 30 min",
        "Walk 10 km in under 2 hours by June",
        "Run 10 miles below 80 minutes",
        "Jog 3 km in less than 20 minutes",
        "Hike 15 miles in under 6 hours",
        "Swim 2 km in under 45 minutes",
        "Row 5 km in 22:30",
        "Run 5 km in under 30 minutes by the end of May",
        "Cycle 100 km in under 4 hours at the club sportive",
        "跑步5公里用时30分钟以内",
        "骑行40公里用时不超过90分钟",
        "游泳1.5公里用时不到40分钟",
        "徒步20公里用时控制在5小时",
    ],
)
def test_one_run_with_a_time_to_beat_is_no_activity_count(kr: str) -> None:
    checks = _checks(kr)
    assert checks[_ACT] == "pass"
    assert checks[_TASK] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Run 5 km",  # a distance alone: training volume (6288)
        "Run 20 km a week",
        "Cycle 100 miles a week",
        "Run 5 km in under 30 minutes three times a week",  # a cadence: volume again
        "每周跑步20公里",
        "跑步250公里",
        "每周跑步5公里用时30分钟以内",
    ],
)
def test_training_volume_stays_an_activity_count(kr: str) -> None:
    assert _checks(kr)[_ACT] == "fail"


def test_a_distance_cut_stays_clean() -> None:
    assert _checks("Cut weekly mileage to 15 miles")[_ACT] == "pass"


# -- decision 6561: a compound's second half keeps the preposition that joined it -------------


def _compound_message(kr: str) -> str:
    text = f"Objective: Master the Moonlight Sonata by June 2027\nKR1: {kr}\n"
    found = [f for f in review(text, config=_CFG).findings if f.rule_id == "kr-compound"]
    assert len(found) == 1, found
    return found[0].message


@pytest.mark.parametrize(
    ("kr", "second"),
    [
        (
            "Play the whole first movement at 100 bpm with no more than 2 mistakes",
            "Play the whole first movement with no more than 2 mistakes",
        ),
        (
            "Sing the whole aria at 60 bpm with no more than 3 slips",
            "Sing the whole aria with no more than 3 slips",
        ),
        (
            "Type the test passage at 70 wpm with under 3 typos",
            "Type the test passage with under 3 typos",
        ),
        (
            "Dance the full routine at 120 bpm with fewer than 2 missed steps",
            "Dance the full routine with fewer than 2 missed steps",
        ),
        (
            "Play the Bach prelude at 80 bpm with at most 1 wrong note",
            "Play the Bach prelude with at most 1 wrong note",
        ),
    ],
)
def test_the_second_half_keeps_its_own_preposition(kr: str, second: str) -> None:
    message = _compound_message(kr)
    assert f"“{second}”" in message
    assert " at no " not in message and " at under " not in message and "at fewer" not in message


@pytest.mark.parametrize(
    ("kr", "second"),
    [
        ("Sign 12 new clinics, with at least 4 in rural counties", "at least 4 in rural counties"),
        ("Grow accounts from 35 to 45 with CSAT at least 4.5", "CSAT at least 4.5"),
    ],
)
def test_second_halves_without_a_shared_context_are_unchanged(kr: str, second: str) -> None:
    assert f"“{second}”" in _compound_message(kr)


# -- decision 6562: work done badly, counted, is a bad event ------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Fewer botched repairs",
        "Cut botched repairs by 50%",
        "Fewer bungled installs",
        "Flawed welds down from 12 to 3 a month",
        "Shoddy paint jobs under 2 per quarter",
        "Substandard batches cut by half",
        "Misdelivered parcels below 1%",
        "Cut misfiled records from 300 to 50",
        "Halve botched oil changes",
        "Zero botched hand-offs",
        "Fewer bungled bookings",
        "Reduce sub-standard fittings by 40%",
        "修砸的维修单减少一半",
        "搞砸的安装从每月10单降到2单",
        "做砸的订单降到每月3单以内",
        "办砸的活动不超过1场",
        "装砸的空调少于5台",
    ],
)
def test_work_done_badly_is_negative_phrasing(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Raise first-time-right repairs to 95%",
        "Reduce repair time by 30%",
        "Fix 95% of repairs right the first time",
        # tickets about a product area are demand, not failures (decisions 6172, 6339)
        "Cut onboarding support tickets by 30%",
        "Reduce billing tickets by 30%",
        "维修一次修好率提升到95%",
        "砸金蛋活动参与人数达到500人",
    ],
)
def test_the_good_side_and_demand_stay_clean(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


# -- decision 6563: people doing their work faster, no figure, is a vague change ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "Analysts answer ad-hoc requests quickly",
        "Nurses respond to call bells promptly",
        "Agents reply to emails faster",
        "Store staff answer phone calls quickly",
        "Our planners return supplier quotes more quickly",
        "Technicians answer service calls faster by June",
        "The help desk answers emails faster",
        "Analysts answer ad-hoc requests faster",
        "Answer ad-hoc requests quickly",
        "Answer tickets faster",
        "客服更快回复客户咨询",
        "分析师更快响应临时数据需求",
        "前台更快办理入住",
        "更快回复客户",
    ],
)
def test_people_working_faster_is_vague_not_effort(kr: str) -> None:
    checks = _checks(kr)
    assert checks[_ACT] == "pass"
    assert checks[_TASK] == "pass"
    assert checks[_QUANT] == "fail"
    assert checks[_VAGUE] == "fail"


@pytest.mark.parametrize(
    ("kr", "rule"),
    [
        ("Reps make 50 calls a week", _ACT),
        ("12 customer case studies", _ACT),
        ("Team runs 4 workshops a week quickly", _ACT),
        ("客服每天回复100条咨询", _ACT),
        ("门店更快上线新系统", _TASK),  # a launch stays a task
        ("团队更快交付新功能", _TASK),
        ("Stores launch the new system faster", _TASK),
    ],
)
def test_counted_effort_and_launches_keep_their_reading(kr: str, rule: str) -> None:
    assert _checks(kr)[rule] == "fail"


def test_a_time_limit_is_a_measured_result() -> None:
    checks = _checks("Analysts answer ad-hoc requests within 2 days")
    assert checks[_ACT] == checks[_TASK] == checks[_QUANT] == "pass"


# -- decision 6564: a lesson, an appointment or a teacher booked for oneself is an errand ------


@pytest.mark.parametrize(
    "kr",
    [
        "Book a lesson with a teacher",
        "Book a dentist appointment",
        "Book a trial lesson with a violin teacher",
        "Book an appointment with a careers adviser",
        "Book a tutor for Spanish",
        "Book a driving test by May",
        "Book a piano lesson",
        "Book a check-up at the GP",
        "Book a teacher for the Saturday class",
        "Book an instructor for the climbing course",
        "Book a singing lesson before the audition",
        "Book a driving lesson with an instructor",
    ],
)
def test_booking_a_lesson_or_an_appointment_is_a_task(kr: str) -> None:
    assert _checks(kr)[_TASK] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Book 30 demos",
        "Book 200 appointments through the app",
        "Book more grooming appointments",
    ],
)
def test_bookings_won_stay_results(kr: str) -> None:
    assert _checks(kr)[_TASK] == "pass"


# -- round 44's misses already read as the principles say (no change; kept) -------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Hold a mechanics' huddle every Friday",
        "Hold a safety huddle every Monday",
        "Mechanics' huddle every Friday",
    ],
)
def test_a_huddle_on_a_cadence_is_effort_not_routine(kr: str) -> None:
    # decisions 5288, 5529: huddles stay off the routine list; a recurring effort (decision 6)
    checks = _checks(kr)
    assert checks[_ACT] == "fail"
    assert checks[_BAU] == "pass"


@pytest.mark.parametrize(
    "kr",
    ["Better data quality", "Better data quality by Q3", "更好的数据质量", "数据质量更好"],
)
def test_better_data_quality_is_vague(kr: str) -> None:
    checks = _checks(kr)
    assert checks[_VAGUE] == "fail"
    assert checks[_QUANT] == "fail"


# -- decision 6565: a check-in task links to the key result whose measure it moves ------------

_CAFE_EN = (
    "Objective: Make our café the neighbourhood's favourite in Q3\n"
    "KR1: Repeat customers from 30% to 45% of weekly visitors\n"
    "KR2: Average Google rating from 4.2 to 4.6\n"
    "Objective: Run a kitchen the team is proud of in Q3\n"
    "KR1: Food waste from 12% to 6% of stock bought\n"
    "KR2: Staff who stay a full year from 50% to 75%\n"
)
_CAFE_ZH = (
    "目标1：2027年Q3让咖啡馆成为街坊最爱的店\n"
    "关键结果1：每周到店的老顾客占比从30%提升到45%\n"
    "关键结果2：大众点评评分从4.2提升到4.6\n"
    "目标2：2027年Q3打造让团队骄傲的后厨\n"
    "关键结果1：食材浪费从12%降到6%\n"
    "关键结果2：干满一年的员工占比从50%提升到75%\n"
)


def _links(okrs: str, tasks: list[str]) -> list[str | None]:
    head = "## 本周关注的任务\n" if not okrs.isascii() else "## This week's priorities\n"
    text = okrs + "\n" + head + "".join(f"- P1 {t}\n" for t in tasks)
    return [t.link.target if t.link else None for t in checkin(text).tasks]


def test_the_measure_moved_outweighs_surface_words() -> None:
    tasks = [
        "Get weekly regular customers to raise our rating",
        "Raise the Google rating by asking weekly visitors (O1)",
        "Ask weekly regulars to lift our rating",
        "Train kitchen staff to cut food waste",  # names its measure and shares its words
        "Start a loyalty card so weekly visitors come back",  # no measure moved: by words
    ]
    assert _links(_CAFE_EN, tasks) == ["o1.kr2", "o1.kr2", "o1.kr2", "o2.kr1", "o1.kr1"]


def test_the_measure_moved_in_chinese() -> None:
    tasks = [
        "请每周到店的老顾客帮忙提高评分",
        "发动老顾客提升店铺评分",
        "每晚称量倒掉的食材，减少浪费",
    ]
    assert _links(_CAFE_ZH, tasks) == ["o1.kr2", "o1.kr2", "o2.kr1"]


def test_a_stated_key_result_still_wins() -> None:
    assert _links(_CAFE_EN, ["Raise our rating with a loyalty card (O1 KR1)"]) == ["o1.kr1"]


# -- decision 6566: a KR label on one bullet under a heading marks no level of objectives -----


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(it.kind, it.text) for it in parse_text(text).items()]


@pytest.mark.parametrize("label", ["Sales KR", "KR", "VP Sales KR", "CS KR"])
def test_one_labelled_bullet_under_a_heading(label: str) -> None:
    text = (
        "## Win the mid-market in the north\n"
        "* Sign 20 new mid-market accounts in the north\n"
        f"* {label}: Average deal size from $8k to $12k\n"
        "* Net revenue retention from 98% to 106%\n"
    )
    assert _kinds(text) == [
        ("objective", "Win the mid-market in the north"),
        ("kr", "Sign 20 new mid-market accounts in the north"),
        ("kr", "Average deal size from $8k to $12k"),
        ("kr", "Net revenue retention from 98% to 106%"),
    ]


def test_the_labels_owner_is_read() -> None:
    text = (
        "## Win the mid-market in the north\n"
        "* Sign 20 new mid-market accounts in the north\n"
        "* VP Sales KR: Average deal size from $8k to $12k\n"
    )
    krs = [k for o in review(text, config=_CFG).objectives for k in o.key_results]
    assert [k.owner for k in krs] == [None, "VP Sales"]


def test_plain_objectives_over_labelled_key_results_are_unchanged() -> None:
    text = (
        "* Win the mid-market in the north\n"
        "* KR: Sign 20 new mid-market accounts\n"
        "* KR: Average deal size from $8k to $12k\n"
        "* Make onboarding painless\n"
        "* KR: Time to first value from 21 days to 7 days\n"
    )
    assert [k for k, _t in _kinds(text)] == ["objective", "kr", "kr", "objective", "kr"]


def test_two_headings_with_labelled_bullets_are_unchanged() -> None:
    text = (
        "## Objective 1: Win the mid-market in the north\n"
        "* Sign 20 new mid-market accounts in the north\n"
        "* Sales KR: Average deal size from $8k to $12k\n"
        "## Objective 2: Make onboarding painless\n"
        "* Time to first value from 21 days to 7 days\n"
    )
    assert [k for k, _t in _kinds(text)] == ["objective", "kr", "kr", "objective", "kr"]


# -- decision 6567: a sales day, a one-date holiday or "next March" is a deadline -------------


@pytest.mark.parametrize(
    "kr",
    [
        "Sell 5,000 gift boxes before Singles' Day",
        "Sell 5,000 gift boxes before Singles’ Day",
        "Win 300 orders ahead of Singles Day",
        "Sell 5,000 gift boxes by next March",
        "Sell 500 boxes before next March",
        "Sell 500 boxes by this June",
        "Sell 500 boxes before Valentine's Day",
        "Sell 500 boxes before Mother's Day",
        "Sell 500 boxes before Halloween",
        "Sell 500 boxes before Golden Week",
        "Sell 500 boxes before Double 11",
        "Sell 500 boxes by Boxing Day",
        "赶在双十一前卖出5000个礼盒",
        "明年3月前卖出5000个礼盒",
        "明年三月前卖出5000个礼盒",
        "双十一前卖出5000个礼盒",
        "赶在春节前卖出5000个礼盒",
    ],
)
def test_one_off_dates_are_deadlines(kr: str) -> None:
    checks = _checks(kr, dated=False)
    assert checks[_DEADLINE] == "pass"
    assert checks[_QUANT] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Sell 500 boxes every Singles' Day",  # a cadence
        "Sell 500 boxes a month",
        "每周卖出500个礼盒",
        "Sell 500 boxes for 2027",  # a horizon
    ],
)
def test_cadences_and_horizons_are_no_deadlines(kr: str) -> None:
    assert _checks(kr, dated=False)[_DEADLINE] == "fail"
