//! Whether a wording calls something legal or illegal ("in keeping with
//! international law", "was unlawful"), read from its tokens alone.

use std::borrow::Cow;

use super::fold::lower;

/// Whether the wording calls something legal (+1) or illegal (−1): "in keeping
/// with / in violation of (international) law", "violates the law", "is
/// (un)lawful", "was illegal". An adverb ("entered illegally") or an attribute
/// ("legal authority", "legalizing") takes no side.
pub(super) fn legality(tokens: &[&str]) -> i8 {
    // Every phrase read below holds "law" ("law", "lawful", "unlawful") or
    // "leg" ("legal", "illegal", "legitimate"); only `L`, `A`, `W`, `E`, `G`
    // lowercase to those letters, so a wording without them, in either case,
    // takes no side.
    // `b | 0x20` is an ASCII letter's lowercase, and only `L`/`l` give `l`
    // (`a`, `w`, `e`, `g` likewise).
    let names_law = |w: &&str| {
        w.as_bytes().windows(3).any(|g| {
            g[0] | 0x20 == b'l'
                && (g[1] | 0x20 == b'a' && g[2] | 0x20 == b'w'
                    || g[1] | 0x20 == b'e' && g[2] | 0x20 == b'g')
        })
    };
    if !tokens.iter().any(names_law) {
        return 0;
    }
    let words: Vec<Cow<str>> = tokens
        .iter()
        .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let law_within = |from: usize| {
        words[from..words.len().min(from + 4)]
            .iter()
            .any(|w| w == "law" || w == "laws")
    };
    let mut side = 0i8;
    for (k, w) in words.iter().enumerate() {
        let next = words.get(k + 1).map(Cow::as_ref).unwrap_or_default();
        let found = match (w.as_ref(), next) {
            ("keeping" | "line" | "accordance" | "compliance", "with") if law_within(k + 2) => 1,
            ("consistent" | "complies" | "comply", "with") if law_within(k + 2) => 1,
            ("violation" | "breach", "of") if law_within(k + 2) => -1,
            ("violates" | "violated" | "violating" | "breaches" | "broke" | "breaks", _)
                if law_within(k + 1) =>
            {
                -1
            }
            (
                "is" | "was" | "are" | "were" | "be" | "been" | "remains",
                "legal" | "lawful" | "legitimate",
            ) => 1,
            (
                "is" | "was" | "are" | "were" | "be" | "been" | "remains",
                "illegal" | "unlawful" | "illegitimate",
            ) => -1,
            _ => 0,
        };
        if found != 0 {
            if side != 0 && side != found {
                return 0;
            }
            side = found;
        }
    }
    side
}

#[cfg(test)]
mod tests {
    use crate::analyze::terms::of;
    use crate::resolve::AliasTable;

    #[test]
    fn in_keeping_with_or_in_violation_of_the_law() {
        let table = AliasTable::builtin();
        assert_eq!(
            of("was in violation of international law", &table).legality,
            -1
        );
        assert_eq!(
            of("was in keeping with international law", &table).legality,
            1
        );
    }
}
