//! Issue 12, point 3: no panic, ever. Properties over whole inputs run through
//! the binary: random folders of hostile articles and bad files for `build`,
//! then `query` and `render` on what it wrote, and on damaged or mixed output
//! sets. Every run must end with a documented exit code (0–3), never a panic
//! (101), a signal or a hang.
//!
//! A few cases run with every `cargo test`; `ATTRGRAPH_FUZZ_CASES=N` runs N
//! cases of each property (a long run: `ATTRGRAPH_FUZZ_CASES=100000 cargo test
//! --release --test it fuzz`; `ATTRGRAPH_FUZZ_BIN` runs a copy of the binary).
//! Each property prints its case and run counts on
//! the real stderr. Failures shrink and are kept in `proptest-regressions/`;
//! crashes found are pinned as named tests in `regressions.rs`.

mod inputs;
mod outputs;
mod regressions;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use crate::support::{built_data, s};

/// Cases per property: a handful in an ordinary test run.
fn cases() -> u32 {
    std::env::var("ATTRGRAPH_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(6)
}

/// The binary under test: `ATTRGRAPH_FUZZ_BIN` names a copy, so a long run
/// goes on while the tree is rebuilt.
fn binary() -> PathBuf {
    std::env::var_os("ATTRGRAPH_FUZZ_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_attrgraph")),
        PathBuf::from,
    )
}

/// A run taking longer than this is a hang.
const LIMIT: Duration = Duration::from_secs(120);

static RUNS: AtomicUsize = AtomicUsize::new(0);
static CASES: AtomicUsize = AtomicUsize::new(0);

/// Runs the binary; fails unless it exits with one of `allowed`, in time,
/// without a panic message.
fn run(args: &[&str], graphviz: bool, allowed: &[i32]) -> Result<i32, TestCaseError> {
    RUNS.fetch_add(1, Ordering::Relaxed);
    let mut stderr = tempfile::tempfile().unwrap();
    let mut command = Command::new(binary());
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr.try_clone().unwrap());
    if !graphviz {
        command.env("ATTRGRAPH_NO_GRAPHVIZ", "1");
    }
    let mut child = command.spawn().unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(TestCaseError::fail(format!("{args:?} ran over {LIMIT:?}")));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut text = String::new();
    use std::io::{Read, Seek};
    stderr.rewind().unwrap();
    let _ = stderr.read_to_string(&mut text);
    let code = status.code();
    prop_assert!(
        code.is_some_and(|c| allowed.contains(&c)) && !text.contains("panicked"),
        "{args:?} exited {status}: {text}"
    );
    Ok(code.unwrap_or_default())
}

/// One question to `query`.
#[derive(Clone, Debug)]
struct Question {
    kind: usize,
    json: bool,
    arg: String,
}

/// Claim ids of the `data/` build, for real prefixes.
fn claim_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        let text = fs::read_to_string(data_set().join("attributions.jsonl")).unwrap();
        let mut ids: Vec<String> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["claim"].as_str().map(str::to_string))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    })
}

fn argument() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            "claim:",
            "c",
            "0",
            "ffff",
            "claim:zz",
            "Kim",
            "South Korea",
            "Reuters",
            "\u{202e}x",
            "\x1b[31m",
            "-",
            "--json",
            "*",
            "..",
            "😀",
        ])
        .prop_map(str::to_string),
        (any::<prop::sample::Index>(), 1..20usize).prop_map(|(i, n)| {
            let id = i.get(claim_ids());
            let cut = (id.len() - n.min(id.len() - 1)).max(1);
            id[..cut].to_string()
        }),
        "\\PC{0,12}",
    ]
}

fn question() -> impl Strategy<Value = Question> {
    (0..6usize, any::<bool>(), argument()).prop_map(|(kind, json, arg)| Question {
        kind,
        json,
        arg,
    })
}

/// Asks `question` of the set in `out`: an answer, no match or an error.
fn ask(out: &Path, q: &Question) -> Result<(), TestCaseError> {
    let mut args = vec!["query", "--out", s(out), "--color", "always"];
    if q.json {
        args.push("--json");
    }
    let sub: &[&str] = match q.kind {
        0 => &["claims"],
        1 => &["claims", "--min-sources", "1"],
        2 => &["contradictions"],
        3 => &["source", &q.arg],
        4 => &["claim", &q.arg],
        _ => &["explain", &q.arg],
    };
    args.extend(sub);
    run(&args, true, &[0, 1, 2]).map(drop)
}

/// Draws from the set in `out`, whole or one claim, SVG or DOT, with or
/// without Graphviz.
fn draw(
    out: &Path,
    claim: &Option<String>,
    dot: bool,
    graphviz: bool,
) -> Result<(), TestCaseError> {
    let file = out.parent().unwrap().join("picture");
    let mut args = vec!["render", "--out", s(out), "-o", s(&file)];
    args.extend(["--format", if dot { "dot" } else { "svg" }]);
    if let Some(c) = claim {
        args.extend(["--claim", c.as_str()]);
    }
    run(&args, graphviz, &[0, 1, 2]).map(drop)
}

/// The `data/` build, made once per test binary.
fn data_set() -> &'static Path {
    static DATA: OnceLock<tempfile::TempDir> = OnceLock::new();
    DATA.get_or_init(built_data).path()
}

fn copy_set(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for name in outputs::FILES {
        if let Ok(bytes) = fs::read(from.join(name)) {
            fs::write(to.join(name), bytes).unwrap();
        }
    }
}

/// In a long run, tells every 25th case how far it got (on the real stderr).
fn report(what: &str, started: Instant) {
    let n = CASES.fetch_add(1, Ordering::Relaxed) + 1;
    if std::env::var_os("ATTRGRAPH_FUZZ_CASES").is_some() && n % 25 == 0 {
        let _ = writeln!(
            std::io::stderr(),
            "fuzz: {n} cases, {} runs of the binary ({what} case: {:.1} s)",
            RUNS.load(Ordering::Relaxed),
            started.elapsed().as_secs_f64()
        );
    }
}

type Files = Vec<(String, inputs::Content)>;

fn build_case(
    files: &Files,
    small_limit: bool,
    no_svg: bool,
    graphviz: bool,
    questions: &[Question],
    claim: &Option<String>,
) -> Result<(), TestCaseError> {
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("in");
    fs::create_dir_all(&input).unwrap();
    inputs::write_folder(&input, files);
    let out: PathBuf = work.path().join("out");
    let mut args = vec!["build", s(&input), "--out", s(&out), "--quiet"];
    if small_limit {
        args.extend(["--max-article-bytes", "2kB"]);
    }
    if no_svg {
        args.push("--no-svg");
    }
    run(&args, graphviz, &[0, 2, 3])?;
    for q in questions {
        ask(&out, q)?;
    }
    draw(&out, claim, !no_svg, graphviz)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn build_query_render_never_panic(
        files in prop::collection::vec(inputs::file(), 0..6),
        small_limit in prop::bool::weighted(0.2),
        no_svg in any::<bool>(),
        graphviz in prop::bool::weighted(0.3),
        questions in prop::collection::vec(question(), 1..4),
        claim in prop::option::of(argument()),
    ) {
        let started = Instant::now();
        let result = build_case(&files, small_limit, no_svg, graphviz, &questions, &claim);
        report("build", started);
        result?;
    }

    #[test]
    fn damaged_output_sets_are_read_or_refused(
        damages in prop::collection::vec(outputs::damage(), 1..4),
        other in prop::collection::vec(inputs::file(), 0..3),
        questions in prop::collection::vec(question(), 1..4),
        claim in prop::option::of(argument()),
        dot in any::<bool>(),
    ) {
        let started = Instant::now();
        let work = tempfile::tempdir().unwrap();
        let out = work.path().join("out");
        copy_set(data_set(), &out);
        // Another build to mix in: a random folder's, or nothing when it fails.
        let input = work.path().join("in");
        fs::create_dir_all(&input).unwrap();
        inputs::write_folder(&input, &other);
        let mixed = work.path().join("other");
        run(&["build", s(&input), "--out", s(&mixed), "--quiet", "--no-svg"], false, &[0, 2, 3])?;
        for d in &damages {
            outputs::apply(&out, &mixed, d);
        }
        let mut result = Ok(());
        for q in &questions {
            result = result.and_then(|()| ask(&out, q));
        }
        result = result.and_then(|()| draw(&out, &claim, dot, false));
        report("damaged sets", started);
        result?;
    }
}
