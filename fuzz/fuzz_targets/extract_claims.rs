//! Claim extraction over any text never panics and its spans index the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = factcheck_document::Document::from_text("fuzz.txt", text);
    for claim in factcheck_claims::extract_claims(&doc) {
        assert!(text.get(claim.span.start..claim.span.end).is_some());
        assert!(text.get(claim.sentence.start..claim.sentence.end).is_some());
    }
});
