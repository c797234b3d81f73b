//! The people an article names with a title anywhere in its body ("Defense
//! Minister Kim Yong-hyun"), for resolving "Mr. Kim" and owned titles. Pure.

use super::from_table;
use super::named::official_bodies;
use crate::model::{Article, SourceKind};
use crate::resolve::names::{country_of_adjective, parse};
use crate::resolve::{entity_key, AliasTable, Known, LocalSource};

/// The words of `text` (split at white space), each with its offset in `text`
/// (a word is a slice of it): an article body's, read once for
/// [`titled_people`] and for the genders the article tells.
pub(in crate::resolve) fn body_words(text: &str) -> Vec<(usize, &str)> {
    // Room for a word per five bytes, more than most texts need: no regrowing.
    let mut words: Vec<(usize, &str)> = Vec::with_capacity(text.len() / 5 + 1);
    // The words `split_whitespace` gives, read a byte at a time where the
    // text is ASCII (most of it) instead of a character at a time.
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (white, len) = if bytes[i].is_ascii() {
            (matches!(bytes[i], b' ' | b'\t'..=b'\r'), 1)
        } else {
            let c = text[i..].chars().next().expect("in bounds");
            (c.is_whitespace(), c.len_utf8())
        };
        match (white, start) {
            (true, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    words
}

/// People named with a title anywhere in the article ("North Korean leader Kim
/// Jong-un", "Defense Minister Kim Yong-hyun"), for resolving "Mr. Kim";
/// `words` are its body's ([`body_words`]).
pub(in crate::resolve) fn titled_people(
    article: &Article,
    words: &[(usize, &str)],
    table: &AliasTable,
) -> Vec<Known> {
    use crate::extract::lexicon::TITLE_WORDS;
    let mut out = Vec::new();
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
            .trim_end_matches('.')
            .to_string()
    };
    let mut i = 0;
    while i < words.len() {
        let titled = is_title(words[i].1) && !words[i].1.ends_with([',', '.'])
            || is_abbreviated_title(words[i].1);
        if titled && i + 2 < words.len() && is_cap(words[i + 1].1) && is_cap(words[i + 2].1) {
            let mut j = i + 1;
            let mut name: Vec<String> = Vec::new();
            while j < words.len()
                && j < i + 4
                && is_cap(words[j].1)
                && !TITLE_WORDS.contains_lower(words[j].1)
                && !is_inflected_cue(&clean(words[j].1))
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
                    let fits = TITLE_WORDS.contains_lower(w)
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

/// True for a reporting verb with an ending ("Says", "Warned"): in a
/// title-case headline ("Indiana Governor Says Legislators May …") it ends
/// what follows a title, as no name holds one.
fn is_inflected_cue(word: &str) -> bool {
    use crate::extract::lexicon::{cue_verb, Form};
    matches!(cue_verb(word), Some((_, Form::Present3 | Form::Past)))
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
    "speaker",
    "mayor",
    "judge",
    "chairman",
    "chairwoman",
    "expert",
    "analyst",
];

/// An abbreviated title before a name ("Gov. Mike Pence", "Sen. Jack Reed").
fn is_abbreviated_title(word: &str) -> bool {
    matches!(
        word,
        "Gov." | "Sen." | "Rep." | "Gen." | "Adm." | "Lt." | "Col." | "Capt." | "Sgt." | "Atty."
    )
}

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
    // Titles are of 5 to 11 letters, "-elect" adds 6: most words are not.
    if !(5..=17).contains(&bytes.len()) {
        return false;
    }
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
    use super::{body_words, is_title, TITLES};

    #[test]
    fn title_lengths_are_as_the_shortcut_says() {
        assert!(TITLES.iter().all(|t| (5..=11).contains(&t.len())));
    }

    #[test]
    fn body_words_are_split_whitespace() {
        for text in [
            "",
            " ",
            "one",
            "  Mr. Smith\tsaid\r\nthe\x0B\x0Cend ",
            "non\u{A0}breaking\u{3000}ideographic\u{2009}thin\u{85}next\u{1C}not",
            "déjà vu — “quoted” ’twas\n\nLast",
        ] {
            let want: Vec<(usize, &str)> = text
                .split_whitespace()
                .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
                .collect();
            assert_eq!(body_words(text), want, "{text:?}");
        }
    }

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
