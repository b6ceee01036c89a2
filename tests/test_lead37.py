"""Lead fixes of round thirty-seven: a bare percentage set apart after a piece of work is how
far the work got (decision 5470, coach/facts/grades._BareProgressAfterWork), with the near
wordings whose percentage stays the key result's target."""

from __future__ import annotations

import pytest

from coach import review


def _fails(kr: str, lang: str) -> set[str]:
    if lang == "en":
        text = f"Platform team — Q3 2027 OKRs\n\nO1: Make every deploy boring and safe\n- {kr}\n"
    else:
        text = f"平台组 2027年Q3 OKR\n\nO1：让每次发布都安心无忧\n- {kr}\n"
    item = review(text).objectives[0].key_results[0]
    return {c.rule_id for c in item.checks if c.status == "fail"}


@pytest.mark.parametrize(
    "kr, lang",
    [
        ("Write up the on-call escalation guide (60%)", "en"),
        ("Hire two site reliability engineers - 100%", "en"),
        ("Move the billing jobs onto the new scheduler [40%]", "en"),
        ("Publish three posts on the query planner — 100%", "en"),
        ("Replace the legacy VPN with the zero-trust gateway    50%", "en"),
        ("Pick a vendor for the new data warehouse 0%", "en"),
        ("编写机房断电应急预案（60%）", "zh"),
        ("招聘两名测试工程师 - 100%", "zh"),
        ("上线供应商自助对账页面 【40%】", "zh"),
        ("组织4场新员工安全培训，75%", "zh"),
    ],
)
def test_a_bare_percentage_after_a_piece_of_work_is_its_progress(kr, lang):
    fails = _fails(kr, lang)
    assert fails & {"kr-is-task", "kr-activity-count"}
    annotated = review(
        (
            "Q3 2027\n\nO1: Make every deploy boring and safe\n- "
            if lang == "en"
            else "2027年Q3\n\nO1：让发布安心\n- "
        )
        + kr
        + "\n"
    )
    assert annotated.objectives[0].key_results[0].score is not None


@pytest.mark.parametrize(
    "kr, lang",
    [
        ("Raise trial-to-paid conversion (12%)", "en"),
        ("Test coverage of the payments service - 80%", "en"),
        ("Roll out the new CRM to 100%", "en"),
        ("Grow paid seats by 30%", "en"),
        ("Onboarding completion - 85%", "en"),
        ("Automate invoice matching for 70% of invoices", "en"),
        ("测试覆盖率 - 80%", "zh"),
        ("复购用户占比 30%", "zh"),
        ("支付成功率达到 99.5%", "zh"),
    ],
)
def test_a_percentage_a_measure_or_a_change_names_stays_the_target(kr, lang):
    fails = _fails(kr, lang)
    assert not fails & {"kr-is-task", "kr-activity-count", "kr-not-quantified"}


@pytest.mark.parametrize(
    "kr, lang",
    [
        (
            "Move the build jobs onto hosted runners. It saves about 6 hours of upkeep a week.",
            "en",
        ),
        ("Build a refund tool for the help desk. This removes ~20 tickets a week.", "en"),
        (
            "Set up a staging copy of the ledger. This would cut release checks from 3 days to 1.",
            "en",
        ),
        ("Replace the paper intake form. Why: it costs the clinic 10 hours a month.", "en"),
        ("上线门店自助对账工具。这样每周可少处理30张工单", "zh"),
        ("编写新人带教手册。目的是把上手时间从6周缩短到3周", "zh"),
    ],
)
def test_a_sentence_saying_why_the_work_matters_is_no_target(kr, lang):
    fails = _fails(kr, lang)
    assert fails & {"kr-is-task", "kr-activity-count"}
    assert "kr-not-quantified" in fails  # the hoped-for figure is no target


@pytest.mark.parametrize(
    "kr, lang",
    [
        ("Cut refund handling time to 1 day. This is our top complaint.", "en"),
        ("Ship the new intake flow. Target: 40% of patients book online.", "en"),
        ("退款处理时长从3天缩短到1天。这是今年的重点", "zh"),
    ],
)
def test_a_second_sentence_after_a_measure_or_with_a_target_stays_read(kr, lang):
    assert not _fails(kr, lang) & {"kr-is-task", "kr-activity-count"}


@pytest.mark.parametrize(
    "kr",
    [
        "Lift checkout conversion from 2.5% to 3.5% on the plans page, measured over 6 weeks",
        "Lift checkout conversion from 2.5% to 3.5% (measured over 28 days)",
        "Bring median page load to 1.2s, tracked across all four regions",
        "Raise 90-day retention to 45%, based on a sample of 300 accounts",
    ],
)
def test_a_note_on_how_the_measure_is_taken_is_no_second_measure(kr):
    assert "kr-compound" not in _fails(kr, "en")


@pytest.mark.parametrize(
    "kr",
    [
        "Bring median page load to 1.2s (measured at the edge) and the error rate to 0.2%",
        "Lift checkout conversion from 2.5% to 3.5% and average order value to $60",
    ],
)
def test_a_second_measure_after_the_note_still_makes_a_compound(kr):
    assert "kr-compound" in _fails(kr, "en")


def _owner(kr: str) -> str | None:
    text = f"Hospital group — Q3 2027\n\nO1: Make every patient visit feel safe and quick\n- {kr}\n"
    return review(text).objectives[0].key_results[0].owner


@pytest.mark.parametrize(
    "kr, owner",
    [
        ("Nursing: Bring pressure-ulcer cases from 9 to 3 a quarter", "Nursing"),
        ("Pharmacy — Lift same-day discharge scripts to 85%", "Pharmacy"),
        ("Warehouse — Raise pick accuracy from 98.1% to 99.6%", "Warehouse"),
        ("Operations: Bring cost per delivery from $6 to $4.50", "Operations"),
        ("Maintenance — Raise planned work to 75% of hours", "Maintenance"),
    ],
)
def test_a_ward_or_back_room_before_the_wording_owns_it(kr, owner):
    assert _owner(kr) == owner


@pytest.mark.parametrize(
    "kr",
    [
        "Quality: 99% first-pass yield on the night shift",
        "Warehouse pick accuracy to 99.6%",
        "Operations cost per delivery down to $4.50",
    ],
)
def test_a_measure_named_first_owns_nothing(kr):
    assert _owner(kr) is None


@pytest.mark.parametrize(
    "kr",
    [
        "组织夜班消防演练覆盖全部员工 95%",
        "开展新版规程培训 3 期，覆盖一线班组 90%",
        "Train the night shift on the new checklist, reaching 90%",
    ],
)
def test_a_share_the_wording_names_is_no_progress(kr):
    head = (
        "2027年Q3\n\nO1：让发布安心\n- "
        if "组织" in kr or "开展" in kr
        else "Q3 2027\n\nO1: Safe nights\n- "
    )
    assert review(head + kr + "\n").objectives[0].key_results[0].score is None


@pytest.mark.parametrize(
    "objective", ["让患者住院期间不发生一例跌倒", "让每位老人入住期间都睡得安稳"]
)
def test_a_clause_opened_by_the_works_own_verb_is_no_deadline(objective):
    result = review(f"O1：{objective}\n- KR1：跌倒发生率降到0.1%（负责人：王芳）\n")
    assert result.objectives[0].deadline is None
