//! Names: titles stripped, the alias table first, then a surname or "Mr. X"
//! to the full name met in the article (an appositive or title picks among
//! several, gender agreeing), and owned titles ("South Korea's defense
//! minister") to the titled person of that government. Pure.

use super::bodies::{body_in_appositive, representative};
use super::from_table;
use crate::model::SourceKind;
use crate::resolve::agreement::{gender_of_title, given_name_gender, Genders};
use crate::resolve::names::{
    collective_country, country_of_adjective, is_body_word, is_official_title, norm_key, parse,
    ParsedName,
};
use crate::resolve::{entity_key, AliasTable, Known, LocalSource};

pub(in crate::resolve) fn resolve_name(
    text: &str,
    appositive: Option<&str>,
    table: &AliasTable,
    people: &[Known],
    history: &[Known],
    at: usize,
    genders: &Genders,
) -> LocalSource {
    if let Some(e) = table.canonical(text) {
        return from_table(e, text);
    }
    if let Some(s) = representative(text, table) {
        return s;
    }
    let (parsed, owned_person) = person_of_owner(parse(text));
    if let Some(e) = table.canonical(&parsed.name) {
        return from_table(e, text);
    }
    if let Some(person) = owned_title(&parsed, table, people, at) {
        return person;
    }
    // A surname or "Mr. Kim": the full name met in the article; an appositive
    // or title picks among several, and "Mrs. Clinton" is none of the men.
    let single = !parsed.name.contains(' ')
        && matches!(parsed.kind, SourceKind::Person | SourceKind::Organization);
    if single {
        let hint = appositive.map(str::to_lowercase).unwrap_or_default();
        let want = gender_of_title(&parsed.title);
        let n = norm_key(&parsed.name);
        let candidates: Vec<&Known> = people
            .iter()
            .chain(history.iter())
            .filter(|k| k.source.kind == SourceKind::Person && k.source.name.contains(' '))
            .filter(|k| {
                k.first_key.as_deref() == Some(n.as_str())
                    || k.last_key.as_deref() == Some(n.as_str())
            })
            .filter(|k| genders.agrees(&k.source, want))
            .collect();
        let by_hint = candidates.iter().find(|k| {
            !hint.is_empty() && !k.source.title.is_empty() && title_matches(&hint, &k.source.title)
        });
        let nearest = candidates
            .iter()
            .filter(|k| k.at <= at)
            .max_by_key(|k| k.at)
            .or_else(|| candidates.iter().min_by_key(|k| k.at));
        if let Some(k) = by_hint.or(nearest) {
            let mut s = k.source.clone();
            s.surface = text.to_string();
            if let Some(body) = appositive.and_then(body_in_appositive) {
                if !s.member_of.contains(&body) {
                    s.member_of.insert(0, body);
                }
            }
            return s;
        }
    }
    if parsed.kind == SourceKind::Person {
        let mut member_of: Vec<String> = Vec::new();
        member_of.extend(official_bodies(&parsed, table));
        if let Some(a) = appositive {
            if let Some(body) = body_in_appositive(a) {
                member_of.insert(0, body);
            }
        }
        // "CBS's Steven Portnoy" works for CBS, as the body's unit did.
        let owner = parsed.owner.as_deref().filter(|_| owned_person);
        if let Some(body) = owner.and_then(|owner| owner_body(owner, table, history)) {
            if !member_of.contains(&body) {
                member_of.push(body);
            }
        }
        return LocalSource {
            key: entity_key(&parsed.name, None),
            name: parsed.name,
            kind: SourceKind::Person,
            surface: text.to_string(),
            member_of,
            title: parsed.title,
        };
    }
    let mut member_of = Vec::new();
    let owner = parsed.owner.as_deref();
    if let Some(body) = owner.and_then(|owner| owner_body(owner, table, history)) {
        if parsed.kind != SourceKind::Media {
            member_of.push(body);
        }
    }
    if let Some(country) = collective_country(&parsed.name) {
        member_of.push(country.to_string());
    }
    if member_of.is_empty() {
        member_of.extend(staff_body(&parsed.name, table));
    }
    let name = match &parsed.owner {
        Some(owner) if parsed.kind == SourceKind::Unnamed => format!("{owner} {}", parsed.name),
        _ => parsed.name.clone(),
    };
    if let Some(e) = table.canonical(&name) {
        return from_table(e, text);
    }
    LocalSource {
        key: entity_key(&name, None),
        name,
        kind: parsed.kind,
        surface: text.to_string(),
        member_of,
        title: String::new(),
    }
}

/// People who speak for a body, named by it: "Pentagon officials",
/// "administration officials", "senior Justice Department lawyers".
const STAFF: &[&str] = &[
    "official",
    "officials",
    "aide",
    "aides",
    "staff",
    "staffers",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "lawyers",
    "attorneys",
    "prosecutors",
    "investigators",
    "officers",
    "leaders",
    "sources",
    "insiders",
    "advisers",
    "advisors",
    "employees",
];

/// The alias-table body a group of its staff is named by ("Pentagon
/// officials" are the Defense Department's, "administration officials" the
/// government's): the words before the staff noun, less their ranks.
pub(in crate::resolve) fn staff_body(name: &str, table: &AliasTable) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (last, before) = words.split_last()?;
    if !STAFF.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    let body: Vec<&str> = before
        .iter()
        .skip_while(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "senior"
                    | "top"
                    | "former"
                    | "current"
                    | "two"
                    | "three"
                    | "several"
                    | "some"
                    | "other"
                    | "unnamed"
                    | "anonymous"
                    | "high-ranking"
            )
        })
        .copied()
        .collect();
    if body.is_empty() {
        return None;
    }
    let body = body.join(" ");
    table
        .canonical(&body)
        .or_else(|| table.canonical(&format!("the {body}")))
        .map(|e| e.name.clone())
}

/// "CBS's Steven Portnoy", "the BBC's John Smith": two or three capitalised
/// words after a possessive owner, the first a given name and none a body's
/// word, are a person (the parse alone, knowing no names, reads them as the
/// owner's unit). True when it made one.
fn person_of_owner(mut parsed: ParsedName) -> (ParsedName, bool) {
    let words: Vec<&str> = parsed.name.split_whitespace().collect();
    let person = parsed.owner.is_some()
        && parsed.kind == SourceKind::Organization
        && (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_body_word(w))
        && given_name_gender(words[0]).is_some();
    if person {
        parsed.kind = SourceKind::Person;
    }
    (parsed, person)
}

/// The bodies a person's official title puts them in: its owner ("Iran's
/// president-elect Ebrahim Raisi" belongs to Iran) and the bodies the title
/// names ("NATO chief Mark Rutte", "Ukrainian President …" → Ukraine). None
/// for an outside title ("former …", "analyst").
pub(in crate::resolve) fn official_bodies(parsed: &ParsedName, table: &AliasTable) -> Vec<String> {
    if !is_official_title(&parsed.title) {
        return Vec::new();
    }
    let owner = parsed.owner.as_ref().map(|owner| {
        table.canonical(owner).map_or_else(
            || country_of_adjective(owner).map_or_else(|| owner.clone(), str::to_string),
            |e| e.name.clone(),
        )
    });
    owner
        .into_iter()
        .chain(
            parsed
                .title_bodies
                .iter()
                // A party is no one body that speaks ("Republican Gov. …").
                .filter(|b| !is_party(b))
                .map(|b| country_of_adjective(b).map_or_else(|| b.clone(), str::to_string)),
        )
        .collect()
}

/// "South Korea’s defense minister" in an article that names "Defense Minister
/// Kim Yong-hyun": that person, who belongs to the owner's government.
pub(in crate::resolve) fn owned_title(
    parsed: &ParsedName,
    table: &AliasTable,
    people: &[Known],
    at: usize,
) -> Option<LocalSource> {
    let owner = parsed.owner.as_deref()?;
    if parsed.kind != SourceKind::Unnamed || !is_official_title(&parsed.name.to_lowercase()) {
        return None;
    }
    let hint = parsed.name.to_lowercase();
    let person = people
        .iter()
        .filter(|k| k.source.kind == SourceKind::Person && title_matches(&hint, &k.source.title))
        .min_by_key(|k| k.at.abs_diff(at))?;
    let mut s = person.source.clone();
    if s.member_of.is_empty() {
        let body = table.canonical(owner).map_or_else(
            || country_of_adjective(owner).map_or_else(|| owner.to_string(), str::to_string),
            |e| e.name.clone(),
        );
        s.member_of.push(body);
    }
    Some(s)
}

/// True when every word of a description ("the governor", "the defense
/// minister") is in a person's title, abbreviated or not ("Gov. Mike Pence" is
/// "the governor", "Sen. Joe Manchin" "the senator").
pub(in crate::resolve) fn title_matches(hint: &str, title: &str) -> bool {
    let hint_words: Vec<&str> = hint
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .collect();
    let spelled: String;
    let title = if title.contains('.') {
        spelled = title
            .split_whitespace()
            .map(|w| spelled_out(w).unwrap_or(w))
            .collect::<Vec<_>>()
            .join(" ");
        spelled.as_str()
    } else {
        title
    };
    !hint_words.is_empty() && hint_words.iter().all(|w| title.contains(w))
}

/// A title's abbreviation spelled out ("gov." → "governor"); a member of the
/// House is also "the congressman" or "the congresswoman".
fn spelled_out(word: &str) -> Option<&'static str> {
    Some(match word {
        "gov." => "governor",
        "sen." => "senator",
        "rep." => "representative congressman congresswoman",
        "gen." => "general",
        "lt." => "lieutenant",
        "col." => "colonel",
        "sgt." => "sergeant",
        "capt." => "captain",
        "adm." => "admiral",
        "atty." => "attorney",
        "sec." | "secy." => "secretary",
        "supt." => "superintendent",
        "cmdr." => "commander",
        "amb." => "ambassador",
        "det." => "detective",
        "insp." => "inspector",
        "pres." => "president",
        _ => return None,
    })
}

/// A title written as initials after "the" ("The A.G.", "the D.A."), as
/// the description it stands for ("the attorney general").
pub(in crate::resolve) fn initials_title(mention: &str) -> Option<&'static str> {
    let rest = mention
        .strip_prefix("The ")
        .or_else(|| mention.strip_prefix("the "))?;
    Some(match rest.trim() {
        "A.G." | "AG" => "the attorney general",
        "D.A." | "DA" => "the district attorney",
        "U.S. attorney" | "U.S. Attorney" => "the u.s. attorney",
        _ => return None,
    })
}

/// The person an appositive names after a description that names nobody
/// ("the N.C.A.A. president, Mark Emmert, said"; "its chief executive, Tim
/// Cook, said"): the appositive's first part when that is a person's name of
/// two to four capitalised words and no title.
pub(in crate::resolve) fn appositive_person<'a>(
    mention: &str,
    appositive: Option<&'a str>,
) -> Option<&'a str> {
    let determiner = mention.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
        )
    });
    // A role ("the N.C.A.A. president", "her deputy chief of staff"), not a
    // name ("the Rev. Al Sharpton").
    let role = mention
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    if !determiner || !role {
        return None;
    }
    let first = appositive?.split(", ").next()?.trim();
    let words: Vec<&str> = first.split_whitespace().collect();
    if !(2..=4).contains(&words.len())
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let parsed = parse(first);
    (parsed.kind == SourceKind::Person && parsed.title.is_empty() && parsed.name == first)
        .then_some(first)
}

/// A political party's adjective or name: "Republican", "Democratic", "GOP".
fn is_party(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "republican"
            | "republicans"
            | "democratic"
            | "democrat"
            | "democrats"
            | "gop"
            | "labour"
            | "conservative"
            | "liberal"
            | "tory"
            | "independent"
    )
}

/// The body an owner names (a possessive, or the body a title belongs to):
/// the table's name for it; the owner itself when a word of it is a name
/// ("CBS's Steven Portnoy", "a former NSA official"); for a common noun
/// ("the department's Bureau of Labor Statistics") the last body the article
/// credited whose name ends in that noun (the Labor Department), or none
/// ("the chamber's Republicans" are no members of a body "chamber").
fn owner_body(owner: &str, table: &AliasTable, history: &[Known]) -> Option<String> {
    if let Some(entity) = table.canonical(owner) {
        return Some(entity.name.clone());
    }
    let named = owner
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    if named {
        return Some(owner.to_string());
    }
    let head = owner.split_whitespace().last()?.to_lowercase();
    history.iter().rev().find_map(|known| {
        let body = &known.source;
        let kind = matches!(body.kind, SourceKind::Organization | SourceKind::Government);
        let last = body.name.split_whitespace().last()?;
        (kind && body.name.contains(' ') && last.to_lowercase() == head).then(|| body.name.clone())
    })
}
