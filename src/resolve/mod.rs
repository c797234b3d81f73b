//! Resolution: every source mention becomes one entity across all articles.
//!
//! Within an article, titles are stripped ("Defense Minister Kim Yong-hyun" →
//! "Kim Yong-hyun"), a surname or "Mr. X" goes to the full name met in the article
//! (an appositive such as "the defense minister" picks among several), pronouns and
//! descriptions ("he", "the newspaper", "the former general") go to the nearest
//! compatible source, and continued quotations keep their speaker. Across
//! articles, names meet through normalised keys and the alias table (built in,
//! extended by the user's TOML file), which also gives bodies their government.
//! Unnamed sources ("officials", "experts") stay apart per article. Pure.

mod aliases;
mod documents;
pub mod names;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

pub use aliases::{AliasEntry, AliasTable};

use crate::model::{
    Article, Attribution, ByteSpan, ClaimId, Entity, MentionForm, QuoteKind, ResolvedAttribution,
    SourceId, SourceKind,
};
use names::{
    collective_country, country_of_adjective, is_official_title, norm_key, parse, slug, ParsedName,
};

/// Resolution result: entities sorted by key, attributions in document order.
#[derive(Debug, Default)]
pub struct Resolved {
    /// Entities.
    pub sources: Vec<Entity>,
    /// Attributions with their source; `claim` is assigned by analysis.
    pub attributions: Vec<ResolvedAttribution>,
}

/// The publisher name of an article, or a per-document placeholder when unknown.
pub fn publisher_name(article: &Article) -> String {
    match &article.meta.publisher {
        Some(p) => p.clone(),
        None => format!("unknown publisher of {}", article.path),
    }
}

/// The entity key of an article's publisher.
pub fn publisher_key(article: &Article, table: &AliasTable) -> String {
    match &article.meta.publisher {
        Some(p) => entity_key(
            &table
                .canonical(p)
                .map_or_else(|| p.clone(), |e| e.name.clone()),
            None,
        ),
        None => entity_key(&publisher_name(article), Some(&article.path)),
    }
}

fn entity_key(name: &str, scope: Option<&str>) -> String {
    match scope {
        Some(doc) => format!("src:{}@{}", slug(name), doc),
        None => format!("src:{}", slug(name)),
    }
}

/// A source as resolved inside one article, before entities are numbered.
#[derive(Clone, Debug)]
struct LocalSource {
    key: String,
    name: String,
    kind: SourceKind,
    /// The surface phrase, kept as an alias.
    surface: String,
    /// Canonical names of the bodies it belongs to, innermost first.
    member_of: Vec<String>,
    /// Lower-case title words, for descriptions ("the defense minister").
    title: String,
}

/// Resolves every mention of every article.
pub fn entities(
    articles: &[Article],
    extractions: Vec<Vec<Attribution>>,
    table: &AliasTable,
) -> Resolved {
    let per_doc: Vec<Vec<Sighting>> = articles
        .par_iter()
        .zip(extractions.into_par_iter())
        .map(|(article, found)| resolve_article(article, found, table))
        .collect();

    // Entities by key; the first sighting (in document order) fixes the name and
    // kind, later ones add aliases and affiliations.
    let mut by_key: BTreeMap<String, LocalSource> = BTreeMap::new();
    let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
    let mut register = |s: &LocalSource, by_key: &mut BTreeMap<String, LocalSource>| {
        let entry = by_key.entry(s.key.clone()).or_insert_with(|| s.clone());
        if entry.kind == SourceKind::Unnamed && s.kind != SourceKind::Unnamed {
            entry.kind = s.kind;
        }
        if entry.member_of.is_empty() && !s.member_of.is_empty() {
            entry.member_of = s.member_of.clone();
        }
        if entry.name.split_whitespace().count() < s.name.split_whitespace().count()
            && entry.kind == SourceKind::Person
            && s.kind == SourceKind::Person
        {
            entry.name = s.name.clone();
        }
        aliases
            .entry(s.key.clone())
            .or_default()
            .push(s.surface.clone());
    };
    for doc in &per_doc {
        for sighting in doc {
            register(&sighting.source, &mut by_key);
            for v in &sighting.via {
                register(v, &mut by_key);
            }
        }
    }
    for article in articles {
        let p = publisher_local(article, table);
        register(&p, &mut by_key);
    }
    // Bodies named as affiliations become entities too.
    let mut pending: Vec<String> = by_key.values().flat_map(|s| s.member_of.clone()).collect();
    while let Some(body) = pending.pop() {
        let local = body_local(&body, table);
        if !by_key.contains_key(&local.key) {
            pending.extend(local.member_of.clone());
            register(&local, &mut by_key);
        }
    }
    let index: HashMap<String, SourceId> = by_key
        .keys()
        .enumerate()
        .map(|(i, k)| (k.clone(), SourceId(i as u32)))
        .collect();
    let sources: Vec<Entity> = by_key
        .values()
        .enumerate()
        .map(|(own, s)| {
            let mut names: Vec<String> = aliases.remove(&s.key).unwrap_or_default();
            names.retain(|a| a != &s.name && !a.is_empty());
            names.sort();
            names.dedup();
            let affiliation = s
                .member_of
                .iter()
                .filter_map(|b| index.get(&body_local(b, table).key).copied())
                // Never a member of itself.
                .filter(|id| id.0 as usize != own)
                .collect();
            Entity {
                key: s.key.clone(),
                name: s.name.clone(),
                kind: s.kind,
                aliases: names,
                affiliation,
            }
        })
        .collect();

    let mut attributions = Vec::new();
    for (doc, mut items) in per_doc.into_iter().enumerate() {
        let chars = crate::export::records::CharIndex::new(&articles[doc].text);
        items.sort_by_key(|x| {
            (
                x.raw.first_offset(),
                x.raw.quote == QuoteKind::Narrator,
                x.mention.map(|m| m.start),
            )
        });
        let mut last_id = String::new();
        let mut repeat = 1;
        for Sighting {
            raw,
            source,
            mention,
            via,
        } in items
        {
            let base = format!("{}:{}", articles[doc].path, chars.chars(raw.first_offset()));
            // Joint sources share their first offset: number the repeats.
            let id = if base == last_id {
                repeat += 1;
                format!("{base}-{repeat}")
            } else {
                repeat = 1;
                last_id = base.clone();
                base
            };
            attributions.push(ResolvedAttribution {
                id,
                doc,
                source: index[&source.key],
                mention,
                via: via.iter().map(|v| index[&v.key]).collect(),
                claim: ClaimId(0),
                raw,
            });
        }
    }
    Resolved {
        sources,
        attributions,
    }
}

fn publisher_local(article: &Article, table: &AliasTable) -> LocalSource {
    let name = match &article.meta.publisher {
        Some(p) => table
            .canonical(p)
            .map_or_else(|| p.clone(), |e| e.name.clone()),
        None => publisher_name(article),
    };
    LocalSource {
        key: publisher_key(article, table),
        surface: name.clone(),
        name,
        kind: if article.meta.publisher.is_some() {
            SourceKind::Media
        } else {
            SourceKind::Publisher
        },
        member_of: Vec::new(),
        title: String::new(),
    }
}

/// An entity for a body named only as an affiliation ("South Korea").
fn body_local(name: &str, table: &AliasTable) -> LocalSource {
    match table.canonical(name) {
        Some(e) => LocalSource {
            key: entity_key(&e.name, None),
            name: e.name.clone(),
            kind: e.kind,
            surface: name.to_string(),
            member_of: e.member_of.iter().cloned().collect(),
            title: String::new(),
        },
        None => {
            let p = parse(name);
            LocalSource {
                key: entity_key(&p.name, None),
                name: p.name,
                kind: SourceKind::Organization,
                surface: name.to_string(),
                member_of: Vec::new(),
                title: String::new(),
            }
        }
    }
}

/// One attribution with its source resolved inside its article.
struct Sighting {
    raw: Attribution,
    source: LocalSource,
    mention: Option<ByteSpan>,
    via: Vec<LocalSource>,
}

/// A person or body named in the article, with where it was met.
struct Known {
    source: LocalSource,
    at: usize,
}

fn resolve_article(
    article: &Article,
    found: Vec<Attribution>,
    table: &AliasTable,
) -> Vec<Sighting> {
    let doc = article.path.as_str();
    let people = titled_people(article, table);
    let mut history: Vec<Known> = Vec::new();
    let mut out = Vec::with_capacity(found.len());
    let mut last_speaker: Option<LocalSource> = None;
    for raw in found {
        let at = raw.first_offset();
        let mention_span = raw.source.as_ref().and_then(|m| m.span);
        let source = if raw.quote == QuoteKind::Narrator {
            publisher_local(article, table)
        } else if raw.continues || raw.source.is_none() {
            match &last_speaker {
                Some(s) => s.clone(),
                None => continue,
            }
        } else {
            let m = raw.source.as_ref().expect("checked above");
            let resolved = match m.form {
                // A post or statement speaks for whoever put it out.
                MentionForm::Name | MentionForm::Description
                    if documents::is_document(&m.text)
                        && documents::author_before(&article.text, at, 800).is_some() =>
                {
                    documents::author_before(&article.text, at, 800)
                        .map(|author| resolve_name(&author, None, table, &people, &history, at))
                }
                MentionForm::Name if is_reports_from(&m.text) => Some(unnamed(&m.text, doc)),
                MentionForm::Name => Some(resolve_name(
                    &m.text,
                    m.appositive.as_deref(),
                    table,
                    &people,
                    &history,
                    at,
                )),
                MentionForm::Pronoun => resolve_pronoun(&m.text, &history),
                MentionForm::Description => resolve_description(&m.text, &people, &history, at)
                    .or_else(|| Some(unnamed(&m.text, doc))),
                MentionForm::Collective => Some(collective(&m.text, doc, table)),
            };
            match resolved {
                Some(s) => s,
                None => unnamed(&m.text, doc),
            }
        };
        let mut via = Vec::new();
        for v in &raw.via {
            let s = match v.form {
                MentionForm::Name => resolve_name(
                    &v.text,
                    v.appositive.as_deref(),
                    table,
                    &people,
                    &history,
                    at,
                ),
                MentionForm::Description => resolve_description(&v.text, &people, &history, at)
                    .unwrap_or_else(|| unnamed(&v.text, doc)),
                MentionForm::Pronoun => {
                    resolve_pronoun(&v.text, &history).unwrap_or_else(|| unnamed(&v.text, doc))
                }
                MentionForm::Collective => collective(&v.text, doc, table),
            };
            history.push(Known {
                source: s.clone(),
                at,
            });
            via.push(s);
        }
        if raw.quote != QuoteKind::Narrator {
            history.push(Known {
                source: source.clone(),
                at,
            });
            last_speaker = Some(source.clone());
        }
        let mut source = source;
        if let Some(m) = &raw.source {
            // Only names become aliases; "he" or "the newspaper" name nothing.
            source.surface = if m.form == MentionForm::Name {
                m.text.clone()
            } else {
                String::new()
            };
        }
        out.push(Sighting {
            raw,
            source,
            mention: mention_span,
            via,
        });
    }
    out
}

/// "Recent reports from Kyiv", "accounts in Moscow": reports that come from a
/// place, not statements of its government. They stand alone, like any
/// unnamed source.
fn is_reports_from(text: &str) -> bool {
    let name = strip_modifiers(text).to_lowercase();
    let mut words = name.split_whitespace();
    matches!(
        words.next(),
        Some("reports" | "report" | "accounts" | "rumors" | "rumours" | "claims")
    ) && matches!(words.next(), Some("from" | "in" | "out"))
}

fn unnamed(text: &str, doc: &str) -> LocalSource {
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
fn strip_modifiers(text: &str) -> String {
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

fn collective(text: &str, doc: &str, table: &AliasTable) -> LocalSource {
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

fn from_table(e: &AliasEntry, surface: &str) -> LocalSource {
    LocalSource {
        key: entity_key(&e.name, None),
        name: e.name.clone(),
        kind: e.kind,
        surface: surface.to_string(),
        member_of: e.member_of.iter().cloned().collect(),
        title: String::new(),
    }
}

fn resolve_name(
    text: &str,
    appositive: Option<&str>,
    table: &AliasTable,
    people: &[Known],
    history: &[Known],
    at: usize,
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
    // or title picks among several.
    let single = !parsed.name.contains(' ')
        && matches!(parsed.kind, SourceKind::Person | SourceKind::Organization);
    if single {
        let hint = appositive.map(str::to_lowercase).unwrap_or_default();
        let candidates: Vec<&Known> = people
            .iter()
            .chain(history.iter())
            .filter(|k| k.source.kind == SourceKind::Person && k.source.name.contains(' '))
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
fn body_in_appositive(appositive: &str) -> Option<String> {
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
fn owned_title(
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

fn title_matches(hint: &str, title: &str) -> bool {
    let hint_words: Vec<&str> = hint
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .collect();
    !hint_words.is_empty() && hint_words.iter().all(|w| title.contains(w))
}

fn resolve_pronoun(text: &str, history: &[Known]) -> Option<LocalSource> {
    let lower = text.to_lowercase();
    let want_person = matches!(
        lower.as_str(),
        "he" | "she" | "his" | "her" | "him" | "i" | "who"
    );
    history
        .iter()
        .rev()
        .find(|k| {
            let person = k.source.kind == SourceKind::Person;
            if want_person {
                person
            } else {
                !person && k.source.kind != SourceKind::Publisher
            }
        })
        .or_else(|| history.last())
        .map(|k| k.source.clone())
}

fn resolve_description(
    text: &str,
    people: &[Known],
    history: &[Known],
    at: usize,
) -> Option<LocalSource> {
    let lower = text.to_lowercase();
    let head = lower.split_whitespace().last().unwrap_or("").to_string();
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
            .filter(|k| k.source.kind == SourceKind::Person)
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
            SourceKind::Person => !media && !body && !document,
            SourceKind::Unnamed | SourceKind::Publisher => false,
        })
        .map(|k| k.source.clone())
}

/// People named with a title anywhere in the article ("North Korean leader Kim
/// Jong-un", "Defense Minister Kim Yong-hyun"), for resolving "Mr. Kim".
fn titled_people(article: &Article, table: &AliasTable) -> Vec<Known> {
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
fn representative(text: &str, table: &AliasTable) -> Option<LocalSource> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleMeta, Mention};

    fn article(text: &str) -> Article {
        Article {
            path: "a.txt".into(),
            text: text.into(),
            body: ByteSpan::new(0, text.len()),
            meta: ArticleMeta::default(),
        }
    }

    fn said(text: &str, who: &str, form: MentionForm, appositive: Option<&str>) -> Attribution {
        let at = text.rfind(who).unwrap_or(0);
        Attribution {
            source: Some(Mention {
                span: Some(ByteSpan::new(at, at + who.len())),
                text: who.into(),
                form,
                appositive: appositive.map(Into::into),
            }),
            cue: None,
            content: vec![ByteSpan::new(at, at + who.len())],
            quote: QuoteKind::Indirect,
            stance: crate::model::Stance::Asserts,
            via: vec![],
            sentence: ByteSpan::new(at, at + who.len()),
            continues: false,
        }
    }

    /// Resolves the given mentions of one article and returns their entity names.
    fn check(text: &str, mentions: &[(&str, MentionForm, Option<&str>)], expect: &[&str]) {
        let a = article(text);
        let found = mentions
            .iter()
            .map(|(w, f, ap)| said(text, w, *f, *ap))
            .collect();
        let r = entities(&[a], vec![found], &AliasTable::builtin());
        let got: Vec<&str> = r
            .attributions
            .iter()
            .map(|x| r.sources[x.source.0 as usize].name.as_str())
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn surnames_pronouns_and_descriptions() {
        check(
            "North Korea expert Benjamin Young spoke. Young said. He said. The Kyiv Post reported. The newspaper said.",
            &[
                ("North Korea expert Benjamin Young", MentionForm::Name, None),
                ("Young", MentionForm::Name, None),
                ("He", MentionForm::Pronoun, None),
                ("The Kyiv Post", MentionForm::Name, None),
                ("The newspaper", MentionForm::Description, None),
            ],
            &["Benjamin Young", "Benjamin Young", "Benjamin Young", "Kyiv Post", "Kyiv Post"],
        );
    }

    #[test]
    fn mr_kim_is_picked_by_appositive() {
        check(
            "Defense Minister Kim Yong-hyun spoke. North Korean leader Kim Jong-un left. Mr. Kim, the defense minister, said.",
            &[("Mr. Kim", MentionForm::Name, Some("the defense minister"))],
            &["Kim Yong-hyun"],
        );
        check(
            "Defense Minister Kim Yong-hyun spoke. North Korean leader Kim Jong-un left. Mr. Kim called it.",
            &[("Mr. Kim", MentionForm::Name, None)],
            &["Kim Jong Un"],
        );
    }

    #[test]
    fn a_spokesman_for_a_body_is_one_with_it() {
        check(
            "A spokesman for the Pentagon said.",
            &[("A spokesman for the Pentagon", MentionForm::Name, None)],
            &["spokesman for the Pentagon"],
        );
        let text = "A spokesman for the Pentagon said.";
        let found = vec![said(
            text,
            "A spokesman for the Pentagon",
            MentionForm::Name,
            None,
        )];
        let r = entities(&[article(text)], vec![found], &AliasTable::builtin());
        let who = &r.sources[r.attributions[0].source.0 as usize];
        assert_eq!(
            r.sources[who.affiliation[0].0 as usize].name,
            "U.S. Department of Defense"
        );
    }

    #[test]
    fn an_owned_title_is_the_titled_person_of_that_government() {
        check(
            "South Korea’s defense minister said so. Defense Minister Kim Yong-hyun told lawmakers.",
            &[
                ("South Korea’s defense minister", MentionForm::Name, None),
                ("Defense Minister Kim Yong-hyun", MentionForm::Name, None),
            ],
            &["Kim Yong-hyun", "Kim Yong-hyun"],
        );
        let a = article(
            "South Korea’s defense minister said so. Defense Minister Kim Yong-hyun spoke.",
        );
        let found = vec![said(
            &a.text,
            "South Korea’s defense minister",
            MentionForm::Name,
            None,
        )];
        let r = entities(&[a], vec![found], &AliasTable::builtin());
        let kim = &r.sources[r.attributions[0].source.0 as usize];
        let body = &r.sources[kim.affiliation[0].0 as usize];
        assert_eq!(body.name, "South Korea");
    }

    #[test]
    fn reports_from_a_capital_are_not_its_government() {
        check(
            "Troops appear deployed, according to recent reports from Kyiv. Kyiv said.",
            &[
                ("recent reports from Kyiv", MentionForm::Name, None),
                ("Kyiv", MentionForm::Name, None),
            ],
            &["reports from Kyiv", "Ukraine"],
        );
    }

    #[test]
    fn aliases_merge_bodies() {
        check(
            "The Pentagon said. The Defense Department said. Moscow said.",
            &[
                ("The Pentagon", MentionForm::Name, None),
                ("The Defense Department", MentionForm::Name, None),
                ("Moscow", MentionForm::Name, None),
            ],
            &[
                "U.S. Department of Defense",
                "U.S. Department of Defense",
                "Russia",
            ],
        );
    }
}
