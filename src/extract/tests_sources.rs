//! Extraction fixtures for who speaks and what the publisher states, one
//! construction each, written for the tests: places after a preposition, plural
//! nouns that look like cues, cues in embedded questions and conditions, titles in quotation marks, offices of a place,
//! the publisher's statements around relative clauses, and quotations nobody
//! is there to continue.

use super::attributions;
use super::tests::{article, check};
use crate::model::QuoteKind;

/// The publisher's own statements in `text`.
fn narrated(text: &str) -> Vec<String> {
    attributions(&article(text))
        .iter()
        .filter(|a| a.quote == QuoteKind::Narrator)
        .map(|a| {
            a.content
                .iter()
                .map(|c| c.slice(text))
                .collect::<Vec<_>>()
                .join(" … ")
        })
        .collect()
}

#[test]
fn a_cue_in_an_embedded_question_or_a_condition_asserts_nothing() {
    // The asking is reported; the supporting and the saying are not.
    check(
        "A man asked the congressman whether he supported the new tax plan.",
        &["A man | asked | the congressman whether he supported the new tax plan"],
    );
    check(
        "Reporters asked if she said the talks had failed.",
        &["Reporters | asked | if she said the talks had failed"],
    );
    check(
        "The mayor said the bridge would reopen if engineers approved it.",
        &["The mayor | said | the bridge would reopen if engineers approved it"],
    );
}

#[test]
fn a_dateline_is_not_the_subject() {
    check(
        "Magma Copper Co, a subsidiary of Newmont Mining Corp, said it is cutting its price.",
        &["Magma Copper Co | said | it is cutting its price"],
    );
    check(
        "NEW YORK, Feb 26 - Magma Copper Co said it is cutting its price.",
        &["Magma Copper Co | said | it is cutting its price"],
    );
    check(
        "NEW YORK, Feb 26 - Magma Copper Co, a subsidiary of Newmont Mining Corp, said it is cutting its price.",
        &["Magma Copper Co | said | it is cutting its price"],
    );
}

#[test]
fn a_place_after_a_preposition_is_not_the_subject() {
    check(
        "Farm groups in Iowa and Ohio said the rule would cost them dearly.",
        &["Farm groups in Iowa and Ohio | said | the rule would cost them dearly"],
    );
    // Officials "in" a capital stay officials of it.
    check(
        "Officials in Lima said the border would reopen.",
        &["Officials in Lima | said | the border would reopen"],
    );
}

#[test]
fn plural_nouns_after_numbers_and_modifiers_are_no_cues() {
    check(
        "The ministry opened inquiries into three Labour-led councils that have cut bin collections, saying the cuts broke the law.",
        &["The ministry | saying | the cuts broke the law"],
    );
    check(
        "Several claims that circulated online were false, the agency said.",
        &["the agency | said | Several claims that circulated online were false"],
    );
}

#[test]
fn a_quoted_title_is_not_what_the_speaker_said() {
    check(
        "Asked about it on the radio program “Morning Edition,” Ms. Ortiz said she had no regrets.",
        &["Ms. Ortiz | said | she had no regrets"],
    );
}

#[test]
fn an_office_of_a_place_speaks_as_a_person() {
    check(
        "The prime minister of Portugal insisted the budget was sound.",
        &["The prime minister of Portugal | insisted | the budget was sound"],
    );
    check(
        "The head of the IMF said growth would slow.",
        &["The head of the IMF | said | growth would slow"],
    );
}

#[test]
fn the_publisher_states_what_a_relative_clause_does_not_cut_short() {
    // A clause set off by commas that the sentence goes on after.
    assert_eq!(
        narrated("Ms. Ortiz, 51, who is known as Lupe, is a former judge of the appeals court."),
        ["Ms. Ortiz, 51, who is known as Lupe, is a former judge of the appeals court"]
    );
    // The object of a verb, not a relative clause.
    assert_eq!(
        narrated("The court on Monday ruled that migrants with temporary status are not eligible."),
        ["The court on Monday ruled that migrants with temporary status are not eligible"]
    );
    // Before the clause stands only a noun phrase: the sentence is kept whole.
    assert_eq!(
        narrated("In the 9th district, which stretches from Akron to Kent, Jane Roe is locked in a fight."),
        ["In the 9th district, which stretches from Akron to Kent, Jane Roe is locked in a fight"]
    );
    // A relative clause that ends the sentence is left out.
    assert_eq!(
        narrated("The two countries signed a pact that calls for joint patrols."),
        ["The two countries signed a pact"]
    );
}

#[test]
fn a_particle_ends_the_subject_on_its_left() {
    // "brushed off President Biden's call for …": the particle is the
    // verb's, not the first word of the caller's name.
    let text = "Netanyahu on Wednesday brushed off President Biden's call for a significant de-escalation of the conflict.";
    let sources: Vec<String> = attributions(&article(text))
        .iter()
        .filter_map(|a| a.source.as_ref().map(|m| m.text.clone()))
        .collect();
    assert!(sources.iter().all(|s| !s.starts_with("off")), "{sources:?}");
}

#[test]
fn a_quotation_with_nobody_to_continue_is_the_publishers() {
    // No speaker anywhere: the outlet alone stands behind the words, opened
    // and never closed, or closed.
    assert_eq!(
        narrated("\u{201c}The pie business does not fit our long-term growth strategy."),
        ["\u{201c}The pie business does not fit our long-term growth strategy."]
    );
    assert_eq!(
        narrated("\"We are confident the new leadership will take responsibility.\""),
        ["\"We are confident the new leadership will take responsibility."]
    );
    // After a speaker, the quotation continues them and is nobody else's.
    let text = "The mayor said the bridge would reopen.\n\n\u{201c}We are confident the new leadership will take responsibility.\u{201d}";
    assert!(narrated(text).iter().all(|s| !s.contains("confident")));
    assert_eq!(
        attributions(&article(text))
            .iter()
            .filter(|a| a.continues)
            .count(),
        1
    );
}

#[test]
fn a_cue_written_twice_credits_its_quotation_once() {
    // The second "wrote" must not read "the senator wrote" as a speaker.
    check(
        "“I will vote against the act,” the senator wrote wrote in an op-ed.",
        &["the senator | wrote | I will vote against the act"],
    );
}

#[test]
fn a_quotation_cut_into_lines_is_one_quotation() {
    // One sentence a line, as scraped: the middle line is the speaker's, not
    // the publisher's.
    check(
        "“No,” the president stated.\n“But it is legitimate to raise my age.\nIt is totally legitimate to do that.\nAnd all I can say is watch me.”\n",
        &[
            "the president | stated | No",
            "(continues) | “ | But it is legitimate to raise my age.\nIt is totally legitimate to do that.\nAnd all I can say is watch me.",
        ],
    );
    check(
        "“It is legitimate to raise my age.\nIt is totally legitimate to do that,” Biden said.\n",
        &["Biden | said | It is legitimate to raise my age.\nIt is totally legitimate to do that"],
    );
}

#[test]
fn a_verb_that_doubles_its_last_letter_is_a_cue_in_every_form() {
    check(
        "President Biden admitted that concerns over his age are legitimate.",
        &["President Biden | admitted | concerns over his age are legitimate"],
    );
}

#[test]
fn whom_it_was_said_to_is_no_part_of_what_was_said() {
    check(
        "Gattine denied to the Portland Press Herald that he ever called the governor a racist.",
        &["Gattine | denied to the Portland Press Herald | he ever called the governor a racist (denies)"],
    );
    check(
        "The minister said to reporters that the border would stay open.",
        &["The minister | said to reporters | the border would stay open"],
    );
}
