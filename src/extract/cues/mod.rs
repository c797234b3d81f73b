//! The attribution rules of one paragraph: for every cue outside quotation marks
//! (a reporting verb, "according to", a noun cue), find the source phrase (left,
//! right when inverted, through appositives, relative pronouns and participles) and
//! the content (an adjacent quotation, the clause after the cue, the fronted clause,
//! or both halves of an interrupted one); then relays ("…, Yonhap reported",
//! "citing", "cited … as saying", "reportedly", "X, according to Y, said":
//! `aside.rs`) and joint sources.

mod aside;
mod content;
mod phrasal;
mod subject;
mod verb;

use super::lexicon::cue_verb;
use super::phrases::{classify, View};
use super::tokens::TokKind;
use crate::model::{ByteSpan, Mention, QuoteKind, Stance};
use phrasal::{
    according_to, called, cited_as_saying, colon_headline, in_study, is_noun_reports, noun_reports,
    post_read, signed_quotes,
};
use verb::verb_cue;

/// An attribution found in a paragraph, with the token positions later rules need.
#[derive(Clone, Debug)]
pub struct Found {
    /// Token of the cue's head word.
    pub cue_tok: usize,
    /// Cue token range, inclusive.
    pub cue: (usize, usize),
    /// Source phrase, if named in the sentence.
    pub source: Option<Mention>,
    /// Source token range, inclusive.
    pub source_toks: Option<(usize, usize)>,
    /// Content token ranges, inclusive.
    pub content: Vec<(usize, usize)>,
    /// Relays, outermost first.
    pub via: Vec<Mention>,
    /// Asserts or denies.
    pub stance: Stance,
    /// Can this cue pass on a nested attribution?
    pub relays: bool,
    /// A speech act (said, told, claimed) rather than a stance or a participle:
    /// only speech can be relayed.
    pub speech: bool,
    /// Sentence token range `[start, end)`.
    pub sentence: (usize, usize),
}

impl Found {
    /// An assertion credited to the phrase at `source` (token range), with the
    /// cue at `cue` and one content span, in sentence `sentence`.
    pub fn asserted(
        view: &View,
        cue: (usize, usize),
        source: (usize, usize),
        content: (usize, usize),
        sentence: (usize, usize),
    ) -> Found {
        Found {
            cue_tok: cue.0,
            cue,
            source: Some(mention(view, source.0, source.1, None)),
            source_toks: Some(source),
            content: vec![content],
            via: Vec::new(),
            stance: Stance::Asserts,
            relays: false,
            speech: true,
            sentence,
        }
    }

    /// True when token `i` lies inside the content.
    pub fn content_holds(&self, i: usize) -> bool {
        self.content.iter().any(|(a, b)| *a <= i && i <= *b)
    }
}

/// Cues trusted in a title-case headline ("Trump Says …"), where capitals mark
/// no names.
const TITLE_CASE_CUES: &[&str] = &[
    "say", "tell", "claim", "warn", "deny", "confirm", "admit", "urge", "announce", "accuse",
    "reveal", "insist", "predict",
];

/// Finds the attributions of one paragraph.
pub fn paragraph(view: &View) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for (n, &(s, e)) in view.p.sentences.iter().enumerate() {
        let before = found.len();
        // Title case ("Trump Says He Never …"): capitals do not mark names.
        let words = (s..e).filter(|&k| view.is_word(k)).count();
        let capitals = (s..e).filter(|&k| view.is_cap(k)).count();
        let title_case = words >= 3 && capitals * 10 >= words * 7;
        // A sentence in capitals shouts a headline: its words tell no roles apart.
        let shouting = words >= 3
            && (s..e)
                .filter(|&k| view.is_word(k) && view.w(k).chars().all(|c| !c.is_lowercase()))
                .count()
                == words;
        if shouting {
            continue;
        }
        if n == 0 {
            if let Some(f) = colon_headline(view, s, e) {
                found.push(f);
                continue;
            }
        }
        let mut i = s;
        while i < e {
            if !view.is_word(i) || view.p.toks[i].quoted {
                i += 1;
                continue;
            }
            let lower = view.lw(i);
            let mut hit = None;
            if lower == "in" && i == s {
                hit = in_study(view, i, s, e);
            } else if lower == "according" && view.is_any(i + 1, &["to"]) {
                hit = according_to(view, i, s, e);
            } else if matches!(lower.as_ref(), "cited" | "quoted") {
                hit = cited_as_saying(view, i, s, e);
            } else if matches!(lower.as_ref(), "reports" | "report")
                && view.is_any(i + 1, &["that"])
                && is_noun_reports(view, i, s)
            {
                hit = noun_reports(view, i, s, e);
            } else if matches!(lower.as_ref(), "called" | "calls" | "calling" | "call") {
                hit = called(view, i, s, e, &found[before..]);
            } else if lower == "read" {
                hit = post_read(view, i, s, e);
            } else if let Some((verb, form)) = cue_verb(&lower).filter(|(v, _)| {
                i == s || !view.is_cap(i) || title_case && TITLE_CASE_CUES.contains(&v.lemma)
            }) {
                hit = verb_cue(view, i, s, e, verb, form, &found[before..]);
            }
            if let Some(mut f) = hit {
                f.sentence = (s, e);
                let end = f.cue.1.max(i);
                found.push(f);
                i = end + 1;
            } else {
                i += 1;
            }
        }
        settle_nesting(view, &mut found, before);
        drop_stuttered(&mut found, before);
        aside::fold_asides(view, &mut found, before);
    }
    found.extend(signed_quotes(view, &found));
    // A participle's source is the main clause's subject, named in the same
    // sentence, so its mention is kept.
    found
        .into_iter()
        .map(|f| relayed_between_commas(view, f))
        .flat_map(|f| split_joint(view, f))
        .collect()
}

/// "The company will cut 500 jobs, sources familiar with the decision, Reuters
/// reported": an unnamed source set off by commas at the end of a fronted
/// content is the origin, and the outlet that reports is its relay.
fn relayed_between_commas(view: &View, mut f: Found) -> Found {
    let (Some(outlet), [(a, b)]) = (f.source.clone(), f.content.as_slice()) else {
        return f;
    };
    let (a, b) = (*a, *b);
    if !f.relays || !f.speech || b >= f.cue_tok {
        return f;
    }
    let Some(comma) = (a + 1..b).rev().find(|&k| view.is(k, TokKind::Comma)) else {
        return f;
    };
    let (x, y) = (comma + 1, b);
    let np_end = view
        .np_right(x, y + 1)
        .or_else(|| view.np_right_loose(x, y + 1));
    let unnamed = (x..=y).any(|k| {
        view.is_any(
            k,
            &[
                "sources",
                "source",
                "officials",
                "official",
                "people",
                "person",
            ],
        )
    }) && !view.is_cap(x);
    let familiar =
        (x..=y).any(|k| view.is_any(k, &["familiar", "close", "briefed", "knowledgeable"]));
    if np_end.is_none() || !unnamed || !familiar || y - x > 10 {
        return f;
    }
    f.via.push(outlet);
    f.source = Some(mention(view, x, y, None));
    f.source_toks = Some((x, y));
    f.content = vec![(a, comma - 1)];
    f
}

fn tok_span(view: &View, a: usize, b: usize) -> ByteSpan {
    ByteSpan::new(view.p.toks[a].start, view.p.toks[b].end)
}

fn mention(view: &View, a: usize, b: usize, appositive: Option<String>) -> Mention {
    let text = view.phrase(a, b).to_string();
    let form = classify(&text);
    Mention {
        span: Some(tok_span(view, a, b)),
        text,
        form,
        appositive,
    }
}

/// Nested cues: a cue inside another attribution's content is either relayed
/// through it ("X told lawmakers, Yonhap reported"; "the newspaper reported that
/// Russian sources claimed …") or dropped, since the outer one already holds it.
fn settle_nesting(view: &View, found: &mut Vec<Found>, from: usize) {
    let mut drop = vec![false; found.len()];
    for outer in from..found.len() {
        for inner in from..found.len() {
            if outer == inner
                || drop[outer]
                || drop[inner]
                || !found[outer].content_holds(found[inner].cue_tok)
            {
                continue;
            }
            // "74 percent said …, while 22 percent said …": a clause of its own
            // after a comma and a conjunction ends the outer content.
            let inner_start = found[inner]
                .source_toks
                .map_or(found[inner].cue_tok, |t| t.0);
            // "Walgreens reported A, CVS reported B": a new subject after a comma,
            // right of the outer cue, starts a clause of its own too.
            let after_comma = inner_start >= 1
                && view.is(inner_start - 1, TokKind::Comma)
                && found[outer].cue_tok < inner_start
                && found[inner].source_toks.is_some()
                && found[inner].speech
                // The comma must fall inside the outer content, not open it.
                && found[outer].content.iter().any(|c| c.0 + 1 < inner_start);
            let split = after_comma
                || inner_start >= 2
                    && view.is(inner_start - 2, TokKind::Comma)
                    && view.is_any(
                        inner_start - 1,
                        &["while", "whereas", "but", "and", "though", "although"],
                    );
            if split {
                let cut = if after_comma {
                    inner_start - 1
                } else {
                    inner_start - 2
                };
                for span in &mut found[outer].content {
                    if span.0 < cut && cut <= span.1 {
                        span.1 = cut - 1;
                    }
                }
                found[outer].content.retain(|span| span.0 < cut);
                continue;
            }
            if found[outer].relays && found[inner].speech {
                let relay = found[outer].source.clone();
                let mut chain = found[outer].via.clone();
                chain.extend(relay);
                chain.append(&mut found[inner].via);
                found[inner].via = chain;
                drop[outer] = true;
            } else {
                drop[inner] = true;
            }
        }
    }
    retain_unmarked(found, &drop);
}

/// A repeated cue ("…,” the senator wrote wrote in an op-ed") reads twice, the
/// second time with the first cue inside its source ("the senator wrote"): an
/// attribution whose source holds the cue of another with the same content is
/// that one read again, and goes.
fn drop_stuttered(found: &mut Vec<Found>, from: usize) {
    let stuttered: Vec<bool> = (0..found.len())
        .map(|k| {
            k >= from
                && found[k].source_toks.is_some_and(|(a, b)| {
                    found[from..].iter().any(|g| {
                        g.content == found[k].content
                            && g.cue_tok != found[k].cue_tok
                            && (a..=b).contains(&g.cue_tok)
                    })
                })
        })
        .collect();
    retain_unmarked(found, &stuttered);
}

/// Drops the attributions `marked` flags (one flag for each of `found`).
fn retain_unmarked(found: &mut Vec<Found>, marked: &[bool]) {
    let mut flags = marked.iter();
    found.retain(|_| !flags.next().copied().unwrap_or(false));
}

/// "Both Moscow and Pyongyang have denied" → one attribution per source;
/// "South Korean and U.S. intelligence agencies" → the head noun distributed.
fn split_joint(view: &View, f: Found) -> Vec<Found> {
    let Some((a, b)) = f.source_toks else {
        return vec![f];
    };
    let Some(and) = (a..=b).find(|&k| view.is_any(k, &["and"])) else {
        return vec![f];
    };
    // "A group of Republican and Democrat lawmakers": one group speaks.
    if (a..and).any(|k| {
        view.is_any(
            k,
            &[
                "group",
                "coalition",
                "delegation",
                "panel",
                "team",
                "bipartisan",
            ],
        )
    }) {
        return vec![f];
    }
    let both = view.is_any(a, &["both"]);
    // "The states of Nebraska and Oklahoma": the places a plural noun names.
    let places_of = (a..and).find(|&k| {
        view.is_any(k, &["of"])
            && k > a
            && view.is_any(
                k - 1,
                &["states", "governments", "countries", "cities", "nations"],
            )
            && (k + 1..and).all(|x| view.is_cap(x))
            && (and + 1..=b).all(|x| view.is_cap(x))
    });
    let first_start = match places_of {
        Some(of) => of + 1,
        None if both => a + 1,
        None => a,
    };
    let both = both || places_of.is_some();
    if and <= first_start || and >= b {
        return vec![f];
    }
    let left = (first_start, and - 1);
    let right = (and + 1, b);
    let right_caps_end = (right.0..=right.1).take_while(|&k| view.is_cap(k)).last();
    let single_names =
        left.0 == left.1 && right.0 == right.1 && view.is_cap(left.0) && view.is_cap(right.0);
    let left_text = view.phrase(left.0, left.1);
    let (left_name, right_name) = if let Some(rc) = right_caps_end.filter(|&rc| rc < right.1) {
        // Distribute the lowercase head of the right conjunct.
        if !(both || super::lexicon::is_nationality_adjective(left_text)) {
            return vec![f];
        }
        let head = view.phrase(rc + 1, right.1);
        (
            format!("{left_text} {head}"),
            view.phrase(right.0, right.1).to_string(),
        )
    } else if both || single_names {
        (
            left_text.to_string(),
            view.phrase(right.0, right.1).to_string(),
        )
    } else {
        return vec![f];
    };
    let mut out = Vec::new();
    for (name, (x, y)) in [(left_name, left), (right_name, right)] {
        let mut g = f.clone();
        let form = classify(&name);
        g.source = Some(Mention {
            span: Some(tok_span(view, x, y)),
            text: name,
            form,
            appositive: None,
        });
        g.source_toks = Some((x, y));
        out.push(g);
    }
    out
}

/// The quote kind of a content: all quoted, partly, or not at all.
pub fn quote_kind(view: &View, content: &[(usize, usize)]) -> QuoteKind {
    let mut quoted = 0;
    let mut words = 0;
    for &(a, b) in content {
        for k in a..=b {
            if view.is_word(k) {
                words += 1;
                if view.p.toks[k].quoted {
                    quoted += 1;
                }
            }
        }
    }
    if words > 0 && quoted == words {
        QuoteKind::Direct
    } else if quoted > 0 {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}
