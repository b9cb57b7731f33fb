//! Any text, however malformed, gives mentions with valid, ordered spans
//! and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = factcheck_quantities::find_quantities(text);
    let mut last_end = 0;
    for (i, q) in found.iter().enumerate() {
        assert!(q.start >= last_end && q.start < q.end && q.end <= text.len());
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        assert_eq!(&text[q.start..q.end], q.text);
        last_end = q.end;
        let _ = factcheck_quantities::compare(q, q);
        // Figures of different kinds and units meet too (conversions).
        if let Some(next) = found.get(i + 1) {
            let _ = factcheck_quantities::compare(q, next);
            let _ = factcheck_quantities::compare(next, q);
        }
    }
    for r in factcheck_quantities::find_relative_ordinals(text) {
        assert_eq!(&text[r.start..r.end], r.text);
    }
    let mut last_end = 0;
    for m in factcheck_quantities::find_unit_mentions(text, &found) {
        assert!(m.start >= last_end && m.start < m.end);
        assert_eq!(&text[m.start..m.end], m.text);
        assert!(!found.iter().any(|q| m.start < q.end && q.start < m.end));
        last_end = m.end;
    }
});
