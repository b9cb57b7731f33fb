//! Fetching pages over HTTP(S) with timeouts, a redirect limit, a size cap
//! and charset decoding.

use std::time::Duration;

use crate::FetchError;

/// Settings for fetching URLs.
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
    /// Saved copies of URLs ([`load_url_map`](crate::load_url_map)): a
    /// mapped URL is read from its file instead of the network, then decoded
    /// and extracted exactly as a downloaded page.
    pub url_map: std::collections::BTreeMap<String, std::path::PathBuf>,
    /// Never touch the network: a URL missing from `url_map` is an error.
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
            url_map: Default::default(),
            offline: false,
        }
    }
}

/// A fetched body: decoded text and the content type the server gave.
pub(crate) struct Fetched {
    pub text: String,
    pub content_type: Option<String>,
    pub final_url: String,
}

pub(crate) fn client(options: &FetchOptions) -> Result<reqwest::Client, FetchError> {
    reqwest::Client::builder()
        .connect_timeout(options.connect_timeout)
        .timeout(options.timeout)
        .redirect(reqwest::redirect::Policy::limited(options.max_redirects))
        .user_agent(options.user_agent.clone())
        .build()
        .map_err(|e| FetchError::Client(e.to_string()))
}

pub(crate) async fn get(
    client: &reqwest::Client,
    url: &str,
    max_bytes: usize,
) -> Result<Fetched, FetchError> {
    let net = |e: reqwest::Error| FetchError::Network {
        url: url.to_string(),
        reason: describe(&e),
    };
    let mut response = client.get(url).send().await.map_err(net)?;
    let status = response.status();
    if !status.is_success() {
        return Err(FetchError::Status {
            url: url.to_string(),
            status: status.as_u16(),
        });
    }
    let final_url = response.url().to_string();
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if response
        .content_length()
        .is_some_and(|n| n as usize > max_bytes)
    {
        return Err(FetchError::TooLarge {
            url: url.to_string(),
            limit: max_bytes,
        });
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(net)? {
        if body.len() + chunk.len() > max_bytes {
            return Err(FetchError::TooLarge {
                url: url.to_string(),
                limit: max_bytes,
            });
        }
        body.extend_from_slice(&chunk);
    }
    let text = decode(&body, content_type.as_deref());
    Ok(Fetched {
        text,
        content_type,
        final_url,
    })
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
/// Content-Type header, then a `<meta charset>` in the first 1 KiB, else UTF-8
/// (invalid bytes replaced).
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
    let label = from_header.or_else(from_meta);
    let encoding = label
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').find_map(|part| {
        let (k, v) = part.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset")).then(|| v.trim().trim_matches('"').to_string())
    })
}
