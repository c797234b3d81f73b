//! Claim matching measured on labelled pairs, through the real build path.
//!
//! Sentence pairs (the MSRP layout) become two one-sentence articles of two
//! outlets, built alone, as `../shared/eval/score_pairs.py` does; labelled
//! attribution pairs of a corpus (`eval/events_pairs.tsv`) are found in one
//! build of it. Either way each pair yields whether the build put both sides in
//! one claim and the features the matcher saw, for scoring and for fitting
//! (`scripts/matching/fit.py`).

use std::collections::HashMap;

use crate::analyze::matching::{self, features};
use crate::export::json::AttributionRecord;
use crate::model::{Article, ArticleMeta, ByteSpan};
use crate::Config;

/// How each sentence of a pair is put in an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wrap {
    /// In the outlet's own voice.
    Narrator,
    /// In a named source's mouth ("Officials in Ankara said …").
    Said,
}

/// One pair, built and measured.
#[derive(Clone, Debug)]
pub struct Measured {
    /// The pair's label: true when the two state one claim.
    pub label: bool,
    /// Both sides produced an attribution.
    pub extracted: bool,
    /// The build put them in one claim.
    pub same: bool,
    /// The matcher's features of the two contents (zeros when not extracted).
    pub features: [f64; features::N],
}

/// The article a sentence becomes, as `score_pairs.py` writes it.
fn article(name: &str, outlet: &str, sentence: &str, wrap: Wrap, first: bool) -> Article {
    let body = sentence.trim();
    let body = match body.strip_suffix(['.', '!', '?']) {
        Some(b) if !body.ends_with("...") => b.trim_end(),
        _ => body,
    };
    let text = match wrap {
        Wrap::Narrator => format!("{body}.\n"),
        Wrap::Said => {
            let who = if first {
                "Officials in Ankara"
            } else {
                "Analysts at Stratfor"
            };
            format!("{who} said {}.\n", lower_first(body))
        }
    };
    Article {
        path: name.to_string(),
        body: ByteSpan {
            start: 0,
            end: text.len(),
        },
        text,
        meta: ArticleMeta {
            publisher: Some(outlet.to_string()),
            date: Some("2024-10-01".to_string()),
            title: Some(format!("Report {}", &name[..1])),
            ..ArticleMeta::default()
        },
    }
}

/// Function words that start a sentence in lowercase after "said".
const FUNCTION: &str =
    "a an the this that these those it its he she they we you his her their our \
there here some many most several all both each one two three four five six seven eight nine ten \
in on at for with by from after before during since under over as if when while but and or so yet \
still also however meanwhile instead now then last next other another such no not only just even \
about around nearly more less few";

/// Lowercases a sentence's first word when it is a function word, as
/// `score_pairs.py` does.
fn lower_first(s: &str) -> String {
    let word: String = s.chars().take_while(char::is_ascii_alphabetic).collect();
    let rest_lower = word.chars().skip(1).all(|c| c.is_ascii_lowercase());
    let upper = word.chars().all(|c| c.is_ascii_uppercase());
    if word.is_empty() || upper || word == "I" || !rest_lower {
        return s.to_string();
    }
    if FUNCTION
        .split_whitespace()
        .any(|f| f == word.to_lowercase())
    {
        let mut out = word.to_lowercase();
        out.push_str(&s[word.len()..]);
        out
    } else {
        s.to_string()
    }
}

/// The text of a record's content.
fn content(r: &AttributionRecord) -> String {
    r.content
        .iter()
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The record with the longest content in `doc`.
fn longest<'r>(records: &'r [AttributionRecord], doc: &str) -> Option<&'r AttributionRecord> {
    records
        .iter()
        .filter(|r| r.document == doc)
        .max_by_key(|r| {
            r.content
                .iter()
                .map(|c| c.text.chars().count())
                .sum::<usize>()
        })
}

/// Builds one sentence pair as two articles and measures it.
pub fn sentence_pair(label: bool, a: &str, b: &str, wrap: Wrap) -> Measured {
    let articles = vec![
        article("a.txt", "Outlet A", a, wrap, true),
        article("b.txt", "Outlet B", b, wrap, false),
    ];
    let (graph, _) = crate::build(articles, &Config::default(), &|| {});
    let records = crate::export::records(&graph);
    measure(
        label,
        longest(&records, "a.txt"),
        longest(&records, "b.txt"),
    )
}

fn measure(label: bool, a: Option<&AttributionRecord>, b: Option<&AttributionRecord>) -> Measured {
    match (a, b) {
        (Some(x), Some(y)) => Measured {
            label,
            extracted: true,
            same: x.claim == y.claim,
            features: features::of(
                &matching::wording(&content(x)),
                &matching::wording(&content(y)),
            ),
        },
        _ => Measured {
            label,
            extracted: false,
            same: false,
            features: [0.0; features::N],
        },
    }
}

/// A labelled pair of attributions of one corpus: each side a document and a
/// content span in code points.
#[derive(Clone, Debug)]
pub struct LabelledSpans {
    /// `same`, `different` or `contradicting`.
    pub label: String,
    /// Each side's document, start and end.
    pub sides: [(String, usize, usize); 2],
    /// A name for the part of the set it belongs to (fit or held out).
    pub part: String,
}

/// Measures labelled attribution pairs on the records of one build: each side
/// is the record of its document whose content overlaps its span most.
pub fn span_pairs(pairs: &[LabelledSpans], records: &[AttributionRecord]) -> Vec<Measured> {
    let mut by_doc: HashMap<&str, Vec<&AttributionRecord>> = HashMap::new();
    for r in records {
        by_doc.entry(r.document.as_str()).or_default().push(r);
    }
    let find = |(doc, start, end): &(String, usize, usize)| {
        by_doc
            .get(doc.as_str())?
            .iter()
            .copied()
            .max_by_key(|r| {
                let (s, e) = (
                    r.content.first().map_or(0, |c| c.start),
                    r.content.last().map_or(0, |c| c.end),
                );
                (e.min(*end)).saturating_sub(s.max(*start))
            })
            .filter(|r| {
                let (s, e) = (
                    r.content.first().map_or(0, |c| c.start),
                    r.content.last().map_or(0, |c| c.end),
                );
                e.min(*end) > s.max(*start)
            })
    };
    pairs
        .iter()
        .map(|p| measure(p.label == "same", find(&p.sides[0]), find(&p.sides[1])))
        .collect()
}

/// Reads `eval/events_pairs.tsv` (header; pair, label, doc_a, start_a, end_a,
/// doc_b, start_b, end_b, stratum, part).
pub fn read_span_pairs(tsv: &str) -> Result<Vec<LabelledSpans>, String> {
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 10 {
            return Err(format!("line {}: expected 10 tab-separated fields", n + 1));
        }
        let num = |s: &str| {
            s.parse::<usize>()
                .map_err(|e| format!("line {}: {e}", n + 1))
        };
        out.push(LabelledSpans {
            label: f[1].to_string(),
            sides: [
                (f[2].to_string(), num(f[3])?, num(f[4])?),
                (f[5].to_string(), num(f[6])?, num(f[7])?),
            ],
            part: f[9].to_string(),
        });
    }
    Ok(out)
}

/// Precision, recall, F1 and accuracy of "same claim" against the labels.
pub fn prf(rows: &[Measured]) -> (f64, f64, f64, f64) {
    let tp = rows.iter().filter(|r| r.same && r.label).count() as f64;
    let fp = rows.iter().filter(|r| r.same && !r.label).count() as f64;
    let fn_ = rows.iter().filter(|r| !r.same && r.label).count() as f64;
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let acc = (rows.len() as f64 - fp - fn_) / rows.len().max(1) as f64;
    (p, r, f, acc)
}
