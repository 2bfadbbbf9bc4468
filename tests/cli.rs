//! The native command line: commands, help and usage errors.

mod common;
use common::run;

#[test]
fn help_explains_the_commands() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("csv"), "{out}");
}

#[test]
fn unknown_command_prints_usage_and_exits_2() {
    let (code, out, err) = run(&["plot"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("unknown command") && err.contains("Usage"),
        "{err}"
    );
    let (code, _, err) = run(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("Usage"));
}

#[test]
fn a_pinned_data_version_is_named_in_the_footer_and_a_wrong_one_is_refused() {
    let (code, version, _) = run(&["version"]);
    assert_eq!(code, 0);
    let version = version.trim();
    let data_file = std::fs::read_to_string("data/VERSION").unwrap();
    assert_eq!(version, data_file.trim());

    let (code, svg, _) = run(&["svg", "tax", "--lang", "en", "--version", version]);
    assert_eq!(code, 0);
    assert!(
        svg.contains(&format!("Data as of {version} (frozen")),
        "{svg}"
    );
    let (_, live, _) = run(&["svg", "tax", "--lang", "en"]);
    assert!(!live.contains("Data as of"));

    let (code, out, err) = run(&["svg", "tax", "--version", "1999-01-01"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("1999-01-01") && err.contains(&format!("data version {version}")),
        "{err}"
    );
}

#[test]
fn fallbacks_cover_every_chart_in_both_languages_and_each_period_offered() {
    let dir = std::env::temp_dir().join(format!("gz-fallbacks-{}", std::process::id()));
    let (code, _, err) = run(&["fallbacks", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let (_, charts, _) = run(&["charts"]);
    for id in charts.lines().map(|l| l.split_whitespace().next().unwrap()) {
        for lang in ["zh", "en"] {
            let prefix = format!("{id}.{lang}.");
            assert!(names.iter().any(|n| n.starts_with(&prefix)), "no {prefix}*");
        }
    }
    for name in [
        "gdp-by-zone.zh.svg",
        "gdp-by-zone.en.period-2023.svg",
        "indicator.zh.indicator-gdp.svg",
    ] {
        let svg = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<title>"), "{name}");
    }
    // The year in the name is the year drawn.
    let y2023 = std::fs::read_to_string(dir.join("gdp-by-zone.en.period-2023.svg")).unwrap();
    assert!(y2023.contains("2023"));
    std::fs::remove_dir_all(dir).unwrap();
}
