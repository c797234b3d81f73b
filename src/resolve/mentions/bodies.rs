//! The body a person speaks for: named in an appositive ("an expert with the
//! Rand Corporation") or in the mention itself ("a spokesman for committee
//! Democrats", merged into the body). Pure.

use crate::model::SourceKind;
use crate::resolve::{entity_key, AliasTable, LocalSource};

/// "an expert with the Rand Corporation think tank" → "Rand Corporation";
/// "a security expert with Seoul think tank the Asan Institute" → "Asan Institute".
pub(in crate::resolve) fn body_in_appositive(appositive: &str) -> Option<String> {
    const MEMBERSHIP: &[&str] = &[
        "expert",
        "analyst",
        "fellow",
        "scholar",
        "member",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "professor",
        "researcher",
        "economist",
        "head",
        "chief",
        "president",
        "chairman",
        "chairwoman",
        "adviser",
        "advisor",
        "aide",
        "strategist",
        "executive",
        "officer",
        "lawyer",
        "attorney",
        "partner",
        "founder",
        "employee",
        "staffer",
    ];
    let lower = appositive.to_lowercase();
    if lower.contains("former") || lower.contains("retired") {
        return None;
    }
    if let Some(body) = possessive_body(appositive, MEMBERSHIP) {
        return Some(body);
    }
    // "an expert with the Rand Corporation", not "author of a book on the Bureau":
    // a role of membership, then its preposition.
    let idx = [" with ", " at ", " of ", " for "]
        .iter()
        .filter_map(|p| lower.find(p).map(|i| (i, i + p.len())))
        .min()
        .filter(|&(i, _)| {
            lower[..i]
                .split_whitespace()
                .last()
                .is_some_and(|w| MEMBERSHIP.contains(&w))
        })?
        .1;
    let rest = &appositive[idx..];
    // The last run of capitalised words names the body.
    let words: Vec<&str> = rest.split_whitespace().collect();
    let mut best: Vec<&str> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for w in &words {
        if w.chars().next().is_some_and(char::is_uppercase)
            || !cur.is_empty() && matches!(*w, "for" | "of" | "and")
        {
            cur.push(w);
        } else {
            if !cur.is_empty() {
                best = cur.clone();
            }
            cur.clear();
        }
    }
    if !cur.is_empty() {
        best = cur;
    }
    while best
        .last()
        .is_some_and(|w| matches!(*w, "for" | "of" | "and"))
    {
        best.pop();
    }
    (!best.is_empty()).then(|| best.join(" "))
}

/// "the NRA's executive vice president", "Google's head of policy": the
/// capitalised owner of a role of membership (within three words of it).
fn possessive_body(appositive: &str, roles: &[&str]) -> Option<String> {
    let words: Vec<&str> = appositive.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))?;
    let role_follows = words[at + 1..]
        .iter()
        .take(3)
        .any(|w| roles.contains(&w.to_lowercase().trim_end_matches(',')));
    let owner: Vec<&str> = words[..=at]
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .copied()
        .collect();
    if !role_follows || owner.is_empty() {
        return None;
    }
    let name = owner.into_iter().rev().collect::<Vec<_>>().join(" ");
    Some(
        name.trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string(),
    )
}

/// "a spokesman for committee Democrats", "an official at the Defense
/// Ministry": an unnamed person who speaks for a body, merged into it.
pub(in crate::resolve) fn representative(text: &str, table: &AliasTable) -> Option<LocalSource> {
    const ROLES: &[&str] = &[
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "aide",
        "aides",
        "representative",
        "staffer",
        "lawyer",
        "attorney",
        "director",
        "head",
        "chief",
        "chairman",
        "chairwoman",
        "president",
        "executive",
        "adviser",
        "advisor",
        "member",
        "members",
        "source",
        "sources",
        "secretary",
        "minister",
        "ambassador",
        "envoy",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let link = words
        .iter()
        .position(|w| matches!(*w, "for" | "of" | "at" | "with" | "from"))?;
    let role = words[..link]
        .iter()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        .collect::<Vec<_>>();
    let head = role.last()?.to_lowercase();
    if role
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        || !ROLES.contains(&head.as_str())
    {
        return None;
    }
    let body_words: Vec<&str> = words[link + 1..]
        .iter()
        .copied()
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
        .collect();
    if !body_words
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let body_phrase = body_words.join(" ");
    let body = table
        .canonical(&body_phrase)
        .map_or(body_phrase, |e| e.name.clone());
    let name = words
        .iter()
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    Some(LocalSource {
        key: entity_key(&name, None),
        name,
        kind: SourceKind::Person,
        surface: text.to_string(),
        member_of: vec![body],
        title: head,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_named_in_an_appositive() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "an expert with the Rand Corporation",
                Some("Rand Corporation"),
            ),
            ("the NRA's executive vice president", Some("NRA")),
            ("Google’s head of policy", Some("Google")),
            // No capitalised owner, a former role, or no role: no body.
            ("the rifle association's executive director", None),
            ("a former official at the Defense Ministry", None),
            ("Obama's favourite novel", None),
        ];
        for (appositive, body) in cases {
            assert_eq!(
                body_in_appositive(appositive).as_deref(),
                *body,
                "{appositive}"
            );
        }
    }
}
