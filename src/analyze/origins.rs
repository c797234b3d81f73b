//! Reports that are not origins of their own, found before the flow counts
//! paths: a sentence copied from another outlet's article (a wire story
//! reprinted, the same article stored twice, one outlet's paragraph lifted by
//! another), and an outlet cited for what its own article in the corpus says
//! ("…, according to The Washington Post" when the Post's article, also read,
//! credits "two people familiar"). A copy adds no source; a citation of an
//! article that is read counts through that article's own sources. Pure.

use std::collections::BTreeSet;

use crate::model::{Article, ByteSpan, Entity, SourceId, SourceKind};

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
        let words: Vec<String> = sentence
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.len() < MIN_WORDS {
            return Shingles::default();
        }
        let mut out: Vec<u64> = words.windows(3).map(|w| fnv(&w.join(" "))).collect();
        out.sort_unstable();
        out.dedup();
        Shingles(out)
    }

    /// True when the two are one sentence, copied.
    pub fn copies(&self, other: &Shingles) -> bool {
        if self.0.is_empty() || other.0.is_empty() {
            return false;
        }
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
        let union = self.0.len() + other.0.len() - shared;
        shared as f64 >= COPIED * union as f64
    }
}

/// One report of a claim, as the flow would count it.
#[derive(Clone, Copy, Debug)]
pub struct Report<'a> {
    /// The document it is read from.
    pub doc: usize,
    /// The merged body of its origin.
    pub origin: SourceId,
    /// Its sentence's shingles.
    pub shingles: &'a Shingles,
}

/// Which reports stand as origins of their own, in order: `false` for a copy of
/// an earlier report's sentence in another document, and for a citation of an
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
            .any(|(e, &kept)| kept && e.doc != r.doc && e.shingles.copies(r.shingles));
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

/// One speaker named two ways within a claim: "Trump" and "Donald Trump",
/// "Mr. Fox" and "Fox", "Journal" and "Wall Street Journal", "Police" and
/// "Essex Police". Within one claim (the same statement) a name that is the
/// tail of another is the same speaker; across the corpus it may not be (two
/// Trumps), which is why resolution leaves them apart. Returns, for each
/// speaker, the speaker that stands for its group: the one with a body of its
/// own if any ("Joe Biden", of the United States), else the longest name.
pub fn same_speakers(speakers: &[SourceId], sources: &[Entity]) -> Vec<SourceId> {
    let words: Vec<Vec<String>> = speakers
        .iter()
        .map(|&s| name_words(&sources[s.0 as usize]))
        .collect();
    let mut root: Vec<usize> = (0..speakers.len()).collect();
    let find = |root: &[usize], mut x: usize| {
        while root[x] != x {
            x = root[x];
        }
        x
    };
    for k in 0..speakers.len() {
        for j in k.saturating_sub(REACH)..k {
            let (a, b) = (&words[j], &words[k]);
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            if !short.is_empty()
                && (long.ends_with(short)
                    || same_initials(short, long)
                    || same_words_reordered(short, long))
            {
                let (rj, rk) = (find(&root, j), find(&root, k));
                root[rj.max(rk)] = rj.min(rk);
            }
        }
    }
    let weight = |k: usize| {
        let e = &sources[speakers[k].0 as usize];
        (
            !e.affiliation.is_empty(),
            words[k].len(),
            std::cmp::Reverse(speakers[k]),
        )
    };
    let mut best: Vec<usize> = (0..speakers.len()).collect();
    for k in 0..speakers.len() {
        let r = find(&root, k);
        if weight(k) > weight(best[r]) {
            best[r] = k;
        }
    }
    (0..speakers.len())
        .map(|k| speakers[best[find(&root, k)]])
        .collect()
}

/// True when two claims have one and the same speaker behind them ("Biden"
/// says one thing and "Joe Biden" the opposite): a revision, not two sides.
pub fn one_voice(a: &[SourceId], b: &[SourceId], sources: &[Entity]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let all: Vec<SourceId> = a.iter().chain(b).copied().collect();
    let reps = same_speakers(&all, sources);
    let (ra, rb): (BTreeSet<SourceId>, BTreeSet<SourceId>) = (
        reps[..a.len()].iter().copied().collect(),
        reps[a.len()..].iter().copied().collect(),
    );
    ra == rb
}

/// True when two names of several words use the same words in another order,
/// "of" and "for" aside: "Labor Department" and "Department of Labor".
fn same_words_reordered(a: &[String], b: &[String]) -> bool {
    let content = |v: &[String]| -> Vec<String> {
        let mut w: Vec<String> = v
            .iter()
            .filter(|w| !matches!(w.as_str(), "of" | "for" | "on"))
            .cloned()
            .collect();
        w.sort();
        w
    };
    let (x, y) = (content(a), content(b));
    x.len() >= 2 && x == y
}

/// True when a one-word name is the initials of the other's words, with or
/// without "of", "for", "and": "BOE" and "Board of Elections", "CDC" and
/// "Centers for Disease Control".
fn same_initials(short: &[String], long: &[String]) -> bool {
    let [acronym] = short else {
        return false;
    };
    let of = |skip: bool| -> String {
        long.iter()
            .filter(|w| !skip || !matches!(w.as_str(), "of" | "and" | "for" | "on" | "in"))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    long.len() >= 2
        && acronym.chars().count() >= 2
        && (*acronym == of(true) || *acronym == of(false))
}

/// The words of a named speaker without honorifics, lower-case; none for a
/// speaker known only within its document ("she", "officials") or unnamed.
fn name_words(e: &Entity) -> Vec<String> {
    if e.key.contains('@') || e.kind == SourceKind::Unnamed {
        return Vec::new();
    }
    let words: Vec<String> = e
        .name
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            // "W.H.O." is "WHO", "F.B.I." is "FBI".
            if w.contains('.') && w.split('.').all(|part| part.chars().count() <= 1) {
                w.replace('.', "")
            } else {
                w
            }
        })
        .filter(|w| !w.is_empty() && !matches!(w.as_str(), "mr" | "mrs" | "ms" | "dr" | "the"))
        .collect();
    // A middle initial is no part of the name to compare ("Andrew M. Cuomo").
    let words: Vec<String> = match words.as_slice() {
        [first, middle @ .., last] if !middle.is_empty() => std::iter::once(first.clone())
            .chain(middle.iter().filter(|w| w.chars().count() > 1).cloned())
            .chain(std::iter::once(last.clone()))
            .collect(),
        _ => words,
    };
    // A name has a capital: "Fox", not "officials".
    if e.name.chars().any(char::is_uppercase) {
        words
    } else {
        Vec::new()
    }
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
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    if let Some(title) = &article.meta.title {
        if !line.is_empty() && words(title) == words(line) {
            return true;
        }
    }
    let first_line = text[body_start..line_start].trim().is_empty();
    let stopped = line.trim_end_matches(['"', '\'', '”', '’', ')']).ends_with(['.', '!', '?', ':']);
    first_line && !stopped && line.split_whitespace().count() <= 20
}

/// True when a sentence tells of sources speaking jointly ("in a joint
/// statement", "jointly announced"): their shared words are one utterance.
pub fn joint_statement(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("joint") || w.eq_ignore_ascii_case("jointly"))
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
    first.end >= second.start
        || matches!(between, "and" | "," | ", and" | "&" | "or" | "and also")
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

/// FNV-1a, 64 bits.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(doc: usize, origin: u32, s: &Shingles) -> Report<'_> {
        Report {
            doc,
            origin: SourceId(origin),
            shingles: s,
        }
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

    fn entity(key: &str, name: &str, kind: SourceKind, affiliation: &[u32]) -> Entity {
        Entity {
            key: key.to_string(),
            name: name.to_string(),
            kind,
            aliases: Vec::new(),
            affiliation: affiliation.iter().map(|&a| SourceId(a)).collect(),
        }
    }

    #[test]
    fn one_speaker_named_two_ways_in_a_claim_is_one() {
        use SourceKind::*;
        let sources = [
            entity("src:trump", "Trump", Person, &[]),
            entity("src:donald-trump", "Donald Trump", Person, &[]),
            entity("src:biden", "Biden", Person, &[]),
            entity("src:joe-biden", "Joe Biden", Person, &[5]),
            entity("src:mr-fox", "Mr. Fox", Media, &[]),
            entity("src:united-states", "United States", Government, &[]),
            entity("src:officials@a.txt", "officials", Unnamed, &[]),
            entity("src:police", "Police", Organization, &[]),
            entity("src:essex-police", "Essex Police", Organization, &[]),
            entity("src:fox", "Fox", Media, &[]),
            entity("src:fox-news", "Fox News", Media, &[]),
        ];
        let ids = |v: &[u32]| v.iter().map(|&i| SourceId(i)).collect::<Vec<_>>();
        assert_eq!(same_speakers(&ids(&[0, 1]), &sources), ids(&[1, 1]));
        // The one with a body stands for the group.
        assert_eq!(same_speakers(&ids(&[3, 2]), &sources), ids(&[3, 3]));
        assert_eq!(same_speakers(&ids(&[4, 9]), &sources), ids(&[4, 4]));
        assert_eq!(same_speakers(&ids(&[7, 8]), &sources), ids(&[8, 8]));
        // "Fox" is no tail of "Fox News"; unnamed sources meet no one.
        assert_eq!(same_speakers(&ids(&[9, 10]), &sources), ids(&[9, 10]));
        assert_eq!(same_speakers(&ids(&[6, 6]), &sources), ids(&[6, 6]));
        assert_eq!(same_speakers(&ids(&[0, 3]), &sources), ids(&[0, 3]));
        // An acronym and its body; a name with and without its middle initial.
        let more = [
            entity("src:boe", "BOE", Organization, &[]),
            entity(
                "src:board-of-elections",
                "Board of Elections",
                Organization,
                &[],
            ),
            entity("src:andrew-m-cuomo", "Andrew M. Cuomo", Person, &[]),
            entity("src:andrew-cuomo", "Andrew Cuomo", Person, &[]),
            entity("src:bbc", "BBC", Media, &[]),
        ];
        let reps = same_speakers(&ids(&[0, 1, 2, 3, 4]), &more);
        assert_eq!(reps, ids(&[1, 1, 2, 2, 4]));
        // "Biden" against "Joe Biden" is one voice; against "Trump", two.
        assert!(one_voice(&ids(&[2]), &ids(&[3]), &sources));
        assert!(!one_voice(&ids(&[2]), &ids(&[0]), &sources));
        assert!(!one_voice(&ids(&[2]), &ids(&[2, 0]), &sources));
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
}
