//! Output formatting: tables for people, JSON for programs.

use std::io::Write;

use anyhow::Result;
use factcheck_claims::Claim;
use factcheck_document::Document;
use factcheck_quantities::rust_decimal::Decimal;
use factcheck_quantities::{Quantity, QuantityKind};
use factcheck_verify::Report;
use serde::Serialize;

/// Pretty JSON with a trailing newline.
pub fn json(out: &mut impl Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Shortens `s` to at most `max` characters, marking the cut with "…".
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

fn or_dash(s: Option<&str>) -> &str {
    s.unwrap_or("-")
}

/// The `check` report as a table.
pub fn report_table(out: &mut impl Write, r: &Report) -> Result<()> {
    writeln!(
        out,
        "Article: {} ({}{})",
        or_dash(r.article.title.as_deref()),
        r.article.location,
        r.article
            .published
            .as_deref()
            .map(|p| format!(", published {}", &p[..10.min(p.len())]))
            .unwrap_or_default()
    )?;
    writeln!(out, "Sources:")?;
    for s in &r.sources {
        writeln!(
            out,
            "  {:<4} {} — {}{}",
            s.id.to_string(),
            s.location,
            or_dash(s.title.as_deref()),
            s.publisher
                .as_deref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default()
        )?;
    }
    for s in &r.skipped {
        writeln!(out, "  skip {}: {}", s.location, s.reason)?;
    }
    for group in &r.duplicate_groups {
        let ids: Vec<String> = group.iter().map(ToString::to_string).collect();
        writeln!(
            out,
            "  copies of one story (count once): {}",
            ids.join(", ")
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<4} {:<16} {:>4}  {:<9} CLAIM",
        "ID", "VERDICT", "CONF", "KIND"
    )?;
    for c in &r.claims {
        let figure = c
            .quantity
            .as_ref()
            .map(|q| format!("[{}] ", q.text))
            .unwrap_or_default();
        writeln!(
            out,
            "{:<4} {:<16} {:>4.2}  {:<9} {}{}",
            c.id,
            c.verdict.as_str(),
            c.confidence,
            c.kind.as_str(),
            figure,
            clip(&c.text, 90)
        )?;
        for e in &c.evidence {
            let stance = match e.stance {
                factcheck_verify::Stance::Supports => "supports",
                factcheck_verify::Stance::Contradicts => "contradicts",
            };
            writeln!(
                out,
                "{:27}{} {}: “{}”",
                "",
                e.source,
                stance,
                clip(&e.quote, 100)
            )?;
            writeln!(out, "{:27}   {}", "", e.explanation)?;
        }
    }
    let s = &r.summary;
    writeln!(
        out,
        "\nSummary: {} supported, {} contradicted, {} conflicting, {} not_enough_info",
        s.supported, s.contradicted, s.conflicting, s.not_enough_info
    )?;
    Ok(())
}

/// Extracted documents in the chosen format. `input` is the argument as given.
pub fn documents(out: &mut impl Write, docs: &[(String, Document)], format: &str) -> Result<()> {
    #[derive(Serialize)]
    struct WithInput<'a> {
        input: &'a str,
        #[serde(flatten)]
        doc: &'a Document,
    }
    let rows: Vec<WithInput<'_>> = docs
        .iter()
        .map(|(input, doc)| WithInput { input, doc })
        .collect();
    match format {
        "json" => json(out, &rows)?,
        "jsonl" => {
            for row in &rows {
                serde_json::to_writer(&mut *out, row)?;
                writeln!(out)?;
            }
        }
        _ => {
            for (i, (input, d)) in docs.iter().enumerate() {
                if i > 0 {
                    writeln!(out, "\n{}\n", "=".repeat(72))?;
                }
                writeln!(out, "Input:     {input}")?;
                writeln!(out, "Title:     {}", or_dash(d.title.as_deref()))?;
                writeln!(out, "Byline:    {}", or_dash(d.byline.as_deref()))?;
                writeln!(out, "Publisher: {}", or_dash(d.publisher.as_deref()))?;
                writeln!(
                    out,
                    "Published: {}",
                    d.published_rfc3339().unwrap_or_else(|| "-".into())
                )?;
                writeln!(out, "Language:  {}", or_dash(d.language.as_deref()))?;
                writeln!(out, "\n{}", d.text)?;
            }
        }
    }
    Ok(())
}

/// The claims of a document as a table.
pub fn claims_table(out: &mut impl Write, doc: &Document, claims: &[Claim]) -> Result<()> {
    writeln!(
        out,
        "{} — {} claims",
        doc.title.as_deref().unwrap_or(&doc.location),
        claims.len()
    )?;
    writeln!(
        out,
        "{:<4} {:<9} {:<18} {:<14} {:<18} {:<22} {:<16} {:<5} TEXT",
        "ID", "KIND", "FIGURE", "MEASURES", "SUBJECT", "TIME", "SPEAKER", "WORTH"
    )?;
    for c in claims {
        let figure = c.quantity.as_ref().map(|q| q.text.as_str()).unwrap_or("-");
        let measured = c.measured.as_ref().map(|m| m.head.as_str()).unwrap_or("-");
        let time = c
            .time
            .as_ref()
            .map(|t| format!("{}..{}", t.start, t.end))
            .unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "{:<4} {:<9} {:<18} {:<14} {:<18} {:<22} {:<16} {:<5.2} {}",
            c.id,
            c.kind.as_str(),
            clip(figure, 18),
            clip(measured, 14),
            clip(or_dash(c.subject.as_deref()), 18),
            time,
            clip(or_dash(c.speaker.as_deref()), 16),
            c.worthiness.score,
            clip(&c.text, 80)
        )?;
    }
    Ok(())
}

/// Figures as a table.
pub fn quantities_table(out: &mut impl Write, found: &[Quantity]) -> Result<()> {
    writeln!(
        out,
        "{:<7} {:<24} {:<18} {:<16} {:<14} {:<22} CHANGE",
        "SPAN", "TEXT", "KIND", "VALUE", "BOUND", "UNIT"
    )?;
    for q in found {
        writeln!(
            out,
            "{:<7} {:<24} {:<18} {:<16} {:<14} {:<22} {}",
            format!("{}-{}", q.start, q.end),
            clip(&q.text, 24),
            q.kind.as_str(),
            match (q.upper, q.second) {
                (Some(u), _) => format!("{}..{}", q.value, u),
                (None, Some(second)) => score_value(q.value, second),
                (None, None) => q.value.to_string(),
            },
            q.bound.as_str(),
            // Money shows its ISO code, measures their unit.
            clip(
                q.currency.as_deref().or(q.unit.as_deref()).unwrap_or("-"),
                22
            ),
            match q.change {
                Some(factcheck_quantities::Direction::Increase) => "increase",
                Some(factcheck_quantities::Direction::Decrease) => "decrease",
                None => "-",
            }
        )?;
    }
    Ok(())
}

/// A score's two tallies in the order written: "4-1".
fn score_value(first: Decimal, second: Decimal) -> String {
    format!("{}-{}", first.normalize(), second.normalize())
}

/// Counts, ranks and spans of time with bounds or two ends are reported as
/// ranges in the harness, in the specs' interval notation ("more than thirty
/// years" is `(30,)`); other kinds keep their value, or their interval when
/// they have two ends ("between 44 and 50 mg" is `[44,50)`).
fn harness_range(q: &Quantity) -> Option<(&'static str, String)> {
    let countable = matches!(
        q.kind,
        QuantityKind::Cardinal
            | QuantityKind::Ordinal
            | QuantityKind::Fraction
            | QuantityKind::Duration
    );
    if countable {
        q.interval_notation().map(|range| ("range", range))
    } else if q.upper.is_some_and(|u| u != q.value) {
        q.interval_notation().map(|range| (q.kind.as_str(), range))
    } else {
        None
    }
}

/// One line of the `quantities --jsonl` harness contract. Plain numbers
/// carry the unit "dimensionless" and percentages "percentage", as the
/// quantulum3 specs name them; units named without a figure have the value
/// null, as the Recognizers-Text specs list them.
pub fn quantities_jsonl_line(
    out: &mut impl Write,
    found: &[Quantity],
    relative: &[factcheck_quantities::RelativeOrdinal],
    bare_units: &[factcheck_quantities::UnitMention],
) -> Result<()> {
    #[derive(Serialize)]
    struct Mention<'a> {
        text: &'a str,
        start: usize,
        end: usize,
        kind: &'a str,
        value: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        unit: Option<&'a str>,
    }
    // A relative position wins over figures inside it ("second to last").
    let inside_relative =
        |q: &Quantity| relative.iter().any(|r| q.start < r.end && r.start < q.end);
    let mut rows: Vec<Mention<'_>> = found
        .iter()
        .filter(|q| !inside_relative(q))
        .map(|q| {
            let range = harness_range(q);
            // Plain numbers (counts, shares, years) are "dimensionless" in
            // the quantulum3 specs.
            let plain_count = matches!(
                q.kind,
                QuantityKind::Cardinal
                    | QuantityKind::Fraction
                    | QuantityKind::Year
                    | QuantityKind::Decade
            ) && range.is_none();
            let unit = if q.kind == QuantityKind::Percent {
                Some("percentage")
            } else {
                q.unit.as_deref().or(plain_count.then_some("dimensionless"))
            };
            let (kind, value) = range.unwrap_or_else(|| {
                let value = match q.second {
                    Some(second) => score_value(q.value, second),
                    None => q.value.normalize().to_string(),
                };
                (q.kind.as_str(), value)
            });
            Mention {
                text: &q.text,
                start: q.start,
                end: q.end,
                kind,
                value: Some(value),
                unit,
            }
        })
        .collect();
    rows.extend(relative.iter().map(|r| Mention {
        text: &r.text,
        start: r.start,
        end: r.end,
        kind: "ordinal.relative",
        value: Some(r.notation()),
        unit: None,
    }));
    rows.extend(bare_units.iter().map(|m| Mention {
        text: &m.text,
        start: m.start,
        end: m.end,
        kind: m.kind.as_str(),
        value: None,
        unit: m.unit.as_deref(),
    }));
    rows.sort_by_key(|m| m.start);
    serde_json::to_writer(&mut *out, &rows)?;
    writeln!(out)?;
    Ok(())
}

/// One progress line on standard error per finished URL, shown only when a
/// call fetches several (a single page needs no progress).
pub fn progress(p: &factcheck_fetch::Progress<'_>) {
    if p.total < 2 {
        return;
    }
    let how = match p.outcome {
        Ok(factcheck_fetch::Origin::Downloaded) => "downloaded",
        Ok(factcheck_fetch::Origin::Revalidated) => "unchanged since cached",
        Ok(factcheck_fetch::Origin::Cached) => "from cache",
        Err(_) => "failed",
    };
    eprintln!("factcheck: [{}/{}] {} ({how})", p.done, p.total, p.url);
}
