//! Sources as one article names them, before entities are numbered: its
//! publisher (an outlet under its canonical name, or a placeholder scoped to the
//! document), bodies named only as affiliations, and the keys entities meet
//! by. Pure.

use super::names::{parse, slug};
use super::AliasTable;
use crate::model::{Article, SourceKind};

/// The publisher name of an article, or a per-document placeholder when unknown.
pub fn publisher_name(article: &Article) -> String {
    match &article.meta.publisher {
        Some(p) => p.clone(),
        None => format!("unknown publisher of {}", article.path),
    }
}

/// The entity key of an article's publisher.
pub fn publisher_key(article: &Article, table: &AliasTable) -> String {
    match &article.meta.publisher {
        Some(p) => entity_key(&outlet(p, table), None),
        // "src:publisher@<path>": the path is in the key once.
        None => entity_key("publisher", Some(&article.path)),
    }
}

/// The outlet a publisher name stands for: its canonical name, without the desk
/// or edition in parentheses ("Fox News (Online News)", "New York Times
/// (Opinion)" are Fox News and the New York Times: one outlet, one source).
pub(super) fn outlet(publisher: &str, table: &AliasTable) -> String {
    let bare = match publisher.trim_end().strip_suffix(')') {
        Some(open) => match open.rfind('(') {
            Some(at) if at > 0 => open[..at].trim_end(),
            _ => publisher,
        },
        None => publisher,
    };
    table
        .canonical(bare)
        .map_or_else(|| bare.to_string(), |e| e.name.clone())
}

/// The key entities meet by: a name's slug, scoped to a document where the
/// source is that document's own (an unknown publisher).
pub(super) fn entity_key(name: &str, scope: Option<&str>) -> String {
    match scope {
        Some(doc) => format!("src:{}@{}", slug(name), doc),
        None => format!("src:{}", slug(name)),
    }
}

/// A source as resolved inside one article, before entities are numbered.
#[derive(Clone, Debug)]
pub(super) struct LocalSource {
    pub(super) key: String,
    pub(super) name: String,
    pub(super) kind: SourceKind,
    /// The surface phrase, kept as an alias.
    pub(super) surface: String,
    /// Canonical names of the bodies it belongs to, innermost first.
    pub(super) member_of: Vec<String>,
    /// Lower-case title words, for descriptions ("the defense minister").
    pub(super) title: String,
}

/// The publisher of an article, as a source of its own voice.
pub(super) fn publisher_local(article: &Article, table: &AliasTable) -> LocalSource {
    let name = match &article.meta.publisher {
        Some(p) => outlet(p, table),
        None => publisher_name(article),
    };
    LocalSource {
        key: publisher_key(article, table),
        surface: name.clone(),
        name,
        kind: if article.meta.publisher.is_some() {
            SourceKind::Media
        } else {
            SourceKind::Publisher
        },
        member_of: Vec::new(),
        title: String::new(),
    }
}

/// An entity for a body named only as an affiliation ("South Korea").
pub(super) fn body_local(name: &str, table: &AliasTable) -> LocalSource {
    match table.canonical(name) {
        Some(e) => LocalSource {
            key: entity_key(&e.name, None),
            name: e.name.clone(),
            kind: e.kind,
            surface: name.to_string(),
            member_of: e.member_of.iter().cloned().collect(),
            title: String::new(),
        },
        None => {
            let p = parse(name);
            // A phrase that parses to no name ("X, Continental's": all of it
            // the possessive owner) keeps its owner, or else its words.
            let named = [p.name.as_str(), p.owner.as_deref().unwrap_or(""), name]
                .into_iter()
                .map(str::trim)
                .find(|n| !n.is_empty())
                .unwrap_or(name)
                .to_string();
            LocalSource {
                key: entity_key(&named, None),
                name: named,
                kind: SourceKind::Organization,
                surface: name.to_string(),
                member_of: Vec::new(),
                title: String::new(),
            }
        }
    }
}
