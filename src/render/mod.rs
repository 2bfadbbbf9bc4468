//! Where a figure goes: [`layout`] places it for a size (a display list of shapes and text,
//! and the box of every mark), [`paint`] draws that on any plotters backend (canvas in the
//! browser, SVG natively). Text is measured by [`text`], colours come from [`theme`].

pub mod layout;
pub mod paint;
pub mod scale;
#[cfg(feature = "explorer")]
mod svg;
pub mod text;
pub mod theme;

use crate::chart::ChartError;
pub use layout::{layout, preferred_height, Layout};
#[cfg(feature = "explorer")]
pub use svg::svg;
pub use theme::ThemeId;

pub const MIN_SIZE: f64 = 120.0;
pub const MAX_SIZE: f64 = 4096.0;

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
