//! Finds the check-worthy claims of a [`Document`]: every figure with what it
//! measures, whose it is and when, every direct quote with its speaker, and
//! in sentences without a figure the events they state ("the council
//! approved the stadium").
//!
//! The pipeline is plain and rule-based (no model, no gazetteer):
//! sentences ([`split_sentences`]) → figures (`factcheck-quantities`) →
//! measured thing, subject and time for each figure → [`Claim`]s, plus one
//! claim per direct quote ([`find_quotes`]). Spans always index the
//! document's text.
//!
//! ```
//! use factcheck_claims::{extract_claims, ClaimKind};
//! use factcheck_document::Document;
//!
//! let mut doc = Document::from_text("a.txt", "Exports to Chile rose 12% last year, the ministry said.");
//! doc.published = chrono::DateTime::parse_from_rfc3339("2025-03-11T09:00:00Z").ok();
//! let claims = extract_claims(&doc);
//! assert_eq!(claims[0].kind, ClaimKind::Quantity);
//! assert_eq!(claims[0].measured.as_ref().unwrap().head, "export");
//! assert_eq!(claims[0].time.as_ref().unwrap().text, "last year");
//! ```

#![warn(missing_docs)]

mod entities;
mod events;
mod measure;
mod quotes;
mod sentences;
mod time;
pub mod words;
mod worth;

use factcheck_document::{Document, Span};
use factcheck_quantities::rust_decimal::Decimal;
use factcheck_quantities::{find_quantities, Direction, Quantity, QuantityKind};
use serde::{Deserialize, Serialize};

pub use entities::{find_entities, is_common_opener, is_title, Entity};
pub use events::Action;
pub use measure::Measured;
pub use quotes::{find_quotes, Quote};
pub use sentences::split_sentences;
pub use time::{find_times, TimeAnchor};
pub use worth::{worthiness, Worthiness};

/// What sort of statement a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A figure: a count, rank, percentage, change, share or amount of money.
    Quantity,
    /// A date or year attached to an event ("the 2021 coup").
    Temporal,
    /// A direct quote attributed to a speaker.
    Quote,
    /// A statement that something happened, without a figure: "the
    /// central bank raised interest rates", "the minister resigned".
    Event,
}

impl ClaimKind {
    /// The snake_case name used in JSON and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quantity => "quantity",
            ClaimKind::Temporal => "temporal",
            ClaimKind::Quote => "quote",
            ClaimKind::Event => "event",
        }
    }
}

/// One check-worthy statement of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id within the document, in order of position: `c1`, `c2` …
    pub id: String,
    /// What sort of statement it is.
    pub kind: ClaimKind,
    /// The claim's own clause (or the quote's words), verbatim.
    pub text: String,
    /// Where `text` stands in the document text.
    pub span: Span,
    /// The whole sentence the claim stands in.
    pub sentence: Span,
    /// The figure, with offsets into the document text.
    pub quantity: Option<Quantity>,
    /// What the figure measures.
    pub measured: Option<Measured>,
    /// The name the figure belongs to.
    pub subject: Option<String>,
    /// Names in the claim's sentence.
    pub entities: Vec<String>,
    /// When it happened, resolved against the document's date.
    pub time: Option<TimeAnchor>,
    /// The period of what the figure is compared with ("up nine points from
    /// the last referendum in 2019"): a source's figure of that period is
    /// the baseline's, not this one's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared_with: Option<TimeAnchor>,
    /// Who said it, for quotes and reported speech.
    pub speaker: Option<String>,
    /// What happened, for event claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    /// How much the claim is worth checking, with reasons.
    pub worthiness: Worthiness,
}

/// Extracts the claims of `doc`, in order of position, with ids `c1`, `c2` …
pub fn extract_claims(doc: &Document) -> Vec<Claim> {
    let text = doc.text.as_str();
    let published = doc.published_date();
    let quotes = find_quotes(text);
    let sentences = split_sentences(text);
    let sentence_words: Vec<Vec<words::Word>> = sentences
        .iter()
        .map(|s| words::words(&text[s.start..s.end]))
        .collect();
    let casing = Casing::of(&sentence_words);
    let mut claims = Vec::new();
    // The times named so far, for a period named again ("during the month").
    let mut named_times: Vec<TimeAnchor> = Vec::new();
    for (sentence, ws) in sentences.iter().zip(&sentence_words) {
        let s_text = &text[sentence.start..sentence.end];
        let mut entities = entities::entities_in(s_text, ws, sentence.start);
        let opener = ws.first().map(|w| sentence.start + w.span.start);
        entities.retain(|e| Some(e.span.start) != opener || !casing.is_common_word(e));
        let times = time::times_in(s_text, ws, sentence.start, published, &named_times);
        named_times.extend(times.iter().cloned());
        let time_spans: Vec<Span> = times
            .iter()
            .map(|t| Span::new(t.span.start - sentence.start, t.span.end - sentence.start))
            .collect();
        let quote = quotes
            .iter()
            .find(|q| q.span.start <= sentence.end && sentence.start <= q.span.end);
        let speaker = quote
            .and_then(|q| q.speaker.clone())
            .or_else(|| reported_speaker(s_text, ws, &entities, sentence.start));
        let mut figures: Vec<(Quantity, Option<Measured>)> = find_quantities(s_text)
            .into_iter()
            .map(|q| {
                let m = measure::measured_thing(s_text, ws, &time_spans, q.start, q.end, q.kind);
                (q, m)
            })
            .collect();
        for (q, m) in &mut figures {
            if q.change.is_none() {
                q.change = change_by(s_text, ws, q.start).or_else(|| change_named(q, m.as_ref()));
            }
        }
        measure::share_across_coordination(s_text, &mut figures);
        // A capitalized word inside a figure is its unit, not a name:
        // "46.2 degrees Celsius", "USD 200".
        entities.retain(|e| {
            !figures.iter().any(|(q, _)| {
                e.span
                    .overlaps(Span::new(q.start, q.end).shifted(sentence.start))
            })
        });
        // Where the sentence's first figure other than a measure ends: a span
        // of time after it may be that figure's period ("doubled in two
        // years"); after a measure it is a performance ("100 metres in 9.81
        // seconds").
        let first_figure_end = figures
            .iter()
            .find(|(q, _)| !matches!(q.kind, QuantityKind::Duration | QuantityKind::Dimension))
            .map(|(q, _)| q.end);
        let neighbours = Neighbours {
            starts: figures
                .iter()
                .map(|(q, _)| sentence.start + q.start)
                .collect(),
            // "up from 55", "compared with 112 litres … in July 2022": the
            // figure a change or comparison starts from.
            baseline_ends: figures
                .iter()
                .filter(|(q, _)| {
                    // ("down from a record 9.1%": the figure's qualifier
                    // stands between.)
                    let mut before = text_before(s_text, q.start).trim_end().to_lowercase();
                    while let Some(cut) = ["a", "an", "the", "record", "peak"]
                        .iter()
                        .find(|w| ends_with_word(&before, w))
                        .map(|w| before.len() - w.len())
                    {
                        before.truncate(cut);
                        before.truncate(before.trim_end().len());
                    }
                    [
                        "from",
                        "versus",
                        "vs",
                        "vs.",
                        "compared with",
                        "compared to",
                    ]
                    .iter()
                    .any(|marker| ends_with_word(&before, marker))
                })
                .map(|(q, _)| sentence.start + q.end)
                .collect(),
        };
        let mut has_figure = false;
        for (q, measured) in figures {
            let after_figure = first_figure_end.is_some_and(|end| end <= q.start);
            let q = shift(q, sentence.start);
            let q_span = Span::new(q.start, q.end);
            let context = FigureContext {
                sentence: s_text,
                offset: sentence.start,
                times: &times,
                after_figure,
            };
            if !is_claim(&q, measured.as_ref(), &context) {
                continue;
            }
            let clause = clause_span(s_text, q.start - sentence.start).shifted(sentence.start);
            // Only a time in the figure's own clause dates it: in "…his first
            // visit, and trade rose 40% last year" the year belongs to trade.
            // "34% (down one point from October)": a time in brackets dates
            // only what is in them.
            let in_clause = |t: &&TimeAnchor| {
                clause.contains(t.span)
                    && !t.span.contains(q_span)
                    && !q_span.contains(t.span)
                    && bracket_opening(s_text, t.span.start - sentence.start)
                        == bracket_opening(s_text, q.start - sentence.start)
                    && participle_opening(s_text, t.span.start - sentence.start)
                        .is_none_or(|p| p <= q.start - sentence.start)
                    && participial_opener(s_text).is_none_or(|end| {
                        t.span.start - sentence.start >= end || q.start - sentence.start < end
                    })
            };
            let is_baseline_figure = neighbours.baseline_ends.contains(&q.end);
            // "62 airlines, up from 55 in 2024", "£68 million, more than
            // double the £31 million paid in 2022": a time after a
            // comparison that follows the figure dates what it is compared
            // with.
            let compares = |t: &TimeAnchor| {
                q.end <= t.span.start && compared_between(text, Span::new(q.end, t.span.start))
            };
            // "Coal, which provided a fifth of supply a decade ago, now
            // accounts for less than 1%": "now" sets the figure against the
            // earlier time.
            let before_now = |t: &TimeAnchor| {
                t.span.end <= q.start
                    && words::words(text.get(t.span.end..q.start).unwrap_or(""))
                        .iter()
                        .any(|w| words::marks_now(&w.normalized()))
            };
            let compared_with = times
                .iter()
                .filter(in_clause)
                .filter(|t| !dates_a_statement(text, t.span))
                .find(|t| {
                    // "Compared with a year earlier, the economy was 1.3%
                    // bigger": a comparison may open the sentence.
                    let compared_first =
                        t.span.end <= q.start && is_baseline_time(text, t, q.change.is_some());
                    !is_baseline_figure
                        && (dates_a_comparison(text, t.span)
                            || compares(t)
                            || before_now(t)
                            || compared_first)
                })
                .cloned();
            let time = times
                .iter()
                .filter(in_clause)
                // "up 18% on the same period last year", "64.3%, up nine
                // points from the last referendum in 2019": the period a
                // figure is compared with dates only the figure it is
                // compared with ("up from 55.6% in 2019").
                .filter(|t| {
                    is_baseline_figure
                        || !dates_a_comparison(text, t.span)
                            && !compares(t)
                            && !is_baseline_time(text, t, q.change.is_some())
                })
                .filter(|t| !before_now(t))
                // "X said on Wednesday that profit rose 18%", "revenue rose
                // 8%, the airline said on Thursday": the day of the
                // statement does not date the figure reported.
                .filter(|t| !dates_a_statement(text, t.span))
                // "58.3%, the lowest since 1991": the record's reach, not the
                // figure's date.
                .filter(|t| !measures_a_record(text, t))
                .filter(|t| !neighbours.date_another(text, &q, t))
                // A baseline is dated after it ("compared with 112 litres
                // … in July 2022"): the time before it dates what is
                // compared.
                .min_by_key(|t| {
                    (
                        is_baseline_figure && t.span.start < q.start,
                        t.span.start.abs_diff(q.start),
                    )
                })
                .cloned();
            // "the deadliest since 2023, when two quakes killed more than
            // 50,000 people": the clause opened by "when" is of that year.
            let time = when_clause_time(text, &times, q.start)
                .or_else(|| named_in_its_noun(text, &times, q.start))
                .or(time);
            // ("the 2024 figure of 387.1 million, a fall from 2024": a figure
            // is not compared with its own period.)
            let compared_with = compared_with.filter(|c| Some(c) != time.as_ref());
            let kind = match q.kind {
                QuantityKind::Year | QuantityKind::Decade => ClaimKind::Temporal,
                _ => ClaimKind::Quantity,
            };
            claims.push(Claim {
                id: String::new(),
                kind,
                text: text[clause.start..clause.end].to_string(),
                span: clause,
                sentence: *sentence,
                subject: measure::subject_of(&entities, q.start)
                    // "Turnout fell to 58%": the capitalized opener is what
                    // the figure measures, not whose it is.
                    .filter(|e| {
                        !measured.as_ref().is_some_and(|m| {
                            !e.text.contains(char::is_whitespace)
                                && words::stem(&words::normalize(&e.text)) == words::stem(&m.head)
                        })
                    })
                    // "… rose 6%, according to research firm Kanvas Data":
                    // who reports the figure after it is not whose it is.
                    .filter(|e| {
                        e.span.start < q.start
                            || !speaker
                                .as_deref()
                                .is_some_and(|s| s.contains(e.text.as_str()))
                    })
                    // "has spent €1.1 billion …, and a new plant near
                    // Tordera will …": a name after the figure is its
                    // owner only in its own clause.
                    .filter(|e| e.span.start < q.start || clause.contains(e.span))
                    // "the Conservatives won eight and independents four":
                    // a noun joined by "and" right before the figure is
                    // another party than the name before it.
                    .filter(|e| {
                        let between = text.get(e.span.end..q.start).unwrap_or("");
                        !measured.as_ref().is_some_and(|m| {
                            between
                                .trim_end()
                                .strip_suffix(m.phrase.as_str())
                                .is_some_and(|b| ends_with_word(b.trim_end(), "and"))
                        })
                    })
                    .map(|e| e.text.clone()),
                quantity: Some(q),
                measured,
                entities: entities.iter().map(|e| e.text.clone()).collect(),
                time,
                compared_with,
                speaker: speaker.clone(),
                action: None,
                worthiness: Worthiness::default(),
            });
            has_figure = true;
        }
        if !has_figure && quote.is_none() {
            if let Some(found) = events::find_event(s_text, ws) {
                let span = Span::new(
                    sentence.start + ws[found.first].span.start,
                    sentence.start + ws[found.last - 1].span.end,
                );
                let actor = Span::new(
                    sentence.start + ws[found.actor.0].span.start,
                    sentence.start + ws[found.actor.1 - 1].span.end,
                );
                // The actor's name when it has one ("Finance Minister Rita
                // Olsen" → "Rita Olsen"; a person's name before other
                // names in an apposition), else the actor phrase.
                let named: Vec<&Entity> =
                    entities.iter().filter(|e| actor.contains(e.span)).collect();
                let subject = named
                    .iter()
                    .map(|e| Entity {
                        text: quotes::strip_titles(&e.text),
                        span: e.span,
                    })
                    .find(Entity::looks_like_person)
                    .or_else(|| named.first().map(|e| (*e).clone()))
                    .map(|e| e.text)
                    .unwrap_or_else(|| text[actor.start..actor.end].to_string());
                let time = times
                    .iter()
                    .filter(|t| span.contains(t.span))
                    .min_by_key(|t| t.span.start)
                    .cloned();
                claims.push(Claim {
                    id: String::new(),
                    kind: ClaimKind::Event,
                    text: text[span.start..span.end].to_string(),
                    span,
                    sentence: *sentence,
                    quantity: None,
                    measured: None,
                    subject: Some(subject),
                    entities: entities.iter().map(|e| e.text.clone()).collect(),
                    time,
                    compared_with: None,
                    speaker: speaker.clone(),
                    action: Some(found.action),
                    worthiness: Worthiness::default(),
                });
            }
        }
    }
    for quote in &quotes {
        let sentence = sentences
            .iter()
            .find(|s| s.start <= quote.span.start && quote.span.start < s.end.max(s.start + 1))
            .copied()
            .unwrap_or(quote.span);
        let s_text = &text[sentence.start..sentence.end];
        claims.push(Claim {
            id: String::new(),
            kind: ClaimKind::Quote,
            text: quote.text.clone(),
            span: quote.span,
            sentence,
            quantity: None,
            measured: None,
            subject: None,
            entities: find_entities(s_text, sentence.start)
                .into_iter()
                .map(|e| e.text)
                .collect(),
            time: None,
            compared_with: None,
            speaker: quote.speaker.clone(),
            action: None,
            worthiness: Worthiness::default(),
        });
    }
    claims.sort_by_key(|c| (c.span.start, c.kind, c.quantity.as_ref().map(|q| q.start)));
    // Claims come in sentence order, so each sentence's tone is read once.
    let mut tone: Option<(Span, worth::Tone)> = None;
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", i + 1);
        let sentence_tone = match tone {
            Some((span, t)) if span == c.sentence => t,
            _ => {
                let t = worth::Tone::of(&text[c.sentence.start..c.sentence.end]);
                tone = Some((c.sentence, t));
                t
            }
        };
        c.worthiness = worth::worthiness_in(c, &sentence_tone);
    }
    claims
}

/// The direction of "by 25%" after a verb of change and its object:
/// "reduced the risk of death from heart disease by 25%", "raised prices
/// by 5%". The verb stands within the clause, a few words back.
fn change_by(sentence: &str, ws: &[words::Word<'_>], figure: usize) -> Option<Direction> {
    let at = ws.iter().rposition(|w| w.span.end <= figure)?;
    if words::normalize(ws[at].text) != "by" {
        return None;
    }
    for i in (at.saturating_sub(9)..at).rev() {
        let gap = sentence.get(ws[i].span.end..ws[i + 1].span.start)?;
        if gap.contains([',', ';', ':', '(', ')', '—']) {
            return None;
        }
        let w = words::normalize(ws[i].text);
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        // A verb, not a noun after its determiner ("the fall in exports").
        let noun = i > 0 && words::is_determiner(&words::normalize(ws[i - 1].text));
        if let Some(direction) = factcheck_quantities::change_word(&w).filter(|_| !noun) {
            return Some(direction);
        }
    }
    None
}

/// The direction of a percentage whose measured thing is a change: "growth
/// was 0.4%" is a rise of 0.4%, "the decline was 3%" a fall.
fn change_named(q: &Quantity, measured: Option<&Measured>) -> Option<Direction> {
    if q.kind != QuantityKind::Percent {
        return None;
    }
    factcheck_quantities::change_word(&measured?.head)
}

/// The few dozen bytes of `text` before byte `at`: enough for the words
/// that introduce a time, without rescanning the document.
fn text_before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    text.get(from..at).unwrap_or("")
}

/// Whether the time at `span` of `text` follows a verb of saying ("said
/// on Wednesday", "announced Thursday").
fn dates_a_statement(text: &str, span: Span) -> bool {
    let ws = words::words(text_before(text, span.start));
    let mut last = ws.iter().rev().map(|w| words::normalize(w.text));
    // "official figures showed on Wednesday", "data released on Tuesday".
    let states = |v: &str| {
        quotes::is_speech_verb(v)
            || matches!(v, "showed" | "shows" | "show" | "published" | "released")
    };
    match last.next() {
        Some(w) if w == "on" => last.next().is_some_and(|v| states(&v)),
        Some(w) => states(&w),
        None => false,
    }
}

/// The other figures of a sentence, by position in the document, to tell
/// which of them a time dates.
struct Neighbours {
    /// Where each figure starts.
    starts: Vec<usize>,
    /// Where each baseline of a change ("from 66.1%") ends.
    baseline_ends: Vec<usize>,
}

impl Neighbours {
    /// Whether the time `t` dates another figure than `q`: the baseline
    /// right before it ("down from 66.1% four years ago"), or, for a time
    /// some units ago after `q`, a figure or a clause between them ("9,000
    /// workers, double the number five years ago").
    fn date_another(&self, text: &str, q: &Quantity, t: &TimeAnchor) -> bool {
        let gap = |from: usize| text.get(from..t.span.start);
        let after_baseline = self
            .baseline_ends
            .iter()
            .any(|&end| end != q.end && gap(end).is_some_and(|g| g.trim().is_empty()));
        let ago_after = t.text.ends_with(" ago") && q.end <= t.span.start;
        let separated = self
            .starts
            .iter()
            .any(|&start| q.end <= start && start < t.span.start)
            || gap(q.end).is_some_and(|g| g.contains(','));
        after_baseline || ago_after && separated
    }
}

/// The time a ", when …" clause holding the figure at `figure` is of:
/// the time right before it ("in 2019, when …"), or the year a "since"
/// reaches back to ("since 2023, when …").
fn when_clause_time(text: &str, times: &[TimeAnchor], figure: usize) -> Option<TimeAnchor> {
    let t = times.iter().find(|t| {
        t.span.end <= figure
            && text
                .get(t.span.end..)
                .is_some_and(|rest| rest.starts_with(", when "))
            && text
                .get(t.span.end..figure)
                .is_some_and(|gap| !gap.contains([';', '.', '(']))
    })?;
    let mut t = t.clone();
    if t.text.to_lowercase().starts_with("since ") {
        t.end = chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&t.start), 12, 31)?;
    }
    Some(t)
}

/// The time that names the noun the figure at `figure` is "of": "the 2024
/// figure of 387.1 million tonnes", "the 2019 level of 41%".
fn named_in_its_noun(text: &str, times: &[TimeAnchor], figure: usize) -> Option<TimeAnchor> {
    times
        .iter()
        .find(|t| {
            t.span.end <= figure
                && text.get(t.span.end..figure).is_some_and(|gap| {
                    let ws: Vec<&str> = gap.split_whitespace().collect();
                    matches!(ws.as_slice(), [noun, "of"] if noun.chars().all(char::is_alphabetic))
                })
                && words::words(text_before(text, t.span.start))
                    .last()
                    .is_some_and(|w| w.normalized() == "the")
        })
        .cloned()
}

/// Whether the time `t` is how far back a record reaches: "since 1991"
/// after a superlative ("the lowest since 1991", "its biggest monthly drop
/// since 2020", "the first time since 2009").
fn measures_a_record(text: &str, t: &TimeAnchor) -> bool {
    if !t
        .text
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("since "))
    {
        return false;
    }
    let ws = words::words(text_before(text, t.span.start));
    let last: Vec<String> = ws.iter().rev().take(4).map(|w| w.normalized()).collect();
    let superlative = |w: &str| {
        matches!(w, "best" | "worst" | "most" | "least" | "first")
            || w.len() > 5 && w.ends_with("est")
    };
    // A determiner before the superlative: "the lowest", not "harvest".
    last.iter()
        .position(|w| superlative(w))
        .is_some_and(|i| last[i + 1..].iter().any(|w| words::is_determiner(w)))
}

/// Whether the time at `span` of `text` dates what a figure is compared
/// with, in a phrase after the comparison: "up nine points from the last
/// referendum in 2019", "higher than at the 2019 election".
fn dates_a_comparison(text: &str, span: Span) -> bool {
    let before = text_before(text, span.start);
    // Within the time's own clause: "…, a decrease of 4.1% from the 2024
    // figure".
    let before = before.rsplit([',', ';']).next().unwrap_or(before);
    let ws = words::words(before);
    let word = |i: usize| ws.get(i).map(|w| w.normalized());
    // "54% below 1990 levels", "up 5% on 2023": right after a figure and
    // its comparison.
    // ("38% below their 2019 level".)
    let last = ws.len().checked_sub(1).map(|l| {
        let determiner = word(l).is_some_and(|w| words::is_determiner(&w));
        if determiner {
            l.saturating_sub(1)
        } else {
            l
        }
    });
    let compares_right_after = last
        .and_then(word)
        .is_some_and(|m| matches!(m.as_str(), "below" | "above" | "on" | "over" | "than"))
        && last
            .and_then(|l| l.checked_sub(1))
            .and_then(word)
            .is_some_and(|b| {
                b.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(b.as_str(), "cent" | "percent" | "points")
            });
    if compares_right_after {
        return true;
    }
    (ws.len().saturating_sub(6)..ws.len().saturating_sub(1)).any(|at| {
        // What follows the marker is a phrase, not the figure itself ("more
        // than doubled in the third quarter").
        let opens_phrase = word(at + 1).is_some_and(|w| {
            words::is_determiner(&w) || matches!(w.as_str(), "at" | "in" | "on" | "during" | "last")
        });
        let after_figure = at.checked_sub(1).and_then(word).is_some_and(|b| {
            b.starts_with(|c: char| c.is_ascii_digit())
                || b.ends_with('%')
                || matches!(
                    b.as_str(),
                    "points"
                        | "point"
                        | "percent"
                        | "cent"
                        | "up"
                        | "down"
                        | "higher"
                        | "lower"
                        | "more"
                        | "fewer"
                        | "less"
                )
        });
        word(at).is_some_and(|m| m == "from" || m == "than") && opens_phrase && after_figure
    })
}

/// Whether `gap`, the text between a figure and a later time, compares the
/// figure with something else ("up from 55", "more than double the £31
/// million", "compared with", "higher than"), so the time dates that.
fn compared_between(text: &str, gap: Span) -> bool {
    let ws = words::words(text.get(gap.start..gap.end).unwrap_or(""));
    let word = |i: usize| ws.get(i).map(|w| w.normalized());
    (0..ws.len()).any(|i| {
        let before = i.checked_sub(1).and_then(word);
        let next = word(i + 1);
        let opens_phrase = next
            .as_deref()
            .is_some_and(|n| words::is_determiner(n) || matches!(n, "what" | "that" | "those"));
        match word(i).as_deref() {
            // "more than 40" bounds a figure; "higher than" compares.
            Some("than") => !before.as_deref().is_some_and(|b| {
                matches!(
                    b,
                    "more" | "less" | "fewer" | "greater" | "rather" | "other"
                )
            }),
            Some("compared" | "versus" | "vs") => true,
            // "a premium of 38% to its closing price on Friday".
            Some("to") => i == 0 && opens_phrase,
            Some("from") => before
                .as_deref()
                .is_some_and(|b| matches!(b, "up" | "down")),
            Some("double" | "twice" | "triple" | "treble" | "half" | "times") => opens_phrase,
            _ => false,
        }
    })
}

/// Whether `time`, in `text`, names the period a figure is
/// measured against: "on the same period last year", "compared with a year
/// earlier", and, for a change, "from 2023" and "on July 2025".
fn is_baseline_time(text: &str, time: &TimeAnchor, change: bool) -> bool {
    let span = time.span;
    let before = text_before(text, span.start).trim_end().to_lowercase();
    // "a fall of 6% on the previous year", "compared with the year before".
    let before = before
        .strip_suffix(" the")
        .map(str::trim_end)
        .unwrap_or(&before);
    let anchor = text.get(span.start..span.end).unwrap_or("").to_lowercase();
    let previous = ["previous ", "prior ", "preceding "]
        .iter()
        .any(|p| anchor.starts_with(p));
    if previous && (before.ends_with(" on") || before.ends_with(" over")) {
        return true;
    }
    // "Data from 2020 show…": only a change is measured from a time, and
    // "on" a period ("an increase of 7.4% on July 2025"); "rose 5% on
    // Monday" dates the change.
    if change
        && (ends_with_word(before, "from")
            || (ends_with_word(before, "on") || ends_with_word(before, "over"))
                && time.start != time.end)
    {
        return true;
    }
    // "the same period", "the same months of".
    let unit_written = before.strip_suffix(" of").unwrap_or(before);
    let unit_written = unit_written.strip_suffix('s').unwrap_or(unit_written);
    let same = ["period", "quarter", "month", "week", "time"]
        .iter()
        .any(|unit| {
            unit_written
                .strip_suffix(unit)
                .is_some_and(|b| b.ends_with("same "))
        });
    same || [
        "than",
        "compared with",
        "compared to",
        "versus",
        "vs",
        "vs.",
    ]
    .iter()
    .any(|marker| ends_with_word(before, marker))
}

/// Whether `text` ends with the words `marker`, not inside a longer word.
fn ends_with_word(text: &str, marker: &str) -> bool {
    text.ends_with(marker)
        && text[..text.len() - marker.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

fn shift(mut q: Quantity, offset: usize) -> Quantity {
    q.start += offset;
    q.end += offset;
    q
}

/// Whether a figure is worth checking: it measures something, or it is a
/// share, change or amount that stands on its own. Years that only date
/// something ("in 2021") are time anchors, not claims.
fn is_claim(q: &Quantity, measured: Option<&Measured>, context: &FigureContext<'_>) -> bool {
    let FigureContext {
        sentence,
        offset,
        times,
        after_figure,
    } = *context;
    match q.kind {
        // ("below 1990 levels", "the 2024 figure of …": a year naming a
        // level dates it.)
        // ("In 2025 Nordair carried": a name after a year is no thing of
        // that year.)
        QuantityKind::Year | QuantityKind::Decade => measured.is_some_and(|m| {
            !matches!(
                m.head.as_str(),
                "level" | "figure" | "total" | "average" | "number"
            ) && !m.phrase.starts_with(char::is_uppercase)
        }),
        QuantityKind::Cardinal => {
            let rest = &sentence[q.end - offset..];
            let pronoun_one =
                q.text.eq_ignore_ascii_case("one") && rest.trim_start().starts_with("of ");
            // "the two sides", "both countries": a reference, not a count
            // ("all 140 hospitals" counts: only a few are referred to so).
            let before = sentence[..q.start - offset].trim_end();
            let few = q.value <= Decimal::from(12);
            let referential = few
                && ["the", "these", "those", "both", "all"].iter().any(|d| {
                    let cut = before.len().saturating_sub(d.len());
                    // `get` rather than slicing: the cut may fall inside a character.
                    before
                        .get(cut..)
                        .is_some_and(|tail| tail.eq_ignore_ascii_case(d))
                        && before
                            .get(..cut)
                            .is_some_and(|head| !head.ends_with(char::is_alphanumeric))
                });
            // "over the past two seasons": a period, not a count — unless the
            // unit only qualifies a noun after it ("22,000 season tickets").
            let mut next_words = rest.split_whitespace();
            let unit = next_words.next();
            let period = !rest.starts_with('-')
                && unit.is_some_and(|w| {
                    words::is_time_unit(
                        &w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase(),
                    ) && !qualifies_noun(w, next_words.next())
                });
            // "people aged 16 and 17": ages that name a group.
            let last: Vec<String> = before
                .split_whitespace()
                .rev()
                .take(3)
                .map(str::to_lowercase)
                .collect();
            let age = match last.as_slice() {
                [aged, ..] if matches!(aged.as_str(), "aged" | "ages") => true,
                [joint, _, aged] => {
                    matches!(joint.as_str(), "and" | "to" | "or")
                        && matches!(aged.as_str(), "aged" | "ages")
                }
                _ => false,
            };
            // "children under five", "people over 65": an age bound after
            // a group of people names the group.
            // ("users under 13 who registered": a plural noun with no
            // counted noun after the age.)
            let nothing_counted_after = rest
                .split_whitespace()
                .next()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .is_none_or(|w| w.is_empty() || words::is_function_word(&w));
            let bounded_age = bounds_an_age(&q.text)
                && last.first().is_some_and(|w| {
                    words::names_people(w)
                        || w.ends_with('s')
                            && !words::is_function_word(w)
                            && nothing_counted_after
                            && q.value <= Decimal::from(120)
                });
            // "Rivera scored twice": occasions are a claim with or without a noun.
            let counted = measured.is_some() || measure::counts_occasions(&q.text);
            counted
                && !pronoun_one
                && !period
                && !referential
                && !age
                && !bounded_age
                && !within_time(q, times)
        }
        // "six years in prison", "in 9.81 seconds", "a nine-day strike"
        // measure; "two years ago" and "over the past twelve months" only
        // place something in time.
        QuantityKind::Duration => {
            let next = sentence[q.end - offset..]
                .split_whitespace()
                .next()
                .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase());
            let before = sentence[..q.start - offset]
                .split_whitespace()
                .next_back()
                .map(str::to_lowercase);
            // "two years before the vote" places the vote; "ran for three
            // years before an audit" measures the run.
            let relative = next
                .as_deref()
                .is_some_and(|w| places_in_time(w) || w == "since")
                && before.as_deref() != Some("for");
            // ("the three months to June", "the 12 months ending in March":
            // a period of reporting.)
            let period = before.as_deref().is_some_and(|w| {
                matches!(
                    w,
                    "past" | "last" | "next" | "previous" | "coming" | "recent" | "first" | "final"
                )
            }) || before.as_deref() == Some("the")
                && next
                    .as_deref()
                    .is_some_and(|w| matches!(w, "to" | "ending" | "ended" | "through"));
            // "doubled in two years", "the fourth title in six years": the
            // period of the figure before it.
            // ("a 15% pay rise over two years": the "over" may be read
            // into the figure.)
            let frames_figure = after_figure
                && (before
                    .as_deref()
                    .is_some_and(|w| matches!(w, "in" | "over" | "within"))
                    || matches!(first_word(&q.text).as_str(), "over" | "within"));
            // "people aged 65 and over", "those aged 18 to 24": a band of
            // ages names a group; it claims nothing.
            let mut after = sentence[q.end - offset..].split_whitespace();
            let joins_another_age = matches!(after.next(), Some("and" | "to" | "or"))
                && after
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            let age_band = matches!(before.as_deref(), Some("aged" | "ages"))
                && (q.upper.is_some()
                    || q.bound != factcheck_quantities::Bound::Exact
                    || joins_another_age);
            // "16-year-olds" are people of an age, as are "children under
            // five years of age".
            let after = &sentence[q.end - offset..];
            let age_group = after.starts_with("-old")
                || after.starts_with(" of age")
                // "under-13s", "over-65s".
                || ["under-", "over-"]
                    .iter()
                    .any(|b| q.text.to_lowercase().starts_with(b))
                || before.as_deref().is_some_and(words::names_people) && bounds_an_age(&q.text);
            !relative
                && !period
                && !frames_figure
                && !age_band
                && !age_group
                && !within_time(q, times)
        }
        QuantityKind::Ordinal => measured.is_some(),
        // "the first half of the year" is a period, not a share.
        QuantityKind::Fraction if q.text.eq_ignore_ascii_case("half") => {
            let before = sentence[..q.start - offset].trim_end().to_lowercase();
            !["first", "second", "latter", "last"]
                .iter()
                .any(|w| before.ends_with(w))
        }
        _ => true,
    }
}

/// Where a figure stands in its sentence, for [`is_claim`].
struct FigureContext<'a> {
    /// The sentence's text.
    sentence: &'a str,
    /// Where the sentence starts in the document.
    offset: usize,
    /// The time expressions of the sentence.
    times: &'a [TimeAnchor],
    /// Another figure (not a span of time) comes before this one.
    after_figure: bool,
}

/// Whether the unit word `unit` (as written, with any punctuation after it)
/// qualifies the content word `next` after it ("season tickets", "month
/// contract") rather than ending a phrase ("months ago", "years, …").
fn qualifies_noun(unit: &str, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    let next = next
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    !unit.ends_with(|c: char| !c.is_alphanumeric())
        && !next.is_empty()
        && !words::is_function_word(&next)
        && !places_in_time(&next)
        && !matches!(
            next.as_str(),
            "running" | "straight" | "long" | "old" | "late"
        )
}

/// Whether a word after a span of time makes it place something in time
/// ("two years ago", "a week later", "days before the vote").
fn places_in_time(w: &str) -> bool {
    matches!(w, "ago" | "later" | "earlier" | "before" | "after")
}

/// Whether the figure lies inside a time expression ("two years ago").
fn within_time(q: &Quantity, times: &[TimeAnchor]) -> bool {
    times
        .iter()
        .any(|t| t.span.contains(Span::new(q.start, q.end)))
}

/// Clause separators, in the order they are tried.
const CLAUSE_BREAKS: &[&str] = &[
    "; ",
    ", but ",
    ", while ",
    ", whereas ",
    ", although ",
    ", who ",
    ", which ",
    " — ",
    " – ",
    ", and ",
    ": ",
];

/// Where the brackets holding byte `at` of `sentence` open, if any.
fn bracket_opening(sentence: &str, at: usize) -> Option<usize> {
    let before = sentence.get(..at)?;
    let open = before.rfind('(')?;
    (!before[open..].contains(')')).then_some(open)
}

/// Where the participle clause holding byte `at` of `sentence` opens, if
/// any: "The package includes 40 vehicles, | bringing the total to €9.2
/// billion since 2023". A time in it dates only what follows its opening;
/// a time of the main clause may date it ("due to open in 2027, adding
/// 1.5 GW").
fn participle_opening(sentence: &str, at: usize) -> Option<usize> {
    let before = sentence.get(..at)?;
    before
        .match_indices(", ")
        .map(|(i, _)| i + 2)
        .filter(|&open| {
            let next = sentence[open..].split_whitespace().next().unwrap_or("");
            next.len() > 5
                && next.ends_with("ing")
                && next.starts_with(|c: char| c.is_lowercase())
                && !matches!(next, "including" | "excluding" | "according")
        })
        .last()
}

/// The first word of `text`, lowercase: the "over" of "over two years".
fn first_word(text: &str) -> String {
    text.split_whitespace().next().unwrap_or("").to_lowercase()
}

/// Whether a figure is written with a bound that can bound an age: the
/// "under" of "children under five".
fn bounds_an_age(figure: &str) -> bool {
    matches!(
        first_word(figure).as_str(),
        "under" | "over" | "below" | "above"
    )
}

/// Where a participle phrase opening `sentence` ends, if one does:
/// "Founded in 1987|, the company employs about 5,600 people". A time in it
/// dates only what is in it.
fn participial_opener(sentence: &str) -> Option<usize> {
    let end = sentence.find(", ")?;
    let opener = words::words(&sentence[..end]);
    let [first, second, ..] = opener.as_slice() else {
        return None;
    };
    let first = first.normalized();
    // ("Compared with October last year, …" is a comparison, read as one.)
    let participle = (first.len() > 4 && first.ends_with("ed") && first != "compared")
        || (first.len() > 5
            && first.ends_with("ing")
            && !matches!(first.as_str(), "during" | "starting" | "beginning"))
        || matches!(
            first.as_str(),
            "born" | "built" | "known" | "held" | "made" | "given" | "taken" | "seen" | "shown"
        );
    let preposition = matches!(
        second.normalized().as_str(),
        "in" | "on" | "at" | "by" | "with" | "from" | "for" | "after" | "before" | "as" | "to"
    );
    (participle && preposition).then_some(end)
}

/// The span (relative to `sentence`) of the clause holding byte `at`.
fn clause_span(sentence: &str, at: usize) -> Span {
    let mut start = 0;
    let mut end = sentence.len();
    // "has won 38 of her last 40 matches and will return to number one on
    // Monday": a modal or auxiliary after "and" opens another verb phrase.
    let verb_phrases = sentence.match_indices(" and ").filter(|(i, _)| {
        let next = sentence[i + 5..].split_whitespace().next().unwrap_or("");
        words::is_modal(next) || matches!(next, "has" | "have" | "had")
    });
    let breaks = CLAUSE_BREAKS
        .iter()
        .flat_map(|sep| sentence.match_indices(sep))
        .chain(verb_phrases);
    for (i, sep) in breaks {
        // "Turnout: 64.3%": a label of a word or two opening the sentence
        // names what follows it.
        if sep == ": " && sentence[..i].split_whitespace().count() <= 2 {
            continue;
        }
        let body = i + sep.len();
        // Keep "who"/"which" in the clause they open.
        let body = if sep.starts_with(", w") { i + 2 } else { body };
        if body <= at && body > start {
            start = body;
        }
        if i >= at && i < end {
            end = i;
        }
    }
    let clause = &sentence[start..end];
    let edge = |c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | '“' | '”' | '"');
    let trimmed = clause.trim_end_matches(edge);
    let lead = clause.len() - clause.trim_start_matches(edge).len();
    Span::new(start + lead, start + trimmed.len().max(lead))
}

/// How the document writes its words, to tell a capitalized sentence
/// opener that is a common word from a name.
struct Casing<'t> {
    /// The words written in lowercase, as written.
    lowercase: std::collections::HashSet<&'t str>,
    /// Their stems ("applic" of "applicants").
    lowercase_stems: std::collections::HashSet<String>,
    /// Words capitalized other than at the start of a sentence, lowercased.
    capitalized_inside: std::collections::HashSet<String>,
}

impl<'t> Casing<'t> {
    fn of(sentences: &[Vec<words::Word<'t>>]) -> Casing<'t> {
        let mut casing = Casing {
            lowercase: Default::default(),
            lowercase_stems: Default::default(),
            capitalized_inside: Default::default(),
        };
        for ws in sentences {
            for (i, w) in ws.iter().enumerate() {
                if w.is_capitalized() {
                    if i > 0 {
                        casing.capitalized_inside.insert(w.normalized());
                    }
                } else if w.text.starts_with(char::is_lowercase) {
                    casing.lowercase.insert(w.text);
                    casing.lowercase_stems.insert(words::stem(&w.normalized()));
                }
            }
        }
        casing
    }

    /// Whether `name`, found at the start of a sentence, is a common word
    /// capitalized by its place: one word the document writes in lowercase
    /// elsewhere, alone, in the plural or in a word of its stem, and never
    /// capitalizes inside a sentence ("Hospital admissions doubled" beside
    /// "three field hospitals", "Applications rose" beside "applicants").
    fn is_common_word(&self, name: &Entity) -> bool {
        if name.text.contains(char::is_whitespace) {
            return false;
        }
        let lower = words::normalize(&name.text);
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        let written_lowercase = self.lowercase.contains(lower.as_str())
            || self.lowercase.contains(singular)
            || self.lowercase.contains(format!("{lower}s").as_str())
            || self.lowercase_stems.contains(&words::stem(&lower));
        written_lowercase && !self.capitalized_inside.contains(&lower)
    }
}

/// "…, Ortiz said." / "according to the central bank" in a sentence with no
/// quotation marks; `ws` are the sentence's words and `entities` its names
/// (spans in the document, the sentence starting at `offset`).
fn reported_speaker(
    sentence: &str,
    ws: &[words::Word],
    entities: &[Entity],
    offset: usize,
) -> Option<String> {
    let lower = sentence.to_lowercase();
    if let Some(i) = lower.find("according to ") {
        let rest = &sentence[i + "according to ".len()..];
        let end = rest.find([',', '.', ';']).unwrap_or(rest.len());
        let who = rest[..end].trim();
        return (!who.is_empty()).then(|| who.to_string());
    }
    // "… with 4,820 patients admitted, health officials said": the first
    // verb of speech that has a speaker next to it.
    ws.iter()
        .enumerate()
        .filter(|(_, w)| quotes::is_speech_verb(&words::normalize(w.text)))
        .find_map(|(verb, _)| speaker_of_verb(sentence, ws, entities, offset, verb))
}

/// The speaker of the verb of speech `ws[verb]`: a name right before or
/// after it, or a short unnamed source between a comma and it.
fn speaker_of_verb(
    sentence: &str,
    ws: &[words::Word],
    entities: &[Entity],
    offset: usize,
    verb: usize,
) -> Option<String> {
    // The verb's span in the document, like the names' spans.
    let said = ws[verb].span.shifted(offset);
    entities
        .iter()
        .rev()
        .find(|e| e.span.end <= said.start && said.start - e.span.end <= 2)
        .or_else(|| {
            entities
                .iter()
                .find(|e| e.span.start >= said.end && e.span.start - said.end <= 2)
        })
        .map(|e| quotes::strip_titles(&e.text))
        .or_else(|| {
            // "…, the environment agency said.": a short unnamed source
            // between the last comma and the verb (commas are looked for
            // between words: the one in "4,820" is no boundary), opening
            // like a noun phrase and holding no figure.
            let first = (1..verb)
                .rev()
                .find(|&i| sentence[ws[i - 1].span.end..ws[i].span.start].contains(','))?;
            let phrase = &ws[first..verb];
            let opener = words::normalize(phrase[0].text);
            let noun_phrase = words::is_determiner(&opener) || !words::is_function_word(&opener);
            let figure = phrase
                .iter()
                .any(|w| w.text.bytes().any(|b| b.is_ascii_digit()));
            ((1..=4).contains(&phrase.len()) && noun_phrase && !figure)
                .then(|| sentence[phrase[0].span.start..ws[verb - 1].span.end].to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        let mut d = Document::from_text("t.txt", text);
        d.published = chrono::DateTime::parse_from_rfc3339("2025-03-11T09:00:00Z").ok();
        d
    }

    /// The figures of the claims found in `text`, as written.
    fn figures(text: &str) -> Vec<String> {
        extract_claims(&doc(text))
            .iter()
            .filter_map(|c| c.quantity.as_ref().map(|q| q.text.clone()))
            .collect()
    }

    #[test]
    fn multibyte_text_before_a_figure_does_not_panic() {
        // Found by the extract_claims fuzz target.
        let _ = extract_claims(&doc("\u{2e6}\u{2e6}5"));
        let _ = extract_claims(&doc("ééé 5 ships"));
    }

    #[test]
    fn durations_are_not_counts_but_time_words_in_compounds_are() {
        assert!(figures("Prices rose over the past twelve months.").is_empty());
        assert!(figures("“It is our fourth title in six years,” the coach said.") == ["fourth"]);
        assert_eq!(figures("The club sold 22,000 season tickets."), ["22,000"]);
        // A span that measures something is a claim.
        assert_eq!(
            figures("The former mayor was sentenced to six years in prison."),
            ["six years"]
        );
        assert!(figures("Exports doubled in two years.") == ["doubled"]);
        assert!(figures("The plant closed two years ago.").is_empty());
    }

    #[test]
    fn a_change_of_another_figure_measures_that_figure_and_a_rank_shares_nothing() {
        let budget = "Total spending is set at 412 billion krona, an increase of 6.5 per cent.";
        assert_eq!(
            measured_of(budget, "6.5 per cent").as_deref(),
            Some("spending")
        );
        // A rank ranks its own thing: the hectares are not years.
        let run = "It is the third year in a row that more than 100,000 hectares burned.";
        assert_eq!(measured_of(run, "third").as_deref(), Some("year"));
        assert_eq!(measured_of(run, "more than 100,000 hectares"), None);
    }

    /// The claim of `figure`, as written, among `claims`.
    fn claim_of<'c>(claims: &'c [Claim], figure: &str) -> Option<&'c Claim> {
        claims
            .iter()
            .find(|c| c.quantity.as_ref().is_some_and(|q| q.text == figure))
    }

    /// What the claim of `figure` in `text` measures (its head), if any.
    fn measured_of(text: &str, figure: &str) -> Option<String> {
        claim_of(&extract_claims(&doc(text)), figure)
            .and_then(|c| c.measured.as_ref().map(|m| m.head.clone()))
    }

    #[test]
    fn a_count_reaches_its_noun_across_ages_and_places_in_a_series() {
        let deaths = "Deaths of cyclists aged 17 to 24 increased to 212.";
        assert_eq!(measured_of(deaths, "212").as_deref(), Some("death"));
        let record = "The club has won 36 of its last 40 matches.";
        assert_eq!(figures(record), ["36", "40"]);
        assert_eq!(measured_of(record, "36").as_deref(), Some("match"));
        // An age bound after a group of people names the group.
        let young = "Children under five account for a third of cases.";
        assert_eq!(figures(young), ["a third"]);
        let users = "Only 41% of users under 13 who registered were blocked.";
        assert_eq!(figures(users), ["41%"]);
        let group = "Less than half of under-13s were stopped.";
        assert_eq!(figures(group), ["Less than half"]);
    }

    #[test]
    fn what_a_figure_measures_is_found_past_forecasts_participles_and_titles() {
        let cases = [
            (
                "Rice output is expected to fall by almost a fifth.",
                "almost a fifth",
                Some("output"),
            ),
            (
                "Rents in the north bucked the trend, falling 1.2%.",
                "1.2%",
                Some("rent"),
            ),
            (
                "Fares rose 3%, compared with a peak of 9.1% in 2024.",
                "9.1%",
                Some("fare"),
            ),
            (
                "The number of people injured at work fell to 1,240.",
                "1,240",
                Some("injured"),
            ),
            (
                "Cyclists made up 12% of those injured.",
                "12%",
                Some("injured"),
            ),
            (
                "Cyclists accounted for 88 deaths (12%).",
                "12%",
                Some("death"),
            ),
            (
                "Cyclists accounted for 88 deaths, or 12% of the total.",
                "12%",
                Some("death"),
            ),
            (
                "The backlog of claims fell to 4,100.",
                "4,100",
                Some("claim"),
            ),
            (
                "The film took $41 million domestically.",
                "$41 million",
                Some("film"),
            ),
            (
                "“Nightfall” took $41 million in its first week.",
                "$41 million",
                None,
            ),
        ];
        for (text, figure, head) in cases {
            assert_eq!(measured_of(text, figure).as_deref(), head, "{text}");
        }
    }

    #[test]
    fn a_qualified_baseline_is_dated_after_it() {
        let claims = extract_claims(&doc(
            "Rents rose 5.2% in the year to October, down from a record 9.1% in 2024.",
        ));
        let time_of = |figure: &str| {
            claim_of(&claims, figure).and_then(|c| c.time.as_ref().map(|t| t.text.clone()))
        };
        assert_eq!(time_of("5.2%").as_deref(), Some("in the year to October"));
        assert_eq!(time_of("9.1%").as_deref(), Some("in 2024"));
    }

    #[test]
    fn labels_lists_groups_and_asides_name_what_is_measured() {
        let cases = [
            ("Seats won: Reform 12, Liberal 9.", "9", Some("seat")),
            ("Turnout: 41.5% (2021: 39.9%).", "41.5%", Some("turnout")),
            (
                "The jobless rate for those aged 18 to 21 was 11.2%.",
                "11.2%",
                Some("rate"),
            ),
            (
                "Basic pay, excluding overtime, grew 3.1% a year.",
                "3.1%",
                Some("pay"),
            ),
            (
                "Fares rose 3.1%, slower than the 4.4% seen in May.",
                "4.4%",
                Some("fare"),
            ),
            (
                "The board approved a buyback of up to $3 billion, the third in a year.",
                "third",
                Some("buyback"),
            ),
        ];
        for (text, figure, head) in cases {
            assert_eq!(measured_of(text, figure).as_deref(), head, "{text}");
        }
        let claims = extract_claims(&doc("The Greens won 11 seats and independents three."));
        let owner = |figure: &str| claim_of(&claims, figure).map(|c| c.subject.clone());
        assert_eq!(owner("11"), Some(Some("Greens".to_string())));
        assert_eq!(owner("three"), Some(None));
    }

    #[test]
    fn a_reporting_period_and_the_day_of_a_release_date_nothing() {
        let claims = extract_claims(&doc(
            "The jobless rate rose to 4.9% in the three months to June, up from 4.6%, \
             official figures showed on Wednesday.",
        ));
        assert_eq!(
            claims
                .iter()
                .filter_map(|c| c.quantity.as_ref().map(|q| q.text.as_str()))
                .collect::<Vec<_>>(),
            ["4.9%", "4.6%"]
        );
        assert!(claims.iter().all(|c| c
            .time
            .as_ref()
            .is_none_or(|t| !t.text.contains("Wednesday"))
            && c.compared_with.is_none()));
    }

    #[test]
    fn a_time_in_a_participle_clause_dates_only_that_clause() {
        let claims = extract_claims(&doc(
            "The deal includes 40 trucks, bringing total aid to €9.2 billion since 2023.",
        ));
        let dated = |figure: &str| claim_of(&claims, figure).map(|c| c.time.is_some());
        assert_eq!(dated("40"), Some(false));
        assert_eq!(dated("€9.2 billion"), Some(true));
        // A participle phrase opening the sentence is dated on its own, but a
        // time after "During" dates the main clause.
        let founded = extract_claims(&doc(
            "Founded in 1987, the firm employs about 5,600 people.",
        ));
        assert!(claim_of(&founded, "about 5,600").is_some_and(|c| c.time.is_none()));
        let during = extract_claims(&doc("During 2025, the firm hired 300 people."));
        assert!(claim_of(&during, "300").is_some_and(|c| c.time.is_some()));
    }

    #[test]
    fn a_run_is_a_run_however_written() {
        let modifiers = |text: &str, figure: &str| {
            claim_of(&extract_claims(&doc(text)), figure)
                .and_then(|c| c.measured.as_ref())
                .map(|m| m.modifiers.clone())
        };
        let consecutive = Some(vec!["annual".to_string(), "consecutive".to_string()]);
        assert_eq!(
            modifiers("It was the second consecutive annual fall.", "second"),
            consecutive
        );
        assert_eq!(
            modifiers("It was the second annual fall in a row.", "second"),
            consecutive
        );
    }

    #[test]
    fn intents_sales_and_places_do_not_hide_what_a_figure_measures() {
        let cases = [
            (
                "Imports from the United States dropped 8%.",
                "8%",
                Some("import"),
            ),
            (
                "The council plans to invest €80 million next year.",
                "€80 million",
                Some("invest"),
            ),
            (
                "All 9,000 tickets went on sale at £95 each.",
                "£95",
                Some("ticket"),
            ),
            (
                "Fewer than one in ten claims leads to a payout.",
                "Fewer than one in ten",
                Some("claim"),
            ),
            (
                "It is an investment of €800 million due to open in 2029.",
                "€800 million",
                Some("investment"),
            ),
        ];
        for (text, figure, head) in cases {
            assert_eq!(measured_of(text, figure).as_deref(), head, "{text}");
        }
    }

    #[test]
    fn labels_verbs_and_periods_do_not_take_a_figures_place() {
        let cases = [
            (
                "Punctuality worsened: 64% of trains ran on time, down from 69%.",
                "69%",
                Some("train"),
            ),
            (
                "The firm reported in May that sales rose 5%.",
                "5%",
                Some("sale"),
            ),
            (
                "Ticket sales remain 12% below their 2019 level.",
                "12%",
                Some("sale"),
            ),
            (
                "Admissions have doubled in the past fortnight to 1,850 a week.",
                "1,850",
                Some("admission"),
            ),
        ];
        for (text, figure, head) in cases {
            assert_eq!(measured_of(text, figure).as_deref(), head, "{text}");
        }
        let claims = extract_claims(&doc("Ticket sales remain 12% below their 2019 level."));
        let twelve = claim_of(&claims, "12%").expect("the fall in sales");
        assert!(twelve.time.is_none(), "{:?}", twelve.time);
        assert_eq!(
            twelve.compared_with.as_ref().map(|t| t.text.as_str()),
            Some("2019")
        );
    }

    #[test]
    fn a_rank_of_those_who_did_something_shares_no_noun() {
        let text = "It is her fifth film and her first to win an award.";
        assert_eq!(measured_of(text, "fifth").as_deref(), Some("film"));
        assert_eq!(measured_of(text, "first"), None);
    }

    #[test]
    fn a_rank_after_a_comma_ranks_the_noun_before_it() {
        let text = "The envoy began a visit to Lisbon on Monday, her third in two years.";
        assert_eq!(measured_of(text, "third").as_deref(), Some("visit"));
        // With no noun phrase before the comma there is nothing ranked.
        assert_eq!(measured_of("Prices rose again, the third.", "third"), None);
    }

    #[test]
    fn a_modal_after_and_opens_a_clause_with_its_own_time() {
        let claims = extract_claims(&doc(
            "The team has won 30 of its 34 games and will play the final on Sunday.",
        ));
        let won = claim_of(&claims, "30").expect("the count of games won");
        assert!(won.time.is_none(), "{:?}", won.time);
    }

    #[test]
    fn ages_of_a_group_claim_nothing() {
        assert_eq!(
            figures("About 410,000 people aged 16 and 17 will vote."),
            ["About 410,000"]
        );
        assert!(figures("Kestria lets 16-year-olds vote.").is_empty());
    }

    #[test]
    fn the_period_compared_with_is_kept_apart_from_the_figures_time() {
        let claims = extract_claims(&doc(
            "Turnout was 64.3%, up nearly nine points from the last vote in 2019.",
        ));
        assert!(claims[0].time.is_none());
        assert_eq!(
            claims[0].compared_with.as_ref().map(|t| t.text.as_str()),
            Some("in 2019")
        );
    }

    #[test]
    fn a_comparison_opening_the_sentence_is_what_the_figure_is_compared_with() {
        let claims = extract_claims(&doc(
            "Compared with March last year, ticket sales were 8% higher.",
        ));
        assert!(claims[0].time.is_none());
        assert_eq!(
            claims[0].compared_with.as_ref().map(|t| t.text.as_str()),
            Some("March last year")
        );
        assert_eq!(
            claims[0].quantity.as_ref().and_then(|q| q.change),
            Some(Direction::Increase)
        );
    }

    #[test]
    fn a_change_noun_or_start_of_a_change_is_measured() {
        // A noun of change opening the sentence is the thing measured, and
        // gives the figure its direction.
        let level = "Growth was 2.6% in the spring.";
        assert_eq!(measured_of(level, "2.6%").as_deref(), Some("growth"));
        let claims = extract_claims(&doc(level));
        assert_eq!(
            claims[0].quantity.as_ref().and_then(|q| q.change),
            Some(Direction::Increase)
        );
        // Where a change started is a figure of the changing thing.
        let from = "Attendance was down from 41,000.";
        assert_eq!(measured_of(from, "41,000").as_deref(), Some("attendance"));
        let fell = "The jobless rate fell from 7.2%.";
        assert_eq!(measured_of(fell, "7.2%").as_deref(), Some("rate"));
    }

    #[test]
    fn a_rank_owned_after_a_verb_or_a_comma_ranks_its_subject() {
        let predicate = "The bridge will be Ostmark's fifth over the river.";
        assert_eq!(measured_of(predicate, "fifth").as_deref(), Some("bridge"));
        let apposition = "The bridge, the city's fifth over the river, opens in May.";
        assert_eq!(measured_of(apposition, "fifth").as_deref(), Some("bridge"));
        // A pronoun names nothing ranked.
        assert_eq!(measured_of("It was her fifth.", "fifth"), None);
        // A rank by a superlative ranks the noun after it.
        let visited = "It is the third most visited castle in Ostmark.";
        assert_eq!(measured_of(visited, "third").as_deref(), Some("castle"));
    }

    #[test]
    fn a_phrase_past_a_comma_or_a_left_out_noun_is_not_what_is_counted() {
        let claims = extract_claims(&doc("The chain opened its 200th branch, in Veldt."));
        let branch = claim_of(&claims, "200th").and_then(|c| c.measured.as_ref());
        assert_eq!(branch.map(|m| m.head.as_str()), Some("branch"));
        assert_eq!(branch.and_then(|m| m.complement.as_deref()), None);
        // "30 more by the end of the year": the noun was left out.
        let more = "The chain will open 30 more by the end of the year.";
        assert_ne!(measured_of(more, "30").as_deref(), Some("end"));
    }

    #[test]
    fn a_period_named_again_by_its_unit_is_the_one_named_before() {
        let text = "Sales fell 2% in 2024 on the previous year. Exports rose 4% in June. \
                    During the month the port handled 310 ships.";
        let claims = extract_claims(&doc(text));
        let ships = claim_of(&claims, "310").and_then(|c| c.time.as_ref());
        assert_eq!(
            ships.map(|t| (t.text.as_str(), t.start.to_string())),
            Some(("During the month", "2024-06-01".to_string()))
        );
        // A period compared with is not what "the year" names again.
        let text =
            "Profit rose 9% in 2024 on the previous year. During the year it opened 12 shops.";
        let claims = extract_claims(&doc(text));
        let shops = claim_of(&claims, "12").and_then(|c| c.time.as_ref());
        assert_eq!(
            shops.map(|t| t.start.to_string()),
            Some("2024-01-01".to_string())
        );
    }

    #[test]
    fn a_few_things_referred_to_are_no_count_but_many_are() {
        assert!(figures("Both sides met; all three parties signed.").is_empty());
        assert_eq!(figures("Gel stations stand in all 140 hospitals."), ["140"]);
        // Words that join clauses are never the thing counted.
        let capped = "Fares will stay capped at 3 pounds until the end of the year.";
        assert_ne!(measured_of(capped, "3 pounds").as_deref(), Some("until"));
    }

    #[test]
    fn the_unit_of_a_figure_is_no_name() {
        let claims = extract_claims(&doc(
            "A maximum of 46.2 degrees Celsius was observed at Alcarra on Friday.",
        ));
        assert_eq!(claims[0].subject.as_deref(), Some("Alcarra"));
    }

    #[test]
    fn neither_the_day_of_a_statement_nor_a_baseline_dates_a_figure() {
        let time_of = |text: &str| -> Option<String> {
            extract_claims(&doc(text))
                .iter()
                .find(|c| c.quantity.as_ref().is_some_and(|q| q.text.contains('%')))
                .and_then(|c| c.time.as_ref().map(|t| t.text.clone()))
        };
        assert_eq!(
            time_of("Brightwell said on Wednesday that its profit rose 18% to $412 million."),
            None
        );
        assert_eq!(
            time_of("Profit was $412 million, an increase of 18% on the same period last year."),
            None
        );
        // A figure's own time still dates it.
        assert_eq!(
            time_of("Exports rose 12% last year, the ministry said on Monday.").as_deref(),
            Some("last year")
        );
        assert_eq!(
            time_of("Shares fell 4% on Monday.").as_deref(),
            Some("on Monday")
        );
        // A change "on" a period, or "compared with the same months of" a
        // year, is measured against it.
        assert_eq!(
            time_of("Visitors rose by 7.4% on July 2024, the board said."),
            None
        );
        assert_eq!(
            time_of("Solar output rose 18% compared with the same months of 2024."),
            None
        );
    }

    #[test]
    fn a_time_after_a_comparison_dates_what_the_figure_is_compared_with() {
        let summary = |text: &str| -> Vec<(String, Option<String>, Option<String>)> {
            extract_claims(&doc(text))
                .iter()
                .filter_map(|c| {
                    Some((
                        c.quantity.as_ref()?.text.clone(),
                        c.time.as_ref().map(|t| t.text.clone()),
                        c.compared_with.as_ref().map(|t| t.text.clone()),
                    ))
                })
                .collect()
        };
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            summary("It says 62 airlines now fly from the terminal, up from 55 in 2023."),
            [
                ("62".to_string(), None, s("in 2023")),
                ("55".to_string(), s("in 2023"), None)
            ]
        );
        assert_eq!(
            summary("Tarvo paid £68 million, more than double the £31 million it paid in 2022."),
            [
                ("£68 million".to_string(), None, s("in 2022")),
                ("£31 million".to_string(), s("in 2022"), None)
            ]
        );
        // "now" sets the figure against an earlier time of its sentence.
        assert_eq!(
            summary(
                "Coal, which provided almost a fifth of supply a decade ago, now accounts for less than 1%."
            ),
            [
                ("almost a fifth".to_string(), s("a decade ago"), None),
                ("less than 1%".to_string(), None, s("a decade ago"))
            ]
        );
        // Who reports a figure after it is not whose it is.
        let claims = extract_claims(&doc(
            "Shipments rose 6% in the second quarter, according to research firm Kanvas Data.",
        ));
        assert_eq!(claims[0].subject, None);
        // A ", when" clause is of the time before it.
        assert_eq!(
            summary("It was the deadliest quake since 2023, when two quakes killed more than 50,000 people."),
            [
                ("two".to_string(), s("since 2023"), None),
                ("more than 50,000".to_string(), s("since 2023"), None)
            ]
        );
        // A time after a figure that is only bounded still dates it.
        assert_eq!(
            summary("Sales rose 12% to more than $4 billion in 2024."),
            [
                ("12%".to_string(), s("in 2024"), None),
                ("more than $4 billion".to_string(), s("in 2024"), None)
            ]
        );
    }

    #[test]
    fn times_counted_back_from_another_and_times_of_what_is_compared() {
        let summary = |text: &str| -> Vec<(String, Option<(String, String)>)> {
            extract_claims(&doc(text))
                .iter()
                .filter_map(|c| {
                    Some((
                        c.quantity.as_ref()?.text.clone(),
                        c.time
                            .as_ref()
                            .map(|t| (t.text.clone(), t.start.to_string())),
                    ))
                })
                .collect()
        };
        let t = |text: &str, start: &str| Some((text.to_string(), start.to_string()));
        // "a year earlier" counts back from the time named before it.
        assert_eq!(
            summary("Heat pumps made up 31% of installations in Denmark in February, up from 24% a year earlier."),
            [
                ("31%".to_string(), t("in February", "2025-02-01")),
                ("24%".to_string(), t("a year earlier", "2024-02-01"))
            ]
        );
        // "the prior year" is the one before the year named.
        assert_eq!(
            summary("For the year ended 28 February 2025, Orvane made a profit of £12 million, compared with a loss of £3 million in the prior year."),
            [
                ("£12 million".to_string(), t("For the year ended 28 February 2025", "2024-03-01")),
                ("£3 million".to_string(), t("prior year", "2023-03-01"))
            ]
        );
        // "since the outbreak began in March": since March.
        assert_eq!(
            summary("Ontario has recorded 400 cases since the outbreak began in January."),
            [(
                "400".to_string(),
                t("since the outbreak began in January", "2025-01-01")
            )]
        );
        // What a figure is compared with is dated after it; a time in
        // brackets dates only what is in them.
        assert_eq!(
            summary("Use stood at 101 litres a day in July, compared with 112 litres a day in July 2022."),
            [
                ("101 litres".to_string(), t("in July", "2024-07-01")),
                ("112 litres".to_string(), t("in July 2022", "2022-07-01"))
            ]
        );
        assert_eq!(
            summary("Labour is on 34% (down one point from October)."),
            [("34%".to_string(), None)]
        );
        // The day of a statement after the figure does not date it.
        assert_eq!(
            summary("Revenue rose 8% in the first half, the airline said on Thursday."),
            [("8%".to_string(), t("in the first half", "2025-01-01"))]
        );
    }

    #[test]
    fn what_sums_and_compounds_measure() {
        let measured = |text: &str| -> Vec<Option<String>> {
            extract_claims(&doc(text))
                .iter()
                .map(|c| c.measured.as_ref().map(|m| m.head.clone()))
                .collect()
        };
        let m = |head: &str| Some(head.to_string());
        assert_eq!(
            measured("The agency opened 14 pop-up testing sites."),
            [m("site")]
        );
        assert_eq!(
            measured("Okafor collected $250,000 in prize money plus a bonus."),
            [m("money")]
        );
        // "in cash" is how it was paid, not what it is.
        assert_ne!(
            measured("Harbourline paid 412 pence a share in cash.")[0],
            m("cash")
        );
        // A sum lost is a result, not a change of the sum before it.
        assert_eq!(
            measured("It made a profit of £12 million, compared with a loss of £3 million."),
            [m("profit"), m("loss")]
        );
        // "more than a year earlier" names no thing: the change is of the
        // figure before it.
        assert_eq!(
            measured("The carrier flew 28.4 million passengers, 6% more than a year earlier."),
            [m("passenger"), m("passenger")]
        );
        // A compared figure shares the thing of the figure of its size.
        assert_eq!(
            measured("A record 47,912 runners from 156 nations started, compared with 44,186."),
            [m("runner"), m("nation"), m("runner")]
        );
        // A name after the figure in another clause is not its owner.
        let claims = extract_claims(&doc(
            "The government has spent €1.1 billion since 2023, and a plant near Tordera will open.",
        ));
        assert_eq!(claims[0].subject, None);
    }

    #[test]
    fn figures_become_claims_with_clauses() {
        let d = doc("It was Ana Ruiz’s fourth visit to Peru since she took office in 2021, but this week’s trip was her first official visit at the invitation of Lima, which praised a 40% increase in bilateral trade last year.");
        let claims = extract_claims(&d);
        let summary: Vec<_> = claims
            .iter()
            .map(|c| {
                (
                    c.quantity.as_ref().unwrap().text.as_str(),
                    c.measured.as_ref().map(|m| m.head.as_str()),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("fourth", Some("visit")),
                ("first", Some("visit")),
                ("40%", Some("trade"))
            ]
        );
        assert_eq!(claims[0].subject.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            claims[0].time.as_ref().unwrap().text,
            "since she took office in 2021"
        );
        assert_eq!(
            claims[1].text,
            "this week’s trip was her first official visit at the invitation of Lima"
        );
        assert_eq!(
            claims[2].time.as_ref().unwrap().start.to_string(),
            "2024-01-01"
        );
        assert_eq!(claims[2].span.slice(&d.text), Some(claims[2].text.as_str()));
        assert_eq!(
            claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["c1", "c2", "c3"]
        );
    }

    #[test]
    fn quotes_and_figures_inside_them_get_speakers() {
        let d = doc("Ana Ruiz, an analyst, was unimpressed.\n\n“There have been four such agreements before, and none was built,” she said.");
        let claims = extract_claims(&d);
        let figure = claims
            .iter()
            .find(|c| c.kind == ClaimKind::Quantity)
            .unwrap();
        assert_eq!(figure.measured.as_ref().unwrap().head, "agreement");
        assert_eq!(figure.speaker.as_deref(), Some("Ana Ruiz"));
        let quote = claims.iter().find(|c| c.kind == ClaimKind::Quote).unwrap();
        assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn dating_years_are_not_claims_but_event_years_are() {
        let claims = extract_claims(&doc("He was elected in 2019. The 2021 coup ended that."));
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].kind, ClaimKind::Temporal);
        assert_eq!(claims[0].measured.as_ref().unwrap().head, "coup");
    }

    #[test]
    fn a_band_of_ages_names_a_group_and_claims_nothing() {
        assert_eq!(
            figures("Uptake among people aged 65 and over was 69 per cent."),
            ["69 per cent"]
        );
        assert_eq!(
            figures("Unemployment among those aged 16 to 24 rose to 14%."),
            ["14%"]
        );
        // One person's age is a fact.
        assert_eq!(figures("The driver, aged 23, was unhurt."), ["23"]);
    }

    #[test]
    fn times_of_baselines_and_records_do_not_date_the_figure() {
        let times = |text: &str| -> Vec<Option<String>> {
            extract_claims(&doc(text))
                .iter()
                .map(|c| c.time.as_ref().map(|t| t.text.clone()))
                .collect()
        };
        assert_eq!(
            times("Turnout fell to 58.3%, down from 66.1% four years ago."),
            [None, Some("four years ago".to_string())]
        );
        assert_eq!(
            times("Turnout fell to 58.3%, the lowest since 1991."),
            [None]
        );
        assert_eq!(
            times("The firm employs 9,000 people, double the number five years ago."),
            [None]
        );
        assert_eq!(
            times("Exports have risen 40% since 2021."),
            [Some("since 2021".to_string())]
        );
    }

    #[test]
    fn a_capitalized_opener_that_is_a_common_word_is_no_subject() {
        let claims = extract_claims(&doc(
            "Hospital admissions doubled in January. The region opened three field hospitals.",
        ));
        assert_eq!(claims[0].subject, None);
        // What the figure measures is not whose it is.
        let claims = extract_claims(&doc("Turnout fell to 58.3% on Sunday."));
        assert_eq!(claims[0].subject, None);
        // A name stays a name, and a count of occasions measures no doer.
        let claims = extract_claims(&doc("Rivera scored twice on Saturday."));
        assert_eq!(claims[0].subject.as_deref(), Some("Rivera"));
        assert_eq!(claims[0].measured, None);
    }

    #[test]
    fn reported_speech_names_the_source() {
        let claims = extract_claims(&doc(
            "Unemployment fell to 4.1%, according to the statistics office.",
        ));
        assert_eq!(claims[0].speaker.as_deref(), Some("the statistics office"));
        let claims = extract_claims(&doc(
            "Emissions fell 3.2% in 2024, the environment agency said.",
        ));
        assert_eq!(claims[0].speaker.as_deref(), Some("the environment agency"));
        // A verb of speech with no speaker next to it ("admitted" patients)
        // gives way to the next, and the comma of "3,150" is no boundary.
        let claims = extract_claims(&doc(
            "Flu cases doubled in March, with 3,150 patients admitted, regional doctors said.",
        ));
        assert!(claims
            .iter()
            .all(|c| c.speaker.as_deref() == Some("regional doctors")));
    }
}
