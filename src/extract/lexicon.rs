//! Word lists the extraction rules read: reporting verbs in every tense, denial
//! verbs, noun and belief cues, pronouns, titles, and the small closed classes that
//! bound a noun phrase. Data only; the rules live in `cues` and `phrases`.

use std::sync::OnceLock;

use foldhash::HashMap;

use crate::text::WordSet;

/// How a cue verb behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueVerb {
    /// The verb as written in the article.
    pub lemma: &'static str,
    /// Denies, dismisses, rejects.
    pub denies: bool,
    /// Can pass on what another source said ("reported", "said").
    pub relays: bool,
    /// Takes an addressee object that belongs to the cue ("told lawmakers").
    pub addressee: bool,
    /// A belief or intention rather than speech; weaker evidence.
    pub belief: bool,
    /// Needs a clausal complement (`that`, a quote or a fronted content) to count.
    pub needs_clause: bool,
    /// A stance taken by an act rather than said ("endorsed Clinton",
    /// "criticized the plan"): needs a named or pronoun subject; the object is
    /// the content.
    pub stance: bool,
    /// Words one of which must follow the verb and belong to the cue
    /// ("referring to", "pointed out", "wants to").
    pub particles: &'static [&'static str],
}

const fn verb(lemma: &'static str) -> CueVerb {
    CueVerb {
        lemma,
        denies: false,
        relays: false,
        addressee: false,
        belief: false,
        needs_clause: false,
        stance: false,
        particles: &[],
    }
}

/// Lemma → behaviour; forms are derived by [`cue_verb`].
#[rustfmt::skip]
const VERBS: &[CueVerb] = &[
    CueVerb { relays: true, ..verb("say") },
    CueVerb { addressee: true, relays: true, ..verb("tell") },
    CueVerb { relays: true, ..verb("report") },
    CueVerb { relays: true, ..verb("write") },
    verb("add"),
    CueVerb { needs_clause: true, ..verb("state") },
    verb("note"),
    verb("confirm"),
    CueVerb { denies: true, ..verb("deny") },
    CueVerb { denies: true, needs_clause: true, ..verb("dismiss") },
    CueVerb { denies: true, needs_clause: true, ..verb("reject") },
    CueVerb { denies: true, ..verb("refute") },
    CueVerb { denies: true, needs_clause: true, ..verb("dispute") },
    verb("warn"),
    verb("claim"),
    verb("estimate"),
    verb("announce"),
    verb("explain"),
    verb("argue"),
    CueVerb { stance: true, ..verb("insist") },
    verb("assert"),
    verb("allege"),
    verb("predict"),
    verb("tweet"),
    verb("recall"),
    CueVerb { needs_clause: true, ..verb("suggest") },
    verb("declare"),
    verb("reveal"),
    CueVerb { needs_clause: true, ..verb("respond") },
    verb("reply"),
    verb("conclude"),
    CueVerb { needs_clause: true, ..verb("contend") },
    verb("maintain"),
    verb("concede"),
    verb("admit"),
    verb("stress"),
    verb("emphasize"),
    verb("caution"),
    verb("testify"),
    verb("observe"),
    verb("remark"),
    CueVerb { needs_clause: true, ..verb("complain") },
    CueVerb { stance: true, ..verb("promise") },
    CueVerb { stance: true, ..verb("vow") },
    CueVerb { stance: true, ..verb("pledge") },
    verb("accuse"),
    verb("ask"),
    verb("urge"),
    CueVerb { needs_clause: true, ..verb("show") },
    CueVerb { needs_clause: true, ..verb("find") },
    CueVerb { needs_clause: true, ..verb("indicate") },
    CueVerb { needs_clause: true, ..verb("continue") },
    verb("describe"),
    CueVerb { stance: true, ..verb("question") },
    CueVerb { needs_clause: true, ..verb("inform") },
    CueVerb { needs_clause: true, ..verb("assure") },
    CueVerb { needs_clause: true, ..verb("brief") },
    CueVerb { belief: true, needs_clause: true, ..verb("believe") },
    CueVerb { belief: true, needs_clause: true, ..verb("think") },
    CueVerb { belief: true, needs_clause: true, ..verb("fear") },
    CueVerb { belief: true, needs_clause: true, ..verb("expect") },
    CueVerb { belief: true, needs_clause: true, ..verb("hope") },
    CueVerb { belief: true, needs_clause: true, ..verb("consider") },
    CueVerb { belief: true, needs_clause: true, ..verb("know") },
    CueVerb { stance: true, ..verb("endorse") },
    CueVerb { stance: true, ..verb("criticize") },
    CueVerb { stance: true, ..verb("praise") },
    CueVerb { stance: true, ..verb("defend") },
    CueVerb { stance: true, ..verb("propose") },
    CueVerb { stance: true, ..verb("oppose") },
    CueVerb { stance: true, ..verb("support") },
    CueVerb { stance: true, ..verb("seek") },
    CueVerb { stance: true, ..verb("refuse") },
    CueVerb { stance: true, ..verb("decline") },
    CueVerb { stance: true, ..verb("offer") },
    CueVerb { stance: true, ..verb("attack") },
    CueVerb { stance: true, ..verb("express") },
    CueVerb { stance: true, ..verb("mention") },
    CueVerb { stance: true, ..verb("blame") },
    CueVerb { stance: true, ..verb("condemn") },
    CueVerb { stance: true, ..verb("applaud") },
    CueVerb { stance: true, ..verb("slam") },
    CueVerb { stance: true, ..verb("blast") },
    CueVerb { stance: true, ..verb("demand") },
    CueVerb { stance: true, ..verb("threaten") },
    CueVerb { stance: true, ..verb("challenge") },
    CueVerb { stance: true, ..verb("welcome") },
    CueVerb { stance: true, ..verb("hint") },
    CueVerb { stance: true, ..verb("signal") },
    CueVerb { stance: true, ..verb("recommend") },
    CueVerb { stance: true, ..verb("advocate") },
    CueVerb { stance: true, particles: &["to"], ..verb("refer") },
    CueVerb { stance: true, particles: &["to", "out"], ..verb("point") },
    CueVerb { stance: true, particles: &["about"], ..verb("talk") },
    CueVerb { stance: true, particles: &["about", "of", "out"], ..verb("speak") },
    CueVerb { stance: true, particles: &["to"], ..verb("want") },
    CueVerb { stance: true, particles: &["to"], ..verb("plan") },
    CueVerb { stance: true, particles: &["to"], ..verb("intend") },
    CueVerb { stance: true, particles: &["to"], ..verb("vote") },
    CueVerb { stance: true, particles: &["for", "against"], ..verb("push") },
    CueVerb { stance: true, ..verb("agree") },
    CueVerb { stance: true, ..verb("acknowledge") },
    CueVerb { stance: true, ..verb("back") },
];

/// Irregular forms → lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("writes", "write"),
    ("thought", "think"),
    ("knew", "know"),
    ("known", "know"),
    ("found", "find"),
    ("shown", "show"),
    ("denied", "deny"),
    ("denies", "deny"),
    ("replied", "reply"),
    ("replies", "reply"),
    ("testified", "testify"),
    ("testifies", "testify"),
    ("sought", "seek"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("seeks", "seek"),
    ("offered", "offer"),
    ("criticized", "criticize"),
    ("criticised", "criticize"),
];

/// The cue verb of a word form, if it is one (case-insensitive): one lookup
/// of its lowercase in the table of every form (`forms`).
pub fn cue_verb(word: &str) -> Option<(&'static CueVerb, Form)> {
    forms()
        .get(crate::text::lower(word).as_ref())
        .copied()
        .flatten()
}

/// What [`cue_verb`] reads a word form as: a cue verb in a form, or none.
type Reading = Option<(&'static CueVerb, Form)>;

/// Every word form [`cue_verb`] reads, lower case, with what it reads it as.
/// A form is read by the first rule that fits it: an irregular form (even one
/// whose lemma is no cue verb, which then reads as none), a lemma itself, then
/// a lemma with "-ing", its final "e" dropped before "-ing" ("noting"), "-es",
/// "-s", "-ed", "-d", "-ied". Built once from the lists, so that reading a word
/// hashes it once instead of trying each rule's stem in turn.
fn forms() -> &'static HashMap<String, Reading> {
    static FORMS: OnceLock<HashMap<String, Reading>> = OnceLock::new();
    FORMS.get_or_init(|| {
        // Each form with the rank of the rule that reads it; the lowest wins,
        // and of one rank the first added.
        let mut ranked: HashMap<String, (u8, Reading)> = HashMap::default();
        let mut add = |form: String, rank: u8, read: Reading| {
            let slot = ranked.entry(form).or_insert((rank, read));
            if rank < slot.0 {
                *slot = (rank, read);
            }
        };
        // The first verb listed for a lemma is the lemma's.
        let mut by_lemma: HashMap<&'static str, &'static CueVerb> = HashMap::default();
        for v in VERBS {
            by_lemma.entry(v.lemma).or_insert(v);
        }
        // Of two entries of one rank the first stays: the list's first entry
        // for a form is its lemma.
        for &(form, lemma) in IRREGULAR {
            let f = if form.ends_with('s') && !form.ends_with("ss") && lemma != "say"
                || form == "says"
            {
                Form::Present3
            } else {
                Form::Past
            };
            add(form.to_string(), 0, by_lemma.get(lemma).map(|&v| (v, f)));
        }
        for (&lemma, &v) in &by_lemma {
            add(lemma.to_string(), 1, Some((v, Form::Base)));
            add(format!("{lemma}ing"), 2, Some((v, Form::Gerund)));
            if let Some(stem) = lemma.strip_suffix('e').filter(|s| !s.is_empty()) {
                add(format!("{stem}ing"), 3, Some((v, Form::Gerund)));
            }
            add(format!("{lemma}es"), 4, Some((v, Form::Present3)));
            add(format!("{lemma}s"), 5, Some((v, Form::Present3)));
            add(format!("{lemma}ed"), 6, Some((v, Form::Past)));
            add(format!("{lemma}d"), 7, Some((v, Form::Past)));
            add(format!("{lemma}ied"), 8, Some((v, Form::Past)));
            // A final consonant after one vowel doubles: "admitted",
            // "quipping" (a form no word has, "offerred", harms nothing).
            // Not for a verb read with its particle ("referring to North
            // Korea's version of …" names a thing, it reports nothing).
            if let Some(last) = doubling(lemma).filter(|_| v.particles.is_empty()) {
                add(format!("{lemma}{last}ed"), 9, Some((v, Form::Past)));
                add(format!("{lemma}{last}ing"), 9, Some((v, Form::Gerund)));
            }
        }
        ranked
            .into_iter()
            .map(|(form, (_, read))| (form, read))
            .collect()
    })
}

/// The final consonant of a lemma that ends consonant, vowel, consonant
/// ("admit", "quip"; not "tweet", "show", "relax"), which doubles before
/// "-ed" and "-ing".
fn doubling(lemma: &str) -> Option<char> {
    let b = lemma.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    match b {
        [.., x, y, z]
            if !vowel(*x) && vowel(*y) && !vowel(*z) && !matches!(z, b'w' | b'x' | b'y') =>
        {
            Some(char::from(*z))
        }
        _ => None,
    }
}

/// The grammatical form of a cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// "say".
    Base,
    /// "says".
    Present3,
    /// "said".
    Past,
    /// "saying".
    Gerund,
}

/// Days, for time expressions ("on Tuesday", "yesterday").
#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight",
];

/// Months, with their abbreviations.
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
];

/// Periods that close a time expression ("last week", "this spring").
#[rustfmt::skip]
pub const PERIODS: &[&str] = &[
    "week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter",
];

/// Occasions of speech skipped between a cue and its content ("said in a
/// statement", "told CNN in an interview").
#[rustfmt::skip]
pub const STATEMENT_NOUNS: &[&str] = &[
    "statement", "interview", "briefing", "speech", "post", "letter", "tweet", "release", "email",
    "conference", "hearing", "address", "op-ed", "memo", "message", "report",
];

/// Records and findings that speak for themselves ("Polls show …", "The data
/// suggest …"): sources, but no person.
#[rustfmt::skip]
pub const EVIDENCE_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "studies", "data", "analysis", "research", "report", "figures", "numbers", "results", "records", "documents", "estimates", "projections", "census", "audit", "review", "investigation",
];

/// Subject pronouns and what they may refer to.
pub fn pronoun(word: &str) -> Option<PronounKind> {
    match word.to_lowercase().as_str() {
        "he" | "him" | "his" => Some(PronounKind::Male),
        "she" | "her" => Some(PronounKind::Female),
        "they" | "their" | "them" => Some(PronounKind::Plural),
        "it" | "its" => Some(PronounKind::Neuter),
        "i" | "we" | "you" | "our" | "my" => Some(PronounKind::Speaker),
        "who" | "which" | "that" => Some(PronounKind::Relative),
        _ => None,
    }
}

/// What a pronoun can point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PronounKind {
    /// he / his.
    Male,
    /// she / her.
    Female,
    /// they / their: people, bodies, governments.
    Plural,
    /// it / its: a body, an outlet, a document.
    Neuter,
    /// I / we / you: only inside quotes; a source by itself rarely.
    Speaker,
    /// who / which: the noun phrase just before.
    Relative,
}

/// Determiners that open a noun phrase.
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "many", "several", "other", "both", "all", "most", "few", "each", "every",
    "any", "two", "three", "four", "five", "another", "one", "more", "such",
];

/// Words that never belong to a source noun phrase and end a leftward scan.
#[rustfmt::skip]
pub static NP_STOP: WordSet = WordSet::new(&[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "can", "do", "does", "did", "not", "in", "on", "at",
    "to", "for", "with", "by", "from", "about", "after", "before", "since", "during", "over",
    "under", "into", "than", "but", "because", "if", "when", "while", "as", "although",
    "though", "so", "that", "which", "who", "whom", "whose", "what", "where", "why", "how",
    "there", "here", "also", "then", "now", "just", "even", "only", "still", "yet", "however",
    "meanwhile", "instead", "said", "says", "told", "according", "amid", "despite", "against",
    "without", "through", "between", "among", "like", "unlike", "per", "via", "whether", "or",
    "nor", "says", "say", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us",
    "me", "off", "up", "down", "away", "onto", "upon", "toward", "towards", "across", "behind",
    "beyond", "throughout",
]);

/// Irregular past tenses that are no nouns too ("went", "took"; not "cast",
/// "set" or "put"): a subject's noun phrase ends before them.
pub fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "went"
            | "took"
            | "made"
            | "came"
            | "gave"
            | "got"
            | "sent"
            | "kept"
            | "held"
            | "brought"
            | "thought"
            | "knew"
            | "saw"
            | "found"
            | "became"
            | "began"
            | "ran"
            | "won"
            | "lost"
            | "paid"
            | "met"
            | "felt"
            | "spent"
            | "built"
            | "stood"
            | "wrote"
            | "spoke"
            | "broke"
            | "chose"
            | "drew"
            | "drove"
            | "fell"
            | "flew"
            | "grew"
            | "hid"
            | "meant"
            | "rose"
            | "sat"
            | "shot"
            | "sold"
            | "struck"
            | "swore"
            | "taught"
            | "threw"
            | "understood"
            | "woke"
            | "wore"
            | "fought"
            | "sought"
            | "bought"
            | "caught"
            | "forgot"
            | "forgave"
            | "withdrew"
            | "overtook"
            | "undertook"
    )
}

/// Nouns ending in -ly, which are no adverbs ("family", "ally").
pub fn is_noun_in_ly(word: &str) -> bool {
    matches!(
        word,
        "family"
            | "ally"
            | "assembly"
            | "supply"
            | "rally"
            | "daily"
            | "weekly"
            | "monthly"
            | "monopoly"
            | "anomaly"
            | "reply"
            | "belly"
            | "jelly"
            | "bully"
            | "lily"
            | "fly"
            | "july"
            | "italy"
            | "sicily"
    )
}

/// Adverbs and auxiliaries that may stand between a subject and its cue.
#[rustfmt::skip]
pub static BETWEEN_SUBJECT_AND_CUE: WordSet = WordSet::new(&[
    "also", "reportedly", "has", "have", "had", "been", "was", "were", "is", "are", "will",
    "would", "previously", "recently", "later", "earlier", "repeatedly", "publicly",
    "privately", "already", "again", "then", "now", "just", "often", "once", "long", "even",
    "first", "too", "flatly", "strongly", "firmly", "explicitly", "initially", "subsequently",
    "separately", "frequently", "consistently", "openly", "quickly", "immediately", "further",
    "similarly", "likewise", "herself", "himself", "themselves", "itself", "personally",
    "directly", "officially", "only", "never", "always", "still", "simply", "clearly",
    "correctly", "falsely", "wrongly", "reportedly", "allegedly", "apparently", "recently",
    "since", "vehemently", "angrily", "bluntly", "both", "all", "each", "alone", "began",
    "started", "kept", "continued", "begun",
    "here", "nevertheless", "nonetheless", "however", "meanwhile", "instead", "therefore",
    "thus", "afterward", "afterwards",
]);

/// Time words that may follow "on", "last", "this", "in", "at" between a subject and cue.
#[rustfmt::skip]
pub static TIME_WORDS: WordSet = WordSet::new(&[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "week", "month", "year", "weekend", "morning", "afternoon",
    "evening", "night", "time", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
    "oct.", "nov.", "dec.", "statement", "interview", "briefing", "speech", "post", "letter",
    "tweet", "release", "email", "conference", "hearing", "address", "report", "weeks",
    "months", "years", "days", "day", "hours", "ago", "recently", "earlier", "later", "past",
]);

/// Nouns that name unnamed or collective sources.
#[rustfmt::skip]
pub static COLLECTIVE_HEADS: WordSet = WordSet::new(&[
    "officials", "official", "sources", "source", "experts", "expert", "analysts", "analyst",
    "critics", "reports", "report", "polls", "poll", "survey", "surveys", "study", "studies",
    "documents", "data", "observers", "diplomats", "diplomat", "people", "residents",
    "witnesses", "witness", "investigators", "prosecutors", "lawmakers", "legislators",
    "researchers", "scientists", "economists", "activists", "aides", "aide", "advisers",
    "adviser", "advisors", "spokesperson", "spokesman", "spokeswoman", "authorities",
    "agencies", "intelligence", "media", "supporters", "opponents", "voters", "americans",
    "democrats", "republicans", "conservatives", "liberals", "members", "leaders", "commanders",
    "soldiers", "troops", "citizens", "others", "many", "some", "most", "few", "insiders",
    "estimates", "assessments", "assessment", "findings", "statement", "statements", "sources",
    "accounts", "rumors", "rumours", "claims", "allegations", "filings", "records", "figures",
    "numbers", "results", "projections", "forecasts", "models", "police", "organizers", "respondents",
    "percent", "majority", "half", "pollsters", "prosecutors",
]);

/// Heads of descriptions that refer back to a named source ("the newspaper").
#[rustfmt::skip]
pub static DESCRIPTION_HEADS: WordSet = WordSet::new(&[
    "newspaper", "paper", "agency", "outlet", "network", "magazine", "broadcaster", "channel",
    "website", "site", "ministry", "department", "government", "administration", "official",
    "minister", "general", "president", "leader", "spokesman", "spokeswoman", "spokesperson",
    "senator", "congressman", "congresswoman", "governor", "mayor", "candidate", "nominee",
    "campaign", "company", "firm", "group", "organization", "institute", "alliance", "military",
    "army", "post", "statement", "report", "council", "committee", "court", "judge", "expert",
    "analyst", "chief", "commander", "secretary", "ambassador", "envoy", "diplomat", "lawmaker",
    "senator", "businessman", "billionaire", "republican", "democrat", "former", "think",
    "tank", "service", "office", "prime", "premier", "chancellor", "king", "queen", "prince",
    "pope", "team", "lawyer", "attorney", "prosecutor", "woman", "man", "message",
]);

/// Titles stripped from a person's name ("Defense Minister Kim Yong-hyun").
#[rustfmt::skip]
pub static TITLE_WORDS: WordSet = WordSet::new(&[
    "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.",
    "maj.", "adm.", "prof.", "rev.", "president", "vice", "prime", "minister", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "deputy", "chief", "general", "defense",
    "foreign", "senator", "congressman", "congresswoman", "governor", "mayor", "leader",
    "ambassador", "director", "chairman", "chairwoman", "chair", "commander", "admiral",
    "colonel", "captain", "sergeant", "lieutenant", "judge", "justice", "attorney", "former",
    "acting", "national-security", "security", "press", "white", "house", "kremlin", "pentagon",
    "state", "interior", "finance", "trade", "intelligence", "expert", "analyst", "nato",
    "u.s.", "us", "russian", "ukrainian", "american", "south", "north", "korean", "chinese",
    "british", "french", "german", "israeli", "iranian", "democratic", "republican",
    "candidate", "nominee", "presidential", "host", "anchor", "correspondent", "reporter",
    "columnist", "editor", "author", "professor", "economist", "strategist", "pollster", "sen",
    "rep", "gov", "dr", "mr", "mrs", "ms", "gen", "u.n.", "eu", "un", "top", "senior",
    "assistant", "associate", "executive", "ceo", "founder", "co-founder", "campaign",
    "manager", "chairman", "speaker", "majority", "minority", "whip", "house", "senate",
    "party", "king", "queen", "prince", "emperor", "premier", "chancellor", "pope", "new",
    "then", "then-",
]);

/// Words naming a nationality or a state as an adjective, for joint sources
/// ("South Korean and U.S. intelligence agencies").
pub fn is_nationality_adjective(phrase: &str) -> bool {
    let last = phrase.rsplit(' ').next().unwrap_or(phrase);
    let lower = last.to_lowercase();
    matches!(
        lower.as_str(),
        "u.s." | "us" | "u.n." | "eu" | "uk" | "u.k." | "western" | "nato"
    ) || lower.ends_with("an") && last.chars().next().is_some_and(char::is_uppercase)
        || lower.ends_with("ese")
        || lower.ends_with("ish")
        || lower.ends_with("ian")
        || lower.ends_with('i') && last.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
