//! Fills in what an elliptical wording leaves to its context, before grouping.
//! "More than 12,000 were predicted to arrive" names no entity: its subjects come
//! from the rest of its sentence (the source's own mention left out), or else from
//! the attribution just before it in the same paragraph, whose predicate and
//! object classes it also takes ("over 13,000 containers had been shipped" after
//! "Pyongyang has helped Russian forces with munitions"). A wording that only
//! vouches for what came before ("he considered the reports accurate") is linked
//! takes that attribution's wording whole: it asserts the same proposition. Pure; looks only within one
//! article and only backwards, a bounded distance.

use compact_str::CompactString;
use rayon::prelude::*;

use super::terms::{self, Terms};
use crate::model::{Article, ByteSpan, ResolvedAttribution, Stance};
use crate::resolve::AliasTable;

/// How far back (bytes) the previous attribution may start to lend its topic.
const WINDOW: usize = 700;

/// Nouns that point back to an earlier statement.
const POINTERS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "account",
    "accounts",
    "assessment",
    "assessments",
    "estimate",
    "estimates",
    "figure",
    "figures",
    "findings",
    "intelligence",
];

/// Words that vouch for what a pointer names.
const VOUCHES: &[&str] = &[
    "accurate",
    "true",
    "correct",
    "credible",
    "right",
    "reliable",
    "valid",
    "confirmed",
];

/// Completes elliptical wordings in place.
pub fn fill(
    terms: &mut [Terms],
    attributions: &[ResolvedAttribution],
    contents: &[String],
    articles: &[Article],
    table: &AliasTable,
) {
    // The attribution before each, in one paragraph and close enough to lend
    // its topic.
    let previous: Vec<Option<usize>> = (0..attributions.len())
        .map(|i| {
            let a = &attributions[i];
            i.checked_sub(1).filter(|&p| {
                attributions[p].doc == a.doc
                    && a.raw
                        .first_offset()
                        .saturating_sub(attributions[p].raw.first_offset())
                        <= WINDOW
                    && same_paragraph(
                        &articles[a.doc].text,
                        attributions[p].raw.first_offset(),
                        a.raw.first_offset(),
                    )
            })
        })
        .collect();
    // Whether a wording vouches for the one before, and else the subjects the
    // rest of its sentence names: read in parallel, as each looks only at its
    // own text (filling in below changes only the wording being filled).
    let read: Vec<Option<Reading>> = (0..attributions.len())
        .into_par_iter()
        .map(|i| {
            let a = &attributions[i];
            if !terms[i].subjects.is_empty() {
                return None;
            }
            if previous[i].is_some()
                && a.raw.stance == Stance::Asserts
                && !terms[i].negated
                && vouches(&contents[i])
            {
                return Some(Reading::Vouches);
            }
            let text = &articles[a.doc].text;
            let around = outside(text, a.raw.sentence, &a.raw.content, a.mention);
            Some(Reading::Around(terms::subjects(&around, table)))
        })
        .collect();
    for (i, reading) in read.into_iter().enumerate() {
        let Some(reading) = reading else { continue };
        let previous = previous[i];
        let subjects = match reading {
            Reading::Vouches => {
                if let Some(p) = previous {
                    // It asserts what it vouches for: the same proposition.
                    terms[i] = terms[p].clone();
                }
                continue;
            }
            Reading::Around(subjects) => subjects,
        };
        if !subjects.is_empty() {
            terms[i].subjects = subjects;
        } else if let Some(p) = previous {
            // Only what is lent is copied, not the whole reading: the one
            // before is earlier in the list, so both are at hand at once.
            let (before, from_i) = terms.split_at_mut(i);
            let (lent, t) = (&before[p], &mut from_i[0]);
            t.subjects = lent.subjects.clone();
            if t.goal.is_none() {
                t.goal = lent.goal.clone();
            }
            for w in lent.words.iter().filter(|w| terms::is_class(w)) {
                if let Err(at) = t.words.binary_search(w) {
                    t.words.insert(at, w.clone());
                }
            }
        }
    }
}

/// What a wording without subjects reads in its context.
enum Reading {
    /// It vouches for the attribution before it.
    Vouches,
    /// The subjects the rest of its sentence names.
    Around(Vec<CompactString>),
}

/// True when no line break lies between the two offsets.
fn same_paragraph(text: &str, a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    text.get(lo..hi).is_some_and(|s| !s.contains('\n'))
}

/// The sentence with the content and the source's mention blanked out.
fn outside(
    text: &str,
    sentence: ByteSpan,
    content: &[ByteSpan],
    mention: Option<ByteSpan>,
) -> String {
    let mut out = String::with_capacity(sentence.end.saturating_sub(sentence.start));
    let holes: Vec<ByteSpan> = content.iter().copied().chain(mention).collect();
    let Some(slice) = text.get(sentence.range()) else {
        return out;
    };
    for (k, ch) in slice.char_indices() {
        let at = sentence.start + k;
        if holes.iter().any(|h| h.start <= at && at < h.end) {
            out.push(' ');
        } else {
            out.push(ch);
        }
    }
    out
}

/// A wording that names an earlier statement and calls it true.
fn vouches(content: &str) -> bool {
    let words: Vec<String> = content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() <= 8
        && words.iter().any(|w| POINTERS.contains(&w.as_str()))
        && words.iter().any(|w| VOUCHES.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleMeta, Attribution, ClaimId, QuoteKind, SourceId};

    /// `contents` are (sentence, content) pairs in one article; `expect` the
    /// subjects and class terms each ends with.
    fn check(contents: &[(&str, &str)], expect: &[(&[&str], &[&str])]) {
        let mut text = String::new();
        let mut spans = Vec::new();
        for (sentence, content) in contents {
            let start = text.len();
            text.push_str(sentence);
            text.push(' ');
            let at = start + sentence.find(content).expect("content in sentence");
            spans.push((
                ByteSpan::new(start, start + sentence.len()),
                ByteSpan::new(at, at + content.len()),
            ));
        }
        let article = Article {
            path: "a.txt".into(),
            body: ByteSpan::new(0, text.len()),
            text,
            meta: ArticleMeta::default(),
        };
        let attributions: Vec<ResolvedAttribution> = spans
            .iter()
            .enumerate()
            .map(|(k, &(sentence, content))| ResolvedAttribution {
                id: format!("a:{k}"),
                doc: 0,
                raw: Attribution {
                    source: None,
                    cue: None,
                    content: vec![content],
                    quote: QuoteKind::Indirect,
                    stance: Stance::Asserts,
                    via: Vec::new(),
                    sentence,
                    continues: false,
                },
                source: SourceId(0),
                mention: None,
                via: Vec::new(),
                claim: ClaimId(0),
            })
            .collect();
        let table = AliasTable::builtin();
        let mut terms: Vec<Terms> = attributions
            .iter()
            .map(|a| terms::of(a.raw.content[0].slice(&article.text), &table))
            .collect();
        let contents: Vec<String> = attributions
            .iter()
            .map(|a| a.raw.content_text(&article.text))
            .collect();
        fill(&mut terms, &attributions, &contents, &[article], &table);
        let got: Vec<(Vec<String>, Vec<String>)> = terms
            .iter()
            .map(|t| {
                let classes = t.words.iter().filter(|w| terms::is_class(w)).cloned();
                (
                    t.subjects.iter().map(|s| s.to_string()).collect(),
                    classes.map(|w| w.to_string()).collect(),
                )
            })
            .collect();
        let expect: Vec<(Vec<String>, Vec<String>)> = expect
            .iter()
            .map(|(s, c)| {
                let owned = |x: &[&str]| x.iter().map(|w| w.to_string()).collect();
                (owned(s), owned(c))
            })
            .collect();
        assert_eq!(got, expect, "{contents:?}");
    }

    #[test]
    fn elliptical_wordings_take_their_topic_from_context() {
        check(
            &[
                (
                    "The agency said North Korea was sending troops to Russia.",
                    "North Korea was sending troops to Russia",
                ),
                (
                    "More than 12,000 were predicted to arrive, it said.",
                    "More than 12,000 were predicted to arrive",
                ),
            ],
            &[
                (&["North Korea", "Russia"], &["deploy", "troop"]),
                (&["North Korea", "Russia"], &["deploy", "troop"]),
            ],
        );
        // The rest of the sentence names the subject: it wins, and lends nothing else.
        check(
            &[
                ("Officials said Iran sent drones.", "Iran sent drones"),
                (
                    "Moscow and Beijing said their cooperation was legal.",
                    "their cooperation was legal",
                ),
            ],
            &[(&["Iran"], &["deploy"]), (&["China", "Russia"], &[])],
        );
        // Vouching for the reports takes their wording whole.
        check(
            &[
                (
                    "Seoul said Pyongyang shipped missiles to Russia.",
                    "Pyongyang shipped missiles to Russia",
                ),
                (
                    "The minister said he considered the reports accurate.",
                    "he considered the reports accurate",
                ),
            ],
            &[
                (&["North Korea", "Russia"], &["supply", "weapon"]),
                (&["North Korea", "Russia"], &["supply", "weapon"]),
            ],
        );
    }
}
