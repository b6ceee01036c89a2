"""A fresh-eyed user's round (tester47): a chat message that asks to check a key result, the
quotes of Chinese negative key results, a rewrite a sibling key result already measures, and a
chat log's replies — the decisions of docs/principles.md's tester47 section."""

from __future__ import annotations

import pytest

from coach import review
from coach.errors import InputError


def _outline(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in review(text).objectives]


# -- decision 6890: a chat message asking to check the item after its label --------------------
ASKED_KRS = [
    ("can u check my KR: grow revenue 20%", "grow revenue 20%"),
    ("Can you check my KR: Grow revenue 20%", "Grow revenue 20%"),
    ("could you review my key result: NPS from 30 to 45", "NPS from 30 to 45"),
    ("pls check this KR: Win 10 new logos by Q3", "Win 10 new logos by Q3"),
    ("please review my KR - cut churn to 3%", "cut churn to 3%"),
    ("Check my KR: grow revenue 20%", "grow revenue 20%"),
    ("hey can you look at my KR: 100 paying teams by June", "100 paying teams by June"),
    ("Hi, could someone sanity-check my KR: weekly active users 5k", "weekly active users 5k"),
    ("thoughts on my KR: launch the partner portal", "launch the partner portal"),
    ("give feedback on my KR: Raise NPS from 30 to 45", "Raise NPS from 30 to 45"),
    ("Could you have a look at our KR: 40 new stockists", "40 new stockists"),
    ("can you rate my key result - churn under 2%", "churn under 2%"),
    ("帮我看下这个KR：营收增长20%", "营收增长20%"),
    ("帮我看看这个关键结果：复购率从20%提升到28%", "复购率从20%提升到28%"),
    ("请看看我的KR：新客户数达到50家", "新客户数达到50家"),
    ("麻烦看一下这条关键结果：投诉率降到1%", "投诉率降到1%"),
    ("检查一下我的关键结果：月活从1万提升到2万", "月活从1万提升到2万"),
    ("能不能帮我看看这个KR：NPS从30提升到45", "NPS从30提升到45"),
    ("点评一下我的KR：门店复购率达到35%", "门店复购率达到35%"),
    ("帮忙看看我们的关键结果：续约率达到90%", "续约率达到90%"),
    ("麻烦帮我看看这个KR：活跃会员达到8000人", "活跃会员达到8000人"),
    ("看一下我的关键成果：课程完课率从40%提升到60%", "课程完课率从40%提升到60%"),
]


@pytest.mark.parametrize(("line", "kr"), ASKED_KRS)
def test_6890_a_lone_chat_line_asking_about_a_kr_is_a_kr_with_no_objective(line, kr):
    with pytest.raises(InputError) as got:
        review(line)
    assert got.value.code == "no_objective"
    assert "1" in str(got.value)  # one key result found, none above it


@pytest.mark.parametrize(("line", "kr"), ASKED_KRS)
def test_6890_under_an_objective_the_asked_kr_is_its_key_result(line, kr):
    head = (
        "目标：本季度让门店的老顾客愿意再来（负责人：王芳）"
        if any("\u4e00" <= c <= "\u9fff" for c in line)
        else "Objective: Win the mid-market this quarter (owner: Dana)"
    )
    (only,) = _outline(f"{head}\n{line}\n")
    assert only[1] == [kr]


@pytest.mark.parametrize(
    "line",
    [
        "pls review this objective: make onboarding effortless",
        "can you check my objective: Make our help desk the one people trust",
        "麻烦看看我的目标：让新员工第一天就有归属感",
        "帮我看下这个目标：让社区居民把诊所当成首选",
    ],
)
def test_6890_an_asked_objective_is_the_objective_without_the_request(line):
    (only,) = _outline(line)
    assert only[0] == line.split(":", 1)[-1].split("：", 1)[-1].strip()


@pytest.mark.parametrize(
    "line",
    [
        "nice — maybe add a KR about accessibility?",
        "Check my KR dashboard every Monday",
        "Review the KR progress every Friday with the team",
        "Check the KR owners list before Monday",
        "Review my objectives with my manager by Friday",
        "看看这个KR怎么写更好",
        "帮我看看这个目标怎么样",
        "检查每个门店的KR进度",
    ],
)
def test_6890_a_request_with_no_labelled_item_after_it_is_read_as_before(line):
    (only,) = _outline(line)
    assert only == (line, [])


# -- decision 6891: what a Chinese negative key result's question quotes ------------------------
def _negative_fix_text(kr: str) -> str:
    r = review(f"目标：本季度让门店顾客放心（负责人：王芳）\n关键结果1：{kr}\n")
    (f,) = [f for f in r.findings if f.rule_id == "kr-negative-phrasing"]
    return f.suggestions[0].text if f.suggestions else ""


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("不要受伤", "“受伤”降下来"),
        ("比赛前别受伤", "“受伤”降下来"),
        ("全年不要被投诉", "“投诉”降下来"),
        ("不要出现安全事故", "“安全事故”降下来"),
        ("不要发生食品安全事故", None),
        ("别被顾客投诉", None),
        ("保持投诉量稳定在每月5件以内", "“投诉量”降下来"),
        ("客户投诉稳定控制在每月5件以内", None),
        ("维持客诉量在每月3件以内", None),
        ("差错在每月5次以内", "“差错”降下来"),
        ("保持退货投诉在每周2件以内", "“退货投诉”降下来"),
        ("差评数量稳定在每月10条以内", None),
        ("漏检数保持在每批2件以内", "“漏检数”降下来"),
        ("返工次数维持在每月3次以内", None),
        ("漏装件数在每周3件以内", "“漏装件数”降下来"),
    ],
)
def test_6891_the_question_quotes_the_bad_events_only(kr, quoted):
    text = _negative_fix_text(kr)
    for wrong in ("“要", "“别", "保持", "维持", "稳定在", "稳定”", "“比赛前"):
        assert wrong not in text, text
    if quoted is not None:
        assert quoted in text, text


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("不再熬夜", "“熬夜”"),
        ("不再出现涂装不良", "“涂装不良”"),
        ("保洁投诉从每月20件降到5件", "“保洁投诉”"),
        ("维修投诉率从5%降到2%", "“维修投诉率”"),
        ("网络不稳定的门店从20家减少到5家", "“网络不稳定的门店”"),
        ("避免出现重大事故", "“重大事故”"),
    ],
)
def test_6891_quotes_that_were_right_stay(kr, quoted):
    assert quoted in _negative_fix_text(kr)


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("投诉率稳定在2%以下", "无投诉订单占比稳定在98%以上"),
        ("投诉率保持在2%以下", "无投诉订单占比保持在98%以上"),
        ("不稳定测试比例从6%降到1%", "稳定测试比例从94%提升到99%"),
        ("别被顾客投诉", "无投诉订单占比从[基线]提升到[目标值]"),
        ("差评数量稳定在每月10条以内", "好评率从[基线]提升到[目标值]"),
        ("员工离职率从15%降到8%", "员工保留率从85%提升到92%"),
    ],
)
def test_6891_exact_complements_unchanged(kr, rewrite):
    assert _negative_fix_text(kr) == rewrite


# -- decision 6892: a rewrite whose measure a sibling names without its "rate" ------------------
def _negative_fix_beside(sibling: str, kr: str) -> str:
    r = review(
        "Objective: Make checkout feel effortless this quarter (owner: Maya)\n"
        f"KR1: {sibling}\nKR2: {kr}\n"
    )
    (f,) = [f for f in r.findings if f.rule_id == "kr-negative-phrasing" and f.target == "o1.kr2"]
    return f.suggestions[0].text


@pytest.mark.parametrize(
    "sibling",
    [
        "Checkout conversion from 2.1% to 3%",
        "Raise checkout conversion from 2.1% to 3%",
        "Checkout conversion above 3% by September",
        "Lift checkout conversion to 3.2%",
    ],
)
def test_6892_a_sibling_measuring_the_rewrite_is_named(sibling):
    text = _negative_fix_beside(sibling, "Cut cart abandonment from 70% to 55%")
    assert text.startswith(f"The key result “{sibling}” already measures"), text


@pytest.mark.parametrize(
    "sibling",
    [
        "Trial conversion from 5% to 8%",
        "Checkout page load time under 2 seconds",
        "Average order value from $42 to $50",
    ],
)
def test_6892_other_siblings_leave_the_example(sibling):
    text = _negative_fix_beside(sibling, "Cut cart abandonment from 70% to 55%")
    assert text == "Raise checkout conversion rate from [baseline] to [target]"


# -- decision 6893: a chat log's reply by someone who posted no item ----------------------------
EN_LOG = (
    "[10:02] Priya: O: Make Lumen the easiest budgeting app to start with\n"
    "[10:03] Priya: KR1 - Day-7 retention from 22% to 30% (@priya)\n"
    "[10:03] Priya: KR2 - Trial-to-paid conversion from 4% to 6% (@priya)\n"
)
ZH_LOG = (
    "[09:30] 李娜：目标：本季度让门店顾客愿意再来\n"
    "[09:31] 李娜：关键结果1：复购率从20%提升到28%（李娜）\n"
    "[09:31] 李娜：关键结果2：会员数从3000提升到5000（李娜）\n"
)


@pytest.mark.parametrize(
    ("log", "reply"),
    [
        (EN_LOG, "[10:05] Tom: 👍 looks good"),
        (EN_LOG, "[10:05] Tom: looks good"),
        (EN_LOG, "[10:05] Tom: 👍"),
        (EN_LOG, "[10:05] Tom: looks good to me!"),
        (EN_LOG, "[10:05] Tom: nice, ship it"),
        (EN_LOG, "[10:06] Ana Lee: can we add a KR on referrals?"),
        (EN_LOG, "[10:07] Sam: +1"),
        (ZH_LOG, "[09:40] 王磊：收到，挺好的"),
        (ZH_LOG, "[09:40] 王磊：👍"),
        (ZH_LOG, "[09:41] 张敏：同意"),
        (ZH_LOG, "[09:42] 赵总：可以，就这么定"),
        (ZH_LOG, "[09:43] 王磊：第二条要不要再高一点？"),
    ],
)
def test_6893_a_reply_is_no_key_result_and_joins_none(log, reply):
    (only,) = _outline(log + reply + "\n")
    first, second = [line.split(":", 2)[-1].split("：", 2)[-1] for line in log.splitlines()[1:]]
    assert only[1] == [
        first.split("- ", 1)[-1].split("：", 1)[-1],
        second.split("- ", 1)[-1].split("：", 1)[-1],
    ]


@pytest.mark.parametrize(
    "more",
    [
        "[10:05] Priya: KR3 - Paid users from 1,200 to 2,000 (@priya)",
        "[10:05] Tom: KR3 - Paid users from 1,200 to 2,000 (@tom)",
    ],
)
def test_6893_an_item_posted_by_anyone_is_still_a_key_result(more):
    (only,) = _outline(EN_LOG + more + "\n")
    assert len(only[1]) == 3
    assert only[1][2].startswith("Paid users from 1,200 to 2,000")
