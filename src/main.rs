//! The native command line: the dataset as CSV, the chart list, and charts as SVG.

use gansu_zones::chart::{self, Params, CHARTS};
use gansu_zones::dataset::DATA_VERSION;
use gansu_zones::format::quoted;
use gansu_zones::publish::fallback_views;
use gansu_zones::publish::snippets::{self, Theme};
use gansu_zones::render::{self, preferred_height};
use gansu_zones::Dataset;
use std::io::{Read, Write};
use std::process::ExitCode;

/// The longest argument read (a zone list, a base URL): longer is a mistake, or an attack.
const MAX_ARG: usize = 2048;
/// The largest page template read (`page`): bounded, so `/dev/zero` cannot fill memory.
const MAX_TEMPLATE: u64 = 4 << 20;

const USAGE: &str = "\
Usage: gansu-zones <command>

Commands:
  csv                  print the whole dataset as tidy CSV
                       (zone,indicator,period,value,unit,status,source,…; money in yuan)
  charts               list every chart id with a one-line description
  svg CHART_ID [options]
                       print that chart as a standalone SVG
      --lang zh|en         language (default zh)
      --theme light|dark   colours (default light; `embed` also takes auto:
                           the chart follows the reader's dark mode)
      --width W            width in px (default 640)
      --height H           height in px (default: what the chart needs at that width)
      --zones a,b          zone ids to show
      --period P           a year (2024) or span (2021-2025)
      --indicator ID       the indicator (for the `indicator` chart)
      --version V          pin the data version (must be this build's); adds
                           «data as of V» to the footer, as frozen embeds do
  embed CHART_ID [options] [--iframe] [--frozen] [--base URL]
                       print the snippet an article pastes: the <gansu-zones-chart>
                       element with its <noscript> fallback, or with --iframe the
                       iframe; --frozen pins this data version; --base is the site's
                       root URL (default /)
  page TEMPLATE        print TEMPLATE with each <!-- gansu-zones: CHART_ID [options] -->
                       line replaced by that chart's snippet (the demo pages)
  js-rules             print the rules the pages' JS reads from the core (parameters,
                       sizes, table words) as an ES module: www/src/shared/rules.js
  css-palette          print the charts' colours and font as CSS custom properties for
                       the pages' sheets: www/src/shared/palette.css
  fallbacks DIR        write the fallback SVG of every view the embeds offer into DIR
                       (what an embed shows where wasm cannot run)
  data DIR             write the data files the embed's core reads into DIR: all.txt
                       (the whole dataset, derived values computed) and one part per
                       view the embeds offer, each checked to draw as the whole does
  find ARTICLE.txt [--source ID] [--date YYYY-MM-DD] [--csv | --indicators]
                       the figure finder: read an article (plain text) and propose a row
                       of data/values.csv for every figure in it, with its quote; rows the
                       dataset has are marked. --csv prints the rows not yet in the dataset
                       as values.csv lines, --indicators the new indicators' lines, for a
                       person to check; nothing is written to data/. --source defaults to
                       the dataset's source whose seed file has the article's name
  version              print the data version (the date data/ last changed)
  help                 print this help (also -h, --help)
";

/// The arguments, each valid UTF-8, at most `MAX_ARG` bytes and free of control
/// characters: nothing read here can reach a terminal as an escape sequence.
fn read_args() -> Result<Vec<String>, String> {
    let mut args = Vec::new();
    for (n, arg) in std::env::args_os().skip(1).enumerate() {
        let n = n + 1;
        let arg = arg
            .into_string()
            .map_err(|_| format!("argument {n} is not valid UTF-8"))?;
        if arg.len() > MAX_ARG {
            return Err(format!(
                "argument {n} is {} bytes long; at most {MAX_ARG} are read",
                arg.len()
            ));
        }
        if let Some(c) = arg.chars().find(|c| c.is_control()) {
            return Err(format!(
                "argument {n} contains a control character (U+{:04X})",
                c as u32
            ));
        }
        args.push(arg);
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match read_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("gansu-zones: {e}");
            return ExitCode::from(2);
        }
    };
    match args.first().map(String::as_str) {
        Some("csv") if args.len() == 1 => print(&Dataset::get().csv()),
        Some("charts") if args.len() == 1 => {
            let mut out = String::new();
            for c in CHARTS {
                out.push_str(&format!("{:<18} {}\n", c.id, c.about));
            }
            print(&out)
        }
        Some("svg") => result("svg", svg(&args[1..])),
        Some("fallbacks") if args.len() == 2 && args[1].is_empty() => {
            eprintln!("gansu-zones fallbacks: the output directory is empty: name one");
            ExitCode::from(2)
        }
        Some("fallbacks") if args.len() == 2 => match fallbacks(&args[1]) {
            Ok(n) => {
                eprintln!("gansu-zones fallbacks: wrote {n} SVG files to {}", args[1]);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("gansu-zones fallbacks: {e}");
                ExitCode::FAILURE
            }
        },
        Some("data") if args.len() == 2 && !args[1].is_empty() => {
            match gansu_zones::publish::data::write_all(std::path::Path::new(&args[1])) {
                Ok((n, wider)) => {
                    eprintln!(
                        "gansu-zones data: wrote all.txt and {n} views' parts to {} ({wider} needed more than their marks' rows)",
                        args[1]
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("gansu-zones data: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("embed") => result("embed", embed(&args[1..])),
        Some("page") if args.len() == 2 => result("page", page(&args[1])),
        Some("find") => result("find", find(&args[1..])),
        Some("version") if args.len() == 1 => print(&format!("{DATA_VERSION}\n")),
        Some("js-rules") if args.len() == 1 => print(&gansu_zones::publish::js::rules_module()),
        Some("css-palette") if args.len() == 1 => print(&gansu_zones::publish::js::palette_css()),
        Some("help" | "-h" | "--help") => print(USAGE),
        Some(other) => {
            eprintln!("gansu-zones: unknown command or arguments {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprintln!("gansu-zones: missing command\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// A chart and its options, as `svg` and `embed` read them.
struct View {
    id: String,
    params: Params,
    width: f64,
    height: Option<f64>,
    iframe: bool,
    frozen: bool,
    base: String,
    /// The embed's theme (`auto` only for snippets; the figure's is in `params`).
    theme: Theme,
}

/// A size option: a number of CSS pixels in the range charts are drawn at, reported as
/// given when it is not (`--height 1e20`, not the float it parses to).
fn size(flag: &str, value: &str) -> Result<f64, String> {
    let v: f64 = value
        .parse()
        .map_err(|_| format!("{flag} {} is not a number", quoted(value)))?;
    if !(render::MIN_SIZE..=render::MAX_SIZE).contains(&v) {
        return Err(format!(
            "{flag} {} is outside {}–{} px",
            quoted(value),
            render::MIN_SIZE as u32,
            render::MAX_SIZE as u32
        ));
    }
    Ok(v)
}

fn view(args: &[String]) -> Result<View, String> {
    let Some(id) = args.first() else {
        return Err("missing CHART_ID; run `gansu-zones charts` for the list".into());
    };
    let mut query = Vec::new();
    let mut v = View {
        id: id.clone(),
        params: Params::default(),
        width: 640.0,
        height: None,
        iframe: false,
        frozen: false,
        base: "/".into(),
        theme: Theme::Light,
    };
    let mut rest = args[1..].iter();
    while let Some(flag) = rest.next() {
        match flag.as_str() {
            "--iframe" => v.iframe = true,
            "--frozen" => v.frozen = true,
            _ => {
                let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
                match flag.as_str() {
                    "--width" => v.width = size(flag, value)?,
                    "--height" => v.height = Some(size(flag, value)?),
                    "--base" => v.base = value.clone(),
                    "--theme" => {
                        v.theme = Theme::parse(value).ok_or_else(|| {
                            format!("--theme {}: expected light, dark or auto", quoted(value))
                        })?;
                        if v.theme == Theme::Dark {
                            query.push("theme=dark".to_string());
                        }
                    }
                    "--lang" | "--zones" | "--period" | "--indicator" | "--version" => {
                        // Each option is one parameter: "&" would start another
                        // (`--zones 'lanbai&lang=en'` must not set the language).
                        if value.contains('&') {
                            return Err(format!(
                                "{flag} {}: \"&\" cannot appear in a value; give each option on its own",
                                quoted(value)
                            ));
                        }
                        query.push(format!("{}={value}", &flag[2..]))
                    }
                    _ => return Err(format!("unknown option {}\n\n{USAGE}", quoted(flag))),
                }
            }
        }
    }
    v.params = Params::parse(&query.join("&")).map_err(|e| e.to_string())?;
    Ok(v)
}

fn svg(args: &[String]) -> Result<String, String> {
    let v = view(args)?;
    if v.theme == Theme::Auto {
        return Err(
            "--theme auto is for embeds (the reader's browser picks); an SVG is light or dark"
                .into(),
        );
    }
    let fig = chart::build(&v.id, &v.params).map_err(|e| e.to_string())?;
    let height = v.height.unwrap_or_else(|| preferred_height(&fig, v.width));
    render::svg(&fig, v.width, height).map_err(|e| e.to_string())
}

fn embed(args: &[String]) -> Result<String, String> {
    let v = view(args)?;
    if !v.base.ends_with('/') {
        return Err(format!("--base {} must end with /", quoted(&v.base)));
    }
    let make = if v.iframe {
        snippets::iframe
    } else {
        snippets::script
    };
    make(&v.id, &v.params, &v.base, v.frozen, v.theme)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}

/// Copies a page template, replacing each `<!-- gansu-zones: CHART_ID [options] -->`
/// line with that chart's embed snippet (the options of `embed`).
fn page(path: &str) -> Result<String, String> {
    if path.is_empty() {
        return Err("the template path is empty: name one".into());
    }
    let name = quoted(path);
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_TEMPLATE + 1).read_to_string(&mut text))
        .map_err(|e| format!("{name}: {e}"))?;
    if text.len() as u64 > MAX_TEMPLATE {
        return Err(format!("{name}: larger than {} MiB", MAX_TEMPLATE >> 20));
    }
    let mut out = String::new();
    for (n, line) in text.lines().enumerate() {
        let marker = line
            .trim()
            .strip_prefix("<!-- gansu-zones:")
            .and_then(|l| l.strip_suffix("-->"));
        match marker {
            Some(spec) => {
                let args: Vec<String> = spec.split_whitespace().map(str::to_string).collect();
                out.push_str(&embed(&args).map_err(|e| format!("{name}:{}: {e}", n + 1))?);
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Ok(out)
}

/// The figure finder on the command line: proposals as a table, or as CSV lines.
fn find(args: &[String]) -> Result<String, String> {
    use gansu_zones::find::{self, Article, Known};
    let Some(path) = args.first() else {
        return Err("missing ARTICLE.txt".into());
    };
    let mut source = None;
    let mut date = None;
    let mut mode = "table";
    let mut rest = args[1..].iter();
    while let Some(flag) = rest.next() {
        match flag.as_str() {
            "--csv" => mode = "csv",
            "--indicators" => mode = "indicators",
            "--source" | "--date" => {
                let v = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
                if flag == "--source" {
                    source = Some(v.clone());
                } else {
                    date = Some(v.clone());
                }
            }
            _ => return Err(format!("unknown option {flag:?}\n\n{USAGE}")),
        }
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let text = find::check_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let name = std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("");
    let mut article = match &source {
        Some(id) => Article::known(id).unwrap_or(Article {
            source: id.clone(),
            date: String::new(),
        }),
        None => Article::for_seed(name).unwrap_or(Article {
            source: "new-source".into(),
            date: String::new(),
        }),
    };
    if let Some(d) = date {
        article.date = d;
    }
    let mut report = find::find(text, &article).map_err(|e| format!("{path}: {e}"))?;
    let known = report
        .proposals
        .iter()
        .filter(|p| matches!(p.known, Known::InDataset { .. }))
        .count();
    let differs = report
        .proposals
        .iter()
        .filter(|p| matches!(p.known, Known::Differs { .. }))
        .count();
    eprintln!(
        "gansu-zones find: {} figures in {path} (source {}, date {}), {known} already in the dataset, {differs} differing from it; {} clutter lines dropped, {} pinyin annotations removed",
        report.proposals.len(),
        report.article.source,
        if report.article.date.is_empty() { "unknown" } else { &report.article.date },
        report.cleaned.dropped.len(),
        report.cleaned.annotations
    );
    match mode {
        "csv" | "indicators" => {
            report.accept_all_new();
            let (values, indicators, problems) = report.csv();
            for p in problems {
                eprintln!("gansu-zones find: {p}");
            }
            Ok(if mode == "csv" { values } else { indicators })
        }
        _ => {
            let mut out = String::from(
                "#\tzone\tindicator\tperiod\tvalue\tunit\tstatus\tqualifier\tin dataset\tquote\n",
            );
            for (n, p) in report.proposals.iter().enumerate() {
                let known = match &p.known {
                    Known::New => "new".to_string(),
                    Known::InDataset { source, indicator } => {
                        format!("yes ({indicator}, {source})")
                    }
                    Known::Differs { source, value } => format!("differs ({value} in {source})"),
                };
                out.push_str(&format!(
                    "{}\t{}\t{}{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                    n + 1,
                    p.zone,
                    p.indicator,
                    if p.new_indicator.is_some() {
                        " (new)"
                    } else {
                        ""
                    },
                    p.period,
                    p.value,
                    p.unit,
                    p.status.id(),
                    p.qualifier.id(),
                    known,
                    p.quote
                ));
            }
            Ok(out)
        }
    }
}

/// The width fallback images are drawn at: an article column. They scale with the page.
const FALLBACK_WIDTH: f64 = 640.0;

fn fallbacks(dir: &str) -> Result<usize, String> {
    let dir = std::path::Path::new(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let views = fallback_views();
    for (file, id, params) in &views {
        let fig = chart::build(id, params).map_err(|e| format!("{file}: {e}"))?;
        let h = preferred_height(&fig, FALLBACK_WIDTH);
        let svg = render::svg(&fig, FALLBACK_WIDTH, h).map_err(|e| format!("{file}: {e}"))?;
        let path = dir.join(file);
        std::fs::write(&path, svg).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(views.len())
}

/// Prints the text, or the error after the command's name with exit code 2.
fn result(command: &str, r: Result<String, String>) -> ExitCode {
    match r {
        Ok(text) => print(&text),
        Err(e) => {
            eprintln!("gansu-zones {command}: {e}");
            ExitCode::from(2)
        }
    }
}

/// Prints to stdout; a closed pipe (`| head`) is not an error.
fn print(text: &str) -> ExitCode {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
