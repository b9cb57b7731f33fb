//! Time expressions resolved to date ranges against a reference date (the
//! document's publication date).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use factcheck_document::Span;
use factcheck_quantities::rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::words::{words, Word, MONTHS};

/// A time expression and the inclusive date range it denotes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeAnchor {
    /// The expression as written ("last year", "since 2021").
    pub text: String,
    /// Where it stands in the document text.
    pub span: Span,
    /// First day of the period.
    pub start: NaiveDate,
    /// Last day of the period.
    pub end: NaiveDate,
}

impl TimeAnchor {
    /// Whether the two periods share at least one day.
    pub fn overlaps(&self, other: &TimeAnchor) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

fn year_range(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    ))
}

fn month_range(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    Some((first, next - Duration::days(1)))
}

/// The latest month numbered `m` that has begun by `reference`: in
/// February, "March" is last year's.
fn latest_month(reference: NaiveDate, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let y = if m > reference.month() {
        reference.year() - 1
    } else {
        reference.year()
    };
    month_range(y, m)
}

/// The calendar month `shift` months from the one holding `day`.
fn month_shifted(day: NaiveDate, shift: i32) -> Option<(NaiveDate, NaiveDate)> {
    let months = day.year() * 12 + day.month0() as i32 + shift;
    month_range(months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
}

/// The week, Monday to Sunday, `shift` weeks from the one holding `day`.
fn week_shifted(day: NaiveDate, shift: i32) -> (NaiveDate, NaiveDate) {
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    let start = monday + Duration::weeks(i64::from(shift));
    (start, start + Duration::days(6))
}

fn month_number(w: &str) -> Option<u32> {
    MONTHS.iter().position(|m| *m == w).map(|i| i as u32 + 1)
}

fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn quarter(w: &str) -> Option<u32> {
    Some(match w {
        "first" | "1st" | "q1" => 1,
        "second" | "2nd" | "q2" => 2,
        "third" | "3rd" | "q3" => 3,
        "fourth" | "4th" | "q4" => 4,
        _ => return None,
    })
}

/// The month named by word `i`; as written in lowercase, "may" is a modal.
fn month_at(ws: &[Word<'_>], lower: &[String], i: usize) -> Option<u32> {
    let m = month_number(lower.get(i)?)?;
    (lower[i] != "may" || ws[i].is_capitalized()).then_some(m)
}

/// A day of a month written as a number ("12", "3").
fn day_of(w: &str) -> Option<u32> {
    (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1000..=2100).contains(y))
}

/// Finds the time expressions of `text` (a sentence whose first byte is at
/// `offset` in the document) and resolves them against `reference`.
/// Relative expressions ("last year") need a reference date; absolute ones
/// ("in 2021", "since March 2020") do not.
///
/// ```
/// use chrono::NaiveDate;
/// use factcheck_claims::find_times;
///
/// let published = NaiveDate::from_ymd_opt(2025, 3, 11);
/// let times = find_times("Trade rose 40% last year.", 0, published);
/// assert_eq!(times[0].start, NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
/// assert_eq!(times[0].end, NaiveDate::from_ymd_opt(2024, 12, 31).unwrap());
/// ```
pub fn find_times(text: &str, offset: usize, reference: Option<NaiveDate>) -> Vec<TimeAnchor> {
    times_in(text, &words(text), offset, reference, &[])
}

/// [`find_times`] for a text whose [`words`] are already known, after the
/// times of the document's `earlier` sentences: a period named again
/// ("during the month") is one of those.
pub(crate) fn times_in(
    text: &str,
    ws: &[Word],
    offset: usize,
    reference: Option<NaiveDate>,
    earlier: &[TimeAnchor],
) -> Vec<TimeAnchor> {
    let lower: Vec<String> = ws.iter().map(|w| w.text.to_lowercase()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let found = relative_to_previous(&lower, i, out.last(), reference)
            .or_else(|| resolve_at(text, ws, &lower, i, reference));
        match found {
            Some((n, (start, end))) => {
                let span = Span::new(ws[i].span.start, ws[i + n - 1].span.end);
                out.push(TimeAnchor {
                    text: text[span.start..span.end].to_string(),
                    span: span.shifted(offset),
                    start,
                    end,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    if let Some(again) = named_again(text, ws, &lower, offset, earlier) {
        if !out.iter().any(|t| t.span.overlaps(again.span)) {
            let at = out.partition_point(|t| t.span.start < again.span.start);
            out.insert(at, again);
        }
    }
    out
}

/// "during the month", "in that quarter": a period named again by its
/// unit alone is the latest one of that length named before (`earlier`, in
/// the order they were written).
fn named_again(
    text: &str,
    ws: &[Word],
    lower: &[String],
    offset: usize,
    earlier: &[TimeAnchor],
) -> Option<TimeAnchor> {
    let w = |k: usize| lower.get(k).map(String::as_str);
    (0..ws.len()).find_map(|i| {
        let unit_at = match (w(i)?, w(i + 1)?) {
            ("during" | "in" | "over" | "for" | "across" | "throughout", "the") => i + 2,
            ("that", _) => i + 1,
            _ => return None,
        };
        // ("the year to September", "the month before", "the year of the
        // coup" are periods of their own.)
        let own_period = w(unit_at + 1).is_some_and(|n| {
            matches!(
                n,
                "to" | "ended" | "ending" | "before" | "after" | "of" | "since" | "ahead" | "so"
            ) || year_of(n).is_some()
        });
        let days = match w(unit_at)? {
            "week" => 7..=7,
            "month" => 28..=31,
            "quarter" => 89..=92,
            "year" => 365..=366,
            _ => return None,
        };
        if own_period {
            return None;
        }
        // (Not a period only compared with: "on the previous year", "a
        // year earlier".)
        let compared_only = |t: &TimeAnchor| {
            let written = t.text.to_lowercase();
            ["previous", "prior", "preceding"]
                .iter()
                .any(|w| written.starts_with(w))
                || ["earlier", "ago", "before"]
                    .iter()
                    .any(|w| written.ends_with(w))
        };
        let then = earlier
            .iter()
            .rev()
            .filter(|t| !compared_only(t))
            .find(|t| days.contains(&((t.end - t.start).num_days() + 1)))?;
        let span = Span::new(ws[i].span.start, ws[unit_at].span.end);
        Some(TimeAnchor {
            text: text[span.start..span.end].to_string(),
            span: span.shifted(offset),
            start: then.start,
            end: then.end,
        })
    })
}

/// A time counted back from the one named before it in the sentence
/// (`previous`): "in October, up from 17.8% a year earlier" (else from the
/// reference date, as "a year ago"); "for the year ended January 2026,
/// against a profit in the prior year". How many words it takes and its
/// range.
fn relative_to_previous(
    lower: &[String],
    i: usize,
    previous: Option<&TimeAnchor>,
    reference: Option<NaiveDate>,
) -> Option<(usize, (NaiveDate, NaiveDate))> {
    let w = |k: usize| lower.get(i + k).map(String::as_str);
    if w(2) == Some("earlier") {
        let range = match previous {
            Some(before) => shifted_back(w(0)?, w(1)?, (before.start, before.end))?,
            None => units_ago(w(0)?, w(1)?, reference?)?,
        };
        return Some((3, range));
    }
    if matches!(w(0)?, "previous" | "prior" | "preceding") {
        let before = previous?;
        return Some((2, shifted_back("a", w(1)?, (before.start, before.end))?));
    }
    None
}

/// "four years ago", "a month ago": the calendar period that many units
/// before `reference`.
fn units_ago(count: &str, unit: &str, reference: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let r = reference;
    let count = i32::try_from(units_counted(count)?).ok()?;
    Some(match unit.trim_end_matches('s') {
        "year" => year_range(r.year() - count)?,
        "decade" => year_range(r.year() - 10 * count)?,
        "month" => month_shifted(r, -count)?,
        "week" => week_shifted(r, -count),
        "day" => {
            let d = r - Duration::days(i64::from(count));
            (d, d)
        }
        _ => return None,
    })
}

/// The period `range` moved back by "a year", "two months" …; `None` when
/// the words name no count of a unit of time.
fn shifted_back(
    count: &str,
    unit: &str,
    range: (NaiveDate, NaiveDate),
) -> Option<(NaiveDate, NaiveDate)> {
    let count = units_counted(count)?;
    let back = |days: u32| {
        let days = Duration::days(i64::from(days));
        Some((range.0 - days, range.1 - days))
    };
    let months = match unit.trim_end_matches('s') {
        "year" => 12 * count,
        "decade" => 120 * count,
        "month" => count,
        "week" => return back(7 * count),
        "day" => return back(count),
        _ => return None,
    };
    let months = chrono::Months::new(months);
    Some((
        range.0.checked_sub_months(months)?,
        range.1.checked_sub_months(months)?,
    ))
}

/// How many units "a", "an", "two" or "12" counts ("a year", "two months").
fn units_counted(word: &str) -> Option<u32> {
    match word {
        "a" | "an" => Some(1),
        n => small_count(n),
    }
}

/// A whole number written as one word ("twelve", "3"), as a count of units.
fn small_count(word: &str) -> Option<u32> {
    factcheck_quantities::find_quantities(word)
        .first()
        .filter(|q| q.text.len() == word.len() && q.value.fract().is_zero())
        .and_then(|q| q.value.to_u32())
        .filter(|&n| n > 0 && n <= 100)
}

/// The expression starting at word `i`: how many words it takes and its range.
fn resolve_at(
    text: &str,
    ws: &[Word<'_>],
    lower: &[String],
    i: usize,
    reference: Option<NaiveDate>,
) -> Option<(usize, (NaiveDate, NaiveDate))> {
    let w = |k: usize| lower.get(i + k).map(String::as_str);
    let today = reference;
    match w(0)? {
        "last" | "past" | "this" | "next" | "previous" => {
            let r = today?;
            let shift: i32 = match w(0)? {
                "this" => 0,
                "next" => 1,
                _ => -1,
            };
            // "the past twelve months", "the last 3 years": that long,
            // up to the reference date.
            // "the past year" is as rolling: the twelve months to the
            // reference date ("last year" is the calendar year before).
            let rolling = w(0) == Some("past") && matches!(w(1), Some("year" | "month" | "week"));
            let (count, unit, used) = if rolling {
                (Some(1), w(1)?, 2)
            } else {
                (w(1).and_then(small_count), w(2).unwrap_or(""), 3)
            };
            if let Some(count) = count {
                let months = match unit.trim_end_matches('s') {
                    "year" => 12 * count,
                    "month" => count,
                    "week" | "day" => {
                        let days = if unit.starts_with("week") {
                            7 * count
                        } else {
                            count
                        };
                        return Some((used, (r - Duration::days(i64::from(days)), r)));
                    }
                    _ => return None,
                };
                return Some((
                    used,
                    (r.checked_sub_months(chrono::Months::new(months))?, r),
                ));
            }
            let range = match w(1)? {
                // A company's year may end in any month: "its last
                // financial year" ended within the twelve months before
                // the reference date, so it began up to two years before.
                "financial" | "fiscal" if w(2) == Some("year") => {
                    let ahead = |n: u32| r.checked_add_months(chrono::Months::new(n));
                    let back = |n: u32| r.checked_sub_months(chrono::Months::new(n));
                    let range = match shift {
                        0 => (back(12)?, ahead(12)?),
                        1 => (r, ahead(24)?),
                        _ => (back(24)?, r),
                    };
                    return Some((3, range));
                }
                "year" => year_range(r.year() + shift)?,
                "month" => month_shifted(r, shift)?,
                "week" => week_shifted(r, shift),
                day => {
                    let target = weekday(day)?;
                    let back = (7 + r.weekday().num_days_from_monday() as i64
                        - target.num_days_from_monday() as i64)
                        % 7;
                    let back = if back == 0 { 7 } else { back };
                    let d = r - Duration::days(back);
                    (d, d)
                }
            };
            Some((2, range))
        }
        "yesterday" => {
            let d = today? - Duration::days(1);
            Some((1, (d, d)))
        }
        "today" => Some((1, (today?, today?))),
        "since" => {
            // "since 2021", "since March 2020", "since the 2021 coup".
            // "since he took power in a 2021 coup": a few words may come
            // between "since" and the year, but no sentence punctuation.
            let (start, used) = (1..=7).find_map(|k| {
                let gap = &text[ws[i].span.end..ws.get(i + k)?.span.start];
                if gap.contains([',', ';', ':', '(', ')']) {
                    return None;
                }
                match (w(k).and_then(month_number), w(k + 1).and_then(year_of)) {
                    (Some(m), Some(y)) => Some((month_range(y, m)?.0, k + 2)),
                    // "since January", "since the outbreak began in
                    // March": the latest such month not after the reference
                    // date.
                    (Some(m), None) if k == 1 || w(k - 1) == Some("in") => {
                        Some((latest_month(today?, m)?.0, k + 1))
                    }
                    _ => Some((year_range(w(k).and_then(year_of)?)?.0, k + 1)),
                }
            })?;
            let end = today.unwrap_or(NaiveDate::from_ymd_opt(2100, 12, 31)?);
            Some((used, (start, end.max(start))))
        }
        // "between 2017 and 2021", "from 2017 to 2021": the years between.
        "between" | "from"
            if matches!(w(2), Some("and" | "to")) && w(1).and_then(year_of).is_some() =>
        {
            let (first, last) = (w(1).and_then(year_of)?, w(3).and_then(year_of)?);
            if last < first {
                return None;
            }
            Some((4, (year_range(first)?.0, year_range(last)?.1)))
        }
        // "between January and September", "from March to June 2026": the
        // months between.
        "between" | "from" if w(1).and_then(month_number).is_some() => {
            let (first_words, (start, _)) = resolve_at(text, ws, lower, i + 1, reference)?;
            let joint = i + 1 + first_words;
            if !matches!(lower.get(joint).map(String::as_str), Some("and" | "to")) {
                return None;
            }
            let (last_words, (_, end)) = resolve_at(text, ws, lower, joint + 1, reference)?;
            // ("from March to June 2025": the year written last is both's.)
            let start = if start > end {
                start.checked_sub_months(chrono::Months::new(12))?
            } else {
                start
            };
            (start <= end).then_some((first_words + last_words + 2, (start, end)))
        }
        // ("on 14 October": "on" before a day; before a weekday, below.)
        "in" | "during" | "for" | "by" | "of" | "until" | "on"
            if w(0) != Some("on") || w(1).and_then(day_of).is_some() =>
        {
            let (n, range) = resolve_at(text, ws, lower, i + 1, reference)?;
            Some((n + 1, range))
        }
        // "the year to March", "the year ending March 2026", "the 12 months
        // to June": the twelve months that end with that month.
        "the" if matches!(w(1), Some("year" | "12" | "twelve")) => {
            let unit = if w(1) == Some("year") { 2 } else { 3 };
            if unit == 3 && w(2) != Some("months") {
                return None;
            }
            if !matches!(w(unit), Some("to" | "ending" | "ended" | "through")) {
                return None;
            }
            // "the year ended 31 January 2026": the day is within the month.
            let day = usize::from(
                w(unit + 1).and_then(day_of).is_some()
                    && w(unit + 2).and_then(month_number).is_some(),
            );
            let (n, (_, end)) = resolve_at(text, ws, lower, i + unit + 1 + day, reference)?;
            let n = n + day;
            let first_of_last_month = end.with_day(1)?;
            let start = first_of_last_month.checked_sub_months(chrono::Months::new(11))?;
            Some((unit + 1 + n, (start, end)))
        }
        // "the first nine months of 2026", "the first half of the year",
        // "the second half": months counted from January of that year.
        "the"
            if matches!((w(1), w(2)), (Some("first" | "second"), Some("half")))
                || w(1) == Some("first") && w(3) == Some("months") =>
        {
            let (first, last, used) = match (w(1)?, w(2)?) {
                ("first", "half") => (1, 6, 3),
                ("second", "half") => (7, 12, 3),
                (_, count) => (1, small_count(count).filter(|&n| n <= 12)?, 4),
            };
            let (y, used) = match (w(used), w(used + 1), w(used + 2)) {
                (Some("of"), Some(y), _) if year_of(y).is_some() => (year_of(y)?, used + 2),
                (Some("of"), Some("the" | "this"), Some("year")) => (today?.year(), used + 3),
                (Some("of"), Some("last"), Some("year")) => (today?.year() - 1, used + 3),
                _ => (today?.year(), used),
            };
            Some((used, (month_range(y, first)?.0, month_range(y, last)?.1)))
        }
        "the" if w(2).is_some_and(|q| q == "quarter") => {
            let q = quarter(w(1)?)?;
            let (y, used) = match (w(3), w(4).and_then(year_of)) {
                (Some("of"), Some(y)) => (y, 5),
                _ => {
                    // The latest such quarter that has begun: in February,
                    // "the fourth quarter" is last year's.
                    let r = today?;
                    let current = (r.month() - 1) / 3 + 1;
                    (if q > current { r.year() - 1 } else { r.year() }, 3)
                }
            };
            let (start, _) = month_range(y, (q - 1) * 3 + 1)?;
            let (_, end) = month_range(y, q * 3)?;
            Some((used, (start, end)))
        }
        "on" => {
            let target = weekday(w(1)?)?;
            let r = today?;
            let back = (7 + r.weekday().num_days_from_monday() as i64
                - target.num_days_from_monday() as i64)
                % 7;
            let d = r - Duration::days(back);
            Some((2, (d, d)))
        }
        _ if w(2) == Some("ago") => Some((3, units_ago(w(0)?, w(1)?, today?)?)),
        // "12 September", "14 October 2026", "14 and 15 October": a day
        // or two of a month (of the latest such month when no year is
        // written).
        word if day_of(word).is_some() => {
            let first = day_of(word)?;
            let (last, at) = match (w(1), w(2).and_then(day_of)) {
                (Some("and" | "to"), Some(last)) if last > first => (last, 3),
                _ => (first, 1),
            };
            let m = month_at(ws, lower, i + at)?;
            let (y, used) = match w(at + 1).and_then(year_of) {
                Some(y) => (y, at + 2),
                None => (latest_month(today?, m)?.0.year(), at + 1),
            };
            let day = |d: u32| NaiveDate::from_ymd_opt(y, m, d);
            Some((used, (day(first)?, day(last)?)))
        }
        word => {
            if month_number(word).is_some() {
                let m = month_at(ws, lower, i)?;
                // "March 2020", "March 5, 2020", "March" (latest one not after the reference).
                if let Some(y) = w(1).and_then(year_of) {
                    return Some((2, month_range(y, m)?));
                }
                if let (Some(day), Some(y)) = (
                    w(1).and_then(|d| d.parse::<u32>().ok()),
                    w(2).and_then(year_of),
                ) {
                    let d = NaiveDate::from_ymd_opt(y, m, day)?;
                    return Some((3, (d, d)));
                }
                // "October last year", "March of this year", "May next year".
                let of = usize::from(w(1) == Some("of"));
                if w(2 + of) == Some("year") {
                    let shift = match w(1 + of) {
                        Some("last") => Some(-1),
                        Some("this") => Some(0),
                        Some("next") => Some(1),
                        _ => None,
                    };
                    if let Some(shift) = shift {
                        return Some((3 + of, month_range(today?.year() + shift, m)?));
                    }
                }
                return Some((1, latest_month(today?, m)?));
            }
            let y = year_of(word)?;
            // "2023-2025", "2024-25", "2024/25", "2023 to 2025": a span of
            // years, through the last one.
            let gap = ws
                .get(i + 1)
                .and_then(|next| text.get(ws[i].span.end..next.span.start));
            let last = match (gap, w(1)) {
                (Some("-" | "–" | "/"), Some(next)) => year_of(next).or_else(|| {
                    (next.len() == 2)
                        .then(|| next.parse::<i32>().ok())
                        .flatten()
                        .map(|yy| y - y % 100 + yy)
                }),
                (Some(" "), Some("to")) => w(2).and_then(year_of),
                _ => None,
            }
            .filter(|&last| last > y && last - y <= 20);
            match last {
                Some(last) => {
                    let used = if w(1) == Some("to") { 3 } else { 2 };
                    Some((used, (year_range(y)?.0, year_range(last)?.1)))
                }
                None => Some((1, year_range(y)?)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn one(text: &str) -> TimeAnchor {
        let found = find_times(text, 0, Some(d(2025, 3, 11)));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn a_span_of_years_runs_through_the_last() {
        for written in ["in 2023-2025", "in 2023 to 2025", "in 2023–25"] {
            let t = one(written);
            assert_eq!(
                (t.start, t.end),
                (d(2023, 1, 1), d(2025, 12, 31)),
                "{written}"
            );
            assert_eq!(t.text, written);
        }
        let t = one("in 2024/25");
        assert_eq!((t.start, t.end), (d(2024, 1, 1), d(2025, 12, 31)));
        // Not a span: a year and a later figure.
        assert_eq!(one("in 2024-7").end, d(2024, 12, 31));
    }

    #[test]
    fn a_month_of_a_year_named_from_now() {
        let t = one("compared with October last year");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (d(2024, 10, 1), d(2024, 10, 31), "October last year")
        );
        let t = one("in May of next year");
        assert_eq!((t.start, t.end), (d(2026, 5, 1), d(2026, 5, 31)));
    }

    #[test]
    fn periods_some_units_ago() {
        let t = one("turnout four years ago");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (d(2021, 1, 1), d(2021, 12, 31), "four years ago")
        );
        let t = one("a month ago");
        assert_eq!((t.start, t.end), (d(2025, 2, 1), d(2025, 2, 28)));
        let t = one("3 days ago");
        assert_eq!((t.start, t.end), (d(2025, 3, 8), d(2025, 3, 8)));
        assert!(find_times("a few years ago", 0, Some(d(2025, 3, 11))).is_empty());
    }

    #[test]
    fn months_between() {
        let t = one("output between January and March");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (d(2025, 1, 1), d(2025, 3, 31), "between January and March")
        );
        let t = one("prices from October to December 2024");
        assert_eq!((t.start, t.end), (d(2024, 10, 1), d(2024, 12, 31)));
    }

    #[test]
    fn relative_periods() {
        let t = one("it rose last year");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (d(2024, 1, 1), d(2024, 12, 31), "last year")
        );
        let t = one("talks last week");
        assert_eq!((t.start, t.end), (d(2025, 3, 3), d(2025, 3, 9)));
        let t = one("a vote on Tuesday");
        assert_eq!((t.start, t.end), (d(2025, 3, 11), d(2025, 3, 11)));
        let t = one("this month");
        assert_eq!((t.start, t.end), (d(2025, 3, 1), d(2025, 3, 31)));
    }

    #[test]
    fn the_last_few_units_reach_up_to_the_reference_date() {
        let t = one("removed over the last twelve months");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (d(2024, 3, 11), d(2025, 3, 11), "last twelve months")
        );
        let t = one("in the past 2 years");
        assert_eq!((t.start, t.end), (d(2023, 3, 11), d(2025, 3, 11)));
        let t = one("knives seized in the past year");
        assert_eq!((t.start, t.end), (d(2024, 3, 11), d(2025, 3, 11)));
        let t = one("during the past three weeks");
        assert_eq!((t.start, t.end), (d(2025, 2, 18), d(2025, 3, 11)));
    }

    #[test]
    fn a_year_to_a_month_is_the_twelve_months_ending_with_it() {
        let t = one("offences in the year to March");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (d(2024, 4, 1), d(2025, 3, 31), "in the year to March")
        );
        let t = one("in the year ending March 2024");
        assert_eq!((t.start, t.end), (d(2023, 4, 1), d(2024, 3, 31)));
        let t = one("over the 12 months to January 2025");
        assert_eq!((t.start, t.end), (d(2024, 2, 1), d(2025, 1, 31)));
    }

    #[test]
    fn a_financial_year_may_end_in_any_month() {
        let t = one("staff at the end of its last financial year");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (d(2023, 3, 11), d(2025, 3, 11), "last financial year")
        );
        let t = one("profit this fiscal year");
        assert_eq!((t.start, t.end), (d(2024, 3, 11), d(2026, 3, 11)));
    }

    #[test]
    fn spans_of_years() {
        let t = one("between 2017 and 2021");
        assert_eq!((t.start, t.end), (d(2017, 1, 1), d(2021, 12, 31)));
        let t = one("from 2019 to 2020");
        assert_eq!((t.start, t.end), (d(2019, 1, 1), d(2020, 12, 31)));
    }

    #[test]
    fn absolute_periods() {
        let t = one("elected in 2021, he");
        assert_eq!((t.start, t.end), (d(2021, 1, 1), d(2021, 12, 31)));
        let t = one("the fourth since the 2021 coup");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (d(2021, 1, 1), d(2025, 3, 11), "since the 2021")
        );
        let t = one("his fourth since he took power in a 2021 coup");
        assert_eq!(
            (t.start, t.text.as_str()),
            (d(2021, 1, 1), "since he took power in a 2021")
        );
        let t = one("profit in the third quarter");
        assert_eq!((t.start, t.end), (d(2024, 7, 1), d(2024, 9, 30)));
        let t = one("profit in the first quarter");
        assert_eq!((t.start, t.end), (d(2025, 1, 1), d(2025, 3, 31)));
        let t = one("output in the first nine months of the year");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (
                d(2025, 1, 1),
                d(2025, 9, 30),
                "in the first nine months of the year"
            )
        );
        let t = one("for the first seven months of 2026");
        assert_eq!((t.start, t.end), (d(2026, 1, 1), d(2026, 7, 31)));
        let t = one("in the second half of 2024");
        assert_eq!((t.start, t.end), (d(2024, 7, 1), d(2024, 12, 31)));
        let t = one("panels connected since January");
        assert_eq!((t.start, t.end), (d(2025, 1, 1), d(2025, 3, 11)));
        let t = one("in November 2024");
        assert_eq!((t.start, t.end), (d(2024, 11, 1), d(2024, 11, 30)));
    }

    #[test]
    fn days_of_a_month() {
        let t = one("as of 12 September, cases");
        assert_eq!((t.start, t.end), (d(2024, 9, 12), d(2024, 9, 12)));
        let t = one("cancel 640 flights on 14 and 15 October 2026");
        assert_eq!(
            (t.start, t.end, t.text.as_str()),
            (
                d(2026, 10, 14),
                d(2026, 10, 15),
                "on 14 and 15 October 2026"
            )
        );
        let t = one("on 3 March the");
        assert_eq!((t.start, t.end), (d(2025, 3, 3), d(2025, 3, 3)));
        // A count before a month name is a count when no month follows.
        assert!(find_times("12 may go", 0, Some(d(2025, 3, 11))).is_empty());
    }

    #[test]
    fn relative_needs_a_reference() {
        assert!(find_times("last year", 0, None).is_empty());
        assert_eq!(find_times("in 2019", 4, None)[0].span, Span::new(4, 11));
    }
}
