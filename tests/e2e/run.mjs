// End-to-end tests of the explorer in headless Chromium. Run: node tests/e2e/run.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, CLI, openPage, shot, server, browser, useShared } from "./harness.mjs";

useShared();

const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready, { timeout: 20000 });
const open = async (query = "", opts) => {
  const page = await openPage(browser, `${server.url}/index.html${query}`, opts);
  await ready(page);
  return page;
};
const text = (page, sel) => page.$eval(sel, (e) => e.textContent);
const params = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
const csvRows = () => execFileSync(CLI, ["csv"]).toString().trim().split("\n").length - 1;

/** Moves the mouse along the plot until the tooltip appears; returns its text. */
async function hoverFirstMark(page) {
  const r = await page.$eval("#canvas", (c) => c.getBoundingClientRect().toJSON());
  for (let x = 10; x < r.width; x += 8) {
    await page.mouse.move(r.left + x, r.top + r.height * 0.7);
    if (await page.$eval("#tip", (t) => !t.hidden)) return text(page, "#tip");
  }
  return "";
}

test("the server sends wasm as application/wasm", async () => {
  const res = await fetch(`${server.url}/pkg/gansu_zones_bg.wasm`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "application/wasm");
});

test("the explorer opens on a drawn chart, its table, the sources and all data", async () => {
  const page = await open("?lang=zh");
  assert.equal(await page.$eval("#chart-select", (s) => s.value), "gdp-by-zone");
  assert.match(await text(page, "#chart-desc"), /最高：兰州经开区 445亿元/);
  const rows = await page.$$eval("#chart-table tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.equal(rows.length, 4);
  assert.equal(rows[0][0], "兰州经开区");
  assert.match(rows[0][2], /44,500,000,000元/);
  assert.match(rows[0][5], /新甘肃·甘肃日报/);
  // The whole dataset is built when opened.
  await page.click("#all-data summary");
  await page.waitForFunction(() => document.querySelectorAll("#data tbody tr").length > 0);
  assert.equal(await page.$$eval("#data tbody tr", (t) => t.length), csvRows());
  assert.equal(await page.$$eval("#sources > li", (l) => l.length), 5);
  // The canvas bitmap follows the pixel ratio.
  const [bw, cw] = await page.$eval("#canvas", (c) => [c.width, c.clientWidth]);
  assert.equal(bw, cw);
  assert.deepEqual(page.problems, []);
  await shot(page, "explorer-1280-zh");
  await page.close();
});

test("each control redraws the chart and lands in the URL; back and forward restore", async () => {
  const page = await open("?lang=en");
  await page.select("#period-select", "2023");
  assert.equal((await params(page)).period, "2023");
  assert.match(await text(page, "#chart-desc"), /GDP by zone, 2023/);
  // The zones drawn are ticked; unticking all but one leaves that one, in the same year.
  for (const z of await page.$$eval("#zones input:checked", (b) => b.map((x) => x.value))) {
    if (z !== "lanzhou-htz") await page.click(`#zones input[value='${z}']`);
  }
  assert.equal((await params(page)).zones, "lanzhou-htz");
  assert.equal((await params(page)).period, "2023");
  assert.equal(await page.$$eval("#chart-table tbody tr", (t) => t.length), 1);
  await page.select("#chart-select", "rankings");
  assert.equal((await params(page)).chart, "rankings");
  assert.match(await page.$eval("#canvas", (c) => c.getAttribute("aria-label")), /national high-tech zones/);
  await page.select("#chart-select", "indicator");
  await page.select("#indicator-select", "high_tech_enterprises");
  assert.equal((await params(page)).indicator, "high_tech_enterprises");
  assert.match(await text(page, "#chart-desc"), /502/); // the zone choice carries over
  await page.click("#lang-switch");
  assert.equal((await params(page)).lang, "zh");
  assert.match(await text(page, "#chart-desc"), /高新技术企业/);
  await page.click("#theme-switch");
  assert.equal((await params(page)).theme, "dark");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await page.goBack();
  await page.goBack();
  assert.equal((await params(page)).lang, "en");
  assert.equal(await page.$eval("#indicator-select", (s) => s.value), "high_tech_enterprises");
  await page.goForward();
  assert.equal(await page.$eval("#lang-switch", (b) => b.textContent), "English");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a shared URL opens the same view", async () => {
  const page = await open("?chart=gdp-by-zone&zones=lanzhou-htz,zhangye-etdz&period=2023&lang=en&theme=dark");
  assert.equal(await page.$eval("#period-select", (s) => s.value), "2023");
  const checked = await page.$$eval("#zones input:checked", (b) => b.map((x) => x.value));
  assert.deepEqual(checked.sort(), ["lanzhou-htz", "zhangye-etdz"]);
  assert.match(await text(page, "#chart-desc"), /Highest: Lanzhou HTZ, 352\.3|Highest: Lanzhou HTZ, CNY 35\.2 bn/);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await shot(page, "explorer-1280-en-dark");
  await page.close();
});

test("hovering a bar shows its exact value, status and source from the Rust hit-test", async () => {
  const page = await open("?lang=zh");
  const tip = await hoverFirstMark(page);
  assert.match(tip, /兰州经济技术开发区 · 2024/);
  assert.match(tip, /445亿元/);
  assert.match(tip, /44,500,000,000元/);
  assert.match(tip, /预计/);
  assert.match(tip, /来源：新甘肃·甘肃日报/);
  assert.equal(await page.$eval("#ring", (r) => r.hidden), false);
  await page.close();
});

test("arrow keys move focus between marks, with the tooltip and an announcement", async () => {
  const page = await open("?chart=rankings&zones=zhangye-etdz&lang=en");
  await page.focus("#canvas");
  await page.keyboard.press("ArrowRight");
  const first = await text(page, "#tip");
  await page.keyboard.press("ArrowRight");
  const second = await text(page, "#tip");
  assert.notEqual(first, second);
  assert.match(second, /Zhangye Economic and Technological Development Zone · 2023/);
  assert.match(second, /131 \/ 230/);
  assert.match(await text(page, "#live"), /131 \/ 230/);
  await page.keyboard.press("Home");
  assert.match(await text(page, "#tip"), /derived/);
  await page.keyboard.press("Escape");
  assert.equal(await page.$eval("#tip", (t) => t.hidden), true);
  await page.close();
});

test("bad URL parameters are named, nothing is injected, a valid view is shown", async () => {
  const page = await openPage(browser, "about:blank");
  let dialog = false;
  page.on("dialog", async (d) => ((dialog = true), d.dismiss()));
  await page.goto(`${server.url}/index.html?chart=pie&zones=${encodeURIComponent("<img src=x onerror=alert(1)>")},lanzhou-htz&period=20x&lang=xx`);
  await ready(page);
  const msg = await text(page, "#messages");
  // Named by kind, with the value only when it is a well-formed id: no text from the link.
  // (lang=xx is itself wrong: the page stays in Chinese.)
  assert.equal(msg, "链接中的参数有误，已改用有效的视图：未知的图表“pie”未知的开发区参数有误“period”参数有误“lang”");
  assert.doesNotMatch(msg, /img|onerror/);
  assert.equal(await page.$$eval("img[src='x']", (i) => i.length), 0);
  assert.equal(dialog, false);
  assert.equal(await page.$eval("#chart-select", (s) => s.value), "gdp-by-zone");
  assert.equal((await params(page)).zones, "lanzhou-htz");
  assert.equal(await page.$$eval("#chart-table tbody tr", (t) => t.length), 1);
  assert.deepEqual(page.problems, []); // the detail is a console warning, not an error
  await page.close();
});

test("downloads: PNG at 2x, SVG from the Rust path, the chart's CSV and the whole dataset", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "gz-dl-"));
  const page = await open("?lang=en");
  const cdp = await page.createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: dir });
  const width = await page.$eval("#canvas", (c) => c.clientWidth);
  for (const id of ["#dl-png", "#dl-svg", "#dl-csv", "#dl-all"]) await page.click(id);
  const view = "gansu-zones_gdp-by-zone_default-zones_2024_en";
  const want = [`${view}.png`, `${view}.svg`, `${view}.csv`];
  // A download may appear before its bytes are written: wait for the file and its bytes.
  const written = (f) => readdirSync(dir).includes(f) && statSync(path.join(dir, f)).size > 0;
  for (let i = 0; i < 100 && !want.every(written); i++) await new Promise((r) => setTimeout(r, 100));
  for (let i = 0; i < 100 && !readdirSync(dir).some((f) => /^gansu-zones_all-data_.*\.csv$/.test(f)); i++) await new Promise((r) => setTimeout(r, 100));
  want.push(readdirSync(dir).find((f) => /^gansu-zones_all-data_.*\.csv$/.test(f)));
  for (let i = 0; i < 100 && !want.every(written); i++) await new Promise((r) => setTimeout(r, 100));
  const png = readFileSync(path.join(dir, want[0]));
  assert.equal(png.toString("latin1", 1, 4), "PNG");
  assert.equal(png.readUInt32BE(16), width * 2, "PNG width is twice the CSS width");
  const svg = readFileSync(path.join(dir, want[1]), "utf8");
  assert.match(svg, /^<svg role="img"/);
  assert.match(svg, /<title>GDP by zone, 2024<\/title>/);
  assert.match(svg, /CNY 44\.5 bn/);
  const raw = readFileSync(path.join(dir, want[2]), "utf8");
  assert.ok(raw.startsWith("\ufeff"), "the CSV starts with a UTF-8 byte order mark");
  const csv = raw.slice(1).trim().split("\n");
  assert.match(csv[0], /^zone,indicator,period,value,unit,status,source/);
  assert.equal(csv.length, 5);
  assert.ok(csv.some((l) => l.startsWith("lanzhou-etdz,gdp,2024,44500000000,CNY,estimate,")));
  const all = readFileSync(path.join(dir, want[3]), "utf8").slice(1).trim().split("\n");
  assert.equal(all.length - 1, csvRows());
  await page.close();
});

test("printing shows the chart as SVG, and the data table", async () => {
  const page = await open("?lang=zh");
  await page.emulateMediaType("print");
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  // The SVG placed as elements (a data: URL would break the page's CSP).
  const img = await page.$eval("#print-img", (i) => [getComputedStyle(i).display, i.firstElementChild?.localName, i.querySelectorAll("rect").length > 0]);
  assert.deepEqual(img, ["block", "svg", true]);
  assert.equal(await page.$eval("#chart-box", (b) => getComputedStyle(b).display), "none");
  assert.notEqual(await page.$eval("#chart-table", (t) => getComputedStyle(t).display), "none");
  await page.close();
});

test("on a phone the chart fits, is sharp at ratio 3, and every chart draws", async () => {
  const page = await open("?lang=zh", { width: 375, height: 812, dpr: 3 });
  const [bw, cw] = await page.$eval("#canvas", (c) => [c.width, c.clientWidth]);
  assert.equal(bw, cw * 3);
  assert.ok(cw <= 375 - 20);
  await shot(page, "explorer-375-zh");
  const ids = await page.$$eval("#chart-select option", (o) => o.map((x) => x.value));
  for (const id of ids) {
    await page.select("#chart-select", id);
    assert.ok((await page.$$eval("#chart-table tbody tr", (t) => t.length)) > 0, id);
  }
  await page.click("#lang-switch");
  await page.select("#chart-select", "investment");
  await shot(page, "explorer-375-en-investment");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("before the reader uses them, the controls hold exactly their room at every width: no shift, no empty band", async () => {
  // The room (style.css, --room) is reserved before the core loads; the controls appear in
  // it. Measured after, with and without the reservation, at every width from 120 to 1300.
  const bad = [];
  for (const lang of ["zh", "en"]) {
    const page = await open(`?lang=${lang}`);
    const rows = [];
    for (let w = 120; w <= 1300; w++) {
      await page.setViewport({ width: w, height: 900 });
      rows.push([w, ...(await page.evaluate(() => {
        const c = document.querySelector(".controls");
        const kept = c.getBoundingClientRect().height;
        document.documentElement.dataset.touched = "";
        const own = c.getBoundingClientRect().height;
        delete document.documentElement.dataset.touched;
        return [Math.round(kept), Math.round(own)];
      }))]);
    }
    await page.close();
    const wrong = rows.filter(([, kept, own]) => kept !== own);
    if (wrong.length) {
      // What style.css should say: each height the controls take, from the width it starts at.
      const table = rows.filter(([, , own], i) => i === 0 || own !== rows[i - 1][2]).map(([w, , own]) => `${w}px: ${own}px`);
      bad.push(`${lang}: ${wrong.length} widths differ, e.g. ${wrong.slice(0, 5).map(([w, k, o]) => `${w}px kept ${k} for ${o}`).join(", ")}; measured: ${table.join(", ")}`);
    }
  }
  assert.deepEqual(bad, []);
});

test("if the wasm or the data file cannot load, the page says so, in the reader's words, and shows the data table", async () => {
  // The core carries code only: the explorer fetches the whole data file beside it.
  for (const [blocked, detail] of [[".wasm", "Gansu Zones explorer: "], ["/pkg/data/all.txt", "pkg/data/all.txt"]]) {
    const page = await openPage(browser, "about:blank");
    await page.setRequestInterception(true);
    page.on("request", (r) => (r.url().endsWith(blocked) ? r.abort() : r.continue()));
    await page.goto(`${server.url}/index.html`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), "error", blocked);
    assert.match(await text(page, "#messages"), /^The chart could not load\. All the data follows\.$|^图表无法加载。下面是全部数据。$/);
    assert.ok(page.problems.some((m) => m.includes(detail)), `${blocked}: no detail in the console: ${page.problems}`);
    await page.waitForFunction(() => document.querySelectorAll("#data tbody tr").length > 0);
    assert.equal(await page.$$eval("#data tbody tr", (t) => t.length), csvRows());
    await page.close();
  }
});
