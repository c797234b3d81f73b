//! The files for other tools: `networkx.read_graphml` reads `graph.graphml`
//! back with the node and edge counts of `graph.json` and flat attributes;
//! Python's csv module reads one row per claim, attribution and source; and
//! article text with markup stays text in the GraphML; `render --format gexf`
//! writes GEXF that networkx reads back with the same counts.

use std::process::Command;

use crate::support::{built_data, have, need, s};

/// Python that reads `graph.json` of the output folder `sys.argv[1]` into
/// `graph`, and `text(claim)`: a claim's wording, from its record when the
/// claim is of one attribution (which leaves its wording to the record).
const READ_GRAPH: &str = r#"
import json, sys
out = sys.argv[1]
graph = json.load(open(out + "/graph.json"))
by_id = {r["id"]: r for r in map(json.loads, open(out + "/attributions.jsonl"))}
def text(claim):
    if "attribution" in claim and "text" not in claim:
        return " ".join(s["text"] for s in by_id[claim["attribution"]]["content"])
    return claim["text"]
"#;

#[test]
fn networkx_reads_the_graphml_and_python_the_csvs_with_the_counts_of_graph_json() {
    let out = built_data();
    let Some(()) = need(
        "python3 with networkx",
        have("python3", &["-c", "import networkx"]),
    ) else {
        return;
    };
    let script = READ_GRAPH.to_string()
        + r#"
import csv
import networkx as nx
g = nx.read_graphml(out + "/graph.graphml")
assert g.number_of_nodes() == len(graph["nodes"]), (g.number_of_nodes(), len(graph["nodes"]))
assert g.number_of_edges() == len(graph["edges"]), (g.number_of_edges(), len(graph["edges"]))
for node in graph["nodes"]:
    attrs = g.nodes[node["id"]]
    assert attrs["kind"] == node["kind"], node["id"]
    assert all(not isinstance(v, (list, dict)) for v in attrs.values())
claims = [n for n in graph["nodes"] if n["kind"] == "claim"]
for claim in claims:
    attrs = g.nodes[claim["id"]]
    assert attrs["text"] == text(claim), claim["id"]
    assert attrs["independent_sources"] == claim["independent_sources"]
def rows(name):
    with open(out + "/" + name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
assert len(rows("claims.csv")) == len(claims)
assert len(rows("sources.csv")) == sum(1 for n in graph["nodes"] if n["kind"] == "source")
records = [json.loads(line) for line in open(out + "/attributions.jsonl")]
table = rows("attributions.csv")
assert len(table) == len(records)
assert [r["id"] for r in table] == [r["id"] for r in records]
# A record leaves out a sentence that is its one content span.
sentence = lambda rec: rec.get("sentence") or rec["content"][0]
assert all(r["sentence"] == sentence(rec)["text"] for r, rec in zip(table, records))
ranked = [int(r["independent_sources"]) for r in rows("claims.csv")]
assert ranked == sorted(ranked, reverse=True)
"#;
    let o = Command::new("python3")
        .args(["-c", &script, s(out.path())])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn markup_in_article_text_stays_text_in_the_graphml() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("a.txt"),
        "The minister said <script>alert(1)</script> & \"troops\" were \u{1b}[31mready.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o =
        crate::support::attrgraph(&["build", s(&input), "--out", s(&out), "--quiet", "--no-svg"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(out.join("graph.graphml")).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("well-formed GraphML");
    assert!(!text.contains("<script>"), "raw markup in {text}");
    assert!(!text.contains('\u{1b}'));
    let found = doc
        .descendants()
        .filter(|n| n.has_tag_name("data"))
        .filter_map(|n| n.text())
        .any(|t| t.contains("<script>alert(1)</script>"));
    assert!(found, "the text, unescaped by the parser, is data: {text}");
}

#[test]
fn networkx_reads_the_gexf_of_render_with_the_counts_of_graph_json() {
    let out = built_data();
    let gexf = out.path().join("graph.gexf");
    let o = crate::support::attrgraph(&[
        "render",
        "--from",
        s(out.path()),
        "--format",
        "gexf",
        "-o",
        s(&gexf),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let Some(()) = need(
        "python3 with networkx",
        have("python3", &["-c", "import networkx"]),
    ) else {
        return;
    };
    let script = READ_GRAPH.to_string()
        + r#"
import networkx as nx
g = nx.read_gexf(out + "/graph.gexf")
assert g.number_of_nodes() == len(graph["nodes"]), (g.number_of_nodes(), len(graph["nodes"]))
assert g.number_of_edges() == len(graph["edges"]), (g.number_of_edges(), len(graph["edges"]))
for node in graph["nodes"]:
    attrs = g.nodes[node["id"]]
    assert attrs["kind"] == node["kind"], node["id"]
    if node["kind"] == "claim":
        assert attrs["text"] == text(node)
        assert attrs["independent_sources"] == node["independent_sources"]
        assert attrs["story"] == node["story"]
"#;
    let o = Command::new("python3")
        .args(["-c", &script, s(out.path())])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}
