// The explorer: wires the page to the wasm core. Rust holds the data, draws, formats and
// hit-tests; this file reads the controls and the URL, and places the results in the page.
// Nothing from the URL or the data is ever inserted as HTML: text goes through textContent.
// The core is imported when the page starts, not statically: a glue that fails to load
// (a 404, a broken deploy) then ends in the fallback below rather than a page stuck loading.
import { showTip, wireMarks, markCells } from "../shared/marks.js";
import { UI, linkLang } from "./ui.js";
import { chartWidth, pixelRatio } from "../shared/canvas.js";
import { LIST_SEPARATOR } from "../shared/rules.js";
import { $, line, cellRow, head, el, save, csvBlob, copy } from "./dom.js";
import { fallback } from "./fallback.js";
import { bounded } from "../shared/bounded.js";

let gz = null; // the core module, once loaded
const DATA = "pkg/data/all.txt"; // the whole data file (index.html preloads it)

let state = null; // {chart, zones, indicator, period, lang, theme}
let themeChosen = false; // the reader picked a theme: stop following the system
let chart = null; // the wasm Chart being shown
let focus = -1; // the mark with keyboard focus
let frame = 0; // pending animation frame for a redraw
let CHARTS = []; // every chart's id, titles and parameters, read once
let sourcesLang = null; // the language the sources and all-data tables are in
let notes = []; // what was wrong with the link, shown above the chart
let pinned = false; // the year was pinned by a zone choice (dropped if the new zones lack it)
let tablesLater = false; // the first view's tables wait for a task of their own
let selectPushed = false; // the chart select has pushed its history entry since it got focus

const t = (key) => UI[state.lang][key];

/** The chart's parameters as Rust reads them (`zones=a,b&period=2024&lang=en`). */
function chartQuery(s = state) {
  const q = [];
  if (s.zones.length) q.push(`zones=${s.zones.join(",")}`);
  if (s.indicator) q.push(`indicator=${s.indicator}`);
  if (s.period) q.push(`period=${s.period}`);
  q.push(`lang=${s.lang}`, `theme=${s.theme}`);
  return q.join("&");
}

/** Reads the state from the URL; reports what was wrong and falls back to a valid view. */
function readUrl() {
  const url = new URLSearchParams(location.search);
  const pairs = [];
  for (const [k, v] of url) if (k !== "chart") pairs.push(`${k}=${v.replaceAll("&", " ")}`);
  const view = gz.explore(url.get("chart") ?? "", pairs.join("&"));
  if (!url.has("lang")) view.lang = linkLang();
  themeChosen = url.has("theme");
  if (!themeChosen) view.theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  const errors = view.errors;
  delete view.errors;
  state = view;
  // The page shows what kind of thing was wrong, and the value only when it is a well-formed
  // id: a chart host never displays text a link put in its URL. The detail goes to the console.
  return errors.map((e) => {
    console.warn(`Gansu Zones explorer: ${e.message}`);
    const id = /^[a-z0-9][a-z0-9-]{0,47}$/.test(e.id) ? `${state.lang === "zh" ? "" : " "}“${e.id}”` : "";
    return `${t("why")[e.kind] ?? t("why").param}${id}`;
  });
}

function writeUrl(push) {
  const q = new URLSearchParams();
  q.set("chart", state.chart);
  const { params } = CHARTS.find((c) => c.id === state.chart);
  if (params.includes("zones") && state.zones.length) q.set("zones", state.zones.join(","));
  if (params.includes("indicator") && state.indicator) q.set("indicator", state.indicator);
  if (params.includes("period") && state.period) q.set("period", state.period);
  q.set("lang", state.lang);
  if (themeChosen) q.set("theme", state.theme);
  const url = `${location.pathname}?${q.toString().replaceAll("%2C", ",")}`;
  if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
}

function showMessages(errors) {
  const box = $("messages");
  box.replaceChildren();
  if (!errors.length) return (box.hidden = true);
  const head = document.createElement("p");
  head.textContent = t("urlProblem");
  box.append(head);
  for (const e of errors) {
    const p = document.createElement("p");
    p.textContent = e;
    box.append(p);
  }
  box.hidden = false;
}

function option(select, value, text, selected) {
  const o = new Option(text, value, selected, selected);
  select.append(o);
}

/** Rebuilds the controls: only the choices that have data for the chart. */
function renderControls() {
  const sel = $("chart-select");
  sel.replaceChildren();
  for (const c of CHARTS) option(sel, c.id, state.lang === "zh" ? c.title_zh : c.title_en, c.id === state.chart);
  sel.disabled = false;

  const c = gz.choices(state.chart, `lang=${state.lang}${state.indicator ? `&indicator=${state.indicator}` : ""}`);
  $("indicator-field").hidden = !c.params.includes("indicator");
  const ind = $("indicator-select");
  ind.replaceChildren();
  if (c.params.includes("indicator")) {
    if (!state.indicator) state.indicator = "gdp";
    for (const i of c.indicators) option(ind, i.id, i.name, i.id === state.indicator);
  }
  $("period-field").hidden = !c.params.includes("period");
  const per = $("period-select");
  per.replaceChildren();
  option(per, "", t("latest"), !state.period);
  for (const p of c.periods) option(per, p, p, p === state.period);
  if (state.period && !c.periods.includes(state.period)) option(per, state.period, state.period, true);

  $("zones-field").hidden = !c.params.includes("zones");
  // The boxes say what is drawn: with no choice in the link, the zones of the chart's
  // default view are ticked and the legend says "default".
  const drawn = drawnZones();
  const ticked = state.zones.length ? state.zones : drawn;
  $("zones-state").textContent = state.zones.length ? "" : t("defaultZones");
  const zones = $("zones");
  zones.replaceChildren();
  for (const z of c.zones) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = z.id;
    box.checked = ticked.includes(z.id);
    label.append(box, ` ${z.name}`);
    zones.append(label);
  }
  renderZoneNotes(ticked);
}

/** The zones the chart draws (its marks'), in order. */
function drawnZones() {
  if (!chart) return [];
  const seen = [];
  for (let i = 0; i < chart.markCount; i++) {
    const z = chart.mark(i).zone;
    if (!seen.includes(z)) seen.push(z);
  }
  return seen;
}

/** What each ticked place is, where a name alone does not say (兰白两区 is two programmes
 *  covering four zones), from the core's `zones()`. */
let places = null;
function renderZoneNotes(ids) {
  places ??= new Map(gz.zones().map((z) => [z.id, z]));
  const list = $("zone-notes");
  list.replaceChildren();
  const zh = state.lang === "zh";
  for (const id of ids) {
    const z = places.get(id);
    const note = z && (zh ? z.note_zh : z.note_en);
    if (!note) continue;
    const p = document.createElement("p");
    const name = document.createElement("strong");
    name.textContent = zh ? z.name_zh : z.name_en;
    p.append(name, zh ? "：" : ": ", note);
    list.append(p);
  }
  list.hidden = !list.childElementCount;
}

function renderChrome() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.documentElement.dataset.theme = state.theme;
  for (const el of document.querySelectorAll("[data-i18n]")) if (typeof t(el.dataset.i18n) === "string") el.textContent = t(el.dataset.i18n);
  $("lang-switch").textContent = state.lang === "zh" ? "English" : "中文";
  $("lang-switch").lang = state.lang === "zh" ? "en" : "zh";
  $("theme-switch").textContent = state.theme === "dark" ? t("light") : t("dark");
  $("theme-switch").setAttribute("aria-pressed", String(state.theme === "dark"));
  document.title = `${t("title")} · Gansu Zones`;
}

/** Builds the chart for the state, then everything that depends on it. */
function update({ push = false, later = false } = {}) {
  // The reader chose something: the controls' reserved room may go (a shift the reader caused).
  if (push) document.documentElement.dataset.touched = "";
  // Rebuilt controls keep the keyboard focus where it was (the checkbox just toggled).
  const active = document.activeElement;
  const refocus = active?.closest?.("#controls") ? (active.id ? `#${active.id}` : `#zones input[value="${active.value}"]`) : null;
  renderChrome();
  renderControls();
  writeUrl(push);
  chart?.free();
  chart = null;
  try {
    chart = new gz.Chart(state.chart, chartQuery());
  } catch (e) {
    if (e.kind !== "nodata") throw e;
    // A year pinned by a zone choice that the new zones lack: their latest year instead.
    if (pinned && state.period) {
      pinned = false;
      state.period = null;
      return update({ push, later });
    }
    // Zones from the link that have no data in this chart: say so (naming them and the
    // chart), and show the chart's default zones.
    if (!state.zones.length) throw e;
    notes.push(e.reader ?? e.message);
    showMessages(notes);
    state.zones = [];
    return update({ push, later });
  }
  pinned = false;
  renderControls();
  if (refocus) document.querySelector(refocus)?.focus();
  focus = -1;
  hideTip();
  drawNow();
  $("chart-desc").textContent = chart.description();
  $("canvas").setAttribute("aria-label", chart.title());
  const tables = () => {
    renderTable();
    // The sources and the whole dataset depend only on the language.
    if (sourcesLang !== state.lang) renderSources();
  };
  // On the first view the tables wait for a task of their own, so the chart is painted
  // without them in one long task (Lighthouse's blocking time; the reader sees the chart).
  if (later) {
    tablesLater = true;
    setTimeout(() => {
      tablesLater = false;
      tables();
      document.documentElement.dataset.ready = "true";
    });
  } else tables();
}

/** The year the chart draws (its marks' latest), to keep it when the zones change. */
function drawnPeriod() {
  let best = null;
  for (let i = 0; i < (chart?.markCount ?? 0); i++) {
    const p = chart.mark(i).period;
    if (/^\d{4}$/.test(p) && (!best || p > best)) best = p;
  }
  return best;
}

function size() {
  const w = chartWidth($("chart-box").clientWidth);
  const h = chart.preferredHeight(w);
  return [w, h];
}

function drawNow() {
  frame = 0;
  if (!chart) return;
  const [w, h] = size();
  $("chart-box").style.height = `${h}px`;
  chart.draw($("canvas"), w, h, pixelRatio());
  $("loading").hidden = true;
  if (focus >= 0) showMark(focus, false);
  // Ready (for tests and tools) once the chart and its tables are in the page.
  if (!tablesLater) document.documentElement.dataset.ready = "true";
}

/** Coalesces redraws to one per animation frame, however fast resizes come. */
function scheduleDraw() {
  if (!frame) frame = requestAnimationFrame(drawNow);
}

// Tooltip and focus ring, both from the Rust hit-test and mark boxes.
function hideTip() {
  $("tip").hidden = true;
  $("ring").hidden = true;
}

function showMark(i, announce) {
  const box = $("chart-box");
  const text = showTip($("tip"), $("ring"), chart.mark(i), UI[state.lang], box.clientWidth, box.clientHeight);
  if (announce) $("live").textContent = text;
}

/** The chart's data as people read it (445亿元, CNY 44.5 bn), the full figure under it, and
 *  each source with its quote one click away. */
function renderTable() {
  const table = $("chart-table");
  table.caption.textContent = chart.title();
  const cols = t("cols");
  head(table, cols);
  const body = table.tBodies[0];
  body.replaceChildren();
  for (let i = 0; i < chart.markCount; i++) {
    const m = chart.mark(i);
    const cells = markCells(m, UI[state.lang]);
    const value = [el("span", m.label, "value")];
    if (m.full && m.full !== m.label) value.push(el("span", m.full, "full"));
    const source = [el("span", cells[5])];
    if (m.quote) {
      const d = document.createElement("details");
      d.append(el("summary", t("quote")), el("q", m.quote));
      source.push(d);
    }
    cellRow(body, [[cells[0]], [cells[1]], [value, "num"], [cells[3]], [cells[4]], [source]], cols);
  }
}

let facts = null;
function renderSources() {
  sourcesLang = state.lang;
  facts ??= gz.facts();
  const zh = state.lang === "zh";
  const zones = new Map(gz.zones().map((z) => [z.id, zh ? z.name_zh : z.name_en]));
  const inds = new Map(gz.indicators().map((i) => [i.id, zh ? i.name_zh : i.name_en]));
  const list = $("sources");
  list.replaceChildren();
  cited = new Map();
  for (const s of gz.sources()) {
    cited.set(s.id, zh ? s.cite_zh : s.cite_en);
    const li = document.createElement("li");
    li.id = `source-${s.id}`;
    const mine = facts.filter((f) => f.sources.includes(s.id));
    line(li, cited.get(s.id), "title");
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = t("values")(mine.length);
    const ul = document.createElement("ul");
    // The article's values, each with its words (the articles carry no links: none is made
    // up), listed when the reader opens it.
    details.addEventListener("toggle", () => {
      if (!details.open || ul.childElementCount) return;
      for (const f of mine) {
        const item = el("li", `${zones.get(f.zone)} · ${inds.get(f.indicator)} · ${f.period || t("notYear")}${zh ? "：" : ": "}${zh ? f.label_zh : f.label_en}`);
        if (f.quote) item.append(el("q", f.quote, "quote"));
        ul.append(item);
      }
    });
    details.append(summary, ul);
    li.append(details);
    list.append(li);
  }
  allLang = null;
  if ($("all-data").open) renderAllData();
  else $("data").tBodies[0].replaceChildren();
}

/** The whole dataset, each value as read and in full, its sources cited, its quote one click
 *  away: some 2,000 elements, built when the reader opens it, not on every page load. */
let allLang = null, cited = new Map();
function renderAllData() {
  if (allLang === state.lang) return;
  allLang = state.lang;
  const zh = state.lang === "zh";
  const zones = new Map(gz.zones().map((z) => [z.id, zh ? z.name_zh : z.name_en]));
  const inds = new Map(gz.indicators().map((i) => [i.id, zh ? i.name_zh : i.name_en]));
  const all = $("data");
  head(all, t("allCols"));
  const body = all.tBodies[0];
  body.replaceChildren();
  for (const f of facts) {
    const label = zh ? f.label_zh : f.label_en, full = zh ? f.full_zh : f.full_en;
    const value = [el("span", label, "value")];
    if (full && full !== label) value.push(el("span", full, "full"));
    const cite = [el("span", f.sources.map((id) => cited.get(id) ?? id).join(LIST_SEPARATOR[state.lang]))];
    if (f.quote) {
      const d = document.createElement("details");
      d.append(el("summary", t("quote")), el("q", f.quote));
      cite.push(d);
    }
    cellRow(body, [[zones.get(f.zone)], [inds.get(f.indicator)], [f.period || "—"], [value, "num"], [t("status")[f.status] ?? f.status], [cite]], t("allCols"));
  }
}

/** The Embed dialog's two snippets for the current view, built by Rust with this site's root,
 *  and a live preview of the chart as the embed draws it, at the chosen column width. */
function renderEmbed() {
  const base = new URL(".", location.href).href;
  const frozen = $("embed-frozen").checked;
  const theme = $("embed-theme").value;
  const view = new gz.Chart(state.chart, chartQuery({ ...state, theme: "light" }));
  $("embed-script").value = view.snippet(base, false, frozen, theme);
  $("embed-iframe").value = view.snippet(base, true, frozen, theme);
  $("embed-frozen-help").textContent = t("frozenHelp")(gz.dataVersion());
  $("embed-note").textContent = view.fallbackFile() ? "" : t("noImage");
  view.free();
  const dark = theme === "dark" || (theme === "auto" && matchMedia("(prefers-color-scheme: dark)").matches);
  const preview = new gz.Chart(state.chart, chartQuery({ ...state, theme: dark ? "dark" : "light" }));
  const box = $("embed-preview");
  const chosen = Number($("embed-width").value);
  box.style.width = chosen ? `${chosen}px` : "100%";
  box.classList.toggle("dark", dark);
  const w = chartWidth(box.clientWidth || chosen || 640);
  const h = preview.preferredHeight(w);
  preview.draw($("embed-canvas"), w, h, pixelRatio());
  $("embed-canvas").setAttribute("aria-label", `${t("embedPreview")}${state.lang === "zh" ? "：" : ": "}${preview.title()}`);
  preview.free();
}

/** A name that says which view it holds, so two views never collide:
 *  gansu-zones_gdp-by-zone_lanzhou-htz+baiyin-htz_2023_gdp_en.csv. */
function fileName(ext) {
  const { params } = CHARTS.find((c) => c.id === state.chart);
  const parts = ["gansu-zones", state.chart];
  if (params.includes("zones")) parts.push(state.zones.length ? state.zones.join("+") : "default-zones");
  if (params.includes("period")) parts.push(state.period || drawnPeriod() || "latest");
  if (params.includes("indicator") && state.indicator) parts.push(state.indicator);
  parts.push(state.lang);
  return `${parts.join("_")}.${ext}`;
}

function wire() {
  // Arrowing through the charts in the select adds one history entry, not one per step.
  // (A choice made with the mouse or Enter pushes its own entry.)
  let stepping = false;
  $("chart-select").addEventListener("keydown", (e) => (stepping = /^(Arrow|Home$|End$|Page)/.test(e.key)));
  $("chart-select").addEventListener("change", (e) => {
    state.chart = e.target.value;
    state.period = null;
    update({ push: !(stepping && selectPushed) });
    selectPushed = stepping;
    stepping = false;
  });
  $("chart-select").addEventListener("blur", () => (selectPushed = false));
  $("indicator-select").addEventListener("change", (e) => {
    state.indicator = e.target.value;
    state.period = null;
    update({ push: true });
  });
  $("period-select").addEventListener("change", (e) => {
    state.period = e.target.value || null;
    update({ push: true });
  });
  // A zone ticked or unticked changes that zone alone: the others drawn stay (the default
  // ones are ticked), and so does the year drawn.
  $("zones").addEventListener("change", () => {
    const { params } = CHARTS.find((c) => c.id === state.chart);
    if (!state.period && params.includes("period")) {
      state.period = drawnPeriod();
      pinned = !!state.period;
    }
    state.zones = [...$("zones").querySelectorAll("input:checked")].map((b) => b.value);
    update({ push: true });
  });
  $("lang-switch").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    update({ push: true });
  });
  $("theme-switch").addEventListener("click", () => {
    state.theme = state.theme === "dark" ? "light" : "dark";
    themeChosen = true;
    update({ push: true });
  });
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", (e) => {
    if (themeChosen) return;
    state.theme = e.matches ? "dark" : "light";
    update();
  });
  addEventListener("popstate", () => {
    showMessages(readUrl());
    update();
  });
  const canvas = $("canvas");
  wireMarks(canvas, {
    chart: () => chart,
    focus: () => focus,
    move: (i, announce) => ((focus = i) < 0 ? hideTip() : showMark(i, announce)),
    hide: hideTip,
  });
  new ResizeObserver(scheduleDraw).observe($("chart-box"));
  // A new pixel ratio (zoom, another screen): redraw sharp, then watch for the next.
  const watchRatio = () =>
    matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener("change", () => (scheduleDraw(), watchRatio()), { once: true });
  watchRatio();
  // Printed as vector graphics, in the light theme whatever the screen's, drawn for the
  // paper: one SVG laid out for an A5 column and one for A4 and Letter, the print style
  // showing the one that fits the page (each scales to the column, never cut, never split).
  // The SVG is placed in the page as elements (not a data: URL, which the page's
  // Content-Security-Policy forbids; plotters' SVG has no inline styles).
  addEventListener("beforeprint", () => {
    if (!chart) return;
    const light = new gz.Chart(state.chart, chartQuery({ ...state, theme: "light" }));
    const box = $("print-img");
    box.replaceChildren();
    for (const [w, cls] of [[480, "paper-narrow"], [700, "paper-wide"]]) {
      const h = light.preferredHeight(w);
      const svg = new DOMParser().parseFromString(light.svg(w, h), "image/svg+xml").documentElement;
      svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
      svg.setAttribute("class", cls);
      svg.setAttribute("aria-hidden", "true");
      box.append(document.importNode(svg, true));
    }
    box.setAttribute("aria-label", chart.description());
    light.free();
  });
  $("dl-png").addEventListener("click", () => {
    const [w, h] = size();
    const c = document.createElement("canvas");
    // The image's size is the chart's (a canvas keeps a bitmap larger than asked for).
    [c.width, c.height] = [w * 2, h * 2];
    const copy = new gz.Chart(state.chart, chartQuery());
    copy.draw(c, w, h, 2);
    copy.free();
    c.toBlob((b) => save(b, fileName("png")), "image/png");
  });
  $("dl-svg").addEventListener("click", () => {
    const [w, h] = size();
    save(new Blob([chart.svg(w, h)], { type: "image/svg+xml" }), fileName("svg"));
  });
  $("dl-csv").addEventListener("click", () => save(csvBlob(chart.csv()), fileName("csv")));
  $("dl-all").addEventListener("click", () => save(csvBlob(gz.csv()), `gansu-zones_all-data_${gz.dataVersion()}.csv`));
  $("embed-open").addEventListener("click", () => {
    renderEmbed();
    $("embed-dialog").showModal();
  });
  for (const id of ["embed-frozen", "embed-theme", "embed-width"]) $(id).addEventListener("change", renderEmbed);
  $("embed-dialog").addEventListener("close", () => ($("embed-status").hidden = true));
  $("controls").addEventListener("submit", (e) => e.preventDefault());
  $("all-data").addEventListener("toggle", () => $("all-data").open && facts && renderAllData());
  for (const kind of ["script", "iframe"]) {
    $(`embed-copy-${kind}`).addEventListener("click", () => copy($(`embed-${kind}`), $("embed-status"), t("codeCopied"), t("copyFailed")));
  }
  $("copy-link").addEventListener("click", () => {
    const field = $("link-field");
    field.value = location.href;
    copy(field, $("copy-status"), t("copied"), t("copyFailed"));
  });
}

/** The browser loads a font on its first use (for Chinese, a large file): measuring one
 *  character in the page's font, which the chart's canvas uses too, does that ahead of the
 *  first draw. */
function warmFonts() {
  const ctx = document.createElement("canvas").getContext("2d");
  ctx.font = `13px ${getComputedStyle(document.body).fontFamily}`;
  ctx.measureText(state.lang === "zh" ? "甘肃" : "Gansu");
}

async function main() {
  // The core carries code only: the whole data file is fetched beside it.
  const data = fetch(DATA).then(
    (r) => (r.ok ? r.text() : Promise.reject(new Error(`${DATA}: HTTP ${r.status}`))),
    (e) => Promise.reject(new Error(`${DATA}: ${e.message}`)),
  );
  data.catch(() => {}); // if the core fails as well, its error is the one reported
  const load = (async () => {
    const m = await import("../pkg/gansu_zones.js");
    await m.default();
    m.loadData(await data);
    return m;
  })();
  gz = await bounded(load, "the core (the glue, the wasm, the data file)");
  // Instantiating the core, reading the view and drawing the first chart run in separate
  // tasks, so none is long (the first draw also pays for the fonts: they are warmed between).
  const task = () => new Promise((r) => setTimeout(r));
  await task();
  CHARTS = gz.charts();
  notes = readUrl();
  warmFonts();
  await task();
  wire();
  update({ later: true });
  showMessages(notes);
}

main().catch(fallback);
