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
        // Only a mark, or a word after a comma or an "and", can cut.
        let after_comma_or_and =
            prev.is_some_and(|(_, p)| p.ends_with(',') || p.eq_ignore_ascii_case("and"));
        if !after_comma_or_and && !matches!(word.as_bytes()[0], b'"' | b';' | 0xE2) {
            prev = Some((at, word));
            continue;
        }
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
    // One pass: `b | 0x20` is the lowercase of an ASCII letter, and only
    // `A`/`a`, `N`/`n`, `D`/`d` give `a`, `n`, `d`.
    !bytes.iter().enumerate().any(|(k, &b)| match b {
        b'"' | b';' | b',' | 0xE2 => true,
        b'a' | b'A' => {
            bytes.get(k + 1).is_some_and(|&n| n | 0x20 == b'n')
                && bytes.get(k + 2).is_some_and(|&d| d | 0x20 == b'd')
        }
        _ => false,
    })
}

/// The words of `text` split on whitespace, with their byte offsets;
/// quotation marks and semicolons come out as words of their own. ASCII bytes
/// are read as they are; only other characters are decoded.
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut at = 0;
    // A mark found just after a word, given out next.
    let mut mark_next: Option<(usize, &str)> = None;
    std::iter::from_fn(move || {
        if let Some(mark) = mark_next.take() {
            return Some(mark);
        }
        while at < bytes.len() {
            let here = at;
            let c = if bytes[here].is_ascii() {
                bytes[here] as char
            } else {
                text[here..].chars().next().unwrap_or_default()
            };
            at += c.len_utf8();
            let mark = matches!(c, '“' | '”' | '"' | ';');
            if c.is_whitespace() || mark {
                let mark = mark.then(|| (here, &text[here..at]));
                if let Some(s) = start.take() {
                    mark_next = mark;
                    return Some((s, &text[s..here]));
                }
                if mark.is_some() {
                    return mark;
                }
            } else if start.is_none() {
                start = Some(here);
            }
        }
        start.take().map(|s| (s, &text[s..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`clauses`] as first written: every word read, after a plain scan.
    fn plain_clauses(text: &str) -> Vec<&str> {
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut start: Option<usize> = None;
        for (at, c) in text.char_indices() {
            let mark = matches!(c, '“' | '”' | '"' | ';');
            if c.is_whitespace() || mark {
                if let Some(s) = start.take() {
                    words.push((s, &text[s..at]));
                }
                if mark {
                    words.push((at, &text[at..at + c.len_utf8()]));
                }
            } else if start.is_none() {
                start = Some(at);
            }
        }
        if let Some(s) = start {
            words.push((s, &text[s..]));
        }
        let mut out = Vec::new();
        let mut cut = |from: usize, to: usize| {
            let piece = text[from..to].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
        };
        let mut start = 0;
        let mut prev: Option<(usize, &str)> = None;
        for (at, word) in words {
            let lower = word.to_lowercase();
            if word.starts_with(['“', '”', '"', ';']) {
                cut(start, at);
                start = at + word.len();
                prev = None;
                continue;
            }
            match prev {
                Some((_, p)) if p.ends_with(',') && CONTRASTS.contains(&lower.as_str()) => {
                    cut(start, at);
                    start = at;
                }
                Some((and_at, p))
                    if p.eq_ignore_ascii_case("and")
                        && CLAUSE_SUBJECTS.contains(&lower.trim_end_matches(['’', '\'', ','])) =>
                {
                    cut(start, and_at);
                    start = at;
                }
                _ => {}
            }
            prev = Some((at, word));
        }
        cut(start, text.len());
        out
    }

    proptest::proptest! {
        #[test]
        fn clauses_are_those_of_a_plain_reading(
            words in proptest::collection::vec(
                "(and|AnD|but|they|They|yet,|x,|,|;|\"|“|”|’|—|troops|ΟΔΟΣ|İ| |\u{a0})",
                0..24,
            )
        ) {
            let text = words.join(" ");
            proptest::prop_assert_eq!(clauses(&text), plain_clauses(&text));
            let glued = words.concat();
            proptest::prop_assert_eq!(clauses(&glued), plain_clauses(&glued));
        }
    }

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
