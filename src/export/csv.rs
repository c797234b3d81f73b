//! CSV as spreadsheets and pandas read it (RFC 4180): comma-separated, a cell
//! quoted when it holds a comma, quote or line break, quotes doubled, CRLF
//! line ends. Article text never becomes a formula: a cell starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (the OWASP
//! advice for CSV injection), which every spreadsheet shows as text. Pure.

/// Appends one row of `cells` to `out`.
pub fn row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    let mut cells_out = Cells::new(out);
    for cell in cells {
        cells_out.cell(cell.as_ref());
    }
    cells_out.end();
}

/// One row written cell by cell, with no string made per cell: the same bytes
/// as [`row`] of the cells' texts.
pub struct Cells<'o> {
    out: &'o mut String,
    started: bool,
}

impl<'o> Cells<'o> {
    /// Starts a row at the end of `out`.
    pub fn new(out: &'o mut String) -> Self {
        Cells {
            out,
            started: false,
        }
    }

    /// The separator before every cell but the first.
    fn next(&mut self) {
        if self.started {
            self.out.push(',');
        }
        self.started = true;
    }

    /// A text cell, quoted and defused as needed.
    pub fn cell(&mut self, text: &str) -> &mut Self {
        self.next();
        cell_into(self.out, text);
        self
    }

    /// A number cell (never quoted).
    pub fn number(&mut self, value: impl itoa::Integer) -> &mut Self {
        self.next();
        self.out.push_str(itoa::Buffer::new().format(value));
        self
    }

    /// A list as one cell, items joined by `; ` (see [`list`]): joined in
    /// place, and moved out to be quoted only when the cell needs it.
    pub fn list<'t>(&mut self, items: impl IntoIterator<Item = &'t str>) -> &mut Self {
        self.next();
        let start = self.out.len();
        for (position, item) in items.into_iter().enumerate() {
            if position > 0 {
                self.out.push_str("; ");
            }
            self.out.push_str(item);
        }
        if !is_plain(&self.out[start..]) {
            let joined = self.out.split_off(start);
            quote_into(self.out, &joined);
        }
        self
    }

    /// Ends the row.
    pub fn end(self) {
        self.out.push_str("\r\n");
    }
}

/// Appends one cell, quoted and defused as needed.
fn cell_into(out: &mut String, cell: &str) {
    if is_plain(cell) {
        out.push_str(cell);
    } else {
        quote_into(out, cell);
    }
}

/// Whether a cell is a formula to defuse: it starts like one and is no number.
fn is_formula(cell: &str) -> bool {
    matches!(
        cell.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    ) && cell.parse::<f64>().is_err()
}

/// Whether a cell goes out as it is: no formula, nothing to quote.
fn is_plain(cell: &str) -> bool {
    // No early exit: the loop is vectorised, and most cells are short.
    let special = cell.as_bytes().iter().fold(false, |found, &byte| {
        found | matches!(byte, b',' | b'"' | b'\n' | b'\r')
    });
    !special && !is_formula(cell)
}

/// Appends a cell that is not plain: quoted, and defused if a formula.
fn quote_into(out: &mut String, cell: &str) {
    out.push('"');
    if is_formula(cell) {
        out.push('\'');
    }
    // A quotation mark inside a quoted cell is doubled.
    for (position, part) in cell.split('"').enumerate() {
        if position > 0 {
            out.push_str("\"\"");
        }
        out.push_str(part);
    }
    out.push('"');
}

/// A list as one cell: items joined by `; `.
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::{row, Cells};

    #[test]
    fn quotes_what_needs_it_and_defuses_formulas() {
        let check = |cells: &[&str], expected: &str| {
            let mut out = String::new();
            row(&mut out, cells);
            assert_eq!(out, expected, "{cells:?}");
        };
        check(&["a", "b c"], "a,b c\r\n");
        check(&["a,b", "say \"hi\""], "\"a,b\",\"say \"\"hi\"\"\"\r\n");
        check(&["two\nlines"], "\"two\nlines\"\r\n");
        check(&["=HYPERLINK(\"x\")"], "\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        check(&["-12", "@home", "-"], "-12,\"'@home\",\"'-\"\r\n");
        check(&[""], "\r\n");
    }

    #[test]
    fn cells_one_by_one_are_a_row() {
        let mut out = String::new();
        let mut cells = Cells::new(&mut out);
        cells
            .cell("a,b")
            .number(-12)
            .list(["x", "=y"])
            .list(["=y"])
            .list([]);
        cells.end();
        assert_eq!(out, "\"a,b\",-12,x; =y,\"'=y\",\r\n");
    }
}
