"""HTML source read as the text it shows, in place; RTF refused (decision 1423)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.errors import InputError
from coach.markup import read_markup
from coach.review import review

NO_MODEL = Config(semantic=False)

_EDITOR_HTML = (
    "<p><strong>Objective:</strong> Make every member feel at home by end of Q3</p>"
    "<ul><li>KR: Member NPS from 30 to 45 (owner: Ana)</li>"
    "<li>KR: Weekly active members from 400 to 650 (owner: Ana)</li></ul>"
)
_ZH_HTML = (
    "<h2>2027年Q3 OKR</h2><p><b>目标：</b>让每位会员都有回家的感觉&nbsp;（负责人：王芳）</p>"
    "<ol><li>会员NPS从30提升到45</li><li>周活跃会员从400人提升到650人</li></ol>"
)
_TABLE_HTML = (
    "<table><tr><th>Objective</th><th>Key result</th><th>Owner</th></tr>"
    "<tr><td>Make every member feel at home in Q3</td><td>Member NPS from 30 to 45</td>"
    "<td>Ana</td></tr><tr><td></td><td>Weekly active members from 400 to 650</td>"
    "<td>Bo</td></tr></table>"
)


@pytest.mark.parametrize("text", [_EDITOR_HTML, _ZH_HTML, _TABLE_HTML])
def test_html_is_read_in_place(text: str) -> None:
    shown = read_markup(text)
    assert len(shown) == len(text)
    assert "<" not in shown.replace("<1", "")
    rv = review(text, config=NO_MODEL)
    assert len(rv.objectives) == 1
    krs = rv.objectives[0].key_results
    assert len(krs) == 2
    for kr in krs:
        # the spans point into the HTML as sent: the key result's words are there
        assert text[kr.span.start : kr.span.end].strip().startswith(kr.text.strip()[:6])
    assert "<" not in rv.objectives[0].text


def test_table_cells_and_owners() -> None:
    rv = review(_TABLE_HTML, config=NO_MODEL)
    assert [kr.owner for kr in rv.objectives[0].key_results] == ["Ana", "Bo"]


def test_an_edit_applies_to_the_html() -> None:
    rv = review(_EDITOR_HTML.replace(" (owner: Ana)", "", 1), config=NO_MODEL)
    (f,) = [f for f in rv.findings if f.rule_id == "kr-no-owner"]
    edit = f.suggestions[0].edits[0]
    fixed = _EDITOR_HTML.replace(" (owner: Ana)", "", 1)
    fixed = fixed[: edit.start] + edit.replacement + fixed[edit.end :]
    assert "Member NPS from 30 to 45 (owner: [owner])</li>" in fixed


@pytest.mark.parametrize(
    "text",
    [
        "| KR | Note |\n|---|---|\n| NPS from 30 to 45<br>owner: Ann | <ul><li>a</li><li>b</li></ul> |\n",
        "<details>\n<summary>Q3</summary>\n\nObjective: Delight members\n- KR: NPS from 30 to 45\n</details>\n",
        "Objective: keep <b>churn</b> below 3%\n",
        "KR: cut p95 latency to < 200ms & errors to < 1%\n",
    ],
)
def test_markdown_with_a_little_html_is_left_alone(text: str) -> None:
    assert read_markup(text) is text


def test_entities_become_their_characters() -> None:
    text = "<p>Objective: Delight members</p><ul><li>KR: Complaints &lt;1% &amp; NPS 45</li></ul><p></p>"
    shown = read_markup(text)
    assert "<1%" in shown and "&" in shown and "&amp;" not in shown
    assert len(shown) == len(text)


def test_rtf_is_refused_with_a_clear_error() -> None:
    with pytest.raises(InputError) as e:
        review("{\\rtf1\\ansi Objective: Delight members\\par KR: NPS from 30 to 45\\par}")
    assert e.value.code == "invalid_structure"
    assert "RTF" in str(e.value) and "plain text" in str(e.value)
