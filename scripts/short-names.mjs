// Gives the wasm's imports and exports one- or two-letter names, and renames them to match
// in wasm-bindgen's (minified) glue and the wasm's .d.ts. wasm-bindgen names imports like
// `__wbg_set_fillStyle_95fde67582a9c695`: each name is written in the wasm and again in
// the glue, and the hashes do not compress. binaryen does the renaming and prints the map.
// Usage: node scripts/short-names.mjs DIR [WASM_OPT_FLAGS...]   (DIR holds gansu_zones.js and
// gansu_zones_bg.wasm; the flags are the features scripts/build.sh enables)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const [dir, ...features] = process.argv.slice(2);
const wasm = `${dir}/gansu_zones_bg.wasm`;
const glue = `${dir}/gansu_zones.js`;
// The wasm's exports are typed twice: in its own .d.ts, and as `InitOutput` in the glue's.
const types = `${dir}/gansu_zones_bg.wasm.d.ts`;
const glueTypes = `${dir}/gansu_zones.d.ts`;

const map = JSON.parse(
  execFileSync("node_modules/.bin/wasm-opt", [
    // `-ol 2 -s 2`: written at -Oz's levels, so the binary keeps the optimized stack IR that
    // a plain rewrite would drop (−154 bytes gzip on the embed; no passes run besides the renaming).
    wasm, "--minify-imports-and-exports-and-modules", "-ol", "2", "-s", "2",
    ...features, "-o", wasm,
  ], { encoding: "utf8" }),
);
const module = new WebAssembly.Module(readFileSync(wasm));
const newModule = new Set(WebAssembly.Module.imports(module).map((i) => i.module));
if (newModule.size !== 1) throw new Error(`expected one import module, found ${[...newModule]}`);

const escape = (s) => s.replace(/[$.]/g, "\\$&");
let js = readFileSync(glue, "utf8");
// Replaces every match of `pattern` (one capture group around the name), and insists the
// name was there: a glue whose shape changed must fail the build, not load a broken wasm.
const rename = (pattern, to, what) => {
  let hits = 0;
  js = js.replace(pattern, (whole, name) => (hits++, whole.replace(name, to)));
  if (!hits) throw new Error(`${glue}: ${what} not found`);
};
const modules = new Set(map.imports.map(([m]) => m));
for (const m of modules) rename(new RegExp(`(${escape(JSON.stringify(m))}):\\{`, "g"), [...newModule][0], `import module ${m}`);
for (const [, name, short] of map.imports) rename(new RegExp(`\\b(${escape(name)}):function`, "g"), short, `import ${name}`);
let dts = readFileSync(types, "utf8");
let [before, init, after] = readFileSync(glueTypes, "utf8").split(/(export interface InitOutput \{[^}]*\})/);
if (init === undefined) throw new Error(`${glueTypes}: no InitOutput interface`);
for (const [name, short] of map.exports) {
  // Exports the glue never calls (wasm-bindgen's abort hooks) are only renamed in the wasm.
  const calls = new RegExp(`\\.(${escape(name)})\\b`, "g");
  if (js.match(calls)) rename(calls, short, `export ${name}`);
  dts = dts.replace(new RegExp(`export const ${escape(name)}:`), `export const ${short}:`);
  init = init.replace(new RegExp(`readonly ${escape(name)}:`), `readonly ${short}:`);
}
writeFileSync(glue, js);
writeFileSync(types, dts);
writeFileSync(glueTypes, before + init + after);

// The renamed pair must still work together: a glue pattern this script missed (after a
// wasm-bindgen upgrade) leaves an import unnamed or an export call dangling, and would only
// fail in a reader's browser. So the glue is loaded here, in Node, with the wasm, and called.
const { existsSync, mkdtempSync, rmSync } = await import("node:fs");
const { tmpdir } = await import("node:os");
const scratch = mkdtempSync(`${tmpdir()}/short-names-`);
try {
  writeFileSync(`${scratch}/glue.mjs`, js);
  const m = await import(`${scratch}/glue.mjs`);
  m.initSync({ module: readFileSync(wasm) });
  const charts = m.charts();
  if (!charts.length) throw new Error("charts() answered none");
  // The embed's core carries no data: it reads the file the build wrote beside it.
  // (A one-chart core, pkg/embed/charts/ID/, reads the all-charts core's, two levels up.)
  if (m.loadData) m.loadData(readFileSync([`${dir}/data/all.txt`, `${dir}/../../data/all.txt`].find(existsSync), "utf8"));
  new m.Chart(charts[0].id, "").free();
} catch (e) {
  throw new Error(`${glue}: the renamed glue and wasm do not work together (${e.message}); scripts/short-names.mjs must follow wasm-bindgen's glue`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
