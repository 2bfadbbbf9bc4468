//! Values computed from reported ones, each with its formula.
//!
//! Never typed into the data files: when an editor corrects an input, every
//! value derived from it follows. Each rule states what it assumes.

use super::{Fact, Indicator, Origin, Qualifier, Status, Unit, ZONES};
use crate::format::{self, Lang};

/// Indicators that exist only as derived values.
pub static INDICATORS: &[Indicator] = &[
    Indicator {
        id: "city_gdp",
        name_zh: "所在城市地区生产总值",
        name_en: "GDP of the host city",
        unit: Unit::Cny,
        category: "gdp",
    },
    Indicator {
        id: "city_tax_revenue",
        name_zh: "所在城市税收收入",
        name_en: "Tax revenue of the host city",
        unit: Unit::Cny,
        category: "tax",
    },
];

/// A zone's value and its share of the city's give the city's total.
const CITY_TOTALS: [(&str, &str, &str); 2] = [
    ("gdp", "gdp_share_of_city", "city_gdp"),
    ("tax_revenue", "tax_share_of_city", "city_tax_revenue"),
];

/// A level and its growth on the year before give the year before's level.
/// Only where the article states the growth against the previous year's figure
/// in the same terms (nominal), so the division is exact.
const LEVEL_FROM_GROWTH: [(&str, &str, &str); 2] = [
    ("lanbai", "gdp", "gdp_growth"),
    (
        "gansu",
        "high_tech_enterprises",
        "high_tech_enterprises_growth",
    ),
];

/// Indicators whose growth is computed from two consecutive years.
const GROWTH_FROM_LEVELS: [(&str, &str); 1] = [("gdp", "gdp_growth")];

/// The province's R&D intensity: the Lanbai zones' minus their lead over the province.
const GAP: (&str, &str, &str, &str) = (
    "lanbai",
    "rd_intensity",
    "rd_intensity_gap_to_province",
    "gansu",
);

/// A rank and the places gained over a span give the rank at the span's start.
const RANK: (&str, &str) = ("national_rank", "national_rank_change");

/// Rounds a derived value to what its inputs support: four significant digits,
/// whole numbers for counts and ranks. Returns the value and its decimals.
pub fn round(v: f64, unit: Unit) -> (f64, u32) {
    if matches!(unit, Unit::Count | Unit::Rank) || v == 0.0 || !v.is_finite() {
        return (v.round(), 0);
    }
    let keep = 3 - v.abs().log10().floor() as i32; // decimals that keep four significant digits
    let step = 10f64.powi(-keep);
    ((v / step).round() * step, keep.max(0) as u32)
}

/// The CSV text of a derived value.
pub fn rounded(v: f64, unit: Unit) -> String {
    let (v, decimals) = round(v, unit);
    format::fixed(v, decimals)
}

struct Ctx<'a> {
    facts: &'a [Fact],
    out: Vec<Fact>,
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

    fn push(
        &mut self,
        zone: &str,
        indicator: &'static Indicator,
        period: &'static str,
        value: f64,
        inputs: &[&Fact],
        formula: impl Fn(Lang) -> String,
    ) {
        let Some(zone) = ZONES.iter().find(|z| z.id == zone) else {
            return;
        };
        let mut sources = Vec::new();
        for f in inputs {
            for s in &f.sources {
                if !sources.iter().any(|x: &&super::Source| x.id == s.id) {
                    sources.push(*s);
                }
            }
        }
        let qualifier = if inputs.iter().all(|f| f.qualifier == Qualifier::Exact) {
            Qualifier::Exact
        } else {
            Qualifier::About
        };
        let value = round(value, indicator.unit).0;
        let counter = if indicator.unit == Unit::Count {
            inputs[0].counter()
        } else {
            ""
        };
        let shown = |lang| format::value(value, indicator.unit, lang, counter);
        self.out.push(Fact {
            zone,
            indicator,
            period,
            value,
            status: Status::Derived,
            qualifier,
            sources,
            origin: Origin::Derived {
                formula_zh: format!("{} = {}", formula(Lang::Zh), shown(Lang::Zh)),
                formula_en: format!("{} = {}", formula(Lang::En), shown(Lang::En)),
                counter,
            },
        });
    }
}

fn year_before(period: &str) -> Option<&'static str> {
    let y: u32 = period.parse().ok()?;
    // Periods are few and live for the program's life: leaking them keeps `Fact` simple.
    Some(Box::leak((y - 1).to_string().into_boxed_str()))
}

/// Computes every derived value from the typed facts.
pub fn derive(facts: &[Fact]) -> Vec<Fact> {
    let mut cx = Ctx {
        facts,
        out: Vec::new(),
    };

    for (level, share, total) in CITY_TOTALS {
        let indicator = INDICATORS.iter().find(|i| i.id == total).unwrap();
        for part in facts.iter().filter(|f| f.indicator.id == level) {
            if let Some(s) = cx.get(part.zone.id, share, part.period) {
                let v = part.value / (s.value / 100.0);
                let (p, s2) = (part, s);
                cx.push(part.zone.id, indicator, part.period, v, &[part, s], |l| {
                    format!("{} ÷ {}", p.label(l), s2.label(l))
                });
            }
        }
    }

    for (zone, level, growth) in LEVEL_FROM_GROWTH {
        for g in facts
            .iter()
            .filter(|f| f.zone.id == zone && f.indicator.id == growth)
        {
            let (Some(l), Some(before)) = (cx.get(zone, level, g.period), year_before(g.period))
            else {
                continue;
            };
            if cx.exists(zone, level, before) {
                continue;
            }
            let v = l.value / (1.0 + g.value / 100.0);
            cx.push(zone, l.indicator, before, v, &[l, g], |lang| {
                format!("{} ÷ (1 + {})", l.label(lang), g.label(lang))
            });
        }
    }

    for (level, growth) in GROWTH_FROM_LEVELS {
        let Some(growth_ind) = facts.iter().map(|f| f.indicator).find(|i| i.id == growth) else {
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
            let v = (now.value - then.value) / then.value * 100.0;
            cx.push(now.zone.id, growth_ind, now.period, v, &[now, then], |l| {
                format!("({} − {}) ÷ {}", now.label(l), then.label(l), then.label(l))
            });
        }
    }

    let (zone, level, gap, target) = GAP;
    for z in facts
        .iter()
        .filter(|f| f.zone.id == zone && f.indicator.id == level)
    {
        if let Some(g) = cx.get(zone, gap, z.period) {
            if !cx.exists(target, level, z.period) {
                cx.push(
                    target,
                    z.indicator,
                    z.period,
                    z.value - g.value,
                    &[z, g],
                    |l| format!("{} − {}", z.label(l), g.label(l)),
                );
            }
        }
    }

    let (rank, change) = RANK;
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
        cx.push(
            c.zone.id,
            r.indicator,
            start,
            r.value + c.value,
            &[r, c],
            |l| {
                let places = format::fixed(c.value, 0);
                format!(
                    "{} + {}",
                    r.label(l),
                    l.pick(places.clone() + "位", places + " places")
                )
            },
        );
    }

    cx.out
}
