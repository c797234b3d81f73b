//! Agreement: the gender and number a mention asks for, and what an article
//! tells about the gender of the people it names.
//!
//! Gender comes only from the text: honorifics ("Mr.", "Ms.", "Sir"), gendered
//! role nouns ("spokeswoman", "congressman"), pronouns an article already uses for
//! a person in an unambiguous place, and, weakest, a short hand-kept list of
//! common given names that are used for one gender only. Evidence that
//! disagrees cancels out: a source of unknown gender agrees with any pronoun, so
//! resolution then stays as it was without gender (the nearest candidate).
//! Number: "they" and plural descriptions ("the officials") are never a single
//! person when a plural or organisation candidate is available. Pure.
//!
//! This file holds [`Gender`] and re-exports the rest: `words.rs` (the gender
//! of honorifics, titles, role nouns, pronouns and appositives),
//! `given_names.rs` (the one-gender given names), `number.rs` (plural nouns and
//! group sources), `genders.rs` (`Genders`: what one article tells of its
//! people) and `gap.rs` (whether a pronoun clearly follows one person's name).

mod gap;
mod genders;
mod given_names;
mod number;
mod words;

pub(super) use gap::is_clear_gap;
pub(super) use genders::Genders;
pub(super) use given_names::given_name_gender;
pub(super) use number::{is_plural_noun, is_plural_source, is_single_person};
pub(super) use words::{
    gender_of_appositive, gender_of_description, gender_of_title, pronoun_gender,
};

/// A person's gender as the text tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
}

impl Gender {
    fn bit(self) -> u8 {
        match self {
            Gender::Male => 1,
            Gender::Female => 2,
        }
    }

    fn from_bits(bits: u8) -> Option<Gender> {
        match bits {
            1 => Some(Gender::Male),
            2 => Some(Gender::Female),
            _ => None,
        }
    }
}
