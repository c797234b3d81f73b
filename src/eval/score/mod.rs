//! Scores predicted attribution records against gold: an exact port of the
//! matching and metrics of `../shared/eval/score_polnear.py` (and the helpers it
//! takes from `common.py`), so that both report the same numbers. Pure: no I/O,
//! no printing; numbers stay unrounded until they are displayed or serialized.
//!
//! Python semantics kept on purpose: offsets are signed and sliced as Python
//! slices them; a word is a run of Unicode letters, numbers and `_` (Python's
//! `\w`, which, unlike the `regex` crate's, takes no combining marks and takes
//! other numbers such as `²`); matching candidates are taken best score first,
//! and among equal scores the higher gold index, then the higher prediction
//! index, first (Python's `sort(reverse=True)` on `(score, gi, pi)`).
//!
//! `report` holds the measures and their report, `matching` pairs gold and
//! predicted attributions, `text` slices and tokenizes as Python does, `speech`
//! is the scorer's speech-cue pattern; this file walks the documents and tallies.

mod matching;
mod report;
mod speech;
mod text;
mod word_chars;

use std::collections::BTreeMap;

use crate::eval::brat::GoldSet;
use crate::export::json::{AttributionRecord, SCHEMA};

use matching::{any_overlap, match_document, offsets, Predicted};
use report::{f1, ratio};
pub use report::{round3, Counts, Prf, Scores, SpanMismatch, MISMATCH_EXAMPLES};
use text::Text;

/// The file name of a `/`-separated path, as `PurePosixPath(path).name`.
fn posix_name(path: &str) -> &str {
    path.split('/')
        .rfind(|part| !part.is_empty() && *part != ".")
        .unwrap_or("")
}

/// Scores `predictions` against `gold`. Narrator rows and rows of documents
/// outside the gold are left out.
pub fn score(gold: &GoldSet, predictions: &[AttributionRecord]) -> Scores {
    let by_name: BTreeMap<&str, usize> = gold
        .documents
        .iter()
        .enumerate()
        .map(|(idx, doc)| (doc.name.as_str(), idx))
        .collect();
    let texts: Vec<Text> = gold
        .documents
        .iter()
        .map(|doc| Text::new(&doc.text))
        .collect();
    let mut per_doc: Vec<Vec<&AttributionRecord>> = vec![Vec::new(); gold.documents.len()];
    // Documents in the order predictions first name them, as the Python dict keeps them.
    let mut seen_order = Vec::new();
    for record in predictions.iter().filter(|r| r.quote != "narrator") {
        if let Some(&doc_idx) = by_name.get(posix_name(&record.document)) {
            if per_doc[doc_idx].is_empty() {
                seen_order.push(doc_idx);
            }
            per_doc[doc_idx].push(record);
        }
    }

    let mut span_mismatches = 0;
    let mut span_mismatch_examples = Vec::new();
    for &doc_idx in &seen_order {
        for record in &per_doc[doc_idx] {
            let mention = record.source.as_ref().and_then(|s| s.mention.as_ref());
            for span in record.cue.iter().chain(&record.content).chain(mention) {
                let found = texts[doc_idx].slice(offsets(span));
                if found != span.text {
                    span_mismatches += 1;
                    if span_mismatch_examples.len() < MISMATCH_EXAMPLES {
                        span_mismatch_examples.push(SpanMismatch {
                            id: record.id.clone(),
                            start: span.start,
                            end: span.end,
                            said: span.text.clone(),
                            found,
                        });
                    }
                }
            }
        }
    }

    let mut n = Counts::default();
    for (doc_idx, doc) in gold.documents.iter().enumerate() {
        let text = &texts[doc_idx];
        let gs = &doc.attributions;
        let ps: Vec<Predicted> = per_doc[doc_idx].iter().map(|r| Predicted::of(r)).collect();
        let matching = match_document(gs, &ps);
        let counted: Vec<usize> = (0..ps.len())
            .filter(|pi| !matching.nested.contains(pi))
            .collect();
        n.gold += gs.len();
        n.pred += counted.len();
        n.matched += matching.pairs.len();
        n.gold_speech += gs.iter().filter(|g| text.is_speech_cue(&g.cue)).count();
        n.matched_speech += matching
            .pairs
            .iter()
            .filter(|&&(gi, _)| text.is_speech_cue(&gs[gi].cue))
            .count();
        n.gold_source += gs.iter().filter(|g| !g.source.is_empty()).count();
        n.pred_source += counted
            .iter()
            .filter(|&&pi| !ps[pi].source.is_empty())
            .count();
        n.pred_tokens += counted
            .iter()
            .map(|&pi| text.token_set(&ps[pi].content).len())
            .sum::<usize>();
        n.gold_tokens += gs
            .iter()
            .map(|g| text.token_set(&g.content).len())
            .sum::<usize>();
        for &(gi, pi) in &matching.pairs {
            let (g, p) = (&gs[gi], &ps[pi]);
            let (gt, pt) = (text.token_set(&g.content), text.token_set(&p.content));
            let shared = gt.intersection(&pt).count();
            n.shared_tokens += shared;
            let source_ok = any_overlap(&g.source, &p.source);
            n.source_overlap += usize::from(source_ok);
            n.source_exact += usize::from(
                !g.source.is_empty() && text.trimmed(&g.source) == text.trimmed(&p.source),
            );
            n.cue_exact += usize::from(text.trimmed(&g.cue) == text.trimmed(&p.cue));
            n.content_exact += usize::from(text.trimmed(&g.content) == text.trimmed(&p.content));
            let content_f1 = f1(ratio(shared, pt.len()), ratio(shared, gt.len()));
            let source_right = source_ok || (g.source.is_empty() && p.source.is_empty());
            n.all_three += usize::from(source_right && content_f1 >= 0.5);
        }
    }

    Scores {
        version: SCHEMA,
        documents: gold.documents.len(),
        gold: n.gold,
        predicted: n.pred,
        cue: Prf::new(n.matched, n.pred, n.gold),
        cue_exact: Prf::new(n.cue_exact, n.pred, n.gold),
        source: Prf::new(n.source_overlap, n.pred_source, n.gold_source),
        source_exact: Prf::new(n.source_exact, n.pred_source, n.gold_source),
        content: Prf::new(n.shared_tokens, n.pred_tokens, n.gold_tokens),
        content_exact: Prf::new(n.content_exact, n.pred, n.gold),
        all_three: Prf::new(n.all_three, n.pred, n.gold),
        speech_recall: ratio(n.matched_speech, n.gold_speech),
        span_mismatches,
        counts: n,
        span_mismatch_examples,
    }
}
