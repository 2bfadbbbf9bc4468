//! Money flowing into the zones: investment, bonds and deals; research and talent funding.

use super::{in_period, indicator_name, zone_name, ChartError, Figure, Kind, Params};
use crate::dataset::{Dataset, Fact, Unit};
use crate::format::Lang;

/// Money facts of the given indicator categories, largest first.
fn money_chart(p: &Params, title: String, categories: &[&str], skip: fn(&Fact) -> bool) -> Figure {
    let l = p.lang;
    let mut fig = Figure::new(l, title, Kind::BARS, Unit::Cny);
    let all: Vec<&Fact> = Dataset::get()
        .facts
        .iter()
        .filter(|f| f.unit() == Unit::Cny && categories.contains(&f.indicator.category) && !skip(f))
        .filter(|f| p.zones.is_empty() || p.zones.iter().any(|z| z == f.zone.id))
        .collect();
    let Some(mut facts) = in_period(
        &mut fig,
        &all,
        p.period.as_deref(),
        l.pick("资金", "funding"),
    ) else {
        return fig;
    };
    crate::sort::sort_by(&mut facts, |a, b| b.value.total_cmp(&a.value));
    let s = fig.series(l.pick("金额", "Amount").into());
    for f in facts {
        let period = match (l, f.period) {
            (_, "") => String::new(),
            (Lang::Zh, y) => format!("({y})"),
            (Lang::En, y) => format!(" ({y})"),
        };
        let label = format!(
            "{} · {}{}",
            zone_name(f.zone, l),
            indicator_name(f.indicator, l),
            period
        );
        let c = fig.category(label);
        fig.push(c, s, f);
    }
    fig.subtitle = l.pick("按金额从高到低", "largest first").into();
    fig
}

pub fn investment(p: &Params) -> Result<Figure, ChartError> {
    let title = p
        .lang
        .pick("投资、债券与签约金额", "Investment, bonds and signed deals")
        .to_string();
    Ok(money_chart(p, title, &["investment"], |_| false))
}

pub fn research(p: &Params) -> Result<Figure, ChartError> {
    let title = p
        .lang
        .pick("科研与人才资金", "Research and talent funding")
        .to_string();
    // Per-person ranges are not amounts of funding.
    Ok(money_chart(p, title, &["innovation", "talent"], |f| {
        f.indicator.id.ends_with("_min") || f.indicator.id.ends_with("_max")
    }))
}
