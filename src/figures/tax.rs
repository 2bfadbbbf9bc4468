//! Tax: a zone's share of its city's tax revenue beside its share of the city's GDP.

use super::{
    facts_of, in_period, indicator_name, no_data, one_zone, ChartError, Figure, Kind, Params,
};
use crate::dataset::ids::indicator;
use crate::dataset::{Dataset, Fact, Unit};
use crate::format::Lang;

pub fn shares(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let candidates: Vec<&Fact> = facts_of(ds, indicator::TAX_SHARE_OF_CITY, &p.zones).collect();
    let (zone, of_zone, period) = one_zone(ds, p, &candidates);
    let what = l.pick("税收占比", "tax share");
    let Some(zone) = zone else {
        let mut fig = Figure::new(
            l,
            l.pick("税收占全市比重", "Tax share of the city").into(),
            Kind::BARS,
            Unit::Percent,
        );
        no_data(&mut fig, what);
        return Ok(fig);
    };
    let title = match l {
        Lang::Zh => format!("{}{period}年税收与地区生产总值占全市比重", zone.name_zh),
        Lang::En => format!(
            "{}: share of the city's tax and GDP, {period}",
            zone.name_en
        ),
    };
    let mut fig = Figure::new(l, title, Kind::BARS, Unit::Percent);
    if in_period(&mut fig, &of_zone, Some(&period), what).is_none() {
        return Ok(fig);
    }
    let s = fig.series(l.pick("占全市比重", "Share of the city").into());
    let rows = [
        (
            indicator::TAX_SHARE_OF_CITY,
            indicator::TAX_REVENUE,
            l.pick("税收", "Tax revenue"),
        ),
        (
            indicator::GDP_SHARE_OF_CITY,
            indicator::GDP,
            l.pick("地区生产总值", "GDP"),
        ),
    ];
    let city = zone.city.and_then(|c| ds.zone(c).ok());
    for (share, amount, label) in rows {
        let Some(f) = ds.find(zone.id, share, &period) else {
            continue;
        };
        let c = fig.category(label.into());
        fig.push(c, s, f);
        // The label carries the amount too: "42.8% · 14.6亿元".
        if let Some(a) = ds.find(zone.id, amount, &period) {
            let mark = fig.marks.last_mut().unwrap();
            mark.label = format!("{} · {}", mark.label, a.label(l));
        }
        // The city's total, derived from the zone's amount and share, with its range.
        if let Some((c, t)) = city.and_then(|c| Some((c, ds.find(c.id, amount, &period)?))) {
            let formula = t.formula(l).unwrap_or("");
            let name = indicator_name(t.indicator, l);
            fig.notes.push(match l {
                Lang::Zh => format!("{}{name}{}（推算：{formula}）", c.name_zh, t.label(l)),
                Lang::En => format!("{}, {name}: {} (derived: {formula})", c.name_en, t.label(l)),
            });
        }
    }
    fig.subtitle = l
        .pick(
            "开发区占所在城市的比重",
            "the zone's share of its city's total",
        )
        .into();
    Ok(fig)
}
