//! Reporting verbs: the tense and voice filters, inverted speakers ("said
//! Young"), participles ("…, saying"), addressees ("told lawmakers"), and the
//! choice of content: adjacent quotation, clause after, fronted clause, or both
//! halves of an interrupted one.

use super::super::lexicon::{
    cue_verb, CueVerb, Form, BETWEEN_SUBJECT_AND_CUE, MONTHS, PERIODS, WEEKDAYS,
};
use super::super::phrases::View;
use super::super::tokens::TokKind;
use super::content::*;
use super::subject::*;
use super::{mention, tok_span, Found};
use crate::model::{Mention, MentionForm, Stance};

const ADDRESSEE_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "reporters"];

#[allow(clippy::too_many_arguments)]
pub(super) fn verb_cue(
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
                prev_lower.as_ref(),
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
                    prev_lower.as_ref(),
                    "while" | "after" | "before" | "by" | "when" | "also"
                );
            // "with three in 10 saying …": an absolute clause names its subject.
            let absolute = subject_left(view, i, s)
                .is_some_and(|(_, (a, _), _)| a > s && view.is_any(a - 1, &["with"]));
            if !progressive && !participial && !absolute {
                return None;
            }
            participle_subject = participial && !absolute;
        }
        Form::Base => {
            if matches!(
                prev_lower.as_ref(),
                "to" | "not"
                    | "did"
                    | "didn’t"
                    | "won’t"
                    | "won't"
                    | "can’t"
                    | "can't"
                    | "wouldn’t"
                    | "wouldn't"
                    | "shouldn’t"
                    | "couldn’t"
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
                prev_lower.as_ref(),
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
    // "five Republican-led states that …", "several claims": a plural noun
    // after a number, a quantifier or a hyphenated modifier.
    if form == Form::Present3 && prev.is_some_and(|p| counts_a_noun(view, p)) {
        return None;
    }
    if verb.lemma == "say"
        && view.is_any(i + 1, &["so", "goodbye", "hello", "thanks", "sorry"])
        && !view.is(i + 2, TokKind::OpenQuote)
    {
        return None;
    }

    // "an estimate of", "claims of fraud": a noun before its complement.
    if matches!(form, Form::Base | Form::Present3)
        && view.is_any(i + 1, &["of", "for", "by", "from", "about", "over"])
        && !verb.particles.iter().any(|p| view.is_any(i + 1, &[p]))
    {
        return None;
    }
    // "the report said", "reports did not indicate": a noun before its verb.
    if matches!(form, Form::Base | Form::Present3)
        && view.is_word(i + 1)
        && (cue_verb(&view.lw(i + 1))
            .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Present3))
            || view.is_any(
                i + 1,
                &[
                    "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will",
                    "would",
                ],
            ))
    {
        return None;
    }
    if verb.lemma == "report"
        && matches!(form, Form::Base | Form::Present3)
        && !view.is_any(i + 1, &["that"])
        && !view.is(i + 1, TokKind::Colon)
    {
        return None;
    }
    // "the court denied the request", "would deny funding to …": refusing a
    // request or withholding something states nothing.
    if verb.lemma == "deny" {
        let object_end = (i + 1..(i + 6).min(e))
            .find(|&k| !view.is_word(k))
            .unwrap_or((i + 6).min(e));
        const REQUESTS: &[&str] = &[
            "request",
            "requests",
            "motion",
            "motions",
            "appeal",
            "appeals",
            "petition",
            "petitions",
            "application",
            "applications",
            "bail",
            "permit",
            "permits",
            "access",
            "entry",
            "visa",
            "visas",
            "service",
            "benefits",
            "parole",
            "waiver",
            "funding",
            "funds",
            "money",
            "coverage",
            "care",
            "treatment",
            "admission",
            "asylum",
            "citizenship",
            "license",
            "licenses",
            "protection",
            "protections",
        ];
        if (i + 1..object_end).any(|k| view.is_any(k, REQUESTS)) {
            return None;
        }
    }
    // "referring to", "pointed out", "wants to": the particle belongs to the cue.
    if !verb.particles.is_empty() && !verb.particles.iter().any(|p| view.is_any(i + 1, &[p])) {
        return None;
    }
    // "declined to comment" states nothing; "declined to endorse X" does.
    if matches!(verb.lemma, "decline" | "refuse")
        && view.is_any(i + 1, &["to"])
        && view.is_any(
            i + 2,
            &[
                "comment",
                "say",
                "discuss",
                "answer",
                "elaborate",
                "confirm",
                "specify",
                "respond",
                "speculate",
                "identify",
                "disclose",
                "reveal",
                "name",
                "provide",
                "give",
            ],
        )
    {
        return None;
    }
    // "backed" only as "backed X", never "backed down", "backed off".
    if verb.lemma == "back"
        && (form == Form::Base || view.is_any(i + 1, &["down", "off", "away", "out", "up", "into"]))
    {
        return None;
    }

    // Who.
    let mut inverted = false;
    let mut relay_from_citing = None;
    // "…, and said …": a coordinated verb shares the subject of the clause.
    let coordinated = matches!(prev_lower.as_ref(), "and" | "but") && form != Form::Gerund;
    let (source, source_toks) = if participle_subject || coordinated {
        // ", saying …", "while saying …", "… and said …": the subject of the
        // main clause, or else of the sentence.
        match earlier
            .last()
            .and_then(|main| main.source.clone().map(|m| (m, main.source_toks)))
        {
            Some(found) => found,
            None => {
                let (m, toks) = sentence_subject(view, s, i)?;
                (m, Some(toks))
            }
        }
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
                let end = view
                    .np_right(i + 1, e)
                    .or_else(|| titled_np_right(view, i + 1, e))?;
                // "…, said Tuesday that …": a day is when, never who.
                if (i + 1..=end).all(|k| !view.is_word(k) || view.is_any(k, WEEKDAYS)) {
                    return None;
                }
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
    // "North Korea is already accused of …": a passive names no speaker.
    if form == Form::Past && !inverted {
        if let Some((_, end)) = source_toks {
            // Only the words right before the verb, not an appositive between
            // commas ("Trump, who was asked about it, said").
            let run_start = (end + 1..i)
                .rev()
                .find(|&k| !view.is_word(k))
                .map_or(end + 1, |k| k + 1);
            if (run_start..i)
                .any(|k| view.is_any(k, &["is", "are", "was", "were", "be", "been", "being"]))
            {
                return None;
            }
        }
    }
    // "his attacks on", "the support of", "Trump's remarks", "of support": after a
    // determiner, a possessive or a preposition a cue word is a noun.
    let noun_position = prev.is_some_and(|p| {
        view.is_any(
            p,
            &[
                "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                "these", "those",
            ],
        ) || view.w(p).ends_with("’s")
            || view.w(p).ends_with("'s")
            || matches!(form, Form::Base | Form::Present3)
                && view.is_any(
                    p,
                    &[
                        "of",
                        "for",
                        "with",
                        "in",
                        "on",
                        "at",
                        "by",
                        "from",
                        "ambiguous",
                        "recent",
                        "earlier",
                        "latest",
                        "public",
                        "private",
                    ],
                )
    });
    if noun_position && (verb.stance || matches!(form, Form::Base | Form::Present3)) {
        return None;
    }
    // "a follow-up tweet", "his previous call": a bare form after a singular
    // word that is no name cannot agree with it as a verb, so it is a noun.
    if form == Form::Base && !inverted {
        if let Some(p) = prev.filter(|&p| view.is_word(p) && !view.is_cap(p)) {
            let word = view.lw(p);
            const PLURAL_WITHOUT_S: &[&str] = &[
                "people",
                "police",
                "staff",
                "media",
                "data",
                "men",
                "women",
                "children",
                "public",
                "government",
                "team",
                "majority",
                "they",
                "we",
                "you",
                "i",
                "who",
                "and",
                "to",
                "not",
                "never",
                "also",
                "will",
                "would",
                "could",
                "should",
                "might",
                "may",
                "must",
                "can",
                "did",
                "do",
                "does",
                "often",
                "still",
                "then",
                "now",
            ];
            let singular = !word.ends_with('s')
                && !word.ends_with("ly")
                && !PLURAL_WITHOUT_S.contains(&word.as_ref())
                && !BETWEEN_SUBJECT_AND_CUE.contains(&word.as_ref());
            if singular && source_toks.is_some_and(|(_, b)| b == p) {
                return None;
            }
        }
    }
    // "Weekly unemployment claims fell to 498,000": a cue word in -s followed by
    // a past tense is the subject noun of that verb.
    let next = if view.is_word(i + 1) {
        view.lw(i + 1)
    } else {
        Default::default()
    };
    if form == Form::Present3
        && view.is_any(
            i,
            &[
                "claims",
                "reports",
                "estimates",
                "notes",
                "recalls",
                "promises",
                "charges",
            ],
        )
        && view.is_word(i + 1)
        && !view.is_cap(i + 1)
        && (super::super::lexicon::is_irregular_past(&next)
            || next.ends_with("ed") && next.len() > 4 && cue_verb(&next).is_none())
    {
        return None;
    }
    // "the attacks that cited …": a stance word followed by a relative pronoun is a noun.
    if verb.stance
        && matches!(form, Form::Base | Form::Present3)
        && view.is_any(i + 1, &["that", "which", "who"])
    {
        return None;
    }
    if verb.stance
        && matches!(form, Form::Base | Form::Present3)
        && !matches!(source.form, MentionForm::Name | MentionForm::Pronoun)
    {
        return None;
    }
    // A stance taken by an act needs someone named to take it.
    if verb.stance && (inverted || source.form == MentionForm::Collective) {
        return None;
    }
    // "asked whether he supports the plan", "if she said so": a cue in an
    // embedded question or a condition asserts nothing.
    if source_toks.is_some_and(|(a, _)| a > s && view.is_any(a - 1, &["whether", "if", "unless"])) {
        return None;
    }

    // The cue group: verb, addressee, platform.
    let mut cue_end = if verb.particles.is_empty() { i } else { i + 1 };
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
    } else if view.is_any(i + 1, &["to"]) {
        // "denied to the Portland Press Herald that …", "said to reporters
        // that …": whom it was said to belongs to the cue, not the content.
        if let Some(end) = addressee(view, i + 2, e).filter(|&end| view.is_any(end + 1, &["that"]))
        {
            cue_end = end;
        } else if verb.denies
            && view.is_word(i + 2)
            && !view.is_cap(i + 2)
            && !view.is_any(
                i + 2,
                &["the", "a", "an", "his", "her", "their", "its", "our"],
            )
        {
            // "denied to detail what they advised", "refused to comment": a
            // refusal to speak, not a denial of anything.
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
    // Where and when it was said is skipped for verbs of speech only: a
    // stance's or belief's object, a verb's particle and a clause a verb
    // needs are read as before ("hinted at a giveaway", "responded by moving
    // …", "blasted in a shot that …").
    let speech = !(verb.needs_clause || verb.stance || verb.belief || verb.denies)
        && verb.particles.is_empty();
    let mut complement = false;
    if let Some(that) = that_after_circumstance(view, k, e).filter(|_| speech) {
        k = that;
    }
    if view.is_any(k, &["that"]) {
        k += 1;
        complement = true;
    }

    // What.
    let subject_start = source_toks.map(|t| t.0).unwrap_or(i);
    // A participle or coordinated verb borrows its subject, not its quotation.
    let borrowed = participle_subject || coordinated;
    // "“… not a hoax,” it rejected several amendments": a denial with an
    // object of its own denies that, not the quotation before it; one that
    // points back ("dismissed that criticism", "denied having said that",
    // "rejected the concerns") denies the quotation.
    let denies_object = verb.denies
        && !complement
        && view.is_word(k)
        && !view.is_any(k, WEEKDAYS)
        && !view.is_any(
            k,
            &[
                "that", "this", "these", "those", "it", "such", "having", "the",
            ],
        )
        && !view.is_any(
            k,
            &[
                "on",
                "in",
                "at",
                "late",
                "early",
                "last",
                "this",
                "earlier",
                "later",
                "yesterday",
                "today",
                "again",
                "repeatedly",
                "strongly",
                "flatly",
            ],
        );
    let quote_before = if borrowed || denies_object {
        None
    } else if inverted {
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
        let fronted = if borrowed {
            None
        } else {
            fronted_clause(view, s, if inverted { i } else { subject_start })
        };
        let mut k2 = k;
        let interrupted = fronted.is_some() && view.is(k2, TokKind::Comma);
        // "…, Portnoy reported from inside the Oval Office.", "…, the company
        // said at a news conference in Detroit.": where the speech took place
        // ends the sentence (or comes before ", citing …"); the content is the
        // fronted clause.
        if speech && fronted.is_some() && !interrupted && !complement {
            if let Some(after) = circumstance(view, k2, e) {
                k2 = after;
            }
        }
        if view.is(k2, TokKind::Colon) || view.is(k2, TokKind::Comma) && !interrupted {
            k2 += 1;
        }
        if view.is(k2, TokKind::Comma) && fronted.is_some() {
            k2 += 1;
        }
        if view.is_any(k2, &["citing"]) {
            relay_tail = citing_tail(view, k2, e);
            // "said, citing concerns over …, that …": a reason, skipped.
            if relay_tail.is_none() {
                if let Some(comma) = (k2..e).find(|&x| view.is(x, TokKind::Comma)) {
                    k2 = comma + 1;
                    if view.is_any(k2, &["that"]) {
                        k2 += 1;
                    }
                }
            }
        }
        let participle_next =
            view.is_word(k2) && view.lw(k2).ends_with("ing") && cue_verb(&view.lw(k2)).is_some();
        let forward = if let Some((_, (_, cited_end))) = &relay_tail {
            // "reported, citing two officials briefed on the talks, that …".
            (cited_end + 1..e)
                .find(|&x| view.is(x, TokKind::Comma))
                .filter(|&comma| view.is_any(comma + 1, &["that"]))
                .and_then(|comma| forward_clause(view, comma + 2, e))
        } else if is_cue_tail(view, k2, e) || participle_next && fronted.is_some() {
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
        // "Polls show Clinton leading": evidence speaks without "that".
        let evidence =
            source_toks.is_some_and(|(_, b)| view.is_any(b, super::super::lexicon::EVIDENCE_NOUNS));
        if !is_fronted && !quoted && !clause_subject && !evidence {
            return None;
        }
    }

    if verb.stance && quote_before.is_none() && content.first().is_some_and(|c| c.1 < i) {
        return None;
    }
    // The object of a stance ends at the first comma, dash or colon, or at a
    // time expression ("endorsed Clinton on Thursday, is …").
    // "While Putin and Russia deny the allegations, the administration is …":
    // a denied object ends at its clause too.
    let denied_object = verb.denies && !complement && quote_before.is_none();
    if verb.stance || denied_object {
        for span in &mut content {
            if !verb.stance && span.0 < i {
                continue;
            }
            let mut x = span.0 + 1;
            while x <= span.1 {
                let t = view.p.toks[x];
                let time = view.is_any(x, &["on", "last", "this", "earlier", "in"])
                    && (view.is_any(x + 1, WEEKDAYS)
                        || view.is_any(x + 1, MONTHS)
                        || view.is_any(x + 1, PERIODS));
                if !t.quoted
                    && matches!(
                        t.kind,
                        TokKind::Comma | TokKind::Dash | TokKind::Colon | TokKind::Semi
                    )
                    || time
                    || !verb.stance && next_clause(view, span.0, x, span.1)
                {
                    span.1 = x - 1;
                    break;
                }
                x += 1;
            }
        }
    }

    // "reported that …, citing two officials briefed on the talks".
    if relay_tail.is_none() && verb.relays {
        if let Some(&(_, last)) = content.last().filter(|c| c.1 > i) {
            if view.is(last + 1, TokKind::Comma) && view.is_any(last + 2, &["citing"]) {
                relay_tail = citing_tail(view, last + 2, e);
            }
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
    // "X reportedly told …": only between the subject and its verb.
    let between = source_toks.map_or(i, |t| t.1 + 1)..i;
    if let Some(r) = between
        .clone()
        .find(|&x| view.is_any(x, &["reportedly", "allegedly"]))
    {
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
    let speech = !verb.stance && !participle_subject;
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
        speech,
        sentence: (s, e),
    })
}

/// Does a denied object end before the "and"/"but" at `x`: "denies any
/// wrongdoing and has resisted calls to resign", "denies any role in the
/// attacks and multiple investigations have cleared it" go on with the
/// subject's next predicate or a clause of its own, told by an auxiliary
/// before any relative word. An object that opens with a pronoun is itself a
/// clause ("denied he was there and has …" denies both), and so is one with an
/// auxiliary before the conjunction.
fn next_clause(view: &View, start: usize, x: usize, end: usize) -> bool {
    if view.p.toks[x].quoted || !view.is_any(x, &["and", "but"]) {
        return false;
    }
    const SUBJECTS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "there"];
    if view.is_any(start, SUBJECTS) || (start..x).any(|k| view.is_any(k, AUXILIARIES)) {
        return false;
    }
    (x + 1..=end.min(x + 6))
        .take_while(|&k| view.is_word(k) && !view.is_any(k, &["that", "who", "which", "whose"]))
        .any(|k| view.is_any(k, AUXILIARIES))
}

/// "…, citing intelligence sources": the cited source, if it names one.
pub(super) fn citing_tail(
    view: &View,
    citing: usize,
    e: usize,
) -> Option<(Mention, (usize, usize))> {
    let a = citing + 1;
    let b = view.np_right(a, e).or_else(|| view.np_right_loose(a, e))?;
    is_source_like(view, a, b).then(|| (mention(view, a, b, None), (a, b)))
}

/// The addressee of "told": "lawmakers", "RFE/RL", "the newspaper", "Fox News".
pub(super) fn addressee(view: &View, k: usize, e: usize) -> Option<usize> {
    if !view.is_word(k) || view.is_any(k, &["that", "the"]) && !view.is_word(k + 1) {
        return None;
    }
    if view.is_any(k, &["that", "he", "she", "they", "it", "we", "i", "there"]) {
        return None;
    }
    let end = if view.is_cap(k) || view.is_any(k, &["the", "a", "an", "his", "her", "their"]) {
        view.np_right(k, e)?
    } else {
        // Lower-case nouns: "lawmakers", "reporters", "council members".
        let mut end = k;
        while end + 1 < e
            && end < k + 2
            && view.is_word(end + 1)
            && !view.p.toks[end + 1].quoted
            && !view.is_any(
                end + 1,
                &[
                    "that", "he", "she", "they", "it", "we", "i", "there", "on", "in", "at", "the",
                    "a", "his", "her", "their", "this", "last",
                ],
            )
            && !view.is_cap(end + 1)
            && !super::super::lexicon::NP_STOP.contains(&view.lw(end + 1).as_ref())
            && view.lw(end + 1).ends_with('s')
        {
            end += 1;
        }
        end
    };
    Some(end)
}

/// "former Pennsylvania governor Ed Rendell", "state Sen. Darren Soto": lower-case
/// title words before a name, right of an inverted cue.
fn titled_np_right(view: &View, start: usize, e: usize) -> Option<usize> {
    let first_cap = (start..(start + 4).min(e)).find(|&k| view.is_cap(k))?;
    let titles_ok = (start..first_cap).all(|k| {
        view.is_word(k)
            && !view.p.toks[k].quoted
            && !super::super::lexicon::NP_STOP.contains(&view.lw(k).as_ref())
    });
    if !titles_ok {
        return None;
    }
    view.np_right(first_cap, e)
}

/// ", the Valley Herald reported." or ", according to the Valley Herald." — a
/// source and a cue that end the sentence relay what came before; they are not
/// content.
fn is_cue_tail(view: &View, k: usize, e: usize) -> bool {
    if view.is_any(k, &["according"]) && view.is_any(k + 1, &["to"]) {
        return true;
    }
    let Some(end) = view.np_right(k, e) else {
        return false;
    };
    let verb = end + 1;
    view.is_word(verb)
        && super::super::lexicon::cue_verb(&view.lw(verb)).is_some()
        && (verb + 1..e)
            .all(|x| !view.is_word(x) || view.is_any(x, &["on"]) || view.is_any(x, WEEKDAYS))
}

/// Words before a plural noun that a verb never follows: numbers ("two
/// claims"), quantifiers ("several reports", "many states") and hyphenated
/// modifiers ("Republican-led states", "state-run media").
fn counts_a_noun(view: &View, p: usize) -> bool {
    let w = view.lw(p);
    view.is_word(p)
        && (w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w.as_ref(),
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "dozens"
                    | "many"
                    | "several"
                    | "some"
                    | "other"
                    | "these"
                    | "those"
                    | "few"
                    | "all"
                    | "both"
                    | "most"
                    | "such"
            )
            || [
                "-led",
                "-run",
                "-based",
                "-controlled",
                "-held",
                "-governed",
            ]
            .iter()
            .any(|end| w.ends_with(end)))
}
