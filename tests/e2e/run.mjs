// End-to-end tests of the pages in headless Chromium. Run: node tests/e2e/run.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { ROOT, startServer, launch, openPage, shot } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready, { timeout: 20000 });

test("the server sends wasm as application/wasm", async () => {
  const res = await fetch(`${server.url}/pkg/gansu_zones_bg.wasm`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "application/wasm");
});

test("the page shows every value of the dataset in a table, with its source", async () => {
  const page = await openPage(browser, `${server.url}/index.html`);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), "true");
  const csv = execFileSync(path.join(ROOT, "target/debug/gansu-zones"), ["csv"]).toString();
  const values = csv.trim().split("\n").length - 1;
  const rows = await page.$$eval("#data tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.equal(rows.length, values);
  const zhangye = rows.find((r) => r[0].startsWith("张掖经开区") && r[1].startsWith("地区生产总值 ") && r[2] === "2023");
  assert.ok(zhangye, "Zhangye ETDZ GDP 2023 row");
  assert.match(zhangye[3], /176\.25亿元/);
  assert.match(zhangye[5], /2024-10-15/);
  const sources = await page.$$eval("#sources li", (lis) => lis.map((li) => li.textContent));
  assert.equal(sources.length, 5);
  assert.deepEqual(page.problems, []);
  await shot(page, "table-1280");
  await page.close();
});

test("a page whose wasm cannot load says so", async () => {
  const page = await openPage(browser, "about:blank");
  await page.setRequestInterception(true);
  page.on("request", (r) => (r.url().endsWith(".wasm") ? r.abort() : r.continue()));
  await page.goto(`${server.url}/index.html`);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), "error");
  assert.match(await page.$eval("#status", (e) => e.textContent), /WebAssembly/);
  await page.close();
});
