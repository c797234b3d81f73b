//! Ctrl-C (SIGINT) and SIGTERM during `build`. Before the swap, the folder of
//! the new set is removed and the process exits 130 at once, the output folder
//! untouched; during the swap, the signal waits until the swap is done, then
//! the process exits 130. Either way the output folder holds one whole set.
//! Only `build` installs the handler; it runs on its own thread (ctrlc).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// What the handler must know.
struct Watch {
    /// The folder of the set being written, to remove on interruption.
    staging: Option<PathBuf>,
    /// Inside [`swap`]: the handler only takes note.
    swapping: bool,
    /// A signal came during the swap.
    interrupted: bool,
}

static WATCH: Mutex<Watch> = Mutex::new(Watch {
    staging: None,
    swapping: false,
    interrupted: false,
});

fn lock() -> MutexGuard<'static, Watch> {
    WATCH.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Installs the handler of Ctrl-C and SIGTERM.
pub fn install() -> anyhow::Result<()> {
    ctrlc::set_handler(on_signal).map_err(|err| anyhow::anyhow!("cannot handle Ctrl-C: {err}"))
}

/// Holds the lock until the process is gone, so [`swap`] cannot start meanwhile.
fn on_signal() {
    let mut watch = lock();
    if watch.swapping {
        watch.interrupted = true;
        return;
    }
    if let Some(staging) = &watch.staging {
        let _ = std::fs::remove_dir_all(staging);
    }
    let _ = writeln!(
        std::io::stderr(),
        "attrgraph: interrupted; the output folder was left as it was"
    );
    std::process::exit(130);
}

/// Waits for a signal being handled, if one is: its handler removes the
/// folder the writers write into and exits 130, and a writer failing because
/// of that removal must not exit first with an error of its own.
pub fn settle() {
    drop(lock());
}

/// The folder the new set is being written into.
pub fn watch_staging(staging: &Path) {
    lock().staging = Some(staging.to_path_buf());
}

/// Runs the swap, deferring any signal until it is done.
pub fn swap<T>(swap: impl FnOnce() -> T) -> T {
    lock().swapping = true;
    let result = swap();
    let mut watch = lock();
    watch.swapping = false;
    watch.staging = None;
    if watch.interrupted {
        let _ = writeln!(
            std::io::stderr(),
            "attrgraph: interrupted during the swap, which was finished first"
        );
        std::process::exit(130);
    }
    result
}
