//! Pieces several answers share: a claim heading, aligned label–value lines,
//! credibility, stance, counts, names, document paths, quoted evidence
//! sentences and why a claim's wordings were joined. Each returns text; none
//! builds a whole answer.

use std::fmt::Write as _;

use super::paint::Paint;
use super::text::{clean, wrap_cut};
use super::CLAIM_LINES;
use crate::query::answers::{JoinReason, NamedRef};
use crate::query::Output;

/// Lines of an evidence sentence shown before it is cut.
const SENTENCE_LINES: usize = 4;
/// Widest document path column; longer paths keep their end.
const DOCUMENT_WIDTH: usize = 32;

/// The claim id and its wrapped text.
pub(super) fn heading(output: &Output, id: &str, claim_text: &str, paint: Paint) -> String {
    let id = output.short_claim_id(id);
    let pad = " ".repeat(id.chars().count() + 2);
    let mut text = String::new();
    for (pos, line) in wrap_cut(claim_text, paint.text_width, CLAIM_LINES * 2)
        .into_iter()
        .enumerate()
    {
        if pos == 0 {
            let _ = writeln!(text, "{}  {}", paint.bold(id), paint.bold(&line));
        } else {
            let _ = writeln!(text, "{pad}{}", paint.bold(&line));
        }
    }
    text
}

/// Labels and values, the values aligned and wrapped.
pub(super) fn key_values(facts: &[(&str, String)], indent: &str, paint: Paint) -> String {
    let width = facts
        .iter()
        .map(|(key, _)| key.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    let mut text = String::new();
    for (key, value) in facts {
        for (pos, line) in wrap_cut(value, paint.text_width, CLAIM_LINES)
            .into_iter()
            .enumerate()
        {
            let label = if pos == 0 {
                format!("{key}:")
            } else {
                String::new()
            };
            let pad = " ".repeat(width - label.chars().count());
            let _ = writeln!(text, "{indent}{}{pad} {line}", paint.dim(&label));
        }
    }
    text
}

pub(super) fn credibility(credibility: &crate::export::json::WireCredibility) -> String {
    let reason = if credibility.reason.is_empty() {
        String::new()
    } else {
        format!(": {}", clean(&credibility.reason))
    };
    format!("{} {}{reason}", credibility.score, credibility.label)
}

pub(super) fn stance(stance: &str, paint: Paint) -> String {
    if stance == "denies" {
        paint.red(stance)
    } else {
        stance.to_string()
    }
}

pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub(super) fn ref_names(refs: &[NamedRef]) -> String {
    refs.iter()
        .map(|r| clean(&r.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A document path, cut from the left when too long: the file name matters most.
pub(super) fn document(path: &str) -> String {
    let path = clean(path);
    let n_chars = path.chars().count();
    if n_chars <= DOCUMENT_WIDTH {
        path
    } else {
        let tail: String = path.chars().skip(n_chars - (DOCUMENT_WIDTH - 1)).collect();
        format!("…{tail}")
    }
}

/// An evidence sentence in curly quotes (it may hold straight ones), wrapped and
/// cut.
pub(super) fn quoted(sentence: &str, paint: Paint) -> Vec<String> {
    wrap_cut(
        &format!("“{}”", clean(sentence)),
        paint.text_width,
        SENTENCE_LINES,
    )
    .into_iter()
    .map(|line| paint.italic(&line))
    .collect()
}

/// "why one claim": each pair of wordings judged alike, what judged it and
/// how much, story and days, shared words, and both wordings.
pub(super) fn joins(joins: &[JoinReason], paint: Paint) -> String {
    let mut text = String::new();
    if joins.is_empty() {
        return text;
    }
    let _ = writeln!(text, "\n{}", paint.bold("why one claim"));
    for (pos, join) in joins.iter().enumerate() {
        let by = match join.by.as_str() {
            "words" => "the words",
            "model" => "the matcher",
            other => other,
        };
        let mut facts = vec![format!("{by}, likeness {:.2}", join.likeness)];
        match (join.same_story, join.days_apart) {
            (Some(same), days) => facts.push(format!(
                "{}{}",
                if same { "one story" } else { "two stories" },
                days.map_or_else(String::new, |d| format!(
                    ", {}",
                    count(d as usize, "day apart", "days apart")
                ))
            )),
            (None, Some(d)) => facts.push(count(d as usize, "day apart", "days apart")),
            (None, None) => {}
        }
        if !join.shared.is_empty() {
            facts.push(format!("shared: {}", clean(&join.shared.join(", "))));
        }
        let _ = writeln!(text, "  {}. {}", pos + 1, facts.join("; "));
        for side in [&join.a, &join.b] {
            let who = side
                .source
                .as_deref()
                .map_or_else(|| "-".to_string(), clean);
            let _ = writeln!(text, "     {} · {}", who, document(&side.document));
            for line in quoted(&side.text, paint) {
                let _ = writeln!(text, "       {line}");
            }
        }
    }
    text
}
