//! The members of an enumeration ("The states involved are California,
//! Connecticut, Delaware, … and Washington"; "addressed to Obama, Clinton,
//! Soros and Holder"): two lists that each name members the other lacks are
//! two facts (two lawsuits' plaintiffs), however many names they share. Pure.

use crate::text::fnv::fnv1a_64;

/// The fewest members that make an enumeration: shorter runs of names are
/// ordinary sentences ("Biden, speaking Tuesday, said …").
const LEAST: usize = 4;

/// The most words a member may have ("former President Barack Obama").
const MOST_WORDS: usize = 5;

/// The members of the longest enumeration in `text`, each as a hash of the
/// last capitalised word before any "of" ("Representative Maxine Waters of
/// California" → "waters"), sorted and unique; empty without one.
pub(super) fn items(text: &str) -> Vec<u64> {
    let mut best: Vec<u64> = Vec::new();
    let mut run: Vec<u64> = Vec::new();
    let segments = text
        .split([',', ';'])
        .flat_map(|s| s.split(" and ").flat_map(|s| s.split(" or ")))
        .flat_map(|s| s.split(" & "))
        .map(str::trim)
        .filter(|s| !s.is_empty() && !matches!(*s, "and" | "or"));
    for (k, segment) in segments.enumerate() {
        // The first segment ends the sentence's opening ("The states
        // involved are California"): its last word may open the list.
        let words: Vec<&str> = segment.split_whitespace().collect();
        let member = if k == 0 {
            words.last().filter(|w| is_cap(w)).and_then(|w| key(&[w]))
        } else if is_member(&words) {
            key(&words)
        } else {
            None
        };
        match member {
            Some(h) => run.push(h),
            None => {
                if run.len() > best.len() {
                    best = std::mem::take(&mut run);
                }
                run.clear();
            }
        }
    }
    if run.len() > best.len() {
        best = run;
    }
    if best.len() < LEAST {
        return Vec::new();
    }
    best.sort_unstable();
    best.dedup();
    best
}

/// A short phrase most of whose words (past "of", "the") are capitalised.
fn is_member(words: &[&str]) -> bool {
    let counted: Vec<&&str> = words
        .iter()
        .filter(|w| !matches!(**w, "of" | "the" | "de" | "and"))
        .collect();
    !counted.is_empty()
        && words.len() <= MOST_WORDS
        && counted.iter().filter(|w| is_cap(w)).count() * 2 > counted.len()
}

fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The hash of a member's key word: its last capitalised word before "of".
fn key(words: &[&str]) -> Option<u64> {
    let head = words
        .iter()
        .take_while(|w| **w != "of")
        .filter(|w| is_cap(w) && !is_suffix(w))
        .last()?;
    let word: String = head
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    (!word.is_empty()).then(|| fnv1a_64(word.as_bytes()))
}

/// A suffix after a name ("Jr.", "PC", "Inc."), not the name.
fn is_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches(['.', ',']),
        "Jr" | "Sr" | "II" | "III" | "PC" | "P.C" | "Inc" | "LLC" | "LLP" | "Ltd" | "Corp" | "Co"
    )
}

/// True when two enumerations each name a member the other lacks.
pub fn lists_differ(a: &[u64], b: &[u64]) -> bool {
    let extra = |x: &[u64], y: &[u64]| x.iter().any(|h| y.binary_search(h).is_err());
    !a.is_empty() && !b.is_empty() && extra(a, b) && extra(b, a)
}

#[cfg(test)]
mod tests {
    use super::{items, lists_differ};

    #[test]
    fn two_lists_of_plaintiffs_differ_and_a_longer_list_of_the_same_does_not() {
        let fox = items("The states involved are California, Connecticut, Delaware, Kentucky, Illinois, Iowa, Maryland and Washington");
        let hill = items("The states that are party to the lawsuit include New York, California, Colorado, Connecticut, Delaware, Hawaii, Illinois, Maryland and Washington");
        assert_eq!(fox.len(), 8);
        assert!(lists_differ(&fox, &hill));
        let short = items("The packages were addressed to former President Barack Obama, Hillary Clinton, George Soros, Eric Holder and Maxine Waters");
        let long = items("The packages have been addressed to Barack Obama; Joseph R. Biden Jr.; Hillary Clinton; Representative Maxine Waters of California; Eric Holder; and George Soros");
        assert!(!lists_differ(&short, &long), "{short:?} {long:?}");
        // One firm's name, written two ways.
        let a = items("He practiced at the office of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC, where he was a partner");
        let b =
            items("He was a partner in the office of Mintz, Levin, Cohn, Ferris, Glovsky & Popeo");
        assert!(!lists_differ(&a, &b), "{a:?} {b:?}");
        // No enumeration: nothing to compare.
        assert!(items("Biden, speaking Tuesday, said the talks would resume").is_empty());
    }
}
