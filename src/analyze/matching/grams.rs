//! A wording's word n-grams, sorted once for all the pairs it is compared in:
//! the stems one, two and three at a time (with repeats) and the words two at
//! a time (unique). Longer n-grams are kept as one 64-bit hash each, which
//! compare as the n-grams do (a collision between two of the few n-grams of
//! one pair is far less likely than one bit flipped by the hardware). Also
//! the hashed character trigrams of a text.

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

/// Hashed lowercase character trigrams of a text, white space folded: the
/// last three characters kept as the text is read, no copy of it.
pub fn trigrams(text: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(text.len());
    let mut window = ['\0'; 3];
    let mut seen = 0usize;
    let mut space = false;
    let mut read = |c: char| {
        let c = if c.is_whitespace() {
            if space {
                return;
            }
            space = true;
            ' '
        } else {
            space = false;
            c
        };
        window = [window[1], window[2], c];
        seen += 1;
        if seen >= 3 {
            let mut h: u32 = 0x811c9dc5;
            for c in window {
                h ^= c as u32;
                h = h.wrapping_mul(0x01000193);
            }
            out.push(h);
        }
    };
    for c in text.chars() {
        // An ASCII letter lowercases to one ASCII letter, without the
        // general mapping's iterator.
        if c.is_ascii() {
            read(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut read);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
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

    #[test]
    fn trigrams_are_those_of_the_folded_text() {
        let text = "  North  KOREA\n\tsent troops — ΟΔΟΣ ";
        let folded: String = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .flat_map(char::to_lowercase)
            .collect();
        let folded = format!(" {folded} ");
        let chars: Vec<char> = folded.chars().collect();
        let mut want: Vec<u32> = chars
            .windows(3)
            .map(|w| {
                w.iter().fold(0x811c9dc5u32, |h, c| {
                    (h ^ *c as u32).wrapping_mul(0x01000193)
                })
            })
            .collect();
        want.sort_unstable();
        want.dedup();
        assert_eq!(trigrams(text), want);
        assert!(trigrams("ab").is_empty());
    }
}
