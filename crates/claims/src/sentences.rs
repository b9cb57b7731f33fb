//! Sentence splitting that survives abbreviations, initials, decimals,
//! ellipses and quotes.

use factcheck_document::Span;

/// Abbreviations that end in a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "no", "nos", "vs", "v", "etc",
    "inc", "ltd", "co", "corp", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "approx", "est", "dept", "univ", "fig", "al", "e.g", "i.e", "a.m",
    "p.m", "u.s", "u.k", "u.n", "e.u",
];

/// Abbreviations that are usually followed by a number or name, so a
/// capitalized word after them does not start a sentence.
fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Splits `text` into sentences; spans index `text` and exclude surrounding
/// whitespace. Paragraph breaks (blank lines or single newlines) always end
/// a sentence.
///
/// ```
/// use factcheck_claims::split_sentences;
///
/// let text = "Mr. Tan met Gen. Ko in St. Petersburg at 9 a.m. on Monday. Trade rose 2.5%.";
/// let spans = split_sentences(text);
/// assert_eq!(spans.len(), 2);
/// assert_eq!(spans[1].slice(text), Some("Trade rose 2.5%."));
/// ```
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        if c == '\n' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take runs of terminal marks and closing quotes/brackets.
            let mut end = i + c.len_utf8();
            for n in text[end..].chars() {
                if matches!(
                    n,
                    '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']' | '…'
                ) {
                    end += n.len_utf8();
                } else {
                    break;
                }
            }
            if ends_sentence(text, start, i, end) {
                push_trimmed(text, start, end, &mut out);
                start = end;
            }
            skip_to = end;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Whether the terminal mark at `mark` (run ending at `end`) ends the sentence.
fn ends_sentence(text: &str, start: usize, mark: usize, end: usize) -> bool {
    let after = &text[end..];
    let next = after.trim_start_matches([' ', '\t', '\u{a0}']);
    if next.len() == after.len() && !after.is_empty() && !after.starts_with('\n') {
        return false; // no space after: "2.5", "U.S.", "example.com"
    }
    let Some(first) = next.chars().next() else {
        return true;
    };
    if first == '\n' {
        return true;
    }
    if text.as_bytes()[mark] != b'.' {
        return first.is_uppercase() || is_opening(first) || first.is_ascii_digit();
    }
    let word_before = text[start..mark]
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    // Initials ("J. Smith") and abbreviations ("Gen. Ko", "No. 10").
    let single_letter = word_before.chars().count() == 1
        && word_before
            .chars()
            .all(|c| c.is_alphabetic() && c.is_uppercase());
    if single_letter || is_abbreviation(word_before) {
        return false;
    }
    // Dotted acronyms ("U.S.") end a sentence only before a capital that
    // starts a new clause; keep them joined before lowercase text.
    first.is_uppercase() || is_opening(first) || first.is_ascii_digit()
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let s = start + (piece.len() - piece.trim_start().len());
    out.push(Span::new(s, s + trimmed.len()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| s.slice(text).unwrap())
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            split("Mrs. Ng and J. R. Doe flew to the U.S. on Monday. They left."),
            [
                "Mrs. Ng and J. R. Doe flew to the U.S. on Monday.",
                "They left."
            ]
        );
        assert_eq!(
            split("He lives at No. 10 Downing Street."),
            ["He lives at No. 10 Downing Street."]
        );
    }

    #[test]
    fn quotes_and_ellipses() {
        assert_eq!(
            split("“It is over.” She left… Then what? Nothing!"),
            ["“It is over.”", "She left…", "Then what?", "Nothing!"]
        );
    }

    #[test]
    fn decimals_and_newlines() {
        assert_eq!(
            split("Growth was 2.5 percent\nA new line"),
            ["Growth was 2.5 percent", "A new line"]
        );
        assert_eq!(split("  "), Vec::<&str>::new());
    }
}
