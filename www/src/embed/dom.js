// Building the element's Shadow DOM: nodes, and the one style sheet every chart shares.
import CSS_TEXT from "./embed.css";
import { SHEET } from "./where.js";

// One constructed sheet for every chart, bundled as text: in place before the first paint,
// with no request (CSP's style-src governs <style> and <link>, not constructed sheets).
// Browsers without them (Safari before 16.4) get the same sheet as a file.
let sheet;
export function style(root) {
  if (!root.adoptedStyleSheets) {
    const link = el("link", "", root);
    link.rel = "stylesheet";
    link.href = SHEET;
    return;
  }
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS_TEXT);
  root.adoptedStyleSheets = [sheet];
}

export function el(tag, cls, parent) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  parent?.append(node);
  return node;
}

/** A table cell with its text, naming its column: a narrow chart shows each row as a card,
 *  with the column's name beside or above each value (embed.css). */
export function cell(row, tag, num, text, col) {
  const node = el(tag, num ? "num" : "", row);
  node.textContent = text;
  if (col) node.dataset.col = col;
  return node;
}
