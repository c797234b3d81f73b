//! The attribution rules of one paragraph: for every cue outside quotation marks
//! (a reporting verb, "according to", a noun cue), find the source phrase (left,
//! right when inverted, through appositives, relative pronouns and participles) and
//! the content (an adjacent quotation, the clause after the cue, the fronted clause,
//! or both halves of an interrupted one); then relays ("…, Yonhap reported",
//! "citing", "cited … as saying", "reportedly") and joint sources.

use super::lexicon::{cue_verb, CueVerb, Form, COLLECTIVE_HEADS};
use super::phrases::{classify, View};
use super::tokens::TokKind;
use crate::model::{ByteSpan, Mention, MentionForm, QuoteKind, Stance};

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
    /// Sentence token range `[start, end)`.
    pub sentence: (usize, usize),
    /// The source comes from the main clause ("…, while saying …"): no mention
    /// span of its own.
    pub implicit_source: bool,
}

impl Found {
    /// True when token `i` lies inside the content.
    pub fn content_holds(&self, i: usize) -> bool {
        self.content.iter().any(|(a, b)| *a <= i && i <= *b)
    }
}

const REASON_HEADS: &[&str] = &[
    "concerns",
    "concern",
    "reasons",
    "reason",
    "need",
    "fears",
    "fear",
    "lack",
    "health",
    "security",
    "pressure",
    "costs",
    "cost",
    "risks",
    "risk",
    "problems",
    "issues",
    "threat",
    "threats",
    "failure",
    "difficulties",
    "uncertainty",
    "violations",
    "progress",
    "changes",
    "lack",
    "absence",
    "success",
    "rise",
    "decline",
    "increase",
    "growth",
    "weakness",
];

const MEDIA_WORDS: &[&str] = &[
    "newspaper",
    "agency",
    "news",
    "times",
    "post",
    "journal",
    "reuters",
    "ap",
    "afp",
    "yonhap",
    "tass",
    "ria",
    "interfax",
    "bbc",
    "cnn",
    "nbc",
    "abc",
    "cbs",
    "fox",
    "bloomberg",
    "politico",
    "axios",
    "outlet",
    "paper",
    "magazine",
    "network",
    "broadcaster",
    "tribune",
    "herald",
    "guardian",
    "telegraph",
    "daily",
    "wire",
    "media",
    "television",
    "tv",
    "radio",
    "kcna",
];

const ADDRESSEE_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "reporters"];

/// Finds the attributions of one paragraph.
pub fn paragraph(view: &View) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for &(s, e) in &view.p.sentences {
        let before = found.len();
        let mut i = s;
        while i < e {
            if !view.is_word(i) || view.p.toks[i].quoted {
                i += 1;
                continue;
            }
            let lower = view.lw(i);
            let mut hit = None;
            if lower == "according" && view.is_any(i + 1, &["to"]) {
                hit = according_to(view, i, s, e);
            } else if matches!(lower.as_str(), "cited" | "quoted") {
                hit = cited_as_saying(view, i, s, e);
            } else if matches!(lower.as_str(), "reports" | "report")
                && view.is_any(i + 1, &["that"])
                && is_noun_reports(view, i, s)
            {
                hit = noun_reports(view, i, s, e);
            } else if lower == "read" {
                hit = post_read(view, i, s, e);
            } else if let Some((verb, form)) = cue_verb(&lower) {
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
    }
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        for mut g in split_joint(view, f) {
            if g.implicit_source {
                if let Some(m) = g.source.as_mut() {
                    m.span = None;
                }
                g.source_toks = None;
            }
            out.push(g);
        }
    }
    out
}

/// "reports that" as a noun ("intelligence reports that", "amid reports that").
fn is_noun_reports(view: &View, i: usize, s: usize) -> bool {
    if i == s {
        return true;
    }
    let prev = i - 1;
    if !view.is_word(prev) {
        return true;
    }
    let l = view.lw(prev);
    if matches!(
        l.as_str(),
        "he" | "she"
            | "it"
            | "they"
            | "newspaper"
            | "agency"
            | "paper"
            | "outlet"
            | "network"
            | "magazine"
            | "also"
    ) {
        return false;
    }
    !view.is_cap(prev) || prev == s && !view.is_any(prev, &["he", "she", "it"])
}

fn noun_reports(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    // The source is the phrase ending in "reports".
    let start = view.np_left(i, s).unwrap_or(i);
    let start = if view.is_any(start, &["amid", "there", "were"]) {
        i
    } else {
        start
    };
    let content = forward_clause(view, i + 2, e)?;
    Some(Found {
        cue_tok: i,
        cue: (i, i + 1),
        source: Some(mention(view, start, i, None)),
        source_toks: Some((start, i)),
        content: vec![content],
        via: Vec::new(),
        stance: Stance::Asserts,
        relays: false,
        sentence: (s, e),
        implicit_source: false,
    })
}

/// "the post read: “…”", "“…,” the statement read".
fn post_read(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    const HEADS: &[&str] = &[
        "post",
        "message",
        "statement",
        "letter",
        "tweet",
        "note",
        "sign",
        "headline",
        "caption",
        "memo",
        "release",
        "report",
        "banner",
        "leaflet",
    ];
    let end = view.skip_left(i.checked_sub(1)?, s)?;
    if !view.is_any(end, HEADS) {
        return None;
    }
    let start = view.np_left(end, s)?;
    let content = adjacent_quote_before(view, start).or_else(|| quote_after(view, i + 1, e))?;
    Some(Found {
        cue_tok: i,
        cue: (i, i),
        source: Some(mention(view, start, end, None)),
        source_toks: Some((start, end)),
        content: vec![content],
        via: Vec::new(),
        stance: Stance::Asserts,
        relays: false,
        sentence: (s, e),
        implicit_source: false,
    })
}

fn according_to(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    let np_start = i + 2;
    let np_end = view
        .np_right(np_start, e)
        .or_else(|| view.np_right_loose(np_start, e))?;
    // Extend over "from Kyiv", "by the agency" and similar short tails.
    let mut np_end = np_end;
    if view.is_any(np_end + 1, &["from", "by", "of", "on", "in"])
        && np_end + 2 < e
        && (view.is_cap(np_end + 2) || view.is_any(np_end + 2, &["the"]))
    {
        if let Some(x) = view.np_right(np_end + 2, e) {
            np_end = x;
        }
    }
    // A possessive pronoun names the source: "their assessments" → "their".
    let (src_a, src_b) = if view.is_any(np_start, &["their", "his", "her", "its"]) {
        (np_start, np_start)
    } else {
        (np_start, np_end)
    };
    let content = if i == s || i > s && view.is(i - 1, TokKind::OpenParen) {
        // "According to X, C."
        let mut k = np_end + 1;
        if view.is(k, TokKind::Comma) {
            k += 1;
        }
        forward_clause(view, k, e)?
    } else {
        // "C, according to X." or "C according to X."
        let mut b = i - 1;
        if view.is(b, TokKind::Comma) {
            b = b.checked_sub(1)?;
        }
        let a = clause_start(view, s, b);
        if b < a {
            return None;
        }
        (a, b)
    };
    Some(Found {
        cue_tok: i,
        cue: (i, i + 1),
        source: Some(mention(view, src_a, src_b, None)),
        source_toks: Some((src_a, src_b)),
        content: vec![content],
        via: Vec::new(),
        stance: Stance::Asserts,
        relays: true,
        sentence: (s, e),
        implicit_source: false,
    })
}

/// "Y cited X as saying (that) C", "Y quoted X as saying C": source X via Y.
fn cited_as_saying(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    let limit = (i + 12).min(e);
    let as_tok = (i + 1..limit).find(|&k| {
        view.is_any(k, &["as"]) && view.is_any(k + 1, &["saying", "telling", "writing"])
    })?;
    let src_end = as_tok.checked_sub(1)?;
    let src_start = i + 1;
    if src_end < src_start {
        return None;
    }
    let relay = subject_left(view, i, s)?;
    let mut k = as_tok + 2;
    if view.is_any(k, &["that"]) {
        k += 1;
    }
    let content = quote_after(view, k, e).or_else(|| forward_clause(view, k, e))?;
    Some(Found {
        cue_tok: i,
        cue: (i, as_tok + 1),
        source: Some(mention(view, src_start, src_end, None)),
        source_toks: Some((src_start, src_end)),
        content: vec![content],
        via: vec![relay.0],
        stance: Stance::Asserts,
        relays: false,
        sentence: (s, e),
        implicit_source: false,
    })
}

/// The subject of a verb at `i`: through adverbs, appositives and "citing".
/// Returns the mention, its token range, and a relay when the subject cites another.
fn subject_left(
    view: &View,
    i: usize,
    s: usize,
) -> Option<(Mention, (usize, usize), Option<Mention>)> {
    let mut j = view.skip_left(i.checked_sub(1)?, s)?;
    // "Russian sources on Telegram — the platform used by both sides — claimed".
    if view.is(j, TokKind::Dash) {
        let open = (s..j).rev().find(|&k| view.is(k, TokKind::Dash))?;
        j = view.skip_left(open.checked_sub(1)?, s)?;
    }
    if j < s {
        return None;
    }
    if view.is_word(j) {
        let start = view.np_left(j, s)?;
        let lower = view.lw(start);
        if start == j && matches!(lower.as_str(), "who" | "which") {
            // Relative clause: the antecedent names the source.
            let mut k = start.checked_sub(1)?;
            while k > s && matches!(view.p.toks[k].kind, TokKind::Comma | TokKind::Dash) {
                k -= 1;
            }
            let a = view.np_left(k, s)?;
            let mut m = mention(view, start, start, None);
            m.text = view.phrase(a, k).to_string();
            m.form = classify(&m.text);
            return Some((m, (start, start), None));
        }
        return Some((mention(view, start, j, None), (start, j), None));
    }
    if view.is(j, TokKind::Comma) {
        return subject_through_commas(view, j, s);
    }
    None
}

/// "X, a spokesman, said", "The newspaper, citing intelligence sources, said",
/// "However, Mr. Collins, author of …, said".
fn subject_through_commas(
    view: &View,
    comma: usize,
    s: usize,
) -> Option<(Mention, (usize, usize), Option<Mention>)> {
    // Segments between commas, right to left, back to the clause start.
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut end = comma.checked_sub(1)?;
    let mut k = end;
    loop {
        let boundary = k < s
            || matches!(
                view.p.toks[k].kind,
                TokKind::Comma
                    | TokKind::Semi
                    | TokKind::Colon
                    | TokKind::CloseQuote
                    | TokKind::OpenQuote
            )
            || view.p.toks[k].quoted;
        if boundary {
            if end > k {
                segments.push((k + 1, end));
            }
            if k < s || !view.is(k, TokKind::Comma) || segments.len() >= 5 {
                break;
            }
            end = k.checked_sub(1)?;
            if k == 0 {
                break;
            }
            k -= 1;
            continue;
        }
        if k == 0 {
            segments.push((0, end));
            break;
        }
        k -= 1;
    }
    segments.reverse();
    let mut relay = None;
    let mut subject: Option<(usize, usize)> = None;
    let mut cited: Option<(usize, usize)> = None;
    for &(a, b) in &segments {
        if view.is_any(a, &["citing"]) {
            if let Some(x) = view
                .np_right(a + 1, b + 1)
                .or_else(|| view.np_right_loose(a + 1, b + 1))
            {
                cited = Some((a + 1, x));
            }
            continue;
        }
        if subject.is_none() {
            if is_opener(view, a, b) {
                continue;
            }
            let start = view.np_left(b, a)?;
            if start != a {
                return None;
            }
            subject = Some((a, b));
        }
    }
    let (a, b) = subject?;
    let apposition: Vec<&str> = segments
        .iter()
        .filter(|&&(x, _)| x > b && !view.is_any(x, &["citing"]))
        .map(|&(x, y)| view.phrase(x, y))
        .collect();
    let appositive = (!apposition.is_empty()).then(|| apposition.join(", "));
    if let Some((ca, cb)) = cited {
        if is_source_like(view, ca, cb) {
            relay = Some(mention(view, a, b, appositive.clone()));
            return Some((mention(view, ca, cb, None), (ca, cb), relay));
        }
    }
    Some((mention(view, a, b, appositive), (a, b), relay))
}

/// "However", "Last month", "In Washington", "On Tuesday": openers, not subjects.
fn is_opener(view: &View, a: usize, b: usize) -> bool {
    let first = view.lw(a);
    if a == b
        && matches!(
            first.as_str(),
            "however"
                | "meanwhile"
                | "still"
                | "instead"
                | "separately"
                | "later"
                | "earlier"
                | "yet"
                | "indeed"
                | "also"
                | "now"
                | "then"
                | "but"
                | "and"
        )
    {
        return true;
    }
    if matches!(
        first.as_str(),
        "in" | "on"
            | "at"
            | "last"
            | "earlier"
            | "later"
            | "this"
            | "during"
            | "after"
            | "before"
            | "since"
            | "by"
            | "for"
            | "with"
            | "as"
            | "when"
            | "while"
            | "if"
            | "although"
            | "though"
            | "despite"
            | "speaking"
            | "asked"
    ) {
        return true;
    }
    view.skip_left(b, a).is_none_or(|x| x < a)
}

fn is_source_like(view: &View, a: usize, b: usize) -> bool {
    let head = view.lw(b);
    if REASON_HEADS.contains(&head.as_str()) {
        return false;
    }
    view.is_cap(b)
        || COLLECTIVE_HEADS.contains(&head.as_str())
        || (a..=b).any(|k| view.is_cap(k) && k > a)
}

#[allow(clippy::too_many_arguments)]
fn verb_cue(
    view: &View,
    i: usize,
    s: usize,
    e: usize,
    verb: &'static CueVerb,
    form: Form,
    earlier: &[Found],
) -> Option<Found> {
    let prev = i.checked_sub(1).filter(|&p| p >= s);
    let prev_lower = prev.map(|p| view.lw(p)).unwrap_or_default();
    let mut participle_subject = false;
    match form {
        Form::Gerund => {
            let progressive = matches!(
                prev_lower.as_str(),
                "been"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "am"
                    | "be"
                    | "began"
                    | "begun"
                    | "started"
                    | "kept"
                    | "keeps"
                    | "begin"
                    | "start"
            );
            let participial = prev.is_some_and(|p| view.is(p, TokKind::Comma))
                || matches!(
                    prev_lower.as_str(),
                    "while" | "after" | "before" | "by" | "when" | "also"
                );
            if !progressive && !participial {
                return None;
            }
            participle_subject = participial;
        }
        Form::Base => {
            if matches!(
                prev_lower.as_str(),
                "to" | "not"
                    | "did"
                    | "didn’t"
                    | "didn't"
                    | "don’t"
                    | "don't"
                    | "doesn’t"
                    | "doesn't"
                    | "never"
                    | "let"
                    | "please"
                    | "the"
                    | "a"
                    | "an"
                    | "would"
                    | "could"
                    | "might"
                    | "may"
                    | "will"
                    | "should"
                    | "can"
                    | "must"
            ) {
                return None;
            }
            prev?;
        }
        Form::Past | Form::Present3 => {
            if matches!(
                prev_lower.as_str(),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "be"
                    | "been"
                    | "being"
                    | "not"
                    | "the"
                    | "a"
                    | "an"
                    | "as"
                    | "unless"
                    | "if"
            ) {
                return None;
            }
        }
    }
    if verb.lemma == "say"
        && view.is_any(
            i + 1,
            &["so", "goodbye", "yes", "no", "hello", "thanks", "sorry"],
        )
        && !view.is(i + 2, TokKind::OpenQuote)
    {
        return None;
    }

    // Who.
    let mut inverted = false;
    let mut relay_from_citing = None;
    let (source, source_toks) = if participle_subject {
        // ", saying …", "while saying …": the subject of the main clause.
        let main = earlier.last()?;
        (main.source.clone()?, main.source_toks)
    } else {
        let after_quote = prev.is_some_and(|p| {
            view.is(p, TokKind::CloseQuote)
                || view.is(p, TokKind::Comma) && p > s && view.is(p - 1, TokKind::CloseQuote)
        });
        let left = if after_quote {
            None
        } else {
            subject_left(view, i, s)
        };
        match left {
            Some((m, toks, relay)) => {
                relay_from_citing = relay;
                (m, Some(toks))
            }
            None => {
                // Inverted: "“…,” said Young", "…, said the official."
                if !(prev.is_some_and(|p| {
                    matches!(view.p.toks[p].kind, TokKind::Comma | TokKind::CloseQuote)
                })) {
                    return None;
                }
                if verb.lemma == "tell" || form == Form::Gerund {
                    return None;
                }
                let end = view.np_right(i + 1, e)?;
                inverted = true;
                let appositive = view
                    .appositive_right(end + 1, e)
                    .map(|(a, b)| view.phrase(a, b).to_string());
                (mention(view, i + 1, end, appositive), Some((i + 1, end)))
            }
        }
    };
    if !plausible_source(view, &source, source_toks) {
        return None;
    }

    // The cue group: verb, addressee, platform.
    let mut cue_end = i;
    if inverted {
        cue_end = i;
    } else if verb.addressee {
        if view.is_any(i + 1, ADDRESSEE_PRONOUNS) {
            cue_end = i + 1;
        } else if let Some(end) = addressee(view, i + 1, e) {
            cue_end = end;
        } else if verb.lemma == "tell" {
            return None;
        }
    }
    if matches!(verb.lemma, "write" | "tweet" | "post")
        && view.is_any(cue_end + 1, &["on"])
        && view.is_cap(cue_end + 2)
    {
        cue_end += 2;
    }
    let after_source = if inverted {
        source_toks.map(|t| t.1).unwrap_or(i)
    } else {
        cue_end
    };
    let mut k = skip_right(view, after_source + 1, e);
    // Appositive after an inverted source: "said Young, an expert with …,".
    if inverted {
        if let Some((_, b)) = view.appositive_right(k, e) {
            k = b + 1;
        }
    }
    let mut complement = false;
    if view.is_any(k, &["that"]) {
        k += 1;
        complement = true;
    }

    // What.
    let subject_start = source_toks.map(|t| t.0).unwrap_or(i);
    let quote_before = if inverted {
        adjacent_quote_before(view, i)
    } else {
        adjacent_quote_before(view, subject_start)
    };
    let mut content = Vec::new();
    let mut relay_tail = None;
    if let Some(q) = quote_before {
        content.push(q);
        // "“…,” he said, “…”" — the quotation goes on after the cue.
        if view.is(k, TokKind::Comma) && view.is(k + 1, TokKind::OpenQuote) {
            if let Some(q2) = quote_after(view, k + 1, e) {
                content.push(q2);
            }
        }
        if view.is(k, TokKind::Comma) && view.is_any(k + 1, &["citing"]) {
            relay_tail = citing_tail(view, k + 1, e);
        }
    } else {
        let fronted = fronted_clause(view, s, if inverted { i } else { subject_start });
        let mut k2 = k;
        let interrupted = fronted.is_some() && view.is(k2, TokKind::Comma);
        if view.is(k2, TokKind::Colon) || view.is(k2, TokKind::Comma) && !interrupted {
            k2 += 1;
        }
        if view.is(k2, TokKind::Comma) && fronted.is_some() {
            k2 += 1;
        }
        if view.is_any(k2, &["citing"]) {
            relay_tail = citing_tail(view, k2, e);
        }
        let forward = if relay_tail.is_some() {
            None
        } else {
            quote_after(view, k2, e).or_else(|| forward_clause(view, k2, e))
        };
        match (fronted, forward) {
            (Some(f), Some(w)) if interrupted => {
                content.push(f);
                content.push(w);
            }
            (Some(f), _) if !complement && (forward.is_none() || view.is(k, TokKind::Stop)) => {
                content.push(f)
            }
            (_, Some(w)) => content.push(w),
            (Some(f), None) => content.push(f),
            (None, None) => return None,
        }
    }
    if verb.needs_clause && !complement && quote_before.is_none() {
        let first = content.first().copied()?;
        let is_fronted = first.1 < i;
        let quoted = view.is(first.0.saturating_sub(1), TokKind::OpenQuote);
        let clause_subject = verb.belief && is_clause_start(view, first.0);
        if !is_fronted && !quoted && !clause_subject {
            return None;
        }
    }

    let mut via = Vec::new();
    let mut source = source;
    let mut source_toks = source_toks;
    if let Some(r) = relay_from_citing {
        via.push(r);
    }
    if let Some((cited, toks)) = relay_tail {
        via.push(source);
        source = cited;
        source_toks = Some(toks);
    }
    if (s..i).any(|x| view.is_any(x, &["reportedly", "allegedly"]))
        && !view.p.toks[s..i].iter().any(|t| t.quoted)
    {
        let r = (s..i)
            .find(|&x| view.is_any(x, &["reportedly", "allegedly"]))
            .expect("found above");
        via.insert(
            0,
            Mention {
                span: Some(tok_span(view, r, r)),
                text: "reports".into(),
                form: MentionForm::Collective,
                appositive: None,
            },
        );
    }
    let relays = verb.relays
        && (verb.lemma == "report"
            || is_media(view, source_toks)
            || content.first().is_some_and(|c| c.1 < i));
    Some(Found {
        cue_tok: i,
        cue: (i, cue_end),
        source: Some(source),
        source_toks,
        content,
        via,
        stance: if verb.denies {
            Stance::Denies
        } else {
            Stance::Asserts
        },
        relays,
        sentence: (s, e),
        implicit_source: participle_subject,
    })
}

/// "…, citing intelligence sources": the cited source, if it names one.
fn citing_tail(view: &View, citing: usize, e: usize) -> Option<(Mention, (usize, usize))> {
    let a = citing + 1;
    let b = view.np_right(a, e).or_else(|| view.np_right_loose(a, e))?;
    is_source_like(view, a, b).then(|| (mention(view, a, b, None), (a, b)))
}

fn is_media(view: &View, toks: Option<(usize, usize)>) -> bool {
    toks.is_some_and(|(a, b)| (a..=b).any(|k| view.is_any(k, MEDIA_WORDS)))
}

fn is_clause_start(view: &View, k: usize) -> bool {
    view.is_any(
        k,
        &[
            "he", "she", "they", "it", "we", "i", "you", "there", "this", "the", "a", "an", "his",
            "her", "their", "its", "our",
        ],
    ) || view.is_cap(k)
}

fn plausible_source(view: &View, m: &Mention, toks: Option<(usize, usize)>) -> bool {
    let Some((a, b)) = toks else { return true };
    if b < a || b - a > 14 {
        return false;
    }
    match m.form {
        MentionForm::Pronoun => !view.is_any(a, &["that", "you", "them", "him", "us", "me"]),
        MentionForm::Name => true,
        MentionForm::Description | MentionForm::Collective => {
            let head = view.lw(b);
            if a == b
                && !super::lexicon::COLLECTIVE_HEADS.contains(&head.as_str())
                && !super::lexicon::DESCRIPTION_HEADS.contains(&head.as_str())
            {
                return false;
            }
            head.len() > 2 && !head.ends_with("ing") && !view.p.toks[a..=b].iter().any(|t| t.quoted)
        }
    }
}

/// The addressee of "told": "lawmakers", "RFE/RL", "the newspaper", "Fox News".
fn addressee(view: &View, k: usize, e: usize) -> Option<usize> {
    if !view.is_word(k) || view.is_any(k, &["that", "the"]) && !view.is_word(k + 1) {
        return None;
    }
    if view.is_any(k, &["that", "he", "she", "they", "it", "we", "i", "there"]) {
        return None;
    }
    let end = if view.is_cap(k) || view.is_any(k, &["the", "a", "an", "his", "her", "their"]) {
        view.np_right(k, e)?
    } else {
        // A lowercase plural: "lawmakers", "reporters", "parliamentarians".
        k
    };
    Some(end)
}

/// Skips time expressions and "in a statement" right of a cue.
fn skip_right(view: &View, mut k: usize, e: usize) -> usize {
    const WEEKDAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
    ];
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan.",
        "feb.",
        "aug.",
        "sept.",
        "oct.",
        "nov.",
        "dec.",
    ];
    loop {
        let start = k;
        if view.is_any(k, &["on", "late", "early"])
            && (view.is_any(k + 1, WEEKDAYS) || view.is_any(k + 1, MONTHS))
        {
            k += 2;
            if view.is_word(k) && view.w(k).chars().all(|c| c.is_ascii_digit()) {
                k += 1;
            }
        } else if view.is_any(k, WEEKDAYS) {
            k += 1;
        } else if view.is_any(k, &["last", "this", "earlier", "later"])
            && view.is_any(k + 1, &["week", "month", "year", "weekend", "time"])
        {
            k += 2;
        } else if view.is_any(k, &["at"])
            && view.is_any(k + 1, &["the"])
            && view.is_any(k + 2, &["time"])
        {
            k += 3;
        } else if view.is_any(k, &["in", "at", "during"])
            && view.is_any(k + 1, &["a", "an", "the", "his", "her", "their", "its"])
        {
            let head = k + 2;
            let mut h = head;
            while h < e
                && h < head + 3
                && view.is_word(h)
                && !view.is_any(
                    h,
                    &[
                        "statement",
                        "interview",
                        "briefing",
                        "speech",
                        "post",
                        "letter",
                        "tweet",
                        "release",
                        "email",
                        "conference",
                        "hearing",
                        "address",
                        "op-ed",
                        "memo",
                        "message",
                        "report",
                    ],
                )
            {
                h += 1;
            }
            if view.is_any(
                h,
                &[
                    "statement",
                    "interview",
                    "briefing",
                    "speech",
                    "post",
                    "letter",
                    "tweet",
                    "release",
                    "email",
                    "conference",
                    "hearing",
                    "address",
                    "op-ed",
                    "memo",
                    "message",
                    "report",
                ],
            ) {
                k = h + 1;
                // "… with CNN", "… on Sunday"
                if view.is_any(k, &["with", "to", "on"]) && view.is_cap(k + 1) {
                    k = view.np_right(k + 1, e).map_or(k + 2, |x| x + 1);
                }
            }
        } else if view.is_any(
            k,
            &[
                "also",
                "again",
                "repeatedly",
                "publicly",
                "privately",
                "previously",
                "recently",
                "earlier",
                "later",
                "flatly",
                "then",
            ],
        ) {
            k += 1;
        }
        if k == start || k >= e {
            return k.min(e);
        }
    }
}

/// The quotation closing right before token `at` ("“…,” he said"; also "“…”, he said").
fn adjacent_quote_before(view: &View, at: usize) -> Option<(usize, usize)> {
    let mut k = at.checked_sub(1)?;
    if view.is(k, TokKind::Comma) {
        k = k.checked_sub(1)?;
    }
    if !view.is(k, TokKind::CloseQuote) {
        return None;
    }
    let q = view.p.quote_closing_at(k)?;
    interior(view, q.open, Some(k))
}

/// The quotation opening at token `k`, when it runs to the end of its sentence
/// or beyond: its interior.
fn quote_after(view: &View, k: usize, e: usize) -> Option<(usize, usize)> {
    if !view.is(k, TokKind::OpenQuote) {
        return None;
    }
    let q = view.p.quote_opening_at(k)?;
    // Only a quotation that ends the sentence is the whole content; otherwise the
    // quotation is part of a mixed clause.
    if let Some(c) = q.close {
        let mut rest = c + 1;
        while rest < e && matches!(view.p.toks[rest].kind, TokKind::Stop | TokKind::CloseParen) {
            rest += 1;
        }
        if rest < e && c < e {
            return None;
        }
    }
    interior(view, q.open, q.close)
}

fn interior(view: &View, open: usize, close: Option<usize>) -> Option<(usize, usize)> {
    let a = open + 1;
    let mut b = close.unwrap_or(view.p.toks.len()).checked_sub(1)?;
    while b > a && view.is(b, TokKind::Comma) {
        b -= 1;
    }
    (b >= a).then_some((a, b))
}

/// The clause from `k` to the end of the sentence, stopping before ", according
/// to", ", amid", "; " and a trailing ", X said".
fn forward_clause(view: &View, k: usize, e: usize) -> Option<(usize, usize)> {
    // Inside a parenthetical opened by a dash, the content ends at the closing dash.
    let s = view.p.sentence_of(k.min(e.saturating_sub(1))).0;
    let stop_at_dash = (s..k).filter(|&x| view.is(x, TokKind::Dash)).count() % 2 == 1;
    let mut end = e;
    let mut x = k;
    while x < e {
        let t = view.p.toks[x];
        if !t.quoted {
            if t.kind == TokKind::Semi {
                end = x;
                break;
            }
            // "…, while saying …", "…, adding that …": a participle starts its own attribution.
            if view.is_any(
                x,
                &[
                    "while",
                    "saying",
                    "adding",
                    "noting",
                    "arguing",
                    "insisting",
                    "warning",
                    "claiming",
                    "explaining",
                ],
            ) && x > k
            {
                let gerund = if view.is_any(x, &["while"]) { x + 1 } else { x };
                if view.is_word(gerund)
                    && view.lw(gerund).ends_with("ing")
                    && cue_verb(&view.lw(gerund)).is_some()
                    && (x != gerund || view.is(x - 1, TokKind::Comma))
                {
                    end = x;
                    break;
                }
            }
            if t.kind == TokKind::Dash && stop_at_dash {
                end = x;
                break;
            }
            if t.kind == TokKind::Comma
                && view.is_any(
                    x + 1,
                    &[
                        "according",
                        "amid",
                        "citing",
                        "officials",
                        "said",
                        "says",
                        "he",
                        "she",
                    ],
                )
            {
                let next = view.lw(x + 1);
                let tail_is_cue = match next.as_str() {
                    "he" | "she" | "officials" => {
                        view.is_any(x + 2, &["said", "says", "added", "told", "wrote", "noted"])
                    }
                    "said" | "says" => true,
                    _ => true,
                };
                if tail_is_cue {
                    end = x;
                    break;
                }
            }
        }
        x += 1;
    }
    let mut b = end.checked_sub(1)?;
    while b > k
        && matches!(
            view.p.toks[b].kind,
            TokKind::Stop | TokKind::Comma | TokKind::CloseParen | TokKind::Dash
        )
        && !view.p.toks[b].quoted
    {
        b -= 1;
    }
    let words = (k..=b).filter(|&w| view.is_word(w)).count();
    (b >= k && words >= 2).then_some((k, b))
}

/// The clause before ", X said" when the source phrase at `subject_start` follows a
/// comma: from the clause start to just before that comma.
fn fronted_clause(view: &View, s: usize, subject_start: usize) -> Option<(usize, usize)> {
    let comma = subject_start.checked_sub(1)?;
    if comma < s || !view.is(comma, TokKind::Comma) {
        return None;
    }
    let b = comma.checked_sub(1)?;
    let a = clause_start(view, s, b);
    let words = (a..=b).filter(|&w| view.is_word(w)).count();
    (b >= a && words >= 2).then_some((a, b))
}

/// Where the clause ending at `b` starts: the sentence start, skipping an
/// opening quotation mark.
fn clause_start(view: &View, s: usize, b: usize) -> usize {
    let mut a = s;
    // A clause after a semicolon.
    for x in (s..b).rev() {
        if view.is(x, TokKind::Semi) && !view.p.toks[x].quoted {
            a = x + 1;
            break;
        }
    }
    while a < b
        && matches!(
            view.p.toks[a].kind,
            TokKind::OpenQuote | TokKind::Dash | TokKind::Other
        )
    {
        a += 1;
    }
    a
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
            if found[outer].relays {
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
    let _ = view;
    let mut idx = 0;
    found.retain(|_| {
        let keep = !drop[idx];
        idx += 1;
        keep
    });
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
    let both = view.is_any(a, &["both"]);
    let first_start = if both { a + 1 } else { a };
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
