//! `attrgraph eval` end to end: the table and exit codes on a tiny hand-made split,
//! and agreement with the reference scorer `../shared/eval/score_polnear.py` on
//! predictions derived from the PolNeAR dev gold by deterministic perturbation.
#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use attrgraph::eval::{self, GoldDocument, Offsets};
use attrgraph::export::json::{AttributionRecord, WireSourceRef, WireSpan};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/fixtures/eval")
}

fn attrgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attrgraph"))
        .args(args)
        .output()
        .expect("attrgraph runs")
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

#[test]
fn eval_prints_the_python_table() {
    let gold = fixture();
    let pred = gold.join("predictions.jsonl");
    let output = attrgraph(&["eval", "--gold", path_str(&gold), "--pred", path_str(&pred)]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Written by score_polnear.py on the same files.
    let expect = "\
1 documents, 2 gold attributions, 2 predicted (nested ones left out)
                    P      R     F1
cue             1.000  1.000  1.000
cue_exact       0.500  0.500  0.500
source          1.000  0.500  0.667
source_exact    1.000  0.500  0.667
content         1.000  1.000  1.000
content_exact   1.000  1.000  1.000
all_three       0.500  0.500  0.500
speech/report-cue recall 1.000
polnear: cue F1 1.000 source F1 0.667 content F1 1.000 all-three F1 0.500 (P 0.500 R 0.500)
";
    assert_eq!(String::from_utf8_lossy(&output.stdout), expect);
}

#[test]
fn eval_json_carries_a_version() {
    let gold = fixture();
    let pred = gold.join("predictions.jsonl");
    let output = attrgraph(&[
        "eval",
        "--gold",
        path_str(&gold),
        "--pred",
        path_str(&pred),
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(json["version"], "attrgraph/3");
    assert_eq!(json["source"], serde_json::json!([1.0, 0.5, 0.667]));
}

#[test]
fn eval_writes_its_predictions() {
    let out = tempfile::tempdir().expect("temp dir");
    let gold = fixture();
    let output = attrgraph(&[
        "eval",
        "--gold",
        path_str(&gold),
        "--out",
        path_str(out.path()),
        "--json",
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = out.path().join("attributions.jsonl");
    let records = eval::read_predictions(&written).expect("written predictions read back");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(json["predicted"].as_u64(), Some(records.len() as u64));
}

#[test]
fn eval_fails_on_malformed_gold() {
    let gold = tempfile::tempdir().expect("temp dir");
    for (path, content) in [
        ("text/a.txt", "A said b.\n"),
        ("attributions/a_x.ann", "T1\tCue two\tsaid\n"),
    ] {
        let path = gold.path().join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, content).expect("write");
    }
    let output = attrgraph(&["eval", "--gold", path_str(gold.path())]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("attrgraph: failed to read the gold: failed to parse "),
        "{stderr}"
    );
    assert!(
        stderr.contains("a_x.ann line 1: expected `start end` in T1"),
        "{stderr}"
    );
}

/// Where the reference scorer and the dev gold are, or why the agreement test
/// cannot run. `shared/` sits beside the checkout (`../shared`) unless
/// `ATTRGRAPH_SHARED` names it, as in a worktree further down.
fn reference_scorer() -> Result<(PathBuf, PathBuf), String> {
    let shared = match std::env::var_os("ATTRGRAPH_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    };
    let scorer = shared.join("eval/score_polnear.py");
    let gold = shared.join("corpora/polnear/dev");
    if !scorer.is_file() || !gold.is_dir() {
        return Err(format!(
            "{} or {} is missing",
            scorer.display(),
            gold.display()
        ));
    }
    match Command::new("python3").arg("--version").output() {
        Ok(output) if output.status.success() => Ok((scorer, gold)),
        _ => Err("python3 is not on PATH".to_string()),
    }
}

/// The span `start..end` of `chars`, clamped, with its text.
fn span(chars: &[char], start: i64, end: i64) -> WireSpan {
    let clamp = |i: i64| i.clamp(0, chars.len() as i64) as usize;
    let (start, end) = (clamp(start), clamp(end).max(clamp(start)));
    WireSpan {
        start,
        end,
        text: chars[start..end].iter().collect(),
    }
}

fn record(
    id: String,
    document: &str,
    chars: &[char],
    source: Option<Offsets>,
    cue: Option<Offsets>,
    content: &[Offsets],
) -> AttributionRecord {
    let wire = |o: Offsets| span(chars, o.start, o.end);
    AttributionRecord {
        id: id.clone(),
        document: document.to_string(),
        source: source.map(|s| WireSourceRef {
            id: format!("src:{id}"),
            name: wire(s).text,
            kind: "person".to_string(),
            mention: Some(wire(s)),
        }),
        cue: cue.map(wire),
        content: content.iter().map(|&c| wire(c)).collect(),
        quote: "indirect".to_string(),
        stance: "asserts".to_string(),
        via: Vec::new(),
        claim: format!("claim:{id}"),
        sentence: span(chars, 0, 0),
    }
}

fn shift(o: Offsets, by: i64) -> Offsets {
    Offsets::new((o.start + by).max(0), (o.end + by).max(0))
}

/// Predictions derived from one document's gold: copies, misses, shifted cues,
/// dropped sources, truncated or displaced contents, cue-less rows, duplicates
/// (ties), nested rows, narrator rows and false positives. `k` counts gold
/// attributions over all documents, so every kind of change occurs.
fn perturb(doc_idx: usize, doc: &GoldDocument, k: &mut usize) -> Vec<AttributionRecord> {
    let chars: Vec<char> = doc.text.chars().collect();
    let n_chars = chars.len() as i64;
    let document = if doc_idx % 2 == 1 {
        format!("sub/dir/{}", doc.name)
    } else {
        doc.name.clone()
    };
    let mut out = Vec::new();
    let mut push =
        |source: Option<Offsets>, cue: Option<Offsets>, content: &[Offsets], quote: &str| {
            let mut rec = record(
                format!("{}#{}", doc.name, out.len()),
                &document,
                &chars,
                source,
                cue,
                content,
            );
            rec.quote = quote.to_string();
            out.push(rec);
        };
    for gold in &doc.attributions {
        let case = *k % 12;
        *k += 1;
        let source = gold.source.first().copied();
        let cue = gold.cue.first().copied();
        let content = gold.content.clone();
        let first_content = content.first().copied().unwrap_or(Offsets::new(0, 0));
        match case {
            0 => {
                push(source, cue, &content, "indirect");
                // Same cue, so the same score: Python's reverse sort takes this one.
                let short = Offsets::new(first_content.start, first_content.start + 5);
                push(None, cue, &[short], "direct");
            }
            2 => {
                let half = Offsets::new(
                    first_content.start,
                    first_content.start + first_content.len() / 2,
                );
                push(source, cue.map(|c| shift(c, 2)), &[half], "indirect");
            }
            3 => push(None, cue, &content, "indirect"),
            4 => push(source, None, &content, "indirect"),
            6 => {
                let mention = source.map(|s| Offsets::new(s.start + 1, s.end));
                push(mention, cue.map(|c| shift(c, -3)), &content, "mixed");
            }
            7 => {
                let cut = Offsets::new(
                    first_content.start,
                    first_content.start + first_content.len() * 2 / 3,
                );
                push(source, cue, &[cut], "indirect");
            }
            9 => {
                let after = cue.map_or(0, |c| c.end + 1);
                push(source, cue, &[Offsets::new(after, after + 20)], "indirect");
            }
            10 => push(
                source,
                None,
                &[shift(first_content, first_content.len() * 4 / 5)],
                "indirect",
            ),
            11 => push(source, cue, &content, "narrator"),
            _ => {}
        }
        if *k % 7 == 3 && first_content.len() > 8 {
            let inner = Offsets::new(first_content.start + 2, first_content.start + 6);
            push(None, Some(inner), &[first_content], "indirect");
        }
    }
    push(
        None,
        Some(Offsets::new(0, 3)),
        &[Offsets::new(4, 30)],
        "indirect",
    );
    push(
        Some(Offsets::new(n_chars - 30, n_chars - 20)),
        Some(Offsets::new(n_chars - 10, n_chars - 6)),
        &[],
        "indirect",
    );
    if doc_idx == 0 {
        push(None, Some(Offsets::new(10, 14)), &[], "indirect");
        push(None, Some(Offsets::new(10, 14)), &[], "indirect");
        // Two spans whose text is not the file's.
        for (wrong, rec) in out.iter_mut().rev().take(2).enumerate() {
            rec.cue.as_mut().expect("cue").text = format!("wrong {wrong}");
        }
    }
    out
}

#[test]
fn agrees_with_the_python_scorer() {
    let (scorer, gold_dir) = match reference_scorer() {
        Ok(found) => found,
        Err(why) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("cannot compare with the Python scorer: {why}")
        }
        Err(why) => {
            crate::support::skipped("the comparison with the Python scorer", &why);
            return;
        }
    };
    let gold = eval::read_gold(&gold_dir).expect("dev gold reads");
    let mut k = 0;
    let mut predictions: Vec<AttributionRecord> = gold
        .documents
        .iter()
        .enumerate()
        .flat_map(|(idx, doc)| perturb(idx, doc, &mut k))
        .collect();
    let mut stray = predictions[0].clone();
    stray.document = "not-in-gold.txt".to_string();
    predictions.push(stray);

    let dir = tempfile::tempdir().expect("temp dir");
    let pred_path = dir.path().join("attributions.jsonl");
    let lines: Vec<String> = predictions
        .iter()
        .map(|r| serde_json::to_string(r).expect("record serializes"))
        .collect();
    std::fs::write(&pred_path, lines.join("\n") + "\n").expect("predictions written");

    let output = Command::new("python3")
        .arg(&scorer)
        .args([
            "--gold",
            path_str(&gold_dir),
            "--pred",
            path_str(&pred_path),
            "--json",
        ])
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Mismatched spans are reported on stdout before the JSON line.
    let stdout = String::from_utf8_lossy(&output.stdout);
    let python: serde_json::Value =
        serde_json::from_str(stdout.lines().last().expect("a JSON line")).expect("python JSON");

    let scores = eval::score(&gold, &predictions);
    let rust = serde_json::to_value(&scores).expect("scores serialize");
    let cli = attrgraph(&[
        "eval",
        "--gold",
        path_str(&gold_dir),
        "--pred",
        path_str(&pred_path),
        "--json",
    ]);
    assert_eq!(
        cli.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&cli.stderr)
    );
    let cli: serde_json::Value = serde_json::from_slice(&cli.stdout).expect("CLI JSON");
    eprintln!("python: {python}\nrust:   {rust}\n{scores}");

    assert!(
        scores.span_mismatches == 2 && scores.predicted > 1000 && scores.counts.matched > 500,
        "{rust}"
    );
    let python = python.as_object().expect("python JSON object");
    assert_eq!(
        python.len(),
        12,
        "the Python scorer reports other fields now: {python:?}"
    );
    for (key, expected) in python {
        // Both round the same unrounded numbers the same way, so they are equal,
        // well inside the ±0.005 the acceptance allows.
        assert_eq!(
            &rust[key], expected,
            "{key}: rust {} python {expected}",
            rust[key]
        );
        assert_eq!(
            &cli[key], expected,
            "{key}: cli {} python {expected}",
            cli[key]
        );
    }
}
