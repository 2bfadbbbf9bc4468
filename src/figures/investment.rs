//! Money flowing into the zones: investment, bonds and deals; research and talent funding.
//!
//! These amounts are of different kinds (one year's fixed-asset investment, a park's total
//! investment to date, signed deals, a bond quota, budget funds of no stated year), so they
//! are listed as tiles, grouped by kind, never ranked against each other on one axis.

use super::{fact_name, in_period, ChartError, Figure, Kind, Params};
use crate::dataset::{Dataset, Fact, Unit};

/// Money facts of the given indicator categories, grouped by indicator (in the data's order).
fn money_chart(
    ds: &'static Dataset,
    p: &Params,
    title: String,
    categories: &[&str],
    skip: fn(&Fact) -> bool,
) -> Figure {
    let l = p.lang;
    let mut fig = Figure::new(l, title, Kind::Panel, Unit::Cny);
    let all: Vec<&Fact> = ds
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
    // In the vocabulary's order of indicators, largest amount first.
    fn order(f: &Fact) -> Option<usize> {
        crate::dataset::indicators().position(|i| i.id == f.indicator.id)
    }
    crate::sort::sort_by(&mut facts, |a, b| {
        order(a).cmp(&order(b)).then(b.value.total_cmp(&a.value))
    });
    for f in facts {
        // One colour per kind of amount.
        let s = fig.series(super::indicator_name(f.indicator, l));
        let c = fig.category(fact_name(l, f, true));
        fig.push(c, s, f);
    }
    fig.subtitle = l
        .pick(
            "按类别列出；各项性质和时期不同，不作比较",
            "listed by kind: amounts of different kinds and periods, not ranked against each other",
        )
        .into();
    fig
}

pub fn investment(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let title = p
        .lang
        .pick("投资、债券与签约金额", "Investment, bonds and signed deals")
        .to_string();
    Ok(money_chart(ds, p, title, &["investment"], |_| false))
}

pub fn research(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let title = p
        .lang
        .pick("科研与人才资金", "Research and talent funding")
        .to_string();
    // Per-person ranges are not amounts of funding.
    Ok(money_chart(ds, p, title, &["innovation", "talent"], |f| {
        f.indicator.id.ends_with("_min") || f.indicator.id.ends_with("_max")
    }))
}
