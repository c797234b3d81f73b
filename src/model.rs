//! The domain types every stage shares: articles, spans, mentions, attributions,
//! sources, claims. Plain data; no I/O and no behaviour beyond small helpers.
//!
//! Offsets inside the pipeline are **byte** offsets into `Article::text`; only the
//! exporters turn them into the code-point offsets of the output contract.

use std::ops::Range;

/// A half-open byte range into one article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl ByteSpan {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        ByteSpan { start, end }
    }
    /// The slice of `text` this span names.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    /// True when the span holds no bytes.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
    /// The same span as a `Range`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Metadata of an article, from front matter or JSON fields. Never guessed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    /// Headline.
    pub title: Option<String>,
    /// Outlet that published the article.
    pub publisher: Option<String>,
    /// Publication date as written (ISO 8601 where the input gives it so).
    pub date: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// Byline.
    pub author: Option<String>,
}

/// One article as read from disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Document name: the path relative to the input folder, `/`-separated; for a
    /// `.jsonl` file, `path#N` with N the 1-based line number.
    pub path: String,
    /// The text that spans index: the whole file as read for `.txt`/`.md`; the
    /// article's text field for `.json`/`.jsonl`.
    pub text: String,
    /// Byte range of the body inside `text` (after any front matter).
    pub body: ByteSpan,
    /// Metadata.
    pub meta: ArticleMeta,
}

/// Whether the attributed content is quoted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuoteKind {
    /// Entirely inside quotation marks.
    Direct,
    /// Partly quoted.
    Mixed,
    /// Reported speech.
    Indirect,
    /// The publisher's own voice.
    Narrator,
}

impl QuoteKind {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Narrator => "narrator",
        }
    }
}

/// What the source does with the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stance {
    /// States it.
    Asserts,
    /// Denies, dismisses or rejects it.
    Denies,
}

impl Stance {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Asserts => "asserts",
            Stance::Denies => "denies",
        }
    }
}

/// What kind of thing a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    /// A named or described person.
    Person,
    /// A body: agency, ministry, company, party, think tank, alliance.
    Organization,
    /// A state or its government ("Moscow", "Washington", "South Korea").
    Government,
    /// A news outlet or agency.
    Media,
    /// Unnamed or collective ("officials", "reports", "experts").
    Unnamed,
    /// The publisher of the article, for narrator claims.
    Publisher,
}

impl SourceKind {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Government => "government",
            SourceKind::Media => "media",
            SourceKind::Unnamed => "unnamed",
            SourceKind::Publisher => "publisher",
        }
    }
}

/// How a mention names its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionForm {
    /// A name or a noun phrase with a name in it ("Defense Minister Kim Yong-hyun").
    Name,
    /// A personal or possessive pronoun ("he", "their").
    Pronoun,
    /// A definite description ("the newspaper", "the former general").
    Description,
    /// A phrase for unnamed or collective sources ("officials", "reports").
    Collective,
}

/// A phrase that names a source, as found by extraction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Where the phrase is in the article; `None` when the source comes from context.
    pub span: Option<ByteSpan>,
    /// The phrase as written (for joint sources, the distributed phrase, e.g.
    /// "U.S. intelligence agencies" from "South Korean and U.S. intelligence agencies").
    pub text: String,
    /// How it names the source.
    pub form: MentionForm,
    /// An appositive or title phrase that describes the source
    /// ("an expert with the Rand Corporation think tank").
    pub appositive: Option<String>,
}

/// One attribution as extraction finds it: who (a mention, unresolved), the cue,
/// the content, and the relays it came through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Who is credited; `None` for narrator statements and for continued quotes,
    /// whose speaker resolution takes from the previous attribution.
    pub source: Option<Mention>,
    /// The cue span; `None` only for a quotation credited by continuation or a
    /// narrator statement.
    pub cue: Option<ByteSpan>,
    /// What is attributed, possibly interrupted.
    pub content: Vec<ByteSpan>,
    /// Quoted or not.
    pub quote: QuoteKind,
    /// Asserts or denies.
    pub stance: Stance,
    /// Relays, outermost first.
    pub via: Vec<Mention>,
    /// The sentence (or sentences) the attribution was read from: the evidence.
    pub sentence: ByteSpan,
    /// True when the speaker continues from the previous attribution.
    pub continues: bool,
}

impl Attribution {
    /// The content's text: its spans of `text` joined by a space.
    pub fn content_text(&self, text: &str) -> String {
        self.content
            .iter()
            .map(|c| c.slice(text))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The first byte of the attribution, for ordering.
    pub fn first_offset(&self) -> usize {
        let mut first = usize::MAX;
        for s in self.content.iter().chain(self.cue.iter()) {
            first = first.min(s.start);
        }
        if let Some(m) = self.source.as_ref().and_then(|m| m.span) {
            first = first.min(m.start);
        }
        if first == usize::MAX {
            self.sentence.start
        } else {
            first
        }
    }
}

/// Index of a resolved source in `Corpus::sources`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceId(pub u32);

/// Index of a claim in `Corpus::claims`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimId(pub u32);

/// Index of a subject in `Corpus::subjects`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubjectId(pub u32);

/// A source after resolution: one entity across all articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Stable key used for output ids ("src:kim-yong-hyun").
    pub key: String,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: SourceKind,
    /// Every other name it was met under, sorted.
    pub aliases: Vec<String>,
    /// The bodies it belongs to or speaks for, innermost first.
    pub affiliation: Vec<SourceId>,
}

/// An attribution with its source resolved and its claim assigned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedAttribution {
    /// Stable id (`<document>:<first code point>`).
    pub id: String,
    /// Index of the article in `Corpus::articles`.
    pub doc: usize,
    /// The attribution as extracted.
    pub raw: Attribution,
    /// Who said it.
    pub source: SourceId,
    /// The mention span naming the source in this sentence, if any.
    pub mention: Option<ByteSpan>,
    /// Relays, outermost first.
    pub via: Vec<SourceId>,
    /// The claim it supports or denies.
    pub claim: ClaimId,
}

/// A proposition with every attribution of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Stable key ("claim:…").
    pub key: String,
    /// A representative wording.
    pub text: String,
    /// What it is about.
    pub subjects: Vec<SubjectId>,
    /// Indexes into `Corpus::attributions` of its members, in order.
    pub members: Vec<usize>,
    /// Why its members are one claim: the pairs of members whose joining
    /// brought them together, in the order they joined (one fewer than the
    /// members).
    pub joins: Vec<Join>,
    /// Filled by analysis.
    pub analysis: ClaimAnalysis,
}

/// Two attributions judged to state one claim, joining their groups.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Join {
    /// Indexes into `Corpus::attributions` of the pair judged.
    pub a: usize,
    /// The other member of the pair.
    pub b: usize,
    /// What judged them alike.
    pub by: JoinedBy,
    /// How alike, 0 to 1: the word similarity, or the model's probability.
    pub likeness: f32,
}

/// What judged two wordings one claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinedBy {
    /// Their words and the core of the proposition all but coincide.
    Words,
    /// The fitted matcher (`analyze::matching`) said so.
    Model,
}

/// What analysis found about a claim.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimAnalysis {
    /// Every source asserting it (not denying), sorted.
    pub sources: Vec<SourceId>,
    /// Vertex-disjoint attribution paths after merging dependent sources.
    pub independent_sources: usize,
    /// The independent origins counted (one per disjoint path; the merged body).
    pub origins: Vec<SourceId>,
    /// Sources every path goes through (minimum vertex cut) when fewer than the
    /// number of documents or outlets reporting it.
    pub chokepoints: Vec<SourceId>,
    /// Many documents, one independent source.
    pub circular: bool,
    /// Claims contradicting this one, with the reason.
    pub contradicted_by: Vec<(ClaimId, String)>,
    /// Admiralty-style credibility, 1 (confirmed) to 6 (cannot be judged).
    pub credibility: u8,
    /// Why that credibility.
    pub credibility_reason: String,
    /// The story most of its documents belong to (ties to the lowest story).
    pub story: u32,
}

/// A thing claims are about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    /// Stable key ("subj:north-korea").
    pub key: String,
    /// Display name.
    pub name: String,
}

/// A problem with the input, reported and survived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file concerned, as given.
    pub path: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// Error (the file or record was skipped) or warning.
    pub severity: Severity,
    /// What is wrong, lowercase, no final period.
    pub message: String,
}

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something was skipped.
    Error,
    /// Worth knowing.
    Warning,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(f, "{level}: {}:{line}: {}", self.path, self.message),
            None => write!(f, "{level}: {}: {}", self.path, self.message),
        }
    }
}

/// Everything the pipeline knows after analysis: the input of `graph::build`.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// The articles, sorted by path.
    pub articles: Vec<Article>,
    /// Resolved sources.
    pub sources: Vec<Entity>,
    /// Attributions, sorted by document then first offset.
    pub attributions: Vec<ResolvedAttribution>,
    /// Claims.
    pub claims: Vec<Claim>,
    /// Subjects.
    pub subjects: Vec<Subject>,
    /// The story of each article (index as `articles`): dense numbers from 0 in
    /// order of each story's first article.
    pub stories: Vec<u32>,
}

impl Corpus {
    /// The entity behind an id.
    pub fn source(&self, id: SourceId) -> &Entity {
        &self.sources[id.0 as usize]
    }
    /// The claim behind an id.
    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.claims[id.0 as usize]
    }
}
