//! No chart puts unlike values on one axis, whatever the reader picks: every chart, in both
//! languages, for every zone, period and indicator it offers.

use gansu_zones::chart::{self, ChartError, Params};
use gansu_zones::dataset::{Dataset, Measure, ZONES};
use gansu_zones::figures::Kind;
use gansu_zones::format::Lang;
use gansu_zones::publish::fallback_views;

/// Every view a reader can reach from the menus: the views that get a fallback image
/// (defaults, each period, each indicator with data), and from each default view, each
/// zone it offers and every zone at once.
fn views() -> Vec<(&'static str, Params)> {
    let mut out = Vec::new();
    for (_, id, p) in fallback_views() {
        if p.period.is_none() {
            let choices = chart::choices(id, &p).unwrap();
            out.push((
                id,
                Params {
                    zones: ZONES.iter().map(|z| z.id.to_string()).collect(),
                    ..p.clone()
                },
            ));
            for z in &choices.zones {
                out.push((
                    id,
                    Params {
                        zones: vec![z.id.to_string()],
                        ..p.clone()
                    },
                ));
            }
        }
        out.push((id, p));
    }
    out
}

#[test]
fn no_view_mixes_measures_bases_periods_or_evaluations() {
    let views = views();
    assert!(views.len() > 500, "{} views", views.len());
    for (id, p) in &views {
        match chart::build(id, p) {
            Ok(fig) => fig.comparable().unwrap(),
            Err(e @ ChartError::Incomparable(_)) => panic!("{id} {p:?}: {e}"),
            Err(e) => panic!("{id} {p:?}: {e}"),
        }
    }
}

#[test]
fn a_whole_beside_its_parts_is_marked() {
    for (id, p) in views() {
        let fig = chart::build(id, &p).unwrap();
        let zones: Vec<_> = fig.marks.iter().map(|m| m.fact.zone).collect();
        for whole in &zones {
            for part in &zones {
                if whole.contains(part) {
                    let name = p.lang.pick(whole.short_zh, whole.short_en);
                    assert!(
                        fig.all_notes().iter().any(|n| n.starts_with(name)),
                        "{id} {p:?}: {} beside its part {} with no note",
                        whole.id,
                        part.id
                    );
                }
            }
        }
    }
}

#[test]
fn ranks_are_positions_and_brackets_are_not_ranks() {
    for ind in Dataset::get().indicators() {
        let p = Params {
            indicator: Some(ind.id.to_string()),
            ..Params::default()
        };
        let fig = chart::build("indicator", &p).unwrap();
        match ind.measure {
            Measure::Rank => {
                assert_eq!(fig.kind, Kind::Lines, "{}", ind.id);
                assert!(fig.invert, "{}: rank 1 must be at the top", ind.id);
            }
            Measure::Bracket => assert_eq!(fig.kind, Kind::Panel, "{}", ind.id),
            _ => {}
        }
    }
    // The rankings chart shows one evaluation, with the peer group beside each rank.
    for zone in ["lanzhou-htz", "zhangye-etdz"] {
        let p = Params {
            zones: vec![zone.into()],
            lang: Lang::En,
            ..Params::default()
        };
        let fig = chart::build("rankings", &p).unwrap();
        let evals: Vec<&str> = fig
            .marks
            .iter()
            .map(|m| m.fact.indicator.evaluation)
            .collect();
        assert!(
            !evals.is_empty() && evals.iter().all(|e| *e == evals[0]),
            "{zone}"
        );
        assert!(fig.subtitle.contains("1 = best, shown at the top"));
        assert!(
            fig.marks.iter().any(|m| m.label.contains(" / ")),
            "{zone}: no peer group"
        );
    }
}

#[test]
fn unlike_amounts_are_listed_not_ranked() {
    for id in ["investment", "research-funding", "targets", "plans"] {
        let fig = chart::build(id, &Params::default()).unwrap();
        assert_eq!(fig.kind, Kind::Panel, "{id}");
        // Each tile says what it is and when: the period is never cut from its name.
        for m in &fig.marks {
            let name = &fig.categories[m.category];
            let kind = m.fact.indicator.period_kind;
            if !m.fact.period.is_empty() {
                let y = &m.fact.period[..4];
                assert!(name.contains(y), "{id}: {name} lost its period");
            } else if kind == gansu_zones::dataset::PeriodKind::AsOf {
                assert!(name.contains("截至"), "{id}: {name}");
            }
        }
    }
}

#[test]
fn doubts_and_estimates_show_in_the_chart() {
    // The doubted province-wide count carries its note wherever it is drawn.
    let p = Params {
        indicator: Some("high_tech_enterprises".into()),
        lang: Lang::En,
        ..Params::default()
    };
    let fig = chart::build("indicator", &p).unwrap();
    assert!(
        fig.all_notes().iter().any(|n| n.starts_with("Doubtful")),
        "{:?}",
        fig.all_notes()
    );
    // A value derived from an estimate is drawn as an estimate (hatched).
    let over = chart::build("gdp-over-time", &Params::default()).unwrap();
    let lanbai_2023 = over
        .marks
        .iter()
        .find(|m| m.fact.zone.id == "lanbai" && m.fact.period == "2023")
        .expect("Lanbai 2023");
    assert_eq!(
        lanbai_2023.fact.status,
        gansu_zones::dataset::Status::Estimate
    );
}
