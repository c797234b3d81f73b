//! What a claim's wording is made of, for grouping and conflict checks: content
//! terms with synonyms folded (sent/deployed/dispatched, troops/soldiers/personnel),
//! subjects (entities named, through the alias table and nationality adjectives),
//! numbers with their hedges as ranges, months, polarity and legality. Pure.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::resolve::names::{country_of_adjective, norm_key};
use crate::resolve::AliasTable;

use super::vocabulary::{FOLDS, HAVE, LACKS, MONTHS, PARTICIPLES, STOPWORDS, SYNONYMS};

/// The features of one wording.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Terms {
    /// Content terms, folded, sorted, unique.
    pub words: Vec<String>,
    /// Subjects' canonical names, sorted, unique.
    pub subjects: Vec<String>,
    /// Quantities as ranges `(low, high)` with the unit word that follows.
    pub numbers: Vec<(f64, f64, String)>,
    /// Months named.
    pub months: Vec<u8>,
    /// Class terms with a month named within a few words of them ("signed …
    /// during the July visit"): the events the wording dates, sorted.
    pub dated: Vec<(String, u8)>,
    /// Negated ("not", "no", "never").
    pub negated: bool,
    /// +1 legal / in keeping with international law, −1 in violation; 0 silent.
    pub legality: i8,
    /// A condition, not a statement of fact ("if troops deploy …", "should …").
    pub conditional: bool,
    /// A possibility, not a fact ("could help", "might send", "can use").
    pub modal: bool,
    /// Number of tokens in the wording.
    pub n_tokens: usize,
    /// Where the movement goes ("sent to Russia", "heading toward the Kursk
    /// region", "headed for the battlefield"): a place's name, or the class of a
    /// specific noun; `None` when unsaid or generic ("a western region").
    pub goal: Option<String>,
    /// The clauses of a wording that joins several propositions ("They do not
    /// have the experience, but they can use liaison teams"; two quoted
    /// fragments), each read on its own; empty for a wording of one clause.
    pub parts: Vec<Terms>,
}

impl Terms {
    /// The months this wording dates events of `class` to.
    pub fn months_of(&self, class: &str) -> Vec<u8> {
        self.dated
            .iter()
            .filter(|(c, _)| c == class)
            .map(|(_, m)| *m)
            .collect()
    }
}

/// True for a folded term that heads a synonym class: the words that carry the
/// predicate or its object ("deploy", "troop", "supply", "weapon").
pub fn is_class(term: &str) -> bool {
    // The heads of `SYNONYMS`, spelled out so the check is one match.
    matches!(
        term,
        "deploy"
            | "troop"
            | "pact"
            | "signed"
            | "kill"
            | "experience"
            | "weapon"
            | "supply"
            | "fight"
            | "have"
    )
}

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

/// Whether the wording calls something legal (+1) or illegal (−1): "in keeping
/// with / in violation of (international) law", "violates the law", "is
/// (un)lawful", "was illegal". An adverb ("entered illegally") or an attribute
/// ("legal authority", "legalizing") takes no side.
fn legality(tokens: &[&str]) -> i8 {
    let words: Vec<String> = tokens
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let law_within = |from: usize| {
        words[from..words.len().min(from + 4)]
            .iter()
            .any(|w| w == "law" || w == "laws")
    };
    let mut side = 0i8;
    for (k, w) in words.iter().enumerate() {
        let next = words.get(k + 1).map(String::as_str).unwrap_or_default();
        let found = match (w.as_str(), next) {
            ("keeping" | "line" | "accordance" | "compliance", "with") if law_within(k + 2) => 1,
            ("consistent" | "complies" | "comply", "with") if law_within(k + 2) => 1,
            ("violation" | "breach", "of") if law_within(k + 2) => -1,
            ("violates" | "violated" | "violating" | "breaches" | "broke" | "breaks", _)
                if law_within(k + 1) =>
            {
                -1
            }
            (
                "is" | "was" | "are" | "were" | "be" | "been" | "remains",
                "legal" | "lawful" | "legitimate",
            ) => 1,
            (
                "is" | "was" | "are" | "were" | "be" | "been" | "remains",
                "illegal" | "unlawful" | "illegitimate",
            ) => -1,
            _ => 0,
        };
        if found != 0 {
            if side != 0 && side != found {
                return 0;
            }
            side = found;
        }
    }
    side
}

/// How many words from a month a class term may be to be dated by it.
const DATE_REACH: usize = 10;

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
fn goal(tokens: &[&str], folded: &[Option<String>], table: &AliasTable) -> Option<String> {
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
fn names_event(tokens: &[&str], folded: &[Option<String>]) -> bool {
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

/// True for a token that closes a sentence ("Ukraine."), not an abbreviation
/// ("U.S.", "Mr.").
fn ends_sentence(token: &str) -> bool {
    token.ends_with(['.', '!', '?'])
        && token.trim_end_matches(['.', '!', '?']).chars().count() > 3
        && !token.trim_end_matches('.').contains('.')
}

/// True when a form of "have" followed by `rest` is the main verb ("do not
/// have the experience"), not an auxiliary ("have sent", "had already been")
/// nor an obligation ("have to").
fn is_main_verb(rest: &[&str]) -> bool {
    let next = rest.iter().map(|w| w.to_lowercase()).find(|w| {
        !(w.ends_with("ly")
            || matches!(
                w.as_str(),
                "not"
                    | "n't"
                    | "never"
                    | "already"
                    | "also"
                    | "yet"
                    | "just"
                    | "now"
                    | "still"
                    | "long"
                    | "ever"
                    | "all"
                    | "both"
            ))
    });
    next.is_some_and(|w| {
        let w = w.trim_end_matches([',', '.']);
        !(w == "to" || w.ends_with("ed") || PARTICIPLES.contains(&w))
    })
}

/// Folds one word to its term, or `None` for a stopword.
pub fn term(word: &str) -> Option<String> {
    static LEXICON: OnceLock<(HashSet<&str>, HashMap<&str, &str>)> = OnceLock::new();
    let (stop, classes) = LEXICON.get_or_init(|| {
        let stop = STOPWORDS.iter().copied().collect();
        let classes = SYNONYMS
            .iter()
            .chain(FOLDS)
            .flat_map(|class| class.iter().map(move |w| (*w, class[0])))
            .collect();
        (stop, classes)
    });
    let mut lower = word.to_lowercase();
    if lower.contains('’') {
        lower = lower.replace('’', "'");
    }
    let lower = lower
        .trim_end_matches("'s")
        .trim_matches(|c: char| !c.is_alphanumeric());
    if lower.is_empty()
        || stop.contains(lower)
        || lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    if let Some(head) = classes.get(lower) {
        return Some((*head).to_string());
    }
    let stem = lower
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| {
            lower
                .strip_suffix('s')
                .filter(|s| s.len() > 3 && !s.ends_with('s'))
                .map(str::to_string)
        });
    Some(stem.unwrap_or_else(|| lower.to_string()))
}

/// Words between a figure and what it counts ("3 million new claims").
const COUNT_MODIFIERS: &[&str] = &[
    "million",
    "billion",
    "thousand",
    "new",
    "additional",
    "more",
    "other",
    "total",
    "initial",
    "extra",
    "further",
    "fresh",
];

/// The most clauses a wording is read in separately.
const MAX_PARTS: usize = 4;

/// Reads the features of `text`, and of each of its clauses when it joins
/// several (see [`clauses`]).
pub fn of(text: &str, table: &AliasTable) -> Terms {
    let mut t = of_clause(text, table);
    let clauses = clauses(text);
    if (2..=MAX_PARTS).contains(&clauses.len()) {
        t.parts = clauses
            .into_iter()
            .map(|c| of_clause(c, table))
            .filter(|p| p.words.len() >= 2)
            .collect();
        if t.parts.len() < 2 {
            t.parts.clear();
        }
    }
    t
}

/// Lends a wording's subjects to its clauses that name none ("… and they do
/// not have combat experience"), once context has filled them in.
pub fn share_subjects(t: &mut Terms) {
    for p in &mut t.parts {
        if p.subjects.is_empty() {
            p.subjects = t.subjects.clone();
        }
    }
}

/// Pronouns that open a clause of their own after "and".
const CLAUSE_SUBJECTS: &[&str] = &["they", "he", "she", "it", "we", "i", "you"];

/// Conjunctions that, after a comma, open a clause of their own.
const CONTRASTS: &[&str] = &["but", "while", "whereas", "although", "though", "yet"];

/// The clauses of a wording: quoted fragments and what lies between them,
/// pieces between semicolons, and clauses joined by ", but" (", while" …) or by
/// "and" before a pronoun subject ("… Russian and they do not have …").
pub fn clauses(text: &str) -> Vec<&str> {
    fn cut<'t>(text: &'t str, out: &mut Vec<&'t str>, start: &mut usize, at: usize, resume: usize) {
        let piece = text[*start..at].trim();
        if !piece.is_empty() {
            out.push(piece);
        }
        *start = resume;
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<(usize, &str)> = None;
    for (at, word) in words_at(text) {
        if word.starts_with(['“', '”', '"', ';']) {
            cut(text, &mut out, &mut start, at, at + word.len());
            prev = None;
            continue;
        }
        let lower = word.to_lowercase();
        match prev {
            Some((_, p)) if p.ends_with(',') && CONTRASTS.contains(&lower.as_str()) => {
                cut(text, &mut out, &mut start, at, at);
            }
            Some((and_at, p))
                if p.eq_ignore_ascii_case("and")
                    && CLAUSE_SUBJECTS.contains(&lower.trim_end_matches(['’', '\'', ','])) =>
            {
                cut(text, &mut out, &mut start, and_at, at);
            }
            _ => {}
        }
        prev = Some((at, word));
    }
    cut(text, &mut out, &mut start, text.len(), text.len());
    out
}

/// The words of `text` split on whitespace, with their byte offsets;
/// quotation marks and semicolons come out as words of their own.
fn words_at(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (at, c) in text.char_indices() {
        let mark = matches!(c, '“' | '”' | '"' | ';');
        if c.is_whitespace() || mark {
            if let Some(s) = start.take() {
                out.push((s, &text[s..at]));
            }
            if mark {
                out.push((at, &text[at..at + c.len_utf8()]));
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// Reads the features of one clause.
fn of_clause(text: &str, table: &AliasTable) -> Terms {
    // Tokens, and the part of the wording each is in: quotation marks and
    // semicolons part "… is huge” and “could potentially help …".
    let mut raw_tokens: Vec<&str> = Vec::new();
    let mut part_of: Vec<usize> = Vec::new();
    let mut part = 0;
    for piece in text.split_inclusive(|c: char| {
        c.is_whitespace() || matches!(c, '“' | '”' | '"' | '(' | ')' | ';' | ':' | '—' | '–')
    }) {
        let mut chars = piece.chars();
        let last = chars.next_back();
        let token = match last {
            Some(c) if c.is_whitespace() || "“”\"();:—–".contains(c) => chars.as_str(),
            _ => piece,
        };
        if !token.trim_end_matches(',').is_empty() {
            raw_tokens.push(token);
            part_of.push(part);
        }
        if last.is_some_and(|c| "“”\";".contains(c)) {
            part += 1;
        }
    }
    let tokens: Vec<&str> = raw_tokens.iter().map(|t| t.trim_end_matches(',')).collect();
    let mut folded: Vec<Option<String>> = tokens.iter().map(|w| term(w)).collect();
    for k in 0..tokens.len() {
        if HAVE.contains(&tokens[k].to_lowercase().as_str()) && is_main_verb(&tokens[k + 1..]) {
            folded[k] = Some("have".to_string());
        }
    }
    let is_class_at = |k: usize| folded[k].as_deref().is_some_and(is_class);
    // A capitalised function word or month opens no name ("In June, Putin …").
    let opens_name = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) && {
            let l = w.to_lowercase();
            !STOPWORDS.contains(&l.as_str()) && !MONTHS.iter().any(|(m, _)| *m == l)
        }
    };
    let mut t = Terms {
        n_tokens: tokens.len(),
        ..Terms::default()
    };
    // Subjects: runs of capitalised words (not at a sentence start alone), and
    // nationality adjectives.
    let mut i = 0;
    while i < tokens.len() {
        let w = tokens[i]
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-' && c != '’');
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
            let run: Vec<&str> = tokens[i..j]
                .iter()
                .map(|x| {
                    x.trim_matches(|c: char| {
                        !c.is_alphanumeric() && c != '.' && c != '-' && c != '’'
                    })
                })
                .collect();
            let phrase = run.join(" ");
            let phrase = phrase
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .trim_end_matches('.');
            if let Some(e) = table.canonical(phrase) {
                t.subjects.push(e.name.clone());
            } else if let Some(c) = (1..=run.len().min(2)).find_map(|n| nation(&run[..n].join(" ")))
            {
                t.subjects.push(c.to_string());
            } else if run.len() >= 2 || i > 0 {
                let key = norm_key(phrase);
                if !key.is_empty()
                    && !STOPWORDS.contains(&key.as_str())
                    && !MONTHS.iter().any(|(m, _)| *m == key)
                {
                    t.subjects.push(phrase.to_string());
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    t.subjects.sort();
    t.subjects.dedup();
    for (k, raw) in tokens.iter().enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ',');
        let l = w.to_lowercase();
        let l = l.trim_end_matches('.');
        if let Some(&(_, m)) = MONTHS.iter().find(|(name, _)| *name == l) {
            if w.chars().next().is_some_and(char::is_uppercase) {
                t.months.push(m);
                // The predicates near the month are the events it dates.
                let near = k.saturating_sub(DATE_REACH)..tokens.len().min(k + DATE_REACH + 1);
                for at in near.filter(|&at| is_class_at(at)) {
                    t.dated.push((folded[at].clone().unwrap_or_default(), m));
                }
            }
        }
        // "not only", "make no mistake": emphasis, not negation.
        let next = tokens
            .get(k + 1)
            .map(|n| n.to_lowercase())
            .unwrap_or_default();
        let additive = l == "not" && matches!(next.as_str(), "only" | "just" | "simply" | "merely")
            || l == "no" && matches!(next.trim_end_matches([',', '.']), "mistake" | "doubt");
        if (matches!(
            l,
            "not" | "no" | "never" | "n't" | "neither" | "nor" | "cannot"
        ) || LACKS.contains(&l)
            || l.ends_with("n't")
            || l.ends_with("n’t"))
            && !additive
        {
            t.negated = true;
        }
        let digits: String = w
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        if !digits.is_empty() && w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            if let Ok(mut value) = digits.trim_end_matches('.').parse::<f64>() {
                let next = tokens
                    .get(k + 1)
                    .map(|x| x.to_lowercase())
                    .unwrap_or_default();
                match next.as_str() {
                    "million" => value *= 1e6,
                    "billion" => value *= 1e9,
                    "thousand" => value *= 1e3,
                    _ => {}
                }
                if (1900.0..=2100.0).contains(&value) && !w.contains(',') {
                    continue; // a year
                }
                let prev = if k > 0 {
                    tokens[k - 1].to_lowercase()
                } else {
                    String::new()
                };
                let prev2 = if k > 1 {
                    tokens[k - 2].to_lowercase()
                } else {
                    String::new()
                };
                let (lo, hi) = match (prev2.as_str(), prev.as_str()) {
                    (
                        _,
                        "about" | "around" | "approximately" | "roughly" | "nearly" | "almost"
                        | "some" | "estimated",
                    ) => (value * 0.85, value * 1.15),
                    ("more", "than") | ("at", "least") | (_, "over") | (_, "above") => {
                        (value, f64::INFINITY)
                    }
                    ("up", "to")
                    | ("less", "than")
                    | ("fewer", "than")
                    | (_, "under")
                    | ("at", "most") => (0.0, value),
                    _ => (value, value),
                };
                let unit = folded
                    .iter()
                    .skip(k + 1)
                    .flatten()
                    .find(|x| !COUNT_MODIFIERS.contains(&x.as_str()))
                    .cloned()
                    .unwrap_or_default();
                t.numbers.push((lo, hi, unit));
            }
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
        matches!(
            tokens[k].to_lowercase().as_str(),
            "could" | "might" | "may" | "can" | "would"
        ) && (k + 1..tokens.len().min(k + 3)).any(|j| part_of[j] == part_of[k] && is_class_at(j))
    };
    let mut modal_part = vec![false; part + 1];
    for k in (0..tokens.len()).filter(|&k| modal_at(k)) {
        modal_part[part_of[k]] = true;
    }
    let mut parts_with_class = (0..tokens.len()).filter(|&k| is_class_at(k)).peekable();
    t.modal = parts_with_class.peek().is_some() && parts_with_class.all(|k| modal_part[part_of[k]]);
    t.conditional = tokens
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "if" | "should" | "unless"));
    t.legality = legality(&tokens);
    // Content words leave out the words of subjects, which are compared apart.
    let subject_words: Vec<String> = t
        .subjects
        .iter()
        .flat_map(|s| s.split_whitespace().filter_map(term))
        .collect();
    let mut words: Vec<String> = tokens
        .iter()
        .zip(&folded)
        .filter(|(w, _)| {
            !w.chars().next().is_some_and(char::is_uppercase)
                || MONTHS.iter().any(|(m, _)| w.to_lowercase().starts_with(m))
        })
        .filter_map(|(_, f)| f.clone())
        // A predicate class stays: "combat" is not "War" of "Korean War".
        .filter(|w| is_class(w) || !subject_words.contains(w))
        .collect();
    words.sort();
    words.dedup();
    t.words = words;
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
mod tests {
    use super::*;

    #[test]
    fn every_synonym_class_head_is_a_class_term() {
        for class in SYNONYMS {
            assert!(is_class(class[0]), "{}", class[0]);
            assert_eq!(term(class[class.len() - 1]).as_deref(), Some(class[0]));
        }
        assert!(!is_class("weather"));
    }

    #[test]
    fn numbers_hedged_as_ranges() {
        let t = of(
            "More than 12,000 were predicted; about 10,000 troops; up to 50 men",
            &AliasTable::builtin(),
        );
        assert_eq!(t.numbers[0].0, 12000.0);
        assert!(t.numbers[0].1.is_infinite());
        assert_eq!((t.numbers[1].0, t.numbers[1].1), (8500.0, 11500.0));
        assert_eq!((t.numbers[2].0, t.numbers[2].1), (0.0, 50.0));
    }

    #[test]
    fn clauses_of_a_wording() {
        let cases: &[(&str, &[&str])] = &[
            (
                "They do not have interoperability experience, but they can use liaison teams",
                &["They do not have interoperability experience,", "but they can use liaison teams"],
            ),
            (
                "for North Korea, “the ability to gain experience is huge” and “could help Pyongyang”",
                &["for North Korea,", "the ability to gain experience is huge", "and", "could help Pyongyang"],
            ),
            (
                "Most do not speak Russian and they do not have combat experience yet",
                &["Most do not speak Russian", "they do not have combat experience yet"],
            ),
            ("prices rose; wages fell", &["prices rose", "wages fell"]),
            // "and" between nouns, and a comma before anything but a contrast, join.
            ("Russia and China said troops, tanks and jets moved", &["Russia and China said troops, tanks and jets moved"]),
        ];
        for (text, want) in cases {
            assert_eq!(clauses(text), *want, "{text}");
        }
    }

    #[test]
    fn have_as_a_main_verb_is_possession_and_lack_is_its_negation() {
        let table = AliasTable::builtin();
        let has = |text: &str| of(text, &table).words.contains(&"have".to_string());
        assert!(has("they do not have the experience"));
        assert!(has("North Korea is dying to have chances in combat"));
        assert!(has("the ability to gain battlefield experience"));
        assert!(!has("North Korea has sent troops"));
        assert!(!has("they have already been deployed"));
        assert!(!has("they have to leave"));
        let lacks = of("the troops lack combat experience", &table);
        assert!(lacks.negated && lacks.words.contains(&"have".to_string()));
    }

    #[test]
    fn a_possibility_beside_a_statement_is_no_possibility() {
        let table = AliasTable::builtin();
        assert!(of("North Korea could send troops to Russia", &table).modal);
        let both = of(
            "“the ability to gain actual battlefield experience is huge” and “could potentially help Pyongyang”",
            &table,
        );
        assert!(!both.modal);
        assert_eq!(both.parts.len(), 2);
        assert!(both.parts[1].modal && !both.parts[0].modal);
    }

    #[test]
    fn a_predicate_word_stays_beside_a_name_that_holds_it() {
        let t = of(
            "North Korea has gained some combat experience since the Korean War ended",
            &AliasTable::builtin(),
        );
        assert!(t.words.contains(&"fight".to_string()), "{:?}", t.words);
        assert!(t.subjects.contains(&"Korean War".to_string()));
    }

    #[test]
    fn synonyms_subjects_months_legality() {
        let table = AliasTable::builtin();
        let a = of("10,000 North Korean troops had been sent to Russia", &table);
        let b = of(
            "thousands of North Korean soldiers were deployed to Moscow in June",
            &table,
        );
        assert!(a.words.contains(&"troop".to_string()) && b.words.contains(&"troop".to_string()));
        assert!(a.words.contains(&"deploy".to_string()) && b.words.contains(&"deploy".to_string()));
        assert_eq!(a.subjects, ["North Korea", "Russia"]);
        assert_eq!(b.subjects, ["North Korea", "Russia"]);
        assert_eq!(b.months, [6]);
        assert_eq!(
            of("was in violation of international law", &table).legality,
            -1
        );
        assert_eq!(
            of("was in keeping with international law", &table).legality,
            1
        );
    }
}
