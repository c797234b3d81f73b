//! The filters every listing takes (`--grep`, `--source`, `--publisher`,
//! `--subject`, `--since`, `--until`, `--min-sources`, `--contradicted`,
//! `--story`, `--sort`, `--limit`) as SQL over `attrgraph.sqlite`: which claims pass, in
//! which order, and which attributions. `--grep` goes through FTS5 (each word
//! quoted, so no word is taken for FTS syntax); names match loosely (`fold`).

use rusqlite::types::Value;
use rusqlite::Connection;

use super::rows::{self, ATTRIBUTION_COLUMNS};
use crate::export::json::AttributionRecord;
use crate::query::fold::fold;

type Sql<T> = rusqlite::Result<T>;

/// How a listing is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// The listing's own order: claims by independent sources, attributions,
    /// id; sources by attributions.
    #[default]
    Default,
    /// Most recent first (a claim's latest document; a source's latest).
    Date,
    /// Most documents (claims) or claims (sources) first.
    Documents,
    /// Best credibility first (1 confirmed … 6 cannot be judged).
    Credibility,
    /// By id (claims) or name (sources).
    Id,
}

/// The filters of a listing; the default lets everything through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Words that must all begin words of the claim's text or of one of its
    /// evidence sentences (full-text: case and accents ignored).
    pub grep: Option<String>,
    /// A source asserting or denying the claim, by name or alias (loosely).
    pub source: Option<String>,
    /// A publisher of one of its documents (case-insensitive substring).
    pub publisher: Option<String>,
    /// One of its subjects (case-insensitive substring).
    pub subject: Option<String>,
    /// A document dated on or after this (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// A document dated on or before this (a prefix: `2024-10` is all October).
    pub until: Option<String>,
    /// The least number of independent sources.
    pub min_sources: usize,
    /// Only claims that something contradicts or someone denies.
    pub contradicted: bool,
    /// Only claims of this story.
    pub story: Option<u32>,
    /// The order.
    pub sort: Sort,
    /// At most this many rows.
    pub limit: Option<usize>,
}

impl Filters {
    /// True when the filters let every claim through.
    pub fn is_open(&self) -> bool {
        self.grep.is_none()
            && self.source.is_none()
            && self.publisher.is_none()
            && self.subject.is_none()
            && self.since.is_none()
            && self.until.is_none()
            && self.min_sources == 0
            && !self.contradicted
            && self.story.is_none()
    }
}

/// An FTS5 query for the words of `text`: each a quoted prefix (`missile`
/// finds "missiles"), all required; quoting keeps any word from being read
/// as FTS5 syntax. Words are cut where the index's tokenizer cuts them (at
/// anything not a letter or digit: "U.S." is `u` and `s`), as the index keeps
/// no positions to match a phrase by.
pub(super) fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Ids of sources whose name or an alias matches `name` loosely: exact
/// matches when there are any, else those containing it.
pub(super) fn sources_named(conn: &Connection, name: &str) -> Sql<Vec<String>> {
    let wanted = fold(name);
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let mut statement = conn.prepare_cached("SELECT source_id, name FROM source_names")?;
    let names = statement.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    let (mut exact, mut partial) = (Vec::new(), Vec::new());
    for found in names {
        let (id, name) = found?;
        let folded = fold(&name);
        if folded == wanted {
            exact.push(id);
        } else if folded.contains(&wanted) {
            partial.push(id);
        }
    }
    let mut ids = if exact.is_empty() { partial } else { exact };
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// The conditions on a claim `c` and its parameters (`?1` …), joined by `AND`.
pub(super) fn claim_conditions(conn: &Connection, filters: &Filters) -> Sql<(String, Vec<Value>)> {
    let mut conditions = vec!["c.independent_sources >= ?1".to_string()];
    let mut params = vec![Value::Integer(filters.min_sources as i64)];
    let mut push = |condition: &str, value: Value, params: &mut Vec<Value>| {
        params.push(value);
        conditions.push(condition.replace("?P", &format!("?{}", params.len())));
    };
    if let Some(query) = filters.grep.as_deref().and_then(fts_query) {
        push(
            "(c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?P)
              OR c.id IN (SELECT a.claim_id FROM sentences_fts f JOIN attributions a
                          ON a.rowid = f.rowid WHERE sentences_fts MATCH ?P))",
            Value::Text(query),
            &mut params,
        );
    }
    if let Some(name) = &filters.source {
        let ids = serde_json::to_string(&sources_named(conn, name)?).expect("ids serialize");
        push(
            "c.node_index IN (SELECT cs.claim_index FROM sources s
                              JOIN claim_sources cs ON cs.source_index = s.node_index
                              WHERE cs.role IN ('source', 'denier')
                                AND s.id IN (SELECT value FROM json_each(?P)))",
            Value::Text(ids),
            &mut params,
        );
    }
    if let Some(publisher) = &filters.publisher {
        push(
            "EXISTS (SELECT 1 FROM claim_documents cd
                     JOIN documents d ON d.node_index = cd.document_index
                     WHERE cd.claim_index = c.node_index
                       AND instr(lower(d.publisher), lower(?P)) > 0)",
            Value::Text(publisher.clone()),
            &mut params,
        );
    }
    if let Some(subject) = &filters.subject {
        push(
            "EXISTS (SELECT 1 FROM claim_subjects cs
                     JOIN subjects s ON s.node_index = cs.subject_index
                     WHERE cs.claim_index = c.node_index AND instr(lower(s.name), lower(?P)) > 0)",
            Value::Text(subject.clone()),
            &mut params,
        );
    }
    if filters.since.is_some() || filters.until.is_some() {
        let since = filters.since.clone().map_or(Value::Null, Value::Text);
        let until = filters.until.clone().map_or(Value::Null, Value::Text);
        params.push(since);
        params.push(until);
        let (s, u) = (params.len() - 1, params.len());
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM claim_documents cd
                     JOIN documents d ON d.node_index = cd.document_index
                     WHERE cd.claim_index = c.node_index AND d.date IS NOT NULL
                       AND (?{s} IS NULL OR d.date >= ?{s})
                       AND (?{u} IS NULL OR substr(d.date, 1, length(?{u})) <= ?{u}))"
        ));
    }
    if filters.contradicted {
        conditions.push("c.contradicted = 1".to_string());
    }
    if let Some(story) = filters.story {
        params.push(Value::Integer(i64::from(story)));
        conditions.push(format!("c.story = ?{}", params.len()));
    }
    Ok((conditions.join(" AND "), params))
}

/// The `ORDER BY` of claims `c` for a sort.
fn claim_order(sort: Sort) -> &'static str {
    const DEFAULT: &str = "c.independent_sources DESC, c.attributions DESC, c.id";
    match sort {
        Sort::Default => DEFAULT,
        Sort::Date => "c.last_date IS NULL, c.last_date DESC, c.independent_sources DESC, c.attributions DESC, c.id",
        Sort::Documents => "c.documents DESC, c.independent_sources DESC, c.attributions DESC, c.id",
        Sort::Credibility => "c.credibility_score, c.independent_sources DESC, c.attributions DESC, c.id",
        Sort::Id => "c.id",
    }
}

/// Ids of the claims that pass, in the listing's order, at most `limit`.
pub(super) fn claim_ids(conn: &Connection, filters: &Filters) -> Sql<Vec<String>> {
    let (conditions, mut params) = claim_conditions(conn, filters)?;
    params.push(Value::Integer(filters.limit.map_or(-1, |n| n as i64)));
    let sql = format!(
        "SELECT c.id FROM claims c WHERE {conditions} ORDER BY {} LIMIT ?{}",
        claim_order(filters.sort),
        params.len()
    );
    let mut statement = conn.prepare(&sql)?;
    let ids = statement.query_map(rusqlite::params_from_iter(params), |row| row.get(0))?;
    ids.collect()
}

/// The conditions on an attribution `a`, its claim `c` and its document `d`
/// and their parameters (`?1` …), joined by `AND`: the claim passes the claim
/// filters, the document the publisher and date filters, and `--grep` finds
/// the sentence or the claim text. `--source` looks at the claims.
pub(super) fn attribution_conditions(
    conn: &Connection,
    filters: &Filters,
) -> Sql<(String, Vec<Value>)> {
    let claim_filters = Filters {
        grep: None,
        publisher: None,
        since: None,
        until: None,
        ..filters.clone()
    };
    let (claim_conditions, mut params) = claim_conditions(conn, &claim_filters)?;
    let mut conditions = vec![claim_conditions];
    let mut push = |condition: &str, value: Value, params: &mut Vec<Value>| {
        params.push(value);
        conditions.push(condition.replace("?P", &format!("?{}", params.len())));
    };
    if let Some(query) = filters.grep.as_deref().and_then(fts_query) {
        push(
            "(a.rowid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?P)
              OR c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?P))",
            Value::Text(query),
            &mut params,
        );
    }
    if let Some(publisher) = &filters.publisher {
        push(
            "instr(lower(d.publisher), lower(?P)) > 0",
            Value::Text(publisher.clone()),
            &mut params,
        );
    }
    if let Some(since) = &filters.since {
        push("d.date >= ?P", Value::Text(since.clone()), &mut params);
    }
    if let Some(until) = &filters.until {
        push(
            "substr(d.date, 1, length(?P)) <= ?P",
            Value::Text(until.clone()),
            &mut params,
        );
    }
    Ok((conditions.join(" AND "), params))
}

/// The tables [`attribution_conditions`] speak of.
pub(super) const ATTRIBUTION_JOIN: &str = "attributions a JOIN claims c ON c.id = a.claim_id
    LEFT JOIN documents d ON d.path = a.document";

/// The attribution records matching `selection` (a condition on attributions
/// `a` with `?K` for a JSON array of `keys`) that pass the filters (see
/// [`attribution_conditions`]), in file order.
pub(super) fn records(
    conn: &Connection,
    selection: &str,
    keys: &[&str],
    filters: &Filters,
) -> Sql<Vec<AttributionRecord>> {
    let (conditions, mut params) = attribution_conditions(conn, filters)?;
    params.push(Value::Text(
        serde_json::to_string(keys).expect("keys serialize"),
    ));
    let selection = selection.replace("?K", &format!("?{}", params.len()));
    let sql = format!(
        "SELECT {ATTRIBUTION_COLUMNS} FROM {ATTRIBUTION_JOIN}
         WHERE {selection} AND {conditions} ORDER BY a.position"
    );
    let mut statement = conn.prepare(&sql)?;
    let found = statement.query_map(rusqlite::params_from_iter(params), rows::attribution)?;
    found.map(|row| row.map(|(_, record)| record)).collect()
}
