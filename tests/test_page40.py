"""The review page's accessibility, round forty (page40; decisions 5890-5892): each checklist
summary names its item, the score's explanation opens by keyboard and touch, and a keyboard-only
pass through a review of a two-objective draft (Tab order, focus visible, Escape closes).

Uses tests/test_browser.py's server, browser and page (skips where chromium is missing).
OKR_COACH_PAGE40_SHOTS=DIR saves the screenshots of both widths in DIR.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests import test_browser as tb
from tests.test_browser import DESKTOP, PHONE, run_axe, set_draft, sync_api

# test_browser's fixtures: its server (with the page's CSP) and its chromium.
server = tb.server
browser = tb.browser
open_page = tb.open_page

expect = sync_api.expect

# Two objectives, the first with two key results: my own wordings.
ZH2 = (
    "目标：本季度让渡轮成为岛民最爱的出行方式（负责人：陈岚）\n"
    "关键结果1：晚间航班准点率从 80% 提升到 95%\n"
    "关键结果2：尽量减少晕船投诉\n"
    "\n"
    "目标2：让售票窗口更好用\n"
    "关键结果1：每周开展2次票务培训\n"
)
EN2 = (
    "Objective: Make the ferry the way islanders like to travel in Q3 (owner: Ola)\n"
    "KR1: On-time evening sailings from 80% to 95%\n"
    "KR2: Try to cut seasick complaints\n"
    "\n"
    "Objective 2: Make the ticket desk easier to use\n"
    "KR1: Run 2 ticketing trainings a week\n"
)
DRAFTS = {"zh-CN": ZH2, "en-US": EN2}
ITEMS = ["o1", "o1.kr1", "o1.kr2", "o2", "o2.kr1"]
LABELS = {"o1": "O1", "o1.kr1": "O1 · KR1", "o1.kr2": "O1 · KR2", "o2": "O2", "o2.kr1": "O2 · KR1"}


# What is seen of an element: its text without the screen readers' own (.sr-only).
SEEN = """e => [...e.childNodes].filter(n => !(n.classList && n.classList.contains('sr-only')))
  .map(n => n.textContent).join('')"""


def row(page, item: str):
    return page.locator(f'section[data-item="{item}"] > .item-row')


# --- 5890: every checklist summary says whose it is -------------------------------------------
@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_each_checklist_summary_names_its_item(open_page, locale):
    """Decision 5890: '6 项通过' on every item read alike to a screen reader; each summary's
    accessible name now says its item (O1, O1 · KR2 …) before the count, the count still what
    is seen, and its description is the item's wording."""
    page = open_page(locale=locale)
    set_draft(page, DRAFTS[locale])
    names = []
    for item in ITEMS:
        summary = row(page, item).locator(".checks-box > summary")
        name = summary.evaluate("s => s.textContent")
        seen = summary.evaluate(SEEN)
        assert LABELS[item] in name and seen in name and LABELS[item] not in seen, (name, seen)
        wording = row(page, item).locator(".item-text").evaluate("b => b.textContent")
        expect(summary).to_have_accessible_description(wording)
        expect(summary).to_have_accessible_name(
            re.compile(rf"^.{{0,12}}{re.escape(LABELS[item])}.{{1,12}}{re.escape(seen.strip())}$")
        )
        names.append(name)
    assert len(set(names)) == len(ITEMS), names


# --- 5891: the score's explanation by keyboard and touch --------------------------------------
@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_the_score_explanation_opens_by_keyboard(open_page, locale):
    """Decision 5891: an item's score was explained only in its `title`; it is a button
    (aria-expanded) whose explanation shows under the item's heading, Escape closes it and
    leaves the focus on the score."""
    page = open_page(locale=locale, viewport=DESKTOP)
    set_draft(page, DRAFTS[locale])
    score = row(page, "o1").locator(".item-score")
    why = row(page, "o1").locator(".item-why")
    assert score.get_attribute("title") is None
    expect(score).to_have_attribute("aria-expanded", "false")
    expect(why).to_be_hidden()
    said = "O1 的得分" if locale == "zh-CN" else "O1 score"
    expect(score).to_have_accessible_name(
        re.compile(rf"^{said}\s{{1,2}}{score.evaluate(SEEN)[:-1]}$")
    )
    row(page, "o1").locator(".item-text").focus()
    page.keyboard.press("Tab")
    expect(score).to_be_focused()
    page.keyboard.press("Enter")
    expect(score).to_have_attribute("aria-expanded", "true")
    expect(why).to_be_visible()
    assert why.inner_text().strip()
    assert score.get_attribute("aria-controls") == why.get_attribute("id")
    page.keyboard.press("Escape")
    expect(why).to_be_hidden()
    expect(score).to_have_attribute("aria-expanded", "false")
    expect(score).to_be_focused()
    # a key result's score explains itself too, in the page's language
    kr_why = row(page, "o1.kr2").locator(".item-why")
    row(page, "o1.kr2").locator(".item-score").press(" ")
    expect(kr_why).to_be_visible()
    assert ("关键结果" in kr_why.inner_text()) == (locale == "zh-CN")


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_the_score_explanation_opens_by_touch_on_a_phone(browser, server, locale, tmp_path):
    """Decision 5891 on a phone (390x844, touch): a tap on the score shows its explanation
    within the screen's width, a second tap hides it."""
    context = browser.new_context(locale=locale, viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(server + "/")
        page.wait_for_selector("body[data-app='ready'] .cm-content")
        set_draft(page, DRAFTS[locale])
        score = row(page, "o1").locator(".item-score")
        why = row(page, "o1").locator(".item-why")
        score.scroll_into_view_if_needed()
        box = score.bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24, box  # a target a finger can hit
        score.tap()
        expect(why).to_be_visible()
        wbox = why.bounding_box()
        assert wbox["x"] >= 0 and wbox["x"] + wbox["width"] <= PHONE["width"], wbox
        shots = os.environ.get("OKR_COACH_PAGE40_SHOTS")
        if shots:
            page.screenshot(path=str(Path(shots) / f"phone-{locale}-why.png"), full_page=False)
        score.tap()
        expect(why).to_be_hidden()
    finally:
        context.close()


# --- the overall score's band in words --------------------------------------------------------
@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_the_overall_band_is_written_beside_the_score(open_page, locale):
    """Decision 5891: the overall score's band ('尚可', 'fair') was only the score's `title`;
    it is written beside the label, for every reader."""
    page = open_page(locale=locale)
    set_draft(page, DRAFTS[locale])
    band = page.locator("#score-band").inner_text()
    words = ["良好", "尚可", "较差"] if locale == "zh-CN" else ["good", "fair", "poor"]
    assert any(w in band for w in words), band
    assert page.locator("#score").get_attribute("title") is None


# --- 5892: a keyboard-only pass through the results -------------------------------------------
TAB_STOP = """() => {
  const a = document.activeElement;
  const style = getComputedStyle(a);
  const box = a.getBoundingClientRect();
  return {tag: a.tagName, cls: a.className, item: (a.closest('section[data-item]') || {dataset: {}}).dataset.item || null,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          seen: box.width > 0 && box.height > 0};
}"""


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_keyboard_pass_through_a_two_objective_review(open_page, locale):
    """Decision 5892: from the first item's wording, Tab visits each item in the draft's order
    — its wording, its score, its checklist, its findings' buttons — every stop visible with a
    focus ring; Escape closes an opened checklist and puts the focus back on its summary."""
    page = open_page(locale=locale)
    set_draft(page, DRAFTS[locale])
    row(page, "o1").locator(".item-text").focus()
    stops = []
    for _ in range(80):
        stop = page.evaluate(TAB_STOP)
        stops.append(stop)
        if stop["item"] == "o2.kr1" and "item-score" in stop["cls"]:
            break
        page.keyboard.press("Tab")
    assert all(s["ring"] and s["seen"] for s in stops), [
        s for s in stops if not (s["ring"] and s["seen"])
    ]
    order = [s["item"] for s in stops if s["item"]]
    firsts = list(dict.fromkeys(order))
    assert firsts == ITEMS, firsts
    for item in ITEMS[:-1]:
        kinds = [s["cls"] for s in stops if s["item"] == item][:3]
        assert "item-text" in kinds[0] and "item-score" in kinds[1] and kinds[2] == "", kinds
    # the checklist opens with Enter and closes with Escape, the focus on its summary
    summary = row(page, "o2").locator(".checks-box > summary")
    summary.focus()
    page.keyboard.press("Enter")
    details = row(page, "o2").locator(".checks-box")
    expect(details).to_have_attribute("open", "")
    page.keyboard.press("Escape")
    expect(details).not_to_have_attribute("open", "")
    expect(summary).to_be_focused()
    # the deductions too
    ded = page.locator("#deductions > summary")
    ded.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#deductions")).to_have_attribute("open", "")
    page.keyboard.press("Escape")
    expect(page.locator("#deductions")).not_to_have_attribute("open", "")
    expect(ded).to_be_focused()


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_with_the_explanations_and_checklists_open(browser, server, locale, viewport, scheme):
    """axe-core finds nothing serious with every score's explanation and checklist open."""
    vp = DESKTOP if viewport == "desktop" else PHONE
    context = browser.new_context(locale=locale, viewport=vp, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(server + "/")
        page.wait_for_selector("body[data-app='ready'] .cm-content")
        set_draft(page, DRAFTS[locale])
        for s in page.locator(".item-score").all():
            s.evaluate("b => b.click()")
        page.locator("details.checks-box").evaluate_all("ds => ds.forEach(d => d.open = true)")
        assert run_axe(page) == []
        shots = os.environ.get("OKR_COACH_PAGE40_SHOTS")
        if shots:
            page.screenshot(
                path=str(Path(shots) / f"{viewport}-{locale}-{scheme}-open.png"), full_page=True
            )
    finally:
        context.close()
