//! Splits the YAML front matter off a `.txt`/`.md` article and reads its metadata.
//!
//! Only the subset articles use: `key: value` lines, values plain, `"double"` or
//! `'single'` quoted, folded over indented lines, `|`/`>` blocks and `- item`
//! lists. Unknown keys are ignored. No YAML crate: the front matter is a handful of
//! flat keys, and a full YAML parser would reject files this reads fine. Pure: no
//! I/O.

use crate::model::ArticleMeta;

/// What the start of a file holds.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum FrontMatter {
    /// The file does not start with a `---` line.
    Absent,
    /// A `---` line opens front matter but no `---` or `...` line closes it.
    Unclosed,
    /// Front matter, closed.
    Closed {
        /// The metadata it gives.
        meta: ArticleMeta,
        /// Byte offset just past the closing line and its line ending.
        body_start: usize,
    },
}

/// The keys read for each metadata field, the preferred first.
const TITLE_KEYS: &[&str] = &["title"];
const PUBLISHER_KEYS: &[&str] = &["publisher", "source", "outlet", "site"];
const DATE_KEYS: &[&str] = &["date", "published"];
const URL_KEYS: &[&str] = &["url"];
const AUTHOR_KEYS: &[&str] = &["author"];

/// Finds and reads the front matter at the start of `text` (after an optional
/// byte-order mark).
pub(super) fn split(text: &str) -> FrontMatter {
    let start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut lines = Lines {
        text,
        offset: start,
    };
    match lines.next() {
        Some(first) if is_fence(first, false) => {}
        _ => return FrontMatter::Absent,
    }
    let mut inside = Vec::new();
    for line in lines.by_ref() {
        if is_fence(line, true) {
            let fields = parse_fields(&inside);
            return FrontMatter::Closed {
                meta: meta_from(&fields),
                body_start: lines.offset,
            };
        }
        inside.push(line);
    }
    FrontMatter::Unclosed
}

/// True for a `---` line (or `...` when `closing`), trailing blanks allowed.
fn is_fence(line: &str, closing: bool) -> bool {
    let line = line.trim_end();
    line == "---" || (closing && line == "...")
}

/// The lines of a text from a byte offset, without their `\n` or `\r\n`;
/// `offset` is always just past the line last returned.
struct Lines<'a> {
    text: &'a str,
    offset: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = &self.text[self.offset..];
        if rest.is_empty() {
            return None;
        }
        let (line, consumed) = match rest.find('\n') {
            Some(newline) => (&rest[..newline], newline + 1),
            None => (rest, rest.len()),
        };
        self.offset += consumed;
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

/// The `key: value` pairs of the front matter lines, keys lowercased, in order;
/// values already unquoted and joined. Empty and null values are left out.
fn parse_fields(lines: &[&str]) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut line_idx = 0;
    while line_idx < lines.len() {
        let line = lines[line_idx];
        line_idx += 1;
        if line.trim().is_empty()
            || line.trim_start().starts_with('#')
            || line.starts_with([' ', '\t'])
        {
            continue;
        }
        let Some((key, raw_value)) = split_key(line) else {
            continue;
        };
        // Indented (or blank) lines after a key continue its value.
        let mut continuation = Vec::new();
        while line_idx < lines.len()
            && (lines[line_idx].starts_with([' ', '\t']) || lines[line_idx].trim().is_empty())
        {
            continuation.push(lines[line_idx].trim());
            line_idx += 1;
        }
        while continuation.last() == Some(&"") {
            continuation.pop();
        }
        if let Some(value) = value_of(raw_value.trim(), &continuation) {
            let key = key.trim().trim_matches(['"', '\'']).to_lowercase();
            fields.push((key, value));
        }
    }
    fields
}

/// Splits `key: value` at the first colon followed by a blank or the line end.
fn split_key(line: &str) -> Option<(&str, &str)> {
    let mut search_from = 0;
    while let Some(found) = line[search_from..].find(':') {
        let colon = search_from + found;
        let after = &line[colon + 1..];
        if after.is_empty() || after.starts_with([' ', '\t']) {
            return Some((&line[..colon], after));
        }
        search_from = colon + 1;
    }
    None
}

/// The value of a key from the rest of its line and its continuation lines.
fn value_of(raw: &str, continuation: &[&str]) -> Option<String> {
    let value = match raw {
        "|" | "|-" | "|+" => continuation.join("\n"),
        ">" | ">-" | ">+" => join_folded(continuation),
        "" if continuation.iter().any(|line| line.starts_with('-')) => continuation
            .iter()
            .filter_map(|line| line.strip_prefix('-'))
            .filter_map(|item| scalar(item.trim()))
            .collect::<Vec<_>>()
            .join(", "),
        _ if raw.starts_with('[') && raw.ends_with(']') => raw[1..raw.len() - 1]
            .split(',')
            .filter_map(|item| scalar(item.trim()))
            .collect::<Vec<_>>()
            .join(", "),
        _ => {
            let mut joined = raw.to_string();
            for line in continuation {
                joined.push(' ');
                joined.push_str(line);
            }
            scalar(joined.trim())?
        }
    };
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// Folded lines: joined by spaces, a blank line kept as a line break.
fn join_folded(lines: &[&str]) -> String {
    let mut folded = String::new();
    for line in lines {
        if line.is_empty() {
            folded.push('\n');
        } else {
            if !folded.is_empty() && !folded.ends_with('\n') {
                folded.push(' ');
            }
            folded.push_str(line);
        }
    }
    folded
}

/// One scalar: unquoted, or with its trailing ` # comment` cut; `None` for null.
fn scalar(raw: &str) -> Option<String> {
    let quoted_by = |quote: char| raw.len() >= 2 && raw.starts_with(quote) && raw.ends_with(quote);
    if quoted_by('"') {
        return Some(unescape_double(&raw[1..raw.len() - 1]));
    }
    if quoted_by('\'') {
        return Some(raw[1..raw.len() - 1].replace("''", "'"));
    }
    let plain = match raw.find(" #") {
        Some(comment) => raw[..comment].trim_end(),
        None => raw,
    };
    match plain {
        "" | "~" | "null" | "Null" | "NULL" => None,
        _ => Some(plain.to_string()),
    }
}

/// The common escapes of a YAML double-quoted string; others are kept as written.
fn unescape_double(inner: &str) -> String {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(escaped @ ('"' | '\\' | '/')) => out.push(escaped),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The metadata from the fields: for each, the first value under its preferred key.
fn meta_from(fields: &[(String, String)]) -> ArticleMeta {
    let pick = |keys: &[&str]| {
        keys.iter()
            .find_map(|key| fields.iter().find(|(field_key, _)| field_key == key))
            .map(|(_, value)| value.clone())
    };
    ArticleMeta {
        title: pick(TITLE_KEYS),
        publisher: pick(PUBLISHER_KEYS),
        date: pick(DATE_KEYS),
        url: pick(URL_KEYS),
        author: pick(AUTHOR_KEYS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders what `split` finds in `input`: the metadata given and the body.
    fn check(input: &str, expect: &str) {
        let actual = match split(input) {
            FrontMatter::Absent => "absent".to_string(),
            FrontMatter::Unclosed => "unclosed".to_string(),
            FrontMatter::Closed { meta, body_start } => {
                let mut lines = Vec::new();
                for (name, value) in [
                    ("title", &meta.title),
                    ("publisher", &meta.publisher),
                    ("date", &meta.date),
                    ("url", &meta.url),
                    ("author", &meta.author),
                ] {
                    if let Some(value) = value {
                        lines.push(format!("{name}: {value:?}"));
                    }
                }
                lines.push(format!("body: {:?}", &input[body_start..]));
                lines.join("\n")
            }
        };
        assert_eq!(actual, expect.trim(), "input:\n{input}");
    }

    #[test]
    fn plain_values() {
        check(
            "---\ntitle: Troops in Kursk\npublisher: RFE/RL\ndate: 2024-10-29\nurl: https://example.org/a?b=c:d\nauthor: A. Writer\n---\nBody.\n",
            r#"
title: "Troops in Kursk"
publisher: "RFE/RL"
date: "2024-10-29"
url: "https://example.org/a?b=c:d"
author: "A. Writer"
body: "Body.\n"
"#,
        );
    }

    #[test]
    fn quoted_values() {
        check(
            "---\ntitle: \"Seoul: \\\"likely\\\" # not a comment\"\npublisher: 'The Reporter''s Desk'\ndate: 2024-10-08 # a comment\n---\nx",
            r#"
title: "Seoul: \"likely\" # not a comment"
publisher: "The Reporter's Desk"
date: "2024-10-08"
body: "x"
"#,
        );
    }

    #[test]
    fn synonyms_and_preference() {
        check(
            "---\nsource: Yonhap\npublished: 2024-10-01\n---\n",
            "publisher: \"Yonhap\"\ndate: \"2024-10-01\"\nbody: \"\"",
        );
        check(
            "---\nsite: Site\noutlet: Outlet\n---\n",
            "publisher: \"Outlet\"\nbody: \"\"",
        );
        check(
            "---\nsource: Source\npublisher: Publisher\n---\n",
            "publisher: \"Publisher\"\nbody: \"\"",
        );
        check("---\nTitle: Upper\n---\n", "title: \"Upper\"\nbody: \"\"");
        check("---\n\"source\": Q\n---\n", "publisher: \"Q\"\nbody: \"\"");
    }

    #[test]
    fn unknown_keys_comments_and_nulls() {
        check(
            "---\n# comment\ntags: [a, b]\nextra:\n  nested: 1\nauthor: ~\ntitle:\n---\nb",
            r#"body: "b""#,
        );
    }

    #[test]
    fn crlf_and_dots_closing() {
        check(
            "---\r\ntitle: T\r\n...\r\nbody\r\n",
            "title: \"T\"\nbody: \"body\\r\\n\"",
        );
        check(
            "\u{feff}---\r\ntitle: T\r\n---\r\n",
            "title: \"T\"\nbody: \"\"",
        );
    }

    #[test]
    fn multi_line_values() {
        check(
            "---\ntitle: A long\n  headline\nauthor:\n  - One\n  - 'Two'\nurl: [x]\ndate: >\n  October\n  8\n---\n",
            r#"
title: "A long headline"
date: "October 8"
url: "x"
author: "One, Two"
body: ""
"#,
        );
    }

    #[test]
    fn absent_or_unclosed() {
        check("title: T\n---\n", "absent");
        check("--- \ntitle: T\n", "unclosed");
        check("---", "unclosed");
        check(" ---\n---\n", "absent");
        check("----\n---\n", "absent");
    }
}
