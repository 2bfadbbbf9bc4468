//! Lines: one per series over periods (years at their distance in time), with a point
//! and a label per mark; ranks drawn with 1 at the top.

use super::axis::axis_unit;
use super::frame::Metrics;
use super::scale::{nice_domain, Linear};
use super::scene::{Align, Baseline, Builder, Rect, Role, Shape, LINE};
use super::text::width;
use crate::dataset::Status;
use crate::figures::{Figure, Mark};
use crate::format;

pub(super) fn lines_chart(
    b: &mut Builder,
    fig: &Figure,
    m: &Metrics,
    plot: Rect,
    marks: &mut [Rect],
) {
    let top = plot.y0 + m.tick * LINE + 10.0;
    let bottom = plot.y1 - m.label * LINE - 8.0;
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
        let mut pts: Vec<(usize, &Mark)> = fig
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
            marks[*i] = Rect {
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
