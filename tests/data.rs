//! The dataset, checked through its public form: the CSV printed by `gansu-zones csv`.

use std::collections::{HashMap, HashSet};
mod common;
use common::run;

const CONTRACT_ZONES: [&str; 7] = [
    "gansu",
    "lanbai",
    "lanzhou-new-area",
    "lanzhou-htz",
    "lanzhou-etdz",
    "baiyin-htz",
    "zhangye-etdz",
];
const UNITS: [&str; 17] = [
    "CNY", "percent", "pp", "count", "rank", "mu", "t", "kg", "m2", "m3", "kW", "kWh", "h", "day",
    "mm", "degC", "deg",
];
const SOURCES: [&str; 5] = [
    "gansu-gov-report-2022",
    "gansu-daily-2022-12-19",
    "zhangye-2024-10-15",
    "lanzhou-daily-2024-04-02",
    "gansu-daily-2025-lanbai",
];

struct Row(HashMap<String, String>);

impl Row {
    fn get(&self, k: &str) -> &str {
        self.0.get(k).map(String::as_str).unwrap_or("")
    }
    fn value(&self) -> f64 {
        self.get("value").parse().unwrap()
    }
}

struct Data {
    header: String,
    rows: Vec<Row>,
}

impl Data {
    fn load() -> Data {
        let (code, text, _) = run(&["csv"]);
        assert_eq!(code, 0);
        let header = text.lines().next().unwrap().to_string();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let names: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let rows = reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                Row(names
                    .iter()
                    .cloned()
                    .zip(r.iter().map(String::from))
                    .collect())
            })
            .collect();
        Data { header, rows }
    }

    fn one(&self, zone: &str, indicator: &str, period: &str) -> &Row {
        let found: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| {
                r.get("zone") == zone
                    && r.get("indicator") == indicator
                    && r.get("period") == period
            })
            .collect();
        assert_eq!(
            found.len(),
            1,
            "{zone}/{indicator}/{period}: {} rows",
            found.len()
        );
        found[0]
    }

    fn v(&self, zone: &str, indicator: &str, period: &str) -> f64 {
        self.one(zone, indicator, period).value()
    }
}

/// Values stated to a given number of decimals agree within half a unit of the last one.
fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn header_is_the_contract() {
    let d = Data::load();
    assert!(
        d.header
            .starts_with("zone,indicator,period,value,unit,status,source"),
        "{}",
        d.header
    );
    assert_eq!(
        d.header.split(',').take(7).collect::<Vec<_>>(),
        [
            "zone",
            "indicator",
            "period",
            "value",
            "unit",
            "status",
            "source"
        ]
    );
}

#[test]
fn every_value_is_well_formed_and_sourced() {
    let d = Data::load();
    assert!(d.rows.len() > 150, "only {} values", d.rows.len());
    let mut keys = HashSet::new();
    for r in &d.rows {
        let zone = r.get("zone");
        assert!(
            CONTRACT_ZONES
                .iter()
                .any(|z| zone == *z || zone.starts_with(&format!("{z}-"))),
            "zone {zone}"
        );
        assert!(UNITS.contains(&r.get("unit")), "unit {}", r.get("unit"));
        assert!(
            ["reported", "estimate", "target", "derived"].contains(&r.get("status")),
            "status {}",
            r.get("status")
        );
        let value = r.get("value");
        assert!(value.parse::<f64>().is_ok(), "value {value:?}");
        assert!(
            !value.contains('e') && !value.contains('E'),
            "value {value:?}"
        );
        let sources: Vec<&str> = r.get("source").split(';').collect();
        assert!(
            sources.iter().all(|s| SOURCES.contains(s)),
            "source {:?}",
            sources
        );
        assert!(!r.get("zone_zh").is_empty() && !r.get("zone_en").is_empty());
        assert!(!r.get("indicator_zh").is_empty() && !r.get("indicator_en").is_empty());
        let period = r.get("period");
        assert!(
            period.is_empty()
                || period.len() == 4
                || (period.len() == 9 && period.as_bytes()[4] == b'-'),
            "period {period:?}"
        );
        if r.get("status") == "derived" {
            assert!(
                r.get("formula_en").contains(" = "),
                "derived without formula"
            );
            assert!(
                r.get("formula_zh").contains(" = "),
                "derived without formula"
            );
        } else {
            assert!(!r.get("quote").is_empty(), "typed value without its quote");
            assert!(r.get("formula_en").is_empty());
        }
        let key = (
            zone.to_string(),
            r.get("indicator").to_string(),
            period.to_string(),
            r.get("source").to_string(),
        );
        assert!(keys.insert(key.clone()), "duplicate {key:?}");
    }
    for s in SOURCES {
        assert!(
            d.rows.iter().filter(|r| r.get("source") == s).count() >= 5,
            "few values from {s}"
        );
    }
}

#[test]
fn money_is_in_yuan_and_ratios_in_percent() {
    let d = Data::load();
    assert_eq!(
        d.one("zhangye-etdz", "gdp", "2023").get("value"),
        "17625000000"
    );
    assert_eq!(d.one("zhangye-etdz", "gdp", "2023").get("unit"), "CNY");
    assert_eq!(
        d.one("lanzhou-htz", "sci_tech_policy_funds", "2023")
            .get("value"),
        "64203000"
    );
    assert_eq!(
        d.one("zhangye-etdz", "tax_share_of_city", "2023")
            .get("value"),
        "42.8"
    );
    assert_eq!(
        d.one("zhangye-etdz", "tax_share_of_city", "2023")
            .get("unit"),
        "percent"
    );
    assert_eq!(
        d.one("lanbai", "rent_subsidy_households", "2024")
            .get("value"),
        "17300"
    );
    assert_eq!(
        d.one("gansu", "new_coal_capacity", "2022").get("value"),
        "14650000"
    );
    assert_eq!(d.one("gansu", "new_coal_capacity", "2022").get("unit"), "t");
}

#[test]
fn statuses_follow_the_articles() {
    let d = Data::load();
    assert_eq!(d.one("lanbai", "gdp", "2024").get("status"), "estimate");
    assert_eq!(
        d.one("gansu", "industry_share_of_gdp", "2025")
            .get("status"),
        "target"
    );
    assert_eq!(
        d.one("gansu", "industry_share_of_gdp", "2025")
            .get("qualifier"),
        "over"
    );
    assert_eq!(
        d.one("lanzhou-htz", "gdp", "2023").get("status"),
        "reported"
    );
}

#[test]
fn parts_add_up_to_their_totals() {
    let d = Data::load();
    // The four Lanbai zones make up the Lanbai total (2024, 亿元).
    let parts: f64 = [
        "lanzhou-new-area",
        "lanzhou-htz",
        "baiyin-htz",
        "lanzhou-etdz",
    ]
    .iter()
    .map(|z| d.v(z, "gdp", "2024"))
    .sum();
    assert!(close(parts, d.v("lanbai", "gdp", "2024"), 0.5e8), "{parts}");
    // GDP by industry (Lanzhou HTZ 2023), each stated to 0.01亿元.
    let z = "lanzhou-htz";
    let sectors = d.v(z, "gdp_primary", "2023")
        + d.v(z, "gdp_secondary", "2023")
        + d.v(z, "gdp_tertiary", "2023");
    assert!(close(sectors, d.v(z, "gdp", "2023"), 0.1e8), "{sectors}");
    // Industry and construction make up the secondary sector.
    let secondary =
        d.v(z, "industry_value_added", "2023") + d.v(z, "construction_value_added", "2023");
    assert!(
        close(secondary, d.v(z, "gdp_secondary", "2023"), 0.1e8),
        "{secondary}"
    );
}

#[test]
fn rank_changes_match_the_ranks() {
    let d = Data::load();
    let z = "lanzhou-htz";
    let gained = d.v(z, "national_rank", "2023") - d.v(z, "national_rank", "2024");
    assert_eq!(gained, d.v(z, "national_rank_change", "2023-2024"));
    // Zhangye's rank two years before is derived from the stated gain.
    let r2021 = d.one("zhangye-etdz", "national_rank", "2021");
    assert_eq!(r2021.get("status"), "derived");
    assert_eq!(
        r2021.value(),
        d.v("zhangye-etdz", "national_rank", "2023")
            + d.v("zhangye-etdz", "national_rank_change", "2021-2023")
    );
    // A rank lies within its peer group.
    for (zone, year) in [
        ("lanzhou-htz", "2023"),
        ("lanzhou-htz", "2024"),
        ("zhangye-etdz", "2023"),
    ] {
        assert!(d.v(zone, "national_rank", year) <= d.v(zone, "national_rank_peers", year));
    }
}

#[test]
fn shares_agree_with_their_parts() {
    let d = Data::load();
    let z = "zhangye-etdz";
    let share = d.v(z, "city_wind_solar_power_generation", "")
        / d.v(z, "city_power_generation", "")
        * 100.0;
    assert!(
        close(share, d.v(z, "city_wind_solar_generation_share", ""), 0.05),
        "{share}"
    );
    // "项目数、资金额均超过65%": Lanbai's part of the province's central guidance funds.
    for (count, stated) in [
        (
            "central_guidance_fund_projects",
            "central_guidance_fund_projects_share",
        ),
        (
            "central_guidance_fund_amount",
            "central_guidance_fund_amount_share",
        ),
    ] {
        let share = d.v("lanbai", count, "2024") / d.v("gansu", count, "2024") * 100.0;
        let row = d.one("lanbai", stated, "2024");
        assert_eq!(row.get("qualifier"), "over");
        assert!(share > row.value(), "{count}: {share}");
    }
    // The city totals derived from a zone's value and its share give that share back.
    for (part, share, total) in [
        ("gdp", "gdp_share_of_city", "city_gdp"),
        ("tax_revenue", "tax_share_of_city", "city_tax_revenue"),
    ] {
        let t = d.one(z, total, "2023");
        assert_eq!(t.get("status"), "derived");
        let back = d.v(z, part, "2023") / t.value() * 100.0;
        assert!(close(back, d.v(z, share, "2023"), 0.05), "{total}: {back}");
    }
}

#[test]
fn derived_values_are_computed_from_reported_ones() {
    let d = Data::load();
    let rd = d.one("gansu", "rd_intensity", "2024");
    assert_eq!(rd.get("status"), "derived");
    assert!(close(
        rd.value(),
        d.v("lanbai", "rd_intensity", "2024")
            - d.v("lanbai", "rd_intensity_gap_to_province", "2024"),
        1e-9
    ));
    assert!(rd.get("formula_zh").contains("2.91%") && rd.get("formula_zh").contains("1.59"));

    let before = d.one("lanbai", "gdp", "2023");
    assert_eq!(before.get("status"), "derived");
    let growth = (d.v("lanbai", "gdp", "2024") / before.value() - 1.0) * 100.0;
    assert!(
        close(growth, d.v("lanbai", "gdp_growth", "2024"), 0.05),
        "{growth}"
    );

    let g = d.one("lanzhou-htz", "gdp_growth", "2024");
    assert_eq!(g.get("status"), "derived");
    assert_eq!(
        g.get("source"),
        "gansu-daily-2025-lanbai;lanzhou-daily-2024-04-02"
    );
    let expect =
        (d.v("lanzhou-htz", "gdp", "2024") / d.v("lanzhou-htz", "gdp", "2023") - 1.0) * 100.0;
    assert!(close(g.value(), expect, 0.001));

    let count = d.one("gansu", "high_tech_enterprises", "2023");
    assert_eq!(count.get("value"), "814");
}

#[test]
fn names_are_clean_simplified_chinese() {
    let d = Data::load();
    for r in &d.rows {
        for k in ["zone_zh", "indicator_zh", "quote", "source_title"] {
            let s = r.get(k);
            assert!(!s.contains("(y") && !s.contains("(q"), "pinyin in {s}");
            for c in ["區", "經", "開", "發", "產", "億", "稅", "蘭", "張"] {
                assert!(!s.contains(c), "traditional {c} in {s}");
            }
        }
    }
}
