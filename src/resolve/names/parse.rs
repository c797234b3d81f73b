//! Reading a name phrase apart ("Defense Minister Kim Yong-hyun", "the Kyiv
//! Post", "South Korea’s National Intelligence Service"): the name without
//! titles or home place, the title words and the bodies they name, a
//! possessive owner, and the kind the words suggest. Pure.

use super::offices::owned_by_body;
use super::words::{is_body_word, MEDIA_WORDS, OFFICIAL_TITLES, ORG_WORDS};
use crate::extract::lexicon::TITLE_WORDS;
use crate::model::SourceKind;

/// A source phrase read apart: the name without titles, the title words, and
/// whether it names a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedName {
    /// The name proper ("Kim Yong-hyun", "National Intelligence Service").
    pub name: String,
    /// Lower-case title and modifier words ("defense minister", "nato chief").
    pub title: String,
    /// The kind the words suggest.
    pub kind: SourceKind,
    /// Proper-noun modifiers of the title that may name a body
    /// ("Pentagon", "NATO", "South Korea", "Ukrainian").
    pub title_bodies: Vec<String>,
    /// Possessive owner: "South Korea" in "South Korea’s National Intelligence Service".
    pub owner: Option<String>,
}

/// First words of place names ("New York", "South Carolina", "San Diego"): a
/// run of capitalised words they begin names a place, never a person.
const PLACE_PREFIXES: &[&str] = &[
    "new", "north", "south", "east", "west", "san", "santa", "los", "las", "saint", "st.", "fort",
    "port", "mount", "lake",
];

/// A title word ("minister", "sen."), or one elected and not yet in office
/// ("president-elect", "governor-elect").
fn is_title(word: &str) -> bool {
    let title = |w: &str| TITLE_WORDS.contains(w) || OFFICIAL_TITLES.contains(&w);
    title(word) || word.strip_suffix("-elect").is_some_and(title)
}

/// Reads a name phrase ("Defense Minister Kim Yong-hyun", "NATO chief Mark Rutte",
/// "the Kyiv Post", "South Korea’s National Intelligence Service").
pub fn parse(phrase: &str) -> ParsedName {
    let phrase = phrase.trim();
    // Possessive owner: "CBS's …", or "Reuters' …" after a final s when a
    // person follows (a name of up to three words, or a title): "the
    // Automobile Constructors' Association" is one body's name.
    let possessive = phrase.find(['’', '\'']).and_then(|i| {
        let after = &phrase[i + phrase[i..].chars().next()?.len_utf8()..];
        match after.strip_prefix('s') {
            Some(rest) if rest.is_empty() || rest.starts_with(' ') => Some((i, rest)),
            _ if phrase[..i].ends_with(['s', 'S'])
                && after.starts_with(' ')
                && names_a_person(after) =>
            {
                Some((i, after))
            }
            _ => None,
        }
    });
    let (owner, rest) = match possessive {
        Some((i, after)) => {
            let owner = phrase[..i].trim().trim_start_matches("the ").to_string();
            (Some(owner), after.trim())
        }
        None => (None, phrase),
    };
    let rest = without_home(rest);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let org_like = lower
        .iter()
        .any(|w| ORG_WORDS.contains(&w.trim_end_matches('.')));
    let media_like = lower.iter().any(|w| MEDIA_WORDS.contains(&w.as_str()))
        && !lower
            .iter()
            .any(|w| matches!(w.as_str(), "minister" | "spokesman" | "spokeswoman"));
    // The trailing run of capitalised words that are not titles is a person's name
    // when a title or "Mr." precedes it, or when it has two or three words and no
    // organisation word.
    let mut run_start = words.len();
    while run_start > 0 {
        let w = words[run_start - 1];
        let l = lower[run_start - 1].as_str();
        // "New York", "South Korea": a capitalised place prefix before the
        // run is part of the name, not a title.
        let prefix = is_cap(w) && run_start < words.len() && PLACE_PREFIXES.contains(&l);
        if !prefix
            && (!is_cap(w) || is_title(l) || ORG_WORDS.contains(&l) || MEDIA_WORDS.contains(&l))
        {
            break;
        }
        run_start -= 1;
    }
    let run = &words[run_start..];
    let titles = &lower[..run_start];
    let has_title = titles
        .iter()
        .any(|t| is_title(t) || t.ends_with("expert") || t == "analyst");
    let honorific = titles.iter().any(|t| {
        matches!(
            t.as_str(),
            "mr." | "mrs." | "ms." | "dr." | "mr" | "mrs" | "ms" | "dr"
        )
    });
    if let Some((body, title)) = owned_by_body(rest, &words, &lower) {
        // "the RNC chair", "the president-elect of Iran": a title the body
        // owns, like "Iran's president-elect".
        if owner.is_none() {
            return ParsedName {
                name: title,
                title: String::new(),
                kind: SourceKind::Unnamed,
                title_bodies: Vec::new(),
                owner: Some(body),
            };
        }
    }
    // "Customs and Border Protection", "Bureau of Alcohol": capitalised words
    // joined by "and" or "of" are one body's name, not a title and a person.
    // A run that opens with a given name is the second of two people ("Sam
    // Rosenfeld and Matt Yglesias", "Justices Alito and Clarence Thomas").
    let joined = run_start >= 2
        && matches!(lower[run_start - 1].as_str(), "and" | "&" | "of" | "for")
        && is_cap(words[run_start - 2])
        && words
            .get(run_start)
            .is_some_and(|w| crate::resolve::agreement::given_name_gender(w).is_none());
    let person = !run.is_empty()
        && !joined
        && run.len() <= 4
        && !PLACE_PREFIXES.contains(&lower[run_start].as_str())
        && !org_like_run(run)
        && (honorific
            || has_title && run_start > 0
            || (2..=3).contains(&run.len()) && !org_like && !media_like && owner.is_none());
    if person {
        let title_words: Vec<&str> = words[..run_start].to_vec();
        return ParsedName {
            name: run.join(" "),
            title: titles.join(" "),
            kind: SourceKind::Person,
            title_bodies: dedup(group_proper(&title_words)),
            owner,
        };
    }
    let name = strip_determiner(rest);
    let kind = if media_like {
        SourceKind::Media
    } else if org_like || words.iter().any(|w| is_cap(w)) {
        SourceKind::Organization
    } else {
        SourceKind::Unnamed
    };
    ParsedName {
        name: name.to_string(),
        title: String::new(),
        kind,
        title_bodies: Vec::new(),
        owner,
    }
}

/// True when `words` open with a title ("editor Jo Hale") or are one to three
/// capitalised words, none a body's ("Anna Berg", "Kistler").
fn names_a_person(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    words.first().is_some_and(|w| is_title(&w.to_lowercase()))
        || (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !org_like_run(&words)
}

/// A person's name without the place that follows it ("Gov. Mike Pence of
/// Indiana", "John Boehner of Ohio"): the name is the person's, the place
/// only says where they are from. "Minister of Defense", "Bank of America" and
/// "… of the Heritage Foundation" (a body, not a place) keep their "of".
fn without_home(phrase: &str) -> &str {
    let Some(at) = phrase.rfind(" of ") else {
        return phrase;
    };
    let (before, place) = (&phrase[..at], &phrase[at + 4..]);
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let plain = |w: &str| {
        let l = w.to_lowercase();
        is_cap(w)
            && !TITLE_WORDS.contains(&l.as_str())
            && !OFFICIAL_TITLES.contains(&l.as_str())
            && !ORG_WORDS.contains(&l.trim_end_matches('.'))
            && !MEDIA_WORDS.contains(&l.as_str())
    };
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let before_words: Vec<&str> = before.split_whitespace().collect();
    let run = before_words.iter().rev().take_while(|w| plain(w)).count();
    let titled = before_words.len() > run
        && before_words[..before_words.len() - run]
            .iter()
            .any(|w| TITLE_WORDS.contains(&w.to_lowercase().as_str()) || w.ends_with('.'));
    let person = (2..=4).contains(&run) || run >= 1 && titled;
    if person && (1..=3).contains(&place_words.len()) && place_words.iter().all(|w| plain(w)) {
        before
    } else {
        phrase
    }
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    v.retain(|x| seen.insert(x.clone()));
    v
}

fn org_like_run(run: &[&str]) -> bool {
    run.iter().any(|w| is_body_word(w))
}

/// Runs of capitalised words in a title: "White House national-security spokesman"
/// → ["White House"]; "deputy Pentagon spokeswoman" → ["Pentagon"];
/// "Ukrainian President" → ["Ukrainian"].
fn group_proper(words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let l = w.to_lowercase();
        // "Health and Human Services", "Department of Justice": one body.
        let joiner = matches!(l.as_str(), "and" | "of" | "for" | "&")
            && !cur.is_empty()
            && words
                .get(k + 1)
                .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
        if joiner {
            cur.push(w);
            continue;
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let title = OFFICIAL_TITLES.contains(&l.as_str())
            || l.strip_suffix("-elect").is_some_and(is_title)
            || matches!(
                l.as_str(),
                "gov."
                    | "sen."
                    | "rep."
                    | "gen."
                    | "lt."
                    | "col."
                    | "sgt."
                    | "capt."
                    | "adm."
                    | "mr."
                    | "mrs."
                    | "ms."
                    | "dr."
                    | "deputy"
                    | "vice"
                    | "prime"
                    | "former"
                    | "acting"
                    | "foreign"
                    | "defense"
                    | "interior"
                    | "finance"
                    | "press"
                    | "security"
                    | "national-security"
                    | "expert"
                    | "analyst"
                    | "retired"
                    | "attorney"
                    | "chairman"
                    | "chairwoman"
                    | "chair"
                    | "speaker"
                    | "judge"
                    | "justice"
            );
        if cap && !title {
            cur.push(w);
        } else if !cur.is_empty() {
            out.push(cur.join(" "));
            cur.clear();
        }
    }
    if !cur.is_empty() {
        out.push(cur.join(" "));
    }
    out
}

fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(phrase: &str, name: &str, kind: SourceKind, bodies: &[&str]) {
        let p = parse(phrase);
        assert_eq!((p.name.as_str(), p.kind), (name, kind), "{phrase}");
        assert_eq!(p.title_bodies, bodies, "{phrase}");
    }

    #[test]
    fn a_possessive_owner_after_a_final_s() {
        for phrase in ["Reuters' Anna Berg", "the Times’ Anna Berg"] {
            let p = parse(phrase);
            assert_eq!(p.name, "Anna Berg", "{phrase}");
            assert!(
                p.owner.as_deref().is_some_and(|o| o.ends_with('s')),
                "{phrase}"
            );
        }
        assert_eq!(parse("CBS's Anna Berg").owner.as_deref(), Some("CBS"));
        // An apostrophe inside a name, or a plural's in a body's name, is no
        // possessive owner.
        assert_eq!(parse("Sean O'Brien").owner, None);
        let body = parse("the Automobile Constructors' Association");
        assert_eq!((body.owner, body.kind), (None, SourceKind::Organization));
    }

    #[test]
    fn names_lose_their_titles() {
        check(
            "Defense Minister Kim Yong-hyun",
            "Kim Yong-hyun",
            SourceKind::Person,
            &[],
        );
        check(
            "NATO chief Mark Rutte",
            "Mark Rutte",
            SourceKind::Person,
            &["NATO"],
        );
        check(
            "deputy Pentagon spokeswoman Sabrina Singh",
            "Sabrina Singh",
            SourceKind::Person,
            &["Pentagon"],
        );
        check(
            "Ukrainian President Volodymyr Zelenskiy",
            "Volodymyr Zelenskiy",
            SourceKind::Person,
            &["Ukrainian"],
        );
        check(
            "White House national-security spokesman John Kirby",
            "John Kirby",
            SourceKind::Person,
            &["White House"],
        );
        check("Mr. Kim", "Kim", SourceKind::Person, &[]);
        // Elected, not yet in office: a title all the same.
        check(
            "President-elect Ebrahim Raisi",
            "Ebrahim Raisi",
            SourceKind::Person,
            &[],
        );
        check(
            "Representative-elect Mikie Sherrill",
            "Mikie Sherrill",
            SourceKind::Person,
            &[],
        );
        // A body's name keeps its "and" and "of"; a chair speaks for the body.
        check(
            "Health and Human Services Secretary Xavier Becerra",
            "Xavier Becerra",
            SourceKind::Person,
            &["Health and Human Services"],
        );
        check(
            "RNC chair Ronna McDaniel",
            "Ronna McDaniel",
            SourceKind::Person,
            &["RNC"],
        );
        // A capitalised title word at the head of a sentence is still a title.
        check(
            "Representative Trey Gowdy",
            "Trey Gowdy",
            SourceKind::Person,
            &[],
        );
        check(
            "Mississippi Attorney General Lynn Fitch",
            "Lynn Fitch",
            SourceKind::Person,
            &["Mississippi"],
        );
        check("the Kyiv Post", "Kyiv Post", SourceKind::Media, &[]);
        check(
            "Customs and Border Protection",
            "Customs and Border Protection",
            SourceKind::Organization,
            &[],
        );
        // The second of two people stays a person; a phrase ending in its
        // joiner has no run.
        assert_eq!(parse("Smith and").kind, SourceKind::Organization);
        let two = parse("Sam Rosenfeld and Matt Yglesias");
        assert_eq!(
            (two.name.as_str(), two.kind),
            ("Matt Yglesias", SourceKind::Person)
        );
        check(
            "the Defense Department",
            "Defense Department",
            SourceKind::Organization,
            &[],
        );
        check("experts", "experts", SourceKind::Unnamed, &[]);
        check("Moscow", "Moscow", SourceKind::Organization, &[]);
    }

    #[test]
    fn a_person_keeps_the_name_not_the_home_place() {
        check(
            "Gov. Mike Pence of Indiana",
            "Mike Pence",
            SourceKind::Person,
            &[],
        );
        check(
            "John Boehner of Ohio",
            "John Boehner",
            SourceKind::Person,
            &[],
        );
        // "of" inside a body's or a title's name stays.
        check(
            "Bank of America",
            "Bank of America",
            SourceKind::Organization,
            &[],
        );
        check(
            "Secretary of State Antony Blinken",
            "Antony Blinken",
            SourceKind::Person,
            &["State"],
        );
    }
}
