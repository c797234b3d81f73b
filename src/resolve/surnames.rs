//! A bare surname across articles: "Gowdy" in one article and "Trey Gowdy" in
//! another are one person when the corpus holds exactly one person of that
//! surname. A name with a middle name or initial joins the same name without
//! it ("Donald J. Trump", "Hillary Rodham Clinton") when the corpus holds one
//! such fuller name; and a "person" whose first word is no given name
//! ("Team Biden", a headline's "Advertisement Trump") is nobody a surname
//! could mean. Within an article, surnames are resolved by the document walk;
//! this joins what it could not, once every article is read. Pure.

use std::collections::{BTreeMap, HashMap};

use super::agreement::given_name_gender;
use super::names::norm_key;
use super::nicknames::full_given;
use super::AliasTable;
use crate::model::SourceKind;

/// One form of a person's name: how many middle words, their key, and the
/// entity key.
type Form<'a> = (usize, String, &'a str);

/// For each entity key that is a bare surname, the key of the one person in
/// the corpus with that surname, if exactly one; and for each name with a
/// middle part, the name without it. `entities` are (key, name, kind), in
/// key order.
pub fn redirects<'a>(
    entities: impl Iterator<Item = (&'a str, &'a str, SourceKind)>,
    table: &AliasTable,
) -> HashMap<String, String> {
    let mut bare: Vec<(&str, String)> = Vec::new();
    // (Given name, surname) → the people so named: how many middle words,
    // their key, and the entity key; fewest middle words first.
    let mut people: BTreeMap<(String, String), Vec<Form>> = BTreeMap::new();
    for (key, name, kind) in entities {
        // Document-scoped sources ("she@…") and bodies from the alias table
        // ("Moscow") are no one's surname.
        if key.contains('@') || table.canonical(name).is_some() {
            continue;
        }
        let mut words: Vec<&str> = name.split_whitespace().collect();
        // "Jesse Jackson Jr." is a Jackson.
        while words.len() > 2
            && words.last().is_some_and(|w| {
                matches!(
                    w.trim_end_matches([',', '.']).to_lowercase().as_str(),
                    "jr" | "sr" | "ii" | "iii" | "iv"
                )
            })
        {
            words.pop();
        }
        match (words.as_slice(), kind) {
            ([one], SourceKind::Person | SourceKind::Organization)
                if one.chars().next().is_some_and(char::is_uppercase)
                    && one.chars().any(char::is_lowercase) =>
            {
                bare.push((key, norm_key(one)));
            }
            ([first, middle @ .., last], SourceKind::Person) => {
                // "Joe" and "Joseph" are one given name.
                let given = norm_key(first);
                let given = full_given(&given).map_or(given, str::to_string);
                people.entry((given, norm_key(last))).or_default().push((
                    middle.len(),
                    norm_key(&middle.join(" ")),
                    key,
                ));
            }
            _ => {}
        }
    }
    let mut out = HashMap::new();
    // Surname → the one key standing for each person of that surname.
    let mut by_surname: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for ((given, surname), keys) in &mut people {
        keys.sort();
        // The forms of one given name and surname are one person when at
        // most one middle part is met ("Joe Biden", "Joseph R. Biden Jr."):
        // two ("George H.W. Bush", "George W. Bush") may be two people.
        let mut middles: Vec<&str> = keys
            .iter()
            .filter(|(n, _, _)| *n > 0)
            .map(|(_, m, _)| m.as_str())
            .collect();
        middles.dedup();
        let person = keys[0].2;
        if middles.len() <= 1 {
            for (_, _, other) in &keys[1..] {
                out.insert(other.to_string(), person.to_string());
            }
        }
        by_surname
            .entry(surname.as_str())
            .or_default()
            .push((given.as_str(), person));
    }
    for (key, surname) in bare {
        let Some(candidates) = by_surname.get(surname.as_str()) else {
            continue;
        };
        // People whose first word is a given name (or an initial), where any is.
        let named: Vec<&str> = candidates
            .iter()
            .filter(|(given, _)| given.len() <= 2 || given_name_gender(given).is_some())
            .map(|(_, k)| *k)
            .collect();
        let pick: Vec<&str> = if named.is_empty() {
            candidates.iter().map(|(_, k)| *k).collect()
        } else {
            named
        };
        if let [only] = pick.as_slice() {
            out.insert(key.to_string(), only.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use SourceKind::{Government, Organization, Person};

    #[test]
    fn a_surname_joins_the_one_person_who_bears_it() {
        let table = AliasTable::builtin();
        let entities = [
            ("src:gowdy", "Gowdy", Organization),
            ("src:trey-gowdy", "Trey Gowdy", Person),
            // Two Clintons: "Clinton" stays apart.
            ("src:clinton", "Clinton", Person),
            ("src:bill-clinton", "Bill Clinton", Person),
            ("src:hillary-clinton", "Hillary Clinton", Person),
            // A place in the alias table, an acronym and a pronoun are no surnames.
            ("src:moscow", "Moscow", Government),
            ("src:john-moscow", "John Moscow", Person),
            ("src:nato", "NATO", Organization),
            ("src:she@a.txt", "She", Person),
        ];
        let got = redirects(entities.iter().map(|(k, n, s)| (*k, *n, *s)), &table);
        let mut got: Vec<(String, String)> = got.into_iter().collect();
        got.sort();
        assert_eq!(
            got,
            [("src:gowdy".to_string(), "src:trey-gowdy".to_string())]
        );
    }

    #[test]
    fn a_middle_name_joins_the_name_without_it_and_a_surname_follows() {
        let table = AliasTable::builtin();
        let entities = [
            ("src:biden", "Biden", Person),
            ("src:joe-biden", "Joe Biden", Person),
            ("src:joseph-r-biden-jr", "Joseph R. Biden Jr.", Person),
            ("src:team-biden", "Team Biden", Person),
            ("src:trump", "Trump", Person),
            ("src:donald-j-trump", "Donald J. Trump", Person),
            ("src:donald-trump", "Donald Trump", Person),
            // Two fuller forms may be two people: neither joins.
            ("src:george-bush", "George Bush", Person),
            ("src:george-h-w-bush", "George H.W. Bush", Person),
            ("src:george-w-bush", "George W. Bush", Person),
            // A suffix is no surname: two Jacksons.
            ("src:jackson", "Jackson", Person),
            ("src:jesse-jackson-jr", "Jesse Jackson Jr.", Person),
            ("src:sandra-jackson", "Sandra Jackson", Person),
        ];
        let got = redirects(entities.iter().map(|(k, n, s)| (*k, *n, *s)), &table);
        let mut got: Vec<(&str, &str)> =
            got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        got.sort();
        assert_eq!(
            got,
            [
                ("src:biden", "src:joe-biden"),
                ("src:donald-j-trump", "src:donald-trump"),
                ("src:joseph-r-biden-jr", "src:joe-biden"),
                ("src:trump", "src:donald-trump"),
            ]
        );
    }
}
