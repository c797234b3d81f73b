//! Turns the analysed graph into attribution records: the model's byte spans
//! become the contract's code-point spans, ids become node ids.

use crate::graph::ClaimGraph;
use crate::model::{Article, ByteSpan, ResolvedAttribution};

use super::json::{AttributionRecord, WireSourceRef, WireSpan, WireVia};

/// Converts byte offsets of one text into code-point offsets.
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte offset of every char boundary, for non-ASCII texts; empty for ASCII.
    boundaries: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let boundaries = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i).collect()
        };
        CharIndex { text, boundaries }
    }

    /// The code-point offset of byte offset `byte` (a char boundary).
    pub fn chars(&self, byte: usize) -> usize {
        if self.boundaries.is_empty() {
            byte
        } else {
            self.boundaries.partition_point(|&b| b < byte)
        }
    }

    /// The wire span of a byte span, its text owned (`String`) or borrowed from
    /// the indexed text (`&str`).
    pub fn span<S: From<&'a str>>(&self, span: ByteSpan) -> WireSpan<S> {
        WireSpan {
            start: self.chars(span.start),
            end: self.chars(span.end),
            text: S::from(span.slice(self.text)),
        }
    }
}

/// Node id of a document.
pub fn document_id(article: &Article) -> String {
    format!("doc:{}", article.path)
}

/// Every attribution as a record, in corpus order (document, then first offset).
pub fn records(graph: &ClaimGraph) -> Vec<AttributionRecord> {
    let corpus = &graph.corpus;
    let mut out = Vec::with_capacity(corpus.attributions.len());
    let mut index: Option<(usize, CharIndex)> = None;
    for attribution in &corpus.attributions {
        let article = &corpus.articles[attribution.doc];
        if index.as_ref().map(|(doc, _)| *doc) != Some(attribution.doc) {
            index = Some((attribution.doc, CharIndex::new(&article.text)));
        }
        let chars = &index.as_ref().expect("set above").1;
        out.push(record(graph, attribution, chars));
    }
    out
}

/// One attribution as a record, given the char index of its article; its text
/// owned (`String`) or borrowed from the graph (`&str`).
pub fn record<'a, S: From<&'a str>>(
    graph: &'a ClaimGraph,
    attribution: &'a ResolvedAttribution,
    chars: &CharIndex<'a>,
) -> AttributionRecord<S> {
    let corpus = &graph.corpus;
    let article = &corpus.articles[attribution.doc];
    let source = corpus.source(attribution.source);
    let raw = &attribution.raw;
    AttributionRecord {
        id: S::from(attribution.id.as_str()),
        document: S::from(article.path.as_str()),
        source: Some(WireSourceRef {
            id: S::from(source.key.as_str()),
            name: S::from(source.name.as_str()),
            kind: S::from(source.kind.as_str()),
            mention: attribution.mention.map(|m| chars.span(m)),
        }),
        cue: raw.cue.map(|c| chars.span(c)),
        content: raw.content.iter().map(|c| chars.span(*c)).collect(),
        quote: S::from(raw.quote.as_str()),
        stance: S::from(raw.stance.as_str()),
        via: attribution
            .via
            .iter()
            .map(|v| {
                let relay = corpus.source(*v);
                WireVia {
                    id: S::from(relay.key.as_str()),
                    name: S::from(relay.name.as_str()),
                }
            })
            .collect(),
        claim: S::from(corpus.claim(attribution.claim).key.as_str()),
        sentence: chars.span(raw.sentence),
    }
}
