//! What a chart shows, before any pixel: categories, series, marks (each a fact),
//! title, unit, notes and sources. Built by the builders beside it, laid out by `render`.

use crate::dataset::{Fact, Qualifier, Source, Status, Unit};
use crate::format::{self, Lang};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// Bars; `horizontal` lets long labels sit beside the bars; `stacked` piles series.
    Bars { horizontal: bool, stacked: bool },
    /// Points joined by lines, one line per series, categories are periods.
    Lines,
    /// One tile per mark, for values whose units differ (plans and targets).
    Panel,
}

#[derive(Debug)]
pub struct Series {
    pub name: String,
}

#[derive(Debug)]
pub struct Mark {
    pub category: usize,
    pub series: usize,
    pub fact: &'static Fact,
    /// The value as drawn on the chart: "176.25亿元", "131 / 230".
    pub label: String,
}

#[derive(Debug)]
pub struct Figure {
    pub chart: &'static str,
    pub lang: Lang,
    pub title: String,
    pub subtitle: String,
    pub kind: Kind,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub marks: Vec<Mark>,
    pub unit: Unit,
    /// Lower is better (ranks): the best value is drawn on top.
    pub invert: bool,
    /// The builder's own notes; [`Figure::all_notes`] adds those the marks call for.
    pub notes: Vec<String>,
    /// Shown in place of the plot when there are no marks.
    pub empty: Option<String>,
    pub theme: crate::render::ThemeId,
    /// Pinned to a data version (a frozen embed): the footer says "data as of".
    pub frozen: bool,
}

impl Kind {
    pub const COLUMNS: Kind = Kind::Bars {
        horizontal: false,
        stacked: false,
    };
    pub const BARS: Kind = Kind::Bars {
        horizontal: true,
        stacked: false,
    };
    pub const STACKED_BARS: Kind = Kind::Bars {
        horizontal: true,
        stacked: true,
    };
}

impl Figure {
    /// An empty figure; `chart::build` fills in its chart id and theme.
    pub fn new(lang: Lang, title: String, kind: Kind, unit: Unit) -> Figure {
        Figure {
            chart: "",
            lang,
            title,
            subtitle: String::new(),
            kind,
            categories: Vec::new(),
            series: Vec::new(),
            marks: Vec::new(),
            unit,
            invert: false,
            notes: Vec::new(),
            empty: None,
            theme: crate::render::ThemeId::Light,
            frozen: false,
        }
    }

    /// The index of a category label, added if new.
    pub fn category(&mut self, label: String) -> usize {
        match self.categories.iter().position(|c| *c == label) {
            Some(i) => i,
            None => {
                self.categories.push(label);
                self.categories.len() - 1
            }
        }
    }

    pub fn series(&mut self, name: String) -> usize {
        match self.series.iter().position(|s| s.name == name) {
            Some(i) => i,
            None => {
                self.series.push(Series { name });
                self.series.len() - 1
            }
        }
    }

    pub fn push(&mut self, category: usize, series: usize, fact: &'static Fact) {
        let label = fact.label(self.lang);
        self.marks.push(Mark {
            category,
            series,
            fact,
            label,
        });
    }

    /// Whether every mark could share one axis: one measure, basis, period kind,
    /// evaluation and unit, and no target beside an outcome. A panel of tiles has no
    /// shared axis, so it may list unlike values.
    pub fn comparable(&self) -> Result<(), String> {
        if self.kind == Kind::Panel {
            return Ok(());
        }
        let key = |f: &Fact| {
            let i = f.indicator;
            (
                i.measure,
                i.basis,
                i.period_kind,
                i.evaluation,
                i.unit,
                f.status == Status::Target,
            )
        };
        let Some(first) = self.marks.first() else {
            return Ok(());
        };
        for m in &self.marks {
            if key(m.fact) != key(first.fact) {
                return Err(format!(
                    "{} ({}, {}, {}) beside {} ({}, {}, {})",
                    m.fact.indicator.id,
                    m.fact.indicator.measure.id(),
                    m.fact.indicator.basis.id(),
                    m.fact.indicator.period_kind.id(),
                    first.fact.indicator.id,
                    first.fact.indicator.measure.id(),
                    first.fact.indicator.basis.id(),
                    first.fact.indicator.period_kind.id(),
                ));
            }
        }
        Ok(())
    }

    /// Every note of the figure, as the footer prints them: the builder's own, then what
    /// the marks call for (each segment of a stacked bar, a whole beside its parts, the
    /// curator's notes on the values shown). Derived here, from the marks, so no caller
    /// has to remember a post-step.
    pub fn all_notes(&self) -> Vec<String> {
        let mut notes = self.notes.clone();
        self.note_stacked_parts(&mut notes);
        self.note_parts_and_wholes(&mut notes);
        self.note_curators_notes(&mut notes);
        notes
    }

    /// Says where a whole is shown beside its own parts (兰白两区 and 兰州高新区): they
    /// must not be added up or ranked as peers.
    fn note_parts_and_wholes(&self, notes: &mut Vec<String>) {
        let l = self.lang;
        let mut zones: Vec<&'static crate::dataset::Zone> = Vec::new();
        for m in &self.marks {
            if !zones.iter().any(|z| z.id == m.fact.zone.id) {
                zones.push(m.fact.zone);
            }
        }
        for whole in &zones {
            let parts: Vec<&str> = zones
                .iter()
                .filter(|p| whole.contains(p))
                .map(|p| l.pick(p.short_zh, p.short_en))
                .collect();
            if parts.is_empty() {
                continue;
            }
            let name = l.pick(whole.short_zh, whole.short_en);
            notes.push(match l {
                Lang::Zh => format!("{name}包含{}，是整体与部分，不可相加", parts.join("、")),
                Lang::En => format!(
                    "{name} includes {}: a whole and its parts, not to be added up",
                    parts.join(", ")
                ),
            });
        }
    }

    /// Lists every segment of each stacked bar with its value, so a segment too thin to be
    /// labelled on the chart is still read (and printed).
    fn note_stacked_parts(&self, notes: &mut Vec<String>) {
        if !matches!(self.kind, Kind::Bars { stacked: true, .. }) {
            return;
        }
        let l = self.lang;
        for c in 0..self.categories.len() {
            let parts: Vec<String> = self
                .marks
                .iter()
                .filter(|m| m.category == c)
                .map(|m| match l {
                    Lang::Zh => format!("{}{}", self.series[m.series].name, m.label),
                    Lang::En => format!("{} {}", self.series[m.series].name, m.label),
                })
                .collect();
            if parts.len() > 1 {
                notes.push(match l {
                    Lang::Zh => format!("{}：{}", self.categories[c], parts.join("，")),
                    Lang::En => format!("{}: {}", self.categories[c], parts.join(", ")),
                });
            }
        }
    }

    /// Carries the curator's notes of the values shown (a doubted figure, a misprint's
    /// reading) into the chart's notes, once each.
    fn note_curators_notes(&self, notes: &mut Vec<String>) {
        let l = self.lang;
        for m in &self.marks {
            for n in m.fact.notes(l) {
                if !notes.iter().any(|x| x == n) {
                    notes.push(n.to_string());
                }
            }
        }
    }

    /// The articles behind the marks, each once, oldest first.
    pub fn sources(&self) -> Vec<&'static Source> {
        let mut out: Vec<&'static Source> = Vec::new();
        for m in &self.marks {
            for s in &m.fact.sources {
                if !out.iter().any(|o| o.id == s.id) {
                    out.push(s);
                }
            }
        }
        crate::sort::sort_by(&mut out, |a, b| a.date.cmp(b.date));
        out
    }

    pub fn statuses(&self) -> Vec<Status> {
        let mut out = Vec::new();
        for s in [
            Status::Reported,
            Status::Estimate,
            Status::Target,
            Status::Derived,
        ] {
            if self.marks.iter().any(|m| m.fact.status == s) {
                out.push(s);
            }
        }
        out
    }

    /// The footer: source line(s) then notes on estimates, targets and derived values.
    pub fn footer(&self) -> Vec<String> {
        let l = self.lang;
        let mut lines = Vec::new();
        let sources: Vec<String> = self.sources().iter().map(|s| s.cite(l)).collect();
        if !sources.is_empty() {
            lines.push(format!(
                "{}{}",
                l.pick("来源：", "Source: "),
                sources.join(crate::words::list_separator(l))
            ));
        }
        let mut notes = self.all_notes();
        for s in self.statuses() {
            let note = match s {
                Status::Reported => continue,
                Status::Estimate => l.pick(
                    "斜线：预计值（初步测算）",
                    "Hatched: estimate (preliminary)",
                ),
                Status::Target => l.pick("空心：目标值", "Outlined: target"),
                Status::Derived => l.pick(
                    "浅色：由报道数值推算，公式见提示",
                    "Light: derived from reported values (formula in the tooltip)",
                ),
            };
            notes.push(note.to_string());
        }
        // Derived values whose status is not "derived" (from an estimate) still say so.
        if self
            .marks
            .iter()
            .any(|m| m.fact.is_derived() && m.fact.status != Status::Derived)
        {
            notes.push(
                l.pick(
                    "部分数值由预计值推算，仍为预计值；公式、区间与假设见提示",
                    "Some values are derived from estimates and remain estimates; formula, range and assumptions in the tooltip",
                )
                .to_string(),
            );
        }
        if self
            .marks
            .iter()
            .any(|m| m.fact.qualifier != Qualifier::Exact)
        {
            notes.push(
                l.pick(
                    "“超过”“约”等照录原文",
                    "“over” and “about” are as the article states them",
                )
                .to_string(),
            );
        }
        if !notes.is_empty() {
            // Notes are sentences of their own; the joiner stands for their full stops.
            let notes: Vec<&str> = notes
                .iter()
                .map(|n| n.trim_end_matches(['。', '.']))
                .collect();
            lines.push(format!(
                "{}{}",
                l.pick("注：", "Note: "),
                notes.join(l.pick("；", ". "))
            ));
        }
        if self.frozen {
            let v = crate::dataset::Dataset::get().version;
            lines.push(match l {
                Lang::Zh => format!("数据截至{v}（固定版本，此后的数据更新不改变本图）"),
                Lang::En => {
                    format!("Data as of {v} (frozen: later data updates do not change this chart)")
                }
            });
        }
        lines
    }

    /// A text description for screen readers: what the chart shows, its extremes, its trend.
    pub fn describe(&self) -> String {
        let l = self.lang;
        if self.marks.is_empty() {
            return format!("{}. {}", self.title, self.empty.clone().unwrap_or_default());
        }
        let name = |m: &Mark| {
            let mut parts = vec![self.categories[m.category].clone()];
            if self.series.len() > 1 {
                parts.push(self.series[m.series].name.clone());
            }
            parts.join(l.pick("，", ", "))
        };
        let what = match (self.kind, l) {
            (Kind::Bars { .. }, Lang::Zh) => "柱状图",
            (Kind::Bars { .. }, Lang::En) => "Bar chart",
            (Kind::Lines, Lang::Zh) => "折线图",
            (Kind::Lines, Lang::En) => "Line chart",
            (Kind::Panel, Lang::Zh) => "数值列表",
            (Kind::Panel, Lang::En) => "List of figures",
        };
        let mut out = match l {
            Lang::Zh => format!("{what}：{}。共{}个数值。", self.title, self.marks.len()),
            Lang::En => format!(
                "{what}: {}. {} value{}.",
                self.title,
                self.marks.len(),
                if self.marks.len() == 1 { "" } else { "s" }
            ),
        };
        if self.marks.len() == 1 || self.kind == Kind::Panel {
            for m in &self.marks {
                out.push_str(&match l {
                    Lang::Zh => format!("{}：{}。", name(m), m.label),
                    Lang::En => format!(" {}: {}.", name(m), m.label),
                });
            }
        }
        if self.kind != Kind::Panel && self.marks.len() > 1 {
            let by = |a: &&Mark, b: &&Mark| a.fact.value.total_cmp(&b.fact.value);
            let max = self.marks.iter().max_by(by).unwrap();
            let min = self.marks.iter().min_by(by).unwrap();
            let (hi, lo) = if self.invert { (min, max) } else { (max, min) };
            out.push_str(&match l {
                Lang::Zh => format!(
                    "最{}：{} {}；最{}：{} {}。",
                    if self.invert { "靠前" } else { "高" },
                    name(hi),
                    hi.label,
                    if self.invert { "靠后" } else { "低" },
                    name(lo),
                    lo.label
                ),
                Lang::En => format!(
                    " {}: {}, {}; {}: {}, {}.",
                    if self.invert { "Best" } else { "Highest" },
                    name(hi),
                    hi.label,
                    if self.invert { "worst" } else { "lowest" },
                    name(lo),
                    lo.label
                ),
            });
        }
        // Trend: for each series with several periods, first to last.
        for (si, s) in self.series.iter().enumerate() {
            let mut pts: Vec<&Mark> = self.marks.iter().filter(|m| m.series == si).collect();
            crate::sort::sort_by(&mut pts, |a, b| a.fact.period.cmp(b.fact.period));
            let periods_differ =
                pts.first().map(|m| m.fact.period) != pts.last().map(|m| m.fact.period);
            // A trend only where a series is one zone's one indicator over time.
            let one_thing = pts.windows(2).all(|w| {
                w[0].fact.zone.id == w[1].fact.zone.id
                    && w[0].fact.indicator.id == w[1].fact.indicator.id
            });
            if pts.len() < 2 || !periods_differ || !one_thing || self.kind == Kind::Panel {
                continue;
            }
            let (a, b) = (pts[0], pts[pts.len() - 1]);
            let up = b.fact.value > a.fact.value;
            let better = up != self.invert;
            let word = match (l, self.invert, up) {
                (Lang::Zh, true, _) => {
                    if better {
                        "排名上升"
                    } else {
                        "排名下降"
                    }
                }
                (Lang::Zh, false, true) => "上升",
                (Lang::Zh, false, false) => "下降",
                (Lang::En, true, _) => {
                    if better {
                        "rank improved"
                    } else {
                        "rank fell"
                    }
                }
                (Lang::En, false, true) => "rose",
                (Lang::En, false, false) => "fell",
            };
            out.push_str(&match l {
                Lang::Zh => format!(
                    "{}：{}年{}至{}年{}，{}。",
                    s.name, a.fact.period, a.label, b.fact.period, b.label, word
                ),
                Lang::En => format!(
                    " {}: {} from {} in {} to {} in {}.",
                    s.name, word, a.label, a.fact.period, b.label, b.fact.period
                ),
            });
        }
        out
    }

    /// The value shown in a tooltip and table, in full: "176.25亿元(17,625,000,000元)".
    pub fn full_value(&self, m: &Mark) -> String {
        let f = m.fact;
        let full = format::full(f.value, f.unit(), self.lang);
        format::qualified(f.qualifier, &full, self.lang)
    }
}
