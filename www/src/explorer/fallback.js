// The explorer without its core (a failed load, blocked wasm): the dataset's CSV, built
// beside the core, shown as a table, or a message that it is missing too.
import { UI, linkLang } from "./ui.js";
import { $, head, cellRow } from "./dom.js";

/** Without the core: say so (the detail goes to the console), and show the dataset from the
 *  CSV built beside it, or say that it is missing too. */
export async function fallback(error) {
  console.error(`Gansu Zones explorer: ${error.message}`);
  const ui = UI[linkLang()];
  document.documentElement.lang = ui.lang === "zh" ? "zh-CN" : "en";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = ui[el.dataset.i18n];
  // Controls and downloads need the core: not offered without it.
  $("controls").hidden = $("actions").hidden = true;
  let rows = null;
  try {
    const res = await fetch("pkg/dataset.csv");
    if (!res.ok) throw new Error(`pkg/dataset.csv: HTTP ${res.status}`);
    rows = parseCsv(await res.text());
    if (rows.length < 2) throw new Error("pkg/dataset.csv is empty");
  } catch (e) {
    console.error(`Gansu Zones explorer: ${e.message}`);
    rows = null;
  }
  const text = ui.noWasm + (rows ? ui.tableFollows : ui.noData);
  $("loading").textContent = text;
  $("loading").classList.add("error");
  const box = $("messages");
  const p = document.createElement("p");
  p.textContent = text;
  box.replaceChildren(p);
  box.hidden = false;
  document.documentElement.dataset.ready = "error";
  if (!rows) return;
  const cols = rows.shift();
  const pick = ["zone_zh", "indicator_zh", "period", "value", "unit", "status", "source_outlet", "source_date"].map((c) => cols.indexOf(c));
  const table = $("data");
  head(table, pick.map((i) => cols[i]));
  for (const r of rows) cellRow(table.tBodies[0], pick.map((i) => [r[i]]));
  $("all-data").open = true;
}

function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
