//! A plotters backend for a canvas 2D context, in place of `plotters-canvas`.
//!
//! It draws what plotters-canvas drew (same coordinates and text anchors; lines of odd width
//! through pixel centres, so they stay sharp), but remembers the context's fill, stroke,
//! line width, font and text anchors,
//! and sets them only when they change: a redraw makes far fewer calls into JS, and the
//! browser parses each font and colour string once. Colours and font sizes are written
//! without `f64`'s `Display` (about 14 KB of wasm).

use crate::format;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle,
};
use web_sys::CanvasRenderingContext2d;

/// The canvas refused a call (a JS exception); the context does not say more that helps.
#[derive(Debug)]
pub struct CanvasError;

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("the canvas refused to draw")
    }
}

impl std::error::Error for CanvasError {}

type Result = std::result::Result<(), DrawingErrorKind<CanvasError>>;

// What the charts' sans-serif means on canvas, as on the pages: `render::theme::SANS`.
use crate::render::theme::SANS;

fn failed<T>(_: T) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError)
}

/// `#rrggbb` when opaque, else `rgba(r,g,b,a)` with a in thousandths.
fn css_color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    if c.alpha >= 1.0 {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::from("#");
        for v in [r, g, b] {
            s.push(HEX[(v >> 4) as usize] as char);
            s.push(HEX[(v & 15) as usize] as char);
        }
        s
    } else {
        format!("rgba({r},{g},{b},{})", format::fixed(c.alpha, 3))
    }
}

pub struct Canvas {
    ctx: CanvasRenderingContext2d,
    size: (u32, u32),
    // What the context is set to, as last set here (a fresh context after a resize).
    fill: Option<Key>,
    stroke: Option<(Key, u32)>,
    font: String,
    anchor: Option<(&'static str, &'static str)>,
}

/// A colour as a comparable value (plotters' colour types are not `PartialEq`).
type Key = (u8, u8, u8, u64);

fn key(c: BackendColor) -> Key {
    (c.rgb.0, c.rgb.1, c.rgb.2, c.alpha.to_bits())
}

impl Canvas {
    /// A backend over `ctx`, whose bitmap is `size` device pixels.
    pub fn new(ctx: CanvasRenderingContext2d, size: (u32, u32)) -> Canvas {
        Canvas {
            ctx,
            size,
            fill: None,
            stroke: None,
            font: String::new(),
            anchor: None,
        }
    }

    fn set_fill(&mut self, c: BackendColor) {
        if self.fill != Some(key(c)) {
            self.ctx.set_fill_style_str(&css_color(c));
            self.fill = Some(key(c));
        }
    }

    fn set_stroke(&mut self, style: &impl BackendStyle) {
        let (color, width) = (style.color(), style.stroke_width());
        if self.stroke != Some((key(color), width)) {
            self.ctx.set_stroke_style_str(&css_color(color));
            self.ctx.set_line_width(width as f64);
            self.stroke = Some((key(color), width));
        }
    }

    /// Sets what a filled (`fill`) or outlined shape is painted with.
    fn set_paint(&mut self, style: &impl BackendStyle, fill: bool) {
        if fill {
            self.set_fill(style.color());
        } else {
            self.set_stroke(style);
        }
    }

    /// Traces a path through pixel corners, or, with `centre`, through pixel centres: a line
    /// of odd width then covers whole pixels instead of two half-covered rows (blurry).
    fn trace(&self, path: impl IntoIterator<Item = BackendCoord>, centre: bool) {
        let d = if centre { 0.5 } else { 0.0 };
        self.ctx.begin_path();
        let mut first = true;
        for (x, y) in path {
            let (x, y) = (x as f64 - d, y as f64 - d);
            if first {
                self.ctx.move_to(x, y);
            } else {
                self.ctx.line_to(x, y);
            }
            first = false;
        }
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (upper_left.0 as f64, upper_left.1 as f64);
        let (w, h) = (
            (bottom_right.0 - upper_left.0) as f64,
            (bottom_right.1 - upper_left.1) as f64,
        );
        self.set_paint(style, fill);
        if fill {
            self.ctx.fill_rect(x, y, w, h);
        } else {
            self.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_stroke(style);
        self.trace(path, style.stroke_width() % 2 == 1);
        self.ctx.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(style.color());
        self.trace(path, false);
        self.ctx.close_path();
        self.ctx.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_paint(style, fill);
        self.ctx.begin_path();
        let (x, y) = (center.0 as f64, center.1 as f64);
        self.ctx
            .arc(x, y, radius as f64, 0.0, std::f64::consts::TAU)
            .map_err(failed)?;
        if fill {
            self.ctx.fill();
        } else {
            self.ctx.stroke();
        }
        Ok(())
    }

    /// Text is laid out by `render::text`, never measured here; rotation is not used.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let pos_of = style.anchor();
        let anchor = (
            match pos_of.h_pos {
                HPos::Left => "start",
                HPos::Right => "end",
                HPos::Center => "center",
            },
            match pos_of.v_pos {
                VPos::Top => "top",
                VPos::Center => "middle",
                VPos::Bottom => "bottom",
            },
        );
        if self.anchor != Some(anchor) {
            self.ctx.set_text_align(anchor.0);
            self.ctx.set_text_baseline(anchor.1);
            self.anchor = Some(anchor);
        }
        let weight = match style.style() {
            FontStyle::Bold => "bold",
            _ => "normal",
        };
        let family = style.family();
        let family = match family {
            FontFamily::SansSerif => SANS,
            _ => family.as_str(),
        };
        let font = format!("{weight} {}px {family}", format::fixed(style.size(), 2));
        if self.font != font {
            self.ctx.set_font(&font);
            self.font = font;
        }
        self.set_fill(color);
        self.ctx
            .fill_text(text, pos.0 as f64, pos.1 as f64)
            .map_err(failed)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        let w = crate::render::text::width(text, style.size());
        Ok((w.ceil() as u32, style.size().ceil() as u32))
    }
}
