//! The text's structure the finder reads figures in: paragraphs (lines), sentences and
//! clauses, the years it names, and the places it names (the province, cities, zones,
//! groups and parks of the dataset, with the words articles use for them).

use super::scan::{is_han, year_at};
use crate::dataset::{EntityKind, ZONES};

/// Byte ranges of sentences: split after 。！？；; and at line ends.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '！' | '？' | '；' | ';' | '!' | '?' | '\n') {
            let mut end = i + c.len_utf8();
            // Keep a closing quotation mark with its sentence.
            if let Some(q) = text[end..]
                .chars()
                .next()
                .filter(|q| matches!(q, '”' | '」'))
            {
                end += q.len_utf8();
            }
            if end > start {
                out.push((start, end));
            }
            start = end;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    // A closing quote taken by the previous sentence leaves a gap: close it.
    out.retain(|(s, e)| e > s);
    out
}

/// Whether `c` ends a clause.
pub fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '：' | ':' | '。' | '！' | '？' | '；' | ';' | '\n' | '【' | '】' | '(' | ')'
    )
}

/// The clause around byte range `at..end` inside `lo..hi`: from the last clause mark before
/// to the first after (the mark itself excluded).
pub fn clause(text: &str, lo: usize, hi: usize, at: usize, end: usize) -> (usize, usize) {
    let start = text[lo..at]
        .char_indices()
        .rfind(|(_, c)| is_clause_mark(*c))
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let stop = text[end..hi]
        .char_indices()
        .find(|(_, c)| is_clause_mark(*c))
        .map_or(hi, |(i, _)| end + i);
    (start, stop)
}

/// A year the text names.
#[derive(Debug, Clone)]
pub struct YearMention {
    pub at: usize,
    pub year: u16,
    /// A span's first year (2021-2025年).
    pub from: Option<u16>,
    /// The base of a comparison (相较2023年): the period is the next year.
    pub base: bool,
    /// Sets the time of what follows (2023年, … / 到2025年): not an attribute (2025年储备项目).
    pub adverbial: bool,
    /// 到2025年 / 力争到: a deadline.
    pub deadline: bool,
}

pub fn years(text: &str) -> Vec<YearMention> {
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < text.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        // A span: 2021-2025年, 2021—2025年, 2021至2025年.
        let mut from = None;
        let mut at = i;
        if let Ok(y1) = text.get(i..i + 4).unwrap_or("").parse::<u16>() {
            for sep in ["-", "—", "至", "到", "~", "～"] {
                let j = i + 4 + sep.len();
                if text.get(i + 4..j) == Some(sep) {
                    if let Some((y2, _)) = year_at(text, j) {
                        if (1900..=2100).contains(&y1) && y1 < y2 {
                            from = Some(y1);
                            at = j;
                        }
                    }
                }
            }
        }
        if let Some((year, len)) = year_at(text, at) {
            let before = &text[..i];
            let base = ["相较", "相比", "较", "比", "同比", "对比"]
                .iter()
                .any(|w| before.ends_with(w));
            // 到2025年 is a deadline; 截至2024年底, 截止到 are "as of".
            let deadline = before.ends_with('到') && !before.ends_with("截止到");
            let prev = before.chars().next_back();
            let next = text[at + len + '年'.len_utf8()..].chars().next();
            let adverbial = !base
                && (prev.is_none_or(|c| !is_han(c) || matches!(c, '到' | '在' | '至' | '于'))
                    || deadline)
                && next.is_none_or(|c| c != '的');
            out.push(YearMention {
                at: i,
                year,
                from,
                base,
                adverbial,
                deadline,
            });
            i = at + len;
        } else {
            i += 1;
        }
    }
    out
}

/// A place the text names.
#[derive(Debug, Clone)]
pub struct Mention {
    pub at: usize,
    pub end: usize,
    /// The entity's id; `None` for 全市 (the city of the zone spoken of).
    pub zone: Option<&'static str>,
    /// A department of the province acting (省科技厅): weaker than a place named.
    pub weak: bool,
}

/// Names articles use beyond the dataset's own names and short names.
const ALIASES: &[(&str, &str)] = &[
    ("全省", "gansu"),
    ("我省", "gansu"),
    ("两市", "lanbai-cities"),
    ("兰白两市", "lanbai-cities"),
    ("兰白自创区", "lanbai"),
    ("兰白试验区", "lanbai"),
    ("氢能零碳产业专属园区", "zhangye-etdz-hydrogen-park"),
];

/// A city's bare name (张掖) is the city where a place verb follows (张掖位于).
const PLACE_VERBS: [&str; 4] = ["位于", "地处", "境内", "全市"];

fn names() -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&str, &str)> = ALIASES.to_vec();
    for z in ZONES {
        for n in [z.name_zh, z.short_zh] {
            // The province's bare 甘肃 names companies (甘肃药业); cities' groups are spelt
            // out above.
            if z.kind == EntityKind::Province && n == z.short_zh {
                continue;
            }
            if !n.contains('、') && !out.iter().any(|(a, _)| *a == n) {
                out.push((n, z.id));
            }
        }
    }
    // Longest first, so 兰州高新区 wins over 兰州.
    out.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    out
}

/// Words before a name that make it a comparison or a setting, not the subject:
/// 占全市, 比全省平均水平, 在全国, 较上年, 依托白银市资源优势.
const NOT_SUBJECT_BEFORE: [&str; 12] = [
    "占",
    "比",
    "较",
    "高于",
    "低于",
    "在",
    "相当于",
    "全国",
    "依托",
    "依靠",
    "面向",
    "围绕",
];

pub fn mentions(text: &str) -> Vec<Mention> {
    let names = names();
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    let mut last_level_end: Option<usize> = None;
    while i < text.len() {
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        let before = &text[..i];
        let prev = before.chars().next_back();
        // 全市: the city of the zone spoken of.
        let found: Option<(usize, Option<&'static str>, bool)> = if rest.starts_with("全市") {
            Some(("全市".len(), None, false))
        } else if let Some((n, id)) = names.iter().find(|(n, _)| rest.starts_with(n)) {
            Some((n.len(), Some(*id), false))
        } else if let Some(z) = ZONES.iter().find(|z| {
            z.kind == EntityKind::City
                && z.name_zh.strip_suffix('市').is_some_and(|bare| {
                    rest.strip_prefix(bare)
                        .is_some_and(|r| PLACE_VERBS.iter().any(|v| r.starts_with(v)))
                })
        }) {
            Some((z.name_zh.len() - '市'.len_utf8(), Some(z.id), false))
        } else if c == '省' && prev.is_none_or(|p| !is_han(p) || before.ends_with("甘肃")) {
            // A department of the province: 省科技厅, 省发展改革委, 省委组织部.
            let head: String = rest.chars().skip(1).take(8).collect();
            let dept = head
                .char_indices()
                .find(|(_, c)| matches!(c, '厅' | '委' | '局'))
                .filter(|(j, _)| head[..*j].chars().all(is_han));
            dept.map(|(j, ch)| ('省'.len_utf8() + j + ch.len_utf8(), Some("gansu"), true))
        } else {
            None
        };
        let Some((len, zone, weak)) = found else {
            i += c.len_utf8();
            continue;
        };
        let start = if zone == Some("gansu") && weak && before.ends_with("甘肃") {
            i - "甘肃".len()
        } else {
            i
        };
        let after = &text[i + len..];
        // The province's full name is a subject at a clause's start (2022年甘肃省将…), not
        // in a noun (甘肃省创新型中小企业, 甘肃省科技企业孵化器).
        let attribute = zone == Some("gansu")
            && !weak
            && rest.starts_with("甘肃省")
            && prev.is_some_and(|p| is_han(p) && p != '年');
        let setting = attribute
            || NOT_SUBJECT_BEFORE.iter().any(|w| before.ends_with(w))
            || after.starts_with('级')
            || ((rest.starts_with("全省") || rest.starts_with("全国"))
                && ["首", "最", "第一", "唯一", "同步"]
                    .iter()
                    .any(|w| after.starts_with(w)));
        // A level of government in a list (中央和甘肃省、兰州市科技创新政策资金).
        let window: String = before
            .chars()
            .rev()
            .take(3)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let level = window.contains("中央")
            || window.contains("国家")
            || last_level_end.is_some_and(|e| {
                let gap = &text[e..i];
                gap == "、" || gap == "和" || gap == "及"
            });
        if level {
            last_level_end = Some(i + len);
        }
        if !setting && !level {
            out.push(Mention {
                at: start,
                end: i + len,
                zone,
                weak,
            });
        }
        i += len;
    }
    out
}

/// The city a place lies in, or the place itself if it is a city.
pub fn city_of(id: &str) -> Option<&'static str> {
    let z = ZONES.iter().find(|z| z.id == id)?;
    match z.kind {
        EntityKind::City | EntityKind::CityGroup => Some(z.id),
        _ => z.city,
    }
}
