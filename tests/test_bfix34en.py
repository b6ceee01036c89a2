"""bfix34en (round 34): English items of last round's never-studied outsider set — outcomes
others record counted as results, one learning event attended, routine compliance training, a
pass rate or a headcount held, an objective riding a market movement, growth as a role in
general terms, a unit or an office as the owner, caseloads as a KPI (decisions 4976-4989)."""

from __future__ import annotations

import pytest

from coach import review

# A dated objective with a second key result, so that only the wording under test is judged.
_SET = (
    "Objective: {objective}\n"
    "KR1: {kr}{owner}\n"
    "KR2: Grow members from 200 to 260 by June (owner: Ana)\n"
)


def _failing(checks) -> set[str]:
    return {c.rule_id for c in checks if c.status == "fail"}


def _kr_fails(kr: str, owner: str = " (owner: Ana)") -> set[str]:
    """The rules whose check fails on the key result (the checklist, folded findings too)."""
    objective = "Make our club the one families pick first in Q3 2027"
    r = review(_SET.format(objective=objective, kr=kr, owner=owner))
    return _failing(r.objectives[0].key_results[0].checks)


def _obj_fails(objective: str) -> set[str]:
    """The rules whose check fails on the objective."""
    kr = "Keep 95% of members past June"
    r = review(_SET.format(objective=objective, kr=kr, owner=" (owner: Ana)"))
    return _failing(r.objectives[0].checks)


_TASK = "kr-is-task"
_ACT = "kr-activity-count"
_BAU = "kr-business-as-usual"
_OWNER = "kr-no-owner"
_CTRL = "objective-not-controllable"
_FLAT = "objective-not-inspiring"
_VAGUE = "objective-vague"
_METRIC = "objective-is-metric"

# -- decision 4976: outcomes others record, counted, are results (ruling f)


@pytest.mark.parametrize(
    "kr",
    [
        "Randomize 60 patients across 4 sites by June",
        "Randomize 200 patients by Q4",
        "Randomize 45 more patients by August",
        "Log 30 design-ins with our two largest lines",
        "Register 25 design wins with the new sensor family",
        "Record 40 new design wins this half",
    ],
)
def test_outcomes_recorded_are_results(kr: str) -> None:
    fails = _kr_fails(kr)
    assert _TASK not in fails and _ACT not in fails


@pytest.mark.parametrize(
    "kr",
    [
        "Register the new trademark in the EU",
        "Log every support call in the CRM",
        "Record 12 podcast episodes",
        "Register 40 volunteers for the first-aid course",
        "Randomize the seating plan for the gala",
    ],
)
def test_outcomes_recorded_guards(kr: str) -> None:
    fails = _kr_fails(kr)
    assert fails & {_TASK, _ACT}


# -- decision 4977: attending one learning event is a task, not routine (decision 2901's)


@pytest.mark.parametrize(
    "kr",
    [
        "Attend the leadership retreat in Denver",
        "Attend the summer school in Oxford",
        "Attend the coding bootcamp in Austin",
        "Attend the winter masterclass in Paris",
        "Attend the spring intensive",
        "Attend the writers' residency in Banff",
    ],
)
def test_one_learning_event_attended_is_no_routine(kr: str) -> None:
    assert {_BAU, _TASK} & _kr_fails(kr) == {_TASK}  # a task for the plan, no routine


@pytest.mark.parametrize(
    "kr",
    [
        "Attend all weekly workshops",
        "Attend every monthly masterclass",
        "Attend the weekly staff meeting",
        "Attend all team meetings",
    ],
)
def test_one_learning_event_guards(kr: str) -> None:
    assert _BAU in _kr_fails(kr)


# -- decision 4978: routine compliance training completed is business as usual


@pytest.mark.parametrize(
    "kr",
    [
        "Complete the annual safety refresher for all drivers",
        "Finish mandatory compliance training for all staff",
        "Complete GDPR refresher training for 100% of agents",
        "All nurses complete the yearly infection-control refresher",
        "Complete the annual fire-safety training",
        "Every cashier completes the statutory anti-money-laundering module",
    ],
)
def test_routine_compliance_training_is_bau(kr: str) -> None:
    assert _BAU in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Design a refresher course for new drivers",
        "Compliance training completion from 70% to 95%",
        "Complete 3 Python courses",
        "Launch a new onboarding course for store managers",
        "Write a refresher course on the new EHR for night staff",
    ],
)
def test_routine_compliance_training_guards(kr: str) -> None:
    assert _BAU not in _kr_fails(kr)


# -- decision 4979: a pass rate or yield held at its level, or a headcount held, is BAU (ruling c)


@pytest.mark.parametrize(
    "kr",
    [
        "Keep first-time-right yield at or above 98%",
        "Maintain the final-inspection pass rate at 99% or better",
        "Hold first-pass yield above 97.5%",
        "Keep the audit pass rate at or above 95%",
        "Sustain a 96% compliance rate on site checks",
        "Keep the agency pool at about 30 interpreters",
        "Hold the contractor bench at around 12 developers",
    ],
)
def test_level_kept_is_bau(kr: str) -> None:
    assert _BAU in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Maintain 99.9% uptime",
        "Keep customer satisfaction at or above 90%",
        "Raise first-pass yield from 96% to 99%",
        "Keep retention at or above 97%",
        "Grow the interpreter pool from 20 to 30",
        "First-pass yield at or above 99% (from 95%)",
    ],
)
def test_level_kept_guards(kr: str) -> None:
    assert _BAU not in _kr_fails(kr)


# -- decision 4980: an objective riding a market movement is not controllable, and flat (ruling e)


@pytest.mark.parametrize(
    "objective",
    [
        "Ride the memory upcycle",
        "Capitalise on the market rebound",
        "Cash in on the housing boom",
        "Benefit from the copper price recovery",
        "Take advantage of the freight rate upturn",
        "Profit from the coming rate cuts",
    ],
)
def test_market_ride_is_not_controllable(objective: str) -> None:
    assert _CTRL in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Benefit from the nickel price rebound",
        "Capitalize on the holiday demand upswing",
        "Cash in on the solar boom",
        "Profit from the grain price rally",
        "Benefit from the new ERP",
    ],
)
def test_riding_verbs_are_flat(objective: str) -> None:
    assert _FLAT in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Capitalise on our launch momentum to become the go-to app for climbers",
        "Benefit from the new warehouse layout",
        "Make our store the first stop when the housing market picks up",
        "Win the enterprise market",
        "Reduce our exposure to copper price swings",
        "Ride 1,000 km for the hospice this summer",
        "Capitalise on our sales recovery",
    ],
)
def test_market_ride_guards(objective: str) -> None:
    fails = _obj_fails(objective)
    assert _CTRL not in fails
    if objective.startswith("Ride"):
        assert _FLAT not in fails


# -- decision 4981: one's skills in general terms are vague (ruling d); growth as a role is left
# to decision 94


@pytest.mark.parametrize(
    "objective",
    [
        "Improve my professional skills",
        "Sharpen my overall skill set",
        "Level up my professional abilities",
        "Boost our core competencies",
        "Strengthen my overall abilities",
        "Raise our professionalism",
    ],
)
def test_generic_growth_is_vague(objective: str) -> None:
    fails = _obj_fails(objective)
    assert _VAGUE in fails and _METRIC not in fails


@pytest.mark.parametrize(
    "objective",
    [
        "Become a better manager",
        "Grow as a leader",
        "Grow into the go-to reviewer for the payments team",
        "Improve my Spanish speaking skills",
        "Grow as a chorus from 20 to 30 voices",
        "Improve product quality",
        "Be a great place to work",
    ],
)
def test_generic_growth_guards(objective: str) -> None:
    assert _VAGUE not in _obj_fails(objective)


# -- decision 4982: a unit, office, bureau or division prefix is the owner


@pytest.mark.parametrize(
    "kr",
    [
        "Claims unit: close 90% of files within 10 days",
        "Permits bureau: cut review time from 30 to 12 days",
        "Fraud division: recover $2M of losses by June",
        "Homicide unit — clear rate from 50% to 65%",
        "Records office: digitise 4,000 files by June",
    ],
)
def test_unit_prefix_owns(kr: str) -> None:
    assert _OWNER not in _kr_fails(kr, owner="")


@pytest.mark.parametrize(
    "kr",
    [
        "Cost per unit: down from $4 to $3 by June",
        "Units sold: from 400 to 650 by June",
        "Grow weekly orders from 300 to 420 by June",
    ],
)
def test_unit_prefix_guards(kr: str) -> None:
    assert _OWNER in _kr_fails(kr, owner="")


# -- decision 4983: caseloads are a count of what waits, a KPI (decision 1462's backlog)


@pytest.mark.parametrize(
    "objective",
    ["Reduce caseloads", "Cut attorney caseloads", "Lower our caseloads", "Shrink the caseload"],
)
def test_caseloads_are_a_kpi(objective: str) -> None:
    assert _METRIC in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Give every client an attorney who has time for them",
        "Make caseloads something our attorneys can carry without burning out",
    ],
)
def test_caseloads_guards(objective: str) -> None:
    assert _METRIC not in _obj_fails(objective)


# -- decision 4984: a glued verb before a count with its scale letter leads (decision 4210's)


@pytest.mark.parametrize(
    "kr",
    [
        "Pre-buy 3M chips ahead of the shortage",
        "Pre-order 5k cartons before the price rise",
        "Bulk-buy 2M labels for Q3",
        "Stress-test 2k accounts on the new billing path",
        "Hand-deliver 1.5k welcome packs",
    ],
)
def test_glued_verb_before_scaled_count_is_work(kr: str) -> None:
    assert _TASK in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Follow-up calls answered within 2 hours: 95%",
        "Cross-sell revenue from $2M to $3M",
        "Pre-orders from 2k to 5k by launch",
    ],
)
def test_glued_verb_guards(kr: str) -> None:
    assert _TASK not in _kr_fails(kr)


# -- decision 4985: the change others approve, named as a noun, is no vague direction (ruling b)


@pytest.mark.parametrize(
    "kr",
    [
        "Have the board ratify the fee increase",
        "Get the city council to approve the 2027 budget increase",
        "Persuade the trustees to back the grant increase",
        "Get members to vote for the dues increase",
        "Get the council to sign off on the parking fee cut",
    ],
)
def test_approved_change_is_no_vague_direction(kr: str) -> None:
    fails = _kr_fails(kr)
    assert "kr-vague-wording" not in fails and _TASK in fails


@pytest.mark.parametrize(
    "kr",
    ["Increase the marketing budget", "Budget increase", "Get the board to approve more budget"],
)
def test_approved_change_guards(kr: str) -> None:
    assert "kr-vague-wording" in _kr_fails(kr)


# -- decision 4986: a relative change of another measure after a count asks its baseline (4529)


@pytest.mark.parametrize(
    "kr",
    [
        "Win back 8 lapsed clients and grow basket size 12%",
        "Sign 5 new stockists and lift repeat orders 20%",
        "Add 200 subscribers and increase open rate by 5 points",
        "Book 30 school visits, and raise gift-shop sales 10%",
        "Enrol 60 new families while growing weekly attendance 25%",
    ],
)
def test_second_change_asks_its_baseline(kr: str) -> None:
    assert "kr-no-baseline" in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Reach 500 members, up 20%",
        "Sign 40 new members and grow revenue 10% from $200k",
        "Open 3 stores and raise it 10%",
        "Hit $1M ARR and keep churn under 2%",
    ],
)
def test_second_change_guards(kr: str) -> None:
    assert "kr-no-baseline" not in _kr_fails(kr)


# -- decision 4987: occasions or people a clause defines, their number cut, are bad events


@pytest.mark.parametrize(
    "kr",
    [
        "Cut the number of first hearings where the lawyer meets the client in court from 90 to 15",
        "Cut the number of residents who spend all day in their rooms from 12 to 4",
        "Cut the number of shifts where only one nurse is on the ward from 20 to 5 a month",
        "Lower the number of students who arrive without breakfast from 40 to 10",
        "Reduce the number of visits where the nurse arrives after the agreed hour from 30 to 5",
        "Cut the number of orders where the customer has to call us twice from 200 to 50",
    ],
)
def test_occasions_cut_are_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Cut the number of steps where users retype their address from 6 to 2",
        "Cut the number of handoffs where a ticket changes team from 5 to 2",
        "Increase the number of members who renew from 200 to 300",
        "Grow the number of weekends when families visit from 10 to 20",
        "Cut average handling time from 9 to 6 minutes",
    ],
)
def test_occasions_cut_guards(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_fails(kr)


# -- decision 4988: a count reaching a higher grade after the count that passes is compound


@pytest.mark.parametrize(
    "kr",
    [
        "10 of my 12 pupils pass the grade exam in June, at least 4 with Distinction",
        "18 of 20 candidates pass the audit, 6 with merit",
        "All 30 apprentices qualify by June, at least 10 with honours",
        "25 students pass the bar exam, 5 with a first",
        "Get 40 of 45 trainees certified, over 15 with top marks",
    ],
)
def test_higher_grade_counted_is_compound(kr: str) -> None:
    assert "kr-compound" in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Sell 40 tickets, 10 with a discount",
        "12 of 14 pupils pass with distinction",
        "Pass the exam with merit",
        "Open 3 new stores, each with monthly revenue above $500k",
    ],
)
def test_higher_grade_guards(kr: str) -> None:
    assert "kr-compound" not in _kr_fails(kr)


# -- decision 4989: "keep more of our" things that are no people is no count kept (4920's guard)


@pytest.mark.parametrize(
    "objective",
    [
        "Keep more of our promises to tenants",
        "Keep more of the promises we make",
        "Retain more of our traditions",
        "Keep more of our word to customers",
        "Keep more of our promises to patients",
    ],
)
def test_more_of_our_things_kept_is_no_kpi(objective: str) -> None:
    assert _METRIC not in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Keep more of our members",
        "Retain more of our donors",
        "Keep more of our customers past year one",
        "Sell more of our tickets online",
    ],
)
def test_more_of_our_people_kept_guards(objective: str) -> None:
    assert _METRIC in _obj_fails(objective)
