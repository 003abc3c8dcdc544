//! Every calendar file the app writes, read back by a real iCalendar parser
//! (the `icalendar` crate), never by the project's own code: what a calendar
//! app sees must be exactly what went in.
#![cfg(not(target_arch = "wasm32"))]

use icalendar::{Calendar, Component, DatePerhapsTime, ValueType};
use kept_in_mind::domain::date::Date;
use kept_in_mind::domain::draft::{CheckIn, Draft, NoteEdit, NoteState, NoteText};
use kept_in_mind::domain::ics::{Reminder, calendar, reminders};
use kept_in_mind::domain::model::{Channel, Recipient};
use kept_in_mind::domain::text;
use proptest::prelude::*;
use proptest::sample::select;

const APP: &str = "https://example.com/tools/kept-in-mind/";

/// Parses `file` and checks every event against the reminder it came from,
/// and the file's lines against RFC 5545 §3.1 (CRLF, at most 75 octets).
fn check(file: &str, reminders: &[Reminder], now_ms: u64) {
    for line in file.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "not CRLF: {line:?}");
        let content = &line[..line.len() - 2];
        assert!(!content.contains('\r'), "a stray CR: {line:?}");
        assert!(content.len() <= 75, "{} octets: {line:?}", content.len());
    }
    let parsed: Calendar = file.parse().expect("the parser reads the file");
    assert_eq!(parsed.property_value("VERSION"), Some("2.0"));
    assert_eq!(
        parsed.property_value("PRODID"),
        Some("-//Kept in Mind//Check-ins//EN")
    );
    assert_eq!(parsed.property_value("CALSCALE"), Some("GREGORIAN"));
    let events: Vec<_> = parsed.events().collect();
    assert_eq!(events.len(), reminders.len());
    for (event, reminder) in events.into_iter().zip(reminders) {
        assert_eq!(event.get_uid(), Some(reminder.uid.as_str()));
        let stamp = event.get_timestamp().expect("a DTSTAMP in UTC");
        assert_eq!(stamp.timestamp(), (now_ms / 1000) as i64);
        let day = |key: &str| {
            let property = event.properties().get(key).expect(key);
            assert_eq!(property.value_type(), Some(ValueType::Date), "{key}");
            match DatePerhapsTime::from_property(property) {
                Some(DatePerhapsTime::Date(date)) => date.to_string(),
                other => panic!("{key} is not an all-day date: {other:?}"),
            }
        };
        assert_eq!(day("DTSTART"), reminder.due.to_string());
        assert_eq!(day("DTEND"), reminder.due.add_days(1).to_string());
        assert_eq!(event.get_summary(), Some(reminder.summary().as_str()));
        assert_eq!(
            event.get_description(),
            Some(reminder.description(APP).as_str())
        );
        assert_eq!(event.get_url(), Some(APP));
        // One reminder, on the morning of the day, saying what it is for.
        let alarms: Vec<_> = event
            .components()
            .iter()
            .filter(|c| c.component_kind() == "VALARM")
            .collect();
        assert_eq!(alarms.len(), 1, "one alarm per check-in");
        assert_eq!(alarms[0].property_value("ACTION"), Some("DISPLAY"));
        assert_eq!(alarms[0].property_value("TRIGGER"), Some("PT9H"));
        assert_eq!(
            alarms[0].property_value("DESCRIPTION"),
            Some(reminder.summary().as_str())
        );
    }
}

#[test]
fn one_check_in_reads_back_as_written() {
    let reminder = Reminder {
        uid: "k7f3-1@kept-in-mind".into(),
        due: Date::parse("2027-01-12").unwrap(),
        people: vec!["Priya Shah".into()],
        company: "Northwind Health".into(),
        job_title: "Product Designer".into(),
        sent: Date::parse("2026-12-01"),
    };
    let now = 1_796_161_105_000;
    let file = calendar(std::slice::from_ref(&reminder), now, APP).unwrap();
    check(&file, std::slice::from_ref(&reminder), now);
    let parsed: Calendar = file.parse().unwrap();
    let event = parsed.events().next().unwrap();
    assert_eq!(
        event.get_summary(),
        Some("Check in with Priya Shah at Northwind Health")
    );
    let description = event.get_description().unwrap();
    assert!(description.starts_with("Write to Priya Shah at Northwind Health.\n\n"));
    assert!(description.contains("on 1 December 2026"));
    assert!(description.ends_with(APP));
}

#[test]
fn escapes_and_folds_read_back_as_written() {
    let reminder = Reminder {
        uid: "a,b;c\\d-1@kept-in-mind".into(),
        due: Date::parse("2028-02-29").unwrap(),
        people: vec![
            "Zoë Ångström".into(),
            "山田 太郎".into(),
            "O'Brien, \"Pat\"; Jr.".into(),
        ],
        company: "Acme, Inc.; Ünïcødé 🙂 \\ Co".repeat(5),
        job_title: "<script>alert('x')</script>".into(),
        sent: None,
    };
    let file = calendar(&[reminder.clone(), reminder.clone()], 0, APP).unwrap();
    check(&file, &[reminder.clone(), reminder], 0);
    assert!(file.contains("\r\n "), "long lines are folded");
}

/// Calendars sync to other services: the note's text, the user's news and
/// email addresses stay in the browser.
#[test]
fn no_note_text_news_or_address_reaches_the_calendar() {
    let mut record = Draft {
        id: "r9".into(),
        ..Draft::default()
    };
    record.answers.rejection.company = "Acme".into();
    record.answers.recipients.push(Recipient {
        id: 1,
        name: "Priya Shah".into(),
        email: "priya.private@example.com".into(),
        detail: "our talk about private roadmaps".into(),
        ..Recipient::default()
    });
    let text = NoteText {
        subject: Some("Private subject".into()),
        body: "Private body of the note".into(),
    };
    record.notes.push(NoteState {
        recipient: 1,
        channel: Channel::EmailNew,
        variant: 0,
        edit: Some(NoteEdit {
            text: text.clone(),
            base: text,
        }),
        sent: Some("2026-12-01".into()),
    });
    record.checkins.update = "My private news".into();
    record.checkins.dates.push(CheckIn {
        due: "2027-01-12".into(),
        done: false,
    });
    let reminders = reminders(&record);
    let file = calendar(&reminders, 0, APP).unwrap();
    check(&file, &reminders, 0);
    let unfolded = file.replace("\r\n ", "");
    assert!(unfolded.contains("Priya Shah"));
    for private in ["private", "Private"] {
        assert!(!unfolded.contains(private), "{private} in {file}");
    }
}

const NAMES: &[&str] = &[
    "Priya Shah",
    "Seán O’Brien-Ng",
    "王小明",
    "مرحبا بالعالم",
    "\u{202E}evil\u{202C} text",
    "a\u{0}b\tc\nd\re",
    "Smith, John; Jr.",
    "back\\slash",
    "🙂🎉 Party Team",
    "",
    "[Name]",
];

/// A name or company: one from the list above, or any text at all.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        select(NAMES).prop_map(str::to_owned),
        any::<String>(),
        "[ -~àéü山🙂,;\\\\]{0,120}",
    ]
}

fn record() -> impl Strategy<Value = Draft> {
    (
        "[A-Za-z0-9,;:\\\\-]{1,24}",
        prop::collection::vec((name(), any::<bool>()), 0..4),
        name(),
        name(),
        prop::collection::vec(-30_000i64..80_000, 1..4),
        prop::option::of(0i64..40_000),
    )
        .prop_map(|(id, people, company, job, dues, sent)| {
            let mut record = Draft {
                id,
                ..Draft::default()
            };
            record.answers.rejection.company = company;
            record.answers.rejection.job_title = job;
            for (n, (name, was_sent)) in people.into_iter().enumerate() {
                let id = n as u32 + 1;
                record.answers.recipients.push(Recipient {
                    id,
                    name,
                    ..Recipient::default()
                });
                if was_sent {
                    record.notes.push(NoteState {
                        recipient: id,
                        channel: Channel::EmailReply,
                        variant: 0,
                        edit: None,
                        sent: sent.map(|d| Date::from_days_since_epoch(d).to_string()),
                    });
                }
            }
            for days in dues {
                record.checkins.dates.push(CheckIn {
                    due: Date::from_days_since_epoch(days).to_string(),
                    done: false,
                });
            }
            record
        })
}

proptest! {
    #[test]
    fn every_generated_file_reads_back_as_written(
        record in record(),
        now in 0u64..4_102_444_800_000,
    ) {
        let reminders = reminders(&record);
        prop_assert_eq!(reminders.len(), record.checkins.dates.len());
        let file = calendar(&reminders, now, APP).unwrap();
        check(&file, &reminders, now);
        let company = text::clean(&record.answers.rejection.company);
        for reminder in &reminders {
            let summary = reminder.summary();
            prop_assert!(summary.contains(&company), "{} lacks {}", summary, company);
            for person in &reminder.people {
                prop_assert!(summary.contains(person.as_str()), "{} lacks {}", summary, person);
            }
        }
    }
}
