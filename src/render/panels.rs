//! Panels: one tile per mark, for values whose units differ (plans and targets).

use super::frame::Metrics;
use super::scene::{Align, Baseline, Builder, Rect, Role, Shape, LINE};
use super::text::{width, wrap};
use crate::figures::Figure;

pub(super) fn panel_columns(inner: f64) -> usize {
    ((inner / 210.0).floor() as usize).clamp(1, 4)
}

/// A tile's value: in large type, smaller where the tile is narrow, and wrapped at spaces
/// where even the small size does not fit. (size, lines)
pub(super) fn panel_value(label: &str, big: f64, small: f64, room: f64) -> (f64, Vec<String>) {
    let size = big.min(room / (width(label, 1.0) * 1.08)).max(small);
    (size, wrap(label, size * 1.08, room))
}

/// The panel's text sizes and the height of one row of tiles: every tile's value and name
/// wrap to as many lines as they need (never cut: the name says what the value is and when).
pub(super) fn panel_rows(fig: &Figure, m: &Metrics, inner: f64) -> (f64, f64, f64) {
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
            value.len() as f64 * size * LINE + name * small * LINE
        })
        .fold(0.0, f64::max);
    let tile_h = 2.0 * pad + text_h + 6.0;
    (tile_h, big, small)
}

pub(super) fn panel(b: &mut Builder, fig: &Figure, m: &Metrics, plot: Rect, marks: &mut [Rect]) {
    let inner = plot.width();
    let cols = panel_columns(inner);
    let tile_w = inner / cols as f64;
    let (tile_h, big, small) = panel_rows(fig, m, inner);
    for (i, mk) in fig.marks.iter().enumerate() {
        let room = tile_w - 6.0 - 16.0;
        let (big, value_lines) = panel_value(&mk.label, big, small, room);
        let (r, c) = (i / cols, i % cols);
        let x = plot.x0 + tile_w * c as f64;
        let y = plot.y0 + tile_h * r as f64;
        let bx = Rect {
            x0: x + 2.0,
            y0: y + 2.0,
            x1: x + tile_w - 4.0,
            y1: y + tile_h - 4.0,
        };
        marks[i] = bx;
        b.shapes.push(Shape::Rect {
            rect: bx,
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
            y += big * LINE;
        }
        let name = &fig.categories[mk.category];
        let lines = wrap(name, small, bx.width() - 2.0 * pad);
        b.lines(&lines, bx.x0 + pad, y, small, Role::Muted, false);
    }
}
