//! Which indicator a figure is: what it measures, read from the words around it (增长 → a
//! rate, 占…比重 → a share, 排名第 → a rank, 提升…位 → a change), then the dataset's
//! indicator of that measure and unit whose Chinese name the words match best; or a new
//! indicator with a proposed id and names.

use crate::dataset::vocab::{self, Basis, Measure, PeriodKind, Unit};
use crate::dataset::{Indicator, INDICATORS};

/// What the words around a figure say it measures.
pub fn measure_of(unit: Unit, words: &str, ordinal: bool, span: bool) -> Measure {
    let has = |ws: &[&str]| ws.iter().any(|w| words.contains(w));
    match unit {
        Unit::Percent => {
            if has(&["增长", "增速", "同比", "增幅", "上涨"]) && !has(&["占", "比重"])
            {
                Measure::Rate
            } else if span && has(&["下降", "降低", "减少"]) {
                Measure::Change
            } else {
                Measure::Share
            }
        }
        Unit::Pp => Measure::Difference,
        Unit::Rank => {
            if !ordinal && has(&["提升", "上升", "前移", "提高", "进位", "下降", "后退"])
            {
                Measure::Change
            } else {
                Measure::Rank
            }
        }
        Unit::TopN => Measure::Bracket,
        Unit::Count => Measure::Count,
        _ => Measure::Level,
    }
}

/// Words that mean the same in an indicator's name and in articles.
const SYNONYMS: &[(&str, &str)] = &[
    ("增长", "增速"),
    ("税收", "税收收入"),
    ("占全市", "占所在市比重"),
    ("总数", "数"),
    ("A级", "A级制种企业"),
    ("落户", "落户企业"),
    ("投资", "总投资"),
];

fn bigrams(s: &str) -> Vec<(char, char)> {
    let cs: Vec<char> = s
        .chars()
        .filter(|c| super::scan::is_han(*c) || c.is_ascii_alphanumeric())
        .collect();
    cs.windows(2).map(|w| (w[0], w[1])).collect()
}

/// How much of an indicator's name the words hold: the share of its bigrams found.
pub fn score(name: &str, words: &str) -> f64 {
    let mut w = words.to_string();
    for (a, b) in SYNONYMS {
        if words.contains(a) {
            w.push('|');
            w.push_str(b);
        }
    }
    let have = bigrams(&w);
    let want = bigrams(name);
    if want.is_empty() {
        return 0.0;
    }
    let found = want.iter().filter(|b| have.contains(b)).count();
    found as f64 / want.len() as f64
}

/// The least share of an indicator's name the words must hold for it to be proposed.
pub const THRESHOLD: f64 = 0.3;

/// The dataset's indicators that fit a figure's unit and measure, best first, with scores.
pub fn candidates(unit: Unit, measure: Measure, words: &str) -> Vec<(&'static Indicator, f64)> {
    // Only the data files' indicators: derived ones are computed, never typed.
    let mut out: Vec<(&'static Indicator, f64)> = INDICATORS
        .iter()
        .filter(|i| i.unit == unit && i.measure == measure)
        .map(|i| (i, score(i.name_zh, words)))
        .filter(|(_, s)| *s >= THRESHOLD)
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal)
    });
    out
}

/// A new indicator the finder proposes: the `data/indicators.csv` row it would add.
#[derive(Debug, Clone, PartialEq)]
pub struct NewIndicator {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub unit: Unit,
    pub category: &'static str,
    pub measure: Measure,
    pub basis: Basis,
    pub period_kind: PeriodKind,
    pub evaluation: String,
}

impl NewIndicator {
    pub fn propose(n: usize, name_zh: &str, unit: Unit, measure: Measure, span: bool) -> Self {
        let category = match (unit, measure) {
            (_, Measure::Rank | Measure::Bracket) => "ranking",
            (Unit::Count, _) => "enterprises",
            (Unit::Cny, _) => "investment",
            (Unit::Kw | Unit::Kwh, _) => "energy",
            (Unit::Mu | Unit::M2, _) => "land",
            _ => "other",
        };
        let period_kind = match measure {
            Measure::Rate if span => PeriodKind::SpanAverage,
            Measure::Change => PeriodKind::SpanChange,
            _ => PeriodKind::Year,
        };
        let evaluation = if matches!(measure, Measure::Rank | Measure::Bracket) {
            "unnamed-ranking".to_string()
        } else {
            String::new()
        };
        let name_zh = if name_zh.is_empty() {
            format!("新指标{n}")
        } else {
            name_zh.to_string()
        };
        NewIndicator {
            id: format!("new_{}_{n}", measure.id()),
            name_en: format!("(to translate) {name_zh}"),
            name_zh,
            unit,
            category,
            measure,
            basis: Basis::None,
            period_kind,
            evaluation,
        }
    }

    /// Its line for `data/indicators.csv`.
    pub fn csv_line(&self) -> String {
        [
            self.id.as_str(),
            &self.name_zh,
            &self.name_en,
            self.unit.id(),
            self.category,
            self.measure.id(),
            self.basis.id(),
            self.period_kind.id(),
            &self.evaluation,
            "",
        ]
        .map(super::csv_field)
        .join(",")
    }
}

/// The name of a new indicator, from the words that say what a figure is (`before`, the
/// words since the last figure or the clause's start; `after`, the noun a count is of:
/// 58户风光发电企业): without places, figures, the verbs that introduce a figure, and
/// punctuation; the last words only (一是立足自然优势谋产业位于北纬 → 位于北纬).
pub fn name_from(before: &str, after: &str) -> String {
    let clean = |w: &str| -> String {
        let mut s: String = w.chars().filter(|c| super::scan::is_han(*c)).collect();
        for lead in [
            "一是", "二是", "三是", "四是", "五是", "其中", "同时", "累计", "全年", "已", "并",
            "实现", "完成", "共",
        ] {
            if let Some(r) = s.strip_prefix(lead) {
                s = r.to_string();
            }
        }
        for tail in [
            "达到", "突破", "超过", "达", "为", "是", "约", "近", "共", "的", "及", "和", "与",
            "均",
        ] {
            if let Some(r) = s.strip_suffix(tail) {
                s = r.to_string();
            }
        }
        s
    };
    let last = |s: String, n: usize| -> String {
        let cs: Vec<char> = s.chars().collect();
        cs[cs.len().saturating_sub(n)..].iter().collect()
    };
    let first = |s: String, n: usize| -> String { s.chars().take(n).collect() };
    let b = clean(before);
    // The noun right after a count names what is counted.
    let a = clean(
        after
            .split(|c: char| !super::scan::is_han(c))
            .next()
            .unwrap_or(""),
    );
    match (b.chars().count(), a.chars().count()) {
        (0, 0) => String::new(),
        (0, _) => first(a, 24),
        (_, 0) => last(b, 16),
        _ => format!("{}{}", last(b, 10), first(a, 8)),
    }
}

/// The canonical unit of a written unit (`亿元` → CNY).
pub fn unit_of(written: &str) -> Option<Unit> {
    vocab::written_unit(written).map(|(u, _)| u)
}
