//! Snapshot tests: the readable outputs of the seed fixture, reviewed with
//! `cargo insta review` when a change is intended.

use factcheck_tests::run_ok;

#[test]
fn seed_claims_table() {
    insta::assert_snapshot!(run_ok(&["claims", "fixtures/seed/article.txt"]));
}

#[test]
fn seed_check_table_with_a_dissenting_source() {
    insta::assert_snapshot!(run_ok(&[
        "check",
        "fixtures/seed/article.txt",
        "--sources",
        "fixtures/seed/sources",
        "--sources",
        "fixtures/seed/extra/dissenting-report.txt",
    ]));
}
