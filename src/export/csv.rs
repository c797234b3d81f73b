//! CSV as spreadsheets and pandas read it (RFC 4180): comma-separated, a cell
//! quoted when it holds a comma, quote or line break, quotes doubled, CRLF
//! line ends. Article text never becomes a formula: a cell starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (the OWASP
//! advice for CSV injection), which every spreadsheet shows as text. Pure.

/// Appends one row of `cells` to `out`.
pub fn row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (pos, cell) in cells.iter().enumerate() {
        if pos > 0 {
            out.push(',');
        }
        cell_into(out, cell.as_ref());
    }
    out.push_str("\r\n");
}

/// Appends one cell, quoted and defused as needed.
fn cell_into(out: &mut String, cell: &str) {
    let formula =
        cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err();
    let quote = formula || cell.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quote {
        // A quotation mark inside a quoted cell is doubled.
        out.push_str(&cell.replace('"', "\"\""));
    } else {
        out.push_str(cell);
    }
    if quote {
        out.push('"');
    }
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
    use super::row;

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
}
