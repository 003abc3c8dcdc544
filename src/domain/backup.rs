//! Backups the user owns: one JSON file of every record, in the versioned
//! format described in `docs/backup-format.md`, and the rules for restoring
//! one.
//!
//! A backup is the user's way to move to another browser or survive a
//! cleared one, so a restore must never make things worse: a file is checked
//! completely ([`parse`]) before anything is written, what it would change
//! is shown first ([`preview`]), and merging or replacing are pure functions
//! over whole libraries ([`merge`], [`replace_all`]), so the caller writes
//! everything or nothing. A hostile or damaged file gets a plain-words
//! [`BackupError`] and changes nothing.
//!
//! Text in a backup is kept exactly as it is: markup and scripts stay inert
//! text, since the UI never interprets what a user typed.

use super::record::json::{read_strict, to_json, write_in_order};
use super::record::read::{Error, Raw, from_str, is_json};

use super::draft::{Draft, LoadError};
use super::library::{people, sent_count, sent_line};
use super::model::Channel;

/// What the `format` field of every backup says.
pub const FORMAT: &str = "kept-in-mind-backup";
/// The backup format version this build writes and reads.
pub const VERSION: u32 = 1;
/// The largest file a restore reads, in bytes (10 MiB). A full library is
/// at most about 5 MB of text, as browsers keep no more for one site, so a
/// genuine backup is well under this; a 50 MB file is refused unread.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;
/// The longest text in one field, in UTF-16 units: as much as one stored
/// record can hold, since the app refuses no typing (a note pasted in by
/// hand may be long), and every backup it writes must restore.
pub const MAX_CHARS: usize = 2_500_000;
/// How deeply the file's lists and objects may nest. A record nests seven
/// levels deep; anything much deeper is not a backup, and refusing it before
/// parsing keeps a hostile file from exhausting the parser.
pub const MAX_DEPTH: usize = 16;
/// How many records a backup may hold.
pub const MAX_RECORDS: usize = 10_000;
/// How many people one record may hold.
pub const MAX_PEOPLE: usize = 100;
/// How many check-ins one record may plan.
pub const MAX_CHECK_INS: usize = 24;
/// The longest record id; ids are storage keys and calendar UIDs.
pub const MAX_ID_CHARS: usize = 64;

/// A backup that passed every check: its records are ready to merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// When it was made, in milliseconds since the epoch.
    pub exported: u64,
    pub records: Vec<Draft>,
}

/// Why a file cannot be restored. Record numbers count from 1, as a person would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Larger than [`MAX_BYTES`]; not read at all.
    TooLarge,
    /// Empty, not text, or not JSON.
    NotJson,
    /// JSON, but not a backup: a single saved draft, or anything else.
    NotABackup,
    /// A backup from a newer version of the app, in a format this one does not know.
    NewerVersion(u32),
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A text longer than [`MAX_CHARS`].
    TooLong,
    /// Marked as a backup, but its own fields are missing or of the wrong kind.
    Damaged,
    /// More than [`MAX_RECORDS`] records.
    TooManyRecords,
    /// A record with a field of the wrong kind, or that is not a record at all.
    UnreadableRecord(usize),
    /// A record saved by a newer version of the app.
    NewerRecord(usize),
    /// A record with no id, or one that is not a record id.
    InvalidId(usize),
    /// A record with the same id as an earlier one in the file.
    DuplicateId(usize),
    /// A record with more people, notes or check-ins than the app keeps.
    TooMuchInRecord(usize),
}

impl BackupError {
    /// What to tell the user, in plain words.
    ///
    /// ```
    /// use kept_in_mind::domain::backup::BackupError;
    /// assert!(BackupError::DuplicateId(2).message().starts_with("Record 2 "));
    /// ```
    pub fn message(self) -> String {
        let reason = match self {
            BackupError::TooLarge => format!(
                "This file is larger than a Kept in Mind backup can be ({} MB), so it was not opened.",
                MAX_BYTES / (1024 * 1024)
            ),
            BackupError::NotJson | BackupError::NotABackup | BackupError::TooDeep => {
                "This file is not a Kept in Mind backup. A backup is the .json file that \u{201c}Download a backup\u{201d} saves."
                    .to_owned()
            }
            BackupError::NewerVersion(_) => {
                "This backup was made by a newer version of Kept in Mind. Reload the page to get the newest version, then try again."
                    .to_owned()
            }
            BackupError::TooLong => format!(
                "Some text in this backup is longer than Kept in Mind keeps in one box ({} characters), so it was not opened.",
                thousands(MAX_CHARS)
            ),
            BackupError::Damaged => {
                "This backup looks damaged: part of it is not laid out the way a backup is, so it was not opened."
                    .to_owned()
            }
            BackupError::TooManyRecords => format!(
                "This backup holds more records than Kept in Mind keeps ({}), so it was not opened.",
                thousands(MAX_RECORDS)
            ),
            BackupError::UnreadableRecord(n) => format!(
                "Record {n} in this backup could not be read: some of it is not what Kept in Mind saves. The file may have changed since it was made."
            ),
            BackupError::NewerRecord(n) => format!(
                "Record {n} in this backup was saved by a newer version of Kept in Mind. Reload the page to get the newest version, then try again."
            ),
            BackupError::InvalidId(n) => format!(
                "Record {n} in this backup has no usable id, so it could not be matched with what is here."
            ),
            BackupError::DuplicateId(n) => format!(
                "Record {n} in this backup has the same id as an earlier one, so the two could not be told apart."
            ),
            BackupError::TooMuchInRecord(n) => format!(
                "Record {n} in this backup has more people, notes or check-ins than Kept in Mind keeps."
            ),
        };
        format!("{reason} Nothing on this device has changed.")
    }
}

/// 20000 as "20,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg_attr(test, derive(serde::Serialize))]
struct Envelope<'a> {
    format: &'a str,
    version: u32,
    exported: u64,
    records: &'a [Draft],
}

write_in_order!(Envelope<'_> {
    format,
    version,
    exported,
    records
});

/// The backup file of `records`, made at `now_ms`.
///
/// ```
/// use kept_in_mind::domain::{backup, draft::Draft};
/// let record = Draft { id: "00000000000000ab".into(), ..Draft::default() };
/// let file = backup::export(std::slice::from_ref(&record), 1);
/// assert_eq!(backup::parse(file.as_bytes()).unwrap().records, [record]);
/// ```
pub fn export(records: &[Draft], now_ms: u64) -> String {
    to_json(&Envelope {
        format: FORMAT,
        version: VERSION,
        exported: now_ms,
        records,
    })
}

/// Refuses a file by its size alone, before it is read: the UI calls this
/// with the file's size, and [`parse`] calls it again.
pub fn check_size(bytes: u64) -> Result<(), BackupError> {
    if bytes > MAX_BYTES {
        Err(BackupError::TooLarge)
    } else {
        Ok(())
    }
}

/// Reads and checks a backup file completely; nothing is written either way.
///
/// The cheap checks run first: size, then one pass over the bytes for
/// nesting depth and text length, then the envelope's format and version,
/// then each record with the same loader the app's own storage uses, then
/// ids and counts.
pub fn parse(file: &[u8]) -> Result<Backup, BackupError> {
    check_size(file.len() as u64)?;
    let text = std::str::from_utf8(file).map_err(|_| BackupError::NotJson)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    scan(text)?;

    // Format, then version, then the rest, each read on its own: a file
    // from a newer version is recognised even if its body has changed shape.
    struct Format {
        format: Option<String>,
    }
    read_strict!(Format { format });
    let format: Format = from_str(text).map_err(|e| match e {
        Error::Data => BackupError::NotABackup,
        Error::Syntax => BackupError::NotJson,
    })?;
    if format.format.as_deref() != Some(FORMAT) {
        return Err(BackupError::NotABackup);
    }
    struct Version {
        version: u32,
    }
    read_strict!(Version { version: required });
    let version: Version = from_str(text).map_err(|_| BackupError::Damaged)?;
    match version.version {
        VERSION => {}
        v if v > VERSION => return Err(BackupError::NewerVersion(v)),
        _ => return Err(BackupError::Damaged),
    }

    // The records are kept as text, so each is read on its own and an
    // error can name it.
    struct Body<'a> {
        exported: u64,
        records: Vec<Raw<'a>>,
    }
    read_strict!(Body<'a> {
        exported: required,
        records: required
    });
    let body: Body = from_str(text).map_err(|_| BackupError::Damaged)?;
    if body.records.len() > MAX_RECORDS {
        return Err(BackupError::TooManyRecords);
    }
    Ok(Backup {
        exported: body.exported,
        records: read_records(&body.records)?,
    })
}

/// Each record read with the loader the app's own storage uses, then its
/// id and counts checked.
fn read_records(raws: &[Raw]) -> Result<Vec<Draft>, BackupError> {
    let mut records = Vec::with_capacity(raws.len());
    for (index, Raw(raw)) in raws.iter().enumerate() {
        let n = index + 1;
        if !raw.starts_with('{') {
            return Err(BackupError::UnreadableRecord(n));
        }
        let record = Draft::load(raw).map_err(|e| match e {
            LoadError::NewerVersion(_) => BackupError::NewerRecord(n),
            LoadError::Unreadable => BackupError::UnreadableRecord(n),
        })?;
        if !is_record_id(&record.id) {
            return Err(BackupError::InvalidId(n));
        }
        if find(&records, &record.id).is_some() {
            return Err(BackupError::DuplicateId(n));
        }
        if too_much(&record) {
            return Err(BackupError::TooMuchInRecord(n));
        }
        records.push(record);
    }
    Ok(records)
}

/// One pass over the text, before any parsing: the top level must be an
/// object, nothing may nest deeper than [`MAX_DEPTH`], and no string may be
/// longer than [`MAX_CHARS`] UTF-16 units once its escapes are read.
fn scan(text: &str) -> Result<(), BackupError> {
    if !text.trim_start().starts_with('{') {
        return Err(if is_json(text) {
            BackupError::NotABackup
        } else {
            BackupError::NotJson
        });
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escape = false;
    // Hex digits of a `\u` escape still to skip: the escape counts as one unit.
    let mut hex = 0u8;
    let mut units = 0usize;
    for &byte in text.as_bytes() {
        if !in_string {
            match byte {
                b'"' => {
                    in_string = true;
                    units = 0;
                }
                b'{' | b'[' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(BackupError::TooDeep);
                    }
                }
                b'}' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            continue;
        }
        if hex > 0 {
            hex -= 1;
            continue;
        }
        if escape {
            escape = false;
            if byte == b'u' {
                hex = 4;
            }
            continue;
        }
        match byte {
            b'"' => in_string = false,
            b'\\' => {
                escape = true;
                units += 1;
            }
            // A four-byte UTF-8 sequence is two UTF-16 units; continuation bytes add none.
            0xF0.. => units += 2,
            0x80..=0xBF => {}
            _ => units += 1,
        }
        if units > MAX_CHARS {
            return Err(BackupError::TooLong);
        }
    }
    Ok(())
}

/// Ids are made by the app from random bits (16 hex digits) and become
/// storage keys and calendar UIDs, so only plain ASCII letters, digits, `-`
/// and `_` are taken.
fn is_record_id(id: &str) -> bool {
    (1..=MAX_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// More than the app could have made: one note per person and channel.
fn too_much(record: &Draft) -> bool {
    let channels = Channel::ALL.len();
    record.answers.recipients.len() > MAX_PEOPLE
        || record.notes.len() > MAX_PEOPLE * channels
        || record.answers.style.channels.len() > channels
        || (record.answers.recipients.iter())
            .any(|r| r.channels.as_ref().is_some_and(|c| c.len() > channels))
        || record.checkins.dates.len() > MAX_CHECK_INS
}

/// What a restore would change, record by record (by id and `updated`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// In the file, not on this device: merging adds them.
    pub new: Vec<String>,
    /// Changed more recently in the file: merging takes the file's.
    pub newer_in_file: Vec<String>,
    /// Changed more recently on this device: merging keeps them as they are.
    pub newer_here: Vec<String>,
    /// Last changed at the same time in both: nothing to do.
    pub same: Vec<String>,
    /// On this device, not in the file: merging keeps them, replacing deletes them.
    pub only_here: Vec<String>,
}

/// Sorts every record of both sides into [`Preview`]'s lists, in file
/// order (then this device's order for [`Preview::only_here`]).
pub fn preview(here: &[Draft], incoming: &Backup) -> Preview {
    let mut preview = Preview::default();
    for theirs in &incoming.records {
        let id = theirs.id.clone();
        match find(here, &theirs.id) {
            None => preview.new.push(id),
            Some(mine) if theirs.updated > mine.updated => preview.newer_in_file.push(id),
            Some(mine) if theirs.updated < mine.updated => preview.newer_here.push(id),
            Some(_) => preview.same.push(id),
        }
    }
    preview.only_here = here
        .iter()
        .filter(|d| find(&incoming.records, &d.id).is_none())
        .map(|d| d.id.clone())
        .collect();
    preview
}

impl Preview {
    /// Whether merging would change nothing on this device.
    pub fn merge_changes_nothing(&self) -> bool {
        self.new.is_empty() && self.newer_in_file.is_empty()
    }

    /// The jobs the preview names one by one, in groups, leaving out empty
    /// ones: what adding takes from the backup (new to this browser, newer
    /// in the backup) and what it keeps (newer in this browser), each job as
    /// the version that adding keeps.
    pub fn jobs(&self, here: &[Draft], incoming: &Backup) -> Vec<Group> {
        [
            ("New to this browser", &self.new, &incoming.records[..]),
            (
                "Newer in the backup",
                &self.newer_in_file,
                &incoming.records,
            ),
            ("Newer in this browser", &self.newer_here, here),
        ]
        .into_iter()
        .filter(|(_, ids, _)| !ids.is_empty())
        .map(|(heading, ids, from)| Group {
            heading: format!("{heading} ({})", ids.len()),
            jobs: ids
                .iter()
                .filter_map(|id| find(from, id))
                .map(job)
                .collect(),
        })
        .collect()
    }

    /// What is not listed job by job, as counts: "3 records the same in
    /// both", "1 record only in this browser" (which replacing deletes).
    pub fn lines(&self) -> Vec<String> {
        let count = |n: usize| match n {
            1 => "1 record".to_owned(),
            n => format!("{n} records"),
        };
        [
            (&self.same, "the same in both"),
            (&self.only_here, "only in this browser"),
        ]
        .into_iter()
        .filter(|(ids, _)| !ids.is_empty())
        .map(|(ids, words)| format!("{} {words}", count(ids.len())))
        .collect()
    }
}

/// One group of the preview's jobs: "Newer in the backup (2)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub heading: String,
    pub jobs: Vec<Job>,
}

/// A job as the preview names it: "Product Designer at Northwind Health",
/// then "Priya Shah · 1 of 1 note sent".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    pub title: String,
    pub about: String,
}

fn job(record: &Draft) -> Job {
    let (sent, total) = sent_count(record);
    let about = [people(record), (total > 0).then(|| sent_line(sent, total))]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    Job {
        title: record.title(),
        about,
    }
}

/// This device's records merged with the file's, by id: the version changed
/// more recently wins (this device's on a tie), records only on one side are
/// kept. This device's order first, then the file's new records in file order.
pub fn merge(here: &[Draft], incoming: &Backup) -> Vec<Draft> {
    here.iter()
        .map(|mine| match find(&incoming.records, &mine.id) {
            Some(theirs) if theirs.updated > mine.updated => theirs.clone(),
            _ => mine.clone(),
        })
        .chain(
            incoming
                .records
                .iter()
                .filter(|d| find(here, &d.id).is_none())
                .cloned(),
        )
        .collect()
}

/// The file's records in place of everything on this device.
pub fn replace_all(incoming: &Backup) -> Vec<Draft> {
    incoming.records.clone()
}

/// What the storage adapter must do to turn `here` into `after` (the result
/// of [`merge`] or [`replace_all`]): the records to write, and the ids to
/// delete. Records that did not change are left alone.
#[derive(Debug, PartialEq, Eq)]
pub struct Changes<'a> {
    pub write: Vec<&'a Draft>,
    pub delete: Vec<&'a str>,
}

/// See [`Changes`].
pub fn changes<'a>(here: &'a [Draft], after: &'a [Draft]) -> Changes<'a> {
    Changes {
        write: after
            .iter()
            .filter(|d| find(here, &d.id) != Some(d))
            .collect(),
        delete: here
            .iter()
            .filter(|d| find(after, &d.id).is_none())
            .map(|d| d.id.as_str())
            .collect(),
    }
}

/// The record with this id. A linear search: a library holds a few thousand
/// records at most (browsers keep about 5 MB per site), and a hash or tree
/// map would cost kilobytes of WebAssembly for no visible gain.
fn find<'a>(records: &'a [Draft], id: &str) -> Option<&'a Draft> {
    records.iter().find(|d| d.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::json::reference::serde_strict;

    /// `parse` as it was with serde_json: the reference for the reader.
    fn serde_parse(file: &[u8]) -> Result<Backup, BackupError> {
        check_size(file.len() as u64)?;
        let text = std::str::from_utf8(file).map_err(|_| BackupError::NotJson)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if !text.trim_start().starts_with('{') {
            return Err(
                if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
                    BackupError::NotABackup
                } else {
                    BackupError::NotJson
                },
            );
        }
        scan(text)?;
        struct Format {
            format: Option<String>,
        }
        serde_strict!(Format { format });
        let format: Format = serde_json::from_str(text).map_err(|e| {
            if e.is_data() {
                BackupError::NotABackup
            } else {
                BackupError::NotJson
            }
        })?;
        if format.format.as_deref() != Some(FORMAT) {
            return Err(BackupError::NotABackup);
        }
        struct Version {
            version: u32,
        }
        serde_strict!(Version { version: required });
        let version: Version = serde_json::from_str(text).map_err(|_| BackupError::Damaged)?;
        match version.version {
            VERSION => {}
            v if v > VERSION => return Err(BackupError::NewerVersion(v)),
            _ => return Err(BackupError::Damaged),
        }
        #[derive(serde::Deserialize)]
        struct Body<'a> {
            exported: u64,
            #[serde(borrow)]
            records: Vec<&'a serde_json::value::RawValue>,
        }
        let body: Body = serde_json::from_str(text).map_err(|_| BackupError::Damaged)?;
        if body.records.len() > MAX_RECORDS {
            return Err(BackupError::TooManyRecords);
        }
        // Each record is read by `Draft::load` on both sides (checked
        // against serde in `record/read.rs`).
        Ok(Backup {
            exported: body.exported,
            records: read_records(
                &body
                    .records
                    .iter()
                    .map(|r| Raw(r.get()))
                    .collect::<Vec<_>>(),
            )?,
        })
    }

    /// Both give the same backup, or the same error.
    fn same(text: &str) {
        assert_eq!(
            parse(text.as_bytes()),
            serde_parse(text.as_bytes()),
            "{text:?}"
        );
    }

    #[test]
    fn awkward_files_read_as_with_serde() {
        let record = Draft {
            id: "ab".into(),
            ..Draft::default()
        };
        for text in [
            export(std::slice::from_ref(&record), 5),
            r#"{"format":5,"version":1"#.to_owned(),
            r#"{"format":[1,"version":1"#.to_owned(),
            r#"{"format":1e999}"#.to_owned(),
            r#"{"format":"kept-in-mind-backup","format":"x"}"#.to_owned(),
            r#"{"format":"kept-in-mind-backup","version":1,"exported":1,"records":[{"id":"ab"}],"records":[]}"#.to_owned(),
            r#"{"format":"kept-in-mind-backup","version":1,"exported":1,"records":[ {"id":"ab"} ,5]}"#.to_owned(),
            r#"{"format":"kept-in-mind-backup","version":1,"exported":1,"records":[{"id":"ab","x":"\ud800"}]}"#.to_owned(),
            r#"{"format":"kept-in-mind-backup","version":2,"exported":1,"records":[}"#.to_owned(),
            "\u{feff} [1]".to_owned(),
            "\u{a0}{}".to_owned(),
        ] {
            same(&text);
        }
    }

    #[test]
    fn numbers_in_messages_read_as_written() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(20_000), "20,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn the_scan_counts_text_as_a_textarea_does() {
        let quoted = |s: &str| format!("{{\"a\":\"{s}\"}}");
        let fits = [
            "a".repeat(MAX_CHARS),
            "é".repeat(MAX_CHARS),
            "山".repeat(MAX_CHARS),
            "🙂".repeat(MAX_CHARS / 2),
            "\\u0041".repeat(MAX_CHARS),
            "\\\"".repeat(MAX_CHARS),
        ];
        for text in fits {
            assert_eq!(scan(&quoted(&text)), Ok(()), "{}", &text[..12]);
            let over = format!("{text}x");
            assert_eq!(scan(&quoted(&over)), Err(BackupError::TooLong));
        }
        assert_eq!(scan(&quoted(&"[".repeat(100))), Ok(()), "brackets in text");
        assert_eq!(
            scan(&format!("{}{}", "{\"a\":".repeat(17), "1")),
            Err(BackupError::TooDeep)
        );
        assert_eq!(scan(&"{\"a\":[".repeat(8)), Ok(()));
    }

    /// proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod any {
        use super::*;
        use crate::domain::record::read::{edit, mangle, nodes};
        use proptest::prelude::*;
        use serde_json::Value;

        /// What to put in the backup's tree, or none to take a value out.
        fn value() -> impl Strategy<Value = Option<Value>> {
            prop::option::of(prop_oneof![
                Just(Value::Null),
                any::<u64>().prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<String>().prop_map(Value::from),
                Just(Value::from(FORMAT)),
                Just(Value::Array(vec![])),
                Just(serde_json::json!({"id": "ab"})),
            ])
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(1000))]

            #[test]
            fn edited_backups_read_as_with_serde(
                edits in prop::collection::vec((any::<usize>(), value()), 0..3),
                mangled in prop::collection::vec((any::<usize>(), any::<usize>(), any::<usize>()), 0..3),
            ) {
                let records = [
                    Draft { id: "ab".into(), ..Draft::default() },
                    Draft { id: "cd".into(), updated: 9, ..crate::domain::record::json::full() },
                ];
                let mut tree: Value = serde_json::from_str(&export(&records, 5)).unwrap();
                for (n, with) in &edits {
                    let mut n = n % nodes(&tree);
                    edit(&mut tree, &mut n, with);
                }
                let text = serde_json::to_string(&tree).unwrap();
                same(&text);
                same(&mangle(&text, &mangled));
            }
        }
    }
}
