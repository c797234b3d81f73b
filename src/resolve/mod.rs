//! Resolution: every source mention becomes one entity across all articles.
//!
//! Within an article, titles are stripped ("Defense Minister Kim Yong-hyun" →
//! "Kim Yong-hyun"), a surname or "Mr. X" goes to the full name met in the article
//! (an appositive such as "the defense minister" picks among several), pronouns and
//! descriptions ("he", "the newspaper", "the former general") go to the nearest
//! compatible source — agreeing in gender and number where the article tells them
//! (`agreement.rs`) — and continued quotations keep their speaker. Across
//! articles, names meet through normalised keys and the alias table (built in,
//! extended by the user's TOML file), which also gives bodies their government.
//! Unnamed sources ("officials", "experts") stay apart per article. Pure.

mod acronyms;
mod agreement;
mod aliases;
mod documents;
mod known;
mod local;
mod mentions;
pub mod names;
mod nicknames;
mod numbering;
mod registry;
mod surnames;

use rayon::prelude::*;

pub use aliases::{AliasEntry, AliasTable};
pub use local::{publisher_key, publisher_name};

use crate::model::{
    Article, Attribution, ByteSpan, ClaimId, Entity, Mention, MentionForm, QuoteKind,
    ResolvedAttribution, SourceId,
};
use agreement::{gender_of_appositive, gender_of_description, gender_of_title, Genders};
use known::Known;
use local::{entity_key, publisher_local, LocalSource};
use mentions::{
    appositive_person, body_words, collective, initials_title, interviewer, is_group_at_place,
    is_reports_from, relays, resolve_description, resolve_name, resolve_pronoun, staff_body,
    titled_people, unnamed,
};
use names::parse;
use registry::Registry;

/// Resolution result: entities sorted by key, attributions in document order.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Entities.
    pub sources: Vec<Entity>,
    /// Attributions with their source; `claim` is assigned by analysis.
    pub attributions: Vec<ResolvedAttribution>,
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

    // Entities by key, from every sighting in document order, then the
    // publishers, then the bodies named as affiliations.
    let publishers: Vec<LocalSource> = articles
        .par_iter()
        .map(|article| publisher_local(article, table))
        .collect();
    let mut registry = Registry::of_all(|| {
        per_doc
            .iter()
            .flatten()
            .flat_map(|sighting| std::iter::once(&sighting.source).chain(&sighting.via))
            .chain(&publishers)
    });
    registry.add_bodies(table);
    let (sources, moved) = numbering::number(registry, articles, table);
    let index = |key: &str| {
        let key = numbering::redirected(&moved, key);
        let at = sources.binary_search_by(|e| e.key.as_str().cmp(key));
        SourceId(at.expect("every key is an entity's") as u32)
    };

    // Each document's attributions in its order, with their ids, in parallel.
    let attributions: Vec<ResolvedAttribution> = per_doc
        .into_par_iter()
        .enumerate()
        .flat_map_iter(|(doc, mut items)| {
            let chars = crate::text::CharIndex::new(&articles[doc].text);
            items.sort_by_key(|x| {
                (
                    x.raw.first_offset(),
                    x.raw.quote == QuoteKind::Narrator,
                    x.mention.map(|m| m.start),
                )
            });
            let mut last_id = String::new();
            let mut repeat = 1;
            let mut out = Vec::with_capacity(items.len());
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
                out.push(ResolvedAttribution {
                    id,
                    doc,
                    source: index(&source.key),
                    mention,
                    via: via.iter().map(|v| index(&v.key)).collect(),
                    claim: ClaimId(0),
                    raw,
                });
            }
            out
        })
        .collect();
    Resolved {
        sources,
        attributions,
    }
}

/// One attribution with its source resolved inside its article.
struct Sighting {
    raw: Attribution,
    source: LocalSource,
    mention: Option<ByteSpan>,
    via: Vec<LocalSource>,
}

fn resolve_article(
    article: &Article,
    found: Vec<Attribution>,
    table: &AliasTable,
) -> Vec<Sighting> {
    let doc = article.path.as_str();
    let body = &article.text[article.body.range()];
    let words = body_words(body);
    let people = titled_people(article, &words, table);
    let mut genders = Genders::scan(body, &words);
    drop(words);
    let mut history: Vec<Known> = Vec::new();
    let mut out = Vec::with_capacity(found.len());
    let mut last_speaker: Option<LocalSource> = None;
    // The publisher, read once for all the narrator's sentences.
    let mut publisher: Option<LocalSource> = None;
    // The person last credited by name, and where that name ends: a pronoun
    // right after it, with nobody else in between, tells that person's gender.
    let mut last_named: Option<(String, usize)> = None;
    for raw in found {
        // A pronoun that agrees with nobody names nobody a later pronoun could mean.
        let mut unresolved_pronoun = false;
        let at = raw.first_offset();
        let mention_span = raw.source.as_ref().and_then(|m| m.span);
        // Set when the mention is a record resolved to its keeper: no alias.
        let mut kept_by_record = false;
        let (near_people, near_history) = known::near(&people, &history, at);
        let source = if raw.quote == QuoteKind::Narrator {
            publisher
                .get_or_insert_with(|| publisher_local(article, table))
                .clone()
        } else if raw.continues || raw.source.is_none() {
            match &last_speaker {
                Some(s) => s.clone(),
                None => continue,
            }
        } else {
            let m = raw.source.as_ref().expect("checked above");
            // A record speaks for its keeper ("official FBI statistics",
            // "figures released by the F.B.I.").
            let keeper = (m.form != MentionForm::Pronoun)
                .then(|| {
                    let after = m.span.and_then(|s| article.text.get(s.end..)).unwrap_or("");
                    documents::keeper_of_record(
                        &m.text,
                        &after[..crate::text::floor_boundary(after, 160)],
                    )
                })
                .flatten();
            kept_by_record = keeper.is_some();
            // "The N.C.A.A. president, Mark Emmert, said": the name the
            // description is given, as in "Mark Emmert, the N.C.A.A. president".
            let by_appositive = (m.form != MentionForm::Pronoun)
                .then(|| appositive_person(&m.text, m.appositive.as_deref()))
                .flatten();
            // "The A.G. said": the attorney general the article names.
            let initials = (m.form == MentionForm::Name)
                .then(|| initials_title(&m.text))
                .flatten();
            let resolved = match m.form {
                _ if keeper.is_some() => keeper.as_deref().map(|owner| {
                    resolve_name(owner, None, table, near_people, near_history, at, &genders)
                }),
                // A post or statement speaks for whoever put it out.
                MentionForm::Name | MentionForm::Description
                    if documents::is_document(&m.text)
                        && documents::author_before(&article.text, at, 800).is_some() =>
                {
                    documents::author_before(&article.text, at, 800).map(|author| {
                        resolve_name(
                            &author,
                            None,
                            table,
                            near_people,
                            near_history,
                            at,
                            &genders,
                        )
                    })
                }
                _ if by_appositive.is_some() => by_appositive.map(|name| {
                    resolve_name(
                        name,
                        Some(&m.text),
                        table,
                        near_people,
                        near_history,
                        at,
                        &genders,
                    )
                }),
                _ if initials.is_some() => initials
                    .and_then(|hint| {
                        resolve_description(hint, near_people, near_history, at, &genders)
                    })
                    .or_else(|| Some(unnamed(&m.text, doc))),
                MentionForm::Name if is_reports_from(&m.text) || is_group_at_place(&m.text) => {
                    Some(unnamed(&m.text, doc))
                }
                MentionForm::Name => Some(resolve_name(
                    &m.text,
                    m.appositive.as_deref(),
                    table,
                    near_people,
                    near_history,
                    at,
                    &genders,
                )),
                MentionForm::Pronoun => resolve_pronoun(&m.text, near_history, &genders),
                MentionForm::Description => {
                    resolve_description(&m.text, near_people, near_history, at, &genders)
                        .or_else(|| Some(unnamed_staff(&m.text, doc, table)))
                }
                MentionForm::Collective => Some(collective(&m.text, doc, table)),
            };
            unresolved_pronoun = resolved.is_none() && m.form == MentionForm::Pronoun;
            let mut source = match resolved {
                Some(s) => s,
                None => unnamed(&m.text, doc),
            };
            // "Her spokesman", "his deputy chief of staff, Drew Hammill":
            // staff speak for the person the possessive means.
            let principal = m.span.and_then(|span| {
                mentions::principal(
                    &m.text,
                    span.start,
                    raw.sentence.start,
                    near_people,
                    near_history,
                    &genders,
                )
            });
            if let Some(p) = principal.filter(|p| p.key != source.key) {
                if !source.member_of.contains(&p.name) {
                    source.member_of.insert(0, p.name);
                }
            }
            learn_gender(&mut genders, m, &source, &last_named, &article.text);
            last_named = match (m.form, m.span) {
                (MentionForm::Name, Some(span)) if genders.is_single_person(&source) => {
                    Some((source.key.clone(), span.end))
                }
                _ => last_named.filter(|(key, _)| *key == source.key),
            };
            source
        };
        let mut via = Vec::new();
        for v in &raw.via {
            let (near_people, near_history) = known::near(&people, &history, at);
            let s = match v.form {
                MentionForm::Name => resolve_name(
                    &v.text,
                    v.appositive.as_deref(),
                    table,
                    near_people,
                    near_history,
                    at,
                    &genders,
                ),
                MentionForm::Description => {
                    resolve_description(&v.text, near_people, near_history, at, &genders)
                        .unwrap_or_else(|| unnamed_staff(&v.text, doc, table))
                }
                MentionForm::Pronoun => match resolve_pronoun(&v.text, near_history, &genders) {
                    Some(s) => s,
                    None => {
                        via.push(unnamed(&v.text, doc));
                        continue;
                    }
                },
                MentionForm::Collective => collective(&v.text, doc, table),
            };
            learn_gender(&mut genders, v, &s, &None, &article.text);
            history.push(Known::new(s.clone(), at));
            via.push(s);
        }
        // "Blumenthal told the Times …" in another outlet's article: the
        // words reached it through the outlet that heard them.
        let told = raw
            .cue
            .filter(|_| raw.via.is_empty() && raw.quote != QuoteKind::Narrator);
        if let Some(heard) = told.and_then(|cue| interviewer(cue.slice(&article.text))) {
            let (near_people, near_history) = known::near(&people, &history, at);
            let s = resolve_name(heard, None, table, near_people, near_history, at, &genders);
            if relays(&s, &publisher_local(article, table)) {
                via.push(s);
            }
        }
        if raw.quote != QuoteKind::Narrator {
            if !unresolved_pronoun {
                history.push(Known::new(source.clone(), at));
            }
            last_speaker = Some(source.clone());
        }
        let mut source = source;
        if let Some(m) = &raw.source {
            // Only names become aliases; "he" or "the newspaper" name nothing.
            source.surface = if m.form == MentionForm::Name && !kept_by_record {
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

/// An unnamed source of this article ("a senior administration official"),
/// a member of the body its words name when the alias table knows it.
fn unnamed_staff(text: &str, doc: &str, table: &AliasTable) -> LocalSource {
    let mut s = unnamed(text, doc);
    s.member_of.extend(staff_body(text, table));
    s
}

/// What a mention tells about the gender of the person it was resolved to:
/// its title or honorific ("Ms. Tavenner", "spokeswoman Jen Psaki"), its
/// appositive ("…, a spokeswoman for the Pentagon"), a gendered description
/// ("the congresswoman"), or a pronoun straight after the person's name with
/// nobody else in between (`last_named`: that person's key and where the name
/// ends).
fn learn_gender(
    genders: &mut Genders,
    mention: &Mention,
    source: &LocalSource,
    last_named: &Option<(String, usize)>,
    text: &str,
) {
    if !genders.is_single_person(source) {
        return;
    }
    let mut told = Vec::new();
    match mention.form {
        MentionForm::Name => {
            told.extend(gender_of_title(&parse(&mention.text).title));
            told.extend(mention.appositive.as_deref().and_then(gender_of_appositive));
        }
        MentionForm::Description => {
            let lower = mention.text.to_lowercase();
            told.extend(
                lower
                    .split_whitespace()
                    .last()
                    .and_then(gender_of_description),
            );
        }
        MentionForm::Pronoun => {
            let gender = agreement::pronoun_gender(&mention.text);
            if let (Some(gender), Some(span), Some((key, end))) = (gender, mention.span, last_named)
            {
                if *key == source.key
                    && *end <= span.start
                    && span.start - *end <= known::WINDOW
                    && text.is_char_boundary(*end)
                    && text.is_char_boundary(span.start)
                    && agreement::is_clear_gap(&text[*end..span.start], gender)
                {
                    told.push(gender);
                }
            }
        }
        MentionForm::Collective => {}
    }
    for gender in told {
        genders.learn(&source.key, gender);
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_offices;
