"""Objectives: suppliers and vendors as the people a team serves, measures moved by a loose
degree or a rough multiple, growth in double digits, and praise words over generic service
(issue 8, twenty-seventh round; obj27, decisions 3830-). Every wording here was written for this
test by obj27 after writing its own lists of objectives; none is a corpus item."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric


def inspiring(objective: str) -> bool:
    return not metric(objective) and not flat(objective)


# -- decision 3830: suppliers and vendors are people served; the people's own verb before "on
# time" is their end state, not the on-time rate -----------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Suppliers trust us to pay on time",
        "Vendors know we always pay on time",
        "Our suppliers can count on us to pay on time",
        "Customers trust us to deliver on time",
        "Distributors rely on us to ship on time",
        "Suppliers are glad to work with us",
        "Vendors want to work with us again",
        "供应商相信我们会按时付款",
        "供应商愿意把最好的货先给我们",
        "加盟商愿意续签下一个五年",
        "代理商放心把客户交给我们",
    ],
)
def test_partners_end_state_is_neither_metric_nor_flat(objective: str) -> None:
    assert inspiring(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Get patients seen on time",  # decision 1042: the team's verb, the on-time rate
        "Ship every order on time",
        "Pay suppliers on time",
        "Pay every supplier invoice on time",
        "Improve on-time payments to suppliers",
        "供应商付款准时率提升到98%",
    ],
)
def test_on_time_share_done_by_the_team_stays_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Vendors we can rely on",  # decision 20: an internal end state
        "Packaging vendors that don't hold us hostage",
        "Onboard new suppliers",
        "Strengthen vendor relationships",
        "优化供应商管理",
        "完善供应商考核体系",
    ],
)
def test_work_on_suppliers_stays_flat(objective: str) -> None:
    assert flat(objective) and not metric(objective)
