"""Two layouts the parser did not read (issue 8, twelfth round, decisions 850-851): an objective
label that names its period before the colon ("Our goal this quarter: …"), and an objective with
its key results after a dashed plural label on the same or the next line ("Objective — X. Key
results — a; b."). Each draft is written here in its own wording; each test failed before."""

from __future__ import annotations

from coach import review
from coach.parse import parse_text as parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


# Decision 850: the period between the label's word and the colon belongs to the label.
def test_goal_label_with_its_period_is_an_objective_label():
    text = (
        "Our goal this quarter: win back the lapsed choir members.\n\n"
        "We will know we got there when:\n"
        "- rehearsal attendance rises from 18 to 30 singers\n"
        "- 6 lapsed members sing at the spring concert\n"
    )
    assert shape(text) == [
        (
            "win back the lapsed choir members.",
            [
                "rehearsal attendance rises from 18 to 30 singers",
                "6 lapsed members sing at the spring concert",
            ],
        )
    ]


def test_objective_label_for_a_named_quarter_keeps_its_period():
    text = (
        "Studio objective for Q2 2027: make the pottery classes fill themselves\n"
        "- Waiting list from 0 to 25 names\n"
        "- Repeat bookings from 30% to 55%\n"
    )
    (objective,) = parse(text).objectives
    assert objective.text == "make the pottery classes fill themselves"
    assert len(objective.key_results) == 2
    ids = {f.rule_id for f in review(text).findings}
    assert "objective-no-timeframe" not in ids


# Decision 851: "Key results —" after the objective's sentence starts its key results, and two
# pieces after the plural label that each hold a figure are two key results.
def test_objective_and_dashed_key_results_on_one_line():
    text = (
        "Objective — Make the bakery's mornings calm by June. Key results — cut the queue at 8am "
        "from 15 to 5 people; raise pre-orders from 10% to 35% of loaves.\n"
    )
    assert shape(text) == [
        (
            "Make the bakery's mornings calm by June.",
            [
                "cut the queue at 8am from 15 to 5 people",
                "raise pre-orders from 10% to 35% of loaves.",
            ],
        )
    ]


def test_two_measured_key_results_after_a_plural_label_on_the_next_line():
    text = (
        "Objective: Make the bakery's mornings calm by June.\n"
        "Key results: cut the queue at 8am from 15 to 5 people; raise pre-orders from 10% to 35%.\n"
    )
    assert [len(krs) for _, krs in shape(text)] == [2]


def test_two_pieces_without_figures_stay_one_key_result():
    text = (
        "Objective: Make the bakery's mornings calm by June.\n"
        "Key results: open the side door early; hire a morning helper.\n"
    )
    assert [len(krs) for _, krs in shape(text)] == [1]


def test_chinese_plural_label_after_the_objective_on_one_line():
    text = "目标：本季度让修鞋铺的周末不再排长队。关键结果：周六等候时间从40分钟降到15分钟；当天取件占比从30%提升到70%。\n"
    assert [len(krs) for _, krs in shape(text)] == [2]
