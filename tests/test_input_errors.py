"""Bad input gets a clear, typed error; adversarial input stays fast."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.errors import InputError, InputTooLarge


def error_of(text: str, config: Config | None = None) -> InputError:
    with pytest.raises(InputError) as err:
        review(text, config=config)
    return err.value


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\u3000\u3000", "\ufeff"])
def test_empty(text: str) -> None:
    err = error_of(text)
    assert err.code == "empty"
    assert "O:" in str(err) and "KR1:" in str(err)  # says what is expected, with an example


@pytest.mark.parametrize(
    "text",
    [
        "KR1: Raise NPS from 30 to 45\nKR2: Cut churn to 3%",
        "关键结果1：NPS 提升到 50",
        "# Q3 OKRs",
        "Some notes.\nMore notes.\nEven more notes.",
    ],
)
def test_no_objective(text: str) -> None:
    err = error_of(text)
    assert err.code == "no_objective"
    # it shows the labels in the language it speaks: the draft's (no interface language given)
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        assert "目标：" in str(err) and "关键结果1" in str(err)
    else:
        assert "O:" in str(err) and "KR1" in str(err)
    assert "目标：" in err.messages["zh"] and "KR1" in err.messages["en"]


def test_kr_lines_only_says_how_many() -> None:
    assert "2 key result(s)" in str(error_of("KR1: a 10%\nKR2: b 20%"))


def test_kr_before_the_first_objective() -> None:
    err = error_of("KR1: Close $2M\n\nO: Grow revenue\nKR2: 10 logos")
    assert err.code == "no_objective"
    assert "line 1" in str(err) and "line 3" in str(err)


@pytest.mark.parametrize("ch", ["\x00", "\x07", "\x1b", "\ufffd", "\x7f", "\ud800"])
def test_binary_and_control_characters(ch: str) -> None:
    err = error_of(f"O: Grow revenue\nKR1: Close {ch}$2M")
    assert err.code == "binary"
    assert "offset" in str(err) and "U+" in str(err)


def test_control_character_position_in_chinese_counts_from_one() -> None:
    # "目标：本季度" then the bell: six characters before it, so it is the seventh
    err = error_of("目标：本季度\x07让客户满意\n关键结果1：NPS从30到45")
    assert "offset 6" in err.messages["en"]
    assert "第 7 个字符处" in err.messages["zh"]


def test_too_long_default_and_configured() -> None:
    text = "O: Grow\nKR1: " + "a" * 20_000
    err = error_of(text)
    assert isinstance(err, InputTooLarge) and err.code == "too_long"
    assert "20,000" in str(err)
    err = error_of("O: Grow revenue\nKR1: Close $2M", Config(max_chars=10))
    assert err.code == "too_long"


def test_too_many_objectives_default_and_configured() -> None:
    text = "\n".join(f"O{i}: objective {i}\nKR1: {i} logos" for i in range(51))
    err = error_of(text)
    assert isinstance(err, InputTooLarge) and err.code == "too_many_objectives"
    assert "50" in str(err)
    text = "\n".join(f"O: objective {i}\nKR1: {i} logos" for i in range(3))
    assert error_of(text, Config(max_objectives=2)).code == "too_many_objectives"
    assert len(review(text, config=Config(max_objectives=3)).objectives) == 3


def test_errors_are_value_errors() -> None:
    assert isinstance(error_of(""), ValueError)


# Decision 810: a one-line message to a reader is no objective, in either language.
@pytest.mark.parametrize(
    "text",
    [
        "Hey Priya, sharing my OKRs below, let me know what you think!",
        "good morning all, this is our draft plan for Q2",
        "Thanks Sam",
        "大家好，这是我们的计划，请多指教",
    ],
)
def test_a_chat_line_is_no_objective(text: str) -> None:
    assert error_of(text).code == "no_objective"


@pytest.mark.parametrize(
    "text", ["Hey team, win back every lapsed subscriber", "Thank every donor within a week"]
)
def test_goal_wording_after_a_greeting_stays_an_objective(text: str) -> None:
    assert len(review(text).objectives) == 1
