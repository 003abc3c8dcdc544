//! One record of the library: the answers, everything about the notes the
//! user shaped by hand, when each was sent and the check-in plan, as one
//! versioned JSON document (stored under its own key, see `storage.rs`).
//!
//! Loading never panics and never throws data away: a value that cannot be
//! read comes back as a [`LoadError`], so the caller can leave it where it is
//! and tell the user plainly. Older schema versions are migrated here, in
//! plain Rust, where they can be tested.

use super::record::json::{read_strict, write_in_order};
use super::record::read::{Json, ReadFields, ReadJson, Result as ReadResult, from_str};
use super::record::word::stored_enum;
use super::record::{Entry, FromEmail, Merge, merge_fields, stored};

use super::model::{Answers, Channel, Recipient, ordered};
use super::route::{Page, Route};

/// The schema version this build writes.
pub const VERSION: u32 = 2;

/// One record of the library: one application and its No, with
/// everything the user wrote for it. Each is stored under its own key.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Draft {
    pub version: u32,
    /// Stable and random, made when the record is; never reused.
    pub id: String,
    /// When the record was made and last changed, in milliseconds since the epoch.
    pub created: u64,
    pub updated: u64,
    /// Hidden under "Archived" on the home page.
    pub archived: bool,
    /// This version's random revision, and the one it was made from: two
    /// tabs' versions are merged against the version both started from.
    pub rev: u32,
    pub base_rev: u32,
    /// Set on the record made from a version 1 draft, so it is made once.
    pub from_v1: bool,
    /// The keep-warm check-ins, once a note has been sent.
    pub checkins: CheckIns,
    pub answers: Answers,
    /// The id the next added person gets.
    pub next_id: u32,
    /// Wording choices and hand edits, per person and channel.
    pub notes: Vec<NoteState>,
    /// The `location.hash` the user last saw, for "Continue" on the home page.
    pub last_hash: String,
    /// What was filled in from a pasted email (and the email, if kept);
    /// not written at all while unused, to keep records small.
    #[cfg_attr(test, serde(skip_serializing_if = "FromEmail::is_unused"))]
    pub from_email: FromEmail,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            version: VERSION,
            id: String::new(),
            created: 0,
            updated: 0,
            archived: false,
            rev: 0,
            base_rev: 0,
            from_v1: false,
            checkins: CheckIns::default(),
            answers: Answers::default(),
            next_id: 1,
            notes: Vec::new(),
            last_hash: String::new(),
            from_email: Default::default(),
        }
    }
}

/// A record as read by [`Draft::load`], with how many times its top-level
/// object names `version`.
struct Counted {
    draft: Draft,
    versions: u8,
}

impl<'a> ReadJson<'a> for Counted {
    fn read_json(json: &mut Json<'a>) -> ReadResult<Self> {
        let mut draft = Draft::default();
        let mut versions = 0u8;
        json.object(&mut |json, name| {
            versions = versions.saturating_add(u8::from(name == "version"));
            draft.read_field(json, name)
        })?;
        Ok(Counted { draft, versions })
    }
}

/// The version of a stored value that does not read as a record, when it
/// names one newer than this build's.
fn newer_version(raw: &str) -> Option<u32> {
    struct Version {
        version: Option<u32>,
    }
    read_strict!(Version { version });
    from_str::<Version>(raw)
        .ok()
        .and_then(|v| v.version)
        .filter(|&v| v > VERSION)
}

/// `Draft::load` as it was, reading the version alone before the record:
/// the reference the one pass is checked against, here and on generated and
/// mangled records (`record::read`'s tests).
#[cfg(test)]
pub(crate) fn load_in_two_passes(raw: &str) -> Result<Draft, LoadError> {
    #[derive(Debug, PartialEq)]
    struct Version {
        version: Option<u32>,
    }
    read_strict!(Version { version });
    let version = from_str::<Version>(raw)
        .ok()
        .and_then(|v| v.version)
        .ok_or(LoadError::Unreadable)?;
    if version > VERSION {
        return Err(LoadError::NewerVersion(version));
    }
    let mut draft: Draft = from_str(raw).map_err(|_| LoadError::Unreadable)?;
    draft.from_v1 |= version == 1;
    draft.version = VERSION;
    draft.repair();
    Ok(draft)
}

/// The user's choices for one note.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct NoteState {
    pub recipient: u32,
    pub channel: Channel,
    /// Which wording; "Try another wording" adds one.
    pub variant: u32,
    /// The user's own text, when they edited the note.
    pub edit: Option<NoteEdit>,
    /// The day the user sent it (`YYYY-MM-DD`), once they say so.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub sent: Option<String>,
}

/// The keep-warm plan: when to write again after a note was sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct CheckIns {
    pub choice: PlanChoice,
    /// The check-ins, earliest first (`YYYY-MM-DD`), once the plan is made.
    pub dates: Vec<CheckIn>,
    /// The user's own news for the check-in note ("What's new with you since?").
    pub update: String,
}

stored_enum! {
    /// Whether the user took up the suggested check-ins.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum PlanChoice {
        /// Offered once a note is sent, not yet answered.
        #[default]
        Offered = "offered",
        Accepted = "accepted",
        Off = "off",
    }
}

/// One planned check-in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct CheckIn {
    /// `YYYY-MM-DD`.
    pub due: String,
    /// Ticked off by the user.
    pub done: bool,
}

/// A note as the user edited it, and the composed text the edit started from.
///
/// When the answers change, the composer's text no longer equals `base`:
/// that is how the notes page knows to ask before replacing the edit.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct NoteEdit {
    pub text: NoteText,
    pub base: NoteText,
}

/// A subject (emails only) and a body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct NoteText {
    pub subject: Option<String>,
    pub body: String,
}

/// Why a stored draft could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not a draft. The parser's own message is not kept: no
    /// one reads it, and formatting it costs kilobytes of WebAssembly.
    Unreadable,
    /// Written by a newer version of the app, which this one must not clobber.
    NewerVersion(u32),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Unreadable => f.write_str("the saved answers could not be read"),
            LoadError::NewerVersion(v) => write!(
                f,
                "the saved answers come from a newer version of Kept in Mind (version {v})"
            ),
        }
    }
}

impl Draft {
    /// Reads a stored draft, migrating older versions.
    ///
    /// ```
    /// use kept_in_mind::domain::draft::Draft;
    /// let draft = Draft::load(r#"{"version":1,"answers":{"rejection":{"company":"Acme"}}}"#).unwrap();
    /// assert_eq!(draft.answers.rejection.company, "Acme");
    /// ```
    pub fn load(raw: &str) -> Result<Draft, LoadError> {
        // One pass reads the record and counts the versions it names: read
        // whole with exactly one, its version is what reading the version
        // alone would find. Only a record that does not read is read again
        // for its version alone (the rest skipped), so a newer schema is
        // recognised even when it would not parse as this one; reading every
        // record twice was a third of the first draw's parse.
        match from_str::<Counted>(raw) {
            Ok(Counted {
                mut draft,
                versions: 1,
            }) if draft.version <= VERSION => {
                // Version 2 only added fields (the record's id, times, sent
                // dates, check-ins), so a version 1 draft reads as one with
                // them empty; the caller gives it an id (see
                // `storage::migrate_v1`).
                draft.from_v1 |= draft.version == 1;
                draft.version = VERSION;
                draft.repair();
                Ok(draft)
            }
            Ok(Counted { draft, versions: 1 }) => Err(LoadError::NewerVersion(draft.version)),
            // No version, or two.
            Ok(_) => Err(LoadError::Unreadable),
            Err(_) => match newer_version(raw) {
                Some(version) => Err(LoadError::NewerVersion(version)),
                None => Err(LoadError::Unreadable),
            },
        }
    }

    /// The JSON that is stored.
    pub fn to_json(&self) -> String {
        super::record::json::to_json(self)
    }

    /// True when both hold the same answers, notes and plan, whatever their
    /// revisions, times and last page (which are about one tab, not the words).
    pub fn same_content(&self, other: &Draft) -> bool {
        let strip = |d: &Draft| Draft {
            rev: 0,
            base_rev: 0,
            updated: 0,
            last_hash: String::new(),
            ..d.clone()
        };
        strip(self) == strip(other)
    }

    /// True when nothing about a job has been given yet: such a record is
    /// neither listed nor saved (a new one may carry only the user's own details).
    pub fn is_blank(&self) -> bool {
        let a = &self.answers;
        a.rejection == Default::default() && a.recipients.is_empty() && self.notes.is_empty()
    }

    /// What the home page calls this draft: "Job title at Company", or as
    /// much of it as is known.
    pub fn title(&self) -> String {
        let no = &self.answers.rejection;
        match (no.job_title.trim(), no.company.trim()) {
            ("", "") => "Your unfinished note".to_owned(),
            (job, "") => job.to_owned(),
            ("", company) => company.to_owned(),
            (job, company) => format!("{job} at {company}"),
        }
    }

    /// Where "Continue" on the home page goes: the page the user last saw,
    /// or the first question.
    pub fn resume_route(&self) -> Route {
        match Route::parse(&self.last_hash) {
            Route {
                page: Page::Home, ..
            } => Route::new(Page::Job),
            route => route,
        }
    }

    /// Makes ids unique and `next_id` larger than all of them, so a draft
    /// edited by hand or merged from another tab cannot confuse two people.
    fn repair(&mut self) {
        let mut seen = rustc_hash::FxHashSet::default();
        let mut next = self.next_id.max(1);
        for person in &self.answers.recipients {
            next = next.max(person.id.saturating_add(1));
        }
        for person in &mut self.answers.recipients {
            if person.id == 0 || !seen.insert(person.id) {
                person.id = next;
                seen.insert(next);
                next = next.saturating_add(1);
            }
        }
        self.next_id = next;
        let ids: Vec<u32> = self.answers.recipients.iter().map(|r| r.id).collect();
        self.notes.retain(|n| ids.contains(&n.recipient));
    }

    /// The person with this id, if they are still on the list.
    pub fn person_mut(&mut self, id: u32) -> Option<&mut Recipient> {
        self.answers.recipients.iter_mut().find(|r| r.id == id)
    }

    /// Adds an empty person and returns their id: `next_id` if it is free,
    /// else the first free id after it (wrapping round), so ids never collide
    /// even when a stored `next_id` has reached the top of the range.
    pub fn add_person(&mut self) -> u32 {
        let taken = |id: u32| self.answers.recipients.iter().any(|r| r.id == id);
        let start = self.next_id.max(1);
        let id = (start..=u32::MAX)
            .chain(1..start)
            .find(|&id| !taken(id))
            .expect("fewer than four billion people");
        self.next_id = id.saturating_add(1);
        self.answers.recipients.push(Recipient {
            id,
            ..Recipient::default()
        });
        id
    }

    /// Removes a person and their notes; returns what is needed to undo it.
    pub fn remove_person(&mut self, id: u32) -> Option<Removed> {
        let index = self.answers.recipients.iter().position(|r| r.id == id)?;
        let person = self.answers.recipients.remove(index);
        let notes = self
            .notes
            .iter()
            .filter(|n| n.recipient == id)
            .cloned()
            .collect();
        self.notes.retain(|n| n.recipient != id);
        Some(Removed {
            index,
            person,
            notes,
        })
    }

    /// Puts a removed person back where they were.
    pub fn undo_remove(&mut self, removed: Removed) {
        if self
            .answers
            .recipients
            .iter()
            .any(|r| r.id == removed.person.id)
        {
            return;
        }
        let index = removed.index.min(self.answers.recipients.len());
        self.answers.recipients.insert(index, removed.person);
        self.notes.extend(removed.notes);
    }

    /// Drops people the user added and left without typing anything, except
    /// the one being edited, so a "Back" from an empty form leaves no ghost.
    pub fn drop_blank_people(&mut self, except: Option<u32>) {
        self.answers
            .recipients
            .retain(|r| Some(r.id) == except || !is_blank(r));
    }

    /// Whether [`Draft::drop_blank_people`] would remove anyone.
    pub fn has_blank_people(&self, except: Option<u32>) -> bool {
        self.answers
            .recipients
            .iter()
            .any(|r| Some(r.id) != except && is_blank(r))
    }

    /// The notes the page shows for `person`: [`Answers::channels_for`],
    /// and any other note the user edited or marked sent, so a record made
    /// when every person got every kind of note loses none of its work.
    pub fn channels_for(&self, person: &Recipient) -> Vec<Channel> {
        let mut out = self.answers.channels_for(person);
        for note in &self.notes {
            let kept = note.edit.is_some() || note.sent.is_some();
            if kept && note.recipient == person.id && !out.contains(&note.channel) {
                out.push(note.channel);
            }
        }
        Channel::ALL
            .into_iter()
            .filter(|c| out.contains(c))
            .collect()
    }

    /// The notes the page shows for `person`, in its order ([`ordered`]),
    /// each with the wording the user chose: what [`compose_all`] composes.
    ///
    /// [`compose_all`]: crate::domain::compose::compose_all
    pub fn notes_to_show(&self, person: &Recipient) -> Vec<(Channel, u32)> {
        ordered(&self.channels_for(person))
            .into_iter()
            .map(|c| (c, self.note(person.id, c).map_or(0, |n| n.variant)))
            .collect()
    }

    /// How many notes the notes page shows: every note
    /// [`Draft::channels_for`] gives each person. The check page's button
    /// and the notes page's count both read it, so they never disagree.
    ///
    /// ```
    /// use kept_in_mind::domain::{draft::Draft, model::Channel};
    /// let mut draft = Draft::default();
    /// draft.add_person();
    /// draft.add_person();
    /// draft.answers.style.channels = vec![Channel::EmailNew, Channel::Card];
    /// assert_eq!(draft.note_count(), 4, "two people, a new email and a card each");
    /// ```
    pub fn note_count(&self) -> usize {
        self.answers
            .recipients
            .iter()
            .map(|person| self.channels_for(person).len())
            .sum()
    }

    /// The state of one note, if the user has touched it.
    pub fn note(&self, recipient: u32, channel: Channel) -> Option<&NoteState> {
        self.notes
            .iter()
            .find(|n| n.recipient == recipient && n.channel == channel)
    }

    /// The state of one note, created on first use.
    pub fn note_mut(&mut self, recipient: u32, channel: Channel) -> &mut NoteState {
        let index = match self
            .notes
            .iter()
            .position(|n| n.recipient == recipient && n.channel == channel)
        {
            Some(index) => index,
            None => {
                self.notes.push(NoteState {
                    recipient,
                    channel,
                    variant: 0,
                    edit: None,
                    sent: None,
                });
                self.notes.len() - 1
            }
        };
        &mut self.notes[index]
    }
}

/// Nothing typed or chosen yet: a person added and left.
fn is_blank(person: &Recipient) -> bool {
    *person
        == Recipient {
            id: person.id,
            ..Recipient::default()
        }
}

impl NoteState {
    /// The text the user sees: their edit, or else the composed note.
    pub fn shown(&self, composed: &NoteText) -> NoteText {
        self.edit
            .as_ref()
            .map_or_else(|| composed.clone(), |e| e.text.clone())
    }

    /// True when the answers changed after the user edited this note, so the
    /// composer now writes something other than what the edit started from:
    /// the user must choose, the edit is never replaced silently.
    pub fn is_stale(&self, composed: &NoteText) -> bool {
        self.edit.as_ref().is_some_and(|e| e.base != *composed)
    }

    /// Applies a hand edit; the first one remembers `composed` as its base.
    pub fn edit(&mut self, composed: &NoteText, change: impl FnOnce(&mut NoteText)) {
        let edit = self.edit.get_or_insert_with(|| NoteEdit {
            text: composed.clone(),
            base: composed.clone(),
        });
        change(&mut edit.text);
    }

    /// Keeps the edit after the answers changed (it is no longer stale).
    pub fn keep_edit(&mut self, composed: &NoteText) {
        if let Some(edit) = &mut self.edit {
            edit.base = composed.clone();
        }
    }

    /// Moves to the next wording, replacing any edit (the UI asks first).
    pub fn next_wording(&mut self) {
        self.variant = self.variant.wrapping_add(1);
        self.edit = None;
    }
}

/// A removed person, kept so the removal can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub index: usize,
    pub person: Recipient,
    pub notes: Vec<NoteState>,
}

stored!(Draft {
    version,
    id,
    created,
    updated,
    archived,
    rev,
    base_rev,
    from_v1,
    checkins,
    answers,
    next_id,
    notes,
    last_hash,
    from_email unless FromEmail::is_unused
});
stored!(CheckIns {
    choice,
    dates,
    update
});
stored!(CheckIn { due, done });
impl Entry for CheckIn {}

// As serde's derive read them: the required fields must be there, the
// others start empty, and a field named twice is refused.
read_strict!(NoteState {
    recipient: required,
    channel: required,
    variant,
    edit,
    sent
});
write_in_order!(NoteState {
    recipient,
    channel,
    variant,
    edit,
    sent unless Option::is_none
});
read_strict!(NoteEdit {
    text: required,
    base: required
});
write_in_order!(NoteEdit { text, base });
read_strict!(NoteText {
    subject,
    body: required
});
write_in_order!(NoteText { subject, body });
merge_fields!(NoteText { subject, body });

/// Notes are matched by person and channel when two tabs' lists are merged.
impl Entry for NoteState {
    const KEYED: bool = true;

    fn key(&self) -> u64 {
        u64::from(self.recipient) << 8 | self.channel as u64
    }
}

impl Merge for NoteState {
    fn merge(&mut self, base: &Self, theirs: &Self) {
        let NoteState {
            recipient,
            channel,
            variant,
            edit,
            sent,
        } = self;
        recipient.merge(&base.recipient, &theirs.recipient);
        channel.merge(&base.channel, &theirs.channel);
        variant.merge(&base.variant, &theirs.variant);
        edit.merge(&base.edit, &theirs.edit);
        sent.merge(&base.sent, &theirs.sent);
    }

    /// A note first touched in two tabs started, in both, as the composed
    /// note with nothing chosen: merged against that, each tab's change stays.
    fn implied_base(&self) -> Option<Self> {
        Some(NoteState {
            recipient: self.recipient,
            channel: self.channel,
            variant: 0,
            edit: None,
            sent: None,
        })
    }
}

impl Merge for NoteEdit {
    fn merge(&mut self, base: &Self, theirs: &Self) {
        let NoteEdit { text, base: from } = self;
        text.merge(&base.text, &theirs.text);
        from.merge(&base.base, &theirs.base);
    }

    /// Two tabs that each began editing a note both started from the
    /// composed text: merged against it, a subject typed in one and a body
    /// typed in the other are both kept.
    fn implied_base(&self) -> Option<Self> {
        Some(NoteEdit {
            text: self.base.clone(),
            base: self.base.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_error(raw: &str, newer: bool) {
        match Draft::load(raw) {
            Err(LoadError::NewerVersion(_)) => assert!(newer, "{raw}"),
            Err(LoadError::Unreadable) => assert!(!newer, "{raw}"),
            Ok(draft) => panic!("{raw} loaded as {draft:?}"),
        }
    }

    #[test]
    fn bad_blobs_are_errors_not_panics() {
        check_error("", false);
        check_error("{", false);
        check_error("null", false);
        check_error("[1,2]", false);
        check_error(r#"{"answers":{}}"#, false);
        check_error(r#"{"version":"one"}"#, false);
        check_error(r#"{"version":1,"answers":{"recipients":"Priya"}}"#, false);
        check_error(
            r#"{"version":1,"answers":{"rejection":{"stage":"astronaut"}}}"#,
            false,
        );
        check_error(r#"{"version":3}"#, true);
        check_error(r#"{"version":99}"#, true);
    }

    /// Each case: a stored value, and whether it reads as a record; it must
    /// read exactly as the two passes did (the same record or error).
    fn check_one_pass(cases: &[(&str, bool)]) {
        for (raw, reads) in cases {
            let got = Draft::load(raw);
            assert_eq!(got.is_ok(), *reads, "{raw}: {got:?}");
            assert_eq!(got, load_in_two_passes(raw), "{raw}");
        }
    }

    #[test]
    fn one_pass_reads_as_two_did() {
        check_one_pass(&[
            (r#"{"version":2}"#, true),
            (r#"{"version":1,"next_id":3}"#, true),
            (r#"{"vers\u0069on":2}"#, true),
            (r#"{"version":0}"#, true),
            (r#"{"answers":{}}"#, false),
            (r#"{"version":null}"#, false),
            (r#"{"version":2,"version":2}"#, false),
            (r#"{"version":2,"answers":{"version":2}}"#, true),
            (r#"{"version":3,"answers":"not this schema"}"#, false),
            (r#"{"answers":"not this schema","version":3}"#, false),
            (r#"{"version":3,"version":3}"#, false),
            (r#"{"version":2,"answers":"not this schema"}"#, false),
            (r#"{"version":3,"answers":{}} trailing"#, false),
            (r#"{"version":-1}"#, false),
            (r#"{"version":4294967296}"#, false),
        ]);
    }

    #[test]
    fn a_draft_round_trips_and_missing_fields_default() {
        let mut draft = Draft::default();
        draft.answers.rejection.company = "Café Ō'Neill <b>".into();
        let id = draft.add_person();
        draft.answers.recipients[0].name = "عائشة".into();
        draft.note_mut(id, Channel::Card).variant = 3;
        assert_eq!(Draft::load(&draft.to_json()), Ok(draft));
        let sparse = Draft::load(r#"{"version":2}"#).unwrap();
        assert_eq!(sparse, Draft::default());
        let v1 = Draft::load(r#"{"version":1}"#).unwrap();
        assert!(v1.from_v1);
    }

    #[test]
    fn duplicate_or_zero_ids_are_repaired() {
        let raw = r#"{"version":1,"next_id":1,"answers":{"recipients":[{"id":2,"name":"A"},{"id":2,"name":"B"},{"id":0,"name":"C"}]}}"#;
        let draft = Draft::load(raw).unwrap();
        let ids: Vec<u32> = draft.answers.recipients.iter().map(|r| r.id).collect();
        assert_eq!(ids, [2, 3, 4]);
        assert_eq!(draft.next_id, 5);
    }

    #[test]
    fn ids_never_wrap_onto_someone_already_there() {
        let raw = r#"{"version":1,"next_id":4294967295,"answers":{"recipients":[{"id":1,"name":"A"},{"id":4294967295,"name":"B"}]}}"#;
        let mut draft = Draft::load(raw).unwrap();
        let mut ids = vec![1, u32::MAX];
        for _ in 0..3 {
            ids.push(draft.add_person());
        }
        assert_eq!(&ids[2..], [2, 3, 4]);
        assert_eq!(draft.answers.recipients[0].name, "A");
        assert_eq!(draft.answers.recipients[1].name, "B");
    }

    #[test]
    fn removing_a_person_can_be_undone_in_place() {
        let mut draft = Draft::default();
        for name in ["Ana", "Ben", "Cleo"] {
            let id = draft.add_person();
            draft.answers.recipients.last_mut().unwrap().name = name.into();
            draft.note_mut(id, Channel::EmailNew).variant = id;
        }
        let before = draft.clone();
        let removed = draft.remove_person(2).unwrap();
        assert_eq!(draft.answers.recipients.len(), 2);
        assert!(draft.note(2, Channel::EmailNew).is_none());
        draft.undo_remove(removed.clone());
        assert_eq!(draft.answers.recipients, before.answers.recipients);
        draft.undo_remove(removed);
        assert_eq!(
            draft.answers.recipients.len(),
            3,
            "undo twice adds nobody twice"
        );
    }

    #[test]
    fn an_edit_is_kept_until_the_user_chooses() {
        let text = |body: &str| NoteText {
            subject: None,
            body: body.into(),
        };
        let mut note = NoteState {
            recipient: 1,
            channel: Channel::Card,
            variant: 0,
            edit: None,
            sent: None,
        };
        let first = text("Dear Ana, thank you.");
        assert_eq!(note.shown(&first), first);
        note.edit(&first, |t| t.body.push_str(" It was lovely."));
        note.edit(&first, |t| t.body.push_str(" Truly."));
        let mine = text("Dear Ana, thank you. It was lovely. Truly.");
        assert_eq!(note.shown(&first), mine);
        assert!(!note.is_stale(&first));

        // The answers change: the edit stays, and is flagged until kept.
        let second = text("Dear Ana, thank you for the call.");
        assert_eq!(note.shown(&second), mine);
        assert!(note.is_stale(&second));
        note.keep_edit(&second);
        assert!(!note.is_stale(&second));
        assert_eq!(note.shown(&second), mine);

        note.next_wording();
        assert_eq!((note.variant, note.edit.clone()), (1, None));
    }

    #[test]
    fn blank_people_are_dropped_unless_being_edited() {
        let mut draft = Draft::default();
        let empty = draft.add_person();
        let named = draft.add_person();
        draft.answers.recipients[1].name = "Ben".into();
        let editing = draft.add_person();
        assert!(draft.has_blank_people(Some(editing)));
        draft.drop_blank_people(Some(editing));
        assert!(!draft.has_blank_people(Some(editing)));
        let ids: Vec<u32> = draft.answers.recipients.iter().map(|r| r.id).collect();
        assert_eq!(ids, [named, editing]);
        assert!(!ids.contains(&empty));
    }

    fn check_home_entry(
        job_title: &str,
        company: &str,
        last_hash: &str,
        title: &str,
        resume: &str,
    ) {
        let mut draft = Draft::default();
        draft.answers.rejection.job_title = job_title.into();
        draft.answers.rejection.company = company.into();
        draft.last_hash = last_hash.into();
        assert_eq!(draft.title(), title);
        assert_eq!(draft.resume_route().to_hash(), resume);
    }

    #[test]
    fn the_home_page_names_the_draft_and_resumes_where_the_user_was() {
        check_home_entry(
            "Designer",
            "Acme",
            "#/ask/style",
            "Designer at Acme",
            "#/ask/style",
        );
        check_home_entry(" Designer ", "", "", "Designer", "#/no/job");
        check_home_entry("", "Acme", "#/", "Acme", "#/no/job");
        check_home_entry("", " ", "#/nonsense", "Your unfinished note", "#/no/job");
        check_home_entry("Designer", "Acme", "#/notes", "Designer at Acme", "#/notes");
    }
}
