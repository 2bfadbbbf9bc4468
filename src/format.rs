//! Numbers as people read them: 176.25亿元 in Chinese, "CNY 17.6 bn" in English.
//!
//! Integer arithmetic only: `f64`'s `Display` costs about 14 KB of wasm.

use crate::dataset::vocab::{Qualifier, Unit};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Picks the Chinese or the English of a pair.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// `v` with at most `decimals` decimals, trailing zeros dropped: `fixed(17.625, 1)` is "17.6".
pub fn fixed(v: f64, decimals: u32) -> String {
    digits(v, decimals, false, true)
}

/// Like [`fixed`], with thousands separators: "17,625,000,000".
pub fn grouped(v: f64, decimals: u32) -> String {
    digits(v, decimals, true, true)
}

fn digits(v: f64, decimals: u32, group: bool, trim: bool) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let scale = 10u64.pow(decimals);
    let n = (v.abs() * scale as f64).round() as u64;
    let (int, frac) = (n / scale, n % scale);
    let mut out = String::new();
    if v < 0.0 && n > 0 {
        out.push('-');
    }
    let int = int.to_string();
    for (i, c) in int.chars().enumerate() {
        if group && i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if decimals > 0 {
        let mut f = frac.to_string();
        while f.len() < decimals as usize {
            f.insert(0, '0');
        }
        let f = if trim { f.trim_end_matches('0') } else { &f };
        if !f.is_empty() {
            out.push('.');
            out.push_str(f);
        }
    }
    out
}

/// Scales a big number to 亿 or 万 for Chinese: (value, prefix).
fn zh_scale(v: f64) -> (f64, &'static str) {
    let a = v.abs();
    if a >= 1e8 {
        (v / 1e8, "亿")
    } else if a >= 1e4 {
        (v / 1e4, "万")
    } else {
        (v, "")
    }
}

/// Scales a big number for English: (value, suffix).
fn en_scale(v: f64) -> (f64, &'static str) {
    let a = v.abs();
    if a >= 1e9 {
        (v / 1e9, " bn")
    } else if a >= 1e6 {
        (v / 1e6, " m")
    } else {
        (v, "")
    }
}

/// Decimals that keep three significant figures of `v` (at least none).
fn sig3(v: f64) -> u32 {
    let a = v.abs();
    if a >= 100.0 || a == 0.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    }
}

/// A value in a canonical unit, formatted compactly for labels and tooltips.
/// `counter` is the Chinese measure word for counts (家, 项); "" for the default.
/// English money reads to three significant figures (CNY 1.46 bn), as newsrooms write it.
pub fn value(v: f64, unit: Unit, lang: Lang, counter: &str) -> String {
    value_to(v, unit, lang, counter, 2)
}

/// Like [`value`], with every digit up to six decimals: for formulas that must compute.
pub fn value_precise(v: f64, unit: Unit, lang: Lang, counter: &str) -> String {
    value_to(v, unit, lang, counter, 6)
}

fn value_to(v: f64, unit: Unit, lang: Lang, counter: &str, decimals: u32) -> String {
    let (zh_unit, en_unit) = unit.names();
    let precise = decimals > 2;
    match (unit, lang) {
        (Unit::Percent, _) => format!("{}%", fixed(v, decimals)),
        (Unit::Pp, Lang::En) => format!("{} pp", fixed(v, decimals)),
        (Unit::Rank, Lang::Zh) => format!("第{}位", fixed(v, 0)),
        (Unit::Rank, Lang::En) => format!("No. {}", fixed(v, 0)),
        (Unit::TopN, Lang::Zh) => format!("{}强", fixed(v, 0)),
        (Unit::TopN, Lang::En) => format!("top {}", fixed(v, 0)),
        (Unit::Year, Lang::Zh) => format!("{}年", fixed(v, 0)),
        (Unit::Year, Lang::En) => fixed(v, 0),
        (Unit::Cny, Lang::En) => {
            let (s, suffix) = en_scale(v);
            let d = if precise { decimals } else { sig3(s) };
            format!("CNY {}{suffix}", grouped(s, d))
        }
        (Unit::Count, Lang::Zh) => {
            let (s, prefix) = zh_scale(v);
            let counter = if counter.is_empty() { "个" } else { counter };
            // The article's counter may already carry the scale (万户).
            let counter = counter.strip_prefix(prefix).unwrap_or(counter);
            format!("{}{prefix}{counter}", fixed(s, decimals))
        }
        // One style for counts in English: "16 million", "1,357".
        (Unit::Count, Lang::En) if v.abs() >= 1e6 && !precise => {
            format!("{} million", fixed(v / 1e6, sig3(v / 1e6)))
        }
        (Unit::Count, Lang::En) => grouped(v, decimals),
        (Unit::DegC, _) => format!("{}{}", fixed(v, decimals), lang.pick(zh_unit, en_unit)),
        (Unit::Deg, Lang::Zh) => format!("北纬{}度", fixed(v, decimals)),
        (Unit::Deg, Lang::En) => format!("{}°N", fixed(v, decimals)),
        (_, Lang::Zh) => {
            let (s, prefix) = zh_scale(v);
            format!("{}{prefix}{zh_unit}", fixed(s, decimals))
        }
        (_, Lang::En) => {
            let (s, suffix) = en_scale(v);
            let suffix = if suffix == " m" { " million" } else { suffix };
            format!("{}{suffix} {en_unit}", fixed(s, decimals))
        }
    }
}

/// `v` rounded outwards (down for a lower bound, up for an upper) to a multiple of `step`.
pub fn outward(v: f64, step: f64, up: bool) -> f64 {
    let n = v / step;
    let n = if up { n.ceil() } else { n.floor() };
    // Dividing by the reciprocal keeps decimal steps clean (3 / 10, not 3 * 0.1).
    if step < 1.0 {
        n / (1.0 / step).round()
    } else {
        n * step
    }
}

/// A range whose bounds are rounded outwards to `step`: "597亿元–619亿元".
pub fn range(lo: f64, hi: f64, step: f64, unit: Unit, lang: Lang, counter: &str) -> String {
    format!(
        "{}–{}",
        value_precise(outward(lo, step, false), unit, lang, counter),
        value_precise(outward(hi, step, true), unit, lang, counter)
    )
}

/// The value in full, every digit: "CNY 17,625,000,000", "17,625,000,000元".
pub fn full(v: f64, unit: Unit, lang: Lang) -> String {
    let (zh_unit, en_unit) = unit.names();
    let n = grouped(v, 4);
    match (unit, lang) {
        (Unit::Percent, _) => format!("{n}%"),
        (Unit::Rank, _) => value(v, unit, lang, ""),
        (Unit::Cny, Lang::En) => format!("CNY {n}"),
        (Unit::Count, Lang::En) => n,
        (_, Lang::Zh) => format!("{n}{zh_unit}"),
        (_, Lang::En) => format!("{n} {en_unit}"),
    }
}

/// `s` in double quotes, escaped like `{:?}` would for what people type in a URL:
/// `{:?}` itself brings Unicode tables and slicing panics into the wasm (about 4 KB gzip).
pub fn quoted(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Other control characters (ESC, NUL, bidi overrides…) never reach a terminal
            // or a page as themselves.
            c if c < ' '
                || ('\u{7f}'..='\u{9f}').contains(&c)
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c) =>
            {
                // `\u{1b}`, written without `format!`'s hex machinery (wasm size).
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u{");
                let n = c as u32;
                let digits = (32 - n.leading_zeros()).div_ceil(4).max(1);
                for i in (0..digits).rev() {
                    out.push(HEX[(n >> (4 * i)) as usize & 15] as char);
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// "over 50%", "超过50%"; an order of magnitude reads "1000万千瓦级", "order of 10 million kW".
pub fn qualified(q: Qualifier, text: &str, lang: Lang) -> String {
    if q == Qualifier::Class && lang == Lang::Zh {
        return format!("{text}级");
    }
    let (zh, en) = q.prefixes();
    format!("{}{text}", lang.pick(zh, en))
}

/// The unit an axis shows, scaled to its largest value: ("亿元", 1e8) or ("CNY bn", 1e9).
pub fn axis_unit(max: f64, unit: Unit, lang: Lang) -> (String, f64) {
    let (zh_unit, en_unit) = unit.names();
    match (unit, lang) {
        (Unit::Percent | Unit::Rank | Unit::Pp | Unit::Deg | Unit::DegC, _) => {
            (lang.pick(zh_unit, en_unit).to_string(), 1.0)
        }
        (Unit::Cny, Lang::En) => match en_scale(max).1 {
            " bn" => ("CNY bn".into(), 1e9),
            " m" => ("CNY m".into(), 1e6),
            _ => ("CNY".into(), 1.0),
        },
        (Unit::Count, Lang::En) => match en_scale(max).1 {
            " bn" => ("billion".into(), 1e9),
            " m" => ("million".into(), 1e6),
            _ => ("number".into(), 1.0),
        },
        (_, Lang::En) => match en_scale(max).1 {
            " bn" => (format!("bn {en_unit}"), 1e9),
            " m" => (format!("million {en_unit}"), 1e6),
            _ => (en_unit.to_string(), 1.0),
        },
        (_, Lang::Zh) => {
            let (_, prefix) = zh_scale(max);
            zh_axis(prefix, zh_unit)
        }
    }
}

/// A Chinese axis in the scale its labels are written in (亿元 or 万元), so the axis and
/// the labels beside it never disagree: `prefix` is "亿", "万" or "".
pub fn zh_axis(prefix: &str, zh_unit: &str) -> (String, f64) {
    let factor = match prefix {
        "亿" => 1e8,
        "万" => 1e4,
        _ => 1.0,
    };
    (format!("{prefix}{zh_unit}"), factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_as_people_read_it() {
        assert_eq!(value(17625000000.0, Unit::Cny, Lang::Zh, ""), "176.25亿元");
        assert_eq!(value(17625000000.0, Unit::Cny, Lang::En, ""), "CNY 17.6 bn");
        assert_eq!(value(64203000.0, Unit::Cny, Lang::Zh, ""), "6420.3万元");
        assert_eq!(value(64203000.0, Unit::Cny, Lang::En, ""), "CNY 64.2 m");
        assert_eq!(
            full(17625000000.0, Unit::Cny, Lang::En),
            "CNY 17,625,000,000"
        );
    }

    #[test]
    fn other_units() {
        assert_eq!(value(42.8, Unit::Percent, Lang::En, ""), "42.8%");
        assert_eq!(value(131.0, Unit::Rank, Lang::Zh, ""), "第131位");
        assert_eq!(value(502.0, Unit::Count, Lang::Zh, "家"), "502家");
        assert_eq!(value(17300.0, Unit::Count, Lang::Zh, "万户"), "1.73万户");
        assert_eq!(value(14650000.0, Unit::T, Lang::Zh, ""), "1465万吨");
        assert_eq!(value(14650000.0, Unit::T, Lang::En, ""), "14.65 million t");
        assert_eq!(qualified(Qualifier::Over, "50%", Lang::En), "over 50%");
        for s in ["lanzhou", "兰州", "a\"b\\c", "x\ny\tz\r"] {
            assert_eq!(quoted(s), format!("{s:?}"));
        }
    }

    #[test]
    fn digits_round_and_pad() {
        assert_eq!(fixed(3.88877, 2), "3.89");
        assert_eq!(fixed(-0.004, 2), "0");
        assert_eq!(grouped(1234567.0, 0), "1,234,567");
        assert_eq!(axis_unit(1.4e11, Unit::Cny, Lang::Zh), ("亿元".into(), 1e8));
        assert_eq!(
            axis_unit(1.4e11, Unit::Cny, Lang::En),
            ("CNY bn".into(), 1e9)
        );
    }
}
