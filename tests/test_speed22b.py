"""Speed changes of the twenty-second round (issue 13; speed22b): each gives the same answers
as the code it replaced, checked here against that code's way of working them out."""

from __future__ import annotations

import random
import re

import pytest

from coach.facts import owner

# Written for this test: owners in the shapes the owner patterns read, and texts with none.
OWNER_WORDINGS = [
    "Cut the median pick time from 9 to 5 min (owner: Ana)",
    "Ship the clinic pilot, led by Marcus",
    "Raise NPS to 45 — Priya",
    "Close 20 deals [Sarah]",
    "[Tomás] Rebuild the quote page",
    "Launch the mobile intake form @lena",
    "Reduce churn to 3% - DRI: Kofi",
    "Migrate billing, point person Jun",
    "Support for diff [P0][DP]",
    "Audit every vendor contract, reviewed by someone other than @lena",
    "夜班客服首次响应时间降到2分钟以内（负责人：王芳）",
    "仓库拣货时长从9分钟降到5分钟——质量部 马丽",
    "由市场部牵头，完成三场客户沙龙",
    "客服组主导：上线自助退款",
    "门店复购率提升到30%，陈店长负责",
    "新签合同额提升20%（小雅负责）",
    "培训覆盖率达到95% @培训负责人 马丽",
    "上线会员积分规则 / 运营部",
    "Grow trial-to-paid conversion from 4% to 7%",
    "把客户投诉率降到1%以下",
    "",
]


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_owner as it was: every pattern searched, whatever the text holds."""
    always = re.compile("")
    monkeypatch.setattr(owner, "_OWNER_LOOKS", tuple((p, None) for p, _ in owner._OWNER_LOOKS))
    monkeypatch.setattr(owner, "_LEADS_LOOKS", tuple((p, None) for p, _ in owner._LEADS_LOOKS))
    monkeypatch.setattr(owner, "_ZH_TRAILING_LOOK", always)


def _texts() -> list[str]:
    rng = random.Random(22)
    pieces = [
        "owner",
        "Owner:",
        "led by",
        "DRI",
        "@",
        "负责人",
        "负责",
        "牵头",
        "主导",
        "由",
        "跟进",
        " - ",
        "——",
        "/",
        "（",
        "）",
        "(",
        ")",
        "[",
        "]",
        "P0",
        "王芳",
        "Ana",
        " ",
        "，",
        "提升到30%",
        "Ship v2",
    ]
    out = list(OWNER_WORDINGS)
    for _ in range(3000):
        out.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))))
    return out


def test_owner_looks_find_what_every_pattern_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    gated = [owner.find_owner(t) for t in texts]
    with monkeypatch.context() as m:
        _ungated(m)
        assert [owner.find_owner(t) for t in texts] == gated


def test_owner_looks_skip_a_text_without_the_words() -> None:
    # the look is what lets the scan be skipped: it must say no to a plain wording
    folded = "grow trial-to-paid conversion from 4% to 7%"
    assert all(n is None or n.search(folded) is None for _, n in owner._OWNER_LOOKS[:3])
    assert owner.find_owner("Reduce churn to 3% (owner: Kofi)") is not None


# Written for this test: the pieces a grade, a status or a current-value note is made of.
_TAIL_PIECES = [
    " ",
    "  ",
    "\t",
    "\n",
    "\u3000",
    "0.7",
    ".5",
    "1.0",
    "1",
    "0",
    "9",
    "%",
    ".",
    "。",
    "完成",
    "进行中",
    "Done",
    "in progress",
    "at risk",
    "（",
    "）",
    "(",
    ")",
    "当前",
    "currently",
    "55%",
    "：",
    "Ship v2 to 3 clinics",
    "门店复购率提升到30%",
    "rate",
]


def _tails(seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_TAIL_PIECES) for _ in range(rng.randint(0, 10))) for _ in range(6000)
    ]


def test_score_status_searched_near_the_end_finds_what_a_whole_search_finds() -> None:
    from coach.facts import grades

    def whole(text: str) -> re.Match[str] | None:
        m = grades.SCORE_STATUS_RE.search(text)
        if m is None or m.group("score") is None or m.group("status"):
            return m
        return None if grades.is_value(text, m.start("score")) else m

    found = 0
    for t in [*_tails(7), "Raise NPS to 45 0.7 完成", "完成季度招聘任务10人 0.9 完成  \n"]:
        a, b = grades.score_status(t), whole(t)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), repr(t)
        found += a is not None
    assert found > 100  # the texts do hold grades


def test_current_note_is_the_whole_search() -> None:
    from coach.facts import grades

    found = 0
    notes = [
        f"{a}（当前{b}）{c}" for a in _tails(9)[:300] for b, c in [("55%", " 。"), ("3天", ")")]
    ]
    for t in _tails(8) + notes + ["Lift NPS to 45 (currently 31)\n"]:
        a, b = grades.current_note(t), grades.CURRENT_NOTE_RE.search(t)
        assert (a and a.span()) == (b and b.span()), repr(t)
        found += a is not None
    assert found > 300


def test_the_cutter_cuts_random_chinese_like_jieba() -> None:
    # jieba's own Tokenizer (get_DAG, calc, __cut_DAG as jieba writes them) over the cutter's
    # dictionary: the one-pass route gives the same words, ties and unknown runs included
    import jieba

    from coach import nlp

    nlp.warm_up()
    cutter = nlp._state["cutter"]
    cutter.cut("".join(cutter._left))  # every shard, so that both read the same words
    ref = jieba.Tokenizer()
    ref.FREQ, ref.total, ref.initialized = cutter._tokenizer.FREQ, cutter._tokenizer.total, True
    rng = random.Random(22)
    alphabet = "提升到客户门店复购率新签合同额华东区员工敬业度采购集中度中小内部晋升比例的了和在上线会员积分规则甄嬛鑫淼"
    texts = ["门店复购率提升到30%，陈店长负责", "中小客户内部晋升比例从21%提升到52%"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(4000)]
    for t in texts:
        assert list(cutter.cut(t)) == list(ref.cut(t, HMM=True)), t


def test_multiword_verbs_by_first_character_are_those_that_can_start_there() -> None:
    from coach.facts import shape

    every = shape._multiword("en")
    by_first = shape._multiword_by_first()
    assert sorted(e for es in by_first.values() for e in es) == sorted(every)
    texts = [f"{e} the new onboarding flow by week 6" for e, _ in every]
    texts += ["roll out and follow up with 3 pilot clinics", "", "x"]
    for t in texts:
        for pos in range(len(t) + 2):
            want = [e for e in every if t.startswith(e[0], pos)]
            got = [e for e in by_first.get(t[pos : pos + 1], ()) if t.startswith(e[0], pos)]
            assert got == want, (t, pos)
