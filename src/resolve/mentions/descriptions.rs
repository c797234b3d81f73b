//! Descriptions ("the minister", "the newspaper", "the officials"): the
//! nearest compatible source, agreeing in gender and number; a plural one is
//! never one person. Pure.

use super::named::title_matches;
use crate::model::SourceKind;
use crate::resolve::agreement::{
    gender_of_description, is_plural_noun, is_plural_source, is_single_person, Genders,
};
use crate::resolve::{Known, LocalSource};

pub(in crate::resolve) fn resolve_description(
    text: &str,
    people: &[Known],
    history: &[Known],
    at: usize,
    genders: &Genders,
) -> Option<LocalSource> {
    let lower = text.to_lowercase();
    let head = lower.split_whitespace().last().unwrap_or("").to_string();
    // The noun the phrase is about: "citizens" in "the citizens of eight states".
    let noun = lower
        .split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "for" | "from" | "in" | "at" | "with" | "on"))
        .last()
        .unwrap_or("");
    if is_plural_noun(noun) {
        return resolve_plural_description(noun, history);
    }
    let gender = gender_of_description(&head);
    let media = matches!(
        head.as_str(),
        "newspaper"
            | "paper"
            | "agency"
            | "outlet"
            | "network"
            | "magazine"
            | "broadcaster"
            | "channel"
            | "website"
            | "site"
    );
    let body = matches!(
        head.as_str(),
        "ministry"
            | "department"
            | "government"
            | "administration"
            | "alliance"
            | "company"
            | "firm"
            | "group"
            | "organization"
            | "institute"
            | "military"
            | "army"
            | "service"
            | "office"
            | "campaign"
            | "committee"
            | "council"
    );
    let document = matches!(
        head.as_str(),
        "post" | "statement" | "message" | "letter" | "report" | "tweet" | "release"
    );
    // A text that speaks for nobody named near it ("the survey found", "the
    // 2015 law says", "the document concludes"): not the last person named,
    // nor a body guessed; it stands as a source of its own.
    if matches!(
        head.as_str(),
        "survey"
            | "poll"
            | "study"
            | "law"
            | "bill"
            | "legislation"
            | "document"
            | "ruling"
            | "lawsuit"
            | "suit"
            | "complaint"
            | "indictment"
            | "memo"
            | "analysis"
            | "research"
            | "data"
            | "book"
            | "article"
            | "measure"
            | "order"
            | "filing"
            | "findings"
            | "text"
    ) {
        return None;
    }
    // A title description: "the defense minister", "the former general".
    if !media && !body && !document {
        let hint = lower
            .trim_start_matches("the ")
            .trim_start_matches("former ")
            .to_string();
        let titled = people
            .iter()
            .chain(history.iter())
            .filter(|k| is_single_person(&k.source) && genders.agrees(&k.source, gender))
            .filter(|k| title_matches(&hint, &k.source.title));
        if let Some(k) = titled.min_by_key(|k| k.at.abs_diff(at)) {
            return Some(k.source.clone());
        }
    }
    history
        .iter()
        .rev()
        .find(|k| match k.source.kind {
            SourceKind::Media => media || document,
            SourceKind::Organization | SourceKind::Government => body || document,
            SourceKind::Person => {
                !media
                    && !body
                    && !document
                    && is_single_person(&k.source)
                    && genders.agrees(&k.source, gender)
            }
            SourceKind::Unnamed | SourceKind::Publisher => false,
        })
        .map(|k| k.source.clone())
}

/// "The officials", "the countries": never one person. The nearest source with
/// the same head noun ("U.S. officials", "both countries", "Catholic
/// Bishops"); for people, the nearest named group ("the lawmakers" after
/// "Senate Democrats"); for bodies, the nearest body; otherwise nobody, and the phrase
/// stands as an unnamed source.
fn resolve_plural_description(head: &str, history: &[Known]) -> Option<LocalSource> {
    const BODIES: &[&str] = &[
        "countries",
        "nations",
        "governments",
        "states",
        "allies",
        "sides",
        "parties",
        "companies",
        "firms",
        "agencies",
        "organizations",
        "organisations",
        "ministries",
        "administrations",
    ];
    const PEOPLE: &[&str] = &[
        "officials",
        "lawmakers",
        "legislators",
        "senators",
        "congressmen",
        "representatives",
        "members",
        "leaders",
        "democrats",
        "republicans",
        "conservatives",
        "liberals",
        "progressives",
        "activists",
        "critics",
        "supporters",
        "opponents",
        "candidates",
        "politicians",
        "aides",
        "advisers",
        "diplomats",
    ];
    let last_word = |k: &Known| {
        k.source
            .name
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase()
    };
    let mut recent = history
        .iter()
        .rev()
        .filter(|k| k.source.kind != SourceKind::Publisher);
    // "Catholic Bishops" is a group even when read as a person's name; a lone
    // word is not ("Bishops" may be a surname).
    let found = if let Some(k) = recent.clone().find(|k| {
        last_word(k) == head && (k.source.name.contains(' ') || k.source.kind != SourceKind::Person)
    }) {
        Some(k)
    } else if PEOPLE.contains(&head) {
        // A named group ("Senate Democrats"), not other unnamed people ("critics").
        recent.find(|k| k.source.kind != SourceKind::Unnamed && is_plural_source(&k.source))
    } else if BODIES.contains(&head) {
        recent.find(|k| {
            matches!(
                k.source.kind,
                SourceKind::Organization | SourceKind::Government
            )
        })
    } else {
        None
    };
    found.map(|k| k.source.clone())
}
