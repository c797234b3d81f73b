//! Why two alike wordings may not be one claim: conflicting dates, figures,
//! polarity or legality (contradiction candidates), or a plain refusal (one
//! conditional or possibility, a source's two figures, figures told days apart);
//! with the month names and ranges those reasons are written in. Judges a pair;
//! does not score it.

use crate::analyze::terms::{lists_differ, Terms};

use super::similarity::word_similarity;
use super::Said;

/// How alike two wordings must be, word for word, for opposite polarity to be
/// a contradiction rather than two different statements.
const SAME_WORDING: f64 = 0.75;

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
            let theirs = b.numbers.iter().find(|(_, _, bu)| bu == au);
            // None of the other wording's figures, of any unit, overlaps: a
            // figure it gives under another word is a list ranked two ways
            // ("the No. 2 position … the No. 3 spot" / "the No. 2 job … No. 3
            // position"), not two answers.
            let unstated = b.numbers.iter().all(|(blo, bhi, _)| ahi < blo || bhi < alo);
            if let Some((blo, bhi, _)) = theirs.filter(|_| is_unit(au) && unstated) {
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
    // Every figure counts here, "92,000 last week" too: none in common is
    // enough to keep two reports apart.
    let counted =
        |t: &Terms| -> Vec<(f64, f64)> { t.numbers.iter().map(|&(lo, hi, _)| (lo, hi)).collect() };
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

/// Why two alike wordings may not be one claim, given the readings that
/// matched (wholes or clauses) and the wholes: `Some(Some(why))` for a
/// contradiction candidate, `Some(None)` for a plain refusal (one conditional),
/// `None` when they may join.
pub(super) fn refusal(
    (ta, tb): (&Terms, &Terms),
    wholes: (&Terms, &Terms),
    said: &Said,
    a: usize,
    b: usize,
) -> Option<Option<String>> {
    // A movement to different places is two claims, however alike the words.
    let goals_differ = matches!((&ta.goal, &tb.goal), (Some(x), Some(y)) if x != y);
    if ta.conditional != tb.conditional || ta.modal != tb.modal || goals_differ {
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
    let apart = super::days_apart(said, a, b);
    // Clauses that match may not join wordings whose wholes disagree in
    // polarity ("it was not a war of choice. It has been prosecuted …").
    let wholes_differ = wholes.0.negated != wholes.1.negated
        // Two lists that each name members the other lacks (two lawsuits'
        // plaintiffs) are two facts, however many names they share.
        || lists_differ(&wholes.0.items, &wholes.1.items);
    if ta.negated != tb.negated || wholes_differ || apart && figures_disagree(ta, tb) {
        return Some(None);
    }
    if said.stances[a] != said.stances[b] {
        return Some(Some("assertion vs denial".to_string()));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::analyze::grouping::tests::{check, check_dated};
    use crate::analyze::terms;
    use crate::resolve::AliasTable;

    #[test]
    fn a_list_ranked_under_other_words_is_no_conflict() {
        let table = AliasTable::builtin();
        let of = |t: &str| terms::of(t, &table);
        let a = of("Hoyer kept the No. 2 position of whip, and Clyburn the No. 3 spot");
        let b = of("Hoyer kept the No. 2 job of whip, and Clyburn remained in No. 3 position");
        assert_eq!(super::conflict(&a, &b, false), None);
        assert_eq!(super::conflict(&b, &a, false), None);
        // A figure the other does not give at all still conflicts.
        let c = of("Clyburn remained in the No. 4 position");
        assert!(super::conflict(&b, &c, false).is_some());
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
    fn figures_of_weeks_apart_that_count_nothing_still_part_two_reports() {
        check_dated(
            &[
                (1, "jobless claims, a proxy for layoffs, fell 92,000 last week from 590,000 the prior week"),
                (2, "jobless claims, a proxy for layoffs, fell to 385,000 last week from 405,000 the prior week"),
            ],
            &[Some(0), Some(28)],
            &[0, 1],
            &[],
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
