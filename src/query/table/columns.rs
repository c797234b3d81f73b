//! Aligned columns of multi-line cells, with or without a header row, widths
//! measured in terminal columns without ANSI escapes. Layout only: cells arrive
//! already styled and wrapped; when a line would be wider than the terminal,
//! the last column is wrapped again at word boundaries to fit.

use super::paint::{visible_width, Paint};
use super::text::wrap_words;

/// The last column keeps at least this many columns, however narrow the
/// terminal (the line is wider then).
const MIN_LAST_COLUMN: usize = 24;

/// Columns of multi-line cells, aligned; the last column is not padded.
pub(super) struct Table<'a> {
    headers: Vec<String>,
    /// Columns a line may take at most: the last column is wrapped again to
    /// fit, at word boundaries.
    max_width: Option<usize>,
    right_aligned: &'a [usize],
    rows: Vec<Vec<Vec<String>>>,
    pub(super) indent: &'a str,
    /// A blank line between rows.
    pub(super) spaced: bool,
}

impl<'a> Table<'a> {
    pub(super) fn new(headers: &[&str], right_aligned: &'a [usize], paint: Paint) -> Table<'a> {
        Table {
            headers: headers.iter().map(|header| paint.bold(header)).collect(),
            max_width: paint.max_width,
            right_aligned,
            rows: Vec::new(),
            indent: "",
            spaced: false,
        }
    }

    pub(super) fn headless(n_columns: usize, paint: Paint) -> Table<'a> {
        Table {
            headers: vec![String::new(); n_columns],
            max_width: paint.max_width,
            right_aligned: &[],
            rows: Vec::new(),
            indent: "",
            spaced: false,
        }
    }

    pub(super) fn row(&mut self, cells: Vec<Vec<String>>) {
        debug_assert_eq!(cells.len(), self.headers.len());
        self.rows.push(cells);
    }

    pub(super) fn render(&self) -> String {
        let n_columns = self.headers.len();
        let has_header = self.headers.iter().any(|header| !header.is_empty());
        let mut widths: Vec<usize> = self
            .headers
            .iter()
            .map(|header| visible_width(header))
            .collect();
        for row in &self.rows {
            for (column, cell) in row.iter().enumerate() {
                for line in cell {
                    widths[column] = widths[column].max(visible_width(line));
                }
            }
        }
        // What room the last column has on a line of `max_width`.
        let before: usize = visible_width(self.indent)
            + widths[..n_columns.saturating_sub(1)]
                .iter()
                .map(|width| width + 2)
                .sum::<usize>();
        let room = self
            .max_width
            .map(|max| max.saturating_sub(before).max(MIN_LAST_COLUMN));
        let fitted: Vec<Vec<Vec<String>>>;
        let rows = match room {
            Some(room) if widths.last().is_some_and(|&last| last > room) => {
                fitted = self
                    .rows
                    .iter()
                    .map(|row| {
                        let mut row = row.clone();
                        if let Some(last) = row.last_mut() {
                            *last = reflow(last, room);
                        }
                        row
                    })
                    .collect();
                &fitted
            }
            _ => &self.rows,
        };
        let mut text = String::new();
        let mut emit = |cells: Vec<&str>| {
            let mut line = String::from(self.indent);
            for (column, cell) in cells.iter().enumerate() {
                let pad = " ".repeat(widths[column] - visible_width(cell));
                if column + 1 == n_columns {
                    line.push_str(cell);
                } else if self.right_aligned.contains(&column) {
                    line.push_str(&pad);
                    line.push_str(cell);
                    line.push_str("  ");
                } else {
                    line.push_str(cell);
                    line.push_str(&pad);
                    line.push_str("  ");
                }
            }
            text.push_str(line.trim_end());
            text.push('\n');
        };
        if has_header {
            emit(self.headers.iter().map(String::as_str).collect());
        }
        for (row_idx, row) in rows.iter().enumerate() {
            if self.spaced && row_idx > 0 {
                emit(vec![""; n_columns]);
            }
            let height = row.iter().map(Vec::len).max().unwrap_or(0);
            for line_idx in 0..height {
                emit(
                    row.iter()
                        .map(|cell| cell.get(line_idx).map_or("", String::as_str))
                        .collect(),
                );
            }
        }
        text
    }
}

/// The lines of a cell wrapped again to `room` columns. Lines that a greedy
/// wrap made of one paragraph (the next line's first word would not have fit
/// on the line before) are joined first, so the text does not come out ragged.
fn reflow(lines: &[String], room: usize) -> Vec<String> {
    let wrapped_at = lines
        .iter()
        .map(|line| visible_width(line))
        .max()
        .unwrap_or(0);
    let mut paragraphs: Vec<String> = Vec::new();
    for (idx, line) in lines.iter().enumerate() {
        let continues = idx > 0 && {
            let before = visible_width(&lines[idx - 1]);
            let first_word = line.split(' ').next().map_or(0, visible_width);
            before + 1 + first_word > wrapped_at && !line.is_empty()
        };
        match paragraphs.last_mut() {
            Some(paragraph) if continues => {
                paragraph.push(' ');
                paragraph.push_str(line);
            }
            _ => paragraphs.push(line.clone()),
        }
    }
    paragraphs
        .iter()
        .flat_map(|paragraph| wrap_words(paragraph, room))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_column_is_reflowed_to_fit_the_terminal() {
        let paint = Paint {
            color: false,
            text_width: 70,
            max_width: Some(40),
        };
        let mut table = Table::new(&["ID", "TEXT"], &[], paint);
        let text = super::super::text::wrap(
            "North Korean troops were seen near Kursk, officials said on Monday",
            30,
        );
        let mut cell = text.clone();
        cell.push("origins: Ukraine".to_string());
        table.row(vec![vec!["claim:1".to_string()], cell]);
        let out = table.render();
        for line in out.lines() {
            assert!(visible_width(line) <= 40, "{line:?} in\n{out}");
        }
        // One paragraph joined again, the next kept on its own line.
        let words: Vec<&str> = out.lines().skip(1).map(|l| l[9..].trim()).collect();
        assert_eq!(
            words.join(" "),
            "North Korean troops were seen near Kursk, officials said on Monday origins: Ukraine"
        );
        assert!(
            out.lines().last().unwrap().ends_with("origins: Ukraine"),
            "{out}"
        );
        // Without a width, nothing changes.
        let free = Paint {
            max_width: None,
            ..paint
        };
        let mut table = Table::new(&["ID", "TEXT"], &[], free);
        table.row(vec![vec!["claim:1".to_string()], text.clone()]);
        assert_eq!(table.render().lines().count(), text.len() + 1);
    }
}
