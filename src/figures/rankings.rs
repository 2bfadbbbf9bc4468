//! A zone's place in its national ranking over time. Each ranking is its own evaluation
//! with its own peer group (national high-tech zones; national ETDZs), so a chart shows one
//! zone in one evaluation. Lower is better: rank 1 is drawn at the top.

use super::{facts_of, no_data, one_zone, ChartError, Figure, Kind, Params};
use crate::dataset::{Dataset, Fact, Measure, Unit};
use crate::format::{self, Lang};

pub fn national(ds: &'static Dataset, p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let ranks: Vec<&Fact> = ds
        .indicators()
        .filter(|i| i.measure == Measure::Rank)
        .flat_map(|i| facts_of(ds, i.id, &p.zones))
        .collect();
    let (zone, of_zone, _) = one_zone(ds, p, &ranks);
    let Some((zone, first)) = zone.zip(of_zone.first()) else {
        let title = l.pick("全国排名", "National ranking").to_string();
        let mut fig = Figure::new(l, title, Kind::Lines, Unit::Rank);
        no_data(&mut fig, l.pick("排名", "ranking"));
        return Ok(fig);
    };
    // One evaluation: the zone's first.
    let ind = first.indicator;
    let title = match l {
        Lang::Zh => format!("{}在{}中的位次", zone.short_zh, ind.name_zh),
        Lang::En => format!("{}: {}", zone.short_en, ind.name_en),
    };
    let mut fig = Figure::new(l, title, Kind::Lines, Unit::Rank);
    fig.invert = true;
    let mut facts: Vec<&Fact> = of_zone
        .iter()
        .copied()
        .filter(|f| f.indicator.id == ind.id)
        .collect();
    crate::sort::sort_by(&mut facts, |a, b| a.period.cmp(b.period));
    let s = fig.series(super::zone_name(zone, l));
    for f in facts {
        let c = fig.category(super::period_label(l, f.period));
        fig.push(c, s, f);
        // The peer group beside each rank: "53 / 178".
        if let Some(peers) = ds.find(zone.id, ind.peers, f.period) {
            let mark = fig.marks.last_mut().unwrap();
            mark.label = format!(
                "{} / {}",
                format::fixed(f.value, 0),
                format::fixed(peers.value, 0)
            );
        }
    }
    fig.subtitle = l
        .pick(
            "名次／参评总数；1为最好，越靠上越好",
            "rank / size of the peer group (1 = best, shown at the top)",
        )
        .into();
    Ok(fig)
}
