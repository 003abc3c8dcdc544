//! What one tab does with the library in storage, as plain Rust: which
//! version of a record to write and when, what to make of another tab's
//! change, which records this tab must never write, and what to tell the
//! user. The browser side (`ui/persist.rs`) only moves strings: it reads a
//! key, asks [`Sync`], performs the [`Command`]s it returns, and reports
//! back. So the rules are tested here with `cargo test`, two tabs included
//! (`tests/two_tabs.rs`).
//!
//! What this tab believes a key holds is the version it last wrote, read
//! or was told of by a storage event: every change another tab makes
//! arrives as an event, so when a read fails that belief is still the
//! truth, and new work is saved rather than lost.

use super::draft::{Draft, LoadError};
use super::merge::{Received, receive};
use super::storage::{NEARLY_FULL_BYTES, Notice, RECORD_PREFIX, Shelf, V1_KEY, record_key};

/// How many recent versions of a record are kept to merge against.
const HISTORY: usize = 8;

/// One tab's knowledge of storage.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, storage::Shelf, sync::Sync};
/// let mut sync = Sync::new(&Shelf::default(), &[]);
/// let draft = Draft { id: "00000000000000ab".into(), ..Draft::default() };
/// assert!(!sync.wants_write(&draft), "a blank record is not saved");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Sync {
    /// The version of each record this tab last wrote, read or was told of.
    known: Keyed<Draft>,
    /// Recent versions of the records written or seen here, so another
    /// tab's version can be merged against the one it was made from.
    history: Vec<Draft>,
    /// Bytes each of our keys takes, for the quota warning.
    sizes: Keyed<usize>,
    /// Records this tab must never write: saved by a newer version.
    read_only: Vec<String>,
    /// Records the user deleted here: not written again unless put back.
    deleted: Vec<String>,
    /// Revisions whose words this tab has already taken in (and their
    /// parents): a storage event about one of them comes late, after a
    /// newer version was read, and must not bring older words back.
    seen: Vec<u32>,
    /// Keys whose value could not be read at start: never written.
    failed: Vec<String>,
    /// The version 1 draft may go once the record made from it is saved:
    /// only when it was read and made into a record, never when it could
    /// not be read or came from a newer version.
    v1_removable: bool,
}

/// A version ready to write, from [`Sync::prepare`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    pub draft: Draft,
    /// The version found in storage and merged in.
    read: Option<Draft>,
}

/// Why a write did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The browser refused the write (full, or storage gone).
    Full,
    /// A newer version (or something unreadable) now holds the key.
    NotOurs,
    /// The key could not be read and this tab cannot know what it holds.
    ReadFailed,
}

/// What the browser side must do after an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Show this version of the open record (another tab changed it).
    Open(Draft),
    /// Only the stamps of the open record changed: update them quietly.
    Stamp {
        rev: u32,
        base_rev: u32,
        updated: u64,
    },
    /// Put this version of a record that is not open on the shelf, in
    /// place of the one there or as a new one (another tab changed it).
    Shelve(Draft),
    /// This version of a record that is not open was just stored: replace
    /// the one on the shelf, if the shelf has it (the caller that wrote it
    /// decides where it goes otherwise).
    Restamp(Draft),
    /// A record that is not open was deleted elsewhere.
    Unshelve(String),
    /// Write the open record again (the merge holds this tab's changes).
    SaveOpen,
    /// Remove a key from storage.
    Remove(String),
    Show(Notice),
    Clear(Notice),
    /// Say this in the live region (also shown, through the notices).
    Announce(&'static str),
}

impl Sync {
    /// What a tab knows after reading everything: the records read, the
    /// bytes each key takes, and what could not be read.
    pub fn new(shelf: &Shelf, sizes: &[(String, usize)]) -> Sync {
        let mut sync = Sync {
            sizes: Keyed(sizes.to_vec()),
            failed: shelf.failed.clone(),
            read_only: shelf
                .newer
                .iter()
                .filter_map(|key| key.strip_prefix(RECORD_PREFIX))
                .map(str::to_owned)
                .collect(),
            ..Sync::default()
        };
        // Only the last few would stay in the history: copying a long
        // library into it only to drop it again made the first draw slow.
        let older = shelf.records.len().saturating_sub(HISTORY);
        for (index, record) in shelf.records.iter().enumerate() {
            // A record made from the version 1 draft is not stored yet: its
            // first write creates the key.
            if record.from_v1 && !sync.sizes.contains_key(&record_key(&record.id)) {
                sync.v1_removable = sync.sizes.contains_key(V1_KEY);
                sync.history.push(record.clone());
            } else if index < older {
                sync.known.0.push((record.id.clone(), record.clone()));
            } else {
                sync.remember(record);
            }
        }
        sync
    }

    fn remember(&mut self, draft: &Draft) {
        self.known.insert(draft.id.clone(), draft.clone());
        self.history
            .retain(|d| d.id != draft.id || d.rev != draft.rev);
        self.history.push(draft.clone());
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
    }

    /// Notes revisions whose words are taken in; only recent ones matter,
    /// since a late event is at most a few writes old.
    fn saw(&mut self, revs: &[u32]) {
        self.seen.extend_from_slice(revs);
        if self.seen.len() > 4 * HISTORY {
            self.seen.drain(..self.seen.len() - 4 * HISTORY);
        }
    }

    fn base_of(&self, theirs: &Draft) -> Option<&Draft> {
        self.history
            .iter()
            .rev()
            .find(|d| d.rev == theirs.base_rev && d.id == theirs.id)
    }

    /// Bytes all our keys take, as far as this tab knows.
    pub fn used(&self) -> usize {
        self.sizes.0.iter().map(|(_, n)| n).sum()
    }

    /// Whether this record must not be written by this tab.
    pub fn is_read_only(&self, id: &str) -> bool {
        has(&self.read_only, id) || has(&self.deleted, id)
    }

    /// Whether `draft` needs writing: not when nothing changed since this
    /// tab last wrote it, not when it is read-only, and not a blank record
    /// never saved.
    pub fn wants_write(&self, draft: &Draft) -> bool {
        let known = self.known.get(&draft.id);
        let unchanged =
            known.is_some_and(|k| k.same_content(draft) && k.last_hash == draft.last_hash);
        !(unchanged || self.is_read_only(&draft.id) || (draft.is_blank() && known.is_none()))
    }

    /// The user puts `id` back (undoing a delete, restoring a backup): it may
    /// be written again, unless a newer version holds it.
    pub fn put_back(&mut self, id: &str) {
        self.deleted.retain(|d| d != id);
    }

    /// The version to store for `draft`, given what its key holds now
    /// (`Err(())` when the read threw) and a fresh random revision.
    /// Nothing is changed until [`Sync::wrote`] says the write went through.
    pub fn prepare(
        &self,
        draft: &Draft,
        stored: Result<Option<&str>, ()>,
        rev: u32,
    ) -> Result<Prepared, WriteError> {
        let key = record_key(&draft.id);
        if self.is_read_only(&draft.id) {
            return Err(WriteError::NotOurs);
        }
        let known = self.known.get(&draft.id);
        let theirs = match stored {
            Ok(Some(raw)) => Some(Draft::load(raw).map_err(|_| WriteError::NotOurs)?),
            Ok(None) => None,
            // Never read at start: this tab cannot know what it holds.
            Err(()) if has(&self.failed, &key) => return Err(WriteError::ReadFailed),
            // Otherwise it holds what this tab last wrote or was told of.
            Err(()) => known.cloned(),
        };
        let mut out = draft.clone();
        out.base_rev = known.map_or(0, |k| k.rev);
        if let Some(theirs) = &theirs
            && let Received::Adopt(merged) | Received::Merged(merged) =
                receive(draft, known, self.base_of(theirs), theirs)
        {
            out = merged;
            out.base_rev = theirs.rev;
            // Later than what it was merged with, even if clocks disagree:
            // other tabs tell a late event from a new one by this.
            out.updated = out.updated.max(theirs.updated.saturating_add(1));
        }
        out.rev = rev.max(1);
        Ok(Prepared {
            draft: out,
            read: theirs,
        })
    }

    /// `prepared` (made by [`Sync::prepare`] from `sent`) is now in
    /// storage, `bytes` long. `open` tells whether it is the record open in
    /// this tab.
    pub fn wrote(
        &mut self,
        prepared: &Prepared,
        sent: &Draft,
        bytes: usize,
        open: bool,
    ) -> Vec<Command> {
        let stored = &prepared.draft;
        if let Some(read) = &prepared.read {
            // What another tab wrote is the base its later versions name.
            self.saw(&[read.rev, read.base_rev]);
            self.history.push(read.clone());
        }
        self.saw(&[stored.rev]);
        let key = record_key(&stored.id);
        self.sizes.insert(key, bytes);
        self.remember(stored);
        let mut commands = vec![Command::Clear(Notice::Full)];
        if open {
            // Saved again after a delete elsewhere: the notice is no longer true.
            commands.push(Command::Clear(Notice::DeletedElsewhere));
        }
        if stored.from_v1 && self.v1_removable {
            self.v1_removable = false;
            commands.push(Command::Remove(V1_KEY.to_owned()));
        }
        if !open {
            commands.push(Command::Restamp(stored.clone()));
        } else if stored.same_content(sent) {
            commands.push(Command::Stamp {
                rev: stored.rev,
                base_rev: stored.base_rev,
                updated: stored.updated,
            });
        } else {
            commands.push(Command::Open(stored.clone()));
        }
        if self.used() >= NEARLY_FULL_BYTES {
            commands.push(Command::Show(Notice::NearlyFull));
        }
        commands
    }

    /// A write of the record `id` failed.
    pub fn write_failed(&mut self, id: &str, error: WriteError) -> Vec<Command> {
        match error {
            WriteError::Full => vec![Command::Show(Notice::Full)],
            WriteError::ReadFailed => vec![Command::Show(Notice::ReadFailed)],
            WriteError::NotOurs => {
                add(&mut self.read_only, id);
                vec![Command::Show(Notice::NewerHere)]
            }
        }
    }

    /// The user deleted this record here (or a restore replaced it): it is
    /// never written again by this tab. Returns the key to remove.
    pub fn delete(&mut self, id: &str) -> String {
        add(&mut self.deleted, id);
        self.forget(id)
    }

    /// A key was removed from storage (by the user or by another tab).
    pub fn forget(&mut self, id: &str) -> String {
        let key = record_key(id);
        self.known.remove(id);
        self.sizes.remove(&key);
        key
    }

    /// A key this tab never writes was removed (a discarded value).
    pub fn removed_key(&mut self, key: &str) {
        self.sizes.remove(key);
        self.failed.retain(|k| k != key);
        if key == V1_KEY {
            self.v1_removable = false;
        }
    }

    /// Another tab changed `key` to `value` (`None`: removed); `open` is the
    /// record open in this tab.
    pub fn storage_changed(
        &mut self,
        key: &str,
        value: Option<&str>,
        open: &Draft,
    ) -> Vec<Command> {
        if key == V1_KEY {
            if value.is_none() {
                self.v1_removable = false;
            }
            return Vec::new();
        }
        let Some(id) = key.strip_prefix(RECORD_PREFIX) else {
            return Vec::new();
        };
        let is_open = open.id == id;
        let Some(raw) = value else {
            self.forget(id);
            return if is_open {
                // This tab still has the words, and writes them back if the
                // user goes on typing.
                vec![
                    Command::Show(Notice::DeletedElsewhere),
                    Command::Announce(Notice::DeletedElsewhere.message()),
                ]
            } else {
                vec![Command::Unshelve(id.to_owned())]
            };
        };
        self.sizes
            .insert(key.to_owned(), 2 * (key.len() + raw.encode_utf16().count()));
        self.failed.retain(|k| k != key);
        let mut theirs = match Draft::load(raw) {
            Ok(theirs) => theirs,
            Err(LoadError::NewerVersion(_)) => {
                // Checked on every event, not only at load: this tab must
                // never write over a newer version's record.
                add(&mut self.read_only, id);
                return if is_open {
                    vec![Command::Show(Notice::NewerHere)]
                } else {
                    Vec::new()
                };
            }
            Err(LoadError::Unreadable) => return Vec::new(),
        };
        theirs.id = id.to_owned();
        // A late event: this tab has already taken in these words, or holds
        // a version made after them (its own write merged what they had).
        let late = self.seen.contains(&theirs.rev)
            || self
                .known
                .get(id)
                .is_some_and(|k| theirs.updated < k.updated);
        if is_open && late {
            return Vec::new();
        }
        self.saw(&[theirs.rev, theirs.base_rev]);
        if !is_open {
            self.remember(&theirs);
            return vec![Command::Shelve(theirs)];
        }
        let received = receive(open, self.known.get(id), self.base_of(&theirs), &theirs);
        match received {
            Received::Echo => Vec::new(),
            Received::Adopt(merged) => {
                self.remember(&merged);
                if merged.same_content(open) {
                    Vec::new()
                } else {
                    vec![
                        Command::Open(merged),
                        Command::Announce(
                            "This No was changed in another tab. What you see now includes those changes.",
                        ),
                    ]
                }
            }
            Received::Merged(merged) => {
                self.remember(&theirs);
                vec![
                    Command::Open(merged),
                    Command::Announce(
                        "This No is also open in another tab. Both tabs’ changes were kept.",
                    ),
                    Command::SaveOpen,
                ]
            }
        }
    }
}

/// Whether the short list `ids` holds `id` (lists here stay small, and a
/// set would cost more WebAssembly than it saves time).
fn has(ids: &[String], id: &str) -> bool {
    ids.iter().any(|x| x == id)
}

fn add(ids: &mut Vec<String>, id: &str) {
    if !has(ids, id) {
        ids.push(id.to_owned());
    }
}

/// Values by key in a short list: even a thousand records are found in
/// microseconds, and a hash map per value type costs more WebAssembly.
#[derive(Clone, Debug)]
struct Keyed<V>(Vec<(String, V)>);

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<V> Keyed<V> {
    fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    fn insert(&mut self, key: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }
}
