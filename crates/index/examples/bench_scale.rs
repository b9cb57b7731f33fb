//! Archive-scale benchmark: generates N synthetic news sources, indexes
//! them, and times checking one 1,000-word article against the index.
//! Prints, per N, the index build rate (MB/s of text), the time per check
//! and the process's peak memory so far.
//!
//! ```sh
//! cargo run --release -p factcheck-index --example bench_scale -- 100 10000 100000
//! ```
//!
//! The sources are made from templates over invented names, places and
//! measured things, with figures drawn from a seeded generator, so every
//! run indexes the same text. A handful of sources carry the article's own
//! facts, placed at random among the rest.

use std::time::Instant;

use factcheck_claims::extract_claims;
use factcheck_document::Document;
use factcheck_index::{ArchiveIndex, IndexBuilder};
use factcheck_verify::{number_sources, verify, Verdict};

/// A small deterministic generator (xorshift64*), so runs are repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "to", "va", "sul", "dor", "an", "bel", "cor", "del", "fa", "gru",
    "hal", "ir", "jo", "ko", "lum", "nor", "os", "pra", "qui", "ras", "sen", "tor", "ul", "vik",
];
const THINGS: &[&str] = &[
    "exports",
    "imports",
    "jobs",
    "visits",
    "stores",
    "patients",
    "students",
    "votes",
    "seats",
    "sales",
    "flights",
    "homes",
    "vehicles",
    "tourists",
    "factories",
    "schools",
    "hospitals",
    "contracts",
    "arrests",
    "vaccinations",
];
const VERBS_UP: &[&str] = &["rose", "grew", "climbed", "increased", "jumped"];
const VERBS_DOWN: &[&str] = &["fell", "dropped", "declined", "shrank"];
const ROLES: &[&str] = &[
    "minister",
    "spokesperson",
    "analyst",
    "mayor",
    "director",
    "economist",
];
const FILLER: &[&str] = &[
    "The announcement followed weeks of talks between officials and industry groups.",
    "Critics said the figures hid large differences between regions.",
    "The report did not say how the numbers had been collected.",
    "Local newspapers gave the story little attention at the time.",
    "Further details are expected to be published later in the year.",
    "Opposition politicians called for an independent review of the data.",
];

fn name(rng: &mut Rng) -> String {
    let parts = 2 + rng.below(2);
    let mut s: String = (0..parts).map(|_| rng.pick(SYLLABLES)).collect();
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// One sentence with a figure about a thing of a named place.
fn fact(rng: &mut Rng, place: &str, person: &str) -> String {
    let thing = rng.pick(THINGS);
    let year = 2015 + rng.below(10);
    match rng.below(5) {
        0 => format!(
            "{place}'s {thing} {} {}% in {year}, the {} {person} said.",
            rng.pick(VERBS_UP),
            1 + rng.below(60),
            rng.pick(ROLES)
        ),
        1 => format!(
            "In {year} the number of {thing} in {place} {} by {} percent.",
            rng.pick(VERBS_DOWN),
            1 + rng.below(40)
        ),
        2 => format!(
            "{place} now has {} {thing}, according to {person}.",
            10 + rng.below(90_000)
        ),
        3 => format!(
            "{person} made a {} visit to {place} in {year}.",
            ["first", "second", "third", "fourth", "fifth"][rng.below(5)]
        ),
        _ => format!(
            "About {} of the {thing} in {place} were counted last year, {person} told reporters.",
            ["a third", "half", "a quarter", "two-thirds"][rng.below(4)]
        ),
    }
}

fn source(rng: &mut Rng, n: usize) -> Document {
    let place = name(rng);
    let person = name(rng);
    let mut text = String::new();
    while text.len() < 2_000 {
        let sentence = if rng.below(3) == 0 {
            rng.pick(FILLER).to_string()
        } else {
            fact(rng, &place, &person)
        };
        text.push_str(&sentence);
        text.push(if rng.below(4) == 0 { '\n' } else { ' ' });
    }
    let mut doc = Document::from_text(format!("synthetic/{n:06}.txt"), text.trim());
    doc.publisher = Some(format!("{} Daily", name(rng)));
    doc
}

/// The article (about 1,000 words) and the sentences planted in sources.
fn article(rng: &mut Rng) -> (Document, Vec<String>) {
    let mut facts = Vec::new();
    let mut text = String::new();
    while text.split_whitespace().count() < 1_000 {
        let place = name(rng);
        let person = name(rng);
        let f = fact(rng, &place, &person);
        text.push_str(&f);
        text.push(' ');
        text.push_str(rng.pick(FILLER));
        text.push_str("\n\n");
        facts.push(f);
    }
    let mut doc = Document::from_text("article.txt", text.trim());
    doc.published = chrono_date();
    (doc, facts)
}

fn chrono_date() -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339("2025-06-01T00:00:00Z").ok()
}

/// Peak resident memory of this process so far, in MiB (Linux only).
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100, 10_000, 100_000]
    } else {
        sizes
    };
    let mut rng = Rng(0x5eed_f00d_cafe_b0ba);
    let (article_doc, facts) = article(&mut rng);
    let claims = extract_claims(&article_doc);
    println!(
        "article: {} words, {} claims; sources ~2 KB each, {} carry the article's facts",
        article_doc.text.split_whitespace().count(),
        claims.len(),
        facts.len().min(20)
    );
    println!(
        "{:>8}  {:>10}  {:>9}  {:>10}  {:>10}  {:>9}  {:>9}",
        "sources", "text MB", "build s", "build MB/s", "ms/check", "supported", "peak MiB"
    );
    for &n in &sizes {
        let dir =
            std::env::temp_dir().join(format!("factcheck-bench-scale-{}-{n}", std::process::id()));
        let mut rng = Rng(0x0123_4567_89ab_cdef ^ n as u64);
        // Where the article's facts are planted: spread over the archive.
        let planted: Vec<usize> = (0..facts.len().min(20)).map(|_| rng.below(n)).collect();
        let started = Instant::now();
        let mut builder = IndexBuilder::create(&dir).expect("create index");
        let mut batch = Vec::new();
        for i in 0..n {
            let mut doc = source(&mut rng, i);
            for (f, _) in planted.iter().enumerate().filter(|(_, p)| **p == i) {
                doc.text.push_str("\n\n");
                doc.text.push_str(&facts[f]);
            }
            batch.push(doc);
            if batch.len() == 2_000 {
                builder
                    .add(std::mem::take(&mut batch))
                    .expect("index batch");
            }
        }
        builder.add(batch).expect("index batch");
        let stats = builder.finish().expect("finish index");
        let build = started.elapsed().as_secs_f64();
        let mb = stats.text_bytes as f64 / 1e6;

        let index = ArchiveIndex::open(&dir).expect("open index");
        let mut times = Vec::new();
        let mut supported = 0;
        for _ in 0..7 {
            // A check: the article's claims, the archive's documents for
            // them, and the verdicts.
            let t = Instant::now();
            let claims = extract_claims(&article_doc);
            let docs = index.sources_for(&claims).expect("search");
            let mut sources = number_sources(docs);
            for s in &mut sources {
                s.archived = true;
            }
            let checked = verify(&article_doc, &claims, &sources);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            supported = checked
                .iter()
                .filter(|c| c.verdict == Verdict::Supported)
                .count();
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{n:>8}  {mb:>10.1}  {build:>9.2}  {:>10.1}  {:>10.1}  {supported:>9}  {:>9.0}",
            mb / build,
            times[times.len() / 2],
            peak_mib().unwrap_or(f64::NAN)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
