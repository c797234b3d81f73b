//! Files of a new output set flushed to disk on a thread of their own, each as
//! soon as it is written: the writers go on with the next file while the disk
//! catches up, instead of each waiting for its own file's writeback. Every
//! flush is done (or has failed) before [`with_flusher`] returns, so the set
//! is on disk before it is swapped in, as when each writer flushed its own.

use std::fs::File;
use std::path::PathBuf;
use std::sync::mpsc;

use crate::error::{Error, Result};

/// Takes written files to flush to disk.
pub struct Flusher {
    send: mpsc::Sender<(PathBuf, File)>,
}

impl Flusher {
    /// Flushes `file` (written in full, at `path`) to disk, now or soon: a
    /// failure comes back from [`with_flusher`].
    pub fn flush(&self, path: PathBuf, file: File) {
        // The flushing thread reads until every sender is gone, so it is
        // there to take this; were it not, the file is flushed here.
        if let Err(mpsc::SendError((_, file))) = self.send.send((path, file)) {
            let _ = file.sync_all();
        }
    }
}

/// Runs `work` with a [`Flusher`], then waits for every file handed to it to
/// be on disk. `work`'s error comes first; else the first flush that failed,
/// naming its file.
pub fn with_flusher<T>(work: impl FnOnce(&Flusher) -> Result<T>) -> Result<T> {
    let (send, receive) = mpsc::channel::<(PathBuf, File)>();
    std::thread::scope(|scope| {
        let flushing = scope.spawn(move || {
            let mut failed = None;
            for (path, file) in receive {
                if let Err(source) = file.sync_all() {
                    failed.get_or_insert(Error::Write { path, source });
                }
            }
            failed
        });
        let flusher = Flusher { send };
        let done = work(&flusher);
        // The last sender: the flushing thread ends once it has flushed all.
        drop(flusher);
        let failed = flushing.join().expect("flushing does not panic");
        let done = done?;
        failed.map_or(Ok(done), Err)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn every_file_handed_over_is_flushed_before_the_work_returns() {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<PathBuf> = (0..4).map(|i| dir.path().join(format!("{i}"))).collect();
        let got = with_flusher(|flusher| {
            for path in &paths {
                let mut file = File::create(path).unwrap();
                file.write_all(b"x").unwrap();
                flusher.flush(path.clone(), file);
            }
            Ok(paths.len())
        });
        assert_eq!(got.unwrap(), 4);
        assert!(paths.iter().all(|p| std::fs::read(p).unwrap() == b"x"));
    }

    #[test]
    fn the_work_s_error_comes_back() {
        let got: Result<()> = with_flusher(|_| {
            Err(Error::Write {
                path: "out".into(),
                source: std::io::Error::other("disk full"),
            })
        });
        assert!(
            matches!(got, Err(Error::Write { path, .. }) if path == std::path::Path::new("out"))
        );
    }
}
