//! Fetching over HTTP against a local server on 127.0.0.1: redirects,
//! redirect loops, status errors, size caps, timeouts and charsets.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use factcheck_fetch::{FetchOptions, Fetcher};

/// A raw HTTP response for a request path; `None` closes without answering.
type Route = fn(&str) -> Option<Vec<u8>>;

/// Serves `route` on a fresh port until the test ends; returns the base URL.
fn serve(route: Route) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream, route));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream, route: Route) {
    let mut buf = [0u8; 4096];
    let Ok(n) = stream.read(&mut buf) else { return };
    let request = String::from_utf8_lossy(&buf[..n]);
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    if let Some(response) = route(&path) {
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

const PAGE: &str = "<html><head><title>Served</title></head><body><article><p>The page that the local test server serves has enough words to count as an article.</p></article></body></html>";

fn routes(path: &str) -> Option<Vec<u8>> {
    Some(match path {
        "/page" => response("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes()),
        "/r1" => response("301 Moved Permanently", "Location: /r2\r\n", b""),
        "/r2" => response("302 Found", "Location: /page\r\n", b""),
        "/loop" => response("302 Found", "Location: /loop\r\n", b""),
        "/error" => response("500 Internal Server Error", "", b"oops"),
        "/huge" => response(
            "200 OK",
            "Content-Type: text/html\r\n",
            &vec![b'a'; 300_000],
        ),
        "/latin1" => {
            let body = b"<html><head><meta charset=\"windows-1252\"></head><body><article><p>Caf\xe9 prices rose by a fifth over the year in the old town, traders said.</p></article></body></html>";
            response("200 OK", "Content-Type: text/html\r\n", body)
        }
        "/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            response("200 OK", "", PAGE.as_bytes())
        }
        _ => response("404 Not Found", "", b""),
    })
}

fn fetcher(options: FetchOptions) -> Fetcher {
    Fetcher::new(options).expect("fetcher")
}

#[test]
fn redirects_are_followed_and_loops_stopped() {
    let base = serve(routes);
    let f = fetcher(FetchOptions::default());
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
        ..FetchOptions::default()
    });
    let err = f.load(&format!("{base}/error")).unwrap_err().to_string();
    assert_eq!(err, format!("{base}/error: server answered HTTP 500"));
    let err = f.load(&format!("{base}/huge")).unwrap_err().to_string();
    assert_eq!(
        err,
        format!("{base}/huge: response larger than 100000 bytes")
    );
}

#[test]
fn meta_charset_decides_the_decoding() {
    let base = serve(routes);
    let doc = fetcher(FetchOptions::default())
        .load(&format!("{base}/latin1"))
        .unwrap();
    assert!(doc.text.starts_with("Café prices rose"), "{}", doc.text);
}

#[test]
fn a_slow_server_hits_the_timeout() {
    let base = serve(routes);
    let f = fetcher(FetchOptions {
        timeout: Duration::from_millis(500),
        ..FetchOptions::default()
    });
    let err = f.load(&format!("{base}/slow")).unwrap_err().to_string();
    assert_eq!(err, format!("{base}/slow: fetch failed: timed out"));
}

#[test]
fn many_urls_come_back_in_input_order() {
    let base = serve(routes);
    let inputs: Vec<String> = ["/page", "/missing", "/r2", "/error"]
        .iter()
        .map(|p| format!("{base}{p}"))
        .collect();
    let results = fetcher(FetchOptions::default()).load_all(&inputs);
    let ok: Vec<bool> = results.iter().map(Result::is_ok).collect();
    assert_eq!(ok, [true, false, true, false]);
}
