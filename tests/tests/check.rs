//! `factcheck check` on the seed fixture: verdicts, report shape, stability.

use factcheck_tests::{root, run, run_json, run_ok};
use serde_json::Value;

const ARTICLE: &str = "fixtures/seed/article.txt";
const SOURCES: &str = "fixtures/seed/sources";
const DISSENT: &str = "fixtures/seed/extra/dissenting-report.txt";

/// The claim whose figure is written `figure`.
fn claim_with<'a>(report: &'a Value, figure: &str) -> &'a Value {
    report["claims"]
        .as_array()
        .expect("claims array")
        .iter()
        .find(|c| c["quantity"]["text"] == figure)
        .unwrap_or_else(|| panic!("no claim with figure {figure:?} in {report:#}"))
}

#[test]
fn agreeing_sources_support_the_seed_claims() {
    let report = run_json(&["check", ARTICLE, "--sources", SOURCES, "--format", "json"]);
    for figure in ["fourth", "40%", "first", "two", "less than half", "2021"] {
        assert_eq!(
            claim_with(&report, figure)["verdict"],
            "supported",
            "{figure}"
        );
    }
    let fourth = claim_with(&report, "fourth");
    assert_eq!(fourth["measured"], "visit");
    let stances: Vec<&Value> = fourth["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["stance"])
        .collect();
    assert!(stances.iter().all(|s| *s == "supports"), "{stances:?}");
    let trade = claim_with(&report, "40%");
    assert_eq!(trade["time"]["start"], "2024-01-01");
    assert_eq!(trade["quantity"]["change"], "increase");
}

#[test]
fn a_third_visit_source_makes_the_fourth_visit_conflicting() {
    let report = run_json(&[
        "check",
        ARTICLE,
        "--sources",
        SOURCES,
        "--sources",
        DISSENT,
        "--format",
        "json",
    ]);
    let fourth = claim_with(&report, "fourth");
    assert_eq!(fourth["verdict"], "conflicting");
    let contradicting: Vec<&Value> = fourth["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["stance"] == "contradicts")
        .collect();
    assert_eq!(contradicting.len(), 1);
    assert!(contradicting[0]["quote"]
        .as_str()
        .unwrap()
        .contains("third visit"));
    assert_eq!(claim_with(&report, "40%")["verdict"], "supported");
}

#[test]
fn distractors_and_page_furniture_are_not_evidence() {
    let report = run_json(&["check", ARTICLE, "--sources", SOURCES, "--format", "json"]);
    let all_quotes: Vec<&str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["evidence"].as_array().unwrap())
        .map(|e| e["quote"].as_str().unwrap())
        .collect();
    for noise in [
        "households",
        "round of ceasefire",
        "Most read",
        "Rice prices",
        "third visit",
        "up 60%",
    ] {
        assert!(
            all_quotes.iter().all(|q| !q.contains(noise)),
            "{noise} used as evidence"
        );
    }
}

#[test]
fn report_has_the_documented_shape() {
    let report = run_json(&["check", ARTICLE, "--sources", SOURCES, "--format", "json"]);
    assert_eq!(report["schema_version"], 1);
    assert!(report["duplicate_groups"].is_array());
    for key in ["location", "title", "published"] {
        assert!(report["article"].get(key).is_some(), "article.{key}");
    }
    for source in report["sources"].as_array().unwrap() {
        for key in ["id", "location", "title", "publisher", "published"] {
            assert!(source.get(key).is_some(), "source.{key}");
        }
    }
    assert!(report["skipped"].as_array().unwrap().is_empty());
    let verdicts = [
        "supported",
        "contradicted",
        "conflicting",
        "not_enough_info",
    ];
    let claims = report["claims"].as_array().unwrap();
    for c in claims {
        for key in [
            "id",
            "text",
            "span",
            "kind",
            "quantity",
            "time",
            "verdict",
            "confidence",
            "explanation",
            "evidence",
        ] {
            assert!(c.get(key).is_some(), "claim.{key} in {c:#}");
        }
        assert!(verdicts.contains(&c["verdict"].as_str().unwrap()));
        if !c["quantity"].is_null() {
            for key in ["text", "kind", "value", "unit", "bound"] {
                assert!(c["quantity"].get(key).is_some(), "quantity.{key}");
            }
        }
        for e in c["evidence"].as_array().unwrap() {
            for key in ["source", "quote", "span", "stance", "quantity"] {
                assert!(e.get(key).is_some(), "evidence.{key}");
            }
        }
    }
    let total: u64 = verdicts
        .iter()
        .map(|v| report["summary"][v].as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, claims.len());
}

#[test]
fn claim_text_and_spans_quote_the_article_verbatim() {
    let report = run_json(&["check", ARTICLE, "--sources", SOURCES, "--format", "json"]);
    let fetched = run_json(&["fetch", ARTICLE, "--format", "json"]);
    let text = fetched[0]["text"].as_str().unwrap();
    for c in report["claims"].as_array().unwrap() {
        let (start, end) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], c["text"].as_str().unwrap());
    }
}

#[test]
fn same_inputs_give_byte_identical_json() {
    let args = [
        "check",
        ARTICLE,
        "--sources",
        DISSENT,
        "--sources",
        SOURCES,
        "--format",
        "json",
    ];
    let first = run_ok(&args);
    let reordered = run_ok(&[
        "check",
        ARTICLE,
        "--sources",
        SOURCES,
        "--sources",
        DISSENT,
        "--format",
        "json",
    ]);
    assert_eq!(first, run_ok(&args));
    assert_eq!(
        first, reordered,
        "source order on the command line must not matter"
    );
}

#[test]
fn a_bad_source_is_skipped_not_fatal() {
    let report = run_json(&[
        "check",
        ARTICLE,
        "--sources",
        SOURCES,
        "--sources",
        "fixtures/does-not-exist.html",
        "--sources",
        "Cargo.toml",
        "--format",
        "json",
    ]);
    let skipped = report["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert_eq!(skipped[0]["location"], "Cargo.toml");
    assert!(skipped[0]["reason"]
        .as_str()
        .unwrap()
        .contains("unsupported file type"));
    assert!(skipped[1]["reason"]
        .as_str()
        .unwrap()
        .starts_with("cannot read"));
    assert_eq!(claim_with(&report, "fourth")["verdict"], "supported");
}

#[test]
fn a_bad_article_is_a_one_line_error_with_exit_code_2() {
    let out = run(&[
        "check",
        "fixtures/no-such-article.txt",
        "--sources",
        SOURCES,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("fixtures/no-such-article.txt: cannot read"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["check", ARTICLE]).status.code(), Some(2));
    assert_eq!(
        run(&["check", ARTICLE, "--sources", SOURCES, "--format", "xml"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn table_output_lists_every_claim_and_the_summary() {
    let table = run_ok(&["check", ARTICLE, "--sources", SOURCES]);
    assert!(table.contains("supported"));
    assert!(table.lines().last().unwrap().starts_with("Summary: "));
}

#[test]
fn syndicated_copies_are_grouped_and_count_once() {
    let dir = "fixtures/scenarios/wire-syndication";
    let report = run_json(&[
        "check",
        &format!("{dir}/article.txt"),
        "--sources",
        &format!("{dir}/sources"),
        "--format",
        "json",
    ]);
    assert_eq!(
        report["duplicate_groups"],
        serde_json::json!([["s1", "s2"]])
    );
    let strike = claim_with(&report, "nine-day");
    assert_eq!(strike["verdict"], "supported");
    assert_eq!(strike["evidence"].as_array().unwrap().len(), 2);
    assert_eq!(
        strike["confidence"], 0.6,
        "two copies of one story are one confirmation"
    );
}

#[test]
fn a_source_list_names_sources_and_overrides_their_publisher() {
    let report = run_json(&[
        "check",
        ARTICLE,
        "--source-list",
        "fixtures/seed/lists/sources.txt",
        "--format",
        "json",
    ]);
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 3);
    let wire = sources
        .iter()
        .find(|s| {
            s["location"]
                .as_str()
                .unwrap()
                .ends_with("wire-report.html")
        })
        .unwrap();
    assert_eq!(wire["publisher"], "Global Wire (print edition)");
    assert_eq!(wire["published"], "2025-03-06T00:00:00Z");
    assert_eq!(claim_with(&report, "fourth")["verdict"], "conflicting");
}

#[test]
fn a_bad_source_list_is_a_one_line_error() {
    let dir = std::env::temp_dir().join(format!("factcheck-list-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("list.txt");
    std::fs::write(&list, "a.txt | Paper | sometime\n").unwrap();
    let out = run(&["check", ARTICLE, "--source-list", list.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("line 1: cannot read the date"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn urls_are_checked_offline_through_the_url_map() {
    let report = run_json(&[
        "check",
        ARTICLE,
        "--sources",
        "https://wire.example/world/2025/03/05/myanmar-leader-moscow",
        "https://eastern-herald.example/analysis/moscow-generals",
        "https://asia-desk.example/2025/03/notes-on-the-moscow-trip",
        "https://policy-briefs.example/myanmar-energy-security.txt",
        "https://not-saved.example/story",
        "--url-map",
        "fixtures/urls.tsv",
        "--offline",
        "--format",
        "json",
    ]);
    assert_eq!(report["sources"].as_array().unwrap().len(), 4);
    let wire = &report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["location"].as_str().unwrap().contains("wire.example"))
        .unwrap();
    assert_eq!(wire["publisher"], "Global Wire");
    assert_eq!(
        report["skipped"][0]["location"],
        "https://not-saved.example/story"
    );
    assert_eq!(
        report["skipped"][0]["reason"],
        "not available offline (not in the URL map or the cache)"
    );
    for figure in ["fourth", "40%", "two", "less than half"] {
        assert_eq!(
            claim_with(&report, figure)["verdict"],
            "supported",
            "{figure}"
        );
    }
}

#[test]
fn an_archive_index_finds_the_sources_of_each_claim() {
    let index = std::env::temp_dir().join(format!("factcheck-archive-{}", std::process::id()));
    let index_arg = index.to_str().unwrap();
    let out = run(&[
        "index",
        "build",
        "fixtures/seed/sources",
        "fixtures/scenarios",
        "fixtures/heldout",
        "--index",
        index_arg,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(summary.contains("factcheck: indexed "), "{summary}");

    let report = run_json(&["check", ARTICLE, "--index", index_arg, "--format", "json"]);
    for figure in ["fourth", "40%", "two", "less than half"] {
        assert_eq!(
            claim_with(&report, figure)["verdict"],
            "supported",
            "{figure}"
        );
    }
    // Evidence comes from the story's own sources, not from other stories in the archive.
    let seed_sources: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["location"].as_str().unwrap())
        .filter(|l| l.starts_with("fixtures/seed/"))
        .collect();
    assert!(seed_sources.len() >= 3, "{seed_sources:?}");
    // Claims no source of this story speaks to stay unanswered: figures
    // from other stories in the archive are not evidence.
    assert_eq!(claim_with(&report, "four")["verdict"], "not_enough_info");
    let first = run_ok(&["check", ARTICLE, "--index", index_arg, "--format", "json"]);
    let again = run_ok(&["check", ARTICLE, "--index", index_arg, "--format", "json"]);
    assert_eq!(first, again);
    std::fs::remove_dir_all(&index).unwrap();
}

#[test]
fn index_errors_are_one_line_with_exit_code_2() {
    let out = run(&[
        "check",
        ARTICLE,
        "--index",
        "fixtures/seed",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        "factcheck: fixtures/seed: no index here (build one with `factcheck index build`)\n"
    );
    let out = run(&[
        "index",
        "build",
        "fixtures/seed/sources",
        "--index",
        "fixtures/seed",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("fixtures/seed: folder is not empty and is not a factcheck index"),
        "{err}"
    );
    assert!(root().join("fixtures/seed/article.txt").exists());
}
