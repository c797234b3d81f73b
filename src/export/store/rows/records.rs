//! An edge into its table (`asserts` and `denies` edges are the attributions
//! and are not stored again) and an attribution record into `attributions` and
//! `attribution_via`.

use rusqlite::params;

use crate::export::json::{AttributionRecord, WireEdge, WireEdgeData};

use super::super::prepare::RecordStrings;
use super::{Inserts, Sql};

impl Inserts<'_> {
    /// An edge at `edge_index` in `graph.json`.
    pub(super) fn edge<S: AsRef<str>>(&mut self, edge_index: usize, edge: &WireEdge<S>) -> Sql {
        let (source, target) = (edge.source.as_ref(), edge.target.as_ref());
        match &edge.data {
            WireEdgeData::Asserts(_) | WireEdgeData::Denies(_) => {}
            WireEdgeData::Relays {
                attribution,
                document,
            } => {
                self.relays.execute(params![
                    edge_index,
                    source,
                    target,
                    edge.key,
                    attribution.as_ref(),
                    document.as_ref()
                ])?;
            }
            WireEdgeData::MemberOf {} => {
                self.memberships
                    .execute(params![edge_index, source, target, edge.key])?;
            }
            WireEdgeData::Contradicts { reason } => {
                self.contradicts.execute(params![
                    edge_index,
                    source,
                    target,
                    edge.key,
                    reason.as_ref()
                ])?;
                self.contradicted.execute(params![source, target])?;
            }
            // A claim's subjects are its `claim_subjects` rows already.
            WireEdgeData::About {} => {}
            WireEdgeData::Published {} => {
                self.other_edges
                    .execute(params![edge_index, source, target, edge.key])?;
            }
        }
        Ok(())
    }

    /// An attribution record, at `position` in `attributions.jsonl`.
    pub(super) fn record<S: AsRef<str>>(
        &mut self,
        position: usize,
        record: &AttributionRecord<S>,
        strings: &RecordStrings,
    ) -> Sql {
        let source = record.source.as_ref();
        let mention = source.and_then(|s| s.mention.as_ref());
        let cue = record.cue.as_ref();
        self.attributions.execute(params![
            record.id.as_ref(),
            super::super::fts::record_rowid(position),
            record.document.as_ref(),
            source.map(|s| s.id.as_ref()),
            source.map(|s| s.name.as_ref()),
            source.map(|s| s.kind.as_ref()),
            mention.map(|m| m.start),
            mention.map(|m| m.end),
            mention.map(|m| m.text.as_ref()),
            cue.map(|c| c.start),
            cue.map(|c| c.end),
            cue.map(|c| c.text.as_ref()),
            strings.content_json,
            strings.content_text,
            record.quote.as_ref(),
            record.stance.as_ref(),
            strings.via_json,
            strings.via_names,
            record.claim.as_ref(),
            record.sentence.start,
            record.sentence.end,
            record.sentence.text.as_ref(),
        ])?;
        for (position, relay) in record.via.iter().enumerate() {
            self.attribution_via.execute(params![
                record.id.as_ref(),
                position,
                relay.id.as_ref(),
                relay.name.as_ref()
            ])?;
        }
        Ok(())
    }
}
