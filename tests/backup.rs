//! Backups: every hostile file is refused with a plain message and nothing
//! else; every exported library comes back identical (a property over
//! arbitrary records, unicode and markup included); preview and merge follow
//! the record that changed last.
#![cfg(not(target_arch = "wasm32"))]

use kept_in_mind::domain::backup::{
    self, Backup, BackupError, MAX_BYTES, MAX_CHARS, MAX_RECORDS, Preview,
};
use kept_in_mind::domain::draft::{
    CheckIn, CheckIns, Draft, NoteEdit, NoteState, NoteText, PlanChoice,
};
use kept_in_mind::domain::model::*;
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// A backup file around `records` (JSON text, comma-separated).
fn file(records: &str) -> String {
    format!(r#"{{"format":"kept-in-mind-backup","version":1,"exported":1,"records":[{records}]}}"#)
}

/// A minimal record with this id and any more fields (`,"key":value…`).
fn record(id: &str, more: &str) -> String {
    format!(r#"{{"version":2,"id":"{id}"{more}}}"#)
}

/// Parses `input`; `Ok(n)` wants a backup of `n` records, `Err(e)` wants
/// exactly that refusal, with a message that says nothing changed.
fn check(input: impl AsRef<[u8]>, want: Result<usize, BackupError>) {
    let input = input.as_ref();
    let shown = String::from_utf8_lossy(&input[..input.len().min(120)]).into_owned();
    let got = backup::parse(input).map(|b| b.records.len());
    assert_eq!(got, want, "{shown}");
    if let Err(error) = got {
        let message = error.message();
        assert!(
            message.ends_with(" Nothing on this device has changed."),
            "{message}"
        );
        for blaming in ["error", "invalid", "wrong", "failed", "you "] {
            assert!(!message.to_lowercase().contains(blaming), "{message}");
        }
    }
}

#[test]
fn files_that_are_not_backups_are_refused() {
    use BackupError::*;
    check("", Err(NotJson));
    check("   \n", Err(NotJson));
    check("hello", Err(NotJson));
    check([0xff, 0xfe, 0x00, 0x7b], Err(NotJson));
    check("{", Err(NotJson));
    check(format!("{} trailing", file("")), Err(NotJson));
    check("[]", Err(NotABackup));
    check("null", Err(NotABackup));
    check("42", Err(NotABackup));
    check(r#""kept-in-mind-backup""#, Err(NotABackup));
    check(r#"["kept-in-mind-backup",1,1,[]]"#, Err(NotABackup));
    check("{}", Err(NotABackup));
    check(Draft::default().to_json(), Err(NotABackup));
    check(
        r#"{"format":"other","version":1,"exported":1,"records":[]}"#,
        Err(NotABackup),
    );
    check(r#"{"format":5,"version":1}"#, Err(NotABackup));
    check(
        r#"{"format":"kept-in-mind-backup","format":"x","version":1,"exported":1,"records":[]}"#,
        Err(NotABackup),
    );
}

#[test]
fn versions_and_the_envelope_are_checked() {
    use BackupError::*;
    let envelope = |version: &str, exported: &str, records: &str| {
        format!(
            r#"{{"format":"kept-in-mind-backup","version":{version},"exported":{exported},"records":{records}}}"#
        )
    };
    check(envelope("2", "1", "[]"), Err(NewerVersion(2)));
    check(envelope("99", "\"x\"", "{}"), Err(NewerVersion(99)));
    check(envelope("0", "1", "[]"), Err(Damaged));
    check(envelope("\"1\"", "1", "[]"), Err(Damaged));
    check(envelope("-1", "1", "[]"), Err(Damaged));
    check(r#"{"format":"kept-in-mind-backup"}"#, Err(Damaged));
    check(envelope("1", "\"yesterday\"", "[]"), Err(Damaged));
    check(envelope("1", "-5", "[]"), Err(Damaged));
    check(envelope("1", "1", "{}"), Err(Damaged));
    check(envelope("1", "1", "null"), Err(Damaged));
    check(
        r#"{"format":"kept-in-mind-backup","version":1,"records":[]}"#,
        Err(Damaged),
    );
    check(envelope("1", "1", "[]"), Ok(0));
    check(format!("\u{feff}{}", envelope("1", "1", "[]")), Ok(0));
    check(
        r#"{"format":"kept-in-mind-backup","version":1,"exported":1,"records":[],"later":{"x":1}}"#,
        Ok(0),
    );
}

#[test]
fn records_are_checked_field_by_field() {
    use BackupError::*;
    check(file(&record("a1", "")), Ok(1));
    check(file("1"), Err(UnreadableRecord(1)));
    check(file("null"), Err(UnreadableRecord(1)));
    check(file(r#"[2,"a1"]"#), Err(UnreadableRecord(1)));
    check(file("[2]"), Err(UnreadableRecord(1)));
    check(file(r#"{"id":"a1"}"#), Err(UnreadableRecord(1)));
    for bad in [
        r#","answers":{"recipients":"Priya"}"#,
        r#","archived":"yes""#,
        r#","updated":-5"#,
        r#","updated":1.5"#,
        r#","answers":{"rejection":{"stage":"astronaut"}}"#,
        r#","notes":[{"recipient":1}]"#,
        r#","checkins":{"choice":"maybe"}"#,
    ] {
        let second = record("b2", bad);
        check(
            file(&format!("{},{second}", record("a1", ""))),
            Err(UnreadableRecord(2)),
        );
    }
    check(
        file(&record("a1", r#","version":3"#)),
        Err(UnreadableRecord(1)),
    );
    check(file(r#"{"version":3,"id":"a1"}"#), Err(NewerRecord(1)));
    check(
        file(r#"{"version":3,"id":"a1","answers":"a new shape"}"#),
        Err(NewerRecord(1)),
    );
    check(file(&record("a1", r#","from_the_future":[1,2]"#)), Ok(1));
}

#[test]
fn ids_must_be_present_plain_and_unique() {
    use BackupError::*;
    check(file(r#"{"version":2}"#), Err(InvalidId(1)));
    for bad in ["", " ", "../x", "a b", "<script>", "é", "a\\nb"] {
        check(file(&record(bad, "")), Err(InvalidId(1)));
    }
    check(file(&record(&"x".repeat(65), "")), Err(InvalidId(1)));
    check(file(&record(&"x".repeat(64), "")), Ok(1));
    check(file(&record("00ff-A_z", "")), Ok(1));
    let twice = format!(
        "{},{},{}",
        record("a", ""),
        record("b", ""),
        record("a", "")
    );
    check(file(&twice), Err(DuplicateId(3)));
}

#[test]
fn size_depth_length_and_counts_are_capped() {
    use BackupError::*;
    let huge = vec![b' '; 50 * 1024 * 1024];
    check(&huge, Err(TooLarge));
    assert_eq!(backup::check_size(50_000_000), Err(TooLarge));
    assert_eq!(backup::check_size(MAX_BYTES), Ok(()));

    check("[".repeat(100_000), Err(NotJson));
    check(
        format!("{}1{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000)),
        Err(TooDeep),
    );
    let deep = format!(r#","answers":{}1{}"#, "[".repeat(20), "]".repeat(20));
    check(file(&record("a1", &deep)), Err(TooDeep));

    let company = |n: usize| {
        format!(
            r#","answers":{{"rejection":{{"company":"{}"}}}}"#,
            "é".repeat(n)
        )
    };
    check(file(&record("a1", &company(MAX_CHARS))), Ok(1));
    check(file(&record("a1", &company(MAX_CHARS + 1))), Err(TooLong));
    let key = format!(r#","{}":1"#, "k".repeat(MAX_CHARS + 1));
    check(file(&record("a1", &key)), Err(TooLong));

    let people = |n: u32| {
        let list: Vec<String> = (1..=n).map(|id| format!(r#"{{"id":{id}}}"#)).collect();
        format!(r#","answers":{{"recipients":[{}]}}"#, list.join(","))
    };
    check(file(&record("a1", &people(100))), Ok(1));
    check(file(&record("a1", &people(101))), Err(TooMuchInRecord(1)));
    let check_ins = |n: usize| {
        let list = vec![r#"{"due":"2027-01-12"}"#; n].join(",");
        format!(r#","checkins":{{"dates":[{list}]}}"#)
    };
    check(file(&record("a1", &check_ins(24))), Ok(1));
    check(file(&record("a1", &check_ins(25))), Err(TooMuchInRecord(1)));
    let channels = format!(
        r#","answers":{{"style":{{"channels":[{}]}}}}"#,
        [r#""card""#; 7].join(",")
    );
    check(file(&record("a1", &channels)), Err(TooMuchInRecord(1)));
    let own = |n| {
        let list = vec![r#""card""#; n].join(",");
        format!(r#","answers":{{"recipients":[{{"id":1,"channels":[{list}]}}]}}"#)
    };
    check(file(&record("a1", &own(6))), Ok(1));
    check(file(&record("a1", &own(7))), Err(TooMuchInRecord(1)));

    let many = |n: usize| {
        let list: Vec<String> = (0..n).map(|i| record(&format!("{i:x}"), "")).collect();
        file(&list.join(","))
    };
    check(many(MAX_RECORDS), Ok(MAX_RECORDS));
    check(many(MAX_RECORDS + 1), Err(TooManyRecords));
}

/// The example in `docs/backup-format.md` is a backup, and names every
/// field a record writes, no more and no fewer.
#[test]
fn the_documented_example_is_a_backup() {
    let doc = include_str!("../docs/backup-format.md");
    let json = doc
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the document has a JSON example");
    let restored = backup::parse(json.as_bytes()).expect("the example restores");
    let [record] = restored.records.as_slice() else {
        panic!("one record: {restored:?}");
    };
    assert_eq!(record.answers.rejection.company, "Northwind Health");
    assert_eq!(record.notes[0].sent.as_deref(), Some("2026-12-01"));
    let documented: serde_json::Value = serde_json::from_str(json).unwrap();
    let written: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
    assert_eq!(written, documented["records"][0]);
}

const MARKUP: &[&str] = &[
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "javascript:alert(1)",
    "{{constructor.constructor('alert(1)')()}}",
    "</textarea><b>bold</b>",
    "&lt;escaped&gt; &amp;",
    "'; DROP TABLE records; --",
    "\u{202E}evil\u{202C}",
    "\\u0000 not a control",
    "a\u{0}b\u{7}c\r\nd",
];

/// Every string of a record, markup in each: all of it comes back exactly.
#[test]
fn markup_and_scripts_stay_inert_text() {
    for (i, hostile) in MARKUP.iter().enumerate() {
        let text = |n: usize| format!("{hostile}{n}");
        let mut record = Draft {
            id: format!("r{i}"),
            last_hash: text(0),
            ..Draft::default()
        };
        record.checkins.update = text(1);
        record.checkins.dates.push(CheckIn {
            due: text(2),
            done: false,
        });
        let no = &mut record.answers.rejection;
        (no.company, no.job_title, no.date, no.original_subject) =
            (text(3), text(4), text(5), text(6));
        let person = record.add_person();
        let who = record.person_mut(person).unwrap();
        (
            who.name,
            who.honorific,
            who.job_title,
            who.email,
            who.detail,
        ) = (text(7), text(8), text(9), text(10), text(11));
        let me = &mut record.answers.sender;
        (me.name, me.contact, me.admire) = (text(12), text(13), text(14));
        me.strengths = [text(15), text(16)];
        let ask = &mut record.answers.ask;
        (ask.related_role, ask.help_offer) = (text(17), text(18));
        let note = record.note_mut(person, Channel::EmailNew);
        note.sent = Some(text(19));
        note.edit = Some(NoteEdit {
            text: NoteText {
                subject: Some(text(20)),
                body: text(21),
            },
            base: NoteText {
                subject: None,
                body: text(22),
            },
        });
        let exported = backup::export(std::slice::from_ref(&record), 7);
        let restored = backup::parse(exported.as_bytes()).expect(hostile);
        assert_eq!(restored.records, [record], "{hostile:?}");
        assert_eq!(restored.exported, 7);
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        2 => "[ -~àéüßΩ山田🙂\u{202E}\n\t]{0,40}",
        1 => select(MARKUP).prop_map(str::to_owned),
    ]
}

fn option<T: Clone + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(select(all))
}

fn person() -> impl Strategy<Value = Recipient> {
    (
        (text(), text(), text(), text(), text()),
        any::<bool>(),
        option(&Relationship::ALL),
        prop::option::of(prop::sample::subsequence(Channel::ALL.to_vec(), 0..=6)),
    )
        .prop_map(
            |((name, honorific, job_title, email, detail), title, relationship, channels)| {
                Recipient {
                    id: 0,
                    name,
                    address: if title {
                        AddressForm::TitleAndSurname
                    } else {
                        AddressForm::FirstName
                    },
                    honorific,
                    job_title,
                    relationship,
                    email,
                    detail,
                    channels,
                }
            },
        )
}

fn answers() -> impl Strategy<Value = Answers> {
    let rejection = (
        (text(), text(), text(), text()),
        option(&Stage::ALL),
        option(&Arrival::ALL),
        prop::option::of(any::<bool>()),
        prop::option::of(((text(), text()), option(&Stage::ALL))),
        (
            prop::option::of(any::<bool>()),
            prop::option::of(any::<bool>()),
        ),
    )
        .prop_map(
            |(
                (company, job_title, date, original_subject),
                stage,
                arrival,
                said,
                follows,
                (offered_feedback, offered_call),
            )| {
                Rejection {
                    company,
                    job_title,
                    stage,
                    arrival,
                    said_keep_in_mind: said,
                    date,
                    original_subject,
                    follows: follows.map(|((job_title, date), stage)| {
                        Box::new(Rejection {
                            job_title,
                            date,
                            stage,
                            ..Rejection::default()
                        })
                    }),
                    offered_feedback,
                    offered_call,
                }
            },
        );
    let sender = (
        (text(), text(), text(), text(), text()),
        option(&Seniority::ALL),
    )
        .prop_map(|((name, contact, admire, one, two), seniority)| Sender {
            name,
            contact,
            seniority,
            admire,
            strengths: [one, two],
        });
    let ask = (
        option(&KeepInMindFor::ALL),
        text(),
        text(),
        prop::array::uniform4(any::<bool>()),
    )
        .prop_map(
            |(keep_in_mind_for, related_role, help_offer, [a, b, c, d])| Ask {
                keep_in_mind_for,
                related_role,
                feedback: a,
                linkedin: b,
                wish_hire_well: c,
                offer_help: d,
                help_offer,
            },
        );
    let style = (
        option(&Tone::ALL),
        option(&[Length::Short, Length::Standard]),
        prop::sample::subsequence(Channel::ALL.to_vec(), 0..=6),
        any::<bool>(),
    )
        .prop_map(|(tone, length, channels, linkedin_premium)| Style {
            tone,
            length,
            channels,
            linkedin_premium,
        });
    (
        rejection,
        prop::collection::vec(person(), 0..4),
        sender,
        ask,
        style,
    )
        .prop_map(|(rejection, recipients, sender, ask, style)| Answers {
            rejection,
            recipients,
            sender,
            ask,
            style,
        })
}

fn note_text() -> impl Strategy<Value = NoteText> {
    (prop::option::of(text()), text()).prop_map(|(subject, body)| NoteText { subject, body })
}

fn note() -> impl Strategy<Value = (Index, Index, u32, Option<NoteEdit>, Option<String>)> {
    (
        any::<Index>(),
        any::<Index>(),
        any::<u32>(),
        prop::option::of(
            (note_text(), note_text()).prop_map(|(text, base)| NoteEdit { text, base }),
        ),
        prop::option::of(text()),
    )
}

/// A record as the app could have saved it: unique person ids, `next_id`
/// past all of them, notes only for people on the list.
fn draft() -> impl Strategy<Value = Draft> {
    (
        (any::<u64>(), any::<u64>(), any::<u64>(), any::<bool>()),
        (any::<u32>(), any::<u32>(), any::<bool>(), 0u32..5),
        answers(),
        prop::collection::vec(note(), 0..6),
        (
            option(&[PlanChoice::Offered, PlanChoice::Accepted, PlanChoice::Off]),
            prop::collection::vec((text(), any::<bool>()), 0..4),
            text(),
        ),
        text(),
    )
        .prop_map(
            |(
                (id, created, updated, archived),
                (rev, base_rev, from_v1, spare),
                mut answers,
                notes,
                (choice, dates, update),
                last_hash,
            )| {
                for (n, person) in answers.recipients.iter_mut().enumerate() {
                    person.id = 1 + 2 * n as u32;
                }
                let ids: Vec<u32> = answers.recipients.iter().map(|r| r.id).collect();
                let next_id = ids.last().map_or(1, |id| id + 1) + spare;
                let mut states: Vec<NoteState> = Vec::new();
                if !ids.is_empty() {
                    for (who, channel, variant, edit, sent) in notes {
                        let recipient = *who.get(&ids);
                        let channel = *channel.get(&Channel::ALL);
                        if states
                            .iter()
                            .any(|s| s.recipient == recipient && s.channel == channel)
                        {
                            continue;
                        }
                        states.push(NoteState {
                            recipient,
                            channel,
                            variant,
                            edit,
                            sent,
                        });
                    }
                }
                Draft {
                    id: format!("{id:016x}"),
                    created,
                    updated,
                    archived,
                    rev,
                    base_rev,
                    from_v1,
                    checkins: CheckIns {
                        choice: choice.unwrap_or_default(),
                        dates: dates
                            .into_iter()
                            .map(|(due, done)| CheckIn { due, done })
                            .collect(),
                        update,
                    },
                    answers,
                    next_id,
                    notes: states,
                    last_hash,
                    ..Draft::default()
                }
            },
        )
}

/// Records with distinct ids, as a library holds them.
fn library() -> impl Strategy<Value = Vec<Draft>> {
    prop::collection::vec(draft(), 0..6).prop_map(|mut records| {
        let mut seen = std::collections::HashSet::new();
        records.retain(|r| seen.insert(r.id.clone()));
        records
    })
}

proptest! {
    #[test]
    fn export_then_import_gives_identical_records(records in library(), now in any::<u64>()) {
        let file = backup::export(&records, now);
        let restored = backup::parse(file.as_bytes());
        prop_assert_eq!(restored, Ok(Backup { exported: now, records: records.clone() }));
        // Restoring a backup over the library it came from changes nothing.
        let restored = backup::parse(file.as_bytes()).unwrap();
        prop_assert_eq!(backup::merge(&records, &restored), records.clone());
        prop_assert!(backup::preview(&records, &restored).merge_changes_nothing());
    }
}

/// A record with only an id and an `updated` time, and a company to tell
/// versions apart.
fn at(id: &str, updated: u64) -> Draft {
    let mut record = Draft {
        id: id.into(),
        updated,
        ..Draft::default()
    };
    record.answers.rejection.company = format!("{id} at {updated}");
    record
}

fn ids(records: &[Draft]) -> Vec<(String, u64)> {
    records.iter().map(|r| (r.id.clone(), r.updated)).collect()
}

/// One row of the merge table: the library here, the file, then the merged
/// library, the preview's groups and what the adapter must write and delete.
struct Row {
    here: &'static [(&'static str, u64)],
    file: &'static [(&'static str, u64)],
    merged: &'static [(&'static str, u64)],
    new: &'static [&'static str],
    newer_in_file: &'static [&'static str],
    newer_here: &'static [&'static str],
    same: &'static [&'static str],
    only_here: &'static [&'static str],
}

fn check_row(row: &Row) {
    let here: Vec<Draft> = row.here.iter().map(|&(id, t)| at(id, t)).collect();
    let incoming = Backup {
        exported: 0,
        records: row.file.iter().map(|&(id, t)| at(id, t)).collect(),
    };
    let strings = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let want = Preview {
        new: strings(row.new),
        newer_in_file: strings(row.newer_in_file),
        newer_here: strings(row.newer_here),
        same: strings(row.same),
        only_here: strings(row.only_here),
    };
    let preview = backup::preview(&here, &incoming);
    assert_eq!(preview, want, "here {:?} file {:?}", row.here, row.file);

    let merged = backup::merge(&here, &incoming);
    let want: Vec<(String, u64)> = row
        .merged
        .iter()
        .map(|&(id, t)| (id.to_owned(), t))
        .collect();
    assert_eq!(
        ids(&merged),
        want,
        "here {:?} file {:?}",
        row.here,
        row.file
    );
    for record in &merged {
        let company = &record.answers.rejection.company;
        assert_eq!(
            company,
            &format!("{} at {}", record.id, record.updated),
            "the whole record moves"
        );
    }
    assert_eq!(preview.merge_changes_nothing(), ids(&merged) == ids(&here));

    let changes = backup::changes(&here, &merged);
    let written: Vec<&str> = changes.write.iter().map(|r| r.id.as_str()).collect();
    let mut want_written: Vec<&str> = row.newer_in_file.to_vec();
    want_written.extend(row.new);
    want_written.sort_by_key(|id| merged.iter().position(|r| r.id == *id));
    assert_eq!(written, want_written, "merge writes only what changed");
    assert!(changes.delete.is_empty(), "merge deletes nothing");

    let replaced = backup::replace_all(&incoming);
    assert_eq!(replaced, incoming.records);
    let changes = backup::changes(&here, &replaced);
    assert_eq!(
        changes.delete, row.only_here,
        "replace deletes what the file lacks"
    );
    let written: Vec<&str> = changes.write.iter().map(|r| r.id.as_str()).collect();
    let mut want_written: Vec<&str> = [row.new, row.newer_in_file, row.newer_here].concat();
    want_written.sort_by_key(|id| replaced.iter().position(|r| r.id == *id));
    assert_eq!(
        written, want_written,
        "replace writes what differs, in file order"
    );
}

#[test]
fn preview_and_merge_follow_the_record_changed_last() {
    for row in [
        Row {
            here: &[],
            file: &[("a", 1), ("b", 2)],
            merged: &[("a", 1), ("b", 2)],
            new: &["a", "b"],
            newer_in_file: &[],
            newer_here: &[],
            same: &[],
            only_here: &[],
        },
        Row {
            here: &[("a", 1), ("b", 2)],
            file: &[],
            merged: &[("a", 1), ("b", 2)],
            new: &[],
            newer_in_file: &[],
            newer_here: &[],
            same: &[],
            only_here: &["a", "b"],
        },
        Row {
            here: &[("a", 5), ("b", 5), ("c", 5), ("d", 5)],
            file: &[("e", 1), ("c", 5), ("b", 9), ("a", 1)],
            merged: &[("a", 5), ("b", 9), ("c", 5), ("d", 5), ("e", 1)],
            new: &["e"],
            newer_in_file: &["b"],
            newer_here: &["a"],
            same: &["c"],
            only_here: &["d"],
        },
        Row {
            here: &[("a", 3)],
            file: &[("a", 3)],
            merged: &[("a", 3)],
            new: &[],
            newer_in_file: &[],
            newer_here: &[],
            same: &["a"],
            only_here: &[],
        },
        Row {
            here: &[("a", 0), ("b", u64::MAX)],
            file: &[("b", 0), ("a", u64::MAX)],
            merged: &[("a", u64::MAX), ("b", u64::MAX)],
            new: &[],
            newer_in_file: &["a"],
            newer_here: &["b"],
            same: &[],
            only_here: &[],
        },
    ] {
        check_row(&row);
    }
}

#[test]
fn a_tie_keeps_this_devices_version() {
    let here = vec![at("a", 4)];
    let mut theirs = at("a", 4);
    theirs.answers.rejection.company = "edited elsewhere at the same moment".into();
    let incoming = Backup {
        exported: 0,
        records: vec![theirs],
    };
    assert_eq!(backup::merge(&here, &incoming), here);
    assert!(
        backup::changes(&here, &backup::merge(&here, &incoming))
            .write
            .is_empty()
    );
}

#[test]
fn the_preview_names_each_job_with_its_people_and_notes_sent() {
    // "a" only in the file, "b" newer in the file, "c" newer here, "d" the same.
    let mut here = vec![at("b", 1), at("c", 5), at("d", 3)];
    here[1].answers.rejection.job_title = "Analyst".into();
    let mut file = vec![at("a", 2), at("b", 4), at("c", 2), at("d", 3)];
    let priya = file[0].add_person();
    file[0].person_mut(priya).unwrap().name = "Priya Shah".into();
    file[0].answers.style.channels = vec![Channel::EmailReply, Channel::Card];
    file[0].note_mut(priya, Channel::Card).sent = Some("2026-12-01".into());
    let incoming = Backup {
        exported: 0,
        records: file,
    };
    let groups = backup::preview(&here, &incoming).jobs(&here, &incoming);
    let read: Vec<(String, Vec<(String, String)>)> = groups
        .into_iter()
        .map(|g| {
            (
                g.heading,
                g.jobs.into_iter().map(|j| (j.title, j.about)).collect(),
            )
        })
        .collect();
    let job = |title: &str, about: &str| (title.to_owned(), about.to_owned());
    assert_eq!(
        read,
        [
            (
                "New to this browser (1)".to_owned(),
                vec![job("a at 2", "Priya Shah · 1 of 2 notes sent")]
            ),
            (
                "Newer in the backup (1)".to_owned(),
                vec![job("b at 4", "")]
            ),
            (
                "Newer in this browser (1)".to_owned(),
                vec![job("Analyst at c at 5", "")]
            ),
        ]
    );
}

#[test]
fn the_preview_reads_as_short_lines() {
    let preview = Preview {
        new: vec!["a".into(), "b".into()],
        newer_in_file: vec!["c".into()],
        newer_here: vec![],
        same: vec!["d".into(), "e".into(), "f".into()],
        only_here: vec!["g".into()],
    };
    assert_eq!(
        preview.lines(),
        [
            "3 records the same in both",
            "1 record only in this browser"
        ]
    );
    assert!(Preview::default().lines().is_empty());
}
