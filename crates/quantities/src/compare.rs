//! Whether a figure found in a source agrees with the figure a claim makes.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{Bound, Direction, Quantity, QuantityKind};

/// The outcome of comparing a claim's figure with an evidence figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// The evidence figure is consistent with the claim as written.
    Agrees,
    /// The evidence figure falls outside what the claim allows.
    Disagrees,
    /// The figures measure different sorts of things (kinds, units, a level
    /// against a change) or the evidence is too vague to decide.
    Incomparable,
}

/// An [`Agreement`] with a sentence a person can read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Comparison {
    /// The outcome.
    pub agreement: Agreement,
    /// Why, in words: "21% lies within less than half (< 50%)".
    pub explanation: String,
}

impl Comparison {
    fn new(agreement: Agreement, explanation: String) -> Self {
        Comparison {
            agreement,
            explanation,
        }
    }
}

/// Compares the figure of a claim with the figure of a piece of evidence.
///
/// Rules, as a fact-checker applies them:
/// - a figure as written agrees with a more precise one that rounds to it
///   (12% ~ 12.3%, $4.2bn ~ $4.21bn), but not the other way round: 12.3%
///   cannot confirm 12.25% (incomparable) and refutes 12.4% only when the
///   claim does not round to it (12.6% against 12%);
/// - whole numbers of 1,000 and more ending in zeros are rounded figures
///   ("210,000" ~ 212,000);
/// - "about X" allows ±10%, "nearly X" allows [0.9X, X], "more than X"
///   anything above X, "less than X" anything below; a source's "about X"
///   confirms a claim's X;
/// - ordinals and years must match exactly, and scores must hold the same
///   two tallies ("4-1");
/// - spans of time convert within clock time ("90 minutes" ~ "1.5 hours")
///   or calendar time ("two years" ~ "24 months"), temperatures between
///   scales ("40C" ~ "104F"), measures between metric prefixes ("2 TWh" ~
///   "2,000 GWh"; miles and kilometres stay apart);
/// - percentages meet fractions ("less than half" ~ 21% ~ "a fifth"), and
///   multipliers meet percent changes ("doubled" ~ "a 100% increase");
/// - a source's "from A to B" gives a change claim its change ("more than
///   tripled", "rose 40%", and "lost 31 seats" ~ "from 119 to 88") and a
///   level claim its B;
/// - a change never meets a level, opposite directions disagree, and
///   different kinds or currencies are [`Agreement::Incomparable`], never
///   [`Agreement::Disagrees`].
///
/// ```
/// use factcheck_quantities::{compare, find_quantities, Agreement};
///
/// let q = |s: &str| find_quantities(s).remove(0);
/// assert_eq!(compare(&q("12%"), &q("12.3%")).agreement, Agreement::Agrees);
/// assert_eq!(compare(&q("12.25%"), &q("12.3%")).agreement, Agreement::Incomparable);
/// assert_eq!(compare(&q("12.6%"), &q("12%")).agreement, Agreement::Disagrees);
/// assert_eq!(compare(&q("4 visits"), &q("40%")).agreement, Agreement::Incomparable);
/// ```
pub fn compare(claim: &Quantity, evidence: &Quantity) -> Comparison {
    let incomparable = |why: String| Comparison::new(Agreement::Incomparable, why);
    if claim.kind == QuantityKind::Score || evidence.kind == QuantityKind::Score {
        return compare_scores(claim, evidence);
    }
    // "twice as likely as men" sets two things side by side: it is no
    // share ("68%") nor count; only a change ("doubled", "rose 100%") or
    // another ratio meets it.
    let side_by_side = |q: &Quantity| q.kind == QuantityKind::Multiplier && q.change.is_none();
    let (ratio, other) = if side_by_side(claim) {
        (claim, evidence)
    } else {
        (evidence, claim)
    };
    if side_by_side(ratio) && other.kind != QuantityKind::Multiplier && other.change.is_none() {
        return incomparable(format!(
            "{} sets two things side by side; {} does not",
            ratio.text, other.text
        ));
    }
    let measure_in = claim.unit.as_deref();
    let (Some(c), Some(e)) = (
        Scaled::of(claim, measure_in),
        Scaled::of(evidence, measure_in),
    ) else {
        return incomparable("no comparable value".into());
    };
    let (c, e) = match span_of_change(&c, &e, claim, evidence) {
        Some(pair) => pair,
        None => (c, e),
    };
    if c.family != e.family {
        return kinds_differ(claim, evidence);
    }
    if claim.kind == QuantityKind::Money && claim.currency != evidence.currency {
        return incomparable(format!(
            "{} and {} are in different currencies",
            claim.text, evidence.text
        ));
    }
    if claim.kind == QuantityKind::Dimension
        && !same_measure(claim.unit.as_deref(), evidence.unit.as_deref())
    {
        return incomparable(format!(
            "{} and {} are in different units",
            claim.text, evidence.text
        ));
    }
    match (c.change, e.change) {
        (Some(a), Some(b)) if a != b => {
            return Comparison::new(
                Agreement::Disagrees,
                format!(
                    "{} is {} but {} is {}",
                    claim.text,
                    direction_word(a),
                    evidence.text,
                    direction_word(b)
                ),
            )
        }
        // "added 28 stores" and "opened 35 stores" both count new stores;
        // for shares and money a change and a level are different things.
        (Some(_), None) | (None, Some(_)) if c.family != Family::Count => {
            return incomparable(format!(
                "one of {} and {} is a change, the other a level",
                claim.text, evidence.text
            ))
        }
        _ => {}
    }
    let allowed = Interval::allowed_by(&c, claim, claim.upper_bound);
    let reported = Interval::allowed_by(&e, evidence, evidence.upper_bound);
    let point = evidence.bound == Bound::Exact && e.upper.is_none();
    let coarser = e.resolution > c.resolution && claim.bound == Bound::Exact;
    let agreement = if point {
        if allowed.contains(e.value) {
            Agreement::Agrees
        } else if coarser && rounds_to(c.value, e.value, e.resolution) {
            // 12.25% against 12.3%: consistent, but the source is too coarse to confirm it.
            return incomparable(format!(
                "{} is less precise than {} and cannot confirm it",
                evidence.text, claim.text
            ));
        } else {
            Agreement::Disagrees
        }
    } else if allowed.includes(&reported) {
        Agreement::Agrees
    } else if hedged(evidence, &e) && allowed.contains(e.value) {
        // "approximately 38 per cent" for "38%": the source's own figure is
        // the claim's; its hedge is no reason to doubt it.
        Agreement::Agrees
    } else if allowed.disjoint(&reported)
        || hedged(claim, &c)
            && hedged(evidence, &e)
            && !allowed.contains(e.value)
            && !reported.contains(c.value)
    {
        // ("around 64,000" and "about 74,000" round different figures,
        // though their hedges overlap.)
        Agreement::Disagrees
    } else {
        return incomparable(format!(
            "{} is too vague to confirm or refute {} (allows {})",
            evidence.text, claim.text, allowed
        ));
    };
    // A measure brought into the claim's unit says so.
    let converted = claim.unit != evidence.unit;
    let explanation = match agreement {
        Agreement::Agrees => format!(
            "{} is consistent with {} ({}{})",
            evidence.text,
            claim.text,
            allowed,
            c.unit_suffix(measure_in, converted)
        ),
        _ => format!(
            "{} contradicts {} (expected {}{})",
            evidence.text,
            claim.text,
            allowed,
            c.unit_suffix(measure_in, converted)
        ),
    };
    Comparison::new(agreement, explanation)
}

/// Whether a figure is hedged ("about 300") around a single value.
fn hedged(q: &Quantity, scaled: &Scaled) -> bool {
    q.bound == Bound::Approximately && scaled.upper.is_none()
}

/// Whether `value` rounds (half up) to `rounded` at `resolution`: 12.25 to
/// 12.3, but 250,000 not to 200,000.
fn rounds_to(value: Decimal, rounded: Decimal, resolution: Decimal) -> bool {
    let off = value - rounded;
    let half = resolution / Decimal::TWO;
    off.abs() < half || off == -half
}

/// A source's "from A to B" against a claim: a change claim ("more than
/// tripled", "rose 40%") meets the change from A to B; a level claim meets B.
fn span_of_change(
    c: &Scaled,
    e: &Scaled,
    claim: &Quantity,
    evidence: &Quantity,
) -> Option<(Scaled, Scaled)> {
    let (Some(dir), Some(upper)) = (evidence.change, evidence.upper) else {
        return None;
    };
    let (from, to) = match dir {
        Direction::Increase => (evidence.value, upper),
        Direction::Decrease => (upper, evidence.value),
    };
    if from.is_zero() {
        return None;
    }
    let exact = |family, value| Scaled {
        family,
        value,
        upper: None,
        resolution: Decimal::ZERO,
        change: Some(dir),
    };
    let ratio = to / from;
    let implied = match claim.kind {
        QuantityKind::Multiplier => {
            // The claim's factor, against the source's factor.
            let claim_factor = Scaled {
                value: claim.value,
                resolution: Decimal::ZERO,
                ..exact(Family::Count, claim.value)
            };
            return Some((claim_factor, exact(Family::Count, ratio)));
        }
        QuantityKind::Percent if claim.change.is_some() => exact(
            Family::Proportion,
            ((ratio - Decimal::ONE) * Decimal::ONE_HUNDRED).abs(),
        ),
        // "fell by a third": a share in words is a round figure, taken to
        // the nearest five percentage points.
        QuantityKind::Fraction if claim.change.is_some() => {
            let implied = exact(
                Family::Proportion,
                ((ratio - Decimal::ONE) * Decimal::ONE_HUNDRED).abs(),
            );
            let claim_side = Scaled {
                resolution: c.resolution.max(Decimal::from(5)),
                upper: c.upper,
                ..exact(c.family, c.value)
            };
            return Some((claim_side, implied));
        }
        _ if claim.change.is_none() => Scaled {
            family: e.family,
            value: to,
            upper: None,
            resolution: e.resolution,
            change: None,
        },
        // "lost 31 seats" against "from 119 to 88 seats": the difference.
        _ => Scaled {
            resolution: e.resolution,
            ..exact(e.family, (to - from).abs())
        },
    };
    let claim_side = Scaled {
        upper: c.upper,
        ..Scaled {
            family: c.family,
            value: c.value,
            upper: None,
            resolution: c.resolution,
            change: c.change,
        }
    };
    Some((claim_side, implied))
}

fn direction_word(d: Direction) -> &'static str {
    match d {
        Direction::Increase => "an increase",
        Direction::Decrease => "a decrease",
    }
}

/// What figures can be compared with each other at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// Percentages, fractions and (as changes) multipliers, in percent.
    Proportion,
    PercentagePoints,
    Count,
    Rank,
    Money,
    Year,
    Decade,
    Dimension,
    /// Temperatures, in the claim's scale.
    Temperature,
    /// Spans of time in whole units of clock time, in seconds.
    ClockTime,
    /// Spans of calendar time, in months.
    CalendarTime,
}

/// The family and size of a unit of time, so "90 minutes" meets "an hour
/// and a half" and "two years" meets "24 months". Days and months do not
/// convert into each other exactly and stay apart.
pub(crate) fn time_scale(unit: Option<&str>) -> Option<(Family, Decimal)> {
    let (family, size) = match unit? {
        "Millisecond" => return Some((Family::ClockTime, Decimal::new(1, 3))),
        "Second" => (Family::ClockTime, 1),
        "Minute" => (Family::ClockTime, 60),
        "Hour" => (Family::ClockTime, 3_600),
        "Day" => (Family::ClockTime, 86_400),
        "Week" => (Family::ClockTime, 604_800),
        "Fortnight" => (Family::ClockTime, 1_209_600),
        "Month" => (Family::CalendarTime, 1),
        "Year" => (Family::CalendarTime, 12),
        "Decade" => (Family::CalendarTime, 120),
        "Century" => (Family::CalendarTime, 1_200),
        _ => return None,
    };
    Some((family, Decimal::from(size)))
}

/// The base and size of a metric unit, so "2 TWh" meets "2,000 GWh" and
/// "1.5 km" meets "1,500 m". Only exact decimal steps convert: imperial
/// units, tons (short or metric?) and data sizes (1,000 or 1,024?) stay
/// apart.
fn metric_scale(unit: Option<&str>) -> Option<(&'static str, Decimal)> {
    let (base, exponent): (&'static str, i32) = match unit? {
        "Picometer" => ("Meter", -12),
        "Nanometer" => ("Meter", -9),
        "Millimeter" => ("Meter", -3),
        "Centimeter" => ("Meter", -2),
        "Decimeter" => ("Meter", -1),
        "Meter" => ("Meter", 0),
        "Kilometer" => ("Meter", 3),
        "Square meter" => ("Square meter", 0),
        "Hectare" => ("Square meter", 4),
        "Square kilometer" => ("Square meter", 6),
        "Cubic centimeter" => ("Cubic meter", -6),
        "Cubic meter" => ("Cubic meter", 0),
        "Cubic kilometer" => ("Cubic meter", 9),
        "Milliliter" => ("Liter", -3),
        "Centiliter" => ("Liter", -2),
        "Liter" => ("Liter", 0),
        "Microgram" => ("Gram", -6),
        "Milligram" => ("Gram", -3),
        "Gram" => ("Gram", 0),
        "Kilogram" => ("Gram", 3),
        "Metric ton" => ("Gram", 6),
        "Watt" => ("Watt", 0),
        "Kilowatt" => ("Watt", 3),
        "Megawatt" => ("Watt", 6),
        "Gigawatt" => ("Watt", 9),
        "Terawatt" => ("Watt", 12),
        "Watt hour" => ("Watt hour", 0),
        "Kilowatt hour" => ("Watt hour", 3),
        "Megawatt hour" => ("Watt hour", 6),
        "Gigawatt hour" => ("Watt hour", 9),
        "Terawatt hour" => ("Watt hour", 12),
        "Hertz" => ("Hertz", 0),
        "Kilohertz" => ("Hertz", 3),
        "Megahertz" => ("Hertz", 6),
        "Gigahertz" => ("Hertz", 9),
        "Microsievert" => ("Sievert", -6),
        "Millisievert" => ("Sievert", -3),
        "Sievert" => ("Sievert", 0),
        "Milligray" => ("Gray", -3),
        "Gray" => ("Gray", 0),
        "Electronvolt" => ("Electronvolt", 0),
        "Kiloelectronvolt" => ("Electronvolt", 3),
        "Megaelectronvolt" => ("Electronvolt", 6),
        "Gigaelectronvolt" => ("Electronvolt", 9),
        "Teraelectronvolt" => ("Electronvolt", 12),
        _ => return None,
    };
    let size = if exponent >= 0 {
        Decimal::from_i128_with_scale(10i128.pow(exponent.unsigned_abs()), 0)
    } else {
        Decimal::new(1, exponent.unsigned_abs())
    };
    Some((base, size))
}

/// Whether two measures are in one unit or in metric units that convert.
fn same_measure(a: Option<&str>, b: Option<&str>) -> bool {
    a == b
        || matches!(
            (metric_scale(a), metric_scale(b)),
            (Some((x, _)), Some((y, _))) if x == y
        )
}

/// `value` written in the temperature scale `from`, in the scale `to`; a
/// difference (`level` false) converts without the offset. `None` when
/// either scale is unknown ("Degree") and the two differ.
fn convert_temperature(value: Decimal, from: &str, to: &str, level: bool) -> Option<Decimal> {
    if from == to {
        return Some(value);
    }
    // Each scale as (size of a degree in kelvins, zero in kelvins).
    let scale = |unit: &str| -> Option<(Decimal, Decimal)> {
        match unit {
            "Degree Celsius" => Some((Decimal::ONE, Decimal::new(27315, 2))),
            "Degree Fahrenheit" => Some((
                Decimal::new(5, 0) / Decimal::new(9, 0),
                Decimal::new(45967, 2) * Decimal::new(5, 0) / Decimal::new(9, 0),
            )),
            "Kelvin" => Some((Decimal::ONE, Decimal::ZERO)),
            _ => None,
        }
    };
    let ((from_size, from_zero), (to_size, to_zero)) = (scale(from)?, scale(to)?);
    let kelvins = value.checked_mul(from_size)?;
    let kelvins = if level {
        kelvins.checked_add(from_zero)?
    } else {
        kelvins
    };
    let shifted = if level {
        kelvins.checked_sub(to_zero)?
    } else {
        kelvins
    };
    shifted
        .checked_div(to_size)
        .map(|v| v.round_dp(10).normalize())
}

/// Scores agree when they hold the same two tallies, in either order: the
/// winner's "4-1" is the loser's "1-4".
fn compare_scores(claim: &Quantity, evidence: &Quantity) -> Comparison {
    let tallies = |q: &Quantity| {
        let second = q.second.filter(|_| q.kind == QuantityKind::Score)?;
        Some((q.value.max(second), q.value.min(second)))
    };
    match (tallies(claim), tallies(evidence)) {
        (Some(c), Some(e)) if c == e => Comparison::new(
            Agreement::Agrees,
            format!("{} is the score {}", claim.text, evidence.text),
        ),
        (Some(_), Some(_)) => Comparison::new(
            Agreement::Disagrees,
            format!("{} is not the score {}", claim.text, evidence.text),
        ),
        _ => kinds_differ(claim, evidence),
    }
}

/// Figures of different kinds say nothing of each other.
fn kinds_differ(claim: &Quantity, evidence: &Quantity) -> Comparison {
    Comparison::new(
        Agreement::Incomparable,
        format!(
            "{} is a {} and {} is a {}",
            claim.text,
            claim.kind.as_str(),
            evidence.text,
            evidence.kind.as_str()
        ),
    )
}

/// A figure brought to the scale of its family.
struct Scaled {
    family: Family,
    value: Decimal,
    upper: Option<Decimal>,
    resolution: Decimal,
    change: Option<Direction>,
}

impl Scaled {
    /// `q` on its family's scale; a span of time is measured in the unit
    /// `measure_in` (the claim's) when the two convert, so "90 minutes"
    /// is 1.5 against "two hours".
    fn of(q: &Quantity, measure_in: Option<&str>) -> Option<Scaled> {
        let hundred = Decimal::ONE_HUNDRED;
        let (family, value, upper, resolution) = match q.kind {
            QuantityKind::Percent => (Family::Proportion, q.value, q.upper, q.resolution),
            QuantityKind::Fraction => (
                Family::Proportion,
                q.value.checked_mul(hundred)?,
                q.upper.and_then(|u| u.checked_mul(hundred)),
                // A fraction in words is a rounded share: "a third" covers 31–36%.
                Decimal::new(5, 0),
            ),
            QuantityKind::Multiplier => {
                // ×m as a percent change: doubled = +100%, halved = -50%.
                let pct = (q.value - Decimal::ONE).abs().checked_mul(hundred)?;
                (Family::Proportion, pct, None, Decimal::ZERO)
            }
            QuantityKind::PercentagePoints => {
                (Family::PercentagePoints, q.value, q.upper, q.resolution)
            }
            QuantityKind::Cardinal => (Family::Count, q.value, q.upper, q.resolution),
            QuantityKind::Ordinal => (Family::Rank, q.value, q.upper, Decimal::ZERO),
            QuantityKind::Money => {
                // In the major unit: "98 cents" is $0.98.
                let minor = minor_unit_share(q.unit.as_deref());
                let scale = |v: Decimal| v.checked_mul(minor);
                (
                    Family::Money,
                    scale(q.value)?,
                    q.upper.and_then(scale),
                    scale(q.resolution)?,
                )
            }
            QuantityKind::Year => (Family::Year, q.value, q.upper, Decimal::ZERO),
            QuantityKind::Decade => (Family::Decade, q.value, q.upper, Decimal::ZERO),
            QuantityKind::Dimension => {
                // Measured in the claim's unit when the two are metric steps
                // of one base.
                let factor = match (metric_scale(q.unit.as_deref()), metric_scale(measure_in)) {
                    (Some((from, size)), Some((to, base))) if from == to => {
                        size.checked_div(base)?
                    }
                    _ => Decimal::ONE,
                };
                let scale = |v: Decimal| v.checked_mul(factor);
                (
                    Family::Dimension,
                    scale(q.value)?,
                    q.upper.and_then(scale),
                    scale(q.resolution)?,
                )
            }
            QuantityKind::Temperature => {
                let to = measure_in.unwrap_or("");
                let from = q.unit.as_deref().unwrap_or("");
                // A change of temperature converts without the offset.
                let level = q.change.is_none();
                let convert = |v: Decimal| convert_temperature(v, from, to, level);
                let resolution = convert_temperature(q.resolution, from, to, false)?;
                (
                    Family::Temperature,
                    convert(q.value)?,
                    q.upper.and_then(convert),
                    resolution,
                )
            }
            // Two tallies have no single value; `compare` pairs them itself.
            QuantityKind::Score => return None,
            QuantityKind::Duration => {
                let (family, size) = time_scale(q.unit.as_deref())?;
                let base = match time_scale(measure_in) {
                    Some((f, base)) if f == family => base,
                    _ => Decimal::ONE,
                };
                let scale = |v: Decimal| v.checked_mul(size)?.checked_div(base);
                (
                    family,
                    scale(q.value)?,
                    q.upper.and_then(scale),
                    scale(q.resolution)?,
                )
            }
        };
        Some(Scaled {
            family,
            value,
            upper,
            resolution,
            change: q.change,
        })
    }

    /// The unit the figures of an explanation are in, after a comma; a
    /// measure names it only when it was converted into it.
    fn unit_suffix(&self, measure_in: Option<&str>, converted: bool) -> String {
        match (self.family, measure_in) {
            (Family::Proportion, _) => ", in percent".into(),
            (Family::PercentagePoints, _) => ", in points".into(),
            (Family::ClockTime | Family::CalendarTime, Some("Century")) => ", in centuries".into(),
            (Family::ClockTime | Family::CalendarTime, Some(unit)) => {
                format!(", in {}s", unit.to_lowercase())
            }
            (Family::Dimension, Some(unit)) if converted => {
                format!(", in {}", unit.to_lowercase())
            }
            _ => String::new(),
        }
    }
}

/// The share of its currency's main unit a money unit is: a cent or a
/// penny a hundredth of a dollar or a pound, a dime a tenth, a satoshi a
/// hundred-millionth of a bitcoin; 1 for a main unit.
fn minor_unit_share(unit: Option<&str>) -> Decimal {
    match unit {
        Some("Cent" | "Pence" | "Penny" | "Sen") => Decimal::new(1, 2),
        Some("Dime") => Decimal::new(1, 1),
        Some("Satoshi") => Decimal::new(1, 8),
        _ => Decimal::ONE,
    }
}

/// One end of an interval: the value and whether it is included.
type End = Option<(Decimal, bool)>;

/// The set of true values a written figure allows.
#[derive(Debug, Clone, Copy)]
struct Interval {
    lo: End,
    hi: End,
}

impl Interval {
    /// The values a figure allows; `upper_bound` closes a range written as
    /// two bounds ("more than 20 and at most 35").
    fn allowed_by(s: &Scaled, q: &Quantity, upper_bound: Option<Bound>) -> Interval {
        // "About" and "nearly" take a tenth of the factor itself when a
        // multiplier is read as a percent change: "about 10 times" is 9 to
        // 11 times, not 810% to 990% more.
        let approximated = if q.kind == QuantityKind::Multiplier && s.family == Family::Proportion {
            q.value * Decimal::ONE_HUNDRED
        } else {
            s.value
        };
        let mut interval = Interval::allowed_by_bound(s, q.bound, approximated);
        if let (Some(top), Some(ub)) = (s.upper, upper_bound) {
            interval.hi = Some((top, ub == Bound::AtMost));
        }
        interval
    }

    fn allowed_by_bound(s: &Scaled, bound: Bound, approximated: Decimal) -> Interval {
        let v = s.value;
        let top = s.upper.unwrap_or(v);
        let half = s.resolution / Decimal::TWO;
        let tenth = (approximated / Decimal::TEN).abs();
        match bound {
            Bound::Exact if half.is_zero() => Interval {
                lo: Some((v, true)),
                hi: Some((top, true)),
            },
            // Strictly within half a unit of the last written digit: a
            // source's 2.5 does not round to a claim's "3 million".
            Bound::Exact => Interval {
                lo: Some((v - half, false)),
                hi: Some((top + half, false)),
            },
            Bound::Approximately => Interval {
                lo: Some(((v - tenth).min(v - half), true)),
                hi: Some(((top + tenth).max(top + half), true)),
            },
            Bound::Nearly => Interval {
                lo: Some((v - tenth, true)),
                hi: Some((v, true)),
            },
            Bound::MoreThan => Interval {
                lo: Some((v, false)),
                hi: None,
            },
            Bound::AtLeast => Interval {
                lo: Some((v, true)),
                hi: None,
            },
            Bound::LessThan => Interval {
                lo: None,
                hi: Some((v, false)),
            },
            Bound::AtMost => Interval {
                lo: None,
                hi: Some((v, true)),
            },
        }
    }

    fn contains(&self, x: Decimal) -> bool {
        let above = match self.lo {
            None => true,
            Some((lo, incl)) => x > lo || (incl && x == lo),
        };
        let below = match self.hi {
            None => true,
            Some((hi, incl)) => x < hi || (incl && x == hi),
        };
        above && below
    }

    /// Whether every value of `other` lies in `self`.
    fn includes(&self, other: &Interval) -> bool {
        let lo_ok = match (self.lo, other.lo) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some((a, ai)), Some((b, bi))) => b > a || (b == a && (ai || !bi)),
        };
        let hi_ok = match (self.hi, other.hi) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some((a, ai)), Some((b, bi))) => b < a || (b == a && (ai || !bi)),
        };
        lo_ok && hi_ok
    }

    /// Whether no value lies in both.
    fn disjoint(&self, other: &Interval) -> bool {
        let before = |hi: End, lo: End| match (hi, lo) {
            (Some((h, hi_incl)), Some((l, lo_incl))) => h < l || (h == l && !(hi_incl && lo_incl)),
            _ => false,
        };
        before(self.hi, other.lo) || before(other.hi, self.lo)
    }
}

/// A bound as a person reads it: repeating decimals (a third of a
/// percent, 1/7) are cut to four places.
fn readable(v: Decimal) -> Decimal {
    if v.scale() > 4 {
        v.round_dp(4).normalize()
    } else {
        v.normalize()
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (lo, hi) = (
            self.lo.map(|(v, incl)| (readable(v), incl)),
            self.hi.map(|(v, incl)| (readable(v), incl)),
        );
        match (lo, hi) {
            (Some((lo, _)), Some((hi, _))) if lo == hi => write!(f, "exactly {}", lo.normalize()),
            (Some((lo, li)), Some((hi, hi_incl))) => write!(
                f,
                "{}{}, {}{}",
                if li { '[' } else { '(' },
                lo.normalize(),
                hi.normalize(),
                if hi_incl { ']' } else { ')' }
            ),
            (Some((lo, true)), None) => write!(f, "≥ {}", lo.normalize()),
            (Some((lo, false)), None) => write!(f, "> {}", lo.normalize()),
            (None, Some((hi, true))) => write!(f, "≤ {}", hi.normalize()),
            (None, Some((hi, false))) => write!(f, "< {}", hi.normalize()),
            (None, None) => f.write_str("any value"),
        }
    }
}

#[cfg(test)]
mod range_tests {
    use crate::{compare, find_quantities, Agreement};

    #[test]
    fn a_range_written_as_two_bounds_has_both_ends() {
        let claim = &find_quantities("more than 20 and at most 35 ships")[0];
        assert_eq!(claim.interval_notation().as_deref(), Some("(20,35]"));
        let inside = &find_quantities("30 ships")[0];
        let outside = &find_quantities("40 ships")[0];
        assert_eq!(compare(claim, inside).agreement, Agreement::Agrees);
        assert_eq!(compare(claim, outside).agreement, Agreement::Disagrees);
        let reversed = &find_quantities("at most 100 and at least 20 apples")[0];
        assert_eq!(reversed.interval_notation().as_deref(), Some("[20,100]"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find_quantities;

    fn q(text: &str) -> Quantity {
        find_quantities(text)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no quantity in {text:?}"))
    }

    fn agreement(claim: &str, evidence: &str) -> Agreement {
        compare(&q(claim), &q(evidence)).agreement
    }

    #[test]
    fn rounding_at_the_claims_precision() {
        assert_eq!(agreement("12%", "12.3%"), Agreement::Agrees);
        assert_eq!(agreement("$4.2bn", "$4.21bn"), Agreement::Agrees);
        assert_eq!(agreement("12.25%", "12.3%"), Agreement::Incomparable);
        assert_eq!(agreement("12.4%", "12%"), Agreement::Incomparable);
        assert_eq!(agreement("12.35%", "12.3%"), Agreement::Disagrees);
        assert_eq!(agreement("250,000", "200,000"), Agreement::Disagrees);
        assert_eq!(agreement("250,000", "300,000"), Agreement::Incomparable);
        assert_eq!(agreement("12.6%", "12%"), Agreement::Disagrees);
        assert_eq!(agreement("210,000", "212,000"), Agreement::Agrees);
        assert_eq!(agreement("35", "36"), Agreement::Disagrees);
        assert_eq!(
            agreement("€3 million", "€2.5 million"),
            Agreement::Disagrees
        );
        assert_eq!(agreement("40%", "41%"), Agreement::Disagrees);
    }

    #[test]
    fn ratios_of_two_things_compare_as_factors() {
        assert_eq!(
            agreement("three times as likely", "3 times as likely"),
            Agreement::Agrees
        );
        assert_eq!(
            agreement("twice as many cases", "three times as many cases"),
            Agreement::Disagrees
        );
        assert_eq!(
            agreement("about 10 times higher", "nine times higher"),
            Agreement::Agrees
        );
        assert_eq!(
            agreement("about 10 times higher", "eight times higher"),
            Agreement::Disagrees
        );
        assert_eq!(agreement("nearly doubled", "rose 85%"), Agreement::Agrees);
    }

    #[test]
    fn ages_compare_however_written() {
        assert_eq!(agreement("the 79-year-old", "aged 79"), Agreement::Agrees);
        assert_eq!(
            agreement("at the age of 40", "the 41-year-old"),
            Agreement::Disagrees
        );
        assert_eq!(agreement("a man in his 30s", "aged 34"), Agreement::Agrees);
        assert_eq!(
            agreement("a man in his 30s", "aged 41"),
            Agreement::Disagrees
        );
    }

    #[test]
    fn money_in_minor_units_is_money_in_main_units() {
        assert_eq!(agreement("98 cents a share", "$0.98"), Agreement::Agrees);
        assert_eq!(agreement("$1.05", "98 cents"), Agreement::Disagrees);
        assert_eq!(agreement("50 pence", "£0.50"), Agreement::Agrees);
        assert_eq!(agreement("3 dimes", "30 cents"), Agreement::Agrees);
    }

    #[test]
    fn basis_points_are_percentage_points() {
        assert_eq!(
            agreement(
                "a 25-basis-point rise",
                "up a quarter of a percentage point"
            ),
            Agreement::Agrees
        );
        assert_eq!(
            agreement("50 bps", "0.75 percentage points"),
            Agreement::Disagrees
        );
        assert_eq!(agreement("25 basis points", "25%"), Agreement::Incomparable);
    }

    #[test]
    fn spans_of_time_convert_within_clock_or_calendar_time() {
        assert_eq!(agreement("90 minutes", "1.5 hours"), Agreement::Agrees);
        assert_eq!(
            agreement("a six-hour outage", "just under four hours"),
            Agreement::Disagrees
        );
        assert_eq!(agreement("two years", "24 months"), Agreement::Agrees);
        assert_eq!(agreement("one year", "52 weeks"), Agreement::Incomparable);
        assert_eq!(
            agreement("three days", "three miles"),
            Agreement::Incomparable
        );
        let explained = compare(&q("nine days"), &q("216 hours")).explanation;
        assert!(explained.ends_with(", in days)"), "{explained}");
    }

    #[test]
    fn measures_convert_between_metric_prefixes_only() {
        assert_eq!(agreement("2 TWh", "2,000 GWh"), Agreement::Agrees);
        assert_eq!(agreement("1.5 km", "1,500 m"), Agreement::Agrees);
        assert_eq!(agreement("1.5 km", "1,700 metres"), Agreement::Disagrees);
        assert_eq!(agreement("300 mg", "0.3 grams"), Agreement::Agrees);
        assert_eq!(
            agreement("2 hectares", "20,000 square meters"),
            Agreement::Agrees
        );
        assert_eq!(agreement("930 miles", "1,500 km"), Agreement::Incomparable);
        assert_eq!(agreement("5 kg", "5 litres"), Agreement::Incomparable);
        let explained = compare(&q("1.5 km"), &q("1,500 m")).explanation;
        assert!(explained.ends_with(", in kilometer)"), "{explained}");
    }

    #[test]
    fn temperatures_convert_between_scales() {
        assert_eq!(
            agreement("40C", "104 degrees Fahrenheit"),
            Agreement::Agrees
        );
        assert_eq!(agreement("about 100F", "38C"), Agreement::Agrees);
        assert_eq!(agreement("40C", "100F"), Agreement::Disagrees);
        assert_eq!(agreement("300 kelvin", "27C"), Agreement::Agrees);
        assert_eq!(
            agreement("the temperature was 24 degrees", "24C"),
            Agreement::Incomparable
        );
    }

    #[test]
    fn bounds_and_approximations() {
        assert_eq!(agreement("about 300", "320"), Agreement::Agrees);
        assert_eq!(agreement("about 300", "340"), Agreement::Disagrees);
        assert_eq!(agreement("nearly 300", "285"), Agreement::Agrees);
        assert_eq!(agreement("nearly 300", "310"), Agreement::Disagrees);
        assert_eq!(agreement("more than 300", "312"), Agreement::Agrees);
        assert_eq!(agreement("more than 300", "290"), Agreement::Disagrees);
        assert_eq!(agreement("more than 300", "about 500"), Agreement::Agrees);
        assert_eq!(agreement("300", "more than 250"), Agreement::Incomparable);
        // A hedged source figure that is the claim's confirms it; one
        // merely near it is too vague.
        assert_eq!(
            agreement("38%", "approximately 38 per cent"),
            Agreement::Agrees
        );
        assert_eq!(agreement("38%", "about 40%"), Agreement::Incomparable);
        // Two hedged figures agree when each is within the other's hedge.
        assert_eq!(
            agreement("around 64,000", "about 74,000"),
            Agreement::Disagrees
        );
        assert_eq!(agreement("around 9,000", "about 8,500"), Agreement::Agrees);
        // A ratio of two things is no share.
        assert_eq!(agreement("twice as likely", "68%"), Agreement::Incomparable);
        assert_eq!(agreement("about 300", "roughly 310"), Agreement::Agrees);
        assert_eq!(
            agreement("as many as 2,500", "up to 2,500"),
            Agreement::Agrees
        );
    }

    #[test]
    fn proportions_meet_across_forms() {
        assert_eq!(agreement("less than half", "21%"), Agreement::Agrees);
        assert_eq!(agreement("less than half", "a fifth"), Agreement::Agrees);
        assert_eq!(agreement("less than half", "60%"), Agreement::Disagrees);
        assert_eq!(agreement("a third", "33%"), Agreement::Agrees);
        assert_eq!(
            agreement("prices doubled", "prices rose 100%"),
            Agreement::Agrees
        );
    }

    #[test]
    fn ordinals_exactly_and_kinds_apart() {
        assert_eq!(agreement("fourth", "4th"), Agreement::Agrees);
        assert_eq!(agreement("fourth", "third"), Agreement::Disagrees);
        assert_eq!(agreement("fourth", "four"), Agreement::Incomparable);
        assert_eq!(
            agreement("$5 million", "€5 million"),
            Agreement::Incomparable
        );
        assert_eq!(agreement("2021", "2020"), Agreement::Disagrees);
    }

    #[test]
    fn a_span_in_two_units_meets_one_in_either() {
        let q = |s: &str| find_quantities(s).remove(0);
        let waited = q("6 hours and 40 minutes");
        assert_eq!(
            compare(&q("nearly seven hours"), &waited).agreement,
            Agreement::Agrees
        );
        assert_eq!(
            compare(&q("400 minutes"), &waited).agreement,
            Agreement::Agrees
        );
        assert_eq!(
            compare(&q("6 hours and 10 minutes"), &waited).agreement,
            Agreement::Disagrees
        );
    }

    #[test]
    fn scores_meet_in_either_order() {
        let score = |s: &str| find_quantities(s).remove(0);
        let agreement = |a: &str, b: &str| compare(&score(a), &score(b)).agreement;
        assert_eq!(agreement("won 4-1", "a 4-1 defeat"), Agreement::Agrees);
        // The loser's side first: the same two tallies.
        let mut loser = score("won 4-1");
        (loser.value, loser.second) = (Decimal::ONE, Some(Decimal::from(4)));
        assert_eq!(
            compare(&score("won 4-1"), &loser).agreement,
            Agreement::Agrees
        );
        assert_eq!(agreement("won 4-1", "won 3-1"), Agreement::Disagrees);
        assert_eq!(agreement("won 4-1", "4 goals"), Agreement::Incomparable);
    }

    #[test]
    fn shares_of_change_meet_from_to_spans() {
        let span = q("waiting lists fell from 62,000 to 41,200");
        assert_eq!(
            compare(&q("fell by a third"), &span).agreement,
            Agreement::Agrees
        );
        assert_eq!(
            compare(&q("fell by half"), &span).agreement,
            Agreement::Disagrees
        );
    }

    #[test]
    fn from_to_spans_meet_changes_and_levels() {
        let span = q("exports rose from 640 tonnes to 2,150 tonnes");
        assert_eq!(
            compare(&q("more than tripled"), &span).agreement,
            Agreement::Agrees
        );
        assert_eq!(
            compare(&q("quadrupled"), &span).agreement,
            Agreement::Disagrees
        );
        assert_eq!(
            compare(&q("2,150 tonnes"), &span).agreement,
            Agreement::Agrees
        );
        // A count of change meets the difference.
        let seats = q("seats fell from 119 to 88");
        assert_eq!(
            compare(&q("lost 31 seats"), &seats).agreement,
            Agreement::Agrees
        );
        assert_eq!(
            compare(&q("lost 41 seats"), &seats).agreement,
            Agreement::Disagrees
        );
    }

    #[test]
    fn changes_need_changes_of_the_same_direction() {
        assert_eq!(agreement("rose 40%", "a 40% increase"), Agreement::Agrees);
        assert_eq!(agreement("rose 40%", "fell 40%"), Agreement::Disagrees);
        assert_eq!(agreement("rose 40%", "40%"), Agreement::Incomparable);
    }

    #[test]
    fn explanations_name_both_figures() {
        let c = compare(&q("less than half"), &q("21%"));
        assert_eq!(
            c.explanation,
            "21% is consistent with less than half (< 50, in percent)"
        );
    }
}
