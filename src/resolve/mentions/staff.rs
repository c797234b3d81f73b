//! Staff who speak for a person the article names ("her spokesman", "his
//! deputy chief of staff, Drew Hammill", "his lawyer"): the person the
//! possessive means is who they speak for, so a claim that Pelosi and her
//! spokesman both make has one origin. Pure.

use crate::model::SourceKind;
use crate::resolve::agreement::{pronoun_gender, Genders};
use crate::resolve::{Known, LocalSource};

/// The last words of a role that speaks for someone ("spokesman", "chief of
/// staff", "lawyer").
const ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "aide",
    "aides",
    "staff",
    "office",
    "campaign",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "secretary",
    "adviser",
    "advisor",
    "director",
    "manager",
    "publicist",
    "agent",
];

/// The pronoun of the possessive that opens a mention of someone's staff
/// ("her spokesman" → "she"), when its last word is a role that speaks for
/// them. "Their" names no one person.
fn possessor(mention: &str) -> Option<&'static str> {
    let mut words = mention.split_whitespace();
    let first = words.next()?;
    let pronoun = if first.eq_ignore_ascii_case("his") {
        "he"
    } else if first.eq_ignore_ascii_case("her") {
        "she"
    } else {
        return None;
    };
    let last = words.next_back()?;
    ROLES
        .iter()
        .any(|r| r.eq_ignore_ascii_case(last))
        .then_some(pronoun)
}

/// The person a mention of staff speaks for: the nearest single person before
/// `mention_at` of the possessive's gender, among the people the article
/// names with a title in the sentence so far (from `sentence_start`) and the
/// sources met before.
pub(in crate::resolve) fn principal(
    mention: &str,
    mention_at: usize,
    sentence_start: usize,
    people: &[Known],
    history: &[Known],
    genders: &Genders,
) -> Option<LocalSource> {
    let gender = pronoun_gender(possessor(mention)?);
    let in_sentence = people
        .iter()
        .filter(|k| (sentence_start..mention_at).contains(&k.at));
    let mut seen: Vec<&Known> = history.iter().chain(in_sentence).collect();
    seen.sort_by_key(|k| k.at);
    seen.iter()
        .rev()
        .find(|k| {
            k.source.kind == SourceKind::Person
                && genders.is_single_person(&k.source)
                && genders.agrees(&k.source, gender)
        })
        .map(|k| k.source.clone())
}

#[cfg(test)]
mod tests {
    use super::possessor;

    #[test]
    fn possessive_staff_roles_are_read() {
        assert_eq!(possessor("her spokesman"), Some("she"));
        assert_eq!(possessor("his deputy chief of staff"), Some("he"));
        assert_eq!(possessor("His lawyer"), Some("he"));
        assert_eq!(possessor("her husband"), None);
        assert_eq!(possessor("the spokesman"), None);
        assert_eq!(possessor("her"), None);
    }
}
