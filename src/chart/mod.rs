//! The charts. Each is addressed by a stable id plus parameters (zones, indicator,
//! period, language, theme), the same everywhere: explorer, embeds, CLI, exports.
//!
//! A chart module turns the dataset into a [`Figure`]; [`layout`] places it for a size;
//! [`paint`] draws that on any plotters backend (canvas in the browser, SVG natively).

pub mod figure;
mod gdp;
mod investment;
pub mod layout;
pub mod paint;
mod rankings;
pub mod scale;
mod targets;
mod tax;
pub mod text;
pub mod theme;

use crate::dataset::{Dataset, Fact, Indicator, QueryError, Zone, ZONES};
use crate::format::Lang;
pub use figure::{Figure, Kind};
pub use layout::{layout, preferred_height, Layout};
pub use theme::ThemeId;

/// A chart's parameters, parsed from a query string: `zones=a,b&period=2024&lang=en`.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Zones to show; empty means the chart's default.
    pub zones: Vec<String>,
    pub indicator: Option<String>,
    pub period: Option<String>,
    pub lang: Lang,
    pub theme: ThemeId,
    /// A frozen embed's data version (`version=2026-11-21`): checked against the
    /// build's, and named in the footer as "data as of".
    pub version: Option<String>,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            zones: Vec::new(),
            indicator: None,
            period: None,
            lang: Lang::Zh,
            theme: ThemeId::Light,
            version: None,
        }
    }
}

pub const PARAM_KEYS: [&str; 6] = ["zones", "indicator", "period", "lang", "theme", "version"];

impl Params {
    /// Parses `key=value&…`; every key and value is checked, and the error names it.
    pub fn parse(query: &str) -> Result<Params, ChartError> {
        let mut p = Params::default();
        let ds = Dataset::get();
        for pair in query
            .trim_start_matches('?')
            .split('&')
            .filter(|s| !s.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = value.trim();
            let bad = |why: &str| ChartError::BadParam {
                key: key.to_string(),
                value: value.to_string(),
                why: why.to_string(),
            };
            match key {
                "zones" => {
                    p.zones = Vec::new();
                    for z in value.split(',').map(str::trim).filter(|z| !z.is_empty()) {
                        ds.zone(z)?;
                        if !p.zones.iter().any(|x| x == z) {
                            p.zones.push(z.to_string());
                        }
                    }
                }
                "indicator" if value.is_empty() => p.indicator = None,
                "indicator" => p.indicator = Some(ds.indicator(value)?.id.to_string()),
                "period" if value.is_empty() => p.period = None,
                "period" => {
                    if !crate::dataset::valid_period(value) {
                        return Err(bad(
                            "expected a year such as 2024 or a span such as 2021-2025",
                        ));
                    }
                    p.period = Some(value.to_string());
                }
                "lang" => p.lang = Lang::parse(value).ok_or_else(|| bad("expected zh or en"))?,
                "theme" => {
                    p.theme = ThemeId::parse(value).ok_or_else(|| bad("expected light or dark"))?
                }
                "version" if value.is_empty() => p.version = None,
                "version" if value == crate::dataset::DATA_VERSION => {
                    p.version = Some(value.to_string())
                }
                "version" => {
                    return Err(bad(&format!(
                        "this build holds data version {}; frozen versions are served from versions/<date>/",
                        crate::dataset::DATA_VERSION
                    )))
                }
                _ => {
                    return Err(ChartError::BadParam {
                        key: key.to_string(),
                        value: value.to_string(),
                        why: format!(
                            "unknown parameter; valid ones are {}",
                            PARAM_KEYS.join(", ")
                        ),
                    })
                }
            }
        }
        Ok(p)
    }

    /// Parses what it can: each bad key, value or zone is dropped and reported,
    /// so a shared URL with one mistake still opens a valid view.
    pub fn parse_lenient(query: &str) -> (Params, Vec<ChartError>) {
        let mut p = Params::default();
        let mut errors = Vec::new();
        for pair in query
            .trim_start_matches('?')
            .split('&')
            .filter(|s| !s.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if key == "zones" {
                for z in value.split(',').filter(|z| !z.is_empty()) {
                    match Dataset::get().zone(z) {
                        Ok(zone) if !p.zones.iter().any(|x| x == zone.id) => {
                            p.zones.push(zone.id.to_string())
                        }
                        Ok(_) => {}
                        Err(e) => errors.push(e.into()),
                    }
                }
                continue;
            }
            match Params::parse(pair) {
                Ok(one) => match key {
                    "indicator" => p.indicator = one.indicator,
                    "period" => p.period = one.period,
                    "lang" => p.lang = one.lang,
                    "theme" => p.theme = one.theme,
                    "version" => p.version = one.version,
                    _ => {}
                },
                Err(e) => errors.push(e),
            }
        }
        (p, errors)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ChartError {
    UnknownChart(String),
    Query(QueryError),
    BadParam {
        key: String,
        value: String,
        why: String,
    },
    BadSize(String),
    /// None of the zones asked for has data in this chart (`gdp-by-zone` with `zones=gansu`).
    NoData {
        chart: &'static str,
        zones: Vec<&'static str>,
        lang: Lang,
    },
    /// The backend failed while drawing.
    Draw(String),
    /// The figure would put unlike values on one axis (a bug in a chart builder).
    Incomparable(String),
}

impl From<QueryError> for ChartError {
    fn from(e: QueryError) -> Self {
        ChartError::Query(e)
    }
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChartError::UnknownChart(id) => {
                let ids: Vec<&str> = CHARTS.iter().map(|c| c.id).collect();
                let id = crate::format::quoted(id);
                write!(f, "unknown chart {id}; valid charts: {}", ids.join(", "))
            }
            ChartError::Query(e) => e.fmt(f),
            ChartError::BadParam { key, value, why } => {
                write!(
                    f,
                    "bad parameter {key}={}: {why}",
                    crate::format::quoted(value)
                )
            }
            ChartError::BadSize(why) => write!(f, "bad size: {why}"),
            ChartError::NoData { chart, zones, .. } => {
                let ids: Vec<String> = zones.iter().map(|z| crate::format::quoted(z)).collect();
                write!(
                    f,
                    "chart {} has no data for zone {}",
                    crate::format::quoted(chart),
                    ids.join(", ")
                )
            }
            ChartError::Draw(why) => write!(f, "drawing failed: {why}"),
            ChartError::Incomparable(why) => write!(f, "values that cannot share an axis: {why}"),
        }
    }
}

impl std::error::Error for ChartError {}

impl ChartError {
    /// What a reader may be shown, in their language, for errors whose words the core
    /// knows (names from the dataset, never text from the request); `None` for the rest,
    /// which the page words by kind.
    pub fn reader(&self) -> Option<String> {
        match self {
            ChartError::NoData { chart, zones, lang } => {
                let def = self::chart(chart).ok()?;
                let ds = Dataset::get();
                let names: Vec<&str> = zones
                    .iter()
                    .filter_map(|z| ds.zone(z).ok())
                    .map(|z| lang.pick(z.name_zh, z.name_en))
                    .collect();
                let chart = def;
                Some(match lang {
                    Lang::Zh => format!("“{}”没有{}的数据。", chart.title_zh, names.join("、")),
                    Lang::En => {
                        format!("“{}” has no data for {}.", chart.title_en, names.join(", "))
                    }
                })
            }
            _ => None,
        }
    }
}

pub struct ChartDef {
    pub id: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// One line for `gansu-zones charts` and the explorer's menu.
    pub about: &'static str,
    /// The parameters this chart reads besides lang and theme.
    pub params: &'static [&'static str],
    build: fn(&Params) -> Result<Figure, ChartError>,
}

pub static CHARTS: &[ChartDef] = &[
    ChartDef {
        id: "gdp-by-zone",
        title_zh: "各开发区地区生产总值",
        title_en: "GDP by zone",
        about: "GDP of each zone for one year (period=, zones=)",
        params: &["period", "zones"],
        build: gdp::by_zone,
    },
    ChartDef {
        id: "gdp-over-time",
        title_zh: "地区生产总值历年变化",
        title_en: "GDP over time",
        about: "GDP of the zones with several years, year by year (zones=)",
        params: &["zones"],
        build: gdp::over_time,
    },
    ChartDef {
        id: "lanbai-gdp-parts",
        title_zh: "兰白两区地区生产总值及构成",
        title_en: "Lanbai GDP and its four zones",
        about: "The Lanbai total beside the sum of its four zones (period=)",
        params: &["period"],
        build: gdp::lanbai_parts,
    },
    ChartDef {
        id: "gdp-growth",
        title_zh: "地区生产总值增速",
        title_en: "GDP growth",
        about: "Real GDP growth (comparable prices) by zone and year; nominal rates only in the indicator view (zones=, period=)",
        params: &["period", "zones"],
        build: gdp::growth,
    },
    ChartDef {
        id: "gdp-composition",
        title_zh: "地区生产总值构成",
        title_en: "GDP composition",
        about: "Primary, secondary, tertiary industry; industry and construction (zones=one zone, period=)",
        params: &["period", "zones"],
        build: gdp::composition,
    },
    ChartDef {
        id: "tax",
        title_zh: "税收与经济占全市比重",
        title_en: "Tax and GDP shares of the city",
        about: "Tax revenue and its share of the city's beside the zone's share of GDP (zones=, period=)",
        params: &["period", "zones"],
        build: tax::shares,
    },
    ChartDef {
        id: "investment",
        title_zh: "投资、债券与签约",
        title_en: "Investment, bonds and deals",
        about: "Fixed-asset, park and project investment, bond quotas, signed deals, as tiles by kind: not ranked against each other (zones=, period=)",
        params: &["period", "zones"],
        build: investment::investment,
    },
    ChartDef {
        id: "research-funding",
        title_zh: "科研与人才资金",
        title_en: "Research and talent funding",
        about: "Research, innovation and talent funding, as tiles by kind (zones=, period=)",
        params: &["period", "zones"],
        build: investment::research,
    },
    ChartDef {
        id: "rankings",
        title_zh: "全国排名",
        title_en: "National rankings",
        about: "One zone's place in its national evaluation over time, with the peer group; 1 = best, at the top (zones=one zone)",
        params: &["zones"],
        build: rankings::national,
    },
    ChartDef {
        id: "targets",
        title_zh: "甘肃省“十四五”工业目标",
        title_en: "Gansu's industrial targets to 2025",
        about: "The province's percentage targets to 2025, grouped by kind: average growth, shares, cumulative reductions",
        params: &[],
        build: targets::percent,
    },
    ChartDef {
        id: "plans",
        title_zh: "甘肃省计划与目标（数量）",
        title_en: "Gansu's plans in figures",
        about: "The province's 2022 plans and its other targets in figures, as tiles with their periods (period=)",
        params: &["period"],
        build: targets::figures,
    },
    ChartDef {
        id: "indicator",
        title_zh: "任一指标",
        title_en: "Any indicator",
        about: "Any indicator across places and years, drawn as what it measures: bars, rank positions or tiles (indicator=, zones=, period=)",
        params: &["indicator", "period", "zones"],
        build: gdp::indicator,
    },
];

pub fn chart(id: &str) -> Result<&'static ChartDef, ChartError> {
    CHARTS
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| ChartError::UnknownChart(id.to_string()))
}

/// Builds the figure of a chart for these parameters.
pub fn build(id: &str, params: &Params) -> Result<Figure, ChartError> {
    let def = chart(id)?;
    let mut fig = (def.build)(params)?;
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
        (def.build)(&alone).is_ok_and(|f| !f.marks.is_empty())
    };
    if !params.zones.is_empty() && fig.marks.is_empty() && !params.zones.iter().any(has_data) {
        let ds = Dataset::get();
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
    fig.note_stacked_parts();
    fig.note_parts_and_wholes();
    fig.note_curators_notes();
    Ok(fig)
}

pub const MIN_SIZE: f64 = 120.0;
pub const MAX_SIZE: f64 = 4096.0;

/// Checks a drawing size in CSS pixels.
pub fn check_size(w: f64, h: f64) -> Result<(), ChartError> {
    for (name, v) in [("width", w), ("height", h)] {
        if !(MIN_SIZE..=MAX_SIZE).contains(&v) {
            return Err(ChartError::BadSize(format!(
                "{name} {} px is outside {}–{} px",
                crate::format::fixed(v, 1),
                // As integers: `f64`'s `Display` would cost about 14 KB of wasm.
                MIN_SIZE as u32,
                MAX_SIZE as u32
            )));
        }
    }
    Ok(())
}

#[cfg(feature = "explorer")]
/// The chart as a standalone SVG document, with a title and description for screen readers.
pub fn svg(fig: &Figure, w: f64, h: f64) -> Result<String, ChartError> {
    use plotters::prelude::*;
    check_size(w, h)?;
    let lay = layout(fig, w, h);
    let mut out = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut out, (w.round() as u32, h.round() as u32));
        // Writing to a String cannot fail, and formatting plotters' `io::Error` would
        // cost about 2 KB of wasm: a fixed message instead.
        let failed = |_| ChartError::Draw("the SVG backend failed".into());
        paint::paint(&mut backend, &lay, fig.theme.colors(), paint::Target::SVG).map_err(failed)?;
        backend.present().map_err(failed)?;
    }
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let head_end = out.find('>').map(|i| i + 1).unwrap_or(0);
    let a11y = format!(
        "\n<title>{}</title>\n<desc>{}</desc>",
        esc(&fig.title),
        esc(&fig.describe())
    );
    out.insert_str(head_end, &a11y);
    // plotters' document starts with "<svg ". Inserting rather than `replacen` keeps
    // std's substring search out of the wasm.
    debug_assert!(out.starts_with("<svg "));
    out.insert_str("<svg".len(), " role=\"img\"");
    Ok(out)
}

// Helpers shared by the chart modules.

fn zone_name(z: &Zone, l: Lang) -> String {
    l.pick(z.short_zh, z.short_en).to_string()
}

fn indicator_name(i: &Indicator, l: Lang) -> String {
    l.pick(i.name_zh, i.name_en).to_string()
}

/// Facts of an indicator, optionally limited to some zones.
fn facts_of<'a>(
    indicator: &'a str,
    zones: &'a [String],
) -> impl Iterator<Item = &'static Fact> + 'a {
    Dataset::get().facts.iter().filter(move |f| {
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
    p: &Params,
    candidates: &[&'static Fact],
) -> (Option<&'static Zone>, Vec<&'static Fact>, String) {
    let zone = zones_of(p)
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
        (Lang::Zh, "") => "未注明年份".to_string(),
        (Lang::En, "") => "year not stated".to_string(),
        (Lang::Zh, y) if y.len() == 4 => format!("{y}年"),
        (Lang::Zh, y) => format!("{}年", y.replace('-', "–")),
        (_, y) => y.replace('-', "–"),
    }
}

fn zones_of(params: &Params) -> Vec<&'static Zone> {
    params
        .zones
        .iter()
        .filter_map(|z| ZONES.iter().find(|x| x.id == *z))
        .collect()
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
    let has_marks = |p: &Params| build(id, p).map(|f| !f.marks.is_empty()).unwrap_or(false);
    let mut out = Choices {
        zones: Vec::new(),
        periods: Vec::new(),
        indicators: Vec::new(),
    };
    if def.params.contains(&"indicator") {
        let ds = Dataset::get();
        out.indicators = ds
            .indicators()
            .filter(|i| ds.facts.iter().any(|f| f.indicator.id == i.id))
            .collect();
    }
    if def.params.contains(&"zones") {
        for z in ZONES {
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
        let mut periods: Vec<&'static str> = Dataset::get()
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

/// The file name of a view's fallback image (`gdp-by-zone.zh.period-2023.svg`), if the
/// build renders one: the views the explorer's menus offer with the chart's default zones.
/// A custom zone selection has no image; its fallback is the data table alone.
pub fn fallback_file(id: &str, params: &Params) -> Option<String> {
    let def = chart(id).ok()?;
    if !params.zones.is_empty() || def.params.contains(&"indicator") != params.indicator.is_some() {
        return None;
    }
    let mut name = format!("{}.{}", def.id, params.lang.id());
    if let Some(i) = &params.indicator {
        name.push_str(&format!(".indicator-{i}"));
    }
    if let Some(p) = &params.period {
        let latest = Params {
            period: None,
            ..params.clone()
        };
        if !choices(id, &latest).ok()?.periods.contains(&p.as_str()) {
            return None;
        }
        name.push_str(&format!(".period-{p}"));
    }
    Some(name + ".svg")
}

/// Every view that gets a fallback image, with its file name: each chart in each
/// language, at its latest period and at each period it offers (and, for the
/// `indicator` chart, for each indicator).
pub fn fallback_views() -> Vec<(String, &'static str, Params)> {
    let mut views = Vec::new();
    for def in CHARTS {
        for lang in [Lang::Zh, Lang::En] {
            let base = Params {
                lang,
                ..Params::default()
            };
            let indicators: Vec<Option<String>> = if def.params.contains(&"indicator") {
                choices(def.id, &base)
                    .map(|c| {
                        c.indicators
                            .iter()
                            .map(|i| Some(i.id.to_string()))
                            .collect()
                    })
                    .unwrap_or_default()
            } else {
                vec![None]
            };
            for indicator in indicators {
                let latest = Params {
                    indicator,
                    ..base.clone()
                };
                let periods = choices(def.id, &latest)
                    .map(|c| c.periods)
                    .unwrap_or_default();
                let all = std::iter::once(None).chain(periods.into_iter().map(Some));
                for period in all {
                    let p = Params {
                        period: period.map(str::to_string),
                        ..latest.clone()
                    };
                    if let Some(file) = fallback_file(def.id, &p) {
                        views.push((file, def.id, p));
                    }
                }
            }
        }
    }
    views
}
