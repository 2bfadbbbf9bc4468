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
    let big = format!(
        "lanbai,gdp,2024,{}1,亿元,estimate,gansu-daily-2025-lanbai,,q,,,,",
        "9".repeat(400)
    );
    let tiny = format!(
        "lanbai,gdp,2024,0.{}1,元,estimate,gansu-daily-2025-lanbai,,q,,,,",
        "0".repeat(400)
    );
    let cases: Vec<(&str, &str)> = vec![
        (
            "lanbai,gdp,2024,14x6,亿元,estimate,gansu-daily-2025-lanbai,,q,,,,",
            "data/values.csv:3: field `value`",
        ),
        (
            "lanbai,gdp,2024,1436,亿,estimate,gansu-daily-2025-lanbai,,q,,,,",
            "data/values.csv:3: field `unit`: unknown unit \"亿\"",
        ),
        (
            "lanbai,gdp,2024,1436,%,estimate,gansu-daily-2025-lanbai,,q,,,,",
            "field `unit`: \"%\" converts to percent",
        ),
        (
            "lanzhou,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,q,,,,",
            "data/values.csv:3: field `zone`: unknown zone \"lanzhou\"",
        ),
        (
            "lanbai,gpd,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,q,,,,",
            "field `indicator`: unknown indicator",
        ),
        (
            "lanbai,gdp,24,1436,亿元,estimate,gansu-daily-2025-lanbai,,q,,,,",
            "field `period`",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,guess,gansu-daily-2025-lanbai,,q,,,,",
            "field `status`",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,derived,gansu-daily-2025-lanbai,,q,,,,",
            "computed in code",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,nowhere,,q,,,,",
            "field `source`: unknown source",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,maybe,q,,,,",
            "field `qualifier`",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,,,,,",
            "field `quote`: is empty",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai",
            "data/values.csv:3: field `row`: row has 7 fields",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,兰白兩區,,,,",
            "field `quote`: traditional character",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,首页(yè),,,,",
            "field `quote`: pinyin annotation",
        ),
        // A row that contradicts its indicator.
        (
            "lanzhou-htz,biomed_park_bracket,2023,50,位,reported,lanzhou-daily-2024-04-02,,q,,,,",
            "field `unit`: \"位\" converts to rank, but indicator \"biomed_park_bracket\" is in top_n",
        ),
        (
            "lanbai,gdp,2023-2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,q,,,,",
            "data/values.csv:3: field `period`: \"2023-2024\" does not fit indicator \"gdp\", whose period kind is year",
        ),
        (
            "gansu,industry_value_added_growth_avg,2025,7,%,target,gansu-daily-2022-12-19,,q,,,,",
            "field `period`: \"2025\" does not fit",
        ),
        (
            "zhangye-city,livestock_poultry,2024,1600,万头只,reported,zhangye-2024-10-15,,q,,,,",
            "whose period kind is as-of",
        ),
        // Flags and notes.
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,q,,doubtful,,",
            "field `note_zh`: a flagged value says why",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,q,,,说明,",
            "field `note_en`: a note is written in both languages",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,q,万元,,,",
            "field `read_as`: a misprint, and only a misprint",
        ),
        // Numbers that cannot be stored as they are written.
        (
            "lanbai,gdp,2024,1e400,亿元,estimate,gansu-daily-2025-lanbai,,q,,,,",
            "field `value`",
        ),
        (
            &big,
            "field `value`: \"99",
        ),
        (
            &tiny,
            "underflows to zero",
        ),
        (
            "lanbai,work_tasks,2024,-90,项,reported,gansu-daily-2025-lanbai,,q,,,,",
            "field `value`: a count cannot be negative",
        ),
        // Bytes that have no place in a data file.
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,兰白\0两区,,,,",
            "data/values.csv:3: field `quote`: contains a NUL byte",
        ),
        (
            "lanbai,gdp,2024,1436,亿元,estimate,gansu-daily-2025-lanbai,,\"兰白\n两区\",,,,",
            "data/values.csv:3: field `quote`: contains a line break",
        ),
    ];
    for (line, expected) in &cases {
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

#[test]
fn dates_line_endings_and_encodings_are_checked() {
    let sources = |date: &str| SOURCES.replacen(",2024-10-15,", &format!(",{date},"), 1);
    let with_sources = |text: &str| {
        let f = |path, text| DataFile { path, text };
        load(
            f("data/sources.csv", text),
            f("data/zones.csv", ZONES),
            f("data/indicators.csv", INDICATORS),
            f("data/values.csv", VALUES),
        )
        .map(|_| String::new())
        .unwrap_or_else(|e| e.to_string())
    };
    for bad in ["2022-13", "2024-02-30", "2023-02-29", "2024-1-15"] {
        let m = with_sources(&sources(bad));
        assert!(m.contains("field `date`"), "{bad}: {m}");
    }
    assert_eq!(with_sources(&sources("2024-02-29")), "");
    // A lone CR would join two rows into one without a word.
    let cr = VALUES.replacen('\n', "\r", 3);
    assert!(
        check(&cr).contains("data/values.csv:1: field `row`: a lone CR"),
        "{}",
        check(&cr)
    );
    let crlf = VALUES.replace('\n', "\r\n");
    assert_eq!(check(&crlf), "");
    // Invalid UTF-8 is placed by line and field (build.rs reports it so).
    let mut bytes = VALUES.as_bytes().to_vec();
    let line3 = VALUES.match_indices('\n').nth(1).unwrap().0 + 1;
    let quote_at = line3 + VALUES[line3..].find(",q").unwrap_or(0);
    bytes.insert(quote_at + 1, 0xff);
    let at = gansu_zones::dataset::load::invalid_utf8_position(&bytes);
    assert_eq!(at.map(|(line, _)| line), Some(3));
    assert_eq!(
        gansu_zones::dataset::load::invalid_utf8_position(VALUES.as_bytes()),
        None
    );
}
