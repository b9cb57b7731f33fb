//! Turns what a user points factcheck at — a URL, a saved page
//! (`.html`/`.htm`), a text or Markdown file, or HTML bytes — into a
//! [`Document`]: the article's text and metadata.
//!
//! Files are read and extracted synchronously. URLs are fetched with
//! reqwest on a private tokio runtime, created only when a URL is asked
//! for, so callers stay synchronous and crates that do not fetch never pull
//! tokio in.
//!
//! ```no_run
//! use factcheck_fetch::{Fetcher, FetchOptions};
//!
//! let fetcher = Fetcher::new(FetchOptions::default())?;
//! let doc = fetcher.load("fixtures/seed/article.txt")?;
//! println!("{}", doc.title.unwrap_or_default());
//! # Ok::<(), factcheck_fetch::FetchError>(())
//! ```

#![warn(missing_docs)]

mod cache;
mod dates;
mod extract;
mod http;
mod list;
mod robots;
mod text;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use factcheck_document::Document;

pub use cache::default_cache_dir;
pub use dates::parse_date;
pub use extract::extract_html;
pub use http::{decode, FetchOptions, Origin, ROBOTS_AGENT};
pub use list::{parse_source_list, ListError, ListedSource};
pub use robots::Robots;
pub use text::parse_text;

/// Why an input could not be turned into a document. Every message names
/// the input and the cause in one line.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The file or folder could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path as given.
        path: String,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// The file's extension is not one factcheck reads.
    #[error("{path}: unsupported file type (expected .html, .htm, .txt or .md)")]
    UnsupportedFile {
        /// The path as given.
        path: String,
    },
    /// The URL uses a scheme other than http or https.
    #[error("{url}: only http and https URLs can be fetched")]
    UnsupportedScheme {
        /// The URL as given.
        url: String,
    },
    /// The request failed before a response arrived.
    #[error("{url}: fetch failed: {reason}")]
    Network {
        /// The URL as given.
        url: String,
        /// What went wrong (timed out, could not connect …).
        reason: String,
    },
    /// The server answered with an error status.
    #[error("{url}: server answered HTTP {status}{}", attempts_note(*attempts))]
    Status {
        /// The URL as given.
        url: String,
        /// The HTTP status code.
        status: u16,
        /// Requests made before giving up (more than one after retries).
        attempts: u32,
    },
    /// robots.txt does not let factcheck fetch the page.
    #[error("{url}: {} (use --ignore-robots to fetch anyway)", if *unreachable { "the site's robots.txt could not be fetched, so crawling is not allowed" } else { "disallowed by the site's robots.txt" })]
    Robots {
        /// The URL as given.
        url: String,
        /// True when robots.txt itself failed (HTTP 5xx or no answer),
        /// which RFC 9309 treats as "disallow everything".
        unreachable: bool,
    },
    /// The body was larger than the configured cap.
    #[error("{url}: response larger than {limit} bytes")]
    TooLarge {
        /// The URL as given.
        url: String,
        /// The cap in bytes.
        limit: usize,
    },
    /// The page or file holds no readable text.
    #[error("{location}: no article text found")]
    NoText {
        /// The input as given.
        location: String,
    },
    /// The HTTP client could not be set up.
    #[error("cannot start the HTTP client: {0}")]
    Client(String),
    /// Offline, and the URL has no saved or cached copy.
    #[error("{url}: not available offline (not in the URL map or the cache)")]
    Offline {
        /// The URL as given.
        url: String,
    },
    /// A URL map line could not be read.
    #[error("{path}: line {line}: expected `URL PATH`")]
    BadUrlMap {
        /// The map file.
        path: String,
        /// 1-based line number.
        line: usize,
    },
}

impl FetchError {
    /// The same error, noting that it came after `attempts` requests.
    fn after_attempts(self, attempts: u32) -> Self {
        match self {
            FetchError::Status { url, status, .. } => FetchError::Status {
                url,
                status,
                attempts,
            },
            FetchError::Network { url, reason } if attempts > 1 => FetchError::Network {
                url,
                reason: format!("{reason} (after {attempts} attempts)"),
            },
            other => other,
        }
    }
}

fn attempts_note(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (after {attempts} attempts)")
    } else {
        String::new()
    }
}

/// Reads a URL map: one `URL PATH` pair per line (whitespace between, `#`
/// starts a comment), paths relative to the map's folder. With it, demos
/// and tests "fetch" URLs offline through the same decoding and extraction
/// as real downloads.
pub fn load_url_map(
    path: &Path,
) -> Result<std::collections::BTreeMap<String, PathBuf>, FetchError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| FetchError::Io {
        path: shown.clone(),
        source,
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let mut map = std::collections::BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some(url), Some(file), None) if is_url(url) => {
                map.insert(url.to_string(), base.join(file));
            }
            _ => {
                return Err(FetchError::BadUrlMap {
                    path: shown,
                    line: n + 1,
                })
            }
        }
    }
    Ok(map)
}

/// File extensions read as documents, lowercase.
pub const SUPPORTED_EXTENSIONS: &[&str] = &["html", "htm", "txt", "md"];

/// Whether `input` is a URL (has a scheme such as `https://`) rather than a path.
pub fn is_url(input: &str) -> bool {
    input.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+')
    })
}

/// Reads a file into a document: `.html`/`.htm` are extracted as pages,
/// `.txt`/`.md` read as text with an optional metadata header.
pub fn read_file(path: &Path) -> Result<Document, FetchError> {
    let shown = path.display().to_string();
    // A missing file is reported as missing, whatever its extension.
    if let Err(source) = std::fs::metadata(path) {
        return Err(FetchError::Io {
            path: shown,
            source,
        });
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if !SUPPORTED_EXTENSIONS.contains(&ext.as_str()) {
        return Err(FetchError::UnsupportedFile { path: shown });
    }
    let bytes = std::fs::read(path).map_err(|source| FetchError::Io {
        path: shown.clone(),
        source,
    })?;
    Ok(if ext.starts_with("htm") {
        extract_html(&decode(&bytes, None), &shown)
    } else {
        parse_text(&decode(&bytes, Some("text/plain; charset=utf-8")), &shown)
    })
}

/// `doc` itself, or [`FetchError::NoText`] when it holds no readable text.
/// Loading never fails for an empty page; callers that need text (checking
/// claims) use this to turn emptiness into an error.
pub fn require_text(doc: Document) -> Result<Document, FetchError> {
    if doc.text.trim().is_empty() {
        Err(FetchError::NoText {
            location: doc.location,
        })
    } else {
        Ok(doc)
    }
}

/// The readable files under `dir`, recursively, in sorted order. Hidden
/// entries (starting with `.`) are skipped.
pub fn list_folder(dir: &Path) -> Result<Vec<PathBuf>, FetchError> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        let entries = std::fs::read_dir(&d).map_err(|source| FetchError::Io {
            path: d.display().to_string(),
            source,
        })?;
        for entry in entries {
            let entry = entry.map_err(|source| FetchError::Io {
                path: d.display().to_string(),
                source,
            })?;
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| SUPPORTED_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Loads documents from paths and URLs. Cheap to create; the HTTP client
/// and its runtime start on the first URL that needs the network or cache.
pub struct Fetcher {
    options: FetchOptions,
    crawler: OnceLock<Result<(tokio::runtime::Runtime, Arc<http::Crawler>), String>>,
    progress: Option<ProgressFn>,
}

/// A callback told about each URL as it finishes.
type ProgressFn = Box<dyn Fn(&Progress<'_>) + Send + Sync>;

/// One URL finished while fetching many: reported to the callback given to
/// [`Fetcher::on_progress`], so a front end can show progress (libraries
/// never print).
#[derive(Debug)]
pub struct Progress<'a> {
    /// URLs finished so far, this one included.
    pub done: usize,
    /// URLs to fetch in this call.
    pub total: usize,
    /// The URL as given.
    pub url: &'a str,
    /// Where the page came from, or why it could not be fetched.
    pub outcome: Result<Origin, &'a FetchError>,
}

impl Fetcher {
    /// A fetcher with the given options.
    pub fn new(options: FetchOptions) -> Result<Self, FetchError> {
        Ok(Fetcher {
            options,
            crawler: OnceLock::new(),
            progress: None,
        })
    }

    /// Calls `report` each time a URL finishes (not for files or saved
    /// copies, which take no time worth showing).
    pub fn on_progress(mut self, report: impl Fn(&Progress<'_>) + Send + Sync + 'static) -> Self {
        self.progress = Some(Box::new(report));
        self
    }

    /// Loads one input: a URL or a file path.
    pub fn load(&self, input: &str) -> Result<Document, FetchError> {
        self.load_all(&[input.to_string()])
            .pop()
            .unwrap_or_else(|| {
                Err(FetchError::NoText {
                    location: input.to_string(),
                })
            })
    }

    /// Loads many inputs, fetching URLs concurrently (at most
    /// `options.concurrency` at once, `options.per_host_concurrency` per
    /// host). Results come back in input order.
    pub fn load_all(&self, inputs: &[String]) -> Vec<Result<Document, FetchError>> {
        let mut results = read_files_in_parallel(inputs);
        let mut urls: Vec<(usize, String)> = Vec::new();
        for (n, input) in inputs.iter().enumerate().filter(|(_, i)| is_url(i)) {
            if let Some(file) = self.options.url_map.get(input) {
                results[n] = Some(saved_copy(input, file));
            } else {
                urls.push((n, input.clone()));
            }
        }
        if !urls.is_empty() {
            for (n, result) in self.fetch_urls(urls) {
                results[n] = Some(result);
            }
        }
        results
            .into_iter()
            .zip(inputs)
            .map(|(r, input)| {
                r.unwrap_or_else(|| {
                    Err(FetchError::NoText {
                        location: input.clone(),
                    })
                })
            })
            .collect()
    }

    fn fetch_urls(&self, urls: Vec<(usize, String)>) -> Vec<(usize, Result<Document, FetchError>)> {
        let setup = self.crawler.get_or_init(|| {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            let crawler = http::Crawler::new(self.options.clone()).map_err(|e| e.to_string())?;
            Ok((runtime, Arc::new(crawler)))
        });
        let (runtime, crawler) = match setup {
            Ok(pair) => pair,
            Err(e) => {
                return urls
                    .into_iter()
                    .map(|(n, _)| (n, Err(FetchError::Client(e.clone()))))
                    .collect()
            }
        };
        let limit = Arc::new(tokio::sync::Semaphore::new(self.options.concurrency.max(1)));
        let total = urls.len();
        runtime.block_on(async {
            let mut tasks = tokio::task::JoinSet::new();
            for (n, url) in urls {
                let crawler = Arc::clone(crawler);
                let limit = Arc::clone(&limit);
                tasks.spawn(async move {
                    let _permit = limit.acquire_owned().await;
                    // Decoding and extraction are CPU work: done here, on the
                    // runtime's workers, so pages are extracted in parallel.
                    let loaded = crawler.fetch(&url).await.map(|f| {
                        let text = decode(&f.body, f.content_type.as_deref());
                        let doc = document_from_body(
                            &url,
                            &text,
                            f.content_type.as_deref(),
                            &f.final_url,
                        );
                        (f.origin, doc)
                    });
                    (n, url, loaded)
                });
            }
            let mut out = Vec::new();
            while let Some(joined) = tasks.join_next().await {
                let Ok((n, url, loaded)) = joined else {
                    continue;
                };
                if let Some(report) = &self.progress {
                    report(&Progress {
                        done: out.len() + 1,
                        total,
                        url: &url,
                        outcome: loaded.as_ref().map(|(origin, _)| *origin),
                    });
                }
                out.push((n, loaded.map(|(_, doc)| doc)));
            }
            out
        })
    }
}

/// The outcome of reading one input, `None` for a URL (fetched separately).
type FileResult = Option<Result<Document, FetchError>>;

/// Reads the file inputs (URLs are left as `None`) on all cores, keeping
/// input order. Extraction is CPU-bound, so one thread per core.
fn read_files_in_parallel(inputs: &[String]) -> Vec<FileResult> {
    let read = |input: &String| (!is_url(input)).then(|| read_file(Path::new(input)));
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if threads < 2 || inputs.len() < 4 {
        return inputs.iter().map(read).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<FileResult> = Vec::new();
    slots.resize_with(inputs.len(), || None);
    let done: Vec<Vec<(usize, FileResult)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(input) = inputs.get(i) else { break };
                        mine.push((i, read(input)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default())
            .collect()
    });
    for (i, result) in done.into_iter().flatten() {
        slots[i] = result;
    }
    slots
}

/// A URL's saved copy, read from `file` and treated as its downloaded body.
fn saved_copy(url: &str, file: &Path) -> Result<Document, FetchError> {
    let bytes = std::fs::read(file).map_err(|source| FetchError::Io {
        path: file.display().to_string(),
        source,
    })?;
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let content_type = match ext.as_str() {
        "txt" => "text/plain",
        "md" => "text/markdown",
        _ => "text/html",
    };
    let text = decode(&bytes, None);
    Ok(document_from_body(url, &text, Some(content_type), url))
}

/// The document of a page body, downloaded or saved: text and Markdown are
/// read as text, anything else as HTML.
fn document_from_body(
    url: &str,
    body: &str,
    content_type: Option<&str>,
    final_url: &str,
) -> Document {
    let is_text = content_type
        .is_some_and(|ct| ct.starts_with("text/plain") || ct.starts_with("text/markdown"));
    let mut doc = if is_text {
        parse_text(body, url)
    } else {
        extract_html(body, url)
    };
    if doc.canonical_url.is_none() && final_url != url {
        doc.canonical_url = Some(final_url.to_string());
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_paths_are_told_apart() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("ftp://example.org/a"));
        assert!(!is_url("fixtures/a.html"));
        assert!(!is_url("C:\\a.html"));
    }

    #[test]
    fn unsupported_and_missing_files_name_the_input() {
        // Cargo.toml exists (tests run from the crate folder) but is not a page.
        let err = read_file(Path::new("Cargo.toml")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Cargo.toml: unsupported file type (expected .html, .htm, .txt or .md)"
        );
        let err = read_file(Path::new("notes.pdf")).unwrap_err();
        assert!(
            err.to_string().starts_with("notes.pdf: cannot read:"),
            "{err}"
        );
        let err = read_file(Path::new("no/such/file.txt")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("no/such/file.txt: cannot read:"),
            "{err}"
        );
    }

    #[test]
    fn other_schemes_are_refused() {
        let fetcher = Fetcher::new(FetchOptions::default()).unwrap();
        let err = fetcher.load("ftp://example.org/a").unwrap_err();
        assert_eq!(
            err.to_string(),
            "ftp://example.org/a: only http and https URLs can be fetched"
        );
    }
}
