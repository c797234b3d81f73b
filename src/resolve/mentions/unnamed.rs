//! Sources without a name of their own: unnamed ones ("officials", "recent
//! reports from Kyiv") stand alone per article; collective ones ("South Korean
//! officials", "state media") may be a state's official body. Pure.

use super::from_table;
use crate::model::SourceKind;
use crate::resolve::names::collective_country;
use crate::resolve::{entity_key, AliasTable, LocalSource};

/// "Recent reports from Kyiv", "accounts in Moscow": reports that come from a
/// place, not statements of its government. They stand alone, like any
/// unnamed source.
pub(in crate::resolve) fn is_reports_from(text: &str) -> bool {
    let name = strip_modifiers(text).to_lowercase();
    let mut words = name.split_whitespace();
    matches!(
        words.next(),
        Some("reports" | "report" | "accounts" | "rumors" | "rumours" | "claims")
    ) && matches!(words.next(), Some("from" | "in" | "out"))
}

/// "Real estate trade groups in Alabama and Georgia", "residents in Kyiv":
/// common nouns in a place, not its government and not a person named like
/// the place. Officials, authorities, police and the like of a place stay its
/// official bodies.
pub(in crate::resolve) fn is_group_at_place(text: &str) -> bool {
    const PLACE_PREPOSITIONS: &[&str] = &["in", "from", "at", "across", "around", "throughout"];
    const OFFICIAL: &[&str] = &[
        "officials",
        "authorities",
        "police",
        "forces",
        "troops",
        "lawmakers",
        "legislators",
        "prosecutors",
        "investigators",
        "diplomats",
        "leaders",
        "commanders",
        "sources",
        "officers",
        "agents",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(p) = words.iter().position(|w| PLACE_PREPOSITIONS.contains(w)) else {
        return false;
    };
    let Some(head) = p.checked_sub(1).map(|h| words[h]) else {
        return false;
    };
    let lowercase = |w: &str| !w.chars().any(char::is_uppercase);
    // The first word may carry the capital of the sentence's start.
    let head_part = &words[usize::from(p > 1)..p];
    head.len() > 3
        && head.ends_with('s')
        && head_part.iter().all(|w| lowercase(w))
        && !OFFICIAL.contains(&head.to_lowercase().as_str())
}

pub(in crate::resolve) fn unnamed(text: &str, doc: &str) -> LocalSource {
    let name = strip_modifiers(text);
    LocalSource {
        key: entity_key(&name, Some(doc)),
        name: name.clone(),
        kind: SourceKind::Unnamed,
        surface: text.to_string(),
        member_of: Vec::new(),
        title: String::new(),
    }
}

/// "Persistent intelligence reports" → "intelligence reports"; "recent reports
/// from Kyiv" → "reports from Kyiv"; "the officials" → "officials".
pub(in crate::resolve) fn strip_modifiers(text: &str) -> String {
    const MODIFIERS: &[&str] = &[
        "the",
        "a",
        "an",
        "some",
        "many",
        "several",
        "persistent",
        "recent",
        "new",
        "other",
        "both",
        "unnamed",
        "anonymous",
        "two",
        "three",
        "senior",
        "local",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut i = 0;
    while i + 1 < words.len() && MODIFIERS.contains(&words[i].to_lowercase().as_str()) {
        i += 1;
    }
    words[i..].join(" ")
}

pub(in crate::resolve) fn collective(text: &str, doc: &str, table: &AliasTable) -> LocalSource {
    if let Some(e) = table
        .canonical(text)
        .or_else(|| table.canonical(&strip_modifiers(text)))
    {
        return from_table(e, text);
    }
    let mut s = unnamed(text, doc);
    if let Some(country) = collective_country(text) {
        // An official body of a state: one source with its government.
        let name = strip_modifiers(text);
        s = LocalSource {
            key: entity_key(&name, None),
            name,
            kind: SourceKind::Organization,
            surface: text.to_string(),
            member_of: vec![country.to_string()],
            title: String::new(),
        };
    } else if text
        .split_whitespace()
        .any(|w| matches!(w.to_lowercase().as_str(), "news" | "media" | "newspapers"))
    {
        s.kind = SourceKind::Media;
    }
    s
}
