//! Figures in a wording as ranges: "about 10,000" is 8,500–11,500, "more than
//! 12,000" has no upper bound, "up to 50" no lower one; "3 million" scales, a
//! year is no figure, and the unit is the first counted word after it. Whether
//! two figures conflict is for `grouping` to judge, not this module.

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
    folded: &[Option<String>],
    at: usize,
) -> Option<(f64, f64, String)> {
    let digits: String = word
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if digits.is_empty() || !word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut value = digits.trim_end_matches('.').parse::<f64>().ok()?;
    let next = tokens
        .get(at + 1)
        .map(|x| x.to_lowercase())
        .unwrap_or_default();
    match next.as_str() {
        "million" => value *= 1e6,
        "billion" => value *= 1e9,
        "thousand" => value *= 1e3,
        _ => {}
    }
    if (1900.0..=2100.0).contains(&value) && !word.contains(',') {
        return None; // a year
    }
    let prev = if at > 0 {
        tokens[at - 1].to_lowercase()
    } else {
        String::new()
    };
    let prev2 = if at > 1 {
        tokens[at - 2].to_lowercase()
    } else {
        String::new()
    };
    let (lo, hi) = match (prev2.as_str(), prev.as_str()) {
        (
            _,
            "about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "some"
            | "estimated",
        ) => (value * 0.85, value * 1.15),
        ("more", "than") | ("at", "least") | (_, "over") | (_, "above") => (value, f64::INFINITY),
        ("up", "to") | ("less", "than") | ("fewer", "than") | (_, "under") | ("at", "most") => {
            (0.0, value)
        }
        _ => (value, value),
    };
    let unit = folded
        .iter()
        .skip(at + 1)
        .flatten()
        .find(|x| !COUNT_MODIFIERS.contains(&x.as_str()))
        .cloned()
        .unwrap_or_default();
    Some((lo, hi, unit))
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
}
