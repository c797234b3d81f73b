//! A wording cut into its clauses: quoted fragments, pieces between semicolons,
//! and clauses joined by a contrast or by "and" before a pronoun subject. Works
//! on the text alone; reading each clause is `read.rs`'s.

/// Pronouns that open a clause of their own after "and".
const CLAUSE_SUBJECTS: &[&str] = &["they", "he", "she", "it", "we", "i", "you"];

/// Conjunctions that, after a comma, open a clause of their own.
const CONTRASTS: &[&str] = &["but", "while", "whereas", "although", "though", "yet"];

/// The clauses of a wording: quoted fragments and what lies between them,
/// pieces between semicolons, and clauses joined by ", but" (", while" …) or by
/// "and" before a pronoun subject ("… Russian and they do not have …").
pub fn clauses(text: &str) -> Vec<&str> {
    fn cut<'t>(text: &'t str, out: &mut Vec<&'t str>, start: &mut usize, at: usize, resume: usize) {
        let piece = text[*start..at].trim();
        if !piece.is_empty() {
            out.push(piece);
        }
        *start = resume;
    }
    if is_one_clause(text) {
        let piece = text.trim();
        return if piece.is_empty() {
            Vec::new()
        } else {
            vec![piece]
        };
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<(usize, &str)> = None;
    for (at, word) in words_at(text) {
        if word.starts_with(['“', '”', '"', ';']) {
            cut(text, &mut out, &mut start, at, at + word.len());
            prev = None;
            continue;
        }
        // Lowercased only after a comma or an "and", where it is read.
        let lower = || super::fold::lower(word);
        match prev {
            Some((_, p)) if p.ends_with(',') && CONTRASTS.contains(&lower().as_ref()) => {
                cut(text, &mut out, &mut start, at, at);
            }
            Some((and_at, p))
                if p.eq_ignore_ascii_case("and")
                    && CLAUSE_SUBJECTS.contains(&lower().trim_end_matches(['’', '\'', ','])) =>
            {
                cut(text, &mut out, &mut start, and_at, at);
            }
            _ => {}
        }
        prev = Some((at, word));
    }
    cut(text, &mut out, &mut start, text.len(), text.len());
    out
}

/// True when nothing in `text` can cut it: no quotation mark, semicolon or
/// comma, and no "and" in any case. Read from the bytes alone: `0xE2` opens
/// both curly quotation marks (and other characters, which then take the
/// long way).
fn is_one_clause(text: &str) -> bool {
    let bytes = text.as_bytes();
    !bytes
        .iter()
        .any(|&b| matches!(b, b'"' | b';' | b',' | 0xE2))
        && !bytes.windows(3).any(|w| w.eq_ignore_ascii_case(b"and"))
}

/// The words of `text` split on whitespace, with their byte offsets;
/// quotation marks and semicolons come out as words of their own. ASCII bytes
/// are read as they are; only other characters are decoded.
fn words_at(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let c = if bytes[at].is_ascii() {
            bytes[at] as char
        } else {
            text[at..].chars().next().unwrap_or_default()
        };
        let mark = matches!(c, '“' | '”' | '"' | ';');
        if c.is_whitespace() || mark {
            if let Some(s) = start.take() {
                out.push((s, &text[s..at]));
            }
            if mark {
                out.push((at, &text[at..at + c.len_utf8()]));
            }
        } else if start.is_none() {
            start = Some(at);
        }
        at += c.len_utf8();
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_of_a_wording() {
        let cases: &[(&str, &[&str])] = &[
            (
                "They do not have interoperability experience, but they can use liaison teams",
                &["They do not have interoperability experience,", "but they can use liaison teams"],
            ),
            (
                "for North Korea, “the ability to gain experience is huge” and “could help Pyongyang”",
                &["for North Korea,", "the ability to gain experience is huge", "and", "could help Pyongyang"],
            ),
            (
                "Most do not speak Russian and they do not have combat experience yet",
                &["Most do not speak Russian", "they do not have combat experience yet"],
            ),
            ("prices rose; wages fell", &["prices rose", "wages fell"]),
            // Nothing to cut at: the whole, trimmed.
            ("  Troops moved east overnight ", &["Troops moved east overnight"]),
            ("   ", &[]),
            // "and" between nouns, and a comma before anything but a contrast, join.
            ("Russia and China said troops, tanks and jets moved", &["Russia and China said troops, tanks and jets moved"]),
        ];
        for (text, want) in cases {
            assert_eq!(clauses(text), *want, "{text}");
        }
    }
}
