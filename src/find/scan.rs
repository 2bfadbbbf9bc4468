//! Finding the figures of a text: a number (Arabic or Chinese numerals) with the unit the
//! article writes after it, how the article bounds it (以上, 近, 约), ranges (6至8℃,
//! 50万至100万元), ordinal ranks (第56名) and size classes (千万千瓦级). Years, dates,
//! times, ordinals, model numbers and thresholds inside a noun (投资10亿元以上的大项目)
//! are not figures.

use crate::dataset::vocab::{self, Qualifier};

/// Which end of a printed range a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeEnd {
    Min,
    Max,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Digits with a unit.
    Number,
    /// Chinese numerals with a counter (五个方面).
    Numeral,
    /// An order of magnitude (千万千瓦级): the value is a class, not a measurement.
    Class,
    /// A target year standing alone (力争到2030年…达峰): the year is the figure.
    Year,
}

/// A figure as printed.
#[derive(Clone, Debug)]
pub struct Figure {
    /// Byte range of the number and its unit in the text (with 以上 and the like).
    pub start: usize,
    pub end: usize,
    /// The number as the dataset writes it: `176.25`.
    pub value: String,
    /// The unit as the dataset writes it (one of `vocab::WRITTEN_UNITS`): `亿元`.
    pub unit: String,
    pub qualifier: Qualifier,
    pub range: Option<RangeEnd>,
    pub kind: Kind,
    /// A place written 第56名 / 排名131位.
    pub ordinal: bool,
}

/// Units as articles print them that the dataset writes otherwise: (printed, written).
const PRINTED_UNITS: &[(&str, &str)] = &[
    ("个位次", "位"),
    ("个名次", "位"),
    ("名次", "位"),
    ("位次", "位"),
    ("％", "%"),
    ("万吨/年", "万吨"),
    ("百分点", "个百分点"),
];

/// Words after a number that make it a date, a time or an ordinal, not a figure.
const NOT_UNITS: [&str; 12] = [
    "月", "日", "号", "时", "点", "届", "周年", "期", "季度", "批", "分", "秒",
];

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

fn numeral_value(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Reads Chinese numerals (二十三, 两百): the value and the chars used.
fn read_numeral(chars: &[(usize, char)], i: usize) -> Option<(u64, usize)> {
    let mut total = 0u64;
    let mut digit: Option<u64> = None;
    let mut n = 0;
    while let Some(&(_, c)) = chars.get(i + n) {
        if let Some(d) = numeral_value(c) {
            if digit.is_some() {
                break;
            }
            digit = Some(d);
        } else if let Some(m) = match c {
            '十' => Some(10),
            '百' => Some(100),
            '千' => Some(1000),
            _ => None,
        } {
            total += digit.unwrap_or(1) * m;
            digit = None;
        } else {
            break;
        }
        n += 1;
    }
    if n == 0 {
        return None;
    }
    Some((total + digit.unwrap_or(0), n))
}

/// The longest known unit at `rest`: (printed length in bytes, written unit, extra power
/// of ten when a 万/亿 the vocabulary does not combine with the unit had to be folded
/// into the value).
fn unit_at(rest: &str) -> Option<(usize, String, u32)> {
    let mut best: Option<(usize, String, u32)> = None;
    fn consider(best: &mut Option<(usize, String, u32)>, len: usize, written: &str, exp: u32) {
        if best.as_ref().is_none_or(|b| len > b.0) {
            *best = Some((len, written.to_string(), exp));
        }
    }
    for (printed, written) in PRINTED_UNITS {
        if rest.starts_with(printed) {
            consider(&mut best, printed.len(), written, 0);
        }
    }
    for (w, _, _) in vocab::WRITTEN_UNITS {
        if rest.starts_with(w) {
            consider(&mut best, w.len(), w, 0);
        }
    }
    if best.is_none() {
        // 1.5万人: the vocabulary has 人 but not 万人; fold the 万 into the value.
        for (prefix, exp) in [("万", 4u32), ("亿", 8)] {
            if let Some(after) = rest.strip_prefix(prefix) {
                for (w, _, e) in vocab::WRITTEN_UNITS {
                    if *e == 0 && after.starts_with(w) && *w != "年" {
                        consider(&mut best, prefix.len() + w.len(), w, exp);
                    }
                }
            }
        }
    }
    best
}

fn qualifier_before(before: &str) -> (Qualifier, usize) {
    const WORDS: [(&str, Qualifier); 13] = [
        ("将近", Qualifier::About),
        ("接近", Qualifier::About),
        ("大约", Qualifier::About),
        ("近", Qualifier::About),
        ("约", Qualifier::About),
        ("超过", Qualifier::Over),
        ("突破", Qualifier::Over),
        ("大于", Qualifier::Over),
        ("多于", Qualifier::Over),
        ("逾", Qualifier::Over),
        ("不到", Qualifier::Under),
        ("不足", Qualifier::Under),
        ("少于", Qualifier::Under),
    ];
    for (w, q) in WORDS {
        if before.ends_with(w) {
            return (q, w.len());
        }
    }
    (Qualifier::Exact, 0)
}

/// After the unit: 以上, 多, 余, 左右, 以下. Returns the qualifier, its length, and whether
/// the figure is a threshold inside a noun (投资10亿元以上的大项目).
fn qualifier_after(after: &str) -> (Qualifier, usize, bool) {
    for (w, q) in [
        ("以上", Qualifier::Over),
        ("以下", Qualifier::Under),
        ("以内", Qualifier::Under),
        ("左右", Qualifier::About),
        ("多", Qualifier::Over),
        ("余", Qualifier::Over),
    ] {
        if let Some(rest) = after.strip_prefix(w) {
            // A threshold when a noun follows directly: 以上的大项目, 以上示范项目.
            let threshold = matches!(q, Qualifier::Over | Qualifier::Under)
                && w.starts_with('以')
                && rest.chars().next().is_some_and(is_han);
            return (q, w.len(), threshold);
        }
    }
    (Qualifier::Exact, 0, false)
}

pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Whether byte `at` lies inside “…” or "…" quotation marks on its line.
fn inside_quotes(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..at];
    let opens = before.matches('“').count() + before.matches('「').count();
    let closes = before.matches('”').count() + before.matches('」').count();
    opens > closes
}

/// A number written with digits at char `i`: (text, chars used).
fn read_digits(chars: &[(usize, char)], i: usize) -> (String, usize) {
    let mut s = String::new();
    let mut n = 0;
    let mut dot = false;
    while let Some(&(_, c)) = chars.get(i + n) {
        if is_digit(c) {
            s.push(c);
        } else if c == '.' && !dot && chars.get(i + n + 1).is_some_and(|&(_, d)| is_digit(d)) {
            dot = true;
            s.push('.');
        } else {
            break;
        }
        n += 1;
    }
    (s, n)
}

/// Strips leading zeros the dataset would not write (`007` → `7`).
fn normal_number(s: &str) -> String {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// A year written as `2023年` (or a span's end): 1900–2100 followed by 年.
pub fn year_at(text: &str, start: usize) -> Option<(u16, usize)> {
    let digits: String = text[start..].chars().take_while(|c| is_digit(*c)).collect();
    if digits.len() != 4 {
        return None;
    }
    let y: u16 = digits.parse().ok()?;
    ((1900..=2100).contains(&y) && text[start + 4..].starts_with('年')).then_some((y, 4))
}

/// Every figure of the text, in order.
pub fn figures(text: &str) -> Vec<Figure> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out: Vec<Figure> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        if is_digit(c) {
            let (digits, n) = read_digits(&chars, i);
            let next_i = i + n;
            let rest = &text[byte(next_i)..];
            // Part of a word or code (5G, 125MN, ICP13000766), a date (2022-12-19) or a time.
            let glued_before =
                prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '/');
            let glued_after = rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == ':');
            let date = rest.starts_with('-')
                && rest[1..].starts_with(|c: char| is_digit(c))
                && digits.len() == 4
                && rest[1..].chars().take_while(|c| is_digit(*c)).count() <= 2;
            if glued_before
                || glued_after
                || date
                || (NOT_UNITS.iter().any(|w| rest.starts_with(w)) && !rest.starts_with("批次"))
            {
                i = next_i.max(i + 1);
                // Skip the rest of a date or time.
                while i < chars.len()
                    && (is_digit(chars[i].1) || matches!(chars[i].1, '-' | ':' | '.'))
                {
                    i += 1;
                }
                continue;
            }
            if rest.starts_with('年') || year_at(text, at).is_some() {
                i = next_i + 1;
                continue;
            }
            // A range: 6至8℃, 3-4个, 50万至100万元, 3%到4%.
            let mut first_unit = unit_at(rest);
            let mut magnitude = "";
            let mut after_first = byte(next_i);
            if first_unit.is_none() {
                for m in ["万", "亿"] {
                    if rest.starts_with(m) {
                        magnitude = m;
                        after_first += m.len();
                    }
                }
            } else if let Some((len, _, _)) = &first_unit {
                after_first += len;
            }
            let sep = ["至", "到", "-", "—", "~", "～"]
                .into_iter()
                .find(|s| text[after_first..].starts_with(s));
            if let Some(sep) = sep {
                let second_at = after_first + sep.len();
                let j = chars.partition_point(|&(b, _)| b < second_at);
                if chars.get(j).is_some_and(|&(_, d)| is_digit(d)) {
                    let (digits2, n2) = read_digits(&chars, j);
                    let rest2 = &text[byte(j + n2)..];
                    if let Some((len2, unit2, exp2)) = unit_at(rest2) {
                        let ok = match &first_unit {
                            Some((_, u1, _)) => *u1 == unit2,
                            None => magnitude.is_empty() || unit2.starts_with(magnitude),
                        };
                        if ok && unit2 != "年" {
                            first_unit.get_or_insert((0, unit2.clone(), exp2));
                            let end = byte(j + n2) + len2;
                            let (q, qlen) = qualifier_before(&text[..at]);
                            for (d, end_of, which) in [
                                (&digits, after_first, RangeEnd::Min),
                                (&digits2, end, RangeEnd::Max),
                            ] {
                                let value = vocab::shift_decimal(&normal_number(d), exp2)
                                    .unwrap_or_else(|| normal_number(d));
                                out.push(Figure {
                                    start: if which == RangeEnd::Min {
                                        at - qlen
                                    } else {
                                        second_at
                                    },
                                    end: end_of.max(at + 1),
                                    value,
                                    unit: unit2.clone(),
                                    qualifier: q,
                                    range: Some(which),
                                    kind: Kind::Number,
                                    ordinal: false,
                                });
                            }
                            i = chars.partition_point(|&(b, _)| b < end);
                            continue;
                        }
                    }
                }
            }
            let Some((len, unit, exp)) = unit_at(rest) else {
                i = next_i;
                continue;
            };
            if unit == "年" {
                i = next_i;
                continue;
            }
            let end = byte(next_i) + len;
            let (mut q, qlen) = qualifier_before(&text[..at]);
            let (q2, q2len, threshold) = qualifier_after(&text[end..]);
            if threshold {
                i = chars.partition_point(|&(b, _)| b < end);
                continue;
            }
            if q == Qualifier::Exact {
                q = q2;
            }
            let ordinal = prev == Some('第') || text[..at].ends_with("排名");
            let mut unit = unit;
            if prev == Some('第') && (unit == "名" || unit == "位") {
                unit = "位".into();
            }
            let value = vocab::shift_decimal(&normal_number(&digits), exp)
                .unwrap_or_else(|| normal_number(&digits));
            out.push(Figure {
                start: at - qlen,
                end: end + q2len,
                value,
                unit,
                qualifier: q,
                range: None,
                kind: Kind::Number,
                ordinal,
            });
            i = chars.partition_point(|&(b, _)| b < end + q2len);
            continue;
        }
        // Size classes: 千万千瓦级, 千亿级产值 (not 13个百亿级园区: a count's adjective).
        if matches!(c, '十' | '百' | '千') && prev.is_none_or(|p| !is_digit(p) && p != '个') {
            let rest = &text[at + c.len_utf8()..];
            let class = [
                ("万千瓦级", "万千瓦"),
                ("亿级", "亿元"),
                ("亿元级", "亿元"),
                ("万吨级", "万吨"),
            ]
            .into_iter()
            .find(|(p, _)| rest.starts_with(p));
            if let Some((printed, unit)) = class {
                let after = &rest[printed.len()..];
                let counted = text[..at].ends_with('个');
                let money_ok =
                    unit != "亿元" || printed.contains('元') || after.starts_with("产值");
                if !counted && money_ok {
                    let v = match c {
                        '十' => "10",
                        '百' => "100",
                        _ => "1000",
                    };
                    let end = at + c.len_utf8() + printed.len();
                    out.push(Figure {
                        start: at,
                        end,
                        value: v.into(),
                        unit: unit.into(),
                        qualifier: Qualifier::Class,
                        range: None,
                        kind: Kind::Class,
                        ordinal: false,
                    });
                    i = chars.partition_point(|&(b, _)| b < end);
                    continue;
                }
            }
        }
        // Chinese numerals with a counter: 五个方面 (not 一个, not 第三, not “三项改革”).
        if numeral_value(c).is_some() || c == '十' {
            if let Some((v, n)) = read_numeral(&chars, i) {
                let rest = &text[byte(i + n)..];
                let counter = ["个", "项", "家", "所", "条", "名"]
                    .into_iter()
                    .find(|u| rest.starts_with(u));
                let ordinal = prev == Some('第');
                let after_counter = counter.map(|u| &rest[u.len()..]).unwrap_or("");
                let quoted = inside_quotes(text, at)
                    || after_counter.starts_with(['“', '‘', '"', '「'])
                    || prev.is_some_and(|p| numeral_value(p).is_some() || is_digit(p));
                if let Some(u) = counter {
                    if v >= 2 && !ordinal && !quoted {
                        let end = byte(i + n) + u.len();
                        out.push(Figure {
                            start: at,
                            end,
                            value: v.to_string(),
                            unit: u.into(),
                            qualifier: Qualifier::Exact,
                            range: None,
                            kind: Kind::Numeral,
                            ordinal: false,
                        });
                    }
                }
                i += n;
                continue;
            }
        }
        i += 1;
    }
    out
}
