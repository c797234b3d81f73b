//! `manifest.json`: the last file of an output set, saying which files belong to
//! it (name, size, BLAKE3 hash), the counts they must agree on, and a build id. A
//! set without it, or whose files disagree with it, is not read.
//!
//! The build id is derived from the files' hashes, so the same input still gives
//! byte-identical output. Hashes are computed while the files are written
//! ([`HashingWriter`]), never by reading them back. Checking ([`check`]) reads
//! file sizes only; the readers compare the counts with what they parse.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Name of the manifest in an output folder.
pub const MANIFEST_FILE: &str = "manifest.json";

/// What `manifest.json` holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// `attrgraph-manifest/2`.
    pub schema: String,
    /// The first 16 hex digits of the BLAKE3 hash of the files' names and hashes:
    /// the same files, the same id.
    pub build_id: String,
    /// "attrgraph".
    pub generator: String,
    /// Its version.
    pub version: String,
    /// Every file of the set but the manifest, sorted by name.
    pub files: Vec<ManifestFile>,
    /// The counts of `graph.json` (`graph.counts`): `attributions` is also the
    /// number of lines of `attributions.jsonl`.
    pub counts: BTreeMap<String, usize>,
}

/// One file of an output set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// File name, in the output folder.
    pub name: String,
    /// Size in bytes.
    pub bytes: u64,
    /// BLAKE3 hash of its bytes (32 bytes), lowercase hex, as `b3sum` prints it.
    pub blake3: String,
}

/// The manifest schema this attrgraph writes and reads.
pub const MANIFEST_SCHEMA: &str = "attrgraph-manifest/2";

impl Manifest {
    /// The manifest of `files` with `counts`; the build id is derived from them.
    pub fn new(mut files: Vec<ManifestFile>, counts: BTreeMap<String, usize>) -> Self {
        files.sort_by(|a, b| a.name.cmp(&b.name));
        let mut hasher = blake3::Hasher::new();
        for file in &files {
            hasher.update(format!("{} {} {}\n", file.name, file.bytes, file.blake3).as_bytes());
        }
        let build_id = hasher.finalize().to_hex()[..16].to_string();
        Manifest {
            schema: MANIFEST_SCHEMA.to_string(),
            build_id,
            generator: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            files,
            counts,
        }
    }

    /// The count named `name`, 0 when absent.
    pub fn count(&self, name: &str) -> usize {
        self.counts.get(name).copied().unwrap_or(0)
    }
}

/// A writer that hashes and counts what passes through it.
pub struct HashingWriter<W> {
    inner: W,
    hasher: blake3::Hasher,
    bytes: u64,
}

impl<W: Write> HashingWriter<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: blake3::Hasher::new(),
            bytes: 0,
        }
    }

    /// The manifest entry of what was written, named `name`, and the inner writer.
    pub fn finish(self, name: &str) -> (ManifestFile, W) {
        let entry = ManifestFile {
            name: name.to_string(),
            bytes: self.bytes,
            blake3: self.hasher.finalize().to_hex().to_string(),
        };
        (entry, self.inner)
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Reads `dir`'s manifest and checks that every file it lists is there with its
/// size. Fails with [`Error::NoOutput`] when the folder is missing,
/// [`Error::Inconsistent`] when the manifest is missing, unreadable, of another
/// schema, or a file is missing or of another size.
pub fn check(dir: &Path) -> Result<Manifest> {
    if !dir.is_dir() {
        return Err(Error::NoOutput {
            path: dir.to_path_buf(),
        });
    }
    let path = dir.join(MANIFEST_FILE);
    let inconsistent = |message: String| Error::Inconsistent {
        path: dir.to_path_buf(),
        message,
    };
    let text = match fs::read(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return Err(inconsistent(format!(
                "{MANIFEST_FILE} is missing, so the set may be incomplete or mixed"
            )))
        }
        Err(source) => return Err(Error::Read { path, source }),
    };
    let manifest: Manifest = serde_json::from_slice(&text)
        .map_err(|err| inconsistent(format!("{MANIFEST_FILE} does not parse: {err}")))?;
    if manifest.schema != MANIFEST_SCHEMA {
        return Err(inconsistent(format!(
            "{MANIFEST_FILE} has schema {:?}, this attrgraph reads {MANIFEST_SCHEMA:?}",
            manifest.schema
        )));
    }
    for file in &manifest.files {
        let is_plain_name = !file.name.is_empty()
            && !file.name.contains(['/', '\\'])
            && file.name != ".."
            && file.name != ".";
        if !is_plain_name {
            return Err(inconsistent(format!(
                "{MANIFEST_FILE} lists {:?}, not a file name",
                file.name
            )));
        }
        match fs::metadata(dir.join(&file.name)) {
            Ok(meta) if meta.len() == file.bytes => {}
            Ok(meta) => {
                return Err(inconsistent(format!(
                    "{} is {} bytes, {MANIFEST_FILE} says {}",
                    file.name,
                    meta.len(),
                    file.bytes
                )))
            }
            Err(_) => {
                return Err(inconsistent(format!(
                    "{} is missing, {MANIFEST_FILE} lists it",
                    file.name
                )))
            }
        }
    }
    Ok(manifest)
}

/// Checks that a count read from the files equals the manifest's.
pub fn check_count(
    dir: &Path,
    manifest: &Manifest,
    what: &str,
    name: &str,
    found: usize,
) -> Result<()> {
    let expected = manifest.count(name);
    if found == expected {
        return Ok(());
    }
    Err(Error::Inconsistent {
        path: dir.to_path_buf(),
        message: format!("{what} has {found} {name}, {MANIFEST_FILE} says {expected}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, content: &[u8]) -> ManifestFile {
        let mut writer = HashingWriter::new(Vec::new());
        writer.write_all(content).unwrap();
        writer.finish(name).0
    }

    #[test]
    fn hashes_sizes_and_build_id() {
        let file = entry("a.txt", b"abc");
        assert_eq!(file.bytes, 3);
        assert_eq!(
            file.blake3,
            "6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85"
        );
        let one = Manifest::new(vec![entry("b", b"1"), file.clone()], BTreeMap::new());
        let two = Manifest::new(vec![file, entry("b", b"1")], BTreeMap::new());
        assert_eq!(one, two, "sorted, and the id depends on the files only");
        assert_eq!(one.build_id.len(), 16);
        let other = Manifest::new(vec![entry("b", b"2")], BTreeMap::new());
        assert_ne!(one.build_id, other.build_id);
    }

    #[test]
    fn check_finds_missing_and_resized_files() {
        let dir = tempfile::tempdir().unwrap();
        let err = check(dir.path()).unwrap_err().to_string();
        assert!(err.contains("manifest.json is missing"), "{err}");
        fs::write(dir.path().join("a.txt"), "abc").unwrap();
        let manifest = Manifest::new(vec![entry("a.txt", b"abc")], BTreeMap::new());
        let text = serde_json::to_string(&manifest).unwrap();
        fs::write(dir.path().join(MANIFEST_FILE), text).unwrap();
        assert_eq!(check(dir.path()).unwrap(), manifest);
        fs::write(dir.path().join("a.txt"), "ab").unwrap();
        let err = check(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("a.txt is 2 bytes, manifest.json says 3; rebuild"),
            "{err}"
        );
        fs::remove_file(dir.path().join("a.txt")).unwrap();
        let err = check(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("a.txt is missing, manifest.json lists it; rebuild"),
            "{err}"
        );
    }
}
