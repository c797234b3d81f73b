//! What a claim's wording is made of, for grouping and conflict checks: content
//! terms with synonyms folded (sent/deployed/dispatched, troops/soldiers/personnel),
//! subjects (entities named, through the alias table and nationality adjectives),
//! numbers with their hedges as ranges, months, polarity and legality. Pure.
//!
//! This file holds [`Terms`], the class-term test and the reading of a whole
//! wording (each of its clauses too). `fold.rs` folds a word to its term,
//! `read.rs` reads one clause (subjects, months, negation, modality), with
//! `numbers.rs` (figures and their hedges), `legality.rs`, `goal.rs` (where a
//! movement goes) and `have.rs` (possession, not the auxiliary); `split.rs` cuts
//! a wording into clauses; `lists.rs` reads the members of an enumeration.

mod fold;
mod goal;
mod have;
mod legality;
mod lists;
mod numbers;
mod read;
mod split;
mod tokens;

pub use fold::{lower, term};
pub use lists::lists_differ;
pub use split::clauses;

use compact_str::CompactString;
use foldhash::HashMap;
use rayon::prelude::*;

use crate::resolve::AliasTable;

use read::of_clause;

/// The features of one wording.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Terms {
    /// Content terms, folded, sorted, unique. Terms and subjects are inline
    /// strings: one of up to 24 bytes (nearly all) needs no allocation of its
    /// own, and every wording's terms are held through analysis.
    pub words: Vec<CompactString>,
    /// Subjects' canonical names, sorted, unique.
    pub subjects: Vec<CompactString>,
    /// Quantities as ranges `(low, high)` with the unit word that follows.
    pub numbers: Vec<(f64, f64, String)>,
    /// Months named.
    pub months: Vec<u8>,
    /// Class terms with a month named within a few words of them ("signed …
    /// during the July visit"): the events the wording dates, sorted.
    pub dated: Vec<(String, u8)>,
    /// Negated ("not", "no", "never").
    pub negated: bool,
    /// +1 legal / in keeping with international law, −1 in violation; 0 silent.
    pub legality: i8,
    /// A condition or a question, not a statement of fact ("if troops deploy …",
    /// "should …", "whether Russia was involved").
    pub conditional: bool,
    /// A possibility, not a fact ("could help", "might send", "can use").
    pub modal: bool,
    /// Number of tokens in the wording.
    pub n_tokens: usize,
    /// Where the movement goes ("sent to Russia", "heading toward the Kursk
    /// region", "headed for the battlefield"): a place's name, or the class of a
    /// specific noun; `None` when unsaid or generic ("a western region").
    pub goal: Option<String>,
    /// The clauses of a wording that joins several propositions ("They do not
    /// have the experience, but they can use liaison teams"; two quoted
    /// fragments), each read on its own; empty for a wording of one clause.
    pub parts: Vec<Terms>,
    /// The members of its enumeration, if it has one (hashes, sorted): see
    /// [`lists_differ`]. Read for the whole wording only.
    pub items: Vec<u64>,
}

impl Terms {
    /// The months this wording dates events of `class` to.
    pub fn months_of(&self, class: &str) -> Vec<u8> {
        self.dated
            .iter()
            .filter(|(c, _)| c == class)
            .map(|(_, m)| *m)
            .collect()
    }
}

/// True for a folded term that heads a synonym class: the words that carry the
/// predicate or its object ("deploy", "troop", "supply", "weapon").
pub fn is_class(term: &str) -> bool {
    // The heads of `SYNONYMS`, spelled out so the check is one match.
    matches!(
        term,
        "deploy"
            | "troop"
            | "pact"
            | "signed"
            | "kill"
            | "experience"
            | "weapon"
            | "supply"
            | "fight"
            | "have"
    )
}

/// The most clauses a wording is read in separately.
const MAX_PARTS: usize = 4;

/// Reads the features of `text`, and of each of its clauses when it joins
/// several (see [`clauses`]).
pub fn of(text: &str, table: &AliasTable) -> Terms {
    let mut t = of_clause(text, table);
    t.items = lists::items(text);
    let clauses = clauses(text);
    if (2..=MAX_PARTS).contains(&clauses.len()) {
        t.parts = clauses
            .into_iter()
            .map(|c| of_clause(c, table))
            .filter(|p| p.words.len() >= 2)
            .collect();
        if t.parts.len() < 2 {
            t.parts.clear();
        }
    }
    t
}

/// [`of`] of each text, in order. A wording repeated (a quotation carried by
/// several reports, a boilerplate line) is read once and its reading copied:
/// the reading depends on the text alone.
pub fn of_each(texts: &[String], table: &AliasTable) -> Vec<Terms> {
    // Each distinct text, by first appearance, and how often it comes.
    let mut slot_of: HashMap<&str, usize> = HashMap::default();
    slot_of.reserve(texts.len());
    let mut distinct: Vec<&str> = Vec::new();
    let mut uses: Vec<usize> = Vec::new();
    let slots: Vec<usize> = texts
        .iter()
        .map(|text| {
            let slot = *slot_of.entry(text).or_insert_with(|| {
                distinct.push(text);
                uses.push(0);
                distinct.len() - 1
            });
            uses[slot] += 1;
            slot
        })
        .collect();
    drop(slot_of);
    let mut read: Vec<Option<Terms>> = distinct
        .par_iter()
        .map(|text| Some(of(text, table)))
        .collect();
    // The last use takes the reading, the others copy it.
    slots
        .into_iter()
        .map(|slot| {
            uses[slot] -= 1;
            if uses[slot] == 0 {
                read[slot].take().unwrap_or_default()
            } else {
                read[slot].clone().unwrap_or_default()
            }
        })
        .collect()
}

/// The subjects `text` names, as [`of`] reads them for its whole: without
/// reading the rest.
pub fn subjects(text: &str, table: &AliasTable) -> Vec<CompactString> {
    read::subjects_of(text, table)
}

/// Lends a wording's subjects to its clauses that name none ("… and they do
/// not have combat experience"), once context has filled them in.
pub fn share_subjects(t: &mut Terms) {
    for p in &mut t.parts {
        if p.subjects.is_empty() {
            p.subjects = t.subjects.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::vocabulary::SYNONYMS;

    #[test]
    fn every_synonym_class_head_is_a_class_term() {
        for class in SYNONYMS {
            assert!(is_class(class[0]), "{}", class[0]);
            assert_eq!(term(class[class.len() - 1]).as_deref(), Some(class[0]));
        }
        assert!(!is_class("weather"));
    }

    #[test]
    fn lower_is_the_standard_lowercase() {
        for w in ["troops", "Troops", "ΟΔΟΣ", "don’t", "İstanbul", "", "U.S."] {
            assert_eq!(lower(w), w.to_lowercase());
        }
    }

    #[test]
    fn subjects_alone_are_those_of_the_whole_reading() {
        let table = AliasTable::builtin();
        for text in [
            "In June, Putin and Kim Jong Un signed the pact; North Korean troops went to Russia.",
            "the Pentagon’s spokesman said “Russia is using them” (U.S. officials agree)",
            "",
        ] {
            assert_eq!(subjects(text, &table), of(text, &table).subjects, "{text}");
        }
    }

    #[test]
    fn a_question_or_a_condition_states_nothing() {
        let table = AliasTable::builtin();
        for text in [
            "whether Russia was involved in hacking the emails",
            "if troops deploy to the border",
        ] {
            assert!(of(text, &table).conditional, "{text}");
        }
        assert!(!of("Russia was involved in hacking the emails", &table).conditional);
    }

    #[test]
    fn a_possibility_beside_a_statement_is_no_possibility() {
        let table = AliasTable::builtin();
        assert!(of("North Korea could send troops to Russia", &table).modal);
        let both = of(
            "“the ability to gain actual battlefield experience is huge” and “could potentially help Pyongyang”",
            &table,
        );
        assert!(!both.modal);
        assert_eq!(both.parts.len(), 2);
        assert!(both.parts[1].modal && !both.parts[0].modal);
    }
}
