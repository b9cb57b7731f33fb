//! The English words the recognizer knows, as plain lookup functions.
//!
//! Everything here is general English: number words, scale words, currency
//! names, qualifiers and verbs of change. Nothing is specific to a topic.

use crate::{Bound, Direction};

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

pub(crate) fn number_word(w: &str) -> Option<NumberWord> {
    use NumberWord::*;
    Some(match w {
        "zero" | "nil" | "nought" | "naught" => Unit(0),
        "one" => Unit(1),
        "two" => Unit(2),
        "three" => Unit(3),
        "four" => Unit(4),
        "five" => Unit(5),
        "six" => Unit(6),
        "seven" => Unit(7),
        "eight" => Unit(8),
        "nine" => Unit(9),
        "ten" => Unit(10),
        "eleven" => Unit(11),
        "twelve" => Unit(12),
        "thirteen" => Unit(13),
        "fourteen" => Unit(14),
        "fifteen" => Unit(15),
        "sixteen" => Unit(16),
        "seventeen" => Unit(17),
        "eighteen" => Unit(18),
        "nineteen" => Unit(19),
        "twenty" => Tens(20),
        "thirty" => Tens(30),
        "forty" | "fourty" => Tens(40),
        "fifty" => Tens(50),
        "sixty" => Tens(60),
        "seventy" => Tens(70),
        "eighty" => Tens(80),
        "ninety" => Tens(90),
        "hundred" => Hundred,
        "thousand" => Scale(1_000),
        "lakh" | "lakhs" | "lac" => Scale(100_000),
        "million" => Scale(1_000_000),
        "crore" | "crores" => Scale(10_000_000),
        "billion" => Scale(1_000_000_000),
        "trillion" => Scale(1_000_000_000_000),
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => Dozen,
        "first" => OrdinalUnit(1),
        "second" => OrdinalUnit(2),
        "third" => OrdinalUnit(3),
        "fourth" => OrdinalUnit(4),
        "fifth" => OrdinalUnit(5),
        "sixth" => OrdinalUnit(6),
        "seventh" => OrdinalUnit(7),
        "eighth" => OrdinalUnit(8),
        "ninth" | "nineth" => OrdinalUnit(9),
        "tenth" => OrdinalUnit(10),
        "eleventh" => OrdinalUnit(11),
        "twelfth" => OrdinalUnit(12),
        "thirteenth" => OrdinalUnit(13),
        "fourteenth" => OrdinalUnit(14),
        "fifteenth" => OrdinalUnit(15),
        "sixteenth" => OrdinalUnit(16),
        "seventeenth" => OrdinalUnit(17),
        "eighteenth" => OrdinalUnit(18),
        "nineteenth" => OrdinalUnit(19),
        "twentieth" => OrdinalTens(20),
        "thirtieth" => OrdinalTens(30),
        "fortieth" => OrdinalTens(40),
        "fiftieth" => OrdinalTens(50),
        "sixtieth" => OrdinalTens(60),
        "seventieth" => OrdinalTens(70),
        "eightieth" => OrdinalTens(80),
        "ninetieth" => OrdinalTens(90),
        "hundredth" => OrdinalScale(100),
        "thousandth" => OrdinalScale(1_000),
        "millionth" => OrdinalScale(1_000_000),
        "billionth" => OrdinalScale(1_000_000_000),
        "trillionth" => OrdinalScale(1_000_000_000_000),
        _ => return None,
    })
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

/// Denominator of a fraction word: `half` 2, `thirds` 3, `quarter` 4, `fifths` 5 …
pub(crate) fn denominator(w: &str) -> Option<u64> {
    Some(match w {
        "half" | "halves" => 2,
        "third" | "thirds" => 3,
        "quarter" | "quarters" | "fourth" | "fourths" => 4,
        "fifth" | "fifths" => 5,
        "sixth" | "sixths" => 6,
        "seventh" | "sevenths" => 7,
        "eighth" | "eighths" => 8,
        "ninth" | "ninths" => 9,
        "tenth" | "tenths" => 10,
        "hundredth" | "hundredths" => 100,
        _ => return None,
    })
}

/// Multiplicative change words: `doubled` is ×2, `halved` ×0.5 (as numerator, denominator).
pub(crate) fn multiplier_word(w: &str) -> Option<(u64, u64)> {
    Some(match w {
        "doubled" | "doubling" | "doubles" => (2, 1),
        "tripled" | "trebled" | "tripling" | "triples" => (3, 1),
        "quadrupled" | "quadrupling" | "quadruples" => (4, 1),
        "quintupled" => (5, 1),
        "halved" | "halving" | "halves" => (1, 2),
        "twofold" => (2, 1),
        "threefold" => (3, 1),
        "fourfold" => (4, 1),
        "fivefold" => (5, 1),
        "sixfold" => (6, 1),
        "tenfold" => (10, 1),
        "hundredfold" => (100, 1),
        _ => return None,
    })
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

/// Currency written as a symbol before the figure: `$`, `€`, `£` …
pub(crate) fn currency_symbol(c: char) -> Option<Currency> {
    Some(match c {
        '$' => DOLLAR,
        '€' => EURO,
        '£' => POUND,
        '¥' => YEN,
        '₹' => RUPEE,
        '₽' => cur("Russian ruble", "RUB"),
        '₩' => cur("South Korean won", "KRW"),
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

/// Prefix glued to `$` that names a dollar: `US$`, `A$`, `C$`, `HK$` …
pub(crate) fn dollar_prefix(w: &str) -> Option<Currency> {
    Some(match w {
        "us" | "u.s." => cur("United States dollar", "USD"),
        "a" | "au" => cur("Australian dollar", "AUD"),
        "c" | "ca" | "can" => cur("Canadian dollar", "CAD"),
        "hk" => cur("Hong Kong dollar", "HKD"),
        "nz" => cur("New Zealand dollar", "NZD"),
        "s" => cur("Singapore dollar", "SGD"),
        "mex" | "mxn" => cur("Mexican peso", "MXN"),
        "usd" => cur("United States dollar", "USD"),
        "aud" => cur("Australian dollar", "AUD"),
        "cad" => cur("Canadian dollar", "CAD"),
        "nzd" => cur("New Zealand dollar", "NZD"),
        "hkd" => cur("Hong Kong dollar", "HKD"),
        "sgd" => cur("Singapore dollar", "SGD"),
        _ => return None,
    })
}

/// Currency written as a word or code, before or after the figure.
pub(crate) fn currency_word(w: &str) -> Option<Currency> {
    Some(match w {
        "dollar" | "dollars" => DOLLAR,
        "usd" => cur("United States dollar", "USD"),
        "euro" | "euros" | "eur" => EURO,
        "pound" | "pounds" | "sterling" => POUND,
        "gbp" => cur("British pound", "GBP"),
        "yen" | "jpy" => YEN,
        "rupee" | "rupees" | "rs" => RUPEE,
        "inr" => cur("Indian rupee", "INR"),
        "yuan" | "renminbi" | "cny" | "rmb" | "元" => cur("Chinese yuan", "CNY"),
        "ruble" | "rubles" | "rouble" | "roubles" | "rub" => cur("Russian ruble", "RUB"),
        "franc" | "francs" => cur("Franc", "CHF"),
        "chf" => cur("Swiss franc", "CHF"),
        "cent" | "cents" => cur("Cent", "USD"),
        "pence" => cur("Pence", "GBP"),
        "penny" | "pennies" => cur("Penny", "GBP"),
        "guilder" | "guilders" => cur("Netherlands guilder", "NLG"),
        "markka" | "markkas" => cur("Finnish markka", "FIM"),
        "peseta" | "pesetas" => cur("Peseta", "ESP"),
        "bitcoin" | "bitcoins" | "btc" => cur("Bitcoin", "XBT"),
        "peso" | "pesos" => cur("Mexican peso", "MXN"),
        "real" | "reais" | "brl" => cur("Brazilian real", "BRL"),
        "rand" | "zar" => cur("South African rand", "ZAR"),
        "naira" | "ngn" => cur("Nigerian naira", "NGN"),
        "lira" | "try" => cur("Turkish lira", "TRY"),
        "kyat" | "kyats" | "mmk" => cur("Myanmar kyat", "MMK"),
        "baht" | "thb" => cur("Thai baht", "THB"),
        "cad" => cur("Canadian dollar", "CAD"),
        "aud" => cur("Australian dollar", "AUD"),
        "nzd" => cur("New Zealand dollar", "NZD"),
        "hkd" => cur("Hong Kong dollar", "HKD"),
        "sgd" => cur("Singapore dollar", "SGD"),
        "mxn" => cur("Mexican peso", "MXN"),
        "krw" => cur("South Korean won", "KRW"),
        "sen" => cur("Sen", "JPY"),
        "satoshi" | "satoshis" => cur("Satoshi", "XBT"),
        _ => return None,
    })
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

/// Verbs and adverbs of change that may stand before a figure: `rose 12%`, `fell by a third`.
pub(crate) fn change_verb(w: &str) -> Option<Direction> {
    use Direction::*;
    Some(match w {
        "rose" | "rise" | "rises" | "rising" | "risen" | "increased" | "increase" | "increases"
        | "increasing" | "grew" | "grow" | "grows" | "growing" | "grown" | "climbed" | "climb"
        | "climbs" | "jumped" | "jump" | "jumps" | "surged" | "surge" | "surges" | "soared"
        | "soar" | "gained" | "gain" | "gains" | "up" | "expanded" | "expand" | "boosted"
        | "raised" | "raise" | "added" | "spiked" | "rebounded" | "higher" => Increase,
        "fell" | "fall" | "falls" | "falling" | "fallen" | "dropped" | "drop" | "drops"
        | "declined" | "decline" | "declines" | "declining" | "decreased" | "decrease"
        | "decreases" | "slid" | "slide" | "slumped" | "slump" | "plunged" | "plunge"
        | "plummeted" | "shrank" | "shrunk" | "shrink" | "down" | "lost" | "lose" | "loses"
        | "cut" | "cuts" | "reduced" | "reduce" | "tumbled" | "sank" | "dipped" | "lower"
        | "contracted" | "eased" => Decrease,
        _ => return None,
    })
}

/// Nouns of change that may follow a figure: `a 40% increase`, `a 3-point drop`.
pub(crate) fn change_noun(w: &str) -> Option<Direction> {
    use Direction::*;
    Some(match w {
        "increase" | "rise" | "jump" | "growth" | "gain" | "surge" | "hike" | "boost"
        | "uptick" | "climb" | "expansion" | "rebound" | "spike" | "increases" | "rises"
        | "gains" | "above" | "higher" => Increase,
        "decrease" | "drop" | "decline" | "fall" | "cut" | "reduction" | "slump" | "loss"
        | "plunge" | "dip" | "contraction" | "slide" | "decreases" | "drops" | "declines"
        | "cuts" | "losses" | "below" | "lower" | "down" => Decrease,
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
        "liter" | "liters" | "litre" | "litres" => "Liter",
        "ml" | "milliliter" | "milliliters" | "millilitre" | "millilitres" => "Milliliter",
        "gallon" | "gallons" | "gal" => "Gallon",
        "barrel" | "barrels" | "bbl" => "Barrel",
        "cubic foot" | "cubic feet" => "Cubic foot",
        "cubic meter" | "cubic meters" | "cubic metre" | "cubic metres" => "Cubic meter",
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
        "barrels a day" | "barrels per day" | "bpd" => "Barrel per day",
        "bit" | "bits" => "Bit",
        "byte" | "bytes" => "Byte",
        "kilobyte" | "kilobytes" => "Kilobyte",
        "megabyte" | "megabytes" => "Megabyte",
        "gigabyte" | "gigabytes" => "Gigabyte",
        "terabyte" | "terabytes" => "Terabyte",
        "kilobit" | "kilobits" | "kbit" => "Kilobit",
        "megabit" | "megabits" | "mbit" => "Megabit",
        "gigabit" | "gigabits" | "gbit" => "Gigabit",
        "kw" | "kilowatt" | "kilowatts" => "Kilowatt",
        "mw" | "megawatt" | "megawatts" => "Megawatt",
        "gw" | "gigawatt" | "gigawatts" => "Gigawatt",
        "kwh" | "kilowatt hour" | "kilowatt hours" => "Kilowatt hour",
        "mwh" | "megawatt hour" | "megawatt hours" => "Megawatt hour",
        "hz" | "hertz" => "Hertz",
        "khz" | "kilohertz" => "Kilohertz",
        "mhz" | "megahertz" => "Megahertz",
        "ghz" | "gigahertz" => "Gigahertz",
        "electronvolt" | "electronvolts" => "Electronvolt",
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

/// Unit abbreviations too ambiguous to read unless glued to the digits.
pub(crate) fn glued_only_unit(phrase: &str) -> bool {
    matches!(
        phrase,
        "m" | "g" | "t" | "mi" | "ha" | "gal" | "mw" | "gw" | "kw" | "rad"
    )
}

/// Whether a number word hyphened onto `next` makes a set compound that
/// counts nothing: "one-time", "one-off", "zero-sum", "second-hand",
/// "first-class", "third-party", "one-on-one".
pub(crate) fn idiom_compound(number: &str, next: &str) -> bool {
    matches!(
        (number, next),
        (
            "one",
            "time" | "off" | "way" | "sided" | "on" | "liner" | "stop" | "size"
        ) | ("zero", "sum" | "tolerance" | "coupon")
            | ("first", "hand" | "class" | "rate" | "degree")
            | ("second", "hand" | "class" | "rate" | "guess" | "guessing")
            | ("third", "party" | "rate")
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
