//! A small table of general English synonyms for the things figures measure,
//! so "trip" meets "visit" and "deal" meets "agreement". No topic-specific
//! entries: every group would hold in any news domain.

use std::collections::HashMap;
use std::sync::OnceLock;

use factcheck_claims::words::stem;

/// Groups of words that name the same measured thing, one group per line.
const GROUPS: &str = "
    visit trip journey tour stay
    increase rise growth gain jump surge hike
    decrease decline drop fall cut reduction slump
    job position post role headcount staff employee worker workforce employment employ hire payroll
    death fatality die dead killed casualty toll
    revenue sale turnover
    profit earning income
    vote ballot
    trade commerce
    agreement deal accord pact treaty contract memorandum
    country territory nation
    company firm business
    price cost
    budget spending expenditure cost appropriation allocation outlay bill
    wage salary pay earning
    person people resident individual citizen inhabitant population
    child kid minor
    car vehicle automobile
    house home dwelling household
    patient case
    admission hospitalization hospitalisation
    student pupil
    goal score
    win victory
    loss defeat
    seat mandate
    match game fixture
    consulate mission embassy
    meeting talk summit
    prison jail sentence imprisonment custody
    extent area cover
    wind gust
    output production generation
    passenger traveller traveler flyer
    flight departure
    transaction sale purchase
    takeover acquisition buyout purchase bid merger
    saving synergy
    fine penalty
    crash collision accident
    film movie feature
    crowd attendance spectator
    subscriber subscription member membership
    dose vaccine vaccination jab
    value valuation capitalisation capitalization worth
    listing flotation offering ipo
    extra additional further
    aid assistance relief
    area region
    strike walkout stoppage
    project scheme programme program
    share proportion
";

/// Things and the figures that measure how they change: an economy's
/// growth is its GDP's, a rise in prices is inflation.
const MEASURES: &[(&str, &str)] = &[("economy", "gdp"), ("price", "inflation"), ("price", "cpi")];

/// Whether a change of `measure` is how a change of `thing` is measured
/// ("the economy grew" and "GDP growth"; "prices rose" and "inflation").
pub(crate) fn measured_by(thing: &str, measure: &str) -> bool {
    let (thing, measure) = (stem(thing), stem(measure));
    MEASURES
        .iter()
        .any(|(t, m)| stem(t) == thing && stem(m) == measure)
}

/// The groups as stems, in table order.
fn group_stems() -> &'static Vec<Vec<String>> {
    static GROUP_STEMS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    GROUP_STEMS.get_or_init(|| {
        GROUPS
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| line.split_whitespace().map(stem).collect())
            .collect()
    })
}

/// Each word's stem → the groups it belongs to.
fn groups() -> &'static HashMap<String, Vec<usize>> {
    static MAP: OnceLock<HashMap<String, Vec<usize>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<String, Vec<usize>> = HashMap::new();
        for (g, stems) in group_stems().iter().enumerate() {
            for s in stems {
                map.entry(s.clone()).or_default().push(g);
            }
        }
        map
    })
}

/// The stems of a stem's synonyms (itself excluded), in table order, for
/// widening a search ("visit" also finds "trip").
pub(crate) fn synonym_stems(stem_of_word: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for g in groups().get(stem_of_word).into_iter().flatten() {
        for s in &group_stems()[*g] {
            if s != stem_of_word && !out.contains(&s.as_str()) {
                out.push(s);
            }
        }
    }
    out
}

/// Whether the stem is one of the table's words for measured things.
pub(crate) fn is_known_thing(stem_of_word: &str) -> bool {
    groups().contains_key(stem_of_word)
}

/// Whether two words name the same thing: the same stem or one synonym group.
pub fn same_thing(a: &str, b: &str) -> bool {
    let (sa, sb) = (stem(a), stem(b));
    if sa == sb {
        return true;
    }
    let map = groups();
    match (map.get(&sa), map.get(&sb)) {
        (Some(ga), Some(gb)) => ga.iter().any(|g| gb.contains(g)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_groups_meet() {
        assert!(same_thing("visit", "trips"));
        assert!(same_thing("agreements", "deal"));
        assert!(same_thing("consulate", "consulates"));
        assert!(same_thing("cost", "budget"));
        assert!(same_thing("cost", "price"));
        assert!(!same_thing("price", "budget"));
        assert!(!same_thing("visit", "round"));
        assert!(!same_thing("trade", "household"));
    }

    #[test]
    fn synonyms_widen_a_search() {
        assert_eq!(synonym_stems("visit"), ["trip", "journey", "tour", "stay"]);
        assert!(synonym_stems("zebra").is_empty());
    }
}
