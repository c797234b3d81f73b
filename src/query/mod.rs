//! Answers questions over a built output folder: reads `graph.json` and
//! `attributions.jsonl` back (never rebuilds), indexes them once, and answers
//! which claims are corroborated, what contradicts what, what a source said,
//! and why a claim counts the sources it counts.
//!
//! Every answer is a serde type of [`answers`] (never a model struct or a petgraph
//! index), rendered as a table by [`table`] or as one JSON document by
//! [`to_json`]. Outputs can hold tens of thousands of documents, so every
//! question is linear or `n log n` in the size of the output; none looks at all
//! pairs. This module reads files but prints nothing: the CLI does.
//!
//! [`load`] reads the folder into an [`Output`] (`output.rs`: the records and
//! their indexes; `claim_ids.rs`: short ids and lookup by prefix); `claims.rs`,
//! `source.rs` and `explain.rs` answer; this file holds the [`Question`], the
//! [`Answer`], [`ask`] and [`to_json`].

pub mod answers;
pub(crate) mod claim_ids;
mod claims;
mod csv;
mod explain;
mod fold;
mod joins;
mod load;
mod output;
mod source;
mod speakers;
pub mod store;
mod stories;
pub mod table;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::export::json::SCHEMA;

pub use answers::*;
pub use claim_ids::ClaimLookup;
pub use claims::{claim, claims, contradictions};
pub use csv::to_csv;
pub use explain::explain;
pub use load::{check_graph_counts, load, load_checked, ATTRIBUTIONS_FILE, GRAPH_FILE};
pub use output::Output;
pub use source::source;
pub use store::{Filters, Sort, Store};

/// A question `attrgraph query` can answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// Claims with at least this many independent sources.
    Claims {
        /// The least number of independent sources.
        min_sources: usize,
    },
    /// Every contradiction and denial.
    Contradictions,
    /// What a source said and relayed.
    Source {
        /// Name or alias, matched loosely.
        name: String,
    },
    /// Every attribution of one claim.
    Claim {
        /// Full id or unique prefix.
        id: String,
    },
    /// Why a claim counts its sources, and what contradicts it.
    Explain {
        /// Full id or unique prefix.
        id: String,
    },
    /// Who speaks most, and which outlets quote them.
    Sources,
    /// The stories: articles telling the same news.
    Stories,
}

impl Question {
    /// The question as it would be typed after `attrgraph query`, echoed in JSON.
    pub fn describe(&self) -> String {
        match self {
            Question::Claims { min_sources } => format!("claims --min-sources {min_sources}"),
            Question::Contradictions => "contradictions".to_string(),
            Question::Source { name } => format!("source {name}"),
            Question::Claim { id } => format!("claim {id}"),
            Question::Explain { id } => format!("explain {id}"),
            Question::Sources => "sources".to_string(),
            Question::Stories => "stories".to_string(),
        }
    }
}

/// The answer to a [`Question`].
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Answer to [`Question::Claims`].
    Claims(Vec<ClaimRow>),
    /// Answer to [`Question::Contradictions`].
    Contradictions(Vec<ContradictionRow>),
    /// Answer to [`Question::Source`].
    Sources(Vec<SourceAnswer>),
    /// Answer to [`Question::Claim`].
    Claim(Option<ClaimAnswer>),
    /// Answer to [`Question::Explain`].
    Explain(Option<Explanation>),
    /// Answer to [`Question::Sources`].
    SourceRows(Vec<SourceRow>),
    /// Answer to [`Question::Stories`].
    Stories(Vec<StoryRow>),
}

impl Answer {
    /// True when nothing matched (the CLI exits 1).
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Claims(rows) => rows.is_empty(),
            Answer::Contradictions(rows) => rows.is_empty(),
            Answer::Sources(found) => found.is_empty(),
            Answer::Claim(found) => found.is_none(),
            Answer::Explain(found) => found.is_none(),
            Answer::SourceRows(rows) => rows.is_empty(),
            Answer::Stories(rows) => rows.is_empty(),
        }
    }
}

/// Answers a question.
pub fn ask(output: &Output, question: &Question) -> Answer {
    match question {
        Question::Claims { min_sources } => Answer::Claims(claims(output, *min_sources)),
        Question::Contradictions => Answer::Contradictions(contradictions(output)),
        Question::Source { name } => Answer::Sources(source(output, name)),
        Question::Claim { id } => Answer::Claim(claim(output, id)),
        Question::Explain { id } => Answer::Explain(explain(output, id)),
        Question::Sources => Answer::SourceRows(speakers::sources(output)),
        Question::Stories => Answer::Stories(stories::stories(output)),
    }
}

/// The JSON document `--json` prints: `{"version", "query", "results"}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response<T> {
    /// Schema of the answer, [`SCHEMA`].
    pub version: String,
    /// The question, as typed after `attrgraph query`.
    pub query: String,
    /// The answers, in a deterministic order; one element for `claim` and
    /// `explain`, none when nothing matched.
    pub results: Vec<T>,
}

/// Renders an answer as one pretty-printed JSON document, ending in a newline.
pub fn to_json(question: &Question, answer: &Answer) -> String {
    fn render<T: Serialize>(question: &Question, results: Vec<T>) -> String {
        let response = Response {
            version: SCHEMA.to_string(),
            query: question.describe(),
            results,
        };
        let mut text = serde_json::to_string_pretty(&response).expect("answers serialize");
        text.push('\n');
        text
    }
    match answer {
        Answer::Claims(rows) => render(question, rows.iter().collect()),
        Answer::Contradictions(rows) => render(question, rows.iter().collect()),
        Answer::Sources(found) => render(question, found.iter().collect()),
        Answer::Claim(found) => render(question, found.iter().collect()),
        Answer::Explain(found) => render(question, found.iter().collect()),
        Answer::SourceRows(rows) => render(question, rows.iter().collect()),
        Answer::Stories(rows) => render(question, rows.iter().collect()),
    }
}
