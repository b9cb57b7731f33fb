//! Fetching pages over HTTP(S) like a polite, robust crawler: timeouts, a
//! redirect limit, a size cap, retries with backoff (honoring
//! `Retry-After`), bounded per-host concurrency with a gap between
//! requests, robots.txt, and an on-disk cache revalidated with
//! ETag / Last-Modified.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::{
    HeaderMap, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, RETRY_AFTER,
};
use reqwest::StatusCode;
use tokio::time::Instant;

use crate::cache::{Cache, CacheEntry, CacheMeta};
use crate::robots::Robots;
use crate::FetchError;

/// The product token matched against robots.txt `User-agent` lines.
pub const ROBOTS_AGENT: &str = "factcheck";

/// Settings for fetching URLs. The defaults suit fetching a handful of
/// news pages politely; [`FetchOptions::default`] uses no disk cache (the
/// command-line tool turns on the platform cache folder).
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Time allowed to open a connection.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request, body included.
    pub timeout: Duration,
    /// Largest body accepted, in bytes.
    pub max_bytes: usize,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// The User-Agent header sent with every request.
    pub user_agent: String,
    /// Requests in flight at once when fetching many pages.
    pub concurrency: usize,
    /// Requests in flight at once to any one host.
    pub per_host_concurrency: usize,
    /// Least time between the starts of two requests to the same host; a
    /// longer robots.txt `Crawl-delay` (up to `max_retry_wait`) wins.
    pub host_delay: Duration,
    /// Further attempts after a 429, a 5xx or a failed connection.
    pub retries: u32,
    /// Wait before the first retry; doubled for each further one. A
    /// server's `Retry-After` replaces it.
    pub backoff: Duration,
    /// Longest wait accepted from `Retry-After` or `Crawl-delay`; a server
    /// asking for more gets its error reported instead.
    pub max_retry_wait: Duration,
    /// Honor robots.txt (the default); `false` fetches disallowed pages too.
    pub respect_robots: bool,
    /// Where downloaded pages are kept for revalidation and offline use;
    /// `None` keeps nothing.
    pub cache_dir: Option<PathBuf>,
    /// Saved copies of URLs ([`load_url_map`](crate::load_url_map)): a
    /// mapped URL is read from its file instead of the network, then decoded
    /// and extracted exactly as a downloaded page.
    pub url_map: std::collections::BTreeMap<String, std::path::PathBuf>,
    /// Never touch the network: a URL must be in `url_map` or the cache.
    pub offline: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_bytes: 10 * 1024 * 1024,
            max_redirects: 10,
            user_agent: format!(
                "factcheck/{} (+offline-first fact-checking tool)",
                env!("CARGO_PKG_VERSION")
            ),
            concurrency: 8,
            per_host_concurrency: 2,
            host_delay: Duration::from_millis(500),
            retries: 3,
            backoff: Duration::from_secs(1),
            max_retry_wait: Duration::from_secs(60),
            respect_robots: true,
            cache_dir: None,
            url_map: Default::default(),
            offline: false,
        }
    }
}

/// How a fetched body was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Downloaded in full.
    Downloaded,
    /// The cached copy, confirmed current by the server (HTTP 304).
    Revalidated,
    /// The cached copy, used without asking the server (offline).
    Cached,
}

/// A fetched body: raw bytes and what the server said about them.
pub(crate) struct Fetched {
    pub body: Vec<u8>,
    pub content_type: Option<String>,
    pub final_url: String,
    pub origin: Origin,
}

/// Per-host politeness state.
struct Host {
    permits: tokio::sync::Semaphore,
    next_start: tokio::sync::Mutex<Instant>,
    robots: tokio::sync::OnceCell<Robots>,
}

/// The shared state of one fetching run: client, cache and hosts.
pub(crate) struct Crawler {
    client: reqwest::Client,
    options: FetchOptions,
    cache: Option<Cache>,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
}

impl Crawler {
    pub fn new(options: FetchOptions) -> Result<Self, FetchError> {
        let client = reqwest::Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.timeout)
            .redirect(reqwest::redirect::Policy::limited(options.max_redirects))
            .user_agent(options.user_agent.clone())
            .build()
            .map_err(|e| FetchError::Client(e.to_string()))?;
        let cache = options.cache_dir.as_deref().map(Cache::new);
        Ok(Crawler {
            client,
            options,
            cache,
            hosts: Mutex::new(HashMap::new()),
        })
    }

    /// Fetches `url` (http or https), from the cache when offline.
    pub async fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        let parsed = reqwest::Url::parse(url).map_err(|e| FetchError::Network {
            url: url.to_string(),
            reason: format!("invalid URL: {e}"),
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(FetchError::UnsupportedScheme {
                url: url.to_string(),
            });
        }
        let cached = self.cache.as_ref().and_then(|c| c.get(url));
        if self.options.offline {
            return match cached {
                Some(entry) => Ok(from_cache(entry, Origin::Cached)),
                None => Err(FetchError::Offline {
                    url: url.to_string(),
                }),
            };
        }
        let host = self.host(&parsed);
        let mut delay = self.options.host_delay;
        if self.options.respect_robots {
            let robots = host
                .robots
                .get_or_init(|| self.robots_for(&parsed, &host))
                .await;
            let mut path = parsed.path().to_string();
            if let Some(query) = parsed.query() {
                path.push('?');
                path.push_str(query);
            }
            if !robots.allows(&path) {
                return Err(FetchError::Robots {
                    url: url.to_string(),
                    unreachable: robots.is_unreachable(),
                });
            }
            if let Some(asked) = robots.crawl_delay() {
                delay = delay.max(asked.min(self.options.max_retry_wait));
            }
        }
        let mut attempt = 0;
        loop {
            let outcome = {
                let _permit = self.take_turn(&host, delay).await;
                self.attempt(url, cached.as_ref()).await
            };
            let wait = match outcome {
                Attempt::Done(result) => return result,
                Attempt::Retry { error, retry_after } => {
                    let wait = retry_after
                        .unwrap_or_else(|| self.options.backoff * 2u32.saturating_pow(attempt));
                    if attempt >= self.options.retries || wait > self.options.max_retry_wait {
                        return Err(error.after_attempts(attempt + 1));
                    }
                    wait
                }
            };
            attempt += 1;
            tokio::time::sleep(wait).await;
        }
    }

    /// One request, conditional when a cached copy exists.
    async fn attempt(&self, url: &str, cached: Option<&CacheEntry>) -> Attempt {
        let mut request = self.client.get(url);
        if let Some(entry) = cached {
            if let Some(etag) = &entry.meta.etag {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(modified) = &entry.meta.last_modified {
                request = request.header(IF_MODIFIED_SINCE, modified);
            }
        }
        let mut response = match request.send().await {
            Ok(r) => r,
            Err(e) => {
                let error = FetchError::Network {
                    url: url.to_string(),
                    reason: describe(&e),
                };
                return if e.is_connect() {
                    Attempt::Retry {
                        error,
                        retry_after: None,
                    }
                } else {
                    Attempt::Done(Err(error))
                };
            }
        };
        let status = response.status();
        if let (StatusCode::NOT_MODIFIED, Some(entry)) = (status, cached) {
            return Attempt::Done(Ok(Fetched {
                body: entry.body.clone(),
                content_type: entry.meta.content_type.clone(),
                final_url: entry.meta.final_url.clone(),
                origin: Origin::Revalidated,
            }));
        }
        if !status.is_success() {
            let error = FetchError::Status {
                url: url.to_string(),
                status: status.as_u16(),
                attempts: 1,
            };
            return if is_transient(status) {
                Attempt::Retry {
                    error,
                    retry_after: retry_after(response.headers()),
                }
            } else {
                Attempt::Done(Err(error))
            };
        }
        let headers = response.headers();
        let header = |name| {
            headers
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        let meta = CacheMeta {
            url: url.to_string(),
            final_url: response.url().to_string(),
            content_type: header(CONTENT_TYPE),
            etag: header(ETAG),
            last_modified: header(LAST_MODIFIED),
        };
        let max_bytes = self.options.max_bytes;
        let too_large = || FetchError::TooLarge {
            url: url.to_string(),
            limit: max_bytes,
        };
        if response
            .content_length()
            .is_some_and(|n| n > max_bytes as u64)
        {
            return Attempt::Done(Err(too_large()));
        }
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > max_bytes {
                        return Attempt::Done(Err(too_large()));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    return Attempt::Done(Err(FetchError::Network {
                        url: url.to_string(),
                        reason: describe(&e),
                    }))
                }
            }
        }
        let entry = CacheEntry { meta, body };
        if let Some(cache) = &self.cache {
            // A cache that cannot be written costs a re-download next time,
            // not this fetch.
            let _ = cache.put(&entry);
        }
        Attempt::Done(Ok(from_cache(entry, Origin::Downloaded)))
    }

    /// The politeness state of `url`'s host (scheme, host and port).
    fn host(&self, url: &reqwest::Url) -> Arc<Host> {
        let key = format!(
            "{}://{}:{}",
            url.scheme(),
            url.host_str().unwrap_or(""),
            url.port_or_known_default().unwrap_or(0)
        );
        let mut hosts = self
            .hosts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Arc::clone(hosts.entry(key).or_insert_with(|| {
            Arc::new(Host {
                permits: tokio::sync::Semaphore::new(self.options.per_host_concurrency.max(1)),
                next_start: tokio::sync::Mutex::new(Instant::now()),
                robots: tokio::sync::OnceCell::new(),
            })
        }))
    }

    /// Waits for a free slot on `host` and for its gap since the previous
    /// request start; the returned permit is held for the request.
    async fn take_turn<'h>(
        &self,
        host: &'h Host,
        delay: Duration,
    ) -> Option<tokio::sync::SemaphorePermit<'h>> {
        let permit = host.permits.acquire().await.ok();
        let mut next = host.next_start.lock().await;
        let now = Instant::now();
        if *next > now {
            tokio::time::sleep_until(*next).await;
        }
        *next = Instant::now() + delay;
        permit
    }

    /// The site's robots.txt rules for factcheck: a missing file (4xx)
    /// allows everything, a failing server (5xx, no answer) nothing.
    async fn robots_for(&self, url: &reqwest::Url, host: &Host) -> Robots {
        let mut robots_url = url.clone();
        robots_url.set_path("/robots.txt");
        robots_url.set_query(None);
        robots_url.set_fragment(None);
        let _permit = self.take_turn(host, self.options.host_delay).await;
        let response = match self.client.get(robots_url).send().await {
            Ok(r) => r,
            Err(_) => return Robots::unreachable(),
        };
        let status = response.status();
        if status.is_client_error() {
            return Robots::allow_all();
        }
        if !status.is_success() {
            return Robots::unreachable();
        }
        match response.bytes().await {
            // RFC 9309 asks crawlers to read at least 500 KiB.
            Ok(bytes) => Robots::parse(
                &String::from_utf8_lossy(&bytes[..bytes.len().min(512 * 1024)]),
                ROBOTS_AGENT,
            ),
            Err(_) => Robots::unreachable(),
        }
    }
}

/// The result of one request: final, or worth another try.
enum Attempt {
    Done(Result<Fetched, FetchError>),
    Retry {
        error: FetchError,
        retry_after: Option<Duration>,
    },
}

fn from_cache(entry: CacheEntry, origin: Origin) -> Fetched {
    Fetched {
        body: entry.body,
        content_type: entry.meta.content_type,
        final_url: entry.meta.final_url,
        origin,
    }
}

/// Statuses that usually pass: rate limiting and temporary server trouble.
fn is_transient(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 500 | 502 | 503 | 504)
}

/// A `Retry-After` header as a wait: delay-seconds or an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = when.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".into()
    } else if e.is_redirect() {
        "too many redirects".into()
    } else if e.is_connect() {
        "could not connect".into()
    } else {
        let mut msg = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            msg = s.to_string();
            source = s.source();
        }
        msg
    }
}

/// Decodes a page body: byte-order mark first, then the charset of the
/// Content-Type header, then a `<meta charset>` in the first 2 KiB; without
/// any label, UTF-8 when the bytes are valid UTF-8, else the encoding
/// chardetng guesses from the bytes.
///
/// ```
/// let latin1 = b"<meta charset=\"windows-1252\"><p>caf\xe9</p>";
/// assert!(factcheck_fetch::decode(latin1, None).contains("café"));
/// ```
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned();
    }
    let from_header = content_type.and_then(charset_param);
    let from_meta = || {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
        let i = head.find("charset=")?;
        let rest = head[i + 8..].trim_start_matches(['"', '\'']);
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        Some(rest[..end].to_string())
    };
    let labeled = from_header
        .or_else(from_meta)
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()));
    let encoding = labeled.unwrap_or_else(|| sniff(bytes));
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// The encoding of unlabeled bytes: UTF-8 when they are valid UTF-8,
/// otherwise chardetng's guess.
fn sniff(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return encoding_rs::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').find_map(|part| {
        let (k, v) = part.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset")).then(|| v.trim().trim_matches('"').to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, "7".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        headers.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&headers), Some(Duration::ZERO));
        headers.insert(RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn unlabeled_bytes_are_sniffed() {
        let utf8 = "<p>naïve café</p>".as_bytes();
        assert!(decode(utf8, None).contains("naïve café"));
        let (sjis, _, _) = encoding_rs::SHIFT_JIS
            .encode("<p>東京の人口は増えた。東京都の発表によると、人口は千四百万人を超えた。</p>");
        assert!(
            decode(&sjis, None).contains("東京の人口"),
            "{}",
            decode(&sjis, None)
        );
    }
}
