"""The web page in a real headless browser (Debian's chromium, driven by playwright).

The server sends a strict Content-Security-Policy (`default-src 'self'`, no inline script or
style) and every test fails on a CSP violation or an uncaught error in the page. Skips only
where chromium is not installed (`make browser-deps`); the page's script must be built
(`make web`, which `make test` runs). OKR_COACH_UPDATE_SCREENSHOT=1 refreshes the README's
screenshots in docs/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import time
from pathlib import Path
from unittest import mock

import pytest

import service.testing
from coach import review
from coach.render import render_markdown
from service.app import create_app
from service.settings import Settings
from service.testing import running_server, wait_until_ready

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "service" / "static" / "build" / "app.js"
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
if CHROMIUM is None:
    pytest.skip("chromium is not installed (run `make browser-deps`)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

RULE = "objective-no-key-results"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ZH = "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：NPS 从 30 提升到 45\n\n目标2：提升品牌影响力\n"
# Non-BMP characters before the flagged span: the page must convert code points to UTF-16.
EN = "# 🚀 Q3 OKRs 𝒪𝒦ℛ\n\nObjective: Win the enterprise market\n\nObjective 2: Ship a faster app\nKR1: p95 latency down to 200 ms\n"


def forty_krs() -> str:
    """Five objectives with eight KRs each, a third of them flawed in one way or another."""
    lines = []
    for o in range(1, 6):
        lines.append(f"目标{o}：本季度让第{o}条产品线的客户更满意（负责人：王芳）")
        for k in range(1, 9):
            if k % 3 == 0:
                lines.append(f"关键结果{k}：尽量提升第{k}项服务的质量")
            elif k % 3 == 1:
                lines.append(f"关键结果{k}：第{k}项指标从 {10 + k} 提升到 {30 + k}（负责人：李雷）")
            else:
                lines.append(f"关键结果{k}：每月开展{k}次培训")
        lines.append("")
    return "\n".join(lines)


CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}


class CSPMiddleware:
    """Adds the policy the service is meant to send (unless the service already sends one)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def with_csp(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(k.lower() == b"content-security-policy" for k, _ in headers):
                    headers.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_csp)


def app_with_csp(settings=None):
    app = create_app(settings)
    app.add_middleware(CSPMiddleware)
    return app


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    assert BUNDLE.exists(), "the page's script is not built: run `make web`"
    db = tmp_path_factory.mktemp("browser") / "fb.db"
    with (
        mock.patch.object(service.testing, "create_app", app_with_csp),
        running_server(Settings(feedback_db=str(db))) as url,
    ):
        wait_until_ready(url)
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Problems:
    """Uncaught errors and CSP violations seen by a page."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def watch(self, page) -> None:
        page.on("pageerror", lambda e: self.items.append(f"pageerror: {e}"))
        page.on(
            "console",
            lambda m: (
                self.items.append(f"console: {m.text}")
                if "Content Security Policy" in m.text
                else None
            ),
        )


@pytest.fixture
def open_page(browser, server):
    """open_page(locale=…, viewport=…, color_scheme=…, path=…) → a loaded page."""
    contexts = []
    problems = Problems()

    def _open(locale="zh-CN", viewport=DESKTOP, path="/", **kwargs):
        context = browser.new_context(
            locale=locale, viewport=viewport, accept_downloads=True, **kwargs
        )
        contexts.append(context)
        page = context.new_page()
        problems.watch(page)
        page.goto(server + path)
        page.wait_for_selector("body[data-app='ready'] .cm-content")
        return page

    yield _open
    for c in contexts:
        c.close()
    assert problems.items == [], problems.items


@pytest.fixture
def page(open_page):
    return open_page()


# --- helpers ----------------------------------------------------------------------------------
def set_draft(page, text: str) -> None:
    page.fill(".cm-content", text)  # as pasted: an input event, then the debounced review
    wait_current(page)


def wait_current(page, timeout: float = 15000) -> None:
    """Until the findings in the editor are those of the text in it."""
    page.wait_for_function(
        "() => document.querySelector('.cm-editor').dataset.findings === 'current'"
        " && document.body.dataset.reviewing !== 'true' && document.body.dataset.panel !== 'pending'",
        timeout=timeout,
    )


# The editor's document: its `.cm-line`s without CodeMirror's widgets (contenteditable=false),
# which are no part of the document — the empty editor's placeholder ("Type or paste a draft to
# review it.") is one (tester33). The page keeps its EditorView to itself.
EDITOR_STATE = """() => [...document.querySelectorAll('.cm-content .cm-line')].map((line) => {
  const copy = line.cloneNode(true);
  copy.querySelectorAll('[contenteditable=false]').forEach((w) => w.remove());
  return copy.textContent;
}).join('\\n')"""


def editor_text(page) -> str:
    return page.evaluate(EDITOR_STATE)


def check_status(page, item: str, rule: str) -> str | None:
    return page.get_attribute(
        f'section[data-item="{item}"] > .item-row > .checks-box li[data-rule="{rule}"]',
        "data-status",
    )


def underlined(page, severity: str = "error") -> list[str]:
    return page.locator(f".cm-lintRange-{severity}").all_inner_texts()


def finding_item(page, rule: str, target: str):
    return page.locator(f'li.finding[data-rule="{rule}"][data-target="{target}"]')


def hover(page, locator) -> None:
    """The mouse over the start of a finding's underline, as a person would move it there."""
    box = locator.evaluate(  # the first line's box, if the underline wraps
        "e => { const r = e.getClientRects()[0]; return {x: r.x, y: r.y, height: r.height}; }"
    )
    page.mouse.move(box["x"] + 6, box["y"] + box["height"] / 2, steps=3)


def move_cursor_to_end_of_line(page, line_text: str) -> None:
    """Put the cursor at the end of the line with this text, by keyboard only."""
    page.focus(".cm-content")
    page.keyboard.press("Control+Home")
    lines = editor_text(page).split("\n")
    for _ in range(lines.index(line_text)):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("End")


# --- the editor -------------------------------------------------------------------------------
def test_findings_in_the_editor_card_apply_and_undo(page, tmp_path):
    assert page.locator("#tab-review").inner_text() == "检查草稿"
    set_draft(page, ZH)
    assert "提升品牌影响力" in underlined(page, "error")
    assert check_status(page, "o2", RULE) == "fail"
    assert check_status(page, "o1", RULE) == "pass"
    # severity by icon and underline style as well as colour
    assert page.locator(".cm-severity-gutter .sev-icon.sev-error:visible").count() == 1
    style = page.eval_on_selector(
        ".cm-lintRange-error", "e => getComputedStyle(e).textDecorationStyle"
    )
    assert style == "wavy"
    assert page.locator("#score").inner_text().isdigit()

    # the card: on hover …
    hover(page, page.locator(".cm-lintRange-error", has_text="提升品牌影响力"))
    card = page.locator(".cm-tooltip .card")
    card.wait_for()
    assert "这个目标没有关键结果" in card.inner_text()
    assert card.locator("button.apply").count() >= 1
    assert card.locator("button.ignore-this").count() >= 1
    assert card.locator("button.ignore-rule").count() >= 1
    page.mouse.move(5, 5)
    card.wait_for(state="detached")
    # … and when the cursor moves into the finding by keyboard; Tab reaches its buttons
    move_cursor_to_end_of_line(page, "目标2：提升品牌影响力")
    card = page.locator(".cm-tooltip .card[data-keyboard='true']")
    card.wait_for()
    assert "这个目标没有关键结果" in page.locator("#announce").inner_text()  # for screen readers
    page.keyboard.press("Tab")  # into the card's buttons
    assert page.evaluate("() => !!document.activeElement.closest('.card')")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Escape")
    card.wait_for(state="detached")
    page.keyboard.press("Control+.")
    card.wait_for()
    page.screenshot(path=str(tmp_path / "card.png"))

    # Apply: the page does not scroll, the first placeholder is selected, no vote is sent
    votes = []
    page.on("request", lambda r: votes.append(r.url) if "/v1/feedback" in r.url else None)
    page.evaluate("window.scrollTo(0, 120)")
    scroll = page.evaluate("window.scrollY")
    card.locator(f'.card-finding[data-rule="{RULE}"] button.apply').click()
    assert page.evaluate("window.scrollY") == scroll
    assert page.evaluate("window.getSelection().toString()") == "[关键结果]"
    applied = editor_text(page)
    assert (
        applied.startswith(ZH.rstrip("\n"))
        and "关键结果1：[关键结果]（负责人：[负责人]）" in applied
    )
    wait_current(page)
    assert check_status(page, "o2", RULE) == "pass"
    assert finding_item(page, RULE, "o2").count() == 0
    assert page.locator('section[data-item="o2.kr1"]').count() == 1
    # typing replaces the selected placeholder
    page.keyboard.type("品牌搜索量从 1 万提升到 3 万")
    assert "关键结果1：品牌搜索量从 1 万提升到 3 万（负责人" in editor_text(page)

    # undo (the typing, then the apply) and redo
    page.keyboard.press("Control+z")
    page.keyboard.press("Control+z")
    assert editor_text(page) == ZH
    wait_current(page)
    assert check_status(page, "o2", RULE) == "fail"
    page.keyboard.press("Control+Shift+Z")
    assert "关键结果1：[关键结果]" in editor_text(page)
    page.click("#btn-undo")
    assert editor_text(page) == ZH
    wait_current(page)
    assert votes == []


def test_finding_buttons_are_described_by_their_finding(page):
    """tester39: "Apply", "Ignore this", "Ignore rule" and "Show in draft" repeat on every
    finding; tabbing through them a screen reader said those words alone. Each is described by
    its finding's message (aria-describedby), in the list and in the editor's card."""
    set_draft(
        page,
        "目标：本季度让门店店员爱上排班（负责人：周敏）\n关键结果1：尽量减少排班冲突\n关键结果2：编写排班手册\n",
    )
    hover(page, page.locator(".cm-lintRange").first)
    page.locator(".cm-tooltip .card").wait_for()
    described = page.evaluate(
        """() => [...document.querySelectorAll('.finding-actions button')].map((b) => {
            const id = b.getAttribute('aria-describedby');
            const target = id && document.getElementById(id);
            const box = b.closest('.finding-body');
            return [b.textContent, target ? target.textContent : null,
                    box.querySelector('.message').textContent];
        })"""
    )
    assert len(described) >= 6, described
    for label, said, message in described:
        assert said is not None, f"{label!r} is described by nothing"
        assert said == message, (label, said, message)
    assert {label for label, _, _ in described} >= {"应用", "忽略此条", "在草稿中定位"}, described


def test_ignore_this_ignore_rule_and_filters(page):
    set_draft(page, ZH)
    sent = []
    page.on(
        "request",
        lambda r: sent.append(json.loads(r.post_data)) if r.url.endswith("/v1/review") else None,
    )
    timeframe = finding_item(page, "objective-no-timeframe", "o2")
    assert timeframe.count() == 1
    timeframe.locator("button.ignore-this").click()
    # the list is drawn again on the next frame: wait for the item to go (a loaded machine is
    # slower than the assertion)
    finding_item(page, "objective-no-timeframe", "o2").wait_for(state="detached")
    assert finding_item(page, "objective-no-timeframe", "o2").count() == 0
    assert page.locator("#ignored").is_visible()
    assert "1" in page.locator("#ignored-text").inner_text()
    # gone from the editor too: only the error is left on that span
    assert "提升品牌影响力" not in underlined(page, "warning")

    finding_item(page, RULE, "o2").locator("button.ignore-rule").click()
    wait_current(page)
    assert sent and sent[-1]["ignore"] == [RULE]
    assert finding_item(page, RULE, "o2").count() == 0
    assert "提升品牌影响力" not in underlined(page, "error")
    # kept for the next visit
    page.reload()
    page.wait_for_selector("body[data-app='ready']")
    wait_current(page)
    assert finding_item(page, RULE, "o2").count() == 0

    page.click("#btn-restore")
    wait_current(page)
    assert finding_item(page, RULE, "o2").count() == 1
    assert finding_item(page, "objective-no-timeframe", "o2").count() == 1
    # the severity filter hides warnings in the list and in the editor
    page.click("#filter-warning")
    wait_current(page)  # the list is drawn on the next frame, as after "ignore this"
    assert page.get_attribute("#filter-warning", "aria-pressed") == "false"
    assert page.locator("li.finding.sev-warning").count() == 0
    assert page.locator(".cm-lintRange-warning").count() == 0
    assert page.locator("li.finding.sev-error").count() >= 1


def test_english_ui_offsets_plurals_and_latin_font(page):
    page.click("#lang-toggle")
    assert page.locator("#tab-review").inner_text() == "Review"
    assert page.locator("html").get_attribute("lang") == "en"
    set_draft(page, EN)
    assert "Win the enterprise market" in underlined(page, "error")
    assert check_status(page, "o1", RULE) == "fail"
    assert check_status(page, "o2", RULE) == "pass"
    counts = page.locator("#counts").inner_text()
    assert not re.search(r"\b1 (errors|warnings|hints)\b", counts), counts
    assert re.search(r"\b\d+ (error|errors) · \d+ (warning|warnings) · \d+ (hint|hints)", counts)
    # English text starts with a Latin font, so its quotes and commas are Latin glyphs
    font = page.eval_on_selector(".cm-content", "e => getComputedStyle(e).fontFamily")
    assert page.get_attribute(".cm-content", "lang") == "en"
    assert not font.startswith('"Noto Sans SC"') and "WenQuanYi" in font
    finding_item(page, RULE, "o1").locator("button.apply").click()
    text = editor_text(page)
    assert text.startswith("# 🚀 Q3 OKRs 𝒪𝒦ℛ\n\nObjective: Win the enterprise market\nKR1:")
    assert page.evaluate("window.getSelection().toString()") == "[key result]"
    wait_current(page)
    assert check_status(page, "o1", RULE) == "pass"


def test_list_links_to_the_place_in_the_draft(page):
    set_draft(page, ZH)
    finding_item(page, RULE, "o2").locator("button.locate").click()
    assert page.evaluate("window.getSelection().toString()") == "提升品牌影响力"
    page.locator(".cm-tooltip .card").wait_for()
    page.locator('section[data-item="o1.kr1"] button.item-text').click()
    assert page.evaluate("window.getSelection().toString()") == "NPS 从 30 提升到 45"


def test_feedback_only_on_click(page):
    set_draft(page, ZH)
    item = finding_item(page, RULE, "o2")
    item.locator("details.more > summary").click()
    with page.expect_request("**/v1/feedback") as req:
        item.locator("button.vote[data-helpful='true']").click()
    body = json.loads(req.value.post_data)
    assert body["rule_id"] == RULE and body["helpful"] is True and body["applied"] is False
    page.wait_for_selector(f'li.finding[data-rule="{RULE}"] .feedback >> text=谢谢反馈')


def test_examples_are_asked_for_when_a_finding_is_opened(page, tmp_path):
    draft = "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：给潜在用户发一封邮件"
    with page.expect_request("**/v1/review") as req:
        set_draft(page, draft)
    assert not json.loads(req.value.post_data).get("include_examples")  # the review stays lean
    item = finding_item(page, "kr-is-task", "o1.kr1")
    with page.expect_request("**/v1/examples/similar") as asked:
        item.locator("details.more > summary").click()
    body = json.loads(asked.value.post_data)
    assert body["target"] == "o1.kr1" and body["rule_id"] == "kr-is-task"
    assert "kr-is-task" in body["rules"] and body["text"] == draft
    shown = item.locator(".examples-like li")
    shown.first.wait_for()
    assert "合格商机" in shown.first.inner_text()  # the library's example of the outcome
    assert "类似的好例子" in item.locator(".examples-like").inner_text()
    item.screenshot(path=str(tmp_path / "examples.png"))


def test_forty_kr_draft_stays_usable(page):
    set_draft(page, forty_krs())
    n = page.locator("li.finding").count()
    assert n >= 60
    height = page.evaluate("document.documentElement.scrollHeight")
    # each finding a few lines, details one click away (a core failure's "core failure · −40"
    # badge, decision 6465, wraps some messages onto one more line: 124 px a finding here)
    assert height < n * 130, height
    # the editor stays in view while the list scrolls
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    box = page.locator("#editor").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"]
    # a finding at the end of the list shows its place at the end of the draft
    last = page.locator('section[data-item="o5.kr8"] li.finding').first
    last.locator("button.locate").click()
    assert page.evaluate("window.getSelection().toString()") == "每月开展8次培训"
    line = page.locator(".cm-line", has_text="关键结果8：每月开展8次培训").last.bounding_box()
    assert box["y"] <= line["y"] <= box["y"] + box["height"]


# --- getting the work out ---------------------------------------------------------------------
def test_export_markdown_is_the_cli_report(page):
    set_draft(page, ZH)
    with page.expect_download() as dl:
        page.click("#btn-export")
    download = dl.value
    assert download.suggested_filename == "okr-review.md"
    exported = Path(download.path()).read_text(encoding="utf-8")
    assert exported == render_markdown(review(ZH, ui_language="zh"), ZH)


def test_copy_share_link_and_kept_draft(open_page, browser, server):
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    set_draft(page, EN)
    page.click("#btn-copy")
    page.wait_for_function("() => document.querySelector('#status').textContent.length > 0")
    assert page.evaluate("navigator.clipboard.readText()") == EN
    page.click("#btn-share")
    page.wait_for_function("() => document.querySelector('#share-url').value.includes('#')")
    link = page.input_value("#share-url")
    assert re.search(r"#[zt]=[A-Za-z0-9_-]+$", link)
    assert page.evaluate("navigator.clipboard.readText()") == link
    # the draft travels in the fragment, never to the server
    fragment = link.split("#", 1)[1]
    assert "Win" not in fragment
    # a fresh browser (no localStorage) opens the link: the draft is there
    other = open_page(path="/#" + fragment)
    wait_current(other)
    assert editor_text(other) == EN
    assert "#" not in other.url
    # the draft is kept between visits
    page.fill(".cm-content", ZH)
    wait_current(page)
    time.sleep(0.5)  # the save is debounced
    page.reload()
    page.wait_for_selector("body[data-app='ready']")
    wait_current(page)
    assert editor_text(page) == ZH
    # loading a kept draft is not an edit to undo
    assert page.is_disabled("#btn-undo")


def test_print_is_a_one_page_handout(page):
    eight_lines = (
        "目标：本季度让客户爱上我们的服务（负责人：王芳）\n"
        "关键结果1：NPS 从 30 提升到 45\n"
        "关键结果2：客户问题平均解决时间缩短至 2 天\n"
        "关键结果3：尽量提升续约率\n"
        "\n"
        "目标2：提升品牌影响力\n"
        "关键结果1：每月开展2次培训\n"
        "关键结果2：给潜在用户发一封邮件\n"
    )
    set_draft(page, eight_lines)
    page.emulate_media(media="print")
    assert page.locator(".print-sheet").is_visible()
    assert not page.locator("#editor").is_visible()
    assert not page.locator("button.apply").first.is_visible()
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


# --- failure states ---------------------------------------------------------------------------
def test_offline_results_dimmed_then_recovered(page):
    set_draft(page, ZH)
    down = lambda route: route.abort()  # noqa: E731
    page.route(re.compile(r"/(v1|v2)/|/healthz"), down)
    page.locator(".cm-content").press("End")
    page.keyboard.type("！")
    page.wait_for_selector("#conn:not([hidden])")
    assert "未连接服务" in page.locator("#conn").inner_text()
    assert page.get_attribute("body", "data-connection") == "offline"
    opacity = page.eval_on_selector(".results-body", "e => Number(getComputedStyle(e).opacity)")
    assert opacity < 1
    # feedback and the workshop say what went wrong
    finding_item(page, RULE, "o2").locator("details.more > summary").click()
    finding_item(page, RULE, "o2").locator("button.vote").first.click()
    page.wait_for_selector(f'li.finding[data-rule="{RULE}"] .feedback-note.error')
    page.click("#tab-workshop")
    page.wait_for_selector("#ws-status .error-text")
    assert "未连接服务" in page.locator("#ws-status").inner_text()
    # the service is back: the page notices by itself, reviews again, loads the workshop
    page.unroute(re.compile(r"/(v1|v2)/|/healthz"), down)
    page.wait_for_selector("#conn", state="hidden", timeout=20000)
    assert page.get_attribute("body", "data-connection") == "online"
    page.wait_for_selector(f"#rule-{RULE}", timeout=15000)
    page.click("#tab-review")
    wait_current(page)
    assert editor_text(page).endswith("！") or "！" in editor_text(page)


def test_nav_links_to_the_cycle_page(page, server):
    link = page.locator("#nav-cycle")
    assert link.is_visible() and link.get_attribute("href") == "/cycle"
    assert page.request.get(server + "/cycle").ok


def test_missing_bundle_is_said_plainly(browser, server):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.route("**/static/build/app.js", lambda route: route.fulfill(status=404, body="no"))
    page.goto(server + "/")
    notice = page.locator("#no-bundle")
    assert notice.is_visible()
    assert "make web" in notice.inner_text()
    context.close()


def test_review_error_is_shown(page):
    page.fill(".cm-content", "KR1: a key result with no objective above it")
    page.wait_for_selector("#status[data-kind='error']")
    assert page.locator("#status").inner_text()


def test_a_service_error_is_said_in_the_pages_language(page):
    # tester8: with the browser in Chinese and the page switched to English, the size limit's
    # message (said by the service in the Accept-Language's language) was shown in Chinese.
    page.click("#lang-toggle")
    assert page.locator("html").get_attribute("lang") == "en"
    page.fill(".cm-content", "Objective: Grow\nKR1: " + "x" * 25_000)
    page.wait_for_selector("#status[data-kind='error']")
    # tester12 B14: the reason stands in the results, where the answer would be; tester34 (a
    # lead ruling): once, the status line only says the draft was not reviewed
    counts = page.locator("#counts.failure")
    reason = counts.inner_text()
    assert counts.is_visible() and "characters" in reason and "字符" not in reason, reason
    status = page.locator("#status").inner_text()
    assert status and "characters" not in status and "字符" not in status, status


# --- the workshop -----------------------------------------------------------------------------
def test_workshop_catalog_presenter_and_before_after(page):
    page.focus("#tab-review")
    page.keyboard.press("ArrowRight")
    assert page.locator("#view-workshop").is_visible()
    card = page.locator(f"#rule-{RULE}")
    card.wait_for()
    assert card.locator(".examples.bad li").count() >= 6  # both languages
    assert card.locator(".examples.good li").count() >= 6
    page.select_option("#ex-lang", "en")
    assert card.locator('.examples.bad li[lang="zh-CN"]').count() == 0
    page.select_option("#ex-lang", "")

    # the presenter: one principle at a time, answers hidden until revealed
    page.click("#ws-mode-presenter")
    slide = page.locator(".slide")
    assert page.locator("#slide-count").inner_text() == "第 1 / 21 条"
    assert slide.get_attribute("data-revealed") == "false"
    assert slide.locator(".verdict").count() == 0 and slide.locator("mark").count() == 0
    n_examples = slide.locator(".slide-examples li").count()
    assert n_examples >= 4
    font = page.eval_on_selector(
        ".slide-principle", "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert font >= 28  # large type
    page.click("#slide-reveal")
    assert slide.get_attribute("data-revealed") == "true"
    assert slide.locator(".verdict").count() == n_examples
    assert (
        slide.locator(".verdict.bad").count() >= 1 and slide.locator(".verdict.good").count() >= 1
    )
    assert slide.locator(".slide-explanation").is_visible()
    page.keyboard.press("ArrowRight")
    assert page.locator("#slide-count").inner_text() == "第 2 / 21 条"
    assert page.locator(".slide").get_attribute("data-revealed") == "false"
    page.keyboard.press("r")
    assert page.locator(".slide").get_attribute("data-revealed") == "true"
    page.click("#slide-prev")
    assert page.locator("#slide-count").inner_text() == "第 1 / 21 条"

    # before and after: a draft and its rewrite, side by side with their scores
    page.click("#ws-mode-beforeafter")
    page.wait_for_selector("#ba-cols")
    sides = page.locator(".ba-side")
    assert sides.count() == 2
    before, after = sides.nth(0), sides.nth(1)
    assert before.locator("mark.flag").count() >= 1
    assert after.locator("mark.placeholder").count() >= 1
    s_before = int(re.search(r"\d+", before.locator(".ba-score").inner_text()).group())
    s_after = int(re.search(r"\d+", after.locator(".ba-score").inner_text()).group())
    # the sample's rewrites are placeholders: they earn nothing until written (decision 515)
    assert s_after >= s_before

    # printable: the handout has every principle with its answers
    page.click("#ws-mode-catalog")
    page.emulate_media(media="print")
    assert page.locator(".handout").is_visible()
    assert page.locator(".handout-rule").count() == 21
    assert not page.locator(".workshop-bar").is_visible()
    page.emulate_media(media="screen")

    # try an example in the editor
    card.locator(".examples.bad button.try").first.click()
    assert page.locator("#view-review").is_visible()
    wait_current(page)
    assert editor_text(page).strip()
    assert check_status(page, "o1", RULE) == "fail"


# --- phone ------------------------------------------------------------------------------------
def test_phone_layout(open_page, tmp_path):
    page = open_page(viewport=PHONE)
    set_draft(page, ZH)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for tab in ("#tab-review", "#tab-workshop"):
        box = page.locator(tab).bounding_box()
        assert box["height"] < 44 and box["width"] > 40, (tab, box)  # not one character a line
    assert page.locator("#nav-cycle").is_visible()  # the link to the cycle page fits too
    editor = page.locator("#editor").bounding_box()
    results = page.locator(".results").bounding_box()
    assert editor["y"] < results["y"]  # the editor above the findings
    assert editor["width"] >= 340
    # a finding's Apply works from the list on a phone
    item = finding_item(page, RULE, "o2")
    item.scroll_into_view_if_needed()
    item.locator("button.apply").click()
    assert "关键结果1：[关键结果]" in editor_text(page)
    wait_current(page)
    page.click("#tab-workshop")
    page.click("#ws-mode-presenter")
    page.wait_for_selector(".slide")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_phone_tab_bar_fits_without_scrolling_in_both_languages(open_page):
    """At 390 px the tabs and the cycle link wrap rather than scroll sideways: "Grade and check
    in" was cut off at the bar's edge (tester9 C5)."""
    page = open_page(viewport=PHONE)
    for _ in ("zh", "en"):
        for view in ("#tab-review", "#tab-workshop"):
            page.click(view)
            nav = page.evaluate(
                "() => { const n = document.querySelector('.nav');"
                " return [n.scrollWidth, n.clientWidth]; }"
            )
            assert nav[0] <= nav[1], nav  # nothing hidden past the bar's edge
            link = page.locator("#nav-cycle").bounding_box()
            assert link["x"] >= 0 and link["x"] + link["width"] <= PHONE["width"], link
        page.click("#lang-toggle")


def test_checklist_lists_an_off_by_default_principle_as_not_checked(page):
    """kr-misaligned is off by default: each KR's checklist still names the principle, as not
    checked and why (decision 506; tester9 A10: the draft scored 100 with no alignment line).
    It is said once under the results, not counted on every KR's collapsed line, where "1 项未检查"
    read as a fault of each KR (decision 1370, tester17 b); a KR not written yet still counts
    its principles as not checked there."""
    set_draft(
        page,
        "目标：让小区宝妈买菜第一个想到我们\n关键结果1：我的体重从130斤减到120斤\n关键结果2：\n",
    )
    box = page.locator('section[data-item="o1.kr1"] details.checks-box')
    assert "未检查" not in box.locator("summary").inner_text()
    box.locator("summary").click()
    row = box.locator('li.check[data-rule="kr-misaligned"]')
    assert row.get_attribute("data-status") == "unknown"
    assert "默认关闭" in row.locator(".check-reason").inner_text()
    assert row.locator(".check-reason").is_visible()
    assert "默认关闭" in row.locator(".sr-only").inner_text()
    note = page.locator("#groups .off-note")
    assert note.count() == 1 and "kr-misaligned" in note.inner_text()
    empty = page.locator('section[data-item="o1.kr2"] details.checks-box summary').inner_text()
    assert "项未检查" in empty  # not written yet: its own principles are not checked
    page.click("#lang-toggle")
    wait_current(page)
    assert "not checked" not in box.locator("summary").inner_text()
    assert "off by default" in page.locator("#groups .off-note").inner_text()


def test_phone_pasted_draft_shows_its_title_line(open_page, tmp_path):
    """At 390 px a pasted draft is shown from its first line: CodeMirror scrolled to the caret
    at the end and left the title half under the editor's top edge (tester17 a). The caret stays
    at the end of the paste; a short paste into a long draft still scrolls to the caret."""
    page = open_page(viewport=PHONE, locale="en-US")
    draft = (
        "Ramp Ops - Gate Area C | Q2 2026 OKRs (lead: Marcus Bell)\n\n"
        "Objective 1: Turn every aircraft so smoothly that pilots ask for Gate C\n"
        + "".join(
            f"- KR{i}: Average turnaround time on stand {i} from 42 min to 35 min\n"
            for i in range(1, 9)
        )
    )
    page.focus(".cm-content")
    page.evaluate(
        """text => { const dt = new DataTransfer(); dt.setData('text/plain', text);
        document.querySelector('.cm-content').dispatchEvent(
          new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})); }""",
        draft,
    )
    wait_current(page)
    assert editor_text(page).startswith("Ramp Ops")
    first = page.locator(".cm-content .cm-line").first.bounding_box()
    scroller = page.locator(".cm-scroller").bounding_box()
    assert first["y"] >= scroller["y"], (first, scroller)  # the title line wholly in view
    assert page.evaluate("document.querySelector('.cm-scroller').scrollTop") == 0
    assert page.evaluate("window.scrollY") == 0
    page.screenshot(path=str(tmp_path / "pasted.png"))
    # the caret stayed where the paste ended: typing goes there and scrolls back to it
    page.keyboard.type("- KR9: x")
    assert editor_text(page).endswith("stand 8 from 42 min to 35 min\n- KR9: x")
    last = page.locator(".cm-content .cm-line").last.bounding_box()
    assert last["y"] + last["height"] <= scroller["y"] + scroller["height"] + 1
    # a short paste into the draft keeps the usual scroll to its caret (at the end here)
    page.evaluate("document.querySelector('.cm-scroller').scrollTop = 0")
    page.keyboard.press("Control+End")
    page.evaluate("document.querySelector('.cm-scroller').scrollTop = 0")
    page.evaluate(
        """() => { const dt = new DataTransfer();
        dt.setData('text/plain', '\\n- KR10: c from 1 to 2\\n- KR11: d from 3 to 4');
        document.querySelector('.cm-content').dispatchEvent(
          new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})); }"""
    )
    wait_current(page)
    assert editor_text(page).endswith("- KR11: d from 3 to 4")
    assert page.evaluate("document.querySelector('.cm-scroller').scrollTop") > 0


def test_phone_checklist_rule_id_goes_under_the_principle(open_page):
    """At 390 px an opened checklist gives the principle the whole line and puts the rule id
    under it (tester16, tester17 c): beside it, the id took half the line and squeezed the
    principle to a word or two a line."""
    page = open_page(viewport=PHONE, locale="en-US")
    set_draft(
        page,
        "Objective: Win the enterprise market by Q3\nKR1: Reduce escalations by 40% (owner: Ana)\n",
    )
    for item in ("o1", "o1.kr1"):
        box = page.locator(f'section[data-item="{item}"] > .item-row > details.checks-box')
        box.locator("summary").click()
        for li in box.locator("li.check").all():
            p = li.locator(".principle").bounding_box()
            rid = li.locator(".rule-id").bounding_box()
            row = li.bounding_box()
            assert p["width"] >= 0.75 * row["width"], (item, li.get_attribute("data-rule"), p, row)
            assert rid["y"] >= p["y"] + p["height"] - 1  # under the principle, not beside it
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_apply_all_adds_the_owner_to_a_rewritten_kr_and_says_what_it_left(page):
    """Apply all (tester9 B5): an owner patch follows a rewrite of the wording (decision 507);
    a task whose rewrite is a question is left, and the status says why."""
    set_draft(page, "目标：让小区的宝妈们买菜第一个想到阿芳\nKR1：复购率提高\nKR2：每天发3条接龙\n")
    page.click("#btn-apply-all")
    wait_current(page)
    text = editor_text(page)
    assert "KR1：复购率从[基线]提升到[目标值]（负责人：[负责人]）" in text
    assert "KR2：每天发3条接龙" in text  # a question is not applied
    assert "1 条要先回答问题" in page.locator("#status").inner_text()


def test_workshop_shows_a_good_example_another_rule_flags_as_not_this_flaw(page):
    """ "完成季度招聘任务10人" is no metric objective but is flat: not under "✓ 好例子" but under
    "not this flaw, but not a good example yet", with the rule that still flags it (decision
    505, tester9 B4)."""
    page.click("#tab-workshop")
    card = page.locator("#rule-objective-is-metric")
    card.wait_for()
    good = card.locator(".examples.good")
    clean = good.locator("ul:not(.partial) li").all_inner_texts()
    assert not any("完成季度招聘任务10人" in t for t in clean)
    assert any("打造公司历史上最成功的销售推广活动" in t for t in clean)
    row = good.locator("ul.partial li", has_text="完成季度招聘任务10人")
    assert "objective-not-inspiring" in row.locator(".still").inner_text()
    page.click("#ws-mode-presenter")
    slide = page.locator(".slide")
    row = slide.locator("li.ex", has_text="完成季度招聘任务10人")
    while not row.count():  # "not this flaw" examples come after the clean ones (582)
        page.click("#page-next")
    page.click("#slide-reveal")
    assert "partial" in row.get_attribute("class")
    assert "不是这个问题" in row.locator(".verdict").inner_text()


def test_presenter_shows_a_few_examples_at_a_time(page, server):
    # tester10 B5: slide 1 asked a room to judge ~100 examples at once (decision 582).
    import urllib.request

    with urllib.request.urlopen(server + "/v1/examples?rule=objective-is-metric") as r:
        wanted = [e["text"] for e in json.load(r)]
    assert len(wanted) > 60
    page.click("#tab-workshop")
    page.click("#ws-mode-presenter")
    slide = page.locator(".slide")
    slide.wait_for()
    assert slide.get_attribute("data-rule") == "objective-is-metric"
    assert re.fullmatch(rf"例子 1–6，共 {len(wanted)} 个", page.locator("#page-count").inner_text())
    assert page.locator("#page-prev").is_disabled()
    seen: list[str] = []
    first_page = None
    for n in range(40):
        rows = slide.locator(".slide-examples li")
        assert 1 <= rows.count() <= 6
        assert slide.get_attribute("data-revealed") == "false"  # each page starts hidden
        page.keyboard.press("r")
        texts = slide.locator(".ex-text").all_inner_texts()
        bad, good = (
            slide.locator(".verdict.bad").count(),
            slide.locator(".verdict:not(.bad)").count(),
        )
        if n == 0:
            first_page = texts
            assert bad == 3 and good == 3  # balanced
            assert {e.strip() for e in texts} & {
                "销售额提升30%。",
                "今年拿下成渝两地的宠物医疗市场！",
            }  # plain first
            assert not any("组内新人快速上手" in t for t in texts)  # a borderline one later
        seen += texts
        if page.locator("#page-next").is_disabled():
            break
        page.keyboard.press("ArrowDown")
    assert sorted(seen) == sorted(wanted)  # every example, each once
    page.keyboard.press("ArrowRight")  # the next principle starts at its first examples
    page.keyboard.press("ArrowLeft")
    assert slide.locator(".ex-text").all_inner_texts() == first_page
    page.select_option("#ex-lang", "en")
    langs = slide.locator(".slide-examples li").evaluate_all("ls => ls.map(l => l.lang)")
    assert set(langs) == {"en"} and len(langs) == 6


# --- accessibility (axe-core, run in the page) ----------------------------------------------
def run_axe(page) -> list[dict]:
    # Injected through the DevTools protocol, not a <script> (which the page's CSP refuses).
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, { resultTypes: ["violations"] });
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + " :: " + n.failureSummary)}));
        }"""
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("lang", ["zh-CN", "en-US"])
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_no_serious_violations(browser, server, lang, viewport, scheme):
    assert AXE.exists(), "axe-core is not installed: run `make web`"
    context = browser.new_context(
        locale=lang, viewport=DESKTOP if viewport == "desktop" else PHONE, color_scheme=scheme
    )
    page = context.new_page()
    page.goto(server + "/")
    page.wait_for_selector("body[data-app='ready'] .cm-content")
    set_draft(page, ZH if lang == "zh-CN" else EN)
    page.locator("details.checks-box").first.evaluate("d => d.open = true")
    page.locator("details.more").first.evaluate("d => d.open = true")
    hover(page, page.locator(".cm-lintRange").first)
    page.locator(".cm-tooltip .card").wait_for()
    problems = {"review": run_axe(page)}
    page.click("#tab-workshop")
    page.wait_for_selector(f"#rule-{RULE}")
    problems["catalog"] = run_axe(page)
    page.click("#ws-mode-presenter")
    page.click("#slide-reveal")
    problems["presenter"] = run_axe(page)
    page.click("#ws-mode-beforeafter")
    page.wait_for_selector("#ba-cols")
    problems["before-after"] = run_axe(page)
    context.close()
    assert problems == {"review": [], "catalog": [], "presenter": [], "before-after": []}, (
        json.dumps(problems, ensure_ascii=False, indent=1)
    )


# --- before and after: what a room sees change (decisions 967-969) ---------------------------
BA_DRAFT = (
    "Objective: Make the ferry the way islanders like to travel in Q3\n"
    "KR1: Add two evening sailings\n"
    "KR2: Try to grow the share of islanders who rebook\n"
    "KR3: On-time departures from 80% to 95%\n"
)


@pytest.mark.parametrize("locale", ["en-GB", "zh-CN"])
def test_before_and_after_shows_questions_gaps_and_an_honest_score(open_page, locale):
    """The after side applies every one-click edit (the hedge goes), marks the gaps, sets the
    coach's question under a line it cannot rewrite, and its score is the review of the after
    text itself; a plain line says what is left to the author."""
    page = open_page(locale=locale)
    set_draft(page, BA_DRAFT)
    page.click("#tab-workshop")
    page.click("#ws-mode-beforeafter")
    page.wait_for_selector("#ba-cols")
    after = page.locator(".ba-side").nth(1)
    # the question stands right under the task line, not in the text itself
    asked = after.locator("mark.asked")
    assert asked.count() >= 1 and asked.first.inner_text() == "Add two evening sailings"
    assert after.locator(".ba-ask").count() == asked.count()
    assert (
        "?" in after.locator(".ba-ask").first.inner_text()
        or "？" in after.locator(".ba-ask").first.inner_text()
    )
    text = after.locator("pre.ba-text").evaluate(
        "p => { const c = p.cloneNode(true); c.querySelectorAll('.ba-ask').forEach(q => q.remove());"
        " return c.textContent; }"
    )
    assert "KR2: Grow the share of islanders who rebook" in text  # the hedge dropped
    assert "KR3: On-time departures from 80% to 95% (owner: [owner])" in text
    assert after.locator("mark.placeholder").count() >= 1
    # the after score is the coach's review of exactly that text
    shown = int(re.search(r"\d+", after.locator(".ba-score").inner_text()).group())
    assert shown == review(text).score
    scores = page.locator("#ba-scores").inner_text()
    assert str(review(BA_DRAFT).score) in scores and str(shown) in scores
    left = page.locator("#ba-next").inner_text()
    assert re.search(r"\d", left) and ("question" in left or "问题" in left)


def test_the_workshop_sample_changes_in_front_of_the_room(open_page):
    """Decision 969: the sample's after differs from its before: the hedge and the negative
    rate are rewritten (numbers kept), an owner gap is added, the hire asks its question."""
    page = open_page(locale="en-GB")
    page.click("#tab-workshop")
    page.click("#ws-mode-beforeafter")
    page.click("#ba-sample")
    page.wait_for_selector("#ba-cols")
    before, after = (page.locator(".ba-side").nth(i).locator("pre.ba-text") for i in (0, 1))
    assert "Try to" in before.inner_text() and "Try to" not in after.inner_text()
    assert "accuracy from 92% to 97%" in after.inner_text()
    assert page.locator(".ba-side").nth(1).locator(".ba-ask").count() == 1
    s = [
        int(re.search(r"\d+", page.locator(".ba-score").nth(i).inner_text()).group())
        for i in (0, 1)
    ]
    assert s[1] > s[0]


# --- speed: keystroke to findings (printed, not asserted: see the README) -------------------
@pytest.mark.parametrize("draft", ["sample", "40 KRs"])
def test_keystroke_to_findings_latency(page, capsys, draft):
    """Types realistic edits and measures, in the page, the time from the last keystroke to the
    findings of the new text shown in the editor. Prints the median; asserts only that the
    findings do appear."""
    set_draft(page, ZH if draft == "sample" else forty_krs())
    page.evaluate(  # the last keystroke: a key press, or text put in by the keyboard (IME)
        """() => { window.__lastKey = 0;
            const mark = () => { window.__lastKey = performance.now(); };
            document.addEventListener('keydown', mark, true);
            document.addEventListener('beforeinput', mark, true); }"""
    )
    samples, server = [], []
    for i in range(12):
        move_cursor_to_end_of_line(page, editor_text(page).split("\n")[3])
        edit = f"，第{i}版"
        page.keyboard.type(edit, delay=40)
        ms = page.evaluate(
            """() => new Promise((resolve) => {
                const done = () => {
                    const ed = document.querySelector('.cm-editor');
                    if (ed.dataset.findings === 'current') {
                        resolve(performance.now() - window.__lastKey); // painted in this frame
                    } else requestAnimationFrame(done);
                };
                done();
            })"""
        )
        assert edit in editor_text(page)
        if draft == "sample":  # the edited objective is flagged whole: the new text is underlined
            assert any(edit in t for t in underlined(page, "error") + underlined(page, "warning"))
        samples.append(ms)
        server.append(
            page.evaluate(
                """() => { const r = performance.getEntriesByType('resource')
                    .filter(e => e.name.endsWith('/v1/review')).pop();
                    return r.responseEnd - r.startTime; }"""
            )
        )
        for _ in edit:
            page.keyboard.press("Backspace")
        wait_current(page)
    median = statistics.median(samples)
    with capsys.disabled():
        print(
            f"\nkeystroke → findings in the editor ({draft}): median {median:.0f} ms, "
            f"max {max(samples):.0f} ms over {len(samples)} edits; of which the debounce is "
            f"{page.get_attribute('body', 'data-review-delay')} ms and the /v1/review call a median "
            f"{statistics.median(server):.0f} ms"
        )
    assert median > 0


# --- the README's screenshots -----------------------------------------------------------------
@pytest.mark.skipif(
    os.environ.get("OKR_COACH_UPDATE_SCREENSHOT") != "1",
    reason="set OKR_COACH_UPDATE_SCREENSHOT=1 to refresh docs/screenshot-*.png",
)
def test_update_readme_screenshots(open_page):
    docs = ROOT / "docs"
    page = open_page(viewport=DESKTOP)
    set_draft(page, ZH)
    hover(page, page.locator(".cm-lintRange-error", has_text="提升品牌影响力"))
    page.locator(".cm-tooltip .card").wait_for()
    page.screenshot(path=str(docs / "screenshot-desktop.png"))
    phone = open_page(viewport=PHONE, locale="en-US", color_scheme="dark")
    set_draft(phone, EN)
    phone.screenshot(path=str(docs / "screenshot-phone.png"), full_page=False)
    presenter = open_page(viewport=DESKTOP, locale="en-US")
    presenter.click("#tab-workshop")
    presenter.click("#ws-mode-presenter")
    presenter.click("#slide-next")
    presenter.click("#slide-reveal")
    presenter.screenshot(path=str(docs / "screenshot-workshop.png"))
