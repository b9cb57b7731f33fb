//! Checks claims against sources and gives each a verdict a fact-checker can
//! trust: `supported`, `contradicted`, `conflicting` or `not_enough_info`,
//! with the evidence sentence from each source and the reason.
//!
//! A source sentence only counts as evidence when it speaks of the same
//! thing: the same measured thing (stem or synonym), matching qualifiers for
//! ranks ("first official visit" is not "fourth visit"), a compatible period,
//! a figure bound to the same subject, and shared context. Figures are then
//! compared with [`factcheck_quantities::compare`]; quotes are matched
//! verbatim after normalizing case, punctuation and quotation marks.
//!
//! ```
//! use factcheck_claims::extract_claims;
//! use factcheck_document::Document;
//! use factcheck_verify::{number_sources, verify, Verdict};
//!
//! let article = Document::from_text("a.txt", "Exports to Chile rose 12% in 2024, the ministry said.");
//! let sources = number_sources(vec![Document::from_text(
//!     "s.txt",
//!     "In 2024 exports to Chile grew by 12.3 percent, customs data show.",
//! )]);
//! let results = verify(&article, &extract_claims(&article), &sources);
//! assert_eq!(results[0].verdict, Verdict::Supported);
//! ```

#![warn(missing_docs)]

mod align;
pub mod dedup;
mod event;
mod parallel;
mod report;
mod retrieve;
mod synonyms;

use std::collections::BTreeSet;

use factcheck_claims::words::{is_month_or_weekday, words};
use factcheck_claims::{
    extract_claims, find_entities, find_quotes, split_sentences, Claim, ClaimKind,
};
use factcheck_document::{Document, SourceId, Span};
use factcheck_quantities::{compare, Agreement, Bound, Direction, Quantity, QuantityKind};
use serde::{Deserialize, Serialize};

use crate::align::SentenceTerms;

pub use report::{
    ClaimReport, DocumentInfo, EvidenceReport, QuantityReport, Report, Skipped, SourceInfo,
    Summary, TimeReport, SCHEMA_VERSION,
};
pub use retrieve::{claim_query, QueryTerm, SentenceHit, SentenceIndex};
pub use synonyms::same_thing;

/// Sentences ranked by BM25 that a figure claim is aligned against, across
/// all sources: enough for any story's own sources, few enough that an
/// archive's worth of passing mentions is never read.
pub const CANDIDATE_SENTENCES: usize = 50;

/// A source document with its stable id.
#[derive(Debug, Clone)]
pub struct Source {
    /// `s1`, `s2` … in order of location.
    pub id: SourceId,
    /// The source's text and metadata.
    pub document: Document,
    /// Id of the first source of this source's near-duplicate group (itself
    /// when it has no copy among the sources).
    pub group: SourceId,
    /// Found in an archive rather than named by the user. A named source is
    /// presumed to be about the article's story when their words overlap;
    /// an archived one must also share one of the article's names or be
    /// published within [`SAME_STORY_DAYS`] of it.
    pub archived: bool,
    claims: Vec<Claim>,
    contexts: Vec<align::FigureContext>,
    stems: BTreeSet<String>,
    sentences: Vec<Span>,
    /// The [`search_terms`](factcheck_claims::words::search_terms) of each sentence.
    sentence_terms: Vec<SentenceTerms>,
}

impl Source {
    /// A source with the given id; its claims are extracted once, here.
    pub fn new(id: SourceId, document: Document) -> Self {
        let claims: Vec<Claim> = extract_claims(&document)
            .into_iter()
            .filter(|c| c.quantity.is_some())
            .collect();
        let sentences = split_sentences(&document.text);
        let sentence_terms: Vec<SentenceTerms> = sentences
            .iter()
            .map(|s| SentenceTerms::of(&document.text, *s))
            .collect();
        let contexts = claims
            .iter()
            .map(|c| {
                let known = sentences
                    .binary_search_by_key(&c.sentence.start, |s| s.start)
                    .ok()
                    .filter(|&i| sentences[i] == c.sentence)
                    .map(|i| &sentence_terms[i]);
                align::FigureContext::of(&document.text, c, known)
            })
            .collect();
        let stems = sentence_terms
            .iter()
            .flat_map(|t| t.terms.iter().filter(|t| !t.starts_with('#')).cloned())
            .collect();
        Source {
            group: id.clone(),
            archived: false,
            id,
            document,
            claims,
            contexts,
            stems,
            sentences,
            sentence_terms,
        }
    }

    /// A short label for explanations: "s2 (Valley Post, 2025-03-05)".
    pub fn label(&self) -> String {
        let mut parts = Vec::new();
        if let Some(p) = &self.document.publisher {
            parts.push(p.clone());
        }
        if let Some(d) = self.document.published_date() {
            parts.push(d.to_string());
        }
        if parts.is_empty() {
            self.id.to_string()
        } else {
            format!("{} ({})", self.id, parts.join(", "))
        }
    }
}

/// Sorts documents by location and numbers them `s1`, `s2` …, so the same
/// inputs always get the same ids whatever order they were given in.
pub fn number_sources(mut documents: Vec<Document>) -> Vec<Source> {
    documents.sort_by(|a, b| a.location.cmp(&b.location));
    documents.dedup_by(|a, b| a.location == b.location);
    let mut sources = new_sources_in_parallel(documents);
    let texts: Vec<&str> = sources.iter().map(|s| s.document.text.as_str()).collect();
    let groups = dedup::group_near_duplicates(&texts);
    for (i, g) in groups.into_iter().enumerate() {
        sources[i].group = SourceId::from_index(g);
    }
    sources
}

/// `Source::new` for each document, numbered in order, on all cores:
/// extracting each source's claims is the costly step of a check.
fn new_sources_in_parallel(documents: Vec<Document>) -> Vec<Source> {
    let numbered: Vec<(usize, Document)> = documents.into_iter().enumerate().collect();
    parallel::map_in_order(numbered, |(i, d)| Source::new(SourceId::from_index(i), d))
}

/// The groups of near-duplicate sources (two or more copies of one story),
/// each as the ids of its members in order.
pub fn duplicate_groups(sources: &[Source]) -> Vec<Vec<SourceId>> {
    let mut groups: std::collections::BTreeMap<&SourceId, Vec<SourceId>> = Default::default();
    for s in sources {
        groups.entry(&s.group).or_default().push(s.id.clone());
    }
    groups.into_values().filter(|g| g.len() > 1).collect()
}

/// Whether a piece of evidence backs the claim or goes against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// The source says the same.
    Supports,
    /// The source says otherwise.
    Contradicts,
}

/// The verdict on one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// At least one source agrees and none disagrees.
    Supported,
    /// At least one source disagrees and none agrees.
    Contradicted,
    /// Some sources agree and others disagree.
    Conflicting,
    /// No source speaks of the same thing.
    NotEnoughInfo,
}

impl Verdict {
    /// The snake_case name used in JSON and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Conflicting => "conflicting",
            Verdict::NotEnoughInfo => "not_enough_info",
        }
    }
}

/// A sentence of a source that speaks to a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Which source it comes from.
    pub source: SourceId,
    /// The evidence sentence, verbatim.
    pub quote: String,
    /// Where the sentence stands in the source's text.
    pub span: Span,
    /// Whether it supports or contradicts the claim.
    pub stance: Stance,
    /// The source's figure that was compared, for figure claims.
    pub quantity: Option<Quantity>,
    /// Why it supports or contradicts, in words.
    pub explanation: String,
}

/// A claim with its verdict and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckedClaim {
    /// The claim as extracted from the article.
    pub claim: Claim,
    /// The verdict.
    pub verdict: Verdict,
    /// How much the verdict can be trusted, 0 to 1, in steps of 0.01.
    pub confidence: f64,
    /// The reason, citing sources by id.
    pub explanation: String,
    /// At most one piece of evidence per source, in order of source id.
    pub evidence: Vec<Evidence>,
}

/// Checks every claim of `article` against the sources: quotes against
/// every sentence, figures against the [`CANDIDATE_SENTENCES`] sentences
/// BM25 ranks best for the claim.
pub fn verify(article: &Document, claims: &[Claim], sources: &[Source]) -> Vec<CheckedClaim> {
    let article_words = ArticleWords {
        published: article.published_date(),
        stems: align::content_stems(&article.text),
        names: claims
            .iter()
            .flat_map(|c| c.subject.iter().chain(&c.entities))
            .flat_map(|name| align::name_stems(name))
            .collect(),
    };
    let (article_stems, article_names) = (&article_words.stems, &article_words.names);
    let stories: Vec<Story> = sources
        .iter()
        .map(|s| {
            if !tells_same_story(article_stems, &s.stems) {
                return Story::Other;
            }
            // An article that names no one can only be matched by its words.
            let told = !s.archived
                || article_names.is_empty()
                || !article_names.is_disjoint(&named_stems(s))
                // "Norland Statistics Office" reports on Norland.
                || s.document.publisher.as_deref().is_some_and(|p| {
                    !article_names.is_disjoint(&align::name_stems(p))
                })
                || published_close(article, &s.document, SAME_STORY_DAYS)
                    && !keeps_naming_another_party(s, article_stems);
            if told {
                Story::Same
            } else if published_close(article, &s.document, UNNAMED_REPORT_DAYS) && names_no_one(s)
            {
                Story::Unnamed
            } else {
                Story::Other
            }
        })
        .collect();
    let index = SentenceIndex::from_terms(sources.iter().map(|s| {
        s.sentences
            .iter()
            .zip(&s.sentence_terms)
            .map(|(span, terms)| (*span, terms.terms.as_slice()))
    }));
    // Claims are checked independently of each other: on all cores.
    parallel::map_in_order(claims.iter().collect(), |c| {
        // The other figures of the claim's sentence.
        let siblings: Vec<&Quantity> = claims
            .iter()
            .filter(|o| o.sentence == c.sentence && o.id != c.id)
            .filter_map(|o| o.quantity.as_ref())
            .collect();
        let mut candidates = vec![Vec::new(); sources.len()];
        if c.kind != ClaimKind::Quote {
            for hit in index.search(&claim_query(c), CANDIDATE_SENTENCES) {
                candidates[hit.source].push(hit.span);
            }
        }
        check_claim(
            &article.text,
            &article_words,
            c,
            sources,
            &stories,
            &candidates,
            &siblings,
        )
    })
}

/// Whether `source` names one party the article never mentions in two or
/// more of its sentences: a report about a party of its own ("Veltrix")
/// tells another story, however close its date and words. A name given
/// once (a pollster, an office) may be a detail of the same story, unless
/// the party also publishes the source and names itself in its title
/// ("Seabridge annual review 2025" by Seabridge Group).
fn keeps_naming_another_party(source: &Source, article_stems: &BTreeSet<String>) -> bool {
    let publisher = source
        .document
        .publisher
        .as_deref()
        .map(align::name_stems)
        .unwrap_or_default();
    let own_report = title_names(source)
        .filter(|e| !align::name_stems(&e.text).is_disjoint(&publisher))
        .map(|e| (usize::MAX, e));
    let mentions: BTreeSet<(usize, String)> = names_in(source)
        .chain(own_report)
        .flat_map(|(sentence, name)| {
            align::name_stems(&name.text)
                .into_iter()
                .filter(|stem| !article_stems.contains(stem))
                .map(move |stem| (sentence, stem))
        })
        .collect();
    let mut seen = BTreeSet::new();
    mentions.into_iter().any(|(_, stem)| !seen.insert(stem))
}

/// The names `source`'s title gives.
fn title_names(source: &Source) -> impl Iterator<Item = factcheck_claims::Entity> {
    find_entities(source.document.title.as_deref().unwrap_or(""), 0).into_iter()
}

/// The stems of the names `source` gives, in its title or text: where it
/// may name one of the article's ("New York" is named by "New York", not by
/// "a new chapter").
fn named_stems(source: &Source) -> BTreeSet<String> {
    title_names(source)
        .chain(names_in(source).map(|(_, name)| name))
        .flat_map(|name| align::name_stems(&name.text))
        .collect()
}

/// Whether `source`'s text names no one: no name but months and weekdays.
fn names_no_one(source: &Source) -> bool {
    names_in(source).next().is_none()
}

/// The names `source`'s sentences give, months and weekdays aside, each
/// with where its sentence starts.
fn names_in(source: &Source) -> impl Iterator<Item = (usize, factcheck_claims::Entity)> + '_ {
    let text = &source.document.text;
    source.sentences.iter().flat_map(move |s| {
        find_entities(&text[s.start..s.end], s.start)
            .into_iter()
            .filter(|e| !is_month_or_weekday(&e.text.to_lowercase()))
            .map(move |e| (s.start, e))
    })
}

/// How far apart, in days, an archived source and the article may be
/// published for their shared words alone to tie them to one story.
pub const SAME_STORY_DAYS: i64 = 7;

/// How far apart, in days, an archived report that names no one and the
/// article may be published for their shared words to tie them: a
/// statistics release or a watchdog's report is news for weeks.
pub const UNNAMED_REPORT_DAYS: i64 = 60;

/// Whether both are dated and published within `days` of each other:
/// reports of one event cluster in time, so an archived report of the same
/// week that shares the article's words is taken to tell its story even
/// when it names no one the article names ("the former councillor" for a
/// named one).
fn published_close(article: &Document, source: &Document, days: i64) -> bool {
    match (article.published, source.published) {
        (Some(a), Some(s)) => (a - s).num_days().abs() <= days,
        _ => false,
    }
}

/// Whether a source is about the article's story: they share at least four
/// content words, and those make up a fair part of the source's vocabulary
/// (the caller also asks for one of the article's names). A note of a
/// sentence or two ("The unemployment rate was 5.8% in the quarter") has
/// few words to share: three will do when they are half of its own.
fn tells_same_story(article: &BTreeSet<String>, source: &BTreeSet<String>) -> bool {
    let shared = article.intersection(source).count();
    let short_note = shared == 3 && shared * 2 >= source.len();
    (shared >= 4 || short_note) && shared * 100 >= source.len().min(article.len()) * 15
}

/// How a source stands to the article's story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Story {
    /// Another story: only its sentences that name the claim's names speak
    /// to it.
    Other,
    /// The article's story: shared words, and a shared name, the article's
    /// sources or a report of the same week.
    Same,
    /// Shared words in an archived report that names no one, published
    /// within [`UNNAMED_REPORT_DAYS`] of the article: reports of one kind
    /// of event read alike, so its figures may support a claim but never
    /// contradict one.
    Unnamed,
}

/// The article's content-word stems and the stems of the names it gives.
struct ArticleWords {
    /// When the article was published: an undated claim is as of then.
    published: Option<chrono::NaiveDate>,
    stems: BTreeSet<String>,
    names: BTreeSet<String>,
}

fn check_claim(
    article_text: &str,
    article: &ArticleWords,
    claim: &Claim,
    sources: &[Source],
    stories: &[Story],
    candidates: &[Vec<Span>],
    siblings: &[&Quantity],
) -> CheckedClaim {
    let context = align::FigureContext::of(article_text, claim, None);
    let evidence: Vec<Evidence> = sources
        .iter()
        .zip(stories)
        .zip(candidates)
        .filter_map(|((s, &story), sentences)| match claim.kind {
            ClaimKind::Quote => quote_evidence(claim, s),
            ClaimKind::Event => event_evidence(claim, s, sentences),
            _ => figure_evidence(claim, &context, s, story, sentences, article, siblings),
        })
        .collect();
    let evidence = without_other_magnitudes(claim, evidence);
    let supporting: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| e.stance == Stance::Supports)
        .collect();
    let contradicting: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| e.stance == Stance::Contradicts)
        .collect();
    let verdict = match (supporting.is_empty(), contradicting.is_empty()) {
        (false, true) => Verdict::Supported,
        (true, false) => Verdict::Contradicted,
        (false, false) => Verdict::Conflicting,
        (true, true) => Verdict::NotEnoughInfo,
    };
    // Copies of one story count once.
    let independent = |evidence: &[&Evidence]| {
        evidence
            .iter()
            .filter_map(|e| sources.iter().find(|s| s.id == e.source).map(|s| &s.group))
            .collect::<BTreeSet<_>>()
            .len()
    };
    let confidence = match verdict {
        Verdict::Supported => agreement_confidence(independent(&supporting)),
        Verdict::Contradicted => agreement_confidence(independent(&contradicting)),
        Verdict::Conflicting => {
            let (a, b) = (
                independent(&supporting) as f64,
                independent(&contradicting) as f64,
            );
            0.5 * a.max(b) / (a + b)
        }
        Verdict::NotEnoughInfo => 0.0,
    };
    let explanation = if evidence.is_empty() {
        format!("no source speaks of {}", subject_line(claim))
    } else {
        evidence
            .iter()
            .map(|e| {
                let label = sources
                    .iter()
                    .find(|s| s.id == e.source)
                    .map(Source::label)
                    .unwrap_or_else(|| e.source.to_string());
                format!("{label}: {}", e.explanation)
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    CheckedClaim {
        claim: claim.clone(),
        verdict,
        confidence: (confidence * 100.0).round() / 100.0,
        explanation,
        evidence,
    }
}

/// Whether the source figure `q` restates `figure`, another figure of the
/// claim's sentence: the same value, or one its exact or approximate
/// value agrees with ("about 52,100" and "52,087"; not "more than 46,000"
/// and any larger number).
fn restates(q: &Quantity, figure: &Quantity) -> bool {
    q.kind == figure.kind
        && (q.value == figure.value && q.unit == figure.unit
            || matches!(figure.bound, Bound::Exact | Bound::Approximately)
                && compare(figure, q).agreement == Agreement::Agrees)
}

/// Where a source agrees with the claim, another's figure ten times
/// larger or smaller speaks of something else (a smaller, earlier incident
/// of "12,000 customers" beside the "4.27 million" of this one), not
/// against it: a dispute is over figures of one size.
fn without_other_magnitudes(claim: &Claim, evidence: Vec<Evidence>) -> Vec<Evidence> {
    let Some(cq) = claim.quantity.as_ref() else {
        return evidence;
    };
    if !evidence.iter().any(|e| e.stance == Stance::Supports) {
        return evidence;
    }
    let other_size = |q: &Quantity| times_apart(cq, q, 10);
    evidence
        .into_iter()
        .filter(|e| e.stance != Stance::Contradicts || !e.quantity.as_ref().is_some_and(other_size))
        .collect()
}

/// Whether two figures of one kind are twenty or more times apart: "six
/// million" people and "71,000 people" added by migration count different
/// things, whatever their nouns; a dispute is over figures of one size.
fn of_another_size(claim: &Quantity, source: &Quantity) -> bool {
    matches!(claim.kind, QuantityKind::Cardinal | QuantityKind::Money)
        && times_apart(claim, source, 20)
}

/// Whether two figures of one kind, neither zero, are `factor` or more
/// times apart.
fn times_apart(a: &Quantity, b: &Quantity, factor: u32) -> bool {
    let (x, y) = (a.value.abs(), b.value.abs());
    let factor = factcheck_quantities::rust_decimal::Decimal::from(factor);
    a.kind == b.kind && !x.is_zero() && !y.is_zero() && (x >= y * factor || y >= x * factor)
}

/// Confidence from the number of independent sources (near-duplicates
/// count once) that agree with each other: one 0.6, two 0.8, three or more 0.9.
fn agreement_confidence(n: usize) -> f64 {
    match n {
        0 => 0.0,
        1 => 0.6,
        2 => 0.8,
        _ => 0.9,
    }
}

fn subject_line(claim: &Claim) -> String {
    match (&claim.quantity, &claim.measured) {
        (Some(q), Some(m)) => format!("“{} {}”", q.text, m.phrase),
        (Some(q), None) => format!("“{}”", q.text),
        _ => format!("“{}”", claim.text),
    }
}

/// The best figure in `source`'s candidate `sentences` that speaks of the
/// same thing as the claim. Rival figures (for subject binding) are drawn
/// from the whole source.
fn figure_evidence(
    claim: &Claim,
    context: &align::FigureContext,
    source: &Source,
    story: Story,
    sentences: &[Span],
    article: &ArticleWords,
    siblings: &[&Quantity],
) -> Option<Evidence> {
    if sentences.is_empty() {
        return None;
    }
    let cq = claim.quantity.as_ref()?;
    let names_subject = source_names_subject(claim, source, &article.names);
    // A party's own statement tells its side of the story: "the Metropolitan
    // Police said it had taken 6,000 knives" and the Metropolitan Police's
    // "our officers have removed 5,100 knives".
    let same_story = story != Story::Other || published_by_subject(claim, &source.document);
    let candidates: Vec<align::Candidate<'_>> = source
        .claims
        .iter()
        .zip(&source.contexts)
        .map(|(claim, context)| align::Candidate {
            claim,
            context,
            sentence: &source.document.text[claim.sentence.start..claim.sentence.end],
            published: source.document.published_date(),
            given: !source.archived,
            document_stems: &source.stems,
        })
        .collect();
    let rivals: Vec<&align::Candidate<'_>> = candidates.iter().collect();
    let mut ties: Vec<(&align::Candidate<'_>, &Quantity, align::Tie)> = Vec::new();
    for candidate in &candidates {
        let sc = candidate.claim;
        let Some(sq) = sc.quantity.as_ref() else {
            continue;
        };
        let in_candidates = sentences.iter().any(|s| s.overlaps(sc.sentence));
        if !in_candidates {
            continue;
        }
        // The figure of another party the article never names, in a source
        // that never names the claim's: "Corvan's profit rose 18%" says
        // nothing of Brightwell's.
        let other_party = sc.subject.as_deref().is_some_and(|owner| {
            let stems = align::name_stems(owner);
            owner.contains(' ') && !stems.is_empty() && stems.is_disjoint(&article.stems)
        });
        if other_party && !names_subject {
            continue;
        }
        if let Some(tie) = align::alignment(
            claim,
            context,
            article.published,
            candidate,
            &rivals,
            same_story,
        ) {
            ties.push((candidate, sq, tie));
        }
    }
    // "The union rejected a pay award of 4.5% and had called for a rise of
    // 9%": a sentence that restates the claim's figure as closely tied as
    // another of its figures does not contradict it with that other one.
    let restated_in = |sentence: Span, score: usize| {
        ties.iter().any(|(c, q, t)| {
            c.claim.sentence == sentence
                && t.score >= score
                && q.kind == cq.kind
                && q.value == cq.value
                && q.upper == cq.upper
                && q.unit == cq.unit
                && q.currency == cq.currency
        })
    };
    // "Registrations of electric cars rose to 52,100, while the market
    // was flat at about 223,000": a source figure that agrees with another
    // figure of the claim's sentence is that one's, not evidence against
    // this one.
    let a_siblings = |sq: &Quantity| siblings.iter().any(|o| restates(sq, o));
    // "won 11 of their 15 league games" and "11 wins … from 15 games": a
    // source sentence that restates the claim's other figures is more
    // likely the claim's.
    let restated_siblings = |figure: &Claim| {
        siblings
            .iter()
            .filter(|o| {
                candidates.iter().any(|c| {
                    c.claim.sentence == figure.sentence
                        && c.claim.id != figure.id
                        && c.claim.quantity.as_ref().is_some_and(|q| restates(q, o))
                })
            })
            .count()
    };
    let mut best: Option<(usize, Evidence)> = None;
    for &(candidate, sq, tie) in &ties {
        let sc = candidate.claim;
        // "At least 14 people have died" is no "8,400 residents have been
        // evacuated": figures of another size neither support nor
        // contradict.
        if of_another_size(cq, sq) {
            continue;
        }
        let score = tie.score + 2 * restated_siblings(sc);
        // "prices rose 2.4%" and "inflation fell to 2.4%": against a
        // change, a level of a change is read as that change.
        let claim_read = sq.change.and_then(|_| as_change(cq, claim));
        let source_read = cq.change.and_then(|_| as_change(sq, sc));
        let claim_read = claim_read.as_ref().unwrap_or(cq);
        let source_read = source_read.as_ref().unwrap_or(sq);
        let mut comparison = compare(claim_read, source_read);
        // "fell by a third" or "lost 31 seats" against "88, down from
        // 119": the source's level and its baseline make the change.
        if comparison.agreement == Agreement::Incomparable
            || cq.change.is_some() && source_read.change.is_none()
        {
            if let Some(span) = change_from_baseline(sq, candidate, &candidates) {
                let of_change = compare(cq, &span);
                if of_change.agreement != Agreement::Incomparable {
                    comparison = of_change;
                }
            }
        }
        let stance = match comparison.agreement {
            Agreement::Agrees => Stance::Supports,
            Agreement::Disagrees
                if tie.may_contradict
                    && story != Story::Unnamed
                    && !restated_in(sc.sentence, score)
                    && !a_siblings(sq) =>
            {
                Stance::Contradicts
            }
            Agreement::Disagrees | Agreement::Incomparable => continue,
        };
        // Of two figures tied as closely, the one that agrees is the likelier
        // meant: claims are more often right than wrong.
        let better = best.as_ref().is_none_or(|(s, e)| {
            *s < score
                || *s == score && e.stance == Stance::Contradicts && stance == Stance::Supports
        });
        if !better {
            continue;
        }
        let span = sc.sentence;
        best = Some((
            score,
            Evidence {
                source: source.id.clone(),
                quote: source.document.text[span.start..span.end].to_string(),
                span,
                stance,
                quantity: Some(sq.clone()),
                explanation: comparison.explanation,
            },
        ));
    }
    best.map(|(_, e)| e)
}

/// A level figure whose measured thing names a change ("inflation",
/// "growth") read as that change, rising or falling with its sign; `None`
/// when it is already a change or names none.
fn as_change(q: &Quantity, of: &Claim) -> Option<Quantity> {
    let head = of.measured.as_ref()?.head.as_str();
    (q.change.is_none() && align::names_a_change(head)).then(|| Quantity {
        change: Some(if q.value.is_sign_negative() {
            Direction::Decrease
        } else {
            Direction::Increase
        }),
        ..q.clone()
    })
}

/// The change from a baseline figure of the same sentence ("down from
/// 62,000") to the figure `level` of `candidate`, as a from-to span.
fn change_from_baseline(
    level: &Quantity,
    candidate: &align::Candidate<'_>,
    candidates: &[align::Candidate<'_>],
) -> Option<Quantity> {
    if level.change.is_some() || level.is_range() {
        return None;
    }
    let base = candidates.iter().find_map(|other| {
        let q = other.claim.quantity.as_ref()?;
        (other.context.baseline
            && other.claim.sentence == candidate.claim.sentence
            && q.kind == level.kind
            && q.currency == level.currency
            && q.unit == level.unit
            && q.value != level.value)
            .then_some(q)
    })?;
    let rose = level.value > base.value;
    Some(Quantity {
        value: level.value.min(base.value),
        upper: Some(level.value.max(base.value)),
        change: Some(if rose {
            Direction::Increase
        } else {
            Direction::Decrease
        }),
        text: format!("{} (from {})", level.text, base.text),
        ..level.clone()
    })
}

/// The stems that tell the claim's subject apart (empty without one).
fn subject_stems(claim: &Claim) -> BTreeSet<String> {
    claim
        .subject
        .as_deref()
        .map(align::name_stems)
        .unwrap_or_default()
}

/// Whether the claim's subject published `source`.
fn published_by_subject(claim: &Claim, source: &Document) -> bool {
    let subject = subject_stems(claim);
    !subject.is_empty()
        && source
            .publisher
            .as_deref()
            .is_some_and(|p| subject.is_subset(&align::name_stems(p)))
}

/// Whether `source` (its text, title or publisher) names the claim's
/// subject, or for a claim without one, any name the article gives.
fn source_names_subject(claim: &Claim, source: &Source, article_names: &BTreeSet<String>) -> bool {
    let subject = subject_stems(claim);
    // A claim that names no one is the article's: its names stand for it.
    let wanted = if subject.is_empty() {
        article_names
    } else {
        &subject
    };
    wanted.is_empty()
        || !wanted.is_disjoint(&source.stems)
        || [&source.document.title, &source.document.publisher]
            .into_iter()
            .flatten()
            .any(|t| !align::name_stems(t).is_disjoint(wanted))
}

/// The sentence among `source`'s candidate `sentences` that states the
/// claim's event (support) or its negation (contradiction).
fn event_evidence(claim: &Claim, source: &Source, sentences: &[Span]) -> Option<Evidence> {
    let found = event::event_match(claim, &source.document.text, sentences, |span| {
        source
            .sentences
            .binary_search_by_key(&span.start, |s| s.start)
            .ok()
            .map(|i| source.sentence_terms[i].terms.clone())
    })?;
    let action = claim.action.as_ref()?;
    let explanation = if found.agrees {
        format!("states the same event ({} {})", found.verb, action.object)
    } else {
        format!("states the opposite ({} negated)", found.verb)
    };
    Some(Evidence {
        source: source.id.clone(),
        quote: source.document.text[found.span.start..found.span.end].to_string(),
        span: found.span,
        stance: if found.agrees {
            Stance::Supports
        } else {
            Stance::Contradicts
        },
        quantity: None,
        explanation,
    })
}

/// Lowercase words of a text with quotation marks and punctuation removed.
fn quote_words(text: &str) -> Vec<String> {
    words(text)
        .iter()
        .map(|w| w.text.to_lowercase().replace('’', "'"))
        .collect()
}

/// Verbatim (normalized) match of a quote in a source, or a near match that
/// changes words (an altered quote).
fn quote_evidence(claim: &Claim, source: &Source) -> Option<Evidence> {
    let wanted = quote_words(&claim.text);
    if wanted.len() < 4 {
        return None;
    }
    let text = &source.document.text;
    let mut best: Option<(f64, Span)> = None;
    for s in &source.sentences {
        // Quotes may run over sentences: compare against a window of up to three.
        let window_end = source
            .sentences
            .iter()
            .filter(|t| t.start >= s.start)
            .take(3)
            .map(|t| t.end)
            .last()
            .unwrap_or(s.end);
        let span = Span::new(s.start, window_end);
        let have = quote_words(&text[span.start..span.end]);
        if contains_run(&have, &wanted) {
            let exact = source
                .sentences
                .iter()
                .filter(|t| t.start >= s.start && t.end <= window_end)
                .find(|t| contains_run(&quote_words(&text[t.start..t.end]), &wanted))
                .copied()
                .unwrap_or(span);
            return Some(Evidence {
                source: source.id.clone(),
                quote: text[exact.start..exact.end].to_string(),
                span: exact,
                stance: Stance::Supports,
                quantity: None,
                explanation: "the quote appears verbatim".into(),
            });
        }
        let sentence_words = quote_words(&text[s.start..s.end]);
        let similarity = overlap(&wanted, &sentence_words);
        if similarity >= 0.6 && best.is_none_or(|(b, _)| similarity > b) {
            best = Some((similarity, *s));
        }
    }
    // A source that quotes only part of it, word for word ("called it
    // “the greatest night in our sporting history”"), confirms that part
    // and alters nothing: it supports a quote it gives the most of.
    let part = find_quotes(text)
        .into_iter()
        .map(|q| (quote_words(&q.text), q))
        .filter(|(words, _)| words.len() >= 4 && contains_run(&wanted, words))
        .map(|(words, q)| (words.len(), q))
        .max_by_key(|(len, q)| (*len, std::cmp::Reverse(q.span.start)));
    if let Some((len, part)) = part {
        let share = len as f64 / wanted.len() as f64;
        let sentence = source
            .sentences
            .iter()
            .find(|s| s.start <= part.span.start && part.span.start < s.end)
            .copied()
            .unwrap_or(part.span);
        return (share >= 0.5).then(|| Evidence {
            source: source.id.clone(),
            quote: text[sentence.start..sentence.end].to_string(),
            span: sentence,
            stance: Stance::Supports,
            quantity: None,
            explanation: format!(
                "the source quotes {:.0}% of it verbatim: “{}”",
                share * 100.0,
                part.text.trim()
            ),
        });
    }
    let (similarity, span) = best?;
    Some(Evidence {
        source: source.id.clone(),
        quote: text[span.start..span.end].to_string(),
        span,
        stance: Stance::Contradicts,
        quantity: None,
        explanation: format!(
            "altered quote: the source has “{}” ({:.0}% of the quote's words match)",
            text[span.start..span.end].trim(),
            similarity * 100.0
        ),
    })
}

fn contains_run(have: &[String], wanted: &[String]) -> bool {
    wanted.len() <= have.len() && have.windows(wanted.len()).any(|w| w == wanted)
}

/// Share of `wanted`'s words found in `have`.
fn overlap(wanted: &[String], have: &[String]) -> f64 {
    let have: BTreeSet<&String> = have.iter().collect();
    let hits = wanted.iter().filter(|w| have.contains(w)).count();
    hits as f64 / wanted.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(location: &str, text: &str) -> Document {
        let mut d = Document::from_text(location, text);
        d.published = chrono::DateTime::parse_from_rfc3339("2025-03-11T09:00:00Z").ok();
        d
    }

    fn verify_text(article: &str, sources: &[&str]) -> Vec<CheckedClaim> {
        let article = doc("a.txt", article);
        let claims = extract_claims(&article);
        let sources = number_sources(
            sources
                .iter()
                .enumerate()
                .map(|(i, s)| doc(&format!("s{i}.txt"), s))
                .collect(),
        );
        verify(&article, &claims, &sources)
    }

    fn verdicts(article: &str, sources: &[&str]) -> Vec<Verdict> {
        verify_text(article, sources)
            .iter()
            .map(|c| c.verdict)
            .collect()
    }

    /// The figures' verdicts against one archived source published at
    /// `published` (RFC 3339).
    fn against_archived(
        article: &Document,
        claims: &[Claim],
        report: &str,
        published: &str,
    ) -> Vec<(String, Verdict)> {
        let mut source = doc("archive/report.txt", report);
        source.published = chrono::DateTime::parse_from_rfc3339(published).ok();
        let mut sources = number_sources(vec![source]);
        sources[0].archived = true;
        verify(article, claims, &sources)
            .iter()
            .filter_map(|c| Some((c.claim.quantity.as_ref()?.text.clone(), c.verdict)))
            .collect()
    }

    #[test]
    fn agreeing_contradicting_and_conflicting_sources() {
        let article = "It was Ana Ruiz's third visit to Peru since 2019.";
        let agree = "Ruiz arrived in Lima on her third trip to Peru since 2019.";
        let disagree = "It is the second visit by Ruiz to Peru since 2019.";
        assert_eq!(verdicts(article, &[agree]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[disagree]), [Verdict::Contradicted]);
        assert_eq!(
            verdicts(article, &[agree, disagree]),
            [Verdict::Conflicting]
        );
    }

    #[test]
    fn a_share_is_of_its_own_group_of_people() {
        // The whole's qualifiers stand between the share and what they did;
        // the same survey's share of women is no share of all adults.
        let article = "The share of adults in Ostland who cycle to work rose to 8.4% in 2024.";
        let survey = "In 2024, 8.4% of Ostland adults aged 16 and over cycled to work. \
                      Among women, 10.2% cycled to work, compared with 6.9% of men.";
        assert_eq!(verdicts(article, &[survey]), [Verdict::Supported]);
        let by_sex = "In 2024, 10.2% of women cycled to work in Ostland.";
        assert_eq!(verdicts(article, &[by_sex]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_change_on_a_stated_period_is_not_refuted_by_one_on_no_period() {
        let article = "Compared with a year earlier, Ostland's exports were 4.2% higher.";
        let monthly = "Ostland's exports rose 0.6% in March.";
        let annual = "Ostland's exports rose 3.1% on a year earlier.";
        assert_eq!(verdicts(article, &[monthly]), [Verdict::NotEnoughInfo]);
        assert_eq!(verdicts(article, &[annual]), [Verdict::Contradicted]);
    }

    #[test]
    fn two_hedged_figures_far_apart_disagree() {
        let article = "Flooding affects around 52,000 homes in Ostland.";
        let source = "About 61,000 homes in Ostland are at risk of flooding.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Contradicted]);
    }

    #[test]
    fn a_rate_over_time_is_one_figure_however_written() {
        let article = "Average rents in Ostmark rose to 980 florins a month.";
        let source = "Average rents in Ostmark reached 980 florins per month.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
    }

    #[test]
    fn a_figure_of_another_place_in_the_source_is_no_refutation() {
        let article = "Average rents in Ostmark rose 6.1% in the year to June, to 980 florins.";
        let source = "Average rents rose by 6.1% in the 12 months to June, to 980 florins. \
                      Rents in Veldt increased by 9.4% to 1,420 florins.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Supported, Verdict::Supported]
        );
    }

    #[test]
    fn a_relative_clause_keeps_its_own_tense() {
        let article = "Ostmark Rail, which opened its 12th line in May, plans to build more.";
        let source = "Ostmark Rail opened its 12th line in May.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
    }

    #[test]
    fn a_short_note_tells_the_story_with_fewer_words() {
        let stems =
            |words: &[&str]| -> BTreeSet<String> { words.iter().map(|w| w.to_string()).collect() };
        let article = stems(&[
            "unemploy", "rate", "quarter", "economi", "grew", "spend", "invest", "minist",
        ]);
        // Three shared words are most of a note's own.
        assert!(tells_same_story(
            &article,
            &stems(&["unemploy", "rate", "quarter", "offic"])
        ));
        // In a longer report they may be chance.
        let report = stems(&[
            "unemploy", "rate", "quarter", "harbour", "ship", "cargo", "crane", "dock",
        ]);
        assert!(!tells_same_story(&article, &report));
    }

    #[test]
    fn a_figure_the_source_gives_another_party_is_no_refutation() {
        // The report names the claim's player, but gives the three tries to
        // his team.
        let article = "Winger Jo Ostrander scored two tries in the final.";
        let report = "Ostmark Rovers scored three tries in the final. Jo Ostrander crossed \
                      twice.";
        assert!(!verdicts(article, &[report]).contains(&Verdict::Contradicted));
        // A report that never names him may be speaking of him.
        let vague = "He scored three tries in the final, said Ostmark Rovers.";
        assert_eq!(verdicts(article, &[vague]), [Verdict::Contradicted]);
    }

    #[test]
    fn a_span_of_time_is_not_known_by_whose_it_is_alone() {
        // A gap between areas is no life expectancy, though both are
        // "for men".
        let article = "The gap between the richest and poorest areas was 9.4 years for men.";
        let source = "Life expectancy at birth in Ostmark was 76.4 years for men.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_bound_is_met_by_the_figure_of_its_own_size_and_sense() {
        // "8,400 residents" meets "at least 14" but counts something else;
        // "Fourteen deaths" is what "14 people have died" counts.
        let article = "At least 14 people have died in the Ost floods.";
        let source = "In the Ost floods 8,400 residents have been evacuated. Fourteen \
                      deaths have been confirmed in the Ost floods and three people remain \
                      missing.";
        let checked = verify_text(article, &[source]);
        assert_eq!(checked[0].verdict, Verdict::Supported);
        let evidence = checked[0].evidence[0]
            .quantity
            .as_ref()
            .map(|q| q.text.as_str());
        assert_eq!(evidence, Some("Fourteen"));
        assert_eq!(
            verdicts(
                "At least 14 people were evacuated from Ost.",
                &["In Ost 8,400 residents were evacuated."]
            ),
            [Verdict::NotEnoughInfo]
        );
    }

    #[test]
    fn a_target_is_not_a_level() {
        let article = "Estavia's central bank, which targets inflation of 2%, met on Monday.";
        let level = "In Estavia, inflation was 2.1% in August.";
        assert_eq!(verdicts(article, &[level]), [Verdict::NotEnoughInfo]);
        let target = "The Estavia central bank's inflation target is 2%.";
        assert_eq!(verdicts(article, &[target]), [Verdict::Supported]);
    }

    #[test]
    fn a_generic_head_is_known_by_its_qualifiers_on_either_side() {
        let cases = verdicts(
            "Cases have risen by 40% in the past week in Varesh.",
            &["Weekly case numbers in Varesh rose by 40%."],
        );
        assert_eq!(cases, [Verdict::Supported]);
    }

    #[test]
    fn a_given_background_source_may_restate_a_figure_of_the_claims_thing() {
        let article = "Title: Fees to rise\n\nTuition fees will rise next year. \
                       Student numbers reached a record 2.9 million in 2025.";
        let background = "Title: Sustainability of providers\n\nWe forecast that 43% of \
                          providers will be in deficit. There were 2.9 million students in 2025.";
        assert_eq!(verdicts(article, &[background]), [Verdict::Supported]);
        // ... but never contradicts it.
        let other = background.replace("2.9 million", "3.4 million");
        assert_eq!(verdicts(article, &[&other]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn parts_of_one_whole_meet_whatever_qualifies_the_source_whole() {
        let article = "Marsh has won 38 of his last 40 matches.";
        let source = "Marsh has won 36 of his last 40 matches on clay.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Contradicted, Verdict::Supported]
        );
    }

    #[test]
    fn what_is_left_and_ranks_in_other_sets_are_not_checked_by_what_was_done() {
        let left = "There are seven races left this season.";
        let won = "Moreau has won six races this season.";
        assert_eq!(verdicts(left, &[won]), [Verdict::NotEnoughInfo]);
        // ("only 68% of flights left on time" left.)
        let flights = verdicts(
            "Only 68% of flights left on time in July.",
            &["In July, 71% of flights left on time."],
        );
        assert_eq!(flights, [Verdict::Contradicted]);
        let season = "Moreau won on Sunday, his sixth victory of the season.";
        let venue = "It was his second victory at Monza.";
        assert_eq!(verdicts(season, &[venue]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn shares_of_a_group_that_did_different_things_do_not_meet() {
        let article = "In Norland, 76% of patients were seen within four hours.";
        let waiting = "In Norland, 58.9% of patients waited less than 18 weeks.";
        assert_eq!(verdicts(article, &[waiting]), [Verdict::NotEnoughInfo]);
        let seen = "In Norland, 71% of patients were seen within four hours.";
        assert_eq!(verdicts(article, &[seen]), [Verdict::Contradicted]);
    }

    #[test]
    fn an_undated_rank_is_not_contradicted_by_one_of_long_ago() {
        let article = "Otters were found at 90% of sites in Wenlow county. Volunteers \
                       checked 900 sites, the fifth such survey since records began.";
        let source = "Otters were found at 90% of the 900 Wenlow sites. In the first \
                      survey, in 1977, otters were found at only 5% of sites.";
        let fifth = verify_text(article, &[source])
            .into_iter()
            .find(|c| c.claim.quantity.as_ref().is_some_and(|q| q.text == "fifth"))
            .map(|c| c.verdict);
        assert_eq!(fifth, Some(Verdict::NotEnoughInfo));
    }

    #[test]
    fn figures_twenty_times_apart_count_different_things() {
        let article = "Norland's population passed 6,000,000 people last year.";
        let source = "Migration added 71,000 people to Norland's population last year.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn figures_of_periods_of_other_lengths_or_other_people_do_not_contradict() {
        let year = "Norland's trains carried 1.74 billion passengers in the year to March.";
        let half = "Norland's trains carried 411.6 million passengers between January and June.";
        assert_eq!(verdicts(year, &[half]), [Verdict::NotEnoughInfo]);
        let grew = "Norland's population grew by 1.1% last year.";
        let injured = "Last year 29,500 people in Norland were seriously injured, down 5%.";
        assert_eq!(verdicts(grew, &[injured]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_change_of_a_thing_meets_the_growth_in_it() {
        let article = "In Norland, regular pay grew 4.2% a year.";
        let source = "In Norland, annual growth in regular pay was 4.6%.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Contradicted]);
    }

    #[test]
    fn an_archived_report_of_the_same_week_tells_the_story_without_its_names() {
        let article = doc(
            "a.txt",
            "Judge Amara Okafor fined the Dunmore haulage firm after a depot fire. \
             The inquest into the depot fire ran for six weeks and heard 31 witnesses.",
        );
        let claims = extract_claims(&article);
        let report = "The inquest into the haulage depot fire lasted six weeks, \
                      hearing from 31 witnesses before the firm was fined.";
        let verdicts_with =
            |published: &str| against_archived(&article, &claims, report, published);
        let figures = |verdict| {
            vec![
                ("six weeks".to_string(), verdict),
                ("31".to_string(), verdict),
            ]
        };
        // Four days before the article (dated 2025-03-11): the same story.
        assert_eq!(
            verdicts_with("2025-03-07T09:00:00Z"),
            figures(Verdict::Supported)
        );
        // Two years before, naming no one the article names: another inquest.
        assert_eq!(
            verdicts_with("2023-03-07T09:00:00Z"),
            figures(Verdict::NotEnoughInfo)
        );
    }

    #[test]
    fn an_archived_report_of_the_same_week_about_another_party_is_another_story() {
        let article = doc(
            "a.txt",
            "Harwick agreed to buy the retailer Pellow on Monday. The combined \
             company would employ as many as 2,500 staff across its stores.",
        );
        let claims = extract_claims(&article);
        let report = "On Friday, Dunstan said it employs 9,800 staff across its stores. \
                      Shares in Dunstan rose after the company said it would buy a retailer.";
        let verdicts = against_archived(&article, &claims, report, "2025-03-09T09:00:00Z");
        assert_eq!(
            verdicts,
            [("as many as 2,500".to_string(), Verdict::NotEnoughInfo)]
        );
    }

    #[test]
    fn where_the_claim_tells_two_parties_apart_the_other_ones_figure_is_not_meant() {
        let article = "Orvik's shares rose 12% on Monday, while Tessel's fell 3.5%.";
        let source = "Shares in Orvik climbed 9% after its merger with Tessel was \
                      announced. Tessel shares lost 3.5%.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Contradicted, Verdict::Supported]
        );
    }

    #[test]
    fn a_sum_of_money_about_the_same_party_supports_but_never_contradicts() {
        let article = "Veltra agreed to buy the chain Norhaven for $2.6 billion.";
        let same = "The deal values Norhaven at $2.6 billion.";
        let other = "The deal values Norhaven at $2.9 billion.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[other]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn people_counted_after_the_same_verb_support_but_never_contradict() {
        let article = "The Arnholt Group employs about 4,300 people.";
        let same = "The Arnholt Group employs around 4,300 engineers.";
        let fewer = "The Arnholt Group employs 900 engineers.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[fewer]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_count_tied_only_by_its_noun_cannot_contradict_a_more_qualified_claim() {
        let source = "Mervale Health runs the clinic network across the northern \
                      province. The network counts 1,150 clinics in all.";
        let qualified = "Mervale Health will shut about 60 rural clinics next year. \
                         Mervale Health runs the network across the northern province.";
        let plain = "Mervale Health counts about 60 clinics. Mervale Health runs \
                     the network across the northern province.";
        assert_eq!(verdicts(qualified, &[source]), [Verdict::NotEnoughInfo]);
        assert_eq!(verdicts(plain, &[source]), [Verdict::Contradicted]);
    }

    #[test]
    fn a_forecast_checks_a_plan_and_a_noun_of_forecast_makes_no_plan() {
        let article = "Norland's deficit will narrow to 2.1% of GDP in 2027.";
        let source = "Norland's deficit is projected at 2.4 per cent of GDP in 2027.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Contradicted]);
        let article = "Norland's employers added 210,000 jobs in March, beating forecasts.";
        let source = "In Norland, payroll employment rose by 212,000 in March.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
    }

    #[test]
    fn figures_in_one_unit_meet_without_naming_a_thing() {
        let article = "Floods have covered more than 41,000 hectares of the Saro delta since May.";
        let same = "Since May, floods have covered 41,650 hectares of the Saro delta.";
        let fewer = "Since May, floods have covered 28,300 hectares of the Saro delta.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[fewer]), [Verdict::Contradicted]);
    }

    #[test]
    fn the_same_measure_in_one_unit_names_one_thing_in_other_words() {
        let article = "Output rose, helped by 4.8 gigawatts of new turbines in Norland.";
        let same = "A further 4.8 GW of wind capacity was connected in Norland.";
        let other = "A further 3.1 GW of wind capacity was connected in Norland.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        // Named otherwise, another figure proves nothing.
        assert_eq!(verdicts(article, &[other]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_share_of_the_total_is_known_by_whose_it_is() {
        let article = "Norland's hydro dams supplied 29% of the total, the grid said.";
        let source = "Wind reached 41.3% of output in Norland, compared with 28.7% for hydro dams.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
        // "compared with 28.7% for hydro dams" sets another series beside
        // the figure; it is not where a change started.
        let article = "Norland's wind output rose 18% this year.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn registrations_are_what_was_registered_and_a_share_of_them_no_change() {
        let article = "In Norland, registrations of electric cars rose 39% to 52,100, \
                       while the market was flat at about 223,000 cars.";
        let source = "In Norland, 52,087 new electric cars were registered, an increase of 38.9%. \
                      In all, 222,846 new cars were registered in Norland.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Supported, Verdict::Supported, Verdict::Supported]
        );
        // A share of registrations, even with where it started, is no
        // change of registrations.
        let article = "Registrations of cars in Norland rose 39% this year.";
        let share = "In Norland, their share of all new registrations was 23.4% this year, \
                     compared with 17.8% last year.";
        assert_eq!(verdicts(article, &[share]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_threshold_is_not_a_level_and_shares_are_known_by_what_was_said() {
        let article = "Norland's coverage fell to 84%, below the 95% needed to stop outbreaks.";
        let source =
            "Coverage in Norland was 84.3%. Coverage of 95% is required to stop outbreaks.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Supported, Verdict::Supported]
        );
        let article = "In the Meridian poll, nearly two-thirds of voters said Norland was heading \
                       in the wrong direction.";
        let source = "In the Meridian poll, 64% of respondents said Norland was heading in the \
                      wrong direction.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
    }

    #[test]
    fn a_figure_of_another_size_beside_an_agreeing_source_speaks_of_something_else() {
        let article = "A cyberattack on Norvia exposed the data of 4.3 million customers.";
        let regulator = "The cyberattack on Norvia exposed data of 4.27 million customers.";
        let company = "Norvia reported an earlier cyberattack exposing data of 12,000 customers.";
        assert_eq!(
            verdicts(article, &[regulator, company]),
            [Verdict::Supported]
        );
        // Twenty or more times apart, alone it says nothing either.
        assert_eq!(verdicts(article, &[company]), [Verdict::NotEnoughInfo]);
        // Ten times apart it still contradicts, unless a source agrees.
        let tenfold = "Norvia reported a cyberattack exposing data of 430,000 customers.";
        assert_eq!(verdicts(article, &[tenfold]), [Verdict::Contradicted]);
    }

    #[test]
    fn a_source_sentence_restating_the_claims_other_figures_is_its() {
        let article = "Harbour City have won 11 of their 15 league games and conceded nine goals.";
        let source = "They are unbeaten in 14 league matches. \
                      They have 11 wins from 15 games and have conceded nine goals.";
        // The 15 is the "from 15 games" beside the 11 wins and nine goals,
        // not the 14 matches unbeaten.
        assert_eq!(verdicts(article, &[source])[1], Verdict::Supported);
    }

    #[test]
    fn an_undated_claim_is_as_of_its_article() {
        // The article is dated 2025-03-11: a count of a later period is
        // not the one it reports.
        let article = "Measles cases in Norland fell by a third, to 1,240.";
        let later = "As of 17 November 2025, 409 measles cases have been reported in Norland.";
        assert_eq!(
            verdicts(article, &[later]),
            [Verdict::NotEnoughInfo, Verdict::NotEnoughInfo]
        );
    }

    #[test]
    fn an_archived_report_that_names_no_one_may_support_but_not_contradict() {
        let article = doc(
            "a.txt",
            "Officials in Norland said about nine applicants competed for every medical school place.",
        );
        let claims = extract_claims(&article);
        let report = |n: &str| {
            format!("There were about {n} applicants for every medical school place this year.")
        };
        // A month before the article (dated 2025-03-11).
        assert_eq!(
            against_archived(&article, &claims, &report("nine"), "2025-02-10T09:00:00Z"),
            [("about nine".to_string(), Verdict::Supported)]
        );
        assert_eq!(
            against_archived(&article, &claims, &report("six"), "2025-02-10T09:00:00Z"),
            [("about nine".to_string(), Verdict::NotEnoughInfo)]
        );
        // A year before: another year's figures.
        assert_eq!(
            against_archived(&article, &claims, &report("nine"), "2024-02-10T09:00:00Z"),
            [("about nine".to_string(), Verdict::NotEnoughInfo)]
        );
    }

    #[test]
    fn a_level_of_a_change_is_that_change() {
        let article = "Consumer prices in Norland rose 2.4% in the year to September.";
        let same = "Twelve-month CPI inflation in Norland fell to 2.4% in September.";
        let other = "Twelve-month CPI inflation in Norland fell to 2.9% in September.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[other]), [Verdict::Contradicted]);
        let article = "The Norland bank expects the economy to grow by 1.1% next year.";
        let source = "The Norland bank projects GDP growth of 1.3% next year.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Contradicted]);
    }

    #[test]
    fn a_figure_of_a_narrower_thing_or_another_part_does_not_contradict() {
        // The source speaks of a kind the claim's sentence never names.
        let article = "Pellucid's shipments fell by 3% in the second quarter.";
        let source =
            "Pellucid said shipments of foldable devices more than doubled in the second quarter.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
        // A part is known by what it did.
        let article = "Seven of the nine members of the Norland committee voted for the cut.";
        let source = "Two members of the Norland committee preferred to hold rates.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
        // A share of a market is its owner's.
        let article = "Orvane kept its lead with a 21% share of the phone market.";
        let source = "Foldables now account for 2% of the phone market, analysts said.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_generic_noun_after_a_figure_names_no_other_thing() {
        let article = "Orvane shipped 63.4 million phones in the quarter.";
        let source = "Orvane led the market with 63.4 million units in the quarter.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
        let article = "Analysts expect Orvane's shipments to reach about 1.24 billion this year.";
        let source = "For this year, analysts forecast Orvane shipments of 1.23 billion units.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
    }

    #[test]
    fn people_are_known_by_what_befell_them_and_a_ratio_is_no_count() {
        let article = "More than 2,400 people were injured in the Tarvo quake.";
        let source = "Rescuers pulled 46 people alive from the rubble after the Tarvo quake.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
        let article = "Applications to Tarvo universities rose to a record 712,000.";
        let ratio = "There were about nine applicants for every place at Tarvo universities.";
        let count = "A record 712,340 people applied to Tarvo universities.";
        assert_eq!(verdicts(article, &[ratio]), [Verdict::NotEnoughInfo]);
        // A generic count takes its sense from the verb after it.
        assert_eq!(verdicts(article, &[count]), [Verdict::Supported]);
    }

    #[test]
    fn a_year_a_change_is_measured_over_does_not_date_it() {
        let article = "Tarvo welcomed 3.4 million tourists last year, 12% more than in 2023.";
        let source =
            "Tourists visiting Tarvo in 2024 totalled 3,412,000, an increase of 12.1% over 2023.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Supported, Verdict::Supported]
        );
    }

    #[test]
    fn an_undated_source_figure_is_as_of_its_report() {
        let article = doc(
            "a.txt",
            "Tarvo paid £68 million for Ruiz, more than double the £31 million it paid in 2022.\n\n\
             Two new Tarvo plants will add 1.5 GW of capacity in 2027.",
        );
        let claims = extract_claims(&article);
        // A 2022 report of £31 million is the figure compared with, and a
        // report from before 2027 tells of no capacity added then.
        let report =
            "Tarvo paid a record £31 million for Keller. Tarvo plants added 6.2 GW of capacity.";
        assert_eq!(
            against_archived(&article, &claims, report, "2022-07-15T09:00:00Z"),
            [
                ("£68 million".to_string(), Verdict::NotEnoughInfo),
                ("£31 million".to_string(), Verdict::Supported),
                ("Two".to_string(), Verdict::NotEnoughInfo),
                ("1.5 GW".to_string(), Verdict::NotEnoughInfo)
            ]
        );
    }

    #[test]
    fn an_age_only_meets_an_age() {
        let article = "Diaz, 24, scored 27 goals for Tarvo.";
        let source = "Diaz signed a five-year contract with Tarvo after scoring 27 goals.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::NotEnoughInfo, Verdict::Supported]
        );
    }

    #[test]
    fn a_specific_thing_is_meant_before_a_generic_one() {
        let article = "At least 9 people died and about 5,000 residents fled the floods.";
        let source = "Nine people lost their lives. Around 5,000 residents fled the floods.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Supported, Verdict::Supported]
        );
    }

    #[test]
    fn a_generic_count_takes_its_sense_from_the_verb_and_an_outcome_no_plan() {
        let article = "Tarnwell employed 12,400 people at the end of its last financial year.";
        let same = "Tarnwell had 12,400 full-time employees as of January 31.";
        let plan = "Tarnwell will reduce its workforce by about 1,000 employees.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[plan]), [Verdict::NotEnoughInfo]);
        // Jobs that may go are no count of the people employed.
        assert_eq!(verdicts(article, &[same, plan]), [Verdict::Supported]);
    }

    #[test]
    fn a_sentence_restating_the_claims_figure_does_not_contradict_it() {
        let article = "The ministry offered teachers a 3.5% rise for this year.";
        let source =
            "The teachers' union rejected a pay award of 3.5% and had called for a rise of 8%.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_share_of_a_whole_is_that_percentage_of_it() {
        let article = "Analysts said Orvane's share of the smartphone market slipped to 12%.";
        let same = "Orvane holds 12% of the smartphone market, analysts estimate.";
        let other = "Orvane holds 15% of the smartphone market, analysts estimate.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[other]), [Verdict::Contradicted]);
    }

    #[test]
    fn the_same_uncommon_figure_in_a_sentence_of_the_same_event_supports() {
        let article = "Of the Brantley union's members who took part, 72% backed strike action.";
        let same =
            "Brantley union members voted for a strike: of those who voted, 72% supported it.";
        let unrelated = "Brantley union members met on Monday. Turnout at the meeting was 72%.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[unrelated]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_rank_is_of_the_things_qualified_before_or_after_the_noun() {
        let article = "It will be the first national teaching strike in Morvia since 2019.";
        let same = "It is the first national strike by teachers in Morvia since 2019.";
        let other = "It is the first national strike in Morvia since 2019.";
        assert_eq!(verdicts(article, &[same]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[other]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_multiple_of_a_thing_meets_the_same_multiple() {
        let article = "Losses in the Tarrow region were almost three times the average.";
        let source = "In the Tarrow region losses reached about 2.9 times the average.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
    }

    #[test]
    fn a_part_is_not_checked_by_a_whole_nor_a_level_by_its_baseline() {
        let article = "The plan was backed in 14 of the Tarsk region's 20 districts.";
        let source = "The plan won a majority in 13 of the 20 districts of Tarsk.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Contradicted, Verdict::Supported]
        );
        let article =
            "Turnout in Tarsk was 64.3%, up nearly nine points from the last vote in 2019.";
        let source = "Turnout in Tarsk at the 2019 vote was 55.6%.";
        assert_eq!(verdicts(article, &[source])[0], Verdict::NotEnoughInfo);
    }

    #[test]
    fn a_change_by_a_share_after_its_verb_and_object_is_a_change() {
        let article = "The Halvex pill reduced the risk of stroke in older patients by 25%.";
        let source = "Halvex gave a relative risk reduction of 21% for stroke.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Contradicted]);
    }

    #[test]
    fn a_run_of_years_is_checked_like_any_rank() {
        let article = "It is the fourth year in a row that the Ardle has burst its banks.";
        let source = "This is the third consecutive year in which the Ardle has burst its banks.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Contradicted]);
    }

    #[test]
    fn a_generic_word_in_a_name_ties_no_two_companies() {
        let article = "Halden Bank raised its deposit rate to 4.5% on Monday.";
        let source = "Corvel Bank raised its deposit rate to 4.75% on Monday.";
        assert_eq!(verdicts(article, &[source]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn of_two_counts_of_one_thing_the_equally_qualified_one_is_meant() {
        let article = "Harlow have won eight straight away games and have scored \
                       41 goals in 30 matches.";
        let source = "Harlow have won their last eight away matches and have \
                      scored 41 goals in 30 games.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Supported, Verdict::Supported, Verdict::Supported]
        );
    }

    #[test]
    fn a_count_of_change_and_a_baseline_meet_their_own() {
        let article = "The Farmers' League lost 12 seats in the council election.";
        let source = "The Farmers' League won 40 seats in the council election, down from 52.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
        let article = "Turnout in the Harlow council election fell to 48.5%, down from 53.2%.";
        let source =
            "Turnout in the Harlow council election was 48.5%, compared with 53.2% last time.";
        assert_eq!(
            verdicts(article, &[source]),
            [Verdict::Supported, Verdict::Supported]
        );
    }

    #[test]
    fn a_score_is_checked_against_the_same_sides() {
        let article = "Harlow beat Milton 3-1 at home on Saturday.";
        let win = "Harlow's 3-1 win over Milton on Saturday lifted them to third.";
        let other_result = "Harlow beat Milton 2-1 at home on Saturday.";
        let other_match = "Carden beat Milton 4-0 on Saturday.";
        assert_eq!(verdicts(article, &[win]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[other_result]), [Verdict::Contradicted]);
        assert_eq!(verdicts(article, &[other_match]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn same_numbers_about_other_things_are_not_evidence() {
        let article = "Trade between Chile and Peru rose 40% last year.";
        let distractor = "About 40% of households in Peru lack running water, and it was the third round of talks.";
        assert_eq!(verdicts(article, &[distractor]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_rate_is_the_share_of_those_counted_who_did_what_names_it() {
        let article = "The national pass rate for final-year school exams rose to 78.4% \
                       this year, the education ministry said.";
        let source = "This year 78.4 percent of candidates passed their final-year school \
                      exams, the education ministry said.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
        // The same share of something else is no evidence.
        let other = "This year 78.4 percent of candidates sitting final-year school exams \
                     were girls, the education ministry said.";
        assert_eq!(verdicts(article, &[other]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn a_change_is_checked_against_a_level_and_its_baseline() {
        let article = "The number of patients waiting for planned surgery at city \
                       hospitals fell by a third in 2024.";
        let source = "At the end of 2024, 41,200 patients were waiting for planned surgery \
                      at city hospitals, down from 62,000 a year earlier.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
        let halved = "At the end of 2024, 31,000 patients were waiting for planned surgery \
                      at city hospitals, down from 62,000 a year earlier.";
        assert_eq!(verdicts(article, &[halved]), [Verdict::Contradicted]);
    }

    #[test]
    fn another_partys_figures_are_no_evidence() {
        let article = "Brightwell Foods said its quarterly net profit rose 18% to $412 \
                       million on strong online grocery sales.";
        let rival = "Corvan Markets said its quarterly net profit rose 18% to $95 million \
                     on strong online grocery sales.";
        assert_eq!(
            verdicts(article, &[rival]),
            [Verdict::NotEnoughInfo, Verdict::NotEnoughInfo]
        );
        // The same figures from a source that names the company count.
        let own = "Brightwell Foods reported that quarterly net profit rose 18% to $412 \
                   million on strong online grocery sales.";
        assert_eq!(
            verdicts(article, &[own]),
            [Verdict::Supported, Verdict::Supported]
        );
    }

    #[test]
    fn figures_bind_to_their_own_subject() {
        let article = "Lind received 33.9 percent of the vote.";
        let source = "Ortiz received 61.8 percent of the vote and Lind 33.9 percent.";
        assert_eq!(verdicts(article, &[source]), [Verdict::Supported]);
        let wrong = "Ortiz received 33.9 percent of the vote and Lind 20.1 percent.";
        assert_eq!(verdicts(article, &[wrong]), [Verdict::Contradicted]);
    }

    #[test]
    fn quotes_verbatim_altered_or_missing() {
        let article = "“We will build four new bridges by next spring,” Ortiz said.";
        let exact = "Ortiz told the crowd: \"We will build four new bridges by next spring.\"";
        let altered = "Ortiz said: \"We will build two new bridges by next spring.\"";
        let found = verdicts(article, &[exact]);
        assert!(found.contains(&Verdict::Supported), "{found:?}");
        let found = verdicts(article, &[altered]);
        assert!(found.contains(&Verdict::Contradicted), "{found:?}");
        let article_doc = doc("a.txt", article);
        let sources = number_sources(vec![doc("s.txt", altered)]);
        let checked = verify(&article_doc, &extract_claims(&article_doc), &sources);
        let quote = checked
            .iter()
            .find(|c| c.claim.kind == ClaimKind::Quote)
            .expect("a quote claim");
        assert_eq!(
            quote.evidence[0].explanation,
            "altered quote: the source has “Ortiz said: \"We will build two new bridges by next spring.\"” (89% of the quote's words match)"
        );
    }

    #[test]
    fn a_source_quoting_part_of_a_quote_confirms_that_part() {
        let article = "“We regret the disruption, but our members have been left with no \
                       choice,” said Jonas Berg, head of the union.";
        let most = "\"Our members have been left with no choice,\" said union head Jonas Berg.";
        let little = "Berg said the members were \"left with no choice\" in the matter.";
        assert_eq!(verdicts(article, &[most]), [Verdict::Supported]);
        // Too small a part confirms too little, but alters nothing.
        assert_eq!(verdicts(article, &[little]), [Verdict::NotEnoughInfo]);
    }

    #[test]
    fn figures_from_other_stories_need_a_shared_name() {
        let article = "Chile signed four trade agreements with Peru in 2024, officials said.";
        let other_story = "Norway and Japan signed three trade agreements in 2024. The salmon \
            exporters of Bergen welcomed the news. Fishing fleets in Hokkaido expect larger \
            catches, and ferry operators plan new routes across the northern sea.";
        assert_eq!(verdicts(article, &[other_story]), [Verdict::NotEnoughInfo]);
        let same_names = "Chile signed three trade agreements with Peru in 2024.";
        assert_eq!(verdicts(article, &[same_names]), [Verdict::Contradicted]);
    }

    #[test]
    fn events_are_supported_or_contradicted_by_what_sources_state() {
        let article = "The city council approved the new stadium on Monday.";
        let agree = "On Monday the council approved the plans for the new stadium.";
        let deny = "The council did not approve the new stadium, its chair said.";
        assert_eq!(verdicts(article, &[agree]), [Verdict::Supported]);
        assert_eq!(verdicts(article, &[deny]), [Verdict::Contradicted]);
        assert_eq!(
            verdicts(article, &["The council met to discuss the budget."]),
            [Verdict::NotEnoughInfo]
        );
    }

    #[test]
    fn source_ids_follow_location_order() {
        let sources = number_sources(vec![doc("b.txt", "x"), doc("a.txt", "y")]);
        assert_eq!(sources[0].document.location, "a.txt");
        assert_eq!(sources[0].id.to_string(), "s1");
    }
}
