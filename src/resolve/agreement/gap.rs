//! Whether the text between a person's name and a pronoun leaves that person
//! the only one the pronoun can mean, so that the pronoun tells the person's
//! gender. Pure.

use super::words::{pronoun_gender, role_gender};
use super::Gender;
use crate::extract::lexicon::COLLECTIVE_HEADS;

/// Is the stretch of text between a person's name and a pronoun free of anyone
/// else the pronoun could mean, so that the pronoun tells that person's gender?
/// Outside quotations it must be short and hold no capitalised word but a
/// sentence's first, no noun for a person, and no pronoun of the other gender.
pub(in crate::resolve) fn is_clear_gap(gap: &str, gender: Gender) -> bool {
    use crate::extract::lexicon::{DESCRIPTION_HEADS, EVIDENCE_NOUNS};
    // Heads in those lists that name no person: evidence nouns, and these.
    const NOT_PEOPLE: &[&str] = &[
        "statement",
        "statements",
        "reports",
        "post",
        "message",
        "assessment",
        "assessments",
        "findings",
        "accounts",
        "rumors",
        "rumours",
        "claims",
        "allegations",
        "filings",
        "forecasts",
        "models",
        "some",
        "many",
        "most",
        "few",
        "former",
        "think",
        "tank",
        "prime",
        "intelligence",
        "media",
    ];
    let is_person_noun = |w: &str| {
        (DESCRIPTION_HEADS.contains(&w) || COLLECTIVE_HEADS.contains(&w))
            && !NOT_PEOPLE.contains(&w)
            && !EVIDENCE_NOUNS.contains(&w)
    };
    let mut quoted = false;
    let mut sentence_start = true;
    let mut n_words = 0;
    for raw in gap.split_whitespace() {
        let opens = raw.starts_with(['“', '"']);
        let closes = raw
            .trim_end_matches([',', '.', ';', ':', '?', '!'])
            .ends_with(['”', '"']);
        if !quoted && opens {
            // A one-word quotation opens and closes at once.
            quoted = !(closes && raw.chars().count() > 1);
            continue;
        }
        if quoted {
            if closes {
                quoted = false;
                sentence_start = raw.trim_end_matches(['”', '"']).ends_with(['.', '?', '!']);
            }
            continue;
        }
        n_words += 1;
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && !sentence_start
            || role_gender(&lower).is_some()
            || is_person_noun(&lower)
            || pronoun_gender(&lower).is_some_and(|g| g != gender)
        {
            return false;
        }
        sentence_start = raw.ends_with(['.', '?', '!', ':']);
    }
    n_words <= 50
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_that_leave_one_person() {
        let cases: &[(&str, Gender, bool)] = &[
            (" said the plan failed. ", Gender::Female, true),
            (
                " said. “The plan, which Mr. Smith drew up, failed,” ",
                Gender::Female,
                true,
            ),
            (" said. Her husband disagreed. ", Gender::Male, false),
            ("’s husband called. ", Gender::Male, false),
            (" met Senator Bob Giuda. ", Gender::Male, false),
            (" said. A lawyer for the firm called. ", Gender::Male, false),
        ];
        for (gap, gender, expect) in cases {
            assert_eq!(is_clear_gap(gap, *gender), *expect, "{gap}");
        }
    }
}
