//! Agreement: the gender and number a mention asks for, and what an article
//! tells about the gender of the people it names.
//!
//! Gender comes only from the text: honorifics ("Mr.", "Ms.", "Sir"), gendered
//! role nouns ("spokeswoman", "congressman"), pronouns an article already uses for
//! a person in an unambiguous place, and, weakest, a short hand-kept list of
//! common given names that are used for one gender only. Evidence that
//! disagrees cancels out: a source of unknown gender agrees with any pronoun, so
//! resolution then stays as it was without gender (the nearest candidate).
//! Number: "they" and plural descriptions ("the officials") are never a single
//! person when a plural or organisation candidate is available. Pure.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::names::{is_body_word, norm_key};
use super::LocalSource;
use crate::extract::lexicon::{pronoun, PronounKind, COLLECTIVE_HEADS};
use crate::model::{Article, SourceKind};

/// A person's gender as the text tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
}

impl Gender {
    fn bit(self) -> u8 {
        match self {
            Gender::Male => 1,
            Gender::Female => 2,
        }
    }

    fn from_bits(bits: u8) -> Option<Gender> {
        match bits {
            1 => Some(Gender::Male),
            2 => Some(Gender::Female),
            _ => None,
        }
    }
}

/// Honorifics before a name, lower case.
fn honorific_gender(word: &str) -> Option<Gender> {
    match word {
        "mr." | "mr" | "sir" | "lord" => Some(Gender::Male),
        "mrs." | "mrs" | "ms." | "ms" | "dame" | "lady" => Some(Gender::Female),
        _ => None,
    }
}

/// Titles that are gendered and stand before a name ("spokeswoman Jen Psaki",
/// "Queen Elizabeth"). "Chairman" and "alderman" are left out: they are used
/// for women too.
fn title_gender(word: &str) -> Option<Gender> {
    match word {
        "spokesman" | "congressman" | "congressman-elect" | "businessman" | "councilman"
        | "assemblyman" | "anchorman" | "statesman" | "policeman" | "sportsman" | "king"
        | "prince" | "duke" | "emperor" => Some(Gender::Male),
        "spokeswoman"
        | "congresswoman"
        | "congresswoman-elect"
        | "businesswoman"
        | "councilwoman"
        | "assemblywoman"
        | "anchorwoman"
        | "stateswoman"
        | "policewoman"
        | "sportswoman"
        | "chairwoman"
        | "alderwoman"
        | "queen"
        | "princess"
        | "duchess"
        | "empress"
        | "actress" => Some(Gender::Female),
        _ => None,
    }
}

/// Gendered nouns for a person: the titles above and the words for kin and
/// for men and women ("the woman", "his wife"), which say who a phrase is
/// about but are too loose to read before a name in running text.
pub(super) fn role_gender(word: &str) -> Option<Gender> {
    title_gender(word).or(match word {
        "man" | "boy" | "gentleman" | "husband" | "widower" | "father" | "son" | "brother"
        | "uncle" | "nephew" | "grandfather" | "grandson" | "stepfather" | "stepson"
        | "boyfriend" | "dad" => Some(Gender::Male),
        "woman" | "girl" | "lady" | "wife" | "widow" | "mother" | "daughter" | "sister"
        | "aunt" | "niece" | "grandmother" | "granddaughter" | "stepmother" | "stepdaughter"
        | "girlfriend" | "mom" | "nun" | "heiress" => Some(Gender::Female),
        _ => None,
    })
}

/// The gender a pronoun asks for: "she", "her" → female; "he", "his", "him" → male.
pub(super) fn pronoun_gender(text: &str) -> Option<Gender> {
    match pronoun(text) {
        Some(PronounKind::Male) => Some(Gender::Male),
        Some(PronounKind::Female) => Some(Gender::Female),
        _ => None,
    }
}

/// The gender the title words of a name give ("mr.", "white house spokeswoman",
/// "former first lady"): its last word, the one next to the name. A title
/// that names someone else ("wife of sen.", "ms. pelosi and mr.") gives nothing.
pub(super) fn gender_of_title(title: &str) -> Option<Gender> {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.iter().any(|w| {
        matches!(*w, "of" | "for" | "to" | "with" | "at" | "and" | "or" | "&")
            || w.contains(['’', '\''])
    }) {
        return None;
    }
    let last = words.last()?;
    role_gender(last).or_else(|| honorific_gender(last))
}

/// The gender an appositive gives its name: the head noun before any
/// preposition or relative clause ("a spokeswoman for the Pentagon", "the wife
/// of Mr. Smith", "the woman who accused him").
pub(super) fn gender_of_appositive(appositive: &str) -> Option<Gender> {
    let lower = appositive.to_lowercase();
    let head: Vec<&str> = lower
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "for"
                    | "to"
                    | "with"
                    | "at"
                    | "in"
                    | "from"
                    | "on"
                    | "who"
                    | "whose"
                    | "that"
                    | "and"
            )
        })
        .collect();
    let last = head.last()?.trim_end_matches([',', ';', ':']);
    role_gender(last)
}

/// The gender a description asks for, from its head noun ("the congresswoman",
/// "the businessman"); `None` for "the minister".
pub(super) fn gender_of_description(head: &str) -> Option<Gender> {
    role_gender(head)
}

/// Given names that, in English-language news, belong to one gender. Names
/// used for both ("Kim", "Lindsey", "Kelly", "Jordan", "Andrea", "Jean",
/// "Joan", "Nicola", "Hilary") are left out on purpose.
#[rustfmt::skip]
const MALE_NAMES: &[&str] = &[
    "aaron", "abraham", "adam", "adrian", "al", "alan", "albert", "alberto", "alejandro",
    "alexander", "alexei", "alfred", "alistair", "andrew", "andy", "anthony", "antonio",
    "arnold", "arthur", "barack", "barry", "ben", "benjamin", "bernard", "bernie", "beto",
    "bill", "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brett", "brian",
    "bruce", "bryan", "byron", "carl", "carlos", "charles", "chuck", "clarence", "craig",
    "dan", "daniel", "danny", "darren", "dave", "david", "dennis", "dick", "dmitry", "don",
    "donald", "doug", "douglas", "duncan", "dwight", "ed", "eddie", "edward", "elijah",
    "elon", "emmanuel", "eric", "ernest", "frank", "fred", "frederick", "gary",
    "gavin", "george", "gerald", "gordon", "greg", "gregory", "harold", "harry", "henry",
    "herbert", "howard", "hugh", "ian", "igor", "ivan", "jack", "jacob", "jake", "james", "jesse",
    "jared", "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy",
    "joe", "joel", "john", "johnny", "jon", "jonathan", "jose", "joseph", "josh", "joshua",
    "juan", "justin", "keith", "ken", "kenneth", "kevin", "kirk", "larry", "lawrence",
    "leon", "leonard", "louis", "luis", "luke", "marco", "marcus", "mark", "martin", "matt",
    "matthew", "merrick", "michael", "mike", "mitch", "mitt", "mohammed", "muhammad",
    "nathan", "neil", "newt", "nicholas", "nick", "nigel", "oliver", "omar", "oscar",
    "patrick", "paul", "pedro", "peter", "phil", "philip", "ralph", "rand", "randall",
    "ray", "raymond", "reince", "richard", "rick", "rob", "robert", "roger", "ron",
    "ronald", "roy", "rudy", "russell", "ryan", "scott", "sean", "sergei", "sergey", "seth",
    "stephen", "steve", "steven", "stuart", "ted", "thomas", "tim", "timothy", "todd", "tom",
    "tony", "victor", "vladimir", "walter", "wayne", "william", "willie", "yuri", "zach",
];

/// See [`MALE_NAMES`].
#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    "abigail", "alexandra", "alexandria", "alice", "alison", "amanda", "amy", "angela",
    "angelina", "ann", "anna", "anne", "annie", "ayanna", "barbara", "betsy", "betty",
    "bonnie", "brenda", "carla", "carmen", "carol", "caroline", "catherine", "cathy",
    "cheryl", "christina", "christine", "cindy", "claire", "claudia",
    "condoleezza", "cynthia", "deborah", "debbie", "denise", "diana", "diane", "dianne",
    "donna", "doris", "dorothy", "elaine", "eleanor", "elena", "elisabeth", "elise",
    "elizabeth", "ellen", "emily", "emma", "erica", "erin", "eva", "fiona", "gina", "gloria",
    "grace", "greta", "gretchen", "hannah", "heather", "heidi", "helen", "hillary", "huma",
    "ilhan", "irene", "ivanka", "jacinda", "jane", "janet", "janice", "jeanne", "jennifer",
    "jenny", "jessica", "jill", "joanna", "joyce", "judith", "judy", "julia", "julie",
    "kaitlyn", "kamala", "karen", "kate", "katherine", "kathleen", "kathryn", "kathy",
    "katie", "kayleigh", "kellyanne", "kirsten", "kirstjen", "kristen", "kristi", "kyrsten",
    "laura", "lauren", "linda", "lisa", "liz", "lois", "loretta", "lori", "lucy",
    "madeleine", "margaret", "maria", "marie", "marilyn", "marjorie", "marsha", "martha",
    "mary", "maxine", "megan", "melania", "melinda", "melissa", "michele", "michelle",
    "monica", "nancy", "natalie", "nicole", "nikki", "nina", "olivia", "pamela", "patricia",
    "patty", "paula", "penny", "rachel", "rashida", "rebecca", "rosa", "rosemary", "ruth",
    "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sonia", "sophie",
    "stephanie", "susan", "susie", "suzanne", "svetlana", "tammy", "teresa", "theresa",
    "tiffany", "tina", "tulsi", "ursula", "valerie", "vanessa",
    "wendy", "yulia", "yvonne", "zoe",
];

/// The gender of a given name from the lists above.
pub(super) fn given_name_gender(name: &str) -> Option<Gender> {
    let lower = name.to_lowercase();
    if MALE_NAMES.contains(&lower.as_str()) {
        Some(Gender::Male)
    } else if FEMALE_NAMES.contains(&lower.as_str()) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Is this lower-case head noun plural ("officials", "countries", "people")?
pub(super) fn is_plural_noun(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people",
        "police",
        "men",
        "women",
        "children",
        "media",
        "folks",
        "personnel",
    ];
    const SINGULAR: &[&str] = &[
        "news",
        "press",
        "congress",
        "status",
        "campus",
        "series",
        "species",
        "means",
        "politics",
        "economics",
        "physics",
        "gas",
        "bus",
        "census",
        "consensus",
        "his",
        "this",
        "its",
        "us",
    ];
    // "the country’s" is one country.
    if word.ends_with("’s") || word.ends_with("'s") {
        return false;
    }
    let w = word.trim_end_matches(['’', '\'']);
    if IRREGULAR.contains(&w) {
        return true;
    }
    w.len() > 3
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !SINGULAR.contains(&w)
}

/// A source that is a group though read as a person ("Senate Democrats",
/// "Republicans"): its last word is a plural collective noun.
pub(super) fn is_plural_source(source: &LocalSource) -> bool {
    let last = source
        .name
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    is_plural_noun(&last) && COLLECTIVE_HEADS.contains(&last.as_str())
}

/// One person, as a pronoun or "the spokeswoman" may refer to: a person
/// source that is not a group.
pub(super) fn is_single_person(source: &LocalSource) -> bool {
    source.kind == SourceKind::Person && !is_plural_source(source)
}

/// A name that looks like a person's own ("Lois G. Lerner", "Gowdy"): every
/// word capitalised, at most four words; not "lawyer for Mrs. Clinton".
fn is_personal_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// First words of place names ("New York", "San Diego"), which are no one's
/// given name.
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "new", "san", "santa", "los", "las", "saint", "st", "north", "south", "east", "west",
    "united", "hong", "saudi", "el", "fort", "port", "mount", "lake", "cape", "great",
    "upper", "lower", "central", "northern", "southern", "eastern", "western",
];

/// A word shaped like a surname: capitalised, the rest lower case but after
/// "Mc", "Mac", "De", "Di", "La", "Le", "Van", "O'" or a hyphen ("McCarthy",
/// "DeSantis", "Ocasio-Cortez"); not "AARP" or "WikiLeaks", and not a plural
/// for a group ("Democrats").
fn looks_like_surname(word: &str) -> bool {
    const PREFIXES: &[&str] = &["Mc", "Mac", "De", "Di", "La", "Le", "Van", "O'", "O’"];
    let lower = word.to_lowercase();
    if is_plural_noun(&lower) && COLLECTIVE_HEADS.contains(&lower.as_str())
        || !word.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    word.split('-').all(|part| {
        let rest = PREFIXES
            .iter()
            .find_map(|p| part.strip_prefix(p).filter(|r| r.len() > 1))
            .map_or_else(
                || part.chars().skip(1).collect::<String>(),
                |r| r.chars().skip(1).collect(),
            );
        part.chars().next().is_some_and(char::is_uppercase)
            && rest
                .chars()
                .all(|c| c.is_lowercase() || c == '\'' || c == '’')
    })
}

/// What one article tells about the gender of its people.
#[derive(Debug, Default)]
pub(super) struct Genders {
    /// Names met in the text after an honorific or a gendered title ("Mr. John
    /// Smith", "spokeswoman Jen Psaki"), by normalised key.
    named: HashMap<String, u8>,
    /// Surnames met after an honorific ("Ms. Tavenner"), by normalised key.
    surnames: HashMap<String, u8>,
    /// Surnames met after one listed given name and no other first name ("Tim
    /// Ryan"), by normalised key.
    given_surnames: HashMap<String, u8>,
    /// Words met after a first name ("Ryan" in "Tim Ryan", "Akin" in "Todd
    /// Akin"), by normalised key: surnames of people.
    people_surnames: HashSet<String>,
    /// Learned for entity keys as the article is read: the titles and
    /// appositives of their mentions, and pronouns in unambiguous places.
    learned: HashMap<String, u8>,
}

impl Genders {
    /// Reads the honorifics, gendered titles and given names of an article's body.
    pub(super) fn scan(article: &Article) -> Genders {
        use crate::extract::lexicon::TITLE_WORDS;
        let text = &article.text[article.body.range()];
        // Words, and whether each opens a line (a headline, a paragraph).
        let (words, line_starts): (Vec<&str>, Vec<bool>) = text
            .lines()
            .flat_map(|line| {
                line.split_whitespace()
                    .enumerate()
                    .map(|(j, w)| (w, j == 0))
            })
            .unzip();
        let mut genders = Genders::default();
        let mut first_words: HashMap<String, BTreeSet<String>> = HashMap::new();
        let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let clean = |w: &str| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
                .trim_end_matches('.');
            w.strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w)
                .to_string()
        };
        let ends_phrase = |w: &str| {
            w.ends_with([',', '.', ';', ':', '?', '!', '”', '"', ')']) || w.contains(['’', '\''])
        };
        for (i, raw) in words.iter().enumerate() {
            let word = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
            let lower = word.to_lowercase();
            if ends_phrase(word) && !matches!(lower.as_str(), "mr." | "mrs." | "ms.") {
                continue;
            }
            // "Tim Ryan", "Lois G. Lerner": the words before each surname. A
            // sentence's first word counts only if it is a listed given name.
            let sentence_start =
                line_starts[i] || i > 0 && words[i - 1].ends_with(['.', '?', '!', '”', '"', ':']);
            let could_be_given = is_cap(word)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
                && !TITLE_WORDS.contains(&lower.as_str())
                && !PLACE_WORDS.contains(&lower.as_str())
                && (!sentence_start || given_name_gender(word).is_some());
            if could_be_given {
                let surname = words
                    .iter()
                    .skip(i + 1)
                    .take(2)
                    .find(|w| !(w.len() == 2 && w.ends_with('.')))
                    .filter(|w| is_cap(w) && !TITLE_WORDS.contains(&w.to_lowercase().as_str()))
                    .map(|w| clean(w));
                if let Some(surname) = surname.filter(|s| s.chars().count() > 1) {
                    first_words
                        .entry(norm_key(&surname))
                        .or_default()
                        .insert(lower.clone());
                }
            }
            // Honorifics are capitalised in running text ("Mr. Smith"); a title
            // counts only before a full name ("spokeswoman Jen Psaki").
            let (gender, min_words) = match honorific_gender(&lower) {
                Some(g) if is_cap(word) => (g, 1),
                _ => match title_gender(&lower) {
                    Some(g) => (g, 2),
                    None => continue,
                },
            };
            let mut name: Vec<String> = Vec::new();
            for next in words.iter().skip(i + 1).take(4) {
                if !is_cap(next) || TITLE_WORDS.contains(&next.to_lowercase().as_str()) {
                    break;
                }
                name.push(clean(next));
                if ends_phrase(next) {
                    break;
                }
            }
            if name.len() < min_words || name.iter().any(String::is_empty) {
                continue;
            }
            if name.len() >= 2 {
                *genders.named.entry(norm_key(&name.join(" "))).or_default() |= gender.bit();
            }
            if let Some(surname) = name.last() {
                if honorific_gender(&lower).is_some() {
                    *genders.surnames.entry(norm_key(surname)).or_default() |= gender.bit();
                }
            }
        }
        // A surname the article gives one listed given name only: "Sandra
        // Jackson" beside "Jesse Jackson" tells nothing about "Jackson".
        for (surname, given) in first_words {
            genders.people_surnames.insert(surname.clone());
            let mut given = given.into_iter();
            if let (Some(first), None) = (given.next(), given.next()) {
                if let Some(gender) = given_name_gender(&first) {
                    genders.given_surnames.insert(surname, gender.bit());
                }
            }
        }
        genders
    }

    /// Records that the text treats the entity `key` as of `gender`.
    pub(super) fn learn(&mut self, key: &str, gender: Gender) {
        *self.learned.entry(key.to_string()).or_default() |= gender.bit();
    }

    /// A surname alone, read as a body ("Ryan said" where the article never
    /// credits the full name), of a person the article names in full ("Rep.
    /// Tim Ryan") or with an honorific ("Mr. Ryan"): `Some` with that
    /// person's gender if the article tells it; `None` for anything else.
    fn lone_surname(&self, source: &LocalSource) -> Option<Option<Gender>> {
        if source.kind != SourceKind::Organization
            || source.name.contains(' ')
            || !looks_like_surname(&source.name)
            || is_body_word(&source.name)
        {
            return None;
        }
        let key = norm_key(&source.name);
        let bits = self.surnames.get(&key).copied().unwrap_or(0)
            | self.given_surnames.get(&key).copied().unwrap_or(0);
        (bits != 0 || self.people_surnames.contains(&key)).then(|| Gender::from_bits(bits))
    }

    /// One person, as "he" or "she" may mean: a person source that is not a
    /// group, or a lone surname of a person.
    pub(super) fn is_single_person(&self, source: &LocalSource) -> bool {
        is_single_person(source) || self.lone_surname(source).is_some()
    }

    /// The gender of a source, when the article tells it without
    /// contradiction. What it says of this very person comes first: the
    /// titles and appositives of its mentions, pronouns, "Mr. John Smith".
    /// Then the person's own given name; then a surname met after an
    /// honorific ("Ms. Tavenner"), which may belong to a relative.
    pub(super) fn of(&self, source: &LocalSource) -> Option<Gender> {
        let learned = self.learned.get(&source.key).copied().unwrap_or(0);
        if source.kind != SourceKind::Person {
            let told = self.lone_surname(source)?;
            return if learned != 0 {
                Gender::from_bits(learned)
            } else {
                told
            };
        }
        let mut direct = learned;
        direct |= self
            .named
            .get(&norm_key(&source.name))
            .copied()
            .unwrap_or(0);
        if let Some(g) = gender_of_title(&source.title) {
            direct |= g.bit();
        }
        let words: Vec<&str> = source.name.split_whitespace().collect();
        if let Some(g) = words
            .first()
            .and_then(|w| honorific_gender(&w.to_lowercase()))
        {
            direct |= g.bit();
        }
        if direct != 0 {
            return Gender::from_bits(direct);
        }
        if !is_personal_name(&source.name) {
            return None;
        }
        if words.len() >= 2 {
            if let Some(g) = given_name_gender(words[0]) {
                return Some(g);
            }
        }
        let surname = words.last().map(|w| norm_key(w)).unwrap_or_default();
        Gender::from_bits(self.surnames.get(&surname).copied().unwrap_or(0))
    }

    /// Can `source` be referred to by a word that asks for `want`? Yes when
    /// either gender is unknown.
    pub(super) fn agrees(&self, source: &LocalSource, want: Option<Gender>) -> bool {
        match (want, self.of(source)) {
            (Some(w), Some(g)) => w == g,
            _ => true,
        }
    }
}

/// Is the stretch of text between a person's name and a pronoun free of anyone
/// else the pronoun could mean, so that the pronoun tells that person's gender?
/// Outside quotations it must be short and hold no capitalised word but a
/// sentence's first, no noun for a person, and no pronoun of the other gender.
pub(super) fn is_clear_gap(gap: &str, gender: Gender) -> bool {
    use crate::extract::lexicon::DESCRIPTION_HEADS;
    // Heads in those lists that name no person.
    const NOT_PEOPLE: &[&str] = &[
        "statement",
        "statements",
        "report",
        "reports",
        "post",
        "message",
        "data",
        "poll",
        "polls",
        "survey",
        "surveys",
        "study",
        "studies",
        "documents",
        "estimates",
        "assessment",
        "assessments",
        "findings",
        "accounts",
        "rumors",
        "rumours",
        "claims",
        "allegations",
        "filings",
        "records",
        "figures",
        "numbers",
        "results",
        "projections",
        "forecasts",
        "models",
        "some",
        "many",
        "most",
        "few",
        "former",
        "think",
        "tank",
        "prime",
        "intelligence",
        "media",
    ];
    let is_person_noun = |w: &str| {
        (DESCRIPTION_HEADS.contains(&w) || COLLECTIVE_HEADS.contains(&w))
            && !NOT_PEOPLE.contains(&w)
    };
    let mut quoted = false;
    let mut sentence_start = true;
    let mut n_words = 0;
    for raw in gap.split_whitespace() {
        let opens = raw.starts_with(['“', '"']);
        let closes = raw
            .trim_end_matches([',', '.', ';', ':', '?', '!'])
            .ends_with(['”', '"']);
        if !quoted && opens {
            // A one-word quotation opens and closes at once.
            quoted = !(closes && raw.chars().count() > 1);
            continue;
        }
        if quoted {
            if closes {
                quoted = false;
                sentence_start = raw.trim_end_matches(['”', '"']).ends_with(['.', '?', '!']);
            }
            continue;
        }
        n_words += 1;
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && !sentence_start
            || role_gender(&lower).is_some()
            || is_person_noun(&lower)
            || pronoun_gender(&lower).is_some_and(|g| g != gender)
        {
            return false;
        }
        sentence_start = raw.ends_with(['.', '?', '!', ':']);
    }
    n_words <= 50
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_tell_gender() {
        let cases: &[(&str, Option<Gender>)] = &[
            ("mr.", Some(Gender::Male)),
            ("ms.", Some(Gender::Female)),
            ("white house spokeswoman", Some(Gender::Female)),
            ("former first lady", Some(Gender::Female)),
            ("democratic congressman", Some(Gender::Male)),
            // Someone else's role, and roles used for both.
            ("wife of sen.", None),
            ("ms. pelosi and mr.", None),
            ("committee chairman", None),
            ("defense minister", None),
        ];
        for (title, expect) in cases {
            assert_eq!(gender_of_title(title), *expect, "{title}");
        }
        let cases: &[(&str, Option<Gender>)] = &[
            ("a spokeswoman for the Pentagon", Some(Gender::Female)),
            ("the wife of Mr. Smith", Some(Gender::Female)),
            ("the woman who accused him", Some(Gender::Female)),
            ("a former aide to Mr. Smith", None),
            ("an expert with the Rand Corporation", None),
        ];
        for (appositive, expect) in cases {
            assert_eq!(gender_of_appositive(appositive), *expect, "{appositive}");
        }
    }

    #[test]
    fn surname_shapes() {
        for w in ["Ryan", "McCarthy", "DeSantis", "O’Rourke", "Ocasio-Cortez"] {
            assert!(looks_like_surname(w), "{w}");
        }
        for w in ["AARP", "WikiLeaks", "Democrats", "iPhone"] {
            assert!(!looks_like_surname(w), "{w}");
        }
    }

    #[test]
    fn plural_heads() {
        for w in ["officials", "countries", "senators", "people", "allies’"] {
            assert!(is_plural_noun(w), "{w}");
        }
        for w in [
            "news",
            "congress",
            "country’s",
            "analysis",
            "status",
            "minister",
        ] {
            assert!(!is_plural_noun(w), "{w}");
        }
    }

    #[test]
    fn gaps_that_leave_one_person() {
        let cases: &[(&str, Gender, bool)] = &[
            (" said the plan failed. ", Gender::Female, true),
            (
                " said. “The plan, which Mr. Smith drew up, failed,” ",
                Gender::Female,
                true,
            ),
            (" said. Her husband disagreed. ", Gender::Male, false),
            ("’s husband called. ", Gender::Male, false),
            (" met Senator Bob Giuda. ", Gender::Male, false),
            (" said. A lawyer for the firm called. ", Gender::Male, false),
        ];
        for (gap, gender, expect) in cases {
            assert_eq!(is_clear_gap(gap, *gender), *expect, "{gap}");
        }
    }
}
