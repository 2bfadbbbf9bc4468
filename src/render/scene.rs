//! The scene a layout produces: a display list of shapes and texts in CSS pixels, and
//! the box of every mark. Drawing (`paint`) and hit-testing both read it, so a tooltip
//! always describes what was drawn where. The [`Builder`] collects it.

use super::text::width;
use crate::dataset::Status;

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

/// Line height, in multiples of the font size.
pub(super) const LINE: f64 = 1.3;

pub(super) struct Builder {
    pub(super) shapes: Vec<Shape>,
    /// Indexes of texts that may be dropped where they collide or do not fit: tick and
    /// value labels (every value is also in the tooltip and the table). Titles, category
    /// labels, legends and footers are never dropped; layout makes room for them.
    pub(super) optional: Vec<usize>,
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
    pub(super) fn optional_text(
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
    pub(super) fn resolve(&mut self, w: f64, h: f64) {
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
    pub(super) fn text(
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
    pub(super) fn lines(
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

    pub(super) fn line(&mut self, points: Vec<(f64, f64)>, role: Role, width: f64) {
        self.shapes.push(Shape::Line {
            points,
            role,
            width,
        });
    }

    /// A bar (or legend swatch) styled by the status of its value.
    pub(super) fn bar(&mut self, b: MarkBox, series: usize, status: Status) {
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

#[derive(Clone, Copy)]
pub(super) struct Area {
    pub(super) x0: f64,
    pub(super) y0: f64,
    pub(super) x1: f64,
    pub(super) y1: f64,
}
