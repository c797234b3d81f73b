use std::io::Write;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let ing = attrgraph::ingest::read_dir(std::path::Path::new(&args[1])).unwrap();
    for d in &ing.diagnostics {
        eprintln!("{d}");
    }
    let config = attrgraph::Config::default();
    let t = std::time::Instant::now();
    let g = attrgraph::build(ing.articles, &config, &|| {});
    eprintln!(
        "built in {:?}: {} attributions {} claims {} sources",
        t.elapsed(),
        g.corpus.attributions.len(),
        g.corpus.claims.len(),
        g.corpus.sources.len()
    );
    let out = std::path::Path::new(&args[2]);
    std::fs::create_dir_all(out).unwrap();
    let mut f =
        std::io::BufWriter::new(std::fs::File::create(out.join("attributions.jsonl")).unwrap());
    for r in attrgraph::export::records(&g) {
        serde_json::to_writer(&mut f, &r).unwrap();
        f.write_all(b"\n").unwrap();
    }
    let nodes: Vec<_> = g.corpus.claims.iter().map(|c| serde_json::json!({"id": c.key, "kind": "claim", "independent_sources": c.analysis.independent_sources, "text": c.text})).collect();
    let mut edges = vec![];
    for c in &g.corpus.claims {
        for (o, why) in &c.analysis.contradicted_by {
            edges.push(serde_json::json!({"source": c.key, "target": g.corpus.claims[o.0 as usize].key, "kind": "contradicts", "reason": why}));
        }
    }
    std::fs::write(
        out.join("graph.json"),
        serde_json::to_string(&serde_json::json!({"nodes": nodes, "edges": edges})).unwrap(),
    )
    .unwrap();
}
