//! The figure finder: turns a new article into proposed rows of `data/values.csv`, each
//! tied to the article's words, for an editor to confirm, edit or reject.
//!
//! [`find`] cleans the text ([`clean`]), finds every figure ([`scan`]), and proposes for
//! each the entity (from the clause, the sentence, the paragraph's subject; 全市, 两市 and
//! 全省 read as the dataset reads them), the indicator ([`indicator`]), the period (a year,
//! a span, or none for a stock as of the article), the status (预计 → estimate; 力争, 到…年
//! → target), the qualifier, and the quote. Rows the dataset already has are recognised.
//! [`Report::values_csv`] writes the accepted rows as lines the build accepts as they are;
//! nothing is written anywhere by the finder itself.

pub mod clean;
pub mod indicator;
pub mod scan;
pub mod text;

use crate::dataset::vocab::{self, Measure, PeriodKind, Qualifier, Status, Unit};
use crate::dataset::{Dataset, Origin, INDICATORS, SOURCES, ZONES};
use indicator::NewIndicator;
use scan::{Figure, Kind, RangeEnd};
use text::{is_clause_mark, Mention};

/// The longest article the finder reads: the seeds are about 10 KB each.
pub const MAX_BYTES: usize = 1 << 20;

/// Input the finder cannot read, with a message for the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum InputError {
    Empty,
    TooLong(usize),
    Binary,
    NoFigures,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Empty => write!(f, "the text is empty / 文本为空"),
            InputError::TooLong(n) => write!(
                f,
                "the text is {:.1} MB; the finder reads articles up to {} MB / 文本过长（{:.1} MB），上限 {} MB",
                *n as f64 / 1048576.0,
                MAX_BYTES >> 20,
                *n as f64 / 1048576.0,
                MAX_BYTES >> 20
            ),
            InputError::Binary => write!(
                f,
                "this is not plain text (control bytes found): load the article as .txt / 这不是纯文本文件（含控制字符），请载入 .txt 文本"
            ),
            InputError::NoFigures => write!(
                f,
                "no figures found: no number with a unit (亿元, %, 家, 项 …) in the text / 未找到数字：文中没有带单位的数字"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Checks raw bytes: UTF-8, not binary, not too long, not empty.
pub fn check_bytes(bytes: &[u8]) -> Result<&str, InputError> {
    if bytes.len() > MAX_BYTES {
        return Err(InputError::TooLong(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| InputError::Binary)?;
    check_text(text)?;
    Ok(text)
}

/// Checks text: not empty, not too long, no control characters but line breaks and tabs.
pub fn check_text(text: &str) -> Result<(), InputError> {
    if text.len() > MAX_BYTES {
        return Err(InputError::TooLong(text.len()));
    }
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if controls > 0 {
        return Err(InputError::Binary);
    }
    Ok(())
}

/// The article being read: its source id for `data/sources.csv` and its date.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub source: String,
    /// `YYYY-MM-DD` or `YYYY-MM`; found in the text when empty.
    pub date: String,
}

impl Article {
    /// A source of the dataset, by id.
    pub fn known(id: &str) -> Option<Article> {
        SOURCES.iter().find(|s| s.id == id).map(|s| Article {
            source: s.id.to_string(),
            date: s.date.to_string(),
        })
    }

    /// The dataset's source whose seed file is `name` (`002_d6a5ce08102744b4.txt`).
    pub fn for_seed(name: &str) -> Option<Article> {
        SOURCES
            .iter()
            .find(|s| s.seed == name)
            .and_then(|s| Article::known(s.id))
    }
}

/// What the dataset already holds of a proposal.
#[derive(Debug, Clone, PartialEq)]
pub enum Known {
    New,
    /// The same figure, in the dataset from `source` as `indicator`.
    InDataset {
        source: String,
        indicator: String,
    },
    /// The dataset has another value for the same place, indicator and period.
    Differs {
        source: String,
        value: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Pending,
    Accepted,
    Rejected,
}

/// One proposed row, tied to the words it was read from.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub zone: String,
    pub indicator: String,
    /// Set when the indicator is new: the `indicators.csv` row to add.
    pub new_indicator: Option<NewIndicator>,
    pub period: String,
    /// Value and unit as the article writes them (`176.25`, `亿元`).
    pub value: String,
    pub unit: String,
    pub status: Status,
    pub qualifier: Qualifier,
    pub quote: String,
    /// Byte ranges in the cleaned text: the quote and the figure in it.
    pub quote_span: (usize, usize),
    pub figure_span: (usize, usize),
    /// Why each field was proposed, for the editor.
    pub why: Vec<String>,
    pub known: Known,
    pub decision: Decision,
}

impl Proposal {
    /// What stops the row from being accepted by the build, if anything.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !ZONES.iter().any(|z| z.id == self.zone) {
            out.push(format!("unknown zone {:?}", self.zone));
        }
        let (unit, period_kind) = match (&self.new_indicator, self.indicator()) {
            (Some(n), _) => {
                if !valid_id(&n.id, '_') {
                    out.push(format!("{:?} is not an indicator id (a-z, 0-9, _)", n.id));
                }
                if INDICATORS.iter().any(|i| i.id == n.id) {
                    out.push(format!("indicator {:?} already exists", n.id));
                }
                if n.name_zh.trim().is_empty() || n.name_en.trim().is_empty() {
                    out.push("a new indicator needs names".into());
                }
                (Some(n.unit), Some(n.period_kind))
            }
            (None, Some(i)) => (Some(i.unit), Some(i.period_kind)),
            (None, None) => {
                out.push(format!("unknown indicator {:?}", self.indicator));
                (None, None)
            }
        };
        match vocab::written_unit(&self.unit) {
            None => out.push(format!("unknown unit {:?}", self.unit)),
            Some((u, exp)) => {
                if unit.is_some_and(|iu| iu != u) {
                    out.push(format!(
                        "{} is {}, the indicator is in {}",
                        self.unit,
                        u.id(),
                        unit.map_or("", Unit::id)
                    ));
                }
                if vocab::shift_decimal(&self.value, exp).is_none() {
                    out.push(format!("{:?} is not a decimal number", self.value));
                }
            }
        }
        if !vocab::valid_period(&self.period) {
            out.push(format!("{:?} is not a year, a span or empty", self.period));
        } else if period_kind.is_some_and(|k| !k.accepts(&self.period)) {
            out.push(format!(
                "period {:?} does not fit the indicator's period kind {}",
                self.period,
                period_kind.map_or("", PeriodKind::id)
            ));
        }
        if self.status == Status::Derived {
            out.push("derived values are computed, not typed".into());
        }
        if self.quote.trim().is_empty() || self.quote.contains(['\n', '\r']) {
            out.push("the quote must be one line of the article".into());
        }
        out
    }

    /// An editor's change to one field; the names of a new indicator are
    /// `name_zh` and `name_en`. Setting `indicator` to an id the dataset lacks proposes a
    /// new indicator of that id.
    pub fn set(&mut self, field: &str, value: &str) -> Result<(), String> {
        let value = value.trim();
        if value.contains(['\n', '\r', '\t']) {
            return Err(format!("{field}: one line, no tabs"));
        }
        match field {
            "zone" => self.zone = value.into(),
            "indicator" => {
                self.indicator = value.into();
                if INDICATORS.iter().any(|i| i.id == value) {
                    self.new_indicator = None;
                } else {
                    let unit = vocab::written_unit(&self.unit).map_or(Unit::Count, |(u, _)| u);
                    let mut ni = self.new_indicator.clone().unwrap_or_else(|| {
                        let measure = if unit == Unit::Count {
                            Measure::Count
                        } else {
                            Measure::Level
                        };
                        NewIndicator::propose(0, "", unit, measure, false)
                    });
                    ni.id = value.into();
                    self.new_indicator = Some(ni);
                }
            }
            "name_zh" | "name_en" => {
                let Some(ni) = self.new_indicator.as_mut() else {
                    return Err(format!(
                        "{field}: only a new indicator's names can be edited"
                    ));
                };
                if field == "name_zh" {
                    ni.name_zh = value.into();
                } else {
                    ni.name_en = value.into();
                }
            }
            "period" => self.period = value.into(),
            "value" => self.value = value.into(),
            "unit" => {
                self.unit = value.into();
                if let (Some(ni), Some((u, _))) =
                    (self.new_indicator.as_mut(), vocab::written_unit(value))
                {
                    ni.unit = u;
                }
            }
            "status" => {
                self.status = Status::parse(value)
                    .filter(|s| *s != Status::Derived)
                    .ok_or_else(|| format!("status {value:?}: reported, estimate or target"))?
            }
            "qualifier" => {
                self.qualifier = Qualifier::parse(value).ok_or_else(|| {
                    format!("qualifier {value:?}: (empty), over, about, under, class")
                })?
            }
            "quote" => self.quote = value.into(),
            _ => return Err(format!("unknown field {field:?}")),
        }
        Ok(())
    }

    fn indicator(&self) -> Option<&'static crate::dataset::Indicator> {
        INDICATORS.iter().find(|i| i.id == self.indicator)
    }

    /// The row as a line of `data/values.csv`.
    pub fn csv_line(&self, source: &str) -> String {
        [
            self.zone.as_str(),
            &self.indicator,
            &self.period,
            &self.value,
            &self.unit,
            self.status.id(),
            source,
            self.qualifier.id(),
            &self.quote,
            "",
            "",
            "",
            "",
        ]
        .map(csv_field)
        .join(",")
    }

    /// The key the build keeps unique: place, indicator, period.
    pub fn key(&self) -> (String, String, String) {
        (
            self.zone.clone(),
            self.indicator.clone(),
            self.period.clone(),
        )
    }
}

fn valid_id(v: &str, sep: char) -> bool {
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == sep)
        && !v.starts_with(sep)
        && !v.ends_with(sep)
}

/// A CSV field, quoted when it must be.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// What the finder read and proposes.
#[derive(Debug, Clone)]
pub struct Report {
    pub article: Article,
    pub cleaned: clean::Cleaned,
    pub proposals: Vec<Proposal>,
}

impl Report {
    /// The accepted rows as lines for `data/values.csv` (no header), and the problems that
    /// kept rows out: (values lines, indicators lines, problems).
    pub fn csv(&self) -> (String, String, Vec<String>) {
        let mut values = String::new();
        let mut indicators = String::new();
        let mut problems = Vec::new();
        let mut keys: Vec<(String, String, String)> = Vec::new();
        let mut new_ids: Vec<&str> = Vec::new();
        for (n, p) in self.proposals.iter().enumerate() {
            if p.decision != Decision::Accepted {
                continue;
            }
            let row = n + 1;
            if let Known::InDataset { source, .. } = &p.known {
                if *source == self.article.source {
                    problems.push(format!("row {row}: already in the dataset, left out"));
                    continue;
                }
            }
            let issues = p.problems();
            if !issues.is_empty() {
                problems.push(format!("row {row}: {}", issues.join("; ")));
                continue;
            }
            if keys.contains(&p.key()) {
                problems.push(format!(
                    "row {row}: another accepted row has the same place, indicator and period; edit one"
                ));
                continue;
            }
            keys.push(p.key());
            if let Some(ni) = &p.new_indicator {
                if let Some(other) = self
                    .proposals
                    .iter()
                    .filter_map(|o| o.new_indicator.as_ref())
                    .find(|o| o.id == ni.id && *o != ni)
                {
                    if new_ids.contains(&ni.id.as_str()) && other.unit != ni.unit {
                        problems.push(format!(
                            "row {row}: new indicator {} is defined twice",
                            ni.id
                        ));
                        continue;
                    }
                }
                if !new_ids.contains(&ni.id.as_str()) {
                    new_ids.push(&ni.id);
                    indicators.push_str(&ni.csv_line());
                    indicators.push('\n');
                }
            }
            values.push_str(&p.csv_line(&self.article.source));
            values.push('\n');
        }
        (values, indicators, problems)
    }

    /// An editor's change to row `i` (0-based): the field, then what the dataset holds
    /// of the row is looked up again.
    pub fn set(&mut self, i: usize, field: &str, value: &str) -> Result<(), String> {
        let source = self.article.source.clone();
        let p = self
            .proposals
            .get_mut(i)
            .ok_or_else(|| format!("no row {}", i + 1))?;
        p.set(field, value)?;
        p.known = known(p, &source);
        Ok(())
    }

    /// A line for `data/sources.csv` when the article is not a source yet: its title
    /// (the first line), date and file, for the editor to complete.
    pub fn source_line(&self, file: &str) -> Option<String> {
        if SOURCES.iter().any(|s| s.id == self.article.source) {
            return None;
        }
        let title = self
            .cleaned
            .text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        Some(
            [
                self.article.source.as_str(),
                "未注明",
                "not stated",
                title,
                "(to translate)",
                &self.article.date,
                file,
                "",
            ]
            .map(csv_field)
            .join(","),
        )
    }

    pub fn values_csv(&self) -> String {
        self.csv().0
    }

    /// Marks every proposal accepted (what a test does; an editor decides row by row).
    pub fn accept_all_new(&mut self) {
        for p in &mut self.proposals {
            if !matches!(&p.known, Known::InDataset { source, .. } if *source == self.article.source)
            {
                p.decision = Decision::Accepted;
            }
        }
    }
}

/// Words of status: an estimate, a target.
const ESTIMATE_WORDS: [&str; 5] = ["预计", "初步测算", "预测", "预估", "估计"];
const TARGET_WORDS: [&str; 4] = ["力争", "目标是", "目标为", "谋划"];

/// Reads an article and proposes a row for every figure in it.
pub fn find(input: &str, article: &Article) -> Result<Report, InputError> {
    check_text(input)?;
    let cleaned = clean::clean(input);
    let text = cleaned.text.as_str();
    let mut figs = scan::figures(text);
    let sentences = text::sentences(text);
    let years = text::years(text);
    let mentions = text::mentions(text);

    let mut article = article.clone();
    if article.date.is_empty() {
        article.date = date_in(text).unwrap_or_default();
    }
    let article_year: Option<u16> = article.date.get(..4).and_then(|y| y.parse().ok());

    // A deadline standing alone in its sentence is the figure (力争到2030年…达峰).
    for y in years.iter().filter(|y| y.deadline && y.from.is_none()) {
        let Some(&(s0, s1)) = sentences.iter().find(|(s, e)| (*s..*e).contains(&y.at)) else {
            continue;
        };
        if !figs.iter().any(|f| f.start >= s0 && f.end <= s1) {
            let end = y.at + 4 + '年'.len_utf8();
            figs.push(Figure {
                start: y.at,
                end,
                value: y.year.to_string(),
                unit: "年".into(),
                qualifier: Qualifier::Exact,
                range: None,
                kind: Kind::Year,
                ordinal: false,
            });
        }
    }
    crate::sort::sort_by(&mut figs, |a, b| a.start.cmp(&b.start));
    if figs.is_empty() {
        return Err(InputError::NoFigures);
    }

    // The article's main subject: the place it names most.
    let main = main_entity(&mentions);
    // An article announcing a plan (2022年甘肃省将…) proposes targets.
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let plan = first_line.contains('将')
        && text::years(first_line)
            .iter()
            .any(|y| article_year.is_none_or(|a| y.year >= a));

    let reader = Reader {
        text,
        sentences: &sentences,
        years: &years,
        mentions: &mentions,
        main,
        plan,
    };
    let mut proposals: Vec<Proposal> = Vec::new();
    // The rows' keys (place, indicator, period), kept unique as the build wants; sorted for
    // binary search (a hash set would add a hasher to the wasm).
    let mut keys: Vec<(String, String, String)> = Vec::new();
    let mut new_count = 0;
    let mut prev_subject = String::new();
    let mut prev_sentence = usize::MAX;
    for (n, f) in figs.iter().enumerate() {
        let si = sentences
            .partition_point(|(_, e)| *e <= f.start)
            .min(sentences.len() - 1);
        let (s0, s1) = sentences[si];
        let (c0, c1) = text::clause(text, s0, s1, f.start, f.end);
        let prev_end = figs[..n]
            .iter()
            .rev()
            .map(|p| p.end)
            .take_while(|e| *e >= c0)
            .find(|e| *e <= f.start)
            .unwrap_or(c0);
        // The words after a figure, up to the next; a range's low end reads its high
        // end's (3-4个抽水蓄能电站).
        let tail_from = match (f.range, figs.get(n + 1)) {
            (Some(RangeEnd::Min), Some(max)) if max.range == Some(RangeEnd::Max) => max.end,
            _ => f.end,
        };
        let next_start = figs[n + 1..]
            .iter()
            .map(|p| p.start)
            .find(|s| *s >= tail_from)
            .unwrap_or(c1)
            .min(c1);
        let before = without_places(text, prev_end, f.start, &mentions);
        let after = without_places(text, tail_from, next_start.max(tail_from), &mentions);
        let before = before.as_str();
        let after = after.as_str();
        let thin = thin_subject(before);
        // The quote: the clause, with the one before when this one does not say what.
        let mut q0 = c0;
        if thin && c0 > s0 {
            // The mark that ends the clause before.
            let mark = text[..c0].char_indices().next_back().map_or(c0, |(i, _)| i);
            if mark > s0 {
                q0 = text::clause(text, s0, s1, mark, mark).0;
            }
        }
        let quote = text[q0..c1].trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        let quote_start = q0 + text[q0..c1].find(quote).unwrap_or(0);
        // 其中… continues the sentence before.
        let continues = prev_sentence == si
            || (si > 0 && prev_sentence == si - 1 && text[s0..s1].trim_start().starts_with("其中"));
        let printed_unit = &text[f.start..f.end];
        let subject = if thin && continues {
            format!("{prev_subject}{before}{printed_unit}{after}")
        } else {
            format!("{before}{printed_unit}{after}")
        };
        prev_subject = if thin && continues {
            prev_subject.clone()
        } else {
            before.to_string()
        };
        prev_sentence = si;

        // 项目数、资金额均超过65%: one figure for each of the things listed before 均.
        let items: Vec<String> = match before.rfind('均') {
            Some(j) if before[..j].contains('、') => before[..j]
                .rsplit(|c: char| is_clause_mark(c))
                .next()
                .unwrap_or("")
                .split('、')
                .map(str::to_string)
                .collect(),
            _ => vec![String::new()],
        };
        for item in &items {
            let subject = if item.is_empty() {
                subject.clone()
            } else {
                format!("{item}{printed_unit}{after}")
            };
            let mut why = Vec::new();
            let (zone, zone_why) = reader.entity(f, si, (c0, c1));
            why.push(zone_why);
            let unit = indicator::unit_of(&f.unit).unwrap_or(Unit::Count);
            let sentence_text = &text[s0..s1];
            let in_sentence = &years
                [years.partition_point(|y| y.at < s0)..years.partition_point(|y| y.at < f.start)];
            let span_year = in_sentence
                .iter()
                .rfind(|y| y.from.is_some())
                .map(|y| (y.from.unwrap_or(y.year), y.year));
            let averaged = sentence_text.contains("年均");
            let target_year = in_sentence.iter().rfind(|y| y.deadline).map(|y| y.year);
            let span_like = span_year.is_some() || averaged || target_year.is_some();
            let words = format!("{before}{after}");
            let measure = if f.kind == Kind::Year {
                Measure::Level
            } else {
                indicator::measure_of(unit, &words, f.ordinal, span_like)
            };
            let (year, year_why) = reader.year(f, si);
            why.push(year_why);

            // The indicator: the best-matching one whose row would not repeat another's key.
            let mut chosen: Option<(String, Option<NewIndicator>, String)> = None;
            {
                let mut cands = indicator::candidates(unit, measure, &subject);
                if let Some(end) = f.range {
                    let (want, not) = match end {
                        RangeEnd::Min => ("下限", "上限"),
                        RangeEnd::Max => ("上限", "下限"),
                    };
                    cands.retain(|(i, _)| !i.name_zh.contains(not));
                    crate::sort::sort_by(&mut cands, |a, b| {
                        b.0.name_zh.contains("限").cmp(&a.0.name_zh.contains("限"))
                    });
                    let _ = want;
                } else {
                    cands.retain(|(i, _)| {
                        !i.name_zh.contains("下限") && !i.name_zh.contains("上限")
                    });
                }
                for (ind, score) in cands {
                    let period =
                        fit_period(year, span_year, target_year, ind.period_kind, sentence_text);
                    let key = (zone.to_string(), ind.id.to_string(), period.clone());
                    if keys.binary_search(&key).is_ok() {
                        continue;
                    }
                    why.push(format!(
                        "indicator: {} ({:.0}% of its name in the words)",
                        ind.name_zh,
                        score * 100.0
                    ));
                    chosen = Some((ind.id.to_string(), None, period));
                    break;
                }
            }
            let (indicator_id, new_indicator, period) = chosen.unwrap_or_else(|| {
                new_count += 1;
                // Named from the words of its own clause, or the ones it continues.
                let own = if !item.is_empty() {
                    item.clone()
                } else if thin && continues {
                    format!("{prev_subject}{before}")
                } else {
                    before.to_string()
                };
                let mut name = indicator::name_from(&own, after);
                if let Some(end) = f.range {
                    name.push_str(if end == RangeEnd::Min {
                        "（下限）"
                    } else {
                        "（上限）"
                    });
                }
                if f.kind == Kind::Year {
                    let rest = text[f.end..s1].trim_start_matches(|c: char| !scan::is_han(c));
                    name = format!("{}年份", indicator::name_from("", rest));
                }
                let mut ni = NewIndicator::propose(new_count, &name, unit, measure, span_like);
                if f.kind == Kind::Year {
                    ni.period_kind = PeriodKind::None;
                    ni.category = "plan";
                }
                let period =
                    fit_period(year, span_year, target_year, ni.period_kind, sentence_text);
                why.push(format!("indicator: new ({}, {})", measure.id(), unit.id()));
                (ni.id.clone(), Some(ni), period)
            });

            let status = reader.status(f, si, target_year);
            why.push(format!("status: {}", status.id()));
            let key = (zone.to_string(), indicator_id.clone(), period.clone());
            if let Err(at) = keys.binary_search(&key) {
                keys.insert(at, key);
            }
            proposals.push(Proposal {
                zone: zone.to_string(),
                indicator: indicator_id,
                new_indicator,
                period,
                value: f.value.clone(),
                unit: f.unit.clone(),
                status,
                qualifier: f.qualifier,
                quote: quote.to_string(),
                quote_span: (quote_start, quote_start + quote.len()),
                figure_span: (f.start, f.end),
                why,
                known: Known::New,
                decision: Decision::Pending,
            });
        }
    }
    for p in &mut proposals {
        p.known = known(p, &article.source);
    }
    Ok(Report {
        article,
        cleaned,
        proposals,
    })
}

/// The text of `lo..hi` without the places named in it (兰州新区400亿元 → 400亿元).
fn without_places(text: &str, lo: usize, hi: usize, mentions: &[Mention]) -> String {
    let mut out = String::new();
    let mut at = lo;
    let first = mentions.partition_point(|m| m.at < lo);
    for m in mentions[first..]
        .iter()
        .take_while(|m| m.at < hi)
        .filter(|m| m.end <= hi)
    {
        out.push_str(&text[at..m.at]);
        at = m.end;
    }
    out.push_str(&text[at..hi.max(at)]);
    out
}

/// Whether the words before a figure fail to say what it is (增长, 占全市, 其中).
fn thin_subject(before: &str) -> bool {
    let han: String = before.chars().filter(|c| scan::is_han(*c)).collect();
    let mut core = han.clone();
    for w in [
        "其中",
        "增长",
        "同比",
        "增速",
        "占",
        "全市",
        "全省",
        "全国",
        "的",
        "提升",
        "较上年",
        "下降",
        "金额为",
        "金额",
        "均",
        "为",
        "达到",
        "达",
        "完成",
        "实现",
        "共",
        "总数",
        "总量",
        "两年",
        "三年",
    ] {
        core = core.replace(w, "");
    }
    core.chars().count() < 2
}

/// The date the article gives (发布时间:2022-12-19, 日期:2024-10-15, 2024-04-02 兰州日报).
pub fn date_in(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let ok = digits(i..i + 4)
            && b[i + 4] == b'-'
            && digits(i + 5..i + 7)
            && b[i + 7] == b'-'
            && digits(i + 8..i + 10)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
        ok.then(|| text[i..i + 10].to_string())
    })
}

fn main_entity(mentions: &[Mention]) -> &'static str {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| !m.weak) {
        if let Some(z) = m.zone {
            match counts.iter_mut().find(|(id, _)| *id == z) {
                Some(c) => c.1 += 1,
                None => counts.push((z, 1)),
            }
        }
    }
    counts
        .iter()
        .fold(None::<(&str, usize)>, |best, &(z, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((z, n)),
        })
        .map_or("gansu", |(z, _)| z)
}

/// The period a row gets for an indicator of period kind `kind`.
fn fit_period(
    year: Option<u16>,
    span: Option<(u16, u16)>,
    target: Option<u16>,
    kind: PeriodKind,
    sentence: &str,
) -> String {
    match kind {
        PeriodKind::AsOf | PeriodKind::None => String::new(),
        PeriodKind::Year => year.map(|y| y.to_string()).unwrap_or_default(),
        PeriodKind::SpanAverage | PeriodKind::SpanChange => {
            if let Some((a, b)) = span {
                return format!("{a}-{b}");
            }
            if let Some(t) = target {
                // A plan's target "by 2025" is over its five-year plan (2021–2025).
                let start = 2021 + (t.saturating_sub(2021) / 5) * 5;
                if t >= 2021 && t == start + 4 {
                    return format!("{start}-{t}");
                }
            }
            // A rank's change over "two years", or "on the previous year".
            if let Some(y) = year {
                let n = if sentence.contains("两年") {
                    2
                } else if sentence.contains("三年") {
                    3
                } else {
                    1
                };
                return format!("{}-{y}", y - n);
            }
            String::new()
        }
    }
}

/// What the dataset holds of a proposal.
fn known(p: &Proposal, source: &str) -> Known {
    let Some((unit, exp)) = vocab::written_unit(&p.unit) else {
        return Known::New;
    };
    let exact = vocab::shift_decimal(&p.value, exp).unwrap_or_default();
    let mut same_figure = None;
    let mut differs = None;
    for f in &Dataset::get().facts {
        let Origin::Record(r) = &f.origin else {
            continue;
        };
        if f.zone.id != p.zone {
            continue;
        }
        let same_value = (f.unit() == unit && r.exact() == exact)
            || (r.written_value() == p.value && r.written_unit() == p.unit);
        let found = || Known::InDataset {
            source: f.source_ids(),
            indicator: f.indicator.id.to_string(),
        };
        if same_value && f.indicator.id == p.indicator {
            return found();
        }
        // The same figure typed under another indicator, from this article's same words.
        if same_value
            && same_figure.is_none()
            && f.source_ids() == source
            && (r.quote().contains(&p.quote)
                || p.quote.contains(r.quote())
                || quote_overlap(r.quote(), &p.quote, &p.value))
        {
            same_figure = Some(found());
        }
        if !same_value && f.indicator.id == p.indicator && f.period == p.period {
            differs = Some(Known::Differs {
                source: f.source_ids(),
                value: format!("{}{}", r.written_value(), r.written_unit()),
            });
        }
    }
    same_figure.or(differs).unwrap_or(Known::New)
}

/// Whether two quotes share the figure's number and the words just before it.
fn quote_overlap(a: &str, b: &str, value: &str) -> bool {
    let Some(i) = b.find(value) else {
        return false;
    };
    let lead: String = b[..i]
        .chars()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    a.contains(&format!("{lead}{value}"))
}

/// Reads entities, years and statuses around figures.
struct Reader<'a> {
    text: &'a str,
    sentences: &'a [(usize, usize)],
    years: &'a [text::YearMention],
    mentions: &'a [Mention],
    main: &'static str,
    plan: bool,
}

impl Reader<'_> {
    /// The place a mention names: 全市 is the city of the last place named before it.
    fn zone_of(&self, m: &Mention) -> &'static str {
        if let Some(z) = m.zone {
            return z;
        }
        self.between(0, m.at)
            .iter()
            .filter(|o| !o.weak)
            .filter_map(|o| o.zone)
            .filter_map(text::city_of)
            .next_back()
            .or_else(|| text::city_of(self.main))
            .unwrap_or("gansu")
    }

    /// The mentions that start in `lo..hi` (they are in text order).
    fn between(&self, lo: usize, hi: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.at < lo);
        let b = self.mentions.partition_point(|m| m.at < hi);
        &self.mentions[a..b.max(a)]
    }

    fn line_start(&self, at: usize) -> usize {
        self.text[..at].rfind('\n').map_or(0, |i| i + 1)
    }

    /// The entity of a figure, and why.
    fn entity(&self, f: &Figure, si: usize, clause: (usize, usize)) -> (&'static str, String) {
        let (s0, s1) = self.sentences[si];
        // A sentence opening with 其中 continues the one before.
        let s0 = if self.text[s0..s1].trim_start().starts_with("其中") && si > 0 {
            self.sentences[si - 1].0
        } else {
            s0
        };
        let strong = |lo: usize, hi: usize| {
            self.between(lo, hi)
                .iter()
                .filter(move |m| !m.weak && m.end <= hi)
        };
        let named = |m: &Mention, how: &str| {
            let z = self.zone_of(m);
            (z, format!("place: {} ({how})", &self.text[m.at..m.end]))
        };
        if let Some(m) = strong(clause.0, f.start).next_back() {
            return named(m, "in the clause");
        }
        if let Some(m) = strong(f.end, clause.1).next() {
            return named(m, "in the clause");
        }
        if let Some(m) = strong(s0, f.start).next_back() {
            return named(m, "in the sentence");
        }
        // After the figure in the sentence, but not a part named after 其中.
        let part_from = self.text[f.end..s1].find("其中").map_or(s1, |i| f.end + i);
        if let Some(m) = strong(f.end, part_from).next() {
            return named(m, "later in the sentence");
        }
        if let Some(m) = self.between(s0, f.start).iter().rfind(|m| m.weak) {
            let whole = self.text[m.end..s1].contains("其中");
            let dept = &self.text[m.at..m.end];
            return if whole || self.main == "gansu" {
                ("gansu", format!("place: the province ({dept} acts for it)"))
            } else {
                (
                    self.main,
                    format!("place: the article's subject ({dept} acts for it)"),
                )
            };
        }
        let line = self.line_start(s0);
        if let Some(m) = strong(line, s0).next_back() {
            return named(m, "the paragraph's subject");
        }
        if let Some(m) = strong(0, s0).next_back() {
            return named(m, "named before");
        }
        (self.main, "place: the article's subject".into())
    }

    /// The year a figure belongs to, and why.
    fn year(&self, f: &Figure, si: usize) -> (Option<u16>, String) {
        let (s0, _) = self.sentences[si];
        let from = self.years.partition_point(|y| y.at < s0);
        let to = self.years.partition_point(|y| y.at < f.start).max(from);
        if let Some(y) = self.years[from..to].iter().rfind(|y| y.from.is_none()) {
            if y.base {
                return (
                    Some(y.year + 1),
                    format!("period: the year after {} (compared with it)", y.year),
                );
            }
            return (Some(y.year), format!("period: {} in the sentence", y.year));
        }
        if let Some(y) = self.years[..from]
            .iter()
            .rfind(|y| y.adverbial && y.from.is_none())
        {
            return (Some(y.year), format!("period: {} named before", y.year));
        }
        (None, "period: none given".into())
    }

    fn status(&self, f: &Figure, si: usize, target_year: Option<u16>) -> Status {
        if f.kind == Kind::Class || f.kind == Kind::Year || target_year.is_some() {
            return Status::Target;
        }
        let (s0, s1) = self.sentences[si];
        let mut scope = self.text[s0..s1].to_string();
        // 其中… continues the sentence before: its estimate is theirs too.
        if scope.trim_start().starts_with("其中") && si > 0 {
            let (p0, p1) = self.sentences[si - 1];
            scope.insert_str(0, &self.text[p0..p1]);
        }
        if ESTIMATE_WORDS.iter().any(|w| scope.contains(w)) {
            Status::Estimate
        } else if TARGET_WORDS.iter().any(|w| scope.contains(w)) || self.plan {
            Status::Target
        } else {
            Status::Reported
        }
    }
}
