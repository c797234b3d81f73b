//! Resolving one mention inside its article: names (titles stripped, surnames
//! and "Mr. X" to the full name met in the article, owned titles such as "South
//! Korea's defense minister"), pronouns, descriptions, collective and unnamed
//! sources, spokesmen "for" a body, and the people an article names with a title.
//! Pure; `mod.rs` calls these in document order and merges across articles.

use super::agreement::{
    gender_of_description, gender_of_title, is_plural_noun, is_plural_source, is_single_person,
    pronoun_gender, Genders,
};
use super::names::{
    collective_country, country_of_adjective, is_official_title, norm_key, parse, ParsedName,
};
use super::{entity_key, AliasEntry, AliasTable, Known, LocalSource};
use crate::extract::lexicon::{pronoun, PronounKind};
use crate::model::{Article, SourceKind};

/// "Recent reports from Kyiv", "accounts in Moscow": reports that come from a
/// place, not statements of its government. They stand alone, like any
/// unnamed source.
pub(super) fn is_reports_from(text: &str) -> bool {
    let name = strip_modifiers(text).to_lowercase();
    let mut words = name.split_whitespace();
    matches!(
        words.next(),
        Some("reports" | "report" | "accounts" | "rumors" | "rumours" | "claims")
    ) && matches!(words.next(), Some("from" | "in" | "out"))
}

pub(super) fn unnamed(text: &str, doc: &str) -> LocalSource {
    let name = strip_modifiers(text);
    LocalSource {
        key: entity_key(&name, Some(doc)),
        name: name.clone(),
        kind: SourceKind::Unnamed,
        surface: text.to_string(),
        member_of: Vec::new(),
        title: String::new(),
    }
}

/// "Persistent intelligence reports" → "intelligence reports"; "recent reports
/// from Kyiv" → "reports from Kyiv"; "the officials" → "officials".
pub(super) fn strip_modifiers(text: &str) -> String {
    const MODIFIERS: &[&str] = &[
        "the",
        "a",
        "an",
        "some",
        "many",
        "several",
        "persistent",
        "recent",
        "new",
        "other",
        "both",
        "unnamed",
        "anonymous",
        "two",
        "three",
        "senior",
        "local",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut i = 0;
    while i + 1 < words.len() && MODIFIERS.contains(&words[i].to_lowercase().as_str()) {
        i += 1;
    }
    words[i..].join(" ")
}

pub(super) fn collective(text: &str, doc: &str, table: &AliasTable) -> LocalSource {
    if let Some(e) = table
        .canonical(text)
        .or_else(|| table.canonical(&strip_modifiers(text)))
    {
        return from_table(e, text);
    }
    let mut s = unnamed(text, doc);
    if let Some(country) = collective_country(text) {
        // An official body of a state: one source with its government.
        let name = strip_modifiers(text);
        s = LocalSource {
            key: entity_key(&name, None),
            name,
            kind: SourceKind::Organization,
            surface: text.to_string(),
            member_of: vec![country.to_string()],
            title: String::new(),
        };
    } else if text
        .split_whitespace()
        .any(|w| matches!(w.to_lowercase().as_str(), "news" | "media" | "newspapers"))
    {
        s.kind = SourceKind::Media;
    }
    s
}

pub(super) fn from_table(e: &AliasEntry, surface: &str) -> LocalSource {
    LocalSource {
        key: entity_key(&e.name, None),
        name: e.name.clone(),
        kind: e.kind,
        surface: surface.to_string(),
        member_of: e.member_of.iter().cloned().collect(),
        title: String::new(),
    }
}

pub(super) fn resolve_name(
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
    let parsed = parse(text);
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
        let candidates: Vec<&Known> = people
            .iter()
            .chain(history.iter())
            .filter(|k| k.source.kind == SourceKind::Person && k.source.name.contains(' '))
            .filter(|k| genders.agrees(&k.source, want))
            .filter(|k| {
                let words: Vec<&str> = k.source.name.split_whitespace().collect();
                let first = words.first().map(|w| norm_key(w));
                let last = words.last().map(|w| norm_key(w));
                let n = norm_key(&parsed.name);
                first.as_deref() == Some(n.as_str()) || last.as_deref() == Some(n.as_str())
            })
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
        if is_official_title(&parsed.title) {
            for b in &parsed.title_bodies {
                member_of.push(country_of_adjective(b).map_or_else(|| b.clone(), str::to_string));
            }
        }
        if let Some(a) = appositive {
            if let Some(body) = body_in_appositive(a) {
                member_of.insert(0, body);
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
    if let Some(owner) = &parsed.owner {
        let owner_body = table
            .canonical(owner)
            .map_or_else(|| owner.clone(), |e| e.name.clone());
        if parsed.kind != SourceKind::Media {
            member_of.push(owner_body);
        }
    }
    if let Some(country) = collective_country(&parsed.name) {
        member_of.push(country.to_string());
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

/// "an expert with the Rand Corporation think tank" → "Rand Corporation";
/// "a security expert with Seoul think tank the Asan Institute" → "Asan Institute".
pub(super) fn body_in_appositive(appositive: &str) -> Option<String> {
    const MEMBERSHIP: &[&str] = &[
        "expert",
        "analyst",
        "fellow",
        "scholar",
        "member",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "professor",
        "researcher",
        "economist",
        "head",
        "chief",
        "president",
        "chairman",
        "chairwoman",
        "adviser",
        "advisor",
        "aide",
        "strategist",
        "executive",
        "officer",
        "lawyer",
        "attorney",
        "partner",
        "founder",
        "employee",
        "staffer",
    ];
    let lower = appositive.to_lowercase();
    if lower.contains("former") || lower.contains("retired") {
        return None;
    }
    // "an expert with the Rand Corporation", not "author of a book on the Bureau":
    // a role of membership, then its preposition.
    let idx = [" with ", " at ", " of ", " for "]
        .iter()
        .filter_map(|p| lower.find(p).map(|i| (i, i + p.len())))
        .min()
        .filter(|&(i, _)| {
            lower[..i]
                .split_whitespace()
                .last()
                .is_some_and(|w| MEMBERSHIP.contains(&w))
        })?
        .1;
    let rest = &appositive[idx..];
    // The last run of capitalised words names the body.
    let words: Vec<&str> = rest.split_whitespace().collect();
    let mut best: Vec<&str> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for w in &words {
        if w.chars().next().is_some_and(char::is_uppercase)
            || !cur.is_empty() && matches!(*w, "for" | "of" | "and")
        {
            cur.push(w);
        } else {
            if !cur.is_empty() {
                best = cur.clone();
            }
            cur.clear();
        }
    }
    if !cur.is_empty() {
        best = cur;
    }
    while best
        .last()
        .is_some_and(|w| matches!(*w, "for" | "of" | "and"))
    {
        best.pop();
    }
    (!best.is_empty()).then(|| best.join(" "))
}

/// "South Korea’s defense minister" in an article that names "Defense Minister
/// Kim Yong-hyun": that person, who belongs to the owner's government.
pub(super) fn owned_title(
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

pub(super) fn title_matches(hint: &str, title: &str) -> bool {
    let hint_words: Vec<&str> = hint
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .collect();
    !hint_words.is_empty() && hint_words.iter().all(|w| title.contains(w))
}

/// "He" and "she" go to the nearest single person whose gender, as far as the
/// article tells it, agrees, and to nobody when every person disagrees; "they"
/// to the nearest group or body; "it" and "we" to the nearest body; "I" and
/// "who" to the nearest person.
pub(super) fn resolve_pronoun(
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

pub(super) fn resolve_description(
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

/// People named with a title anywhere in the article ("North Korean leader Kim
/// Jong-un", "Defense Minister Kim Yong-hyun"), for resolving "Mr. Kim".
pub(super) fn titled_people(article: &Article, table: &AliasTable) -> Vec<Known> {
    use crate::extract::lexicon::TITLE_WORDS;
    let text = &article.text[article.body.range()];
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .scan(0usize, |pos, w| {
            let start = text[*pos..].find(w).map_or(*pos, |i| *pos + i);
            *pos = start + w.len();
            Some((start, w))
        })
        .collect();
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
            .trim_end_matches('.')
            .to_string()
    };
    let mut i = 0;
    while i < words.len() {
        let l = words[i].1.to_lowercase();
        let title = matches!(
            l.as_str(),
            "leader"
                | "president"
                | "minister"
                | "spokesman"
                | "spokeswoman"
                | "chief"
                | "secretary"
                | "general"
                | "director"
                | "ambassador"
                | "governor"
                | "senator"
                | "expert"
                | "analyst"
        );
        if title
            && i + 2 < words.len()
            && is_cap(words[i + 1].1)
            && is_cap(words[i + 2].1)
            && !words[i].1.ends_with([',', '.'])
        {
            let mut j = i + 1;
            let mut name: Vec<String> = Vec::new();
            while j < words.len()
                && j < i + 4
                && is_cap(words[j].1)
                && !TITLE_WORDS.contains(&words[j].1.to_lowercase().as_str())
            {
                let w = clean(words[j].1);
                let w = w
                    .strip_suffix("’s")
                    .or_else(|| w.strip_suffix("'s"))
                    .unwrap_or(&w)
                    .to_string();
                let ends = words[j].1.ends_with([',', '.', ';', ':']) || words[j].1.contains('’');
                name.push(w);
                j += 1;
                if ends {
                    break;
                }
            }
            if name.len() >= 2 {
                let start = i.saturating_sub(3);
                let phrase: Vec<String> =
                    words[start..i + 1].iter().map(|(_, w)| clean(w)).collect();
                let full = format!("{} {}", phrase.join(" "), name.join(" "));
                let parsed = parse(&full);
                let mut s = LocalSource {
                    key: entity_key(&name.join(" "), None),
                    name: name.join(" "),
                    kind: SourceKind::Person,
                    surface: name.join(" "),
                    member_of: Vec::new(),
                    title: parsed.title.clone(),
                };
                if let Some(e) = table.canonical(&s.name) {
                    s = from_table(e, &s.name);
                    s.title = parsed.title;
                }
                out.push(Known {
                    source: s,
                    at: article.body.start + words[i].0,
                });
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// "a spokesman for committee Democrats", "an official at the Defense
/// Ministry": an unnamed person who speaks for a body, merged into it.
pub(super) fn representative(text: &str, table: &AliasTable) -> Option<LocalSource> {
    const ROLES: &[&str] = &[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "aide",
        "aides",
        "representative",
        "staffer",
        "lawyer",
        "attorney",
        "director",
        "head",
        "chief",
        "chairman",
        "chairwoman",
        "president",
        "executive",
        "adviser",
        "advisor",
        "member",
        "members",
        "source",
        "sources",
        "secretary",
        "minister",
        "ambassador",
        "envoy",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let link = words
        .iter()
        .position(|w| matches!(*w, "for" | "of" | "at" | "with" | "from"))?;
    let role = words[..link]
        .iter()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        .collect::<Vec<_>>();
    let head = role.last()?.to_lowercase();
    if role
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        || !ROLES.contains(&head.as_str())
    {
        return None;
    }
    let body_words: Vec<&str> = words[link + 1..]
        .iter()
        .copied()
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
        .collect();
    if !body_words
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let body_phrase = body_words.join(" ");
    let body = table
        .canonical(&body_phrase)
        .map_or(body_phrase, |e| e.name.clone());
    let name = words
        .iter()
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    Some(LocalSource {
        key: entity_key(&name, None),
        name,
        kind: SourceKind::Person,
        surface: text.to_string(),
        member_of: vec![body],
        title: head,
    })
}
