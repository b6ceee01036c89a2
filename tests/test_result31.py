"""result31: result-not-task in six authors' voices (decisions 4400-4405)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_TASK = {"kr-is-task", "kr-activity-count"}


def _fails(kr: str, objective: str = "Keep the plant running safely and cheaply") -> set:
    text = f"Objective: {objective}\nKR1: {kr} (owner: Ann)\nKR2: Unplanned downtime from 6% to 3% (owner: Ann)\n"
    return _kr1_fails(text)


def _fails_zh(kr: str, objective: str = "把学校的教学管理做成全省标杆") -> set:
    text = f"目标：{objective}\nKR1：{kr}（负责人：王芳）\nKR2：学生评教平均分从85分提升到90分（负责人：王芳）\n"
    return _kr1_fails(text)


def _kr1_fails(text: str) -> set:
    """The rules whose checks fail on the first key result of `text`."""
    items = (k for o in review(text, config=_CFG).objectives for k in o.key_results)
    kr1 = next(k for k in items if k.id == "o1.kr1")
    return {c.rule_id for c in kr1.checks if c.status == "fail"}


def _task(kr: str) -> bool:
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    return bool((_fails_zh(kr) if zh else _fails(kr)) & _TASK)


# -- decision 4400: an English gerund of work leads as its verb does -----------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Recalibrating 40 pressure gauges",
        "Calibrating 25 torque wrenches",
        "Servicing 12 forklifts before the peak",
        "Relabelling 400 storage bins",
        "Re-torquing all flange bolts on the steam header",
        "Commissioning of an external evaluation of the voucher scheme",
        "Commissioning of the new chiller",
        "Resurfacing of the staff car park",
        "Re-roofing of the packing shed",
    ],
)
def test_4400_gerund_of_work_is_a_task(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Housing 40 refugee families by winter",
        "Wellbeing of staff scored 4 out of 5 or better",
        "Spending of the capital budget within 2% of plan",
        "Learning outcomes of all 3 cohorts up 10%",
        "Rating of 4.6 on the app store",
        "Returning customers at 35% of orders",
        "Onboarding time for new drivers under 5 days",
        "Training attendance at 90%",
    ],
)
def test_4400_nouns_in_ing_stay(kr: str) -> None:
    assert not _task(kr)


# -- decision 4401: staff certified with get/have/让 is certification work (lead ruling (a)) -------


@pytest.mark.parametrize(
    "kr",
    [
        "Get 3 fitters certified for confined-space entry",
        "Get 5 turbine techs GWO certified",
        "Get two electricians licensed for high-voltage work",
        "让2名后端拿到AWS认证",
        "让3名电工取得高压证",
        "组织6名叉车司机考取上岗证",
    ],
)
def test_4401_staff_certified_is_a_task(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "90% of technicians hold a valid GWO certificate",
        "90%的工程师持有有效的安全培训证书",
        "6名客服通过普通话等级考试",
        "Get 500 sign ups for the open day",
        "Get 20 resellers certified on the new range",
    ],
)
def test_4401_coverage_and_people_won_stay(kr: str) -> None:
    assert not _task(kr)


# -- decision 4402: players and artists signed are hiring (lead ruling (b)) ----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Sign a new jungler before the split",
        "Sign 2 academy players to first-team contracts",
        "Sign a new striker in the January window",
        "签约2名青训选手",
        "签下3名新人艺人",
    ],
)
def test_4402_talent_signed_is_hiring(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Sign 12 new reseller partners in EMEA",
        "Sign 3 new shirt sponsors",
        "签约8家区域分销商",
        "签约2家赞助商",
        "Sign up 5,000 players for the open beta",
    ],
)
def test_4402_partners_and_players_won_stay(kr: str) -> None:
    assert not _task(kr)


# -- decision 4403: 获批 wins what an outside body grants ------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "获批省级一流本科课程5门",
        "获批省级一流课程3门",
        "获批校级教改项目6项",
    ],
)
def test_4403_granted_is_a_result(kr: str) -> None:
    assert not _task(kr)


@pytest.mark.parametrize("kr", ["申报省级一流本科课程5门", "建设一流本科课程5门"])
def test_4403_work_on_courses_stays_a_task(kr: str) -> None:
    assert _task(kr)


# -- decision 4404: fit and mount put things in place ---------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Vibration sensors fitted on 8 critical pumps",
        "Smoke detectors fitted in all 40 flats",
        "Fit vibration sensors on 8 critical pumps",
        "Guards mounted on 6 presses",
        "Mount 30 new signs in the car park",
    ],
)
def test_4404_fit_and_mount_are_work(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Feel fit and rested on 5 days out of 7",
        "Fit-for-purpose rate of incoming parts at 98%",
        "Staff who feel fit for work up from 70% to 85%",
    ],
)
def test_4404_fit_as_a_state_stays(kr: str) -> None:
    assert not _task(kr)


# -- decision 4405: a Chinese nominal "X的V1和V2" is led by its first verb ----------------------------


@pytest.mark.parametrize(
    "kr",
    ["简历的修改和完善", "制度的修订与完善", "应急预案的编写和完善", "实验室的搬迁与布置"],
)
def test_4405_zh_nominal_pair_is_a_task(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize("kr", ["服务质量的提升和完善", "学生满意度的提高与巩固"])
def test_4405_zh_change_pair_stays(kr: str) -> None:
    assert not _task(kr)


# -- decision 4406: participate in, as attend and take part in -------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Participate in the industry working group on safety",
        "Participate in 3 trade fairs",
        "Participating in the regional apprenticeship forum",
    ],
)
def test_4406_participate_is_a_to_do(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Participation rate in the staff survey from 55% to 80%",
        "800 residents participate in the clean-up day",
        "Participants rating the course 4 or 5 up to 85%",
    ],
)
def test_4406_participation_measured_stays(kr: str) -> None:
    assert not _task(kr)


# -- decision 4407: make a thing available is a launch ---------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Make the pricing calculator available on the website",
        "Make the API available to all partners",
        "Make our booking app available in 3 new markets",
    ],
)
def test_4407_made_available_is_a_launch(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Make 95% of SKUs available for next-day delivery",
        "Make checkout feel effortless",
        "Make stock available in 98% of store visits",
    ],
)
def test_4407_availability_measured_stays(kr: str) -> None:
    assert not _task(kr)


# -- decision 4408: partner with a team of one's own to do the work is that work -------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Partner with the data team to define churn signals",
        "Partner with finance to rebuild the budget model",
        "Partner with IT to roll out the new laptops",
    ],
)
def test_4408_partner_to_do_work_is_a_task(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Partner with 5 regional platforms to resell our kits",
        "Partner with 2 employers on the waterfront for subsidised passes",
        "Partner with 3 universities to grow graduate applications by 40%",
    ],
)
def test_4408_partners_won_stay(kr: str) -> None:
    assert not _task(kr)


# -- decision 4409: "net-zero" after a determiner names a topic, no count --------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Publish our net-zero transition plan",
        "Design the net-zero roadmap with the sites",
        "Join the city's net-zero taskforce",
        "Write a net zero procurement policy",
    ],
)
def test_4409_net_zero_named_thing_is_a_task(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Reach net zero in Scope 1 and 2 emissions",
        "Net-zero emissions across our 3 sites",
        "Hit our net-zero target at the Leeds plant",
        "Zero lost-time injuries in the workshop",
    ],
)
def test_4409_net_zero_reached_stays(kr: str) -> None:
    assert not _task(kr)


# -- decision 4410: a noun of discovery work heading a verbless wording is that work ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "Root-cause analysis on the 3 gearbox failures",
        "Gap analysis on 4 sites",
        "Cost analysis of 3 suppliers",
        "Risk assessment of 12 sites",
        "Energy audit of the 3 depots",
        "Fire risk assessments for all 9 care homes",
        "Competitor analysis",
    ],
)
def test_4410_discovery_noun_is_a_task(kr: str) -> None:
    assert _task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Audit findings down from 14 to 4",
        "Risk assessment scores above 80 at every site",
        "Analysis turnaround under 2 days for 90% of requests",
        "Average customer review of 4.5 stars",
        "Audit pass rate at 100% across the 12 sites",
    ],
)
def test_4410_measures_of_such_work_stay(kr: str) -> None:
    assert not _task(kr)


@pytest.mark.parametrize(
    "kr",
    ["Risk assessments for 90% of sites", "Risk assessments in date at all 40 sites"],
)
def test_4410_coverage_of_such_work_stays(kr: str) -> None:
    assert not _task(kr)
