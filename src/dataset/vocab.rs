//! The closed vocabularies of the data files: units, statuses and qualifiers.
//!
//! Self-contained on purpose: `build.rs` includes this file with `#[path]` to
//! validate and convert the data at compile time, and the crate uses it at run time.

/// A canonical unit: every value is stored in one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Cny,
    Percent,
    Pp,
    Count,
    Rank,
    Mu,
    T,
    Kg,
    M2,
    M3,
    Kw,
    Kwh,
    H,
    Day,
    Mm,
    DegC,
    Deg,
    /// A place in a top-N list ("50强"): N.
    TopN,
    /// A calendar year as a value (a target date).
    Year,
}

impl Unit {
    pub const ALL: [Unit; 19] = [
        Unit::Cny,
        Unit::Percent,
        Unit::Pp,
        Unit::Count,
        Unit::Rank,
        Unit::Mu,
        Unit::T,
        Unit::Kg,
        Unit::M2,
        Unit::M3,
        Unit::Kw,
        Unit::Kwh,
        Unit::H,
        Unit::Day,
        Unit::Mm,
        Unit::DegC,
        Unit::Deg,
        Unit::TopN,
        Unit::Year,
    ];

    /// The id used in the CSV `unit` column.
    pub fn id(self) -> &'static str {
        match self {
            Unit::Cny => "CNY",
            Unit::Percent => "percent",
            Unit::Pp => "pp",
            Unit::Count => "count",
            Unit::Rank => "rank",
            Unit::Mu => "mu",
            Unit::T => "t",
            Unit::Kg => "kg",
            Unit::M2 => "m2",
            Unit::M3 => "m3",
            Unit::Kw => "kW",
            Unit::Kwh => "kWh",
            Unit::H => "h",
            Unit::Day => "day",
            Unit::Mm => "mm",
            Unit::DegC => "degC",
            Unit::Deg => "deg",
            Unit::TopN => "top_n",
            Unit::Year => "year",
        }
    }

    pub fn parse(id: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.id() == id)
    }

    /// Names for axis titles and tables: (Chinese, English).
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Unit::Cny => ("元", "CNY"),
            Unit::Percent => ("%", "%"),
            Unit::Pp => ("个百分点", "pp"),
            Unit::Count => ("个", "count"),
            Unit::Rank => ("位次", "rank"),
            Unit::Mu => ("亩", "mu"),
            Unit::T => ("吨", "t"),
            Unit::Kg => ("千克", "kg"),
            Unit::M2 => ("平方米", "m²"),
            Unit::M3 => ("立方米", "m³"),
            Unit::Kw => ("千瓦", "kW"),
            Unit::Kwh => ("千瓦时", "kWh"),
            Unit::H => ("小时", "h"),
            Unit::Day => ("天", "days"),
            Unit::Mm => ("毫米", "mm"),
            Unit::DegC => ("℃", "°C"),
            Unit::Deg => ("度", "°"),
            Unit::TopN => ("强", "top"),
            Unit::Year => ("年", "year"),
        }
    }
}

/// A unit as the articles write it: its canonical unit and the power of ten
/// that converts to it (亿元 is 10^8 yuan).
pub const WRITTEN_UNITS: &[(&str, Unit, u32)] = &[
    ("亿元", Unit::Cny, 8),
    ("万元", Unit::Cny, 4),
    ("元", Unit::Cny, 0),
    ("%", Unit::Percent, 0),
    ("个百分点", Unit::Pp, 0),
    ("个", Unit::Count, 0),
    ("家", Unit::Count, 0),
    ("项", Unit::Count, 0),
    ("户", Unit::Count, 0),
    ("名", Unit::Count, 0),
    ("人", Unit::Count, 0),
    ("条", Unit::Count, 0),
    ("次", Unit::Count, 0),
    ("张", Unit::Count, 0),
    ("套", Unit::Count, 0),
    ("所", Unit::Count, 0),
    ("批次", Unit::Count, 0),
    ("万户", Unit::Count, 4),
    ("万头只", Unit::Count, 4),
    ("位", Unit::Rank, 0),
    ("亩", Unit::Mu, 0),
    ("万平方米", Unit::M2, 4),
    ("吨", Unit::T, 0),
    ("万吨", Unit::T, 4),
    ("万吨/年", Unit::T, 4),
    ("亿公斤", Unit::Kg, 8),
    ("亿立方米", Unit::M3, 8),
    ("万千瓦", Unit::Kw, 4),
    ("万千瓦时", Unit::Kwh, 4),
    ("亿千瓦时", Unit::Kwh, 8),
    ("天", Unit::Day, 0),
    ("小时", Unit::H, 0),
    ("毫米", Unit::Mm, 0),
    ("℃", Unit::DegC, 0),
    ("度", Unit::Deg, 0),
    ("强", Unit::TopN, 0),
    ("年", Unit::Year, 0),
];

pub fn written_unit(word: &str) -> Option<(Unit, u32)> {
    WRITTEN_UNITS
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|&(_, unit, exp)| (unit, exp))
}

/// How a value came to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Reported,
    Estimate,
    Target,
    Derived,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Estimate => "estimate",
            Status::Target => "target",
            Status::Derived => "derived",
        }
    }

    pub fn parse(id: &str) -> Option<Status> {
        [
            Status::Reported,
            Status::Estimate,
            Status::Target,
            Status::Derived,
        ]
        .into_iter()
        .find(|s| s.id() == id)
    }

    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Status::Reported => ("实际", "reported"),
            Status::Estimate => ("预计", "estimate"),
            Status::Target => ("目标", "target"),
            Status::Derived => ("推算", "derived"),
        }
    }
}

/// "over 50%", "about 2.3亿元": how the article bounds its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Exact,
    Over,
    About,
    Under,
    /// An order of magnitude ("千万千瓦级"), not a measured figure.
    Class,
}

impl Qualifier {
    pub fn id(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Over => "over",
            Qualifier::About => "about",
            Qualifier::Under => "under",
            Qualifier::Class => "class",
        }
    }

    pub fn parse(id: &str) -> Option<Qualifier> {
        [
            Qualifier::Exact,
            Qualifier::Over,
            Qualifier::About,
            Qualifier::Under,
            Qualifier::Class,
        ]
        .into_iter()
        .find(|q| q.id() == id)
    }

    /// Prefix shown before a formatted value: (Chinese, English).
    pub fn prefixes(self) -> (&'static str, &'static str) {
        match self {
            Qualifier::Exact => ("", ""),
            Qualifier::Over => ("超过", "over "),
            Qualifier::About => ("约", "about "),
            Qualifier::Under => ("不到", "under "),
            Qualifier::Class => ("", "order of "),
        }
    }
}

/// What a number measures (the indicator's `measure` column). Charts put on one axis
/// only values of one measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// An amount: money, output, area, capacity.
    Level,
    /// A number of things.
    Count,
    /// A growth rate (with its basis where it is money).
    Rate,
    /// A part of a whole, in percent.
    Share,
    /// A place in a ranking: lower is better.
    Rank,
    /// A bracket of a ranking ("top 50"), not a place.
    Bracket,
    /// A change over a span (places gained, a cumulative reduction).
    Change,
    /// A gap between two values of the same period (percentage points above the province).
    Difference,
}

impl Measure {
    pub const ALL: [Measure; 8] = [
        Measure::Level,
        Measure::Count,
        Measure::Rate,
        Measure::Share,
        Measure::Rank,
        Measure::Bracket,
        Measure::Change,
        Measure::Difference,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Measure::Level => "level",
            Measure::Count => "count",
            Measure::Rate => "rate",
            Measure::Share => "share",
            Measure::Rank => "rank",
            Measure::Bracket => "bracket",
            Measure::Change => "change",
            Measure::Difference => "difference",
        }
    }

    pub fn parse(id: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The price basis of a growth rate of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Not a rate of money: no basis.
    None,
    /// At comparable prices, as Chinese statistics report GDP and value added.
    Real,
    /// At current prices.
    Nominal,
}

impl Basis {
    pub fn id(self) -> &'static str {
        match self {
            Basis::None => "",
            Basis::Real => "real",
            Basis::Nominal => "nominal",
        }
    }

    pub fn parse(id: &str) -> Option<Basis> {
        [Basis::None, Basis::Real, Basis::Nominal]
            .into_iter()
            .find(|b| b.id() == id)
    }

    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Basis::None => ("", ""),
            Basis::Real => ("按可比价", "real, at comparable prices"),
            Basis::Nominal => ("按现价", "nominal, at current prices"),
        }
    }
}

/// What the period of a value means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// A calendar year's flow or year-end stock (`2023`; empty when the article gives none).
    Year,
    /// An average annual rate over a span (`2021-2025`).
    SpanAverage,
    /// A cumulative change over a span (`2021-2025`).
    SpanChange,
    /// A stock at the article's date ("至目前"): no period, the source's date is its reference.
    AsOf,
    /// No period by nature: climate normals, a plant's capacity, a target date.
    None,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 5] = [
        PeriodKind::Year,
        PeriodKind::SpanAverage,
        PeriodKind::SpanChange,
        PeriodKind::AsOf,
        PeriodKind::None,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PeriodKind::Year => "year",
            PeriodKind::SpanAverage => "span-average",
            PeriodKind::SpanChange => "span-change",
            PeriodKind::AsOf => "as-of",
            PeriodKind::None => "none",
        }
    }

    pub fn parse(id: &str) -> Option<PeriodKind> {
        PeriodKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Whether a row's period fits: a year, a span, or nothing at all.
    pub fn accepts(self, period: &str) -> bool {
        let span = period.contains('-');
        match self {
            _ if period.is_empty() => true,
            PeriodKind::Year => !span,
            PeriodKind::SpanAverage | PeriodKind::SpanChange => span,
            PeriodKind::AsOf | PeriodKind::None => false,
        }
    }
}

/// What kind of place an entity is (`data/zones.csv`'s `kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Province,
    City,
    CityGroup,
    Zone,
    ZoneGroup,
    Park,
}

impl EntityKind {
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Province,
        EntityKind::City,
        EntityKind::CityGroup,
        EntityKind::Zone,
        EntityKind::ZoneGroup,
        EntityKind::Park,
    ];

    pub fn id(self) -> &'static str {
        match self {
            EntityKind::Province => "province",
            EntityKind::City => "city",
            EntityKind::CityGroup => "city-group",
            EntityKind::Zone => "zone",
            EntityKind::ZoneGroup => "zone-group",
            EntityKind::Park => "park",
        }
    }

    pub fn parse(id: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// A curator's flag on a typed value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    None,
    /// Contradicts another article or itself: kept as printed, the note says why.
    Doubtful,
    /// A printed unit that cannot be right: the value is read as `read_as` says.
    Misprint,
}

impl Flag {
    pub fn id(self) -> &'static str {
        match self {
            Flag::None => "",
            Flag::Doubtful => "doubtful",
            Flag::Misprint => "misprint",
        }
    }

    pub fn parse(id: &str) -> Option<Flag> {
        [Flag::None, Flag::Doubtful, Flag::Misprint]
            .into_iter()
            .find(|f| f.id() == id)
    }
}

/// The value of a string known to be a plain decimal (`-176.25`): every written value, as
/// build.rs checks them with [`shift_decimal`]; a font size as plotters writes it. By hand:
/// `str::parse::<f64>` would bring about 10 KB of float parsing into the wasm, and checking
/// again here would cost bytes for what cannot happen.
pub fn decimal_value(text: &str) -> f64 {
    let (mut n, mut scale, mut after_point) = (0f64, 1f64, false);
    for b in text.bytes() {
        match b {
            b'0'..=b'9' => {
                n = n * 10.0 + f64::from(b - b'0');
                if after_point {
                    scale *= 10.0;
                }
            }
            b'.' => after_point = true,
            _ => {}
        }
    }
    if text.starts_with('-') {
        -n / scale
    } else {
        n / scale
    }
}

/// Shifts the decimal point of a plain decimal string `exp` places right,
/// exactly (no floating point): `shift_decimal("176.25", 8)` is `"17625000000"`.
pub fn shift_decimal(text: &str, exp: u32) -> Option<String> {
    let (neg, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if body.contains('.') && (frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let digits: String = format!("{int}{frac}");
    let point = int.len() + exp as usize;
    let mut padded = digits;
    while padded.len() < point {
        padded.push('0');
    }
    let (i, f) = padded.split_at(point);
    let i = i.trim_start_matches('0');
    let f = f.trim_end_matches('0');
    let mut out = String::new();
    if neg && !(i.is_empty() && f.is_empty()) {
        out.push('-');
    }
    out.push_str(if i.is_empty() { "0" } else { i });
    if !f.is_empty() {
        out.push('.');
        out.push_str(f);
    }
    Some(out)
}

/// A period is a year (`2023`), a span (`2021-2025`) or empty.
pub fn valid_period(p: &str) -> bool {
    let year = |y: &str| {
        y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && ("1900"..="2100").contains(&y)
    };
    match p.split_once('-') {
        _ if p.is_empty() => true,
        Some((a, b)) => year(a) && year(b) && a < b,
        None => year(p),
    }
}
