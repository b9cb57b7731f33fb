//! Finding candidate evidence: a claim becomes a weighted query (its
//! measured thing and synonyms, subject, entities, figure and clause words),
//! and source sentences are ranked for it with BM25 over
//! [`search_terms`] — stemmed, function words dropped, figures normalized so
//! "twelve" and "12" meet. The on-disk index (`factcheck-index`) ranks with
//! the same query and the same terms.

use std::collections::HashMap;

use factcheck_claims::words::{search_terms, stem};
use factcheck_claims::Claim;
use factcheck_document::Span;

use crate::synonyms::synonym_stems;

/// One term of a query with its weight.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    /// A term as [`search_terms`] makes them (a stem, or `#` and a value).
    pub term: String,
    /// How much a match on it counts, relative to a plain clause word (1).
    pub weight: f32,
}

/// The query that finds evidence for `claim`: the measured thing weighs
/// most (its synonyms a little less), then the figure, the subject and the
/// names in the sentence, then the other words of the claim's clause, then
/// their synonyms.
///
/// ```
/// use factcheck_claims::extract_claims;
/// use factcheck_document::Document;
/// use factcheck_verify::claim_query;
///
/// let doc = Document::from_text("a.txt", "Ortiz made her fourth visit to Peru.");
/// let claim = &extract_claims(&doc)[0];
/// let terms: Vec<String> = claim_query(claim).into_iter().map(|t| t.term).collect();
/// assert!(terms.contains(&"visit".to_string()) && terms.contains(&"trip".to_string()));
/// assert!(terms.contains(&"#4".to_string()));
/// ```
pub fn claim_query(claim: &Claim) -> Vec<QueryTerm> {
    let mut weights: Vec<(String, f32)> = Vec::new();
    let mut add = |term: String, weight: f32| match weights.iter_mut().find(|(t, _)| *t == term) {
        Some((_, w)) => *w = w.max(weight),
        None => weights.push((term, weight)),
    };
    for term in search_terms(&claim.text) {
        for synonym in synonym_stems(&term) {
            add(synonym.to_string(), 0.5);
        }
        add(term, 1.0);
    }
    if let Some(q) = &claim.quantity {
        for term in search_terms(&q.text)
            .into_iter()
            .filter(|t| t.starts_with('#'))
        {
            add(term, 1.5);
        }
    }
    for name in claim.subject.iter().chain(&claim.entities) {
        for term in search_terms(name) {
            add(term, 1.5);
        }
    }
    if let Some(m) = &claim.measured {
        let head = stem(&m.head);
        for synonym in synonym_stems(&head) {
            add(synonym.to_string(), 1.5);
        }
        add(head, 2.0);
        if let Some(c) = &m.complement {
            for term in search_terms(c) {
                add(term, 1.5);
            }
        }
    }
    weights
        .into_iter()
        .map(|(term, weight)| QueryTerm { term, weight })
        .collect()
}

/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalization.
const B: f32 = 0.75;

/// An in-memory BM25 index over sentences, for source sets that fit in
/// memory; archives use the on-disk index instead.
#[derive(Debug, Default)]
pub struct SentenceIndex {
    /// For each sentence: which source (by position) and where.
    sentences: Vec<(usize, Span)>,
    /// Term length of each sentence.
    lengths: Vec<u32>,
    /// Term → (sentence, term frequency), in sentence order.
    postings: HashMap<String, Vec<(u32, u32)>>,
}

/// A ranked sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceHit {
    /// The source's position in the list the index was built from.
    pub source: usize,
    /// The sentence's span in that source's text.
    pub span: Span,
    /// Its BM25 score for the query.
    pub score: f32,
}

impl SentenceIndex {
    /// Indexes `sentences`: for each source (by position), its text and
    /// sentence spans.
    pub fn new<'a>(sources: impl IntoIterator<Item = (&'a str, &'a [Span])>) -> Self {
        let analyzed: Vec<Vec<(Span, Vec<String>)>> = sources
            .into_iter()
            .map(|(text, spans)| {
                spans
                    .iter()
                    .map(|s| (*s, search_terms(&text[s.start..s.end])))
                    .collect()
            })
            .collect();
        SentenceIndex::from_terms(analyzed.iter().map(|sentences| {
            sentences
                .iter()
                .map(|(span, terms)| (*span, terms.as_slice()))
        }))
    }

    /// Indexes sentences already analyzed into [`search_terms`]: for each
    /// source (by position), its sentences' spans and terms.
    pub fn from_terms<'a, S, I>(sources: S) -> Self
    where
        S: IntoIterator<Item = I>,
        I: IntoIterator<Item = (Span, &'a [String])>,
    {
        let mut index = SentenceIndex::default();
        for (source, sentences) in sources.into_iter().enumerate() {
            for (span, terms) in sentences {
                let n = index.sentences.len() as u32;
                index.lengths.push(terms.len() as u32);
                index.sentences.push((source, span));
                let mut counts: HashMap<&str, u32> = HashMap::new();
                for t in terms {
                    *counts.entry(t.as_str()).or_default() += 1;
                }
                let mut counts: Vec<(&str, u32)> = counts.into_iter().collect();
                counts.sort_unstable();
                for (t, tf) in counts {
                    index
                        .postings
                        .entry(t.to_string())
                        .or_default()
                        .push((n, tf));
                }
            }
        }
        index
    }

    /// The `limit` best sentences for `query` with a score above zero, best
    /// first; ties go to the earlier sentence, so results are stable.
    pub fn search(&self, query: &[QueryTerm], limit: usize) -> Vec<SentenceHit> {
        let n = self.sentences.len() as f32;
        if n == 0.0 {
            return Vec::new();
        }
        let average = self.lengths.iter().map(|&l| l as f32).sum::<f32>() / n;
        let mut scores: HashMap<u32, f32> = HashMap::new();
        for q in query {
            let Some(postings) = self.postings.get(&q.term) else {
                continue;
            };
            let df = postings.len() as f32;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            for &(sentence, tf) in postings {
                let len = self.lengths[sentence as usize] as f32;
                let tf = tf as f32;
                let part =
                    idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / average.max(1.0)));
                *scores.entry(sentence).or_default() += q.weight * part;
            }
        }
        let mut ranked: Vec<(u32, f32)> = scores.into_iter().filter(|(_, s)| *s > 0.0).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|(i, score)| {
                let (source, span) = self.sentences[i as usize];
                SentenceHit {
                    source,
                    span,
                    score,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(texts: &[&str]) -> (SentenceIndex, Vec<Vec<Span>>) {
        let spans: Vec<Vec<Span>> = texts
            .iter()
            .map(|t| factcheck_claims::split_sentences(t))
            .collect();
        let idx = SentenceIndex::new(texts.iter().zip(&spans).map(|(t, s)| (*t, s.as_slice())));
        (idx, spans)
    }

    fn query(words: &[&str]) -> Vec<QueryTerm> {
        words
            .iter()
            .map(|w| QueryTerm {
                term: w.to_string(),
                weight: 1.0,
            })
            .collect()
    }

    #[test]
    fn ranks_the_sentence_that_shares_rare_terms_first() {
        let (idx, _) = index(&[
            "The weather was mild. Exports to Chile rose twelve percent in 2024.",
            "Chile is a long country. The port handled more ships.",
        ]);
        let hits = idx.search(&query(&["export", "chile", "#12"]), 10);
        assert_eq!(hits[0].source, 0);
        assert_eq!(hits[0].span.start, 22);
        assert_eq!(
            hits.len(),
            2,
            "sentences sharing no term are not candidates"
        );
    }

    #[test]
    fn numbers_meet_whatever_their_spelling() {
        let (idx, _) = index(&["It was the 12th meeting.", "Twelve people came."]);
        let hits = idx.search(&query(&["#12"]), 10);
        assert_eq!(hits.len(), 2);
    }
}
