//! Grouping on small sets of wordings: what joins, what stays apart, and the
//! contradiction candidates found on the way; `check` serves the other test
//! modules of grouping too.

use super::*;
use crate::analyze::{matching, terms};
use crate::resolve::AliasTable;

/// `wordings` are (source, text); `expect` the group of each wording and the
/// contradiction candidates, each with a word of its reason.
pub(super) fn check(
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
pub(super) fn check_dated(
    wordings: &[(u32, &str)],
    days: &[Option<i64>],
    expect: &[usize],
    expect_conflicts: &[(usize, usize, &str)],
) {
    let stories = vec![0; wordings.len()];
    check_grouped(wordings, days, &stories, expect, expect_conflicts);
}

/// [`check_dated`], each wording in the story given.
pub(super) fn check_grouped(
    wordings: &[(u32, &str)],
    days: &[Option<i64>],
    stories: &[u32],
    expect: &[usize],
    expect_conflicts: &[(usize, usize, &str)],
) {
    let table = AliasTable::builtin();
    let terms: Vec<Terms> = wordings.iter().map(|(_, w)| terms::of(w, &table)).collect();
    let stances = vec![Stance::Asserts; wordings.len()];
    let sources: Vec<u32> = wordings.iter().map(|(s, _)| *s).collect();
    let docs: Vec<usize> = (0..wordings.len()).collect();
    let said = Said {
        stances: &stances,
        sources: &sources,
        days,
        stories,
        docs: &docs,
    };
    let mut read: Vec<Wording> = wordings.iter().map(|(_, w)| matching::wording(w)).collect();
    let groups = group(&terms, &mut read, &said);
    assert_eq!(groups.group_of, expect, "{wordings:?}");
    let got: Vec<(usize, usize)> = groups.conflicts.iter().map(|(a, b, _)| (*a, *b)).collect();
    let want: Vec<(usize, usize)> = expect_conflicts.iter().map(|(a, b, _)| (*a, *b)).collect();
    assert_eq!(got, want, "{:?}", groups.conflicts);
    for ((_, _, why), (_, _, word)) in groups.conflicts.iter().zip(expect_conflicts) {
        assert!(why.contains(word), "{why}");
    }
}

#[test]
fn a_shared_core_does_not_join_wordings_that_share_no_words() {
    // Each holds a movement and a death somewhere, nothing else in common;
    // the others make those classes rare enough for a core to count.
    let mut wordings = vec![
        (1, "the Senate bill would gut asylum laws for children sent from Central America and ban detention of minors who died in custody"),
        (2, "the Senate passed a gun package that would raise the purchase age for rifles after shooters sent threats and nine people died"),
    ];
    let others = [
        "the Senate weather was cold in March",
        "the Senate budget grew by a third",
        "the Senate library opened a new wing",
        "the Senate cafeteria changed its menu",
        "the Senate clerk retired after decades",
        "the Senate garden was replanted",
        "the Senate printer broke again",
        "the Senate choir sang at noon",
    ];
    wordings.extend(others.iter().enumerate().map(|(k, w)| (10 + k as u32, *w)));
    let expect: Vec<usize> = (0..wordings.len()).collect();
    check(&wordings, &expect, &[]);
}

#[test]
fn a_clause_does_not_join_a_wording_whose_whole_has_the_other_polarity() {
    check(
        &[
            (1, "North Korean troops do not speak the language or know the terrain around the villages near the border, but they have been trained by Russian officers for weeks"),
            (2, "North Korean troops reached the front lines by train from the far east, and they have been trained by Russian officers for weeks"),
        ],
        &[0, 1],
        &[],
    );
}

#[test]
fn what_one_denies_the_other_asserts_is_not_one_claim() {
    check(
        &[
            (
                1,
                "Trump over the weekend denied that he asked Comey to stop investigating Flynn",
            ),
            (2, "Trump asked Comey to stop investigating Flynn"),
        ],
        &[0, 1],
        &[],
    );
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
fn the_model_joins_no_reports_days_apart() {
    // One fact in other words, which the fitted model joins on the same
    // day; told ten days apart, the words that differ are not enough.
    let wordings = [
        (1, "Vice President Kamala Harris discouraged would-be migrants from making the trek to the United States during her trip to Guatemala on Monday"),
        (2, "Vice President Harris, on her first international trip since taking office, issued a stark warning to would-be migrants from Guatemala on Monday"),
    ];
    check_dated(&wordings, &[Some(0), Some(1)], &[0, 0], &[]);
    check_dated(&wordings, &[Some(0), Some(10)], &[0, 1], &[]);
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
fn a_wording_that_says_too_little_joins_no_other_article() {
    // The same two words in two articles name no proposition of their own.
    check(
        &[(1, "the trade deal"), (2, "the trade deal")],
        &[0, 1],
        &[],
    );
    // Said in full, the same words join.
    check(
        &[
            (1, "the trade deal will cost thousands of jobs"),
            (2, "the trade deal will cost thousands of jobs"),
        ],
        &[0, 0],
        &[],
    );
}

#[test]
fn words_alone_join_a_paraphrase_inside_a_story_but_not_across_stories() {
    // One treaty in other words: the shared classes ("signed", "treaty")
    // are evidence inside one story, and only a topic across two. The
    // others make the words' rarity that of a corpus.
    let mut wordings = vec![
        (1, "In June, Putin and North Korean leader Kim Jong Un signed a mutual defense treaty"),
        (2, "As Russia and North Korea have signed a mutual treaty akin to a military alliance, the possibility of such a deployment is highly likely"),
    ];
    let others = [
        "The unemployment rate dropped to 5.2% from 5.4%, in line with estimates",
        "The bill now goes to President Biden",
        "the ability to gain actual battlefield experience is huge",
        "Pyongyang had shipped military equipment to Russia",
        "over 13,000 containers had been shipped",
        "North Korean troops were headed for the battlefield",
    ];
    wordings.extend(others.iter().map(|o| (3, *o)));
    let days = vec![None; wordings.len()];
    // The others each alone, numbered after the first two.
    let expect = |first: &[usize]| {
        let next = first[1] + 1;
        [first, &(next..next + others.len()).collect::<Vec<_>>()].concat()
    };
    let stories = |second: u32| [&[0, second][..], &vec![2; others.len()]].concat();
    check_grouped(&wordings, &days, &stories(0), &expect(&[0, 0]), &[]);
    check_grouped(&wordings, &days, &stories(1), &expect(&[0, 1]), &[]);
    // The same sentence in two stories is still one claim.
    wordings[1].1 = wordings[0].1;
    check_grouped(&wordings, &days, &stories(1), &expect(&[0, 0]), &[]);
}
