//! Criterion benchmark of each pipeline stage on a fixed slice: every 64th
//! article of `../shared/corpora/bench` in sorted order (about 370 articles),
//! or `data/` with a notice when the shared corpora are absent. Each stage is
//! timed on the previous stage's output, so a regression shows in the stage
//! that caused it. Run with `cargo bench --bench stages`; set
//! `ATTRGRAPH_SHARED` to read the corpora elsewhere.

#![allow(missing_docs)] // criterion_group! makes an undocumented function.
#![allow(clippy::print_stderr)] // A benchmark reports on the terminal.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

use attrgraph::export::{self, Drawer, ExportOptions};
use attrgraph::model::Article;
use attrgraph::{analyze, extract_all, graph, resolve, Config};

/// Every `STEP`th article of the bench corpus makes the slice.
const STEP: usize = 64;

/// The slice as a folder of links (the bench corpus keeps its subfolders),
/// or `data/`.
fn slice_dir() -> PathBuf {
    let shared = std::env::var("ATTRGRAPH_SHARED").unwrap_or_else(|_| "../shared".into());
    let bench = Path::new(&shared).join("corpora/bench");
    if !bench.is_dir() {
        eprintln!("notice: {} is absent; benchmarking data/", bench.display());
        return PathBuf::from("data");
    }
    // Links need an absolute target.
    let bench = bench.canonicalize().expect("the corpus has a path");
    let mut files = Vec::new();
    collect(&bench, &mut files);
    files.sort();
    let dir = std::env::temp_dir().join(format!("attrgraph-stages-{}", std::process::id()));
    for (k, file) in files.iter().enumerate().filter(|(k, _)| k % STEP == 0) {
        let rel = file.strip_prefix(&bench).expect("under the corpus");
        let link = dir.join(rel);
        std::fs::create_dir_all(link.parent().expect("a file's folder")).expect("temp folder");
        std::os::unix::fs::symlink(file, &link)
            .unwrap_or_else(|e| panic!("linking {} ({k}): {e}", file.display()));
    }
    dir
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable corpus").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Each stage on the slice, on the previous stage's output.
fn stages(c: &mut Criterion) {
    let dir = slice_dir();
    let articles: Vec<Article> = attrgraph::ingest::read_dir(&dir)
        .expect("the slice reads")
        .articles;
    eprintln!("{} articles from {}", articles.len(), dir.display());
    let config = Config::default();
    let table = &config.aliases;
    let extracted = extract_all(&articles, &|| {}).attributions;
    let resolved = resolve::entities(&articles, extracted.clone(), table);
    let corpus = analyze::claims(articles.clone(), resolved.clone(), table);
    let built = graph::build(corpus.clone(), table);
    let out = std::env::temp_dir().join(format!("attrgraph-stages-out-{}", std::process::id()));

    let mut group = c.benchmark_group("stages");
    group.sample_size(10);
    group.bench_function("ingest", |b| {
        b.iter(|| attrgraph::ingest::read_dir(&dir).expect("reads"))
    });
    group.bench_function("extract", |b| b.iter(|| extract_all(&articles, &|| {})));
    group.bench_function("resolve", |b| {
        b.iter_batched(
            || extracted.clone(),
            |found| resolve::entities(&articles, found, table),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("analyze", |b| {
        b.iter_batched(
            || (articles.clone(), resolved.clone()),
            |(a, r)| analyze::claims(a, r, table),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("graph", |b| {
        b.iter_batched(
            || corpus.clone(),
            |c| graph::build(c, table),
            BatchSize::LargeInput,
        )
    });
    let options = ExportOptions {
        dot: None,
        skip_svg: true,
        drawer: Drawer::BuiltIn,
    };
    group.bench_function("export", |b| {
        b.iter(|| {
            let _ = std::fs::remove_dir_all(&out);
            export::write(&out, &built, &options).expect("writes")
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&out);
    if dir != Path::new("data") {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
