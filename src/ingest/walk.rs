//! Lists the article files under the input folder: recursively, hidden entries
//! skipped, symlinked folders followed unless they lead back into a folder being
//! walked, sorted by relative path. Reads no file contents and never aborts below
//! the root: a folder that cannot be listed becomes a diagnostic.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::Note;
use crate::model::Severity;

/// How a file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FileKind {
    /// `.txt` or `.md`: the whole file, with optional front matter.
    Text,
    /// `.json`: one article object.
    Json,
    /// `.jsonl`: one article object per line.
    JsonLines,
}

/// One file to read.
#[derive(Debug)]
pub(super) struct FileEntry {
    /// Path relative to the root, `/`-separated: the document name.
    pub(super) rel: String,
    /// The root joined with the relative path: what diagnostics show.
    pub(super) full: PathBuf,
    /// How to read it.
    pub(super) kind: FileKind,
}

/// A problem met while walking, with the path it concerns.
pub(super) type WalkNote = (PathBuf, Note);

/// Every article file under `root`, sorted by relative path bytes. Fails only when
/// `root` itself cannot be listed.
pub(super) fn list_files(root: &Path) -> io::Result<(Vec<FileEntry>, Vec<WalkNote>)> {
    let mut walker = Walker::default();
    let canonical_root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    walker.ancestors.push(canonical_root);
    let entries = fs::read_dir(root)?;
    walker.walk_entries(root, "", entries);
    walker
        .files
        .sort_unstable_by(|a, b| a.rel.as_bytes().cmp(b.rel.as_bytes()));
    Ok((walker.files, walker.notes))
}

/// The state of one walk.
#[derive(Default)]
struct Walker {
    /// Canonical paths of the folders being walked, root first: a symlinked folder
    /// that resolves to one of them is a loop.
    ancestors: Vec<PathBuf>,
    files: Vec<FileEntry>,
    notes: Vec<WalkNote>,
}

impl Walker {
    fn note(&mut self, path: &Path, severity: Severity, message: String) {
        self.notes.push((
            path.to_path_buf(),
            Note {
                severity,
                line: None,
                message,
            },
        ));
    }

    fn walk_entries(&mut self, dir: &Path, rel: &str, entries: fs::ReadDir) {
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    self.note(
                        dir,
                        Severity::Error,
                        format!("failed to list folder: {}", io_message(&err)),
                    );
                    continue;
                }
            };
            let file_name = entry.file_name();
            let name = file_name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let child_rel = if rel.is_empty() {
                name.to_string()
            } else {
                format!("{rel}/{name}")
            };
            let kind = kind_of(&path);
            let file_type = match entry.file_type() {
                Ok(file_type) => file_type,
                Err(err) => {
                    self.note(
                        &path,
                        Severity::Error,
                        format!("failed to read file type: {}", io_message(&err)),
                    );
                    continue;
                }
            };
            let (is_dir, is_file) = if file_type.is_symlink() {
                match fs::metadata(&path) {
                    Ok(target) => (target.is_dir(), target.is_file()),
                    Err(err) => {
                        // A dangling link is only worth a word where an article was expected.
                        if kind.is_some() {
                            self.note(
                                &path,
                                Severity::Error,
                                format!("broken symbolic link: {}", io_message(&err)),
                            );
                        }
                        continue;
                    }
                }
            } else {
                (file_type.is_dir(), file_type.is_file())
            };
            if is_dir {
                self.walk_folder(&path, &child_rel);
            } else if let (true, Some(kind)) = (is_file, kind) {
                if file_name.to_str().is_none() {
                    self.note(
                        &path,
                        Severity::Warning,
                        format!("file name is not valid UTF-8; document named {child_rel}"),
                    );
                }
                self.files.push(FileEntry {
                    rel: child_rel,
                    full: path,
                    kind,
                });
            }
        }
    }

    fn walk_folder(&mut self, path: &Path, rel: &str) {
        let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if self.ancestors.contains(&canonical) {
            self.note(
                path,
                Severity::Warning,
                "symbolic link loops back to a parent folder; not followed".to_string(),
            );
            return;
        }
        match fs::read_dir(path) {
            Ok(entries) => {
                self.ancestors.push(canonical);
                self.walk_entries(path, rel, entries);
                self.ancestors.pop();
            }
            Err(err) => self.note(
                path,
                Severity::Error,
                format!("failed to list folder: {}", io_message(&err)),
            ),
        }
    }
}

/// How to read `path`, from its extension (any case); `None` for files to skip.
fn kind_of(path: &Path) -> Option<FileKind> {
    let extension = path.extension()?.to_str()?;
    [
        ("txt", FileKind::Text),
        ("md", FileKind::Text),
        ("json", FileKind::Json),
        ("jsonl", FileKind::JsonLines),
    ]
    .into_iter()
    .find(|(known, _)| extension.eq_ignore_ascii_case(known))
    .map(|(_, kind)| kind)
}

/// An I/O error as a diagnostic message: the OS text, starting lowercase.
pub(super) fn io_message(err: &io::Error) -> String {
    let text = err.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text,
    }
}
