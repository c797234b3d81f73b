//! Where a movement goes ("sent to Russia", "heading toward the Kursk region",
//! "sent to fight"), and whether a wording names the movement as an event it
//! presupposes ("the deployment …") rather than asserts. Consults
//! the alias table, nothing else.

use std::borrow::Cow;

use crate::resolve::names::country_of_adjective;
use crate::resolve::AliasTable;

use super::fold::term;

/// Prepositions that introduce where a movement goes.
const GOAL_PREPOSITIONS: &[&str] = &["to", "toward", "towards", "into", "in", "for", "inside"];

/// Words that end the goal phrase.
const GOAL_STOPS: &[&str] = &[
    "of", "to", "in", "on", "at", "by", "with", "and", "or", "where", "that", "which", "who",
    "when", "as", "after", "before", "since", "within", "from", "but",
];

/// Nouns too vague to tell two goals apart.
const GENERIC_PLACES: &[&str] = &[
    "region",
    "area",
    "areas",
    "territory",
    "soil",
    "country",
    "place",
    "zone",
    "abroad",
    "ground",
    "there",
];

/// The goal of the first movement word ("deploy" class) in `tokens`.
pub(super) fn goal(
    tokens: &[&str],
    folded: &[Option<Cow<str>>],
    table: &AliasTable,
) -> Option<String> {
    let at = folded.iter().position(|w| w.as_deref() == Some("deploy"))?;
    let window = &tokens[at + 1..tokens.len().min(at + 9)];
    if window.iter().take(3).any(|w| {
        matches!(
            w.to_lowercase().trim_end_matches([',', '.']),
            "overseas" | "abroad" | "outside"
        )
    }) {
        return Some("abroad".to_string());
    }
    // "up to 11,000 troops": a hedge, not a goal.
    let prep = (0..window.len()).find(|&k| {
        GOAL_PREPOSITIONS.contains(&window[k].to_lowercase().as_str())
            && !window
                .get(k + 1)
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    })?;
    let preposition = window[prep].to_lowercase();
    let rest = &window[prep + 1..];
    let first = rest.first()?;
    if preposition == "to"
        && first.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            first.to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
        )
    {
        // "sent to fight": the purpose stands for the goal.
        return term(first);
    }
    let mut phrase: Vec<&str> = Vec::new();
    for w in rest {
        let clean = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.');
        let lower = clean.to_lowercase();
        if GOAL_STOPS.contains(&lower.as_str()) || lower.ends_with("ing") && phrase.len() > 1 {
            break;
        }
        phrase.push(clean.trim_end_matches('.'));
        if w.ends_with([',', '.', ';']) {
            break;
        }
    }
    // A name is the goal unless it is a nationality qualifying another noun
    // ("Russian payment"); the scan stops at the first word that is neither a
    // name, a determiner, a possessive nor a direction ("the country's western
    // Kursk region").
    let mut named: Option<&str> = None;
    for (k, w) in phrase.iter().enumerate() {
        let lower = w.to_lowercase();
        if w.chars().next().is_some_and(char::is_uppercase) {
            let next_is_place = phrase
                .get(k + 1)
                .is_none_or(|n| GENERIC_PLACES.contains(&n.to_lowercase().as_str()));
            if country_of_adjective(w).is_none() || next_is_place {
                named = Some(w);
            }
            continue;
        }
        let modifier = matches!(
            lower.as_str(),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "western"
                | "eastern"
                | "northern"
                | "southern"
                | "central"
        ) || lower.ends_with("’s")
            || lower.ends_with("'s");
        if !modifier {
            break;
        }
    }
    if let Some(last) = named {
        let last = last.trim_end_matches("’s").trim_end_matches("'s");
        return Some(match table.canonical(last) {
            Some(e) => e.name.clone(),
            None => country_of_adjective(last).map_or_else(|| last.to_string(), str::to_string),
        });
    }
    let head = phrase.last()?.to_lowercase();
    if GENERIC_PLACES.contains(&head.as_str()) || matches!(preposition.as_str(), "in" | "inside") {
        return None;
    }
    term(&head)
}

/// True when the wording opens with a movement named as a noun ("the
/// deployment …", "the arrival of troops …").
pub(super) fn names_event(tokens: &[&str], folded: &[Option<Cow<str>>]) -> bool {
    let (Some(det), Some(noun)) = (tokens.first(), tokens.get(1)) else {
        return false;
    };
    let noun = noun.to_lowercase();
    matches!(
        det.to_lowercase().as_str(),
        "the" | "this" | "that" | "such" | "a"
    ) && folded[1].as_deref() == Some("deploy")
        && (noun.ends_with("ment") || noun.ends_with("al") || noun.ends_with("ments"))
}
