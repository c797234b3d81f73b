//! "Have" as the main verb, which makes possession one predicate with "gain"
//! and "lack" ("do not have the experience"), told apart from the auxiliary
//! ("have sent") and the obligation ("have to"), from the words that follow
//! alone.

use super::fold::lower;
use crate::analyze::vocabulary::PARTICIPLES;

/// True when a form of "have" followed by `rest` is the main verb ("do not
/// have the experience"), not an auxiliary ("have sent", "had already been")
/// nor an obligation ("have to").
pub(super) fn is_main_verb(rest: &[&str]) -> bool {
    let next = rest.iter().map(|w| lower(w)).find(|w| {
        !(w.ends_with("ly")
            || matches!(
                w.as_ref(),
                "not"
                    | "n't"
                    | "never"
                    | "already"
                    | "also"
                    | "yet"
                    | "just"
                    | "now"
                    | "still"
                    | "long"
                    | "ever"
                    | "all"
                    | "both"
            ))
    });
    next.is_some_and(|w| {
        let w = w.trim_end_matches([',', '.']);
        !(w == "to" || w.ends_with("ed") || PARTICIPLES.contains(&w))
    })
}

#[cfg(test)]
mod tests {
    use crate::analyze::terms::of;
    use crate::resolve::AliasTable;

    #[test]
    fn have_as_a_main_verb_is_possession_and_lack_is_its_negation() {
        let table = AliasTable::builtin();
        let has = |text: &str| of(text, &table).words.iter().any(|w| w == "have");
        assert!(has("they do not have the experience"));
        assert!(has("North Korea is dying to have chances in combat"));
        assert!(has("the ability to gain battlefield experience"));
        assert!(!has("North Korea has sent troops"));
        assert!(!has("they have already been deployed"));
        assert!(!has("they have to leave"));
        let lacks = of("the troops lack combat experience", &table);
        assert!(lacks.negated && lacks.words.iter().any(|w| w == "have"));
    }
}
