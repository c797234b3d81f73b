//! Analysis: attributions grouped into claims (`grouping`, over `terms`), the
//! reports of each claim that count (`counting`) and its independent sources
//! (`independence`), contradictions between claims, and a credibility grade on
//! the Admiralty scale. Pure; runs after resolution and before the graph is
//! laid out.

pub mod context;
pub mod contradiction;
pub mod counting;
mod credibility;
pub mod grouping;
pub mod independence;
pub mod matching;
pub mod origins;
pub mod postings;
pub mod semantic;
pub mod speakers;
pub mod stories;
pub mod terms;
pub mod utterance;
pub mod vocabulary;

use compact_str::CompactString;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use crate::model::{
    Article, Claim, ClaimAnalysis, ClaimId, Corpus, Join, QuoteKind, SourceId, Stance, Subject,
    SubjectId,
};
use crate::resolve::names::slug;
use crate::resolve::{AliasTable, Resolved};
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
    let day_of: Vec<Option<i64>> = articles
        .iter()
        .map(|a| day_number(a.meta.date.as_deref()))
        .collect();
    // Stories (partly serial) are found while the terms are read: neither
    // needs the other, and the results do not depend on the order.
    let (mut terms, story_of_doc): (Vec<Terms>, Vec<u32>) = rayon::join(
        || terms::of_each(&texts, table),
        || stories::find(&articles, &day_of),
    );
    context::fill(&mut terms, &attributions, &texts, &articles, table);
    terms.par_iter_mut().for_each(terms::share_subjects);
    let stances: Vec<Stance> = attributions.iter().map(|a| a.raw.stance).collect();
    let source_ids: Vec<u32> = attributions.iter().map(|a| a.source.0).collect();
    let days: Vec<Option<i64>> = attributions.iter().map(|a| day_of[a.doc]).collect();
    let doc_of: Vec<usize> = attributions.iter().map(|a| a.doc).collect();
    let story_of: Vec<u32> = attributions.iter().map(|a| story_of_doc[a.doc]).collect();
    let said = grouping::Said {
        stances: &stances,
        sources: &source_ids,
        days: &days,
        stories: &story_of,
        docs: &doc_of,
    };
    let mut wordings: Vec<matching::Wording> =
        texts.par_iter().map(|t| matching::wording(t)).collect();
    let mut groups = grouping::group(&terms, &mut wordings, &said);
    // Every wording is held while claims are grouped, and none after: they
    // are freed while denials are read.
    let ((), denials) = rayon::join(
        move || drop(wordings),
        || contradiction::denials(&articles, &sources, &attributions, &texts, &terms, table),
    );

    let mut conflicts = std::mem::take(&mut groups.conflicts);
    conflicts.extend(denials);
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
    let mut joins: Vec<Vec<Join>> = vec![Vec::new(); groups.n_groups];
    for join in std::mem::take(&mut groups.joins) {
        joins[groups.group_of[join.a]].push(join);
    }
    // Each claim and its subjects (name and key) built in parallel; the
    // subjects are then listed in claim order, a key's first name kept.
    let (mut claims, named): (Vec<Claim>, Vec<Named>) = members
        .into_par_iter()
        .zip(joins)
        .map(|(m, joins)| {
            let rep = m
                .iter()
                .copied()
                .find(|&i| attributions[i].raw.quote != QuoteKind::Narrator)
                .unwrap_or(m[0]);
            let mut names: BTreeSet<&str> = BTreeSet::new();
            for &i in &m {
                names.extend(terms[i].subjects.iter().map(CompactString::as_str));
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
                joins,
                analysis: ClaimAnalysis::default(),
            };
            (claim, named)
        })
        .unzip();
    // The subjects are listed while the claims' sources are counted: neither
    // reads the other.
    let ((subject_list, subject_ids), analyses) = rayon::join(
        || list_subjects(named),
        || {
            let evidence = counting::Evidence::of(&articles, &sources, &attributions, table);
            claims
                .par_iter()
                .map(|c| counting::sources(c, &evidence, &terms, &texts))
                .collect::<Vec<_>>()
        },
    );
    // What claims were read from is not needed past their counting: it is
    // freed while contradictions and grades are worked out.
    rayon::join(
        move || drop((terms, texts)),
        || {
            settle(
                &mut claims,
                subject_ids,
                analyses,
                conflicts,
                &attributions,
                &sources,
                &story_of_doc,
            )
        },
    );
    Corpus {
        articles,
        sources,
        attributions,
        claims,
        subjects: subject_list,
        stories: story_of_doc,
    }
}

/// A claim's subjects: key and name, at most eight.
type Named<'a> = Vec<(String, &'a str)>;

/// Every subject of the claims, by key (a key's first name in claim order
/// kept), and each claim's subjects. Takes the names to free them here.
fn list_subjects(named: Vec<Named>) -> (Vec<Subject>, Vec<Vec<SubjectId>>) {
    let mut first: BTreeMap<&str, &str> = BTreeMap::new();
    for (key, name) in named.iter().flatten() {
        first.entry(key.as_str()).or_insert(name);
    }
    let index: HashMap<&str, SubjectId> = first
        .keys()
        .enumerate()
        .map(|(i, &key)| (key, SubjectId(i as u32)))
        .collect();
    let ids = named
        .par_iter()
        .map(|n| n.iter().map(|(key, _)| index[key.as_str()]).collect())
        .collect();
    let subjects = first
        .into_iter()
        .map(|(key, name)| Subject {
            key: key.to_string(),
            name: name.to_string(),
        })
        .collect();
    (subjects, ids)
}

/// Gives each claim its subjects, its counted sources, the claims that
/// contradict it, its grade and its story. Each claim is settled on its own,
/// in parallel, but for the contradicting pairs, gathered in order.
fn settle(
    claims: &mut [Claim],
    subject_ids: Vec<Vec<SubjectId>>,
    analyses: Vec<(Vec<SourceId>, independence::Independence, usize)>,
    conflicts: Vec<contradiction::Candidate>,
    attributions: &[crate::model::ResolvedAttribution],
    sources: &[crate::model::Entity],
    story_of_doc: &[u32],
) {
    claims
        .par_iter_mut()
        .zip(subject_ids)
        .zip(analyses)
        .for_each(|((c, ids), (asserting, ind, n_reports))| {
            c.subjects = ids;
            c.analysis.sources = asserting;
            c.analysis.independent_sources = ind.count;
            c.analysis.origins = ind.origins;
            // The cut is news only where reports collapse into fewer sources.
            if n_reports > ind.count {
                c.analysis.chokepoints = ind.chokepoints;
            }
            c.analysis.circular = n_reports >= 2 && ind.count == 1;
        });

    // Contradictions between claims: each conflict judged in parallel, the
    // first reason of each pair kept in the conflicts' order.
    let speakers = |c: u32| -> Vec<SourceId> {
        let members = &claims[c as usize].members;
        let mut s: Vec<SourceId> = members.iter().map(|&i| attributions[i].source).collect();
        s.sort_unstable();
        s.dedup();
        s
    };
    let judged: Vec<Option<((u32, u32), String)>> = conflicts
        .into_par_iter()
        .map(|(a, b, why)| {
            let (ca, cb) = (attributions[a].claim.0, attributions[b].claim.0);
            // One speaker on both sides revised what they said: no two sides.
            let two_sides = ca != cb && !speakers::one_voice(&speakers(ca), &speakers(cb), sources);
            two_sides.then(|| ((ca.min(cb), ca.max(cb)), why))
        })
        .collect();
    let mut pairs: BTreeMap<(u32, u32), String> = BTreeMap::new();
    for (pair, why) in judged.into_iter().flatten() {
        pairs.entry(pair).or_insert(why);
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
    claims.par_iter_mut().for_each(|c| {
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
        c.analysis.story = stories::main_story(docs, story_of_doc);
    });
}

/// Days since 1970-01-01 of a date written `YYYY-MM-DD…`, if it is one.
pub fn day_number(date: Option<&str>) -> Option<i64> {
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
    let h = crate::text::fnv::fnv1a_64(text.as_bytes());
    format!("{:012x}", h & 0xffff_ffff_ffff)
}
