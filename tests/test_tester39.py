"""What a new user touches, tried with fresh eyes (tester39): the API's answers to a developer's
odd requests (an empty body, a body in GBK, a model check's "Value error," prefix, a rule id in
capitals, a LanguageTool form sent with unescaped UTF-8); more below, one section per fix."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("tester39") / "fb.db"
    with TestClient(create_app(Settings(feedback_db=str(db)))) as c:
        yield c


JSON = {"Content-Type": "application/json"}


# -- an empty JSON body says it is empty, not "body: Field required" ---------------------------
@pytest.mark.parametrize("path", ["/v1/review", "/v1/grade", "/v1/tree"])
def test_an_empty_json_body_is_said_to_be_empty(client, path):
    r = client.post(path, content=b"", headers=JSON)
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "invalid_request"
    assert body["messages"]["en"].startswith("the request body is empty: send JSON such as")
    assert '{"text"' in body["messages"]["en"]
    assert body["messages"]["zh"].startswith("请求体是空的")
    assert "Field required" not in body["detail"]


def test_an_empty_body_on_feedback_points_at_the_docs(client):
    r = client.post("/v1/feedback", content=b"", headers=JSON)
    assert r.status_code == 422
    assert r.json()["messages"]["en"] == (
        "the request body is empty: send the JSON this route takes (GET /docs)"
    )


# -- a JSON body that is not UTF-8 (a Chinese draft saved as GBK) names the byte --------------
def test_a_body_in_gbk_is_said_to_be_no_utf8(client):
    body = '{"text": "目标：让每位门店店长都用上排班工具\\n关键结果1：使用率从40%到80%"}'.encode(
        "gbk"
    )
    r = client.post("/v1/review", content=body, headers=JSON)
    assert r.status_code == 422
    got = r.json()
    assert got["code"] == "invalid_request"
    try:  # the first byte UTF-8 cannot read ("目" is c4 bf in GBK, which UTF-8 reads as "Ŀ")
        body.decode("utf-8")
    except UnicodeDecodeError as e:
        first, byte = e.start, body[e.start : e.start + 1].hex()
    assert got["messages"]["en"].startswith(
        f"the request body is not UTF-8 text (byte 0x{byte} at offset {first}): send JSON encoded"
    )
    assert "GBK" in got["messages"]["zh"] and f"第 {first + 1} 个字节" in got["messages"]["zh"]
    assert "There was an error" not in got["detail"]


# -- a model's own check reads without pydantic's "Value error," -------------------------------
def test_text_and_draft_together_reads_without_value_error(client):
    r = client.post(
        "/v1/review",
        json={"text": "O: Win the lunch market", "draft": {"objectives": [{"text": "Grow"}]}},
    )
    assert r.status_code == 422
    en = r.json()["messages"]["en"]
    assert en == "body: give exactly one of 'text' (the draft as pasted) or 'draft'"


# -- a rule id in capitals or with a typo gets the id it meant, as the command line does -------
@pytest.mark.parametrize(
    ("field", "value", "meant"),
    [
        # ids in capitals or with underscores are read as the id since decision 5881
        ("ignore", ["KR-IS-TSAK"], "kr-is-task"),
        ("select", ["kr_no_ownr"], "kr-no-owner"),
        ("select", ["kr-vage-wording"], "kr-vague-wording"),
    ],
)
def test_an_unknown_rule_id_suggests_the_one_meant(client, field, value, meant):
    r = client.post("/v1/review", json={"text": "O: Win the lunch market", field: value})
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "bad_option"
    assert f"did you mean '{meant}'?" in body["messages"]["en"]
    assert f"是不是想写 '{meant}'" in body["messages"]["zh"]


def test_an_unknown_severity_id_suggests_the_one_meant(client):
    r = client.post(
        "/v1/review",
        json={"text": "O: Win the lunch market", "severity": {"KR-NO-OWNR": "info"}},
    )
    assert r.status_code == 422
    assert "did you mean 'kr-no-owner'?" in r.json()["messages"]["en"]


def test_a_far_off_id_still_points_at_the_catalog(client):
    r = client.post("/v1/review", json={"text": "O: Win", "select": ["zzzz"]})
    assert r.json()["messages"]["en"] == (
        "select: 'zzzz' matches no rule id (the catalog: `okr-coach rules`, GET /v1/rules)"
    )


# -- /v2/check reads a form whose UTF-8 came unescaped (curl -d "text=…") ----------------------
DRAFT_ZH = "目标：本季度让社区食堂的午餐更受欢迎\n关键结果1：尽量提升满意度"


def _post_form(client, raw: bytes):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    return client.post("/v2/check", content=raw, headers=form)


def test_lt_form_with_unescaped_utf8_is_read_as_utf8(client):
    r = _post_form(client, ("language=zh-CN&text=" + DRAFT_ZH).encode("utf-8"))
    assert r.status_code == 200, r.text
    got = r.json()
    rules = {m["rule"]["id"] for m in got["matches"]}
    assert "kr-vague-wording" in rules
    # the offsets are those of the text as written
    m = next(m for m in got["matches"] if m["rule"]["id"] == "kr-vague-wording")
    assert DRAFT_ZH[m["offset"] : m["offset"] + m["length"]].startswith("尽量")


def test_lt_form_escaped_latin1_text_stays_as_sent(client):
    # "café" escaped as UTF-8 arrives as "café": no second reading
    r = _post_form(
        client, b"language=en-US&text=O%3A+Win+the+caf%C3%A9+lunch+crowd%0AKR1%3A+Do+better"
    )
    assert r.status_code == 200
    spans = [m["context"]["text"] for m in r.json()["matches"]]
    assert any("café" in s for s in spans), spans


# -- the cycle's rules are listed and found as the draft's are ---------------------------------
def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    from coach.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_cycle_lists_grading_checkin_and_tree_rules(capsys):
    code, out, _ = _cli(capsys, "rules", "--cycle")
    assert code == 0
    ids = [line.split()[0] for line in out.splitlines()[1:]]
    assert {"grade-missing", "checkin-p3-task", "tree-link-unstated"} <= set(ids)
    assert "kr-is-task" not in ids
    code, out, _ = _cli(capsys, "rules")
    assert "grade-missing" not in out  # the draft review's list stays the draft rules'


def test_rules_cycle_json(capsys):
    import json

    code, out, _ = _cli(capsys, "rules", "--cycle", "--json")
    assert code == 0
    assert "checkin-kr-idle" in [r["id"] for r in json.loads(out)]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("grade-mising", "did you mean grade-missing?"),
        ("checkin-p3", "did you mean checkin-p3-task"),
        ("tree-orphan", "see `okr-coach rules --cycle`"),
        ("zzz", "see `okr-coach rules` or `okr-coach rules --cycle`"),
    ],
)
def test_explain_an_unknown_cycle_id_points_at_the_cycle(capsys, typed, said):
    code, _, err = _cli(capsys, "explain", typed)
    assert code == 2
    assert said in err, err


def test_explain_a_cycle_id_in_capitals(capsys):
    code, out, _ = _cli(capsys, "explain", "CHECKIN-P3-TASK")
    assert code == 0
    assert out.startswith("checkin-p3-task\n")


def test_explain_says_what_rule_id_takes(capsys):
    try:
        out = _cli(capsys, "explain", "--help")[1]
    except SystemExit:
        out = capsys.readouterr().out
    assert "grade-missing" in out and "okr-coach rules --cycle" in out


def test_unknown_rule_error_in_chinese_says_or_in_chinese():
    from coach.catalog import UnknownRuleError

    e = UnknownRuleError("zzz", [], "okr-coach rules` or `okr-coach rules --cycle")
    assert "`okr-coach rules` 或 `okr-coach rules --cycle`" in e.message_zh


# -- --help says the exit status a script branches on ------------------------------------------
@pytest.mark.parametrize("argv", [["--help"], ["review", "--help"], ["tree", "--help"]])
def test_help_says_the_exit_status(capsys, argv):
    try:
        out = _cli(capsys, *argv)[1]
    except SystemExit:
        out = capsys.readouterr().out
    flat = " ".join(out.split())
    assert (
        "exit status: 0 when no finding is an error; 1 when review, grade, checkin or tree" in flat
    )
    assert "2 when the input or an option is wrong" in flat


def test_tree_help_says_it_exits_1_on_errors(capsys, tmp_path):
    try:
        out = _cli(capsys, "--help")[1]
    except SystemExit:
        out = capsys.readouterr().out
    tree_line = " ".join(out.split()).split(" tree ", 1)[1]
    assert tree_line.split(" convert ", 1)[0].endswith("(exit 1 on errors)")
    # and it does
    draft = tmp_path / "set.md"
    draft.write_text("# Q3 2026 OKRs\nObjective: Become the go-to bakery on our street\n")
    assert _cli(capsys, "tree", str(draft))[0] == 1


# -- a "double-" failure keeps no "double-… accuracy" rewrite (decision 5730) ------------------
def _negative_fix(kr: str) -> list[str]:
    from coach.config import Config
    from coach.review import review

    draft = f"Objective: Make the hotel front desk a joy this quarter (owner: Noor)\nKR1: {kr}\n"
    found = [
        f
        for f in review(draft, config=Config(use_model=False)).findings
        if f.rule_id == "kr-negative-phrasing"
    ]
    assert found, kr  # the verdict stays
    return [s.text for f in found for s in f.suggestions] + [f.message for f in found]


@pytest.mark.parametrize(
    "kr",
    [
        "Reduce double-charging errors on room bills from 15 to 3 a month",
        "Eliminate double-billing errors on group invoices",
        "Cut double-booking errors for spa slots by half",
    ],
)
def test_double_failures_get_no_double_accuracy(kr):
    said = " ".join(_negative_fix(kr))
    assert "double-charging accuracy" not in said
    assert "double-billing accuracy" not in said
    assert "double-booking accuracy" not in said


def test_a_plain_step_of_work_keeps_its_accuracy():
    said = " ".join(_negative_fix("Reduce booking errors at the front desk from 20 to 5 a month"))
    assert "booking accuracy" in said


# -- a slide's footer is no key result (decision 5731) -----------------------------------------
def _kr_texts(draft: str) -> list[str]:
    from coach.config import Config
    from coach.review import review

    r = review(draft, config=Config(use_model=False))
    return [kr.text for o in r.objectives for kr in o.key_results]


@pytest.mark.parametrize(
    "footer",
    [
        "Slide 7 of 9",
        "Slide 7/9",
        "Internal use only | Slide 7 of 9",
        "Page 7 of 9 · Confidential",
        "Slide 7 — Proprietary",
        "机密 · 第7页",
        "第7页 | 仅供内部使用",
    ],
)
def test_a_slide_footer_is_no_key_result(footer):
    en = (
        "Objective: Make refunds painless for our shoppers this quarter (owner: Ravi)\n"
        "KR1: Refund requests settled within 2 days from 60% to 90%\n"
        f"KR2: Refund satisfaction from 3.9 to 4.5\n{footer}\n"
    )
    assert _kr_texts(en) == [
        "Refund requests settled within 2 days from 60% to 90%",
        "Refund satisfaction from 3.9 to 4.5",
    ]
    zh = (
        "目标：本季度让顾客退款不再费心（负责人：何静）\n"
        "  • 退款2天内办结率从60%提升到90%\n"
        f"  • 退款满意度从3.9提升到4.5\n{footer}\n"
    )
    assert _kr_texts(zh) == ["退款2天内办结率从60%提升到90%", "退款满意度从3.9提升到4.5"]


def test_a_line_going_on_after_slide_and_a_number_stays():
    draft = (
        "Objective: Make refunds painless for our shoppers this quarter (owner: Ravi)\n"
        "KR1: Refund satisfaction from 3.9 to 4.5\n"
        "KR2: Slide 30 new refund tips into the help center\n"
    )
    assert "Slide 30 new refund tips into the help center" in _kr_texts(draft)


# -- grade-missing says why a figure at the end was not taken (decision 5732) ------------------
def _grade_messages(text: str) -> list[str]:
    from coach.config import Config
    from coach.cycle.grading import grade

    report = grade(text, config=Config(semantic=False))
    return [f.message for f in report.findings if f.rule_id == "grade-missing"]


def test_grade_missing_names_a_bare_percentage_and_a_count():
    said = _grade_messages(
        "Objective: Make invoices arrive right the first time (owner: Mo)\n"
        "KR1: Invoice accuracy from 92% to 99% — 0.7\n"
        "KR2: Invoice disputes settled within a week from 50% to 80% — 45%\n"
        "KR3: Move 25 suppliers to e-invoicing — 20/25\n"
    )
    assert said == [
        "This key result has no grade (the “45%” at its end is not read as a grade: a percentage "
        "alone can be the measure's own value; write “score: 45%” or 0.45); its objective's grade "
        "counts only the others.",
        "This key result has no grade (the “20/25” at its end is progress, not a grade: write the "
        "grade it comes to, e.g. “score: 0.8”); its objective's grade counts only the others.",
    ]


def test_grade_missing_in_chinese_names_the_figure():
    said = _grade_messages(
        "目标1：让供应商的发票一次就开对（负责人：莫言）\n"
        "关键结果1：发票准确率从92%提升到99% 0.7\n"
        "关键结果2：接入电子发票的供应商 —— 18/30\n"
    )
    assert said == [
        "这个关键结果没有打分（末尾的“18/30”是完成的进度，不是分数：请写出它折合的分数，如“得分：0.6”），"
        "目标的得分只按其余的关键结果计算。"
    ]


def test_grade_missing_without_a_figure_keeps_its_message():
    said = _grade_messages(
        "Objective: Make invoices arrive right the first time (owner: Mo)\n"
        "KR1: Invoice accuracy from 92% to 99% — 0.7\n"
        "KR2: Invoice disputes settled within a week from 50% to 80%\n"
    )
    assert said == ["This key result has no grade; its objective's grade counts only the others."]


# -- an unlinked task whose nearest KR is close says another one is about as close -------------
CHECKIN_ZH = """# 市场部 第5周 周检查

## 本季度OKR
目标1：让华南的小餐馆老板都知道我们的收银系统
关键结果1：华南区品牌搜索量从每月8000提升到20000
关键结果2：新增试用门店300家
关键结果3：试用转付费率从12%提升到20%

## 本周关注的任务
- P1 和美团点评谈联合推广（KR2）
- P1 上线广州地铁广告
- P1 换掉会议室的投影仪

## 未来四周的计划
- 第6周：深圳餐饮展会布展

## OKR状态
信心指数：6/10（上周8/10），因为地铁广告审批延期

## 其他状态指标
- 团队士气：黄色
"""


def test_unlinked_task_says_when_another_kr_is_as_close():
    from coach.config import Config
    from coach.cycle.checkin import LINK_MIN, checkin

    report = checkin(CHECKIN_ZH, config=Config())
    tasks = {t.id: t for t in report.tasks}
    said = {f.target: f.message for f in report.findings if f.rule_id == "checkin-task-unlinked"}
    assert said, report.findings
    tied = [tid for tid in said if tasks[tid].closest.confidence >= LINK_MIN]
    assert tied, {tid: tasks[tid].closest for tid in said}  # the subway ads: close, not clear
    for tid, message in said.items():
        close = tasks[tid].closest.confidence >= LINK_MIN
        # the projector, linked to the trial stores by meaning alone before decision 5882, is
        # held back for its topic and says so instead (tests/test_tester40.py)
        why = (
            "但别的关键结果也差不多接近，分不出是哪一个",
            "但只是意思相近：任务说的事和这个关键结果不是一类",
        )
        assert any(w in message for w in why) == close, message
    assert "投影仪" in tasks["t3"].text and tasks["t3"].link is None


# -- a body nested too deep and a wrong method say what to send --------------------------------
def test_a_body_nested_too_deep_says_so(client):
    body = '{"text": ' + "[" * 5000 + "]" * 5000 + "}"
    r = client.post("/v1/review", content=body, headers=JSON)
    assert r.status_code == 422
    got = r.json()["messages"]
    assert got["en"].startswith("the request body nests arrays or objects too deeply to read")
    assert got["zh"].startswith("请求体里的数组或对象嵌套得太深")


def test_a_wrong_method_names_the_one_to_use(client):
    r = client.get("/v1/review")
    assert r.status_code == 405
    got = r.json()["messages"]
    assert got["en"] == "GET is not allowed here; this address takes POST"
    assert got["zh"] == "这个地址不接受 GET 请求；请用 POST。"
    assert r.headers["allow"] == "POST"


def test_grade_missing_offers_no_rounded_grade_for_a_fine_percentage():
    said = _grade_messages(
        "Objective: Keep the booking site up for every guest (owner: Mo)\n"
        "KR1: Booking errors answered within a day from 70% to 95% — 0.7\n"
        "KR2: Booking site uptime — 99.9%\n"
    )
    assert said == [
        "This key result has no grade (the “99.9%” at its end is not read as a grade: a "
        "percentage alone can be the measure's own value; write “score: 99.9%”); its "
        "objective's grade counts only the others."
    ]
