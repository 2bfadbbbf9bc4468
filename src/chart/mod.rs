//! The charts' registry. Each chart is addressed by a stable id plus parameters (zones,
//! indicator, period, language, theme), the same everywhere: explorer, embeds, CLI, exports.
//!
//! The pipeline: a builder in [`crate::figures`] turns the dataset into a [`Figure`] (what
//! to show); [`crate::render`] lays it out for a size and paints it on any plotters backend
//! (where it goes); [`crate::publish`] writes what articles paste (snippets, fallbacks).

mod error;
mod params;

use crate::dataset::{Dataset, Indicator, Zone};
use crate::figures::{gdp, investment, rankings, targets, tax, Figure};
pub use error::ChartError;
pub use params::{Params, PARAM_KEYS};

pub struct ChartDef {
    pub id: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// One line for `gansu-zones charts` and the explorer's menu (not in the embed's build:
    /// its bytes are budgeted, and no article shows it).
    #[cfg(feature = "explorer")]
    pub about: &'static str,
    /// The parameters this chart reads besides lang and theme.
    pub params: &'static [&'static str],
    /// `None` in an embed module built for other charts (below).
    build: Option<Builder>,
}

type Builder = fn(&'static Dataset, &Params) -> Result<Figure, ChartError>;

/// A chart's builder, in the builds that carry it: all but the embed's one-chart modules
/// (`pkg/embed/charts/ID/`, feature `chart-ID` without `all-charts`), whose wasm holds one
/// chart's code and is a sixth smaller than the all-charts core (bench/SIZE.md).
macro_rules! carried {
    ($feature:tt, $build:path) => {
        if cfg!(any(feature = "all-charts", feature = $feature)) {
            Some($build as Builder)
        } else {
            None
        }
    };
}

pub static CHARTS: &[ChartDef] = &[
    ChartDef {
        id: "gdp-by-zone",
        title_zh: "各开发区地区生产总值",
        title_en: "GDP by zone",
        #[cfg(feature = "explorer")]
        about: "GDP of each zone for one year (period=, zones=)",
        params: &["period", "zones"],
        build: carried!("chart-gdp-by-zone", gdp::by_zone),
    },
    ChartDef {
        id: "gdp-over-time",
        title_zh: "地区生产总值历年变化",
        title_en: "GDP over time",
        #[cfg(feature = "explorer")]
        about: "GDP of the zones with several years, year by year (zones=)",
        params: &["zones"],
        build: carried!("chart-gdp-over-time", gdp::over_time),
    },
    ChartDef {
        id: "lanbai-gdp-parts",
        title_zh: "兰白两区地区生产总值及构成",
        title_en: "Lanbai GDP and its four zones",
        #[cfg(feature = "explorer")]
        about: "The Lanbai total beside the sum of its four zones (period=)",
        params: &["period"],
        build: carried!("chart-lanbai-gdp-parts", gdp::lanbai_parts),
    },
    ChartDef {
        id: "gdp-growth",
        title_zh: "地区生产总值增速",
        title_en: "GDP growth",
        #[cfg(feature = "explorer")]
        about: "Real GDP growth (comparable prices) by zone and year; nominal rates only in the indicator view (zones=, period=)",
        params: &["period", "zones"],
        build: carried!("chart-gdp-growth", gdp::growth),
    },
    ChartDef {
        id: "gdp-composition",
        title_zh: "地区生产总值构成",
        title_en: "GDP composition",
        #[cfg(feature = "explorer")]
        about: "Primary, secondary, tertiary industry; industry and construction (zones=one zone, period=)",
        params: &["period", "zones"],
        build: carried!("chart-gdp-composition", gdp::composition),
    },
    ChartDef {
        id: "tax",
        title_zh: "税收与经济占全市比重",
        title_en: "Tax and GDP shares of the city",
        #[cfg(feature = "explorer")]
        about: "Tax revenue and its share of the city's beside the zone's share of GDP (zones=, period=)",
        params: &["period", "zones"],
        build: carried!("chart-tax", tax::shares),
    },
    ChartDef {
        id: "investment",
        title_zh: "投资、债券与签约",
        title_en: "Investment, bonds and deals",
        #[cfg(feature = "explorer")]
        about: "Fixed-asset, park and project investment, bond quotas, signed deals, as tiles by kind: not ranked against each other (zones=, period=)",
        params: &["period", "zones"],
        build: carried!("chart-investment", investment::investment),
    },
    ChartDef {
        id: "research-funding",
        title_zh: "科研与人才资金",
        title_en: "Research and talent funding",
        #[cfg(feature = "explorer")]
        about: "Research, innovation and talent funding, as tiles by kind (zones=, period=)",
        params: &["period", "zones"],
        build: carried!("chart-research-funding", investment::research),
    },
    ChartDef {
        id: "rankings",
        title_zh: "全国排名",
        title_en: "National rankings",
        #[cfg(feature = "explorer")]
        about: "One zone's place in its national evaluation over time, with the peer group; 1 = best, at the top (zones=one zone)",
        params: &["zones"],
        build: carried!("chart-rankings", rankings::national),
    },
    ChartDef {
        id: "targets",
        title_zh: "甘肃省“十四五”工业目标",
        title_en: "Gansu's industrial targets to 2025",
        #[cfg(feature = "explorer")]
        about: "The province's percentage targets to 2025, grouped by kind: average growth, shares, cumulative reductions",
        params: &[],
        build: carried!("chart-targets", targets::percent),
    },
    ChartDef {
        id: "plans",
        title_zh: "甘肃省计划与目标（数量）",
        title_en: "Gansu's plans in figures",
        #[cfg(feature = "explorer")]
        about: "The province's 2022 plans and its other targets in figures, as tiles with their periods (period=)",
        params: &["period"],
        build: carried!("chart-plans", targets::figures),
    },
    ChartDef {
        id: "indicator",
        title_zh: "任一指标",
        title_en: "Any indicator",
        #[cfg(feature = "explorer")]
        about: "Any indicator across places and years, drawn as what it measures: bars, rank positions or tiles (indicator=, zones=, period=)",
        params: &["indicator", "period", "zones"],
        build: carried!("chart-indicator", gdp::indicator),
    },
];

pub fn chart(id: &str) -> Result<&'static ChartDef, ChartError> {
    carried()
        .find(|c| c.id == id)
        .ok_or_else(|| ChartError::UnknownChart(id.to_string()))
}

/// The charts this build draws: every one but in an embed's one-chart module.
pub fn carried() -> impl Iterator<Item = &'static ChartDef> {
    CHARTS.iter().filter(|c| c.build.is_some())
}

/// Builds the figure of a chart for these parameters from the compiled-in dataset: the
/// entry point of the edges (browser bindings, command line, snippets, tests).
pub fn build(id: &str, params: &Params) -> Result<Figure, ChartError> {
    build_from(Dataset::get(), id, params)
}

/// Builds the figure of a chart for these parameters from the dataset given.
pub fn build_from(ds: &'static Dataset, id: &str, params: &Params) -> Result<Figure, ChartError> {
    let def = chart(id)?;
    let build = def
        .build
        .ok_or_else(|| ChartError::UnknownChart(id.to_string()))?;
    let mut fig = build(ds, params)?;
    // Zones asked for of which the chart has nothing, in any period: say so, naming them and
    // the chart, rather than draw an empty chart under a title listing nobody. (A selection
    // the chart cannot show together, such as several zones for a one-zone chart, keeps the
    // figure's own message.) Only an empty figure is checked, one zone at a time.
    let has_data = |z: &String| {
        let alone = Params {
            zones: vec![z.clone()],
            period: None,
            ..params.clone()
        };
        build(ds, &alone).is_ok_and(|f| !f.marks.is_empty())
    };
    if !params.zones.is_empty() && fig.marks.is_empty() && !params.zones.iter().any(has_data) {
        return Err(ChartError::NoData {
            chart: def.id,
            zones: params
                .zones
                .iter()
                .filter_map(|z| ds.zone(z).ok())
                .map(|z| z.id)
                .collect(),
            lang: params.lang,
        });
    }
    fig.chart = def.id;
    fig.theme = params.theme;
    fig.frozen = params.version.is_some();
    fig.comparable().map_err(ChartError::Incomparable)?;
    Ok(fig)
}

/// What a reader may choose for a chart: only choices that have data.
pub struct Choices {
    pub zones: Vec<&'static Zone>,
    pub periods: Vec<&'static str>,
    pub indicators: Vec<&'static Indicator>,
}

/// The zones, periods and indicators for which `id` draws something, given the
/// other parameters.
pub fn choices(id: &str, params: &Params) -> Result<Choices, ChartError> {
    let def = chart(id)?;
    let ds = Dataset::get();
    let has_marks = |p: &Params| {
        build_from(ds, id, p)
            .map(|f| !f.marks.is_empty())
            .unwrap_or(false)
    };
    let mut out = Choices {
        zones: Vec::new(),
        periods: Vec::new(),
        indicators: Vec::new(),
    };
    if def.params.contains(&"indicator") {
        out.indicators = ds
            .indicators()
            .filter(|i| ds.facts.iter().any(|f| f.indicator.id == i.id))
            .collect();
    }
    if def.params.contains(&"zones") {
        for &z in &ds.zones {
            let p = Params {
                zones: vec![z.id.to_string()],
                period: None,
                ..params.clone()
            };
            if has_marks(&p) {
                out.zones.push(z);
            }
        }
    }
    if def.params.contains(&"period") {
        let mut periods: Vec<&'static str> = ds
            .facts
            .iter()
            .map(|f| f.period)
            .filter(|p| !p.is_empty())
            .collect();
        crate::sort::sort_by(&mut periods, |a, b| b.cmp(a));
        periods.dedup();
        for period in periods {
            let p = Params {
                period: Some(period.to_string()),
                ..params.clone()
            };
            if has_marks(&p) {
                out.periods.push(period);
            }
        }
    }
    Ok(out)
}
