//! Claim ids for people: the shortest prefix that stays unique (shown in
//! tables), and a claim found again by its full id or any unique prefix, with
//! or without `claim:`. Sorted ids and binary search; never a scan of all
//! claims per lookup.

use std::collections::HashMap;

use super::output::Output;

impl Output {
    /// The claim id as short as it can be while staying a unique prefix (at least
    /// eight characters after `claim:`), for tables.
    pub fn short_claim_id<'a>(&self, id: &'a str) -> &'a str {
        match self.index.short_len.get(id) {
            Some(&len) if len < id.len() => &id[..len],
            _ => id,
        }
    }

    /// Finds a claim by its full id (`claim:…`) or a prefix of it, with or
    /// without the `claim:` part.
    pub fn find_claim(&self, query: &str) -> ClaimLookup {
        let query = query.trim();
        let key = if query.starts_with("claim:") {
            query.to_string()
        } else {
            format!("claim:{query}")
        };
        if self.index.short_len.contains_key(&key) {
            return ClaimLookup::Found(key);
        }
        if query.is_empty() {
            return ClaimLookup::Missing;
        }
        let ids = &self.index.claim_ids;
        let first = ids.partition_point(|id| id.as_str() < key.as_str());
        let matching: Vec<&String> = ids[first..]
            .iter()
            .take_while(|id| id.starts_with(&key))
            .take(MAX_AMBIGUOUS + 1)
            .collect();
        match matching.as_slice() {
            [] => ClaimLookup::Missing,
            [only] => ClaimLookup::Found((*only).clone()),
            _ => ClaimLookup::Ambiguous {
                more: matching.len() > MAX_AMBIGUOUS,
                first: matching.into_iter().take(MAX_AMBIGUOUS).cloned().collect(),
            },
        }
    }
}

/// How many candidates an ambiguous claim prefix lists.
const MAX_AMBIGUOUS: usize = 5;

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
