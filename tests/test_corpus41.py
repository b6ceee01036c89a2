"""Round 41 (corpus41): the studied outsider corpora are train authors of the draft corpus.

Decision 6000: the ten outsider corpora written inside the project in rounds 36-39 (blind36 …
blind39b) joined models/data/drafts/ as train authors, texts byte-identical, ids prefixed by their
set; decision 6001: a label of theirs was corrected only where a recorded decision or a lead ruling
settles it, and the item's note says which. The corpus checks of both rounds' sets are in
tests/test_corpus42.py.
"""

from __future__ import annotations


def _kr_fails(text: str, needle: str) -> set[str]:
    from coach.config import Config
    from coach.review import review

    rv = review(text, config=Config(use_model=False))
    for o in rv.objectives:
        for k in o.key_results:
            if needle in k.text:
                return {c.rule_id for c in k.checks if c.status == "fail"}
    raise AssertionError(f"no key result with {needle!r}")


def test_mine_after_an_objective_in_a_team_set_names_no_owner() -> None:
    # Decision 6002 (the lead's "(Owner - me)" ruling): the corrected labels read it so.
    draft = (
        "Front desk team OKRs, Q3\n\n"
        "Objective: Patients check in without a queue\n"
        "KR: Average check-in time from 6 min to 3 min (Lena)\n\n"
        "Objective (mine): Make the Monday intake calm\n"
        "KR: Monday walk-in waits under 10 minutes for 90% of patients\n"
    )
    assert "kr-no-owner" in _kr_fails(draft, "Monday walk-in")
    assert "kr-no-owner" not in _kr_fails(draft, "check-in time")


def test_two_dated_pieces_of_work_in_one_line_are_no_compound() -> None:
    # Decision 6003 (decision 5204 with dates): a task, not two measures.
    draft = (
        "小陈的研二上学期个人OKR（2026年9月-2027年1月）\n"
        "目标1：顺利完成开题\n"
        "KR1：开题报告10月20日前交导师，11月完成开题答辩\n"
    )
    got = _kr_fails(draft, "开题报告")
    assert "kr-is-task" in got and "kr-compound" not in got
