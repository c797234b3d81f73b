//! An edge into its table (`asserts` and `denies` edges are the attributions
//! and are not stored again) and an attribution record into `attributions` and
//! `attribution_via`.

use rusqlite::params;

use crate::export::json::{AttributionRecord, WireEdge, WireEdgeData};

use super::super::prepare::RecordStrings;
use super::table::{int, opt_int, opt_text, text};
use super::{Inserts, Pending, Sql, To};

impl<'c> Inserts<'c> {
    /// An edge at `edge_index` in `graph.json`.
    pub(super) fn edge<'a, S: AsRef<str>>(
        &mut self,
        pending: &mut Pending<'a>,
        edge_index: usize,
        edge: &'a WireEdge<S>,
    ) -> Sql {
        let (source, target) = (edge.source.as_ref(), edge.target.as_ref());
        let (edge_index, key) = (int(edge_index), int(edge.key));
        match &edge.data {
            WireEdgeData::Asserts(_) | WireEdgeData::Denies(_) => Ok(()),
            WireEdgeData::Relays {
                attribution,
                document,
            } => self.row(
                pending,
                To::Relays,
                [
                    edge_index,
                    text(source),
                    text(target),
                    key,
                    text(attribution.as_ref()),
                    text(document.as_ref()),
                ],
            ),
            WireEdgeData::MemberOf {} => self.row(
                pending,
                To::Memberships,
                [edge_index, text(source), text(target), key],
            ),
            WireEdgeData::Contradicts { reason } => {
                self.row(
                    pending,
                    To::Contradicts,
                    [
                        edge_index,
                        text(source),
                        text(target),
                        key,
                        text(reason.as_ref()),
                    ],
                )?;
                // The claims are in before one is marked (edges follow nodes,
                // maybe in the same batch).
                self.insert_pending(pending, To::Claims)?;
                self.contradicted.execute(params![source, target])?;
                Ok(())
            }
            // A claim's subjects are its `claim_subjects` rows already.
            WireEdgeData::About {} => Ok(()),
            WireEdgeData::Published {} => self.row(
                pending,
                To::OtherEdges,
                [edge_index, text(source), text(target), key],
            ),
        }
    }

    /// An attribution record, at `position` in `attributions.jsonl`.
    pub(super) fn record<'a, S: AsRef<str>>(
        &mut self,
        pending: &mut Pending<'a>,
        position: usize,
        record: &'a AttributionRecord<S>,
        strings: &'a RecordStrings,
    ) -> Sql {
        let source = record.source.as_ref();
        let mention = source.and_then(|s| s.mention.as_ref());
        let cue = record.cue.as_ref();
        self.row(
            pending,
            To::Attributions,
            [
                text(record.id.as_ref()),
                int(super::super::fts::record_rowid(position)),
                text(record.document.as_ref()),
                opt_text(source.map(|s| s.id.as_ref())),
                opt_text(source.map(|s| s.name.as_ref())),
                opt_text(source.map(|s| s.kind.as_ref())),
                opt_int(mention.map(|m| m.start)),
                opt_int(mention.map(|m| m.end)),
                opt_text(mention.map(|m| m.text.as_ref())),
                opt_int(cue.map(|c| c.start)),
                opt_int(cue.map(|c| c.end)),
                opt_text(cue.map(|c| c.text.as_ref())),
                text(&strings.content_json),
                text(&strings.content_text),
                text(record.quote.as_ref()),
                text(record.stance.as_ref()),
                text(&strings.via_json),
                text(&strings.via_names),
                text(record.claim.as_ref()),
                int(record.sentence.start),
                int(record.sentence.end),
                text(record.sentence.text.as_ref()),
            ],
        )?;
        for (position, relay) in record.via.iter().enumerate() {
            self.row(
                pending,
                To::AttributionVia,
                [
                    text(record.id.as_ref()),
                    int(position),
                    text(relay.id.as_ref()),
                    text(relay.name.as_ref()),
                ],
            )?;
        }
        Ok(())
    }
}
