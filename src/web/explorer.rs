//! The explorer's part of the wasm API: listings, facts, CSV and SVG export, snippets,
//! and reading its controls. Articles' embeds never call it, so their build leaves it out
//! (`--no-default-features`), which keeps plotters' SVG backend and the CSV writer out too.

use super::json::{to_js, Object};
use super::{js_err, js_string, quote, Chart};
use crate::chart::{self, Params};
use crate::dataset::{Dataset, Fact};
use crate::format::{self, Lang};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A value of the dataset (`facts()`), typed from an article or derived from such values. */
export interface Fact {
    zone: string;
    indicator: string;
    /** `"2024"`, `"2021-2025"` or `""`. */
    period: string;
    /** In the unit `unit`: yuan for money, percent numbers for ratios. */
    value: number;
    unit: string;
    status: Status;
    /** `""`, `"over"`, `"about"`, `"under"` or `"class"`. */
    qualifier: string;
    label_zh: string;
    label_en: string;
    full_zh: string;
    full_en: string;
    /** A derived value's computation; `null` for values read from an article. */
    formula_zh: string | null;
    formula_en: string | null;
    /** Article ids (`sources()`). */
    sources: string[];
    /** The article's own words (`""` for derived values). */
    quote: string;
}

/** One value of `series(zone, indicator)`, oldest first. */
export type SeriesPoint = Fact;

/** A place of `zones()`: the province, a city, a zone, a group of zones, a park. */
export interface Zone {
    id: string;
    name_zh: string;
    name_en: string;
    short_zh: string;
    short_en: string;
    parent: string | null;
    kind: "province" | "city" | "city-group" | "zone" | "zone-group" | "park";
    city: string | null;
    note_zh: string;
    note_en: string;
}

/** An indicator of `indicators()`. */
export interface Indicator {
    id: string;
    name_zh: string;
    name_en: string;
    unit: string;
    category: string;
    measure: string;
    basis: string;
    period_kind: string;
    evaluation: string;
}

/** A source article of `sources()`. */
export interface Source {
    id: string;
    outlet_zh: string;
    outlet_en: string;
    title_zh: string;
    title_en: string;
    date: string;
    /** As the charts cite it, in each language. */
    cite_zh: string;
    cite_en: string;
    seed: string;
    note: string;
}

/** A problem `explore()` dropped from a query. */
export interface QueryProblem {
    kind: string;
    id: string;
    message: string;
}

/** A URL's query read leniently (`explore(chart, query)`). */
export interface ExploreState {
    chart: string;
    zones: string[];
    indicator: string | null;
    period: string | null;
    lang: "zh" | "en";
    theme: "light" | "dark";
    errors: QueryProblem[];
}

/** An id with its name in the chart's language. */
export interface Named {
    id: string;
    name: string;
}

/** What the explorer's controls offer for a chart (`choices(chart, params)`). */
export interface Choices {
    params: string[];
    zones: Named[];
    periods: string[];
    indicators: Named[];
}
"#;

/// A string argument as given, or as `String()` writes any other value: an unknown id
/// is then named in the error as the caller passed it (`unknown zone "undefined"`).
fn text(v: &JsValue) -> String {
    v.as_string().unwrap_or_else(|| js_string(v))
}

/// A fact as JS sees it: the value, how to read it, and where it comes from.
fn fact_view(f: &Fact) -> Object {
    Object::new()
        .field("zone", &f.zone.id)
        .field("indicator", &f.indicator.id)
        .field("period", &f.period)
        .field("value", &f.value)
        .field("unit", &f.unit().id())
        .field("status", &f.status.id())
        .field("qualifier", &f.qualifier.id())
        .field("label_zh", &f.label(Lang::Zh))
        .field("label_en", &f.label(Lang::En))
        .field("full_zh", &format::full(f.value, f.unit(), Lang::Zh))
        .field("full_en", &format::full(f.value, f.unit(), Lang::En))
        .field("formula_zh", &f.formula(Lang::Zh))
        .field("formula_en", &f.formula(Lang::En))
        .field(
            "sources",
            &f.sources.iter().map(|s| s.id).collect::<Vec<_>>(),
        )
        .field("quote", &quote(f))
}

/// Every place (zones, groups, parks, cities, the province): `{id, kind, name_zh, name_en,
/// short_zh, short_en, parent, city, note_zh, note_en}`; the note says what a name alone
/// could hide (兰白两区 is two programmes covering four zones).
#[wasm_bindgen(unchecked_return_type = "Zone[]")]
pub fn zones() -> Result<JsValue, JsError> {
    let list: Vec<Object> = Dataset::get()
        .zones
        .iter()
        .map(|z| {
            Object::new()
                .field("id", &z.id)
                .field("name_zh", &z.name_zh)
                .field("name_en", &z.name_en)
                .field("short_zh", &z.short_zh)
                .field("short_en", &z.short_en)
                .field("parent", &z.parent)
                .field("kind", &z.kind.id())
                .field("city", &z.city)
                .field("note_zh", &z.note_zh)
                .field("note_en", &z.note_en)
        })
        .collect();
    Ok(to_js(&list))
}

/// Every indicator: `{id, name_zh, name_en, unit, category, measure, basis, period_kind, evaluation}`.
#[wasm_bindgen(unchecked_return_type = "Indicator[]")]
pub fn indicators() -> Result<JsValue, JsError> {
    let list: Vec<Object> = Dataset::get()
        .indicators()
        .map(|i| {
            Object::new()
                .field("id", &i.id)
                .field("name_zh", &i.name_zh)
                .field("name_en", &i.name_en)
                .field("unit", &i.unit.id())
                .field("category", &i.category)
                .field("measure", &i.measure.id())
                .field("basis", &i.basis.id())
                .field("period_kind", &i.period_kind.id())
                .field("evaluation", &i.evaluation)
        })
        .collect();
    Ok(to_js(&list))
}

/// The source articles: `{id, outlet_zh, outlet_en, title_zh, title_en, date, seed, note}`.
#[wasm_bindgen(unchecked_return_type = "Source[]")]
pub fn sources() -> Result<JsValue, JsError> {
    let list: Vec<Object> = Dataset::get()
        .sources
        .iter()
        .map(|s| {
            Object::new()
                .field("id", &s.id)
                .field("outlet_zh", &s.outlet_zh)
                .field("outlet_en", &s.outlet_en)
                .field("title_zh", &s.title_zh)
                .field("title_en", &s.title_en)
                .field("date", &s.date)
                .field("cite_zh", &s.cite(Lang::Zh))
                .field("cite_en", &s.cite(Lang::En))
                .field("seed", &s.seed)
                .field("note", &s.note)
        })
        .collect();
    Ok(to_js(&list))
}

/// Every value, typed and derived.
#[wasm_bindgen(unchecked_return_type = "Fact[]")]
pub fn facts() -> Result<JsValue, JsError> {
    let list: Vec<Object> = Dataset::get().facts.iter().map(fact_view).collect();
    Ok(to_js(&list))
}

/// The values of one indicator for one zone, oldest first. Throws an `Error`
/// naming the bad id and the valid ones.
#[wasm_bindgen(unchecked_return_type = "SeriesPoint[]")]
pub fn series(
    #[wasm_bindgen(unchecked_param_type = "string")] zone: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] indicator: JsValue,
) -> Result<JsValue, JsError> {
    let facts = Dataset::get()
        .series(&text(&zone), &text(&indicator))
        .map_err(|e| JsError::new(&e.to_string()))?;
    let list: Vec<Object> = facts.into_iter().map(fact_view).collect();
    Ok(to_js(&list))
}

/// The whole dataset as tidy CSV (the same bytes as `gansu-zones csv`).
#[wasm_bindgen]
pub fn csv() -> String {
    Dataset::get().csv()
}

#[wasm_bindgen]
impl Chart {
    /// The chart as a standalone SVG (the same drawing, through plotters' SVG backend).
    pub fn svg(&self, width: f64, height: f64) -> Result<String, JsError> {
        crate::render::svg(&self.fig, width, height).map_err(js_err)
    }

    /// The name of this view's fallback SVG in `pkg/fallback/`, if the build renders one
    /// (views with the chart's default zones); `undefined` otherwise.
    #[wasm_bindgen(js_name = fallbackFile)]
    pub fn fallback_file(&self) -> Option<String> {
        crate::publish::fallback_file(self.fig.chart, &self.params)
    }

    /// The snippet an article pastes for this view: the `<gansu-zones-chart>` element with
    /// its `<noscript>` fallback or, with `iframe`, the iframe. `base` is the site's root
    /// URL; `frozen` pins this build's data version; `theme` is `light` (the default),
    /// `dark` or `auto` (follows the reader's dark mode).
    pub fn snippet(
        &self,
        base: &str,
        iframe: bool,
        frozen: bool,
        theme: &str,
    ) -> Result<String, JsError> {
        let theme = crate::publish::snippets::Theme::parse(theme).ok_or_else(|| {
            js_err(format!(
                "theme {}: expected light, dark or auto",
                format::quoted(theme)
            ))
        })?;
        let make = if iframe {
            crate::publish::snippets::iframe
        } else {
            crate::publish::snippets::script
        };
        make(self.fig.chart, &self.params, base, frozen, theme).map_err(js_err)
    }

    /// The chart's data as CSV (same columns as the whole dataset).
    pub fn csv(&self) -> String {
        Dataset::csv_of(self.fig.marks.iter().map(|m| m.fact))
    }
}

/// A URL's query, read leniently for the explorer: `{chart, zones, indicator, period,
/// lang, theme, errors}`. Bad parts are dropped and described in `errors`, each
/// `{kind, id, message}` as a chart's errors are (`message` is for developers); an unknown
/// chart falls back to the first.
#[wasm_bindgen(unchecked_return_type = "ExploreState")]
pub fn explore(chart_id: &str, query: &str) -> Result<JsValue, JsError> {
    let (p, mut errors) = Params::parse_lenient(query);
    let def = chart::chart(chart_id).unwrap_or_else(|e| {
        if !chart_id.is_empty() {
            errors.insert(0, e);
        }
        &chart::CHARTS[0]
    });
    let errors: Vec<Object> = errors
        .iter()
        .map(|e| {
            let (kind, id) = super::err_kind(e);
            Object::new()
                .field("kind", &kind)
                .field("id", &id)
                .field("message", &e.to_string())
        })
        .collect();
    let view = Object::new()
        .field("chart", &def.id)
        .field("zones", &p.zones)
        .field("indicator", &p.indicator)
        .field("period", &p.period)
        .field("lang", &p.lang.id())
        .field("theme", &p.theme.id())
        .field("errors", &errors);
    Ok(to_js(&view))
}

/// For the explorer's controls: which parameters a chart reads, and the zones,
/// periods and indicators that have data for it.
#[wasm_bindgen(unchecked_return_type = "Choices")]
pub fn choices(
    chart_id: &str,
    #[wasm_bindgen(unchecked_param_type = "string | ChartParams")] params: Option<String>,
) -> Result<JsValue, JsError> {
    let params = Params::parse(params.as_deref().unwrap_or("")).map_err(js_err)?;
    let def = chart::chart(chart_id).map_err(js_err)?;
    let c = chart::choices(chart_id, &params).map_err(js_err)?;
    let l = params.lang;
    let named = |id: &str, name: &str| Object::new().field("id", &id).field("name", &name);
    let zones: Vec<Object> = c
        .zones
        .iter()
        .map(|z| named(z.id, l.pick(z.short_zh, z.short_en)))
        .collect();
    let indicators: Vec<Object> = c
        .indicators
        .iter()
        .map(|i| named(i.id, l.pick(i.name_zh, i.name_en)))
        .collect();
    let view = Object::new()
        .field("params", &def.params)
        .field("zones", &zones)
        .field("periods", &c.periods)
        .field("indicators", &indicators);
    Ok(to_js(&view))
}
