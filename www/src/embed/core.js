// Loading the core: one wasm module per data version, shared by every chart of the page,
// with a bound on how long it may take and a reason a developer can act on when it fails.
import { CORE, TIMEOUT } from "./config.js";
import { ROOT } from "./where.js";

// One module per data version ("" is the live one), imported and instantiated once;
// `ready` holds those loaded, for what must draw at once (printing).
const cores = new Map();
export const ready = new Map();
export function core(version) {
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
