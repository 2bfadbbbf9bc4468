//! The province's plans and targets, as tiles: targets of different kinds (an average
//! growth rate over 2021–2025, a share in 2025, a cumulative reduction) share no axis.

use super::{fact_name, in_period, period_label, periods_with, ChartError, Figure, Kind, Params};
use crate::dataset::ids::zone;
use crate::dataset::{Dataset, Fact, Measure, Status, Unit};
use crate::format::Lang;

/// The province's targets, in percent or in other units.
fn targets(ds: &'static Dataset, percent: bool) -> Vec<&'static Fact> {
    ds.facts
        .iter()
        .filter(|f| {
            f.zone.id == zone::GANSU
                && f.status == Status::Target
                && (f.unit() == Unit::Percent) == percent
        })
        .collect()
}

/// The kind of a percentage target, for grouping and colour.
fn kind_name(f: &Fact, l: Lang) -> &'static str {
    match f.indicator.measure {
        Measure::Rate => l.pick("年均增速", "Average annual growth"),
        Measure::Change => l.pick("累计降幅", "Cumulative reduction"),
        _ => l.pick("占比与比率", "Shares and ratios"),
    }
}

pub fn percent(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let title = l
        .pick(
            "甘肃省到2025年的工业发展目标（百分比）",
            "Gansu's industrial targets to 2025, in percent",
        )
        .to_string();
    let mut fig = Figure::new(l, title, Kind::Panel, Unit::Percent);
    let mut facts = targets(ds, true);
    if facts.is_empty() {
        super::no_data(&mut fig, l.pick("目标", "target"));
        return Ok(fig);
    }
    fn rank(f: &Fact) -> u8 {
        match f.indicator.measure {
            Measure::Rate => 0,
            Measure::Change => 2,
            _ => 1,
        }
    }
    crate::sort::sort_by(&mut facts, |a, b| rank(a).cmp(&rank(b)));
    for f in facts {
        let s = fig.series(kind_name(f, l).into());
        let c = fig.category(fact_name(l, f, false));
        fig.push(c, s, f);
    }
    fig.subtitle = l
        .pick(
            "按类别：年均增速、占比与比率、累计降幅",
            "by kind: average growth, shares and ratios, cumulative reductions",
        )
        .into();
    Ok(fig)
}

pub fn figures(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let title = l
        .pick(
            "甘肃省发展计划与目标",
            "Gansu's plans and targets in figures",
        )
        .to_string();
    let mut fig = Figure::new(l, title, Kind::Panel, Unit::Count);
    let Some(facts) = in_period(
        &mut fig,
        &targets(ds, false),
        p.period.as_deref(),
        l.pick("计划", "plan"),
    ) else {
        return Ok(fig);
    };
    let mut periods = periods_with(&facts);
    periods.reverse();
    for f in &facts {
        // One colour per plan year.
        let s = fig.series(period_label(l, f.period));
        let c = fig.category(fact_name(l, f, false));
        fig.push(c, s, f);
    }
    let years: Vec<String> = periods.iter().map(|p| period_label(l, p)).collect();
    let undated = facts.iter().any(|f| f.period.is_empty());
    fig.subtitle = match (l, undated) {
        (Lang::Zh, false) => format!("{}的计划与目标", years.join("、")),
        (Lang::Zh, true) => format!("{}的计划与目标，另有未注明年份者", years.join("、")),
        (Lang::En, false) => format!("plans and targets for {}", years.join(" and ")),
        (Lang::En, true) => format!(
            "plans and targets for {}, and some with no year stated",
            years.join(" and ")
        ),
    };
    Ok(fig)
}
