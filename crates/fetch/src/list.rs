//! Source-list files: one source per line, a path or URL with optional
//! publisher and publication date.
//!
//! ```text
//! # sources for the port-strike story
//! https://wire.example/port-strike | Continental Wire | 2025-08-07
//! saved/harbour-times.html | Harbour Times
//! notes/briefing.txt
//! ```

use std::path::Path;

use chrono::{DateTime, FixedOffset};

use crate::{is_url, parse_date};

/// One line of a source list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedSource {
    /// Path (resolved against the list's folder) or URL.
    pub location: String,
    /// Publisher to use instead of what the page says.
    pub publisher: Option<String>,
    /// Publication date to use instead of what the page says.
    pub published: Option<DateTime<FixedOffset>>,
}

/// Why a source list could not be read: the line and the cause.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("line {line}: {reason}")]
pub struct ListError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

/// Parses a source list. Blank lines and lines starting with `#` are
/// skipped; fields are separated by `|`; relative paths are taken from
/// `base` (the list file's folder).
pub fn parse_source_list(text: &str, base: &Path) -> Result<Vec<ListedSource>, ListError> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('|').map(str::trim);
        let location = fields.next().unwrap_or_default();
        let publisher = fields.next().filter(|p| !p.is_empty()).map(str::to_string);
        let published = match fields.next().filter(|d| !d.is_empty()) {
            Some(d) => Some(parse_date(d).ok_or_else(|| ListError {
                line: n + 1,
                reason: format!("cannot read the date {d:?}"),
            })?),
            None => None,
        };
        if fields.next().is_some() {
            return Err(ListError {
                line: n + 1,
                reason: "expected at most three fields: location | publisher | date".into(),
            });
        }
        let location = if is_url(location) || Path::new(location).is_absolute() {
            location.to_string()
        } else {
            base.join(location).display().to_string()
        };
        out.push(ListedSource {
            location,
            publisher,
            published,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_comments_and_relative_paths() {
        let list =
            "# a comment\nhttps://x.example/a | Wire | 2025-08-07\n\nb.html | Times\nc.txt\n";
        let got = parse_source_list(list, Path::new("lists")).unwrap();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].location, "https://x.example/a");
        assert_eq!(got[0].publisher.as_deref(), Some("Wire"));
        assert_eq!(
            got[0].published.unwrap().date_naive().to_string(),
            "2025-08-07"
        );
        assert_eq!(
            got[1].location,
            Path::new("lists").join("b.html").display().to_string()
        );
        assert_eq!(got[2].publisher, None);
    }

    #[test]
    fn bad_dates_name_the_line() {
        let err = parse_source_list("a.txt | P | someday\n", Path::new(".")).unwrap_err();
        assert_eq!(err.to_string(), "line 1: cannot read the date \"someday\"");
    }
}
