//! Aligned columns of multi-line cells, with or without a header row, widths
//! measured without ANSI escapes. Layout only: cells arrive already styled and
//! wrapped.

use super::paint::{visible_width, Paint};

/// Columns of multi-line cells, aligned; the last column is not padded.
pub(super) struct Table<'a> {
    headers: Vec<String>,
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
            right_aligned,
            rows: Vec::new(),
            indent: "",
            spaced: false,
        }
    }

    pub(super) fn headless(n_columns: usize) -> Table<'a> {
        Table {
            headers: vec![String::new(); n_columns],
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
        for (row_idx, row) in self.rows.iter().enumerate() {
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
