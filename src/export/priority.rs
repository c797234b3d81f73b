//! Which writers wait: the files other than the database (`graph.json`, the
//! records, the tables, the picture) can be written any time before the
//! manifest, while the database's threads (its writer, the thread making its
//! rows, the side writer and the full-text indexer) end in a copy and a hash
//! that only one thread can do. So the file writers run on a pool of their own
//! whose threads yield the processor to the database's (a higher nice value):
//! when every core is busy the database goes first, and the files fill what it
//! leaves, its serial end included, instead of finishing early and leaving it
//! alone on one core. What runs, and so every byte written, is the same.
//!
//! Only the pool's own threads, which end with it, change priority; never the
//! global rayon pool's or the caller's. Linux only (elsewhere a no-op), and
//! best effort: a priority the system refuses is left as it is.

/// How much lower than its own a yielding thread's priority is: nice 10
/// weighs a tenth of nice 0, so the database's threads get most of a core
/// while the file writers are runnable, and the file writers every core the
/// database leaves idle.
pub const YIELD_BY: i32 = 10;

/// Lowers the calling thread's priority by [`YIELD_BY`] (to at most 19).
#[cfg(target_os = "linux")]
pub fn yield_to_others() {
    use rustix::process::{getpriority_process, setpriority_process, Pid};
    let tid: Pid = rustix::thread::gettid();
    if let Ok(nice) = getpriority_process(Some(tid)) {
        let _ = setpriority_process(Some(tid), (nice + YIELD_BY).min(19));
    }
}

/// Lowers the calling thread's priority: nothing to do on this system.
#[cfg(not(target_os = "linux"))]
pub fn yield_to_others() {}

/// A pool of as many threads as the global one, each yielding (see
/// [`yield_to_others`]), all ended when it is dropped. `None` when no thread
/// can be started: the caller then uses the global pool.
pub fn yielding_pool() -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(rayon::current_num_threads())
        .thread_name(|i| format!("attrgraph-files-{i}"))
        .start_handler(|_| yield_to_others())
        .build()
        .ok()
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn own() -> i32 {
        rustix::process::getpriority_process(Some(rustix::thread::gettid())).unwrap()
    }

    #[test]
    fn the_pool_s_threads_yield_and_the_caller_keeps_its_priority() {
        let before = own();
        let pool = yielding_pool().expect("a pool");
        assert_eq!(pool.install(own), (before + YIELD_BY).min(19));
        assert_eq!(own(), before);
    }
}
