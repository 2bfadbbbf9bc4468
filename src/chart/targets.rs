//! The province's plans and targets: percentages as bars, other figures as tiles.

use super::{indicator_name, no_data_for_period, periods_with, ChartError, Figure, Kind, Params};
use crate::dataset::{Dataset, Fact, Status, Unit};
use crate::format::Lang;

fn targets(p: &Params, percent: bool) -> (Vec<&'static Fact>, Vec<&'static Fact>) {
    let all: Vec<&Fact> = Dataset::get()
        .facts
        .iter()
        .filter(|f| {
            f.zone.id == "gansu"
                && f.status == Status::Target
                && (f.unit() == Unit::Percent) == percent
        })
        .collect();
    let chosen = all
        .iter()
        .copied()
        .filter(|f| p.period.as_deref().is_none_or(|x| x == f.period))
        .collect();
    (all, chosen)
}

pub fn percent(p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let (all, mut facts) = targets(p, true);
    let period = p
        .period
        .clone()
        .unwrap_or_else(|| periods_with(&all).first().copied().unwrap_or("").into());
    facts.retain(|f| f.period == period);
    let title = match l {
        Lang::Zh => format!("甘肃省到{period}年的工业发展目标"),
        Lang::En => format!("Gansu's industrial targets for {period}"),
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
    if facts.is_empty() {
        no_data_for_period(&mut fig, &period, &periods_with(&all));
        return Ok(fig);
    }
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
    let (all, facts) = targets(p, false);
    let title = l
        .pick(
            "甘肃省发展计划与目标",
            "Gansu's plans and targets in figures",
        )
        .to_string();
    let mut fig = Figure::new("", l, title, Kind::Panel, Unit::Count);
    if facts.is_empty() {
        no_data_for_period(
            &mut fig,
            p.period.as_deref().unwrap_or(""),
            &periods_with(&all),
        );
        return Ok(fig);
    }
    let mut periods = periods_with(&facts);
    periods.reverse();
    for f in &facts {
        // One colour per plan year.
        let s = fig.series(match l {
            Lang::Zh => format!("{}年", f.period),
            Lang::En => f.period.to_string(),
        });
        let label = match l {
            Lang::Zh => format!("{}({}年)", indicator_name(f.indicator, l), f.period),
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
