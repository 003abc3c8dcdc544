//! How the library sits in localStorage (schema version 2), and the rules
//! for reading it back, apart from the browser calls themselves
//! (`ui/persist.rs` is the thin adapter that makes them).
//!
//! **One key per record** (`kept-in-mind.record.<id>`), and no index of ids:
//! the library is every key with the record prefix. Weighed against one blob:
//! - *Quota*: a keystroke rewrites one record (a few kilobytes), not the
//!   whole library, so writes stay small however many Nos are kept.
//! - *Two tabs*: tabs editing different records write different keys and
//!   never meet; on the same record, the storage event names the key, and the
//!   versions are merged field by field (`merge.rs`). An index would be one
//!   more value for two tabs to race on, so there is none.
//! - *A failed write* loses nothing already stored: the other records are
//!   untouched, and the record being written keeps its last good version.
//! - *A bad value* spoils one record, not the library: it stays in place
//!   under its key (never overwritten, since new records get new keys), is
//!   listed, and can be downloaded or discarded.
//!
//! Reading never depends on writing: a full or read-only storage still shows
//! everything in it. A read that fails is never taken as "nothing saved".

use super::draft::{Draft, LoadError};
use super::library::record_id;
use super::record::json::{read_with_defaults, write_in_order};

/// The prefix of every record's key.
pub const RECORD_PREFIX: &str = "kept-in-mind.record.";
/// Where version 1 kept its one draft; kept after migration until the user
/// has saved once under version 2.
pub const V1_KEY: &str = "kept-in-mind.draft";
/// Where version 1 set aside drafts it could not read (`…unreadable`, `….2`…).
pub const V1_ASIDE_PREFIX: &str = "kept-in-mind.draft.unreadable";
/// Small settings: when the last backup was made.
pub const SETTINGS_KEY: &str = "kept-in-mind.settings";
/// What the browser allows an origin at the least, in bytes (5 MB); storage
/// counts UTF-16 code units, two bytes each.
pub const QUOTA_BYTES: usize = 5_000_000;
/// From here on the app suggests a backup.
pub const NEARLY_FULL_BYTES: usize = 4_000_000;

/// The key of the record with this id.
///
/// ```
/// assert_eq!(kept_in_mind::domain::storage::record_key("ab12"), "kept-in-mind.record.ab12");
/// ```
pub fn record_key(id: &str) -> String {
    format!("{RECORD_PREFIX}{id}")
}

/// Whether this key belongs to the app at all (what a backup or "delete
/// everything" covers).
pub fn is_ours(key: &str) -> bool {
    key.starts_with("kept-in-mind.")
}

/// One key as the adapter read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Read {
    Value(String),
    /// `getItem` threw: the value is there but cannot be seen now.
    Failed,
}

/// A stored value this version cannot use, left where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
}

/// Everything found in storage at start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shelf {
    /// Records this version can open, including one made from a version 1 draft.
    pub records: Vec<Draft>,
    /// Keys of records saved by a newer version: never written by this one.
    pub newer: Vec<String>,
    /// Values that are not records this version can read.
    pub unreadable: Vec<Unreadable>,
    /// Keys that could not be read: never written, never taken as empty.
    pub failed: Vec<String>,
}

/// Sorts what the adapter read (every key of ours, with its value) into a
/// [`Shelf`]. A readable version 1 draft becomes a record, unless one was
/// already made from it; `now` dates it.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, storage::{Read, record_key, shelve}};
/// let entries = vec![
///     (record_key("ab12"), Read::Value(Draft::default().to_json())),
///     (record_key("cd34"), Read::Failed),
/// ];
/// let shelf = shelve(entries, 0);
/// assert_eq!(shelf.records.len(), 1);
/// assert_eq!(shelf.records[0].id, "ab12");
/// assert_eq!(shelf.failed, [record_key("cd34")]);
/// ```
pub fn shelve(entries: Vec<(String, Read)>, now: u64) -> Shelf {
    let mut shelving = Shelving::default();
    for (key, read) in entries {
        shelving.take(key, read);
    }
    shelving.finish(now)
}

/// A [`Shelf`] filled one key at a time, as [`shelve`] fills it: with a
/// long history the first draw reads and parses the library in slices, so
/// no one task holds the page still for long.
#[derive(Default)]
pub struct Shelving {
    shelf: Shelf,
    /// The version 1 draft, made a record once every key is read.
    v1: Option<String>,
}

impl Shelving {
    /// Sorts one key and what was read of it.
    pub fn take(&mut self, key: String, read: Read) {
        let shelf = &mut self.shelf;
        let raw = match read {
            Read::Failed => {
                shelf.failed.push(key);
                return;
            }
            Read::Value(raw) => raw,
        };
        if key == V1_KEY {
            self.v1 = Some(raw);
        } else if key.starts_with(V1_ASIDE_PREFIX) {
            shelf.unreadable.push(Unreadable { key, raw });
        } else if let Some(id) = key.strip_prefix(RECORD_PREFIX) {
            match Draft::load(&raw) {
                Ok(mut draft) => {
                    // The key is the record's identity, whatever the value says.
                    draft.id = id.to_owned();
                    shelf.records.push(draft);
                }
                Err(LoadError::NewerVersion(_)) => shelf.newer.push(key),
                Err(LoadError::Unreadable) => shelf.unreadable.push(Unreadable { key, raw }),
            }
        }
    }

    /// The shelf, once every key is taken: the version 1 draft, if any,
    /// becomes a record dated `now`, unless one was already made from it.
    pub fn finish(self, now: u64) -> Shelf {
        let Shelving { mut shelf, v1 } = self;
        if let Some(raw) = v1
            && !shelf.records.iter().any(|r| r.from_v1)
        {
            match migrate_v1(&raw, now) {
                Ok(record) => shelf.records.push(record),
                // Either way it stays where it is, offered for download on every
                // visit until the user downloads or discards it.
                Err(_) => shelf.unreadable.push(Unreadable {
                    key: V1_KEY.to_owned(),
                    raw,
                }),
            }
        }
        shelf
    }
}

/// The record made from a version 1 draft. Its id comes from the draft's
/// text, so two tabs migrating the same draft make the same record.
pub fn migrate_v1(raw: &str, now: u64) -> Result<Draft, LoadError> {
    let mut draft = Draft::load(raw)?;
    draft.from_v1 = true;
    draft.id = record_id(fnv1a(raw.as_bytes()));
    draft.created = now;
    draft.updated = now;
    Ok(draft)
}

/// A 64-bit FNV-1a hash: small, stable across builds and platforms.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Bytes the browser counts for these keys and values (UTF-16, two bytes a unit).
///
/// ```
/// use kept_in_mind::domain::storage::usage;
/// assert_eq!(usage([("ab", "é")].into_iter()), 6);
/// ```
pub fn usage<'a>(entries: impl Iterator<Item = (&'a str, &'a str)>) -> usize {
    entries
        .map(|(k, v)| 2 * (k.encode_utf16().count() + v.encode_utf16().count()))
        .sum()
}

/// A lasting message about storage, shown on every page until it stops
/// being true. Each says what happened and what it means for the user's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser allows no saving at all (some embeds, some private modes).
    Blocked,
    /// A write failed: the browser's storage is full.
    Full,
    /// Most of the space is used.
    NearlyFull,
    /// Records saved by a newer version of the app, left as they are.
    Newer,
    /// The open record was just saved by a newer version in another tab.
    NewerHere,
    /// Some saved records could not be read just now.
    ReadFailed,
    /// The record open here was deleted in another tab (or a restore there
    /// replaced everything).
    DeletedElsewhere,
}

impl Notice {
    /// The words on screen.
    pub fn message(self) -> &'static str {
        match self {
            Notice::Blocked => {
                "This browser is not letting Kept in Mind save anything. Your answers are kept only while this page is open: reloading or closing it loses them. Copy or download your notes before you leave."
            }
            Notice::Full => {
                "This browser’s storage is full, so your latest changes are not being saved. They are still here while this page is open. Download a backup, or copy your notes, before you close it."
            }
            Notice::NearlyFull => {
                "This browser’s storage for Kept in Mind is nearly full. Download a backup, then archive or delete Nos you no longer need."
            }
            Notice::Newer => {
                "Some of your saved notes come from a newer version of Kept in Mind, so this page cannot open them. They are left as they are, and nothing here is saved over them."
            }
            Notice::NewerHere => {
                "This No was just saved by a newer version of Kept in Mind in another tab, so this page stops saving it and will not write over it. Open it in that tab to carry on."
            }
            Notice::ReadFailed => {
                "Some of your saved notes could not be read just now. They are left as they are, and nothing here is saved over them. What you type now is still saved. Reload the page later to see them again."
            }
            Notice::DeletedElsewhere => {
                "This No was deleted in another tab. What you see here is still on this page, and it is saved again if you carry on typing."
            }
        }
    }
}

/// What the backup reminder knows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Settings {
    /// When the user last downloaded a backup (ms since the epoch), or 0.
    pub last_backup: u64,
}

/// How long a backup counts as recent: 30 days.
const RECENT_BACKUP_MS: u64 = 30 * 86_400_000;

/// Whether to remind the user to back up: three or more Nos kept and no
/// backup in the last 30 days.
pub fn backup_due(records: usize, settings: &Settings, now: u64) -> bool {
    records >= 3 && now.saturating_sub(settings.last_backup) > RECENT_BACKUP_MS
}

read_with_defaults!(Settings { last_backup });
write_in_order!(Settings { last_backup });

impl Settings {
    /// The stored settings, or the defaults when they cannot be read.
    pub fn load(raw: &str) -> Settings {
        super::record::read::from_str(raw).unwrap_or_default()
    }

    /// The JSON that is stored.
    pub fn to_json(&self) -> String {
        super::record::json::to_json(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1_FIXTURE: &str = include_str!("../../tests/data/v1/final-round.json");
    /// Every version 1 draft kept as written by the version 1 build.
    const V1_FIXTURES: [&str; 3] = [
        V1_FIXTURE,
        include_str!("../../tests/data/v1/interview.json"),
        include_str!("../../tests/data/v1/unfinished.json"),
    ];

    fn value(key: &str, raw: &str) -> (String, Read) {
        (key.to_owned(), Read::Value(raw.to_owned()))
    }

    #[test]
    fn a_v1_draft_becomes_a_record_with_nothing_lost() {
        for fixture in V1_FIXTURES {
            let shelf = shelve(vec![value(V1_KEY, fixture)], 1_000);
            let [record] = shelf.records.as_slice() else {
                panic!("one record: {shelf:?}");
            };
            let original: serde_json::Value = serde_json::from_str(fixture).unwrap();
            let migrated: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
            for part in ["answers", "notes", "last_hash", "next_id"] {
                assert_eq!(migrated[part], original[part], "{part} kept in {fixture}");
            }
            assert_eq!(
                (record.version, record.from_v1, record.created),
                (2, true, 1_000)
            );
            let again = shelve(vec![value(V1_KEY, fixture)], 2_000);
            assert_eq!(
                again.records[0].id, record.id,
                "the same draft makes the same record"
            );
        }
    }

    #[test]
    fn a_v1_draft_already_migrated_is_not_migrated_twice() {
        let record = migrate_v1(V1_FIXTURE, 5).unwrap();
        let shelf = shelve(
            vec![
                value(V1_KEY, V1_FIXTURE),
                value(&record_key(&record.id), &record.to_json()),
            ],
            9,
        );
        assert_eq!(shelf.records.len(), 1);
    }

    #[test]
    fn every_other_record_opens_whatever_one_key_holds() {
        let good = migrate_v1(V1_FIXTURE, 5).unwrap();
        let shelf = shelve(
            vec![
                value(&record_key("good"), &good.to_json()),
                value(&record_key("newer"), r#"{"version":3,"answers":"?"}"#),
                value(&record_key("broken"), "{not json"),
                (record_key("hidden"), Read::Failed),
                value(V1_ASIDE_PREFIX, "{old"),
                value(&format!("{V1_ASIDE_PREFIX}.2"), "older"),
                value(SETTINGS_KEY, r#"{"last_backup":1}"#),
            ],
            9,
        );
        assert_eq!(shelf.records.len(), 1);
        assert_eq!(shelf.records[0].id, "good", "the key names the record");
        assert_eq!(shelf.newer, [record_key("newer")]);
        assert_eq!(shelf.failed, [record_key("hidden")]);
        let unreadable: Vec<&str> = shelf.unreadable.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(
            unreadable,
            [
                record_key("broken").as_str(),
                V1_ASIDE_PREFIX,
                "kept-in-mind.draft.unreadable.2"
            ]
        );
    }

    #[test]
    fn an_unreadable_or_newer_v1_draft_is_kept_as_it_is() {
        let shelf = shelve(vec![value(V1_KEY, "{\"version\":1,")], 1);
        assert_eq!(shelf.unreadable[0].key, V1_KEY);
        // One from a newer version is offered for download the same way.
        let shelf = shelve(vec![value(V1_KEY, r#"{"version":7}"#)], 1);
        assert_eq!(shelf.unreadable[0].key, V1_KEY);
        assert!(shelf.records.is_empty());
    }

    #[test]
    fn the_backup_reminder_waits_for_several_records_and_a_month() {
        let day = 86_400_000;
        let recent = Settings {
            last_backup: 40 * day,
        };
        assert!(!backup_due(2, &Settings::default(), 40 * day));
        assert!(backup_due(3, &Settings::default(), 40 * day));
        assert!(!backup_due(3, &recent, 60 * day));
        assert!(backup_due(3, &recent, 71 * day));
    }

    #[test]
    fn a_typical_record_is_a_few_kilobytes() {
        let record = migrate_v1(V1_FIXTURE, 5).unwrap();
        let json = record.to_json();
        let bytes = usage([(record_key(&record.id).as_str(), json.as_str())].into_iter());
        println!("a typical record (two people, three channels, one edit): {bytes} bytes");
        assert!((2_000..12_000).contains(&bytes), "{bytes} bytes");
        assert!(QUOTA_BYTES / bytes > 400, "hundreds of records fit");
    }
}
