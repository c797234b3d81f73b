//! How alike two wordings are: their content words (class terms weigh more),
//! their core (predicate and object classes and goal) weighted by how rare it
//! is in the corpus, and the best reading when either joins several clauses.
//! Scores only; whether a like pair may join is `conflicts.rs`'s to say.

use compact_str::CompactString;
use std::collections::HashMap;

use crate::analyze::matching::features::sorted_shared;
use crate::analyze::terms::{is_class, Terms};

/// How much a predicate or object class ("deploy", "troop", "weapon") counts
/// against an ordinary word when wordings are compared.
const CLASS_WEIGHT: f64 = 2.0;

/// How often each term occurs across the wordings being grouped: a class term
/// every wording shares ("troop" in a corpus about troops) says little.
pub struct Rarity {
    n: usize,
    classes: HashMap<CompactString, u32>,
    goals: HashMap<String, u32>,
}

impl Rarity {
    /// Counts the wordings each class term and each goal occurs in.
    pub fn of(terms: &[Terms]) -> Rarity {
        let mut classes: HashMap<CompactString, u32> = HashMap::new();
        let mut goals: HashMap<String, u32> = HashMap::new();
        for t in terms {
            // Counted without a new key string per occurrence.
            for w in t.words.iter().filter(|w| is_class(w)) {
                match classes.get_mut(w.as_str()) {
                    Some(n) => *n += 1,
                    None => {
                        classes.insert(w.clone(), 1);
                    }
                }
            }
            if let Some(g) = &t.goal {
                match goals.get_mut(g.as_str()) {
                    Some(n) => *n += 1,
                    None => {
                        goals.insert(g.clone(), 1);
                    }
                }
            }
        }
        Rarity {
            n: terms.len(),
            classes,
            goals,
        }
    }

    /// Inverse document frequency, in nats, of a count.
    fn idf(&self, df: Option<&u32>) -> f64 {
        let df = df.copied().unwrap_or(1).max(1) as f64;
        ((self.n.max(1) as f64 + 1.0) / df).ln()
    }
}

/// The weight below which a wording is too short for the overlap coefficient.
const MIN_OVERLAP_WEIGHT: f64 = 5.0;

/// The word similarity below which a shared core does not count.
const MIN_WORDS_FOR_CORE: f64 = 0.3;

/// How much the shared core must tell (nats of inverse document frequency)
/// before it counts: "troop" and "deploy" in a corpus about troop deployments
/// are not enough, "→Russia" or "experience" on top of them is.
const MIN_CORE_INFO: f64 = 3.0;

/// How alike two wordings are, 0 to 1: their [`word_similarity`], raised to the
/// mean of it and the core's overlap when they share an informative core (class
/// terms and goal); 0 when their subjects or goals disagree.
pub fn similarity(a: &Terms, b: &Terms, rarity: &Rarity) -> f64 {
    let subjects_agree = a.subjects.is_empty()
        || b.subjects.is_empty()
        || sorted_shared(&a.subjects, &b.subjects) > 0;
    let goals_agree = match (&a.goal, &b.goal) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    if !subjects_agree || !goals_agree {
        return 0.0;
    }
    let words = word_similarity(a, b);
    match core_similarity(a, b, rarity) {
        // A shared core lifts wordings that share words too, not two long
        // wordings that each hold "sent" and "dead" somewhere.
        Some(core) if words >= MIN_WORDS_FOR_CORE => words.max(0.5 * words + 0.5 * core),
        Some(_) => words,
        None => words,
    }
}

/// The weighted share of the smaller word set found in the other (class terms
/// weigh more than other words), blended with the weighted Jaccard.
pub fn word_similarity(a: &Terms, b: &Terms) -> f64 {
    let weight = |w: &str| if is_class(w) { CLASS_WEIGHT } else { 1.0 };
    let total = |t: &Terms| t.words.iter().map(|w| weight(w)).sum::<f64>();
    let (mut shared, mut n_shared) = (0.0, 0);
    let (mut i, mut j) = (0, 0);
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].cmp(&b.words[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += weight(&a.words[i]);
                n_shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let (ta, tb) = (total(a), total(b));
    let smaller = ta.min(tb);
    if smaller == 0.0 || n_shared < 2 {
        return 0.0;
    }
    let jaccard = shared / (ta + tb - shared);
    if smaller < MIN_OVERLAP_WEIGHT {
        // Two or three words found inside a long wording prove little.
        return jaccard;
    }
    let overlap = shared / smaller;
    0.7 * overlap + 0.3 * jaccard
}

/// The share of the smaller core (class terms and goal) found in the other,
/// when both wordings name a subject, agree in polarity and the shared core is
/// informative; `None` otherwise.
pub fn core_similarity(a: &Terms, b: &Terms, rarity: &Rarity) -> Option<f64> {
    if a.subjects.is_empty() || b.subjects.is_empty() || a.negated != b.negated {
        return None;
    }
    let size =
        |t: &Terms| t.words.iter().filter(|w| is_class(w)).count() + usize::from(t.goal.is_some());
    let (mut shared, mut info) = (0usize, 0.0);
    for w in a.words.iter().filter(|w| is_class(w)) {
        if b.words.binary_search(w).is_ok() {
            shared += 1;
            info += rarity.idf(rarity.classes.get(w));
        }
    }
    if let (Some(ga), Some(gb)) = (&a.goal, &b.goal) {
        if ga == gb {
            shared += 1;
            info += rarity.idf(rarity.goals.get(ga));
        }
    }
    if shared < 2 || info < MIN_CORE_INFO {
        return None;
    }
    Some(shared as f64 / size(a).min(size(b)) as f64)
}

/// The most alike readings of two wordings: the wholes, or a clause of one
/// against the other or its clauses (a wording that joins two propositions
/// supports each), with their similarity. Ties keep the wholes.
pub fn best_reading<'t>(
    a: &'t Terms,
    b: &'t Terms,
    rarity: &Rarity,
) -> (f64, &'t Terms, &'t Terms) {
    let mut best = (similarity(a, b, rarity), a, b);
    for x in std::iter::once(a).chain(&a.parts) {
        for y in std::iter::once(b).chain(&b.parts) {
            if std::ptr::eq(x, a) && std::ptr::eq(y, b) {
                continue;
            }
            let sim = similarity(x, y, rarity);
            if sim > best.0 {
                best = (sim, x, y);
            }
        }
    }
    best
}
