//! Three-way merge of two versions of one record, field by field.
//!
//! Two tabs can edit the same record. Each stored version names the
//! revision it was made from (`base_rev`), so a tab that receives another
//! tab's version merges it with its own against the version both started
//! from: a field only the other tab changed is taken, a field only this tab
//! changed is kept, and where both changed one field this tab's value wins
//! (the person is typing here). Nothing either tab typed is dropped unless
//! both typed over the same field.
//!
//! People are matched by id and notes by person and channel, so adding,
//! editing and removing people in two tabs at once combines as expected; a
//! person added in both tabs under the same id keeps both, the other tab's
//! under a new id.

use super::draft::Draft;
use super::model::Recipient;
use super::record::Merge;

/// Merges `theirs` into `mine`, both made from `base`.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, merge::merge};
/// let base = Draft::default();
/// let mut mine = base.clone();
/// mine.answers.rejection.company = "Acme".into();
/// let mut theirs = base.clone();
/// theirs.answers.rejection.job_title = "Designer".into();
/// let merged = merge(&mine, &base, &theirs);
/// assert_eq!(merged.answers.rejection.company, "Acme");
/// assert_eq!(merged.answers.rejection.job_title, "Designer");
/// ```
pub fn merge(mine: &Draft, base: &Draft, theirs: &Draft) -> Draft {
    let mut out = mine.clone();
    let mut theirs = theirs.clone();
    let renamed = rename_added_in_both(&mine.answers.recipients, base, &mut theirs);
    // Every field by its own rule (`record::stored!`); then what belongs to
    // this tab or to both is set below.
    out.merge(base, &theirs);
    // A person removed here but edited there comes back with their notes;
    // notes of a person who is gone go with them.
    for note in &theirs.notes {
        let returned = !mine
            .answers
            .recipients
            .iter()
            .any(|r| r.id == note.recipient);
        if returned && out.note(note.recipient, note.channel).is_none() {
            out.notes.push(note.clone());
        }
    }
    let people = &out.answers.recipients;
    out.notes
        .retain(|n| people.iter().any(|r| r.id == n.recipient));
    // This tab's: where it is and which revision it holds.
    out.last_hash.clone_from(&mine.last_hash);
    out.rev = mine.rev;
    out.base_rev = mine.base_rev;
    out.id.clone_from(&mine.id);
    out.version = mine.version;
    out.from_v1 = mine.from_v1 || theirs.from_v1;
    out.created = match (mine.created, theirs.created) {
        (0, t) => t,
        (m, 0) => m,
        (m, t) => m.min(t),
    };
    out.updated = mine.updated.max(theirs.updated);
    let highest = out
        .answers
        .recipients
        .iter()
        .map(|r| r.id)
        .max()
        .unwrap_or(0);
    out.next_id = mine
        .next_id
        .max(theirs.next_id)
        .max(highest.saturating_add(1))
        .max(renamed);
    out
}

/// What a tab does with another tab's version of the open record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Received {
    /// Its own write coming back: nothing to do.
    Echo,
    /// Take this (their words, this tab's place); nothing to write back.
    Adopt(Draft),
    /// Both changed something: show this and write it, so the other tab gets
    /// this tab's changes too.
    Merged(Draft),
}

/// Decides what to do with `theirs`, another tab's version of the open
/// record. `mine` is what this tab shows, `known` the version it last wrote
/// or adopted, and `base` the version `theirs` was made from, when this tab
/// still has it.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, merge::{Received, receive}};
/// let mine = Draft { rev: 1, ..Draft::default() };
/// let known = mine.clone();
/// assert_eq!(receive(&mine, Some(&known), None, &known), Received::Echo);
/// let mut theirs = Draft { rev: 2, base_rev: 1, ..Draft::default() };
/// theirs.answers.rejection.company = "Acme".into();
/// let Received::Adopt(adopted) = receive(&mine, Some(&known), None, &theirs) else {
///     panic!("only they changed something");
/// };
/// assert_eq!(adopted.answers.rejection.company, "Acme");
/// ```
pub fn receive(
    mine: &Draft,
    known: Option<&Draft>,
    base: Option<&Draft>,
    theirs: &Draft,
) -> Received {
    if known.is_some_and(|k| k.rev == theirs.rev) {
        return Received::Echo;
    }
    let base = base.or(known).unwrap_or(mine);
    let mut merged = merge(mine, base, theirs);
    merged.rev = theirs.rev;
    merged.base_rev = theirs.base_rev;
    if merged.same_content(theirs) {
        Received::Adopt(merged)
    } else {
        Received::Merged(merged)
    }
}

/// Gives a person the other tab added under an id this tab also added (for
/// someone else) a new id, notes included. Returns the lowest id that is
/// still free afterwards.
fn rename_added_in_both(mine: &[Recipient], base: &Draft, theirs: &mut Draft) -> u32 {
    let base = &base.answers.recipients;
    let mut next = mine
        .iter()
        .chain(&theirs.answers.recipients)
        .map(|r| r.id)
        .max()
        .unwrap_or(0)
        .saturating_add(1);
    for person in &mut theirs.answers.recipients {
        let added_in_both = !base.iter().any(|b| b.id == person.id)
            && mine.iter().any(|m| m.id == person.id && m != person);
        if added_in_both {
            let old = person.id;
            person.id = next;
            for note in theirs.notes.iter_mut().filter(|n| n.recipient == old) {
                note.recipient = next;
            }
            next = next.saturating_add(1);
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::draft::NoteText;
    use crate::domain::model::{Channel, Stage};
    use crate::domain::record::{Answer, Filled};

    fn base() -> Draft {
        let mut d = Draft::default();
        d.answers.rejection.company = "Acme".into();
        let id = d.add_person();
        d.person_mut(id).unwrap().name = "Priya".into();
        d.note_mut(id, Channel::EmailReply).variant = 1;
        d
    }

    /// Applies `here` and `there` to copies of [`base`], merges both ways
    /// and checks each tab ends with `want` applied to the base.
    fn check(here: fn(&mut Draft), there: fn(&mut Draft), want: fn(&mut Draft)) {
        let base = base();
        let (mut mine, mut theirs, mut expected) = (base.clone(), base.clone(), base.clone());
        here(&mut mine);
        there(&mut theirs);
        want(&mut expected);
        let merged = merge(&mine, &base, &theirs);
        assert_eq!(merged.answers, expected.answers, "answers");
        assert_eq!(merged.notes, expected.notes, "notes");
        assert_eq!(merged.checkins, expected.checkins, "check-ins");
        assert_eq!(merged.from_email, expected.from_email, "from their email");
        // The other tab then merges the result against its own version: it
        // must adopt it unchanged, so the tabs settle.
        let settled = merge(&theirs, &theirs, &merged);
        assert_eq!(settled.answers, merged.answers, "the other tab settles");
        assert_eq!(settled.notes, merged.notes);
        assert_eq!(settled.from_email, merged.from_email);
    }

    #[test]
    fn different_fields_in_two_tabs_are_both_kept() {
        check(
            |d| d.answers.rejection.company = "Alpha Co".into(),
            |d| d.answers.rejection.job_title = "Designer".into(),
            |d| {
                d.answers.rejection.company = "Alpha Co".into();
                d.answers.rejection.job_title = "Designer".into();
            },
        );
        check(
            |d| d.note_mut(1, Channel::EmailReply).sent = Some("2026-12-01".into()),
            |d| d.answers.rejection.stage = Some(Stage::FinalRound),
            |d| {
                d.note_mut(1, Channel::EmailReply).sent = Some("2026-12-01".into());
                d.answers.rejection.stage = Some(Stage::FinalRound);
            },
        );
        check(
            |d| d.person_mut(1).unwrap().detail = "the pipeline".into(),
            |d| d.person_mut(1).unwrap().job_title = "CTO".into(),
            |d| {
                let p = d.person_mut(1).unwrap();
                p.detail = "the pipeline".into();
                p.job_title = "CTO".into();
            },
        );
    }

    /// A person's own choice of notes is one answer of theirs: merged beside
    /// their other answers and everyone's choice, this tab's kept when both
    /// chose, and a choice made there taken when none was made here.
    #[test]
    fn a_persons_own_channels_merge_as_one_answer() {
        fn card(d: &mut Draft) {
            d.person_mut(1).unwrap().channels = Some(vec![Channel::Card]);
        }
        fn message(d: &mut Draft) {
            d.person_mut(1).unwrap().channels = Some(vec![Channel::LinkedInMessage]);
        }
        check(
            card,
            |d| d.person_mut(1).unwrap().detail = "the pipeline".into(),
            |d| {
                card(d);
                d.person_mut(1).unwrap().detail = "the pipeline".into();
            },
        );
        check(|_| {}, card, card);
        check(card, message, card);
        check(
            card,
            |d| d.answers.style.channels = vec![Channel::EmailNew],
            |d| {
                card(d);
                d.answers.style.channels = vec![Channel::EmailNew];
            },
        );
        // Back to everyone's choice there, untouched here: everyone's.
        let mut base = base();
        card(&mut base);
        let mut theirs = base.clone();
        theirs.person_mut(1).unwrap().channels = None;
        let merged = merge(&base, &base, &theirs);
        assert_eq!(merged.answers.recipients[0].channels, None);
    }

    #[test]
    fn one_field_typed_in_both_tabs_keeps_this_tabs_value() {
        check(
            |d| d.answers.rejection.company = "Mine".into(),
            |d| d.answers.rejection.company = "Theirs".into(),
            |d| d.answers.rejection.company = "Mine".into(),
        );
    }

    #[test]
    fn people_added_and_removed_in_two_tabs_combine() {
        check(
            |d| {
                let id = d.add_person();
                d.person_mut(id).unwrap().name = "Ana".into();
            },
            |d| {
                let id = d.add_person();
                d.person_mut(id).unwrap().name = "Ben".into();
                d.note_mut(id, Channel::Card).variant = 4;
            },
            |d| {
                let ana = d.add_person();
                d.person_mut(ana).unwrap().name = "Ana".into();
                let ben = d.add_person();
                d.person_mut(ben).unwrap().name = "Ben".into();
                d.note_mut(ben, Channel::Card).variant = 4;
            },
        );
        check(
            |d| {
                d.remove_person(1);
            },
            |d| d.answers.rejection.company = "Alpha Co".into(),
            |d| {
                d.remove_person(1);
                d.answers.rejection.company = "Alpha Co".into();
            },
        );
        // Removed here while edited there: the edit is not lost.
        check(
            |d| {
                d.remove_person(1);
            },
            |d| d.person_mut(1).unwrap().detail = "their roadmap".into(),
            |d| d.person_mut(1).unwrap().detail = "their roadmap".into(),
        );
    }

    #[test]
    fn a_version_made_without_seeing_ours_does_not_undo_ours() {
        // Tab A wrote `ours`; tab B, not yet aware of it, wrote `late` from
        // the same base. A merges `late` against that base and keeps both.
        let base = base();
        let mut ours = base.clone();
        ours.answers.rejection.company = "Alpha Co".into();
        let mut late = base.clone();
        late.answers.rejection.job_title = "Designer".into();
        let merged = merge(&ours, &base, &late);
        assert_eq!(merged.answers.rejection.company, "Alpha Co");
        assert_eq!(merged.answers.rejection.job_title, "Designer");
    }

    #[test]
    fn another_tabs_version_is_adopted_or_merged_never_dropped() {
        let mut known = base();
        known.rev = 7;
        let mut theirs = known.clone();
        theirs.rev = 8;
        theirs.base_rev = 7;
        theirs.answers.rejection.job_title = "Designer".into();
        theirs.last_hash = "#/people".into();

        // Nothing typed here: adopt theirs, keeping this tab's place.
        let mut mine = known.clone();
        mine.last_hash = "#/no/job".into();
        let Received::Adopt(adopted) = receive(&mine, Some(&known), None, &theirs) else {
            panic!("adopt");
        };
        assert_eq!(adopted.answers, theirs.answers);
        assert_eq!((adopted.last_hash.as_str(), adopted.rev), ("#/no/job", 8));

        // Typed here too: merge and write back.
        mine.answers.rejection.company = "Alpha Co".into();
        let Received::Merged(merged) = receive(&mine, Some(&known), None, &theirs) else {
            panic!("merge");
        };
        assert_eq!(merged.answers.rejection.company, "Alpha Co");
        assert_eq!(merged.answers.rejection.job_title, "Designer");

        // Its own write coming back changes nothing.
        assert_eq!(receive(&mine, Some(&theirs), None, &theirs), Received::Echo);
    }

    #[test]
    fn ids_stay_ahead_of_every_person() {
        let base = base();
        let mut mine = base.clone();
        mine.add_person();
        let mut theirs = base.clone();
        let id = theirs.add_person();
        theirs.person_mut(id).unwrap().name = "Ben".into();
        let merged = merge(&mine, &base, &theirs);
        let ids: Vec<u32> = merged.answers.recipients.iter().map(|r| r.id).collect();
        assert!(
            ids.iter().all(|&id| id < merged.next_id),
            "{ids:?} < {}",
            merged.next_id
        );
        let mut unique = ids.clone();
        unique.dedup();
        assert_eq!(unique.len(), ids.len());
    }

    /// What the email filled in is merged like the answers it filled: a tab
    /// that took another's version no longer differs from it, so neither
    /// writes again (two tabs once rewrote each other without end).
    #[test]
    fn what_their_email_filled_in_is_merged_too() {
        fn fill(d: &mut Draft) {
            d.answers.rejection.job_title = "Analyst".into();
            d.from_email.filled.push(Filled {
                field: Answer::JobTitle,
                person: None,
                value: "Analyst".into(),
            });
        }
        check(|_| {}, fill, fill);
        check(fill, |_| {}, fill);
        check(
            |d| d.answers.sender.name = "Sam".into(),
            fill,
            |d| {
                fill(d);
                d.answers.sender.name = "Sam".into();
            },
        );
    }

    /// One tab edits a note's body, the other its subject: both stay, as for
    /// any two fields (the edits were once one value, and one was lost).
    #[test]
    fn a_subject_and_a_body_edited_in_two_tabs_are_both_kept() {
        fn composed() -> NoteText {
            NoteText {
                subject: Some("Re: Your application".into()),
                body: "Composed".into(),
            }
        }
        fn body(d: &mut Draft) {
            d.note_mut(1, Channel::EmailReply)
                .edit(&composed(), |t| t.body = "Mine".into());
        }
        fn subject(d: &mut Draft) {
            d.note_mut(1, Channel::EmailReply)
                .edit(&composed(), |t| t.subject = Some("Thank you".into()));
        }
        check(body, subject, |d| {
            body(d);
            subject(d);
        });
        check(subject, body, |d| {
            subject(d);
            body(d);
        });
    }
}
