"""English published OKR pages, eighth set of round twenty-six (decisions 3680-; realen26b): shapes
a new set of real English pages showed (a student team's game plan with an accessibility law's
title number), imitated by wordings written for these tests (no sentence of a real page). Each
decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def kr_status(
    kr: str, rule: str, objective: str = "Make our public services usable by everyone"
) -> str:
    r = review(f"Objective: {objective}\nKR1: {kr}\n")
    found = [
        c.status for o in r.objectives for k in o.key_results for c in k.checks if c.rule_id == rule
    ]
    assert len(found) == 1, found
    return found[0]


# --- 3680: the number of a law's or a contract's part names it; it is no target -----------------


@pytest.mark.parametrize(
    "kr",
    [
        "Implement CVAA Title 1 conformance within the first three months of launch",
        "Meet Section 508 requirements on every public page",
        "Comply with GDPR Article 30 record-keeping by June",
        "Bring the payroll process in line with Title 9 reporting rules",
        "Reach full Annex 2 compliance for the device files",
        "Renegotiate Clause 7 of the supplier contract",
        "Pass the Section 404 controls review",
        "Get the clinic's records in line with article 9 of the data act",
    ],
)
def test_a_numbered_part_of_a_law_or_contract_is_no_target(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Raise reading scores in 5 Title 1 schools by 10%",
        "Close 40 deals in Section 3 of the territory",
        "Publish 4 new titles this season",
        "Cut Section 508 defects from 40 to 10",
        "Write 12 articles for the engineering blog",
        "Publish 3 articles per month",
        "Get 5 sections of the handbook reviewed",
        "Title 3 new playlists for the summer",
        "Section 2 onboarding completion from 40% to 70%",
        "Article 30 records complete for 100% of processing activities",
        "Renegotiate 3 clauses of the supplier contract",
        "Achieve SOC 2 Type II certification for 2 product lines",
    ],
)
def test_counts_beside_a_numbered_part_are_still_targets(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "pass"
