//! Layout properties that must hold for every chart, in both languages, at every width
//! from 120 px to 4096 px: every text inside the canvas, no two texts over each other, no
//! label cut short with "…", every mark a real box inside the canvas whose centre hits it.

use gansu_zones::chart::{self, Params};
use gansu_zones::figures::{Figure, Kind};
use gansu_zones::publish::fallback_views;
use gansu_zones::render;
use gansu_zones::render::scene::{shape_box, text_box, Rect, Shape};
use gansu_zones::render::Layout;

const WIDTHS: [f64; 16] = [
    120.0, 160.0, 200.0, 240.0, 280.0, 320.0, 375.0, 414.0, 480.0, 560.0, 640.0, 768.0, 1024.0,
    1280.0, 2048.0, 4096.0,
];

/// Every view the build prerenders: each chart, language, period and indicator offered.
fn views() -> Vec<(String, &'static str, Params)> {
    fallback_views()
}

/// Lays out every view at every width, at the height it asks for, and hands each layout to
/// `check` with the view's file name, figure, width and height.
fn each_layout(mut check: impl FnMut(&str, &Figure, f64, f64, &Layout)) {
    for (file, id, p) in &views() {
        let fig = chart::build(id, p).unwrap();
        for w in WIDTHS {
            let h = render::preferred_height(&fig, w).clamp(120.0, 4096.0);
            check(file, &fig, w, h, &render::layout(&fig, w, h));
        }
    }
}

/// Fails with every failure listed once.
fn assert_none(mut failures: Vec<String>) {
    failures.sort();
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn texts_stay_inside_and_apart_and_marks_hit_themselves() {
    let mut failures = Vec::new();
    assert!(views().len() > 500, "{} views", views().len());
    each_layout(|file, _, w, h, lay| {
        let mut texts: Vec<(String, Rect)> = Vec::new();
        for s in &lay.shapes {
            if let Shape::Text {
                text,
                x,
                y,
                size,
                align,
                baseline,
                bold,
                ..
            } = s
            {
                if text.trim().is_empty() {
                    continue;
                }
                let b = text_box(text, *x, *y, *size, *align, *baseline, *bold);
                if !b.inside(w, h) {
                    failures.push(format!(
                        "{file} at {w}: {text:?} outside the canvas ({:.0}..{:.0} × {:.0}..{:.0})",
                        b.x0, b.x1, b.y0, b.y1
                    ));
                }
                if text.contains('…') {
                    failures.push(format!("{file} at {w}: {text:?} is cut short"));
                }
                texts.push((text.clone(), b));
            }
        }
        for i in 0..texts.len() {
            for j in i + 1..texts.len() {
                if texts[i].1.overlaps(&texts[j].1) {
                    failures.push(format!(
                        "{file} at {w}: {:?} overlaps {:?}",
                        texts[i].0, texts[j].0
                    ));
                }
            }
        }
        for (i, m) in lay.marks.iter().enumerate() {
            if !(m.x1 > m.x0 && m.y1 > m.y0) {
                failures.push(format!("{file} at {w}: mark {i} is empty"));
                continue;
            }
            if !m.inside(w, h) {
                failures.push(format!("{file} at {w}: mark {i} outside the canvas"));
            }
            let (cx, cy) = ((m.x0 + m.x1) / 2.0, (m.y0 + m.y1) / 2.0);
            if lay.hit(cx, cy) != Some(i) {
                failures.push(format!(
                    "{file} at {w}: mark {i}'s centre hits {:?}",
                    lay.hit(cx, cy)
                ));
            }
        }
    });
    assert_none(failures);
}

/// No grid or axis line runs through a category's label (bars lying down put their labels
/// above the bars on narrow charts, where the lines used to cross them).
#[test]
fn no_line_crosses_a_category_label() {
    let mut failures = Vec::new();
    each_layout(|file, fig, w, _, lay| {
        let labels: Vec<(&str, Rect)> = lay
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. }
                    if !text.trim().is_empty()
                        && fig
                            .categories
                            .iter()
                            .any(|c| c.replace('-', "").contains(&text.replace('-', ""))) =>
                {
                    shape_box(s).map(|b| (text.as_str(), b))
                }
                _ => None,
            })
            .collect();
        for s in &lay.shapes {
            let Shape::Line { points, .. } = s else {
                continue;
            };
            let [(xa, ya), (xb, yb)] = points[..] else {
                continue;
            };
            if xa != xb {
                continue; // only the vertical lines of bars lying down
            }
            let line = Rect {
                x0: xa - 0.5,
                y0: ya.min(yb),
                x1: xa + 0.5,
                y1: ya.max(yb),
            };
            for (text, b) in &labels {
                if b.overlaps(&line) {
                    failures.push(format!(
                        "{file} at {w}: a line at x = {xa} crosses {text:?}"
                    ));
                }
            }
        }
    });
    assert_none(failures);
}

/// Bars side by side (not stacked) show their values all or none, in either orientation:
/// a chart never labels the bars whose values happen to fit and leaves the others bare
/// (at 120 px the longest bar of `gdp-by-zone` used to lose its label, the chart's largest
/// value). Stacked segments are labelled where each holds its label, by design.
#[test]
fn bars_side_by_side_show_every_value_or_none() {
    let mut failures = Vec::new();
    each_layout(|file, fig, w, _, lay| {
        if !matches!(fig.kind, Kind::Bars { stacked: false, .. }) {
            return;
        }
        // A mark's value is shown when its label sits level with its bar, across it.
        let shown = fig
            .marks
            .iter()
            .zip(&lay.marks)
            .filter(|(mk, bar)| {
                lay.shapes.iter().any(|s| match s {
                    Shape::Text { text, .. } if *text == mk.label => {
                        shape_box(s).is_some_and(|b| {
                            let (cx, cy) = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
                            (bar.x0..=bar.x1).contains(&cx) || (bar.y0..=bar.y1).contains(&cy)
                        })
                    }
                    _ => false,
                })
            })
            .count();
        if shown != 0 && shown != fig.marks.len() {
            failures.push(format!(
                "{file} at {w}: {shown} of {} values shown",
                fig.marks.len()
            ));
        }
    });
    assert_none(failures);
}

/// ASCII `,` `:` `;` `(` `)` beside a Chinese character.
fn half_width_in_chinese(text: &str) -> bool {
    let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let ascii = |c: char| matches!(c, ',' | ':' | ';' | '(' | ')');
    // Quotes of the articles (“…”) keep the seeds' characters (data/NOTES.md, "Punctuation").
    let mut outside = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth -= 1,
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let cs: Vec<char> = outside.chars().collect();
    cs.windows(2)
        .any(|w| (cjk(w[0]) && ascii(w[1])) || (ascii(w[0]) && cjk(w[1])))
}

#[test]
fn chinese_chart_text_uses_full_width_punctuation() {
    let mut failures = Vec::new();
    for (file, id, p) in views() {
        if p.lang != gansu_zones::Lang::Zh {
            continue;
        }
        let fig = chart::build(id, &p).unwrap();
        // Wide enough that no line breaks between a mark and its neighbour.
        let lay = render::layout(&fig, 4096.0, render::preferred_height(&fig, 4096.0));
        for s in &lay.shapes {
            if let Shape::Text { text, .. } = s {
                if half_width_in_chinese(text) {
                    failures.push(format!("{file}: {text:?}"));
                }
            }
        }
        for line in fig.footer() {
            if half_width_in_chinese(&line) {
                failures.push(format!("{file}: footer {line:?}"));
            }
        }
    }
    assert_none(failures);
    assert!(
        half_width_in_chinese("来源:新甘肃") && !half_width_in_chinese("原文：“其中,年发电量”")
    );
}
