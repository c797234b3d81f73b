//! Resolves source mentions to entities. (Skeleton.)

use crate::model::{Article, Attribution, Entity, ResolvedAttribution};

/// Aliases and affiliations.
#[derive(Clone, Debug, Default)]
pub struct AliasTable {}

/// Resolution result.
#[derive(Debug, Default)]
pub struct Resolved {
    /// Entities.
    pub sources: Vec<Entity>,
    /// Attributions with their source; `claim` is not yet assigned.
    pub attributions: Vec<ResolvedAttribution>,
}

/// Resolves every mention.
pub fn entities(articles: &[Article], extractions: Vec<Vec<Attribution>>, aliases: &AliasTable) -> Resolved {
    let _ = (articles, extractions, aliases);
    Resolved::default()
}

/// The publisher name of an article, or a per-document placeholder when unknown.
pub fn publisher_name(article: &Article) -> String {
    match &article.meta.publisher {
        Some(p) => p.clone(),
        None => format!("unknown publisher of {}", article.path),
    }
}
