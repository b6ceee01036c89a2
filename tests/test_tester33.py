"""What a new user touches, tried with fresh eyes (tester33): tester32's list — a German or French
text on the LanguageTool endpoint checked as English with no word about it, `--jobs` without
`--batch` ignored, `tree` positions counted in the joined files, `convert --to csv` losing the
title's quarter, terse Chinese 422 summaries, the browser tests' editor text that read the
empty editor's placeholder — and what turned up while trying the CLI, the API and the page."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import test_tester32
from fastapi.testclient import TestClient

from coach.cli import main
from coach.cycle.tables import read_csv, rows_from_text, rows_to_text, write_csv
from service.app import create_app
from service.settings import Settings

GERMAN = (
    "Ziel: Unsere Kunden sollen den schnellsten Service im Markt bekommen\n"
    "KR1: Die Antwortzeit von 8 auf 2 Stunden senken\n"
    "KR2: Die Zufriedenheit der Kunden von 70 auf 85 Prozent steigern"
)
FRENCH = (
    "Objectif : Rendre notre support le plus rapide du marché pour les clients\n"
    "KR1 : Réduire le temps de réponse de 8 à 2 heures pour les clients\n"
    "KR2 : Augmenter la satisfaction des clients de 70 à 85 pour cent"
)
SPANISH = (
    "Objetivo: Que nuestros clientes tengan el soporte más rápido del mercado\n"
    "KR1: Reducir el tiempo de respuesta de 8 a 2 horas para los clientes\n"
    "KR2: Subir la satisfacción de los clientes de 70 a 85 por ciento"
)
GERMAN_LETTER = (
    "Liebe Anna, wir sehen uns morgen um acht Uhr im Büro und sprechen dann über das "
    "Projekt mit den Kunden."
)
# tester32's fixtures: a service client, and a running server with a headless Chromium
client = test_tester32.client
page_server = test_tester32.page_server
chromium_browser = test_tester32.chromium_browser

ENGLISH = "O: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45 (owner: Ana)"
CHINESE = "目标：本季度让客户更满意\n关键结果1：NPS 从 30 提升到 45（负责人：张三）"


# -- LanguageTool endpoint: a third language is named in detectedLanguage ----------------------
@pytest.mark.parametrize("asked", ["auto", "en-US", "en"])
@pytest.mark.parametrize(
    ("text", "name", "code", "review_code"),
    [
        (GERMAN, "German", "de-DE", "de"),
        (FRENCH, "French", "fr", "fr"),
        (SPANISH, "Spanish", "es", "es"),
        (GERMAN_LETTER, "German", "de-DE", None),  # no OKR in it: no review, still named
    ],
)
def test_lt_names_a_third_language_as_detected(client, asked, text, name, code, review_code):
    body = client.post("/v2/check", data={"language": asked, "text": text}).json()
    language = body["language"]
    assert language["detectedLanguage"]["name"] == name
    assert language["detectedLanguage"]["code"] == code
    # what it was checked as stays in `language`, so a client sees the two differ
    assert language["code"].startswith("en")
    if review_code is not None:
        # the JSON review says the same of the same text
        [w] = client.post("/v1/review", json={"text": text}).json()["warnings"]
        assert w["code"] == "unsupported_language" and w["language"] == review_code


def test_lt_names_an_unnamed_script_with_languagetools_unknown_code(client):
    text = (
        "Цель: Сделать поддержку самой быстрой на рынке\nKR1: Сократить время ответа с 8 до 2 часов"
    )
    detected = client.post("/v2/check", data={"language": "auto", "text": text}).json()
    assert detected["language"]["detectedLanguage"]["code"] == "zz"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (ENGLISH, "en-US"),
        (CHINESE, "zh-CN"),
        ("O: Expand to São Paulo\nKR1: Open 2 offices", "en-US"),
    ],
)
def test_lt_detected_language_of_our_own_languages_unchanged(client, text, code):
    body = client.post("/v2/check", data={"language": "auto", "text": text}).json()
    assert body["language"]["detectedLanguage"]["code"] == code
    assert body["language"]["code"] == code


# -- --jobs without --batch ---------------------------------------------------------------------
@pytest.mark.parametrize("jobs", ["3", "0", "1"])
def test_jobs_without_batch_is_a_usage_error(tmp_path, capsys, jobs):
    path = tmp_path / "d.md"
    path.write_text(ENGLISH, encoding="utf-8")
    assert main(["review", str(path), "--jobs", jobs]) == 2
    err = capsys.readouterr().err
    assert f"--jobs {jobs} needs --batch" in err


def test_jobs_with_batch_and_review_without_jobs_still_work(tmp_path, capsys):
    path = tmp_path / "d.md"
    path.write_text(ENGLISH, encoding="utf-8")
    assert main(["review", str(path)]) in (0, 1)
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"text": ENGLISH}) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["review", str(batch), "--batch", "--jobs", "1"]) in (0, 1)
    assert json.loads(capsys.readouterr().out.splitlines()[0])


# -- tree: each finding at its own file's line --------------------------------------------------
COMPANY = (
    "# Company OKRs Q3 2026\n"
    "Objective: Become the payroll tool small firms trust most this quarter\n"
    "KR1: Raise NPS from 30 to 45 (owner: Ana)\n"
)
TEAM = (
    "# Sales team OKRs Q3 2026\n"
    "Objective: Win the small-firm payroll market\n"
    "KR1: Grow paying firms from 1,200 to 1,500 (owner: Cara)\n"
)


@pytest.mark.parametrize("lead", ["", "\n", "\n\n\n"])
def test_tree_positions_are_per_file(tmp_path, capsys, lead):
    company, team = tmp_path / "company.md", tmp_path / "team-sales.txt"
    company.write_text(COMPANY, encoding="utf-8")
    team.write_text(lead + TEAM, encoding="utf-8")
    main(["tree", str(company), str(team), "--no-explain", "--color", "never"])
    out = capsys.readouterr().out
    line = 2 + lead.count("\n")
    assert f"team-sales.txt:{line}:12 info tree-link-unstated" in out
    assert f"    {line} | Objective: Win the small-firm payroll market" in out
    main(["tree", str(company), str(team), "--format", "markdown"])
    assert f"team-sales.txt:{line}:12" in capsys.readouterr().out


def test_tree_of_one_file_keeps_plain_positions(tmp_path, capsys):
    both = tmp_path / "all.md"
    both.write_text(
        COMPANY + "\n" + TEAM.replace("# Sales team", "## Sales team"), encoding="utf-8"
    )
    main(["tree", str(both), "--no-explain", "--color", "never"])
    out = capsys.readouterr().out
    assert "all.md:" not in out


# -- convert --to csv keeps the title's timeframe -----------------------------------------------
TITLED = [
    (
        "## 2026年第三季度 市场部 OKR\n\n目标1：让更多中小企业主动选择我们的产品（负责人：王芳）\n"
        "关键结果1：官网注册转化率从 2% 提升到 4%\n关键结果2：月活跃企业数从 800 增加到 1,200\n",
        "2026年第三季度",
        "市场部",
    ),
    (
        "# Marketing team OKRs — Q3 2026\n\nObjective: Make small firms choose us first (owner: Li)\n"
        "KR1: Raise sign-up conversion from 2% to 4%\nKR2: Grow monthly active firms from 800 to 1,200\n",
        "Q3 2026",
        "Marketing team",
    ),
    (
        "# 研发部OKR（2027年上半年）\n\n目标1：让每次发布都稳定可靠（负责人：陈晨）\n"
        "关键结果1：线上故障从每月 6 次降到 2 次\n关键结果2：发布回滚率从 8% 降到 3%\n",
        "2027年上半年",
        "研发部",
    ),
    (
        "# Q4 2026 OKRs\n\nObjective: Make onboarding feel effortless for new admins\n"
        "KR1: Raise week-one activation from 40% to 60% (owner: Sam)\n",
        "Q4 2026",
        "",
    ),
]


@pytest.mark.parametrize(("draft", "period", "team"), TITLED)
def test_csv_keeps_the_titles_timeframe(tmp_path, capsys, draft, period, team):
    md = tmp_path / "d.md"
    md.write_text(draft, encoding="utf-8")
    main(["convert", str(md), "--to", "csv"])
    table = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(table)))
    assert {r["timeframe"] for r in rows} == {period}
    assert {r["team"] for r in rows} == {team}
    # reviewed as a CSV it keeps what the Markdown said: no timeframe finding either way
    data = tmp_path / "d.csv"
    data.write_text(table, encoding="utf-8")
    for path in (md, data):
        main(["review", str(path), "--format", "json"])
        found = {f["rule_id"] for f in json.loads(capsys.readouterr().out)["findings"]}
        assert not found & {"objective-no-timeframe", "kr-no-deadline"}, (path, found)


@pytest.mark.parametrize(("draft", "period", "team"), TITLED)
def test_csv_round_trip_keeps_rows_and_title(draft, period, team):
    rows = rows_from_text(draft)
    back = read_csv(write_csv(rows))
    assert back == rows
    text = rows_to_text(back)
    assert period in text.splitlines()[0]
    assert rows_from_text(text) == rows


def test_csv_without_a_period_has_no_timeframe_column():
    rows = rows_from_text(
        "## 市场部 OKR\n\n目标1：让客户更满意 [团队]\n关键结果1：NPS 从 30 提升到 45\n"
    )
    assert write_csv(rows).splitlines()[0] == "level,team,owner,objective,key_result,score,status"


@pytest.mark.parametrize("header", ["周期", "quarter", "Timeframe", "period"])
def test_a_timeframe_column_is_read(header):
    table = f"objective,key_result,{header}\nDelight admins,Raise NPS from 30 to 45,Q3 2026\n"
    [row] = read_csv(table)
    assert row.timeframe == "Q3 2026"
    assert rows_to_text([row]).startswith("## Q3 2026 OKR\n")


# -- Chinese 422 summaries say what is wrong ----------------------------------------------------
@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"text": 5}, "text：应为字符串"),
        ({"text": "O: x", "ui_language": "fr"}, "ui_language：取值应为 'zh' 或 'en'"),
        ({"text": "O: x", "bogus": 1}, "bogus：不接受这个字段"),
        ({"text": "O: x", "select": "kr-is-task"}, "select：应为列表（数组）"),
        ({}, "body：请只给出其中一个：'text'、'draft'"),
        ({"text": "O: x", "draft": {"objectives": []}}, "body：请只给出其中一个"),
    ],
)
def test_chinese_validation_summary_says_what_is_wrong(client, body, says):
    res = client.post("/v1/review", json=body, headers={"accept-language": "zh-CN"})
    assert res.status_code == 422
    assert says in res.json()["messages"]["zh"]
    assert "详见 errors" not in res.json()["messages"]["zh"]


def test_english_validation_summary_unchanged(client):
    res = client.post("/v1/review", json={"text": 5})
    assert res.json()["messages"]["en"] == "text: Input should be a valid string"


def test_unknown_error_type_keeps_the_english_words():
    from service.app import _zh_said

    said = _zh_said({"type": "url_parsing"}, "Input should be a valid URL")
    assert said == "不符合要求：Input should be a valid URL"


# -- the browser tests read the editor's document, not its placeholder ---------------------------
def new_page(browser, server: str, path: str, locale: str, width: int = 1280):
    """A page of the running server in a fresh context of the shared browser."""
    page = browser.new_context(locale=locale, viewport={"width": width, "height": 844}).new_page()
    page.goto(server + path)
    return page


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_editor_text_of_the_empty_editor_is_empty(chromium_browser, page_server, locale):
    from test_browser import editor_text

    page = new_page(chromium_browser, page_server, "/", locale)
    page.wait_for_selector("body[data-app='ready'] .cm-placeholder")
    assert editor_text(page) == ""
    page.fill(".cm-content", "O: one\nKR1: two")
    assert editor_text(page) == "O: one\nKR1: two"
    page.context.close()


# -- `grade` with no grades: an English example for an English draft ----------------------------
def test_no_grades_error_shows_an_example_in_each_language(tmp_path, capsys):
    path = tmp_path / "g.md"
    path.write_text(ENGLISH, encoding="utf-8")
    assert main(["grade", str(path)]) == 2
    err = capsys.readouterr().err
    example = next(line.strip() for line in err.splitlines() if line.strip().startswith("KR1:"))
    # the example given is one the grader reads
    path.write_text("O: Hire well this quarter\n" + example + "\n", encoding="utf-8")
    assert main(["grade", str(path), "--format", "json"]) in (0, 1)
    stated = float(re.search(r"score:\s*([0-9.]+)", example).group(1))
    assert json.loads(capsys.readouterr().out)["grade"] == stated  # the grade it states


# -- an input error with no language of its own follows Accept-Language -------------------------
@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/review", {"text": "   "}),
        ("/v1/review", {"text": ""}),
        ("/v1/grade", {"text": ""}),
        ("/v1/tree", {"documents": [{"name": "a", "text": " "}]}),
        ("/v1/convert", {"text": "", "to": "csv"}),
    ],
)
def test_empty_draft_error_in_the_clients_language(client, path, body):
    zh = client.post(path, json=body, headers={"accept-language": "zh-CN"}).json()
    assert zh["code"] == "empty" and zh["detail"].startswith("草稿是空的")
    en = client.post(path, json=body, headers={"accept-language": "en"}).json()
    assert en["detail"].startswith("the draft is empty")


@pytest.mark.parametrize(
    ("path", "body", "starts"),
    [
        ("/v1/review", {"text": " ", "ui_language": "en"}, "the draft is empty"),
        ("/v1/review", {"text": "你好"}, "没有找到目标"),
        ("/v1/grade", {"text": "O: x\nKR1: y", "ui_language": "zh"}, "没有一个关键结果带有评分"),
        (
            "/v1/grade",
            {"text": "目标：让客户满意\n关键结果1：NPS 从 3 到 4"},
            "没有一个关键结果带有评分",
        ),
        (
            "/v1/grade",
            {"text": "O: Delight users\nKR1: NPS 3 to 4"},
            "no key result carries a grade",
        ),
        ("/v1/checkin", {"text": "你好，这周很忙"}, "没有找到周检查的四个象限"),
    ],
)
def test_error_said_in_the_interface_else_the_texts_language(client, path, body, starts):
    # the body's ui_language, else the text's language, wins over Accept-Language
    other = "en" if starts[0] > "\u2e80" else "zh-CN"
    res = client.post(path, json=body, headers={"accept-language": other})
    assert res.status_code == 422
    assert res.json()["detail"].startswith(starts)


def test_chinese_lists_choices_with_the_enumeration_comma(client):
    res = client.post(
        "/v1/review", json={"text": "O: x", "language": "de"}, headers={"accept-language": "zh"}
    )
    assert "取值应为 'auto'、'zh' 或 'en'" in res.json()["detail"]


# -- the cycle page's header on a phone ----------------------------------------------------------
@pytest.mark.parametrize("locale", ["en-US", "zh-CN"])
@pytest.mark.parametrize("width", [390, 360])
def test_cycle_page_header_fits_a_phone(chromium_browser, page_server, locale, width):
    page = new_page(chromium_browser, page_server, "/cycle", locale, width)
    page.wait_for_selector("#lang-toggle")
    page.wait_for_timeout(300)
    scroll, inner = page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    assert scroll <= inner  # nothing sticks out sideways
    lang = page.locator("#lang-toggle").bounding_box()
    tab = page.locator("#tab-checkin").bounding_box()
    assert lang["x"] + lang["width"] <= width
    # one line each: "中文" / "English" and "Weekly check-in" / "每周检查" are not broken
    assert lang["height"] < 40 and tab["height"] < 45
    page.context.close()


# -- tree: an empty file among several is said, not dropped unseen -------------------------------
@pytest.mark.parametrize("blank", ["", "\n\n", "   \n"])
def test_tree_says_an_empty_file_is_left_out(tmp_path, capsys, blank):
    empty, company = tmp_path / "empty.md", tmp_path / "company.md"
    empty.write_text(blank, encoding="utf-8")
    company.write_text(COMPANY, encoding="utf-8")
    assert main(["tree", str(empty), str(company), "--color", "never"]) == 0
    captured = capsys.readouterr()
    assert f"{empty} is empty; the tree leaves it out" in captured.err
    assert "1 objective(s) in 1 set(s)" in captured.out
    assert main(["tree", str(empty), str(empty)]) == 2
    assert "the draft is empty" in capsys.readouterr().err


def test_tree_without_empty_files_has_no_note(tmp_path, capsys):
    company, team = tmp_path / "company.md", tmp_path / "team.md"
    company.write_text(COMPANY, encoding="utf-8")
    team.write_text(TEAM, encoding="utf-8")
    main(["tree", str(company), str(team)])
    assert "note" not in capsys.readouterr().err


# -- HEAD where GET is: the page, the cycle page and the probes -----------------------------------
@pytest.mark.parametrize("path", ["/", "/cycle", "/healthz", "/readyz"])
def test_head_is_answered_like_get(client, path):
    head = client.head(path)
    get = client.get(path)
    assert head.status_code == get.status_code
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.content == b""


def test_head_on_a_post_route_is_still_refused(client):
    assert client.head("/v1/review").status_code == 405


# -- the cycle page's tree says which objective has no parent found -------------------------------
@pytest.mark.parametrize(
    ("locale", "draft", "says"),
    [
        (
            "zh-CN",
            "## 公司OKR\n目标1：本季度拿下华南市场\n关键结果1：华南区新签客户20家\n\n"
            "## 个人OKR\n目标：今年学会弹吉他（负责人：王伟）\n关键结果1：每周练习 3 小时\n",
            "找不到上级",
        ),
        (
            "en-US",
            "## Company OKRs\nObjective 1: Win the South this quarter\nKR1: 20 new customers\n\n"
            "## Personal OKRs\nObjective: Learn the guitar this year (owner: Sam)\nKR1: Practise 3 hours a week\n",
            "no parent found",
        ),
    ],
)
def test_cycle_tree_marks_a_child_level_objective_with_no_parent(
    chromium_browser, page_server, locale, draft, says
):
    page = new_page(chromium_browser, page_server, "/cycle", locale)
    page.locator("#tab-tree").click()
    page.locator("#view-tree textarea").fill(draft)
    page.locator("#view-tree button.run").first.click()
    page.wait_for_selector("#okr-tree li[data-id=o2]")
    assert says in page.locator("#okr-tree li[data-id=o2] > .link").inner_text()
    assert page.locator("#okr-tree li[data-id=o1] > .link").inner_text() == ""
    page.context.close()


# -- convert: what the owner leaves in a bracket, a given score, a CSV on standard input ----------
@pytest.mark.parametrize(
    ("kr", "wording", "owner"),
    [
        (
            "华东付费商户数从 3,000 增加到 5,000（负责人：赵磊，6月30日前）",
            "华东付费商户数从 3,000 增加到 5,000（6月30日前）",
            "赵磊",
        ),
        (
            "续费率从 70% 提升到 85%（6月30日前，负责人：钱多）",
            "续费率从 70% 提升到 85%（6月30日前）",
            "钱多",
        ),
        ("NPS 从 30 到 45（负责人：孙丽）", "NPS 从 30 到 45", "孙丽"),
        (
            "Grow merchants from 3,000 to 5,000 (owner: Zhao, by June 30)",
            "Grow merchants from 3,000 to 5,000 (by June 30)",
            "Zhao",
        ),
        (
            "Renewal from 70% to 85% (by June 30; owner: Qian)",
            "Renewal from 70% to 85% (by June 30)",
            "Qian",
        ),
    ],
)
def test_convert_leaves_no_empty_separator_where_the_owner_was(kr, wording, owner):
    label = "关键结果1：" if "从" in kr else "KR1: "
    head = "目标：让商户满意\n" if "从" in kr else "Objective: Delight merchants\n"
    [row] = rows_from_text(head + label + kr + "\n")
    assert (row.key_result, row.owner) == (wording, owner)


@pytest.mark.parametrize(
    ("kr", "score"),
    [
        ("KR1: Churn from 5% to 3% — score: 0.7", "0.7"),
        ("KR1: NPS from 30 to 45 — score: 0.5, status: half done", "0.5"),
        ("关键结果1：续费率从 70% 提升到 85% 0.3 未完成", "0.3"),
    ],
)
def test_convert_keeps_the_score_grade_reads(tmp_path, capsys, kr, score):
    path = tmp_path / "g.md"
    path.write_text("Objective: Delight merchants this quarter\n" + kr + "\n", encoding="utf-8")
    main(["grade", str(path), "--format", "json"])
    graded = json.loads(capsys.readouterr().out)
    main(["convert", str(path), "--to", "csv"])
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert float(row["score"]) == float(score) == graded["grade"]


@pytest.mark.parametrize("draft", [t[0] for t in TITLED[:2]])
def test_a_csv_on_standard_input_is_read_as_a_table(tmp_path, capsys, monkeypatch, draft):
    path = tmp_path / "d.md"
    path.write_text(draft, encoding="utf-8")
    main(["convert", str(path), "--to", "csv"])
    table = capsys.readouterr().out
    main(["convert", str(path), "--to", "markdown"])
    markdown = capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(table))
    assert main(["convert", "-", "--to", "markdown"]) == 0
    assert capsys.readouterr().out == markdown
    monkeypatch.setattr("sys.stdin", io.StringIO(table))
    assert main(["tree", "-", "--format", "json"]) in (0, 1)
    assert json.loads(capsys.readouterr().out)["objectives"]


@pytest.mark.parametrize(
    "first",
    [
        "O: Delight users, partners and staff",
        "Objective, this quarter: win",
        "目标：让客户满意，提升体验",
        "a,b,c",
    ],
)
def test_a_draft_on_standard_input_is_not_taken_for_a_table(first):
    from coach.cycle.tables import is_table

    assert not is_table(first + "\nKR1: NPS from 30 to 45\n")


# -- feedback export: a --db that is not there is said, not exported as 0 records ----------------
@pytest.mark.parametrize("form", ["{path}", "sqlite:///{path}"])
def test_feedback_export_of_a_missing_database_is_an_error(tmp_path, capsys, form):
    missing = tmp_path / "nope" / "fb.sqlite3"
    db = form.format(path=missing)
    assert main(["feedback", "export", "--db", db]) == 2
    assert f"no feedback database at {missing}" in capsys.readouterr().err


def test_feedback_export_of_a_store_with_records(tmp_path, capsys):
    from service.feedback import open_store

    db = tmp_path / "fb.sqlite3"
    with TestClient(create_app(Settings(feedback_db=str(db), warm_up=False))) as c:
        res = c.post(
            "/v1/feedback", json={"rule_id": "kr-is-task", "target": "o1.kr1", "helpful": True}
        )
        assert res.status_code in (200, 201)
    assert open_store(str(db)) is not None
    assert main(["feedback", "export", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["rule_id"] == "kr-is-task"
