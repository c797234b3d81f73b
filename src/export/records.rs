//! Turns the analysed graph into attribution records: the model's byte spans
//! become the contract's code-point spans, ids become node ids. And back: a
//! graph read from `graph.json` takes from the records it names what it left
//! out ([`complete`]: the wording, sources and documents of a claim of one
//! attribution, an edge's document), and for drawing the evidence spans of
//! its asserts and denies edges ([`fill_evidence`]).

use std::sync::OnceLock;

use crate::graph::ClaimGraph;
use crate::model::{Article, ByteSpan, Corpus, ResolvedAttribution};

use super::json::{
    AttributionRecord, NodeLinkGraph, WireEdgeData, WireNode, WireSourceRef, WireSpan, WireVia,
};

pub use crate::text::CharIndex;

/// Wire spans from a [`CharIndex`].
pub trait Spans<'a> {
    /// The wire span of a byte span, its text owned (`String`) or borrowed from
    /// the indexed text (`&str`).
    fn span<S: From<&'a str>>(&self, span: ByteSpan) -> WireSpan<S>;
}

impl<'a> Spans<'a> for CharIndex<'a> {
    fn span<S: From<&'a str>>(&self, span: ByteSpan) -> WireSpan<S> {
        WireSpan {
            start: self.chars(span.start),
            end: self.chars(span.end),
            text: S::from(span.slice(self.text())),
        }
    }
}

/// The char index of every document of a corpus, each made on first use and
/// shared by the threads that serialise records and edges, so a document is
/// indexed once however its attributions are cut into runs.
pub struct DocChars<'a> {
    corpus: &'a Corpus,
    indexes: Vec<OnceLock<CharIndex<'a>>>,
}

impl<'a> DocChars<'a> {
    /// An empty table for `corpus`.
    pub fn new(corpus: &'a Corpus) -> Self {
        DocChars {
            corpus,
            indexes: corpus.articles.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The char index of document `doc`.
    pub fn of(&self, doc: usize) -> &CharIndex<'a> {
        self.indexes[doc].get_or_init(|| CharIndex::new(&self.corpus.articles[doc].text))
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
    let chars = DocChars::new(corpus);
    for attribution in &corpus.attributions {
        out.push(record(graph, attribution, chars.of(attribution.doc)));
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

/// Puts back into `graph` (read from `graph.json`) what the file leaves to the
/// records and the `about` edges: a claim of one attribution takes its
/// wording (the content's spans joined by a space), its source (asserting or
/// denying), its document and, when left out, its origins (its sources) from
/// its record, and its subjects from its `about` edges; asserts and denies
/// edges take their document. Fails naming a record that is not given.
pub fn complete(graph: &mut NodeLinkGraph, records: &[AttributionRecord]) -> Result<(), String> {
    use std::collections::HashMap;
    let by_id: HashMap<&str, &AttributionRecord> = records
        .iter()
        .map(|record| (record.id.as_str(), record))
        .collect();
    let find = |id: &str| {
        by_id
            .get(id)
            .copied()
            .ok_or_else(|| format!("attribution {id:?} is not in the records"))
    };
    let mut subjects: HashMap<&str, Vec<String>> = HashMap::new();
    for edge in &mut graph.edges {
        match &mut edge.data {
            WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) => {
                evidence.document = find(&evidence.attribution)?.document.clone();
            }
            WireEdgeData::About {} => subjects
                .entry(edge.source.as_str())
                .or_default()
                .push(edge.target.clone()),
            _ => {}
        }
    }
    for node in &mut graph.nodes {
        let WireNode::Claim {
            id,
            attribution: Some(attribution),
            text,
            subjects: about,
            sources,
            deniers,
            origins,
            documents,
            ..
        } = node
        else {
            continue;
        };
        let record = find(attribution)?;
        if text.is_empty() {
            let parts: Vec<&str> = record.content.iter().map(|c| c.text.as_str()).collect();
            *text = parts.join(" ");
        }
        if let (true, true, Some(source)) = (sources.is_empty(), deniers.is_empty(), &record.source)
        {
            match record.stance.as_str() {
                "denies" => deniers.push(source.id.clone()),
                _ => sources.push(source.id.clone()),
            }
        }
        if origins.is_empty() {
            origins.clone_from(sources);
        }
        if documents.is_empty() {
            documents.push(format!("doc:{}", record.document));
        }
        if about.is_empty() {
            *about = subjects.remove(id.as_str()).unwrap_or_default();
        }
    }
    Ok(())
}

/// Fills the cue and content of every asserts and denies edge of `graph` (read
/// back from `graph.json`, which names the record instead) from its record,
/// for drawing: the same tooltips as the build's `graph.dot`. An edge whose
/// record is not given keeps none.
pub fn fill_evidence(graph: &mut NodeLinkGraph, records: &[AttributionRecord]) {
    let by_id: std::collections::HashMap<&str, &AttributionRecord> = records
        .iter()
        .map(|record| (record.id.as_str(), record))
        .collect();
    for edge in &mut graph.edges {
        if let WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) = &mut edge.data {
            if let Some(record) = by_id.get(evidence.attribution.as_str()) {
                evidence.cue = record.cue.clone();
                evidence.content = record.content.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata::sample_graph;

    /// A line leaves out a sentence that is its one content span and reads it
    /// back from there; any other sentence is written.
    #[test]
    fn a_sentence_that_is_the_content_is_left_out_and_read_back() {
        let mut n_whole = 0;
        for mut record in records(&sample_graph()) {
            for whole in [false, true] {
                if whole {
                    record.content = vec![record.sentence.clone()];
                }
                let line = serde_json::to_string(&record).expect("serialize");
                assert_eq!(line.contains(r#""sentence":"#), !whole, "{line}");
                let back: AttributionRecord = serde_json::from_str(&line).expect("read back");
                assert_eq!(back, record);
                n_whole += usize::from(whole);
            }
        }
        assert!(n_whole > 0);
        let mut record = records(&sample_graph()).remove(0);
        record.content.push(record.content[0].clone());
        let mut line: serde_json::Value = serde_json::to_value(&record).expect("to value");
        line.as_object_mut().expect("object").remove("sentence");
        let err = serde_json::from_value::<AttributionRecord>(line).unwrap_err();
        assert!(err.to_string().contains("no `sentence`"), "{err}");
    }
}
