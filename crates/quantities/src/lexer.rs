//! Splits text into the few token classes the recognizer needs, in one pass.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A run of letters (apostrophes and hyphens are separate tokens).
    Word,
    /// Digits with grouping separators and at most one decimal point: `1,200.5`.
    Number,
    /// Any other single non-space character: `$`, `%`, `-`, `,`, `.` …
    Symbol,
}

/// One token with its byte range in the scanned text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'t> {
    pub kind: TokenKind,
    pub text: &'t str,
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    /// The single character of a symbol token.
    pub fn symbol(&self) -> Option<char> {
        match self.kind {
            TokenKind::Symbol => self.text.chars().next(),
            _ => None,
        }
    }

    /// Whether this is the symbol `c`.
    pub fn is_symbol(&self, c: char) -> bool {
        self.symbol() == Some(c)
    }

    /// Whether this is a dash-like symbol (hyphen, en dash, minus).
    pub fn is_dash(&self) -> bool {
        matches!(self.symbol(), Some('-' | '‐' | '‑' | '–' | '—' | '−'))
    }
}

/// Tokenizes `text`. Linear in its length: every byte is looked at a bounded
/// number of times.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            (TokenKind::Number, number_end(bytes, start))
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, n)) = chars.peek() {
                if n.is_alphabetic() {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            (TokenKind::Word, end)
        } else {
            (TokenKind::Symbol, start + c.len_utf8())
        };
        // Skip what a number token swallowed beyond its first digit.
        while let Some(&(i, _)) = chars.peek() {
            if i < end {
                chars.next();
            } else {
                break;
            }
        }
        tokens.push(Token {
            kind,
            text: &text[start..end],
            start,
            end,
        });
    }
    tokens
}

/// End of the number starting at `start`: digits, grouping commas (`1,200`,
/// Indian `12,34,567`), narrow/regular spaces between groups of three
/// (`40 000`) and one decimal point followed by a digit.
fn number_end(bytes: &[u8], start: usize) -> usize {
    let digits_from = |mut i: usize| {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut end = digits_from(start);
    let mut seen_point = false;
    let mut first_group = end - start;
    while let Some(&sep) = bytes.get(end) {
        let after = digits_from(end + 1);
        let group = after - (end + 1);
        let followed_by_digit_or_point =
            |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_digit());
        match sep {
            b',' if !seen_point
                && (group == 3 || (group == 2 && grouping_continues(bytes, after))) =>
            {
                end = after;
            }
            b' ' if !seen_point
                && first_group <= 3
                && group == 3
                && !followed_by_digit_or_point(after)
                && !bytes.get(after).is_some_and(|&b| b == b',' || b == b'.') =>
            {
                end = after;
                first_group = 0;
            }
            b'.' if !seen_point && group > 0 => {
                seen_point = true;
                end = after;
            }
            _ => break,
        }
        if sep != b' ' {
            first_group = 0;
        }
    }
    end
}

/// Whether an Indian-style 2-digit group is followed by more groups ending in
/// three digits (`12,34,567`), so that `12,34` alone stays two numbers.
fn grouping_continues(bytes: &[u8], mut i: usize) -> bool {
    while bytes.get(i) == Some(&b',') {
        let mut j = i + 1;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        match j - (i + 1) {
            3 => return true,
            2 => i = j,
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_keep_grouping_and_decimals() {
        assert_eq!(
            texts("1,200.5 and 12,34,567"),
            ["1,200.5", "and", "12,34,567"]
        );
        assert_eq!(texts("40 000 people"), ["40 000", "people"]);
        assert_eq!(texts("in 2021. Then"), ["in", "2021", ".", "Then"]);
        assert_eq!(texts("$4.2bn"), ["$", "4.2", "bn"]);
        assert_eq!(texts("1,2"), ["1", ",", "2"]);
    }

    #[test]
    fn words_and_symbols_split() {
        assert_eq!(
            texts("twenty-one, Russia’s"),
            ["twenty", "-", "one", ",", "Russia", "’", "s"]
        );
    }
}
