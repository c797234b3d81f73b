//! ANSI styling (bold, dim, italic, red, yellow), or none, and the visible
//! width of a styled string. Whether to colour is the caller's decision.

/// ANSI styling, or none.
#[derive(Clone, Copy, Debug)]
pub(super) struct Paint(pub(super) bool);

impl Paint {
    /// `text` styled; whatever unsafe character it holds (see
    /// [`super::text::is_unsafe`]) is dropped first, so an escape sequence in
    /// article text never passes as one of ours.
    fn style(self, code: &str, text: &str) -> String {
        let text: String = text
            .chars()
            .filter(|ch| *ch == '\n' || !super::text::is_unsafe(*ch))
            .collect();
        if self.0 && !text.is_empty() {
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

/// Visible width of a cell line: characters, not counting ANSI escapes.
pub(super) fn visible_width(text: &str) -> usize {
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
