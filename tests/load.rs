//! A malformed data file is refused with its path, line and field.

use gansu_zones::dataset::load::{load, DataFile};

const SOURCES: &str = include_str!("../data/sources.csv");
const ZONES: &str = include_str!("../data/zones.csv");
const INDICATORS: &str = include_str!("../data/indicators.csv");
const VALUES: &str = include_str!("../data/values.csv");

fn check(values: &str) -> String {
    let f = |path, text| DataFile { path, text };
    load(
        f("data/sources.csv", SOURCES),
        f("data/zones.csv", ZONES),
        f("data/indicators.csv", INDICATORS),
        f("data/values.csv", values),
    )
    .map(|_| String::new())
    .unwrap_or_else(|e| e.to_string())
}

/// The data files with one line of values.csv replaced.
fn with_line(n: usize, line: &str) -> String {
    let mut lines: Vec<&str> = VALUES.lines().collect();
    lines[n - 1] = line;
    lines.join("\n") + "\n"
}

#[test]
fn the_real_files_are_valid() {
    assert_eq!(check(VALUES), "");
}

#[test]
fn errors_name_file_line_and_field() {
    let cases = [
        (
            "lanbai,gdp,2024,14x6,亿元,estimate,gansu-daily-2025-lanbai,,q",
            "data/values.csv:3: field `value`",
        ),
        (
            "lanbai,gdp,2024,1436,亿,estimate,gansu-daily-2025-lanbai,,q",
            "data/values.csv:3: field `unit`: unknown unit \"亿\"",
        ),
        (
            "lanbai,gdp,2024,1436,%,estimate,gansu-daily-2025-lanbai,,q",
            "field `unit`: \"%\" converts to percent",
        ),
        (
            "lanzhou,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,q",
            "data/values.csv:3: field `zone`: unknown zone \"lanzhou\"",
        ),
        (
            "lanbai,gpd,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,q",
            "field `indicator`: unknown indicator",
        ),
        (
            "lanbai,gdp,24,1436,亿元,estimate,gansu-daily-2025-lanbai,,q",
            "field `period`",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,guess,gansu-daily-2025-lanbai,,q",
            "field `status`",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,derived,gansu-daily-2025-lanbai,,q",
            "computed in code",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,nowhere,,q",
            "field `source`: unknown source",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,maybe,q",
            "field `qualifier`",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,",
            "field `quote`: is empty",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai",
            "data/values.csv:3: field `row`: row has 7 fields",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,兰白兩區",
            "field `quote`: traditional character",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,首页(yè)",
            "field `quote`: pinyin annotation",
        ),
    ];
    for (line, expected) in cases {
        let message = check(&with_line(3, line));
        assert!(
            message.contains(expected),
            "{line}\n  gave: {message}\n  want: {expected}"
        );
    }
}

#[test]
fn duplicates_and_headers_are_refused() {
    let dup = format!("{VALUES}{}\n", VALUES.lines().nth(1).unwrap());
    assert!(check(&dup).contains("duplicate value"), "{}", check(&dup));
    let bad_header = VALUES.replacen("quote", "citation", 1);
    assert!(check(&bad_header).starts_with("data/values.csv:1: field `header`"));
}
