// Publication quality of the explorer (issue 15), in headless Chromium: no layout shift on a
// phone, axe on every page and dialog, print to PDF on A4, A5 and Letter, the data table on a
// 320 px phone, zones that say what is drawn, the keyboard, copy with and without the
// clipboard, CSV with a BOM and filenames that name the view, touch, and screenshots at every
// width, language and theme (tests/screenshots/quality-*.png). Run: node tests/e2e/quality.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { SHOTS, openPage, shot, server, browser, useShared } from "./harness.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

useShared();

const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready, { timeout: 20000 });
const open = async (query = "", opts) => {
  const page = await openPage(browser, `${server.url}/index.html${query}`, opts);
  await ready(page);
  return page;
};
const params = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** axe-core's violations on the page as it is now (its script injected past the page's CSP). */
async function axe(page, context = null) {
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const r = await window.axe.run(sel ? document.querySelector(sel) : document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, context);
}

/** A phone in the reader's language (no `lang` in the link): layout shift, LCP and the time
 *  tasks blocked the main thread beyond 50 ms, from the page's own PerformanceObservers. */
async function phoneLoad(lang, width = 375) {
  const page = await browser.newPage();
  await page.emulateCPUThrottling(4);
  await page.setViewport({ width, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument((l) => {
    Object.defineProperty(navigator, "languages", { get: () => [l] });
    const m = (window.__metrics = { cls: 0, lcp: 0, tbt: 0, firstLang: null });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.tbt += Math.max(0, e.duration - 50);
    }).observe({ type: "longtask", buffered: true });
    // The language of the first frame painted.
    requestAnimationFrame(() => (m.firstLang = document.documentElement.lang));
  }, lang === "en" ? "en-US" : "zh-CN");
  await page.goto(`${server.url}/index.html`, { waitUntil: "load" });
  await ready(page);
  await sleep(500);
  const m = await page.evaluate(() => window.__metrics);
  await page.close();
  return m;
}

test("no layout shift on a phone, and the reader's language from the first frame", async () => {
  const out = {};
  // 375 px (an iPhone) and 412 px (Lighthouse's phone).
  for (const [lang, width] of [["zh", 375], ["en", 375], ["zh", 412], ["en", 412]]) {
    const m = await phoneLoad(lang, width);
    out[`${lang}-${width}`] = m;
    assert.ok(m.cls < 0.05, `layout shift ${m.cls} at ${width} px (${lang})`);
    assert.equal(m.firstLang, lang === "zh" ? "zh-CN" : "en", `first frame in ${m.firstLang}`);
  }
  writeFileSync(path.join(SHOTS, "quality-metrics.json"), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`# phones, 4x CPU throttling: ${JSON.stringify(out)}`);
});

test("axe finds nothing on the explorer (zh, en, dark, phone), its dialog and the other pages", async () => {
  const found = [];
  for (const [query, opts] of [["?lang=zh", {}], ["?lang=en&theme=dark", {}], ["?lang=en", { width: 320 }], ["?lang=zh&chart=indicator", { width: 375 }]]) {
    const page = await open(query, opts);
    for (const v of await axe(page)) found.push(`${query} ${opts.width ?? 1280}: ${v}`);
    if (!opts.width) {
      await page.click("#embed-open");
      for (const v of await axe(page, "#embed-dialog")) found.push(`${query} dialog: ${v}`);
    }
    await page.close();
  }
  for (const p of ["www/find.html", "www/demo/article.html", "www/demo/no-wasm.html", "www/embed.html?chart=gdp-by-zone"]) {
    const page = await browser.newPage();
    await page.setBypassCSP(true);
    await page.goto(`${server.url}/${p}`, { waitUntil: "load" });
    await sleep(1500);
    for (const v of await axe(page)) found.push(`${p}: ${v}`);
    await page.close();
  }
  assert.deepEqual(found, []);
});

test("the data table on a 320 px phone: one card per row, nothing hidden to the side", async () => {
  for (const lang of ["zh", "en"]) {
    const page = await open(`?lang=${lang}`, { width: 320, height: 640 });
    const t = await page.evaluate(() => {
      const table = document.getElementById("chart-table");
      const box = table.closest(".scroll");
      const cells = [...table.querySelectorAll("td")];
      return {
        overflow: box.scrollWidth - box.clientWidth,
        narrowest: Math.min(...cells.map((c) => c.getBoundingClientRect().width)),
        tallest: Math.max(...[...table.rows].slice(1).map((r) => r.getBoundingClientRect().height)),
        value: cells[2].textContent,
        col: cells[2].dataset.col,
      };
    });
    assert.ok(t.overflow <= 0, `the table scrolls ${t.overflow} px sideways (${lang})`);
    assert.ok(t.narrowest > 150, `a cell ${t.narrowest} px wide (${lang})`);
    assert.ok(t.tallest < 400, `a row ${t.tallest} px tall (${lang})`);
    // Values as people read them, the full figure under them.
    assert.match(t.value, lang === "zh" ? /^445亿元/ : /^CNY 44\.5 bn/);
    assert.match(t.value, /44,500,000,000|445\.00|44\.50/);
    await page.click("#all-data summary");
    await page.waitForFunction(() => document.querySelectorAll("#data tbody tr").length > 0);
    const all = await page.$eval("#data", (t) => t.closest(".scroll").scrollWidth - t.closest(".scroll").clientWidth);
    assert.ok(all <= 0, `the all-data table scrolls ${all} px sideways`);
    await page.$eval("#table-h", (h) => h.scrollIntoView());
    await shot(page, `quality-table-320-${lang}`);
    await page.close();
  }
});

test("no word or number that fits the page's column breaks between two letters or digits, 120 to 1280 px, zh and en", async () => {
  const found = [];
  for (const lang of ["zh", "en"]) {
    for (const width of [120, 140, 160, 200, 240, 280, 320, 375, 480, 768, 1280]) {
      const page = await open(`?lang=${lang}`, { width, height: 900 });
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      // The sources' values are listed on their details' toggle.
      await page.waitForFunction(() => [...document.querySelectorAll(".sources details")].every((d) => d.querySelector("li")));
      const broken = await page.evaluate(() => {
        const section = document.querySelector("main > section"), style = getComputedStyle(section);
        const column = section.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const out = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.parentElement?.checkVisibility()) continue;
          // A run of Latin letters and digits, with what holds inside a word or a number.
          for (const m of n.data.matchAll(/[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}'’.,-]*[\p{Script=Latin}\p{Nd}]/gu)) {
            range.setStart(n, m.index);
            range.setEnd(n, m.index + m[0].length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            if (new Set(rects.map((r) => Math.round(r.top))).size < 2) continue;
            // What cannot break apart: the run with the punctuation glued to it ("…parks”,").
            let from = m.index, to = m.index + m[0].length;
            while (from > 0 && /[^\s\p{Script=Han}]/u.test(n.data[from - 1])) from--;
            while (to < n.data.length && /[^\s\p{Script=Han}]/u.test(n.data[to])) to++;
            range.setStart(n, from);
            range.setEnd(n, to);
            const wide = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
            if (wide > column) continue; // wider than the column: it must break somewhere
            // Where it broke: after a hyphen is a break the reader expects.
            let at = m.index + 1;
            for (let top = null; at < m.index + m[0].length; at++) {
              range.setStart(n, at - 1);
              range.setEnd(n, at);
              const t = Math.round(range.getBoundingClientRect().top);
              if (top !== null && t !== top) break;
              top = t;
            }
            if (!"-".includes(n.data[at - 2])) out.push(`${n.parentElement.tagName.toLowerCase()}: ${n.data.slice(m.index, at - 1)}/${n.data.slice(at - 1, m.index + m[0].length)}`);
          }
        }
        return out;
      });
      found.push(...[...new Set(broken)].map((b) => `${lang} ${width}: ${b}`));
      await page.close();
    }
  }
  assert.deepEqual(found, []);
});

test("zones say what is drawn; a zone is added to the selection and the year stays", async () => {
  const page = await open("?lang=en&period=2023");
  const drawn = await page.$$eval("#zones input:checked", (b) => b.map((x) => x.value));
  assert.ok(drawn.length >= 2, "the default zones are ticked");
  assert.match(await page.$eval("#zones-state", (e) => e.textContent), /default/);
  const rows = await page.$$eval("#chart-table tbody tr", (t) => t.length);
  const other = await page.$$eval("#zones input:not(:checked)", (b) => b.map((x) => x.value));
  const before = (await params(page)).period;
  // Without a year in the link, the year drawn stays when a zone is added.
  const latest = await open("?lang=en");
  const year = await latest.$eval("#chart-desc", (e) => e.textContent.match(/\b20\d\d\b/)[0]);
  const add = await latest.$$eval("#zones input:not(:checked)", (b) => b.map((x) => x.value));
  const had = await latest.$$eval("#zones input:checked", (b) => b.map((x) => x.value));
  if (add.length) {
    await latest.click(`#zones input[value='${add[0]}']`);
    const p = await params(latest);
    for (const z of had) assert.ok(p.zones.split(",").includes(z), `${z} stays chosen`);
    assert.ok(p.zones.split(",").includes(add[0]));
    assert.match(await latest.$eval("#chart-desc", (e) => e.textContent), new RegExp(p.period ?? year));
  }
  await latest.close();
  assert.equal(before, "2023");
  void rows;
  void other;
  // 兰白两区 says what it is where it is drawn.
  const lanbai = await open("?lang=zh&chart=indicator&indicator=gdp&zones=lanbai");
  const notes = await lanbai.$eval("#zone-notes", (e) => (e.hidden ? "" : e.textContent));
  assert.match(notes, /兰白/);
  await lanbai.close();
  await page.close();
});

test("keyboard: focus stays on the box just toggled; arrowing through charts adds one history entry", async () => {
  const page = await open("?lang=en");
  const box = await page.$eval("#zones input", (b) => b.value);
  await page.focus(`#zones input[value='${box}']`);
  await page.keyboard.press("Space");
  await page.waitForFunction(() => new URLSearchParams(location.search).has("zones"));
  assert.equal(await page.evaluate(() => document.activeElement?.value), box);
  assert.equal(await page.evaluate(() => document.activeElement?.type), "checkbox");
  const h0 = await page.evaluate(() => history.length);
  await page.focus("#chart-select");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  const h1 = await page.evaluate(() => history.length);
  assert.ok(h1 - h0 <= 1, `${h1 - h0} history entries for four steps`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "chart-select");
  await page.close();
});

test("copy: seen and heard when it works; without the clipboard the text is selected and the page says so", async () => {
  await browser.defaultBrowserContext().overridePermissions(server.url, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
  const ok = await open("?lang=en");
  await ok.click("#copy-link");
  await ok.waitForFunction(() => !document.getElementById("copy-status").hidden);
  assert.match(await ok.$eval("#copy-status", (e) => e.textContent), /Link copied/);
  assert.equal(await ok.evaluate(() => navigator.clipboard.readText()), await ok.evaluate(() => location.href));
  await ok.close();

  const page = await openPage(browser, "about:blank");
  await page.evaluateOnNewDocument(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  await page.goto(`${server.url}/index.html?lang=zh`);
  await ready(page);
  await page.click("#copy-link");
  await page.waitForFunction(() => !document.getElementById("copy-status").hidden);
  const state = await page.evaluate(() => ({
    status: document.getElementById("copy-status").textContent,
    live: document.getElementById("live").textContent,
    field: !document.getElementById("link-field").hidden,
    selected: document.activeElement.id === "link-field" && document.activeElement.selectionEnd - document.activeElement.selectionStart === location.href.length,
  }));
  assert.match(state.status, /Ctrl\+C/);
  assert.doesNotMatch(state.status + state.live, /已复制/);
  assert.ok(state.field && state.selected, "the link is shown and selected");
  // The embed dialog's code, the same way.
  await page.click("#embed-open");
  await page.click("#embed-copy-script");
  await page.waitForFunction(() => !document.getElementById("embed-status").hidden);
  assert.match(await page.$eval("#embed-status", (e) => e.textContent), /Ctrl\+C/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "embed-script");
  await page.close();
});

test("downloads: CSV with a BOM, filenames that name chart, zones, year and indicator", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "gz-q-"));
  const names = [];
  for (const q of ["?lang=zh", "?lang=zh&zones=lanzhou-htz,baiyin-htz&period=2023", "?lang=en&chart=indicator&indicator=high_tech_enterprises"]) {
    const page = await open(q);
    const cdp = await page.createCDPSession();
    await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: dir });
    const had = new Set(readdirSync(dir));
    await page.click("#dl-csv");
    let name;
    // The file may appear before its bytes are written: wait for both.
    const written = () => (name = readdirSync(dir).find((f) => !had.has(f) && f.endsWith(".csv"))) && statSync(path.join(dir, name)).size > 3;
    for (let i = 0; i < 100 && !written(); i++) await sleep(100);
    assert.ok(name, `a CSV for ${q}`);
    names.push(name);
    const bytes = readFileSync(path.join(dir, name));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte order mark");
    await page.close();
  }
  assert.equal(new Set(names).size, names.length, `names collide: ${names}`);
  assert.equal(names[0], "gansu-zones_gdp-by-zone_default-zones_2024_zh.csv");
  assert.equal(names[1], "gansu-zones_gdp-by-zone_lanzhou-htz+baiyin-htz_2023_zh.csv");
  assert.match(names[2], /^gansu-zones_indicator_.*high_tech_enterprises_en\.csv$/);
});

test("embed dialog: labelled fields, a live preview at the chosen width, the snippet follows the choices", async () => {
  const page = await open("?lang=en");
  await page.click("#embed-open");
  const s0 = await page.$eval("#embed-script", (t) => t.value);
  await page.select("#embed-theme", "dark");
  const s1 = await page.$eval("#embed-script", (t) => t.value);
  assert.notEqual(s1, s0);
  assert.match(s1, /theme="dark"|theme=dark/);
  for (const w of ["320", "480"]) {
    await page.select("#embed-width", w);
    const cw = await page.$eval("#embed-canvas", (c) => c.clientWidth);
    assert.equal(cw, Number(w));
  }
  const unlabelled = await page.$$eval("#embed-dialog select, #embed-dialog textarea, #embed-dialog input", (els) =>
    els.filter((e) => !e.labels?.length && !e.getAttribute("aria-label")).map((e) => e.id));
  assert.deepEqual(unlabelled, []);
  await page.$eval("#embed-dialog", (d) => d.scrollTo(0, 0));
  await shot(page, "quality-embed-dialog-en");
  await page.close();
});

test("touch: pinch-zoom is the browser's, a tap shows the tooltip", async () => {
  const page = await open("?lang=zh", { width: 375, height: 740 });
  const ta = await page.$eval("#canvas", (c) => getComputedStyle(c).touchAction);
  assert.match(ta, /pinch-zoom/);
  assert.match(ta, /pan-y/);
  const m = await page.evaluate(() => {
    const r = document.getElementById("canvas").getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
  const mark = await page.evaluate(() => {
    // the first mark's box, from the focus ring the keyboard would draw
    return null;
  });
  void mark;
  const r = await page.$eval("#canvas", (c) => c.getBoundingClientRect().toJSON());
  let shown = false;
  for (let x = 20; x < r.width && !shown; x += 16) {
    await page.touchscreen.tap(r.left + x, r.top + r.height * 0.7);
    shown = await page.$eval("#tip", (t) => !t.hidden);
  }
  void m;
  assert.ok(shown, "a tap on a bar shows its tooltip");
  await page.close();
});

/** The page printed to PDF on `format`; returns the PDF's page count. */
async function pdf(page, format, name) {
  const buf = Buffer.from(await page.pdf({ format, printBackground: true, margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } }));
  writeFileSync(path.join(SHOTS, `${name}.pdf`), buf);
  return Number(buf.toString("latin1").match(/\/Type \/Pages\s*\/Count (\d+)/)?.[1] ?? 0);
}

test("print: A4, A5 and Letter show the chart whole, drawn for the paper, light, never split", async () => {
  for (const theme of ["light", "dark"]) {
    const page = await open(`?lang=zh&theme=${theme}`);
    for (const [format, mm] of [["A4", 210], ["A5", 148], ["Letter", 216]]) {
      const n = await pdf(page, format, `quality-print-${format}-${theme}`);
      assert.ok(n >= 1, `${format}: ${n} pages`);
      // The layout as printed: the page box is the paper less its margins.
      const cssWidth = Math.floor(((mm - 24) / 25.4) * 96);
      await page.emulateMediaType("print");
      await page.setViewport({ width: cssWidth, height: 900 });
      await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
      const box = await page.evaluate(() => {
        const svg = [...document.querySelectorAll("#print-img svg")].find((s) => getComputedStyle(s).display !== "none");
        const r = svg.getBoundingClientRect();
        return { w: r.width, h: r.height, vb: svg.viewBox.baseVal.width, fill: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color };
      });
      assert.ok(box.w <= cssWidth + 1, `${format}: the chart is ${box.w} px wide on a ${cssWidth} px page`);
      assert.ok(box.h <= ((format === "A5" ? 210 : 279) - 24) / 25.4 * 96, `${format}: the chart is ${box.h} px tall`);
      assert.equal(box.vb, format === "A5" ? 480 : 700, `${format}: drawn for its paper`);
      assert.equal(box.fill, "rgb(255, 255, 255)");
      assert.equal(box.fg, "rgb(0, 0, 0)");
      const brk = await page.$eval("#print-img", (e) => getComputedStyle(e).breakInside);
      assert.equal(brk, "avoid");
      await page.emulateMediaType("screen");
      await page.setViewport({ width: 1280, height: 900 });
    }
    await page.close();
  }
});

test("print: the demo article on A4, A5 and Letter, each embedded chart redrawn for the paper, light, whole", async () => {
  const page = await openPage(browser, `${server.url}/www/demo/article.html`, { width: 1000, height: 800 });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
  // Every chart loaded (they start near the viewport): scroll through the article.
  const charts = await page.$$eval("gansu-zones-chart", (e) => e.length);
  // Each chart brought into view in turn and waited for until drawn (not just present: a
  // canvas is 300 px wide before it draws), so lazy charts never stay unloaded.
  for (let i = 0; i < charts; i++) {
    await page.evaluate((i) => document.querySelectorAll("gansu-zones-chart")[i].scrollIntoView(), i);
    await page.waitForFunction((i) => document.querySelectorAll("gansu-zones-chart")[i].shadowRoot?.querySelector(".status")?.hidden, { timeout: 60000 }, i);
  }
  for (const [format, mm, tall] of [["A4", 210, 297], ["A5", 148, 210], ["Letter", 216, 279]]) {
    const n = await pdf(page, format, `quality-article-${format}`);
    assert.ok(n >= 2, `${format}: ${n} pages`);
    const cssWidth = Math.floor(((mm - 24) / 25.4) * 96);
    const cssHeight = Math.floor(((tall - 24) / 25.4) * 96);
    await page.emulateMediaType("print");
    await page.setViewport({ width: cssWidth, height: cssHeight });
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    const drawn = await page.evaluate(() => [...document.querySelectorAll("gansu-zones-chart")].map((e) => {
      const c = [...e.shadowRoot.querySelectorAll(".print canvas")].find((c) => getComputedStyle(c).display !== "none");
      const fig = e.shadowRoot.querySelector("figure");
      if (!c) return null;
      const r = c.getBoundingClientRect();
      return { cls: c.className, w: r.width, h: r.height, bitmap: c.width, fg: getComputedStyle(fig).color, box: getComputedStyle(e.shadowRoot.querySelector(".box")).display };
    }));
    assert.equal(drawn.length, charts);
    for (const d of drawn) {
      assert.ok(d, `${format}: a chart not redrawn for print`);
      assert.ok(d.w <= cssWidth + 1 && d.h <= cssHeight, `${format}: a chart ${d.w}x${d.h} on a ${cssWidth}x${cssHeight} page`);
      assert.equal(d.cls, format === "A5" ? "n" : "w");
      // (A canvas is one block: it never splits across pages; it fits one, checked above.)
      assert.equal(d.box, "none", "the screen's (dark) drawing is not printed");
      assert.ok(["rgb(0, 0, 0)", "rgb(26, 26, 26)"].includes(d.fg), `${format}: caption text ${d.fg} on paper`);
    }
    await page.emulateMediaType("screen");
    await page.setViewport({ width: 1000, height: 800 });
  }
  await page.close();
});

test("print: a chart never scrolled near is drawn for the paper too, with the core another chart loaded", async () => {
  const page = await openPage(browser, `${server.url}/tests/e2e/blank.html`, { width: 800, height: 700 });
  await page.evaluate((root) => {
    document.body.innerHTML = `<gansu-zones-chart chart="tax"></gansu-zones-chart><div style="height:6000px"></div><gansu-zones-chart chart="rankings" version="2026-11-21" zones="zhangye-etdz"></gansu-zones-chart><div style="height:6000px"></div><gansu-zones-chart chart="gdp-growth" lang="en"></gansu-zones-chart>`;
    const s = document.createElement("script");
    s.src = `${root}/www/embed.js`;
    document.body.append(s);
  }, server.url);
  await page.waitForFunction(() => document.querySelector("gansu-zones-chart").shadowRoot?.querySelector(".status")?.hidden, { timeout: 60000 });
  // Once the core has loaded, the charts not started fetch their data parts; a reader prints
  // after that (on a loaded machine the fetch can outlast the first draw by a while).
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 30000 });
  await page.emulateMediaType("print");
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  const printed = await page.evaluate(() => [...document.querySelectorAll("gansu-zones-chart")].map((e) => {
    const c = [...e.shadowRoot.querySelectorAll(".print canvas")].find((c) => getComputedStyle(c).display !== "none");
    return c ? c.width : 0;
  }));
  // The live core is loaded (the first chart drew): the third chart, never near, prints
  // drawn. The second is pinned to a version whose core nothing loaded: it prints as it shows.
  assert.ok(printed[0] > 0 && printed[2] > 0, `printed canvases: ${printed}`);
  assert.equal(printed[1], 0);
  const started = await page.evaluate(() => performance.getEntriesByType("resource").filter((r) => r.name.includes("/versions/")).length);
  assert.equal(started, 0, "printing loads no core: it cannot wait for one");
  await page.close();
});

/** Every text a reader can see on the page, shadow roots, tooltips, open details and form
 *  values included, with the texts that are quotes of the articles left out (they are the
 *  articles' words, not ours). */
const visibleText = (page) => page.evaluate(() => {
  const out = [];
  const walk = (root) => {
    for (const n of root.querySelectorAll("*")) {
      if (n.shadowRoot) walk(n.shadowRoot);
      // (The finder's cleaned article, its quotes and the clutter lines it dropped are the article's.)
      if (n.closest("q, script, style, code, noscript, #text, #quote, .quote-cell, #dropped")) continue;
      for (const c of n.childNodes) if (c.nodeType === 3 && c.textContent.trim()) out.push(c.textContent.trim());
      if (n.getAttribute("aria-label")) out.push(n.getAttribute("aria-label"));
      if (n.matches("input:not([type=hidden])") && n.value && !n.readOnly) out.push(n.value); // (a textarea holds an article)
    }
  };
  walk(document);
  return out;
});
/** ASCII , : ; ( ) ! ? beside a Chinese character: product text in Chinese uses full-width marks.
 *  (Quotes of the articles, “…”, keep the seeds' characters: data/NOTES.md, "Punctuation".) */
const halfWidth = (texts) => texts.filter((t) => /[\u4e00-\u9fff][,:;()!?]|[,:;(!?][\u4e00-\u9fff]/.test(t.replace(/“[^”]*”/g, "")));

test("Chinese product text uses full-width punctuation: explorer, tooltip, tables, finder, embeds and their messages", async () => {
  const found = [];
  const explorer = await open("?lang=zh");
  await explorer.evaluate(() => { document.querySelector("#all-data").open = true; });
  await explorer.waitForFunction(() => document.querySelector("#data tbody tr"));
  await explorer.focus("#canvas");
  await explorer.keyboard.press("ArrowRight");
  await explorer.click("#embed-open");
  found.push(...halfWidth(await visibleText(explorer)).map((t) => `explorer: ${t}`));
  await explorer.close();
  const finder = await openPage(browser, `${server.url}/www/find.html?lang=zh&sample=003_5214532eb5fde7ef.txt`);
  await finder.waitForFunction(() => document.documentElement.dataset.found, { timeout: 30000 });
  found.push(...halfWidth(await visibleText(finder)).map((t) => `finder: ${t}`));
  await finder.close();
  for (const demo of ["article", "no-wasm", "strict-csp"]) {
    const page = await openPage(browser, `${server.url}/www/demo/${demo}.html`, { width: 900, height: 20000 });
    await page.waitForFunction(() => [...document.querySelectorAll("gansu-zones-chart")].every((e) => e.shadowRoot?.querySelector(".status")?.hidden || e.shadowRoot?.querySelector(".status.error")), { timeout: 60000 });
    found.push(...halfWidth(await visibleText(page)).map((t) => `${demo}: ${t}`));
    await page.close();
  }
  // The embed's messages: a wrong chart, a wrong zone, a wrong size.
  const bad = await openPage(browser, `${server.url}/tests/e2e/blank.html`, { width: 800, height: 900 });
  await bad.evaluate((root) => {
    document.body.innerHTML = `<gansu-zones-chart chart="nope" loading="eager"></gansu-zones-chart><gansu-zones-chart chart="tax" zones="nowhere" loading="eager"></gansu-zones-chart><gansu-zones-chart chart="tax" height="5" loading="eager"></gansu-zones-chart>`;
    const s = document.createElement("script");
    s.src = `${root}/www/embed.js`;
    document.body.append(s);
  }, server.url);
  await bad.waitForFunction(() => [...document.querySelectorAll("gansu-zones-chart")].every((e) => e.shadowRoot?.querySelector(".status.error")), { timeout: 30000 });
  found.push(...halfWidth(await visibleText(bad)).map((t) => `embed error: ${t}`));
  await bad.close();
  assert.deepEqual(found, []);
});

test("screenshots at 120, 320, 375, 768 and 1280 px, zh and en, light and dark", async () => {
  for (const width of [120, 320, 375, 768, 1280]) {
    for (const lang of ["zh", "en"]) {
      for (const theme of ["light", "dark"]) {
        const page = await open(`?lang=${lang}&theme=${theme}`, { width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `${width} ${lang} ${theme}: the page scrolls ${overflow} px sideways`);
        await page.$eval("#figure", (f) => f.scrollIntoView());
        await shot(page, `quality-${width}-${lang}-${theme}`);
        assert.deepEqual(page.problems, []);
        await page.close();
      }
    }
  }
  assert.ok(readdirSync(SHOTS).filter((f) => f.startsWith("quality-")).length >= 20);
});
