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
    for row in rows {
        let dates = match (&row.first_date, &row.last_date) {
            (Some(first), Some(last)) if first != last => format!("{first} – {last}"),
            (Some(first), _) => first.clone(),
            _ => String::new(),
        };
        let headline = row.title.as_deref().unwrap_or(&row.first_document);
        let mut last = wrap_cut(&clean(headline), paint.text_after(44), 2);
        if !row.publishers.is_empty() {
            last.push(paint.dim(&cut(&row.publishers.join(", "), paint.text_after(44))));
        }
        table.row(vec![
            vec![row.id.to_string()],
            vec![row.articles.to_string()],
            vec![row.claims.to_string()],
            vec![row.corroborated_claims.to_string()],
            vec![dates],
            last,
        ]);
    }
    table.render()
}
