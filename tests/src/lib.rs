//! Helpers for the end-to-end tests: find the built `factcheck` binary and
//! the fixtures, and run the binary with captured output.
//!
//! The binary is built by `make test` (or `cargo build -p factcheck-cli`)
//! before the tests run; the tests never reach the network.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The workspace root (the folder holding `fixtures/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Path of the `factcheck` binary next to the running test executable
/// (`target/<profile>/factcheck`), or `$FACTCHECK_BIN` when set.
pub fn binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("FACTCHECK_BIN") {
        return PathBuf::from(bin);
    }
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/<test> or target/<profile>/<bin> → target/<profile>/factcheck
    let mut profile_dir = exe.parent().expect("executable has a folder");
    if profile_dir.file_name().is_some_and(|n| n == "deps") {
        profile_dir = profile_dir.parent().expect("deps has a parent");
    }
    let bin = profile_dir.join(format!("factcheck{}", std::env::consts::EXE_SUFFIX));
    build_once(profile_dir);
    assert!(
        bin.exists(),
        "{} is missing: build it with `cargo build -p factcheck-cli`",
        bin.display()
    );
    bin
}

/// Builds the binary once per test process, with the profile the tests run
/// under, so a plain `cargo test` never runs a stale `factcheck`.
fn build_once(profile_dir: &Path) {
    static BUILT: OnceLock<()> = OnceLock::new();
    BUILT.get_or_init(|| {
        let release = profile_dir.file_name().is_some_and(|n| n == "release");
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args([
            "build",
            "--quiet",
            "-p",
            "factcheck-cli",
            "--bin",
            "factcheck",
        ])
        .current_dir(root());
        if release {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("run cargo build");
        assert!(status.success(), "cargo build -p factcheck-cli failed");
    });
}

/// Runs `factcheck` with `args` from the workspace root. The page cache
/// goes to a folder of the test run's own (never the user's cache), so
/// runs cannot see each other's downloads.
pub fn run(args: &[&str]) -> Output {
    let cache_home =
        std::env::temp_dir().join(format!("factcheck-test-cache-{}", std::process::id()));
    Command::new(binary())
        .args(args)
        .env("XDG_CACHE_HOME", cache_home)
        .current_dir(root())
        .output()
        .expect("run factcheck")
}

/// Runs `factcheck`, asserts it exited 0, and returns its standard output.
pub fn run_ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "factcheck {args:?} failed with {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs `factcheck … --format json` and parses the output.
pub fn run_json(args: &[&str]) -> serde_json::Value {
    let stdout = run_ok(args);
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("invalid JSON ({e}): {stdout}"))
}

/// One expected verdict of a scenario: the claim is named by its figure as
/// written ("12%", "twelve") or, for quotes, by `quote:` and the quote's
/// first words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// The figure or `quote:` prefix naming the claim.
    pub claim: String,
    /// The expected verdict.
    pub verdict: String,
}

/// The scenario folders under `fixtures/scenarios`, sorted. Each holds
/// `article.txt`, `sources/` and `expected.tsv` (claim, tab, verdict).
pub fn scenarios() -> Vec<PathBuf> {
    scenarios_in(&root().join("fixtures/scenarios"))
}

/// The scenario folders under `dir` (see [`scenarios`]), sorted.
pub fn scenarios_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join("expected.tsv").is_file())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The expectations of a scenario folder.
pub fn expectations(scenario: &Path) -> Vec<Expectation> {
    let text = std::fs::read_to_string(scenario.join("expected.tsv")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(claim, verdict)| Expectation {
            claim: claim.trim().to_string(),
            verdict: verdict.trim().to_string(),
        })
        .collect()
}

/// Runs `check` on a scenario against its own sources and pairs each
/// expectation with the verdict the report gives (`None` when no claim
/// matches it).
pub fn run_scenario(scenario: &Path) -> Vec<(Expectation, Option<String>)> {
    let sources = scenario.join("sources");
    run_scenario_with(
        scenario,
        &["--sources", sources.to_str().expect("UTF-8 path")],
    )
}

/// Like [`run_scenario`], with other source arguments (`--index PATH` to
/// check against an archive).
pub fn run_scenario_with(
    scenario: &Path,
    source_args: &[&str],
) -> Vec<(Expectation, Option<String>)> {
    let article = scenario.join("article.txt");
    let mut args = vec!["check", article.to_str().expect("UTF-8 path")];
    args.extend_from_slice(source_args);
    args.extend_from_slice(&["--format", "json"]);
    let report = run_json(&args);
    let claims = report["claims"].as_array().cloned().unwrap_or_default();
    expectations(scenario)
        .into_iter()
        .map(|e| {
            let found = claims
                .iter()
                .find(|c| match e.claim.strip_prefix("quote:") {
                    Some(prefix) => {
                        c["kind"] == "quote"
                            && c["text"].as_str().is_some_and(|t| t.starts_with(prefix))
                    }
                    None => c["quantity"]["text"] == e.claim.as_str(),
                });
            let verdict = found
                .and_then(|c| c["verdict"].as_str())
                .map(str::to_string);
            (e, verdict)
        })
        .collect()
}
