//! Browser bindings: the wasm API the page and the embeds call.

use crate::dataset::{Dataset, Fact, Origin, SOURCES, ZONES};
use crate::format::{self, Lang};
use wasm_bindgen::prelude::*;

mod json;

use json::{to_js, Object};

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

fn quote(f: &Fact) -> &'static str {
    match &f.origin {
        Origin::Record(r) => r.quote(),
        Origin::Derived { .. } => "",
    }
}

/// Every zone: `{id, name_zh, name_en, short_zh, short_en, parent}`.
#[wasm_bindgen]
pub fn zones() -> Result<JsValue, JsError> {
    let list: Vec<Object> = ZONES
        .iter()
        .map(|z| {
            Object::new()
                .field("id", &z.id)
                .field("name_zh", &z.name_zh)
                .field("name_en", &z.name_en)
                .field("short_zh", &z.short_zh)
                .field("short_en", &z.short_en)
                .field("parent", &z.parent)
        })
        .collect();
    Ok(to_js(&list))
}

/// Every indicator: `{id, name_zh, name_en, unit, category}`.
#[wasm_bindgen]
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
        })
        .collect();
    Ok(to_js(&list))
}

/// The source articles: `{id, outlet_zh, outlet_en, title_zh, title_en, date, seed, note}`.
#[wasm_bindgen]
pub fn sources() -> Result<JsValue, JsError> {
    let list: Vec<Object> = SOURCES
        .iter()
        .map(|s| {
            Object::new()
                .field("id", &s.id)
                .field("outlet_zh", &s.outlet_zh)
                .field("outlet_en", &s.outlet_en)
                .field("title_zh", &s.title_zh)
                .field("title_en", &s.title_en)
                .field("date", &s.date)
                .field("seed", &s.seed)
                .field("note", &s.note)
        })
        .collect();
    Ok(to_js(&list))
}

/// Every value, typed and derived.
#[wasm_bindgen]
pub fn facts() -> Result<JsValue, JsError> {
    let list: Vec<Object> = Dataset::get().facts.iter().map(fact_view).collect();
    Ok(to_js(&list))
}

/// The values of one indicator for one zone, oldest first. Throws an `Error`
/// naming the bad id and the valid ones.
#[wasm_bindgen]
pub fn series(zone: &str, indicator: &str) -> Result<JsValue, JsError> {
    let facts = Dataset::get()
        .series(zone, indicator)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let list: Vec<Object> = facts.into_iter().map(fact_view).collect();
    Ok(to_js(&list))
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
    let list: Vec<Object> = chart::CHARTS
        .iter()
        .map(|c| {
            Object::new()
                .field("id", &c.id)
                .field("title_zh", &c.title_zh)
                .field("title_en", &c.title_en)
                .field("about", &c.about)
                .field("params", &c.params)
        })
        .collect();
    Ok(to_js(&list))
}

fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
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
        let mut backend = CanvasBackend::with_canvas_object(canvas.clone())
            .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
        paint::paint(
            &mut backend,
            &lay,
            self.fig.theme.colors(),
            paint::Target::canvas(dpr),
        )
        .map_err(js_err)?;
        backend.present().map_err(js_err)?;
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
        // What a tooltip, a focus ring and the data table need to know about a mark.
        let sources: Vec<Object> = f
            .sources
            .iter()
            .map(|s| {
                Object::new()
                    .field("id", &s.id)
                    .field("outlet", &l.pick(s.outlet_zh, s.outlet_en))
                    .field("title", &l.pick(s.title_zh, s.title_en))
                    .field("date", &s.date)
            })
            .collect();
        let view = Object::new()
            .field("index", &i)
            .field("x0", &b.map_or(0.0, |b| b.x0))
            .field("y0", &b.map_or(0.0, |b| b.y0))
            .field("x1", &b.map_or(0.0, |b| b.x1))
            .field("y1", &b.map_or(0.0, |b| b.y1))
            .field("category", &fig.categories[m.category])
            .field("series", &fig.series[m.series].name)
            .field("zone", &f.zone.id)
            .field("zone_name", &l.pick(f.zone.name_zh, f.zone.name_en))
            .field("indicator", &f.indicator.id)
            .field(
                "indicator_name",
                &l.pick(f.indicator.name_zh, f.indicator.name_en),
            )
            .field("period", &f.period)
            .field("value", &f.value)
            .field("unit", &f.unit().id())
            .field("label", &m.label)
            .field("full", &fig.full_value(m))
            .field("status", &f.status.id())
            .field("status_name", &l.pick(zh, en))
            .field("formula", &f.formula(l))
            .field("quote", &quote(f))
            .field("sources", &sources);
        Ok(to_js(&view))
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
    let (p, errors) = Params::parse_lenient(query);
    let mut errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let def = chart::chart(chart_id).unwrap_or_else(|e| {
        if !chart_id.is_empty() {
            errors.insert(0, e.to_string());
        }
        &chart::CHARTS[0]
    });
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
#[wasm_bindgen]
pub fn choices(chart_id: &str, query: &str) -> Result<JsValue, JsError> {
    let params = Params::parse(query).map_err(js_err)?;
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
