//! Helpers shared by the integration tests: running the binary, finding
//! `../shared/`, and skipping (locally) or failing (under `CI=true`) when an
//! outside resource is missing.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the `attrgraph` binary with `args` in the crate root.
pub fn attrgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attrgraph"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Returns `Some(value)`, or prints a notice and returns `None` so the test can
/// skip — except under `CI=true`, where a missing resource fails the test.
pub fn need<T>(what: &str, found: Result<T, String>) -> Option<T> {
    match found {
        Ok(v) => Some(v),
        Err(why) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("{what} is required under CI=true: {why}")
        }
        Err(why) => {
            skipped(what, &why);
            None
        }
    }
}

/// Tells the person running the tests that a check was skipped, on the real
/// stderr: libtest captures `eprintln!` (shown only when a test fails), but not
/// writes to the `std::io::stderr()` handle itself.
pub fn skipped(what: &str, why: &str) {
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {what}: {why}");
}

/// The `shared/` folder beside the checkout (or named by `ATTRGRAPH_SHARED`).
pub fn shared() -> Result<PathBuf, String> {
    let dir = match std::env::var_os("ATTRGRAPH_SHARED") {
        Some(d) => PathBuf::from(d),
        None => root().join("../shared"),
    };
    if dir.join("eval").is_dir() {
        Ok(dir)
    } else {
        Err(format!("{} is absent", dir.display()))
    }
}

/// `program --version` works.
pub fn have(program: &str, probe: &[&str]) -> Result<(), String> {
    match Command::new(program).args(probe).output() {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(format!(
            "{program} {probe:?} failed: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        )),
        Err(e) => Err(format!("{program} is not on PATH: {e}")),
    }
}

/// A path as a `&str` for command lines.
pub fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Makes a hand-written output folder whole, as `build` would: sets the
/// `nodes`, `edges` and `attributions` counts of its `graph.json` to what it
/// holds and writes `manifest.json` for its files.
pub fn seal(dir: &Path) {
    use attrgraph::export::manifest::HashingWriter;
    use attrgraph::export::{Manifest, MANIFEST_FILE};
    let graph_path = dir.join("graph.json");
    let mut graph: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&graph_path).unwrap()).unwrap();
    let records = std::fs::read_to_string(dir.join("attributions.jsonl")).unwrap_or_default();
    let n_records = records.lines().filter(|l| !l.trim().is_empty()).count();
    let n_nodes = graph["nodes"].as_array().map_or(0, Vec::len);
    let n_edges = graph["edges"].as_array().map_or(0, Vec::len);
    let counts = &mut graph["graph"]["counts"];
    counts["nodes"] = n_nodes.into();
    counts["edges"] = n_edges.into();
    counts["attributions"] = n_records.into();
    let counts = serde_json::from_value(counts.clone()).unwrap();
    std::fs::write(&graph_path, graph.to_string()).unwrap();
    // The database, made from the JSON files as build would have made it, when
    // they parse (a test of a broken set has none).
    let mut files = Vec::new();
    let wire: Option<attrgraph::export::json::NodeLinkGraph> = serde_json::from_value(graph).ok();
    let parsed: Option<Vec<attrgraph::export::json::AttributionRecord>> = records
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).ok())
        .collect();
    let store = dir.join(attrgraph::export::store::STORE_FILE);
    let _ = std::fs::remove_file(&store);
    if let (Some(wire), Some(parsed)) = (wire, parsed) {
        files.push(attrgraph::export::store::write_from_wire(&store, &wire, &parsed).unwrap());
    }
    for name in ["attributions.jsonl", "graph.json", "graph.dot", "graph.svg"] {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            let mut writer = HashingWriter::new(Vec::new());
            writer.write_all(&bytes).unwrap();
            files.push(writer.finish(name).0);
        }
    }
    let manifest = Manifest::new(files, counts);
    std::fs::write(
        dir.join(MANIFEST_FILE),
        serde_json::to_string_pretty(&manifest).unwrap(),
    )
    .unwrap();
}

/// Builds `data/` into a fresh folder.
pub fn built_data() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let o = attrgraph(&[
        "build",
        s(&root().join("data")),
        "--out",
        s(out.path()),
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}
