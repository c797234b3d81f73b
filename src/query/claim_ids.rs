//! Claim ids for people: the shortest prefix that stays unique (shown in
//! tables) and what a lookup by prefix finds; `Output::find_claim` (in
//! `output.rs`) finds a claim by its full id or any unique prefix, with or
//! without `claim:`. Sorted ids and binary search; never a scan of all claims
//! per lookup.

use std::collections::HashMap;

/// How many candidates an ambiguous claim prefix lists.
pub(super) const MAX_AMBIGUOUS: usize = 5;

/// Shortest unique prefix length of each id of a sorted, deduplicated list, at
/// least `claim:` and eight more characters.
pub(super) fn short_prefixes(sorted_ids: &[String]) -> HashMap<String, usize> {
    let mut lengths = HashMap::with_capacity(sorted_ids.len());
    for (pos, id) in sorted_ids.iter().enumerate() {
        let before = pos.checked_sub(1).map(|prev| sorted_ids[prev].as_str());
        let after = sorted_ids.get(pos + 1).map(String::as_str);
        lengths.insert(id.clone(), short_len(before, id, after));
    }
    lengths
}

/// The shortest unique prefix length of `id` between its neighbours in sorted
/// order, at least `claim:` and eight more characters.
pub(crate) fn short_len(before: Option<&str>, id: &str, after: Option<&str>) -> usize {
    fn common(a: &str, b: &str) -> usize {
        a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
    }
    let min_len = "claim:".len() + 8;
    let before = before.map_or(0, |prev| common(prev, id));
    let after = after.map_or(0, |next| common(next, id));
    let mut len = (before.max(after) + 1).max(min_len).min(id.len());
    while !id.is_char_boundary(len) {
        len += 1;
    }
    len
}

/// The result of looking a claim up by id or prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClaimLookup {
    /// Exactly one claim: its full id.
    Found(String),
    /// Several claims start with the prefix.
    Ambiguous {
        /// The first few of their ids, sorted.
        first: Vec<String>,
        /// True when more claims match than `first` lists.
        more: bool,
    },
    /// No claim has this id or prefix.
    Missing,
}
