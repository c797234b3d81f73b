//! `attrgraph.sqlite` against the JSON files of the same build: every question
//! answered from the store equals the answer read from `graph.json` and
//! `attributions.jsonl` (and renders the same table), on `data/` and on the
//! events corpus; the database's counts equal `graph.json`'s; full-text search
//! finds a claim by a word of its sentence; the stories and their filters
//! list what `graph.json` says; and the file is byte-identical whatever the
//! thread count.

use std::path::Path;
use std::process::Command;

use attrgraph::export::json::WireNode;
use attrgraph::query::{self, table::TableStyle, Filters, Question, Store};

use crate::support::{attrgraph, built_data, need, root, s, shared};

/// Asks every question of a build both ways and compares; `claim`, `explain`
/// and `source` for at most `most` claims and sources, evenly spread.
fn compare_answers(dir: &Path, most: usize) {
    let output = query::load_checked(dir).unwrap();
    let store = Store::open(dir).unwrap();
    let mut questions = vec![
        Question::Claims { min_sources: 0 },
        Question::Claims { min_sources: 2 },
        Question::Contradictions,
        Question::Sources,
        Question::Stories,
    ];
    let mut claims = Vec::new();
    let mut sources = Vec::new();
    for node in &output.graph().nodes {
        match node {
            WireNode::Claim { id, .. } => claims.push(id.clone()),
            WireNode::Source { name, .. } => sources.push(name.clone()),
            _ => {}
        }
    }
    let spread = |items: &[String]| -> Vec<String> {
        let step = items.len().div_ceil(most).max(1);
        items.iter().step_by(step).cloned().collect()
    };
    for id in spread(&claims) {
        questions.push(Question::Claim { id: id.clone() });
        questions.push(Question::Explain { id });
    }
    for name in spread(&sources) {
        questions.push(Question::Source { name });
    }
    // A prefix too short to be unique, and one that is no claim.
    questions.push(Question::Claim {
        id: "0".to_string(),
    });
    questions.push(Question::Explain {
        id: "zz".to_string(),
    });
    for question in &questions {
        let expected = query::ask(&output, question);
        let (part, answer) = store.ask(question, &Filters::default()).unwrap();
        assert!(
            answer == expected,
            "{question:?}: the store answers otherwise"
        );
        let style = TableStyle {
            color: false,
            width: None,
        };
        assert_eq!(
            query::table::render(&part, &answer, style),
            query::table::render(&output, &expected, style),
            "{question:?}: the tables differ"
        );
    }
}

#[test]
fn store_answers_equal_the_json_files_on_data() {
    let out = built_data();
    compare_answers(out.path(), usize::MAX);
}

#[test]
fn store_answers_equal_the_json_files_on_the_events_corpus() {
    let Some(shared) = need("../shared/", shared()) else {
        return;
    };
    let events = shared.join("corpora/events");
    let Some(()) = need(
        "the events corpus",
        events
            .is_dir()
            .then_some(())
            .ok_or_else(|| format!("{} is absent", events.display())),
    ) else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let o = attrgraph(&[
        "build",
        s(&events),
        "--out",
        s(out.path()),
        "--quiet",
        "--no-svg",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    compare_answers(out.path(), 60);
    crate::report::check_in_browser(out.path(), "vaccine");
}

#[test]
fn python_reads_the_counts_and_finds_a_claim_by_a_word_of_its_sentence() {
    let out = built_data();
    let Some(()) = need("python3", crate::support::have("python3", &["--version"])) else {
        return;
    };
    let script = r#"
import json, sqlite3, sys
out = sys.argv[1]
graph = json.load(open(out + "/graph.json"))
db = sqlite3.connect(out + "/attrgraph.sqlite")
one = lambda sql, *args: db.execute(sql, args).fetchone()[0]
kinds = {}
for node in graph["nodes"]:
    kinds[node["kind"]] = kinds.get(node["kind"], 0) + 1
assert one("select count(*) from documents") == kinds.get("document", 0)
assert one("select count(*) from sources") == kinds.get("source", 0)
assert one("select count(*) from claims") == kinds.get("claim", 0)
assert one("select count(*) from subjects") == kinds.get("subject", 0)
assert one("select count(*) from attributions") == graph["graph"]["counts"]["attributions"]
assert one("select count(*) from relays") == graph["graph"]["counts"]["relays_edges"]
assert one("select count(*) from contradicts") == graph["graph"]["counts"]["contradicts_edges"]
stories = {n["story"] for n in graph["nodes"] if n["kind"] == "document"}
assert one("select count(*) from stories") == len(stories) > 0
claim_story = {n["id"]: n["story"] for n in graph["nodes"] if n["kind"] == "claim"}
assert dict(db.execute("select id, story from claims").fetchall()) == claim_story
assert one("select sum(articles) from stories") == kinds["document"]
record = json.loads(open(out + "/attributions.jsonl").readline())
sentence = record.get("sentence") or record["content"][0]
word = max(sentence["text"].split(), key=len).strip(".,;:!?\"'“”‘’()")
found = [row[0] for row in db.execute(
    "select a.claim_id from sentences_fts f join attributions a on a.rowid = f.rowid "
    "where sentences_fts match ?", ['"' + word + '"'])]
assert record["claim"] in found, (word, found)
print(len(found))
"#;
    let o = Command::new("python3")
        .args(["-c", script, s(out.path())])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn the_database_has_the_same_bytes_at_any_thread_count() {
    let dirs: Vec<tempfile::TempDir> = ["1", "2"]
        .iter()
        .map(|threads| {
            let out = tempfile::tempdir().unwrap();
            let o = Command::new(env!("CARGO_BIN_EXE_attrgraph"))
                .args([
                    "build",
                    s(&root().join("data")),
                    "--out",
                    s(out.path()),
                    "--quiet",
                    "--no-svg",
                ])
                .env("RAYON_NUM_THREADS", threads)
                .output()
                .unwrap();
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            out
        })
        .collect();
    let read =
        |dir: &tempfile::TempDir| std::fs::read(dir.path().join("attrgraph.sqlite")).unwrap();
    assert!(read(&dirs[0]) == read(&dirs[1]), "the databases differ");
}

#[test]
fn filters_select_what_they_say_on_data() {
    let out = built_data();
    let store = Store::open(out.path()).unwrap();
    let all = |filters: Filters| -> Vec<query::ClaimRow> {
        match store.ask(
            &Question::Claims {
                min_sources: filters.min_sources,
            },
            &filters,
        ) {
            Ok((_, query::Answer::Claims(rows))) => rows,
            other => panic!("{other:?}"),
        }
    };
    let every = all(Filters::default());
    assert!(every.len() > 20);

    // --grep: the claims whose text or a sentence holds a word starting with
    // it, and only them.
    let output = query::load_checked(out.path()).unwrap();
    let holds = |text: &str| {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.starts_with("missile"))
    };
    let mut expected: Vec<&str> = output
        .attributions()
        .iter()
        .filter(|r| holds(&r.sentence.text))
        .map(|r| r.claim.as_str())
        .chain(
            every
                .iter()
                .filter(|c| holds(&c.text))
                .map(|c| c.id.as_str()),
        )
        .collect();
    expected.sort();
    expected.dedup();
    let grep = Filters {
        grep: Some("Missile".to_string()),
        ..Filters::default()
    };
    let mut found: Vec<String> = all(grep).into_iter().map(|c| c.id).collect();
    found.sort();
    assert_eq!(found, expected);

    let publisher = all(Filters {
        publisher: Some("washington times".to_string()),
        ..Filters::default()
    });
    assert!(!publisher.is_empty() && publisher.len() < every.len());
    assert!(publisher
        .iter()
        .all(|c| c.publishers.iter().any(|p| p.contains("Washington Times"))));

    let dated = all(Filters {
        since: Some("2024-10-20".to_string()),
        until: Some("2024-10".to_string()),
        sort: query::Sort::Date,
        ..Filters::default()
    });
    assert!(!dated.is_empty() && dated.len() < every.len());
    assert!(dated
        .iter()
        .all(|c| c.last_date.as_deref() >= Some("2024-10-20")));

    let contradicted = all(Filters {
        contradicted: true,
        limit: Some(3),
        ..Filters::default()
    });
    assert!(!contradicted.is_empty() && contradicted.len() <= 3);
    assert!(contradicted
        .iter()
        .all(|c| !c.contradicted_by.is_empty() || !c.deniers.is_empty()));

    let by_source = all(Filters {
        source: Some("benjamin young".to_string()),
        ..Filters::default()
    });
    assert!(!by_source.is_empty());
    assert!(by_source
        .iter()
        .all(|c| c.sources.iter().any(|s| s == "Benjamin Young")));

    let corroborated = all(Filters {
        min_sources: 2,
        sort: query::Sort::Credibility,
        ..Filters::default()
    });
    assert!(corroborated.iter().all(|c| c.independent_sources >= 2));
    let scores: Vec<u8> = corroborated.iter().map(|c| c.credibility.score).collect();
    assert!(scores.windows(2).all(|w| w[0] <= w[1]), "{scores:?}");
}

#[test]
fn stories_and_the_story_filter_follow_graph_json_on_data() {
    let out = built_data();
    let output = query::load_checked(out.path()).unwrap();
    let store = Store::open(out.path()).unwrap();
    let stories = |filters: Filters| -> Vec<query::StoryRow> {
        match store.ask(&Question::Stories, &filters) {
            Ok((_, query::Answer::Stories(rows))) => rows,
            other => panic!("{other:?}"),
        }
    };
    let every = stories(Filters::default());
    // Every document and every claim has a story, and the stories count them.
    let mut n_documents = 0;
    let mut claims_of: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
    for node in &output.graph().nodes {
        match node {
            WireNode::Document { story, .. } => {
                n_documents += 1;
                assert!(story.is_some(), "{node:?}");
            }
            WireNode::Claim { id, story, .. } => {
                claims_of
                    .entry(story.unwrap())
                    .or_default()
                    .push(id.clone());
            }
            _ => {}
        }
    }
    assert_eq!(every.iter().map(|s| s.articles).sum::<usize>(), n_documents);
    assert!(!every.is_empty() && every.len() <= n_documents);
    assert!(every.windows(2).all(|w| w[0].articles >= w[1].articles));

    // `--story N` lists exactly the claims graph.json gives story N.
    let biggest = every
        .iter()
        .max_by_key(|s| (s.claims, u32::MAX - s.id))
        .unwrap();
    let rows = match store.ask(
        &Question::Claims { min_sources: 0 },
        &Filters {
            story: Some(biggest.id),
            ..Filters::default()
        },
    ) {
        Ok((_, query::Answer::Claims(rows))) => rows,
        other => panic!("{other:?}"),
    };
    let mut found: Vec<String> = rows.iter().map(|c| c.id.clone()).collect();
    found.sort();
    let mut expected = claims_of[&biggest.id].clone();
    expected.sort();
    assert_eq!(found, expected);
    assert_eq!(found.len(), biggest.claims);
    assert!(rows.iter().all(|c| c.story == Some(biggest.id)));

    // Filters narrow the stories to those whose articles or claims match.
    let published = stories(Filters {
        publisher: Some("washington times".to_string()),
        ..Filters::default()
    });
    assert!(!published.is_empty() && published.len() <= every.len());
    assert!(published
        .iter()
        .all(|s| s.publishers.iter().any(|p| p.contains("Washington Times"))));
    let unpublished = stories(Filters {
        publisher: Some("no such outlet".to_string()),
        ..Filters::default()
    });
    assert!(unpublished.is_empty());
    let dated = stories(Filters {
        since: Some("2024-10-20".to_string()),
        sort: query::Sort::Date,
        limit: Some(2),
        ..Filters::default()
    });
    assert!(!dated.is_empty() && dated.len() <= 2);
    assert!(dated
        .iter()
        .all(|s| s.last_date.as_deref() >= Some("2024-10-20")));
    let grep = stories(Filters {
        grep: Some("missile".to_string()),
        ..Filters::default()
    });
    assert!(!grep.is_empty());
    let nothing = stories(Filters {
        grep: Some("zzyzx".to_string()),
        ..Filters::default()
    });
    assert!(nothing.is_empty());
}
