//! Shaping plain text for a terminal: whitespace and control characters
//! cleaned, text cut with `…`, wrapped at word boundaries, and wrapped then cut
//! after a few lines. Widths count characters; no colour here.

/// Whitespace runs, newlines included, as one space; control characters dropped.
pub(super) fn clean(text: &str) -> String {
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
pub(super) fn cut(text: &str, width: usize) -> String {
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
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
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
