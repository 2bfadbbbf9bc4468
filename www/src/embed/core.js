// Loading the core: one wasm module per data version, shared by every chart of the page,
// and the data it reads (each chart's view part, fetched beside the wasm), with a bound on
// how long it may take and a reason a developer can act on when it fails.
import { BUNDLED, CORE, NAME, PARSE_WAIT } from "./config.js";
import { bounded } from "../shared/bounded.js";
import { CHARTS } from "../shared/rules.js";
import { ROOT } from "./where.js";
export { part } from "./parts.js";

// Which core a chart loads: the all-charts core, or on a page that shows one chart, that
// chart's own module (pkg/embed/charts/ID/: a seventh lighter, bench/SIZE.md). Decided once
// per data version, from the page's charts, so once the page has been parsed: a chart that
// starts while it is parsed (one in the first screen) waits for the end of the parse, up to
// PARSE_WAIT ms, and fetches its data part meanwhile (a page that its own scripts hold
// longer gets the all-charts core, not a late chart). The one-chart module only if all the
// page's charts of that version are that one chart, so a page never loads two cores,
// unless a chart added later shows another chart.
const decided = new Map(); // version -> promise of the decision
const single = new Map(); // version -> the chart whose own core the page uses, or null
function decide(version) {
  if (!decided.has(version)) {
    decided.set(version, parsed().then(() => {
      const ids = new Set();
      for (const e of document.querySelectorAll(NAME)) {
        if ((e.getAttribute("version") ?? "").trim() === version) ids.add((e.getAttribute("chart") ?? "").trim());
      }
      const [only] = ids;
      single.set(version, document.readyState !== "loading" && ids.size === 1 && CHARTS.includes(only) ? only : null);
    }));
  }
  return decided.get(version);
}
const parsed = () => new Promise((resolve) => {
  if (document.readyState !== "loading") return resolve();
  const done = () => (clearTimeout(timer), document.removeEventListener("readystatechange", done), resolve());
  const timer = setTimeout(done, PARSE_WAIT);
  document.addEventListener("readystatechange", done);
});
/** The module directory of chart `id`'s core within its version: undefined until decided. */
function modOf(version, id) {
  if (BUNDLED.includes(version)) return "";
  if (!single.has(version)) return undefined;
  return single.get(version) === id ? `charts/${id}/` : "";
}

// One module per data version ("" is the live one) and core, imported and instantiated once;
// `ready` holds those loaded, for what must draw at once (printing).
const cores = new Map();
const ready = new Map();
const dirOf = (version) => new URL(version ? `versions/${version}/` : CORE, ROOT);
/** The loaded core a chart of `version` showing chart `id` would use, if any. */
export const readyCore = (version, id) => ready.get(`${version} ${modOf(version, id)}`);
function core(version, mod) {
  const key = `${version} ${mod}`;
  if (!cores.has(key)) {
    const dir = new URL(mod, dirOf(version));
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
        m.charts();
      } catch (e) {
        throw mismatch(wasmUrl, e);
      }
      ready.set(key, m);
      return m;
    })();
    cores.set(key, bounded(load, `${dir.href} (the glue, the wasm or its instantiation)`));
  }
  return cores.get(key);
}

// Data parts given to a core, by "version core name": each fetched once per version and
// name (in parallel with the core, whichever core reads it) and loaded once per core; `has`
// for what must draw at once (printing).
const texts = new Map();
const given = new Map();
const had = new Set();
export const has = (version, id, name) => BUNDLED.includes(version) || had.has(`${version} ${modOf(version, id)} ${name}`);

/** The core for a chart `id` of `version`, once it holds the data part `name`: resolves to
 *  the module. */
export function withData(version, id, name) {
  if (BUNDLED.includes(version)) return core(version, "");
  const at = `${version} ${name}`;
  if (!texts.has(at)) {
    const text = bounded(fetchPart(version, name), `${dirOf(version).href}data/${name}`);
    text.catch(() => texts.delete(at)); // a later change of attributes tries again
    texts.set(at, text);
  }
  const text = texts.get(at);
  return decide(version).then(() => {
    const mod = modOf(version, id);
    const key = `${version} ${mod} ${name}`;
    if (!given.has(key)) {
      // The core first: when both fail, its error is the one a developer needs.
      given.set(key, core(version, mod).then(async (m) => {
        m.loadData(await text);
        had.add(key);
        return m;
      }));
      given.get(key).catch(() => given.delete(key)); // a later change of attributes tries again
    }
    return given.get(key);
  });
}

/** A view's part, or the whole file where the build wrote no part for the view (a period
 *  the chart does not offer: one 404, then the whole file, which lets the core say so). */
async function fetchPart(version, name) {
  const url = new URL(`data/${name}`, dirOf(version)).href;
  const r = await fetch(url).catch((e) => why(url, e));
  if (r.status === 404 && name !== "all.txt") return fetchPart(version, "all.txt");
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
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
