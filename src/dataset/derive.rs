//! Values computed from reported ones, each with its formula, its assumptions and the
//! range its rounded inputs allow.
//!
//! Never typed into the data files: when an editor corrects an input, every value derived
//! from it follows. A value derived from an estimate is an estimate; its precision is what
//! the inputs support (interval arithmetic on half a unit of each input's last digit).

use super::{Fact, Origin, Unit};
use crate::format;

/// The nominal GDP growth computed from two current-price levels (an indicator only derived).
pub const GDP_GROWTH_NOMINAL: &str = "gdp_growth_nominal";

/// The range a typed value stands for: half a unit of its last written digit either
/// side, or the value itself for a whole count or rank written without scale.
pub fn bounds(f: &Fact) -> (f64, f64) {
    if let Some(i) = f.interval {
        return i;
    }
    let Origin::Record(r) = &f.origin else {
        return (f.value, f.value);
    };
    let written = r.written_value();
    let decimals = written.split_once('.').map_or(0, |(_, d)| d.len() as i32);
    let shown = super::vocab::decimal_value(written);
    let scale = if shown == 0.0 { 1.0 } else { f.value / shown };
    let whole = matches!(f.unit(), Unit::Count | Unit::Rank | Unit::TopN | Unit::Year);
    if whole && decimals == 0 && (scale - 1.0).abs() < 1e-9 {
        return (f.value, f.value);
    }
    let half = 0.5 * 10f64.powi(-decimals) * scale;
    (f.value - half, f.value + half)
}

/// The step a value is shown to: the largest power of ten within its range's width
/// (whole units for counts and ranks). None when the value is exact.
pub fn step(lo: f64, hi: f64, unit: Unit) -> Option<f64> {
    let width = hi - lo;
    if width.is_nan() || width <= 0.0 {
        return None;
    }
    let step = 10f64.powi(width.log10().floor() as i32);
    Some(if matches!(unit, Unit::Count | Unit::Rank) {
        step.max(1.0)
    } else {
        step
    })
}

/// The CSV text of a derived value (already rounded to its step).
pub fn csv_number(v: f64) -> String {
    format::fixed(v, 6)
}

/// The bounds of a derived value as shown: one digit finer than the value itself.
pub fn shown_bounds(lo: f64, hi: f64, unit: Unit) -> Option<(f64, f64, f64)> {
    let s = step(lo, hi, unit)? / 10.0;
    Some((
        format::outward(lo, s, false),
        format::outward(hi, s, true),
        s,
    ))
}

/// The computations: only where the dataset is compiled in (the embed reads their
/// results, precomputed, as data).
#[cfg(feature = "bundled")]
mod compute {
    use super::super::tables::ZONES;
    use super::{bounds, shown_bounds, step, GDP_GROWTH_NOMINAL};
    use crate::dataset::ids::{indicator, zone};
    use crate::dataset::{
        Basis, Fact, Flag, Indicator, Measure, Origin, PeriodKind, Qualifier, Record, Status, Unit,
    };
    use crate::format::{self, Lang};

    /// Indicators that exist only as derived values.
    pub static INDICATORS: &[Indicator] = &[Indicator {
        id: GDP_GROWTH_NOMINAL,
        name_zh: "地区生产总值名义增速（按现价推算）",
        name_en: "GDP growth, nominal (derived from current-price levels)",
        unit: Unit::Percent,
        category: indicator::GDP,
        measure: Measure::Rate,
        basis: Basis::Nominal,
        period_kind: PeriodKind::Year,
        evaluation: "",
        peers: "",
    }];

    /// A zone's value and its share of its city's give the city's total (filed under the city).
    const CITY_TOTALS: [(&str, &str); 2] = [
        (indicator::GDP, indicator::GDP_SHARE_OF_CITY),
        (indicator::TAX_REVENUE, indicator::TAX_SHARE_OF_CITY),
    ];

    /// A level and its growth on the year before give the year before's level.
    const LEVEL_FROM_GROWTH: [(&str, &str, &str); 2] = [
        (zone::LANBAI, indicator::GDP, indicator::GDP_GROWTH),
        (
            zone::GANSU,
            indicator::HIGH_TECH_ENTERPRISES,
            indicator::HIGH_TECH_ENTERPRISES_GROWTH,
        ),
    ];

    /// Levels of two consecutive years give a nominal growth rate.
    const GROWTH_FROM_LEVELS: [(&str, &str); 1] = [(indicator::GDP, GDP_GROWTH_NOMINAL)];

    /// The province's R&D intensity: the Lanbai zones' minus their lead over the province.
    const GAP: (&str, &str, &str, &str) = (
        zone::LANBAI,
        indicator::RD_INTENSITY,
        indicator::RD_INTENSITY_GAP_TO_PROVINCE,
        zone::GANSU,
    );

    /// A rank and the places gained over a span give the rank at the span's start.
    const RANK: [(&str, &str); 2] = [
        (
            indicator::HTZ_NATIONAL_RANK,
            indicator::HTZ_NATIONAL_RANK_CHANGE,
        ),
        (
            indicator::ETDZ_NATIONAL_RANK,
            indicator::ETDZ_NATIONAL_RANK_CHANGE,
        ),
    ];

    /// Rounds to a step, keeping the step's decimals exact.
    fn round_to(v: f64, step: f64) -> f64 {
        if step >= 1.0 {
            (v / step).round() * step
        } else {
            let per = (1.0 / step).round();
            (v * per).round() / per
        }
    }

    struct Ctx<'a> {
        facts: &'a [Fact],
        out: Vec<Fact>,
    }

    /// A derivation's text: the computation, and what it assumes.
    struct Text {
        zh: String,
        en: String,
        assumes_zh: &'static str,
        assumes_en: &'static str,
    }

    impl<'a> Ctx<'a> {
        /// A typed (not derived) fact.
        fn get(&self, zone: &str, indicator: &str, period: &str) -> Option<&'a Fact> {
            self.facts
                .iter()
                .find(|f| f.zone.id == zone && f.indicator.id == indicator && f.period == period)
        }

        fn exists(&self, zone: &str, indicator: &str, period: &str) -> bool {
            self.get(zone, indicator, period).is_some()
                || self
                    .out
                    .iter()
                    .any(|f| f.zone.id == zone && f.indicator.id == indicator && f.period == period)
        }

        #[allow(clippy::too_many_arguments)]
        fn push(
            &mut self,
            zone: &str,
            indicator: &'static Indicator,
            period: &'static str,
            value: f64,
            range: (f64, f64),
            inputs: &[&Fact],
            text: Text,
        ) {
            let Some(zone) = ZONES.iter().find(|z| z.id == zone) else {
                return;
            };
            let mut sources = Vec::new();
            let mut records = Vec::new();
            for f in inputs {
                for s in &f.sources {
                    if !sources
                        .iter()
                        .any(|x: &&crate::dataset::Source| x.id == s.id)
                    {
                        sources.push(*s);
                    }
                }
                if let Origin::Record(r) = &f.origin {
                    records.push(*r as &'static Record);
                }
            }
            let unit = indicator.unit;
            let (lo, hi) = (range.0.min(range.1), range.0.max(range.1));
            // A value with a range is approximate: it reads "about".
            let approximate = lo < hi || inputs.iter().any(|f| f.qualifier != Qualifier::Exact);
            let qualifier = if approximate {
                Qualifier::About
            } else {
                Qualifier::Exact
            };
            // A value derived from an estimate or a target stays one.
            let status = if inputs.iter().any(|f| f.status == Status::Target) {
                Status::Target
            } else if inputs.iter().any(|f| f.status == Status::Estimate) {
                Status::Estimate
            } else {
                Status::Derived
            };
            let flag = inputs
                .iter()
                .map(|f| f.flag)
                .find(|f| *f != Flag::None)
                .unwrap_or(Flag::None);
            let (value, interval) = match step(lo, hi, unit) {
                Some(s) => (round_to(value, s), Some((lo, hi))),
                None => (value, None),
            };
            let counter = if unit == Unit::Count {
                inputs[0].counter()
            } else {
                ""
            };
            let shown = |lang| {
                let v = format::value_precise(value, unit, lang, counter);
                match interval.and_then(|(lo, hi)| shown_bounds(lo, hi, unit)) {
                    Some((lo, hi, step)) => {
                        let r = format::range(lo, hi, step, unit, lang, counter);
                        match lang {
                            Lang::Zh => format!("≈ {v}（区间{r}）"),
                            Lang::En => format!("≈ {v} (range {r})"),
                        }
                    }
                    None => format!("= {v}"),
                }
            };
            let assume = |lang: Lang| {
                let a = lang.pick(text.assumes_zh, text.assumes_en);
                if a.is_empty() {
                    String::new()
                } else {
                    lang.pick(format!("。{a}"), format!(". {a}"))
                }
            };
            self.out.push(Fact {
                zone,
                indicator,
                period,
                value,
                status,
                qualifier,
                sources,
                origin: Origin::Derived {
                    formula_zh: format!("{} {}{}", text.zh, shown(Lang::Zh), assume(Lang::Zh)),
                    formula_en: format!("{} {}{}", text.en, shown(Lang::En), assume(Lang::En)),
                    counter,
                    inputs: records,
                },
                interval,
                flag,
            });
        }
    }

    fn year_before(period: &str) -> Option<&'static str> {
        let y: u32 = period.parse().ok()?;
        // Periods are few and live for the program's life: leaking them keeps `Fact` simple.
        Some(Box::leak((y - 1).to_string().into_boxed_str()))
    }

    fn indicator(id: &str, facts: &[Fact]) -> Option<&'static Indicator> {
        INDICATORS
            .iter()
            .find(|i| i.id == id)
            .or_else(|| facts.iter().map(|f| f.indicator).find(|i| i.id == id))
    }

    /// Computes every derived value from the typed facts.
    pub fn derive(facts: &[Fact]) -> Vec<Fact> {
        let mut cx = Ctx {
            facts,
            out: Vec::new(),
        };
        let p = |f: &Fact, l: Lang| f.precise_label(l);

        for (level, share) in CITY_TOTALS {
            for part in facts.iter().filter(|f| f.indicator.id == level) {
                let (Some(city), Some(s)) =
                    (part.zone.city, cx.get(part.zone.id, share, part.period))
                else {
                    continue;
                };
                if cx.exists(city, level, part.period) {
                    continue;
                }
                let ((a, b), (c, d)) = (bounds(part), bounds(s));
                let v = part.value / (s.value / 100.0);
                let text = Text {
                    zh: format!("{} ÷ {}", p(part, Lang::Zh), p(s, Lang::Zh)),
                    en: format!("{} ÷ {}", p(part, Lang::En), p(s, Lang::En)),
                    assumes_zh: "",
                    assumes_en: "",
                };
                let range = (a / (d / 100.0), b / (c / 100.0));
                cx.push(
                    city,
                    part.indicator,
                    part.period,
                    v,
                    range,
                    &[part, s],
                    text,
                );
            }
        }

        for (zone, level, growth) in LEVEL_FROM_GROWTH {
            for g in facts
                .iter()
                .filter(|f| f.zone.id == zone && f.indicator.id == growth)
            {
                let (Some(l), Some(before)) =
                    (cx.get(zone, level, g.period), year_before(g.period))
                else {
                    continue;
                };
                if cx.exists(zone, level, before) {
                    continue;
                }
                let ((a, b), (c, d)) = (bounds(l), bounds(g));
                let v = l.value / (1.0 + g.value / 100.0);
                let range = (a / (1.0 + d / 100.0), b / (1.0 + c / 100.0));
                // A growth rate of money has a price basis; dividing a current-price level by it
                // gives last year's current-price level only if the rate is nominal.
                let (assumes_zh, assumes_en) = match g.indicator.basis {
                    Basis::Real => (
                        "假设：把该增速当作名义（现价）增速；原文未说明口径，若为可比价增速，结果是按本年价格计的上年值",
                        "Assumes the rate is nominal (current prices); the article does not say, and if it is real growth, as usual, this is last year's value at this year's prices",
                    ),
                    _ => ("", ""),
                };
                let text = Text {
                    zh: format!("{} ÷ (1 + {})", p(l, Lang::Zh), p(g, Lang::Zh)),
                    en: format!("{} ÷ (1 + {})", p(l, Lang::En), p(g, Lang::En)),
                    assumes_zh,
                    assumes_en,
                };
                cx.push(zone, l.indicator, before, v, range, &[l, g], text);
            }
        }

        for (level, growth) in GROWTH_FROM_LEVELS {
            let Some(growth_ind) = indicator(growth, facts) else {
                continue;
            };
            for now in facts.iter().filter(|f| f.indicator.id == level) {
                let Some(before) = year_before(now.period) else {
                    continue;
                };
                let Some(then) = cx.get(now.zone.id, level, before) else {
                    continue;
                };
                if cx.exists(now.zone.id, growth, now.period) {
                    continue;
                }
                let ((a, b), (c, d)) = (bounds(now), bounds(then));
                let v = (now.value - then.value) / then.value * 100.0;
                let range = ((a / d - 1.0) * 100.0, (b / c - 1.0) * 100.0);
                let text = Text {
                    zh: format!(
                        "({} − {}) ÷ {}",
                        p(now, Lang::Zh),
                        p(then, Lang::Zh),
                        p(then, Lang::Zh)
                    ),
                    en: format!(
                        "({} − {}) ÷ {}",
                        p(now, Lang::En),
                        p(then, Lang::En),
                        p(then, Lang::En)
                    ),
                    assumes_zh: "名义增速：由两年的现价数值计算，含价格变动，不能与按可比价计算的增速比较",
                    assumes_en: "Nominal: computed from two current-price levels, so it includes price changes and cannot be compared with real growth rates",
                };
                cx.push(
                    now.zone.id,
                    growth_ind,
                    now.period,
                    v,
                    range,
                    &[now, then],
                    text,
                );
            }
        }

        let (zone, level, gap, target) = GAP;
        for z in facts
            .iter()
            .filter(|f| f.zone.id == zone && f.indicator.id == level)
        {
            let Some(g) = cx.get(zone, gap, z.period) else {
                continue;
            };
            if cx.exists(target, level, z.period) {
                continue;
            }
            let ((a, b), (c, d)) = (bounds(z), bounds(g));
            let text = Text {
                zh: format!("{} − {}", p(z, Lang::Zh), p(g, Lang::Zh)),
                en: format!("{} − {}", p(z, Lang::En), p(g, Lang::En)),
                assumes_zh: "",
                assumes_en: "",
            };
            let v = z.value - g.value;
            cx.push(
                target,
                z.indicator,
                z.period,
                v,
                (a - d, b - c),
                &[z, g],
                text,
            );
        }

        for (rank, change) in RANK {
            for c in facts.iter().filter(|f| f.indicator.id == change) {
                let Some((start, end)) = c.period.split_once('-') else {
                    continue;
                };
                let Some(r) = cx.get(c.zone.id, rank, end) else {
                    continue;
                };
                if cx.exists(c.zone.id, rank, start) {
                    continue;
                }
                // A gain of n places means the rank number was n larger before.
                let ((a, b), (lo, hi)) = (bounds(r), bounds(c));
                let text = Text {
                    zh: format!("{} + {}", p(r, Lang::Zh), p(c, Lang::Zh)),
                    en: format!("{} + {}", p(r, Lang::En), p(c, Lang::En)),
                    assumes_zh: "假设排名的参评范围和方法在此期间不变；起始年的参评总数未报道",
                    assumes_en: "Assumes the ranking's scope and method did not change over the span; the peer group of the first year is not reported",
                };
                let v = r.value + c.value;
                // Start of the span is a 'static str slice of the fact's period.
                let start: &'static str = c.period.get(..start.len()).unwrap_or_default();
                cx.push(
                    c.zone.id,
                    r.indicator,
                    start,
                    v,
                    (a + lo, b + hi),
                    &[r, c],
                    text,
                );
            }
        }

        cx.out
    }
}

#[cfg(feature = "bundled")]
pub use compute::{derive, INDICATORS};
