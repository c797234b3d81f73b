//! One clause read into [`Terms`]: tokens and the quoted parts they sit in,
//! folded terms, subjects (runs of capitalised words through the alias table,
//! nationality adjectives), dated months, negation, modality, condition, and the
//! content words; figures, legality, possession and the goal come from their
//! own modules.

use compact_str::CompactString;
use std::borrow::Cow;

use crate::analyze::vocabulary::{DENIES, HAVE, LACKS, MONTHS, STOPWORDS};
use crate::resolve::names::{country_of_adjective, norm_key};
use crate::resolve::AliasTable;

use super::fold::{fold, lower, of_word};
use super::goal::{goal, names_event};
use super::have::is_main_verb;
use super::legality::legality;
use super::tokens::tokens;
use super::{is_class, numbers, Terms};

/// How many words from a month a class term may be to be dated by it.
const DATE_REACH: usize = 10;

/// The country a nationality word names: "Russian", "North Koreans",
/// "Russian-occupied".
fn nation(words: &str) -> Option<&'static str> {
    let words = words.trim_end_matches(['’', '\'']);
    country_of_adjective(words)
        .or_else(|| words.strip_suffix('s').and_then(country_of_adjective))
        .or_else(|| {
            let (head, rest) = words.split_once('-')?;
            rest.chars()
                .next()
                .is_some_and(char::is_lowercase)
                .then(|| country_of_adjective(head))
                .flatten()
        })
}

/// True for a token that closes a sentence ("Ukraine."), not an abbreviation
/// ("U.S.", "Mr.").
fn ends_sentence(token: &str) -> bool {
    token.ends_with(['.', '!', '?'])
        && token.trim_end_matches(['.', '!', '?']).chars().count() > 3
        && !token.trim_end_matches('.').contains('.')
}

/// The subjects a text names (see [`Terms::subjects`]), read as
/// [`of_clause`] reads them, without the rest.
pub(super) fn subjects_of(text: &str, table: &AliasTable) -> Vec<CompactString> {
    let (raw_tokens, _, _) = tokens(text);
    let tokens: Vec<&str> = raw_tokens.iter().map(|t| t.trim_end_matches(',')).collect();
    subjects(&raw_tokens, &tokens, table)
}

/// True for a stopword or a month in any case ("In", "June"), as their
/// lists (lowercase ASCII, nine letters at most) hold it once lowercased.
fn is_function_word(word: &str) -> bool {
    const LONGEST: usize = 9;
    if !word.is_ascii() {
        // Lowercasing may turn a letter outside ASCII into one inside it.
        let l = lower(word);
        return STOPWORDS.contains(&l.as_ref()) || month(&l).is_some();
    }
    if word.len() > LONGEST {
        return false;
    }
    let mut buffer = [0u8; LONGEST];
    let buffer = &mut buffer[..word.len()];
    buffer.copy_from_slice(word.as_bytes());
    buffer.make_ascii_lowercase();
    let Ok(l) = std::str::from_utf8(buffer) else {
        return false;
    };
    STOPWORDS.contains(l) || month(l).is_some()
}

/// A word of a name without the marks around it ("(Putin," → "Putin"); dots,
/// hyphens and apostrophes kept ("U.S.", "Jong-un", "O’Neill").
fn trim_name_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-' && c != '’')
}

/// `phrase.trim_end_matches("’s").trim_end_matches("'s").trim_end_matches('.')`,
/// without a string searcher set up per phrase.
fn trim_possessive(phrase: &str) -> &str {
    let mut phrase = phrase;
    while let Some(rest) = phrase.strip_suffix("’s") {
        phrase = rest;
    }
    while let Some(rest) = phrase.strip_suffix("'s") {
        phrase = rest;
    }
    phrase.trim_end_matches('.')
}

/// The month a lowercase word names ("june", "sept"), as [`MONTHS`] lists
/// it: one `match` instead of a scan of the list.
fn month(word: &str) -> Option<u8> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" | "aug" => 8,
        "september" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Subjects: runs of capitalised words (not at a sentence start alone), and
/// nationality adjectives; sorted, unique.
fn subjects(raw_tokens: &[&str], tokens: &[&str], table: &AliasTable) -> Vec<CompactString> {
    // A capitalised function word or month opens no name ("In June, Putin …").
    let opens_name =
        |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !is_function_word(w);
    let mut out: Vec<CompactString> = Vec::new();
    // One run's words and their joining, reused from run to run.
    let mut run: Vec<&str> = Vec::new();
    let mut joined = String::new();
    let mut i = 0;
    while i < tokens.len() {
        // A token opening with a lowercase ASCII letter or a digit opens with
        // it once trimmed too: no name.
        if tokens[i]
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            i += 1;
            continue;
        }
        let w = trim_name_word(tokens[i]);
        if opens_name(w) {
            // A run of capitalised words, broken by a comma.
            let mut j = i + 1;
            while j < tokens.len()
                && !raw_tokens[j - 1].ends_with(',')
                && !ends_sentence(raw_tokens[j - 1])
                && tokens[j].chars().next().is_some_and(char::is_uppercase)
            {
                j += 1;
            }
            run.clear();
            run.extend(tokens[i..j].iter().map(|x| trim_name_word(x)));
            // One word needs no new string.
            let phrase: &str = match run.as_slice() {
                [one] => one,
                words => {
                    joined.clear();
                    for (n, word) in words.iter().enumerate() {
                        if n > 0 {
                            joined.push(' ');
                        }
                        joined.push_str(word);
                    }
                    &joined
                }
            };
            // Its first two words, as `run[..2].join(" ")` gives them: a prefix
            // of the joining, which no trimming below reaches.
            let two = match run.as_slice() {
                [first, second, ..] => Some(&joined[..first.len() + 1 + second.len()]),
                _ => None,
            };
            let phrase = trim_possessive(phrase);
            // The key is read once, for the table and the test below.
            let key = norm_key(phrase);
            if let Some(e) = table.canonical_key(&key) {
                out.push(CompactString::from(e.name.as_str()));
            } else if let Some(c) = nation(run[0]).or_else(|| two.and_then(nation)) {
                out.push(CompactString::from(c));
            } else if (run.len() >= 2 || i > 0)
                && !key.is_empty()
                && !STOPWORDS.contains(&key.as_str())
                && month(&key).is_none()
            {
                out.push(CompactString::from(phrase));
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out.sort();
    out.dedup();
    out
}

/// Each token's lowercase: the token itself when already lowercase, else
/// written into `buffer`, one allocation for the clause rather than one per
/// capitalised word.
fn lowercase<'a>(tokens: &[&'a str], buffer: &'a mut String) -> Vec<&'a str> {
    let spans: Vec<Result<&'a str, (usize, usize)>> = tokens
        .iter()
        .map(|&w| {
            let start = buffer.len();
            if w.is_ascii() {
                if !w.bytes().any(|b| b.is_ascii_uppercase()) {
                    return Ok(w);
                }
                buffer.push_str(w);
                buffer[start..].make_ascii_lowercase();
            } else {
                match lower(w) {
                    Cow::Borrowed(w) => return Ok(w),
                    Cow::Owned(l) => buffer.push_str(&l),
                }
            }
            Err((start, buffer.len()))
        })
        .collect();
    let buffer: &'a String = buffer;
    spans
        .into_iter()
        .map(|span| span.unwrap_or_else(|(start, end)| &buffer[start..end]))
        .collect()
}

/// Reads the features of one clause.
pub(super) fn of_clause(text: &str, table: &AliasTable) -> Terms {
    let (raw_tokens, part_of, part) = tokens(text);
    let tokens: Vec<&str> = raw_tokens.iter().map(|t| t.trim_end_matches(',')).collect();
    // Each token's lowercase, read once for its term and the checks below.
    let mut buffer = String::new();
    let lows = lowercase(&tokens, &mut buffer);
    // Terms borrow from the lowercase, allocating only when respelled.
    let mut folded: Vec<Option<Cow<str>>> = lows.iter().map(|l| fold(l)).collect();
    for k in 0..tokens.len() {
        if HAVE.contains(&lows[k]) && is_main_verb(&tokens[k + 1..]) {
            folded[k] = Some(Cow::Borrowed("have"));
        }
    }
    let is_class_at = |k: usize| folded[k].as_deref().is_some_and(is_class);
    let mut t = Terms {
        n_tokens: tokens.len(),
        subjects: subjects(&raw_tokens, &tokens, table),
        ..Terms::default()
    };
    for (k, raw) in tokens.iter().enumerate() {
        // Most tokens open and close with a letter or a digit: no trimming.
        let kept = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'.');
        let bytes = raw.as_bytes();
        let w = if kept(bytes.first()) && kept(bytes.last()) {
            *raw
        } else {
            raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ',')
        };
        // Untrimmed, the token's lowercase is at hand.
        let l = if w.len() == raw.len() {
            Cow::Borrowed(lows[k])
        } else {
            lower(w)
        };
        let l = l.trim_end_matches('.');
        // A month is capitalised: only then is the list read.
        if w.chars().next().is_some_and(char::is_uppercase) {
            if let Some(m) = month(l) {
                t.months.push(m);
                // The predicates near the month are the events it dates.
                let near = k.saturating_sub(DATE_REACH)..tokens.len().min(k + DATE_REACH + 1);
                for at in near.filter(|&at| is_class_at(at)) {
                    t.dated
                        .push((folded[at].as_deref().unwrap_or_default().to_string(), m));
                }
            }
        }
        // "not only", "make no mistake": emphasis, not negation.
        let next = lows.get(k + 1).copied().unwrap_or_default();
        let additive = l == "not" && matches!(next, "only" | "just" | "simply" | "merely")
            || l == "no" && matches!(next.trim_end_matches([',', '.']), "mistake" | "doubt");
        // "denied that he asked": what is denied is negated.
        if (matches!(
            l,
            "not" | "no" | "never" | "n't" | "neither" | "nor" | "cannot"
        ) || LACKS.contains(&l)
            || DENIES.contains(&l)
            || l.ends_with("n't")
            || l.ends_with("n’t"))
            && !additive
        {
            t.negated = true;
        }
        if let Some(quantity) = numbers::quantity(w, &tokens, &folded, k) {
            t.numbers.push(quantity);
        }
    }
    t.months.sort_unstable();
    t.months.dedup();
    t.dated.sort();
    t.dated.dedup();
    // A modal counts when it governs a predicate ("could help", "may send"),
    // not when it sits in a clause further on ("… that would be used").
    // A wording of several parts is a possibility only when each part with a
    // predicate is: "… is huge” and “could potentially help …" states a fact.
    let modal_at = |k: usize| {
        matches!(lows[k], "could" | "might" | "may" | "can" | "would")
            && (k + 1..tokens.len().min(k + 3)).any(|j| part_of[j] == part_of[k] && is_class_at(j))
    };
    let mut modal_part = vec![false; part + 1];
    for k in (0..tokens.len()).filter(|&k| modal_at(k)) {
        modal_part[part_of[k]] = true;
    }
    let mut parts_with_class = (0..tokens.len()).filter(|&k| is_class_at(k)).peekable();
    t.modal = parts_with_class.peek().is_some() && parts_with_class.all(|k| modal_part[part_of[k]]);
    t.conditional = lows.first().is_some_and(|w| {
        // "whether Russia was involved": a question, which states nothing.
        matches!(*w, "if" | "should" | "unless" | "whether")
    });
    t.legality = legality(&tokens);
    // Content words leave out the words of subjects, which are compared apart.
    let subject_words: Vec<Cow<str>> = t
        .subjects
        .iter()
        .flat_map(|s| s.split_whitespace().filter_map(of_word))
        .collect();
    let mut words: Vec<&str> = tokens
        .iter()
        .zip(&lows)
        .zip(&folded)
        .filter(|((w, l), _)| {
            !w.chars().next().is_some_and(char::is_uppercase)
                || MONTHS.iter().any(|(m, _)| l.starts_with(m))
        })
        .filter_map(|(_, f)| f.as_deref())
        // A predicate class stays: "combat" is not "War" of "Korean War".
        .filter(|w| is_class(w) || !subject_words.iter().any(|s| s == w))
        .collect();
    words.sort_unstable();
    words.dedup();
    t.words = words.into_iter().map(CompactString::from).collect();
    if names_event(&tokens, &folded) {
        // "The deployment marked an escalation": a claim about the event, which
        // it presupposes rather than asserts.
        t.words.retain(|w| w != "deploy");
    } else {
        t.goal = goal(&tokens, &folded, table);
    }
    t
}

#[cfg(test)]
mod plain;

#[cfg(test)]
mod tests {
    use super::{is_function_word, MONTHS, STOPWORDS};
    use crate::analyze::terms::of;
    use crate::resolve::AliasTable;

    #[test]
    fn a_predicate_word_stays_beside_a_name_that_holds_it() {
        let t = of(
            "North Korea has gained some combat experience since the Korean War ended",
            &AliasTable::builtin(),
        );
        assert!(t.words.iter().any(|w| w == "fight"), "{:?}", t.words);
        assert!(t.subjects.iter().any(|w| w == "Korean War"));
    }

    #[test]
    fn function_words_are_short_lowercase_ascii() {
        // `is_function_word` lowercases at most nine ASCII bytes on the stack.
        let words = STOPWORDS.iter().chain(MONTHS.iter().map(|(m, _)| m));
        for w in words {
            assert!(
                w.len() <= 9 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
        }
        for (w, want) in [
            ("In", true),
            ("JUNE", true),
            ("Putin", false),
            ("İn", false),
        ] {
            assert_eq!(is_function_word(w), want, "{w}");
        }
    }

    #[test]
    fn synonyms_subjects_months() {
        let table = AliasTable::builtin();
        let a = of("10,000 North Korean troops had been sent to Russia", &table);
        let b = of(
            "thousands of North Korean soldiers were deployed to Moscow in June",
            &table,
        );
        assert!(a.words.iter().any(|w| w == "troop") && b.words.iter().any(|w| w == "troop"));
        assert!(a.words.iter().any(|w| w == "deploy") && b.words.iter().any(|w| w == "deploy"));
        assert_eq!(a.subjects, ["North Korea", "Russia"]);
        assert_eq!(b.subjects, ["North Korea", "Russia"]);
        assert_eq!(b.months, [6]);
    }
}
