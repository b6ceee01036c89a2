"""Helper res45, forty-fifth round of issue 8: result-not-task recall on real published OKRs,
decisions 6650-6658 in docs/principles.md — shapes the studied halves (A) of the rebuilt real
sets still passed as results: an aside in brackets or a relative clause after a thing made, a
comma list of what the thing is for, a later clause of work after "and", what an AI agent or a
product does, each member of the team's own team given a quota, code parts named alone, the
team's own use of a thing, a progress percentage after a dash closing a piece of work, and work
verbs the lexicon lacked.

Each wording below was written for this file; no sentence of a published set is used (other
nouns, places and orders of the same shapes). Rows marked "-" are the near neighbours that must
keep passing the result principle; every "R" row passed it on the base (57f5d9af).
"""

from __future__ import annotations

import pytest

from tests.test_retire32 import _fails

_OBJECTIVE = {
    "en": "Objective: Make the harbour café the first stop of every walker (owner: Ana) in Q3\n",
    "zh": "目标：让海港咖啡成为每位散步者的第一站（负责人：安娜，第三季度）\n",
}
_RESULT = ("kr-is-task", "kr-activity-count")


def _kr_fails(wording: str) -> list[str]:
    """The failing checks of one key result under a dated, owned objective."""
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in wording) else "en"
    return _fails(f"{_OBJECTIVE[lang]}- KR1: {wording}\n")[1]


# One case a line: "R" (the result principle must fail: a task or a count of effort) or "-" (it
# must not), then the wording.
_TABLE = """
# -- decision 6650: a closing aside in brackets, or a relative clause, is no part of the work
R  A read-only replica cluster for the analysts (so nobody queries production again)
R  Expense tracker for the trustees (eg. travel and venue costs)
R  Parking finder for match days (requested by the supporters club)
R  Volunteer directory for the food bank (so coordinators can find cover)
R  Allergen chatbot for the canteen (asked for by the parents forum)
R  Stock alerts for the pharmacy shelves (eg. insulin and inhalers)
R  Route planner for the delivery riders (replacing the paper maps)
R  A shared inbox for supplier questions (today they land in personal mailboxes)
R  Slack alerts for failed card payments (eg. declines and timeouts)
R  Quote builder for the trade counter (the old spreadsheet keeps breaking)
R  Solving the sync problem that's been holding back adoption
R  Patch the upload bug that's been blocking adoption in schools
R  Fixing the consent screen that has been slowing adoption
-  Happier volunteers (so they stay for a second season)
-  Customer NPS (measured quarterly)
-  Self-serve refund flow (so refunds take under 2 days)
-  Grow repeat bookings (our biggest lever this year)
-  Refund time down to 2 days (from 5 today)
-  Win the trust that keeps donors giving
-  Build the referral scheme that brings in 40 new members
-  Better onboarding (new hires say it is confusing)
-  A calmer front desk (fewer queues at opening)
# -- decision 6651: what a thing made is for runs on through a comma list
R  Staff directory for the depot, the office and the yards
R  A staging cluster for testing, demos and training
R  A staging cluster for all test, non production workloads
R  Kanban board for the paint shop, the stores and the loading bay
R  Donor database for the shop, the café and the events team
R  Visitor kiosk for the main entrance, the clinic wing and the car park
R  Grant tracker for trusts, foundations and councils
R  Price calculator for flooring, tiling, and carpentry quotes
R  Parts catalogue for dealers, fitters and home mechanics
R  Recipe database for the cafés, kiosks and the catering arm
R  Stock tracker for the bar, the kitchen and the shop
R  Notice board for tenants, cleaners and contractors
R  Fault tracker for lifts, boilers, and fire doors
R  Loan calculator for students, parents and mature learners
-  Faster checkout for members, fewer abandoned carts
-  Happier guests at the spa, the pool and the gym
-  Booking app for parents, 5,000 downloads by June
# -- decision 6652: a later clause of work after "and" or ";"
R  The consent form is on the website and can be signed online
R  Every invoice appears in the portal and can be downloaded as PDF
R  Our channels have a clear purpose and we have a written list of approved topics
R  The shop floor is tidy and we have a cleaning rota on the wall
R  Volunteers feel welcome and we have a starter pack for each of them
R  Stock levels are visible to all stores and can now be edited by managers
R  The menu is seasonal; we have a printed allergen sheet at every till
R  A failed refund is shown on the order and can be retried
R  Every recipe is costed and can be exported to the ordering tool
R  Each draft order is saved on the tablet and can be restored after a crash
R  Lost items are logged at reception and can be claimed online
R  Our site is fast and we have a status page for outages
R  The warehouse is tidy and we have a labelled bin map at every aisle
-  Failed payments are rare and customers stay longer
-  Members feel welcome and we keep 80% of them after a year
-  Orders arrive on time and can be tracked by 95% of buyers
-  The clinic is calmer and we have fewer walk-outs
-  Customers are happier and come back more often
-  Refund requests are handled kindly and we have happier customers
# -- decision 6653: what an AI agent, an assistant or a product does is the feature to build
R  The booking agent sends a confirmation text for every appointment
R  The copilot suggests the next best action on each deal
R  Our ticketing product shows the same customer history as the old CRM
R  Our invoicing product sends reminders before each due date
R  The scheduling product syncs with Outlook and Google calendars
R  The chatbot escalates angry customers to a supervisor
R  The new kiosk triages walk-in patients by urgency
R  Our claims assistant collects photos from the customer
R  The intake agent collects ID photos from new tenants
R  The onboarding assistant reminds new hires of missing documents
R  Our payroll product calculates holiday pay for part-timers
R  The triage assistant books a nurse call-back for urgent cases
-  The product ranks first on G2
-  Our product converts 4% of visitors
-  Our product sells itself
-  The agent resolves 90% of tickets on first contact
-  The assistant manager schedules shifts
# -- decision 6654: each member of the team's own team, given a quota of effort
R  Each member of the platform team joins at least 1 billing, CS, or AM call per week
R  Each member of the UX team joins at least 1 sales, support or onboarding call per week
R  Each member of the content team has at least 8 hours of reader time per quarter
R  Each member of the research team has at least 10 hours of customer time per month
R  Each member of the UX team shares two announcements per month
R  Each member of the support team spends at least 4 hours a week on the forum
R  Each team member writes one blog post per quarter
R  Every member of the data team runs at least 1 lunch-and-learn per quarter
R  Each member of our team attends 2 community meetups per quarter
R  Every staff member spends 3 hours a month at the front desk
R  Each member of the legal team reviews 3 supplier contracts per week
R  Each member of the events crew runs 2 site visits per month
-  Each member of the sales team closes 3 new deals a month
-  Each member of the support team keeps CSAT above 90%
-  Each member of the design team rates the new tool at least 4 out of 5
-  Every team member feels safe to speak up
-  Each member of the gym renews their plan
# -- decision 6655: code parts named alone (primitives, operators, invariants) are to be written
R  事件流原语
R  分布式锁原语
R  张量运算算子
R  卷积算子
R  账户余额不变量
R  订单状态不变量
R  池化算子
R  数据同步原语与算子
R  Time-series primitives
R  Language invariants
R  Concurrency primitives for the job runner
R  Ledger invariants
-  核心指标
-  原语言版本覆盖率达到90%
-  算子性能提升30%
-  不变量校验通过率达到100%
-  Primitive obsession in the codebase
-  Invariant violations below 5 a month
# -- decision 6656: "Use" opening the key result, a bare object, then where or what for
R  Use footfall data in the rota planning
R  Use customer feedback in sprint planning
R  Use AI to triage incoming tickets
R  Use Figma for all new designs
R  Use machine learning to flag duplicate invoices
R  Use Notion for every project brief
R  Use satellite imagery to spot illegal dumping
R  Use Stripe for all online donations
R  Use open-source fonts in the new brand kit
R  Use ChatGPT to summarise the weekly feedback
R  Use AI to tag support tickets by product area
R  Use Xero for the club accounts
-  Use CAT tools more
-  Use less paper
-  Use local suppliers for 80% of produce
-  Use of the self-checkout by 60% of shoppers
-  Use AI in the CAT tools more
-  Use customer feedback in planning more often
# -- decision 6657: a percentage after a dash, closing a piece of work, is its progress
R  Analysis on VAT treatment of gift vouchers - 0%
R  Review of the travel expense policy - 40%
R  Container-based build workflow with no manual steps - 100%
R  Vendor onboarding checklist for the buyers - 60%
R  Kanban board for the print room - 100%
R  Assessment of the warehouse lease options - 50%
R  Rollout plan for the new expense tool - 75%
R  Data retention policy for the CRM - 80%
R  Migration of the wiki to the new handbook - 30%
R  Playbook for month-end close - 90%
R  Study of the night-bus demand - 20%
R  Handover checklist for new managers – 45%
-  Cost per invoice - 20%
-  Gross margin - 70%
-  Onboarding completion - 85%
-  Test coverage of the payments service - 80%
-  Share of invoices paid on time - 95%
-  Grow paid seats by 30% - 50%
-  Renewal rate for key accounts - 90%
# -- decision 6658: work verbs the lexicon lacked (decouple, transition, iterate, involve, throttle)
R  Decoupling invoices from the legacy ledger
R  Decouple billing from the order service
R  Decouple search from the main Postgres cluster
R  Decouple checkout from inventory sync
R  Transition payroll admin from finance to HR
R  Transition Salesforce admin from sales ops to RevOps
R  Transition invoicing from spreadsheets to Xero
R  Iterate & demonstrate that the pilot cuts waiting times
R  Throttle bulk exports during peak hours
R  Throttle image uploads on slow connections
R  Decouple pricing from the product catalogue
R  Involve frontline nurses in rota design
R  Involve shop staff in layout decisions
-  Transition rate from trial to paid from 10% to 15%
-  Iterative releases every two weeks
-  Involvement rate of parents above 60%
-  Throttled requests under 1% of traffic
"""


def _rows() -> list[tuple[bool, str]]:
    rows = []
    for line in _TABLE.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        mark, wording = line.split(None, 1)
        rows.append((mark == "R", wording.strip()))
    return rows


_ROWS = _rows()


@pytest.mark.parametrize(("fails", "wording"), _ROWS, ids=[w[:60] for _, w in _ROWS])
def test_result_principle(fails: bool, wording: str) -> None:
    got = _kr_fails(wording)
    hit = [c for c in got if c in _RESULT]
    if fails:
        assert hit, f"{wording!r} should read as a task or an effort; fails {got}"
    else:
        assert not hit, f"{wording!r} should not read as a task or an effort; fails {got}"


def test_each_decision_has_its_rows() -> None:
    """Twelve or more wordings that must fail per decision, and three or more neighbours."""
    blocks: dict[str, list[str]] = {}
    current = ""
    for line in _TABLE.strip().splitlines():
        if line.startswith("# -- decision"):
            current = line.split()[3].rstrip(":")
            blocks[current] = []
        elif line.strip() and not line.startswith("#"):
            blocks[current].append(line.split(None, 1)[0])
    assert sorted(blocks) == [str(n) for n in range(6650, 6659)]
    for number, marks in blocks.items():
        assert marks.count("R") >= 12, number
        assert marks.count("-") >= 3, number
