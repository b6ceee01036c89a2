// The one-page handout printed from the review view: the draft, its score and its findings in
// a compact form (the screen's editor and buttons are hidden by the print stylesheet).
import { $, el, SEVERITY_RANK } from "./util.js";
import { corePoints, targetLabel } from "./finding.js";

export function renderPrintSheet(state, shown, t) {
  const sheet = $("print-sheet");
  sheet.replaceChildren();
  const r = state.review;
  if (!r || state.reviewedText === null) return;
  const date = new Date().toISOString().slice(0, 10);
  sheet.append(
    el("h2", { class: "print-title" }, `${t("title")} · ${t("score")} ${r.score}/100`, el("span", { class: "print-date", text: date })),
    el("pre", { class: "print-draft", text: state.reviewedText.trim() }));
  const sorted = [...shown].sort((a, b) => a.span.start - b.span.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const list = el("ol", { class: "print-findings" });
  for (const f of sorted) {
    const rewrite = (f.suggestions || []).find((s) => s.kind !== "example");
    // the handout a room reads says why a warning costs 40 (tester44, decision 6465)
    const core = corePoints(f, r);
    const severity = core ? `${t(f.severity)} · ${t("coreBadge", core)}` : t(f.severity);
    list.append(el("li", {},
      el("strong", { text: `${severity} · ${targetLabel(f.target, t)}` }), " ",
      el("code", { text: f.rule_id }), " — ", f.message,
      rewrite ? el("div", { class: "print-rewrite" }, "→ ", rewrite.text) : null));
  }
  if (sorted.length) sheet.append(list);
  else sheet.append(el("p", { text: t("done", 0) }));
}
