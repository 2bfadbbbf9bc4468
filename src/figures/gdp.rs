//! GDP charts: by zone, over time, the Lanbai total and its parts, growth, composition;
//! and the generic one-indicator chart they are special cases of.

use super::{
    facts_of, in_period, indicator_name, no_data, no_data_for_period, one_zone, period_label,
    periods_with, zone_name, ChartError, Figure, Kind, Params,
};
use crate::dataset::ids::{indicator, zone};
use crate::dataset::{Dataset, EntityKind, Fact, Measure, Status, Unit};
use crate::format::Lang;

const LANBAI_PARTS: [&str; 4] = [
    zone::LANZHOU_NEW_AREA,
    zone::LANZHOU_HTZ,
    zone::BAIYIN_HTZ,
    zone::LANZHOU_ETDZ,
];

/// The newest period in which at least `min` zones have a value.
fn busiest_period(facts: &[&Fact], min: usize) -> Option<&'static str> {
    periods_with(facts)
        .into_iter()
        .find(|p| facts.iter().filter(|f| f.period == *p).count() >= min)
        .or_else(|| periods_with(facts).first().copied())
}

fn subtitle(l: Lang, what_zh: &str, what_en: &str, period: &str) -> String {
    match l {
        Lang::Zh => format!("{what_zh}，{period}年"),
        Lang::En => format!("{what_en}, {period}"),
    }
}

pub fn by_zone(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    // By default the zones themselves: not their groups, nor the cities they lie in.
    let all: Vec<&Fact> = facts_of(ds, indicator::GDP, &p.zones)
        .filter(|f| !p.zones.is_empty() || f.zone.kind == EntityKind::Zone)
        .collect();
    let period = p
        .period
        .as_deref()
        .or_else(|| busiest_period(&all, 2))
        .unwrap_or("");
    let title = match l {
        Lang::Zh => format!("{period}年各开发区地区生产总值"),
        Lang::En => format!("GDP by zone, {period}"),
    };
    let mut fig = Figure::new(l, title, Kind::COLUMNS, Unit::Cny);
    let mut facts: Vec<&Fact> = all.iter().copied().filter(|f| f.period == period).collect();
    if facts.is_empty() {
        no_data_for_period(&mut fig, period, &periods_with(&all));
        return Ok(fig);
    }
    crate::sort::sort_by(&mut facts, |a, b| b.value.total_cmp(&a.value));
    fig.subtitle = subtitle(
        l,
        "按开发区，从高到低",
        "zones from highest to lowest",
        period,
    );
    let s = fig.series(l.pick("地区生产总值", "GDP").into());
    for f in facts {
        let c = fig.category(zone_name(f.zone, l));
        fig.push(c, s, f);
    }
    Ok(fig)
}

pub fn over_time(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let title = l.pick("地区生产总值历年变化", "GDP over time").to_string();
    let mut fig = Figure::new(l, title, Kind::COLUMNS, Unit::Cny);
    let all: Vec<&Fact> = facts_of(ds, indicator::GDP, &p.zones)
        .filter(|f| !f.period.is_empty())
        .collect();
    // By default, the zones with more than one year.
    let zones: Vec<&str> = ds
        .zones
        .iter()
        .map(|z| z.id)
        .filter(|z| {
            all.iter().filter(|f| f.zone.id == *z).count() > 1 || p.zones.iter().any(|x| x == z)
        })
        .collect();
    let mut periods = periods_with(&all);
    periods.reverse();
    for period in &periods {
        fig.category(match l {
            Lang::Zh => format!("{period}年"),
            Lang::En => period.to_string(),
        });
    }
    for z in &zones {
        for f in all.iter().filter(|f| f.zone.id == *z) {
            let s = fig.series(zone_name(f.zone, l));
            let c = periods.iter().position(|p| *p == f.period).unwrap();
            fig.push(c, s, f);
        }
    }
    if fig.marks.is_empty() {
        no_data(&mut fig, l.pick("多年地区生产总值", "multi-year GDP"));
    }
    fig.subtitle = l
        .pick("按年份，每组一个开发区", "by year, one bar per zone")
        .into();
    Ok(fig)
}

pub fn lanbai_parts(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let totals: Vec<&Fact> = facts_of(ds, indicator::GDP, &[])
        .filter(|f| f.zone.id == zone::LANBAI)
        .collect();
    // The newest year in which every part is known.
    let complete = |y: &str| {
        LANBAI_PARTS
            .iter()
            .all(|z| ds.find(z, indicator::GDP, y).is_some())
    };
    let period = p
        .period
        .clone()
        .or_else(|| {
            periods_with(&totals)
                .into_iter()
                .find(|y| complete(y))
                .map(String::from)
        })
        .unwrap_or_default();
    let title = match l {
        Lang::Zh => format!("{period}年兰白两区地区生产总值及四区构成"),
        Lang::En => format!("Lanbai zones' GDP and its four parts, {period}"),
    };
    let mut fig = Figure::new(l, title, Kind::STACKED_BARS, Unit::Cny);
    let total = ds.find(zone::LANBAI, indicator::GDP, &period);
    if total.is_none() || !complete(&period) {
        let years: Vec<&str> = periods_with(&totals)
            .into_iter()
            .filter(|y| complete(y))
            .collect();
        no_data_for_period(&mut fig, &period, &years);
        return Ok(fig);
    }
    let sum = fig.category(l.pick("四区相加", "Sum of the four zones").into());
    for z in LANBAI_PARTS {
        let f = ds.find(z, indicator::GDP, &period).unwrap();
        let s = fig.series(zone_name(f.zone, l));
        fig.push(sum, s, f);
    }
    let t = fig.category(
        l.pick("兰白两区合计（报道）", "Lanbai total (as reported)")
            .into(),
    );
    let s = fig.series(l.pick("兰白两区合计", "Lanbai total").into());
    fig.push(t, s, total.unwrap());
    fig.subtitle = subtitle(
        l,
        "四区之和与报道的合计",
        "the four zones stacked, beside the reported total",
        &period,
    );
    Ok(fig)
}

pub fn growth(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let title = l.pick("地区生产总值增速", "GDP growth").into();
    let mut fig = Figure::new(l, title, Kind::COLUMNS, Unit::Percent);
    let all: Vec<&Fact> = facts_of(ds, indicator::GDP_GROWTH, &p.zones).collect();
    let what = l.pick("增速", "growth");
    let Some(facts) = in_period(&mut fig, &all, p.period.as_deref(), what) else {
        return Ok(fig);
    };
    add_by_zone_and_period(ds, &mut fig, &facts);
    fig.subtitle = l
        .pick(
            "同比实际增速（按可比价），按开发区和年份",
            "real growth year on year (at comparable prices), by zone and year",
        )
        .into();
    fig.notes.push(
        l.pick(
            "由现价数值推算的名义增速不与实际增速同图，见“任一指标”中的名义增速",
            "Nominal rates derived from current-price levels are not drawn beside real ones: see the nominal growth indicator",
        )
        .into(),
    );
    Ok(fig)
}

/// One category per zone (in the zones' order), one series per period (oldest first).
fn add_by_zone_and_period(ds: &Dataset, fig: &mut Figure, facts: &[&'static Fact]) {
    let l = fig.lang;
    let mut periods: Vec<&str> = facts.iter().map(|f| f.period).collect();
    crate::sort::sort_by(&mut periods, |a, b| a.cmp(b));
    periods.dedup();
    for y in periods {
        fig.series(period_label(l, y));
    }
    for &z in &ds.zones {
        for f in facts.iter().filter(|f| f.zone.id == z.id) {
            let c = fig.category(zone_name(z, l));
            let s = fig.series(period_label(l, f.period));
            fig.push(c, s, f);
        }
    }
}

/// GDP by sector, and the secondary sector split into industry and construction.
pub fn composition(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let sectors = [
        indicator::GDP_PRIMARY,
        indicator::GDP_SECONDARY,
        indicator::GDP_TERTIARY,
    ];
    let secondary = [
        indicator::INDUSTRY_VALUE_ADDED,
        indicator::CONSTRUCTION_VALUE_ADDED,
    ];
    let candidates: Vec<&Fact> = facts_of(ds, indicator::GDP_PRIMARY, &p.zones).collect();
    let (zone, of_zone, period) = one_zone(ds, p, &candidates);
    let (name_zh, name_en) = zone.map_or(("", ""), |z| (z.name_zh, z.name_en));
    let title = match l {
        Lang::Zh => format!("{name_zh}{period}年地区生产总值构成"),
        Lang::En => format!("{name_en}: GDP by sector, {period}"),
    };
    let mut fig = Figure::new(l, title, Kind::STACKED_BARS, Unit::Cny);
    let what = l.pick("产业构成", "GDP composition");
    let Some(zone) = zone.filter(|_| in_period(&mut fig, &of_zone, Some(&period), what).is_some())
    else {
        return Ok(fig);
    };
    let rows = [
        (l.pick("三次产业", "By sector"), &sectors[..]),
        (l.pick("第二产业构成", "Secondary sector"), &secondary[..]),
    ];
    for (label, parts) in rows {
        let found: Vec<&Fact> = parts
            .iter()
            .filter_map(|i| ds.find(zone.id, i, &period))
            .collect();
        if found.is_empty() {
            continue;
        }
        let c = fig.category(label.into());
        for f in found {
            let s = fig.series(indicator_name(f.indicator, l));
            fig.push(c, s, f);
        }
    }
    if let Some(total) = ds.find(zone.id, indicator::GDP, &period) {
        fig.subtitle = match l {
            Lang::Zh => format!("地区生产总值{}", total.label(l)),
            Lang::En => format!("GDP {}", total.label(l)),
        };
    }
    Ok(fig)
}

/// Any indicator: one bar per zone, one series per period.
/// Any indicator, drawn as what it measures: ranks as positions (1 at the top), brackets
/// and anything whose values cannot share an axis (a target beside an outcome) as tiles,
/// the rest as bars from zero.
pub fn indicator(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let ind = ds.indicator(p.indicator.as_deref().unwrap_or(indicator::GDP))?;
    let kind = match ind.measure {
        Measure::Rank => Kind::Lines,
        Measure::Bracket => Kind::Panel,
        _ => Kind::COLUMNS,
    };
    let mut fig = Figure::new(l, indicator_name(ind, l), kind, ind.unit);
    fig.invert = ind.measure == Measure::Rank;
    let all: Vec<&Fact> = facts_of(ds, ind.id, &p.zones).collect();
    let Some(facts) = in_period(&mut fig, &all, p.period.as_deref(), &indicator_name(ind, l))
    else {
        return Ok(fig);
    };
    let mixed_status = facts
        .iter()
        .any(|f| (f.status == Status::Target) != (facts[0].status == Status::Target));
    if mixed_status || fig.kind == Kind::Panel {
        fig.kind = Kind::Panel;
        for f in &facts {
            let s = fig.series(period_label(l, f.period));
            let c = fig.category(super::fact_name(l, f, true));
            fig.push(c, s, f);
        }
        fig.subtitle = l
            .pick(
                "逐项列出：目标与实际、不同年份不作比较",
                "listed one by one: targets and outcomes of different years are not compared",
            )
            .into();
        return Ok(fig);
    }
    if fig.kind == Kind::Lines {
        let mut periods: Vec<&str> = facts.iter().map(|f| f.period).collect();
        crate::sort::sort_by(&mut periods, |a, b| a.cmp(b));
        periods.dedup();
        for y in &periods {
            fig.category(period_label(l, y));
        }
        for f in &facts {
            let s = fig.series(zone_name(f.zone, l));
            let c = fig.category(period_label(l, f.period));
            fig.push(c, s, f);
        }
        fig.subtitle = l
            .pick(
                "名次；1为最好，越靠上越好",
                "rank (1 = best, shown at the top)",
            )
            .into();
        return Ok(fig);
    }
    add_by_zone_and_period(ds, &mut fig, &facts);
    fig.subtitle = l.pick("按地区和年份", "by place and year").into();
    Ok(fig)
}

#[cfg(test)]
mod tests {
    use crate::chart::{build_from, Params};
    use crate::dataset::ids::{indicator, zone};
    use crate::dataset::{Dataset, Fact, Flag, Origin, Qualifier, Status, SOURCES, ZONES};
    use crate::format::Lang;

    /// A value made up for the test, typed as derived so it needs no row of `data/`.
    fn fact(ds: &Dataset, zone: &str, period: &'static str, value: f64) -> Fact {
        Fact {
            zone: ds.zone(zone).unwrap(),
            indicator: ds.indicator(indicator::GDP).unwrap(),
            period,
            value,
            status: Status::Derived,
            qualifier: Qualifier::Exact,
            sources: vec![&SOURCES[0]],
            origin: Origin::Derived {
                formula_zh: "测试".into(),
                formula_en: "test".into(),
                counter: "",
                inputs: Vec::new(),
            },
            interval: None,
            flag: Flag::None,
        }
    }

    #[test]
    fn gdp_by_zone_is_built_from_the_dataset_it_is_given() {
        let all = Dataset::get();
        let facts = vec![
            fact(all, zone::LANZHOU_HTZ, "2024", 3e10),
            fact(all, zone::BAIYIN_HTZ, "2024", 5e10),
            fact(all, zone::LANZHOU_ETDZ, "2023", 9e10),
        ];
        // Marks borrow the facts for the figure's life, as from the compiled-in dataset.
        let ds: &'static Dataset = Box::leak(Box::new(Dataset {
            version: all.version,
            sources: all.sources.clone(),
            zones: all.zones.clone(),
            indicators: all.indicators.clone(),
            facts,
        }));
        let p = Params {
            lang: Lang::En,
            ..Params::default()
        };
        let fig = build_from(ds, "gdp-by-zone", &p).unwrap();
        // The newest year with two zones, highest first; the 2023 value is not drawn.
        assert_eq!(fig.title, "GDP by zone, 2024");
        let short = |id: &str| ZONES.iter().find(|z| z.id == id).unwrap().short_en;
        assert_eq!(
            fig.categories,
            [short(zone::BAIYIN_HTZ), short(zone::LANZHOU_HTZ)]
        );
        let values: Vec<f64> = fig.marks.iter().map(|m| m.fact.value).collect();
        assert_eq!(values, [5e10, 3e10]);
        // The footer derives its notes from these marks: here, that they are derived.
        assert!(fig.footer().iter().any(|l| l.contains("derived")));
    }
}
