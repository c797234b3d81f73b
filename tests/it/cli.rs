//! The command line's polish: completions and the man page come from the clap
//! definitions; tables fit `COLUMNS` (display width: Korean counts two);
//! progress over every stage of `build` shows on a terminal (a pty made by
//! `script`) and never on a pipe or with `--quiet`.

use std::process::Command;

use crate::support::{attrgraph, built_data, need, s};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Terminal columns of a line (East Asian wide characters two).
fn columns(line: &str) -> usize {
    line.chars()
        .map(|ch| match ch as u32 {
            0x1100..=0x115f
            | 0x2e80..=0xa4cf
            | 0xac00..=0xd7a3
            | 0xf900..=0xfaff
            | 0xfe30..=0xfe4f
            | 0xff00..=0xff60
            | 0xffe0..=0xffe6 => 2,
            _ => 1,
        })
        .sum()
}

#[test]
fn completions_and_the_man_page_come_from_the_definitions() {
    for shell in ["bash", "zsh", "fish"] {
        let o = attrgraph(&["completions", shell]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        let script = text(&o.stdout);
        assert!(
            script.contains("attrgraph") && script.contains("stories"),
            "{shell}"
        );
    }
    let o = attrgraph(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
    let o = attrgraph(&["man"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let page = text(&o.stdout);
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "{page}");
    for expect in ["ATTRGRAPH QUERY", "ATTRGRAPH BUILD", "\\-\\-from"] {
        assert!(page.contains(expect), "{expect:?} not in the man page");
    }
}

#[test]
fn tables_fit_columns_counting_wide_characters_as_two() {
    let input = tempfile::tempdir().unwrap();
    std::fs::write(
        input.path().join("korea.md"),
        "---\ntitle: 국방부 발표\npublisher: 연합뉴스\ndate: 2024-10-20\n---\n\
         Defense Minister Kim Yong-hyun said \"북한군 병력이 러시아 쿠르스크 지역에 \
         배치되었으며 전투에 참여할 준비를 하고 있다고 국방부가 밝혔다 (North Korean troops \
         were deployed near Kursk and are preparing to fight)\".\n\n\
         The Pentagon said \"북한군 병력이 러시아 쿠르스크 지역에 배치되었으며 전투에 참여할 준비를 \
         하고 있다고 국방부가 밝혔다 (North Korean troops were deployed near Kursk and are \
         preparing to fight)\".\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = attrgraph(&[
        "build",
        s(input.path()),
        "--out",
        s(out.path()),
        "--quiet",
        "--no-svg",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let data = built_data();
    for (dir, question) in [
        (out.path(), vec!["claims", "--min-sources", "0"]),
        (out.path(), vec!["stories"]),
        (data.path(), vec!["claims"]),
        (data.path(), vec!["stories"]),
        (data.path(), vec!["contradictions"]),
    ] {
        for width in ["80", "100"] {
            let o = Command::new(env!("CARGO_BIN_EXE_attrgraph"))
                .args(["query", "--from", s(dir)])
                .args(&question)
                .env("COLUMNS", width)
                .output()
                .unwrap();
            assert!(o.status.success(), "{question:?}: {}", text(&o.stderr));
            let table = text(&o.stdout);
            let width: usize = width.parse().unwrap();
            for line in table.lines() {
                assert!(
                    columns(line) <= width,
                    "{question:?} at {width}: {line:?} is {} columns\n{table}",
                    columns(line)
                );
            }
        }
    }
}

#[test]
fn build_shows_every_stage_on_a_terminal_only() {
    let out = tempfile::tempdir().unwrap();
    let data = crate::support::root().join("data");
    let o = attrgraph(&["build", s(&data), "--out", s(out.path()), "--no-svg"]);
    assert!(o.status.success());
    assert!(
        !text(&o.stderr).contains("resolving sources"),
        "{}",
        text(&o.stderr)
    );
    let Some(()) = need(
        "`script` (util-linux), for a pseudo-terminal",
        crate::support::have("script", &["--version"]),
    ) else {
        return;
    };
    let command = format!(
        "{} build {} --out {} --no-svg",
        env!("CARGO_BIN_EXE_attrgraph"),
        s(&data),
        s(out.path())
    );
    let o = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let shown = text(&o.stdout);
    for stage in [
        "extracting",
        "resolving sources",
        "writing the output",
        "built 2 articles",
    ] {
        assert!(shown.contains(stage), "{stage:?} not in {shown:?}");
    }
    let quiet = format!("{command} --quiet");
    let o = Command::new("script")
        .args(["-qec", &quiet, "/dev/null"])
        .output()
        .unwrap();
    assert!(
        !text(&o.stdout).contains("resolving"),
        "{}",
        text(&o.stdout)
    );
}
