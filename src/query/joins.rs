//! Why a claim's wordings are one claim: each pair of its attributions whose
//! joining made it (`joins` of the claim node), with both wordings, what
//! judged them alike and how much, the words of meaning they share, whether
//! their documents are of one story and how many days apart. For `query claim`
//! and `query explain`. Pure over a loaded [`Output`].

use std::collections::HashMap;

use crate::analyze::day_number;
use crate::analyze::vocabulary::STOPWORDS;
use crate::export::json::{AttributionRecord, WireNode};

use super::answers::{JoinReason, JoinedWording};
use super::output::{ClaimView, Output};

/// The most shared words a reason lists.
const SHARED_WORDS: usize = 8;

/// The reasons a claim's wordings were joined, in the order they joined.
pub(super) fn joins(output: &Output, view: &ClaimView<'_>) -> Vec<JoinReason> {
    let records: HashMap<&str, &AttributionRecord> = output
        .records(output.index.by_claim.get(view.id))
        .map(|record| (record.id.as_str(), record))
        .collect();
    let find = |id: &str| records.get(id).copied();
    view.joins
        .iter()
        .filter_map(|join| {
            let (a, b) = (find(&join.a)?, find(&join.b)?);
            let (da, db) = (document(output, a), document(output, b));
            let (a, b) = (wording(a), wording(b));
            Some(JoinReason {
                shared: shared_words(&a.text, &b.text),
                same_story: da.0.zip(db.0).map(|(x, y)| x == y),
                days_apart: day_number(da.1)
                    .zip(day_number(db.1))
                    .map(|(x, y)| (x - y).abs()),
                a,
                b,
                by: join.by.clone(),
                likeness: join.likeness,
            })
        })
        .collect()
}

/// One side of a pair.
fn wording(record: &AttributionRecord) -> JoinedWording {
    JoinedWording {
        attribution: record.id.clone(),
        source: record.source.as_ref().map(|s| s.name.clone()),
        document: record.document.clone(),
        text: record.content_text(),
    }
}

/// A record's document's story and date.
fn document<'o>(output: &'o Output, record: &AttributionRecord) -> (Option<u32>, Option<&'o str>) {
    match output.node(&format!("doc:{}", record.document)) {
        Some(WireNode::Document { story, date, .. }) => (*story, date.as_deref()),
        _ => (None, None),
    }
}

/// Words of meaning (not stopwords, two characters or more, or figures) both
/// texts hold, case folded, in the first text's order, at most [`SHARED_WORDS`].
fn shared_words(a: &str, b: &str) -> Vec<String> {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2 || w.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_lowercase)
            .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
            .collect()
    };
    let theirs = words(b);
    let mut shared: Vec<String> = Vec::new();
    for w in words(a) {
        if theirs.contains(&w) && !shared.contains(&w) {
            shared.push(w);
            if shared.len() == SHARED_WORDS {
                break;
            }
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::shared_words;

    #[test]
    fn shared_words_are_words_of_meaning_in_order() {
        assert_eq!(
            shared_words(
                "The Senate passed the bill on Friday, 52 to 48",
                "On Friday the bill passed the Senate 52-48"
            ),
            ["senate", "passed", "bill", "friday", "52", "48"]
        );
    }
}
