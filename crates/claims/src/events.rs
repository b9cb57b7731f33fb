//! Event and assertion claims: statements of fact without a figure —
//! "the central bank raised interest rates", "the minister resigned",
//! "Police arrested the driver". Found by general English rules: a named or
//! definite actor, a finite verb in the past or present perfect (or its
//! negation), and an object or complement after it. Opinions, questions,
//! plans and bare reporting ("X said") are left out.

use serde::{Deserialize, Serialize};

use crate::quotes::is_speech_verb;
use crate::words::{is_function_word, normalize, stem, Word};

/// What happened, for an event claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// The verb as written, lowercase ("raised", "resigned", "sign" in "did not sign").
    pub verb: String,
    /// The verb's stem, for matching inflected forms ("rais").
    pub verb_stem: String,
    /// What the verb applies to, as written ("interest rates"); empty for
    /// intransitive verbs ("resigned").
    pub object: String,
    /// The statement is negated ("did not sign", "never met").
    pub negated: bool,
}

/// Past forms that do not end in -ed.
static IRREGULAR_PAST: WordList = WordList::new(
    "won lost met took gave made left began sold bought held led fled \
    struck broke chose drew drove fell rose grew built sent spent paid kept hit cut set put quit \
    shut sank shot ran came went saw found brought caught fought threw stole wrote became \
    overtook withdrew undertook forgave forbade froze hid lent meant read rode rang sought \
    sprang stood swore swept swam taught tore understood woke wore wound beat bore bid bit \
    bled bred burnt dealt dug fed forgot forgave hung knelt laid lit slid spoke split spun \
    spread stuck stung strove sued",
);

/// Words ending in -ed that are not verbs, or verbs that state opinions or
/// states rather than events.
static NOT_EVENT_VERBS: WordList = WordList::new(
    "need speed red bed seed feed breed greed shed hundred indeed \
    embed weed deed creed steed reed bleed proceed exceed succeed based united limited \
    concerned interested supposed used tired bored pleased worried surprised scared \
    believed seemed appeared felt thought hoped wanted wished liked loved hated preferred \
    expected planned intended aimed tried remained",
);

/// Words that mark an opinion, a hedge or a plan: such sentences are not
/// event claims.
static NOT_FACTUAL: WordList = WordList::new(
    "should must might may could would will shall perhaps maybe \
    probably possibly allegedly reportedly arguably hopefully unfortunately \
    think believe feel seems opinion",
);

/// Words written as one string (easy to read and extend), looked up
/// through a set built on first use: these lists are asked about every
/// word of every sentence.
struct WordList {
    words: &'static str,
    set: std::sync::OnceLock<std::collections::HashSet<&'static str>>,
}

impl WordList {
    const fn new(words: &'static str) -> Self {
        WordList {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    fn contains(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.words.split_whitespace().collect())
            .contains(w)
    }
}

/// Verbs that only report speech or thought ("said", "told"): the event,
/// if any, is in what they report. Speech verbs with an object of their own
/// ("declared a state of emergency", "announced layoffs") are events.
static REPORTING_ONLY: WordList = WordList::new(
    "said told added noted explained stated wrote asked argued \
    insisted claimed commented remarked replied continued suggested answered admitted \
    acknowledged estimated",
);

fn reports_only(w: &str) -> bool {
    REPORTING_ONLY.contains(w)
}

/// Whether a lowercase word is a past-tense or past-participle verb form.
fn is_past_verb(w: &str) -> bool {
    if NOT_EVENT_VERBS.contains(w) || reports_only(w) {
        return false;
    }
    (w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase()))
        || IRREGULAR_PAST.contains(w)
}

/// The event a sentence states: the clause's and the actor's word ranges
/// and the action.
pub(crate) struct FoundEvent {
    /// Index of the first word of the clause stating the event.
    pub first: usize,
    /// One past the index of the clause's last word.
    pub last: usize,
    /// Index range of the actor phrase.
    pub actor: (usize, usize),
    /// The action.
    pub action: Action,
}

/// Finds the event stated by a sentence's words (`ws`, spans relative to
/// `sentence`), or `None` when the sentence is an opinion, a question, a
/// plan, bare reporting, or names no actor.
pub(crate) fn find_event(sentence: &str, ws: &[Word<'_>]) -> Option<FoundEvent> {
    if sentence.trim_end().ends_with('?') || ws.len() < 3 {
        return None;
    }
    let lower: Vec<String> = ws.iter().map(|w| normalize(w.text)).collect();
    // As written in lowercase: "May" the month is no modal.
    if ws
        .iter()
        .zip(&lower)
        .any(|(w, l)| !w.is_capitalized() && NOT_FACTUAL.contains(l))
    {
        return None;
    }
    // The first finite past verb: after "has/have/had/was/were" the
    // participle, after "did not" / "never" the base form.
    let mut verb = None;
    let mut negated = false;
    for i in 1..ws.len() {
        let w = lower[i].as_str();
        let prev = lower[i - 1].as_str();
        let prev_determiner = matches!(
            prev,
            "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her"
        );
        let capital_inside = ws[i].is_capitalized();
        // "to hit", "the limited": an infinitive or an adjective, not a finite verb.
        if capital_inside || prev_determiner || prev == "to" {
            continue;
        }
        // "did not sign", "has never met": the verb after the negation.
        let after_negation = prev == "never"
            || matches!(prev, "not" | "n't")
                && i >= 2
                && matches!(
                    lower[i - 2].as_str(),
                    "did" | "does" | "has" | "have" | "had" | "was" | "were"
                );
        if after_negation
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(w)
            && !is_speech_verb(w)
        {
            verb = Some(i);
            negated = true;
            break;
        }
        if is_past_verb(w) {
            negated = i >= 2 && matches!(prev, "not" | "never");
            verb = Some(i);
            break;
        }
    }
    let v = verb?;
    // The clause's start: after the last comma before the verb ("On
    // Monday, the council approved"), except when the verb follows a comma
    // right away: then the commas set off an apposition ("Ana Ruiz, the
    // mayor, approved") and the clause starts with the sentence.
    let after_comma = |i: usize| sentence[..ws[i].span.start].trim_end().ends_with(',');
    let mut first = if after_comma(v) {
        0
    } else {
        ws[..v]
            .iter()
            .enumerate()
            .rev()
            .find(|(i, _)| after_comma(*i))
            .map_or(0, |(i, _)| i)
    };
    // Reported speech: in "X said (that) the firm cut jobs" the event is
    // what follows the speech verb.
    if let Some(j) = (first..v).rev().find(|&j| is_speech_verb(&lower[j])) {
        first = j + 1;
        if lower.get(first).is_some_and(|w| w == "that") {
            first += 1;
        }
    }
    // The actor: the words before the verb, without auxiliaries, negation
    // and a leading "on Tuesday,"-style time phrase. It must name someone
    // (a capitalized word) or be a definite noun phrase ("the company").
    let mut actor_end = v;
    while actor_end > first
        && matches!(
            lower[actor_end - 1].as_str(),
            "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "did"
                | "not"
                | "never"
                | "been"
                | "also"
                | "still"
                | "all"
                | "both"
                | "already"
                | "now"
                | "only"
                | "just"
                | "reportedly"
                | "then"
                | "later"
                | "finally"
                | "formally"
                | "officially"
        )
    {
        actor_end -= 1;
    }
    if actor_end == first {
        return None;
    }
    let actor = (first, actor_end);
    let names_someone = ws[first..actor_end]
        .iter()
        .enumerate()
        .any(|(k, w)| w.is_capitalized() && (k > 0 || !is_function_word(&lower[first])));
    let definite = matches!(
        lower[first].as_str(),
        "the"
            | "a"
            | "an"
            | "police"
            | "officials"
            | "authorities"
            | "investigators"
            | "prosecutors"
            | "lawmakers"
            | "voters"
            | "researchers"
            | "scientists"
            | "troops"
            | "rebels"
    );
    if !(names_someone || definite) {
        return None;
    }
    // Pronoun actors ("it", "they") need the previous sentence: left out.
    if actor_end - first == 1
        && matches!(
            lower[first].as_str(),
            "it" | "they" | "he" | "she" | "we" | "i" | "you" | "this" | "that"
        )
    {
        return None;
    }
    // The object: up to the clause's end (a comma, ";" or the sentence end).
    let mut last = v + 1;
    while last < ws.len() {
        let gap = &sentence[ws[last - 1].span.end..ws[last].span.start];
        if gap.contains([',', ';', ':', '('])
            || matches!(
                lower[last].as_str(),
                "which" | "who" | "after" | "before" | "because" | "while" | "although" | "but"
            )
        {
            break;
        }
        last += 1;
    }
    let object_words: Vec<&str> = ws[v + 1..last].iter().map(|w| w.text).collect();
    let object = object_words.join(" ");
    let verb_text = lower[v].clone();
    Some(FoundEvent {
        first,
        last,
        actor,
        action: Action {
            verb_stem: stem(&verb_text),
            verb: verb_text,
            object,
            negated,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::words;

    fn event(s: &str) -> Option<(String, Action)> {
        let ws = words(s);
        find_event(s, &ws).map(|e| {
            let actor = ws[e.actor.0..e.actor.1]
                .iter()
                .map(|w| w.text)
                .collect::<Vec<_>>()
                .join(" ");
            (actor, e.action)
        })
    }

    #[test]
    fn finds_actor_verb_and_object() {
        let (actor, action) = event("The central bank raised interest rates on Thursday.").unwrap();
        assert_eq!(actor, "The central bank");
        assert_eq!(action.verb, "raised");
        assert_eq!(action.object, "interest rates on Thursday");
        assert!(!action.negated);
        let (actor, action) = event("Finance Minister Rita Olsen has resigned.").unwrap();
        assert_eq!(actor, "Finance Minister Rita Olsen");
        assert_eq!(action.verb, "resigned");
        let (_, action) = event("On Monday, the council approved the new stadium.").unwrap();
        assert_eq!(action.object, "the new stadium");
        let (_, action) = event("Chile won the final in Lima.").unwrap();
        assert_eq!(action.verb, "won");
        // An adverb before the verb is no part of the actor.
        let (actor, _) = event("The basin still lost a large area last year.").unwrap();
        assert_eq!(actor, "The basin");
    }

    #[test]
    fn reported_events_start_after_the_speech_verb() {
        let (actor, action) = event("Officials said the factory closed its doors in May.").unwrap();
        assert_eq!(actor, "the factory");
        assert_eq!(action.verb, "closed");
        assert!(event("Forecasters said it was the strongest storm to hit the region.").is_none());
    }

    #[test]
    fn negation_is_kept() {
        let (_, action) = event("The senator did not sign the letter.").unwrap();
        assert_eq!(action.verb, "sign");
        assert!(action.negated);
    }

    #[test]
    fn opinions_questions_plans_and_pronouns_are_not_events() {
        assert!(event("The plan should have been dropped years ago.").is_none());
        assert!(event("Did the mayor approve the budget?").is_none());
        assert!(event("The company will open a plant in Ohio.").is_none());
        assert!(event("It rained.").is_none());
        assert!(event("They signed the deal.").is_none());
        assert!(event("Prices are high.").is_none());
    }
}
