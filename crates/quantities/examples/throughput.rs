//! In-process throughput of the recognizer: reads one JSON string per line
//! from standard input (the `quantities --jsonl` harness format), scans all
//! of them repeatedly and prints records per second.
//!
//! ```sh
//! cargo run --release -p factcheck-quantities --example throughput < inputs.jsonl
//! ```

use std::io::BufRead;
use std::time::Instant;

fn main() {
    let texts: Vec<String> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| serde_json::from_str::<String>(&line).ok())
        .collect();
    if texts.is_empty() {
        eprintln!("throughput: no input records on standard input");
        std::process::exit(2);
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let report = |what: &str, run: &dyn Fn(&str) -> usize| {
        let mut found = 0usize;
        let mut rounds = 0u32;
        let start = Instant::now();
        while rounds < 20 || start.elapsed().as_secs_f64() < 2.0 {
            for t in &texts {
                found += run(t);
            }
            rounds += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        let records = texts.len() as f64 * f64::from(rounds);
        println!(
            "{what}: {} records × {rounds} rounds in {secs:.2}s: {:.0} records/s, {:.1} MB/s ({} mentions per round)",
            texts.len(),
            records / secs,
            bytes as f64 * f64::from(rounds) / secs / 1e6,
            found / rounds as usize
        );
    };
    report("figures (find_quantities)", &|t| {
        factcheck_quantities::find_quantities(t).len()
    });
    // Everything the harness line holds: figures, relative positions and
    // units named without a figure.
    report("harness analysis (+ relative ordinals, bare units)", &|t| {
        let figures = factcheck_quantities::find_quantities(t);
        figures.len()
            + factcheck_quantities::find_relative_ordinals(t).len()
            + factcheck_quantities::find_unit_mentions(t, &figures).len()
    });
    // Linear time: the same hostile pieces at 0.1 MB and 1 MB should take
    // about ten times as long, never a hundred.
    const PIECES: &str = "9999999999 1% % 1\" 10 to 20 mg between 1 and 2 = > < - 1/0 \
                          three lakh crore 40C 2 pm dollar the last one $5 $ ";
    let timed = |size: usize| {
        let text = PIECES.repeat(size / PIECES.len() + 1);
        let start = Instant::now();
        let figures = factcheck_quantities::find_quantities(&text);
        let _ = factcheck_quantities::find_relative_ordinals(&text);
        let _ = factcheck_quantities::find_unit_mentions(&text, &figures);
        start.elapsed().as_secs_f64()
    };
    let (small, large) = (timed(100_000), timed(1_000_000));
    println!(
        "linear time: 0.1 MB of hostile pieces in {:.1} ms, 1 MB in {:.1} ms ({:.1}x for 10x the input)",
        small * 1e3,
        large * 1e3,
        large / small
    );
}
