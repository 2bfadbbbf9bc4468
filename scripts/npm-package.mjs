// Makes a directory wasm-bindgen wrote into an npm package, and its glue safe to call early.
// Usage: node scripts/npm-package.mjs DIR [NAME DESCRIPTION]   (scripts/build.sh runs it
// after wasm-bindgen, before the glue is minified)
// - The glue: any call before init() throws "call init() first" (wasm-bindgen's glue would
//   fail with "Cannot read properties of undefined").
// - With NAME: DIR/package.json as wasm-pack writes it (name, version, module/exports, types,
//   files, sideEffects, license, repository), its version, license and repository read from
//   Cargo.toml: the version is written once, there.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const [dir, name, description] = process.argv.slice(2);
const glue = `${dir}/gansu_zones.js`;
let js = readFileSync(glue, "utf8");
// Replaces `from` exactly `count` times, or fails the build: a glue whose shape changed must
// not ship without the guard.
const replace = (from, to, count) => {
  const parts = js.split(from);
  if (parts.length - 1 !== count) throw new Error(`${glue}: expected ${count} × ${JSON.stringify(from)}, found ${parts.length - 1}`);
  js = parts.join(to);
};
replace("let wasmModule, wasmInstance, wasm;", `let wasmModule, wasmInstance;
// Until init() has run, every use of the wasm's exports throws this.
const NOT_READY = new Proxy({}, { get() { throw new Error("gansu-zones: call init() first (and await it)"); } });
let wasm = NOT_READY;`, 1);
replace("if (wasm !== undefined) return wasm;", "if (wasm !== NOT_READY) return wasm;", 2);
// A chart's parameters as an object ({period: 2024, zones: ["lanbai"]}) are read as the query
// string they stand for, by the same Rust parser (same checks, same messages): undefined and
// null values are left out, arrays joined with commas (String()), and `&` (and `=` in a key)
// escaped, so no value can add a parameter. Any other value, and the chart's id, are passed
// as String() writes them, for the error to name (`unknown chart "undefined"`). In JS because
// it is a tenth of the bytes in wasm.
replace("let wasm = NOT_READY;", `let wasm = NOT_READY;
const queryOf = (p) => p == null ? p : typeof p !== "object" ? String(p) : Object.entries(p).filter(([, v]) => v != null)
    .map(([k, v]) => k.replace(/[&=]/g, encodeURIComponent) + "=" + String(v).replace(/&/g, "%26")).join("&");`, 1);
// Every function whose Rust parameters are `ID: &str, params: Option<String>` (Chart's
// constructor, choices).
const takes = /^( *)((?:constructor|export function \w+)\((\w+), params\) \{\n)/gm;
if (!takes.test(js)) throw new Error(`${glue}: no function takes params`);
js = js.replace(takes, "$1$2$1    $3 = String($3), params = queryOf(params);\n");
// The parameters may be left out: `new Chart("tax")`.
const dts = `${dir}/gansu_zones.d.ts`;
const types = readFileSync(dts, "utf8");
const optional = types.replaceAll("params: string | ChartParams)", "params?: string | ChartParams)");
if (optional === types) throw new Error(`${dts}: no params: string | ChartParams`);
writeFileSync(dts, optional);
writeFileSync(glue, js);

if (name) {
  // Cargo.toml's [package] table: `key = "value"` lines up to the next table.
  const cargo = readFileSync("Cargo.toml", "utf8").split(/^\[/m).find((t) => t.startsWith("package]"));
  const field = (key) => cargo.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
  const version = field("version");
  if (!/^\d+\.\d+\.\d+$/.test(version ?? "")) throw new Error(`Cargo.toml: no version x.y.z (${version})`);
  const repository = field("repository");
  const files = ["gansu_zones_bg.wasm", "gansu_zones.js", "gansu_zones.d.ts", "gansu_zones_bg.wasm.d.ts"];
  // The cores carry no data: their data files ship beside them (`loadData`).
  const data = existsSync(`${dir}/data/all.txt`);
  if (data) files.push("data/");
  const pkg = {
    name,
    version,
    description,
    license: field("license"),
    ...(repository && { repository: { type: "git", url: `git+${repository}.git`, directory: dir.replace(/^.*?\bpkg\b/, "pkg") } }),
    type: "module",
    files,
    main: "gansu_zones.js",
    module: "gansu_zones.js",
    types: "gansu_zones.d.ts",
    exports: {
      ".": { types: "./gansu_zones.d.ts", default: "./gansu_zones.js" },
      "./gansu_zones_bg.wasm": "./gansu_zones_bg.wasm",
      ...(data && { "./data/*": "./data/*" }),
      "./package.json": "./package.json",
    },
    sideEffects: ["./snippets/*"],
    keywords: ["gansu", "charts", "wasm", "economy", "china"],
  };
  writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + "\n");
}
