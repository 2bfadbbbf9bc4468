//! Reading and validating the data files in `data/`.
//!
//! `build.rs` runs this at compile time (a malformed file fails the build with
//! file, line and field), and native tests run it on broken inputs.
//! Self-contained apart from `super::vocab`, so `build.rs` can include it.

use super::vocab::{self, Basis, EntityKind, Flag, Measure, PeriodKind, Qualifier, Status, Unit};
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
pub const ZONE_HEADER: [&str; 10] = [
    "id", "kind", "name_zh", "name_en", "short_zh", "short_en", "parent", "city", "note_zh",
    "note_en",
];
pub const INDICATOR_HEADER: [&str; 10] = [
    "id",
    "name_zh",
    "name_en",
    "unit",
    "category",
    "measure",
    "basis",
    "period_kind",
    "evaluation",
    "peers",
];
pub const VALUE_HEADER: [&str; 13] = [
    "zone",
    "indicator",
    "period",
    "value",
    "unit",
    "status",
    "source",
    "qualifier",
    "quote",
    "read_as",
    "flag",
    "note_zh",
    "note_en",
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
    pub kind: EntityKind,
    pub name_zh: String,
    pub name_en: String,
    pub short_zh: String,
    pub short_en: String,
    /// The group the entity adds up into (a zone into 兰白两区, a city into the province).
    pub parent: String,
    /// The city a zone or park lies in (its "share of the city" is of this city).
    pub city: String,
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Debug, Clone)]
pub struct IndicatorRec {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub unit: Unit,
    pub category: String,
    pub measure: Measure,
    pub basis: Basis,
    pub period_kind: PeriodKind,
    /// For ranks, brackets and their changes: the ranking they belong to.
    pub evaluation: String,
    /// For ranks: the indicator holding the size of the peer group.
    pub peers: String,
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
    pub flag: Flag,
    pub note_zh: String,
    pub note_en: String,
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
        for (i, v) in record.iter().enumerate() {
            let field = header.get(i).copied().unwrap_or("row");
            if v.contains('\0') {
                return Err(fail(line, field, "contains a NUL byte".into()));
            }
            if v.contains(['\n', '\r']) {
                return Err(fail(line, field, "contains a line break".into()));
            }
        }
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

/// `YYYY-MM` or `YYYY-MM-DD`, a real month and day.
fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, n: usize| {
        (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok())
    };
    let month = |m: &str| num(m, 2).flatten().filter(|m| (1..=12).contains(m));
    match parts.as_slice() {
        [y, m] => num(y, 4).is_some() && month(m).is_some(),
        [y, m, day] => {
            let (Some(Some(y)), Some(m), Some(Some(d))) = (num(y, 4), month(m), num(day, 2)) else {
                return false;
            };
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            let days = [
                31,
                if leap { 29 } else { 28 },
                31,
                30,
                31,
                30,
                31,
                31,
                30,
                31,
                30,
                31,
            ];
            (1..=days[m as usize - 1]).contains(&d)
        }
        _ => false,
    }
}

/// Line endings other than LF or CRLF (a lone CR) would join or split rows silently.
fn check_line_endings(file: DataFile) -> Result<(), DataError> {
    let bytes = file.text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            let line = bytes[..i].iter().filter(|b| **b == b'\n').count() as u64 + 1;
            return Err(DataError {
                path: file.path.to_string(),
                line,
                field: "row".into(),
                message: "a lone CR line ending (use LF or CRLF)".into(),
            });
        }
    }
    Ok(())
}

/// Where the first invalid UTF-8 byte of a data file lies: (line, field index).
pub fn invalid_utf8_position(bytes: &[u8]) -> Option<(u64, usize)> {
    let at = match std::str::from_utf8(bytes) {
        Ok(_) => return None,
        Err(e) => e.valid_up_to(),
    };
    let before = &bytes[..at];
    let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let mut field = 0;
    let mut quoted = false;
    for b in &before[line_start..] {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => field += 1,
            _ => {}
        }
    }
    Some((line, field))
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

    for file in [sources, zones, indicators, values] {
        check_line_endings(file)?;
    }
    let zone_rows = read_rows(zones, &ZONE_HEADER)?;
    let zone_ids: HashSet<String> = zone_rows.iter().map(|r| r.get("id").to_string()).collect();
    let mut seen = HashSet::new();
    for row in zone_rows {
        let id = row.id("id", '-')?;
        unique(&row, "id", &id, &mut seen)?;
        let kind_id = row.required("kind")?;
        let kind = EntityKind::parse(&kind_id).ok_or_else(|| {
            let known: Vec<&str> = EntityKind::ALL.iter().map(|k| k.id()).collect();
            row.err(
                "kind",
                format!("unknown kind {kind_id:?} (known: {})", known.join(", ")),
            )
        })?;
        // Cities are not zones: their ids say so, so a URL or CSV never confuses the two.
        let id_fits = match kind {
            EntityKind::City => id.ends_with("-city"),
            EntityKind::CityGroup => id.ends_with("-cities"),
            EntityKind::Park => CONTRACT_ZONES
                .iter()
                .any(|z| id.starts_with(&format!("{z}-"))),
            _ => CONTRACT_ZONES.contains(&id.as_str()),
        };
        if !id_fits {
            return Err(row.err(
                "id",
                format!(
                    "{id:?} does not fit kind {kind_id}: zones are the contract's ({}), parks start with their zone's id, cities end in -city, groups of cities in -cities",
                    CONTRACT_ZONES.join(", ")
                ),
            ));
        }
        for field in ["parent", "city"] {
            let v = row.get(field);
            if !v.is_empty() && !zone_ids.contains(v) {
                return Err(row.err(field, format!("unknown entity {v:?}")));
            }
        }
        out.zones.push(ZoneRec {
            id,
            kind,
            name_zh: row.chinese("name_zh", true)?,
            name_en: row.required("name_en")?,
            short_zh: row.chinese("short_zh", true)?,
            short_en: row.required("short_en")?,
            parent: row.get("parent").to_string(),
            city: row.get("city").to_string(),
            note_zh: row.chinese("note_zh", false)?,
            note_en: row.get("note_en").to_string(),
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
        let parse = |field: &str, known: &[&str]| -> Result<String, DataError> {
            let v = row.get(field).to_string();
            if known.contains(&v.as_str()) {
                Ok(v)
            } else {
                Err(row.err(
                    field,
                    format!("unknown {field} {v:?} (known: {})", known.join(", ")),
                ))
            }
        };
        let ids = |all: &[&'static str]| all.to_vec();
        let measure =
            Measure::parse(&parse("measure", &ids(&Measure::ALL.map(Measure::id)))?).unwrap();
        let basis = Basis::parse(&parse("basis", &["", "real", "nominal"])?).unwrap();
        let period_kind = PeriodKind::parse(&parse(
            "period_kind",
            &ids(&PeriodKind::ALL.map(PeriodKind::id)),
        )?)
        .unwrap();
        // The unit must be one the measure can have.
        let unit_fits = match measure {
            Measure::Rank => unit == Unit::Rank,
            Measure::Bracket => unit == Unit::TopN,
            Measure::Rate | Measure::Share => unit == Unit::Percent,
            Measure::Count => unit == Unit::Count,
            Measure::Change => matches!(unit, Unit::Percent | Unit::Rank),
            Measure::Difference => matches!(unit, Unit::Pp | Unit::Rank),
            Measure::Level => !matches!(
                unit,
                Unit::Percent | Unit::Pp | Unit::Rank | Unit::TopN | Unit::Count
            ),
        };
        if !unit_fits {
            return Err(row.err(
                "unit",
                format!("a {} cannot be in {}", measure.id(), unit.id()),
            ));
        }
        if basis != Basis::None && measure != Measure::Rate {
            return Err(row.err("basis", "only a rate has a price basis"));
        }
        if measure == Measure::Rate && unit != Unit::Percent {
            return Err(row.err("unit", "a rate is in percent"));
        }
        let spans = matches!(
            period_kind,
            PeriodKind::SpanAverage | PeriodKind::SpanChange
        );
        if period_kind == PeriodKind::SpanAverage && measure != Measure::Rate {
            return Err(row.err("period_kind", "only a rate can be a span's average"));
        }
        if measure == Measure::Change && !spans {
            return Err(row.err("period_kind", "a change is over a span"));
        }
        let evaluation = row.get("evaluation").to_string();
        let ranked = matches!(measure, Measure::Rank | Measure::Bracket);
        if ranked && evaluation.is_empty() {
            return Err(row.err("evaluation", "a rank or bracket names its evaluation"));
        }
        let peers = row.get("peers").to_string();
        if !peers.is_empty() && measure != Measure::Rank {
            return Err(row.err("peers", "only a rank has a peer group"));
        }
        out.indicators.push(IndicatorRec {
            id,
            name_zh: row.chinese("name_zh", true)?,
            name_en: row.required("name_en")?,
            unit,
            category,
            measure,
            basis,
            period_kind,
            evaluation,
            peers,
        });
    }
    for (i, ind) in out.indicators.iter().enumerate() {
        if ind.peers.is_empty() {
            continue;
        }
        let peer = out.indicators.iter().find(|p| p.id == ind.peers);
        if !peer.is_some_and(|p| p.measure == Measure::Count && p.evaluation == ind.evaluation) {
            return Err(DataError {
                path: indicators.path.to_string(),
                line: i as u64 + 2,
                field: "peers".into(),
                message: format!(
                    "{:?} is not a count indicator of evaluation {:?}",
                    ind.peers, ind.evaluation
                ),
            });
        }
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
        if !ind.period_kind.accepts(&period) {
            return Err(row.err(
                "period",
                format!(
                    "{period:?} does not fit indicator {indicator:?}, whose period kind is {}",
                    ind.period_kind.id()
                ),
            ));
        }
        let written_value = row.required("value")?;
        let written_unit = row.required("unit")?;
        let known_unit = |field: &str, w: &str| {
            vocab::written_unit(w).ok_or_else(|| {
                let known: Vec<&str> = vocab::WRITTEN_UNITS.iter().map(|w| w.0).collect();
                row.err(
                    field,
                    format!("unknown unit {w:?} (known: {})", known.join(" ")),
                )
            })
        };
        known_unit("unit", &written_unit)?;
        // A misprinted unit is kept as printed; `read_as` says how the value is read.
        let read_as = row.get("read_as").to_string();
        let (field, reading) = if read_as.is_empty() {
            ("unit", written_unit.as_str())
        } else {
            ("read_as", read_as.as_str())
        };
        let (unit, exp) = known_unit(field, reading)?;
        if unit != ind.unit {
            return Err(row.err(
                field,
                format!(
                    "{reading:?} converts to {}, but indicator {indicator:?} is in {}",
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
        if !value.is_finite() {
            return Err(row.err("value", format!("{written_value:?} overflows")));
        }
        if value == 0.0 && exact.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
            return Err(row.err("value", format!("{written_value:?} underflows to zero")));
        }
        if value < 0.0
            && matches!(
                ind.measure,
                Measure::Count | Measure::Rank | Measure::Bracket
            )
        {
            return Err(row.err(
                "value",
                format!("a {} cannot be negative", ind.measure.id()),
            ));
        }
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
        let flag_id = row.get("flag");
        let flag = Flag::parse(flag_id).ok_or_else(|| {
            row.err(
                "flag",
                format!("{flag_id:?} is not one of (empty), doubtful, misprint"),
            )
        })?;
        let note_zh = row.chinese("note_zh", false)?;
        let note_en = row.get("note_en").to_string();
        if note_zh.is_empty() != note_en.is_empty() {
            return Err(row.err("note_en", "a note is written in both languages"));
        }
        if flag != Flag::None && note_zh.is_empty() {
            return Err(row.err("note_zh", "a flagged value says why in its note"));
        }
        if (flag == Flag::Misprint) == read_as.is_empty() {
            return Err(row.err(
                "read_as",
                "a misprint, and only a misprint, gives the unit it is read as",
            ));
        }
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
            flag,
            note_zh,
            note_en,
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
