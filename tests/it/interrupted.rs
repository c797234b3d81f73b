//! Issue 12, point 1: one output set, swapped in whole. `build` is killed
//! (SIGKILL) or interrupted (SIGINT) at random points, mostly in its write
//! phase, twenty times; each time the output folder must hold the previous set
//! or the new one, whole (every file as its manifest says, hashes included),
//! and one more build must leave no temporary file. And `query` or `render` on a
//! mixed set exits 2 saying so.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use attrgraph::export::manifest::HashingWriter;
use attrgraph::export::Manifest;

use crate::support::{attrgraph, built_data, root, s};

/// A corpus of `copies` copies of each `data/` article, plus `extra` more, so
/// two corpora give two different output sets.
fn corpus(dir: &Path, copies: usize, extra: usize) {
    fs::create_dir_all(dir).unwrap();
    let mut articles: Vec<PathBuf> = fs::read_dir(root().join("data"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    articles.sort();
    for copy in 0..copies + extra {
        for (at, article) in articles.iter().enumerate() {
            if copy >= copies && at > 0 {
                break;
            }
            fs::copy(article, dir.join(format!("{copy:03}-{at}.txt"))).unwrap();
        }
    }
}

fn build_command(data: &Path, out: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_attrgraph"));
    command
        .args(["build", s(data), "--out", s(out), "--quiet"])
        .env("ATTRGRAPH_NO_GRAPHVIZ", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

/// The build id of the whole set in `out`, after checking every file against
/// the manifest: present, of its size and its BLAKE3 hash.
fn whole_set(out: &Path) -> Result<String, String> {
    let text = fs::read_to_string(out.join("manifest.json")).map_err(|e| format!("{e}"))?;
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| format!("{e}"))?;
    for file in &manifest.files {
        let bytes = fs::read(out.join(&file.name)).map_err(|e| format!("{}: {e}", file.name))?;
        let mut writer = HashingWriter::new(std::io::sink());
        std::io::Write::write_all(&mut writer, &bytes).unwrap();
        let (found, _) = writer.finish(&file.name);
        if &found != file {
            return Err(format!("{} is not as the manifest says", file.name));
        }
    }
    Ok(manifest.build_id)
}

/// Whether build `pid` has started writing files into its staging folder.
fn is_writing(parent: &Path, pid: u32) -> bool {
    let prefix = format!(".output.attrgraph-tmp-{pid}-");
    fs::read_dir(parent).unwrap().flatten().any(|entry| {
        entry.file_name().to_string_lossy().starts_with(&prefix)
            && fs::read_dir(entry.path()).is_ok_and(|mut files| files.next().is_some())
    })
}

/// A small pseudo-random generator; the seed is printed so a failure can be
/// replayed with `ATTRGRAPH_KILL_SEED`.
struct Lcg(u64);

impl Lcg {
    fn unit(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(unix)]
#[test]
fn killed_builds_leave_the_old_set_or_the_new_one_whole() {
    let work = tempfile::tempdir().unwrap();
    let (first, second) = (work.path().join("first"), work.path().join("second"));
    corpus(&first, 12, 0);
    corpus(&second, 12, 1);
    let parent = work.path().join("outputs");
    fs::create_dir(&parent).unwrap();
    let out = parent.join("output");
    // The two sets, and how long a build takes to write its output.
    let mut ids = BTreeMap::new();
    let mut writing = 0.0f64;
    for data in [&second, &first] {
        let o = build_command(data, &out).arg("--timings").output().unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{stderr}");
        ids.insert(whole_set(&out).unwrap(), data.clone());
        let export = stderr
            .lines()
            .find_map(|line| line.trim().strip_prefix("export"))
            .and_then(|rest| rest.split_whitespace().next()?.parse::<f64>().ok())
            .unwrap_or_else(|| panic!("no export time in {stderr}"));
        writing = writing.max(export);
    }
    assert_eq!(ids.len(), 2, "the two corpora give two sets");
    let seed = std::env::var("ATTRGRAPH_KILL_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    let mut random = Lcg(seed);
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    for round in 0..20 {
        let before = whole_set(&out).unwrap();
        let next = if ids[&before] == first {
            &second
        } else {
            &first
        };
        let mut child = build_command(next, &out).spawn().unwrap();
        // Most of a build is reading and analysing: wait until it writes, then
        // strike at a random point of the writing (or just after).
        while !is_writing(&parent, child.id()) && child.try_wait().unwrap().is_none() {
            std::thread::sleep(Duration::from_millis(2));
        }
        let wait = Duration::from_secs_f64(writing * 1.1 * random.unit());
        std::thread::sleep(wait);
        let signal = if round % 2 == 0 { "KILL" } else { "INT" };
        let phase = if is_writing(&parent, child.id()) {
            "writing"
        } else {
            "not writing"
        };
        if signal == "KILL" {
            let _ = child.kill();
        } else {
            let _ = Command::new("kill")
                .args(["-INT", &child.id().to_string()])
                .status();
        }
        let status = child.wait().unwrap();
        let after = whole_set(&out).unwrap_or_else(|why| {
            panic!("round {round} (seed {seed}, SIG{signal} after {wait:?}): {why}")
        });
        assert!(ids.contains_key(&after), "round {round}: an unknown set");
        let kept = if after == before { "old" } else { "new" };
        let how = match status.code() {
            Some(0) => "finished".to_string(),
            Some(code) => format!("exit {code}"),
            None => "killed".to_string(),
        };
        *tally
            .entry(format!("SIG{signal} {phase} → {kept} set ({how})"))
            .or_default() += 1;
        if signal == "INT" {
            // Exit 130 once the handler is installed; before it (the first
            // milliseconds of a loaded machine), death by the signal itself.
            use std::os::unix::process::ExitStatusExt;
            assert!(
                matches!(status.code(), Some(0 | 130)) || status.signal() == Some(2),
                "round {round}: SIGINT gave {status}"
            );
        }
    }
    // One more build removes whatever the killed ones left.
    let o = attrgraph(&["build", s(&first), "--out", s(&out), "--quiet", "--no-svg"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&parent), ["output"]);
    assert_eq!(
        names(&out),
        [
            "attrgraph.sqlite",
            "attributions.csv",
            "attributions.jsonl",
            "claims.csv",
            "graph.dot",
            "graph.graphml",
            "graph.json",
            "manifest.json",
            "sources.csv"
        ]
    );
    let summary: Vec<String> = tally.iter().map(|(k, n)| format!("{n}× {k}")).collect();
    // Straight to stderr, as the skip notices: worth seeing in every run.
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!("interrupted builds (seed {seed}): {}\n", summary.join(", ")).as_bytes(),
    );
}

fn assert_refused(out: &Path, args: &[&str], why: &str) {
    let mut all = args.to_vec();
    all.extend(["--out", s(out)]);
    let o = attrgraph(&all);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(o.stdout.is_empty(), "{args:?}");
    assert!(
        stderr.contains("is not a complete output set") && stderr.contains(why),
        "{args:?}: {stderr}"
    );
}

#[test]
fn query_and_render_refuse_a_mixed_set() {
    let out = built_data();
    let path = out.path().join("attributions.jsonl");
    let records = fs::read_to_string(&path).unwrap();
    // Truncated, as by a copy cut short.
    fs::write(&path, &records[..records.len() / 2]).unwrap();
    assert_refused(out.path(), &["query", "claims"], "attributions.jsonl is");
    // Whole lines missing, and the size patched to match: the counts disagree.
    let lines: Vec<&str> = records.lines().collect();
    let shorter = lines[..lines.len() - 1].join("\n") + "\n";
    fs::write(&path, &shorter).unwrap();
    let manifest_path = out.path().join("manifest.json");
    let mut manifest: Manifest =
        serde_json::from_str(&fs::read_to_string(&manifest_path).unwrap()).unwrap();
    for file in &mut manifest.files {
        if file.name == "attributions.jsonl" {
            file.bytes = shorter.len() as u64;
        }
    }
    fs::write(&manifest_path, serde_json::to_string(&manifest).unwrap()).unwrap();
    // `query` reads only the database (whole, as the manifest says); what
    // reads the JSON files back finds the counts disagree.
    let err = attrgraph::query::load_checked(out.path())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!(
            "attributions.jsonl has {} attributions",
            lines.len() - 1
        )),
        "{err}"
    );
    // A database cut short is refused by its size.
    let store = out.path().join("attrgraph.sqlite");
    let database = fs::read(&store).unwrap();
    fs::write(&store, &database[..database.len() / 2]).unwrap();
    assert_refused(out.path(), &["query", "claims"], "attrgraph.sqlite is");
    fs::write(&store, &database).unwrap();
    // No manifest at all: an older or unfinished set.
    fs::remove_file(&manifest_path).unwrap();
    assert_refused(
        out.path(),
        &["query", "contradictions"],
        "manifest.json is missing",
    );
    assert_refused(
        out.path(),
        &["render", "--format", "dot"],
        "manifest.json is missing",
    );
    // graph.json from elsewhere.
    let other = built_data();
    fs::write(&path, &records).unwrap();
    fs::write(out.path().join("graph.json"), "{}").unwrap();
    fs::copy(other.path().join("manifest.json"), &manifest_path).unwrap();
    assert_refused(
        out.path(),
        &["render", "--format", "dot"],
        "graph.json is 2 bytes",
    );
}

#[test]
fn build_refuses_a_folder_of_other_files() {
    let out = tempfile::tempdir().unwrap();
    fs::write(out.path().join("thesis.docx"), "years of work").unwrap();
    let o = attrgraph(&["build", s(&root().join("data")), "--out", s(out.path())]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("refusing to replace") && stderr.contains("thesis.docx"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(out.path().join("thesis.docx")).unwrap(),
        "years of work"
    );
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 1);
}
