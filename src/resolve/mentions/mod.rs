//! Resolving one mention inside its article: names (titles stripped, surnames
//! and "Mr. X" to the full name met in the article, owned titles such as "South
//! Korea's defense minister"), pronouns, descriptions, collective and unnamed
//! sources, spokesmen "for" a body, and the people an article names with a title.
//! Pure; `mod.rs` calls these in document order and merges across articles.
//!
//! This file holds the alias-table lookup shared by the rules and re-exports
//! them: `named.rs` (names, surnames, "Mr. X", owned titles), `bodies.rs` (the
//! body an appositive or "a spokesman for …" names), `pronouns.rs`,
//! `descriptions.rs` ("the minister", "the officials"), `unnamed.rs` (unnamed
//! and collective sources), `staff.rs` (whom "her spokesman" speaks for) and
//! `titled.rs` (the people an article names with a title); `interviews.rs`
//! (words told to another outlet come through it).

mod bodies;
mod descriptions;
mod interviews;
mod named;
mod pronouns;
mod staff;
mod titled;
mod unnamed;

pub(super) use descriptions::resolve_description;
pub(super) use interviews::{interviewer, relays};
pub(super) use named::{appositive_person, initials_title, resolve_name, staff_body};
pub(super) use pronouns::resolve_pronoun;
pub(super) use staff::principal;
pub(super) use titled::{body_words, titled_people};
pub(super) use unnamed::{collective, is_group_at_place, is_reports_from, unnamed};

use super::{entity_key, AliasEntry, LocalSource};

/// The source an alias-table entry names, met as `surface`.
fn from_table(e: &AliasEntry, surface: &str) -> LocalSource {
    LocalSource {
        key: entity_key(&e.name, None),
        name: e.name.clone(),
        kind: e.kind,
        surface: surface.to_string(),
        member_of: e.member_of.iter().cloned().collect(),
        title: String::new(),
    }
}
