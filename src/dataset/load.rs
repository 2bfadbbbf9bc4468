//! Reading and validating the data files in `data/`.
//!
//! `build.rs` runs this at compile time (a malformed file fails the build with
//! file, line and field), and native tests run it on broken inputs.
//! Self-contained apart from `super::vocab`, so `build.rs` can include it.

use super::vocab::{self, Qualifier, Status, Unit};
use std::collections::HashSet;
use std::fmt;

/// Zone ids fixed by the product contract; parks may extend them (`zhangye-etdz-…`).
pub const CONTRACT_ZONES: [&str; 7] = [
    "gansu",
    "lanbai",
    "lanzhou-new-area",
    "lanzhou-htz",
    "lanzhou-etdz",
    "baiyin-htz",
    "zhangye-etdz",
];

pub const CATEGORIES: [&str; 14] = [
    "gdp",
    "composition",
    "tax",
    "investment",
    "ranking",
    "enterprises",
    "innovation",
    "talent",
    "energy",
    "agriculture",
    "land",
    "climate",
    "plan",
    "other",
];

pub const SOURCE_HEADER: [&str; 8] = [
    "id",
    "outlet_zh",
    "outlet_en",
    "title_zh",
    "title_en",
    "date",
    "seed",
    "note",
];
pub const ZONE_HEADER: [&str; 6] = ["id", "name_zh", "name_en", "short_zh", "short_en", "parent"];
pub const INDICATOR_HEADER: [&str; 5] = ["id", "name_zh", "name_en", "unit", "category"];
pub const VALUE_HEADER: [&str; 9] = [
    "zone",
    "indicator",
    "period",
    "value",
    "unit",
    "status",
    "source",
    "qualifier",
    "quote",
];

/// One data file: its path (for messages) and its text.
#[derive(Clone, Copy)]
pub struct DataFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// What is wrong, and where: `data/values.csv:12: field `unit`: …`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub path: String,
    pub line: u64,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: field `{}`: {}",
            self.path, self.line, self.field, self.message
        )
    }
}

impl std::error::Error for DataError {}

#[derive(Debug, Clone)]
pub struct SourceRec {
    pub id: String,
    pub outlet_zh: String,
    pub outlet_en: String,
    pub title_zh: String,
    pub title_en: String,
    pub date: String,
    pub seed: String,
    pub note: String,
}

#[derive(Debug, Clone)]
pub struct ZoneRec {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub short_zh: String,
    pub short_en: String,
    pub parent: String,
}

#[derive(Debug, Clone)]
pub struct IndicatorRec {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub unit: Unit,
    pub category: String,
}

#[derive(Debug, Clone)]
pub struct ValueRec {
    pub line: u64,
    pub zone: String,
    pub indicator: String,
    pub period: String,
    /// The number and unit as the article writes them: `176.25`, `亿元`.
    pub written_value: String,
    pub written_unit: String,
    /// The same number in the indicator's canonical unit, exactly: `17625000000`.
    pub exact: String,
    pub value: f64,
    pub status: Status,
    pub source: String,
    pub qualifier: Qualifier,
    pub quote: String,
}

#[derive(Debug, Clone)]
pub struct Loaded {
    pub sources: Vec<SourceRec>,
    pub zones: Vec<ZoneRec>,
    pub indicators: Vec<IndicatorRec>,
    pub values: Vec<ValueRec>,
}

/// A row being read: knows its file and line, so every check can say where.
struct Row<'a> {
    path: &'a str,
    line: u64,
    header: &'a [&'a str],
    record: csv::StringRecord,
}

impl Row<'_> {
    fn err(&self, field: &str, message: impl Into<String>) -> DataError {
        DataError {
            path: self.path.to_string(),
            line: self.line,
            field: field.to_string(),
            message: message.into(),
        }
    }

    fn get(&self, field: &str) -> &str {
        let i = self.header.iter().position(|h| *h == field).unwrap_or(0);
        self.record.get(i).unwrap_or("")
    }

    fn required(&self, field: &str) -> Result<String, DataError> {
        let v = self.get(field);
        if v.trim().is_empty() {
            return Err(self.err(field, "is empty"));
        }
        if v.trim() != v {
            return Err(self.err(field, format!("has spaces around {v:?}")));
        }
        Ok(v.to_string())
    }

    fn id(&self, field: &str, sep: char) -> Result<String, DataError> {
        let v = self.required(field)?;
        let ok = v
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == sep)
            && !v.starts_with(sep)
            && !v.ends_with(sep);
        if !ok {
            return Err(self.err(
                field,
                format!("{v:?} is not an id (lowercase letters, digits and '{sep}')"),
            ));
        }
        Ok(v)
    }

    /// Chinese text must be clean simplified Chinese: no converter's pinyin
    /// annotations such as 頁(yè), no traditional characters the articles carry.
    fn chinese(&self, field: &str, required: bool) -> Result<String, DataError> {
        let v = if required {
            self.required(field)?
        } else {
            self.get(field).to_string()
        };
        if let Some(c) = v.chars().find(|c| TRADITIONAL.contains(*c)) {
            return Err(self.err(field, format!("traditional character {c:?} in {v:?}")));
        }
        if has_pinyin_annotation(&v) {
            return Err(self.err(field, format!("pinyin annotation in {v:?}")));
        }
        Ok(v)
    }
}

/// Traditional characters that occur in the source articles and must not reach
/// the dataset (their simplified forms are used instead).
const TRADITIONAL: &str = "區經開發產業億稅萬張蘭銀術設資進實與會國際點頁個為這們長東門書電車華現總組織計劃劃營廠園項職機關財規達衛鄉縣級錢貸費幣場應氣兩濟環體";

fn has_pinyin_annotation(s: &str) -> bool {
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        if let Some(close) = after.find(')') {
            let inner = &after[..close];
            if !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_alphabetic() && !c.is_ascii_uppercase() && (c as u32) < 0x2000)
            {
                return true;
            }
        }
        rest = after;
    }
    false
}

fn read_rows<'a>(file: DataFile<'a>, header: &'a [&'a str]) -> Result<Vec<Row<'a>>, DataError> {
    let fail = |line: u64, field: &str, message: String| DataError {
        path: file.path.to_string(),
        line,
        field: field.to_string(),
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(file.text.as_bytes());
    let found = reader
        .headers()
        .map_err(|e| fail(1, "header", e.to_string()))?
        .clone();
    let found: Vec<&str> = found.iter().collect();
    if found != header {
        return Err(fail(
            1,
            "header",
            format!(
                "expected `{}`, found `{}`",
                header.join(","),
                found.join(",")
            ),
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            let message = match e.kind() {
                csv::ErrorKind::UnequalLengths { len, .. } => {
                    format!("row has {len} fields, the header has {}", header.len())
                }
                _ => e.to_string(),
            };
            fail(line, "row", message)
        })?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        rows.push(Row {
            path: file.path,
            line,
            header,
            record,
        });
    }
    Ok(rows)
}

fn unique(row: &Row, field: &str, id: &str, seen: &mut HashSet<String>) -> Result<(), DataError> {
    if !seen.insert(id.to_string()) {
        return Err(row.err(field, format!("duplicate id {id:?}")));
    }
    Ok(())
}

fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m] => num(y, 4) && num(m, 2),
        [y, m, day] => num(y, 4) && num(m, 2) && num(day, 2),
        _ => false,
    }
}

pub fn load(
    sources: DataFile,
    zones: DataFile,
    indicators: DataFile,
    values: DataFile,
) -> Result<Loaded, DataError> {
    let mut out = Loaded {
        sources: Vec::new(),
        zones: Vec::new(),
        indicators: Vec::new(),
        values: Vec::new(),
    };

    let mut seen = HashSet::new();
    for row in read_rows(sources, &SOURCE_HEADER)? {
        let id = row.id("id", '-')?;
        unique(&row, "id", &id, &mut seen)?;
        let date = row.required("date")?;
        if !valid_date(&date) {
            return Err(row.err("date", format!("{date:?} is not YYYY-MM-DD or YYYY-MM")));
        }
        out.sources.push(SourceRec {
            id,
            outlet_zh: row.chinese("outlet_zh", true)?,
            outlet_en: row.required("outlet_en")?,
            title_zh: row.chinese("title_zh", true)?,
            title_en: row.required("title_en")?,
            date,
            seed: row.required("seed")?,
            note: row.get("note").to_string(),
        });
    }

    let zone_rows = read_rows(zones, &ZONE_HEADER)?;
    let zone_ids: HashSet<String> = zone_rows.iter().map(|r| r.get("id").to_string()).collect();
    let mut seen = HashSet::new();
    for row in zone_rows {
        let id = row.id("id", '-')?;
        unique(&row, "id", &id, &mut seen)?;
        let in_contract = CONTRACT_ZONES
            .iter()
            .any(|z| id == *z || id.starts_with(&format!("{z}-")));
        if !in_contract {
            return Err(row.err(
                "id",
                format!(
                    "{id:?} is neither a contract zone ({}) nor a park id that starts with one",
                    CONTRACT_ZONES.join(", ")
                ),
            ));
        }
        let parent = row.get("parent").to_string();
        if !parent.is_empty() && !zone_ids.contains(&parent) {
            return Err(row.err("parent", format!("unknown zone {parent:?}")));
        }
        out.zones.push(ZoneRec {
            id,
            name_zh: row.chinese("name_zh", true)?,
            name_en: row.required("name_en")?,
            short_zh: row.chinese("short_zh", true)?,
            short_en: row.required("short_en")?,
            parent,
        });
    }
    for z in CONTRACT_ZONES {
        if !seen.contains(z) {
            return Err(DataError {
                path: zones.path.to_string(),
                line: 0,
                field: "id".into(),
                message: format!("contract zone {z:?} is missing"),
            });
        }
    }

    let mut seen = HashSet::new();
    for row in read_rows(indicators, &INDICATOR_HEADER)? {
        let id = row.id("id", '_')?;
        unique(&row, "id", &id, &mut seen)?;
        let unit_id = row.required("unit")?;
        let unit = Unit::parse(&unit_id).ok_or_else(|| {
            let known: Vec<&str> = Unit::ALL.iter().map(|u| u.id()).collect();
            row.err(
                "unit",
                format!("unknown unit {unit_id:?} (known: {})", known.join(", ")),
            )
        })?;
        let category = row.required("category")?;
        if !CATEGORIES.contains(&category.as_str()) {
            return Err(row.err(
                "category",
                format!(
                    "unknown category {category:?} (known: {})",
                    CATEGORIES.join(", ")
                ),
            ));
        }
        out.indicators.push(IndicatorRec {
            id,
            name_zh: row.chinese("name_zh", true)?,
            name_en: row.required("name_en")?,
            unit,
            category,
        });
    }

    let mut keys = HashSet::new();
    for row in read_rows(values, &VALUE_HEADER)? {
        let zone = row.required("zone")?;
        if !out.zones.iter().any(|z| z.id == zone) {
            return Err(row.err("zone", format!("unknown zone {zone:?}")));
        }
        let indicator = row.required("indicator")?;
        let Some(ind) = out.indicators.iter().find(|i| i.id == indicator) else {
            return Err(row.err("indicator", format!("unknown indicator {indicator:?}")));
        };
        let period = row.get("period").to_string();
        if !vocab::valid_period(&period) {
            return Err(row.err(
                "period",
                format!("{period:?} is not a year (2023), a span (2021-2025) or empty"),
            ));
        }
        let written_value = row.required("value")?;
        let written_unit = row.required("unit")?;
        let Some((unit, exp)) = vocab::written_unit(&written_unit) else {
            let known: Vec<&str> = vocab::WRITTEN_UNITS.iter().map(|w| w.0).collect();
            return Err(row.err(
                "unit",
                format!("unknown unit {written_unit:?} (known: {})", known.join(" ")),
            ));
        };
        if unit != ind.unit {
            return Err(row.err(
                "unit",
                format!(
                    "{written_unit:?} converts to {}, but indicator {indicator:?} is in {}",
                    unit.id(),
                    ind.unit.id()
                ),
            ));
        }
        let exact = vocab::shift_decimal(&written_value, exp).ok_or_else(|| {
            row.err(
                "value",
                format!("{written_value:?} is not a decimal number"),
            )
        })?;
        let value: f64 = exact
            .parse()
            .map_err(|_| row.err("value", format!("{written_value:?} is not a number")))?;
        let status_id = row.required("status")?;
        let status =
            match Status::parse(&status_id) {
                Some(Status::Derived) => return Err(row.err(
                    "status",
                    "`derived` values are computed in code (src/dataset/derive.rs), not typed in",
                )),
                Some(s) => s,
                None => {
                    return Err(row.err(
                        "status",
                        format!("{status_id:?} is not one of reported, estimate, target"),
                    ))
                }
            };
        let source = row.required("source")?;
        if !out.sources.iter().any(|s| s.id == source) {
            return Err(row.err("source", format!("unknown source {source:?}")));
        }
        let qualifier_id = row.get("qualifier");
        let qualifier = Qualifier::parse(qualifier_id).ok_or_else(|| {
            row.err(
                "qualifier",
                format!("{qualifier_id:?} is not one of (empty), over, about, under"),
            )
        })?;
        let quote = row.chinese("quote", true)?;
        let key = format!("{zone}|{indicator}|{period}|{source}");
        if !keys.insert(key) {
            return Err(row.err(
                "indicator",
                format!("duplicate value for {zone} / {indicator} / {period:?} / {source}"),
            ));
        }
        out.values.push(ValueRec {
            line: row.line,
            zone,
            indicator,
            period,
            written_value,
            written_unit,
            exact,
            value,
            status,
            source,
            qualifier,
            quote,
        });
    }
    for ind in &out.indicators {
        if !out.values.iter().any(|v| v.indicator == ind.id) {
            return Err(DataError {
                path: indicators.path.to_string(),
                line: 0,
                field: "id".into(),
                message: format!("indicator {:?} has no values", ind.id),
            });
        }
    }
    Ok(out)
}
