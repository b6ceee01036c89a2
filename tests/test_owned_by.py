"""Who owns each item in the review document, inherited owners included (decision 485): an
item's `owned_by` names the owner and says where the draft names them (the item, its objective,
a section heading, the set's title), the review's `owner` is the set's, and `owner` on an item
keeps meaning the owner written on that item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from coach import review
from coach.facts.owner import heading_owner, heading_owner_name
from coach.types import Review
from service.app import create_app
from service.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _kr_owners(r: Review) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for o in r.objectives:
        for kr in o.key_results:
            by = kr.owned_by
            out.append((kr.owner, by and by.name, by and by.source))
    return out


def test_a_personal_sets_title_owns_its_key_results() -> None:
    r = review(
        "李雷的个人OKR（2025年Q1）\n目标：本季度让客户爱上我们的服务\n关键结果1：NPS从30提升到45"
    )
    assert _kr_owners(r) == [(None, "李雷", "set")]
    assert r.owner is not None and r.owner.name == "李雷"
    assert r.owner.text == "李雷的个人OKR（2025年Q1）"
    assert (r.owner.span.start, r.owner.span.end) == (0, len(r.owner.text))


def test_an_owner_line_under_the_title_owns_the_set() -> None:
    # (a title that names no team; under "Growth team OKRs Q3" the line owns the set as well since
    # decision 5240 reversed lead ruling 1791)
    text = "OKRs Q3\nOwner: @rafa\nO: Win the enterprise market in Q3\nKR1: Sign 5 enterprise customers"
    r = review(text)
    assert _kr_owners(r) == [(None, "rafa", "set")]
    assert r.owner is not None and r.owner.name == "rafa"
    assert text[r.owner.span.start : r.owner.span.end] == "Owner: @rafa"


def test_a_section_heading_owns_its_section_only() -> None:
    r = review(
        "# Q3 OKRs\n## Sales (Sarah)\nO: Win the market in Q3\nKR1: Sign 5 customers\n"
        "## Support\nO: Make support effortless in Q3\nKR1: CSAT from 80% to 90%"
    )
    assert _kr_owners(r) == [(None, "Sarah", "heading"), (None, None, None)]
    assert r.owner is None
    assert [f.target for f in r.findings if f.rule_id == "kr-no-owner"] == ["o2.kr1"]


def test_the_item_and_its_objective_are_sources_too() -> None:
    r = review(
        "Sales OKRs Q3\n\nO1: Make Q3 our biggest quarter (owner: Dana)\n"
        "KR1: Win 10 new logos (owner: Bo)\nKR2: Win 12 renewals\n"
        "KR3: Implementation team cuts onboarding to 10 days"
    )
    assert _kr_owners(r) == [
        ("Bo", "Bo", "item"),
        (None, "Dana", "objective"),
        (None, None, "item"),  # a team as the subject: owned, unnamed
    ]
    o = r.objectives[0]
    assert (o.owner, o.owned_by and o.owned_by.source) == ("Dana", "item")
    assert r.owner is None


def test_a_personal_set_that_names_nobody_is_its_authors() -> None:
    r = review("我的Q1个人目标\n目标：本季度把专业课学扎实\n关键结果1：期末考试成绩提升到90分")
    assert _kr_owners(r) == [(None, None, "set")]
    assert r.owner is not None and r.owner.name is None and r.owner.text == "我的Q1个人目标"


def test_a_traditional_draft_shows_the_owner_in_its_characters() -> None:
    r = review(
        "產品組 2025年Q1\n負責人：鄭國強\n目標：本季度讓客戶愛上我們\n關鍵結果1：NPS從30提升到45"
    )
    assert _kr_owners(r) == [(None, "鄭國強", "set")]
    assert r.owner is not None and (r.owner.name, r.owner.text) == ("鄭國強", "負責人：鄭國強")


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("王磊的个人OKR（2025年Q1）", "王磊"),
        ("Personal OKRs — Priya, Q2", "Priya"),  # "personal" first, the name after it
        ("我的Q1个人目标", ""),
        ("法务合规 — 2025上半年OKR（郑律）", "郑律"),
        ("Cafeteria — Spring term 2027 — Shift lead: Odile Ferrand", "Odile Ferrand"),
        ("### OKR: @tamsin-k", "tamsin-k"),
        ("Returns OKRs — Q3 2025 (Yuki + Lee)", None),  # two authors own no key result
        ("APP产品组 2025年Q1", None),  # a team runs the set; it owns no key result
    ],
)
def test_the_name_a_heading_gives_is_whom_it_says_owns_the_set(heading, name) -> None:
    assert heading_owner_name(heading) == name
    assert heading_owner(heading) is (name is not None)


def test_owned_by_is_null_exactly_where_kr_no_owner_fails() -> None:
    seen = 0
    for path in sorted(EXAMPLES.glob("*.md")) + sorted(EXAMPLES.glob("*.txt")):
        r = review(path.read_text(encoding="utf-8"))
        for o in r.objectives:
            for kr in o.key_results:
                check = next(c for c in kr.checks if c.rule_id == "kr-no-owner")
                assert (kr.owned_by is None) == (check.status == "fail"), (path.name, kr.id)
                seen += 1
    assert seen > 20


def test_the_service_returns_the_owners(tmp_path) -> None:
    settings = Settings(feedback_db=str(tmp_path / "fb.sqlite3"), warm_up=False)
    with TestClient(create_app(settings)) as client:
        body = client.post(
            "/v1/review",
            json={
                "text": "李雷的个人OKR（2025年Q1）\n目标：本季度让客户爱上我们\n关键结果1：NPS从30提升到45"
            },
        ).json()
    kr = body["objectives"][0]["key_results"][0]
    assert kr["owner"] is None
    assert kr["owned_by"] == {"name": "李雷", "source": "set", "lead": 0}
    assert body["owner"]["name"] == "李雷"
    assert json.loads(json.dumps(body)) == body
