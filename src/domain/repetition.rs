//! Repetition inside one note: the same sentence opening or the same
//! three-word phrase twice ("I remain …" three times; "I would welcome the
//! opportunity …" twice in a row) reads as a form letter.
//!
//! The composer uses it to pick wordings that do not repeat one another and
//! the checker to tell the user when a note (hand edits included) does, so
//! both agree on what a repeat is. The user's own answers (the company, the
//! role, their detail) are not repeats of the composer's: a note may name the
//! role twice, so their words are masked out before comparing. Everything is
//! one pass over the text with hash sets: linear in its length.

use rustc_hash::FxHashSet as HashSet;

use crate::domain::text::fold;

/// Words too common to make a phrase on their own: a three-word phrase made
/// only of them ("i would be") is not counted, and an opening made of them
/// runs on to the next word ("if you have").
const FUNCTION_WORDS: [&str; 40] = [
    "i", "i'm", "i'd", "i've", "i'll", "you", "you're", "we", "it", "it's", "my", "your", "our",
    "the", "a", "an", "if", "should", "would", "will", "could", "can", "be", "am", "is", "are",
    "was", "have", "has", "to", "of", "for", "and", "but", "so", "that", "this", "please", "thank",
    "in",
];

/// A repeat found in a text: the words as the text has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// Two sentences start the same way ("I remain").
    Opening(String),
    /// A three-word phrase appears twice ("welcome the opportunity").
    Phrase(String),
}

/// What one sentence contributes: its opening and its three-word phrases,
/// folded for comparing, each with the words as written.
struct Keys {
    opening: Option<(String, String)>,
    phrases: Vec<(String, String)>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}'
}

/// One sentence as runs of words between the user's own values, each word
/// as written, and whether the first run opens the sentence (no value of
/// the user's comes before it).
struct Sentence<'a> {
    runs: Vec<Vec<&'a str>>,
    first_run_starts: bool,
}

/// The sentences of a text (split after `.`, `!`, `?` and at line breaks,
/// but never inside one of the user's values, which may hold a full stop).
fn sentences<'a>(text: &'a str, own: &[String]) -> Vec<Sentence<'a>> {
    // Byte ranges of the user's values, found on a lower-cased copy that
    // keeps the original's byte offsets.
    let lowered = super::case::lower_str(text);
    let mut masked = vec![false; text.len()];
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    for value in own {
        for (at, _) in lowered.match_indices(value.as_str()) {
            // Whole words only: a one-letter answer ("n") is not every "n".
            let end = at + value.len();
            if alnum(text[..at].chars().next_back()) || alnum(text[end..].chars().next()) {
                continue;
            }
            masked[at..end].iter_mut().for_each(|m| *m = true);
        }
    }
    let new_sentence = || Sentence {
        runs: vec![Vec::new()],
        first_run_starts: true,
    };
    let mut out = Vec::new();
    let mut current = new_sentence();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices().chain([(text.len(), '\n')]) {
        let is_masked = masked.get(i).copied().unwrap_or(false);
        let word = !is_masked && is_word_char(c);
        if let (false, Some(s)) = (word, start) {
            if let Some(run) = current.runs.last_mut() {
                run.push(&text[s..i]);
            }
            start = None;
        }
        if is_masked {
            let empty = current.runs.iter().all(Vec::is_empty);
            if empty {
                current.first_run_starts = false;
            } else if current.runs.last().is_some_and(|r| !r.is_empty()) {
                current.runs.push(Vec::new());
            }
        } else if ".!?\n".contains(c) {
            if current.runs.iter().any(|r| !r.is_empty()) {
                out.push(std::mem::replace(&mut current, new_sentence()));
            } else {
                current = new_sentence();
            }
        } else if word && start.is_none() {
            start = Some(i);
        }
    }
    out
}

fn keys(sentence: &Sentence) -> Keys {
    let key = |words: &[&str]| {
        let written = words.join(" ");
        (fold(&written), written)
    };
    let function = |w: &str| FUNCTION_WORDS.contains(&fold(w).as_str());
    let opening = sentence
        .runs
        .first()
        .filter(|_| sentence.first_run_starts)
        .and_then(|run| {
            let n = if run.len() >= 3 && function(run[0]) && function(run[1]) {
                3
            } else {
                2
            };
            (run.len() >= n).then(|| key(&run[..n]))
        });
    let phrases = sentence
        .runs
        .iter()
        .flat_map(|run| run.windows(3))
        .filter(|w| !w.iter().all(|word| function(word)))
        .map(key)
        .collect();
    Keys { opening, phrases }
}

/// The openings and phrases seen so far in a note, to test the next
/// sentence against.
#[derive(Clone, Default)]
pub struct Seen {
    openings: HashSet<String>,
    phrases: HashSet<String>,
}

impl Seen {
    /// The first repeat `text` makes of what was seen (or of itself), if any;
    /// `own` are the user's values, folded.
    pub fn repeat_in(&self, text: &str, own: &[String]) -> Option<Repeat> {
        let mut scratch = Seen {
            openings: HashSet::default(),
            phrases: HashSet::default(),
        };
        for sentence in sentences(text, own) {
            let keys = keys(&sentence);
            if let Some((folded, written)) = keys.opening
                && (self.openings.contains(&folded) || !scratch.openings.insert(folded))
            {
                return Some(Repeat::Opening(written));
            }
            for (folded, written) in keys.phrases {
                if self.phrases.contains(&folded) || !scratch.phrases.insert(folded) {
                    return Some(Repeat::Phrase(written));
                }
            }
        }
        None
    }

    /// Records the openings and phrases of `text`.
    pub fn add(&mut self, text: &str, own: &[String]) {
        for sentence in sentences(text, own) {
            let keys = keys(&sentence);
            if let Some((folded, _)) = keys.opening {
                self.openings.insert(folded);
            }
            self.phrases
                .extend(keys.phrases.into_iter().map(|(f, _)| f));
        }
    }
}

/// The first repeated opening or phrase in a text, if any.
///
/// ```
/// use kept_in_mind::domain::repetition::{Repeat, first_repeat};
/// assert_eq!(
///     first_repeat("I remain keen. I remain available.", &[]),
///     Some(Repeat::Opening("I remain".into()))
/// );
/// assert_eq!(first_repeat("I remain keen. Thank you.", &[]), None);
/// ```
pub fn first_repeat(text: &str, own: &[String]) -> Option<Repeat> {
    Seen::default().repeat_in(text, own)
}

/// The user's values as [`Seen`] masks them: lower-cased, trimmed, non-empty.
pub fn own_values<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = values
        .into_iter()
        .map(|v| super::case::lower_str(v.trim()))
        .filter(|v| !v.is_empty())
        .collect();
    // Longer values first, so a value inside another is masked with it.
    out.sort_by_key(|v| std::cmp::Reverse(v.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_found() {
        let own = own_values(["Analyst", "Acme", "the team at acme.io", "n"]);
        // (text, the repeat)
        let cases: [(&str, Option<Repeat>); 10] = [
            (
                "I remain keen on Acme. I remain available to talk.",
                Some(Repeat::Opening("I remain".into())),
            ),
            (
                "If you have a moment, tell me. If you have other roles, say.",
                Some(Repeat::Opening("If you have".into())),
            ),
            (
                "Should anything change, I would welcome the opportunity to talk. It would be good; I would welcome the opportunity again.",
                Some(Repeat::Phrase("I would welcome".into())),
            ),
            // The user's own words may recur: the role named twice.
            (
                "I respect the decision on the Analyst role. Please keep me in mind for the Analyst role.",
                None,
            ),
            // A value may hold a full stop without ending a sentence.
            (
                "Do thank the team at acme.io for me. Any news from the team at acme.io is welcome.",
                None,
            ),
            // Phrases of function words only are not counted.
            (
                "Thanks for the talk and for the tour. It was good, and for the team too.",
                None,
            ),
            (
                "Thank you for the call. Thank you for your time.",
                Some(Repeat::Opening("Thank you for".into())),
            ),
            (
                "Thank you for the call. Thanks again, and all the best.",
                None,
            ),
            ("", None),
            (
                "I REMAIN keen. i remain calm.",
                Some(Repeat::Opening("i remain".into())),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(first_repeat(text, &own), want, "{text:?}");
        }
    }

    #[test]
    fn seen_compares_across_texts() {
        let mut seen = Seen::default();
        seen.add("I remain keen on the work.", &[]);
        assert_eq!(
            seen.repeat_in("I remain available.", &[]),
            Some(Repeat::Opening("I remain".into()))
        );
        assert_eq!(seen.repeat_in("I am still available.", &[]), None);
    }
}
