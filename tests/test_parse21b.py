"""Pasted drafts, twenty-first round, second part (issue 8 item 5; decisions 1940-1946, parse21b).

Every wording here is written for these tests (no real page's sentence)."""

from __future__ import annotations

import pytest

from coach.cycle.checkin import checkin
from coach.review import parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    d = parse(text)
    return [
        (o.text.rstrip("。."), [k.text.rstrip("。.") for k in o.key_results]) for o in d.objectives
    ]


def owners(text: str) -> list[list[str | None]]:
    return [[k.owner for k in o.key_results] for o in parse(text).objectives]


# --- 1940: a line opening with a cadence or a month's deadline is an item of its own ------------
@pytest.mark.parametrize(
    ("text", "krs"),
    [
        (
            "目标：让社区图书角热闹起来\n- 每周上架20本新书\n每月举办一次亲子读书会\n- 借阅人次从每月300提升到600\n",
            ["每周上架20本新书", "每月举办一次亲子读书会", "借阅人次从每月300提升到600"],
        ),
        (
            # the verb is not in the lexicon ("收集"), "意见" is no request about the draft here
            "目标：让食堂的菜更合口味\n- 每周试做3道新菜\n每月收集一次学生对菜品的意见\n",
            ["每周试做3道新菜", "每月收集一次学生对菜品的意见"],
        ),
        (
            "目标：把老客户留住\n- 老客户复购率从25%提升到40%\n每季度回访一遍全部VIP客户\n每两周整理一次投诉记录\n",
            ["老客户复购率从25%提升到40%", "每季度回访一遍全部VIP客户", "每两周整理一次投诉记录"],
        ),
        (
            "O：让门店会员体系跑起来\n- 会员数从800人增加到3000人\n6月底前上线会员积分小程序\n",
            ["会员数从800人增加到3000人", "6月底前上线会员积分小程序"],
        ),
    ],
)
def test_cadence_led_line_is_an_item(text: str, krs: list[str]) -> None:
    assert shape(text)[0][1] == krs


@pytest.mark.parametrize(
    ("text", "krs"),
    [
        # wraps: the line above leaves its phrase open
        (
            "目标：把营收做上去\n- 门店月均营业额从20万元提升到\n每月30万元\n- 新开门店3家\n",
            ["门店月均营业额从20万元提升到每月30万元", "新开门店3家"],
        ),
        (
            "目标：让员工成长更快\n- 每位员工每年完成培训40学时，其中\n每季度不少于10学时\n",
            ["每位员工每年完成培训40学时，其中每季度不少于10学时"],
        ),
        (
            "Objective: Grow the newsletter\n- Grow subscribers from 2,000 to 5,000 with a referral"
            " reward\nevery month for the top 3 referrers\n",
            [
                "Grow subscribers from 2,000 to 5,000 with a referral reward every month for the"
                " top 3 referrers"
            ],
        ),
    ],
)
def test_wraps_still_join(text: str, krs: list[str]) -> None:
    assert shape(text)[0][1] == krs


def test_a_request_with_a_deadline_is_no_item() -> None:
    text = (
        "目标：让食堂更受欢迎\n- 学生满意度从70%提升到85%\n- 每周推出2道新菜\n\n"
        "每周五前请大家把意见发给我\n"
    )
    assert shape(text)[0][1] == ["学生满意度从70%提升到85%", "每周推出2道新菜"]


# --- 1941: a labelled key result, then an unlabelled verb-led line ------------------------------
def test_labelled_key_result_then_a_lost_line() -> None:
    text = (
        "O1：让团队的经验沉淀下来\nKR1：每月组织2次技术分享\nKR2：新人上手时间从4周缩短到2周\n"
        "搭建团队知识库\n"
    )
    assert shape(text)[0][1] == [
        "每月组织2次技术分享",
        "新人上手时间从4周缩短到2周",
        "搭建团队知识库",
    ]


def test_labelled_key_result_then_a_cadence_line() -> None:
    text = (
        "目标1：提升员工敬业度\nKR1：员工敬业度从65分提升到75分\nKR2：主动离职率从12%降到8%\n"
        "每季度开展一次全员匿名调研\n"
    )
    assert shape(text)[0][1][-1] == "每季度开展一次全员匿名调研"


@pytest.mark.parametrize(
    ("text", "kr1"),
    [
        (
            "O1：把营收做大\nKR1：年度营收从3000万元\n提升到5000万元\nKR2：新签客户120家\n",
            "年度营收从3000万元提升到5000万元",
        ),
        (
            "O1：理顺采购\nKR1：完成3家供应商的评估，并\n签订2份年度框架合同\nKR2：采购周期从15天缩短到8天\n",
            "完成3家供应商的评估，并签订2份年度框架合同",
        ),
    ],
)
def test_labelled_key_result_wraps_still_join(text: str, kr1: str) -> None:
    got = shape(text)[0][1]
    assert got[0] == kr1 and len(got) == 2


# --- 1942: "In support of our company level OKR to _X_, we will:" -------------------------------
@pytest.mark.parametrize(
    ("lead", "objective"),
    [
        (
            "In support of our company level OKR to _grow recurring revenue_, we will:\n\n",
            "grow recurring revenue",
        ),
        (
            "To support the company goal of *becoming profitable in 2028*, the finance team will:\n",
            "becoming profitable in 2028",
        ),
    ],
)
def test_support_lead_names_the_objective(lead: str, objective: str) -> None:
    text = (
        "# Q3 plan\n\n"
        + lead
        + "- Lower monthly churn from 4% to 2.5%.\n- Raise expansion revenue from $40k to $90k a month.\n"
    )
    assert shape(text) == [
        (
            objective,
            [
                "Lower monthly churn from 4% to 2.5%",
                "Raise expansion revenue from $40k to $90k a month",
            ],
        )
    ]


# --- 1943: check-in tasks under an unnamed heading, with no priority and no pointer -------------
_OKRS_ZH = "O1：让新用户留下来\nKR1：次日留存率从30%提升到45%\nKR2：新手引导完成率达到80%\n\n"
_OKRS_EN = (
    "Objective: Keep new users around\nKR1: Day-1 retention from 30% to 45%\n"
    "KR2: Onboarding completion at 80%\n\n"
)


@pytest.mark.parametrize(
    ("okrs", "tasks"),
    [
        (_OKRS_ZH, "最近在忙\n- 重做新手引导第三步\n- 约8位流失用户电话访谈\n- 整理留存看板\n"),
        (
            _OKRS_EN,
            "On my desk\n- Redo step 3 of onboarding\n- Call 8 users who churned\n"
            "- Clean up the retention dashboard\n",
        ),
    ],
)
def test_plain_tasks_under_an_unnamed_heading(okrs: str, tasks: str) -> None:
    r = checkin(okrs + tasks + "\n信心指数：6/10\n")
    assert len(r.tasks) == 3
    assert len(r.key_results) == 2


def test_measured_lines_under_a_heading_stay_key_results() -> None:
    # guard: a heading over measured lines may be an unlabelled objective's key results
    text = _OKRS_ZH + "拉新\n- 新用户注册从1万提升到2万\n- 渠道转化率达到5%\n\n信心指数：6/10\n"
    assert len(checkin(text).tasks) == 0


def test_heading_after_a_blank_line_is_no_tail() -> None:
    text = _OKRS_ZH + "最近在忙\n- 重做新手引导第三步\n- 整理留存看板\n"
    assert shape(text)[0][1][1] == "新手引导完成率达到80%"


# --- 1944: "**Engineering alignment:** Objective #1: …" is a note --------------------------------
@pytest.mark.parametrize(
    "note",
    [
        "**Engineering alignment:** Objective #1: Earn trust in core features.",
        "Engineering alignment: Objective #1: Earn trust in core features.",
        "Company OKR alignment: this serves the company's first objective.",
    ],
)
def test_alignment_note_is_no_item(note: str) -> None:
    text = (
        "### Problem Area: Make search results trustworthy\n\n"
        "- Key Result 1: Index lag under 10 minutes for 95% of pushes\n"
        "- Key Result 2: A public page that shows index freshness per repository\n\n" + note + "\n"
    )
    assert shape(text) == [
        (
            "Make search results trustworthy",
            [
                "Index lag under 10 minutes for 95% of pushes",
                "A public page that shows index freshness per repository",
            ],
        )
    ]


# --- 1945: an OKR set pasted as JSON ---------------------------------------------------------------
def test_json_one_line() -> None:
    text = (
        '{"objective": "Make the app feel instant", "key_results": '
        '["Cold start from 3s to 1.2s", "P95 screen load under 400ms"]}\n'
    )
    assert shape(text) == [
        ("Make the app feel instant", ["Cold start from 3s to 1.2s", "P95 screen load under 400ms"])
    ]


def test_json_list_with_owners() -> None:
    text = (
        '[\n  {"objective": "壮大开发者社区", "owner": "Ivy",\n   "key_results": '
        '[{"title": "社区成员从200人增加到500人", "owner": "Ivy"}, '
        '{"title": "每月举办4场线下活动", "owner": "Sam"}]}\n]\n'
    )
    assert shape(text) == [
        ("壮大开发者社区", ["社区成员从200人增加到500人", "每月举办4场线下活动"])
    ]
    assert owners(text) == [["Ivy", "Sam"]]


def test_json_that_is_no_okr_set_is_not_read_as_one() -> None:
    # guard: JSON with no objective's wording and key results is left to the line readings
    from coach import parse_yaml

    assert parse_yaml.read('{"name": 3, "tags": ["a", "b"]}\n') is None
    assert parse_yaml.read('{"objective": "Ship it"}\n') is None


# --- 1946: a higher level's objectives listed with no key results -------------------------------
@pytest.mark.parametrize(
    ("text", "company", "team"),
    [
        (
            "Company objectives\n1. Become the booking tool small clinics trust\n2. Reach break-even"
            " by Q4\n\nTeam OKRs\nObjective: Make booking effortless\n- Online bookings from 40% to"
            " 70%\n- Phone hold time from 6 min to 2 min\n",
            ["Become the booking tool small clinics trust", "Reach break-even by Q4"],
            "Make booking effortless",
        ),
        (
            "公司目标\n1. 成为小诊所首选的预约工具\n2. 第四季度实现盈亏平衡\n\n团队OKR\n目标：让预约变得毫不费力\n"
            "- 线上预约占比从40%提升到70%\n- 电话等待时间从6分钟缩短到2分钟\n",
            ["成为小诊所首选的预约工具", "第四季度实现盈亏平衡"],
            "让预约变得毫不费力",
        ),
    ],
)
def test_company_objectives_are_kept(text: str, company: list[str], team: str) -> None:
    got = shape(text)
    assert [o for o, _k in got] == [*company, team]
    assert [k for _o, k in got[:-1]] == [[] for _ in company]
    assert len(got[-1][1]) == 2


# --- 1947: a chat's next message (speaker and time) under the items ---------------------------
@pytest.mark.parametrize(
    ("text", "krs"),
    [
        (
            "Priya Shah  10:42 AM\nhere's my draft for Q2, thoughts?\n*O:* Make onboarding self-serve\n"
            "• KR1: 60% of new teams finish setup without a call\n• KR2: Setup time from 4 days to 1 day\n"
            "Tom Becker  10:47 AM\nlooks good, maybe add a support-ticket KR\n",
            ["60% of new teams finish setup without a call", "Setup time from 4 days to 1 day"],
        ),
        (
            "陈晓  上午 10:02\n大家看下我Q3的OKR\nO：让客服更快响应\nKR1：首次响应时间从2小时缩短到20分钟\n"
            "KR2：一次解决率达到85%\n王磊  上午 10:15\n我觉得可以再加一个投诉相关的\n",
            ["首次响应时间从2小时缩短到20分钟", "一次解决率达到85%"],
        ),
    ],
)
def test_chat_reply_is_no_tail(text: str, krs: list[str]) -> None:
    assert shape(text)[0][1] == krs


def test_a_time_in_a_key_result_is_no_speaker() -> None:
    # guard: "Stand-up 9:30" opens no chat message (no name before the time)
    text = "Objective: Calmer mornings\n- Stand-up starts by 9:30 every day\n- Build breaks from 6 to 1 a week\n"
    assert shape(text)[0][1] == [
        "Stand-up starts by 9:30 every day",
        "Build breaks from 6 to 1 a week",
    ]


# --- 1948: a sheet whose kind column is named "Type" / "类型", tab-separated or CSV -------------
@pytest.mark.parametrize(
    "text",
    [
        'Type,Title,Owner,Progress\nObjective,"Grow the partner channel, fast",Mara,\n'
        'Key Result,"Signed partners from 12 to 30",Mara,40%\n'
        'Key Result,"Partner-sourced revenue at $2M, up from $0.8M",Ken,25%\n',
        "Type\tTitle\tOwner\tProgress\nObjective\tGrow the partner channel, fast\tMara\t\n"
        "Key Result\tSigned partners from 12 to 30\tMara\t40%\n"
        "Key Result\tPartner-sourced revenue at $2M, up from $0.8M\tKen\t25%\n",
    ],
)
def test_type_column_sheet(text: str) -> None:
    assert shape(text) == [
        (
            "Grow the partner channel, fast",
            ["Signed partners from 12 to 30", "Partner-sourced revenue at $2M, up from $0.8M"],
        )
    ]
    assert owners(text) == [["Mara", "Ken"]]


def test_type_column_csv_zh() -> None:
    text = "类型,内容,负责人\n目标,让客户按时付款,赵敏\n关键结果,回款周期从60天缩短到40天,赵敏\n关键结果,逾期账款占比降到5%以下,钱峰\n"
    assert shape(text) == [
        ("让客户按时付款", ["回款周期从60天缩短到40天", "逾期账款占比降到5%以下"])
    ]
    assert owners(text) == [["赵敏", "钱峰"]]


def test_cadence_line_after_a_blank_line_with_a_one_character_verb() -> None:
    # 1940 with 1782: "去一次" (a one-character verb and how many times)
    text = "目标：让孩子爱上阅读\n- 每周亲子共读3次\n- 全年读完24本绘本\n\n每月去一次图书馆\n"
    assert shape(text)[0][1] == ["每周亲子共读3次", "全年读完24本绘本", "每月去一次图书馆"]


# --- 1949: a Confluence status lozenge in capitals closing a key result ------------------------
def test_status_lozenge_is_no_wording() -> None:
    text = (
        "Objective: Make invoices right the first time\n"
        "Key result: Invoice corrections from 8% to 2%  ON TRACK\n"
        "Key result: Billing disputes resolved in 5 days  AT RISK\n"
    )
    d = parse(text)
    krs = d.objectives[0].key_results
    assert [k.text for k in krs] == [
        "Invoice corrections from 8% to 2%",
        "Billing disputes resolved in 5 days",
    ]
    assert [k.status for k in krs] == ["ON TRACK", "AT RISK"]


def test_capitals_inside_a_key_result_stay() -> None:
    # guard: a capitalised word that is no closing status stays in the wording
    text = "Objective: Faster support\nKey result: Resolve 90% of tickets tagged URGENT within 4 hours\n"
    assert shape(text)[0][1] == ["Resolve 90% of tickets tagged URGENT within 4 hours"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Company goals for 2027\n- Be the clinic app patients recommend\n- Reach 1,000 clinics\n\n"
            "Mobile team\nObjective: Make booking on the phone painless\n"
            "- App booking completion from 55% to 80%\n",
            ["Be the clinic app patients recommend", "Reach 1,000 clinics"],
        ),
        (
            "## 2027年公司目标\n- 成为华东地区最受欢迎的社区生鲜品牌\n- 全年实现盈利\n\n## 配送组OKR\n"
            "目标：让每一单都准时送达\n- 准时送达率从90%提升到98%\n",
            ["成为华东地区最受欢迎的社区生鲜品牌", "全年实现盈利"],
        ),
    ],
)
def test_company_objectives_with_a_period(text: str, company: list[str]) -> None:
    got = shape(text)
    assert [o for o, _k in got[:-1]] == company
    assert len(got[-1][1]) >= 1


def test_company_heading_over_its_key_results_alone_stays() -> None:
    # guard: with no team set after it, the heading over measured lines reads as before
    text = "## 公司目标\n- 全年营收达到1亿元\n- 净利润率达到15%\n"
    assert [len(k) for _o, k in shape(text)] == [2]


def test_support_lead_zh() -> None:
    text = "为支撑公司“全年营收翻番”的目标，销售部本季度将：\n- 新签客户从40家增加到80家\n- 老客户续约率达到90%\n"
    assert shape(text) == [("全年营收翻番", ["新签客户从40家增加到80家", "老客户续约率达到90%"])]


def test_chat_log_line_with_a_bracketed_time() -> None:
    text = (
        "[10:02] Maya: here is the draft\nObjective: Speed up month-end close\n"
        "- Close in 5 working days instead of 9\n- Zero manual journal entries over $10k\n"
        "[10:05] Leo: 👍\n"
    )
    assert shape(text)[0][1] == [
        "Close in 5 working days instead of 9",
        "Zero manual journal entries over $10k",
    ]
