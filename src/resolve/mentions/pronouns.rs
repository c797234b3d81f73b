//! Pronouns: the nearest earlier source that agrees in gender and number.
//! Pure.

use crate::extract::lexicon::{pronoun, PronounKind};
use crate::model::SourceKind;
use crate::resolve::agreement::{is_plural_source, pronoun_gender, Genders};
use crate::resolve::{Known, LocalSource};

/// "He" and "she" go to the nearest single person whose gender, as far as the
/// article tells it, agrees, and to nobody when every person disagrees; "they"
/// to the nearest group or body; "it" and "we" to the nearest body; "I" and
/// "who" to the nearest person.
pub(in crate::resolve) fn resolve_pronoun(
    text: &str,
    history: &[Known],
    genders: &Genders,
) -> Option<LocalSource> {
    let lower = text.to_lowercase();
    // A lone surname read as a body is still a person: not "it" or "they".
    let is_body = |k: &Known| {
        !matches!(k.source.kind, SourceKind::Person | SourceKind::Publisher)
            && !genders.is_single_person(&k.source)
    };
    if let Some(gender) = pronoun_gender(&lower) {
        let found = history.iter().rev().find(|k| {
            genders.is_single_person(&k.source) && genders.agrees(&k.source, Some(gender))
        });
        if found.is_some() {
            return found.map(|k| k.source.clone());
        }
        // Every person disagrees: nobody. With no person in sight, the last
        // source, as without gender, unless it is someone of the other gender.
        if history.iter().any(|k| k.source.kind == SourceKind::Person) {
            return None;
        }
        return history
            .last()
            .filter(|k| genders.agrees(&k.source, Some(gender)))
            .map(|k| k.source.clone());
    }
    let want_person = matches!(lower.as_str(), "i" | "who");
    let plural = pronoun(&lower) == Some(PronounKind::Plural);
    history
        .iter()
        .rev()
        .find(|k| {
            if want_person {
                k.source.kind == SourceKind::Person
            } else {
                is_body(k) || plural && is_plural_source(&k.source)
            }
        })
        .or_else(|| history.last())
        .map(|k| k.source.clone())
}
