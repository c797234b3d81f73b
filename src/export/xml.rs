//! XML escaping for `graph.graphml` and GEXF: markup characters become
//! entities, characters XML 1.0 forbids are dropped, so no article text becomes
//! markup. Runs of bytes that need nothing are copied whole, found by a table
//! of byte classes. Pure.

/// What a byte becomes: itself (0), dropped (1), or an entity (the rest).
const KEEP: u8 = 0;
const DROP: u8 = 1;
const AMP: u8 = 2;
const LT: u8 = 3;
const GT: u8 = 4;
const QUOT: u8 = 5;
const APOS: u8 = 6;
const CR: u8 = 7;
const LF: u8 = 8;
const TAB: u8 = 9;
/// The entity of each class from `AMP` on.
const ENTITIES: [&[u8]; 10] = [
    b"", b"", b"&amp;", b"&lt;", b"&gt;", b"&quot;", b"&apos;", b"&#13;", b"&#10;", b"&#9;",
];

/// The class of every byte; `0xEF` starts U+FFFE and U+FFFF, checked apart.
/// In element text (`attribute` false) quotes, line feeds and tabs stay.
const fn classes(attribute: bool) -> [u8; 256] {
    let mut table = [KEEP; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = DROP;
        byte += 1;
    }
    table[b'&' as usize] = AMP;
    table[b'<' as usize] = LT;
    table[b'>' as usize] = GT;
    table[b'\r' as usize] = CR;
    if attribute {
        table[b'"' as usize] = QUOT;
        table[b'\'' as usize] = APOS;
        table[b'\n' as usize] = LF;
        table[b'\t' as usize] = TAB;
    } else {
        table[b'\n' as usize] = KEEP;
        table[b'\t' as usize] = KEEP;
    }
    table[0xEF] = u8::MAX;
    table
}

static IN_ATTRIBUTE: [u8; 256] = classes(true);
static IN_TEXT: [u8; 256] = classes(false);

/// Appends `text` XML-escaped (for element text and attribute values alike),
/// dropping characters XML 1.0 does not allow.
pub fn escape(text: &str, out: &mut Vec<u8>) {
    escape_with(text, out, &IN_ATTRIBUTE);
}

/// Appends `text` escaped for element content: as [`escape`], but quotes,
/// line feeds and tabs stay as they are (a parser keeps them in content).
pub fn escape_text(text: &str, out: &mut Vec<u8>) {
    escape_with(text, out, &IN_TEXT);
}

fn escape_with(text: &str, out: &mut Vec<u8>, classes: &[u8; 256]) {
    let bytes = text.as_bytes();
    // Runs of bytes that need nothing are copied whole.
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        let class = classes[usize::from(bytes[at])];
        if class == KEEP {
            at += 1;
            continue;
        }
        let (replacement, width): (&[u8], usize) = if class == u8::MAX {
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            match bytes.get(at + 1..at + 3) {
                Some([0xBF, 0xBE | 0xBF]) => (b"", 3),
                _ => {
                    at += 1;
                    continue;
                }
            }
        } else {
            (ENTITIES[usize::from(class)], 1)
        };
        out.extend_from_slice(&bytes[run..at]);
        out.extend_from_slice(replacement);
        at += width;
        run = at;
    }
    out.extend_from_slice(&bytes[run..]);
}

#[cfg(test)]
mod tests {
    use super::{escape, escape_text};

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        let check = |text: &str, attribute: &str, content: &str| {
            let mut out = Vec::new();
            escape(text, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), attribute, "{text:?}");
            let mut out = Vec::new();
            escape_text(text, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), content, "{text:?}");
        };
        check(
            "<b>x</b> & \"y\" 'z'",
            "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot; &apos;z&apos;",
            "&lt;b&gt;x&lt;/b&gt; &amp; \"y\" 'z'",
        );
        check(
            "a\u{0}b\u{1b}[31mc\u{ffff}d\u{fffe}",
            "ab[31mcd",
            "ab[31mcd",
        );
        check(
            "line\r\nnext\tcell",
            "line&#13;&#10;next&#9;cell",
            "line&#13;\nnext\tcell",
        );
        check(
            "Kim Yong-hyun’s \u{fffd}\u{ef}",
            "Kim Yong-hyun’s \u{fffd}\u{ef}",
            "Kim Yong-hyun’s \u{fffd}\u{ef}",
        );
    }
}
