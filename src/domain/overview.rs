//! What the notes page says before and around the notes: how many there
//! are, which one to send first, and each note's state in words.
//!
//! A page of five editable notes at once overwhelms someone who has just
//! been turned down, so the page opens with a count, one line of advice and
//! each note folded under its channel name with its state. The words are
//! here so they can be tested without a browser.

use super::check::{Finding, RecordNote, shared_findings};
use super::compose::{Composed, Earlier, record_own};
use super::draft::{Draft, NoteText};
use super::model::Channel;
pub use super::model::ordered;

/// How many findings a note shows before "Show N more".
pub const SHOWN_FINDINGS: usize = 3;

/// "2 people · 5 notes".
///
/// ```
/// use kept_in_mind::domain::overview::count_line;
/// assert_eq!(count_line(1, 3), "1 person · 3 notes");
/// assert_eq!(count_line(2, 1), "2 people · 1 note");
/// ```
pub fn count_line(people: usize, notes: usize) -> String {
    let person = if people == 1 { "person" } else { "people" };
    format!("{people} {person} · {}", count(notes, "note", "notes"))
}

/// "1 thing", "3 things": a number with its noun.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The one line of advice under the count: one note to each person now;
/// an invitation or a card, when there is also something else to send
/// first, a few days later (`docs/notes.md`, "Timing").
///
/// ```
/// use kept_in_mind::domain::{model::Channel, overview::advice};
/// assert_eq!(
///     advice(&[vec![Channel::EmailReply, Channel::Card]]),
///     "Send the first note within a day or two; a card can follow a few days later. If the No still stings, sleep on it first."
/// );
/// ```
pub fn advice(people: &[Vec<Channel>]) -> String {
    let follows = |later: Channel| {
        people.iter().any(|channels| {
            channels.len() > 1 && ordered(channels).iter().skip(1).any(|&c| c == later)
        })
    };
    let later = match (follows(Channel::LinkedInInvite), follows(Channel::Card)) {
        (true, true) => "; a LinkedIn invitation or a card can follow a few days later",
        (true, false) => "; a LinkedIn invitation can follow a few days later",
        (false, true) => "; a card can follow a few days later",
        (false, false) => "",
    };
    let each = if people.len() > 1 {
        "Send one note to each person within a day or two"
    } else if people.iter().map(Vec::len).sum::<usize>() > 1 {
        "Send the first note within a day or two"
    } else {
        "Send it within a day or two"
    };
    format!("{each}{later}. If the No still stings, sleep on it first.")
}

/// Said under an email reply's subject box: their subject is unknown, and
/// replying in their thread keeps it, so the box may stay empty.
pub const REPLY_KEEPS_SUBJECT: &str = "a reply in their email thread keeps their subject";

/// A note's state in words: "Ready to send", or how many things to look
/// at. The score stays with the checker's report, for tests.
///
/// ```
/// use kept_in_mind::domain::overview::status;
/// assert_eq!(status(0), "Ready to send");
/// assert_eq!(status(1), "1 thing to look at");
/// ```
pub fn status(findings: usize) -> String {
    match findings {
        0 => "Ready to send".to_owned(),
        n => format!("{} to look at", count(n, "thing", "things")),
    }
}

/// The label of the button that shows the findings past the first three.
///
/// ```
/// use kept_in_mind::domain::overview::show_more;
/// assert_eq!(show_more(5).as_deref(), Some("Show 2 more"));
/// assert_eq!(show_more(3), None);
/// ```
pub fn show_more(findings: usize) -> Option<String> {
    (findings > SHOWN_FINDINGS).then(|| format!("Show {} more", findings - SHOWN_FINDINGS))
}

/// Messages by note: the recipient's id and the channel.
pub type SharedByNote = Vec<((u32, Channel), Vec<String>)>;

/// For each note of `d` (by recipient id and channel), the sentences it
/// shares with its other notes or with notes of earlier records in
/// `library` to the same company ([`shared_findings`]), in words. They
/// follow the note's own findings on the page.
pub fn shared(d: &Draft, composed: &[Composed], earlier: &[Earlier]) -> SharedByNote {
    let notes: Vec<(u32, &str, Channel, NoteText)> = composed
        .iter()
        .filter_map(|c| {
            let person = d.answers.recipients.iter().find(|r| r.id == c.recipient)?;
            let text = NoteText {
                subject: c.note.subject.clone(),
                body: c.note.body.clone(),
            };
            let shown = d
                .note(c.recipient, c.channel)
                .map_or_else(|| text.clone(), |n| n.shown(&text));
            Some((c.recipient, person.name.trim(), c.channel, shown))
        })
        .collect();
    let earlier: Vec<&str> = earlier
        .iter()
        .flat_map(|e| e.bodies.iter().map(String::as_str))
        .collect();
    let record: Vec<RecordNote> = notes
        .iter()
        .map(|(_, to, channel, text)| RecordNote {
            to,
            channel: *channel,
            body: &text.body,
        })
        .collect();
    notes
        .iter()
        .zip(shared_findings(&record, &earlier, &record_own(&d.answers)))
        .map(|((id, _, channel, _), found)| {
            (
                (*id, *channel),
                found.iter().map(Finding::message).collect(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::compose::compose_all;
    use crate::domain::library::earlier_at;

    /// A record of two people whose notes the user edited to share a
    /// line, and an earlier record at the same company (any capitals)
    /// whose note has another: each is found on the notes that have it.
    #[test]
    fn shared_sentences_across_a_record_and_earlier_ones() {
        use crate::domain::model::Recipient;
        let record = |id: &str, created, company: &str, lines: &[&str]| {
            let mut d = Draft {
                id: id.into(),
                created,
                ..Draft::default()
            };
            d.answers.rejection.company = company.into();
            d.answers.style.channels = vec![Channel::EmailNew];
            for (i, line) in lines.iter().enumerate() {
                let person = i as u32 + 1;
                d.answers.recipients.push(Recipient {
                    id: person,
                    name: format!("Person {person}"),
                    ..Recipient::default()
                });
                let body = format!("Hi there,\n\n{line}\n\nSam");
                d.note_mut(person, Channel::EmailNew)
                    .edit(&NoteText::default(), |t| t.body = body);
            }
            d
        };
        let same = "I hope our paths cross again before too long.";
        let earlier = "I wish you and the team all the very best.";
        let now = record("b", 2, "Acme", &[same, same, earlier]);
        let library = [
            record("a", 1, "ACME", &[earlier]),
            record(
                "c",
                3,
                "Acme",
                &["Something else entirely in this later note."],
            ),
            record("d", 0, "Other", &[same]),
        ];
        let earlier = earlier_at(&library, &now);
        let composed = compose_all(&now.answers, &earlier, |p| now.notes_to_show(p));
        let found: Vec<(u32, Vec<String>)> = shared(&now, &composed, &earlier)
            .into_iter()
            .map(|((person, _), messages)| (person, messages))
            .collect();
        assert_eq!(found.len(), 3);
        assert!(
            found[0].1[0].contains("your new email to Person 2"),
            "{found:?}"
        );
        assert!(
            found[1].1[0].contains("your new email to Person 1"),
            "{found:?}"
        );
        assert!(found[2].1[0].contains("earlier No"), "{found:?}");
        assert!(found.iter().all(|(_, f)| f.len() == 1), "{found:?}");
    }
    use Channel::*;

    fn check<T: PartialEq + std::fmt::Debug>(cases: &[(T, T)]) {
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn counts_read_as_english() {
        check(&[
            (count_line(1, 1), "1 person · 1 note".to_owned()),
            (count_line(2, 5), "2 people · 5 notes".to_owned()),
            (status(0), "Ready to send".to_owned()),
            (status(1), "1 thing to look at".to_owned()),
            (status(3), "3 things to look at".to_owned()),
        ]);
        check(&[
            (show_more(3), None),
            (show_more(4), Some("Show 1 more".to_owned())),
            (show_more(6), Some("Show 3 more".to_owned())),
        ]);
    }

    #[test]
    fn the_note_to_send_first_leads_and_the_rest_keep_their_order() {
        check(&[
            (ordered(&[]), vec![]),
            (
                ordered(&[EmailReply, LinkedInInvite, Card]),
                vec![EmailReply, LinkedInInvite, Card],
            ),
            (
                ordered(&[LinkedInInvite, LinkedInMessage, Card]),
                vec![LinkedInMessage, LinkedInInvite, Card],
            ),
            (ordered(&[LinkedInInvite, Card]), vec![LinkedInInvite, Card]),
            (ordered(&[Card, PhoneScript]), vec![Card, PhoneScript]),
            (
                ordered(&[EmailNew, PhoneScript]),
                vec![EmailNew, PhoneScript],
            ),
            (ordered(&[PhoneScript]), vec![PhoneScript]),
        ]);
    }

    #[test]
    fn advice_names_only_what_can_follow() {
        let cases: &[(&[Vec<Channel>], &str)] = &[
            (&[vec![EmailReply]], "Send it within a day or two. If"),
            (
                &[vec![EmailReply, LinkedInMessage]],
                "Send the first note within a day or two. If",
            ),
            (
                &[vec![EmailReply], vec![EmailReply]],
                "Send one note to each person within a day or two. If",
            ),
            (
                &[vec![EmailReply, LinkedInInvite, Card], vec![EmailReply]],
                "person within a day or two; a LinkedIn invitation or a card can follow",
            ),
            (
                &[vec![EmailNew, LinkedInInvite]],
                "; a LinkedIn invitation can follow",
            ),
            (&[vec![EmailNew, Card]], "; a card can follow"),
            // An invitation on its own is the first note, not a later one.
            (&[vec![LinkedInInvite]], "Send it within a day or two. If"),
        ];
        for (people, want) in cases {
            let said = advice(people);
            assert!(said.contains(want), "{people:?}: {said}");
        }
    }
}
