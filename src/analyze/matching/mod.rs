//! Whether two wordings state one claim: gradient boosted trees over the
//! features of the pair (`features.rs`), fitted by `scripts/matching/fit.py` on
//! labelled pairs and committed in `weights.json` with the data named there.
//! The decision only proposes; figures, dates, polarity and legality that
//! conflict still forbid a join (`grouping/conflicts.rs`).

pub mod features;
mod flat;
mod grams;
#[cfg(test)]
mod proptests;
pub mod wording;

use std::sync::OnceLock;

use serde::Deserialize;

pub use wording::Wording;

/// The fitted model, as `scripts/matching/fit.py` writes it.
#[derive(Debug, Deserialize)]
pub struct Model {
    /// Feature names, in the order the trees index them: must equal
    /// [`features::NAMES`].
    pub features: Vec<String>,
    /// The log-odds before any tree.
    pub base: f64,
    /// What each tree's leaf value is scaled by.
    pub learning_rate: f64,
    /// The probability from which two wordings are one claim.
    pub threshold: f64,
    /// What the model was fitted on, and how the threshold was chosen.
    pub fitted_on: String,
    /// Pairs' features with the probability scikit-learn gave them, for tests.
    pub checks: Vec<Check>,
    /// The trees.
    pub trees: Vec<Tree>,
    /// The trees laid out for the walk (filled at load).
    #[serde(skip)]
    flat: flat::Forest,
}

/// One pair's features and the probability the fitting gave them.
#[derive(Debug, Deserialize)]
pub struct Check {
    /// Features, in [`features::NAMES`] order.
    pub x: Vec<f64>,
    /// Probability.
    pub p: f64,
}

/// One regression tree, in scikit-learn's layout: node `n` goes left when
/// `x[feature[n]] <= threshold[n]`; a leaf has feature -1 and gives `value[n]`.
#[derive(Debug, Deserialize)]
pub struct Tree {
    feature: Vec<i32>,
    threshold: Vec<f64>,
    left: Vec<i32>,
    right: Vec<i32>,
    value: Vec<f64>,
}

impl Tree {
    /// Every inner node names a feature and two later nodes: the walk ends.
    fn is_well_formed(&self) -> bool {
        let n = self.feature.len();
        [
            self.threshold.len(),
            self.left.len(),
            self.right.len(),
            self.value.len(),
        ]
        .iter()
        .all(|&l| l == n)
            && (0..n).all(|k| {
                let f = self.feature[k];
                f < 0
                    || (f as usize) < features::N
                        && [self.left[k], self.right[k]]
                            .iter()
                            .all(|&c| c as usize > k && (c as usize) < n)
            })
    }

    /// The leaf value for a pair's features (compared as 32-bit floats, as
    /// scikit-learn compares them): the walk `flat.rs` speeds up, kept to
    /// check it.
    #[cfg(test)]
    fn leaf(&self, x: &[f64; features::N]) -> f64 {
        let mut k = 0usize;
        while let Ok(f) = usize::try_from(self.feature[k]) {
            let v = f64::from(x[f] as f32);
            k = if v <= self.threshold[k] {
                self.left[k]
            } else {
                self.right[k]
            } as usize;
        }
        self.value[k]
    }
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
            let mut m: Model = serde_json::from_str(WEIGHTS).expect("weights.json is well formed");
            assert_eq!(
                m.features,
                features::NAMES,
                "weights.json names the features in order"
            );
            assert!(
                m.trees.iter().all(Tree::is_well_formed),
                "weights.json holds well-formed trees"
            );
            m.flat = flat::Forest::of(&m.trees);
            m
        })
    }

    /// The probability that two wordings state one claim; 0 without a look
    /// at the details when their meanings are far apart.
    pub fn probability(&self, a: &Wording, b: &Wording) -> f64 {
        // The overlap first: it stops more pairs, and it is a walk of two
        // short lists where the cosine may first work out two mean vectors.
        let overlap = features::idf_overlap(&a.rare(), &b.rare());
        if overlap.0 < FEW_SHARED || a.cosine(b) < FAR_APART {
            return 0.0;
        }
        self.score(&features::with_overlap(a, b, overlap))
    }

    /// The probability for a pair's features.
    pub fn score(&self, x: &[f64; features::N]) -> f64 {
        let z = self.base + self.learning_rate * self.flat.sum(x);
        1.0 / (1.0 + (-z).exp())
    }
}

/// Reads a wording against the table compiled in.
pub fn wording(text: &str) -> Wording<'_> {
    Wording::of(text)
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
    fn the_trees_walk_to_the_probabilities_the_fitting_gave() {
        let m = Model::get();
        assert!(!m.checks.is_empty());
        for c in &m.checks {
            let x: [f64; features::N] = c.x.as_slice().try_into().expect("N features");
            let p = m.score(&x);
            assert!((p - c.p).abs() < 1e-9, "{p} vs {}", c.p);
        }
    }

    #[test]
    fn the_flat_forest_walks_as_the_trees_do() {
        let m = Model::get();
        let mut x = [0.0f64; features::N];
        // Every threshold, just below, at and just above it, in every feature.
        for t in &m.trees {
            for (k, &f) in t.feature.iter().enumerate() {
                let Ok(f) = usize::try_from(f) else { continue };
                for v in [
                    t.threshold[k],
                    t.threshold[k] * (1.0 - 1e-9),
                    t.threshold[k] * (1.0 + 1e-9),
                    t.threshold[k] + 1e-7,
                    t.threshold[k] - 1e-7,
                ] {
                    x[f] = v;
                    let slow = m.trees.iter().map(|t| t.leaf(&x)).sum::<f64>();
                    assert_eq!(m.flat.sum(&x).to_bits(), slow.to_bits(), "{x:?}");
                }
            }
        }
    }

    #[test]
    fn the_same_words_are_one_claim() {
        let m = Model::get();
        let s = "daily Covid cases fell below 30,000 for the first time since June";
        assert!(m.probability(&wording(s), &wording(s)) >= m.threshold);
    }
}
