//! The legend: one swatch per series (if several), then one per status other than reported.

use super::frame::Metrics;
use super::scene::{Align, Baseline, Builder, Rect, Role, Shape, LINE};
use super::text::{width, wrap};
use crate::dataset::Status;
use crate::figures::{Figure, Kind};

/// Legend: one swatch per series (if several), then one per status other than reported.
pub(super) fn legend(b: &mut Builder, fig: &Figure, m: &Metrics, y: f64, inner: f64) -> f64 {
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
    let row_h = size * LINE + 4.0;
    let (mut x, mut yy, mut line_h) = (m.pad, y, row_h);
    for (text, series, status) in items {
        // A name longer than the legend's width wraps: never cut.
        let lines = wrap(&text, size, (inner - 14.0).max(size));
        let text_w = lines.iter().map(|l| width(l, size)).fold(0.0, f64::max);
        let w = 14.0 + text_w + 14.0;
        let h = (lines.len() - 1) as f64 * size * LINE + row_h;
        if x > m.pad && x + w > m.pad + inner {
            x = m.pad;
            yy += line_h;
            line_h = row_h;
        }
        line_h = line_h.max(h);
        let sw = Rect {
            x0: x,
            y0: yy + 2.0,
            x1: x + 10.0,
            y1: yy + 12.0,
        };
        if series == usize::MAX {
            // Status swatches in a neutral colour when colours mean series.
            b.shapes.push(Shape::Rect {
                rect: sw,
                fill: None,
                stroke: Some((Role::Muted, 1.0)),
            });
            if status == Status::Estimate {
                b.shapes.push(Shape::Hatch {
                    rect: sw,
                    role: Role::Muted,
                });
            }
            if status == Status::Derived {
                b.shapes.push(Shape::Rect {
                    rect: sw,
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
            ty += size * LINE;
        }
        x += w;
    }
    yy + line_h
}
