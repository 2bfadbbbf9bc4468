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
// This is the source's entry; the modules beside it: config (constants), words, where (the
// script's own URL), core (loading the wasm and the data), parts (which data file a view reads), schedule (when charts draw), dom, sizes,
// noscript (the fallback, read as data) and element (the element itself). Articles load
// www/embed.js: these files with ../shared/marks.js and the sheet, bundled and minified by
// scripts/bundle.sh into one classic script, not a module, on purpose: loaded before the
// first element, it defines the element while the page is parsed, so each chart reserves
// its height before the first paint and the article does not shift. The wasm core loads
// lazily.
import { NAME } from "./config.js";
import { GansuZonesChart } from "./element.js";

// Each snippet carries the script: the first one defines the element; the others run
// again (a few unused objects) and define nothing.
if (!customElements.get(NAME)) customElements.define(NAME, GansuZonesChart);
