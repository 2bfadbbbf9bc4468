// The explorer's interface words in both languages, and what the page shows before the core
// has loaded. Imported by app.js, and by early.js, the small module that blocks the first
// paint (so the large app.js does not). The words the core shares come from it (rules.js).
import { COLUMNS, NOT_STATED, ERRORS, STATUS } from "../shared/rules.js";
import { readerLang } from "../shared/lang.js";

export const UI = {
  zh: {
    lang: "zh", title: "甘肃开发区经济数据", tagline: "每个数字都来自五篇报道之一；推算值注明公式。", controls: "选择图表",
    chart: "图表", indicator: "指标", period: "年份", zones: "开发区", latest: "最新", allZones: "（默认）",
    loading: "正在加载…", keys: "键盘：聚焦图表后用方向键在数值间移动，Esc 取消。",
    png: "下载 PNG", svg: "下载 SVG", csv: "下载本图数据 CSV", csvAll: "下载全部数据 CSV", copy: "复制链接", copied: "链接已复制",
    tableH: "本图数据", sourcesH: "来源", allH: "全部数据", dark: "深色", light: "浅色",
    cols: COLUMNS.zh, allCols: ["开发区", "指标", "年份", "数值", "状态", "来源"],
    values: (n) => `${n} 个数值`, source: "来源", quote: "原文", noWasm: "图表无法加载。", tableFollows: "下面是全部数据。", noData: "数据也无法加载，请稍后再试。",
    urlProblem: "链接中的参数有误，已改用有效的视图：", notYear: NOT_STATED.zh,
    why: ERRORS.zh,
    embed: "嵌入", embedH: "嵌入本图", embedHelp: "把代码粘贴到文章中。图表随栏宽缩放；脚本或 WebAssembly 不可用时显示图片和数据表。图表网站须发送 README 所列的响应头（CORS）。",
    embedTheme: "配色", themeLight: "浅色（默认）", themeDark: "深色", themeAuto: "跟随读者的系统设置",
    embedFrozen: "固定数据版本", embedScript: "脚本嵌入（推荐）", embedIframe: "iframe 嵌入", copyCode: "复制代码", close: "关闭", codeCopied: "代码已复制",
    frozenHelp: (v) => `固定后，即使数据集更新，图表仍显示 ${v} 版本的数据，并在图下注明“数据截至 ${v}”。`,
    noImage: "此视图选择了自定义开发区，没有预先生成的图片：备用内容只有数据表。",
    defaultZones: "（默认：图中所画的开发区）", chosenZones: "（已选）", fullValue: "完整数值",
    copyFailed: "无法自动复制：已选中文字，请按 Ctrl+C（Mac 上按 ⌘C）复制。", linkLabel: "本视图的链接",
    embedWidth: "预览栏宽", embedPreview: "预览", widthColumn: (w) => `${w} 像素`, scriptCode: "脚本嵌入代码", iframeCode: "iframe 嵌入代码",
    tableScroll: "表格可左右滚动", status: STATUS.zh,
  },
  en: {
    lang: "en", title: "Gansu Zones: the economy of Gansu's development zones", tagline: "Every figure comes from one of five articles; derived values show their formula.", controls: "Choose a chart",
    chart: "Chart", indicator: "Indicator", period: "Year", zones: "Zones", latest: "latest", allZones: "(default)",
    loading: "Loading…", keys: "Keyboard: focus the chart, then move between values with the arrow keys; Esc clears.",
    png: "Download PNG", svg: "Download SVG", csv: "Download chart data (CSV)", csvAll: "Download all data (CSV)", copy: "Copy link", copied: "Link copied",
    tableH: "Data of this chart", sourcesH: "Sources", allH: "All data", dark: "Dark", light: "Light",
    cols: COLUMNS.en, allCols: ["Zone", "Indicator", "Year", "Value", "Status", "Source"],
    values: (n) => `${n} values`, source: "Source", quote: "Article", noWasm: "The chart could not load.", tableFollows: " All the data follows.", noData: " The data could not load either; please try again later.",
    urlProblem: "The link had invalid parameters; showing a valid view instead:", notYear: NOT_STATED.en,
    why: ERRORS.en,
    embed: "Embed", embedH: "Embed this chart", embedHelp: "Paste the code into an article. The chart follows the column's width; where scripts or WebAssembly cannot run, an image and the data table show instead. The chart host must send the headers the README lists (CORS).",
    embedTheme: "Colours", themeLight: "Light (default)", themeDark: "Dark", themeAuto: "Follow the reader's system",
    embedFrozen: "Freeze the data version", embedScript: "Script embed (recommended)", embedIframe: "Iframe embed", copyCode: "Copy code", close: "Close", codeCopied: "Code copied",
    frozenHelp: (v) => `Frozen, the chart keeps showing the data of version ${v} after the dataset is updated, with “Data as of ${v}” in its footer.`,
    noImage: "This view has a custom zone selection, so there is no prebuilt image: the fallback is the data table alone.",
    defaultZones: "(default: the zones drawn)", chosenZones: "(chosen)", fullValue: "Full figure",
    copyFailed: "Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.", linkLabel: "Link to this view",
    embedWidth: "Preview column width", embedPreview: "Preview", widthColumn: (w) => `${w} px`, scriptCode: "Script embed code", iframeCode: "Iframe embed code",
    tableScroll: "The table scrolls sideways", status: STATUS.en,
  },
};

/** The reader's language: the link's `lang`, else the browser's preference (shared/lang.js). */
export const linkLang = () => readerLang(new URLSearchParams(location.search).get("lang"));

/** Before the core loads (early.js runs it before the first paint): the page in the reader's
 *  language and theme, so an English reader never first sees the Chinese page, and a dark
 *  screen never flashes white. */
export function early() {
  const url = new URLSearchParams(location.search);
  const lang = linkLang();
  const dark = url.get("theme") === "dark" || (url.get("theme") !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
  const ui = UI[lang];
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = typeof ui[el.dataset.i18n] === "string" ? ui[el.dataset.i18n] : el.textContent;
  document.getElementById("lang-switch").textContent = lang === "zh" ? "English" : "中文";
  document.getElementById("lang-switch").lang = lang === "zh" ? "en" : "zh";
  document.getElementById("theme-switch").textContent = dark ? ui.light : ui.dark;
  document.title = `${ui.title} · Gansu Zones`;
}
