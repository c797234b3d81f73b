//! Reads a folder of articles. (Skeleton; the ingest helper fills it in.)

use std::path::Path;

use crate::model::{Article, Diagnostic};

/// The articles read and the problems met.
#[derive(Debug, Default)]
pub struct Ingested {
    /// Articles sorted by path.
    pub articles: Vec<Article>,
    /// Problems with files that were skipped or read in part.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads every article under `dir`.
pub fn read_dir(dir: &Path) -> crate::error::Result<Ingested> {
    let _ = dir;
    Ok(Ingested::default())
}
