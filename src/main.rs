//! The native command line: the dataset as CSV, the chart list, and charts as SVG.

use gansu_zones::chart::{self, Params, CHARTS};
use gansu_zones::dataset::DATA_VERSION;
use gansu_zones::embed;
use gansu_zones::Dataset;
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: gansu-zones <command>

Commands:
  csv                  print the whole dataset as tidy CSV
                       (zone,indicator,period,value,unit,status,source,…; money in yuan)
  charts               list every chart id with a one-line description
  svg CHART_ID [options]
                       print that chart as a standalone SVG
      --lang zh|en         language (default zh)
      --theme light|dark   colours (default light)
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
  fallbacks DIR        write the fallback SVG of every view the embeds offer into DIR
                       (what an embed shows where wasm cannot run)
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
        Some("embed") => result("embed", embed(&args[1..])),
        Some("page") if args.len() == 2 => result("page", page(&args[1])),
        Some("find") => result("find", find(&args[1..])),
        Some("version") if args.len() == 1 => print(&format!("{DATA_VERSION}\n")),
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
    };
    let mut rest = args[1..].iter();
    while let Some(flag) = rest.next() {
        match flag.as_str() {
            "--iframe" => v.iframe = true,
            "--frozen" => v.frozen = true,
            _ => {
                let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
                let number = || {
                    value
                        .parse::<f64>()
                        .map_err(|_| format!("{flag} {value:?} is not a number"))
                };
                match flag.as_str() {
                    "--width" => v.width = number()?,
                    "--height" => v.height = Some(number()?),
                    "--base" => v.base = value.clone(),
                    "--lang" | "--theme" | "--zones" | "--period" | "--indicator" | "--version" => {
                        query.push(format!("{}={value}", &flag[2..]))
                    }
                    _ => return Err(format!("unknown option {flag:?}\n\n{USAGE}")),
                }
            }
        }
    }
    v.params = Params::parse(&query.join("&")).map_err(|e| e.to_string())?;
    Ok(v)
}

fn svg(args: &[String]) -> Result<String, String> {
    let v = view(args)?;
    let fig = chart::build(&v.id, &v.params).map_err(|e| e.to_string())?;
    chart::check_size(v.width, v.height.unwrap_or(v.width)).map_err(|e| e.to_string())?;
    let height = v
        .height
        .unwrap_or_else(|| chart::preferred_height(&fig, v.width));
    chart::svg(&fig, v.width, height).map_err(|e| e.to_string())
}

fn embed(args: &[String]) -> Result<String, String> {
    let v = view(args)?;
    if !v.base.ends_with('/') {
        return Err(format!("--base {:?} must end with /", v.base));
    }
    let make = if v.iframe {
        embed::iframe
    } else {
        embed::script
    };
    make(&v.id, &v.params, &v.base, v.frozen)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}

/// Copies a page template, replacing each `<!-- gansu-zones: CHART_ID [options] -->`
/// line with that chart's embed snippet (the options of `embed`).
fn page(path: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = String::new();
    for (n, line) in text.lines().enumerate() {
        let marker = line
            .trim()
            .strip_prefix("<!-- gansu-zones:")
            .and_then(|l| l.strip_suffix("-->"));
        match marker {
            Some(spec) => {
                let args: Vec<String> = spec.split_whitespace().map(str::to_string).collect();
                out.push_str(&embed(&args).map_err(|e| format!("{path}:{}: {e}", n + 1))?);
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
    let views = chart::fallback_views();
    for (file, id, params) in &views {
        let fig = chart::build(id, params).map_err(|e| format!("{file}: {e}"))?;
        let h = chart::preferred_height(&fig, FALLBACK_WIDTH);
        let svg = chart::svg(&fig, FALLBACK_WIDTH, h).map_err(|e| format!("{file}: {e}"))?;
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
