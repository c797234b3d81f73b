//! What the report shows, read from `attrgraph.sqlite`: every claim (most
//! corroborated first) with its counts, credibility, origins, deniers,
//! publishers and dates, up to [`EVIDENCE_PER_CLAIM`] evidence sentences with
//! the path from source through relays to the article, and the claims it
//! conflicts with. Serialised as the page's JSON data block; reads only.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use crate::query::claim_ids::short_len;

/// How many evidence sentences a claim carries into the page; the rest are a
/// count and a `query claim` away.
pub const EVIDENCE_PER_CLAIM: usize = 8;

type Sql<T> = rusqlite::Result<T>;

/// The page's data.
#[derive(Debug, Default, Serialize)]
pub struct ReportData {
    /// Documents, sources, claims, attributions, contradictions.
    pub counts: Vec<(String, usize)>,
    /// Every publisher, sorted.
    pub publishers: Vec<String>,
    /// The claims, most independent sources first.
    pub claims: Vec<ReportClaim>,
}

/// One claim of the report.
#[derive(Debug, Default, Serialize)]
pub struct ReportClaim {
    id: String,
    short: String,
    text: String,
    independent: usize,
    attributions: usize,
    documents: usize,
    score: u8,
    label: String,
    reason: String,
    circular: bool,
    contradicted: bool,
    origins: String,
    publishers: Vec<String>,
    first: Option<String>,
    last: Option<String>,
    deniers: Vec<String>,
    evidence: Vec<Evidence>,
    conflicts: Vec<Conflict>,
}

/// One attribution: who, through whom, in which article, and the sentence.
#[derive(Debug, Serialize)]
struct Evidence {
    source: Option<String>,
    kind: Option<String>,
    stance: String,
    via: String,
    document: String,
    publisher: Option<String>,
    date: Option<String>,
    url: Option<String>,
    cue: Option<String>,
    sentence: String,
}

/// A claim conflicting with this one.
#[derive(Debug, Serialize)]
struct Conflict {
    id: String,
    text: String,
    reason: String,
}

/// Reads the report's data.
pub fn read(conn: &Connection) -> Sql<ReportData> {
    let mut data = ReportData::default();
    for (label, sql) in [
        ("documents", "SELECT count(*) FROM documents"),
        ("sources", "SELECT count(*) FROM sources"),
        ("claims", "SELECT count(*) FROM claims"),
        ("corroborated", "SELECT count(*) FROM corroborated_claims"),
        ("attributions", "SELECT count(*) FROM attributions"),
        (
            "contradicted",
            "SELECT count(*) FROM claims WHERE contradicted = 1",
        ),
    ] {
        let n: usize = conn.query_row(sql, [], |row| row.get(0))?;
        data.counts.push((label.to_string(), n));
    }
    data.publishers = conn
        .prepare("SELECT DISTINCT publisher FROM documents WHERE publisher IS NOT NULL ORDER BY publisher")?
        .query_map([], |row| row.get(0))?
        .collect::<Sql<_>>()?;
    let mut statement = conn.prepare(
        "SELECT id, text, independent_sources, attributions, documents, credibility_score,
                credibility_label, credibility_reason, circular, contradicted, origin_names,
                publishers, first_date, last_date
         FROM claims ORDER BY independent_sources DESC, attributions DESC, id",
    )?;
    data.claims = statement
        .query_map([], |row| {
            let publishers: String = row.get(11)?;
            Ok(ReportClaim {
                id: row.get(0)?,
                text: row.get(1)?,
                independent: row.get(2)?,
                attributions: row.get(3)?,
                documents: row.get(4)?,
                score: row.get(5)?,
                label: row.get(6)?,
                reason: row.get(7)?,
                circular: row.get(8)?,
                contradicted: row.get(9)?,
                origins: row.get(10)?,
                publishers: publishers
                    .split("; ")
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect(),
                first: row.get(12)?,
                last: row.get(13)?,
                ..ReportClaim::default()
            })
        })?
        .collect::<Sql<_>>()?;
    let position: HashMap<String, usize> = data
        .claims
        .iter()
        .enumerate()
        .map(|(pos, claim)| (claim.id.clone(), pos))
        .collect();
    short_ids(&mut data.claims);

    let mut statement = conn.prepare(
        "SELECT c.id, s.name FROM claim_sources cs
         JOIN claims c ON c.node_index = cs.claim_index
         JOIN sources s ON s.node_index = cs.source_index
         WHERE cs.role = 'denier' ORDER BY c.id, cs.position",
    )?;
    let deniers = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get(1)?)))?;
    for found in deniers {
        let (claim, name) = found?;
        if let Some(&pos) = position.get(&claim) {
            data.claims[pos].deniers.push(name);
        }
    }
    let mut statement = conn.prepare(&format!(
        "SELECT claim_id, source_name, source_kind, stance, via_names, document, publisher, date,
                url, cue_text, sentence_text
         FROM (SELECT a.*, d.publisher, d.date, d.url,
                      row_number() OVER (PARTITION BY a.claim_id ORDER BY a.position) AS nth
               FROM attributions a LEFT JOIN documents d ON d.path = a.document)
         WHERE nth <= {EVIDENCE_PER_CLAIM} ORDER BY claim_id, position"
    ))?;
    let evidence = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            Evidence {
                source: row.get(1)?,
                kind: row.get(2)?,
                stance: row.get(3)?,
                via: row.get(4)?,
                document: row.get(5)?,
                publisher: row.get(6)?,
                date: row.get(7)?,
                url: row.get(8)?,
                cue: row.get(9)?,
                sentence: row.get(10)?,
            },
        ))
    })?;
    for found in evidence {
        let (claim, evidence) = found?;
        if let Some(&pos) = position.get(&claim) {
            data.claims[pos].evidence.push(evidence);
        }
    }
    let mut statement = conn.prepare(
        "SELECT claim_id, other_id, other_text, reason FROM contradictions
         WHERE kind = 'contradicts' AND other_id IS NOT NULL
         UNION
         SELECT other_id, claim_id, claim_text, reason FROM contradictions
         WHERE kind = 'contradicts' AND other_id IS NOT NULL
         ORDER BY 1, 2",
    )?;
    let conflicts = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            Conflict {
                id: row.get(1)?,
                text: row.get::<_, Option<String>>(2)?.unwrap_or_default(),
                reason: row.get(3)?,
            },
        ))
    })?;
    for found in conflicts {
        let (claim, conflict) = found?;
        if let Some(&pos) = position.get(&claim) {
            let list = &mut data.claims[pos].conflicts;
            if list
                .last()
                .is_none_or(|last: &Conflict| last.id != conflict.id)
            {
                list.push(conflict);
            }
        }
    }
    Ok(data)
}

/// The short id of every claim, as the tables show it.
fn short_ids(claims: &mut [ReportClaim]) {
    let mut ids: Vec<(String, usize)> = claims
        .iter()
        .enumerate()
        .map(|(pos, claim)| (claim.id.clone(), pos))
        .collect();
    ids.sort();
    for (at, (id, pos)) in ids.iter().enumerate() {
        let before = at.checked_sub(1).map(|b| ids[b].0.as_str());
        let after = ids.get(at + 1).map(|a| a.0.as_str());
        let len = short_len(before, id, after);
        claims[*pos].short = id[..len].to_string();
    }
}
