//! Painting through a backend that records its draw calls (as plotters' own tests do with
//! `MockedBackend`): what reaches a canvas or an SVG is what the layout placed, at the
//! device pixel ratio, with nothing clamped at the canvas's edge.

use gansu_zones::chart::{self, Params, CHARTS};
use gansu_zones::figures::Kind;
use gansu_zones::format::Lang;
use gansu_zones::render;
use gansu_zones::render::paint::{paint, Target};
use gansu_zones::render::scene::{text_box, Layout, Role, Shape};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// One draw call, in backend pixels.
#[derive(Debug)]
enum Call {
    Rect {
        lo: BackendCoord,
        hi: BackendCoord,
        fill: bool,
    },
    Circle {
        centre: BackendCoord,
        fill: bool,
    },
    Text {
        text: String,
        at: BackendCoord,
        size: f64,
        /// Red, green, blue.
        rgb: (u8, u8, u8),
    },
    Path,
}

struct Recorder {
    size: (u32, u32),
    calls: Vec<Call>,
}

impl DrawingBackend for Recorder {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        _: BackendCoord,
        _: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        panic!("paint draws shapes, never single pixels");
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        lo: BackendCoord,
        hi: BackendCoord,
        _: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.calls.push(Call::Rect { lo, hi, fill });
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.calls.push(Call::Path);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        _: u32,
        _: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.calls.push(Call::Circle { centre, fill });
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        at: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.calls.push(Call::Text {
            text: text.to_string(),
            at,
            size: style.size(),
            rgb: style.color().rgb,
        });
        Ok(())
    }
}

fn record(lay: &Layout, fig: &gansu_zones::figures::Figure, target: Target) -> Vec<Call> {
    let size = (
        (lay.width * target.scale).round() as u32,
        (lay.height * target.scale).round() as u32,
    );
    let mut backend = Recorder {
        size,
        calls: Vec::new(),
    };
    paint(&mut backend, lay, fig.theme.colors(), target).unwrap();
    backend.calls
}

#[test]
fn what_is_painted_is_what_was_laid_out() {
    let mut failures = Vec::new();
    for def in CHARTS {
        for lang in [Lang::Zh, Lang::En] {
            let p = Params {
                lang,
                ..Params::default()
            };
            let fig = chart::build(def.id, &p).unwrap();
            for w in [200.0, 375.0, 640.0, 1280.0] {
                let h = render::preferred_height(&fig, w).clamp(120.0, 4096.0);
                let lay = render::layout(&fig, w, h);
                let texts: Vec<&Shape> = lay
                    .shapes
                    .iter()
                    .filter(|s| matches!(s, Shape::Text { .. }))
                    .collect();
                for target in [1.0, 1.5, 2.0, 3.0]
                    .map(Target::canvas)
                    .into_iter()
                    .chain([Target::SVG])
                {
                    let s = target.scale;
                    let at = format!("{} {lang:?} at {w} px ×{s}", def.id);
                    let calls = record(&lay, &fig, target);
                    let px = |x: f64| (x * s).round() as i32;
                    // Every text, in order, at its place (not clamped), its size scaled,
                    // its box inside the bitmap, in a colour that shows on the background.
                    let drawn: Vec<&Call> = calls
                        .iter()
                        .filter(|c| matches!(c, Call::Text { .. }))
                        .collect();
                    if drawn.len() != texts.len() {
                        failures.push(format!(
                            "{at}: {} texts drawn of {}",
                            drawn.len(),
                            texts.len()
                        ));
                        continue;
                    }
                    let background = fig.theme.colors().background;
                    for (shape, call) in texts.iter().zip(&drawn) {
                        let (
                            Shape::Text {
                                text: t,
                                x,
                                y,
                                size,
                                align,
                                baseline,
                                bold,
                                role,
                            },
                            Call::Text {
                                text,
                                at: pos,
                                size: drawn_size,
                                rgb,
                            },
                        ) = (shape, call)
                        else {
                            unreachable!()
                        };
                        if text != t || *pos != (px(*x), px(*y)) {
                            failures
                                .push(format!("{at}: {text:?} at {pos:?}, laid out at {x}, {y}"));
                        }
                        if (drawn_size - size * s * target.font_scale).abs() > 1e-6 {
                            failures.push(format!("{at}: {text:?} drawn at {drawn_size} px"));
                        }
                        let b = text_box(t, *x, *y, *size, *align, *baseline, *bold);
                        let (bw, bh) = (lay.width * s, lay.height * s);
                        if b.x0 * s < -1.0
                            || b.y0 * s < -1.0
                            || b.x1 * s > bw + 1.0
                            || b.y1 * s > bh + 1.0
                        {
                            failures.push(format!("{at}: {text:?} leaves the bitmap"));
                        }
                        // (Text on a solid bar may take the background's colour.)
                        if *rgb == background && !matches!(role, Role::OnSeries(_)) {
                            failures.push(format!("{at}: {text:?} in the background's colour"));
                        }
                    }
                    // Every mark drawn where hit-testing finds it: a filled box for bars and
                    // tiles, a point at the box's centre for lines.
                    for (i, m) in lay.marks.iter().enumerate() {
                        let found = match fig.kind {
                            Kind::Lines => {
                                let centre = (px((m.x0 + m.x1) / 2.0), px((m.y0 + m.y1) / 2.0));
                                calls.iter().any(|c| {
                                    matches!(c, Call::Circle { centre: c, fill: true } if *c == centre)
                                })
                            }
                            _ => {
                                let (lo, hi) = ((px(m.x0), px(m.y0)), (px(m.x1), px(m.y1)));
                                calls.iter().any(|c| {
                                    matches!(c, Call::Rect { lo: l, hi: h, fill: true } if *l == lo && *h == hi)
                                })
                            }
                        };
                        if !found {
                            failures.push(format!("{at}: mark {i} ({m:?}) not drawn"));
                        }
                    }
                    if !calls.iter().any(|c| matches!(c, Call::Path))
                        && !fig.marks.is_empty()
                        && fig.kind != Kind::Panel
                    {
                        failures.push(format!("{at}: no axis or grid line drawn"));
                    }
                }
            }
        }
    }
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
