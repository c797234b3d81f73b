//! Resolution fixtures for offices and the bodies they belong to, written for
//! the tests: a titled person named anywhere in the article belongs to the
//! title's owner; "the RNC chair" and "the president-elect of Peru" are offices
//! of their bodies; common nouns in a place are neither the place nor a person;
//! a text that speaks ("the survey found") is nobody named before it.

use super::tests::{article, resolve_in_order, said};
use super::*;
use crate::extract::phrases::classify;
use crate::model::SourceKind;

/// Resolves one mention per article; returns each source's name, kind and
/// the names of the bodies it belongs to.
fn resolve(articles: &[(&str, &str)]) -> Vec<(String, SourceKind, Vec<String>)> {
    let docs: Vec<Article> = articles
        .iter()
        .enumerate()
        .map(|(i, (text, _))| Article {
            path: format!("{i}.txt"),
            ..article(text)
        })
        .collect();
    let found = articles
        .iter()
        .map(|(text, who)| vec![said(text, who, classify(who), None)])
        .collect();
    let r = entities(&docs, found, &AliasTable::builtin());
    r.attributions
        .iter()
        .map(|a| {
            let s = &r.sources[a.source.0 as usize];
            let bodies = s
                .affiliation
                .iter()
                .map(|b| r.sources[b.0 as usize].name.clone())
                .collect();
            (s.name.clone(), s.kind, bodies)
        })
        .collect()
}

#[test]
fn a_titled_person_belongs_to_the_owner_of_the_title() {
    let got = resolve(&[(
        "Peru's president-elect Ana Soto has set out her plans. Soto said taxes would rise.",
        "Soto",
    )]);
    assert_eq!(
        got,
        [("Ana Soto".into(), SourceKind::Person, vec!["Peru".into()])]
    );
}

#[test]
fn an_office_of_a_body_belongs_to_the_body() {
    let got = resolve(&[
        (
            "The RNC chair said the party would fight on.",
            "The RNC chair",
        ),
        (
            "The president-elect of Peru insisted on it.",
            "The president-elect of Peru",
        ),
    ]);
    assert_eq!(
        got,
        [
            ("RNC chair".into(), SourceKind::Unnamed, vec!["RNC".into()]),
            (
                "Peru president-elect".into(),
                SourceKind::Unnamed,
                vec!["Peru".into()]
            ),
        ]
    );
}

#[test]
fn common_nouns_in_a_place_are_neither_the_place_nor_a_person() {
    let got = resolve(&[(
        "Real estate groups in Alabama and Georgia challenged the rule.",
        "Real estate groups in Alabama and Georgia",
    )]);
    assert_eq!(got[0].1, SourceKind::Unnamed);
    assert_eq!(got[0].0, "Real estate groups in Alabama and Georgia");
    // Officials of a place stay its government.
    let got = resolve(&[(
        "Officials in Washington said so.",
        "Officials in Washington",
    )]);
    assert_eq!(got[0].0, "United States");
}

#[test]
fn a_body_is_named_not_guessed_from_capitals() {
    // A headline's capitals and a party are no body of the titled person.
    let got = resolve(&[(
        "Chief Will Retire In February President Ana Soto Says. Republican Gov. Ana Soto said it.",
        "Republican Gov. Ana Soto",
    )]);
    assert_eq!(got, [("Ana Soto".into(), SourceKind::Person, vec![])]);
    // One capitalised word that may only open the sentence is no body; an
    // acronym or a two-word name is, counted or not.
    let got = resolve(&[
        ("Federal officials said so.", "Federal officials"),
        ("Two HHS officials said so.", "Two HHS officials"),
        (
            "One Homeland Security official said so.",
            "One Homeland Security official",
        ),
    ]);
    let bodies: Vec<Vec<String>> = got.into_iter().map(|(_, _, b)| b).collect();
    assert_eq!(
        bodies,
        [
            vec![],
            vec!["HHS".to_string()],
            vec!["Homeland Security".to_string()]
        ]
    );
}

#[test]
fn a_part_of_a_body_belongs_to_it() {
    let got = resolve(&[
        ("A CDC advisory panel said so.", "A CDC advisory panel"),
        ("Federal Reserve staff said so.", "Federal Reserve staff"),
    ]);
    let bodies: Vec<Vec<String>> = got.into_iter().map(|(_, _, b)| b).collect();
    assert_eq!(
        bodies,
        [vec!["CDC".to_string()], vec!["Federal Reserve".to_string()]]
    );
}

#[test]
fn a_named_body_of_a_place_is_not_the_place() {
    let got = resolve(&[
        (
            "Loans fell 195 mln dlrs, the Federal Reserve Bank of New York said.",
            "the Federal Reserve Bank of New York",
        ),
        (
            "A staff member at the Yorkville Endoscopy Clinic in New York told investigators about it.",
            "the Yorkville Endoscopy Clinic in New York",
        ),
        ("New York said it would appeal.", "New York"),
    ]);
    let names: Vec<&str> = got.iter().map(|(name, _, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Federal Reserve Bank of New York",
            "Yorkville Endoscopy Clinic in New York",
            "New York"
        ]
    );
}

#[test]
fn a_survey_or_a_law_that_speaks_is_no_person_named_before_it() {
    use crate::model::MentionForm::{Description, Name};
    let text = "Jay Townsend said the race was close. The survey found most voters undecided. \
                Lori Windham said the agencies would sue. The 2015 law says agencies are exempt.";
    let got = resolve_in_order(
        text,
        &[
            ("Jay Townsend", Name, None),
            ("The survey", Description, None),
            ("Lori Windham", Name, None),
            ("The 2015 law", Description, None),
        ],
    );
    assert_eq!(got[0], "Jay Townsend");
    assert_eq!(got[2], "Lori Windham");
    assert!(
        !got[1].contains("Townsend") && !got[3].contains("Windham"),
        "{got:?}"
    );
}
