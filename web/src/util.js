// Small helpers: DOM building, code-point offsets, edits.

export const $ = (id) => document.getElementById(id);

// el("button", {class: "x", onclick: f}, "text", child…). Attributes go through setAttribute;
// never `style` (the page runs under a Content-Security-Policy without inline styles).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) {
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  return node;
}

// The API counts offsets in Unicode code points; JS strings (and CodeMirror) count UTF-16 code
// units. cpToUnits(text)[i] = the UTF-16 index of code point i (one entry past the end too).
export function cpToUnits(text) {
  const out = [0];
  let units = 0;
  for (const ch of text) {
    units += ch.length;
    out.push(units);
  }
  return out;
}

// A converter that clamps out-of-range code points to the end of the text.
export function unitsOf(text) {
  const table = cpToUnits(text);
  const last = table.length - 1;
  return (cp) => table[Math.max(0, Math.min(cp, last))];
}

// Code-point edits [{start, end, replacement}] as UTF-16 changes sorted by position, with the
// UTF-16 offset (in the new text) of the first placeholder found in a replacement.
export function editsToChanges(text, edits, placeholders = []) {
  const u = unitsOf(text);
  const changes = edits
    .map((e, i) => ({ from: u(e.start), to: u(e.end), insert: e.replacement, i }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.i - b.i);
  let shift = 0;
  let select = null;
  for (const c of changes) {
    if (select === null) {
      for (const p of placeholders) {
        const at = c.insert.indexOf(p);
        if (at >= 0 && (select === null || at < select.at)) select = { at, len: p.length };
      }
      if (select !== null) select = { from: c.from + shift + select.at, to: c.from + shift + select.at + select.len };
    }
    shift += c.insert.length - (c.to - c.from);
  }
  return { changes: changes.map(({ from, to, insert }) => ({ from, to, insert })), select };
}

// Apply code-point edits to a string (for previews, such as before-and-after).
export function applyEdits(text, edits) {
  const { changes } = editsToChanges(text, edits);
  let out = "";
  let pos = 0;
  for (const c of changes) {
    if (c.from < pos) continue; // overlapping: the first one wins
    out += text.slice(pos, c.from) + c.insert;
    pos = c.to;
  }
  return out + text.slice(pos);
}

// Every item's whole rewrite (objective and key results), as non-overlapping edits.
export function allRewriteEdits(review) {
  const edits = [];
  const placeholders = [];
  const take = (s) => {
    if (!s || !s.edits || !s.edits.length || s.asks) return; // a question is not applied
    edits.push(...s.edits);
    placeholders.push(...(s.placeholders || []));
  };
  for (const o of review.objectives) {
    take(o.rewrite);
    for (const kr of o.key_results) take(kr.rewrite);
  }
  // Edits may not overlap: keep the first of any two that do.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = [];
  let end = -1;
  for (const e of edits) {
    if (e.start < end) continue;
    kept.push(e);
    end = Math.max(end, e.end);
  }
  return { edits: kept, placeholders };
}

export const SEVERITIES = ["error", "warning", "info"];
export const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
export const ICON = { error: "✖", warning: "▲", info: "ℹ" };

export function debounce(fn, ms) {
  let timer = null;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}
