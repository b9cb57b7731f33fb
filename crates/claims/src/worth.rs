//! How much a claim is worth checking, with the reasons.

use serde::{Deserialize, Serialize};

use crate::words::words;
use crate::{Claim, ClaimKind};

/// A check-worthiness score in 0..1 and what raised or lowered it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Worthiness {
    /// 0 (not worth checking) to 1, in steps of 0.01.
    pub score: f64,
    /// Short reasons, in the order they were applied ("figure", "named source" …).
    pub reasons: Vec<String>,
}

/// Words that signal an opinion or a possibility rather than a fact.
fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "think"
            | "believe"
            | "feel"
            | "should"
            | "must"
            | "might"
            | "may"
            | "could"
            | "seems"
            | "seem"
            | "perhaps"
            | "maybe"
            | "arguably"
            | "probably"
            | "hope"
            | "wish"
    )
}

/// Words that make a comparison or a superlative, which invite checking.
fn is_comparison(w: &str) -> bool {
    matches!(
        w,
        "record"
            | "highest"
            | "lowest"
            | "largest"
            | "biggest"
            | "smallest"
            | "most"
            | "least"
            | "first"
            | "last"
            | "more"
            | "less"
            | "fewer"
            | "than"
            | "doubled"
            | "tripled"
            | "halved"
            | "best"
            | "worst"
            | "since"
    )
}

/// Scores `claim`, whose sentence is `sentence`. Figures, named sources,
/// dates and comparisons raise the score; hedges, opinions and questions
/// lower it. Quotes stay checkable whatever their wording.
pub fn worthiness(claim: &Claim, sentence: &str) -> Worthiness {
    worthiness_in(claim, &Tone::of(sentence))
}

/// What in a sentence's wording bears on the worth of all its claims.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tone {
    comparison: bool,
    hedged: bool,
    question: bool,
}

impl Tone {
    /// The tone of `sentence`.
    pub(crate) fn of(sentence: &str) -> Tone {
        let lower: Vec<String> = words(sentence)
            .iter()
            .map(|w| w.text.to_lowercase())
            .collect();
        Tone {
            comparison: lower.iter().any(|w| is_comparison(w)),
            hedged: lower.iter().any(|w| is_hedge(w)),
            question: sentence.trim_end().ends_with('?'),
        }
    }
}

/// [`worthiness`] for a claim whose sentence's tone is known.
pub(crate) fn worthiness_in(claim: &Claim, tone: &Tone) -> Worthiness {
    let mut score: f64 = 0.3;
    let mut reasons = Vec::new();
    let mut add = |delta: f64, why: &str| {
        score += delta;
        reasons.push(why.to_string());
    };
    match claim.kind {
        ClaimKind::Quote => add(0.2, "direct quote"),
        ClaimKind::Quantity | ClaimKind::Temporal => add(0.3, "figure"),
        ClaimKind::Event => add(0.2, "states an event"),
    }
    if claim.measured.is_some() {
        add(0.1, "measured thing known");
    }
    if claim.speaker.is_some() {
        add(0.1, "named source");
    }
    if claim.time.is_some() {
        add(0.05, "dated");
    }
    if !claim.entities.is_empty() {
        add(0.05, "names people, places or organizations");
    }
    if tone.comparison {
        add(0.1, "comparison or superlative");
    }
    if claim.kind != ClaimKind::Quote {
        if tone.hedged {
            add(-0.2, "hedged or opinion");
        }
        if tone.question {
            add(-0.3, "question");
        }
    }
    Worthiness {
        score: (score.clamp(0.0, 1.0) * 100.0).round() / 100.0,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract_claims;
    use factcheck_document::Document;

    fn score(text: &str) -> f64 {
        let claims = extract_claims(&Document::from_text("t.txt", text));
        claims[0].worthiness.score
    }

    #[test]
    fn figures_with_sources_beat_hedged_questions() {
        let sourced = score("Exports to Chile rose 12% in 2024, the ministry said.");
        let hedged = score("Could exports to Chile perhaps have risen 12%?");
        assert!(sourced >= 0.8, "{sourced}");
        assert!(hedged <= 0.5, "{hedged}");
    }

    #[test]
    fn reasons_explain_the_score() {
        let claims = extract_claims(&Document::from_text(
            "t.txt",
            "Turnout was the highest on record at 58%.",
        ));
        let reasons = &claims[0].worthiness.reasons;
        assert!(reasons.iter().any(|r| r == "figure"));
        assert!(reasons.iter().any(|r| r == "comparison or superlative"));
    }
}
