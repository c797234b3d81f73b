//! Groups attributions of the same proposition into claims, without comparing all
//! pairs: an inverted index from content terms (and subject × class-term keys) to
//! attributions proposes candidate pairs (keys shared by too many attributions
//! propose nothing), a similarity decides — the words, or half the words and half
//! the proposition's core (its predicate and object classes and its goal) when
//! the shared core is informative (rare enough in the corpus) — and union–find
//! joins, best pairs first. Conservative: wordings whose numbers, months, negation or
//! legality conflict are never joined (such pairs are returned as contradiction
//! candidates); wordings with different goals ("sent to Russia", "headed for the
//! battlefield") or one conditional are never joined; and two groups join only
//! when a sample of their cross pairs agrees too, so one loose pair cannot chain
//! two claims together.

use std::collections::HashMap;

use super::terms::{is_class, Terms};
use crate::model::Stance;

/// Terms that index more attributions than this propose no pairs.
const MAX_POSTINGS: usize = 40;

/// The result of grouping.
pub struct Groups {
    /// Group number of each attribution (dense, in order of first member).
    pub group_of: Vec<usize>,
    /// Number of groups.
    pub n_groups: usize,
    /// Pairs of attributions that are about the same thing but conflict, with why.
    pub conflicts: Vec<(usize, usize, String)>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut y = x;
        while self.0[y] != root {
            let next = self.0[y];
            self.0[y] = root;
            y = next;
        }
        root
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// How much a predicate or object class ("deploy", "troop", "weapon") counts
/// against an ordinary word when wordings are compared.
const CLASS_WEIGHT: f64 = 2.0;

/// How often each term occurs across the wordings being grouped: a class term
/// every wording shares ("troop" in a corpus about troops) says little.
pub struct Rarity {
    n: usize,
    classes: HashMap<String, u32>,
    goals: HashMap<String, u32>,
}

impl Rarity {
    /// Counts the wordings each class term and each goal occurs in.
    pub fn of(terms: &[Terms]) -> Rarity {
        let mut classes: HashMap<String, u32> = HashMap::new();
        let mut goals: HashMap<String, u32> = HashMap::new();
        for t in terms {
            for w in t.words.iter().filter(|w| is_class(w)) {
                *classes.entry(w.clone()).or_default() += 1;
            }
            if let Some(g) = &t.goal {
                *goals.entry(g.clone()).or_default() += 1;
            }
        }
        Rarity {
            n: terms.len(),
            classes,
            goals,
        }
    }

    /// Inverse document frequency, in nats, of a count.
    fn idf(&self, df: Option<&u32>) -> f64 {
        let df = df.copied().unwrap_or(1).max(1) as f64;
        ((self.n.max(1) as f64 + 1.0) / df).ln()
    }
}

/// How alike two wordings must be, word for word, for opposite polarity to be
/// a contradiction rather than two different statements.
const SAME_WORDING: f64 = 0.75;

/// The weight below which a wording is too short for the overlap coefficient.
const MIN_OVERLAP_WEIGHT: f64 = 5.0;

/// How much the shared core must tell (nats of inverse document frequency)
/// before it counts: "troop" and "deploy" in a corpus about troop deployments
/// are not enough, "→Russia" or "experience" on top of them is.
const MIN_CORE_INFO: f64 = 3.0;

/// How alike two wordings are, 0 to 1: their [`word_similarity`], raised to the
/// mean of it and the core's overlap when they share an informative core (class
/// terms and goal); 0 when their subjects or goals disagree.
pub fn similarity(a: &Terms, b: &Terms, rarity: &Rarity) -> f64 {
    let subjects_agree = a.subjects.is_empty()
        || b.subjects.is_empty()
        || sorted_intersection(&a.subjects, &b.subjects) > 0;
    let goals_agree = match (&a.goal, &b.goal) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    if !subjects_agree || !goals_agree {
        return 0.0;
    }
    let words = word_similarity(a, b);
    match core_similarity(a, b, rarity) {
        Some(core) => words.max(0.5 * words + 0.5 * core),
        None => words,
    }
}

/// The weighted share of the smaller word set found in the other (class terms
/// weigh more than other words), blended with the weighted Jaccard.
pub fn word_similarity(a: &Terms, b: &Terms) -> f64 {
    let weight = |w: &str| if is_class(w) { CLASS_WEIGHT } else { 1.0 };
    let total = |t: &Terms| t.words.iter().map(|w| weight(w)).sum::<f64>();
    let (mut shared, mut n_shared) = (0.0, 0);
    let (mut i, mut j) = (0, 0);
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].cmp(&b.words[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += weight(&a.words[i]);
                n_shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let (ta, tb) = (total(a), total(b));
    let smaller = ta.min(tb);
    if smaller == 0.0 || n_shared < 2 {
        return 0.0;
    }
    let jaccard = shared / (ta + tb - shared);
    if smaller < MIN_OVERLAP_WEIGHT {
        // Two or three words found inside a long wording prove little.
        return jaccard;
    }
    let overlap = shared / smaller;
    0.7 * overlap + 0.3 * jaccard
}

/// The share of the smaller core (class terms and goal) found in the other,
/// when both wordings name a subject, agree in polarity and the shared core is
/// informative; `None` otherwise.
pub fn core_similarity(a: &Terms, b: &Terms, rarity: &Rarity) -> Option<f64> {
    if a.subjects.is_empty() || b.subjects.is_empty() || a.negated != b.negated {
        return None;
    }
    let size =
        |t: &Terms| t.words.iter().filter(|w| is_class(w)).count() + usize::from(t.goal.is_some());
    let (mut shared, mut info) = (0usize, 0.0);
    for w in a.words.iter().filter(|w| is_class(w)) {
        if b.words.binary_search(w).is_ok() {
            shared += 1;
            info += rarity.idf(rarity.classes.get(w));
        }
    }
    if let (Some(ga), Some(gb)) = (&a.goal, &b.goal) {
        if ga == gb {
            shared += 1;
            info += rarity.idf(rarity.goals.get(ga));
        }
    }
    if shared < 2 || info < MIN_CORE_INFO {
        return None;
    }
    Some(shared as f64 / size(a).min(size(b)) as f64)
}

/// The most alike readings of two wordings: the wholes, or a clause of one
/// against the other or its clauses (a wording that joins two propositions
/// supports each), with their similarity. Ties keep the wholes.
pub fn best_reading<'t>(
    a: &'t Terms,
    b: &'t Terms,
    rarity: &Rarity,
) -> (f64, &'t Terms, &'t Terms) {
    let mut best = (similarity(a, b, rarity), a, b);
    for x in std::iter::once(a).chain(&a.parts) {
        for y in std::iter::once(b).chain(&b.parts) {
            if std::ptr::eq(x, a) && std::ptr::eq(y, b) {
                continue;
            }
            let sim = similarity(x, y, rarity);
            if sim > best.0 {
                best = (sim, x, y);
            }
        }
    }
    best
}

fn sorted_intersection(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Why two wordings of the same thing cannot be one claim, if they cannot.
pub fn conflict(a: &Terms, b: &Terms, same_source: bool) -> Option<String> {
    // The same event dated to different months.
    for (class, _) in &a.dated {
        let (ma, mb) = (a.months_of(class), b.months_of(class));
        if !mb.is_empty() && ma.iter().all(|m| !mb.contains(m)) {
            return Some(format!(
                "conflicting dates: {class} in {} vs {}",
                month_names(&ma),
                month_names(&mb)
            ));
        }
    }
    if a.legality * b.legality < 0 {
        return Some("opposite predicates: in keeping with vs in violation of the law".into());
    }
    if a.negated != b.negated {
        // Only the same wording negated, by another source, is a contradiction: a
        // "not" somewhere in a long sentence says too little, and a longer
        // version of a quotation may add a negated clause.
        let (short, long) = (a.n_tokens.min(b.n_tokens), a.n_tokens.max(b.n_tokens));
        let extends = 2 * long > 3 * short;
        return (!same_source && !extends && word_similarity(a, b) >= SAME_WORDING)
            .then(|| "opposite polarity: one wording negates the other".into());
    }
    // Conflicting numbers for the same unit; a source revising its own figure
    // is not a conflict.
    // Each quantity is compared with the other wording's figures for the same
    // unit: a conflict only when none of them overlaps ("from 2,763 pounds to
    // 3,690 pounds" agrees with either figure).
    if !same_source {
        for (alo, ahi, au) in &a.numbers {
            let theirs: Vec<&(f64, f64, String)> =
                b.numbers.iter().filter(|(_, _, bu)| bu == au).collect();
            let disjoint = theirs.iter().all(|(blo, bhi, _)| ahi < blo || bhi < alo);
            if is_unit(au) && !theirs.is_empty() && disjoint {
                let (blo, bhi, _) = theirs[0];
                return Some(format!(
                    "conflicting numbers of {au}: {} vs {}",
                    range_text(*alo, *ahi),
                    range_text(*blo, *bhi)
                ));
            }
        }
    }
    None
}

/// True when both wordings give figures and none of one agrees with any of
/// the other, whatever they count ("538,000 claims" and "387,000
/// applications"): different figures are different claims, whether or not they
/// are a contradiction.
fn figures_disagree(a: &Terms, b: &Terms) -> bool {
    let counted = |t: &Terms| -> Vec<(f64, f64)> {
        t.numbers
            .iter()
            .filter(|(_, _, unit)| is_unit(unit))
            .map(|&(lo, hi, _)| (lo, hi))
            .collect()
    };
    let (na, nb) = (counted(a), counted(b));
    !na.is_empty()
        && !nb.is_empty()
        && na
            .iter()
            .all(|(alo, ahi)| nb.iter().all(|(blo, bhi)| ahi < blo || bhi < alo))
}

/// True for a word that can count something: not empty, not a time reference
/// ("a week earlier", "last month") that follows a number without being counted.
fn is_unit(word: &str) -> bool {
    !word.is_empty()
        && !matches!(
            word,
            "week"
                | "day"
                | "month"
                | "year"
                | "last"
                | "earlier"
                | "ago"
                | "previou"
                | "prior"
                | "percent"
                | "percentage"
                | "from"
        )
}

fn range_text(lo: f64, hi: f64) -> String {
    if hi.is_infinite() {
        format!("more than {lo}")
    } else if lo == 0.0 {
        format!("up to {hi}")
    } else if (lo - hi).abs() < f64::EPSILON {
        format!("{lo}")
    } else {
        format!("{lo}–{hi}")
    }
}

fn month_names(months: &[u8]) -> String {
    months
        .iter()
        .map(|&m| month_name(m))
        .collect::<Vec<_>>()
        .join("/")
}

/// The English name of month `m` (1–12).
pub fn month_name(m: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[(m as usize).saturating_sub(1).min(11)]
}

/// Blocking keys of one wording: its terms (`("", term)`), and each subject
/// paired with each class term (`("North Korea", "deploy")`), which stay
/// selective where a bare class term indexes thousands of wordings.
fn keys(t: &Terms) -> impl Iterator<Item = (&str, &str)> {
    let words = t.words.iter().map(|w| ("", w.as_str()));
    let pairs = t.subjects.iter().take(6).flat_map(move |s| {
        t.words
            .iter()
            .filter(|w| is_class(w))
            .map(move |w| (s.as_str(), w.as_str()))
    });
    words.chain(pairs)
}

/// What grouping needs to know of each attribution besides its wording.
pub struct Said<'a> {
    /// Asserted or denied.
    pub stances: &'a [Stance],
    /// Its source (entity index).
    pub sources: &'a [u32],
    /// The day its article was published (days since 1970), when known.
    pub days: &'a [Option<i64>],
}

/// How many days apart two reports may be for their figures to be one claim.
pub const SAME_DAYS: u64 = 3;

/// How many members of each side the cohesion check samples.
const SAMPLE: usize = 6;

/// Groups attributions given their terms, stances and sources.
pub fn group(terms: &[Terms], said: &Said, threshold: f64) -> Groups {
    let n = terms.len();
    let mut postings: HashMap<(&str, &str), Vec<u32>> = HashMap::new();
    for (i, t) in terms.iter().enumerate() {
        let i = i as u32;
        for k in keys(t) {
            let list = postings.entry(k).or_default();
            if list.last() != Some(&i) && list.len() <= MAX_POSTINGS {
                list.push(i);
            }
        }
    }
    let mut candidates: Vec<(u32, u32)> = Vec::new();
    for list in postings.values() {
        if list.len() < 2 || list.len() > MAX_POSTINGS {
            continue;
        }
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                candidates.push((a, b));
            }
        }
    }
    // A pair must share two keys to share two words or a core: count them.
    candidates.sort_unstable();
    let mut shared_twice: Vec<(usize, usize)> = Vec::new();
    for run in candidates.chunk_by(|x, y| x == y) {
        if run.len() >= 2 {
            shared_twice.push((run[0].0 as usize, run[0].1 as usize));
        }
    }
    drop(candidates);
    drop(postings);
    let candidates = shared_twice;
    let rarity = Rarity::of(terms);
    let mut conflicts = Vec::new();
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    for (a, b) in candidates {
        let (sim, ta, tb) = best_reading(&terms[a], &terms[b], &rarity);
        if sim < threshold {
            continue;
        }
        if let Some(why) = refusal(ta, tb, said, a, b) {
            conflicts.extend(why.map(|why| (a, b, why)));
            continue;
        }
        scored.push((sim, a, b));
    }
    // Best pairs first; ties in index order, so output is stable.
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut uf = UnionFind((0..n).collect());
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (_, a, b) in scored {
        let (ra, rb) = (uf.find(a), uf.find(b));
        let (left, right) = (&members[ra], &members[rb]);
        if ra == rb || !cohesive(terms, said, &rarity, left, right, threshold) {
            continue;
        }
        uf.union(ra, rb);
        let root = uf.find(ra);
        let other = if root == ra { rb } else { ra };
        let moved = std::mem::take(&mut members[other]);
        members[root].extend(moved);
    }
    conflicts.sort_by_key(|x| (x.0, x.1));
    conflicts.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    let mut dense: HashMap<usize, usize> = HashMap::new();
    let mut group_of = Vec::with_capacity(n);
    for i in 0..n {
        let root = uf.find(i);
        let next = dense.len();
        group_of.push(*dense.entry(root).or_insert(next));
    }
    Groups {
        n_groups: dense.len(),
        group_of,
        conflicts,
    }
}

/// Why two alike wordings may not be one claim: `Some(Some(why))` for a
/// contradiction candidate, `Some(None)` for a plain refusal (one conditional),
/// `None` when they may join.
fn refusal(ta: &Terms, tb: &Terms, said: &Said, a: usize, b: usize) -> Option<Option<String>> {
    if ta.conditional != tb.conditional || ta.modal != tb.modal {
        return Some(None);
    }
    let same_source = said.sources[a] == said.sources[b];
    if let Some(why) = conflict(ta, tb, same_source) {
        return Some(Some(why));
    }
    if same_source && conflict(ta, tb, false).is_some() {
        // A source's two figures are two claims (a revision, or two quantities),
        // but no contradiction.
        return Some(None);
    }
    // Figures that disagree, told far apart in time, are two measurements
    // (last week's jobless claims and this week's), not one claim.
    let apart = said.days[a]
        .zip(said.days[b])
        .is_some_and(|(x, y)| x.abs_diff(y) > SAME_DAYS);
    if ta.negated != tb.negated || apart && figures_disagree(ta, tb) {
        return Some(None);
    }
    if said.stances[a] != said.stances[b] {
        return Some(Some("assertion vs denial".to_string()));
    }
    None
}

/// True when two groups may join: no sampled cross pair is refused and the
/// sampled cross pairs are, on average, alike enough.
fn cohesive(
    terms: &[Terms],
    said: &Said,
    rarity: &Rarity,
    left: &[usize],
    right: &[usize],
    threshold: f64,
) -> bool {
    let (mut sum, mut n) = (0.0, 0usize);
    for &a in left.iter().take(SAMPLE) {
        for &b in right.iter().take(SAMPLE) {
            let (sim, ta, tb) = best_reading(&terms[a], &terms[b], rarity);
            if refusal(ta, tb, said, a, b).is_some() {
                return false;
            }
            sum += sim;
            n += 1;
        }
    }
    n == 0 || sum / n as f64 >= COHESION * threshold
}

/// The share of the join threshold the mean cross-pair similarity must reach.
const COHESION: f64 = 0.75;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::terms;
    use crate::resolve::AliasTable;

    /// `wordings` are (source, text); `expect` the group of each wording and the
    /// contradiction candidates, each with a word of its reason.
    fn check(
        wordings: &[(u32, &str)],
        expect: &[usize],
        expect_conflicts: &[(usize, usize, &str)],
    ) {
        check_dated(
            wordings,
            &vec![None; wordings.len()],
            expect,
            expect_conflicts,
        );
    }

    /// [`check`], each wording published on its day.
    fn check_dated(
        wordings: &[(u32, &str)],
        days: &[Option<i64>],
        expect: &[usize],
        expect_conflicts: &[(usize, usize, &str)],
    ) {
        let table = AliasTable::builtin();
        let terms: Vec<Terms> = wordings.iter().map(|(_, w)| terms::of(w, &table)).collect();
        let stances = vec![Stance::Asserts; wordings.len()];
        let sources: Vec<u32> = wordings.iter().map(|(s, _)| *s).collect();
        let said = Said {
            stances: &stances,
            sources: &sources,
            days,
        };
        let groups = group(&terms, &said, 0.6);
        assert_eq!(groups.group_of, expect, "{wordings:?}");
        let got: Vec<(usize, usize)> = groups.conflicts.iter().map(|(a, b, _)| (*a, *b)).collect();
        let want: Vec<(usize, usize)> = expect_conflicts.iter().map(|(a, b, _)| (*a, *b)).collect();
        assert_eq!(got, want, "{:?}", groups.conflicts);
        for ((_, _, why), (_, _, word)) in groups.conflicts.iter().zip(expect_conflicts) {
            assert!(why.contains(word), "{why}");
        }
    }

    #[test]
    fn paraphrases_are_one_claim() {
        check(
            &[
                (1, "North Korea has sent 10,000 troops to Russia"),
                (2, "Pyongyang dispatched thousands of soldiers to Russia"),
                (3, "North Korean military personnel were deployed to Russia"),
                (4, "the weather in Moscow was cold"),
            ],
            &[0, 0, 0, 1],
            &[],
        );
    }

    #[test]
    fn a_wording_of_two_clauses_joins_a_claim_about_either() {
        check(
            &[
                (1, "North Korean troops do not have actual combat experience yet"),
                (2, "North Korean troops do not have interoperability experience, but they can use liaison teams to overcome that"),
                (3, "North Korean troops do not speak Russian and they lack the experience of modern warfare"),
                // The same clause, asserted: not the same claim.
                (4, "North Korean troops have combat experience, but they lack equipment"),
            ],
            &[0, 0, 0, 1],
            &[(1, 3, "polarity")],
        );
    }

    #[test]
    fn different_goals_are_different_claims() {
        check(
            &[
                (1, "North Korean troops were sent to Russia"),
                (2, "North Korean troops were headed for the battlefield"),
                (3, "North Korean troops were deployed in the Kursk region"),
            ],
            &[0, 1, 2],
            &[],
        );
    }

    #[test]
    fn conflicting_numbers_and_months_never_join() {
        check(
            &[
                (1, "North Korea has sent 10,000 troops to Russia"),
                (2, "North Korea has sent 3,000 troops to Russia"),
            ],
            &[0, 1],
            &[(0, 1, "numbers")],
        );
        check(
            &[
                (1, "Putin and Kim Jong Un signed the defense pact in June"),
                (2, "Putin and Kim Jong Un signed the defense pact in July"),
            ],
            &[0, 1],
            &[(0, 1, "dates")],
        );
    }

    #[test]
    fn figures_weeks_apart_are_two_measurements() {
        let wordings = [
            (
                1,
                "economists in a survey called for 538,000 new jobless claims",
            ),
            (
                2,
                "economists in a survey called for 387,000 new jobless applications",
            ),
            (
                3,
                "economists in a survey called for about 540,000 new jobless claims",
            ),
        ];
        // (Conflicts are candidates; analysis keeps those of the same days.)
        let conflicts = [(0, 1, "numbers of jobless"), (1, 2, "numbers of jobless")];
        check_dated(
            &wordings,
            &[Some(0), Some(28), Some(1)],
            &[0, 1, 0],
            &conflicts,
        );
        // The same days: figures of one thing conflict.
        check_dated(
            &wordings,
            &[Some(0), Some(1), Some(1)],
            &[0, 1, 0],
            &conflicts,
        );
    }

    #[test]
    fn hedged_ranges_that_overlap_agree() {
        check(
            &[
                (1, "North Korea has sent about 10,000 troops to Russia"),
                (2, "North Korea has sent more than 9,000 troops to Russia"),
                (3, "North Korea has sent up to 11,000 troops to Russia"),
            ],
            &[0, 0, 0],
            &[],
        );
    }

    #[test]
    fn a_source_revising_its_own_figure_is_no_contradiction() {
        check(
            &[
                (1, "North Korea has sent 10,000 troops to Russia"),
                (1, "North Korea has sent 12,000 troops to Russia"),
            ],
            &[0, 1],
            &[],
        );
    }

    #[test]
    fn a_negated_wording_contradicts_and_a_possibility_stays_apart() {
        check(
            &[
                (1, "North Korea has sent troops to Russia"),
                (2, "North Korea has not sent troops to Russia"),
                (3, "North Korea could send troops to Russia"),
            ],
            &[0, 1, 2],
            &[(0, 1, "polarity")],
        );
    }
}
