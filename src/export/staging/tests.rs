//! Tests of the output-set swap: each builds folders in a temporary parent and
//! checks what is left there.

use std::fs;
use std::path::Path;

use super::*;

/// The entries of `dir`, sorted, folders marked with `/`.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let mut name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() {
                name.push('/');
            }
            name
        })
        .collect();
    names.sort();
    names
}

/// Stages a set with one `graph.json` holding `content` and commits it.
fn build(out: &Path, content: &str) -> Result<()> {
    let staging = Staging::create(out)?;
    fs::write(staging.path().join(GRAPH_FILE), content).unwrap();
    fs::write(staging.path().join(MANIFEST_FILE), "{}").unwrap();
    staging.commit()
}

#[test]
fn a_new_set_replaces_the_old_whole() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("output");
    build(&out, "one").unwrap();
    assert_eq!(entries(parent.path()), ["output/"]);
    fs::write(out.join(DOT_FILE), "old picture").unwrap();
    fs::write(out.join(".attrgraph-x1.tmp"), "killed write").unwrap();
    build(&out, "two").unwrap();
    assert_eq!(entries(parent.path()), ["output/"]);
    assert_eq!(entries(&out), [GRAPH_FILE, MANIFEST_FILE]);
    assert_eq!(fs::read_to_string(out.join(GRAPH_FILE)).unwrap(), "two");
}

#[test]
fn an_abandoned_set_leaves_the_old_one_and_no_trace() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("output");
    build(&out, "one").unwrap();
    let staging = Staging::create(&out).unwrap();
    fs::write(staging.path().join(GRAPH_FILE), "half").unwrap();
    assert_eq!(entries(parent.path()).len(), 2);
    drop(staging);
    assert_eq!(entries(parent.path()), ["output/"]);
    assert_eq!(fs::read_to_string(out.join(GRAPH_FILE)).unwrap(), "one");
}

#[test]
fn folders_with_other_files_are_refused_and_left_alone() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("mine");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("notes.txt"), "my notes").unwrap();
    fs::write(out.join(GRAPH_FILE), "an old graph").unwrap();
    let err = build(&out, "new").unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "refusing to replace {}: it holds \"notes.txt\", which attrgraph did not write; \
             point --out at a new or empty folder, or at an earlier attrgraph output",
            out.display()
        )
    );
    fs::create_dir(out.join("sub")).unwrap();
    fs::write(out.join(".big-hidden"), vec![b'x'; 10_000]).unwrap();
    let err = build(&out, "new").unwrap_err().to_string();
    assert!(
        err.contains("it holds \".big-hidden\" and 2 more entries"),
        "{err}"
    );
    assert_eq!(entries(parent.path()), ["mine/"]);
    assert_eq!(
        fs::read_to_string(out.join("notes.txt")).unwrap(),
        "my notes"
    );
    // A file where the folder should be.
    let file = parent.path().join("file");
    fs::write(&file, "x").unwrap();
    let err = build(&file, "new").unwrap_err().to_string();
    assert!(err.contains("it is a file, not a folder"), "{err}");
}

#[test]
fn small_hidden_files_are_carried_over() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("output");
    fs::create_dir(&out).unwrap();
    fs::write(out.join(".gitkeep"), "").unwrap();
    build(&out, "one").unwrap();
    assert_eq!(entries(&out), [".gitkeep", GRAPH_FILE, MANIFEST_FILE]);
}

#[test]
fn leftovers_of_dead_builds_are_removed_not_those_of_running_ones() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("output");
    // Process ids far above any pid_max are dead; 1 (init) is running.
    for name in [
        ".output.attrgraph-tmp-999999999-00ab",
        ".output.attrgraph-old-999999999-00cd",
        ".output.attrgraph-tmp-1-00ef",
        ".other.attrgraph-tmp-999999999-0011",
    ] {
        fs::create_dir(parent.path().join(name)).unwrap();
        fs::write(parent.path().join(name).join(GRAPH_FILE), "x").unwrap();
    }
    build(&out, "one").unwrap();
    let mut expect = vec![".other.attrgraph-tmp-999999999-0011/", "output/"];
    if cfg!(target_os = "linux") {
        expect.insert(1, ".output.attrgraph-tmp-1-00ef/");
    }
    assert_eq!(entries(parent.path()), expect);
}

#[test]
fn dot_names_the_current_folder() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("output");
    fs::create_dir(&out).unwrap();
    build(&out.join("."), "one").unwrap();
    assert_eq!(fs::read_to_string(out.join(GRAPH_FILE)).unwrap(), "one");
    assert_eq!(entries(parent.path()), ["output/"]);
}
