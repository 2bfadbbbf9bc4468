// End-to-end tests of the embeds as news sites use them: the article on one origin
// (http://localhost:A, the "news site"), the charts on another (http://127.0.0.1:B, the
// "chart host"), each served by scripts/serve.py with its own headers. Also every failure a
// reader can meet: a host without CORS headers, a wasm that never answers, glue and wasm of
// different builds, Trusted Types, missing files; and the explorer under the strict CSP.
// Run: node tests/e2e/xorigin.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, CLI, startServer, launch, openPage, shot, probe } from "./harness.mjs";
import { TIMEOUT } from "../../www/src/shared/bounded.js"; // the embed's bound on loading its core

const DATA_VERSION = execFileSync(CLI, ["version"]).toString().trim();

let charts, logged, bare, nowasm, news, browser, dir;

/** The live data version's cores: the all-charts one and each chart's own. */
const LIVE_CORE = /\/pkg\/embed\/(charts\/[a-z-]+\/)?gansu_zones_bg\.wasm$/;

/** A snippet, as the Embed button and the command line write it, for the chart host `base`. */
const snippet = (base, ...args) => execFileSync(CLI, ["embed", ...args, "--base", `${base}/`]).toString();

/** Writes an article page on the news site. */
function article(name, body, { lang = "zh-CN" } = {}) {
  writeFileSync(
    path.join(dir, name),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="/favicon.svg">
<style>body{margin:0;background:#fff;color:#222;font:17px/1.7 Georgia,serif}main{max-width:680px;margin:0 auto;padding:16px}</style></head>
<body><main><h1>兰白两区经济观察</h1><p>新闻正文……</p>
${body}
<p>正文继续……</p></main></body></html>`,
  );
  return `${news.url}/${name}`;
}

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "gz-news-"));
  // The news site's own headers: one page isolated (COEP), one under Trusted Types.
  writeFileSync(
    path.join(dir, "_headers"),
    `/coep.html
  Cross-Origin-Embedder-Policy: require-corp
  Cross-Origin-Opener-Policy: same-origin
/tt.html
  Content-Security-Policy: require-trusted-types-for 'script'
`,
  );
  // A chart host that forgot its CORS and CORP headers, and one whose iframe page cannot run wasm.
  writeFileSync(path.join(dir, "favicon.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, "no-cors.headers"), "/*\n  Cache-Control: no-cache\n");
  writeFileSync(path.join(dir, "no-wasm.headers"), "/www/embed.html\n  Content-Security-Policy: script-src 'self'\n");
  [charts, logged, bare, nowasm, news] = await Promise.all([
    startServer(),
    startServer({ log: true }),
    startServer({ headers: path.join(dir, "no-cors.headers") }),
    startServer({ headers: path.join(dir, "no-wasm.headers"), log: true }),
    startServer({ root: dir, host: "localhost" }),
  ]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [charts, logged, bare, nowasm, news]) s?.stop();
});

/** Opens `url` with the probe; `intercept(request)` may answer requests itself (return true). */
async function open(url, { intercept, scheme, waitUntil = "load", ...opts } = {}) {
  const page = await openPage(browser, "about:blank", opts);
  if (scheme) await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
  page.requests = [];
  page.on("request", (r) => page.requests.push(r.url()));
  if (intercept) {
    await page.setRequestInterception(true);
    page.on("request", (r) => {
      if (!intercept(r)) r.continue();
    });
  }
  await page.evaluateOnNewDocument(probe);
  page.response = await page.goto(url, { waitUntil });
  return page;
}

const probeOf = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__probe)));

/** Waits until each of the page's own elements has drawn or failed. */
const settled = (page, timeout = 30000) =>
  page.waitForFunction(
    () => {
      const n = document.querySelectorAll("gansu-zones-chart").length;
      return new Set([...window.__probe.draws, ...window.__probe.errors].map((d) => d.id)).size >= n;
    },
    { timeout },
  );

/** What a failed element shows: the reader's message, the fallback image and table rows. */
const shown = (page, sel) =>
  page.$eval(sel, async (e) => {
    const img = e.shadowRoot.querySelector("img.fallback");
    if (img && !img.complete) await new Promise((r) => (img.onload = img.onerror = r));
    const live = e.shadowRoot.querySelector("img.fallback");
    return {
      text: e.shadowRoot.querySelector(".status strong")?.textContent ?? "",
      all: e.shadowRoot.textContent,
      image: live ? live.naturalWidth : null,
      rows: e.shadowRoot.querySelectorAll(".status tr").length,
    };
  });

/** The iframe's frame on the chart host, once its chart has drawn. */
async function drawnFrame(page, match = "embed.html") {
  await page.waitForFunction((m) => [...document.querySelectorAll("iframe")].some((f) => f.src.includes(m)), {}, match);
  let frame;
  await page.waitForFunction(() => true);
  for (let i = 0; i < 200 && !frame; i++) {
    frame = page.frames().find((f) => f.url().includes(match));
    if (!frame) await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(frame, "no iframe frame");
  await frame.waitForFunction(() => document.querySelector("gansu-zones-chart")?.shadowRoot?.querySelector("canvas")?.width > 0, { timeout: 30000 });
  return frame;
}

/** Waits until the iframe's height is its document's (embed-resize.js did its work). */
async function sized(page, frame, sel = "iframe[data-gansu-zones]") {
  let want = 0, have = -1;
  for (let i = 0; i < 100; i++) {
    want = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    have = await page.$eval(sel, (f) => Number(f.height));
    if (Math.abs(want - have) <= 1) return want;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`the iframe is ${have} px high, its document ${want} px`);
}

const noisy = (page, ...allowed) => page.problems.filter((m) => !allowed.some((a) => m.includes(a)));

test("the chart host sends CORS, CORP and cache headers as _headers says", async () => {
  const paths = {
    "/www/embed.js": /no-cache/,
    "/www/embed.html": /no-cache/,
    "/www/embed-frame.js": /no-cache/,
    "/pkg/embed/gansu_zones.js": /no-cache/,
    "/pkg/embed/gansu_zones_bg.wasm": /no-cache/,
    "/pkg/dataset.csv": /no-cache/,
    "/pkg/fallback/gdp-by-zone.zh.svg": /no-cache/,
    [`/versions/${DATA_VERSION}/gansu_zones.js`]: /max-age=31536000, immutable/,
    [`/versions/${DATA_VERSION}/gansu_zones_bg.wasm`]: /max-age=31536000, immutable/,
    [`/versions/${DATA_VERSION}/fallback/tax.zh.svg`]: /max-age=31536000, immutable/,
    "/pkg/embed/data/all.txt": /no-cache/,
    "/pkg/embed/data/gdp-by-zone.period-2024.txt": /no-cache/,
    [`/versions/${DATA_VERSION}/data/tax.txt`]: /max-age=31536000, immutable/,
  };
  for (const [p, cache] of Object.entries(paths)) {
    const res = await fetch(`${charts.url}${p}`, { headers: { Origin: news.origin } });
    assert.equal(res.status, 200, p);
    assert.equal(res.headers.get("access-control-allow-origin"), "*", p);
    assert.equal(res.headers.get("cross-origin-resource-policy"), "cross-origin", p);
    assert.match(res.headers.get("cache-control"), cache, p);
  }
  // Revalidation answers 304; the iframe page may be framed by isolated pages.
  const first = await fetch(`${charts.url}/www/embed.js`);
  const again = await fetch(`${charts.url}/www/embed.js`, { headers: { "If-Modified-Since": first.headers.get("last-modified") } });
  assert.equal(again.status, 304);
  assert.equal((await fetch(`${charts.url}/www/embed.html`)).headers.get("cross-origin-embedder-policy"), "require-corp");
  assert.equal((await fetch(`${charts.url}/pkg/embed/gansu_zones_bg.wasm`)).headers.get("content-type"), "application/wasm");
  // An error is never cached for long, even under versions/.
  assert.equal((await fetch(`${charts.url}/versions/1999-01-01/gansu_zones.js`)).headers.get("cache-control"), "no-store");
});

test("script, frozen and iframe embeds draw on an article of another site", async () => {
  const url = article(
    "article.html",
    [
      snippet(charts.url, "gdp-by-zone", "--period", "2024"),
      "<p>……</p>",
      snippet(charts.url, "tax", "--frozen"),
      "<p>……</p>",
      snippet(charts.url, "rankings", "--iframe"),
    ].join("\n"),
  );
  const page = await open(url, { width: 1000, height: 2400 });
  await settled(page);
  const p = await probeOf(page);
  assert.deepEqual(p.errors, []);
  assert.equal(new Set(p.draws.map((d) => d.id)).size, 2); // both script embeds (a resize may draw one again)
  assert.equal(p.draws.find((d) => d.chart === "tax").version, DATA_VERSION);
  const frame = await drawnFrame(page);
  await sized(page, frame);
  // One chart per data version: each version's own one-chart core, once the page is parsed
  // (and the iframe, a page of its own, its chart's).
  const cores = page.requests.filter((u) => u.endsWith("/gansu_zones_bg.wasm")).sort();
  assert.deepEqual(cores, ["pkg/embed/charts/gdp-by-zone", "pkg/embed/charts/rankings", `versions/${DATA_VERSION}/charts/tax`]
    .map((d) => `${charts.url}/${d}/gansu_zones_bg.wasm`));
  // No fallback image was fetched: every chart drew.
  assert.deepEqual(page.requests.filter((u) => u.includes("/fallback/")), []);
  assert.deepEqual(page.problems, []);
  await shot(page, "xorigin-article");
  await page.close();
});

test("an iframe that told its height before embed-resize.js arrived is sized when it does", async () => {
  const url = article("late-resize.html", snippet(charts.url, "gdp-by-zone", "--iframe"));
  let held;
  const page = await open(url, {
    width: 375,
    height: 1600,
    waitUntil: "domcontentloaded",
    intercept: (r) => r.url().endsWith("/embed-resize.js") && ((held = r), true),
  });
  const frame = await drawnFrame(page);
  // The frame has drawn and told its height to a page that was not yet listening.
  const want = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const before = await page.$eval("iframe[data-gansu-zones]", (f) => Number(f.height));
  assert.notEqual(before, want, "the snippet's height is already the frame's: this test proves nothing");
  assert.ok(held, "embed-resize.js was never requested");
  await held.continue();
  await sized(page, frame);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a page with Cross-Origin-Embedder-Policy: require-corp draws script and iframe embeds", async () => {
  const url = article("coep.html", [snippet(charts.url, "gdp-growth"), snippet(charts.url, "tax", "--iframe")].join("\n"));
  const page = await open(url, { width: 900, height: 2000 });
  assert.equal(page.response.headers()["cross-origin-embedder-policy"], "require-corp");
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  await settled(page);
  const p = await probeOf(page);
  assert.deepEqual(p.errors, []);
  assert.equal(p.draws.length, 1);
  const frame = await drawnFrame(page);
  await sized(page, frame);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a sandboxed iframe (allow-scripts only: origin null) draws and resizes", async () => {
  const iframe = snippet(charts.url, "gdp-by-zone", "--iframe", "--lang", "en").replace("<iframe ", '<iframe sandbox="allow-scripts" ');
  const url = article("sandboxed.html", iframe, { lang: "en" });
  const page = await open(url, { width: 800, height: 1400 });
  const frame = await drawnFrame(page);
  assert.equal(await frame.evaluate(() => origin), "null");
  const h = await sized(page, frame);
  assert.ok(h > 300, `height ${h}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a chart host without CORS headers: the fallback shows, and the console and the event name the header", async () => {
  // (One host per page: the first embed.js defines the element for every snippet.)
  const url = article("no-cors.html", snippet(bare.url, "gdp-by-zone", "--period", "2024"));
  const page = await open(url, { width: 800, height: 2400 });
  await settled(page);
  const p = await probeOf(page);
  assert.equal(p.errors.length, 1);
  assert.equal(p.errors[0].kind, "load");
  assert.match(p.errors[0].message, /gansu_zones\.js is sent without the header "Access-Control-Allow-Origin: \*"/);
  assert.ok(page.problems.some((m) => m.includes("Gansu Zones") && m.includes("Access-Control-Allow-Origin")), page.problems.join("\n"));
  const s = await shown(page, "#chart-0");
  assert.equal(s.text, "图表无法加载。下面是预先生成的图片和数据表。");
  assert.ok(s.image > 0, "the fallback image did not load");
  assert.equal(s.rows, 5);
  assert.doesNotMatch(s.all, /http|Access-Control|gansu_zones/);
  await page.$eval("#chart-0", (e) => e.scrollIntoView());
  await shot(page, "xorigin-no-cors-fallback");
  await page.close();
});

test("twenty snippets on one page fetch embed.js once", async (t) => {
  const views = [
    ["gdp-by-zone"], ["gdp-by-zone", "--period", "2023"], ["gdp-over-time"], ["lanbai-gdp-parts"], ["gdp-growth"],
    ["gdp-composition"], ["tax"], ["investment"], ["research-funding"], ["rankings"], ["targets"], ["plans"],
    ["indicator", "--indicator", "gdp"], ["gdp-by-zone", "--lang", "en"], ["tax", "--lang", "en"], ["rankings", "--lang", "en"],
    ["targets", "--lang", "en"], ["plans", "--lang", "en"], ["gdp-growth", "--lang", "en"], ["investment", "--lang", "en"],
  ];
  const body = views.map((v) => snippet(logged.url, ...v)).join("\n<p>……</p>\n");
  const url = article("twenty.html", body);
  const count = () => logged.log.filter((l) => l.startsWith("GET /www/embed.js ")).length;
  const run = async (cache) => {
    const before = count();
    const page = await openPage(browser, "about:blank", { width: 1000, height: 900 });
    await page.setCacheEnabled(cache);
    let bytes = 0;
    page.on("response", async (r) => {
      if (r.url().endsWith("/www/embed.js") && !r.fromCache()) bytes += Number(r.headers()["content-length"] ?? 0);
    });
    await page.goto(url, { waitUntil: "load" });
    await new Promise((r) => setTimeout(r, 300));
    await page.close();
    return { requests: count() - before, bytes };
  };
  const cold = await run(true);
  const warm = await run(true);
  const off = await run(false);
  t.diagnostic(`embed.js with 20 snippets: ${cold.requests} request(s) on a first visit, ${warm.requests} on a second (revalidation), ${off.requests} with the cache disabled (${off.bytes} bytes)`);
  assert.equal(cold.requests, 1, `first visit: ${cold.requests} requests`);
  assert.ok(warm.requests <= 1, `second visit: ${warm.requests} requests`);
  assert.ok(logged.log.filter((l) => l.startsWith("GET /www/embed.js 304")).length >= warm.requests);
});

test("the core carries no data: one core per page, each chart's view part beside it, the whole file for its own zones, a new view's part when the attributes change", async () => {
  const body = [
    snippet(logged.url, "gdp-by-zone", "--period", "2024"),
    snippet(logged.url, "rankings"),
    snippet(logged.url, "plans", "--lang", "en"),
  ].join("\n");
  const start = logged.log.length;
  const page = await open(article("parts.html", body), { width: 800, height: 4000 });
  await settled(page);
  const requested = () => logged.log.slice(start);
  // Paths of the data fetched (200, or 304 where an earlier test left them in the cache).
  const data = () => requested().filter((l) => / \/.*\/data\/.* (200|304)$/.test(l)).map((l) => l.split(" ")[1]);
  // The charts start while the page is parsed: the all-charts core, once.
  assert.deepEqual(requested().filter((l) => l.includes("gansu_zones_bg.wasm")).map((l) => l.split(" ")[1]), ["/pkg/embed/gansu_zones_bg.wasm"]);
  assert.deepEqual(data().sort(), [
    "/pkg/embed/data/gdp-by-zone.period-2024.txt",
    "/pkg/embed/data/plans.txt",
    "/pkg/embed/data/rankings.txt",
  ]);
  let p = await probeOf(page);
  assert.deepEqual(p.errors, []);
  assert.equal(new Set(p.draws.map((d) => d.id)).size, 3);
  const title = (i) => page.$$eval("gansu-zones-chart", (e, i) => e[i].shadowRoot.querySelector("canvas").getAttribute("aria-label"), i);
  assert.match(await title(0), /2024/);
  // Another period: its part is fetched, then the chart draws it.
  const draws = p.draws.length;
  await page.$eval("gansu-zones-chart", (e) => e.setAttribute("period", "2023"));
  await page.waitForFunction((n) => window.__probe.draws.length > n, { timeout: 30000 }, draws);
  assert.match(await title(0), /2023/);
  assert.ok(data().includes("/pkg/embed/data/gdp-by-zone.period-2023.txt"), data().join("\n"));
  // Its own zones: the whole file (a part names only its view's zones).
  p = await probeOf(page);
  await page.$eval("gansu-zones-chart", (e) => e.setAttribute("zones", "lanzhou-htz,zhangye-etdz"));
  await page.waitForFunction((n) => window.__probe.draws.length > n, { timeout: 30000 }, p.draws.length);
  assert.ok(data().includes("/pkg/embed/data/all.txt"), data().join("\n"));
  const marks = await page.$eval("gansu-zones-chart", (e) => e.shadowRoot.querySelectorAll("table tbody tr").length);
  assert.ok(marks >= 2, `${marks} rows in the data table`);
  assert.deepEqual((await probeOf(page)).errors, []);
  await page.close();
});

test("an article showing one chart, below the fold, loads that chart's own core and draws it", async () => {
  const body = `<div style="height:3000px"></div>\n${snippet(logged.url, "plans", "--lang", "en")}`;
  const start = logged.log.length;
  const page = await open(article("one.html", body), { width: 800, height: 800 });
  assert.equal((await probeOf(page)).draws.length, 0);
  await page.$eval("gansu-zones-chart", (e) => e.scrollIntoView());
  await settled(page);
  const cores = logged.log.slice(start).filter((l) => l.includes("gansu_zones_bg.wasm")).map((l) => l.split(" ")[1]);
  assert.deepEqual(cores, ["/pkg/embed/charts/plans/gansu_zones_bg.wasm"]);
  const p = await probeOf(page);
  assert.deepEqual(p.errors, []);
  assert.ok(p.draws[0].marks > 0);
  // Another chart in the same element: the one-chart core cannot draw it, the all-charts core does.
  await page.$eval("gansu-zones-chart", (e) => e.setAttribute("chart", "tax"));
  await page.waitForFunction(() => window.__probe.draws.length > 1, { timeout: 30000 });
  assert.deepEqual((await probeOf(page)).errors, []);
  assert.ok(logged.log.slice(start).some((l) => l.includes("/pkg/embed/gansu_zones_bg.wasm")));
  await page.close();
});

test("an article showing one chart in its first screen waits for the parse, then loads that chart's own core", async () => {
  // The element starts while the page is still parsed: it cannot know yet whether other charts follow.
  const text = Array.from({ length: 200 }, (_, i) => `<p>段落 ${i}：甘肃开发区的经济数据。</p>`).join("\n");
  const body = `${snippet(logged.url, "gdp-by-zone", "--period", "2024")}\n${text}`;
  const start = logged.log.length;
  const page = await open(article("first.html", body), { width: 800, height: 800 });
  await settled(page);
  const cores = logged.log.slice(start).filter((l) => l.includes("gansu_zones_bg.wasm")).map((l) => l.split(" ")[1]);
  assert.deepEqual(cores, ["/pkg/embed/charts/gdp-by-zone/gansu_zones_bg.wasm"]);
  const p = await probeOf(page);
  assert.deepEqual(p.errors, []);
  assert.equal(p.draws[0].marks, 4);
  await page.close();
  // A page whose own script holds its parse for a second: the chart does not wait for it, it
  // takes the all-charts core (it cannot know what follows) and draws before the parse ends.
  const held = article("held.html", `${snippet(logged.url, "gdp-by-zone", "--period", "2024")}\n<script src="/slow.js"></script>\n${text}`);
  const start2 = logged.log.length;
  const page2 = await open(held, {
    width: 800, height: 800,
    intercept: (r) => r.url().endsWith("/slow.js") && (setTimeout(() => r.respond({ status: 200, contentType: "text/javascript", body: "window.__drawnBefore = window.__probe.draws.length;" }), 1500), true),
  });
  await settled(page2);
  const cores2 = logged.log.slice(start2).filter((l) => l.includes("gansu_zones_bg.wasm")).map((l) => l.split(" ")[1]);
  assert.deepEqual(cores2, ["/pkg/embed/gansu_zones_bg.wasm"]);
  assert.equal(await page2.evaluate(() => window.__drawnBefore), 1, "drawn before the page's script ran");
  await page2.close();
});

test("a wasm that never answers ends in the fallback within the bound; other charts draw", async () => {
  const url = article("hang.html", [snippet(charts.url, "gdp-by-zone", "--period", "2024"), snippet(charts.url, "tax", "--frozen")].join("\n"));
  const start = Date.now();
  const page = await open(url, { width: 800, height: 2400, intercept: (r) => LIVE_CORE.test(r.url()) });
  await settled(page, TIMEOUT + 10000);
  const elapsed = Date.now() - start;
  const p = await probeOf(page);
  assert.ok(elapsed >= TIMEOUT - 1000 && elapsed < TIMEOUT + 8000, `${elapsed} ms`);
  assert.equal(p.errors.length, 1);
  assert.match(p.errors[0].message, new RegExp(`no answer in ${TIMEOUT / 1000} s`));
  assert.deepEqual(p.draws.map((d) => d.version), [DATA_VERSION]);
  const s = await shown(page, "#chart-0");
  assert.equal(s.text, "图表无法加载。下面是预先生成的图片和数据表。");
  assert.ok(s.image > 0 && s.rows > 1);
  await page.close();
});

test("glue and wasm of different builds end in the fallback, not in a core error", async () => {
  const explorerWasm = readFileSync(path.join(ROOT, "pkg/gansu_zones_bg.wasm"));
  const url = article("mismatch.html", [snippet(charts.url, "gdp-by-zone", "--period", "2024", "--lang", "en"), snippet(charts.url, "tax", "--frozen")].join("\n"));
  const page = await open(url, {
    width: 800,
    height: 2400,
    intercept: (r) =>
      LIVE_CORE.test(r.url()) &&
      (r.respond({ status: 200, contentType: "application/wasm", headers: { "access-control-allow-origin": "*" }, body: explorerWasm }), true),
  });
  await settled(page);
  const p = await probeOf(page);
  assert.equal(p.errors.length, 1);
  assert.equal(p.errors[0].kind, "load");
  assert.match(p.errors[0].message, /does not match its glue/);
  assert.deepEqual(p.draws.map((d) => d.version), [DATA_VERSION]);
  const s = await shown(page, "#chart-0");
  assert.equal(s.text, "The chart could not load. A prebuilt image and the data table follow.");
  assert.doesNotMatch(s.all, /null pointer|rust|wasm/i);
  await page.close();
});

test("under Trusted Types (require-trusted-types-for 'script') charts draw, and a failed one shows its fallback", async () => {
  const broken = snippet(charts.url, "gdp-by-zone", "--period", "2024", "--frozen").replaceAll(`version="${DATA_VERSION}"`, 'version="1999-01-01"');
  const url = article("tt.html", [snippet(charts.url, "tax"), broken].join("\n"));
  const page = await open(url, { width: 800, height: 2400 });
  assert.match(page.response.headers()["content-security-policy"], /require-trusted-types-for 'script'/);
  await settled(page);
  const p = await probeOf(page);
  assert.deepEqual(p.violations, []);
  assert.equal(p.draws.length, 1);
  assert.equal(p.errors.length, 1);
  assert.match(p.errors[0].message, /versions\/1999-01-01\/(charts\/gdp-by-zone\/)?gansu_zones\.js: HTTP 404/);
  const s = await shown(page, "#chart-1");
  assert.equal(s.rows, 5);
  assert.ok(s.image > 0);
  assert.deepEqual(noisy(page, "Gansu Zones", "404"), []);
  await page.close();
});

test("an embed whose core and fallback are both missing says only that it could not load", async () => {
  const page = await open(article("bare.html", `<gansu-zones-chart chart="tax" loading="eager"></gansu-zones-chart><script src="${charts.url}/www/embed.js"></script>`), {
    width: 800,
    height: 900,
    intercept: (r) => r.url().endsWith(".wasm") && (r.respond({ status: 404, headers: { "access-control-allow-origin": "*" }, body: "" }), true),
  });
  await settled(page);
  const s = await shown(page, "#chart-0");
  assert.equal(s.text, "图表无法加载。");
  assert.equal(s.rows, 0);
  assert.match((await probeOf(page)).errors[0].message, /gansu_zones_bg\.wasm: HTTP 404/);
  await page.close();
});

test("the iframe fetches no fallback when its chart draws, no missing file but the data part of a period not offered, and its own when it cannot draw", async () => {
  const frames = [
    snippet(logged.url, "gdp-by-zone", "--period", "2024", "--iframe"),
    snippet(logged.url, "indicator", "--iframe"),
    snippet(logged.url, "gdp-by-zone", "--period", "2019", "--iframe"),
    snippet(logged.url, "gdp-by-zone", "--zones", "lanbai", "--iframe"),
    snippet(logged.url, "tax", "--frozen", "--iframe", "--lang", "en"),
  ].join("\n");
  const before = logged.log.length;
  const page = await open(article("frames.html", frames), { width: 800, height: 4000 });
  // Lazy frames attach as they load: wait for all five before reading them.
  const embedFrames = () => page.frames().filter((f) => f.url().includes("embed.html"));
  for (let i = 0; i < 300 && embedFrames().length < 5; i++) await new Promise((r) => setTimeout(r, 100));
  for (const f of embedFrames()) {
    await f.waitForFunction(() => document.querySelector("gansu-zones-chart")?.shadowRoot?.querySelector(".status")?.hidden, { timeout: 90000 });
  }
  const log = logged.log.slice(before);
  assert.equal(log.filter((l) => l.includes("embed.html")).length, 5);
  // One 404 is expected: the data part of a period the chart does not offer (2019), which
  // the build has none of; the element then reads the whole file, and the core says so.
  assert.deepEqual(
    log.filter((l) => (l.includes("/fallback/") || / [45]\d\d$/.test(l)) && !l.includes("/data/gdp-by-zone.period-2019.txt 404")),
    [],
  );
  assert.ok(log.some((l) => l.includes("/data/all.txt")), "the 2019 chart read the whole file");
  await page.close();
  // Where the frame cannot run wasm, it shows the file its snippet names, which exists.
  const blocked = [
    snippet(nowasm.url, "gdp-by-zone", "--period", "2024", "--iframe"),
    snippet(nowasm.url, "indicator", "--iframe"),
  ].join("\n");
  const start = nowasm.log.length;
  const page2 = await open(article("frames-blocked.html", blocked), { width: 800, height: 3000 });
  // As above: lazy frames attach as they load, so wait for both.
  const blockedFrames = () => page2.frames().filter((f) => f.url().includes("embed.html"));
  for (let i = 0; i < 300 && blockedFrames().length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  const fs = blockedFrames();
  assert.equal(fs.length, 2);
  for (const f of fs) await f.waitForFunction(() => document.querySelector("gansu-zones-chart")?.shadowRoot?.querySelector(".status.error"), { timeout: 30000 });
  const img = await fs[0].waitForFunction(() => document.querySelector("gansu-zones-chart").shadowRoot.querySelector("img.fallback")?.naturalWidth, { timeout: 10000 });
  assert.ok((await img.jsonValue()) > 0);
  const fallbacks = nowasm.log.slice(start).filter((l) => l.includes("/fallback/"));
  assert.deepEqual(fallbacks, ["GET /pkg/fallback/gdp-by-zone.zh.period-2024.svg 200"]);
  assert.deepEqual(nowasm.log.slice(start).filter((l) => / 404$/.test(l)), []);
  await page2.close();
});

test("the iframe shows no text from its URL, only a well-formed id", async () => {
  const hostile = encodeURIComponent("OFFICIAL CORRECTION: the figures in this article are false");
  const page = await open(`${charts.url}/www/embed.html?chart=${hostile}&lang=zh`, { width: 600, height: 600 });
  await page.waitForFunction(() => window.__probe.errors.length === 1, { timeout: 20000 });
  const text = await page.$eval("gansu-zones-chart", (e) => e.shadowRoot.textContent);
  assert.doesNotMatch(text, /OFFICIAL|CORRECTION|false/);
  assert.match(text, /图表无法显示：未知的图表。/);
  assert.match((await probeOf(page)).errors[0].message, /OFFICIAL CORRECTION/); // for the developer
  await page.close();
  const known = await open(`${charts.url}/www/embed.html?chart=gdp-per-capita&lang=en`, { width: 600, height: 600 });
  await known.waitForFunction(() => window.__probe.errors.length === 1, { timeout: 20000 });
  assert.match(await known.$eval("gansu-zones-chart", (e) => e.shadowRoot.textContent), /The chart cannot be shown: unknown chart “gdp-per-capita”\./);
  await known.close();
});

test("a zone without data in a chart is named, with the chart, in the reader's language", async () => {
  const url = article(
    "no-data.html",
    `<script src="${charts.url}/www/embed.js"></script>
<gansu-zones-chart id="zh" chart="gdp-by-zone" zones="gansu" lang="zh" loading="eager"></gansu-zones-chart>
<gansu-zones-chart id="en" chart="tax" zones="lanbai" lang="en" loading="eager"></gansu-zones-chart>`,
  );
  const page = await open(url, { width: 800, height: 1200 });
  await settled(page);
  const p = await probeOf(page);
  assert.equal(p.errors.length, 2);
  assert.equal((await shown(page, "#zh")).text, "“各开发区地区生产总值”没有甘肃省的数据。");
  assert.match((await shown(page, "#en")).text, /^“Tax and GDP shares of the city” has no data for .+\.$/);
  assert.match(p.errors[0].message, /chart "gdp-by-zone" has no data for zone "gansu"/);
  await page.close();
});

test("a default snippet is light for a reader in dark mode; the editor's dark or auto is kept", async () => {
  const url = article(
    "themes.html",
    [snippet(charts.url, "tax"), snippet(charts.url, "tax", "--theme", "dark"), snippet(charts.url, "tax", "--theme", "auto")].join("\n"),
  );
  const page = await open(url, { width: 800, height: 3000, scheme: "dark" });
  await settled(page);
  const dark = await page.$$eval("gansu-zones-chart", (es) => es.map((e) => e.shadowRoot.querySelector("figure").classList.contains("dark")));
  assert.deepEqual(dark, [false, true, true]);
  await page.$eval("#chart-1", (e) => e.scrollIntoView());
  await shot(page, "xorigin-dark-chart-in-light-article");
  await page.close();
});

test("the explorer: no CSP violation under the strict policy; a missing glue or core and data end in messages", async () => {
  const page = await open(`${charts.url}/index.html?chart=gdp-by-zone&lang=en`, { width: 1280, height: 900 });
  assert.match(page.response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", { timeout: 20000 });
  await page.click("#embed-open");
  assert.doesNotMatch(await page.$eval("#embed-script", (t) => t.value), /theme=/);
  await page.select("#embed-theme", "auto");
  assert.match(await page.$eval("#embed-script", (t) => t.value), / theme="auto"/);
  assert.match(await page.$eval("#embed-iframe", (t) => t.value), /&amp;theme=auto&amp;/);
  await page.keyboard.press("Escape");
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  assert.ok(await page.$eval("#print-img svg", (s) => s.querySelectorAll("rect").length > 0));
  // A bad zone in the link: named, with the chart, and the default view shown.
  await page.goto(`${charts.url}/index.html?chart=gdp-by-zone&zones=gansu&lang=en`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", { timeout: 20000 });
  assert.match(await page.$eval("#messages", (m) => m.textContent), /“GDP by zone” has no data for Gansu Province\./);
  assert.deepEqual((await probeOf(page)).violations, []);
  assert.ok(!page.requests.some((u) => u.startsWith("data:")));
  assert.deepEqual(page.problems, []);
  await page.close();

  // The glue 404s: the explorer says so and shows the data from dataset.csv.
  const noGlue = await open(`${charts.url}/index.html?lang=en`, {
    intercept: (r) => r.url().endsWith("/pkg/gansu_zones.js") && (r.respond({ status: 404, body: "" }), true),
  });
  await noGlue.waitForFunction(() => document.documentElement.dataset.ready === "error", { timeout: 20000 });
  await noGlue.waitForFunction(() => document.querySelectorAll("#data tbody tr").length > 100, { timeout: 10000 });
  assert.match(await noGlue.$eval("#loading", (e) => e.textContent), /could not load\. All the data follows\.|无法加载。下面是全部数据。/);
  await noGlue.close();

  // Neither the wasm nor dataset.csv: no table is promised.
  const nothing = await open(`${charts.url}/index.html?lang=en`, {
    intercept: (r) => /\/pkg\/(gansu_zones_bg\.wasm|dataset\.csv)$/.test(r.url()) && (r.respond({ status: 404, body: "" }), true),
  });
  await nothing.waitForFunction(() => document.documentElement.dataset.ready === "error", { timeout: 20000 });
  await new Promise((r) => setTimeout(r, 300));
  const said = await nothing.$eval("#loading", (e) => e.textContent);
  assert.match(said, /could not load either|数据也无法加载/);
  assert.doesNotMatch(said, /follows|下面是/);
  assert.equal(await nothing.$$eval("#data tbody tr", (r) => r.length), 0);
  await shot(nothing, "explorer-nothing-loads");
  await nothing.close();
});
