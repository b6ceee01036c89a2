"""Blind read tester18 (decisions 1540-1541): a per-mille error rate turned round in percent,
one edit applied once, and the owner of a personal set titled "个人工作OKR —— 名字（单位）"."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.rule_api import Fix, LocalEdit

NO_MODEL = Config(use_model=False)
ZH_OBJ = "目标：本季度让社区居民取药又快又放心（负责人：何平）"
EN_OBJ = "Objective: Make every prescription right first time, by Q3 (owner: Ana)"


def _turned(kr: str) -> list[str]:
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    text = f"{ZH_OBJ}\n关键结果1：{kr}" if zh else f"{EN_OBJ}\nKR1: {kr}"
    rv = review(text, config=NO_MODEL)
    found = [f for f in rv.findings if f.rule_id == "kr-negative-phrasing"]
    assert found, kr
    return [s.text for s in found[0].suggestions]


@pytest.mark.parametrize(
    ("kr", "want"),
    [
        # per mille and per ten thousand turn round in percent (decision 1540)
        ("门诊处方调剂差错率由0.3‰降至0.1‰以下", "处方调剂准确率由99.97%提升到99.99%以上"),
        ("发药差错率降至0.5‰", "准确率提升到99.95%"),
        ("配药差错率由0.2‱降至0.1‱", "准确率由99.998%提升到99.999%"),
        ("Cut the dispensing error rate from 0.3‰ to 0.1‰", "from 99.97% to 99.99%"),
        # the word between the figures is turned once ("提升到到" before)
        ("差错率由0.03%降至0.01%以下", "准确率由99.97%提升到99.99%以上"),
        ("投诉率由3%降至1%", "由97%提升到99%"),
        ("差错率由5%降到2%", "由95%提升到98%"),
    ],
)
def test_error_rate_turns_round_with_its_precision(kr, want):
    texts = _turned(kr)
    assert any(want in t for t in texts), texts
    assert not any(bad in t for t in texts for bad in ("‰", "‱", "100.0", "到到")), texts


def test_a_fix_keeps_one_copy_of_a_repeated_edit():
    fix = Fix(edits=[LocalEdit(3, 5, "提升到"), LocalEdit(0, 2, "准确"), LocalEdit(3, 5, "提升到")])
    assert [(e.start, e.end, e.replacement) for e in fix.edits] == [
        (3, 5, "提升到"),
        (0, 2, "准确"),
    ]
    # two different edits of one span are not merged: that conflict is the rule's to settle
    assert len(Fix(edits=[LocalEdit(0, 2, "a"), LocalEdit(0, 2, "b")]).edits) == 2


KRS = "\n目标1：让每一位同学都有一个人可以求助\n关键结果1：一级预警学生100%在48小时内完成转介\n"


@pytest.mark.parametrize(
    ("title", "owned"),
    [
        ("2026-2027学年第二学期 辅导员个人工作OKR —— 王一鸣（计算机学院2024级）", True),
        ("2027年Q1 个人工作OKR：李娜", True),
        ("2027年Q1 个人季度目标", True),
        ("2027年春季学期 个人发展OKR", True),
        ("2027年Q1 学生工作OKR —— 陈思远（辅导员）", True),
        # a unit or a version after the dash owns nothing
        ("运营中心 2027年Q1 OKR —— 增长组（第二版）", False),
        ("2027年Q1 销售部OKR —— 定稿（第二版）", False),
        ("2027年Q1 团队OKR", False),
        # a region after the dash is no person (decision 1545)
        ("市场部 2027年Q1 OKR —— 华东区", False),
        ("渠道部 2027年Q1 OKR —— 江苏省（草稿）", False),
    ],
)
def test_personal_work_set_gives_its_key_results_an_owner(title, owned):
    rv = review(title + KRS, config=NO_MODEL)
    kr = rv.objectives[0].key_results[0]
    status = {c.rule_id: c.status for c in kr.checks}["kr-no-owner"]
    assert status == ("pass" if owned else "fail"), title


def test_name_before_a_bracket_is_the_sets_owner():
    rv = review("2026-2027学年第二学期 辅导员个人工作OKR —— 王一鸣（计算机学院2024级）" + KRS)
    assert rv.owner is not None and rv.owner.name == "王一鸣"


# -- the API as another tool calls it (decision 1543) -------------------------------------------

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from service.app import create_app  # noqa: E402
from service.settings import Settings  # noqa: E402

ZH_DRAFT = "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：NPS 从 30 提升到 45\n"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("tester18") / "fb.sqlite3"
    with TestClient(create_app(Settings(feedback_db=str(db), warm_up=False))) as c:
        yield c


@pytest.mark.parametrize(
    ("tag", "lang"), [("zh-CN", "zh"), ("zh_Hans", "zh"), ("en-US", "en"), ("en-GB", "en")]
)
def test_review_takes_the_regional_tags_v2_check_takes(client, tag, lang):
    r = client.post("/v1/review", json={"text": ZH_DRAFT, "language": tag, "ui_language": tag})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ui_language"] == lang
    said = body["findings"][0]["message"]
    assert any("\u4e00" <= c <= "\u9fff" for c in said) == (lang == "zh"), said


@pytest.mark.parametrize("tag", ["ja-JP", "fr", "de-DE", "english"])  # zh-TW is zh now (6234)
def test_review_still_refuses_other_languages(client, tag):
    r = client.post("/v1/review", json={"text": ZH_DRAFT, "language": tag})
    assert r.status_code == 422
    assert "language" in r.json()["detail"]


@pytest.mark.parametrize(
    ("body", "ctype", "said"),
    [
        ('{"text": "x", "language": "zh-CN"}', "application/json", "application/json"),
        ("text=x", "text/plain", "text/plain"),
    ],
)
def test_lt_check_says_which_body_it_takes(client, body, ctype, said):
    r = client.post("/v2/check", content=body.encode(), headers={"Content-Type": ctype})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "application/x-www-form-urlencoded" in detail and said in detail
    assert "/v1/review" in detail


def test_lt_check_says_the_text_came_in_the_query_string(client):
    r = client.post(
        "/v2/check",
        params={"text": ZH_DRAFT, "language": "zh-CN"},
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 422
    assert "query string" in r.json()["detail"]
    # the form itself is read as before
    r = client.post("/v2/check", data={"text": ZH_DRAFT, "language": "zh-CN"})
    assert r.status_code == 200 and r.json()["language"]["code"] == "zh-CN"


# -- Slack's bold around a labelled line (decision 1542) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "*O1 Win the regional cup in Q3*\n• KR1 Crew 2k erg average under 6:35 by 1 June @tom",
            ["Win the regional cup in Q3", "Crew 2k erg average under 6:35 by 1 June @tom"],
        ),
        (
            "_O1 Grow a club people stay in, Q3_\n- KR1 Members from 80 to 120 (owner: Jess)",
            ["Grow a club people stay in, Q3", "Members from 80 to 120 (owner: Jess)"],
        ),
        (
            "*目标1：拿下区域杯冠军（Q3）*\n• KR1 2公里测功仪平均成绩进入6分35秒 @汤姆",
            ["拿下区域杯冠军（Q3）", "2公里测功仪平均成绩进入6分35秒 @汤姆"],
        ),
    ],
)
def test_a_lone_closing_emphasis_mark_is_no_wording(text, want):
    rv = review(text, config=NO_MODEL)
    items = [i for o in rv.objectives for i in [o, *o.key_results]]
    assert [i.text for i in items] == want
    for i in items:  # spans still point at the wording in the input
        assert text[i.span.start : i.span.end] == i.text


def test_a_closing_mark_before_mentions_and_blanks_that_stay():
    text = (
        "*Objective: Win the regional cup in Q3* 🏆\n"
        "- *KR1: Crew 2k erg average under 6:35 by 1 June* @tom\n"
        "- KR2: Raise NPS to _ by June (owner: Tom)\n"
        "- KR3: Keep user_id coverage at 100% by June (owner: Tom)\n"
    )
    rv = review(text, config=NO_MODEL)
    assert "*" not in rv.objectives[0].text and rv.objectives[0].text.endswith("🏆")
    krs = [k.text for k in rv.objectives[0].key_results]
    assert "*" not in krs[0] and krs[0].endswith("@tom")
    assert krs[1] == "Raise NPS to _ by June (owner: Tom)"  # a blank to fill, not a mark
    assert krs[2].startswith("Keep user_id coverage")
    assert rv.objectives[0].key_results[0].owner == "tom"


# -- reports made wrong, late or not at all are bad events (decision 1544) -----------------------


def _kr_rules(kr: str) -> set[str]:
    rv = review(f"{ZH_OBJ}\n关键结果1：{kr}", config=NO_MODEL)
    return {f.rule_id for f in rv.findings if f.target == "o1.kr1"}


@pytest.mark.parametrize(
    "kr",
    ["尽量减少广播错报", "广播错报次数降到每月2次以下", "疫情迟报、瞒报0起", "错报率由2%降至0.5%"],
)
def test_wrong_late_or_hidden_reports_are_bad_events(kr):
    assert "kr-negative-phrasing" in _kr_rules(kr)


@pytest.mark.parametrize("kr", ["纠错报告采纳率从40%提升到60%", "不良事件主动上报率达到100%"])
def test_reports_that_should_rise_are_not(kr):
    assert "kr-negative-phrasing" not in _kr_rules(kr)
