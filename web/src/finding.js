// One finding's content — message, why, suggestion with Apply, Ignore this / Ignore rule, and
// the helpful / not-helpful vote — the same in the editor's card and in the findings list.
import { postJSON, NetworkError } from "./api.js";
import { ICON, el } from "./util.js";

// The severity as an icon and a word (never by colour alone).
export function severityBadge(severity, t) {
  return el("span", { class: `badge sev-${severity}` },
    el("span", { class: "sev-icon", "aria-hidden": "true", text: ICON[severity] }), " ", t(severity));
}

// The points a finding costs as a core failure (a metric objective, a task key result …), or
// null: its severity word alone ("warning") does not say why it costs 40 (tester44, decision
// 6465). A core failure another finding says (said_by) is named in that one's message, and a
// model finding is never one (decision 1428).
export function corePoints(finding, review) {
  if (!review || !review.score_breakdown || finding.source !== "rule") return null;
  const d = review.score_breakdown.deductions.find((x) => x.core && !x.said_by
    && x.target === finding.target && x.rule_id === finding.rule_id);
  return d ? d.points : null;
}

export function coreBadge(points, t) {
  return el("span", { class: "badge core", title: t("coreTip") }, t("coreBadge", points),
    el("span", { class: "sr-only", text: `: ${t("coreTip")}` }));
}

export function targetLabel(target, t) {
  if (target === "set") return t("set");
  const [o, kr] = target.split(".");
  return kr ? `${o.toUpperCase()} · ${kr.toUpperCase()}` : o.toUpperCase();
}

// Similar well-written examples for a finding, from the curated library: those the review
// carried (suggestions of kind "example", when it was asked to include them), or else — the
// service leaves them out of /v1/review to keep it fast — asked for when the finding is opened:
// `similar(finding)` resolves to the examples' texts ([] when the library has nothing close
// enough, and then nothing is shown).
export function renderExamples(finding, t, similar) {
  const list = (texts) => el("ul", {}, texts.map((x) => el("li", {}, el("span", { class: "rewrite", text: x }))));
  const carried = (finding.suggestions || []).filter((s) => s.kind === "example").map((s) => s.text);
  if (carried.length) {
    return el("div", { class: "examples-like" }, el("p", { class: "hint", text: t("example") }), list(carried));
  }
  if (!similar) return null;
  const box = el("div", { class: "examples-like", hidden: true, "aria-busy": "true" });
  similar(finding).then((texts) => {
    box.removeAttribute("aria-busy");
    if (!texts || !texts.length) { box.remove(); return; }
    box.append(el("p", { class: "hint", text: t("example") }), list(texts));
    box.hidden = false;
  }, () => box.remove());
  return box;
}

function rewrites(finding) {
  return (finding.suggestions || []).filter((s) => s.kind !== "example");
}

export function findingKey(finding, reviewedText) {
  const quoted = Array.from(reviewedText || "").slice(finding.span.start, finding.span.end).join("");
  return `${finding.rule_id}|${finding.target}|${quoted}`;
}

// Each finding's message gets an id its buttons are described by: "Apply", "Ignore this",
// "Ignore rule" and "Show in draft" repeat on every finding, and a screen reader tabbing through
// them heard only those words (tester39); described by the message, each says what it acts on.
let messageIds = 0;

// actions: {apply(finding, suggestion), ignoreThis(finding), ignoreRule(finding), reveal(finding)}
// In the editor's card everything shows; in the list (inCard false) a finding is its message and
// its buttons, with the why, the rewrite and the vote one click away, so a long draft stays short.
export function findingBody(finding, { t, actions, language, inCard, similar, core }) {
  const textLang = language === "zh" ? "zh-CN" : language === "en" ? "en" : null; // the draft's
  const head = el("div", { class: "finding-head" },
    severityBadge(finding.severity, t),
    core ? coreBadge(core, t) : null,
    el("span", { class: "target", text: targetLabel(finding.target, t) }),
    el("code", { class: "rule-id", text: finding.rule_id }));
  const messageId = `finding-msg-${++messageIds}`;
  const about = { "aria-describedby": messageId };
  const buttons = el("div", { class: "finding-actions" });
  // A question (s.asks) is read, not applied: it would put the question into the draft.
  const first = rewrites(finding).find((s) => s.edits && s.edits.length && !s.asks);
  if (first) {
    buttons.append(el("button", { type: "button", class: "apply", title: t("applyTitle"), ...about, onclick: () => actions.apply(finding, first) }, t("apply")));
  }
  buttons.append(
    el("button", { type: "button", class: "secondary ignore-this", ...about, onclick: () => actions.ignoreThis(finding) }, t("ignoreThis")),
    el("button", { type: "button", class: "secondary ignore-rule", ...about, onclick: () => actions.ignoreRule(finding) }, t("ignoreRule")));
  // The why, the rewrites and the examples.
  const details = () => {
    const out = [el("p", { class: "why-text", text: finding.explanation })];
    for (const s of rewrites(finding)) {
      const sug = el("div", { class: "suggestion" },
        el("p", { class: "hint", text: t("suggestion") }),
        // A question is said to the person, in the interface's language (decision 425).
        el("pre", { class: "rewrite", lang: s.asks ? null : textLang, text: s.text }));
      // Only the blanks one can see here: a line the fix adds elsewhere carries its own.
      const blanks = (s.placeholders || []).filter((p) => s.text.includes(p));
      if (blanks.length) sug.append(el("p", { class: "hint", text: t("placeholders") + blanks.join(" ") }));
      if (s.note) sug.append(el("p", { class: "hint suggestion-note", text: s.note })); // the coach's question
      out.push(sug);
    }
    const examples = renderExamples(finding, t, similar);
    if (examples) out.push(examples);
    return out;
  };
  const message = el("p", { class: "message", id: messageId, text: finding.message });
  if (inCard) {
    const [why, ...rest] = details();
    return el("div", { class: "finding-body" }, head, message,
      el("details", { class: "why" }, el("summary", { text: t("why") }), why),
      rest, buttons, feedbackBox(finding, t, language));
  }
  // The list: the severity and message on one line, then the buttons, the link and the details
  // (built when first opened: a long draft has many findings).
  const line = el("p", { class: "message", id: messageId }, severityBadge(finding.severity, t), " ",
    core ? coreBadge(core, t) : null, core ? " " : null, finding.message);
  if (actions.reveal) {
    buttons.append(el("button", { type: "button", class: "link locate", ...about, onclick: () => actions.reveal(finding) }, t("showInDraft")));
  }
  const more = el("details", { class: "more" }, el("summary", { text: t("whyAndFix") }));
  more.addEventListener("toggle", () => {
    if (!more.open || more.childElementCount > 1) return;
    more.append(el("p", { class: "hint" }, el("code", { class: "rule-id", text: finding.rule_id })),
      ...details(), feedbackBox(finding, t, language));
  });
  return el("div", { class: "finding-body" }, line, buttons, more);
}

// The vote is sent only when the person clicks it; a failure says so and can be retried.
function feedbackBox(finding, t, language) {
  const box = el("div", { class: "feedback" });
  const note = el("span", { class: "hint feedback-note", role: "status" });
  const send = async (helpful) => {
    note.textContent = "";
    note.classList.remove("error");
    let res = null;
    try {
      res = await postJSON("/v1/feedback", {
        rule_id: finding.rule_id, target: finding.target, span: finding.span,
        helpful, applied: false, source: finding.source, language,
      });
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
    }
    if (res && res.ok) {
      box.replaceChildren(el("span", { class: "hint", role: "status", text: t("thanks") }));
    } else {
      note.textContent = t("feedbackFailed");
      note.classList.add("error");
    }
  };
  box.append(
    el("button", { type: "button", class: "link vote", "data-helpful": "true", onclick: () => send(true) }, t("helpful")),
    el("button", { type: "button", class: "link vote", "data-helpful": "false", onclick: () => send(false) }, t("notHelpful")),
    note);
  return box;
}
