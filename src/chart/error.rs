//! What can go wrong between a request and a drawing, worded for developers (`Display`)
//! and, where the core knows the words, for readers (`reader`).

use super::carried;
use crate::dataset::{Dataset, QueryError};
use crate::format::Lang;

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
                let ids: Vec<&str> = carried().map(|c| c.id).collect();
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
                let def = super::chart(chart).ok()?;
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
