//! "The A.G., according to the Times, said he had misspoken": an "according
//! to" set off between a speaker and their verb names the outlet the words
//! came through, a relay of that speaker's attribution, not a second source
//! of the same words.

use super::Found;
use crate::extract::phrases::View;

/// Folds each such aside into the attribution it interrupts (among
/// `found[from..]`, one sentence's): its source becomes that attribution's
/// relay, and the aside goes.
pub(super) fn fold_asides(view: &View, found: &mut Vec<Found>, from: usize) {
    let mut folded = vec![false; found.len()];
    for k in from..found.len() {
        let Some((_, b)) = found[k].source_toks else {
            continue;
        };
        if !view.is_any(found[k].cue_tok, &["according"]) {
            continue;
        }
        let host = (from..found.len()).find(|&g| {
            g != k
                && !folded[g]
                && found[g].via.is_empty()
                && found[g].source_toks.is_some_and(|(start, end)| {
                    // Between the speaker and their verb; its own content,
                    // if not the same words, is the speaker read as a
                    // fronted clause ("The A.G.").
                    end < found[k].cue.0
                        && b < found[g].cue.0
                        && (found[g].content == found[k].content
                            || found[k]
                                .content
                                .iter()
                                .all(|&(x, y)| start <= x && y <= end))
                })
        });
        if let (Some(g), Some(source)) = (host, found[k].source.clone()) {
            found[g].via.push(source);
            folded[k] = true;
        }
    }
    super::retain_unmarked(found, &folded);
}
