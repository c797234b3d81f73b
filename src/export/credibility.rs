//! Credibility reasons as codes: `graph.json` and `graph.graphml` write a
//! claim's credibility as its score and a code (`CONTRACT.md`, "Credibility
//! codes"), not a sentence per claim; the database and `claims.csv` keep the
//! sentence, rendered back from the code. Each code has one wording, with `{n}`
//! the claim's independent sources and `{m}` its `against` (the independent
//! sources of the strongest claim contradicting it).
//!
//! A reason no code renders exactly (new wording in `analyze`) is written as
//! `other` with the reason itself, so nothing is lost. Pure.

use super::json::WireCredibilityCode;
use crate::model::Corpus;

/// Every code but `other`, and its wording.
pub const CODES: [(&str, &str); 10] = [
    ("many-sources", "{n} independent sources, not contradicted"),
    ("two-sources", "two independent sources, not contradicted"),
    ("one-source", "one independent source, not contradicted"),
    (
        "outlets-only",
        "stated by {n} outlets in their own voice, none naming a source",
    ),
    ("publisher-only", "stated only in the publisher's own voice"),
    (
        "contested-ahead",
        "{n} independent sources, contradicted by a claim with {m}",
    ),
    (
        "contested-even",
        "{n} independent sources against {m} contradicting",
    ),
    (
        "contested-behind",
        "{n} independent sources against {m} contradicting",
    ),
    (
        "denied",
        "denied by {n} independent source(s); nobody asserts it",
    ),
    ("only-denied", "no source asserts it; it is only denied"),
];

/// The code of a reason that no code renders: the reason is kept beside it.
pub const OTHER: &str = "other";

/// The label of an Admiralty credibility score; anything outside 1..=5 cannot be
/// judged.
pub fn label(score: u8) -> &'static str {
    match score {
        1 => "confirmed",
        2 => "probably true",
        3 => "possibly true",
        4 => "doubtful",
        5 => "improbable",
        _ => "cannot be judged",
    }
}

/// The wording of `code` for a claim with `n` independent sources and
/// `against` those of the strongest claim contradicting it; `None` for an
/// unknown code.
pub fn render(code: &str, n: usize, against: Option<usize>) -> Option<String> {
    let (_, wording) = CODES.iter().find(|(c, _)| *c == code)?;
    let mut text = wording.replace("{n}", &n.to_string());
    if text.contains("{m}") {
        text = text.replace("{m}", &against?.to_string());
    }
    Some(text)
}

/// The compact form of a claim's credibility: its score, and the code whose
/// wording (with `n` independent sources) is exactly `reason`, or `other` with
/// the reason. Scores with the same wording tell the contested codes apart.
/// Allocates nothing: it runs for every claim of every file written.
pub fn encode<'t, S: From<&'t str>>(
    score: u8,
    reason: &'t str,
    n: usize,
) -> WireCredibilityCode<S> {
    let found = CODES.iter().find_map(|(code, wording)| {
        let is_score = match *code {
            "contested-even" => score == 4,
            "contested-behind" => score == 5,
            _ => true,
        };
        let against = is_score.then(|| fill(wording, reason, n))??;
        Some((*code, against))
    });
    match found {
        Some((code, against)) => WireCredibilityCode {
            score,
            code: S::from(code),
            against,
            reason: None,
        },
        None => WireCredibilityCode {
            score,
            code: S::from(OTHER),
            against: None,
            reason: Some(S::from(reason)),
        },
    }
}

/// The compact credibility of every claim of `corpus`, by claim id, encoded
/// once for all the files that write it (in parallel: it reads every reason).
pub fn of_claims(corpus: &Corpus) -> Vec<WireCredibilityCode<&str>> {
    use rayon::prelude::*;
    corpus
        .claims
        .par_iter()
        .map(|claim| {
            let analysis = &claim.analysis;
            // A score outside the scale cannot be judged.
            let score = if (1..=6).contains(&analysis.credibility) {
                analysis.credibility
            } else {
                6
            };
            encode(
                score,
                &analysis.credibility_reason,
                analysis.independent_sources,
            )
        })
        .collect()
}

/// Whether `text` is `wording` with `{n}` written as `n` and `{m}` as some
/// number: then that number (`None` for a wording without `{m}`).
fn fill(wording: &str, text: &str, n: usize) -> Option<Option<usize>> {
    let mut pieces = wording.split('{');
    let mut rest = text.strip_prefix(pieces.next()?)?;
    let mut against = None;
    for piece in pieces {
        let (name, literal) = piece.split_once('}')?;
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        // As `render` writes numbers: no sign, no leading zero.
        if digits == 0 || digits > 1 && rest.starts_with('0') {
            return None;
        }
        let number: usize = rest[..digits].parse().ok()?;
        match name {
            "n" if number == n => {}
            "m" => against = Some(number),
            _ => return None,
        }
        rest = rest[digits..].strip_prefix(literal)?;
    }
    rest.is_empty().then_some(against)
}

impl<S: AsRef<str>> WireCredibilityCode<S> {
    /// The label of the score ("confirmed" … "cannot be judged").
    pub fn label(&self) -> &'static str {
        label(self.score)
    }

    /// The reason in words, for a claim with `n` independent sources.
    pub fn reason(&self, n: usize) -> String {
        match &self.reason {
            Some(reason) => reason.as_ref().to_string(),
            None => render(self.code.as_ref(), n, self.against).unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reasons `analyze::credibility::grade` gives (private there), with
    /// their score and `n`: each encodes to a code, not `other`, and renders
    /// back to itself.
    #[test]
    fn every_reason_of_analyze_round_trips_through_its_code() {
        let reasons = [
            (
                1,
                3,
                "3 independent sources, not contradicted",
                "many-sources",
            ),
            (
                2,
                2,
                "two independent sources, not contradicted",
                "two-sources",
            ),
            (
                3,
                1,
                "one independent source, not contradicted",
                "one-source",
            ),
            (
                3,
                14,
                "stated by 14 outlets in their own voice, none naming a source",
                "outlets-only",
            ),
            (
                6,
                1,
                "stated only in the publisher's own voice",
                "publisher-only",
            ),
            (
                3,
                2,
                "2 independent sources, contradicted by a claim with 1",
                "contested-ahead",
            ),
            (
                4,
                2,
                "2 independent sources against 2 contradicting",
                "contested-even",
            ),
            (
                5,
                1,
                "1 independent sources against 12 contradicting",
                "contested-behind",
            ),
            (
                5,
                2,
                "denied by 2 independent source(s); nobody asserts it",
                "denied",
            ),
            (
                6,
                0,
                "no source asserts it; it is only denied",
                "only-denied",
            ),
        ];
        for (score, n, reason, code) in reasons {
            let wire = encode::<String>(score, reason, n);
            assert_eq!(wire.code, code, "{reason}");
            assert_eq!(wire.reason(n), reason);
            assert!(wire.reason.is_none(), "{reason}");
        }
        assert_eq!(reasons.len(), CODES.len());
        // The number in a wording is `n` only when it is the claim's, written
        // as `render` writes it.
        for (n, reason) in [
            (4, "3 independent sources, not contradicted"),
            (3, "03 independent sources, not contradicted"),
            (3, "3 independent sources, not contradicted."),
            (3, "3 independent sources against  contradicting"),
        ] {
            assert_eq!(encode::<String>(1, reason, n).code, OTHER, "{reason}");
        }
    }

    #[test]
    fn an_unknown_reason_is_kept() {
        let wire = encode::<String>(3, "one named analyst", 1);
        assert_eq!(wire.code, OTHER);
        assert_eq!(wire.reason(1), "one named analyst");
        let wire = encode::<String>(6, "", 0);
        assert_eq!((wire.code.as_str(), wire.reason(0)), (OTHER, String::new()));
    }
}
