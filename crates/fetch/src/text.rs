//! Plain-text and Markdown documents, with an optional header of
//! `Key: value` lines (Title, Publisher, Published, By, URL, Language).

use factcheck_document::Document;

use crate::dates::parse_date;

/// Reads a text or Markdown file's content into a [`Document`].
///
/// A header of `Key: value` lines ending at the first blank line sets the
/// metadata; in Markdown a leading `# Heading` is the title. Everything
/// after is the text, with paragraphs separated by blank lines.
///
/// ```
/// let doc = factcheck_fetch::parse_text("Title: Mill closes\nPublished: 2025-03-05\n\nThe mill shut.", "a.txt");
/// assert_eq!(doc.title.as_deref(), Some("Mill closes"));
/// assert_eq!(doc.published.unwrap().date_naive().to_string(), "2025-03-05");
/// assert_eq!(doc.text, "The mill shut.");
/// ```
pub fn parse_text(content: &str, location: &str) -> Document {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let mut doc = Document::from_text(location, "");
    let mut body = content;
    let header_end = content.find("\n\n").or_else(|| content.find("\r\n\r\n"));
    if let Some(end) = header_end {
        let header = &content[..end];
        let fields: Vec<(String, &str)> = header
            .lines()
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim()))
            .collect();
        let all_fields = !fields.is_empty()
            && fields.len() == header.lines().count()
            && fields.iter().all(|(k, _)| is_header_key(k));
        if all_fields {
            for (key, value) in fields {
                let value = Some(value.to_string()).filter(|v| !v.is_empty());
                match key.as_str() {
                    "title" | "headline" => doc.title = value,
                    "publisher" | "source" | "outlet" => doc.publisher = value,
                    "published" | "date" => doc.published = value.as_deref().and_then(parse_date),
                    "by" | "author" | "byline" => doc.byline = value,
                    "url" | "canonical" => doc.canonical_url = value,
                    "language" | "lang" => doc.language = value,
                    _ => {}
                }
            }
            body = &content[end..];
        }
    }
    let mut text = normalize_paragraphs(body);
    if doc.title.is_none() {
        if let Some(rest) = text.strip_prefix("# ") {
            let (title, after) = rest.split_once("\n\n").unwrap_or((rest, ""));
            doc.title = Some(title.trim().to_string());
            text = after.to_string();
        }
    }
    doc.text = text;
    doc
}

fn is_header_key(k: &str) -> bool {
    matches!(
        k,
        "title"
            | "headline"
            | "publisher"
            | "source"
            | "outlet"
            | "published"
            | "date"
            | "by"
            | "author"
            | "byline"
            | "url"
            | "canonical"
            | "language"
            | "lang"
    )
}

/// Paragraphs separated by exactly one blank line, lines inside a paragraph
/// joined by a space, whitespace runs collapsed.
fn normalize_paragraphs(body: &str) -> String {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in body.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        for (k, word) in line.split_whitespace().enumerate() {
            if k > 0 {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_heading_is_the_title() {
        let doc = parse_text(
            "# Mill closes\n\nThe mill\nshut.\n\n\nWorkers left.",
            "a.md",
        );
        assert_eq!(doc.title.as_deref(), Some("Mill closes"));
        assert_eq!(doc.text, "The mill shut.\n\nWorkers left.");
    }

    #[test]
    fn a_first_paragraph_with_a_colon_is_not_a_header() {
        let doc = parse_text("Note: the mill shut.\n\nMore.", "a.txt");
        assert_eq!(doc.title, None);
        assert!(doc.text.starts_with("Note: the mill shut."));
    }
}
