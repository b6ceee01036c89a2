"""Bad and large input in the new formats: a clear error or a draft, never a crash; every
format at the size limit still parses into all its items (bench/bench_parse.py shows that the
time grows linearly with the size)."""

from __future__ import annotations

import pytest

from coach import parse
from coach.errors import InputError
from coach.parse import parse_text
from tests.parse_formats import FORMATS, big, expected_items

N = 20_000


@pytest.mark.parametrize("name", list(FORMATS))
def test_each_format_at_the_size_limit_parses_whole(name: str) -> None:
    text = big(name)
    assert 15_000 <= len(text) <= N
    # The parser itself: a review also bounds the number of key results (coach.limits).
    d = parse_text(text)
    objectives, krs = expected_items(name)
    assert len(d.objectives) == objectives
    assert sum(len(o.key_results) for o in d.objectives) == krs
    for it in d.items():
        for i, ch in enumerate(it.text):
            if ch != " ":
                assert text[it.offsets[i]] == ch, (name, it.id, i)


ODD = [
    "|" * N,
    "| a | b |\n" * (N // 10),
    "| 目标 | 关键结果 |\n|---|---|\n" + "| x | y |\n" * 1900,
    "目标\t关键结果\n" + "a\tb\n" * 4000,
    "目标\t关键结果\n" + '"' * 19_000,
    '目标\t关键结果\nx\t"' + "a\n" * 9000,
    "- [ ] " * 3000,
    "O: x\n" + "- [ ] a\n" * 2400,
    "一、" * 9000,
    "".join(" " * i + "- a\n" for i in range(180)),
    "#\n" * 9000,
    ">" * N,
    "> \n" * 6000,
    "---\n" * 4500,
    "Q3 goals\n" * 2000,
    "O: x\n" + "Team: a\n" * 2400,
    "O: x\nKR1: y\n" + "- Owner: a\n" * 1700,
    "| 目标 | 关键结果 |\n|---|---|\n| x | " + "a<br>" * 3900 + " |",
    "| 目标 | 关键结果 |\n|---|---|\n| x | " + "".join(f"{i % 99 + 1}. a " for i in range(3000)),
    "O1 " * 6000,
    "```\n" * 4500,
    "=> " * 6000,
    "KR1: " * 3000,
    "（一）" * 5000,
]


@pytest.mark.parametrize("text", ODD, ids=[f"odd{i}" for i in range(len(ODD))])
def test_odd_input_gives_a_draft_or_a_clear_error(text: str) -> None:
    text = text[:N]
    try:
        d = parse(text)
    except InputError as e:
        assert e.code in ("no_objective", "too_many_objectives", "too_many_key_results", "empty")
        return
    assert d.objectives


@pytest.mark.parametrize(
    "text",
    [
        "| KR | Owner |\n|---|---|\n| Availability 99.95% | Dev |",
        "目标\t关键结果\t负责人\n\t投诉率降到0.5%\t李四",
        "- [ ] KR1 Toil from 45% to 25%\n- [ ] KR2 Automate cert rotation",
        "O1-KR1 覆盖高校数量从20所扩展到60所",
    ],
)
def test_a_draft_with_no_objective_still_gets_the_clear_error(text: str) -> None:
    with pytest.raises(InputError) as err:
        parse(text)
    assert err.value.code == "no_objective"


def test_a_set_title_alone_is_not_an_objective() -> None:
    for text in ("王磊的个人OKR（2026年Q2）", "# Q3 OKRs", "Personal OKRs (Lee)"):
        with pytest.raises(InputError) as err:
            parse(text)
        assert err.value.code == "no_objective"


@pytest.mark.parametrize("brk", ["\x0b", "\x0c", "\u2028", "\u2029", "\x85"])
def test_a_soft_line_break_from_a_slide_is_a_line_break(brk: str) -> None:
    # tester8: a draft pasted from PowerPoint or Word (Shift+Enter is U+000B) was refused as
    # binary; each such break is read as a newline and the review still shows the text as typed.
    from coach import review
    from coach.config import Config

    text = f"Objective: Delight customers in Q3 2027{brk}KR1: Raise NPS from 30 to 45 (Ana){brk}"
    text += "KR2: Help center self-service rate from 20% to 35% (Bo)"
    rv = review(text, config=Config(use_model=False))
    (o,) = rv.objectives
    assert [kr.text for kr in o.key_results] == [
        "Raise NPS from 30 to 45 (Ana)",
        "Help center self-service rate from 20% to 35% (Bo)",
    ]
    assert o.key_results[1].span.end == len(text)
    with pytest.raises(InputError):
        review("Objective: Delight customers\x00\nKR1: NPS from 30 to 45")
