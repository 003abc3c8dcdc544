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

use super::draft::{CheckIns, Draft, NoteState};
use super::model::{Answers, Ask, Recipient, Rejection, Sender, Style};

/// Merges `theirs` into `mine`, both made from `base`.
///
/// Usage: `let merged = merge(&mine, &base, &theirs);`
pub fn merge(mine: &Draft, base: &Draft, theirs: &Draft) -> Draft {
    let mut out = mine.clone();
    let mut theirs = theirs.clone();
    let renamed = merge_people(
        &mut out.answers.recipients,
        &base.answers.recipients,
        &mut theirs,
    );
    merge_answers(&mut out.answers, &base.answers, &theirs.answers);
    merge_keyed(&mut out.notes, &base.notes, &theirs.notes, |n| {
        (n.recipient, n.channel)
    });
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
    leaf(&mut out.archived, &base.archived, &theirs.archived);
    merge_check_ins(&mut out.checkins, &base.checkins, &theirs.checkins);
    if out.created == 0 || (theirs.created != 0 && theirs.created < out.created) {
        out.created = theirs.created;
    }
    out.updated = out.updated.max(theirs.updated);
    let highest = out
        .answers
        .recipients
        .iter()
        .map(|r| r.id)
        .max()
        .unwrap_or(0);
    out.next_id = out
        .next_id
        .max(theirs.next_id)
        .max(highest.saturating_add(1))
        .max(renamed);
    out
}

/// What a tab does with another tab's version of the record it has open.
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
/// Usage: `match receive(&mine, Some(&known), None, &theirs) { … }`
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

/// Takes `theirs` where only they changed the value.
fn leaf<T: PartialEq + Clone>(mine: &mut T, base: &T, theirs: &T) {
    if mine == base && theirs != base {
        *mine = theirs.clone();
    }
}

macro_rules! leaves {
    ($mine:expr, $base:expr, $theirs:expr; $($field:ident),+) => {
        $(leaf(&mut $mine.$field, &$base.$field, &$theirs.$field);)+
    };
}

fn merge_answers(mine: &mut Answers, base: &Answers, theirs: &Answers) {
    let (m, b, t): (&mut Rejection, _, _) =
        (&mut mine.rejection, &base.rejection, &theirs.rejection);
    leaves!(m, b, t; company, job_title, stage, arrival, said_keep_in_mind, date, original_subject, follows);
    let (m, b, t): (&mut Sender, _, _) = (&mut mine.sender, &base.sender, &theirs.sender);
    leaves!(m, b, t; name, contact, seniority, admire, strengths);
    let (m, b, t): (&mut Ask, _, _) = (&mut mine.ask, &base.ask, &theirs.ask);
    leaves!(m, b, t; keep_in_mind_for, related_role, feedback, linkedin, wish_hire_well, offer_help, help_offer);
    let (m, b, t): (&mut Style, _, _) = (&mut mine.style, &base.style, &theirs.style);
    leaves!(m, b, t; tone, length, channels, linkedin_premium);
}

fn merge_person(mine: &mut Recipient, base: &Recipient, theirs: &Recipient) {
    leaves!(mine, base, theirs; name, address, honorific, job_title, relationship, email, detail);
}

fn merge_note(mine: &mut NoteState, base: &NoteState, theirs: &NoteState) {
    leaves!(mine, base, theirs; variant, edit, sent);
}

fn merge_check_ins(mine: &mut CheckIns, base: &CheckIns, theirs: &CheckIns) {
    leaves!(mine, base, theirs; choice, dates, update);
}

/// Merges the people, after giving a person the other tab added under an id
/// this tab also added (for someone else) a new id, notes included. Returns
/// the lowest id that is still free afterwards.
fn merge_people(mine: &mut Vec<Recipient>, base: &[Recipient], theirs: &mut Draft) -> u32 {
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
    merge_keyed(mine, base, &theirs.answers.recipients, |r| r.id);
    next
}

/// What merging one kind of item means.
trait Item: Clone + PartialEq {
    fn merge(&mut self, base: &Self, theirs: &Self);
}

impl Item for Recipient {
    fn merge(&mut self, base: &Self, theirs: &Self) {
        merge_person(self, base, theirs);
    }
}

impl Item for NoteState {
    fn merge(&mut self, base: &Self, theirs: &Self) {
        merge_note(self, base, theirs);
    }
}

/// Merges lists whose items have a key: an item removed on one side and left
/// alone on the other goes; one removed on one side and edited on the other
/// stays, edited; one added on either side is added.
fn merge_keyed<T: Item, K: PartialEq>(
    mine: &mut Vec<T>,
    base: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
) {
    let find = |list: &[T], k: &K| list.iter().position(|x| key(x) == *k);
    mine.retain(|item| {
        let k = key(item);
        match (find(base, &k), find(theirs, &k)) {
            (Some(b), None) => *item != base[b],
            _ => true,
        }
    });
    for item in theirs {
        let k = key(item);
        match (find(mine, &k), find(base, &k)) {
            (Some(m), Some(b)) => mine[m].merge(&base[b], item),
            (Some(m), None) => {
                let mine_item = mine[m].clone();
                mine[m].merge(&mine_item, item);
            }
            (None, Some(b)) if *item != base[b] => mine.push(item.clone()),
            (None, Some(_)) => {}
            (None, None) => mine.push(item.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Channel, Stage};

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
        // The other tab then merges the result against its own version: it
        // must adopt it unchanged, so the tabs settle.
        let settled = merge(&theirs, &theirs, &merged);
        assert_eq!(settled.answers, merged.answers, "the other tab settles");
        assert_eq!(settled.notes, merged.notes);
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
}
