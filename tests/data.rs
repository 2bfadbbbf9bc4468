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
const UNITS: [&str; 19] = [
    "CNY", "percent", "pp", "count", "rank", "mu", "t", "kg", "m2", "m3", "kW", "kWh", "h", "day",
    "mm", "degC", "deg", "top_n", "year",
];
const MEASURES: [&str; 8] = [
    "level",
    "count",
    "rate",
    "share",
    "rank",
    "bracket",
    "change",
    "difference",
];
/// Each source and the article it was read from (`data/seeds/`, as the articles were found).
const SEEDS: [(&str, &str); 5] = [
    ("gansu-gov-report-2022", "000_5e94e98129a78014.txt"),
    ("gansu-daily-2022-12-19", "001_ebcb136d426124b5.txt"),
    ("zhangye-2024-10-15", "002_d6a5ce08102744b4.txt"),
    ("lanzhou-daily-2024-04-02", "003_5214532eb5fde7ef.txt"),
    ("gansu-daily-2025-lanbai", "004_d6a83d7629c32fde.txt"),
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
        let kind = r.get("zone_kind");
        // Zones are the contract's (or parks inside them); cities say so in their ids.
        let fits = match kind {
            "city" => zone.ends_with("-city"),
            "city-group" => zone.ends_with("-cities"),
            "park" => CONTRACT_ZONES
                .iter()
                .any(|z| zone.starts_with(&format!("{z}-"))),
            "province" | "zone" | "zone-group" => CONTRACT_ZONES.contains(&zone),
            _ => false,
        };
        assert!(fits, "zone {zone} of kind {kind:?}");
        assert!(UNITS.contains(&r.get("unit")), "unit {}", r.get("unit"));
        assert!(
            ["reported", "estimate", "target", "derived"].contains(&r.get("status")),
            "status {}",
            r.get("status")
        );
        assert!(
            MEASURES.contains(&r.get("measure")),
            "measure {}",
            r.get("measure")
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
        let span = period.len() == 9 && period.as_bytes()[4] == b'-';
        assert!(
            period.is_empty() || period.len() == 4 || span,
            "period {period:?}"
        );
        // The period fits what the indicator's period means.
        match r.get("period_kind") {
            "year" => assert!(
                !span,
                "{zone}/{}: a span on a yearly indicator",
                r.get("indicator")
            ),
            "span-average" | "span-change" => assert!(period.is_empty() || span),
            "as-of" => {
                assert!(period.is_empty());
                assert_eq!(r.get("as_of"), r.get("source_date"));
            }
            "none" => assert!(period.is_empty()),
            other => panic!("period kind {other:?}"),
        }
        if !r.get("basis").is_empty() {
            assert_eq!(r.get("measure"), "rate", "a basis on a non-rate");
        }
        if r.get("origin") == "derived" {
            for f in ["formula_en", "formula_zh"] {
                let t = r.get(f);
                assert!(
                    t.contains(" = ") || t.contains(" ≈ "),
                    "derived without formula: {t}"
                );
            }
            assert!(r.get("quote").is_empty());
        } else {
            assert_eq!(r.get("origin"), "article");
            assert!(!r.get("quote").is_empty(), "typed value without its quote");
            assert!(r.get("formula_en").is_empty());
            assert_ne!(r.get("status"), "derived");
        }
        if !r.get("flag").is_empty() {
            assert!(!r.get("note_zh").is_empty() && !r.get("note_en").is_empty());
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
        d.one("lanbai-cities", "rent_subsidy_households", "2024")
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
    // A value derived from an estimate is still an estimate.
    for (zone, indicator, period) in [
        ("lanbai", "gdp", "2023"),
        ("lanzhou-htz", "gdp_growth_nominal", "2024"),
    ] {
        let r = d.one(zone, indicator, period);
        assert_eq!(r.get("origin"), "derived");
        assert_eq!(r.get("status"), "estimate", "{zone}/{indicator}");
    }
}

#[test]
fn periods_say_what_kind_of_period_they_are() {
    let d = Data::load();
    // Average annual growth and cumulative reductions are spans of the plan, not 2025.
    let g = d.one("gansu", "industry_value_added_growth_avg", "2021-2025");
    assert_eq!(g.get("period_kind"), "span-average");
    let r = d.one(
        "gansu",
        "industrial_energy_intensity_reduction",
        "2021-2025",
    );
    assert_eq!(r.get("period_kind"), "span-change");
    assert_eq!(
        d.one("gansu", "industry_share_of_gdp", "2025")
            .get("period_kind"),
        "year"
    );
    // A plan with no year in its sentence has none.
    assert_eq!(
        d.one("gansu", "key_industrial_chains", "").get("period"),
        ""
    );
    // "至目前" figures refer to the article's date.
    let stock = d.one("zhangye-city", "livestock_poultry", "");
    assert_eq!(stock.get("period_kind"), "as-of");
    assert_eq!(stock.get("as_of"), "2024-10-15");
}

#[test]
fn measures_are_what_they_look_like() {
    let d = Data::load();
    // A place in a top-50 list is a bracket, not rank 50.
    let b = d.one("lanzhou-htz", "biomed_park_bracket", "2023");
    assert_eq!(b.get("measure"), "bracket");
    assert_eq!(b.get("unit"), "top_n");
    // The two national rankings are different evaluations, each with its peer group.
    let htz = d.one("lanzhou-htz", "htz_national_rank", "2024");
    let etdz = d.one("zhangye-etdz", "etdz_national_rank", "2023");
    assert_ne!(htz.get("evaluation"), etdz.get("evaluation"));
    assert_eq!(d.v("lanzhou-htz", "htz_national_rank_peers", "2024"), 178.0);
    assert_eq!(
        d.v("zhangye-etdz", "etdz_national_rank_peers", "2023"),
        230.0
    );
    // Growth rates say their basis: reported GDP growth is real, derived growth nominal.
    assert_eq!(
        d.one("lanzhou-htz", "gdp_growth", "2023").get("basis"),
        "real"
    );
    assert_eq!(
        d.one("lanzhou-htz", "gdp_growth_nominal", "2024")
            .get("basis"),
        "nominal"
    );
    assert_eq!(
        d.one("lanzhou-htz", "retail_sales_growth", "2023")
            .get("basis"),
        "nominal"
    );
}

#[test]
fn doubts_are_written_down_and_printed_words_kept() {
    let d = Data::load();
    // The article's 万千瓦时 cannot be right: the two add up to the 7400万千瓦 it gives.
    let solar = d.one("zhangye-city", "solar_thermal_exploitable_capacity", "");
    let wind = d.one("zhangye-city", "wind_exploitable_capacity", "");
    for r in [solar, wind] {
        assert_eq!(r.get("flag"), "misprint");
        assert_eq!(r.get("unit"), "kW");
        assert!(
            r.get("printed").ends_with("万千瓦时"),
            "{}",
            r.get("printed")
        );
        assert!(r.get("quote").contains("万千瓦时"));
    }
    let total = d.v("zhangye-city", "renewable_exploitable_capacity", "");
    assert_eq!(solar.value() + wind.value(), total);
    // The province's 836 high-tech enterprises sits badly beside Lanzhou HTZ's 502.
    let all = d.one("gansu", "high_tech_enterprises", "2024");
    assert_eq!(all.get("flag"), "doubtful");
    assert!(all.get("note_en").contains("502"));
    // ...and the doubt follows the value derived from it.
    assert_eq!(
        d.one("gansu", "high_tech_enterprises", "2023").get("flag"),
        "doubtful"
    );
}

#[test]
fn city_facts_are_filed_under_cities() {
    let d = Data::load();
    for (zone, indicator) in [
        ("zhangye-city", "livestock_poultry"),
        ("zhangye-city", "installed_power_capacity"),
        ("zhangye-city", "latitude"),
        ("lanbai-cities", "youth_fund_projects"),
        ("lanbai-cities", "affordable_rental_housing"),
    ] {
        let r = d
            .rows
            .iter()
            .find(|r| r.get("zone") == zone && r.get("indicator") == indicator);
        let r = r.unwrap_or_else(|| panic!("{zone}/{indicator} missing"));
        assert!(r.get("zone_kind").starts_with("city"));
    }
    // No zone holds a value the article states of its city.
    assert!(!d
        .rows
        .iter()
        .any(|r| r.get("zone_kind") == "zone" && r.get("indicator").starts_with("city_")));
}

/// The words of a quote that name a place of a kind: 全市 (the city), 两市 (the two
/// cities), 全省 (the province). Where the word is the subject, the row's entity must be of
/// that kind; "占全市" (a share of the city's), "比全省" (a comparison) and "在全市…中" (a
/// setting) name another entity and are skipped.
#[test]
fn the_place_a_quote_names_is_the_rows_entity() {
    let d = Data::load();
    let mut checked = 0;
    for r in d.rows.iter().filter(|r| r.get("origin") == "article") {
        let quote = r.get("quote");
        for (word, kinds) in [
            ("全市", &["city"][..]),
            ("两市", &["city-group"][..]),
            ("全省", &["province"][..]),
        ] {
            let Some(i) = quote.find(word) else { continue };
            let before = quote[..i].chars().last();
            if matches!(before, Some('占' | '比' | '在' | '于')) {
                continue;
            }
            checked += 1;
            assert!(
                kinds.contains(&r.get("zone_kind")),
                "{}/{}: the quote names {word} but the entity is a {}",
                r.get("zone"),
                r.get("indicator"),
                r.get("zone_kind")
            );
        }
    }
    assert!(checked >= 5, "only {checked} quotes checked");
}

/// The articles as the dataset reads them: the converter's pinyin annotations removed and
/// traditional characters converted to simplified (the seeds themselves stay untouched).
fn normalised_seed(file: &str) -> String {
    let text = std::fs::read_to_string(format!("{}/data/seeds/{file}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("data/seeds/{file}: {e}"));
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(')') {
            Some(close)
                if close > 0
                    && after[..close].chars().all(|c| {
                        c.is_alphabetic() && !c.is_ascii_uppercase() && (c as u32) < 0x2000
                    }) =>
            {
                rest = &after[close + 1..];
            }
            _ => {
                out.push('(');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let t2s =
        ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s).unwrap();
    t2s.convert(&out)
}

#[test]
fn every_quote_is_found_in_its_article() {
    let d = Data::load();
    let seeds: HashMap<&str, String> = SEEDS
        .iter()
        .map(|(id, f)| (*id, normalised_seed(f)))
        .collect();
    let mut n = 0;
    for r in d.rows.iter().filter(|r| r.get("origin") == "article") {
        let text = &seeds[r.get("source")];
        let quote = r.get("quote");
        assert!(
            text.contains(quote),
            "{}/{}: quote not in {}: {quote}",
            r.get("zone"),
            r.get("indicator"),
            r.get("source")
        );
        n += 1;
    }
    assert!(n > 150);
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
    // Lanbai's central guidance funds are part of the province's.
    for i in [
        "central_guidance_fund_projects",
        "central_guidance_fund_amount",
    ] {
        assert!(d.v("lanbai", i, "2024") < d.v("gansu", i, "2024"));
    }
}

#[test]
fn rank_changes_match_the_ranks() {
    let d = Data::load();
    let z = "lanzhou-htz";
    let gained = d.v(z, "htz_national_rank", "2023") - d.v(z, "htz_national_rank", "2024");
    assert_eq!(gained, d.v(z, "htz_national_rank_change", "2023-2024"));
    // Zhangye's rank two years before is derived from the stated gain.
    let r2021 = d.one("zhangye-etdz", "etdz_national_rank", "2021");
    assert_eq!(r2021.get("status"), "derived");
    assert_eq!(
        r2021.value(),
        d.v("zhangye-etdz", "etdz_national_rank", "2023")
            + d.v("zhangye-etdz", "etdz_national_rank_change", "2021-2023")
    );
    // A rank lies within its peer group.
    for (zone, rank, year) in [
        ("lanzhou-htz", "htz_national_rank", "2023"),
        ("lanzhou-htz", "htz_national_rank", "2024"),
        ("zhangye-etdz", "etdz_national_rank", "2023"),
    ] {
        assert!(d.v(zone, rank, year) <= d.v(zone, &format!("{rank}_peers"), year));
    }
}

#[test]
fn shares_agree_with_their_parts() {
    let d = Data::load();
    let z = "zhangye-city";
    let share = d.v(z, "wind_solar_power_generation", "") / d.v(z, "power_generation", "") * 100.0;
    assert!(
        close(share, d.v(z, "wind_solar_generation_share", ""), 0.05),
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
    // The city totals derived from a zone's value and its share hold that share within
    // their range, and are filed under the city.
    for (part, share) in [
        ("gdp", "gdp_share_of_city"),
        ("tax_revenue", "tax_share_of_city"),
    ] {
        let t = d.one("zhangye-city", part, "2023");
        assert_eq!(t.get("status"), "derived");
        let lo: f64 = t.get("low").parse().unwrap();
        let hi: f64 = t.get("high").parse().unwrap();
        let back_hi = d.v("zhangye-etdz", part, "2023") / lo * 100.0;
        let back_lo = d.v("zhangye-etdz", part, "2023") / hi * 100.0;
        let s = d.v("zhangye-etdz", share, "2023");
        assert!(back_lo <= s && s <= back_hi, "{part}: {back_lo}–{back_hi}");
    }
}

/// Half a unit of the last digit the article printed, in the canonical unit.
fn half_unit(r: &Row) -> f64 {
    let printed = r.get("printed");
    let digits: String = printed
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let shown: f64 = digits.parse().unwrap();
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len() as i32);
    let scale = r.value() / shown;
    let whole = ["count", "rank"].contains(&r.get("unit"));
    if whole && decimals == 0 && (scale - 1.0).abs() < 1e-9 {
        0.0
    } else {
        0.5 * 10f64.powi(-decimals) * scale
    }
}

/// Every derived value recomputed from its inputs, with the range its inputs' rounding
/// allows; the value shown to the digit that range supports, never finer.
#[test]
fn derived_values_are_recomputed_with_their_ranges() {
    let d = Data::load();
    let input = |z: &str, i: &str, p: &str| {
        let r = d.one(z, i, p);
        let h = half_unit(r);
        (r.value(), r.value() - h, r.value() + h)
    };
    type Case = (&'static str, &'static str, &'static str, (f64, f64, f64));
    let (g, glo, ghi) = input("zhangye-etdz", "gdp", "2023");
    let (s, slo, shi) = input("zhangye-etdz", "gdp_share_of_city", "2023");
    let (t, tlo, thi) = input("zhangye-etdz", "tax_revenue", "2023");
    let (ts, tslo, tshi) = input("zhangye-etdz", "tax_share_of_city", "2023");
    let (l, llo, lhi) = input("lanbai", "gdp", "2024");
    let (r, rlo, rhi) = input("lanbai", "gdp_growth", "2024");
    let (h, hlo, hhi) = input("gansu", "high_tech_enterprises", "2024");
    let (hg, hglo, hghi) = input("gansu", "high_tech_enterprises_growth", "2024");
    let (n, nlo, nhi) = input("lanzhou-htz", "gdp", "2024");
    let (o, olo, ohi) = input("lanzhou-htz", "gdp", "2023");
    let (a, alo, ahi) = input("lanbai", "rd_intensity", "2024");
    let (b, blo, bhi) = input("lanbai", "rd_intensity_gap_to_province", "2024");
    let (k, _, _) = input("zhangye-etdz", "etdz_national_rank", "2023");
    let (c, _, _) = input("zhangye-etdz", "etdz_national_rank_change", "2021-2023");
    let cases: [Case; 7] = [
        (
            "zhangye-city",
            "gdp",
            "2023",
            (g / s * 100.0, glo / shi * 100.0, ghi / slo * 100.0),
        ),
        (
            "zhangye-city",
            "tax_revenue",
            "2023",
            (t / ts * 100.0, tlo / tshi * 100.0, thi / tslo * 100.0),
        ),
        (
            "lanbai",
            "gdp",
            "2023",
            (
                l / (1.0 + r / 100.0),
                llo / (1.0 + rhi / 100.0),
                lhi / (1.0 + rlo / 100.0),
            ),
        ),
        (
            "gansu",
            "high_tech_enterprises",
            "2023",
            (
                h / (1.0 + hg / 100.0),
                hlo / (1.0 + hghi / 100.0),
                hhi / (1.0 + hglo / 100.0),
            ),
        ),
        (
            "lanzhou-htz",
            "gdp_growth_nominal",
            "2024",
            (
                (n / o - 1.0) * 100.0,
                (nlo / ohi - 1.0) * 100.0,
                (nhi / olo - 1.0) * 100.0,
            ),
        ),
        (
            "gansu",
            "rd_intensity",
            "2024",
            (a - b, alo - bhi, ahi - blo),
        ),
        (
            "zhangye-etdz",
            "etdz_national_rank",
            "2021",
            (k + c, k + c, k + c),
        ),
    ];
    let derived = d
        .rows
        .iter()
        .filter(|r| r.get("origin") == "derived")
        .count();
    assert_eq!(
        derived,
        cases.len(),
        "a derived value without a recomputation here"
    );
    for (zone, indicator, period, (exact, lo, hi)) in cases {
        let row = d.one(zone, indicator, period);
        assert_eq!(row.get("origin"), "derived");
        let shown = row.value();
        if lo == hi {
            assert_eq!(shown, exact, "{zone}/{indicator}");
            assert_eq!(row.get("low"), "");
            continue;
        }
        // The step is the largest power of ten within the range; the value is rounded to it.
        let mut step = 10f64.powi((hi - lo).log10().floor() as i32);
        if ["count", "rank"].contains(&row.get("unit")) {
            step = step.max(1.0);
        }
        let expect = (exact / step).round() * step;
        assert!(
            (shown - expect).abs() <= step * 1e-6,
            "{zone}/{indicator}: shown {shown}, expected {expect} (step {step})"
        );
        let (low, high): (f64, f64) = (
            row.get("low").parse().unwrap(),
            row.get("high").parse().unwrap(),
        );
        let tol = step / 10.0 + 1e-9 * hi.abs();
        assert!(
            low <= lo + 1e-9 * lo.abs() && lo - low <= tol,
            "{zone}/{indicator}: low {low} vs {lo}"
        );
        assert!(
            high >= hi - 1e-9 * hi.abs() && high - hi <= tol,
            "{zone}/{indicator}: high {high} vs {hi}"
        );
        assert!(low <= exact && exact <= high);
    }
    // Stated assumptions are part of the formula.
    assert!(d
        .one("lanbai", "gdp", "2023")
        .get("formula_en")
        .contains("Assumes the rate is nominal"));
    // The precision shown is no finer than the inputs support: 176.25 ÷ 29% is about 610亿.
    assert_eq!(d.v("zhangye-city", "gdp", "2023"), 61_000_000_000.0);
}

#[test]
fn names_are_clean_simplified_chinese() {
    let d = Data::load();
    for r in &d.rows {
        for k in [
            "zone_zh",
            "indicator_zh",
            "quote",
            "source_title",
            "note_zh",
        ] {
            let s = r.get(k);
            assert!(!s.contains("(y") && !s.contains("(q"), "pinyin in {s}");
            for c in ["區", "經", "開", "發", "產", "億", "稅", "蘭", "張"] {
                assert!(!s.contains(c), "traditional {c} in {s}");
            }
        }
    }
    // Official names.
    assert_eq!(
        d.one("lanzhou-htz", "gdp", "2023").get("zone_en"),
        "Lanzhou National Hi-tech Industrial Development Zone"
    );
    assert_eq!(
        d.one("lanzhou-htz", "gdp", "2023").get("zone_zh"),
        "兰州高新技术产业开发区"
    );
}
