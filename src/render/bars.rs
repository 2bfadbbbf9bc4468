//! Bars, written once over an orientation: each mark's slot in its category band, its
//! box, and its value label.

use super::axis::ValueAxis;
use super::frame::Metrics;
use super::scene::{Align, Baseline, Builder, Rect, Role};
use super::text::width;
use crate::dataset::Status;
use crate::figures::Figure;

/// Text on a bar: chosen for contrast on a solid fill, dark on the light fills of
/// estimates, targets and derived values.
pub(super) fn inside_role(status: Status, series: usize) -> Role {
    if status == Status::Reported {
        Role::OnSeries(series)
    } else {
        Role::Text
    }
}

/// Where a mark sits in its category band: its share of the band's width
/// (`off`, `frac`, both 0..1) and its extent on the value axis (`base`..`end`, axis units).
pub(super) struct Slot {
    pub(super) category: usize,
    pub(super) off: f64,
    pub(super) frac: f64,
    pub(super) base: f64,
    pub(super) end: f64,
}

/// One slot per mark: grouped series side by side, stacked series end to end.
pub(super) fn slots(fig: &Figure, stacked: bool, factor: f64) -> Vec<Slot> {
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
pub(super) fn group_width(fig: &Figure, stacked: bool, band: f64) -> f64 {
    band * if fig.series.len() > 1 && !stacked {
        0.85
    } else {
        0.63
    }
}

/// Which way bars run: up from a horizontal baseline, or right from a vertical one.
/// Bars are laid out once in band and value coordinates, then oriented (as egui_plot's
/// `point_at` and Observable Plot's BarX/BarY do); only the axes differ.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Orient {
    Up,
    Right,
}

impl Orient {
    /// The box spanning `b0..b1` across the bands and `v0..v1` along the value axis (px).
    fn rect(self, b0: f64, b1: f64, v0: f64, v1: f64) -> Rect {
        let (lo, hi) = (v0.min(v1), v0.max(v1));
        match self {
            Orient::Up => Rect {
                x0: b0,
                y0: lo,
                x1: b1,
                y1: hi,
            },
            Orient::Right => Rect {
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
pub(super) struct BarFrame {
    pub(super) band0: f64,
    pub(super) band: f64,
    pub(super) label_h: f64,
    pub(super) ax: ValueAxis,
    /// Whether bars lying down show their values beyond their ends (stacked segments hold
    /// theirs inside; upright bars decide by the widest label's fit across its slot).
    pub(super) values: bool,
}

/// Bars in either orientation, with their value labels: beyond the bar's end, or inside a
/// stacked segment; a label is drawn only where the slot has room for it across the bar.
/// Upright bars are labelled all or none: the widest label decides, so a chart never
/// labels the bars whose values happen to be short and leaves the others bare.
pub(super) fn bars(
    b: &mut Builder,
    fig: &Figure,
    m: &Metrics,
    frame: &BarFrame,
    orient: Orient,
    stacked: bool,
    marks: &mut [Rect],
) {
    let room = frame.band - frame.label_h;
    let group = group_width(fig, stacked, room);
    let widest = fig
        .marks
        .iter()
        .map(|mk| width(&mk.label, m.value))
        .fold(0.0, f64::max);
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
            if text_w + 6.0 <= bx.width() && size + 2.0 <= bx.height() {
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
            Orient::Up if widest <= across => b.optional_text(
                &mk.label,
                (bx.x0 + bx.x1) / 2.0,
                bx.y0 - 3.0,
                size,
                Role::Text,
                Align::Middle,
                Baseline::Bottom,
            ),
            Orient::Right if frame.values => b.optional_text(
                &mk.label,
                bx.x1 + 4.0,
                (bx.y0 + bx.y1) / 2.0,
                size,
                Role::Text,
                Align::Start,
                Baseline::Middle,
            ),
            _ => {}
        }
    }
}
