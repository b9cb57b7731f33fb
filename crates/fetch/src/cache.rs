//! An on-disk cache of downloaded pages, so re-runs revalidate cheaply
//! (ETag / Last-Modified) and work offline.
//!
//! One entry per URL: `<key>.json` holds the metadata, `<key>.body` the raw
//! bytes as received (before decoding). The key is a hash of the URL; the
//! URL is stored in the metadata and checked on read, so a hash collision
//! is a miss, never a wrong page. Writes go through a temporary file and a
//! rename, so an interrupted run never leaves a half-written entry.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The platform's cache folder for factcheck (`~/.cache/factcheck` on
/// Linux, `~/Library/Caches/factcheck` on macOS, `%LOCALAPPDATA%\factcheck`
/// on Windows), if the platform has one.
pub fn default_cache_dir() -> Option<PathBuf> {
    dirs::cache_dir().map(|d| d.join("factcheck"))
}

/// What is remembered about a cached response besides its body.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub(crate) struct CacheMeta {
    pub url: String,
    pub final_url: String,
    pub content_type: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A cached response: metadata and the raw body.
pub(crate) struct CacheEntry {
    pub meta: CacheMeta,
    pub body: Vec<u8>,
}

/// A cache folder.
#[derive(Debug, Clone)]
pub(crate) struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: &Path) -> Self {
        Cache {
            dir: dir.to_path_buf(),
        }
    }

    /// The entry for `url`, or `None` when absent or unreadable (a damaged
    /// entry is a miss; the next download replaces it).
    pub fn get(&self, url: &str) -> Option<CacheEntry> {
        let (meta_path, body_path) = self.paths(url);
        let meta: CacheMeta = serde_json::from_slice(&std::fs::read(meta_path).ok()?).ok()?;
        if meta.url != url {
            return None;
        }
        let body = std::fs::read(body_path).ok()?;
        Some(CacheEntry { meta, body })
    }

    /// Stores `entry`, replacing any earlier one. Failing to write the cache
    /// never fails a fetch, so the error is only returned for callers that
    /// want to report it.
    pub fn put(&self, entry: &CacheEntry) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let (meta_path, body_path) = self.paths(&entry.meta.url);
        let meta = serde_json::to_vec_pretty(&entry.meta).map_err(std::io::Error::other)?;
        write_atomically(&body_path, &entry.body)?;
        write_atomically(&meta_path, &meta)
    }

    fn paths(&self, url: &str) -> (PathBuf, PathBuf) {
        let key = format!("{:016x}", fnv1a(url.as_bytes()));
        (
            self.dir.join(format!("{key}.json")),
            self.dir.join(format!("{key}.body")),
        )
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// FNV-1a, 64 bits: a hash that stays the same across Rust releases and
/// platforms, so cache keys survive upgrades.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_are_keyed_by_url() {
        let dir = std::env::temp_dir().join(format!("factcheck-cache-test-{}", std::process::id()));
        let cache = Cache::new(&dir);
        let entry = CacheEntry {
            meta: CacheMeta {
                url: "https://example.org/a".into(),
                final_url: "https://example.org/a".into(),
                content_type: Some("text/html".into()),
                etag: Some("\"v1\"".into()),
                last_modified: None,
            },
            body: b"<p>hello</p>".to_vec(),
        };
        cache.put(&entry).unwrap();
        let back = cache.get("https://example.org/a").unwrap();
        assert_eq!(back.meta, entry.meta);
        assert_eq!(back.body, entry.body);
        assert!(cache.get("https://example.org/b").is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn keys_are_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
