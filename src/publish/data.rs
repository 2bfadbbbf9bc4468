//! The data files the embed's core reads (it carries code only): the whole dataset, and
//! one part per view an embed offers, so a chart loads its view's few rows beside the core
//! instead of every row. A part is kept only when the view drawn from it alone is the
//! view drawn from the whole dataset, in both languages: picture, words and every mark.

use crate::chart::{build_from, Params};
use crate::dataset::{text, Dataset, Fact};
use crate::format::Lang;
use crate::render::svg;

/// The file holding the whole dataset, beside the views' parts.
pub const ALL: &str = "all.txt";

/// The name of a view's part (`gdp-by-zone.period-2023.txt`): the fallback image's name
/// without the language, as the data is the same in both (a chart's default view is
/// `ID.txt`). The element builds it from its attributes the same way (www/src/embed/core.js).
pub fn part_file(fallback_svg: &str) -> Option<String> {
    let rest = fallback_svg.strip_suffix(".svg")?;
    let (id, rest) = rest.split_once('.')?;
    let rest = rest
        .strip_prefix("zh")
        .or_else(|| rest.strip_prefix("en"))?;
    Some(format!("{id}{rest}.txt"))
}

/// Everything a reader can see or reach of a view, in both languages, for comparing.
fn seen(ds: &'static Dataset, id: &str, params: &Params) -> String {
    let mut out = String::new();
    for lang in [Lang::Zh, Lang::En] {
        let p = Params {
            lang,
            ..params.clone()
        };
        match build_from(ds, id, &p) {
            Err(e) => out.push_str(&format!("{e:?}\n")),
            Ok(fig) => {
                for w in [320.0, 800.0] {
                    let h = crate::render::preferred_height(&fig, w);
                    out.push_str(&svg(&fig, w, h).unwrap_or_else(|e| format!("{e:?}")));
                }
                out.push_str(&format!(
                    "{}\n{}\n",
                    fig.describe(),
                    fig.footer().join("\n")
                ));
                for m in &fig.marks {
                    let f: &Fact = m.fact;
                    let cites: Vec<String> = f.sources.iter().map(|s| s.cite(lang)).collect();
                    let quote = match &f.origin {
                        crate::dataset::Origin::Record(r) => r.quote(),
                        _ => "",
                    };
                    out.push_str(&format!(
                        "{}|{}|{:?}|{:?}|{:?}|{}|{}|{}|{}|{:x}|{:?}|{:?}|{:?}|{:?}|{}|{}|{}\n",
                        m.label,
                        fig.full_value(m),
                        f.formula(lang),
                        f.interval_label(lang),
                        f.notes(lang),
                        crate::figures::period_of(lang, f),
                        f.zone.id,
                        f.indicator.id,
                        f.period,
                        f.value.to_bits(),
                        f.status,
                        f.qualifier,
                        f.flag,
                        cites,
                        quote,
                        f.exact(),
                        f.as_of(),
                    ));
                }
            }
        }
    }
    out
}

/// The parts a view may take, smallest first: its marks' facts; and every fact of their
/// zones (and cities) in their periods, which footers and descriptions name; or every fact
/// of their indicators; or both; everything.
fn candidates(ds: &'static Dataset, id: &str, params: &Params) -> Vec<Vec<usize>> {
    let index = |f: &Fact| ds.facts.iter().position(|g| std::ptr::eq(f, g));
    let marks: Vec<usize> = build_from(ds, id, params)
        .map(|fig| fig.marks.iter().filter_map(|m| index(m.fact)).collect())
        .unwrap_or_default();
    let of = |keep: &dyn Fn(&Fact) -> bool| -> Vec<usize> {
        (0..ds.facts.len())
            .filter(|&i| marks.contains(&i) || keep(&ds.facts[i]))
            .collect()
    };
    let marked = || marks.iter().map(|&i| &ds.facts[i]);
    let zones: Vec<&str> = marked()
        .flat_map(|f| [Some(f.zone.id), f.zone.city, f.zone.parent])
        .flatten()
        .collect();
    let periods: Vec<&str> = marked().map(|f| f.period).collect();
    let indicators: Vec<&str> = marked()
        .flat_map(|f| [f.indicator.id, f.indicator.peers])
        .collect();
    let by_zone = |f: &Fact| zones.contains(&f.zone.id) && periods.contains(&f.period);
    let by_indicator = |f: &Fact| indicators.contains(&f.indicator.id);
    vec![
        marks.clone(),
        of(&by_zone),
        of(&by_indicator),
        of(&|f| by_zone(f) || by_indicator(f)),
        (0..ds.facts.len()).collect(),
    ]
}

/// A view's part: the smallest candidate that draws the view exactly as the whole
/// dataset does (the last candidate is the whole dataset, so there always is one), and
/// whether it took more than the marks' facts.
pub fn part(ds: &'static Dataset, id: &str, params: &Params) -> Result<(String, bool), String> {
    let want = seen(ds, id, params);
    let mut best: Option<(String, bool)> = None;
    for (level, keep) in candidates(ds, id, params).into_iter().enumerate() {
        let text = text::write(ds, &keep)?;
        if best.as_ref().is_some_and(|(b, _)| b.len() <= text.len()) {
            continue;
        }
        let own: &'static str = Box::leak(text.clone().into_boxed_str());
        let alone: &'static Dataset = Box::leak(Box::new(text::read(&[own])?));
        if seen(alone, id, params) == want {
            best = Some((text, level > 0));
        }
    }
    best.ok_or_else(|| format!("{id}: no part of the data draws it as the whole does"))
}

/// Writes `all.txt` and every view's part into `dir`; returns how many parts, and how
/// many needed more than their marks' facts.
pub fn write_all(dir: &std::path::Path) -> Result<(usize, usize), String> {
    let ds = Dataset::get();
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let put = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))
    };
    let all: Vec<usize> = (0..ds.facts.len()).collect();
    put(ALL, &text::write(ds, &all)?)?;
    let (mut n, mut wider) = (0, 0);
    let mut done: Vec<String> = Vec::new();
    // Every view with a fallback image, and every chart's default view (`indicator.txt`:
    // the indicator chart without an indicator has no image, but draws).
    let defaults = crate::chart::CHARTS
        .iter()
        .map(|c| (format!("{}.zh.svg", c.id), c.id, Params::default()));
    for (file, id, params) in super::fallback_views().into_iter().chain(defaults) {
        let Some(name) = part_file(&file) else {
            continue;
        };
        if done.contains(&name) {
            continue;
        }
        let (text, more) = part(ds, id, &params)?;
        put(&name, &text)?;
        done.push(name);
        n += 1;
        wider += usize::from(more);
    }
    Ok((n, wider))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::fallback_views;

    /// Parts of charts of different families, loaded together in either order (as a page's
    /// charts bring them to one core), draw each view as the whole dataset does.
    #[test]
    fn parts_merge_in_any_order() {
        let ds = Dataset::get();
        let views: Vec<(&'static str, Params)> = fallback_views()
            .into_iter()
            .filter(|(file, _, _)| {
                [
                    "gdp-by-zone.zh.svg",
                    "rankings.zh.svg",
                    "plans.zh.svg",
                    "tax.zh.svg",
                ]
                .contains(&file.as_str())
            })
            .map(|(_, id, p)| (id, p))
            .collect();
        assert_eq!(views.len(), 4);
        let parts: Vec<&'static str> = views
            .iter()
            .map(|(id, p)| &*Box::leak(part(ds, id, p).unwrap().0.into_boxed_str()))
            .collect();
        let mut reversed = parts.clone();
        reversed.reverse();
        for order in [parts, reversed] {
            let merged: &'static Dataset = Box::leak(Box::new(text::read(&order).unwrap()));
            for (id, p) in &views {
                assert_eq!(seen(merged, id, p), seen(ds, id, p), "{id}");
            }
        }
    }

    #[test]
    fn the_whole_file_reads_back_as_the_dataset() {
        let ds = Dataset::get();
        let all: Vec<usize> = (0..ds.facts.len()).collect();
        let text: &'static str = Box::leak(text::write(ds, &all).unwrap().into_boxed_str());
        let back = text::read(&[text]).unwrap();
        assert_eq!(back.facts.len(), ds.facts.len());
        assert_eq!(back.zones.len(), ds.zones.len());
        assert_eq!(back.indicators.len(), ds.indicators.len());
        assert_eq!(back.version, ds.version);
        // Written again, it is the same text: nothing lost or changed on the way.
        let again: Vec<usize> = (0..back.facts.len()).collect();
        assert_eq!(text::write(&back, &again).unwrap(), text);
    }

    #[test]
    fn a_part_given_before_the_whole_file_loses_nothing_of_it() {
        let ds = Dataset::get();
        let all: Vec<usize> = (0..ds.facts.len()).collect();
        let whole: &'static str = Box::leak(text::write(ds, &all).unwrap().into_boxed_str());
        let (_, id, p) = fallback_views().swap_remove(0);
        let own: &'static str = Box::leak(part(ds, id, &p).unwrap().0.into_boxed_str());
        // The part's sources and zones lack the whole file's explorer fields (seed, notes).
        assert!(own
            .lines()
            .any(|l| l.starts_with('S') && !whole.lines().any(|w| w == l)));
        let back = text::read(&[own, whole]).unwrap();
        let again: Vec<usize> = (0..back.facts.len()).collect();
        assert_eq!(text::write(&back, &again).unwrap(), whole);
    }

    #[test]
    fn malformed_data_is_refused_with_the_row() {
        for (text, says) in [
            ("X1\tfoo\n", "starts with"),
            ("Z\tgansu\n", "no ordinal"),
            ("Z0\tgansu\tprovince\n", "Z0 is malformed"),
            ("R3\t0\t0\t0\t1\n", "R3 is malformed"),
        ] {
            let e = text::read(&[text]).err().unwrap();
            assert!(e.contains(says), "{text:?}: {e}");
        }
    }
}
