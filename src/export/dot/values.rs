//! Every DOT value: the one escaping function ([`quoted`]), bare identifiers
//! and attributes we write ourselves, node ids, and label text shortened and
//! wrapped to size. Pure.

use graphviz_rust::dot_structures::{Attribute, Id, NodeId};

/// Longest claim label, in chars, before the ellipsis.
pub(super) const CLAIM_LABEL_CHARS: usize = 60;
/// Longest source, document or subject label.
pub(super) const NAME_LABEL_CHARS: usize = 40;
/// Longest edge label (contradiction reasons).
pub(super) const EDGE_LABEL_CHARS: usize = 40;
/// Longest tooltip.
pub(super) const TOOLTIP_CHARS: usize = 400;
/// Width of a wrapped label line.
pub(super) const WRAP_CHARS: usize = 28;

/// The one escaping function: `text` as a quoted DOT string. Wraps in quotes,
/// escapes `\` and `"`, writes a newline as `\n` (a centred line break) and drops
/// every other control character.
pub fn quoted(text: &str) -> Id {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

/// `text` with whitespace runs collapsed to one space, cut to at most `max_chars`
/// chars (at a char boundary) with an ellipsis when it was longer.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let mut words = text.split_whitespace();
    let mut out = String::new();
    let mut n_chars = 0;
    let mut cut = false;
    if let Some(first) = words.next() {
        for word in std::iter::once(first).chain(words) {
            let sep = usize::from(!out.is_empty());
            let n_word = word.chars().count();
            if n_chars + sep + n_word > max_chars {
                cut = true;
                if out.is_empty() {
                    // One word longer than the limit: cut inside it.
                    out.extend(word.chars().take(max_chars.saturating_sub(1)));
                }
                break;
            }
            if sep == 1 {
                out.push(' ');
            }
            out.push_str(word);
            n_chars += sep + n_word;
        }
    }
    if cut {
        out.push('…');
    }
    out
}

/// `text` broken into lines of about `width` chars at spaces.
pub(super) fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut line_chars = 0;
    for word in text.split(' ') {
        let n_word = word.chars().count();
        if line_chars > 0 && line_chars + 1 + n_word > width {
            out.push('\n');
            line_chars = 0;
        } else if line_chars > 0 {
            out.push(' ');
            line_chars += 1;
        }
        out.push_str(word);
        line_chars += n_word;
    }
    out
}

pub(super) fn attr(name: &str, value: Id) -> Attribute {
    Attribute(Id::Plain(name.to_string()), value)
}

/// A bare identifier or number we write ourselves (shapes, colours, styles).
pub(super) fn plain(value: &str) -> Id {
    Id::Plain(value.to_string())
}

pub(super) fn node_id(i: usize) -> NodeId {
    NodeId(Id::Plain(format!("n{i}")), None)
}

/// Each line of `text` shortened on its own, so a tooltip keeps its line breaks.
pub(super) fn shorten_lines(text: &str, max_chars: usize) -> String {
    text.lines()
        .map(|line| shorten(line, max_chars))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One escaping case: input and the DOT string it must become.
    fn check_quoted(input: &str, expect: &str) {
        assert_eq!(
            quoted(input),
            Id::Escaped(expect.to_string()),
            "quoting {input:?}"
        );
    }

    #[test]
    fn quoting() {
        for (input, expect) in [
            ("plain", r#""plain""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            (r"back\slash", r#""back\\slash""#),
            ("two\nlines", r#""two\nlines""#),
            ("bell\u{7}\r\tgone", r#""bellgone""#),
            ("<b>& ]", r#""<b>& ]""#),
        ] {
            check_quoted(input, expect);
        }
    }

    #[test]
    fn shortening() {
        for (input, max, expect) in [
            ("short", 10, "short"),
            ("a  b\n c", 10, "a b c"),
            ("one two three", 9, "one two…"),
            ("ééééé", 3, "éé…"),
            ("", 3, ""),
        ] {
            assert_eq!(shorten(input, max), expect, "shortening {input:?} to {max}");
        }
    }
}
