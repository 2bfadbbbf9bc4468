//! Light and dark themes. Series colours come from colour-blind-safe palettes
//! (Okabe–Ito and Paul Tol hues), tuned so each holds 3:1 contrast against its background.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeId {
    Light,
    Dark,
}

impl ThemeId {
    pub fn parse(s: &str) -> Option<ThemeId> {
        match s {
            "light" => Some(ThemeId::Light),
            "dark" => Some(ThemeId::Dark),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            ThemeId::Light => "light",
            ThemeId::Dark => "dark",
        }
    }

    pub fn colors(self) -> &'static Theme {
        match self {
            ThemeId::Light => &LIGHT,
            ThemeId::Dark => &DARK,
        }
    }
}

pub type Rgb = (u8, u8, u8);

/// What the charts' sans-serif means in a browser: the pages' own stack (the generated
/// `www/src/shared/palette.css` gives it to their CSS), with Chinese fonts named. With plain
/// `sans-serif`, whose font on Debian has no Chinese, the browser looks up a fallback font
/// for every glyph: the first draw of a Chinese chart took 26 ms of `fillText` instead of
/// 11–14 (headless Chromium).
pub const SANS: &str =
    "system-ui, \"PingFang SC\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", sans-serif";

pub struct Theme {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub axis: Rgb,
    pub series: [Rgb; 6],
    /// Text on a solid bar of each series: the theme's text or background, whichever
    /// contrasts more with the bar (WCAG). Written out, not computed: the rule needs
    /// `powf`, whose libm code was 2 KB of the embed's wasm; a test checks each entry.
    pub on_series: [Rgb; 6],
}

pub const LIGHT: Theme = Theme {
    background: (255, 255, 255),
    text: (26, 26, 26),
    muted: (92, 92, 92),
    grid: (229, 229, 229),
    axis: (140, 140, 140),
    // blue, vermillion, bluish green, reddish purple, dark orange, dark sky blue
    series: [
        (0, 114, 178),
        (213, 94, 0),
        (0, 133, 98),
        (177, 77, 142),
        (168, 100, 0),
        (51, 117, 157),
    ],
    on_series: [
        (255, 255, 255),
        (26, 26, 26),
        (255, 255, 255),
        (255, 255, 255),
        (255, 255, 255),
        (255, 255, 255),
    ],
};

pub const DARK: Theme = Theme {
    background: (22, 24, 28),
    text: (232, 232, 232),
    muted: (165, 165, 165),
    grid: (52, 56, 62),
    axis: (120, 124, 130),
    // sky blue, orange, bluish green, pink, yellow, light vermillion
    series: [
        (86, 180, 233),
        (230, 159, 0),
        (0, 191, 140),
        (219, 143, 190),
        (240, 228, 66),
        (240, 128, 70),
    ],
    on_series: [(22, 24, 28); 6],
};

impl Theme {
    /// The colour for text on a solid bar of series `i`.
    pub fn on_series(&self, i: usize) -> Rgb {
        self.on_series[i % self.on_series.len()]
    }
}

/// WCAG relative luminance.
#[cfg(test)]
fn luminance((r, g, b): Rgb) -> f64 {
    let c = |v: u8| {
        let v = v as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
}

/// WCAG contrast ratio of two colours (1 to 21).
#[cfg(test)]
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_on_a_bar_is_whichever_of_text_and_background_contrasts_more() {
        for theme in [&LIGHT, &DARK] {
            for (bar, on) in theme.series.iter().zip(theme.on_series) {
                let best = if contrast(theme.text, *bar) >= contrast(theme.background, *bar) {
                    theme.text
                } else {
                    theme.background
                };
                assert_eq!(on, best, "text on {bar:?}");
            }
        }
    }

    #[test]
    fn series_colours_hold_three_to_one_against_the_background() {
        for theme in [&LIGHT, &DARK] {
            for c in theme.series {
                let ratio = contrast(c, theme.background);
                assert!(ratio >= 3.0, "{c:?} on {:?}: {ratio:.2}", theme.background);
            }
            assert!(contrast(theme.text, theme.background) >= 7.0);
            // Value labels inside solid bars read at 4.5:1.
            for i in 0..theme.series.len() {
                let ratio = contrast(theme.on_series(i), theme.series[i]);
                assert!(ratio >= 4.5, "text on series {i}: {ratio:.2}");
            }
            assert!(contrast(theme.muted, theme.background) >= 4.5);
        }
    }
}
