//! Reads brat-standoff gold in the PolNeAR layout (`text/<doc>.txt` beside
//! `attributions/<doc>_<annotator>.ann`) exactly as `read_ann` in
//! `../shared/eval/score_polnear.py` does, quirks included: a record starts with
//! `T<n>\t`, `E<n>\t` or `#<n>\t` and any other line continues the record before it;
//! a trailing number on a role is dropped (`Content2` is content); roles are
//! case-sensitive (`source:T3` is not a source). Files are read as Python's
//! `read_text` reads them: `\r\n` and `\r` become `\n` before offsets count.
//! This module reads and parses; it does not score.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use crate::error::{Error, Result};

/// A half-open range of code points. Signed, because predictions are compared as
/// the Python scorer compares them, without validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Offsets {
    /// First code point.
    pub start: i64,
    /// One past the last code point.
    pub end: i64,
}

impl Offsets {
    /// The range from `start` to `end`.
    pub fn new(start: i64, end: i64) -> Self {
        Offsets { start, end }
    }

    /// Number of code points the range covers, negative when reversed.
    pub fn len(&self) -> i64 {
        self.end - self.start
    }

    /// True when the range covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// One gold attribution: the fragments of each role, in the order the event
/// lists them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    /// Fragments of the source.
    pub source: Vec<Offsets>,
    /// Fragments of the cue.
    pub cue: Vec<Offsets>,
    /// Fragments of the content (`Content`, `Content2`, …).
    pub content: Vec<Offsets>,
}

/// One gold document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldDocument {
    /// File name of the text, `<doc>.txt`: predictions match by it.
    pub name: String,
    /// The text, with line ends translated as Python's `read_text` does.
    pub text: String,
    /// The annotation file that counts (the alphabetically first annotator).
    pub annotation: PathBuf,
    /// Its attributions, in file order.
    pub attributions: Vec<GoldAttribution>,
}

/// Every annotated document of a split, sorted by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldSet {
    /// The documents with at least one annotation file.
    pub documents: Vec<GoldDocument>,
}

/// Reads the gold of a split folder: every `text/*.txt` (sorted by name) that has
/// at least one `attributions/<stem>_*.ann`, with the alphabetically first of
/// those.
pub fn read_gold(dir: &Path) -> Result<GoldSet> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut texts: Vec<String> = file_names(&text_dir)?
        .into_iter()
        .filter(|name| name.ends_with(".txt"))
        .collect();
    texts.sort();
    let mut anns: Vec<String> = file_names(&ann_dir)?
        .into_iter()
        .filter(|name| name.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut documents = Vec::new();
    for name in texts {
        let stem = Path::new(&name)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(&name);
        let prefix = format!("{stem}_");
        let Some(ann) = anns
            .iter()
            .find(|a| a.len() >= prefix.len() + ".ann".len() && a.starts_with(&prefix))
        else {
            continue;
        };
        let text_path = text_dir.join(&name);
        let ann_path = ann_dir.join(ann);
        let text = read_text(&text_path)?;
        let attributions = parse_ann(&ann_path, &read_text(&ann_path)?)?;
        documents.push(GoldDocument {
            name,
            text,
            annotation: ann_path,
            attributions,
        });
    }
    Ok(GoldSet { documents })
}

/// Names of the files (not folders) in `dir`; names that are not UTF-8 are left
/// out.
fn file_names(dir: &Path) -> Result<Vec<String>> {
    if !dir.is_dir() {
        return Err(Error::NotAFolder {
            path: dir.to_path_buf(),
        });
    }
    let read_error = |source| Error::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        let is_file = entry.path().is_file();
        if let (true, Ok(name)) = (is_file, entry.file_name().into_string()) {
            names.push(name);
        }
    }
    Ok(names)
}

/// Reads a UTF-8 file with Python's universal newlines.
fn read_text(path: &Path) -> Result<String> {
    let raw = fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(universal_newlines(raw))
}

/// `\r\n` and lone `\r` become `\n`, as in Python's text mode.
fn universal_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

static RECORD_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[TE#]\d+\t").expect("valid regex"));
static ROLE_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+$").expect("valid regex"));

/// One record: its first line (1-based) and its lines joined with `\n`.
struct Record {
    line: usize,
    text: String,
}

/// Parses the content of a brat annotation file; `path` only names it in errors.
pub fn parse_ann(path: &Path, content: &str) -> Result<Vec<GoldAttribution>> {
    let content = universal_newlines(content.to_string());
    let mut records: Vec<Record> = Vec::new();
    for (idx, line) in content.split('\n').enumerate() {
        if RECORD_START.is_match(line) {
            records.push(Record {
                line: idx + 1,
                text: line.to_string(),
            });
        } else if let Some(last) = records.last_mut() {
            last.text.push('\n');
            last.text.push_str(line);
        }
    }
    let error = |record: &Record, message: String| Error::Parse {
        path: path.to_path_buf(),
        line: Some(record.line),
        message,
    };
    let mut spans_of: HashMap<&str, Vec<Offsets>> = HashMap::new();
    for record in records.iter().filter(|r| r.text.starts_with('T')) {
        let (tid, rest) = record
            .text
            .split_once('\t')
            .expect("a record start holds a tab");
        let head = rest.split('\t').next().unwrap_or("");
        let Some((_kind, offsets)) = head.split_once(' ') else {
            return Err(error(
                record,
                format!("expected `Kind start end` after {tid}, found {head:?}"),
            ));
        };
        let mut fragments = Vec::new();
        for part in offsets.split(';') {
            let numbers: Vec<&str> = split_py_whitespace(part).collect();
            let parsed: Vec<i64> = numbers.iter().filter_map(|n| n.parse().ok()).collect();
            if numbers.len() != 2 || parsed.len() != 2 {
                return Err(error(
                    record,
                    format!("expected `start end` in {tid}, found {part:?}"),
                ));
            }
            fragments.push(Offsets::new(parsed[0], parsed[1]));
        }
        spans_of.insert(tid, fragments);
    }
    let mut events = Vec::new();
    for record in records.iter().filter(|r| r.text.starts_with('E')) {
        let (_, args) = record
            .text
            .split_once('\t')
            .expect("a record start holds a tab");
        let mut event = GoldAttribution::default();
        for arg in split_py_whitespace(args) {
            let mut parts = arg.split(':');
            let (Some(role), Some(tid), None) = (parts.next(), parts.next(), parts.next()) else {
                return Err(error(record, format!("expected `Role:Tn`, found {arg:?}")));
            };
            let role = ROLE_NUMBER.replace(role, "");
            let target = match role.as_ref() {
                "Source" => &mut event.source,
                "Cue" => &mut event.cue,
                "Content" => &mut event.content,
                _ => continue,
            };
            let Some(fragments) = spans_of.get(tid) else {
                return Err(error(
                    record,
                    format!("{arg} names no text-bound annotation"),
                ));
            };
            target.extend_from_slice(fragments);
        }
        events.push(event);
    }
    Ok(events)
}

/// Splits on whitespace as Python's `str.split()` does, which also splits on the
/// separators U+001C–U+001F.
fn split_py_whitespace(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
        .filter(|part| !part.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `ann` and renders each event as `source … | cue … | content …`, or
    /// renders the error.
    fn check(ann: &str, expect: &str) {
        let got = match parse_ann(Path::new("x.ann"), ann) {
            Ok(events) => events
                .iter()
                .map(|e| {
                    format!(
                        "source {} | cue {} | content {}",
                        render(&e.source),
                        render(&e.cue),
                        render(&e.content)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Err(err) => err.to_string(),
        };
        assert_eq!(got, expect, "for\n{ann}");
    }

    fn render(spans: &[Offsets]) -> String {
        spans
            .iter()
            .map(|s| format!("{}-{}", s.start, s.end))
            .collect::<Vec<_>>()
            .join(",")
    }

    #[test]
    fn plain_event() {
        check(
            "T1\tSource 0 5\tTrump\nT2\tCue 6 10\tsaid\nT3\tContent 11 20\tit is so\nT4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
            "source 0-5 | cue 6-10 | content 11-20",
        );
    }

    #[test]
    fn later_roles_and_numbered_roles_continue() {
        check(
            "T1\tCue 6 10\tsaid\nT2\tContent 11 20\tx\nT3\tContent 30 40\ty\nE1\tAttribution:T1 Cue:T1 Content:T2 Content2:T3\n",
            "source  | cue 6-10 | content 11-20,30-40",
        );
    }

    #[test]
    fn discontinuous_spans() {
        check(
            "T1\tContent 11 20;25 30\tab cd\nT2\tCue 21 24\tsaid\nE1\tCue:T2 Content:T1\n",
            "source  | cue 21-24 | content 11-20,25-30",
        );
    }

    #[test]
    fn wrapped_records_and_notes() {
        // The text of T1 runs over two lines, the note over three, and E1 wraps
        // between its arguments; the stray first line belongs to no record.
        check(
            "stray\nT1\tContent 0 13\tfirst line\nsecond\n#1\tAnnotatorNotes T1\tnote\nmore\nE1\nT2\tCue 14 18\tsaid\nE1\tCue:T2\nContent:T1\n",
            "source  | cue 14-18 | content 0-13",
        );
    }

    #[test]
    fn events_may_name_later_text_bound_annotations() {
        check(
            "E1\tCue:T9 Source:T8\nT8\tSource 0 3\tabc\nT9\tCue 4 8\tsaid\n",
            "source 0-3 | cue 4-8 | content ",
        );
    }

    #[test]
    fn roles_are_case_sensitive() {
        check(
            "T1\tSource 0 3\tabc\nT2\tCue 4 8\tsaid\nE1\tCue:T2 source:T1\n",
            "source  | cue 4-8 | content ",
        );
    }

    #[test]
    fn carriage_returns_end_lines() {
        check(
            "T1\tCue 4 8\tsaid\r\nE1\tCue:T1\r\n",
            "source  | cue 4-8 | content ",
        );
    }

    #[test]
    fn malformed_records() {
        check(
            "T1\tSource\tabc\n",
            "failed to parse x.ann line 1: expected `Kind start end` after T1, found \"Source\"",
        );
        check(
            "T1\tSource 0 x\tabc\n",
            "failed to parse x.ann line 1: expected `start end` in T1, found \"0 x\"",
        );
        check(
            "T1\tSource 0 3\tabc\nE1\tSource:T2\n",
            "failed to parse x.ann line 2: Source:T2 names no text-bound annotation",
        );
        check(
            "E1\tCue\n",
            "failed to parse x.ann line 1: expected `Role:Tn`, found \"Cue\"",
        );
    }

    #[test]
    fn unknown_roles_need_no_target() {
        check("E1\tAttribution:T7 Other:T8\n", "source  | cue  | content ");
    }
}
