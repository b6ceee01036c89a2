// okr-coach web page: live review, highlights, checklist, one-click suggestions, workshop.
// The API counts offsets in Unicode code points; JS strings index UTF-16 code units, so every
// span is converted through cpToUnits() before it touches a JS string.
"use strict";

const I18N = {
  zh: {
    skip: "跳到内容", title: "OKR 教练", tabReview: "检查草稿", tabWorkshop: "工作坊",
    draftLabel: "粘贴你的 OKR 草稿", draftHint: "边写边检查：停止输入片刻后自动更新。",
    sampleZh: "中文示例", sampleEn: "English sample", clear: "清空", apiKey: "API 密钥",
    save: "保存", highlighted: "草稿中的问题", score: "得分", checklist: "逐条检查",
    findings: "问题与建议", workshopIntro: "OKR 原则目录：每条规则都有正反例。点“试一试”把例子放进编辑器。",
    exampleLang: "例子语言", both: "两种语言", reviewing: "正在检查…", idle: "在左侧输入或粘贴草稿。",
    done: (n) => n === 0 ? "没有发现问题。" : `发现 ${n} 个问题。`,
    counts: (e, w, i) => `${e} 个错误 · ${w} 个警告 · ${i} 个提示`,
    error: "错误", warning: "警告", info: "提示", pass: "通过", fail: "未通过", unknown: "无法判断",
    objective: "目标", kr: "关键结果", set: "整体", apply: "应用建议", applied: "已应用建议，正在重新检查…",
    stale: "草稿已改动，请等检查完成后再应用。", placeholders: "需要你填写：", example: "类似的好例子：",
    helpful: "有帮助", notHelpful: "没帮助", thanks: "谢谢反馈！", why: "为什么？",
    tryIt: "试一试", good: "好例子", bad: "坏例子", rulesCount: (n) => `${n} 条规则`,
    needKey: "服务需要 API 密钥。", noItems: "还没有目标。", langName: "English",
    network: "无法连接服务。",
  },
  en: {
    skip: "Skip to content", title: "OKR Coach", tabReview: "Review", tabWorkshop: "Workshop",
    draftLabel: "Paste your draft OKR", draftHint: "Reviewed as you type: it updates when you pause.",
    sampleZh: "中文示例", sampleEn: "English sample", clear: "Clear", apiKey: "API key",
    save: "Save", highlighted: "Findings in your draft", score: "Score", checklist: "Checklist",
    findings: "Findings and suggestions",
    workshopIntro: "The OKR principles: every rule with good and bad examples. “Try it” loads one into the editor.",
    exampleLang: "Example language", both: "Both languages", reviewing: "Reviewing…",
    idle: "Type or paste a draft on the left.",
    done: (n) => n === 0 ? "No findings." : `${n} finding${n === 1 ? "" : "s"}.`,
    counts: (e, w, i) => `${e} errors · ${w} warnings · ${i} hints`,
    error: "error", warning: "warning", info: "hint", pass: "pass", fail: "fail", unknown: "unknown",
    objective: "Objective", kr: "Key result", set: "Whole set", apply: "Apply suggestion",
    applied: "Suggestion applied; reviewing again…",
    stale: "The draft changed: wait for the review before applying.",
    placeholders: "For you to fill in: ", example: "A well-written one like it:", helpful: "Helpful", notHelpful: "Not helpful",
    thanks: "Thanks for the feedback!", why: "Why?", tryIt: "Try it", good: "Good", bad: "Bad",
    rulesCount: (n) => `${n} rule${n === 1 ? "" : "s"}`, needKey: "The service needs an API key.",
    noItems: "No objectives yet.", langName: "中文", network: "Cannot reach the service.",
  },
};

const SAMPLES = {
  zh: "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：NPS 从 30 提升到 45\n关键结果2：客户问题平均解决时间缩短至 2 天\n\n目标2：提升品牌影响力\n",
  en: "Objective: Delight our customers this quarter (owner: Alice)\nKR1: Raise NPS from 30 to 45\nKR2: Cut average resolution time to 2 days\n\nObjective 2: Win the enterprise market\n",
};

function initialLanguage() {
  const saved = localStorage.getItem("okr-coach-lang");
  if (saved === "zh" || saved === "en") return saved;
  return (navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

const state = {
  lang: initialLanguage(),
  review: null, // the last review
  reviewedText: null, // the exact text it reviewed
  seq: 0,
  controller: null,
  timer: null,
  catalog: null,
};

const $ = (id) => document.getElementById(id);
const t = (key, ...args) => {
  const v = I18N[state.lang][key];
  return typeof v === "function" ? v(...args) : v;
};

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// --- offsets ----------------------------------------------------------------------------------
// cpToUnits(text)[i] = the UTF-16 index of code point i (one entry past the end too).
function cpToUnits(text) {
  const out = [0];
  let units = 0;
  for (const ch of text) {
    units += ch.length; // 2 for a character above U+FFFF
    out.push(units);
  }
  return out;
}

// Apply code-point edits [{start, end, replacement}] to text.
function applyEdits(text, edits) {
  const cps = Array.from(text);
  // From the end backwards; of two insertions at one point the later goes in first, so they
  // end up in the order given.
  const sorted = edits.map((e, i) => ({ ...e, i }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  for (const e of sorted) cps.splice(e.start, e.end - e.start, ...Array.from(e.replacement));
  return cps.join("");
}

// --- API --------------------------------------------------------------------------------------
async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  const key = localStorage.getItem("okr-coach-api-key");
  if (key) headers["X-API-Key"] = key;
  const res = await fetch(path, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await res.json(); } catch (_) { body = null; }
  if (res.status === 401) $("apikey-box").hidden = false;
  return { ok: res.ok, status: res.status, body };
}

// --- UI language --------------------------------------------------------------------------------
function applyLanguage() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.title = state.lang === "zh" ? "OKR 教练 · OKR Coach" : "OKR Coach · OKR 教练";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  $("lang-toggle").textContent = t("langName");
  localStorage.setItem("okr-coach-lang", state.lang);
}

// --- live review ------------------------------------------------------------------------------
function scheduleReview(delay = 400) {
  clearTimeout(state.timer);
  state.timer = setTimeout(runReview, delay);
}

async function runReview() {
  const text = $("draft").value;
  if (!text.trim()) {
    state.review = null;
    state.reviewedText = null;
    render();
    setStatus(t("idle"));
    return;
  }
  const seq = ++state.seq;
  if (state.controller) state.controller.abort();
  state.controller = new AbortController();
  setStatus(t("reviewing"));
  document.body.dataset.reviewing = "true";
  let res;
  try {
    res = await api("/v1/review", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, ui_language: state.lang }),
      signal: state.controller.signal,
    });
  } catch (err) {
    if (err.name !== "AbortError" && seq === state.seq) setStatus(t("network"), true);
    return;
  }
  if (seq !== state.seq) return; // a newer request is on its way
  document.body.dataset.reviewing = "false";
  if (res.ok) {
    state.review = res.body;
    state.reviewedText = text;
    render();
    setStatus(t("done", res.body.findings.length));
  } else {
    state.review = null;
    state.reviewedText = null;
    render();
    setStatus(res.status === 401 ? t("needKey") : (res.body && res.body.detail) || String(res.status), true);
  }
  document.body.dataset.reviewed = String(state.seq);
}

function setStatus(message, isError = false) {
  const s = $("status");
  s.textContent = message;
  s.classList.toggle("error", isError);
}

// --- rendering the review ---------------------------------------------------------------------
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };

function render() {
  renderHighlights();
  renderChecklist();
  renderFindings();
  renderScore();
}

function renderScore() {
  const r = state.review;
  $("score").textContent = r ? String(r.score) : "–";
  $("score").className = "score" + (r ? (r.score >= 80 ? " good" : r.score >= 50 ? " fair" : " poor") : "");
  if (!r) { $("counts").textContent = ""; return; }
  const n = (s) => r.findings.filter((f) => f.severity === s).length;
  $("counts").textContent = t("counts", n("error"), n("warning"), n("info"));
}

// The text split at every span boundary; each piece knows the findings covering it.
function renderHighlights() {
  const box = $("rendered");
  box.replaceChildren();
  const r = state.review;
  const text = state.reviewedText;
  if (!r || text === null) return;
  const units = cpToUnits(text);
  const ncp = units.length - 1;
  const cuts = new Set([0, ncp]);
  r.findings.forEach((f) => {
    cuts.add(Math.min(f.span.start, ncp));
    cuts.add(Math.min(f.span.end, ncp));
  });
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(units[a], units[b]);
    const covering = r.findings
      .map((f, idx) => ({ f, idx }))
      .filter(({ f }) => f.span.start <= a && f.span.end >= b && f.span.end > f.span.start);
    if (!covering.length) { box.append(piece); continue; }
    const worst = covering.reduce((m, c) => Math.min(m, SEVERITY_RANK[c.f.severity]), 9);
    const sev = Object.keys(SEVERITY_RANK).find((k) => SEVERITY_RANK[k] === worst);
    const ids = covering.map((c) => `finding-${c.idx}`).join(" ");
    box.append(el("mark", {
      class: `sev-${sev}`, tabindex: "0", "aria-describedby": ids, "data-findings": ids,
      "data-start": a, "data-end": b,
      onmouseenter: showTooltip, onmouseleave: hideTooltip, onfocus: showTooltip, onblur: hideTooltip,
    }, piece));
  }
}

function showTooltip(event) {
  const mark = event.currentTarget;
  const tip = $("tooltip");
  tip.replaceChildren();
  for (const id of mark.dataset.findings.split(" ")) {
    const f = state.review.findings[Number(id.split("-")[1])];
    tip.append(el("div", { class: `tip-line sev-${f.severity}` },
      el("strong", { text: `${t(f.severity)} · ` }), f.message));
    const card = $(id);
    if (card) card.classList.add("active");
  }
  const box = mark.getBoundingClientRect();
  tip.hidden = false;
  tip.style.left = `${Math.max(8, box.left + window.scrollX)}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hideTooltip() {
  $("tooltip").hidden = true;
  for (const card of document.querySelectorAll(".finding.active")) card.classList.remove("active");
}

function statusIcon(status) {
  const sym = { pass: "✓", fail: "✗", unknown: "?" }[status];
  return el("span", { class: `st st-${status}`, "aria-label": t(status), title: t(status) }, sym);
}

function checkList(checks) {
  return el("ul", { class: "checks" }, checks.map((c) =>
    el("li", { class: `check check-${c.status}`, "data-rule": c.rule_id, "data-status": c.status },
      statusIcon(c.status), el("span", { class: "principle", text: c.principle }),
      el("code", { class: "rule-id", text: c.rule_id }))));
}

function renderChecklist() {
  const box = $("checklist");
  box.replaceChildren();
  const r = state.review;
  if (!r) return;
  if (!r.objectives.length) { box.append(el("p", { class: "hint", text: t("noItems") })); return; }
  for (const o of r.objectives) {
    const card = el("article", { class: "item objective", "data-item": o.id },
      el("h3", {}, el("span", { class: "tag", text: `${o.id.toUpperCase()}` }),
        el("span", { class: "item-text", text: o.text }),
        el("span", { class: "item-score", title: t("score"), text: String(o.score) })),
      checkList(o.checks));
    for (const kr of o.key_results) {
      card.append(el("section", { class: "item kr", "data-item": kr.id },
        el("h4", {}, el("span", { class: "tag kr-tag", text: kr.id.split(".")[1].toUpperCase() }),
          el("span", { class: "item-text", text: kr.text })),
        checkList(kr.checks)));
    }
    box.append(card);
  }
}

function renderFindings() {
  const list = $("findings");
  list.replaceChildren();
  const r = state.review;
  if (!r) return;
  r.findings.forEach((f, idx) => {
    const item = el("li", { class: `finding sev-${f.severity}`, id: `finding-${idx}`, "data-rule": f.rule_id },
      el("div", { class: "finding-head" },
        el("span", { class: `badge sev-${f.severity}`, text: t(f.severity) }),
        el("span", { class: "target", text: f.target === "set" ? t("set") : f.target.toUpperCase() }),
        el("code", { class: "rule-id", text: f.rule_id })),
      el("p", { class: "message", text: f.message }),
      el("details", {}, el("summary", { text: t("why") }), el("p", { text: f.explanation })));
    f.suggestions.forEach((s) => {
      const sug = el("div", { class: "suggestion" + (s.kind === "example" ? " example" : "") },
        s.kind === "example" ? el("p", { class: "hint", text: t("example") }) : null,
        el("pre", { class: "rewrite", text: s.text }));
      if (s.placeholders.length) sug.append(el("p", { class: "hint", text: t("placeholders") + s.placeholders.join(" ") }));
      if (s.edits.length) {
        sug.append(el("button", { type: "button", class: "apply", onclick: () => applySuggestion(f, s) }, t("apply")));
      }
      item.append(sug);
    });
    item.append(el("div", { class: "feedback" },
      el("button", { type: "button", class: "link", onclick: (e) => sendFeedback(f, true, false, e.currentTarget) }, t("helpful")),
      el("button", { type: "button", class: "link", onclick: (e) => sendFeedback(f, false, false, e.currentTarget) }, t("notHelpful"))));
    list.append(item);
  });
}

async function applySuggestion(finding, suggestion) {
  const area = $("draft");
  if (area.value !== state.reviewedText) { setStatus(t("stale"), true); return; }
  area.value = applyEdits(state.reviewedText, suggestion.edits);
  area.focus();
  setStatus(t("applied"));
  sendFeedback(finding, true, true, null);
  clearTimeout(state.timer);
  await runReview();
}

async function sendFeedback(finding, helpful, applied, button) {
  const res = await api("/v1/feedback", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      rule_id: finding.rule_id, target: finding.target, span: finding.span,
      helpful, applied, source: finding.source, language: state.review ? state.review.language : null,
    }),
  });
  if (button && res.ok) {
    const box = button.parentElement;
    box.replaceChildren(el("span", { class: "hint", text: t("thanks") }));
  }
}

// --- workshop ---------------------------------------------------------------------------------
async function loadCatalog() {
  if (state.catalog) { renderCatalog(); return; }
  const [rulesRes, exRes] = await Promise.all([api("/v1/rules"), api("/v1/examples")]);
  if (!rulesRes.ok || !exRes.ok) { $("catalog").textContent = t("network"); return; }
  state.catalog = { rules: rulesRes.body, examples: exRes.body };
  renderCatalog();
}

function exampleText(ex) {
  if (!ex.span) return el("span", { text: ex.text });
  const u = cpToUnits(ex.text);
  return el("span", {}, ex.text.slice(0, u[ex.span.start]),
    el("mark", { class: "sev-warning" }, ex.text.slice(u[ex.span.start], u[ex.span.end])),
    ex.text.slice(u[ex.span.end]));
}

function renderCatalog() {
  const box = $("catalog");
  box.replaceChildren();
  if (!state.catalog) return;
  const langFilter = $("ex-lang").value;
  box.append(el("p", { class: "hint", text: t("rulesCount", state.catalog.rules.length) }));
  for (const rule of state.catalog.rules) {
    const exs = state.catalog.examples.filter((e) => e.rule_id === rule.id && (!langFilter || e.language === langFilter));
    const column = (bad) => el("div", { class: `examples ${bad ? "bad" : "good"}` },
      el("h4", {}, statusIcon(bad ? "fail" : "pass"), " ", t(bad ? "bad" : "good")),
      el("ul", {}, exs.filter((e) => e.bad === bad).map((e) =>
        el("li", { lang: e.language === "zh" ? "zh-CN" : "en", title: e.draft },
          el("span", { class: "ex-lang", text: e.language }), exampleText(e),
          el("button", { type: "button", class: "try", onclick: () => tryExample(e) }, t("tryIt"))))));
    box.append(el("article", { class: "rule", id: `rule-${rule.id}` },
      el("header", {}, el("code", { class: "rule-id", text: rule.id }),
        el("span", { class: `badge sev-${rule.severity}`, text: t(rule.severity) }),
        el("span", { class: "target", text: t(rule.target) })),
      el("h3", { text: rule.principle[state.lang] }),
      el("p", { class: "explanation", text: rule.explanation[state.lang] }),
      el("div", { class: "example-cols" }, column(true), column(false))));
  }
}

function tryExample(example) {
  showView("review");
  $("draft").value = example.draft;
  $("draft").focus();
  clearTimeout(state.timer);
  runReview();
}

// --- views and wiring -------------------------------------------------------------------------
function showView(name) {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    const on = tab.dataset.view === name;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute("aria-controls")).hidden = !on;
  }
  if (name === "workshop") loadCatalog();
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
  $("draft").addEventListener("input", () => scheduleReview());
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    applyLanguage();
    renderCatalog();
    if ($("draft").value.trim()) runReview(); else setStatus(t("idle"));
  });
  $("btn-sample-zh").addEventListener("click", () => { $("draft").value = SAMPLES.zh; runReview(); });
  $("btn-sample-en").addEventListener("click", () => { $("draft").value = SAMPLES.en; runReview(); });
  $("btn-clear").addEventListener("click", () => { $("draft").value = ""; runReview(); $("draft").focus(); });
  $("ex-lang").addEventListener("change", renderCatalog);
  $("apikey-save").addEventListener("click", () => {
    localStorage.setItem("okr-coach-api-key", $("apikey").value.trim());
    $("apikey-box").hidden = true;
    runReview();
  });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hideTooltip(); });
}

document.addEventListener("DOMContentLoaded", () => {
  applyLanguage();
  wire();
  setStatus(t("idle"));
});
