//! Matching one document's predictions to its gold attributions, one to one,
//! best candidate first, exactly as the Python scorer does: cue overlap, or for
//! a prediction without a cue, content covering half the shorter side; and the
//! unmatched predictions nested inside gold content, which are not counted.
//! Works on offsets only: no text, no measures.

use std::collections::HashSet;

use crate::eval::brat::{GoldAttribution, Offsets};
use crate::export::json::{AttributionRecord, WireSpan};

/// A prediction reduced to what matching looks at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Predicted {
    pub(crate) source: Vec<Offsets>,
    pub(crate) cue: Vec<Offsets>,
    pub(crate) content: Vec<Offsets>,
}

pub(super) fn offsets(span: &WireSpan) -> Offsets {
    let signed = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    Offsets::new(signed(span.start), signed(span.end))
}

impl Predicted {
    pub(super) fn of(record: &AttributionRecord) -> Self {
        Predicted {
            source: record
                .source
                .iter()
                .filter_map(|s| s.mention.as_ref())
                .map(offsets)
                .collect(),
            cue: record.cue.iter().map(offsets).collect(),
            content: record.content.iter().map(offsets).collect(),
        }
    }
}

/// The outcome of matching one document.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Matching {
    /// Matched `(gold index, prediction index)` pairs, in the order taken.
    pub(crate) pairs: Vec<(usize, usize)>,
    /// Unmatched predictions whose cue lies inside a gold content span.
    pub(crate) nested: HashSet<usize>,
}

fn overlap(a: Offsets, b: Offsets) -> i64 {
    (a.end.min(b.end) - a.start.max(b.start)).max(0)
}

pub(super) fn any_overlap(xs: &[Offsets], ys: &[Offsets]) -> bool {
    xs.iter().any(|&x| ys.iter().any(|&y| overlap(x, y) > 0))
}

fn sum_overlap(xs: &[Offsets], ys: &[Offsets]) -> i64 {
    xs.iter()
        .map(|&x| ys.iter().map(|&y| overlap(x, y)).sum::<i64>())
        .sum()
}

/// Matches gold and predicted attributions one to one, best candidate first.
pub(crate) fn match_document(gs: &[GoldAttribution], ps: &[Predicted]) -> Matching {
    let mut candidates: Vec<(i64, usize, usize)> = Vec::new();
    for (gi, g) in gs.iter().enumerate() {
        for (pi, p) in ps.iter().enumerate() {
            let score = if p.cue.is_empty() {
                let shared = sum_overlap(&p.content, &g.content);
                let total = |spans: &[Offsets]| spans.iter().map(Offsets::len).sum::<i64>();
                let short = match total(&p.content).min(total(&g.content)) {
                    0 => 1,
                    short => short,
                };
                // `shared >= short / 2` in Python's float division.
                if 2 * shared >= short {
                    shared
                } else {
                    0
                }
            } else {
                sum_overlap(&p.cue, &g.cue)
            };
            if score > 0 {
                candidates.push((score, gi, pi));
            }
        }
    }
    candidates.sort_by(|a, b| b.cmp(a));
    let mut gold_taken = vec![false; gs.len()];
    let mut pred_taken = vec![false; ps.len()];
    let mut pairs = Vec::new();
    for (_, gi, pi) in candidates {
        if gold_taken[gi] || pred_taken[pi] {
            continue;
        }
        gold_taken[gi] = true;
        pred_taken[pi] = true;
        pairs.push((gi, pi));
    }
    let nested = (0..ps.len())
        .filter(|&pi| {
            !pred_taken[pi]
                && ps[pi].cue.iter().any(|&c| {
                    gs.iter()
                        .any(|g| g.content.iter().any(|&x| overlap(c, x) == c.len()))
                })
        })
        .collect();
    Matching { pairs, nested }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::brat::parse_ann;
    use std::path::Path;

    /// Parses predictions written one per line as `cue S-E; source S-E; content
    /// S-E,S-E` (any part may be left out), matches them against the gold `ann`
    /// and renders the pairs and the nested predictions.
    fn check(ann: &str, predictions: &str, expect: &str) {
        let gold = parse_ann(Path::new("gold.ann"), ann).expect("test gold parses");
        let ps: Vec<Predicted> = predictions.lines().map(parse_prediction).collect();
        let matching = match_document(&gold, &ps);
        let mut nested: Vec<usize> = matching.nested.into_iter().collect();
        nested.sort();
        let mut got: Vec<String> = matching
            .pairs
            .iter()
            .map(|(gi, pi)| format!("g{gi}-p{pi}"))
            .collect();
        got.extend(nested.iter().map(|pi| format!("nested p{pi}")));
        assert_eq!(
            got.join(" "),
            expect,
            "gold\n{ann}\npredictions\n{predictions}"
        );
    }

    fn parse_prediction(line: &str) -> Predicted {
        let mut p = Predicted::default();
        for part in line.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            let (role, spans) = part.split_once(' ').expect("role and spans");
            let spans = spans
                .split(',')
                .map(|s| {
                    let (a, b) = s.split_once('-').expect("S-E");
                    Offsets::new(a.parse().expect("start"), b.parse().expect("end"))
                })
                .collect();
            match role {
                "cue" => p.cue = spans,
                "source" => p.source = spans,
                "content" => p.content = spans,
                _ => panic!("unknown role {role}"),
            }
        }
        p
    }

    const TWO: &str = "T1\tCue 10 14\tsaid\nT2\tContent 20 40\tx\nE1\tCue:T1 Content:T2\nT3\tCue 50 54\tsaid\nT4\tContent 60 80\ty\nE2\tCue:T3 Content:T4\n";

    #[test]
    fn cue_overlap_matches() {
        check(TWO, "cue 52-56\ncue 11-12", "g1-p0 g0-p1");
    }

    #[test]
    fn larger_overlap_wins() {
        check(TWO, "cue 13-15\ncue 10-14", "g0-p1");
    }

    #[test]
    fn equal_scores_take_the_higher_indexes_first() {
        // Both predictions overlap gold 0 by 4; Python's reverse sort takes p1.
        check(TWO, "cue 10-14\ncue 10-14", "g0-p1");
        // p0 overlaps both gold cues by 2: the higher gold index is taken first.
        check(
            "T1\tCue 10 14\ta\nE1\tCue:T1\nT2\tCue 16 20\tb\nE2\tCue:T2\n",
            "cue 12-18\ncue 12-13",
            "g1-p0 g0-p1",
        );
    }

    #[test]
    fn without_cue_content_must_cover_half_the_shorter_side() {
        check(TWO, "content 20-30", "g0-p0");
        check(TWO, "content 35-60", "");
        check(TWO, "content 30-50", "g0-p0");
        check(TWO, "content 31-51", "");
    }

    #[test]
    fn unmatched_cues_inside_gold_content_are_nested() {
        check(
            TWO,
            "cue 25-30\ncue 10-14\ncue 35-41\ncue 90-95",
            "g0-p1 nested p0",
        );
        // A matched prediction is never nested.
        check(
            "T1\tCue 10 14\ta\nT2\tContent 0 40\tx\nE1\tCue:T1 Content:T2\n",
            "cue 10-14\ncue 11-12",
            "g0-p0 nested p1",
        );
    }

    #[test]
    fn empty_cues_lie_inside_any_content() {
        check(TWO, "cue 90-90", "nested p0");
    }
}
