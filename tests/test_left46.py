"""left46 (round 46, issue 8): one language flags it, the other does not — a repeat-call rate cut
(6810), a wrong-shipment rate (6811), flaky tests and unavailability in Chinese (6812), "别" as
"不要" (6813), people leaving counted from one figure to another (6814), repeat calls a team
makes (6815). Wordings written for these tests."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_NEG = "kr-negative-phrasing"
_TASK = "kr-is-task"

_HEAD = {
    True: "Objective: Delight every customer in Q2 2027\nKR1: ",
    False: "目标：2027年Q2让每位顾客都满意\n关键结果1：",
}


def _review(kr: str):
    return review(_HEAD[kr.isascii()] + kr + "\n", config=_CFG)


def _checks(kr: str) -> dict[str, str]:
    """Each principle's verdict on a key result alone under a dated objective."""
    (only,) = [k for o in _review(kr).objectives for k in o.key_results]
    return {c.rule_id: c.status for c in only.checks}


def _suggestions(kr: str, rule: str = _NEG) -> list[str]:
    return [s.text for f in _review(kr).findings if f.rule_id == rule for s in f.suggestions]


# -- decision 6810: a repeat-call rate is a repeat-contact rate --------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Cut the repeat call rate from 18% to 8%",
        "Repeat call rate below 8% by June",
        "Lower the repeat call rate from 22% to 12%",
        "Bring the repeat call rate down from 15% to 7%",
        "Repeat call rate under 6%",
        "Reduce the repeat caller rate from 15% to 6%",
        "Repeat callers down from 400 to 150 a month",
        "Halve the repeat call rate from 20% to 10%",
        "Repeat inquiry rate from 18% to 8%",
        "Cut the repeat enquiry rate from 14% to 6%",
        "Lower the repeat ticket rate from 12% to 5%",
        "Billing repeat call rate from 16% to 9%",
        "重复来电率从18%降到8%",
        "重复咨询率由18%下降到8%",
        "二次来电率由12%降至5%",
    ],
)
def test_6810_repeat_call_rate_cut_is_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Cut the repeat call rate from 18% to 8%",
        "Lower the repeat call rate from 22% to 12%",
        "Reduce the repeat caller rate from 15% to 6%",
        "Billing repeat call rate from 16% to 9%",
    ],
)
def test_6810_repeat_call_rate_names_first_contact_resolution(kr: str) -> None:
    # as 重复咨询率 gets 一次解决率 with placeholders (decisions 651, 1278, 6783): not 100 − x
    (text,) = _suggestions(kr)
    assert text.startswith("Raise first-contact resolution rate from [baseline] to [target]")


@pytest.mark.parametrize(
    "kr",
    [
        "Raise repeat purchase rate from 20% to 30%",
        "Repeat customer rate from 20% to 35%",
        "Raise first-contact resolution from 80% to 90%",
        "Grow the repeat booking rate from 30% to 45%",
        "Call rate to dormant accounts from 20% to 40%",
        "Repeat order rate from 25% to 40%",
        "Answer rate from 85% to 95%",
        "Repeat visit rate to the museum from 10% to 18%",
        "重复购买率从20%提升到30%",
        "一次解决率从80%提升到90%",
        "复购率从25%提升到35%",
        "接通率从85%提升到95%",
    ],
)
def test_6810_neighbours_stay_positive(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


# -- decision 6811: "wrong-" and the thing done wrong is the bad event, as 错发 is -------------


@pytest.mark.parametrize(
    "kr",
    [
        "Wrong-shipment rate from 4% to 1%",
        "Cut the wrong-shipment rate from 5% to 2% by June",
        "Wrong-shipments down from 120 to 30",
        "Wrong-pick rate below 0.5%",
        "Wrong-item rate from 3% to 0.5%",
        "Lower the wrong-delivery rate from 2% to 0.4%",
        "Wrong-address rate under 1%",
        "Reduce the wrong-dispatch rate from 3% to 1%",
        "Wrong-label rate on outbound cartons from 2% to 0.5%",
        "Wrong-picks down from 90 to 20 a month",
        "Wrong-answer rate on the help bot from 9% to 3%",
        "Wrong-dose rate on the ward from 1% to 0.2%",
        "Wrong-invoice rate from 6% to 2%",
        "订单错发率从4%降到1%",
        "错发率由3%降至0.5%",
        "发错货比例从3%降到1%",
    ],
)
def test_6811_wrong_thing_share_is_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("Wrong-shipment rate from 4% to 1%", "Shipment accuracy from 96% to 99%"),
        ("Wrong shipment rate from 4% to 1%", "Shipment accuracy from 96% to 99%"),
        ("Wrong-pick rate below 0.5%", "Pick accuracy above 99.5%"),
        (
            "Reduce the wrong-dispatch rate from 3% to 1%",
            "Raise the dispatch accuracy from 97% to 99%",
        ),
        ("订单错发率从4%降到1%", "订单发货准确率从96%提升到99%"),
    ],
)
def test_6811_wrong_thing_share_turns_to_accuracy(kr: str, rewrite: str) -> None:
    assert _suggestions(kr) == [rewrite]


@pytest.mark.parametrize(
    "kr",
    [
        "Shipment accuracy from 96% to 99%",
        "On-time shipment rate from 90% to 98%",
        "Right-first-time rate from 90% to 97%",
        "Same-day shipment rate from 70% to 90%",
        "Perfect-order rate from 88% to 95%",
        "Raise pick accuracy from 99% to 99.8%",
        "Strong-brand share from 20% to 30%",
        "Long-haul shipment rate from 30% to 50%",
        "发货准确率从96%提升到99%",
        "订单准确率从95%提升到99%",
        "拣货准确率从99%提升到99.8%",
        "当日发货率从70%提升到90%",
    ],
)
def test_6811_neighbours_stay_positive(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


# -- decision 6812: 不稳定测试 is a flaky test, 不可用比例 is unavailability ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "不稳定测试比例从6%降到1%",
        "不稳定测试占比由8%降至2%",
        "不稳定测试率低于1%",
        "不稳定用例占比从8%降到2%",
        "回归测试中不稳定用例比例从10%降到3%",
        "不稳定测试从40个减少到10个",
        "不稳定构建比例由5%降至1%",
        "流水线不稳定构建次数从每周12次降到3次",
        "供货不稳定的供应商从10家降到3家",
        "网络不稳定的门店从12家减少到3家",
        "服务不可用比例从1%降到0.2%",
        "支付接口不可用占比由2%降至0.5%",
        "Unstable test rate from 6% to 1%",
        "Cut the unstable test rate to under 1%",
        "Flaky test rate from 6% to 1%",
        "Unavailability from 2% to 0.5%",
    ],
)
def test_6812_unstable_and_unavailable_shares_are_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("不稳定测试比例从6%降到1%", "稳定测试比例从94%提升到99%"),
        ("回归测试中不稳定用例比例从10%降到3%", "回归测试中稳定用例比例从90%提升到97%"),
        ("服务不可用比例从1%降到0.2%", "服务可用率从99%提升到99.8%"),
        ("Unstable test rate from 6% to 1%", "Stable test rate from 94% to 99%"),
        ("Flaky test rate from 6% to 1%", "Stable test rate from 94% to 99%"),
    ],
)
def test_6812_shares_turn_to_their_good_side(kr: str, rewrite: str) -> None:
    assert _suggestions(kr) == [rewrite]


@pytest.mark.parametrize(
    "kr",
    [
        # a share of downtime stays a duration (decision 27; bfix33en): no change this round
        "系统不可用时间占比由2%降到0.5%",
        "不可用时间从每月300分钟降到60分钟",
        "宕机时间占比从2%降到0.5%",
        "Downtime share from 2% to 0.5%",
        "测试稳定率从94%提升到99%",
        "稳定测试占比从94%提升到99%",
        "稳定用例比例从90%提升到98%",
        "系统可用率从98%提升到99.5%",
        "保持团队稳定，核心骨干保留率达到95%",
        "产品质量稳定在99%合格率以上",
        "Stable test rate from 94% to 99%",
        "Availability from 98% to 99.5%",
    ],
)
def test_6812_neighbours_stay_positive(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


# -- decision 6813: "别" before a bad event is "不要", not a task ------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "别受伤",
        "比赛前别受伤",
        "训练中别受伤",
        "千万别受伤",
        "全队别受伤",
        "别生病",
        "别迟到",
        "别熬夜",
        "别被罚款",
        "别让客户流失",
        "不要受伤",
        "不要生病",
        "不要迟到",
        "别再迟到",
        "Don't get injured before the autumn race",
        "Never get sick in the week before finals",
    ],
)
def test_6813_bie_before_a_bad_event_is_negative_not_a_task(kr: str) -> None:
    checks = _checks(kr)
    assert checks[_NEG] == "fail"
    assert checks[_TASK] == "pass"


@pytest.mark.parametrize(
    ("kr", "negative", "task"),
    [
        ("别忘记提交周报", "pass", "fail"),
        ("别墅销量从20套提升到30套", "pass", "pass"),
        ("个别门店销售额提升20%", "pass", "pass"),
        ("别人推荐的新客户从10个增加到30个", "pass", "pass"),
        ("级别评定通过率达到95%", "pass", "pass"),
        ("特别贡献奖获奖人数达到3人", "pass", "pass"),
        ("告别纸质报销，线上报销占比达到100%", "pass", "pass"),
        ("区别定价覆盖的门店从5家增加到20家", "pass", "pass"),
        ("P1级别事故从5起降到1起", "fail", "pass"),
        ("个别客户投诉从10起降到2起", "fail", "pass"),
        ("Get fit for the cup final", "pass", "fail"),
        ("Stay injury-free all season", "pass", "pass"),
    ],
)
def test_6813_neighbours_keep_their_verdicts(kr: str, negative: str, task: str) -> None:
    checks = _checks(kr)
    assert (checks[_NEG], checks[_TASK]) == (negative, task)


# -- decision 6814: people leaving, counted from one figure to a lower one, are attrition -------


@pytest.mark.parametrize(
    "kr",
    [
        "Employees leaving from 8 to 3",
        "Staff leaving from 12 to 4 this year",
        "Nurses leaving the ward from 10 to 3",
        "Cut employees leaving from 8 to 3",
        "Members leaving from 40 to 15 a month",
        "Drivers resigning from 15 to 5",
        "Agents walking out from 6 to 2",
        "Tenants moving out from 30 to 10 a year",
        "Hires leaving down from 9 to 4",
        "Engineers quitting from 1,200 to 800",
        "Teachers leaving our schools from 25 to 10",
        "Customers leaving from 80 to 30 a month",
        "Customers lost from 8 to 3",
        "员工离职人数由8人减少到3人",
        "骨干员工流失由5人降至1人",
    ],
)
def test_6814_people_leaving_counted_are_negative(kr: str) -> None:
    checks = _checks(kr)
    assert checks[_NEG] == "fail"
    assert checks[_TASK] == "pass"


def test_6814_the_quote_leaves_the_figures_out() -> None:
    (text,) = _suggestions("Employees leaving from 8 to 3")
    assert text.startswith("What does cutting “employees leaving” bring?")


@pytest.mark.parametrize(
    "kr",
    [
        "Passengers departing from 3,000 to 4,500 a day",
        "Employees joining from 8 to 15",
        "Employees leaving on time from 60% to 90%",
        "Customers leaving 5-star reviews from 20 to 60",
        "Guests leaving with a voucher from 100 to 300",
        "Managers leaving feedback from 20 to 60 a week",
        "Orders leaving from 500 to 300 a day",
        "Trucks leaving the depot from 40 to 20 a day",
        "Employees leaving for promotions from 3 to 8",
        "Grow the team from 8 to 12 engineers",
        "员工人数由80人增加到100人",
        "员工保留率从85%提升到92%",
    ],
)
def test_6814_neighbours_stay_positive(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


# -- decision 6815: repeat calls a team makes are outreach, no repeat contacts ----------------


@pytest.mark.parametrize(
    "kr",
    [
        "Make repeat calls to 30 lapsed donors",
        "Place repeat calls to 40 dormant accounts each month",
        "Making repeat calls to 50 past customers",
    ],
)
def test_6815_repeat_calls_made_are_no_bad_event(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Cut repeat calls to the help desk from 300 to 120",
        "Repeat calls down from 400 to 150 a month",
        "Make repeat callers feel heard: repeat call rate from 18% to 8%",
    ],
)
def test_6815_repeat_calls_received_stay_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"
