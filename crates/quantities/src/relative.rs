//! Relative ordinals: positions counted from the end of a sequence or from
//! the current item — "last", "penultimate", "next to last", "next",
//! "previous", "current". They name a position, not a number, so they are
//! found apart from [`find_quantities`](crate::find_quantities) and never
//! enter figure comparisons.

use serde::{Deserialize, Serialize};

use crate::lexicon;

/// What a relative position counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The end of the sequence: "last" is `End` + 0.
    End,
    /// The item at hand: "next" is `Current` + 1.
    Current,
}

/// A relative ordinal mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelativeOrdinal {
    /// As written.
    pub text: String,
    /// First byte of the mention.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// What it counts from.
    pub anchor: Anchor,
    /// Steps from the anchor: -1 for "penultimate" (end-1), +1 for "next".
    pub offset: i32,
}

impl RelativeOrdinal {
    /// The position in the notation of the public specs: "end-1",
    /// "current+1", "end+0".
    pub fn notation(&self) -> String {
        let anchor = match self.anchor {
            Anchor::End => "end",
            Anchor::Current => "current",
        };
        format!("{anchor}{:+}", self.offset)
    }
}

/// Phrases, longest first for each start word: the words (lowercase), the
/// anchor and offset.
const PHRASES: &[(&[&str], Anchor, i32)] = &[
    (
        &["the", "one", "before", "the", "last", "one"],
        Anchor::End,
        -1,
    ),
    (&["the", "one", "before", "the", "last"], Anchor::End, -1),
    (&["the", "last", "but", "one"], Anchor::End, -1),
    (&["the", "second", "to", "last"], Anchor::End, -1),
    (&["the", "third", "to", "last"], Anchor::End, -2),
    (&["next", "to", "last"], Anchor::End, -1),
    (&["second", "to", "last"], Anchor::End, -1),
    (&["second", "last"], Anchor::End, -1),
    (&["third", "to", "last"], Anchor::End, -2),
    (&["last", "but", "one"], Anchor::End, -1),
    (&["last", "but", "two"], Anchor::End, -2),
    (&["antepenultimate"], Anchor::End, -2),
    (&["penultimate"], Anchor::End, -1),
    (&["next", "one"], Anchor::Current, 1),
    (&["previous", "one"], Anchor::Current, -1),
    (&["current", "one"], Anchor::Current, 0),
    (&["last"], Anchor::End, 0),
    (&["next"], Anchor::Current, 1),
    (&["previous"], Anchor::Current, -1),
    (&["preceding"], Anchor::Current, -1),
    (&["current"], Anchor::Current, 0),
];

/// Every relative ordinal in `text`, in order, without overlaps.
///
/// ```
/// use factcheck_quantities::find_relative_ordinals;
/// let found = find_relative_ordinals("his penultimate visit and the next one");
/// let notation: Vec<String> = found.iter().map(|r| r.notation()).collect();
/// assert_eq!(notation, ["end-1", "current+1"]);
/// ```
pub fn find_relative_ordinals(text: &str) -> Vec<RelativeOrdinal> {
    let words: Vec<(usize, usize)> = word_spans(text);
    let word = |k: usize| words.get(k).map(|&(s, e)| &text[s..e]);
    let is = |k: usize, w: &str| word(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !word(i).is_some_and(starts_a_phrase) {
            i += 1;
            continue;
        }
        let found = PHRASES.iter().find_map(|(phrase, anchor, offset)| {
            let n = phrase.len();
            let matches = phrase.iter().enumerate().all(|(k, p)| is(i + k, p))
                // "one" after the phrase counts a noun that follows ("the
                // last one books"): then it is not part of the position.
                && !(phrase.last() == Some(&"one")
                    && word(i + n).is_some_and(is_plural_noun));
            // "a last resort", "a next generation": after "a" the word is an
            // idiom's adjective, not a position (positions are definite).
            let idiom = n == 1 && i > 0 && (is(i - 1, "a") || is(i - 1, "an"));
            // "last year", "next Monday": a time, not a place in a sequence.
            let time = n == 1 && word(i + 1).is_some_and(is_period);
            (matches && !idiom && !time).then_some((n, *anchor, *offset))
        });
        match found {
            Some((n, anchor, offset)) => {
                let (start, end) = (words[i].0, words[i + n - 1].1);
                out.push(RelativeOrdinal {
                    text: text[start..end].to_string(),
                    start,
                    end,
                    anchor,
                    offset,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether `w` is the first word of one of the [`PHRASES`]: a test of one
/// or two comparisons that lets most words pass at once.
fn starts_a_phrase(w: &str) -> bool {
    let candidates: &[&str] = match w.len() {
        3 => &["the"],
        4 => &["next", "last"],
        5 => &["third"],
        6 => &["second"],
        7 => &["current"],
        8 => &["previous"],
        9 => &["preceding"],
        11 => &["penultimate"],
        15 => &["antepenultimate"],
        _ => return false,
    };
    candidates.iter().any(|c| w.eq_ignore_ascii_case(c))
}

/// Whether `w` names a period of the calendar ("year", "month", "Monday"),
/// which "last" or "next" turns into a time expression.
fn is_period(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    lexicon::is_month(&w)
        || matches!(
            w.as_str(),
            "year"
                | "years"
                | "month"
                | "months"
                | "week"
                | "weeks"
                | "weekend"
                | "day"
                | "days"
                | "night"
                | "quarter"
                | "season"
                | "semester"
                | "term"
                | "decade"
                | "century"
                | "summer"
                | "winter"
                | "spring"
                | "autumn"
                | "fall"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        )
}

/// A rough test for a plural noun after "one" ("books", "items").
fn is_plural_noun(w: &str) -> bool {
    w.len() > 3 && w.ends_with(['s', 'S']) && !w.to_ascii_lowercase().ends_with("ss")
}

/// Byte spans of the alphabetic words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII is read byte by byte; other characters are decoded.
        let (alphabetic, len) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_alphabetic(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphabetic(), c.len_utf8())
        };
        if alphabetic {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
        i += len;
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notations(text: &str) -> Vec<(String, String)> {
        find_relative_ordinals(text)
            .into_iter()
            .map(|r| (r.text.clone(), r.notation()))
            .collect()
    }

    #[test]
    fn positions_from_the_end_and_from_the_current_item() {
        assert_eq!(notations("the last but one")[0].1, "end-1");
        assert_eq!(notations("Show me the antepenultimate.")[0].1, "end-2");
        assert_eq!(
            notations("Show me the one before the last one."),
            [(
                "the one before the last one".to_string(),
                "end-1".to_string()
            )]
        );
        assert_eq!(notations("Turn to the previous page")[0].1, "current-1");
        assert_eq!(
            notations("I want the last one books."),
            [("last".to_string(), "end+0".to_string())]
        );
    }

    #[test]
    fn last_and_next_before_a_period_are_times() {
        assert!(notations("sales rose last year and will fall next Monday").is_empty());
        assert_eq!(notations("Let's try one last time")[0].1, "end+0");
    }

    #[test]
    fn words_inside_other_words_are_not_matched() {
        assert!(notations("the lasting peace and nextdoor neighbours").is_empty());
        assert!(notations("as a last resort, a next generation service").is_empty());
    }
}
