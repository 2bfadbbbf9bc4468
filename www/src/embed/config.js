// The embed's constants: plain values, no DOM, so tools read them too (scripts/check-size.sh
// imports CORE to count the core an article loads).

import { PARAMS } from "../shared/rules.js";

export const NAME = "gansu-zones-chart";
// Where the core (wasm-bindgen's JS glue and the wasm) lives, from the site's root;
// frozen data versions live in versions/<version>/.
export const CORE = "pkg/embed/";
// Data versions frozen while the core still carried its data: their cores need no data
// file. Every later core is code only and reads data/<view part>.txt or data/all.txt
// beside it (the build writes them: `gansu-zones data`).
export const BUNDLED = ["2026-11-21"];
export const MARGIN = 400; // lazy charts start loading this many px from the viewport
// A chart in the first screen starts while the page is parsed; which core it loads waits for
// the end of the parse (core.js), at most this many ms: an article's HTML arrives whole and
// parses in a few ms, unless its own blocking scripts hold it.
export const PARSE_WAIT = 200;
// The element's attributes: the chart, the parameters the core reads, and its own sizes.
export const ATTRS = ["chart", ...PARAMS, "heights", "height"];
