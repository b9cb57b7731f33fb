//! Names of people, organizations and places found by capitalization, with
//! titles and honorifics kept as part of the name.

use factcheck_document::Span;
use serde::{Deserialize, Serialize};

use crate::words::{is_function_word, is_month_or_weekday, normalize, words, Word};

/// A capitalized name in the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Entity {
    /// The name as written, without a possessive ending.
    pub text: String,
    /// Where it stands in the document text.
    pub span: Span,
}

impl Entity {
    /// Whether the name looks like a person's: two or more words, none of
    /// them an organization or place word.
    pub fn looks_like_person(&self) -> bool {
        let parts: Vec<&str> = self.text.split_whitespace().collect();
        // "St. Petersburg", "Port Said", "Mount Kenya": a place prefix makes a place.
        let place_prefix = parts.first().is_some_and(|p| {
            matches!(
                normalize(p).trim_end_matches('.'),
                "st" | "saint"
                    | "san"
                    | "santa"
                    | "mount"
                    | "mt"
                    | "port"
                    | "fort"
                    | "lake"
                    | "cape"
            )
        });
        parts.len() >= 2
            && parts.len() <= 4
            && !place_prefix
            && !parts.iter().any(|p| is_institution_word(&normalize(p)))
            && !parts.iter().any(|p| p.chars().all(|c| c.is_uppercase()))
    }

    /// The lowercase words of the name, titles dropped, for matching.
    pub fn tokens(&self) -> Vec<String> {
        self.text
            .split_whitespace()
            .map(normalize)
            .filter(|t| !is_title(t) && !is_function_word(t))
            .collect()
    }
}

/// Words that make a capitalized phrase an institution or place rather than a person.
fn is_institution_word(w: &str) -> bool {
    matches!(
        w,
        "army"
            | "court"
            | "college"
            | "institute"
            | "university"
            | "ministry"
            | "council"
            | "party"
            | "bank"
            | "union"
            | "nations"
            | "states"
            | "kingdom"
            | "republic"
            | "organization"
            | "organisation"
            | "agency"
            | "company"
            | "corporation"
            | "group"
            | "committee"
            | "commission"
            | "office"
            | "department"
            | "government"
            | "league"
            | "federation"
            | "association"
            | "alliance"
            | "front"
            | "force"
            | "forces"
            | "summit"
            | "city"
            | "province"
            | "state"
            | "county"
            | "river"
            | "sea"
            | "street"
            | "airport"
            | "hospital"
            | "school"
            | "club"
            | "fund"
            | "times"
            | "post"
            | "news"
            | "herald"
            | "journal"
            | "review"
            | "inc"
            | "ltd"
            | "corp"
    )
}

/// Titles and honorifics that may precede a name ("Judge", "Mr"), by their
/// lowercase spelling: they say what someone is, not who.
pub fn is_title(w: &str) -> bool {
    matches!(
        w,
        "president"
            | "prime"
            | "minister"
            | "general"
            | "gen"
            | "gen."
            | "mr"
            | "mr."
            | "mrs"
            | "mrs."
            | "ms"
            | "ms."
            | "dr"
            | "dr."
            | "prof"
            | "prof."
            | "professor"
            | "senator"
            | "sen."
            | "governor"
            | "gov."
            | "mayor"
            | "king"
            | "queen"
            | "chancellor"
            | "judge"
            | "colonel"
            | "col."
            | "captain"
            | "sir"
            | "lady"
            | "lord"
            | "chief"
            | "secretary"
            | "ambassador"
            | "commander"
            | "director"
            | "ceo"
            | "chairman"
            | "chairwoman"
            | "sheikh"
            | "pope"
            | "deputy"
            | "foreign"
            | "defence"
            | "defense"
            | "senior"
            | "leader"
            | "coach"
            | "manager"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
    )
}

/// Day and month names ("May" excepted: it starts sentences as a verb).
fn is_calendar_word(w: &str) -> bool {
    w != "may" && is_month_or_weekday(w)
}

/// Capitalized words that are not names on their own.
fn is_common_capital(w: &str) -> bool {
    is_function_word(w)
        || is_calendar_word(w)
        || matches!(
            w,
            "yes"
                | "however"
                | "meanwhile"
                | "still"
                | "in"
                | "on"
                | "at"
                | "if"
                | "while"
                | "after"
                | "before"
                | "despite"
                | "many"
                | "most"
                | "several"
                | "some"
                | "mr"
                | "mrs"
        )
}

/// Common words that often open a news sentence, capitalized only by their
/// place: a modifier of the noun after it ("Total expenditure", "Public
/// debt") or a group of people or a measured thing ("Analysts said",
/// "Turnout was"). Inside a sentence a capitalized one is still a name
/// ("the Public Health Agency").
pub fn is_common_opener(w: &str) -> bool {
    matches!(
        w,
        "total"
            | "daily"
            | "weekly"
            | "monthly"
            | "quarterly"
            | "yearly"
            | "public"
            | "average"
            | "annual"
            | "overall"
            | "net"
            | "gross"
            | "median"
            | "national"
            | "local"
            | "global"
            | "general"
            | "foreign"
            | "domestic"
            | "private"
            | "federal"
            | "regional"
            | "health"
            | "defence"
            | "defense"
            | "analysts"
            | "officials"
            | "experts"
            | "critics"
            | "prosecutors"
            | "investigators"
            | "residents"
            | "voters"
            | "workers"
            | "economists"
            | "researchers"
            | "scientists"
            | "shares"
            | "sales"
            | "revenue"
            | "profit"
            | "profits"
            | "prices"
            | "inflation"
            | "unemployment"
            | "turnout"
            | "exports"
            | "imports"
            | "growth"
            | "spending"
            | "investment"
            | "borrowing"
            | "lending"
            | "output"
            | "production"
            | "demand"
            | "employment"
            | "earnings"
            | "wages"
            | "rents"
            | "costs"
            | "deaths"
            | "cases"
            | "admissions"
            | "applications"
            | "arrivals"
            | "visitors"
            | "passengers"
            | "students"
            | "graduates"
            | "emissions"
            | "attendance"
            | "enrolment"
            | "enrollment"
            | "membership"
            | "crime"
            | "poverty"
            | "vaccination"
            | "waiting"
            | "police"
            | "compared"
            | "according"
    )
}

/// Finds the names in `text` (a sentence starting at byte `offset` of the
/// document). A run of capitalized words, joined by "of", "the", "de" or "al"
/// and by abbreviations such as "St.", is one name.
///
/// ```
/// use factcheck_claims::find_entities;
///
/// let names = find_entities("Both leaders met President Ana Ruiz of the Bank of Chile in St. Petersburg.", 0);
/// let names: Vec<_> = names.iter().map(|e| e.text.as_str()).collect();
/// assert_eq!(names, ["President Ana Ruiz", "Bank of Chile", "St. Petersburg"]);
/// ```
pub fn find_entities(text: &str, offset: usize) -> Vec<Entity> {
    entities_in(text, &words(text), offset)
}

/// [`find_entities`] for a text whose [`words`] are already known.
pub(crate) fn entities_in(text: &str, ws: &[Word], offset: usize) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        let lower = normalize(w.text);
        // Mid-sentence capitals are names unless they are days or months;
        // at the start of a sentence common words are capitalized too.
        let starts_name = w.is_capitalized()
            && !is_calendar_word(&lower)
            && (!is_common_capital(&lower)
                || (i > 0 && lower.len() > 2 && !is_function_word(&lower)))
            && !(i == 0 && is_common_opener(&lower));
        if !starts_name {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut end = i;
        while j < ws.len() {
            let gap = &text[ws[j - 1].span.end..ws[j].span.start];
            let joined = gap == " " || gap == ". " && ws[j - 1].text.len() <= 3;
            if !joined || crate::words::is_possessive(ws[j - 1].text) {
                break;
            }
            let next = normalize(ws[j].text);
            if ws[j].is_capitalized() && !is_common_capital(&next) {
                end = j;
                j += 1;
            } else if matches!(
                next.as_str(),
                "of" | "the" | "de" | "al" | "bin" | "van" | "von"
            ) && ws.get(j + 1).is_some_and(|n| n.is_capitalized())
            {
                j += 1;
            } else {
                break;
            }
        }
        let start = ws[i].span.start;
        let mut stop = ws[end].span.end;
        let raw = &text[start..stop];
        for suffix in ["’s", "'s"] {
            if let Some(stripped) = raw.strip_suffix(suffix) {
                stop = start + stripped.len();
            }
        }
        let name = &text[start..stop];
        let single_title = end == i && is_title(&lower);
        if !single_title {
            out.push(Entity {
                text: name.to_string(),
                span: Span::new(start, stop).shifted(offset),
            });
        }
        i = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_and_sentence_starts() {
        let found = find_entities("It was Kim Lee’s third trip to Chile.", 0);
        let names: Vec<_> = found.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(names, ["Kim Lee", "Chile"]);
        assert!(found[0].looks_like_person());
        assert!(!found[1].looks_like_person());
    }

    #[test]
    fn common_words_opening_a_sentence_are_no_names() {
        for sentence in [
            "Total expenditure is set at 412 billion.",
            "Analysts said the deal was priced fairly.",
            "Turnout was 58%.",
        ] {
            assert!(find_entities(sentence, 0).is_empty(), "{sentence}");
        }
        let found = find_entities("It was funded by the Public Health Agency.", 0);
        assert_eq!(found[0].text, "Public Health Agency");
    }

    #[test]
    fn sentence_initial_names_count() {
        let found = find_entities("Chile agreed to open two consulates.", 0);
        assert_eq!(found[0].text, "Chile");
        assert_eq!(found[0].tokens(), ["chile"]);
    }
}
