//! The answer to `explain` as text: the claim, its summary and credibility, the
//! corroboration paths of each counted origin, the uncounted and denying
//! attributions, and each contradiction with a few sentences from either side.
//! Long lists are cut here; `--json` lists all.

use std::fmt::Write as _;

use super::paint::Paint;
use super::parts::{credibility, heading, joins, quoted};
use super::text::{clean, wrap, wrap_cut};
use super::CLAIM_LINES;
use crate::query::answers::{EvidencePath, Explanation, SideEvidence};
use crate::query::Output;

/// Paths listed per origin in `explain` (JSON lists all).
const MAX_PATHS: usize = 10;
/// Sentences listed per side of a contradiction in `explain` (JSON lists all).
const MAX_SIDE: usize = 3;

pub(super) fn explain(output: &Output, explanation: &Explanation, paint: Paint) -> String {
    let mut text = heading(
        output,
        &explanation.claim.id,
        &explanation.claim.name,
        paint,
    );
    for line in wrap(&explanation.summary, paint.text_width + 10) {
        let _ = writeln!(text, "{line}");
    }
    let _ = writeln!(
        text,
        "{} {}",
        paint.bold("credibility:"),
        credibility(&explanation.credibility)
    );

    if !explanation.origins.is_empty() {
        let _ = writeln!(text, "\n{}", paint.bold("corroboration paths"));
        for (pos, origin) in explanation.origins.iter().enumerate() {
            let kind = origin
                .source_type
                .as_ref()
                .map_or_else(String::new, |kind| format!(" ({kind})"));
            let _ = writeln!(
                text,
                "  {}. {}{kind}",
                pos + 1,
                paint.bold(&origin.origin.name)
            );
            for merged in &origin.merged {
                let chain: Vec<&str> = merged
                    .member_of
                    .iter()
                    .map(|body| body.name.as_str())
                    .collect();
                let _ = writeln!(
                    text,
                    "     {} {} (member of {})",
                    paint.dim("merged:"),
                    merged.source.name,
                    chain.join(" → ")
                );
            }
            paths(&mut text, &origin.paths, "     ", paint);
        }
    }
    if !explanation.uncounted.is_empty() {
        let _ = writeln!(text, "\n{}", paint.bold("not counted (no origin)"));
        paths(&mut text, &explanation.uncounted, "  ", paint);
    }
    if !explanation.denials.is_empty() {
        let _ = writeln!(text, "\n{}", paint.bold("denied"));
        paths(&mut text, &explanation.denials, "  ", paint);
    }
    if !explanation.contradictions.is_empty() {
        let _ = writeln!(text, "\n{}", paint.bold("contradictions"));
        for contradiction in &explanation.contradictions {
            let mut lines =
                wrap_cut(&contradiction.claim.name, paint.text_width, CLAIM_LINES).into_iter();
            let id = output.short_claim_id(&contradiction.claim.id);
            let _ = writeln!(
                text,
                "  {}  {}",
                paint.red(id),
                lines.next().unwrap_or_default()
            );
            let pad = " ".repeat(id.chars().count() + 4);
            for line in lines {
                let _ = writeln!(text, "{pad}{line}");
            }
            if !contradiction.reason.is_empty() {
                let _ = writeln!(
                    text,
                    "    {} {}",
                    paint.dim("reason:"),
                    clean(&contradiction.reason)
                );
            }
            sides(&mut text, "this claim", &contradiction.this_side, paint);
            sides(&mut text, "the other", &contradiction.other_side, paint);
        }
    }
    text.push_str(&joins(&explanation.joins, paint));
    text
}

/// The paths of one origin (or of the uncounted or denying attributions).
pub(super) fn paths(text: &mut String, paths: &[EvidencePath], indent: &str, paint: Paint) {
    for path in paths.iter().take(MAX_PATHS) {
        let mut chain: Vec<String> = path.chain.iter().map(|node| node.name.clone()).collect();
        if let (Some(last), Some(publisher)) = (chain.last_mut(), &path.publisher) {
            last.push_str(&format!(" ({publisher})"));
        }
        let _ = writeln!(text, "{indent}{}", chain.join(" → "));
        let cue = path
            .cue
            .as_ref()
            .map_or_else(String::new, |cue| format!("cue {:?} · ", clean(cue)));
        let _ = writeln!(
            text,
            "{indent}  {}",
            paint.dim(&format!("{cue}{} {}", path.stance, path.quote))
        );
        for line in quoted(&path.sentence, paint) {
            let _ = writeln!(text, "{indent}  {line}");
        }
    }
    if paths.len() > MAX_PATHS {
        let more = paths.len() - MAX_PATHS;
        let _ = writeln!(
            text,
            "{indent}{}",
            paint.dim(&format!("… and {more} more (--json lists all)"))
        );
    }
}

/// One side of a contradiction in `explain`.
pub(super) fn sides(text: &mut String, label: &str, evidence: &[SideEvidence], paint: Paint) {
    for said in evidence.iter().take(MAX_SIDE) {
        let who = said.source.as_ref().map_or("-", |s| s.name.as_str());
        let _ = writeln!(
            text,
            "    {} {who} {} in {}",
            paint.dim(&format!("{label}:")),
            said.stance,
            said.document
        );
        for line in quoted(&said.sentence, paint) {
            let _ = writeln!(text, "      {line}");
        }
    }
    if evidence.len() > MAX_SIDE {
        let more = evidence.len() - MAX_SIDE;
        let _ = writeln!(
            text,
            "    {}",
            paint.dim(&format!("{label}: … and {more} more (--json lists all)"))
        );
    }
}
