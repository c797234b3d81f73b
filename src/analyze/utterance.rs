//! Repetitions of one statement: the same words quoted in several articles, a
//! fragment quoted inside the whole passage, one sentence read twice, or one
//! outlet's text copied by another are one utterance and count as one source
//! however each article names the speaker. Pure; bounded work per member.

use std::collections::BTreeSet;

use super::grouping;
use super::terms::Terms;
use crate::model::{QuoteKind, ResolvedAttribution};

/// For each member of a claim (positions into `members`), the position of the
/// first member of its utterance: itself unless it repeats an earlier one (the
/// same quotation, a fragment of it, its words reported without quotation
/// marks, the same words of its article read twice, or the same narration).
/// Repetitions chain ("admit I'm" and "admit that I'm" are one utterance when
/// both lie inside the whole passage).
pub fn first_speakers(
    members: &[usize],
    attributions: &[ResolvedAttribution],
    terms: &[Terms],
    texts: &[String],
) -> Vec<usize> {
    let mut root: Vec<usize> = (0..members.len()).collect();
    let find = |root: &[usize], mut x: usize| {
        while root[x] != x {
            x = root[x];
        }
        x
    };
    // Each member is compared with a bounded number of the members of its
    // voice (credited, or the publishers' own) before it, so a huge claim
    // costs linear time.
    if members.len() < 2 {
        return (0..members.len()).collect();
    }
    // Each member's words are read once.
    let read: Vec<Words> = members
        .iter()
        .map(|&i| Words::of(&attributions[i], &texts[i]))
        .collect();
    let narrated = |k: &usize| attributions[members[*k]].raw.quote == QuoteKind::Narrator;
    let (narrations, credited): (Vec<usize>, Vec<usize>) = (0..members.len()).partition(narrated);
    for (x, &k) in narrations.iter().enumerate() {
        for &j in &narrations[x.saturating_sub(UTTERANCE_REACH)..x] {
            if same_narration(&read[j], &read[k]) {
                let (rj, rk) = (find(&root, j), find(&root, k));
                root[rj.max(rk)] = rj.min(rk);
            }
        }
    }
    for (x, &k) in credited.iter().enumerate() {
        let i = members[k];
        for &j in &credited[x.saturating_sub(UTTERANCE_REACH)..x] {
            let m = members[j];
            let (a, b) = (&attributions[m], &attributions[i]);
            // Joint sources ("Moscow and Pyongyang denied …") share one span:
            // two speakers.
            let joint = a.doc == b.doc && a.raw.content == b.raw.content;
            let repeats = !joint
                && (overlapping(a, b)
                    || same_utterance(a, b, &terms[m], &terms[i])
                    || quotes_within(&read[j], &read[k])
                    || shared_words(&read[j], &read[k]));
            if repeats {
                let (rj, rk) = (find(&root, j), find(&root, k));
                root[rj.max(rk)] = rj.min(rk);
            }
        }
    }
    (0..members.len()).map(|k| find(&root, k)).collect()
}

/// True when two attributions of one article share words of their content:
/// one statement read twice (its headline and its body cue, or two cues of one
/// sentence).
fn overlapping(a: &ResolvedAttribution, b: &ResolvedAttribution) -> bool {
    a.doc == b.doc
        && a.raw.content.iter().any(|x| {
            b.raw
                .content
                .iter()
                .any(|y| x.start < y.end && y.start < x.end)
        })
}

/// How many earlier members of its claim each member is compared with.
const UTTERANCE_REACH: usize = 64;

/// A direct or mixed quotation: words that may be repeated elsewhere.
fn is_quotation(a: &ResolvedAttribution) -> bool {
    matches!(a.raw.quote, QuoteKind::Direct | QuoteKind::Mixed)
}

/// Two direct quotations with nearly the same words: one utterance, in one article or relayed by several, whatever name each
/// repetition gives its speaker.
fn same_utterance(
    a: &ResolvedAttribution,
    b: &ResolvedAttribution,
    ta: &Terms,
    tb: &Terms,
) -> bool {
    is_quotation(a) && is_quotation(b) && grouping::word_similarity(ta, tb) >= SAME_UTTERANCE
}

/// A wording's words, read once for every comparison within its claim.
struct Words {
    /// A quotation (direct or mixed).
    quoted: bool,
    /// Every word, in order.
    seq: Vec<String>,
    /// The distinct words.
    set: BTreeSet<String>,
    /// The passages it quotes, each in words: all of a direct quotation, the
    /// passages inside quotation marks of a mixed one.
    passages: Vec<Vec<String>>,
}

impl Words {
    fn of(a: &ResolvedAttribution, text: &str) -> Words {
        let seq = words(text);
        let passages = match a.raw.quote {
            QuoteKind::Direct => vec![seq.clone()],
            QuoteKind::Mixed => quoted_passages(text).into_iter().map(words).collect(),
            _ => Vec::new(),
        };
        Words {
            quoted: is_quotation(a),
            set: seq.iter().cloned().collect(),
            seq,
            passages,
        }
    }
}

/// True when a quoted passage of one, five words or more, lies word for word
/// inside the other's quotation: a fragment of the same utterance ("I'm not
/// ashamed to admit I'm a Christian" inside the whole passage; the quoted words
/// of a mixed quotation inside a direct one).
fn quotes_within(a: &Words, b: &Words) -> bool {
    let inside = |x: &Words, y: &Words| {
        x.passages.iter().any(|short| {
            short.len() >= MIN_FRAGMENT
                && short.len() <= y.seq.len()
                && y.seq.windows(short.len()).any(|w| w == short.as_slice())
        })
    };
    a.quoted && b.quoted && (inside(a, b) || inside(b, a))
}

/// The passages inside quotation marks.
fn quoted_passages(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(at + c.len_utf8()),
            ('"', None) => open = Some(at + 1),
            ('”' | '"', Some(from)) => {
                out.push(&text[from..at]);
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The words of a quotation, lowercased, apostrophes made straight.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('’', "'").to_lowercase())
        .collect()
}

/// True when two wordings, one of them a quotation (direct or mixed), are
/// cuts of one passage: most of the shorter's words (four in five) are in the
/// longer, whoever is named as the speaker (a headline quoting it too) and
/// whatever clause one of them runs on into.
pub fn same_words(
    a: &ResolvedAttribution,
    b: &ResolvedAttribution,
    text_a: &str,
    text_b: &str,
) -> bool {
    shared_words(&Words::of(a, text_a), &Words::of(b, text_b))
}

/// [`same_words`] over words already read.
fn shared_words(a: &Words, b: &Words) -> bool {
    (a.quoted || b.quoted) && share(a, b, MIN_FRAGMENT, (4, 5))
}

/// True when two outlets narrate in the same words (ten or more, nine in ten
/// of them shared): one report syndicated or copied, not two.
fn same_narration(a: &Words, b: &Words) -> bool {
    share(a, b, MIN_NARRATION, (9, 10))
}

/// True when the smaller word set has `least` words or more and the share
/// `num / den` of them is in the other.
fn share(a: &Words, b: &Words, least: usize, (num, den): (usize, usize)) -> bool {
    let smaller = a.set.len().min(b.set.len());
    smaller >= least && den * a.set.intersection(&b.set).count() >= num * smaller
}

/// The fewest distinct words two narrations need to be recognised as one.
const MIN_NARRATION: usize = 10;

/// The fewest words a quoted fragment needs to be recognised inside another.
const MIN_FRAGMENT: usize = 5;

/// How alike, word for word, two quotations must be to be one utterance.
const SAME_UTTERANCE: f64 = 0.8;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::terms;
    use crate::model::{Attribution, ByteSpan, ClaimId, SourceId, Stance};
    use crate::resolve::AliasTable;

    /// `quotes` are (article, speaker, kind, words); returns each one's first speaker.
    fn firsts(quotes: &[(usize, u32, QuoteKind, &str)]) -> Vec<usize> {
        let table = AliasTable::builtin();
        let texts: Vec<String> = quotes.iter().map(|q| q.3.to_string()).collect();
        let attributions: Vec<ResolvedAttribution> = quotes
            .iter()
            .enumerate()
            .map(|(k, &(doc, source, quote, words))| ResolvedAttribution {
                id: format!("a:{k}"),
                doc,
                raw: Attribution {
                    source: None,
                    cue: None,
                    content: vec![ByteSpan::new(0, words.len())],
                    quote,
                    stance: Stance::Asserts,
                    via: Vec::new(),
                    sentence: ByteSpan::new(0, words.len()),
                    continues: false,
                },
                source: SourceId(source),
                mention: None,
                via: Vec::new(),
                claim: ClaimId(0),
            })
            .collect();
        let terms: Vec<Terms> = texts.iter().map(|t| terms::of(t, &table)).collect();
        let members: Vec<usize> = (0..quotes.len()).collect();
        first_speakers(&members, &attributions, &terms, &texts)
    }

    #[test]
    fn cuts_of_one_passage_have_the_same_words() {
        let make = |quote: QuoteKind| ResolvedAttribution {
            id: String::new(),
            doc: 0,
            raw: Attribution {
                source: None,
                cue: None,
                content: Vec::new(),
                quote,
                stance: Stance::Asserts,
                via: Vec::new(),
                sentence: ByteSpan::new(0, 0),
                continues: false,
            },
            source: SourceId(0),
            mention: None,
            via: Vec::new(),
            claim: ClaimId(0),
        };
        let (direct, narrator) = (make(QuoteKind::Direct), make(QuoteKind::Narrator));
        let long = "That's why so many people I grew up with have cancer and why for the longest time Delaware had the highest cancer rate";
        let cut = "That’s why so many people I grew up [with] have cancer, and I why can’t for the longest time, Delaware had the highest cancer rate";
        assert!(same_words(&direct, &direct, long, cut));
        assert!(same_words(
            &narrator,
            &direct,
            "Policy 'openly discriminates against white teachers based only on the color of their skin,' lawyer says",
            "The agreement openly discriminates against white teachers based only on the color of their skin, and not their seniority"
        ));
        // Two narrations, or different words, are not one passage.
        assert!(!same_words(&narrator, &narrator, long, cut));
        assert!(!same_words(
            &direct,
            &direct,
            long,
            "North Korea has not sent troops to Russia at all"
        ));
    }

    #[test]
    fn one_span_read_twice_is_one_utterance_and_a_joint_one_is_two() {
        use QuoteKind::{Indirect, Mixed};
        // (Each wording's span starts at 0 of its article: the two overlap.)
        assert_eq!(
            firsts(&[
                (0, 1, Indirect, "the talks had failed, ABC News reported"),
                (0, 2, Indirect, "the talks had failed"),
            ]),
            [0, 0]
        );
        assert_eq!(
            firsts(&[
                (0, 1, Mixed, "the reports as “fake news”"),
                (0, 2, Mixed, "the reports as “fake news”"),
            ]),
            [0, 1]
        );
    }

    #[test]
    fn the_quoted_words_of_a_mixed_quotation_inside_a_direct_one_are_one_utterance() {
        use QuoteKind::{Direct, Mixed};
        let direct = "There is a growing group of folks realizing that we don't have a lot of cards as it relates to the tax issue, before year-end";
        assert_eq!(
            firsts(&[
                (0, 1, Direct, direct),
                (1, 2, Mixed, "on Fox, he was beginning to realize “that we don’t have a lot of cards as it relates to the tax issue” — but that a deal could come"),
                (2, 3, Mixed, "he said a deal on the tax issue was “a matter of cards and timing”"),
            ]),
            [0, 0, 2]
        );
    }

    #[test]
    fn outlets_narrating_in_the_same_words_are_one_report() {
        use QuoteKind::Narrator;
        let copy = "GOP lawmakers are loath to see a government shutdown on their watch just weeks before the midterm elections";
        assert_eq!(
            firsts(&[
                (0, 1, Narrator, copy),
                (1, 2, Narrator, copy),
                (2, 3, Narrator, "Republican lawmakers want no shutdown before the elections, party aides said on Monday"),
            ]),
            [0, 0, 2]
        );
    }

    #[test]
    fn fragments_of_one_passage_are_one_utterance() {
        use QuoteKind::{Direct, Indirect};
        let whole = "I'm not ashamed to admit that I'm a Christian, but you don't need to be in the pew every Sunday";
        assert_eq!(
            firsts(&[
                (0, 1, Direct, whole),
                (1, 2, Direct, "I'm not ashamed to admit I'm a Christian"),
                (
                    2,
                    3,
                    Direct,
                    "I’m not ashamed to admit that I’m a Christian"
                ),
            ]),
            [0, 0, 0]
        );
        // The words reported without quotation marks are the same utterance;
        // four words are too few to tell, and other words are another one.
        assert_eq!(
            firsts(&[
                (0, 1, Direct, whole),
                (
                    1,
                    2,
                    Indirect,
                    "he’s not ashamed to admit that he’s a Christian, but you don’t need to be in the pew every Sunday"
                ),
                (2, 3, Direct, "to admit that I'm"),
                (
                    3,
                    4,
                    Indirect,
                    "the governor was proud of his faith and of his state"
                ),
            ]),
            [0, 0, 2, 3]
        );
    }
}
