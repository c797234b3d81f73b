//! Damage done to a built output set before `query` and `render` read it:
//! files deleted, truncated, overwritten with bytes of another build (a mixed
//! set), bytes flipped (the manifest checks sizes, so these reach the parsers),
//! JSON values replaced, and the manifest re-sealed so the damage gets past it.

use std::fs;
use std::io::Write;
use std::path::Path;

use proptest::prelude::*;

/// The files of a set.
pub const FILES: &[&str] = &[
    "attributions.jsonl",
    "graph.json",
    "graph.dot",
    "graph.svg",
    "manifest.json",
];

/// One change to an output set.
#[derive(Clone, Debug)]
pub enum Damage {
    /// Remove a file.
    Delete(usize),
    /// Cut a file at a fraction of its length (per mille).
    Truncate(usize, u16),
    /// Replace a file by the same file of the other build.
    Mix(usize),
    /// Overwrite bytes at fractions of the length with these bytes.
    Flip(usize, Vec<(u16, u8)>),
    /// Replace a JSON value of `graph.json` (found by a fraction of its
    /// length) with this text.
    Splice(usize, u16, String),
    /// Rewrite the manifest's sizes (and hashes) to the files as they are.
    Reseal,
}

pub fn damage() -> impl Strategy<Value = Damage> {
    let file = 0..FILES.len();
    let json_bits = prop::sample::select(vec![
        "null",
        "-1",
        "1e309",
        "18446744073709551616",
        "\"\"",
        "\"claim:\"",
        "[]",
        "{}",
        "\"\\u0000\\u202e\"",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "{\"id\":\"n0\",\"kind\":\"claim\"}",
        "\"😀\"",
        "true",
        "0.5",
    ]);
    prop_oneof![
        file.clone().prop_map(Damage::Delete),
        (file.clone(), 0..1000u16).prop_map(|(f, at)| Damage::Truncate(f, at)),
        file.clone().prop_map(Damage::Mix),
        (
            file.clone(),
            prop::collection::vec((0..1000u16, any::<u8>()), 1..8)
        )
            .prop_map(|(f, flips)| Damage::Flip(f, flips)),
        (0..2usize, 0..1000u16, json_bits).prop_map(|(f, at, s)| Damage::Splice(
            f,
            at,
            s.to_string()
        )),
        Just(Damage::Reseal),
    ]
}

fn at(len: usize, per_mille: u16) -> usize {
    len * usize::from(per_mille.min(1000)) / 1000
}

/// Applies `damage` to the set in `dir`; `other` holds another build's set.
pub fn apply(dir: &Path, other: &Path, damage: &Damage) {
    match damage {
        Damage::Delete(f) => {
            let _ = fs::remove_file(dir.join(FILES[*f]));
        }
        Damage::Truncate(f, cut) => {
            if let Ok(bytes) = fs::read(dir.join(FILES[*f])) {
                fs::write(dir.join(FILES[*f]), &bytes[..at(bytes.len(), *cut)]).unwrap();
            }
        }
        Damage::Mix(f) => {
            if let Ok(bytes) = fs::read(other.join(FILES[*f])) {
                fs::write(dir.join(FILES[*f]), bytes).unwrap();
            }
        }
        Damage::Flip(f, flips) => {
            if let Ok(mut bytes) = fs::read(dir.join(FILES[*f])) {
                if !bytes.is_empty() {
                    for (pos, byte) in flips {
                        let i = at(bytes.len() - 1, *pos);
                        bytes[i] = *byte;
                    }
                    fs::write(dir.join(FILES[*f]), bytes).unwrap();
                }
            }
        }
        Damage::Splice(f, pos, text) => {
            // The value that starts after the first ':' or ',' past the point.
            let name = ["graph.json", "attributions.jsonl"][*f];
            if let Ok(s) = fs::read_to_string(dir.join(name)) {
                let mut from = at(s.len(), *pos);
                while !s.is_char_boundary(from) {
                    from -= 1;
                }
                let Some(rel) = s[from..].find([':', ',']) else {
                    return;
                };
                let start = from + rel + 1;
                let end = s[start..]
                    .find([',', '}', ']'])
                    .map_or(s.len(), |e| start + e);
                let spliced = format!("{}{text}{}", &s[..start], &s[end..]);
                fs::write(dir.join(name), spliced).unwrap();
            }
        }
        Damage::Reseal => reseal(dir),
    }
}

/// Rewrites each listed file's size and hash in `manifest.json` to the file as
/// it now is (a file gone stays listed).
fn reseal(dir: &Path) {
    use attrgraph::export::manifest::HashingWriter;
    let path = dir.join("manifest.json");
    let Ok(text) = fs::read_to_string(&path) else {
        return;
    };
    let Ok(mut manifest) = serde_json::from_str::<serde_json::Value>(&text) else {
        return;
    };
    let Some(files) = manifest["files"].as_array_mut() else {
        return;
    };
    for entry in files {
        let Some(name) = entry["name"].as_str().map(str::to_string) else {
            continue;
        };
        if name.contains(['/', '\\']) {
            continue;
        }
        if let Ok(bytes) = fs::read(dir.join(&name)) {
            let mut writer = HashingWriter::new(Vec::new());
            writer.write_all(&bytes).unwrap();
            let (file, _) = writer.finish(&name);
            entry["bytes"] = file.bytes.into();
            entry["blake3"] = file.blake3.into();
        }
    }
    fs::write(&path, manifest.to_string()).unwrap();
}
