//! Tax: a zone's share of its city's tax revenue beside its share of the city's GDP.

use super::{
    facts_of, no_data, no_data_for_period, periods_with, zones_of, ChartError, Figure, Kind, Params,
};
use crate::dataset::{Dataset, Fact, Unit};
use crate::format::Lang;

pub fn shares(p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let ds = Dataset::get();
    let candidates: Vec<&Fact> = facts_of("tax_share_of_city", &p.zones).collect();
    let zone = zones_of(p)
        .first()
        .copied()
        .or_else(|| candidates.first().map(|f| f.zone))
        .unwrap_or_else(|| ds.zone("zhangye-etdz").expect("a contract zone"));
    let of_zone: Vec<&Fact> = candidates
        .iter()
        .copied()
        .filter(|f| f.zone.id == zone.id)
        .collect();
    let period = p
        .period
        .as_deref()
        .or_else(|| periods_with(&of_zone).first().copied())
        .unwrap_or("");
    let title = match l {
        Lang::Zh => format!("{}{period}年税收与地区生产总值占全市比重", zone.name_zh),
        Lang::En => format!(
            "{}: share of the city's tax and GDP, {period}",
            zone.name_en
        ),
    };
    let mut fig = Figure::new(
        "",
        l,
        title,
        Kind::Bars {
            horizontal: true,
            stacked: false,
        },
        Unit::Percent,
    );
    if of_zone.is_empty() {
        no_data(&mut fig, l.pick("税收占比", "tax share"));
        return Ok(fig);
    }
    if !of_zone.iter().any(|f| f.period == period) {
        no_data_for_period(&mut fig, period, &periods_with(&of_zone));
        return Ok(fig);
    }
    let s = fig.series(l.pick("占全市比重", "Share of the city").into());
    let rows = [
        (
            "tax_share_of_city",
            "tax_revenue",
            "city_tax_revenue",
            l.pick("税收", "Tax revenue"),
        ),
        (
            "gdp_share_of_city",
            "gdp",
            "city_gdp",
            l.pick("地区生产总值", "GDP"),
        ),
    ];
    for (share, amount, city, label) in rows {
        let Some(f) = ds.find(zone.id, share, period) else {
            continue;
        };
        let c = fig.category(label.into());
        fig.push(c, s, f);
        // The label carries the amount too: "42.8% · 14.6亿元".
        if let Some(a) = ds.find(zone.id, amount, period) {
            let mark = fig.marks.last_mut().unwrap();
            mark.label = format!("{} · {}", mark.label, a.label(l));
        }
        if let Some(t) = ds.find(zone.id, city, period) {
            fig.notes.push(match l {
                Lang::Zh => format!(
                    "全市{}{}(推算:{})",
                    label,
                    t.label(l),
                    t.formula(l).unwrap_or("")
                ),
                Lang::En => format!(
                    "City {} {} (derived: {})",
                    label.to_lowercase(),
                    t.label(l),
                    t.formula(l).unwrap_or("")
                ),
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
