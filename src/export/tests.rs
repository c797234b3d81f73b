//! Tests of the export stage on the hand-made sample graph: the node-link form,
//! code-point spans, DOT escaping and parsing, SVG well-formedness, atomic and
//! deterministic writing.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::Path;

use super::json::{NodeLinkGraph, WireEdgeData, WireNode, WireSpan};
use super::testdata::sample_graph;
use super::*;

fn sample_wire() -> NodeLinkGraph {
    node_link(&sample_graph())
}

fn node<'a>(graph: &'a NodeLinkGraph, id: &str) -> &'a WireNode {
    graph
        .nodes
        .iter()
        .find(|n| n.id() == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

/// The article texts of the sample, by document path.
fn texts() -> BTreeMap<String, String> {
    sample_graph()
        .corpus
        .articles
        .into_iter()
        .map(|a| (a.path, a.text))
        .collect()
}

fn check_span(text: &str, span: &WireSpan) {
    let slice: String = text
        .chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect();
    assert_eq!(slice, span.text, "span {}..{}", span.start, span.end);
}

#[test]
fn node_link_round_trips() {
    let wire = sample_wire();
    let graph = sample_graph();
    let written = super::node_link::WireTables::new(&graph).written();
    let text = serde_json::to_string(&written).expect("serialize");
    let mut back: NodeLinkGraph = serde_json::from_str(&text).expect("deserialize");
    assert_ne!(back, wire, "graph.json leaves out what the records hold");
    // `graph.json` names the records that hold what a claim of one
    // attribution leaves out, and the evidence a drawing shows.
    crate::export::records::complete(&mut back, &records(&graph)).expect("records");
    crate::export::records::fill_evidence(&mut back, &records(&graph));
    assert_eq!(back, wire);
}

#[test]
fn every_span_is_its_code_point_slice() {
    let texts = texts();
    let graph = sample_graph();
    let mut n_spans = 0;
    for record in records(&graph) {
        let text = &texts[&record.document];
        let mention = record.source.as_ref().and_then(|s| s.mention.as_ref());
        for span in record
            .cue
            .iter()
            .chain(&record.content)
            .chain(mention)
            .chain([&record.sentence])
        {
            check_span(text, span);
            n_spans += 1;
        }
    }
    // The evidence a drawing shows on asserts and denies edges.
    for edge in &node_link(&graph).edges {
        if let WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) = &edge.data {
            let text = &texts[&evidence.document];
            for span in evidence.cue.iter().chain(&evidence.content) {
                check_span(text, span);
                n_spans += 1;
            }
        }
    }
    assert!(n_spans > 20, "only {n_spans} spans checked");
}

/// One node-link expectation: a JSON pointer into the node with `id`, and the
/// value it must hold.
fn check_node(graph: &NodeLinkGraph, id: &str, pointer: &str, expect: serde_json::Value) {
    let value = serde_json::to_value(node(graph, id)).expect("to value");
    assert_eq!(value.pointer(pointer), Some(&expect), "{id}{pointer}");
}

#[test]
fn node_fields() {
    use serde_json::json;
    let wire = sample_wire();
    for (id, pointer, expect) in [
        ("src:kim-yong-hyun", "/group", json!("src:south-korea")),
        (
            "src:kim-yong-hyun",
            "/affiliation",
            json!(["Ministry of Defense"]),
        ),
        ("src:kim-yong-hyun", "/type", json!("person")),
        ("src:yonhap", "/group", json!("src:yonhap")),
        (
            "claim:troops-moved-north",
            "/sources",
            json!(["src:kim-yong-hyun", "src:officials"]),
        ),
        (
            "claim:troops-moved-north",
            "/deniers",
            json!(["src:russia"]),
        ),
        (
            "claim:troops-moved-north",
            "/documents",
            json!(["doc:a/kim.txt", "doc:b/yonhap.txt"]),
        ),
        (
            "claim:troops-moved-north",
            "/contradicted_by",
            json!(["claim:no-troops-deployed"]),
        ),
        (
            "claim:troops-moved-north",
            "/credibility",
            json!({"score": 2, "code": "two-sources"}),
        ),
        ("claim:troops-moved-north", "/attributions", json!(3)),
        (
            "claim:no-troops-deployed",
            "/credibility",
            json!({"score": 6, "code": "other", "reason": "contradicted"}),
        ),
        (
            "claim:no-troops-deployed",
            "/contradictions/0/claim",
            json!("claim:troops-moved-north"),
        ),
        ("doc:a/kim.txt", "/publisher", json!("Daily Example")),
        ("subj:russia", "/kind", json!("subject")),
    ] {
        check_node(&wire, id, pointer, expect);
    }
}

#[test]
fn graph_meta_and_edges() {
    let wire = sample_wire();
    assert!(wire.directed && wire.multigraph);
    assert_eq!(wire.graph.schema, "attrgraph/3");
    let counts = &wire.graph.counts;
    for (key, expect) in [
        ("nodes", 14),
        ("document_nodes", 2),
        ("source_nodes", 7),
        ("claim_nodes", 3),
        ("subject_nodes", 2),
        ("documents", 2),
        ("attributions", 5),
        ("asserts_edges", 4),
        ("denies_edges", 1),
        ("relays_edges", 1),
        ("member_of_edges", 2),
        ("about_edges", 4),
        ("contradicts_edges", 1),
        ("published_edges", 1),
        ("edges", wire.edges.len()),
    ] {
        assert_eq!(counts.get(key), Some(&expect), "count {key}");
    }
    // Kim asserts claim 0 once and claim 1 once; a second parallel edge gets key 1.
    let mut seen = BTreeMap::new();
    for edge in &wire.edges {
        let key = seen
            .entry((edge.source.clone(), edge.target.clone()))
            .or_insert(0);
        assert_eq!(edge.key, *key, "{} -> {}", edge.source, edge.target);
        *key += 1;
    }
    let ids: Vec<&str> = wire.nodes.iter().map(|n| n.id()).collect();
    for edge in &wire.edges {
        assert!(ids.contains(&edge.source.as_str()) && ids.contains(&edge.target.as_str()));
    }
}

#[test]
fn parallel_edges_get_increasing_keys() {
    let corpus = testdata::corpus_with_parallel_edges();
    let wire = node_link(&crate::graph::build(
        corpus,
        &crate::resolve::AliasTable::builtin(),
    ));
    let keys: Vec<usize> = wire
        .edges
        .iter()
        .filter(|e| e.source == "src:kim-yong-hyun" && e.target == "claim:troops-moved-north")
        .map(|e| e.key)
        .collect();
    assert_eq!(keys, [0, 1]);
}

/// One neighbourhood case: the claim, then ids that must and must not be kept.
fn check_neighbourhood(claim: &str, kept: &[&str], dropped: &[&str]) {
    let wire = sample_wire();
    let cut = neighbourhood(&wire, claim).unwrap_or_else(|| panic!("no claim {claim}"));
    let ids: Vec<&str> = cut.nodes.iter().map(|n| n.id()).collect();
    for id in kept {
        assert!(ids.contains(id), "{claim}: {id} missing from {ids:?}");
    }
    for id in dropped {
        assert!(!ids.contains(id), "{claim}: {id} kept in {ids:?}");
    }
    for edge in &cut.edges {
        assert!(ids.contains(&edge.source.as_str()) && ids.contains(&edge.target.as_str()));
    }
    assert_eq!(cut.graph.counts["nodes"], cut.nodes.len());
}

#[test]
fn neighbourhoods() {
    check_neighbourhood(
        "claim:1000-troops-left",
        &[
            "claim:1000-troops-left",
            "src:kim-yong-hyun",
            "src:ministry-of-defense",
            "src:south-korea",
            "doc:a/kim.txt",
            "src:daily-example",
            "subj:north-korea",
        ],
        &[
            "src:officials",
            "src:yonhap",
            "claim:troops-moved-north",
            "subj:russia",
            "doc:b/yonhap.txt",
        ],
    );
    check_neighbourhood(
        "claim:troops-moved-north",
        &[
            "claim:no-troops-deployed",
            "src:russia",
            "src:yonhap",
            "src:officials",
            "doc:b/yonhap.txt",
            "subj:russia",
        ],
        &["claim:1000-troops-left"],
    );
    assert!(neighbourhood(&sample_wire(), "claim:nope").is_none());
    assert!(neighbourhood(&sample_wire(), "src:yonhap").is_none());
}

#[test]
fn dot_parses_and_escapes() {
    let wire = sample_wire();
    for options in [
        DotOptions::default(),
        DotOptions {
            include_subjects: false,
            include_documents: false,
            claim: None,
            overview: None,
        },
        DotOptions {
            overview: Some(1),
            ..DotOptions::default()
        },
        DotOptions {
            claim: Some("claim:troops-moved-north".to_string()),
            ..DotOptions::default()
        },
        DotOptions {
            claim: Some("claim:nope".to_string()),
            ..DotOptions::default()
        },
    ] {
        let text = to_dot(&wire, &options);
        graphviz_rust::parse(&text).unwrap_or_else(|err| panic!("{options:?}: {err}\n{text}"));
        assert!(
            !text.contains("URL") && !text.contains("href"),
            "{options:?}"
        );
        assert!(
            !text.contains("src:") && !text.contains("claim:troops"),
            "ids leak: {text}"
        );
    }
    let text = to_dot(&wire, &DotOptions::default());
    for expect in [
        r#"subgraph cluster_0"#,
        r#"label="Kim Yong-hyun""#,
        r#"\"front\" \\"#,
        "<b>&",
        r#"[2 independent]"#,
        r#"deployed vs. \"not deployed\"\n<b>&"#,
        "style=dashed",
    ] {
        assert!(text.contains(expect), "{expect:?} not in\n{text}");
    }
    let small = to_dot(
        &wire,
        &DotOptions {
            include_subjects: false,
            ..DotOptions::default()
        },
    );
    assert!(!small.contains("North Korea\""), "subjects drawn:\n{small}");
}

/// Runs `dot -Tsvg` on the sample's DOT; `None` when `dot` is missing and that is
/// allowed (not in CI).
fn graphviz_svg(options: &DotOptions) -> Option<String> {
    let wire = sample_wire();
    let text = to_dot(&wire, options);
    match render_svg(&text, &wire, Drawer::Any).expect("dot runs") {
        SvgOutcome::Graphviz { svg, warnings } => {
            assert_eq!(warnings, "", "dot warned on\n{text}");
            Some(svg)
        }
        _ => {
            assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "`dot` is required in CI"
            );
            // Straight to stderr: libtest captures `eprintln!`.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED export::tests: `dot` not on PATH, Graphviz checks"
            );
            None
        }
    }
}

fn check_well_formed(svg: &str) {
    // Graphviz writes a DOCTYPE; roxmltree refuses DTDs unless told.
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let document = roxmltree::Document::parse_with_options(svg, options)
        .unwrap_or_else(|err| panic!("{err}\n{svg}"));
    assert_eq!(document.root_element().tag_name().name(), "svg");
}

#[test]
fn graphviz_draws_without_warnings() {
    for options in [
        DotOptions::default(),
        DotOptions {
            claim: Some("claim:1000-troops-left".to_string()),
            ..DotOptions::default()
        },
    ] {
        if let Some(svg) = graphviz_svg(&options) {
            check_well_formed(&svg);
            assert!(svg.contains("&lt;b&gt;&amp;"), "escaped text missing");
        }
    }
}

#[test]
fn layout_rs_svg_is_well_formed() {
    let wire = sample_wire();
    let svg = builtin::layout_rs_for_test(&wire);
    check_well_formed(&svg);
    assert!(
        svg.contains("&lt;b&gt;&amp;"),
        "escaped text missing:\n{svg}"
    );
    assert_eq!(
        svg,
        builtin::layout_rs_for_test(&wire),
        "layout-rs output not deterministic"
    );
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn write_is_atomic_and_deterministic() {
    let graph = sample_graph();
    let first = tempfile::tempdir().expect("temp dir");
    let second = tempfile::tempdir().expect("temp dir");
    let out = first.path().join("nested/out");
    let report = write(&out, &graph, &ExportOptions::default()).expect("first write");
    write(second.path(), &graph, &ExportOptions::default()).expect("second write");
    // Writing over existing files works too.
    write(second.path(), &graph, &ExportOptions::default()).expect("rewrite");
    let expect = [
        "attrgraph.sqlite",
        "attributions.csv",
        "attributions.jsonl",
        "claims.csv",
        "graph.dot",
        "graph.graphml",
        "graph.json",
        "graph.svg",
        "manifest.json",
        "sources.csv",
    ];
    assert_eq!(file_names(&out), expect);
    assert_eq!(file_names(second.path()), expect);
    assert_eq!(report.written.len(), 9);
    // Nothing left beside the output folders.
    assert_eq!(file_names(&first.path().join("nested")), ["out"]);
    let manifest = manifest::check(&out).expect("a whole set");
    assert_eq!(manifest.count("attributions"), 5);
    let names: Vec<&str> = manifest.files.iter().map(|f| f.name.as_str()).collect();
    let listed: Vec<&str> = expect
        .into_iter()
        .filter(|n| *n != "manifest.json")
        .collect();
    assert_eq!(names, listed);
    for name in expect {
        let a = fs::read(out.join(name)).expect("read");
        let b = fs::read(second.path().join(name)).expect("read");
        assert!(a == b, "{name} differs between runs");
    }
    let lines = fs::read_to_string(out.join("attributions.jsonl")).expect("read");
    assert_eq!(lines.lines().count(), 5);
    for (line, record) in lines.lines().zip(records(&graph)) {
        serde_json::from_str::<json::AttributionRecord>(line).expect("record line");
        // Streamed with borrowed text, the same bytes as the owned record.
        assert_eq!(line, serde_json::to_string(&record).expect("serialize"));
    }
    let mut wire: NodeLinkGraph =
        serde_json::from_slice(&fs::read(out.join("graph.json")).expect("read"))
            .expect("graph.json");
    crate::export::records::complete(&mut wire, &records(&graph)).expect("records");
    crate::export::records::fill_evidence(&mut wire, &records(&graph));
    assert_eq!(wire, node_link(&graph));
    check_well_formed(&fs::read_to_string(out.join("graph.svg")).expect("read"));
}

#[test]
fn write_reports_unwritable_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("file");
    fs::write(&blocker, "not a folder").expect("write");
    let result = write(
        &blocker.join("out"),
        &sample_graph(),
        &ExportOptions::default(),
    );
    let err = result.expect_err("cannot create a folder under a file");
    assert!(err.to_string().starts_with("failed to write "), "{err}");
}

#[test]
fn placeholder_svg_is_well_formed() {
    check_well_formed(&placeholder_svg("too <large> & \u{7}big"));
}
