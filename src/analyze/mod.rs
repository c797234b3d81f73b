//! Analysis: attributions grouped into claims (`grouping`, over `terms`), the
//! independent sources of each claim (`independence`), contradictions between
//! claims, and a credibility grade on the Admiralty scale. Pure; runs after
//! resolution and before the graph is laid out.

pub mod context;
pub mod contradiction;
mod credibility;
pub mod grouping;
pub mod independence;
pub mod matching;
pub mod origins;
pub mod semantic;
pub mod speakers;
pub mod stories;
pub mod terms;
pub mod utterance;
pub mod vocabulary;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use crate::model::{
    Article, ByteSpan, Claim, ClaimAnalysis, ClaimId, Corpus, MentionForm, QuoteKind, SourceId,
    Stance, Subject, SubjectId,
};
use crate::resolve::names::slug;
use crate::resolve::{AliasTable, Resolved};
use independence::Path;
use terms::Terms;

/// How many days apart two reports may be for their figures (or their dates of
/// plans) to conflict.
const SAME_DAYS: u64 = grouping::SAME_DAYS;

/// How many days apart two reports may be for their dates of a past event to
/// conflict: one news story, not last year's deal and this year's.
const SAME_STORY_DAYS: u64 = 60;

/// Groups, counts and cross-checks: returns the analysed corpus.
pub fn claims(articles: Vec<Article>, resolved: Resolved, table: &AliasTable) -> Corpus {
    let Resolved {
        sources,
        mut attributions,
    } = resolved;
    let texts: Vec<String> = attributions
        .par_iter()
        .map(|a| a.raw.content_text(&articles[a.doc].text))
        .collect();
    let mut terms: Vec<Terms> = texts.par_iter().map(|t| terms::of(t, table)).collect();
    context::fill(&mut terms, &attributions, &texts, &articles, table);
    terms.par_iter_mut().for_each(terms::share_subjects);
    let stances: Vec<Stance> = attributions.iter().map(|a| a.raw.stance).collect();
    let source_ids: Vec<u32> = attributions.iter().map(|a| a.source.0).collect();
    let day_of: Vec<Option<i64>> = articles
        .iter()
        .map(|a| day_number(a.meta.date.as_deref()))
        .collect();
    let days: Vec<Option<i64>> = attributions.iter().map(|a| day_of[a.doc]).collect();
    let story_of_doc = stories::find(&articles, &day_of);
    let doc_of: Vec<usize> = attributions.iter().map(|a| a.doc).collect();
    let story_of: Vec<u32> = attributions.iter().map(|a| story_of_doc[a.doc]).collect();
    let said = grouping::Said {
        stances: &stances,
        sources: &source_ids,
        days: &days,
        stories: &story_of,
        docs: &doc_of,
    };
    let wordings: Vec<matching::Wording> = texts.par_iter().map(|t| matching::wording(t)).collect();
    let groups = grouping::group(&terms, &wordings, &said);

    let mut conflicts = groups.conflicts.clone();
    conflicts.extend(contradiction::denials(
        &articles,
        &sources,
        &attributions,
        &texts,
        &terms,
        table,
    ));
    conflicts.extend(contradiction::predicates(&terms, &groups.group_of));
    // Figures conflict only between reports of the same days: last week's
    // jobless claims are not this week's. A date conflict about an event both
    // reports tell as done ("signed in June" vs "in July") stands however far
    // apart they are; about plans or possibilities, only within the same days.
    conflicts.retain(|(a, b, why)| {
        let (ta, tb) = (&terms[*a], &terms[*b]);
        let dates = why.starts_with("conflicting dates");
        // Figures of one quantity need one thing named on both sides: "its
        // vaccine generated $1.7 billion" (another drugmaker's) does not
        // contradict "the vaccine brought in $3.5 billion".
        if why.starts_with("conflicting numbers")
            && !ta.subjects.iter().any(|s| tb.subjects.contains(s))
        {
            return false;
        }
        // Two datings of one event share more than its class: "signed a
        // partnership" and "signed a pact", not "troops began withdrawing" and
        // "the withdrawal precipitated the collapse".
        if dates && ta.words.iter().filter(|w| tb.words.contains(w)).count() < 2 {
            return false;
        }
        // One source dating two things differently is two events (or its own
        // correction), as a source revising its figure is no contradiction.
        let (sa, sb) = (&attributions[*a], &attributions[*b]);
        if dates && sa.source == sb.source {
            return false;
        }
        // Two cuts of one quotation, one running on into a negated clause,
        // are one utterance: it does not contradict itself.
        if why.starts_with("opposite polarity")
            && utterance::same_words(sa, sb, &texts[*a], &texts[*b])
        {
            return false;
        }
        let settled = dates && !ta.modal && !tb.modal && !ta.conditional && !tb.conditional;
        let window = if settled { SAME_STORY_DAYS } else { SAME_DAYS };
        let (da, db) = (day_of[attributions[*a].doc], day_of[attributions[*b].doc]);
        !why.starts_with("conflicting") || da.zip(db).is_none_or(|(x, y)| x.abs_diff(y) <= window)
    });

    // Claims in order of their first member.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); groups.n_groups];
    for (i, &g) in groups.group_of.iter().enumerate() {
        members[g].push(i);
        attributions[i].claim = ClaimId(g as u32);
    }
    // Each claim and its subjects (name and key) built in parallel; the
    // subjects are then listed in claim order, a key's first name kept.
    let (mut claims, named): (Vec<Claim>, Vec<Vec<(String, &str)>>) = members
        .into_par_iter()
        .map(|m| {
            let rep = m
                .iter()
                .copied()
                .find(|&i| attributions[i].raw.quote != QuoteKind::Narrator)
                .unwrap_or(m[0]);
            let mut names: BTreeSet<&str> = BTreeSet::new();
            for &i in &m {
                names.extend(terms[i].subjects.iter().map(String::as_str));
            }
            let named: Vec<(String, &str)> = names
                .iter()
                .take(8)
                .map(|&n| (format!("subj:{}", slug(n)), n))
                .collect();
            let claim = Claim {
                key: format!("claim:{}", short_hash(&attributions[m[0]].id)),
                text: texts[rep].clone(),
                subjects: Vec::new(),
                members: m,
                analysis: ClaimAnalysis::default(),
            };
            (claim, named)
        })
        .unzip();
    let mut subjects: BTreeMap<String, String> = BTreeMap::new();
    for (key, name) in named.iter().flatten() {
        if !subjects.contains_key(key) {
            subjects.insert(key.clone(), name.to_string());
        }
    }
    let subject_keys_of: Vec<Vec<&String>> = named
        .iter()
        .map(|n| n.iter().map(|(key, _)| key).collect())
        .collect();
    let subject_list: Vec<Subject> = subjects
        .iter()
        .map(|(k, n)| Subject {
            key: k.clone(),
            name: n.clone(),
        })
        .collect();
    let subject_index: HashMap<&str, SubjectId> = subject_list
        .iter()
        .enumerate()
        .map(|(i, s)| (s.key.as_str(), SubjectId(i as u32)))
        .collect();
    for (c, keys) in claims.iter_mut().zip(&subject_keys_of) {
        c.subjects = keys.iter().map(|k| subject_index[k.as_str()]).collect();
    }

    // Independence.
    let body = |id: SourceId| outermost(&sources, id);
    let shingles: Vec<origins::Shingles> = attributions
        .par_iter()
        .map(|a| origins::Shingles::of(a.raw.sentence.slice(&articles[a.doc].text)))
        .collect();
    let headline: Vec<bool> = attributions
        .par_iter()
        .map(|a| origins::is_headline(&articles[a.doc], a.raw.sentence))
        .collect();
    // Sources named somewhere by a pronoun or a definite description ("he",
    // "the pope", "the four-term congressman").
    let mut anaphoric = vec![false; sources.len()];
    for a in &attributions {
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
    let analyses: Vec<(Vec<SourceId>, independence::Independence, usize)> = claims
        .par_iter()
        .map(|c| {
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
            let unidentified = |i: usize| {
                let a = &attributions[i];
                anaphoric[a.source.0 as usize] && sources[a.source.0 as usize].key.contains('@')
            };
            let identified = c
                .members
                .iter()
                .any(|&i| attributions[i].raw.quote != QuoteKind::Narrator && !unidentified(i));
            let first = utterance::first_speakers(&c.members, &attributions, &terms, &texts);
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
            // sources speaking jointly ("said in a joint statement"), is one
            // utterance. Sources joined by "and" ("Washington and Kyiv began
            // accusing …") each speak for themselves.
            let mut utterances: BTreeMap<(usize, Option<ByteSpan>, Option<ByteSpan>), usize> =
                BTreeMap::new();
            let mut counted: Vec<(usize, SourceId, Vec<SourceId>)> = Vec::new();
            for (k, &i) in c.members.iter().enumerate() {
                let a = &attributions[i];
                if a.raw.stance == Stance::Asserts {
                    asserting.insert(a.source);
                }
                docs.insert(a.doc);
                if credited && a.raw.quote == QuoteKind::Narrator || identified && unidentified(i) {
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
                            if origins::joint_statement(sentence)
                                || !origins::coordinated(text, a.mention, b.mention)
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
            let speakers = speakers::same_speakers(&speakers, &sources);
            // Bodies named two ways ("Labor Department" over its report,
            // "Department of Labor") are one too.
            let bodies: Vec<SourceId> = speakers.iter().map(|&s| body(s)).collect();
            let bodies = speakers::same_speakers(&bodies, &sources);
            let counted: Vec<(usize, Path)> = counted
                .into_iter()
                .zip(bodies)
                .map(|((i, _, relays), origin)| (i, Path { origin, relays }))
                .collect();
            // Copies and citations of articles that are read are no origins.
            let reports: Vec<origins::Report> = counted
                .iter()
                .map(|(i, p)| origins::Report {
                    doc: attributions[*i].doc,
                    origin: p.relays.first().copied().unwrap_or(p.origin),
                    shingles: &shingles[*i],
                })
                .collect();
            let standing = origins::standing(&reports, &publisher_of);
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
        })
        .collect();
    for (c, (asserting, ind, n_reports)) in claims.iter_mut().zip(analyses) {
        c.analysis.sources = asserting;
        c.analysis.independent_sources = ind.count;
        c.analysis.origins = ind.origins;
        // The cut is news only where reports collapse into fewer sources.
        if n_reports > ind.count {
            c.analysis.chokepoints = ind.chokepoints;
        }
        c.analysis.circular = n_reports >= 2 && ind.count == 1;
    }

    // Contradictions between claims.
    let mut pairs: BTreeMap<(u32, u32), String> = BTreeMap::new();
    for (a, b, why) in conflicts {
        let (ca, cb) = (attributions[a].claim.0, attributions[b].claim.0);
        // One speaker on both sides revised what they said: no two sides.
        let speakers = |c: u32| -> Vec<SourceId> {
            let members = &claims[c as usize].members;
            let mut s: Vec<SourceId> = members.iter().map(|&i| attributions[i].source).collect();
            s.sort_unstable();
            s.dedup();
            s
        };
        let revision = speakers::one_voice(&speakers(ca), &speakers(cb), &sources);
        if ca != cb && !revision {
            pairs.entry((ca.min(cb), ca.max(cb))).or_insert(why);
        }
    }
    for ((a, b), why) in pairs {
        claims[a as usize]
            .analysis
            .contradicted_by
            .push((ClaimId(b), why.clone()));
        claims[b as usize]
            .analysis
            .contradicted_by
            .push((ClaimId(a), why));
    }
    let snapshot: Vec<usize> = claims
        .iter()
        .map(|c| c.analysis.independent_sources)
        .collect();
    for c in &mut claims {
        let all = |f: &dyn Fn(&crate::model::ResolvedAttribution) -> bool| {
            c.members.iter().all(|&i| f(&attributions[i]))
        };
        let voices = if all(&|a| a.raw.stance == Stance::Denies) {
            credibility::Voices::OnlyDenied
        } else if all(&|a| a.raw.quote == QuoteKind::Narrator) {
            credibility::Voices::OnlyNarrator
        } else {
            credibility::Voices::Credited
        };
        let (score, reason) = credibility::grade(&c.analysis, &snapshot, voices);
        c.analysis.credibility = score;
        c.analysis.credibility_reason = reason;
        let docs = c.members.iter().map(|&i| attributions[i].doc);
        c.analysis.story = stories::main_story(docs, &story_of_doc);
    }
    Corpus {
        articles,
        sources,
        attributions,
        claims,
        subjects: subject_list,
        stories: story_of_doc,
    }
}

/// Days since 1970-01-01 of a date written `YYYY-MM-DD…`, if it is one.
fn day_number(date: Option<&str>) -> Option<i64> {
    let date = date?;
    let mut parts = date.get(..10)?.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// How many different routes (origin and relays) the reports take.
fn distinct_paths(paths: &[Path]) -> usize {
    let mut routes: Vec<&Path> = paths.iter().collect();
    routes.sort_by(|a, b| (a.origin, &a.relays).cmp(&(b.origin, &b.relays)));
    routes.dedup();
    routes.len()
}

/// The outermost body a source speaks for (itself when it stands alone).
pub fn outermost(sources: &[crate::model::Entity], id: SourceId) -> SourceId {
    let mut cur = id;
    for _ in 0..8 {
        match sources[cur.0 as usize].affiliation.first() {
            Some(&next) if next != cur => cur = next,
            _ => break,
        }
    }
    cur
}

/// A short stable hash for ids (FNV-1a, 48 bits in hex).
pub fn short_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{:012x}", h & 0xffff_ffff_ffff)
}
