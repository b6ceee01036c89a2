"""speed27 (issue 13): the library example's suggestion is built from defaults read once.

`make_example` asked pydantic for each field's default on every call
(`FieldInfo.get_default(call_default_factory=True)`), which runs `inspect.signature` on the
`list` factory to see whether it takes the validated data: ~170 µs a call, ~1 M instructions a
review (bench/review_count.py). The defaults are now read off the model once, at import; the
suggestion built is the same.
"""

from __future__ import annotations

import pytest
from pydantic.fields import FieldInfo

from coach.types import Suggestion, make_example


@pytest.mark.parametrize(
    "text",
    [
        "Lift weekly active teams from 1,200 to 1,800 by June 30",
        "季度复购率从18%提升到25%",
        "",
        "Cut median ticket wait to under 4 hours",
        "新客首单转化率达到12%（负责人：周敏）",
    ],
)
def test_make_example_is_the_validated_suggestion(text: str) -> None:
    built = make_example(text)
    validated = Suggestion(text=text, kind="example")
    assert built == validated
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_fields_set == validated.model_fields_set == {"text", "kind"}
    assert list(built.__dict__) == list(Suggestion.model_fields)


def test_make_example_lists_are_new_each_time() -> None:
    a, b = make_example("Ship the onboarding checklist"), make_example("Ship it again")
    assert a.edits == [] and a.placeholders == []
    assert a.edits is not b.edits and a.placeholders is not b.placeholders
    a.edits.append(None)  # type: ignore[arg-type]
    assert b.edits == []


def test_make_example_does_not_ask_pydantic_for_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-call default lookup (inspect.signature of the factory) stays out of a review."""

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("FieldInfo.get_default called per example")

    monkeypatch.setattr(FieldInfo, "get_default", refuse)
    assert make_example("Raise NPS from 31 to 45").kind == "example"


def test_make_example_validates_what_is_not_a_str() -> None:
    with pytest.raises(ValueError):
        make_example(42)  # type: ignore[arg-type]


def test_the_defaults_read_once_are_plain() -> None:
    """Every Suggestion default is one pydantic hands over as it is: the fast path is taken."""
    from coach import types

    assert types._SUGGESTION_DEFAULTS_PLAIN
