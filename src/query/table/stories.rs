//! The answer to `stories` as text: one row per story with its articles,
//! claims, corroborated claims and days, and the title (or path) of its first
//! article over its publishers.

use super::columns::Table;
use super::paint::Paint;
use super::text::{clean, cut, wrap_cut};

use crate::query::answers::StoryRow;

/// The listing of `attrgraph query stories`.
pub(super) fn stories(rows: &[StoryRow], paint: Paint) -> String {
    let mut table = Table::new(
        &[
            "STORY",
            "ARTICLES",
            "CLAIMS",
            "CORROB",
            "DATES",
            "FIRST ARTICLE",
        ],
        &[0, 1, 2, 3],
        paint,
    );
    // A range of days takes two lines: the title keeps its width.
    let dates_of = |row: &StoryRow| match (&row.first_date, &row.last_date) {
        (Some(first), Some(last)) if first != last => vec![format!("{first} –"), last.clone()],
        (Some(first), _) => vec![first.clone()],
        _ => Vec::new(),
    };
    let widest = rows
        .iter()
        .flat_map(&dates_of)
        .map(|d| d.chars().count())
        .max()
        .unwrap_or(0)
        .max("DATES".len());
    // STORY, ARTICLES, CLAIMS and CORROB with their gaps, then DATES.
    let before = 33 + widest + 2;
    for row in rows {
        let headline = row.title.as_deref().unwrap_or(&row.first_document);
        let mut last = wrap_cut(&clean(headline), paint.text_after(before), 2);
        if !row.publishers.is_empty() {
            last.push(paint.dim(&cut(&row.publishers.join(", "), paint.text_after(before))));
        }
        table.row(vec![
            vec![row.id.to_string()],
            vec![row.articles.to_string()],
            vec![row.claims.to_string()],
            vec![row.corroborated_claims.to_string()],
            dates_of(row),
            last,
        ]);
    }
    table.render()
}
