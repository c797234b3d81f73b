//! Tests only: the subjects of a clause as first written (a list of words per
//! run, a joined string, the alias table and the month list each read on
//! their own), against which the reading that reuses one key and one buffer
//! is checked on random text.

use proptest::prelude::*;

use super::{ends_sentence, lower, month, nation, subjects, tokens};
use crate::analyze::vocabulary::{MONTHS, STOPWORDS};
use crate::resolve::names::norm_key;
use crate::resolve::AliasTable;

/// [`super::is_function_word`] as first written.
fn plain_is_function_word(word: &str) -> bool {
    let l = lower(word);
    STOPWORDS.contains(&l.as_ref()) || MONTHS.iter().any(|(m, _)| *m == l)
}

/// [`subjects`] as first written.
fn plain_subjects(raw_tokens: &[&str], tokens: &[&str], table: &AliasTable) -> Vec<String> {
    let trim = |x: &str| -> String {
        x.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-' && c != '’')
            .to_string()
    };
    let opens_name =
        |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !plain_is_function_word(w);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if opens_name(&trim(tokens[i])) {
            let mut j = i + 1;
            while j < tokens.len()
                && !raw_tokens[j - 1].ends_with(',')
                && !ends_sentence(raw_tokens[j - 1])
                && tokens[j].chars().next().is_some_and(char::is_uppercase)
            {
                j += 1;
            }
            let run: Vec<String> = tokens[i..j].iter().map(|x| trim(x)).collect();
            let joined = run.join(" ");
            let phrase = joined
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .trim_end_matches('.');
            if let Some(e) = table.canonical(phrase) {
                out.push(e.name.clone());
            } else if let Some(c) = (1..=run.len().min(2)).find_map(|n| nation(&run[..n].join(" ")))
            {
                out.push(c.to_string());
            } else if run.len() >= 2 || i > 0 {
                let key = norm_key(phrase);
                if !key.is_empty()
                    && !STOPWORDS.contains(&key.as_str())
                    && !MONTHS.iter().any(|(m, _)| *m == key)
                {
                    out.push(phrase.to_string());
                }
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

#[test]
fn the_month_match_is_the_month_list() {
    for &(name, number) in MONTHS {
        assert_eq!(month(name), Some(number), "{name}");
    }
    for word in ["", "mayor", "Jan", "june.", "marc", "sep"] {
        assert_eq!(month(word), None, "{word}");
    }
}

proptest! {
    #[test]
    fn subjects_are_those_of_the_plain_reading(
        words in proptest::collection::vec(
            "Russian|North|Korea|Koreans|Kim|Jong-un|Putin’s|U\\.S\\.|The|In|June|Ukraine\\.|Mr\\.|[A-Z][a-z]{0,5}(’s|'s|\\.|,)?|[a-z]{1,4},?|\\(|—|”|Σ[a-zé]{0,3}|1[0-9]",
            0..12,
        )
    ) {
        let table = AliasTable::builtin();
        let text = words.join(" ");
        let (raw_tokens, _, _) = tokens(&text);
        let tokens: Vec<&str> = raw_tokens.iter().map(|t| t.trim_end_matches(',')).collect();
        prop_assert_eq!(
            subjects(&raw_tokens, &tokens, &table),
            plain_subjects(&raw_tokens, &tokens, &table)
        );
    }
}
