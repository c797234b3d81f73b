//! Normalised keys for matching names, and slugs for ids. Pure.

/// A normalised key for matching names: lower case, no determiners, no
/// possessive, hyphens as spaces, transliteration variants folded
/// ("Zelenskiy" = "Zelensky" = "Zelenskyy", "Kim Jong-un" = "Kim Jong Un").
pub fn norm_key(name: &str) -> String {
    key_of(name, true)
}

/// [`norm_key`], with dotted acronyms undotted or kept (ids keep their dots
/// as hyphens: "U.S. Department of Defense" stays `u-s-department-of-defense`).
fn key_of(name: &str, undot: bool) -> String {
    // A soft hyphen is a line-break hint, not a letter: "La\u{AD}Pierre" = "LaPierre".
    // An ASCII name (most) lowercases byte by byte, into one string.
    let lower = if name.is_ascii() {
        let lower = name.to_ascii_lowercase();
        if lower.contains('`') {
            lower.replace('`', "'")
        } else {
            lower
        }
    } else {
        name.to_lowercase()
            .replace(['’', '`'], "'")
            .replace('\u{AD}', "")
    };
    // The words are written straight into the key, each folded where it ends.
    let mut key = String::with_capacity(lower.len());
    for raw in lower.split(|c: char| c.is_whitespace() || c == '-') {
        let w =
            raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '/' && c != '&');
        let w = w.strip_suffix("'s").unwrap_or(w);
        let w = w.trim_end_matches('\'');
        // A dotted acronym is its letters: "F.B.I." = "FBI", "U.N." = "UN".
        let undotted: String;
        let w = if undot && is_dotted_acronym(w) {
            undotted = w.chars().filter(|&c| c != '.').collect();
            undotted.as_str()
        } else {
            w
        };
        if w.is_empty() || key.is_empty() && matches!(w, "the" | "a" | "an") {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        let start = key.len();
        key.push_str(w);
        for (from, to) in [("iy", "y"), ("yy", "y")] {
            if key.len() - start > 4 && key.ends_with(from) {
                key.truncate(key.len() - from.len());
                key.push_str(to);
            }
        }
    }
    key
}

/// True for single letters each followed by a dot, two or more ("f.b.i.",
/// "u.s", "n.y.").
fn is_dotted_acronym(w: &str) -> bool {
    // Most words hold no dot: no walk.
    w.contains('.') && {
        let mut parts = w.trim_end_matches('.').split('.');
        let mut n = 0;
        let single = parts.all(|p| {
            n += 1;
            let mut c = p.chars();
            c.next().is_some_and(char::is_alphabetic) && c.next().is_none()
        });
        single && n >= 2
    }
}

/// A slug for ids: lower-case ASCII letters and digits joined by `-`; never
/// empty, so no id is a bare prefix ("src:"): a name with no letter or digit
/// left (empty, punctuation, a lone possessive) gets `x` and a hash of its
/// text.
pub fn slug(name: &str) -> String {
    let key = key_of(name, false);
    // No longer than the key: no regrowing.
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        // Non-Latin names: keep them readable but safe.
        out = key.chars().filter(|c| c.is_alphanumeric()).collect();
    }
    if out.is_empty() {
        // FNV-1a, 32 bits: stable across runs and platforms.
        out = format!("x{:08x}", crate::text::fnv::fnv1a_32(name.as_bytes()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The key as a plain reading builds it: word by word, joined.
    fn plain_key(name: &str) -> String {
        let lower = name
            .to_lowercase()
            .replace(['’', '`'], "'")
            .replace('\u{AD}', "");
        let mut words: Vec<String> = Vec::new();
        for raw in lower.split(|c: char| c.is_whitespace() || c == '-') {
            let w = raw
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '/' && c != '&');
            let w = w.strip_suffix("'s").unwrap_or(w);
            let w = w.trim_end_matches('\'');
            // Single letters, each with its dot, are the letters.
            let letters: Vec<&str> = w.trim_end_matches('.').split('.').collect();
            let w = if letters.len() >= 2
                && letters
                    .iter()
                    .all(|l| l.chars().count() == 1 && l.chars().all(char::is_alphabetic))
            {
                letters.concat()
            } else {
                w.to_string()
            };
            if w.is_empty() || words.is_empty() && matches!(w.as_str(), "the" | "a" | "an") {
                continue;
            }
            let mut w = w;
            for (from, to) in [("iy", "y"), ("yy", "y")] {
                if w.len() > 4 && w.ends_with(from) {
                    w.truncate(w.len() - from.len());
                    w.push_str(to);
                }
            }
            words.push(w);
        }
        words.join(" ")
    }

    proptest! {
        #[test]
        fn the_key_is_the_plain_reading(name in "([A-Za-z`'’ .&/-]|\u{AD}|Σ|É|ß|İ|\t){0,24}") {
            prop_assert_eq!(norm_key(&name), plain_key(&name));
        }
    }

    #[test]
    fn keys_of_folded_endings_and_leading_articles() {
        for name in [
            "The Zelenskiyy",
            "an Abcyiy",
            "O`Neill`s",
            "THE the A",
            "Ba-yy",
        ] {
            assert_eq!(norm_key(name), plain_key(name), "{name}");
        }
    }

    #[test]
    fn keys_fold_spellings() {
        assert_eq!(norm_key("Zelenskiy"), norm_key("Zelensky"));
        assert_eq!(norm_key("Zelenskyy"), norm_key("Zelensky"));
        assert_eq!(norm_key("Kim Jong-un"), norm_key("Kim Jong Un"));
        assert_eq!(norm_key("the F.B.I."), norm_key("FBI"));
        assert_eq!(norm_key("U.N."), norm_key("UN"));
        assert_ne!(norm_key("St. Louis"), norm_key("StLouis"));
        assert_eq!(norm_key("Wayne La\u{AD}Pierre"), norm_key("Wayne LaPierre"));
        assert_eq!(
            norm_key("South Korea’s National Intelligence Service"),
            "south korea national intelligence service"
        );
        assert_eq!(
            slug("U.S. Department of Defense"),
            "u-s-department-of-defense"
        );
    }

    #[test]
    fn a_slug_is_never_empty() {
        for name in ["", "'s", "’s", " - ", "the", "...", "Continental's"] {
            let slug = slug(name);
            assert!(!slug.is_empty(), "{name:?}");
            assert!(
                slug.chars().all(|c| c.is_alphanumeric() || c == '-'),
                "{slug}"
            );
        }
        assert_ne!(slug("'s"), slug("..."), "different names, different slugs");
        assert_eq!(slug("Continental's"), "continental");
    }
}
