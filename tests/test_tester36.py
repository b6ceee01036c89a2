"""What a new user touches, tried with fresh eyes (tester36): a check-in's status and indicators
under short headings, a task's link when two key results share as many of its words, and the
Chinese of the API's option errors."""

from __future__ import annotations

import pytest
import test_tester32

from coach.config import Config
from coach.cycle.checkin import checkin

client = test_tester32.client
page_server = test_tester32.page_server
chromium_browser = test_tester32.chromium_browser

OKRS_EN = """# Data platform check-in — week 4

## Our Q2 OKRs
Objective 1: Make our nightly reports arrive before the morning standup
KR1: Nightly pipeline finishing by 6am on 95% of days, up from 60%
KR2: Report freshness complaints from 20 per month to 3

## This week's priorities
1. P1 Split the orders job into two parallel stages (KR1)
2. P2 Add retries to the warehouse loader (KR1)

## Next four weeks
- Week 5: move the heaviest job to the new cluster (KR2)
"""

OKRS_ZH = """# 财务组 第5周周报

目标1：让月度结账又快又准（负责人：孙丽）
关键结果1：月结天数从8天缩短到4天
关键结果2：凭证差错率从2%降到0.5%

## 本周重点
- P1 梳理应付账款的审批流程（关键结果1）
- P2 清理上月未匹配的银行流水（关键结果2）

## 未来四周
- 第6周：上线自动对账脚本（关键结果1）
"""


def _quiet() -> Config:
    return Config(semantic=False)


# -- decision 5250: "## Status" / "confidence 7/10", "## Indicators" / "## 指标" ----------------
@pytest.mark.parametrize(
    ("status", "value", "change"),
    [
        ("## Status\nconfidence 7/10\n", 0.7, None),
        (
            "## Status\n- Overall: 6/10, down from 8/10 because the loader keeps timing out\n",
            0.6,
            "down",
        ),
        (
            "## Current status\nConfidence: 5/10 (was 5/10), the new cluster arrives on time\n",
            0.5,
            "same",
        ),
        ("Confidence 8/10, up from 6/10 after the first parallel run\n", 0.8, "up"),
    ],
)
def test_status_heading_and_bare_confidence_line_are_the_okr_status(status, value, change):
    text = OKRS_EN + "\n" + status + "\n## Indicators\n- Team load: green\n"
    r = checkin(text, config=_quiet())
    assert [c.value for c in r.confidence] == [value]
    assert r.confidence[0].change == change
    assert "confidence" in r.sections
    assert not [f for f in r.findings if f.rule_id == "checkin-confidence-missing"]


@pytest.mark.parametrize("heading", ["## Indicators", "## Other indicators", "### Indicators"])
def test_indicators_heading_alone_heads_the_indicators(heading):
    text = OKRS_EN + "\n## Status\nconfidence 7/10\n\n" + heading + "\n- Team load: green\n"
    r = checkin(text, config=_quiet())
    assert [(i.text, i.color) for i in r.indicators] == [("Team load: green", "green")]
    # the indicator is no key result of a second objective, and no quadrant is missing
    assert [k.id for k in r.key_results] == ["o1.kr1", "o1.kr2"]
    assert not [f for f in r.findings if f.rule_id == "checkin-missing-section"]


@pytest.mark.parametrize(
    ("status", "value", "change", "reason"),
    [
        ("## 状态\n信心 6/10，比上周低，因为ERP升级推迟\n", 0.6, "down", "ERP升级推迟"),
        (
            "## 当前状态\n信心指数 8/10，比上周高，因为自动对账试跑顺利\n",
            0.8,
            "up",
            "自动对账试跑顺利",
        ),
        ("信心 7/10，低于上周，因为两位同事休假\n", 0.7, "down", "两位同事休假"),
    ],
)
def test_chinese_status_heading_and_bare_confidence_line(status, value, change, reason):
    text = OKRS_ZH + "\n" + status + "\n## 指标\n- 团队负荷：黄\n- 系统稳定：绿\n"
    r = checkin(text, config=_quiet())
    assert [(c.value, c.change, c.reason) for c in r.confidence] == [(value, change, reason)]
    assert [i.color for i in r.indicators] == ["yellow", "green"]
    assert [k.id for k in r.key_results] == ["o1.kr1", "o1.kr2"]
    assert not [
        f
        for f in r.findings
        if f.rule_id
        in (
            "checkin-confidence-missing",
            "checkin-missing-section",
            "checkin-confidence-unexplained",
        )
    ]


def test_a_confidence_word_in_a_task_is_still_a_task():
    text = OKRS_EN.replace(
        "2. P2 Add retries",
        "2. P2 Raise the loader's confidence checks to 3/5 stages (KR1)\n3. P2 Add",
    )
    text += "\n## Status\nconfidence 7/10, same as last week, the cluster is on order\n"
    text += "\n## Indicators\n- Team load: green\n"
    r = checkin(text, config=_quiet())
    assert len(r.tasks) == 3
    assert [c.value for c in r.confidence] == [0.7]


# -- decision 5251: a tie between two key results is the encoder's to break ---------------------
TIE_EN = """# Support check-in — week 3

Objective 1: Solve customer problems the same day they arrive
KR1: Median resolution time from 30 hours to 8 hours
KR2: 85% of tickets answered within one hour
KR3: CSAT from 86% to 93%

## This week's priorities
1. P1 Send a CSAT survey on last month's tickets

## Next four weeks
- Week 4: pair new agents on the phone queue

## OKR status
Confidence: 6/10, same as last week, two agents still in training

## Other status indicators
- Team load: yellow
"""


def test_a_task_sharing_one_word_with_each_of_two_krs_goes_to_the_closer_one():
    r = checkin(TIE_EN)
    t1 = r.tasks[0]
    assert t1.link is not None
    assert (t1.link.target, t1.link.method, t1.link.shared) == ("o1.kr3", "lexical", ["csat"])


def test_without_the_encoder_a_tie_is_read_as_before():
    r = checkin(TIE_EN, config=_quiet())
    assert r.tasks[0].link is not None and r.tasks[0].link.method == "lexical"


def test_a_task_sharing_more_words_with_one_kr_keeps_it():
    text = TIE_EN.replace(
        "1. P1 Send a CSAT survey on last month's tickets",
        "1. P1 Answer the open tickets older than one hour",
    )
    r = checkin(text)
    assert r.tasks[0].link is not None
    assert (r.tasks[0].link.target, r.tasks[0].link.method) == ("o1.kr2", "lexical")


# -- decision 5252: the API's option errors in Chinese -------------------------------------------
ZH = {"Accept-Language": "zh-CN"}
DRAFT = "目标：本季度让门店顾客更快买单\n关键结果1：高峰期排队时间从12分钟缩短到5分钟 0.7"


@pytest.mark.parametrize(
    ("path", "body", "said"),
    [
        ("/v1/review", {"text": DRAFT, "select": ["kr-nope"]}, "'kr-nope' 不是任何规则"),
        ("/v1/review", {"text": DRAFT, "ignore": ["zz"]}, "'zz' 不是任何规则"),
        (
            "/v1/review",
            {"text": DRAFT, "severity": {"kr-nope": "info"}},
            "没有 id 为 'kr-nope' 的规则",
        ),
        ("/v1/grade", {"text": DRAFT, "select": ["grade-nope"]}, "不是任何 grade 规则"),
        ("/v1/grade", {"text": DRAFT, "severity": {"grade-nope": "info"}}, "的 grade 规则"),
        ("/v1/tree", {"text": DRAFT, "select": ["tree-nope"]}, "不是任何 tree 规则"),
        (
            "/v1/checkin",
            {
                "text": "本周任务：\n- P1 排班（关键结果1）",
                "okrs": DRAFT,
                "ignore": ["checkin-nope"],
            },
            "不是任何 checkin 规则",
        ),
        (
            "/v1/examples/similar",
            {"text": DRAFT, "target": "o7.kr2", "rule_id": "kr-is-task"},
            "草稿里没有 id 为 'o7.kr2'",
        ),
    ],
)
def test_option_errors_are_said_in_chinese(client, path, body, said):
    r = client.post(path, json=body, headers=ZH)
    assert r.status_code == 422, r.text
    data = r.json()
    assert data["code"] == "bad_option"
    assert said in data["detail"]
    assert data["detail"] == data["messages"]["zh"]
    # the English is there for an English client, not inside the Chinese
    for english in ("matches no", "unknown rule", "has no item"):
        assert english not in data["messages"]["zh"]
    assert client.post(path, json=body).json()["detail"] == data["messages"]["en"]


def test_enabled_only_without_rules_is_said_in_chinese(client):
    r = client.post(
        "/v2/check",
        data={"text": "目标：提升品牌", "language": "zh-CN", "enabledOnly": "true"},
        headers=ZH,
    )
    assert r.status_code == 422
    assert r.json()["detail"] == "enabledOnly=true 时要用 enabledRules 给出要检查的规则。"


def test_library_option_errors_carry_their_chinese():
    from coach.config import Config as C
    from coach.errors import ConfigError, InputError

    with pytest.raises(ConfigError) as e:
        C(select=("nope",)).validate(["kr-is-task"])
    assert e.value.message_zh.startswith("select：'nope' 不是任何规则")
    with pytest.raises(InputError) as e2:
        checkin("本周任务：\n- P1 排班", okrs=DRAFT, ui_language="fr")
    assert e2.value.messages["zh"] == "ui_language 只能是 'zh' 或 'en'，不能是 'fr'。"


# -- decision 5252: a structured draft's errors in Chinese say what the JSON needs ---------------
@pytest.mark.parametrize(
    ("draft", "zh"),
    [
        (
            {"objectives": []},
            'objectives 是空的。请至少给出一个目标，例如 {"objectives": [{"text": "本季度让客户爱上我们的服务", '
            '"key_results": [{"text": "NPS 从 30 提升到 45"}]}]}',
        ),
        (
            {
                "objectives": [
                    {"text": "赢下华北市场", "key_results": ["新开40家门店", {"text": 7}]}
                ]
            },
            "objectives[0].key_results[1].text 必须是非空的字符串。",
        ),
        (
            {"objectives": [{"text": "赢下华北市场", "level": "城市"}]},
            "objectives[0].level 只能是 'company'、'team' 或 'personal'（公司/团队/个人），不能是 '城市'。",
        ),
        ({"foo": 1}, "输入要有一个 'objectives' 列表（或者本身就是目标的列表）。"),
        (
            {"objectives": [{"text": "赢下华北市场", "priority": True}]},
            "objectives[0].priority 必须是 'P1' 这样的字符串或一个数字。",
        ),
    ],
)
def test_structured_draft_errors_in_chinese(client, draft, zh):
    r = client.post("/v1/review", json={"draft": draft}, headers=ZH)
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == zh
    # the pasted draft's advice ("以“目标：”或“O:”开头") is not given for JSON
    assert "开头" not in r.json()["detail"]


@pytest.mark.parametrize("note", ["Status: on track", "状态：进行中"])
def test_a_status_note_with_words_is_no_quadrant(note):
    from coach.cycle.checkin import _section_of

    assert _section_of(note) is None
    assert _section_of(note.split(":")[0].split("：")[0]) is not None  # alone, it heads one


# -- the cycle page says how a task was linked, in its language, as the command line does ---------
PAGE_OKRS = "目标1：让门店顾客十分钟内买完离开（负责人：赵敏）\n关键结果1：高峰期平均排队时间从12分钟缩短到5分钟\n关键结果2：自助收银使用率从20%提升到45%\n"
PAGE_CHECKIN = (
    "## 本周重点\n- P1 在三家门店试点自助收银引导员（关键结果2）\n- P1 把高峰期排班从两人加到三人\n"
    "## 未来四周\n- 第4周：统计试点门店的排队时长\n"
    "## 状态\n信心 6/10（上周 7/10），因为两台收银机还没到货\n## 指标\n- 人手：黄\n"
)


def _cycle_tab(browser, server: str, kind: str, locale: str = "zh-CN"):
    """A context and a page of /cycle, on the tab of `kind` (grade, checkin, tree)."""
    context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/cycle")
    page.wait_for_selector(f"#{kind}-text", state="attached")
    page.click(f"#tab-{kind}")
    return context, page


@pytest.mark.parametrize(
    ("locale", "stated", "shared", "confidence"),
    [
        (
            "zh-CN",
            "（写明）",
            "（共同的词：高峰期）",
            "6/10 ↓（上周 7/10），因为两台收银机还没到货",
        ),
        (
            "en-US",
            "(stated)",
            "(shared words: 高峰期)",
            "6/10 ↓ (was 7/10), because 两台收银机还没到货",
        ),
    ],
)
def test_cycle_page_says_how_each_task_is_linked(
    chromium_browser, page_server, locale, stated, shared, confidence
):
    context, page = _cycle_tab(chromium_browser, page_server, "checkin", locale)
    page.fill("#checkin-okrs", PAGE_OKRS)
    page.fill("#checkin-text", PAGE_CHECKIN)
    page.click('[data-run="checkin"]')
    page.wait_for_selector('#checkin-results .tasks li[data-id="t1"]', timeout=20000)
    t1 = page.locator('#checkin-results .tasks li[data-id="t1"] .link').inner_text()
    t2 = page.locator('#checkin-results .tasks li[data-id="t2"] .link').inner_text()
    assert t1.endswith(stated) and t2.endswith(shared)
    assert "lexical" not in t2
    assert page.locator("#checkin-results .confidence li").first.inner_text() == confidence
    context.close()


# -- decision 5254: a grade after a colon or an arrow, a status alone in brackets ------------------
@pytest.mark.parametrize(
    ("kr", "score", "status", "left"),
    [
        (
            "Online bookings from 30% to 55% of all bookings: 0.3 (half done)",
            0.3,
            "half done",
            "Online bookings from 30% to 55% of all bookings",
        ),
        (
            "Same-day slot offered to 80% of callers → 1.0",
            1.0,
            None,
            "Same-day slot offered to 80% of callers",
        ),
        ("Error rate below 2%: 0.7", 0.7, None, "Error rate below 2%"),
        ("新客户转化率从10%提升到18%：0.7（完成）", 0.7, "完成", "新客户转化率从10%提升到18%"),
    ],
)
def test_grade_after_a_colon_or_arrow_following_the_target(kr, score, status, left):
    from coach.cycle.grading import grade

    label = "关键结果1：" if "新" in kr else "KR1: "
    head = (
        "目标1：让新客户更快下单\n"
        if "新" in kr
        else "Objective 1: Make booking a repair painless\n"
    )
    r = grade(head + label + kr + "\n", config=_quiet())
    k = r.objectives[0].key_results[0]
    assert (k.score, k.status, k.text) == (score, status, left)


@pytest.mark.parametrize(
    "kr", ["Cart completion rate: 0.7", "Goals conceded per game from 1.8 → 1.0", "缺陷密度：0.5"]
)
def test_a_value_after_a_colon_or_arrow_with_no_target_before_stays_the_value(kr):
    from coach.cycle.scores import read

    assert read(kr).score is None


@pytest.mark.parametrize(
    ("data", "zh"),
    [
        ('{"annotation": "x"}', 'data 必须是 {"annotation": [{"text": ...}, ...]} 这样的结构。'),
        ('{"annotation": [7]}', "annotation[0] 必须是对象。"),
        ('{"annotation": [{"text": "a", "markup": "<b>"}]}', "annotation[0] 必须有一个字符串的"),
        (
            '{"annotation": [{"markup": "<p>", "interpretAs": 3}]}',
            "annotation[0].interpretAs 必须是字符串。",
        ),
        ('{"annotation": [', "data 不是合法的 JSON（第 1 行第 17 列"),
    ],
)
def test_lt_data_errors_in_chinese(client, data, zh):
    r = client.post("/v2/check", data={"data": data, "language": "auto"}, headers=ZH)
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "invalid_structure"
    assert r.json()["detail"].startswith(zh)
    assert "must" not in r.json()["detail"]


# -- the tree's summary counts a child with no parent found --------------------------------------
def test_tree_summary_counts_children_with_no_parent_found():
    from coach.cycle.tree import tree

    text = (
        "## 公司OKR\n目标1：本季度拿下华东市场\n关键结果1：华东区新签客户20家\n关键结果2：华东区收入达到500万元\n\n"
        "## 行政部门OKR\n目标1：降低办公用品采购成本\n关键结果1：办公用品月均支出从4万元降到3万元\n"
    )
    r = tree(text, config=_quiet())
    assert any("1 个找不到上级（O2）" in line for line in r.summary), r.summary


# -- the command line says an option error in Chinese where the interface is Chinese --------------
@pytest.mark.parametrize(
    ("argv", "zh", "en"),
    [
        (
            ["review", "{f}", "--ui-lang", "zh", "--select", "kr-nope"],
            "--select：没有 id 为 'kr-nope' 的规则；是不是想写",
            None,
        ),
        (["review", "{f}", "--select", "kr-nope"], None, "--select: unknown rule id 'kr-nope'"),
        (
            ["grade", "{f}", "--ui-lang", "zh", "--ignore", "grade-nope"],
            "ignore：'grade-nope' 不是任何 grade 规则的 id 或 id 前缀",
            None,
        ),
        (
            ["grade", "{f}", "--ui-lang", "en", "--ignore", "grade-nope"],
            None,
            "ignore: 'grade-nope' matches no grade rule",
        ),
    ],
)
def test_cli_option_errors_follow_the_interface_language(tmp_path, capsys, argv, zh, en):
    from coach.cli import main

    f = tmp_path / "draft.txt"
    f.write_text(
        "Objective 1: Make booking a repair painless\nKR1: Online bookings from 30% to 55% 0.7\n",
        encoding="utf-8",
    )
    assert main([a.replace("{f}", str(f)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert (zh or en) in err
    if zh:
        assert "unknown" not in err and "matches no" not in err


RIDERS = """**目标：让骑手每单多赚一块钱（负责人：周航）**
- KR1：骑手平均单价从6.2元提升到7.2元
- KR2：骑手日均完成单数从28单提升到32单
- KR3：骑手月流失率从12%降到8%

**一、本周任务**
1. 【P1】上线午高峰加价规则（KR1）
2. 【P1】梳理骑手排班，减少空跑
3. 【P2】约10位流失骑手电话访谈

**二、未来四周**
1. 第2周：复盘加价规则对单价的影响

**三、信心指数**
6/10，比上周降了1分，原因是加价规则还在等法务确认

**四、状态指标**
- 骑手满意度 🟡
"""


@pytest.mark.parametrize("semantic", [True, False])
def test_a_word_every_kr_shares_points_at_the_objective_not_a_kr(semantic):
    r = checkin(RIDERS, config=Config(semantic=semantic))
    t2 = r.tasks[1]
    assert t2.link is None or t2.link.method == "semantic"
    if t2.link is None:
        assert t2.objective == "o1"
    t3 = r.tasks[2]
    assert t3.link is not None and (t3.link.target, t3.link.method) == ("o1.kr3", "lexical")
    assert r.plan[0].link is not None and r.plan[0].link.target == "o1.kr1"
    assert [c.change for c in r.confidence] == ["down"]
    assert all(k.this_week or k.next_weeks for k in r.key_results)


@pytest.mark.parametrize("okrs", [None, "目标：赢下华北市场\n关键结果1：新开40家门店"])
def test_an_empty_check_in_is_said_to_be_one(client, okrs):
    body = {"text": " \n "} | ({"okrs": okrs} if okrs else {})
    r = client.post("/v1/checkin", json=body, headers=ZH)
    assert r.status_code == 422 and r.json()["code"] == "empty"
    assert r.json()["detail"].startswith("周检查是空的")
    assert r.json()["messages"]["en"].startswith("the check-in is empty")


# -- a table's status column, converted to a draft and back, still grades the key result ----------
@pytest.mark.parametrize(
    ("row", "score", "status"),
    [
        ("Ship,Publish the new diagnostics guide,,done", 1.0, "done"),
        ("Ship,Publish the new diagnostics guide,,not done", 0.0, "not done"),
        ("上线,上线客户自助学习中心,,完成", 1.0, "完成"),
    ],
)
def test_a_status_column_alone_grades_the_key_result(tmp_path, row, score, status):
    from coach.cycle.grading import grade
    from coach.cycle.tables import read_table, rows_to_text

    header = "objective,key_result,score,status\n"
    table = header + row + "\n" + row.split(",")[0] + ",Second key result at 40%,0.7,\n"
    rows = read_table(table.encode("utf-8"), "okrs.csv")
    assert rows is not None
    text = rows_to_text(rows)
    k = grade(text, config=_quiet()).objectives[0].key_results[0]
    assert (k.score, k.status) == (score, status)


def test_checkin_text_says_an_indicators_colour_once_and_no_trailing_blank(tmp_path, capsys):
    from coach.cli import main

    f = tmp_path / "checkin.md"
    f.write_text(
        RIDERS.replace("6/10，比上周降了1分，原因是加价规则还在等法务确认", "6/10"),
        encoding="utf-8",
    )
    main(["checkin", str(f), "--no-explain", "--color", "never"])
    out = capsys.readouterr().out
    assert "  🟡 骑手满意度\n" in out
    assert "  整体 6/10\n" in out


def test_cycle_page_grades_and_tree_links_read_as_the_command_line(chromium_browser, page_server):
    context, page = _cycle_tab(chromium_browser, page_server, "grade")
    page.fill(
        "#grade-text",
        "Objective 1: Fix boilers on the first visit\nKR1: First-time fix rate from 71% to 85% — 0.7\n"
        "KR2: Publish the diagnostics guide — done\n",
    )
    page.click('[data-run="grade"]')
    page.wait_for_selector('#grade-table tr[data-id="o1.kr2"]', timeout=20000)
    assert page.locator('#grade-table tr[data-id="o1.kr2"] td').nth(2).inner_text() == "1.0"
    assert page.locator('#grade-table tr[data-id="o1"] td').nth(2).inner_text() == "0.85"
    page.click("#tab-tree")
    page.fill(
        "#tree-text",
        "# 2027年Q2 OKR\n\n## 公司OKR\n目标1：成为本地人最爱的面包店（负责人：陈总）\n"
        "关键结果1：周末客流从每店900人提升到1300人\n关键结果2：回头客占比从35%提升到50%\n\n"
        "## 门店运营部OKR\n目标1：下午六点前不断货（对齐公司O3）\n关键结果1：六点前售罄天数占比从40%降到10%\n",
    )
    page.click('[data-run="tree"]')
    page.wait_for_selector('#tree-results li[data-id="o2"]', timeout=20000)
    said = page.locator('#tree-results li[data-id="o2"]').first.inner_text()
    assert "encoder" not in said
    assert "← O1 (推断" in said
    context.close()


def test_too_many_structured_objectives_in_chinese(client):
    draft = {"objectives": [f"让第{i}家门店更好" for i in range(1, 61)]}
    r = client.post("/v1/review", json={"draft": draft}, headers=ZH)
    assert r.status_code == 413
    assert r.json()["detail"] == "草稿有 60 个目标，上限是 50。请一次评审一个团队的OKR。"


# -- a Markdown table inside a quadrant, and a trend word inside the reason -----------------------
TABLE_CHECKIN = """# Week 6 check-in — Growth

Objective 1: Make new users love the product in their first week
KR1: Day-7 retention of new users from 35% to 50%
KR2: 65% of new users finish the core action in week one

Objective 2: Turn trials into paying teams
KR1: Trial-to-paid from 8% to 12%

## This week
| Priority | Task | KR |
|---|---|---|
| P1 | Ship onboarding checklist v2 | O1 KR2 |
| P1 | Call 15 trial teams that went quiet | O2 KR1 |
| P2 | Fix the invite email typo | |

## Next 4 weeks
- Week 7: pricing page test (O2 KR1)

## Status
| Item | Confidence |
|:---|:---:|
| Overall | 6/10 (was 7/10) — pricing test slipped |
| O1 KR1 | 8/10, same as last week, the checklist is not out yet |

## Health
- Team morale: yellow
"""


def test_a_table_in_a_quadrant_is_read_row_by_row():
    r = checkin(TABLE_CHECKIN, config=_quiet())
    assert [(t.priority, t.link.target if t.link else None) for t in r.tasks] == [
        ("P1", "o1.kr2"),
        ("P1", "o2.kr1"),
        ("P2", None),
    ]
    assert r.tasks[0].text == "P1 | Ship onboarding checklist v2 | O1 KR2"
    assert TABLE_CHECKIN[r.tasks[0].span.start : r.tasks[0].span.end] == r.tasks[0].text
    assert [(c.target, c.value, c.change, c.reason) for c in r.confidence] == [
        ("set", 0.6, "down", "pricing test slipped"),
        ("o1.kr1", 0.8, "same", "the checklist is not out yet"),
    ]
    ids = {f.rule_id for f in r.findings}
    assert not ids & {
        "checkin-too-many-tasks",
        "checkin-task-no-priority",
        "checkin-confidence-unexplained",
    }


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Confidence: 5/10, down from 7/10", None),
        ("Confidence: 6/10, steady, no change", None),
        ("Confidence: 6/10 (was 7/10), two engineers fell ill", "two engineers fell ill"),
    ],
)
def test_a_trend_word_inside_the_reason_stays_in_it(line, reason):
    text = OKRS_EN + "\n## OKR status\n" + line + "\n\n## Other status indicators\n- Load: green\n"
    assert [c.reason for c in checkin(text, config=_quiet()).confidence] == [reason]


@pytest.mark.parametrize("path", ["/v1/rules/grade-missing", "/v1/examples?rule=checkin-kr-idle"])
def test_a_cycle_rule_id_in_the_draft_catalog_says_where_it_is(client, path):
    r = client.get(path, headers=ZH)
    assert r.status_code == 404 and r.json()["code"] == "unknown_rule"
    assert "GET /v1/cycle/rules" in r.json()["detail"]
    assert r.json()["detail"].startswith("'")
    assert "是季度打分、周检查或目标树的规则" in r.json()["detail"]
    assert client.get("/v1/rules/kr-nope").json()["detail"].startswith("no rule 'kr-nope'")


# -- the check-in's own sections after its quadrants are notes, not key results -------------------
NOTES_ZH = """# 增长组 第6周周检查

目标1：本季度让新用户在第一周就爱上我们的产品
关键结果1：新用户7日留存率从35%提升到50%
关键结果2：新用户首周完成核心操作的比例从40%提升到65%

## 本周关注的任务
- P1 上线新手清单第二版（关键结果2）

## 未来四周的计划
- 第7周：留存邮件系列（关键结果1）

## OKR当前的状态
信心指数：6/10（上周7/10），因为清单推迟了一周

## 其他状态指标
- 团队士气：绿色

## 风险与阻碍
- 法务还没批新的邮件文案
- 设计评审改到周四
"""


@pytest.mark.parametrize(
    "tail",
    [
        "",
        "\n**本周亮点**\n- 新欢迎页上线了\n",
        "\n## Wins\n- Shipped the new welcome screen\n",
    ],
)
def test_sections_after_the_quadrants_are_no_key_results(tail):
    r = checkin(NOTES_ZH + tail, config=_quiet())
    assert [k.id for k in r.key_results] == ["o1.kr1", "o1.kr2"]
    assert not [f for f in r.findings if f.rule_id == "checkin-kr-idle"]


def test_okrs_written_below_the_quadrants_are_still_read():
    text = (
        "## This week's priorities\n- P1 Ship onboarding checklist v2 (KR2)\n\n"
        "## Next four weeks\n- Week 7: retention email series (KR1)\n\n"
        "## OKR status\nConfidence: 6/10, same as last week, checklist on track\n\n"
        "## Other status indicators\n- Team morale: green\n\n"
        "## Our Q3 OKRs\nObjective 1: Make new users love the product in their first week\n"
        "KR1: Day-7 retention of new users from 35% to 50%\n"
        "KR2: 65% of new users finish the core action in week one\n"
    )
    r = checkin(text, config=_quiet())
    assert [k.id for k in r.key_results] == ["o1.kr1", "o1.kr2"]
    assert [t.link.target for t in r.tasks if t.link] == ["o1.kr2"]


@pytest.mark.parametrize(
    ("sign", "score", "kind"), [("✅", 1.0, "done"), ("✔️", 1.0, "done"), ("❌", 0.0, "not_done")]
)
def test_a_status_sign_grades_the_key_result(sign, score, kind):
    from coach.cycle.grading import grade

    text = (
        "Objective 1: Make booking a repair painless\n"
        f"KR1: Online bookings from 30% to 55% {sign}\nKR2: Evening slots in 3 cities — 0.7\n"
    )
    r = grade(text, config=_quiet())
    k = r.objectives[0].key_results[0]
    assert (k.score, k.status_kind) == (score, kind)
    assert not [f for f in r.findings if f.rule_id == "grade-missing"]


# -- a key result named with a Chinese numeral is stated ------------------------------------------
ZH_NUMERALS = """目标一：让月度结账又快又准（负责人：孙丽）
关键结果一：月结天数从8天缩短到4天
关键结果二：凭证差错率从2%降到0.5%
关键结果三：供应商付款准时率达到98%

## 本周关注的任务
- P1 梳理应付账款的审批流程（关键结果一）
- P1 核对上月凭证（对应关键结果二）
- P2 准备供应商对账单，先对一半（KR三）

## 未来四周的计划
- 第6周：上线自动对账脚本（关键结果一）

## OKR当前的状态
信心指数：6/10（上周7/10），因为ERP升级推迟
- 关键结果二：8/10，持平，差错主要来自一个供应商

## 其他状态指标
- 负荷：绿
"""


def test_a_key_result_named_with_a_chinese_numeral_is_stated():
    r = checkin(ZH_NUMERALS, config=_quiet())
    assert [(t.link.target, t.link.method) for t in r.tasks if t.link] == [
        ("o1.kr1", "stated"),
        ("o1.kr2", "stated"),
        ("o1.kr3", "stated"),
    ]
    assert [(c.target, c.value) for c in r.confidence] == [("set", 0.6), ("o1.kr2", 0.8)]
    assert not [f for f in r.findings if f.rule_id == "checkin-task-unlinked"]


def test_yiban_is_no_key_result_number():
    from coach.cycle.checkin import _REF

    assert _REF.search("先做目标一半的量") is None
    assert _REF.search("关键结果十二") is not None


def test_cycle_page_says_an_objective_only_link_in_chinese_brackets(chromium_browser, page_server):
    context, page = _cycle_tab(chromium_browser, page_server, "checkin")
    page.fill("#checkin-text", RIDERS)
    page.click('[data-run="checkin"]')
    page.wait_for_selector('#checkin-results .tasks li[data-id="t2"]', timeout=20000)
    row = page.locator('#checkin-results .tasks li[data-id="t2"]')
    assert row.get_attribute("data-linked") == "objective"
    said = row.locator(".link").inner_text()
    assert said.startswith("→ o1（对应目标，未对应到某个关键结果）")
    assert "≈ o1.kr" in said  # the encoder's nearest key result, as the command line shows it
    context.close()


@pytest.mark.parametrize(
    ("table", "zh"),
    [
        ({"format": "xlsx", "content": "bm90IHhsc3g="}, "不是能读取的 .xlsx 文件（BadZipFile）。"),
        (
            {"format": "csv", "content": "团队,关键结果\n客服,NPS到45\n"},
            "表格没有“目标”（objective）这一列。",
        ),
        (
            {"format": "csv", "content": "目标,关键结果,层级\n赢下华北,新开40家门店,城市\n"},
            "第 2 行：层级 '城市' 不是",
        ),
        (
            {"format": "csv", "content": "目标,关键结果,颜色\n赢下华北,新开40家门店,红\n"},
            "不认识的列：'颜色'",
        ),
    ],
)
def test_table_errors_in_chinese(client, table, zh):
    r = client.post("/v1/grade", json={"table": table}, headers=ZH)
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(zh)
    assert "详情" not in r.json()["detail"]


def test_a_key_result_before_any_objective_names_its_line_in_chinese(client):
    text = "关键结果1：新开40家门店\n目标：赢下华北市场\n关键结果1：华北门店数从60家增加到100家\n"
    r = client.post("/v1/review", json={"text": text}, headers=ZH)
    assert r.status_code == 422 and r.json()["code"] == "no_objective"
    assert r.json()["detail"].startswith(
        "第 1 行的关键结果（'关键结果1：新开40家门店'）写在了所有目标前面"
    )
    assert "第 2 行" in r.json()["detail"]
