//! Answers as CSV for spreadsheets and pandas (`--format csv`): one header row,
//! then one row per listed item — a claim, a contradiction, a source, an
//! attribution, a story — with lists joined by `; ` (see `export::csv`, which also keeps
//! article text from becoming a formula). Pure.

use crate::export::csv::{list, row};

use super::answers::EvidencePath;
use super::Answer;

/// Renders an answer as CSV; just the header when nothing matched.
pub fn to_csv(answer: &Answer) -> String {
    let mut out = String::new();
    match answer {
        Answer::Claims(rows) => {
            row(
                &mut out,
                &[
                    "id",
                    "text",
                    "independent_sources",
                    "attributions",
                    "documents",
                    "credibility_score",
                    "credibility_label",
                    "origins",
                    "sources",
                    "deniers",
                    "circular",
                    "contradicted_by",
                    "publishers",
                    "first_date",
                    "last_date",
                    "url",
                    "story",
                ],
            );
            for claim in rows {
                row(
                    &mut out,
                    &[
                        claim.id.clone(),
                        claim.text.clone(),
                        claim.independent_sources.to_string(),
                        claim.attributions.to_string(),
                        claim.documents.to_string(),
                        claim.credibility.score.to_string(),
                        claim.credibility.label.clone(),
                        list(&claim.origins),
                        list(&claim.sources),
                        list(&claim.deniers),
                        claim.circular.to_string(),
                        list(&claim.contradicted_by),
                        list(&claim.publishers),
                        claim.first_date.clone().unwrap_or_default(),
                        claim.last_date.clone().unwrap_or_default(),
                        claim.url.clone().unwrap_or_default(),
                        claim.story.map(|s| s.to_string()).unwrap_or_default(),
                    ],
                );
            }
        }
        Answer::Contradictions(rows) => {
            row(
                &mut out,
                &[
                    "kind",
                    "claim",
                    "claim_text",
                    "other",
                    "other_text",
                    "reason",
                ],
            );
            for found in rows {
                let other = found.other.as_ref();
                row(
                    &mut out,
                    &[
                        found.kind.as_str(),
                        &found.claim.id,
                        &found.claim.text,
                        other.map_or("", |o| o.id.as_str()),
                        other.map_or("", |o| o.text.as_str()),
                        &found.reason,
                    ],
                );
            }
        }
        Answer::Sources(found) => {
            row(
                &mut out,
                &[
                    "source",
                    "name",
                    "role",
                    "attribution",
                    "claim",
                    "claim_text",
                    "stance",
                    "document",
                    "sentence",
                ],
            );
            for answer in found {
                for said in &answer.attributions {
                    row(
                        &mut out,
                        &[
                            answer.id.as_str(),
                            &answer.name,
                            "said",
                            &said.attribution,
                            &said.claim,
                            &said.claim_text,
                            &said.stance,
                            &said.document,
                            &said.sentence,
                        ],
                    );
                }
                for passed in &answer.relayed {
                    row(
                        &mut out,
                        &[
                            answer.id.as_str(),
                            &answer.name,
                            "relayed",
                            &passed.attribution,
                            &passed.claim,
                            &passed.claim_text,
                            &passed.stance,
                            &passed.document,
                            &passed.sentence,
                        ],
                    );
                }
            }
        }
        Answer::Claim(found) => {
            row(
                &mut out,
                &[
                    "claim",
                    "attribution",
                    "source",
                    "stance",
                    "quote",
                    "via",
                    "cue",
                    "document",
                    "sentence",
                ],
            );
            if let Some(answer) = found {
                for said in &answer.attributions {
                    let via: Vec<&str> = said.via.iter().map(|v| v.name.as_str()).collect();
                    row(
                        &mut out,
                        &[
                            answer.id.as_str(),
                            &said.attribution,
                            said.source.as_ref().map_or("", |s| s.name.as_str()),
                            &said.stance,
                            &said.quote,
                            &list(&via),
                            said.cue.as_deref().unwrap_or(""),
                            &said.document,
                            &said.sentence,
                        ],
                    );
                }
            }
        }
        Answer::Explain(found) => {
            row(
                &mut out,
                &[
                    "claim",
                    "counted_as",
                    "attribution",
                    "stance",
                    "chain",
                    "document",
                    "publisher",
                    "sentence",
                ],
            );
            if let Some(explanation) = found {
                let mut path_row = |counted: &str, path: &EvidencePath| {
                    let chain: Vec<&str> = path.chain.iter().map(|n| n.name.as_str()).collect();
                    row(
                        &mut out,
                        &[
                            explanation.claim.id.as_str(),
                            counted,
                            &path.attribution,
                            &path.stance,
                            &chain.join(" > "),
                            &path.document,
                            path.publisher.as_deref().unwrap_or(""),
                            &path.sentence,
                        ],
                    );
                };
                for origin in &explanation.origins {
                    for path in &origin.paths {
                        path_row(&origin.origin.name, path);
                    }
                }
                for path in &explanation.uncounted {
                    path_row("(not counted)", path);
                }
                for path in &explanation.denials {
                    path_row("(denial)", path);
                }
            }
        }
        Answer::SourceRows(rows) => {
            row(
                &mut out,
                &[
                    "id",
                    "name",
                    "type",
                    "attributions",
                    "claims",
                    "denials",
                    "documents",
                    "relayed",
                    "first_date",
                    "last_date",
                    "quoted_by",
                ],
            );
            for source in rows {
                let quoted_by: Vec<String> = source
                    .publishers
                    .iter()
                    .map(|p| format!("{} ({})", p.name, p.count))
                    .collect();
                row(
                    &mut out,
                    &[
                        source.id.clone(),
                        source.name.clone(),
                        source.source_type.clone(),
                        source.attributions.to_string(),
                        source.claims.to_string(),
                        source.denials.to_string(),
                        source.documents.to_string(),
                        source.relayed.to_string(),
                        source.first_date.clone().unwrap_or_default(),
                        source.last_date.clone().unwrap_or_default(),
                        list(&quoted_by),
                    ],
                );
            }
        }
        Answer::Stories(rows) => {
            row(
                &mut out,
                &[
                    "id",
                    "articles",
                    "claims",
                    "corroborated_claims",
                    "first_date",
                    "last_date",
                    "publishers",
                    "first_document",
                    "title",
                    "url",
                ],
            );
            for story in rows {
                row(
                    &mut out,
                    &[
                        story.id.to_string(),
                        story.articles.to_string(),
                        story.claims.to_string(),
                        story.corroborated_claims.to_string(),
                        story.first_date.clone().unwrap_or_default(),
                        story.last_date.clone().unwrap_or_default(),
                        list(&story.publishers),
                        story.first_document.clone(),
                        story.title.clone().unwrap_or_default(),
                        story.url.clone().unwrap_or_default(),
                    ],
                );
            }
        }
    }
    out
}
