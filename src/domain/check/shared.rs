//! Sentences shared across notes to one company.
//!
//! People at one company compare notes: a panel forwards them to the
//! hiring manager, a card sits beside the email it follows, and a second No
//! a year later is read against the first. A sentence that appears twice
//! reads as a form, so each note's body sentences (greeting and sign-off
//! apart) are held against every other note's: the same sentence, or
//! within one record five words of the note's own in a row
//! ([`runs`]), which read as the same sentence reworded by a form.

use super::findings::Finding;
use super::letter::{greeting_name_part, is_word_char, sentences};
use crate::domain::labels::channel_name;
use crate::domain::model::Channel;
use crate::domain::repetition::{Own, compared, runs, skeletons};
use crate::domain::text::{fold, in_sentence, word_spans};

/// A sentence of one note that another note also has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedSentence {
    /// As the note writes it.
    pub sentence: String,
    /// The other note: an index into `notes`, or `notes.len() + i` for
    /// `earlier[i]`.
    pub with: usize,
}

/// For each of `notes` (the bodies of one record's notes), the sentences
/// it shares with another of them that is `apart` from it or with
/// `earlier` (notes to the same company in earlier records), each once, in
/// the note's order.
///
/// ```
/// use kept_in_mind::domain::check::shared_sentences;
/// use kept_in_mind::domain::repetition::Own;
/// let a = "Hi Ann,\n\nI wish you and the team all the best.\n\nSam Lee";
/// let b = "Hi Bo,\n\nI wish you and the team all the best.\n\nSam Lee";
/// let own = Own::default();
/// let shared = shared_sentences(&[a, b], &[], |_, _| true, &own);
/// assert!(shared_sentences(&[a, b], &[], |_, _| false, &own)[0].is_empty());
/// assert_eq!(shared[0][0].with, 1);
/// assert_eq!(shared[1][0].sentence, "I wish you and the team all the best.");
/// ```
pub fn shared_sentences(
    notes: &[&str],
    earlier: &[&str],
    apart: impl Fn(usize, usize) -> bool,
    own: &Own,
) -> Vec<Vec<SharedSentence>> {
    let read: Vec<Vec<(&str, String, Vec<u64>)>> = notes
        .iter()
        .chain(earlier)
        .map(|n| body_sentences(n, own))
        .collect();
    // A handful of notes of a few sentences each: a plain scan is enough.
    read[..notes.len()]
        .iter()
        .enumerate()
        .map(|(i, note)| {
            let mut out: Vec<SharedSentence> = Vec::new();
            for (sentence, key, runs) in note {
                let with = read.iter().enumerate().position(|(j, other)| {
                    j != i
                        && (j >= notes.len() || apart(i, j))
                        && other.iter().any(|(_, k, r)| {
                            // A year on, only a sentence said again is heard.
                            k == key || (j < notes.len() && r.iter().any(|h| runs.contains(h)))
                        })
                });
                if let Some(with) = with
                    && !out.iter().any(|s| s.sentence == *sentence)
                {
                    out.push(SharedSentence {
                        sentence: sentence.to_string(),
                        with,
                    });
                }
            }
            out
        })
        .collect()
}

/// One note of a record, as the notes page shows it.
pub struct RecordNote<'a> {
    /// The recipient's name.
    pub to: &'a str,
    pub channel: Channel,
    pub body: &'a str,
}

/// The [`Finding::Shared`] of each of a record's notes, against the others
/// and against `earlier` (the bodies of notes to the same company in
/// earlier records). Notes to different people must differ, whatever
/// their channel: colleagues compare invitations and hear what was said
/// on a call. A later note to the same person must not copy an earlier
/// one (the finding is the later note's: a card after the email, the
/// call after the email), except a person's email and LinkedIn message,
/// which make one point each in different places.
pub fn shared_findings(notes: &[RecordNote], earlier: &[&str], own: &Own) -> Vec<Vec<Finding>> {
    let bodies: Vec<&str> = notes.iter().map(|n| n.body).collect();
    let one_point_each = |a: Channel, b: Channel| {
        let pair = |x: Channel, y: Channel| x.is_email() && y == Channel::LinkedInMessage;
        pair(a, b) || pair(b, a)
    };
    let apart = |i: usize, j: usize| {
        let (a, b) = (&notes[i], &notes[j]);
        a.to != b.to || j < i && !one_point_each(a.channel, b.channel)
    };
    shared_sentences(&bodies, earlier, apart, own)
        .into_iter()
        .map(|found| {
            found
                .into_iter()
                .map(|s| Finding::Shared {
                    sentence: s.sentence,
                    other: match notes.get(s.with) {
                        Some(other) => format!(
                            "your {} to {}",
                            in_sentence(channel_name(other.channel)),
                            other.to
                        ),
                        None => "your notes after their earlier No".into(),
                    },
                })
                .collect()
        })
        .collect()
}

/// A note's sentences of [`SHARED_MIN_WORDS`] or more outside its greeting
/// line and sign-off, each with a key that ignores case and punctuation,
/// and its runs and skeletons: a sentence that shares one reads as the
/// same sentence.
fn body_sentences<'a>(note: &'a str, own: &Own) -> Vec<(&'a str, String, Vec<u64>)> {
    let mut lines: Vec<&str> = note.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines
        .first()
        .is_some_and(|l| greeting_name_part(l.trim()).is_some())
    {
        lines.remove(0);
    }
    lines
        .into_iter()
        .flat_map(sentences)
        .filter(|s| compared(s))
        .map(|s| {
            let key: Vec<String> = word_spans(s, is_word_char)
                .into_iter()
                .map(|(_, w)| fold(w))
                .collect();
            let mut like = runs(s, own);
            like.extend(skeletons(s, own));
            (s, key.join(" "), like)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (the notes, for each the shared sentences and whose they also are)
    #[test]
    fn shared_between_notes() {
        type Case = (
            &'static [&'static str],
            &'static [&'static [(&'static str, usize)]],
        );
        let cases: &[Case] = &[
            (
                &[
                    "Hi Amira,\n\nThank you for your time. I hope to contribute to work like yours before long.\n\nBest,\nSam",
                    "Hi Tom,\n\nI enjoyed the pilot. I hope to contribute to work like yours before long!\n\nBest,\nSam",
                ],
                &[
                    &[("I hope to contribute to work like yours before long.", 1)],
                    &[("I hope to contribute to work like yours before long!", 0)],
                ],
            ),
            // Five words of the note's own in a row read as the same sentence;
            // the user's values (the company) break a run.
            (
                &[
                    "Hi A,\n\nDo think of me if a similar role opens up. I'm still very keen on Wexford Engineering.",
                    "Hi B,\n\nDo think of me if a similar role comes up. Above all, I am very keen on Wexford Engineering.",
                ],
                &[
                    &[("Do think of me if a similar role opens up.", 1)],
                    &[("Do think of me if a similar role comes up.", 0)],
                ],
            ),
            // The same sentence with a synonym and a contraction swapped is
            // one sentence reworded (`repetition::skeletons`).
            (
                &[
                    "Hi A,\n\nI'm still very keen on Wexford Engineering.",
                    "Hi B,\n\nI remain very keen on Wexford Engineering.",
                ],
                &[
                    &[("I'm still very keen on Wexford Engineering.", 1)],
                    &[("I remain very keen on Wexford Engineering.", 0)],
                ],
            ),
            // The greeting, sign-off and short sentences are anyone's.
            (
                &[
                    "Dear Ms Hay,\n\nThank you so much.\n\nWith best wishes,\nSam Lee",
                    "Dear Ms Hay,\n\nThank you so much.\n\nWith best wishes,\nSam Lee",
                ],
                &[&[], &[]],
            ),
            (
                &[
                    "Hi A,\n\nThe same words said here twice. The same words said here twice.",
                    "Hi B,\n\nNothing in common with the other.",
                ],
                &[&[], &[]],
            ),
            // An earlier record's note counts after this record's notes.
            (
                &["Hi A,\n\nI wish you and the team all the best."],
                &[&[("I wish you and the team all the best.", 1)]],
            ),
        ];
        let earlier = ["Hi A,\n\nI wish you and the team all the best.\n\nSam"];
        for (notes, want) in cases {
            let earlier: &[&str] = if notes.len() == 1 { &earlier } else { &[] };
            let own = Own::new([], ["Wexford Engineering"]);
            let got = shared_sentences(notes, earlier, |_, _| true, &own);
            let got: Vec<Vec<(&str, usize)>> = got
                .iter()
                .map(|n| n.iter().map(|s| (s.sentence.as_str(), s.with)).collect())
                .collect();
            let want: Vec<Vec<(&str, usize)>> = want.iter().map(|n| n.to_vec()).collect();
            assert_eq!(got, want, "{notes:?}");
        }
    }

    /// Which notes of a record are held against which: different people
    /// always, on any channel; a person's later note against their earlier
    /// one (the later is the copy), but not an email and a LinkedIn
    /// message.
    #[test]
    fn which_notes_are_compared() {
        use Channel::*;
        let line = "I wish you and the team all the best.";
        let body = format!("Hi there,\n\n{line}\n\nSam");
        // (the notes as person and channel, which of them get a finding)
        type Case = (&'static [(&'static str, Channel)], &'static [bool]);
        let cases: &[Case] = &[
            (&[("Ann", EmailNew), ("Bo", EmailNew)], &[true, true]),
            (&[("Ann", EmailNew), ("Ann", Card)], &[false, true]),
            (
                &[("Ann", EmailNew), ("Ann", LinkedInMessage)],
                &[false, false],
            ),
            (
                &[("Ann", LinkedInMessage), ("Ann", EmailNew)],
                &[false, false],
            ),
            (&[("Ann", EmailNew), ("Bo", LinkedInInvite)], &[true, true]),
            (&[("Ann", PhoneScript), ("Bo", EmailNew)], &[true, true]),
            (&[("Ann", EmailReply), ("Ann", PhoneScript)], &[false, true]),
            (&[("Ann", LinkedInMessage), ("Ann", Card)], &[false, true]),
        ];
        for (notes, want) in cases {
            let record: Vec<RecordNote> = notes
                .iter()
                .map(|&(to, channel)| RecordNote {
                    to,
                    channel,
                    body: &body,
                })
                .collect();
            let got: Vec<bool> = shared_findings(&record, &[], &Own::default())
                .iter()
                .map(|f| !f.is_empty())
                .collect();
            assert_eq!(got, *want, "{notes:?}");
        }
        let record = [RecordNote {
            to: "Ann",
            channel: EmailNew,
            body: &body,
        }];
        let found = shared_findings(&record, &[body.as_str()], &Own::default());
        assert!(
            matches!(&found[0][..], [Finding::Shared { other, .. }] if other.contains("earlier No")),
            "{found:?}"
        );
    }
}
