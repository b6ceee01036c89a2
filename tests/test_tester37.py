"""What a new user touches, tried with fresh eyes (tester37): a language forced on a draft
written in the other one, said in `warnings`; (more below, one section per fix)."""

from __future__ import annotations

import json

import pytest

from coach import review
from coach.cli import main
from tests import test_tester32

# My own drafts: a library's lending desk, in Chinese; a deploy team's, in English.
LIBRARY_ZH = (
    "# 图书馆借阅组 2026年Q4 OKR\n"
    "目标1：让读者在十分钟内借到想要的书（负责人：王敏）\n"
    "关键结果1：上线自助借还机\n"
    "关键结果2：热门书等候天数从12天缩短到5天\n"
)
DEPLOY_EN = (
    "# Platform team — Q3 2027\n"
    "Objective 1: Make deploys boring for every product team (owner: Ana Ruiz)\n"
    "KR1: Cut p95 deploy time from 40 min to 12 min\n"
    "KR2: Ship the new rollback button\n"
)


client = test_tester32.client


# -- a forced language that the draft is not written in ------------------------------------
def test_forced_english_on_a_chinese_draft_warns():
    r = review(LIBRARY_ZH, language="en")
    [w] = r.warnings
    assert w.code == "language_mismatch"
    assert w.language == "zh"
    assert w.items == ["o1", "o1.kr1", "o1.kr2"]
    assert "read the draft as English" in w.message and "all its items" in w.message


def test_forced_chinese_on_an_english_draft_warns_in_chinese():
    [w] = review(DEPLOY_EN, language="zh").warnings
    assert w.code == "language_mismatch" and w.language == "en"
    assert w.message.startswith("这次评审指定按中文读") and "全部 3 条都是用英文写的" in w.message


def test_one_item_in_the_other_language_is_named():
    draft = DEPLOY_EN + "KR3: 发布成功率从91%提升到99%\n"
    [w] = review(draft, language="en").warnings
    assert w.items == ["o1.kr3"]
    assert "1 of its 4 items is written in Chinese: it was read as English" in w.message


@pytest.mark.parametrize(
    ("draft", "language"),
    [(LIBRARY_ZH, "zh"), (LIBRARY_ZH, "auto"), (DEPLOY_EN, "en"), (DEPLOY_EN, "auto")],
)
def test_the_drafts_own_language_or_auto_gives_no_warning(draft, language):
    assert review(draft, language=language).warnings == []


def test_cli_and_api_show_the_mismatch(tmp_path, capsys, client):
    path = tmp_path / "library.txt"
    path.write_text(LIBRARY_ZH, encoding="utf-8")
    main(["review", str(path), "--lang", "en", "--no-explain"])
    assert capsys.readouterr().out.startswith("Note: The review was asked to read the draft")
    main(["review", str(path), "--lang", "en", "--format", "json"])
    assert json.loads(capsys.readouterr().out)["warnings"][0]["code"] == "language_mismatch"
    res = client.post("/v1/review", json={"text": LIBRARY_ZH, "language": "en"})
    assert [w["code"] for w in res.json()["warnings"]] == ["language_mismatch"]
    res = client.post("/v1/review", json={"text": LIBRARY_ZH})
    assert res.json()["warnings"] == []


# -- the tree infers no parent from one shared word (decision 5441) --------------------------
def _parents(text: str, semantic: bool = False) -> dict[str, tuple[str, str | None] | None]:
    from coach.config import Config
    from coach.cycle.tree import tree

    r = tree(text, config=Config(semantic=semantic))
    return {
        n.id: (n.parent.objective, n.parent.via) if n.parent else None
        for n in r.objectives
        if n.level != "company"
    }


BAKERY_EN = (
    "# Q2 2027 OKRs\n\n## Company OKRs\n"
    "Objective 1: Never run out of bread before 6pm in any shop\n"
    "KR1: Sold-out hours per shop per day from 2 to 0.5\n"
    "KR2: Afternoon bake share from 20% to 35% of output\n\n"
    "## Personal OKRs — Priya\n"
    "Objective 1: Become a certified sourdough trainer\n"
    "KR1: Pass the sourdough trainer exam by May\n"
    "KR2: Train 4 shop bakers on starter care\n"
)
BAKERY_ZH = (
    "# 2027年第二季度 OKR\n\n## 公司OKR\n"
    "目标1：让每家门店下午六点前都不断货\n"
    "关键结果1：每家门店每天断货时长从2小时缩短到半小时\n"
    "关键结果2：下午出炉的面包占比从20%提升到35%\n\n"
    "## 个人OKR（张蕾）\n"
    "目标1：拿到高级裱花师证书\n"
    "关键结果1：5月底前通过高级裱花考试\n"
    "关键结果2：带4名门店新人学会基础裱花\n"
)


@pytest.mark.parametrize("text", [BAKERY_EN, BAKERY_ZH])
@pytest.mark.parametrize("semantic", [False, True])
def test_one_shared_word_infers_no_parent(text, semantic):
    assert _parents(text, semantic) == {"o2": None}


def test_two_shared_words_still_infer_a_parent():
    text = BAKERY_EN.replace("Train 4 shop bakers", "Cut sold-out hours in 2 shop kitchens")
    assert _parents(text) == {"o2": ("o1", "hour, sell, shop")}
    text = BAKERY_ZH.replace("带4名门店新人学会基础裱花", "门店断货时长从1小时缩短到半小时")
    [(parent, via)] = _parents(text).values()
    assert parent == "o1" and "门店" in via and "断货" in via


def test_as_many_words_shared_with_two_parents_infers_neither():
    text = (
        "## Company OKRs\n"
        "Objective 1: Win the lunch crowd in every shop this quarter\n"
        "KR1: Lunch sales per shop from 300 to 450\n"
        "Objective 2: Make our coffee the reason people visit\n"
        "KR1: Coffee sales per shop from 200 to 320\n\n"
        "## Shop team OKRs\n"
        "Objective 1: Serve every order in under 4 minutes\n"
        "KR1: Sales per shop hour from 60 to 75\n"
    )
    assert _parents(text) == {"o3": None}


# -- "(KR1)" in a check-in where two objectives have a KR1 (decision 5442) --------------------
BAKERY_OKRS_EN = (
    "## Our Q1 OKRs\n"
    "Objective 1: Never run out of bread before 6pm\n"
    "KR1: Daily sold-out hours from 3 to 0.5\n"
    "KR2: Morning bake ready by 7am on 95% of days\n"
    "Objective 2: Make members come back every week\n"
    "KR1: Weekly member repeat rate from 25% to 40%\n"
    "KR2: Member satisfaction from 4.1 to 4.6\n\n"
)
BAKERY_OKRS_ZH = (
    "## 本季度OKR\n"
    "目标1：让每家门店下午六点前都不断货\n"
    "关键结果1：每天断货时长从3小时缩短到半小时\n"
    "关键结果2：早班面包7点前出炉的天数占比达到95%\n"
    "目标2：让会员愿意每周都来\n"
    "关键结果1：会员周复购率从25%提升到40%\n"
    "关键结果2：会员满意度从4.1分提升到4.6分\n\n"
)


def _checkin(text: str, semantic: bool = False):
    from coach.config import Config
    from coach.cycle.checkin import checkin

    return checkin(text, config=Config(semantic=semantic))


@pytest.mark.parametrize(
    ("text", "task", "chosen", "shared"),
    [
        (
            BAKERY_OKRS_EN + "## This week's priorities\n1. P2 Call 30 members about their "
            "satisfaction (KR2)\n",
            "t1",
            "o2.kr2",
            "member",
        ),
        (
            BAKERY_OKRS_ZH + "## 本周关注的任务\n1. P2 做一次会员满意度回访（KR2）\n",
            "t1",
            "o2.kr2",
            "会员",
        ),
    ],
)
def test_a_kr_number_two_objectives_have_is_chosen_and_flagged(text, task, chosen, shared):
    r = _checkin(text)
    [t] = r.tasks
    assert t.link.target == chosen and t.link.method == "lexical" and shared in t.link.shared
    assert t.link.ref in ("KR2",) and t.link.candidates == ["o1.kr2", "o2.kr2"]
    assert t.link.confidence < 1.0
    [f] = [f for f in r.findings if f.rule_id == "checkin-task-ref-ambiguous"]
    assert f.target == task
    assert "O1.KR2" in f.message and "O2.KR2" in f.message and chosen in f.message


def test_a_kr_number_with_its_objective_or_one_objective_is_no_ambiguity():
    text = BAKERY_OKRS_EN + "## This week's priorities\n1. P1 Add an afternoon oven run (O1.KR1)\n"
    r = _checkin(text)
    assert r.tasks[0].link.method == "stated" and r.tasks[0].link.candidates == []
    assert not [f for f in r.findings if f.rule_id == "checkin-task-ref-ambiguous"]
    one = BAKERY_OKRS_EN.split("Objective 2")[0] + "\n## This week's priorities\n1. P1 Add an "
    r = _checkin(one + "afternoon oven run (KR1)\n")
    assert r.tasks[0].link.method == "stated" and r.tasks[0].link.target == "o1.kr1"


def test_the_text_report_says_which_krs_the_number_may_be():
    from coach.cycle.render import checkin_text

    text = BAKERY_OKRS_ZH + "## 本周关注的任务\n1. P2 做一次会员满意度回访（KR2）\n"
    out = checkin_text(_checkin(text), text)
    assert "→ o2.kr2（“KR2”可能是 o1.kr2 或 o2.kr2；共同的词：" in out


# -- an owner written before the key result's wording (decision 5443) -------------------------
page_server = test_tester32.page_server
chromium_browser = test_tester32.chromium_browser

DEPLOY_OWNERS_EN = (
    "# Platform reliability — Q3 2027\n\n"
    "Objective 1: Make deploys boring for every product team\n"
    "KR 1.1 Owner: Lead SRE — reduce failed deploys as much as possible\n"
    "KR 1.2 Owner: Priya Nair — raise deploy success rate from 91% to 99%\n"
    "KR 1.3 Release manager: ship one-click rollback for all 14 services\n"
)
DEPLOY_OWNERS_ZH = (
    "# 平台组 2027年第三季度 OKR\n"
    "目标1：让每个产品团队的发布都变得无聊又可靠\n"
    "关键结果1.1 负责人：运维主管 —— 发布耗时 P95 从40分钟缩短到12分钟\n"
    "关键结果1.2 负责人：刘洋 —— 尽量提高发布成功率\n"
    "关键结果1.3 发布经理：上线一键回滚\n"
)


def _wordings(text: str) -> list[tuple[str, str | None]]:
    r = review(text)
    return [
        (kr.text[kr.owned_by.lead :], kr.owned_by.name if kr.owned_by.lead else None)
        for o in r.objectives
        for kr in o.key_results
    ]


def test_an_owner_written_first_is_measured_off_the_wording():
    assert _wordings(DEPLOY_OWNERS_EN) == [
        ("reduce failed deploys as much as possible", "Lead SRE"),
        ("raise deploy success rate from 91% to 99%", "Priya Nair"),
        ("ship one-click rollback for all 14 services", "Release manager"),
    ]
    assert _wordings(DEPLOY_OWNERS_ZH) == [
        ("发布耗时 P95 从40分钟缩短到12分钟", "运维主管"),
        ("尽量提高发布成功率", "刘洋"),
        ("上线一键回滚", "发布经理"),
    ]


def test_an_owner_elsewhere_on_the_line_leads_nothing():
    r = review(
        "目标：本季度让新用户爱上我们的产品\n关键结果1：NPS 从 30 提升到 45（负责人：李雷）\n"
    )
    kr = r.objectives[0].key_results[0]
    assert kr.owned_by.name == "李雷" and kr.owned_by.lead == 0


@pytest.mark.parametrize(
    ("text", "item", "rewrite"),
    [
        (
            DEPLOY_OWNERS_EN,
            "o1.kr1",
            "Owner: Lead SRE — Raise change success rate from [baseline] to [target]",
        ),
        (DEPLOY_OWNERS_ZH, "o1.kr2", "负责人：刘洋 —— 发布成功率从[基线]提升到[目标值]"),
    ],
)
def test_the_dash_after_an_owner_written_first_is_no_part_of_the_wording(text, item, rewrite):
    # before, the dash began the wording: "Which number shows “— reduce failed deploys …”?"
    r = review(text)
    found = [f for f in r.findings if f.target == item]
    said = [s.text for f in found for s in f.suggestions]
    assert not any("“—" in s for s in said), said
    [f] = [f for f in found if f.rule_id == "kr-not-quantified"]
    assert [s.text for s in f.suggestions if s.kind == "rewrite"] == [rewrite]


@pytest.mark.parametrize(
    ("locale", "draft"), [("en-US", DEPLOY_OWNERS_EN), ("zh-CN", DEPLOY_OWNERS_ZH)]
)
def test_the_page_heads_a_key_result_with_its_wording(chromium_browser, page_server, locale, draft):
    context = chromium_browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(page_server + "/")
    page.wait_for_selector("body[data-app='ready'] .cm-content")
    page.fill(".cm-content", draft)
    page.wait_for_selector('section[data-item="o1.kr3"] .item-head', timeout=20000)
    head = page.locator('section[data-item="o1.kr1"] > .item-row .item-text')
    owner = head.locator(".item-owner").inner_text()
    assert owner in ("Lead SRE", "运维主管")
    wording = head.inner_text().replace(owner, "").strip()
    assert wording.startswith(("reduce failed deploys", "发布耗时")), wording
    assert "Owner" not in wording and "负责人" not in wording and "—" not in wording
    kr3 = page.locator('section[data-item="o1.kr3"] > .item-row .item-text').inner_text()
    assert kr3.startswith(("ship one-click", "上线一键回滚")), kr3
    context.close()


# -- a grade in brackets closing the key result (decision 5444) -------------------------------
def _grades(text: str) -> list[tuple[float | None, str | None]]:
    from coach.config import Config
    from coach.cycle.grading import grade

    r = grade(text, config=Config(semantic=False))
    return [(k.score, k.status) for o in r.objectives for k in o.key_results]


def test_a_grade_in_brackets_is_read_in_both_languages():
    zh = (
        "# 烘焙店运营组 2027年第一季度 OKR 打分\n"
        "目标1：让每家门店下午六点前都不断货\n"
        "关键结果1：早班面包7点前出炉的天数占比达到95%（1.0，完成）\n"
        "关键结果2：会员周复购率从25%提升到40% 【0.4】\n"
        "关键结果3：每天断货时长从3小时缩短到半小时（0.3）\n"
        "关键结果4：会员满意度从4.1分提升到4.6分 [0.7]\n"
    )
    assert _grades(zh) == [(1.0, "完成"), (0.4, None), (0.3, None), (0.7, None)]
    en = (
        "# Bakery ops — Q1 2027 grading\n"
        "Objective 1: Never run out of bread before 6pm\n"
        "KR1: Morning bake ready by 7am on 95% of days (1.0, done)\n"
        "KR2: Weekly member repeat rate from 25% to 40% 【0.4】\n"
        "KR3: Daily sold-out hours from 3 to 0.5 (0.3)\n"
        "KR4: Member satisfaction from 4.1 to 4.6 (0.5 - half done)\n"
    )
    assert _grades(en) == [(1.0, "done"), (0.4, None), (0.3, None), (0.5, "half done")]


def test_a_number_in_brackets_that_is_no_grade_stays_in_the_wording():
    text = (
        "Objective: Grow the team\nKR1: Hire 2 engineers (1)\nKR2: Keep p95 latency below 0.5 s\n"
        "KR3: Cut churn from 5% to 3% 0.7\n"
    )
    assert _grades(text) == [(None, None), (None, None), (0.7, None)]


# -- a word every KR of one objective shares names that objective, with two objectives (5445) --
@pytest.mark.parametrize(
    ("text", "task"),
    [
        (BAKERY_OKRS_EN + "## Next four weeks\n- Week 8: member day\n", "Week 8: member day"),
        (BAKERY_OKRS_ZH + "## 未来四周的计划\n- 第8周：会员日活动\n", "第8周：会员日活动"),
    ],
)
def test_a_word_all_of_one_objectives_krs_share_links_the_objective(text, task):
    r = _checkin(text)
    [p] = r.plan
    assert p.text.endswith(task)
    assert p.link is None and p.objective == "o2"


# -- the /cycle page: a finding's severity in the page's language; an ambiguous "(KR2)" --------
def test_cycle_page_says_severity_in_chinese_and_the_krs_a_number_may_be(
    chromium_browser, page_server
):
    context = chromium_browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(page_server + "/cycle")
    page.click("#tab-checkin")
    page.fill(
        "#checkin-text",
        BAKERY_OKRS_ZH + "## 本周关注的任务\n1. P2 做一次会员满意度回访（KR2）\n",
    )
    page.click('[data-run="checkin"]')
    page.wait_for_selector('#checkin-results li.finding[data-rule="checkin-task-ref-ambiguous"]')
    head = page.locator(
        '#checkin-results li.finding[data-rule="checkin-task-ref-ambiguous"] .rule'
    ).inner_text()
    assert head == "提示 · checkin-task-ref-ambiguous · t1"
    link = page.locator('#checkin-results .tasks li[data-id="t1"] .link').inner_text()
    assert "“KR2”可能是 o1.kr2 或 o2.kr2；共同的词：" in link
    context.close()
