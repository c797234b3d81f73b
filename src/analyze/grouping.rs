//! Groups attributions of the same proposition into claims, without comparing all
//! pairs: an inverted index from content terms to attributions proposes candidate
//! pairs (terms shared by too many attributions propose nothing), a similarity
//! over terms and subjects decides, and union–find joins. Conservative: wordings
//! whose numbers, months, negation or legality conflict are never joined; such
//! pairs are returned as contradiction candidates instead.

use std::collections::HashMap;

use super::terms::Terms;
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

/// How alike two wordings are: the share of the smaller term set found in the
/// other, with subjects required to agree where both name some.
pub fn similarity(a: &Terms, b: &Terms) -> f64 {
    let shared = sorted_intersection(&a.words, &b.words);
    let smaller = a.words.len().min(b.words.len());
    if smaller == 0 {
        return 0.0;
    }
    let overlap = shared as f64 / smaller as f64;
    let union = (a.words.len() + b.words.len() - shared) as f64;
    let jaccard = shared as f64 / union;
    let subjects_agree = a.subjects.is_empty()
        || b.subjects.is_empty()
        || sorted_intersection(&a.subjects, &b.subjects) > 0;
    if !subjects_agree || shared < 2 {
        return 0.0;
    }
    0.7 * overlap + 0.3 * jaccard
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
    if !a.months.is_empty()
        && !b.months.is_empty()
        && a.months.iter().all(|m| !b.months.contains(m))
    {
        return Some(format!(
            "conflicting dates: {} vs {}",
            month_names(&a.months),
            month_names(&b.months)
        ));
    }
    if a.legality * b.legality < 0 {
        return Some("opposite predicates: in keeping with vs in violation of the law".into());
    }
    if a.negated != b.negated {
        return Some("opposite polarity: one wording negates the other".into());
    }
    // Conflicting numbers for the same unit; a source revising its own figure
    // is not a conflict.
    if !same_source {
        for (alo, ahi, au) in &a.numbers {
            for (blo, bhi, bu) in &b.numbers {
                if au == bu && !au.is_empty() && (ahi < blo || bhi < alo) {
                    return Some(format!(
                        "conflicting numbers of {au}: {} vs {}",
                        range_text(*alo, *ahi),
                        range_text(*blo, *bhi)
                    ));
                }
            }
        }
    }
    None
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
    months
        .iter()
        .map(|m| NAMES[(*m as usize).saturating_sub(1).min(11)])
        .collect::<Vec<_>>()
        .join("/")
}

/// Groups attributions given their terms, stances and sources.
pub fn group(terms: &[Terms], stances: &[Stance], sources: &[u32], threshold: f64) -> Groups {
    let n = terms.len();
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in terms.iter().enumerate() {
        for w in &t.words {
            postings.entry(w.as_str()).or_default().push(i);
        }
    }
    let mut uf = UnionFind((0..n).collect());
    let mut conflicts = Vec::new();
    let mut keys: Vec<&&str> = postings.keys().collect();
    keys.sort();
    for key in keys {
        let list = &postings[*key];
        if list.len() < 2 || list.len() > MAX_POSTINGS {
            continue;
        }
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                let sim = similarity(&terms[a], &terms[b]);
                if sim < threshold {
                    continue;
                }
                if let Some(why) = conflict(&terms[a], &terms[b], sources[a] == sources[b]) {
                    conflicts.push((a, b, why));
                    continue;
                }
                if stances[a] != stances[b] {
                    conflicts.push((a, b, "assertion vs denial".to_string()));
                    continue;
                }
                uf.union(a, b);
            }
        }
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
