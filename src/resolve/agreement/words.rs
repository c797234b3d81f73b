//! Words that tell a gender: honorifics ("Mr.", "Ms."), gendered titles and
//! role nouns ("spokeswoman", "his wife"), pronouns, and the titles,
//! appositives and descriptions made of them. Pure; no article is read here.

use super::Gender;
use crate::extract::lexicon::{pronoun, PronounKind};

/// Honorifics before a name, lower case.
pub(super) fn honorific_gender(word: &str) -> Option<Gender> {
    match word {
        "mr." | "mr" | "sir" | "lord" => Some(Gender::Male),
        "mrs." | "mrs" | "ms." | "ms" | "dame" | "lady" => Some(Gender::Female),
        _ => None,
    }
}

/// Titles that are gendered and stand before a name ("spokeswoman Jen Psaki",
/// "Queen Elizabeth"). "Chairman" and "alderman" are left out: they are used
/// for women too.
pub(super) fn title_gender(word: &str) -> Option<Gender> {
    match word {
        "spokesman" | "congressman" | "congressman-elect" | "businessman" | "councilman"
        | "assemblyman" | "anchorman" | "statesman" | "policeman" | "sportsman" | "king"
        | "prince" | "duke" | "emperor" => Some(Gender::Male),
        "spokeswoman"
        | "congresswoman"
        | "congresswoman-elect"
        | "businesswoman"
        | "councilwoman"
        | "assemblywoman"
        | "anchorwoman"
        | "stateswoman"
        | "policewoman"
        | "sportswoman"
        | "chairwoman"
        | "alderwoman"
        | "queen"
        | "princess"
        | "duchess"
        | "empress"
        | "actress" => Some(Gender::Female),
        _ => None,
    }
}

/// Gendered nouns for a person: the titles above and the words for kin and
/// for men and women ("the woman", "his wife"), which say who a phrase is
/// about but are too loose to read before a name in running text.
pub(in crate::resolve) fn role_gender(word: &str) -> Option<Gender> {
    title_gender(word).or(match word {
        "man" | "boy" | "gentleman" | "husband" | "widower" | "father" | "son" | "brother"
        | "uncle" | "nephew" | "grandfather" | "grandson" | "stepfather" | "stepson"
        | "boyfriend" | "dad" => Some(Gender::Male),
        "woman" | "girl" | "lady" | "wife" | "widow" | "mother" | "daughter" | "sister"
        | "aunt" | "niece" | "grandmother" | "granddaughter" | "stepmother" | "stepdaughter"
        | "girlfriend" | "mom" | "nun" | "heiress" => Some(Gender::Female),
        _ => None,
    })
}

/// The gender a pronoun asks for: "she", "her" → female; "he", "his", "him" → male.
pub(in crate::resolve) fn pronoun_gender(text: &str) -> Option<Gender> {
    match pronoun(text) {
        Some(PronounKind::Male) => Some(Gender::Male),
        Some(PronounKind::Female) => Some(Gender::Female),
        _ => None,
    }
}

/// The gender the title words of a name give ("mr.", "white house spokeswoman",
/// "former first lady"): its last word, the one next to the name. A title
/// that names someone else ("wife of sen.", "ms. pelosi and mr.") gives nothing.
pub(in crate::resolve) fn gender_of_title(title: &str) -> Option<Gender> {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.iter().any(|w| {
        matches!(*w, "of" | "for" | "to" | "with" | "at" | "and" | "or" | "&")
            || w.contains(['’', '\''])
    }) {
        return None;
    }
    let last = words.last()?;
    role_gender(last).or_else(|| honorific_gender(last))
}

/// The gender an appositive gives its name: the head noun before any
/// preposition or relative clause ("a spokeswoman for the Pentagon", "the wife
/// of Mr. Smith", "the woman who accused him").
pub(in crate::resolve) fn gender_of_appositive(appositive: &str) -> Option<Gender> {
    let lower = appositive.to_lowercase();
    let head: Vec<&str> = lower
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "for"
                    | "to"
                    | "with"
                    | "at"
                    | "in"
                    | "from"
                    | "on"
                    | "who"
                    | "whose"
                    | "that"
                    | "and"
            )
        })
        .collect();
    let last = head.last()?.trim_end_matches([',', ';', ':']);
    role_gender(last)
}

/// The gender a description asks for, from its head noun ("the congresswoman",
/// "the businessman"); `None` for "the minister".
pub(in crate::resolve) fn gender_of_description(head: &str) -> Option<Gender> {
    role_gender(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_tell_gender() {
        let cases: &[(&str, Option<Gender>)] = &[
            ("mr.", Some(Gender::Male)),
            ("ms.", Some(Gender::Female)),
            ("white house spokeswoman", Some(Gender::Female)),
            ("former first lady", Some(Gender::Female)),
            ("democratic congressman", Some(Gender::Male)),
            // Someone else's role, and roles used for both.
            ("wife of sen.", None),
            ("ms. pelosi and mr.", None),
            ("committee chairman", None),
            ("defense minister", None),
        ];
        for (title, expect) in cases {
            assert_eq!(gender_of_title(title), *expect, "{title}");
        }
        let cases: &[(&str, Option<Gender>)] = &[
            ("a spokeswoman for the Pentagon", Some(Gender::Female)),
            ("the wife of Mr. Smith", Some(Gender::Female)),
            ("the woman who accused him", Some(Gender::Female)),
            ("a former aide to Mr. Smith", None),
            ("an expert with the Rand Corporation", None),
        ];
        for (appositive, expect) in cases {
            assert_eq!(gender_of_appositive(appositive), *expect, "{appositive}");
        }
    }
}
