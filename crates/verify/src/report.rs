//! The report of a `check` run: a stable, serializable shape documented in
//! `docs/report-schema.md`.

use factcheck_claims::TimeAnchor;
use factcheck_document::{Document, SourceId, Span};
use factcheck_quantities::{Bound, Direction, Quantity, QuantityKind};
use serde::{Deserialize, Serialize};

use crate::{CheckedClaim, Source, Stance, Verdict};

/// Version of the report's JSON shape; bumped on any breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything a `check` run found, ready to serialize.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Version of this shape ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The checked article.
    pub article: DocumentInfo,
    /// The sources that were read, in id order.
    pub sources: Vec<SourceInfo>,
    /// Sources that could not be read, with the reason.
    pub skipped: Vec<Skipped>,
    /// Near-duplicate sources (copies of one story), which count once.
    pub duplicate_groups: Vec<Vec<SourceId>>,
    /// Every claim with its verdict, in article order.
    pub claims: Vec<ClaimReport>,
    /// How many claims got each verdict.
    pub summary: Summary,
}

/// Metadata of the checked article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Path or URL as given.
    pub location: String,
    /// Headline.
    pub title: Option<String>,
    /// Publishing outlet.
    pub publisher: Option<String>,
    /// Publication date-time (RFC 3339).
    pub published: Option<String>,
}

/// A source that was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Stable id (`s1` …).
    pub id: SourceId,
    /// Path or URL.
    pub location: String,
    /// Headline.
    pub title: Option<String>,
    /// Publishing outlet.
    pub publisher: Option<String>,
    /// Publication date-time (RFC 3339).
    pub published: Option<String>,
}

/// A source that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// Path or URL as given.
    pub location: String,
    /// Why it was skipped, in one line.
    pub reason: String,
}

/// A figure as reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuantityReport {
    /// As written: "fourth", "40%", "less than half".
    pub text: String,
    /// Sort of figure.
    pub kind: QuantityKind,
    /// Normalized value as a decimal string ("40" for 40%, "0.5" for half).
    pub value: String,
    /// Upper end of a range, when it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upper: Option<String>,
    /// Unit (currency name for money).
    pub unit: Option<String>,
    /// Qualifier bound.
    pub bound: Bound,
    /// Direction of change, when it describes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Direction>,
}

impl From<&Quantity> for QuantityReport {
    fn from(q: &Quantity) -> Self {
        QuantityReport {
            text: q.text.clone(),
            kind: q.kind,
            value: q.value.to_string(),
            upper: q.upper.map(|u| u.to_string()),
            unit: q.unit.clone(),
            bound: q.bound,
            change: q.change,
        }
    }
}

/// A period as reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeReport {
    /// As written: "last year".
    pub text: String,
    /// First day (YYYY-MM-DD).
    pub start: String,
    /// Last day (YYYY-MM-DD).
    pub end: String,
}

impl From<&TimeAnchor> for TimeReport {
    fn from(t: &TimeAnchor) -> Self {
        TimeReport {
            text: t.text.clone(),
            start: t.start.to_string(),
            end: t.end.to_string(),
        }
    }
}

/// One piece of evidence as reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceReport {
    /// Source id.
    pub source: SourceId,
    /// The evidence sentence, verbatim.
    pub quote: String,
    /// Where it stands in the source's text.
    pub span: Span,
    /// Supports or contradicts.
    pub stance: Stance,
    /// The source's figure, for figure claims.
    pub quantity: Option<QuantityReport>,
    /// Why, in words.
    pub explanation: String,
}

/// One claim with its verdict, as reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimReport {
    /// Stable id (`c1` …) in article order.
    pub id: String,
    /// The claim's clause (or quote), verbatim.
    pub text: String,
    /// Where it stands in the article's text.
    pub span: Span,
    /// quantity, temporal, quote or event.
    pub kind: factcheck_claims::ClaimKind,
    /// The claim's figure.
    pub quantity: Option<QuantityReport>,
    /// What the figure measures (lemma of the head noun).
    pub measured: Option<String>,
    /// Whose figure it is.
    pub subject: Option<String>,
    /// Who said it.
    pub speaker: Option<String>,
    /// What happened, for event claims (absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<factcheck_claims::Action>,
    /// How much the claim is worth checking, 0 to 1.
    pub checkworthiness: f64,
    /// When.
    pub time: Option<TimeReport>,
    /// The verdict.
    pub verdict: Verdict,
    /// 0 to 1.
    pub confidence: f64,
    /// Why, citing sources.
    pub explanation: String,
    /// Evidence, at most one per source.
    pub evidence: Vec<EvidenceReport>,
}

/// Verdict counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Summary {
    /// Claims supported.
    pub supported: usize,
    /// Claims contradicted.
    pub contradicted: usize,
    /// Claims with conflicting evidence.
    pub conflicting: usize,
    /// Claims no source speaks to.
    pub not_enough_info: usize,
}

fn info(doc: &Document) -> DocumentInfo {
    DocumentInfo {
        location: doc.location.clone(),
        title: doc.title.clone(),
        publisher: doc.publisher.clone(),
        published: doc.published_rfc3339(),
    }
}

impl Report {
    /// Assembles the report of checking `article` against `sources`.
    pub fn new(
        article: &Document,
        sources: &[Source],
        skipped: Vec<Skipped>,
        checked: &[CheckedClaim],
    ) -> Report {
        let mut summary = Summary::default();
        for c in checked {
            match c.verdict {
                Verdict::Supported => summary.supported += 1,
                Verdict::Contradicted => summary.contradicted += 1,
                Verdict::Conflicting => summary.conflicting += 1,
                Verdict::NotEnoughInfo => summary.not_enough_info += 1,
            }
        }
        let mut skipped = skipped;
        skipped.sort_by(|a, b| a.location.cmp(&b.location));
        Report {
            schema_version: SCHEMA_VERSION,
            article: info(article),
            sources: sources
                .iter()
                .map(|s| {
                    let d = info(&s.document);
                    SourceInfo {
                        id: s.id.clone(),
                        location: d.location,
                        title: d.title,
                        publisher: d.publisher,
                        published: d.published,
                    }
                })
                .collect(),
            skipped,
            duplicate_groups: crate::duplicate_groups(sources),
            claims: checked
                .iter()
                .map(|c| ClaimReport {
                    id: c.claim.id.clone(),
                    text: c.claim.text.clone(),
                    span: c.claim.span,
                    kind: c.claim.kind,
                    quantity: c.claim.quantity.as_ref().map(QuantityReport::from),
                    measured: c.claim.measured.as_ref().map(|m| m.head.clone()),
                    action: c.claim.action.clone(),
                    subject: c.claim.subject.clone(),
                    speaker: c.claim.speaker.clone(),
                    checkworthiness: c.claim.worthiness.score,
                    time: c.claim.time.as_ref().map(TimeReport::from),
                    verdict: c.verdict,
                    confidence: c.confidence,
                    explanation: c.explanation.clone(),
                    evidence: c
                        .evidence
                        .iter()
                        .map(|e| EvidenceReport {
                            source: e.source.clone(),
                            quote: e.quote.clone(),
                            span: e.span,
                            stance: e.stance,
                            quantity: e.quantity.as_ref().map(QuantityReport::from),
                            explanation: e.explanation.clone(),
                        })
                        .collect(),
                })
                .collect(),
            summary,
        }
    }
}
