//! What a chart shows, before any pixel: the [`Figure`] model and one builder module per
//! family of charts. A builder reads the dataset it is given (a small fixture in a unit
//! test, the compiled-in one elsewhere) and the chart's parameters and returns a figure;
//! `chart::build` picks the builder by chart id. The dataset is `'static` because marks
//! borrow its facts for as long as the figure lives (a page's whole life in the browser). Adding a chart: a builder here,
//! an entry in `chart::CHARTS`.

pub mod figure;
pub(crate) mod gdp;
pub(crate) mod investment;
pub(crate) mod rankings;
pub(crate) mod targets;
pub(crate) mod tax;

use crate::chart::{ChartError, Params};
use crate::dataset::{Dataset, Fact, Indicator, Zone};
use crate::format::Lang;
pub use figure::{Figure, Kind, Mark, Series};

// Helpers shared by the builders: picking facts, and naming zones, indicators and periods.

fn zone_name(z: &Zone, l: Lang) -> String {
    l.pick(z.short_zh, z.short_en).to_string()
}

fn indicator_name(i: &Indicator, l: Lang) -> String {
    l.pick(i.name_zh, i.name_en).to_string()
}

/// Facts of an indicator, optionally limited to some zones.
fn facts_of<'a>(
    ds: &'static Dataset,
    indicator: &'a str,
    zones: &'a [String],
) -> impl Iterator<Item = &'static Fact> + 'a {
    ds.facts.iter().filter(move |f| {
        f.indicator.id == indicator && (zones.is_empty() || zones.iter().any(|z| z == f.zone.id))
    })
}

/// The periods that have data, newest first, for "no data" messages.
fn periods_with(facts: &[&Fact]) -> Vec<&'static str> {
    let mut p: Vec<&'static str> = facts
        .iter()
        .map(|f| f.period)
        .filter(|p| !p.is_empty())
        .collect();
    crate::sort::sort_by(&mut p, |a, b| b.cmp(a));
    p.dedup();
    p
}

/// Says in the figure that a period has no data, and which periods do.
fn no_data_for_period(fig: &mut Figure, period: &str, available: &[&str]) {
    let l = fig.lang;
    fig.empty = Some(match l {
        Lang::Zh => format!("{period}年没有数据。有数据的年份：{}", available.join("、")),
        Lang::En => format!(
            "No data for {period}. Years with data: {}",
            available.join(", ")
        ),
    });
}

fn no_data(fig: &mut Figure, what: &str) {
    let l = fig.lang;
    fig.empty = Some(match l {
        Lang::Zh => format!("所选开发区没有{what}数据。"),
        Lang::En => format!("No {what} data for the selected zones."),
    });
}

/// The facts of `all` in `period` (all of them when none is asked for). When none
/// remain, the figure says why (no `what` at all, or none that year) and this is `None`.
fn in_period(
    fig: &mut Figure,
    all: &[&'static Fact],
    period: Option<&str>,
    what: &str,
) -> Option<Vec<&'static Fact>> {
    let chosen: Vec<&'static Fact> = all
        .iter()
        .copied()
        .filter(|f| period.is_none_or(|x| x == f.period))
        .collect();
    if chosen.is_empty() {
        match period {
            Some(p) if !all.is_empty() => no_data_for_period(fig, p, &periods_with(all)),
            _ => no_data(fig, what),
        }
        return None;
    }
    Some(chosen)
}

/// For charts of one zone: the first zone asked for, else the first with data.
/// Returns the zone, its facts among `candidates`, and the period to show
/// (the one asked for, else its newest).
fn one_zone(
    ds: &Dataset,
    p: &Params,
    candidates: &[&'static Fact],
) -> (Option<&'static Zone>, Vec<&'static Fact>, String) {
    let zone = zones_of(ds, p)
        .first()
        .copied()
        .or_else(|| candidates.first().map(|f| f.zone));
    let of_zone: Vec<&'static Fact> = candidates
        .iter()
        .copied()
        .filter(|f| zone.is_some_and(|z| z.id == f.zone.id))
        .collect();
    let period = p
        .period
        .clone()
        .or_else(|| periods_with(&of_zone).first().map(|s| s.to_string()))
        .unwrap_or_default();
    (zone, of_zone, period)
}

/// When a fact's value holds, by its indicator's period kind: "2023年", "2021–2025年年均",
/// "截至2024-10-15", or "" for what has no period (a climate normal, a capacity).
pub fn period_of(l: Lang, f: &Fact) -> String {
    use crate::dataset::PeriodKind;
    let span = f.period.replace('-', "–");
    match (f.indicator.period_kind, l) {
        (PeriodKind::Year, _) => period_label(l, f.period),
        (PeriodKind::SpanAverage, Lang::Zh) if !span.is_empty() => format!("{span}年年均"),
        (PeriodKind::SpanAverage, Lang::En) if !span.is_empty() => format!("{span} annual average"),
        (PeriodKind::SpanChange, Lang::Zh) if !span.is_empty() => format!("{span}年累计"),
        (PeriodKind::SpanChange, Lang::En) if !span.is_empty() => format!("cumulative, {span}"),
        (PeriodKind::SpanAverage | PeriodKind::SpanChange, _) => period_label(l, ""),
        (PeriodKind::AsOf, Lang::Zh) => format!("截至{}", f.as_of()),
        (PeriodKind::AsOf, Lang::En) => format!("as of {}", f.as_of()),
        (PeriodKind::None, _) => String::new(),
    }
}

/// A fact named in full for a tile or a list: "兰州高新区 · 固定资产投资（2023年）".
fn fact_name(l: Lang, f: &Fact, with_zone: bool) -> String {
    let mut name = indicator_name(f.indicator, l);
    if with_zone {
        name = format!("{} · {name}", zone_name(f.zone, l));
    }
    let mut when = period_of(l, f);
    let (bz, be) = f.indicator.basis.names();
    if !bz.is_empty() {
        when = match l {
            Lang::Zh => format!("{when}，{bz}"),
            Lang::En => format!("{when}, {be}"),
        };
    }
    if when.is_empty() {
        name
    } else {
        match l {
            Lang::Zh => format!("{name}（{when}）"),
            Lang::En => format!("{name} ({when})"),
        }
    }
}

/// A period as a label: "2024年" / "2024", or "year not stated".
fn period_label(l: Lang, y: &str) -> String {
    match (l, y) {
        (l, "") => crate::words::year_not_stated(l).to_string(),
        (Lang::Zh, y) if y.len() == 4 => format!("{y}年"),
        (Lang::Zh, y) => format!("{}年", y.replace('-', "–")),
        (_, y) => y.replace('-', "–"),
    }
}

fn zones_of(ds: &Dataset, params: &Params) -> Vec<&'static Zone> {
    params
        .zones
        .iter()
        .filter_map(|z| ds.zone(z).ok())
        .collect()
}
