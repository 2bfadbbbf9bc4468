// The element's own words, in both languages: what it says before the core loads or when it
// cannot load (everything about the chart itself comes from the core, in its language).

export const WORDS = {
  zh: { lang: "zh", loading: "正在加载图表…", table: "数据表", open: "在 Gansu Zones 中查看", notYear: "未注明年份", source: "来源", quote: "原文",
    cols: ["类别", "系列", "数值", "状态", "年份", "来源"], keys: "聚焦图表后，可用方向键在数值间移动。",
    failed: "图表无法加载。", bad: "图表无法显示：", follows: ["", "下面是预先生成的图片。", "下面是数据表。", "下面是预先生成的图片和数据表。"],
    why: { chart: "未知的图表", zone: "未知的开发区", indicator: "未知的指标", param: "参数有误", size: "尺寸有误", missing: "未指定图表", version: "数据版本有误" } },
  en: { lang: "en", loading: "Loading the chart…", table: "Data table", open: "Open in Gansu Zones", notYear: "year not stated", source: "Source", quote: "Article",
    cols: ["Category", "Series", "Value", "Status", "Year", "Source"], keys: "Focus the chart, then move between values with the arrow keys.",
    failed: "The chart could not load.", bad: "The chart cannot be shown: ", follows: ["", " A prebuilt image follows.", " The data table follows.", " A prebuilt image and the data table follow."],
    why: { chart: "unknown chart", zone: "unknown zone", indicator: "unknown indicator", param: "a wrong parameter", size: "a wrong size", missing: "no chart named", version: "a wrong data version" } },
};
