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
