"""What a new user touches, tried with fresh eyes (tester32): the rest of tester31's list (a
Markdown draft given to --batch, UTF-16 with no byte-order mark, Chinese errors that lost the
English one's detail, `grade a b c`'s usage, the empty editor's hint), a draft in a third
language reviewed with no word about it, a structured draft posted as the body itself, and a
mistyped rule id on the API."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from coach import review
from coach.cli import main
from coach.errors import CODE_ZH, InputError, zh_fallback
from coach.other_language import other_language
from coach.render import render_markdown, render_text
from service.app import create_app
from service.settings import Settings

DRAFT_EN = (
    "O: Make every first week at the company feel welcoming\nKR1: New hires rate week one 4.5/5"
)


@pytest.fixture
def client(tmp_path):
    settings = Settings(feedback_db=str(tmp_path / "fb.sqlite3"), warm_up=False)
    with TestClient(create_app(settings)) as c:
        yield c


# -- a Chinese error keeps the English one's detail ----------------------------------------
@pytest.mark.parametrize(
    ("code", "message", "detail"),
    [
        ("bad_option", "select: 'nope' matches no rule id", "'nope'"),
        ("invalid_structure", "line 3: not JSON (Expecting value at column 1)", "line 3"),
        ("invalid_structure", "the CSV needs a 'text' or 'draft' column", "'draft' column"),
        ("no_checkin", "the check-in names no key result of the OKRs", "names no key result"),
        ("too_many_key_results", "objective o2 has 31 key results; the limit is 30", "31"),
    ],
)
def test_chinese_fallback_keeps_the_detail(code, message, detail):
    zh = InputError(code, message).messages["zh"]
    assert zh.startswith(CODE_ZH[code])
    assert detail in zh


@pytest.mark.parametrize("code", ["empty", "no_objective"])
def test_chinese_fallback_of_a_complete_message_stays_as_it_was(code):
    message = "the draft is empty. Paste an objective, e.g.\nO: Delight our customers"
    assert zh_fallback(code, message) == CODE_ZH[code]


def test_own_chinese_wording_wins():
    assert InputError("bad_option", "x is wrong", "x 不对").messages["zh"] == "x 不对"


def test_english_example_after_a_line_break_is_not_copied():
    zh = zh_fallback("invalid_structure", "row 2 is empty, e.g.\nO: Grow\nKR1: ARR to $3M")
    assert "row 2 is empty" in zh and "KR1" not in zh


@pytest.mark.parametrize("path", ["/v1/review", "/v1/grade"])
def test_api_bad_rule_id_in_chinese_names_it(client, path):
    res = client.post(
        path,
        json={"text": DRAFT_EN, "select": ["nope-rule"]},
        headers={"Accept-Language": "zh-CN"},
    )
    assert res.status_code == 422
    body = res.json()
    assert body["code"] == "bad_option"
    assert "nope-rule" in body["messages"]["zh"]
    assert "matches no" not in body["messages"]["zh"]  # said in Chinese (decision 5252)


# -- --batch given one draft (Markdown, text) says to review it without --batch -------------
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("okrs.md", "# Q3 OKRs\nO: Delight customers\n- KR1: NPS from 30 to 45\n"),
        ("okrs.txt", "目标：提升客户满意度\n关键结果1：NPS 从 30 提升到 45\n"),
        ("team.markdown", "\n\n## Objective 1\n- KR1: Ship v2 by June\n"),
        ("Q3.TXT", "\ufeffO: Grow revenue\nKR1: ARR from $2M to $3M\n"),
        ("draft.text", "1. Grow revenue\n   - ARR from $2M to $3M\n"),
    ],
)
def test_batch_on_a_single_draft_file_gives_a_hint(tmp_path, capsys, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["review", str(path), "--batch"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--batch reads many drafts from a .jsonl file" in captured.err
    assert "review it without --batch" in captured.err


@pytest.mark.parametrize("name", ["drafts.txt", "drafts.jsonl", "drafts.md"])
def test_batch_still_reads_json_lines_whatever_the_suffix(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_text(
        json.dumps({"id": "a", "text": DRAFT_EN}) + "\n" + json.dumps({"text": DRAFT_EN}) + "\n",
        encoding="utf-8",
    )
    code = main(["review", str(path), "--batch", "--jobs", "1"])
    out = capsys.readouterr().out.splitlines()
    assert code in (0, 1)
    assert len(out) == 2 and json.loads(out[0])["id"] == "a"


def test_batch_on_a_jsonl_file_with_a_bad_line_keeps_its_error_records(tmp_path, capsys):
    path = tmp_path / "drafts.jsonl"
    path.write_text("not json\n" + json.dumps({"text": DRAFT_EN}) + "\n", encoding="utf-8")
    assert main(["review", str(path), "--batch", "--jobs", "1"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert json.loads(out[0])["error"]["code"] == "invalid_structure"


# -- UTF-16 with no byte-order mark says so --------------------------------------------------
@pytest.mark.parametrize(("encoding", "order"), [("utf-16-le", "little"), ("utf-16-be", "big")])
@pytest.mark.parametrize(
    "draft",
    [
        "O: Make onboarding feel effortless\nKR1: Time to first value from 9 to 4 days",
        "目标：让新员工第一周就有归属感\n关键结果1：入职满意度从 3.8 提升到 4.5",
        "Objective: Win the mid-market\n- KR1: 40 new logos\n- KR2: NRR from 104% to 112%",
        "目标：提升交付质量\n关键结果：线上缺陷数从每月 12 个降到 4 个",
        "# Q3\nO: Be the fastest support team\nKR1: First reply in under 1h for 90% of tickets",
    ],
)
def test_utf16_without_bom_is_named(tmp_path, capsys, encoding, order, draft):
    path = tmp_path / "draft.txt"
    path.write_bytes(draft.encode(encoding))
    assert main(["review", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"looks like UTF-16 text ({order}-endian) without a byte-order mark" in err
    assert "save it as UTF-8" in err


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(200),
        b"O: Grow\x00KR1: ARR to $3M\n",
    ],
)
def test_binary_is_not_called_utf16(tmp_path, capsys, data):
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    assert main(["review", str(path)]) == 2
    assert "UTF-16" not in capsys.readouterr().err


def test_utf16_with_its_mark_is_still_read(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT_EN.encode("utf-16"))
    assert main(["review", str(path), "--format", "json"]) in (0, 1)
    assert json.loads(capsys.readouterr().out)["objectives"]


# -- extra words after a subcommand: that subcommand's usage, not the top level's ----------------
@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["grade", "a", "b", "c"], "grade"),
        (["review", "x.md", "y.md"], "review"),
        (["checkin", "a", "b", "c"], "checkin"),
        (["convert", "a.md", "--to", "csv", "b.md"], "convert"),
        (["explain", "kr-is-task", "kr-compound"], "explain"),
        (["rules", "extra"], "rules"),
    ],
)
def test_extra_arguments_get_the_subcommands_usage(capsys, argv, command):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"usage: okr-coach {command} " in err
    extra = [a for a in argv[1:] if a not in ("a", "x.md", "kr-is-task", "a.md", "--to", "csv")]
    assert f"okr-coach {command}: error: unrecognized arguments: {' '.join(extra)}" in err


def test_no_command_still_gets_the_top_level_usage(capsys):
    assert main(["--bogus"]) == 2
    assert "usage: okr-coach [-h]" in capsys.readouterr().err


# -- a draft mostly in neither Chinese nor English: reviewed, with a notice ------------------
OTHER = [
    (
        "pt",
        "Objetivo: Encantar os nossos clientes\nKR1: Aumentar o NPS de 30 para 45 até o fim do trimestre",
    ),
    (
        "it",
        "Obiettivo: Rendere il nostro onboarding più semplice\nKR1: Ridurre il tempo di attivazione da 9 a 4 giorni entro giugno",
    ),
    (
        "nl",
        "Doel: Onze klanten blij maken\nKR1: De NPS van 30 naar 45 brengen voor het einde van het kwartaal",
    ),
    (
        "de",
        "Ziel: Wir wollen der beste Arbeitgeber in der Region werden\n- KR1: Die Fluktuation von 18% auf 10% senken\n- KR2: 20 neue Bewerbungen pro Woche",
    ),
    (
        "fr",
        "Objectif : Devenir la référence du support client\n- KR1 : Réduire le délai de première réponse de 8 h à 2 h\n- KR2 : Atteindre un CSAT de 92 % pour les tickets",
    ),
    (
        "es",
        "Objetivo: Hacer que el registro sea más fácil para los nuevos usuarios\nKR1: Subir la conversión del registro del 20% al 35%",
    ),
    ("ja", "目標：新しいお客様にすぐ価値を届ける\nKR1：初回利用までの日数を9日から4日に短縮する"),
    (
        "ko",
        "목표: 신규 고객이 빠르게 가치를 느끼게 한다\nKR1: 첫 사용까지 걸리는 시간을 9일에서 4일로 줄인다",
    ),
    (
        None,
        "Цель: Сделать поддержку самой быстрой на рынке\nKR1: Сократить время первого ответа с 8 до 2 часов",
    ),
    (
        None,
        "Στόχος: Να κάνουμε την υποστήριξη πιο γρήγορη\nKR1: Μείωση του χρόνου απάντησης από 8 σε 2 ώρες",
    ),
]

STILL_OURS = [
    "O: Expand to Los Angeles and São Paulo\nKR1: Open 2 offices by Q3\nKR2: Hire 12 people",
    "Objective: Make La Vie en Rose our best-selling line\nKR1: Grow its revenue from $1M to $2M",
    "O: Win the DACH market (Die Zeit, Der Spiegel as launch partners)\nKR1: 30 paying publishers",
    "目标：让 Le Monde 和 Die Zeit 的订阅用户更满意\n关键结果1：续订率从 60% 提升到 75%",
    "目标：本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45（负责人：张三）",
    "O: Ship the Tokyo launch (東京)\nKR1: 500 sign-ups from Japan by 30 June",
    "Objective: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45\nKR2: Cut churn from 5% to 3%",
    "O: Improve de-duplication in the data pipeline\nKR1: Duplicate rows from 2% to 0.1% by Q3",
]


@pytest.mark.parametrize(("code", "draft"), OTHER)
def test_other_language_is_recognised(code, draft):
    found = other_language(draft)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize("draft", STILL_OURS)
def test_chinese_and_english_drafts_get_no_notice(draft):
    assert other_language(draft) is None
    assert review(draft).warnings == []


@pytest.mark.parametrize(("code", "draft"), OTHER[:6])
def test_review_of_another_language_runs_and_warns(code, draft):
    r = review(draft)
    assert r.objectives  # reviewed, not refused
    [w] = r.warnings
    assert w.code == "unsupported_language" and w.language == code
    assert "reviews Simplified Chinese and English only" in w.message
    assert "read as English" in w.message
    zh = review(draft, ui_language="zh").warnings[0].message
    assert "只评审简体中文和英文" in zh and "按英文读" in zh


def test_japanese_is_read_as_chinese_and_says_so():
    [w] = review(OTHER[6][1], ui_language="en").warnings
    assert w.language == "ja" and "written in Japanese" in w.message
    assert "read as Chinese" in w.message


def test_warning_in_the_cli_text_markdown_and_json(tmp_path, capsys):
    path = tmp_path / "ziel.md"
    path.write_text(OTHER[3][1], encoding="utf-8")
    main(["review", str(path)])
    out = capsys.readouterr().out
    assert out.startswith("Note: This draft looks written in German")
    main(["review", str(path), "--format", "markdown", "--ui-lang", "zh"])
    assert "> **注意：**这份草稿看起来是用德语写的" in capsys.readouterr().out
    main(["review", str(path), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"][0]["code"] == "unsupported_language"


def test_render_without_warning_is_unchanged():
    r = review(DRAFT_EN)
    assert not render_text(r, DRAFT_EN).startswith("Note")
    assert "> **注意" not in render_markdown(review(STILL_OURS[4]), STILL_OURS[4])


def test_api_review_carries_the_warning(client):
    res = client.post("/v1/review", json={"text": OTHER[1][1], "ui_language": "zh"})
    assert res.status_code == 200
    [w] = res.json()["warnings"]
    assert w["language"] == "it" and "意大利语" in w["message"]
    res = client.post("/v1/review", json={"text": DRAFT_EN})
    assert res.json()["warnings"] == []


def test_structured_draft_in_another_language_warns():
    draft = {
        "objectives": [
            {
                "text": OTHER[0][1].split("\n")[0].split(": ", 1)[1],
                "key_results": [
                    {"text": OTHER[0][1].split("\n")[1].split(": ", 1)[1]},
                    {"text": "Reduzir o tempo de resposta da equipe de 8 para 2 horas"},
                ],
            }
        ]
    }
    assert [w.language for w in review(draft).warnings] == ["pt"]


# -- the API: a structured draft posted as the body, a mistyped rule id ----------------------
@pytest.mark.parametrize(
    "body",
    [
        {"objectives": [{"text": "Grow revenue", "key_results": [{"text": "ARR to $3M"}]}]},
        {"objectives": []},
        {"key_results": [{"text": "ARR to $3M"}]},
    ],
)
def test_structured_body_says_where_the_draft_goes(client, body):
    res = client.post("/v1/review", json=body, headers={"Accept-Language": "zh"})
    assert res.status_code == 422
    data = res.json()
    assert '{"draft": {"objectives": […]}}' in data["messages"]["en"]
    assert '结构化的草稿放在 "draft" 里' in data["messages"]["zh"]


def test_other_extra_fields_get_no_draft_hint(client):
    res = client.post("/v1/review", json={"text": DRAFT_EN, "objective": "x"})
    assert res.status_code == 422
    assert "draft" not in res.json()["messages"]["en"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("KR-IS-TSK", "kr-is-task"),  # "KR-IS-TASK" itself is that id (decision 5881)
        ("kr-is-tsk", "kr-is-task"),
        ("objective-vauge", "objective-vague"),
        ("%20kr-no-ownr", "kr-no-owner"),
        ("set-kr-counts", "set-kr-count"),
    ],
)
def test_api_unknown_rule_names_the_close_one(client, typed, meant):
    res = client.get(f"/v1/rules/{typed}")
    assert res.status_code == 404
    body = res.json()
    assert body["code"] == "unknown_rule"
    assert f"did you mean {meant}" in body["messages"]["en"]
    assert meant in body["messages"]["zh"]
    res = client.get("/v1/examples", params={"rule": typed})
    assert res.status_code == 404 and meant in res.json()["detail"]


def test_api_unknown_rule_without_a_close_one(client):
    body = client.get("/v1/rules/zzzzzz").json()
    assert body["detail"] == "no rule 'zzzzzz'; see GET /v1/rules"


# -- the page: the empty editor's hint, the notice ---------------------------------------------
@pytest.fixture(scope="module")
def page_server(tmp_path_factory):
    if not (shutil.which("chromium") or Path("/usr/bin/chromium").exists()):
        pytest.skip("chromium is not installed (run `make browser-deps`)")
    pytest.importorskip("playwright.sync_api")
    bundle = Path(__file__).resolve().parents[1] / "service" / "static" / "build" / "app.js"
    assert bundle.exists(), "the page's script is not built: run `make web`"
    from service.testing import running_server, wait_until_ready

    db = tmp_path_factory.mktemp("tester32-page") / "fb.db"
    with running_server(Settings(feedback_db=str(db))) as url:
        wait_until_ready(url)
        yield url


@pytest.fixture(scope="module")
def chromium_browser(page_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
        )
        yield launched
        launched.close()


@pytest.mark.parametrize(
    ("locale", "viewport", "hint", "notice"),
    [
        ("zh-CN", (1280, 900), "输入或粘贴草稿，开始检查。", "这份草稿看起来是用德语写的"),
        ("en-US", (1280, 900), "Type or paste a draft to review it.", "looks written in German"),
        ("en-US", (390, 844), "Type or paste a draft to review it.", "looks written in German"),
    ],
)
def test_page_empty_hint_and_language_notice(
    chromium_browser, page_server, locale, viewport, hint, notice
):
    context = chromium_browser.new_context(
        locale=locale, viewport={"width": viewport[0], "height": viewport[1]}
    )
    page = context.new_page()
    page.goto(page_server + "/")
    page.wait_for_selector("body[data-app='ready'] .cm-content")
    shown = page.locator(".cm-placeholder")
    assert shown.inner_text() == hint
    box = shown.bounding_box()
    assert box is not None and box["y"] + box["height"] <= viewport[1]  # above the fold
    assert page.locator("#review-warnings").is_hidden()
    page.fill(".cm-content", OTHER[3][1])
    page.wait_for_selector("#review-warnings:not([hidden])", timeout=20000)
    assert notice in page.locator("#review-warnings").inner_text()
    assert page.locator(".cm-placeholder").count() == 0
    page.fill(".cm-content", DRAFT_EN)
    page.wait_for_selector("#review-warnings[hidden]", state="attached", timeout=20000)
    context.close()


# -- `serve` with a bad port or a bad OKR_COACH_* variable: a usage error, no traceback ---------
@pytest.mark.parametrize(
    ("port", "says"),
    [
        ("99999", "99999 is not a port: give 0 to 65535"),
        ("65536", "65536 is not a port"),
        ("-1", "-1 is not a port"),
        ("http", "not a port number: 'http'"),
        ("80.5", "not a port number: '80.5'"),
    ],
)
def test_serve_refuses_a_bad_port(capsys, port, says):
    assert main(["serve", "--port", port]) == 2
    err = capsys.readouterr().err
    assert "usage: okr-coach serve" in err and says in err


@pytest.mark.parametrize(
    ("env", "value", "names"),
    [
        ("OKR_COACH_PORT", "99999", "OKR_COACH_PORT: Input should be less than or equal to 65535"),
        ("OKR_COACH_PORT", "eighty", "OKR_COACH_PORT: Input should be a valid integer"),
        ("OKR_COACH_MAX_CHARS", "0", "OKR_COACH_MAX_CHARS: Input should be greater than"),
    ],
)
@pytest.mark.parametrize("argv", [["serve"], ["feedback", "export"]])
def test_bad_environment_setting_is_named(monkeypatch, capsys, env, value, names, argv):
    monkeypatch.setenv(env, value)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert names in err and "Traceback" not in err


# -- a query value outside a listed set names the choices, not the regular expression ----------
@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/v1/examples?language=fr", "language: Input should be 'zh' or 'en'"),
        ("/v1/examples?language=ZH-cn", "language: Input should be 'zh' or 'en'"),
        ("/v1/examples?language=", "language: Input should be 'zh' or 'en'"),
        ("/v1/cycle/rules?family=grades", "family: Input should be 'grade', 'checkin' or 'tree'"),
        ("/v1/cycle/rules?family=review", "family: Input should be 'grade', 'checkin' or 'tree'"),
    ],
)
def test_query_choices_are_named(client, url, says):
    res = client.get(url)
    assert res.status_code == 422
    body = res.json()
    assert body["detail"] == says
    assert "pattern" not in body["errors"][0]["msg"]


def test_other_pattern_errors_keep_their_message(client):
    res = client.post("/v1/feedback", json={"rule_id": "Bad Id!", "target": "o1", "helpful": True})
    assert res.status_code == 422
    assert "String should match pattern" in res.json()["detail"]


# -- a configuration's misspelt setting names the one meant ------------------------------------
@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("max_chars = 100", "'max_chars': did you mean 'max-chars'?"),
        ('ui_language = "zh"', "'ui_language': did you mean 'ui-language'?"),
        ('ui-langauge = "zh"', "'ui-langauge': did you mean 'ui-language'?"),
        ("Max-Objectives = 3", "'Max-Objectives': did you mean 'max-objectives'?"),
        ("include_examples = false", "'include_examples': did you mean 'include-examples'?"),
        (
            '[tool.okr-coach]\nselect = ["kr-"]',
            "[tool.okr-coach] is pyproject.toml's table: in .okr-coach.toml write the settings "
            "at the top",
        ),
    ],
)
def test_config_unknown_setting_names_the_close_one(tmp_path, capsys, line, says):
    config = tmp_path / ".okr-coach.toml"
    config.write_text(line + "\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT_EN, encoding="utf-8")
    assert main(["review", str(draft)]) == 2
    err = capsys.readouterr().err
    assert "unknown setting(s)" in err and says in err


def test_config_unknown_setting_far_from_any_has_no_guess(tmp_path, capsys):
    config = tmp_path / ".okr-coach.toml"
    config.write_text("colour = true\n", encoding="utf-8")
    assert main(["review", "--config", str(config), "-"]) == 2
    err = capsys.readouterr().err
    assert "unknown setting(s) ['colour']; known:" in err


# -- the explain page's prose is filled again after the citations are taken out ----------------
def _catalog_docs() -> list[tuple[str, str]]:
    from coach.catalog import catalog

    return [(i["id"], i["doc"]) for i in catalog() if i["doc"]]


@pytest.mark.parametrize(("rule_id", "doc"), _catalog_docs())
def test_explain_prose_is_filled_and_keeps_every_word(rule_id, doc):
    from coach.cli import for_readers, reflow
    from coach.render import display_width

    readable = for_readers(doc)
    filled = reflow(readable)
    assert "".join(filled.split()) == "".join(readable.split())  # no word lost or added
    for para in filled.split("\n\n"):
        lines = para.split("\n")
        if any(line[:1].isspace() or line[:2] in ("- ", "* ", "• ") for line in lines):
            assert para in readable  # a list is kept as it is
            continue
        for line, after in itertools.pairwise(lines):
            # no ragged line: the next word would not have fitted
            assert display_width(line) + 1 + display_width(after.split(" ")[0]) > 96, line


def test_explain_kr_is_task_reads_as_one_sentence(capsys):
    assert main(["explain", "kr-is-task"]) == 0
    out = capsys.readouterr().out
    assert "How it decides (Result, not task): by the shape of the wording, not by whole" in out
    assert "提升到[目标值]" in out  # no space put where a line broke between Chinese characters


def test_explain_notes_keep_the_source_lines(capsys):
    assert main(["explain", "kr-is-task", "--notes"]) == 0
    assert "(docs/principles.md, Result, not task; rules/_result_shape.py): by the shape\n" in (
        capsys.readouterr().out
    )
