//! National rank among peer zones over time. Lower is better, so rank 1 is at the top.

use super::{facts_of, no_data, zone_name, ChartError, Figure, Kind, Params};
use crate::dataset::{Dataset, Fact, Unit, ZONES};
use crate::format::{self, Lang};

pub fn national(p: &Params) -> Result<Figure, ChartError> {
    let l = p.lang;
    let ds = Dataset::get();
    let title = l
        .pick("国家级开发区全国排名", "National rank among peer zones")
        .to_string();
    let mut fig = Figure::new(l, title, Kind::Lines, Unit::Rank);
    fig.invert = true;
    let facts: Vec<&Fact> = facts_of("national_rank", &p.zones).collect();
    if facts.is_empty() {
        no_data(&mut fig, l.pick("排名", "ranking"));
        return Ok(fig);
    }
    let mut years: Vec<&str> = facts.iter().map(|f| f.period).collect();
    crate::sort::sort_by(&mut years, |a, b| a.cmp(b));
    years.dedup();
    for y in &years {
        fig.category(y.to_string());
    }
    for z in ZONES {
        let mut peers_note = Vec::new();
        for f in facts.iter().filter(|f| f.zone.id == z.id) {
            let s = fig.series(zone_name(z, l));
            let c = years.iter().position(|y| *y == f.period).unwrap();
            fig.push(c, s, f);
            let rank = format::fixed(f.value, 0);
            let mark = fig.marks.last_mut().unwrap();
            mark.label = match ds.find(z.id, "national_rank_peers", f.period) {
                Some(peers) => {
                    peers_note.push(format!("{} {}", f.period, format::fixed(peers.value, 0)));
                    format!("{rank} / {}", format::fixed(peers.value, 0))
                }
                None => rank,
            };
        }
        if !peers_note.is_empty() {
            fig.notes.push(match l {
                Lang::Zh => format!("{}参评总数:{}", z.name_zh, peers_note.join("、")),
                Lang::En => format!("{} peer group: {}", z.name_en, peers_note.join(", ")),
            });
        }
    }
    fig.subtitle = l
        .pick(
            "名次 / 参评总数,越靠上越好",
            "rank / size of the peer group; higher is better",
        )
        .into();
    Ok(fig)
}
