//! A chart's parameters and how a query string becomes them: every key and value checked
//! against the dataset, strictly (`parse`) or keeping what is valid (`parse_lenient`).

use super::ChartError;
use crate::dataset::Dataset;
use crate::format::Lang;
use crate::render::ThemeId;

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
                "version" if value == Dataset::get().version => {
                    p.version = Some(value.to_string())
                }
                "version" => {
                    return Err(bad(&format!(
                        "this build holds data version {}; frozen versions are served from versions/<date>/",
                        Dataset::get().version
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
