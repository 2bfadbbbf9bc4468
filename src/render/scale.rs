//! The data ↔ pixel mapping of a value axis, with "nice" ticks.
//! Drawing reads it; hit-testing reads the mark boxes the layout records (`Layout::hit`).

#[derive(Clone, Debug, PartialEq)]
pub struct Linear {
    /// Domain in axis units (values already divided by the axis unit's factor).
    pub d0: f64,
    pub d1: f64,
    /// Pixel range; `r0` is where `d0` lands (for an inverted axis `r0 > r1` flips).
    pub r0: f64,
    pub r1: f64,
}

impl Linear {
    pub fn map(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return self.r0;
        }
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// A tick step of 1, 2 or 5 × 10^k giving about `count` intervals over `span`.
pub fn nice_step(span: f64, count: usize) -> f64 {
    if span <= 0.0 || !span.is_finite() {
        return 1.0;
    }
    let raw = span / count.max(1) as f64;
    let mag = 10f64.powi(raw.log10().floor() as i32);
    let norm = raw / mag;
    let nice = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// A domain from `lo` to `hi` widened to whole steps, and its ticks.
pub fn nice_domain(lo: f64, hi: f64, count: usize) -> (f64, f64, Vec<f64>, u32) {
    let (lo, hi) = if hi - lo <= 0.0 {
        (lo.min(0.0), hi.max(lo + 1.0))
    } else {
        (lo, hi)
    };
    let step = nice_step(hi - lo, count);
    let d0 = (lo / step).floor() * step;
    let d1 = (hi / step).ceil() * step;
    let n = ((d1 - d0) / step).round() as usize;
    let ticks = (0..=n).map(|i| d0 + i as f64 * step).collect();
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as u32
    };
    (d0, d1, ticks, decimals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_both_ways() {
        let s = Linear {
            d0: 0.0,
            d1: 500.0,
            r0: 300.0,
            r1: 100.0,
        };
        assert_eq!(s.map(250.0), 200.0);
    }

    #[test]
    fn ticks_are_round_numbers() {
        let (d0, d1, ticks, dec) = nice_domain(0.0, 445.0, 5);
        assert_eq!((d0, d1, dec), (0.0, 500.0, 0));
        assert_eq!(ticks, [0.0, 100.0, 200.0, 300.0, 400.0, 500.0]);
        let (_, d1, _, dec) = nice_domain(0.0, 6.78, 4);
        assert_eq!((d1, dec), (8.0, 0));
        let (_, _, _, dec) = nice_domain(0.0, 1.4, 5);
        assert_eq!(dec, 1);
    }
}
