"""What a new user touches, tried with fresh eyes (tester35): the lead's rulings on tester34's
list — a CSV's own positions in `review` and `grade`, JSON error positions counted from 1,
`Allow: GET, HEAD`, clearer 413/422 bodies, prose with no OKR shape, `grade`'s language — and
what turned up while trying them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import test_tester32

from coach.cli import main

# tester32's fixtures: a service client, and a running server with a headless Chromium
client = test_tester32.client
page_server = test_tester32.page_server
chromium_browser = test_tester32.chromium_browser


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _csv_place(path: Path, cell_text: str) -> tuple[int, int]:
    """The CSV line and column (1-based) where `cell_text` begins."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        at = line.find(cell_text)
        if at >= 0:
            return n, at + 1
    raise AssertionError(cell_text)


def _positions(out: str) -> list[tuple[int, int, str]]:
    """(line, column, rule id) of each finding line of a text report ("  4:2 warning rule …")."""
    found = []
    for ln in out.splitlines():
        head = ln.strip().split()
        if len(head) >= 3 and head[0].count(":") == 1 and head[0].replace(":", "").isdigit():
            line, col = head[0].split(":")
            found.append((int(line), int(col), head[2]))
    return found


# -- `review x.csv` and `grade x.csv`: the CSV's own line and column (lead ruling) -----------
REVIEW_CSVS = [
    (  # blank rows above, a quoted cell with a comma: the objective's text starts after the quote
        'objective,key_result,owner\n\n\n"Grow, fast",Make more sales,Ann\n',
        "Grow, fast",
        "Make more sales",
    ),
    (  # Chinese headers, a blank row between the two KRs, spaces after the commas
        "目标,关键结果,负责人\n"
        "让西南区门店的会员复购更稳定, 会员复购率提升,刘洋\n\n"
        "让西南区门店的会员复购更稳定, 流失会员回访更多,刘洋\n",
        "让西南区门店的会员复购更稳定",
        "会员复购率提升",
    ),
    (  # a header that is not a cycle table's (the review reads it as a pasted table)
        "Objective,Key Result,Owner,Due\n\n"
        'Make our support feel personal,"Answer ""most"" tickets faster",Lee,\n',
        "Make our support feel personal",
        'Answer ""most"" tickets faster',
    ),
]


@pytest.mark.parametrize(("table", "objective", "kr"), REVIEW_CSVS)
def test_review_positions_of_a_csv_are_its_lines_and_columns(
    tmp_path, capsys, table, objective, kr
):
    path = tmp_path / "okrs.csv"
    path.write_text(table, encoding="utf-8")
    for fmt in ("text", "markdown"):
        code, out, _ = _run(capsys, ["review", str(path), "--color", "never", "--format", fmt])
        assert code in (0, 1)
        if fmt == "text":
            places = {(line, col) for line, col, _ in _positions(out)}
            assert _csv_place(path, objective) in places, out
            assert _csv_place(path, kr) in places, out
            # the excerpt's gutter shows the file's line
            row = _csv_place(path, kr)[0]
            assert any(ln.strip().startswith(f"{row} | ") for ln in out.splitlines()), out
        else:
            assert "{}:{}".format(*_csv_place(path, kr)) in out, out


def test_review_positions_of_a_text_draft_are_unchanged(tmp_path, capsys):
    path = tmp_path / "okrs.md"
    path.write_text("\n\nObjective: Grow fast\nKR1: Make more sales\n", encoding="utf-8")
    _, out, _ = _run(capsys, ["review", str(path), "--color", "never"])
    places = {(line, col) for line, col, _ in _positions(out)}
    assert (4, 6) in places and (3, 12) in places, out


@pytest.mark.parametrize(
    ("table", "kr"),
    [
        (
            'objective,key_result,owner,score\n\n\n"Grow, fast",Make more sales,Ann,0.5\n',
            "Make more sales",
        ),
        (
            "目标,关键结果,得分\n\n让门店会员更愿意回来,会员复购率提升,0.5\n",
            "会员复购率提升",
        ),
    ],
)
def test_grade_positions_of_a_csv_are_its_lines_and_columns(tmp_path, capsys, table, kr):
    path = tmp_path / "graded.csv"
    path.write_text(table, encoding="utf-8")
    code, out, _ = _run(capsys, ["grade", str(path), "--color", "never"])
    assert code in (0, 1)
    places = {(line, col) for line, col, _ in _positions(out)}
    assert _csv_place(path, kr) in places, out
    row = _csv_place(path, kr)[0]
    assert any(ln.strip().startswith(f"{row} | ") for ln in out.splitlines()), out
    _, md, _ = _run(capsys, ["grade", str(path), "--format", "markdown"])
    assert "{}:{}".format(*_csv_place(path, kr)) in md, md
    # the JSON's spans still refer to its source_text
    _, js, _ = _run(capsys, ["grade", str(path), "--format", "json"])
    report = json.loads(js)
    f = report["findings"][0]
    assert report["source_text"][f["span"]["start"] : f["span"]["end"]]


# -- JSON error positions count from 1 in both languages (lead ruling) -----------------------
@pytest.mark.parametrize(
    ("body", "at"),
    [
        (b"{bad json", 2),  # the "b": a person counts "{" as the first character
        (b'{"text": "O: a" "x"}', 17),
        (b"", None),
        (b"[1, 2,]", 7),
        ('{"text": "目标：增长" ,}'.encode(), 19),
    ],
)
def test_malformed_json_positions_count_from_one(client, body, at):
    r = client.post("/v1/review", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422
    said = r.json()
    if at is None:
        assert "at character" not in said["detail"]
        return
    assert said["detail"] == f"the request body is not valid JSON (at character {at})"
    assert said["messages"]["zh"] == f"请求体不是合法的 JSON（第 {at} 个字符附近）。"


# -- a 405 names every method the address takes (lead ruling) --------------------------------
@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/v1/rules", "GET, HEAD"),
        ("POST", "/v1/rules", "GET, HEAD"),
        ("PUT", "/v1/rules/kr-not-quantified", "GET, HEAD"),
        ("POST", "/v2/languages", "GET, HEAD"),
        ("DELETE", "/v1/examples", "GET, HEAD"),
        ("POST", "/healthz", "GET, HEAD"),
        ("POST", "/", "GET, HEAD"),
        ("DELETE", "/cycle", "GET, HEAD"),
        ("GET", "/v1/review", "POST"),
        ("HEAD", "/v2/check", "POST"),
    ],
)
def test_405_allow_names_head_where_it_is_served(client, method, path, allow):
    r = client.request(method, path)
    assert r.status_code == 405, r.text
    assert r.headers["allow"] == allow
    if method != "HEAD":
        assert r.json()["code"] == "http_405"
    # and HEAD really is served where the header says so
    if "HEAD" in allow:
        assert client.head(path).status_code == 200


# -- /v1/tree names `documents`; the body guard's errors are compact JSON (lead ruling) -------
@pytest.mark.parametrize("lang", ["en", "zh-CN", None])
def test_tree_with_no_documents_names_the_field(client, lang):
    headers = {"accept-language": lang} if lang else {}
    r = client.post("/v1/tree", json={"documents": []}, headers=headers)
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "empty"
    assert "'documents'" in body["detail"] and "'documents'" in body["messages"]["zh"]
    assert ("没有文件" in body["detail"]) == (lang == "zh-CN")


@pytest.mark.parametrize(
    "documents",
    [
        [{"name": "company.md", "text": ""}],
        [{"name": "a.md", "text": " \n\n"}],
    ],
)
def test_tree_with_blank_documents_is_still_an_empty_draft(client, documents):
    body = client.post("/v1/tree", json={"documents": documents}).json()
    assert body["code"] == "empty" and body["detail"].startswith("the draft is empty")


def test_tree_with_one_real_document_is_still_reviewed(client):
    docs = [
        {"name": "empty.md", "text": ""},
        {"name": "team.md", "text": "Objective: Win the mid-market\nKR1: Sign 40 new accounts\n"},
    ]
    assert client.post("/v1/tree", json={"documents": docs}).status_code == 200
    # an empty `text` is still the draft's own empty error
    r = client.post("/v1/tree", json={"text": ""})
    assert r.status_code == 422 and "'documents'" not in r.json()["detail"]


def _compact(raw: bytes) -> bool:
    return raw == json.dumps(json.loads(raw), ensure_ascii=False, separators=(",", ":")).encode()


@pytest.mark.parametrize("path", ["/v1/review", "/v1/grade", "/v2/check"])
def test_body_guard_answers_compact_json(client, path):
    limit = client.app.state.settings.max_body_bytes()
    r = client.post(path, content=b"x" * (limit + 10), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["code"] == "too_long"
    assert _compact(r.content), r.content[:120]
    # as the app's own errors are
    other = client.post(path, content=b"{", headers={"content-type": "application/json"})
    assert other.status_code == 422 and _compact(other.content)


# -- prose with no OKR shape is no objective (lead ruling) -----------------------------------
NOT_OKRS = [
    # the lead's three
    "hello world, nothing here",
    "Just a few notes for the offsite, nothing planned.",
    "随便写点东西，没什么计划",
    # wordings of the same shape not looked at while writing the code
    "Some rough notes from the call. Nothing decided yet.",
    "Nothing to report yet.",
    "hi all, nothing planned for now",
    "随手记一下，暂时没有安排。",
    "先随便记记，还没什么想法",
    "Quick notes after the standup, nothing new",
    "测试一下，这里什么都没有",
]

ONE_LINE_OBJECTIVES = [
    "Objective: Make onboarding delightful",
    "提升新用户留存",
    "Q3: win the mid-market",
    "Make onboarding delightful",
    "拿下华东市场！",
    "Ship nothing broken this quarter",
    "No customer waits more than a day for an answer",
    "Notes for Q3: win the mid-market",
    "让客户没有后顾之忧",
    "Hey team, win back every lapsed subscriber",
    "Become the notes app people trust",
]


@pytest.mark.parametrize("text", NOT_OKRS)
def test_prose_with_no_okr_shape_is_no_objective(client, capsys, text):
    r = client.post("/v1/review", json={"text": text})
    assert r.status_code == 422, r.text[:200]
    assert r.json()["code"] == "no_objective"
    # the same answer as a note under a heading
    said = client.post("/v1/review", json={"text": "# Notes\n\nNothing to see here."}).json()
    assert r.json()["messages"] == said["messages"]


@pytest.mark.parametrize("text", NOT_OKRS[:3])
def test_prose_with_no_okr_shape_exits_2_in_the_cli(tmp_path, capsys, text):
    path = tmp_path / "notes.md"
    path.write_text(text + "\n", encoding="utf-8")
    code, out, err = _run(capsys, ["review", str(path)])
    assert code == 2 and out == ""
    assert "objective" in err.lower() or "目标" in err


@pytest.mark.parametrize("text", ONE_LINE_OBJECTIVES)
def test_a_one_line_objective_is_still_reviewed(client, text):
    r = client.post("/v1/review", json={"text": text})
    assert r.status_code == 200, r.text[:300]
    review = r.json()
    assert len(review["objectives"]) == 1
    assert "objective-no-key-results" in {f["rule_id"] for f in review["findings"]}


# -- `grade` on a Chinese draft with a few Latin letters answers in Chinese (lead ruling) -----
CHINESE_LABELS = [
    "目标：a\n关键结果1：b 0.5\n",
    "目标：提升用户满意度\n关键结果1：NPS 0.7\n",
    "目标：App\n关键结果1：DAU 0.7\n关键结果2：GMV 0.3\n",
    "目标：KPI\n关键结果1：ROI 0.7\n关键结果2：SLA 1.0\n",
    "目标：x\n关键结果一：y 0.3\n关键结果二：z 0.7\n",
    "目标一：App 2.0\n关键结果1：DAU 10k 得分 0.7\n关键结果2：crash 0.1% 得分 0.3\n",
    "目标：Go\n关键结果：3 个市场 — 0.7\n",
    "目标：AI\n关键结果1：GPU 利用率 80% 0.7\n",
]


@pytest.mark.parametrize("draft", CHINESE_LABELS)
def test_grade_answers_a_chinese_labelled_draft_in_chinese(tmp_path, capsys, draft):
    path = tmp_path / "graded.md"
    path.write_text(draft, encoding="utf-8")
    code, out, _ = _run(capsys, ["grade", str(path), "--format", "json"])
    assert code in (0, 1), out
    report = json.loads(out)
    assert report["language"] == "zh" and report["ui_language"] == "zh"
    # and `review` decides it the same way
    _, out, _ = _run(capsys, ["review", str(path), "--format", "json"])
    assert json.loads(out)["ui_language"] == "zh"


@pytest.mark.parametrize(
    "draft",
    [
        "Objective: a\nKR1: b 0.5\n",
        "O1: Ship v2\nKR1: p95 latency 200ms — score: 0.7\n",
        "Objective: Win the mid-market\nKR1: Sign 40 new accounts 0.7\nKR2: NPS 到 45 0.3\n",
        "目标：Win the mid-market this quarter\nKR1: Sign 40 new enterprise accounts — 0.7\n",
        # English items under Chinese labels: more Latin letters than Chinese characters
        "目标：Turn trial users into fans\n关键结果1：Trial-to-paid from 8% to 12% 0.7\n",
        "O: Grow ARR\nKR1: ARR from $2M to $3M — 0.7\n",
    ],
)
def test_grade_keeps_english_drafts_in_english(tmp_path, capsys, draft):
    path = tmp_path / "graded.md"
    path.write_text(draft, encoding="utf-8")
    code, out, _ = _run(capsys, ["grade", str(path), "--format", "json"])
    assert code in (0, 1) and json.loads(out)["ui_language"] == "en"


# -- `checkin c.md --okrs o.md`: each position in its own file (found while testing) ---------
OKRS_EN = (
    "# Q1 2027 Platform OKRs\n\n"
    "Objective 1: Make deploys boring\n"
    "- KR1: Cut median deploy time from 40 min to 10 min (owner: Priya)\n"
    "- KR2: Roll back any release within 5 minutes, 100% of the time (owner: Sam)\n"
)
CHECKIN_EN = (
    "\n## Priorities this week\n- P1: Finish the deploy pipeline migration (KR1)\n\n"
    "## Next 4 weeks\n- Cut deploy time to 10 min\n\n## Health\n- Team: green\n"
)
OKRS_ZH = (
    "# 2027年Q1 客服中心 OKR\n目标1：让客户的问题一次就解决\n"
    "关键结果1：首次解决率从 62% 提升到 80%（负责人：李娜）\n"
    "关键结果2：重复来电率降到 10% 以下（负责人：王强）\n"
)
CHECKIN_ZH = "本周关注的任务：\n- P1 梳理高频问题知识库（KR1）\n未来四周的计划：\n- 上线知识库\n"


def _where(out: str, name: str) -> list[tuple[int, int]]:
    found = []
    for ln in out.splitlines():
        head = ln.strip().split(" ")[0]
        if head.startswith(name + ":"):
            _, line, col = head.split(":")
            found.append((int(line), int(col)))
    return found


@pytest.mark.parametrize(
    ("okrs", "checkin", "idle"),
    [(OKRS_EN, CHECKIN_EN, "Roll back"), (OKRS_ZH, CHECKIN_ZH, "重复来电率")],
)
def test_checkin_with_okrs_names_each_file_and_its_line(tmp_path, capsys, okrs, checkin, idle):
    (tmp_path / "okrs.md").write_text(okrs, encoding="utf-8")
    (tmp_path / "week.md").write_text(checkin, encoding="utf-8")
    argv = ["checkin", str(tmp_path / "week.md"), "--okrs", str(tmp_path / "okrs.md")]
    code, out, _ = _run(capsys, [*argv, "--color", "never"])
    assert code in (0, 1)
    # the idle key result is named in the OKRs' file, at its own line and column
    line = next(n for n, t in enumerate(okrs.splitlines(), 1) if idle in t)
    col = okrs.splitlines()[line - 1].index(idle) + 1
    assert (line, col) in _where(out, "okrs.md"), out
    # the missing quadrant is named in the check-in's file, within its lines
    inside = _where(out, "week.md")
    assert inside and all(1 <= n <= len(checkin.splitlines()) for n, _ in inside), out
    _, md, _ = _run(capsys, [*argv, "--format", "markdown"])
    assert f"okrs.md:{line}:{col}" in md


def test_checkin_with_its_okrs_inside_keeps_plain_positions(tmp_path, capsys):
    (tmp_path / "both.md").write_text(OKRS_EN + CHECKIN_EN, encoding="utf-8")
    code, out, _ = _run(capsys, ["checkin", str(tmp_path / "both.md"), "--color", "never"])
    assert code in (0, 1)
    line = next(n for n, t in enumerate(OKRS_EN.splitlines(), 1) if "Roll back" in t)
    assert (line, 8) in {(a, b) for a, b, _ in _positions(out)}, out


# -- the page: a failure's example stands on lines of its own (found while testing) -----------
@pytest.mark.parametrize(
    ("locale", "viewport", "text", "first", "example"),
    [
        ("en-US", (390, 844), "hello world, nothing here", "I could not find", "KR1: Raise NPS"),
        ("zh-CN", (1280, 900), "随便写点东西，没什么计划", "没有找到目标", "关键结果1：NPS"),
        ("en-US", (1280, 900), "# Notes\n\nNothing to see here.", "I could not find", "KR1: Raise"),
    ],
)
def test_page_shows_a_failures_example_on_its_own_lines(
    chromium_browser, page_server, locale, viewport, text, first, example
):
    context = chromium_browser.new_context(
        locale=locale, viewport={"width": viewport[0], "height": viewport[1]}
    )
    page = context.new_page()
    page.goto(page_server + "/")
    page.wait_for_selector("body[data-app='ready'] .cm-content")
    page.fill(".cm-content", text)
    page.wait_for_selector("#counts.failure", timeout=20000)
    lines = [ln.strip() for ln in page.locator("#counts").inner_text().splitlines()]
    assert lines[0].startswith(first), lines
    assert any(ln.startswith(example) for ln in lines), lines  # its own line, not run on
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport[0]
    context.close()


# -- `review -` reads a CSV piped in as `review x.csv` does (found while testing) ------------
@pytest.mark.parametrize(("table", "objective", "kr"), REVIEW_CSVS)
def test_review_reads_a_csv_on_stdin_as_a_table(
    tmp_path, capsys, monkeypatch, table, objective, kr
):
    import io

    path = tmp_path / "okrs.csv"
    path.write_text(table, encoding="utf-8")
    _, from_file, _ = _run(capsys, ["review", str(path), "--format", "json"])
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(table.encode()), encoding="utf-8"))
    code, piped, _ = _run(capsys, ["review", "-", "--format", "json"])
    assert code in (0, 1)
    a, b = json.loads(from_file), json.loads(piped)
    assert [o["text"] for o in b["objectives"]] == [o["text"] for o in a["objectives"]]
    assert [k["text"] for o in b["objectives"] for k in o["key_results"]] == [
        k["text"] for o in a["objectives"] for k in o["key_results"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Objective: Win the mid-market, fast\nKR1: Sign 40 accounts\n",
        "Objective: a, b\nKR1: c, d\n",
        "O: a, b, c\nKR1: 40, 50\n",
    ],
)
def test_review_of_text_on_stdin_is_unchanged(capsys, monkeypatch, text):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8"))
    code, out, _ = _run(capsys, ["review", "-", "--format", "json"])
    assert code in (0, 1) and json.loads(out)["source_text"] is None


# -- the cycle page names its icon, as the review page does (found while testing) ------------
@pytest.mark.parametrize("path", ["/", "/cycle"])
def test_each_page_names_its_icon(client, path):
    html = client.get(path).text
    assert '<link rel="icon" href="/static/favicon.svg"' in html
    assert client.get("/static/favicon.svg").status_code == 200


# -- the cycle page says a failure's reason once, in the results (found while testing) -------
@pytest.mark.parametrize(
    ("locale", "kind", "text", "reason", "status"),
    [
        (
            "en-US",
            "grade",
            "Objective: Grow\nKR1: Sign 40 accounts\n",
            "no key result carries",
            "Not checked",
        ),
        (
            "zh-CN",
            "grade",
            "目标：增长\n关键结果1：签下 40 个客户\n",
            "没有一个关键结果",
            "没有检查",
        ),
        ("en-US", "tree", "hello world, nothing here", "I could not find", "Not checked"),
    ],
)
def test_cycle_page_says_a_failure_once(
    chromium_browser, page_server, locale, kind, text, reason, status
):
    context = chromium_browser.new_context(locale=locale, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(page_server + "/cycle")
    page.wait_for_selector(f"#{kind}-text", state="attached")
    page.click(f"#tab-{kind}")
    page.fill(f"#{kind}-text", text)
    page.locator(f"#view-{kind} button").first.click()
    page.wait_for_selector(f"#{kind}-results .finding.error", timeout=20000)
    assert reason in page.locator(f"#{kind}-results").inner_text()
    said = page.locator("#status").inner_text()
    assert said.startswith(status) and reason not in said
    context.close()


# -- a table with only its header is said to be one (found while testing) ---------------------
@pytest.mark.parametrize(
    ("header", "chinese"),
    [
        ("目标,关键结果\n", True),
        ("objective,key_result,owner\n\n\n", False),
        ("目标,关键结果,负责人\n", True),
    ],
)
@pytest.mark.parametrize(
    "argv",
    [["review"], ["grade"], ["convert", "--to", "markdown"], ["convert", "--to", "csv"]],
)
def test_a_header_only_table_is_an_input_error(
    tmp_path, capsys, monkeypatch, header, chinese, argv
):
    monkeypatch.setenv("LANG", "C.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    path = tmp_path / "okrs.csv"
    path.write_text(header, encoding="utf-8")
    code, out, err = _run(capsys, [argv[0], str(path), *argv[1:]])
    assert code == 2 and out == ""
    said = err.splitlines()[0]
    assert "header" in said or "表头" in said, err
    if argv[0] == "review":  # said in the draft's language
        assert ("表头" in said) == chinese


def test_a_header_only_table_in_the_api_is_a_422(client):
    r = client.post(
        "/v1/convert", json={"table": {"format": "csv", "content": "objective\n"}, "to": "markdown"}
    )
    assert r.status_code == 422 and r.json()["code"] == "empty"
    assert "表头" in r.json()["messages"]["zh"]


@pytest.mark.parametrize(
    "table",
    [
        "objective,key_result\nGrow the east market,Sign 40 accounts\n",
        "Grow fast,Make more sales\n",  # no header: a row reviewed as it is
    ],
)
def test_a_table_with_rows_is_still_read(tmp_path, capsys, table):
    path = tmp_path / "okrs.csv"
    path.write_text(table, encoding="utf-8")
    code, out, _ = _run(capsys, ["review", str(path), "--format", "json"])
    assert code in (0, 1) and json.loads(out)["objectives"]


# -- `grade` on objectives with no key results says so (found while testing) ------------------
@pytest.mark.parametrize(
    ("draft", "says"),
    [
        (
            "目标1：成为华南最受信赖的社区团购平台\n目标2：让骑手的收入更稳定\n",
            "没有可以打分的关键结果",
        ),
        ("Objective: Win the mid-market\nObjective: Hire well\n", "no key results to grade"),
        ("## Q3 OKRs\n\nO1: Make onboarding delightful\n", "no key results to grade"),
    ],
)
def test_grade_of_objectives_only_says_there_are_no_key_results(
    client, tmp_path, capsys, draft, says
):
    path = tmp_path / "objectives.md"
    path.write_text(draft, encoding="utf-8")
    code, _, err = _run(capsys, ["grade", str(path)])
    assert code == 2 and says in err
    r = client.post("/v1/grade", json={"text": draft})
    assert r.status_code == 422 and r.json()["code"] == "no_grades"
    assert says in r.json()["detail"]


def test_grade_of_ungraded_key_results_still_asks_for_grades(tmp_path, capsys):
    path = tmp_path / "ungraded.md"
    path.write_text("Objective: Win the mid-market\nKR1: Sign 40 new accounts\n", encoding="utf-8")
    code, _, err = _run(capsys, ["grade", str(path)])
    assert code == 2 and "no key result carries a grade" in err
