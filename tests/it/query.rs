//! `attrgraph query` end to end: runs the binary on a small output folder
//! written here, and checks exit codes, stdout and stderr.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{json, Value};

/// One claim with two independent origins and one that contradicts it.
fn write_output(dir: &Path) {
    let sentence = |text: &str| json!({"start": 0, "end": text.chars().count(), "text": text});
    let claim = |id: &str, text: &str, sources: Value, origins: Value, other: &str| {
        json!({
            "kind": "claim", "id": id, "text": text, "subjects": [], "sources": sources,
            "independent_sources": origins.as_array().unwrap().len(), "origins": origins,
            "contradicted_by": [other],
            "contradictions": [{"claim": other, "reason": "fired vs not fired"}],
            "documents": ["doc:a.md"], "attributions": 1,
            "credibility": {"score": 2, "code": "other", "reason": "two origins"}
        })
    };
    let graph = json!({
        "directed": true, "multigraph": true,
        "graph": {"schema": "attrgraph/3", "generator": "attrgraph", "version": "0.1.0", "counts": {}},
        "nodes": [
            {"kind": "document", "id": "doc:a.md", "path": "a.md", "publisher": "Yonhap"},
            {"kind": "source", "id": "src:jcs", "name": "Joint Chiefs of Staff", "type": "government",
             "aliases": ["JCS"], "affiliation": [], "group": "src:jcs"},
            {"kind": "source", "id": "src:jcg", "name": "Japan Coast Guard", "type": "government",
             "aliases": [], "affiliation": [], "group": "src:jcg"},
            {"kind": "source", "id": "src:kcna", "name": "KCNA", "type": "media",
             "aliases": [], "affiliation": [], "group": "src:kcna"},
            claim("claim:0001aaaa", "North Korea fired two missiles",
                  json!(["src:jcg", "src:jcs"]), json!(["src:jcs", "src:jcg"]), "claim:0002bbbb"),
            claim("claim:0002bbbb", "No missile was fired",
                  json!(["src:kcna"]), json!(["src:kcna"]), "claim:0001aaaa"),
        ],
        "edges": [
            {"source": "claim:0001aaaa", "target": "claim:0002bbbb", "key": 0, "kind": "contradicts",
             "reason": "fired vs not fired"}
        ]
    });
    let record = |id: &str, source: (&str, &str), claim: &str, text: &str| {
        json!({
            "id": id, "document": "a.md",
            "source": {"id": source.0, "name": source.1, "kind": "government", "mention": null},
            "cue": null, "content": [sentence(text)], "quote": "indirect", "stance": "asserts",
            "via": [], "claim": claim, "sentence": sentence(text)
        })
    };
    let records = [
        record(
            "a.md:0",
            ("src:jcs", "Joint Chiefs of Staff"),
            "claim:0001aaaa",
            "The JCS said two missiles flew.",
        ),
        record(
            "a.md:40",
            ("src:jcg", "Japan Coast Guard"),
            "claim:0001aaaa",
            "The coast guard saw two missiles.",
        ),
        record(
            "a.md:80",
            ("src:kcna", "KCNA"),
            "claim:0002bbbb",
            "No missile was fired, KCNA said.",
        ),
    ];
    std::fs::write(dir.join("graph.json"), graph.to_string()).unwrap();
    let lines: Vec<String> = records.iter().map(Value::to_string).collect();
    std::fs::write(dir.join("attributions.jsonl"), lines.join("\n") + "\n").unwrap();
    crate::support::seal(dir);
}

fn query(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attrgraph"))
        .arg("query")
        .arg("--out")
        .arg(dir)
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn claims_table_lists_the_corroborated_claim() {
    let dir = tempfile::tempdir().unwrap();
    write_output(dir.path());
    let out = query(dir.path(), &["claims"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("CLAIM "), "{stdout}");
    assert!(
        stdout.contains("North Korea fired two missiles"),
        "{stdout}"
    );
    assert!(!stdout.contains("No missile was fired"), "{stdout}");
    assert!(
        !stdout.contains('\x1b'),
        "no colour when not a terminal: {stdout}"
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn json_is_one_versioned_document() {
    let dir = tempfile::tempdir().unwrap();
    write_output(dir.path());
    let out = query(dir.path(), &["explain", "0001", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["version"], "attrgraph/3");
    assert_eq!(answer["query"], "explain 0001");
    let explanation = &answer["results"][0];
    assert_eq!(explanation["claim"]["id"], "claim:0001aaaa");
    assert_eq!(explanation["origins"].as_array().unwrap().len(), 2);
    assert_eq!(
        explanation["contradictions"][0]["reason"],
        "fired vs not fired"
    );
}

#[test]
fn nothing_matched_exits_1_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    write_output(dir.path());
    let out = query(dir.path(), &["claims", "--min-sources", "3"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "attrgraph: no claim has 3 or more independent sources; try a lower --min-sources\n"
    );

    let out = query(dir.path(), &["source", "nobody"]);
    assert_eq!(out.status.code(), Some(1));

    let out = query(dir.path(), &["claim", "000"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("matches several claims"),
        "{}",
        text(&out.stderr)
    );

    let out = query(dir.path(), &["--json", "claim", "zzz"]);
    assert_eq!(out.status.code(), Some(1));
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["results"], json!([]));
}

#[test]
fn missing_output_exits_2_and_says_to_build() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("output");
    let out = query(&missing, &["contradictions"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        format!(
            "attrgraph: {} not found; run `attrgraph build` first\n",
            missing.display()
        )
    );
}

#[test]
fn malformed_record_exits_2_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    write_output(dir.path());
    let path = dir.path().join("attributions.jsonl");
    let mut records = std::fs::read_to_string(&path).unwrap();
    records.push_str("{not json\n");
    std::fs::write(&path, records).unwrap();
    crate::support::seal(dir.path());
    // Reading the JSON files back names the line.
    let err = attrgraph::query::load_checked(dir.path())
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with(&format!("failed to parse {} line 4: ", path.display())),
        "{err}"
    );
    // `query` answers from the database, which no build made of these files.
    let out = query(dir.path(), &["contradictions"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("lists no attrgraph.sqlite"), "{stderr}");
}

/// Issue 12: article text with terminal controls, a carriage return and bidi
/// overrides reaches the table without them, in colour or not.
#[test]
fn tables_never_print_terminal_controls_from_article_text() {
    let dir = tempfile::tempdir().unwrap();
    write_output(dir.path());
    for file in ["graph.json", "attributions.jsonl"] {
        let path = dir.path().join(file);
        let hostile = std::fs::read_to_string(&path)
            .unwrap()
            .replace(
                "two missiles flew.",
                r"two\r\u001b[2J\u001b]0;owned\u0007 missiles\u202e flew\u2066.\u009b",
            )
            .replace("Joint Chiefs", r"Joint\u001b[1;1H\u200f\u007f Chiefs")
            .replace("a.md", r"a\r\u061c.md");
        std::fs::write(&path, hostile).unwrap();
    }
    crate::support::seal(dir.path());
    for color in ["always", "never"] {
        for args in [
            vec!["claim", "0001"],
            vec!["explain", "0001"],
            vec!["source", "Joint"],
            vec!["claims", "--min-sources", "1"],
            vec!["contradictions"],
        ] {
            let mut args = args.clone();
            args.extend(["--color", color]);
            let out = query(dir.path(), &args);
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            let stdout = text(&out.stdout);
            assert!(stdout.contains("missiles"), "{args:?}: {stdout}");
            let own = [
                "\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[3m", "\x1b[31m", "\x1b[33m",
            ];
            let mut rest = stdout.clone();
            for style in own {
                rest = rest.replace(style, "");
            }
            for ch in rest.chars() {
                let unsafe_char = (ch.is_control() && ch != '\n')
                    || matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                        | '\u{200e}' | '\u{200f}' | '\u{061c}');
                assert!(!unsafe_char, "{args:?} printed {ch:?}: {stdout:?}");
            }
        }
    }
}

#[test]
fn stories_list_and_the_story_filter_narrow_claims_reading_through_from() {
    let out = crate::support::built_data();
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_attrgraph"))
            .arg("query")
            .args(args)
            .output()
            .expect("the binary runs");
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
        serde_json::from_slice::<Value>(&o.stdout).unwrap()
    };
    let dir = crate::support::s(out.path());
    let stories = run(&["--from", dir, "stories", "--json"]);
    assert_eq!(stories["query"], "stories");
    let rows = stories["results"].as_array().unwrap();
    assert!(!rows.is_empty());
    let first = &rows[0];
    let id = first["id"].as_u64().unwrap().to_string();
    // `--out` still names the folder read.
    let claims = run(&[
        "--out",
        dir,
        "claims",
        "--min-sources",
        "0",
        "--story",
        &id,
        "--json",
    ]);
    let claims = claims["results"].as_array().unwrap();
    assert_eq!(claims.len() as u64, first["claims"].as_u64().unwrap());
    assert!(claims.iter().all(|c| c["story"] == first["id"]));
    let csv = Command::new(env!("CARGO_BIN_EXE_attrgraph"))
        .args(["query", "--from", dir, "stories", "--format", "csv"])
        .output()
        .unwrap();
    let csv = text(&csv.stdout);
    assert!(
        csv.starts_with("id,articles,claims,corroborated_claims,"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), rows.len() + 1);
}

#[test]
fn a_claim_of_several_wordings_says_why_they_were_joined() {
    let out = crate::support::built_data();
    let dir = crate::support::s(out.path());
    let graph: Value =
        serde_json::from_slice(&std::fs::read(out.path().join("graph.json")).unwrap()).unwrap();
    let claim = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "claim" && n["attributions"].as_u64().unwrap() > 1)
        .expect("a claim of several attributions");
    let joins = claim["joins"].as_array().expect("its joins");
    assert_eq!(
        joins.len() as u64,
        claim["attributions"].as_u64().unwrap() - 1,
        "{claim}"
    );
    let id = claim["id"].as_str().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_attrgraph"))
            .args(["query", "--from", dir])
            .args(args)
            .output()
            .expect("the binary runs")
    };
    let answer: Value = serde_json::from_slice(&run(&["claim", id, "--json"]).stdout).unwrap();
    let answer = &answer["results"][0];
    let members: Vec<&str> = answer["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["attribution"].as_str().unwrap())
        .collect();
    let reasons = answer["joins"].as_array().unwrap();
    assert_eq!(reasons.len(), joins.len());
    for reason in reasons {
        for side in ["a", "b"] {
            let record = reason[side]["attribution"].as_str().unwrap();
            assert!(members.contains(&record), "{record} not in {members:?}");
            assert!(!reason[side]["text"].as_str().unwrap().is_empty());
        }
        assert!(["words", "model"].contains(&reason["by"].as_str().unwrap()));
        let likeness = reason["likeness"].as_f64().unwrap();
        assert!(likeness > 0.0 && likeness <= 1.0, "{reason}");
    }
    for question in ["claim", "explain"] {
        let table = text(&run(&[question, id]).stdout);
        assert!(table.contains("why one claim"), "{question}: {table}");
    }
}
