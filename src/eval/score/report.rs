//! What scoring reports: [`Prf`] measures, the raw [`Counts`] behind them, the
//! [`Scores`] of a prediction set with its text report (the Python scorer's) and
//! its JSON form (rounded to 3 decimals as Python rounds), and the
//! [`SpanMismatch`]es found on the way. Arithmetic and formatting only: no
//! matching, no text.

use std::fmt;

use serde::{Serialize, Serializer};

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

pub(super) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub(super) fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_as_python_does() {
        let got: Vec<f64> = [0.0625, 0.0005, 2.0 / 3.0, 0.1235, 1.0]
            .iter()
            .map(|&x| round3(x))
            .collect();
        assert_eq!(got, [0.062, 0.001, 0.667, 0.123, 1.0]);
    }
}
