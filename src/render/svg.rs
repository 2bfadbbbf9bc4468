//! The chart as a standalone SVG document (explorer export, CLI, fallback images).

use super::{check_size, layout, paint};
use crate::chart::ChartError;
use crate::figures::Figure;

/// The chart as a standalone SVG document, with a title and description for screen readers.
pub fn svg(fig: &Figure, w: f64, h: f64) -> Result<String, ChartError> {
    use plotters::prelude::*;
    check_size(w, h)?;
    let lay = layout(fig, w, h);
    let mut out = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut out, (w.round() as u32, h.round() as u32));
        // Writing to a String cannot fail, and formatting plotters' `io::Error` would
        // cost about 2 KB of wasm: a fixed message instead.
        let failed = |_| ChartError::Draw("the SVG backend failed".into());
        paint::paint(&mut backend, &lay, fig.theme.colors(), paint::Target::SVG).map_err(failed)?;
        backend.present().map_err(failed)?;
    }
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let head_end = out.find('>').map(|i| i + 1).unwrap_or(0);
    let a11y = format!(
        "\n<title>{}</title>\n<desc>{}</desc>",
        esc(&fig.title),
        esc(&fig.describe())
    );
    out.insert_str(head_end, &a11y);
    // plotters' document starts with "<svg ". Inserting rather than `replacen` keeps
    // std's substring search out of the wasm.
    debug_assert!(out.starts_with("<svg "));
    out.insert_str("<svg".len(), " role=\"img\"");
    Ok(round_font_sizes(&out))
}

/// plotters writes a font size divided by 1.24, the factor `Target::SVG` multiplies it by,
/// so 13 px comes out as `font-size="13.000000000000002"`: rounded to hundredths here, so
/// files and their snapshots carry no float noise. (Split at quotes, with no slicing by
/// index: a substring searcher or a slicing panic's message would cost kilobytes of wasm.)
fn round_font_sizes(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut is_size = false;
    for (i, part) in svg.split('"').enumerate() {
        if i > 0 {
            out.push('"');
        }
        if is_size {
            let size = crate::dataset::vocab::decimal_value(part);
            out.push_str(&crate::format::fixed(size, 2));
        } else {
            out.push_str(part);
        }
        is_size = part.ends_with("font-size=");
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn font_sizes_lose_their_float_noise() {
        let svg = r#"<text font-size="13.000000000000002" x="1">a</text><text font-size="12.5">"#;
        assert_eq!(
            super::round_font_sizes(svg),
            r#"<text font-size="13" x="1">a</text><text font-size="12.5">"#
        );
    }
}
