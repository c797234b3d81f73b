//! End to end: `attrgraph build data/` writes output that keeps the contract
//! (spans equal their file slices, networkx node-link keys, DOT that `dot`
//! renders without warnings, well-formed SVG), builds byte-identically twice,
//! survives bad articles, and answers queries.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::support::{attrgraph, have, need, root, s};

fn build(data: &Path, out: &Path) -> std::process::Output {
    let o = attrgraph(&["build", s(data), "--out", s(out), "--quiet"]);
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn build_keeps_the_output_contract() {
    let out = tempfile::tempdir().unwrap();
    build(&root().join("data"), out.path());
    // attributions.jsonl: every span's text is the code-point slice of its file.
    let lines = fs::read_to_string(out.path().join("attributions.jsonl")).unwrap();
    let mut n = 0;
    let mut ids = BTreeSet::new();
    let mut n_whole = 0;
    for line in lines.lines() {
        let r: Value = serde_json::from_str(line).unwrap();
        let text =
            fs::read_to_string(root().join("data").join(r["document"].as_str().unwrap())).unwrap();
        let mut spans: Vec<&Value> = r["content"].as_array().unwrap().iter().collect();
        spans.extend(
            [&r["cue"], &r["source"]["mention"], &r["sentence"]]
                .into_iter()
                .filter(|v| !v.is_null()),
        );
        for sp in spans {
            let (a, b) = (
                sp["start"].as_u64().unwrap() as usize,
                sp["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                char_slice(&text, a, b),
                sp["text"].as_str().unwrap(),
                "{line}"
            );
        }
        assert!(
            ids.insert(r["id"].as_str().unwrap().to_string()),
            "duplicate id in {line}"
        );
        for key in ["source", "quote", "stance", "via", "claim"] {
            assert!(r.get(key).is_some(), "{key} missing in {line}");
        }
        // A sentence left out is the one content span (issue 11).
        if r.get("sentence").is_none() {
            assert_eq!(r["content"].as_array().unwrap().len(), 1, "{line}");
            n_whole += 1;
        }
        n += 1;
    }
    assert!(n > 50, "only {n} attributions");
    assert!(n_whole > 0, "no record is its whole sentence");
    // graph.json: networkx node-link keys.
    let graph: Value =
        serde_json::from_str(&fs::read_to_string(out.path().join("graph.json")).unwrap()).unwrap();
    assert_eq!(graph["directed"], true);
    assert_eq!(graph["multigraph"], true);
    assert_eq!(graph["graph"]["schema"], "attrgraph/3");
    let nodes: BTreeSet<&str> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    for e in graph["edges"].as_array().unwrap() {
        assert!(
            nodes.contains(e["source"].as_str().unwrap())
                && nodes.contains(e["target"].as_str().unwrap()),
            "{e}"
        );
        assert!(e["key"].is_u64() && e["kind"].is_string(), "{e}");
        // An assertion names its record, which holds the spans (issue 11).
        if matches!(e["kind"].as_str(), Some("asserts" | "denies")) {
            assert!(ids.contains(e["attribution"].as_str().unwrap()), "{e}");
            assert!(e.get("content").is_none() && e.get("cue").is_none(), "{e}");
        }
    }
    for node in graph["nodes"].as_array().unwrap() {
        assert!(node["kind"].is_string(), "{node}");
        // Every reason `analyze` gives has its code: none left as `other`.
        if node["kind"] == "claim" {
            assert_ne!(node["credibility"]["code"], "other", "{node}");
        }
    }
    if let Some(()) = need("networkx", have("python3", &["-c", "import networkx"])) {
        let script = format!(
            "import json, networkx as nx\ng = nx.node_link_graph(json.load(open({:?})), edges='edges')\nprint(g.number_of_nodes(), g.number_of_edges())",
            s(&out.path().join("graph.json"))
        );
        let o = Command::new("python3")
            .args(["-c", &script])
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "networkx: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    if let Some(()) = need("Graphviz dot", have("dot", &["-V"])) {
        let o = Command::new("dot")
            .args(["-Tsvg", s(&out.path().join("graph.dot"))])
            .output()
            .unwrap();
        assert!(o.status.success(), "dot failed");
        assert!(
            o.stderr.is_empty(),
            "dot warned: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let svg = fs::read_to_string(out.path().join("graph.svg")).unwrap();
    assert!(
        svg.contains("<svg") && svg.trim_end().ends_with("</svg>"),
        "graph.svg is not an SVG document"
    );
}

#[test]
fn same_input_same_bytes() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    build(&root().join("data"), a.path());
    build(&root().join("data"), b.path());
    for f in [
        "attributions.jsonl",
        "graph.json",
        "graph.dot",
        "manifest.json",
    ] {
        assert!(
            fs::read(a.path().join(f)).unwrap() == fs::read(b.path().join(f)).unwrap(),
            "{f} differs between runs"
        );
    }
}

#[test]
fn a_bad_article_is_reported_and_the_rest_built() {
    let data = tempfile::tempdir().unwrap();
    fs::write(
        data.path().join("good.txt"),
        "“We will win,” Defense Minister Kim Yong-hyun told lawmakers on Tuesday.\n",
    )
    .unwrap();
    fs::write(data.path().join("bad.txt"), b"caf\xe9 au lait\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = attrgraph(&["build", s(data.path()), "--out", s(out.path())]);
    // Issue 12: the output was written, so not 2 but 3, with a summary line.
    assert_eq!(o.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("bad.txt") && stderr.contains("UTF-8"),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 input file or record was skipped or read in part"),
        "{stderr}"
    );
    let lines = fs::read_to_string(out.path().join("attributions.jsonl")).unwrap();
    assert!(lines.contains("Kim Yong-hyun"), "{lines}");
}

/// Issue 12: `--max-article-bytes` skips a larger article, naming it and its
/// size; the rest is written and the exit code is 3.
#[test]
fn an_article_over_the_size_limit_is_skipped_with_exit_3() {
    let data = tempfile::tempdir().unwrap();
    fs::write(
        data.path().join("good.txt"),
        "“We will win,” Defense Minister Kim Yong-hyun told lawmakers on Tuesday.\n",
    )
    .unwrap();
    let huge = "“Troops moved,” the ministry said. ".repeat(200);
    fs::write(data.path().join("huge.txt"), &huge).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = attrgraph(&[
        "build",
        s(data.path()),
        "--out",
        s(out.path()),
        "--max-article-bytes",
        "2kB",
    ]);
    assert_eq!(o.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&o.stderr);
    let size = huge.len();
    assert!(
        stderr.contains(&format!(
            "huge.txt: article is 7.8 kB ({size} bytes), over the 2 kB limit"
        )),
        "{stderr}"
    );
    let lines = fs::read_to_string(out.path().join("attributions.jsonl")).unwrap();
    assert!(
        lines.contains("Kim Yong-hyun") && !lines.contains("huge.txt"),
        "{lines}"
    );
    // The default, 5 MB, reads it.
    let o = attrgraph(&["build", s(data.path()), "--out", s(out.path()), "--quiet"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn missing_folder_exits_2() {
    let o = attrgraph(&[
        "build",
        "/nonexistent/attrgraph-input",
        "--out",
        "/tmp/attrgraph-never",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/attrgraph-input"));
}

#[test]
fn query_lists_corroborated_claims() {
    let out = tempfile::tempdir().unwrap();
    build(&root().join("data"), out.path());
    let o = attrgraph(&[
        "query",
        "--out",
        s(out.path()),
        "claims",
        "--min-sources",
        "2",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(
        table.contains("IND") && table.lines().count() > 2,
        "{table}"
    );
    let o = attrgraph(&["query", "--out", s(out.path()), "--json", "contradictions"]);
    let json: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["version"], "attrgraph/3");
}
