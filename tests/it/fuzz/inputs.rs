//! Random inputs for the fuzz properties: article text built from pieces of
//! `data/`'s articles and hostile fragments (control characters, huge tokens,
//! unbalanced quotes, bidi controls, invalid UTF-8), front matter good and bad,
//! deep JSON, and folders holding bad files among the articles.

use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

/// Sentences of `data/`'s articles, the seed text the fragments are mixed into.
fn sentences() -> &'static [String] {
    static SENTENCES: OnceLock<Vec<String>> = OnceLock::new();
    SENTENCES.get_or_init(|| {
        let mut out = Vec::new();
        let mut paths: Vec<_> = fs::read_dir(crate::support::root().join("data"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for path in paths {
            let text = fs::read_to_string(path).unwrap_or_default();
            out.extend(
                text.split_inclusive(['.', '\n'])
                    .filter(|s| !s.trim().is_empty())
                    .map(str::to_string),
            );
        }
        out
    })
}

/// One fragment of article text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => any::<prop::sample::Index>().prop_map(|i| i.get(sentences()).clone()),
        1 => "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}]{1,8}",
        1 => (any::<char>(), 1..40_000usize).prop_map(|(c, n)| c.to_string().repeat(n)),
        2 => "[\"“”«»„'‘’`]{1,6}",
        1 => "[\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\u{200b}-\\u{200f}\\u{feff}\\u{0300}-\\u{036f}\\u{fffd}\\u{1f600}-\\u{1f64f}]{1,10}",
        2 => prop::sample::select(vec![
            " said ", " told reporters ", "According to ", ", he said.", " she added: ",
            "Mr. ", " Kim", " President Joe Biden", " the ministry", " they ", " denied the reports",
            " in violation of international law", " in June", " 10,000 troops", ":", " — ",
            " (", ")", "...", "\n", "\n\n", "\r\n", "\r", "\t", " ", "---\n", "#", "* ",
        ]).prop_map(str::to_string),
        1 => "\\PC{0,40}",
    ]
}

/// The body of an article: fragments joined.
pub fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.concat())
}

/// A value for a front-matter field: usual, empty, hostile.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Reuters".to_string()),
        Just("2024-11-05".to_string()),
        Just(String::new()),
        "\\PC{0,30}",
        "[\\x00-\\x1f\"':\\[\\]{}]{0,8}",
    ]
}

/// Nested JSON arrays or objects `depth` deep around `inner`.
fn deep(depth: usize, inner: &str) -> String {
    let (open, close) = if depth % 2 == 0 {
        ("[", "]")
    } else {
        ("{\"a\":", "}")
    };
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

/// The bytes of one file of the input folder.
#[derive(Clone, Debug)]
pub enum Content {
    /// Text with optional YAML front matter (`Some((publisher, date, closed))`).
    Text(Option<(String, String, bool)>, String),
    /// A JSON article, possibly with deep nesting in a field.
    Json(String, String, usize),
    /// JSON Lines: articles and broken lines.
    Jsonl(Vec<(String, bool)>),
    /// Raw bytes (invalid UTF-8, binary).
    Bytes(Vec<u8>),
    /// A directory with the file's name.
    Dir,
    /// A symbolic link to the folder itself (a loop) or to nothing.
    Symlink(bool),
}

pub fn content() -> impl Strategy<Value = Content> {
    prop_oneof![
        8 => (prop::option::of((field(), field(), any::<bool>())), body())
            .prop_map(|(front, text)| Content::Text(front, text)),
        2 => (body(), field(), prop_oneof![Just(0usize), 1..50usize, 5_000..20_000usize])
            .prop_map(|(text, publisher, depth)| Content::Json(text, publisher, depth)),
        1 => prop::collection::vec((body(), any::<bool>()), 0..4).prop_map(Content::Jsonl),
        1 => prop::collection::vec(any::<u8>(), 0..200).prop_map(Content::Bytes),
        1 => Just(Content::Dir),
        1 => any::<bool>().prop_map(Content::Symlink),
    ]
}

/// A file of the input folder: where, and what.
pub fn file() -> impl Strategy<Value = (String, Content)> {
    let name = prop::sample::select(vec![
        "a.txt",
        "b.md",
        "c.json",
        "d.jsonl",
        "e.csv",
        ".hidden.txt",
        "sub/f.txt",
        "sub/deeper/g.md",
        "h i.txt",
        "ü.txt",
        "sub/h.json",
        "x.TXT",
    ]);
    (name, content()).prop_map(|(n, c)| (n.to_string(), c))
}

/// Writes the folder `dir` from `files` (a later file of the same name wins).
pub fn write_folder(dir: &Path, files: &[(String, Content)]) {
    for (name, content) in files {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        if path.is_dir() {
            let _ = fs::remove_dir_all(&path);
        } else if path.symlink_metadata().is_ok() {
            let _ = fs::remove_file(&path);
        }
        match content {
            Content::Text(front, text) => {
                let mut s = String::new();
                if let Some((publisher, date, closed)) = front {
                    s += &format!(
                        "---\ntitle: \"{publisher}\"\npublisher: {publisher}\ndate: {date}\n"
                    );
                    if *closed {
                        s += "---\n";
                    }
                }
                s += text;
                fs::write(&path, s).unwrap();
            }
            Content::Json(text, publisher, depth) => {
                let value =
                    serde_json::json!({"title": publisher, "publisher": publisher, "text": text});
                let mut s = value.to_string();
                if *depth > 0 {
                    s.insert_str(s.len() - 1, &format!(",\"extra\":{}", deep(*depth, "1")));
                }
                fs::write(&path, s).unwrap();
            }
            Content::Jsonl(lines) => {
                let s: String = lines
                    .iter()
                    .map(|(text, good)| {
                        if *good {
                            serde_json::json!({"text": text, "publisher": "AP"}).to_string() + "\n"
                        } else {
                            format!("{{\"text\": {text}\n")
                        }
                    })
                    .collect();
                fs::write(&path, s).unwrap();
            }
            Content::Bytes(bytes) => fs::write(&path, bytes).unwrap(),
            Content::Dir => fs::create_dir_all(&path).unwrap(),
            Content::Symlink(looped) => {
                let target = if *looped {
                    dir.to_path_buf()
                } else {
                    dir.join("nowhere")
                };
                #[cfg(unix)]
                std::os::unix::fs::symlink(target, &path).unwrap();
            }
        }
    }
}
