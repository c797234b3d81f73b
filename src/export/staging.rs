//! One output set, swapped in whole. `build` writes every file into a fresh
//! hidden sibling of the output folder (`.NAME.attrgraph-tmp-PID-NONCE`), the
//! manifest last, then swaps it for the output folder: on Linux in one atomic
//! `renameat2(RENAME_EXCHANGE)`, elsewhere (or where the file system lacks it)
//! by renaming the old folder aside and the new one in. Killed at any point
//! before the swap, the previous set is untouched; the leftover folder is
//! removed by the next build.
//!
//! The output folder is replaced only when it is empty or holds nothing but
//! attrgraph's own files (its outputs, its manifest, its `.attrgraph-*`
//! temporary files); small hidden files such as `.gitkeep` are carried over.
//! Anything else makes [`Staging::create`] refuse, so a mistyped `--out` never
//! deletes someone's files.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::{Error, Result};

use super::manifest::MANIFEST_FILE;
use super::{ATTRIBUTIONS_FILE, DOT_FILE, GRAPH_FILE, SVG_FILE};

/// The files a build writes; with [`MANIFEST_FILE`], what an output folder may
/// hold to be replaced.
pub const OUTPUT_FILES: [&str; 9] = [
    ATTRIBUTIONS_FILE,
    GRAPH_FILE,
    DOT_FILE,
    SVG_FILE,
    super::store::STORE_FILE,
    super::graphml::GRAPHML_FILE,
    super::spreadsheets::CLAIMS_CSV,
    super::spreadsheets::ATTRIBUTIONS_CSV,
    super::spreadsheets::SOURCES_CSV,
];

/// Hidden files up to this size (`.gitkeep`, `.gitignore`) are carried over to
/// the new set rather than refused.
const KEPT_HIDDEN_MAX_BYTES: u64 = 4_096;

/// A new output set being written beside the output folder. Dropped without
/// [`Staging::commit`], it removes itself.
#[derive(Debug)]
pub struct Staging {
    /// The output folder as the caller named it.
    out: PathBuf,
    /// The same as its parent joined with its name (never ending in `.`).
    target: PathBuf,
    temp: PathBuf,
    committed: bool,
}

impl Staging {
    /// Checks that `out` may be replaced, removes what killed builds left beside
    /// it, and creates the folder the new set is written into (with the hidden
    /// files of `out` worth keeping).
    pub fn create(out: &Path) -> Result<Staging> {
        let write_error = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Write { path, source }
        };
        let (parent, name) = parent_and_name(out)?;
        fs::create_dir_all(&parent).map_err(write_error(&parent))?;
        let kept = replaceable(&parent.join(&name)).map_err(|err| match err {
            // Named as the caller named it.
            Error::ForeignFolder { why, .. } => Error::ForeignFolder {
                path: out.to_path_buf(),
                why,
            },
            other => other,
        })?;
        remove_stale(&parent, &name);
        let temp = create_unique(&parent, &format!(".{name}.attrgraph-tmp-"))
            .map_err(write_error(&parent))?;
        let staging = Staging {
            out: out.to_path_buf(),
            target: parent.join(&name),
            temp,
            committed: false,
        };
        for file in kept {
            let to = staging.temp.join(file.file_name().unwrap_or_default());
            fs::copy(&file, &to).map_err(write_error(&to))?;
        }
        Ok(staging)
    }

    /// The folder the new set is written into.
    pub fn path(&self) -> &Path {
        &self.temp
    }

    /// The output folder the set replaces.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Swaps the new set in for the output folder and removes the old one.
    pub fn commit(mut self) -> Result<()> {
        sync_dir(&self.temp);
        let target = self.target.clone();
        let failed = |source| Error::Write {
            path: target.clone(),
            source,
        };
        match fs::symlink_metadata(&target) {
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                fs::rename(&self.temp, &target).map_err(failed)?;
            }
            _ => {
                if !exchange(&self.temp, &target) {
                    // Not atomic: between the two renames there is no output folder.
                    let (parent, name) = parent_and_name(&target)?;
                    let aside = create_unique(&parent, &format!(".{name}.attrgraph-old-"))
                        .map_err(failed)?;
                    fs::remove_dir(&aside).map_err(failed)?;
                    fs::rename(&target, &aside).map_err(failed)?;
                    if let Err(err) = fs::rename(&self.temp, &target) {
                        let _ = fs::rename(&aside, &target);
                        return Err(failed(err));
                    }
                    self.temp = aside;
                }
                // `self.temp` now holds the old set.
                let _ = fs::remove_dir_all(&self.temp);
            }
        }
        if let Ok((parent, _)) = parent_and_name(&target) {
            sync_dir(&parent);
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.temp);
        }
    }
}

/// The folder `out` is in and its name, for the hidden siblings.
fn parent_and_name(out: &Path) -> Result<(PathBuf, String)> {
    let resolved;
    let text = out.as_os_str().to_string_lossy();
    // `Path::components` hides a trailing "/.", which names the folder itself.
    let ends_in_name = matches!(
        out.components().next_back(),
        Some(std::path::Component::Normal(_))
    ) && !text.ends_with("/.")
        && !text.ends_with("\\.");
    let out = match ends_in_name {
        true => out,
        // ".", "..", "dir/.", "dir/..": the folder they name.
        false => {
            resolved = fs::canonicalize(out).map_err(|source| Error::Write {
                path: out.to_path_buf(),
                source,
            })?;
            &resolved
        }
    };
    let Some(name) = out.file_name() else {
        return Err(Error::ForeignFolder {
            path: out.to_path_buf(),
            why: "it is the root of the file system".to_string(),
        });
    };
    let parent = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((parent, name.to_string_lossy().into_owned()))
}

/// Whether a file name in an output folder is attrgraph's own.
fn is_attrgraph_file(name: &str) -> bool {
    OUTPUT_FILES.contains(&name) || name == MANIFEST_FILE || name.starts_with(".attrgraph-")
}

/// Whether `out` may be replaced: absent, empty or holding only attrgraph's
/// files; returns the small hidden files to carry over.
fn replaceable(out: &Path) -> Result<Vec<PathBuf>> {
    let refuse = |why: String| Error::ForeignFolder {
        path: out.to_path_buf(),
        why,
    };
    let entries = match fs::read_dir(out) {
        Ok(entries) => entries,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(_) if out.exists() && !out.is_dir() => {
            return Err(refuse("it is a file, not a folder".to_string()))
        }
        Err(source) => {
            return Err(Error::Read {
                path: out.to_path_buf(),
                source,
            })
        }
    };
    let mut kept = Vec::new();
    let mut foreign = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| Error::Read {
            path: out.to_path_buf(),
            source,
        })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let file_type = entry.file_type().ok();
        let is_file = file_type.is_some_and(|t| t.is_file());
        if is_attrgraph_file(&name) && (is_file || name.starts_with(".attrgraph-")) {
            continue;
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(u64::MAX);
        if name.starts_with('.') && is_file && size <= KEPT_HIDDEN_MAX_BYTES {
            kept.push(entry.path());
        } else {
            foreign.push(name);
        }
    }
    foreign.sort();
    match foreign.as_slice() {
        [] => Ok(kept),
        [one] => Err(refuse(format!(
            "it holds {one:?}, which attrgraph did not write"
        ))),
        [first, rest @ ..] => Err(refuse(format!(
            "it holds {first:?} and {} more entries attrgraph did not write",
            rest.len()
        ))),
    }
}

/// Removes the `.NAME.attrgraph-tmp-PID-…` and `.NAME.attrgraph-old-PID-…`
/// folders of builds that are no longer running. Best effort: what cannot be
/// removed now is tried again next time.
fn remove_stale(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = [".attrgraph-tmp-", ".attrgraph-old-"]
            .iter()
            .find_map(|kind| file_name.strip_prefix(&format!(".{name}{kind}")))
        else {
            continue;
        };
        let pid = rest
            .split('-')
            .next()
            .and_then(|pid| pid.parse::<u32>().ok());
        if pid.is_some_and(is_running) {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            let _ = fs::remove_dir_all(&path);
        } else {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Whether another process with this id is running (Linux: `/proc`); elsewhere
/// every other build's leftovers count as stale.
fn is_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    cfg!(target_os = "linux") && Path::new("/proc").join(pid.to_string()).exists()
}

/// Creates a new folder `parent/PREFIX<pid>-<nonce>`.
fn create_unique(parent: &Path, prefix: &str) -> io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let pid = std::process::id();
    loop {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let nonce = nanos ^ COUNTER.fetch_add(1, Ordering::Relaxed).rotate_left(40);
        let path = parent.join(format!("{prefix}{pid}-{nonce:016x}"));
        match fs::create_dir(&path) {
            Ok(()) => return Ok(path),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(err) => return Err(err),
        }
    }
}

/// Swaps two folders atomically; false where the system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).is_ok()
}

/// Swaps two folders atomically; false where the system cannot.
#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> bool {
    false
}

/// Flushes a folder's entries to disk, where the system allows it.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests;
