//! ANSI styling (bold, dim, italic, red, yellow), or none, the widths a table
//! is laid out to, and the visible width of a styled string (terminal columns:
//! East Asian wide characters count two, combining marks none). Whether to
//! colour and how wide the terminal is are the caller's decisions.

use unicode_width::UnicodeWidthChar;

/// ANSI styling, or none, and the widths to lay text out to.
#[derive(Clone, Copy, Debug)]
pub(super) struct Paint {
    /// Use ANSI styles.
    pub(super) color: bool,
    /// Columns long text is wrapped at.
    pub(super) text_width: usize,
    /// Columns a table line may take at most, when known.
    pub(super) max_width: Option<usize>,
}

impl Paint {
    /// Columns for long text in a table whose text column starts after about
    /// `before` columns: narrower than [`Paint::text_width`] when the terminal
    /// is too narrow for both, never under 24.
    pub(super) fn text_after(self, before: usize) -> usize {
        self.max_width.map_or(self.text_width, |max| {
            max.saturating_sub(before)
                .clamp(24, self.text_width.max(24))
        })
    }
    /// `text` styled; whatever unsafe character it holds (see
    /// [`super::text::is_unsafe`]) is dropped first, so an escape sequence in
    /// article text never passes as one of ours.
    fn style(self, code: &str, text: &str) -> String {
        let text: String = text
            .chars()
            .filter(|ch| *ch == '\n' || !super::text::is_unsafe(*ch))
            .collect();
        if self.color && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub(super) fn bold(self, text: &str) -> String {
        self.style("1", text)
    }
    pub(super) fn dim(self, text: &str) -> String {
        self.style("2", text)
    }
    pub(super) fn italic(self, text: &str) -> String {
        self.style("3", text)
    }
    pub(super) fn red(self, text: &str) -> String {
        self.style("31", text)
    }
    pub(super) fn yellow(self, text: &str) -> String {
        self.style("33", text)
    }
}

/// Visible width of a cell line in terminal columns, not counting ANSI escapes.
pub(super) fn visible_width(text: &str) -> usize {
    let mut width = 0;
    let mut in_escape = false;
    for ch in text.chars() {
        match (in_escape, ch) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, ch) => width += char_width(ch),
        }
    }
    width
}

/// Terminal columns of one character: 2 for East Asian wide ones, 0 for
/// combining marks and controls.
pub(super) fn char_width(ch: char) -> usize {
    ch.width().unwrap_or(0)
}
