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
    /// The token as written.
    pub text: &'t str,
    /// The token ASCII-lowercased, for word lookups.
    pub lower: &'t str,
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

/// Tokenizes `text`, whose ASCII-lowercased copy is `lower` (same byte
/// offsets). Linear in its length: every byte is looked at a bounded number
/// of times.
///
/// Runs that are URLs or e-mail addresses are skipped whole (their digits
/// are not figures), and dotted digit runs such as IP addresses or version
/// numbers (`192.168.1.2`) become separate whole numbers.
pub(crate) fn tokenize<'t>(text: &'t str, lower: &'t str) -> Vec<Token<'t>> {
    debug_assert_eq!(text.len(), lower.len());
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    // The current whitespace-free run: where it starts, the index of its
    // first token, and whether it has been checked for being an address.
    let mut in_run = false;
    let mut run_start = 0;
    let mut run_first_token = 0;
    let mut run_checked = false;
    // End of a dotted digit run in which numbers stay whole (no decimals).
    let mut dotted_until = 0;
    while i < bytes.len() {
        // ASCII, by far the most common, needs no decoding.
        let c = match bytes[i] {
            b if b.is_ascii() => char::from(b),
            _ => match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        let start = i;
        if c.is_whitespace() {
            in_run = false;
            i += c.len_utf8();
            continue;
        }
        if !in_run {
            in_run = true;
            run_start = i;
            run_first_token = tokens.len();
            run_checked = false;
            if starts_like_address(&bytes[i..]) {
                // Only a run that names a host or holds "//" or '@' can be
                // an address; check those once, when first seen.
                run_checked = true;
                let run_end = run_while(text, i, |c| !c.is_whitespace());
                if is_address(&text[i..run_end]) {
                    i = run_end;
                    in_run = false;
                    continue;
                }
            }
        }
        let (kind, end) = if c.is_ascii_digit() {
            if i >= dotted_until {
                let run = dotted_run_end(bytes, i);
                if run > i {
                    dotted_until = run;
                }
            }
            let end = if i < dotted_until {
                digits_end(bytes, i)
            } else {
                number_end(text, i)
            };
            (TokenKind::Number, end)
        } else if c.is_alphabetic() {
            (TokenKind::Word, word_end(text, i))
        } else {
            let may_be_address = c == '@' || c == '/' && bytes.get(i + 1) == Some(&b'/');
            if may_be_address && !run_checked {
                run_checked = true;
                let run_end = run_while(text, run_start, |c| !c.is_whitespace());
                if is_address(&text[run_start..run_end]) {
                    tokens.truncate(run_first_token);
                    i = run_end;
                    in_run = false;
                    continue;
                }
            }
            (TokenKind::Symbol, i + c.len_utf8())
        };
        tokens.push(Token {
            kind,
            text: &text[start..end],
            lower: &lower[start..end],
            start,
            end,
        });
        i = end;
    }
    tokens
}

/// What may open a run before an address: "(www.x.org)", "<a@b.org>".
const ADDRESS_OPENERS: [char; 4] = ['(', '<', '"', '\''];

/// Whether a run starts with "www.", past opening brackets and quotes.
fn starts_like_address(run: &[u8]) -> bool {
    let skip = run
        .iter()
        .take_while(|&&b| ADDRESS_OPENERS.contains(&char::from(b)))
        .count();
    run[skip..].starts_with(b"www.")
}

/// End of the run of letters from `i`; ASCII letters need no decoding.
fn word_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = i;
    while j < bytes.len() {
        let b = bytes[j];
        if b.is_ascii_alphabetic() {
            j += 1;
        } else if b.is_ascii() {
            return j;
        } else {
            match text[j..].chars().next() {
                Some(c) if c.is_alphabetic() => j += c.len_utf8(),
                _ => return j,
            }
        }
    }
    j
}

/// End of the run of characters from `i` that `keep` accepts; ASCII,
/// the common case, is read without decoding.
fn run_while(text: &str, i: usize, keep: impl Fn(char) -> bool) -> usize {
    let bytes = text.as_bytes();
    let mut j = i;
    while j < bytes.len() {
        let c = if bytes[j].is_ascii() {
            char::from(bytes[j])
        } else {
            match text[j..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        if !keep(c) {
            return j;
        }
        j += c.len_utf8();
    }
    text.len()
}

/// Whether a whitespace-free run is a URL or an e-mail address.
fn is_address(run: &str) -> bool {
    let run = run.trim_start_matches(ADDRESS_OPENERS);
    // "//" also finds links written without their scheme ("//cdn.x.net").
    run.contains("//")
        || run.starts_with("www.")
        || run
            .find('@')
            .is_some_and(|at| at > 0 && run[at..].contains('.'))
}

fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// End of a run like `192.168.1.2` or `2.0.1` (digits joined by two or more
/// dots), or `start` when the digits at `start` are not such a run.
fn dotted_run_end(bytes: &[u8], start: usize) -> usize {
    let mut end = digits_end(bytes, start);
    let mut dots = 0;
    while bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end = digits_end(bytes, end + 1);
        dots += 1;
    }
    let european = bytes.get(end) == Some(&b',')
        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
        && dot_grouped_end(bytes, digits_end(bytes, start)).is_some();
    if dots >= 2 && !european {
        end
    } else {
        start
    }
}

/// Group separators that may stand between thousands: comma, space,
/// no-break space, narrow no-break space, thin space. Returns its length.
fn group_separator(text: &str, at: usize) -> Option<(char, usize)> {
    let c = text[at..].chars().next()?;
    matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}').then(|| (c, c.len_utf8()))
}

/// End of the number starting at `start`: digits, grouping commas (`1,200`,
/// Indian `12,34,567`), spaces between groups of three (`40 000`,
/// `1 414 021 100`) and one decimal point followed by a digit.
fn number_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = digits_end(bytes, start);
    let first_group = end - start;
    // Digits glued to letters ("i7 860") label something; a space after
    // them groups nothing.
    let labelled = text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic);
    // "1,2,3": the digits after a list's comma start no decimal comma.
    let in_list =
        start >= 2 && matches!(bytes[start - 1], b',' | b'.') && bytes[start - 2].is_ascii_digit();
    let mut grouped_by: Option<char> = None;
    loop {
        if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            if grouped_by.is_none() && first_group <= 3 && !in_list {
                if let Some(european) = dot_grouped_end(bytes, end) {
                    return european;
                }
            }
            return digits_end(bytes, end + 1);
        }
        let Some((sep, len)) = group_separator(text, end) else {
            break;
        };
        let after = digits_end(bytes, end + len);
        let group = after - (end + len);
        let consistent = grouped_by.is_none_or(|g| g == sep);
        let ok = match sep {
            ',' if (1..=2).contains(&group)
                && !grouping_continues(bytes, after)
                && grouped_by.is_none()
                && first_group <= 3
                && !in_list
                && !continues_with_digits(bytes, after) =>
            {
                // "5,00", "1,3": a decimal comma, as much of Europe writes it.
                return after;
            }
            ',' => group == 3 || (group == 2 && grouping_continues(bytes, after)),
            _ => {
                group == 3
                    && !labelled
                    && (grouped_by.is_some() || first_group <= 3)
                    && !bytes.get(after).is_some_and(u8::is_ascii_digit)
                    && !(bytes.get(after) == Some(&b',')
                        && bytes.get(after + 1).is_some_and(u8::is_ascii_digit))
            }
        };
        if !ok || !consistent {
            break;
        }
        grouped_by = Some(sep);
        end = after;
    }
    end
}

/// Whether a separator and a digit follow `i` ("1,2,3" is a list).
fn continues_with_digits(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i), Some(b',' | b'.')) && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// End of a number grouped by dots with a decimal comma ("1.111,11",
/// "2.500.000,5") whose first dot is at `dot`; `None` when the digits
/// after it are no such number.
fn dot_grouped_end(bytes: &[u8], dot: usize) -> Option<usize> {
    let mut end = dot;
    while bytes.get(end) == Some(&b'.') {
        let after = digits_end(bytes, end + 1);
        if after - (end + 1) != 3 {
            return None;
        }
        end = after;
    }
    if bytes.get(end) != Some(&b',') {
        return None;
    }
    let after = digits_end(bytes, end + 1);
    ((1..=2).contains(&(after - (end + 1))) && !continues_with_digits(bytes, after))
        .then_some(after)
}

/// Whether a number token is written with a decimal comma ("5,00",
/// "1.111,11"): its last comma has one or two digits after it, which no
/// thousands grouping does.
pub(crate) fn has_decimal_comma(number: &str) -> bool {
    number.rfind(',').is_some_and(|at| {
        (2..=3).contains(&(number.len() - at))
            && number[at + 1..].bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether an Indian-style 2-digit group is followed by more groups ending in
/// three digits (`12,34,567`); `12,34` alone is no grouping (it is read
/// with a decimal comma).
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

    fn texts(s: &str) -> Vec<String> {
        tokenize(s, &s.to_ascii_lowercase())
            .iter()
            .map(|t| t.text.to_string())
            .collect()
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
        assert_eq!(texts("1,2,3"), ["1", ",", "2", ",", "3"]);
        assert_eq!(texts("5.00 or 5,00."), ["5.00", "or", "5,00", "."]);
        assert_eq!(
            texts("1.111,11 and 2.500.000,5"),
            ["1.111,11", "and", "2.500.000,5"]
        );
        assert_eq!(
            texts("12,34 in 2019,20"),
            ["12,34", "in", "2019", ",", "20"]
        );
        assert_eq!(
            texts("1\u{202f}234\u{202f}567.89"),
            ["1\u{202f}234\u{202f}567.89"]
        );
        assert_eq!(texts("is 1 414 021 100."), ["is", "1 414 021 100", "."]);
    }

    #[test]
    fn addresses_and_dotted_runs() {
        assert_eq!(texts("see https://x.org/a?q=30%25 now"), ["see", "now"]);
        assert_eq!(texts("mail a.b@c.org 5"), ["mail", "5"]);
        assert_eq!(texts("(www.x.org/5) 7"), ["7"]);
        assert_eq!(texts("src=\"//cdn.x.net/4.3.0/x.css\" 7"), ["7"]);
        assert_eq!(
            texts("at 10:30, @5 x@y"),
            ["at", "10", ":", "30", ",", "@", "5", "x", "@", "y"]
        );
        assert_eq!(
            texts("ratio 3:1 (see http://x.org/4)"),
            ["ratio", "3", ":", "1", "(", "see"]
        );
        assert_eq!(
            texts("192.168.1.2"),
            ["192", ".", "168", ".", "1", ".", "2"]
        );
    }

    #[test]
    fn words_and_symbols_split() {
        assert_eq!(
            texts("twenty-one, Russia’s"),
            ["twenty", "-", "one", ",", "Russia", "’", "s"]
        );
    }
}
