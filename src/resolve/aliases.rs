//! The alias table: canonical names of well-known bodies and people, their other
//! names, kinds and the body each belongs to. Built in (`aliases.toml`) and
//! extended by a user's TOML file of the same shape.

use foldhash::HashMap;
use serde::Deserialize;

use super::names::norm_key;
use crate::model::SourceKind;

/// One entity of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AliasEntry {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: SourceKind,
    /// Other names.
    pub aliases: Vec<String>,
    /// The body it belongs to, by name.
    pub member_of: Option<String>,
}

/// Canonical names by normalised alias (looked up once per capitalised run
/// of every wording: a fast hash, as the keys are our own).
#[derive(Clone, Debug, Default)]
pub struct AliasTable {
    entries: Vec<AliasEntry>,
    index: HashMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileShape {
    #[serde(default)]
    entity: Vec<EntryShape>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryShape {
    name: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    member_of: Option<String>,
}

impl AliasTable {
    /// The built-in table.
    pub fn builtin() -> Self {
        let mut table = AliasTable::default();
        table
            .extend_from_toml(include_str!("aliases.toml"))
            .expect("the built-in alias table is valid");
        table
    }

    /// Adds the entities of a TOML text (`[[entity]] name = …, kind = …, aliases
    /// = […], member_of = …`); a name already known gains the new aliases and
    /// affiliation. Returns a message saying what is wrong on bad input.
    pub fn extend_from_toml(&mut self, text: &str) -> Result<(), String> {
        let file: FileShape = toml::from_str(text).map_err(|e| e.to_string())?;
        for e in file.entity {
            let kind = match e.kind.as_deref().unwrap_or("organization") {
                "person" => SourceKind::Person,
                "organization" | "organisation" => SourceKind::Organization,
                "government" => SourceKind::Government,
                "media" => SourceKind::Media,
                "unnamed" => SourceKind::Unnamed,
                other => return Err(format!("entity {:?}: unknown kind {other:?} (person, organization, government, media, unnamed)", e.name)),
            };
            let existing = self.index.get(&norm_key(&e.name)).copied();
            let i = match existing {
                Some(i) => {
                    let entry = &mut self.entries[i];
                    entry.aliases.extend(e.aliases.iter().cloned());
                    if e.member_of.is_some() {
                        entry.member_of = e.member_of.clone();
                    }
                    entry.kind = kind;
                    i
                }
                None => {
                    self.entries.push(AliasEntry {
                        name: e.name.clone(),
                        kind,
                        aliases: e.aliases.clone(),
                        member_of: e.member_of.clone(),
                    });
                    self.entries.len() - 1
                }
            };
            self.index.insert(norm_key(&e.name), i);
            for a in &e.aliases {
                self.index.insert(norm_key(a), i);
            }
        }
        Ok(())
    }

    /// The entry a name denotes, if the table knows it.
    pub fn canonical(&self, name: &str) -> Option<&AliasEntry> {
        self.canonical_key(&norm_key(name))
    }

    /// [`AliasTable::canonical`] of a name already normalised by
    /// [`norm_key`], for a caller that needs the key as well.
    pub fn canonical_key(&self, key: &str) -> Option<&AliasEntry> {
        self.index.get(key).map(|&i| &self.entries[i])
    }

    /// Every entry.
    pub fn entries(&self) -> &[AliasEntry] {
        &self.entries
    }
}
