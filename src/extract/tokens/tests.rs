//! Tokenizer fixtures: sentences, quotations, word joiners.

use super::*;

fn check(input: &str, expect: &[&str]) {
    let p = paragraph(input, 0, input.len());
    let got: Vec<&str> = p
        .sentences
        .iter()
        .map(|(s, e)| input[p.toks[*s].start..p.toks[*e - 1].end].trim())
        .collect();
    assert_eq!(got, expect, "sentences of {input:?}");
}

/// The words (and marks) of `text` read as one paragraph.
fn words(text: &str) -> Vec<&str> {
    let p = paragraph(text, 0, text.len());
    (0..p.toks.len()).map(|i| p.word(text, i)).collect()
}

#[test]
fn sentences_survive_abbreviations_and_quotes() {
    check(
        "Mississippi asked the court to overrule Roe v. Wade. It did not.",
        &[
            "Mississippi asked the court to overrule Roe v. Wade.",
            "It did not.",
        ],
    );
    check(
        "Mr. Kim met Gen. Lee in the U.S. on Jan. 5. He left.",
        &["Mr. Kim met Gen. Lee in the U.S. on Jan. 5.", "He left."],
    );
    check(
        "“They are capable,” he said. “They do not have experience.” Then he left.",
        &[
            "“They are capable,” he said.",
            "“They do not have experience.”",
            "Then he left.",
        ],
    );
    check(
        "It ends in North Korea.”A version appeared.",
        &["It ends in North Korea.”", "A version appeared."],
    );
    check(
        "Prices rose 1.5 percent. Costs fell.",
        &["Prices rose 1.5 percent.", "Costs fell."],
    );
}

#[test]
fn quotes_are_tracked_and_may_stay_open() {
    let text = "He said “we will win. We always do” and left. She said \"no\" too. “Open";
    let p = paragraph(text, 0, text.len());
    assert_eq!(p.quotes.len(), 3);
    assert!(p.quotes[0].close.is_some());
    assert!(p.quotes[2].close.is_none());
    let quoted: Vec<&str> = p
        .toks
        .iter()
        .filter(|t| t.quoted)
        .map(|t| &text[t.start..t.end])
        .collect();
    assert_eq!(
        quoted,
        ["we", "will", "win", ".", "We", "always", "do", "no", "Open"]
    );
}

#[test]
fn words_keep_joiners() {
    let text = "Kim Yong-hyun’s 13,000 U.S. troops, RFE/RL said.";
    assert_eq!(
        words(text),
        [
            "Kim",
            "Yong-hyun’s",
            "13,000",
            "U.S.",
            "troops",
            ",",
            "RFE/RL",
            "said",
            "."
        ]
    );
}

#[test]
fn a_possessive_after_a_final_s_ends_its_word_and_quotes_stay_quotes() {
    let text = "Reuters' Anna Berg and the Times’ Jo Hale met 'the boss' and the 'bosses'\nThen";
    assert_eq!(
        words(text),
        [
            "Reuters'", "Anna", "Berg", "and", "the", "Times’", "Jo", "Hale", "met", "'", "the",
            "boss", "'", "and", "the", "'", "bosses", "'", "Then"
        ]
    );
}

/// Issue 12: a long token of joined parts ("1,21,2…", "a.ba.b…") is read
/// in one pass, as one word, the same as a short one.
#[test]
fn issue_12_long_joined_tokens_are_one_word() {
    for text in [
        "1,2".repeat(5000),
        "a.b".repeat(4000),
        "Kim-".repeat(3000) + "Un",
    ] {
        let p = paragraph(&text, 0, text.len());
        assert!(p.word(&text, 0) == text, "{}", &text[..20]);
    }
    let text = "12,000 U.S. RFE/RL 1.5 AB/CD/EF";
    assert_eq!(
        words(text),
        ["12,000", "U.S.", "RFE/RL", "1.5", "AB/CD", "/", "EF"]
    );
}
