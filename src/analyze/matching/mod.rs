//! Whether two wordings state one claim: a logistic model over the features of
//! the pair (`features.rs`), its weights fitted by `scripts/matching/fit.py` on
//! labelled pairs and committed in `weights.json` with the data named there.
//! The decision only proposes; figures, dates, polarity and legality that
//! conflict still forbid a join (`grouping/conflicts.rs`).

pub mod features;
pub mod wording;

use std::sync::OnceLock;

use serde::Deserialize;

use super::semantic::Table;
pub use wording::Wording;

/// The fitted model, as `scripts/matching/fit.py` writes it.
#[derive(Debug, Deserialize)]
pub struct Model {
    /// Feature names, in the order of `coef`: must equal [`features::NAMES`].
    pub features: Vec<String>,
    /// One weight per feature.
    pub coef: Vec<f64>,
    /// The bias.
    pub intercept: f64,
    /// The probability from which two wordings are one claim.
    pub threshold: f64,
    /// What the weights were fitted on, and how the threshold was chosen.
    pub fitted_on: String,
}

/// Wordings whose mean vectors' cosine is below this are never one claim
/// (of the pairs the model accepts on its fitting data, under 1% fall below).
const FAR_APART: f32 = 0.3;

/// Wordings sharing less than this (rarity-weighted Jaccard of their words)
/// are never one claim (under 1% of the pairs the model accepts on its
/// fitting data share less).
const FEW_SHARED: f64 = 0.08;

static WEIGHTS: &str = include_str!("weights.json");

impl Model {
    /// The model compiled into the binary.
    pub fn get() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            let m: Model = serde_json::from_str(WEIGHTS).expect("weights.json is well formed");
            assert_eq!(
                m.features,
                features::NAMES,
                "weights.json names the features in order"
            );
            m
        })
    }

    /// The probability that two wordings state one claim; 0 without a look
    /// at the details when their meanings are far apart.
    pub fn probability(&self, a: &Wording, b: &Wording) -> f64 {
        if a.cosine(b) < FAR_APART || features::idf_overlap(&a.rare, &b.rare).0 < FEW_SHARED {
            return 0.0;
        }
        self.score(&features::of(a, b))
    }

    /// The probability for a pair's features.
    pub fn score(&self, x: &[f64; features::N]) -> f64 {
        let z: f64 = self.intercept + self.coef.iter().zip(x).map(|(w, v)| w * v).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// Reads a wording against the table compiled in.
pub fn wording(text: &str) -> Wording {
    Wording::of(text, Table::get_static())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: &str, b: &str) -> f64 {
        Model::get().probability(&wording(a), &wording(b))
    }

    #[test]
    fn a_paraphrase_scores_above_a_different_fact_of_the_same_story() {
        let same = p(
            "former Sen. John Warner has died at 94",
            "John Warner, the former senator from Virginia, passed away at the age of 94",
        );
        let other = p(
            "former Sen. John Warner has died at 94",
            "John Warner served five terms in the Senate",
        );
        assert!(same > other, "{same} vs {other}");
    }

    #[test]
    fn the_same_words_are_one_claim() {
        let m = Model::get();
        let s = "daily Covid cases fell below 30,000 for the first time since June";
        assert!(m.probability(&wording(s), &wording(s)) >= m.threshold);
    }
}
