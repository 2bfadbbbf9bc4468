//! Lays a [`Figure`] out for a given size: a display list of shapes and text in CSS
//! pixels, and the box of every mark. Drawing (`paint`) and hit-testing both read it,
//! so a tooltip always describes what was drawn where.

use super::scale::{nice_domain, Linear};
use super::text::{width, wrap};
use crate::dataset::Status;
use crate::figures::{Figure, Kind};
use crate::format;

/// A colour by its role; the theme turns it into RGB when painting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Role {
    Text,
    Muted,
    Grid,
    Axis,
    Background,
    Series(usize),
    /// Text on a solid bar of a series: whichever of the text and background colours
    /// stands out more from the series colour (4.5:1 or more in both themes).
    OnSeries(usize),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Align {
    Start,
    Middle,
    End,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Baseline {
    Top,
    Middle,
    Bottom,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        fill: Option<(Role, f64)>,
        stroke: Option<(Role, f64)>,
    },
    /// Diagonal stripes inside a rectangle: the mark of an estimate.
    Hatch {
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        role: Role,
    },
    Line {
        points: Vec<(f64, f64)>,
        role: Role,
        width: f64,
    },
    Circle {
        x: f64,
        y: f64,
        r: f64,
        fill: Option<Role>,
        stroke: Role,
    },
    Text {
        text: String,
        x: f64,
        y: f64,
        size: f64,
        role: Role,
        align: Align,
        baseline: Baseline,
        bold: bool,
    },
}

/// Where a mark was drawn, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl MarkBox {
    fn distance(&self, x: f64, y: f64) -> f64 {
        let dx = (self.x0 - x).max(0.0).max(x - self.x1);
        let dy = (self.y0 - y).max(0.0).max(y - self.y1);
        (dx * dx + dy * dy).sqrt()
    }
}

#[derive(Debug)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    /// One box per mark of the figure, same order.
    pub marks: Vec<MarkBox>,
}

impl Layout {
    /// The mark under a point (CSS pixels), allowing a few pixels of slack for
    /// thin bars and small points; the nearest wins.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        const SLACK: f64 = 6.0;
        self.marks
            .iter()
            .enumerate()
            .map(|(i, b)| (i, b.distance(x, y)))
            .filter(|(_, d)| *d <= SLACK)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }
}

/// Font sizes and spacing, a little smaller on phones.
struct Metrics {
    pad: f64,
    title: f64,
    subtitle: f64,
    label: f64,
    tick: f64,
    value: f64,
    footer: f64,
    line: f64,
}

impl Metrics {
    fn for_width(w: f64) -> Metrics {
        let narrow = w < 480.0;
        Metrics {
            pad: if narrow { 10.0 } else { 16.0 },
            title: if narrow { 15.0 } else { 17.0 },
            subtitle: if narrow { 12.0 } else { 13.0 },
            // No chart text under 12 px at 1×: readable on phones and in print.
            label: 12.0,
            tick: 12.0,
            value: 12.0,
            footer: 12.0,
            line: 1.3,
        }
    }
}

/// Line height, in multiples of the font size.
const LINE: f64 = 1.3;

struct Builder {
    shapes: Vec<Shape>,
    /// Indexes of texts that may be dropped where they collide or do not fit: tick and
    /// value labels (every value is also in the tooltip and the table). Titles, category
    /// labels, legends and footers are never dropped; layout makes room for them.
    optional: Vec<usize>,
}

/// The box a text occupies, from the width estimate layout uses everywhere: (x0, y0, x1, y1).
pub fn text_box(
    text: &str,
    x: f64,
    y: f64,
    size: f64,
    align: Align,
    baseline: Baseline,
    bold: bool,
) -> (f64, f64, f64, f64) {
    let w = width(text, size) * if bold { 1.08 } else { 1.0 };
    let x0 = match align {
        Align::Start => x,
        Align::Middle => x - w / 2.0,
        Align::End => x - w,
    };
    let y0 = match baseline {
        Baseline::Top => y,
        Baseline::Middle => y - size / 2.0,
        Baseline::Bottom => y - size,
    };
    (x0, y0, x0 + w, y0 + size)
}

fn shape_box(s: &Shape) -> Option<(f64, f64, f64, f64)> {
    match s {
        Shape::Text {
            text,
            x,
            y,
            size,
            align,
            baseline,
            bold,
            ..
        } => Some(text_box(text, *x, *y, *size, *align, *baseline, *bold)),
        _ => None,
    }
}

fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    const EPS: f64 = 0.5;
    a.0 < b.2 - EPS && b.0 < a.2 - EPS && a.1 < b.3 - EPS && b.1 < a.3 - EPS
}

impl Builder {
    /// A text that may be dropped if it collides (see `optional`).
    #[allow(clippy::too_many_arguments)]
    fn optional_text(
        &mut self,
        text: &str,
        x: f64,
        y: f64,
        size: f64,
        role: Role,
        align: Align,
        baseline: Baseline,
    ) {
        self.optional.push(self.shapes.len());
        self.text(text, x, y, size, role, align, baseline, false);
    }

    /// Drops the optional texts that leave the canvas or collide with a text already
    /// placed, in the order they were added (so ticks thin out evenly from the first).
    fn resolve(&mut self, w: f64, h: f64) {
        let mut kept: Vec<(f64, f64, f64, f64)> = self
            .shapes
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.optional.contains(i))
            .filter_map(|(_, s)| shape_box(s))
            .collect();
        let mut drop = Vec::new();
        for &i in &self.optional {
            let Some(bx) = shape_box(&self.shapes[i]) else {
                continue;
            };
            let inside = bx.0 >= -0.5 && bx.1 >= -0.5 && bx.2 <= w + 0.5 && bx.3 <= h + 0.5;
            if inside && !kept.iter().any(|k| overlap(*k, bx)) {
                kept.push(bx);
            } else {
                drop.push(i);
            }
        }
        let mut i = 0;
        self.shapes.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        text: &str,
        x: f64,
        y: f64,
        size: f64,
        role: Role,
        align: Align,
        baseline: Baseline,
        bold: bool,
    ) {
        self.shapes.push(Shape::Text {
            text: text.to_string(),
            x,
            y,
            size,
            role,
            align,
            baseline,
            bold,
        });
    }

    /// Lines of text from `y` downwards; returns the y below them.
    fn lines(
        &mut self,
        lines: &[String],
        x: f64,
        y: f64,
        size: f64,
        role: Role,
        bold: bool,
    ) -> f64 {
        let mut y = y;
        for l in lines {
            self.text(l, x, y, size, role, Align::Start, Baseline::Top, bold);
            y += size * LINE;
        }
        y
    }

    fn line(&mut self, points: Vec<(f64, f64)>, role: Role, width: f64) {
        self.shapes.push(Shape::Line {
            points,
            role,
            width,
        });
    }

    /// A bar (or legend swatch) styled by the status of its value.
    fn bar(&mut self, b: MarkBox, series: usize, status: Status) {
        let role = Role::Series(series);
        let (fill, stroke) = match status {
            Status::Reported => (Some((role, 1.0)), None),
            Status::Estimate => (Some((role, 0.3)), Some((role, 1.5))),
            Status::Target => (Some((role, 0.08)), Some((role, 2.0))),
            Status::Derived => (Some((role, 0.5)), Some((role, 1.0))),
        };
        self.shapes.push(Shape::Rect {
            x0: b.x0,
            y0: b.y0,
            x1: b.x1,
            y1: b.y1,
            fill,
            stroke,
        });
        if status == Status::Estimate {
            self.shapes.push(Shape::Hatch {
                x0: b.x0,
                y0: b.y0,
                x1: b.x1,
                y1: b.y1,
                role,
            });
        }
    }
}

/// Text on a bar: chosen for contrast on a solid fill, dark on the light fills of
/// estimates, targets and derived values.
fn inside_role(status: Status, series: usize) -> Role {
    if status == Status::Reported {
        Role::OnSeries(series)
    } else {
        Role::Text
    }
}

/// Lays the figure out in a `w` × `h` CSS-pixel box.
pub fn layout(fig: &Figure, w: f64, h: f64) -> Layout {
    let m = Metrics::for_width(w);
    let mut b = Builder {
        shapes: Vec::new(),
        optional: Vec::new(),
    };
    b.shapes.push(Shape::Rect {
        x0: 0.0,
        y0: 0.0,
        x1: w,
        y1: h,
        fill: Some((Role::Background, 1.0)),
        stroke: None,
    });
    let inner = w - 2.0 * m.pad;

    // Header: title, subtitle, legend.
    let mut y = m.pad;
    // Bold glyphs run about 8% wider than the estimate.
    y = b.lines(
        &wrap(&fig.title, m.title * 1.08, inner),
        m.pad,
        y,
        m.title,
        Role::Text,
        true,
    );
    if !fig.subtitle.is_empty() {
        y += 2.0;
        y = b.lines(
            &wrap(&fig.subtitle, m.subtitle, inner),
            m.pad,
            y,
            m.subtitle,
            Role::Muted,
            false,
        );
    }
    y = legend(&mut b, fig, &m, y + 6.0, inner);

    // Footer from the bottom: sources and notes.
    let footer: Vec<String> = fig
        .footer()
        .iter()
        .flat_map(|l| wrap(l, m.footer, inner))
        .collect();
    let footer_h = footer.len() as f64 * m.footer * m.line;
    let footer_y = h - m.pad - footer_h;
    b.lines(&footer, m.pad, footer_y, m.footer, Role::Muted, false);

    let plot = Area {
        x0: m.pad,
        y0: y + 8.0,
        x1: w - m.pad,
        y1: footer_y - 10.0,
    };
    let mut marks = vec![
        MarkBox {
            x0: 0.0,
            y0: 0.0,
            x1: 0.0,
            y1: 0.0
        };
        fig.marks.len()
    ];
    if let Some(msg) = &fig.empty {
        let lines = wrap(msg, m.label + 1.0, inner);
        let mid = (plot.y0 + plot.y1) / 2.0 - lines.len() as f64 * (m.label + 1.0) * m.line / 2.0;
        let mut yy = mid;
        for l in &lines {
            b.text(
                l,
                w / 2.0,
                yy,
                m.label + 1.0,
                Role::Muted,
                Align::Middle,
                Baseline::Top,
                false,
            );
            yy += (m.label + 1.0) * m.line;
        }
    } else if plot.y1 - plot.y0 < 24.0 || plot.x1 - plot.x0 < 60.0 {
        let msg = fig
            .lang
            .pick("图表区域太小，无法绘制", "Too small to draw the chart");
        b.text(
            msg,
            w / 2.0,
            (plot.y0 + plot.y1).max(y) / 2.0,
            m.label,
            Role::Muted,
            Align::Middle,
            Baseline::Middle,
            false,
        );
    } else {
        match fig.kind {
            Kind::Bars {
                horizontal: false,
                stacked,
            } if vertical_fits(fig, &m, &plot) => {
                let frame = vertical_frame(&mut b, fig, &m, plot, stacked);
                bars(&mut b, fig, &m, &frame, Orient::Up, stacked, &mut marks)
            }
            Kind::Bars { stacked, .. } => {
                let frame = horizontal_frame(&mut b, fig, &m, plot, stacked);
                bars(&mut b, fig, &m, &frame, Orient::Right, stacked, &mut marks)
            }
            Kind::Lines => lines_chart(&mut b, fig, &m, plot, &mut marks),
            Kind::Panel => panel(&mut b, fig, &m, plot, &mut marks),
        }
    }
    b.resolve(w, h);
    Layout {
        width: w,
        height: h,
        shapes: b.shapes,
        marks,
    }
}

/// The height a figure needs at width `w` to show every label comfortably.
pub fn preferred_height(fig: &Figure, w: f64) -> f64 {
    let m = Metrics::for_width(w);
    let inner = w - 2.0 * m.pad;
    let mut header = wrap(&fig.title, m.title * 1.08, inner).len() as f64 * m.title * m.line
        + wrap(&fig.subtitle, m.subtitle, inner).len() as f64 * m.subtitle * m.line
        + 24.0;
    let mut scratch = Builder {
        shapes: Vec::new(),
        optional: Vec::new(),
    };
    header += legend(&mut scratch, fig, &m, 0.0, inner);
    let footer: usize = fig
        .footer()
        .iter()
        .map(|l| wrap(l, m.footer, inner).len())
        .sum();
    let footer = footer as f64 * m.footer * m.line + 2.0 * m.pad + 10.0;
    let body = match fig.kind {
        _ if fig.marks.is_empty() => 120.0,
        Kind::Bars {
            horizontal,
            stacked,
        } => {
            let per_row = if stacked { 1 } else { fig.series.len().max(1) } as f64;
            let rows = fig.categories.len() as f64;
            let whole = Area {
                x0: 0.0,
                y0: 0.0,
                x1: inner,
                y1: 0.0,
            };
            let vertical_ok = !horizontal && vertical_fits(fig, &m, &whole);
            if vertical_ok {
                (inner * 0.62).clamp(220.0, 380.0)
            } else {
                let (above, lines) = hbar_labels(fig, &m, inner);
                let max_lines = lines.iter().map(Vec::len).max().unwrap_or(1) as f64;
                let label_h = max_lines * m.label * m.line;
                if above {
                    rows * (label_h + 4.0 + per_row * 16.0 + 12.0) + 30.0
                } else {
                    rows * (per_row * 16.0 + 18.0).max(label_h + 8.0) + 30.0
                }
            }
        }
        Kind::Lines => (inner * 0.55).clamp(220.0, 360.0),
        Kind::Panel => {
            let cols = panel_columns(inner);
            let (tile_h, _, _) = panel_rows(fig, &m, inner);
            (fig.marks.len() as f64 / cols as f64).ceil() * tile_h + 8.0
        }
    };
    (header + body + footer).ceil()
}

#[derive(Clone, Copy)]
struct Area {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

/// Legend: one swatch per series (if several), then one per status other than reported.
fn legend(b: &mut Builder, fig: &Figure, m: &Metrics, y: f64, inner: f64) -> f64 {
    let mut items: Vec<(String, usize, Status)> = Vec::new();
    if fig.series.len() > 1 {
        for (i, s) in fig.series.iter().enumerate() {
            items.push((s.name.clone(), i, Status::Reported));
        }
    }
    let neutral = if fig.series.len() > 1 { usize::MAX } else { 0 };
    for s in fig.statuses() {
        if s != Status::Reported && fig.kind != Kind::Panel {
            let (zh, en) = s.names();
            items.push((fig.lang.pick(zh, en).to_string(), neutral, s));
        }
    }
    if items.is_empty() {
        return y;
    }
    let size = m.label;
    let row_h = size * m.line + 4.0;
    let (mut x, mut yy, mut line_h) = (m.pad, y, row_h);
    for (text, series, status) in items {
        // A name longer than the legend's width wraps: never cut.
        let lines = wrap(&text, size, (inner - 14.0).max(size));
        let text_w = lines.iter().map(|l| width(l, size)).fold(0.0, f64::max);
        let w = 14.0 + text_w + 14.0;
        let h = (lines.len() - 1) as f64 * size * m.line + row_h;
        if x > m.pad && x + w > m.pad + inner {
            x = m.pad;
            yy += line_h;
            line_h = row_h;
        }
        line_h = line_h.max(h);
        let sw = MarkBox {
            x0: x,
            y0: yy + 2.0,
            x1: x + 10.0,
            y1: yy + 12.0,
        };
        if series == usize::MAX {
            // Status swatches in a neutral colour when colours mean series.
            b.shapes.push(Shape::Rect {
                x0: sw.x0,
                y0: sw.y0,
                x1: sw.x1,
                y1: sw.y1,
                fill: None,
                stroke: Some((Role::Muted, 1.0)),
            });
            if status == Status::Estimate {
                b.shapes.push(Shape::Hatch {
                    x0: sw.x0,
                    y0: sw.y0,
                    x1: sw.x1,
                    y1: sw.y1,
                    role: Role::Muted,
                });
            }
            if status == Status::Derived {
                b.shapes.push(Shape::Rect {
                    x0: sw.x0,
                    y0: sw.y0,
                    x1: sw.x1,
                    y1: sw.y1,
                    fill: Some((Role::Muted, 0.4)),
                    stroke: None,
                });
            }
        } else {
            b.bar(sw, series, status);
        }
        let mut ty = yy + 7.0;
        for l in &lines {
            b.text(
                l,
                x + 14.0,
                ty,
                size,
                Role::Text,
                Align::Start,
                Baseline::Middle,
                false,
            );
            ty += size * m.line;
        }
        x += w;
    }
    yy + line_h
}

/// (max, min) of the values to plot, stacked where the figure stacks.
fn extent(fig: &Figure, stacked: bool) -> (f64, f64) {
    let mut hi: f64 = 0.0;
    let mut lo: f64 = 0.0;
    if stacked {
        for c in 0..fig.categories.len() {
            let (mut pos, mut neg) = (0.0, 0.0);
            for mk in fig.marks.iter().filter(|mk| mk.category == c) {
                if mk.fact.value >= 0.0 {
                    pos += mk.fact.value
                } else {
                    neg += mk.fact.value
                }
            }
            hi = hi.max(pos);
            lo = lo.min(neg);
        }
    } else {
        for mk in &fig.marks {
            hi = hi.max(mk.fact.value);
            lo = lo.min(mk.fact.value);
        }
    }
    (hi, lo)
}

/// Where a mark sits in its category band: its share of the band's width
/// (`off`, `frac`, both 0..1) and its extent on the value axis (`base`..`end`, axis units).
struct Slot {
    category: usize,
    off: f64,
    frac: f64,
    base: f64,
    end: f64,
}

/// One slot per mark: grouped series side by side, stacked series end to end.
fn slots(fig: &Figure, stacked: bool, factor: f64) -> Vec<Slot> {
    let mut stack = vec![0.0; fig.categories.len()];
    let present = |category: usize| -> Vec<usize> {
        (0..fig.series.len())
            .filter(|s| {
                fig.marks
                    .iter()
                    .any(|o| o.category == category && o.series == *s)
            })
            .collect()
    };
    // Every bar is as wide as in the fullest group: a group of one is not a fat bar.
    let widest = (0..fig.categories.len())
        .map(|c| present(c).len())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    fig.marks
        .iter()
        .map(|mk| {
            let v = mk.fact.value / factor;
            let category = mk.category;
            if stacked {
                let base = stack[category];
                stack[category] += v;
                return Slot {
                    category,
                    off: 0.0,
                    frac: 1.0,
                    base,
                    end: base + v,
                };
            }
            // Only series that have a mark in a category share its band, centred in it.
            let here = present(category);
            let n = here.len().max(1) as f64;
            let i = here.iter().position(|s| *s == mk.series).unwrap_or(0) as f64;
            Slot {
                category,
                off: ((widest - n) / 2.0 + i) / widest,
                frac: 1.0 / widest,
                base: 0.0,
                end: v,
            }
        })
        .collect()
}

/// The part of a category band its bars fill: more when series stand side by side.
fn group_width(fig: &Figure, stacked: bool, band: f64) -> f64 {
    band * if fig.series.len() > 1 && !stacked {
        0.85
    } else {
        0.63
    }
}

/// The category labels of horizontal bars: beside the bars when each fits in two lines
/// within 42% of the width (no word broken), otherwise above its bars across the whole
/// width, in as many lines as it needs. Never cut. (above, lines per category)
fn hbar_labels(fig: &Figure, m: &Metrics, inner: f64) -> (bool, Vec<Vec<String>>) {
    let label_max = (inner * 0.42).min(260.0);
    let words_fit = |c: &String| {
        c.split(' ')
            .all(|w| !w.is_ascii() || width(w, m.label) <= label_max)
    };
    let beside: Vec<Vec<String>> = fig
        .categories
        .iter()
        .map(|c| wrap(c, m.label, label_max))
        .collect();
    if label_max >= 60.0
        && beside.iter().all(|l| l.len() <= 2)
        && fig.categories.iter().all(words_fit)
    {
        return (false, beside);
    }
    let above = fig
        .categories
        .iter()
        .map(|c| wrap(c, m.label, inner))
        .collect();
    (true, above)
}

fn vertical_label_lines(fig: &Figure, m: &Metrics, plot_w: f64) -> usize {
    let band = plot_w / fig.categories.len().max(1) as f64;
    fig.categories
        .iter()
        .map(|c| wrap(c, m.label, band - 6.0).len())
        .max()
        .unwrap_or(1)
}

fn vertical_fits(fig: &Figure, m: &Metrics, plot: &Area) -> bool {
    let plot_w = plot.x1 - plot.x0 - 50.0;
    let band = plot_w / fig.categories.len().max(1) as f64;
    // No Latin word and no place's name is broken under a bar: if one is too wide for its
    // band, bars go horizontal.
    let words_fit = fig
        .categories
        .iter()
        .all(|c| super::text::widest_unbreakable(c, m.label) <= band - 6.0);
    vertical_label_lines(fig, m, plot_w) <= 3 && band >= 28.0 && words_fit
}

/// The value axis: unit label, scale, ticks. `r0`/`r1` are the pixel ends for the domain.
struct ValueAxis {
    unit_label: String,
    factor: f64,
    scale: Linear,
    ticks: Vec<f64>,
    decimals: u32,
}

/// The axis's unit: in Chinese, the scale most labels are written in (the article's
/// 万元 stays 万元 on the axis too); otherwise scaled to the largest value.
fn axis_unit(fig: &Figure, max: f64) -> (String, f64) {
    let (zh_unit, _) = fig.unit.names();
    if fig.lang == crate::format::Lang::Zh && matches!(fig.unit, crate::dataset::Unit::Cny) {
        let count = |p: &str| {
            fig.marks
                .iter()
                // (`ends_with`, not `contains`: no substring searcher in the wasm.)
                .filter(|m| m.label.ends_with(&format!("{p}{zh_unit}")))
                .count()
        };
        let (yi, wan) = (count("亿"), count("万"));
        if wan > yi {
            return format::zh_axis("万", zh_unit);
        }
    }
    format::axis_unit(max, fig.unit, fig.lang)
}

fn value_axis(fig: &Figure, stacked: bool, r0: f64, r1: f64, count: usize) -> ValueAxis {
    let (hi, lo) = extent(fig, stacked);
    let (unit_label, factor) = axis_unit(fig, hi.max(-lo));
    let (d0, d1, ticks, decimals) = nice_domain(lo / factor, hi / factor, count);
    ValueAxis {
        unit_label,
        factor,
        scale: Linear { d0, d1, r0, r1 },
        ticks,
        decimals,
    }
}

/// Which way bars run: up from a horizontal baseline, or right from a vertical one.
/// Bars are laid out once in band and value coordinates, then oriented (as egui_plot's
/// `point_at` and Observable Plot's BarX/BarY do); only the axes differ.
#[derive(Clone, Copy, PartialEq)]
enum Orient {
    Up,
    Right,
}

impl Orient {
    /// The box spanning `b0..b1` across the bands and `v0..v1` along the value axis (px).
    fn rect(self, b0: f64, b1: f64, v0: f64, v1: f64) -> MarkBox {
        let (lo, hi) = (v0.min(v1), v0.max(v1));
        match self {
            Orient::Up => MarkBox {
                x0: b0,
                y0: lo,
                x1: b1,
                y1: hi,
            },
            Orient::Right => MarkBox {
                x0: lo,
                y0: b0,
                x1: hi,
                y1: b1,
            },
        }
    }
}

/// What the axes leave to the bars: where the first band starts, each band's size, the
/// room at the top of a band taken by its label, and the value axis.
struct BarFrame {
    band0: f64,
    band: f64,
    label_h: f64,
    ax: ValueAxis,
}

/// Bars in either orientation, with their value labels: beyond the bar's end, or inside a
/// stacked segment; a label is drawn only where the slot has room for it across the bar.
fn bars(
    b: &mut Builder,
    fig: &Figure,
    m: &Metrics,
    frame: &BarFrame,
    orient: Orient,
    stacked: bool,
    marks: &mut [MarkBox],
) {
    let room = frame.band - frame.label_h;
    let group = group_width(fig, stacked, room);
    for ((i, mk), slot) in fig
        .marks
        .iter()
        .enumerate()
        .zip(slots(fig, stacked, frame.ax.factor))
    {
        let g0 =
            frame.band0 + frame.band * slot.category as f64 + frame.label_h + (room - group) / 2.0;
        let bx = orient.rect(
            g0 + group * slot.off + 1.0,
            g0 + group * (slot.off + slot.frac) - 1.0,
            frame.ax.scale.map(slot.base),
            frame.ax.scale.map(slot.end),
        );
        marks[i] = bx;
        b.bar(bx, mk.series, mk.fact.status);
        let size = m.value;
        let text_w = width(&mk.label, size);
        if stacked {
            // Inside its segment, where the segment holds it.
            if text_w + 6.0 <= bx.x1 - bx.x0 && size + 2.0 <= bx.y1 - bx.y0 {
                b.optional_text(
                    &mk.label,
                    (bx.x0 + bx.x1) / 2.0,
                    (bx.y0 + bx.y1) / 2.0,
                    size,
                    inside_role(mk.fact.status, mk.series),
                    Align::Middle,
                    Baseline::Middle,
                );
            }
            continue;
        }
        // Beyond the bar's end, if its slot is wide enough across the bar for the label.
        let alone = fig.series.len() == 1;
        let across = if alone {
            room - 4.0
        } else {
            group * slot.frac + 4.0
        };
        match orient {
            Orient::Up if text_w <= across => b.optional_text(
                &mk.label,
                (bx.x0 + bx.x1) / 2.0,
                bx.y0 - 3.0,
                size,
                Role::Text,
                Align::Middle,
                Baseline::Bottom,
            ),
            Orient::Right => b.optional_text(
                &mk.label,
                bx.x1 + 4.0,
                (bx.y0 + bx.y1) / 2.0,
                size,
                Role::Text,
                Align::Start,
                Baseline::Middle,
            ),
            Orient::Up => {}
        }
    }
}

/// The frame of upright bars: the value axis on the left, category labels under the bands.
fn vertical_frame(
    b: &mut Builder,
    fig: &Figure,
    m: &Metrics,
    plot: Area,
    stacked: bool,
) -> BarFrame {
    // Unit above the axis, tick labels left of it.
    let top = plot.y0 + m.tick * m.line + 8.0; // room for the unit label and the top value label
    let probe = value_axis(fig, stacked, 0.0, 1.0, 5);
    let tick_w = probe
        .ticks
        .iter()
        .map(|t| width(&format::grouped(*t, probe.decimals), m.tick))
        .fold(0.0, f64::max);
    let x0 = plot.x0 + tick_w + 8.0;
    let band = (plot.x1 - x0) / fig.categories.len().max(1) as f64;
    let label_lines: Vec<Vec<String>> = fig
        .categories
        .iter()
        .map(|c| wrap(c, m.label, band - 6.0))
        .collect();
    let max_lines = label_lines.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let bottom = plot.y1 - max_lines * m.label * m.line - 6.0;
    let ticks = ((bottom - top) / 48.0).floor().clamp(2.0, 8.0) as usize;
    let ax = value_axis(fig, stacked, bottom, top + m.value * m.line, ticks);
    b.text(
        &ax.unit_label,
        plot.x0,
        plot.y0,
        m.tick,
        Role::Muted,
        Align::Start,
        Baseline::Top,
        false,
    );
    for t in &ax.ticks {
        let y = ax.scale.map(*t).round();
        b.line(
            vec![(x0, y), (plot.x1, y)],
            if *t == 0.0 { Role::Axis } else { Role::Grid },
            1.0,
        );
        let label = format::grouped(*t, ax.decimals);
        b.optional_text(
            &label,
            x0 - 6.0,
            y,
            m.tick,
            Role::Muted,
            Align::End,
            Baseline::Middle,
        );
    }
    for (c, lines) in label_lines.iter().enumerate() {
        let cx = x0 + band * (c as f64 + 0.5);
        let mut y = bottom + 6.0;
        for l in lines {
            b.text(
                l,
                cx,
                y,
                m.label,
                Role::Text,
                Align::Middle,
                Baseline::Top,
                false,
            );
            y += m.label * m.line;
        }
    }
    BarFrame {
        band0: x0,
        band,
        label_h: 0.0,
        ax,
    }
}

/// The frame of bars lying down: category labels beside (or above) the bands, the value
/// axis along the bottom.
fn horizontal_frame(
    b: &mut Builder,
    fig: &Figure,
    m: &Metrics,
    plot: Area,
    stacked: bool,
) -> BarFrame {
    let inner = plot.x1 - plot.x0;
    let (above, label_lines) = hbar_labels(fig, m, inner);
    let label_w = label_lines
        .iter()
        .flatten()
        .map(|l| width(l, m.label))
        .fold(0.0, f64::max);
    let x0 = if above {
        plot.x0
    } else {
        plot.x0 + label_w + 8.0
    };
    // Above its bars, each label has the same room: its band's top part.
    let max_lines = label_lines.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let label_h = if above {
        max_lines * m.label * m.line + 2.0
    } else {
        0.0
    };
    // Room on the right for the longest value label.
    let value_w = if stacked {
        0.0
    } else {
        fig.marks
            .iter()
            .map(|mk| width(&mk.label, m.value))
            .fold(0.0, f64::max)
    };
    let x1 = (plot.x1 - value_w - 6.0).max(x0 + 40.0);
    let axis_h = m.tick * m.line + 4.0;
    let top = plot.y0 + m.tick * m.line + 4.0;
    let bottom = plot.y1 - axis_h;
    let ticks = ((x1 - x0) / 70.0).floor().clamp(2.0, 6.0) as usize;
    let ax = value_axis(fig, stacked, x0, x1, ticks);
    // The unit at the axis's end, or at the left where the plot is too narrow for it.
    let unit_w = width(&ax.unit_label, m.tick);
    let (ux, ualign) = if x1 - unit_w >= plot.x0 {
        (x1, Align::End)
    } else {
        (plot.x0, Align::Start)
    };
    b.text(
        &ax.unit_label,
        ux,
        plot.y0,
        m.tick,
        Role::Muted,
        ualign,
        Baseline::Top,
        false,
    );
    for t in &ax.ticks {
        let x = ax.scale.map(*t).round();
        b.line(
            vec![(x, top), (x, bottom)],
            if *t == 0.0 { Role::Axis } else { Role::Grid },
            1.0,
        );
        b.optional_text(
            &format::grouped(*t, ax.decimals),
            x,
            bottom + 4.0,
            m.tick,
            Role::Muted,
            Align::Middle,
            Baseline::Top,
        );
    }
    let band = (bottom - top) / fig.categories.len().max(1) as f64;
    for (c, lines) in label_lines.iter().enumerate() {
        let (x, align, mut y) = if above {
            (plot.x0, Align::Start, top + band * c as f64 + 2.0)
        } else {
            let h = lines.len() as f64 * m.label * m.line;
            (
                x0 - 8.0,
                Align::End,
                top + band * (c as f64 + 0.5) - h / 2.0,
            )
        };
        for l in lines {
            b.text(l, x, y, m.label, Role::Text, align, Baseline::Top, false);
            y += m.label * m.line;
        }
    }
    BarFrame {
        band0: top,
        band,
        label_h,
        ax,
    }
}

fn lines_chart(b: &mut Builder, fig: &Figure, m: &Metrics, plot: Area, marks: &mut [MarkBox]) {
    let top = plot.y0 + m.tick * m.line + 10.0;
    let bottom = plot.y1 - m.label * m.line - 8.0;
    let (hi, lo) = (
        fig.marks
            .iter()
            .map(|mk| mk.fact.value)
            .fold(f64::MIN, f64::max),
        fig.marks
            .iter()
            .map(|mk| mk.fact.value)
            .fold(f64::MAX, f64::min),
    );
    let ticks = ((bottom - top) / 48.0).floor().clamp(2.0, 6.0) as usize;
    let (unit_label, factor) = axis_unit(fig, hi);
    let (mut d0, d1, mut tick_vals, decimals) = if fig.invert {
        nice_domain(0.0, hi / factor, ticks)
    } else {
        nice_domain(lo.min(0.0) / factor, hi / factor, ticks)
    };
    if fig.invert {
        // Rank 1 at the top; "0" is not a rank.
        d0 = 1.0;
        tick_vals.retain(|t| *t >= 1.0);
        tick_vals.insert(0, 1.0);
    }
    let tick_w = tick_vals
        .iter()
        .map(|t| width(&format::grouped(*t, decimals), m.tick))
        .fold(0.0, f64::max);
    let x0 = plot.x0 + tick_w + 8.0;
    // Labels sit right of their points: keep room for the widest.
    let label_w = fig
        .marks
        .iter()
        .map(|mk| width(&mk.label, m.value))
        .fold(0.0, f64::max);
    // Point labels are dropped where they do not fit; the years always keep their room.
    let x1 = plot.x1 - (label_w / 2.0).min((plot.x1 - x0) * 0.15).max(12.0);
    let (r0, r1) = if fig.invert {
        (top, bottom)
    } else {
        (bottom, top)
    };
    let scale = Linear { d0, d1, r0, r1 };
    // (Which way is better, for ranks, is in the subtitle: "1 = best, shown at the top".)
    b.text(
        &unit_label,
        plot.x0,
        plot.y0,
        m.tick,
        Role::Muted,
        Align::Start,
        Baseline::Top,
        false,
    );
    for t in &tick_vals {
        let y = scale.map(*t).round();
        b.line(vec![(x0, y), (x1, y)], Role::Grid, 1.0);
        b.optional_text(
            &format::grouped(*t, decimals),
            x0 - 6.0,
            y,
            m.tick,
            Role::Muted,
            Align::End,
            Baseline::Middle,
        );
    }
    // Years sit at their distance in time (2021, 2023, 2024); other categories evenly.
    let n = fig.categories.len().max(1) as f64;
    let step = (x1 - x0) / n;
    let years: Option<Vec<f64>> = fig
        .categories
        .iter()
        .map(|c| c.parse::<u16>().ok().map(f64::from))
        .collect();
    let cx = |c: usize| match &years {
        Some(ys) if ys.len() > 1 => {
            let (lo, hi) = (ys[0], ys[ys.len() - 1]);
            x0 + step / 2.0 + (ys[c] - lo) / (hi - lo).max(1.0) * (x1 - x0 - step)
        }
        _ => x0 + step * (c as f64 + 0.5),
    };
    // The x axis's ticks: thinned where they would collide (the narrowest charts).
    for (c, label) in fig.categories.iter().enumerate() {
        b.optional_text(
            label,
            cx(c),
            bottom + 8.0,
            m.label,
            Role::Text,
            Align::Middle,
            Baseline::Top,
        );
    }
    for s in 0..fig.series.len() {
        let mut pts: Vec<(usize, &crate::figures::Mark)> = fig
            .marks
            .iter()
            .enumerate()
            .filter(|(_, mk)| mk.series == s)
            .collect();
        crate::sort::sort_by(&mut pts, |a, b| a.1.category.cmp(&b.1.category));
        let xy: Vec<(f64, f64)> = pts
            .iter()
            .map(|(_, mk)| (cx(mk.category), scale.map(mk.fact.value / factor)))
            .collect();
        for w in xy.windows(2) {
            b.line(vec![w[0], w[1]], Role::Series(s), 2.0);
        }
        for ((i, mk), (x, y)) in pts.iter().zip(&xy) {
            let filled = mk.fact.status == Status::Reported;
            b.shapes.push(Shape::Circle {
                x: *x,
                y: *y,
                r: 4.5,
                fill: if filled {
                    Some(Role::Series(s))
                } else {
                    Some(Role::Background)
                },
                stroke: Role::Series(s),
            });
            marks[*i] = MarkBox {
                x0: x - 6.0,
                y0: y - 6.0,
                x1: x + 6.0,
                y1: y + 6.0,
            };
            // Above the point, or below when the point is at the top.
            let above = *y - top > m.value * 2.0;
            let (ly, base) = if above {
                (y - 8.0, Baseline::Bottom)
            } else {
                (y + 8.0, Baseline::Top)
            };
            b.optional_text(&mk.label, *x, ly, m.value, Role::Text, Align::Middle, base);
        }
    }
}

fn panel_columns(inner: f64) -> usize {
    ((inner / 210.0).floor() as usize).clamp(1, 4)
}

/// A tile's value: in large type, smaller where the tile is narrow, and wrapped at spaces
/// where even the small size does not fit. (size, lines)
fn panel_value(label: &str, big: f64, small: f64, room: f64) -> (f64, Vec<String>) {
    let size = big.min(room / (width(label, 1.0) * 1.08)).max(small);
    (size, wrap(label, size * 1.08, room))
}

/// The panel's text sizes and the height of one row of tiles: every tile's value and name
/// wrap to as many lines as they need (never cut: the name says what the value is and when).
fn panel_rows(fig: &Figure, m: &Metrics, inner: f64) -> (f64, f64, f64) {
    let cols = panel_columns(inner);
    let tile_w = inner / cols as f64;
    let big = 18.0f64.min(m.label * 1.5).max(13.0);
    let small = m.label;
    let pad = 8.0;
    let room = tile_w - 6.0 - 2.0 * pad;
    let text_h = fig
        .marks
        .iter()
        .map(|mk| {
            let (size, value) = panel_value(&mk.label, big, small, room);
            let name = wrap(&fig.categories[mk.category], small, room).len() as f64;
            value.len() as f64 * size * 1.3 + name * small * m.line
        })
        .fold(0.0, f64::max);
    let tile_h = 2.0 * pad + text_h + 6.0;
    (tile_h, big, small)
}

fn panel(b: &mut Builder, fig: &Figure, m: &Metrics, plot: Area, marks: &mut [MarkBox]) {
    let inner = plot.x1 - plot.x0;
    let cols = panel_columns(inner);
    let tile_w = inner / cols as f64;
    let (tile_h, big, small) = panel_rows(fig, m, inner);
    for (i, mk) in fig.marks.iter().enumerate() {
        let room = tile_w - 6.0 - 16.0;
        let (big, value_lines) = panel_value(&mk.label, big, small, room);
        let (r, c) = (i / cols, i % cols);
        let x = plot.x0 + tile_w * c as f64;
        let y = plot.y0 + tile_h * r as f64;
        let bx = MarkBox {
            x0: x + 2.0,
            y0: y + 2.0,
            x1: x + tile_w - 4.0,
            y1: y + tile_h - 4.0,
        };
        marks[i] = bx;
        b.shapes.push(Shape::Rect {
            x0: bx.x0,
            y0: bx.y0,
            x1: bx.x1,
            y1: bx.y1,
            fill: Some((Role::Series(mk.series), 0.08)),
            stroke: Some((Role::Series(mk.series), 1.0)),
        });
        let pad = 8.0;
        let mut y = bx.y0 + pad;
        for l in &value_lines {
            b.text(
                l,
                bx.x0 + pad,
                y,
                big,
                Role::Text,
                Align::Start,
                Baseline::Top,
                true,
            );
            y += big * 1.3;
        }
        let name = &fig.categories[mk.category];
        let lines = wrap(name, small, bx.x1 - bx.x0 - 2.0 * pad);
        b.lines(&lines, bx.x0 + pad, y, small, Role::Muted, false);
    }
}
