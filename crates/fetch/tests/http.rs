//! Fetching over HTTP against a local server on 127.0.0.1: redirects and
//! loops, status errors and retries, Retry-After, size caps, timeouts,
//! compression, charsets, robots.txt, per-host politeness and the cache.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use factcheck_fetch::{FetchOptions, Fetcher, Origin};

/// What the test server saw of a request.
struct Request {
    path: String,
    /// The request head, lowercased, for header checks.
    head: String,
}

impl Request {
    fn has_header(&self, line: &str) -> bool {
        self.head.contains(&line.to_ascii_lowercase())
    }
}

/// A raw HTTP response for a request; `None` closes without answering.
type Route = Arc<dyn Fn(&Request) -> Option<Vec<u8>> + Send + Sync>;

/// Serves `route` on a fresh port until the test ends; returns the base URL.
fn serve(route: impl Fn(&Request) -> Option<Vec<u8>> + Send + Sync + 'static) -> String {
    let route: Route = Arc::new(route);
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let route = Arc::clone(&route);
            std::thread::spawn(move || answer(stream, &route));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream, route: &Route) {
    let mut buf = [0u8; 8192];
    let Ok(n) = stream.read(&mut buf) else { return };
    let head = String::from_utf8_lossy(&buf[..n]).to_string();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let request = Request {
        path,
        head: head.to_ascii_lowercase(),
    };
    if let Some(response) = route(&request) {
        let _ = stream.write_all(&response);
    }
}

fn response(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

fn not_found() -> Vec<u8> {
    response("404 Not Found", "", b"")
}

const PAGE: &str = "<html><head><title>Served</title></head><body><article><p>The page that the local test server serves has enough words to count as an article.</p></article></body></html>";

fn html(body: &[u8]) -> Vec<u8> {
    response("200 OK", "Content-Type: text/html\r\n", body)
}

fn routes(request: &Request) -> Option<Vec<u8>> {
    Some(match request.path.as_str() {
        "/page" => html(PAGE.as_bytes()),
        "/r1" => response("301 Moved Permanently", "Location: /r2\r\n", b""),
        "/r2" => response("302 Found", "Location: /page\r\n", b""),
        "/loop" => response("302 Found", "Location: /loop\r\n", b""),
        "/error" => response("500 Internal Server Error", "", b"oops"),
        "/huge" => html(&vec![b'a'; 300_000]),
        "/latin1" => html(b"<html><head><meta charset=\"windows-1252\"></head><body><article><p>Caf\xe9 prices rose by a fifth over the year in the old town, traders said.</p></article></body></html>"),
        "/sjis" => {
            let page = "<html><head><meta charset=\"Shift_JIS\"><title>統計</title></head><body><article><p>東京都の人口は昨年、千四百万人を超えたと都が発表した。</p></article></body></html>";
            let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(page);
            // No charset in the header: only the page's <meta> names it.
            html(&bytes)
        }
        "/gzip" => {
            use flate2::write::GzEncoder;
            let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(PAGE.as_bytes()).ok()?;
            let body = encoder.finish().ok()?;
            response("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", &body)
        }
        "/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            html(PAGE.as_bytes())
        }
        _ => not_found(),
    })
}

/// Options for tests: no gap between requests and short backoffs.
fn quick() -> FetchOptions {
    FetchOptions {
        host_delay: Duration::ZERO,
        backoff: Duration::from_millis(10),
        ..FetchOptions::default()
    }
}

fn fetcher(options: FetchOptions) -> Fetcher {
    Fetcher::new(options).expect("fetcher")
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn redirects_are_followed_and_loops_stopped() {
    let base = serve(routes);
    let f = fetcher(quick());
    let doc = f.load(&format!("{base}/r1")).unwrap();
    assert_eq!(doc.title.as_deref(), Some("Served"));
    assert_eq!(
        doc.canonical_url.as_deref(),
        Some(format!("{base}/page").as_str())
    );
    let err = f.load(&format!("{base}/loop")).unwrap_err().to_string();
    assert_eq!(
        err,
        format!("{base}/loop: fetch failed: too many redirects")
    );
}

#[test]
fn server_errors_and_oversized_bodies_name_the_url() {
    let base = serve(routes);
    let f = fetcher(FetchOptions {
        max_bytes: 100_000,
        retries: 2,
        ..quick()
    });
    let err = f.load(&format!("{base}/error")).unwrap_err().to_string();
    assert_eq!(
        err,
        format!("{base}/error: server answered HTTP 500 (after 3 attempts)")
    );
    let err = f.load(&format!("{base}/huge")).unwrap_err().to_string();
    assert_eq!(
        err,
        format!("{base}/huge: response larger than 100000 bytes")
    );
    let err = f.load(&format!("{base}/gone")).unwrap_err().to_string();
    assert_eq!(err, format!("{base}/gone: server answered HTTP 404"));
}

#[test]
fn meta_charset_decides_the_decoding() {
    let base = serve(routes);
    let f = fetcher(quick());
    let doc = f.load(&format!("{base}/latin1")).unwrap();
    assert!(doc.text.starts_with("Café prices rose"), "{}", doc.text);
    let doc = f.load(&format!("{base}/sjis")).unwrap();
    assert_eq!(doc.title.as_deref(), Some("統計"));
    assert!(doc.text.starts_with("東京都の人口は昨年"), "{}", doc.text);
}

#[test]
fn gzip_bodies_are_decompressed() {
    let base = serve(routes);
    let doc = fetcher(quick()).load(&format!("{base}/gzip")).unwrap();
    assert_eq!(doc.title.as_deref(), Some("Served"));
}

#[test]
fn a_slow_server_hits_the_timeout() {
    let base = serve(routes);
    let f = fetcher(FetchOptions {
        timeout: Duration::from_millis(500),
        ..quick()
    });
    let err = f.load(&format!("{base}/slow")).unwrap_err().to_string();
    assert_eq!(err, format!("{base}/slow: fetch failed: timed out"));
}

#[test]
fn many_urls_come_back_in_input_order_with_progress() {
    let base = serve(routes);
    let inputs: Vec<String> = ["/page", "/missing", "/r2", "/gzip"]
        .iter()
        .map(|p| format!("{base}{p}"))
        .collect();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let f = fetcher(quick()).on_progress(move |p| {
        log.lock()
            .unwrap()
            .push((p.done, p.total, p.outcome.is_ok()));
    });
    let results = f.load_all(&inputs);
    let ok: Vec<bool> = results.iter().map(Result::is_ok).collect();
    assert_eq!(ok, [true, false, true, true]);
    let seen = seen.lock().unwrap();
    let done: Vec<usize> = seen.iter().map(|s| s.0).collect();
    assert_eq!(done, [1, 2, 3, 4]);
    assert!(seen.iter().all(|s| s.1 == 4));
    assert_eq!(seen.iter().filter(|s| !s.2).count(), 1);
}

#[test]
fn rate_limits_are_retried_after_the_asked_wait() {
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    let base = serve(move |request| {
        if request.path != "/busy" {
            return Some(not_found());
        }
        Some(if counter.fetch_add(1, Ordering::SeqCst) == 0 {
            response("429 Too Many Requests", "Retry-After: 1\r\n", b"")
        } else {
            html(PAGE.as_bytes())
        })
    });
    let started = std::time::Instant::now();
    let doc = fetcher(quick()).load(&format!("{base}/busy")).unwrap();
    assert_eq!(doc.title.as_deref(), Some("Served"));
    assert_eq!(hits.load(Ordering::SeqCst), 2);
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "Retry-After was not honored"
    );
}

#[test]
fn a_retry_after_beyond_the_limit_is_reported_not_waited() {
    let base = serve(|_| {
        Some(response(
            "503 Service Unavailable",
            "Retry-After: 3600\r\n",
            b"",
        ))
    });
    let f = fetcher(FetchOptions {
        respect_robots: false,
        ..quick()
    });
    let err = f.load(&format!("{base}/page")).unwrap_err().to_string();
    assert_eq!(err, format!("{base}/page: server answered HTTP 503"));
}

fn robots_site(robots: &'static [u8]) -> String {
    serve(move |request| {
        Some(match request.path.as_str() {
            "/robots.txt" if robots.is_empty() => response("503 Service Unavailable", "", b""),
            "/robots.txt" => response("200 OK", "Content-Type: text/plain\r\n", robots),
            _ => html(PAGE.as_bytes()),
        })
    })
}

#[test]
fn robots_txt_is_honored_unless_ignored() {
    let base =
        robots_site(b"User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n");
    let f = fetcher(quick());
    assert!(f.load(&format!("{base}/news/1")).is_ok());
    let err = f
        .load(&format!("{base}/private/memo"))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        format!("{base}/private/memo: disallowed by the site's robots.txt (use --ignore-robots to fetch anyway)")
    );
    let ignoring = fetcher(FetchOptions {
        respect_robots: false,
        ..quick()
    });
    assert!(ignoring.load(&format!("{base}/private/memo")).is_ok());
}

#[test]
fn an_unreachable_robots_txt_disallows_crawling() {
    let base = robots_site(b"");
    let err = fetcher(quick())
        .load(&format!("{base}/news/1"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("robots.txt could not be fetched"), "{err}");
}

#[test]
fn one_request_at_a_time_per_host_when_asked() {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let (now, peak) = (Arc::clone(&in_flight), Arc::clone(&most));
    let base = serve(move |_| {
        let current = now.fetch_add(1, Ordering::SeqCst) + 1;
        peak.fetch_max(current, Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(50));
        now.fetch_sub(1, Ordering::SeqCst);
        Some(html(PAGE.as_bytes()))
    });
    let inputs: Vec<String> = (0..5).map(|i| format!("{base}/p{i}")).collect();
    let f = fetcher(FetchOptions {
        per_host_concurrency: 1,
        host_delay: Duration::from_millis(20),
        ..quick()
    });
    assert!(f.load_all(&inputs).iter().all(Result::is_ok));
    assert_eq!(most.load(Ordering::SeqCst), 1);
}

#[test]
fn the_cache_revalidates_and_serves_offline() {
    let full = Arc::new(AtomicUsize::new(0));
    let not_modified = Arc::new(AtomicUsize::new(0));
    let (full_hits, revalidations) = (Arc::clone(&full), Arc::clone(&not_modified));
    let base = serve(move |request| {
        Some(match request.path.as_str() {
            "/article" if request.has_header("if-none-match: \"v1\"") => {
                revalidations.fetch_add(1, Ordering::SeqCst);
                response("304 Not Modified", "ETag: \"v1\"\r\n", b"")
            }
            "/article" => {
                full_hits.fetch_add(1, Ordering::SeqCst);
                response(
                    "200 OK",
                    "Content-Type: text/html\r\nETag: \"v1\"\r\n",
                    PAGE.as_bytes(),
                )
            }
            _ => not_found(),
        })
    });
    let dir = temp_dir("cache");
    let cached = FetchOptions {
        cache_dir: Some(dir.clone()),
        ..quick()
    };
    let url = format!("{base}/article");
    let origins = Arc::new(Mutex::new(Vec::new()));
    let load = |options: FetchOptions| {
        let log = Arc::clone(&origins);
        fetcher(options)
            .on_progress(move |p| log.lock().unwrap().push(p.outcome.ok()))
            .load(&url)
    };
    let first = load(cached.clone()).unwrap();
    let second = load(cached.clone()).unwrap();
    assert_eq!(first, second);
    assert_eq!(full.load(Ordering::SeqCst), 1);
    assert_eq!(not_modified.load(Ordering::SeqCst), 1);
    let offline = FetchOptions {
        offline: true,
        ..cached
    };
    assert_eq!(load(offline.clone()).unwrap(), first);
    assert_eq!(
        *origins.lock().unwrap(),
        [
            Some(Origin::Downloaded),
            Some(Origin::Revalidated),
            Some(Origin::Cached)
        ]
    );
    let missing = format!("{base}/never-fetched");
    let err = fetcher(offline).load(&missing).unwrap_err().to_string();
    assert_eq!(
        err,
        format!("{missing}: not available offline (not in the URL map or the cache)")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
