// The <gansu-zones-chart> element: its attributes, its Shadow DOM, loading, drawing,
// pointer and keys, printing, and what it shows when anything fails.
import { showTip, wireMarks, markCells } from "../shared/marks.js";
import { NAME, MARGIN, ATTRS } from "./config.js";
import { WORDS } from "./words.js";
import { withData, readyCore, has, part } from "./core.js";
import { ROOT } from "./where.js";
import { schedule, scheduleSoon, unschedule } from "./schedule.js";
import { cell, el, style } from "./dom.js";
import { parseHeights, hinted } from "./sizes.js";
import { chartWidth, pixelRatio } from "../shared/canvas.js";
import { articleLang } from "../shared/lang.js";
import { readNoscript } from "./noscript.js";

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

export class GansuZonesChart extends HTMLElement {
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
  #loads = 0; // counts loads: one that finds a later one started gives way

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
    unschedule(this);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.#root) return;
    // Another version or chart (its core may be another), or a view whose data part the core
    // lacks: load, then draw.
    if (name === "version" || name === "chart" || (this.#gz && !has(this.#version, this.#id(), this.#part()))) return this.#load();
    this.#invalidate();
  }

  #id = () => (this.getAttribute("chart") ?? "").trim();

  /** The data part of the view the attributes name (core.js). */
  #part() {
    const a = (k) => (this.getAttribute(k) ?? "").trim();
    return part(this.#id(), a("zones"), a("period"), a("indicator"));
  }

  /** A chart not started yet gets its data part once a chart of its version has loaded
   *  the core, so that printing can draw it (printing cannot wait for a fetch). */
  prefetch(version) {
    if (!this.#started && (this.getAttribute("version") ?? "").trim() === version) {
      withData(version, this.#id(), this.#part()).catch(() => {});
    }
  }

  #onScheme = () => this.#theme() === "auto" && this.#invalidate();

  /** Printing: the chart drawn again for the paper, light whatever the screen's theme, twice
   *  (for an A5 column and for A4 or Letter); the print style shows the one that fits the
   *  page, scaled to the column, and keeps the figure on one page. A chart never started (lazy,
   *  far down the page) is drawn too when another chart of the page has loaded its core;
   *  printing cannot wait for a core to load, so with none loaded it prints what it shows. */
  #onPrint = () => {
    this.#root.querySelector(".print")?.remove(); // the last print's
    const version = (this.getAttribute("version") ?? "").trim();
    const gz = this.#gz ?? readyCore(version, this.#id());
    if (!gz || !has(this.#version || version, this.#id(), this.#part()) || this.#failed || (this.#gz && !this.#chart)) return;
    let chart;
    try {
      chart = new gz.Chart(this.getAttribute("chart").trim(), this.#query("light"));
      // The width last drawn, or the element's for a chart never drawn.
      const col = Math.min(700, chartWidth(this.#width || this.getBoundingClientRect().width));
      const box = el("div", "print");
      for (const [w, cls] of [[Math.min(col, 480), "n"], [col, "w"]]) {
        chart.draw(el("canvas", cls, box), w, chart.preferredHeight(w), 2);
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
    // Its 2D context, made here so the core's getContext("2d") gets it: desynchronized, the
    // canvas is not copied for the compositor on the frame after each draw, which on a
    // software-rendered page was most of a first draw's long task (bench/SIZE.md, issue 17).
    this.#canvas.getContext("2d", { desynchronized: true });
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
    wireMarks(this.#canvas, {
      chart: () => this.#chart,
      focus: () => this.#focus,
      move: (i, announce) => ((this.#focus = i) < 0 ? this.#hide() : this.#show(i, announce)),
      hide: () => this.#hide(),
    });
  }

  #words() {
    return WORDS[this.#lang()];
  }

  #lang() {
    return articleLang(this.getAttribute("lang"));
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
    const loading = ++this.#loads;
    try {
      gz = await withData(version, this.#id(), this.#part());
    } catch (e) {
      if (loading !== this.#loads) return;
      return this.#error(version ? `data version ${version}: ${e.message}` : e.message, "load");
    }
    if (loading !== this.#loads) return; // the version or the view changed while loading
    if (!has(version, this.#id(), this.#part())) return this.#load(); // the view changed: its data too
    const first = !this.#gz;
    this.#gz = gz;
    this.#stale = true;
    scheduleSoon(this);
    if (first) setTimeout(() => document.querySelectorAll(NAME).forEach((c) => c.prefetch?.(version)));
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
      markCells(this.#chart.mark(i), this.#words()).forEach((text, j) => cell(row, "td", j === 2, text, this.#words().cols[j]));
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
    const w = chartWidth(this.getBoundingClientRect().width);
    let h;
    try {
      h = this.#fixedHeight();
    } catch (e) {
      return this.#error(e.message, "params", e);
    }
    if (!h) {
      const preferred = chart.preferredHeight(w);
      // Keep the reserved height when it is close: the article must not jump.
      h = this.#reserved && Math.abs(this.#reserved - preferred) <= preferred * 0.2 ? this.#reserved : preferred;
    }
    const dpr = pixelRatio();
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
    // A call that trapped (a bug in the core: RuntimeError "unreachable", no message) never
    // released its chart: free() throws, and must not keep the fallback from showing.
    try {
      this.#chart?.free();
    } catch {}
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
      const head = rows.find((row) => row.every((c) => c.tag === "th")) ?? [];
      for (const row of rows) {
        const tr = el("tr", row === head ? "head" : "", t);
        row.forEach((c, j) => cell(tr, c.tag, c.num, c.text, head[j]?.text));
      }
      shown |= 2;
    }
    return () => shown;
  }
}
