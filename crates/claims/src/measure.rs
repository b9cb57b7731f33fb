//! What a figure measures and whose it is: the noun phrase it counts or
//! qualifies ("two new consulates" → consulate, "a 40% increase in
//! bilateral trade" → trade) and the nearest name it belongs to.

use factcheck_document::Span;
use factcheck_quantities::rust_decimal::Decimal;
use factcheck_quantities::{change_word, Quantity, QuantityKind};
use serde::{Deserialize, Serialize};

use crate::entities::Entity;
use crate::quotes::is_speech_verb;
use crate::words::{
    is_determiner, is_function_word, is_modal, is_month_or_weekday, is_possessive, is_time_unit,
    lemma, marks_now, normalize, places_a_count, Word,
};

/// The thing a figure measures.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Measured {
    /// The head noun, lemmatized: "consulate", "trade", "visit".
    pub head: String,
    /// The phrase as written: "new consulates", "bilateral trade".
    pub phrase: String,
    /// Lemmas of the words qualifying the head ("new", "bilateral", "official").
    pub modifiers: Vec<String>,
    /// What the head is of, to or in, as written ("Russia" in "visit to Russia").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complement: Option<String>,
    /// The figure counts a part of a whole named before: "ten of the new
    /// hospitals" (not "91 of the 175 seats", whose whole is counted).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partitive: bool,
    /// The noun follows the figure ("two consulates", "40% of voters")
    /// rather than standing before it as the subject of a verb ("trade
    /// rose 40%"): the figure names what it counts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub follows_figure: bool,
}

impl Measured {
    /// A thing named by one word or phrase, with no qualifier, complement
    /// or whole: the unit of "six years", the "place" of "finished seventh".
    fn bare(head: String, phrase: &str, follows_figure: bool) -> Measured {
        Measured {
            head,
            phrase: phrase.to_string(),
            modifiers: Vec::new(),
            complement: None,
            partitive: false,
            follows_figure,
        }
    }
}

/// Words that sit between a figure and its noun without changing what is
/// counted ("four such agreements", "two other sites").
fn is_transparent(w: &str) -> bool {
    matches!(
        w,
        "such" | "other" | "more" | "further" | "additional" | "own" | "straight" | "consecutive"
    )
}

/// Adverbs that follow a counted noun to say where or how often:
/// "people worldwide", "visitors annually", "$152 million domestically",
/// "cases statewide".
fn is_adverb_of_extent(w: &str) -> bool {
    w.len() > 6 && w.ends_with("ally")
        || w.len() > 5 && w.ends_with("wide")
        || matches!(
            w,
            "overall" | "abroad" | "daily" | "weekly" | "monthly" | "yearly" | "apiece"
        )
}

/// Discourse adverbs set off by commas inside a clause.
fn is_aside(w: &str) -> bool {
    matches!(
        w,
        "however"
            | "meanwhile"
            | "though"
            | "also"
            | "too"
            | "moreover"
            | "instead"
            | "nevertheless"
            | "still"
            | "overall"
    )
}

/// Verbs that link a subject to its figure ("turnout was 62%", "she received 40%").
fn is_linking_verb(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "stood"
            | "stands"
            | "reached"
            | "hit"
            | "totaled"
            | "totalled"
            | "totals"
            | "got"
            | "gets"
            | "received"
            | "receives"
            | "receive"
            | "get"
            | "earn"
            | "earns"
            | "reach"
            | "reaches"
            | "won"
            | "wins"
            | "took"
            | "takes"
            | "accounted"
            | "accounts"
            | "amounted"
            | "amounts"
            | "had"
            | "has"
            | "have"
            | "at"
            | "to"
            | "by"
            | "of"
            | "about"
            | "around"
            | "for"
            | "than"
            | "secured"
            | "captured"
            | "earned"
            | "posted"
            | "reaching"
            | "hitting"
            | "totaling"
            | "totalling"
            | "topped"
            | "exceeded"
            | "surpassed"
            | "stand"
            | "remained"
            | "remains"
            | "remain"
            | "recorded"
            | "reported"
            | "counted"
            | "numbered"
            | "saw"
            | "controls"
            | "control"
            | "controlled"
            | "hold"
            | "holds"
            | "held"
            | "worth"
    )
}

/// Words that usually end a noun phrase because they are verbs.
/// Frequent verbs that the suffix rules below do not catch.
const COMMON_VERBS: &str = "saw said had made took got went came gave found lost won rose fell \
    grew paid hit left kept held ran met led sold bought told became began see sees has have get \
    gets make makes lacks needs shows remains includes faces owns uses wants seems means takes \
    holds gives keeps says reports employs serves receives attracts died fled fought shot struck \
    sank drove flew broke aged seen shown given taken known leads expect expects believe believes \
    think thinks oppose opposes favour favours favor favors prefer prefers agree agrees disagree \
    disagrees";

fn looks_like_verb(w: &str) -> bool {
    (w.ends_with("ed") || w.ends_with("ing")) && w.len() > 4 && !is_noun_in_ing(w)
        || COMMON_VERBS.split_whitespace().any(|v| v == w)
        || is_speech_verb(w)
        || change_word(w).is_some()
            && !matches!(
                w,
                "increase"
                    | "rise"
                    | "growth"
                    | "gain"
                    | "drop"
                    | "decline"
                    | "decrease"
                    | "reduction"
                    | "fall"
                    | "cut"
                    | "loss"
                    | "losses"
                    | "jump"
                    | "surge"
                    | "slump"
                    | "hike"
            )
}

/// Frequent nouns of public money, services and trades that end like a
/// participle: "defence spending", "social housing", "nursing posts".
fn is_noun_in_ing(w: &str) -> bool {
    matches!(
        w,
        "spending"
            | "nursing"
            | "teaching"
            | "banking"
            | "marketing"
            | "manufacturing"
            | "farming"
            | "mining"
            | "fishing"
            | "advertising"
            | "accounting"
            | "engineering"
            | "catering"
            | "broadcasting"
            | "publishing"
            | "gambling"
            | "betting"
            | "parking"
            | "policing"
            | "sentencing"
            | "trading"
            | "planning"
            | "licensing"
            | "screening"
            | "recycling"
            | "lighting"
            | "funding"
            | "financing"
            | "borrowing"
            | "lending"
            | "housing"
            | "building"
            | "training"
            | "shipping"
            | "polling"
            | "clothing"
            | "heating"
            | "schooling"
            | "staffing"
    )
}

/// Whether words `a` and `b` are joined by a hyphen ("final-year").
fn is_hyphenated(sentence: &str, a: &Word<'_>, b: &Word<'_>) -> bool {
    matches!(sentence.get(a.span.end..b.span.start), Some("-" | "–"))
}

fn gap_is_open(sentence: &str, a: &Word<'_>, b: &Word<'_>) -> bool {
    sentence.get(a.span.end..b.span.start).is_some_and(|g| {
        g.chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '–'))
    })
}

/// Finds what the figure at `[start, end)` of `sentence` (byte offsets into
/// the sentence, whose words are `ws`) measures.
pub(crate) fn measured_thing(
    sentence: &str,
    ws: &[Word<'_>],
    times: &[Span],
    start: usize,
    end: usize,
    kind: QuantityKind,
) -> Option<Measured> {
    // "six years in prison", "in 9.81 seconds": the span of time is what is
    // measured, unless its unit is hyphened onto a noun ("a nine-day strike").
    // An age written as a bare number ("aged 23") names no unit: what it
    // measures is looked for around it.
    let spans_time = kind == QuantityKind::Duration && !sentence[start..end].contains('-');
    let unit = if spans_time {
        ws.iter()
            .rev()
            .find(|w| w.span.start < end && w.span.start >= start)
            .filter(|w| !w.text.starts_with(|c: char| c.is_ascii_digit()))
    } else {
        None
    };
    if let Some(unit) = unit {
        return Some(Measured::bare(
            lemma(&normalize(unit.text)),
            unit.text,
            true,
        ));
    }
    // "doubled its share of the vote": a figure that is a verb of change
    // measures its object.
    let verb_of_change = kind == QuantityKind::Multiplier && sentence[start..end].ends_with("ed");
    // "87% backed strike action", "a third voted against": a share
    // followed by its verb is the subject of that verb; what it is a share
    // of is named before it, if anywhere ("wages grew 3.8% compared").
    let share_as_subject = matches!(kind, QuantityKind::Percent | QuantityKind::Fraction)
        && ws.iter().find(|w| w.span.start >= end).is_some_and(|w| {
            sentence[end..w.span.start].trim().is_empty()
                && !w.is_capitalized()
                && !normalize(w.text).ends_with("ing")
                && looks_like_verb(&normalize(w.text))
        });
    // "more than 8,000 were children": a count named after its verb.
    let mut after = ws.iter().skip_while(|w| w.span.start < end);
    if let (Some(verb), Some(noun)) = (after.next(), after.next()) {
        let (v, n) = (normalize(verb.text), normalize(noun.text));
        if kind == QuantityKind::Cardinal
            && matches!(v.as_str(), "were" | "are" | "was" | "is")
            && !is_function_word(&n)
            && !looks_like_verb(&n)
            && !noun.is_capitalized()
            && !n.starts_with(|c: char| c.is_ascii_digit())
        {
            if let Some(m) = measured_after(sentence, ws, verb.span.end, false, kind) {
                return Some(m);
            }
        }
    }
    if !share_as_subject {
        if let Some(m) = measured_after(sentence, ws, end, verb_of_change, kind) {
            return Some(m);
        }
    }
    let ordinal_of_period = kind == QuantityKind::Ordinal
        && ws.iter().find(|w| w.span.start >= end).is_some_and(|w| {
            is_time_unit(&normalize(w.text)) || {
                let n = normalize(w.text);
                is_transparent(&n) || n == "straight"
            }
        });
    // "United finished seventh", "she came second": a place in a ranking.
    let placed = kind == QuantityKind::Ordinal
        && ws
            .iter()
            .rev()
            .find(|w| w.span.end <= start)
            .is_some_and(|w| {
                sentence[w.span.end..start].trim().is_empty()
                    && matches!(
                        normalize(w.text).as_str(),
                        "finished"
                            | "finish"
                            | "finishes"
                            | "came"
                            | "come"
                            | "comes"
                            | "placed"
                            | "ranked"
                            | "ranks"
                            | "rank"
                            | "ended"
                            | "ends"
                    )
            });
    if placed {
        return Some(Measured::bare(
            "place".to_string(),
            &sentence[start..end],
            true,
        ));
    }
    if kind == QuantityKind::Ordinal && !ordinal_of_period {
        return ranked_in_apposition(sentence, ws, start)
            .or_else(|| ranked_as_predicate(sentence, ws, start));
    }
    if ordinal_of_period {
        if let Some(m) = owned_period(sentence, ws, start, end) {
            return Some(m);
        }
    }
    if matches!(kind, QuantityKind::Year | QuantityKind::Decade) {
        return None;
    }
    let Some(before) = measured_before(sentence, ws, times, start, kind) else {
        if let Some(m) = labelled(sentence, ws, start) {
            return Some(m);
        }
        if matches!(kind, QuantityKind::Percent | QuantityKind::Fraction) {
            return fronted_whole(sentence, ws, start);
        }
        // "It is the third year in a row that …": with nothing ranked
        // before it, the rank is of the streak itself.
        return ordinal_of_period
            .then(|| streak(sentence, ws, end))
            .flatten();
    };
    // A count of occasions measures the noun right before it ("voted
    // against the budget three times"), never the doer before a verb
    // ("Rivera scored twice").
    let occasions = kind == QuantityKind::Cardinal && counts_occasions(&sentence[start..end]);
    let right_before = ws
        .iter()
        .rev()
        .find(|w| w.span.end <= start)
        .is_some_and(|w| before.phrase.ends_with(w.text));
    (!occasions || right_before).then_some(before)
}

/// What a rank standing alone after a comma ranks: the noun the phrase
/// before the comma is headed by. "began a visit to Varna on Wednesday,
/// his second in a year" ranks the visit.
fn ranked_in_apposition(sentence: &str, ws: &[Word<'_>], start: usize) -> Option<Measured> {
    let mut det = word_right_before(sentence, ws, start)?;
    // ("the plant, the company's third in the country".)
    if is_possessive(ws[det].text) && !ws[det].is_capitalized() {
        det = det.checked_sub(1)?;
    }
    if !matches!(
        normalize(ws[det].text).as_str(),
        "his" | "her" | "its" | "their" | "the"
    ) {
        return None;
    }
    let mut k = det.checked_sub(1)?;
    if sentence.get(ws[k].span.end..ws[det].span.start)?.trim() != "," {
        return None;
    }
    // Step back over the places and days the head is followed by: "visit |
    // to Varna on Wednesday".
    for _ in 0..8 {
        let w = &ws[k];
        let lower = normalize(w.text);
        let named = w.is_capitalized() && k > 0;
        let joins = matches!(
            lower.as_str(),
            "to" | "in" | "on" | "at" | "for" | "from" | "of" | "the"
        );
        // "a share buyback of up to £2 billion, the second": a figure of
        // the noun is stepped over too.
        let figure = !factcheck_quantities::find_quantities(w.text).is_empty()
            || matches!(
                lower.as_str(),
                "up" | "about" | "around" | "million" | "billion" | "trillion"
            );
        if !named && !joins && !figure {
            break;
        }
        let previous = k.checked_sub(1)?;
        // (A currency sign may stand between: "up to £2 billion".)
        let open = sentence
            .get(ws[previous].span.end..w.span.start)
            .is_some_and(|g| {
                g.chars()
                    .all(|c| c.is_whitespace() || matches!(c, '£' | '$' | '€' | '¥'))
            });
        if !open {
            return None;
        }
        k = previous;
    }
    let head = normalize(ws[k].text);
    if is_function_word(&head) || looks_like_verb(&head) || ws[k].is_capitalized() {
        return None;
    }
    // A noun phrase opens with a determiner ("a two-day visit"); "rose
    // again, the third" has none.
    let first = modifiers_start(sentence, ws, k);
    let opener = normalize(ws[first.checked_sub(1)?].text);
    (is_determiner(&opener) || is_possessive(ws[first - 1].text))
        .then(|| noun_phrase(sentence, ws, first, k + 1))
        .flatten()
}

/// What a rank owned by someone after "is" or "was" ranks: the subject
/// before the verb. "The plant will be Sorrel's fourth in the country"
/// ranks the plant; "it was her third" names nothing.
fn ranked_as_predicate(sentence: &str, ws: &[Word<'_>], start: usize) -> Option<Measured> {
    let owner = word_right_before(sentence, ws, start).filter(|&o| owns(&ws[o]))?;
    // ("the company's fourth".)
    let mut k = match owner.checked_sub(1) {
        Some(det) if is_possessive(ws[owner].text) && is_determiner(&normalize(ws[det].text)) => {
            det
        }
        _ => owner,
    };
    k = k.checked_sub(1)?;
    let verb = normalize(ws[k].text);
    if !matches!(verb.as_str(), "is" | "was" | "be" | "became" | "becomes") {
        return None;
    }
    k = k.checked_sub(1)?;
    if verb == "be" {
        if !is_modal(&normalize(ws[k].text)) {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    let head = normalize(ws[k].text);
    if is_function_word(&head) || looks_like_verb(&head) || ws[k].is_capitalized() && k > 0 {
        return None;
    }
    let first = modifiers_start(sentence, ws, k);
    noun_phrase(sentence, ws, first, k + 1)
}

/// The thing named by a short label opening the sentence, for the
/// figures after it: "Turnout: 34.2%", "Seats won: Green 31, Labour 15".
fn labelled(sentence: &str, ws: &[Word<'_>], start: usize) -> Option<Measured> {
    let colon = sentence.find(':').filter(|&c| c < start)?;
    let label = ws.iter().take_while(|w| w.span.end <= colon).count();
    if !(1..=3).contains(&label) || ws.get(label).is_some_and(|w| w.span.start < colon) {
        return None;
    }
    // Only right after the colon or a list item's name: in "Punctuality
    // worsened: 67% of trains …, down from 70%" the 70% is of trains.
    let before = sentence.get(..start)?.trim_end();
    let listed = before.ends_with(':')
        || ws
            .iter()
            .rev()
            .find(|w| w.span.end <= start)
            .is_some_and(|w| w.is_capitalized() && w.span.end == before.len());
    if !listed {
        return None;
    }
    noun_phrase(sentence, ws, 0, label)
}

/// The whole a sentence opens with, for a share after it: "Of the initial
/// decisions made in 2026, 68% were refusals" measures decisions.
fn fronted_whole(sentence: &str, ws: &[Word<'_>], start: usize) -> Option<Measured> {
    if normalize(ws.first()?.text) != "of" {
        return None;
    }
    let comma = sentence.get(..start)?.rfind(',')?;
    let mut k = 1;
    while ws
        .get(k)
        .is_some_and(|w| is_determiner(&normalize(w.text)) || is_possessive(w.text))
    {
        k += 1;
    }
    let from = ws[k - 1].span.end;
    if from >= comma {
        return None;
    }
    let mut m = measured_after(sentence, ws, from, false, QuantityKind::Percent)?;
    m.partitive = true;
    Some(m)
}

/// Whether a count, as written, counts occasions: "four times", "twice".
pub(crate) fn counts_occasions(figure: &str) -> bool {
    figure.rsplit(char::is_whitespace).next().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "times" | "twice" | "once" | "thrice"
        )
    })
}

/// "fourth visit to Russia", "40% increase in bilateral trade", "half of the country".
fn measured_after(
    sentence: &str,
    ws: &[Word<'_>],
    end: usize,
    verb_of_change: bool,
    kind: QuantityKind,
) -> Option<Measured> {
    let count = kind == QuantityKind::Cardinal;
    let first = ws.iter().position(|w| w.span.start >= end)?;
    let gap = sentence.get(end..ws[first].span.start)?;
    if !gap
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '-' | '–'))
    {
        return None;
    }
    let mut k = first;
    let lower = |k: usize| ws.get(k).map(|w| normalize(w.text));
    if verb_of_change {
        // The object opens with a determiner: "halved its debt".
        if !lower(k).is_some_and(|w| is_determiner(&w)) {
            return None;
        }
        while lower(k).is_some_and(|w| is_determiner(&w)) {
            k += 1;
        }
    }
    // "four times the average": the thing multiplied follows.
    if sentence[..end].ends_with("times") {
        while lower(k).is_some_and(|w| is_determiner(&w)) {
            k += 1;
        }
    }
    let mut had_change = false;
    if let Some(w) = lower(k) {
        if matches!(
            w.as_str(),
            "below" | "above" | "higher" | "lower" | "up" | "down" | "fewer" | "less" | "more"
        ) {
            // "17.6% below last year's harvest": the thing compared follows
            // (not in "6% more than a year earlier"). In "open 40 more by
            // the end of the year" nothing named follows: the noun was
            // left out.
            let elliptical = matches!(w.as_str(), "more" | "fewer" | "less")
                && lower(k + 1).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "by" | "in"
                            | "on"
                            | "at"
                            | "over"
                            | "within"
                            | "before"
                            | "after"
                            | "during"
                            | "for"
                            | "to"
                            | "from"
                            | "this"
                            | "next"
                            | "last"
                    )
                });
            if elliptical {
                return None;
            }
            k += 1;
            while lower(k)
                .is_some_and(|w| (is_function_word(&w) || w == "than") && !is_time_unit(&w))
            {
                k += 1;
            }
            if lower(k).is_some_and(|w| is_time_unit(&w)) {
                return None;
            }
        } else if change_word(&w).is_some() && kind != QuantityKind::Ordinal {
            // ("the second reduction this year": a rank's change is the
            // thing ranked.)
            had_change = true;
            k += 1;
        } else if matches!(w.as_str(), "point" | "points" | "times")
            // "the second most visited museum": a rank by a superlative.
            || kind == QuantityKind::Ordinal && matches!(w.as_str(), "most" | "least")
        {
            k += 1;
        } else if w == "as" && matches!(lower(k + 1).as_deref(), Some("many" | "much")) {
            // "twice as many applicants".
            k += 2;
        }
    }
    let prep = lower(k);
    // "40% of voters" always names the whole; "in"/"for"/"on" only after a
    // noun of change ("an increase in trade"): "rose 18% in the first half"
    // is dated, not measured, by its phrase.
    // "30,000 euros in prize money", "$2bn in loans": a sum names what it
    // is in a bare noun after "in" (not "in the first half", "in March",
    // nor how it is paid or counted: "in cash", "in connection with").
    let money_in = kind == QuantityKind::Money
        && prep.as_deref() == Some("in")
        && ws.get(k + 1).is_some_and(|n| {
            let w = normalize(n.text);
            !n.is_capitalized()
                && !is_function_word(&w)
                && !is_time_unit(&w)
                && !w.starts_with(|c: char| c.is_ascii_digit())
                && !says_how_a_sum_is_paid(&w)
        });
    let through_prep = (prep.as_deref() == Some("of")
        || money_in
        || had_change && matches!(prep.as_deref(), Some("in" | "for" | "on")))
        && ws
            .get(k + 1)
            .is_some_and(|n| gap_is_open(sentence, &ws[k], n));
    let mut partitive = false;
    if through_prep {
        k += 1;
        while lower(k).is_some_and(|w| is_determiner(&w)) {
            partitive = prep.as_deref() == Some("of");
            k += 1;
        }
        // "a quarter of those killed": those are known by what befell them.
        if lower(k - 1).as_deref() == Some("those")
            && lower(k).is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
        {
            let mut m = headed_phrase(sentence, ws, k, k + 1)?;
            m.partitive = true;
            m.follows_figure = true;
            return Some(m);
        }
        // "14 of the country's 20 provinces", "of the Tarsk region's 20":
        // the whole's owner is no thing.
        if let Some(owner) = (k..ws.len().min(k + 3)).find(|&j| is_possessive(ws[j].text)) {
            if (k + 1..=owner).all(|j| gap_is_open(sentence, &ws[j - 1], &ws[j])) {
                k = owner + 1;
            }
        }
        // "26 of their 34 matches": the whole's own count is skipped, and
        // with the whole counted the figure counts matches like any other
        // ("91 of the 175 seats" are 91 seats; "36 of her last 40 matches"
        // are 36 matches).
        let is_count = |w: &Word<'_>| {
            w.text.starts_with(|c: char| c.is_ascii_digit())
                || factcheck_quantities::find_quantities(w.text)
                    .first()
                    .is_some_and(|q| q.kind == QuantityKind::Cardinal)
        };
        if lower(k).is_some_and(|w| places_a_count(&w)) && ws.get(k + 1).is_some_and(is_count) {
            k += 1;
        }
        if ws.get(k).is_some_and(is_count) {
            k += 1;
            partitive = false;
        }
    } else if had_change {
        // "a 40% increase" alone: the change itself is what is measured.
        return noun_phrase(sentence, ws, first, first + 1);
    }
    let mut in_a_run = false;
    let mut stop = k;
    while stop < ws.len() && stop < k + 5 {
        if stop > k && !gap_is_open(sentence, &ws[stop - 1], &ws[stop]) {
            break;
        }
        // "pop-up clinics", "plug-in hybrids": a word hyphened onto the
        // one before it is part of the compound, whatever it is alone.
        if stop > k && is_hyphenated(sentence, &ws[stop - 1], &ws[stop]) {
            stop += 1;
            continue;
        }
        let w = normalize(ws[stop].text);
        if is_transparent(&w) && stop == k {
            in_a_run |= marks_a_run(&w);
            k += 1;
            stop += 1;
            continue;
        }
        if is_time_unit(&w) {
            // "a nine-day strike": the unit of a duration qualifies the noun after it.
            let hyphenated = stop == first
                && sentence
                    .get(end..ws[stop].span.start)
                    .is_some_and(|g| g.trim() == "-");
            // "22,000 season tickets": the unit names a kind of the noun after it.
            let qualifies = stop == k
                && ws.get(stop + 1).is_some_and(|n| {
                    gap_is_open(sentence, &ws[stop], n)
                        && crate::qualifies_noun(ws[stop].text, Some(n.text))
                        && !looks_like_verb(&normalize(n.text))
                });
            if hyphenated || qualifies {
                stop += 1;
                continue;
            }
            // "on the previous year", "the same month": a period, not a thing.
            // ("for a third consecutive month": the rank is of the event before it.)
            // After a noun of change the change is measured: "a 4.5% rise
            // for this year".
            return had_change
                .then(|| noun_phrase(sentence, ws, first, first + 1))
                .flatten();
        }
        // "23 contracts worth £11.6 million": "worth" opens the next figure
        // ("in prize money plus a bonus": so does "plus"; "€800 million due
        // to open in 2029": "due" opens a forecast);
        // "17.9 million people worldwide": an adverb closes the phrase
        // ("$152 million domestically" has none; "2 million monthly users"
        // has an adjective).
        let adjective_too = matches!(w.as_str(), "daily" | "weekly" | "monthly" | "yearly");
        if is_function_word(&w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(w.as_str(), "worth" | "plus" | "due")
            || is_adverb_of_extent(&w) && (stop > k || !adjective_too)
        {
            break;
        }
        let ranked_ing = kind == QuantityKind::Ordinal && w.ends_with("ing");
        // "9 pop-up testing sites": after a hyphened modifier a word in
        // -ing qualifies the noun to come.
        let after_compound = stop >= k + 2
            && w.ends_with("ing")
            && is_hyphenated(sentence, &ws[stop - 2], &ws[stop - 1]);
        if stop > k
            && looks_like_verb(&w)
            && !ws[stop].is_capitalized()
            && !ranked_ing
            && !after_compound
        {
            break;
        }
        // "Sixty-two airlines operate from": a count's noun is plural, so a
        // singular word after its plural noun starts the verb ("2,000
        // sales staff" keeps its collective noun).
        if count
            && stop > k
            && lemma(&w) == w
            && lemma(ws[stop - 1].text) != normalize(ws[stop - 1].text)
            && !is_collective(&w)
            && !ws[stop].is_capitalized()
        {
            break;
        }
        // "the third budget Vasko has presented": a name after a common
        // noun starts another phrase.
        if stop > k && ws[stop].is_capitalized() && !ws[stop - 1].is_capitalized() {
            break;
        }
        stop += 1;
        // A possessive ends a determiner, not the phrase: "the country's territory".
        if is_possessive(ws[stop - 1].text) && stop < ws.len() {
            k = stop;
        }
    }
    // "the club's fourth signing", "a second hearing": after a rank a
    // word in -ing is what is ranked.
    let ranked_ing = kind == QuantityKind::Ordinal
        && stop > k
        && normalize(ws[stop - 1].text).ends_with("ing")
        && !ws[stop - 1].is_capitalized();
    let mut m = if ranked_ing {
        headed_phrase(sentence, ws, k, stop)?
    } else {
        noun_phrase(sentence, ws, k, stop)?
    };
    // ("its 500th store, in Corrib": past a comma the phrase is another's.)
    m.complement = ws
        .get(stop)
        .filter(|next| gap_is_open(sentence, &ws[stop - 1], next))
        .and_then(|_| complement(sentence, ws, stop));
    m.partitive = partitive;
    m.follows_figure = true;
    // "his second consecutive victory" is a run, as a streak of periods is
    // ("the second annual fall in a row").
    // ("straight" after a noun is not read as one here.)
    in_a_run |= run_written_at(ws, stop).is_some()
        && ws
            .get(stop)
            .is_some_and(|w| normalize(w.text) != "straight");
    if in_a_run {
        m.modifiers.push("consecutive".to_string());
    }
    Some(m)
}

/// Nouns after "in" that say how a sum is paid or counted, not what it
/// is: "in cash", "in total", "in connection with", "in excess of".
fn says_how_a_sum_is_paid(w: &str) -> bool {
    matches!(
        w,
        "cash"
            | "total"
            | "connection"
            | "addition"
            | "exchange"
            | "return"
            | "line"
            | "respect"
            | "excess"
            | "advance"
            | "kind"
            | "part"
            | "full"
            | "principle"
    )
}

/// Nouns that are plural without an "s": "2,000 sales staff", "300 police".
fn is_collective(w: &str) -> bool {
    matches!(
        w,
        "staff"
            | "personnel"
            | "police"
            | "people"
            | "cattle"
            | "livestock"
            | "crew"
            | "aircraft"
            | "sheep"
            | "deer"
            | "fish"
            | "data"
            | "media"
            | "men"
            | "women"
            | "children"
    )
}

/// "bilateral trade grew by 40%", "turnout was 62%".
fn measured_before(
    sentence: &str,
    ws: &[Word<'_>],
    times: &[Span],
    start: usize,
    kind: QuantityKind,
) -> Option<Measured> {
    let mut k = ws.iter().rposition(|w| w.span.end <= start)?;
    // "premiums will rise by an average of 8%": the average is how the
    // change is given, not what changes.
    if k >= 3
        && normalize(ws[k].text) == "of"
        && normalize(ws[k - 1].text) == "average"
        && matches!(normalize(ws[k - 2].text).as_str(), "a" | "an")
        && normalize(ws[k - 3].text) == "by"
    {
        k -= 3;
    }
    // "a market share of 17%": the noun right before "of" is what the
    // figure measures, whatever phrase that noun stands in.
    let of_figure = normalize(ws[k].text) == "of";
    // Punctuation between the phrase and the figure ends the search:
    // in "fell by a third over the year, to 1,240" the noun is not "year".
    let open_to = |k: usize, end: usize| {
        sentence
            .get(ws[k].span.end..end)
            .is_some_and(|g| !g.contains([',', ';', ':', '(', ')', '—']))
    };
    if !open_to(k, start) {
        return None;
    }
    // "Rice output, by contrast, rose 4%": step over a short aside between commas.
    let skip_aside = |k: usize| -> Option<usize> {
        let gap = sentence.get(ws[k].span.end..ws.get(k + 1)?.span.start)?;
        if !gap.contains(',') {
            return None;
        }
        (1..=3).find_map(|len| {
            let first = k.checked_sub(len - 1)?;
            let before = first.checked_sub(1)?;
            let opening = sentence.get(ws[before].span.end..ws[first].span.start)?;
            let lead = normalize(ws[first].text);
            // ", excluding bonuses,", ", including fees,".
            let qualifying = matches!(lead.as_str(), "excluding" | "including");
            (opening.contains(',') && (is_function_word(&lead) || is_aside(&lead) || qualifying))
                .then_some(before)
        })
    };
    let mut skipped = 0;
    let mut change_noun = None;
    let mut after_qualifier = false;
    loop {
        // "Passenger numbers for the first seven months of 2026 reached 5.9
        // million": a time between the thing and its verb is stepped over.
        if skipped > 0 {
            if let Some(time) = times.iter().find(|t| t.end == ws[k].span.end) {
                let first = ws.iter().position(|w| w.span.start >= time.start)?;
                k = first.checked_sub(1)?;
                if !open_to(k, ws[first].span.start) {
                    return None;
                }
                skipped += 1;
                continue;
            }
        }
        let w = normalize(ws[k].text);
        let article = matches!(
            w.as_str(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        );
        // "hit a record 41 gigawatts", "a total 300 jobs": a word that
        // qualifies the figure itself, not what it measures.
        let figure_qualifier = skipped == 0
            && matches!(
                w.as_str(),
                "record" | "total" | "combined" | "cumulative" | "whopping" | "staggering" | "mere"
            );
        // In accounts a loss is a thing of its own: "a pre-tax loss of £42 million".
        let loss = kind == QuantityKind::Money && matches!(w.as_str(), "loss" | "losses");
        // "is set at", "was estimated at", "valued at": a verb before "at"
        // states the figure.
        let states_at = ws.get(k + 1).is_some_and(|n| normalize(n.text) == "at")
            && (matches!(w.as_str(), "set" | "put") || w.len() > 4 && w.ends_with("ed"));
        // "spending will rise by a fifth": a modal stands between.
        let modal = is_modal(&w);
        // "output is expected to fall by a fifth": a forecast's verb and
        // its "to" stand between.
        let forecasts = |w: &str| {
            matches!(
                w,
                "expected"
                    | "forecast"
                    | "projected"
                    | "predicted"
                    | "estimated"
                    | "set"
                    | "likely"
                    | "due"
                    | "poised"
            )
        };
        let forecast_to = w == "to"
            && skipped > 0
            && k.checked_sub(1)
                .is_some_and(|j| forecasts(&normalize(ws[j].text)));
        let forecast_verb =
            forecasts(&w) && ws.get(k + 1).is_some_and(|n| normalize(n.text) == "to");
        // "was down from 6.1%", "fell from 1.9%": where a change started
        // is a figure of the changing thing.
        let change_from = w == "from"
            && skipped == 0
            && k.checked_sub(1)
                .is_some_and(|j| change_word(&normalize(ws[j].text)).is_some());
        let skippable = is_linking_verb(&w)
            || change_from
            || states_at
            || forecast_to
            || forecast_verb
            || modal && skipped > 0
            || change_word(&w).is_some() && !loss
            || w == "by"
            || is_aside(&w)
            // "Emissions are now 54% below".
            || marks_now(&w)
            || w == "already"
            || figure_qualifier
            || article && (skipped == 0 || after_qualifier);
        after_qualifier = figure_qualifier;
        if !skippable || skipped >= 6 {
            break;
        }
        if matches!(
            w.as_str(),
            "rise" | "increase" | "growth" | "gain" | "jump" | "drop" | "decline" | "fall" | "cut"
        ) && ws.get(k + 1).is_some_and(|n| normalize(n.text) == "of")
        {
            change_noun = Some(k);
        }
        skipped += 1;
        let Some(next) = k.checked_sub(1) else {
            return opening_change(sentence, ws, k);
        };
        // "Sales volumes, however, fell": an aside between commas is no break.
        let aside = is_aside(&normalize(ws[next].text)) || is_aside(&w);
        if !open_to(next, ws[k].span.start) && !aside {
            match skip_aside(next) {
                Some(before) => {
                    k = before;
                    continue;
                }
                // "Prices in the capital bucked the trend, falling 1.2%":
                // a change in "-ing" after a comma is of the clause's subject.
                None if w.ends_with("ing") && change_word(&w).is_some() => {
                    return subject_of_clause_before(sentence, ws, times, next, kind);
                }
                None => return None,
            }
        }
        k = next;
    }
    let mut group = None;
    // "rates among people aged 65 and over stood at 71%", "deaths of
    // drivers aged 17 to 24 rose to 212": a band of ages qualifies the noun
    // before it (and is no figure of its own to share with).
    if let Some(aged) = (k.saturating_sub(4)..k)
        .rev()
        .find(|&j| normalize(ws[j].text) == "aged")
    {
        k = aged.checked_sub(1)?;
        // "the rate for those aged 16 to 24 was 14.8%": the rate of a group.
        if normalize(ws[k].text) == "those"
            && k >= 2
            && matches!(
                normalize(ws[k - 1].text).as_str(),
                "for" | "among" | "of" | "in"
            )
        {
            group = Some(sentence[ws[k].span.start..ws[aged].span.end].to_string());
            k -= 2;
        }
    }
    // "rose by 20 per cent to 38 billion", "by a fifth to 38 billion": the
    // words before are another figure's, whose measured thing the caller
    // shares with this one.
    let other_figure = normalize(ws[k].text);
    if matches!(
        other_figure.as_str(),
        "cent" | "percent" | "pct" | "point" | "points"
    ) || other_figure.starts_with(|c: char| c.is_ascii_digit())
        || !factcheck_quantities::find_quantities(ws[k].text).is_empty()
    {
        return None;
    }
    if let Some(at) = change_noun {
        // "an annual rise of 6.2%": the change is measured, as in "a 6.2%
        // rise"; the words before the noun qualify it.
        return noun_phrase(sentence, ws, at, at + 1);
    }
    // "would cost it €30 million", "paid him £2 million": with a pronoun
    // for its object, the verb says what the sum is.
    if kind == QuantityKind::Money
        && k > 0
        && matches!(
            normalize(ws[k].text).as_str(),
            "it" | "them" | "him" | "her" | "us" | "me"
        )
    {
        if let Some(m) = verb_as_thing(sentence, ws, k - 1) {
            return Some(m);
        }
    }
    let mut head = k;
    // Step over a trailing place or name: "exports to Chile rose 12%".
    let mut m = head;
    while m > 0 && ws[m].is_capitalized() {
        m -= 1;
    }
    // ("imports from the United States dropped 8%".)
    if m < head && m > 1 && normalize(ws[m].text) == "the" {
        m -= 1;
    }
    if m < head
        && m > 0
        && matches!(
            normalize(ws[m].text).as_str(),
            "to" | "from" | "of" | "in" | "with" | "during" | "at" | "on" | "for" | "after"
        )
    {
        head = m - 1;
    } else if m < head && m < k && !ws[m].is_capitalized() {
        // "fined Delta Chemicals €3 million": a name is the object; the verb
        // says what the figure is (not in a list: "Green 31, Labour 15").
        if let Some(m) = verb_as_thing(sentence, ws, m) {
            return Some(m);
        }
    }
    let w = normalize(ws[head].text);
    // "tickets went on sale at £340": the price is of the clause's subject.
    if w == "sale" && head > 0 && matches!(normalize(ws[head - 1].text).as_str(), "on" | "for") {
        return subject_of_clause_before(sentence, ws, times, head - 1, kind);
    }
    // "compared with a peak of 9.1%", "slower than the 4.7%": a level of
    // the thing measured by the figure before, which the caller shares
    // with this one.
    let level = of_figure
        && matches!(
            w.as_str(),
            "peak" | "high" | "low" | "record" | "trough" | "maximum" | "minimum"
        );
    let comparative = matches!(
        w.as_str(),
        "slower" | "faster" | "higher" | "lower" | "weaker" | "stronger" | "bigger" | "smaller"
    );
    if level || comparative {
        return None;
    }
    // A name is no thing measured; nor is a title in quotes opening the
    // sentence ("“Starfall” took $152 million").
    let quoted_title = ws[head].is_capitalized()
        && sentence
            .get(ws[head].span.end..)
            .is_some_and(|rest| rest.starts_with(['"', '”', '’']));
    if is_function_word(&w) || ws[head].is_capitalized() && head > 0 || quoted_title {
        return None;
    }
    // "a loss before tax of £42 million", "profit after tax of": the
    // noun before the phrase is what the figure measures.
    if of_figure && head >= 2 && matches!(normalize(ws[head - 1].text).as_str(), "before" | "after")
    {
        let noun = normalize(ws[head - 2].text);
        let name = ws[head - 2].is_capitalized() && head > 2;
        if !is_function_word(&noun) && !looks_like_verb(&noun) && !name {
            head -= 2;
        }
    }
    let mut first = head;
    while first > 0 && head - first < 3 {
        let prev = normalize(ws[first - 1].text);
        // A hyphen makes a compound modifier of any word: "final-year exams".
        let compound = is_hyphenated(sentence, &ws[first - 1], &ws[first])
            || first >= 2 && is_hyphenated(sentence, &ws[first - 2], &ws[first - 1]);
        // ("150,000 weekend tickets": a count is no qualifier.)
        if is_function_word(&prev) && !compound
            || !gap_is_open(sentence, &ws[first - 1], &ws[first])
            || is_possessive(ws[first - 1].text)
            || prev.starts_with(|c: char| c.is_ascii_digit())
        {
            break;
        }
        first -= 1;
    }
    // "patients waiting more than a year for planned surgery fell": a
    // participle right after a noun opens a phrase describing that noun,
    // which is what the figure measures.
    if let Some(noun) = noun_before_participle(sentence, ws, first) {
        // "the number of people killed on the roads": people are known by
        // what befell them.
        let befallen = noun + 1;
        if matches!(
            normalize(ws[noun].text).as_str(),
            "people" | "persons" | "individuals"
        ) && normalize(ws[befallen].text).ends_with("ed")
        {
            return headed_phrase(sentence, ws, befallen, befallen + 1);
        }
        head = noun;
        first = modifiers_start(sentence, ws, head);
    }
    // "trade between the two countries grew": the phrase heads a prepositional
    // complement; the measured thing is the noun before the preposition.
    // Climb up to three prepositional levels: "the average price of a home
    // in the capital reached …" measures the price.
    // Right before "of" the noun is already the measured one: no climb.
    let levels = if of_figure { 0 } else { 3 };
    let mut climbed_over = None;
    for _ in 0..levels {
        let mut p = first;
        while p > 0 && is_determiner_or_count(&normalize(ws[p - 1].text)) {
            p -= 1;
        }
        let climbs = p >= 2
            && matches!(
                normalize(ws[p - 1].text).as_str(),
                "between" | "of" | "with" | "among" | "from" | "in" | "to" | "on" | "for" | "at"
            );
        if !climbs {
            break;
        }
        // "the market value of Harbourline at the start of trading": a name
        // after "of" owns the thing; the climb goes on past it.
        if p > 2 && ws[p - 2].is_capitalized() {
            let mut n = p - 2;
            while n > 2 && ws[n - 1].is_capitalized() {
                n -= 1;
            }
            if n > 2 && normalize(ws[n - 1].text) == "the" {
                n -= 1;
            }
            if n >= 2
                && normalize(ws[n - 1].text) == "of"
                && !ws[n - 2].is_capitalized()
                && (n..p).all(|j| gap_is_open(sentence, &ws[j - 1], &ws[j]))
            {
                p = n;
            }
        }
        let noun = normalize(ws[p - 2].text);
        // "the number of patients" measures patients.
        // ("a backlog of 41,000 cases" is 41,000 cases.)
        let counts_what_follows =
            matches!(noun.as_str(), "number" | "total" | "amount" | "backlog")
                && normalize(ws[p - 1].text) == "of";
        // "plans to invest €800 million": an intent is no noun to climb to.
        let intends = normalize(ws[p - 1].text) == "to"
            && matches!(
                noun.as_str(),
                "plans" | "plan" | "aims" | "wants" | "intends" | "hopes" | "expects" | "seeks"
            );
        // "compared with a profit of": a verb is no noun to climb to.
        if intends
            || is_function_word(&noun)
            || looks_like_verb(&noun)
            || counts_what_follows
            || (p != 2 && ws[p - 2].is_capitalized())
            || !gap_is_open(sentence, &ws[p - 2], &ws[p - 1])
        {
            break;
        }
        head = p - 2;
        first = modifiers_start(sentence, ws, head);
        climbed_over = complement(sentence, ws, p - 1);
    }
    let mut m = noun_phrase(sentence, ws, first, head + 1)?;
    // "the company's share of the cloud software market fell": the phrase
    // climbed over completes the measured thing.
    m.complement = climbed_over.or(group);
    Some(m)
}

/// What the subject of the clause ending at word `last` measures: the
/// noun phrase before its first verb ("Prices in the capital | bucked the
/// trend"), for a change told after the clause.
fn subject_of_clause_before(
    sentence: &str,
    ws: &[Word<'_>],
    times: &[Span],
    last: usize,
    kind: QuantityKind,
) -> Option<Measured> {
    let mut first = last;
    while first > 0 && gap_is_open(sentence, &ws[first - 1], &ws[first]) {
        first -= 1;
    }
    let verb = (first + 1..=last).find(|&j| {
        let w = normalize(ws[j].text);
        !ws[j].is_capitalized() && (looks_like_verb(&w) || is_linking_verb(&w))
    })?;
    measured_before(sentence, ws, times, ws[verb].span.start, kind)
}

/// The first of up to two content words right before the noun at `head`
/// that qualify it ("average price", "planned surgery").
fn modifiers_start(sentence: &str, ws: &[Word<'_>], head: usize) -> usize {
    let mut first = head;
    while first > 0 && head - first < 2 {
        let prev = normalize(ws[first - 1].text);
        if is_function_word(&prev) || !gap_is_open(sentence, &ws[first - 1], &ws[first]) {
            break;
        }
        first -= 1;
    }
    first
}

/// The noun before a participle that opens the phrase ending at word
/// `first`, looking back a few words within the clause: "patients |
/// waiting more than a year for planned surgery", "people | killed on the
/// country's roads" (a participle in "-ed" only before one place or owner,
/// as it may as well be the verb: "the company reported in March that
/// sales …").
fn noun_before_participle(sentence: &str, ws: &[Word<'_>], first: usize) -> Option<usize> {
    let from = first.saturating_sub(8);
    for j in (from.max(1)..first).rev() {
        let gap = sentence.get(ws[j].span.end..ws[j + 1].span.start)?;
        if gap.contains([',', ';', ':', '(', ')', '—']) {
            return None;
        }
        let w = normalize(ws[j].text);
        let passive = w.len() > 4
            && w.ends_with("ed")
            && ws.get(j + 1).is_some_and(|p| {
                matches!(
                    normalize(p.text).as_str(),
                    "on" | "in" | "at" | "by" | "from" | "during" | "across" | "under"
                )
            })
            && ws.get(j + 2..first).is_some_and(|between| {
                between.iter().all(|n| {
                    n.is_capitalized()
                        || is_possessive(n.text)
                        || matches!(
                            normalize(n.text).as_str(),
                            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
                        )
                })
            });
        let active = w.len() > 4 && w.ends_with("ing");
        if !active && !passive {
            continue;
        }
        let noun = normalize(ws[j - 1].text);
        let is_noun = !is_function_word(&noun)
            && !looks_like_verb(&noun)
            && (!ws[j - 1].is_capitalized() || j == 1)
            && !noun.starts_with(|c: char| c.is_ascii_digit())
            && gap_is_open(sentence, &ws[j - 1], &ws[j]);
        return is_noun.then_some(j - 1);
    }
    None
}

fn is_determiner_or_count(w: &str) -> bool {
    is_determiner(w) || matches!(w, "two" | "three" | "both")
}

/// Whether a word marks a run: "second consecutive victory", "a third
/// straight month".
fn marks_a_run(w: &str) -> bool {
    matches!(w, "consecutive" | "successive" | "straight")
}

/// How many words at `at` say a run after its noun, if any: "in a row"
/// three, "running" and "straight" one.
fn run_written_at(ws: &[Word<'_>], at: usize) -> Option<usize> {
    let word = |i: usize| ws.get(i).map(|w| normalize(w.text));
    match word(at)?.as_str() {
        "in" if word(at + 1).as_deref() == Some("a") && word(at + 2).as_deref() == Some("row") => {
            Some(3)
        }
        "running" | "straight" => Some(1),
        _ => None,
    }
}

/// The verb at `at` as what a figure after its object measures ("fined
/// Delta Chemicals €3 million", "would cost it €30 million"), if it can be
/// a verb of its own.
fn verb_as_thing(sentence: &str, ws: &[Word<'_>], at: usize) -> Option<Measured> {
    let verb = normalize(ws[at].text);
    (!is_function_word(&verb)
        && !is_linking_verb(&verb)
        && change_word(&verb).is_none()
        && verb.chars().all(char::is_alphabetic)
        && gap_is_open(sentence, &ws[at], ws.get(at + 1)?))
    .then(|| Measured::bare(lemma(&verb), ws[at].text, false))
}

/// The word that ends right before byte `start`, with only spaces between.
fn word_right_before(sentence: &str, ws: &[Word<'_>], start: usize) -> Option<usize> {
    let k = ws.iter().rposition(|w| w.span.end <= start)?;
    sentence
        .get(ws[k].span.end..start)?
        .trim()
        .is_empty()
        .then_some(k)
}

/// Whether a word says whose the thing after it is: "her", "Sorrel's".
fn owns(w: &Word<'_>) -> bool {
    matches!(normalize(w.text).as_str(), "his" | "her" | "its" | "their") || is_possessive(w.text)
}

/// The period an ordinal at `start..end` ranks when someone owns it: "in
/// her third season at the club", "its fourth year of growth".
fn owned_period(sentence: &str, ws: &[Word<'_>], start: usize, end: usize) -> Option<Measured> {
    word_right_before(sentence, ws, start).filter(|&o| owns(&ws[o]))?;
    let at = ws.iter().position(|w| w.span.start >= end)?;
    let unit = normalize(ws[at].text);
    if !is_time_unit(&unit) || !gap_is_open(sentence, &ws[at.checked_sub(1)?], &ws[at]) {
        return None;
    }
    // (No complement: "at the club" and "in charge" say one thing; the
    // owner tells whose period it is.)
    Some(Measured::bare(lemma(&unit), ws[at].text, true))
}

/// The run of periods right after an ordinal ending at `end`: "year in a
/// row", "consecutive month", "week running". Every way of writing a run
/// carries the one qualifier "consecutive", so the runs meet whatever their
/// wording.
fn streak(sentence: &str, ws: &[Word<'_>], end: usize) -> Option<Measured> {
    let at = ws.iter().position(|w| w.span.start >= end)?;
    let word = |i: usize| ws.get(i).map(|w| normalize(w.text));
    let (unit, last) = match word(at) {
        Some(w) if marks_a_run(&w) => (at + 1, at + 1),
        _ => (at, at + run_written_at(ws, at + 1)?),
    };
    let unit_word = word(unit).filter(|w| is_time_unit(w))?;
    Some(Measured {
        modifiers: vec!["consecutive".to_string()],
        ..Measured::bare(
            lemma(&unit_word),
            &sentence[ws[at].span.start..ws[last].span.end],
            true,
        )
    })
}

/// "Growth was 0.4%", "The increase was 4%": a noun of change that opens
/// the sentence, reached from the figure over the words in between, is
/// itself what the figure measures.
fn opening_change(sentence: &str, ws: &[Word<'_>], first: usize) -> Option<Measured> {
    let at = (first..ws.len()).find(|&j| !is_determiner(&normalize(ws[j].text)))?;
    let w = normalize(ws[at].text);
    let adverb = matches!(
        w.as_str(),
        "up" | "down" | "higher" | "lower" | "below" | "above"
    );
    (change_word(&w).is_some() && !adverb && !looks_like_verb(&w))
        .then(|| headed_phrase(sentence, ws, at, at + 1))
        .flatten()
}

/// The noun phrase of words `from..to`: the last word is the head. A
/// trailing participle ("wages grew 3.8% compared …") is a verb, not a
/// head, and a month or weekday names a date, not a thing.
fn noun_phrase(sentence: &str, ws: &[Word<'_>], from: usize, to: usize) -> Option<Measured> {
    if from >= to || to > ws.len() {
        return None;
    }
    let written_to = to;
    let mut to = to;
    while to > from && looks_like_verb(&normalize(ws[to - 1].text)) && !ws[to - 1].is_capitalized()
    {
        to -= 1;
    }
    // "Northlight Starfall opened": with the verb off, a name is left.
    if to == from || to < written_to && to > 1 && ws[to - 1].is_capitalized() {
        return None;
    }
    headed_phrase(sentence, ws, from, to)
}

/// The words `from..to` as a phrase headed by its last word, unless that
/// word names a time or is a function word or a number.
fn headed_phrase(sentence: &str, ws: &[Word<'_>], from: usize, to: usize) -> Option<Measured> {
    let head_word = normalize(ws[to - 1].text);
    if is_month_or_weekday(&head_word) || is_time_unit(&head_word) {
        return None;
    }
    // ("capped at 2 pounds until the end of next year": words that join
    // clauses are never nouns.)
    let joins_clauses = matches!(
        head_word.as_str(),
        "until" | "till" | "unless" | "despite" | "whereas" | "whilst" | "via"
    );
    if is_function_word(&head_word)
        || joins_clauses
        || head_word.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(Measured {
        head: lemma(&head_word),
        phrase: sentence[ws[from].span.start..ws[to - 1].span.end].to_string(),
        modifiers: ws[from..to - 1]
            .iter()
            .map(|w| lemma(w.text))
            .filter(|w| !is_function_word(w))
            .collect(),
        complement: None,
        partitive: false,
        follows_figure: false,
    })
}

/// "to Russia", "of the central bank": up to three words after a preposition.
fn complement(sentence: &str, ws: &[Word<'_>], at: usize) -> Option<String> {
    let prep = normalize(ws.get(at)?.text);
    if !matches!(
        prep.as_str(),
        "to" | "of" | "in" | "for" | "with" | "from" | "on" | "at" | "by"
    ) {
        return None;
    }
    let mut k = at + 1;
    while ws
        .get(k)
        .is_some_and(|w| matches!(normalize(w.text).as_str(), "the" | "a" | "an"))
    {
        k += 1;
    }
    let mut stop = k;
    while stop < ws.len() && stop < k + 3 && gap_is_open(sentence, &ws[stop.max(1) - 1], &ws[stop])
    {
        let w = normalize(ws[stop].text);
        // "from 18-year-olds": a figure hyphened onto a word qualifies.
        let hyphened = ws
            .get(stop + 1)
            .is_some_and(|next| is_hyphenated(sentence, &ws[stop], next));
        if is_function_word(&w)
            || w.starts_with(|c: char| c.is_ascii_digit()) && !hyphened
            || stop > k && looks_like_verb(&w) && !ws[stop].is_capitalized()
        {
            break;
        }
        stop += 1;
    }
    (stop > k).then(|| sentence[ws[k].span.start..ws[stop - 1].span.end].to_string())
}

/// Gapping: in "Ortiz received 61.8% of the vote and Lind 33.9%" the second
/// figure measures what the first did. A figure with no measured thing of
/// its own takes that of the nearest earlier figure of the same kind.
pub(crate) fn share_across_coordination(
    sentence: &str,
    figures: &mut [(Quantity, Option<Measured>)],
) {
    for i in 1..figures.len() {
        // "309 deaths (19%)", "401 deaths, or 25% of the total": a share
        // of the figure before it, named in brackets or as of "the total".
        let share = matches!(
            figures[i].0.kind,
            QuantityKind::Percent | QuantityKind::Fraction
        );
        let bracketed = sentence
            .get(figures[i - 1].0.end..figures[i].0.start)
            .and_then(|gap| gap.trim_end().strip_suffix('('))
            .is_some_and(|named| {
                let named = named.trim();
                named.is_empty()
                    || figures[i - 1]
                        .1
                        .as_ref()
                        .is_some_and(|m| m.follows_figure && m.phrase == named)
            });
        let of_the_total = figures[i]
            .1
            .as_ref()
            .is_some_and(|m| m.head == "total" && m.modifiers.is_empty() && m.complement.is_none());
        let whole = &figures[i - 1];
        if share
            && (bracketed && figures[i].1.is_none() || of_the_total)
            && whole.0.kind == QuantityKind::Cardinal
        {
            if let Some(mut m) = whole.1.clone() {
                m.partitive = true;
                m.follows_figure = false;
                figures[i].1 = Some(m);
                continue;
            }
        }
        // "412 billion krona, an increase of 6.5 per cent": a change that
        // names only itself is a change of the figure before it.
        // ("a profit of £12 million, compared with a loss of £3 million":
        // a sum lost is a result of its own.)
        let names_only_change = figures[i].1.as_ref().is_some_and(|m| {
            m.modifiers.is_empty()
                && change_word(&m.head).is_some()
                && !(figures[i].0.kind == QuantityKind::Money && m.head == "loss")
        });
        // "her first to open at number one": a rank qualified by what
        // follows it ranks its own class.
        let qualified_rank = figures[i].0.kind == QuantityKind::Ordinal
            && sentence.get(figures[i].0.end..).is_some_and(|rest| {
                let mut next = rest.split_whitespace();
                next.next() == Some("to")
                    && next
                        .next()
                        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
            });
        if figures[i].1.is_some() && !names_only_change || qualified_rank {
            continue;
        }
        // A bare count or amount may also take the thing measured by a
        // figure of another kind: "cases fell by a third, to 1,240".
        let kind = figures[i].0.kind;
        // A change with no noun of its own ("…to £540,000, up 6.2%") is a
        // change of the figure before it.
        let any_kind = matches!(
            kind,
            QuantityKind::Cardinal | QuantityKind::Dimension | QuantityKind::Money
        ) || figures[i].0.change.is_some();
        let may_share = |q: &Quantity, m: &Option<Measured>| {
            // A rank ranks its own kind of thing: "the third year in a
            // row that fires burned 100,000 hectares" counts no years.
            m.is_some()
                && (q.kind == kind
                    || any_kind
                        && !matches!(
                            q.kind,
                            QuantityKind::Year | QuantityKind::Ordinal | QuantityKind::Duration
                        ))
        };
        // "47,912 runners from 156 nations …, compared with 44,186": a
        // figure of the same kind and order of size is the one shared.
        let this = &figures[i].0;
        let same_order = |q: &Quantity| {
            q.kind == this.kind
                && this.change.is_none()
                && q.value.is_sign_positive()
                && this.value.is_sign_positive()
                && q.value.max(this.value) <= q.value.min(this.value) * Decimal::TEN
        };
        let earlier = &figures[..i];
        let inherited = earlier
            .iter()
            .rev()
            .find(|(q, m)| may_share(q, m) && same_order(q))
            .or_else(|| earlier.iter().rev().find(|(q, m)| may_share(q, m)))
            .and_then(|(_, m)| m.clone())
            .map(|mut m| {
                // Shared, not named by this figure.
                m.follows_figure = false;
                m
            });
        if inherited.is_some() || !names_only_change {
            figures[i].1 = inherited;
        }
    }
}

/// The name a figure belongs to: the nearest name before it in the sentence
/// ("Ortiz received 61.8% and Lind 33.9%": each figure binds to its own name),
/// else the first name after it.
pub(crate) fn subject_of(entities: &[Entity], figure_start: usize) -> Option<&Entity> {
    entities
        .iter()
        .rev()
        .find(|e| e.span.end <= figure_start)
        .or_else(|| entities.iter().find(|e| e.span.start >= figure_start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::words;
    use factcheck_quantities::find_quantities;

    fn measured(sentence: &str, figure: &str) -> Option<Measured> {
        let found = find_quantities(sentence);
        let q = found.iter().find(|q| q.text == figure)?;
        let times: Vec<Span> =
            crate::find_times(sentence, 0, chrono::NaiveDate::from_ymd_opt(2025, 3, 11))
                .iter()
                .map(|t| t.span)
                .collect();
        measured_thing(sentence, &words(sentence), &times, q.start, q.end, q.kind)
    }

    #[test]
    fn a_run_of_periods_is_ranked_when_nothing_before_it_is() {
        for (sentence, figure, unit) in [
            (
                "It is the third year in a row that fires spread.",
                "third",
                "year",
            ),
            (
                "This is the second consecutive year of losses.",
                "second",
                "year",
            ),
            (
                "It was the fifth month running that prices fell.",
                "fifth",
                "month",
            ),
        ] {
            let m = measured(sentence, figure).unwrap();
            assert_eq!(
                (m.head.as_str(), m.modifiers.clone()),
                (unit, vec!["consecutive".to_string()]),
                "{sentence}"
            );
        }
        // A period without a run ranks nothing.
        assert!(measured("It was the second year of the programme.", "second").is_none());
    }

    #[test]
    fn a_change_measures_itself_unless_it_changes_another_figure() {
        let m = measured("The government offered a 4.5% rise for this year.", "4.5%").unwrap();
        assert_eq!(m.head, "rise");
        let m = measured("The union had called for a rise of 9%.", "9%").unwrap();
        assert_eq!(m.head, "rise");
        let m = measured("There are 31,000 vacant nursing posts.", "31,000").unwrap();
        assert_eq!(m.head, "post");
    }

    #[test]
    fn a_multiple_measures_what_it_multiplies_and_a_share_its_whole() {
        let m = measured(
            "The area is almost four times the average.",
            "almost four times",
        )
        .unwrap();
        assert_eq!(m.head, "average");
        let s = "They said the firm's share of the cloud market had slipped to 11% from 14%.";
        let m = measured(s, "11%").unwrap();
        assert_eq!(
            (m.head.as_str(), m.complement.as_deref()),
            ("share", Some("cloud market"))
        );
        // A share followed by its verb is that verb's subject.
        assert!(measured("Of those who voted, 87% backed strike action.", "87%").is_none());
    }

    #[test]
    fn ratios_and_ages() {
        let m = measured("There were twice as many applicants as last year.", "twice").unwrap();
        assert_eq!(m.head, "applicant");
        // An age in bare digits names no unit of its own.
        let head = measured("The victim, aged 23, was taken to hospital.", "23").map(|m| m.head);
        assert_ne!(head.as_deref(), Some("23"));
        let m = measured("He was jailed for 12 years.", "12 years").unwrap();
        assert_eq!(m.head, "year");
    }

    #[test]
    fn a_band_of_ages_qualifies_the_noun_before_it() {
        let m = measured(
            "Vaccination rates among people aged 65 and over stood at 71 per cent.",
            "71 per cent",
        )
        .unwrap();
        assert_eq!(m.head, "rate");
    }

    #[test]
    fn a_verb_of_change_measures_its_object_and_a_unit_may_name_a_kind() {
        let m = measured(
            "The party more than doubled its share of the vote.",
            "more than doubled",
        )
        .unwrap();
        assert_eq!(m.head, "share");
        // Without an object, the subject is what changed.
        let m = measured("Exports doubled in two years.", "doubled").unwrap();
        assert_eq!(m.head, "export");
        let m = measured("The club sold 22,000 season tickets.", "22,000").unwrap();
        assert_eq!(
            (m.head.as_str(), m.phrase.as_str()),
            ("ticket", "season tickets")
        );
    }

    #[test]
    fn what_a_count_or_rank_stands_for() {
        let head = |sentence: &str, figure: &str| measured(sentence, figure).map(|m| m.head);
        let h = |x: &str| Some(x.to_string());
        // "By an average of" gives a change, not its thing.
        assert_eq!(
            head("Premiums will rise by an average of 8% from October.", "8%"),
            h("premium")
        );
        // A name after "of" owns the thing measured; the climb goes past it.
        assert_eq!(
            head(
                "The market value of Harbourline Group at the start of trading will be $9 billion.",
                "$9 billion"
            ),
            h("value")
        );
        // A time between the thing and its verb is stepped over.
        assert_eq!(
            head(
                "Passenger numbers in 2026 reached 5.9 million.",
                "5.9 million"
            ),
            h("number")
        );
        assert_eq!(
            head(
                "Passenger numbers for the first seven months of 2026 reached 5.9 million.",
                "5.9 million"
            ),
            h("number")
        );
        // A count's noun is plural: the singular word after it is its verb.
        assert_eq!(
            head("Sixty-two airlines operate from the airport.", "Sixty-two"),
            h("airline")
        );
        assert_eq!(head("It hired 2,000 sales staff.", "2,000"), h("staff"));
        // After a rank, a word in -ing is what is ranked.
        assert_eq!(
            head(
                "He is the club's third senior signing of the summer.",
                "third"
            ),
            h("signing")
        );
        // A rank's change is the thing ranked.
        assert_eq!(
            head("This is the bank's second reduction in 2026.", "second"),
            h("reduction")
        );
        // A count named after its verb, and a whole the sentence opens with.
        assert_eq!(
            head("Nearly half came from three countries, and more than 8,000 were children travelling alone.", "more than 8,000"),
            h("child")
        );
        assert_eq!(
            head(
                "Of the initial decisions made in 2026, 68% were refusals.",
                "68%"
            ),
            h("decision")
        );
        // A place in a ranking.
        assert_eq!(
            head("United finished seventh last season.", "seventh"),
            h("place")
        );
        assert_eq!(
            head(
                "The deal takes their spending past £150 million.",
                "past £150 million"
            ),
            h("spending")
        );
    }

    #[test]
    fn nouns_after_the_figure() {
        let m = measured("It was her fourth visit to Peru since 2019.", "fourth").unwrap();
        assert_eq!(
            (m.head.as_str(), m.complement.as_deref()),
            ("visit", Some("Peru"))
        );
        let m = measured(
            "They agreed to open two new consulates in the north.",
            "two",
        )
        .unwrap();
        assert_eq!(
            (m.head.as_str(), m.modifiers.clone()),
            ("consulate", vec!["new".to_string()])
        );
        let m = measured("There have been four such agreements before.", "four").unwrap();
        assert_eq!(m.head, "agreement");
        let m = measured(
            "He praised a 40% increase in bilateral trade last year.",
            "40%",
        )
        .unwrap();
        assert_eq!(
            (m.head.as_str(), m.phrase.as_str()),
            ("trade", "bilateral trade")
        );
        let m = measured(
            "Rebels hold less than half of the country.",
            "less than half",
        )
        .unwrap();
        assert_eq!(m.head, "country");
        let m = measured("It was the first official visit.", "first").unwrap();
        assert_eq!(
            (m.head.as_str(), m.modifiers.clone()),
            ("visit", vec!["official".to_string()])
        );
    }

    #[test]
    fn a_noun_right_before_of_is_measured_and_a_loss_is_a_thing() {
        let head = |sentence: &str, figure: &str| measured(sentence, figure).map(|m| m.head);
        // Not the "grocer" the phrase "with a market share" belongs to.
        let s = "It would become the third-largest grocer with a market share of just under 17 per cent.";
        assert_eq!(head(s, "just under 17 per cent").as_deref(), Some("share"));
        let s = "It is a premium of 38 per cent to the closing price of 298.5 pence per share.";
        assert_eq!(head(s, "298.5 pence").as_deref(), Some("price"));
        // In accounts a loss is what was lost, and "before tax" qualifies it.
        let s = "The firm reported a pre-tax loss of £42 million, compared with a profit of £15 million.";
        assert_eq!(head(s, "£42 million").as_deref(), Some("loss"));
        assert_eq!(head(s, "£15 million").as_deref(), Some("profit"));
        let s = "Orvik reported a loss before tax of $8.1 million.";
        assert_eq!(head(s, "$8.1 million").as_deref(), Some("loss"));
        // A change measures itself, as in "a 6.2% rise".
        assert_eq!(
            head("It was an annual rise of 6.2%.", "6.2%").as_deref(),
            Some("rise")
        );
    }

    #[test]
    fn what_a_budget_line_measures() {
        let head = |sentence: &str, figure: &str| measured(sentence, figure).map(|m| m.head);
        // A verb before "at" states the figure; a modal stands between.
        let s = "Total expenditure is set at 412 billion krona.";
        assert_eq!(head(s, "412 billion krona").as_deref(), Some("expenditure"));
        let s = "Defence spending will rise by a fifth.";
        assert_eq!(head(s, "a fifth").as_deref(), Some("spending"));
        // The words before are another figure's: nothing of its own.
        let s = "Defence appropriations increase by 20 per cent to 38 billion krona.";
        assert_eq!(head(s, "38 billion krona"), None);
        // A name after a common noun starts another phrase.
        let s = "It is the third budget Vasko has presented.";
        assert_eq!(head(s, "third").as_deref(), Some("budget"));
        // "worth" states the figure after it and ends the phrase before it.
        let s = "He steered 23 council contracts worth £11.6 million to firms.";
        assert_eq!(head(s, "23").as_deref(), Some("contract"));
        let s = "He took bribes worth £262,000.";
        assert_eq!(head(s, "£262,000").as_deref(), Some("bribe"));
        // A span of time is measured in its unit, possessive or not.
        let s = "He was sentenced to seven years' imprisonment.";
        assert_eq!(head(s, "seven years").as_deref(), Some("year"));
        // With the whole counted, a part is a count like any other.
        let m = measured("The coalition controls 91 of the 175 seats.", "91").unwrap();
        assert_eq!((m.head.as_str(), m.partitive), ("seat", false));
        let m = measured("Ten of the new hospitals have land.", "Ten").unwrap();
        assert_eq!((m.head.as_str(), m.partitive), ("hospital", true));
    }

    #[test]
    fn nouns_before_the_figure() {
        let m = measured("Bilateral trade grew by 40 percent in 2024.", "40 percent").unwrap();
        assert_eq!(m.head, "trade");
        let m = measured(
            "Trade between the two countries had grown by 40 percent.",
            "40 percent",
        )
        .unwrap();
        assert_eq!(m.head, "trade");
        let m = measured("Turnout was 62%, officials said.", "62%").unwrap();
        assert_eq!(m.head, "turnout");
        // A hyphenated modifier stays in the phrase, so the climb to the
        // head before "for" still happens.
        let m = measured("The pass rate for final-year exams rose to 78.4%.", "78.4%").unwrap();
        assert_eq!((m.head.as_str(), m.phrase.as_str()), ("rate", "pass rate"));
        // A participle after a noun describes it; "the number of" counts
        // what follows.
        let m = measured(
            "The number of patients waiting more than a year for surgery fell to 41,000.",
            "41,000",
        )
        .unwrap();
        assert_eq!(m.head, "patient");
    }
}
