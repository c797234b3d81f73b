//! One table's inserts, many rows a statement: a row's values wait in a
//! [`Values`] buffer until [`MOST_ROWS`] rows are there, and one multi-row
//! `INSERT … VALUES (…), (…), …` puts them in; the rows left at the end of a
//! batch go in by statements of 32, 16, … 1 rows. Rows go in in the order they
//! came, so each table gets the same rows in the same order as one statement a
//! row would give; only SQLite's work per statement (step, reset, cursors,
//! halt) is paid once for many rows. The inserts say `OR FAIL` (or `OR
//! IGNORE`): a statement that may stop half-way with `ABORT` would keep a
//! statement journal, a copy of every page it touches; a failed insert fails
//! the whole database anyway.

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params_from_iter, Connection, Statement};

use super::Sql;

/// Values of rows waiting for their statement, row after row.
pub(in crate::export::store) type Values<'a> = Vec<ToSqlOutput<'a>>;

/// Rows of the largest statement: enough that the work per statement no
/// longer shows, few enough that its SQL compiles in no time.
const MOST_ROWS: usize = 64;

/// A table's insert statements, for [`MOST_ROWS`], half as many, … and 1 row.
pub(super) struct Table<'c> {
    /// Values in a row.
    columns: usize,
    /// The statements, the largest first; each row `?` placeholders.
    statements: Vec<Statement<'c>>,
}

impl<'c> Table<'c> {
    /// Prepares `insert` (`INSERT INTO t (a, b, …)`) with `row` (`(?, ?, …)`,
    /// one `?` a value) repeated [`MOST_ROWS`], half as many … and 1 time.
    pub(super) fn new(conn: &'c Connection, insert: &str, row: &str) -> rusqlite::Result<Self> {
        let columns = row.matches('?').count();
        let mut statements = Vec::new();
        let mut rows = MOST_ROWS;
        while rows > 0 {
            let sql = format!("{insert} VALUES {}", vec![row; rows].join(", "));
            statements.push(conn.prepare(&sql)?);
            rows /= 2;
        }
        Ok(Table {
            columns,
            statements,
        })
    }

    /// Inserts the rows of `values` once a largest statement's worth is there.
    pub(super) fn insert_full(&mut self, values: &mut Values<'_>) -> Sql {
        if values.len() >= self.columns * MOST_ROWS {
            self.insert_all(values)?;
        }
        Ok(())
    }

    /// Inserts every row of `values`, in order, and empties it.
    pub(super) fn insert_all(&mut self, values: &mut Values<'_>) -> Sql {
        debug_assert_eq!(values.len() % self.columns, 0, "whole rows");
        let mut start = 0;
        for statement in &mut self.statements {
            let n_values = statement.parameter_count();
            while values.len() - start >= n_values {
                statement.execute(params_from_iter(&values[start..start + n_values]))?;
                start += n_values;
            }
        }
        values.clear();
        Ok(())
    }
}

/// SQL `NULL`.
pub(super) const NULL: ToSqlOutput<'static> = ToSqlOutput::Borrowed(ValueRef::Null);

/// A text value, borrowed.
pub(super) fn text(value: &str) -> ToSqlOutput<'_> {
    ToSqlOutput::Borrowed(ValueRef::Text(value.as_bytes()))
}

/// A text value or `NULL`.
pub(super) fn opt_text(value: Option<&str>) -> ToSqlOutput<'_> {
    value.map_or(NULL, text)
}

/// An integer value (counts, positions and offsets fit an `i64`; booleans are
/// 0 and 1).
pub(super) fn int(value: impl TryInto<i64>) -> ToSqlOutput<'static> {
    let value = value
        .try_into()
        .unwrap_or_else(|_| unreachable!("counts and offsets fit an i64"));
    ToSqlOutput::Borrowed(ValueRef::Integer(value))
}

/// An integer value or `NULL`.
pub(super) fn opt_int(value: Option<impl TryInto<i64>>) -> ToSqlOutput<'static> {
    value.map_or(NULL, int)
}
