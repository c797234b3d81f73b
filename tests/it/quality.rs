//! Quality floors: the seeds gold (`../shared/gold/seeds.json`) and PolNeAR dev,
//! scored by the reference scorers in `../shared/eval/`. A change that loses
//! quality fails here. Skips with a notice where `../shared/` or python3 is
//! absent, never under `CI=true`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::support::{attrgraph, have, need, root, s, shared};

/// `../shared/` and python3, or `None` after a notice (a failure under CI).
fn prerequisites(what: &str) -> Option<PathBuf> {
    let shared = need(what, shared())?;
    need("python3", have("python3", &["--version"]))?;
    Some(shared)
}

/// Builds `input` into a fresh folder (no picture) and returns it.
fn build(input: &Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let o = attrgraph(&[
        "build",
        s(input),
        "--out",
        s(out.path()),
        "--quiet",
        "--no-svg",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

fn scorer(args: &[&str]) -> Value {
    let o = Command::new("python3")
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        o.status.success(),
        "scorer failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("scorer prints JSON")
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

fn count(v: &Value) -> u32 {
    v.as_str()
        .and_then(|x| x.split('/').next())
        .and_then(|n| n.parse().ok())
        .unwrap()
}

#[test]
fn seeds_stay_above_the_floor() {
    let Some(shared) = prerequisites("the seeds gold") else {
        return;
    };
    let out = build(&root().join("data"));
    let r = scorer(&[
        s(&shared.join("eval/score_seeds.py")),
        "--data",
        s(&root().join("data")),
        "--out",
        s(out.path()),
        "--json",
    ]);
    eprintln!("seeds: {r}");
    // Floors at or a little under the measurements (F1 1.000, sources 1.000,
    // claim pairs 0.891, independence 12/14, contradictions 4/4).
    assert!(
        f(&r["attributions"]["f1"]) >= 0.95,
        "attribution F1 fell: {r}"
    );
    assert!(
        f(&r["source_accuracy"]) >= 0.95,
        "source accuracy fell: {r}"
    );
    assert_eq!(r["via_accuracy"], 1.0, "relays fell: {r}");
    assert_eq!(r["denials_found"], "2/2", "{r}");
    assert!(
        f(&r["claim_pairs"]["f1"]) >= 0.85,
        "claim grouping fell: {r}"
    );
    assert!(
        count(&r["independent_counts_right"]) >= 12,
        "independence fell: {r}"
    );
    assert_eq!(r["contradictions_found"], "4/4", "{r}");
    assert_eq!(r["span_mismatches"], 0, "{r}");
}

#[test]
fn polnear_dev_stays_above_the_floor() {
    let Some(shared) = prerequisites("PolNeAR dev") else {
        return;
    };
    let dev = shared.join("corpora/polnear/dev");
    let out = build(&dev.join("text"));
    let r = scorer(&[
        s(&shared.join("eval/score_polnear.py")),
        "--gold",
        s(&dev),
        "--pred",
        s(&out.path().join("attributions.jsonl")),
        "--json",
    ]);
    eprintln!("polnear dev: {r}");
    // Floors a little under the measured cue precision 0.943 and all-three F1
    // 0.593; the bar is all-three F1 0.55 with cue precision 0.85.
    assert!(f(&r["cue"][0]) >= 0.92, "cue precision fell: {r}");
    assert!(f(&r["all_three"][2]) >= 0.58, "all-three F1 fell: {r}");
    assert_eq!(r["span_mismatches"], 0, "{r}");
}

/// Precision and recall of "same claim" from `attrgraph pairs` output.
fn same_claim(args: &[&str]) -> (f64, f64, f64, f64) {
    let o = attrgraph(args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout).to_string();
    let line = text
        .lines()
        .find(|l| l.starts_with("same claim"))
        .expect("a score line");
    let nums: Vec<f64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[1], nums[2], nums[3])
}

#[test]
fn labelled_events_pairs_stay_above_the_floor() {
    let Some(shared) = need("../shared/", shared()) else {
        return;
    };
    let labels = root().join("eval/events_pairs.tsv");
    let corpus = shared.join("corpora/events");
    // The held-out part (events whose folder hashes even): 0.969 / 0.419
    // when this floor was set (0.917 / 0.446 before the model was fitted on
    // eval/events_boundary.tsv too; 0.935 / 0.392 before stories were found
    // by TF-IDF cosine; the logistic model gave 0.962 / 0.338); the issue's
    // goal is 0.90 at recall 0.70.
    let (p, r, _, _) = same_claim(&[
        "pairs",
        "--spans",
        s(&labels),
        "--corpus",
        s(&corpus),
        "--part",
        "heldout",
    ]);
    assert!(p >= 0.90, "events pairs precision fell: {p} (recall {r})");
    assert!(r >= 0.40, "events pairs recall fell: {r} (precision {p})");
    // The pairs a build may join, drawn by the model's probability
    // (eval/events_boundary.tsv, two draws of 400), held-out part: 0.818 /
    // 0.607 when this floor was set (the first draw's: 0.758 / 0.644 with
    // the model fitted before them).
    let boundary = root().join("eval/events_boundary.tsv");
    let (p, r, _, _) = same_claim(&[
        "pairs",
        "--spans",
        s(&boundary),
        "--corpus",
        s(&corpus),
        "--part",
        "heldout",
    ]);
    assert!(p >= 0.80, "boundary pairs precision fell: {p} (recall {r})");
    assert!(r >= 0.55, "boundary pairs recall fell: {r} (precision {p})");
}

#[test]
fn msrp_pairs_stay_above_the_floor() {
    let Some(shared) = need("../shared/", shared()) else {
        return;
    };
    let pairs = shared.join("corpora/msrp/train.tsv");
    // All 4,076 pairs (three quarters of them fitted on): said F1 0.792 (P
    // 0.810), narrator 0.782 (P 0.809) when this floor was set (0.804 and
    // 0.798 before the model was fitted on eval/events_boundary.tsv too, at
    // a threshold chosen for precision on real news); before any model 0.63
    // and 0.62.
    for (wrap, floor) in [("said", 0.77), ("narrator", 0.77)] {
        let (p, _, f1, _) = same_claim(&["pairs", "--pairs", s(&pairs), "--wrap", wrap]);
        assert!(f1 >= floor, "MSRP {wrap} F1 fell: {f1}");
        assert!(p >= 0.79, "MSRP {wrap} precision fell: {p}");
    }
}

/// CRC-32 (IEEE) of `bytes`, as Python's `zlib.crc32`: which half of the
/// events corpus a folder belongs to.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn stories_find_the_events_of_the_events_corpus() {
    let Some(shared) = need("../shared/", shared()) else {
        return;
    };
    let out = build(&shared.join("corpora/events"));
    let graph: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("graph.json")).unwrap())
            .unwrap();
    // (folder, story) of each document.
    let docs: Vec<(String, String)> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "document")
        .map(|n| {
            let path = n["path"].as_str().unwrap();
            let folder = path.rsplit_once('/').map_or("", |x| x.0).to_string();
            (folder, n["story"].to_string())
        })
        .collect();
    // Each folder is one event. Per half (by the parity of the folder's
    // CRC-32; the story threshold was chosen on the odd half): the share of
    // pairs of one folder found in one story (recall), and of pairs of one
    // story that are of one folder (precision: a lower bound, as a
    // developing story spans several folders). When this floor was set: odd
    // 0.71 / 0.45, even 0.67 / 0.36; sharing four of twenty rare words gave
    // recall 0.58 and precision 0.16 on the whole corpus.
    for half in [0, 1] {
        let docs: Vec<&(String, String)> = docs
            .iter()
            .filter(|d| crc32(d.0.as_bytes()) % 2 == half)
            .collect();
        let (mut same_both, mut same_folder, mut same_story) = (0usize, 0usize, 0usize);
        for (i, a) in docs.iter().enumerate() {
            for b in &docs[i + 1..] {
                let (f, s) = (a.0 == b.0, a.1 == b.1);
                same_folder += usize::from(f);
                same_story += usize::from(s);
                same_both += usize::from(f && s);
            }
        }
        let recall = same_both as f64 / same_folder as f64;
        let precision = same_both as f64 / same_story as f64;
        assert!(recall >= 0.65, "story recall fell on half {half}: {recall}");
        assert!(
            precision >= 0.35,
            "story precision fell on half {half}: {precision}"
        );
    }
}
