// Which language a page shows, written once. A chart's language is always what was asked
// (`lang=zh|en`) when it was asked; otherwise it depends on who chose the page:
// - the explorer and the iframe are the reader's: Chinese for a browser that prefers any
//   Chinese, English otherwise;
// - an embed is the article's: English on an English page (`<html lang="en…">`), Chinese
//   otherwise (the articles these charts serve are Chinese first).

const valid = (asked) => (asked === "zh" || asked === "en" ? asked : null);

/** The reader's language: `asked`, else the browser's preference. */
export const readerLang = (asked) => valid(asked) ?? (navigator.languages.some((l) => l.startsWith("zh")) ? "zh" : "en");

/** The article's language: `asked`, else the page's `lang`. */
export const articleLang = (asked) => valid(asked) ?? ((document.documentElement.lang || "zh").toLowerCase().startsWith("en") ? "en" : "zh");
