//! Noun-phrase scanning over tokens: the source phrase left of a cue (skipping
//! adverbs, auxiliaries and time expressions), the phrase right of an inverted cue
//! ("said Young, an expert with …"), appositives, and the classification of a
//! phrase as a name, pronoun, description or collective.

use super::lexicon::{
    pronoun, BETWEEN_SUBJECT_AND_CUE, COLLECTIVE_HEADS, DESCRIPTION_HEADS, DETERMINERS, MONTHS,
    NP_STOP, STATEMENT_NOUNS, TIME_WORDS, WEEKDAYS,
};
use super::tokens::{Paragraph, TokKind};
use crate::model::MentionForm;
use crate::text::WordSet;

/// A view of one paragraph with word helpers.
pub struct View<'a> {
    /// The article text.
    pub text: &'a str,
    /// The paragraph.
    pub p: &'a Paragraph,
}

impl<'a> View<'a> {
    /// Token `i`'s text.
    pub fn w(&self, i: usize) -> &'a str {
        self.p.word(self.text, i)
    }
    /// Token `i`'s text in lower case.
    pub fn lw(&self, i: usize) -> std::borrow::Cow<'a, str> {
        crate::text::lower(self.w(i))
    }
    /// Is token `i` a word?
    pub fn is_word(&self, i: usize) -> bool {
        i < self.p.toks.len() && self.p.toks[i].kind == TokKind::Word
    }
    /// Is token `i` of this kind?
    pub fn is(&self, i: usize, kind: TokKind) -> bool {
        i < self.p.toks.len() && self.p.toks[i].kind == kind
    }
    /// Does token `i` start with a capital letter?
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).chars().next().is_some_and(char::is_uppercase)
    }
    /// Is token `i` a word equal (case-insensitively) to one of `words`?
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.is_word(i) && {
            let w = self.w(i);
            if w.is_ascii() {
                // Its lowercase equals an entry: compared byte by byte, no copy.
                words.iter().any(|x| {
                    x.len() == w.len()
                        && x.bytes()
                            .zip(w.bytes())
                            .all(|(a, b)| a == b.to_ascii_lowercase())
                })
            } else {
                words.contains(&self.lw(i).as_ref())
            }
        }
    }
    /// Is token `i` a word equal (case-insensitively) to one of `words`?
    pub fn is_in(&self, i: usize, words: &WordSet) -> bool {
        self.is_word(i) && words.contains(&self.lw(i))
    }
    fn is_number(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).chars().next().is_some_and(|c| c.is_ascii_digit())
    }

    /// Skips, leftwards from `j` (inclusive), adverbs, auxiliaries and time
    /// expressions that may stand between a subject and its cue; returns the new
    /// end (inclusive), or `None` when it runs below `floor`.
    pub fn skip_left(&self, mut j: usize, floor: usize) -> Option<usize> {
        loop {
            if j < floor {
                return None;
            }
            if self.is_in(j, &BETWEEN_SUBJECT_AND_CUE) {
                j = j.checked_sub(1)?;
                continue;
            }
            // A parenthesis between subject and cue: "Bob Goodlatte (R-Va.) told".
            if self.is(j, TokKind::CloseParen) {
                let open = (j.saturating_sub(10).max(floor)..j)
                    .rev()
                    .find(|&k| self.is(k, TokKind::OpenParen))?;
                j = open.checked_sub(1)?;
                continue;
            }
            if let Some(k) = self.time_left(j, floor) {
                j = k;
                continue;
            }
            return Some(j);
        }
    }

    /// If a time expression ends at `j`, the index just before it.
    fn time_left(&self, j: usize, floor: usize) -> Option<usize> {
        let before = |k: usize| k.checked_sub(1).filter(|&x| x >= floor);
        if self.is_any(j, WEEKDAYS) {
            let k = before(j)?;
            return Some(if self.is_any(k, &["on", "late", "early", "last"]) {
                before(k)?
            } else {
                k
            });
        }
        if self.is_number(j) && j > floor && self.is_any(j - 1, MONTHS) {
            let k = before(j - 1)?;
            return Some(if self.is_any(k, &["on", "in"]) {
                before(k)?
            } else {
                k
            });
        }
        if self.is_any(j, MONTHS) && j > floor && self.is_any(j - 1, &["in", "since", "last"]) {
            return before(j - 1);
        }
        if self.is_any(
            j,
            &[
                "week",
                "month",
                "year",
                "weekend",
                "morning",
                "afternoon",
                "evening",
                "night",
                "time",
            ],
        ) && j > floor
            && self.is_any(
                j - 1,
                &[
                    "last", "this", "next", "that", "the", "same", "earlier", "later",
                ],
            )
        {
            let k = before(j - 1)?;
            return Some(
                if self.is_any(
                    k,
                    &["at", "earlier", "later", "on", "in", "by", "over", "during"],
                ) {
                    before(k)?
                } else {
                    k
                },
            );
        }
        if self.is_any(j, &["ago"]) {
            // "two weeks ago"
            let mut k = before(j)?;
            while k > floor
                && (self.is_number(k)
                    || self.is_in(k, &TIME_WORDS)
                    || self.is_any(k, &["a", "few", "two", "three", "several"]))
            {
                k -= 1;
            }
            return Some(k);
        }
        // "in a statement", "in an interview", "at a briefing", "in a post on X"
        if self.is_any(j, STATEMENT_NOUNS) {
            let mut k = j;
            let mut steps = 0;
            while k > floor && steps < 5 {
                k -= 1;
                steps += 1;
                if self.is_any(k, &["in", "at", "during"]) {
                    return before(k);
                }
                if !self.is_word(k) || self.is_any(k, &["said", "says", "told"]) {
                    break;
                }
            }
        }
        None
    }

    /// The noun phrase ending at token `end` (inclusive), scanning left no further
    /// than `floor`: returns its first token, or `None` when `end` cannot end one.
    pub fn np_left(&self, end: usize, floor: usize) -> Option<usize> {
        if !self.is_word(end) || self.p.toks[end].quoted {
            return None;
        }
        let head = self.lw(end);
        if pronoun(&head).is_some() {
            return Some(end);
        }
        // "Yin Myint May": a capitalised word inside a name is a name.
        let in_name = self.is_cap(end) && end > floor && self.is_cap(end - 1);
        if NP_STOP.contains(&head.as_ref()) && !in_name
            || DETERMINERS.contains(&head.as_ref())
            || head.ends_with("ly") && !self.is_cap(end)
        {
            return None;
        }
        let mut start = end;
        let mut lowercase = usize::from(!self.is_cap(end));
        let mut k = end;
        while k > floor {
            let i = k - 1;
            if !self.is_word(i) || self.p.toks[i].quoted {
                break;
            }
            let l = self.lw(i);
            let l = l.as_ref();
            if DETERMINERS.contains(&l) {
                // "the Study of War" inside "Institute for the Study of War".
                // "the head of the RNC": an office of a body.
                if i > floor + 1
                    && self.is_any(i - 1, &["of", "for"])
                    && self.is_cap(i + 1)
                    && (self.is_cap(i - 2)
                        || self.is_any(i - 1, &["of"]) && is_title_word(&self.lw(i - 2)))
                {
                    k = i - 1;
                    start = i;
                    continue;
                }
                start = i;
                break;
            }
            // "sources on Telegram", "reports from Kyiv", "officials in Washington",
            // "a spokesman for committee Democrats", "a professor at Yale".
            let after_head = i > floor
                && (self.is_in(i - 1, &COLLECTIVE_HEADS) || self.is_in(i - 1, &DESCRIPTION_HEADS));
            if matches!(l, "on" | "in" | "from" | "at") && self.is_cap(i + 1) && after_head
                || matches!(l, "for" | "of" | "at" | "with") && after_head && !self.is_cap(i - 1)
            {
                k = i;
                start = i;
                continue;
            }
            if matches!(
                l,
                "of" | "for" | "and" | "&" | "de" | "al" | "von" | "van" | "bin"
            ) {
                let number_words = [
                    "percent", "out", "most", "majority", "half", "third", "quarter", "share",
                ];
                let joins = i > floor && self.is_cap(i - 1) && self.is_cap(i + 1)
                    // "74 percent of voters", "four out of 10", "a majority of Republicans"
                    || l == "of" && i > floor && (self.is_number(i - 1) || self.is_any(i - 1, &number_words))
                    // "the president-elect of Iran": a title of a place is a person.
                    || l == "of" && i > floor && self.is_cap(i + 1) && is_title_word(&self.lw(i - 1))
                    // "he and Mr. Allen"
                    || l == "and" && i > floor && self.is_any(i - 1, &["he", "she", "they", "we", "i"]) && self.is_cap(i + 1)
                    // "current and former officials": two short modifiers.
                    || matches!(l, "and" | "or")
                        && i > floor
                        && self.is_word(i - 1)
                        && !self.is_cap(i - 1)
                        && !self.is_cap(i + 1)
                        && i + 2 <= end
                        && (i - 1 == floor || !self.is_word(i - 2) || self.is_any(i - 2, DETERMINERS))
                        && !NP_STOP.contains(&self.lw(i - 1).as_ref());
                if joins {
                    k = i;
                    start = i;
                    continue;
                }
                break;
            }
            // "at least 21,000", "at most half".
            if l == "at" && self.is_any(i + 1, &["least", "most"]) {
                k = i;
                start = i;
                continue;
            }
            // "six in 10 voters".
            if l == "in"
                && i > floor
                && self.is_number(i + 1)
                && (self.is_number(i - 1)
                    || self.is_any(
                        i - 1,
                        &[
                            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                        ],
                    ))
            {
                k = i;
                start = i;
                continue;
            }
            if (NP_STOP.contains(&l) || pronoun(l).is_some())
                && !(self.is_any(i + 1, &["and"])
                    && matches!(l, "he" | "she" | "they" | "we" | "i"))
                || super::lexicon::cue_verb(l).is_some() && !self.is_cap(i)
            {
                break;
            }
            if !self.is_cap(i) {
                // "mirroring Elizabeth's stance": a participle opens no noun phrase.
                let participle = (l.ends_with("ing") || l.ends_with("ed"))
                    && !matches!(
                        l,
                        "leading"
                            | "ranking"
                            | "governing"
                            | "ruling"
                            | "founding"
                            | "acting"
                            | "sitting"
                            | "retired"
                            | "elected"
                            | "unnamed"
                            | "unidentified"
                            | "armed"
                            | "united"
                            | "self-described"
                    );
                if l.ends_with("ly") || lowercase >= 5 || participle {
                    break;
                }
                lowercase += 1;
            }
            start = i;
            k = i;
        }
        Some(start)
    }

    /// The noun phrase starting at `start` and running right (for inverted cues
    /// "said Young"), up to `limit` (exclusive): returns its last token.
    pub fn np_right(&self, start: usize, limit: usize) -> Option<usize> {
        if start >= limit || !self.is_word(start) || self.p.toks[start].quoted {
            return None;
        }
        let first = self.lw(start);
        if pronoun(&first).is_some() {
            return if matches!(first.as_ref(), "he" | "she" | "they" | "it" | "we" | "i") {
                Some(start)
            } else {
                None
            };
        }
        if !self.is_cap(start) && !DETERMINERS.contains(&first.as_ref()) {
            return None;
        }
        if NP_STOP.contains(&first.as_ref()) {
            return None;
        }
        let mut end = start;
        let mut k = start + 1;
        let mut lowercase = 0;
        while k < limit && self.is_word(k) && !self.p.toks[k].quoted {
            let l = self.lw(k);
            if matches!(l.as_ref(), "of" | "for" | "and") {
                if k + 1 < limit && self.is_cap(k + 1) {
                    k += 1;
                    continue;
                }
                break;
            }
            const ADJECTIVES_IN_ING: &[&str] = &[
                "leading",
                "ranking",
                "governing",
                "ruling",
                "presiding",
                "managing",
                "founding",
                "visiting",
                "acting",
                "outgoing",
                "incoming",
                "sitting",
                "polling",
                "consulting",
            ];
            // Right after a determiner a word is a noun: "a report", "the claims".
            // "a previously undisclosed report", "the newly released data": an
            // adverb in -ly after a determiner makes the next word an adjective.
            let after_determiner = DETERMINERS.contains(&self.lw(k - 1).as_ref())
                || k >= start + 2
                    && self.lw(k - 1).ends_with("ly")
                    && DETERMINERS.contains(&self.lw(k - 2).as_ref());
            // "Trump swiftly responded", "Trump went on to claim": after a
            // name, an adverb in -ly or an irregular past tense ends it.
            let after_name = self.is_cap(k - 1);
            let verb_like = !self.is_cap(k)
                && !after_determiner
                && !ADJECTIVES_IN_ING.contains(&l.as_ref())
                && (l.ends_with("ing")
                    || l.ends_with("ed")
                    || super::lexicon::cue_verb(&l).is_some()
                    || super::lexicon::is_irregular_past(&l)
                    || after_name && l.ends_with("ly") && !super::lexicon::is_noun_in_ly(&l));
            if NP_STOP.contains(&l.as_ref())
                || pronoun(&l).is_some()
                || verb_like
                || DETERMINERS.contains(&l.as_ref()) && !self.is_cap(k)
            {
                break;
            }
            if !self.is_cap(k) {
                lowercase += 1;
                // "several top federal health officials": a head noun that
                // names sources may end a longer phrase.
                if lowercase > 3 && !(lowercase == 4 && COLLECTIVE_HEADS.contains(&l.as_ref())) {
                    break;
                }
            }
            end = k;
            k += 1;
        }
        Some(end)
    }

    /// A loose noun phrase right of `start` ("recent reports from Kyiv",
    /// "intelligence sources"): words up to punctuation or a clause word.
    pub fn np_right_loose(&self, start: usize, limit: usize) -> Option<usize> {
        if !self.is_word(start)
            || self.p.toks[start].quoted
            || NP_STOP.contains(&self.lw(start).as_ref())
                && !self.is_any(start, &["their", "his", "her", "its"])
        {
            return None;
        }
        let mut end = start;
        let mut k = start + 1;
        while k < limit && k < start + 8 && self.is_word(k) && !self.p.toks[k].quoted {
            // "official FBI statistics released Monday": a participle ends it.
            let l = self.lw(k);
            if l.ends_with("ed") && l.len() > 4 && !self.is_cap(k) {
                break;
            }
            if self.is_any(
                k,
                &[
                    "that", "which", "who", "and", "or", "but", "said", "says", "to", "as", "is",
                    "are", "was", "were", "has", "have", "had", "will", "would",
                ],
            ) {
                break;
            }
            end = k;
            k += 1;
        }
        Some(end)
    }

    /// An appositive after a comma at `comma` ("…, an expert with the Rand
    /// Corporation think tank,"): its token range, if the phrase looks like one.
    pub fn appositive_right(&self, comma: usize, limit: usize) -> Option<(usize, usize)> {
        if !self.is(comma, TokKind::Comma) {
            return None;
        }
        let s = comma + 1;
        if !self.is_word(s) || self.p.toks[s].quoted {
            return None;
        }
        let first = self.lw(s);
        let ok = matches!(first.as_ref(), "a" | "an" | "the" | "who")
            || self.is_cap(s)
            || matches!(
                first.as_ref(),
                "author"
                    | "director"
                    | "head"
                    | "chief"
                    | "president"
                    | "spokesman"
                    | "spokeswoman"
                    | "professor"
                    | "founder"
                    | "chairman"
                    | "leader"
                    | "editor"
                    | "senior"
                    | "former"
            );
        if !ok {
            return None;
        }
        let mut e = s;
        while e + 1 < limit
            && !matches!(
                self.p.toks[e + 1].kind,
                TokKind::Comma | TokKind::Stop | TokKind::Semi | TokKind::Dash | TokKind::OpenQuote
            )
        {
            e += 1;
        }
        Some((s, e))
    }

    /// The last token of `a..=b` once trailing punctuation outside quotes (any of
    /// `kinds`) is dropped; never before `a`.
    pub fn trim_end(&self, a: usize, mut b: usize, kinds: &[TokKind]) -> usize {
        while b > a && kinds.contains(&self.p.toks[b].kind) && !self.p.toks[b].quoted {
            b -= 1;
        }
        b
    }

    /// The text between the first byte of token `a` and the last of token `b`.
    pub fn phrase(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.p.toks[a].start..self.p.toks[b].end]
    }
}

/// How a source phrase names its source.
pub fn classify(phrase: &str) -> MentionForm {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some(last) = words.last() else {
        return MentionForm::Collective;
    };
    let last_lower = last.to_lowercase();
    if words.len() == 1 && pronoun(&last_lower).is_some() {
        return MentionForm::Pronoun;
    }
    // "Reports say …", "Officials said …": a common noun capitalised only
    // because it opens the sentence names nobody ("Democrats" and
    // "Americans" are capitalised anywhere).
    let opening_noun = |lower: &str| {
        words.len() == 1
            && COLLECTIVE_HEADS.contains(lower)
            && !matches!(lower, "democrats" | "republicans" | "americans")
    };
    let has_name = words.iter().enumerate().any(|(i, w)| {
        let lower = w.to_lowercase();
        w.chars().next().is_some_and(char::is_uppercase)
            && !(i == 0
                && (DETERMINERS.contains(&lower.as_str())
                    || NP_STOP.contains(&lower.as_str())
                    || opening_noun(&lower)))
    });
    if has_name {
        return MentionForm::Name;
    }
    let first = words[0].to_lowercase();
    if COLLECTIVE_HEADS.contains(&last_lower.as_str())
        && !matches!(first.as_str(), "the" | "this" | "that")
    {
        return MentionForm::Collective;
    }
    if DESCRIPTION_HEADS.contains(&last_lower.as_str())
        || matches!(first.as_str(), "the" | "this" | "that")
    {
        return MentionForm::Description;
    }
    MentionForm::Collective
}

/// A word naming the holder of an office, "-elect" included ("president",
/// "president-elect", "head").
pub(super) fn is_title_word(word: &str) -> bool {
    const HOLDERS: &[&str] = &[
        "president",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "mayor",
        "leader",
        "ambassador",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "head",
        "commander",
        "premier",
        "chancellor",
        "king",
        "queen",
    ];
    HOLDERS.contains(&word.strip_suffix("-elect").unwrap_or(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::paragraph;

    /// Finds the subject noun phrase of the first "said"/"says"/"told"/"warns".
    fn check(input: &str, expect: &str) {
        let p = paragraph(input, 0, input.len());
        let view = View { text: input, p: &p };
        let cue = (0..p.toks.len())
            .find(|&i| view.is_any(i, &["said", "says", "told", "warns", "say"]))
            .expect("a cue");
        let end = view.skip_left(cue - 1, 0).expect("subject end");
        let start = view.np_left(end, 0).expect("subject");
        assert_eq!(view.phrase(start, end), expect, "{input}");
    }

    #[test]
    fn subjects_left_of_the_cue() {
        check(
            "South Korea’s defense minister on Tuesday said North Korea is ready.",
            "South Korea’s defense minister",
        );
        check(
            "In Washington, the Defense Department said that troops left.",
            "the Defense Department",
        );
        check(
            "Kremlin spokesman Dmitry Peskov told reporters that Putin had no plans.",
            "Kremlin spokesman Dmitry Peskov",
        );
        check(
            "The Washington-based Institute for the Study of War said so.",
            "The Washington-based Institute for the Study of War",
        );
        check(
            "Both South Korean and U.S. intelligence agencies say they have seen it.",
            "Both South Korean and U.S. intelligence agencies",
        );
        check("Rutte also said that the deployment was a sign.", "Rutte");
        check("He has repeatedly said it.", "He");
        check("Officials last week said it.", "Officials");
    }

    #[test]
    fn phrase_forms() {
        assert_eq!(classify("he"), MentionForm::Pronoun);
        assert_eq!(classify("the newspaper"), MentionForm::Description);
        assert_eq!(classify("the former general"), MentionForm::Description);
        assert_eq!(classify("experts"), MentionForm::Collective);
        assert_eq!(
            classify("Defense Minister Kim Yong-hyun"),
            MentionForm::Name
        );
        assert_eq!(
            classify("South Korea’s National Intelligence Service"),
            MentionForm::Name
        );
    }

    #[test]
    fn a_common_noun_opening_a_sentence_is_no_name() {
        assert_eq!(classify("Reports"), MentionForm::Collective);
        assert_eq!(classify("Officials"), MentionForm::Collective);
        assert_eq!(classify("Democrats"), MentionForm::Name);
        assert_eq!(classify("Essex Police"), MentionForm::Name);
    }
}
