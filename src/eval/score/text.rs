//! A document's text as Python sees it: indexed by code point, sliced as Python
//! slices (negative and out-of-range offsets included), split into `\w` words,
//! and trimmed of edge punctuation before exact comparison. No matching, no
//! measures.

use std::collections::HashSet;

use super::speech::is_speech;
use super::word_chars::is_word_char;
use crate::eval::brat::Offsets;

/// Characters trimmed from span edges before exact comparison.
const EDGE: &str = " \t\n\"'“”‘’.,;:—–-()[]";

/// A text indexed by code point.
pub(super) struct Text {
    chars: Vec<char>,
    word: Vec<bool>,
}

impl Text {
    pub(super) fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let word = chars.iter().map(|&c| is_word_char(c)).collect();
        Text { chars, word }
    }

    /// The bounds Python's `text[start:end]` takes.
    fn bounds(&self, span: Offsets) -> (usize, usize) {
        let len = self.chars.len() as i64;
        let clamp = |i: i64| {
            let i = if i < 0 { i + len } else { i };
            i.clamp(0, len) as usize
        };
        let (lo, hi) = (clamp(span.start), clamp(span.end));
        (lo, hi.max(lo))
    }

    /// Python's `text[start:end]`.
    pub(super) fn slice(&self, span: Offsets) -> String {
        let (lo, hi) = self.bounds(span);
        self.chars[lo..hi].iter().collect()
    }

    /// Python's `text[i]`, or `None` where Python would raise.
    fn at(&self, i: i64) -> Option<char> {
        let len = self.chars.len() as i64;
        let i = if i < 0 { i + len } else { i };
        usize::try_from(i)
            .ok()
            .and_then(|i| self.chars.get(i).copied())
    }

    /// The word tokens of the spans as `(start, end)` positions
    /// (`common.token_set`).
    pub(super) fn token_set(&self, spans: &[Offsets]) -> HashSet<(i64, i64)> {
        let mut out = HashSet::new();
        for &span in spans {
            let (lo, hi) = self.bounds(span);
            let mut idx = lo;
            while idx < hi {
                if !self.word[idx] {
                    idx += 1;
                    continue;
                }
                let run_start = idx;
                while idx < hi && self.word[idx] {
                    idx += 1;
                }
                // Positions count from the span's start as given, as in Python.
                out.insert((
                    span.start + (run_start - lo) as i64,
                    span.start + (idx - lo) as i64,
                ));
            }
        }
        out
    }

    /// The spans sorted, their edges trimmed of [`EDGE`] characters, empty ones
    /// dropped.
    pub(super) fn trimmed(&self, spans: &[Offsets]) -> Vec<Offsets> {
        let mut sorted = spans.to_vec();
        sorted.sort();
        let is_edge = |i: i64| self.at(i).is_some_and(|c| EDGE.contains(c));
        sorted
            .into_iter()
            .filter_map(|Offsets { mut start, mut end }| {
                while start < end && is_edge(start) {
                    start += 1;
                }
                while end > start && is_edge(end - 1) {
                    end -= 1;
                }
                (start < end).then_some(Offsets::new(start, end))
            })
            .collect()
    }

    /// True when the cue fragments, joined with spaces, contain a speech or report
    /// word (the `SPEECH` pattern of the Python scorer).
    pub(super) fn is_speech_cue(&self, cue: &[Offsets]) -> bool {
        let joined: Vec<String> = cue.iter().map(|&c| self.slice(c)).collect();
        is_speech(&joined.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_python_words() {
        let text = Text::new("it’s 2,000 x²_y e\u{301}t");
        let mut tokens: Vec<_> = text.token_set(&[Offsets::new(0, 19)]).into_iter().collect();
        tokens.sort();
        let words: Vec<String> = tokens
            .iter()
            .map(|&(s, e)| text.slice(Offsets::new(s, e)))
            .collect();
        assert_eq!(words, ["it", "s", "2", "000", "x²_y", "e", "t"]);
    }

    #[test]
    fn slices_as_python_does() {
        let text = Text::new("abcdef");
        let got: Vec<String> = [(1, 3), (-2, 6), (4, 2), (3, 99), (-99, 2)]
            .iter()
            .map(|&(s, e)| text.slice(Offsets::new(s, e)))
            .collect();
        assert_eq!(got, ["bc", "ef", "", "def", "ab"]);
    }

    #[test]
    fn trims_edges() {
        let text = Text::new("“Yes,” he said.");
        assert_eq!(text.trimmed(&[Offsets::new(0, 6)]), [Offsets::new(1, 4)]);
        assert_eq!(
            text.trimmed(&[Offsets::new(4, 7), Offsets::new(0, 2)]),
            [Offsets::new(1, 2)]
        );
    }
}
