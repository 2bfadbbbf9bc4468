//! Where a figure goes: [`layout`] places it for a size as a [`scene`] (a display list of
//! shapes and text, and the box of every mark), [`paint`] draws that on any plotters backend
//! (canvas in the browser, SVG natively). Text is measured by [`text`], colours come from
//! [`theme`].
//!
//! Layout, step by step: `frame` (sizes, header, footer, plot area) → the plot's marks by
//! kind: `axis` and `bars`, `lines`, `panels`; the `legend` in the header.

mod axis;
mod bars;
mod frame;
mod legend;
mod lines;
pub mod paint;
mod panels;
pub mod scale;
pub mod scene;
#[cfg(feature = "explorer")]
mod svg;
pub mod text;
pub mod theme;

use crate::chart::ChartError;
pub use frame::{layout, preferred_height};
pub use scene::Layout;
#[cfg(feature = "explorer")]
pub use svg::svg;
pub use theme::ThemeId;

/// A chart's width and height, CSS px.
pub const MIN_SIZE: f64 = 120.0;
pub const MAX_SIZE: f64 = 4096.0;
/// The device pixel ratios a chart draws at (above 4 the bitmap grows for no visible gain).
pub const DPR: (f64, f64) = (0.5, 4.0);
/// The heights a page gives a chart that chooses its own (`preferredHeight`), CSS px: a
/// chart never shorter than a phone's thumb-scroll, nor taller than a screenful.
pub const PREFERRED: (f64, f64) = (200.0, 1600.0);

/// The height a page gives a chart at width `w`: its preferred height, whole, within
/// [`PREFERRED`]. The embed draws at it (`preferredHeight`) and a snippet reserves it
/// (`heights=`), so the two cannot disagree.
pub fn page_height(fig: &crate::figures::Figure, w: f64) -> f64 {
    preferred_height(fig, w)
        .round()
        .clamp(PREFERRED.0, PREFERRED.1)
}

/// Checks a drawing size in CSS pixels.
pub fn check_size(w: f64, h: f64) -> Result<(), ChartError> {
    for (name, v) in [("width", w), ("height", h)] {
        if !(MIN_SIZE..=MAX_SIZE).contains(&v) {
            return Err(ChartError::BadSize(format!(
                "{name} {} px is outside {}–{} px",
                crate::format::fixed(v, 1),
                // As integers: `f64`'s `Display` would cost about 14 KB of wasm.
                MIN_SIZE as u32,
                MAX_SIZE as u32
            )));
        }
    }
    Ok(())
}
