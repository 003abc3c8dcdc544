//! The library: every No the user keeps, what was sent to whom, and when to
//! check in again.
//!
//! A record is a [`Draft`]. Its status is derived from what it holds, never
//! stored, so it cannot disagree with the record: a note marked sent makes the
//! record "sent" everywhere at once. The home page's list, the keep-warm
//! plan and "Write for another job" are plain functions over records, tested
//! here without a browser.

use super::compose::{Earlier, compose_all, sort_small_by_key};
use super::date::Date;
use super::draft::{CheckIn, Draft, PlanChoice};
use super::model::{Answers, KeepInMindFor, Recipient, Rejection, Style};
use super::route::{Page, Route};
use super::text::fold;
use super::validate::is_complete;

/// Where a record stands, as the home page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Answers are missing, or the user has not reached the notes yet.
    Drafting,
    /// The notes are written and this many are not marked sent (at least one).
    ToSend(usize),
    /// Every note is marked sent.
    AllSent,
    Archived,
}

impl Status {
    /// The words on the home page: "Not finished", "3 to send", "All sent".
    pub fn label(self) -> String {
        match self {
            Status::Drafting => "Not finished".to_owned(),
            Status::ToSend(left) => format!("{left} to send"),
            Status::AllSent => "All sent".to_owned(),
            Status::Archived => "Archived".to_owned(),
        }
    }
}

/// A new record id from 64 random bits (the browser's `crypto`): 16 hex digits.
///
/// ```
/// assert_eq!(kept_in_mind::domain::library::record_id(0xab), "00000000000000ab");
/// ```
pub fn record_id(random: u64) -> String {
    format!("{random:016x}")
}

/// The derived status of a record.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, library::{Status, status}};
/// let mut draft = Draft::default();
/// assert_eq!(status(&draft), Status::Drafting);
/// draft.archived = true;
/// assert_eq!(status(&draft), Status::Archived);
/// ```
pub fn status(draft: &Draft) -> Status {
    status_given(draft, sent_count(draft))
}

/// [`status`], for a caller that has counted the notes sent already.
///
/// Complete answers alone do not make a record finished: details carried
/// over from another job can complete them pages before the end. The notes
/// are written once the user has been on the notes page (it is the last
/// page seen) or has done anything to a note (a wording, an edit, a day sent).
fn status_given(draft: &Draft, (sent, total): (usize, usize)) -> Status {
    if draft.archived {
        return Status::Archived;
    }
    let notes_seen =
        draft.last_hash == Route::new(Page::Notes).to_hash() || !draft.notes.is_empty();
    if !notes_seen || !is_complete(&draft.answers) {
        Status::Drafting
    } else if sent < total {
        Status::ToSend(total - sent)
    } else {
        Status::AllSent
    }
}

/// How many of the record's notes are marked sent, of how many it has.
pub fn sent_count(draft: &Draft) -> (usize, usize) {
    let mut sent = 0;
    let mut total = 0;
    for person in &draft.answers.recipients {
        for channel in draft.channels_for(person) {
            total += 1;
            if draft
                .note(person.id, channel)
                .is_some_and(|n| n.sent.is_some())
            {
                sent += 1;
            }
        }
    }
    (sent, total)
}

/// The earlier Nos from the company `current` is about, most recent first:
/// the records made before it whose company is the same (ignoring case and
/// spaces), each with the bodies of its notes as the user last saw them
/// (their edit, or the composed text). The notes page passes them to
/// [`compose_all`], so a second No says so and repeats nothing said then.
pub fn earlier_at(records: &[Draft], current: &Draft) -> Vec<Earlier> {
    let company = fold(current.answers.rejection.company.trim());
    if company.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<&Draft> = records
        .iter()
        .filter(|r| r.id != current.id && r.created < current.created)
        .filter(|r| fold(r.answers.rejection.company.trim()) == company)
        .collect();
    sort_small_by_key(&mut found, |r| std::cmp::Reverse(r.created));
    found
        .into_iter()
        .map(|r| {
            let bodies = compose_all(&r.answers, &[], |p| r.notes_to_show(p))
                .into_iter()
                .map(
                    |c| match r.note(c.recipient, c.channel).and_then(|n| n.edit.as_ref()) {
                        Some(edit) => edit.text.body.clone(),
                        None => c.note.body,
                    },
                )
                .collect();
            Earlier {
                rejection: r.answers.rejection.clone(),
                bodies,
            }
        })
        .collect()
}

/// Whether any note to the person with this id is marked sent: a check-in
/// follows a thank-you, so only they get a check-in note.
pub fn thanked(draft: &Draft, recipient: u32) -> bool {
    draft
        .notes
        .iter()
        .any(|n| n.recipient == recipient && n.sent.is_some())
}

/// The day the first note was sent, if any was.
pub fn first_sent(draft: &Draft) -> Option<Date> {
    draft
        .notes
        .iter()
        .filter_map(|n| n.sent.as_deref().and_then(Date::parse))
        .min()
}

/// The earliest accepted check-in not ticked off; one whose day has passed
/// still counts, so a missed check-in is not forgotten.
pub fn next_check_in(draft: &Draft) -> Option<Date> {
    if draft.checkins.choice != PlanChoice::Accepted {
        return None;
    }
    draft
        .checkins
        .dates
        .iter()
        .filter(|c| !c.done)
        .filter_map(|c| Date::parse(&c.due))
        .min()
}

/// The one line that says whether the keep-in-touch plan is on, above its
/// Change: "Check-ins are on. The next is on 12 January 2027."
pub fn plan_state(draft: &Draft) -> String {
    match draft.checkins.choice {
        PlanChoice::Offered => "Check-ins are suggested, not planned yet.".to_owned(),
        PlanChoice::Off => "Check-ins are off.".to_owned(),
        PlanChoice::Accepted => match next_check_in(draft) {
            Some(next) => format!("Check-ins are on. The next is on {}.", next.long()),
            None if draft.checkins.dates.iter().all(|c| c.done) => {
                "Check-ins are on, and every one is done.".to_owned()
            }
            // A date still being typed: no day to name yet.
            None => "Check-ins are on.".to_owned(),
        },
    }
}

/// Why each suggested check-in falls when it does, in the order of [`suggested_check_ins`].
pub const CHECK_IN_REASONS: [&str; 3] = [
    "About six weeks on: the person they chose may have said no or not started yet.",
    "About three months on: near the end of a typical probation, and new roles open.",
    "About six months on: plans change, and a light touch keeps you in mind.",
];

/// The keep-warm plan suggested after the first note went out on `sent`:
/// about six weeks, three months and six months later.
///
/// ```
/// use kept_in_mind::domain::{date::Date, library::suggested_check_ins};
/// let plan = suggested_check_ins(Date::parse("2026-12-01").unwrap());
/// assert_eq!(plan[0].due, "2027-01-12");
/// ```
pub fn suggested_check_ins(sent: Date) -> Vec<CheckIn> {
    [sent.add_days(42), sent.add_months(3), sent.add_months(6)]
        .into_iter()
        .map(|due| CheckIn {
            due: due.to_string(),
            done: false,
        })
        .collect()
}

/// Marks one note sent on `on` (or not sent, with `None`), and offers the
/// check-in plan the first time anything is sent.
pub fn mark_sent(
    draft: &mut Draft,
    recipient: u32,
    channel: super::model::Channel,
    on: Option<Date>,
) {
    draft.note_mut(recipient, channel).sent = on.map(|d| d.to_string());
    if draft.checkins.dates.is_empty()
        && let Some(first) = first_sent(draft)
    {
        draft.checkins.dates = suggested_check_ins(first);
    }
}

/// A new record for another job: the user's own details carried over (name,
/// contact, strengths, level, tone, length and channels) and nothing about
/// the last company or its people.
pub fn another_job(from: &Draft, id: String, now: u64) -> Draft {
    let mut answers = Answers::default();
    let mine = &from.answers;
    answers.sender.name = mine.sender.name.clone();
    answers.sender.contact = mine.sender.contact.clone();
    answers.sender.strengths = mine.sender.strengths.clone();
    answers.sender.seniority = mine.sender.seniority;
    answers.style = Style {
        tone: mine.style.tone,
        length: mine.style.length,
        channels: mine.style.channels.clone(),
        linkedin_premium: mine.style.linkedin_premium,
    };
    Draft {
        answers,
        ..new_record(id, now)
    }
}

/// What "Write for another job" carried into a record from an earlier one
/// and is still as it was there: the level and the strengths, which belong
/// to a job as much as to the person. "About you" shows them, with Change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carried {
    /// The earlier record's title: "Product Designer at Northwind Health".
    pub from: String,
    /// "Mid-level", when a level was carried.
    pub level: Option<&'static str>,
    /// The strengths carried, one a line; empty when none were.
    pub strengths: String,
}

/// What `draft` carries over from the most recent earlier record among
/// `records` with the same level and strengths (derived, not stored: once
/// the user changes them, nothing is carried any more).
pub fn carried(draft: &Draft, records: &[Draft]) -> Option<Carried> {
    let mine = &draft.answers.sender;
    let strengths = mine.strengths_text();
    if mine.seniority.is_none() && strengths.is_empty() {
        return None;
    }
    let from = records
        .iter()
        .filter(|d| d.id != draft.id && d.created <= draft.created && !d.is_blank())
        .filter(|d| {
            let theirs = &d.answers.sender;
            theirs.seniority == mine.seniority && theirs.strengths == mine.strengths
        })
        .max_by_key(|d| d.updated)?;
    Some(Carried {
        from: from.title(),
        level: mine.seniority.map(super::labels::Choice::label),
        strengths,
    })
}

/// A new record for a role that opened at the company of `from`: the same
/// company and people (names, titles, parts, how to address them, email),
/// the user's own details as for [`another_job`], and how far they got
/// there, so only the new role's title is left to give. What stood out
/// with each person and the No's date and subject belonged to the earlier
/// conversation; the new record keeps that No as it was in
/// `rejection.follows` instead, for its note to refer back to.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, library::role_opened};
/// let mut record = Draft::default();
/// record.answers.rejection.company = "Northwind Health".into();
/// record.answers.rejection.job_title = "Product Designer".into();
/// let next = role_opened(&record, "00000000000000cd".into(), 5);
/// assert_eq!(next.answers.rejection.company, "Northwind Health");
/// assert_eq!(next.answers.rejection.job_title, "", "the new role's title is left to give");
/// assert!(next.answers.rejection.follows.is_some());
/// ```
pub fn role_opened(from: &Draft, id: String, now: u64) -> Draft {
    let mut next = another_job(from, id, now);
    let then = &from.answers.rejection;
    let no = &mut next.answers.rejection;
    no.company = then.company.clone();
    no.stage = then.stage;
    no.arrival = then.arrival;
    no.said_keep_in_mind = then.said_keep_in_mind;
    no.follows = Some(Box::new(Rejection {
        follows: None,
        ..then.clone()
    }));
    next.answers.recipients = from
        .answers
        .recipients
        .iter()
        .map(|person| Recipient {
            detail: String::new(),
            ..person.clone()
        })
        .collect();
    next.next_id = from.next_id;
    // Being considered for the role that opened is what the note asks.
    next.answers.ask.keep_in_mind_for = Some(KeepInMindFor::ThisRole);
    next
}

/// The record changed last: what a new record takes the user's own details
/// from, and what a wizard page opens when this tab had none open.
///
/// ```
/// use kept_in_mind::domain::library::{latest, new_record};
/// let records = [new_record("aa".into(), 2), new_record("bb".into(), 5), new_record("cc".into(), 3)];
/// assert_eq!(latest(&records).map(|r| r.id.as_str()), Some("bb"));
/// assert!(latest(&[]).is_none());
/// ```
pub fn latest(records: &[Draft]) -> Option<&Draft> {
    records.iter().max_by_key(|r| r.updated)
}

/// An empty record with its id and times.
pub fn new_record(id: String, now: u64) -> Draft {
    Draft {
        id,
        created: now,
        updated: now,
        ..Draft::default()
    }
}

/// One line of the home page's list, as plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// "Product Designer at Northwind Health", or as much as is known.
    pub title: String,
    /// "No received 28 November 2026", when the date was given.
    pub date: Option<String>,
    /// "Priya Shah and Tomás Álvarez".
    pub people: Option<String>,
    /// "2 of 3 notes sent", once a note is sent.
    pub sent: Option<String>,
    /// "Next check-in: 12 January 2027", or "Time to check in (…)" once due.
    pub next_check_in: Option<String>,
    pub status: Status,
    /// "Continue" while drafting, "Open" after.
    pub action: &'static str,
    /// Where Continue or Open leads: the page to pick up at.
    pub resume: String,
}

/// The people a record writes to: "Priya Shah and Tomás Álvarez".
pub fn people(draft: &Draft) -> Option<String> {
    let names: Vec<&str> = draft
        .answers
        .recipients
        .iter()
        .map(|r| r.name.trim())
        .filter(|n| !n.is_empty())
        .collect();
    match names.split_last() {
        None => None,
        Some((last, [])) => Some((*last).to_owned()),
        Some((last, rest)) => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// "2 of 3 notes sent".
pub fn sent_line(sent: usize, total: usize) -> String {
    let noun = if total == 1 { "note" } else { "notes" };
    format!("{sent} of {total} {noun} sent")
}

/// The home page's line for one record.
pub fn entry(draft: &Draft, today: Date) -> Entry {
    let (sent, total) = sent_count(draft);
    let status = status_given(draft, (sent, total));
    let no = &draft.answers.rejection;
    Entry {
        id: draft.id.clone(),
        title: draft.title(),
        date: Date::parse(&no.date).map(|d| format!("No received {}", d.long())),
        people: people(draft),
        sent: (sent > 0).then(|| sent_line(sent, total)),
        next_check_in: next_check_in(draft).map(|due| {
            if due <= today {
                format!("Time to check in (planned for {})", due.long())
            } else {
                format!("Next check-in: {}", due.long())
            }
        }),
        status,
        action: if status == Status::Drafting {
            "Continue"
        } else {
            "Open"
        },
        resume: draft.resume_route().to_hash(),
    }
}

/// One of the home page's lists: the lines it draws, and how many records
/// it holds in all (for "Show all" and "Archived (N)").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    pub entries: Vec<Entry>,
    pub total: usize,
}

/// The home page's lists: records worth showing, most recent activity
/// first, split into the ones in view and the archived ones, each with the
/// lines of its first `shown` records. A line reads the whole record (its
/// answers checked, its notes counted), so with a long history only the
/// lines drawn are made: the rest wait for "Show all".
///
/// ```
/// use kept_in_mind::domain::{date::Date, library::{listing, new_record}};
/// let mut old = new_record("00000000000000aa".into(), 1);
/// old.answers.rejection.company = "Contoso".into();
/// let mut new = new_record("00000000000000bb".into(), 2);
/// new.answers.rejection.company = "Fabrikam".into();
/// let (active, archived) = listing(&[old, new], Date::parse("2026-12-01").unwrap(), [1, 1]);
/// assert_eq!(active.entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["00000000000000bb"]);
/// assert_eq!((active.total, archived.total), (2, 0));
/// ```
pub fn listing<'a>(
    records: impl IntoIterator<Item = &'a Draft>,
    today: Date,
    shown: [usize; 2],
) -> (List, List) {
    // Each record goes in after every one changed at the same time or later:
    // a binary search and one move per record, whatever order storage gives
    // them in, where std's sort would add kilobytes of WebAssembly.
    let mut order: Vec<&Draft> = Vec::new();
    for record in records.into_iter().filter(|d| !d.is_blank()) {
        let at = order.partition_point(|d| d.updated >= record.updated);
        order.insert(at, record);
    }
    let (archived, active): (Vec<&Draft>, Vec<&Draft>) =
        order.into_iter().partition(|d| d.archived);
    let list = |list: Vec<&Draft>, shown: usize| List {
        total: list.len(),
        entries: list
            .into_iter()
            .take(shown)
            .map(|d| entry(d, today))
            .collect(),
    };
    (list(active, shown[0]), list(archived, shown[1]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Arrival, Channel, KeepInMindFor, Relationship, Seniority, Stage};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// A complete record: every page answered, one or two people.
    fn complete(people: &[&str]) -> Draft {
        let mut draft = new_record("r1".into(), 1);
        let a = &mut draft.answers;
        a.rejection.company = "Northwind Health".into();
        a.rejection.job_title = "Product Designer".into();
        a.rejection.stage = Some(Stage::Interview);
        a.rejection.arrival = Some(Arrival::HiringManagerEmail);
        a.rejection.said_keep_in_mind = Some(true);
        a.rejection.date = "2026-11-28".into();
        for name in people {
            let id = draft.add_person();
            let p = draft.person_mut(id).unwrap();
            p.name = (*name).into();
            p.relationship = Some(Relationship::HiringManager);
        }
        let a = &mut draft.answers;
        a.sender.name = "Alex Morgan".into();
        a.sender.seniority = Some(Seniority::Mid);
        a.ask.keep_in_mind_for = Some(KeepInMindFor::FutureOpenings);
        a.style.channels = vec![Channel::EmailNew, Channel::Card];
        draft.last_hash = "#/notes".into();
        draft
    }

    /// Each case: what happened to a record, and the status the home page
    /// shows for it, in words.
    fn check_statuses(cases: &[(&str, Draft, &str)]) {
        for (what, draft, want) in cases {
            assert_eq!(status(draft).label(), *want, "{what}: {:?}", draft.checkins);
            assert_eq!(
                entry(draft, day("2026-12-02")).status.label(),
                *want,
                "{what}"
            );
        }
    }

    /// `draft` after `change`.
    fn with(draft: &Draft, change: impl FnOnce(&mut Draft)) -> Draft {
        let mut changed = draft.clone();
        change(&mut changed);
        changed
    }

    #[test]
    fn the_status_says_what_is_left_to_do() {
        let one = complete(&["Priya Shah"]);
        let two = complete(&["Priya Shah", "Tomás Álvarez"]);
        let sent = |d: &mut Draft, person, channel| {
            mark_sent(d, person, channel, Some(day("2026-12-01")));
        };
        let all_sent = with(&two, |d| {
            for person in [1, 2] {
                for channel in [Channel::EmailNew, Channel::Card] {
                    sent(d, person, channel);
                }
            }
        });
        check_statuses(&[
            ("a blank record", Draft::default(), "Not finished"),
            (
                "every answer given, but stopped before the notes",
                with(&one, |d| d.last_hash = "#/ask/extras".into()),
                "Not finished",
            ),
            (
                "the notes seen, then an answer cleared",
                with(&one, |d| d.answers.sender.name.clear()),
                "Not finished",
            ),
            ("the notes written, none sent", one.clone(), "2 to send"),
            (
                "left on the check page after choosing a wording",
                with(&one, |d| {
                    d.last_hash = "#/check".into();
                    d.note_mut(1, Channel::Card).next_wording();
                }),
                "2 to send",
            ),
            (
                "1 of 4 notes sent",
                with(&two, |d| sent(d, 1, Channel::EmailNew)),
                "3 to send",
            ),
            (
                "sent, then marked as not sent",
                with(&one, |d| {
                    sent(d, 1, Channel::EmailNew);
                    mark_sent(d, 1, Channel::EmailNew, None);
                }),
                "2 to send",
            ),
            ("every note sent", all_sent.clone(), "All sent"),
            (
                "every note sent and check-ins kept",
                with(&all_sent, |d| d.checkins.choice = PlanChoice::Accepted),
                "All sent",
            ),
            (
                "archived half way",
                with(&two, |d| {
                    sent(d, 1, Channel::EmailNew);
                    d.archived = true;
                }),
                "Archived",
            ),
        ]);
    }

    #[test]
    fn only_people_thanked_get_a_check_in() {
        let mut draft = complete(&["Priya Shah", "Tomás Álvarez"]);
        assert!(!thanked(&draft, 1) && !thanked(&draft, 2));
        mark_sent(&mut draft, 2, Channel::Card, Some(day("2026-12-01")));
        assert!(!thanked(&draft, 1) && thanked(&draft, 2));
        draft.note_mut(1, Channel::EmailNew).next_wording();
        assert!(!thanked(&draft, 1), "a note touched is not a note sent");
    }

    #[test]
    fn the_next_check_in_goes_beside_the_status_while_the_plan_is_on() {
        let mut draft = complete(&["Priya Shah"]);
        mark_sent(&mut draft, 1, Channel::EmailNew, Some(day("2026-12-01")));
        mark_sent(&mut draft, 1, Channel::Card, Some(day("2026-12-01")));
        let line = |d: &Draft| {
            (
                entry(d, day("2026-12-02")).status.label(),
                entry(d, day("2026-12-02")).next_check_in,
            )
        };
        assert_eq!(
            line(&draft),
            ("All sent".to_owned(), None),
            "the plan only offered"
        );
        draft.checkins.choice = PlanChoice::Accepted;
        assert_eq!(
            line(&draft),
            (
                "All sent".to_owned(),
                Some("Next check-in: 12 January 2027".to_owned())
            )
        );
    }

    #[test]
    fn another_job_shows_what_it_carried_until_changed() {
        let mut first = complete(&["Priya Shah"]);
        first.answers.sender.strengths[0] = "user research".into();
        let mut next = another_job(&first, "r2".into(), 2);
        let records = [first.clone()];
        assert_eq!(
            carried(&next, &records),
            Some(Carried {
                from: "Product Designer at Northwind Health".into(),
                level: Some("Mid-level"),
                strengths: "user research".into(),
            })
        );
        assert_eq!(
            carried(&first, &[next.clone()]),
            None,
            "a later record carries nothing into an earlier one"
        );
        assert_eq!(
            carried(&new_record("r3".into(), 3), &records),
            None,
            "nothing given, nothing carried"
        );
        next.answers.sender.strengths[0] = "service design".into();
        assert_eq!(carried(&next, &records), None, "changed: no longer carried");
    }

    #[test]
    fn one_line_says_whether_the_plan_is_on() {
        let mut draft = complete(&["Priya Shah"]);
        let priya = draft.answers.recipients[0].id;
        mark_sent(
            &mut draft,
            priya,
            Channel::EmailNew,
            Some(day("2026-12-01")),
        );
        assert_eq!(
            plan_state(&draft),
            "Check-ins are suggested, not planned yet."
        );
        draft.checkins.choice = PlanChoice::Accepted;
        assert_eq!(
            plan_state(&draft),
            "Check-ins are on. The next is on 12 January 2027."
        );
        draft.checkins.dates[0].done = true;
        assert_eq!(
            plan_state(&draft),
            "Check-ins are on. The next is on 1 March 2027."
        );
        draft.checkins.dates[1].due = "4\n".into();
        assert_eq!(
            plan_state(&draft),
            "Check-ins are on. The next is on 1 June 2027."
        );
        draft.checkins.dates[2].due = "".into();
        assert_eq!(
            plan_state(&draft),
            "Check-ins are on.",
            "no day to name while typed"
        );
        for c in &mut draft.checkins.dates {
            c.done = true;
        }
        assert_eq!(
            plan_state(&draft),
            "Check-ins are on, and every one is done."
        );
        draft.checkins.choice = PlanChoice::Off;
        assert_eq!(plan_state(&draft), "Check-ins are off.");
    }

    #[test]
    fn the_plan_starts_from_the_first_note_sent_and_is_made_once() {
        let mut draft = complete(&["Priya Shah", "Tomás Álvarez"]);
        mark_sent(&mut draft, 2, Channel::Card, Some(day("2026-12-03")));
        let dates: Vec<&str> = draft
            .checkins
            .dates
            .iter()
            .map(|c| c.due.as_str())
            .collect();
        assert_eq!(dates, ["2027-01-14", "2027-03-03", "2027-06-03"]);
        draft.checkins.dates[0].due = "2027-01-20".into();
        mark_sent(&mut draft, 1, Channel::EmailNew, Some(day("2026-12-01")));
        assert_eq!(
            draft.checkins.dates[0].due, "2027-01-20",
            "a changed plan stays"
        );
        assert_eq!(first_sent(&draft), Some(day("2026-12-01")));

        draft.checkins.choice = PlanChoice::Accepted;
        assert_eq!(next_check_in(&draft), Some(day("2027-01-20")));
        draft.checkins.dates[0].done = true;
        assert_eq!(next_check_in(&draft), Some(day("2027-03-03")));
        assert_eq!(
            entry(&draft, day("2027-03-03")).next_check_in.as_deref(),
            Some("Time to check in (planned for 3 March 2027)")
        );
        draft.checkins.choice = PlanChoice::Off;
        assert_eq!(next_check_in(&draft), None);
    }

    #[test]
    fn the_home_page_line_says_what_was_sent_and_what_comes_next() {
        let mut draft = complete(&["Priya Shah", "Tomás Álvarez"]);
        let fresh = entry(&draft, day("2026-12-01"));
        assert_eq!(fresh.title, "Product Designer at Northwind Health");
        assert_eq!(fresh.date.as_deref(), Some("No received 28 November 2026"));
        assert_eq!(
            fresh.people.as_deref(),
            Some("Priya Shah and Tomás Álvarez")
        );
        assert_eq!((fresh.sent, fresh.action), (None, "Open"));

        mark_sent(&mut draft, 1, Channel::EmailNew, Some(day("2026-12-01")));
        mark_sent(&mut draft, 2, Channel::EmailNew, Some(day("2026-12-02")));
        draft.checkins.choice = PlanChoice::Accepted;
        let later = entry(&draft, day("2026-12-02"));
        assert_eq!(later.sent.as_deref(), Some("2 of 4 notes sent"));
        assert_eq!(
            later.next_check_in.as_deref(),
            Some("Next check-in: 12 January 2027")
        );
        assert_eq!(later.status, Status::ToSend(2));

        let unfinished = entry(&new_record("r2".into(), 1), day("2026-12-01"));
        assert_eq!((unfinished.action, unfinished.people), ("Continue", None));
    }

    #[test]
    fn the_list_is_most_recent_first_with_archived_apart_and_blanks_left_out() {
        let record = |id: &str, updated, archived| {
            let mut d = complete(&["Priya Shah"]);
            d.id = id.into();
            d.updated = updated;
            d.archived = archived;
            d
        };
        let records = [
            record("old", 10, false),
            record("new", 30, false),
            record("gone", 20, true),
            new_record("blank".into(), 40),
            record("mid", 20, false),
        ];
        let ids = |list: &List| {
            let ids: Vec<&str> = list.entries.iter().map(|e| e.id.as_str()).collect();
            (ids.join(" "), list.total)
        };
        // (lines drawn of each list, the active lines, the archived lines)
        for (shown, active, archived) in [
            ([25, 25], ("new mid old", 3), ("gone", 1)),
            ([2, 0], ("new mid", 3), ("", 1)),
            ([0, usize::MAX], ("", 3), ("gone", 1)),
        ] {
            let lists = listing(&records, day("2026-12-01"), shown);
            let want = (
                (active.0.to_owned(), active.1),
                (archived.0.to_owned(), archived.1),
            );
            assert_eq!((ids(&lists.0), ids(&lists.1)), want, "{shown:?}");
        }
    }

    #[test]
    fn a_role_opened_there_keeps_the_company_and_people_and_refers_back() {
        let mut from = complete(&["Priya Shah", "Tomás Álvarez"]);
        from.answers.recipients[0].email = "priya@northwind.example".into();
        from.answers.recipients[0].job_title = "Head of Design".into();
        from.answers.recipients[1].detail = "the intake redesign".into();
        from.answers.rejection.original_subject = "Your application".into();
        from.answers.sender.strengths[0] = "service design".into();
        mark_sent(&mut from, 1, Channel::EmailNew, Some(day("2026-12-01")));
        let next = role_opened(&from, "r9".into(), 99);
        assert_eq!((next.id.as_str(), next.created), ("r9", 99));
        let (no, then) = (&next.answers.rejection, &from.answers.rejection);
        assert_eq!(no.company, "Northwind Health");
        assert_eq!(
            (no.job_title.as_str(), no.date.as_str()),
            ("", ""),
            "the new role is theirs to give"
        );
        assert_eq!(no.original_subject, "", "a new email, not their old thread");
        assert_eq!(
            (no.stage, no.arrival, no.said_keep_in_mind),
            (then.stage, then.arrival, then.said_keep_in_mind)
        );
        assert_eq!(
            no.follows.as_deref(),
            Some(then),
            "the earlier No, as it was"
        );
        let people = |d: &Draft| {
            d.answers
                .recipients
                .iter()
                .map(|r| {
                    (
                        r.id,
                        r.name.clone(),
                        r.job_title.clone(),
                        r.relationship,
                        r.address,
                        r.email.clone(),
                        r.detail.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        let mut want = people(&from);
        want[1].6.clear();
        assert_eq!(
            people(&next),
            want,
            "the same people, without what stood out last time"
        );
        assert_eq!(next.answers.sender.strengths, from.answers.sender.strengths);
        assert_eq!(next.answers.style, from.answers.style);
        assert!(
            next.notes.is_empty() && next.checkins == Default::default(),
            "nothing sent yet"
        );
        assert!(next.next_id > 2, "a person added later gets a new id");
        assert_eq!(status(&next), Status::Drafting);
        let mut named = next.clone();
        named.answers.rejection.job_title = "Design Lead".into();
        named.last_hash = "#/notes".into();
        assert_eq!(
            status(&named),
            Status::ToSend(4),
            "only the new role was missing"
        );
        assert_eq!(named.title(), "Design Lead at Northwind Health");
    }

    #[test]
    fn another_job_keeps_only_the_users_own_details() {
        let mut from = complete(&["Priya Shah"]);
        from.answers.sender.contact = "+44 7700 900123".into();
        from.answers.sender.strengths = ["service design".into(), "research".into()];
        from.answers.sender.admire = "their accessibility work".into();
        from.answers.ask.feedback = true;
        from.answers.style.tone = Some(crate::domain::model::Tone::Formal);
        let next = another_job(&from, "r9".into(), 99);
        assert_eq!(
            (next.id.as_str(), next.created, next.updated),
            ("r9", 99, 99)
        );
        assert_eq!(next.answers.sender.name, "Alex Morgan");
        assert_eq!(next.answers.sender.contact, "+44 7700 900123");
        assert_eq!(next.answers.sender.strengths, from.answers.sender.strengths);
        assert_eq!(next.answers.sender.seniority, Some(Seniority::Mid));
        assert_eq!(next.answers.style, from.answers.style);
        assert_eq!(
            next.answers.sender.admire, "",
            "admiring is about the last company"
        );
        assert_eq!(next.answers.rejection, Default::default());
        assert!(next.answers.recipients.is_empty() && next.notes.is_empty());
        assert!(!next.answers.ask.feedback);
        assert!(
            next.is_blank(),
            "nothing about a job yet: not listed, not saved"
        );
    }
}
