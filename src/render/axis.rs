//! Axes: the value axis (unit, scale, ticks) and the frames of bars, upright or lying
//! down, with their category labels. The bars themselves are drawn once, in `bars`.

use super::bars::BarFrame;
use super::frame::Metrics;
use super::scale::{nice_domain, Linear};
use super::scene::{Align, Baseline, Builder, Rect, Role, LINE};
use super::text::{width, wrap};
use crate::figures::{Figure, Kind};
use crate::format;

/// (max, min) of the values to plot, stacked where the figure stacks.
pub(super) fn extent(fig: &Figure, stacked: bool) -> (f64, f64) {
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

/// Bars lying down keep at least this long a run (px), and a quarter of the plot's width,
/// beside their category labels and value labels; otherwise the category labels go above
/// the bars (at 320 px the `indicator` chart's bars had 50 px beside them, 120 above).
const BARS_BESIDE: f64 = 40.0;
/// With the category labels above, the value labels are shown (all of them) when the bars
/// keep at least this long a run; otherwise none is, and the bars take the width.
const BARS_WITH_VALUES: f64 = 24.0;

/// The room the value labels of bars lying down take beyond the bars' ends: the widest
/// label and its gap (none for stacked bars, whose labels sit inside their segments).
pub(super) fn values_room(fig: &Figure, m: &Metrics) -> f64 {
    if matches!(fig.kind, Kind::Bars { stacked: true, .. }) {
        return 0.0;
    }
    let widest = fig.marks.iter().map(|mk| width(&mk.label, m.value));
    widest.fold(0.0, f64::max) + 6.0
}

/// The category labels of horizontal bars: beside the bars when each fits in two lines
/// within 42% of the width (no word broken) and the bars keep their room (BARS_BESIDE)
/// beside them and their values, otherwise above its bars across the whole width, in as
/// many lines as it needs. Never cut. `values`: the value labels' room (`values_room`).
/// (above, lines per category)
pub(super) fn hbar_labels(
    fig: &Figure,
    m: &Metrics,
    inner: f64,
    values: f64,
) -> (bool, Vec<Vec<String>>) {
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
    let beside_w = beside.iter().flatten().map(|l| width(l, m.label));
    if label_max >= 60.0
        && beside.iter().all(|l| l.len() <= 2)
        && fig.categories.iter().all(words_fit)
        && inner - beside_w.fold(0.0, f64::max) - 8.0 - values >= BARS_BESIDE.max(inner * 0.25)
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

pub(super) fn vertical_label_lines(fig: &Figure, m: &Metrics, plot_w: f64) -> usize {
    let band = plot_w / fig.categories.len().max(1) as f64;
    fig.categories
        .iter()
        .map(|c| wrap(c, m.label, band - 6.0).len())
        .max()
        .unwrap_or(1)
}

pub(super) fn vertical_fits(fig: &Figure, m: &Metrics, plot: &Rect) -> bool {
    let plot_w = plot.width() - 50.0;
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
pub(super) struct ValueAxis {
    pub(super) unit_label: String,
    pub(super) factor: f64,
    pub(super) scale: Linear,
    pub(super) ticks: Vec<f64>,
    pub(super) decimals: u32,
}

/// The axis's unit: in Chinese, the scale most labels are written in (the article's
/// 万元 stays 万元 on the axis too); otherwise scaled to the largest value.
pub(super) fn axis_unit(fig: &Figure, max: f64) -> (String, f64) {
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

pub(super) fn value_axis(fig: &Figure, stacked: bool, r0: f64, r1: f64, count: usize) -> ValueAxis {
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

/// The frame of upright bars: the value axis on the left, category labels under the bands.
pub(super) fn vertical_frame(
    b: &mut Builder,
    fig: &Figure,
    m: &Metrics,
    plot: Rect,
    stacked: bool,
) -> BarFrame {
    // Unit above the axis, tick labels left of it.
    let top = plot.y0 + m.tick * LINE + 8.0; // room for the unit label and the top value label
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
    let bottom = plot.y1 - max_lines * m.label * LINE - 6.0;
    let ticks = ((bottom - top) / 48.0).floor().clamp(2.0, 8.0) as usize;
    let ax = value_axis(fig, stacked, bottom, top + m.value * LINE, ticks);
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
            y += m.label * LINE;
        }
    }
    BarFrame {
        band0: x0,
        band,
        label_h: 0.0,
        ax,
        values: true,
    }
}

/// The frame of bars lying down: category labels beside (or above) the bands, the value
/// axis along the bottom.
pub(super) fn horizontal_frame(
    b: &mut Builder,
    fig: &Figure,
    m: &Metrics,
    plot: Rect,
    stacked: bool,
) -> BarFrame {
    let inner = plot.width();
    let values = values_room(fig, m);
    let (above, label_lines) = hbar_labels(fig, m, inner, values);
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
        max_lines * m.label * LINE + 2.0
    } else {
        0.0
    };
    // Room on the right for the longest value label, if the bars keep enough beside it:
    // all values or none, never only those short enough to fit.
    let values = if plot.x1 - values - x0 >= BARS_WITH_VALUES {
        values
    } else {
        0.0
    };
    let x1 = (plot.x1 - values.max(6.0)).max(x0 + BARS_WITH_VALUES);
    let axis_h = m.tick * LINE + 4.0;
    let top = plot.y0 + m.tick * LINE + 4.0;
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
    let band = (bottom - top) / fig.categories.len().max(1) as f64;
    // Labels above their bars: the lines run beside the bars only, never through a label.
    let spans = if above { fig.categories.len() } else { 1 };
    for t in &ax.ticks {
        let x = ax.scale.map(*t).round();
        for c in 0..spans {
            let c = c as f64;
            let (y0, y1) = if above {
                (top + band * c + label_h, top + band * (c + 1.0))
            } else {
                (top, bottom)
            };
            b.line(
                vec![(x, y0), (x, y1)],
                if *t == 0.0 { Role::Axis } else { Role::Grid },
                1.0,
            );
        }
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
    for (c, lines) in label_lines.iter().enumerate() {
        let (x, align, mut y) = if above {
            (plot.x0, Align::Start, top + band * c as f64 + 2.0)
        } else {
            let h = lines.len() as f64 * m.label * LINE;
            (
                x0 - 8.0,
                Align::End,
                top + band * (c as f64 + 0.5) - h / 2.0,
            )
        };
        for l in lines {
            b.text(l, x, y, m.label, Role::Text, align, Baseline::Top, false);
            y += m.label * LINE;
        }
    }
    BarFrame {
        band0: top,
        band,
        label_h,
        ax,
        values: values > 0.0,
    }
}
