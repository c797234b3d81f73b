//! The people an article names with a title anywhere in its body ("Defense
//! Minister Kim Yong-hyun"), for resolving "Mr. Kim" and owned titles. Pure.

use super::from_table;
use super::named::official_bodies;
use crate::model::{Article, SourceKind};
use crate::resolve::names::{country_of_adjective, parse};
use crate::resolve::{entity_key, AliasTable, Known, LocalSource};

/// People named with a title anywhere in the article ("North Korean leader Kim
/// Jong-un", "Defense Minister Kim Yong-hyun"), for resolving "Mr. Kim".
pub(in crate::resolve) fn titled_people(article: &Article, table: &AliasTable) -> Vec<Known> {
    use crate::extract::lexicon::TITLE_WORDS;
    let text = &article.text[article.body.range()];
    let mut out = Vec::new();
    // Each word with its offset in `text` (a word is a slice of it).
    // Room for a word per five bytes, more than most texts need: no regrowing.
    let mut words: Vec<(usize, &str)> = Vec::with_capacity(text.len() / 5 + 1);
    words.extend(
        text.split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)),
    );
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
            .trim_end_matches('.')
            .to_string()
    };
    let mut i = 0;
    while i < words.len() {
        if is_title(words[i].1)
            && i + 2 < words.len()
            && is_cap(words[i + 1].1)
            && is_cap(words[i + 2].1)
            && !words[i].1.ends_with([',', '.'])
        {
            let mut j = i + 1;
            let mut name: Vec<String> = Vec::new();
            while j < words.len()
                && j < i + 4
                && is_cap(words[j].1)
                && !TITLE_WORDS.contains(&crate::text::lower(words[j].1))
            {
                let w = clean(words[j].1);
                let w = w
                    .strip_suffix("’s")
                    .or_else(|| w.strip_suffix("'s"))
                    .unwrap_or(&w)
                    .to_string();
                let ends = words[j].1.ends_with([',', '.', ';', ':']) || words[j].1.contains('’');
                name.push(w);
                j += 1;
                if ends {
                    break;
                }
            }
            if name.len() >= 2 {
                // The title's own words right before it: titles, nationalities
                // and a possessive owner ("deputy Pentagon spokeswoman",
                // "North Korean leader", "Iran's president-elect"), not "on
                // Tuesday that" nor a headline's capitals ("… Retire In
                // February, President …").
                let mut start = i;
                let mut owner = false;
                while start > i.saturating_sub(3) {
                    let w = words[start - 1].1;
                    if w.ends_with([',', '.', ';', ':']) {
                        break;
                    }
                    let bare = clean(w);
                    let possessive = bare.ends_with("’s") || bare.ends_with("'s");
                    let fits = TITLE_WORDS.contains(&crate::text::lower(w))
                        || country_of_adjective(&bare).is_some()
                        || possessive && !owner
                        || owner && is_cap(w);
                    if !fits {
                        break;
                    }
                    owner |= possessive;
                    start -= 1;
                }
                let phrase: Vec<String> =
                    words[start..i + 1].iter().map(|(_, w)| clean(w)).collect();
                let full = format!("{} {}", phrase.join(" "), name.join(" "));
                let parsed = parse(&full);
                let mut s = LocalSource {
                    key: entity_key(&name.join(" "), None),
                    name: name.join(" "),
                    kind: SourceKind::Person,
                    surface: name.join(" "),
                    member_of: official_bodies(&parsed, table),
                    title: parsed.title.clone(),
                };
                if let Some(e) = table.canonical(&s.name) {
                    s = from_table(e, &s.name);
                    s.title = parsed.title;
                }
                out.push(Known::new(s, article.body.start + words[i].0));
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// Titles that name a person after them, lower case.
const TITLES: &[&str] = &[
    "leader",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "chief",
    "secretary",
    "general",
    "director",
    "ambassador",
    "governor",
    "senator",
    "expert",
    "analyst",
];

/// True for a word that titles a person named after it ("leader", "Minister",
/// "president-elect"), in any case.
fn is_title(word: &str) -> bool {
    if !word.is_ascii() {
        // Lowercasing may turn a letter outside ASCII into one inside it (the
        // Kelvin sign into "k").
        let l = crate::text::lower(word);
        let l = l.strip_suffix("-elect").unwrap_or(&l);
        return TITLES.contains(&l);
    }
    // An ASCII word is compared in place, whatever its case: no lowercase
    // is written, and most words fail on their length alone.
    let bytes = word.as_bytes();
    let bare = match bytes.len().checked_sub(6) {
        Some(cut) if bytes[cut..].eq_ignore_ascii_case(b"-elect") => &bytes[..cut],
        _ => bytes,
    };
    TITLES
        .iter()
        .any(|t| t.len() == bare.len() && t.as_bytes().eq_ignore_ascii_case(bare))
}

#[cfg(test)]
mod tests {
    use super::is_title;

    #[test]
    fn titles_in_any_case() {
        for (word, want) in [
            ("leader", true),
            ("President", true),
            ("SPOKESWOMAN-ELECT", true),
            ("president-elect", true),
            ("presidential", false),
            ("Leader,", false),
            ("", false),
            ("spokeswoman-elect-elect", false),
            ("-elect", false),
            ("spo\u{212A}esman", true),
        ] {
            assert_eq!(is_title(word), want, "{word}");
        }
    }
}
