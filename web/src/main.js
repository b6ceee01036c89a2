// okr-coach web page: a draft editor with the review's findings in place, the findings list
// beside it, export and sharing, and a workshop / presenter view.
import { I18N, SAMPLES } from "./i18n.js";
import { api, errorText, isOnline, NetworkError, onReconnect, postJSON, refreshBanner, setTranslator } from "./api.js";
import { createEditor } from "./editor.js";
import { corePoints, findingBody, findingKey, severityBadge, targetLabel } from "./finding.js";
import { copyText, decodeDraft, downloadText, encodeDraft, store } from "./share.js";
import { initWorkshop } from "./workshop.js";
import {
  $, SEVERITIES, SEVERITY_RANK, allRewriteEdits, debounce, editsToChanges, el,
} from "./util.js";
import { renderPrintSheet } from "./print.js";

const REVIEW_DELAY_MS = 200; // the pause after the last keystroke before the review is asked for

function initialLanguage() {
  const saved = store.get("lang");
  if (saved === "zh" || saved === "en") return saved;
  return (navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

const state = {
  lang: initialLanguage(),
  review: null, // the last review
  reviewedText: null, // the exact text it reviewed
  afterApply: "", // what Apply all could not apply, said after the next review
  failure: "", // why the last review has no answer (too long, bad input): shown in the results
  seq: 0,
  controller: null,
  filters: { error: true, warning: true, info: true },
  ignoredRules: store.getJSON("ignored-rules", []),
  ignoredFindings: new Set(store.getJSON("ignored-findings", [])),
};

const t = (key, ...args) => {
  const v = I18N[state.lang][key];
  return typeof v === "function" ? v(...args) : v;
};
setTranslator(t, () => state.lang);

let editor = null;
let workshop = null;

// --- status line (the only live region of the review: one short sentence) ------------------
function setStatus(message, kind = "") {
  const s = $("status");
  s.textContent = message;
  s.dataset.kind = kind;
}

// --- the review -------------------------------------------------------------------------------
const scheduleReview = debounce(() => runReview(), REVIEW_DELAY_MS);

function onDocChange() {
  editor.view.dom.dataset.findings = "pending";
  if (state.controller) state.controller.abort(); // an answer for an older text is not wanted
  scheduleReview();
  saveDraft();
  updateHistoryButtons();
}

const saveDraft = debounce(() => store.set("draft", editor.text()), 300);

async function runReview() {
  scheduleReview.cancel();
  const text = editor.text();
  if (!text.trim()) {
    state.review = null;
    state.reviewedText = null;
    state.failure = "";
    renderAll();
    setStatus(t("idle"));
    return;
  }
  const seq = ++state.seq;
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  document.body.dataset.reviewing = "true";
  const slow = setTimeout(() => { if (seq === state.seq) setStatus(t("reviewing")); }, 400);
  let res;
  try {
    res = await postJSON("/v1/review", reviewPayload(text), { signal: controller.signal });
  } catch (err) {
    clearTimeout(slow);
    if (err.name === "AbortError" || seq !== state.seq) return;
    document.body.dataset.reviewing = "false";
    if (err instanceof NetworkError) { setStatus(t("offline"), "error"); return; }
    throw err;
  }
  clearTimeout(slow);
  if (seq !== state.seq || editor.text() !== text) return; // a newer text is on its way
  document.body.dataset.reviewing = "false";
  if (res.ok) {
    state.review = res.body;
    state.reviewedText = text;
    state.failure = "";
    renderAll();
    // what Apply all left, said again once the draft is reviewed (it replaces "reviewing again…")
    setStatus(t("done", visibleFindings().length) + state.afterApply);
    state.afterApply = "";
  } else {
    state.review = null;
    state.reviewedText = null;
    // tester12 B14: a paste over the limit showed "–" and zero counts in the results, with the
    // reason only below the editor's buttons; the reason now stands where the answer would.
    state.failure = res.status === 401 ? t("needKey") : errorText(res);
    renderAll();
    // the reason once, in the results; the status line only says there is one (tester34: the
    // over-limit message stood in both)
    setStatus(t("notReviewed"), "error");
  }
  document.body.dataset.reviewed = String(seq);
}

// The examples of a finding, asked for when it is opened (POST /v1/examples/similar), once per
// finding of a reviewed text; a failure shows none (the examples are a help, not the answer).
const similarCache = { text: null, answers: new Map() };
function similarExamples(finding) {
  const text = state.reviewedText;
  if (text === null || !state.review) return Promise.resolve([]);
  if (similarCache.text !== text) similarCache.answers = new Map();
  similarCache.text = text;
  const key = `${finding.target}|${finding.rule_id}`;
  if (!similarCache.answers.has(key)) {
    const fired = state.review.findings.filter((f) => f.target === finding.target).map((f) => f.rule_id);
    const ask = postJSON("/v1/examples/similar", {
      text, target: finding.target, rule_id: finding.rule_id, rules: [...new Set(fired)],
    }).then((res) => (res.ok ? res.body.examples.map((e) => e.text) : []), () => []);
    similarCache.answers.set(key, ask);
  }
  return similarCache.answers.get(key);
}

function reviewPayload(text) {
  const payload = { text, ui_language: state.lang };
  if (state.ignoredRules.length) payload.ignore = state.ignoredRules;
  return payload;
}

// Findings after "ignore this" and the severity filter.
function visibleFindings() {
  const r = state.review;
  if (!r) return [];
  return r.findings.filter((f) => state.filters[f.severity] && !isIgnored(f));
}

function isIgnored(f) {
  return state.ignoredFindings.has(findingKey(f, state.reviewedText));
}

// --- actions on findings ----------------------------------------------------------------------
const actions = {
  apply(finding, suggestion) {
    if (editor.text() !== state.reviewedText) { setStatus(t("stale"), "error"); return; }
    const { changes, select } = editsToChanges(state.reviewedText, suggestion.edits, suggestion.placeholders);
    if (!changes.length) return;
    editor.applyChanges(changes, select);
    setStatus(t("applied"));
    // No feedback is sent here: a vote is only ever sent by its own button.
  },
  ignoreThis(finding) {
    state.ignoredFindings.add(findingKey(finding, state.reviewedText));
    store.setJSON("ignored-findings", [...state.ignoredFindings]);
    editor.closeCard();
    renderAll();
    setStatus(t("done", visibleFindings().length));
  },
  ignoreRule(finding) {
    if (!state.ignoredRules.includes(finding.rule_id)) state.ignoredRules.push(finding.rule_id);
    store.setJSON("ignored-rules", state.ignoredRules);
    editor.closeCard();
    runReview();
  },
  reveal(finding) {
    const hit = currentRange(finding);
    if (hit) editor.reveal(hit.from, hit.to);
  },
};

// A finding's place in the editor now (the lint state maps it through later edits).
function currentRange(finding) {
  let found = null;
  editor.forEachFinding((f, from, to) => { if (f === finding) found = { from, to }; });
  if (found) return found;
  // Filtered out of the editor: fall back to its span in the reviewed text.
  if (editor.text() !== state.reviewedText) return null;
  const units = Array.from(state.reviewedText);
  const from = units.slice(0, finding.span.start).join("").length;
  const to = from + units.slice(finding.span.start, finding.span.end).join("").length;
  return { from, to };
}

function applyAll() {
  const r = state.review;
  if (!r) return;
  if (editor.text() !== state.reviewedText) { setStatus(t("stale"), "error"); return; }
  const ignored = new Set(r.findings.filter(isIgnored).map((f) => f.target));
  const { edits, placeholders } = allRewriteEdits({
    objectives: r.objectives.map((o) => ({
      rewrite: ignored.has(o.id) ? null : o.rewrite,
      key_results: o.key_results.map((k) => ({ rewrite: ignored.has(k.id) ? null : k.rewrite })),
    })),
  });
  // An item whose rewrite is a question (a task: "which number gets better?") is not applied,
  // nor its owner or date patch (decision 507): say so, rather than leave its warnings unexplained.
  const items = r.objectives.flatMap((o) => [o, ...o.key_results]);
  const asking = items.filter((it) => !ignored.has(it.id) && it.rewrite && it.rewrite.asks).length;
  const left = asking ? ` ${t("leftAsking", asking)}` : "";
  state.afterApply = left;
  if (!edits.length) { setStatus(t("nothingToApply") + left); return; }
  const { changes, select } = editsToChanges(state.reviewedText, edits, placeholders);
  editor.applyChanges(changes, select);
  setStatus(t("appliedAll", edits.length) + left);
}

// --- rendering --------------------------------------------------------------------------------
let panelFrame = 0;
let panelTimer = 0;

function renderAll() {
  const r = state.review;
  const shown = visibleFindings();
  if (r && editor.text() === state.reviewedText) {
    editor.showFindings(shown, state.reviewedText);
    editor.setContentLanguage(langAttr(r.language));
    editor.view.dom.dataset.findings = "current";
  } else if (!r) {
    editor.showFindings([], editor.text());
    editor.view.dom.dataset.findings = editor.text().trim() ? "pending" : "current";
  }
  renderScore();
  renderFilters();
  renderIgnored();
  renderReviewNotes();
  // The list after the editor's underlines are painted: those are what the writer looks at.
  document.body.dataset.panel = "pending";
  cancelAnimationFrame(panelFrame);
  clearTimeout(panelTimer);
  panelFrame = requestAnimationFrame(() => {
    panelTimer = setTimeout(() => {
      renderGroups(shown);
      renderPrintSheet(state, shown, t);
      document.body.dataset.panel = "done";
    }, 0);
  });
  $("btn-apply-all").disabled = !r || !r.objectives.some((o) => o.rewrite || o.key_results.some((k) => k.rewrite));
}

function counts(findings) {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity] += 1;
  return n;
}

function renderScore() {
  const r = state.review;
  const score = $("score");
  score.textContent = r ? String(r.score) : "–";
  // The review's band (never "good" with an error present); older servers gave only a number.
  const band = r ? r.band || (r.score >= 80 ? "good" : r.score >= 50 ? "fair" : "poor") : "";
  score.className = "score" + (band ? ` ${band}` : "");
  // The band in words beside the label, not only the score's `title` (tester40: screen readers
  // and touch never get a title).
  $("score-band").textContent = band ? `· ${t(`band_${band}`)}` : "";
  const list = $("deduction-list");
  list.replaceChildren();
  $("counts").classList.toggle("failure", !r && Boolean(state.failure));
  if (!r) { $("counts").textContent = state.failure; $("deductions").hidden = true; return; }
  const n = counts(r.findings);
  $("counts").textContent = [t("nErrors", n.error), t("nWarnings", n.warning), t("nInfos", n.info)].join(" · ");
  const deductions = r.score_breakdown ? r.score_breakdown.deductions : [];
  $("deductions").hidden = deductions.length === 0;
  // Per item: its score and what it lost, rule by rule (the review's own score_breakdown).
  const byTarget = new Map();
  for (const d of deductions) {
    if (!byTarget.has(d.target)) byTarget.set(d.target, []);
    byTarget.get(d.target).push(d);
  }
  // A core failure another finding says (said_by) has no finding of its own: that one's message
  // explains it (decision 5644).
  const findingOf = (d) => r.findings.findIndex((f) => f.target === d.target && f.rule_id === (d.said_by || d.rule_id));
  const message = (d) => (r.findings[findingOf(d)] || {}).message || "";
  // Each chip says its message to a screen reader (a hidden span, not only the mouse's
  // `title`) and, pressed or tapped, goes to its finding in the list, where the message and its
  // suggestion are shown (tester41; decision 5435).
  const chip = (d) => {
    const idx = findingOf(d);
    const said = message(d);
    const attrs = { class: `ded sev-${d.severity}${d.core ? " core" : ""}`, title: said };
    const body = [`−${d.points} `, el("code", { text: d.rule_id }), d.count > 1 ? ` ×${d.count}` : "",
      d.core && d.said_by ? el("span", { class: "ded-said", text: t("saidBy", d.said_by) }) : null,
      d.core && !d.said_by ? el("span", { class: "ded-said", text: t("coreChip") }) : null,
      said ? el("span", { class: "sr-only", text: `: ${said}` }) : null];
    if (idx < 0) return el("span", attrs, ...body);
    return el("a", { ...attrs, href: `#finding-${idx}`, onclick: (event) => goToFinding(event, idx) }, ...body);
  };
  const row = (label, scoreText, items, why) => el("li", {},
    el("span", { class: "ded-item", text: label }),
    el("span", { class: "ded-score", text: scoreText }),
    el("span", { class: "ded-list" }, items.map(chip)),
    why ? el("span", { class: "ded-why", text: why }) : null);
  for (const o of r.objectives) {
    const own = byTarget.get(o.id) || [];
    if (own.length || o.score < 100) list.append(row(o.id.toUpperCase(), `${o.score}`, own, objectiveWhy(r, o.id)));
    for (const kr of o.key_results) {
      const d = byTarget.get(kr.id) || [];
      if (d.length) list.append(row(targetLabel(kr.id, t), `${kr.item_score}`, d));
    }
  }
  const set = byTarget.get("set") || [];
  if (set.length) list.append(row(t("set"), `−${r.score_breakdown.set_deduction}`, set));
}

// A deduction's chip pressed: its finding in the list, scrolled to and focused; where the
// severity filter hides it, that severity is shown again first (decision 5435).
function goToFinding(event, idx) {
  event.preventDefault();
  const focus = () => {
    const target = document.getElementById(`finding-${idx}`);
    if (!target) return false;
    target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    return true;
  };
  if (document.body.dataset.panel === "done" && focus()) return;
  const f = state.review && state.review.findings[idx];
  if (!f || isIgnored(f)) return;
  if (!state.filters[f.severity]) {
    state.filters[f.severity] = true;
    renderAll();
  }
  let tries = 0;
  const wait = () => {
    if (document.body.dataset.panel === "done") focus();
    else if (tries++ < 120) requestAnimationFrame(wait);
  };
  requestAnimationFrame(wait);
}

function groupByTarget(findings) {
  const m = new Map();
  for (const f of findings) {
    if (!m.has(f.target)) m.set(f.target, []);
    m.get(f.target).push(f);
  }
  for (const list of m.values()) list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.span.start - b.span.start);
  return m;
}

function renderFilters() {
  const r = state.review;
  const n = counts(r ? r.findings.filter((f) => !isIgnored(f)) : []);
  for (const sev of SEVERITIES) {
    const b = $(`filter-${sev}`);
    b.setAttribute("aria-pressed", String(state.filters[sev]));
    b.replaceChildren(severityBadge(sev, t), " ", el("span", { class: "count", text: String(n[sev]) }));
  }
}

function renderIgnored() {
  const box = $("ignored");
  const f = state.ignoredFindings.size;
  const r = state.ignoredRules.length;
  box.hidden = f + r === 0;
  $("ignored-text").textContent = t("ignoredSummary", f, r);
}

// What the review says about the draft as a whole: `warnings`, what the reader should know about
// the input though it was reviewed (a draft mostly in neither Chinese nor English, read as one of
// them; tester32), and `errors`, which the fact layer may add (problems with the draft).
function renderReviewNotes() {
  for (const [id, field, cls] of [["review-warnings", "warnings", "review-warning"], ["review-errors", "errors", "review-error"]]) {
    const box = $(id);
    box.replaceChildren();
    const notes = state.review && Array.isArray(state.review[field]) ? state.review[field] : [];
    box.hidden = notes.length === 0;
    for (const e of notes) {
      const text = typeof e === "string" ? e : (e && (e.message || e.detail)) || JSON.stringify(e);
      box.append(el("p", { class: cls, "data-code": (e && e.code) || null, text }));
    }
  }
}

// `id`: the item's id ("o1", "o1.kr2"): the summary says whose checklist it is to a screen
// reader (every item's summary read "6 pass" alike; tester40), and is described by its wording.
function checksBox(checks, id) {
  const pass = checks.filter((c) => c.status === "pass").length;
  // A principle whose rule is off by default is listed, not checked, with the reason (decision
  // 506), but not counted on the collapsed line: it is the same on every item, and "1 not
  // checked" on each KR read as a fault of the KR; the results say it once (decision 1370).
  const unchecked = checks.filter((c) => c.reason && !c.off_by_default).length;
  const unknown = checks.filter((c) => c.status === "unknown" && !c.reason).length;
  const label = [t("nPass", pass)];
  if (unknown) label.push(t("nUnknown", unknown));
  if (unchecked) label.push(t("nNotChecked", unchecked));
  const details = el("details", { class: "checks-box" }, el("summary", { "aria-describedby": id ? itemTextId(id) : null },
    id ? el("span", { class: "sr-only", text: t("checksOf", targetLabel(id, t)) }) : null, label.join(" · ")));
  const list = el("ul", { class: "checks" }, checks.map((c) =>
    el("li", { class: `check check-${c.off_by_default ? "off" : c.status}`, "data-rule": c.rule_id, "data-status": c.status },
      el("span", { class: `st st-${c.off_by_default ? "off" : c.status}`, "aria-hidden": "true", text: c.off_by_default ? "–" : { pass: "✓", fail: "✗", unknown: "?" }[c.status] }),
      el("span", { class: "sr-only", text: `${t(c.off_by_default ? "offByDefault" : c.reason ? "notChecked" : c.status)}: ` }),
      el("span", { class: "principle", text: c.principle }),
      el("code", { class: "rule-id", text: c.rule_id }),
      c.reason ? el("span", { class: "check-reason", text: c.reason }) : null,
      // said once on another item (decision 1726): point there
      c.said_on ? el("span", { class: "check-reason", text: t("saidOn", c.said_on.includes(".") ? c.said_on : c.said_on.toUpperCase()) }) : null)));
  details.append(list);
  return details;
}

// The principles no item was checked against because their rule is off by default, said once
// (as the CLI's report does) rather than on every item's line (decision 1370).
function offByDefaultNote(r) {
  const seen = new Map();
  for (const o of r.objectives) {
    for (const c of [...o.checks, ...o.key_results.flatMap((kr) => kr.checks)]) {
      if (c.off_by_default && !seen.has(c.rule_id)) seen.set(c.rule_id, c.principle);
    }
  }
  if (!seen.size) return null;
  const zh = state.lang === "zh";
  const list = [...seen].map(([id, p]) => (zh ? `${p}（${id}）` : `${p} (${id})`)).join(zh ? "；" : "; ");
  return el("p", { class: "hint off-note", text: t("offNote", list) });
}

function findingItem(f, idx) {
  return el("li", { class: `finding sev-${f.severity}`, id: `finding-${idx}`, "data-rule": f.rule_id, "data-target": f.target },
    findingBody(f, { t, actions, language: state.review.language, inCard: false, similar: similarExamples, core: corePoints(f, state.review) }));
}

// The item's own words are set in their own language's font (an English KR in a Chinese UI).
const langAttr = (language) => (language === "zh" ? "zh-CN" : "en");

// An item whose text opens with its owner ("Owner: Lead SRE — cut p95 …", "负责人：刘洋 —— 发布成功率…")
// is headed by its wording, the owner after it in a quieter chip (`owned_by.lead`, in code points;
// tester37: the owner's words stood where the key result's should be read).
function itemWording(item) {
  const ob = item.owned_by;
  if (!ob || !ob.lead || !ob.name) return [item.text, null];
  const wording = Array.from(item.text).slice(ob.lead).join("");
  return wording.trim() ? [wording, ob.name] : [item.text, null];
}

// The ids of an item's wording and of its score's explanation (ids with dots are fine in HTML).
const itemTextId = (id) => `item-text-${id}`;
const itemWhyId = (id) => `item-why-${id}`;

// `why`: how the score was reached, in words (an objective's counts its key results' points too).
// It was only the score's `title`, which screen readers, keyboards and touch never get (tester40):
// the score is a button that shows it under the item's heading (itemWhy) and hides it again.
function itemHeader(tag, item, score, level, why) {
  const H = level === 3 ? "h3" : "h4";
  const id = item.id;
  const [wording, owner] = itemWording(item);
  return el(H, { class: "item-head" },
    el("span", { class: tag === "kr" ? "tag kr-tag" : "tag", text: tag === "kr" ? id.split(".")[1].toUpperCase() : id.toUpperCase() }),
    el("button", { type: "button", class: "item-text link", id: itemTextId(id), lang: langAttr(item.language), onclick: () => revealItem(id) }, wording,
      owner ? el("span", { class: "item-owner", title: t("ownerTip"), text: owner }) : null),
    why
      ? el("button", { type: "button", class: "item-score link", "aria-expanded": "false", "aria-controls": itemWhyId(id), onclick: toggleWhy },
        el("span", { class: "sr-only", text: t("itemScoreOf", targetLabel(id, t)) }), String(score),
        el("span", { class: "why-mark", "aria-hidden": "true", text: "?" }))
      : el("span", { class: "item-score", text: String(score) }));
}

// The score's explanation, hidden until its score is pressed.
function itemWhy(id, why) {
  return why ? el("p", { class: "item-why", id: itemWhyId(id), hidden: true, text: why }) : null;
}

function toggleWhy(event) {
  const button = event.currentTarget;
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  document.getElementById(button.getAttribute("aria-controls")).hidden = !open;
}

// Escape closes what the keyboard opened in the results: a score's explanation, or the
// checklist, list of deductions … (a <details>) the focus is in, and puts the focus back on
// what opened it. The editor's card closes on Escape itself (editor.js).
function closeOnEscape(event) {
  if (event.key !== "Escape" || event.defaultPrevented) return;
  const at = document.activeElement;
  if (!at || !at.closest(".results")) return;
  if (at.matches(".item-score[aria-expanded='true']")) {
    at.click();
    event.preventDefault();
    return;
  }
  const details = at.closest("details[open]");
  if (details) {
    details.open = false;
    details.querySelector("summary").focus();
    event.preventDefault();
  }
}

// An objective's score in words, from the review's breakdown (decision 426).
function objectiveWhy(r, id) {
  const o = r.score_breakdown && r.score_breakdown.objectives.find((x) => x.id === id);
  return o && o.why ? o.why : "";
}

function revealItem(id) {
  const r = state.review;
  if (!r || editor.text() !== state.reviewedText) return;
  const item = r.objectives.flatMap((o) => [o, ...o.key_results]).find((x) => x.id === id);
  if (!item) return;
  const units = Array.from(state.reviewedText);
  const from = units.slice(0, item.span.start).join("").length;
  editor.reveal(from, from + units.slice(item.span.start, item.span.end).join("").length);
}

function renderGroups(shown) {
  const box = $("groups");
  box.replaceChildren();
  const r = state.review;
  if (!r) return;
  if (!r.objectives.length) { box.append(el("p", { class: "hint", text: t("noItems") })); return; }
  const index = new Map(r.findings.map((f, i) => [f, i]));
  const byTarget = groupByTarget(shown);
  const list = (fs) => fs.length ? el("ul", { class: "findings" }, fs.map((f) => findingItem(f, index.get(f)))) : null;
  const setFindings = byTarget.get("set") || [];
  if (setFindings.length) {
    box.append(el("section", { class: "group set", "data-item": "set" },
      el("h3", { class: "item-head" }, el("span", { class: "tag", text: t("set") })), list(setFindings)));
  }
  for (const o of r.objectives) {
    // The item's heading and its "N pass" on one row; its findings under them.
    // The score's explanation under the row, when its score is pressed.
    const row = (header, item, why) => el("div", { class: "item-row" }, header, checksBox(item.checks, item.id), itemWhy(item.id, why));
    const oWhy = objectiveWhy(r, o.id) || t("objectiveScoreTip");
    const group = el("section", { class: "group objective", "data-item": o.id },
      row(itemHeader("objective", o, o.score, 3, oWhy), o, oWhy), list(byTarget.get(o.id) || []));
    for (const kr of o.key_results) {
      group.append(el("section", { class: "group kr", "data-item": kr.id },
        row(itemHeader("kr", kr, kr.item_score, 4, t("krScoreTip")), kr, t("krScoreTip")), list(byTarget.get(kr.id) || [])));
    }
    box.append(group);
  }
  const off = offByDefaultNote(r);
  if (off) box.append(off);
  if (!shown.length && r.findings.length) box.prepend(el("p", { class: "hint", text: t("noFindingsShown") }));
}

// --- the editor's card ------------------------------------------------------------------------
function renderCard(hits, view, keyboard) {
  const card = el("div", { class: "card", role: "group", "aria-label": t("cardTitle") });
  for (const h of hits) {
    card.append(el("div", { class: `card-finding sev-${h.finding.severity}`, "data-rule": h.finding.rule_id },
      findingBody(h.finding, { t, actions, language: state.review ? state.review.language : null, inCard: true, similar: similarExamples, core: corePoints(h.finding, state.review) })));
  }
  if (keyboard) {
    // The cursor moved into a finding: say what it is (the card itself is not announced).
    card.dataset.keyboard = "true";
    $("announce").textContent = hits.map((h) => `${t(h.finding.severity)}: ${h.finding.message}`).join(" ") + " " + t("tabToCard");
  }
  return card;
}

// --- get the work out -------------------------------------------------------------------------
async function exportMarkdown() {
  const text = editor.text();
  if (!text.trim()) return;
  let res;
  try {
    res = await postJSON("/v1/export", Object.assign(reviewPayload(text), { format: "markdown" }));
  } catch (err) {
    if (err instanceof NetworkError) { setStatus(t("exportFailed") + t("offline"), "error"); return; }
    throw err;
  }
  if (!res.ok) { setStatus(t("exportFailed") + errorText(res), "error"); return; }
  downloadText(res.text, "okr-review.md", "text/markdown");
  setStatus(t("exported"));
}

async function shareLink() {
  const url = `${location.origin}${location.pathname}#${await encodeDraft(editor.text())}`;
  const field = $("share-url");
  field.value = url;
  $("share-box").hidden = false;
  const ok = await copyText(url, field);
  setStatus(ok ? t("shareReady") : t("copyFailed"), ok ? "" : "error");
}

async function copyDraft() {
  const ok = await copyText(editor.text());
  setStatus(ok ? t("copied") : t("copyFailed"), ok ? "" : "error");
}

function updateHistoryButtons() {
  $("btn-undo").disabled = !editor.canUndo();
  $("btn-redo").disabled = !editor.canRedo();
}

// --- UI language ------------------------------------------------------------------------------
function applyLanguage() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.title = state.lang === "zh" ? "OKR 教练 · OKR Coach" : "OKR Coach · OKR 教练";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  const toggle = $("lang-toggle");
  toggle.textContent = t("langName");
  toggle.title = t("langSwitch"); // the visible name stays the accessible name
  toggle.setAttribute("lang", state.lang === "zh" ? "en" : "zh-CN");
  store.set("lang", state.lang);
  if (editor) editor.relabel(t("editorName"), t("idle"));
  refreshBanner();
}

// --- views ------------------------------------------------------------------------------------
function showView(name) {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    const on = tab.dataset.view === name;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute("aria-controls")).hidden = !on;
  }
  document.body.dataset.view = name;
  if (name === "workshop") workshop.show();
}

function wire() {
  const tabs = [...document.querySelectorAll("[role=tab]")];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => showView(tab.dataset.view));
    tab.addEventListener("keydown", (e) => { // arrow keys move between tabs (WAI-ARIA tabs)
      if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
      const next = tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
      next.focus();
      showView(next.dataset.view);
    });
  });
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    applyLanguage();
    workshop.relabel();
    if (editor.text().trim()) runReview(); else { renderAll(); setStatus(t("idle")); }
  });
  $("btn-sample-zh").addEventListener("click", () => { editor.setText(SAMPLES.zh); runReview(); });
  $("btn-sample-en").addEventListener("click", () => { editor.setText(SAMPLES.en); runReview(); });
  $("btn-clear").addEventListener("click", () => { editor.setText(""); editor.focus(); });
  $("btn-undo").addEventListener("click", () => { editor.undo(); editor.focus(); });
  $("btn-redo").addEventListener("click", () => { editor.redo(); editor.focus(); });
  $("btn-apply-all").addEventListener("click", applyAll);
  $("btn-copy").addEventListener("click", copyDraft);
  $("btn-export").addEventListener("click", exportMarkdown);
  $("btn-share").addEventListener("click", shareLink);
  $("btn-print").addEventListener("click", () => window.print());
  $("btn-restore").addEventListener("click", () => {
    state.ignoredFindings.clear();
    state.ignoredRules = [];
    store.setJSON("ignored-findings", []);
    store.setJSON("ignored-rules", []);
    runReview();
  });
  for (const sev of SEVERITIES) {
    $(`filter-${sev}`).addEventListener("click", () => {
      state.filters[sev] = !state.filters[sev];
      renderAll();
    });
  }
  $("apikey-save").addEventListener("click", () => {
    localStorage.setItem("okr-coach-api-key", $("apikey").value.trim());
    $("apikey-box").hidden = true;
    runReview();
  });
  document.addEventListener("keydown", closeOnEscape);
  onReconnect(() => { if (editor.text().trim()) runReview(); });
}

async function start() {
  document.body.dataset.app = "ready";
  document.body.dataset.view = "review";
  document.body.dataset.reviewDelay = String(REVIEW_DELAY_MS);
  $("no-bundle").remove();
  editor = createEditor({
    parent: $("editor"),
    onChange: onDocChange,
    renderCard,
    label: I18N[state.lang].editorName,
    emptyHint: I18N[state.lang].idle,
    describedBy: "draft-hint",
  });
  workshop = initWorkshop({ t, uiLang: () => state.lang, onTry: (draft) => { showView("review"); editor.setText(draft); editor.focus(); runReview(); }, getDraft: () => editor.text() });
  applyLanguage();
  wire();
  updateHistoryButtons();
  // A shared link wins over the draft kept in this browser.
  const shared = await decodeDraft(location.hash.slice(1));
  let initial = "";
  if (shared !== null) {
    initial = shared;
    history.replaceState(null, "", location.pathname + location.search);
    setStatus(t("loadedShared"));
  } else {
    initial = store.get("draft") || "";
  }
  if (initial) {
    editor.load(initial); // not an edit to undo
    runReview();
    if (shared === null) setStatus(t("restoredDraft"));
  } else {
    setStatus(t("idle"));
    renderAll();
  }
  updateHistoryButtons();
  if (!isOnline()) refreshBanner();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
