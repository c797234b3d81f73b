//! Issue 12, point 2: drawing never panics. Without Graphviz (forced with
//! `ATTRGRAPH_NO_GRAPHVIZ=1`), an empty graph gives a small SVG saying so, a
//! large one a small SVG saying how to get a picture, and `build` on a folder
//! with no readable article warns and exits 2.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::support::{root, s};

/// Runs the binary with Graphviz ruled out.
fn without_graphviz(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attrgraph"))
        .args(args)
        .env("ATTRGRAPH_NO_GRAPHVIZ", "1")
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn assert_no_panic(output: &Output) {
    assert_ne!(output.status.code(), Some(101), "{}", stderr(output));
    assert!(!stderr(output).contains("panicked"), "{}", stderr(output));
}

#[test]
fn build_without_a_readable_article_warns_and_exits_2() {
    let data = tempfile::tempdir().unwrap();
    fs::write(data.path().join("empty.txt"), "\n").unwrap();
    fs::write(data.path().join("binary.txt"), b"\x00\x01").unwrap();
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("output");
    let o = without_graphviz(&["build", s(data.path()), "--out", s(&out)]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no readable article"), "{}", stderr(&o));
    assert!(!out.exists(), "nothing is written");
    // An empty folder too.
    let none = tempfile::tempdir().unwrap();
    let o = without_graphviz(&["build", s(none.path()), "--out", s(&out)]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn build_draws_data_with_the_builtin_renderer() {
    let out = tempfile::tempdir().unwrap();
    let o = without_graphviz(&["build", s(&root().join("data")), "--out", s(out.path())]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("built-in layout"), "{}", stderr(&o));
    let svg = fs::read_to_string(out.path().join("graph.svg")).unwrap();
    assert!(svg.contains("<svg") && svg.len() > 10_000, "{svg}");
}

/// Writes a built output folder holding `graph`, with no attributions.
pub fn write_graph_only(dir: &Path, nodes: serde_json::Value) {
    let graph = serde_json::json!({
        "directed": true, "multigraph": true,
        "graph": {"schema": "attrgraph/3", "generator": "attrgraph", "version": "0.1.0",
                  "counts": {"nodes": nodes.as_array().unwrap().len(), "edges": 0,
                             "attributions": 0, "documents": 0}},
        "nodes": nodes, "edges": []
    });
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join("graph.json"), graph.to_string()).unwrap();
    fs::write(dir.join("attributions.jsonl"), "").unwrap();
    crate::support::seal(dir);
}

#[test]
fn render_of_an_empty_graph_is_a_small_svg_saying_so() {
    let out = tempfile::tempdir().unwrap();
    write_graph_only(out.path(), serde_json::json!([]));
    let o = without_graphviz(&["render", "--out", s(out.path())]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let svg = String::from_utf8(o.stdout.clone()).unwrap();
    assert!(
        svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"),
        "{svg}"
    );
    assert!(svg.contains("the graph is empty"), "{svg}");
}

#[test]
fn render_of_a_large_graph_says_to_install_graphviz() {
    let out = tempfile::tempdir().unwrap();
    let nodes: Vec<serde_json::Value> = (0..400)
        .map(
            |at| serde_json::json!({"kind": "subject", "id": format!("subject:{at}"), "name": "x"}),
        )
        .collect();
    write_graph_only(out.path(), serde_json::Value::Array(nodes));
    let o = without_graphviz(&["render", "--out", s(out.path()), "--format", "svg"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let svg = String::from_utf8(o.stdout.clone()).unwrap();
    assert!(
        svg.contains("too large for the built-in renderer") && svg.contains("install Graphviz"),
        "{svg}"
    );
    assert!(stderr(&o).contains("too large"), "{}", stderr(&o));
}
