//! Shaping plain text for a terminal: whitespace and control characters
//! cleaned, text cut with `…`, wrapped at word boundaries, and wrapped then cut
//! after a few lines. Widths are terminal columns (a CJK character two, see
//! `paint::char_width`); no colour here.
//!
//! Article text is untrusted: an escape sequence, a carriage return or a bidi
//! override in it could rewrite or reorder what the terminal shows. [`clean`]
//! and [`neutralise`] let none of them through.

use super::paint::{char_width, visible_width};

/// True for a character that must never reach the terminal from article text:
/// every C0 control (ESC, BEL, CR, tab and newline included), DEL, every C1
/// control, and the Unicode bidi controls (embeddings, overrides, isolates,
/// marks) that can make text display in another order than it is stored.
pub(super) fn is_unsafe(ch: char) -> bool {
    ch.is_control()
        || matches!(
            ch,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
        )
}

/// Whitespace runs, newlines and carriage returns included, as one space; every
/// other [`is_unsafe`] character dropped.
pub(super) fn clean(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            word.chars()
                .filter(|ch| !is_unsafe(*ch))
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The styles [`super::paint::Paint`] writes, after their escape character:
/// only colours and weights, nothing that moves the cursor or talks to the
/// terminal.
const OWN_STYLES: [&str; 6] = ["[0m", "[1m", "[2m", "[3m", "[31m", "[33m"];

/// The last pass over a whole rendered table, whatever reached it: newlines
/// kept, any other white space as a space, every other [`is_unsafe`] character
/// dropped — except, when `colour`, the escape character that starts one of the
/// table's own styles.
pub(super) fn neutralise(table: &str, colour: bool) -> String {
    let mut out = String::with_capacity(table.len());
    for (at, ch) in table.char_indices() {
        match ch {
            '\n' => out.push(ch),
            '\u{1b}' if colour && OWN_STYLES.iter().any(|s| table[at + 1..].starts_with(s)) => {
                out.push(ch)
            }
            ch if ch.is_whitespace() && is_unsafe(ch) => out.push(' '),
            ch if is_unsafe(ch) => {}
            ch => out.push(ch),
        }
    }
    out
}

/// The longest start of `chars` at most `width` columns wide (at least one
/// character, so that a wide character in a narrow column still moves on).
fn fitting(chars: &[char], width: usize) -> usize {
    let mut used = 0;
    for (n, &ch) in chars.iter().enumerate() {
        used += char_width(ch);
        if used > width {
            return n.max(1);
        }
    }
    chars.len()
}

/// Cuts text to `width` columns, ending in `…` when cut.
pub(super) fn cut(text: &str, width: usize) -> String {
    let text = clean(text);
    if visible_width(&text) <= width {
        text
    } else {
        let chars: Vec<char> = text.chars().collect();
        let mut short: String = chars[..fitting(&chars, width.saturating_sub(1))]
            .iter()
            .collect();
        short.truncate(short.trim_end().len());
        short.push('…');
        short
    }
}

/// Wraps text at word boundaries to lines of at most `width` columns; longer
/// words (or runs of CJK text, which has no spaces) are split.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_words(&clean(text), width)
}

/// [`wrap`] of text already clean, or already styled (its ANSI escapes take no
/// columns and stay with their words).
pub(super) fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_len = 0;
    for word in text.split(' ') {
        let mut word: Vec<char> = word.chars().collect();
        while visible_width(&word.iter().collect::<String>()) > width {
            if line_len > 0 {
                lines.push(std::mem::take(&mut line));
                line_len = 0;
            }
            let n = fitting_styled(&word, width);
            lines.push(word.drain(..n).collect());
        }
        if word.is_empty() {
            continue;
        }
        let word_len = visible_width(&word.iter().collect::<String>());
        if line_len > 0 && line_len + 1 + word_len > width {
            lines.push(std::mem::take(&mut line));
            line_len = 0;
        }
        if line_len > 0 {
            line.push(' ');
            line_len += 1;
        }
        line.extend(word.iter());
        line_len += word_len;
    }
    if line_len > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// [`fitting`], with ANSI escapes taking no columns.
fn fitting_styled(chars: &[char], width: usize) -> usize {
    if !chars.contains(&'\x1b') {
        return fitting(chars, width);
    }
    let (mut used, mut in_escape) = (0, false);
    for (n, &ch) in chars.iter().enumerate() {
        match (in_escape, ch) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, ch) => {
                used += char_width(ch);
                if used > width {
                    return n.max(1);
                }
            }
        }
    }
    chars.len()
}

/// [`wrap`], keeping at most `max_lines` and marking the cut with `…`.
pub(super) fn wrap_cut(text: &str, width: usize, max_lines: usize) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What `clean` and `neutralise` (without colour) make of `input`.
    fn check(input: &str, cleaned: &str, neutralised: &str) {
        assert_eq!(clean(input), cleaned, "clean({input:?})");
        assert_eq!(
            neutralise(input, false),
            neutralised,
            "neutralise({input:?})"
        );
    }

    #[test]
    fn terminal_controls_never_pass() {
        // ESC sequences, BEL and C1 (CSI U+009B).
        check("a\u{1b}[2Jb\u{7}c", "a[2Jbc", "a[2Jbc");
        check("x\u{9b}31my", "x31my", "x31my");
        // A carriage return would let text overwrite the start of its line.
        check("safe\rEVIL", "safe EVIL", "safe EVIL");
        // The other C0 controls and DEL.
        check("a\u{0}\u{8}\u{b}\u{c}\u{1f}b\u{7f}c", "a bc", "a  bc");
        // Bidi embeddings, overrides, isolates and marks reorder what is shown.
        check(
            "ab\u{202e}cd\u{202a}\u{202b}\u{202c}\u{202d}e",
            "abcde",
            "abcde",
        );
        check("\u{2066}f\u{2067}g\u{2068}h\u{2069}", "fgh", "fgh");
        check("i\u{200e}j\u{200f}k\u{061c}l", "ijkl", "ijkl");
        // Newlines are line breaks of the table, tabs become spaces.
        check("one\ntwo\tthree", "one two three", "one\ntwo three");
        // Ordinary text, joiners and non-Latin scripts are untouched.
        check(
            "Zelenskiy — Зеленський, 김용현",
            "Zelenskiy — Зеленський, 김용현",
            "Zelenskiy — Зеленський, 김용현",
        );
        // A word of controls alone leaves no double space.
        check("a \u{202e} b", "a b", "a  b");
    }

    #[test]
    fn only_the_tables_own_styles_keep_their_escape() {
        let painted = "\u{1b}[1mbold\u{1b}[0m\r";
        assert_eq!(neutralise(painted, true), "\u{1b}[1mbold\u{1b}[0m ");
        assert_eq!(neutralise(painted, false), "[1mbold[0m ");
        // Clearing the screen, moving the cursor, setting the title.
        let hostile = "\u{1b}[2J\u{1b}[1;1H\u{1b}]0;owned\u{7}\u{1b}[31m";
        assert_eq!(neutralise(hostile, true), "[2J[1;1H]0;owned\u{1b}[31m");
    }

    #[test]
    fn widths_are_terminal_columns_wide_characters_two() {
        // Korean: each syllable two columns; wrapped at spaces, none wider.
        let korean = "북한군 병력이 러시아 쿠르스크 지역에 배치되었다고 국방부가 밝혔다";
        let lines = wrap(korean, 20);
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(visible_width(line) <= 20, "{line:?}");
        }
        assert_eq!(lines.join(" "), korean);
        // Chinese has no spaces: split between characters, never mid-character.
        let chinese = "朝鲜军队已经部署到俄罗斯库尔斯克地区国防部表示";
        let lines = wrap(chinese, 9);
        assert!(
            lines.iter().all(|line| visible_width(line) <= 9),
            "{lines:?}"
        );
        assert_eq!(lines.concat(), chinese);
        let short = cut(korean, 11);
        assert!(
            visible_width(&short) <= 11 && short.ends_with('…'),
            "{short:?}"
        );
        assert_eq!(cut("abc", 3), "abc");
        // A wide character in a column of one still moves on.
        assert_eq!(wrap("한국", 1), ["한", "국"]);
    }
}
