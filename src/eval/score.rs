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

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Serialize, Serializer};

use super::brat::{GoldAttribution, GoldSet, Offsets};
use crate::export::json::{AttributionRecord, WireSpan, SCHEMA};

/// Characters trimmed from span edges before exact comparison.
const EDGE: &str = " \t\n\"'“”‘’.,;:—–-()[]";

/// Precision, recall and F1 of one measure, unrounded. Serializes as
/// `[p, r, f1]` rounded to 3 decimals, as the Python scorer writes them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    /// The measures of `tp` hits among `predicted` predictions and `gold` gold
    /// items; 0 where a denominator is 0.
    pub fn new(tp: usize, predicted: usize, gold: usize) -> Self {
        let precision = ratio(tp, predicted);
        let recall = ratio(tp, gold);
        Prf {
            precision,
            recall,
            f1: f1(precision, recall),
        }
    }
}

impl Serialize for Prf {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [round3(self.precision), round3(self.recall), round3(self.f1)].serialize(serializer)
    }
}

/// The raw tallies behind [`Scores`], summed over documents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Gold attributions.
    pub gold: usize,
    /// Predictions counted (narrator rows and nested ones left out).
    pub pred: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Matched pairs whose trimmed cues are equal.
    pub cue_exact: usize,
    /// Gold attributions with a source.
    pub gold_source: usize,
    /// Counted predictions with a source mention.
    pub pred_source: usize,
    /// Matched pairs whose sources overlap.
    pub source_overlap: usize,
    /// Matched pairs with a gold source whose trimmed sources are equal.
    pub source_exact: usize,
    /// Content words of the gold attributions.
    pub gold_tokens: usize,
    /// Content words of the counted predictions.
    pub pred_tokens: usize,
    /// Content words shared by matched pairs.
    pub shared_tokens: usize,
    /// Matched pairs whose trimmed contents are equal.
    pub content_exact: usize,
    /// Matched pairs right on all three.
    pub all_three: usize,
    /// Gold attributions with a speech or report cue.
    pub gold_speech: usize,
    /// Of those, the matched ones.
    pub matched_speech: usize,
}

/// A predicted span whose `text` is not the slice of the file it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpanMismatch {
    /// The record's id.
    pub id: String,
    /// The span's start.
    pub start: usize,
    /// The span's end.
    pub end: usize,
    /// What the record says the span holds.
    pub said: String,
    /// What the file holds there.
    pub found: String,
}

impl fmt::Display for SpanMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let said: String = self.said.chars().take(40).collect();
        let found: String = self.found.chars().take(40).collect();
        write!(
            f,
            "pred: {}: span {}..{} says {said:?} but the file has {found:?}",
            self.id, self.start, self.end
        )
    }
}

/// How many of the mismatched spans [`Scores`] keeps as examples.
pub const MISMATCH_EXAMPLES: usize = 3;

/// The scores of a prediction set, shaped like the Python scorer's `--json`
/// output plus `version` and the raw `counts`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    /// Wire schema id.
    pub version: &'static str,
    /// Gold documents.
    pub documents: usize,
    /// Gold attributions.
    pub gold: usize,
    /// Predictions counted.
    pub predicted: usize,
    /// Attributions found (cue overlap).
    pub cue: Prf,
    /// Matched with equal trimmed cues.
    pub cue_exact: Prf,
    /// Matched with overlapping sources.
    pub source: Prf,
    /// Matched with equal trimmed sources.
    pub source_exact: Prf,
    /// Content words shared.
    pub content: Prf,
    /// Matched with equal trimmed contents.
    pub content_exact: Prf,
    /// Matched, source right (or both absent), content word F1 at least 0.5.
    pub all_three: Prf,
    /// Recall on gold attributions with a speech or report cue.
    #[serde(serialize_with = "serialize_round3")]
    pub speech_recall: f64,
    /// Predicted spans whose text is not the slice they name.
    pub span_mismatches: usize,
    /// The tallies the measures come from.
    pub counts: Counts,
    /// The first few mismatched spans, for the user to look at.
    #[serde(skip)]
    pub span_mismatch_examples: Vec<SpanMismatch>,
}

impl fmt::Display for Scores {
    /// The Python scorer's text report.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} documents, {} gold attributions, {} predicted (nested ones left out)",
            self.documents, self.gold, self.predicted
        )?;
        writeln!(f, "{:14}{:>7}{:>7}{:>7}", "", "P", "R", "F1")?;
        for (name, prf) in self.measures() {
            writeln!(
                f,
                "{name:14}{:7.3}{:7.3}{:7.3}",
                prf.precision, prf.recall, prf.f1
            )?;
        }
        writeln!(f, "speech/report-cue recall {:.3}", self.speech_recall)?;
        if self.span_mismatches > 0 {
            writeln!(f, "span mismatches {}", self.span_mismatches)?;
        }
        let (cue, source, content, all) = (self.cue, self.source, self.content, self.all_three);
        writeln!(
            f,
            "polnear: cue F1 {:.3} source F1 {:.3} content F1 {:.3} all-three F1 {:.3} (P {:.3} R {:.3})",
            cue.f1, source.f1, content.f1, all.f1, all.precision, all.recall
        )
    }
}

impl Scores {
    /// The P/R/F1 measures by name, in report order.
    pub fn measures(&self) -> [(&'static str, Prf); 7] {
        [
            ("cue", self.cue),
            ("cue_exact", self.cue_exact),
            ("source", self.source),
            ("source_exact", self.source_exact),
            ("content", self.content),
            ("content_exact", self.content_exact),
            ("all_three", self.all_three),
        ]
    }
}

/// Rounds to 3 decimals as Python's `round(x, 3)` does: the correctly rounded
/// decimal, ties to even.
pub fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

fn serialize_round3<S: Serializer>(x: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    round3(*x).serialize(serializer)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// A prediction reduced to what matching looks at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Predicted {
    pub(crate) source: Vec<Offsets>,
    pub(crate) cue: Vec<Offsets>,
    pub(crate) content: Vec<Offsets>,
}

fn offsets(span: &WireSpan) -> Offsets {
    let signed = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    Offsets::new(signed(span.start), signed(span.end))
}

impl Predicted {
    fn of(record: &AttributionRecord) -> Self {
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

fn any_overlap(xs: &[Offsets], ys: &[Offsets]) -> bool {
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

/// Python's `\w`: Unicode letters, numbers and `_`.
static WORD_CHAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\p{N}_]$").expect("valid regex"));

/// True for a character Python's `\w` matches.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let mut buf = [0; 4];
    WORD_CHAR.is_match(c.encode_utf8(&mut buf))
}

/// A text indexed by code point.
struct Text {
    chars: Vec<char>,
    word: Vec<bool>,
}

impl Text {
    fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let word = chars.iter().map(|&c| is_word_char(c)).collect();
        Text { chars, word }
    }

    /// The bounds Python's `text[start:end]` takes.
    fn bounds(&self, span: Offsets) -> (usize, usize) {
        let len = self.chars.len() as i64;
        let clamp = |i: i64| {
            let i = if i < 0 { i + len } else { i };
            i.clamp(0, len) as usize
        };
        let (lo, hi) = (clamp(span.start), clamp(span.end));
        (lo, hi.max(lo))
    }

    /// Python's `text[start:end]`.
    fn slice(&self, span: Offsets) -> String {
        let (lo, hi) = self.bounds(span);
        self.chars[lo..hi].iter().collect()
    }

    /// Python's `text[i]`, or `None` where Python would raise.
    fn at(&self, i: i64) -> Option<char> {
        let len = self.chars.len() as i64;
        let i = if i < 0 { i + len } else { i };
        usize::try_from(i)
            .ok()
            .and_then(|i| self.chars.get(i).copied())
    }

    /// The word tokens of the spans as `(start, end)` positions
    /// (`common.token_set`).
    fn token_set(&self, spans: &[Offsets]) -> HashSet<(i64, i64)> {
        let mut out = HashSet::new();
        for &span in spans {
            let (lo, hi) = self.bounds(span);
            let mut idx = lo;
            while idx < hi {
                if !self.word[idx] {
                    idx += 1;
                    continue;
                }
                let run_start = idx;
                while idx < hi && self.word[idx] {
                    idx += 1;
                }
                // Positions count from the span's start as given, as in Python.
                out.insert((
                    span.start + (run_start - lo) as i64,
                    span.start + (idx - lo) as i64,
                ));
            }
        }
        out
    }

    /// The spans sorted, their edges trimmed of [`EDGE`] characters, empty ones
    /// dropped.
    fn trimmed(&self, spans: &[Offsets]) -> Vec<Offsets> {
        let mut sorted = spans.to_vec();
        sorted.sort();
        let is_edge = |i: i64| self.at(i).is_some_and(|c| EDGE.contains(c));
        sorted
            .into_iter()
            .filter_map(|Offsets { mut start, mut end }| {
                while start < end && is_edge(start) {
                    start += 1;
                }
                while end > start && is_edge(end - 1) {
                    end -= 1;
                }
                (start < end).then_some(Offsets::new(start, end))
            })
            .collect()
    }

    /// True when the cue fragments, joined with spaces, contain a speech or report
    /// word (the `SPEECH` pattern of the Python scorer).
    fn is_speech_cue(&self, cue: &[Offsets]) -> bool {
        let joined: Vec<String> = cue.iter().map(|&c| self.slice(c)).collect();
        is_speech(&joined.join(" "))
    }
}

/// Cue words matched whole.
const SPEECH_WORDS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "wrote", "writes", "added", "adds",
    "asked", "deny", "denied", "denies",
];

/// Cue words matched as the start of a word (`report\w*`).
const SPEECH_STEMS: &[&str] = &[
    "report",
    "claim",
    "stat",
    "announc",
    "explain",
    "argu",
    "insist",
    "warn",
    "confirm",
    "acknowledg",
    "assert",
    "allege",
    "estimat",
    "predict",
    "note",
    "tweet",
    "recall",
];

/// Whether `c` matches the ASCII lowercase `literal` under Python's `re.I`.
fn folds_to(c: char, literal: char) -> bool {
    c == literal
        || c == literal.to_ascii_uppercase()
        || match literal {
            'i' => c == '\u{130}' || c == '\u{131}',
            'k' => c == '\u{212a}',
            's' => c == '\u{17f}',
            _ => false,
        }
}

fn word_is(word: &[char], literal: &str) -> bool {
    word.len() == literal.chars().count() && word_starts_with(word, literal)
}

fn word_starts_with(word: &[char], literal: &str) -> bool {
    word.len() >= literal.chars().count()
        && word
            .iter()
            .zip(literal.chars())
            .all(|(&c, l)| folds_to(c, l))
}

/// Python's `SPEECH.search(text)` as a predicate: every alternative is a word
/// or a word stem between `\b`s, so it suffices to look at whole words.
pub(crate) fn is_speech(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let word: Vec<bool> = chars.iter().map(|&c| is_word_char(c)).collect();
    let run_end = |start: usize| {
        (start..chars.len())
            .find(|&i| !word[i])
            .unwrap_or(chars.len())
    };
    let mut idx = 0;
    while idx < chars.len() {
        if !word[idx] {
            idx += 1;
            continue;
        }
        let end = run_end(idx);
        let this = &chars[idx..end];
        if SPEECH_WORDS.iter().any(|w| word_is(this, w))
            || SPEECH_STEMS.iter().any(|w| word_starts_with(this, w))
        {
            return true;
        }
        if word_is(this, "according")
            && chars.get(end) == Some(&' ')
            && word.get(end + 1) == Some(&true)
        {
            let next = &chars[end + 1..run_end(end + 1)];
            if word_is(next, "to") {
                return true;
            }
        }
        idx = end;
    }
    false
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

    fn check_speech(text: &str, expect: bool) {
        assert_eq!(is_speech(text), expect, "{text:?}");
    }

    #[test]
    fn speech_cues() {
        for yes in [
            "said",
            "Said",
            "has SAID",
            "according to",
            "reportedly",
            "denies",
            "stated",
            "ſaid",
            "tweeted",
            "said.",
        ] {
            check_speech(yes, true);
        }
        for no in [
            "according  to",
            "according tom",
            "unsaid",
            "saidx",
            "sai",
            "denying",
            "said_",
            "2said",
            "accordingly to",
            "ask",
        ] {
            check_speech(no, false);
        }
    }

    #[test]
    fn words_are_python_words() {
        let text = Text::new("it’s 2,000 x²_y e\u{301}t");
        let mut tokens: Vec<_> = text.token_set(&[Offsets::new(0, 19)]).into_iter().collect();
        tokens.sort();
        let words: Vec<String> = tokens
            .iter()
            .map(|&(s, e)| text.slice(Offsets::new(s, e)))
            .collect();
        assert_eq!(words, ["it", "s", "2", "000", "x²_y", "e", "t"]);
    }

    #[test]
    fn slices_as_python_does() {
        let text = Text::new("abcdef");
        let got: Vec<String> = [(1, 3), (-2, 6), (4, 2), (3, 99), (-99, 2)]
            .iter()
            .map(|&(s, e)| text.slice(Offsets::new(s, e)))
            .collect();
        assert_eq!(got, ["bc", "ef", "", "def", "ab"]);
    }

    #[test]
    fn trims_edges() {
        let text = Text::new("“Yes,” he said.");
        assert_eq!(text.trimmed(&[Offsets::new(0, 6)]), [Offsets::new(1, 4)]);
        assert_eq!(
            text.trimmed(&[Offsets::new(4, 7), Offsets::new(0, 2)]),
            [Offsets::new(1, 2)]
        );
    }

    #[test]
    fn rounds_as_python_does() {
        let got: Vec<f64> = [0.0625, 0.0005, 2.0 / 3.0, 0.1235, 1.0]
            .iter()
            .map(|&x| round3(x))
            .collect();
        assert_eq!(got, [0.062, 0.001, 0.667, 0.123, 1.0]);
    }
}
