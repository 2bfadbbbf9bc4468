// The explorer's small DOM helpers: nodes, table rows, downloads, copying.

export const $ = (id) => document.getElementById(id);

export function line(parent, text, cls) {
  const el = document.createElement(cls === "title" ? "strong" : "div");
  if (cls && cls !== "title") el.className = cls;
  el.textContent = text;
  parent.append(el);
}

/** A row of cells, each [text or node, class]; each cell carries its column's name, which
 *  a phone shows beside it when the table turns into one card per row. */
export function cellRow(tbody, cells, cols) {
  const tr = tbody.insertRow();
  cells.forEach(([content, cls], j) => {
    const td = tr.insertCell();
    if (Array.isArray(content)) td.append(...content);
    else td.textContent = content ?? "";
    if (cls) td.className = cls;
    if (cols) td.dataset.col = cols[j];
  });
}

export function head(table, cols) {
  const tr = document.createElement("tr");
  for (const c of cols) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = c;
    tr.append(th);
  }
  table.tHead.replaceChildren(tr);
}

export function el(tag, text, cls) {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export function save(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

/** CSV for spreadsheets: a UTF-8 byte order mark first, so Excel on Windows reads Chinese. */
export const csvBlob = (text) => new Blob(["\ufeff", text], { type: "text/csv;charset=utf-8" });

/** Copies the text of `field` (an input or textarea). Says so in `status` (seen) and in the
 *  live region (heard) only once the clipboard took it; without the clipboard API (a plain
 *  HTTP host) or when it refuses, shows and selects the text and says `failed` (press Ctrl+C). */
export async function copy(field, status, done, failed) {
  let ok = false;
  if (navigator.clipboard && isSecureContext) {
    try {
      await navigator.clipboard.writeText(field.value);
      ok = true;
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    field.hidden = false;
    field.focus();
    field.select();
  }
  const text = ok ? `✓ ${done}` : failed;
  status.textContent = text;
  status.hidden = false;
  status.classList.toggle("warn", !ok);
  $("live").textContent = text;
  clearTimeout(status.timer);
  if (ok) status.timer = setTimeout(() => (status.hidden = true), 4000);
}
