//! A small table of general English synonyms for the things figures measure,
//! so "trip" meets "visit" and "deal" meets "agreement". Stems only; no
//! topic-specific entries.

use factcheck_claims::words::stem;

/// Groups of words that name the same measured thing.
const GROUPS: &[&[&str]] = &[
    &["visit", "trip", "journey", "tour", "stay"],
    &[
        "increase", "rise", "growth", "gain", "jump", "surge", "hike",
    ],
    &[
        "decrease",
        "decline",
        "drop",
        "fall",
        "cut",
        "reduction",
        "slump",
    ],
    &[
        "job",
        "position",
        "post",
        "role",
        "headcount",
        "staff",
        "employee",
        "worker",
        "workforce",
    ],
    &["death", "fatality", "die", "dead", "killed", "casualty"],
    &["revenue", "sale", "turnover"],
    &["profit", "earning", "income"],
    &["vote", "ballot"],
    &["trade", "commerce"],
    &["agreement", "deal", "accord", "pact", "treaty", "contract"],
    &["country", "territory", "nation"],
    &["company", "firm", "business"],
    &["price", "cost"],
    &[
        "person",
        "people",
        "resident",
        "individual",
        "citizen",
        "inhabitant",
    ],
    &["child", "kid", "minor"],
    &["car", "vehicle", "automobile"],
    &["house", "home", "dwelling", "household"],
    &["patient", "case"],
    &["student", "pupil"],
    &["goal", "score"],
    &["win", "victory"],
    &["loss", "defeat"],
    &["seat", "mandate"],
    &["budget", "spending", "expenditure"],
    &["wage", "salary", "pay"],
    &["consulate", "mission"],
    &["meeting", "talk", "summit"],
];

/// Whether two words name the same thing: the same stem or one synonym group.
pub fn same_thing(a: &str, b: &str) -> bool {
    let (sa, sb) = (stem(a), stem(b));
    if sa == sb {
        return true;
    }
    GROUPS.iter().any(|group| {
        let mut has_a = false;
        let mut has_b = false;
        for w in *group {
            let s = stem(w);
            has_a |= s == sa;
            has_b |= s == sb;
        }
        has_a && has_b
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_groups_meet() {
        assert!(same_thing("visit", "trips"));
        assert!(same_thing("agreements", "deal"));
        assert!(same_thing("consulate", "consulates"));
        assert!(!same_thing("visit", "round"));
        assert!(!same_thing("trade", "household"));
    }
}
