//! The dataset as text, for the embed's core, which carries code only: the build writes
//! each data version's whole file and one part per view (`gansu-zones data`), and the core
//! reads them at run time ([`load`]).
//!
//! One line per row, tab-separated. The first field is a tag and the row's ordinal in the
//! whole dataset: `V` version, `S` source, `Z` zone, `I` indicator, `R` typed fact, `D`
//! derived fact (with its formula and inputs: derived values are computed at build time).
//! Parts load in any order and merge by ordinal, so the tables keep the whole dataset's
//! order, and a page's charts share one core whatever parts they brought.

// (No `{:?}` in what the core says: the embed is built with -Zfmt-debug=none, which
// prints nothing for it.)
use crate::format::quoted;

use super::{
    Basis, Dataset, EntityKind, Fact, Flag, Indicator, Measure, Origin, PeriodKind, Qualifier,
    Record, Source, Status, Unit, Zone,
};

/// The version and the facts `keep` (indexes into `ds.facts`) with their derived values'
/// inputs and the sources, indicators and zones they use (with the zones' groups and
/// cities). A part names only its own zones: a chart whose `zones` parameter is set loads
/// the whole file.
pub fn write(ds: &Dataset, keep: &[usize]) -> Result<String, String> {
    // A row's ordinal: its place in its table (rows are shared, so found by address).
    fn ord<T>(table: &[&T], row: &T) -> Option<usize> {
        table.iter().position(|x| std::ptr::eq(*x, row))
    }
    let record_ord = |r: &Record| {
        ds.facts
            .iter()
            .position(|g| matches!(g.origin, Origin::Record(x) if std::ptr::eq(x, r)))
    };
    let whole = keep.len() == ds.facts.len();
    let mut facts: Vec<usize> = Vec::new();
    for &i in keep {
        facts.push(i);
        if let Origin::Derived { inputs, .. } = &ds.facts[i].origin {
            facts.extend(inputs.iter().filter_map(|r| record_ord(r)));
        }
    }
    facts.sort_unstable();
    facts.dedup();
    let mut sources: Vec<usize> = Vec::new();
    let mut indicators: Vec<usize> = Vec::new();
    for &i in &facts {
        let f = &ds.facts[i];
        sources.extend(f.sources.iter().filter_map(|s| ord(&ds.sources, *s)));
        indicators.extend(ord(&ds.indicators, f.indicator));
    }
    let mut zones: Vec<usize> = if whole {
        (0..ds.zones.len()).collect() // the whole file: zones without facts too
    } else {
        facts
            .iter()
            .filter_map(|&i| ord(&ds.zones, ds.facts[i].zone))
            .collect()
    };
    let mut k = 0;
    while k < zones.len() {
        let z = ds.zones[zones[k]];
        for up in [z.parent, z.city].into_iter().flatten() {
            zones.extend(ds.zones.iter().position(|x| x.id == up));
        }
        k += 1;
        if zones.len() > 4 * ds.zones.len() {
            break; // a cycle: build.rs refuses them, but never loop
        }
    }
    for v in [&mut sources, &mut indicators, &mut zones] {
        v.sort_unstable();
        v.dedup();
    }
    let mut out = String::new();
    let mut line = |tag: char, ord: usize, fields: &[&str]| -> Result<(), String> {
        out.push_str(&format!("{tag}{ord}"));
        for f in fields {
            if f.contains(['\t', '\n', '\r']) {
                return Err(format!("{tag}{ord}: a tab or line break in {f:?}"));
            }
            out.push('\t');
            out.push_str(f);
        }
        out.push('\n');
        Ok(())
    };
    line('V', 0, &[ds.version])?;
    // The explorer's fields (a source's seed file and note, a zone's notes) are in the whole
    // file only, which the explorer loads: the embed's parts and core leave them out.
    for i in sources {
        let s = ds.sources[i];
        #[cfg_attr(not(feature = "explorer"), allow(unused_mut))]
        let mut fields = vec![
            s.id,
            s.outlet_zh,
            s.outlet_en,
            s.title_zh,
            s.title_en,
            s.date,
        ];
        #[cfg(feature = "explorer")]
        if whole {
            fields.extend([s.seed, s.note]);
        }
        line('S', i, &fields)?;
    }
    for i in zones {
        let z = ds.zones[i];
        #[cfg_attr(not(feature = "explorer"), allow(unused_mut))]
        let mut fields = vec![
            z.id,
            z.kind.id(),
            z.name_zh,
            z.name_en,
            z.short_zh,
            z.short_en,
            z.parent.unwrap_or_default(),
            z.city.unwrap_or_default(),
        ];
        #[cfg(feature = "explorer")]
        if whole {
            fields.extend([z.note_zh, z.note_en]);
        }
        line('Z', i, &fields)?;
    }
    for i in indicators {
        let d = ds.indicators[i];
        line(
            'I',
            i,
            &[
                d.id,
                d.name_zh,
                d.name_en,
                d.unit.id(),
                d.category,
                d.measure.id(),
                d.basis.id(),
                d.period_kind.id(),
                d.evaluation,
                d.peers,
            ],
        )?;
    }
    let index = |f: &Fact| {
        let zone = ord(&ds.zones, f.zone).unwrap_or_default().to_string();
        let indicator = ord(&ds.indicators, f.indicator)
            .unwrap_or_default()
            .to_string();
        let sources: Vec<String> = f
            .sources
            .iter()
            .filter_map(|s| ord(&ds.sources, *s))
            .map(|i| i.to_string())
            .collect();
        (zone, indicator, sources.join(";"))
    };
    for i in facts {
        let f = &ds.facts[i];
        let (zone, indicator, sources) = index(f);
        let value = number(f.value)?;
        let common = [
            zone.as_str(),
            &indicator,
            &sources,
            &value,
            f.status.id(),
            f.qualifier.id(),
            f.flag.id(),
            f.period,
        ];
        match &f.origin {
            Origin::Record(r) => {
                let mut fields = common.to_vec();
                fields.extend(&r.text[1..]);
                line('R', i, &fields)?;
            }
            Origin::Derived {
                formula_zh,
                formula_en,
                counter,
                inputs,
            } => {
                let inputs: Vec<String> = inputs
                    .iter()
                    .filter_map(|r| record_ord(r))
                    .map(|i| i.to_string())
                    .collect();
                let interval = match f.interval {
                    Some((lo, hi)) => format!("{};{}", number(lo)?, number(hi)?),
                    None => String::new(),
                };
                let mut fields = common.to_vec();
                let inputs = inputs.join(";");
                fields.extend([inputs.as_str(), formula_zh, formula_en, counter, &interval]);
                line('D', i, &fields)?;
            }
        }
    }
    Ok(out)
}

/// A number as text the reader gives back bit for bit: its shortest decimal when that
/// reads back exactly, else its bits in hex (`#…`).
fn number(v: f64) -> Result<String, String> {
    let decimal = format!("{v}");
    if read_number(&decimal).map(f64::to_bits) == Some(v.to_bits()) {
        return Ok(decimal);
    }
    let hex = format!("#{:x}", v.to_bits());
    match read_number(&hex) {
        Some(x) if x.to_bits() == v.to_bits() => Ok(hex),
        _ => Err(format!("{v} cannot be written exactly")),
    }
}

/// Reads `number`'s text without Rust's float parser (a few KB of wasm): digits over a
/// power of ten, or bits.
fn read_number(s: &str) -> Option<f64> {
    if let Some(hex) = s.strip_prefix('#') {
        return u64::from_str_radix(hex, 16).ok().map(f64::from_bits);
    }
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty() {
        return None;
    }
    let mut digits: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        digits = digits.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    let v = digits as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -v } else { v })
}

/// Reads the lines of every text given so far into one dataset; a row given twice (two
/// parts share it) counts once.
pub fn read(texts: &[&'static str]) -> Result<Dataset, String> {
    let mut rows: Vec<(usize, u32, Vec<&'static str>)> = Vec::new();
    for text in texts {
        for line in text.split('\n').filter(|l| !l.is_empty()) {
            let mut fields = line.split('\t');
            let head = fields.next().unwrap_or_default();
            let kind = "VSZIRD"
                .find(head.get(..1).unwrap_or_default())
                .ok_or_else(|| format!("data: a line starts with {}", quoted(head)))?;
            let ord: u32 = head
                .get(1..)
                .and_then(|o| o.parse().ok())
                .ok_or_else(|| format!("data: {} has no ordinal", quoted(head)))?;
            rows.push((kind, ord, fields.collect()));
        }
    }
    // Of a row given twice, the copy with more fields is kept: the whole file's sources and
    // zones carry the explorer's fields, which parts leave out.
    crate::sort::sort_by(&mut rows, |a, b| {
        (a.0, a.1, b.2.len()).cmp(&(b.0, b.1, a.2.len()))
    });
    rows.dedup_by(|a, b| (a.0, a.1) == (b.0, b.1));

    let mut ds = Dataset {
        version: "",
        sources: Vec::new(),
        zones: Vec::new(),
        indicators: Vec::new(),
        facts: Vec::new(),
    };
    // Ordinals of the rows kept, beside each table.
    let (mut sources, mut zones, mut indicators, mut records) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    fn find<T: Copy>(ords: &[u32], items: &[T], ord: &str) -> Option<T> {
        let ord: u32 = ord.parse().ok()?;
        ords.iter().position(|o| *o == ord).map(|i| items[i])
    }
    for (kind, ord, f) in rows {
        let bad = || format!("data: row {}{ord} is malformed", &"VSZIRD"[kind..kind + 1]);
        let want = [1, 6, 8, 10, 14, 13][kind];
        // Sources and zones of the whole file carry two more fields, the explorer's.
        let more = usize::from(kind == 1 || kind == 2) * 2;
        if f.len() != want && f.len() != want + more {
            return Err(bad());
        }
        #[cfg(feature = "explorer")]
        let extra = |i: usize| f.get(want + i).copied().unwrap_or_default();
        match kind {
            0 => ds.version = f[0],
            1 => {
                sources.push(ord);
                ds.sources.push(leak(Source {
                    id: f[0],
                    outlet_zh: f[1],
                    outlet_en: f[2],
                    title_zh: f[3],
                    title_en: f[4],
                    date: f[5],
                    #[cfg(feature = "explorer")]
                    seed: extra(0),
                    #[cfg(feature = "explorer")]
                    note: extra(1),
                }));
            }
            2 => {
                let some = |s: &'static str| (!s.is_empty()).then_some(s);
                zones.push(ord);
                ds.zones.push(leak(Zone {
                    id: f[0],
                    kind: EntityKind::parse(f[1]).ok_or_else(bad)?,
                    name_zh: f[2],
                    name_en: f[3],
                    short_zh: f[4],
                    short_en: f[5],
                    parent: some(f[6]),
                    city: some(f[7]),
                    #[cfg(feature = "explorer")]
                    note_zh: extra(0),
                    #[cfg(feature = "explorer")]
                    note_en: extra(1),
                }));
            }
            3 => {
                indicators.push(ord);
                ds.indicators.push(leak(Indicator {
                    id: f[0],
                    name_zh: f[1],
                    name_en: f[2],
                    unit: Unit::parse(f[3]).ok_or_else(bad)?,
                    category: f[4],
                    measure: Measure::parse(f[5]).ok_or_else(bad)?,
                    basis: Basis::parse(f[6]).ok_or_else(bad)?,
                    period_kind: PeriodKind::parse(f[7]).ok_or_else(bad)?,
                    evaluation: f[8],
                    peers: f[9],
                }));
            }
            _ => {
                let zone = find(&zones, &ds.zones, f[0]).ok_or_else(bad)?;
                let indicator = find(&indicators, &ds.indicators, f[1]).ok_or_else(bad)?;
                let sources = f[2]
                    .split(';')
                    .map(|s| find(&sources, &ds.sources, s).ok_or_else(bad))
                    .collect::<Result<Vec<_>, _>>()?;
                let value = read_number(f[3]).ok_or_else(bad)?;
                let status = Status::parse(f[4]).ok_or_else(bad)?;
                let qualifier = Qualifier::parse(f[5]).ok_or_else(bad)?;
                let flag = Flag::parse(f[6]).ok_or_else(bad)?;
                let period = f[7];
                let (origin, interval) = if kind == 4 {
                    let r: &'static Record = leak(Record {
                        value,
                        status,
                        qualifier,
                        flag,
                        text: [period, f[8], f[9], f[10], f[11], f[12], f[13]],
                    });
                    records.push((ord, r));
                    (Origin::Record(r), None)
                } else {
                    let inputs = f[8]
                        .split(';')
                        .map(|i| {
                            let i: u32 = i.parse().ok()?;
                            records.iter().find(|(o, _)| *o == i).map(|(_, r)| *r)
                        })
                        .collect::<Option<Vec<_>>>()
                        .ok_or_else(bad)?;
                    let interval = match f[12].split_once(';') {
                        Some((lo, hi)) => Some((
                            read_number(lo).ok_or_else(bad)?,
                            read_number(hi).ok_or_else(bad)?,
                        )),
                        None => None,
                    };
                    let origin = Origin::Derived {
                        formula_zh: f[9].to_string(),
                        formula_en: f[10].to_string(),
                        counter: f[11],
                        inputs,
                    };
                    (origin, interval)
                };
                ds.facts.push(Fact {
                    zone,
                    indicator,
                    period,
                    value,
                    status,
                    qualifier,
                    sources,
                    origin,
                    interval,
                    flag,
                });
            }
        }
    }
    Ok(ds)
}

/// Rows live as long as the page: the facts of charts already drawn point into them.
fn leak<T>(t: T) -> &'static T {
    Box::leak(Box::new(t))
}

#[cfg(not(feature = "bundled"))]
static LOADED: std::sync::Mutex<(Vec<&'static str>, Option<&'static Dataset>)> =
    std::sync::Mutex::new((Vec::new(), None));

/// Adds a data file, or a part of one, to what the core has: charts built after it see
/// both. A malformed text changes nothing.
#[cfg(not(feature = "bundled"))]
pub fn load(text: &str) -> Result<(), String> {
    let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    // Parts merge by ordinal, which only means the same row within one data version.
    let version = text.split('\n').find_map(|l| l.strip_prefix("V0\t"));
    let held = loaded.1.map_or("", |d| d.version);
    if let Some(v) = version.filter(|v| !held.is_empty() && v != &held) {
        return Err(format!("data version {v} given to a core holding {held}"));
    }
    let text: &'static str = Box::leak(text.into());
    loaded.0.push(text);
    match read(&loaded.0) {
        Ok(ds) => {
            loaded.1 = Some(leak(ds));
            Ok(())
        }
        Err(e) => {
            loaded.0.pop();
            Err(e)
        }
    }
}

/// What the core has been given so far (nothing yet: an empty dataset).
#[cfg(not(feature = "bundled"))]
pub fn loaded() -> &'static Dataset {
    let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    loaded.1.get_or_insert_with(|| {
        leak(Dataset {
            version: "",
            sources: Vec::new(),
            zones: Vec::new(),
            indicators: Vec::new(),
            facts: Vec::new(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back_bit_for_bit() {
        for v in [
            0.0,
            -0.0,
            1.0,
            17625000000.0,
            6.78,
            0.1 + 0.2,
            1e300,
            -3.25,
            f64::MIN_POSITIVE,
        ] {
            let t = number(v).unwrap();
            assert_eq!(
                read_number(&t).unwrap().to_bits(),
                v.to_bits(),
                "{v} as {t}"
            );
        }
        assert_eq!(read_number("1.5x"), None);
        assert_eq!(read_number(""), None);
    }
}
