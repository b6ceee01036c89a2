"""One-click edits a workshop trainer missed (issue 8, thirteenth round; page13): decisions
965 (a hedge is dropped at one click) and 966 (the owner patch on every key result that stays
one, and why there is none on work to do)."""

from coach.review import review

ZH = (
    "目标：本季度让来上课的孩子都愿意再来（负责人：周宁）\n"
    "关键结果1：尽量让家长更愿意推荐我们\n"
    "关键结果2：尽量在五月前开通线上约课小程序\n"
)
EN = (
    "Objective: Make the ferry the way islanders like to travel in Q3\n"
    "KR1: Add two evening sailings\n"
    "KR2: Keep the ticket office tidy\n"
    "KR3: Reduce seasick complaints\n"
    "KR4: As much as possible, grow the share of parents who rebook (owner: Ola)\n"
)


def _item(r, item_id):
    return next(k for o in r.objectives for k in o.key_results if k.id == item_id)


def _finding(r, target, rule_id):
    return next(f for f in r.findings if f.target == target and f.rule_id == rule_id)


def _applied(text, suggestion):
    for e in sorted(suggestion.edits, key=lambda e: e.start, reverse=True):
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


def test_a_hedge_is_dropped_at_one_click_and_the_question_stays():
    """Decision 965: a hedge on a key result that names no number is deleted by the first
    suggestion, the rest of the line byte-exact; the question which number shows it stays."""
    r = review(ZH)
    f = _finding(r, "o1.kr1", "kr-vague-wording")
    first, *rest = f.suggestions
    assert first.edits and not first.asks
    assert _applied(ZH, first) == ZH.replace("尽量让家长", "让家长")
    assert any(s.asks for s in rest)  # the question is still there
    # and the item's rewrite (Apply all, before and after) drops it too
    assert _applied(ZH, _item(r, "o1.kr1").rewrite) == ZH.replace("尽量让家长", "让家长")


def test_an_opening_hedge_takes_its_comma_with_it():
    r = review(EN)
    f = _finding(r, "o1.kr4", "kr-vague-wording")
    first = next(s for s in f.suggestions if s.edits and not s.asks)
    assert "KR4: Grow the share of parents who rebook (owner: Ola)\n" in _applied(EN, first)


def test_on_work_to_do_the_hedge_card_drops_it_but_the_item_still_asks():
    """Decision 965: on a task the card drops the hedge; the item's rewrite stays the task's
    question (Apply all does not polish work to do)."""
    r = review(ZH)
    f = _finding(r, "o1.kr2", "kr-vague-wording")
    assert _applied(ZH, f.suggestions[0]) == ZH.replace("尽量在五月前", "在五月前")
    assert _item(r, "o1.kr2").rewrite.asks


MEASURED = (
    "Objective: Make the ferry the way islanders like to travel in Q3\n"
    "KR1: Seasick complaints from 40 to 10 a month\n"
    "KR2: Grow the share of islanders who travel weekly from 20% to 35% as much as possible\n"
)


def test_the_owner_patch_is_on_a_measured_key_result_whose_wording_is_reworded():
    """Decisions 966 and 991: a measured key result whose wording is rewritten (a negative
    turned, a hedge dropped) keeps the owner patch on its own card; decision 1017: the card
    shows it on the rewritten wording where the rewrite is a wording, not a question."""
    r = review(MEASURED)
    for target, line in (
        ("o1.kr1", "Seasick complaints from 40 to 10 a month"),
        ("o1.kr2", "Grow the share of islanders who travel weekly from 20% to 35%"),
    ):
        f = _finding(r, target, "kr-no-owner")
        assert f.suggestions, target
        assert f"{line} (owner: [owner])\n" in _applied(MEASURED, f.suggestions[0])


def test_no_owner_patch_on_a_key_result_with_no_number_yet():
    """Decision 991: "Keep the ticket office tidy", "Reduce seasick complaints" have no number:
    the coach asks for the measure first, and an owner patched onto them would polish a line
    that is not a key result yet (a blind reader marked 20 such patches "fix")."""
    r = review(EN)
    for target in ("o1.kr2", "o1.kr3"):
        f = _finding(r, target, "kr-no-owner")
        assert f.suggestions == [], target
        assert "not a measured result yet" in f.message
    assert _item(r, "o1.kr2").rewrite.asks


def test_no_owner_patch_on_work_to_do_and_the_message_says_why():
    r = review(EN)
    f = _finding(r, "o1.kr1", "kr-no-owner")
    assert f.suggestions == []
    assert "not a measured result yet" in f.message and "once it is rewritten" in f.message
    zh = review("目标：本季度让来上课的孩子都愿意再来\n关键结果1：招聘3名助教\n")
    f = _finding(zh, "o1.kr1", "kr-no-owner")
    assert f.suggestions == [] and "先把它改写成结果" in f.message
    kept = _finding(review(MEASURED), "o1.kr1", "kr-no-owner")
    assert "not a measured result yet" not in kept.message
