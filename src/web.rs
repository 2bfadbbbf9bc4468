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

/// The data version this build holds: the date `data/` last changed (`2026-11-21`).
#[wasm_bindgen(js_name = dataVersion)]
pub fn data_version() -> String {
    crate::dataset::DATA_VERSION.to_string()
}

/// The whole dataset as tidy CSV (the same bytes as `gansu-zones csv`).
#[wasm_bindgen]
pub fn csv() -> String {
    Dataset::get().csv()
}

use crate::chart::{self, layout::Layout, paint, Figure, Params};
use crate::dataset::Status;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Every chart: `{id, title_zh, title_en, about, params}` (`params`: the ones it reads).
#[wasm_bindgen]
pub fn charts() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Def {
        id: &'static str,
        title_zh: &'static str,
        title_en: &'static str,
        about: &'static str,
        params: &'static [&'static str],
    }
    let list: Vec<Def> = chart::CHARTS
        .iter()
        .map(|c| Def {
            id: c.id,
            title_zh: c.title_zh,
            title_en: c.title_en,
            about: c.about,
            params: c.params,
        })
        .collect();
    to_js(&list)
}

fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

#[derive(Serialize)]
struct SourceView {
    id: &'static str,
    outlet: &'static str,
    title: &'static str,
    date: &'static str,
}

/// What a tooltip, a focus ring and the data table need to know about a mark.
#[derive(Serialize)]
struct MarkView<'a> {
    index: usize,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    category: &'a str,
    series: &'a str,
    zone: &'static str,
    zone_name: &'static str,
    indicator: &'static str,
    indicator_name: &'static str,
    period: &'static str,
    value: f64,
    unit: &'static str,
    label: &'a str,
    full: String,
    status: &'static str,
    status_name: &'static str,
    formula: Option<&'a str>,
    quote: &'static str,
    sources: Vec<SourceView>,
}

/// A chart bound to its data: draws on a canvas at any size and pixel ratio,
/// and answers which mark lies under a point.
#[wasm_bindgen]
pub struct Chart {
    fig: Figure,
    params: Params,
    layout: Option<Layout>,
}

#[wasm_bindgen]
impl Chart {
    /// `new Chart("gdp-by-zone", "period=2024&lang=en")`. Throws an `Error` naming
    /// an unknown chart, zone, indicator or parameter, and the valid ones.
    #[wasm_bindgen(constructor)]
    pub fn new(id: &str, params: &str) -> Result<Chart, JsError> {
        let params = Params::parse(params).map_err(js_err)?;
        let fig = chart::build(id, &params).map_err(js_err)?;
        Ok(Chart {
            fig,
            params,
            layout: None,
        })
    }

    /// Draws at `width` × `height` CSS pixels with `dpr` device pixels per CSS pixel:
    /// the bitmap is sized width·dpr × height·dpr and everything is scaled, so text and
    /// lines are sharp on high-DPI screens.
    pub fn draw(
        &mut self,
        canvas: &HtmlCanvasElement,
        width: f64,
        height: f64,
        dpr: f64,
    ) -> Result<(), JsError> {
        chart::check_size(width, height).map_err(js_err)?;
        if !(0.5..=4.0).contains(&dpr) {
            return Err(JsError::new(&format!(
                "bad device pixel ratio {dpr}: expected 0.5 to 4"
            )));
        }
        let (bw, bh) = ((width * dpr).round() as u32, (height * dpr).round() as u32);
        if canvas.width() != bw || canvas.height() != bh {
            canvas.set_width(bw);
            canvas.set_height(bh);
        }
        let lay = chart::layout(&self.fig, width, height);
        let backend = CanvasBackend::with_canvas_object(canvas.clone())
            .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
        let area = backend.into_drawing_area();
        paint::paint(
            &area,
            &lay,
            self.fig.theme.colors(),
            paint::Target::canvas(dpr),
        )
        .map_err(js_err)?;
        area.present().map_err(js_err)?;
        self.layout = Some(lay);
        Ok(())
    }

    /// The height this chart needs at `width` CSS pixels.
    #[wasm_bindgen(js_name = preferredHeight)]
    pub fn preferred_height(&self, width: f64) -> f64 {
        chart::preferred_height(&self.fig, width)
    }

    /// The index of the mark under (x, y) in CSS pixels from the canvas's top left, or -1.
    pub fn hit(&self, x: f64, y: f64) -> i32 {
        self.layout
            .as_ref()
            .and_then(|l| l.hit(x, y))
            .map_or(-1, |i| i as i32)
    }

    #[wasm_bindgen(getter, js_name = markCount)]
    pub fn mark_count(&self) -> usize {
        self.fig.marks.len()
    }

    /// Everything about mark `i`: its box (after `draw`), value, status, formula, sources.
    pub fn mark(&self, i: usize) -> Result<JsValue, JsError> {
        let fig = &self.fig;
        let m = fig.marks.get(i).ok_or_else(|| {
            JsError::new(&format!("no mark {i}: the chart has {}", fig.marks.len()))
        })?;
        let l = fig.lang;
        let f = m.fact;
        let b = self.layout.as_ref().map(|lay| lay.marks[i]);
        let (zh, en) = f.status.names();
        let view = MarkView {
            index: i,
            x0: b.map_or(0.0, |b| b.x0),
            y0: b.map_or(0.0, |b| b.y0),
            x1: b.map_or(0.0, |b| b.x1),
            y1: b.map_or(0.0, |b| b.y1),
            category: &fig.categories[m.category],
            series: &fig.series[m.series].name,
            zone: f.zone.id,
            zone_name: l.pick(f.zone.name_zh, f.zone.name_en),
            indicator: f.indicator.id,
            indicator_name: l.pick(f.indicator.name_zh, f.indicator.name_en),
            period: f.period,
            value: f.value,
            unit: f.unit().id(),
            label: &m.label,
            full: fig.full_value(m),
            status: f.status.id(),
            status_name: l.pick(zh, en),
            formula: f.formula(l),
            quote: match &f.origin {
                Origin::Record(r) => r.quote,
                Origin::Derived { .. } => "",
            },
            sources: f
                .sources
                .iter()
                .map(|s| SourceView {
                    id: s.id,
                    outlet: l.pick(s.outlet_zh, s.outlet_en),
                    title: l.pick(s.title_zh, s.title_en),
                    date: s.date,
                })
                .collect(),
        };
        to_js(&view)
    }

    pub fn title(&self) -> String {
        self.fig.title.clone()
    }

    /// A text description for screen readers: what it shows, extremes, trend.
    pub fn description(&self) -> String {
        self.fig.describe()
    }

    /// Source and note lines, as drawn in the footer.
    pub fn footer(&self) -> Vec<String> {
        self.fig.footer()
    }

    /// Whether the chart has nothing to show (its message is drawn in place).
    #[wasm_bindgen(getter)]
    pub fn empty(&self) -> Option<String> {
        self.fig.empty.clone()
    }

    /// Whether any mark is an estimate, target or derived value.
    #[wasm_bindgen(getter, js_name = hasNotes)]
    pub fn has_notes(&self) -> bool {
        self.fig
            .marks
            .iter()
            .any(|m| m.fact.status != Status::Reported)
    }

    /// The chart as a standalone SVG (the same drawing, through plotters' SVG backend).
    pub fn svg(&self, width: f64, height: f64) -> Result<String, JsError> {
        chart::svg(&self.fig, width, height).map_err(js_err)
    }

    /// The name of this view's fallback SVG in `pkg/fallback/`, if the build renders one
    /// (views with the chart's default zones); `undefined` otherwise.
    #[wasm_bindgen(js_name = fallbackFile)]
    pub fn fallback_file(&self) -> Option<String> {
        chart::fallback_file(self.fig.chart, &self.params)
    }

    /// The snippet an article pastes for this view: the `<gansu-zones-chart>` element with
    /// its `<noscript>` fallback or, with `iframe`, the iframe. `base` is the site's root
    /// URL; `frozen` pins this build's data version.
    pub fn snippet(&self, base: &str, iframe: bool, frozen: bool) -> Result<String, JsError> {
        let make = if iframe {
            crate::embed::iframe
        } else {
            crate::embed::script
        };
        make(self.fig.chart, &self.params, base, frozen).map_err(js_err)
    }

    /// The chart's data as CSV (same columns as the whole dataset).
    pub fn csv(&self) -> String {
        Dataset::csv_of(self.fig.marks.iter().map(|m| m.fact))
    }
}

/// A URL's query, read leniently for the explorer: `{chart, zones, indicator, period,
/// lang, theme, errors}`. Bad parts are dropped and described in `errors`; an unknown
/// chart falls back to the first.
#[wasm_bindgen]
pub fn explore(chart_id: &str, query: &str) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct View {
        chart: &'static str,
        zones: Vec<String>,
        indicator: Option<String>,
        period: Option<String>,
        lang: &'static str,
        theme: &'static str,
        errors: Vec<String>,
    }
    let (p, errors) = Params::parse_lenient(query);
    let mut errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let def = chart::chart(chart_id).unwrap_or_else(|e| {
        if !chart_id.is_empty() {
            errors.insert(0, e.to_string());
        }
        &chart::CHARTS[0]
    });
    to_js(&View {
        chart: def.id,
        zones: p.zones,
        indicator: p.indicator,
        period: p.period,
        lang: p.lang.id(),
        theme: p.theme.id(),
        errors,
    })
}

/// For the explorer's controls: which parameters a chart reads, and the zones,
/// periods and indicators that have data for it.
#[wasm_bindgen]
pub fn choices(chart_id: &str, query: &str) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Named {
        id: &'static str,
        name: &'static str,
    }
    #[derive(Serialize)]
    struct View {
        params: &'static [&'static str],
        zones: Vec<Named>,
        periods: Vec<&'static str>,
        indicators: Vec<Named>,
    }
    let params = Params::parse(query).map_err(js_err)?;
    let def = chart::chart(chart_id).map_err(js_err)?;
    let c = chart::choices(chart_id, &params).map_err(js_err)?;
    let l = params.lang;
    to_js(&View {
        params: def.params,
        zones: c
            .zones
            .iter()
            .map(|z| Named {
                id: z.id,
                name: l.pick(z.short_zh, z.short_en),
            })
            .collect(),
        periods: c.periods,
        indicators: c
            .indicators
            .iter()
            .map(|i| Named {
                id: i.id,
                name: l.pick(i.name_zh, i.name_en),
            })
            .collect(),
    })
}
