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
    // target/<profile>/deps/<test> → target/<profile>/factcheck
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test executable lives in target/<profile>/deps");
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

/// Runs `factcheck` with `args` from the workspace root.
pub fn run(args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
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
