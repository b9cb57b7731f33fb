//! Evidence for event claims ("the council approved the stadium"): a
//! source sentence speaks to the event when it names the same actor, uses
//! the same verb (by stem or synonym) and shares most of the object's
//! words. The same polarity supports the claim; a negated one ("did not
//! approve") contradicts it.

use std::collections::BTreeSet;

use factcheck_claims::words::{
    is_function_word, is_month_or_weekday, is_time_unit, normalize, search_terms, stem, words,
};
use factcheck_claims::Claim;
use factcheck_document::Span;

use crate::align::phrase_stems;
use crate::same_thing;

/// How a source sentence speaks to an event claim.
pub(crate) struct EventMatch {
    /// The sentence.
    pub span: Span,
    /// The sentence states the event with the claim's polarity.
    pub agrees: bool,
    /// How much of the object the sentence shares, 0 to 1 (for ranking).
    pub overlap: f64,
    /// The source's verb as written.
    pub verb: String,
}

/// Words that negate a verb shortly before it.
fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "not" | "never" | "n't" | "no" | "didn't" | "hasn't" | "haven't" | "wasn't" | "weren't"
    )
}

/// The best sentence among `sentences` of `text` that states the claim's
/// event or its negation. `terms_of` gives a sentence's search terms when
/// they are already known (sources analyze their sentences once).
pub(crate) fn event_match(
    claim: &Claim,
    text: &str,
    sentences: &[Span],
    terms_of: impl Fn(Span) -> Option<Vec<String>>,
) -> Option<EventMatch> {
    let action = claim.action.as_ref()?;
    let actor: BTreeSet<String> = claim
        .subject
        .as_deref()
        .map(phrase_stems)
        .unwrap_or_default();
    // The object's content words, without its dating ("last week", "on
    // Monday"): sources date events their own way.
    let object: BTreeSet<String> = words(&action.object)
        .iter()
        .map(|w| normalize(w.text))
        .filter(|w| {
            w.chars().count() > 1
                && !is_function_word(w)
                && !is_time_unit(w)
                && !is_month_or_weekday(w)
                && !matches!(
                    w.as_str(),
                    "last"
                        | "next"
                        | "ago"
                        | "earlier"
                        | "later"
                        | "yesterday"
                        | "today"
                        | "tonight"
                )
                && !w.starts_with(|c: char| c.is_ascii_digit())
        })
        .map(|w| stem(&w))
        .collect();
    let mut best: Option<EventMatch> = None;
    for span in sentences {
        let sentence = &text[span.start..span.end];
        let stems: BTreeSet<String> = terms_of(*span)
            .unwrap_or_else(|| search_terms(sentence))
            .into_iter()
            .collect();
        if actor.is_empty() || actor.is_disjoint(&stems) {
            continue;
        }
        let overlap = if object.is_empty() {
            1.0
        } else {
            object.intersection(&stems).count() as f64 / object.len() as f64
        };
        if overlap < 0.5 {
            continue;
        }
        let ws = words(sentence);
        let lower: Vec<String> = ws.iter().map(|w| normalize(w.text)).collect();
        let Some(v) = lower
            .iter()
            .position(|w| stem(w) == action.verb_stem || same_thing(w, &action.verb))
        else {
            continue;
        };
        let negated = lower[v.saturating_sub(3)..v].iter().any(|w| is_negation(w));
        let found = EventMatch {
            span: *span,
            agrees: negated == action.negated,
            overlap,
            verb: ws[v].text.to_string(),
        };
        if best.as_ref().is_none_or(|b| found.overlap > b.overlap) {
            best = Some(found);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use factcheck_claims::{extract_claims, split_sentences, ClaimKind};
    use factcheck_document::Document;

    fn check(claim: &str, source: &str) -> Option<bool> {
        let doc = Document::from_text("a.txt", claim);
        let claims = extract_claims(&doc);
        let event = claims
            .iter()
            .find(|c| c.kind == ClaimKind::Event)
            .expect("an event claim");
        event_match(event, source, &split_sentences(source), |_| None).map(|m| m.agrees)
    }

    #[test]
    fn same_actor_verb_and_object_support() {
        assert_eq!(
            check(
                "The city council approved the new stadium on Monday.",
                "On Monday the council approved plans for a new stadium."
            ),
            Some(true)
        );
    }

    #[test]
    fn a_negated_statement_contradicts() {
        assert_eq!(
            check(
                "The city council approved the new stadium.",
                "The council did not approve the new stadium."
            ),
            Some(false)
        );
    }

    #[test]
    fn other_actors_or_objects_say_nothing() {
        assert_eq!(
            check(
                "The city council approved the new stadium.",
                "The regional parliament approved the new stadium."
            ),
            None
        );
        assert_eq!(
            check(
                "The city council approved the new stadium.",
                "The council approved a bus lane."
            ),
            None
        );
    }
}
