"""English published OKR pages, nineteenth set of round thirty-seven (decisions 5480-5484;
realen37): shapes the studied half of a new set of real English pages showed — key results
written as the thing built named by its head noun ("… cluster for …", "… updates to enable
…"), as the state of things marked ("every … is tagged"), in British spelling ("labelled"), as
"… are able to …", or led by a verb the lexicon does not know joined to one it does ("Detect
and surface …") — imitated by wordings written for these tests across functions (no sentence of
a real page). Each decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review

_LEAD = "Q3 2026 OKRs (owner: Dana)\n\nObjective: Make the service effortless for the people we serve\n- KR1: "


def task_or_effort(kr: str) -> bool:
    """Whether the key result fails the result principle (a task or a count of efforts)."""
    (k,) = review(_LEAD + kr + "\n").objectives[0].key_results
    st = {c.rule_id: c.status for c in k.checks}
    return st.get("kr-is-task") == "fail" or st.get("kr-activity-count") == "fail"


# --- 5480: a verbless key result headed by a piece of infrastructure or work on a thing ---

BUILT_HEADS = [
    "Staging cluster for all reporting workloads",
    "Analytics clusters for the three hospital sites",
    "VPN connection to the warehouse network via the new router",
    "Kiosk updates to enable contactless payment at the front desk",
    "Till software updates for the weekend markets",
    "Firmware upgrades to get the speed gains on the packing line",
    "Boiler repairs in the science block",
    "Gate repair for the east car park",
    "Cluster updates to allow same-day restores",
    "Direct connection to the payroll bureau for monthly exports",
]
BUILT_HEADS_KEPT = [
    "Cluster uptime of 99.9% for all workloads",
    "Connection success rate above 98% at every branch",
    "Security updates on all tills within 48 hours of release",
    "Repairs completed within 48 hours for 95% of requests",
    "Repair turnaround under 3 days for ward equipment",
]


@pytest.mark.parametrize("kr", BUILT_HEADS)
def test_a_piece_of_infrastructure_named_alone_is_a_task(kr: str) -> None:
    assert task_or_effort(kr)


@pytest.mark.parametrize("kr", BUILT_HEADS_KEPT)
def test_a_measure_of_the_same_things_stays_a_result(kr: str) -> None:
    assert not task_or_effort(kr)


def test_updates_on_a_cadence_stay_an_effort_not_a_task() -> None:
    (k,) = review(_LEAD + "Weekly updates to the parents' group\n").objectives[0].key_results
    st = {c.rule_id: c.status for c in k.checks}
    assert st["kr-activity-count"] == "fail" and st["kr-is-task"] != "fail"


# --- 5481: things marked so they can be found or followed, as a participle ---

MARKED = [
    "Every returned parcel is tagged with its reason code",
    "All supplier invoices are indexed by purchase order",
    "Each donated book is catalogued in the library system",
    "Every sample tube is labeled at the bedside",
    "Every pallet is tracked from the dock to the shelf",
]
MARKED_KEPT = [
    "95% of returned parcels tagged with a reason code",
    "Customer complaints are resolved within 2 days for 90% of cases",
    "At least 40 schools are enrolled in the pilot",
    "Average picking time is reduced to 3 minutes per order",
]


@pytest.mark.parametrize("kr", MARKED)
def test_things_marked_as_a_state_are_the_marking_put_in_place(kr: str) -> None:
    assert task_or_effort(kr)


@pytest.mark.parametrize("kr", MARKED_KEPT)
def test_a_share_or_a_measure_before_the_participle_stays_a_result(kr: str) -> None:
    assert not task_or_effort(kr)


# --- 5482: British spelling doubles a final l ---


@pytest.mark.parametrize(
    "kr",
    [
        "Each classroom laptop is labelled and registered",
        "Every fire door labelled with its zone",
        "All storage boxes in the archive labelled by year",
    ],
)
def test_a_british_participle_in_ll_reads_as_its_verb(kr: str) -> None:
    assert task_or_effort(kr)


def test_the_lemma_keeps_a_verb_of_its_own_in_ll() -> None:
    from coach.facts.shape import _en_lemma

    assert _en_lemma("labelled") == "label"
    assert _en_lemma("cancelled") == "cancel"
    assert _en_lemma("filled") == "fill"
    assert _en_lemma("installed") == "install"


# --- 5483: "is able to" says what "can" says ---

ABLE = [
    "Nurses are able to book shifts from their phones",
    "Parents are able to see homework marks in the app",
    "The front desk is able to print visitor badges",
]
ABLE_KEPT = [
    "All nurses are able to book shifts from their phones",
    "90% of nurses are able to book shifts from their phones",
]


@pytest.mark.parametrize("kr", ABLE)
def test_a_capability_with_is_able_to_is_a_feature_to_ship(kr: str) -> None:
    assert task_or_effort(kr)


@pytest.mark.parametrize("kr", ABLE_KEPT)
def test_everyone_or_a_share_able_to_stays_as_can_reads_it(kr: str) -> None:
    assert not task_or_effort(kr)


# --- 5484: an unknown word joined by "and"/"or" to a known verb of work leads with it ---

JOINED = [
    "Detect and surface duplicate invoices in the ledger",
    "Redact or delete personal data in the old tender files",
    "Collate and publish the parent evening feedback",
]
JOINED_KEPT = [
    "Food and drink sales at the stadium kiosks",
    "Speed and accuracy of month-end close",
    "Bed and breakfast bookings in July",
    "Detect 95% of fraudulent orders before shipping",
]


@pytest.mark.parametrize("kr", JOINED)
def test_an_unknown_verb_joined_to_a_verb_of_work_is_that_work(kr: str) -> None:
    assert task_or_effort(kr)


@pytest.mark.parametrize("kr", JOINED_KEPT)
def test_nouns_joined_by_and_or_a_measured_detection_stay(kr: str) -> None:
    assert not task_or_effort(kr)


# --- 5485: a release stage left is a launch ---

STAGE_LEFT = [
    "Smart Replies leaves beta",
    "Route Planner exits beta",
    "Team Inbox comes out of beta",
    "Homework Hub comes out of preview for every school",
    "Smart Notes reaches general availability",
    "Donor Hub exits early access",
]
STAGE_KEPT = [
    "Beta testers rate the planner 4.5 out of 5",
    "80% of beta users keep using the planner after launch",
]


@pytest.mark.parametrize("kr", STAGE_LEFT)
def test_a_release_stage_left_is_a_launch(kr: str) -> None:
    assert task_or_effort(kr)


@pytest.mark.parametrize("kr", STAGE_KEPT)
def test_a_measure_of_beta_users_stays_a_result(kr: str) -> None:
    assert not task_or_effort(kr)


# --- 5486: the people counted head the phrase; "weekly active" names a measure's window ---

USERS_OF = [
    "Users of the staff app",
    "Active members of the gym app",
    "Customers on the new booking portal",
    "Weekly active users of the staff app",
    "Monthly active members of the club app",
    "Customer satisfaction with the new menu",
]
USERS_OF_KEPT = [
    "Dashboards for users of the staff app",
    "Onboarding guide for customers in the app",
    "New self-service portal for members",
]


@pytest.mark.parametrize("kr", USERS_OF)
def test_people_counted_before_where_they_act_are_no_deliverable(kr: str) -> None:
    assert not task_or_effort(kr)


@pytest.mark.parametrize("kr", USERS_OF_KEPT)
def test_a_deliverable_for_those_people_stays_a_task(kr: str) -> None:
    assert task_or_effort(kr)


def test_weekly_walkabouts_stay_an_effort_on_a_cadence() -> None:
    assert task_or_effort("Weekly walkabouts with the ward sisters")
