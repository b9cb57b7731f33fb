//! The single-stage commands: fetch, claims, quantities.

use std::io::Write;
use std::process::{Command, Stdio};

use factcheck_tests::{binary, root, run, run_json, run_ok};

#[test]
fn fetch_jsonl_gives_one_object_per_input() {
    let out = run_ok(&[
        "fetch",
        "--format",
        "jsonl",
        "fixtures/seed/sources/wire-report.html",
        "fixtures/seed/sources/briefing-notes.txt",
    ]);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["input"], "fixtures/seed/sources/wire-report.html");
    assert_eq!(
        lines[0]["title"],
        "Myanmar leader in Moscow for talks with Putin"
    );
    assert_eq!(lines[0]["publisher"], "Global Wire");
    assert_eq!(lines[0]["published"], "2025-03-05T14:20:00Z");
    let text = lines[0]["text"].as_str().unwrap();
    assert!(text.starts_with("MOSCOW — Senior General"), "{text}");
    for noise in [
        "cookies",
        "Most read",
        "Fourth-quarter",
        "honour guard",
        "bureaus",
    ] {
        assert!(!text.contains(noise), "{noise} leaked into {text}");
    }
    assert_eq!(lines[1]["publisher"], "Regional Policy Briefs");
}

#[test]
fn fetch_drops_sidebars_and_comments() {
    let docs = run_json(&[
        "fetch",
        "--format",
        "json",
        "fixtures/seed/sources/eastern-analysis.html",
        "fixtures/seed/sources/asia-desk-blog.html",
    ]);
    let analysis = docs[0]["text"].as_str().unwrap();
    assert_eq!(docs[0]["byline"], "Tun Aye Lwin");
    assert!(!analysis.contains("Rice prices"));
    let blog = docs[1]["text"].as_str().unwrap();
    assert!(blog.contains("two new consulates"));
    assert!(!blog.contains("third visit"), "comments leaked: {blog}");
    assert!(!blog.contains("Share on"));
}

#[test]
fn fetch_of_a_missing_file_names_it() {
    let out = run(&["fetch", "nope.html"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("factcheck: nope.html: cannot read"));
}

#[test]
fn claims_json_carries_measured_things_times_and_speakers() {
    let claims = run_json(&["claims", "fixtures/seed/article.txt", "--format", "json"]);
    let claims = claims.as_array().unwrap();
    let by_figure = |f: &str| {
        claims
            .iter()
            .find(|c| c["quantity"]["text"] == f)
            .unwrap_or_else(|| panic!("no claim {f}"))
    };
    assert_eq!(by_figure("fourth")["measured"]["head"], "visit");
    assert_eq!(by_figure("fourth")["subject"], "Min Aung Hlaing");
    assert_eq!(by_figure("40%")["measured"]["head"], "trade");
    assert_eq!(by_figure("40%")["time"]["text"], "last year");
    assert_eq!(by_figure("two")["measured"]["head"], "consulate");
    assert_eq!(by_figure("four")["measured"]["head"], "agreement");
    assert_eq!(by_figure("four")["speaker"], "Zachary Abuza");
    assert_eq!(by_figure("less than half")["measured"]["head"], "country");
    let quotes: Vec<_> = claims.iter().filter(|c| c["kind"] == "quote").collect();
    assert_eq!(quotes.len(), 2);
    assert!(quotes.iter().all(|q| q["speaker"] == "Zachary Abuza"));
}

#[test]
fn quantities_harness_contract() {
    let mut child = Command::new(binary())
        .args(["quantities", "--jsonl"])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("\"a 40% rise in caf\u{e9} sales\"\n\"\"\n\"two new consulates\"\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        serde_json::json!([{"text": "40%", "start": 2, "end": 5, "kind": "percent", "value": "40", "unit": "percentage"}])
    );
    assert_eq!(lines[1], serde_json::json!([]));
    assert_eq!(lines[2][0]["value"], "2");
}

#[test]
fn quantities_rejects_non_json_lines_with_a_clear_error() {
    let mut child = Command::new(binary())
        .args(["quantities", "--jsonl"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"not json\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("standard input line 1: expected a JSON string"),
        "{err}"
    );
}

#[test]
fn quantities_table_for_text_argument() {
    let table = run_ok(&["quantities", "less than half of the country"]);
    assert!(table.contains("less than half"));
    assert!(table.contains("less_than"));
}

#[test]
fn an_empty_page_fetches_as_empty_text_but_is_skipped_as_a_source() {
    let dir = std::env::temp_dir().join(format!("factcheck-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("empty.html");
    std::fs::write(
        &page,
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    )
    .unwrap();
    let page = page.to_str().unwrap();
    let docs = run_json(&["fetch", "--format", "json", page]);
    assert_eq!(docs[0]["text"], "");
    let report = run_json(&[
        "check",
        "fixtures/seed/article.txt",
        "--sources",
        page,
        "--format",
        "json",
    ]);
    assert_eq!(report["skipped"][0]["reason"], "no article text found");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Serves the seed's wire report as `/story/N` on 127.0.0.1 (robots.txt
/// is missing: everything allowed) until the test process ends.
fn serve_story() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let page = std::fs::read(root().join("fixtures/seed/sources/wire-report.html")).unwrap();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let n = std::io::Read::read(&mut stream, &mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]);
            let response = if request.starts_with("GET /story/") {
                let mut r = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    page.len()
                )
                .into_bytes();
                r.extend_from_slice(&page);
                r
            } else {
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
            };
            let _ = stream.write_all(&response);
        }
    });
    format!("http://{addr}")
}

#[test]
fn fetching_many_urls_shows_progress_and_fills_the_cache_for_offline_use() {
    let base = serve_story();
    let cache = std::env::temp_dir().join(format!("factcheck-cli-cache-{}", std::process::id()));
    let cache_arg = cache.to_str().unwrap();
    let urls = [format!("{base}/story/1"), format!("{base}/story/2")];
    let out = run(&[
        "fetch",
        "--format",
        "jsonl",
        "--cache-dir",
        cache_arg,
        &urls[0],
        &urls[1],
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let progress = String::from_utf8(out.stderr).unwrap();
    assert_eq!(progress.lines().count(), 2, "{progress}");
    assert!(
        progress.contains("[2/2]") && progress.contains("(downloaded)"),
        "{progress}"
    );
    let online = String::from_utf8(out.stdout).unwrap();

    let offline = run_ok(&[
        "fetch",
        "--format",
        "jsonl",
        "--offline",
        "--cache-dir",
        cache_arg,
        &urls[0],
        &urls[1],
    ]);
    assert_eq!(offline, online);

    let out = run(&[
        "fetch",
        "--quiet",
        "--offline",
        "--cache-dir",
        cache_arg,
        &format!("{base}/story/3"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.trim(),
        format!(
            "factcheck: {base}/story/3: not available offline (not in the URL map or the cache)"
        )
    );
    std::fs::remove_dir_all(&cache).unwrap();
}

#[test]
fn errors_name_their_cause_once() {
    let out = run(&[
        "check",
        "no-such-article.txt",
        "--sources",
        "fixtures/seed/sources",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
}
