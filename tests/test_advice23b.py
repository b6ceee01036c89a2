"""The examples shown beside a finding must fit the item's measure, language and people
(issue 8, advice23b; decisions 2580-2583)."""

from __future__ import annotations

import pytest

from coach import examples
from coach.review import parse


def _shown(draft: str, text: str) -> list[str]:
    d = parse(draft)
    item = next(it for it in d.items() if it.text.startswith(text))
    return [e.text for e in examples.for_item(item, ())]


def test_a_function_neighbour_must_measure_the_same_kind_of_thing() -> None:
    # 2580: an attrition KR shares "hr" with offer acceptance, but measures leaving, not joining
    draft = "Objective: Keep the engineers we have\n- Voluntary attrition from 14% to 9%\n"
    shown = _shown(draft, "Voluntary attrition")
    assert any("retention" in s for s in shown), shown  # guard: the retention example stays
    assert not any("offer" in s.lower() for s in shown), shown


def test_churn_is_not_shown_stock_accuracy() -> None:
    # 2580: "库存账实相符率" shares a function ("retail") with churn, not its family
    draft = "目标：把家具出口做稳\n- 老客户流失率控制在 9% 以内\n"
    shown = _shown(draft, "老客户流失率")
    assert any("留存率" in s for s in shown), shown  # guard
    assert not any("库存" in s for s in shown), shown


def test_a_chinese_draft_gets_no_example_half_in_english() -> None:
    # 2581: "App结算转化率…" for a draft without a Latin letter
    draft = "目标：把家具出口做稳\n- 海外询盘转化率提升\n"
    assert not any(any("a" <= c.lower() <= "z" for c in s) for s in _shown(draft, "海外询盘"))


@pytest.mark.parametrize(
    ("draft", "text"),
    [
        ("目标：让窗口办事更顺心\n- 居民投诉为零\n", "居民投诉"),
        ("目标：让病房更安心\n- 患者投诉为零\n", "患者投诉"),
        ("目标：让病房更安心\n- 老人投诉为零\n", "老人投诉"),
    ],
)
def test_residents_patients_and_elders_are_not_called_customers(draft: str, text: str) -> None:
    # 2582: "客户满意度从85%提升到93%" names other people than the item does
    assert not any("客户" in s for s in _shown(draft, text))


def test_customers_still_get_a_customer_example() -> None:
    # guard 2582: the same shape about customers keeps its example
    draft = "目标：让顾客愿意常来\n- 顾客投诉为零\n"
    assert any("客户" in s for s in _shown(draft, "顾客投诉"))


def test_a_team_draft_gets_no_first_person_goal() -> None:
    # 2583: "Raise my interview-to-offer rate" is a job-seeker's, not an HR team's
    draft = "Objective: Learn why good people leave us\n- Exit interviews with all leavers\n"
    assert not any(" my " in f" {s} " for s in _shown(draft, "Exit interviews"))


def test_a_personal_draft_still_gets_a_personal_example() -> None:
    # guard 2583
    draft = "Objective: Land my next design job\n- Do 10 mock interviews before March\n"
    assert any(" my " in f" {s} " for s in _shown(draft, "Do 10 mock"))


def test_families() -> None:
    # the families are data since decision 2780 (models/data/library/metric_families.tsv)
    assert examples.family("voluntary-attrition") == examples.family("employee-retention-rate")
    assert examples.family("voluntary-attrition") != examples.family("offer-acceptance-rate")
    assert examples.family("customer-retention-rate") != examples.family("operating-margin")
    assert examples.family("complaint-rate") == "complaints"


def _activity_rewrite(draft: str) -> list[str]:
    from coach.review import review

    return [
        s.text
        for f in review(draft).findings
        if f.rule_id == "kr-activity-count"
        for s in f.suggestions
        if s.kind == "rewrite" and not s.asks
    ]


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("目标：把公益做出声量\n- 组织公益跑 3 次，触达 2 万人\n", "公益跑触达 2 万人"),
        (
            "目标：让老人在家门口看上病\n- 举办巡回义诊 4 场，惠及 500 位老人\n",
            "巡回义诊惠及 500 位老人",
        ),
    ],
)
def test_the_result_kept_from_counted_work_says_what_reaches_them(draft: str, kept: str) -> None:
    # 2584: "惠及 500 位老人" alone loses what reached them
    assert _activity_rewrite(draft) == [kept]


def test_an_average_over_the_efforts_keeps_its_own_lead() -> None:
    # guard 2584: decision 646's "场均" result is named once, not twice
    draft = "目标：把直播做起来\n- 小程序直播 6 场，场均观看 8000\n"
    assert _activity_rewrite(draft) == ["小程序直播场均观看 8000"]
