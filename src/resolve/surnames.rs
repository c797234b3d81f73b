//! A bare surname across articles: "Gowdy" in one article and "Trey Gowdy" in
//! another are one person when the corpus holds exactly one person of that
//! surname. Within an article, surnames are resolved by the document walk; this
//! joins what it could not, once every article is read. Pure.

use std::collections::{BTreeMap, HashMap};

use super::names::norm_key;
use super::AliasTable;
use crate::model::SourceKind;

/// For each entity key that is a bare surname, the key of the one person in
/// the corpus with that surname, if exactly one. `entities` are (key, name,
/// kind), in key order.
pub fn redirects<'a>(
    entities: impl Iterator<Item = (&'a str, &'a str, SourceKind)>,
    table: &AliasTable,
) -> HashMap<String, String> {
    let mut bare: Vec<(&str, String)> = Vec::new();
    // Surname → the keys of the full names that end in it.
    let mut people: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (key, name, kind) in entities {
        // Document-scoped sources ("she@…") and bodies from the alias table
        // ("Moscow") are no one's surname.
        if key.contains('@') || table.canonical(name).is_some() {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        match (words.as_slice(), kind) {
            ([one], SourceKind::Person | SourceKind::Organization)
                if one.chars().next().is_some_and(char::is_uppercase)
                    && one.chars().any(char::is_lowercase) =>
            {
                bare.push((key, norm_key(one)));
            }
            ([.., last], SourceKind::Person) if words.len() >= 2 => {
                people.entry(norm_key(last)).or_default().push(key);
            }
            _ => {}
        }
    }
    bare.into_iter()
        .filter_map(|(key, surname)| match people.get(&surname)?.as_slice() {
            [only] => Some((key.to_string(), only.to_string())),
            _ => None,
        })
        .collect()
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
}
