//! Units named without a figure: "a small percentage", "a multibillion-dollar
//! deal", "the dollar fell against the yen", "the symbol for micrograms is
//! mcg". They state no value, so they never enter comparisons; a checker can
//! still flag them as vague amounts, and the public specs list them (with a
//! null value) next to figures.

use serde::{Deserialize, Serialize};

use crate::lexer::{tokenize, TokenKind};
use crate::lexicon;
use crate::{Quantity, QuantityKind};

/// A unit, currency or percent sign named where no figure goes with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitMention {
    /// As written.
    pub text: String,
    /// First byte of the mention.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The kind of figure the unit would make: [`QuantityKind::Percent`],
    /// [`QuantityKind::Money`] or [`QuantityKind::Dimension`].
    pub kind: QuantityKind,
    /// The unit's report name ("Dollar", "Microgram"); none for percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// Every unit named in `text` outside the `figures` already found in it
/// (by [`find_quantities`](crate::find_quantities), in their order), in order.
///
/// Only names that are units whatever the context count: percent, the
/// usual currencies and metric units. Words that are also ordinary English
/// ("pound", "real", "won", "cup", "degree") are left out.
///
/// ```
/// use factcheck_quantities::{find_quantities, find_unit_mentions, QuantityKind};
/// let text = "Only a small percentage of the 2,000 euros was spent";
/// let bare = find_unit_mentions(text, &find_quantities(text));
/// assert_eq!(bare.len(), 1);
/// assert_eq!(bare[0].kind, QuantityKind::Percent);
/// ```
pub fn find_unit_mentions(text: &str, figures: &[Quantity]) -> Vec<UnitMention> {
    let lower = text.to_ascii_lowercase();
    let tokens = tokenize(text, &lower);
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.lower)
    };
    // Figures come in order of position: one cursor walks them along.
    let mut next_figure = 0;
    let mut inside_figure = |start: usize, end: usize| {
        while figures.get(next_figure).is_some_and(|q| q.end <= start) {
            next_figure += 1;
        }
        figures.get(next_figure).is_some_and(|q| q.start < end)
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let tok = &tokens[k];
        // A "%" glued to digits that make no figure is code ("19%2F").
        let after_digits =
            k > 0 && tokens[k - 1].kind == TokenKind::Number && tokens[k - 1].end == tok.start;
        let found = if tok.is_symbol('%') {
            (!after_digits).then_some((QuantityKind::Percent, None, k + 1))
        } else {
            word(k).and_then(|w| match (w, word(k + 1)) {
                ("percent" | "percentage" | "pct", _) | ("per", Some("cent")) => {
                    let end = if w == "per" { k + 2 } else { k + 1 };
                    Some((QuantityKind::Percent, None, end))
                }
                ("metric", Some("ton" | "tons" | "tonne" | "tonnes")) => {
                    Some((QuantityKind::Dimension, Some("Metric ton"), k + 2))
                }
                _ => bare_currency(w)
                    .map(|name| (QuantityKind::Money, Some(name), k + 1))
                    .or_else(|| {
                        bare_unit(w).map(|name| (QuantityKind::Dimension, Some(name), k + 1))
                    }),
            })
        };
        match found {
            Some((kind, unit, end)) => {
                let (start, stop) = (tok.start, tokens[end - 1].end);
                if !inside_figure(start, stop) {
                    out.push(UnitMention {
                        text: text[start..stop].to_string(),
                        start,
                        end: stop,
                        kind,
                        unit: unit.map(str::to_string),
                    });
                }
                k = end;
            }
            None => k += 1,
        }
    }
    out
}

/// A currency named by a word that names nothing else.
fn bare_currency(w: &str) -> Option<&'static str> {
    let ordinary_word = matches!(
        w,
        "pound"
            | "pounds"
            | "real"
            | "rand"
            | "try"
            | "sen"
            | "rub"
            | "cent"
            | "cents"
            | "penny"
            | "pennies"
            | "pence"
            | "sterling"
    );
    if ordinary_word || w.len() < 3 {
        return None;
    }
    lexicon::currency_word(w).map(|c| c.name)
}

/// A metric unit named by a word that names nothing else ("kilograms",
/// "mcg"); imperial and kitchen units double as ordinary words.
fn bare_unit(w: &str) -> Option<&'static str> {
    let name = lexicon::unit_name(w)?;
    let metric = [
        "meter",
        "gram",
        "liter",
        "byte",
        "bit",
        "hertz",
        "electronvolt",
        "watt",
    ]
    .iter()
    .any(|m| name.to_ascii_lowercase().contains(m));
    // "bits" and a bare "watts" are more often a word or a name ("Watts").
    let common_word = matches!(w, "bit" | "bits" | "watt" | "watts");
    (metric && w.len() >= 3 && !common_word).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find_quantities;

    fn bare(text: &str) -> Vec<(String, QuantityKind, Option<String>)> {
        find_unit_mentions(text, &find_quantities(text))
            .into_iter()
            .map(|m| (m.text, m.kind, m.unit))
            .collect()
    }

    #[test]
    fn units_without_a_figure() {
        assert_eq!(
            bare("The table shows the % of increase"),
            [("%".to_string(), QuantityKind::Percent, None)]
        );
        assert_eq!(
            bare("a multibillion-dollar deal"),
            [(
                "dollar".to_string(),
                QuantityKind::Money,
                Some("Dollar".to_string())
            )]
        );
        assert_eq!(bare("a metric ton is 1,000 kilograms")[0].0, "metric ton");
        assert_eq!(bare("the symbol is mcg")[0].2.as_deref(), Some("Microgram"));
    }

    #[test]
    fn units_of_figures_and_ordinary_words_are_not_bare() {
        assert!(bare("it cost 40% more: $5 or 3 euros").is_empty());
        assert!(bare("the real reason they won a pound of cups").is_empty());
    }
}
