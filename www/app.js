// Wires the page to the wasm core: the Rust side holds the data and formats every number.
import init, * as gz from "../pkg/gansu_zones.js";

const $ = (id) => document.getElementById(id);
const STATUS = { reported: "实际 reported", estimate: "预计 estimate", target: "目标 target", derived: "推算 derived" };

function cell(row, text, cls) {
  const td = row.insertCell();
  td.textContent = text; // never HTML: data and URLs are text
  if (cls) td.className = cls;
  return td;
}

async function main() {
  await init();
  const zones = new Map(gz.zones().map((z) => [z.id, z]));
  const indicators = new Map(gz.indicators().map((i) => [i.id, i]));
  const sources = new Map(gz.sources().map((s) => [s.id, s]));

  for (const s of sources.values()) {
    const li = document.createElement("li");
    li.id = `source-${s.id}`;
    li.textContent = `${s.outlet_zh}(${s.outlet_en}),《${s.title_zh}》,${s.date}`;
    $("sources").append(li);
  }

  const body = $("data").tBodies[0];
  const facts = gz.facts();
  for (const f of facts) {
    const row = body.insertRow();
    const z = zones.get(f.zone), ind = indicators.get(f.indicator);
    cell(row, `${z.name_zh} ${z.name_en}`);
    cell(row, `${ind.name_zh} ${ind.name_en}`);
    cell(row, f.period || "—");
    const v = cell(row, `${f.label_zh} · ${f.label_en}`, "num");
    if (f.formula_zh) v.title = `${f.formula_zh}\n${f.formula_en}`;
    cell(row, STATUS[f.status], `status-${f.status}`);
    cell(row, f.sources.map((id) => `${sources.get(id).outlet_zh} ${sources.get(id).date}`).join(";"));
  }
  const csv = new Blob([gz.csv()], { type: "text/csv;charset=utf-8" });
  $("download").href = URL.createObjectURL(csv);
  $("download").hidden = false;
  $("status").textContent = `${facts.length} 个数值 values`;
  document.documentElement.dataset.ready = "true";
}

main().catch((e) => {
  $("status").textContent = `无法加载 WebAssembly,数据表不可用。Could not load the WebAssembly core: ${e.message}`;
  $("status").className = "error";
  document.documentElement.dataset.ready = "error";
});
