"""Decision 655 (fix11): a ceiling on a bad share is a floor on its good complement. The rewrite
that turns the share ("to under 4%" churn -> 96% retention) turns the bound word with it, in
every form the bound takes, in both languages."""

from __future__ import annotations

import itertools
import re

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)

EN = "Objective: Make our members love staying with us in Q3\nKR: {} (owner: Ana)"
ZH = "目标：本季度让会员离不开我们\n关键结果：{}（负责人：王芳）"

# Ceiling words and the floor each becomes ("under" a reducer itself may turn into "above").
EN_CEILINGS = {
    "under": ("over", "above"),
    "below": "above",
    "less than": "more than",
    "at most": "at least",
    "no more than": "no less than",
    "<": ">",
    "≤": "≥",
}
ZH_CEILINGS = {"不超过": "不低于", "不高于": "不低于", "低于": "高于", "小于": "大于"}
EN_FORMS = (
    "Reduce {m} to {b} {x}%",
    "Cut {m} to {b} {x}%",
    "Lower {m} from 12% to {b} {x}%",
    "Decrease {m} to {b} {x}% of accounts",
)
ZH_FORMS = ("{m}降低到{b}{x}%", "将{m}降到{b}{x}%", "{m}从12%降至{b}{x}%")
EN_MEASURES = ("churn", "error rate", "defect rate")
ZH_MEASURES = ("流失率", "错误率", "不良率")
SHARES = ("3", "0.4", "7.5")


def _rewrite(draft: str) -> str:
    rv = review(draft, config=NO_MODEL, select=["kr-negative-phrasing"])
    (f,) = rv.findings
    (s, *_) = f.suggestions
    return s.text


def _cases():
    for form, m, (b, floor), x in itertools.product(
        EN_FORMS, EN_MEASURES, EN_CEILINGS.items(), SHARES
    ):
        yield EN.format(form.format(m=m, b=b, x=x)), x, floor
    for form, m, (b, floor), x in itertools.product(
        ZH_FORMS, ZH_MEASURES, ZH_CEILINGS.items(), SHARES
    ):
        yield ZH.format(form.format(m=m, b=b, x=x)), x, floor


@pytest.mark.parametrize(("draft", "share", "floor"), list(_cases()))
def test_the_bound_turns_with_the_share(draft: str, share: str, floor: str | tuple) -> None:
    text = _rewrite(draft)
    good = f"{100 - float(share):g}%"
    assert good in text, text
    before = text[: text.index(good)].rstrip()
    assert before.endswith(floor), text


@pytest.mark.parametrize(
    "item",
    ["Reduce churn in the first 90 days to under 3%", "Cut defect rate to less than 2%"],
)
def test_no_ceiling_is_left_before_a_complemented_share(item: str) -> None:
    text = _rewrite(EN.format(item))
    assert not re.search(r"(?:under|less than)\s*9\d%", text), text


def test_a_bound_the_reducer_itself_names_is_turned_once() -> None:
    # "under" is the reducer here: it turns with it, not twice
    assert _rewrite(EN.format("Churn under 5%")).startswith("Retention above 95%")


@pytest.mark.parametrize(
    ("item", "rewrite"),
    [
        # decision 660: a share of one process done wrong turns into that process's accuracy
        ("Mis-ships below 0.4% of parcels", "Ship accuracy above 99.6% of parcels"),
        ("Mis-sort rate under 2%", "Sort accuracy above 98%"),
        # work written off is the share of its value not realised
        (
            "Reduce write-offs on hourly matters from 15% to 6%",
            "Raise realization on hourly matters from 85% to 94%",
        ),
    ],
)
def test_an_obvious_complement_is_offered(item: str, rewrite: str) -> None:
    assert _rewrite(EN.format(item)).startswith(rewrite)


def test_the_quote_is_what_the_rewrite_replaces() -> None:
    draft = ZH.format("外卖平台好差评差评率控制在2%以内")
    rv = review(draft, config=NO_MODEL, select=["kr-negative-phrasing"])
    (f,) = rv.findings
    (edit,) = f.suggestions[0].edits
    assert f.message.startswith(f"“{draft[edit.start : edit.end]}”"), f.message
