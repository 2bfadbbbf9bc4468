//! The province's plans and targets: percentages as bars, other figures as tiles.

use super::{
    in_period, indicator_name, period_label, periods_with, ChartError, Figure, Kind, Params,
};
use crate::dataset::{Dataset, Fact, Status, Unit};
use crate::format::Lang;

/// The province's targets, in percent or in other units.
fn targets(percent: bool) -> Vec<&'static Fact> {
    Dataset::get()
        .facts
        .iter()
        .filter(|f| {
            f.zone.id == "gansu"
                && f.status == Status::Target
                && (f.unit() == Unit::Percent) == percent
        })
        .collect()
}

pub fn percent(p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let all = targets(true);
    let period = p
        .period
        .clone()
        .unwrap_or_else(|| periods_with(&all).first().copied().unwrap_or("").into());
    let title = match l {
        Lang::Zh => format!("甘肃省到{period}年的工业发展目标"),
        Lang::En => format!("Gansu's industrial targets for {period}"),
    };
    let mut fig = Figure::new(l, title, Kind::BARS, Unit::Percent);
    let Some(facts) = in_period(&mut fig, &all, Some(&period), l.pick("目标", "target")) else {
        return Ok(fig);
    };
    let s = fig.series(l.pick("目标", "Target").into());
    for f in facts {
        let c = fig.category(indicator_name(f.indicator, l));
        fig.push(c, s, f);
    }
    fig.subtitle = l
        .pick(
            "百分比目标,年均增速、占比与降幅",
            "percentage targets: average growth, shares and reductions",
        )
        .into();
    Ok(fig)
}

pub fn figures(p: &Params) -> Result<Figure, ChartError> {
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
        &targets(false),
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
        let label = match l {
            Lang::Zh => format!(
                "{}({})",
                indicator_name(f.indicator, l),
                period_label(l, f.period)
            ),
            Lang::En => format!("{} ({})", indicator_name(f.indicator, l), f.period),
        };
        let c = fig.category(label);
        fig.push(c, s, f);
    }
    fig.subtitle = match l {
        Lang::Zh => format!("{}年的计划目标", periods.join("、")),
        Lang::En => format!("planned for {}", periods.join(" and ")),
    };
    Ok(fig)
}
