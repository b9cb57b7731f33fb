//! Direct quotes and who said them.

use factcheck_document::Span;
use serde::{Deserialize, Serialize};

use crate::entities::{find_entities, Entity};
use crate::words::{normalize, words};

/// A direct quote in the document and its speaker when one can be found.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Where the quoted words stand in the document text.
    pub span: Span,
    /// Who said it, as named in the document (full name when it was given earlier).
    pub speaker: Option<String>,
}

/// Verbs that introduce or close reported speech.
pub(crate) fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "explained"
            | "noted"
            | "insisted"
            | "argued"
            | "warned"
            | "stated"
            | "declared"
            | "claimed"
            | "asked"
            | "replied"
            | "continued"
            | "stressed"
            | "announced"
            | "recalled"
            | "admitted"
            | "acknowledged"
            | "observed"
            | "remarked"
            | "commented"
            | "tweeted"
            | "posted"
    )
}

/// Finds the direct quotes of `text` (curly or straight double quotes, four
/// words or more) and attributes each to a speaker: a name next to a speech
/// verb after or before the quote, a pronoun resolved to the last person
/// named before it, or a name given in the sentence that follows.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut people: Vec<(Entity, bool)> = Vec::new();
    let mut cursor = 0;
    for (open, close) in quote_spans(text) {
        // People named before this quote, for pronouns and surnames.
        people.extend(
            find_entities(&text[cursor..open], cursor)
                .into_iter()
                .filter(Entity::looks_like_person)
                .map(|e| {
                    let subject = opens_sentence(text, e.span.start);
                    (e, subject)
                }),
        );
        cursor = cursor.max(open);
        let mark_len = text[open..].chars().next().map_or(1, char::len_utf8);
        let inner = Span::new(open + mark_len, close);
        let inner = trim_span(text, inner, |c: char| c.is_whitespace() || is_quote_mark(c));
        let Some(quoted) = inner.slice(text) else {
            continue;
        };
        if words(quoted).len() < 4 {
            continue;
        }
        // An unattributed quote in the same paragraph as the previous one
        // continues that speaker's words.
        let continues: Option<&Quote> = out
            .last()
            .filter(|prev: &&Quote| !text[prev.span.end..open].contains('\n'));
        let speaker = speaker_after(text, close, &people)
            .or_else(|| speaker_before(text, open, &people))
            .or_else(|| speaker_in_next_sentence(text, close))
            .map(|s| full_name(&s, &people))
            .or_else(|| continues.and_then(|prev| prev.speaker.clone()));
        out.push(Quote {
            text: quoted.to_string(),
            span: inner,
            speaker,
        });
    }
    out
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

fn trim_span(text: &str, span: Span, strip: impl Fn(char) -> bool + Copy) -> Span {
    let piece = &text[span.start..span.end];
    let lead = piece.len() - piece.trim_start_matches(strip).len();
    let trimmed = piece.trim_matches(strip);
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// Byte positions of matching opening and closing marks. A quote left open
/// at a paragraph's end continues when the next paragraph opens with a mark
/// (the newspaper convention for quotes running over paragraphs).
fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' if open.is_none() => open = Some(i),
            '”' => {
                if let Some(o) = open.take() {
                    out.push((o, i));
                }
            }
            '"' => match open {
                Some(o) if text[o..].starts_with('"') => {
                    out.push((o, i));
                    open = None;
                }
                None => open = Some(i),
                Some(_) => {}
            },
            '\n' => {
                if let Some(o) = open {
                    let next_opens = text[i..].trim_start().starts_with(['“', '"']);
                    if !next_opens {
                        out.push((o, i));
                        open = None;
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        out.push((o, text.len()));
    }
    out
}

/// `”, he told reporters.` / `,” said Ana Ruiz.` / `,” Ruiz added.`
fn speaker_after(text: &str, close: usize, people: &[(Entity, bool)]) -> Option<String> {
    let rest = text.get(close..)?;
    let rest = rest.trim_start_matches(|c: char| is_quote_mark(c) || c == ',' || c.is_whitespace());
    let sentence_end = rest
        .find(['.', '\n', '“', '"'])
        .unwrap_or(rest.len())
        .min(160);
    let window = rest.get(..sentence_end)?;
    attributed_in(window, people, true)
}

/// `“…,” the statement read. Those were the words of Ana Ruiz, who …` —
/// a speaker named only in the sentence after the quote, next to a speech
/// verb or as "the words of" / "according to".
fn speaker_in_next_sentence(text: &str, close: usize) -> Option<String> {
    let rest = text.get(close..)?;
    // A quote ending in a full stop ends its sentence at the closing mark.
    let quote_ended = text.get(..close)?.trim_end().ends_with(['.', '!', '?']);
    let start = if quote_ended {
        rest.chars().next().map_or(0, char::len_utf8)
    } else {
        rest.find(['.', '!', '?']).map(|i| i + 1)?
    };
    let after = rest
        .get(start..)?
        .trim_start_matches(|c: char| is_quote_mark(c) || c.is_whitespace());
    let end = after
        .find(['.', '!', '?', '\n', '“'])
        .unwrap_or(after.len())
        .min(200);
    let sentence = after.get(..end)?;
    let lower = sentence.to_lowercase();
    let cue = [
        "words of ",
        "according to ",
        "view of ",
        "verdict of ",
        "quoted ",
    ]
    .iter()
    .find_map(|c| lower.find(c).map(|i| i + c.len()));
    let names = find_entities(sentence, 0);
    match cue {
        Some(at) => names
            .iter()
            .find(|e| e.span.start >= at)
            .map(|e| e.text.clone()),
        None => attributed_in(sentence, &[], true),
    }
}

/// `Ruiz said: “…` / `Ruiz told the paper that “…`
fn speaker_before(text: &str, open: usize, people: &[(Entity, bool)]) -> Option<String> {
    let before = text.get(..open)?;
    let start = before
        .rfind(['.', '\n', '”', '?', '!'])
        .map(|i| i + 1)
        .unwrap_or(0);
    let window = before.get(start..)?;
    attributed_in(window, people, false)
}

/// Finds "NAME <speech verb>" or "<speech verb> NAME" in a short window.
fn attributed_in(window: &str, people: &[(Entity, bool)], after_quote: bool) -> Option<String> {
    let ws = words(window);
    let verb_at = ws.iter().position(|w| is_speech_verb(&normalize(w.text)))?;
    let names = find_entities(window, 0);
    // "NAME said": a name ending before the verb; "said NAME": one right after.
    let before = names
        .iter()
        .rev()
        .find(|e| e.span.end <= ws[verb_at].span.start);
    let after = names.iter().find(|e| e.span.start >= ws[verb_at].span.end);
    let pronoun = ws[..verb_at]
        .iter()
        .rev()
        .find(|w| matches!(normalize(w.text).as_str(), "he" | "she"));
    let chosen = if after_quote {
        before.or(after).map(|e| e.text.clone())
    } else {
        before.map(|e| e.text.clone())
    };
    // A pronoun refers to the last person who was the subject of a sentence
    // ("Ana Ruiz, an economist at …, said …"), else the last person named.
    let referent = || {
        people
            .iter()
            .rev()
            .find(|(_, subject)| *subject)
            .or(people.last())
            .map(|(p, _)| p.text.clone())
    };
    chosen.or_else(|| pronoun.and_then(|_| referent()))
}

/// Whether only titles, quotes or nothing stand between the last sentence
/// break and byte `at`.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let start = before.rfind(['.', '\n', '!', '?']).map_or(0, |i| i + 1);
    before[start..].split_whitespace().all(|w| {
        is_quote_mark(w.chars().next().unwrap_or(' ')) || crate::entities::is_title(&normalize(w))
    })
}

/// The longest earlier name that contains `name` ("Ruiz" → "Ana Ruiz").
fn full_name(name: &str, people: &[(Entity, bool)]) -> String {
    let key: Vec<String> = Entity {
        text: name.to_string(),
        span: Span::default(),
    }
    .tokens();
    people
        .iter()
        .map(|(p, _)| p)
        .filter(|p| {
            let tokens = p.tokens();
            !key.is_empty() && key.iter().all(|k| tokens.contains(k))
        })
        .max_by_key(|p| p.tokens().len())
        .map(|p| p.tokens_text())
        .unwrap_or_else(|| strip_titles(name))
}

/// A name without its titles: everything up to the last title word goes
/// ("Finance Minister Omar Haddad" → "Omar Haddad").
pub(crate) fn strip_titles(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let after_title = words
        .iter()
        .rposition(|w| crate::entities::is_title(&normalize(w)))
        .map_or(0, |i| i + 1);
    if after_title >= words.len() {
        name.to_string()
    } else {
        words[after_title..].join(" ")
    }
}

impl Entity {
    /// The name without titles, as written ("General Ko Lin" → "Ko Lin").
    pub(crate) fn tokens_text(&self) -> String {
        self.text
            .split_whitespace()
            .filter(|w| !crate::entities::is_title(&normalize(w)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaker_after_with_pronoun_and_surname() {
        let text = "Ana Ruiz, an economist on South American trade at Lima University, was cautious.\n\n“We have seen three such plans before, and none worked,” she told reporters.\n\n“The money is simply not there,” Ruiz added.";
        let quotes = find_quotes(text);
        assert_eq!(quotes.len(), 2);
        assert_eq!(
            quotes[0].text,
            "We have seen three such plans before, and none worked,"
        );
        assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
        assert_eq!(quotes[1].speaker.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            quotes[1].span.slice(text),
            Some("The money is simply not there,")
        );
    }

    #[test]
    fn speaker_before_and_straight_quotes() {
        let text = "Coach Tom Berg said: \"We will win the next four games.\"";
        let quotes = find_quotes(text);
        assert_eq!(quotes[0].speaker.as_deref(), Some("Tom Berg"));
    }

    #[test]
    fn speaker_named_only_in_the_next_sentence() {
        let text = "“Nobody here will accept another delay. We have waited four years.” Those were the words of union leader Marta Kell on Friday.";
        let quotes = find_quotes(text);
        assert_eq!(quotes[0].speaker.as_deref(), Some("Marta Kell"));
    }

    #[test]
    fn short_quotes_are_not_claims() {
        assert!(find_quotes("He called it a “diplomatic win” for them.").is_empty());
    }
}
