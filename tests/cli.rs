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

#[test]
fn options_stay_apart_a_value_cannot_set_another_parameter() {
    let (code, out, err) = run(&["svg", "gdp-by-zone", "--zones", "lanbai&lang=en"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("--zones \"lanbai&lang=en\"") && err.contains('&'),
        "{err}"
    );
    let (code, _, err) = run(&["embed", "gdp-by-zone", "--period", "2024&theme=dark"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn no_control_character_from_the_input_is_printed() {
    for arg in ["x\u{1b}[31mred", "a\u{8}b", "bell\u{7}", "line\nbreak"] {
        let (code, out, err) = run(&["svg", "gdp-by-zone", "--zones", arg]);
        assert_eq!(code, 2);
        assert!(out.is_empty());
        assert!(
            err.contains("argument 4 contains a control character"),
            "{err}"
        );
        assert!(
            !err.trim_end().chars().any(|c| c.is_control() && c != '\n'),
            "{err:?}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{err:?}");
    }
    // Bidi overrides in a value are quoted as escapes, not printed.
    let (code, _, err) = run(&["svg", "gdp-by-zone", "--zones", "ab\u{202e}cd"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("\\u{202e}") && !err.contains('\u{202e}'),
        "{err}"
    );
}

#[test]
fn what_it_reads_is_bounded() {
    let long = "a".repeat(5000);
    let (code, _, err) = run(&["svg", "gdp-by-zone", "--zones", &long]);
    assert_eq!(code, 2);
    assert!(err.contains("5000 bytes long") && err.len() < 200, "{err}");
    let (code, out, err) = run(&["page", "/dev/zero"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("larger than 4 MiB"), "{err}");
}

#[test]
fn an_empty_path_is_refused() {
    let (code, _, err) = run(&["fallbacks", ""]);
    assert_eq!(code, 2);
    assert!(err.contains("output directory is empty"), "{err}");
    let (code, _, err) = run(&["page", ""]);
    assert_eq!(code, 2);
    assert!(err.contains("template path is empty"), "{err}");
}

#[test]
fn a_bad_number_is_reported_as_given() {
    for (flag, value) in [
        ("--height", "1e20"),
        ("--width", "NaN"),
        ("--width", "-5"),
        ("--height", "inf"),
    ] {
        let (code, out, err) = run(&["svg", "gdp-by-zone", flag, value]);
        assert_eq!(code, 2, "{flag} {value}");
        assert!(out.is_empty());
        assert!(
            err.contains(&format!("{flag} \"{value}\" is outside 120–4096 px")),
            "{err}"
        );
    }
    let (_, _, err) = run(&["svg", "gdp-by-zone", "--height", "tall"]);
    assert!(err.contains("--height \"tall\" is not a number"), "{err}");
}

#[test]
fn a_zone_without_data_in_a_chart_is_named_with_the_chart() {
    let (code, out, err) = run(&["svg", "gdp-by-zone", "--zones", "gansu"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("chart \"gdp-by-zone\" has no data for zone \"gansu\""),
        "{err}"
    );
    let (code, _, err) = run(&["embed", "tax", "--zones", "lanbai", "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("chart \"tax\" has no data for zone \"lanbai\""),
        "{err}"
    );
}

#[test]
fn embeds_carry_the_editors_theme_light_by_default() {
    let (code, light, _) = run(&["embed", "tax"]);
    assert_eq!(code, 0);
    assert!(!light.contains("theme="), "{light}");
    for theme in ["dark", "auto"] {
        let (code, out, _) = run(&["embed", "tax", "--theme", theme]);
        assert_eq!(code, 0);
        assert!(out.contains(&format!(" theme=\"{theme}\"")), "{out}");
        let (_, frame, _) = run(&["embed", "tax", "--iframe", "--theme", theme]);
        assert!(
            frame.contains(&format!("&amp;theme={theme}&amp;")),
            "{frame}"
        );
    }
    let (code, _, err) = run(&["svg", "tax", "--theme", "auto"]);
    assert_eq!(code, 2);
    assert!(err.contains("auto is for embeds"), "{err}");
}

#[test]
fn the_iframe_names_its_fallback_file_only_where_one_is_built() {
    let dir = std::env::temp_dir().join(format!("gz-iframe-fallbacks-{}", std::process::id()));
    let (code, _, err) = run(&["fallbacks", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let cases: [&[&str]; 5] = [
        &["gdp-by-zone", "--period", "2024"],
        &["gdp-by-zone", "--lang", "en"],
        &["indicator", "--indicator", "gdp"],
        &["indicator"],
        &["gdp-by-zone", "--zones", "lanbai"],
    ];
    for case in cases {
        let mut args = vec!["embed"];
        args.extend_from_slice(case);
        args.push("--iframe");
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        let file = out
            .split("fallback=")
            .nth(1)
            .map(|rest| rest.split(['"', '&']).next().unwrap().to_string());
        match file {
            Some(f) => assert!(dir.join(&f).is_file(), "{case:?}: {f} is not built"),
            None => assert!(
                case.contains(&"lanbai") || case == ["indicator"],
                "{case:?}: {out}"
            ),
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}
