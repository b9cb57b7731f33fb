//! Every scenario in `fixtures/scenarios` gets its expected verdicts.

use factcheck_tests::{run_scenario, scenarios};

#[test]
fn scenario_suite_has_the_expected_verdicts() {
    let dirs = scenarios();
    assert!(
        dirs.len() >= 10,
        "expected at least ten scenarios, found {}",
        dirs.len()
    );
    let mut misses = Vec::new();
    for dir in &dirs {
        for (expected, actual) in run_scenario(dir) {
            if actual.as_deref() != Some(expected.verdict.as_str()) {
                misses.push(format!(
                    "{}: {} expected {} got {:?}",
                    dir.display(),
                    expected.claim,
                    expected.verdict,
                    actual
                ));
            }
        }
    }
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
}
