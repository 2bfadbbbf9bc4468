// The snippet's <noscript> fallback, read as data (never parsed as HTML).

/** Reads the fallback markup the snippets write (`<img src alt>`, a `<table>` with its
 *  `<caption>`, `<tr>`, `<th>`, `<td class="num">`) as data: tags by pattern, text with its
 *  character references decoded. Nothing in it is ever parsed as HTML. */
export function readNoscript(text) {
  const out = { img: null, rows: [], caption: "" };
  let row = null, cell = null, inCaption = false;
  for (const [, close, name, attrs, chars] of text.matchAll(/<(\/?)([a-zA-Z]+)([^>]*)>|([^<]+)/g)) {
    if (chars !== undefined) {
      if (cell) cell.text += decode(chars);
      else if (inCaption) out.caption += decode(chars);
      continue;
    }
    const tag = name.toLowerCase();
    if (close) {
      if (tag === "caption") inCaption = false;
      if (tag === "td" || tag === "th") cell = null;
    } else if (tag === "img") out.img ??= { src: attr(attrs, "src"), alt: attr(attrs, "alt") };
    else if (tag === "caption") inCaption = true;
    else if (tag === "tr") out.rows.push((row = []));
    else if ((tag === "td" || tag === "th") && row) row.push((cell = { tag, num: /(^|\s)num(\s|$)/.test(attr(attrs, "class") ?? ""), text: "" }));
  }
  return out;
}

function attr(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attrs);
  return m ? decode(m[1] ?? m[2] ?? m[3]) : null;
}

const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] !== "#") return NAMED[e.toLowerCase()] ?? m;
    const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
  });
