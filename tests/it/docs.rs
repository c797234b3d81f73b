//! The documents stay true (issue 12, point 5): every command of the README's
//! "Asking questions" and "Viewing the graph" blocks runs verbatim, in a folder
//! where `output/` is a fresh build of `data/`, and exits 0; and the field index
//! of `CONTRACT.md` names exactly the fields a build of `data/` writes.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::support::{attrgraph, built_data, root, s};

/// The lines of the fenced blocks in the README section headed `heading`.
fn code_lines(readme: &str, heading: &str) -> Vec<String> {
    let section = readme
        .split("\n## ")
        .find(|section| section.starts_with(heading))
        .unwrap_or_else(|| panic!("README has no section {heading:?}"));
    let mut lines = Vec::new();
    let mut in_code = false;
    for line in section.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if in_code {
            lines.push(line.to_string());
        }
    }
    lines
}

/// Splits a shell command line into words: double and single quotes group,
/// `#` outside quotes starts a comment.
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for ch in line.chars() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '"' | '\'') => {
                quote = Some(ch);
                word.get_or_insert_with(String::new);
            }
            (None, '#') if word.is_none() => break,
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

#[test]
fn readme_commands_run_verbatim_on_a_build_of_data() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let mut commands = Vec::new();
    for heading in ["Asking questions", "Viewing the graph"] {
        for line in code_lines(&readme, heading) {
            // Commands, and the commands of shown sessions (`$ attrgraph …`).
            let line = line.strip_prefix("$ ").unwrap_or(&line);
            let words = words(line);
            if words.first().map(String::as_str) == Some("attrgraph") {
                commands.push(words[1..].to_vec());
            }
        }
    }
    let shown: Vec<String> = commands.iter().map(|c| c.join(" ")).collect();
    for expected in ["query claim ", "query explain ", "render --claim "] {
        assert!(
            shown.iter().any(|c| c.starts_with(expected)),
            "the README shows no `{expected}…`: {shown:?}"
        );
    }
    let work = tempfile::tempdir().unwrap();
    let o = attrgraph(&[
        "build",
        s(&root().join("data")),
        "--out",
        s(&work.path().join("output")),
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for command in &commands {
        let o = Command::new(env!("CARGO_BIN_EXE_attrgraph"))
            .args(command)
            .current_dir(work.path())
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "README command `attrgraph {}` failed: {}",
            command.join(" "),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            !o.stdout.is_empty() || command.iter().any(|w| w == "-o"),
            "{command:?}"
        );
    }
    assert!(commands.len() >= 7, "{shown:?}");
}

/// The field index of CONTRACT.md: record label → (field, optional).
fn contract_fields() -> BTreeMap<String, BTreeMap<String, bool>> {
    let contract = fs::read_to_string(root().join("CONTRACT.md")).unwrap();
    let start = contract
        .find("<!-- fields:begin -->")
        .expect("field index start");
    let end = contract
        .find("<!-- fields:end -->")
        .expect("field index end");
    let mut index = BTreeMap::new();
    for line in contract[start..end].lines().filter(|l| l.starts_with("- ")) {
        let (label, fields) = line[2..].split_once(": ").expect("`- label: fields`");
        let fields = fields
            .split(", ")
            .map(|field| {
                let name = field.split('`').nth(1).expect("a `field`");
                (name.to_string(), field.contains("*(optional)*"))
            })
            .collect();
        index.insert(label.to_string(), fields);
    }
    index
}

/// Every field written, by the same labels as the index.
fn written_fields(out: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut add = |label: &str, value: &Value| {
        if let Some(object) = value.as_object() {
            found
                .entry(label.to_string())
                .or_default()
                .extend(object.keys().cloned());
        }
    };
    let spans = |value: &Value| -> Vec<Value> {
        match value {
            Value::Array(items) => items.clone(),
            Value::Null => Vec::new(),
            other => vec![other.clone()],
        }
    };
    let records = fs::read_to_string(out.join("attributions.jsonl")).unwrap();
    for line in records.lines() {
        let record: Value = serde_json::from_str(line).unwrap();
        add("attributions.jsonl", &record);
        add("attributions.jsonl source", &record["source"]);
        for via in record["via"].as_array().unwrap() {
            add("attributions.jsonl via", via);
        }
        for key in ["cue", "content", "sentence"] {
            for span in spans(&record[key]) {
                add("span", &span);
            }
        }
        for span in spans(&record["source"]["mention"]) {
            add("span", &span);
        }
    }
    let graph: Value =
        serde_json::from_str(&fs::read_to_string(out.join("graph.json")).unwrap()).unwrap();
    add("graph.json", &graph);
    add("graph.json graph", &graph["graph"]);
    for node in graph["nodes"].as_array().unwrap() {
        let kind = node["kind"].as_str().unwrap();
        add(&format!("node {kind}"), node);
        if kind == "claim" {
            add("node claim credibility", &node["credibility"]);
            for contradiction in node["contradictions"].as_array().into_iter().flatten() {
                add("node claim contradictions", contradiction);
            }
            for join in node["joins"].as_array().into_iter().flatten() {
                add("node claim joins", join);
            }
        }
    }
    for edge in graph["edges"].as_array().unwrap() {
        add(&format!("edge {}", edge["kind"].as_str().unwrap()), edge);
    }
    // The CSV tables: their header rows.
    for name in ["claims.csv", "attributions.csv", "sources.csv"] {
        let text = fs::read_to_string(out.join(name)).unwrap();
        let header = text.lines().next().unwrap_or_default();
        let columns = header.split(',').map(|c| (c.to_string(), Value::Null));
        add(name, &Value::Object(columns.collect()));
    }
    // GraphML: the attributes declared for nodes and for edges.
    let graphml = fs::read_to_string(out.join("graph.graphml")).unwrap();
    let doc = roxmltree::Document::parse(&graphml).unwrap();
    for key in doc.descendants().filter(|n| n.has_tag_name("key")) {
        let label = format!("graph.graphml {}", key.attribute("for").unwrap());
        let name = key.attribute("attr.name").unwrap().to_string();
        add(
            &label,
            &Value::Object([(name, Value::Null)].into_iter().collect()),
        );
    }
    // The database: every table, view and full-text table with its columns
    // (SQLite's own and FTS5's shadow tables left out).
    let db = rusqlite::Connection::open(out.join("attrgraph.sqlite")).unwrap();
    let names: Vec<String> = db
        .prepare(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'",
        )
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for name in names {
        let columns: Vec<String> = db
            .prepare(&format!("SELECT name FROM pragma_table_info('{name}')"))
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let columns = columns.into_iter().map(|c| (c, Value::Null));
        add(
            &format!("attrgraph.sqlite {name}"),
            &Value::Object(columns.collect()),
        );
    }
    let manifest: Value =
        serde_json::from_str(&fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    add("manifest.json", &manifest);
    for file in manifest["files"].as_array().unwrap() {
        add("manifest.json files", file);
    }
    found
}

#[test]
fn contract_names_every_field_written_and_no_other() {
    let out = built_data();
    let written = written_fields(out.path());
    let index = contract_fields();
    let labels = |keys: Vec<&String>| keys.into_iter().cloned().collect::<BTreeSet<_>>();
    assert_eq!(
        labels(written.keys().collect()),
        labels(index.keys().collect()),
        "the records of CONTRACT.md's field index"
    );
    for (label, fields) in &index {
        let found = &written[label];
        for field in found {
            assert!(
                fields.contains_key(field),
                "{label}: `{field}` is written but not in CONTRACT.md's field index"
            );
        }
        for (field, optional) in fields {
            assert!(
                *optional || found.contains(field),
                "{label}: CONTRACT.md lists `{field}`, which a build of data/ does not write \
                 (mark it *(optional)* if it may be absent)"
            );
        }
    }
}
