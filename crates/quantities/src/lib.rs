//! Finds the numeric expressions a news claim uses and decides whether two of
//! them agree.
//!
//! [`find_quantities`] scans English text once and returns every figure with
//! its byte span, [`QuantityKind`], exact decimal value, the precision it was
//! written to, its [`Bound`] ("more than", "about" …) and any [`Direction`]
//! of change ("rose 12%", "a 40% increase"). [`compare`] then tells whether a
//! figure found in a source agrees with the one in a claim, following the
//! rules a fact-checker applies: rounding at the claim's precision, bounds,
//! approximations, percent versus fraction. [`find_relative_ordinals`]
//! finds positions such as "penultimate" or "next to last", and
//! [`find_unit_mentions`] units named without a figure ("a small
//! percentage"); neither names a number, so both are kept apart from figures.
//!
//! The crate is standalone: it has no project-internal dependency.
//!
//! ```
//! use factcheck_quantities::{compare, find_quantities, Agreement, Bound, QuantityKind};
//!
//! let claim = &find_quantities("forces control less than half of the country")[0];
//! assert_eq!(claim.kind, QuantityKind::Fraction);
//! assert_eq!(claim.bound, Bound::LessThan);
//!
//! let evidence = &find_quantities("they hold about 21% of the territory")[0];
//! assert_eq!(compare(claim, evidence).agreement, Agreement::Agrees);
//! ```

#![warn(missing_docs)]

mod bare;
mod compare;
mod lexer;
mod lexicon;
mod recognize;
mod relative;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use bare::{find_unit_mentions, UnitMention};
pub use compare::{compare, Agreement, Comparison};
pub use recognize::find_quantities;
pub use relative::{find_relative_ordinals, Anchor, RelativeOrdinal};
pub use rust_decimal;

/// What sort of figure a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A count or amount: "1,200", "two", "1.2 million".
    Cardinal,
    /// A rank: "fourth", "4th", "twenty-first".
    Ordinal,
    /// A percentage; the value is the number of percent ("40" for 40%).
    Percent,
    /// A difference of percentages: "3 percentage points"; basis points
    /// are read as hundredths of one ("25 basis points" is 0.25).
    PercentagePoints,
    /// A proportion written as a fraction: "half", "two-fifths", "one in five".
    Fraction,
    /// A multiplicative factor: a change ("doubled", "threefold") or a
    /// ratio of two things ("three times as likely", "twice as many").
    Multiplier,
    /// An amount of money; `unit` names the currency.
    Money,
    /// A calendar year: "2021".
    Year,
    /// A decade; the value is its first year ("the 1990s" → 1990).
    Decade,
    /// A physical measure; `unit` names it ("Kilometer", "Square meter").
    Dimension,
    /// A span of time; `unit` names it ("Hour", "Year"): "three days", "a
    /// six-hour wait", and ages in years ("a 28-year-old", "aged 28").
    Duration,
    /// A temperature; `unit` names the scale ("Degree Celsius", "Degree
    /// Fahrenheit", "Kelvin", or "Degree" when none is written): "40C",
    /// "98.6 degrees Fahrenheit".
    Temperature,
    /// The result of a match or a vote, two tallies: "4-1", "a 2-2 draw",
    /// "voted 52 to 48"; `value` is the first tally, `second` the other.
    Score,
}

impl QuantityKind {
    /// The snake_case name used in JSON ("percent", "money" …).
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Cardinal => "cardinal",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Percent => "percent",
            QuantityKind::PercentagePoints => "percentage_points",
            QuantityKind::Fraction => "fraction",
            QuantityKind::Multiplier => "multiplier",
            QuantityKind::Money => "money",
            QuantityKind::Year => "year",
            QuantityKind::Decade => "decade",
            QuantityKind::Dimension => "dimension",
            QuantityKind::Duration => "duration",
            QuantityKind::Temperature => "temperature",
            QuantityKind::Score => "score",
        }
    }
}

/// How the written figure bounds the true value.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// The figure as written (possibly rounded to its last digit).
    #[default]
    Exact,
    /// "about", "around", "roughly", "some": within ±10%.
    Approximately,
    /// "nearly", "almost", "just under": a little below, within 10%.
    Nearly,
    /// "more than", "over", "upwards of": strictly above.
    MoreThan,
    /// "at least": the value or above.
    AtLeast,
    /// "less than", "under", "fewer than": strictly below.
    LessThan,
    /// "at most", "up to": the value or below.
    AtMost,
}

impl Bound {
    /// The snake_case name used in JSON ("more_than" …).
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approximately => "approximately",
            Bound::Nearly => "nearly",
            Bound::MoreThan => "more_than",
            Bound::AtLeast => "at_least",
            Bound::LessThan => "less_than",
            Bound::AtMost => "at_most",
        }
    }
}

/// Direction of a change the figure describes ("rose 12%", "a 40% drop").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Rose, grew, increased, doubled …
    Increase,
    /// Fell, dropped, declined, halved …
    Decrease,
}

/// One numeric expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quantity {
    /// The figure as written, qualifiers included ("less than half", "$4.2bn").
    pub text: String,
    /// First byte of the mention in the scanned text.
    pub start: usize,
    /// One past the last byte of the mention.
    pub end: usize,
    /// What sort of figure it is.
    pub kind: QuantityKind,
    /// The normalized value: 4.2bn → 4200000000, 40% → 40, half → 0.5.
    pub value: Decimal,
    /// The upper end when the figure is a range ("between 30 and 40", "30-40%").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Decimal>,
    /// The size of the last written digit (0.1 for "12.3%", 100000000 for
    /// "$4.2bn", 0 for figures that are exact by nature such as ordinals).
    pub resolution: Decimal,
    /// Unit name: the currency ("Dollar") for money, the measure
    /// ("Kilometer") for dimensions, the time unit ("Hour") for durations,
    /// else none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// ISO 4217 code of the currency, for money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// How the written figure bounds the true value.
    pub bound: Bound,
    /// How the upper end of a range bounds it — `LessThan` (open) or
    /// `AtMost` (closed) — when the range was written as two bounds ("more
    /// than 20 and at most 35"); `bound` then tells the lower end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_bound: Option<Bound>,
    /// The direction of change, when the figure describes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Direction>,
    /// The other tally of a score ("4-1" → 1); `value` holds the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second: Option<Decimal>,
}

impl Quantity {
    /// The value expressed in percent when the figure is a proportion
    /// (a percentage or a fraction), so "a fifth" and "20%" can meet.
    pub fn as_percent(&self) -> Option<Decimal> {
        match self.kind {
            QuantityKind::Percent => Some(self.value),
            QuantityKind::Fraction => self.value.checked_mul(Decimal::ONE_HUNDRED),
            _ => None,
        }
    }

    /// Whether this mention is a range with a distinct upper end.
    pub fn is_range(&self) -> bool {
        self.upper.is_some()
    }

    /// The values the mention allows in interval notation, as the
    /// Recognizers-Text specs write them: `(30,)` for "more than 30",
    /// `(,100]` for "at most 100", `[20,30)` for "between 20 and 30",
    /// `[20,20]` for "equals 20". `None` for a plain (or approximate) figure.
    pub fn interval_notation(&self) -> Option<String> {
        let v = self.value.normalize();
        if let (Some(u), Some(upper_bound)) = (self.upper, self.upper_bound) {
            let open = if self.bound == Bound::MoreThan {
                '('
            } else {
                '['
            };
            let close = if upper_bound == Bound::LessThan {
                ')'
            } else {
                ']'
            };
            return Some(format!("{open}{v},{}{close}", u.normalize()));
        }
        match (self.upper, self.bound) {
            (Some(u), _) if u == self.value => Some(format!("[{v},{v}]")),
            (Some(u), _) => Some(format!("[{v},{})", u.normalize())),
            (None, Bound::MoreThan) => Some(format!("({v},)")),
            (None, Bound::AtLeast) => Some(format!("[{v},)")),
            (None, Bound::LessThan) => Some(format!("(,{v})")),
            (None, Bound::AtMost) => Some(format!("(,{v}]")),
            _ => None,
        }
    }
}

/// The direction a word of change expresses ("rose", "increase", "fell",
/// "decline" …), so other crates read change the same way the recognizer does.
///
/// ```
/// use factcheck_quantities::{change_word, Direction};
/// assert_eq!(change_word("climbed"), Some(Direction::Increase));
/// assert_eq!(change_word("drop"), Some(Direction::Decrease));
/// assert_eq!(change_word("trade"), None);
/// ```
pub fn change_word(word: &str) -> Option<Direction> {
    lexicon::change_verb(word).or_else(|| lexicon::change_noun(word))
}
