"""Lead fixes of round thirty-eight: things handed out, counted, or sent to a count of
recipients are effort in English as in Chinese (decision 5477, rules/_kr_common._en_sent_to),
with the near wordings that keep their reading."""

from __future__ import annotations

import pytest

from coach import review


def _fails(kr: str) -> set[str]:
    text = f"Community team — Q2 2027 OKRs\n\nO1: Make the food bank the first stop for new families\n- {kr}\n"
    item = review(text).objectives[0].key_results[0]
    return {c.rule_id for c in item.checks if c.status == "fail"}


@pytest.mark.parametrize(
    "kr",
    [
        "Hand out 2,500 tasting coupons at the farmers' market by June 30 (owner: Lena)",
        "Give out 800 library cards at school open days by May 31 (owner: Lena)",
        "Give away 150 bike lights to night-shift workers by March 31 (owner: Lena)",
        "Send starter kits to 300 new volunteers by April 30 (owner: Lena)",
        "Mail donation reports to 1,200 regular donors by June 30 (owner: Lena)",
        "Send a renewal offer to at least 900 lapsed members by May 15 (owner: Lena)",
        "Hand out recipe cards to 400 shoppers by the end of June (owner: Lena)",
        "Post the spring programme to 2,000 households by April 15 (owner: Lena)",
    ],
)
def test_things_handed_out_or_sent_to_a_count_are_effort(kr):
    assert "kr-activity-count" in _fails(kr)


@pytest.mark.parametrize(
    "kr, rule, present",
    [
        # a share sent, and a share of recipients: measured, not counted effort
        (
            "Send 95% of invoices within 2 days of delivery (owner: Lena)",
            "kr-activity-count",
            False,
        ),
        (
            "Hand out results to 100% of patients within 24 hours (owner: Lena)",
            "kr-activity-count",
            False,
        ),
        # a figure after says what the sending brings: two measures (decision 5340)
        (
            "Send quotes to 20 clients and sign 8 of them by June 30 (owner: Lena)",
            "kr-compound",
            True,
        ),
        # money lent is a bank's volume of business
        (
            "Disburse $2M in small-business loans by December 31 (owner: Lena)",
            "kr-activity-count",
            False,
        ),
        (
            "Give away 2,000 samples that bring 150 trial sign-ups by June 30 (owner: Lena)",
            "kr-activity-count",
            False,
        ),
    ],
)
def test_near_wordings_keep_their_reading(kr, rule, present):
    assert (rule in _fails(kr)) is present
