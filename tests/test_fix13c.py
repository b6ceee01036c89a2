"""tester13's parse, owner, deadline and objective findings (issue 8, thirteenth round,
decisions 950-964). Each draft is written here in its own wording; each test failed before."""

from __future__ import annotations

import pytest

from coach import review
from coach.errors import InputError
from coach.parse import parse_text as parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


def ids(text: str, item: str) -> set[str]:
    r = review(text)
    return {f.rule_id for f in r.findings if f.target == item}


# Decision 950: a numbered objective label closed by a space starts an objective; a blank line
# joins a short tail only to a piece that is strongly cut off; Word's "Ø" bullet is a marker.
def test_numbered_zh_objective_label_without_colon_starts_an_objective():
    text = (
        "目标一：让渡口的每班船都准时开出\n"
        "● 准点开船率从76%提升到93%\n"
        "● 乘客投诉处理时长从3天缩短到1天\n"
        "\n"
        "目标二 让船员愿意长期干下去\n"
        "● 船员年流失率从25%降到12%\n"
    )
    assert shape(text) == [
        (
            "让渡口的每班船都准时开出",
            ["准点开船率从76%提升到93%", "乘客投诉处理时长从3天缩短到1天"],
        ),
        ("让船员愿意长期干下去", ["船员年流失率从25%降到12%"]),
    ]


def test_short_line_after_a_blank_does_not_join_a_finished_chinese_line():
    text = (
        "目标：让渡口的每班船都准时开出\n"
        "KR1：准点开船率从76%提升到93%\n"
        "KR2：每班船的检修记录全部上传系统\n"
        "\n"
        "船员愿意长期干下去\n"
    )
    krs = shape(text)[0][1]
    assert krs[1] == "每班船的检修记录全部上传系统"


def test_word_wingdings_bullet_starts_its_own_item():
    text = (
        "目标：让渡口的每班船都准时开出\n"
        "● 准点开船率从76%提升到93%\n"
        "Ø 高峰期候船时间控制在15分钟以内\n"
    )
    assert shape(text)[0][1] == ["准点开船率从76%提升到93%", "高峰期候船时间控制在15分钟以内"]


# Decision 3 (tester13 #3, decision 561 applied): a numbered KR label with nothing after it
# ("KR3." / "KR3") is an unwritten row, not a key result worded "KR3.".
@pytest.mark.parametrize("blank", ["KR3.", "KR3", "KR3)  "])
def test_numbered_kr_label_alone_is_an_empty_row(blank: str):
    text = (
        "Objective: Ferry passengers trust our timetable in Q3 2027 (owner: Ines)\n"
        "KR1: On-time departures from 76% to 93% (owner: Ines)\n"
        "KR2: Complaints answered within 1 day, from 3 days (owner: Ines)\n"
        f"{blank}\n"
    )
    o = parse(text).objectives[0]
    assert [k.text for k in o.key_results][2] == ""
    r = review(text)
    found = [f for f in r.findings if f.target == "o1.kr3"]
    assert [f.rule_id for f in found] == ["kr-not-quantified"]
    assert "still empty" in found[0].message


# Decision 951: a one-line paste made only of small talk is no objective.
@pytest.mark.parametrize(
    "text",
    ["hello there, how are you", "Hi Jo! How's it going?", "你好，最近怎么样？", "testing 123"],
)
def test_small_talk_alone_is_no_objective(text: str):
    with pytest.raises(InputError) as err:
        parse(text)
    assert err.value.code == "no_objective"


@pytest.mark.parametrize(
    "text", ["Hey crew, fill every sailing this summer", "早日盈利", "Morning routine that sticks"]
)
def test_one_line_goal_still_is_an_objective(text: str):
    assert len(parse(text).objectives) == 1
