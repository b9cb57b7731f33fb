//! The recognizer: one left-to-right pass over the tokens, trying a bounded
//! number of patterns at each position, so time stays linear in the input.

use std::borrow::Cow;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::compare::time_scale;
use crate::lexer::{has_decimal_comma, tokenize, Token, TokenKind};
use crate::lexicon::{self, Currency, NumberWord};
use crate::{Bound, Direction, Quantity, QuantityKind};

/// Finds every numeric expression in `text`, in order of position.
///
/// Spans are UTF-8 byte offsets into `text`, end exclusive. Mentions never
/// overlap.
///
/// ```
/// use factcheck_quantities::{find_quantities, QuantityKind};
///
/// let found = find_quantities("his fourth visit, a 40% increase in trade");
/// assert_eq!(found[0].kind, QuantityKind::Ordinal);
/// assert_eq!(found[0].value.to_string(), "4");
/// assert_eq!(found[1].text, "40%");
/// assert!(found[1].change.is_some());
/// ```
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let lower = text.to_ascii_lowercase();
    let tokens = tokenize(text, &lower);
    Scanner {
        text,
        lower: &lower,
        tokens: &tokens,
    }
    .run()
}

struct Scanner<'a> {
    text: &'a str,
    /// ASCII-lowercased copy of `text`: same byte offsets, cheap lookups.
    lower: &'a str,
    tokens: &'a [Token<'a>],
}

/// A figure before qualifiers and context are applied. Token indexes are
/// `first..end`.
#[derive(Debug, Clone)]
struct Core {
    kind: QuantityKind,
    value: Decimal,
    resolution: Decimal,
    currency: Option<Currency>,
    /// Unit name of a measure ("Meter", "Meter per second").
    unit: Option<Cow<'static, str>>,
    change: Option<Direction>,
    /// Written in digits (ranges join only digit figures).
    digits: bool,
    first: usize,
    end: usize,
}

impl Core {
    /// A share ("a third", "3 in 10") spanning tokens `first..end`.
    fn share(value: Decimal, first: usize, end: usize) -> Core {
        Core {
            kind: QuantityKind::Fraction,
            value,
            resolution: Decimal::ZERO,
            currency: None,
            unit: None,
            change: None,
            digits: false,
            first,
            end,
        }
    }

    /// A figure of `kind` made of the bare number `n` starting at token `first`.
    fn of_number(kind: QuantityKind, n: &Number, first: usize) -> Core {
        Core {
            kind,
            value: n.value,
            resolution: n.resolution,
            currency: None,
            unit: None,
            change: None,
            digits: n.digits,
            first,
            end: n.end,
        }
    }
}

/// A currency named after a figure.
struct CurrencyAfter {
    currency: Currency,
    /// The index after the currency's words.
    end: usize,
    /// What the figure is multiplied by ("MUSD", "USD million").
    factor: Decimal,
    /// Named in words or a code (a sign after the figure is not).
    named: bool,
}

/// A bare number before its unit is known.
struct Number {
    value: Decimal,
    resolution: Decimal,
    ordinal: bool,
    digits: bool,
    /// Scale applied (1 when none); lets a glued `m` mean million only for money.
    scaled: bool,
    /// Written as a fraction ("3/4", "one over three").
    fraction: bool,
    end: usize,
}

fn pow10(exp: u32) -> Decimal {
    Decimal::new(1, exp)
}

fn dec(v: u64) -> Decimal {
    Decimal::from(v)
}

impl<'a> Scanner<'a> {
    fn token(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    /// The lowercased word at token `i`, if that token is a word.
    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tokens.get(i)?;
        (t.kind == TokenKind::Word).then_some(t.lower)
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    fn is_symbol(&self, i: usize, c: char) -> bool {
        self.token(i).is_some_and(|t| t.is_symbol(c))
    }

    /// The token at `k` when it is plain digits (no decimal mark or
    /// grouping) of a length in `len`: "2019" for a year, "05" for minutes.
    fn plain_digits(&self, k: usize, len: std::ops::RangeInclusive<usize>) -> Option<&Token<'a>> {
        self.token(k).filter(|t| {
            t.kind == TokenKind::Number
                && len.contains(&t.text.len())
                && t.text.bytes().all(|b| b.is_ascii_digit())
        })
    }

    /// Whether the word at `k` ends where it stands: nothing is glued after
    /// it but one of `closers` ("4.4pc." but not "2pc;x" in code).
    fn ends_word(&self, k: usize, closers: &[char]) -> bool {
        self.token(k + 1).is_none_or(|next| {
            !self.glued(k, k + 1) || next.symbol().is_some_and(|c| closers.contains(&c))
        })
    }

    /// Whether token `j` starts right where token `i` ends.
    fn glued(&self, i: usize, j: usize) -> bool {
        match (self.token(i), self.token(j)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    fn run(&self) -> Vec<Quantity> {
        let mut out: Vec<Quantity> = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            let skip = self
                .idiom_end(i)
                .or_else(|| self.clock_end(i))
                .or_else(|| self.slashed_pair_end(i));
            if let Some(end) = skip {
                i = end;
                continue;
            }
            if let Some((score, end)) = self.score_at(i) {
                out.push(score);
                i = end;
                continue;
            }
            match self.mention_at(i).filter(|(q, _)| !self.is_pronoun_one(q)) {
                Some((mut q, next)) => {
                    // "aged 23", "at the age of 79": a span of years, as
                    // "a 23-year-old" is.
                    if q.kind == QuantityKind::Cardinal
                        && (self.follows_age_word(i) || self.is_apposed_age(i, &q))
                    {
                        q.kind = QuantityKind::Duration;
                        q.unit = Some("Year".into());
                    }
                    let next = match self.decade_of_life(i, next, &q) {
                        Some((age, after)) => {
                            q = age;
                            after
                        }
                        None => next,
                    };
                    let joined_time = out
                        .last()
                        .and_then(|last| self.joined_span_of_time(last, &q));
                    match out.last() {
                        Some(last) if self.bounds_a_range(last, &q) => {
                            let lower = out.pop().unwrap_or_else(|| q.clone());
                            out.push(self.joined_range(lower, q));
                        }
                        Some(_) if joined_time.is_some() => {
                            out.pop();
                            out.extend(joined_time);
                        }
                        _ => {
                            out.push(q);
                            self.share_unit_backwards(&mut out);
                        }
                    }
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether the figure starting at token `i` gives an age: "aged 23",
    /// "at age 40", "the age of 79" (lowercase, as "Bronze Age 2" names
    /// something).
    fn follows_age_word(&self, i: usize) -> bool {
        let lower_word = |k: usize| {
            self.token(k)
                .filter(|t| t.kind == TokenKind::Word && t.text == t.lower)
                .map(|t| t.lower)
        };
        match i.checked_sub(1).and_then(lower_word) {
            Some("aged" | "age") => true,
            Some("of") => i.checked_sub(2).and_then(lower_word) == Some("age"),
            _ => false,
        }
    }

    /// An age written as a decade of life, for the bare count `q` found at
    /// token `at` and ending before `next`: "in his 30s", "in their late 40s" (30 to 40
    /// years), "the over-60s" (60 and over), "under-25s" (under 25); with
    /// the index after it.
    fn decade_of_life(&self, at: usize, next: usize, q: &Quantity) -> Option<(Quantity, usize)> {
        // The digits themselves (a mention found at a hyphen starts later).
        let i = (at..next).find(|&k| self.tokens[k].start == q.start)?;
        let plain_count = q.kind == QuantityKind::Cardinal
            && q.bound == Bound::Exact
            && q.upper.is_none()
            && next == i + 1
            && self.plain_digits(i, 2..=2).is_some();
        if !(plain_count && self.word_is(next, "s") && self.glued(i, next)) {
            return None;
        }
        let word_before = |k: usize| k.checked_sub(1).and_then(|b| self.word(b));
        let hyphened_before = |k: usize| k >= 2 && self.joins_by_hyphen(k - 1);
        let hyphened = hyphened_before(i);
        let (bound, upper) = match word_before(i - usize::from(hyphened)) {
            // "the over-60s", "under-25s".
            Some("over") if hyphened => (Bound::AtLeast, None),
            Some("under") if hyphened => (Bound::LessThan, None),
            _ => {
                let mut k = i;
                // "his early 30s", "their mid-40s".
                if hyphened && word_before(k - 1) == Some("mid") {
                    k -= 2;
                } else if matches!(word_before(k), Some("early" | "mid" | "late")) {
                    k -= 1;
                }
                let possessive = matches!(
                    word_before(k),
                    Some("his" | "her" | "their" | "my" | "our" | "your" | "its")
                );
                let decade = (q.value % dec(10)).is_zero();
                if !(possessive && decade) {
                    return None;
                }
                (Bound::AtLeast, Some(q.value + dec(10)))
            }
        };
        let first = if upper.is_some() { i } else { i - 2 };
        let start = self.tokens[first].start;
        let end = self.tokens[next].end;
        let age = Quantity {
            text: self.text[start..end].to_string(),
            start,
            end,
            kind: QuantityKind::Duration,
            unit: Some("Year".into()),
            bound,
            upper,
            upper_bound: upper.map(|_| Bound::LessThan),
            ..q.clone()
        };
        Some((age, next + 1))
    }

    /// Whether the figure `q` at token `i` is an age set between commas
    /// after a name, as news reports give one: "Lina Marsh, 79, said".
    fn is_apposed_age(&self, i: usize, q: &Quantity) -> bool {
        let plain_years = q.bound == Bound::Exact
            && q.upper.is_none()
            && q.text.len() <= 3
            && q.text.bytes().all(|b| b.is_ascii_digit())
            && (Decimal::ONE..=dec(120)).contains(&q.value);
        let after_name = i >= 2
            && self.is_symbol(i - 1, ',')
            && self.glued(i - 2, i - 1)
            && !self.glued(i - 1, i)
            && self.tokens[i - 2].kind == TokenKind::Word
            && self.tokens[i - 2].text.starts_with(char::is_uppercase)
            && !lexicon::is_month(self.tokens[i - 2].lower);
        plain_years && after_name && self.is_symbol(i + 1, ',') && self.glued(i, i + 1)
    }

    /// Bare digits listed before a figure whose unit is written after it
    /// take that unit: "5 and 6 percent", "2, 3 and 4 mg", "10 or 12
    /// euros" (a unit written before, as in "5 and $6", names its own).
    fn share_unit_backwards(&self, out: &mut [Quantity]) {
        let Some((last, listed)) = out.split_last_mut() else {
            return;
        };
        let unit_after = last.text.starts_with(|c: char| c.is_ascii_digit())
            && last.bound == Bound::Exact
            && last.upper.is_none()
            && matches!(
                last.kind,
                QuantityKind::Percent
                    | QuantityKind::PercentagePoints
                    | QuantityKind::Money
                    | QuantityKind::Dimension
                    | QuantityKind::Duration
                    | QuantityKind::Temperature
            );
        if !unit_after {
            return;
        }
        let mut next_start = last.start;
        for q in listed.iter_mut().rev() {
            let bare = q.kind == QuantityKind::Cardinal
                && q.unit.is_none()
                && q.bound == Bound::Exact
                && q.upper.is_none()
                && q.text
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
            let gap = self.text.get(q.end..next_start).unwrap_or("");
            if !bare || !matches!(gap, " and " | " or " | ", " | ", and " | ", or ") {
                return;
            }
            q.kind = last.kind;
            q.unit.clone_from(&last.unit);
            q.currency.clone_from(&last.currency);
            next_start = q.start;
        }
    }

    /// Whether token `k` is a hyphen glued to the tokens on both sides
    /// ("one-time", "12-cent").
    fn joins_by_hyphen(&self, k: usize) -> bool {
        k > 0 && self.is_symbol(k, '-') && self.glued(k - 1, k) && self.glued(k, k + 1)
    }

    /// `j`, or the token after a hyphen at `j` glued to it ("hour" in
    /// "six-hour").
    fn past_hyphen(&self, j: usize) -> usize {
        if self.is_symbol(j, '-') && self.glued(j, j + 1) {
            j + 1
        } else {
            j
        }
    }

    /// The index after a set compound starting at `i` ("one-time",
    /// "second-hand", "one-on-one"), which holds no figure.
    fn idiom_end(&self, i: usize) -> Option<usize> {
        // "a third-party app": the article goes with the compound, not a share.
        if matches!(self.word(i), Some("a" | "an")) && self.word(i + 1).is_some() {
            return self.idiom_end(i + 1);
        }
        let number = self.word(i)?;
        if !self.joins_by_hyphen(i + 1) || !lexicon::idiom_compound(number, self.word(i + 2)?) {
            return None;
        }
        // "one-on-one": the compound closes on its own number.
        let mut end = i + 3;
        if self.word_is(i + 2, "on") && self.joins_by_hyphen(end) && self.word_is(end + 1, number) {
            end += 2;
        }
        Some(end)
    }

    /// The index after a time on the clock or a stopwatch starting at `i`
    /// ("15:45", "2:14:05", "1:58.32"), which counts nothing; "3:1" and
    /// "16:9" are ratios.
    fn clock_end(&self, i: usize) -> Option<usize> {
        // The hours.
        self.plain_digits(i, 1..=3)?;
        // Minutes or seconds: two digits under 60 ("05", "58.32").
        let sixtieths = |k: usize| {
            self.token(k).is_some_and(|t| {
                let (whole, part) = t.text.split_once('.').unwrap_or((t.text, ""));
                t.kind == TokenKind::Number
                    && whole.len() == 2
                    && whole.as_bytes()[0] < b'6'
                    && whole.bytes().all(|b| b.is_ascii_digit())
                    && part.bytes().all(|b| b.is_ascii_digit())
            })
        };
        let mut end = i + 1;
        for _ in 0..2 {
            let colon =
                self.is_symbol(end, ':') && self.glued(end - 1, end) && self.glued(end, end + 1);
            if !colon || !sixtieths(end + 1) {
                break;
            }
            end += 2;
        }
        if end == i + 1 {
            return None;
        }
        // A zone offset after the time: "16:07:38 -0600", "10:07:00-0500".
        let signed = self.is_symbol(end, '-') || self.is_symbol(end, '+');
        if signed && self.glued(end, end + 1) && self.plain_digits(end + 1, 4..=4).is_some() {
            end += 2;
        }
        Some(end)
    }

    /// The index after two short numbers joined by a slash whose top is no
    /// smaller than its bottom ("24/7", "50/50", "5/5"): a set phrase or a
    /// score, never a share. "3/4" is a fraction; "2019/20" a span of
    /// years; "5/17/2018" a date.
    fn slashed_pair_end(&self, i: usize) -> Option<usize> {
        let short = |k: usize| self.plain_digits(k, 1..=3);
        let top = short(i)?;
        let joined = self.is_symbol(i + 1, '/') && self.glued(i, i + 1) && self.glued(i + 1, i + 2);
        let bottom = short(i + 2).filter(|_| joined)?;
        let slash_glued_at = |k: usize| k > 0 && self.is_symbol(k, '/') && self.glued(k - 1, k);
        let alone = !i.checked_sub(1).is_some_and(slash_glued_at) && !slash_glued_at(i + 3);
        let (top, bottom) = (
            top.text.parse::<u32>().ok()?,
            bottom.text.parse::<u32>().ok()?,
        );
        (alone && top >= bottom && self.year_span_end(i + 1).is_none()).then_some(i + 3)
    }

    /// A score at token `i`, with the index after it: two short tallies
    /// joined by a dash, the first no smaller ("4-1", "a 2-2 draw",
    /// "112-107"), or by "to" after a verb of contest ("voted 52 to 48").
    /// "3-4 seats" is a range; "787-9" (a model) and "10-5-2020" (a date)
    /// are no scores.
    fn score_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let tally = |k: usize| {
            self.plain_digits(k, 1..=3)
                .and_then(|t| t.text.parse::<u32>().ok())
                .map(|v| (v, self.tokens[k].text.len()))
        };
        let (first, first_len) = tally(i)?;
        let dashed = self.token(i + 1).is_some_and(|t| t.is_dash())
            && self.glued(i, i + 1)
            && self.glued(i + 1, i + 2);
        let voted = !dashed
            && self.word_is(i + 1, "to")
            && i.checked_sub(1)
                .and_then(|k| self.word(k))
                .is_some_and(lexicon::is_contest_verb);
        if !(dashed || voted) {
            return None;
        }
        let (second, second_len) = tally(i + 2)?;
        // Glued to something before or after, the pair is part of a code, a
        // date or a longer figure ("F-35", "1-0-2", "6-4%").
        let opens = |t: &Token<'_>| {
            t.symbol()
                .is_some_and(|c| matches!(c, '(' | '"' | '“' | '\''))
        };
        let closes = |t: &Token<'_>| {
            t.symbol()
                .is_some_and(|c| matches!(c, ')' | '"' | '”' | '\'' | ',' | ';' | ':' | '!' | '?'))
                || (t.is_symbol('.') && !self.glued(i + 3, i + 4))
        };
        let alone_before = i == 0 || !self.glued(i - 1, i) || opens(&self.tokens[i - 1]);
        let alone_after = !self.glued(i + 2, i + 3) || self.token(i + 3).is_some_and(closes);
        // Tallies of one match have like lengths: "787-9" is a model.
        let like = first_len.abs_diff(second_len) <= 1;
        let per_unit = matches!(self.word(i + 3), Some("percent" | "per" | "pc" | "pct"));
        if !(alone_before && alone_after && like && first >= second && !per_unit) {
            return None;
        }
        let (start, end) = (self.tokens[i].start, self.tokens[i + 2].end);
        let score = Quantity {
            text: self.text[start..end].to_string(),
            start,
            end,
            kind: QuantityKind::Score,
            value: dec(u64::from(first)),
            upper: None,
            resolution: Decimal::ZERO,
            unit: None,
            currency: None,
            bound: Bound::Exact,
            upper_bound: None,
            change: None,
            second: Some(dec(u64::from(second))),
        };
        Some((score, i + 3))
    }

    /// Whether a bare "one" stands for a noun rather than counting one:
    /// "which one do you prefer", "the one you mentioned", "that one is good".
    fn is_pronoun_one(&self, q: &Quantity) -> bool {
        if !q.text.eq_ignore_ascii_case("one") {
            return false;
        }
        let before = self.lower[..q.start].split_whitespace().next_back();
        let after = self.lower[q.end..]
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty());
        let clause_ends = self.lower[q.end..]
            .trim_start()
            .starts_with(['.', ',', '?', '!', ';'])
            || self.lower[q.end..].trim().is_empty();
        let determiner = before.is_some_and(|w| {
            matches!(
                w,
                "the"
                    | "this"
                    | "that"
                    | "which"
                    | "each"
                    | "every"
                    | "any"
                    | "another"
                    | "same"
                    | "other"
            )
        });
        let not_a_noun = clause_ends
            || after.is_some_and(|w| {
                matches!(
                    w,
                    "you"
                        | "i"
                        | "we"
                        | "they"
                        | "he"
                        | "she"
                        | "it"
                        | "that"
                        | "who"
                        | "which"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "do"
                        | "did"
                        | "can"
                        | "will"
                        | "would"
                        | "should"
                        | "has"
                        | "have"
                        | "had"
                ) || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
            });
        // "one" counts no plural noun, so a word in -s after it is a verb:
        // "that one costs $5".
        determiner && not_a_noun
    }

    /// Whether `a` then `b` are the two ends of one range written as bounds
    /// ("more than 20 and at most 35", "at most 100 and at least 20"): a
    /// lower and an upper bound of the same kind joined by "and" or "but".
    fn bounds_a_range(&self, a: &Quantity, b: &Quantity) -> bool {
        let lower = |q: &Quantity| matches!(q.bound, Bound::MoreThan | Bound::AtLeast);
        let upper = |q: &Quantity| matches!(q.bound, Bound::LessThan | Bound::AtMost);
        let between = self.text.get(a.end..b.start).unwrap_or("").trim();
        let joined = matches!(
            between.trim_start_matches(',').trim(),
            "" | "and" | "but" | "and is" | "but is"
        ) && !between.is_empty();
        a.kind == b.kind
            && a.upper.is_none()
            && b.upper.is_none()
            && a.change.is_none()
            && b.change.is_none()
            && joined
            && (lower(a) && upper(b) && a.value < b.value
                || upper(a) && lower(b) && b.value < a.value)
    }

    /// One span of time written in two units, `a` then the finer `b`: "6
    /// hours and 40 minutes" is 400 minutes, "2 years 3 months" 27 months.
    /// A list ("3 years, 2 months") stays apart, and so does a finer part
    /// as large as the coarser unit ("2 hours and 90 minutes").
    fn joined_span_of_time(&self, a: &Quantity, b: &Quantity) -> Option<Quantity> {
        let between = self.text.get(a.end..b.start)?.trim();
        let plain = |q: &Quantity| {
            q.kind == QuantityKind::Duration && q.upper.is_none() && q.change.is_none()
        };
        if !(plain(a) && plain(b) && b.bound == Bound::Exact && matches!(between, "" | "and")) {
            return None;
        }
        let (coarse_family, coarse) = time_scale(a.unit.as_deref())?;
        let (fine_family, fine) = time_scale(b.unit.as_deref())?;
        let per = coarse.checked_div(fine)?;
        let whole = per.fract().is_zero() && per > Decimal::ONE;
        if coarse_family != fine_family || !whole || b.value >= per {
            return None;
        }
        let value = a.value.checked_mul(per)?.checked_add(b.value)?;
        Some(Quantity {
            text: self.text[a.start..b.end].to_string(),
            end: b.end,
            value: value.normalize(),
            resolution: b.resolution,
            unit: b.unit.clone(),
            ..a.clone()
        })
    }

    /// The range whose ends are the bounds `a` and `b`, in either order.
    fn joined_range(&self, a: Quantity, b: Quantity) -> Quantity {
        let (start, end) = (a.start, b.end);
        let (low, high) = if matches!(a.bound, Bound::MoreThan | Bound::AtLeast) {
            (a, b)
        } else {
            (b, a)
        };
        Quantity {
            text: self.text[start..end].to_string(),
            start,
            end,
            upper: Some(high.value),
            upper_bound: Some(high.bound),
            ..low
        }
    }

    /// Whether a mention could start at token `i`: most words of running
    /// text cannot, and are passed over without trying any pattern.
    fn could_start(&self, i: usize) -> bool {
        let tok = &self.tokens[i];
        match tok.kind {
            TokenKind::Number => true,
            TokenKind::Symbol => tok.symbol().is_some_and(|c| {
                matches!(
                    c,
                    '-' | '−' | '+' | '±' | '.' | '~' | '>' | '<' | '=' | '≥' | '≤'
                ) || lexicon::currency_symbol(c).is_some()
                    || lexicon::vulgar_fraction(c).is_some()
            }),
            TokenKind::Word => self.word(i).is_some_and(lexicon::may_start_figure),
        }
    }

    fn mention_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if !self.could_start(i) {
            return None;
        }
        if self.word_is(i, "between") {
            if let Some(found) = self.between_range(i) {
                return Some(found);
            }
        }
        if let Some(found) = self.percent_of(i) {
            return Some(found);
        }
        if self.word_is(i, "from") {
            if let Some(found) = self.two_ended_range(i, i + 1, &["to"]) {
                return Some(found);
            }
        }
        // "0.03 plus 0.08 equals 0.11" is sums, not a bound.
        let after_figure = self.previous_is_number(i)
            || i > 0 && self.word(i - 1).and_then(lexicon::number_word).is_some();
        if matches!(self.word(i), Some("equal" | "equals" | "equaling")) && !after_figure {
            let at = if self.word_is(i + 1, "to") {
                i + 2
            } else {
                i + 1
            };
            if let Some(core) = self.core(at) {
                let end = core.end;
                let value = core.value;
                // "equal to 5000 or less", "equal to 5000 or more than".
                let open = match (self.word(end), self.word(end + 1)) {
                    _ if self.opens_next_bound(end) => None,
                    (Some("or"), Some("less" | "fewer" | "lower")) => Some(Bound::AtMost),
                    (Some("or"), Some("more" | "greater" | "higher")) => Some(Bound::AtLeast),
                    _ => None,
                };
                if let Some(bound) = open {
                    let mut end = end + 2;
                    if self.word_is(end, "than") && self.core(end + 1).is_none() {
                        end += 1;
                    }
                    let mut core = core;
                    core.end = end;
                    return Some((self.build(&core, i, bound, None), end));
                }
                return Some((self.build(&core, i, Bound::Exact, Some(value)), end));
            }
        }
        let joined_by_through =
            |k: usize| matches!(self.word(k), Some("through" | "thru")) || self.is_symbol(k, '~');
        if (i + 1..(i + 8).min(self.tokens.len())).any(joined_by_through) {
            if let Some(found) = self.two_ended_range(i, i, &["through", "thru", "~"]) {
                return Some(found);
            }
        }
        if self.is_date_part(i) || self.is_part_of_name(i) {
            return None;
        }
        let (qualifier, core_at) = match self.qualifier(i) {
            Some((bound, after)) => (Some(bound), after),
            None => (None, i),
        };
        // "plus or minus 2.5 points", "±3": a margin, written with its sign.
        let margin = self.plus_or_minus_at(core_at).then_some(3).or_else(|| {
            // ("2,000.45±0.01": glued to a figure, it gives that one's error.)
            let glued = core_at > 0 && self.glued(core_at - 1, core_at);
            (self.is_symbol(core_at, '±') && !glued).then_some(1)
        });
        if let Some(words) = margin {
            let core = self.core(core_at + words)?;
            let end = core.end;
            return Some((self.build(&core, core_at, Bound::Exact, None), end));
        }
        // "under 2:16:00": a time on the clock or a stopwatch is no figure.
        if core_at > i && self.clock_end(core_at).is_some() {
            return None;
        }
        let negative_at = self.negative_sign(core_at);
        let plus_at = self.plus_sign(core_at);
        let mut core = self.core(negative_at.or(plus_at).unwrap_or(core_at))?;
        if self.is_clock_time(&core) {
            return None;
        }
        if core.kind == QuantityKind::Ordinal && self.is_second_of_time(core.first) {
            return None;
        }
        if negative_at.is_some()
            && !matches!(
                core.kind,
                QuantityKind::Year | QuantityKind::Decade | QuantityKind::Ordinal
            )
        {
            core.value = -core.value;
            core.first = core_at;
        }
        // "+3.2%", and "(-12.3%)" after a figure: a signed percentage is a
        // change ("-0.5%" alone may be a level, as a negative rate).
        if core.kind == QuantityKind::Percent && core.change.is_none() {
            let in_brackets =
                core_at > 0 && self.is_symbol(core_at - 1, '(') && self.is_symbol(core.end, ')');
            if plus_at.is_some() {
                core.change = Some(Direction::Increase);
                core.first = core_at;
            } else if negative_at.is_some()
                && in_brackets
                && self.token(core_at).is_some_and(|t| t.is_dash())
            {
                core.value = -core.value;
                core.change = Some(Direction::Decrease);
            }
        }
        // "$5bn over five years", "grew 12% over three years": "over" right
        // after a figure spans the period it was reached in ("over 10
        // years ago", "jailed for over 3 years" bound it).
        let over_a_period = core.kind == QuantityKind::Duration
            && self.word_is(i, "over")
            && i > 0
            && self.ends_a_figure(i - 1);
        let (bound, first) = match qualifier {
            Some(b)
                if !over_a_period
                    && !matches!(
                        core.kind,
                        QuantityKind::Year | QuantityKind::Decade | QuantityKind::Ordinal
                    ) =>
            {
                (b, if b == Bound::Exact { core.first } else { i })
            }
            _ => (Bound::Exact, core.first),
        };
        let mut bound = bound;
        // "more than 5000 or equal to", "less than 40 or equal": the bound
        // takes its end in.
        if matches!(bound, Bound::MoreThan | Bound::LessThan)
            && self.word_is(core.end, "or")
            && self.word_is(core.end + 1, "equal")
            && !self.opens_next_bound(core.end)
        {
            bound = if bound == Bound::MoreThan {
                Bound::AtLeast
            } else {
                Bound::AtMost
            };
            core.end += 2;
            if self.word_is(core.end, "to") {
                core.end += 1;
            }
        }
        if !self.opens_next_bound(core.end)
            && (matches!(bound, Bound::Exact | Bound::Approximately)
                && self.word_is(core.end, "or")
                || self.word_is(core.end, "and"))
        {
            // "500 or more", "200 or greater", "five hundred or less",
            // "aged 65 and older".
            let open = match self.word(core.end + 1) {
                Some("more" | "greater" | "above" | "higher" | "over" | "older") => {
                    Some(Bound::AtLeast)
                }
                Some("less" | "fewer" | "below" | "lower" | "under" | "younger")
                    if self.word_is(core.end, "or") =>
                {
                    Some(Bound::AtMost)
                }
                _ => None,
            };
            if let Some(b) =
                open.filter(|_| !matches!(core.kind, QuantityKind::Year | QuantityKind::Ordinal))
            {
                bound = b;
                core.end += 2;
                // "or greater than": the comparison word carries its "than" along.
                if self.word_is(core.end, "than") && self.core(core.end + 1).is_none() {
                    core.end += 1;
                }
            }
        }
        let mut upper = None;
        // An estimate, or a band of ages ("aged 18 to 24"), is a span,
        // never a raise.
        let span_only =
            matches!(bound, Bound::Approximately | Bound::Nearly) || self.follows_age_word(i);
        if let Some(hi) = self
            .dash_range(&core)
            .or_else(|| self.to_range(&core, span_only))
        {
            core = self.with_shared_scale(core, &hi);
            upper = Some(hi.value);
            // "$5-10 billion" stays money; a bare first end takes the
            // kind of the second ("10-15%").
            if !(core.kind == QuantityKind::Money && hi.kind == QuantityKind::Cardinal) {
                core.kind = hi.kind;
                core.currency = hi.currency;
            }
            core.unit = hi.unit.or_else(|| core.unit.take());
            core.end = hi.end;
        }
        if upper.is_none() && core.kind == QuantityKind::Year {
            if let Some((last, end)) = self.year_span_end(core.end) {
                upper = Some(last);
                core.end = end;
            }
        }
        if core.change.is_none() && changeable(core.kind) {
            core.change = self
                .change_around(first.min(core.first), core.end)
                .filter(|_| {
                    !(core.kind == QuantityKind::Money && self.names_a_loss(first, core.end))
                })
                .or_else(|| {
                    // "18% fewer admissions", "20% more expensive": a share
                    // more or less is a relative difference.
                    (core.kind == QuantityKind::Percent)
                        .then(|| match self.word(core.end) {
                            Some("more" | "greater") => Some(Direction::Increase),
                            Some("fewer" | "less") => Some(Direction::Decrease),
                            _ => None,
                        })
                        .flatten()
                });
        }
        Some((self.build(&core, first, bound, upper), core.end))
    }

    /// Whether the comparison after the figure ending at `end` opens a
    /// bound of its own rather than closing the figure's: "40 and greater
    /// than or equal to 50", "equal to 5000 or less than 6000", "more than
    /// 5000 or equal to 6000".
    fn opens_next_bound(&self, end: usize) -> bool {
        if !matches!(self.word(end), Some("or" | "and")) {
            return false;
        }
        let mut k = end + 2;
        if matches!(self.word(k), Some("than" | "to")) {
            k += 1;
        } else if !self.word_is(end + 1, "equal") {
            return false;
        }
        self.core(k).is_some() || self.word_is(k, "or")
    }

    fn build(&self, core: &Core, first: usize, bound: Bound, upper: Option<Decimal>) -> Quantity {
        let start = self.tokens[first].start;
        let end = self.tokens[core.end - 1].end;
        Quantity {
            text: self.text[start..end].to_string(),
            start,
            end,
            kind: core.kind,
            value: core.value.normalize(),
            upper: upper.map(|u| u.normalize()),
            resolution: core.resolution.normalize(),
            unit: core
                .currency
                .map(|c| c.name.to_string())
                .or_else(|| core.unit.as_deref().map(str::to_string)),
            currency: core.currency.map(|c| c.iso.to_string()),
            bound,
            upper_bound: None,
            change: core.change,
            second: None,
        }
    }

    /// A qualifier phrase at `i` followed by something; returns the bound and
    /// the index after the phrase.
    fn qualifier(&self, i: usize) -> Option<(Bound, usize)> {
        if let Some(found) = self.comparison_sign(i) {
            return Some(found);
        }
        let first = self.word(i)?;
        if !lexicon::starts_qualifier(first) {
            return None;
        }
        // "twice as many as 40": a ratio, not a bound on the 40.
        if first == "as"
            && i.checked_sub(1)
                .and_then(|k| self.word(k))
                .is_some_and(|w| lexicon::times_word(w).is_some() || matches!(w, "times" | "half"))
        {
            return None;
        }
        // "spending went past £150 million" is a bound; "the past 12
        // months", "in past years" and "half past three" are not.
        if first == "past"
            && i.checked_sub(1).and_then(|k| self.word(k)).is_none_or(|w| {
                lexicon::is_determiner(w)
                    || matches!(
                        w,
                        "in" | "over" | "for" | "during" | "within" | "of" | "half" | "quarter"
                    )
                    || lexicon::number_word(w).is_some()
            })
        {
            return None;
        }
        lexicon::QUALIFIERS.iter().find_map(|(phrase, bound)| {
            let matches = phrase
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + k) == Some(*w));
            matches.then_some((*bound, i + phrase.len()))
        })
    }

    /// A comparison sign before a figure: ">", ">=", "≥" (a lower bound),
    /// "<", "<=", "≤" (an upper one); "<>", "=>" and "=<" are none.
    fn comparison_sign(&self, i: usize) -> Option<(Bound, usize)> {
        let a = self.token(i)?.symbol()?;
        // The second half of "=>", "<>": no bound.
        let sign_before = i > 0
            && self.glued(i - 1, i)
            && self.tokens[i - 1]
                .symbol()
                .is_some_and(|c| matches!(c, '<' | '>' | '='));
        if sign_before {
            return None;
        }
        let b = self.token(i + 1).and_then(|t| t.symbol());
        let (bound, len) = match (a, b) {
            ('<', Some('>')) | ('>', Some('<')) => return None,
            ('=', Some('>' | '<')) => return None,
            ('>', Some('=')) => (Bound::AtLeast, 2),
            ('<', Some('=')) => (Bound::AtMost, 2),
            ('>', _) => (Bound::MoreThan, 1),
            ('<', _) => (Bound::LessThan, 1),
            ('≥', _) => (Bound::AtLeast, 1),
            ('≤', _) => (Bound::AtMost, 1),
            _ => return None,
        };
        Some((bound, i + len))
    }

    /// A minus sign glued to a number ("-4", "−1.5") not glued to a word
    /// before it ("COVID-19"), or the words "minus"/"negative": returns
    /// the index where the number starts.
    fn negative_sign(&self, i: usize) -> Option<usize> {
        let tok = self.token(i)?;
        if tok.is_dash() && tok.text != "—" && tok.text != "–" {
            // Glued to a word or number before it, a dash joins ("COVID-19",
            // "3-4"); after a sign ("<-30") it is still a minus.
            let glued_before =
                i > 0 && self.glued(i - 1, i) && self.tokens[i - 1].kind != TokenKind::Symbol;
            let number_next = self
                .token(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number);
            return (number_next && self.glued(i, i + 1) && !glued_before).then_some(i + 1);
        }
        let next_is_number = self
            .token(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || self.word(i + 1).and_then(lexicon::number_word).is_some();
        // "plus or minus 2.5 points" is a margin, not a negative figure.
        let margin = i >= 2 && self.plus_or_minus_at(i - 2);
        (matches!(self.word(i), Some("minus" | "negative")) && next_is_number && !margin)
            .then_some(i + 1)
    }

    /// Whether the words "plus or minus" start at `i`.
    fn plus_or_minus_at(&self, i: usize) -> bool {
        self.word_is(i, "plus") && self.word_is(i + 1, "or") && self.word_is(i + 2, "minus")
    }

    /// A plus sign glued to a number ("+3.2%") not glued to a word or
    /// number before it ("C++11", "2+2"): returns where the number starts.
    fn plus_sign(&self, i: usize) -> Option<usize> {
        let glued_before = i > 0
            && self.glued(i - 1, i)
            && !matches!(self.tokens[i - 1].symbol(), Some('(' | '['));
        let number_next = self
            .token(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
        (self.is_symbol(i, '+') && number_next && self.glued(i, i + 1) && !glued_before)
            .then_some(i + 1)
    }

    /// "percent of 10", "per cent of twenty-two": the percentage named first.
    fn percent_of(&self, i: usize) -> Option<(Quantity, usize)> {
        let of_at = match self.word(i)? {
            "percent" | "percents" => i + 1,
            "per" if self.word_is(i + 1, "cent") => i + 2,
            _ => return None,
        };
        if !self.word_is(of_at, "of") {
            return None;
        }
        let n = self.number(of_at + 1, false)?;
        if n.ordinal {
            return None;
        }
        let core = Core::of_number(QuantityKind::Percent, &n, i);
        Some((self.build(&core, i, Bound::Exact, None), n.end))
    }

    /// Whether the digits at `i` end a name joined by a hyphen to a
    /// capitalized word: "COVID-19", "G-20", "F-35" ("mid-2020" is a year);
    /// or a label glued to letters: "G20", "MH17", "PM2.5", "CO2", "Q3"
    /// (a currency glued on, "Rs500", is money; "x10" a factor).
    fn is_part_of_name(&self, i: usize) -> bool {
        if self.is_glued_label(i) {
            return true;
        }
        let Some(first) = i.checked_sub(2) else {
            return false;
        };
        let hyphened = self.token(i - 1).is_some_and(|t| t.is_dash())
            && self.glued(first, i - 1)
            && self.glued(i - 1, i);
        let capitalized_name = self.tokens[first].kind == TokenKind::Word
            && self.tokens[first].text.starts_with(char::is_uppercase);
        let number = self.token(i).is_some_and(|t| t.kind == TokenKind::Number);
        // "A350-900", "i5-9300H": a label goes on past a hyphen.
        hyphened && (self.is_glued_label(first) || number && capitalized_name)
    }

    /// Whether the number at `i` is glued to the letters before it, as in a
    /// label ("G20", "A320") and unlike money ("USD200") or a factor ("x10").
    fn is_glued_label(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        self.token(i).is_some_and(|t| t.kind == TokenKind::Number)
            && self.glued(before, i)
            && self.word(before).is_some_and(|w| {
                w != "x"
                    && lexicon::currency_word(w).is_none()
                    && lexicon::million_code(w).is_none()
            })
    }

    /// Whether "second" at `i` is the unit of time: "per second", "a
    /// thousandth of a second", "a split second".
    fn is_second_of_time(&self, i: usize) -> bool {
        if !self.word_is(i, "second") {
            return false;
        }
        let before = |k: usize| i.checked_sub(k).and_then(|j| self.word(j));
        matches!(before(1), Some("per" | "split" | "every" | "each"))
            || (before(1) == Some("a") && before(2) == Some("of"))
    }

    /// Whether the number at `i` is the day of a date: "May 4th", "March 11",
    /// "11 March".
    fn is_date_part(&self, i: usize) -> bool {
        let Some(tok) = self.token(i).filter(|t| t.kind == TokenKind::Number) else {
            return false;
        };
        if tok.text.len() > 2 {
            return false;
        }
        if self.in_iso_date(i) {
            return true;
        }
        let month = |k: usize| {
            self.word(k).is_some_and(lexicon::is_month)
                && self.tokens[k].text.starts_with(char::is_uppercase)
        };
        (i > 0 && month(i - 1)) || {
            let mut k = i + 1;
            if matches!(self.word(k), Some("st" | "nd" | "rd" | "th")) && self.glued(i, k) {
                k += 1;
            }
            if self.word_is(k, "of") {
                k += 1;
            }
            month(k)
        }
    }

    /// Whether the number token at `i` is the month or the day of a date
    /// written "2019-11-19" (the year stays a figure; "2013-14" is a span).
    fn in_iso_date(&self, i: usize) -> bool {
        let digits = |k: usize, len: usize| self.plain_digits(k, len..=len).is_some();
        // The number at `k` follows a hyphen glued to the number before.
        let hyphened = |k: usize| {
            k >= 2 && self.is_symbol(k - 1, '-') && self.glued(k - 2, k - 1) && self.glued(k - 1, k)
        };
        let month_day = |month: usize| {
            hyphened(month)
                && digits(month - 2, 4)
                && digits(month, 2)
                && hyphened(month + 2)
                && digits(month + 2, 2)
        };
        month_day(i) || i >= 2 && month_day(i - 2)
    }

    /// "between 30 and 40" (the ends may carry units: "between $3 and $4 million").
    fn between_range(&self, i: usize) -> Option<(Quantity, usize)> {
        self.two_ended_range(i, i + 1, &["and"])
    }

    /// A range whose ends are joined by one of `joins`, starting at `at`
    /// (after any introducing word at `first`): "between the tenth and the
    /// fifteenth", "from 640 to 2,150", "20 through 100", "20~100".
    fn two_ended_range(
        &self,
        first: usize,
        at: usize,
        joins: &[&str],
    ) -> Option<(Quantity, usize)> {
        let skip_the = |k: usize| if self.word_is(k, "the") { k + 1 } else { k };
        let mut lo = self.signed_core(skip_the(at))?;
        // "from 640 megawatts in 2023 to 2,150": a dated first end.
        if joins.contains(&"to")
            && self.word_is(lo.end, "in")
            && self.is_year_token(lo.end + 1)
            && self.word_is(lo.end + 2, "to")
        {
            lo.end += 2;
        }
        let joined = match self.word(lo.end) {
            Some(w) => joins.contains(&w),
            None => joins.contains(&"~") && self.is_symbol(lo.end, '~'),
        };
        if !joined {
            return None;
        }
        let hi = self.signed_core(skip_the(lo.end + 1))?;
        let lo = self.with_shared_scale(lo, &hi);
        let kind = if lo.kind == QuantityKind::Cardinal {
            hi.kind
        } else {
            lo.kind
        };
        if kind != hi.kind
            || hi.value == lo.value
            || matches!(kind, QuantityKind::Year) && joins != ["and"]
            || !same_measure(&lo, &hi)
        {
            return None;
        }
        // "from 50 to 40": the range is [40, 50], a decrease when a verb of change says so.
        let (low, high) = if hi.value > lo.value {
            (lo.value, hi.value)
        } else if joins.contains(&"to") {
            (hi.value, lo.value)
        } else {
            return None;
        };
        let change =
            (joins.contains(&"to") && first > 0 && self.change_around(first, first).is_some())
                .then(|| {
                    if hi.value > lo.value {
                        Direction::Increase
                    } else {
                        Direction::Decrease
                    }
                });
        let core = Core {
            kind,
            value: low,
            currency: hi.currency.or(lo.currency),
            unit: hi.unit.clone().or_else(|| lo.unit.clone()),
            change,
            end: hi.end,
            ..lo
        };
        Some((self.build(&core, first, Bound::Exact, Some(high)), hi.end))
    }

    /// The last year of a span of years written after a four-digit year
    /// ending before `j`: "2013-14" and "2019/20" (the next year, as fiscal
    /// years and seasons are written), "2019–2021". Returns it and the index
    /// after it.
    fn year_span_end(&self, j: usize) -> Option<(Decimal, usize)> {
        j.checked_sub(1)?;
        let sep = self.token(j)?;
        let joined =
            (sep.is_dash() || sep.is_symbol('/')) && self.glued(j - 1, j) && self.glued(j, j + 1);
        let year = |k: usize| -> Option<u32> {
            self.is_year_token(k)
                .then(|| self.tokens[k].text.parse().ok())
                .flatten()
                .filter(|y| (1000..=2100).contains(y))
        };
        let from = year(j - 1).filter(|_| joined)?;
        let last = self.token(j + 1)?;
        let to = match last.text.len() {
            2 => {
                let yy: u32 = last.text.parse().ok()?;
                (yy == (from + 1) % 100).then_some(from + 1)?
            }
            // "2019–2021"; with a slash only the next year ("2019/2020").
            4 => year(j + 1).filter(|&y| {
                y > from && y <= from + 50 && (!sep.is_symbol('/') || y == from + 1)
            })?,
            _ => return None,
        };
        // "2013-14-15" or "2019/20/21" is something else.
        if self
            .token(j + 2)
            .is_some_and(|t| (t.is_dash() || t.is_symbol('/')) && self.glued(j + 1, j + 2))
        {
            return None;
        }
        Some((Decimal::from(to), j + 2))
    }

    /// "3 to 4 litres", "two to three years", "10 to 15%", "8- to 16-meter",
    /// "44 mg to 50 mg": a number, "to", and a larger figure whose unit
    /// covers both ends. Two figures with units of their own form a range
    /// only when no verb of change right before makes the second a target
    /// ("raised 44 mg to 50 mg", "rose 5% to 10%"). Bare counts join when
    /// they share a scale or an estimate covers them (`approximate`).
    fn to_range(&self, lo: &Core, span_only: bool) -> Option<Core> {
        let to = if self.token(lo.end).is_some_and(|t| t.is_dash()) {
            lo.end + 1
        } else {
            lo.end
        };
        if !self.word_is(to, "to") {
            return None;
        }
        let hi = self.core(to + 1)?;
        let measured = matches!(
            hi.kind,
            QuantityKind::Dimension
                | QuantityKind::Duration
                | QuantityKind::Money
                | QuantityKind::Percent
        );
        let bare = lo.kind == QuantityKind::Cardinal && lo.unit.is_none();
        let alike = lo.kind == hi.kind
            && lo.unit == hi.unit
            && lo.currency.map(|c| c.iso) == hi.currency.map(|c| c.iso)
            && self.change_before(lo.first).is_none();
        // "5 to 10 million people": counts join when they share a scale
        // ("raised 44 to 50" is a raise).
        let scaled_count = bare
            && hi.kind == QuantityKind::Cardinal
            && self.change_before(lo.first).is_none()
            && self.shared_scale(lo, &hi).is_some();
        // "about 20 to 30 people": an estimate is a span, never a raise.
        let span_of_counts = span_only && bare && hi.kind == QuantityKind::Cardinal;
        let joins = measured && (bare || alike) || scaled_count || span_of_counts;
        (joins && hi.value > lo.value && lo.change.is_none()).then_some(hi)
    }

    /// The scale written only after the second end of a range, which the
    /// first end shares: "5-10 million", "between $5 and $10 billion",
    /// "from 10 to 5 million" (but "from 300 to 2 million" stays apart:
    /// 300 million is too far from 2 million to be meant).
    fn shared_scale(&self, lo: &Core, hi: &Core) -> Option<Decimal> {
        if !matches!(hi.kind, QuantityKind::Cardinal | QuantityKind::Money) {
            return None;
        }
        let scale_in = |c: &Core| {
            (c.first..c.end)
                .filter_map(|k| self.word(k))
                .find_map(lexicon::scale_suffix)
        };
        if scale_in(lo).is_some() {
            return None;
        }
        let scale = dec(scale_in(hi)?);
        let (a, b) = (lo.value.abs().checked_mul(scale)?, hi.value.abs());
        if a.is_zero() || b.is_zero() || lo.value.abs() >= scale {
            return None;
        }
        let ratio = if a > b {
            a.checked_div(b)?
        } else {
            b.checked_div(a)?
        };
        (ratio <= Decimal::ONE_HUNDRED).then_some(scale)
    }

    /// `lo` with the scale it shares with `hi`, if any.
    fn with_shared_scale(&self, mut lo: Core, hi: &Core) -> Core {
        if let Some(scale) = self.shared_scale(&lo, hi) {
            if let (Some(v), Some(r)) = (
                lo.value.checked_mul(scale),
                lo.resolution.checked_mul(scale),
            ) {
                lo.value = v;
                lo.resolution = r;
            }
        }
        lo
    }

    /// The figure at `i`, negated after a minus sign or "negative" ("-5",
    /// "negative ten"), as the end of a range.
    fn signed_core(&self, i: usize) -> Option<Core> {
        let Some(at) = self.negative_sign(i) else {
            return self.core(i);
        };
        let mut core = self.core(at)?;
        if !changeable(core.kind) {
            return None;
        }
        core.value = -core.value;
        core.first = i;
        Some(core)
    }

    /// "30-40%", "2019–2021", "10-15 exabytes": a digit figure, a dash, a
    /// larger digit figure (which may name the unit of both).
    fn dash_range(&self, lo: &Core) -> Option<Core> {
        if !lo.digits
            || !matches!(
                lo.kind,
                QuantityKind::Cardinal | QuantityKind::Percent | QuantityKind::Money
            )
            || !self.token(lo.end)?.is_dash()
        {
            return None;
        }
        // "+1-222-2222": a phone number, not a range.
        let signed_before = lo.first > 0
            && self.glued(lo.first - 1, lo.first)
            && self
                .token(lo.first - 1)
                .is_some_and(|t| t.is_dash() || t.is_symbol('+'));
        if signed_before {
            return None;
        }
        let hi = self.core(lo.end + 1)?;
        if self.token(hi.end).is_some_and(|t| t.is_dash()) && self.glued(hi.end - 1, hi.end) {
            return None;
        }
        // "$5-10 billion": money, then a count in the same currency.
        let kinds_fit = hi.kind == lo.kind && same_measure(lo, &hi)
            || (lo.kind == QuantityKind::Cardinal
                && matches!(
                    hi.kind,
                    QuantityKind::Percent | QuantityKind::Dimension | QuantityKind::Duration
                ))
            || (lo.kind == QuantityKind::Money && hi.kind == QuantityKind::Cardinal);
        let lo_value = self
            .shared_scale(lo, &hi)
            .and_then(|scale| lo.value.checked_mul(scale))
            .unwrap_or(lo.value);
        (hi.digits && kinds_fit && hi.value > lo_value).then_some(hi)
    }

    /// A verb before ("rose 12%", "fell by a third") or a noun after ("a 40%
    /// increase") that gives the figure a direction of change.
    fn change_around(&self, first: usize, end: usize) -> Option<Direction> {
        self.change_before(first).or_else(|| {
            let mut j = end;
            if self.token(j).is_some_and(|t| t.is_dash()) {
                j += 1;
            }
            if matches!(self.word(j), Some("point" | "points")) {
                j += 1;
            }
            // "6.5% more than this year's": a difference from what follows.
            if self.word_is(j + 1, "than") {
                match self.word(j) {
                    Some("more" | "larger" | "bigger" | "greater") => {
                        return Some(Direction::Increase)
                    }
                    Some("less" | "fewer" | "smaller") => return Some(Direction::Decrease),
                    _ => {}
                }
            }
            self.word(j).and_then(lexicon::change_noun)
        })
    }

    /// Whether the noun of change around an amount of money is "loss" ("a
    /// loss of £42 million", "a $3bn loss"): in accounts a loss is a level
    /// (what was lost over the period), not a fall in the amount.
    fn names_a_loss(&self, first: usize, end: usize) -> bool {
        let is_loss = |w: Option<&str>| matches!(w, Some("loss" | "losses"));
        let before = first
            .checked_sub(2)
            .is_some_and(|k| self.word_is(k + 1, "of") && is_loss(self.word(k)));
        before || is_loss(self.word(end))
    }

    /// A verb of change before the figure at `first`, across a few
    /// connecting words: "declining at a rate of 12.8%", "grew by an
    /// average of 3%", "an increase of 40%".
    fn change_before(&self, first: usize) -> Option<Direction> {
        let mut k = first.checked_sub(1)?;
        let mut skipped = 0;
        while skipped < 5
            && matches!(
                self.word(k),
                Some(
                    "by" | "of"
                        | "at"
                        | "a"
                        | "an"
                        | "the"
                        | "rate"
                        | "average"
                        | "annual"
                        | "annually"
                        | "pace"
                        | "some"
                )
            )
        {
            k = k.checked_sub(1)?;
            skipped += 1;
        }
        let w = self.word(k)?;
        // "make up a quarter of sales", "take up 30% of the space": the
        // particle of a phrasal verb is no rise.
        let particle = matches!(w, "up" | "down")
            && k > 0
            && matches!(
                self.word(k - 1),
                Some(
                    "make"
                        | "makes"
                        | "made"
                        | "making"
                        | "take"
                        | "takes"
                        | "took"
                        | "taking"
                        | "taken"
                        | "add"
                        | "adds"
                        | "added"
                        | "adding"
                        | "sum"
                        | "sums"
                        | "summed"
                        | "end"
                        | "ends"
                        | "ended"
                        | "set"
                        | "sets"
                        | "put"
                        | "puts"
                        | "turn"
                        | "turned"
                        | "turns"
                )
            );
        // "raised $1.2 billion in its listing": money right after "raise"
        // is what was raised, not a rise.
        let funds_raised = k + 1 == first
            && matches!(w, "raise" | "raises" | "raised" | "raising")
            && (first..first + 3).any(|i| self.currency_prefix(i).is_some());
        if particle || funds_raised {
            return None;
        }
        let direct = lexicon::change_verb(w).or_else(|| {
            // The noun form needs its "of": "an increase of 40%".
            (self.word(k + 1) == Some("of"))
                .then(|| lexicon::change_noun(w))
                .flatten()
        });
        if direct.is_some() || !self.word_is(first.checked_sub(1)?, "by") {
            return direct;
        }
        // "cut delays by a quarter": the verb stands before its object.
        (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&j| self.tokens[j].kind == TokenKind::Word)
            .find_map(|j| self.word(j).and_then(lexicon::change_verb))
    }

    /// The figure itself at `i`: money, percent, ordinal, fraction, year, count.
    fn core(&self, i: usize) -> Option<Core> {
        // A currency set apart between two numbers goes with the one
        // that names none of its own ("10 rmb 20 usd").
        let prefix = self.currency_prefix(i).filter(|&(_, at, _)| {
            !self.previous_is_number(i) || self.currency_owned_by_next(at - 1)
        });
        if let Some((currency, at, factor)) = prefix {
            // "$-99.99": a sign glued between the currency and the digits.
            let signed = self
                .token(at)
                .is_some_and(|t| matches!(t.symbol(), Some('-' | '−')))
                && self.glued(at - 1, at)
                && self.glued(at, at + 1);
            let (at, factor) = if signed {
                (at + 1, -factor)
            } else {
                (at, factor)
            };
            let number = self.number(at, true)?;
            if number.ordinal {
                return None;
            }
            let end = self.skip_currency_word(number.end);
            return Some(Core {
                kind: QuantityKind::Money,
                value: number.value.checked_mul(factor)?,
                resolution: number.resolution.checked_mul(factor.abs())?,
                currency: Some(currency),
                unit: None,
                change: None,
                digits: number.digits,
                first: i,
                end,
            });
        }
        if let Some(found) = self.one_and_a_half(i) {
            return Some(found);
        }
        // "a percentage point": one point.
        if matches!(self.word(i), Some("a" | "an")) {
            if let Some((QuantityKind::PercentagePoints, end)) = self.percent_suffix(i + 1) {
                let mut one = Core::share(Decimal::ONE, i, end);
                one.kind = QuantityKind::PercentagePoints;
                return Some(one);
            }
        }
        if let Some(mut core) = self.fraction(i).or_else(|| self.multiplier(i)) {
            // "1/4 mile", "½ teaspoon", "half an hour": a share of a unit is
            // a measure.
            if core.kind == QuantityKind::Fraction {
                // "half a mile", "a quarter of a percentage point".
                let unit_at = match (self.word(core.end), self.word(core.end + 1)) {
                    (Some("a" | "an"), _) => core.end + 1,
                    (Some("of"), Some("a" | "an")) => core.end + 2,
                    _ => core.end,
                };
                if let Some((kind, unit, end)) = self.measure_after(unit_at) {
                    core.kind = kind;
                    core.unit = Some(unit);
                    core.end = end;
                    return Some(core);
                }
                if unit_at > core.end {
                    if let Some((kind, end)) = self.percent_suffix(unit_at) {
                        core.kind = kind;
                        core.end = end;
                        return Some(core);
                    }
                }
            }
            // "half a million dollars", "a quarter million US dollars".
            if core.kind == QuantityKind::Cardinal {
                if let Some(after) = self.currency_words(core.end) {
                    core.kind = QuantityKind::Money;
                    core.currency = Some(after.currency);
                    core.value = core.value.checked_mul(after.factor)?;
                    core.end = after.end;
                }
            }
            return Some(core);
        }
        let number = self.number(i, false)?;
        if let Some(ratio) = self.ratio(i, &number) {
            return Some(ratio);
        }
        Some(self.classify(i, number))
    }

    /// "a day and a half", "an hour and a half": one and a half units.
    fn one_and_a_half(&self, i: usize) -> Option<Core> {
        // "and" follows a unit of one or two words: a cheap test first, as
        // "a" is everywhere.
        let and_follows = self.word_is(i + 2, "and") || self.word_is(i + 3, "and");
        if !matches!(self.word(i), Some("a" | "an")) || !and_follows {
            return None;
        }
        let (kind, unit, end) = self.measure_after(i + 1)?;
        let half = self.word_is(end, "and")
            && matches!(self.word(end + 1), Some("a"))
            && self.word_is(end + 2, "half");
        half.then(|| Core {
            kind,
            value: Decimal::new(15, 1),
            resolution: Decimal::ZERO,
            currency: None,
            unit: Some(unit),
            change: None,
            digits: false,
            first: i,
            end: end + 3,
        })
    }

    /// Decides what a bare number is from what follows it.
    fn classify(&self, first: usize, n: Number) -> Core {
        let mut core = Core::of_number(QuantityKind::Cardinal, &n, first);
        if n.ordinal {
            core.kind = QuantityKind::Ordinal;
            core.resolution = Decimal::ZERO;
            return core;
        }
        let j = n.end;
        if n.fraction {
            core.kind = QuantityKind::Fraction;
            core.resolution = Decimal::ZERO;
            // "1/4 mile": a share of a unit is a measure.
            if let Some((kind, unit, end)) = self.measure_after(j) {
                core.kind = kind;
                core.unit = Some(unit);
                core.end = end;
            }
            return core;
        }
        if let Some((kind, end)) = self.percent_suffix(j) {
            core.kind = kind;
            core.end = end;
            return core;
        }
        if let Some(end) = self.basis_points_suffix(j) {
            let hundred = dec(100);
            core.kind = QuantityKind::PercentagePoints;
            core.value /= hundred;
            core.resolution /= hundred;
            core.end = end;
            return core;
        }
        // "a 12-cent dividend", "a one-yen bid": the currency hyphened on.
        let hyphened = self.joins_by_hyphen(j) && self.word(j + 1).is_some();
        let cj = if hyphened { j + 1 } else { j };
        if let Some(after) = self
            .currency_words(cj)
            .filter(|_| !self.pounds_of_weight(first, cj, &n))
            .or_else(|| self.won_after(cj, &n))
        {
            core.kind = QuantityKind::Money;
            core.currency = Some(after.currency);
            core.end = after.end;
            if let (Some(value), Some(resolution)) = (
                core.value.checked_mul(after.factor),
                core.resolution.checked_mul(after.factor),
            ) {
                core.value = value;
                core.resolution = resolution;
            }
            let major = !matches!(after.currency.name, "Cent" | "Pence" | "Penny" | "Dime");
            if after.named && major && !n.scaled && after.factor == Decimal::ONE {
                if let Some((cents, end)) = self.cents_after(after.end) {
                    core.value += cents;
                    core.resolution = Decimal::new(1, 2);
                    core.end = end;
                }
            }
            return core;
        }
        if let Some(end) = self.fold_suffix(j) {
            core.kind = QuantityKind::Multiplier;
            core.end = end;
            return core;
        }
        // "three times as likely", "2.5 times higher": a ratio of two
        // things; "visited four times": a count of occasions.
        if self.token(j).is_some_and(|t| t.text == "times") {
            if self.compares_after(j + 1) {
                core.kind = QuantityKind::Multiplier;
            }
            core.end = j + 1;
            return core;
        }
        if let Some(end) = self.inch_mark(j).filter(|_| !self.in_code(first)) {
            core.kind = QuantityKind::Dimension;
            core.unit = Some(Cow::Borrowed("Inch"));
            core.end = end;
            return core;
        }
        if let Some((kind, unit, end)) = self.measure_after(j).filter(|_| !self.in_code(first)) {
            core.kind = kind;
            let feet = unit == "Foot";
            core.unit = Some(unit);
            core.end = end;
            // "5 feet 2 inches", "6 ft and 1 in": one length in feet.
            if feet {
                if let Some((inches, end)) = self.inches_after(end) {
                    core.value += inches / dec(12);
                    core.end = end;
                }
            }
            return core;
        }
        if n.digits && !n.scaled {
            let plain = self.is_year_token(first);
            let decade_digits = plain && self.tokens[first].text.ends_with('0');
            if decade_digits && self.glued(first, j) && self.word_is(j, "s") {
                core.kind = QuantityKind::Decade;
                core.end = j + 1;
                core.resolution = Decimal::ZERO;
                return core;
            }
            let year_like = plain && (1000..=2100).contains(&n.value.trunc().mantissa());
            if year_like
                && !(self.word(j).is_some() && self.glued(first, j))
                && !self.counts_rather_than_dates(first, j)
            {
                core.kind = QuantityKind::Year;
                core.resolution = Decimal::ZERO;
            }
        }
        core
    }

    /// Whether a year-like number at `first` (ending before `j`) is a
    /// count: compared ("more than 2000", "> 1500", "above 1000"), counting
    /// a plural noun ("killed 2000 people"; but "the 2021 elections", "in
    /// 2019 prices"), or the low end of a range past any year ("1000-5000").
    fn counts_rather_than_dates(&self, first: usize, j: usize) -> bool {
        let before = first.checked_sub(1);
        let word_before = before.and_then(|b| self.word(b));
        // "an increase of 12.1% over 2024", "up 5% on 2023", "54% below
        // 1990 levels": the year a change is measured from.
        let change_before = before.and_then(|b| b.checked_sub(1)).is_some_and(|k| {
            self.token(k).and_then(|t| t.symbol()) == Some('%')
                || self
                    .word(k)
                    .is_some_and(|w| matches!(w, "percent" | "cent" | "pct" | "points" | "point"))
        });
        if matches!(word_before, Some("over" | "above" | "below" | "under"))
            && change_before
            && self.word(j).is_none_or(|w| {
                matches!(
                    w,
                    "level" | "levels" | "figure" | "figures" | "total" | "totals"
                )
            })
        {
            return false;
        }
        let compared = match word_before {
            Some("than") => !matches!(
                before
                    .and_then(|b| b.checked_sub(1))
                    .and_then(|b| self.word(b)),
                Some("later" | "earlier" | "sooner" | "before" | "after")
            ),
            Some(w) => matches!(
                w,
                "over"
                    | "above"
                    | "under"
                    | "below"
                    | "least"
                    | "most"
                    | "exceeding"
                    | "exceed"
                    | "exceeds"
                    | "exceeded"
                    | "surpassed"
                    | "topped"
            ),
            None => before.is_some_and(|b| {
                self.token(b)
                    .and_then(|t| t.symbol())
                    .is_some_and(|c| matches!(c, '>' | '<' | '=' | '≥' | '≤'))
            }),
        };
        let counts_noun = word_before.is_some_and(|w| {
            !matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "this"
                    | "that"
                    | "in"
                    | "since"
                    | "until"
                    | "by"
                    | "from"
                    | "for"
                    | "before"
                    | "after"
                    | "during"
                    | "between"
                    | "and"
                    | "to"
                    | "through"
                    | "of"
            )
        }) && self.token(j).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.text.starts_with(|c: char| c.is_ascii_lowercase())
                && (t.text.len() > 3 && t.text.ends_with('s')
                    || matches!(t.text, "people" | "men" | "women" | "children"))
        });
        let past_any_year = self.token(j).is_some_and(|t| t.is_dash())
            && self.token(j + 1).is_some_and(|t| {
                t.kind == TokenKind::Number
                    && t.text.len() >= 4
                    && t.text
                        .replace(',', "")
                        .parse::<u64>()
                        .is_ok_and(|v| v > 2100)
            });
        compared || counts_noun || past_any_year
    }

    /// Whether "pounds" after the number at `first` weigh rather than pay:
    /// money when scaled ("361 million pounds"), "sterling", or after a
    /// word of paying ("cost 50 pounds"); weight otherwise ("lost 25
    /// pounds", "over two pounds").
    fn pounds_of_weight(&self, first: usize, j: usize, n: &Number) -> bool {
        if !matches!(self.word(j), Some("pound" | "pounds")) || n.scaled {
            return false;
        }
        if self.word_is(j + 1, "sterling") {
            return false;
        }
        let paying = (first.saturating_sub(4)..first).any(|k| {
            self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "cost"
                        | "costs"
                        | "paid"
                        | "pay"
                        | "pays"
                        | "worth"
                        | "fined"
                        | "fine"
                        | "spent"
                        | "spend"
                        | "earn"
                        | "earns"
                        | "earned"
                        | "raised"
                        | "charged"
                        | "charge"
                        | "price"
                        | "priced"
                        | "sold"
                        | "bought"
                        | "salary"
                        | "wage"
                        | "budget"
                        | "invested"
                        | "owed"
                        | "donated"
                )
            })
        });
        !paying
    }

    /// The inches after a length in feet, as a number of inches, and the
    /// index after them: "2 inches", "and 1 in", "7\"".
    fn inches_after(&self, j: usize) -> Option<(Decimal, usize)> {
        let at = if self.word_is(j, "and") { j + 1 } else { j };
        let n = self.number(at, false)?;
        if n.ordinal || n.scaled || n.value < Decimal::ZERO || n.value >= dec(12) {
            return None;
        }
        let end = match self.word(n.end) {
            Some("inch" | "inches") => n.end + 1,
            // "in" is also a preposition: not before what it could govern
            // ("6 ft 2 in the photo", "in London", "in 2019").
            Some("in") if !self.in_governs(n.end + 1) => n.end + 1,
            _ if self.is_symbol(n.end, '"') => n.end + 1,
            _ => return None,
        };
        Some((n.value, end))
    }

    /// Whether "in" before token `k` is inches: an adjective of size
    /// follows ("2 in thick") or the sentence ends ("is 2 in.").
    fn in_measures(&self, k: usize) -> bool {
        match self.token(k) {
            None => true,
            Some(t) if t.kind == TokenKind::Symbol => {
                matches!(t.symbol(), Some('.' | ';' | '!' | '?' | ')'))
                    && self
                        .token(k + 1)
                        .is_none_or(|n| !self.glued(k, k + 1) || n.kind == TokenKind::Symbol)
            }
            Some(t) => matches!(
                t.lower,
                "thick" | "long" | "wide" | "tall" | "deep" | "high" | "across" | "thin"
            ),
        }
    }

    /// Whether the token at `k` could be governed by a preceding "in": a
    /// determiner, a name or a number.
    fn in_governs(&self, k: usize) -> bool {
        let Some(t) = self.token(k) else {
            return false;
        };
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Symbol => false,
            TokenKind::Word => {
                t.text.starts_with(char::is_uppercase) || lexicon::is_determiner(t.lower)
            }
        }
    }

    /// A unit of measurement or of time at `j`, with the kind of figure it
    /// makes: "km" a dimension, "-hour" a duration.
    fn measure_after(&self, j: usize) -> Option<(QuantityKind, Cow<'static, str>, usize)> {
        // "2 in thick", "a pencil 2 in.": inches where "in" governs nothing.
        if self.word_is(j, "in") && j > 0 && !self.glued(j - 1, j) && self.in_measures(j + 1) {
            return Some((QuantityKind::Dimension, "Inch".into(), j + 1));
        }
        if let Some((unit, end)) = self.temperature_after(j) {
            return Some((QuantityKind::Temperature, unit.into(), end));
        }
        if let Some((unit, end)) = self.unit_after(j).or_else(|| self.bracketed_unit(j)) {
            if let Some((per, end)) = self.per_unit(end).filter(|_| !unit.contains(" per ")) {
                let compound = format!("{unit} per {}", per.to_lowercase());
                return Some((QuantityKind::Dimension, compound.into(), end));
            }
            let end = if matches!(unit, "Ton" | "Metric ton" | "Kilogram") {
                self.of_carbon_dioxide(end).unwrap_or(end)
            } else {
                end
            };
            return Some((QuantityKind::Dimension, unit.into(), end));
        }
        let at = self.past_hyphen(j);
        let unit = lexicon::time_unit(self.word(at)?)?;
        Some((QuantityKind::Duration, unit.into(), at + 1))
    }

    /// "tonnes of CO2", "tonnes carbon dioxide equivalent", "tonnes CO2e":
    /// the gas a mass of emissions is counted in belongs to its unit.
    /// Returns the index after it.
    fn of_carbon_dioxide(&self, j: usize) -> Option<usize> {
        let at = if self.word_is(j, "of") { j + 1 } else { j };
        let after_gas = match self.word(at)? {
            "carbon" if self.word_is(at + 1, "dioxide") => at + 2,
            "co2" | "co2e" => at + 1,
            // "CO" glued to its "2" (and an "e").
            "co" if self.token(at + 1).is_some_and(|t| t.text == "2") && self.glued(at, at + 1) => {
                if self.word_is(at + 2, "e") && self.glued(at + 1, at + 2) {
                    at + 3
                } else {
                    at + 2
                }
            }
            _ => return None,
        };
        Some(if self.word_is(after_gas, "equivalent") {
            after_gas + 1
        } else {
            after_gas
        })
    }

    /// The unit a measure is divided by: "per millisecond", "/kg", "per
    /// square metre"; returns its name and the index after it.
    fn per_unit(&self, j: usize) -> Option<(&'static str, usize)> {
        let divides = self.word_is(j, "per") || self.is_symbol(j, '/') && self.glued(j, j + 1);
        if !divides {
            return None;
        }
        let at = j + 1;
        if let Some(unit) = self.word(at).and_then(lexicon::time_unit_singular) {
            return Some((unit, at + 1));
        }
        self.unit_after(at)
    }

    /// A scale of temperature at `j`: "°C", "degrees Fahrenheit", "deg c",
    /// "kelvin", a capital letter glued to the digits ("40C", "104F"), or
    /// bare degrees where the text speaks of temperature ("the temperature
    /// is 24 degrees"; "turn 90 degrees" is an angle).
    fn temperature_after(&self, j: usize) -> Option<(&'static str, usize)> {
        let glued = j > 0 && self.glued(j - 1, j);
        let degrees = self.is_symbol(j, '°')
            || self.is_symbol(j, 'º')
            || matches!(self.word(j), Some("degree" | "degrees" | "deg"));
        let k = if degrees { j + 1 } else { j };
        let letter = self
            .token(k)
            .filter(|t| t.kind == TokenKind::Word && t.text.len() == 1)
            .map(|t| t.text)
            .filter(|l| degrees || glued && l.chars().all(|c| c.is_ascii_uppercase()))
            // "40C" but not "5Cs", "3C-2" or a label ("Room 5C").
            .filter(|_| {
                !self
                    .token(k + 1)
                    .is_some_and(|t| self.glued(k, k + 1) && !t.is_symbol('.'))
            })
            .filter(|_| degrees || !self.after_capitalized_word(j - 1));
        let scale = match (self.word(k), letter) {
            (Some("celsius" | "centigrade"), _) | (_, Some("C" | "c")) => Some("Degree Celsius"),
            (Some("fahrenheit"), _) | (_, Some("F" | "f")) => Some("Degree Fahrenheit"),
            (Some("kelvin" | "kelvins"), _) if !degrees => Some("Kelvin"),
            _ => None,
        };
        match scale {
            Some(name) => Some((name, k + 1)),
            None if degrees && self.speaks_of_temperature(j) => Some(("Degree", k)),
            None => None,
        }
    }

    /// Whether the figure whose first token is `first` follows a capitalized
    /// word, as a label does ("Room 5C", "Flat 3B"); a determiner opening
    /// the sentence names nothing ("The 1.5C target").
    fn after_capitalized_word(&self, first: usize) -> bool {
        first > 0
            && self.tokens[first - 1].kind == TokenKind::Word
            && self.tokens[first - 1]
                .text
                .starts_with(|c: char| c.is_uppercase())
            && !lexicon::is_determiner(self.tokens[first - 1].lower)
    }

    /// Whether one of the few words before `j` is about temperature.
    fn speaks_of_temperature(&self, j: usize) -> bool {
        (j.saturating_sub(10)..j).any(|k| {
            self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "temperature"
                        | "temperatures"
                        | "thermometer"
                        | "thermometers"
                        | "fever"
                        | "heatwave"
                        | "heat"
                        | "warmer"
                        | "colder"
                        | "hotter"
                        | "warming"
                        | "cooling"
                        | "celsius"
                        | "fahrenheit"
                )
            })
        })
    }

    /// A unit in brackets after a figure, as tables write it: "20 (kg)",
    /// "20 [kg]".
    fn bracketed_unit(&self, j: usize) -> Option<(&'static str, usize)> {
        let close = match self.token(j)?.symbol()? {
            '(' => ')',
            '[' => ']',
            '{' => '}',
            '<' => '>',
            _ => return None,
        };
        let (unit, end) = self.unit_after(j + 1)?;
        (self.glued(j, j + 1) && self.is_symbol(end, close) && self.glued(end - 1, end))
            .then_some((unit, end + 1))
    }

    /// Inches written as a double prime after a figure (`10"`, `a 55″
    /// screen`, `10" by 12"`), not the quotation mark that closes a quote
    /// ending in a number: no quotation mark may open shortly before.
    fn inch_mark(&self, j: usize) -> Option<usize> {
        let tok = self.token(j)?;
        if tok.is_symbol('″') {
            return Some(j + 1);
        }
        if !tok.is_symbol('"') {
            return None;
        }
        // A bounded look back keeps the scan linear.
        let opened = (j.saturating_sub(40)..j).any(|k| {
            let after_number =
                k > 0 && self.glued(k - 1, k) && self.tokens[k - 1].kind == TokenKind::Number;
            self.tokens[k].is_symbol('"') && !after_number
        });
        (!opened).then_some(j + 1)
    }

    /// Whether the bare digits of `core` tell a time of day: "2 pm",
    /// "11pm", "2.17pm", "2:00 pm", "6 a.m." (but "2.123 pm" measures).
    fn is_clock_time(&self, core: &Core) -> bool {
        if core.kind != QuantityKind::Cardinal || !core.digits {
            return false;
        }
        let number_at = |k: usize| self.token(k).is_some_and(|t| t.kind == TokenKind::Number);
        let mut end = core.end;
        // "2:00 pm": the minutes after the hour.
        if self.is_symbol(end, ':') && number_at(end + 1) {
            end += 2;
        }
        let meridiem = matches!(self.word(end), Some("am" | "pm"))
            || matches!(self.word(end), Some("a" | "p"))
                && self.is_symbol(end + 1, '.')
                && self.word_is(end + 2, "m");
        if !meridiem {
            return false;
        }
        let minutes_of_hour =
            core.first >= 2 && self.is_symbol(core.first - 1, ':') && number_at(core.first - 2);
        let hour = core.value;
        let on_the_clock = (Decimal::ONE..=dec(12)).contains(&hour)
            && (hour.fract().is_zero() || hour.scale() == 2 && hour.fract() < Decimal::new(6, 1));
        minutes_of_hour || on_the_clock
    }

    /// Whether the figure starting at token `first` is part of a code
    /// glued to letters before it ("scp173m", "scp-173m", "A4"), whose
    /// trailing letters are no unit.
    fn in_code(&self, first: usize) -> bool {
        let word_at = |k: usize| self.tokens[k].kind == TokenKind::Word;
        first > 0
            && self.glued(first - 1, first)
            && (word_at(first - 1)
                || self.tokens[first - 1].is_dash()
                    && first > 1
                    && self.glued(first - 2, first - 1)
                    && word_at(first - 2))
    }

    /// A unit of measurement at `j`: "km", "square miles", "km/h", "-inch".
    fn unit_after(&self, j: usize) -> Option<(&'static str, usize)> {
        let at = self.past_hyphen(j);
        let glued = at == j && j > 0 && self.glued(j - 1, j);
        let first = self.word(at)?;
        // "km/h": a word, a slash, a word, all glued.
        if self.is_symbol(at + 1, '/') && self.glued(at, at + 1) && self.glued(at + 1, at + 2) {
            if let Some(second) = self.word(at + 2) {
                if let Some(name) = lexicon::unit_name(&format!("{first}/{second}")) {
                    return Some((name, at + 3));
                }
            }
        }
        // "km2", "m²": a unit glued to a power.
        if let Some(power) = self
            .token(at + 1)
            .filter(|t| self.glued(at, at + 1) && matches!(t.text, "2" | "²" | "3" | "³"))
        {
            let exponent = if matches!(power.text, "2" | "²") {
                "2"
            } else {
                "3"
            };
            if let Some(name) = lexicon::unit_name(&format!("{first}{exponent}")) {
                return Some((name, at + 2));
            }
        }
        // Only a few words start a unit of several words.
        let multiword = matches!(
            first,
            "square"
                | "sq"
                | "cubic"
                | "metric"
                | "watt"
                | "kilowatt"
                | "megawatt"
                | "gigawatt"
                | "terawatt"
                | "miles"
                | "kilometers"
                | "kilometres"
                | "barrels"
        );
        let two = self
            .word(at + 1)
            .filter(|_| multiword)
            .map(|w| format!("{first} {w}"));
        let three = self
            .word(at + 2)
            .and_then(|w3| two.as_ref().map(|t| format!("{t} {w3}")));
        if let Some(name) = three.as_deref().and_then(lexicon::unit_name) {
            return Some((name, at + 3));
        }
        if let Some(name) = two.as_deref().and_then(lexicon::unit_name) {
            return Some((name, at + 2));
        }
        if let Some(name) = lexicon::data_unit(self.tokens[at].text) {
            return Some((name, at + 1));
        }
        let name = lexicon::unit_name(first)?;
        // "1 m x 1 m" is a metre, "12 m euros" twelve million; "(930,000
        // mi)" is miles when nothing follows.
        let spaced_ok = match first {
            "m" => {
                self.tokens[at].text == "m"
                    && self
                        .word(at + 1)
                        .is_none_or(|w| lexicon::currency_word(w).is_none())
            }
            "mi" => self.word(at + 1).is_none(),
            _ => lexicon::symbol_in_own_case(self.tokens[at].text),
        };
        let allowed = if lexicon::glued_only_unit(first) {
            glued || spaced_ok
        } else {
            glued
                || spaced_ok
                || first.len() > 2
                || self.tokens[at].text.chars().all(char::is_lowercase)
        };
        // "24703m212": letters inside a run of digits are no unit, and a
        // short symbol glued on to more than closing punctuation or a
        // hyphened word ("5km-long") is a piece of code ("1.12l-.17").
        let inside_code = self.token(at + 1).is_some_and(|t| {
            self.glued(at, at + 1)
                && match t.symbol() {
                    None => true,
                    Some('-') => first.len() <= 2 && self.word(at + 2).is_none(),
                    // "2.2l.1": punctuation glued on to more digits.
                    Some('.' | ',') => {
                        first.len() <= 2
                            && self
                                .token(at + 2)
                                .is_some_and(|_| self.glued(at + 1, at + 2))
                    }
                    // Closing punctuation and brackets end a unit; "/" and
                    // "^" go on to a divisor or a power.
                    Some(c) => {
                        first.len() <= 2
                            && !matches!(
                                c,
                                ';' | ':'
                                    | '('
                                    | ')'
                                    | '['
                                    | ']'
                                    | '{'
                                    | '}'
                                    | '<'
                                    | '>'
                                    | '!'
                                    | '?'
                                    | '\''
                                    | '"'
                                    | '’'
                                    | '/'
                                    | '^'
                            )
                    }
                }
        });
        if !allowed || inside_code || !lexicon::case_fits_unit(first, self.tokens[at].text) {
            return None;
        }
        // "km^2", "km cubed", "metres squared": a unit raised to a power.
        let caret =
            self.is_symbol(at + 1, '^') && self.glued(at, at + 1) && self.glued(at + 1, at + 2);
        let power = match (caret, self.token(at + 2).map(|t| t.text), self.word(at + 1)) {
            (true, Some("2"), _) => Some((2, at + 3)),
            (true, Some("3"), _) => Some((3, at + 3)),
            (false, _, Some("squared")) => Some((2, at + 2)),
            (false, _, Some("cubed")) => Some((3, at + 2)),
            _ => None,
        };
        if let Some((exponent, end)) = power {
            let raised = match exponent {
                2 => format!("square {}", name.to_lowercase()),
                _ => format!("cubic {}", name.to_lowercase()),
            };
            if let Some(name) = lexicon::unit_name(&raised) {
                return Some((name, end));
            }
        }
        Some((name, at + 1))
    }

    /// "%", "percent", "per cent", "pct", "percentage points", "-percent",
    /// "-percentage-point".
    fn percent_suffix(&self, j: usize) -> Option<(QuantityKind, usize)> {
        if self.is_symbol(j, '%') {
            return Some((QuantityKind::Percent, j + 1));
        }
        let j = self.past_hyphen(j);
        match self.word(j)? {
            "percent" | "percents" | "pct" => Some((QuantityKind::Percent, j + 1)),
            // "4.4pc", as the British press writes it; a spaced "PC" is a
            // computer, and "1pc;" or "2pc}" the picas of a style sheet.
            "pc" if self.glued(j - 1, j)
                && self.tokens[j].text == "pc"
                && self.ends_word(j, &['.', ',', ')']) =>
            {
                Some((QuantityKind::Percent, j + 1))
            }
            "per" if self.word_is(j + 1, "cent") => Some((QuantityKind::Percent, j + 2)),
            "percentage" => {
                let k = self.past_hyphen(j + 1);
                match self.word(k) {
                    Some("point" | "points") => Some((QuantityKind::PercentagePoints, k + 1)),
                    _ => Some((QuantityKind::Percent, j + 1)),
                }
            }
            _ => None,
        }
    }

    /// Basis points, hundredths of a percentage point: "25 basis points",
    /// "a 25-basis-point cut", "50bp", "75 bps" (not "BP", the company, nor
    /// a piece of code such as "4-Bp_x").
    fn basis_points_suffix(&self, j: usize) -> Option<usize> {
        let k = self.past_hyphen(j);
        let t = self.token(k)?;
        match t.text {
            "basis" => {
                let p = self.past_hyphen(k + 1);
                matches!(self.word(p), Some("point" | "points")).then_some(p + 1)
            }
            "bp" | "bps" => self
                .ends_word(k, &['.', ',', ';', ':', ')', '!', '?'])
                .then_some(k + 1),
            _ => None,
        }
    }

    /// "-fold", "fold", a glued "x": a multiplicative factor.
    fn fold_suffix(&self, j: usize) -> Option<usize> {
        let k = if self.token(j).is_some_and(|t| t.is_dash()) {
            j + 1
        } else {
            j
        };
        if self.word_is(k, "fold") {
            return Some(k + 1);
        }
        (j > 0 && self.glued(j - 1, j) && self.word_is(j, "x")).then_some(j + 1)
    }

    /// Whether token `k` can end a figure: digits, a percent sign, or a
    /// word of number, scale, percent or currency ("12%", "$5bn", "two
    /// million", "40 euros").
    fn ends_a_figure(&self, k: usize) -> bool {
        let Some(t) = self.token(k) else {
            return false;
        };
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Symbol => {
                t.is_symbol('%') || t.symbol().and_then(lexicon::currency_symbol).is_some()
            }
            TokenKind::Word => {
                lexicon::number_word(t.lower).is_some()
                    || lexicon::scale_suffix(t.lower).is_some()
                    || lexicon::currency_word(t.lower).is_some()
                    || matches!(t.lower, "percent" | "pct")
            }
        }
    }

    /// Whether the token before `i` is a number.
    fn previous_is_number(&self, i: usize) -> bool {
        i > 0 && self.tokens[i - 1].kind == TokenKind::Number
    }

    /// Whether the currency ending at token `j` belongs to the number
    /// after it: it does ("rmb 10 usd 20", "$20") unless, set apart, that
    /// number names its own ("10 rmb 20 usd", "10 $ 30 $").
    fn currency_owned_by_next(&self, j: usize) -> bool {
        let number_next = self
            .token(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
        if !number_next || self.glued(j, j + 1) {
            return number_next;
        }
        let Some(number) = self.number(j + 1, true) else {
            return false;
        };
        let k = number.end;
        let own = self
            .token(k)
            .and_then(|t| t.symbol())
            .and_then(lexicon::currency_symbol)
            .is_some()
            || self.word(k).and_then(lexicon::currency_word).is_some();
        !own
    }

    /// A currency named right after the figure ("4.2bn dollars", "500
    /// Australian dollars", "20 million Hong Kong dollars", "75 USD
    /// million", "30 MUSD", "10 €").
    fn currency_words(&self, j: usize) -> Option<CurrencyAfter> {
        let found = |currency, end, named| CurrencyAfter {
            currency,
            end,
            factor: Decimal::ONE,
            named,
        };
        // "10 €", "100元", but not "10 $20" (the sign belongs to the next figure).
        if let Some(c) = self
            .token(j)
            .and_then(|t| t.symbol())
            .and_then(lexicon::currency_symbol)
        {
            return (!self.currency_owned_by_next(j)).then(|| found(c, j + 1, false));
        }
        let w = self.word(j)?;
        // "rmb 10 usd 20": a code before a number belongs to that number.
        if lexicon::currency_may_precede(w) && self.currency_owned_by_next(j) {
            return None;
        }
        for (k, first) in [(j, Some(w)), (j + 1, self.word(j + 1))] {
            // Two-word names; "hong kong dollars" starts one word earlier.
            if let (Some(first), Some(second)) = (first, self.word(k + 1)) {
                if let Some(c) = lexicon::currency_phrase(first, second) {
                    let starts_at_j = k == j || (w == "hong" || w == "new");
                    if starts_at_j {
                        return Some(found(c, k + 2, true));
                    }
                }
            }
        }
        if let Some(c) = lexicon::million_code(w) {
            return Some(CurrencyAfter {
                factor: dec(1_000_000),
                ..found(c, j + 1, true)
            });
        }
        let c = lexicon::currency_word(w).filter(|_| w != "rs")?;
        // "75 USD million": a code before the scale.
        if let Some(NumberWord::Scale(s)) = self.word(j + 1).and_then(lexicon::number_word) {
            if lexicon::currency_may_precede(w) {
                return Some(CurrencyAfter {
                    factor: dec(s),
                    ..found(c, j + 2, true)
                });
            }
        }
        Some(found(c, j + 1, true))
    }

    /// Index after a currency named at `j` (or `j` when none): "1.5 trillion yen".
    fn skip_currency_word(&self, j: usize) -> usize {
        self.currency_words(j).map_or(j, |after| after.end)
    }

    /// The minor part after a named amount: "3 dollars 50 cents", "thirteen
    /// dollars and forty-five cents", "15 dollars 50". Returns the part in
    /// major units and the index after it. Without "cents" the number must
    /// end the phrase, so "15 dollars 50 times" keeps its own count.
    fn cents_after(&self, j: usize) -> Option<(Decimal, usize)> {
        let at = if self.word_is(j, "and") { j + 1 } else { j };
        let n = self.number(at, false)?;
        let whole = !n.ordinal && !n.scaled && !n.fraction && n.value.fract().is_zero();
        if !whole || n.value <= Decimal::ZERO || n.value >= dec(100) {
            return None;
        }
        let cents = n.value / dec(100);
        if matches!(
            self.word(n.end),
            Some("cent" | "cents" | "pence" | "penny" | "pennies")
        ) {
            return Some((cents, n.end + 1));
        }
        let ends_phrase = match self.token(n.end) {
            None => true,
            Some(t) => {
                t.kind == TokenKind::Symbol
                    && !matches!(t.symbol(), Some('%' | '-' | '/'))
                    && t.symbol().and_then(lexicon::currency_symbol).is_none()
            }
        };
        ends_phrase.then_some((cents, n.end))
    }

    /// A currency before the figure: "$", "US$", "€", "Rs", "USD", "MAUD"
    /// (millions); returns it, where the figure starts, and the factor the
    /// figure is multiplied by.
    fn currency_prefix(&self, i: usize) -> Option<(Currency, usize, Decimal)> {
        let tok = self.token(i)?;
        if let Some(c) = tok.symbol().and_then(lexicon::currency_symbol) {
            return Some((c, i + 1, Decimal::ONE));
        }
        let w = self.word(i)?;
        // "C$5", "HK$ 10", "US $150", "c $ 16.4": a spaced prefix only when
        // it is no article or clipped word ("a $5 fee", "it's $5").
        let prefix_fits = self.glued(i, i + 1) || !matches!(w, "a" | "s" | "r");
        if self.is_symbol(i + 1, '$') && prefix_fits {
            if let Some(c) = lexicon::dollar_prefix(w) {
                return Some((c, i + 2, Decimal::ONE));
            }
        }
        // A code starts a word ("SEK 4bn", "Rmb8bn", "KSh 5m"), not inside
        // a run of letters and digits ("k0SAr4" in encoded data).
        let inside_run =
            i > 0 && self.glued(i - 1, i) && self.tokens[i - 1].kind != TokenKind::Symbol;
        let named = if inside_run {
            None
        } else if lexicon::currency_may_precede(w) {
            lexicon::currency_word(w).map(|c| (c, Decimal::ONE))
        } else {
            lexicon::million_code(w).map(|c| (c, dec(1_000_000)))
        };
        if let Some((c, factor)) = named {
            let at = if self.is_symbol(i + 1, '.') {
                i + 2
            } else {
                i + 1
            };
            if self.token(at).is_some_and(|t| t.kind == TokenKind::Number) {
                return Some((c, at, factor));
            }
        }
        None
    }

    /// "half", "a third", "two-fifths", "one in five", "three out of four".
    fn fraction(&self, i: usize) -> Option<Core> {
        let frac = |value: Decimal, end: usize| Core::share(value, i, end);
        // "¾": one character.
        if let Some((num, den)) = self
            .token(i)
            .and_then(|t| t.symbol())
            .and_then(lexicon::vulgar_fraction)
        {
            return Some(frac(dec(num) / dec(den), i + 1));
        }
        let w = self.word(i);
        // "half a million", "a quarter million": a share of a scale is a count.
        let (share_at, share) = match (w, self.word(i + 1)) {
            (Some("a" | "an"), Some("half")) => (i + 1, Some(Decimal::new(5, 1))),
            (Some("a" | "an"), Some("quarter")) => (i + 1, Some(Decimal::new(25, 2))),
            (Some("half"), _) => (i, Some(Decimal::new(5, 1))),
            (Some("quarter"), _) => (i, Some(Decimal::new(25, 2))),
            _ => (i, None),
        };
        if let Some(share) = share {
            let k = if matches!(self.word(share_at + 1), Some("a" | "an")) {
                share_at + 2
            } else {
                share_at + 1
            };
            if let Some(NumberWord::Scale(s)) = self.word(k).and_then(lexicon::number_word) {
                return share_of_scale(frac(share, k + 1), s);
            }
        }
        if w == Some("half") {
            if self.word_is(i + 1, "a") && self.word_is(i + 2, "dozen") {
                let mut half_dozen = frac(dec(6), i + 3);
                half_dozen.kind = QuantityKind::Cardinal;
                return Some(half_dozen);
            }
            return Some(frac(Decimal::new(5, 1), i + 1));
        }
        if let Some((share, j)) = self.share(i, true) {
            // "three quarters billion": a share of a scale.
            if let Some(NumberWord::Scale(s)) = self.word(j).and_then(lexicon::number_word) {
                return share_of_scale(frac(share, j + 1), s);
            }
            // "two thirds of a million": a count.
            let of_scale = self.word_is(j, "of")
                && matches!(self.word(j + 1), Some("a" | "an"))
                && matches!(
                    self.word(j + 2).and_then(lexicon::number_word),
                    Some(NumberWord::Scale(_))
                );
            if of_scale {
                if let Some(NumberWord::Scale(s)) = self.word(j + 2).and_then(lexicon::number_word)
                {
                    return share_of_scale(frac(share, j + 3), s);
                }
            }
            return Some(frac(share, j));
        }
        None
    }

    /// A ratio starting with the number `n` at `i`: "one in five", "3 out
    /// of 4", "one over three".
    fn ratio(&self, i: usize, n: &Number) -> Option<Core> {
        let frac = |value: Decimal, end: usize| Core::share(value, i, end);
        // "one in five", "3 out of 4".
        if n.ordinal || n.scaled {
            return None;
        }
        if self.word_is(n.end, "over") {
            // "one over three", "1 over 20".
            let d = self.number(n.end + 1, false)?;
            if d.ordinal || d.value.is_zero() {
                return None;
            }
            return Some(frac(n.value.checked_div(d.value)?, d.end));
        }
        let at = match self.word(n.end) {
            // "one in every five".
            Some("in") if self.word_is(n.end + 1, "every") => n.end + 2,
            Some("in") => n.end + 1,
            Some("out") if self.word_is(n.end + 1, "of") => n.end + 2,
            _ => return None,
        };
        let d = self.number(at, false)?;
        let plausible = !d.ordinal
            && d.value > n.value
            && d.value <= dec(100_000)
            && d.value.fract().is_zero()
            && !self.is_year_token(at);
        plausible.then(|| frac(n.value / d.value, d.end))
    }

    /// A share written in words at `i` and the index after it: "a third",
    /// "two-fifths", "twenty-three fifths", "fifty-four hundredths", "a
    /// twenty-first", "one hundred thirty-fifths". When `strict`, a
    /// singular denominator after "a"/"one" that reads as a rank ("a third
    /// consecutive title", "one fifth place") is no share.
    fn share(&self, i: usize, strict: bool) -> Option<(Decimal, usize)> {
        use NumberWord::*;
        let w = self.word(i)?;
        let article = matches!(w, "a" | "an");
        let (mut num, mut j) = if article
            && !matches!(
                self.word(i + 1).and_then(lexicon::number_word),
                Some(Hundred | Scale(_) | Dozen)
            ) {
            (dec(1), i + 1)
        } else {
            if !article && !matches!(lexicon::number_word(w), Some(Unit(1..) | Tens(_))) {
                return None;
            }
            let n = self.word_number(i)?;
            if n.ordinal || n.value.is_zero() || !n.value.fract().is_zero() {
                return None;
            }
            (n.value, n.end)
        };
        let single = num == Decimal::ONE;
        // "one hundred thirty-fifths": tens before a unit denominator
        // belong to it, unless "and" ties them to the numerator.
        if j > i + 1 {
            if let Some(Tens(t)) = self.word(j - 1).and_then(lexicon::number_word) {
                let k = if self.token(j).is_some_and(|t| t.is_dash()) {
                    j + 1
                } else {
                    j
                };
                let unit_follows = self
                    .word(k)
                    .and_then(plural_ordinal)
                    .is_some_and(|u| (1..=9).contains(&u));
                if unit_follows && !self.word_is(j - 2, "and") {
                    num -= dec(t);
                    j -= 1;
                }
            }
        }
        let hyphenated = self.token(j).is_some_and(|t| t.is_dash());
        if hyphenated {
            j += 1;
        }
        let den_word = self.word(j)?;
        // The denominator, its end, and whether it is plural.
        let (den, end, plural) = if let Some(Tens(t)) = lexicon::number_word(den_word) {
            // "twenty-fifths", "twenty fifths", "a twenty-first".
            let k = if self.token(j + 1).is_some_and(|t| t.is_dash()) {
                j + 2
            } else {
                j + 1
            };
            let unit = self.word(k)?;
            match (plural_ordinal(unit), lexicon::number_word(unit)) {
                (Some(u @ 1..=9), _) => (t + u, k + 1, true),
                (_, Some(OrdinalUnit(u @ 1..=9))) => (t + u, k + 1, false),
                _ => return None,
            }
        } else if let Some(d) = lexicon::denominator(den_word) {
            (d, j + 1, den_word.ends_with('s'))
        } else if let Some(d) = plural_ordinal(den_word) {
            (d, j + 1, true)
        } else if let Some(OrdinalScale(d)) = lexicon::number_word(den_word).filter(|_| single) {
            // "a trillionth".
            (d, j + 1, false)
        } else if single {
            // "one one hundred fifth", "a thirtieth".
            let o = self
                .word_number(j)
                .filter(|o| o.ordinal && !o.value.is_zero())?;
            (
                u64::try_from(o.value.trunc().mantissa()).ok()?,
                o.end,
                false,
            )
        } else {
            return None;
        };
        if den < 2 || (plural && single && article) || (!plural && !single) {
            return None;
        }
        // "one-fourth" is a share whatever follows.
        if strict && !plural && single && !hyphenated {
            let rank_reading = matches!(den_word, "second" | "fourth") || !self.share_follows(end);
            if rank_reading && (article || w == "one") {
                return None;
            }
        }
        Some((num.checked_div(dec(den))?, end))
    }

    /// Whether the word at `j` lets a singular share stand ("a third of",
    /// "a third more", "a third" at the end) rather than a rank before its
    /// noun ("a third consecutive title").
    fn share_follows(&self, j: usize) -> bool {
        match self.word(j) {
            None => true,
            Some(next) => {
                matches!(
                    next,
                    "of" | "as"
                        | "than"
                        | "and"
                        | "or"
                        | "to"
                        | "in"
                        | "on"
                        | "over"
                        | "since"
                        | "from"
                        | "last"
                        | "this"
                        | "per"
                        | "each"
                        | "every"
                        | "a"
                        | "an"
                        | "the"
                ) || lexicon::is_comparative(next)
                    || lexicon::change_noun(next).is_some()
            }
        }
    }

    /// Digits after "point": "zero three" → 0.03, "seventy-one" → 0.71.
    /// Returns the fraction, how many decimal places, and the index after.
    fn spoken_decimals(&self, i: usize) -> Option<(Decimal, u32, usize)> {
        let mut digits = String::new();
        let mut j = i;
        while let Some(NumberWord::Unit(d @ 0..=9)) = self.word(j).and_then(lexicon::number_word) {
            digits.push(char::from(b'0' + d as u8));
            j += 1;
        }
        if digits.is_empty() {
            let n = self.word_number(i)?;
            if n.ordinal || !n.value.fract().is_zero() {
                return None;
            }
            digits = n.value.trunc().to_string();
            j = n.end;
        }
        let places = u32::try_from(digits.len()).ok()?;
        let value = Decimal::from_str(&format!("0.{digits}")).ok()?;
        Some((value, places, j))
    }

    fn is_year_token(&self, i: usize) -> bool {
        self.plain_digits(i, 4..=4).is_some()
    }

    /// "doubled", "halved", "threefold".
    fn multiplier(&self, i: usize) -> Option<Core> {
        let w = self.word(i)?;
        if let Some(times) = lexicon::times_word(w) {
            // "twice as many" compares; "met twice" counts occasions.
            let kind = if self.compares_after(i + 1) {
                QuantityKind::Multiplier
            } else {
                QuantityKind::Cardinal
            };
            let mut core = Core::share(dec(times), i, i + 1);
            core.kind = kind;
            return Some(core);
        }
        let (num, den) = lexicon::multiplier_word(w).or_else(|| self.multiplier_verb(i))?;
        // "halves" is also the plural of half; read it as a verb only after a subject-like word.
        Some(Core {
            kind: QuantityKind::Multiplier,
            value: dec(num) / dec(den),
            resolution: Decimal::ZERO,
            currency: None,
            unit: None,
            change: Some(if num >= den {
                Direction::Increase
            } else {
                Direction::Decrease
            }),
            digits: false,
            first: i,
            end: i + 1,
        })
    }

    /// "will double capacity", "aims to halve emissions": a verb of
    /// multiplicative change in its base form, read as one only after a
    /// modal or "to" ("a double room", "double-digit" are no change).
    fn multiplier_verb(&self, i: usize) -> Option<(u64, u64)> {
        let factor = lexicon::multiplier_base_verb(self.word(i)?)?;
        let after_modal = i > 0
            && matches!(
                self.word(i - 1),
                Some(
                    "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "to"
                )
            );
        let hyphenated = self.token(i + 1).is_some_and(|t| t.is_dash()) && self.glued(i, i + 1);
        // "double down", "would double as cabins": idioms of no change.
        let idiom = matches!(self.word(i + 1), Some("down" | "up" | "as" | "back"));
        (after_modal && !hyphenated && !idiom).then_some(factor)
    }

    /// "1.2 trillion won": the Korean currency, told from the verb only
    /// after a scale ("the 2 million won" is rare; "two won" is a result).
    fn won_after(&self, j: usize, n: &Number) -> Option<CurrencyAfter> {
        (n.scaled && self.word_is(j, "won") && !self.word_is(j + 1, "by")).then(|| CurrencyAfter {
            currency: lexicon::WON,
            end: j + 1,
            factor: Decimal::ONE,
            named: true,
        })
    }

    /// Whether a comparison of two things opens at `k`, after "three
    /// times" or "twice": "as likely", "higher", "the size of" (not "the
    /// previous year", which dates occasions).
    fn compares_after(&self, k: usize) -> bool {
        match self.word(k) {
            Some("the") => !self.word(k + 1).is_some_and(|w| {
                matches!(
                    w,
                    "last" | "previous" | "next" | "following" | "same" | "first" | "past"
                ) || lexicon::time_unit(w).is_some()
            }),
            // "twice as likely", not "scored twice as Wild beat Sabres" or
            // "twice as he left".
            Some("as") => self.token(k + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.text.starts_with(char::is_uppercase)
                    && !lexicon::is_determiner(t.lower)
                    && !matches!(t.lower, "he" | "she" | "it" | "we" | "they" | "i" | "you")
            }),
            Some(w) => lexicon::opens_comparison(w),
            None => false,
        }
    }

    /// A number in digits or words at `i`, with its scale ("1.2 million",
    /// "300m" when `money`, "3k"), ordinal suffix ("4th") or fraction ("10 1/2").
    fn number(&self, i: usize, money: bool) -> Option<Number> {
        let tok = self.token(i)?;
        if tok.is_symbol('.')
            && !(i > 0 && self.glued(i - 1, i))
            && self.glued(i, i + 1)
            && self
                .token(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && !t.text.contains(['.', ',']))
        {
            // ".08": a decimal with no leading zero.
            let digits = self.tokens[i + 1].text;
            let value = Decimal::from_str(&format!("0.{digits}")).ok()?;
            return Some(Number {
                value,
                resolution: pow10(value.scale()),
                ordinal: false,
                digits: true,
                scaled: false,
                fraction: false,
                end: i + 2,
            });
        }
        let number = if tok.kind == TokenKind::Number {
            self.digit_number(i, money)?
        } else {
            self.word_number(i)?
        };
        Some(self.with_mixed_part(number))
    }

    /// A whole number followed by "and" and a share below one is a mixed
    /// number: "five and a half", "3 and one fourth", "twenty and three
    /// fifths", "one million and a half", "five and a half million".
    fn with_mixed_part(&self, mut n: Number) -> Number {
        use NumberWord::Scale;
        if n.ordinal || n.fraction || !n.value.fract().is_zero() || !self.word_is(n.end, "and") {
            return n;
        }
        let Some((part, after)) = self
            .share(n.end + 1, false)
            .filter(|(v, _)| *v < Decimal::ONE)
        else {
            return n;
        };
        let scale_after = match self.word(after).and_then(lexicon::number_word) {
            Some(Scale(s)) => Some(dec(s)),
            _ => None,
        };
        let last_scale = match self.word(n.end - 1).and_then(lexicon::number_word) {
            Some(Scale(s)) => Some(dec(s)),
            _ => n.scaled.then(|| scale_of(n.value)).flatten(),
        };
        let mut resolution = n.resolution;
        let value = match (scale_after, last_scale) {
            // "one billion and three quarters million"
            (Some(s), Some(_)) => part.checked_mul(s).and_then(|p| n.value.checked_add(p)),
            // "five and a half million"
            (Some(s), None) => {
                resolution = s / Decimal::TEN;
                n.value.checked_add(part).and_then(|v| v.checked_mul(s))
            }
            // "one million and a half"
            (None, Some(s)) => part.checked_mul(s).and_then(|p| n.value.checked_add(p)),
            (None, None) => n.value.checked_add(part),
        };
        if let Some(value) = value {
            n.value = value;
            n.resolution = resolution;
            n.scaled |= scale_after.is_some();
            n.end = after + usize::from(scale_after.is_some());
        }
        n
    }

    fn digit_number(&self, i: usize, money: bool) -> Option<Number> {
        let tok = self.token(i)?;
        // Digits and the decimal mark only; a decimal comma becomes a point.
        let decimal_comma = has_decimal_comma(tok.text);
        let cleaned: String = tok
            .text
            .chars()
            .filter_map(|c| match c {
                '0'..='9' => Some(c),
                ',' if decimal_comma => Some('.'),
                '.' if !decimal_comma => Some('.'),
                _ => None,
            })
            .collect();
        let mut value = Decimal::from_str(&cleaned).ok()?;
        let mut resolution = round_figure_resolution(&cleaned, value);
        let mut end = i + 1;
        let number = |value, resolution, ordinal, scaled, fraction, end| Number {
            value,
            resolution,
            ordinal,
            digits: true,
            scaled,
            fraction,
            end,
        };
        if let Some((v, after)) = self.power(value, end).filter(|_| self.glued(i, end)) {
            // "1.1^23", "2.5^-1", "1.3x10^6", "2.48×10−5".
            return Some(number(v, Decimal::ZERO, false, true, false, after));
        }
        if let Some((exp, after)) = self.exponent(end).filter(|_| self.glued(i, end)) {
            // "1.3e6", "12.32e+14", "-12e-1": scientific notation.
            let factor = Decimal::from_i128_with_scale(10i128.checked_pow(exp.unsigned_abs())?, 0);
            let (v, r) = if exp >= 0 {
                (value.checked_mul(factor)?, resolution.checked_mul(factor)?)
            } else {
                (value.checked_div(factor)?, resolution.checked_div(factor)?)
            };
            return Some(number(v, r, false, true, false, after));
        }
        if let Some(w) = self.word(end).filter(|_| self.glued(i, end)) {
            let written = self.tokens[end].text;
            if matches!(w, "st" | "nd" | "rd" | "th") && value.fract().is_zero() {
                return Some(number(value, resolution, true, false, false, end + 1));
            }
            // "300m people", "2m homes": a glued m counting a plural noun is
            // a million, as for money; so is one before a unit of its own
            // ("9.8m bpd"). "a 300m sprint", "48m" are metres.
            let counts_plural = w == "m"
                && self.token(end + 1).is_some_and(|t| {
                    !self.glued(end, end + 1)
                        && t.kind == TokenKind::Word
                        && (t.text.len() > 3
                            && t.text.starts_with(|c: char| c.is_ascii_lowercase())
                            && (t.text.ends_with('s') && !t.text.ends_with("ss")
                                || matches!(t.text, "people" | "children" | "men" | "women"))
                            || self.unit_after(end + 1).is_some())
                });
            if let Some(s) = glued_scale(w, written, money || counts_plural) {
                let scaled_value = value.checked_mul(dec(s))?;
                let scaled_res = resolution.checked_mul(dec(s))?;
                return Some(number(
                    scaled_value,
                    scaled_res,
                    false,
                    true,
                    false,
                    end + 1,
                ));
            }
            return Some(number(value, resolution, false, false, false, end));
        }
        let after_slash = i > 0 && self.is_symbol(i - 1, '/') && self.glued(i - 1, i);
        if self.is_symbol(end, '/')
            && self.glued(i, end)
            && self.glued(end, end + 1)
            && !after_slash
        {
            // "3/4" is a fraction; the parts of "5/17/2018" are plain numbers,
            // and "$15/hour" is a rate (the divisor is read with the unit).
            let plain = Some(number(value, resolution, false, false, false, end));
            let Some(den) = self.token(end + 1).filter(|t| t.kind == TokenKind::Number) else {
                return plain;
            };
            // "the 2019/20 season": a span of years, not a fraction.
            if self.is_symbol(end + 2, '/') || self.year_span_end(end).is_some() {
                return plain;
            }
            if tok.text.contains(['.', ',']) {
                return None;
            }
            let d = Decimal::from_str(den.text).ok().filter(|d| !d.is_zero())?;
            // "2222/2222" in a phone number: long digits over no larger
            // ones are two numbers, not a fraction.
            if tok.text.len() >= 3 && value >= d {
                return plain;
            }
            let v = value.checked_div(d)?;
            return Some(number(v, Decimal::ZERO, false, false, true, end + 2));
        }
        if let Some((extra, after)) = self.glued_fraction(end) {
            let v = value.checked_add(extra)?;
            return Some(number(v, resolution, false, false, false, after));
        }
        // "2.33 k", "1,674.5 G": a spaced scale letter that ends the phrase.
        let letter_scale = self
            .token(end)
            // Not a label after a name ("Section 5 M").
            .filter(|t| {
                t.kind == TokenKind::Word
                    && !self.glued(end - 1, end)
                    && !self.after_capitalized_word(i)
            })
            .and_then(|t| lexicon::spaced_scale_letter(t.text))
            .filter(|_| {
                self.token(end + 1).is_none_or(|t| {
                    t.kind == TokenKind::Symbol && !t.is_dash() && !t.is_symbol('/')
                })
            });
        if let Some(s) = letter_scale {
            return Some(number(
                value.checked_mul(dec(s))?,
                resolution.checked_mul(dec(s))?,
                false,
                true,
                false,
                end + 1,
            ));
        }
        // Spaced scale words, possibly chained: "1.5 million", "4 thousand 3
        // hundred and 21", "1.5 lakh crore"; or hyphened on: "a $3.5-billion deal".
        let mut scaled = false;
        let mut total = Decimal::ZERO;
        // ("Form 10-K" is a name).
        let spelled_out = |w: &str| w.len() > 1 && (money || !matches!(w, "mn" | "mil" | "cr"));
        if self.joins_by_hyphen(end)
            && self
                .word(end + 1)
                .filter(|w| spelled_out(w))
                .and_then(lexicon::scale_suffix)
                .is_some_and(|s| s >= 1000)
        {
            end += 1;
        }
        while let Some(w) = self.word(end) {
            let spelled_out = spelled_out(w);
            let Some(s) = lexicon::scale_suffix(w).filter(|_| spelled_out) else {
                break;
            };
            value = value.checked_mul(dec(s))?;
            resolution = resolution.checked_mul(dec(s))?;
            scaled = true;
            end += 1;
            // Another digit figure with a smaller scale continues the number.
            let next_is_digits = self
                .token(end)
                .is_some_and(|t| t.kind == TokenKind::Number && !t.text.contains(['.', ',']));
            let continues = next_is_digits
                && self
                    .word(end + 1)
                    .and_then(lexicon::scale_suffix)
                    .is_some_and(|next| next < s);
            let and_units = s == 100
                && self.word_is(end, "and")
                && self.token(end + 1).is_some_and(|t| {
                    // "3 hundred and 0" adds nothing: two figures.
                    t.kind == TokenKind::Number
                        && t.text.len() <= 2
                        && t.text.bytes().any(|b| b != b'0')
                })
                && self.word(end + 2).and_then(lexicon::scale_suffix).is_none();
            // "3 hundred and one", "6 crore and two hundred": a smaller
            // number in words after "and" (but "3 million and two houses"
            // are two figures).
            let and_words = self
                .word_is(end, "and")
                .then(|| self.word_number(end + 1))
                .flatten()
                .filter(|n| !n.ordinal && n.value < dec(s) && (s == 100 || n.value >= dec(100)));
            // "1.5 lakh crore", "two thousand crore": a scale of a larger one.
            let of_larger = self
                .word(end)
                .and_then(lexicon::scale_suffix)
                .is_some_and(|next| next > s && next >= 1000);
            if of_larger {
                continue;
            }
            if continues {
                total = total.checked_add(value)?;
                value = Decimal::from_str(self.tokens[end].text).ok()?;
                end += 1;
            } else if and_units {
                total = total.checked_add(value)?;
                value = Decimal::from_str(self.tokens[end + 1].text).ok()?;
                end += 2;
                break;
            } else if let Some(n) = and_words {
                total = total.checked_add(value)?;
                value = n.value;
                end = n.end;
                break;
            } else {
                break;
            }
        }
        if !total.is_zero() {
            value = total.checked_add(value)?;
            resolution = Decimal::ONE;
        }
        Some(number(value, resolution, false, scaled, false, end))
    }

    /// A power glued after the number `base` at `j`: "^23", "^-1", or a
    /// product with a power of ten ("x10^6", "×10−5"). Returns the value
    /// and the index after it.
    fn power(&self, base: Decimal, j: usize) -> Option<(Decimal, usize)> {
        let glued_signed_int = |k: usize| -> Option<(i64, usize)> {
            let mut k = k;
            let mut sign = 1;
            if let Some(c) = self
                .token(k)
                .and_then(|t| t.symbol())
                .filter(|c| matches!(c, '+' | '-' | '−'))
            {
                sign = if c == '+' { 1 } else { -1 };
                if !self.glued(k, k + 1) {
                    return None;
                }
                k += 1;
            }
            let digits = self.plain_digits(k, 1..=2)?;
            Some((sign * digits.text.parse::<i64>().ok()?, k + 1))
        };
        if self.is_symbol(j, '^') && self.glued(j, j + 1) {
            let (exp, after) = glued_signed_int(j + 1)?;
            return Some((checked_pow(base, exp)?, after));
        }
        // "x10^6": "x" or "×", then 10, then the exponent after "^" or a minus.
        let times = self.word_is(j, "x") || self.is_symbol(j, '×');
        let ten = self.token(j + 1).is_some_and(|t| t.text == "10");
        if times && ten && self.glued(j, j + 1) && self.glued(j + 1, j + 2) {
            let at = if self.is_symbol(j + 2, '^') {
                j + 3
            } else {
                j + 2
            };
            if at == j + 2 && !self.token(at).is_some_and(|t| t.is_dash()) {
                return None;
            }
            let (exp, after) = glued_signed_int(at)?;
            return Some((base.checked_mul(checked_pow(dec(10), exp)?)?, after));
        }
        None
    }

    /// An exponent glued after a number: "e6", "e+14", "E-1". Returns the
    /// power of ten and the index after it.
    fn exponent(&self, j: usize) -> Option<(i32, usize)> {
        if self.word(j) != Some("e") {
            return None;
        }
        let mut k = j + 1;
        let mut sign = 1;
        if let Some(c) = self
            .token(k)
            .and_then(|t| t.symbol())
            .filter(|c| matches!(c, '+' | '-' | '−'))
        {
            if !self.glued(j, k) {
                return None;
            }
            sign = if c == '+' { 1 } else { -1 };
            k += 1;
        }
        let digits = self.plain_digits(k, 1..=2)?;
        if !self.glued(k - 1, k) {
            return None;
        }
        let exp: i32 = digits.text.parse().ok()?;
        // Decimals hold 28 digits: larger powers are not read as figures.
        (exp <= 28).then_some((sign * exp, k + 1))
    }

    /// "1/2" right after a whole number: the fractional part of "10 1/2".
    fn glued_fraction(&self, j: usize) -> Option<(Decimal, usize)> {
        let num = self.token(j).filter(|t| t.kind == TokenKind::Number)?;
        if !(self.is_symbol(j + 1, '/') && self.glued(j, j + 1) && self.glued(j + 1, j + 2)) {
            return None;
        }
        let den = self.token(j + 2).filter(|t| t.kind == TokenKind::Number)?;
        let n = Decimal::from_str(num.text).ok()?;
        let d = Decimal::from_str(den.text).ok()?;
        (n < d && !d.is_zero() && !self.is_symbol(j + 3, '/')).then(|| (n / d, j + 3))
    }

    fn word_number(&self, i: usize) -> Option<Number> {
        use NumberWord::*;
        let mut j = i;
        let mut total: u128 = 0;
        let mut current: u128 = 0;
        // What the last scale word added to `total`.
        let mut last_group: u128 = 0;
        let mut any = false;
        let mut last: Option<NumberWord> = None;
        let mut ordinal = false;
        if matches!(self.word(j), Some("a" | "an"))
            && matches!(
                self.word(j + 1).and_then(lexicon::number_word),
                Some(Hundred | Scale(_) | Dozen)
            )
        {
            current = 1;
            any = true;
            j += 1;
        }
        loop {
            let Some(w) = self.word(j) else {
                let joins_tens = any
                    && matches!(last, Some(Tens(_)))
                    && self.token(j).is_some_and(|t| t.is_dash())
                    && matches!(
                        self.word(j + 1).and_then(lexicon::number_word),
                        Some(Unit(1..=9) | OrdinalUnit(1..=9))
                    );
                if joins_tens {
                    j += 1;
                    continue;
                }
                break;
            };
            if w == "and"
                && matches!(last, Some(Hundred | Scale(_)))
                && matches!(
                    self.word(j + 1).and_then(lexicon::number_word),
                    Some(Unit(_) | Tens(_) | OrdinalUnit(_) | OrdinalTens(_))
                )
                // "one hundred and three quarters" is a mixed number.
                && self
                    .share(j + 1, false)
                    .is_none_or(|(v, _)| v >= Decimal::ONE)
            {
                j += 1;
                continue;
            }
            let Some(nw) = lexicon::number_word(w) else {
                break;
            };
            let after_unit = matches!(last, Some(Unit(_)));
            let after_tens = matches!(last, Some(Tens(_)));
            match nw {
                Unit(v) | OrdinalUnit(v) => {
                    if after_unit || (after_tens && v >= 10) {
                        break;
                    }
                    current += u128::from(v);
                }
                Tens(v) | OrdinalTens(v) => {
                    if after_unit || after_tens {
                        break;
                    }
                    current += u128::from(v);
                }
                Hundred => {
                    // "hundred thousand dollars": a bare hundred before a scale.
                    let before_scale = matches!(
                        self.word(j + 1).and_then(lexicon::number_word),
                        Some(Scale(_))
                    );
                    if !any && !before_scale {
                        break;
                    }
                    current = current.max(1) * 100;
                }
                Dozen => {
                    if !any {
                        break;
                    }
                    current = current.max(1) * 12;
                }
                // "the millionth visitor": a bare ordinal scale is a rank.
                OrdinalScale(s) if !any => current = u128::from(s),
                // "three lakh crore", "two thousand million": a larger scale
                // after a scale multiplies the group before it.
                Scale(s) | OrdinalScale(s)
                    if current == 0 && matches!(last, Some(Scale(p)) if s > p) =>
                {
                    let scaled_group = last_group.checked_mul(u128::from(s))?;
                    total = total - last_group + scaled_group;
                    last_group = scaled_group;
                }
                Scale(s) | OrdinalScale(s) => {
                    if !any {
                        break;
                    }
                    last_group = current.max(1).checked_mul(u128::from(s))?;
                    total = total.checked_add(last_group)?;
                    current = 0;
                }
            }
            any = true;
            last = Some(nw);
            j += 1;
            if matches!(nw, OrdinalUnit(_) | OrdinalTens(_) | OrdinalScale(_)) {
                ordinal = true;
                break;
            }
        }
        if !any || j == i {
            return None;
        }
        let mut value = Decimal::from_i128_with_scale(i128::try_from(total + current).ok()?, 0);
        let mut resolution = Decimal::ONE;
        let scaled = matches!(last, Some(Scale(_)));
        if !ordinal && self.word_is(j, "point") {
            if let Some((fraction, places, after)) = self.spoken_decimals(j + 1) {
                value += fraction;
                resolution = pow10(places);
                j = after;
            }
        }
        Some(Number {
            value,
            resolution,
            ordinal,
            digits: false,
            scaled,
            fraction: false,
            end: j,
        })
    }
}

/// The scale a scaled figure was written with ("3m" → a million): the
/// largest power of a thousand that divides it.
fn scale_of(value: Decimal) -> Option<Decimal> {
    [1_000_000_000_000u64, 1_000_000_000, 1_000_000, 1_000]
        .into_iter()
        .map(dec)
        .find(|s| value >= *s && (value % *s).is_zero())
}

/// `base` to an integer power, `None` when it overflows a decimal.
fn checked_pow(base: Decimal, exp: i64) -> Option<Decimal> {
    if exp.unsigned_abs() > 64 {
        return None;
    }
    let mut value = Decimal::ONE;
    for _ in 0..exp.unsigned_abs() {
        value = value.checked_mul(base)?;
    }
    if exp < 0 {
        Decimal::ONE.checked_div(value)
    } else {
        Some(value)
    }
}

/// The value of a plural ordinal used as a denominator: "fifths" → 5,
/// "hundredths" → 100, "twentieths" → 20, "firsts" → 1. "seconds" is a
/// unit of time, never a share.
fn plural_ordinal(w: &str) -> Option<u64> {
    use NumberWord::*;
    let singular = w.strip_suffix('s')?;
    if singular == "second" {
        return None;
    }
    match lexicon::number_word(singular)? {
        OrdinalUnit(v) | OrdinalTens(v) | OrdinalScale(v) => Some(v),
        _ => lexicon::denominator(w),
    }
}

/// A share of a scale word as the count it makes: "half a million" is
/// 500,000, known to a tenth of the scale.
fn share_of_scale(mut share: Core, scale: u64) -> Option<Core> {
    share.value = share.value.checked_mul(dec(scale))?;
    share.kind = QuantityKind::Cardinal;
    share.resolution = dec(scale) / Decimal::TEN;
    Some(share)
}

/// A scale glued to digits: `3k`, `10M`, `1.2bn`, `10G`. A lowercase `m`
/// or `t` only means million or trillion for money (`300m` alone is more
/// likely metres).
fn glued_scale(lower: &str, written: &str, money: bool) -> Option<u64> {
    match written {
        "M" | "MM" => return Some(1_000_000),
        "B" | "G" => return Some(1_000_000_000),
        "K" => return Some(1_000),
        "T" if money => return Some(1_000_000_000_000),
        _ => {}
    }
    let s = lexicon::scale_suffix(lower)?;
    (money || !matches!(lower, "m" | "t")).then_some(s)
}

/// The precision a digit figure was written to. Decimals are precise to
/// their last digit; whole numbers of 1,000 or more ending in zeros are
/// taken as rounded to their last non-zero digit ("210,000" → 10,000, as
/// news copy rounds); smaller whole numbers are exact counts.
fn round_figure_resolution(digits: &str, value: Decimal) -> Decimal {
    if value.scale() > 0 || digits.len() < 4 || value < Decimal::from(1000) {
        return pow10(value.scale());
    }
    let zeros = digits.bytes().rev().take_while(|&b| b == b'0').count();
    let zeros = u32::try_from(zeros.min(digits.len() - 1)).unwrap_or(0);
    Decimal::from(10u64.pow(zeros.min(18)))
}

/// Kinds a verb or noun of change can attach to.
/// Whether two ends of a range measure in the same unit or currency, or
/// one of them names none ("between 44 and 50 mg"; not "from 44 ml to 50 mg").
fn same_measure(lo: &Core, hi: &Core) -> bool {
    let agree = |a: Option<&str>, b: Option<&str>| a.is_none() || b.is_none() || a == b;
    agree(lo.unit.as_deref(), hi.unit.as_deref())
        && agree(lo.currency.map(|c| c.iso), hi.currency.map(|c| c.iso))
}

fn changeable(kind: QuantityKind) -> bool {
    !matches!(
        kind,
        QuantityKind::Year | QuantityKind::Decade | QuantityKind::Ordinal
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quantity {
        let found = find_quantities(text);
        assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
        found.into_iter().next().unwrap()
    }

    fn v(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn cardinals_in_digits_and_words() {
        for (text, value) in [
            ("1,200", "1200"),
            ("1.2 million", "1200000"),
            ("twenty-one", "21"),
            ("a dozen", "12"),
            ("two hundred and forty", "240"),
            ("12,34,567", "1234567"),
            ("1.5 lakh", "150000"),
            ("40 000", "40000"),
            ("3k", "3000"),
            ("one and a half", "1.5"),
            ("10 1/2", "10.5"),
        ] {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Cardinal, "{text}");
            assert_eq!(q.value, v(value), "{text}");
            assert_eq!(q.text, text);
        }
    }

    #[test]
    fn ordinals() {
        for (text, value) in [
            ("fourth", "4"),
            ("4th", "4"),
            ("twenty-first", "21"),
            ("one hundred twenty fifth", "125"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value),
                (QuantityKind::Ordinal, v(value)),
                "{text}"
            );
        }
        let q = &find_quantities("third-quarter profit")[0];
        assert_eq!((q.kind, q.value), (QuantityKind::Ordinal, v("3")));
    }

    #[test]
    fn signed_percentages_are_changes_and_margins_are_not_negative() {
        let q = one("sales +3.2% on the year");
        assert_eq!((q.value, q.change), (v("3.2"), Some(Direction::Increase)));
        assert_eq!(q.text, "+3.2%");
        // After a figure, in brackets, a minus is a fall; alone it may be a
        // level ("a deposit rate of -0.5%").
        let found = find_quantities("registered 1,893 cars (-12.3%)");
        assert_eq!(
            (found[1].value, found[1].change),
            (v("12.3"), Some(Direction::Decrease))
        );
        let q = one("a deposit rate of -0.5%");
        assert_eq!((q.value, q.change), (v("-0.5"), None));
        let q = one("plus or minus 2.5 percentage points");
        assert_eq!(
            (q.kind, q.value),
            (QuantityKind::PercentagePoints, v("2.5"))
        );
        assert!(find_quantities("C++11 at +3%")
            .iter()
            .all(|q| q.text != "+11"));
    }

    #[test]
    fn the_gas_emissions_are_counted_in_belongs_to_the_unit() {
        for text in [
            "371.2 million tonnes carbon dioxide equivalent",
            "40 tonnes of CO2",
            "12 tonnes CO2e",
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.unit.as_deref()),
                (QuantityKind::Dimension, Some("Ton"))
            );
            assert_eq!(q.text, text);
        }
        assert_eq!(one("5 tonnes of coal").text, "5 tonnes");
    }

    #[test]
    fn base_verbs_of_change_after_a_modal() {
        for (text, value) in [
            ("will double capacity", "2"),
            ("plans to halve emissions", "0.5"),
            ("could triple output", "3"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value),
                (QuantityKind::Multiplier, v(value)),
                "{text}"
            );
        }
        for text in [
            "a double room",
            "you want to double down",
            "pods that would double as cabins",
            "had to double-check",
        ] {
            assert!(find_quantities(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn percentages_and_points() {
        for text in [
            "40%",
            "40 per cent",
            "40 percent",
            "forty percent",
            "40 pct",
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value),
                (QuantityKind::Percent, v("40")),
                "{text}"
            );
        }
        let q = one("3 percentage points");
        assert_eq!(q.kind, QuantityKind::PercentagePoints);
        for (text, kind, value) in [
            ("a 40-percent rise", QuantityKind::Percent, "40"),
            (
                "a 3-percentage-point drop",
                QuantityKind::PercentagePoints,
                "3",
            ),
            ("half a percent", QuantityKind::Percent, "0.5"),
            (
                "cut by half a percentage point",
                QuantityKind::PercentagePoints,
                "0.5",
            ),
            (
                "a quarter of a percentage point",
                QuantityKind::PercentagePoints,
                "0.25",
            ),
            (
                "up by a percentage point",
                QuantityKind::PercentagePoints,
                "1",
            ),
        ] {
            let q = one(text);
            assert_eq!((q.kind, q.value), (kind, v(value)), "{text}");
        }
    }

    #[test]
    fn times_compare_or_count() {
        for (text, kind, value) in [
            (
                "smokers are three times as likely",
                QuantityKind::Multiplier,
                "3",
            ),
            (
                "2.5 times higher than before",
                QuantityKind::Multiplier,
                "2.5",
            ),
            (
                "four times the size of Wales",
                QuantityKind::Multiplier,
                "4",
            ),
            ("twice as many applicants", QuantityKind::Multiplier, "2"),
            (
                "nearly twice the national rate",
                QuantityKind::Multiplier,
                "2",
            ),
            // Occasions are counted.
            ("he has visited four times", QuantityKind::Cardinal, "4"),
            ("the striker scored twice", QuantityKind::Cardinal, "2"),
            ("scored twice as the hosts won", QuantityKind::Cardinal, "2"),
            (
                "arrested three times the previous year",
                QuantityKind::Cardinal,
                "3",
            ),
        ] {
            let q = one(text);
            assert_eq!((q.kind, q.value), (kind, v(value)), "{text}");
        }
    }

    #[test]
    fn ages_are_spans_of_years() {
        for (text, bound, value, upper) in [
            ("the victim, aged 23, was", Bound::Exact, "23", None),
            ("at the age of 79", Bound::Exact, "79", None),
            ("a 79-year-old", Bound::Exact, "79", None),
            ("people aged 18 to 24", Bound::Exact, "18", Some("24")),
            ("adults aged 65 and older", Bound::AtLeast, "65", None),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.unit.as_deref(), q.bound, q.value, q.upper),
                (
                    QuantityKind::Duration,
                    Some("Year"),
                    bound,
                    v(value),
                    upper.map(v)
                ),
                "{text}"
            );
        }
        let q = one("Vice President Lina Marsh, 79, opened the session");
        assert_eq!((q.kind, q.value), (QuantityKind::Duration, v("79")));
        for (text, bound, value, upper) in [
            ("a man in his 30s", Bound::AtLeast, "30", Some("40")),
            ("women in their mid-50s", Bound::AtLeast, "50", Some("60")),
            ("the over-60s", Bound::AtLeast, "60", None),
            ("under-25s pay less", Bound::LessThan, "25", None),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.bound, q.value, q.upper),
                (QuantityKind::Duration, bound, v(value), upper.map(v)),
                "{text}"
            );
        }
        // A name, a month, code and a raise are no ages.
        assert_eq!(one("In March, 12, and").kind, QuantityKind::Cardinal);
        assert_eq!(one("f(TEMPORARY,1,e)").kind, QuantityKind::Cardinal);
        assert_eq!(one("the Bronze Age 2 exhibit").kind, QuantityKind::Cardinal);
        assert_eq!(find_quantities("raised 44 to 50").len(), 2);
        // Money right after "raised" is what was raised.
        assert_eq!(find_quantities("raised $1.2 billion")[0].change, None);
        assert_eq!(find_quantities("raise around £390 million")[0].change, None);
        assert_eq!(
            find_quantities("raised more than £1.5 billion")[0].change,
            None
        );
        assert_eq!(
            find_quantities("raised prices by $2")[0].change,
            Some(Direction::Increase)
        );
    }

    #[test]
    fn slashed_pairs_that_are_no_share_count_nothing() {
        for text in [
            "open 24/7",
            "a 50/50 call",
            "went 5/5 from the line",
            "1/0 is",
        ] {
            assert!(find_quantities(text).is_empty(), "{text}");
        }
        assert_eq!(one("3/4 of voters").value, v("0.75"));
    }

    #[test]
    fn a_span_of_time_in_two_units_is_one_span() {
        for (text, value, unit) in [
            ("waits averaged 6 hours and 40 minutes", "400", "Minute"),
            ("a sentence of 2 years and 3 months", "27", "Month"),
            ("the flight took 1 hour 20 minutes", "80", "Minute"),
            ("three days and 12 hours", "84", "Hour"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value, q.unit.as_deref()),
                (QuantityKind::Duration, v(value), Some(unit)),
                "{text}"
            );
        }
        // A list, or a finer part as large as the coarser unit, stays apart.
        assert_eq!(find_quantities("3 years, 2 months, 14 days").len(), 3);
        assert_eq!(find_quantities("2 hours and 90 minutes").len(), 2);
    }

    #[test]
    fn scores_are_two_tallies() {
        for (text, first, second) in [
            ("United beat Rovers 4-1 on Saturday", "4", "1"),
            ("a 2-2 draw", "2", "2"),
            ("won 112–107 in overtime", "112", "107"),
            ("the Senate voted 52 to 48", "52", "48"),
            ("won the set (6-4), she said", "6", "4"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value, q.second),
                (QuantityKind::Score, v(first), Some(v(second))),
                "{text}"
            );
        }
        // A smaller first end is a range; a model, a date, a code or a
        // share is no score.
        assert_eq!(one("won 3-4 seats").upper, Some(v("4")));
        for text in [
            "a Boeing 787-9",
            "on 10-5-2020",
            "an F-35 jet",
            "up 5-4%",
            "raised 44 to 40",
        ] {
            assert!(
                find_quantities(text)
                    .iter()
                    .all(|q| q.kind != QuantityKind::Score),
                "{text}"
            );
        }
    }

    #[test]
    fn scales_hyphened_or_compounded_and_more_currencies() {
        for (text, value, iso) in [
            ("a $3.5-billion deal", "3500000000", "USD"),
            ("₹1.5 lakh crore", "1500000000000", "INR"),
            ("R$58.56", "58.56", "BRL"),
            ("SEK 4bn", "4000000000", "SEK"),
            ("KSh 5 million", "5000000", "KES"),
            ("cost Rmb8bn", "8000000000", "CNY"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value, q.currency.as_deref()),
                (QuantityKind::Money, v(value), Some(iso)),
                "{text}"
            );
        }
        assert_eq!(one("a 3-million-strong army").value, v("3000000"));
        assert_eq!(one("3 thousand million").value, v("3000000000"));
        // A filing's name, and letters of mixed case in encoded data.
        assert_eq!(one("the Form 10-K filing").value, v("10"));
        assert!(find_quantities("k0SAr4QT")
            .iter()
            .all(|q| q.kind != QuantityKind::Money));
    }

    #[test]
    fn british_and_korean_money_words() {
        let q = one("unemployment will peak at 4.4pc.");
        assert_eq!((q.kind, q.value), (QuantityKind::Percent, v("4.4")));
        // The picas of a style sheet and a computer are no percent.
        assert_eq!(one("width:2pc;").kind, QuantityKind::Cardinal);
        assert_eq!(one("5 PC games").kind, QuantityKind::Cardinal);
        let q = one("earned 1.2 trillion won in the quarter");
        assert_eq!(q.currency.as_deref(), Some("KRW"));
        assert_eq!(one("He won 3 titles").kind, QuantityKind::Cardinal);
        let q = one("around one in every five children");
        assert_eq!((q.kind, q.value), (QuantityKind::Fraction, v("0.2")));
    }

    #[test]
    fn basis_points_are_hundredths_of_a_point() {
        for (text, value) in [
            ("raised rates by 25 basis points", "0.25"),
            ("a 75-basis-point hike", "0.75"),
            ("a 50bp cut.", "0.5"),
            ("spreads widened 120 bps", "1.2"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value),
                (QuantityKind::PercentagePoints, v(value)),
                "{text}"
            );
        }
        // The company, and a piece of code.
        for text in ["5 BP stations", "serif-4-Bp_x"] {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Cardinal, "{text}");
        }
    }

    #[test]
    fn clock_times_count_nothing() {
        for text in [
            "kick-off at 15:45 on Monday",
            "won in 2:14:05, a course record",
            "the winning time was 1:58.32",
            "published 2019-11-19T13:03:00Z",
        ] {
            let found: Vec<_> = find_quantities(text)
                .into_iter()
                .filter(|q| q.kind != QuantityKind::Year)
                .collect();
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // Ratios are two figures.
        assert_eq!(find_quantities("a 3:1 ratio").len(), 2);
    }

    #[test]
    fn a_determiner_names_no_label() {
        let q = one("The 1.5C target is slipping away");
        assert_eq!(q.kind, QuantityKind::Temperature);
        let q = one("Room 5C is free");
        assert_eq!(q.kind, QuantityKind::Cardinal);
    }

    #[test]
    fn changes_carry_direction() {
        let q = &find_quantities("exports rose 12% in May")[0];
        assert_eq!(q.change, Some(Direction::Increase));
        assert_eq!(q.text, "12%");
        let q = &find_quantities("a 40% increase in trade")[0];
        assert_eq!(q.change, Some(Direction::Increase));
        let q = &find_quantities("sales fell by a third")[0];
        assert_eq!(
            (q.kind, q.change),
            (QuantityKind::Fraction, Some(Direction::Decrease))
        );
        let q = &find_quantities("profits more than tripled")[0];
        assert_eq!(
            (q.kind, q.bound, q.value),
            (QuantityKind::Multiplier, Bound::MoreThan, v("3"))
        );
        let q = &find_quantities("output halved")[0];
        assert_eq!((q.value, q.change), (v("0.5"), Some(Direction::Decrease)));
        let q = &find_quantities("a two-fold rise")[0];
        assert_eq!((q.kind, q.value), (QuantityKind::Multiplier, v("2")));
        let q = &find_quantities("the rate rose to 40%")[0];
        assert_eq!(q.change, None, "a level reached is not a change");
        // In accounts a loss is a level; a loss of staff is a change.
        assert_eq!(one("a pre-tax loss of £42 million").change, None);
        assert_eq!(one("a $3bn loss").change, None);
        assert_eq!(
            one("revenue fell £42 million").change,
            Some(Direction::Decrease)
        );
        assert_eq!(
            one("a loss of 2,500 jobs").change,
            Some(Direction::Decrease)
        );
        // "N% more than" is a difference from what follows.
        assert_eq!(
            one("6.5% more than this year's").change,
            Some(Direction::Increase)
        );
        assert_eq!(
            one("30% less than planned").change,
            Some(Direction::Decrease)
        );
    }

    #[test]
    fn particles_of_phrasal_verbs_are_no_change() {
        assert_eq!(one("online sales make up a quarter").change, None);
        assert_eq!(one("they took up 30% of the space").change, None);
        assert_eq!(one("prices were up 3%").change, Some(Direction::Increase));
    }

    #[test]
    fn word_fractions_and_mixed_numbers() {
        for (text, value) in [
            ("twenty-three fifths", "4.6"),
            ("fifty-four hundredths", "0.54"),
            ("three twenty-firsts", "0.1428571428571428571428571429"),
            (
                "one hundred thirty-fifths",
                "2.8571428571428571428571428571",
            ),
            ("one hundred and thirty fifths", "26"),
        ] {
            let q = one(text);
            assert_eq!((q.value, q.text.as_str()), (v(value), text), "{text}");
        }
        for (text, value) in [
            ("one and a fourth", "1.25"),
            ("3 and a half", "3.5"),
            ("one hundred and three quarters", "100.75"),
            ("3 million and a half", "3500000"),
            ("five and a half million", "5500000"),
            ("two million and three fifths", "2600000"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value, q.text.as_str()),
                (QuantityKind::Cardinal, v(value), text),
                "{text}"
            );
        }
        // Ranks stay ranks; time units stay time.
        assert_eq!(one("won a third term").kind, QuantityKind::Ordinal);
        assert_eq!(one("two seconds").value, v("2"));
    }

    #[test]
    fn fractions_and_shares() {
        for (text, value) in [
            ("half", "0.5"),
            ("two-fifths", "0.4"),
            ("a third", "0.3333333333333333333333333333"),
            ("one in five", "0.2"),
            ("three out of four", "0.75"),
            ("a quarter", "0.25"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value),
                (QuantityKind::Fraction, v(value)),
                "{text}"
            );
        }
        let q = one("less than half");
        assert_eq!(
            (q.bound, q.text.as_str()),
            (Bound::LessThan, "less than half")
        );
    }

    #[test]
    fn money_with_currency_and_scale() {
        for (text, value, iso) in [
            ("$4.2 billion", "4200000000", "USD"),
            ("4.2bn dollars", "4200000000", "USD"),
            ("€300m", "300000000", "EUR"),
            ("£1.5tn", "1500000000000", "GBP"),
            ("125 million Australian dollars", "125000000", "AUD"),
            ("20 million Hong Kong dollars", "20000000", "HKD"),
            ("34 cents", "34", "USD"),
            ("a 12-cent dividend", "12", "USD"),
            ("a one-yen bid", "1", "JPY"),
            ("1.5 trillion yen", "1500000000000", "JPY"),
            ("Rs 500 crore", "5000000000", "INR"),
            ("412 billion krona", "412000000000", "SEK"),
            ("5 million Norwegian kroner", "5000000", "NOK"),
            ("US$5", "5", "USD"),
            ("3 dollars 50 cents", "3.5", "USD"),
            ("thirteen dollars and forty-five cents", "13.45", "USD"),
            ("10 €", "10", "EUR"),
            ("75 USD million", "75000000", "USD"),
            ("30 MEUR", "30000000", "EUR"),
            ("MUSD 60", "60000000", "USD"),
            ("c $ 16.4 million", "16400000", "CAD"),
            ("half a million dollars", "500000", "USD"),
            ("three quarters billion us dollars", "750000000", "USD"),
        ] {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Money, "{text}");
            assert_eq!(q.value, v(value), "{text}");
            assert_eq!(q.currency.as_deref(), Some(iso), "{text}");
        }
        assert_eq!(one("$4.2bn").resolution, v("100000000"));
        // The sign before a figure is its own; "it's" is no Singapore dollar.
        let q = find_quantities("it's $5 and 10 $20");
        let values: Vec<_> = q.iter().map(|q| (q.kind, q.value)).collect();
        assert_eq!(
            values,
            [
                (QuantityKind::Money, v("5")),
                (QuantityKind::Cardinal, v("10")),
                (QuantityKind::Money, v("20"))
            ]
        );
        assert_eq!(one("it's $5").currency.as_deref(), Some("USD"));
        // A count after an amount stays a count.
        assert_eq!(find_quantities("15 dollars 50 times").len(), 2);
    }

    #[test]
    fn spans_of_years() {
        for (text, low, high) in [
            ("in 2013-14", "2013", "2014"),
            ("the 2019/20 season", "2019", "2020"),
            ("the 2019/2020 season", "2019", "2020"),
            ("in 2019–2021", "2019", "2021"),
        ] {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Year, "{text}");
            assert_eq!((q.value, q.upper), (v(low), Some(v(high))), "{text}");
        }
        // A month after a year is no span.
        assert!(find_quantities("1995-01").iter().all(|q| q.upper.is_none()));
    }

    #[test]
    fn ranges_years_and_decades() {
        let q = one("between 30 and 40");
        assert_eq!((q.value, q.upper), (v("30"), Some(v("40"))));
        let q = one("30-40%");
        assert_eq!(
            (q.kind, q.value, q.upper),
            (QuantityKind::Percent, v("30"), Some(v("40")))
        );
        assert_eq!(one("2021").kind, QuantityKind::Year);
        let q = one("the 1990s");
        assert_eq!((q.kind, q.value), (QuantityKind::Decade, v("1990")));
        assert_eq!(one("2,021").kind, QuantityKind::Cardinal);
    }

    #[test]
    fn qualifiers_become_bounds() {
        for (text, bound) in [
            ("about 300", Bound::Approximately),
            ("nearly 300", Bound::Nearly),
            ("just under 300", Bound::Nearly),
            ("more than 300", Bound::MoreThan),
            ("at least 300", Bound::AtLeast),
            ("fewer than 300", Bound::LessThan),
            ("up to 300", Bound::AtMost),
        ] {
            let q = one(text);
            assert_eq!((q.bound, q.text.as_str()), (bound, text));
        }
        for (text, bound) in [
            ("as many as 2,500", Bound::AtMost),
            ("as much as $300 million", Bound::AtMost),
            ("as long as 18 months", Bound::AtMost),
            ("as few as 12", Bound::AtLeast),
            ("as low as $29", Bound::AtLeast),
        ] {
            let q = one(text);
            assert_eq!((q.bound, q.text.as_str()), (bound, text));
        }
        // "past" bounds a figure a total goes beyond, not a period.
        let qs = find_quantities("spending went past £150 million");
        assert_eq!(
            (qs[0].bound, qs[0].text.as_str()),
            (Bound::MoreThan, "past £150 million")
        );
        for text in [
            "in the past 12 months",
            "over past 5 years",
            "at half past three",
        ] {
            assert!(
                find_quantities(text)
                    .iter()
                    .all(|q| q.bound == Bound::Exact && !q.text.starts_with("past")),
                "{text}"
            );
        }
        // "twice as many as 40" compares: the 40 is no bound.
        let qs = find_quantities("twice as many as 40 people");
        assert_eq!(
            qs.last().map(|q| (q.bound, q.text.as_str())),
            Some((Bound::Exact, "40"))
        );
        let q = one("only 300");
        assert_eq!((q.bound, q.text.as_str()), (Bound::Exact, "300"));
        assert_eq!(one("since 2021").bound, Bound::Exact);
        for (text, bound) in [
            ("> 30", Bound::MoreThan),
            (">=30", Bound::AtLeast),
            ("<= 30", Bound::AtMost),
            ("≤30", Bound::AtMost),
            ("exceeded 30", Bound::MoreThan),
            ("about 30 or more", Bound::AtLeast),
        ] {
            assert_eq!(one(text).bound, bound, "{text}");
        }
        // Ends in the wrong order are two bounds, not a range.
        let q = find_quantities("more than 40 and less than 10");
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn bounds_written_out_and_in_signs() {
        for (text, bound, value) in [
            ("more than 5000 or equal to", Bound::AtLeast, "5000"),
            ("less than 40 or equal", Bound::AtMost, "40"),
            ("equal to 5000 or less", Bound::AtMost, "5000"),
            ("at least or equal to 30", Bound::AtLeast, "30"),
            ("<-30", Bound::LessThan, "-30"),
        ] {
            let q = one(text);
            assert_eq!((q.bound, q.value), (bound, v(value)), "{text}");
        }
        // The comparison after "and" opens the next bound.
        let q = find_quantities("less than or equal to 40 and greater than or equal to 50");
        let bounds: Vec<_> = q.iter().map(|q| (q.bound, q.value)).collect();
        assert_eq!(
            bounds,
            [(Bound::AtMost, v("40")), (Bound::AtLeast, v("50"))]
        );
        // "or" before a comparison with a figure of its own starts a second bound.
        for text in [
            "equal to 5000 or less than 6000",
            "more than 5000 or equal to 6000",
        ] {
            let q = find_quantities(text);
            assert_eq!(q.len(), 2, "{text}");
            assert!(
                q.iter()
                    .all(|q| q.upper.is_none() || q.upper == Some(q.value)),
                "{text}"
            );
        }
        // Half of a two-sign comparison is no bound.
        for text in ["=>30", "<>30", "=<30"] {
            assert!(
                find_quantities(text)
                    .iter()
                    .all(|q| q.bound == Bound::Exact),
                "{text}"
            );
        }
        let q = one("between negative ten and fifteen");
        assert_eq!((q.value, q.upper), (v("-10"), Some(v("15"))));
        // Phone numbers and names are not ranges or counts.
        assert!(find_quantities("call +1-222-2222-2222")
            .iter()
            .all(|q| q.upper.is_none()));
        assert!(find_quantities("COVID-19 cases and F-35 jets").is_empty());
        assert!(find_quantities("the G20 summit, flight MH17, PM2.5 and CO2 in Q3").is_empty());
        assert!(find_quantities("an Airbus A350-900 with an i5-9300H").is_empty());
        let texts = |text: &str| -> Vec<String> {
            find_quantities(text).into_iter().map(|q| q.text).collect()
        };
        assert_eq!(texts("a Core i7 860 chip"), ["860"]);
        assert_eq!(texts("Rs500 or USD200"), ["Rs500", "USD200"]);
        assert_eq!(one("in mid-2020").kind, QuantityKind::Year);
    }

    #[test]
    fn year_like_numbers_that_count() {
        for text in [
            "more than 2000",
            "police arrested 1500 people",
            "above 1000",
            "1000-5000",
        ] {
            let q = &find_quantities(text)[0];
            assert_ne!(q.kind, QuantityKind::Year, "{text}");
        }
        for text in [
            "the 2021 elections",
            "in 2019 prices rose",
            "no later than 2025",
            "since 2020",
        ] {
            assert_eq!(find_quantities(text)[0].kind, QuantityKind::Year, "{text}");
        }
        // The year a change is measured over.
        let qs = find_quantities("54% below 1990 levels");
        assert_eq!(qs[1].kind, QuantityKind::Year);
        let qs = find_quantities("an increase of 12.1% over 2024.");
        assert_eq!(
            (qs[1].kind, qs[1].text.as_str()),
            (QuantityKind::Year, "2024")
        );
    }

    #[test]
    fn counts_in_prose() {
        let found = find_quantities("agreed to open two new consulates; four such deals before");
        let values: Vec<_> = found.iter().map(|q| (q.text.as_str(), q.kind)).collect();
        assert_eq!(
            values,
            [
                ("two", QuantityKind::Cardinal),
                ("four", QuantityKind::Cardinal)
            ]
        );
    }

    #[test]
    fn spans_are_byte_offsets() {
        let text = "Café prices — up 5%";
        let q = one(text);
        assert_eq!(&text[q.start..q.end], "5%");
    }

    #[test]
    fn shares_of_scales_exponents_and_symbols() {
        assert_eq!(one("half a million people").value, v("500000"));
        assert_eq!(one("five and a half million fish").value, v("5500000"));
        assert_eq!(one("one million and a half").value, v("1500000"));
        assert_eq!(one("two thirds of a million").kind, QuantityKind::Cardinal);
        assert_eq!(one("a dose of 1.3e6 units").value, v("1300000"));
        assert_eq!(one("a rate of 2.5e-3").value, v("0.0025"));
        assert_eq!(one("the result is ¾").value, v("0.75"));
        assert_eq!(one("nought").value, v("0"));
    }

    #[test]
    fn powers_dozens_and_dates() {
        for (text, value) in [
            ("1.1^2", "1.21"),
            ("2.5^-1", "0.4"),
            ("1.3x10^6", "1300000"),
            ("6.23x10^-4", "0.000623"),
            ("3 dozens", "36"),
            ("hundred thousand", "100000"),
            ("10 tln", "10000000000000"),
            ("three lakh crore", "3000000000000"),
            ("a population of 300m people", "300000000"),
            ("2m homes", "2000000"),
            ("two thousand million", "2000000000"),
            ("3 hundred and one", "301"),
            ("6 crore and two hundred", "60000200"),
            ("one - fourth", "0.25"),
            ("a trillionth", "0.000000000001"),
        ] {
            assert_eq!(one(text).value, v(value), "{text}");
        }
        // A slash date is three plain numbers, never a fraction.
        let q = find_quantities("on 5/17/2018");
        let values: Vec<_> = q.iter().map(|q| q.value).collect();
        assert_eq!(values, [v("5"), v("17"), v("2018")]);
        // A bare ordinal scale is a rank; "second" of time is none.
        assert_eq!(one("the millionth visitor").kind, QuantityKind::Ordinal);
        assert!(find_quantities("ten metres per second")
            .iter()
            .all(|q| q.kind != QuantityKind::Ordinal));
    }

    #[test]
    fn a_currency_before_a_number_belongs_to_it() {
        // A price per dozen is no amount of cents.
        assert_eq!(find_quantities("64.2 cents a dozen")[0].value, v("64.2"));
        for text in ["$ 20,000.00 $ 37,305.97", "rmb 10 usd 20"] {
            let q = find_quantities(text);
            assert_eq!(q.len(), 2, "{text}");
            assert!(q.iter().all(|q| q.kind == QuantityKind::Money), "{text}");
        }
    }

    #[test]
    fn temperatures_and_their_scales() {
        for (text, value, unit) in [
            ("temperatures hit 40C on Monday", "40", "Degree Celsius"),
            ("98.6 degrees Fahrenheit", "98.6", "Degree Fahrenheit"),
            ("a low of -18 °C", "-18", "Degree Celsius"),
            ("6 deg c", "6", "Degree Celsius"),
            ("the temperature is 24 degrees", "24", "Degree"),
            ("300 kelvin", "300", "Kelvin"),
        ] {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Temperature, "{text}");
            assert_eq!(q.value, v(value), "{text}");
            assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
        }
        assert_eq!(one("turn 90 degrees").kind, QuantityKind::Dimension);
        assert_eq!(one("Room 5C").kind, QuantityKind::Cardinal);
    }

    #[test]
    fn ranges_share_the_scale_of_their_second_end() {
        for (text, kind, low, high) in [
            (
                "5-10 million people",
                QuantityKind::Cardinal,
                "5000000",
                "10000000",
            ),
            (
                "between 5 and 10 million",
                QuantityKind::Cardinal,
                "5000000",
                "10000000",
            ),
            (
                "infected 5 to 10 million people",
                QuantityKind::Cardinal,
                "5000000",
                "10000000",
            ),
            (
                "fell from 10 to 5 million",
                QuantityKind::Cardinal,
                "5000000",
                "10000000",
            ),
            (
                "a $5-10 billion deal",
                QuantityKind::Money,
                "5000000000",
                "10000000000",
            ),
            (
                "$5bn-$10bn",
                QuantityKind::Money,
                "5000000000",
                "10000000000",
            ),
            (
                "between $5 and $10 billion",
                QuantityKind::Money,
                "5000000000",
                "10000000000",
            ),
        ] {
            let q = one(text);
            assert_eq!(
                (q.kind, q.value, q.upper),
                (kind, v(low), Some(v(high))),
                "{text}"
            );
        }
        // Too far apart to share a scale, or a raise: no shared scale.
        assert_eq!(one("grew from 300 to 2 million").value, v("300"));
        assert_eq!(find_quantities("raised 44 to 50").len(), 2);
        // Bare digits listed before a unit take it.
        let listed = find_quantities("growth of 2, 3 and 4 percent, 45 or 50 mg and 5 and $6");
        let kinds: Vec<_> = listed.iter().map(|q| (q.text.as_str(), q.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("2", QuantityKind::Percent),
                ("3", QuantityKind::Percent),
                ("4 percent", QuantityKind::Percent),
                ("45", QuantityKind::Dimension),
                ("50 mg", QuantityKind::Dimension),
                ("5", QuantityKind::Cardinal),
                ("$6", QuantityKind::Money),
            ]
        );
        // A spaced scale letter ends a figure; "and 0" adds nothing.
        assert_eq!(one(" 2.33 k").value, v("2330"));
        assert_eq!(one("1,674.5 G").value, v("1674500000000"));
        assert_eq!(one("it costs $5 M.").value, v("5000000"));
        assert_eq!(one("a 10 k race").value, v("10"));
        assert_eq!(one("Section 5 M.").value, v("5"));
        assert_eq!(find_quantities("4 thousand 3 hundred and 0").len(), 2);
        // An estimate of two counts is a span.
        let q = one("about 20 to 30 people");
        assert_eq!(
            (q.value, q.upper, q.bound),
            (v("20"), Some(v("30")), Bound::Approximately)
        );
        // "over" after a figure spans its period; elsewhere it bounds.
        let over = find_quantities("spend $5bn over five years and 12% over three years");
        assert!(over
            .iter()
            .filter(|q| q.kind == QuantityKind::Duration)
            .all(|q| q.bound == Bound::Exact && !q.text.starts_with("over")));
        assert_eq!(one("jailed for over 3 years").bound, Bound::MoreThan);
        // A currency between two numbers goes with the one naming none.
        let texts = |text: &str| -> Vec<String> {
            find_quantities(text).into_iter().map(|q| q.text).collect()
        };
        assert_eq!(texts("10 rmb 20 usd"), ["10 rmb", "20 usd"]);
        assert_eq!(texts("rmb 10 usd 20"), ["rmb 10", "usd 20"]);
        assert_eq!(texts("10 $ 30 $"), ["10 $", "30 $"]);
        assert_eq!(texts("paid 5 $20 bills"), ["5", "$20"]);
        // Money with a sign after the currency; a rate keeps its money.
        assert_eq!(one("revenue was $-99.99").value, v("-99.99"));
        assert_eq!(one("paid $15.4/hour").value, v("15.4"));
    }

    #[test]
    fn spans_of_time_and_ranges_with_units() {
        for (text, value, unit) in [
            ("after three days", "3", "Day"),
            ("a six-hour wait", "6", "Hour"),
            ("only 3 hrs", "3", "Hour"),
            ("for 2,000 years", "2000", "Year"),
            ("half hour", "0.5", "Hour"),
            ("half an hour", "0.5", "Hour"),
            ("a day and a half", "1.5", "Day"),
            ("an hour and a half", "1.5", "Hour"),
        ] {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Duration, "{text}");
            assert_eq!(q.value, v(value), "{text}");
            assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
        }
        for (text, kind, low, high, unit) in [
            (
                "between 44 and 50 mg",
                QuantityKind::Dimension,
                "44",
                "50",
                "Milligram",
            ),
            (
                "44 mg to 50 mg",
                QuantityKind::Dimension,
                "44",
                "50",
                "Milligram",
            ),
            (
                "an 8- to 16-meter mirror",
                QuantityKind::Dimension,
                "8",
                "16",
                "Meter",
            ),
            (
                "two to three years",
                QuantityKind::Duration,
                "2",
                "3",
                "Year",
            ),
            ("5-10 days", QuantityKind::Duration, "5", "10", "Day"),
            ("10 to 15%", QuantityKind::Percent, "10", "15", ""),
        ] {
            let q = one(text);
            assert_eq!(q.kind, kind, "{text}");
            assert_eq!((q.value, q.upper), (v(low), Some(v(high))), "{text}");
            assert_eq!(q.unit.as_deref().unwrap_or(""), unit, "{text}");
        }
        // Different units are two figures, and a raise is no range.
        assert_eq!(find_quantities("from 44 ml to 50 mg").len(), 2);
        assert_eq!(find_quantities("won 52% to 48%").len(), 2);
    }

    #[test]
    fn measures_with_their_units() {
        for (text, value, unit) in [
            ("lost 25 pounds", "25", "Pound"),
            ("1/4 mile", "0.25", "Mile"),
            ("½ teaspoon", "0.5", "Teaspoon"),
            ("100 MB", "100", "Megabyte"),
            ("100 mb", "100", "Megabit"),
            ("5 feet 2 inches", "5.1666666666666666666666666667", "Foot"),
            (
                "12 ft 2 in more or less",
                "12.166666666666666666666666667",
                "Foot",
            ),
            ("The door is 2 1/2 in thick", "2.5", "Inch"),
            ("my pencil is 2 in.", "2", "Inch"),
            ("10-15 exabytes of data", "10", "Exabyte"),
            ("25 lakh tonnes", "2500000", "Ton"),
            ("10km/hr", "10", "Kilometer per hour"),
            ("a 12 m yacht", "12", "Meter"),
            ("added 6.2 GW of panels", "6.2", "Gigawatt"),
            ("a 50 kW charger", "50", "Kilowatt"),
            ("a 300m sprint", "300", "Meter"),
            ("a 40t truck", "40", "Ton"),
            ("20 (kg)", "20", "Kilogram"),
            ("a pen 10\" long", "10", "Inch"),
            ("a 55″ screen", "55", "Inch"),
            ("a 10\" frame", "10", "Inch"),
            ("0.8rad", "0.8", "Radian"),
            ("50 meters per millisecond", "50", "Meter per millisecond"),
            ("a dose of 20 mg/day", "20", "Milligram per day"),
            ("10 mg per kg", "10", "Milligram per kilogram"),
            ("3 L of wine", "3", "Liter"),
            ("a 1.5l engine", "1.5", "Liter"),
            ("a 75 cl bottle", "75", "Centiliter"),
            ("a 60W bulb", "60", "Watt"),
            ("5 TWh a year", "5", "Terawatt hour"),
            ("a 100Wh battery", "100", "Watt hour"),
            ("a bandgap of 1.7 eV", "1.7", "Electronvolt"),
            ("a dose of 20 mSv", "20", "Millisievert"),
            ("4 cubic kilometres", "4", "Cubic kilometer"),
            ("4km^3", "4", "Cubic kilometer"),
            ("4 km squared", "4", "Square kilometer"),
            ("5 metres squared", "5", "Square meter"),
            ("a 500 cc engine", "500", "Cubic centimeter"),
            ("60Hz</a>", "60", "Hertz"),
            ("the weight is 20 {kg}", "20", "Kilogram"),
            ("a 5km-long convoy", "5", "Kilometer"),
        ] {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Dimension, "{text}");
            assert_eq!(
                (q.value, q.unit.as_deref()),
                (v(value), Some(unit)),
                "{text}"
            );
        }
        // Letters glued into code are no units: image widths, drawing paths,
        // a grey colour.
        for text in ["srcset 768w", "path 2.2l.1", "d 1.12l-.17", "two gray cats"] {
            assert!(
                find_quantities(text)
                    .iter()
                    .all(|q| q.kind != QuantityKind::Dimension),
                "{text}"
            );
        }
        // Pounds that pay.
        for text in [
            "361 million pounds",
            "the ticket cost 50 pounds",
            "40 pounds sterling",
        ] {
            assert_eq!(one(text).kind, QuantityKind::Money, "{text}");
        }
        // Times of day are no figures; a measure in picometres is.
        for text in [
            "at 2 pm",
            "until 11pm",
            "at 2.17pm",
            "at 2:00 pm",
            "at 6 a.m. on Monday",
        ] {
            assert!(find_quantities(text).is_empty(), "{text}");
        }
        assert_eq!(one("(930,000 mi)").unit.as_deref(), Some("Mile"));
        assert_eq!(one("2.80 GHz").unit.as_deref(), Some("Gigahertz"));
        // Set compounds count nothing.
        for text in [
            "a one-time payment",
            "a one-off bonus",
            "second-hand cars",
            "first-class seats",
            "third-party apps",
            "a third-party app",
            "first-time buyers",
            "a zero-sum game",
            "a one-on-one meeting",
            "led at half-time",
            "a half-baked plan",
        ] {
            assert!(find_quantities(text).is_empty(), "{text}");
        }
        assert_eq!(one("half-price tickets").kind, QuantityKind::Fraction);
        assert_eq!(one("a one-year contract").kind, QuantityKind::Duration);
        // Codes and quotations are no measures.
        for text in ["scp-173m", "24703m212", "\"we need 10\" he said"] {
            assert!(
                find_quantities(text)
                    .iter()
                    .all(|q| q.kind == QuantityKind::Cardinal),
                "{text}"
            );
        }
        // "in" after a length is a preposition when more follows.
        assert_eq!(find_quantities("6 feet 2 in the morning")[0].value, v("6"));
    }

    #[test]
    fn rates_written_in_words() {
        assert_eq!(
            one("at 188 miles an hour").unit.as_deref(),
            Some("Mile per hour")
        );
        assert_eq!(
            one("500,000 barrels a day").unit.as_deref(),
            Some("Barrel per day")
        );
        assert_eq!(one("40 barrels of oil").unit.as_deref(), Some("Barrel"));
        // A glued "m" before a unit of its own is a million, not metres.
        for text in ["output averaged 9.8m b/d", "9.8m bpd"] {
            let q = one(text);
            assert_eq!(
                (q.value, q.unit.as_deref()),
                (v("9800000"), Some("Barrel per day")),
                "{text}"
            );
        }
        assert_eq!(one("a 300m sprint").unit.as_deref(), Some("Meter"));
    }

    #[test]
    fn one_as_a_pronoun_is_not_a_count() {
        assert!(find_quantities("Which one do you prefer?").is_empty());
        let q = one("That one costs 3 dimes");
        assert_eq!((q.kind, q.value), (QuantityKind::Money, v("3")));
        assert!(find_quantities("That one is really good.").is_empty());
        assert_eq!(one("the one hospital in town").value, v("1"));
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let digits = "9".repeat(100_000);
        let _ = find_quantities(&digits);
        let _ = find_quantities("1,1,1,1 ... $ % - -- 1/0 0/0 a a a hundred hundred");
        let _ = find_quantities("trillion trillion trillion trillion trillion trillion thousand");
    }
}
