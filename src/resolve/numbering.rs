//! Entities numbered in key order: after every sighting is registered,
//! nicknames, acronyms and bare surnames move their keys to the entity they
//! name, and each remaining key becomes one entity with its aliases and its
//! affiliations. Pure.

use std::collections::HashMap;

use rayon::prelude::*;

use super::local::{body_local, LocalSource};
use super::registry::Registry;
use super::{acronyms, nicknames, surnames, AliasTable};
use crate::model::{Article, Entity, SourceId};

/// The entities, sorted by key, and where each moved key went.
pub(super) fn number(
    registry: Registry,
    articles: &[Article],
    table: &AliasTable,
) -> (Vec<Entity>, HashMap<String, String>) {
    let Registry {
        mut by_key,
        mut aliases,
    } = registry;
    // "Tim Murray" joins the one Timothy Murray of the corpus, and "CDC"
    // joins "Centers for Disease Control and Prevention" when an article
    // spells it out so, and no article otherwise (the two found side by
    // side); then a bare surname joins the one person of the corpus who
    // bears it.
    let (mut moved, spelled) = rayon::join(
        || {
            nicknames::redirects(
                by_key
                    .values()
                    .map(|s| (s.key.as_str(), s.name.as_str(), s.kind)),
                table,
            )
        },
        || {
            acronyms::redirects(
                articles,
                by_key.values().map(|s| (s.key.as_str(), s.name.as_str())),
            )
        },
    );
    moved.extend(spelled);
    moved.extend(surnames::redirects(
        by_key
            .values()
            .filter(|s| !moved.contains_key(&s.key))
            .map(|s| (s.key.as_str(), s.name.as_str(), s.kind)),
        table,
    ));
    follow_chains(&mut moved);
    for (from, to) in &moved {
        if let Some(gone) = by_key.remove(from) {
            let names = aliases.remove(from).unwrap_or_default();
            let target = aliases.entry(to.clone()).or_default();
            target.push(gone.name);
            target.extend(names);
        }
    }
    let names_of: Vec<Vec<String>> = by_key
        .keys()
        .map(|key| aliases.remove(key).unwrap_or_default())
        .collect();
    let locals: Vec<LocalSource> = by_key.into_values().collect();
    // Entities are numbered in key order.
    let id_of = |key: &str| -> Option<SourceId> {
        let at = locals.binary_search_by(|s| s.key.as_str().cmp(key)).ok()?;
        Some(SourceId(at as u32))
    };
    let sources: Vec<Entity> = locals
        .par_iter()
        .zip(names_of)
        .enumerate()
        .map(|(own, (s, mut names))| {
            names.retain(|a| a != &s.name && !a.is_empty());
            names.sort();
            names.dedup();
            let affiliation = s
                .member_of
                .iter()
                .filter_map(|b| id_of(redirected(&moved, &body_local(b, table).key)))
                // Never a member of itself.
                .filter(|id| id.0 as usize != own)
                .collect();
            Entity {
                key: s.key.clone(),
                name: s.name.clone(),
                kind: s.kind,
                aliases: names,
                affiliation,
            }
        })
        .collect();
    (sources, moved)
}

/// The key a source's key was moved to, if it was.
pub(super) fn redirected<'a>(moved: &'a HashMap<String, String>, key: &'a str) -> &'a str {
    moved.get(key).map_or(key, String::as_str)
}

/// Sends each moved key to the end of its chain of moves: a surname's move
/// may take a name another move went to (a nickname's target joining the
/// plain name). A chain that loops moves nothing.
fn follow_chains(moved: &mut HashMap<String, String>) {
    let ends: Vec<(String, Option<String>)> = moved
        .keys()
        .map(|from| {
            let mut to = from.as_str();
            for _ in 0..=moved.len() {
                match moved.get(to) {
                    Some(next) if next != from => to = next,
                    Some(_) => return (from.clone(), None),
                    None => break,
                }
            }
            // A loop that does not come back to the start moves nothing either.
            let end = (!moved.contains_key(to)).then(|| to.to_string());
            (from.clone(), end)
        })
        .collect();
    for (from, end) in ends {
        match end {
            Some(to) => {
                moved.insert(from, to);
            }
            None => {
                moved.remove(&from);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_end_where_their_chain_ends_and_loops_move_nothing() {
        let mut moved: HashMap<String, String> = [
            ("a", "b"),
            ("b", "c"),
            ("x", "y"),
            ("y", "x"),
            ("p", "q"),
            ("q", "r"),
            ("r", "q"),
        ]
        .iter()
        .map(|(f, t)| (f.to_string(), t.to_string()))
        .collect();
        follow_chains(&mut moved);
        let mut got: Vec<(&str, &str)> = moved
            .iter()
            .map(|(f, t)| (f.as_str(), t.as_str()))
            .collect();
        got.sort();
        assert_eq!(got, [("a", "c"), ("b", "c")]);
    }
}
