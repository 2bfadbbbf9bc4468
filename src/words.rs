//! Words the core writes and the pages' JS shows too (before the core has loaded, or around
//! what it returns): written once, here. `publish::js` hands them to the JS in the module
//! the build generates (`www/src/shared/rules.js`).

use crate::format::Lang;

/// The data table's columns: the snippets' fallback table, the explorer's and the embed's.
pub fn table_columns(l: Lang) -> [&'static str; 6] {
    l.pick(
        ["类别", "系列", "数值", "状态", "年份", "来源"],
        ["Category", "Series", "Value", "Status", "Year", "Source"],
    )
}

/// What stands in a table's year column for a figure the article gives no year.
pub fn year_not_stated(l: Lang) -> &'static str {
    l.pick("未注明年份", "year not stated")
}

/// Between a label and its text ("来源：…", "Source: …").
pub fn colon(l: Lang) -> &'static str {
    l.pick("：", ": ")
}

/// Between the items of a list (sources, formulas).
pub fn list_separator(l: Lang) -> &'static str {
    l.pick("；", "; ")
}

/// What went wrong, by the kind of error the wasm API reports (`e.kind`), for the page to
/// say to a reader: "图表无法显示：未知的图表“x”。". The pages add kinds of their own (the
/// embed's `missing` and `version`).
pub const ERROR_KINDS: [&str; 5] = ["chart", "zone", "indicator", "param", "size"];

pub fn error_kind(kind: &str, l: Lang) -> &'static str {
    match kind {
        "chart" => l.pick("未知的图表", "unknown chart"),
        "zone" => l.pick("未知的开发区", "unknown zone"),
        "indicator" => l.pick("未知的指标", "unknown indicator"),
        "size" => l.pick("尺寸有误", "a wrong size"),
        _ => l.pick("参数有误", "a wrong parameter"),
    }
}
