//! Finds the attributions of one article. (Skeleton.)

use crate::model::{Article, Attribution};

/// Every attribution in `article`, in text order.
pub fn attributions(article: &Article) -> Vec<Attribution> {
    let _ = article;
    Vec::new()
}
