//! Any text, however malformed, gives mentions with valid, ordered spans
//! and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last_end = 0;
    for q in factcheck_quantities::find_quantities(text) {
        assert!(q.start >= last_end && q.start < q.end && q.end <= text.len());
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        assert_eq!(&text[q.start..q.end], q.text);
        last_end = q.end;
        let _ = factcheck_quantities::compare(&q, &q);
    }
    for r in factcheck_quantities::find_relative_ordinals(text) {
        assert_eq!(&text[r.start..r.end], r.text);
    }
});
