//! The English words the recognizer knows, as plain lookup functions.
//!
//! Everything here is general English: number words, scale words, currency
//! names, qualifiers and verbs of change. Nothing is specific to a topic.

use crate::{Bound, Direction};

/// A word list looked up by hashing: the recognizer asks about nearly every
/// word of the text, and most are in no list.
pub(crate) struct WordTable<T: 'static> {
    entries: &'static [(&'static str, T)],
    map: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, T>>,
}

impl<T: Copy> WordTable<T> {
    const fn new(entries: &'static [(&'static str, T)]) -> Self {
        WordTable {
            entries,
            map: std::sync::OnceLock::new(),
        }
    }

    fn get(&self, w: &str) -> Option<T> {
        self.map
            .get_or_init(|| self.entries.iter().copied().collect())
            .get(w)
            .copied()
    }
}

/// A number word and what it contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberWord {
    /// zero … nineteen
    Unit(u64),
    /// twenty … ninety
    Tens(u64),
    /// hundred
    Hundred,
    /// thousand, million, lakh, crore …
    Scale(u64),
    /// dozen
    Dozen,
    /// first … nineteenth
    OrdinalUnit(u64),
    /// twentieth … ninetieth
    OrdinalTens(u64),
    /// hundredth, thousandth, millionth …
    OrdinalScale(u64),
}

/// Number words and what each contributes.
const NUMBER_WORDS: &[(&str, NumberWord)] = &[
    ("zero", NumberWord::Unit(0)),
    ("nil", NumberWord::Unit(0)),
    ("nought", NumberWord::Unit(0)),
    ("naught", NumberWord::Unit(0)),
    ("one", NumberWord::Unit(1)),
    ("two", NumberWord::Unit(2)),
    ("three", NumberWord::Unit(3)),
    ("four", NumberWord::Unit(4)),
    ("five", NumberWord::Unit(5)),
    ("six", NumberWord::Unit(6)),
    ("seven", NumberWord::Unit(7)),
    ("eight", NumberWord::Unit(8)),
    ("nine", NumberWord::Unit(9)),
    ("ten", NumberWord::Unit(10)),
    ("eleven", NumberWord::Unit(11)),
    ("twelve", NumberWord::Unit(12)),
    ("thirteen", NumberWord::Unit(13)),
    ("fourteen", NumberWord::Unit(14)),
    ("fifteen", NumberWord::Unit(15)),
    ("sixteen", NumberWord::Unit(16)),
    ("seventeen", NumberWord::Unit(17)),
    ("eighteen", NumberWord::Unit(18)),
    ("nineteen", NumberWord::Unit(19)),
    ("twenty", NumberWord::Tens(20)),
    ("thirty", NumberWord::Tens(30)),
    ("forty", NumberWord::Tens(40)),
    ("fourty", NumberWord::Tens(40)),
    ("fifty", NumberWord::Tens(50)),
    ("sixty", NumberWord::Tens(60)),
    ("seventy", NumberWord::Tens(70)),
    ("eighty", NumberWord::Tens(80)),
    ("ninety", NumberWord::Tens(90)),
    ("hundred", NumberWord::Hundred),
    ("thousand", NumberWord::Scale(1_000)),
    ("lakh", NumberWord::Scale(100_000)),
    ("lakhs", NumberWord::Scale(100_000)),
    ("lac", NumberWord::Scale(100_000)),
    ("million", NumberWord::Scale(1_000_000)),
    ("crore", NumberWord::Scale(10_000_000)),
    ("crores", NumberWord::Scale(10_000_000)),
    ("billion", NumberWord::Scale(1_000_000_000)),
    ("trillion", NumberWord::Scale(1_000_000_000_000)),
    ("dozen", NumberWord::Dozen),
    ("dozens", NumberWord::Dozen),
    ("dz", NumberWord::Dozen),
    ("dzs", NumberWord::Dozen),
    ("doz", NumberWord::Dozen),
    ("dozs", NumberWord::Dozen),
    ("first", NumberWord::OrdinalUnit(1)),
    ("second", NumberWord::OrdinalUnit(2)),
    ("third", NumberWord::OrdinalUnit(3)),
    ("fourth", NumberWord::OrdinalUnit(4)),
    ("fifth", NumberWord::OrdinalUnit(5)),
    ("sixth", NumberWord::OrdinalUnit(6)),
    ("seventh", NumberWord::OrdinalUnit(7)),
    ("eighth", NumberWord::OrdinalUnit(8)),
    ("ninth", NumberWord::OrdinalUnit(9)),
    ("nineth", NumberWord::OrdinalUnit(9)),
    ("tenth", NumberWord::OrdinalUnit(10)),
    ("eleventh", NumberWord::OrdinalUnit(11)),
    ("twelfth", NumberWord::OrdinalUnit(12)),
    ("thirteenth", NumberWord::OrdinalUnit(13)),
    ("fourteenth", NumberWord::OrdinalUnit(14)),
    ("fifteenth", NumberWord::OrdinalUnit(15)),
    ("sixteenth", NumberWord::OrdinalUnit(16)),
    ("seventeenth", NumberWord::OrdinalUnit(17)),
    ("eighteenth", NumberWord::OrdinalUnit(18)),
    ("nineteenth", NumberWord::OrdinalUnit(19)),
    ("twentieth", NumberWord::OrdinalTens(20)),
    ("thirtieth", NumberWord::OrdinalTens(30)),
    ("fortieth", NumberWord::OrdinalTens(40)),
    ("fiftieth", NumberWord::OrdinalTens(50)),
    ("sixtieth", NumberWord::OrdinalTens(60)),
    ("seventieth", NumberWord::OrdinalTens(70)),
    ("eightieth", NumberWord::OrdinalTens(80)),
    ("ninetieth", NumberWord::OrdinalTens(90)),
    ("hundredth", NumberWord::OrdinalScale(100)),
    ("thousandth", NumberWord::OrdinalScale(1_000)),
    ("millionth", NumberWord::OrdinalScale(1_000_000)),
    ("billionth", NumberWord::OrdinalScale(1_000_000_000)),
    ("trillionth", NumberWord::OrdinalScale(1_000_000_000_000)),
];

/// The number word `w` (lowercase): "seven", "twentieth", "million".
pub(crate) fn number_word(w: &str) -> Option<NumberWord> {
    static TABLE: WordTable<NumberWord> = WordTable::new(NUMBER_WORDS);
    TABLE.get(w)
}

/// Scale written right after digits, as a word or glued suffix: `1.2 million`, `300m`, `3k`.
pub(crate) fn scale_suffix(w: &str) -> Option<u64> {
    Some(match w {
        "k" | "thousand" => 1_000,
        "hundred" => 100,
        "m" | "mn" | "mln" | "mil" | "million" | "mio" => 1_000_000,
        "b" | "bn" | "bln" | "billion" => 1_000_000_000,
        "t" | "tn" | "trn" | "tln" | "trillion" => 1_000_000_000_000,
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => 12,
        "lakh" | "lakhs" | "lac" => 100_000,
        "crore" | "crores" | "cr" => 10_000_000,
        _ => return None,
    })
}

/// Fraction words and their denominators.
const DENOMINATORS: &[(&str, u64)] = &[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fourth", 4),
    ("fourths", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("seventh", 7),
    ("sevenths", 7),
    ("eighth", 8),
    ("eighths", 8),
    ("ninth", 9),
    ("ninths", 9),
    ("tenth", 10),
    ("tenths", 10),
    ("hundredth", 100),
    ("hundredths", 100),
];

/// A scale written as one letter apart from the digits at the end of a
/// phrase, as tables and finance write it: "2.33 k", "1,674.5 G", "12 M".
/// Lowercase "m" stays a metre and "g" a gram.
pub(crate) fn spaced_scale_letter(written: &str) -> Option<u64> {
    Some(match written {
        "k" | "K" => 1_000,
        "M" => 1_000_000,
        "G" => 1_000_000_000,
        _ => return None,
    })
}

/// Denominator of a fraction word: `half` 2, `thirds` 3, `quarter` 4, `fifths` 5 …
pub(crate) fn denominator(w: &str) -> Option<u64> {
    static TABLE: WordTable<u64> = WordTable::new(DENOMINATORS);
    TABLE.get(w)
}

/// Words of multiplicative change and their factors.
const MULTIPLIER_WORDS: &[(&str, (u64, u64))] = &[
    ("doubled", (2, 1)),
    ("doubling", (2, 1)),
    ("doubles", (2, 1)),
    ("tripled", (3, 1)),
    ("trebled", (3, 1)),
    ("tripling", (3, 1)),
    ("triples", (3, 1)),
    ("quadrupled", (4, 1)),
    ("quadrupling", (4, 1)),
    ("quadruples", (4, 1)),
    ("quintupled", (5, 1)),
    ("halved", (1, 2)),
    ("halving", (1, 2)),
    ("halves", (1, 2)),
    ("twofold", (2, 1)),
    ("threefold", (3, 1)),
    ("fourfold", (4, 1)),
    ("fivefold", (5, 1)),
    ("sixfold", (6, 1)),
    ("tenfold", (10, 1)),
    ("hundredfold", (100, 1)),
];

/// Multiplicative change words: `doubled` is ×2, `halved` ×0.5 (as numerator, denominator).
pub(crate) fn multiplier_word(w: &str) -> Option<(u64, u64)> {
    static TABLE: WordTable<(u64, u64)> = WordTable::new(MULTIPLIER_WORDS);
    TABLE.get(w)
}

/// Base forms of the verbs of multiplicative change, which are also
/// adjectives and nouns ("a double room"): see `multiplier_word`.
pub(crate) fn multiplier_base_verb(w: &str) -> Option<(u64, u64)> {
    static TABLE: WordTable<(u64, u64)> = WordTable::new(MULTIPLIER_BASE_VERBS);
    TABLE.get(w)
}

const MULTIPLIER_BASE_VERBS: &[(&str, (u64, u64))] = &[
    ("double", (2, 1)),
    ("triple", (3, 1)),
    ("treble", (3, 1)),
    ("quadruple", (4, 1)),
    ("halve", (1, 2)),
];

/// Words that count times in one: "twice", "thrice".
pub(crate) fn times_word(w: &str) -> Option<u64> {
    match w {
        "twice" => Some(2),
        "thrice" => Some(3),
        _ => None,
    }
}

/// Comparatives a figure may be set against: "more", "higher", "bigger"
/// ("a third more", "three times higher").
pub(crate) fn is_comparative(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "less"
            | "fewer"
            | "higher"
            | "lower"
            | "larger"
            | "smaller"
            | "bigger"
            | "greater"
            | "faster"
            | "slower"
            | "longer"
            | "shorter"
            | "older"
            | "younger"
            | "wider"
            | "cheaper"
            | "dearer"
            | "richer"
            | "poorer"
            | "heavier"
            | "lighter"
            | "deeper"
            | "stronger"
            | "weaker"
            | "hotter"
            | "colder"
            | "safer"
            | "deadlier"
            | "likelier"
            | "worse"
            | "better"
    )
}

/// Whether `w` (lowercase), after "three times" or "twice", opens a
/// comparison of two things ("more", "higher", "their salary", "what it
/// was") rather than counting occasions ("as" and "the" need a look
/// further on).
pub(crate) fn opens_comparison(w: &str) -> bool {
    is_comparative(w)
        || matches!(
            w,
            // "25 times their annual expenses".
            "their" | "his" | "her" | "its" | "our" | "my" | "your" | "that" | "what"
        )
}

/// A currency: the unit name used in reports and its ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Currency {
    pub name: &'static str,
    pub iso: &'static str,
}

const fn cur(name: &'static str, iso: &'static str) -> Currency {
    Currency { name, iso }
}

pub(crate) const DOLLAR: Currency = cur("Dollar", "USD");
pub(crate) const EURO: Currency = cur("Euro", "EUR");
pub(crate) const POUND: Currency = cur("Pound", "GBP");
pub(crate) const YEN: Currency = cur("Japanese yen", "JPY");
pub(crate) const RUPEE: Currency = cur("Rupee", "INR");
pub(crate) const WON: Currency = cur("South Korean won", "KRW");

/// Currency written as a symbol before the figure: `$`, `€`, `£` …
pub(crate) fn currency_symbol(c: char) -> Option<Currency> {
    Some(match c {
        '$' => DOLLAR,
        '€' => EURO,
        '£' => POUND,
        '¥' => YEN,
        '₹' => RUPEE,
        '₽' => cur("Russian ruble", "RUB"),
        '₩' => WON,
        '₦' => cur("Nigerian naira", "NGN"),
        '元' => cur("Chinese yuan", "CNY"),
        '₡' => cur("Costa Rican colón", "CRC"),
        '₾' => cur("Georgian lari", "GEL"),
        '₭' => cur("Lao kip", "LAK"),
        '₿' => cur("Bitcoin", "XBT"),
        '₺' => cur("Turkish lira", "TRY"),
        '₱' => cur("Philippine peso", "PHP"),
        '₫' => cur("Vietnamese dong", "VND"),
        '₪' => cur("Israeli new shekel", "ILS"),
        '₴' => cur("Ukrainian hryvnia", "UAH"),
        _ => return None,
    })
}

/// Prefixes glued to `$` and the dollars they name.
const DOLLAR_PREFIXES: &[(&str, Currency)] = &[
    ("us", cur("United States dollar", "USD")),
    ("u.s.", cur("United States dollar", "USD")),
    ("a", cur("Australian dollar", "AUD")),
    ("au", cur("Australian dollar", "AUD")),
    ("c", cur("Canadian dollar", "CAD")),
    ("r", cur("Brazilian real", "BRL")),
    ("ca", cur("Canadian dollar", "CAD")),
    ("can", cur("Canadian dollar", "CAD")),
    ("hk", cur("Hong Kong dollar", "HKD")),
    ("nz", cur("New Zealand dollar", "NZD")),
    ("s", cur("Singapore dollar", "SGD")),
    ("mex", cur("Mexican peso", "MXN")),
    ("mxn", cur("Mexican peso", "MXN")),
    ("usd", cur("United States dollar", "USD")),
    ("aud", cur("Australian dollar", "AUD")),
    ("cad", cur("Canadian dollar", "CAD")),
    ("nzd", cur("New Zealand dollar", "NZD")),
    ("hkd", cur("Hong Kong dollar", "HKD")),
    ("sgd", cur("Singapore dollar", "SGD")),
];

/// Prefix glued to `$` that names a dollar: `US$`, `A$`, `C$`, `HK$` …
pub(crate) fn dollar_prefix(w: &str) -> Option<Currency> {
    static TABLE: WordTable<Currency> = WordTable::new(DOLLAR_PREFIXES);
    TABLE.get(w)
}

/// Currency names and codes.
const CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("dollar", DOLLAR),
    ("dollars", DOLLAR),
    ("usd", cur("United States dollar", "USD")),
    ("euro", EURO),
    ("euros", EURO),
    ("eur", EURO),
    ("pound", POUND),
    ("pounds", POUND),
    ("sterling", POUND),
    ("gbp", cur("British pound", "GBP")),
    ("yen", YEN),
    ("jpy", YEN),
    ("rupee", RUPEE),
    ("rupees", RUPEE),
    ("rs", RUPEE),
    ("inr", cur("Indian rupee", "INR")),
    ("yuan", cur("Chinese yuan", "CNY")),
    ("renminbi", cur("Chinese yuan", "CNY")),
    ("cny", cur("Chinese yuan", "CNY")),
    ("rmb", cur("Chinese yuan", "CNY")),
    ("元", cur("Chinese yuan", "CNY")),
    ("ruble", cur("Russian ruble", "RUB")),
    ("rubles", cur("Russian ruble", "RUB")),
    ("rouble", cur("Russian ruble", "RUB")),
    ("roubles", cur("Russian ruble", "RUB")),
    ("rub", cur("Russian ruble", "RUB")),
    ("franc", cur("Franc", "CHF")),
    ("francs", cur("Franc", "CHF")),
    ("chf", cur("Swiss franc", "CHF")),
    ("cent", cur("Cent", "USD")),
    ("cents", cur("Cent", "USD")),
    ("dime", cur("Dime", "USD")),
    ("dimes", cur("Dime", "USD")),
    ("pence", cur("Pence", "GBP")),
    ("penny", cur("Penny", "GBP")),
    ("pennies", cur("Penny", "GBP")),
    ("guilder", cur("Netherlands guilder", "NLG")),
    ("guilders", cur("Netherlands guilder", "NLG")),
    ("markka", cur("Finnish markka", "FIM")),
    ("markkas", cur("Finnish markka", "FIM")),
    ("peseta", cur("Peseta", "ESP")),
    ("pesetas", cur("Peseta", "ESP")),
    ("bitcoin", cur("Bitcoin", "XBT")),
    ("bitcoins", cur("Bitcoin", "XBT")),
    ("btc", cur("Bitcoin", "XBT")),
    ("peso", cur("Mexican peso", "MXN")),
    ("pesos", cur("Mexican peso", "MXN")),
    ("real", cur("Brazilian real", "BRL")),
    ("reais", cur("Brazilian real", "BRL")),
    ("brl", cur("Brazilian real", "BRL")),
    ("rand", cur("South African rand", "ZAR")),
    ("zar", cur("South African rand", "ZAR")),
    ("naira", cur("Nigerian naira", "NGN")),
    ("ngn", cur("Nigerian naira", "NGN")),
    ("lira", cur("Turkish lira", "TRY")),
    ("try", cur("Turkish lira", "TRY")),
    ("kyat", cur("Myanmar kyat", "MMK")),
    ("kyats", cur("Myanmar kyat", "MMK")),
    ("mmk", cur("Myanmar kyat", "MMK")),
    ("baht", cur("Thai baht", "THB")),
    ("thb", cur("Thai baht", "THB")),
    ("cad", cur("Canadian dollar", "CAD")),
    ("aud", cur("Australian dollar", "AUD")),
    ("nzd", cur("New Zealand dollar", "NZD")),
    ("hkd", cur("Hong Kong dollar", "HKD")),
    ("sgd", cur("Singapore dollar", "SGD")),
    ("mxn", cur("Mexican peso", "MXN")),
    ("krw", WON),
    ("sek", cur("Swedish krona", "SEK")),
    ("krona", cur("Swedish krona", "SEK")),
    ("kronor", cur("Swedish krona", "SEK")),
    // Danish and Norwegian money share the name; unqualified, it is read
    // as Danish ("Norwegian kroner" names the other).
    ("krone", cur("Danish krone", "DKK")),
    ("kroner", cur("Danish krone", "DKK")),
    ("nok", cur("Norwegian krone", "NOK")),
    ("dkk", cur("Danish krone", "DKK")),
    ("pln", cur("Polish zloty", "PLN")),
    ("zloty", cur("Polish zloty", "PLN")),
    ("zlotys", cur("Polish zloty", "PLN")),
    ("kes", cur("Kenyan shilling", "KES")),
    ("ksh", cur("Kenyan shilling", "KES")),
    ("egp", cur("Egyptian pound", "EGP")),
    ("aed", cur("UAE dirham", "AED")),
    ("dirham", cur("UAE dirham", "AED")),
    ("dirhams", cur("UAE dirham", "AED")),
    ("sar", cur("Saudi riyal", "SAR")),
    ("riyal", cur("Saudi riyal", "SAR")),
    ("riyals", cur("Saudi riyal", "SAR")),
    ("idr", cur("Indonesian rupiah", "IDR")),
    ("rupiah", cur("Indonesian rupiah", "IDR")),
    ("ils", cur("Israeli new shekel", "ILS")),
    ("shekel", cur("Israeli new shekel", "ILS")),
    ("shekels", cur("Israeli new shekel", "ILS")),
    ("uah", cur("Ukrainian hryvnia", "UAH")),
    ("hryvnia", cur("Ukrainian hryvnia", "UAH")),
    ("hryvnias", cur("Ukrainian hryvnia", "UAH")),
    ("sen", cur("Sen", "JPY")),
    ("satoshi", cur("Satoshi", "XBT")),
    ("satoshis", cur("Satoshi", "XBT")),
];

/// Currency written as a word or code, before or after the figure.
pub(crate) fn currency_word(w: &str) -> Option<Currency> {
    static TABLE: WordTable<Currency> = WordTable::new(CURRENCY_WORDS);
    TABLE.get(w)
}

/// A currency code with a leading "M" for millions, as in trade and
/// finance tables: "MUSD", "MEUR".
pub(crate) fn million_code(w: &str) -> Option<Currency> {
    let code = w.strip_prefix('m').filter(|c| c.len() == 3)?;
    currency_word(code).filter(|_| currency_may_precede(code))
}

/// Currencies named by two words after a figure: "australian dollars".
pub(crate) fn currency_phrase(first: &str, second: &str) -> Option<Currency> {
    let dollar = second.starts_with("dollar");
    Some(match first {
        "us" | "u.s." | "american" if dollar => cur("United States dollar", "USD"),
        "australian" if dollar => cur("Australian dollar", "AUD"),
        "canadian" if dollar => cur("Canadian dollar", "CAD"),
        "singapore" if dollar => cur("Singapore dollar", "SGD"),
        "taiwan" if dollar => cur("New Taiwan dollar", "TWD"),
        "zealand" if dollar => cur("New Zealand dollar", "NZD"),
        "kong" if dollar => cur("Hong Kong dollar", "HKD"),
        "swiss" if second.starts_with("franc") => cur("Swiss franc", "CHF"),
        "british" if second.starts_with("pound") => cur("British pound", "GBP"),
        "dutch" if second.starts_with("guilder") => cur("Netherlands guilder", "NLG"),
        "finnish" if second.starts_with("markka") => cur("Finnish markka", "FIM"),
        "mexican" if second.starts_with("peso") => cur("Mexican peso", "MXN"),
        "japanese" if second == "yen" => YEN,
        "chinese" if second == "yuan" => cur("Chinese yuan", "CNY"),
        "indian" if second.starts_with("rupee") => cur("Indian rupee", "INR"),
        "turkish" if second.starts_with("lira") => cur("Turkish lira", "TRY"),
        "norwegian" if second.starts_with("kron") => cur("Norwegian krone", "NOK"),
        "icelandic" if second.starts_with("kron") => cur("Icelandic krona", "ISK"),
        _ => return None,
    })
}

/// Whether a currency word needs to follow a figure to be read as money
/// (codes and unambiguous names can also precede it: `USD 5m`, `Rs 500`).
pub(crate) fn currency_may_precede(w: &str) -> bool {
    w.len() == 3 && w != "try" && w != "rub" || w == "rs"
}

/// Qualifier phrases that put a bound on the figure that follows, longest first.
pub(crate) const QUALIFIERS: &[(&[&str], Bound)] = &[
    (&["greater", "than", "or", "equal", "to"], Bound::AtLeast),
    (&["more", "than", "or", "equal", "to"], Bound::AtLeast),
    (&["less", "than", "or", "equal", "to"], Bound::AtMost),
    (&["equal", "to", "or", "more", "than"], Bound::AtLeast),
    (&["equal", "to", "or", "greater", "than"], Bound::AtLeast),
    (&["equal", "to", "or", "less", "than"], Bound::AtMost),
    (&["at", "least", "or", "equal", "to"], Bound::AtLeast),
    (&["at", "most", "or", "equal", "to"], Bound::AtMost),
    (&["higher", "or", "equal", "than"], Bound::AtLeast),
    (&["bigger", "or", "equal", "than"], Bound::AtLeast),
    (&["greater", "or", "equal", "than"], Bound::AtLeast),
    (&["larger", "or", "equal", "than"], Bound::AtLeast),
    (&["more", "or", "equal", "than"], Bound::AtLeast),
    (&["less", "or", "equal", "than"], Bound::AtMost),
    (&["lower", "or", "equal", "than"], Bound::AtMost),
    (&["smaller", "or", "equal", "than"], Bound::AtMost),
    (&["slightly", "more", "than"], Bound::MoreThan),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["no", "more", "than"], Bound::AtMost),
    (&["in", "excess", "of"], Bound::MoreThan),
    (&["a", "minimum", "of"], Bound::AtLeast),
    (&["a", "maximum", "of"], Bound::AtMost),
    (&["just", "shy", "of"], Bound::Nearly),
    (&["as", "many", "as"], Bound::AtMost),
    (&["as", "much", "as"], Bound::AtMost),
    (&["as", "high", "as"], Bound::AtMost),
    (&["as", "long", "as"], Bound::AtMost),
    (&["as", "few", "as"], Bound::AtLeast),
    (&["as", "little", "as"], Bound::AtLeast),
    (&["as", "low", "as"], Bound::AtLeast),
    (&["more", "than"], Bound::MoreThan),
    (&["greater", "than"], Bound::MoreThan),
    (&["larger", "than"], Bound::MoreThan),
    (&["higher", "than"], Bound::MoreThan),
    (&["upwards", "of"], Bound::MoreThan),
    (&["just", "over"], Bound::MoreThan),
    (&["at", "least"], Bound::AtLeast),
    (&["less", "than"], Bound::LessThan),
    (&["fewer", "than"], Bound::LessThan),
    (&["lower", "than"], Bound::LessThan),
    (&["smaller", "than"], Bound::LessThan),
    (&["bigger", "than"], Bound::MoreThan),
    (&["at", "most"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["just", "under"], Bound::Nearly),
    (&["close", "to"], Bound::Nearly),
    (&["closer", "to"], Bound::Approximately),
    (&["in", "the", "region", "of"], Bound::Approximately),
    (&["an", "estimated"], Bound::Approximately),
    (&["over"], Bound::MoreThan),
    (&["above"], Bound::MoreThan),
    (&["exceeding"], Bound::MoreThan),
    (&["exceed"], Bound::MoreThan),
    (&["exceeds"], Bound::MoreThan),
    (&["exceeded"], Bound::MoreThan),
    (&["surpass"], Bound::MoreThan),
    (&["surpasses"], Bound::MoreThan),
    (&["surpassed"], Bound::MoreThan),
    (&["topped"], Bound::MoreThan),
    (&["past"], Bound::MoreThan),
    (&["under"], Bound::LessThan),
    (&["below"], Bound::LessThan),
    (&["nearly"], Bound::Nearly),
    (&["almost"], Bound::Nearly),
    (&["about"], Bound::Approximately),
    (&["around"], Bound::Approximately),
    (&["roughly"], Bound::Approximately),
    (&["approximately"], Bound::Approximately),
    (&["approx"], Bound::Approximately),
    (&["some"], Bound::Approximately),
    (&["estimated"], Bound::Approximately),
    (&["circa"], Bound::Approximately),
    (&["only"], Bound::Exact),
    (&["just"], Bound::Exact),
    (&["exactly"], Bound::Exact),
    (&["precisely"], Bound::Exact),
];

/// Whether `w` is the first word of a qualifier phrase.
pub(crate) fn starts_qualifier(w: &str) -> bool {
    // Asked for every word of the text: a set, not a scan of the list.
    static FIRST_WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    FIRST_WORDS
        .get_or_init(|| QUALIFIERS.iter().map(|(phrase, _)| phrase[0]).collect())
        .contains(w)
}

/// Words that open a pattern without being in any word list above
/// ("between 3 and 4", "a third", "minus 5").
const OPENING_WORDS: &[&str] = &[
    "between", "from", "equal", "equals", "equaling", "percent", "percents", "per", "minus",
    "plus", "negative", "a", "an", "half", "twice", "thrice",
];

/// Whether a figure could start at the word `w` (lowercase). Asked for
/// every word of the text, so all the lists are joined in one set.
pub(crate) fn may_start_figure(w: &str) -> bool {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            let mut words: rustc_hash::FxHashSet<&'static str> =
                OPENING_WORDS.iter().copied().collect();
            words.extend(NUMBER_WORDS.iter().map(|(w, _)| *w));
            words.extend(DENOMINATORS.iter().map(|(w, _)| *w));
            words.extend(MULTIPLIER_WORDS.iter().map(|(w, _)| *w));
            words.extend(MULTIPLIER_BASE_VERBS.iter().map(|(w, _)| *w));
            words.extend(DOLLAR_PREFIXES.iter().map(|(w, _)| *w));
            words.extend(CURRENCY_WORDS.iter().map(|(w, _)| *w));
            words.extend(QUALIFIERS.iter().map(|(phrase, _)| phrase[0]));
            words
        })
        .contains(w)
        || million_code(w).is_some()
}

/// Verbs of a contest whose result is a score: "won 4 to 1", "voted 52 to 48".
pub(crate) fn is_contest_verb(w: &str) -> bool {
    matches!(
        w,
        "beat"
            | "beats"
            | "won"
            | "win"
            | "wins"
            | "lost"
            | "lose"
            | "loses"
            | "drew"
            | "defeated"
            | "edged"
            | "led"
            | "leads"
            | "trailed"
            | "trails"
            | "voted"
            | "vote"
            | "votes"
            | "ruled"
            | "rules"
    )
}

/// Verbs and adverbs of change that may stand before a figure: `rose 12%`, `fell by a third`.
pub(crate) fn change_verb(w: &str) -> Option<Direction> {
    use Direction::*;
    Some(match w {
        "rose" | "rise" | "rises" | "rising" | "risen" | "increased" | "increase" | "increases"
        | "increasing" | "grew" | "grow" | "grows" | "growing" | "grown" | "climbed" | "climb"
        | "climbs" | "jumped" | "jump" | "jumps" | "surged" | "surge" | "surges" | "soared"
        | "soar" | "gained" | "gain" | "gains" | "up" | "expanded" | "expand" | "boosted"
        | "raised" | "raise" | "added" | "spiked" | "rebounded" | "higher" | "rallied"
        | "leapt" | "leaped" | "widened" | "swelled" | "climbing" | "jumping" | "surging"
        | "soaring" | "soars" | "gaining" | "expanding" | "expands" | "rebounding" | "rallying"
        | "widening" | "leaping" => Increase,
        "fell" | "fall" | "falls" | "falling" | "fallen" | "dropped" | "drop" | "drops"
        | "declined" | "decline" | "declines" | "declining" | "decreased" | "decrease"
        | "decreases" | "slid" | "slide" | "slumped" | "slump" | "plunged" | "plunge"
        | "plummeted" | "shrank" | "shrunk" | "shrink" | "down" | "lost" | "lose" | "loses"
        | "cut" | "cuts" | "reduced" | "reduce" | "tumbled" | "sank" | "dipped" | "lower"
        | "contracted" | "eased" | "slipped" | "slip" | "slips" | "retreated" | "narrowed"
        | "shed" | "slashed" | "dived" | "dropping" | "decreasing" | "sliding" | "slides"
        | "slumping" | "slumps" | "plunging" | "plunges" | "plummeting" | "shrinking"
        | "shrinks" | "losing" | "cutting" | "reducing" | "tumbling" | "sinking" | "dipping"
        | "contracting" | "easing" | "slipping" | "retreating" | "narrowing" | "shedding" => {
            Decrease
        }
        _ => return None,
    })
}

/// Nouns of change that may follow a figure: `a 40% increase`, `a 3-point drop`.
pub(crate) fn change_noun(w: &str) -> Option<Direction> {
    use Direction::*;
    Some(match w {
        "increase" | "rise" | "jump" | "growth" | "gain" | "surge" | "hike" | "boost"
        | "uptick" | "climb" | "expansion" | "rebound" | "spike" | "increases" | "rises"
        | "gains" | "above" | "higher" | "bigger" | "larger" | "greater" => Increase,
        "decrease" | "drop" | "decline" | "fall" | "cut" | "reduction" | "slump" | "loss"
        | "plunge" | "dip" | "contraction" | "slide" | "decreases" | "drops" | "declines"
        | "cuts" | "losses" | "below" | "lower" | "down" | "smaller" => Decrease,
        _ => return None,
    })
}

/// A unit of measurement written after a figure, by its lowercase
/// spelling: the unit's report name. Single letters (`m`, `g`) only count
/// when glued to the digits (`300m`, `5g`); see [`glued_only_unit`].
pub(crate) fn unit_name(phrase: &str) -> Option<&'static str> {
    Some(match phrase {
        "m" | "meter" | "meters" | "metre" | "metres" => "Meter",
        "km" | "kilometer" | "kilometers" | "kilometre" | "kilometres" => "Kilometer",
        "cm" | "centimeter" | "centimeters" | "centimetre" | "centimetres" => "Centimeter",
        "mm" | "millimeter" | "millimeters" | "millimetre" | "millimetres" => "Millimeter",
        "dm" | "decimeter" | "decimeters" | "decimetre" | "decimetres" => "Decimeter",
        "nm" | "nanometer" | "nanometers" | "nanometre" | "nanometres" => "Nanometer",
        "picometer" | "picometers" | "picometre" | "picometres" => "Picometer",
        "mile" | "miles" | "mi" => "Mile",
        "ft" | "foot" | "feet" => "Foot",
        "inch" | "inches" => "Inch",
        "yard" | "yards" | "yd" | "yds" => "Yard",
        "square meter" | "square meters" | "square metre" | "square metres" | "sq m" | "m2"
        | "m²" => "Square meter",
        "square kilometer" | "square kilometers" | "square kilometre" | "square kilometres"
        | "sq km" | "km2" | "km²" => "Square kilometer",
        "square mile" | "square miles" | "sq mi" => "Square mile",
        "square foot" | "square feet" | "sq ft" => "Square foot",
        "acre" | "acres" => "Acre",
        "hectare" | "hectares" | "ha" => "Hectare",
        "l" | "liter" | "liters" | "litre" | "litres" => "Liter",
        "cl" | "centiliter" | "centiliters" | "centilitre" | "centilitres" => "Centiliter",
        "ml" | "milliliter" | "milliliters" | "millilitre" | "millilitres" => "Milliliter",
        "gallon" | "gallons" | "gal" => "Gallon",
        "barrel" | "barrels" | "bbl" => "Barrel",
        "cubic foot" | "cubic feet" => "Cubic foot",
        "cubic meter" | "cubic meters" | "cubic metre" | "cubic metres" | "m3" | "m³" => {
            "Cubic meter"
        }
        "cubic kilometer" | "cubic kilometers" | "cubic kilometre" | "cubic kilometres" | "km3"
        | "km³" => "Cubic kilometer",
        "cubic centimeter" | "cubic centimeters" | "cubic centimetre" | "cubic centimetres"
        | "cc" | "cm3" | "cm³" => "Cubic centimeter",
        "cubic mile" | "cubic miles" => "Cubic mile",
        "cubic yard" | "cubic yards" => "Cubic yard",
        "cubic inch" | "cubic inches" => "Cubic inch",
        "cup" | "cups" => "Cup",
        "tablespoon" | "tablespoons" | "tbsp" => "Tablespoon",
        "teaspoon" | "teaspoons" | "tsp" => "Teaspoon",
        "ounce" | "ounces" | "oz" => "Ounce",
        "kg" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo" | "kilos" => {
            "Kilogram"
        }
        "g" | "gram" | "grams" | "gramme" | "grammes" => "Gram",
        "mg" | "milligram" | "milligrams" => "Milligram",
        "µg" | "μg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => {
            "Microgram"
        }
        "lb" | "lbs" | "pound" | "pounds" => "Pound",
        "t" | "ton" | "tons" => "Ton",
        "tonne" | "tonnes" => "Ton",
        "metric ton" | "metric tons" | "metric tonne" | "metric tonnes" => "Metric ton",
        "km/h"
        | "kph"
        | "kmh"
        | "kmph"
        | "km/hr"
        | "kilometers per hour"
        | "kilometres per hour"
        | "kilometers an hour"
        | "kilometres an hour" => "Kilometer per hour",
        "mph" | "miles per hour" | "miles an hour" => "Mile per hour",
        "barrels a day" | "barrels per day" | "bpd" | "b/d" => "Barrel per day",
        "bit" | "bits" => "Bit",
        "byte" | "bytes" => "Byte",
        "kilobyte" | "kilobytes" => "Kilobyte",
        "megabyte" | "megabytes" => "Megabyte",
        "gigabyte" | "gigabytes" => "Gigabyte",
        "terabyte" | "terabytes" => "Terabyte",
        "petabyte" | "petabytes" => "Petabyte",
        "exabyte" | "exabytes" => "Exabyte",
        "zettabyte" | "zettabytes" => "Zettabyte",
        "kilobit" | "kilobits" | "kbit" => "Kilobit",
        "megabit" | "megabits" | "mbit" => "Megabit",
        "gigabit" | "gigabits" | "gbit" => "Gigabit",
        "kw" | "kilowatt" | "kilowatts" => "Kilowatt",
        "mw" | "megawatt" | "megawatts" => "Megawatt",
        "gw" | "gigawatt" | "gigawatts" => "Gigawatt",
        "w" | "watt" | "watts" => "Watt",
        "tw" | "terawatt" | "terawatts" => "Terawatt",
        "wh" | "watt hour" | "watt hours" => "Watt hour",
        "kwh" | "kilowatt hour" | "kilowatt hours" => "Kilowatt hour",
        "mwh" | "megawatt hour" | "megawatt hours" => "Megawatt hour",
        "gwh" | "gigawatt hour" | "gigawatt hours" => "Gigawatt hour",
        "twh" | "terawatt hour" | "terawatt hours" => "Terawatt hour",
        "sv" | "sievert" | "sieverts" => "Sievert",
        "msv" | "millisievert" | "millisieverts" => "Millisievert",
        "µsv" | "μsv" | "microsievert" | "microsieverts" => "Microsievert",
        "gy" => "Gray",
        "mgy" | "milligray" | "milligrays" => "Milligray",
        "hz" | "hertz" => "Hertz",
        "khz" | "kilohertz" => "Kilohertz",
        "mhz" | "megahertz" => "Megahertz",
        "ghz" | "gigahertz" => "Gigahertz",
        "ev" | "electronvolt" | "electronvolts" => "Electronvolt",
        "kev" => "Kiloelectronvolt",
        "mev" => "Megaelectronvolt",
        "gev" => "Gigaelectronvolt",
        "tev" => "Teraelectronvolt",
        "degree" | "degrees" => "Degree",
        "rad" | "radian" | "radians" => "Radian",
        _ => return None,
    })
}

/// A unit of time written after a figure ("days", "hrs", "-year"), by its
/// report name. "second" is left out: after a number word it is an ordinal
/// ("twenty second").
pub(crate) fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "milliseconds" | "ms" => "Millisecond",
        "seconds" | "sec" | "secs" => "Second",
        "minute" | "minutes" | "min" | "mins" => "Minute",
        "hour" | "hours" | "hr" | "hrs" => "Hour",
        "day" | "days" => "Day",
        "week" | "weeks" => "Week",
        "fortnight" | "fortnights" => "Fortnight",
        "month" | "months" => "Month",
        "year" | "years" | "yr" | "yrs" => "Year",
        "decade" | "decades" => "Decade",
        "century" | "centuries" => "Century",
        _ => return None,
    })
}

/// A unit of time a rate is given per ("per second", "/ms"): the
/// singular forms [`time_unit`] leaves out too.
pub(crate) fn time_unit_singular(w: &str) -> Option<&'static str> {
    match w {
        "second" | "s" => Some("Second"),
        "millisecond" => Some("Millisecond"),
        "h" => Some("Hour"),
        _ => time_unit(w),
    }
}

/// A data size written as its abbreviation, by case as SI writes it:
/// "MB" is megabytes, "Mb" and "mb" megabits.
pub(crate) fn data_unit(written: &str) -> Option<&'static str> {
    let mut chars = written.chars();
    let prefix = chars.next()?.to_ascii_lowercase();
    let b = chars.next()?;
    if chars.next().is_some() || !matches!(b, 'b' | 'B') {
        return None;
    }
    Some(match (prefix, b == 'B') {
        ('k', true) => "Kilobyte",
        ('m', true) => "Megabyte",
        ('g', true) => "Gigabyte",
        ('t', true) => "Terabyte",
        ('k', false) => "Kilobit",
        ('m', false) => "Megabit",
        ('g', false) => "Gigabit",
        ('t', false) => "Terabit",
        _ => return None,
    })
}

/// Unit symbols that may stand apart from the figure only when written in
/// their own case ("4 L", "1.7 eV", "50 Wh", "2 Gy"); in any other case
/// they are more often words or initials.
pub(crate) fn symbol_in_own_case(written: &str) -> bool {
    matches!(
        written,
        "L" | "eV" | "Wh" | "Gy" | "Sv" | "TW" | "GW" | "MW" | "kW"
    )
}

/// Whether a unit written `written` (lowercased `lower`) is in a case that
/// names it: watts only as a capital W ("60W", but not the image width
/// "768w").
pub(crate) fn case_fits_unit(lower: &str, written: &str) -> bool {
    lower != "w" || written == "W"
}

/// Unit abbreviations too ambiguous to read unless glued to the digits.
pub(crate) fn glued_only_unit(phrase: &str) -> bool {
    matches!(
        phrase,
        "m" | "g" | "t" | "l" | "w" | "mi" | "ha" | "gal" | "mw" | "gw" | "kw" | "tw" | "rad"
    )
}

/// Whether a number word hyphened onto `next` makes a set compound that
/// counts nothing: "one-time", "one-off", "zero-sum", "second-hand",
/// "first-class", "first-time", "third-party", "one-on-one", "half-time".
pub(crate) fn idiom_compound(number: &str, next: &str) -> bool {
    matches!(
        (number, next),
        (
            "one",
            "time" | "off" | "way" | "sided" | "on" | "liner" | "stop" | "size"
        ) | ("zero", "sum" | "tolerance" | "coupon")
            | (
                "first",
                "hand" | "class" | "rate" | "degree" | "time" | "aid"
            )
            | ("second", "hand" | "class" | "rate" | "guess" | "guessing")
            | ("third", "party" | "rate")
            | (
                "half",
                "time"
                    | "baked"
                    | "hearted"
                    | "way"
                    | "term"
                    | "brother"
                    | "sister"
                    | "truth"
                    | "truths"
                    | "mast"
            )
    )
}

/// Determiners: words that open a noun phrase ("the", "a", "this",
/// "their", "each"), lowercase.
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "each"
            | "every"
    )
}

/// Month names, for telling dates ("May 4th", "11 March") from figures.
pub(crate) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// A single-character fraction ("½", "¾") as numerator and denominator.
pub(crate) fn vulgar_fraction(c: char) -> Option<(u64, u64)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word listed twice would silently take the later meaning.
    #[test]
    fn every_word_table_lists_a_word_once() {
        fn assert_unique<T>(name: &str, table: &[(&str, T)]) {
            let mut seen = rustc_hash::FxHashSet::default();
            for (w, _) in table {
                assert!(seen.insert(*w), "{name} lists {w:?} twice");
                assert_eq!(w.to_lowercase(), *w, "{name}: {w:?} is not lowercase");
            }
        }
        assert_unique("NUMBER_WORDS", NUMBER_WORDS);
        assert_unique("DENOMINATORS", DENOMINATORS);
        assert_unique("MULTIPLIER_WORDS", MULTIPLIER_WORDS);
        assert_unique("DOLLAR_PREFIXES", DOLLAR_PREFIXES);
        assert_unique("CURRENCY_WORDS", CURRENCY_WORDS);
    }

    #[test]
    fn figures_may_start_at_listed_words_only() {
        for w in [
            "seven", "half", "dollars", "about", "us", "doubled", "meur", "between",
        ] {
            assert!(may_start_figure(w), "{w}");
        }
        for w in ["the", "said", "percentage", "mile", "m"] {
            assert!(!may_start_figure(w), "{w}");
        }
    }
}
