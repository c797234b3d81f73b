//! A claim's credibility on the Admiralty scale (1 confirmed … 6 cannot be
//! judged) from its independent sources and the strongest claim against it,
//! with the reason in words. Pure.

use crate::model::ClaimAnalysis;

/// Admiralty-style grade: 1 confirmed … 6 cannot be judged, with the reason.
/// What voices a claim's members speak in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voices {
    /// Credited sources (with or without the publishers' own voice).
    Credited,
    /// Only the publishers' own voice.
    OnlyNarrator,
    /// Only denials: its sources deny what it says.
    OnlyDenied,
}

/// The grade and its reason.
pub fn grade(a: &ClaimAnalysis, independent: &[usize], voices: Voices) -> (u8, String) {
    let only_narrator = voices == Voices::OnlyNarrator;
    let strongest_against = a
        .contradicted_by
        .iter()
        .map(|(c, _)| independent[c.0 as usize])
        .max()
        .unwrap_or(0);
    let n = a.independent_sources;
    if n == 0 {
        return (6, "no source asserts it; it is only denied".into());
    }
    if voices == Voices::OnlyDenied {
        // What every source denies is not corroborated by their number.
        return (
            5,
            format!("denied by {n} independent source(s); nobody asserts it"),
        );
    }
    if only_narrator && n < 2 {
        return (6, "stated only in the publisher's own voice".into());
    }
    if only_narrator && a.contradicted_by.is_empty() {
        // Outlets that each state it, none naming a source: possibly true, no more.
        return (
            3,
            format!("stated by {n} outlets in their own voice, none naming a source"),
        );
    }
    if a.contradicted_by.is_empty() {
        return match n {
            1 => (3, "one independent source, not contradicted".into()),
            2 => (2, "two independent sources, not contradicted".into()),
            _ => (1, format!("{n} independent sources, not contradicted")),
        };
    }
    if n > strongest_against {
        (
            3,
            format!("{n} independent sources, contradicted by a claim with {strongest_against}"),
        )
    } else if n == strongest_against {
        (
            4,
            format!("{n} independent sources against {strongest_against} contradicting"),
        )
    } else {
        (
            5,
            format!("{n} independent sources against {strongest_against} contradicting"),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{ClaimAnalysis, ClaimId};

    use super::Voices;

    fn grade(n: usize, against: &[usize], only_narrator: bool) -> u8 {
        let voices = if only_narrator {
            Voices::OnlyNarrator
        } else {
            Voices::Credited
        };
        let mut independent = vec![n];
        let mut a = ClaimAnalysis {
            independent_sources: n,
            ..ClaimAnalysis::default()
        };
        for (k, &m) in against.iter().enumerate() {
            independent.push(m);
            a.contradicted_by
                .push((ClaimId(k as u32 + 1), "assertion vs denial".to_string()));
        }
        super::grade(&a, &independent, voices).0
    }

    #[test]
    fn credibility_on_the_admiralty_scale() {
        assert_eq!(grade(3, &[], false), 1);
        assert_eq!(grade(2, &[], false), 2);
        assert_eq!(grade(1, &[], false), 3);
        assert_eq!(grade(2, &[1], false), 3);
        assert_eq!(grade(1, &[1], false), 4);
        assert_eq!(grade(1, &[2], false), 5);
        assert_eq!(grade(0, &[1], false), 6);
        // The publisher's own voice: one outlet cannot be judged; several,
        // none naming a source, are possibly true and never confirmed.
        assert_eq!(grade(1, &[], true), 6);
        assert_eq!(grade(4, &[], true), 3);
        // Denied by two, asserted by none: improbable, never corroborated.
        let a = ClaimAnalysis {
            independent_sources: 2,
            ..ClaimAnalysis::default()
        };
        assert_eq!(super::grade(&a, &[2], Voices::OnlyDenied).0, 5);
    }
}
