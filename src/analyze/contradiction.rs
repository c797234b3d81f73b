//! Contradictions that grouping cannot see, because the two wordings are not
//! alike enough to be compared there: an anaphoric denial ("denied the reports")
//! against the assertions it points back to, and opposite predicates across
//! claims that share their subjects ("in keeping with" vs "in violation of
//! international law"; "signed in June" vs "signed in July"). Candidates come from
//! inverted indexes (denials look back within their own article; legality and
//! dates are blocked on subject × predicate keys whose long posting lists propose
//! nothing), never from all pairs. Pure.

use compact_str::CompactString;
use std::collections::HashMap;

use super::matching::features::sorted_shared;
use super::terms::{self, Terms};
use crate::model::{Article, Entity, QuoteKind, ResolvedAttribution, Stance};
use crate::resolve::AliasTable;

/// How far back (bytes) an anaphoric denial looks for what it denies.
const WINDOW: usize = 1500;

/// Keys that index more attributions than this propose nothing.
const MAX_POSTINGS: usize = 40;

/// A contradiction candidate between two attributions, with its reason.
pub type Candidate = (usize, usize, String);

/// Nouns by which a denial points back at what was said.
const POINTERS: &[&str] = &[
    "report",
    "claim",
    "allegation",
    "accusation",
    "rumor",
    "rumour",
    "story",
    "stories",
];

/// Pronouns that are the whole of a denial pointing back ("denied it").
const PRONOUNS: &[&str] = &["it", "this", "that", "them", "those", "these"];

/// How many words into its content a denial names what it points back at
/// ("dismissed reports of …", "denied the allegations"), not a noun further on.
const POINTER_REACH: usize = 4;

/// True when a denial's content points back at earlier statements: a pointer
/// noun at its head ("the reports", "those allegations", not "reporters"), or
/// a pronoun that is all of it ("denied it"), not a conjunction ("any
/// suggestion that there was …").
fn points_back(content: &str) -> bool {
    let words: Vec<String> = content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let pointer = |x: &String| {
        POINTERS
            .iter()
            .any(|w| x == w || x.strip_suffix('s') == Some(w))
    };
    words.iter().take(POINTER_REACH).any(pointer)
        || words.len() <= 2 && words.iter().any(|w| PRONOUNS.contains(&w.as_str()))
}

/// A denial whose content points back ("denied the reports", "rejected the
/// claims") contradicts the assertions before it in the same article, within a
/// window, that share a subject with the denial's sentence — credited ones, and
/// the publisher's narration where it restates one of them; not the deniers'
/// own statements, nor others in the denial's sentence.
pub fn denials(
    articles: &[Article],
    sources: &[Entity],
    attributions: &[ResolvedAttribution],
    contents: &[String],
    terms: &[Terms],
    table: &AliasTable,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (d, denial) in attributions.iter().enumerate() {
        if denial.raw.stance != Stance::Denies {
            continue;
        }
        let text = &articles[denial.doc].text;
        if !points_back(&contents[d]) {
            continue;
        }
        let sentence = terms::of(denial.raw.sentence.slice(text), table);
        let at = denial.raw.first_offset();
        // Attributions are sorted by document and offset: walk back from the denial.
        let mut credited: Vec<usize> = Vec::new();
        let mut narrated: Vec<usize> = Vec::new();
        for t in (0..d).rev() {
            let other = &attributions[t];
            if other.doc != denial.doc || at - other.raw.first_offset().min(at) > WINDOW {
                break;
            }
            let same_sentence = other.raw.sentence == denial.raw.sentence;
            let shares = terms[t]
                .subjects
                .iter()
                .any(|s| sentence.subjects.contains(s));
            if other.raw.stance != Stance::Asserts
                || terms[t].conditional
                || same_sentence
                || other.source == denial.source
                || !shares
            {
                continue;
            }
            if other.raw.quote == QuoteKind::Narrator {
                narrated.push(t);
            } else {
                credited.push(t);
            }
        }
        // What is denied was said by someone; the publisher's narration is
        // denied with it only where it restates such an accusation (shares a
        // predicate with it), not where it is background.
        let restates = |n: usize| {
            terms[n]
                .words
                .iter()
                .filter(|w| terms::is_class(w))
                .any(|w| {
                    credited
                        .iter()
                        .any(|&c| terms[c].words.binary_search(w).is_ok())
                })
        };
        let restating: Vec<usize> = narrated.into_iter().filter(|&n| restates(n)).collect();
        for t in credited.iter().copied().chain(restating) {
            out.push((
                t,
                d,
                format!(
                    "denial: {} denies what {} asserts",
                    sources[denial.source.0 as usize].name,
                    sources[attributions[t].source.0 as usize].name
                ),
            ));
        }
    }
    out
}

/// Opposite legality, or different months, for wordings that share two
/// subjects (and, for months, a predicate class): `group_of` keeps pairs inside
/// one claim out.
pub fn predicates(terms: &[Terms], group_of: &[usize]) -> Vec<Candidate> {
    let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, t) in terms.iter().enumerate() {
        for key in keys(t) {
            let list = postings.entry(key).or_default();
            if list.len() <= MAX_POSTINGS && list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut out = Vec::new();
    let mut lists: Vec<(&String, &Vec<usize>)> = postings.iter().collect();
    lists.sort();
    for (key, list) in lists {
        if list.len() < 2 || list.len() > MAX_POSTINGS {
            continue;
        }
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                if group_of[a] == group_of[b] || shared(&terms[a].subjects, &terms[b].subjects) < 2
                {
                    continue;
                }
                let (ta, tb) = (&terms[a], &terms[b]);
                if key.starts_with("law|") && ta.legality * tb.legality < 0 {
                    out.push((
                        a,
                        b,
                        "opposite predicates: in keeping with vs in violation of the law".into(),
                    ));
                } else if let Some(event) = key.strip_prefix("month|") {
                    let class = event.rsplit('|').next().unwrap_or_default();
                    let (ma, mb) = (ta.months_of(class), tb.months_of(class));
                    if !ma.is_empty() && !mb.is_empty() && ma.iter().all(|m| !mb.contains(m)) {
                        out.push((
                            a,
                            b,
                            format!(
                                "conflicting dates: {class} in {} vs {}",
                                month_list(&ma),
                                month_list(&mb)
                            ),
                        ));
                    }
                }
            }
        }
    }
    out.sort_by_key(|x| (x.0, x.1));
    out.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    out
}

/// Blocking keys: each subject for a wording that takes a side on legality;
/// each subject × dated class term for a wording that dates an event.
fn keys(t: &Terms) -> Vec<String> {
    let mut out = Vec::new();
    for s in t.subjects.iter().take(6) {
        if t.legality != 0 {
            out.push(format!("law|{s}"));
        }
        for (class, _) in &t.dated {
            out.push(format!("month|{s}|{class}"));
        }
    }
    out
}

fn month_list(months: &[u8]) -> String {
    months
        .iter()
        .map(|&m| super::grouping::month_name(m))
        .collect::<Vec<_>>()
        .join("/")
}

/// Subjects two wordings share: their lists are sorted and unique, so one
/// merge, not a scan of one list per subject of the other (a wording of a
/// runaway quotation names hundreds).
fn shared(a: &[CompactString], b: &[CompactString]) -> usize {
    sorted_shared(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wordings, each its own claim; `expect` the pairs found, with a word of
    /// the reason.
    fn check(wordings: &[&str], expect: &[(usize, usize, &str)]) {
        let table = AliasTable::builtin();
        let terms: Vec<Terms> = wordings.iter().map(|w| terms::of(w, &table)).collect();
        let group_of: Vec<usize> = (0..terms.len()).collect();
        let got = predicates(&terms, &group_of);
        assert_eq!(got.len(), expect.len(), "{got:?}");
        for ((a, b, why), (ea, eb, word)) in got.iter().zip(expect) {
            assert_eq!((a, b), (ea, eb), "{got:?}");
            assert!(why.contains(word), "{why}");
        }
    }

    #[test]
    fn a_denial_points_back_by_a_noun_at_its_head_or_a_bare_pronoun() {
        for yes in [
            "reports of North Korean troop deployments as fake news",
            "the allegations",
            "those claims",
            "it",
        ] {
            assert!(points_back(yes), "{yes}");
        }
        for no in [
            "any suggestion that there was impropriety in the talks",
            "that it had sent troops",
            "speaking to reporters",
            "a request to delay the vote, which the court said would harm the report",
        ] {
            assert!(!points_back(no), "{no}");
        }
    }

    #[test]
    fn legality_across_claims() {
        check(
            &[
                "Russian and North Korean military cooperation is in keeping with international law",
                "the North Korean deployment to Russia was in violation of international law",
                "Russia said the weather in Moscow was fine",
            ],
            &[(0, 1, "law")],
        );
        // One shared subject is not enough.
        check(
            &[
                "Russian cooperation is in keeping with international law",
                "the Iranian strike on Israel violates international law",
            ],
            &[],
        );
    }

    #[test]
    fn dates_across_claims() {
        check(
            &[
                "In June, Putin and North Korean leader Kim Jong Un signed a mutual defense pact",
                "Putin and Kim Jong-un signed a strategic partnership during the July visit",
                "Putin and Kim Jong Un met in July",
            ],
            &[(0, 1, "dates")],
        );
    }
}
