// The iframe embed (embed.html?chart=…): one <gansu-zones-chart> made from the query, and
// its height posted to the host page after every change, as Datawrapper's responsive
// iframes do. Query values reach the element only as attribute values (never as HTML), and
// the element shows readers a value from them only when it is a well-formed id.
// embed.html loads embed.js (a classic script) before this module runs.
import { ATTRS, NAME } from "../embed/config.js";
import { readerLang } from "../shared/lang.js";

const q = new URLSearchParams(location.search);
const chart = document.createElement(NAME);
for (const key of ATTRS) {
  if (q.has(key)) chart.setAttribute(key, q.get(key));
}
chart.setAttribute("lang", readerLang(q.get("lang")));
document.documentElement.lang = chart.getAttribute("lang") === "en" ? "en" : "zh-CN";
// The frame's one heading, for screen readers (the chart's own title is in its image).
document.getElementById("frame-h").textContent = chart.getAttribute("lang") === "en" ? "Gansu Zones chart" : "Gansu Zones 图表";

// Where the chart cannot draw, the element shows the image its <noscript> names: the file
// the snippet's `fallback=` names (Rust's `publish::fallback_file` wrote it, for views that
// have one), in this version's directory. Only text is written here: nothing is fetched
// unless the chart fails.
const file = q.get("fallback") ?? "";
if (/^[a-z0-9][a-z0-9.-]{0,150}\.svg$/.test(file)) {
  const version = q.get("version") ?? "";
  const dir = /^\d{4}-\d{2}-\d{2}$/.test(version) ? `../versions/${version}/` : "../pkg/";
  const noscript = document.createElement("noscript");
  noscript.textContent = `<img src="${new URL(`${dir}fallback/${file}`, location.href).href}" alt="">`;
  chart.append(noscript);
}
document.getElementById("frame").append(chart);

// The height goes to the parent whenever it changes; the parent sizes the iframe. The
// parent's embed-resize.js is async and may arrive after the first report: on load it
// asks, and the frame tells its height again.
let last = 0;
const report = (again) => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((height === last && !again) || parent === window) return;
  last = height;
  parent.postMessage({ "gansu-zones-height": height }, "*");
};
new ResizeObserver(() => report(false)).observe(document.documentElement);
addEventListener("message", (e) => {
  if (e.source === parent && e.data && e.data["gansu-zones-ask"] === true) report(true);
});
