//! One speaker named several ways within a claim ("Trump" / "Donald Trump",
//! "W.H.O." / "World Health Organization", "Labor Department" / "Department of
//! Labor", "Weiner spokesman" / "Anthony Weiner"): the name tests that let a
//! claim count a speaker once, and a revision be told from two sides. Works on
//! names only; never merges across claims (that is resolution's work). Pure.

use std::collections::BTreeSet;

use crate::model::{Entity, SourceId, SourceKind};

/// How many earlier speakers of a claim each speaker is compared with.
const REACH: usize = 64;

/// One speaker named two ways within a claim: "Trump" and "Donald Trump",
/// "Mr. Fox" and "Fox", "Journal" and "Wall Street Journal", "Police" and
/// "Essex Police". Within one claim (the same statement) a name that is the
/// tail of another is the same speaker; across the corpus it may not be (two
/// Trumps), which is why resolution leaves them apart. Returns, for each
/// speaker, the speaker that stands for its group: the one with a body of its
/// own if any ("Joe Biden", of the United States), else the longest name.
pub fn same_speakers(speakers: &[SourceId], sources: &[Entity]) -> Vec<SourceId> {
    // One speaker stands for itself: no names to read (most claims have one).
    if speakers.len() < 2 {
        return speakers.to_vec();
    }
    let words: Vec<Vec<String>> = speakers
        .iter()
        .map(|&s| principal(name_words(&sources[s.0 as usize])))
        .collect();
    let mut root: Vec<usize> = (0..speakers.len()).collect();
    let find = |root: &[usize], mut x: usize| {
        while root[x] != x {
            x = root[x];
        }
        x
    };
    for k in 0..speakers.len() {
        for j in k.saturating_sub(REACH)..k {
            let (a, b) = (&words[j], &words[k]);
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            if !short.is_empty()
                && (long.ends_with(short)
                    || same_initials(short, long)
                    || same_words_reordered(short, long))
            {
                let (rj, rk) = (find(&root, j), find(&root, k));
                root[rj.max(rk)] = rj.min(rk);
            }
        }
    }
    let weight = |k: usize| {
        let e = &sources[speakers[k].0 as usize];
        (
            !e.affiliation.is_empty(),
            words[k].len(),
            std::cmp::Reverse(speakers[k]),
        )
    };
    let mut best: Vec<usize> = (0..speakers.len()).collect();
    for k in 0..speakers.len() {
        let r = find(&root, k);
        if weight(k) > weight(best[r]) {
            best[r] = k;
        }
    }
    (0..speakers.len())
        .map(|k| speakers[best[find(&root, k)]])
        .collect()
}

/// True when two claims have one and the same speaker behind them ("Biden"
/// says one thing and "Joe Biden" the opposite): a revision, not two sides.
pub fn one_voice(a: &[SourceId], b: &[SourceId], sources: &[Entity]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let all: Vec<SourceId> = a.iter().chain(b).copied().collect();
    let reps = same_speakers(&all, sources);
    let (ra, rb): (BTreeSet<SourceId>, BTreeSet<SourceId>) = (
        reps[..a.len()].iter().copied().collect(),
        reps[a.len()..].iter().copied().collect(),
    );
    ra == rb
}

/// True for a group named by a plural noun ("Democrats", "Senate
/// Republicans", "officials", "Experts"), not an outlet, a government or a
/// person.
pub fn is_plural_group(e: &Entity) -> bool {
    let last = e.name.split_whitespace().last().unwrap_or("");
    // A person's name never opens with "The" ("The Democrats" read as one).
    let group = match e.kind {
        SourceKind::Organization | SourceKind::Unnamed => true,
        SourceKind::Person => e.name.starts_with("The "),
        _ => false,
    };
    group
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("'s")
        && !last.ends_with("’s")
}

/// Texts that speak for whoever wrote them: a study, a report, data.
const TEXTS: &[&str] = &[
    "study",
    "studies",
    "report",
    "reports",
    "reporting",
    "data",
    "survey",
    "analysis",
    "research",
    "trial",
    "findings",
    "document",
    "documents",
    "records",
    "filing",
    "figures",
    "statistics",
    "estimates",
    "documentary",
    "indictment",
    "complaint",
    "memo",
    "film",
    "video",
    "interview",
    "book",
    "paper",
    "review",
];

/// True when a source's name is a text with no author in it ("small study",
/// "data from a phase three clinical trial", "multiple reports", "media
/// reports"), as opposed to one that names its author ("CDC study", "the
/// Pentagon's report"): the noun before any preposition is a text, and no
/// word before it is capitalised.
pub fn is_unsigned_text(name: &str) -> bool {
    let words = before_preposition(name);
    let Some((head, before)) = words.split_last() else {
        return false;
    };
    TEXTS.contains(&head.to_lowercase().as_str())
        && before.iter().all(|w| {
            !w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "The" | "A" | "An")
        })
}

/// The words of a name before its first preposition ("data from a clinical
/// trial" → "data"): the noun phrase that says what it is.
fn before_preposition(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "from" | "by" | "in" | "on" | "at" | "with" | "for" | "that"
            )
        })
        .collect()
}

/// The noun of a text of no named author, lowercase and singular ("small
/// study" → "study", "multiple reports" → "report").
fn unsigned_head(name: &str) -> Vec<String> {
    let head = before_preposition(name)
        .last()
        .map_or_else(String::new, |w| w.to_lowercase());
    let head = match head.strip_suffix('s') {
        Some(stem) if !head.ends_with("ss") && stem.len() > 3 => stem.to_string(),
        _ => head,
    };
    vec![head]
}

/// Words that name someone speaking for another: "Weiner spokesman",
/// "spokesperson for Google", "the Trump campaign", "White House officials",
/// "CDC advisers".
const SPEAKS_FOR: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "office",
    "campaign",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "aide",
    "aides",
    "team",
    "officials",
    "official",
    "advisers",
    "advisors",
    "panel",
];

/// The words of the one a speaker speaks for ("Weiner spokesman" → "weiner",
/// "spokesperson for Google" → "google"), else the name's own words.
fn principal(words: Vec<String>) -> Vec<String> {
    if !words.iter().any(|w| SPEAKS_FOR.contains(&w.as_str())) {
        return words;
    }
    let rest: Vec<String> = words
        .iter()
        .filter(|w| !SPEAKS_FOR.contains(&w.as_str()) && !matches!(w.as_str(), "for" | "of" | "s"))
        .cloned()
        .collect();
    if rest.is_empty() {
        words
    } else {
        rest
    }
}

/// True when two names of several words use the same words in another order,
/// "of" and "for" aside: "Labor Department" and "Department of Labor".
fn same_words_reordered(a: &[String], b: &[String]) -> bool {
    let content = |v: &[String]| -> Vec<String> {
        let mut w: Vec<String> = v
            .iter()
            .filter(|w| !matches!(w.as_str(), "of" | "for" | "on"))
            .cloned()
            .collect();
        w.sort();
        w
    };
    let (x, y) = (content(a), content(b));
    x.len() >= 2 && x == y
}

/// True when a one-word name is the initials of the other's words, with or
/// without "of", "for", "and": "BOE" and "Board of Elections", "CDC" and
/// "Centers for Disease Control".
fn same_initials(short: &[String], long: &[String]) -> bool {
    let [acronym] = short else {
        return false;
    };
    let of = |skip: bool| -> String {
        long.iter()
            .filter(|w| !skip || !matches!(w.as_str(), "of" | "and" | "for" | "on" | "in"))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    long.len() >= 2
        && acronym.chars().count() >= 2
        && (*acronym == of(true) || *acronym == of(false))
}

/// The words of a named speaker without honorifics, lower-case; none for a
/// speaker known only within its document ("she", "officials") or unnamed.
fn name_words(e: &Entity) -> Vec<String> {
    // An unnamed group counts only when it names whom it speaks for ("White
    // House officials").
    let speaks_for = e
        .name
        .split_whitespace()
        .any(|w| SPEAKS_FOR.contains(&w.to_lowercase().as_str()));
    // Unnamed officials of a body, quoted in two articles ("two senior
    // administration officials told Axios", "an administration official told
    // CNN"), are the body speaking: one origin, as no reader can tell them
    // apart. Whoever else is known only within their article ("she",
    // "people familiar with the talks") meets no one.
    let local = e.key.contains('@') || !e.name.chars().any(char::is_uppercase);
    // A text of no named author ("the indictment", "a new report") in two
    // articles of one claim is one text.
    if local && is_unsigned_text(&e.name) {
        return unsigned_head(&e.name);
    }
    if local {
        return unnamed_body(&e.name);
    }
    if e.kind == SourceKind::Unnamed && !speaks_for {
        return Vec::new();
    }
    let words: Vec<String> = e
        .name
        .split_whitespace()
        .map(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            // "W.H.O." is "WHO", "F.B.I." is "FBI".
            if w.contains('.') && w.split('.').all(|part| part.chars().count() <= 1) {
                w.replace('.', "")
            } else {
                w
            }
        })
        .filter(|w| !w.is_empty() && !matches!(w.as_str(), "mr" | "mrs" | "ms" | "dr" | "the"))
        .collect();
    // A company's legal form is no part of its name ("Pfizer Inc." is the
    // "drugmaker Pfizer").
    let mut words = words;
    if words.len() >= 2
        && words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "inc" | "corp" | "co" | "ltd" | "llc" | "plc"))
    {
        words.pop();
    }
    // A middle initial is no part of the name to compare ("Andrew M. Cuomo").
    let words: Vec<String> = match words.as_slice() {
        [first, middle @ .., last] if !middle.is_empty() => std::iter::once(first.clone())
            .chain(middle.iter().filter(|w| w.chars().count() > 1).cloned())
            .chain(std::iter::once(last.clone()))
            .collect(),
        _ => words,
    };
    words
}

/// Words that say how many or how high unnamed officials are, not whose.
const COUNTS_AND_RANKS: &[&str] = &[
    "a",
    "an",
    "the",
    "two",
    "three",
    "four",
    "several",
    "some",
    "other",
    "senior",
    "top",
    "former",
    "current",
    "unnamed",
    "anonymous",
    "many",
    "few",
    "high",
    "ranking",
    "high-ranking",
    "one",
    "more",
    "multiple",
    "u.s.",
    "us",
];

/// The words of an unnamed group that names the body it speaks for
/// ("senior administration officials" → "administration officials"); none
/// when it names no body ("officials", "senior officials", "people familiar
/// with the talks", "officials briefed on the plan").
fn unnamed_body(name: &str) -> Vec<String> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !COUNTS_AND_RANKS.contains(&w.as_str()))
        .collect();
    let officials = words
        .iter()
        .filter(|w| SPEAKS_FOR.contains(&w.as_str()))
        .count();
    // "Police said …" beside "Essex Police said …" in one claim: the same
    // force, named in full elsewhere.
    if let [only] = words.as_slice() {
        if matches!(
            only.as_str(),
            "police" | "prosecutors" | "authorities" | "investigators" | "firefighters" | "coroner"
        ) {
            return words;
        }
    }
    let body = words.len() - officials;
    let vague = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "familiar" | "close" | "briefed" | "knowledgeable" | "with" | "who" | "that" | "on"
        )
    });
    if officials == 0 || body == 0 || body > 3 || vague {
        return Vec::new();
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_of_no_named_author() {
        for name in [
            "small study",
            "data from a phase three clinical trial",
            "multiple reports",
            "A new report",
            "media reports",
            "new documentary",
        ] {
            assert!(is_unsigned_text(name), "{name}");
        }
        for name in [
            "CDC study",
            "Pentagon report",
            "statement",
            "people familiar with the report",
            "reports",
        ] {
            assert_eq!(is_unsigned_text(name), name == "reports", "{name}");
        }
    }

    fn entity(key: &str, name: &str, kind: SourceKind, affiliation: &[u32]) -> Entity {
        Entity {
            key: key.to_string(),
            name: name.to_string(),
            kind,
            aliases: Vec::new(),
            affiliation: affiliation.iter().map(|&a| SourceId(a)).collect(),
        }
    }

    #[test]
    fn one_speaker_named_two_ways_in_a_claim_is_one() {
        use SourceKind::*;
        let sources = [
            entity("src:trump", "Trump", Person, &[]),
            entity("src:donald-trump", "Donald Trump", Person, &[]),
            entity("src:biden", "Biden", Person, &[]),
            entity("src:joe-biden", "Joe Biden", Person, &[5]),
            entity("src:mr-fox", "Mr. Fox", Media, &[]),
            entity("src:united-states", "United States", Government, &[]),
            entity("src:officials@a.txt", "officials", Unnamed, &[]),
            entity("src:police", "Police", Organization, &[]),
            entity("src:essex-police", "Essex Police", Organization, &[]),
            entity("src:fox", "Fox", Media, &[]),
            entity("src:fox-news", "Fox News", Media, &[]),
        ];
        let ids = |v: &[u32]| v.iter().map(|&i| SourceId(i)).collect::<Vec<_>>();
        assert_eq!(same_speakers(&ids(&[0, 1]), &sources), ids(&[1, 1]));
        // The one with a body stands for the group.
        assert_eq!(same_speakers(&ids(&[3, 2]), &sources), ids(&[3, 3]));
        assert_eq!(same_speakers(&ids(&[4, 9]), &sources), ids(&[4, 4]));
        assert_eq!(same_speakers(&ids(&[7, 8]), &sources), ids(&[8, 8]));
        // "Fox" is no tail of "Fox News"; unnamed sources meet no one.
        assert_eq!(same_speakers(&ids(&[9, 10]), &sources), ids(&[9, 10]));
        assert_eq!(same_speakers(&ids(&[6, 6]), &sources), ids(&[6, 6]));
        // One speaker stands for itself, whatever its name; none for none.
        assert_eq!(same_speakers(&ids(&[2]), &sources), ids(&[2]));
        assert_eq!(same_speakers(&[], &sources), ids(&[]));
        assert_eq!(same_speakers(&ids(&[0, 3]), &sources), ids(&[0, 3]));
        // An acronym and its body; a name with and without its middle initial.
        let more = [
            entity("src:boe", "BOE", Organization, &[]),
            entity(
                "src:board-of-elections",
                "Board of Elections",
                Organization,
                &[],
            ),
            entity("src:andrew-m-cuomo", "Andrew M. Cuomo", Person, &[]),
            entity("src:andrew-cuomo", "Andrew Cuomo", Person, &[]),
            entity("src:bbc", "BBC", Media, &[]),
        ];
        let reps = same_speakers(&ids(&[0, 1, 2, 3, 4]), &more);
        assert_eq!(reps, ids(&[1, 1, 2, 2, 4]));
        // "Biden" against "Joe Biden" is one voice; against "Trump", two.
        assert!(one_voice(&ids(&[2]), &ids(&[3]), &sources));
        assert!(!one_voice(&ids(&[2]), &ids(&[0]), &sources));
        assert!(!one_voice(&ids(&[2]), &ids(&[2, 0]), &sources));
    }

    #[test]
    fn a_company_with_and_without_its_legal_form_is_one_speaker() {
        use SourceKind::*;
        let sources = [
            entity("src:pfizer-inc", "Pfizer Inc.", Organization, &[]),
            entity(
                "src:drugmaker-pfizer",
                "Drugmaker Pfizer",
                Organization,
                &[],
            ),
            entity("src:moderna-inc", "Moderna Inc.", Organization, &[]),
        ];
        let ids = |v: &[u32]| v.iter().map(|&i| SourceId(i)).collect::<Vec<_>>();
        let reps = same_speakers(&ids(&[0, 1, 2]), &sources);
        assert_eq!(reps[0], reps[1]);
        assert_ne!(reps[0], reps[2]);
    }

    #[test]
    fn dotted_initials_reordered_words_and_spokesmen_name_one_speaker() {
        use SourceKind::*;
        let sources = [
            entity("src:w-h-o", "The W.H.O.", Organization, &[]),
            entity(
                "src:world-health-organization",
                "World Health Organization",
                Organization,
                &[],
            ),
            entity("src:labor-department", "Labor Department", Government, &[]),
            entity(
                "src:department-of-labor",
                "Department of Labor",
                Government,
                &[],
            ),
            entity("src:weiner-spokesman", "Weiner spokesman", Person, &[]),
            entity("src:anthony-weiner", "Anthony Weiner", Person, &[]),
            entity(
                "src:spokesperson-for-google",
                "spokesperson for Google",
                Person,
                &[],
            ),
            entity("src:google", "Google", Organization, &[]),
            entity(
                "src:department-of-state",
                "Department of State",
                Government,
                &[],
            ),
        ];
        let ids = |v: &[u32]| v.iter().map(|&i| SourceId(i)).collect::<Vec<_>>();
        assert_eq!(same_speakers(&ids(&[0, 1]), &sources), ids(&[1, 1]));
        assert_eq!(same_speakers(&ids(&[2, 3]), &sources), ids(&[3, 3]));
        assert_eq!(same_speakers(&ids(&[4, 5]), &sources), ids(&[5, 5]));
        assert_eq!(same_speakers(&ids(&[6, 7]), &sources), ids(&[6, 6]));
        // Other words in another order are other bodies.
        assert_eq!(same_speakers(&ids(&[3, 8]), &sources), ids(&[3, 8]));
    }

    #[test]
    fn unnamed_officials_of_one_body_are_one_speaker_across_articles() {
        use SourceKind::*;
        let sources = [
            entity(
                "src:administration-officials@a.txt",
                "administration officials",
                Unnamed,
                &[],
            ),
            entity(
                "src:administration-official@b.txt",
                "senior administration official",
                Unnamed,
                &[],
            ),
            entity("src:officials@c.txt", "officials", Unnamed, &[]),
            entity(
                "src:senior-officials@d.txt",
                "senior officials",
                Unnamed,
                &[],
            ),
            entity(
                "src:people-familiar@e.txt",
                "people familiar with the talks",
                Unnamed,
                &[],
            ),
            entity(
                "src:people-familiar@f.txt",
                "people familiar with the talks",
                Unnamed,
                &[],
            ),
            entity(
                "src:pentagon-officials@g.txt",
                "Pentagon officials",
                Unnamed,
                &[],
            ),
        ];
        let ids = |v: &[u32]| v.iter().map(|&i| SourceId(i)).collect::<Vec<_>>();
        let reps = same_speakers(&ids(&[0, 1, 2, 3, 4, 5, 6]), &sources);
        assert_eq!(reps[0], reps[1]);
        // Officials of no named body, and people familiar, stay apart.
        assert_eq!(reps[2..6], ids(&[2, 3, 4, 5])[..]);
        assert_ne!(reps[6], reps[0]);
    }
}
