//! The words claim analysis folds: stopwords that carry no proposition,
//! synonym classes (sent/deployed/dispatched, troops/soldiers/personnel) and
//! month names. Data only.

use crate::text::WordSet;

/// Words that carry no proposition.
#[rustfmt::skip]
pub static STOPWORDS: WordSet = WordSet::new(&[
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
    "but", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
    "can", "do", "does", "did", "as", "than", "then", "so", "such", "their", "they", "them",
    "he", "she", "his", "her", "we", "our", "you", "your", "i", "me", "my", "there", "here",
    "also", "already", "now", "not", "no", "very", "more", "most", "some", "any", "all", "both",
    "each", "which", "who", "whom", "what", "when", "where", "why", "how", "if", "about",
    "into", "over", "under", "up", "out", "just", "only", "even", "still", "yet", "likely",
    "own", "other", "s", "said", "says", "say", "being", "while", "because", "since", "after",
    "before", "during", "against", "between", "among", "through", "per", "via", "amid",
    "according", "many", "much", "way", "like", "well", "back", "down", "off", "again",
    "further", "once", "ever", "never",
]);

/// Synonym classes: every word of a class becomes its first word.
#[rustfmt::skip]
pub const SYNONYMS: &[&[&str]] = &[
    &["deploy", "deployed", "deploying", "deployment", "deployments", "sent", "send",
        "sending", "sends", "dispatched", "dispatch", "dispatching", "heading", "headed",
        "head", "arrive", "arrived", "arriving", "arrival", "moved"],
    &["troop", "troops", "soldiers", "soldier", "personnel", "forces", "force", "units",
        "unit", "servicemen", "fighters"],
    &["pact", "treaty", "agreement", "partnership", "alliance", "accord", "deal"],
    &["signed", "signing", "concluded", "sealed"],
    &["kill", "killed", "killing", "dead", "died", "deaths", "casualties", "casualty",
        "eliminated", "wounded", "injured"],
    &["experience", "experienced", "training", "trained", "interoperability"],
    &["weapon", "weapons", "arms", "munitions", "missiles", "missile", "shells", "artillery",
        "equipment", "ammunition"],
    &["supply", "supplied", "supplying", "supplies", "provide", "provided", "providing", "aid",
        "aiding", "helped", "help", "helping", "assist", "assisting", "assistance", "shipped",
        "ship", "shipping", "shipment", "shipments", "transferred", "delivered", "deliveries"],
    &["fight", "fighting", "fought", "combat", "battle", "battlefield", "war"],
    // Possession: "have" itself is folded here only as a main verb ("do not have
    // the experience", not "have sent"); "lack" is "not have".
    &["have", "gain", "gains", "gained", "gaining", "acquire", "acquires", "acquired",
        "acquiring", "obtain", "obtains", "obtained", "possess", "possesses", "possessed",
        "lack", "lacks", "lacked", "lacking"],
];

/// Words that say something is missing: "have" negated.
pub const LACKS: &[&str] = &["lack", "lacks", "lacked", "lacking"];

/// Forms of "deny": what a wording says was denied, it negates ("Trump denied
/// that he asked Comey …" against "Trump asked Comey …").
pub const DENIES: &[&str] = &["deny", "denies", "denied", "denying"];

/// Forms of "have", a possession when a main verb.
pub const HAVE: &[&str] = &["have", "has", "had", "having"];

/// Irregular past participles: after them "have" is an auxiliary ("have sent").
#[rustfmt::skip]
pub const PARTICIPLES: &[&str] = &[
    "been", "sent", "made", "seen", "told", "said", "done", "gone", "got", "gotten", "given",
    "taken", "known", "shown", "grown", "thrown", "drawn", "written", "spoken", "broken",
    "chosen", "driven", "begun", "become", "come", "run", "put", "set", "let", "kept", "held",
    "led", "left", "met", "paid", "built", "brought", "bought", "caught", "fought", "found",
    "heard", "felt", "lost", "meant", "read", "sold", "spent", "stood", "understood", "struck",
    "taught", "thought", "won", "hit", "cut", "hurt", "shut", "spread", "sought", "fallen",
    "risen", "forgotten", "hidden", "stolen", "worn", "sworn", "beaten", "flown", "shot", "fled",
    "split", "quit", "sat", "dealt", "fed", "hung", "laid", "lent", "proven", "withdrawn",
    "overseen", "undergone", "undertaken", "arisen",
];

/// Plain synonyms, folded to their first word (not predicate classes).
#[rustfmt::skip]
pub const FOLDS: &[&[&str]] = &[
    &["real", "actual", "genuine"],
    &["large", "big"],
    &["ability", "capability", "capacity"],
    &["chance", "chances", "opportunity", "opportunities"],
];

/// Month names and their numbers.
#[rustfmt::skip]
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("aug", 8), ("sept", 9), ("oct", 10), ("nov", 11),
    ("dec", 12),
];
