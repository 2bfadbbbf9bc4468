//! The dataset: every figure of the five articles, with its source.
//!
//! `data/*.csv` is validated and compiled into static tables by `build.rs` (feature
//! `bundled`: the CLI, the explorer); [`Dataset`] adds the derived values (see [`derive`])
//! and answers queries. The embed's core is built without them: it reads the data as text
//! (see [`text`]), the whole file or one view's part, with the derived values precomputed.

pub mod derive;
mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod text;
pub mod vocab;

use crate::format::{self, Lang};
pub use vocab::{
    valid_period, Basis, EntityKind, Flag, Measure, PeriodKind, Qualifier, Status, Unit,
};

/// A source article.
#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    pub outlet_zh: &'static str,
    pub outlet_en: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// `YYYY-MM-DD`, or `YYYY-MM` when only inferred (see `note`).
    pub date: &'static str,
    /// The file in `seeds/` the values were read from. (This and `note` are the explorer's:
    /// the embed's wasm is built without them.)
    #[cfg(feature = "explorer")]
    pub seed: &'static str,
    #[cfg(feature = "explorer")]
    pub note: &'static str,
}

/// A place the articles speak of: the province, a city, a zone, a group, a park.
/// (Called a zone in ids, URLs and the CSV's `zone` column, as the contract names it.)
#[derive(Debug)]
pub struct Zone {
    pub id: &'static str,
    pub kind: EntityKind,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub short_zh: &'static str,
    pub short_en: &'static str,
    /// The group it adds up into.
    pub parent: Option<&'static str>,
    /// The city a zone or park lies in.
    pub city: Option<&'static str>,
    /// What the entity is, where its name alone could mislead (兰白两区). The explorer's:
    /// the embed's wasm is built without it.
    #[cfg(feature = "explorer")]
    pub note_zh: &'static str,
    #[cfg(feature = "explorer")]
    pub note_en: &'static str,
}

impl Zone {
    /// Whether `self` contains `other`: through the groups it adds up into, or as its city.
    pub fn contains(&self, other: &Zone) -> bool {
        let mut seen = 0;
        let mut stack: Vec<&str> = vec![other.id];
        while let Some(id) = stack.pop() {
            seen += 1;
            let Some(z) = Dataset::get().zones.iter().find(|z| z.id == id) else {
                continue;
            };
            for up in [z.parent, z.city].into_iter().flatten() {
                if up == self.id {
                    return true;
                }
                if seen < 64 {
                    stack.push(up);
                }
            }
        }
        false
    }
}

#[derive(Debug)]
pub struct Indicator {
    pub id: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub unit: Unit,
    pub category: &'static str,
    pub measure: Measure,
    pub basis: Basis,
    pub period_kind: PeriodKind,
    /// The ranking a rank, bracket or rank change belongs to; "" otherwise.
    pub evaluation: &'static str,
    /// The indicator holding a rank's peer-group size; "" otherwise.
    pub peers: &'static str,
}

/// One row of `data/values.csv`, converted to its canonical unit.
#[derive(Debug)]
pub struct Record {
    pub value: f64,
    pub status: Status,
    pub qualifier: Qualifier,
    pub flag: Flag,
    /// Period, written value, written unit, exact value, quote, curator's note in Chinese
    /// and in English.
    text: [&'static str; 7],
}

impl Record {
    fn text(&self, i: usize) -> &'static str {
        self.text[i]
    }

    pub fn period(&self) -> &'static str {
        self.text(0)
    }

    /// The number as the article writes it: `176.25`.
    pub fn written_value(&self) -> &'static str {
        self.text(1)
    }

    /// The unit as the article writes it: `亿元`.
    pub fn written_unit(&self) -> &'static str {
        self.text(2)
    }

    /// The value in the indicator's canonical unit, exactly: `17625000000`.
    pub fn exact(&self) -> &'static str {
        self.text(3)
    }

    pub fn quote(&self) -> &'static str {
        self.text(4)
    }

    /// The curator's note: why a value is doubted or how it is read.
    pub fn note(&self, lang: Lang) -> &'static str {
        self.text(lang.pick(5, 6))
    }
}

/// Constants for the ids code uses (`ids::indicator::GDP`), generated from `data/`.
#[allow(dead_code)]
pub mod ids {
    include!(concat!(env!("OUT_DIR"), "/ids.rs"));
}

/// The tables `build.rs` compiles from `data/`: records as (zone, indicator, source) indexes
/// into the tables, with their record.
#[cfg(feature = "bundled")]
mod tables {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/data.rs"));
}
impl Source {
    /// The article as a reader cites it: 新甘肃《标题》2025-02, or Outlet, “Title”, 2025-02.
    pub fn cite(&self, l: crate::format::Lang) -> String {
        match l {
            crate::format::Lang::Zh => {
                format!("{}《{}》{}", self.outlet_zh, self.title_zh, self.date)
            }
            crate::format::Lang::En => {
                format!("{}, “{}”, {}", self.outlet_en, self.title_en, self.date)
            }
        }
    }
}

/// The compiled-in dataset's version: the date `data/` last changed. Frozen embeds pin it.
#[cfg(feature = "bundled")]
pub use tables::DATA_VERSION;
/// The compiled-in tables (the finder's and the explorer's vocabulary: typed indicators
/// only; [`Dataset::indicators`] adds the derived ones).
#[cfg(feature = "bundled")]
pub use tables::{INDICATORS, SOURCES, ZONES};

/// How a fact came to be: typed from an article, or computed from other facts.
#[derive(Debug)]
pub enum Origin {
    Record(&'static Record),
    Derived {
        /// The computation with its operands: "1436亿元 ÷ (1 + 6.78%)".
        formula_zh: String,
        formula_en: String,
        /// The Chinese measure word of a derived count, from its inputs.
        counter: &'static str,
        /// The typed facts it was computed from.
        inputs: Vec<&'static Record>,
    },
}

/// A value in the dataset.
#[derive(Debug)]
pub struct Fact {
    pub zone: &'static Zone,
    pub indicator: &'static Indicator,
    pub period: &'static str,
    /// In the indicator's canonical unit.
    pub value: f64,
    pub status: Status,
    pub qualifier: Qualifier,
    pub sources: Vec<&'static Source>,
    pub origin: Origin,
    /// For a derived value: the range its rounded inputs allow, in the canonical unit.
    pub interval: Option<(f64, f64)>,
    /// A curator's flag, its own or inherited from an input.
    pub flag: Flag,
}

impl Fact {
    pub fn unit(&self) -> Unit {
        self.indicator.unit
    }

    /// The value as the CSV writes it: exact for typed values, rounded for derived.
    pub fn exact(&self) -> String {
        match &self.origin {
            Origin::Record(r) => r.exact().to_string(),
            Origin::Derived { .. } => derive::csv_number(self.value),
        }
    }

    pub fn is_derived(&self) -> bool {
        matches!(self.origin, Origin::Derived { .. })
    }

    /// The date a stock "as of" the article refers to: the article's date.
    pub fn as_of(&self) -> &'static str {
        match self.indicator.period_kind {
            PeriodKind::AsOf => self.sources.first().map_or("", |s| s.date),
            _ => "",
        }
    }

    /// Curator's notes on this value: its own, or its inputs' for a derived value.
    pub fn notes(&self, lang: Lang) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        let records: Vec<&'static Record> = match &self.origin {
            Origin::Record(r) => vec![*r],
            Origin::Derived { inputs, .. } => inputs.clone(),
        };
        for r in records {
            let n = r.note(lang);
            if !n.is_empty() && !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    /// The formula of a derived value, in one language.
    pub fn formula(&self, lang: Lang) -> Option<&str> {
        match &self.origin {
            Origin::Derived {
                formula_zh,
                formula_en,
                ..
            } => Some(lang.pick(formula_zh, formula_en)),
            Origin::Record(_) => None,
        }
    }

    /// The Chinese measure word of a count (家, 项), from the article.
    pub fn counter(&self) -> &'static str {
        match &self.origin {
            Origin::Record(r) if self.unit() == Unit::Count => r.written_unit(),
            Origin::Derived { counter, .. } => counter,
            _ => "",
        }
    }

    /// The value for labels: Chinese as the article wrote it (176.25亿元), English compact;
    /// a derived value to the precision its inputs support.
    pub fn label(&self, lang: Lang) -> String {
        if let Some(t) = self.change_label(lang) {
            return t;
        }
        let text = match (&self.origin, lang) {
            (Origin::Record(r), Lang::Zh)
                if !matches!(self.unit(), Unit::Rank | Unit::TopN) && r.flag != Flag::Misprint =>
            {
                format!("{}{}", r.written_value(), r.written_unit())
            }
            _ => format::value(self.value, self.unit(), lang, self.counter()),
        };
        format::qualified(self.qualifier, &text, lang)
    }

    /// The value with every digit the article gave, for formulas that must compute from
    /// what they show: "176.25亿元", "CNY 17.625 bn".
    pub fn precise_label(&self, lang: Lang) -> String {
        if let Some(t) = self.change_label(lang) {
            return t;
        }
        match (&self.origin, lang) {
            (Origin::Record(_), Lang::Zh) => self.label(lang),
            _ => format::qualified(
                self.qualifier,
                &format::value_precise(self.value, self.unit(), lang, self.counter()),
                lang,
            ),
        }
    }

    /// Places gained or lost read as places, not as a rank: "59位", "59 places".
    fn change_label(&self, lang: Lang) -> Option<String> {
        let places = matches!(
            self.indicator.measure,
            Measure::Change | Measure::Difference
        ) && self.unit() == Unit::Rank;
        places.then(|| {
            let n = format::fixed(self.value, 0);
            lang.pick(format!("{n}位"), format!("{n} places"))
        })
    }

    /// The range of a derived value, as a label: "597亿–618亿元".
    pub fn interval_label(&self, lang: Lang) -> Option<String> {
        let (lo, hi) = self.interval?;
        let (lo, hi, step) = derive::shown_bounds(lo, hi, self.unit())?;
        Some(format::range(
            lo,
            hi,
            step,
            self.unit(),
            lang,
            self.counter(),
        ))
    }

    pub fn source_ids(&self) -> String {
        let ids: Vec<&str> = self.sources.iter().map(|s| s.id).collect();
        ids.join(";")
    }
}

/// Something asked for that the dataset does not have.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryError {
    UnknownZone(String),
    UnknownIndicator(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryError::UnknownZone(id) => {
                let valid: Vec<&str> = Dataset::get().zones.iter().map(|z| z.id).collect();
                write!(
                    f,
                    "unknown zone {}; valid zones: {}",
                    format::quoted(id),
                    valid.join(", ")
                )
            }
            QueryError::UnknownIndicator(id) => {
                let valid: Vec<&str> = Dataset::get().indicators().map(|i| i.id).collect();
                write!(
                    f,
                    "unknown indicator {}; valid indicators: {}",
                    format::quoted(id),
                    valid.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for QueryError {}

/// Every indicator of the dataset in use: those of the data files, then those only derived.
pub fn indicators() -> impl Iterator<Item = &'static Indicator> {
    Dataset::get().indicators()
}

/// The tables and all facts, typed and derived.
pub struct Dataset {
    /// The date `data/` last changed. Frozen embeds pin it.
    pub version: &'static str,
    pub sources: Vec<&'static Source>,
    /// Every zone, in the data file's order (which orders charts).
    pub zones: Vec<&'static Zone>,
    /// Those of the data files, then those only derived.
    pub indicators: Vec<&'static Indicator>,
    /// Typed facts in the data file's order, then derived ones.
    pub facts: Vec<Fact>,
}

impl Dataset {
    /// The dataset in use: the compiled-in one (feature `bundled`), or what the embed's
    /// core has been given so far ([`text::load`]).
    pub fn get() -> &'static Dataset {
        #[cfg(feature = "bundled")]
        {
            static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
            DATA.get_or_init(Dataset::bundled)
        }
        #[cfg(not(feature = "bundled"))]
        text::loaded()
    }

    #[cfg(feature = "bundled")]
    fn bundled() -> Dataset {
        let fact = |(zone, indicator, source, r): &'static (u8, u8, u8, Record)| Fact {
            zone: &tables::ZONES[*zone as usize],
            indicator: &tables::INDICATORS[*indicator as usize],
            period: r.period(),
            value: r.value,
            status: r.status,
            qualifier: r.qualifier,
            sources: vec![&tables::SOURCES[*source as usize]],
            origin: Origin::Record(r),
            interval: None,
            flag: r.flag,
        };
        let mut facts: Vec<Fact> = tables::RECORDS.iter().map(fact).collect();
        let derived = derive::derive(&facts);
        facts.extend(derived);
        Dataset {
            version: DATA_VERSION,
            sources: tables::SOURCES.iter().collect(),
            zones: tables::ZONES.iter().collect(),
            indicators: tables::INDICATORS
                .iter()
                .chain(derive::INDICATORS.iter())
                .collect(),
            facts,
        }
    }

    pub fn zone(&self, id: &str) -> Result<&'static Zone, QueryError> {
        self.zones
            .iter()
            .copied()
            .find(|z| z.id == id)
            .ok_or_else(|| QueryError::UnknownZone(id.to_string()))
    }

    /// Every indicator: those of the data files, then those only derived.
    pub fn indicators(&self) -> impl Iterator<Item = &'static Indicator> + '_ {
        self.indicators.iter().copied()
    }

    pub fn indicator(&self, id: &str) -> Result<&'static Indicator, QueryError> {
        self.indicators()
            .find(|i| i.id == id)
            .ok_or_else(|| QueryError::UnknownIndicator(id.to_string()))
    }

    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().copied().find(|s| s.id == id)
    }

    /// The values of one indicator for one zone, oldest period first.
    pub fn series(&self, zone: &str, indicator: &str) -> Result<Vec<&Fact>, QueryError> {
        let zone = self.zone(zone)?;
        let indicator = self.indicator(indicator)?;
        let mut out: Vec<&Fact> = self
            .facts
            .iter()
            .filter(|f| f.zone.id == zone.id && f.indicator.id == indicator.id)
            .collect();
        crate::sort::sort_by(&mut out, |a, b| a.period.cmp(b.period));
        Ok(out)
    }

    /// The one value of a zone, indicator and period, if the dataset has it.
    pub fn find(&self, zone: &str, indicator: &str, period: &str) -> Option<&Fact> {
        self.facts
            .iter()
            .find(|f| f.zone.id == zone && f.indicator.id == indicator && f.period == period)
    }
}
