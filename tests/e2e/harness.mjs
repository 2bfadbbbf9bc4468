// Shared by the end-to-end tests: the repo served by scripts/serve.py (the README's
// server) and Debian's Chromium driven by puppeteer-core.
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, after } from "node:test";
import puppeteer from "puppeteer-core";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const SHOTS = path.join(ROOT, "tests/screenshots");

/** The command line the tests ask for snippets, versions and CSV: built first (cargo does
 *  nothing when it is fresh), so a test never needs a build run before it. */
export const CLI = path.join(ROOT, "target/debug/gansu-zones");
execFileSync("cargo", ["build", "--quiet", "--bin", "gansu-zones"], { cwd: ROOT, stdio: "inherit" });

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** scripts/serve.py on a free port: the repo with its `_headers`, or `root` and `headers`.
 *  `host` names it in URLs (`localhost` and `127.0.0.1` are two origins of two sites).
 *  With `log`, `server.log` collects the requests it answered ("GET /www/embed.js 200"). */
export async function startServer({ root, headers, host = "127.0.0.1", log = false } = {}) {
  const port = await freePort();
  const args = [path.join(ROOT, "scripts/serve.py"), String(port)];
  if (root) args.push("--root", root);
  if (headers) args.push("--headers", headers);
  const env = { ...process.env, SERVE_LOG: log ? "1" : "" };
  const proc = spawn("python3", args, { stdio: ["ignore", "pipe", log ? "pipe" : "inherit"], env });
  const server = { url: `http://${host}:${port}`, origin: `http://${host}:${port}`, log: [], stop: () => proc.kill() };
  if (log) {
    proc.stderr.on("data", (d) => {
      for (const m of d.toString().matchAll(/"(\w+) (\S+) HTTP\/[\d.]+" (\d+)/g)) server.log.push(`${m[1]} ${m[2]} ${m[3]}`);
    });
  }
  await new Promise((resolve, reject) => {
    proc.stdout.on("data", (d) => d.toString().includes("serving") && resolve());
    proc.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  return server;
}

// Records, from before any page script runs, what the tests check: draw and error events,
// CSP violations, and each WebAssembly instantiation. Run in the page (evaluateOnNewDocument).
export function probe() {
  const gz = { draws: [], errors: [], violations: [], instantiations: 0, shift: 0, globals: Object.keys(window) };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) gz.shift += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  Object.defineProperty(window, "__probe", { value: gz, enumerable: false });
  // An element without an id is named by its place on the page, as nameCharts names it.
  const id = (el) => (el.id ||= `chart-${[...document.querySelectorAll("gansu-zones-chart")].indexOf(el)}`);
  document.addEventListener("gansu-zones:draw", (e) => gz.draws.push({ ...e.detail, id: id(e.target) }));
  document.addEventListener("gansu-zones:error", (e) => gz.errors.push({ ...e.detail, id: id(e.target) }));
  document.addEventListener("securitypolicyviolation", (e) => gz.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  for (const f of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[f];
    WebAssembly[f] = function (...args) {
      gz.instantiations++;
      return original.apply(this, args);
    };
  }
}

export async function launch(extraArgs = []) {
  mkdirSync(SHOTS, { recursive: true });
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    userDataDir: mkdtempSync(path.join(tmpdir(), "gz-chrome-")),
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars", ...extraArgs,
    ],
  });
}

/** A new page that records console errors and page errors in `page.problems`. */
export async function openPage(browser, url, { width = 1280, height = 900, dpr = 1 } = {}) {
  const page = await browser.newPage();
  page.problems = [];
  page.on("console", (m) => m.type() === "error" && page.problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.setViewport({ width, height, deviceScaleFactor: dpr });
  await page.goto(url, { waitUntil: "load" });
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

/** The server and the browser of a test file that needs one of each: `useShared()` starts
 *  them before its tests and closes them after; `server` and `browser` are then set. */
export let server, browser;
export function useShared() {
  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });
}
