// Talking to the service, and knowing whether it is there. A request that cannot reach the
// service marks the page offline: results are dimmed and /healthz is polled with a growing
// delay until it answers; then every listener (the review, the workshop) runs again.
import { $ } from "./util.js";

export class NetworkError extends Error {}

const listeners = [];
const conn = { online: true, timer: null, delay: 1000, countdown: null, t: null };

export function onReconnect(fn) {
  listeners.push(fn);
}

export function isOnline() {
  return conn.online;
}

export function setTranslator(t, lang) {
  conn.t = t;
  if (lang) conn.lang = lang;
}

function banner(text) {
  const b = $("conn");
  b.hidden = !text;
  b.textContent = text || "";
}

function markOffline() {
  if (!conn.online) return;
  conn.online = false;
  conn.delay = 1000;
  document.body.dataset.connection = "offline";
  scheduleProbe();
}

function scheduleProbe() {
  clearTimeout(conn.timer);
  clearInterval(conn.countdown);
  let left = Math.round(conn.delay / 1000);
  const show = () => banner(left > 1 ? conn.t("offlineIn", left) : conn.t("offline"));
  show();
  conn.countdown = setInterval(() => { left -= 1; show(); }, 1000);
  conn.timer = setTimeout(probe, conn.delay);
}

async function probe() {
  clearInterval(conn.countdown);
  banner(conn.t("offline"));
  try {
    const res = await fetch("/healthz", { cache: "no-store" });
    if (res.ok) { markOnline(); return; }
  } catch (_) { /* still down */ }
  conn.delay = Math.min(conn.delay * 2, 8000);
  scheduleProbe();
}

function markOnline() {
  if (conn.online) return;
  conn.online = true;
  clearTimeout(conn.timer);
  clearInterval(conn.countdown);
  document.body.dataset.connection = "online";
  banner("");
  for (const fn of listeners) fn();
}

export function refreshBanner() {
  if (!conn.online) banner(conn.t("offline"));
}

// fetch() with the API key, JSON decoding and the connection state. Resolves to
// {ok, status, body, text}; rejects with NetworkError when the service cannot be reached (then
// the page is offline until /healthz answers), or with the AbortError of an aborted request.
export async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  const key = localStorage.getItem("okr-coach-api-key");
  if (key) headers["X-API-Key"] = key;
  let res;
  try {
    res = await fetch(path, Object.assign({}, options, { headers }));
  } catch (err) {
    if (err.name === "AbortError") throw err;
    markOffline();
    throw new NetworkError(conn.t("offline"));
  }
  const text = await res.text();
  let body = null;
  try { body = JSON.parse(text); } catch (_) { body = null; }
  // A proxy in front of a stopped service answers 502/504 without the service's JSON.
  if ((res.status === 502 || res.status === 504) && body === null) {
    markOffline();
    throw new NetworkError(conn.t("offline"));
  }
  markOnline();
  if (res.status === 401) $("apikey-box").hidden = false;
  return { ok: res.ok, status: res.status, body, text };
}

// The service's error in the page's language when it gives both (its `detail` follows the
// browser's Accept-Language, which need not be the language the page is switched to).
export function errorText(res) {
  const body = res.body || {};
  const lang = conn.lang ? conn.lang() : null;
  return (lang && body.messages && body.messages[lang]) || body.detail || `HTTP ${res.status}`;
}

export function postJSON(path, payload, extra = {}) {
  return api(path, Object.assign({
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  }, extra));
}
