//! Plain-text rendering of answers: aligned columns, long text wrapped at about
//! 70 characters (and cut with `…` past a few lines), ANSI colour only when the
//! caller asks for it (the CLI decides: a terminal, no `NO_COLOR`, never for
//! `--json`). Returns a string; prints nothing.

use std::fmt::Write as _;

use super::answers::{
    ClaimAnswer, ClaimRow, ContradictionRow, EvidencePath, Explanation, NamedRef, SideEvidence,
    SourceAnswer,
};
use super::{Answer, Output};

/// Width long text is wrapped at.
const TEXT_WIDTH: usize = 70;
/// Lines of a claim's text shown before it is cut.
const CLAIM_LINES: usize = 3;
/// Lines of an evidence sentence shown before it is cut.
const SENTENCE_LINES: usize = 4;
/// Widest document path column; longer paths keep their end.
const DOCUMENT_WIDTH: usize = 32;
/// Paths listed per origin in `explain` (JSON lists all).
const MAX_PATHS: usize = 10;
/// Sentences listed per side of a contradiction in `explain` (JSON lists all).
const MAX_SIDE: usize = 3;

/// How to render a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableStyle {
    /// Use ANSI colour and bold.
    pub color: bool,
}

/// Renders an answer as plain text; empty when nothing matched.
pub fn render(output: &Output, answer: &Answer, style: TableStyle) -> String {
    let paint = Paint(style.color);
    match answer {
        Answer::Claims(rows) if !rows.is_empty() => claims(output, rows, paint),
        Answer::Contradictions(rows) if !rows.is_empty() => contradictions(output, rows, paint),
        Answer::Sources(found) => found
            .iter()
            .map(|answer| source(output, answer, paint))
            .collect::<Vec<_>>()
            .join("\n"),
        Answer::Claim(Some(answer)) => claim(output, answer, paint),
        Answer::Explain(Some(explanation)) => explain(output, explanation, paint),
        _ => String::new(),
    }
}

fn claims(output: &Output, rows: &[ClaimRow], paint: Paint) -> String {
    let mut table = Table::new(
        &["CLAIM", "IND", "ATTR", "DOCS", "CREDIBILITY", "TEXT"],
        &[1, 2, 3],
        paint,
    );
    for row in rows {
        let mut text = wrap_cut(&row.text, TEXT_WIDTH, CLAIM_LINES);
        if !row.origins.is_empty() {
            text.push(paint.dim(&cut(
                &format!("origins: {}", row.origins.join("; ")),
                TEXT_WIDTH,
            )));
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

fn contradictions(output: &Output, rows: &[ContradictionRow], paint: Paint) -> String {
    let mut table = Table::headless(3);
    table.spaced = true;
    for row in rows {
        let mut keys = vec![paint.bold(&row.kind)];
        let mut ids = Vec::new();
        let mut texts = Vec::new();
        let sides = std::iter::once(&row.claim).chain(row.other.as_ref());
        for side in sides {
            let mut lines = wrap_cut(&side.text, TEXT_WIDTH, CLAIM_LINES);
            if !side.asserted_by.is_empty() {
                lines.push(paint.dim(&cut(
                    &format!("asserted by {}", side.asserted_by.join(", ")),
                    TEXT_WIDTH,
                )));
            }
            if !side.denied_by.is_empty() {
                lines.push(paint.dim(&cut(
                    &format!("denied by {}", side.denied_by.join(", ")),
                    TEXT_WIDTH,
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
                TEXT_WIDTH,
                CLAIM_LINES,
            ));
        }
        keys.resize(ids.len(), String::new());
        table.row(vec![keys, ids, texts]);
    }
    table.render()
}

fn source(output: &Output, answer: &SourceAnswer, paint: Paint) -> String {
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
            let mut lines = wrap_cut(&said.claim_text, TEXT_WIDTH, CLAIM_LINES);
            let mut how = Vec::new();
            if let Some(cue) = &said.cue {
                how.push(format!("cue {:?}", clean(cue)));
            }
            if !said.via.is_empty() {
                how.push(format!("via {}", ref_names(&said.via)));
            }
            if !how.is_empty() {
                lines.push(paint.dim(&cut(&how.join(" · "), TEXT_WIDTH)));
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
            let mut lines = wrap_cut(&relayed.claim_text, TEXT_WIDTH, CLAIM_LINES);
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

fn claim(output: &Output, answer: &ClaimAnswer, paint: Paint) -> String {
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
                lines.push(paint.dim(&cut(&how.join(" · "), TEXT_WIDTH)));
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
    text
}

fn explain(output: &Output, explanation: &Explanation, paint: Paint) -> String {
    let mut text = heading(
        output,
        &explanation.claim.id,
        &explanation.claim.name,
        paint,
    );
    for line in wrap(&explanation.summary, TEXT_WIDTH + 10) {
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
                wrap_cut(&contradiction.claim.name, TEXT_WIDTH, CLAIM_LINES).into_iter();
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
    text
}

/// The paths of one origin (or of the uncounted or denying attributions).
fn paths(text: &mut String, paths: &[EvidencePath], indent: &str, paint: Paint) {
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
fn sides(text: &mut String, label: &str, evidence: &[SideEvidence], paint: Paint) {
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

/// The claim id and its wrapped text.
fn heading(output: &Output, id: &str, claim_text: &str, paint: Paint) -> String {
    let id = output.short_claim_id(id);
    let pad = " ".repeat(id.chars().count() + 2);
    let mut text = String::new();
    for (pos, line) in wrap_cut(claim_text, TEXT_WIDTH, CLAIM_LINES * 2)
        .into_iter()
        .enumerate()
    {
        if pos == 0 {
            let _ = writeln!(text, "{}  {}", paint.bold(id), paint.bold(&line));
        } else {
            let _ = writeln!(text, "{pad}{}", paint.bold(&line));
        }
    }
    text
}

/// Labels and values, the values aligned and wrapped.
fn key_values(facts: &[(&str, String)], indent: &str, paint: Paint) -> String {
    let width = facts
        .iter()
        .map(|(key, _)| key.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    let mut text = String::new();
    for (key, value) in facts {
        for (pos, line) in wrap_cut(value, TEXT_WIDTH, CLAIM_LINES)
            .into_iter()
            .enumerate()
        {
            let label = if pos == 0 {
                format!("{key}:")
            } else {
                String::new()
            };
            let pad = " ".repeat(width - label.chars().count());
            let _ = writeln!(text, "{indent}{}{pad} {line}", paint.dim(&label));
        }
    }
    text
}

fn credibility(credibility: &crate::export::json::WireCredibility) -> String {
    let reason = if credibility.reason.is_empty() {
        String::new()
    } else {
        format!(": {}", clean(&credibility.reason))
    };
    format!("{} {}{reason}", credibility.score, credibility.label)
}

fn stance(stance: &str, paint: Paint) -> String {
    if stance == "denies" {
        paint.red(stance)
    } else {
        stance.to_string()
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn ref_names(refs: &[NamedRef]) -> String {
    refs.iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A document path, cut from the left when too long: the file name matters most.
fn document(path: &str) -> String {
    let n_chars = path.chars().count();
    if n_chars <= DOCUMENT_WIDTH {
        path.to_string()
    } else {
        let tail: String = path.chars().skip(n_chars - (DOCUMENT_WIDTH - 1)).collect();
        format!("…{tail}")
    }
}

/// An evidence sentence in curly quotes (it may hold straight ones), wrapped and
/// cut.
fn quoted(sentence: &str, paint: Paint) -> Vec<String> {
    wrap_cut(
        &format!("“{}”", clean(sentence)),
        TEXT_WIDTH,
        SENTENCE_LINES,
    )
    .into_iter()
    .map(|line| paint.italic(&line))
    .collect()
}

/// Whitespace runs, newlines included, as one space; control characters dropped.
fn clean(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            word.chars()
                .filter(|ch| !ch.is_control())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cuts text to `width` characters, ending in `…` when cut.
fn cut(text: &str, width: usize) -> String {
    let text = clean(text);
    if text.chars().count() <= width {
        text
    } else {
        let mut short: String = text.chars().take(width.saturating_sub(1)).collect();
        short.truncate(short.trim_end().len());
        short.push('…');
        short
    }
}

/// Wraps text at word boundaries to lines of at most `width` characters;
/// longer words are split.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_len = 0;
    for word in clean(text).split(' ') {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if line_len > 0 {
                lines.push(std::mem::take(&mut line));
                line_len = 0;
            }
            lines.push(word.drain(..width).collect());
        }
        if word.is_empty() {
            continue;
        }
        if line_len > 0 && line_len + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
            line_len = 0;
        }
        if line_len > 0 {
            line.push(' ');
            line_len += 1;
        }
        line.extend(word.iter());
        line_len += word.len();
    }
    if line_len > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// [`wrap`], keeping at most `max_lines` and marking the cut with `…`.
fn wrap_cut(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines = wrap(text, width);
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = cut(&format!("{last} …"), width);
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    lines
}

/// ANSI styling, or none.
#[derive(Clone, Copy, Debug)]
struct Paint(bool);

impl Paint {
    fn style(self, code: &str, text: &str) -> String {
        if self.0 && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn bold(self, text: &str) -> String {
        self.style("1", text)
    }
    fn dim(self, text: &str) -> String {
        self.style("2", text)
    }
    fn italic(self, text: &str) -> String {
        self.style("3", text)
    }
    fn red(self, text: &str) -> String {
        self.style("31", text)
    }
    fn yellow(self, text: &str) -> String {
        self.style("33", text)
    }
}

/// Visible width of a cell line: characters, not counting ANSI escapes.
fn visible_width(text: &str) -> usize {
    let mut width = 0;
    let mut in_escape = false;
    for ch in text.chars() {
        match (in_escape, ch) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, _) => width += 1,
        }
    }
    width
}

/// Columns of multi-line cells, aligned; the last column is not padded.
struct Table<'a> {
    headers: Vec<String>,
    right_aligned: &'a [usize],
    rows: Vec<Vec<Vec<String>>>,
    indent: &'a str,
    /// A blank line between rows.
    spaced: bool,
}

impl<'a> Table<'a> {
    fn new(headers: &[&str], right_aligned: &'a [usize], paint: Paint) -> Table<'a> {
        Table {
            headers: headers.iter().map(|header| paint.bold(header)).collect(),
            right_aligned,
            rows: Vec::new(),
            indent: "",
            spaced: false,
        }
    }

    fn headless(n_columns: usize) -> Table<'a> {
        Table {
            headers: vec![String::new(); n_columns],
            right_aligned: &[],
            rows: Vec::new(),
            indent: "",
            spaced: false,
        }
    }

    fn row(&mut self, cells: Vec<Vec<String>>) {
        debug_assert_eq!(cells.len(), self.headers.len());
        self.rows.push(cells);
    }

    fn render(&self) -> String {
        let n_columns = self.headers.len();
        let has_header = self.headers.iter().any(|header| !header.is_empty());
        let mut widths: Vec<usize> = self
            .headers
            .iter()
            .map(|header| visible_width(header))
            .collect();
        for row in &self.rows {
            for (column, cell) in row.iter().enumerate() {
                for line in cell {
                    widths[column] = widths[column].max(visible_width(line));
                }
            }
        }
        let mut text = String::new();
        let mut emit = |cells: Vec<&str>| {
            let mut line = String::from(self.indent);
            for (column, cell) in cells.iter().enumerate() {
                let pad = " ".repeat(widths[column] - visible_width(cell));
                if column + 1 == n_columns {
                    line.push_str(cell);
                } else if self.right_aligned.contains(&column) {
                    line.push_str(&pad);
                    line.push_str(cell);
                    line.push_str("  ");
                } else {
                    line.push_str(cell);
                    line.push_str(&pad);
                    line.push_str("  ");
                }
            }
            text.push_str(line.trim_end());
            text.push('\n');
        };
        if has_header {
            emit(self.headers.iter().map(String::as_str).collect());
        }
        for (row_idx, row) in self.rows.iter().enumerate() {
            if self.spaced && row_idx > 0 {
                emit(vec![""; n_columns]);
            }
            let height = row.iter().map(Vec::len).max().unwrap_or(0);
            for line_idx in 0..height {
                emit(
                    row.iter()
                        .map(|cell| cell.get(line_idx).map_or("", String::as_str))
                        .collect(),
                );
            }
        }
        text
    }
}
