//! Browser bindings: the wasm API the embeds call (charts drawn on a canvas, marks to
//! hover and read), and with the `explorer` feature the explorer's part (`explorer.rs`).

use crate::chart::{self, Params};
use crate::dataset::{Fact, Origin};
use crate::figures::Figure;
use crate::format;
use crate::render::{self, paint, Layout};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

mod canvas;
#[cfg(feature = "explorer")]
mod explorer;
#[cfg(feature = "finder")]
mod find;
mod json;

#[cfg(feature = "explorer")]
pub use explorer::*;
#[cfg(feature = "finder")]
pub use find::*;
use json::{to_js, Object};

#[wasm_bindgen]
extern "C" {
    /// JS's `String(v)`: how an error names a value the caller passed.
    #[wasm_bindgen(js_name = String)]
    fn js_string(v: &JsValue) -> String;
}

/// The quote from the article a value was read from ("" for derived values).
fn quote(f: &Fact) -> &'static str {
    match &f.origin {
        Origin::Record(r) => r.quote(),
        Origin::Derived { .. } => "",
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A chart's parameters, as an object; the same as the query string `"zones=a,b&period=2024&lang=en"`. */
export interface ChartParams {
    /** Zone ids (`"lanbai,lanzhou-htz"` or `["lanbai", "lanzhou-htz"]`); none: the chart's default. */
    zones?: string | readonly string[];
    /** An indicator id, for the charts that read one (`ChartInfo.params`). */
    indicator?: string;
    /** A year (`2024`) or a span (`"2021-2025"`). */
    period?: number | string;
    lang?: "zh" | "en";
    theme?: "light" | "dark";
    /** The data version this build holds (`dataVersion()`), for a frozen embed's footer. */
    version?: string;
}

/** One chart of `charts()`. */
export interface ChartInfo {
    id: string;
    title_zh: string;
    title_en: string;
    /** One line on what it shows (in `gansu-zones`, not in the embed's package). */
    about?: string;
    /** The parameters it reads besides `lang` and `theme`. */
    params: string[];
}

/** An article a value was read from, in the chart's language. */
export interface MarkSource {
    id: string;
    outlet: string;
    title: string;
    /** `YYYY-MM-DD` */
    date: string;
    /** As the chart's footer cites it: 新甘肃《标题》2025-02, or Outlet, “Title”, 2025-02. */
    cite: string;
}

/** The status of a value. */
export type Status = "reported" | "estimate" | "target" | "derived";

/** Everything about one mark of a chart (`chart.mark(i)`): its box, value and sources. */
export interface MarkView {
    index: number;
    /** The mark's box in CSS px from the canvas's top left, after `draw` (0 before). */
    x0: number;
    y0: number;
    x1: number;
    y1: number;
    category: string;
    series: string;
    zone: string;
    zone_name: string;
    indicator: string;
    indicator_name: string;
    /** `"2024"`, `"2021-2025"` or `""`. */
    period: string;
    /** When the value holds, by its kind of period (`"2021–2025年年均"`). */
    when: string;
    /** In the unit `unit`: yuan for money, percent numbers for ratios. */
    value: number;
    unit: string;
    /** As drawn on the chart (`"176.25亿元"`). */
    label: string;
    /** As the tooltip writes it. */
    full: string;
    status: Status;
    status_name: string;
    /** A derived value's computation; `null` for values read from an article. */
    formula: string | null;
    /** The range its inputs' rounding allows; `null` where there is none. */
    range: string | null;
    notes: string;
    /** The article's own words (`""` for derived values). */
    quote: string;
    sources: MarkSource[];
}
"#;

/// The data version this core holds (given so far, for the embed's): the date `data/` last changed (`2026-11-21`).
#[wasm_bindgen(js_name = dataVersion)]
pub fn data_version() -> String {
    crate::dataset::Dataset::get().version.to_string()
}

/// Gives the core data: a data file or one view's part of it (`data/all.txt`,
/// `data/gdp-by-zone.txt` beside the core). Parts add up; charts built afterwards see all
/// of them. Throws on a malformed text or another data version, and keeps what it had.
#[cfg(not(feature = "bundled"))]
#[wasm_bindgen(js_name = loadData)]
pub fn load_data(text: &str) -> Result<(), JsError> {
    crate::dataset::text::load(text).map_err(|e| JsError::new(&e))
}

/// Every chart: `{id, title_zh, title_en, about, params}` (`params`: the ones it reads;
/// `about` in the explorer's build only).
#[wasm_bindgen(unchecked_return_type = "ChartInfo[]")]
pub fn charts() -> Result<JsValue, JsError> {
    let list: Vec<Object> = chart::carried()
        .map(|c| {
            let o = Object::new()
                .field("id", &c.id)
                .field("title_zh", &c.title_zh)
                .field("title_en", &c.title_en);
            #[cfg(feature = "explorer")]
            let o = o.field("about", &c.about);
            o.field("params", &c.params)
        })
        .collect();
    Ok(to_js(&list))
}

fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// What kind of error, and the value at fault (the parameter's name for a bad value).
fn err_kind(e: &chart::ChartError) -> (&'static str, &str) {
    use crate::dataset::QueryError as Q;
    use chart::ChartError as E;
    match e {
        E::UnknownChart(id) => ("chart", id),
        E::Query(Q::UnknownZone(id)) => ("zone", id),
        E::Query(Q::UnknownIndicator(id)) => ("indicator", id),
        E::BadParam { key, .. } => ("param", key),
        E::NoData { .. } => ("nodata", ""),
        E::BadSize(_) => ("size", ""),
        // Drawing failures, and kinds added later (pages word them generically).
        _ => ("other", ""),
    }
}

/// A chart's error as a JS `Error`: the message is for developers (the console and the
/// `gansu-zones:error` event); `kind` (`chart`, `zone`, `indicator`, `param`, `nodata`,
/// `size`, `other`), `id` (the value at fault: shown to readers only if it is well-formed)
/// and, where the core has the words, `reader` (in the chart's language) let the page
/// tell readers what went wrong without showing them developer text.
fn chart_err(e: chart::ChartError) -> JsValue {
    let (kind, id) = err_kind(&e);
    let err = js_sys::Error::new(&e.to_string());
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&err, &JsValue::from_str(k), &v);
    let _ = set("kind", kind.into());
    let _ = set("id", id.into());
    if let Some(text) = e.reader() {
        let _ = set("reader", text.into());
    }
    err.into()
}

/// A chart bound to its data: draws on a canvas at any size and pixel ratio,
/// and answers which mark lies under a point.
#[wasm_bindgen]
pub struct Chart {
    fig: Figure,
    /// What it was built from: the explorer's snippets and fallback names read it.
    #[cfg_attr(not(feature = "explorer"), allow(dead_code))]
    params: Params,
    layout: Option<Layout>,
}

#[wasm_bindgen]
impl Chart {
    /// `new Chart("gdp-by-zone", "period=2024&lang=en")` or
    /// `new Chart("gdp-by-zone", {period: 2024, lang: "en"})`. Throws an `Error` naming
    /// an unknown chart, zone, indicator or parameter, and the valid ones. The glue writes an
    /// object as the query string it stands for, and any other value with `String()`
    /// (`scripts/npm-package.mjs`: a tenth of the bytes in JS), so both forms get the same
    /// checks and the same messages from the one parser.
    #[wasm_bindgen(constructor)]
    pub fn new(
        id: &str,
        #[wasm_bindgen(unchecked_param_type = "string | ChartParams")] params: Option<String>,
    ) -> Result<Chart, JsValue> {
        #[cfg(not(feature = "bundled"))]
        if crate::dataset::Dataset::get().facts.is_empty() {
            return Err(JsError::new(
                "no data yet: give the core data/all.txt or a view's part with loadData(text)",
            )
            .into());
        }
        let params = Params::parse(params.as_deref().unwrap_or("")).map_err(chart_err)?;
        let fig = chart::build(id, &params).map_err(chart_err)?;
        Ok(Chart {
            fig,
            params,
            layout: None,
        })
    }

    /// Draws at `width` × `height` CSS pixels with `dpr` device pixels per CSS pixel, in
    /// the canvas's top-left corner: everything is scaled, so text and lines are sharp on
    /// high-DPI screens. The canvas's CSS size is set to its bitmap's (one bitmap pixel per
    /// device pixel), which can be larger than the chart: a bitmap up to 1.5 times the size
    /// needed each way is kept, and the page clips the canvas to `width` × `height`.
    /// Setting a canvas's size drops its bitmap, and allocating the next one was most of a
    /// redraw at a new width (1.6 of 2.8 ms at 640 × 400 px, ratio 2).
    pub fn draw(
        &mut self,
        canvas: &HtmlCanvasElement,
        width: f64,
        height: f64,
        dpr: f64,
    ) -> Result<(), JsValue> {
        render::check_size(width, height).map_err(chart_err)?;
        if !(render::DPR.0..=render::DPR.1).contains(&dpr) {
            return Err(chart_err(chart::ChartError::BadSize(format!(
                "bad device pixel ratio {}: expected 0.5 to {}",
                format::fixed(dpr, 3),
                render::DPR.1 as u32
            ))));
        }
        let (bw, bh) = ((width * dpr).round() as u32, (height * dpr).round() as u32);
        // Each side is reallocated only when it does not fit (too small, or over 1.5 times
        // what is needed), and then alone: `plans` grows taller as it narrows, and resetting
        // both sides whenever one did not fit reallocated it on every step of a resize. A side
        // that grows by less than a quarter (a window being resized) gets a quarter more
        // room, so the next steps fit; anything else (a fresh canvas) gets exactly its size.
        let size = |have: u32, need: u32| match have {
            h if (need..=need + need / 2).contains(&h) => h,
            h if h < need && h + h / 4 >= need => need + need / 4,
            _ => need,
        };
        let (nw, nh) = (size(canvas.width(), bw), size(canvas.height(), bh));
        if nw != canvas.width() {
            canvas.set_width(nw);
        }
        if nh != canvas.height() {
            canvas.set_height(nh);
        }
        let (cw, ch) = (canvas.width(), canvas.height());
        let style = canvas.style();
        for (name, px) in [("width", cw), ("height", ch)] {
            let css = format!("{}px", format::fixed(px as f64 / dpr, 3));
            if style.get_property_value(name).ok().as_deref() != Some(css.as_str()) {
                style
                    .set_property(name, &css)
                    .map_err(|_| js_err("the canvas refused its size"))?;
            }
        }
        let lay = render::layout(&self.fig, width, height);
        let ctx = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
        // Outside the chart, a kept bitmap still holds the last, larger drawing: hidden by the
        // page's clip, but not in a copy of the image.
        if cw > bw {
            ctx.clear_rect(bw as f64, 0.0, (cw - bw) as f64, ch as f64);
        }
        if ch > bh {
            ctx.clear_rect(0.0, bh as f64, bw as f64, (ch - bh) as f64);
        }
        let mut backend = canvas::Canvas::new(ctx, (bw, bh));
        paint::paint(
            &mut backend,
            &lay,
            self.fig.theme.colors(),
            paint::Target::canvas(dpr),
        )
        .map_err(js_err)?;
        self.layout = Some(lay);
        Ok(())
    }

    /// The height this chart needs at `width` CSS pixels, whole, within `render::PREFERRED`
    /// (200–1600): pages use it as it is (`render::page_height`, which snippets reserve too).
    #[wasm_bindgen(js_name = preferredHeight)]
    pub fn preferred_height(&self, width: f64) -> f64 {
        render::page_height(&self.fig, width)
    }

    /// The index of the mark under (x, y) in CSS pixels from the canvas's top left;
    /// `undefined` where there is none (and before the first `draw`).
    pub fn hit(&self, x: f64, y: f64) -> Result<Option<u32>, JsError> {
        if !(x.is_finite() && y.is_finite()) {
            return Err(JsError::new("hit(x, y): x and y must be numbers of CSS px"));
        }
        Ok(self
            .layout
            .as_ref()
            .and_then(|l| l.hit(x, y))
            .map(|i| i as u32))
    }

    #[wasm_bindgen(getter, js_name = markCount)]
    pub fn mark_count(&self) -> usize {
        self.fig.marks.len()
    }

    /// Everything about mark `i`: its box (after `draw`), value, status, formula, sources.
    /// Throws for an index that is not one of `0 … markCount - 1` (`undefined` included:
    /// check what `hit` returns before asking for its mark).
    #[wasm_bindgen(unchecked_return_type = "MarkView")]
    pub fn mark(
        &self,
        #[wasm_bindgen(unchecked_param_type = "number")] i: Option<i32>,
    ) -> Result<JsValue, JsError> {
        let fig = &self.fig;
        let n = fig.marks.len();
        // `undefined` is None (the glue truncates other numbers: TS allows only `number`).
        let i = i
            .and_then(|i| usize::try_from(i).ok())
            .filter(|i| *i < n)
            .ok_or_else(|| {
                let shown = i.map_or("undefined".to_string(), |i| i.to_string());
                JsError::new(&match n {
                    0 => format!("no mark {shown}: the chart has no marks"),
                    _ => format!("no mark {shown}: valid marks are 0 to {}", n - 1),
                })
            })?;
        let m = &fig.marks[i];
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
                    .field("cite", &s.cite(l))
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
            // When the value holds, by its kind of period ("2021–2025年年均", "as of 2024-10-15").
            .field("when", &crate::figures::period_of(l, f))
            .field("value", &f.value)
            .field("unit", &f.unit().id())
            .field("label", &m.label)
            .field("full", &fig.full_value(m))
            .field("status", &f.status.id())
            .field("status_name", &l.pick(zh, en))
            .field("formula", &f.formula(l))
            .field("range", &f.interval_label(l))
            .field("notes", &f.notes(l).join(l.pick("；", " ")))
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

    /// Source and note lines, as drawn in the footer. (The explorer's API only: the embed
    /// draws them and never reads them, and its bytes are budgeted.)
    #[cfg(feature = "explorer")]
    pub fn footer(&self) -> Vec<String> {
        self.fig.footer()
    }

    /// Whether the chart has nothing to show (its message is drawn in place).
    #[wasm_bindgen(getter)]
    pub fn empty(&self) -> Option<String> {
        self.fig.empty.clone()
    }

    /// Whether any mark is an estimate, target or derived value. (The explorer's API only.)
    #[cfg(feature = "explorer")]
    #[wasm_bindgen(getter, js_name = hasNotes)]
    pub fn has_notes(&self) -> bool {
        self.fig
            .marks
            .iter()
            .any(|m| m.fact.status != crate::dataset::Status::Reported)
    }
}
