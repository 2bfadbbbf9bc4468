//! The embed snippets an editor pastes into an article: a `<gansu-zones-chart>` element
//! with its `<noscript>` fallback (the prebuilt SVG and the data table), or an iframe.
//! Built here, from the figure, so the explorer's Embed button, the command line and the
//! demo pages all write the same markup, and every number in a fallback table comes
//! from the dataset.

use super::fallback_file;
use crate::chart::{self, Params};
use crate::dataset::Dataset;
use crate::figures::Figure;
use crate::render::page_height;
use crate::words;

/// Widths at which a snippet records the chart's height, so the element can reserve
/// the space before the core loads (phone to wide column).
const HINT_WIDTHS: [f64; 5] = [320.0, 480.0, 640.0, 800.0, 1040.0];

/// The colours an editor picks for an embed. Light is the default: a light article gets a
/// light chart whatever the reader's system prefers, unless the editor chooses otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the reader's dark mode (`prefers-color-scheme`).
    Auto,
}

impl Theme {
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Escapes text for HTML content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Where the snippet's files live: `base` is the site's root URL (ending in `/`);
/// a frozen snippet points at the version's own directory.
fn dir(base: &str, frozen: bool) -> String {
    if frozen {
        format!("{base}versions/{}/", Dataset::get().version)
    } else {
        format!("{base}pkg/")
    }
}

/// An embed's attributes: names and values, in order.
type Attrs = Vec<(&'static str, String)>;

/// The attributes the element reads, in the order an editor expects them.
fn attributes(id: &str, p: &Params, frozen: bool, theme: Theme) -> Attrs {
    let mut a = vec![("chart", id.to_string())];
    if !p.zones.is_empty() {
        a.push(("zones", p.zones.join(",")));
    }
    if let Some(i) = &p.indicator {
        a.push(("indicator", i.clone()));
    }
    if let Some(period) = &p.period {
        a.push(("period", period.clone()));
    }
    a.push(("lang", p.lang.id().to_string()));
    if theme != Theme::Light {
        a.push(("theme", theme.id().to_string()));
    }
    if frozen {
        a.push(("version", Dataset::get().version.to_string()));
    }
    a
}

/// The view's figure and the attributes both embeds carry: the element's, and its heights.
fn built(
    id: &str,
    p: &Params,
    frozen: bool,
    theme: Theme,
) -> Result<(Figure, Attrs), chart::ChartError> {
    let fig = chart::build(id, p)?;
    let mut attrs = attributes(fig.chart, p, frozen, theme);
    attrs.push(("heights", heights(&fig)));
    Ok((fig, attrs))
}

fn attrs_html(attrs: &[(&str, String)]) -> String {
    attrs
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", escape(v)))
        .collect()
}

/// `320:585,480:540,…`: the chart's height at the hint widths.
pub fn heights(fig: &Figure) -> String {
    HINT_WIDTHS
        .iter()
        .map(|&w| format!("{}:{}", w as u32, page_height(fig, w) as u32))
        .collect::<Vec<_>>()
        .join(",")
}

/// The chart's data as an HTML table: the fallback where wasm cannot run.
pub fn table(fig: &Figure) -> String {
    let l = fig.lang;
    let cols = words::table_columns(l);
    let mut o = format!(
        "<table><caption>{}</caption><thead><tr>",
        escape(&fig.title)
    );
    for c in cols {
        o.push_str(&format!("<th scope=\"col\">{c}</th>"));
    }
    o.push_str("</tr></thead><tbody>");
    for m in &fig.marks {
        let f = m.fact;
        let (zh, en) = f.status.names();
        let status = match f.formula(l) {
            Some(formula) => format!("{}{}{formula}", l.pick(zh, en), words::colon(l)),
            None => l.pick(zh, en).to_string(),
        };
        let sources: Vec<String> = f.sources.iter().map(|s| s.cite(l)).collect();
        let period = if f.period.is_empty() {
            words::year_not_stated(l)
        } else {
            f.period
        };
        o.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&fig.categories[m.category]),
            escape(&fig.series[m.series].name),
            escape(&m.label),
            escape(&status),
            escape(period),
            escape(&sources.join(words::list_separator(l)))
        ));
    }
    o.push_str("</tbody></table>");
    o
}

/// The script embed: the script, the element, and a `<noscript>` with the prebuilt SVG
/// (when this view has one) and the data table.
pub fn script(
    id: &str,
    p: &Params,
    base: &str,
    frozen: bool,
    theme: Theme,
) -> Result<String, chart::ChartError> {
    let (fig, attrs) = built(id, p, frozen, theme)?;
    let mut o = format!(
        "<script src=\"{}www/embed.js\"></script>\n<gansu-zones-chart{}>\n<noscript>",
        escape(base),
        attrs_html(&attrs)
    );
    if let Some(file) = fallback_file(fig.chart, p) {
        o.push_str(&format!(
            "<img src=\"{}fallback/{}\" alt=\"{}\" width=\"640\">",
            escape(&dir(base, frozen)),
            escape(&file),
            escape(&fig.describe())
        ));
    }
    o.push_str(&table(&fig));
    o.push_str("</noscript>\n</gansu-zones-chart>");
    Ok(o)
}

/// The iframe embed: `embed.html?…` at the column's width, its height following the
/// chart through `embed-resize.js`. Where this view has a prebuilt image, `fallback=`
/// names its file (in the version's `fallback/` directory), as [`fallback_file`]
/// names it: the frame shows it only if the chart cannot draw, and asks for no other file.
pub fn iframe(
    id: &str,
    p: &Params,
    base: &str,
    frozen: bool,
    theme: Theme,
) -> Result<String, chart::ChartError> {
    let (fig, mut attrs) = built(id, p, frozen, theme)?;
    if let Some(file) = fallback_file(fig.chart, p) {
        attrs.push(("fallback", file));
    }
    let query: Vec<String> = attrs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let height = page_height(&fig, 640.0) as u32 + 60;
    Ok(format!(
        "<iframe src=\"{}www/embed.html?{}\" title=\"{}\" width=\"100%\" height=\"{height}\" frameborder=\"0\" scrolling=\"no\" loading=\"lazy\" data-gansu-zones></iframe>\n<script src=\"{}www/embed-resize.js\" async></script>",
        escape(base),
        escape(&query.join("&")),
        escape(&fig.title),
        escape(base)
    ))
}
