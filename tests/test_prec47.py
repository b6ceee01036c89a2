"""prec47 (issue 8, forty-seventh round): false alarms of kr-vague-wording on published OKR
pages (decisions 6870-6877). A vague-looking word that is no part of what the key result
promises — the purpose of the work, a list's examples and open tail, a fixed term, several
distinct things, a system down in a condition, a deliverable named by its change, "continuous"
with the break it rules out — is no longer flagged; true vague wordings beside them stay
flagged. Every wording is written for these tests (no sentence of a real page)."""

from __future__ import annotations

import pytest

from tests.test_vague29 import _fails  # rules only; one objective line, the KR owned and dated

_VAGUE = "kr-vague-wording"


# --- 6870: a vague word in the purpose of work ----------------------------------------------

PURPOSE = [
    "Add a search box to the help centre to improve self-service",
    "Rewrite the billing job in Go for faster nightly runs",
    "Draft a playbook for growing repeat orders from cafés",
    "Redesign the sign-up form to better explain the free tier",
    "Publish an FAQ page so fewer parents need to phone the office",
    "Publish a style guide for clearer release notes",
    "Install a second till at the counter to shorten the lunch queue",
    "Run a survey of night staff to make the rota more predictable",
    "Set up a shared inbox for suppliers, enabling quicker replies on orders",
    "Host a fortnightly clinic for new volunteers so more of them stay past month one",
    "Build a price-check script in order to reduce manual lookups",
    "Migrate the image store to a CDN for better load times abroad",
    "Hold monthly drop-in sessions to engage first-year students",
    "上线自助开票功能，以便减少财务手工录入",
    "搭建客服知识库，从而提升一次解决率",
    "开发排班小程序，让门店排班更省时",
    "编写新人带教手册，用于缩短新人上手时间",
]
PURPOSE_KEPT = [
    "Improve self-service in the help centre",
    "Grow repeat orders to lift revenue",
    "Improve the sign-up form to better explain the free tier",
    "Write a better onboarding guide to improve retention",
    "Try to add a search box to improve self-service",
    "Move members to better plans",
    "Ship monthly reports for several regional teams",
    "Learn to cook better",
    "Significantly cut queue times so more diners stay",
    "Respond faster to supplier emails",
    "Build a better price-check script for faster lookups",
    "Host more meetups to grow the community",
    "尽量上线自助开票功能，以便减少手工录入",
    "大幅提升一次解决率，从而减少投诉",
    "上线更好的排班系统",
    "优化推荐算法，提高点击率和停留时长",
]


# --- 6871: a list's examples and its open tail --------------------------------------------

LIST_ASIDES = [
    "Add filters by region, store, product line, etc.",
    "Support exports to CSV, Excel, PDF and so on",
    "Tag every ticket by channel, product, priority etc.",
    "Offer payment by card, bank transfer, and more",
    "Each manager gets a weekly pack of staffing figures (e.g. absences, overtime, and more)",
    "Each manager gets a weekly pack (e.g. sufficient detail on absences and overtime)",
    "Learners are surveyed after each course on topics such as whether it felt good value",
    "Add a checklist for reviewers (for example, a clear list of required fields)",
    "Collect feedback on the new menu (such as whether portions feel adequate)",
    "Write a support macro library (incl. templates for the most common questions)",
    "Document the release steps, for example rollback, tagging, notes, and more",
    "Map every supplier by region, category, risk etc. in the vendor sheet",
    "接入门店、社群、小程序等等渠道的订单",
    "上线客服质检功能（如：及时回复、耐心解答）",
    "整理常见问题，例如退款慢、发票开具不及时等",
]
LIST_KEPT = [
    "Better service at the desk, the phone line, etc.",
    "Make onboarding better (e.g. faster setup)",
    "Help customers faster, such as answering chats sooner",
    "Reply to more reviews, comments, messages etc.",
    "Improve documentation, onboarding, etc.",
    "Sign several partners (e.g. gyms and clinics)",
    "Significantly cut waiting, e.g. at the pharmacy",
    "做好客户服务（如：及时回复、耐心解答）",
    "大幅提升门店、社群等等渠道的销量",
    "More sign-ups from schools, libraries etc.",
    "Give continuous feedback, e.g. weekly one-to-ones",
    "Raise attendance at open days etc.",
]


# --- 6872: a fixed term that holds a vague word ---------------------------------------------

TERMS = [
    "Add multiple-choice quizzes to every module",
    "Launch a multiple choice practice test for the driving theory exam",
    "Support multiple-select questions in the survey builder",
    "Label good-first-issue tickets in every repository",
    "Write a contributor guide and a good first issue policy",
    "Keep every member in good standing",
    "Partner with a further education college in the county",
    "Open a further-education access course for adults",
    "Stop eating fast food on weekdays",
    "Sign a fast-food chain as a pilot customer",
    "Publish a good-faith estimate for every job",
    "Run a fast-moving consumer goods category review",
    "Sign a good faith agreement with the landlord",
]
TERMS_KEPT = [
    "Add good quizzes to every module",
    "Offer multiple practice tests",
    "Keep members in good shape",
    "Give further support to college leavers",
    "Make food service fast",
    "Get fast feedback on every release",
    "Ship high-quality quizzes",
    "Write a better good-first-issue policy",
    "Sign multiple new chains as pilot customers",
    "Build a world-class contributor guide",
    "Reach good standing with more suppliers",
    "Continuous support for new members",
]


# --- 6873: "distinct" before several things ---------------------------------------------------

DISTINCT = [
    "Sort survey replies into distinct personas",
    "Split the catalogue into distinct pages per brand",
    "Create distinct landing pages for each course",
    "Group members into distinct cohorts by start month",
    "Give each region distinct price lists",
    "Keep distinct logins for staff and volunteers",
    "Assign distinct owners to the three workstreams",
    "Set up distinct queues for refunds and exchanges",
    "Print distinct price tags for members and guests",
    "Use distinct colour codes for allergens on labels",
    "Keep finance and payroll data in distinct folders",
    "Draw up distinct rotas for the two sites",
]
DISTINCT_KEPT = [
    "Have a distinct brand voice",
    "Create a distinct look for each store",
    "Build a distinct identity for the festival",
    "Develop one distinct style for our posts",
    "Give the shop a distinct feel",
    "Make the newsletter distinct",
    "Offer a distinct experience to members",
    "Build an excellent set of distinct landing pages",
    "Create a better experience with distinct pages",
    "Stand out with distinct and better packaging",
    "Design a distinct welcome for new donors",
    "Be distinct in the market",
]


# --- 6874: a system up or down in a condition ------------------------------------------------

DOWN_STATE = [
    "Checkout keeps working when the payment provider is down",
    "Orders are queued while the warehouse system is down",
    "Staff can clock in even when the network is down",
    "Bookings are taken by phone whenever the website is down",
    "The kiosk prints receipts if the printer server goes down",
    "Alerts reach on-call staff even if the mail server is down",
    "Patients can still check in when the records system was down",
    "Card payments fall back to offline mode while the bank link is down",
    "Tills keep selling when the stock service goes down",
    "The intranet shows a status page when the main site is down",
    "Sensors buffer their readings until the uplink is up",
    "Dispatch runs from paper when the radio system is down",
]
DOWN_KEPT = [
    "Partner referrals up",
    "Referrals are up",
    "Repeat bookings up",
    "Complaints down",
    "Returns are down",
    "Late deliveries down.",
    "Walk-in sales up",
    "Class bookings up",
    "Donations up",
    "Overtime hours down",
    "Stock write-offs down",
    "Refund requests are down",
]


# --- 6875: "proper" is as loose as "adequate" -------------------------------------------------

PROPER = [
    "A proper rota in place for the summer",
    "Set up proper monitoring for the payment service",
    "Give every new starter a proper induction",
    "Proper handover notes for each shift",
    "Build a proper archive for old invoices",
    "Get proper sleep before race day",
    "Put a proper budget in place for the festival",
    "Write a proper test plan for the app",
    "Hire a proper bookkeeper",
    "Have a proper backup of the member database",
    "Run proper checks on new suppliers",
    "A proper concept for storing deleted files",
]
PROPER_KEPT = [
    "A rota for the summer signed off by 1 June",
    "Set up monitoring for 100% of payment endpoints",
    "Give 20 new starters a 2-day induction",
    "Handover notes for 95% of shifts",
    "Invoices older than 2 years archived: 100%",
    "Sleep 7 hours a night before race day",
    "Festival budget of £20k approved",
    "Test plan covering 40 app flows",
    "A proper noun list of 300 place names for the style guide",
    "Run 12 proper supplier checks per quarter",
    "Backup of the member database restored in under 1 hour",
    "Proper nouns spelt right in 98% of captions",
]


# --- 6876: the findings written up, named by their change (Chinese) -------------------------

FINDINGS = [
    "输出压测报告和性能优化结论",
    "提交库存周转优化报告",
    "输出降本优化清单",
    "提交门店动线改进报告",
    "6月底前提交排班优化总结",
    "输出接口提速优化结论",
    "撰写采购流程改进报告",
    "整理并提交能耗降低清单",
    "交付数据库调优报告",
    "输出客服话术优化总结",
    "提交仓储布局改善报告",
    "输出测试结果和提升结论",
]
FINDINGS_KEPT = [
    "优化报告",
    "优化周报",
    "提升报告质量",
    "优化回复话术",
    "改进排班",
    "提升结论的准确性",
    "降低报告出错",
    "完善报告",
    "优化门店动线",
    "改善仓储布局",
    "减少呆滞物料",
    "提高月报质量",
]


# --- 6877: "continuous" with the break it rules out --------------------------------------------

CONTINUOUS = [
    "Demonstrate continuous telemetry over the whole flight without dropouts",
    "Run the bottling line continuously with no stoppages over the weekend",
    "Keep continuous cover on the help desk without any gaps",
    "Stream the final continuously without buffering",
    "Provide continuous heating in the ward without outages",
    "Record continuous sensor data through the trial with no gaps",
    "Keep the pumps running continuously with zero unplanned stops",
    "Offer continuous phone cover across the holiday without missed calls",
    "Log continuous GPS tracks for every van without breaks",
    "Supply continuous power to the freezers without interruption",
    "Run continuous backups through the migration without a missed night",
    "Keep continuous staffing at reception with no unmanned hours",
]
CONTINUOUS_KEPT = [
    "Give continuous feedback to new hires",
    "Continuous improvement of the intake process",
    "Stream the match continuously",
    "Provide continuous support, without fuss",
    "Continuously improve the menu",
    "Run continuous training for staff",
    "Keep continuous contact with donors",
    "Ensure continuous learning across the team",
    "Continuous engagement with parents",
    "Monitor the site continuously",
    "Offer continuous coaching to managers",
    "Continuously refine the onboarding flow",
]


# (decision, the wordings, flagged as vague)
CASES = [
    ("6870", PURPOSE, False),
    ("6870", PURPOSE_KEPT, True),
    ("6871", LIST_ASIDES, False),
    ("6871", LIST_KEPT, True),
    ("6872", TERMS, False),
    ("6872", TERMS_KEPT, True),
    ("6873", DISTINCT, False),
    ("6873", DISTINCT_KEPT, True),
    ("6874", DOWN_STATE, False),
    ("6874", DOWN_KEPT, True),
    ("6875", PROPER, True),
    ("6875", PROPER_KEPT, False),
    ("6876", FINDINGS, False),
    ("6876", FINDINGS_KEPT, True),
    ("6877", CONTINUOUS, False),
    ("6877", CONTINUOUS_KEPT, True),
]


@pytest.mark.parametrize(
    ("kr", "vague"),
    [pytest.param(kr, vague, id=f"{n}-{kr[:40]}") for n, krs, vague in CASES for kr in krs],
)
def test_vague_verdict(kr: str, vague: bool) -> None:
    assert (_VAGUE in _fails(kr)) is vague


@pytest.mark.parametrize("kr", PURPOSE)
def test_6870_work_still_read_as_work(kr: str) -> None:
    assert _fails(kr) & {"kr-is-task", "kr-activity-count"}
