//! The frame of a chart: font sizes for a width, the header (title, subtitle, legend) and
//! the footer (sources, notes) around the plot; [`layout`] places a figure in it for a
//! size and hands the plot area to the mark kind's module.

use super::axis::{hbar_labels, horizontal_frame, values_room, vertical_fits, vertical_frame};
use super::bars::{bars, Orient};
use super::legend::legend;
use super::lines::lines_chart;
use super::panels::{panel, panel_columns, panel_rows};
use super::scene::{Align, Baseline, Builder, Layout, Rect, Role, Shape, LINE};
use super::text::wrap;
use crate::figures::{Figure, Kind};

/// Font sizes and spacing, a little smaller on phones.
pub(super) struct Metrics {
    pub(super) pad: f64,
    pub(super) title: f64,
    pub(super) subtitle: f64,
    pub(super) label: f64,
    pub(super) tick: f64,
    pub(super) value: f64,
    pub(super) footer: f64,
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
        }
    }
}

/// The text around the plot, wrapped and measured once for both [`layout`] and
/// [`preferred_height`]: the header (title, subtitle; the legend below them is measured by
/// laying it out) and the footer (sources and notes).
struct Frame {
    title: Vec<String>,
    subtitle: Vec<String>,
    footer: Vec<String>,
}

/// Space between the legend and the plot, and between the plot and the footer.
const ABOVE_PLOT: f64 = 8.0;
const BELOW_PLOT: f64 = 10.0;

impl Frame {
    fn measure(fig: &Figure, m: &Metrics, inner: f64) -> Frame {
        Frame {
            // Bold glyphs run about 8% wider than the estimate.
            title: wrap(&fig.title, m.title * 1.08, inner),
            subtitle: wrap(&fig.subtitle, m.subtitle, inner),
            footer: fig
                .footer()
                .iter()
                .flat_map(|l| wrap(l, m.footer, inner))
                .collect(),
        }
    }

    /// Where the legend starts: below the padding, the title and the subtitle.
    /// (Line by line, as `Builder::lines` steps: the same sums to the last bit.)
    fn legend_top(&self, m: &Metrics) -> f64 {
        let mut y = m.pad;
        for _ in &self.title {
            y += m.title * LINE;
        }
        if !self.subtitle.is_empty() {
            y += 2.0;
            for _ in &self.subtitle {
                y += m.subtitle * LINE;
            }
        }
        y + 6.0
    }

    fn footer_height(&self, m: &Metrics) -> f64 {
        self.footer.len() as f64 * m.footer * LINE
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
        rect: Rect {
            x0: 0.0,
            y0: 0.0,
            x1: w,
            y1: h,
        },
        fill: Some((Role::Background, 1.0)),
        stroke: None,
    });
    let inner = w - 2.0 * m.pad;
    let frame = Frame::measure(fig, &m, inner);

    // Header: title, subtitle, legend.
    let y = b.lines(&frame.title, m.pad, m.pad, m.title, Role::Text, true);
    // (No subtitle: no lines.)
    b.lines(
        &frame.subtitle,
        m.pad,
        y + 2.0,
        m.subtitle,
        Role::Muted,
        false,
    );
    let y = legend(&mut b, fig, &m, frame.legend_top(&m), inner);

    // Footer from the bottom: sources and notes.
    let footer_y = h - m.pad - frame.footer_height(&m);
    b.lines(&frame.footer, m.pad, footer_y, m.footer, Role::Muted, false);

    let plot = Rect {
        x0: m.pad,
        y0: y + ABOVE_PLOT,
        x1: w - m.pad,
        y1: footer_y - BELOW_PLOT,
    };
    let mut marks = vec![Rect::default(); fig.marks.len()];
    if let Some(msg) = &fig.empty {
        let lines = wrap(msg, m.label + 1.0, inner);
        let mid = (plot.y0 + plot.y1) / 2.0 - lines.len() as f64 * (m.label + 1.0) * LINE / 2.0;
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
            yy += (m.label + 1.0) * LINE;
        }
    } else if plot.height() < 24.0 || plot.width() < 60.0 {
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
    let frame = Frame::measure(fig, &m, inner);
    let mut scratch = Builder {
        shapes: Vec::new(),
        optional: Vec::new(),
    };
    // The legend laid out where `layout` puts it: its bottom is the header's height.
    let header = legend(&mut scratch, fig, &m, frame.legend_top(&m), inner) + ABOVE_PLOT;
    // The body estimates below are of the marks; the plot keeps this much spare room.
    const SPARE: f64 = 10.0;
    let footer = BELOW_PLOT + frame.footer_height(&m) + m.pad + SPARE;
    let body = match fig.kind {
        _ if fig.marks.is_empty() => 120.0,
        Kind::Bars {
            horizontal,
            stacked,
        } => {
            let per_row = if stacked { 1 } else { fig.series.len().max(1) } as f64;
            let rows = fig.categories.len() as f64;
            let whole = Rect {
                x0: 0.0,
                y0: 0.0,
                x1: inner,
                y1: 0.0,
            };
            let vertical_ok = !horizontal && vertical_fits(fig, &m, &whole);
            if vertical_ok {
                (inner * 0.62).clamp(220.0, 380.0)
            } else {
                let (above, lines) = hbar_labels(fig, &m, inner, values_room(fig, &m));
                let max_lines = lines.iter().map(Vec::len).max().unwrap_or(1) as f64;
                let label_h = max_lines * m.label * LINE;
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
