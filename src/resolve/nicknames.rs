//! A short given name across articles: "Tim Murray" in one article and
//! "Timothy Murray" in another are one person when the corpus holds exactly
//! one person whose full given name the short one stands for, with the same
//! surname. Pure.

use std::collections::{BTreeMap, HashMap};

use super::names::norm_key;
use super::AliasTable;
use crate::model::SourceKind;

/// Short given names and the full names they stand for. Only the common,
/// unambiguous pairs: "Chris" (Christopher or Christine) or "Pat" are left out.
const SHORT: &[(&str, &[&str])] = &[
    ("tim", &["timothy"]),
    ("tom", &["thomas"]),
    ("bob", &["robert"]),
    ("rob", &["robert"]),
    ("bobby", &["robert"]),
    ("bill", &["william"]),
    ("will", &["william"]),
    ("mike", &["michael"]),
    ("jim", &["james"]),
    ("jimmy", &["james"]),
    ("joe", &["joseph"]),
    ("dan", &["daniel"]),
    ("danny", &["daniel"]),
    ("dave", &["david"]),
    ("matt", &["matthew"]),
    ("nick", &["nicholas"]),
    ("steve", &["steven", "stephen"]),
    ("ben", &["benjamin"]),
    ("sam", &["samuel"]),
    ("tony", &["anthony"]),
    ("ed", &["edward"]),
    ("rick", &["richard"]),
    ("dick", &["richard"]),
    ("andy", &["andrew"]),
    ("alex", &["alexander"]),
    ("liz", &["elizabeth"]),
    ("beth", &["elizabeth"]),
    ("kate", &["katherine", "catherine", "kathryn"]),
    ("jen", &["jennifer"]),
    ("jenny", &["jennifer"]),
    ("greg", &["gregory"]),
    ("jeff", &["jeffrey"]),
    ("ron", &["ronald"]),
    ("don", &["donald"]),
    ("doug", &["douglas"]),
    ("larry", &["lawrence"]),
    ("jerry", &["gerald"]),
    ("chuck", &["charles"]),
    ("charlie", &["charles"]),
    ("pete", &["peter"]),
    ("fred", &["frederick"]),
    ("mitch", &["mitchell"]),
    ("debbie", &["deborah"]),
    ("becky", &["rebecca"]),
    ("ken", &["kenneth"]),
    ("josh", &["joshua"]),
    ("zach", &["zachary"]),
];

/// The one full given name a short one stands for ("joe" → "joseph"), in
/// lower case; `None` for a name that is not short or stands for several.
pub fn full_given(given: &str) -> Option<&'static str> {
    match SHORT.iter().find(|(s, _)| *s == given)?.1 {
        [only] => Some(only),
        _ => None,
    }
}

/// For each person whose given name is short for another person's given name
/// with the same surname, that person's key, when there is exactly one.
/// `entities` are (key, name, kind); a name the alias table knows keeps its
/// own entry ("Joe Biden").
pub fn redirects<'a>(
    entities: impl Iterator<Item = (&'a str, &'a str, SourceKind)>,
    table: &AliasTable,
) -> HashMap<String, String> {
    let mut short: Vec<(&str, &'static [&'static str], String)> = Vec::new();
    // (given name, surname) → the keys of the people so named.
    let mut full: BTreeMap<(String, String), Vec<&str>> = BTreeMap::new();
    for (key, name, kind) in entities {
        if kind != SourceKind::Person || key.contains('@') {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let [given, .., last] = words.as_slice() else {
            continue;
        };
        let (given, last) = (norm_key(given), norm_key(last));
        if let Some((_, longer)) = SHORT
            .iter()
            .find(|(s, _)| *s == given)
            .filter(|_| table.canonical(name).is_none())
        {
            short.push((key, longer, last.clone()));
        }
        full.entry((given, last)).or_default().push(key);
    }
    short
        .into_iter()
        .filter_map(|(key, longer, last)| {
            let mut people = longer
                .iter()
                .flat_map(|g| full.get(&((*g).to_string(), last.clone())))
                .flatten();
            match (people.next(), people.next()) {
                (Some(only), None) => Some((key.to_string(), only.to_string())),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use SourceKind::{Organization, Person};

    #[test]
    fn a_short_given_name_joins_the_one_full_one() {
        let entities = [
            ("src:tim-murray", "Tim Murray", Person),
            ("src:timothy-murray", "Timothy Murray", Person),
            // Two Roberts Smith: "Bob Smith" stays apart.
            ("src:bob-smith", "Bob Smith", Person),
            ("src:robert-smith", "Robert Smith", Person),
            ("src:robert-a-smith", "Robert Smith", Person),
            // No full name, another surname, or not a person: nothing.
            ("src:mike-pence", "Mike Pence", Person),
            ("src:joe-biden", "Joe Biden", Person),
            ("src:joseph-kennedy", "Joseph Kennedy", Person),
            ("src:tom-ford", "Tom Ford", Organization),
            ("src:thomas-ford", "Thomas Ford", Person),
        ];
        let table = AliasTable::builtin();
        let got = redirects(entities.iter().map(|(k, n, s)| (*k, *n, *s)), &table);
        let mut got: Vec<(String, String)> = got.into_iter().collect();
        got.sort();
        assert_eq!(
            got,
            [(
                "src:tim-murray".to_string(),
                "src:timothy-murray".to_string()
            )]
        );
    }
}
