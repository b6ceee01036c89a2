// okr-coach: the rest of the OKR cycle — grading, the weekly check-in, the OKR tree.
// Talks to POST /v1/grade, /v1/checkin, /v1/tree and /v1/convert; no inline script, no eval.
"use strict";

const I18N = {
  zh: {
    skip: "跳到内容", title: "OKR 教练", tabGrade: "季度打分", tabCheckin: "每周检查", tabTree: "目标树",
    gradeLabel: "粘贴打过分的 OKR（每个关键结果后写分数或状态）", runGrade: "打分检查",
    sampleZh: "中文示例", sampleEn: "English sample", import: "导入 CSV/XLSX", exportCsv: "导出 CSV",
    exportXlsx: "导出 XLSX", okrsLabel: "这份检查服务的 OKR（也可以直接写在检查里）",
    checkinLabel: "本周检查：四个象限", runCheckin: "检查",
    treeLabel: "公司、团队和个人的 OKR（用标题分组，如“## 市场部OKR”）", runTree: "生成目标树",
    working: "正在检查…", done: "完成。", notReviewed: "没有检查：原因见检查结果。", network: "无法连接服务。", needKey: "服务需要 API 密钥。",
    overall: "整体得分", grade: "得分", status: "状态", kr: "关键结果", item: "编号", findings: "问题与建议", tablist: "OKR 周期",
    none: "没有需要注意的问题。", why: "为什么？", tasks: "本周关注的任务", plan: "未来四周的计划",
    confidence: "信心指数", indicators: "其他状态指标", krs: "关键结果的安排", link: "对应",
    unlinked: "未对应", objectiveOnly: "对应目标，未对应到某个关键结果", idle: "没有安排", thisWeek: "本周", next: "未来四周", noColor: "无颜色",
    factors: "无法达成目标的5个关键因素", stated: "写明", inferred: "推断", orphans: "孤立的目标",
    lexical: "共同的词", semantic: "按意思", was: (v) => `（上周 ${v}）`, because: "，因为", offScale: "（超出0到10的范围）", offUnit: "（超出0到1的范围）", countsAs: (v) => `（按${v}计）`,
    company: "公司", team: "团队", personal: "个人", unknownLevel: "未标层级",
    noParent: "? 找不到上级（没有写明，也推断不出）",
    imported: (n) => `已导入 ${n} 行。`, exported: "已导出。",
    error: "错误", warning: "警告", info: "提示",
    // what each results box says before its first check (tester46: it was a blank box)
    emptyGrade: "在左边粘贴打过分的 OKR：每个关键结果后面写分数（0.7、70%）或状态（完成、完成一半、未完成），再点“打分检查”；也可以先点“中文示例”看看。每个目标的得分、整体得分和教练建议会显示在这里。",
    emptyCheckin: "在左边写本周检查的四个象限（本周关注的任务、未来四周的计划、信心指数、其他状态指标）和它服务的 OKR，再点“检查”；也可以先点“中文示例”看看。每项任务对应哪个关键结果、信心指数和建议会显示在这里。",
    emptyTree: "在左边粘贴公司、团队和个人的 OKR，每一套用一个标题分开（如“## 市场部OKR”），再点“生成目标树”；也可以先点“中文示例”看看。目标树、孤立的目标和无法达成目标的5个关键因素会显示在这里。",
  },
  en: {
    skip: "Skip to content", title: "OKR Coach", tabGrade: "Grading", tabCheckin: "Weekly check-in", tabTree: "OKR tree",
    gradeLabel: "Paste graded OKRs (a score or status after each key result)", runGrade: "Check the grading",
    sampleZh: "中文示例", sampleEn: "English sample", import: "Import CSV/XLSX", exportCsv: "Export CSV",
    exportXlsx: "Export XLSX", okrsLabel: "The OKRs this check-in serves (or put them in the check-in)",
    checkinLabel: "This week's check-in: four quadrants", runCheckin: "Check",
    treeLabel: "Company, team and personal OKRs (a heading per set, e.g. “## Marketing team OKRs”)", runTree: "Build the tree",
    working: "Checking…", done: "Done.", notReviewed: "Not checked: the reason is in the results.", network: "Cannot reach the service.", needKey: "The service needs an API key.",
    overall: "Overall grade", grade: "Grade", status: "Status", kr: "Key result", item: "Item", findings: "Findings and advice", tablist: "The OKR cycle",
    none: "Nothing to flag.", why: "Why?", tasks: "This week's priority tasks", plan: "Next four weeks",
    confidence: "Confidence", indicators: "Other status indicators", krs: "Key results and their work", link: "serves",
    unlinked: "not linked", objectiveOnly: "serves the objective, no one key result", idle: "nothing planned", thisWeek: "this week", next: "next four weeks", noColor: "no colour",
    factors: "The five reasons objectives fail", stated: "stated", inferred: "inferred", orphans: "Orphans",
    lexical: "shared words", semantic: "by meaning", was: (v) => ` (was ${v})`, because: ", because ", offScale: " (outside 0 to 10)", offUnit: " (outside 0 to 1)", countsAs: (v) => ` (counts as ${v})`,
    company: "company", team: "team", personal: "personal", unknownLevel: "no level",
    noParent: "? no parent found (none stated, none inferred)",
    imported: (n) => `Imported ${n} row(s).`, exported: "Exported.",
    error: "error", warning: "warning", info: "info",
    emptyGrade: "Paste graded OKRs on the left, a grade (0.7, 70%) or a status (done, half done, not done) after each key result, and press \"Check the grading\"; or try the English sample first. Each objective's grade, the overall grade and the coaching appear here.",
    emptyCheckin: "Write this week's check-in on the left (its four quadrants: this week's priorities, the next four weeks, confidence, other status indicators) with the OKRs it serves, and press \"Check\"; or try the English sample first. Which key result each task serves, the confidence and the advice appear here.",
    emptyTree: "Paste company, team and personal OKRs on the left, a heading per set (\"## Marketing team OKRs\"), and press \"Build the tree\"; or try the English sample first. The tree, its orphans and the five reasons objectives fail appear here.",
  },
};

const SAMPLES = {
  grade: {
    zh: "目标1：本季度完成招聘任务（负责人：王芳）\n关键结果1：完成季度招聘任务10人 0.9 完成\n关键结果2：增加多媒体招聘渠道3个 0.5 完成一半（App渠道延期）\n关键结果3：试用期主动离职率降到5% 0.3 完成\n目标2：提升员工敬业度\n关键结果1：改善团队氛围 0.7 完成\n关键结果2：敬业度调查得分从3.6提升到4.2 得分：0.3\n",
    en: "Objective 1: Fill this quarter's hiring plan (owner: Ana)\nKR1: Hire 10 engineers 1.0 done\nKR2: Add 3 hiring channels 1.0 done\nObjective 2: Make new hires productive fast\nKR1: Time to first merged change from 20 to 5 days — score: 30%\nKR2: Better onboarding — 0.7 done\n",
  },
  checkin: {
    zh: ["目标：本季度让新用户爱上我们的产品\n关键结果1：新用户7日留存率从35%提升到50%\n关键结果2：新手引导满意度达到4.5分\n关键结果3：新用户首周完成核心操作的比例达到65%\n",
      "## 本周关注的任务\n- P1 上线新手引导第二版（KR1）\n- P1 续签办公室租约\n- P3 整理团队周报模板\n## 未来四周的计划\n- 第2周：给新手引导加满意度弹窗\n## OKR当前的状态\n信心指数：6/10（上周7/10）\n## 其他状态指标\n- 团队士气：绿色\n- 数据平台稳定性：本周两次延迟\n"],
    en: ["Objective: Make new users love the product this quarter\nKR1: Raise 7-day retention of new users from 35% to 50%\nKR2: Onboarding satisfaction at 4.5 out of 5\nKR3: 65% of new users finish the core action in week one\n",
      "## This week's priorities\n- P1 Ship onboarding v2 (KR1)\n- P1 Renew the office lease\n- P3 Tidy the weekly report template\n## Next four weeks\n- Week 2: add the satisfaction survey to onboarding\n## OKR status\nConfidence: 6/10 (was 7/10)\n## Other status indicators\n- Team morale: green\n- Data platform: two delays this week\n"],
  },
  tree: {
    zh: "## 公司OKR\n目标1：本季度拿下华东市场\n关键结果1：华东区新签客户20家\n关键结果2：华东区收入达到500万元\n目标2：打造行业标杆的数据平台\n关键结果1：数据延迟缩短到1小时\n\n## 华东销售部门OKR\n目标：扩大华东区的客户覆盖（对齐公司O1）\n关键结果1：华东区新签客户12家\n目标：提升华东区客户的续约率\n关键结果1：华东区客户续约率达到90%\n\n## 个人OKR\n目标：本季度考取PMP项目管理证书（负责人：李娜）\n关键结果1：完成4门课程的学习\n",
    en: "## Company OKRs\nObjective 1: Win the East region this quarter\nKR1: Sign 20 new customers in the East\nKR2: East revenue at $5M\nObjective 2: Build the best data platform in the industry\nKR1: Data latency down to 1 hour\n\n## East sales team OKRs\nObjective: Reach more customers in the East (supports O1)\nKR1: 12 new customers in the East\nObjective: Keep more East customers\nKR1: East renewal rate at 90%\n\n## Personal OKRs\nObjective: Finish a marathon this fall (owner: Li)\nKR1: Run 4 times a week\n",
  },
};

const state = { lang: initialLanguage(), last: {} };
const $ = (id) => document.getElementById(id);
const t = (key, ...args) => {
  const v = I18N[state.lang][key];
  return typeof v === "function" ? v(...args) : v;
};

function initialLanguage() {
  const saved = localStorage.getItem("okr-coach-lang");
  if (saved === "zh" || saved === "en") return saved;
  return (navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function applyLanguage() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  // The toggle is named by what it shows, in that language (axe: its accessible name must hold
  // its visible text; tester39: a fixed "Switch language / 切换语言" name hid "English").
  const toggle = $("lang-toggle");
  toggle.textContent = state.lang === "zh" ? "English" : "中文";
  toggle.lang = state.lang === "zh" ? "en" : "zh-CN";
  document.querySelector("[role=tablist]").setAttribute("aria-label", t("tablist"));
  for (const kind of Object.keys(state.last)) render(kind, state.last[kind]);
  for (const kind of ["grade", "checkin", "tree"]) if (!state.last[kind]) showEmpty(kind);
}

// Before a box's first check, say what to paste and what will show (not over an error shown).
function showEmpty(kind) {
  const box = $(`${kind}-results`);
  if (box.firstElementChild && !box.firstElementChild.classList.contains("empty")) return;
  const key = `empty${kind[0].toUpperCase()}${kind.slice(1)}`;
  box.replaceChildren(el("p", { class: "hint empty", text: t(key) }));
}

async function api(path, body) {
  const headers = { "Content-Type": "application/json" };
  const key = localStorage.getItem("okr-coach-api-key");
  if (key) headers["X-API-Key"] = key;
  let res;
  try {
    res = await fetch(path, { method: "POST", headers, body: JSON.stringify(body) });
  } catch (e) {
    throw new Error(t("network"));
  }
  const data = await res.json().catch(() => ({}));
  if (res.status === 401) throw new Error(t("needKey"));
  // the error in the page's language (the API answers both in `messages`), as the review page
  if (!res.ok) {
    throw new Error((data.messages && data.messages[state.lang]) || data.detail || `HTTP ${res.status}`);
  }
  return data;
}

function setStatus(text) { $("status").textContent = text; }

async function run(kind) {
  const body = { ui_language: state.lang };
  if (kind === "checkin") {
    body.text = $("checkin-text").value;
    if ($("checkin-okrs").value.trim()) body.okrs = $("checkin-okrs").value;
  } else {
    body.text = $(`${kind}-text`).value;
  }
  setStatus(t("working"));
  try {
    const report = await api(`/v1/${kind}`, body);
    state.last[kind] = report;
    render(kind, report);
    setStatus(t("done"));
  } catch (e) {
    const box = $(`${kind}-results`);
    box.replaceChildren(el("p", { class: "finding error", role: "alert", text: e.message }));
    // the reason once, in the results, as the review page says it (tester34; tester35)
    setStatus(t("notReviewed"));
  }
}

function render(kind, r) {
  const box = $(`${kind}-results`);
  const parts = [el("ul", { class: "summary" }, ...r.summary.map((s) => el("li", { text: s })))];
  if (kind === "grade") parts.push(...gradeView(r));
  if (kind === "checkin") parts.push(...checkinView(r));
  if (kind === "tree") parts.push(...treeView(r));
  parts.push(el("h2", { text: t("findings") }), findingsView(r));
  box.replaceChildren(...parts);
}

const fmt = (x) => (x === null || x === undefined ? "–" : String(Math.round(x * 100) / 100));
// A grade as the command line writes it: 0.7, 0.65, 1.0, 0.0 (a status alone gave "1").
const gradeFmt = (x) => {
  if (x === null || x === undefined) return "–";
  const s = x.toFixed(2).replace(/0+$/, "");
  return s.endsWith(".") ? s + "0" : s;
};

function gradeView(r) {
  const head = el("p", {}, el("span", { class: "big", id: "grade-overall", text: gradeFmt(r.grade) }), el("span", { text: r.band }));
  const table = el("table", { id: "grade-table" },
    el("thead", {}, el("tr", {}, el("th", { text: t("item") }), el("th", { text: t("kr") }), el("th", { text: t("grade") }), el("th", { text: t("status") }))));
  const tbody = el("tbody");
  for (const o of r.objectives) {
    tbody.append(el("tr", { class: "objective", "data-id": o.id }, el("td", { text: o.id.toUpperCase() }), el("td", { text: o.text }), el("td", { class: "grade", text: gradeFmt(o.grade) }), el("td")));
    for (const k of o.key_results) {
      tbody.append(el("tr", { "data-id": k.id }, el("td", { text: k.id }), el("td", { text: k.text }), el("td", { text: gradeCell(k) }), el("td", { text: k.status || "" })));
    }
  }
  table.append(tbody);
  return [head, table];
}

// How a task was linked, in the page's language, as the command line says it: "stated",
// "shared words: csat", "by meaning p=0.88" (tester36: the page showed "(lexical)").
// "(KR1)" that two objectives have says which KRs it may be first (decision 5442).
function linkHow(link) {
  const zh = state.lang === "zh";
  let how = t(link.method);
  if (link.method === "lexical" && link.shared && link.shared.length) {
    how = `${t("lexical")}${zh ? "：" : ": "}${link.shared.slice(0, 3).join(zh ? "、" : ", ")}`;
  } else if (link.method === "semantic") {
    how = `${t("semantic")} p=${link.confidence.toFixed(2)}`;
  }
  if (link.ref && link.candidates && link.candidates.length) {
    const may = link.candidates.join(zh ? " 或 " : " or ");
    how = zh ? `“${link.ref}”可能是 ${may}；${how}` : `“${link.ref}” may be ${may}; ${how}`;
  }
  return how;
}

// A key result's grade as written, and the self-grade beside the manager's where both are
// written: "0.6 (self 0.9)", "0.6（自评0.9）" (decision 6381).
// One off 0 to 1 says what it counts as, "1.3 (counts as 1.0)": the objective's mean used 1.0
// (tester44, decision 6466).
function gradeCell(k) {
  let shown = k.written || gradeFmt(k.score);
  if (typeof k.score === "number" && (k.score < 0 || k.score > 1)) shown += t("countsAs", gradeFmt(Math.min(Math.max(k.score, 0), 1)));
  if (!k.self_written || k.self_written === k.written) return shown;
  return state.lang === "zh" ? `${shown}（自评${k.self_written}）` : `${shown} (self ${k.self_written})`;
}

// One confidence line, as the summary says it: "6/10 ↓ (was 7/10), because …", "6/10 ↓（上周 7/10），因为…".
function confidenceLine(c) {
  const who = c.target === "set" ? "" : c.target + " ";
  const arrow = ({ up: " ↑", down: " ↓", same: " →" })[c.change] || "";
  // a value off the scale (12/10, -3/10) is said to be, as the report says it (decision 6231)
  const tenths = (v) => `${fmt(v * 10)}/10${v < 0 || v > 1.000001 ? t("offScale") : ""}`;
  const was = c.previous === null || c.previous === undefined ? "" : t("was", tenths(c.previous));
  const why = c.reason ? `${t("because")}${c.reason}` : "";
  // a bare decimal above 1 ("1.2") as written, off 0 to 1, not "12/10" (decision 6380)
  const now = c.written ? `${c.written}${t("offUnit")}` : tenths(c.value);
  return `${who}${now}${arrow}${was}${why}`;
}

function checkinView(r) {
  const out = [];
  for (const [key, items] of [["tasks", r.tasks], ["plan", r.plan]]) {
    out.push(el("h2", { text: t(key) }));
    const ul = el("ul", { class: `tasks ${key}` });
    for (const task of items) {
      const link = task.link
        ? `→ ${task.link.target} ${task.link.text}${state.lang === "zh" ? `（${linkHow(task.link)}）` : ` (${linkHow(task.link)})`}`
        : task.objective
          ? `→ ${task.objective}${state.lang === "zh" ? `（${t("objectiveOnly")}）` : ` (${t("objectiveOnly")})`}${task.closest ? ` · ≈ ${task.closest.target} p=${task.closest.confidence.toFixed(2)}` : ""}`
          : `✗ ${t("unlinked")}${task.closest ? ` · ≈ ${task.closest.target} p=${task.closest.confidence.toFixed(2)}` : ""}`;
      ul.append(el("li", { "data-id": task.id, "data-linked": task.link ? "yes" : task.objective ? "objective" : "no" }, el("span", { text: task.text }), el("span", { class: "link", text: link })));
    }
    out.push(ul);
  }
  out.push(el("h2", { text: t("confidence") }));
  out.push(el("ul", { class: "confidence" }, ...r.confidence.map((c) => el("li", { text: confidenceLine(c) }))));
  out.push(el("h2", { text: t("indicators") }));
  out.push(el("ul", { class: "indicators" }, ...r.indicators.map((i) => el("li", { "data-color": i.color || "none" }, el("span", { class: `dot ${i.color || ""}`, "aria-hidden": "true" }), el("span", { text: i.text + (i.color ? "" : ` — ${t("noColor")}`) })))));
  out.push(el("h2", { text: t("krs") }));
  out.push(el("ul", { class: "kr-activity" }, ...r.key_results.map((k) => {
    const work = [];
    if (k.this_week.length) work.push(`${t("thisWeek")} ${k.this_week.join(", ")}`);
    if (k.next_weeks.length) work.push(`${t("next")} ${k.next_weeks.join(", ")}`);
    return el("li", { "data-id": k.id, "data-idle": work.length ? "no" : "yes", text: `${k.id} ${k.text} — ${work.length ? work.join("; ") : "✗ " + t("idle")}` });
  })));
  return out;
}

function treeView(r) {
  const nodes = Object.fromEntries(r.objectives.map((n) => [n.id, n]));
  const units = Object.fromEntries(r.units.map((u) => [u.id, u]));
  // the top level present: a team or personal objective below it with no parent is said to have
  // none found, as the command line lists it (tester33: it looked like one more root)
  const top = ["company", "team", "personal"].find((lv) => r.objectives.some((n) => n.level === lv));
  const item = (id) => {
    const n = nodes[id];
    const loose = !n.parent && !n.orphan && n.level && n.level !== top;
    // as the command line says it: "inferred: 华东区, 客户", "inferred p=0.95" (the encoder's
    // link showed its internal name, "推断: encoder": tester36)
    const via = !n.parent || !n.parent.via ? "" : n.parent.via === "encoder" ? ` p=${n.parent.confidence.toFixed(2)}` : `: ${n.parent.via}`;
    const link = n.parent ? `← ${n.parent.objective.toUpperCase()} (${t(n.parent.method)}${via})` : loose ? t("noParent") : "";
    const li = el("li", { "data-id": id },
      el("span", { class: `node${n.orphan ? " orphan" : ""}` }, el("strong", { text: id.toUpperCase() + " " }), n.text,
        el("span", { class: "level", text: `${units[n.unit].name} · ${n.level ? t(n.level) : t("unknownLevel")}` })),
      el("span", { class: "link", text: link }));
    if (n.children.length) li.append(el("ul", {}, ...n.children.map(item)));
    return li;
  };
  const tree = el("ul", { class: "tree", id: "okr-tree" }, ...r.roots.map(item));
  const factors = el("ul", { class: "factors" }, ...r.factors.map((f) =>
    el("li", { "data-status": f.status, "data-factor": String(f.factor) }, `${({ pass: "✓", fail: "✗", unknown: "?" })[f.status]} ${f.principle}${f.note ? " — " + f.note : ""}`)));
  return [tree, el("h2", { text: t("factors") }), factors];
}

function findingsView(r) {
  if (!r.findings.length) return el("p", { text: t("none") });
  const ol = el("ol", { class: "findings" });
  for (const f of r.findings) {
    ol.append(el("li", { class: `finding ${f.severity}`, "data-rule": f.rule_id, "data-target": f.target },
      // the severity in the page's language, as the command line says it (tester37: "warning" on
      // the Chinese page)
      el("div", {}, el("span", { class: "rule", text: `${t(f.severity)} · ${f.rule_id} · ${f.target}` })),
      el("div", { text: f.message }),
      el("details", {}, el("summary", { text: t("why") }), el("p", { text: f.explanation }))));
  }
  return ol;
}

function selectTab(view) {
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    const on = tab.dataset.view === view;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
    $(`view-${tab.dataset.view}`).hidden = !on;
  }
  history.replaceState(null, "", `#${view}`);
}

function toBase64(buffer) {
  let s = "";
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function importFile(input) {
  const file = input.files[0];
  if (!file) return;
  const xlsx = file.name.toLowerCase().endsWith(".xlsx");
  const content = xlsx ? toBase64(await file.arrayBuffer()) : await file.text();
  try {
    const out = await api("/v1/convert", { table: { format: xlsx ? "xlsx" : "csv", content }, to: "markdown" });
    $(input.dataset.target).value = out.content;
    setStatus(t("imported", out.rows));
  } catch (e) {
    setStatus(e.message);
  }
  input.value = "";
}

async function exportFile(button) {
  const to = button.dataset.to;
  try {
    const out = await api("/v1/convert", { text: $(button.dataset.source).value, to });
    const bytes = out.encoding === "base64" ? Uint8Array.from(atob(out.content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(out.content);
    const url = URL.createObjectURL(new Blob([bytes], { type: out.media_type }));
    const a = el("a", { href: url, download: `okrs.${to}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(t("exported"));
  } catch (e) {
    setStatus(e.message);
  }
}

function init() {
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    tab.addEventListener("click", () => selectTab(tab.dataset.view));
    tab.addEventListener("keydown", (ev) => {
      if (ev.key !== "ArrowRight" && ev.key !== "ArrowLeft") return;
      const tabs = [...document.querySelectorAll(".tabs [role=tab]")];
      const next = tabs[(tabs.indexOf(tab) + (ev.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
      selectTab(next.dataset.view);
      next.focus();
    });
  }
  for (const b of document.querySelectorAll("[data-run]")) b.addEventListener("click", () => run(b.dataset.run));
  for (const b of document.querySelectorAll(".sample")) {
    b.addEventListener("click", () => {
      const s = SAMPLES[b.dataset.kind][b.dataset.lang];
      if (b.dataset.kind === "checkin") {
        $("checkin-okrs").value = s[0];
        $("checkin-text").value = s[1];
      } else {
        $(`${b.dataset.kind}-text`).value = s;
      }
      run(b.dataset.kind);
    });
  }
  for (const input of document.querySelectorAll(".file input")) input.addEventListener("change", () => importFile(input));
  for (const b of document.querySelectorAll(".export")) b.addEventListener("click", () => exportFile(b));
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("okr-coach-lang", state.lang);
    applyLanguage();
  });
  const view = location.hash.slice(1);
  if (["grade", "checkin", "tree"].includes(view)) selectTab(view);
  applyLanguage();
}

document.addEventListener("DOMContentLoaded", init);
