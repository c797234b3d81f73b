//! Groups attributions into claims and analyses them. (Skeleton.)

use crate::model::{Article, Corpus};
use crate::resolve::Resolved;

/// Groups and analyses.
pub fn claims(articles: Vec<Article>, resolved: Resolved) -> Corpus {
    Corpus {
        articles,
        sources: resolved.sources,
        attributions: resolved.attributions,
        ..Corpus::default()
    }
}
