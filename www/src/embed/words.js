// The element's own words, in both languages: what it says before the core loads or when it
// cannot load (everything about the chart itself comes from the core, in its language).
// The words the core shares (table columns, a year not stated, error kinds) come from it.
import { COLUMNS, NOT_STATED, ERRORS } from "../shared/rules.js";

export const WORDS = {
  zh: { lang: "zh", loading: "正在加载图表…", table: "数据表", open: "在 Gansu Zones 中查看", notYear: NOT_STATED.zh, source: "来源", quote: "原文",
    cols: COLUMNS.zh, keys: "聚焦图表后，可用方向键在数值间移动。",
    failed: "图表无法加载。", bad: "图表无法显示：", follows: ["", "下面是预先生成的图片。", "下面是数据表。", "下面是预先生成的图片和数据表。"],
    why: { ...ERRORS.zh, missing: "未指定图表", version: "数据版本有误" } },
  en: { lang: "en", loading: "Loading the chart…", table: "Data table", open: "Open in Gansu Zones", notYear: NOT_STATED.en, source: "Source", quote: "Article",
    cols: COLUMNS.en, keys: "Focus the chart, then move between values with the arrow keys.",
    failed: "The chart could not load.", bad: "The chart cannot be shown: ", follows: ["", " A prebuilt image follows.", " The data table follows.", " A prebuilt image and the data table follow."],
    why: { ...ERRORS.en, missing: "no chart named", version: "a wrong data version" } },
};
