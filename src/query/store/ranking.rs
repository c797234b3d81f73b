//! Who speaks most, and for whom: sources ranked by the attributions crediting
//! them that pass the filters, counted in SQL (never read into memory), with
//! the outlets that quote them most and how often they relay others.

use rusqlite::types::Value;
use rusqlite::Connection;

use super::filters::{self, Filters, Sort, ATTRIBUTION_JOIN};
use crate::query::answers::{NamedCount, SourceRow};

type Sql<T> = rusqlite::Result<T>;

/// How many outlets a row names.
const TOP_PUBLISHERS: usize = 3;

/// Sources by attributions (or as sorted), at most `filters.limit`; with
/// `--source`, only the sources of that name.
pub(super) fn sources(conn: &Connection, filters: &Filters) -> Sql<Vec<SourceRow>> {
    let named = match &filters.source {
        Some(name) => Some(filters::sources_named(conn, name)?),
        None => None,
    };
    let claim_filters = Filters {
        source: None,
        ..filters.clone()
    };
    let (conditions, mut params) = filters::attribution_conditions(conn, &claim_filters)?;
    let mut conditions = vec![conditions, "a.source_id IS NOT NULL".to_string()];
    if let Some(ids) = &named {
        params.push(Value::Text(
            serde_json::to_string(ids).expect("ids serialize"),
        ));
        conditions.push(format!(
            "a.source_id IN (SELECT value FROM json_each(?{}))",
            params.len()
        ));
    }
    let conditions = conditions.join(" AND ");
    let order = match filters.sort {
        Sort::Default | Sort::Credibility => "attributions DESC, s.name, s.id",
        Sort::Date => "last_date IS NULL, last_date DESC, attributions DESC, s.name, s.id",
        Sort::Documents => "claims DESC, attributions DESC, s.name, s.id",
        Sort::Id => "s.name, s.id",
    };
    params.push(Value::Integer(filters.limit.map_or(-1, |n| n as i64)));
    let sql = format!(
        "SELECT s.id, s.name, s.type, count(*) AS attributions, count(DISTINCT a.claim_id) AS claims,
                sum(a.stance = 'denies'), count(DISTINCT a.document), min(d.date),
                max(d.date) AS last_date,
                (SELECT count(DISTINCT v.attribution_id) FROM attribution_via v
                 WHERE v.source_id = s.id)
         FROM {ATTRIBUTION_JOIN} JOIN sources s ON s.id = a.source_id
         WHERE {conditions}
         GROUP BY s.id ORDER BY {order} LIMIT ?{}",
        params.len()
    );
    let mut statement = conn.prepare(&sql)?;
    let mut rows: Vec<SourceRow> = statement
        .query_map(rusqlite::params_from_iter(params.iter()), |row| {
            Ok(SourceRow {
                id: row.get(0)?,
                name: row.get(1)?,
                source_type: row.get(2)?,
                attributions: row.get(3)?,
                claims: row.get(4)?,
                denials: row.get(5)?,
                documents: row.get(6)?,
                first_date: row.get(7)?,
                last_date: row.get(8)?,
                relayed: row.get(9)?,
                publishers: Vec::new(),
            })
        })?
        .collect::<Sql<_>>()?;
    // The outlets quoting each source most, under the same filters.
    params.pop();
    params.push(Value::Null);
    let source_param = params.len();
    let sql = format!(
        "SELECT d.publisher, count(*) AS n FROM {ATTRIBUTION_JOIN}
         WHERE {conditions} AND a.source_id = ?{source_param} AND d.publisher IS NOT NULL
         GROUP BY d.publisher ORDER BY n DESC, d.publisher LIMIT {TOP_PUBLISHERS}"
    );
    let mut statement = conn.prepare(&sql)?;
    for row in &mut rows {
        params[source_param - 1] = Value::Text(row.id.clone());
        row.publishers = statement
            .query_map(rusqlite::params_from_iter(params.iter()), |found| {
                Ok(NamedCount {
                    name: found.get(0)?,
                    count: found.get(1)?,
                })
            })?
            .collect::<Sql<_>>()?;
    }
    Ok(rows)
}
