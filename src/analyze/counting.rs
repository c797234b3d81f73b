//! Which reports of one claim count towards its independent sources, and
//! through which paths: narrators beside credited sources, unidentified
//! speakers beside identified ones, headlines over their own article, one
//! utterance credited twice, copies and citations of articles that are read
//! all count once or not at all; `independence.rs` then counts the paths.
//! Pure; each claim is read on its own, so claims are read in parallel.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use super::independence::{self, Independence, Path};
use super::terms::Terms;
use super::{origins, outermost, speakers, utterance};
use crate::model::{
    Article, ByteSpan, Claim, Entity, MentionForm, QuoteKind, ResolvedAttribution, SourceId,
    SourceKind, Stance,
};
use crate::resolve::AliasTable;

/// What counting a claim's sources reads besides the claim: the corpus, and
/// what is worked out once for every attribution, source and article.
pub struct Evidence<'a> {
    /// The articles.
    pub articles: &'a [Article],
    /// The sources, sorted by key.
    pub sources: &'a [Entity],
    /// The attributions.
    pub attributions: &'a [ResolvedAttribution],
    /// The shingles of each attribution's sentence (empty where its claim is
    /// told in one document: copies are looked for across documents).
    pub shingles: Vec<origins::Shingles>,
    /// Whether each attribution is its article's headline.
    pub headline: Vec<bool>,
    /// Sources named somewhere by a pronoun or a definite description.
    pub anaphoric: Vec<bool>,
    /// Texts of no named author ("a small study", "multiple reports").
    pub unsigned: Vec<bool>,
    /// The outermost body of each article's publisher, when it is a source.
    pub publisher_of: Vec<Option<SourceId>>,
}

impl<'a> Evidence<'a> {
    /// Works out the shingles, headlines, anaphoric sources and publishers,
    /// given attributions that carry their claims.
    pub fn of(
        articles: &'a [Article],
        sources: &'a [Entity],
        attributions: &'a [ResolvedAttribution],
        table: &AliasTable,
    ) -> Evidence<'a> {
        let body = |id: SourceId| outermost(sources, id);
        // Shingles tell copies across documents apart, within one claim: a
        // claim told in one document compares none, and leaves them empty.
        let mut first_doc: Vec<Option<usize>> = Vec::new();
        let mut spread: Vec<bool> = Vec::new();
        for a in attributions {
            let c = a.claim.0 as usize;
            if c >= first_doc.len() {
                first_doc.resize(c + 1, None);
                spread.resize(c + 1, false);
            }
            match first_doc[c] {
                None => first_doc[c] = Some(a.doc),
                Some(doc) => spread[c] |= doc != a.doc,
            }
        }
        let shingles: Vec<origins::Shingles> = attributions
            .par_iter()
            .map(|a| {
                if spread[a.claim.0 as usize] {
                    origins::Shingles::of(a.raw.sentence.slice(&articles[a.doc].text))
                } else {
                    origins::Shingles::default()
                }
            })
            .collect();
        let headline: Vec<bool> = attributions
            .par_iter()
            .map(|a| origins::is_headline(&articles[a.doc], a.raw.sentence))
            .collect();
        // Sources named somewhere by a pronoun or a definite description ("he",
        // "the pope", "the four-term congressman").
        let mut anaphoric = vec![false; sources.len()];
        let unsigned = sources
            .iter()
            .map(|e| e.key.contains('@') && speakers::is_unsigned_text(&e.name))
            .collect();
        for a in attributions {
            let form = a.raw.source.as_ref().map(|m| m.form);
            if matches!(form, Some(MentionForm::Pronoun | MentionForm::Description)) {
                anaphoric[a.source.0 as usize] = true;
            }
        }
        let publisher_of: Vec<Option<SourceId>> = articles
            .par_iter()
            .map(|a| {
                let key = crate::resolve::publisher_key(a, table);
                let at = sources
                    .binary_search_by(|s| s.key.as_str().cmp(&key))
                    .ok()?;
                Some(body(SourceId(at as u32)))
            })
            .collect();
        Evidence {
            articles,
            sources,
            attributions,
            shingles,
            headline,
            anaphoric,
            unsigned,
            publisher_of,
        }
    }
}

/// The sources asserting a claim, its independent sources, and how many
/// reports (documents or distinct paths, whichever more) it has.
pub fn sources(
    c: &Claim,
    evidence: &Evidence,
    terms: &[Terms],
    texts: &[String],
) -> (Vec<SourceId>, Independence, usize) {
    let Evidence {
        articles,
        sources,
        attributions,
        shingles,
        headline,
        anaphoric,
        unsigned,
        publisher_of,
    } = evidence;
    let body = |id: SourceId| outermost(sources, id);
    let mut asserting = BTreeSet::new();
    let mut docs = BTreeSet::new();
    // A group holds one stance; a claim made of denials counts its deniers.
    // A publisher's own voice counts only where no source is credited:
    // beside credited sources it restates what they said.
    let credited = c
        .members
        .iter()
        .any(|&i| attributions[i].raw.quote != QuoteKind::Narrator);
    // A speaker left unidentified ("she", "the official" that resolution
    // could not tie to anyone) may be any speaker already counted: it
    // counts only where nobody is identified.
    // A quotation continuing such a speaker is theirs too ("the pope
    // continued. “That way …”"): the speaker, not the mention, decides.
    // So may a group a headline says spoke ("Democrats Say Trump Should
    // Cancel Putin Meeting"): it sums up speakers its story names.
    let unidentified = |i: usize| {
        let a = &attributions[i];
        let source = &sources[a.source.0 as usize];
        anaphoric[a.source.0 as usize] && source.key.contains('@')
            || headline[i] && speakers::is_plural_group(source)
    };
    let identified = c
        .members
        .iter()
        .any(|&i| attributions[i].raw.quote != QuoteKind::Narrator && !unidentified(i));
    // A text nobody is said to have written ("according to a small study",
    // "multiple reports", "data from a clinical trial") may be the text of
    // a source another article names (the CDC's study, the Post's report):
    // it counts only where no other article identifies a source. Within one
    // article the writer tells the two apart ("reports from Kyiv" beside
    // "Ukrainian intelligence officials").
    let identified_in: BTreeSet<usize> = c
        .members
        .iter()
        .filter(|&&i| {
            let a = &attributions[i];
            a.raw.quote != QuoteKind::Narrator && !unidentified(i) && !unsigned[a.source.0 as usize]
        })
        .map(|&i| attributions[i].doc)
        .collect();
    let unsigned_beside = |i: usize| {
        let a = &attributions[i];
        unsigned[a.source.0 as usize] && identified_in.iter().any(|&d| d != a.doc)
    };
    let first = utterance::first_speakers(&c.members, attributions, terms, texts);
    // A headline restates its article: where the article's body is in the
    // claim too, the headline adds no origin ("HHS chief says …" over
    // "Secretary Xavier Becerra said …").
    let body_docs: BTreeSet<usize> = c
        .members
        .iter()
        .filter(|&&i| !headline[i])
        .map(|&i| attributions[i].doc)
        .collect();
    // One cue's content in one document credited to a source twice over
    // ("X wrote in a recent report that …": X and its report), or to
    // sources speaking jointly ("said in a joint statement") or asking
    // together ("Pfizer and BioNTech asked regulators …"), is one utterance.
    // Sources joined by "and" ("Washington and Kyiv began accusing …") each
    // speak for themselves.
    let mut utterances: BTreeMap<(usize, Option<ByteSpan>, Option<ByteSpan>), usize> =
        BTreeMap::new();
    let mut counted: Vec<(usize, SourceId, Vec<SourceId>)> = Vec::new();
    for (k, &i) in c.members.iter().enumerate() {
        let a = &attributions[i];
        if a.raw.stance == Stance::Asserts {
            asserting.insert(a.source);
        }
        docs.insert(a.doc);
        if credited && a.raw.quote == QuoteKind::Narrator
            || identified && unidentified(i)
            || unsigned_beside(i)
        {
            continue;
        }
        if headline[i] && body_docs.contains(&a.doc) {
            continue;
        }
        let said = (
            a.doc,
            a.raw.content.first().copied(),
            a.raw.content.last().copied(),
        );
        // Denials stay apart: each party denies for itself ("Both Moscow
        // and Pyongyang have denied …").
        if a.raw.stance == Stance::Asserts && !a.raw.content.is_empty() {
            match utterances.get(&said) {
                Some(&j) => {
                    let text = &articles[a.doc].text;
                    let sentence = a.raw.sentence.slice(text);
                    let b = &attributions[j];
                    if !origins::coordinated(text, a.mention, b.mention)
                        || origins::joint_statement(sentence)
                        || origins::joint_request(text, a.mention, b.mention)
                        || origins::filed_together(text, a.mention, b.mention)
                    {
                        continue;
                    }
                }
                None => {
                    utterances.insert(said, i);
                }
            }
        }
        // A quotation repeated is one utterance, whoever each repetition
        // names: the first speaker's.
        let mut speaker = attributions[c.members[first[k]]].source;
        if identified && unidentified(c.members[first[k]]) {
            speaker = a.source;
        }
        counted.push((i, speaker, a.via.iter().map(|&v| body(v)).collect()));
    }
    let speakers: Vec<SourceId> = counted.iter().map(|(_, s, _)| *s).collect();
    let speakers = speakers::same_speakers(&speakers, sources);
    // Bodies named two ways ("Labor Department" over its report,
    // "Department of Labor") are one too.
    let bodies: Vec<SourceId> = speakers.iter().map(|&s| body(s)).collect();
    let bodies = speakers::same_speakers(&bodies, sources);
    let mut counted: Vec<(usize, Path)> = counted
        .into_iter()
        .zip(bodies)
        .map(|((i, _, relays), origin)| (i, Path { origin, relays }))
        .collect();
    one_unknown_publisher(&mut counted, attributions, articles, publisher_of);
    // Copies and citations of articles that are read are no origins.
    let reports: Vec<origins::Report> = counted
        .iter()
        .map(|(i, p)| origins::Report {
            doc: attributions[*i].doc,
            origin: p.relays.first().copied().unwrap_or(p.origin),
            shingles: &shingles[*i],
            unnamed: {
                let e = &sources[attributions[*i].source.0 as usize];
                e.kind == SourceKind::Unnamed || e.key.contains('@')
            },
        })
        .collect();
    let standing = origins::standing(&reports, publisher_of);
    let paths: Vec<Path> = counted
        .into_iter()
        .zip(standing)
        .filter(|(_, kept)| *kept)
        .map(|((_, p), _)| p)
        .collect();
    (
        asserting.into_iter().collect(),
        independence::count(&paths),
        docs.len().max(distinct_paths(&paths)),
    )
}

/// Articles with no known publisher never add independent sources among
/// themselves (two files of one unnamed outlet, or a copy under another
/// name, cannot be told from two outlets): their publishers' own voices,
/// each a placeholder of its article, count as one origin, the first.
fn one_unknown_publisher(
    counted: &mut [(usize, Path)],
    attributions: &[ResolvedAttribution],
    articles: &[Article],
    publisher_of: &[Option<SourceId>],
) {
    let unknown = |i: usize, p: &Path| {
        let doc = attributions[i].doc;
        articles[doc].meta.publisher.is_none() && publisher_of[doc] == Some(p.origin)
    };
    let Some(first) = counted
        .iter()
        .filter(|(i, p)| unknown(*i, p))
        .map(|(_, p)| p.origin)
        .min()
    else {
        return;
    };
    for (i, p) in counted.iter_mut() {
        if unknown(*i, p) {
            p.origin = first;
        }
    }
}

/// How many different routes (origin and relays) the reports take.
fn distinct_paths(paths: &[Path]) -> usize {
    let mut routes: Vec<&Path> = paths.iter().collect();
    routes.sort_by(|a, b| (a.origin, &a.relays).cmp(&(b.origin, &b.relays)));
    routes.dedup();
    routes.len()
}
