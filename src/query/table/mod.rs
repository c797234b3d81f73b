//! Plain-text rendering of answers: aligned columns, long text wrapped at about
//! 70 columns, or narrower to fit the terminal's width when given (and cut with
//! `…` past a few lines; widths are display widths, a CJK character two), ANSI colour only when the
//! caller asks for it (the CLI decides: a terminal, no `NO_COLOR`, never for
//! `--json`). Returns a string; prints nothing.
//!
//! `claims.rs` renders claims, contradictions and one claim, `source.rs` a
//! source and the ranking of sources, `stories.rs` the stories, `explain.rs`
//! an explanation; they share `parts.rs` (headings,
//! label–value lines, quoted sentences), `text.rs` (cleaning, cutting, wrapping),
//! `columns.rs` (aligned columns) and `paint.rs` (ANSI styling).

mod claims;
mod columns;
mod explain;
mod paint;
mod parts;
mod source;
mod stories;
mod text;

use super::{Answer, Output};
use claims::{claim, claims, contradictions};
use explain::explain;
use paint::Paint;
use source::source;

/// Width long text is wrapped at, at most.
const TEXT_WIDTH: usize = 70;
/// Width long text is wrapped at, at least, however narrow the terminal.
const MIN_TEXT_WIDTH: usize = 24;
/// About how many columns the columns before the text take.
const COLUMNS_BEFORE_TEXT: usize = 50;
/// Lines of a claim's text shown before it is cut.
const CLAIM_LINES: usize = 3;

/// How to render a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableStyle {
    /// Use ANSI colour and bold.
    pub color: bool,
    /// The terminal's width in columns, when the table should fit one: long
    /// text then wraps narrower, at word boundaries, so that no line is wider.
    pub width: Option<usize>,
}

/// Renders an answer as plain text; empty when nothing matched.
///
/// Article text never reaches the terminal with a control character, a
/// carriage return or a bidi control in it (see `text.rs`): each piece is
/// cleaned or painted without them, and the whole table passes `neutralise`
/// last.
pub fn render(output: &Output, answer: &Answer, style: TableStyle) -> String {
    let text_width = style.width.map_or(TEXT_WIDTH, |width| {
        width
            .saturating_sub(COLUMNS_BEFORE_TEXT)
            .clamp(MIN_TEXT_WIDTH, TEXT_WIDTH)
    });
    let paint = Paint {
        color: style.color,
        text_width,
        max_width: style.width,
    };
    let table = match answer {
        Answer::Claims(rows) if !rows.is_empty() => claims(output, rows, paint),
        Answer::Contradictions(rows) if !rows.is_empty() => contradictions(output, rows, paint),
        Answer::Sources(found) => found
            .iter()
            .map(|answer| source(output, answer, paint))
            .collect::<Vec<_>>()
            .join("\n"),
        Answer::Claim(Some(answer)) => claim(output, answer, paint),
        Answer::Explain(Some(explanation)) => explain(output, explanation, paint),
        Answer::SourceRows(rows) if !rows.is_empty() => source::sources(rows, paint),
        Answer::Stories(rows) if !rows.is_empty() => stories::stories(rows, paint),
        _ => String::new(),
    };
    text::neutralise(&table, style.color)
}
