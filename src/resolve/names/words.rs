//! The word lists that tell a phrase's kind: words that name a body or an
//! outlet ("ministry", "times"), and titles whose holder speaks for a body.
//! Pure.

use crate::text::WordSet;
pub(super) static ORG_WORDS: WordSet = WordSet::new(&[
    "department",
    "ministry",
    "service",
    "agency",
    "agencies",
    "institute",
    "council",
    "committee",
    "corporation",
    "corp",
    "inc",
    "party",
    "alliance",
    "organization",
    "organisation",
    "office",
    "house",
    "administration",
    "government",
    "army",
    "forces",
    "command",
    "university",
    "center",
    "centre",
    "foundation",
    "bank",
    "fund",
    "court",
    "commission",
    "bureau",
    "union",
    "association",
    "group",
    "company",
    "campaign",
    "church",
    "senate",
    "congress",
    "parliament",
    "assembly",
    "police",
    "navy",
    "military",
    "intelligence",
    "network",
    "coalition",
    "board",
    "authority",
    "authorities",
    "federation",
    "league",
    "club",
    "tank",
    "project",
    "program",
    "secretariat",
    "staff",
    "cabinet",
    "embassy",
    "consulate",
    "society",
    "trust",
    "fbi",
    "cia",
    "nato",
    "poll",
    "survey",
    "study",
    "report",
    "post",
    "statement",
    "message",
    "channel",
]);

pub(super) static MEDIA_WORDS: WordSet = WordSet::new(&[
    "news",
    "times",
    "post",
    "journal",
    "tribune",
    "herald",
    "guardian",
    "telegraph",
    "gazette",
    "reuters",
    "press",
    "newspaper",
    "magazine",
    "broadcasting",
    "television",
    "tv",
    "radio",
    "daily",
    "weekly",
    "wire",
    "cnn",
    "bbc",
    "nbc",
    "abc",
    "cbs",
    "fox",
    "msnbc",
    "npr",
    "politico",
    "axios",
    "bloomberg",
    "breitbart",
    "yonhap",
    "tass",
    "xinhua",
    "kcna",
    "afp",
    "ap",
    "vox",
    "slate",
    "salon",
    "atlantic",
    "economist",
    "hill",
    "examiner",
    "observer",
    "independent",
    "agency",
    "agencies",
]);

pub(super) const OFFICIAL_TITLES: &[&str] = &[
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "secretary",
    "official",
    "officials",
    "ambassador",
    "chief",
    "leader",
    "commander",
    "general",
    "premier",
    "chancellor",
    "envoy",
    "diplomat",
    "representative",
    "director",
    "head",
    "adviser",
    "advisor",
    "aide",
    "governor",
    "senator",
    "congressman",
    "congresswoman",
    "mayor",
    "king",
    "queen",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "administrator",
    "commissioner",
];

/// Is this word one that names a body or an outlet ("ministry", "times")?
pub fn is_body_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ORG_WORDS.contains(&lower.as_str()) || MEDIA_WORDS.contains(&lower.as_str())
}

/// Is this title official (its holder speaks for a body), or an outside one
/// (expert, analyst, retired, former)?
pub fn is_official_title(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.iter().any(|w| {
        matches!(
            *w,
            "former"
                | "retired"
                | "ex"
                | "expert"
                | "analyst"
                | "professor"
                | "author"
                | "researcher"
                | "scholar"
                | "watcher"
                | "fellow"
        )
    }) {
        return false;
    }
    words.iter().any(|w| {
        let w = w.strip_suffix("-elect").unwrap_or(w);
        OFFICIAL_TITLES.contains(&w)
            || w.ends_with("minister")
            || w.ends_with("spokesman")
            || w.ends_with("spokeswoman")
    })
}
