//! Paints a [`Layout`] on any plotters backend: `CanvasBackend` in the browser,
//! `SVGBackend` natively. Coordinates are CSS pixels times `scale` (the device
//! pixel ratio), which is what keeps canvas charts sharp on high-DPI screens.

use super::scene::{Align, Baseline, Layout, Rect, Role, Shape};
use super::theme::Theme;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendCoord, DrawingErrorKind};

/// How to map the layout onto a backend.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    /// Backend pixels per CSS pixel (the device pixel ratio on canvas, 1 for SVG).
    pub scale: f64,
    /// plotters' SVG backend writes font sizes divided by 1.24; this undoes it.
    pub font_scale: f64,
}

impl Target {
    pub const SVG: Target = Target {
        scale: 1.0,
        font_scale: 1.24,
    };

    pub fn canvas(dpr: f64) -> Target {
        Target {
            scale: dpr,
            font_scale: 1.0,
        }
    }
}

fn color(theme: &Theme, role: Role, alpha: f64) -> RGBAColor {
    let (r, g, b) = match role {
        Role::Text => theme.text,
        Role::Muted => theme.muted,
        Role::Grid => theme.grid,
        Role::Axis => theme.axis,
        Role::Background => theme.background,
        Role::Series(i) => theme.series[i % theme.series.len()],
        Role::OnSeries(i) => theme.on_series(i),
    };
    RGBAColor(r, g, b, alpha)
}

/// Draws on the backend itself rather than through plotters' `DrawingArea` and elements,
/// whose generic layers cost several KB of wasm. Does what they would: points are
/// clamped to the bitmap, and a rectangle's corners are ordered.
pub fn paint<DB: DrawingBackend>(
    backend: &mut DB,
    layout: &Layout,
    theme: &Theme,
    target: Target,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let s = target.scale;
    let (bw, bh) = backend.get_size();
    let p = |x: f64, y: f64| -> BackendCoord {
        let (x, y) = ((x * s).round() as i32, (y * s).round() as i32);
        (x.min(bw as i32).max(0), y.min(bh as i32).max(0))
    };
    let rect = |backend: &mut DB, a: BackendCoord, b: BackendCoord, style: ShapeStyle| {
        let (lo, hi) = ((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)));
        backend.draw_rect(lo, hi, &style, style.filled)
    };
    backend.ensure_prepared()?;
    for shape in &layout.shapes {
        match shape {
            Shape::Rect {
                rect: r,
                fill,
                stroke,
            } => {
                let Rect { x0, y0, x1, y1 } = *r;
                if let Some((role, alpha)) = fill {
                    let style = color(theme, *role, *alpha).filled();
                    rect(backend, p(x0, y0), p(x1, y1), style)?;
                }
                if let Some((role, width)) = stroke {
                    let w = (width * s).round().max(1.0);
                    // Inset by half the stroke so the outline stays inside the mark.
                    let i = w / 2.0 / s;
                    let style = color(theme, *role, 1.0).stroke_width(w as u32);
                    rect(backend, p(x0 + i, y0 + i), p(x1 - i, y1 - i), style)?;
                }
            }
            Shape::Hatch { rect: r, role } => {
                let Rect { x0, y0, x1, y1 } = *r;
                let style = color(theme, *role, 0.9).stroke_width((s).round().max(1.0) as u32);
                let (w, h) = (x1 - x0, y1 - y0);
                let mut t = -h;
                while t < w {
                    // The segment x = x0 + t + u, y = y1 - u, clipped to the rectangle.
                    let u0 = (-t).max(0.0);
                    let u1 = h.min(w - t);
                    if u1 > u0 {
                        let a = p(x0 + t + u0, y1 - u0);
                        let b = p(x0 + t + u1, y1 - u1);
                        backend.draw_path([a, b], &style)?;
                    }
                    t += 6.0;
                }
            }
            Shape::Line {
                points,
                role,
                width,
            } => {
                let style =
                    color(theme, *role, 1.0).stroke_width((width * s).round().max(1.0) as u32);
                let pts: Vec<(i32, i32)> = points.iter().map(|(x, y)| p(*x, *y)).collect();
                backend.draw_path(pts, &style)?;
            }
            Shape::Circle {
                x,
                y,
                r,
                fill,
                stroke,
            } => {
                let r = ((r * s).round() as i32).max(0) as u32;
                if let Some(f) = fill {
                    backend.draw_circle(p(*x, *y), r, &color(theme, *f, 1.0).filled(), true)?;
                }
                let style = color(theme, *stroke, 1.0).stroke_width((2.0 * s).round() as u32);
                backend.draw_circle(p(*x, *y), r, &style, false)?;
            }
            Shape::Text {
                text,
                x,
                y,
                size,
                role,
                align,
                baseline,
                bold,
            } => {
                let h = match align {
                    Align::Start => HPos::Left,
                    Align::Middle => HPos::Center,
                    Align::End => HPos::Right,
                };
                let v = match baseline {
                    Baseline::Top => VPos::Top,
                    Baseline::Middle => VPos::Center,
                    Baseline::Bottom => VPos::Bottom,
                };
                let font_style = if *bold {
                    FontStyle::Bold
                } else {
                    FontStyle::Normal
                };
                let fill = color(theme, *role, 1.0);
                // The family as a variant: plotters' `From<&str>` lowercases the name,
                // which pulls in Unicode case tables (about 12 KB of wasm).
                let font = FontDesc::new(
                    FontFamily::SansSerif,
                    size * s * target.font_scale,
                    font_style,
                );
                let style = TextStyle::from(font).color(&fill).pos(Pos::new(h, v));
                backend.draw_text(text, &style, p(*x, *y))?;
            }
        }
    }
    Ok(())
}
