//! Reports that are not origins of their own, found before the flow counts
//! paths: a sentence copied from another outlet's article (a wire story
//! reprinted, the same article stored twice, one outlet's paragraph lifted by
//! another), and an outlet cited for what its own article in the corpus says
//! ("…, according to The Washington Post" when the Post's article, also read,
//! credits "two people familiar"). A copy adds no source; a citation of an
//! article that is read counts through that article's own sources. Also what
//! one sentence tells of its sources: a headline restating its article, sources
//! speaking jointly or joined by "and". Pure.

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::analyze::terms::lower;

use crate::model::{Article, ByteSpan, SourceId};
use crate::text::fnv::{fnv1a_64, fnv1a_64_from};

/// Word shingles of a sentence: hashes of its runs of three lower-case words,
/// sorted and distinct, for near-copy tests.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shingles(Vec<u64>);

/// Shared shingles over all shingles at which two sentences are one sentence
/// copied (a word changed here and there: "fumed to" / "fumed at").
const COPIED: f64 = 0.6;

/// Sentences shorter than this many words are too common to be called copies
/// ("He said no.").
const MIN_WORDS: usize = 6;

impl Shingles {
    /// The shingles of a sentence; empty when it is too short to tell a copy.
    pub fn of(sentence: &str) -> Shingles {
        let words: Vec<Cow<str>> = sentence
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(lower)
            .collect();
        if words.len() < MIN_WORDS {
            return Shingles::default();
        }
        // FNV-1a of the three words joined by spaces, hashed piece by piece.
        let mut out: Vec<u64> = words
            .windows(3)
            .map(|w| {
                let h = fnv1a_64(w[0].as_bytes());
                let h = fnv1a_64_from(fnv1a_64_from(h, b" "), w[1].as_bytes());
                fnv1a_64_from(fnv1a_64_from(h, b" "), w[2].as_bytes())
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        Shingles(out)
    }

    /// True when the two are one sentence, copied.
    pub fn copies(&self, other: &Shingles) -> bool {
        if self.0.is_empty() || other.0.is_empty() {
            return false;
        }
        let shared = self.shared(other);
        let union = self.0.len() + other.0.len() - shared;
        shared as f64 >= COPIED * union as f64
    }

    /// How many shingles the two share.
    pub fn shared(&self, other: &Shingles) -> usize {
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < self.0.len() && j < other.0.len() {
            match self.0[i].cmp(&other.0[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared
    }
}

/// Shingles two reports of unnamed sources must share to be one statement
/// passed on (a press release, a wire story reworded): a dozen words running
/// the same in two articles ("The United States will begin widely distributing
/// Covid-19 booster shots next month", credited to "top U.S. health officials"
/// by one outlet and to "top federal health officials" by another).
const ONE_STATEMENT: usize = 10;

/// One report of a claim, as the flow would count it.
#[derive(Clone, Copy, Debug)]
pub struct Report<'a> {
    /// The document it is read from.
    pub doc: usize,
    /// The merged body of its origin.
    pub origin: SourceId,
    /// Its sentence's shingles.
    pub shingles: &'a Shingles,
    /// Credited to an unnamed source ("officials", "people familiar").
    pub unnamed: bool,
}

/// Which reports stand as origins of their own, in order: `false` for a copy of
/// an earlier report's sentence in another document (or, where either credits
/// an unnamed source, one that runs a dozen words the same), and for a citation of an
/// outlet whose own article among the claim's reports still stands.
/// `publisher_of` gives each document's publisher (merged body), when known.
pub fn standing(reports: &[Report], publisher_of: &[Option<SourceId>]) -> Vec<bool> {
    let mut keep = vec![true; reports.len()];
    for (k, r) in reports.iter().enumerate() {
        // Each report is compared with a bounded number of earlier ones, so a
        // huge claim costs linear time.
        let from = k.saturating_sub(REACH);
        keep[k] = !reports[from..k]
            .iter()
            .zip(&keep[from..k])
            .any(|(e, &kept)| {
                kept && e.doc != r.doc
                    && (e.shingles.copies(r.shingles)
                        || (e.unnamed || r.unnamed)
                            && e.shingles.shared(r.shingles) >= ONE_STATEMENT)
            });
    }
    // A citation names an outlet whose article is among the reports; it yields to
    // that article where the article has a report that is no citation itself.
    let outlets: BTreeSet<SourceId> = kept(reports, &keep)
        .filter_map(|r| publisher_of[r.doc])
        .collect();
    let cites = |r: &Report| publisher_of[r.doc] != Some(r.origin) && outlets.contains(&r.origin);
    let speaking: BTreeSet<SourceId> = kept(reports, &keep)
        .filter(|r| !cites(r))
        .filter_map(|r| publisher_of[r.doc])
        .collect();
    for (r, kept) in reports.iter().zip(keep.iter_mut()) {
        if cites(r) && speaking.contains(&r.origin) {
            *kept = false;
        }
    }
    keep
}

/// True when `sentence` stands on its article's headline line: the line that
/// repeats the title given in the front matter, or a first line of the body
/// with no final stop. A headline restates the story its body tells.
pub fn is_headline(article: &Article, sentence: ByteSpan) -> bool {
    let text = article.text.as_str();
    let (body_start, body_end) = (article.body.start, article.body.end.min(text.len()));
    if sentence.start < body_start || sentence.start > body_end {
        return false;
    }
    let line_start = text[body_start..sentence.start]
        .rfind('\n')
        .map_or(body_start, |at| body_start + at + 1);
    let line_end = text[sentence.start..body_end]
        .find('\n')
        .map_or(body_end, |at| sentence.start + at);
    let line = text[line_start..line_end].trim();
    if let Some(title) = &article.meta.title {
        if !line.is_empty() && same_words(title, line) {
            return true;
        }
    }
    let first_line = text[body_start..line_start].trim().is_empty();
    let stopped = line
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', ':']);
    first_line && !stopped && line.split_whitespace().count() <= 20
}

/// True when two texts hold the same words, lowercase (a word is a run of
/// letters and digits): compared word by word as they are read, so that a
/// long line unlike the title costs its first word, not a list of its words.
fn same_words(a: &str, b: &str) -> bool {
    let mut x = a
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut y = b
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if same_lowercase(p, q) => {}
            _ => return false,
        }
    }
}

/// True when two words are the same once lowercased: ASCII ones without a
/// new string, others as `str::to_lowercase` gives them (which may turn a
/// letter outside ASCII into one inside it, and lowercases a final sigma).
fn same_lowercase(p: &str, q: &str) -> bool {
    if p.is_ascii() && q.is_ascii() {
        p.eq_ignore_ascii_case(q)
    } else {
        p.to_lowercase() == q.to_lowercase()
    }
}

/// True when a sentence tells of sources speaking jointly ("in a joint
/// statement", "jointly announced"): their shared words are one utterance.
pub fn joint_statement(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("joint") || w.eq_ignore_ascii_case("jointly"))
}

/// True when coordinated sources file or ask together ("Pfizer and BioNTech
/// asked federal regulators to …", "Nebraska and Oklahoma sued …, saying …"):
/// the verb after the later mention is a request or a filing, one utterance
/// however many sign it.
pub fn joint_request(text: &str, a: Option<ByteSpan>, b: Option<ByteSpan>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let later = if a.end >= b.end { a } else { b };
    files_after(text, later.end)
}

/// True when the article tells elsewhere that the two sources file or ask
/// together ("Nebraska and Oklahoma Sue Colorado …" over "Nebraska and
/// Oklahoma accused Colorado of …"): what they say in it is their joint
/// filing's, one utterance.
pub fn filed_together(text: &str, a: Option<ByteSpan>, b: Option<ByteSpan>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let (Some(x), Some(y)) = (text.get(a.start..a.end), text.get(b.start..b.end)) else {
        return false;
    };
    [(x, y), (y, x)].iter().any(|(first, second)| {
        let pair = format!("{first} and {second}");
        text.match_indices(&pair)
            .any(|(at, _)| files_after(text, at + pair.len()))
    })
}

/// True when the verb that follows byte `at` (past "has", "jointly", "also"
/// …) is a request or a filing: "asked", "sued", "Sue", "filed", "petitioned".
fn files_after(text: &str, at: usize) -> bool {
    let verb = text
        .get(at..)
        .unwrap_or("")
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find(|w| {
            !matches!(
                w.as_str(),
                "have" | "has" | "had" | "jointly" | "also" | "on"
            )
        });
    matches!(
        verb.as_deref(),
        Some(
            "asked"
                | "asks"
                | "petitioned"
                | "petition"
                | "sued"
                | "sue"
                | "sues"
                | "filed"
                | "file"
                | "files"
                | "requested"
                | "applied"
        )
    )
}

/// True when two mentions are joined by "and" or a comma ("Washington and
/// Kyiv", "Both Moscow and Pyongyang", "South Korean and U.S. intelligence
/// agencies"): coordinated sources, each speaking for itself.
pub fn coordinated(text: &str, a: Option<ByteSpan>, b: Option<ByteSpan>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    if first.start == second.start {
        // Split from one phrase with a distributed head noun.
        return true;
    }
    let Some(between) = text.get(first.end.min(second.start)..second.start) else {
        return false;
    };
    let between = between.trim();
    // "South Korean and U.S. intelligence agencies": the first mention may
    // cover the whole phrase.
    first.end >= second.start || matches!(between, "and" | "," | ", and" | "&" | "or" | "and also")
}

/// The reports still kept.
fn kept<'r, 'a>(
    reports: &'r [Report<'a>],
    keep: &'r [bool],
) -> impl Iterator<Item = &'r Report<'a>> {
    reports.iter().zip(keep).filter(|(_, &k)| k).map(|(r, _)| r)
}

/// How many earlier reports of its claim each report is compared with.
const REACH: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_words_compares_as_the_lowercase_word_lists_do() {
        let list = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let texts = [
            "US employers added just 266K jobs",
            "us EMPLOYERS added -- just 266k jobs.",
            "US employers added just 266K jobs in April",
            "ΟΔΟΣ Σ",
            "οδος σ",
            "οδοσ σ",
            "\u{212a}elvin",
            "kelvin",
            "",
            " , ",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(same_words(a, b), list(a) == list(b), "{a:?} {b:?}");
            }
        }
    }

    fn report(doc: usize, origin: u32, s: &Shingles) -> Report<'_> {
        Report {
            doc,
            origin: SourceId(origin),
            shingles: s,
            unnamed: false,
        }
    }

    #[test]
    fn unnamed_sources_running_a_dozen_words_the_same_are_one_statement() {
        let cnbc = Shingles::of("The United States will begin widely distributing Covid-19 booster shots next month as new data shows that vaccine protection wanes over time, top U.S. health officials announced Wednesday.");
        let epoch = Shingles::of("The United States will begin widely distributing COVID-19 booster shots next month and will recommend them for most Americans who received the vaccine, according to several top federal health officials.");
        assert!(!cnbc.copies(&epoch));
        let named = [report(0, 1, &cnbc), report(1, 2, &epoch)];
        assert_eq!(standing(&named, &[None, None]), [true, true]);
        let unnamed = [
            Report {
                unnamed: true,
                ..report(0, 1, &cnbc)
            },
            Report {
                unnamed: true,
                ..report(1, 2, &epoch)
            },
        ];
        assert_eq!(standing(&unnamed, &[None, None]), [true, false]);
    }

    #[test]
    fn a_sentence_copied_into_another_outlet_is_one_report() {
        let politico = Shingles::of("In a private meeting Monday, Trump fumed to senators about the $1.6 billion the Senate plans to send, according to two people familiar with the meeting.");
        let townhall = Shingles::of("In a private meeting Monday, Trump fumed at senators about the $1.6 billion the Senate plans to send, according to two people familiar with the meeting.");
        let other = Shingles::of("Two people familiar with the meeting said the president was calm and asked about border funding.");
        assert!(politico.copies(&townhall));
        assert!(!politico.copies(&other));
        let reports = [
            report(0, 1, &politico),
            report(1, 2, &townhall),
            report(2, 3, &other),
        ];
        assert_eq!(standing(&reports, &[None, None, None]), [true, false, true]);
        // Two cuts of one sentence in one article are not copies of each other.
        let same_doc = [report(0, 1, &politico), report(0, 2, &townhall)];
        assert_eq!(standing(&same_doc, &[None]), [true, true]);
    }

    #[test]
    fn an_outlet_cited_for_its_own_article_counts_through_that_article() {
        let hill = Shingles::of(
            "The district attorney has convened a grand jury, according to The Washington Post.",
        );
        let post = Shingles::of("The prosecutor convened the grand jury that will decide on indictments, according to two people familiar.");
        // Doc 0 (The Hill, publisher 10) cites the Post (11); doc 1 is the Post's
        // article, crediting people familiar (12).
        let reports = [report(0, 11, &hill), report(1, 12, &post)];
        let publishers = [Some(SourceId(10)), Some(SourceId(11))];
        assert_eq!(standing(&reports, &publishers), [false, true]);
        // Without the Post's article among the reports the citation stands.
        assert_eq!(standing(&reports[..1], &publishers), [true]);
        // Two articles citing each other: neither yields.
        let each_other = [report(0, 11, &hill), report(1, 10, &post)];
        assert_eq!(standing(&each_other, &publishers), [true, true]);
        // A publisher's own voice is no citation of itself.
        let own = [report(1, 11, &post)];
        assert_eq!(standing(&own, &publishers), [true]);
    }

    #[test]
    fn sources_asking_together_make_one_request() {
        let span = |text: &str, part: &str| {
            let start = text.find(part).expect("part of the text");
            Some(ByteSpan::new(start, start + part.len()))
        };
        let asked = "Pfizer and BioNTech asked federal regulators to authorize the vaccine.";
        assert!(joint_request(
            asked,
            span(asked, "Pfizer"),
            span(asked, "BioNTech")
        ));
        let sued = "Nebraska and Oklahoma have sued, saying the drug flows across the border.";
        assert!(joint_request(
            sued,
            span(sued, "Nebraska"),
            span(sued, "Oklahoma")
        ));
        // Accusing or denying, each speaks for itself.
        let accused = "Washington and Kyiv began accusing Russia of using the missiles.";
        assert!(!joint_request(
            accused,
            span(accused, "Washington"),
            span(accused, "Kyiv")
        ));
    }
}
