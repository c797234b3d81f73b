//! Who speaks most, and for whom: sources ranked by the attributions crediting
//! them that pass the filters, counted in SQL (never read into memory), with
//! the outlets that quote them most and how often they relay others. Ranked
//! first (on `attributions` alone when no filter applies), then counted in
//! detail for the rows shown only, through the index by source.

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
    let open = claim_filters.is_open() && named.is_none();
    // Nothing filters the attributions: no claim row needs reading, and the
    // ranking reads documents only for their dates.
    let (from, conditions, mut params) = if open {
        (
            "attributions a LEFT JOIN documents d ON d.path = a.document",
            "a.source_id IS NOT NULL".to_string(),
            Vec::new(),
        )
    } else {
        (ATTRIBUTION_JOIN, conditions.join(" AND "), params)
    };
    let date_column = if filters.sort == Sort::Date {
        "max(d.date)"
    } else {
        "NULL"
    };
    let rank_from = if open && filters.sort != Sort::Date {
        "attributions a"
    } else {
        from
    };
    let order = match filters.sort {
        Sort::Default | Sort::Credibility => "g.n DESC, s.name, s.id",
        Sort::Date => "g.last_date IS NULL, g.last_date DESC, g.n DESC, s.name, s.id",
        Sort::Documents => "g.claims DESC, g.n DESC, s.name, s.id",
        Sort::Id => "s.name, s.id",
    };
    let claims_column = if filters.sort == Sort::Documents {
        "count(DISTINCT a.claim_id)"
    } else {
        "0"
    };
    let mut rank_params = params.clone();
    rank_params.push(Value::Integer(filters.limit.map_or(-1, |n| n as i64)));
    let limit_param = rank_params.len();
    // With a limit, only the groups that reach the limit's count need their
    // names read for the order's tie-breaks.
    let first_key = match filters.sort {
        Sort::Default | Sort::Credibility => Some("n"),
        Sort::Documents => Some("claims"),
        Sort::Date | Sort::Id => None,
    };
    let cut = match (first_key, filters.limit) {
        (Some(key), Some(_)) => format!(
            "WHERE g.{key} >= coalesce((SELECT {key} FROM g ORDER BY {key} DESC
                                        LIMIT 1 OFFSET ?{limit_param} - 1), 0)"
        ),
        _ => String::new(),
    };
    let sql = format!(
        "WITH g AS MATERIALIZED (SELECT a.source_id, count(*) AS n, {date_column} AS last_date,
                                        {claims_column} AS claims
                                 FROM {rank_from} WHERE {conditions} GROUP BY a.source_id)
         SELECT s.id FROM g JOIN sources s ON s.id = g.source_id {cut}
         ORDER BY {order} LIMIT ?{limit_param}"
    );
    let ranked: Vec<String> = conn
        .prepare(&sql)?
        .query_map(rusqlite::params_from_iter(rank_params.iter()), |row| {
            row.get(0)
        })?
        .collect::<Sql<_>>()?;

    // The counts of each source shown, under the same filters.
    params.push(Value::Null);
    let source_param = params.len();
    let detail = format!(
        "SELECT s.name, s.type, count(*), count(DISTINCT a.claim_id), sum(a.stance = 'denies'),
                count(DISTINCT a.document), min(d.date), max(d.date),
                (SELECT count(DISTINCT v.attribution_id) FROM attribution_via v
                 WHERE v.source_id = s.id)
         FROM {from} JOIN sources s ON s.id = a.source_id
         WHERE {conditions} AND a.source_id = ?{source_param}"
    );
    let outlets = format!(
        "SELECT d.publisher, count(*) AS n FROM {from}
         WHERE {conditions} AND a.source_id = ?{source_param} AND d.publisher IS NOT NULL
         GROUP BY d.publisher ORDER BY n DESC, d.publisher LIMIT {TOP_PUBLISHERS}"
    );
    let mut detail = conn.prepare(&detail)?;
    let mut outlets = conn.prepare(&outlets)?;
    let mut rows = Vec::with_capacity(ranked.len());
    for id in ranked {
        params[source_param - 1] = Value::Text(id.clone());
        let mut row = detail.query_row(rusqlite::params_from_iter(params.iter()), |row| {
            Ok(SourceRow {
                id: id.clone(),
                name: row.get(0)?,
                source_type: row.get(1)?,
                attributions: row.get(2)?,
                claims: row.get(3)?,
                denials: row.get(4)?,
                documents: row.get(5)?,
                first_date: row.get(6)?,
                last_date: row.get(7)?,
                relayed: row.get(8)?,
                publishers: Vec::new(),
            })
        })?;
        row.publishers = outlets
            .query_map(rusqlite::params_from_iter(params.iter()), |found| {
                Ok(NamedCount {
                    name: found.get(0)?,
                    count: found.get(1)?,
                })
            })?
            .collect::<Sql<_>>()?;
        rows.push(row);
    }
    Ok(rows)
}
