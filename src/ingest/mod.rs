//! Reads a folder of articles: the pipeline's first stage and, with `export` and
//! the CLI, the only one that touches the file system.
//!
//! `.txt` and `.md` files are read whole, front matter included and nothing
//! normalised, so that spans index the file exactly as it is on disk; `.json` and
//! `.jsonl` records give their text field. Files are read in parallel; the output
//! is sorted by path. A bad file is a [`Diagnostic`], never an abort: only a
//! missing or unreadable input folder fails. Metadata comes from the files alone;
//! nothing is guessed from file names. An article larger than
//! [`IngestOptions::max_article_bytes`] is skipped with an error naming its size,
//! before it is read whole.

mod front_matter;
mod json;
mod walk;

use std::fs;
use std::io::{self, Read};
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

/// The default of [`IngestOptions::max_article_bytes`]: 5 MB, a hundred times
/// the longest news article.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 5_000_000;

/// How to read the folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestOptions {
    /// An article larger than this many bytes (a `.txt`, `.md` or `.json` file, a
    /// `.jsonl` line) is skipped with an error diagnostic.
    pub max_article_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

/// [`read_dir_with`] the default options.
pub fn read_dir(dir: &Path) -> Result<Ingested> {
    read_dir_with(dir, &IngestOptions::default())
}

/// Reads every article under `dir`: `.txt`, `.md`, `.json` and `.jsonl` files, in
/// subfolders too, hidden files and folders skipped, other files ignored.
///
/// Fails only when `dir` is not a readable folder; problems with single files are
/// returned as diagnostics.
pub fn read_dir_with(dir: &Path, options: &IngestOptions) -> Result<Ingested> {
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
    let per_file: Vec<(Vec<Article>, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|file| read_file(file, options.max_article_bytes))
        .collect();

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

/// Reads one file into its articles and diagnostics; a `.txt`, `.md` or `.json`
/// file over `max_bytes` is not read past its first `max_bytes + 1` bytes.
fn read_file(file: &FileEntry, max_bytes: u64) -> (Vec<Article>, Vec<Diagnostic>) {
    let mut parsed = Parsed::default();
    let limit = match file.kind {
        FileKind::Text | FileKind::Json => Some(max_bytes),
        // Many articles to a file: the limit is per line.
        FileKind::JsonLines => None,
    };
    match read_limited(&file.full, limit) {
        Ok(Err(size)) => parsed.error(None, too_large(size, max_bytes)),
        Ok(Ok(bytes)) => match decode(bytes) {
            Ok(text) => match file.kind {
                FileKind::Text => read_text(&file.rel, text, &mut parsed),
                FileKind::Json => json::read_object(&file.rel, &text, &mut parsed),
                FileKind::JsonLines => json::read_lines(&file.rel, &text, max_bytes, &mut parsed),
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

/// The file's bytes, or its size when it is over `limit` bytes (read no further).
fn read_limited(path: &Path, limit: Option<u64>) -> io::Result<Result<Vec<u8>, u64>> {
    let Some(limit) = limit else {
        return fs::read(path).map(Ok);
    };
    let file = fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Ok(Err(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    // A file that grew since, or a special file that reports no size.
    if bytes.len() as u64 > limit {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

/// The diagnostic of an article over the size limit.
pub(crate) fn too_large(size: u64, max_bytes: u64) -> String {
    format!(
        "article is {} ({size} bytes), over the {} limit (--max-article-bytes); skipped",
        human_size(size),
        human_size(max_bytes)
    )
}

/// A size in bytes as people say it: "6.2 MB", "512 kB", "80 bytes".
fn human_size(bytes: u64) -> String {
    let units = [(1e9, "GB"), (1e6, "MB"), (1e3, "kB")];
    for (scale, unit) in units {
        if bytes as f64 >= scale {
            let value = bytes as f64 / scale;
            return if value.fract() == 0.0 {
                format!("{value} {unit}")
            } else {
                format!("{value:.1} {unit}")
            };
        }
    }
    format!("{bytes} bytes")
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
