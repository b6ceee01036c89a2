// Keeping and sharing a draft: localStorage, the share link (the draft compressed into the URL
// fragment, which browsers never send to the server), the clipboard and downloads.

const PREFIX = "okr-coach-";

// localStorage can be missing or full (private windows, quotas): then nothing is kept.
export const store = {
  get(key) {
    try { return localStorage.getItem(PREFIX + key); } catch (_) { return null; }
  },
  set(key, value) {
    try { localStorage.setItem(PREFIX + key, value); } catch (_) { /* not kept */ }
  },
  getJSON(key, fallback) {
    try { return JSON.parse(this.get(key)) ?? fallback; } catch (_) { return fallback; }
  },
  setJSON(key, value) {
    this.set(key, JSON.stringify(value));
  },
};

function toBase64Url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

const canCompress = typeof CompressionStream === "function" && typeof DecompressionStream === "function";

// "z=" + deflated UTF-8 where the browser can compress, else "t=" + plain UTF-8; base64url.
export async function encodeDraft(text) {
  const bytes = new TextEncoder().encode(text);
  if (canCompress) return "z=" + toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")));
  return "t=" + toBase64Url(bytes);
}

// The draft in a fragment made by encodeDraft, or null (no draft there, or a broken one).
export async function decodeDraft(fragment) {
  const m = /^([zt])=([A-Za-z0-9_-]*)$/.exec(fragment || "");
  if (!m) return null;
  try {
    let bytes = fromBase64Url(m[2]);
    if (m[1] === "z") {
      if (!canCompress) return null;
      bytes = await pipe(bytes, new DecompressionStream("deflate-raw"));
    }
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (_) {
    return null;
  }
}

// The clipboard API where the page may use it; else the selected text of `field` (or a
// temporary one) with the older copy command. True when it worked.
export async function copyText(text, field = null) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (_) { /* fall back */ }
  const area = field || document.createElement("textarea");
  if (!field) {
    area.value = text;
    area.className = "offscreen";
    document.body.append(area);
  }
  area.select();
  let ok = false;
  try { ok = document.execCommand("copy"); } catch (_) { ok = false; }
  if (!field) area.remove();
  return ok;
}

export function downloadText(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
