//! The answer to `source` as text: who the source is (aliases, affiliation,
//! the body it is merged into, how the name matched), then a table of what it
//! said and a table of what it relayed.

use super::columns::Table;
use super::paint::Paint;
use super::parts::{count, document, key_values, quoted, ref_names, stance};
use super::text::{clean, cut, wrap_cut};
use super::CLAIM_LINES;
use crate::query::answers::{SourceAnswer, SourceRow};
use crate::query::Output;

pub(super) fn source(output: &Output, answer: &SourceAnswer, paint: Paint) -> String {
    let mut text = format!(
        "{} ({})  {}\n",
        paint.bold(&answer.name),
        answer.source_type,
        paint.dim(&answer.id)
    );
    let mut facts: Vec<(&str, String)> = Vec::new();
    if !answer.aliases.is_empty() {
        facts.push(("aliases", answer.aliases.join(", ")));
    }
    if !answer.affiliation.is_empty() {
        facts.push(("member of", answer.affiliation.join(", ")));
    }
    if let Some(group) = &answer.group {
        facts.push(("merged into", group.name.clone()));
    }
    if answer.matched_name != answer.name || answer.matched != "exact" {
        facts.push((
            "matched",
            format!("{} {:?}", answer.matched, answer.matched_name),
        ));
    }
    facts.push((
        "said",
        count(answer.attributions.len(), "attribution", "attributions"),
    ));
    facts.push((
        "relayed",
        count(answer.relayed.len(), "attribution", "attributions"),
    ));
    text.push_str(&key_values(&facts, "  ", paint));

    if !answer.attributions.is_empty() {
        let mut table = Table::new(
            &["STANCE", "QUOTE", "DOCUMENT", "CLAIM", "TEXT"],
            &[],
            paint,
        );
        table.indent = "  ";
        for said in &answer.attributions {
            let mut lines = wrap_cut(&said.claim_text, paint.text_after(70), CLAIM_LINES);
            let mut how = Vec::new();
            if let Some(cue) = &said.cue {
                how.push(format!("cue {:?}", clean(cue)));
            }
            if !said.via.is_empty() {
                how.push(format!("via {}", ref_names(&said.via)));
            }
            if !how.is_empty() {
                lines.push(paint.dim(&cut(&how.join(" · "), paint.text_after(70))));
            }
            lines.extend(quoted(&said.sentence, paint));
            table.row(vec![
                vec![stance(&said.stance, paint)],
                vec![said.quote.clone()],
                vec![document(&said.document)],
                vec![output.short_claim_id(&said.claim).to_string()],
                lines,
            ]);
        }
        text.push('\n');
        text.push_str(&table.render());
    }
    if !answer.relayed.is_empty() {
        let mut table = Table::new(
            &["RELAYED", "STANCE", "DOCUMENT", "CLAIM", "TEXT"],
            &[],
            paint,
        );
        table.indent = "  ";
        for relayed in &answer.relayed {
            let mut lines = wrap_cut(&relayed.claim_text, paint.text_after(70), CLAIM_LINES);
            lines.extend(quoted(&relayed.sentence, paint));
            table.row(vec![
                vec![relayed
                    .source
                    .as_ref()
                    .map_or_else(|| "-".to_string(), |s| cut(&s.name, 24))],
                vec![stance(&relayed.stance, paint)],
                vec![document(&relayed.document)],
                vec![output.short_claim_id(&relayed.claim).to_string()],
                lines,
            ]);
        }
        text.push('\n');
        text.push_str(&table.render());
    }
    text
}

/// The ranking of `attrgraph query sources`: who speaks most, the outlets
/// quoting them, and the dates they were quoted.
pub(super) fn sources(rows: &[SourceRow], paint: Paint) -> String {
    let mut table = Table::new(
        &[
            "SOURCE",
            "TYPE",
            "ATTR",
            "CLAIMS",
            "DENIES",
            "DOCS",
            "RELAYED",
            "QUOTED BY",
        ],
        &[2, 3, 4, 5, 6],
        paint,
    );
    for row in rows {
        let quoted_by: Vec<String> = row
            .publishers
            .iter()
            .map(|publisher| format!("{} ({})", publisher.name, publisher.count))
            .collect();
        let mut last = vec![cut(&quoted_by.join(", "), paint.text_after(78))];
        if let (Some(first), Some(latest)) = (&row.first_date, &row.last_date) {
            last.push(paint.dim(&if first == latest {
                first.clone()
            } else {
                format!("{first} – {latest}")
            }));
        }
        table.row(vec![
            vec![cut(&row.name, 40)],
            vec![row.source_type.clone()],
            vec![row.attributions.to_string()],
            vec![row.claims.to_string()],
            vec![row.denials.to_string()],
            vec![row.documents.to_string()],
            vec![row.relayed.to_string()],
            last,
        ]);
    }
    table.render()
}
