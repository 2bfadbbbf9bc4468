// End-to-end tests of the figure finder's page (www/find.html) in headless Chromium.
// Run: node tests/e2e/find.mjs (after scripts/build.sh has built pkg/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, openPage, shot, server, browser, useShared } from "./harness.mjs";

useShared();

const SEED = "003_5214532eb5fde7ef.txt";

/** Opens the finder with CSP violations recorded from before any script runs. */
async function open(query = "", opts) {
  const page = await browser.newPage();
  page.problems = [];
  page.on("console", (m) => m.type() === "error" && page.problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewport({ width: opts?.width ?? 1280, height: opts?.height ?? 900, deviceScaleFactor: 1 });
  if (opts?.dark) await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
  await page.goto(`${server.url}/www/find.html${query}`, { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.dataset.ready, { timeout: 20000 });
  return page;
}

const rowCount = (page) => page.$$eval("#rows tbody tr", (t) => t.length);
const message = (page) => page.$eval("#messages", (m) => (m.hidden ? "" : m.textContent));

test("the explorer links to the finder", async () => {
  const page = await openPage(browser, `${server.url}/index.html`);
  const href = await page.$eval("#finder-link", (a) => a.getAttribute("href"));
  assert.equal(href, "www/find.html");
});

test("a sample article: cleaned text, every figure proposed and tied to its quote, known rows marked", async () => {
  const page = await open(`?sample=${SEED}`);
  await page.waitForFunction(() => document.documentElement.dataset.found);
  const text = await page.$eval("#text", (t) => t.textContent);
  assert.match(text, /兰州高新区累计完成地区生产总值352\.3亿元/, "traditional converted");
  assert.doesNotMatch(text, /\(q[iū]\)|區|ICP备/, "annotations, traditional or clutter left");
  assert.equal(await rowCount(page), 35);
  assert.equal(await page.$$eval("mark.fig", (m) => m.length), 35);
  // Row 1 is the zone's GDP, recognised as already in the dataset, and cannot be taken twice.
  const first = await page.$eval("#rows tbody tr", (tr) => ({
    zone: tr.querySelector('[data-field="zone"]').value,
    indicator: tr.querySelector('[data-field="indicator"]').value,
    value: tr.querySelector('[data-field="value"]').value,
    known: tr.querySelector(".badge").textContent,
    acceptDisabled: tr.querySelector("button.accept").disabled,
  }));
  assert.deepEqual(first, { zone: "lanzhou-htz", indicator: "gdp", value: "352.3", known: "已收录", acceptDisabled: true });
  // Clicking a row's quote highlights it in the text, with its figure.
  await page.click("#rows tbody tr:nth-child(2) .quote-cell button.link");
  assert.match(await page.$eval("#quote", (q) => q.textContent), /增长3\.4%/);
  assert.equal(await page.$eval("#quote mark.current", (m) => m.textContent), "3.4%");
  // Clicking a figure in the text selects its row.
  await page.click('mark.fig[data-i="4"]');
  assert.equal(await page.$eval("#rows tr.selected", (tr) => tr.dataset.i), "4");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
});

test("nothing is accepted without a person; accepted and edited rows download as CSV lines the build accepts", async () => {
  const page = await open(`?sample=${SEED}`);
  await page.waitForFunction(() => document.documentElement.dataset.found);
  assert.equal(await page.$eval("#dl-values", (b) => b.disabled), true);
  // File the article under a new source: then every row is new to the dataset.
  await page.$eval("#source", (i) => (i.value = ""));
  await page.type("#source", "lanzhou-daily-reprint");
  await page.click("#run");
  await page.waitForFunction(() => !document.querySelector("#rows tbody button.accept")?.disabled);
  // Accept row 1 and 2, reject row 3, edit row 2's status.
  for (const i of [0, 1]) await page.click(`#rows tr[data-i="${i}"] button.accept`);
  await page.click('#rows tr[data-i="2"] button.reject');
  await page.select('#rows tr[data-i="1"] [data-field="status"]', "estimate");
  const preview = await page.$eval("#preview", (p) => p.textContent);
  const lines = preview.split("\n").filter((l) => l && !l.startsWith("#"));
  assert.equal(lines[0], "lanzhou-htz,gdp,2023,352.3,亿元,reported,lanzhou-daily-reprint,,兰州高新区累计完成地区生产总值352.3亿元、增长3.4%,,,,");
  assert.match(lines[1], /^lanzhou-htz,gdp_growth,2023,3\.4,%,estimate,lanzhou-daily-reprint,/);
  // A new source gets its sources.csv line; rows 1-2 its values.csv lines.
  assert.match(preview, /# data\/sources\.csv\nlanzhou-daily-reprint,未注明,not stated,/);
  assert.equal(lines.filter((l) => l.startsWith("lanzhou-htz,")).length, 2);
  // A broken edit is refused in place, and the row leaves the download until fixed.
  await page.$eval('#rows tr[data-i="0"] [data-field="period"]', (i) => (i.value = "20x3"));
  await page.$eval('#rows tr[data-i="0"] [data-field="period"]', (i) => i.dispatchEvent(new Event("change")));
  assert.match(await page.$eval("#csv-problems", (p) => p.textContent), /row 1: "20x3" is not a year/);
  assert.match(await page.$eval('#rows tr[data-i="0"] .problems', (p) => p.textContent), /20x3/);
  // The download is a real file.
  const dir = mkdtempSync(path.join(tmpdir(), "gz-find-"));
  const cdp = await page.createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: dir });
  await page.click("#dl-values");
  const file = path.join(dir, "values-lanzhou-daily-reprint.csv");
  for (let k = 0; k < 50; k++) {
    try {
      readFileSync(file);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const csv = readFileSync(file, "utf8");
  assert.equal(csv.trim().split("\n").length, 1, "row 1 left out while its period is broken");
  assert.match(csv, /^lanzhou-htz,gdp_growth,2023,3\.4,%,estimate,/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
});

test("bad input gets a clear message and nothing breaks", async () => {
  const page = await open();
  const run = async (text) => {
    await page.$eval("#article", (a, t) => (a.value = t), text);
    await page.click("#run");
    return message(page);
  };
  assert.match(await run(""), /empty|为空/);
  assert.match(await run("这篇文章没有任何数字。"), /no figures|未找到数字/);
  assert.match(await run("x".repeat(11 * 1024 * 1024)), /MB/);
  // A binary file and an over-long file through the file input.
  const dir = mkdtempSync(path.join(tmpdir(), "gz-find-"));
  const png = path.join(dir, "image.png");
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe]));
  await (await page.$("#file")).uploadFile(png);
  await page.waitForFunction(() => !document.getElementById("messages").hidden && /plain text|纯文本/.test(document.getElementById("messages").textContent));
  const big = path.join(dir, "big.txt");
  writeFileSync(big, "兰州新区地区生产总值400亿元。\n".repeat(400000));
  await (await page.$("#file")).uploadFile(big);
  await page.waitForFunction(() => /1 MB/.test(document.getElementById("messages").textContent));
  // A good article after all that still works.
  const seed = readFileSync(path.join(ROOT, "data/seeds", SEED), "utf8");
  assert.equal(await run(seed), "");
  assert.equal(await rowCount(page), 35);
  assert.deepEqual(page.problems, []);
});

test("screenshots: 375 and 1280 px, Chinese and English, light and dark", async () => {
  for (const [width, lang, dark] of [[1280, "zh", false], [1280, "en", false], [375, "zh", false], [375, "en", true]]) {
    const page = await open(`?sample=004_d6a83d7629c32fde.txt${lang === "en" ? "&lang=en" : ""}`, { width, height: width > 400 ? 900 : 780, dark });
    await page.waitForFunction(() => document.documentElement.dataset.found);
    await page.click('#rows tr[data-i="2"] .quote-cell button.link');
    // Nothing overflows the page sideways.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), `${width} ${lang}: horizontal overflow`);
    await shot(page, `find-${width}-${lang}${dark ? "-dark" : ""}`);
    await page.screenshot({ path: path.join(ROOT, `tests/screenshots/find-${width}-${lang}${dark ? "-dark" : ""}-full.png`), fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
