//! An on-disk index of a source archive, for checking claims against far
//! more sources than fit in memory.
//!
//! Building splits each document into sentences and indexes each sentence
//! by [`search_terms`] (stemmed content words, figures normalized) with
//! tantivy; the documents themselves are stored alongside. Searching ranks
//! sentences by BM25 for a claim's query ([`claim_query`]) and hands back
//! the documents they come from, which are then checked like any source.
//!
//! ```no_run
//! use factcheck_document::Document;
//! use factcheck_index::{ArchiveIndex, IndexBuilder};
//!
//! let path = std::path::Path::new("archive.idx");
//! let mut builder = IndexBuilder::create(path)?;
//! builder.add(vec![Document::from_text("a.txt", "Exports to Chile rose 12% in 2024.")])?;
//! builder.finish()?;
//!
//! let index = ArchiveIndex::open(path)?;
//! let query = factcheck_verify::claim_query(&factcheck_claims::extract_claims(
//!     &Document::from_text("q.txt", "Exports to Chile rose twelve percent."),
//! )[0]);
//! let hits = index.search(&query, 10)?;
//! let doc = index.document(hits[0].document)?;
//! # Ok::<(), factcheck_index::IndexError>(())
//! ```
//!
//! [`search_terms`]: factcheck_claims::words::search_terms
//! [`claim_query`]: factcheck_verify::claim_query

#![warn(missing_docs)]

use std::path::{Path, PathBuf};

use factcheck_claims::split_sentences;
use factcheck_claims::words::for_each_search_term;
use factcheck_document::{Document, Span};
use factcheck_verify::QueryTerm;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, Value, STORED,
};
use tantivy::{Index, IndexReader, IndexWriter, TantivyDocument, Term};

/// Why an index could not be built, opened or read. Messages name the
/// index folder.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The folder exists, holds files, and is not a factcheck index; it is
    /// never overwritten.
    #[error("{0}: folder is not empty and is not a factcheck index; choose another --index path")]
    NotAnIndex(PathBuf),
    /// No index at the path.
    #[error("{0}: no index here (build one with `factcheck index build`)")]
    Missing(PathBuf),
    /// The index was built by another version of factcheck.
    #[error(
        "{0}: index built by another factcheck version; rebuild it with `factcheck index build`"
    )]
    OldFormat(PathBuf),
    /// A file operation failed.
    #[error("{path}: {source}")]
    Io {
        /// The index folder.
        path: PathBuf,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// tantivy reported an error.
    #[error("{path}: index error: {message}")]
    Tantivy {
        /// The index folder.
        path: PathBuf,
        /// tantivy's message.
        message: String,
    },
    /// A stored document could not be read back.
    #[error("{path}: stored document {document} is damaged")]
    Damaged {
        /// The index folder.
        path: PathBuf,
        /// The document's number.
        document: u64,
    },
}

/// Sentences of the archive ranked for each claim by [`ArchiveIndex::sources_for`].
pub const SENTENCES_PER_CLAIM: usize = 20;
/// Archive documents kept per claim: the best distinct ones among those sentences.
pub const DOCUMENTS_PER_CLAIM: usize = 3;
/// Share of a query's best sentence score a document's best sentence needs
/// to be kept.
pub const RELEVANCE_CUTOFF: f32 = 0.4;

/// Share of all indexed records above which a query term counts as common
/// and is left out of the search.
pub const COMMON_TERM_SHARE: f64 = 0.01;
/// Query terms kept however common they are (the rarest ones).
const MIN_QUERY_TERMS: usize = 4;
/// Records a term may occur in and still count as rare whatever the share:
/// in a small archive every word is in 1% of its sentences, and searching
/// all of them is cheap.
const RARE_TERM_RECORDS: u64 = 100;

/// Documents analyzed as one unit of work while building.
const ANALYSIS_CHUNK: usize = 64;

/// A marker file telling a factcheck index from other tantivy indexes.
const MARKER: &str = "factcheck-index.json";
/// Bumped when the schema or the term analysis changes.
const FORMAT_VERSION: u32 = 8;

/// The fields of the schema.
#[derive(Clone, Copy)]
struct Fields {
    /// Sentence records: the sentence's search terms, whitespace-joined.
    terms: Field,
    /// Sentence records: the document the sentence belongs to.
    in_document: Field,
    /// Sentence records: the sentence's byte span in the document text.
    start: Field,
    end: Field,
    /// Document records: the document's number.
    document_id: Field,
    /// Document records: the document as JSON.
    stored: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let terms = b.add_text_field(
        "terms",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("whitespace")
                .set_index_option(IndexRecordOption::WithFreqs),
        ),
    );
    let fast = NumericOptions::default().set_fast();
    let in_document = b.add_u64_field("in_document", fast.clone());
    let start = b.add_u64_field("start", fast.clone());
    let end = b.add_u64_field("end", fast);
    let document_id = b.add_u64_field("document_id", NumericOptions::default().set_indexed());
    let stored = b.add_bytes_field("document", STORED);
    (
        b.build(),
        Fields {
            terms,
            in_document,
            start,
            end,
            document_id,
            stored,
        },
    )
}

/// What building indexed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BuildStats {
    /// Documents added.
    pub documents: u64,
    /// Sentences indexed.
    pub sentences: u64,
    /// Bytes of document text indexed.
    pub text_bytes: u64,
}

/// Builds a new index in a folder.
pub struct IndexBuilder {
    path: PathBuf,
    writer: IndexWriter,
    fields: Fields,
    stats: BuildStats,
}

impl IndexBuilder {
    /// Starts a new index at `path`, replacing an earlier factcheck index
    /// there. A folder holding anything else is refused, never emptied.
    pub fn create(path: &Path) -> Result<Self, IndexError> {
        let io = |source| IndexError::Io {
            path: path.to_path_buf(),
            source,
        };
        if path.exists() {
            let has_files = std::fs::read_dir(path).map_err(io)?.next().is_some();
            if has_files && !path.join(MARKER).exists() {
                return Err(IndexError::NotAnIndex(path.to_path_buf()));
            }
            if has_files {
                std::fs::remove_dir_all(path).map_err(io)?;
            }
        }
        std::fs::create_dir_all(path).map_err(io)?;
        let (schema, fields) = schema();
        let tantivy = |e: tantivy::TantivyError| tantivy_error(path, e);
        let index = Index::create_in_dir(path, schema).map_err(tantivy)?;
        // One indexing thread and no merging: segments, and so the order of
        // documents with equal scores, depend only on the input order.
        let writer = index
            .writer_with_num_threads(1, 256 * 1024 * 1024)
            .map_err(tantivy)?;
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        Ok(IndexBuilder {
            path: path.to_path_buf(),
            writer,
            fields,
            stats: BuildStats::default(),
        })
    }

    /// Adds documents; they are numbered in the order added, so the same
    /// inputs in the same order give the same index. Sentence splitting and
    /// term analysis run on all cores while the records already analyzed
    /// are being indexed.
    pub fn add(&mut self, documents: Vec<Document>) -> Result<(), IndexError> {
        let first = self.stats.documents;
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 8);
        let chunks: Vec<&[Document]> = documents.chunks(ANALYSIS_CHUNK).collect();
        let fields = self.fields;
        let path = self.path.as_path();
        let writer = &self.writer;
        let stats = &mut self.stats;
        // Worker `w` analyzes chunks w, w + threads, …, and hands them over
        // in that order; taking chunk c from worker c % threads puts the
        // records into the one indexing thread in document order, so the
        // same inputs always give the same index and the same ranking of
        // equal scores. Bounded hand-over keeps memory flat.
        std::thread::scope(|scope| {
            let receivers: Vec<_> = (0..threads)
                .map(|w| {
                    let (sender, receiver) = std::sync::mpsc::sync_channel(2);
                    let chunks = &chunks;
                    scope.spawn(move || {
                        for c in (w..chunks.len()).step_by(threads) {
                            let base = first + (c * ANALYSIS_CHUNK) as u64;
                            let records: tantivy::Result<Vec<TantivyDocument>> = chunks[c]
                                .iter()
                                .enumerate()
                                .map(|(i, doc)| records_of(fields, base + i as u64, doc))
                                .collect::<tantivy::Result<Vec<_>>>()
                                .map(|r| r.into_iter().flatten().collect());
                            // The receiver is gone only after an error.
                            if sender.send(records).is_err() {
                                break;
                            }
                        }
                    });
                    receiver
                })
                .collect();
            for c in 0..chunks.len() {
                let records = receivers[c % threads]
                    .recv()
                    .map_err(|_| IndexError::Tantivy {
                        path: path.to_path_buf(),
                        message: "an indexing thread failed".into(),
                    })?
                    .map_err(|e| tantivy_error(path, e))?;
                for record in records {
                    if record.get_first(fields.terms).is_some() {
                        stats.sentences += 1;
                    }
                    writer
                        .add_document(record)
                        .map_err(|e| tantivy_error(path, e))?;
                }
            }
            Ok::<(), IndexError>(())
        })?;
        self.stats.documents += documents.len() as u64;
        self.stats.text_bytes += documents.iter().map(|d| d.text.len() as u64).sum::<u64>();
        Ok(())
    }

    /// Writes everything to disk and returns what was indexed.
    pub fn finish(mut self) -> Result<BuildStats, IndexError> {
        let path = self.path.clone();
        self.writer.commit().map_err(|e| tantivy_error(&path, e))?;
        self.writer
            .wait_merging_threads()
            .map_err(|e| tantivy_error(&path, e))?;
        let marker = format!(
            "{{\"format\": {FORMAT_VERSION}, \"documents\": {}, \"sentences\": {}}}\n",
            self.stats.documents, self.stats.sentences
        );
        std::fs::write(path.join(MARKER), marker).map_err(|source| IndexError::Io {
            path: path.clone(),
            source,
        })?;
        Ok(self.stats)
    }
}

/// The records of one document: the document itself, then one record per
/// sentence with search terms.
fn records_of(fields: Fields, id: u64, doc: &Document) -> tantivy::Result<Vec<TantivyDocument>> {
    let json = serde_json::to_vec(doc)
        .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
    let mut record = TantivyDocument::default();
    record.add_u64(fields.document_id, id);
    record.add_bytes(fields.stored, &json);
    let mut records = vec![record];
    let mut terms = String::new();
    for span in split_sentences(&doc.text) {
        terms.clear();
        for_each_search_term(&doc.text[span.start..span.end], |term, _| {
            if !terms.is_empty() {
                terms.push(' ');
            }
            terms.push_str(term);
        });
        if terms.is_empty() {
            continue;
        }
        let mut record = TantivyDocument::default();
        record.add_text(fields.terms, &terms);
        record.add_u64(fields.in_document, id);
        record.add_u64(fields.start, span.start as u64);
        record.add_u64(fields.end, span.end as u64);
        records.push(record);
    }
    Ok(records)
}

/// `f` over `items` on all cores, results in input order; the first error wins.
fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> Result<R, IndexError> + Sync,
) -> Result<Vec<R>, IndexError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    if threads < 2 || items.len() < 4 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(f).collect::<Result<Vec<R>, IndexError>>())
            })
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for w in workers {
            out.extend(
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?,
            );
        }
        Ok(out)
    })
}

fn tantivy_error(path: &Path, e: tantivy::TantivyError) -> IndexError {
    IndexError::Tantivy {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// A sentence found for a query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceMatch {
    /// The number of the document it belongs to.
    pub document: u64,
    /// Its byte span in that document's text.
    pub span: Span,
    /// Its BM25 score.
    pub score: f32,
}

/// An index opened for searching.
pub struct ArchiveIndex {
    path: PathBuf,
    reader: IndexReader,
    fields: Fields,
    documents: u64,
}

impl ArchiveIndex {
    /// Opens the index at `path`.
    pub fn open(path: &Path) -> Result<Self, IndexError> {
        let Ok(marker) = std::fs::read(path.join(MARKER)) else {
            return Err(IndexError::Missing(path.to_path_buf()));
        };
        let marker: serde_json::Value =
            serde_json::from_slice(&marker).map_err(|_| IndexError::Missing(path.to_path_buf()))?;
        if marker["format"].as_u64() != Some(u64::from(FORMAT_VERSION)) {
            return Err(IndexError::OldFormat(path.to_path_buf()));
        }
        let tantivy = |e: tantivy::TantivyError| tantivy_error(path, e);
        let index = Index::open_in_dir(path).map_err(tantivy)?;
        let reader = index.reader().map_err(tantivy)?;
        Ok(ArchiveIndex {
            path: path.to_path_buf(),
            reader,
            fields: schema().1,
            documents: marker["documents"].as_u64().unwrap_or(0),
        })
    }

    /// The `limit` sentences that best match `query`, best first (ties in
    /// document and position order).
    pub fn search(
        &self,
        query: &[QueryTerm],
        limit: usize,
    ) -> Result<Vec<SentenceMatch>, IndexError> {
        if query.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let tantivy = |e: tantivy::TantivyError| tantivy_error(&self.path, e);
        // Terms in a large share of all sentences ("said", a common year)
        // barely change the ranking but cost most of the search: they are
        // left out, keeping at least the few rarest terms.
        let common =
            ((searcher.num_docs() as f64 * COMMON_TERM_SHARE) as u64).max(RARE_TERM_RECORDS);
        let mut terms: Vec<(u64, &QueryTerm, Term)> = Vec::with_capacity(query.len());
        for q in query {
            let term = Term::from_field_text(self.fields.terms, &q.term);
            let df = searcher.doc_freq(&term).map_err(tantivy)?;
            if df > 0 {
                terms.push((df, q, term));
            }
        }
        terms.sort_by_key(|(df, q, _)| (*df, q.term.clone()));
        let keep = terms
            .iter()
            .position(|(df, _, _)| *df > common)
            .unwrap_or(terms.len())
            .max(MIN_QUERY_TERMS.min(terms.len()));
        terms.truncate(keep);
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let clauses: Vec<(Occur, Box<dyn Query>)> = terms
            .into_iter()
            .map(|(_, q, term)| {
                let query: Box<dyn Query> = Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                    q.weight,
                ));
                (Occur::Should, query)
            })
            .collect();
        let top = searcher
            .search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(limit).order_by_score(),
            )
            .map_err(tantivy)?;
        // Columns are opened once per segment, not once per hit.
        let mut columns: std::collections::HashMap<u32, [tantivy::columnar::Column<u64>; 3]> =
            std::collections::HashMap::new();
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            let [document, start, end] = match columns.entry(address.segment_ord) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let fast = searcher.segment_reader(address.segment_ord).fast_fields();
                    let open = |name: &str| fast.u64(name).map_err(tantivy);
                    e.insert([open("in_document")?, open("start")?, open("end")?])
                }
            };
            let damaged = || IndexError::Tantivy {
                path: self.path.clone(),
                message: "a sentence record lacks its document or span".into(),
            };
            let read =
                |c: &tantivy::columnar::Column<u64>| c.first(address.doc_id).ok_or_else(damaged);
            out.push(SentenceMatch {
                document: read(document)?,
                span: Span::new(read(start)? as usize, read(end)? as usize),
                score,
            });
        }
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.document.cmp(&b.document))
                .then(a.span.start.cmp(&b.span.start))
        });
        Ok(out)
    }

    /// The stored document numbered `id`.
    pub fn document(&self, id: u64) -> Result<Document, IndexError> {
        let searcher = self.reader.searcher();
        let tantivy = |e: tantivy::TantivyError| tantivy_error(&self.path, e);
        let damaged = || IndexError::Damaged {
            path: self.path.clone(),
            document: id,
        };
        let query = TermQuery::new(
            Term::from_field_u64(self.fields.document_id, id),
            IndexRecordOption::Basic,
        );
        let top = searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())
            .map_err(tantivy)?;
        let (_, address) = top.first().ok_or_else(damaged)?;
        let record: TantivyDocument = searcher.doc(*address).map_err(tantivy)?;
        let bytes = record
            .get_first(self.fields.stored)
            .and_then(|v| v.as_bytes())
            .ok_or_else(damaged)?;
        serde_json::from_slice(bytes).map_err(|_| damaged())
    }

    /// The number of documents in the index.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// The archive documents to check `claims` against: for each claim, the
    /// best [`DOCUMENTS_PER_CLAIM`] distinct documents among the
    /// [`SENTENCES_PER_CLAIM`] sentences that match it best.
    pub fn sources_for(
        &self,
        claims: &[factcheck_claims::Claim],
    ) -> Result<Vec<Document>, IndexError> {
        let queries: Vec<Vec<QueryTerm>> =
            claims.iter().map(factcheck_verify::claim_query).collect();
        self.documents_for(&queries, SENTENCES_PER_CLAIM, DOCUMENTS_PER_CLAIM)
    }

    /// The documents whose sentences best match each query: for each query,
    /// the best `per_query` distinct documents among its top `sentences`
    /// sentences, leaving out those whose best sentence scores under
    /// [`RELEVANCE_CUTOFF`] of the query's best. Returned once each, in order of document number.
    pub fn documents_for(
        &self,
        queries: &[Vec<QueryTerm>],
        sentences: usize,
        per_query: usize,
    ) -> Result<Vec<Document>, IndexError> {
        let ids = in_parallel(queries, |query| {
            self.best_documents(query, sentences, per_query)
        })?;
        let wanted: Vec<u64> = ids
            .into_iter()
            .flatten()
            .collect::<std::collections::BTreeSet<u64>>()
            .into_iter()
            .collect();
        in_parallel(&wanted, |id| self.document(*id))
    }

    /// The best `per_query` distinct documents among the top `sentences`
    /// sentences for `query`, above the relevance cutoff.
    fn best_documents(
        &self,
        query: &[QueryTerm],
        sentences: usize,
        per_query: usize,
    ) -> Result<Vec<u64>, IndexError> {
        let mut taken = Vec::new();
        let hits = self.search(query, sentences)?;
        let best = hits.first().map_or(0.0, |h| h.score);
        for hit in hits {
            // Far weaker matches share a word or two by chance.
            if taken.len() >= per_query || hit.score < best * RELEVANCE_CUTOFF {
                break;
            }
            if !taken.contains(&hit.document) {
                taken.push(hit.document);
            }
        }
        Ok(taken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("factcheck-index-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    /// Closes the index, then removes its folder: removing it while open
    /// can race tantivy's own threads ("directory not empty"). Leftovers
    /// in the temp folder fail no test.
    fn close_and_remove(index: ArchiveIndex, dir: &Path) {
        drop(index);
        let _ = std::fs::remove_dir_all(dir);
    }

    fn query(terms: &[&str]) -> Vec<QueryTerm> {
        terms
            .iter()
            .map(|t| QueryTerm {
                term: t.to_string(),
                weight: 1.0,
            })
            .collect()
    }

    #[test]
    fn builds_searches_and_reads_back() {
        let dir = temp("basic");
        let mut b = IndexBuilder::create(&dir).unwrap();
        let docs = vec![
            Document::from_text(
                "a.txt",
                "The weather was mild. Exports to Chile rose twelve percent in 2024.",
            ),
            Document::from_text(
                "b.txt",
                "Chile is a long country. Its ports handled more ships.",
            ),
            Document::from_text("c.txt", "Nothing here is about trade."),
        ];
        b.add(docs.clone()).unwrap();
        let stats = b.finish().unwrap();
        assert_eq!(stats.documents, 3);
        let index = ArchiveIndex::open(&dir).unwrap();
        assert_eq!(index.documents(), 3);
        let hits = index
            .search(&query(&["export", "chile", "#12"]), 10)
            .unwrap();
        assert_eq!(hits[0].document, 0);
        let text = &docs[0].text;
        assert_eq!(
            &text[hits[0].span.start..hits[0].span.end],
            "Exports to Chile rose twelve percent in 2024."
        );
        assert_eq!(hits.len(), 2);
        assert_eq!(index.document(1).unwrap(), docs[1]);
        let found = index.documents_for(&[query(&["chile"])], 10, 5).unwrap();
        assert_eq!(found.len(), 2);
        close_and_remove(index, &dir);
    }

    #[test]
    fn in_a_small_archive_no_query_term_is_too_common_to_search() {
        let dir = temp("small");
        let mut b = IndexBuilder::create(&dir).unwrap();
        // "cost" and "billion" are in many of these few sentences; the one
        // sentence that matches on them alone must still be found, though
        // four rarer terms of the query are elsewhere.
        let mut docs: Vec<Document> = (0..6)
            .map(|i| {
                Document::from_text(
                    format!("d{i}.txt"),
                    format!("Plan {i} would cost a billion."),
                )
            })
            .collect();
        docs.push(Document::from_text("w.txt", "The ward has beds."));
        docs.push(Document::from_text("n.txt", "Nurses staff the clinic."));
        docs.push(Document::from_text(
            "z.txt",
            "Rivals said it would cost closer to two billion.",
        ));
        b.add(docs).unwrap();
        b.finish().unwrap();
        let index = ArchiveIndex::open(&dir).unwrap();
        let terms = ["ward", "bed", "nurs", "clinic", "cost", "billion"];
        let hits = index.search(&query(&terms), 10).unwrap();
        assert!(hits.iter().any(|h| h.document == 8), "{hits:?}");
        close_and_remove(index, &dir);
    }

    #[test]
    fn rebuilding_from_the_same_inputs_ranks_ties_the_same() {
        // Many documents with the same sentence: equal scores everywhere.
        let docs: Vec<Document> = (0..300)
            .map(|i| {
                Document::from_text(
                    format!("d{i:03}.txt"),
                    "The council approved the budget. Officials welcomed the vote.",
                )
            })
            .collect();
        let mut runs = Vec::new();
        for n in 0..2 {
            let dir = temp(&format!("ties{n}"));
            let mut b = IndexBuilder::create(&dir).unwrap();
            b.add(docs.clone()).unwrap();
            b.finish().unwrap();
            let index = ArchiveIndex::open(&dir).unwrap();
            let hits = index.search(&query(&["council", "budget"]), 5).unwrap();
            runs.push(hits.iter().map(|h| h.document).collect::<Vec<_>>());
            close_and_remove(index, &dir);
        }
        assert_eq!(runs[0], runs[1]);
    }

    #[test]
    fn other_folders_are_never_overwritten() {
        let dir = temp("foreign");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("notes.txt"), "mine").unwrap();
        let err = IndexBuilder::create(&dir).err().unwrap().to_string();
        assert!(
            err.ends_with(
                "folder is not empty and is not a factcheck index; choose another --index path"
            ),
            "{err}"
        );
        assert!(dir.join("notes.txt").exists());
        let err = ArchiveIndex::open(&dir).err().unwrap().to_string();
        assert!(
            err.ends_with("no index here (build one with `factcheck index build`)"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn rebuilding_replaces_an_index() {
        let dir = temp("rebuild");
        for text in [
            "First version of the archive.",
            "Second version of the archive.",
        ] {
            let mut b = IndexBuilder::create(&dir).unwrap();
            b.add(vec![Document::from_text("a.txt", text)]).unwrap();
            b.finish().unwrap();
        }
        let index = ArchiveIndex::open(&dir).unwrap();
        assert_eq!(index.documents(), 1);
        assert!(index.document(0).unwrap().text.starts_with("Second"));
        close_and_remove(index, &dir);
    }
}
