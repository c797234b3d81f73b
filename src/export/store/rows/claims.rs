//! A claim node into `claims` and its link tables (`claim_sources`,
//! `claim_subjects`, `claim_documents`, `claim_contradictions`), the link
//! tables naming nodes by their `node_index`.

use rusqlite::params;

use crate::export::json::WireNode;

use super::super::prepare::ClaimStrings;
use super::{Inserts, Sql};

impl Inserts<'_> {
    /// A claim node: its row and its link tables.
    pub(super) fn claim<S: AsRef<str>>(
        &mut self,
        node_index: usize,
        node: &WireNode<S>,
        strings: &ClaimStrings,
    ) -> Sql {
        let WireNode::Claim {
            id,
            text,
            deniers,
            independent_sources,
            circular,
            contradicted_by,
            contradictions,
            documents,
            attributions,
            credibility,
            story,
            ..
        } = node
        else {
            return Ok(());
        };
        let id = id.as_ref();
        self.claims.execute(params![
            id,
            node_index,
            text.as_ref(),
            independent_sources,
            attributions,
            documents.len(),
            circular,
            !contradicted_by.is_empty() || !deniers.is_empty(),
            credibility.score,
            credibility.label(),
            credibility.reason(*independent_sources),
            strings.origin_names,
            strings.publishers,
            strings.first_date,
            strings.last_date,
            strings.url,
            strings.contradicted_by_json,
            strings.contradictions_json,
            story,
        ])?;
        for (list, indexes) in ClaimStrings::LISTS.iter().zip(&strings.lists) {
            for (position, index) in indexes.iter().enumerate() {
                match *list {
                    "claim_subjects" => self
                        .claim_subjects
                        .execute(params![node_index, position, index])?,
                    "claim_documents" => self
                        .claim_documents
                        .execute(params![node_index, position, index])?,
                    role => self
                        .claim_sources
                        .execute(params![node_index, role, position, index])?,
                };
            }
        }
        for (position, other) in contradictions.iter().enumerate() {
            self.claim_contradictions.execute(params![
                id,
                position,
                other.claim.as_ref(),
                other.reason.as_ref()
            ])?;
        }
        Ok(())
    }
}
