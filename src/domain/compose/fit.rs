//! Keeps a note inside its length band by choosing whole sentences.
//!
//! Each sentence is [`Need::Core`] (always there), [`Need::Wanted`] (there
//! unless the note is over the band; dropped least important first) or
//! [`Need::Extra`] (added, most useful first, only when it brings the note
//! closer to its target or up to the bottom of the band). Sentences are never
//! cut, so no word or name is ever truncated.

use super::{Band, sort_small_by_key};

/// How much a sentence is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Need {
    Core,
    /// Dropped when over the band; a higher number is dropped first.
    Wanted(u8),
    /// Added when it helps the length; a lower number is added first.
    Extra(u8),
}

/// Which sentences to keep, given a measure of the note with a selection.
pub(super) fn fit(
    needs: &[Need],
    band: Band,
    target: usize,
    measure: impl Fn(&[bool]) -> usize,
) -> Vec<bool> {
    let mut keep: Vec<bool> = needs.iter().map(|n| !matches!(n, Need::Extra(_))).collect();

    let mut wanted: Vec<(u8, usize)> = needs
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match n {
            Need::Wanted(rank) => Some((*rank, i)),
            _ => None,
        })
        .collect();
    sort_small_by_key(&mut wanted, |&(rank, i)| (std::cmp::Reverse(rank), i));
    for (_, i) in wanted {
        if measure(&keep) <= band.max {
            break;
        }
        keep[i] = false;
    }

    let mut extras: Vec<(u8, usize)> = needs
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match n {
            Need::Extra(rank) => Some((*rank, i)),
            _ => None,
        })
        .collect();
    sort_small_by_key(&mut extras, |&pair| pair);
    for &(_, i) in &extras {
        let now = measure(&keep);
        keep[i] = true;
        let with = measure(&keep);
        if with > band.max || with.abs_diff(target) >= now.abs_diff(target) {
            keep[i] = false;
        }
    }
    for &(_, i) in &extras {
        if keep[i] || measure(&keep) >= band.min {
            continue;
        }
        keep[i] = true;
        if measure(&keep) > band.max {
            keep[i] = false;
        }
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::compose::Unit;

    #[test]
    fn chooses_whole_sentences() {
        let band = Band {
            min: 10,
            max: 20,
            unit: Unit::Words,
        };
        // (sentence sizes and needs, target, expected selection)
        type Case = (&'static [(usize, Need)], usize, &'static [bool]);
        let cases: &[Case] = &[
            // Over the band: the wanted sentence with the highest rank goes first.
            (
                &[(8, Need::Core), (6, Need::Wanted(1)), (7, Need::Wanted(2))],
                15,
                &[true, true, false],
            ),
            // Under the target: the extra that brings it closer is added.
            (
                &[(8, Need::Core), (4, Need::Extra(1)), (30, Need::Extra(2))],
                15,
                &[true, true, false],
            ),
            // An extra that moves away from the target is left out.
            (&[(14, Need::Core), (5, Need::Extra(1))], 15, &[true, false]),
            // Under the band: extras are added to reach it even past the target.
            (
                &[(4, Need::Core), (4, Need::Extra(1)), (4, Need::Extra(2))],
                5,
                &[true, true, true],
            ),
            // Core sentences stay even when the note is over the band.
            (
                &[(25, Need::Core), (3, Need::Wanted(1))],
                15,
                &[true, false],
            ),
        ];
        for (sentences, target, want) in cases {
            let needs: Vec<Need> = sentences.iter().map(|s| s.1).collect();
            let measure = |keep: &[bool]| {
                sentences
                    .iter()
                    .zip(keep)
                    .filter(|(_, k)| **k)
                    .map(|(s, _)| s.0)
                    .sum()
            };
            assert_eq!(fit(&needs, band, *target, measure), *want, "{sentences:?}");
        }
    }
}
