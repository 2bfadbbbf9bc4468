// End-to-end tests of the embed (<gansu-zones-chart>, the iframe, the demo pages) in
// headless Chromium. Run: node tests/e2e/embed.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { ROOT, CLI, openPage, shot, probe, server, browser, useShared } from "./harness.mjs";

useShared();

const DATA_VERSION = execFileSync(CLI, ["version"]).toString().trim();

/** Opens a page with the probe, recording every request's URL in `page.requests`. */
async function open(url, opts = {}) {
  const page = await openPage(browser, "about:blank", opts);
  if (opts.scheme) await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: opts.scheme }]);
  page.requests = [];
  page.on("request", (r) => page.requests.push(r.url()));
  await page.evaluateOnNewDocument(probe);
  page.response = await page.goto(`${server.url}${url}`, { waitUntil: "load" });
  return page;
}

const probeOf = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__probe)));

/** Scrolls to the bottom step by step, so every lazy chart comes near the viewport (the
 *  page may grow as charts draw or fail: its height is read again at each step). */
async function scrollThrough(page) {
  for (let y = 0; y <= (await page.evaluate(() => document.documentElement.scrollHeight)); y += 500) {
    await page.evaluate((v) => scrollTo(0, v), y);
    await new Promise((r) => setTimeout(r, 60));
  }
}

/** Waits until each of the page's elements has drawn (or failed) at least once. */
async function settled(page, timeout = 20000) {
  await page.waitForFunction(
    () => {
      const n = document.querySelectorAll("gansu-zones-chart").length;
      const done = new Set([...window.__probe.draws, ...window.__probe.errors].map((d) => d.id));
      return done.size >= n;
    },
    { timeout },
  );
}

/** Gives every element an id (for the probe) before it draws. */
const nameCharts = (page) =>
  page.evaluate(() => document.querySelectorAll("gansu-zones-chart").forEach((c, i) => (c.id ||= `chart-${i}`)));

/** The text shown inside an element's shadow root at `sel`. */
const shadowText = (page, id, sel) => page.$eval(`#${id}`, (e, s) => e.shadowRoot.querySelector(s)?.textContent ?? null, sel);

async function iframesSized(page) {
  await page.waitForFunction(
    () => [...document.querySelectorAll("iframe[data-gansu-zones]")].every((f) => {
      const doc = f.contentDocument;
      return doc && Math.abs(Number(f.height) - doc.documentElement.getBoundingClientRect().height) <= 1 && doc.querySelector("gansu-zones-chart")?.shadowRoot?.querySelector("canvas")?.width > 0;
    }),
    { timeout: 20000 },
  );
}

test("every view with a fallback image, and every chart's default view, finds the data part the element asks for", async () => {
  const { part } = await import(path.join(ROOT, "www/src/embed/parts.js"));
  const views = readdirSync(path.join(ROOT, "pkg/fallback")).map((f) => {
    // gdp-by-zone.zh.period-2023.svg, indicator.en.indicator-gdp.svg: the chart, then options.
    const [chart, , ...options] = f.replace(/\.svg$/, "").split(".");
    const opt = (k) => options.find((o) => o.startsWith(`${k}-`))?.slice(k.length + 1) ?? "";
    return [chart, opt("period"), opt("indicator")];
  });
  const ids = execFileSync(CLI, ["charts"]).toString().trim().split("\n").map((l) => l.split(" ")[0]);
  assert.ok(views.length > 500 && ids.length >= 12);
  for (const [chart, period, indicator] of [...views, ...ids.map((id) => [id, "", ""])]) {
    const name = part(chart, "", period, indicator);
    assert.notEqual(name, "all.txt", `${chart} ${period} ${indicator}`);
    assert.ok(existsSync(path.join(ROOT, "pkg/embed/data", name)), name);
  }
  assert.equal(part("gdp-by-zone", "lanbai", "2024", ""), "all.txt", "own zones read the whole file");
  assert.equal(part("gdp-by-zone", "", "../x", ""), "all.txt", "no path from an attribute");
});

test("the demo article: every chart draws, script and iframe, with the host's CSS kept out", async () => {
  const page = await open("/www/demo/article.html", { width: 1280, height: 900 });
  await nameCharts(page);
  await scrollThrough(page);
  await settled(page);
  const p = await probeOf(page);
  assert.deepEqual(p.errors, []);
  // Each chart's height was reserved before it drew: the article did not move.
  assert.ok(p.shift < 0.01, `layout shift ${p.shift}`);
  const elements = await page.$$eval("gansu-zones-chart", (e) => e.length);
  assert.ok(elements >= 4);
  assert.ok(new Set(p.draws.map((d) => d.id)).size === elements);
  for (const d of p.draws) assert.ok(d.marks > 0 && d.width > 300 && d.height > 200, JSON.stringify(d));
  assert.ok((await page.$$eval("iframe[data-gansu-zones]", (f) => f.length)) >= 2);
  await iframesSized(page);
  // The page styles every canvas with a red dashed border and every table in red: not ours.
  const style = await page.$eval("gansu-zones-chart", (e) => {
    const c = getComputedStyle(e.shadowRoot.querySelector("canvas"));
    return [c.borderTopStyle, c.filter];
  });
  assert.deepEqual(style, ["none", "none"]);
  // One wasm for all the live charts, another for the frozen one.
  const wasm = page.requests.filter((u) => u.endsWith(".wasm"));
  assert.ok(wasm.some((u) => u.includes(`/versions/${DATA_VERSION}/`)), wasm.join());
  assert.equal(wasm.filter((u) => u.includes("/pkg/")).length, 1 + 2 /* the two iframes */);
  const frozen = p.draws.find((d) => d.version);
  assert.equal(frozen.version, DATA_VERSION);
  assert.deepEqual(page.problems, []);
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, "demo-article-1280");
  await page.close();
});

test("charts below the fold load only when they come near the viewport", async () => {
  const page = await open("/www/demo/twenty.html", { width: 1280, height: 800 });
  await nameCharts(page);
  await page.waitForFunction(() => window.__probe.draws.length > 0, { timeout: 20000 });
  await new Promise((r) => setTimeout(r, 500));
  const early = (await probeOf(page)).draws.length;
  assert.ok(early < 20, `${early} of 20 drew before scrolling`);
  await scrollThrough(page);
  await settled(page);
  const p = await probeOf(page);
  assert.deepEqual(p.errors, []);
  assert.equal(new Set(p.draws.map((d) => d.id)).size, 20);
  // Twenty charts, one module: fetched once, instantiated once.
  assert.equal(page.requests.filter((u) => u.endsWith(".wasm")).length, 1);
  assert.equal(p.instantiations, 1);
  // No globals besides the element's definition.
  // (puppeteer adds its own query helpers)
  const added = await page.evaluate((before) => Object.keys(window).filter((k) => !before.includes(k) && !k.includes("ariaQuerySelector")), p.globals);
  assert.deepEqual(added, []);
  assert.ok(await page.evaluate(() => !!customElements.get("gansu-zones-chart")));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("under a strict CSP the charts draw with no violation", async () => {
  const page = await open("/www/demo/strict-csp.html", { width: 1280, height: 900 });
  assert.match(page.response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await nameCharts(page);
  await scrollThrough(page);
  await settled(page);
  await iframesSized(page);
  const p = await probeOf(page);
  assert.deepEqual(p.violations, []);
  assert.deepEqual(p.errors, []);
  assert.ok(p.draws.length >= 4);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a data table in a narrow column: one card per row, each value named by its column, nothing hidden to the side", async () => {
  // Each visible table of the page: how far it scrolls sideways, whether its rows are cards,
  // its cells that do not name their column, and its visible column headers.
  const tables = (page) =>
    page.$$eval("gansu-zones-chart", (charts) =>
      charts.flatMap((c) =>
        [...c.shadowRoot.querySelectorAll(".scroll")].filter((s) => s.checkVisibility()).map((s) => {
          const cells = [...s.querySelectorAll("td")].filter((td) => td.checkVisibility());
          return {
            side: s.scrollWidth - s.clientWidth,
            cards: getComputedStyle(s.querySelector("td")).display === "grid",
            unnamed: cells.filter((td) => !td.dataset.col || getComputedStyle(td, "::before").content === "none").length,
            heads: [...s.querySelectorAll("th")].filter((th) => th.checkVisibility()).length,
            cells: cells.length,
          };
        }),
      ),
    );
  for (const lang of ["zh", "en"]) {
    for (const width of [120, 200, 320, 560, 800]) {
      const page = await open(`/www/embed.html?chart=gdp-by-zone&lang=${lang}`, { width, height: 900 });
      await page.waitForFunction(() => document.querySelector("gansu-zones-chart")?.shadowRoot?.querySelector("canvas")?.width > 0, { timeout: 20000 });
      await page.$eval("gansu-zones-chart", (e) => (e.shadowRoot.querySelector("details").open = true));
      const [t, ...more] = await tables(page);
      const at = `${lang} ${width} px`;
      assert.equal(more.length, 0, at);
      assert.equal(t.cells, 4 * 6, at);
      if (width <= 560) {
        assert.ok(t.cards, `${at}: the rows are not cards`);
        assert.ok(t.side <= 0, `${at}: the table scrolls ${t.side} px sideways`);
        assert.equal(t.unnamed, 0, `${at}: cells without their column's name`);
        assert.equal(t.heads, 0, at);
      } else {
        assert.ok(!t.cards, `${at}: a wide chart's table is a table`);
        assert.equal(t.heads, 6, at);
      }
      await page.close();
    }
  }
  // The snippet's own table, shown where the chart cannot draw: the same cards.
  const page = await open("/www/demo/no-wasm.html", { width: 140, height: 800 });
  await nameCharts(page);
  await scrollThrough(page);
  await settled(page);
  const failed = await tables(page);
  assert.ok(failed.length >= 2);
  for (const t of failed) assert.deepEqual({ ...t, cells: 0 }, { side: 0, cards: true, unnamed: 0, heads: 0, cells: 0 });
  await page.close();
});

test("where wasm is blocked each chart says so and shows its prebuilt image and table", async () => {
  const page = await open("/www/demo/no-wasm.html", { width: 390, height: 800 });
  await nameCharts(page);
  await scrollThrough(page);
  await settled(page);
  const p = await probeOf(page);
  assert.equal(p.draws.length, 0);
  const ids = await page.$$eval("gansu-zones-chart", (e) => e.map((x) => x.id));
  assert.equal(p.errors.length, ids.length);
  for (const e of p.errors) assert.equal(e.kind, "load");
  for (const id of ids) {
    const shown = await page.$eval(`#${id}`, async (e) => {
      const img = e.shadowRoot.querySelector("img.fallback");
      if (img && !img.complete) await new Promise((r) => (img.onload = img.onerror = r));
      const fromSnippet = new DOMParser().parseFromString(e.querySelector("noscript").textContent, "text/html");
      return {
        text: e.shadowRoot.querySelector(".status").textContent,
        image: img ? img.naturalWidth : null,
        snippetImage: !!fromSnippet.querySelector("img"),
        rows: e.shadowRoot.querySelectorAll(".status tbody tr, .status tr").length,
        snippetRows: fromSnippet.querySelectorAll("tr").length,
        cells: [...e.shadowRoot.querySelectorAll(".status td")].map((td) => td.textContent),
      };
    });
    assert.match(shown.text, /无法加载/);
    assert.equal(shown.rows, shown.snippetRows);
    assert.ok(shown.rows > 1);
    if (shown.snippetImage) assert.ok(shown.image > 0, `${id}: the fallback image did not load`);
    else assert.equal(shown.image, null);
  }
  // The first chart's table is the dataset's 2024 GDP of the Lanbai zones.
  const cells = await page.$eval("#chart-0", (e) => [...e.shadowRoot.querySelectorAll(".status td")].map((td) => td.textContent));
  assert.ok(cells.includes("445亿元") && cells.includes("225亿元"), cells.join("|"));
  await shot(page, "demo-no-wasm-390");
  await page.close();
});

/** A blank same-origin page with embed.js loaded, for building test elements. */
async function host(opts) {
  const page = await open("/tests/e2e/blank.html", opts);
  await page.evaluate(async () => {
    document.body.replaceChildren();
    const script = document.createElement("script");
    script.src = "/www/embed.js";
    document.head.append(script);
    await new Promise((r) => (script.onload = r));
  });
  return page;
}

test("200 rapid container resizes end in one correct chart, drawn at most once a frame", async () => {
  const page = await host({ width: 1280, height: 900 });
  const result = await page.evaluate(async () => {
    const box = document.createElement("div");
    box.style.width = "640px";
    const c = document.createElement("gansu-zones-chart");
    c.id = "resized";
    c.setAttribute("chart", "gdp-by-zone");
    c.setAttribute("lang", "zh");
    box.append(c);
    document.body.append(box);
    await new Promise((r) => c.addEventListener("gansu-zones:draw", r, { once: true }));
    const before = window.__probe.draws.length;
    let frames = 0;
    for (let i = 0; i < 200; i++) {
      box.style.width = `${300 + ((i * 37) % 700)}px`;
      if (i % 2) await new Promise((r) => requestAnimationFrame(r)), frames++;
    }
    box.style.width = "500px";
    // The last width's draw, up to 5 s (a loaded machine may take more than a frame).
    for (let t = 0; t < 50 && window.__probe.draws.at(-1)?.width !== 500; t++) await new Promise((r) => setTimeout(r, 100));
    const canvas = c.shadowRoot.querySelector("canvas");
    const last = window.__probe.draws.at(-1);
    return { draws: window.__probe.draws.length - before, frames, last, bitmap: canvas.width, css: canvas.clientWidth, shown: canvas.parentElement.clientWidth, dpr: devicePixelRatio };
  });
  assert.ok(result.draws <= result.frames + 2, `${result.draws} draws in ${result.frames} frames`);
  assert.ok(result.draws >= 2);
  assert.equal(result.last.width, 500);
  // 500 px shown, sharp (a bitmap pixel per device pixel); the bitmap may be a kept, larger one.
  assert.equal(result.shown, 500);
  assert.equal(result.bitmap, result.css * result.dpr);
  assert.ok(result.bitmap >= 500 * result.dpr && result.bitmap <= 750 * result.dpr, `bitmap ${result.bitmap}`);
  assert.deepEqual((await probeOf(page)).errors, []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("hostile and wrong attributes give the reader a clear message in place, the developer the detail, and run nothing", async () => {
  // Tall enough that every test element is near the viewport (they load lazily).
  const page = await host({ width: 800, height: 9000 });
  const cases = [
    // [id, attributes, the developer's message (event and console), what the reader sees]
    ["xss-zones", { chart: "gdp-by-zone", zones: `<img src=x onerror="window.__pwned=1">` }, /unknown zone.*<img src=x onerror/, "图表无法显示：未知的开发区。"],
    ["xss-chart", { chart: `"><script>window.__pwned=1</script>` }, /unknown chart/, "图表无法显示：未知的图表。"],
    ["unknown-chart", { chart: "gdp-per-capita" }, /unknown chart "gdp-per-capita".*gdp-by-zone/, "图表无法显示：未知的图表“gdp-per-capita”。"],
    ["empty-chart", { chart: "" }, /chart: missing; one of gdp-by-zone/, "图表无法显示：未指定图表。"],
    ["no-chart", {}, /chart: missing/, "图表无法显示：未指定图表。"],
    ["negative-height", { chart: "tax", height: "-50" }, /height: "-50" is not a number/, "图表无法显示：尺寸有误。"],
    ["tiny-height", { chart: "tax", height: "5" }, /height 5 px is outside 120–4096 px/, "图表无法显示：尺寸有误。"],
    ["bad-heights", { chart: "tax", heights: "wide:tall" }, /heights: "wide:tall" is not width:height/, "图表无法显示：尺寸有误。"],
    ["bad-period", { chart: "tax", period: "last year" }, /period.*expected a year/, "图表无法显示：参数有误“period”。"],
    ["empty-zones", { chart: "gdp-by-zone", zones: "" }, null],
    ["bad-theme", { chart: "tax", theme: "purple" }, /theme.*expected light or dark/, "图表无法显示：参数有误“theme”。"],
    ["bad-lang", { chart: "tax", lang: "fr" }, null], // an unknown lang falls back to the page's
    ["path-version", { chart: "tax", version: "../../etc" }, /version: "..\/..\/etc" is not a data version/, "图表无法显示：数据版本有误。"],
    ["missing-version", { chart: "tax", version: "1999-01-01" }, /data version 1999-01-01.*HTTP 404/, "图表无法加载。"],
    ["injected-param", { chart: "tax", zones: "zhangye-etdz&theme=dark" }, /unknown zone "zhangye-etdz theme=dark"/, "图表无法显示：未知的开发区。"],
    ["no-data", { chart: "gdp-by-zone", zones: "gansu" }, /chart "gdp-by-zone" has no data for zone "gansu"/, "“各开发区地区生产总值”没有甘肃省的数据。"],
  ];
  await page.evaluate((cases) => {
    for (const [id, attrs] of cases) {
      const c = document.createElement("gansu-zones-chart");
      c.id = id;
      for (const [k, v] of Object.entries(attrs)) c.setAttribute(k, v);
      document.body.append(c);
    }
  }, cases);
  await settled(page);
  const p = await probeOf(page);
  for (const [id, , expected, reader] of cases) {
    const err = p.errors.find((e) => e.id === id);
    const shown = await shadowText(page, id, ".status");
    if (expected) {
      assert.ok(err, `${id}: no error event`);
      assert.match(err.message, expected, id);
      assert.equal(shown, reader, id);
      assert.equal(err.reader, reader, id);
      assert.ok(page.problems.some((m) => m.includes(`Gansu Zones: `) && m.includes(err.message)), `${id}: not in the console`);
    } else assert.ok(p.draws.some((d) => d.id === id), `${id}: did not draw`);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$eval("#xss-zones", (e) => e.shadowRoot.querySelectorAll("img, script").length), 0);
  // Fixing an attribute recovers in place.
  await page.$eval("#unknown-chart", (e) => e.setAttribute("chart", "tax"));
  await page.waitForFunction(() => window.__probe.draws.some((d) => d.id === "unknown-chart"));
  assert.equal(await page.$eval("#unknown-chart", (e) => e.shadowRoot.querySelector(".status").hidden), true);
  assert.deepEqual(page.problems.filter((m) => !m.includes("404") && !m.includes("Gansu Zones: ")), []);
  await page.close();
});

test("a trap in the core while drawing (a bug: RuntimeError, no message) ends in the snippet's fallback; the other charts draw", async () => {
  const page = await host({ width: 800, height: 1800 });
  const snippet = execFileSync(CLI, ["embed", "gdp-by-zone", "--base", `${server.url}/`]).toString();
  await page.evaluate((html) => {
    // A trap stops the call mid-way, its chart still borrowed; a canvas call throwing
    // through the wasm's frames does the same. (The embed's panics trap without message.)
    const fill = CanvasRenderingContext2D.prototype.fillRect;
    let armed = true;
    CanvasRenderingContext2D.prototype.fillRect = function (...args) {
      if (armed && this.canvas.getRootNode().host?.id === "trapped") {
        armed = false;
        throw new WebAssembly.RuntimeError("unreachable");
      }
      return fill.apply(this, args);
    };
    document.body.insertAdjacentHTML("beforeend", html.replace(/<script[^>]*><\/script>/g, ""));
    document.querySelector("gansu-zones-chart").id = "trapped";
    const other = document.createElement("gansu-zones-chart");
    other.id = "other";
    other.setAttribute("chart", "tax");
    document.body.append(other);
  }, snippet);
  await settled(page);
  const p = await probeOf(page);
  assert.deepEqual(p.errors.map((e) => [e.id, e.kind, e.message]), [["trapped", "draw", "unreachable"]]);
  assert.ok(p.draws.some((d) => d.id === "other"), "the other chart did not draw");
  const shown = await page.$eval("#trapped", async (e) => {
    const img = e.shadowRoot.querySelector("img.fallback");
    if (img && !img.complete) await new Promise((r) => (img.onload = img.onerror = r));
    return {
      text: e.shadowRoot.querySelector(".status strong").textContent,
      image: img?.naturalWidth ?? 0,
      rows: e.shadowRoot.querySelectorAll(".status tr").length,
      canvas: e.shadowRoot.querySelector("canvas").hidden,
    };
  });
  assert.equal(shown.text, "图表无法加载。下面是预先生成的图片和数据表。");
  assert.ok(shown.image > 0 && shown.rows > 1 && shown.canvas, JSON.stringify(shown));
  assert.deepEqual(page.problems.filter((m) => !m.includes("Gansu Zones: ")), []);
  await page.close();
});

test("attributes follow at run time; tooltips, keys and the table work; dark mode follows", async () => {
  const page = await host({ width: 800, height: 900, scheme: "dark" });
  await page.evaluate(() => {
    const c = document.createElement("gansu-zones-chart");
    c.id = "live";
    c.setAttribute("chart", "gdp-by-zone");
    c.setAttribute("period", "2024");
    c.setAttribute("lang", "zh");
    c.setAttribute("theme", "auto");
    document.body.append(c);
  });
  await page.waitForFunction(() => window.__probe.draws.length === 1);
  assert.match(await shadowText(page, "live", "#desc"), /最高：兰州经开区 445亿元/);
  assert.equal(await page.$eval("#live", (e) => e.shadowRoot.querySelector("figure").classList.contains("dark")), true);
  assert.equal(await page.$eval("#live", (e) => e.shadowRoot.querySelectorAll("tbody tr").length), 4);
  // Keyboard: focus, arrow right, the tooltip shows the first mark and the live region says it.
  await page.$eval("#live", (e) => e.shadowRoot.querySelector("canvas").focus());
  await page.keyboard.press("ArrowRight");
  assert.match(await shadowText(page, "live", ".tip"), /兰州经济技术开发区 · 2024.*445亿元/);
  assert.match(await shadowText(page, "live", "[aria-live]"), /445亿元/);
  await page.keyboard.press("Escape");
  assert.equal(await page.$eval("#live", (e) => e.shadowRoot.querySelector(".tip").hidden), true);
  // Hover: somewhere over the bars the tooltip appears.
  const r = await page.$eval("#live", (e) => e.shadowRoot.querySelector("canvas").getBoundingClientRect().toJSON());
  let tip = false;
  for (let x = 20; x < r.width && !tip; x += 10) {
    await page.mouse.move(r.left + x, r.top + r.height * 0.75);
    tip = await page.$eval("#live", (e) => !e.shadowRoot.querySelector(".tip").hidden);
  }
  assert.ok(tip, "no tooltip on hover");
  // Attributes change: the chart follows.
  await page.$eval("#live", (e) => (e.setAttribute("lang", "en"), e.setAttribute("period", "2023")));
  await page.waitForFunction(() => window.__probe.draws.length >= 2);
  // A draw of the old view (a resize) may come first: wait for the new one's description.
  await page.waitForFunction(() => /GDP by zone, 2023/.test(document.querySelector("#live").shadowRoot.querySelector("#desc")?.textContent), { timeout: 10000 }).catch(() => {});
  assert.match(await shadowText(page, "live", "#desc"), /GDP by zone, 2023/);
  // The reader's system switches to light: so does the chart.
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  await page.waitForFunction(() => !document.querySelector("#live").shadowRoot.querySelector("figure").classList.contains("dark"));
  assert.deepEqual((await probeOf(page)).errors, []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("every frozen version still draws with today's embed, with its data version", async () => {
  const versions = readdirSync(path.join(ROOT, "versions"));
  assert.ok(versions.includes(DATA_VERSION), `data version ${DATA_VERSION} is not frozen in versions/`);
  const page = await host({ width: 800, height: 900 });
  await page.evaluate((versions) => {
    for (const v of versions) {
      const c = document.createElement("gansu-zones-chart");
      c.id = `v-${v}`;
      c.setAttribute("chart", "tax");
      c.setAttribute("version", v);
      document.body.append(c);
    }
  }, versions);
  await settled(page);
  const p = await probeOf(page);
  assert.deepEqual(p.errors, []);
  assert.deepEqual(p.draws.map((d) => d.version).sort(), versions.sort());
  // Each version's own core: its all-charts core, or (the page shows one chart per version)
  // its one-chart core where the version has them.
  for (const v of versions) assert.ok(page.requests.some((u) => new RegExp(`/versions/${v}/(charts/tax/)?gansu_zones_bg\\.wasm$`).test(u)), v);
  await page.close();
});

test("the iframe embed sizes itself through postMessage, and works alone", async () => {
  const page = await open(`/www/embed.html?chart=rankings&lang=en`, { width: 360, height: 700 });
  await page.waitForFunction(() => window.__probe.draws.length === 1, { timeout: 20000 });
  assert.match(await page.$eval("gansu-zones-chart", (e) => e.shadowRoot.querySelector("#desc").textContent), /rank/i);
  const bad = await open(`/www/embed.html?chart=${encodeURIComponent("<b>x</b>")}`, { width: 360, height: 700 });
  await bad.waitForFunction(() => window.__probe.errors.length === 1, { timeout: 20000 });
  assert.match((await probeOf(bad)).errors[0].message, /unknown chart "<b>x<\/b>"/);
  assert.equal(await bad.$$eval("b", (b) => b.length), 0);
  await bad.close();
  await page.close();
});

test("the explorer's Embed button gives snippets that work when pasted into a page", async () => {
  const page = await open("/index.html?chart=gdp-by-zone&period=2023&lang=en", { width: 1280, height: 900 });
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", { timeout: 20000 });
  await page.click("#embed-open");
  const script = await page.$eval("#embed-script", (t) => t.value);
  const iframe = await page.$eval("#embed-iframe", (t) => t.value);
  assert.match(script, /<gansu-zones-chart chart="gdp-by-zone" period="2023" lang="en" heights="320:\d+/);
  assert.match(script, /<noscript><img src="http:\/\/127\.0\.0\.1:\d+\/pkg\/fallback\/gdp-by-zone\.en\.period-2023\.svg"/);
  assert.match(iframe, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/www\/embed\.html\?chart=gdp-by-zone&amp;period=2023&amp;lang=en&amp;heights=320:\d+/);
  await page.click("#embed-frozen");
  const frozen = await page.$eval("#embed-script", (t) => t.value);
  assert.ok(frozen.includes(`version="${DATA_VERSION}"`) && frozen.includes(`/versions/${DATA_VERSION}/fallback/`));
  await shot(page, "explorer-embed-dialog");
  // Pasted into a page (the module is already there, as a CMS would have loaded it).
  const article = await host({ width: 700, height: 900 });
  await article.evaluate((html) => {
    document.body.insertAdjacentHTML("beforeend", html.replace(/<script[^>]*><\/script>/g, ""));
    document.querySelector("gansu-zones-chart").id = "pasted";
  }, frozen);
  await article.waitForFunction(() => window.__probe.draws.length === 1, { timeout: 20000 });
  const d = (await probeOf(article)).draws[0];
  assert.equal(d.version, DATA_VERSION);
  assert.equal(d.marks, 2);
  await article.close();
  await page.close();
});

test("the demo at phone and desktop widths, light and dark (screenshots)", async () => {
  for (const [w, h, scheme] of [[375, 812, "light"], [1280, 900, "dark"]]) {
    const page = await open("/www/demo/article.html", { width: w, height: h, dpr: 2, scheme });
    await nameCharts(page);
    await scrollThrough(page);
    await settled(page);
    await iframesSized(page);
    const p = await probeOf(page);
    assert.deepEqual(p.errors, []);
    assert.ok(p.shift < 0.01, `layout shift ${p.shift} at ${w} px`);
    // Nothing wider than the screen.
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= w);
    await page.evaluate(() => scrollTo(0, 0));
    await shot(page, `demo-article-${w}-${scheme}`);
    await page.screenshot({ path: path.join(ROOT, `tests/screenshots/demo-article-${w}-${scheme}-full.png`), fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
