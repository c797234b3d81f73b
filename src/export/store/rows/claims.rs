//! A claim node into `claims` and its link tables (`claim_sources`,
//! `claim_subjects`, `claim_documents`, `claim_contradictions`), the link
//! tables naming nodes by their `node_index`.

use rusqlite::types::ToSqlOutput;

use crate::export::json::WireNode;

use super::super::prepare::ClaimStrings;
use super::table::{int, opt_int, opt_text, text};
use super::{Inserts, Pending, Sql, To};

impl<'c> Inserts<'c> {
    /// A claim node: its row and its link tables.
    pub(super) fn claim<'a, S: AsRef<str>>(
        &mut self,
        pending: &mut Pending<'a>,
        node_index: usize,
        node: &'a WireNode<S>,
        strings: &'a ClaimStrings,
    ) -> Sql {
        let WireNode::Claim {
            id,
            text: claim_text,
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
        self.row(
            pending,
            To::Claims,
            [
                text(id),
                int(node_index),
                text(claim_text.as_ref()),
                int(*independent_sources),
                int(*attributions),
                int(documents.len()),
                int(*circular),
                int(!contradicted_by.is_empty() || !deniers.is_empty()),
                int(credibility.score),
                text(credibility.label()),
                ToSqlOutput::from(credibility.reason(*independent_sources)),
                text(&strings.origin_names),
                text(&strings.publishers),
                opt_text(strings.first_date.as_deref()),
                opt_text(strings.last_date.as_deref()),
                opt_text(strings.url.as_deref()),
                text(&strings.contradicted_by_json),
                text(&strings.contradictions_json),
                opt_int(*story),
                text(&strings.joins_json),
            ],
        )?;
        for (list, indexes) in ClaimStrings::LISTS.iter().zip(&strings.lists) {
            for (position, index) in indexes.iter().enumerate() {
                let (index, position) = (opt_int(*index), int(position));
                match *list {
                    "claim_subjects" => self.row(
                        pending,
                        To::ClaimSubjects,
                        [int(node_index), position, index],
                    )?,
                    "claim_documents" => self.row(
                        pending,
                        To::ClaimDocuments,
                        [int(node_index), position, index],
                    )?,
                    role => self.row(
                        pending,
                        To::ClaimSources,
                        [int(node_index), text(role), position, index],
                    )?,
                };
            }
        }
        for (position, other) in contradictions.iter().enumerate() {
            self.row(
                pending,
                To::ClaimContradictions,
                [
                    text(id),
                    int(position),
                    text(other.claim.as_ref()),
                    text(other.reason.as_ref()),
                ],
            )?;
        }
        Ok(())
    }
}
