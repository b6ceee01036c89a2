// The workshop: the principles with good and bad examples (a catalog to browse, a presenter
// view for training sessions with answers hidden until revealed, a before-and-after of a draft
// and its rewrite) and a printable handout. Errors are shown, with a retry, never a blank view.
import { WORKSHOP_SAMPLES } from "./i18n.js";
import { api, errorText, NetworkError, onReconnect, postJSON } from "./api.js";
import { severityBadge } from "./finding.js";
import { $, allRewriteEdits, applyEdits, cpToUnits, el } from "./util.js";

// `text` with the code-point `spans` ([{start, end, cls}]) marked.
export function markedText(text, spans) {
  const u = cpToUnits(text);
  const last = u.length - 1;
  const sorted = spans.map((s) => ({ ...s, start: Math.min(s.start, last), end: Math.min(s.end, last) }))
    .filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out = [];
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue; // overlapping spans: the first one is marked
    out.push(text.slice(u[pos], u[s.start]));
    out.push(el("mark", { class: s.cls }, text.slice(u[s.start], u[s.end])));
    pos = s.end;
  }
  out.push(text.slice(u[pos]));
  return out;
}

// A stable shuffle, so good and bad examples are mixed the same way every time.
function mixed(examples) {
  const hash = (s) => [...s].reduce((h, c) => (h * 31 + c.codePointAt(0)) >>> 0, 7);
  return [...examples].sort((a, b) => hash(a.text) - hash(b.text));
}

// How many examples a room can judge on one slide (decision 582).
export const PER_SLIDE = 6;

// The presenter's pages of one principle's examples (decision 582): the clearest first — a
// plain example before one kept as a test of a borderline decision (`borderline`), a clean
// good one before a "not this flaw, but still" one, the shorter before the longer — the two
// languages taking turns when both are shown, and each page half bad, half good where both
// are left, mixed so that the answers are not in order.
export function slidePages(examples, isPartial, per = PER_SLIDE) {
  const len = (e) => Array.from(e.text).length;
  const plainFirst = (a, b) => (a.borderline ? 1 : 0) - (b.borderline ? 1 : 0)
    || (isPartial(a) ? 1 : 0) - (isPartial(b) ? 1 : 0) || len(a) - len(b);
  const turns = (list) => {
    const byLang = ["zh", "en"].map((l) => list.filter((e) => e.language === l).sort(plainFirst));
    const out = [];
    for (let i = 0; out.length < list.length; i++) for (const l of byLang) if (i < l.length) out.push(l[i]);
    return out;
  };
  const bad = turns(examples.filter((e) => e.bad));
  const good = turns(examples.filter((e) => !e.bad));
  const pages = [];
  while (bad.length || good.length) {
    const nBad = Math.min(bad.length, Math.max(Math.ceil(per / 2), per - good.length));
    const page = [...bad.splice(0, nBad), ...good.splice(0, per - nBad)];
    pages.push(mixed(page));
  }
  return pages.length ? pages : [[]];
}

function placeholderSpans(text, placeholders) {
  const spans = [];
  const cps = Array.from(text);
  const joined = cps.join("");
  for (const p of new Set(placeholders)) {
    let at = joined.indexOf(p);
    while (at >= 0) {
      const start = Array.from(joined.slice(0, at)).length;
      spans.push({ start, end: start + Array.from(p).length, cls: "placeholder" });
      at = joined.indexOf(p, at + p.length);
    }
  }
  return spans;
}

// The findings the rewrites cleared, and those left: on a gap to fill, on a line that asks a
// question, or others no rewrite changes (decision 968).
export function leftFindings(before, after, placeholders, asked) {
  const key = (f) => `${f.rule_id}|${f.target}`;
  const items = new Map(after.objectives.flatMap((o) => [o, ...o.key_results]).map((it) => [it.id, it]));
  const askedIds = new Set(asked.map((a) => a.id));
  const afterKeys = new Set(after.findings.map(key));
  const beforeKeys = new Set(before.findings.map(key));
  const out = { total: before.findings.length, after: after.findings.length, gaps: 0, asks: 0, other: 0 };
  out.cleared = before.findings.filter((f) => !afterKeys.has(key(f))).length;
  out.added = after.findings.filter((f) => !beforeKeys.has(key(f))).length;
  for (const f of after.findings) {
    const it = items.get(f.target);
    const text = it ? it.text : "";
    if (placeholders.some((p) => p && text.includes(p))) out.gaps += 1;
    else if (askedIds.has(f.target)) out.asks += 1;
    else out.other += 1;
  }
  return out;
}

// The parts of `span` outside the `holes` (a line that asks keeps its gaps marked as gaps).
function around(span, holes) {
  const parts = [];
  let pos = span.start;
  for (const h of [...holes].sort((a, b) => a.start - b.start)) {
    if (h.end <= pos || h.start >= span.end) continue;
    if (h.start > pos) parts.push({ start: pos, end: h.start });
    pos = Math.max(pos, h.end);
  }
  if (pos < span.end) parts.push({ start: pos, end: span.end });
  return parts;
}

// How many gaps (placeholders) the after text holds.
function gapCount(text, placeholders) {
  return [...new Set(placeholders)].reduce((n, p) => n + (p ? text.split(p).length - 1 : 0), 0);
}

// The items of the after text whose rewrite is a question (decision 967): where they stand
// (code points) and the question the coach asks of them.
export function askedItems(review) {
  const out = [];
  for (const o of review.objectives) {
    for (const it of [o, ...o.key_results]) {
      if (!it.rewrite || !it.rewrite.asks || !it.span) continue;
      out.push({ id: it.id, start: it.span.start, end: it.span.end, question: it.rewrite.text });
    }
  }
  return out;
}

// The after text line by line, `spans` marked, each question set under the line it is about.
export function withQuestions(text, spans, asked) {
  const cps = Array.from(text);
  const out = [];
  let start = 0;
  while (start <= cps.length) {
    let end = cps.indexOf("\n", start);
    if (end < 0) end = cps.length;
    const line = cps.slice(start, end).join("");
    const here = spans.filter((s) => s.start < end && s.end > start)
      .map((s) => ({ ...s, start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start }));
    out.push(...markedText(line, here));
    if (end < cps.length) out.push("\n");
    // the question, a block of its own under the line (not part of the text: copying the
    // text without the questions gives the after text)
    for (const a of asked.filter((x) => x.end > start && x.end <= end)) {
      out.push(el("span", { class: "ba-ask", role: "note" }, el("span", { class: "ba-ask-mark", "aria-hidden": "true", text: "?" }), a.question));
    }
    start = end + 1;
  }
  return out;
}

export function initWorkshop({ t, uiLang, onTry, getDraft }) {
  const ws = { catalog: null, error: null, loading: false, mode: "catalog", slide: 0, page: 0, revealed: false, ba: null };

  async function load() {
    if (ws.catalog || ws.loading) return;
    ws.loading = true;
    ws.error = null;
    render();
    try {
      const [rules, examples] = await Promise.all([api("/v1/rules"), api("/v1/examples")]);
      if (!rules.ok) throw new Error(errorText(rules));
      if (!examples.ok) throw new Error(errorText(examples));
      ws.catalog = { rules: rules.body, examples: examples.body };
    } catch (err) {
      ws.error = err instanceof NetworkError ? t("offline") : err.message;
    } finally {
      ws.loading = false;
    }
    render();
  }

  onReconnect(() => { if (ws.error && !$("view-workshop").hidden) load(); });

  function examplesOf(rule) {
    const lang = $("ex-lang").value;
    return ws.catalog.examples.filter((e) => e.rule_id === rule.id && (!lang || e.language === lang));
  }

  function exampleText(ex, revealed) {
    const text = !ex.span || !revealed
      ? el("span", { class: "ex-text", text: ex.text })
      : el("span", { class: "ex-text" }, markedText(ex.text, [{ ...ex.span, cls: "flag" }]));
    // The lines of its own draft that decide it (a title with the quarter …): the same words
    // can be a bad example in another draft (decision 675).
    if (!ex.setting) return text;
    return el("span", { class: "ex-with-setting" }, text,
      el("small", { class: "ex-setting hint", text: t("inDraft") + ex.setting }));
  }

  // A good example that another rule of its kind flags is only "not this flaw" (decision 505):
  // a trainer must not show "完成季度招聘任务10人" as a good objective.
  const partial = (ex) => !ex.bad && (ex.also_flagged || []).length > 0;

  function stillFlagged(ex) {
    return el("span", { class: "still" }, t("stillFlagged"),
      ex.also_flagged.flatMap((id, i) => [i ? ", " : "", el("code", { class: "rule-id", text: id })]));
  }

  function verdict(ex) {
    if (partial(ex)) {
      return el("span", { class: "verdict partial" },
        el("span", { "aria-hidden": "true", text: "◐ " }), t("notThisFlaw"), " · ", stillFlagged(ex));
    }
    return el("span", { class: `verdict ${ex.bad ? "bad" : "good"}` },
      el("span", { "aria-hidden": "true", text: ex.bad ? "✗ " : "✓ " }), t(ex.bad ? "bad" : "good"));
  }

  function renderStatus() {
    const box = $("ws-status");
    box.replaceChildren();
    box.hidden = !(ws.loading || ws.error);
    if (ws.loading) box.append(el("p", { class: "hint", text: t("loading") }));
    if (ws.error) {
      box.append(el("p", { class: "error-text", role: "alert" }, t("loadFailed"), ws.error),
        el("button", { type: "button", class: "secondary", onclick: () => { ws.error = null; load(); } }, t("retry")));
    }
  }

  // --- the catalog ----------------------------------------------------------------------------
  function renderCatalog() {
    const box = $("ws-catalog");
    box.replaceChildren();
    if (!ws.catalog) return;
    const lang = uiLang();
    box.append(el("p", { class: "hint", text: t("rulesCount", ws.catalog.rules.length) }));
    for (const rule of ws.catalog.rules) {
      const exs = examplesOf(rule);
      const item = (e) => el("li", { lang: e.language === "zh" ? "zh-CN" : "en", class: partial(e) ? "partial" : null },
        el("span", { class: "ex-lang", text: e.language }), exampleText(e, true),
        partial(e) ? stillFlagged(e) : null,
        el("button", { type: "button", class: "try", "aria-label": `${t("tryIt")}: ${e.text}`, onclick: () => onTry(e.draft) }, t("tryIt")));
      const column = (bad) => {
        const shown = exs.filter((e) => e.bad === bad);
        const clean = shown.filter((e) => !partial(e));
        const rest = shown.filter(partial);
        return el("div", { class: `examples ${bad ? "bad" : "good"}` },
          el("h4", {}, el("span", { "aria-hidden": "true", text: bad ? "✗ " : "✓ " }), t(bad ? "bad" : "good")),
          el("ul", {}, clean.map(item)),
          rest.length ? el("h4", { class: "partial" }, el("span", { "aria-hidden": "true", text: "◐ " }), t("partialHeading")) : null,
          rest.length ? el("ul", { class: "partial" }, rest.map(item)) : null);
      };
      box.append(el("article", { class: "rule", id: `rule-${rule.id}` },
        el("header", {}, el("code", { class: "rule-id", text: rule.id }), severityBadge(rule.severity, t),
          el("span", { class: "target", text: t(rule.target) })),
        el("h3", { text: rule.principle[lang] }),
        el("p", { class: "explanation", text: rule.explanation[lang] }),
        el("div", { class: "example-cols" }, column(true), column(false))));
    }
  }

  // --- the presenter --------------------------------------------------------------------------
  function renderPresenter() {
    const box = $("ws-presenter");
    box.replaceChildren();
    if (!ws.catalog) return;
    const rules = ws.catalog.rules;
    ws.slide = Math.max(0, Math.min(ws.slide, rules.length - 1));
    const rule = rules[ws.slide];
    const lang = uiLang();
    const pages = slidePages(examplesOf(rule), partial);
    ws.page = Math.max(0, Math.min(ws.page, pages.length - 1));
    const exs = pages[ws.page];
    const total = pages.reduce((n, p) => n + p.length, 0);
    const first = pages.slice(0, ws.page).reduce((n, p) => n + p.length, 0) + 1;
    const revealed = ws.revealed;
    box.append(
      el("div", { class: "slide-bar" },
        el("button", { type: "button", class: "secondary", id: "slide-prev", disabled: ws.slide === 0, onclick: () => go(-1) }, "← ", t("prev")),
        el("span", { class: "slide-count", id: "slide-count", text: t("slideOf", ws.slide + 1, rules.length) }),
        el("button", { type: "button", class: "secondary", id: "slide-next", disabled: ws.slide === rules.length - 1, onclick: () => go(1) }, t("next"), " →"),
        el("button", { type: "button", class: "apply", id: "slide-reveal", "aria-pressed": String(revealed), onclick: toggleReveal }, t(revealed ? "hideAnswers" : "reveal")),
        el("button", { type: "button", class: "secondary", id: "slide-full", onclick: fullscreen }, t("fullscreen"))),
      el("article", { class: "slide", "data-rule": rule.id, "data-revealed": String(revealed) },
        el("p", { class: "slide-meta" }, el("code", { class: "rule-id", text: rule.id }), " ", severityBadge(rule.severity, t)),
        el("h3", { class: "slide-principle", text: rule.principle[lang] }),
        revealed ? el("p", { class: "slide-explanation", text: rule.explanation[lang] }) : el("p", { class: "slide-question", text: t("guess") }),
        el("ol", { class: "slide-examples", start: String(first) }, exs.map((e) =>
          el("li", { class: revealed ? `ex ${e.bad ? "bad" : partial(e) ? "partial" : "good"}` : "ex", lang: e.language === "zh" ? "zh-CN" : "en" },
            revealed ? verdict(e) : null, exampleText(e, revealed)))),
        pages.length > 1 ? el("div", { class: "slide-pages" },
          el("button", { type: "button", class: "secondary", id: "page-prev", disabled: ws.page === 0, onclick: () => turn(-1) }, "← ", t("fewerExamples")),
          el("span", { class: "page-count", id: "page-count", text: t("examplesOf", first, first + exs.length - 1, total) }),
          el("button", { type: "button", class: "secondary", id: "page-next", disabled: ws.page === pages.length - 1, onclick: () => turn(1) }, t("moreExamples"), " →"))
          : null));
  }

  function go(step) {
    ws.slide += step;
    ws.page = 0;
    ws.revealed = false;
    renderPresenter();
  }

  // The next or previous examples of the same principle, answers hidden again.
  function turn(step) {
    ws.page += step;
    ws.revealed = false;
    renderPresenter();
    const next = $(step > 0 ? "page-next" : "page-prev");
    if (next && !next.disabled) next.focus();
  }

  function toggleReveal() {
    ws.revealed = !ws.revealed;
    renderPresenter();
    $("slide-reveal").focus();
  }

  function fullscreen() {
    const target = $("view-workshop");
    if (document.fullscreenElement) document.exitFullscreen();
    else if (target.requestFullscreen) target.requestFullscreen().catch(() => {});
  }

  document.addEventListener("keydown", (e) => {
    if (ws.mode !== "presenter" || $("view-workshop").hidden || !ws.catalog) return;
    if (e.target.closest && e.target.closest("input, select, textarea, [contenteditable]")) return;
    if (e.key === "ArrowRight" || e.key === "PageDown") { if (ws.slide < ws.catalog.rules.length - 1) go(1); e.preventDefault(); }
    else if (e.key === "ArrowLeft" || e.key === "PageUp") { if (ws.slide > 0) go(-1); e.preventDefault(); }
    else if (e.key === "r" || e.key === "R") { toggleReveal(); e.preventDefault(); }
    else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const button = $(e.key === "ArrowDown" ? "page-next" : "page-prev");
      if (button && !button.disabled) { turn(e.key === "ArrowDown" ? 1 : -1); e.preventDefault(); }
    }
  });

  // --- before and after -----------------------------------------------------------------------
  async function beforeAfter(fromEditor) {
    const lang = uiLang();
    const draft = fromEditor && getDraft().trim() ? getDraft() : WORKSHOP_SAMPLES[lang];
    ws.ba = { loading: true };
    renderBeforeAfter();
    try {
      const before = await postJSON("/v1/review", { text: draft, ui_language: lang });
      if (!before.ok) throw new Error(errorText(before));
      const { edits, placeholders } = allRewriteEdits(before.body);
      const rewritten = applyEdits(draft, edits);
      let after = null;
      if (edits.length) {
        const res = await postJSON("/v1/review", { text: rewritten, ui_language: lang });
        if (!res.ok) throw new Error(errorText(res));
        after = res.body;
      }
      ws.ba = { draft, before: before.body, rewritten, after, placeholders, edits };
    } catch (err) {
      ws.ba = { error: err instanceof NetworkError ? t("offline") : err.message, fromEditor };
    }
    renderBeforeAfter();
  }

  function renderBeforeAfter() {
    const box = $("ws-beforeafter");
    box.replaceChildren(
      el("p", { class: "hint", text: t("beforeAfterIntro") }),
      el("div", { class: "ba-bar" },
        el("button", { type: "button", class: "secondary", id: "ba-draft", onclick: () => beforeAfter(true) }, t("useDraft")),
        el("button", { type: "button", class: "secondary", id: "ba-sample", onclick: () => beforeAfter(false) }, t("useSample"))));
    const ba = ws.ba;
    if (!ba) return;
    if (ba.loading) { box.append(el("p", { class: "hint", text: t("loading") })); return; }
    if (ba.error) {
      box.append(el("p", { class: "error-text", role: "alert" }, t("loadFailed"), ba.error),
        el("button", { type: "button", class: "secondary", onclick: () => beforeAfter(ba.fromEditor) }, t("retry")));
      return;
    }
    const side = (title, review, body) => el("section", { class: "ba-side" },
      el("h3", {}, title, review ? el("span", { class: "ba-score", text: `${t("score")} ${review.score}` }) : null),
      el("pre", { class: "ba-text" }, body));
    const flagged = ba.before.findings.map((f) => ({ start: f.span.start, end: f.span.end, cls: `flag sev-${f.severity}` }));
    // The after side (decision 967): every one-click edit applied, the gaps to fill marked, and
    // under each line the coach cannot rewrite without the author, its question.
    const asked = askedItems(ba.after || ba.before);
    const gaps = placeholderSpans(ba.rewritten, ba.placeholders);
    const spans = [...gaps, ...asked.flatMap((a) => around(a, gaps).map((p) => ({ ...p, cls: "asked" })))];
    box.append(el("div", { class: "ba-cols", id: "ba-cols" },
      side(t("before"), ba.before, markedText(ba.draft, flagged)),
      side(t("after"), ba.after || ba.before, withQuestions(ba.rewritten, spans, asked))));
    box.append(baSummary(ba, asked));
  }

  // What is left after the rewrites, in plain words (decision 968): the after score is the
  // coach's review of the after text, the gaps and questions are the author's to fill.
  function baSummary(ba, asked) {
    const after = ba.after || ba.before;
    const gaps = gapCount(ba.rewritten, ba.placeholders);
    const left = leftFindings(ba.before, after, ba.placeholders, asked);
    const lines = [el("p", { class: "ba-scores", id: "ba-scores", text: t("baScores", ba.before.score, after.score) })];
    if (!ba.edits.length) lines.push(el("p", { class: "hint", text: t("noRewrite") }));
    lines.push(el("p", { class: "ba-left", id: "ba-left", text: t("baLeft", left) }));
    if (gaps || asked.length) lines.push(el("p", { class: "ba-next", id: "ba-next", text: t("baNext", gaps, asked.length) }));
    return el("div", { class: "ba-summary" }, lines);
  }

  // --- the printed handout: every principle with its answers ----------------------------------
  function renderHandout() {
    const box = $("ws-print");
    box.replaceChildren();
    if (!ws.catalog) return;
    const lang = uiLang();
    for (const rule of ws.catalog.rules) {
      const exs = examplesOf(rule);
      box.append(el("article", { class: "handout-rule" },
        el("h3", { text: rule.principle[lang] }),
        el("p", { class: "explanation", text: rule.explanation[lang] }),
        el("ul", {}, exs.map((e) => el("li", { lang: e.language === "zh" ? "zh-CN" : "en" }, verdict(e), " ", exampleText(e, true))))));
    }
  }

  function render() {
    renderStatus();
    for (const mode of ["catalog", "presenter", "beforeafter"]) {
      $(`ws-${mode}`).hidden = ws.mode !== mode;
      $(`ws-mode-${mode}`).setAttribute("aria-pressed", String(ws.mode === mode));
    }
    document.body.dataset.wsMode = ws.mode;
    if (ws.mode === "catalog") renderCatalog();
    if (ws.mode === "presenter") renderPresenter();
    if (ws.mode === "beforeafter") renderBeforeAfter();
    renderHandout();
  }

  for (const mode of ["catalog", "presenter", "beforeafter"]) {
    $(`ws-mode-${mode}`).addEventListener("click", () => {
      ws.mode = mode;
      render();
      if (mode === "beforeafter" && !ws.ba) beforeAfter(true);
    });
  }
  $("ex-lang").addEventListener("change", () => { ws.page = 0; render(); });
  $("ws-print-btn").addEventListener("click", () => window.print());

  return {
    show() { render(); load(); },
    relabel() { render(); },
  };
}
