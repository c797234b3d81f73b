//! Tests of the ingest stage: each writes a few files to a temporary folder, reads
//! it with `read_dir` and compares a plain-text rendering of the result.

use std::fs;
use std::path::Path;

use super::read_dir;
use crate::error::Error;

/// Writes `files` (relative path, content) under a fresh folder and checks what
/// `read_dir` makes of it.
fn check(files: &[(&str, &str)], expect: &str) {
    let bytes: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(path, text)| (*path, text.as_bytes()))
        .collect();
    check_bytes(&bytes, expect);
}

/// `check` for contents that are not text.
fn check_bytes(files: &[(&str, &[u8])], expect: &str) {
    let dir = tempfile::tempdir().unwrap();
    for (rel, content) in files {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap();
    }
    check_dir(dir.path(), expect);
}

/// Reads `dir` and compares the rendering with `expect`. Every `.txt`/`.md`
/// article must hold its file exactly as written.
fn check_dir(dir: &Path, expect: &str) {
    let prefix = format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR);
    let shown = |path: &str| path.replace(&prefix, "").replace('\\', "/");
    let actual = match read_dir(dir) {
        Err(err) => format!("failed: {}", shown(&err.to_string())),
        Ok(ingested) => {
            let mut lines = Vec::new();
            for article in &ingested.articles {
                if article.path.ends_with(".txt") || article.path.ends_with(".md") {
                    assert_eq!(
                        article.text.as_bytes(),
                        fs::read(dir.join(&article.path)).unwrap()
                    );
                }
                let mut line = format!(
                    "{} body={}..{} {:?}",
                    article.path,
                    article.body.start,
                    article.body.end,
                    article.body.slice(&article.text)
                );
                let meta = &article.meta;
                for (name, value) in [
                    ("title", &meta.title),
                    ("publisher", &meta.publisher),
                    ("date", &meta.date),
                    ("url", &meta.url),
                    ("author", &meta.author),
                ] {
                    if let Some(value) = value {
                        line.push_str(&format!(" {name}={value:?}"));
                    }
                }
                lines.push(line);
            }
            for diagnostic in &ingested.diagnostics {
                let mut diagnostic = diagnostic.clone();
                diagnostic.path = shown(&diagnostic.path);
                lines.push(diagnostic.to_string());
            }
            lines.join("\n")
        }
    };
    assert_eq!(actual, expect.trim(), "\nactual:\n{actual}\n");
}

#[test]
fn plain_text_is_all_body() {
    check(
        &[("a.txt", "Seoul said so.\n")],
        r#"a.txt body=0..15 "Seoul said so.\n""#,
    );
    // Nothing is guessed from the name.
    check(
        &[("reuters/2024-10-08-story.txt", "Text")],
        r#"reuters/2024-10-08-story.txt body=0..4 "Text""#,
    );
}

#[test]
fn front_matter() {
    check(
        &[
            ("a.md", "---\ntitle: \"Kim: 'likely'\"\nsource: 'Yonhap'\npublished: 2024-10-08\nurl: https://x.org/a\nauthor: A. B.\nlang: ko\n---\nBody “quoted”.\n"),
            ("b.txt", "---\r\ntitle: T\r\noutlet: The Outlet\r\ndate: \"2024-10-29\"\r\n---\r\nLine one.\r\nLine two.\r\n"),
            ("c.txt", "---\nsite: Site\n...\nBody"),
        ],
        r#"
a.md body=114..133 "Body “quoted”.\n" title="Kim: 'likely'" publisher="Yonhap" date="2024-10-08" url="https://x.org/a" author="A. B."
b.txt body=60..82 "Line one.\r\nLine two.\r\n" title="T" publisher="The Outlet" date="2024-10-29"
c.txt body=19..23 "Body" publisher="Site"
"#,
    );
}

#[test]
fn unclosed_front_matter_is_body() {
    check(
        &[("a.md", "---\ntitle: T\nNo closing line.\n")],
        r#"
a.md body=0..30 "---\ntitle: T\nNo closing line.\n"
warning: a.md:1: front matter is never closed; the whole file is read as the body
"#,
    );
}

#[test]
fn empty_files_are_skipped() {
    check(
        &[
            ("a.txt", ""),
            ("b.md", " \n\t\r\n"),
            ("c.txt", "---\ntitle: T\n---\n\n"),
            ("d.json", "\n"),
            ("e.jsonl", "\n\n"),
        ],
        r#"
warning: a.txt: empty file
warning: b.md: empty file
warning: c.txt: no article text after the front matter
warning: d.json: empty file
warning: e.jsonl: empty file
"#,
    );
}

#[test]
fn byte_order_mark_is_kept() {
    check(
        &[("a.txt", "\u{feff}---\ntitle: T\n---\nx")],
        r#"a.txt body=20..21 "x" title="T""#,
    );
}

#[test]
fn json_object() {
    check(
        &[
            (
                "a.json",
                r#"{"title": "T", "source": "Reuters", "published": "2024-01-02", "body": "B", "content": "C", "author": ["X", "Y"]}"#,
            ),
            (
                "b.json",
                r#"{"text": null, "content": "Seoul — “said”", "site": "S", "date": 2024, "url": {"href": "u"}}"#,
            ),
            ("c.json", "{\"title\": \"T\",\n \"text\": 3}"),
            ("d.json", "{\"title\": \"T\"}"),
            ("e.json", "[{\"text\": \"x\"}]"),
            ("f.json", "{\"text\": \"x\",\n\"title\": }"),
            ("g.json", "{\"text\": \"  \"}"),
        ],
        r#"
a.json body=0..1 "B" title="T" publisher="Reuters" date="2024-01-02" author="X, Y"
b.json body=0..20 "Seoul — “said”" publisher="S" date="2024"
warning: b.json: field `url` should be a string, found an object; ignored
error: c.json: field `text` should be a string, found a number
error: d.json: no text field (`text`, `body` or `content`)
error: e.json: expected an article object, found an array
error: f.json:2: invalid JSON at column 10: expected value
warning: g.json: field `text` is empty
"#,
    );
}

#[test]
fn json_lines_survive_bad_lines() {
    check(
        &[(
            "feed.jsonl",
            "{\"text\": \"one\", \"publisher\": \"P\"}\r\n\n{not json}\n{\"title\": \"no text\"}\n  \n{\"content\": \"five\"}\n\"six\"\n",
        )],
        r#"
feed.jsonl#1 body=0..3 "one" publisher="P"
feed.jsonl#6 body=0..4 "five"
error: feed.jsonl:3: invalid JSON at column 2: key must be a string
error: feed.jsonl:4: no text field (`text`, `body` or `content`)
error: feed.jsonl:7: expected an article object, found a string
"#,
    );
}

#[test]
fn binary_and_invalid_utf8_are_skipped() {
    check_bytes(
        &[
            ("a.txt", b"ok"),
            ("b.txt", b"PK\x03\x04\x00\x00"),
            ("c.md", b"caf\xc3\xa9 \xe9t\xe9"),
            ("d.jsonl", b"{\"text\": \"\xff\"}"),
        ],
        r#"
a.txt body=0..2 "ok"
error: b.txt: binary file: NUL byte at byte 4
error: c.md: invalid UTF-8 at byte 6
error: d.jsonl: invalid UTF-8 at byte 10
"#,
    );
}

#[test]
fn hidden_and_other_files_are_skipped() {
    check(
        &[
            (".hidden.txt", "x"),
            (".git/HEAD.txt", "x"),
            ("sub/.cache/a.md", "x"),
            ("notes.docx", "x"),
            ("README", "x"),
            ("a.TXT", "upper"),
            ("sub/b.Md", "mixed"),
        ],
        r#"
a.TXT body=0..5 "upper"
sub/b.Md body=0..5 "mixed"
"#,
    );
}

#[test]
fn sorted_by_path_bytes() {
    check(
        &[
            ("b.txt", "b"),
            ("a/z.txt", "az"),
            ("a-b.txt", "ab"),
            ("A.txt", "A"),
            ("a/b/c.md", "abc"),
            ("é.txt", "e"),
        ],
        r#"
A.txt body=0..1 "A"
a-b.txt body=0..2 "ab"
a/b/c.md body=0..3 "abc"
a/z.txt body=0..2 "az"
b.txt body=0..1 "b"
é.txt body=0..1 "e"
"#,
    );
}

#[test]
fn not_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("file.txt"), "x").unwrap();
    for name in ["missing", "file.txt"] {
        let path = dir.path().join(name);
        let err = read_dir(&path).unwrap_err();
        assert!(
            matches!(&err, Error::NotAFolder { path: given } if *given == path),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            format!("{} is not a folder", path.display())
        );
    }
}

#[cfg(unix)]
#[test]
fn symlinked_folders_are_followed_but_not_into_loops() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("sub/a.txt"), "a").unwrap();
    fs::write(outside.path().join("o.txt"), "o").unwrap();
    symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
    symlink(outside.path(), dir.path().join("linked")).unwrap();
    symlink(dir.path().join("gone.txt"), dir.path().join("dangling.txt")).unwrap();
    check_dir(
        dir.path(),
        r#"
linked/o.txt body=0..1 "o"
sub/a.txt body=0..1 "a"
error: dangling.txt: broken symbolic link: no such file or directory (os error 2)
warning: sub/loop: symbolic link loops back to a parent folder; not followed
"#,
    );
}

/// Issue 12: an article over `max_article_bytes` is skipped with an error naming
/// the file and its size; a `.jsonl` file is limited line by line.
#[test]
fn articles_over_the_size_limit_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let big = "Seoul said so. ".repeat(100); // 1,500 bytes
    fs::write(dir.path().join("big.txt"), &big).unwrap();
    fs::write(dir.path().join("small.txt"), "Seoul said so.").unwrap();
    fs::write(
        dir.path().join("big.json"),
        format!("{{\"text\": \"{big}\"}}"),
    )
    .unwrap();
    fs::write(
        dir.path().join("many.jsonl"),
        format!("{{\"text\": \"short\"}}\n{{\"text\": \"{big}\"}}\n{{\"text\": \"short too\"}}\n"),
    )
    .unwrap();
    let options = super::IngestOptions {
        max_article_bytes: 1_000,
    };
    let ingested = super::read_dir_with(dir.path(), &options).unwrap();
    let paths: Vec<&str> = ingested.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(paths, ["many.jsonl#1", "many.jsonl#3", "small.txt"]);
    let prefix = format!("{}{}", dir.path().display(), std::path::MAIN_SEPARATOR);
    let shown: Vec<String> = ingested
        .diagnostics
        .iter()
        .map(|d| d.to_string().replace(&prefix, ""))
        .collect();
    assert_eq!(
        shown,
        [
            "error: big.json: article is 1.5 kB (1512 bytes), over the 1 kB limit (--max-article-bytes); skipped",
            "error: big.txt: article is 1.5 kB (1500 bytes), over the 1 kB limit (--max-article-bytes); skipped",
            "error: many.jsonl:2: article is 1.5 kB (1512 bytes), over the 1 kB limit (--max-article-bytes); skipped",
        ]
    );
    // The default limit reads them all.
    assert_eq!(read_dir(dir.path()).unwrap().articles.len(), 6);
}
