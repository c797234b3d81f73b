//! The library's error type: one enum, each variant naming the file and what went
//! wrong. Only the stages that touch the world (ingest, export, query, eval) fail.

use std::io;
use std::path::PathBuf;

/// An error of the world-touching stages.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read.
    #[error("failed to read {}", .path.display())]
    Read {
        /// What.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// A file could not be written.
    #[error("failed to write {}", .path.display())]
    Write {
        /// What.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// A file was read but its content is not what it should be.
    #[error("failed to parse {}{}: {message}", .path.display(), .line.map(|l| format!(" line {l}")).unwrap_or_default())]
    Parse {
        /// What.
        path: PathBuf,
        /// Where, 1-based.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// The input folder does not exist or is not a folder.
    #[error("{} is not a folder", .path.display())]
    NotAFolder {
        /// What was given.
        path: PathBuf,
    },
    /// An output folder or one of its files is missing: nothing was built there.
    #[error("{} not found; run `attrgraph build` first", .path.display())]
    NoOutput {
        /// The missing folder or file.
        path: PathBuf,
    },
    /// Graphviz `dot` failed on the graph.
    #[error("`dot` failed: {message}")]
    Dot {
        /// What it said.
        message: String,
    },
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
