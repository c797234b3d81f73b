//! Atomic file writes: the content goes to a temporary file in the target's
//! folder, which is renamed over the target only once it is complete, so a
//! failed or interrupted export never leaves a half-written file behind.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `path` atomically with what `fill` writes into a buffered sink. On any
/// error the temporary file is removed and `path` is left as it was.
pub fn write_atomic(
    path: &Path,
    fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let failed = |source: io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".attrgraph-").suffix(".tmp");
    #[cfg(unix)]
    {
        // Like any new file (0o666 less the umask), not the 0o600 of a temp file.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let temp = builder.tempfile_in(dir).map_err(failed)?;
    let mut out = BufWriter::with_capacity(1 << 16, temp);
    fill(&mut out).map_err(failed)?;
    let temp = out.into_inner().map_err(|err| failed(err.into_error()))?;
    temp.persist(path).map_err(|err| failed(err.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("read dir")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }

    #[test]
    fn failure_leaves_old_file_and_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.txt");
        write_atomic(&path, &mut |out| out.write_all(b"old")).expect("first write");
        let result = write_atomic(&path, &mut |out| {
            out.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(matches!(result, Err(Error::Write { .. })));
        assert_eq!(fs::read_to_string(&path).expect("read"), "old");
        assert_eq!(temp_names(dir.path()), ["out.txt"]);
    }
}
