//! An attribution's content spans in the database: `content_text` holds their
//! texts joined by ` … `, so `content_json` holds each span's `start` and `end`
//! and its `text` only where that text is not the next piece of `content_text`
//! (its length in code points is not `end - start`, which never happens for
//! spans cut from an article). The database then carries each content text
//! once. [`content_json`] writes the column, [`content_spans`] reads the spans
//! back, texts and all. Pure.

use serde::{Deserialize, Serialize};

use crate::export::json::WireSpan;

/// The separator of the spans' texts in `content_text`.
pub const SEPARATOR: &str = " … ";

/// A span as `content_json` holds it.
#[derive(Serialize, Deserialize)]
struct StoredSpan<S> {
    start: usize,
    end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<S>,
}

/// `content_json` of spans whose texts are joined by [`SEPARATOR`] in
/// `content_text`: each span's text left out where its length tells it.
pub fn content_json<S: AsRef<str>>(spans: &[WireSpan<S>]) -> String {
    let stored: Vec<StoredSpan<&str>> = spans
        .iter()
        .map(|span| {
            let text = span.text.as_ref();
            let told = span.end.checked_sub(span.start) == Some(text.chars().count());
            StoredSpan {
                start: span.start,
                end: span.end,
                text: (!told).then_some(text),
            }
        })
        .collect();
    serde_json::to_string(&stored).expect("spans serialize")
}

/// The spans of `content_json`, each text left out taken from
/// `content_text`; an error when the two do not fit together.
pub fn content_spans(json: &str, content_text: &str) -> serde_json::Result<Vec<WireSpan>> {
    let stored: Vec<StoredSpan<String>> = serde_json::from_str(json)?;
    let misfit = || serde_json::Error::io(std::io::Error::other("content_text is too short"));
    let mut rest = content_text;
    let mut spans = Vec::with_capacity(stored.len());
    for (position, span) in stored.into_iter().enumerate() {
        if position > 0 {
            rest = rest.strip_prefix(SEPARATOR).ok_or_else(misfit)?;
        }
        let text = match span.text {
            Some(text) => {
                rest = rest.get(text.len()..).ok_or_else(misfit)?;
                text
            }
            None => {
                let n_chars = span.end.saturating_sub(span.start);
                let bytes = match rest.char_indices().nth(n_chars) {
                    Some((at, _)) => at,
                    None if rest.chars().count() == n_chars => rest.len(),
                    None => return Err(misfit()),
                };
                let (text, after) = rest.split_at(bytes);
                rest = after;
                text.to_string()
            }
        };
        spans.push(WireSpan {
            start: span.start,
            end: span.end,
            text,
        });
    }
    Ok(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(spans: &[(usize, usize, &str)], expected_json: &str) {
        let spans: Vec<WireSpan> = spans
            .iter()
            .map(|&(start, end, text)| WireSpan {
                start,
                end,
                text: text.to_string(),
            })
            .collect();
        let json = content_json(&spans);
        assert_eq!(json, expected_json);
        let joined = spans
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(SEPARATOR);
        assert_eq!(content_spans(&json, &joined).unwrap(), spans);
    }

    #[test]
    fn texts_come_back_from_content_text() {
        check(&[], "[]");
        check(&[(3, 8, "héllo")], r#"[{"start":3,"end":8}]"#);
        check(
            &[(0, 5, "a … b"), (9, 9, ""), (12, 14, "ok")],
            r#"[{"start":0,"end":5},{"start":9,"end":9},{"start":12,"end":14}]"#,
        );
        // A text its span does not measure is kept.
        check(
            &[(0, 2, "abc"), (5, 7, "de")],
            r#"[{"start":0,"end":2,"text":"abc"},{"start":5,"end":7}]"#,
        );
        assert!(content_spans(r#"[{"start":0,"end":4}]"#, "abc").is_err());
    }
}
