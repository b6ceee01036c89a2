"""Scores and the cycle as a workshop room reads them (ux43, tester43's leftovers): what a
folded finding costs, a vague objective's grade, an owner before role grades, a status colour in
the status section, the language tags a refusal lists; one section per fix."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(warm_up=False))) as c:
        yield c


# -- 6396: a refused language lists the regional tags that are read too ---------------------------
@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/v1/review", "language"),
        ("/v1/review", "ui_language"),
        ("/v1/grade", "language"),
        ("/v1/checkin", "ui_language"),
    ],
)
def test_refused_language_lists_regional_tags(client, path: str, field: str) -> None:
    r = client.post(
        path, json={"text": "O: Win the harbour market\nKR1: Sign 5 ferries", field: "de"}
    )
    assert r.status_code == 422
    body = r.json()
    assert "en-GB" in body["messages"]["en"] and "zh-TW" in body["messages"]["en"], body
    assert "地区标签" in body["messages"]["zh"] and "zh-TW、" in body["messages"]["zh"], body
    assert "en-GB" in body["errors"][0]["msg"]


def test_listed_tags_are_taken(client) -> None:
    text = "O: Win the harbour market\nKR1: Sign 5 ferry operators by June"
    for tag in ("en-GB", "en-AU", "zh-TW", "zh-Hant", "zh-MO"):
        assert client.post("/v1/review", json={"text": text, "language": tag}).status_code == 200
    similar = {"text": text, "target": "o1.kr1", "rule_id": "kr-no-baseline", "language": "en-GB"}
    assert client.post("/v1/examples/similar", json=similar).status_code != 422


# -- 6392: an owner's bracket before the role grades is no part of the graded wording ------------
@pytest.mark.parametrize(
    ("line", "wording"),
    [
        (
            "KR1: Open a second ticket desk by August (Ravi) self 0.9, manager 0.6",
            "Open a second ticket desk by August",
        ),
        (
            "KR1: Open a second ticket desk by August (Ravi) — self 0.8, manager 0.5",
            "Open a second ticket desk by August",
        ),
        (
            "KR1: Sell 40 season passes a week by May (Ravi) 0.6 (self 0.9)",
            "Sell 40 season passes a week by May",
        ),
        (
            "关键结果1：8月前开出第二个售票窗口（负责人：周敏）自评0.9 上级0.6",
            "8月前开出第二个售票窗口",
        ),
        ("关键结果1：周末游客从300人提升到450人（周敏）0.7", "周末游客从300人提升到450人"),
    ],
)
def test_owner_before_role_grades_left_out(line: str, wording: str) -> None:
    from coach.cycle.grading import grade

    head = (
        "目标：让码头成为周末首选\n"
        if "关键结果" in line
        else "O: Make the pier the weekend stop\n"
    )
    kr = grade(head + line).objectives[0].key_results[0]
    assert kr.text == wording, kr.text
    assert kr.score is not None


def test_bracket_that_is_no_owner_stays() -> None:
    from coach.cycle.grading import grade

    kr = grade(
        "O: Make the pier the weekend stop\nKR1: Launch the ferry app (iOS) self 0.9, manager 0.6"
    )
    assert kr.objectives[0].key_results[0].text.endswith("(iOS)")


# -- 6393: a status colour written under the OKR status is read as an indicator -------------------
CHECKIN_EN = (
    "Objective 1: Make the depot the fastest link to the shops\n"
    "KR1: Vans loaded by 6am from 70% to 92%\nKR2: Mis-loaded crates from 40 to 10 a week\n\n"
    "## This week's priorities\n- P1 Mark the crate bays by route (KR2)\n\n"
    "## Next four weeks\n- Week 2: trial a second loading door (KR1)\n\n"
    "## OKR status\n- Confidence: 7/10, up from 6/10 because the new loader started\n"
    "{extra}"
)
CHECKIN_ZH = (
    "目标1：让车队成为门店最放心的一环\n关键结果1：早6点前装车完成率从70%提升到92%\n"
    "关键结果2：每周错装箱数从40箱降到10箱\n\n"
    "## 本周关注的任务\n- P1 按线路给货位画线（关键结果2）\n\n"
    "## 未来四周的计划\n- 第2周：试开第二个装货口（关键结果1）\n\n"
    "## OKR当前的状态\n- 信心指数：7/10，比上周6/10高，因为新装卸工到岗了\n"
    "{extra}"
)


@pytest.mark.parametrize(
    ("template", "extra", "colour"),
    [
        (CHECKIN_EN, "- Loading: amber\n", "yellow"),
        (CHECKIN_EN, "- Driver morale — red, two drivers on leave\n", "red"),
        (CHECKIN_ZH, "- 装车：黄灯\n", "yellow"),
        (CHECKIN_ZH, "- 司机士气：绿\n", "green"),
    ],
)
def test_colour_under_okr_status_is_an_indicator(template: str, extra: str, colour: str) -> None:
    from coach.cycle.checkin import checkin

    report = checkin(template.format(extra=extra))
    assert [i.color for i in report.indicators] == [colour]
    assert "checkin-missing-section" not in {f.rule_id for f in report.findings}


@pytest.mark.parametrize(
    ("template", "extra"),
    [
        (CHECKIN_EN, ""),
        (CHECKIN_EN, "- Overall: amber\n"),
        (CHECKIN_EN, "- We cut red tape at the gate\n"),
        (CHECKIN_ZH, "- 整体：黄灯\n"),
        (CHECKIN_ZH, "- 发了红包给装卸工\n"),
    ],
)
def test_no_indicator_read_still_missing(template: str, extra: str) -> None:
    from coach.cycle.checkin import checkin

    report = checkin(template.format(extra=extra))
    assert report.indicators == []
    assert "checkin-missing-section" in {f.rule_id for f in report.findings}


# -- 6390: a finding that carries a folded core failure says so ----------------------------------
@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "O: Make the clinic the one patients recommend\nKR1: Hold a ward meeting every Wednesday\n"
            "KR2: Raise patient ratings from 4.1 to 4.6 by June",
            "It also names an activity, not a result: the key result's core failure (−40 points).",
        ),
        (
            "目标：让诊所成为病人最愿意推荐的诊所\n关键结果1：每周五开一次员工碰头会\n关键结果2：6月底前病人评分从4.1提升到4.6",
            "它写的也是要做的事，不是结果：这是这个关键结果的核心问题（扣40分）。",
        ),
    ],
)
def test_folded_core_failure_is_said(text: str, said: str) -> None:
    import coach

    review = coach.review(text)
    carried = [d for d in review.score_breakdown.deductions if d.core and d.said_by]
    assert [(d.target, d.points) for d in carried] == [("o1.kr1", 40)]
    finding = next(
        f for f in review.findings if f.target == "o1.kr1" and f.rule_id == carried[0].said_by
    )
    assert finding.message.endswith(said), finding.message
    assert review.objectives[0].key_results[0].item_score <= 70


def test_no_core_said_where_none_folds() -> None:
    import coach

    review = coach.review(
        "O: Make the clinic the one patients recommend\nKR1: Raise patient ratings from 4.1 to 4.6 by June"
    )
    assert not any("core failure" in f.message for f in review.findings)


# -- 6391: an objective with no direction one can check is at most fair ---------------------------
@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "我这学期的OKR（小周）\n目标：做好体重管理\n关键结果1：6月底前体重从70公斤降到65公斤",
            "最多算“尚可”",
        ),
        (
            "My OKRs for this term (me: Sam)\nObjective: Do better at work\n"
            "KR1: Send every weekly report on time, from 60% to 100% by June",
            "at most fair",
        ),
        (
            "My OKRs for this term (me: Sam)\nObjective: Do better at work\n"
            "KR1: Send every weekly report on time, from 60% to 100% by June\n"
            "KR2: Raise my client rating from 3.9 to 4.5 by June",
            "at most fair",
        ),
    ],
)
def test_vague_objective_is_not_good(text: str, why: str) -> None:
    import coach

    review = coach.review(text)
    assert "objective-vague" in {f.rule_id for f in review.findings}
    o = review.score_breakdown.objectives[0]
    assert review.objectives[0].band == o.band == "fair"
    assert review.band != "good"
    assert o.score >= 85  # the number is as before: only the band is capped
    assert o.why.endswith(why), o.why


def test_clear_objective_with_the_same_key_result_stays_good() -> None:
    import coach

    review = coach.review(
        "目标：让我这学期每门课都能从容应对考试\n关键结果1：6月底前期末平均分从72分提高到85分\n"
        "关键结果2：6月底前每周按时交作业的比例从70%提高到100%"
    )
    assert "objective-vague" not in {f.rule_id for f in review.findings}
    assert review.objectives[0].band == "good", review.score_breakdown
