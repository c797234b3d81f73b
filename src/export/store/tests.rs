//! The database of the sample graph: every node, edge and record has its row,
//! full-text search finds a claim by a word of its sentence (its indexes, built
//! beside the database, pass FTS5's integrity check; the attribution tables,
//! copied from theirs, SQLite's), the views answer, writing twice (from the
//! graph, and from its wire form read back) gives the same bytes, and a write
//! that fails leaves no side database behind.

use rusqlite::Connection;

use super::*;
use crate::export::flush::with_flusher;
use crate::export::testdata::sample_graph;
use crate::export::{self, node_link, records, ExportOptions};

fn count(conn: &Connection, sql: &str) -> usize {
    conn.query_row(sql, [], |row| row.get::<_, i64>(0))
        .unwrap_or_else(|err| panic!("{sql}: {err}")) as usize
}

/// Writes the database of a graph's wire form and records at `path`.
fn write_wire(path: &std::path::Path, wire: &NodeLinkGraph, records: Vec<AttributionRecord>) {
    with_flusher(|flusher| {
        write_store(
            path,
            StoreInput {
                meta: wire.graph.clone(),
                nodes: wire.nodes.clone(),
                edges: wire.edges.iter().cloned().enumerate(),
                records,
            },
            flusher,
        )
    })
    .unwrap();
}

#[test]
fn rows_equal_the_wire_graph_and_search_finds_claims() {
    let graph = sample_graph();
    let wire = node_link(&graph);
    let recs = records(&graph);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(STORE_FILE);
    write_wire(&path, &wire, recs.clone());
    let conn = Connection::open(&path).unwrap();
    let counts = &wire.graph.counts;
    let check = |sql: &str, expected: usize| assert_eq!(count(&conn, sql), expected, "{sql}");
    check("SELECT count(*) FROM documents", counts["document_nodes"]);
    check("SELECT count(*) FROM sources", counts["source_nodes"]);
    check("SELECT count(*) FROM claims", counts["claim_nodes"]);
    check("SELECT count(*) FROM subjects", counts["subject_nodes"]);
    check("SELECT count(*) FROM attributions", recs.len());
    check("SELECT count(*) FROM relays", counts["relays_edges"]);
    check(
        "SELECT count(*) FROM memberships",
        counts["member_of_edges"],
    );
    check(
        "SELECT count(*) FROM contradicts",
        counts["contradicts_edges"],
    );
    let corroborated = wire
        .nodes
        .iter()
        .filter(|node| {
            matches!(node, WireNode::Claim { independent_sources, .. } if *independent_sources >= 2)
        })
        .count();
    check("SELECT count(*) FROM corroborated_claims", corroborated);
    // A word of some claim's first sentence finds that claim.
    let record = &recs[0];
    let word = record
        .sentence
        .text
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() > 4)
        .expect("a long word")
        .to_string();
    let found: Vec<String> = conn
        .prepare(
            "SELECT DISTINCT a.claim_id FROM sentences_fts f JOIN attributions a ON a.rowid = f.rowid
             WHERE sentences_fts MATCH ?1",
        )
        .unwrap()
        .query_map([format!("\"{word}\"")], |row| row.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(found.contains(&record.claim), "{word:?} finds {found:?}");
    // The indexes built beside the database agree with its rows, and no side
    // database is left behind.
    for table in ["claims_fts", "sentences_fts"] {
        conn.execute_batch(&format!(
            "INSERT INTO {table} ({table}) VALUES ('integrity-check')"
        ))
        .unwrap_or_else(|err| panic!("{table}: {err}"));
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "{left:?}");
    // The tables and indexes copied from the side database agree.
    let checked: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(checked, "ok");
}

#[test]
fn a_write_that_fails_leaves_no_side_database() {
    // Two records of one id: the side database's insert fails.
    let graph = sample_graph();
    let wire = node_link(&graph);
    let mut recs = records(&graph);
    recs.push(recs[0].clone());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(STORE_FILE);
    let written = with_flusher(|flusher| {
        write_store(
            &path,
            StoreInput {
                meta: wire.graph.clone(),
                nodes: wire.nodes.clone(),
                edges: wire.edges.iter().cloned().enumerate(),
                records: recs,
            },
            flusher,
        )
    });
    assert!(written.is_err());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(left, [STORE_FILE], "{left:?}");
}

#[test]
fn the_same_graph_gives_the_same_bytes_from_the_build_or_read_back() {
    let graph = sample_graph();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    export::write(
        &out,
        &graph,
        &ExportOptions {
            skip_svg: true,
            ..Default::default()
        },
    )
    .unwrap();
    let built = std::fs::read(out.join(STORE_FILE)).unwrap();

    let wire = node_link(&graph);
    let path = dir.path().join("again.sqlite");
    write_wire(&path, &wire, records(&graph));
    assert!(
        built == std::fs::read(&path).unwrap(),
        "the two databases differ"
    );
}

#[test]
fn the_side_indexes_are_those_of_finish_sql() {
    // The transfer copies an index only into one of the same definition; a
    // side index that drifted from `finish.sql` would be sorted again.
    for index in side::SIDE_INDEXES {
        assert!(FINISH_SQL.contains(index), "{index}");
    }
}
