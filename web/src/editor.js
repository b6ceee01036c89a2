// The editing surface: CodeMirror 6 with the review's findings as lint diagnostics (underlined
// in place, severity by underline style and a gutter icon as well as colour), and one finding
// card shown on hover and when the cursor moves into a finding.
import {
  Compartment, EditorState, RangeSet, StateEffect, StateField, Transaction,
} from "@codemirror/state";
import {
  EditorView, GutterMarker, gutter, hoverTooltip, keymap, placeholder, showTooltip, tooltips,
} from "@codemirror/view";
import {
  defaultKeymap, history, historyKeymap, isolateHistory, redo, redoDepth, undo, undoDepth,
} from "@codemirror/commands";
import {
  forEachDiagnostic, linter, lintKeymap, nextDiagnostic, previousDiagnostic, setDiagnostics,
  setDiagnosticsEffect,
} from "@codemirror/lint";
import { ICON, SEVERITY_RANK, unitsOf } from "./util.js";

// --- the severity gutter --------------------------------------------------------------------
class SeverityMarker extends GutterMarker {
  constructor(severity) {
    super();
    this.severity = severity;
  }

  eq(other) {
    return other.severity === this.severity;
  }

  toDOM() {
    const s = document.createElement("span");
    s.className = `sev-icon sev-${this.severity}`;
    s.setAttribute("aria-hidden", "true");
    s.textContent = ICON[this.severity];
    return s;
  }
}
const MARKERS = Object.fromEntries(Object.keys(ICON).map((s) => [s, new SeverityMarker(s)]));

const severityLines = StateField.define({
  create: () => RangeSet.empty,
  update(value, tr) {
    for (const e of tr.effects) {
      if (!e.is(setDiagnosticsEffect)) continue;
      const worst = new Map(); // line start -> severity
      for (const d of e.value) {
        const line = tr.state.doc.lineAt(Math.min(d.from, tr.state.doc.length));
        const prev = worst.get(line.from);
        if (!prev || SEVERITY_RANK[d.severity] < SEVERITY_RANK[prev]) worst.set(line.from, d.severity);
      }
      return RangeSet.of([...worst.entries()].sort((a, b) => a[0] - b[0])
        .map(([from, sev]) => MARKERS[sev].range(from)));
    }
    return tr.docChanged ? value.map(tr.changes) : value;
  },
});

// Colours come from the page's CSS variables, so the dark scheme needs nothing here.
const theme = EditorView.theme({
  "&": { backgroundColor: "var(--panel)", color: "var(--ink)", fontSize: "15px" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "inherit", lineHeight: "1.75" },
  ".cm-content": { padding: ".6rem 0", caretColor: "var(--ink)" },
  ".cm-line": { padding: "0 .75rem 0 .25rem" },
  ".cm-cursor": { borderLeftColor: "var(--ink)" },
  ".cm-gutters": { backgroundColor: "var(--panel)", color: "var(--muted)", border: "none" },
  ".cm-severity-gutter .cm-gutterElement": { padding: "0 0 0 .45rem", fontSize: "13px" },
  ".cm-lintRange": { backgroundImage: "none", paddingBottom: "0", textUnderlineOffset: "4px", textDecorationThickness: "2px", textDecorationSkipInk: "none" },
  ".cm-lintRange-error": { textDecorationLine: "underline", textDecorationStyle: "wavy", textDecorationColor: "var(--error)", backgroundColor: "var(--error-bg)" },
  ".cm-lintRange-warning": { textDecorationLine: "underline", textDecorationStyle: "dashed", textDecorationColor: "var(--warning)", backgroundColor: "var(--warning-bg)" },
  ".cm-lintRange-info": { textDecorationLine: "underline", textDecorationStyle: "dotted", textDecorationColor: "var(--info)" },
  ".cm-lintRange-active": { backgroundColor: "var(--mark)" },
  ".cm-tooltip": { border: "none", backgroundColor: "transparent" },
  ".cm-panels": { backgroundColor: "var(--panel)", color: "var(--ink)" },
});

// --- the finding card -----------------------------------------------------------------------
const closeCard = StateEffect.define();
const openCard = StateEffect.define();

// The diagnostics covering `pos` (end inclusive, so a cursor just after a word still counts).
function hitsAt(state, pos, side = 0) {
  const hits = [];
  forEachDiagnostic(state, (d, from, to) => {
    if (from <= pos && (pos < to || (pos === to && side <= 0) || from === to)) hits.push({ d, from, to });
  });
  hits.sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] || a.from - b.from);
  return hits;
}

// A draft pasted in (into an empty editor, or over the whole text) is shown from its first line:
// CodeMirror scrolls to the caret, at the end of the paste, and on a phone (the editor 55% of
// the screen) the title line was left half under the editor's top edge (tester17 a). The caret
// stays where it is; typing scrolls back to it. A paste into part of a longer draft (the
// pasted text less than most of the new text) keeps the usual scroll to the caret.
const showPastedDraftFromTop = EditorState.transactionExtender.of((tr) => {
  if (!tr.docChanged || !(tr.isUserEvent("input.paste") || tr.isUserEvent("input.type") || tr.isUserEvent("input.drop"))) return null;
  const doc = tr.newDoc;
  if (doc.lines < 2) return null;
  let inserted = 0;
  tr.changes.iterChanges((fromA, toA, fromB, toB) => { inserted += toB - fromB; });
  if (inserted < 0.8 * doc.length) return null;
  return { effects: EditorView.scrollIntoView(0, { y: "nearest", yMargin: 24 }) }; // the padding above it too
});

const sameHits = (a, b) => a.length === b.length && a.every((h, i) => h.d === b[i].d);

export function createEditor({ parent, onChange, renderCard, label, describedBy, emptyHint }) {
  const a11y = new Compartment();
  const langAttr = new Compartment();
  // What an empty editor shows in its first line (tester31: the hint to type or paste a draft
  // was only in the status line, below the buttons and, at 1280x900, below the fold).
  const hintPart = new Compartment();
  let contentLang = null;

  function tooltipFor(hits, keyboard) {
    return {
      pos: Math.min(...hits.map((h) => h.from)),
      end: Math.max(...hits.map((h) => h.to)),
      above: false,
      create: (view) => {
        const dom = document.createElement("div"); // CodeMirror's tooltip box; the card inside
        dom.append(renderCard(hits.map((h) => ({ ...h.d.meta, from: h.from, to: h.to })), view, keyboard));
        return { dom };
      },
      hits,
    };
  }

  const cardField = StateField.define({
    create: () => null,
    update(value, tr) {
      if (tr.effects.some((e) => e.is(closeCard))) return null;
      if (tr.docChanged) return null;
      const forced = tr.effects.some((e) => e.is(openCard));
      const refresh = tr.effects.some((e) => e.is(setDiagnosticsEffect));
      const moved = tr.selection && (tr.isUserEvent("select") || forced);
      if (!moved && !(refresh && value) && !forced) return value;
      const head = tr.state.selection.main.head;
      const hits = hitsAt(tr.state, head);
      if (!hits.length) return null;
      if (value && sameHits(value.hits, hits)) return value;
      return tooltipFor(hits, true);
    },
    provide: (f) => showTooltip.from(f),
  });

  const hover = hoverTooltip((view, pos, side) => {
    const hits = hitsAt(view.state, pos, side);
    if (!hits.length) return null;
    const open = view.state.field(cardField);
    if (open && sameHits(open.hits, hits)) return null;
    return tooltipFor(hits, false);
  }, { hideOnChange: true, hoverTime: 250 });

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        history(),
        keymap.of([
          { key: "Escape", run: (v) => { if (!v.state.field(cardField)) return false; v.dispatch({ effects: closeCard.of(null) }); return true; } },
          { key: "Mod-.", run: (v) => { v.dispatch({ effects: openCard.of(null) }); return true; } },
          { key: "F8", run: (v) => nextDiagnostic(v) && (v.dispatch({ effects: openCard.of(null) }), true) },
          { key: "Shift-F8", run: (v) => previousDiagnostic(v) && (v.dispatch({ effects: openCard.of(null) }), true) },
          ...lintKeymap, ...historyKeymap, ...defaultKeymap,
        ]),
        EditorView.lineWrapping,
        theme,
        linter(null, { tooltipFilter: () => [] }), // our own card replaces lint's tooltip
        severityLines,
        gutter({
          class: "cm-severity-gutter",
          markers: (v) => v.state.field(severityLines),
          initialSpacer: () => MARKERS.error,
        }),
        cardField,
        hover,
        showPastedDraftFromTop,
        tooltips({ position: "absolute" }),
        a11y.of(EditorView.contentAttributes.of({ "aria-label": label })),
        langAttr.of([]),
        hintPart.of(emptyHint ? placeholder(emptyHint) : []),
        EditorView.contentAttributes.of({ "aria-describedby": describedBy, spellcheck: "false" }),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u); }),
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    // Replace the whole text as one undoable change.
    setText(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        annotations: isolateHistory.of("full"),
      });
    },
    // Replace the whole text without an undo step (a restored or shared draft).
    load(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        annotations: Transaction.addToHistory.of(false),
      });
    },
    forEachFinding(fn) {
      forEachDiagnostic(view.state, (d, from, to) => fn(d.meta.finding, from, to));
    },
    relabel(name, hint) {
      const effects = [a11y.reconfigure(EditorView.contentAttributes.of({ "aria-label": name }))];
      if (hint !== undefined) effects.push(hintPart.reconfigure(hint ? placeholder(hint) : []));
      view.dispatch({ effects });
    },
    setContentLanguage(lang) {
      if (lang === contentLang) return; // reconfiguring costs a full state update
      contentLang = lang;
      view.dispatch({ effects: langAttr.reconfigure(lang ? EditorView.contentAttributes.of({ lang }) : []) });
    },
    // Findings (code-point spans into `reviewedText`, which must be the current text) → diagnostics.
    showFindings(findings, reviewedText) {
      const u = unitsOf(reviewedText);
      const len = view.state.doc.length;
      const diagnostics = findings.map((f) => {
        let from = Math.min(u(f.span.start), len);
        let to = Math.min(u(f.span.end), len);
        if (to < from) [from, to] = [to, from];
        return {
          from, to, severity: f.severity, source: f.rule_id, message: f.message,
          markClass: `cm-finding sev-${f.severity}`, meta: { finding: f },
        };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    // Apply precomputed UTF-16 changes as one undoable step; select `select` (a placeholder) or
    // put the cursor after the first change, without scrolling the page.
    applyChanges(changes, select) {
      const scroller = view.scrollDOM;
      const top = scroller.scrollTop;
      const pageY = window.scrollY;
      const set = view.state.changes(changes);
      const anchor = select ? select.from : set.mapPos(changes[0].to, 1);
      const head = select ? select.to : anchor;
      view.dispatch({
        changes: set, selection: { anchor, head }, userEvent: "input.apply", effects: closeCard.of(null),
        annotations: isolateHistory.of("full"), // one undo step of its own
      });
      view.focus();
      scroller.scrollTop = top;
      window.scrollTo(window.scrollX, pageY);
      // Only if the selection is out of view: the smallest scroll that shows it.
      view.dispatch({ effects: EditorView.scrollIntoView(anchor, { y: "nearest" }) });
    },
    reveal(from, to) {
      view.dispatch({
        selection: { anchor: from, head: to },
        effects: [EditorView.scrollIntoView(from, { y: "center" }), openCard.of(null)],
      });
      view.focus();
    },
    closeCard() {
      view.dispatch({ effects: closeCard.of(null) });
    },
    undo: () => undo(view),
    redo: () => redo(view),
    canUndo: () => undoDepth(view.state) > 0,
    canRedo: () => redoDepth(view.state) > 0,
    focus: () => view.focus(),
  };
}
