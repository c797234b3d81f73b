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
    /// An output folder whose files do not belong together: its manifest is
    /// missing or disagrees with them (an interrupted or mixed build).
    #[error("{} is not a complete output set: {message}; rebuild it with `attrgraph build`", .path.display())]
    Inconsistent {
        /// The output folder.
        path: PathBuf,
        /// What disagrees.
        message: String,
    },
    /// `build` will not replace a folder that holds files it did not write.
    #[error("refusing to replace {}: {why}; point --out at a new or empty folder, or at an earlier attrgraph output", .path.display())]
    ForeignFolder {
        /// The output folder.
        path: PathBuf,
        /// What is there, for the message.
        why: String,
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
