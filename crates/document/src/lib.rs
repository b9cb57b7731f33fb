//! The shared vocabulary of factcheck: a [`Document`] (an article or a source
//! page reduced to its text and metadata), byte [`Span`]s into that text and
//! stable [`SourceId`]s.
//!
//! This crate does no I/O and has no logic beyond small helpers, so every
//! other crate can depend on it without pulling anything heavy in.
//!
//! ```
//! use factcheck_document::{Document, Span};
//!
//! let doc = Document::from_text("notes.txt", "Trade rose 40% last year.");
//! let span = Span::new(11, 14);
//! assert_eq!(span.slice(&doc.text), Some("40%"));
//! ```

#![warn(missing_docs)]

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a UTF-8 text.
///
/// Spans always index the text of the [`Document`] they came from, so a
/// report can quote the article verbatim and a reader can find the place.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive); `end` is clamped to be at least `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved right by `offset` bytes (to map a sub-text span into its parent).
    pub fn shifted(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// The text the span covers, or `None` when it is out of bounds or not on
    /// character boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// A stable identifier of a source within one report (`s1`, `s2`, …).
///
/// Ids follow the sorted order of the sources' locations, so the same inputs
/// always get the same ids.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceId(pub String);

impl SourceId {
    /// The id of the source at position `index` (0-based) in the sorted source list.
    pub fn from_index(index: usize) -> Self {
        SourceId(format!("s{}", index + 1))
    }
}

impl fmt::Display for SourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An article or source page reduced to its readable text and metadata.
///
/// `text` holds the main content only (no navigation, ads or comments),
/// paragraphs separated by a blank line. Every [`Span`] computed downstream
/// indexes this text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Where the document came from, as the user gave it: a path or a URL.
    pub location: String,
    /// The canonical URL, when the page declares one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
    /// Headline of the article.
    #[serde(default)]
    pub title: Option<String>,
    /// Author(s) as printed in the byline.
    #[serde(default)]
    pub byline: Option<String>,
    /// The publishing outlet ("Eastern Herald").
    #[serde(default)]
    pub publisher: Option<String>,
    /// Publication date-time, in the offset the page gave (UTC when it gave none).
    #[serde(default)]
    pub published: Option<DateTime<FixedOffset>>,
    /// BCP 47 language tag when known ("en", "en-GB").
    #[serde(default)]
    pub language: Option<String>,
    /// The main text, paragraphs separated by `"\n\n"`.
    pub text: String,
}

impl Document {
    /// A document holding `text` with no metadata, as read from `location`.
    pub fn from_text(location: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            location: location.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// The paragraphs of the text with their spans, skipping empty ones.
    pub fn paragraphs(&self) -> impl Iterator<Item = (Span, &str)> {
        let text = self.text.as_str();
        let base = text.as_ptr() as usize;
        text.split("\n\n").filter_map(move |para| {
            let trimmed = para.trim();
            if trimmed.is_empty() {
                return None;
            }
            let start = trimmed.as_ptr() as usize - base;
            Some((Span::new(start, start + trimmed.len()), trimmed))
        })
    }

    /// The publication date-time in RFC 3339, as it appears in JSON output
    /// (`Z` for UTC), when known.
    pub fn published_rfc3339(&self) -> Option<String> {
        self.published
            .map(|p| p.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
    }

    /// The publication date as a calendar date, when known.
    pub fn published_date(&self) -> Option<chrono::NaiveDate> {
        self.published.map(|p| p.date_naive())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_slices_on_char_boundaries_only() {
        let text = "Café 40%";
        assert_eq!(Span::new(6, 9).slice(text), Some("40%"));
        assert_eq!(Span::new(4, 5).slice(text), None);
        assert_eq!(Span::new(3, 2), Span::new(3, 3));
        assert!(Span::new(0, 9).contains(Span::new(6, 9)));
        assert_eq!(Span::new(1, 2).shifted(10), Span::new(11, 12));
        assert!(Span::new(0, 5).overlaps(Span::new(4, 9)));
        assert!(!Span::new(0, 5).overlaps(Span::new(5, 9)));
    }

    #[test]
    fn paragraphs_have_spans_into_the_text() {
        let doc = Document::from_text("a.txt", "First one.\n\n  Second one. \n\n\n");
        let paras: Vec<_> = doc.paragraphs().collect();
        assert_eq!(paras.len(), 2);
        assert_eq!(paras[1].0.slice(&doc.text), Some("Second one."));
    }

    #[test]
    fn source_ids_are_one_based() {
        assert_eq!(SourceId::from_index(0).to_string(), "s1");
    }

    #[test]
    fn document_round_trips_through_json() {
        let mut doc = Document::from_text("x.html", "Body.");
        doc.published = DateTime::parse_from_rfc3339("2025-03-05T10:00:00+01:00").ok();
        let json = serde_json::to_string(&doc).unwrap();
        let back: Document = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc);
        assert_eq!(
            back.published_date(),
            chrono::NaiveDate::from_ymd_opt(2025, 3, 5)
        );
    }
}
