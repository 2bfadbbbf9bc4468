// The figure finder's page: an article in, proposed rows of data out, each tied to its
// words. Rust (the explorer's wasm) cleans the text, finds the figures, proposes the rows,
// keeps the editor's edits and decisions, and writes the CSV lines; this file draws them.
// Nothing from the article is ever inserted as HTML: text goes through textContent.
// The finder's own package (pkg/find/): the explorer's page does not load its OpenCC tables.
import init, * as gz from "../pkg/find/gansu_zones.js";

const $ = (id) => document.getElementById(id);

const UI = {
  zh: {
    title: "数字查找器", tagline: "把一篇新报道变成有出处的数据行：每个数字都连着原文，由编辑确认后才收录。", back: "← 返回图表",
    dark: "深色", light: "浅色", inputH: "1. 文章", paste: "粘贴文章全文（纯文本；繁体、拼音注音和网页杂项会被清理）",
    file: "或载入 .txt 文件", sample: "或载入示例（五篇来源之一）", none: "—", source: "来源 id", date: "日期", run: "查找数字",
    textH: "2. 清理后的原文", textHelp: "黄色：找到的数字；点击数字或表格中的一行，原文中对应的引文会高亮。", dropped: "删除的网页杂项",
    rowsH: "3. 提议的数据行", show: "显示", fAll: "全部", fPending: "待决定", fNew: "数据集中没有的", fAccepted: "已接受",
    dlH: "4. 下载已接受的行", dlHelp: "下载的行可直接追加到 data/values.csv（新指标追加到 data/indicators.csv，新来源追加到 data/sources.csv），然后运行 cargo test。查找器不会自行写入 data/。",
    dlValues: "下载 values.csv 行", dlIndicators: "下载 indicators.csv 行", dlSource: "下载 sources.csv 行", preview: "预览",
    cols: ["#", "地点", "指标", "年份", "数值与单位", "状态", "原文", "数据集与决定"],
    statuses: { reported: "实际", estimate: "预计", target: "目标" },
    qualifiers: { "": "—", over: "以上", about: "约", under: "不到", class: "量级" },
    accept: "接受", reject: "拒绝", undo: "撤销", newInd: "新指标", nameZh: "中文名", nameEn: "英文名",
    known: { new: "新", "in-dataset": "已收录", differs: "数值不同" },
    knownTip: { "in-dataset": (s, d) => `数据集中已有（${d}，来源 ${s}），不会重复下载`, differs: (s, d) => `数据集中同一地点、指标、年份的值是 ${d}（来源 ${s}）` },
    why: "依据", summary: (r) => `找到 ${r.n} 个数字，其中 ${r.known} 个已在数据集中；删除了 ${r.dropped} 行网页杂项、${r.annotations} 个拼音注音。来源：${r.source}${r.knownSource ? "" : "（新来源）"}，日期：${r.date || "未知"}。`,
    decided: (a, r, n) => `已接受 ${a} 行，拒绝 ${r} 行，共 ${n} 行。`, nothing: "还没有接受任何行。",
    noWasm: "无法加载 WebAssembly，查找器不可用。", badSource: "来源 id 只能用小写字母、数字和连字符。", reading: "正在读取…",
    bigFile: (mb) => `文件有 ${mb} MB，查找器只读 1 MB 以内的文章。`,
  },
  en: {
    title: "Figure finder", tagline: "Turn a new article into sourced rows of data: every figure tied to its words, nothing kept until an editor accepts it.", back: "← Back to the charts",
    dark: "Dark", light: "Light", inputH: "1. Article", paste: "Paste the article's full text (plain text; traditional characters, pinyin annotations and page clutter are cleaned)",
    file: "or load a .txt file", sample: "or load a sample (one of the five sources)", none: "—", source: "Source id", date: "Date", run: "Find figures",
    textH: "2. Cleaned text", textHelp: "Yellow: the figures found. Click a figure or a row of the table to highlight its quote in the text.", dropped: "Page clutter dropped",
    rowsH: "3. Proposed rows", show: "Show", fAll: "all", fPending: "pending", fNew: "not in the dataset", fAccepted: "accepted",
    dlH: "4. Download the accepted rows", dlHelp: "The lines append as they are to data/values.csv (new indicators to data/indicators.csv, a new source to data/sources.csv); then run cargo test. The finder never writes into data/ itself.",
    dlValues: "Download values.csv lines", dlIndicators: "Download indicators.csv lines", dlSource: "Download sources.csv line", preview: "Preview",
    cols: ["#", "Place", "Indicator", "Period", "Value and unit", "Status", "Quote", "Dataset and decision"],
    statuses: { reported: "reported", estimate: "estimate", target: "target" },
    qualifiers: { "": "—", over: "over", about: "about", under: "under", class: "class" },
    accept: "Accept", reject: "Reject", undo: "Undo", newInd: "new indicator", nameZh: "Chinese name", nameEn: "English name",
    known: { new: "new", "in-dataset": "in dataset", differs: "differs" },
    knownTip: { "in-dataset": (s, d) => `Already in the dataset (${d}, source ${s}); never downloaded twice`, differs: (s, d) => `The dataset has ${d} for this place, indicator and period (source ${s})` },
    why: "Why", summary: (r) => `${r.n} figures found, ${r.known} already in the dataset; ${r.dropped} clutter lines and ${r.annotations} pinyin annotations removed. Source: ${r.source}${r.knownSource ? "" : " (new)"}, date: ${r.date || "unknown"}.`,
    decided: (a, r, n) => `${a} accepted, ${r} rejected, of ${n} rows.`, nothing: "No row accepted yet.",
    noWasm: "Could not load the WebAssembly core; the finder is unavailable.", badSource: "A source id is lowercase letters, digits and hyphens.", reading: "Reading…",
    bigFile: (mb) => `The file is ${mb} MB; the finder reads articles up to 1 MB.`,
  },
};

const MAX_BYTES = 1 << 20;
let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh";
let finder = null; // the wasm Finder of the article on screen
let rows = []; // its proposals, as last returned
let text = ""; // the cleaned text
let selected = -1; // the row whose quote is highlighted
let fileName = "article.txt";
let ZONES = [];
let SOURCES = [];

const t = (k) => UI[lang][k];

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k in e && typeof v !== "string") e[k] = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function message(text) {
  const box = $("messages");
  box.replaceChildren();
  if (text) box.append(el("p", { text }));
  box.hidden = !text;
}

function applyLang() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = lang === "zh" ? "数字查找器 · Gansu Zones" : "Figure finder · Gansu Zones";
  for (const e of document.querySelectorAll("[data-i18n]")) {
    const v = t(e.dataset.i18n);
    if (typeof v === "string") e.textContent = v;
  }
  const sw = $("lang-switch");
  sw.textContent = lang === "zh" ? "English" : "中文";
  sw.lang = lang === "zh" ? "en" : "zh";
  $("theme-switch").textContent = document.documentElement.dataset.theme === "dark" ? t("light") : t("dark");
  $("back").href = `../index.html${lang === "en" ? "?lang=en" : ""}`;
  for (const o of $("sample").options) {
    const s = SOURCES.find((s) => s.seed === o.value);
    if (s) o.textContent = `${s.date} ${lang === "zh" ? s.title_zh : s.title_en}`;
  }
  if (finder) {
    drawSummary();
    drawRows();
    drawCsv();
  }
}

function setLangInUrl() {
  const u = new URL(location.href);
  if (lang === "en") u.searchParams.set("lang", "en");
  else u.searchParams.delete("lang");
  history.replaceState(null, "", u);
}

/** The cleaned text with every figure marked, and the selected row's quote highlighted. */
function drawText() {
  const box = $("text");
  const cuts = new Set([0, text.length]);
  const figs = new Map();
  for (const r of rows) {
    if (!figs.has(r.f0)) figs.set(r.f0, r);
    cuts.add(r.f0).add(r.f1);
  }
  const sel = rows[selected];
  if (sel) cuts.add(sel.q0).add(sel.q1);
  const at = [...cuts].sort((a, b) => a - b);
  const out = [];
  let quote = null;
  for (let k = 0; k + 1 < at.length; k++) {
    const [a, b] = [at[k], at[k + 1]];
    const piece = text.slice(a, b);
    const fig = rows.find((r) => r.f0 <= a && b <= r.f1);
    let node = piece;
    if (fig) {
      const current = sel && sel.f0 <= a && b <= sel.f1;
      node = el("mark", { class: current ? "fig current" : "fig", text: piece, "data-i": String(figs.get(fig.f0).i) });
    }
    if (sel && a >= sel.q0 && b <= sel.q1) {
      if (!quote) {
        quote = el("span", { class: "quote", id: "quote" });
        out.push(quote);
      }
      quote.append(node);
    } else {
      out.push(node);
    }
  }
  box.replaceChildren(...out);
  if (quote) {
    const top = quote.offsetTop - box.offsetTop - box.clientHeight / 3;
    box.scrollTo({ top: Math.max(0, top) });
  }
}

function select(i, fromText) {
  selected = i;
  drawText();
  for (const tr of $("rows").tBodies[0].rows) tr.classList.toggle("selected", Number(tr.dataset.i) === i);
  if (fromText) {
    const tr = $("rows").querySelector(`tr[data-i="${i}"]`);
    if (tr) {
      tr.scrollIntoView({ block: "nearest" });
      tr.querySelector("button, input, select")?.focus({ preventScroll: true });
    }
  }
}

function options(select, pairs, value) {
  select.replaceChildren(...pairs.map(([v, label]) => el("option", { value: v, text: label })));
  select.value = value;
  return select;
}

/** An editable cell: changes go to Rust, which answers with the row as it now is. */
function field(r, name, control) {
  control.dataset.field = name;
  control.setAttribute("aria-label", `${t("cols")[colOf[name]] || name} #${r.i + 1}`);
  control.addEventListener("change", () => edit(r.i, name, control.value));
  return control;
}
const colOf = { zone: 1, indicator: 2, period: 3, value: 4, unit: 4, status: 5, qualifier: 5, name_zh: 2, name_en: 2 };

function edit(i, name, value) {
  try {
    rows[i] = finder.set(i, name, value);
    message("");
  } catch (e) {
    message(e.message);
  }
  redrawRow(i);
  drawCsv();
}

function decide(i, d) {
  rows[i] = finder.decide(i, d);
  redrawRow(i);
  drawCsv();
  drawSummary();
}

const UNITS = ["亿元", "万元", "元", "%", "个百分点", "个", "家", "项", "户", "名", "人", "条", "次", "张", "套", "所", "批次", "万户", "万头只", "位", "亩", "万平方米", "吨", "万吨", "亿公斤", "亿立方米", "万千瓦", "万千瓦时", "亿千瓦时", "天", "小时", "毫米", "℃", "度", "强", "年"];

function rowView(r) {
  const L = UI[lang];
  const tr = el("tr", { "data-i": String(r.i), class: `${r.decision} known-${r.known}${r.i === selected ? " selected" : ""}` });
  const zone = options(el("select"), ZONES.map((z) => [z.id, lang === "zh" ? z.short_zh : z.short_en]), r.zone);
  const ind = el("input", { value: r.indicator, list: "indicator-list", spellcheck: "false", size: "16" });
  const indCell = el("td", { class: "ind" }, field(r, "indicator", ind));
  if (r.new_indicator) {
    indCell.append(el("span", { class: "badge new-ind", text: L.newInd }));
    indCell.append(field(r, "name_zh", el("input", { value: r.indicator_zh, placeholder: L.nameZh, size: "18" })));
    indCell.append(field(r, "name_en", el("input", { value: r.indicator_en, placeholder: L.nameEn, size: "18" })));
  } else {
    indCell.append(el("span", { class: "small muted", text: lang === "zh" ? r.indicator_zh : r.indicator_en }));
  }
  const unit = options(el("select"), [...new Set([r.unit, ...UNITS])].map((u) => [u, u]), r.unit);
  const status = options(el("select"), Object.entries(L.statuses), r.status);
  const qual = options(el("select"), Object.entries(L.qualifiers), r.qualifier);
  const quoteCell = el("td", { class: "quote-cell" });
  const q = el("button", { type: "button", class: "link", text: r.quote, title: r.quote });
  q.addEventListener("click", () => select(r.i));
  quoteCell.append(q);
  const why = el("details", { class: "small why" }, el("summary", { text: L.why }), el("ul", {}, ...r.why.map((w) => el("li", { text: w }))));
  quoteCell.append(why);
  if (r.problems.length) quoteCell.append(el("ul", { class: "problems" }, ...r.problems.map((p) => el("li", { text: p }))));
  const acts = el("td", { class: "decide" }, el("span", { class: `badge k-${r.known}`, text: L.known[r.known] }));
  if (r.known !== "new") acts.append(el("span", { class: "small muted block", text: L.knownTip[r.known](r.known_source, r.known_detail) }));
  const already = r.known === "in-dataset" && r.known_source === finder.source;
  if (r.decision === "pending") {
    const yes = el("button", { type: "button", class: "accept", text: L.accept, disabled: already || r.problems.length > 0 });
    yes.addEventListener("click", () => decide(r.i, "accepted"));
    const no = el("button", { type: "button", class: "reject", text: L.reject });
    no.addEventListener("click", () => decide(r.i, "rejected"));
    acts.append(el("div", { class: "inline" }, yes, no));
  } else {
    const undo = el("button", { type: "button", class: "undo", text: L.undo });
    undo.addEventListener("click", () => decide(r.i, "pending"));
    acts.append(el("div", { class: "inline" }, el("span", { class: `badge d-${r.decision}`, text: r.decision === "accepted" ? L.accept + " ✓" : L.reject + " ✗" }), undo));
  }
  const num = el("button", { type: "button", class: "link", text: String(r.i + 1) });
  num.addEventListener("click", () => select(r.i));
  const cols = L.cols;
  const cells = [
    el("td", { class: "num" }, num),
    el("td", {}, field(r, "zone", zone)),
    indCell,
    el("td", {}, field(r, "period", el("input", { value: r.period, size: "9", inputmode: "numeric" }))),
    el("td", { class: "pair" }, el("div", { class: "inline" }, field(r, "value", el("input", { value: r.value, size: "7", inputmode: "decimal" })), field(r, "unit", unit))),
    el("td", { class: "pair" }, el("div", { class: "inline" }, field(r, "status", status), field(r, "qualifier", qual))),
    quoteCell,
    acts,
  ];
  cells.forEach((c, k) => c.setAttribute("data-label", cols[k]));
  tr.append(...cells);
  tr.addEventListener("focusin", () => selected !== r.i && select(r.i));
  return tr;
}

function visible(r) {
  const f = $("filter").value;
  if (f === "pending") return r.decision === "pending";
  if (f === "new") return r.known !== "in-dataset";
  if (f === "accepted") return r.decision === "accepted";
  return true;
}

function drawRows() {
  const table = $("rows");
  table.tHead.replaceChildren(el("tr", {}, ...t("cols").map((c) => el("th", { scope: "col", text: c }))));
  table.tBodies[0].replaceChildren(...rows.filter(visible).map(rowView));
}

function redrawRow(i) {
  const old = $("rows").querySelector(`tr[data-i="${i}"]`);
  const focused = document.activeElement?.dataset?.field || (document.activeElement?.className || "");
  if (old) {
    const tr = rowView(rows[i]);
    old.replaceWith(tr);
    const again = tr.querySelector(`[data-field="${focused}"]`) || tr.querySelector(`button.${focused.split(" ")[0]}`) || tr.querySelector("button");
    again?.focus({ preventScroll: true });
  }
  if (i === selected) drawText();
}

function drawSummary() {
  const r = finder.report();
  const known = rows.filter((p) => p.known === "in-dataset").length;
  const a = rows.filter((p) => p.decision === "accepted").length;
  const j = rows.filter((p) => p.decision === "rejected").length;
  $("summary").textContent = `${t("summary")({ n: rows.length, known, dropped: r.dropped.length, annotations: r.annotations, source: r.source, knownSource: r.known_source, date: r.date })} ${t("decided")(a, j, rows.length)}`;
}

let csvNow = { values: "", indicators: "", source: null, problems: [] };
function drawCsv() {
  csvNow = finder.csv(fileName);
  $("dl-values").disabled = !csvNow.values;
  $("dl-indicators").disabled = !csvNow.indicators;
  $("dl-source").disabled = !csvNow.source;
  $("csv-problems").replaceChildren(...csvNow.problems.map((p) => el("li", { text: p })));
  const parts = [];
  if (csvNow.values) parts.push("# data/values.csv\n" + csvNow.values);
  if (csvNow.indicators) parts.push("# data/indicators.csv\n" + csvNow.indicators);
  if (csvNow.source) parts.push("# data/sources.csv\n" + csvNow.source + "\n");
  $("preview").textContent = parts.join("\n") || t("nothing");
}

function download(name, body) {
  const url = URL.createObjectURL(new Blob([body], { type: "text/csv;charset=utf-8" }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function run() {
  const source = $("source").value.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(source)) {
    message(t("badSource"));
    return;
  }
  let f;
  try {
    f = new gz.Finder($("article").value, source, $("date").value.trim());
  } catch (e) {
    message(e.message);
    $("results").hidden = true;
    return;
  }
  finder?.free();
  finder = f;
  finder.source = source;
  message("");
  const r = finder.report();
  text = finder.text();
  rows = r.proposals;
  selected = -1;
  if (!$("date").value) $("date").value = r.date;
  $("dropped").replaceChildren(...r.dropped.map((l) => el("li", { text: l })));
  $("dropped-box").hidden = r.dropped.length === 0;
  $("results").hidden = false;
  drawText();
  drawRows();
  drawSummary();
  drawCsv();
  document.documentElement.dataset.found = String(rows.length);
}

async function loadFile(file) {
  if (!file) return;
  fileName = file.name;
  if (file.size > MAX_BYTES) {
    message(t("bigFile")((file.size / 1048576).toFixed(1)));
    return;
  }
  try {
    $("article").value = gz.findText(new Uint8Array(await file.arrayBuffer()));
    const seed = SOURCES.find((s) => s.seed === file.name);
    if (seed) {
      $("source").value = seed.id;
      $("date").value = seed.date;
    }
    message("");
    run();
  } catch (e) {
    message(e.message);
  }
}

async function loadSample(seed) {
  if (!seed) return;
  const s = SOURCES.find((x) => x.seed === seed);
  const res = await fetch(`../data/seeds/${seed}`);
  if (!res.ok) {
    message(`../data/seeds/${seed}: HTTP ${res.status}`);
    return;
  }
  $("article").value = await res.text();
  $("source").value = s.id;
  $("date").value = s.date;
  fileName = seed;
  run();
}

async function main() {
  if (matchMedia("(prefers-color-scheme: dark)").matches) document.documentElement.dataset.theme = "dark";
  applyLang();
  try {
    await init();
  } catch (e) {
    message(`${t("noWasm")} (${e.message})`);
    return;
  }
  ZONES = gz.zones();
  SOURCES = gz.findSources();
  $("indicator-list").replaceChildren(...gz.indicators().map((i) => el("option", { value: i.id, label: i.name_zh })));
  $("source-list").replaceChildren(...SOURCES.map((s) => el("option", { value: s.id })));
  for (const s of SOURCES) $("sample").append(el("option", { value: s.seed, text: s.date }));
  applyLang();
  $("input-form").addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  $("file").addEventListener("change", (e) => loadFile(e.target.files[0]));
  $("sample").addEventListener("change", (e) => loadSample(e.target.value));
  $("filter").addEventListener("change", drawRows);
  $("text").addEventListener("click", (e) => {
    const m = e.target.closest("mark.fig");
    if (m) select(Number(m.dataset.i), true);
  });
  $("dl-values").addEventListener("click", () => download(`values-${finder.source}.csv`, csvNow.values));
  $("dl-indicators").addEventListener("click", () => download(`indicators-${finder.source}.csv`, csvNow.indicators));
  $("dl-source").addEventListener("click", () => download(`sources-${finder.source}.csv`, csvNow.source + "\n"));
  $("lang-switch").addEventListener("click", () => {
    lang = lang === "zh" ? "en" : "zh";
    setLangInUrl();
    applyLang();
  });
  $("theme-switch").addEventListener("click", () => {
    const dark = document.documentElement.dataset.theme !== "dark";
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    $("theme-switch").setAttribute("aria-pressed", String(dark));
    applyLang();
  });
  $("run").disabled = false;
  const seed = new URLSearchParams(location.search).get("sample");
  if (seed && SOURCES.some((s) => s.seed === seed)) {
    $("sample").value = seed;
    await loadSample(seed);
  }
  document.documentElement.dataset.ready = "1";
}

main();
