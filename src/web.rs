//! Browser bindings: the wasm API the page and the embeds call.

use crate::dataset::{Dataset, Fact, Origin, SOURCES, ZONES};
use crate::format::{self, Lang};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    // Plain objects, not Maps, so JS reads `fact.value`.
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&ser)
        .map_err(|e| JsError::new(&e.to_string()))
}

#[derive(Serialize)]
struct IndicatorView {
    id: &'static str,
    name_zh: &'static str,
    name_en: &'static str,
    unit: &'static str,
    category: &'static str,
}

/// A fact as JS sees it: the value, how to read it, and where it comes from.
#[derive(Serialize)]
struct FactView<'a> {
    zone: &'static str,
    indicator: &'static str,
    period: &'static str,
    value: f64,
    unit: &'static str,
    status: &'static str,
    qualifier: &'static str,
    label_zh: String,
    label_en: String,
    full_zh: String,
    full_en: String,
    formula_zh: Option<&'a str>,
    formula_en: Option<&'a str>,
    sources: Vec<&'static str>,
    quote: &'static str,
}

impl<'a> From<&'a Fact> for FactView<'a> {
    fn from(f: &'a Fact) -> Self {
        FactView {
            zone: f.zone.id,
            indicator: f.indicator.id,
            period: f.period,
            value: f.value,
            unit: f.unit().id(),
            status: f.status.id(),
            qualifier: f.qualifier.id(),
            label_zh: f.label(Lang::Zh),
            label_en: f.label(Lang::En),
            full_zh: format::full(f.value, f.unit(), Lang::Zh),
            full_en: format::full(f.value, f.unit(), Lang::En),
            formula_zh: f.formula(Lang::Zh),
            formula_en: f.formula(Lang::En),
            sources: f.sources.iter().map(|s| s.id).collect(),
            quote: match &f.origin {
                Origin::Record(r) => r.quote,
                Origin::Derived { .. } => "",
            },
        }
    }
}

/// Every zone: `{id, name_zh, name_en, short_zh, short_en, parent}`.
#[wasm_bindgen]
pub fn zones() -> Result<JsValue, JsError> {
    to_js(ZONES)
}

/// Every indicator: `{id, name_zh, name_en, unit, category}`.
#[wasm_bindgen]
pub fn indicators() -> Result<JsValue, JsError> {
    let list: Vec<IndicatorView> = Dataset::get()
        .indicators()
        .map(|i| IndicatorView {
            id: i.id,
            name_zh: i.name_zh,
            name_en: i.name_en,
            unit: i.unit.id(),
            category: i.category,
        })
        .collect();
    to_js(&list)
}

/// The source articles: `{id, outlet_zh, outlet_en, title_zh, title_en, date, seed, note}`.
#[wasm_bindgen]
pub fn sources() -> Result<JsValue, JsError> {
    to_js(SOURCES)
}

/// Every value, typed and derived.
#[wasm_bindgen]
pub fn facts() -> Result<JsValue, JsError> {
    let list: Vec<FactView> = Dataset::get().facts.iter().map(FactView::from).collect();
    to_js(&list)
}

/// The values of one indicator for one zone, oldest first. Throws an `Error`
/// naming the bad id and the valid ones.
#[wasm_bindgen]
pub fn series(zone: &str, indicator: &str) -> Result<JsValue, JsError> {
    let facts = Dataset::get()
        .series(zone, indicator)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let list: Vec<FactView> = facts.into_iter().map(FactView::from).collect();
    to_js(&list)
}

/// The whole dataset as tidy CSV (the same bytes as `gansu-zones csv`).
#[wasm_bindgen]
pub fn csv() -> String {
    Dataset::get().csv()
}
