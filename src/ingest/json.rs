//! Reads articles from `.json` (one object) and `.jsonl` (one object per line)
//! text. A record that is not JSON, not an object or has no text is a note with its
//! line; the other records are still read. Pure: the caller reads the file.

use serde_json::{Map, Value};

use super::{is_blank, Parsed};
use crate::model::{Article, ArticleMeta, ByteSpan};

/// The fields an article's text is taken from, the first present wins.
const TEXT_KEYS: &[&str] = &["text", "body", "content"];
const TITLE_KEYS: &[&str] = &["title"];
const PUBLISHER_KEYS: &[&str] = &["publisher", "source", "outlet", "site"];
const DATE_KEYS: &[&str] = &["date", "published"];
const URL_KEYS: &[&str] = &["url"];
const AUTHOR_KEYS: &[&str] = &["author"];

/// Reads the one article of a `.json` file named `rel`.
pub(super) fn read_object(rel: &str, text: &str, parsed: &mut Parsed) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        parsed.warn(None, "empty file");
        return;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value) => read_record(rel.to_string(), value, None, parsed),
        Err(err) => parsed.error(Some(err.line()), json_message(&err)),
    }
}

/// Reads every article of a `.jsonl` file named `rel`, one per non-blank line,
/// named `rel#N`; a line over `max_bytes` is skipped with an error.
pub(super) fn read_lines(rel: &str, text: &str, max_bytes: u64, parsed: &mut Parsed) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        parsed.warn(None, "empty file");
        return;
    }
    for (line_idx, line) in text.split('\n').enumerate() {
        if is_blank(line) {
            continue;
        }
        let line_number = line_idx + 1;
        if line.len() as u64 > max_bytes {
            parsed.error(
                Some(line_number),
                super::too_large(line.len() as u64, max_bytes),
            );
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(value) => read_record(
                format!("{rel}#{line_number}"),
                value,
                Some(line_number),
                parsed,
            ),
            Err(err) => parsed.error(Some(line_number), json_message(&err)),
        }
    }
}

/// Turns one parsed record into an article named `path`; `line` is where notes point.
fn read_record(path: String, value: Value, line: Option<usize>, parsed: &mut Parsed) {
    let mut object = match value {
        Value::Object(object) => object,
        other => {
            parsed.error(
                line,
                format!("expected an article object, found {}", kind_of(&other)),
            );
            return;
        }
    };
    let Some(text_key) = TEXT_KEYS
        .iter()
        .copied()
        .find(|key| is_present(&object, key))
    else {
        parsed.error(line, "no text field (`text`, `body` or `content`)");
        return;
    };
    let text = match object.remove(text_key) {
        Some(Value::String(text)) => text,
        other => {
            let found = other.as_ref().map_or("nothing", kind_of);
            parsed.error(
                line,
                format!("field `{text_key}` should be a string, found {found}"),
            );
            return;
        }
    };
    if is_blank(&text) {
        parsed.warn(line, format!("field `{text_key}` is empty"));
        return;
    }
    let mut field = |keys: &[&str]| meta_field(&object, keys, line, parsed);
    let meta = ArticleMeta {
        title: field(TITLE_KEYS),
        publisher: field(PUBLISHER_KEYS),
        date: field(DATE_KEYS),
        url: field(URL_KEYS),
        author: field(AUTHOR_KEYS),
    };
    let body = ByteSpan::new(0, text.len());
    parsed.articles.push(Article {
        path,
        text,
        body,
        meta,
    });
}

/// True when `key` holds a value other than `null`.
fn is_present(object: &Map<String, Value>, key: &str) -> bool {
    object.get(key).is_some_and(|value| !value.is_null())
}

/// A metadata value: the first of `keys` present. Numbers and booleans are written
/// out, lists of strings joined with commas; anything else is ignored with a warning.
fn meta_field(
    object: &Map<String, Value>,
    keys: &[&str],
    line: Option<usize>,
    parsed: &mut Parsed,
) -> Option<String> {
    let key = keys.iter().copied().find(|key| is_present(object, key))?;
    let value = match &object[key] {
        Value::String(text) => text.trim().to_string(),
        Value::Number(number) => number.to_string(),
        Value::Bool(flag) => flag.to_string(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(", "),
        other => {
            parsed.warn(
                line,
                format!(
                    "field `{key}` should be a string, found {}; ignored",
                    kind_of(other)
                ),
            );
            return None;
        }
    };
    (!value.is_empty()).then_some(value)
}

/// The JSON kind of a value, for messages.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// serde_json's error as a note message; the line goes in the note itself.
fn json_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    // serde_json appends " at line L column C"; the column is kept, the line is
    // already the diagnostic's.
    let what = match full.rfind(" at line ") {
        Some(position) => &full[..position],
        None => &full,
    };
    format!("invalid JSON at column {}: {what}", err.column())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tests of the message only; records are tested through the stage's `check`.
    fn check(input: &str, expect: &str) {
        let err = serde_json::from_str::<Value>(input).unwrap_err();
        assert_eq!(json_message(&err), expect);
    }

    #[test]
    fn json_messages() {
        check(
            "{\"text\": 1",
            "invalid JSON at column 10: EOF while parsing an object",
        );
        check("not json", "invalid JSON at column 2: expected ident");
        check("{} {}", "invalid JSON at column 4: trailing characters");
    }
}
