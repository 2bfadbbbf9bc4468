// The iframe embed (embed.html?chart=…): one <gansu-zones-chart> made from the query, and
// its height posted to the host page after every change, as Datawrapper's responsive
// iframes do. Query values reach the element only as attribute values (never as HTML).
// embed.html loads embed.js (a classic script) before this module runs.
const q = new URLSearchParams(location.search);
const chart = document.createElement("gansu-zones-chart");
for (const key of ["chart", "zones", "period", "indicator", "lang", "theme", "version", "heights", "height"]) {
  if (q.has(key)) chart.setAttribute(key, q.get(key));
}
if (!q.has("lang")) chart.setAttribute("lang", navigator.languages.some((l) => l.startsWith("zh")) ? "zh" : "en");
document.documentElement.lang = chart.getAttribute("lang") === "en" ? "en" : "zh-CN";
document.getElementById("frame").append(chart);

// Where wasm cannot run, the element shows the fallback it finds in its <noscript>: the
// prebuilt SVG of this view (named as `chart::fallback_file` names it in Rust), when the
// view has one. A missing image removes itself.
if (!q.has("zones") && q.get("chart")) {
  const version = q.get("version");
  const dir = version && /^\d{4}-\d{2}-\d{2}$/.test(version) ? `../versions/${version}/` : "../pkg/";
  let name = `${q.get("chart")}.${chart.getAttribute("lang")}`;
  if (q.get("indicator")) name += `.indicator-${q.get("indicator")}`;
  if (q.get("period")) name += `.period-${q.get("period")}`;
  const img = document.createElement("img");
  img.src = new URL(`${dir}fallback/${encodeURIComponent(name)}.svg`, location.href).href;
  img.alt = "";
  const noscript = document.createElement("noscript");
  noscript.textContent = img.outerHTML;
  chart.append(noscript);
}

// The height goes to the parent whenever it changes; the parent sizes the iframe.
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ "gansu-zones-height": height }, "*");
}).observe(document.documentElement);
