//! Reads a folder of articles: the pipeline's first stage and, with `export` and
//! the CLI, the only one that touches the file system.
//!
//! `.txt` and `.md` files are read whole, front matter included and nothing
//! normalised, so that spans index the file exactly as it is on disk; `.json` and
//! `.jsonl` records give their text field. Files are read in parallel; the output
//! is sorted by path. A bad file is a [`Diagnostic`], never an abort: only a
//! missing or unreadable input folder fails. Metadata comes from the files alone;
//! nothing is guessed from file names.

mod front_matter;
mod json;
mod walk;

use std::fs;
use std::io;
use std::path::Path;

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::model::{Article, ArticleMeta, ByteSpan, Diagnostic, Severity};
use front_matter::FrontMatter;
use walk::{FileEntry, FileKind};

/// The articles read and the problems met.
#[derive(Debug, Default)]
pub struct Ingested {
    /// Articles sorted by path (the records of one `.jsonl` file in line order).
    pub articles: Vec<Article>,
    /// Problems with files that were skipped or read in part, sorted by path and line.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads every article under `dir`: `.txt`, `.md`, `.json` and `.jsonl` files, in
/// subfolders too, hidden files and folders skipped, other files ignored.
///
/// Fails only when `dir` is not a readable folder; problems with single files are
/// returned as diagnostics.
pub fn read_dir(dir: &Path) -> Result<Ingested> {
    match fs::metadata(dir) {
        Ok(metadata) if metadata.is_dir() => {}
        Err(source) if source.kind() == io::ErrorKind::PermissionDenied => {
            return Err(Error::Read {
                path: dir.to_path_buf(),
                source,
            });
        }
        _ => {
            return Err(Error::NotAFolder {
                path: dir.to_path_buf(),
            })
        }
    }
    let (files, walk_notes) = walk::list_files(dir).map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let per_file: Vec<(Vec<Article>, Vec<Diagnostic>)> = files.par_iter().map(read_file).collect();

    let mut ingested = Ingested::default();
    for (path, note) in walk_notes {
        ingested
            .diagnostics
            .push(note.into_diagnostic(path.display().to_string()));
    }
    for (articles, diagnostics) in per_file {
        ingested.articles.extend(articles);
        ingested.diagnostics.extend(diagnostics);
    }
    ingested
        .diagnostics
        .sort_by(|a, b| (a.path.as_bytes(), a.line).cmp(&(b.path.as_bytes(), b.line)));
    Ok(ingested)
}

/// Reads one file into its articles and diagnostics.
fn read_file(file: &FileEntry) -> (Vec<Article>, Vec<Diagnostic>) {
    let mut parsed = Parsed::default();
    match fs::read(&file.full) {
        Ok(bytes) => match decode(bytes) {
            Ok(text) => match file.kind {
                FileKind::Text => read_text(&file.rel, text, &mut parsed),
                FileKind::Json => json::read_object(&file.rel, &text, &mut parsed),
                FileKind::JsonLines => json::read_lines(&file.rel, &text, &mut parsed),
            },
            Err(message) => parsed.error(None, message),
        },
        Err(err) => parsed.error(
            None,
            format!("failed to read file: {}", walk::io_message(&err)),
        ),
    }
    let shown = file.full.display().to_string();
    let diagnostics = parsed
        .notes
        .into_iter()
        .map(|note| note.into_diagnostic(shown.clone()))
        .collect();
    (parsed.articles, diagnostics)
}

/// The file's bytes as text, or why they are not.
fn decode(bytes: Vec<u8>) -> Result<String, String> {
    // `contains` is memchr; the position is only looked for in binary files.
    if bytes.contains(&0) {
        let position = bytes.iter().position(|&byte| byte == 0).unwrap_or_default();
        return Err(format!("binary file: NUL byte at byte {position}"));
    }
    String::from_utf8(bytes)
        .map_err(|err| format!("invalid UTF-8 at byte {}", err.utf8_error().valid_up_to()))
}

/// Reads a `.txt` or `.md` file: the whole file is the text, the body follows the
/// front matter if there is one.
fn read_text(rel: &str, text: String, parsed: &mut Parsed) {
    if is_blank(&text) {
        parsed.warn(None, "empty file");
        return;
    }
    let (meta, body_start) = match front_matter::split(&text) {
        FrontMatter::Absent => (ArticleMeta::default(), 0),
        FrontMatter::Unclosed => {
            parsed.warn(
                Some(1),
                "front matter is never closed; the whole file is read as the body",
            );
            (ArticleMeta::default(), 0)
        }
        FrontMatter::Closed { meta, body_start } => {
            if is_blank(&text[body_start..]) {
                parsed.warn(None, "no article text after the front matter");
                return;
            }
            (meta, body_start)
        }
    };
    let body = ByteSpan::new(body_start, text.len());
    parsed.articles.push(Article {
        path: rel.to_string(),
        text,
        body,
        meta,
    });
}

/// True when `text` holds nothing but white space (a byte-order mark included).
fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
}

/// A problem with one file, before the file's path is attached.
#[derive(Debug)]
struct Note {
    severity: Severity,
    line: Option<usize>,
    message: String,
}

impl Note {
    fn into_diagnostic(self, path: String) -> Diagnostic {
        Diagnostic {
            path,
            line: self.line,
            severity: self.severity,
            message: self.message,
        }
    }
}

/// What reading one file gave.
#[derive(Debug, Default)]
struct Parsed {
    articles: Vec<Article>,
    notes: Vec<Note>,
}

impl Parsed {
    fn error(&mut self, line: Option<usize>, message: impl Into<String>) {
        self.notes.push(Note {
            severity: Severity::Error,
            line,
            message: message.into(),
        });
    }

    fn warn(&mut self, line: Option<usize>, message: impl Into<String>) {
        self.notes.push(Note {
            severity: Severity::Warning,
            line,
            message: message.into(),
        });
    }
}

#[cfg(test)]
mod tests;
