//! Cleaning an article as the seeds come: the converter's pinyin annotations removed
//! (頁(yè) → 頁), traditional characters converted to simplified (OpenCC's dictionaries,
//! through `ferrous-opencc`), and page clutter lines dropped (menus, footers, ads, related
//! links, view counters). Punctuation is kept as printed, so the quotes the finder takes
//! are the article's own words, as the data tests find them.

use std::sync::OnceLock;

/// The cleaned text and what was dropped.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// Kept lines joined with `\n`; every offset the finder reports is into this text.
    pub text: String,
    /// Lines dropped as clutter, cleaned, for the editor to check.
    pub dropped: Vec<String>,
    /// Pinyin annotations removed.
    pub annotations: usize,
}

/// Removes the converter's pinyin annotations: a parenthesis holding only lowercase
/// letters (with tone marks), as in `頁(yè)` or `經(jīng)`. Other parentheses stay.
pub fn strip_pinyin(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut rest = text;
    while let Some(open) = rest.find(['(', '（']) {
        out.push_str(&rest[..open]);
        let open_len = if rest[open..].starts_with('(') {
            1
        } else {
            '（'.len_utf8()
        };
        let after = &rest[open + open_len..];
        match after.find([')', '）']) {
            Some(close)
                if close > 0
                    && close <= 12
                    && after[..close].chars().all(|c| {
                        c.is_alphabetic() && !c.is_ascii_uppercase() && (c as u32) < 0x2000
                    }) =>
            {
                removed += 1;
                let close_len = after[close..].chars().next().map_or(1, char::len_utf8);
                rest = &after[close + close_len..];
            }
            _ => {
                out.push_str(&rest[open..open + open_len]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, removed)
}

/// Traditional characters to simplified, with OpenCC's phrase and character tables.
pub fn to_simplified(text: &str) -> String {
    static T2S: OnceLock<Option<ferrous_opencc::OpenCC>> = OnceLock::new();
    let converter = T2S.get_or_init(|| {
        ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s).ok()
    });
    match converter {
        Some(c) => c.convert(text),
        None => text.to_string(),
    }
}

/// Whether a cleaned line is page clutter rather than article text.
pub fn is_clutter(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    const MARKS: [&str; 16] = [
        "ICP备",
        "公网安备",
        "版权所有",
        "版权申明",
        "免责声明",
        "责任编辑",
        "网站地图",
        "联系我们",
        "更多>",
        "推荐图文",
        "推荐资讯",
        "点击排行",
        "<image>",
        "![",
        "首页 >",
        "农历",
    ];
    if MARKS.iter().any(|m| t.contains(m)) {
        return true;
    }
    // Menus: several `|` separators.
    if t.matches('|').count() >= 2 {
        return true;
    }
    // A list of related links: `- 2025-02-22 title`.
    if t.starts_with("- ") && t[2..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // A view counter or page number alone on its line.
    if t.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    // Ad and tag lines: `_`-joined keywords, or many short space-separated words
    // with no sentence punctuation.
    if t.matches('_').count() >= 3 {
        return true;
    }
    let punct = t.chars().any(|c| "，,。；;：:、！？".contains(c));
    let words = t.split_whitespace().count();
    if !punct && words >= 5 && t.chars().count() < 40 * words {
        return true;
    }
    false
}

/// Cleans an article: annotations, traditional characters, clutter lines.
pub fn clean(text: &str) -> Cleaned {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let (stripped, annotations) = strip_pinyin(&text);
    let simplified = to_simplified(&stripped);
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for line in simplified.split('\n') {
        // Tabs would break the tab-separated rows the page sends back: read as spaces.
        let line = line.replace('\t', " ");
        if is_clutter(&line) {
            dropped.push(line.trim().to_string());
        } else {
            kept.push(line.trim_end().to_string());
        }
    }
    // No runs of blank lines.
    let mut out = String::with_capacity(simplified.len());
    let mut blank = true;
    for line in kept {
        let is_blank = line.trim().is_empty();
        if is_blank && blank {
            continue;
        }
        blank = is_blank;
        out.push_str(line.trim_start_matches([' ', '\u{3000}']));
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    Cleaned {
        text: out,
        dropped,
        annotations,
    }
}
