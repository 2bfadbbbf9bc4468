//! The tidy CSV: one row per value, the contract's seven columns first.

use super::{Dataset, Fact};
use crate::format::Lang;

pub const HEADER: &str = "zone,indicator,period,value,unit,status,source,qualifier,\
zone_kind,measure,basis,period_kind,as_of,evaluation,origin,low,high,printed,flag,note_zh,note_en,\
zone_zh,zone_en,indicator_zh,indicator_en,formula_zh,formula_en,source_outlet,source_title,source_date,quote";

/// Quotes a CSV field when it needs it (RFC 4180).
fn field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

fn row(out: &mut String, f: &Fact) {
    let joined = |g: fn(&super::Source) -> &str| {
        f.sources
            .iter()
            .map(|s| g(s))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let (quote, printed) = match &f.origin {
        super::Origin::Record(r) => (
            r.quote(),
            format!("{}{}", r.written_value(), r.written_unit()),
        ),
        super::Origin::Derived { .. } => ("", String::new()),
    };
    let (low, high) = match f
        .interval
        .and_then(|(lo, hi)| super::derive::shown_bounds(lo, hi, f.unit()))
    {
        Some((lo, hi, _)) => (super::derive::csv_number(lo), super::derive::csv_number(hi)),
        None => (String::new(), String::new()),
    };
    let note = |l: Lang| f.notes(l).join(l.pick("；", " "));
    let fields = [
        f.zone.id,
        f.indicator.id,
        f.period,
        &f.exact(),
        f.unit().id(),
        f.status.id(),
        &f.source_ids(),
        f.qualifier.id(),
        f.zone.kind.id(),
        f.indicator.measure.id(),
        f.indicator.basis.id(),
        f.indicator.period_kind.id(),
        f.as_of(),
        f.indicator.evaluation,
        if f.is_derived() { "derived" } else { "article" },
        &low,
        &high,
        &printed,
        f.flag.id(),
        &note(Lang::Zh),
        &note(Lang::En),
        f.zone.name_zh,
        f.zone.name_en,
        f.indicator.name_zh,
        f.indicator.name_en,
        f.formula(Lang::Zh).unwrap_or(""),
        f.formula(Lang::En).unwrap_or(""),
        &joined(|s| s.outlet_zh),
        &joined(|s| s.title_zh),
        &joined(|s| s.date),
        quote,
    ];
    for (i, s) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, s);
    }
    out.push('\n');
}

impl Dataset {
    /// The CSV of the given facts (a chart's data), with the header.
    pub fn csv_of<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> String {
        let mut out = String::from(HEADER);
        out.push('\n');
        for f in facts {
            row(&mut out, f);
        }
        out
    }

    /// The whole dataset as CSV.
    pub fn csv(&self) -> String {
        Self::csv_of(&self.facts)
    }
}
