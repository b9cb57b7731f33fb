//! Verdict accuracy over a scenario suite (default `fixtures/scenarios`;
//! `fixtures/heldout` holds scenarios kept out of rule tuning): prints each
//! miss, the accuracy and a confusion matrix.
//!
//! ```sh
//! cargo run --release -p factcheck-tests --bin bench-verify -- fixtures/heldout
//! ```

use factcheck_tests::{root, run_scenario, scenarios_in};

const LABELS: [&str; 5] = [
    "supported",
    "contradicted",
    "conflicting",
    "not_enough_info",
    "missing",
];

fn main() {
    let mut matrix = [[0usize; 5]; 5];
    let (mut right, mut total) = (0, 0);
    let suite = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root().join("fixtures/scenarios"));
    println!("suite: {}", suite.display());
    let dirs = scenarios_in(&suite);
    for dir in &dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for (expected, actual) in run_scenario(dir) {
            let actual = actual.unwrap_or_else(|| "missing".into());
            let row = LABELS
                .iter()
                .position(|l| *l == expected.verdict)
                .unwrap_or(4);
            let col = LABELS.iter().position(|l| *l == actual).unwrap_or(4);
            matrix[row][col] += 1;
            total += 1;
            if expected.verdict == actual {
                right += 1;
            } else {
                println!(
                    "miss  {name}: {} expected {} got {actual}",
                    expected.claim, expected.verdict
                );
            }
        }
    }
    println!("\n{} scenarios, {total} expected verdicts", dirs.len());
    println!(
        "accuracy: {right}/{total} = {:.1}%",
        100.0 * right as f64 / total.max(1) as f64
    );
    println!(
        "\nexpected \\ got    {}",
        LABELS.map(|l| format!("{:>9.9}", l)).join(" ")
    );
    for (label, row) in LABELS.iter().zip(matrix) {
        println!("{label:<17} {}", row.map(|n| format!("{n:>9}")).join(" "));
    }
}
