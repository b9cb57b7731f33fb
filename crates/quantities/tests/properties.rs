//! Property checks with a small deterministic generator (no extra
//! dependency): numbers written in words and digits read back to
//! themselves, and no input makes the recognizer panic or overlap mentions.

use factcheck_quantities::{find_quantities, QuantityKind};

/// xorshift64*: reproducible pseudo-random numbers for test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// English words for 0 ≤ n < 1,000,000 ("two hundred and forty-one thousand …").
fn words(n: u64) -> String {
    fn below_thousand(n: u64) -> String {
        let mut parts = Vec::new();
        if n >= 100 {
            parts.push(format!("{} hundred", UNITS[(n / 100) as usize]));
        }
        let rest = n % 100;
        if rest > 0 {
            if n >= 100 {
                parts.push("and".to_string());
            }
            if rest < 20 {
                parts.push(UNITS[rest as usize].to_string());
            } else if rest % 10 == 0 {
                parts.push(TENS[(rest / 10) as usize].to_string());
            } else {
                parts.push(format!(
                    "{}-{}",
                    TENS[(rest / 10) as usize],
                    UNITS[(rest % 10) as usize]
                ));
            }
        }
        parts.join(" ")
    }
    if n == 0 {
        return "zero".into();
    }
    let (thousands, rest) = (n / 1000, n % 1000);
    match (thousands, rest) {
        (0, r) => below_thousand(r),
        (t, 0) => format!("{} thousand", below_thousand(t)),
        (t, r) => format!("{} thousand {}", below_thousand(t), below_thousand(r)),
    }
}

/// Digits with thousands separators: 1234567 → "1,234,567".
fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn numbers_in_words_read_back() {
    let mut rng = Rng(0x5eed);
    for _ in 0..3000 {
        let n = rng.below(1_000_000);
        let text = format!("they counted {} boxes", words(n));
        let found = find_quantities(&text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].value.to_string(), n.to_string(), "{text}");
    }
}

#[test]
fn numbers_in_digits_read_back() {
    let mut rng = Rng(0xd161);
    for _ in 0..3000 {
        let n = rng.below(10_000_000_000);
        for text in [
            format!("about {} units", grouped(n)),
            format!("exactly {n} units"),
        ] {
            let found = find_quantities(&text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].value.to_string(), n.to_string(), "{text}");
            assert_ne!(found[0].kind, QuantityKind::Percent);
        }
    }
}

#[test]
fn arbitrary_input_never_panics_and_mentions_are_ordered_and_disjoint() {
    const PIECES: &[&str] = &[
        "1",
        "12",
        "1,200",
        "3.5",
        "40%",
        "-",
        "–",
        "$",
        "€",
        "£",
        "a",
        "half",
        "third",
        "between",
        "and",
        "from",
        "to",
        "more",
        "than",
        "about",
        "per",
        "cent",
        "million",
        "bn",
        "k",
        "M",
        "1/2",
        "/",
        ".",
        ",",
        " ",
        "  ",
        "rose",
        "fell",
        "by",
        "of",
        "the",
        "fourth",
        "twenty",
        "-one",
        "hundred",
        "km",
        "square",
        "é",
        "中文",
        "'",
        "’",
        "\n",
        "or",
        "more",
        "equal",
        "minus",
        "~",
        "through",
        "1990s",
        "May",
        "4th",
        "http://x.y/1",
        "a@b.c",
        "2021",
    ];
    let mut rng = Rng(0xf00d);
    for _ in 0..20_000 {
        let len = rng.below(12) as usize;
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(PIECES[rng.below(PIECES.len() as u64) as usize]);
            if rng.below(3) > 0 {
                text.push(' ');
            }
        }
        let found = find_quantities(&text);
        let mut last_end = 0;
        for q in &found {
            assert!(
                q.start >= last_end && q.start < q.end && q.end <= text.len(),
                "{text:?}: {q:?}"
            );
            assert_eq!(&text[q.start..q.end], q.text);
            last_end = q.end;
        }
    }
}

#[test]
fn a_megabyte_of_digits_is_read_in_one_pass() {
    // The recognizer has no backtracking: a megabyte of digits and
    // separators is read as ordinary figures (speed lives in bench-quantities).
    let digits = "1,234 5 ".repeat(128_000);
    let found = find_quantities(&digits);
    assert_eq!(found.len(), 256_000);
    let one_run = "9".repeat(1 << 20);
    assert!(find_quantities(&one_run).len() <= 1);
}
