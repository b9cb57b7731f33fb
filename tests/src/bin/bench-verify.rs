//! Verdict accuracy over a scenario suite (default `fixtures/scenarios`;
//! `fixtures/heldout` holds scenarios kept out of rule tuning): prints each
//! miss, the accuracy and a confusion matrix.
//!
//! With `--archive`, every scenario of both suites is checked against one
//! archive index built from all their sources together: the evidence must
//! be found among other stories' sources, and figures from those stories
//! must not count.
//!
//! ```sh
//! cargo run --release -p factcheck-tests --bin bench-verify -- fixtures/heldout
//! cargo run --release -p factcheck-tests --bin bench-verify -- --archive
//! ```

use factcheck_tests::{root, run, run_scenario, run_scenario_with, scenarios_in};

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
    let arg = std::env::args().nth(1);
    let archive = arg.as_deref() == Some("--archive");
    let (dirs, index) = if archive {
        let mut dirs = scenarios_in(&root().join("fixtures/scenarios"));
        dirs.extend(scenarios_in(&root().join("fixtures/heldout")));
        let index =
            std::env::temp_dir().join(format!("factcheck-bench-archive-{}", std::process::id()));
        let mut args: Vec<String> = vec!["index".into(), "build".into()];
        args.extend(dirs.iter().map(|d| d.join("sources").display().to_string()));
        args.extend(["--index".to_string(), index.display().to_string()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args);
        if !out.status.success() {
            eprintln!("bench-verify: {}", String::from_utf8_lossy(&out.stderr));
            std::process::exit(2);
        }
        println!("suite: all scenarios against one archive index of all their sources");
        (dirs, Some(index))
    } else {
        let suite = arg
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| root().join("fixtures/scenarios"));
        println!("suite: {}", suite.display());
        (scenarios_in(&suite), None)
    };
    for dir in &dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let results = match &index {
            Some(index) => run_scenario_with(dir, &["--index", index.to_str().unwrap_or_default()]),
            None => run_scenario(dir),
        };
        for (expected, actual) in results {
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
    if let Some(index) = index {
        let _ = std::fs::remove_dir_all(index);
    }
}
