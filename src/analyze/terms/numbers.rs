//! Figures in a wording as ranges: "about 10,000" is 8,500–11,500, "more than
//! 12,000" has no upper bound, "up to 50" no lower one; "3 million" scales, a
//! year is no figure, and the unit is the first counted word after it. Whether
//! two figures conflict is for `grouping` to judge, not this module.

use std::borrow::Cow;

use super::fold::lower;

/// Words between a figure and what it counts ("3 million new claims").
const COUNT_MODIFIERS: &[&str] = &[
    "million",
    "billion",
    "thousand",
    "new",
    "additional",
    "more",
    "other",
    "total",
    "initial",
    "extra",
    "further",
    "fresh",
];

/// The quantity stated by the figure `word`, token `at` of `tokens`, as a range
/// `(low, high)` with the unit it counts; `None` when `word` is no figure, or a
/// year.
pub(super) fn quantity(
    word: &str,
    tokens: &[&str],
    folded: &[Option<Cow<str>>],
    at: usize,
) -> Option<(f64, f64, String)> {
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // "12-15" and "1–2" are ranges; "85.6-million" is one scaled figure.
    let mut parts = word.split(['-', '–']);
    let first = figure(parts.next()?)?;
    let rest: Vec<&str> = parts.collect();
    let (mut value, mut top, joined_scale) = match rest.as_slice() {
        [] => (first, first, None),
        [scale] if scale_of(scale).is_some() => (first, first, scale_of(scale)),
        [second] => {
            let second = figure(second)?;
            (first.min(second), first.max(second), None)
        }
        _ => return None,
    };
    let next = tokens.get(at + 1).map(|x| lower(x)).unwrap_or_default();
    if let Some(scale) = joined_scale.or_else(|| scale_of(&next)) {
        value *= scale;
        top *= scale;
    }
    // "June 15" is a day of the month, not fifteen of something.
    let before = at.checked_sub(1).map(|k| lower(tokens[k]));
    if before.as_deref().is_some_and(is_month) {
        return None;
    }
    if (1900.0..=2100.0).contains(&value) && !word.contains(',') {
        return None; // a year
    }
    let prev = if at > 0 {
        lower(tokens[at - 1])
    } else {
        Cow::Borrowed("")
    };
    let prev2 = if at > 1 {
        lower(tokens[at - 2])
    } else {
        Cow::Borrowed("")
    };
    let (lo, hi) = match (prev2.as_ref(), prev.as_ref()) {
        (
            _,
            "about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "some"
            | "estimated",
        ) => (value * 0.85, value * 1.15),
        ("more", "than") | ("at", "least") | (_, "over") | (_, "above") => (value, f64::INFINITY),
        ("up", "to") | ("less", "than") | ("fewer", "than") | (_, "under") | ("at", "most") => {
            (0.0, value)
        }
        _ => (value, top),
    };
    let unit = folded
        .iter()
        .skip(at + 1)
        .flatten()
        .find(|x| !COUNT_MODIFIERS.contains(&x.as_ref()))
        .map_or_else(String::new, |x| x.to_string());
    Some((lo, hi, unit))
}

/// A plain figure ("12", "3.5", "10,000"), without any other character.
fn figure(text: &str) -> Option<f64> {
    let digits: String = text.chars().filter(|&c| c != ',').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    digits.trim_end_matches('.').parse().ok()
}

/// What a scale word multiplies by.
fn scale_of(word: &str) -> Option<f64> {
    match word {
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "thousand" => Some(1e3),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// A month's name or its abbreviation.
fn is_month(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
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

#[cfg(test)]
mod tests {
    use crate::analyze::terms::of;
    use crate::resolve::AliasTable;

    #[test]
    fn numbers_hedged_as_ranges() {
        let t = of(
            "More than 12,000 were predicted; about 10,000 troops; up to 50 men",
            &AliasTable::builtin(),
        );
        assert_eq!(t.numbers[0].0, 12000.0);
        assert!(t.numbers[0].1.is_infinite());
        assert_eq!((t.numbers[1].0, t.numbers[1].1), (8500.0, 11500.0));
        assert_eq!((t.numbers[2].0, t.numbers[2].1), (0.0, 50.0));
    }

    #[test]
    fn ranges_scales_and_days_read_right() {
        let table = AliasTable::builtin();
        let t = of("shots for ages 12-15 early next week", &table);
        assert_eq!((t.numbers[0].0, t.numbers[0].1), (12.0, 15.0));
        let t = of("a $85.6-million contract", &table);
        assert_eq!((t.numbers[0].0, t.numbers[0].1), (85.6e6, 85.6e6));
        let t = of(
            "in the week ended June 15, sales reached 28.2 million DVDs",
            &table,
        );
        assert_eq!(t.numbers.len(), 1, "{:?}", t.numbers);
        assert_eq!(t.numbers[0].0, 28.2e6);
    }
}
