//! A claim node into `claims` and its link tables (`claim_sources`,
//! `claim_subjects`, `claim_documents`, `claim_contradictions`).

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
            subjects,
            sources,
            deniers,
            independent_sources,
            origins,
            chokepoints,
            circular,
            contradicted_by,
            contradictions,
            documents,
            attributions,
            credibility,
            story,
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
            credibility.label.as_ref(),
            credibility.reason.as_ref(),
            strings.origin_names,
            strings.publishers,
            strings.first_date,
            strings.last_date,
            strings.url,
            strings.contradicted_by_json,
            strings.contradictions_json,
            story,
            strings.rowid,
        ])?;
        for (role, list) in [
            ("source", sources),
            ("denier", deniers),
            ("origin", origins),
            ("chokepoint", chokepoints),
        ] {
            for (position, source) in list.iter().enumerate() {
                self.claim_sources
                    .execute(params![id, role, position, source.as_ref()])?;
            }
        }
        for (position, subject) in subjects.iter().enumerate() {
            self.claim_subjects
                .execute(params![id, position, subject.as_ref()])?;
        }
        for (position, document) in documents.iter().enumerate() {
            self.claim_documents
                .execute(params![id, position, document.as_ref()])?;
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
