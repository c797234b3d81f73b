//! A small hand-made analysed corpus for tests of the export stage (and of any
//! stage after `graph::build`): two articles, seven sources (one person inside a
//! ministry inside a government), three claims, one contradiction, a relay and a
//! denial. The article text holds `"`, `\`, `<b>&`, `]`, newlines and non-ASCII
//! characters so that escaping and code-point offsets are exercised.
//!
//! Test-only; builds data in memory and touches nothing.

use crate::graph::{self, ClaimGraph};
use crate::model::{
    Article, ArticleMeta, Attribution, ByteSpan, Claim, ClaimAnalysis, ClaimId, Corpus, Entity,
    Join, JoinedBy, Mention, MentionForm, QuoteKind, ResolvedAttribution, SourceId, SourceKind,
    Stance, Subject, SubjectId,
};

use super::records::CharIndex;

/// Text of the first article: front matter, a direct quote with `"`, `\`, `<b>&`
/// and `]`, a pronoun continuation and a denial that spans a line break.
pub(crate) const KIM_TEXT: &str =
    "---\ntitle: Troops \"moved\" <b>&\npublisher: Daily Example\n---\n\
Defense Minister Kim Yong-hyun said “troops moved north — a \\ path <b>& more”.\n\
He added: \"1,000 [troops] left\".\n\
Moscow denied that troops\nmoved north.\n";

/// Text of the second article: a relayed attribution and an opposing claim.
pub(crate) const YONHAP_TEXT: &str =
    "Officials told lawmakers that troops moved north, Yonhap reported.\n\
The Kremlin said no troops were deployed. Café «ok».\n";

/// The byte span of the first occurrence of `needle` in `text`.
fn find(text: &str, needle: &str) -> ByteSpan {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in test text"));
    ByteSpan::new(start, start + needle.len())
}

fn mention(text: &str, phrase: &str, form: MentionForm) -> Mention {
    Mention {
        span: Some(find(text, phrase)),
        text: phrase.to_string(),
        form,
        appositive: None,
    }
}

fn entity(key: &str, name: &str, kind: SourceKind, affiliation: &[u32]) -> Entity {
    Entity {
        key: key.to_string(),
        name: name.to_string(),
        kind,
        aliases: Vec::new(),
        affiliation: affiliation.iter().map(|&i| SourceId(i)).collect(),
    }
}

/// One attribution of the sample, described by phrases of its article.
struct Said<'a> {
    doc: usize,
    source: u32,
    mention: &'a str,
    form: MentionForm,
    cue: &'a str,
    content: &'a [&'a str],
    sentence: &'a str,
    quote: QuoteKind,
    stance: Stance,
    via: &'a [(u32, &'a str)],
    claim: u32,
}

fn resolve(articles: &[Article], said: &Said) -> ResolvedAttribution {
    let article = &articles[said.doc];
    let text = article.text.as_str();
    let source = mention(text, said.mention, said.form);
    let raw = Attribution {
        source: Some(source.clone()),
        cue: Some(find(text, said.cue)),
        content: said.content.iter().map(|c| find(text, c)).collect(),
        quote: said.quote,
        stance: said.stance,
        via: said
            .via
            .iter()
            .map(|(_, phrase)| mention(text, phrase, MentionForm::Name))
            .collect(),
        sentence: find(text, said.sentence),
        continues: false,
    };
    let first = CharIndex::new(text).chars(raw.first_offset());
    ResolvedAttribution {
        id: format!("{}:{first}", article.path),
        doc: said.doc,
        source: SourceId(said.source),
        mention: source.span,
        via: said.via.iter().map(|(id, _)| SourceId(*id)).collect(),
        claim: ClaimId(said.claim),
        raw,
    }
}

fn claim(
    key: &str,
    text: &str,
    subjects: &[u32],
    members: &[usize],
    analysis: ClaimAnalysis,
) -> Claim {
    Claim {
        key: key.to_string(),
        text: text.to_string(),
        subjects: subjects.iter().map(|&i| SubjectId(i)).collect(),
        members: members.to_vec(),
        // Each member joined to the one before it, as by the matcher.
        joins: members
            .windows(2)
            .map(|pair| Join {
                a: pair[0],
                b: pair[1],
                by: JoinedBy::Model,
                likeness: 0.9,
            })
            .collect(),
        analysis,
    }
}

/// The sample corpus, analysed by hand.
pub(crate) fn sample_corpus() -> Corpus {
    let articles = vec![
        Article {
            path: "a/kim.txt".to_string(),
            text: KIM_TEXT.to_string(),
            body: ByteSpan::new(KIM_TEXT.find("Defense").expect("body"), KIM_TEXT.len()),
            meta: ArticleMeta {
                title: Some("Troops \"moved\" <b>&".to_string()),
                publisher: Some("Daily Example".to_string()),
                ..ArticleMeta::default()
            },
        },
        Article {
            path: "b/yonhap.txt".to_string(),
            text: YONHAP_TEXT.to_string(),
            body: ByteSpan::new(0, YONHAP_TEXT.len()),
            meta: ArticleMeta {
                publisher: Some("Yonhap".to_string()),
                ..ArticleMeta::default()
            },
        },
    ];
    let sources = vec![
        entity(
            "src:kim-yong-hyun",
            "Kim Yong-hyun",
            SourceKind::Person,
            &[1],
        ),
        entity(
            "src:ministry-of-defense",
            "Ministry of Defense",
            SourceKind::Organization,
            &[2],
        ),
        entity(
            "src:south-korea",
            "South Korea",
            SourceKind::Government,
            &[],
        ),
        entity("src:yonhap", "Yonhap", SourceKind::Media, &[]),
        entity("src:officials", "officials", SourceKind::Unnamed, &[]),
        entity("src:russia", "Russia", SourceKind::Government, &[]),
        entity(
            "src:daily-example",
            "Daily Example",
            SourceKind::Publisher,
            &[],
        ),
    ];
    let said = [
        Said {
            doc: 0,
            source: 0,
            mention: "Defense Minister Kim Yong-hyun",
            form: MentionForm::Name,
            cue: "said",
            content: &["troops moved north — a \\ path <b>& more"],
            sentence:
                "Defense Minister Kim Yong-hyun said “troops moved north — a \\ path <b>& more”.",
            quote: QuoteKind::Direct,
            stance: Stance::Asserts,
            via: &[],
            claim: 0,
        },
        Said {
            doc: 0,
            source: 0,
            mention: "He",
            form: MentionForm::Pronoun,
            cue: "added",
            content: &["1,000 [troops] left"],
            sentence: "He added: \"1,000 [troops] left\".",
            quote: QuoteKind::Direct,
            stance: Stance::Asserts,
            via: &[],
            claim: 1,
        },
        Said {
            doc: 0,
            source: 5,
            mention: "Moscow",
            form: MentionForm::Name,
            cue: "denied",
            content: &["troops\nmoved north"],
            sentence: "Moscow denied that troops\nmoved north.",
            quote: QuoteKind::Indirect,
            stance: Stance::Denies,
            via: &[],
            claim: 0,
        },
        Said {
            doc: 1,
            source: 4,
            mention: "Officials",
            form: MentionForm::Collective,
            cue: "told lawmakers",
            content: &["troops moved north"],
            sentence: "Officials told lawmakers that troops moved north, Yonhap reported.",
            quote: QuoteKind::Indirect,
            stance: Stance::Asserts,
            via: &[(3, "Yonhap")],
            claim: 0,
        },
        Said {
            doc: 1,
            source: 5,
            mention: "The Kremlin",
            form: MentionForm::Name,
            cue: "said",
            content: &["no troops were deployed"],
            sentence: "The Kremlin said no troops were deployed.",
            quote: QuoteKind::Indirect,
            stance: Stance::Asserts,
            via: &[],
            claim: 2,
        },
    ];
    let attributions: Vec<_> = said.iter().map(|s| resolve(&articles, s)).collect();
    let reason = "deployed vs. \"not deployed\" <b>&";
    let claims = vec![
        claim(
            "claim:troops-moved-north",
            "North Korean troops moved north toward the \"front\" \\ <b>& beyond [the border], \
             according to the ministry and others",
            &[0, 1],
            &[0, 2, 3],
            ClaimAnalysis {
                sources: vec![SourceId(0), SourceId(4)],
                independent_sources: 2,
                origins: vec![SourceId(2), SourceId(4)],
                contradicted_by: vec![(ClaimId(2), reason.to_string())],
                credibility: 2,
                credibility_reason: "two independent sources, not contradicted".to_string(),
                ..ClaimAnalysis::default()
            },
        ),
        claim(
            "claim:1000-troops-left",
            "1,000 [troops] left",
            &[0],
            &[1],
            ClaimAnalysis {
                sources: vec![SourceId(0)],
                independent_sources: 1,
                origins: vec![SourceId(2)],
                credibility: 3,
                credibility_reason: "one independent source, not contradicted".to_string(),
                ..ClaimAnalysis::default()
            },
        ),
        claim(
            "claim:no-troops-deployed",
            "no troops were deployed",
            &[1],
            &[4],
            ClaimAnalysis {
                sources: vec![SourceId(5)],
                independent_sources: 1,
                origins: vec![SourceId(5)],
                contradicted_by: vec![(ClaimId(0), reason.to_string())],
                credibility: 6,
                credibility_reason: "contradicted".to_string(),
                story: 1,
                ..ClaimAnalysis::default()
            },
        ),
    ];
    let subjects = vec![
        Subject {
            key: "subj:north-korea".to_string(),
            name: "North Korea".to_string(),
        },
        Subject {
            key: "subj:russia".to_string(),
            name: "Russia".to_string(),
        },
    ];
    let stories = (0..articles.len() as u32).map(|doc| doc.min(1)).collect();
    Corpus {
        articles,
        sources,
        attributions,
        claims,
        subjects,
        stories,
    }
}

/// The sample corpus as a graph.
pub(crate) fn sample_graph() -> ClaimGraph {
    graph::build(sample_corpus(), &crate::resolve::AliasTable::builtin())
}

/// [`sample_corpus`] with its first attribution repeated, so one source
/// asserts one claim twice: parallel edges.
pub(crate) fn corpus_with_parallel_edges() -> Corpus {
    let mut corpus = sample_corpus();
    let mut again = corpus.attributions[0].clone();
    again.id.push_str("-again");
    corpus.attributions.insert(1, again);
    for claim in &mut corpus.claims {
        for member in &mut claim.members {
            *member += usize::from(*member >= 1);
        }
    }
    corpus.claims[0].members.insert(1, 1);
    corpus
}
