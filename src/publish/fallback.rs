//! Fallback images: which views get a prebuilt SVG (shown where scripts or wasm are
//! blocked), and the file name each is written under.

use crate::chart::{chart, choices, Params, CHARTS};
use crate::format::Lang;

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
