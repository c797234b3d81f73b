//! Countries: nationality adjectives ("South Korean" → "South Korea") and the
//! country an official body named by a collective phrase belongs to. Pure.

use super::words::MEDIA_WORDS;

/// Nationality adjective → country name ("South Korean" → "South Korea").
pub fn country_of_adjective(adjective: &str) -> Option<&'static str> {
    const MAP: &[(&str, &str)] = &[
        ("south korean", "South Korea"),
        ("north korean", "North Korea"),
        ("russian", "Russia"),
        ("ukrainian", "Ukraine"),
        ("u.s.", "United States"),
        ("us", "United States"),
        ("american", "United States"),
        ("chinese", "China"),
        ("british", "United Kingdom"),
        ("french", "France"),
        ("german", "Germany"),
        ("japanese", "Japan"),
        ("israeli", "Israel"),
        ("iranian", "Iran"),
        ("syrian", "Syria"),
        ("turkish", "Turkey"),
        ("indian", "India"),
        ("pakistani", "Pakistan"),
        ("polish", "Poland"),
        ("belarusian", "Belarus"),
        ("mexican", "Mexico"),
        ("canadian", "Canada"),
        ("saudi", "Saudi Arabia"),
        ("palestinian", "Palestinian Authority"),
        ("egyptian", "Egypt"),
        ("italian", "Italy"),
        ("spanish", "Spain"),
        ("australian", "Australia"),
        ("taiwanese", "Taiwan"),
    ];
    let l = adjective.to_lowercase();
    MAP.iter().find(|(a, _)| *a == l).map(|(_, c)| *c)
}

/// For collective phrases ("South Korean intelligence agencies", "Ukrainian
/// intelligence officials"): the country an official body belongs to.
pub fn collective_country(phrase: &str) -> Option<&'static str> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let official = words.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "intelligence"
                | "officials"
                | "official"
                | "agencies"
                | "government"
                | "authorities"
                | "ministry"
                | "military"
                | "forces"
                | "army"
                | "diplomats"
                | "prosecutors"
                | "police"
                | "troops"
                | "commanders"
        )
    });
    if !official
        || words.iter().any(|w| {
            MEDIA_WORDS.contains(&w.to_lowercase().as_str()) && w.to_lowercase() != "agencies"
        })
    {
        return None;
    }
    for n in [2, 1] {
        for win in words.windows(n) {
            if let Some(c) = country_of_adjective(&win.join(" ")) {
                return Some(c);
            }
        }
    }
    None
}
