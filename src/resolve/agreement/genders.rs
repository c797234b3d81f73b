//! `Genders`: what one article tells about the gender of the people it names —
//! honorifics and gendered titles before names, given names before surnames,
//! and what resolution learns from titles, appositives and pronouns as it
//! reads. Evidence that disagrees cancels out. Pure.

use std::collections::BTreeSet;

use foldhash::{HashMap, HashMapExt, HashSet};

use super::given_names::{given_name_gender, is_listed_given_name};
use super::number::{is_plural_noun, is_single_person};
use super::words::{gender_of_title, honorific_gender, title_gender};
use super::Gender;
use crate::extract::lexicon::COLLECTIVE_HEADS;
use crate::model::SourceKind;
use crate::resolve::names::{is_body_word, norm_key};
use crate::resolve::LocalSource;
use crate::text::WordSet;

/// A name that looks like a person's own ("Lois G. Lerner", "Gowdy"): every
/// word capitalised, at most four words; not "lawyer for Mrs. Clinton".
fn is_personal_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// First words of place names ("New York", "San Diego"), which are no one's
/// given name.
#[rustfmt::skip]
static PLACE_WORDS: WordSet = WordSet::new(&[
    "new", "san", "santa", "los", "las", "saint", "st", "north", "south", "east", "west",
    "united", "hong", "saudi", "el", "fort", "port", "mount", "lake", "cape", "great",
    "upper", "lower", "central", "northern", "southern", "eastern", "western",
]);

/// A word shaped like a surname: capitalised, the rest lower case but after
/// "Mc", "Mac", "De", "Di", "La", "Le", "Van", "O'" or a hyphen ("McCarthy",
/// "DeSantis", "Ocasio-Cortez"); not "AARP" or "WikiLeaks", and not a plural
/// for a group ("Democrats").
fn looks_like_surname(word: &str) -> bool {
    const PREFIXES: &[&str] = &["Mc", "Mac", "De", "Di", "La", "Le", "Van", "O'", "O’"];
    let lower = word.to_lowercase();
    if is_plural_noun(&lower) && COLLECTIVE_HEADS.contains(&lower.as_str())
        || !word.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    word.split('-').all(|part| {
        let rest = PREFIXES
            .iter()
            .find_map(|p| part.strip_prefix(p).filter(|r| r.len() > 1))
            .map_or_else(
                || part.chars().skip(1).collect::<String>(),
                |r| r.chars().skip(1).collect(),
            );
        part.chars().next().is_some_and(char::is_uppercase)
            && rest
                .chars()
                .all(|c| c.is_lowercase() || c == '\'' || c == '’')
    })
}

/// What one article tells about the gender of its people.
#[derive(Debug, Default)]
pub(in crate::resolve) struct Genders {
    /// Names met in the text after an honorific or a gendered title ("Mr. John
    /// Smith", "spokeswoman Jen Psaki"), by normalised key.
    named: HashMap<String, u8>,
    /// Surnames met after an honorific ("Ms. Tavenner"), by normalised key.
    surnames: HashMap<String, u8>,
    /// Surnames met after one listed given name and no other first name ("Tim
    /// Ryan"), by normalised key.
    given_surnames: HashMap<String, u8>,
    /// Words met after a first name ("Ryan" in "Tim Ryan", "Akin" in "Todd
    /// Akin"), by normalised key: surnames of people.
    people_surnames: HashSet<String>,
    /// Learned for entity keys as the article is read: the titles and
    /// appositives of their mentions, and pronouns in unambiguous places.
    learned: HashMap<String, u8>,
}

impl Genders {
    /// Reads the honorifics, gendered titles and given names of an article's
    /// body `text`, split at white space into `words` (each with its offset).
    pub(in crate::resolve) fn scan(text: &str, words: &[(usize, &str)]) -> Genders {
        use crate::extract::lexicon::TITLE_WORDS;
        // Whether a word opens a line (a headline, a paragraph): it is the
        // first, or a line break parts it from the word before.
        let line_start = |i: usize| {
            i == 0 || {
                let (at, prev) = words[i - 1];
                text[at + prev.len()..words[i].0].contains('\n')
            }
        };
        let mut genders = Genders::default();
        let mut first_words: HashMap<String, BTreeSet<String>> = HashMap::new();
        let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let clean = |w: &str| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
                .trim_end_matches('.');
            w.strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w)
                .to_string()
        };
        let ends_phrase = |w: &str| {
            w.ends_with([',', '.', ';', ':', '?', '!', '”', '"', ')'])
                || w.contains('’')
                || w.contains('\'')
        };
        for (i, &(_, raw)) in words.iter().enumerate() {
            let word = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
            let lower = crate::text::lower(word);
            if ends_phrase(word) && !matches!(lower.as_ref(), "mr." | "mrs." | "ms.") {
                continue;
            }
            // "Tim Ryan", "Lois G. Lerner": the words before each surname. A
            // sentence's first word counts only if it is a listed given name.
            let sentence_start = || {
                line_start(i) || i > 0 && words[i - 1].1.ends_with(['.', '?', '!', '”', '"', ':'])
            };
            let could_be_given = is_cap(word)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
                && !TITLE_WORDS.contains(&lower)
                && !PLACE_WORDS.contains(&lower)
                && (!sentence_start() || is_listed_given_name(word));
            if could_be_given {
                let surname = words
                    .iter()
                    .skip(i + 1)
                    .take(2)
                    .map(|&(_, w)| w)
                    .find(|w| !(w.len() == 2 && w.ends_with('.')))
                    .filter(|w| is_cap(w) && !TITLE_WORDS.contains_lower(w))
                    .map(clean);
                if let Some(surname) = surname.filter(|s| s.chars().count() > 1) {
                    first_words
                        .entry(norm_key(&surname))
                        .or_default()
                        .insert(lower.to_string());
                }
            }
            // Honorifics are capitalised in running text ("Mr. Smith"); a title
            // counts only before a full name ("spokeswoman Jen Psaki").
            let (gender, min_words) = match honorific_gender(&lower) {
                Some(g) if is_cap(word) => (g, 1),
                _ => match title_gender(&lower) {
                    Some(g) => (g, 2),
                    None => continue,
                },
            };
            let mut name: Vec<String> = Vec::new();
            for &(_, next) in words.iter().skip(i + 1).take(4) {
                if !is_cap(next) || TITLE_WORDS.contains_lower(next) {
                    break;
                }
                name.push(clean(next));
                if ends_phrase(next) {
                    break;
                }
            }
            if name.len() < min_words || name.iter().any(String::is_empty) {
                continue;
            }
            if name.len() >= 2 {
                *genders.named.entry(norm_key(&name.join(" "))).or_default() |= gender.bit();
            }
            if let Some(surname) = name.last() {
                if honorific_gender(&lower).is_some() {
                    *genders.surnames.entry(norm_key(surname)).or_default() |= gender.bit();
                }
            }
        }
        // A surname the article gives one listed given name only: "Sandra
        // Jackson" beside "Jesse Jackson" tells nothing about "Jackson".
        for (surname, given) in first_words {
            genders.people_surnames.insert(surname.clone());
            let mut given = given.into_iter();
            if let (Some(first), None) = (given.next(), given.next()) {
                if let Some(gender) = given_name_gender(&first) {
                    genders.given_surnames.insert(surname, gender.bit());
                }
            }
        }
        genders
    }

    /// Records that the text treats the entity `key` as of `gender`.
    pub(in crate::resolve) fn learn(&mut self, key: &str, gender: Gender) {
        *self.learned.entry(key.to_string()).or_default() |= gender.bit();
    }

    /// A surname alone, read as a body ("Ryan said" where the article never
    /// credits the full name), of a person the article names in full ("Rep.
    /// Tim Ryan") or with an honorific ("Mr. Ryan"): `Some` with that
    /// person's gender if the article tells it; `None` for anything else.
    fn lone_surname(&self, source: &LocalSource) -> Option<Option<Gender>> {
        if source.kind != SourceKind::Organization
            || source.name.contains(' ')
            || !looks_like_surname(&source.name)
            || is_body_word(&source.name)
        {
            return None;
        }
        let key = norm_key(&source.name);
        let bits = self.surnames.get(&key).copied().unwrap_or(0)
            | self.given_surnames.get(&key).copied().unwrap_or(0);
        (bits != 0 || self.people_surnames.contains(&key)).then(|| Gender::from_bits(bits))
    }

    /// One person, as "he" or "she" may mean: a person source that is not a
    /// group, or a lone surname of a person.
    pub(in crate::resolve) fn is_single_person(&self, source: &LocalSource) -> bool {
        is_single_person(source) || self.lone_surname(source).is_some()
    }

    /// The gender of a source, when the article tells it without
    /// contradiction. What it says of this very person comes first: the
    /// titles and appositives of its mentions, pronouns, "Mr. John Smith".
    /// Then the person's own given name; then a surname met after an
    /// honorific ("Ms. Tavenner"), which may belong to a relative.
    pub(in crate::resolve) fn of(&self, source: &LocalSource) -> Option<Gender> {
        let learned = self.learned.get(&source.key).copied().unwrap_or(0);
        if source.kind != SourceKind::Person {
            let told = self.lone_surname(source)?;
            return if learned != 0 {
                Gender::from_bits(learned)
            } else {
                told
            };
        }
        let mut direct = learned;
        direct |= self
            .named
            .get(&norm_key(&source.name))
            .copied()
            .unwrap_or(0);
        if let Some(g) = gender_of_title(&source.title) {
            direct |= g.bit();
        }
        let words: Vec<&str> = source.name.split_whitespace().collect();
        if let Some(g) = words
            .first()
            .and_then(|w| honorific_gender(&w.to_lowercase()))
        {
            direct |= g.bit();
        }
        if direct != 0 {
            return Gender::from_bits(direct);
        }
        if !is_personal_name(&source.name) {
            return None;
        }
        if words.len() >= 2 {
            if let Some(g) = given_name_gender(words[0]) {
                return Some(g);
            }
        }
        let surname = words.last().map(|w| norm_key(w)).unwrap_or_default();
        Gender::from_bits(self.surnames.get(&surname).copied().unwrap_or(0))
    }

    /// Can `source` be referred to by a word that asks for `want`? Yes when
    /// either gender is unknown.
    pub(in crate::resolve) fn agrees(&self, source: &LocalSource, want: Option<Gender>) -> bool {
        match (want, self.of(source)) {
            (Some(w), Some(g)) => w == g,
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_shapes() {
        for w in ["Ryan", "McCarthy", "DeSantis", "O’Rourke", "Ocasio-Cortez"] {
            assert!(looks_like_surname(w), "{w}");
        }
        for w in ["AARP", "WikiLeaks", "Democrats", "iPhone"] {
            assert!(!looks_like_surname(w), "{w}");
        }
    }
}
