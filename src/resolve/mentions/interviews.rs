//! Words told to an outlet ("Blumenthal told the Times", "said in an
//! interview with CNN"): another outlet's article that repeats them got them
//! through the outlet that heard them, a relay like "…, the Times reported".
//! Pure.

use crate::model::SourceKind;
use crate::resolve::LocalSource;

/// The one a cue says the words were told to ("told the Times" → "the
/// Times", "said in an interview with CNN" → "CNN").
pub(in crate::resolve) fn interviewer(cue: &str) -> Option<&str> {
    const TOLD: &[&str] = &[
        "told ",
        "tells ",
        "telling ",
        "said to ",
        "says to ",
        "said in an interview with ",
        "says in an interview with ",
        "in an interview with ",
    ];
    let lower = cue.to_ascii_lowercase();
    let at = TOLD
        .iter()
        .find_map(|t| lower.find(t).map(|i| i + t.len()))?;
    let rest = cue.get(at..)?.trim();
    (!rest.is_empty()).then_some(rest)
}

/// True when `heard` is an outlet other than the article's own publisher
/// (`own`): "the Times" in the New York Times' own article is no relay.
pub(in crate::resolve) fn relays(heard: &LocalSource, own: &LocalSource) -> bool {
    if heard.kind != SourceKind::Media || heard.key == own.key {
        return false;
    }
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .filter(|w| !w.eq_ignore_ascii_case("the"))
            .map(str::to_lowercase)
            .collect()
    };
    let (heard, own) = (words(&heard.name), words(&own.name));
    !heard.is_empty() && !own.ends_with(&heard) && !heard.ends_with(&own)
}

#[cfg(test)]
mod tests {
    use super::interviewer;

    #[test]
    fn the_outlet_told_is_read_from_the_cue() {
        assert_eq!(interviewer("told the Times"), Some("the Times"));
        assert_eq!(interviewer("said in an interview with CNN"), Some("CNN"));
        assert_eq!(interviewer("said"), None);
        assert_eq!(interviewer("told"), None);
    }
}
