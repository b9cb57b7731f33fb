//! Publication dates as pages and files write them.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// Parses a date or date-time in the forms pages use: RFC 3339 / ISO 8601
/// (with or without time or offset), RFC 2822, "March 11, 2025",
/// "11 March 2025", "2025/03/11". A date without an offset is taken as UTC.
///
/// ```
/// use factcheck_fetch::parse_date;
///
/// assert_eq!(parse_date("2025-03-11T09:30:00+01:00").unwrap().to_rfc3339(), "2025-03-11T09:30:00+01:00");
/// assert_eq!(parse_date("March 11, 2025").unwrap().to_rfc3339(), "2025-03-11T00:00:00+00:00");
/// assert!(parse_date("yesterday-ish").is_none());
/// ```
pub fn parse_date(raw: &str) -> Option<DateTime<FixedOffset>> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d);
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d);
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(s, fmt) {
            return Some(d);
        }
    }
    let utc = |naive: NaiveDateTime| Utc.from_utc_datetime(&naive).fixed_offset();
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(utc(d));
        }
    }
    let cleaned: String = s
        .replace(',', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for fmt in [
        "%Y-%m-%d", "%Y/%m/%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y%m%d",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(&cleaned, fmt) {
            return d.and_hms_opt(0, 0, 0).map(utc);
        }
    }
    // A date-time whose time part we cannot read still has a usable date.
    s.get(..10).and_then(|head| {
        NaiveDate::parse_from_str(head, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(utc)
    })
}

/// A date written in a URL path: `/2025/03/11/` or `/2025-03-11/`.
pub(crate) fn date_in_url(url: &str) -> Option<DateTime<FixedOffset>> {
    let parts: Vec<&str> = url.split(['/', '?', '#']).collect();
    for w in parts.windows(3) {
        if let (Ok(y), Ok(m), Ok(d)) = (
            w[0].parse::<i32>(),
            w[1].parse::<u32>(),
            w[2].get(..2.min(w[2].len())).unwrap_or("").parse::<u32>(),
        ) {
            if (1990..=2100).contains(&y) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    return date
                        .and_hms_opt(0, 0, 0)
                        .map(|n| Utc.from_utc_datetime(&n).fixed_offset());
                }
            }
        }
    }
    parts.iter().find_map(|p| {
        p.get(..10)
            .filter(|h| h.as_bytes().get(4) == Some(&b'-'))
            .and_then(parse_date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_pages_use() {
        for s in [
            "2025-03-11",
            "2025-03-11T08:00:00Z",
            "11 March 2025",
            "Mar 11, 2025",
            "2025/03/11",
            "Tue, 11 Mar 2025 08:00:00 GMT",
        ] {
            assert_eq!(
                parse_date(s).map(|d| d.date_naive().to_string()).as_deref(),
                Some("2025-03-11"),
                "{s}"
            );
        }
    }

    #[test]
    fn dates_in_urls() {
        let d = date_in_url("https://news.example/world/2025/03/11/story-slug").unwrap();
        assert_eq!(d.date_naive().to_string(), "2025-03-11");
        assert!(date_in_url("https://news.example/world/story").is_none());
    }
}
