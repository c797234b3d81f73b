//! A wording's word n-grams, sorted once for all the pairs it is compared in:
//! the stems one, two and three at a time (with repeats) and the words two at
//! a time (unique). Longer n-grams are kept as one 64-bit hash each, which
//! compare as the n-grams do (a collision between two of the few n-grams of
//! one pair is far less likely than one bit flipped by the hardware).

/// The sorted n-grams of one wording.
#[derive(Clone, Debug, Default)]
pub struct Grams {
    /// The stems, sorted, with repeats.
    pub stems1: Vec<u64>,
    /// The stems two at a time (hashed), sorted, with repeats.
    pub stems2: Vec<u64>,
    /// The stems three at a time (hashed), sorted, with repeats.
    pub stems3: Vec<u64>,
    /// The words two at a time (hashed), sorted, unique.
    pub bigrams: Vec<u64>,
}

impl Grams {
    /// The n-grams of a wording's stems and words (each hashed, in order).
    pub fn of(stems: &[u64], words: &[u64]) -> Grams {
        let sorted = |mut v: Vec<u64>| {
            v.sort_unstable();
            v
        };
        let mut bigrams = sorted(words.windows(2).map(window).collect());
        bigrams.dedup();
        Grams {
            stems1: sorted(stems.to_vec()),
            stems2: sorted(stems.windows(2).map(window).collect()),
            stems3: sorted(stems.windows(3).map(window).collect()),
            bigrams,
        }
    }
}

/// One hash of a run of word hashes: each step mixed (SplitMix64's finaliser,
/// a bijection), so that runs of other words do not meet by arithmetic.
fn window(run: &[u64]) -> u64 {
    run.iter().fold(0x243f_6a88_85a3_08d3, |h, &w| mix(h ^ w))
}

/// SplitMix64's finaliser.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_hash_by_their_words_and_order() {
        assert_eq!(window(&[1, 2]), window(&[1, 2]));
        assert_ne!(window(&[1, 2]), window(&[2, 1]));
        assert_ne!(window(&[1, 2, 3]), window(&[1, 2]));
        let g = Grams::of(&[3, 1, 3], &[7, 8, 7, 8]);
        assert_eq!(g.stems1, vec![1, 3, 3]);
        assert_eq!(g.stems2.len(), 2);
        assert_eq!(g.stems3.len(), 1);
        // (7, 8) twice and (8, 7) once: two unique bigrams.
        assert_eq!(g.bigrams.len(), 2);
    }
}
