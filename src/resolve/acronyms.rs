//! An acronym across articles: "CDC" in one article and "Centers for Disease
//! Control and Prevention" in another are one body when some article of the
//! corpus spells it out ("the Centers for Disease Control and Prevention
//! (CDC)") and every spelling-out agrees. Pure.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use super::entity_key;
use crate::model::Article;

/// Words an acronym skips ("Department of Homeland Security" → "DHS").
const SKIPPED: &[&str] = &["of", "for", "and", "the", "on", "&", "in", "to"];

/// Most words a spelled-out name runs to.
const LONGEST: usize = 10;

/// Each acronym an article spells out, with the name it stands for: "Full
/// Name (ACR)" where the acronym's letters are the initials of the name's
/// capitalised words, in order, from the first (a last word may go
/// uncounted: "Centers for Disease Control and Prevention (CDC)").
pub fn spelled_out(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|k| from + k) {
        from = open + 1;
        let Some(close) = text[open..].find(')').map(|k| open + k) else {
            break;
        };
        let acronym = &text[open + 1..close];
        if !(2..=6).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let words: Vec<&str> = text[..open]
            .split_whitespace()
            .rev()
            .take(LONGEST)
            .collect();
        if let Some(name) = name_for(acronym, &words) {
            out.push((acronym.to_string(), name));
        }
    }
    out
}

/// The name `acronym` stands for among the words before it (nearest first).
fn name_for(acronym: &str, before: &[&str]) -> Option<String> {
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // The run of capitalised and skipped words right before the parenthesis.
    let run: Vec<&str> = before
        .iter()
        .copied()
        .take_while(|w| is_cap(w) || SKIPPED.contains(w))
        .collect();
    let letters: Vec<char> = acronym.chars().collect();
    // Try each start, nearest first: the capitalised words from there on
    // spell the acronym, with at most one more word after it.
    for start in 0..run.len() {
        let words: Vec<&str> = run[..=start].iter().rev().copied().collect();
        if !is_cap(words[0]) {
            continue;
        }
        let initials: Vec<char> = words
            .iter()
            .filter(|w| is_cap(w))
            .filter_map(|w| w.chars().next())
            .collect();
        let spelled = initials.len() >= letters.len()
            && initials.len() <= letters.len() + 1
            && initials[..letters.len()] == letters[..];
        if spelled {
            return Some(words.join(" ").trim_end_matches(',').to_string());
        }
    }
    None
}

/// For each source named by an acronym the corpus spells out ("CDC", "the
/// CDC"), and each other spelling of it that is a source of its own, the key
/// of the longest spelling that is one. `entities` are (key, name).
pub fn redirects<'a>(
    articles: &[Article],
    entities: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) -> HashMap<String, String> {
    let spelled = table(
        articles
            .par_iter()
            .flat_map_iter(|a| spelled_out(&a.text))
            .collect::<Vec<_>>(),
    );
    let known: BTreeSet<&str> = entities.clone().map(|(key, _)| key).collect();
    let mut moved = HashMap::new();
    for (key, name) in entities {
        let bare = name.trim_start_matches("The ").trim_start_matches("the ");
        let Some(spellings) = spelled.get(bare) else {
            continue;
        };
        let keys: Vec<String> = spellings
            .iter()
            .map(|full| entity_key(full, None))
            .filter(|full| known.contains(full.as_str()))
            .collect();
        let Some(target) = keys.iter().max_by_key(|k| (k.len(), std::cmp::Reverse(*k))) else {
            continue;
        };
        for from in keys.iter().map(String::as_str).chain([key]) {
            if from != target {
                moved.insert(from.to_string(), target.clone());
            }
        }
    }
    moved
}

/// For each acronym the corpus spells out, its spellings, when they agree:
/// all begin with one word ("Centers for Disease Control" and "Center for
/// Disease Control and Prevention" do; "Associated Press" and "Advanced
/// Placement" do not).
pub fn table(
    spellings: impl IntoIterator<Item = (String, String)>,
) -> HashMap<String, Vec<String>> {
    let mut seen: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (acronym, name) in spellings {
        seen.entry(acronym).or_default().insert(name);
    }
    let first = |name: &str| {
        let w = name.split_whitespace().next().unwrap_or("").to_lowercase();
        w.strip_suffix('s').map(str::to_string).unwrap_or(w)
    };
    seen.into_iter()
        .filter(|(_, names)| {
            let mut firsts = names.iter().map(|n| first(n));
            let one = firsts.next();
            firsts.all(|f| Some(f) == one)
        })
        .map(|(acronym, names)| (acronym, names.into_iter().collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acronym_spelled_out_in_parentheses() {
        let text = "The Centers for Disease Control and Prevention (CDC) said so. \
                    The Federal Bureau of Investigation (FBI) and a (TV) show (NOT) agreed. \
                    Officials of the Department of Homeland Security (DHS) spoke.";
        assert_eq!(
            spelled_out(text),
            [
                (
                    "CDC".to_string(),
                    "Centers for Disease Control and Prevention".to_string()
                ),
                (
                    "FBI".to_string(),
                    "Federal Bureau of Investigation".to_string()
                ),
                (
                    "DHS".to_string(),
                    "Department of Homeland Security".to_string()
                ),
            ]
        );
        // Spellings that disagree: none is taken; ones that agree all are.
        let pair = |a: &str, n: &str| (a.to_string(), n.to_string());
        let t = table([
            pair("AP", "Associated Press"),
            pair("AP", "Advanced Placement"),
            pair("CDC", "Centers for Disease Control"),
            pair("CDC", "Center for Disease Control and Prevention"),
        ]);
        assert_eq!(t.len(), 1);
        assert_eq!(
            t["CDC"],
            [
                "Center for Disease Control and Prevention",
                "Centers for Disease Control"
            ]
        );
    }
}
