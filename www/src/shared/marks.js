// What the explorer and the embed share about marks: the tooltip's lines, where the
// tooltip and focus ring go, and how the arrow keys move between marks.
// All text is set through textContent; nothing is parsed as HTML.
// The marks are the core's `MarkView`s, typed where Rust declares them (the `.d.ts` of
// pkg/embed); `scripts/test.sh` type-checks this file against it.
import { COLON, LIST_SEPARATOR } from "./rules.js";

/** @typedef {import("../../../pkg/embed/gansu_zones").MarkView} MarkView */
/** @typedef {import("../../../pkg/embed/gansu_zones").Chart} Chart */
/** @typedef {{ lang: "zh" | "en", notYear: string, source: string, quote: string }} Words the page's words in one language */

/** "label：text" with the language's colon. */
const labelled = (label, text, words) => `${label}${COLON[words.lang]}${text}`;

/** Mark `m`'s row in a data table: category, series, value, status (with its formula), year, sources.
 *  @param {MarkView} m @param {Words} words @param {string | Node[]} [value] */
export function markCells(m, words, value = m.label) {
  return [m.category, m.series, value, m.formula ? labelled(m.status_name, m.formula, words) : m.status_name,
    m.when || m.period || words.notYear, m.sources.map((s) => s.cite).join(LIST_SEPARATOR[words.lang])];
}

/** The tooltip's lines for mark `m` (from `Chart.mark`), as [text, class] pairs. */
/** @param {MarkView} m @param {Words} words @returns {[string, string][]} */
export function markLines(m, words) {
  /** @type {[string, string][]} */
  const lines = [
    [m.when === "" && m.period === "" ? m.zone_name : `${m.zone_name} · ${m.when || m.period || words.notYear}`, "title"],
    [m.indicator_name, "meta"],
    [m.label, "value"],
  ];
  if (m.full !== m.label) lines.push([m.full, "meta"]);
  lines.push([m.formula ? labelled(m.status_name, m.formula, words) : m.status_name, "meta"]);
  for (const s of m.sources) lines.push([labelled(words.source, s.cite, words), "meta"]);
  if (m.notes) lines.push([m.notes, "meta"]);
  if (m.quote) lines.push([labelled(words.quote, `“${m.quote}”`, words), "meta"]);
  return lines;
}

/** Fills the tooltip and places it and the focus ring beside mark `m`, inside a w × h box.
 *  @param {HTMLElement} tip @param {HTMLElement} ring @param {MarkView} m @param {Words} words
 *  @param {number} w @param {number} h @returns {string} what the tooltip says, for the live region */
export function showTip(tip, ring, m, words, w, h) {
  tip.replaceChildren();
  for (const [text, cls] of markLines(m, words)) {
    const el = document.createElement(cls === "title" ? "strong" : "div");
    if (cls !== "title") el.className = cls;
    el.textContent = text;
    tip.append(el);
  }
  Object.assign(ring.style, { left: `${m.x0 - 3}px`, top: `${m.y0 - 3}px`, width: `${m.x1 - m.x0 + 6}px`, height: `${m.y1 - m.y0 + 6}px` });
  ring.hidden = false;
  tip.hidden = false;
  const tw = tip.offsetWidth, th = tip.offsetHeight;
  let x = m.x1 + 10;
  if (x + tw > w) x = Math.max(0, m.x0 - tw - 10);
  tip.style.left = `${x}px`;
  tip.style.top = `${Math.max(0, Math.min((m.y0 + m.y1) / 2 - th / 2, h - th))}px`;
  return [...tip.children].map((c) => c.textContent).join(LIST_SEPARATOR[words.lang]);
}

/** Wires a chart's canvas, in the explorer as in the embed: the pointer shows the mark under
 *  it, the arrow keys, Home and End move between marks and Escape clears, a mouse leaving or
 *  the focus going hides the tooltip. `v.chart()` is the chart drawn (or none), `v.focus()`
 *  the mark focused; `v.move(i, announce)` focuses mark `i` (-1: none), `v.hide()` hides. */
/** @param {HTMLCanvasElement} canvas
 *  @param {{ chart: () => Chart | null, focus: () => number, move: (i: number, announce: boolean) => void, hide: () => void }} v */
export function wireMarks(canvas, v) {
  const point = (e) => {
    const chart = v.chart();
    if (!chart) return;
    const r = canvas.getBoundingClientRect();
    const i = chart.hit(e.clientX - r.left, e.clientY - r.top);
    if (i >= 0) v.move(i, false);
    else v.hide();
  };
  canvas.addEventListener("pointermove", point);
  canvas.addEventListener("pointerdown", point);
  canvas.addEventListener("pointerleave", (e) => e.pointerType === "mouse" && v.hide());
  canvas.addEventListener("blur", () => v.hide());
  canvas.addEventListener("keydown", (e) => {
    const n = v.chart()?.markCount ?? 0;
    const next = n ? keyFocus(e.key, v.focus(), n) : null;
    if (next === null) return;
    e.preventDefault();
    v.move(next, true);
  });
}

/** The mark focused after key `key` (of `n` marks, `focus` now), -1 to clear, or null if not ours. */
/** @param {string} key @param {number} focus @param {number} n @returns {number | null} */
function keyFocus(key, focus, n) {
  const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  if (key in moves) return focus < 0 ? 0 : (focus + moves[key] + n) % n;
  if (key === "Home") return 0;
  if (key === "End") return n - 1;
  if (key === "Escape") return -1;
  return null;
}
