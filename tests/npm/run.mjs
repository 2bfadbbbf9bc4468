// The packages as a web developer gets them: `npm pack`s pkg/ and pkg/embed/, installs the
// tarballs into a scratch project, type-checks a typed example and every real value the API
// answers against the .d.ts (tsc --noEmit, strict), bundles a page with esbuild, loads
// another with a plain <script type="module">, and runs the README's "wasm API" examples, each
// drawing charts in headless Chromium. Run: node tests/npm/run.mjs (after scripts/build.sh)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, startServer, launch, openPage } from "../e2e/harness.mjs";

const HERE = path.join(ROOT, "tests/npm");
const scratch = mkdtempSync(path.join(tmpdir(), "gz-npm-"));
const project = path.join(scratch, "project");
const run = (cmd, args, cwd = project) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const tsc = (dir) => {
  try {
    run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", dir]);
  } catch (e) {
    assert.fail(`tsc --noEmit failed:\n${e.stdout}${e.stderr}`);
  }
};
const TSCONFIG = {
  compilerOptions: {
    strict: true, noEmit: true, target: "es2022", module: "esnext", moduleResolution: "bundler",
    lib: ["es2022", "dom", "esnext.disposable"], skipLibCheck: false, types: [],
  },
};
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
// The README's "wasm API" section, up to the next `## ` heading: its code blocks are the tests.
const apiSection = readme.split(/^## /m).find((s) => s.startsWith("wasm API"));
const blocks = (lang) => [...apiSection.matchAll(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```", "gm"))].map((m) => m[1]);
const version = JSON.parse(readFileSync(path.join(ROOT, "pkg/package.json"), "utf8")).version;
const cargoVersion = readFileSync(path.join(ROOT, "Cargo.toml"), "utf8").match(/^version = "(.*)"/m)[1];

let browser, server;
const tarballs = {};
before(async () => {
  mkdirSync(path.join(project, "dist"), { recursive: true });
  // No 404 for the icon a browser may ask for.
  for (const dir of ["", "dist"]) writeFileSync(path.join(project, dir, "favicon.ico"), "");
  for (const dir of ["pkg", "pkg/embed"]) {
    const [info] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", scratch, path.join(ROOT, dir)], ROOT));
    tarballs[dir] = info;
  }
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error",
    ...Object.values(tarballs).map((t) => path.join(scratch, t.filename))]);
  browser = await launch();
  server = await startServer({ root: project, headers: path.join(scratch, "no-headers") });
});
after(async () => {
  await browser?.close();
  server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens `file` of the project; the page sets window.__done (or throws). */
async function runPage(file) {
  const page = await openPage(browser, `${server.url}/${file}`);
  await page.waitForFunction(() => window.__done || window.__failed, { timeout: 20000 }).catch(() => {});
  const failed = await page.evaluate(() => window.__failed);
  const problems = page.problems.filter((p) => !p.includes("favicon"));
  assert.deepEqual(problems, [], `${file}: ${problems.join("\n")}`);
  assert.equal(failed, undefined, `${file}: ${failed}`);
  assert.ok(await page.evaluate(() => window.__done), `${file} did not finish`);
  return page;
}

/** Whether a canvas of the page has ink (anything not white or transparent). */
const inked = (page) => page.evaluate(() => [...document.querySelectorAll("canvas")].map((c) => {
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 3] && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) ink++;
  return ink;
}));

test("npm pack: the packages hold the glue, its types and the wasm (and the embed its data), with the version of Cargo.toml", () => {
  for (const [dir, name] of [["pkg", "gansu-zones"], ["pkg/embed", "gansu-zones-embed"]]) {
    const t = tarballs[dir];
    assert.equal(t.name, name);
    assert.equal(t.version, cargoVersion);
    const files = t.files.map((f) => f.path);
    assert.deepEqual(files.filter((f) => !f.startsWith("data/")).sort(),
      ["gansu_zones.d.ts", "gansu_zones.js", "gansu_zones_bg.wasm", "gansu_zones_bg.wasm.d.ts", "package.json"]);
    // The cores carry no data: the whole file ships beside each, and the embed's views' parts.
    const data = files.filter((f) => f.startsWith("data/"));
    if (dir === "pkg") assert.deepEqual(data, ["data/all.txt"]);
    else assert.ok(data.includes("data/all.txt") && data.includes("data/gdp-by-zone.period-2024.txt") && data.length > 200, `${data.length} data files`);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, dir, "package.json"), "utf8"));
    for (const key of ["module", "types", "exports", "sideEffects", "license", "files", "description"]) assert.ok(pkg[key], `${dir}: ${key}`);
    assert.equal(pkg.type, "module");
  }
  assert.equal(version, cargoVersion);
});

test("tsc --noEmit: the typed example compiles and its misuses do not", () => {
  cpSync(path.join(HERE, "typed.ts"), path.join(project, "typed.ts"));
  writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ ...TSCONFIG, files: ["typed.ts"] }));
  tsc(project);
});

test("tsc --noEmit: every value the API answers matches its interface in the .d.ts", () => {
  // The installed package, in Node: initSync with the wasm's bytes (no canvas needed to build
  // charts and read their marks; their boxes are 0 before a draw).
  writeFileSync(path.join(project, "collect.mjs"), `
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as gz from "gansu-zones";
const wasm = readFileSync(new URL("node_modules/gansu-zones/gansu_zones_bg.wasm", import.meta.url));
gz.initSync({ module: wasm });
gz.loadData(readFileSync(new URL("node_modules/gansu-zones/data/all.txt", import.meta.url), "utf8"));
const marks = [];
for (const c of gz.charts()) for (const lang of ["zh", "en"]) {
  const chart = new gz.Chart(c.id, { lang });
  for (let i = 0; i < chart.markCount; i++) marks.push(chart.mark(i));
}
const values = {
  ChartInfo: gz.charts(), MarkView: marks, Fact: gz.facts(), SeriesPoint: gz.series("lanzhou-htz", "gdp"),
  Zone: gz.zones(), Indicator: gz.indicators(), Source: gz.sources(),
  ExploreState: [gz.explore("indicator", "zones=nowhere&indicator=gdp&period=2023"), gz.explore("", "")],
  Choices: gz.charts().map((c) => gz.choices(c.id, "lang=en")),
};
process.stdout.write(JSON.stringify(values));
`);
  const values = JSON.parse(run(process.execPath, ["collect.mjs"]));
  assert.ok(values.MarkView.length > 100 && values.Fact.length > 100);
  // The explorer's fields of the whole data file: every source's seed file, the zones' notes.
  assert.ok(values.Source.every((s) => s.seed.endsWith(".txt")) && values.Zone.some((z) => z.note_zh && z.note_en));
  // Object literals assigned to an interface: a missing field, an extra field, a wrong type
  // or a value outside a union of literals is a compile error.
  const ts = [`import type { ${Object.keys(values).join(", ")} } from "gansu-zones";`];
  for (const [type, list] of Object.entries(values)) ts.push(`export const ${type}_values: ${type}[] = ${JSON.stringify(list, null, 1)};`);
  writeFileSync(path.join(project, "values.ts"), ts.join("\n"));
  writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ ...TSCONFIG, files: ["values.ts"] }));
  tsc(project);
});

test("tsc --noEmit: the README's TypeScript examples compile", () => {
  const ts = blocks("ts");
  assert.ok(ts.length >= 1, "the README's wasm API section has a ts example");
  const files = ts.map((code, i) => (writeFileSync(path.join(project, `readme-${i}.ts`), `export {};\n${code}`), `readme-${i}.ts`));
  // What esbuild's file loader gives a wasm import, as a project using it declares.
  writeFileSync(path.join(project, "wasm.d.ts"), `declare module "*.wasm" { const url: string; export default url; }\ndeclare module "*.txt" { const url: string; export default url; }\n`);
  files.push("wasm.d.ts");
  writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ ...TSCONFIG, files }));
  tsc(project);
});

test("parameters as an object are the query string they stand for: same charts, same messages", () => {
  writeFileSync(path.join(project, "params.mjs"), `
import { readFileSync } from "node:fs";
import * as gz from "gansu-zones";
import * as embed from "gansu-zones-embed";
gz.initSync({ module: readFileSync(new URL("node_modules/gansu-zones/gansu_zones_bg.wasm", import.meta.url)) });
gz.loadData(readFileSync(new URL("node_modules/gansu-zones/data/all.txt", import.meta.url), "utf8"));
embed.initSync({ module: readFileSync(new URL("node_modules/gansu-zones-embed/gansu_zones_bg.wasm", import.meta.url)) });
const out = [];
// The embed's core carries no data: it reads the file shipped beside it.
out.push(["loadData", "none yet", (() => { try { new embed.Chart("tax"); return "ok"; } catch (e) { return e.message; } })(), "no data yet: give the core data/all.txt or a view's part with loadData(text)"]);
out.push(["loadData", "malformed", (() => { try { embed.loadData("X1\\tfoo\\n"); return "ok"; } catch (e) { return e.message; } })(), 'data: a line starts with "X1"']);
embed.loadData(readFileSync(new URL("node_modules/gansu-zones-embed/data/all.txt", import.meta.url), "utf8"));
out.push(["loadData", "another version", (() => { try { embed.loadData("V0\\t1999-01-01\\n"); return "ok"; } catch (e) { return e.message; } })(), "data version 1999-01-01 given to a core holding " + embed.dataVersion()]);
const outcome = (f) => { try { return "ok " + f(); } catch (e) { return (e instanceof Error ? "Error " : "not an Error ") + e.message; } };
const cases = [
  [{ period: 2023, lang: "en", zones: ["lanzhou-htz", "zhangye-etdz"] }, "period=2023&lang=en&zones=lanzhou-htz,zhangye-etdz"],
  [{ zones: "lanbai,lanzhou-htz", theme: "dark" }, "zones=lanbai,lanzhou-htz&theme=dark"],
  [{}, ""], [{ lang: undefined, period: null }, ""], [undefined, ""], [null, "?"],
  [{ lang: "fr" }, "lang=fr"], [{ colour: "red" }, "colour=red"], [{ zones: ["lanbai", "nowhere"] }, "zones=lanbai,nowhere"],
  [{ period: "soon" }, "period=soon"], [{ period: 2024.5 }, "period=2024.5"], [{ period: true }, "period=true"],
  [{ indicator: "gpd" }, "indicator=gpd"], [{ lang: ["en", "zh"] }, "lang=en,zh"],
  [{ lang: "en&theme=dark" }, "lang=en%26theme=dark"], [{ "lang=en&x": "1" }, "lang%3Den%26x=1"],
];
for (const m of [gz, embed]) for (const chart of ["gdp-by-zone", "indicator"]) for (const [object, query] of cases) {
  out.push([chart, JSON.stringify(object) ?? String(object), outcome(() => new m.Chart(chart, object).title()), outcome(() => new m.Chart(chart, query).title())]);
}
out.push(["choices", "", outcome(() => JSON.stringify(gz.choices("indicator", { indicator: "gdp", lang: "en" }))), outcome(() => JSON.stringify(gz.choices("indicator", "indicator=gdp&lang=en")))]);
out.push(["number", "", outcome(() => new gz.Chart("gdp-by-zone", 42).title()), "Error bad parameter 42=\\"\\": unknown parameter; valid ones are zones, indicator, period, lang, theme, version"]);
out.push(["id", "", outcome(() => new embed.Chart(undefined).title()), "Error unknown chart \\"undefined\\"; valid charts: " + embed.charts().map((c) => c.id).join(", ")]);
out.push(["hit", "", outcome(() => new gz.Chart("tax").hit(1, 1)), "ok undefined"]);
out.push(["nan", "", outcome(() => new gz.Chart("tax").hit(NaN, 1)), "Error hit(x, y): x and y must be numbers of CSS px"]);
out.push(["mark", "", outcome(() => new embed.Chart("tax").mark(undefined)), "Error no mark undefined: valid marks are 0 to 1"]);
out.push(["series", "", outcome(() => gz.series("nowhere", "gdp")), "Error unknown zone \\"nowhere\\"; valid zones: " + gz.zones().map((z) => z.id).join(", ")]);
process.stdout.write(JSON.stringify(out));
`);
  const rows = JSON.parse(run(process.execPath, ["params.mjs"]));
  for (const [chart, object, got, want] of rows) assert.equal(got, want, `${chart} ${object}`);
  // Errors say what is wrong and what is right.
  const messages = rows.map((r) => r[2]).filter((m) => m.startsWith("Error"));
  assert.ok(messages.some((m) => m === 'Error bad parameter lang="en%26theme=dark": expected zh or en'), messages.join("\n"));
  assert.ok(messages.some((m) => m.startsWith('Error unknown zone "nowhere"; valid zones: gansu,')));
  assert.ok(rows.filter((r) => r[2].startsWith("ok ")).length >= 8);
});

// The page's own checks, shared by the bundled and the plain page.
const PAGE_CHECKS = `
export async function checks(init, Chart, charts, dataVersion, loadData, initArg) {
  const before = (f) => { try { f(); } catch (e) { return e instanceof Error && e.message; } };
  const early = { message: before(() => charts()) };
  const earlyChart = before(() => new Chart("gdp-by-zone", ""));
  await init(initArg);
  // The view's part of the data, as the README's example gives it, then the whole file.
  for (const f of ["gdp-by-zone.period-2024.txt", "all.txt"]) {
    loadData(await (await fetch("/node_modules/gansu-zones-embed/data/" + f)).text());
  }
  const canvas = document.querySelector("canvas");
  const chart = new Chart("gdp-by-zone", { period: 2024, lang: "en" });
  chart.draw(canvas, 640, 400, 1);
  const m = chart.mark(0);
  const center = chart.hit((m.x0 + m.x1) / 2, (m.y0 + m.y1) / 2);
  const fail = (f) => { try { f(); } catch (e) { return e instanceof Error && e.message; } };
  window.__result = {
    early: early.message, earlyChart,
    version: dataVersion(), charts: charts().length, marks: chart.markCount, center, corner: chart.hit(1, 1),
    sameTitle: new Chart("gdp-by-zone", "period=2024&lang=en").title() === chart.title(),
    badZone: fail(() => new Chart("gdp-by-zone", { zones: ["nowhere"] })),
    badMark: fail(() => chart.mark(chart.hit(1, 1))),
  };
}
`;
const expectPage = async (page) => {
  const r = await page.evaluate(() => window.__result);
  assert.match(r.early, /call init\(\) first/);
  assert.match(r.earlyChart, /call init\(\) first/);
  assert.match(r.version, /^\d{4}-\d\d-\d\d$/);
  assert.ok(r.charts >= 10 && r.marks > 0);
  assert.equal(r.center, 0);
  assert.equal(r.corner, undefined);
  assert.ok(r.sameTitle);
  assert.match(r.badZone, /unknown zone "nowhere"; valid zones: gansu, /);
  assert.match(r.badMark, /^no mark undefined: valid marks are 0 to \d+$/);
  const [ink] = await inked(page);
  assert.ok(ink > 1000, `the chart is drawn (${ink} inked pixels)`);
};

test("esbuild bundles a page that imports the package and draws a chart", async () => {
  writeFileSync(path.join(project, "checks.js"), PAGE_CHECKS);
  writeFileSync(path.join(project, "bundled.js"), `
import init, { Chart, charts, dataVersion, loadData } from "gansu-zones-embed";
import wasm from "gansu-zones-embed/gansu_zones_bg.wasm";
import * as full from "gansu-zones";
import fullWasm from "gansu-zones/gansu_zones_bg.wasm";
import fullData from "gansu-zones/data/all.txt";
import { checks } from "./checks.js";
try {
  await checks(init, Chart, charts, dataVersion, loadData, { module_or_path: wasm });
  await full.default({ module_or_path: fullWasm });
  full.loadData(await (await fetch(fullData)).text());
  window.__result.svg = new full.Chart("tax", "lang=en").svg(400, 300).slice(0, 4);
  window.__done = true;
} catch (e) { window.__failed = String(e.stack || e); }
`);
  run(path.join(ROOT, "node_modules/.bin/esbuild"), ["bundled.js", "--bundle", "--format=esm", "--loader:.wasm=file",
    "--loader:.txt=file", "--outdir=dist", "--log-level=warning"]);
  writeFileSync(path.join(project, "dist/index.html"), `<!doctype html><meta charset="utf-8"><canvas></canvas><script type="module" src="bundled.js"></script>`);
  assert.equal(readdirSync(path.join(project, "dist")).filter((f) => f.endsWith(".wasm")).length, 2);
  const page = await runPage("dist/index.html");
  await expectPage(page);
  assert.equal(await page.evaluate(() => window.__result.svg), "<svg");
  await page.close();
});

test("a plain <script type=\"module\"> imports the installed package and draws a chart", async () => {
  writeFileSync(path.join(project, "plain.js"), `
import init, { Chart, charts, dataVersion, loadData } from "./node_modules/gansu-zones-embed/gansu_zones.js";
import { checks } from "./checks.js";
try { await checks(init, Chart, charts, dataVersion, loadData); window.__done = true; } catch (e) { window.__failed = String(e.stack || e); }
`);
  writeFileSync(path.join(project, "plain.html"), `<!doctype html><meta charset="utf-8"><canvas></canvas><script type="module" src="plain.js"></script>`);
  const page = await runPage("plain.html");
  await expectPage(page);
  await page.close();
});

// A README example's lines `EXPRESSION; // → VALUE` check the value (JSON-equal) and
// `STATEMENT; // throws: TEXT` check that it throws an Error whose message holds TEXT.
function instrument(code) {
  return code.split("\n").map((line, n) => {
    let m = line.match(/^(\s*)(.*?);?\s*\/\/ → (.*)$/);
    if (m) return `${m[1]}__expect(() => (${m[2]}), ${JSON.stringify(m[3])}, ${n + 1});`;
    m = line.match(/^(\s*)(.*?);?\s*\/\/ throws: (.*)$/);
    if (m) return `${m[1]}__throws(() => { ${m[2]}; }, ${JSON.stringify(m[3])}, ${n + 1});`;
    return line;
  }).join("\n");
}
const HELPERS = `
window.__expect = (f, want, line) => {
  const got = f();
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b) && (a === undefined) === (b === undefined);
  if (!same(got, (0, eval)("(" + want + ")"))) throw new Error("line " + line + ": got " + JSON.stringify(got) + ", README says " + want);
};
window.__throws = (f, want, line) => {
  try { f(); } catch (e) {
    if (!(e instanceof Error) || !e.message.includes(want)) throw new Error("line " + line + ": threw " + e + ", README says " + want);
    return;
  }
  throw new Error("line " + line + ": did not throw " + want);
};`;

test("the README's wasm API examples run as written", async () => {
  const js = blocks("js");
  assert.ok(js.length >= 2, "the README's wasm API section has js examples");
  const html = blocks("html");
  assert.ok(html.length >= 1, "the README's wasm API section has a plain <script type=module> page");
  writeFileSync(path.join(project, "helpers.js"), HELPERS);
  // The first html block is the page the js blocks run in: its module script is replaced by each.
  const [pageHtml] = html;
  assert.match(pageHtml, /<script type="module">[\s\S]*<\/script>/);
  for (const [i, code] of js.entries()) {
    writeFileSync(path.join(project, `readme-${i}.js`), `${instrument(code)}\nwindow.__done = true;\n`);
    const page = pageHtml.replace(/<script type="module">[\s\S]*<\/script>/,
      `<script src="helpers.js"></script><script type="module" src="readme-${i}.js"></script>`);
    writeFileSync(path.join(project, `readme-${i}.html`), page);
    const p = await runPage(`readme-${i}.html`);
    await p.close();
  }
  for (const [i, page] of html.entries()) {
    const file = `readme-page-${i}.html`;
    writeFileSync(path.join(project, file), page.replace(/(<script type="module">[\s\S]*?)<\/script>/, "$1\nwindow.__done = true;\n</script>"));
    const p = await runPage(file);
    const ink = await inked(p);
    assert.ok(ink.length && ink.every((n) => n > 1000), `${file} draws its charts (${ink})`);
    await p.close();
  }
});
