//! Whether a figure in a source speaks of the same thing as a claim's
//! figure, and how strongly: the measured thing, its subject, its period,
//! its modality (a plan is not an outcome) and the shared context.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use factcheck_claims::words::{
    for_each_search_term, is_function_word, is_month_or_weekday, is_time_unit, marks_now,
    places_a_count, search_terms, stem, words, Word,
};
use factcheck_claims::{is_common_opener, is_title, Claim, Measured};
use factcheck_document::Span;
use factcheck_quantities::rust_decimal::Decimal;
use factcheck_quantities::{change_word, Quantity, QuantityKind};

use crate::synonyms::{measured_by, same_thing};

/// Content-word stems of a text: no function words, no figures.
pub(crate) fn content_stems(text: &str) -> BTreeSet<String> {
    search_terms(text)
        .into_iter()
        .filter(|t| !t.starts_with('#'))
        .collect()
}

/// A sentence's search terms and, for each, the span of the words it comes
/// from (spans index the document), so any part of the sentence can be
/// read off without analyzing it again.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceTerms {
    pub terms: Vec<String>,
    pub spans: Vec<Span>,
}

impl SentenceTerms {
    /// The terms of `sentence` of `text`.
    pub(crate) fn of(text: &str, sentence: Span) -> SentenceTerms {
        let mut out = SentenceTerms::default();
        let Some(words) = sentence.slice(text) else {
            return out;
        };
        for_each_search_term(words, |term, span| {
            out.terms.push(term.to_string());
            out.spans.push(span.shifted(sentence.start));
        });
        out
    }

    /// The content stems (no figures) of the words within `range`.
    pub(crate) fn stems_within(&self, range: Span) -> BTreeSet<String> {
        self.terms
            .iter()
            .zip(&self.spans)
            .filter(|(t, s)| !t.starts_with('#') && range.contains(**s))
            .map(|(t, _)| t.clone())
            .collect()
    }
}

/// Stems of every content word of a short phrase ("the city council"),
/// without looking for figures.
pub(crate) fn phrase_stems(phrase: &str) -> BTreeSet<String> {
    content_words(phrase).map(|w| stem(&w)).collect()
}

/// The lowercase words of a short phrase, no function words or letters
/// standing alone.
fn content_words(phrase: &str) -> impl Iterator<Item = String> + '_ {
    words(phrase)
        .into_iter()
        .map(|w| w.normalized())
        .filter(|w| w.chars().count() > 1 && !is_function_word(w))
}

/// Stems of the words of a name ("Min Aung Hlaing", "the World Bank"):
/// like [`content_stems`] without looking for figures, which names do not
/// hold, so it is cheap enough to call per candidate.
///
/// Titles ("Judge") and words that say what kind of body a name is rather
/// than which one ("Group", "Foods", "plc") are left out, so "Brightwell
/// Foods" does not meet "Brightwater Foods", unless the name has no other
/// word; a name of one word for a measured thing ("Revenue", taken for a
/// name at the start of a sentence) has none.
pub(crate) fn name_stems(name: &str) -> BTreeSet<String> {
    // Each content word's stem, and whether the word tells the name apart.
    let kept: Vec<(String, bool)> = content_words(name)
        .map(|w| {
            let s = stem(&w);
            let distinctive = !is_title(&w) && !is_designator(&s);
            (s, distinctive)
        })
        .collect();
    // "Revenue climbed …": a sentence opener taken for a name that is a
    // word for a measured thing names no one.
    if let [(only, _)] = kept.as_slice() {
        if crate::synonyms::is_known_thing(only) {
            return BTreeSet::new();
        }
    }
    let any_distinctive = kept.iter().any(|(_, d)| *d);
    kept.into_iter()
        .filter(|(_, d)| *d || !any_distinctive)
        .map(|(s, _)| s)
        .collect()
}

/// Stems of the words that name a kind of organization in any domain:
/// legal forms ("plc", "Inc") and common generic heads ("Group", "Bank",
/// "United").
fn is_designator(stem_of_word: &str) -> bool {
    static DESIGNATORS: OnceLock<BTreeSet<String>> = OnceLock::new();
    DESIGNATORS
        .get_or_init(|| {
            "group plc inc ltd llc llp corp corporation company co holdings holding limited \
             international industries enterprises partners services systems technologies \
             foods food stores store markets market bank union association authority agency \
             council committee ministry department office institute university hospital \
             court tribunal commission service \
             airlines airways motors fc united athletic rovers wanderers"
                .split_whitespace()
                .map(stem)
                .collect()
        })
        .contains(stem_of_word)
}

/// Whether words mark a plan or forecast rather than an outcome: a modal
/// ("will", "would"), a verb of forecast ("is projected at") or a verb of
/// intent before "to" ("plans to", "is set to", "expects to").
fn marks_future(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "will" | "would" | "shall")
            || is_forecast(w)
                && (words.get(i + 1).is_some_and(|n| n == "at" || n == "to")
                    || i.checked_sub(1).is_some_and(|p| {
                        matches!(
                            words[p].as_str(),
                            "is" | "was" | "are" | "were" | "be" | "been"
                        )
                    }))
            || matches!(
                w.as_str(),
                "plan"
                    | "plans"
                    | "planning"
                    | "intend"
                    | "intends"
                    | "aim"
                    | "aims"
                    | "expect"
                    | "expects"
                    | "expected"
                    | "going"
                    | "set"
                    | "pledged"
                    | "promised"
                    | "vowed"
                    | "hopes"
                    | "hope"
            ) && words.get(i + 1).is_some_and(|n| n == "to")
    })
}

fn is_future_marker(w: &str) -> bool {
    matches!(w, "will" | "would" | "shall") || is_forecast(w)
}

/// Verbs that put a figure in the future whatever their tense, after a
/// form of "be" or before "at" or "to": "the deficit is projected at
/// 2.4%", "growth was forecast at 1.1%" (not "beating forecasts").
fn is_forecast(w: &str) -> bool {
    matches!(w, "projected" | "forecast" | "forecasted" | "predicted")
}

/// Words that mark a completed past event.
fn is_past_marker(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "rose"
            | "fell"
            | "grew"
            | "won"
            | "made"
            | "took"
            | "got"
            | "saw"
            | "became"
            | "began"
            | "went"
            | "left"
            | "came"
            | "gave"
            | "paid"
    ) || (w.len() > 4 && w.ends_with("ed") && !is_future_marker(w))
}

/// Whether the figure at `figure` is the value a change starts from or is
/// compared with: "from" stands right before it after a word of change
/// ("up from 81%", "rose sharply from 640") or after a comma ("88.6% in
/// 2024, from 81%"), but not "heard from 31 witnesses"; or "compared
/// with", "versus".
fn starts_from(text: &str, sentence: Span, figure: Span) -> bool {
    let Some(before) = text.get(sentence.start..figure.start) else {
        return false;
    };
    let ws = words(before);
    // "58.3%, compared with 66.1%": the figure compared against.
    let compared = match ws.as_slice() {
        [.., a, b] if matches!(b.normalized().as_str(), "with" | "to") => {
            a.normalized() == "compared"
        }
        // "14 months in 2026, against 17 months in 2024".
        [.., a] => {
            matches!(a.normalized().as_str(), "versus" | "vs")
                || a.normalized() == "against" && before[..a.span.start].trim_end().ends_with(',')
        }
        [] => false,
    };
    if compared && before[ws[ws.len() - 1].span.end..].trim().is_empty() {
        // "41.3%, compared with 28.7% for gas plants": another series set
        // beside the figure, not where it started ("… for the same period").
        let after = words(text.get(figure.end..sentence.end).unwrap_or(""));
        let word = |i: usize| after.get(i).map(|w| w.normalized());
        let another_series = word(0).is_some_and(|w| w == "for" || w == "among")
            && !matches!(
                (word(1).as_deref(), word(2).as_deref()),
                (
                    Some("the"),
                    Some("same" | "previous" | "prior" | "year" | "period")
                ) | (
                    Some("last" | "a" | "the"),
                    Some("year" | "quarter" | "month")
                )
            );
        return !another_series;
    }
    let Some((from, earlier)) = ws.split_last() else {
        return false;
    };
    if !from.text.eq_ignore_ascii_case("from") || !before[from.span.end..].trim().is_empty() {
        return false;
    }
    // "down from 62,000", "rose by 4,000, from …", "shortened to 6.4
    // nights from 6.9".
    before[..from.span.start].trim_end().ends_with(',')
        || earlier
            .iter()
            .rev()
            .take(3)
            .any(|w| change_word(&w.normalized()).is_some())
        || earlier.iter().rev().take(4).any(|w| w.normalized() == "to")
            && earlier
                .iter()
                .rev()
                .take(3)
                .any(|w| is_count_word(&w.normalized()))
}

/// Whether a word is a count: "14", "fourteen".
fn is_count_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || factcheck_quantities::find_quantities(w)
            .first()
            .is_some_and(|q| q.kind == QuantityKind::Cardinal && q.text.len() == w.len())
}

/// Words that may stand between "of" and the whole's count: "of the
/// country's 20", "of their 34", "of her last 40".
fn skips_to_whole(w: &Word<'_>) -> bool {
    let lower = w.normalized();
    is_function_word(&lower) && lower != "of"
        || places_a_count(&lower)
        || w.text.ends_with("'s")
        || w.text.ends_with("’s")
}

/// Where a count stands in "14 of the country's 20 provinces": the part
/// (14, of a whole counted "20"), the whole (20), or neither.
fn part_or_whole(text: &str, sentence: Span, figure: Span) -> (Option<String>, bool) {
    let before = text.get(sentence.start..figure.start).unwrap_or("");
    let after = text.get(figure.end..sentence.end).unwrap_or("");
    let back = words(before);
    let mut rev = back.iter().rev().skip_while(|w| skips_to_whole(w)).take(2);
    let whole = rev.next().is_some_and(|w| w.normalized() == "of")
        && rev.next().is_some_and(|w| is_count_word(&w.normalized()));
    let ahead = words(after);
    let mut fwd = ahead.iter();
    let part_of = if fwd.next().is_some_and(|w| w.normalized() == "of") {
        fwd.find(|w| !skips_to_whole(w))
            .map(|w| w.normalized())
            .filter(|w| is_count_word(w))
    } else {
        None
    };
    (part_of, whole)
}

/// What is known about the text around one figure.
#[derive(Debug, Clone)]
pub(crate) struct FigureContext {
    /// Stems of the whole sentence.
    pub sentence: BTreeSet<String>,
    /// Stems of the sentence's capitalized words: where it may name
    /// someone ("New York", not "new registrations").
    pub capitalized: BTreeSet<String>,
    /// Stems of the figure's own clause.
    pub clause: BTreeSet<String>,
    /// Stems of the few words right before the figure ("now employs about").
    pub near: BTreeSet<String>,
    /// Stems of the few words on either side of the figure, within its
    /// clause ("sentenced to … in prison"): what a span of time spans.
    pub around: BTreeSet<String>,
    /// Stems of the phrase right after the figure, up to six words before
    /// any punctuation: what or whose the figure is ("for gas plants").
    pub follows: BTreeSet<String>,
    /// The figure is a ratio: "nine applicants for every place", "€940 per
    /// visitor" (only a count's is told apart: "412 pence a share" and "412
    /// pence for each share" are one price).
    pub per: bool,
    /// The stems of the figure's clause after it: what those counted did or
    /// said ("said the country was heading in the wrong direction").
    pub rest: BTreeSet<String>,
    /// The figure is what is needed for something, not what is: "the 95%
    /// needed to stop the virus", "at least 95% is required".
    pub required: bool,
    /// The figure counts what is left: "seven races left", "the remaining
    /// 40 stores".
    pub remaining: bool,
    /// The clause speaks of a plan or forecast.
    pub future: bool,
    /// The verb governing the figure states it as done or as holding now
    /// ("opened 35 stores", "now has 90 GW"), not as planned.
    pub settled: bool,
    /// The figure is a starting value ("up from 81%", "from 640 to …").
    pub baseline: bool,
    /// Stem of the content word right before the figure, usually its verb
    /// ("employ" in "employ about 96,000 people").
    pub verb_before: Option<String>,
    /// The count of the whole the figure counts a part of: "20" for the 14
    /// of "14 of the 20 provinces".
    pub part_of: Option<String>,
    /// The figure counts the whole a part is counted of: the 20.
    pub whole: bool,
}

impl FigureContext {
    /// The context of `claim` (whose spans index `text`); `sentence` holds
    /// the terms of its sentence when already known.
    pub(crate) fn of(text: &str, claim: &Claim, sentence: Option<&SentenceTerms>) -> FigureContext {
        let analyzed;
        let sentence = match sentence {
            Some(known) => known,
            None => {
                analyzed = SentenceTerms::of(text, claim.sentence);
                &analyzed
            }
        };
        let clause = text.get(claim.span.start..claim.span.end).unwrap_or("");
        // "shares closed down 9% after the insurer warned that premiums
        // would rise": a subordinate clause after the figure tells of
        // something else, its plans included.
        let clause_words: Vec<String> = {
            let figure_end = claim
                .quantity
                .as_ref()
                .map_or(0, |q| q.end.saturating_sub(claim.span.start));
            // "Pennyfield, which opened its 500th store in March, plans to
            // open 40 more": a relative clause ends at its comma.
            let in_relative = claim
                .quantity
                .as_ref()
                .and_then(|q| text.get(claim.sentence.start..q.start))
                .is_some_and(|before| {
                    [", which ", ", who "]
                        .iter()
                        .filter_map(|opener| before.rfind(opener))
                        .max()
                        .is_some_and(|at| !before[at + 1..].contains(','))
                });
            let relative_end = in_relative
                .then(|| clause.get(figure_end..)?.find(','))
                .flatten();
            let cut = [" after ", " because ", " that ", " when ", " while "]
                .iter()
                .filter_map(|sub| clause.get(figure_end..)?.find(sub))
                .chain(relative_end)
                .min()
                .map_or(clause.len(), |at| figure_end + at);
            words(clause.get(..cut).unwrap_or(clause))
                .iter()
                .map(|w| w.normalized())
                .collect()
        };
        let baseline = claim.quantity.as_ref().is_some_and(|q| {
            q.upper.is_none() && starts_from(text, claim.sentence, Span::new(q.start, q.end))
        });
        // "…, according to a survey published on Wednesday": who reports a
        // figure is no part of what it says.
        let attributed_from = claim.quantity.as_ref().and_then(|q| {
            let after = q.end.max(claim.span.start);
            let at = text.get(after..claim.span.end)?.find(" according to ")?;
            Some(after + at)
        });
        let said_span = Span::new(claim.span.start, attributed_from.unwrap_or(claim.span.end));
        let mut clause_stems = sentence.stems_within(said_span);
        if let Some(m) = &claim.measured {
            clause_stems.extend(content_stems(&m.phrase));
        }
        // The last four words before the figure in its clause.
        let near = claim
            .quantity
            .as_ref()
            .and_then(|q| {
                let before = text.get(claim.span.start..q.start.max(claim.span.start))?;
                let ws = words(before);
                let first = ws.get(ws.len().saturating_sub(4))?;
                Some(sentence.stems_within(Span::new(claim.span.start + first.span.start, q.start)))
            })
            .unwrap_or_default();
        // The rest of the figure's clause after it, and its words.
        let rest = claim.quantity.as_ref().map_or("", |q| {
            text.get(q.end.min(claim.span.end)..claim.span.end)
                .unwrap_or("")
        });
        let rest_words = words(rest);
        // The first three words after the figure in its clause.
        let after = claim
            .quantity
            .as_ref()
            .and_then(|q| {
                let last = rest_words.get(rest_words.len().min(3).checked_sub(1)?)?;
                Some(sentence.stems_within(Span::new(q.end, q.end + last.span.end)))
            })
            .unwrap_or_default();
        let around = near.union(&after).cloned().collect();
        // The phrase after the figure up to the next punctuation: what or
        // whose it is ("28.7% for combined-cycle gas plants").
        let follows = claim
            .quantity
            .as_ref()
            .and_then(|q| {
                let phrase = rest.split([',', ';', ':', '.', '(']).next()?;
                let ws = words(phrase);
                let last = ws.get(ws.len().min(6).checked_sub(1)?)?;
                Some(sentence.stems_within(Span::new(q.end, q.end + last.span.end)))
            })
            .unwrap_or_default();
        let verb_before = claim.quantity.as_ref().and_then(|q| {
            let before = text.get(claim.span.start..q.start.max(claim.span.start))?;
            let w = words(before).into_iter().rev().find(|w| {
                let lower = w.normalized();
                !is_function_word(&lower)
                    && !lower.starts_with(|c: char| c.is_ascii_digit())
                    && !w.is_capitalized()
            })?;
            Some(stem(&w.normalized()))
        });
        let (part_of, whole) = claim
            .quantity
            .as_ref()
            .filter(|q| q.kind == QuantityKind::Cardinal)
            .map(|q| part_or_whole(text, claim.sentence, Span::new(q.start, q.end)))
            .unwrap_or_default();
        let first_after: Vec<String> = rest_words.iter().take(4).map(|w| w.normalized()).collect();
        // ("1,340 crowns per month" is what "1,340 crowns a month" or "in
        // a month" is: a figure over a time.)
        let per =
            first_after.iter().enumerate().any(|(i, w)| {
                w == "per" && !first_after.get(i + 1).is_some_and(|n| is_time_unit(n))
            }) || first_after.windows(2).any(|p| {
                matches!(p[0].as_str(), "for" | "in") && matches!(p[1].as_str(), "every" | "each")
            });
        // ("targets inflation of 2%", "the inflation target is 2%", "an
        // 80% target": an aim, not a level.)
        let is_target = |w: &str| matches!(w, "target" | "targets" | "targeted" | "targeting");
        let required = first_after
            .iter()
            .skip_while(|w| matches!(w.as_str(), "is" | "are" | "was" | "were" | "be"))
            .take(1)
            .any(|w| matches!(w.as_str(), "needed" | "required" | "necessary") || is_target(w))
            || near.iter().any(|w| is_target(w));
        // "seven races left", "with eight rounds remaining", "the remaining
        // 40 stores": what is yet to come, not what was done.
        // ("68% of flights left on time" left.)
        let remaining = first_after.iter().take(3).enumerate().any(|(i, w)| {
            let next = first_after.get(i + 1).map(String::as_str);
            matches!(w.as_str(), "remaining" | "outstanding")
                || w == "left" && matches!(next, None | Some("this" | "to" | "until" | "before"))
        }) || claim.quantity.as_ref().is_some_and(|q| {
            text.get(claim.sentence.start..q.start)
                .and_then(|before| words(before).last().map(|w| w.normalized()))
                .is_some_and(|w| w == "remaining")
        });
        let rest = claim
            .quantity
            .as_ref()
            .map(|q| sentence.stems_within(Span::new(q.end.min(claim.span.end), claim.span.end)))
            .unwrap_or_default();
        let capitalized = sentence
            .terms
            .iter()
            .zip(&sentence.spans)
            .filter(|(t, span)| {
                !t.starts_with('#')
                    && span
                        .slice(text)
                        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            })
            .map(|(t, _)| t.clone())
            .collect();
        FigureContext {
            near,
            around,
            follows,
            rest,
            capitalized,
            per,
            required,
            remaining,
            part_of,
            whole,
            sentence: sentence.stems_within(claim.sentence),
            clause: clause_stems,
            future: marks_future(&clause_words),
            settled: governing_verb_is_settled(text, claim),
            baseline,
            verb_before,
        }
    }
}

/// Whether the verb right before the figure (past determiners and
/// qualifiers) is in the past tense ("opened 35 stores", "won 26 of"), or
/// the clause says the figure holds now ("now has more than 90 GW").
fn governing_verb_is_settled(text: &str, claim: &Claim) -> bool {
    let Some(q) = &claim.quantity else {
        return false;
    };
    let before = text
        .get(claim.span.start..q.start.max(claim.span.start))
        .unwrap_or("");
    let ws = words(before);
    if ws.iter().any(|w| marks_now(&w.normalized())) {
        return true;
    }
    ws.iter()
        .rev()
        .map(|w| w.normalized())
        .find(|w| {
            !matches!(
                w.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "another"
                    | "only"
                    | "about"
                    | "more"
                    | "than"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "over"
                    | "under"
                    | "at"
                    | "least"
                    | "just"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "by"
                    | "up"
                    | "to"
                    | "around"
            )
        })
        .is_some_and(|w| is_past_marker(&w))
}

/// How a source figure was tied to the claim's topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Topic {
    /// The figure's own subject is the claim's subject (no measured thing).
    Subject,
    /// A claim's generic thing ("people") and the source's figure follow
    /// the same verb: the source may count a kind of it ("killed 40
    /// people" and "killed 12 soldiers"), so the tie can only support.
    Verb,
    /// The same uncommon sum of money about one of the claim's names,
    /// whatever each says it is: a tie that can only support.
    Amount,
    /// The same uncommon figure as written, named by at most one side.
    Figure,
    /// Neither names a thing but both are in the same unit of measure
    /// ("burned 310,000 hectares", "312,400 hectares burned"): a tie that
    /// contradicts only with more shared words than the unit.
    Unit,
    /// A claim's generic thing ("people") takes its sense from the words
    /// before it ("employed"), and the source figure measures that sense
    /// ("headcount reached 18,240"). Where the source names the thing after
    /// its figure ("had 45,200 employees", "2,500 jobs could go") the tie
    /// can only support: the figure may count a change of it.
    Sense,
    /// A claim's figure is known by whose it is: of a whole it names no
    /// kind of ("29% of the total"), by the words of its clause found right
    /// around the source figure ("28.7% for gas plants"); a share, by its
    /// owner and period ("Coal … a fifth of supply in 2016", "Coal … 19% of
    /// electricity in 2016"). A tie that can only support.
    Owner,
    /// Two shares known by what those counted did or said, in the same
    /// words ("two-thirds of voters said the country was heading in the
    /// wrong direction", "64% of respondents said …"): a tie that can only
    /// support.
    Said,
    /// One side's measured thing appears in the other's clause.
    Loose,
    /// Both measure the same thing (stem or synonym).
    Strong,
}

/// Heads that name a change: "growth", "rise", and "inflation" (a rise
/// in prices). A level of one is a change of the thing it is of.
pub(crate) fn names_a_change(head: &str) -> bool {
    head == "inflation" || change_word(head).is_some()
}

/// Whether `change`, the head of `figure`, is a change of `thing`: of
/// what measures it ("prices" and "inflation"), or of one of the figure's
/// qualifiers or its subject ("the economy" and "GDP growth").
fn is_changed(thing: &str, change: &str, figure: &Claim) -> bool {
    let mut changed: Vec<String> = figure
        .measured
        .iter()
        .flat_map(|m| m.modifiers.iter().cloned())
        .collect();
    changed.extend(figure.subject.iter().flat_map(|s| name_stems(s)));
    // "annual growth in regular pay".
    changed.extend(
        figure
            .measured
            .iter()
            .flat_map(|m| m.complement.iter().flat_map(|c| content_stems(c))),
    );
    measured_by(thing, change)
        || changed
            .iter()
            .any(|t| same_thing(thing, t) || measured_by(thing, t))
}

/// Heads naming a share by what it counts: "pass rate", "vaccination rate".
fn is_rate(head: &str) -> bool {
    matches!(head, "rate" | "proportion" | "percentage" | "ratio")
}

/// Heads that say little by themselves: "people", "units", and rates,
/// known by their qualifiers.
fn is_generic(head: &str) -> bool {
    is_rate(head)
        || matches!(
            head,
            "person"
                | "people"
                | "individual"
                | "unit"
                | "thing"
                | "item"
                | "time"
                | "number"
                | "volume"
                | "level"
                | "amount"
                | "total"
                | "figure"
        )
}

/// The whole a share is of: "market" in "share of the cloud software
/// market" and in "market share" (not the owner in "the company's share").
fn share_whole(m: &Measured) -> Option<String> {
    if !is_share(&m.head) {
        return None;
    }
    match &m.complement {
        Some(c) => words(c).last().map(|w| w.normalized()),
        None if !m.phrase.contains(['\'', '’']) => m.modifiers.last().cloned(),
        None => None,
    }
}

/// Whether `noun` ("registrations of electric cars") names the doing of a
/// verb in `clause` ("were registered") to `thing`: its complement names
/// that thing, or it names none ("Tesla's registrations").
fn action_of(noun: Option<&Measured>, thing: &str, clause: &BTreeSet<String>) -> bool {
    let Some(noun) = noun else {
        return false;
    };
    let of_thing = noun.complement.as_deref().is_none_or(|c| {
        words(c)
            .last()
            .is_some_and(|w| same_thing(&w.normalized(), thing))
    });
    // The verb, not the noun itself: "registered" for "registrations".
    let noun_stem = stem(&noun.head);
    of_thing
        && !same_thing(&noun.head, thing)
        && clause
            .iter()
            .any(|w| !w.starts_with('#') && *w != noun_stem && same_root(&noun.head, w))
}

/// A percentage or fraction: a share of some whole, or a change by one.
fn is_share_figure(q: &Quantity) -> bool {
    matches!(q.kind, QuantityKind::Percent | QuantityKind::Fraction)
}

/// A percentage or fraction that is a level, not a change.
fn is_share_level(q: &Quantity) -> bool {
    is_share_figure(q) && q.change.is_none()
}

/// Whether the words after both figures say one thing: at least three
/// content words shared, most of the claim's.
fn said_alike(claim: &FigureContext, source: &FigureContext) -> bool {
    let said: Vec<&String> = claim.rest.iter().filter(|w| !w.starts_with('#')).collect();
    let shared = said.iter().filter(|w| source.rest.contains(**w)).count();
    shared >= 3 && shared * 3 >= said.len() * 2
}

/// Heads that name a share of a whole: "share", "proportion".
fn is_share(head: &str) -> bool {
    matches!(head, "share" | "proportion" | "percentage" | "portion")
}

/// Whether a share whose whole is a group of people ("of men") is set
/// against a clause that counts among other people only ("the share of
/// adults who smoke").
fn of_other_people(share: Option<&Measured>, other_clause: &BTreeSet<String>) -> bool {
    let Some(whole) = share
        .filter(|m| m.follows_figure)
        .and_then(|m| words(&m.phrase).last().map(|w| stem(&w.normalized())))
        .filter(|w| is_group_of_people(w))
    else {
        return false;
    };
    let mut groups = other_clause
        .iter()
        .filter(|w| is_group_of_people(w))
        .peekable();
    groups.peek().is_some() && groups.all(|g| *g != whole)
}

/// Whether a stem is of a plain noun for a group of people a share is
/// taken of: "adults", "men", "women", "voters".
fn is_group_of_people(term: &str) -> bool {
    const GROUPS: [&str; 17] = [
        "adults",
        "men",
        "women",
        "children",
        "boys",
        "girls",
        "pupils",
        "students",
        "patients",
        "residents",
        "voters",
        "drivers",
        "workers",
        "employees",
        "teenagers",
        "pensioners",
        "households",
    ];
    GROUPS.iter().any(|g| stem(g) == term)
}

/// Heads that name no kind of thing at all: "the total remains 11% higher".
fn names_no_kind(head: &str) -> bool {
    matches!(head, "total" | "number" | "figure" | "level" | "amount")
}

fn any_same(head: &str, stems: &BTreeSet<String>) -> bool {
    stems.iter().any(|s| same_thing(head, s))
}

fn shares_name(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => !name_stems(a).is_disjoint(&name_stems(b)),
        _ => false,
    }
}

/// A source's figure considered as evidence.
pub(crate) struct Candidate<'a> {
    pub claim: &'a Claim,
    pub context: &'a FigureContext,
    /// The source sentence the figure stands in.
    pub sentence: &'a str,
    /// When the source was published: an undated figure in it is as of then.
    pub published: Option<chrono::NaiveDate>,
    /// The source was given for the article (not found in an archive).
    pub given: bool,
    /// The content-word stems of the whole source.
    pub document_stems: &'a BTreeSet<String>,
}

/// The strength of the tie between a claim and a source figure, or `None`
/// when the source figure speaks of something else.
pub(crate) fn alignment(
    claim: &Claim,
    cctx: &FigureContext,
    claim_published: Option<chrono::NaiveDate>,
    source: &Candidate<'_>,
    rivals: &[&Candidate<'_>],
    same_story: bool,
) -> Option<Tie> {
    let sc = source.claim;
    let sctx = source.context;
    let (cq, sq) = (claim.quantity.as_ref()?, sc.quantity.as_ref()?);
    let c_head = claim.measured.as_ref().map(|m| m.head.as_str());
    let s_head = sc.measured.as_ref().map(|m| m.head.as_str());
    let spans_time = |q: &Quantity| q.kind == QuantityKind::Duration;
    let topic = if cq.kind == QuantityKind::Score || sq.kind == QuantityKind::Score {
        // A score is known by the sides that played, not by its verb ("beat
        // Rovers 4-1", "a 4-1 win over Rovers"): the source sentence names
        // two of the claim's names, or its only one.
        let (names, named) = names_named(claim, &sctx.capitalized);
        if cq.kind != sq.kind || names == 0 || named < names.min(2) {
            return None;
        }
        Topic::Strong
    } else if spans_time(cq) || spans_time(sq) {
        // A span of time is known by what it spans, in the words around
        // it: "sentenced to six years in prison" meets "a six-year prison
        // sentence", not "served two years as mayor".
        let what = |stems: &BTreeSet<String>| -> BTreeSet<String> {
            stems
                .iter()
                .filter(|w| !w.starts_with('#') && !is_time_unit(w))
                .cloned()
                .collect()
        };
        // An age ("Diaz, 24,", "aged 23") is a span of nobody's doing: it
        // only meets another age.
        let is_age = |q: &Quantity| {
            q.kind == QuantityKind::Duration && q.text.bytes().all(|b| b.is_ascii_digit())
        };
        if is_age(cq) != is_age(sq) {
            return None;
        }
        // Two starting spans are known by their whole clauses ("down from
        // 17 months in 2024", "against 17 months in 2024").
        let (c_what, s_what) = if cctx.baseline && sctx.baseline {
            (what(&cctx.clause), what(&sctx.clause))
        } else {
            (what(&cctx.around), what(&sctx.around))
        };
        if !(spans_time(cq) && spans_time(sq) && c_what.iter().any(|w| any_same(w, &s_what))) {
            return None;
        }
        Topic::Strong
    } else {
        match (c_head, s_head) {
            (Some(a), Some(b)) if same_thing(a, b) => Topic::Strong,
            // "the economy to grow by 1.1%" and "GDP growth of 1.3%": a
            // change is of what qualifies it or whose it is.
            (Some(a), Some(b)) if names_a_change(b) && is_changed(a, b, sc) => Topic::Strong,
            (Some(a), Some(b)) if names_a_change(a) && is_changed(b, a, claim) => Topic::Strong,
            // "its share of the cloud software market slipped to 11%" is
            // "holds 11% of the cloud software market" (of the claim's
            // owner, where it names one).
            (Some(_), Some(b))
                if sc.measured.as_ref().is_some_and(|m| m.partitive)
                    && claim
                        .subject
                        .as_deref()
                        .is_none_or(|owner| !name_stems(owner).is_disjoint(&sctx.sentence))
                    && claim
                        .measured
                        .as_ref()
                        .and_then(share_whole)
                        .is_some_and(|whole| same_thing(&whole, b)) =>
            {
                Topic::Strong
            }
            // A generic head takes its sense from the verb (before any word
            // of the source's clause does): "employs 18,000
            // people" meets "headcount reached 18,240" and "had 18,240
            // employees".
            // ("At least 14 people have died" meets "Fourteen deaths".)
            (Some(a), Some(b))
                if is_generic(a) && (any_same(b, &cctx.near) || any_same(b, &cctx.around)) =>
            {
                Topic::Sense
            }
            // The claim's thing is named next to the source figure ("coverage
            // among children reached 88.6%" for "90% of children").
            // (Not a change itself: "a 2.4% jump" is not every rise.)
            (Some(a), _) if change_word(a).is_none() && any_same(a, &sctx.clause) => Topic::Loose,
            // "Gas plants supplied 29% of the total" is the "28.7% for
            // combined-cycle gas plants" of a source on the same whole.
            (Some(a), _)
                if names_no_kind(a)
                    && cctx
                        .clause
                        .iter()
                        .filter(|w| sctx.near.contains(*w) || sctx.follows.contains(*w))
                        .any(|w| !w.starts_with('#') && !is_time_unit(w)) =>
            {
                Topic::Owner
            }
            // Shares owned by one name in one period: "Coal provided almost
            // a fifth of supply a decade ago" and "Coal generated 19% of
            // electricity in 2016".
            _ if is_share_figure(cq)
                && is_share_figure(sq)
                && shares_name(claim.subject.as_deref(), sc.subject.as_deref())
                && matches!((&claim.time, &sc.time), (Some(a), Some(b)) if a.overlaps(b)) =>
            {
                Topic::Owner
            }
            _ if is_share_level(cq) && is_share_level(sq) && said_alike(cctx, sctx) => Topic::Said,
            // ... as a source's does: "712,340 people applied" counts
            // applications.
            (Some(a), Some(b)) if is_generic(b) && sctx.around.iter().any(|w| same_root(a, w)) => {
                Topic::Sense
            }
            // "Registrations of electric cars rose to 52,100" counts what
            // "52,087 new electric cars were registered" does: a noun made
            // of the other side's verb, of that side's thing.
            (Some(_), Some(b)) if action_of(claim.measured.as_ref(), b, &sctx.clause) => {
                Topic::Sense
            }
            (Some(a), Some(_)) if action_of(sc.measured.as_ref(), a, &cctx.clause) => Topic::Sense,
            // ... or from the verb both figures follow: "employ about
            // 96,000 people" meets "employ around 96,000 colleagues".
            (Some(a), Some(_)) if is_generic(a) && same_verb_before(cctx, sctx) => Topic::Verb,
            // "passenger numbers", "sales volumes": a generic head is known
            // by its qualifiers, on either side ("cases rose 40%" and
            // "weekly case numbers rose by 40%").
            _ if known_by_qualifiers(claim.measured.as_ref(), s_head, &sctx.clause)
                || known_by_qualifiers(sc.measured.as_ref(), c_head, &cctx.clause) =>
            {
                Topic::Loose
            }
            (None, _) if shares_name(claim.subject.as_deref(), sc.subject.as_deref()) => {
                Topic::Subject
            }
            // A sum of money of two or more significant digits, to the
            // unit as written, in a sentence that names one of the claim's
            // names is most likely the claim's sum ("buy Fenmore for $3.4
            // billion", "values Fenmore at $3.4 billion").
            _ if same_amount(cq, sq) && names_named(claim, &sctx.capitalized).1 > 0 => {
                Topic::Amount
            }
            // The same figure as written, of two or more significant
            // digits, where at most one side names what it measures (the
            // claim's "total" names nothing): ("87%
            // backed strike action", "of those who voted, 87% supported a
            // strike"): most likely one figure, if the sentences share more
            // than it. A tie that can only support.
            (None, _) | (_, None) if same_figure(cq, sq) => Topic::Figure,
            (Some(a), _) if names_no_kind(a) && same_figure(cq, sq) => Topic::Figure,
            (_, Some(b)) if names_no_kind(b) && same_figure(cq, sq) => Topic::Figure,
            // "shipping 63.4 million phones" and "led with 63.4 million units".
            (Some(a), Some(b))
                if cq.kind == QuantityKind::Cardinal
                    && (is_generic(a) || is_generic(b))
                    && same_figure(cq, sq) =>
            {
                Topic::Figure
            }
            // In one unit, the same figure names one thing in other words:
            // "6.2 gigawatts of new panels" and "6.2 GW of solar capacity".
            _ if cq.kind == QuantityKind::Dimension && same_figure(cq, sq) => Topic::Figure,
            // A temperature is known by its kind: "temperatures reached
            // 46.2C" meets "a maximum of 46.2 degrees Celsius".
            _ if cq.kind == QuantityKind::Temperature && sq.kind == QuantityKind::Temperature => {
                Topic::Loose
            }
            (None, None)
                if cq.kind == QuantityKind::Dimension
                    && sq.kind == QuantityKind::Dimension
                    && cq.unit.is_some()
                    && cq.unit == sq.unit =>
            {
                Topic::Unit
            }
            _ => return None,
        }
    };
    // "nine applicants for every place" is no count of applicants.
    if cq.kind == QuantityKind::Cardinal && cctx.per != sctx.per {
        return None;
    }
    // A threshold is not a level: "below the 95% needed" is not checked by
    // coverage of 84.3%, nor "84%" by "95% is required".
    if cctx.required != sctx.required {
        return None;
    }
    // What is left is not what was done: "seven races left" is not checked
    // by "has won six races".
    if cctx.remaining != sctx.remaining {
        return None;
    }
    if topic == Topic::Loose {
        let c_measured = claim.measured.as_ref();
        // "58% of the seats", "two consulates": a figure that names what it
        // counts is not about another thing mentioned in its clause, unless
        // that thing is the subject right before it ("turnout stood at 52
        // percent of voters").
        // Only a share names its whole after it this way: in "employ
        // around 96,000 colleagues" the figure counts colleagues, whatever
        // the verb before it.
        let share = is_share_figure(sq);
        // "In Ostrava, 62.4% of voters supported it" is the "support" of
        // "support reached 62%": the share's verb right after its whole.
        // So is the "smoke" of "11.9% of adults aged 18 and over smoked",
        // past the whole's own qualifiers, when no other figure shares
        // the clause.
        let alone_in_clause = || {
            !rivals.iter().any(|r| {
                r.claim.sentence == sc.sentence && r.claim.id != sc.id && r.claim.span == sc.span
            })
        };
        let named_beside = share
            && c_head.is_some_and(|a| {
                any_same(a, &sctx.around)
                    || sc.measured.as_ref().is_some_and(|m| m.follows_figure)
                        && any_same(a, &sctx.rest)
                        && alone_in_clause()
            });
        // A rate is the share of those counted who did what names it: a
        // "pass rate" of 78% is "78% of candidates passed".
        let rate_of_counted = sq.kind == QuantityKind::Percent
            && c_head.is_some_and(is_rate)
            && c_measured.is_some_and(|m| m.modifiers.iter().any(|q| any_same(q, &sctx.clause)));
        // "forecast shipments of 1.23 billion units": a noun after the
        // figure that names no kind names no other thing.
        let generic_unit = s_head.is_some_and(|b| matches!(b, "unit" | "item" | "thing"));
        // "Student numbers reached 2.9 million" counts what "2.9 million
        // students" does, and "won three golds" what "won three gold
        // medals" does.
        let qualifier_counted = known_by_qualifiers(c_measured, s_head, &BTreeSet::new())
            || matches!((c_measured, &sc.measured), (Some(cm), Some(sm))
            if cm.modifiers.is_empty() && sm.modifiers.iter().any(|q| same_thing(q, &cm.head)));
        // "Registrations rose 39%" meets no "share of all new
        // registrations": a share whose whole is the claim's thing only
        // meets a share of it.
        if s_head.is_some_and(is_share) && !c_head.is_some_and(is_share) && !is_share_level(cq) {
            return None;
        }
        if sc.measured.as_ref().is_some_and(|m| m.follows_figure)
            && !named_beside
            && !rate_of_counted
            && !generic_unit
            && !qualifier_counted
        {
            return None;
        }
        // The source's own qualifiers of the thing must not contradict the
        // claim's: "Antarctic sea ice" does not check "Arctic sea ice".
        if let Some(m) = c_measured {
            if other_proper_qualifier(&m.head, &cctx.sentence, source.sentence) {
                return None;
            }
        }
        // Another figure of the sentence measures exactly the claim's thing.
        let exact_rival = rivals.iter().any(|r| {
            r.claim.sentence == sc.sentence
                && r.claim.id != sc.id
                && kind_of(r.claim) == Some(sq.kind)
                && matches!((c_head, r.claim.measured.as_ref()), (Some(a), Some(m)) if same_thing(a, &m.head))
        });
        if exact_rival {
            return None;
        }
    }
    // A share is of its whole: "13.0% of men smoked" is no share of
    // adults, nor "one in ten women" a share of all adults.
    if is_share_figure(cq)
        && is_share_figure(sq)
        && (of_other_people(sc.measured.as_ref(), &cctx.clause)
            || of_other_people(claim.measured.as_ref(), &sctx.clause))
    {
        return None;
    }
    // "won 14 of the 20 provinces": the 20 is no count of provinces won.
    if cctx.part_of.is_some() && sctx.whole || cctx.whole && sctx.part_of.is_some() {
        return None;
    }
    if let (Some(cm), Some(sm)) = (&claim.measured, &sc.measured) {
        // "ten of the hospitals" counts a part; "twelve hospitals" the whole.
        if cq.kind == QuantityKind::Cardinal && cm.partitive != sm.partitive {
            return None;
        }
        // A rank is a rank within its qualified class: "first official visit" ≠ "first visit".
        if cq.kind == QuantityKind::Ordinal
            && cm.follows_figure
            && sm.follows_figure
            && (!same_class(cm, sm) || ranked_apart(cm, sm, &cctx.sentence, &sctx.sentence))
        {
            return None;
        }
    }
    if let (Some(a), Some(b)) = (&claim.time, &sc.time) {
        if !a.overlaps(b) {
            return None;
        }
    }
    // "Turnout was 64.3%, up nine points from 2019": a source's figure of
    // 2019 is the one compared with, not the claim's.
    if let (None, Some(then), Some(b)) = (&claim.time, &claim.compared_with, &sc.time) {
        if then.overlaps(b) {
            return None;
        }
    }
    // A plan is not an outcome: "will open 40 stores" is not checked by
    // "opened 35 stores", nor "employed 45,200 people" by "will reduce its
    // workforce by 4,000 employees".
    if cctx.future && !sctx.future && sctx.settled || sctx.future && !cctx.future && cctx.settled {
        return None;
    }
    // An undated source figure is as of its report: a report cannot tell
    // of a time after it ("will add 1.5 GW in 2027" is not checked by a
    // 2026 report of 6.2 GW connected), nor is a report from the period
    // the claim is compared with about the claim's figure ("£68 million,
    // double the £31 million paid in 2022" and a 2022 report of £31 million).
    if let (None, Some(published)) = (&sc.time, source.published) {
        let after_report = claim.time.as_ref().is_some_and(|t| published < t.start);
        // Nor is a report's undated figure about a period over a year
        // before it ("55 airlines in 2024" and "Sixty-two airlines operate"
        // in a 2026 report), unless it is where a change started ("down
        // from 14% two years earlier").
        let long_before = !sctx.baseline
            && claim
                .time
                .as_ref()
                .is_some_and(|t| (published - t.end).num_days() > 366);
        let compared = claim.time.is_none()
            && claim
                .compared_with
                .as_ref()
                .is_some_and(|t| t.start <= published && published <= t.end);
        if after_report && !sctx.future || long_before || compared {
            return None;
        }
    }
    // An undated claim is as of its article: a source figure of a later
    // period is not what it reports (a 2026 count of cases for a 2025
    // article's "1,240 cases"), unless the claim looks ahead.
    if let (None, Some(t), Some(published)) = (&claim.time, &sc.time, claim_published) {
        if published < t.start && !cctx.future {
            return None;
        }
    }
    if sctx.baseline && !cctx.baseline {
        return None;
    }
    // A baseline is checked by the source's baseline when it gives one:
    // "down from 66.1%" is not the "58.3%" of "58.3%, compared with 66.1%".
    let source_baseline = || {
        rivals
            .iter()
            .any(|r| r.claim.sentence == sc.sentence && r.claim.id != sc.id && r.context.baseline)
    };
    if cctx.baseline && !sctx.baseline && source_baseline() {
        return None;
    }
    if let Some(subject) = claim.subject.as_deref() {
        // When the sentence binds a figure of this kind to the claim's own
        // subject, only that figure speaks for it ("Ortiz got 61.8% and Lind 33.9%").
        let binds = |c: &Claim| shares_name(c.subject.as_deref(), Some(subject));
        let rival_bound = rivals.iter().any(|r| {
            r.claim.sentence == sc.sentence
                && r.claim.id != sc.id
                && kind_of(r.claim) == Some(sq.kind)
                && binds(r.claim)
        });
        if rival_bound && !binds(sc) {
            return None;
        }
    }
    // A source that tells another story speaks to the claim only where its
    // sentence names someone or something the claim names: "three
    // agreements" between two other countries says nothing of these.
    // (A source given for the article, though it tells its own story,
    // may restate the claim's figure, as written, of the claim's thing:
    // "2.9 million students in 2025" in a regulator's background report.
    // Such a tie can only support.)
    let names_claims_thing = || {
        matches!((c_head, s_head), (Some(a), Some(b)) if same_thing(a, b))
            || known_by_qualifiers(claim.measured.as_ref(), s_head, &sctx.clause)
    };
    let background = !same_story && source.given && same_figure(cq, sq) && names_claims_thing();
    if !same_story && !background && names_named(claim, &sctx.capitalized).1 == 0 {
        return None;
    }
    // The measured things and their synonyms are not shared context: in
    // "nine home games … 26 matches" the word "games" does not tie the 26
    // to a source's "nine home matches".
    let heads: Vec<&str> = [c_head, s_head].into_iter().flatten().collect();
    let shared = cctx
        .sentence
        .intersection(&sctx.sentence)
        .filter(|w| !heads.iter().any(|h| same_thing(h, w)))
        .count();
    // The sentences share more than the measured thing, or the source as a
    // whole tells the same story and both figures measure the same thing.
    let context = if shared > 0 {
        shared * 2
    } else if background
        || same_story
            && match topic {
                Topic::Subject => false,
                // Three significant digits ("51.8%") are distinctive enough for
                // a report of the same story.
                Topic::Figure => significant_digits(cq) >= 3,
                _ => true,
            }
    {
        1
    } else {
        return None;
    };
    let subject_bonus = if shares_name(claim.subject.as_deref(), sc.subject.as_deref()) {
        2
    } else {
        0
    };
    // "Fenmore's shares jumped 31%, while Harbourline's fell 4.2%": where
    // the claim's sentence tells two parties apart, a figure of the other
    // one is less likely meant.
    let other_named_party = match (claim.subject.as_deref(), sc.subject.as_deref()) {
        (Some(a), Some(b)) => {
            let theirs = name_stems(b);
            name_stems(a).is_disjoint(&theirs) && !theirs.is_disjoint(&cctx.sentence)
        }
        _ => false,
    };
    // "Ravensby scored three second-half tries" in a report that names Sam
    // Cullen elsewhere says nothing against "Sam Cullen scored two tries":
    // the source tells his figures apart from this one. (The other party
    // is named before the figure, as its doer: in "It is the second-largest
    // listing, behind Quillon" the "it" may well be the claim's.)
    let told_of_another = match (claim.subject.as_deref(), sc.subject.as_deref()) {
        (Some(a), Some(b)) => {
            let ours = name_stems(a);
            let before_figure = source
                .sentence
                .find(b)
                .is_some_and(|at| sc.sentence.start + at < sq.start);
            before_figure
                && !ours.is_empty()
                && ours.is_disjoint(&name_stems(b))
                && ours.is_disjoint(&sctx.sentence)
                && !ours.is_disjoint(source.document_stems)
        }
        _ => false,
    };
    // A specific thing is only loosely a generic one: "26,000 residents" is
    // the source's "26,000 residents" before its "fourteen people".
    let one_generic =
        matches!((c_head, s_head), (Some(a), Some(b)) if is_generic(a) != is_generic(b));
    // "2,400 people were injured" and "pulled 46 people alive": people are
    // known by what they did or what befell them.
    // So are the parts of a group a share counts: "76% of patients seen
    // within four hours" and "58.9% of patients were waiting less than 18
    // weeks".
    let of_a_group = |m: Option<&Measured>| m.is_some_and(|m| m.follows_figure);
    let shares_of_a_group = is_share_figure(cq)
        && of_a_group(claim.measured.as_ref())
        && of_a_group(sc.measured.as_ref());
    // (Names say whose, not what was done, and so do ages: "adults aged
    // 18 to 24 reported anxiety", "adults aged 18 and over smoked".)
    let done_apart = |ours: &BTreeSet<String>, theirs: &BTreeSet<String>| {
        ours.iter()
            .filter(|w| !w.starts_with('#') && !is_time_unit(w))
            .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()) && *w != "age")
            .filter(|w| !cctx.capitalized.contains(*w) && !sctx.capitalized.contains(*w))
            .filter(|w| !heads.iter().any(|h| same_thing(h, w)))
            .all(|w| !theirs.contains(w))
    };
    // ("Norland's population grew by 1.1%" and "29,500 people were
    // seriously injured, down 5%": one side's people are enough.)
    let generic_people =
        matches!((c_head, s_head), (Some(a), Some(b)) if is_generic(a) || is_generic(b));
    // (A share's doing may be told anywhere in its clause: "68% of flights
    // left on time in July", "71% of departures in July left on time".)
    let different_doings = generic_people && done_apart(&cctx.around, &sctx.around)
        || shares_of_a_group && done_apart(&cctx.clause, &sctx.clause);
    let topic_score = match topic {
        Topic::Strong => 4 - usize::from(one_generic),
        Topic::Loose
        | Topic::Sense
        | Topic::Verb
        | Topic::Amount
        | Topic::Unit
        | Topic::Owner
        | Topic::Said => 2,
        Topic::Subject | Topic::Figure => 1,
    };
    // Of two figures of one sentence, the one qualified as the claim's is
    // meant: "nine consecutive home games" is the "nine home matches", not
    // the "26 games" beside them; "26 matches" is the unqualified one.
    let (qualifiers_shared, qualifiers_differ, claim_more_qualified) =
        match (&claim.measured, &sc.measured) {
            (Some(cm), Some(sm)) => {
                let (c, s) = (qualifier_stems(cm), qualifier_stems(sm));
                (c.intersection(&s).count(), c != s, !c.is_subset(&s))
            }
            _ => (0, false, false),
        };
    // "Shipments of foldable devices have more than doubled": a source
    // figure of a kind of the thing, named in words the claim's sentence
    // never uses, says nothing against the claim's whole ("Pellucid's
    // shipments fell").
    // ("36 of her last 40 matches on tour" is a part of the claim's whole
    // when both count it alike: "38 of her last 40 matches".)
    let same_whole = cctx.part_of.is_some() && cctx.part_of == sctx.part_of;
    let source_narrower = !same_whole
        && sc.measured.as_ref().is_some_and(|m| {
            let kind = complement_kind(m);
            !kind.is_empty() && kind.iter().all(|w| !any_same(w, &cctx.sentence))
        });
    // "Applications to Norland universities" and "asylum applications": each
    // side's thing is qualified in words the other's sentence never uses.
    let claim_apart = claim
        .measured
        .as_ref()
        .is_some_and(|m| qualified_apart_from(m, &sctx.sentence));
    // (Only where both name the thing alike: "consumer prices" and "CPI
    // inflation" are one measure in other words.)
    let qualified_apart = claim_apart
        && matches!((c_head, s_head), (Some(a), Some(b)) if same_thing(a, b))
        && sc
            .measured
            .as_ref()
            .is_some_and(|m| qualified_apart_from(m, &cctx.sentence));
    // A figure of a year is not one of half a year: "1.74 billion journeys
    // in the year to March" and "411.6 million journeys between January
    // and June" count over periods of other lengths. (A month may only date
    // a reading: "twelve-month inflation … in September".)
    let periods_apart = matches!((&claim.time, &sc.time), (Some(a), Some(b)) if {
        let (x, y) = ((a.end - a.start).num_days() + 1, (b.end - b.start).num_days() + 1);
        x >= 90 && y >= 90 && (2 * x.max(y) > 3 * x.min(y))
    });
    // An undated claim is as of its article: a source figure of a period
    // over a year before may be the same figure told of then, but says
    // nothing against the claim's ("the fifth survey since records began"
    // and "in the first survey, in 1978").
    let long_past = claim.time.is_none()
        && matches!((&sc.time, claim_published), (Some(t), Some(published))
            if (published - t.end).num_days() > 366);
    // A change set against a stated period ("1.3% bigger than a year
    // earlier") is not refuted by a change against none given ("expanded
    // 0.4%", most likely on the quarter before).
    let baselines_apart = cq.change.is_some()
        && sq.change.is_some()
        && claim.compared_with.is_some()
        && sc.compared_with.is_none();
    // A source figure of the claim's stated period is more likely its own
    // ("3.4 million tourists last year" and "tourists in 2025 totalled").
    let time_bonus = usize::from(matches!((&claim.time, &sc.time), (Some(_), Some(_))));
    Some(Tie {
        score: (context + subject_bonus + time_bonus + topic_score + 2 * qualifiers_shared)
            .saturating_sub(usize::from(qualifiers_differ) + 2 * usize::from(other_named_party)),
        // Two figures tied only by their measured thing and the story, the
        // claim's qualified in a way the source's is not, may well count
        // different things ("close about 60 overlapping stores", "operate
        // 1,150 stores"): agreement says they are one figure, disagreement
        // alone proves nothing.
        may_contradict: !matches!(
            topic,
            Topic::Verb | Topic::Amount | Topic::Figure | Topic::Owner | Topic::Said
        ) && !background
            && (topic != Topic::Sense
            || !sc.measured.as_ref().is_some_and(|m| m.follows_figure))
            && (topic != Topic::Unit || shared > 0)
            && !source_narrower
            && !told_of_another
            // "21 of the 30 provinces": the whole is refuted only by a
            // whole, never by a count of what some party won ("Tarn in 9").
            && (!cctx.whole || sctx.whole)
            && !long_past
            && !periods_apart
            && !baselines_apart
            && !qualified_apart
            && !different_doings
            // "Seven of the nine members voted for": a part known by what
            // it did; "Two members preferred" is another part.
            && (cctx.part_of.is_none() || sctx.part_of.is_some())
            && (shared > 0
                || subject_bonus > 0
                || same_whole
                || !claim_more_qualified && !claim_apart),
    })
}

/// Whether two figures are the same sum of money as written, with at least
/// two significant digits ("$3.4bn" and "$3.4 billion", not "$5m" and "$5m").
fn same_amount(a: &Quantity, b: &Quantity) -> bool {
    a.kind == QuantityKind::Money && a.upper.is_none() && same_figure(a, b)
}

/// Whether two counts, shares, sums or measures are the same figure as
/// written, with at least two significant digits ("87%" and "87 per cent",
/// not "9%"; "6.2 gigawatts" and "6.2 GW").
fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    matches!(
        a.kind,
        QuantityKind::Percent
            | QuantityKind::Cardinal
            | QuantityKind::Money
            | QuantityKind::Dimension
    ) && a.kind == b.kind
        && a.currency == b.currency
        && a.unit == b.unit
        && a.value == b.value
        && a.resolution == b.resolution
        && a.upper == b.upper
        && significant_digits(a) >= 2
}

/// How many significant digits a figure was written with: 2 for "87%"
/// and "$1.1 billion", 3 for "51.8%" (0 when unknown).
fn significant_digits(q: &Quantity) -> u32 {
    if q.resolution.is_zero() {
        return 0;
    }
    let mut steps = (q.value.abs() / q.resolution).trunc();
    let mut digits = 0;
    while steps >= Decimal::ONE && digits < 40 {
        steps = (steps / Decimal::TEN).trunc();
        digits += 1;
    }
    digits
}

/// Whether both figures follow the same verb: the last content word
/// right before each ("employ about", "employ around").
fn same_verb_before(claim: &FigureContext, source: &FigureContext) -> bool {
    match (&claim.verb_before, &source.verb_before) {
        (Some(a), Some(b)) => same_thing(a, b),
        _ => false,
    }
}

/// How strongly a source figure is tied to a claim's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tie {
    /// Higher for a closer tie; the best-tied figure of a source is its evidence.
    pub score: usize,
    /// The tie is close enough for a different figure to contradict the
    /// claim; otherwise the figure can only support it.
    pub may_contradict: bool,
}

/// The stems of the words qualifying a measured thing ("home" in "nine
/// home games").
/// The lowercase content words of `m`'s complement, which name a kind of
/// its thing ("foldable devices" in "shipments of foldable devices"; not
/// "Pellucid" nor "2025").
fn complement_kind(m: &Measured) -> Vec<String> {
    m.complement
        .as_deref()
        .map(words)
        .unwrap_or_default()
        .iter()
        .filter(|w| !w.is_capitalized())
        .map(|w| w.normalized())
        .filter(|w| !is_function_word(w) && !is_time_unit(w))
        .collect()
}

/// Whether `m`'s thing is qualified ("asylum applications", "applications
/// to universities") and none of its qualifying words is in the other
/// sentence's stems: the other figure may count another kind of it.
fn qualified_apart_from(m: &Measured, other: &BTreeSet<String>) -> bool {
    let own: Vec<String> = m
        .modifiers
        .iter()
        .chain(&complement_kind(m))
        .map(|q| stem(q))
        .filter(|w| {
            !is_function_word(w) && !is_time_unit(w) && !w.starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    !own.is_empty() && own.iter().all(|w| !other.contains(w))
}

fn qualifier_stems(m: &Measured) -> BTreeSet<String> {
    m.modifiers.iter().map(|w| stem(w)).collect()
}

/// Whether two ranked things are of one class: each one's qualifiers are
/// the other's, before its noun or after it ("first national nursing
/// strike", "first national strike by nurses"; not "first official visit"
/// and "first visit to Lima").
fn same_class(a: &Measured, b: &Measured) -> bool {
    let described = |m: &Measured| -> BTreeSet<String> {
        let mut all = qualifier_stems(m);
        all.extend(m.complement.iter().flat_map(|c| content_stems(c)));
        all
    };
    let covered = |word: &String, by: &BTreeSet<String>| by.iter().any(|w| same_root(w, word));
    let covers = |x: &Measured, y: &Measured| {
        let all = described(y);
        qualifier_stems(x).iter().all(|q| covered(q, &all))
    };
    covers(a, b) && covers(b, a)
}

/// Whether two ranks are within sets each side names and the other's
/// sentence never mentions: "his sixth victory of the season" and "his
/// second victory at Monza" ("first official visit at the Kremlin's
/// invitation" is the source's "first official visit to Russia at the
/// Kremlin's invitation").
fn ranked_apart(
    a: &Measured,
    b: &Measured,
    a_sentence: &BTreeSet<String>,
    b_sentence: &BTreeSet<String>,
) -> bool {
    let unmentioned = |m: &Measured, other: &BTreeSet<String>| {
        m.complement
            .as_deref()
            .is_some_and(|c| content_stems(c).iter().all(|w| !any_same(w, other)))
    };
    unmentioned(a, b_sentence) && unmentioned(b, a_sentence)
}

/// Whether two stems grow from one root: "teaching" and "teachers",
/// "nursing" and "nurses", "applied" and "applications" (a doer's or a
/// deed's noun grows from its verb's stem; five letters at least).
fn same_root(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 5 && long.starts_with(short) || a == b
}

/// How many distinct names the claim gives (its subject and the names in
/// its sentence), and how many of them a sentence names, given the stems of
/// its capitalized words.
fn names_named(claim: &Claim, sentence: &BTreeSet<String>) -> (usize, usize) {
    let names: BTreeSet<BTreeSet<String>> = claim
        .subject
        .iter()
        .chain(&claim.entities)
        .map(|n| name_stems(n))
        .filter(|stems| !stems.is_empty())
        .collect();
    let named = names
        .iter()
        .filter(|stems| !stems.is_disjoint(sentence))
        .count();
    (names.len(), named)
}

/// Whether the source sentence qualifies the claim's thing with a name the
/// claim's sentence does not have ("Antarctic sea ice" against a claim
/// about "Arctic sea ice"). Month and day names are dates, not qualifiers.
fn other_proper_qualifier(head: &str, claim_sentence: &BTreeSet<String>, sentence: &str) -> bool {
    let ws = words(sentence);
    ws.iter().enumerate().any(|(i, w)| {
        same_thing(head, &w.normalized())
            && (i.saturating_sub(2)..i).any(|j| {
                let q = &ws[j];
                let lower = q.normalized();
                // "Weekly case numbers": an opener capitalized by its place.
                let opener = j == 0 && is_common_opener(&lower);
                q.is_capitalized()
                    && !opener
                    && !is_function_word(&lower)
                    && !is_month_or_weekday(&lower)
                    && !claim_sentence.contains(&stem(&lower))
            })
    })
}

/// Whether `generic` is a generic head ("numbers") whose qualifiers name
/// the other side's thing (`other`) or a word of its clause.
fn known_by_qualifiers(
    generic: Option<&Measured>,
    other: Option<&str>,
    other_clause: &BTreeSet<String>,
) -> bool {
    generic.is_some_and(|m| {
        is_generic(&m.head)
            && m.modifiers
                .iter()
                .any(|q| any_same(q, other_clause) || other.is_some_and(|b| same_thing(q, b)))
    })
}

fn kind_of(c: &Claim) -> Option<QuantityKind> {
    c.quantity.as_ref().map(|q: &Quantity| q.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(name: &str) -> Vec<String> {
        name_stems(name).into_iter().collect()
    }

    #[test]
    fn a_name_is_told_apart_by_its_own_words() {
        assert_eq!(stems("Brightwell Foods"), stems("Brightwell"));
        assert_eq!(stems("Bristol Crown Court"), stems("Bristol Crown"));
        assert_eq!(stems("Judge Helen Ostrova"), stems("Helen Ostrova"));
        // A name of designators only keeps them; a measured thing taken
        // for a name at the start of a sentence names no one.
        assert_eq!(stems("The Group"), ["group"]);
        assert!(stems("Revenue").is_empty());
    }
}
