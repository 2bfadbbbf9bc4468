//! Every chart's SVG, in both languages, stored under tests/snapshots/ and compared,
//! so any change in output shows in review. A changed one is written beside the old as
//! `NAME-changed.svg` (git ignores them) for a reviewer to diff or view; once the change
//! is wanted, `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites them.

use std::path::Path;
mod common;
use common::run;

fn chart_ids() -> Vec<String> {
    let (code, out, _) = run(&["charts"]);
    assert_eq!(code, 0);
    out.lines()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

#[test]
fn svgs_match_their_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut changed = Vec::new();
    for id in chart_ids() {
        for lang in ["zh", "en"] {
            let (code, svg, err) = run(&["svg", &id, "--lang", lang]);
            assert_eq!(code, 0, "{id} {lang}: {err}");
            let path = dir.join(format!("{id}-{lang}.svg"));
            let beside = dir.join(format!("{id}-{lang}-changed.svg"));
            // A stale file from an earlier failure would mislead the reviewer.
            let _ = std::fs::remove_file(&beside);
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &svg).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(svg.as_str()) {
                std::fs::write(&beside, &svg).unwrap();
                changed.push(format!("{} (new: {})", path.display(), beside.display()));
            }
        }
    }
    assert!(
        changed.is_empty(),
        "changed (UPDATE_SNAPSHOTS=1 to accept): {changed:#?}"
    );
}

#[test]
fn svgs_hold_the_values_labels_and_sources() {
    let (_, zh, _) = run(&["svg", "gdp-by-zone", "--lang", "zh"]);
    for s in [
        "2024年各开发区地区生产总值",
        "兰州经开区",
        "445亿元",
        "225亿元",
        "亿元",
        "来源：新甘肃·甘肃日报",
        "预计",
    ] {
        assert!(zh.contains(s), "gdp-by-zone zh lacks {s}");
    }
    let (_, en, _) = run(&["svg", "gdp-by-zone", "--lang", "en", "--width", "375"]);
    for s in [
        "GDP by zone, 2024",
        "Lanzhou ETDZ",
        "CNY 44.5 bn",
        "CNY bn",
        "Source:",
        "estimate",
        "width=\"375\"",
    ] {
        assert!(en.contains(s), "gdp-by-zone en lacks {s}");
    }
    let (_, ranks, _) = run(&["svg", "rankings", "--lang", "en"]);
    for s in ["56 / 169", "53 / 178", "1 = best, shown at the top"] {
        assert!(ranks.contains(s), "rankings lacks {s}");
    }
    // Another evaluation, another chart: the ETDZ ranking of Zhangye, its start derived.
    let (_, etdz, _) = run(&["svg", "rankings", "--lang", "en", "--zones", "zhangye-etdz"]);
    for s in ["131 / 230", "No. 190", "derived"] {
        assert!(etdz.contains(s), "rankings of zhangye-etdz lacks {s}");
    }
    assert!(!etdz.contains("169"), "two evaluations on one axis");
    let (_, tax, _) = run(&["svg", "tax", "--lang", "zh"]);
    assert!(tax.contains("42.8% · 14.6亿元") && tax.contains("29% · 176.25亿元"));
    let (_, targets, _) = run(&["svg", "targets", "--lang", "zh"]);
    assert!(targets.contains("超过33%") && targets.contains("目标"));
    // Accessible SVG: role, title and a description with the extremes.
    assert!(zh.starts_with("<svg role=\"img\""));
    assert!(zh.contains("<title>2024年各开发区地区生产总值</title>"));
    assert!(zh.contains("最高：兰州经开区 445亿元"), "{}", &zh[..600]);
}

#[test]
fn parameters_change_the_chart() {
    let (_, a, _) = run(&["svg", "gdp-by-zone", "--period", "2023", "--lang", "en"]);
    assert!(
        a.contains("GDP by zone, 2023") && a.contains("Zhangye ETDZ") && a.contains("CNY 17.6 bn")
    );
    assert!(!a.contains("Baiyin HTZ"));
    let (_, b, _) = run(&[
        "svg",
        "indicator",
        "--indicator",
        "high_tech_enterprises",
        "--lang",
        "zh",
    ]);
    assert!(b.contains("836家") && b.contains("502家") && b.contains("814家"));
    let (_, dark, _) = run(&["svg", "gdp-by-zone", "--theme", "dark"]);
    assert!(
        dark.contains("#16181C") || dark.contains("#16181c"),
        "dark background"
    );
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    let (code, out, err) = run(&["svg", "pie"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("unknown chart \"pie\"")
            && err.contains("gdp-by-zone")
            && err.contains("rankings"),
        "{err}"
    );
    let (code, _, err) = run(&["svg", "gdp-by-zone", "--zones", "lanzhou"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown zone \"lanzhou\"") && err.contains("lanzhou-htz"),
        "{err}"
    );
    let (code, _, err) = run(&["svg", "gdp-by-zone", "--width", "0"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--width \"0\" is outside 120–4096 px"),
        "{err}"
    );
    let (code, _, err) = run(&["svg", "gdp-by-zone", "--width", "99999"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(&["svg", "gdp-by-zone", "--lang"]);
    assert_eq!(code, 2);
    assert!(err.contains("--lang needs a value"));
    // A period without data is drawn as a message, not an error.
    let (code, svg, _) = run(&["svg", "gdp-by-zone", "--period", "2019", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(
        svg.contains("No data for 2019. Years with data: 2024, 2023"),
        "{svg}"
    );
}

#[test]
fn charts_lists_every_chart_with_a_description() {
    let (_, out, _) = run(&["charts"]);
    for id in [
        "gdp-by-zone",
        "gdp-over-time",
        "lanbai-gdp-parts",
        "gdp-growth",
        "gdp-composition",
        "tax",
        "investment",
        "research-funding",
        "rankings",
        "targets",
        "plans",
        "indicator",
    ] {
        let line = out
            .lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("{id} missing"));
        assert!(line.len() > id.len() + 10, "{line}");
    }
}
