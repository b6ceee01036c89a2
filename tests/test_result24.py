"""Result, not task, by shape: decisions 2660-2671 (result24). Each decision's target wordings
failed at d5851e6f; the guards keep what must not change. Every wording here was written for
this file (several voices and sectors per shape), none taken from a page."""

from __future__ import annotations

import pytest

from coach import review

TASK_RULES = ("kr-is-task", "kr-activity-count")


def _item(kr: str, objective: str | None = None):
    text = f"Objective: {objective or 'Make our customers love the product'}\nKR1: {kr}\n"
    (item,) = review(text).objectives[0].key_results
    return item


def fired(kr: str) -> set[str]:
    return {c.rule_id for c in _item(kr).checks if c.status == "fail"}


def task_flagged(kr: str) -> bool:
    return bool(fired(kr) & set(TASK_RULES))


# --- 2660: things made, plural, then the participle that makes them -------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Data models built and documented",
        "Data models built",
        "Microservices built for search and payments",
        "Prototypes developed for the 3 new concepts",
        "Homes built for 40 families",
        "Explainer animations produced for the spring range",
    ],
)
def test_2660_things_made_are_work(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "All new repos created from the template",
        "All December returns processed by Jan 20",
        "New accounts created per week from 200 to 350",
        "Accounts created by new customers grow 20%",
        "Leads created by partners",
    ],
)
def test_2660_guard_populations_and_measures(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2661: a certification as the subject of reaching or winning it -------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "ISO 27001 certification achieved",
        "B Corp certification achieved",
        "Cyber Essentials Plus accreditation gained",
        "Fair Trade certification earned for our coffee range",
        "Gold accreditation secured",
        "ISO 9001 certification is now achieved",
    ],
)
def test_2661_certification_reached_is_a_task(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "PCI DSS compliance achieved",
        "Audit score of 95% achieved",
        "Certification pass rate from 70% to 90%",
        "Certified installers grow from 20 to 45",
    ],
)
def test_2661_guard(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2662: a vague change joined to the work that makes or ships the thing ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Plugin API stabilised and documented",
        "Data pipeline optimised and documented",
        "Onboarding emails improved and rolled out",
        "Stabilise and document the plugin API",
        "Optimise and document the data pipeline",
        "Improve and roll out the onboarding emails",
    ],
)
def test_2662_change_and_work_is_the_work(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Improve and streamline the onboarding process",
        "Grow and deepen our partner network",
        "Increase and diversify revenue",
        "Grow and engage our community",
        "Reduce and track cloud costs",
        "Improve onboarding and ship faster",
        "Improve checkout conversion by 10% and document the learnings",
    ],
)
def test_2662_guard(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2663: staff counted as the users a measure of use reaches ------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Weekly active users of the developer portal reach 150 engineers",
        "Weekly active users of the portal reach 400 nurses",
        "Course sign-ups reach 300 teachers",
        "Active users of the help desk app reach 60 engineers",
        "Monthly active users of the wiki hit 500 engineers",
    ],
)
def test_2663_users_reached_are_no_hire(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Engineering team reaches 40 engineers",
        "Grow the support team to 12 agents",
        "Headcount reaches 50 nurses",
        "Hire 3 engineers",
    ],
)
def test_2663_guard_headcount_stays_hiring(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


# --- 2664: things the community or contributors make ----------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "10 third-party plugins published by the community",
        "50 templates shared by the community",
        "15 integrations built by partners",
        "40 themes made by the community",
        "20 translations written by contributors",
    ],
)
def test_2664_made_by_others_is_their_doing(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Pages published by the web team",
        "12 plugins built by our engineers",
        "Publish 12 blog posts",
    ],
)
def test_2664_guard_own_work(kr: str) -> None:
    assert task_flagged(kr)


# --- 2665: things that come in, handled within a time ---------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Expense reports approved within 2 days on average",
        "Expense reports approved within 2 days",
        "Incident reports reviewed within 2 days",
        "Quality reports checked within 48 hours",
    ],
)
def test_2665_turnaround_is_no_deliverable(kr: str) -> None:
    assert "kr-is-task" not in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Runbooks written within 2 weeks",
        "Incident reports reviewed",
        "Reports reviewed and published",
    ],
)
def test_2665_guard(kr: str) -> None:
    assert task_flagged(kr)


# --- 2666: sessions held for customers, donors, patients ------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Run 2 customer roundtables in Zurich",
        "Host 3 customer fireside chats",
        "Run 4 customer breakfasts",
        "Host 2 customer dinners",
        "Hold 3 donor lunches this quarter",
        "Run 5 patient coffee mornings",
    ],
)
def test_2666_sessions_for_people_are_efforts(kr: str) -> None:
    assert "kr-activity-count" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Host 500 attendees at the summit",
        "Host 200 customers at the open day",
        "Hold 90% of our accounts",
        "Run 6 workshops with 200 customers",
    ],
)
def test_2666_guard(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2667: "<thing> support" and where it runs ----------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Apple Pay and Google Pay support on iOS and Android",
        "Apple Pay support on iOS",
        "ARM64 support for all our Docker images",
        "Right-to-left language support",
        "Windows support for the CLI",
        "HEIC image support in the uploader",
    ],
)
def test_2667_support_named_is_a_feature(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Customer support in Spanish",
        "Peer support for new carers",
        "Better support for enterprise customers",
        "Customer support satisfaction from 80% to 90%",
        "Strong support from the leadership team",
    ],
)
def test_2667_guard(kr: str) -> None:
    assert "kr-is-task" not in fired(kr)


# --- 2668: "available" says a capability is shipped -----------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Conda-forge package available",
        "Conda-forge package is available",
        "Homebrew formula available",
        "Docker image available on Docker Hub",
        "Saved cards available for logged-in users",
        "Spanish subtitles available for all courses",
        "Same-day delivery available in Leeds and York",
    ],
)
def test_2668_available_is_shipped(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Product available in 95% of stores",
        "Stock available for 98% of top SKUs",
        "Increase available inventory by 20%",
        "Available beds from 40 to 60",
    ],
)
def test_2668_guard_availability_measured(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2669: the team's own pieces counted from one level to another --------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Increase our course library from 6 courses to 11",
        "Grow the template gallery from 20 to 50 templates",
        "Expand the help centre from 40 to 120 articles",
        "Increase the number of case studies from 3 to 10",
        "Grow our integration catalogue from 12 to 30 integrations",
        "Grow our video library from 15 to 40 tutorials",
        "Expand the seller academy from 12 to 30 lessons",
    ],
)
def test_2669_outputs_moved_are_counted_efforts(kr: str) -> None:
    assert "kr-activity-count" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Increase the number of services using the platform from 10 to 40",
        "Grow apps built on our platform from 40 to 100",
        "Increase course enrolments from 600 to 1,100",
        "Increase case study downloads from 200 to 800",
        "Increase reviews from 40 to 120",
        "Increase active integrations from 300 to 900",
        "Increase the number of customers from 100 to 150",
        "Grow template usage from 10% to 35% of new projects",
        "Students attend 90% of lessons",
        "Lesson completion rate from 55% to 75%",
    ],
)
def test_2669_guard_measures(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2670: plurals of things made -----------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "3 prototypes presented to the steering group",
        "4 wireframes shared with the design council",
        "2 decks presented to the board",
        "Style guides published for both brands",
        "Onboarding checklists rewritten for every role",
    ],
)
def test_2670_plural_deliverables(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "3 POCs convert to paid contracts",
        "Checklists completed for 95% of flights",
        "Manuals downloaded 5,000 times",
        "Prototypes tested with 40 users show a task success rate above 80%",
    ],
)
def test_2670_guard(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2671: propose is discovery work --------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Propose and validate at least three process improvements",
        "Propose 3 options for the new office",
        "Propose a new pricing model to the board",
    ],
)
def test_2671_propose_is_a_task(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    ["Proposals accepted by 3 clients", "Proposed changes adopted by 80% of teams"],
)
def test_2671_guard(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2672: "<label>: <count> …" where the label names efforts or the count things made ------


@pytest.mark.parametrize(
    "kr",
    [
        "Electric vans: 20 added to the Bristol fleet",
        "Driver training days: 2 per driver this quarter",
        "Blog posts: 8 published per month",
        "Case studies: 5 written and approved",
        "New stores: 3 opened in the north",
        "Webinars: 6 hosted with partners",
        "EV chargers: 12 installed across our depots",
        "District metered areas: 25 redesigned",
        "Store managers: 40 coached on rota planning",
        "Supplier contracts: 12 renegotiated",
        "Suppliers: 40 assessed against the new code",
    ],
)
def test_2672_labelled_counts_of_work(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Webinar attendees: 300",
        "Blog traffic: 20k visits",
        "Customers: 300 new",
        "Sign-ups: 2,000 per month",
        "New partners: 5 signed",
        "Stores meeting the standard: 95%",
        "Revenue: $2M",
        "Apps: 40 published by developers",
        "Blog posts: 8% more reads",
        "Branch staff: 45 accredited as digital champions",
        "Members: 300 renewed",
        "Customers: 50 retained",
        "Trial users: 200 converted",
        "Warehouses: 2 consolidated",
    ],
)
def test_2672_guard_labelled_measures(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2673: a comparative after "for" is the purpose of the work, not a change asked ---------


@pytest.mark.parametrize(
    "kr",
    [
        "Depot layout redesigned for faster loading",
        "Checkout redesigned for quicker payment",
        "Homepage rebuilt for better SEO",
        "Payment service rebuilt in Go",
    ],
)
def test_2673_work_for_a_purpose(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Respond faster to tickets",
        "Answer calls faster",
        "Search rebuilt and 30% faster",
        "Reach faster resolution for P1 incidents",
    ],
)
def test_2673_guard(kr: str) -> None:
    assert "kr-is-task" not in fired(kr)


# --- 2674: product parts named alone ---------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Klarna checkout option",
        "Express delivery option for London",
        "Quickstarts for Python, Node and Go",
        "Appointment booking for mortgage advice online",
        "Online booking for the spa",
        "Gift-card add-on at checkout",
    ],
)
def test_2674_product_parts_are_features(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Online booking share from 20% to 45%",
        "Appointment booking rate from 30% to 50%",
        "Customers choosing the express option: 25%",
        "Add-on revenue from £10k to £40k a month",
        "30% of new deals include the analytics add-on (from 12%)",
    ],
)
def test_2674_guard_measures(kr: str) -> None:
    assert not task_flagged(kr)
