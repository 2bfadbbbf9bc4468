//! The wasm API in a real browser (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use gansu_zones::web;
use js_sys::{Array, Error, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn message(err: JsValue) -> String {
    let err: Error = err.dyn_into().expect("a JS Error");
    String::from(err.message())
}

#[wasm_bindgen_test]
fn lists_zones_indicators_and_sources() {
    let zones = Array::from(&web::zones().unwrap());
    let ids: Vec<String> = zones
        .iter()
        .map(|z| get(&z, "id").as_string().unwrap())
        .collect();
    for id in [
        "gansu",
        "lanbai",
        "lanzhou-new-area",
        "lanzhou-htz",
        "lanzhou-etdz",
        "baiyin-htz",
        "zhangye-etdz",
    ] {
        assert!(
            ids.contains(&id.to_string()),
            "zone {id} missing from {ids:?}"
        );
    }
    let indicators = Array::from(&web::indicators().unwrap());
    assert!(
        indicators.length() > 50,
        "{} indicators",
        indicators.length()
    );
    let gdp = indicators
        .iter()
        .find(|i| get(i, "id").as_string().as_deref() == Some("gdp"))
        .expect("gdp indicator");
    assert_eq!(get(&gdp, "unit").as_string().unwrap(), "CNY");
    assert_eq!(get(&gdp, "name_zh").as_string().unwrap(), "地区生产总值");
    let sources = Array::from(&web::sources().unwrap());
    assert_eq!(sources.length(), 5);
}

#[wasm_bindgen_test]
fn series_returns_values_with_sources() {
    let s = Array::from(&web::series("zhangye-etdz", "gdp").unwrap());
    assert_eq!(s.length(), 1);
    let f = s.get(0);
    assert_eq!(get(&f, "period").as_string().unwrap(), "2023");
    assert_eq!(get(&f, "value").as_f64().unwrap(), 17_625_000_000.0);
    assert_eq!(get(&f, "label_zh").as_string().unwrap(), "176.25亿元");
    assert_eq!(get(&f, "label_en").as_string().unwrap(), "CNY 17.6 bn");
    assert_eq!(get(&f, "status").as_string().unwrap(), "reported");
    let sources = Array::from(&get(&f, "sources"));
    assert_eq!(sources.get(0).as_string().unwrap(), "zhangye-2024-10-15");

    // Oldest first, and derived values carry their formula.
    let lanbai = Array::from(&web::series("lanbai", "gdp").unwrap());
    let periods: Vec<String> = lanbai
        .iter()
        .map(|f| get(&f, "period").as_string().unwrap())
        .collect();
    assert_eq!(periods, ["2023", "2024"]);
    let derived = lanbai.get(0);
    assert_eq!(get(&derived, "status").as_string().unwrap(), "derived");
    assert!(get(&derived, "formula_zh")
        .as_string()
        .unwrap()
        .contains("6.78%"));
}

#[wasm_bindgen_test]
fn unknown_ids_throw_errors_naming_the_valid_ones() {
    let m = message(web::series("lanzhou", "gdp").unwrap_err().into());
    assert!(m.contains("unknown zone \"lanzhou\""), "{m}");
    assert!(
        m.contains("lanzhou-htz") && m.contains("zhangye-etdz"),
        "{m}"
    );
    let m = message(web::series("lanbai", "gpd").unwrap_err().into());
    assert!(m.contains("unknown indicator \"gpd\""), "{m}");
    assert!(m.contains("gdp") && m.contains("tax_revenue"), "{m}");
}

#[wasm_bindgen_test]
fn csv_is_the_whole_dataset() {
    let csv = web::csv();
    let first = csv.lines().next().unwrap();
    assert!(first.starts_with("zone,indicator,period,value,unit,status,source"));
    assert!(csv.lines().count() > 120);
    assert!(csv.contains("zhangye-etdz,gdp,2023,17625000000,CNY,reported,zhangye-2024-10-15"));
    let facts = Array::from(&web::facts().unwrap());
    assert_eq!(facts.length() as usize, csv.lines().count() - 1);
}
