//! The figure finder's wasm API (explorer build only): `www/find.js` reads an article
//! with it, shows the proposals, passes the editor's changes and decisions back, and
//! downloads the accepted rows. The state lives here, in Rust; the page only draws it.

use super::json::{to_js, Json, Object};
use crate::dataset::{INDICATORS, SOURCES, ZONES};
use crate::find::{self, Article, Decision, Known, Proposal, Report};
use wasm_bindgen::prelude::*;

impl Json for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

/// Byte offset in `text` → UTF-16 offset, as JS strings count.
fn utf16(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.encode_utf16().count())
}

fn proposal_view(text: &str, i: usize, p: &Proposal) -> Object {
    let (zone_zh, zone_en) = ZONES
        .iter()
        .find(|z| z.id == p.zone)
        .map_or(("", ""), |z| (z.short_zh, z.short_en));
    let (ind_zh, ind_en) = match (
        &p.new_indicator,
        INDICATORS.iter().find(|x| x.id == p.indicator),
    ) {
        (Some(n), _) => (n.name_zh.as_str(), n.name_en.as_str()),
        (None, Some(x)) => (x.name_zh, x.name_en),
        _ => ("", ""),
    };
    let (known, known_source, known_detail) = match &p.known {
        Known::New => ("new", "", String::new()),
        Known::InDataset { source, indicator } => {
            ("in-dataset", source.as_str(), indicator.clone())
        }
        Known::Differs { source, value } => ("differs", source.as_str(), value.clone()),
    };
    let decision = match p.decision {
        Decision::Pending => "pending",
        Decision::Accepted => "accepted",
        Decision::Rejected => "rejected",
    };
    Object::new()
        .field("i", &i)
        .field("zone", &p.zone)
        .field("zone_zh", &zone_zh)
        .field("zone_en", &zone_en)
        .field("indicator", &p.indicator)
        .field("indicator_zh", &ind_zh)
        .field("indicator_en", &ind_en)
        .field("new_indicator", &p.new_indicator.is_some())
        .field("period", &p.period)
        .field("value", &p.value)
        .field("unit", &p.unit)
        .field("status", &p.status.id())
        .field("qualifier", &p.qualifier.id())
        .field("quote", &p.quote)
        .field("q0", &utf16(text, p.quote_span.0))
        .field("q1", &utf16(text, p.quote_span.1))
        .field("f0", &utf16(text, p.figure_span.0))
        .field("f1", &utf16(text, p.figure_span.1))
        .field("why", &p.why)
        .field("known", &known)
        .field("known_source", &known_source)
        .field("known_detail", &known_detail)
        .field("decision", &decision)
        .field("problems", &p.problems())
}

/// Reads raw file bytes as an article's text: UTF-8, not binary, not too long, not empty.
/// Throws an `Error` with the message for the editor.
#[wasm_bindgen(js_name = findText)]
pub fn find_text(bytes: &[u8]) -> Result<String, JsError> {
    find::check_bytes(bytes)
        .map(str::to_string)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The sources the finder can file rows under: `[{id, title_zh, title_en, date, seed}]`.
#[wasm_bindgen(js_name = findSources)]
pub fn find_sources() -> JsValue {
    let list: Vec<Object> = SOURCES
        .iter()
        .map(|s| {
            Object::new()
                .field("id", &s.id)
                .field("title_zh", &s.title_zh)
                .field("title_en", &s.title_en)
                .field("date", &s.date)
                .field("seed", &s.seed)
        })
        .collect();
    to_js(&list)
}

/// An article read by the finder, with the editor's changes and decisions.
#[wasm_bindgen]
pub struct Finder {
    report: Report,
}

#[wasm_bindgen]
impl Finder {
    /// `new Finder(text, sourceId, date)`: reads the article. `sourceId` is the source the
    /// rows are filed under (a new id for a new article), `date` its date (`YYYY-MM-DD`;
    /// empty: found in the text, or the known source's). Throws an `Error` saying what is
    /// wrong with the text (empty, binary, too long, no figures).
    #[wasm_bindgen(constructor)]
    pub fn new(text: &str, source: &str, date: &str) -> Result<Finder, JsError> {
        let mut article = Article::known(source).unwrap_or(Article {
            source: source.to_string(),
            date: String::new(),
        });
        if !date.is_empty() {
            article.date = date.to_string();
        }
        let report = find::find(text, &article).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Finder { report })
    }

    /// The cleaned text every offset refers to.
    pub fn text(&self) -> String {
        self.report.cleaned.text.clone()
    }

    /// `{source, date, known_source, dropped, annotations, proposals: [...]}`.
    pub fn report(&self) -> JsValue {
        let text = &self.report.cleaned.text;
        let list: Vec<Object> = self
            .report
            .proposals
            .iter()
            .enumerate()
            .map(|(i, p)| proposal_view(text, i, p))
            .collect();
        let known_source = SOURCES.iter().any(|s| s.id == self.report.article.source);
        to_js(
            &Object::new()
                .field("source", &self.report.article.source)
                .field("date", &self.report.article.date)
                .field("known_source", &known_source)
                .field("dropped", &self.report.cleaned.dropped)
                .field("annotations", &self.report.cleaned.annotations)
                .field("proposals", &list),
        )
    }

    /// Changes one field of row `i`; returns the row as `report()` shows it. Throws on an
    /// unknown row or field, or a status or qualifier not in the vocabulary.
    pub fn set(&mut self, i: usize, field: &str, value: &str) -> Result<JsValue, JsError> {
        self.report
            .set(i, field, value)
            .map_err(|e| JsError::new(&e))?;
        Ok(self.row(i))
    }

    /// Accepts, rejects or resets row `i` (`accepted`, `rejected`, `pending`).
    pub fn decide(&mut self, i: usize, decision: &str) -> Result<JsValue, JsError> {
        let d = match decision {
            "accepted" => Decision::Accepted,
            "rejected" => Decision::Rejected,
            "pending" => Decision::Pending,
            _ => return Err(JsError::new(&format!("unknown decision {decision:?}"))),
        };
        let p = self
            .report
            .proposals
            .get_mut(i)
            .ok_or_else(|| JsError::new(&format!("no row {}", i + 1)))?;
        p.decision = d;
        Ok(self.row(i))
    }

    fn row(&self, i: usize) -> JsValue {
        let text = &self.report.cleaned.text;
        match self.report.proposals.get(i) {
            Some(p) => to_js(&proposal_view(text, i, p)),
            None => JsValue::NULL,
        }
    }

    /// The accepted rows: `{values, indicators, source, problems}`: lines for
    /// `data/values.csv` and `data/indicators.csv`, a `data/sources.csv` line when the source
    /// is new (`file`: the article's file name), and why rows were left out.
    pub fn csv(&self, file: &str) -> JsValue {
        let (values, indicators, problems) = self.report.csv();
        to_js(
            &Object::new()
                .field("values", &values)
                .field("indicators", &indicators)
                .field("source", &self.report.source_line(file))
                .field("problems", &problems),
        )
    }
}
