//! The corpus's entities by key, as sightings come in document order: the
//! first sighting of a key fixes its name and kind, later ones add aliases
//! and affiliations (an unnamed kind gives way to a named one, a person's
//! name to a longer one). Bodies named as affiliations become entities too.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::local::{body_local, LocalSource};
use super::AliasTable;
use crate::model::SourceKind;
use crate::text::fnv::fnv1a_32;

/// Entities by key, and every surface each key was sighted under.
#[derive(Default)]
pub(super) struct Registry {
    /// Each key's entity as its sightings made it.
    pub by_key: BTreeMap<String, LocalSource>,
    /// Each key's surfaces, in the order sighted.
    pub aliases: HashMap<String, Vec<String>>,
}

/// How many shards the sightings are registered in, in parallel.
const SHARDS: usize = 8;

impl Registry {
    /// The registry of every sighting `each` yields, in its order. Each key
    /// falls to one shard by a hash of the key, and each shard registers its
    /// keys' sightings in order, in parallel: a key's entity depends only on
    /// its own sightings and their order, so the shards merge into the one
    /// registry serial registration builds.
    pub fn of_all<'a, I>(each: impl Fn() -> I + Sync) -> Registry
    where
        I: Iterator<Item = &'a LocalSource>,
    {
        // Each sighting's shard, worked out once.
        let shard_of_each: Vec<u8> = each().map(|s| shard_of(&s.key)).collect();
        let shards: Vec<Registry> = (0..SHARDS as u8)
            .into_par_iter()
            .map(|shard| {
                let mut registry = Registry::default();
                for (s, _) in each().zip(&shard_of_each).filter(|&(_, &of)| of == shard) {
                    registry.register(s);
                }
                registry
            })
            .collect();
        let mut all = Registry::default();
        for mut shard in shards {
            all.by_key.append(&mut shard.by_key);
            all.aliases.extend(shard.aliases);
        }
        all
    }

    /// Adds one sighting.
    pub fn register(&mut self, s: &LocalSource) {
        // Most sightings are of a known key: looked up without a new string.
        let entry = match self.by_key.get_mut(&s.key) {
            Some(entry) => entry,
            None => self
                .by_key
                .entry(s.key.clone())
                .or_insert_with(|| s.clone()),
        };
        if entry.kind == SourceKind::Unnamed && s.kind != SourceKind::Unnamed {
            entry.kind = s.kind;
        }
        if entry.member_of.is_empty() && !s.member_of.is_empty() {
            entry.member_of = s.member_of.clone();
        }
        if entry.name.split_whitespace().count() < s.name.split_whitespace().count()
            && entry.kind == SourceKind::Person
            && s.kind == SourceKind::Person
        {
            entry.name = s.name.clone();
        }
        match self.aliases.get_mut(&s.key) {
            Some(names) => names.push(s.surface.clone()),
            None => {
                self.aliases.insert(s.key.clone(), vec![s.surface.clone()]);
            }
        }
    }

    /// Registers each body an entity is a member of, and the bodies those
    /// are members of, that no sighting named.
    pub fn add_bodies(&mut self, table: &AliasTable) {
        let mut pending: Vec<String> = self
            .by_key
            .values()
            .flat_map(|s| s.member_of.clone())
            .collect();
        while let Some(body) = pending.pop() {
            let local = body_local(&body, table);
            if !self.by_key.contains_key(&local.key) {
                pending.extend(local.member_of.clone());
                self.register(&local);
            }
        }
    }
}

/// The shard a key is registered in (FNV-1a of its bytes).
fn shard_of(key: &str) -> u8 {
    (fnv1a_32(key.as_bytes()) as usize % SHARDS) as u8
}
