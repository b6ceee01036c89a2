"""tester21b (round 21): tester21's leftovers and thirty first-time drafts by outsiders — a
bakery, a clinic, a student club, a family, a public library, non-native English, Chinese with
English mixed in (decisions 1980-)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _rules(text: str, target: str) -> set[str]:
    return {f.rule_id for f in review(text, config=_CFG).findings if f.target == target}


# -- decision 1980: /v2/check reviews a plainly Chinese (English) text in its own language -------

_ZH = (
    "目标：让社区诊所成为街坊看小病的首选\n"
    "KR1：复诊预约率从30%提升到50%\n"
    "KR2：整理候诊区\n"
    "KR3：患者投诉减少一半\n"
)
_EN = (
    "Objective: Make our bakery the first stop on Main Street\n"
    "KR1: Post on Instagram\n"
    "KR2: Weekly customers from 300 to 450\n"
)


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from service.app import create_app

    return TestClient(create_app())


@pytest.mark.parametrize(
    ("text", "asked", "used"),
    [(_ZH, "en-US", "zh-CN"), (_ZH, "en-GB", "zh-CN"), (_EN, "zh-CN", "en-US")],
    ids=["zh-as-en-US", "zh-as-en-GB", "en-as-zh"],
)
def test_a_plain_text_is_checked_in_its_own_language(client, text, asked, used) -> None:  # type: ignore[no-untyped-def]
    auto = client.post("/v2/check", data={"text": text, "language": "auto"}).json()
    forced = client.post("/v2/check", data={"text": text, "language": asked}).json()
    assert forced["language"]["code"] == used
    assert forced["language"]["detectedLanguage"]["code"] == used
    assert forced["language"]["detectedLanguage"]["confidence"] >= 0.8
    key = [(m["rule"]["id"], m["offset"]) for m in forced["matches"]]
    assert key == [(m["rule"]["id"], m["offset"]) for m in auto["matches"]]


def test_a_mixed_text_keeps_the_language_asked_for(client) -> None:  # type: ignore[no-untyped-def]
    # guard: half English, half Chinese is no plain case: the client's choice stands
    text = "Objective: 让 onboarding flow 更 smooth for new users\nKR1: 激活率 from 20% to 35%\n"
    r = client.post("/v2/check", data={"text": text, "language": "en-US"}).json()
    assert r["language"]["code"] == "en-US"
    assert r["language"]["detectedLanguage"]["confidence"] < 0.8


def test_the_language_asked_for_matches_the_text(client) -> None:  # type: ignore[no-untyped-def]
    # guard: en-GB on English text stays en-GB (the variant the client named)
    r = client.post("/v2/check", data={"text": _EN, "language": "en-GB"}).json()
    assert r["language"]["code"] == "en-GB" and r["language"]["name"] == "English (GB)"
