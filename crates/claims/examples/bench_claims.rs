//! Claim extraction against labeled sets: figure claims
//! (`fixtures/claims/labeled.jsonl`: detection precision and recall, and
//! the accuracy of the measured thing, subject, time and speaker of the
//! claims found) and event claims (`fixtures/claims/events.jsonl`:
//! detection precision and recall, accuracy of actor, verb and time).
//! Claims count as found when their check-worthiness is at least 0.5.
//!
//! ```sh
//! cargo run --release -p factcheck-claims --example bench_claims [-- FIGURES [EVENTS]]
//! ```

use factcheck_claims::{extract_claims, ClaimKind};
use factcheck_document::Document;
use serde_json::Value;

/// Correct / total for one attribute.
#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }

    fn show(&self, name: &str) {
        let pct = 100.0 * self.right as f64 / self.total.max(1) as f64;
        println!(
            "{name:<22} {:>3}/{:<3} = {pct:5.1}%",
            self.right, self.total
        );
    }
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "fixtures/claims/labeled.jsonl".into());
    let records = read_records(&path);
    let (mut predicted, mut expected, mut matched) = (0, 0, 0);
    let (mut measured, mut subject, mut time, mut speaker) = (
        Tally::default(),
        Tally::default(),
        Tally::default(),
        Tally::default(),
    );
    let mut domains = std::collections::BTreeSet::new();
    for record in &records {
        domains.insert(record["domain"].as_str().unwrap_or("").to_string());
        let (sentence, doc) = labeled_doc(record);
        // A fact-checker's list: figure claims worth checking (score ≥ 0.5).
        let claims: Vec<_> = extract_claims(&doc)
            .into_iter()
            .filter(|c| {
                matches!(c.kind, ClaimKind::Quantity | ClaimKind::Temporal)
                    && c.worthiness.score >= 0.5
            })
            .collect();
        let labels = record["claims"].as_array().cloned().unwrap_or_default();
        predicted += claims.len();
        expected += labels.len();
        for label in &labels {
            let figure = label["figure"].as_str().unwrap_or("");
            let Some(found) = claims
                .iter()
                .find(|c| c.quantity.as_ref().is_some_and(|q| q.text == figure))
            else {
                println!("missed  {figure:?} in {sentence:?}");
                continue;
            };
            matched += 1;
            if let Some(want) = label["measured"].as_str() {
                let got = found.measured.as_ref().map(|m| m.head.as_str());
                measured.add(got == Some(want));
                if got != Some(want) {
                    println!("measure {figure:?}: want {want}, got {got:?}");
                }
            }
            if let Some(want) = label["subject"].as_str() {
                subject.add(
                    found
                        .subject
                        .as_deref()
                        .is_some_and(|s| s.contains(want) || want.contains(s)),
                );
            }
            if let Some(want) = label["time"].as_str() {
                let got = found.time.as_ref().map(|t| t.start.to_string());
                time.add(got.as_deref() == Some(want));
                if got.as_deref() != Some(want) {
                    println!("time    {figure:?}: want {want}, got {got:?}");
                }
            }
            if let Some(want) = label["speaker"].as_str() {
                speaker.add(found.speaker.as_deref() == Some(want));
            }
        }
        for c in &claims {
            let figure = c.quantity.as_ref().map(|q| q.text.as_str()).unwrap_or("");
            if !labels.iter().any(|l| l["figure"] == figure) {
                println!("extra   {figure:?} in {sentence:?}");
            }
        }
    }
    println!("\n{} sentences in {} domains", records.len(), domains.len());
    show_detection("claim detection", matched, expected, predicted);
    measured.show("measured thing");
    subject.show("subject");
    time.show("time");
    speaker.show("speaker");
    let events = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "fixtures/claims/events.jsonl".into());
    bench_events(&events);
}

/// Event claims: one labeled event (or none) per sentence.
fn bench_events(path: &str) {
    let records = read_records(path);
    let (mut predicted, mut expected, mut matched) = (0, 0, 0);
    let (mut actor, mut verb, mut time) = (Tally::default(), Tally::default(), Tally::default());
    let mut domains = std::collections::BTreeSet::new();
    for record in &records {
        domains.insert(record["domain"].as_str().unwrap_or("").to_string());
        let (sentence, doc) = labeled_doc(record);
        let found = extract_claims(&doc)
            .into_iter()
            .find(|c| c.kind == ClaimKind::Event && c.worthiness.score >= 0.5);
        let label = &record["event"];
        predicted += usize::from(found.is_some());
        expected += usize::from(!label.is_null());
        match (&found, label.is_null()) {
            (None, false) => println!("missed event in {sentence:?}"),
            (Some(_), true) => println!("extra event in {sentence:?}"),
            _ => {}
        }
        let (Some(found), false) = (found, label.is_null()) else {
            continue;
        };
        matched += 1;
        let want = label["subject"].as_str().unwrap_or("").to_lowercase();
        let got = found.subject.clone().unwrap_or_default().to_lowercase();
        let ok = !want.is_empty() && (got.contains(&want) || want.contains(&got));
        actor.add(ok);
        if !ok {
            println!("actor   want {want:?}, got {got:?} in {sentence:?}");
        }
        let got_verb = found.action.as_ref().map(|a| a.verb.as_str()).unwrap_or("");
        let want_verb = label["verb"].as_str().unwrap_or("");
        // "did not attend": the base form is the verb.
        verb.add(got_verb == want_verb);
        if got_verb != want_verb {
            println!("verb    want {want_verb:?}, got {got_verb:?} in {sentence:?}");
        }
        if let Some(want) = label["time"].as_str() {
            let got = found.time.as_ref().map(|t| t.start.to_string());
            time.add(got.as_deref() == Some(want));
            if got.as_deref() != Some(want) {
                println!("time    want {want}, got {got:?} in {sentence:?}");
            }
        }
    }
    println!(
        "\n{} event sentences in {} domains",
        records.len(),
        domains.len()
    );
    show_detection("event detection", matched, expected, predicted);
    actor.show("event actor");
    verb.show("event verb");
    time.show("event time");
}

/// Prints detection precision and recall: `matched` of `expected` labeled
/// items found among `predicted`.
fn show_detection(label: &str, matched: usize, expected: usize, predicted: usize) {
    let p = matched as f64 / predicted.max(1) as f64;
    let r = matched as f64 / expected.max(1) as f64;
    println!(
        "{label:<22} precision {p:.2}  recall {r:.2}  ({matched} of {expected} labeled, {predicted} found)"
    );
}

/// The records of a labeled JSONL file; exits with a one-line error when
/// the file cannot be read or a line is not JSON.
fn read_records(path: &str) -> Vec<Value> {
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("bench_claims: {path}: cannot read");
        std::process::exit(2);
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            serde_json::from_str::<Value>(line).unwrap_or_else(|_| {
                eprintln!("bench_claims: {path}: line {}: not JSON", n + 1);
                std::process::exit(2);
            })
        })
        .collect()
}

/// A labeled record's sentence, and a document of it dated as labeled.
fn labeled_doc(record: &Value) -> (&str, Document) {
    let sentence = record["text"].as_str().unwrap_or("");
    let mut doc = Document::from_text("labeled", sentence);
    doc.published = record["published"]
        .as_str()
        .and_then(|d| chrono::DateTime::parse_from_rfc3339(&format!("{d}T12:00:00Z")).ok());
    (sentence, doc)
}
