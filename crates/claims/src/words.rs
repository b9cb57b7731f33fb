//! Word-level helpers shared by claim extraction and evidence matching:
//! tokenizing with byte spans, lemmas and function words.

use std::fmt::Write as _;

use factcheck_document::Span;
use rustc_hash::FxHashMap;

/// A word of a text with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// The word as written (letters, digits, inner apostrophes and hyphens).
    pub text: &'t str,
    /// Where it stands in the text the words were taken from.
    pub span: Span,
}

impl Word<'_> {
    /// Whether the word starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word in lowercase without a possessive `'s`.
    pub fn normalized(&self) -> String {
        normalize(self.text)
    }
}

/// Lowercases a word and drops a possessive ending (`Russia’s` → `russia`).
pub fn normalize(word: &str) -> String {
    // Most words are ASCII: lowercasing them byte by byte is much cheaper.
    let mut lower = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    };
    for suffix in ["'s", "’s", "'", "’"] {
        if lower.ends_with(suffix) {
            lower.truncate(lower.len() - suffix.len());
            break;
        }
    }
    lower
}

/// Whether a word ends in a possessive (`Hlaing’s`, `countries'`).
pub fn is_possessive(word: &str) -> bool {
    ["'s", "’s", "'", "’"].iter().any(|s| word.ends_with(s))
}

/// Splits `text` into words, keeping inner apostrophes and hyphens
/// (`Russia’s`, `small-scale`); spans index `text`.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut start = None;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let next = i + c.len_utf8();
        // Hyphens split words ("nine-day" → "nine", "day") so a figure
        // glued to its noun still has one.
        let inner = matches!(c, '\'' | '’' | '.' | ',')
            && start.is_some()
            && char_at(text, next).is_some_and(char::is_alphanumeric)
            && (c != '.' && c != ','
                || text.as_bytes()[..i].last().is_some_and(u8::is_ascii_digit));
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
            i = next;
            continue;
        }
        if let Some(s) = start.take() {
            // A trailing possessive apostrophe stays: "countries’".
            let end = if matches!(c, '\'' | '’') && text[s..i].ends_with('s') {
                next
            } else {
                i
            };
            out.push(word_at(text, s, end));
        }
        i = next;
    }
    if let Some(s) = start {
        out.push(word_at(text, s, text.len()));
    }
    out
}

/// The character starting at byte `i` of `text`, if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

fn word_at(text: &str, start: usize, end: usize) -> Word<'_> {
    Word {
        text: &text[start..end],
        span: Span::new(start, end),
    }
}

/// The dictionary form of a lowercase noun or verb, by general English
/// suffix rules: `consulates` → `consulate`, `countries` → `country`,
/// `visited` → `visit`. Irregular plurals in common use are listed.
pub fn lemma(word: &str) -> String {
    let w = normalize(word);
    let irregular = match w.as_str() {
        "people" => Some("person"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "children" => Some("child"),
        "died" | "dies" | "dying" => Some("die"),
        "grew" | "grown" => Some("grow"),
        "rose" | "risen" => Some("rise"),
        "fell" | "fallen" => Some("fall"),
        "won" => Some("win"),
        "spent" => Some("spend"),
        "knives" => Some("knife"),
        "lives" => Some("life"),
        "wives" => Some("wife"),
        "halves" => Some("half"),
        "shelves" => Some("shelf"),
        "thieves" => Some("thief"),
        "wolves" => Some("wolf"),
        "species" | "series" | "news" | "means" | "politics" | "economics" | "crisis" => {
            Some(w.as_str())
        }
        _ => None,
    };
    if let Some(l) = irregular {
        return l.to_string();
    }
    if w.len() <= 3 || w.chars().any(|c| !c.is_alphabetic() && c != '-') {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "shes", "ches", "xes", "zes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w
}

/// Function words: determiners, pronouns, prepositions, conjunctions,
/// auxiliaries and a few common adverbs. They never head a measured phrase
/// and carry no weight in matching.
pub fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "him"
            | "them"
            | "us"
            | "who"
            | "whom"
            | "which"
            | "what"
            | "whose"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "about"
            | "as"
            | "into"
            | "over"
            | "under"
            | "since"
            | "during"
            | "before"
            | "after"
            | "between"
            | "among"
            | "against"
            | "through"
            | "per"
            | "than"
            | "across"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "so"
            | "yet"
            | "if"
            | "because"
            | "while"
            | "although"
            | "though"
            | "whereas"
            | "when"
            | "where"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "should"
            | "not"
            | "no"
            | "also"
            | "only"
            | "just"
            | "even"
            | "still"
            | "already"
            | "now"
            | "then"
            | "there"
            | "here"
            | "very"
            | "more"
            | "most"
            | "less"
            | "least"
            | "some"
            | "any"
            | "all"
            | "both"
            | "each"
            | "every"
            | "either"
            | "neither"
            | "such"
            | "other"
            | "another"
            | "own"
            | "same"
            | "said"
            | "says"
            | "say"
            | "told"
            | "according"
            | "up"
            | "down"
            | "out"
            | "off"
            | "again"
            | "ago"
            | "last"
            | "next"
            | "year"
            | "years"
            | "yesterday"
            | "today"
            | "week"
            | "month"
            | "like"
            | "around"
            | "nearly"
            | "almost"
            | "past"
            | "once"
            | "without"
            | "within"
            | "via"
            | "amid"
            | "despite"
            | "except"
            | "running"
            | "previous"
            | "coming"
            | "roughly"
            | "approximately"
            | "well"
    )
}

/// Articles, demonstratives and possessives that open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    const DETERMINERS: &str = "the a an its their his her our this that these those all";
    DETERMINERS.split_whitespace().any(|d| d == w)
}

/// Whether a word is a modal verb: "will", "could", "must" …
pub fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "could" | "may" | "might" | "should" | "can" | "must"
    )
}

/// Whether a (lowercase) word names a group of people that an age can
/// bound: the "children" of "children under five".
pub fn names_people(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "those"
            | "children"
            | "adults"
            | "men"
            | "women"
            | "boys"
            | "girls"
            | "anyone"
            | "everyone"
            | "pupils"
            | "patients"
            | "residents"
            | "drivers"
            | "workers"
    )
}

/// Whether a word places a counted whole in a series: the "last" of "36
/// of her last 40 matches", the "first" of "the first 10 days".
pub fn places_a_count(w: &str) -> bool {
    matches!(
        w,
        "last" | "first" | "past" | "previous" | "next" | "final" | "opening"
    )
}

/// Month names, lowercase, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, lowercase, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month and weekday names, lowercase.
pub fn is_month_or_weekday(w: &str) -> bool {
    MONTHS.contains(&w) || WEEKDAYS.contains(&w)
}

/// Words saying a figure holds at the time of writing ("now has", "currently
/// accounts for"), lowercase.
pub fn marks_now(w: &str) -> bool {
    matches!(w, "now" | "currently")
}

/// Words naming a length of time ("year", "months", "quarter", "half").
pub fn is_time_unit(w: &str) -> bool {
    const UNITS: [&str; 24] = [
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "fortnight",
        "fortnights",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "half",
        "quarter",
        "quarters",
        "decade",
        "decades",
        "period",
        "periods",
        "season",
        "seasons",
        "century",
    ];
    UNITS.contains(&w)
}

/// The terms a text is searched by (BM25 ranking, the on-disk index): the
/// stems of its content words, and each figure as `#` and its normalized
/// value, so "twelve", "12" and "12.0" meet as `#12`. Indexing and querying
/// use this one analysis, so they always agree.
///
/// ```
/// use factcheck_claims::words::search_terms;
/// assert_eq!(search_terms("Twelve visits to Chile"), ["#12", "visit", "chile"]);
/// assert_eq!(search_terms("the 12 visits"), ["#12", "visit"]);
/// ```
pub fn search_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_search_term(text, |term, _| out.push(term.to_string()));
    out
}

/// [`search_terms`] handed one at a time to `f` with the span (in `text`)
/// of the words each comes from, without collecting them: indexing a large
/// archive analyzes every sentence, and most words cost no allocation here.
///
/// ```
/// use factcheck_claims::words::for_each_search_term;
/// let mut terms = String::new();
/// for_each_search_term("Exports rose 12%", |term, _| {
///     terms.push_str(term);
///     terms.push(' ');
/// });
/// assert_eq!(terms, "export rose #12 ");
/// ```
pub fn for_each_search_term(text: &str, mut f: impl FnMut(&str, Span)) {
    let figures = factcheck_quantities::find_quantities(text);
    let mut figures = figures.iter().peekable();
    let mut term = String::new();
    // The end of the figure last turned into a term: its other words are skipped.
    let mut figure_end = 0;
    for w in words(text) {
        if w.span.start < figure_end {
            continue;
        }
        // Figures come in order of position; pass those that ended before this word.
        while figures.peek().is_some_and(|q| q.end <= w.span.start) {
            figures.next();
        }
        if let Some(q) = figures.peek().filter(|q| q.start < w.span.end) {
            let span = Span::new(q.start, q.end);
            term.clear();
            let _ = write!(term, "#{}", q.value.normalize());
            f(&term, span);
            // The other end of a range, the other tally of a score.
            if let Some(other) = q.upper.or(q.second) {
                term.clear();
                let _ = write!(term, "#{}", other.normalize());
                f(&term, span);
            }
            figure_end = q.end;
            figures.next();
            continue;
        }
        if word_term(w.text, &mut term) {
            f(&term, w.span);
        }
    }
}

/// Writes into `out` the search term of a word outside any figure — its
/// stem — and says whether it has one (function words, single letters and
/// stray digits have none). Answers are remembered per thread: news
/// vocabulary repeats, so most words cost one lookup.
fn word_term(word: &str, out: &mut String) -> bool {
    thread_local! {
        static TERMS: std::cell::RefCell<FxHashMap<Box<str>, Option<Box<str>>>> =
            std::cell::RefCell::new(FxHashMap::default());
    }
    const REMEMBERED: usize = 200_000;
    let known = TERMS.with(|terms| {
        terms.borrow().get(word).map(|t| {
            out.clear();
            if let Some(t) = t {
                out.push_str(t);
            }
            t.is_some()
        })
    });
    if let Some(has_term) = known {
        return has_term;
    }
    let n = normalize(word);
    let found = (n.chars().count() > 1
        && !is_function_word(&n)
        && !n.starts_with(|c: char| c.is_ascii_digit()))
    .then(|| stem(&n));
    out.clear();
    if let Some(t) = &found {
        out.push_str(t);
    }
    TERMS.with(|terms| {
        let mut terms = terms.borrow_mut();
        if terms.len() >= REMEMBERED {
            terms.clear();
        }
        terms.insert(word.into(), found.as_deref().map(Box::from));
    });
    found.is_some()
}

/// The Snowball (Porter 2) English stem of a word, for matching inflected
/// forms: `visited`, `visits` and `visiting` all stem to `visit`.
pub fn stem(word: &str) -> String {
    thread_local! {
        static STEMMER: rust_stemmers::Stemmer =
            rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        // News vocabulary repeats: remembering stems saves most stemming
        // work when indexing or checking many documents.
        static SEEN: std::cell::RefCell<FxHashMap<Box<str>, Box<str>>> =
            std::cell::RefCell::new(FxHashMap::default());
    }
    const REMEMBERED: usize = 200_000;
    // Keyed by the word as given, so a known word costs no lowercasing.
    if let Some(known) = SEEN.with(|seen| seen.borrow().get(word).map(|s| s.to_string())) {
        return known;
    }
    let stemmed = STEMMER.with(|s| s.stem(&normalize(word)).into_owned());
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if seen.len() >= REMEMBERED {
            seen.clear();
        }
        seen.insert(word.into(), stemmed.as_str().into());
    });
    stemmed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_marks() {
        let text = "Russia’s small-scale plan, 1,200.5 units; countries’ views.";
        let w: Vec<_> = words(text).iter().map(|w| w.text).collect();
        assert_eq!(
            w,
            [
                "Russia’s",
                "small",
                "scale",
                "plan",
                "1,200.5",
                "units",
                "countries’",
                "views"
            ]
        );
    }

    #[test]
    fn lemmas_follow_english_suffixes() {
        assert_eq!(lemma("Consulates"), "consulate");
        assert_eq!(lemma("countries"), "country");
        assert_eq!(lemma("Russia’s"), "russia");
        assert_eq!(lemma("boxes"), "box");
        assert_eq!(lemma("status"), "status");
        assert_eq!(lemma("people"), "person");
    }
}
