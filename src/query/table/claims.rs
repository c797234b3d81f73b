//! The answers to `claims`, `contradictions` and `claim` as text: the claims
//! table with its origins and flags, contradiction pairs side by side, and one
//! claim's facts above the table of its attributions.

use super::columns::Table;
use super::paint::Paint;
use super::parts::{
    count, credibility, document, heading, joins, key_values, quoted, ref_names, stance,
};
use super::text::{clean, cut, wrap_cut};
use super::CLAIM_LINES;
use crate::query::answers::{ClaimAnswer, ClaimRow, ContradictionRow};
use crate::query::Output;

pub(super) fn claims(output: &Output, rows: &[ClaimRow], paint: Paint) -> String {
    let mut table = Table::new(
        &["CLAIM", "IND", "ATTR", "DOCS", "CREDIBILITY", "TEXT"],
        &[1, 2, 3],
        paint,
    );
    for row in rows {
        let mut text = wrap_cut(&row.text, paint.text_width, CLAIM_LINES);
        if !row.origins.is_empty() {
            text.push(paint.dim(&cut(
                &format!("origins: {}", row.origins.join("; ")),
                paint.text_width,
            )));
        }
        let dates = match (&row.first_date, &row.last_date) {
            (Some(first), Some(last)) if first != last => Some(format!("{first} – {last}")),
            (Some(first), _) => Some(first.clone()),
            _ => None,
        };
        let seen: Vec<String> = [
            dates,
            (!row.publishers.is_empty()).then(|| row.publishers.join("; ")),
            row.url.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !seen.is_empty() {
            text.push(paint.dim(&cut(&seen.join(" · "), paint.text_width)));
        }
        let mut flags = Vec::new();
        if row.circular {
            flags.push(paint.yellow("circular"));
        }
        if !row.deniers.is_empty() {
            flags.push(paint.red(&format!("denied by {}", row.deniers.join(", "))));
        }
        if !row.contradicted_by.is_empty() {
            let ids: Vec<&str> = row
                .contradicted_by
                .iter()
                .map(|id| output.short_claim_id(id))
                .collect();
            flags.push(paint.red(&format!("contradicted by {}", ids.join(", "))));
        }
        if !flags.is_empty() {
            text.push(flags.join(" · "));
        }
        table.row(vec![
            vec![output.short_claim_id(&row.id).to_string()],
            vec![row.independent_sources.to_string()],
            vec![row.attributions.to_string()],
            vec![row.documents.to_string()],
            vec![format!(
                "{} {}",
                row.credibility.score, row.credibility.label
            )],
            text,
        ]);
    }
    table.render()
}

pub(super) fn contradictions(output: &Output, rows: &[ContradictionRow], paint: Paint) -> String {
    let mut table = Table::headless(3, paint);
    table.spaced = true;
    for row in rows {
        let mut keys = vec![paint.bold(&row.kind)];
        let mut ids = Vec::new();
        let mut texts = Vec::new();
        let sides = std::iter::once(&row.claim).chain(row.other.as_ref());
        for side in sides {
            let mut lines = wrap_cut(&side.text, paint.text_width, CLAIM_LINES);
            if !side.asserted_by.is_empty() {
                lines.push(paint.dim(&cut(
                    &format!("asserted by {}", side.asserted_by.join(", ")),
                    paint.text_width,
                )));
            }
            if !side.denied_by.is_empty() {
                lines.push(paint.dim(&cut(
                    &format!("denied by {}", side.denied_by.join(", ")),
                    paint.text_width,
                )));
            }
            ids.push(output.short_claim_id(&side.id).to_string());
            ids.resize(texts.len() + lines.len(), String::new());
            texts.extend(lines);
        }
        // A denial's reason repeats its "denied by" line.
        if row.other.is_some() {
            ids.push("reason".to_string());
            texts.extend(wrap_cut(
                if row.reason.is_empty() {
                    "-"
                } else {
                    &row.reason
                },
                paint.text_width,
                CLAIM_LINES,
            ));
        }
        keys.resize(ids.len(), String::new());
        table.row(vec![keys, ids, texts]);
    }
    table.render()
}

pub(super) fn claim(output: &Output, answer: &ClaimAnswer, paint: Paint) -> String {
    let mut text = heading(output, &answer.id, &answer.text, paint);
    let mut facts: Vec<(&str, String)> = Vec::new();
    let origins = if answer.origins.is_empty() {
        String::new()
    } else {
        format!(" ({})", ref_names(&answer.origins))
    };
    facts.push((
        "independent",
        format!("{}{origins}", answer.independent_sources),
    ));
    facts.push(("sources", ref_names(&answer.sources)));
    if !answer.deniers.is_empty() {
        facts.push(("denied by", ref_names(&answer.deniers)));
    }
    if !answer.chokepoints.is_empty() {
        facts.push(("chokepoints", ref_names(&answer.chokepoints)));
    }
    facts.push((
        "documents",
        format!(
            "{}, {}",
            answer.documents,
            count(answer.attributions.len(), "attribution", "attributions")
        ),
    ));
    if !answer.subjects.is_empty() {
        facts.push(("about", answer.subjects.join(", ")));
    }
    facts.push(("credibility", credibility(&answer.credibility)));
    if answer.circular {
        facts.push((
            "circular",
            "yes: many documents, one independent source".to_string(),
        ));
    }
    for other in &answer.contradicted_by {
        let reason = if other.reason.is_empty() {
            String::new()
        } else {
            format!(" ({})", other.reason)
        };
        facts.push((
            "contradicted by",
            format!(
                "{} {}{reason}",
                output.short_claim_id(&other.id),
                clean(&other.text)
            ),
        ));
    }
    text.push_str(&key_values(&facts, "", paint));
    if !answer.attributions.is_empty() {
        let mut table = Table::new(
            &["SOURCE", "STANCE", "QUOTE", "DOCUMENT", "EVIDENCE"],
            &[],
            paint,
        );
        for said in &answer.attributions {
            let mut lines = Vec::new();
            let mut how = Vec::new();
            if !said.via.is_empty() {
                how.push(format!("via {}", ref_names(&said.via)));
            }
            if let Some(cue) = &said.cue {
                how.push(format!("cue {:?}", clean(cue)));
            }
            if !how.is_empty() {
                lines.push(paint.dim(&cut(&how.join(" · "), paint.text_width)));
            }
            lines.extend(quoted(&said.sentence, paint));
            table.row(vec![
                vec![said
                    .source
                    .as_ref()
                    .map_or_else(|| "-".to_string(), |s| cut(&s.name, 28))],
                vec![stance(&said.stance, paint)],
                vec![said.quote.clone()],
                vec![document(&said.document)],
                lines,
            ]);
        }
        text.push('\n');
        text.push_str(&table.render());
    }
    text.push_str(&joins(&answer.joins, paint));
    text
}
