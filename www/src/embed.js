// The embed: <gansu-zones-chart>, a custom element that draws one chart of Gansu Zones.
//
//   <script src="https://SITE/www/embed.js"></script>
//   <gansu-zones-chart chart="gdp-by-zone" period="2024" lang="zh"></gansu-zones-chart>
//
// Attributes (all may change at run time; the chart follows):
//   chart      chart id (`gansu-zones charts` lists them)           required
//   zones      zone ids, comma-separated                          default: the chart's
//   period     a year (2024) or span (2021-2025)                   default: the latest
//   indicator  indicator id, for chart="indicator"
//   lang       zh | en                                             default: the page's
//   theme      light | dark | auto (follows the reader's system)   default: light
//   version    a data version (2026-11-21): frozen, served from versions/<version>/
//   heights    "320:560,640:480": heights at widths, reserved before the core loads
//   height     a fixed height in CSS px (otherwise the chart picks one for its width)
//   loading    lazy (default: starts near the viewport) | eager (starts at once)
// Events (bubbling, composed):
//   gansu-zones:draw   after every draw; detail {chart, width, height, dpr, marks, version}
//   gansu-zones:error  detail {message, kind: "params" | "load" | "draw", reader}: `message`
//                      is for developers (also in the console: which id, which header);
//                      readers see `reader`, in the chart's language, and the <noscript>
//                      fallback (image and table) where the snippet has one.
//
// Many charts share one wasm module, fetched and instantiated once, when the first one
// nears the viewport. Styles live in a Shadow DOM, from a constructed sheet (strict CSP:
// no inline styles or scripts). Rust draws, formats and hit-tests; this file wires.
//
// This is the source: articles load www/embed.js, this file bundled with marks.js and
// minified by scripts/bundle.sh into one classic script, not a module, on purpose: loaded
// before the first element, it defines the element while the page is parsed, so each
// chart reserves its height before the first paint and the article does not shift.
// The wasm core loads lazily.
import { showTip, keyFocus, markCells } from "../marks.js";
import CSS_TEXT from "../embed.css";

const NAME = "gansu-zones-chart";
const HERE = document.currentScript?.src;
if (!HERE) throw new Error("Gansu Zones: load embed.js with <script src> (it reads its own URL)");
const ROOT = new URL("../", HERE);
const SHEET = new URL("embed.css", HERE).href;
// Where the core (wasm-bindgen's JS glue and the wasm) lives, from the site's root;
// frozen data versions live in versions/<version>/.
const CORE = "pkg/embed/";
const MARGIN = 400; // lazy charts start loading this many px from the viewport
// A core that has not loaded (glue, wasm, instantiation) in this many ms is given up on: its
// charts show their fallback. Generous: 15 s is the embed's ~75 KB over a 40 kbit/s link.
const TIMEOUT = 15000;
const ATTRS = ["chart", "zones", "period", "indicator", "lang", "theme", "version", "heights", "height"];
const WORDS = {
  zh: { lang: "zh", loading: "正在加载图表…", table: "数据表", open: "在 Gansu Zones 中查看", notYear: "未注明年份", source: "来源", quote: "原文",
    cols: ["类别", "系列", "数值", "状态", "年份", "来源"], keys: "聚焦图表后，可用方向键在数值间移动。",
    failed: "图表无法加载。", bad: "图表无法显示：", follows: ["", "下面是预先生成的图片。", "下面是数据表。", "下面是预先生成的图片和数据表。"],
    why: { chart: "未知的图表", zone: "未知的开发区", indicator: "未知的指标", param: "参数有误", size: "尺寸有误", missing: "未指定图表", version: "数据版本有误" } },
  en: { lang: "en", loading: "Loading the chart…", table: "Data table", open: "Open in Gansu Zones", notYear: "year not stated", source: "Source", quote: "Article",
    cols: ["Category", "Series", "Value", "Status", "Year", "Source"], keys: "Focus the chart, then move between values with the arrow keys.",
    failed: "The chart could not load.", bad: "The chart cannot be shown: ", follows: ["", " A prebuilt image follows.", " The data table follows.", " A prebuilt image and the data table follow."],
    why: { chart: "unknown chart", zone: "unknown zone", indicator: "unknown indicator", param: "a wrong parameter", size: "a wrong size", missing: "no chart named", version: "a wrong data version" } },
};

// One module per data version ("" is the live one), imported and instantiated once;
// `ready` holds those loaded, for what must draw at once (printing).
const cores = new Map();
const ready = new Map();
function core(version) {
  if (!cores.has(version)) {
    const dir = new URL(version ? `versions/${version}/` : CORE, ROOT);
    const glueUrl = new URL("gansu_zones.js", dir).href;
    const wasmUrl = new URL("gansu_zones_bg.wasm", dir).href;
    // The wasm is fetched beside the glue, not after it: the glue's init awaits the response.
    const wasm = fetch(wasmUrl).then(
      (r) => (r.ok ? r : Promise.reject(new Error(`${wasmUrl}: HTTP ${r.status}`))),
      (e) => why(wasmUrl, e),
    );
    wasm.catch(() => {}); // if the glue fails as well, its error is the one reported
    const load = (async () => {
      const m = await import(glueUrl).catch((e) => why(glueUrl, e));
      try {
        await m.default({ module_or_path: wasm });
      } catch (e) {
        if (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError) throw mismatch(wasmUrl, e);
        throw e;
      }
      // Glue and wasm of different builds can link and still fail on the first call:
      // one call now, so that they fail here, as a load error, rather than as a chart's.
      try {
        new m.Chart(m.charts()[0].id, "").free();
      } catch (e) {
        throw mismatch(wasmUrl, e);
      }
      ready.set(version, m);
      return m;
    })();
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${dir.href}: no answer in ${TIMEOUT / 1000} s (the glue, the wasm or its instantiation)`)), TIMEOUT);
    });
    cores.set(version, Promise.race([load, late]).finally(() => clearTimeout(timer)));
  }
  return cores.get(version);
}

const mismatch = (url, e) => new Error(`${url}: the wasm does not match its glue (different builds?), or is damaged: ${e.message}`);

/** Why a request to `url` failed: browsers hide the reason from scripts (a CORS failure and
 *  a network error look alike), so it asks again, as CORS and then without. Throws. */
async function why(url, error) {
  let text = `${url}: ${error.message}`;
  try {
    const r = await fetch(url, { cache: "no-store" });
    if (!r.ok) text = `${url}: HTTP ${r.status}`;
    else if (url.endsWith(".js") && !/javascript|ecmascript/i.test(r.headers.get("content-type") ?? "")) {
      text = `${url} is served as "${r.headers.get("content-type")}": the Content-Type header must be text/javascript`;
    }
  } catch {
    try {
      await fetch(url, { mode: "no-cors", cache: "no-store" });
      // Reachable, but not shared with this page's origin.
      text = `${url} is sent without the header "Access-Control-Allow-Origin: *": the chart host must send it for embeds on other sites (README: "Headers the chart host sends")`;
    } catch {
      text = `${url}: unreachable (network error, or blocked by this page's Content-Security-Policy)`;
    }
  }
  throw new Error(text);
}

// Draws run one chart at a time until BUDGET ms of a task are used, so a page of twenty
// charts never blocks input for long: the rest wait for the next frames. The frame's commit
// of the new canvases joins the task that drew them: in headless Chromium, 8 ms of drawing
// plus the commit ran just over 50 ms in about one load in five; 4 ms, never in 20.
// A chart resized many times in a frame draws once. A chart whose core has just loaded
// draws at once, without waiting for a frame, while its task has time left.
const BUDGET = 4;
const dirty = new Set();
let pumping = false;
let taskEnd = 0; // until when this task may draw (0: it has not drawn yet)
/** Whether this task may draw now; its BUDGET ms start at its first draw (`fresh`: a frame's). */
function timeLeft(fresh = false) {
  if (fresh || !taskEnd) (taskEnd = performance.now() + BUDGET), setTimeout(() => (taskEnd = 0));
  return performance.now() < taskEnd;
}
function schedule(el, now = false) {
  if (now && timeLeft()) return dirty.delete(el), el.draw();
  dirty.add(el);
  if (!pumping) (pumping = true), requestAnimationFrame(pump);
}
function pump() {
  timeLeft(true);
  for (const el of dirty) {
    if (!timeLeft()) break;
    dirty.delete(el);
    el.draw();
  }
  if (dirty.size) requestAnimationFrame(pump);
  else pumping = false;
}

const darkQuery = matchMedia("(prefers-color-scheme: dark)");
const lazy = new IntersectionObserver(
  (entries) => {
    for (const e of entries) if (e.isIntersecting) lazy.unobserve(e.target), e.target.start();
  },
  { rootMargin: `${MARGIN}px 0px` },
);
/** Whether box `r` is as near the viewport as the observer's margin. */
const near = (r) => r.bottom > -MARGIN && r.top < innerHeight + MARGIN && r.right > 0 && r.left < innerWidth;
const resized = new ResizeObserver((entries) => {
  for (const e of entries) e.target.resized(e.contentRect.width);
});

// One constructed sheet for every chart, bundled as text: in place before the first paint,
// with no request (CSP's style-src governs <style> and <link>, not constructed sheets).
// Browsers without them (Safari before 16.4) get the same sheet as a file.
let sheet;
function style(root) {
  if (!root.adoptedStyleSheets) {
    const link = el("link", "", root);
    link.rel = "stylesheet";
    link.href = SHEET;
    return;
  }
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS_TEXT);
  root.adoptedStyleSheets = [sheet];
}

/** The height chart draws best at, width w. */
const tall = (chart, w) => Math.min(1600, Math.max(200, Math.round(chart.preferredHeight(w))));

function el(tag, cls, parent) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  parent?.append(node);
  return node;
}

/** Reads `heights="320:560,640:480"`: sorted [width, height] pairs, or throws. */
function parseHeights(text) {
  const pairs = text.split(",").map((p) => p.trim()).filter(Boolean).map((p) => {
    const m = /^(\d{2,4}):(\d{2,4})$/.exec(p);
    if (!m) throw Object.assign(new Error(`heights: "${p}" is not width:height, e.g. 320:560,640:480`), { kind: "size" });
    return [Number(m[1]), Number(m[2])];
  });
  if (!pairs.length) throw Object.assign(new Error("heights: empty; expected width:height pairs, e.g. 320:560,640:480"), { kind: "size" });
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** The hinted height at width `w`: linear between the nearest pairs, flat outside. */
function hinted(pairs, w) {
  let [lo, hi] = [pairs[0], pairs[pairs.length - 1]];
  for (const p of pairs) {
    if (p[0] <= w) lo = p;
    if (p[0] >= w) { hi = p; break; }
  }
  if (hi[0] === lo[0]) return lo[1];
  return Math.round(lo[1] + ((hi[1] - lo[1]) * (w - lo[0])) / (hi[0] - lo[0]));
}

class GansuZonesChart extends HTMLElement {
  static observedAttributes = ATTRS;

  #root; #box; #canvas; #tip; #ring; #status; #desc; #details; #table; #link; #live;
  #gz = null; // the core module, once loaded
  #chart = null; // the wasm Chart for the current attributes
  #version = "";
  #started = false;
  #width = 0; // the last width measured
  #reserved = 0; // the height reserved before the first draw (kept while the width holds)
  #focus = -1;
  #failed = false;
  #stale = true; // the chart does not match the attributes yet

  connectedCallback() {
    if (!this.#root) this.#build();
    // An eager chart's core is requested before the layout below, which on a fresh page
    // takes several ms (the first layout, with the fonts it loads).
    const eager = this.getAttribute("loading") === "eager";
    if (eager) this.start();
    if (eager && this.hasAttribute("height")) {
      this.#reserve(0); // nothing here needs the layout: the next frame does it, unforced
    } else {
      const box = this.getBoundingClientRect();
      this.#reserve(box.width);
      // Near the viewport already: load now, not when the observer first reports (after a
      // frame). Charts further down wait for the observer.
      if (eager || near(box)) this.start();
      else lazy.observe(this);
    }
    resized.observe(this);
    darkQuery.addEventListener("change", this.#onScheme);
    addEventListener("beforeprint", this.#onPrint);
  }

  disconnectedCallback() {
    lazy.unobserve(this);
    resized.unobserve(this);
    darkQuery.removeEventListener("change", this.#onScheme);
    removeEventListener("beforeprint", this.#onPrint);
    dirty.delete(this);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.#root) return;
    if (name === "version") return this.#load();
    this.#invalidate();
  }

  #onScheme = () => this.#theme() === "auto" && this.#invalidate();

  /** Printing: the chart drawn again for the paper, light whatever the screen's theme, twice
   *  (for an A5 column and for A4 or Letter); the print style shows the one that fits the
   *  page, scaled to the column, and keeps the figure on one page. A chart never started (lazy,
   *  far down the page) is drawn too when another chart of the page has loaded its core;
   *  printing cannot wait for a core to load, so with none loaded it prints what it shows. */
  #onPrint = () => {
    this.#root.querySelector(".print")?.remove(); // the last print's
    const gz = this.#gz ?? ready.get((this.getAttribute("version") ?? "").trim());
    if (!gz || this.#failed || (this.#gz && !this.#chart)) return;
    let chart;
    try {
      chart = new gz.Chart(this.getAttribute("chart").trim(), this.#query("light"));
      // The width last drawn, or the element's for a chart never drawn (120 px at least).
      const col = Math.min(700, Math.max(120, this.#width || Math.round(this.getBoundingClientRect().width)));
      const box = el("div", "print");
      for (const [w, cls] of [[Math.min(col, 480), "n"], [col, "w"]]) {
        chart.draw(el("canvas", cls, box), w, tall(chart, w), 2);
      }
      this.#box.after(box);
    } catch {
      // not redrawn: it prints as it is on screen
    }
    chart?.free();
  };


  /** The attributes changed: rebuild in the next frame's queue (several changes, one rebuild). */
  #invalidate() {
    this.#stale = true;
    if (this.#gz) schedule(this);
  }

  #build() {
    this.#root = this.attachShadow({ mode: "open" });
    style(this.#root);
    const fig = el("figure", "gz");
    this.#root.append(fig);
    this.#box = el("div", "box", fig);
    this.#canvas = el("canvas", "", el("div", "plot", this.#box));
    this.#canvas.tabIndex = 0;
    this.#canvas.setAttribute("role", "img");
    this.#canvas.setAttribute("aria-label", this.#words().loading); // the chart's title once drawn
    this.#canvas.setAttribute("aria-describedby", "desc keys");
    this.#ring = el("div", "ring", this.#box);
    this.#tip = el("div", "tip", this.#box);
    this.#tip.setAttribute("role", "tooltip");
    this.#ring.hidden = this.#tip.hidden = true;
    this.#status = el("p", "status", this.#box);
    this.#status.textContent = this.#words().loading;
    const cap = el("figcaption", "", fig);
    // The description and key help are read through the canvas's aria-describedby, which
    // reads hidden text; hidden, filling them in when the core loads moves nothing.
    this.#desc = el("p", "", cap);
    this.#desc.id = "desc";
    this.#desc.hidden = true;
    const keys = el("p", "", cap);
    keys.id = "keys";
    keys.hidden = true;
    keys.textContent = this.#words().keys;
    this.#details = el("details", "", cap);
    el("summary", "", this.#details);
    this.#table = el("table", "", el("div", "scroll", this.#details));
    this.#link = el("a", "open", cap);
    this.#link.target = "_blank";
    this.#link.rel = "noopener";
    this.#live = el("div", "sr-only", fig);
    this.#live.setAttribute("aria-live", "polite");
    this.#caption();
    this.#wire();
  }

  #wire() {
    const c = this.#canvas;
    const point = (e) => {
      if (!this.#chart) return;
      const r = c.getBoundingClientRect();
      const i = this.#chart.hit(e.clientX - r.left, e.clientY - r.top);
      if (i >= 0) (this.#focus = i), this.#show(i, false);
      else this.#hide();
    };
    c.addEventListener("pointermove", point);
    c.addEventListener("pointerdown", point);
    c.addEventListener("pointerleave", (e) => e.pointerType === "mouse" && this.#hide());
    c.addEventListener("blur", () => this.#hide());
    c.addEventListener("keydown", (e) => {
      const n = this.#chart?.markCount ?? 0;
      const next = n ? keyFocus(e.key, this.#focus, n) : null;
      if (next === null) return;
      e.preventDefault();
      this.#focus = next;
      if (next < 0) this.#hide();
      else this.#show(next, true);
    });
  }

  #words() {
    return WORDS[this.#lang()];
  }

  #lang() {
    const l = this.getAttribute("lang");
    if (l === "zh" || l === "en") return l;
    return (document.documentElement.lang || "zh").toLowerCase().startsWith("en") ? "en" : "zh";
  }

  #theme() {
    return this.getAttribute("theme") ?? "light";
  }

  /** Before the core loads: holds the chart's space so the article does not jump. */
  #reserve(width = this.getBoundingClientRect().width) {
    const w = Math.round(width) || 640;
    let h = 0;
    try {
      h = this.#fixedHeight();
      if (!h && this.hasAttribute("heights")) h = hinted(parseHeights(this.getAttribute("heights")), w);
    } catch {
      // reported in place when the chart is built
    }
    this.#reserved = h || Math.round(Math.min(560, Math.max(300, w * 0.62 + 140)));
    this.#box.style.height = `${this.#reserved}px`;
  }

  #fixedHeight() {
    if (!this.hasAttribute("height")) return 0;
    const v = this.getAttribute("height").trim();
    if (!/^\d+(\.\d+)?$/.test(v)) throw Object.assign(new Error(`height: "${v}" is not a number of CSS pixels`), { kind: "size" });
    return Number(v);
  }

  /** Called when the element nears the viewport (or at once): loads the core, then draws. */
  start() {
    if (this.#started) return;
    this.#started = true;
    this.#load();
  }

  async #load() {
    if (!this.#started) return;
    const version = (this.getAttribute("version") ?? "").trim();
    this.#version = version;
    this.#chart?.free();
    this.#chart = null;
    if (version && !/^\d{4}-\d{2}-\d{2}$/.test(version)) {
      return this.#error(`version: "${version}" is not a data version such as 2026-11-21`, "params", { kind: "version" });
    }
    let gz;
    try {
      gz = await core(version);
    } catch (e) {
      if (version !== this.#version) return;
      return this.#error(version ? `data version ${version}: ${e.message}` : e.message, "load");
    }
    if (version !== this.#version) return; // the version changed while loading
    this.#gz = gz;
    this.#stale = true;
    schedule(this, true); // at once if this task has time left, else from the frame queue
  }

  /** The query the Rust core reads, from the attributes. */
  /** The chart's parameters; `forced` a theme instead of the attribute's (print: light). */
  #query(forced) {
    const q = [];
    for (const key of ["zones", "period", "indicator"]) {
      // "&" would start another parameter: keep it, as a space, inside the value (and its error).
      if (this.hasAttribute(key)) q.push(`${key}=${this.getAttribute(key).replaceAll("&", " ")}`);
    }
    q.push(`lang=${this.#lang()}`);
    const theme = forced ?? this.#theme();
    q.push(`theme=${theme === "auto" ? (darkQuery.matches ? "dark" : "light") : theme.replaceAll("&", " ")}`);
    // (A chart never started, printed, has no #version yet: its attribute's, checked by onPrint.)
    const version = this.#version || (this.getAttribute("version") ?? "").trim();
    if (version) q.push(`version=${version}`);
    return q.join("&");
  }

  /** Builds the chart for the current attributes; false if they are wrong (shown in place). */
  #rebuild() {
    this.#stale = false;
    this.#chart?.free();
    this.#chart = null;
    this.#failed = false;
    this.#hide();
    this.#focus = -1;
    const id = (this.getAttribute("chart") ?? "").trim();
    try {
      if (!id) throw Object.assign(new Error(`chart: missing; one of ${this.#gz.charts().map((c) => c.id).join(", ")}`), { kind: "missing" });
      this.#fixedHeight();
      if (this.hasAttribute("heights")) parseHeights(this.getAttribute("heights"));
      this.#chart = new this.#gz.Chart(id, this.#query());
    } catch (e) {
      this.#error(e.message, e instanceof WebAssembly.RuntimeError ? "draw" : "params", e);
      return false;
    }
    this.#status.classList.remove("error");
    this.#box.classList.remove("failed");
    this.#details.hidden = false;
    const theme = this.#theme();
    this.#root.querySelector("figure").classList.toggle("dark", theme === "dark" || (theme === "auto" && darkQuery.matches));
    this.#canvas.setAttribute("aria-label", this.#chart.title());
    this.#desc.textContent = this.#chart.description();
    this.#caption();
    this.#fillTable();
    return true;
  }

  /** The caption's words and the explorer link: from the attributes alone, so they are in
   *  place before the core loads (no shift when it arrives). */
  #caption() {
    const w = this.#words();
    this.#root.getElementById("keys").textContent = w.keys;
    this.#details.firstChild.textContent = w.table;
    const link = new URL("index.html", ROOT);
    for (const key of ["chart", "zones", "indicator", "period"]) {
      if (this.hasAttribute(key)) link.searchParams.set(key, this.getAttribute(key));
    }
    link.searchParams.set("lang", this.#lang());
    this.#link.href = link.href;
    this.#link.textContent = w.open;
  }

  #fillTable() {
    const t = this.#table;
    t.replaceChildren();
    el("caption", "", t).textContent = this.#chart.title();
    const tr = el("tr", "", el("thead", "", t));
    for (const c of this.#words().cols) {
      const th = el("th", "", tr);
      th.scope = "col";
      th.textContent = c;
    }
    const body = el("tbody", "", t);
    for (let i = 0; i < this.#chart.markCount; i++) {
      const row = el("tr", "", body);
      markCells(this.#chart.mark(i), this.#words()).forEach((text, j) => (el("td", j === 2 ? "num" : "", row).textContent = text));
    }
  }

  /** From the ResizeObserver: a new width redraws, at most once a frame. */
  resized(width) {
    const w = Math.round(width);
    if (w === this.#width) return;
    if (this.#width && w !== this.#width) this.#reserved = 0; // the reservation was for the old width
    this.#width = w;
    if (this.#gz) schedule(this);
    else if (!this.#failed) this.#reserve(); // still loading: hold the new width's space
  }

  /** Draws the current chart at the element's width. Called from the frame pump, or at once
   *  when the core has just loaded. */
  draw() {
    if (!this.#gz || !this.isConnected) return;
    if (this.#stale && !this.#rebuild()) return;
    const chart = this.#chart;
    if (!chart) return;
    const w = Math.max(120, Math.min(4096, Math.round(this.getBoundingClientRect().width)));
    let h;
    try {
      h = this.#fixedHeight();
    } catch (e) {
      return this.#error(e.message, "params", e);
    }
    if (!h) {
      const preferred = tall(chart, w);
      // Keep the reserved height when it is close: the article must not jump.
      h = this.#reserved && Math.abs(this.#reserved - preferred) <= preferred * 0.2 ? this.#reserved : preferred;
    }
    const dpr = Math.min(4, Math.max(1, devicePixelRatio || 1));
    try {
      this.#box.style.height = `${h}px`;
      chart.draw(this.#canvas, w, h, dpr);
    } catch (e) {
      return this.#error(e.message, e.kind === "size" ? "params" : "draw", e);
    }
    this.#width = w;
    this.#status.hidden = true;
    this.#canvas.hidden = false;
    if (this.#focus >= 0) this.#show(this.#focus, false);
    const detail = { chart: this.getAttribute("chart"), width: w, height: h, dpr, marks: chart.markCount, version: this.#version || null };
    this.dispatchEvent(new CustomEvent("gansu-zones:draw", { bubbles: true, composed: true, detail }));
  }

  #show(i, announce) {
    const m = this.#chart.mark(i);
    const text = showTip(this.#tip, this.#ring, m, this.#words(), this.#box.clientWidth, this.#box.clientHeight);
    if (announce) this.#live.textContent = text;
  }

  #hide() {
    this.#tip.hidden = this.#ring.hidden = true;
  }

  /** Shows what went wrong in place, in the reader's language (the developer's detail goes
   *  to the console and the event), with the snippet's fallback, then tells the page.
   *  `info`: the core's error ({kind, id, reader}) when it has one. */
  #error(message, kind, info = {}) {
    this.#chart?.free();
    this.#chart = null;
    this.#failed = true;
    this.#hide();
    this.#canvas.hidden = true;
    this.#desc.textContent = "";
    this.#table.replaceChildren();
    this.#link.textContent = "";
    this.#link.removeAttribute("href");
    const w = this.#words();
    const status = this.#status;
    status.replaceChildren();
    status.hidden = false;
    status.classList.add("error");
    let reader = w.failed;
    if (kind === "params") {
      // A value from the page is shown only when it is a well-formed id.
      const id = /^[a-z0-9][a-z0-9-]{0,47}$/.test(info.id ?? "") ? `${w.lang === "zh" ? "" : " "}“${info.id}”` : "";
      reader = info.reader ?? `${w.bad}${w.why[info.kind] ?? w.why.param}${id}${w.lang === "zh" ? "。" : "."}`;
    }
    const strong = el("strong", "", status);
    const say = () => (strong.textContent = reader + w.follows[shown()]);
    const shown = this.#fallback(status, say);
    say();
    this.#details.hidden = true;
    this.#box.style.height = "auto";
    this.#box.classList.add("failed");
    console.error(`Gansu Zones: <${NAME} chart="${this.getAttribute("chart") ?? ""}">: ${message}`);
    this.dispatchEvent(new CustomEvent("gansu-zones:error", { bubbles: true, composed: true, detail: { message, kind, reader } }));
  }

  /** The snippet's <noscript> (an image and a table) rebuilt from its text, without an HTML
   *  parser (which Trusted Types pages forbid): only an image with an http(s) or relative
   *  source, and the table's cells as text, are carried over. Returns a function telling
   *  what is shown (bits: 1 the image, 2 the table); `changed` is called when the image
   *  fails to load (it is then removed). */
  #fallback(parent, changed) {
    const ns = this.querySelector(":scope > noscript");
    const { img, rows, caption } = readNoscript(ns?.textContent ?? "");
    let shown = 0;
    if (img?.src) {
      const src = new URL(img.src, document.baseURI);
      if (src.protocol === "https:" || src.protocol === "http:") {
        const copy = el("img", "fallback");
        copy.alt = img.alt ?? "";
        copy.onerror = () => {
          copy.remove();
          shown &= ~1;
          changed();
          const coep = self.crossOriginIsolated ? `, or blocked: under this page's Cross-Origin-Embedder-Policy the chart host must send "Cross-Origin-Resource-Policy: cross-origin"` : "";
          console.error(`Gansu Zones: the fallback image ${src.href} did not load (missing${coep})`);
        };
        copy.src = src.href;
        parent.append(copy);
        shown |= 1;
      }
    }
    if (rows.length) {
      const t = el("table", "", el("div", "scroll", parent));
      if (caption) el("caption", "", t).textContent = caption;
      for (const row of rows) {
        const tr = el("tr", "", t);
        for (const c of row) el(c.tag, c.num ? "num" : "", tr).textContent = c.text;
      }
      shown |= 2;
    }
    return () => shown;
  }
}

/** Reads the fallback markup the snippets write (`<img src alt>`, a `<table>` with its
 *  `<caption>`, `<tr>`, `<th>`, `<td class="num">`) as data: tags by pattern, text with its
 *  character references decoded. Nothing in it is ever parsed as HTML. */
function readNoscript(text) {
  const out = { img: null, rows: [], caption: "" };
  let row = null, cell = null, inCaption = false;
  for (const [, close, name, attrs, chars] of text.matchAll(/<(\/?)([a-zA-Z]+)([^>]*)>|([^<]+)/g)) {
    if (chars !== undefined) {
      if (cell) cell.text += decode(chars);
      else if (inCaption) out.caption += decode(chars);
      continue;
    }
    const tag = name.toLowerCase();
    if (close) {
      if (tag === "caption") inCaption = false;
      if (tag === "td" || tag === "th") cell = null;
    } else if (tag === "img") out.img ??= { src: attr(attrs, "src"), alt: attr(attrs, "alt") };
    else if (tag === "caption") inCaption = true;
    else if (tag === "tr") out.rows.push((row = []));
    else if ((tag === "td" || tag === "th") && row) row.push((cell = { tag, num: /(^|\s)num(\s|$)/.test(attr(attrs, "class") ?? ""), text: "" }));
  }
  return out;
}

function attr(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attrs);
  return m ? decode(m[1] ?? m[2] ?? m[3]) : null;
}

const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] !== "#") return NAMED[e.toLowerCase()] ?? m;
    const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
  });

// Each snippet carries the script: the first one defines the element; the others run
// again (a few unused objects) and define nothing.
if (!customElements.get(NAME)) customElements.define(NAME, GansuZonesChart);
