//! `attrgraph query stories`: the rows of the store's `stories` table (one per
//! story, counted when the database was written) that pass the filters, in the
//! order asked. A story passes `--publisher` when one of its articles has that
//! publisher, `--since`/`--until` when one of its articles is dated in range,
//! and the claim filters (`--grep`, `--source`, `--subject`, `--min-sources`,
//! `--contradicted`) when one of its claims passes them; `--grep` also finds
//! the words in its first article's title.

use rusqlite::types::Value;
use rusqlite::Connection;

use super::filters::{claim_conditions, fts_query, Filters, Sort};
use crate::query::answers::StoryRow;

type Sql<T> = rusqlite::Result<T>;

/// The stories that pass, in the listing's order, at most `filters.limit`.
pub(super) fn stories(conn: &Connection, filters: &Filters) -> Sql<Vec<StoryRow>> {
    let claim_filters = Filters {
        publisher: None,
        since: None,
        until: None,
        ..filters.clone()
    };
    let mut conditions: Vec<String> = vec!["1".to_string()];
    let mut params: Vec<Value> = Vec::new();
    if !claim_filters.is_open() {
        let (claim_where, claim_params) = claim_conditions(conn, &claim_filters)?;
        params = claim_params;
        let mut condition = format!("s.id IN (SELECT c.story FROM claims c WHERE {claim_where})");
        if filters.grep.as_deref().and_then(fts_query).is_some() {
            let words: Vec<String> = filters
                .grep
                .iter()
                .flat_map(|text| text.split_whitespace())
                .map(str::to_lowercase)
                .collect();
            let mut title = Vec::new();
            for word in words {
                params.push(Value::Text(word));
                title.push(format!("instr(lower(s.title), ?{}) > 0", params.len()));
            }
            condition = format!("({condition} OR ({}))", title.join(" AND "));
        }
        conditions.push(condition);
    }
    if let Some(publisher) = &filters.publisher {
        params.push(Value::Text(publisher.clone()));
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM documents d WHERE d.story = s.id
                     AND instr(lower(d.publisher), lower(?{})) > 0)",
            params.len()
        ));
    }
    if filters.since.is_some() || filters.until.is_some() {
        params.push(filters.since.clone().map_or(Value::Null, Value::Text));
        params.push(filters.until.clone().map_or(Value::Null, Value::Text));
        let (since, until) = (params.len() - 1, params.len());
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM documents d WHERE d.story = s.id AND d.date IS NOT NULL
                     AND (?{since} IS NULL OR d.date >= ?{since})
                     AND (?{until} IS NULL OR substr(d.date, 1, length(?{until})) <= ?{until}))"
        ));
    }
    let order = match filters.sort {
        Sort::Default | Sort::Documents => "s.articles DESC, s.corroborated_claims DESC, s.id",
        Sort::Date => "s.last_date IS NULL, s.last_date DESC, s.articles DESC, s.id",
        Sort::Credibility => "s.corroborated_claims DESC, s.articles DESC, s.id",
        Sort::Id => "s.id",
    };
    params.push(Value::Integer(filters.limit.map_or(-1, |n| n as i64)));
    let sql = format!(
        "SELECT s.id, s.articles,
                (SELECT json_group_array(publisher) FROM (
                     SELECT DISTINCT publisher FROM documents
                     WHERE story = s.id AND publisher IS NOT NULL ORDER BY publisher)),
                s.first_date, s.last_date, s.first_document,
                s.title, s.url, s.claims, s.corroborated_claims
         FROM stories s WHERE {} ORDER BY {order} LIMIT ?{}",
        conditions.join(" AND "),
        params.len()
    );
    let mut statement = conn.prepare(&sql)?;
    let rows = statement.query_map(rusqlite::params_from_iter(params), |row| {
        let publishers: String = row.get(2)?;
        let publishers = serde_json::from_str(&publishers).map_err(|err| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(err))
        })?;
        Ok(StoryRow {
            id: row.get(0)?,
            articles: row.get(1)?,
            publishers,
            first_date: row.get(3)?,
            last_date: row.get(4)?,
            first_document: row.get(5)?,
            title: row.get(6)?,
            url: row.get(7)?,
            claims: row.get(8)?,
            corroborated_claims: row.get(9)?,
        })
    })?;
    rows.collect()
}
