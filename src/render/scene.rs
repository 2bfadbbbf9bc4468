//! The scene a layout produces: a display list of shapes and texts in CSS pixels, and
//! the box of every mark. Drawing (`paint`) and hit-testing both read it, so a tooltip
//! always describes what was drawn where. The `Builder` collects it.

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
        rect: Rect,
        fill: Option<(Role, f64)>,
        stroke: Option<(Role, f64)>,
    },
    /// Diagonal stripes inside a rectangle: the mark of an estimate.
    Hatch { rect: Rect, role: Role },
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

/// A box in CSS pixels, `x0 ≤ x1` and `y0 ≤ y1`: where a mark was drawn, a text sits, the
/// plot goes. One type for all three, so what layout places is what hit-testing reads.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    fn distance(&self, x: f64, y: f64) -> f64 {
        let dx = (self.x0 - x).max(0.0).max(x - self.x1);
        let dy = (self.y0 - y).max(0.0).max(y - self.y1);
        (dx * dx + dy * dy).sqrt()
    }

    /// Whether two boxes share more than half a pixel each way (touching is not overlapping).
    pub fn overlaps(&self, other: &Rect) -> bool {
        const EPS: f64 = 0.5;
        self.x0 < other.x1 - EPS
            && other.x0 < self.x1 - EPS
            && self.y0 < other.y1 - EPS
            && other.y0 < self.y1 - EPS
    }

    /// Whether the box lies within a `w` × `h` canvas, give or take half a pixel.
    pub fn inside(&self, w: f64, h: f64) -> bool {
        self.x0 >= -0.5 && self.y0 >= -0.5 && self.x1 <= w + 0.5 && self.y1 <= h + 0.5
    }
}

#[derive(Debug)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    /// One box per mark of the figure, same order.
    pub marks: Vec<Rect>,
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

/// Line height, in multiples of the font size: the one used for every text.
pub(super) const LINE: f64 = 1.3;

pub(super) struct Builder {
    pub(super) shapes: Vec<Shape>,
    /// Indexes of texts that may be dropped where they collide or do not fit: tick and
    /// value labels (every value is also in the tooltip and the table). Titles, category
    /// labels, legends and footers are never dropped; layout makes room for them.
    pub(super) optional: Vec<usize>,
}

/// The box a text occupies, from the width estimate layout uses everywhere.
pub fn text_box(
    text: &str,
    x: f64,
    y: f64,
    size: f64,
    align: Align,
    baseline: Baseline,
    bold: bool,
) -> Rect {
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
    Rect {
        x0,
        y0,
        x1: x0 + w,
        y1: y0 + size,
    }
}

/// A text's box (`text_box`); `None` for any other shape.
pub fn shape_box(s: &Shape) -> Option<Rect> {
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
        // Flags by index, not `contains` on lists: a chart has hundreds of shapes.
        let mut optional = vec![false; self.shapes.len()];
        for &i in &self.optional {
            optional[i] = true;
        }
        let mut kept: Vec<Rect> = self
            .shapes
            .iter()
            .enumerate()
            .filter(|(i, _)| !optional[*i])
            .filter_map(|(_, s)| shape_box(s))
            .collect();
        let mut keep = vec![true; self.shapes.len()];
        for &i in &self.optional {
            let Some(bx) = shape_box(&self.shapes[i]) else {
                continue;
            };
            if bx.inside(w, h) && !kept.iter().any(|k| k.overlaps(&bx)) {
                kept.push(bx);
            } else {
                keep[i] = false;
            }
        }
        let mut i = 0;
        self.shapes.retain(|_| {
            i += 1;
            keep[i - 1]
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
    pub(super) fn bar(&mut self, rect: Rect, series: usize, status: Status) {
        let role = Role::Series(series);
        let (fill, stroke) = match status {
            Status::Reported => (Some((role, 1.0)), None),
            Status::Estimate => (Some((role, 0.3)), Some((role, 1.5))),
            Status::Target => (Some((role, 0.08)), Some((role, 2.0))),
            Status::Derived => (Some((role, 0.5)), Some((role, 1.0))),
        };
        self.shapes.push(Shape::Rect { rect, fill, stroke });
        if status == Status::Estimate {
            self.shapes.push(Shape::Hatch { rect, role });
        }
    }
}
