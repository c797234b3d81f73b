//! Tests of the cue lexicon: the table of every cue-verb form read as the rules
//! read it, and the lookups of `lexicon.rs`.

use super::*;

fn check(word: &str, expect: Option<(&str, Form)>) {
    let got = cue_verb(word).map(|(v, f)| (v.lemma, f));
    assert_eq!(got, expect, "{word}");
}

/// `cue_verb` as the rules read, one stem at a time.
fn plain_cue_verb(word: &str) -> Option<(&'static CueVerb, Form)> {
    let find = |lemma: &str| VERBS.iter().find(|v| v.lemma == lemma);
    let w = word.to_lowercase();
    let w = w.as_str();
    if let Some(&(_, lemma)) = IRREGULAR.iter().find(|(f, _)| *f == w) {
        let f = if w.ends_with('s') && !w.ends_with("ss") && lemma != "say" || w == "says" {
            Form::Present3
        } else {
            Form::Past
        };
        return find(lemma).map(|v| (v, f));
    }
    if let Some(v) = find(w) {
        return Some((v, Form::Base));
    }
    let candidates: [(&str, Form); 6] = [
        (w.strip_suffix("ing").unwrap_or(""), Form::Gerund),
        (w.strip_suffix("es").unwrap_or(""), Form::Present3),
        (w.strip_suffix('s').unwrap_or(""), Form::Present3),
        (w.strip_suffix("ed").unwrap_or(""), Form::Past),
        (w.strip_suffix('d').unwrap_or(""), Form::Past),
        (w.strip_suffix("ied").unwrap_or(""), Form::Past),
    ];
    for (stem, form) in candidates {
        if stem.is_empty() {
            continue;
        }
        if let Some(v) = find(stem) {
            return Some((v, form));
        }
        if form == Form::Gerund {
            if let Some(v) = find(&format!("{stem}e")) {
                return Some((v, form));
            }
        }
    }
    // "admitted", "admitting": the doubled final consonant dropped.
    for (end, form) in [("ed", Form::Past), ("ing", Form::Gerund)] {
        let Some(stem) = w.strip_suffix(end) else {
            continue;
        };
        let mut letters = stem.chars().rev();
        if let (Some(a), Some(b)) = (letters.next(), letters.next()) {
            let lemma = &stem[..stem.len() - a.len_utf8()];
            if a == b && super::doubling(lemma) == Some(a) {
                if let Some(v) = find(lemma).filter(|v| v.particles.is_empty()) {
                    return Some((v, form));
                }
            }
        }
    }
    None
}

#[test]
fn the_table_reads_as_the_rules() {
    let mut words: Vec<String> = forms().keys().cloned().collect();
    words.extend(VERBS.iter().map(|v| v.lemma.to_string()));
    words.extend(IRREGULAR.iter().map(|(f, _)| f.to_string()));
    let stems: Vec<String> = words.clone();
    for w in &stems {
        for end in ["s", "es", "ed", "d", "ied", "ing", "e", "ss", "ings"] {
            words.push(format!("{w}{end}"));
        }
        for cut in 1..4 {
            if let Some(head) = w.get(..w.len().saturating_sub(cut)) {
                words.push(head.to_string());
            }
        }
        words.push(w.to_uppercase());
    }
    words.extend(["", "s", "ing", "ed", "d", "ied", "es", "salad", "Straße"].map(String::from));
    for w in &words {
        let got = cue_verb(w).map(|(v, f)| (*v, f));
        let want = plain_cue_verb(w).map(|(v, f)| (*v, f));
        assert_eq!(got, want, "{w}");
    }
}

#[test]
fn verb_forms() {
    check("said", Some(("say", Form::Past)));
    check("says", Some(("say", Form::Present3)));
    check("Told", Some(("tell", Form::Past)));
    check("denied", Some(("deny", Form::Past)));
    check("noting", Some(("note", Form::Gerund)));
    check("warns", Some(("warn", Form::Present3)));
    check("estimated", Some(("estimate", Form::Past)));
    check("accusing", Some(("accuse", Form::Gerund)));
    check("saying", Some(("say", Form::Gerund)));
    check("writes", Some(("write", Form::Present3)));
    check("salad", None);
    check("stated", Some(("state", Form::Past)));
}
