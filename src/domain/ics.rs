//! Calendar files for the keep-warm check-ins: "Add to my calendar".
//!
//! A check-in is only useful if the user remembers it weeks later, and their
//! calendar is where they will. So each check-in becomes an all-day event in
//! an RFC 5545 file the browser downloads; every calendar app can import one.
//! Written by hand rather than with a crate: the format is small, and every
//! kilobyte of WebAssembly counts.
//!
//! Calendars sync to other services, so an event says who to write to, why
//! and where the drafted note is, and never carries the note's text, the
//! user's news or anyone's email address.

use super::date::{Date, utc_stamp};
use super::draft::Draft;
use super::text;

/// The longest a line may be, in octets, before the line break (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// One check-in as a calendar event: plain data, made by [`reminders`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// The same for the same record and check-in on every download, so a
    /// calendar that imports the file again updates the event instead of
    /// adding a second one.
    pub uid: String,
    pub due: Date,
    /// Who to write to, by name.
    pub people: Vec<String>,
    pub company: String,
    pub job_title: String,
    /// The day the first thank-you went, when the user said so.
    pub sent: Option<Date>,
}

/// The record's check-ins that are not yet done, as reminders, in the
/// plan's order (earliest first).
///
/// ```
/// use kept_in_mind::domain::{draft::{CheckIn, Draft}, ics::reminders};
/// let mut record = Draft { id: "r1".into(), ..Draft::default() };
/// record.checkins.dates.push(CheckIn { due: "2027-01-12".into(), done: false });
/// assert_eq!(reminders(&record)[0].uid, "r1-1@kept-in-mind");
/// ```
pub fn reminders(record: &Draft) -> Vec<Reminder> {
    (0..record.checkins.dates.len())
        .filter(|&n| !record.checkins.dates[n].done)
        .filter_map(|n| reminder(record, n))
        .collect()
}

/// The record's `n`th check-in (counting from 0) as a reminder, done or
/// not, or `None` when there is no such check-in or its date is unreadable.
pub fn reminder(record: &Draft, n: usize) -> Option<Reminder> {
    let due = Date::parse(&record.checkins.dates.get(n)?.due)?;
    let sent_to = |id: u32| {
        record
            .notes
            .iter()
            .any(|note| note.recipient == id && note.sent.is_some())
    };
    let people = &record.answers.recipients;
    let anyone_sent = people.iter().any(|p| sent_to(p.id));
    let people: Vec<String> = people
        .iter()
        .filter(|p| !anyone_sent || sent_to(p.id))
        .map(|p| text::clean(&p.name))
        .filter(|name| !name.is_empty())
        .collect();
    let sent = record
        .notes
        .iter()
        .filter_map(|note| note.sent.as_deref().and_then(Date::parse))
        .min();
    Some(Reminder {
        uid: format!("{}-{}@kept-in-mind", record.id, n + 1),
        due,
        people,
        company: record.answers.rejection.company.clone(),
        job_title: record.answers.rejection.job_title.clone(),
        sent,
    })
}

impl Reminder {
    /// The event's title: "Check in with Priya Shah at Northwind Health".
    pub fn summary(&self) -> String {
        match (self.names().as_str(), text::clean(&self.company).as_str()) {
            ("", "") => "Check in with the people you thanked".to_owned(),
            (names, "") => format!("Check in with {names}"),
            ("", company) => format!("Check in with {company}"),
            (names, company) => format!("Check in with {names} at {company}"),
        }
    }

    /// The event's notes: who to write to, why now, and where the drafted
    /// note is (`app_url`, the app's own address; empty leaves it out).
    pub fn description(&self, app_url: &str) -> String {
        let who = match (self.names().as_str(), text::clean(&self.company).as_str()) {
            ("", "") => "Write to the people you thanked.".to_owned(),
            (names, "") => format!("Write to {names}."),
            ("", company) => format!("Write to the people you thanked at {company}."),
            (names, company) => format!("Write to {names} at {company}."),
        };
        let mut why = String::from("You thanked them for the No");
        let job = text::clean(&self.job_title);
        if !job.is_empty() {
            why.push_str(&format!(" about the {job} role"));
        }
        if let Some(sent) = self.sent {
            why.push_str(&format!(" on {}", sent.long()));
        }
        why.push_str(
            ". A short check-in with one real update of your own keeps you in mind as plans change there.",
        );
        let url = clean_url(app_url);
        let place = if url.is_empty() {
            "Your drafted check-in note is in Kept in Mind, in the browser you used.".to_owned()
        } else {
            format!("Your drafted check-in note is in Kept in Mind, in the browser you used: {url}")
        };
        format!("{who}\n\n{why}\n\n{place}")
    }

    /// "Priya Shah", "Priya Shah and Tom Lee", "Ana, Ben and Cleo".
    fn names(&self) -> String {
        let names: Vec<String> = self
            .people
            .iter()
            .map(|name| text::clean(name))
            .filter(|name| !name.is_empty())
            .collect();
        match names.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    }
}

/// The whole calendar file for `reminders`, or `None` when there are none
/// (a calendar must hold at least one event). `now_ms` is the time of the
/// download; `app_url` is the app's own address, linked from every event.
///
/// ```
/// use kept_in_mind::domain::{date::Date, ics::{calendar, Reminder}};
/// let reminder = Reminder {
///     uid: "r1-1@kept-in-mind".into(),
///     due: Date::parse("2027-01-12").unwrap(),
///     people: vec!["Priya Shah".into()],
///     company: "Northwind Health".into(),
///     job_title: String::new(),
///     sent: None,
/// };
/// let file = calendar(&[reminder], 0, "https://example.com/").unwrap();
/// assert!(file.contains("\r\nDTSTART;VALUE=DATE:20270112\r\n"));
/// ```
pub fn calendar(reminders: &[Reminder], now_ms: u64, app_url: &str) -> Option<String> {
    if reminders.is_empty() {
        return None;
    }
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kept in Mind//Check-ins//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    let stamp = utc_stamp(now_ms);
    let url = clean_url(app_url);
    for reminder in reminders {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", escape(&reminder.uid)));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", reminder.due.compact()),
        );
        push_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", reminder.due.add_days(1).compact()),
        );
        push_line(
            &mut out,
            &format!("SUMMARY:{}", escape(&reminder.summary())),
        );
        push_line(
            &mut out,
            &format!("DESCRIPTION:{}", escape(&reminder.description(&url))),
        );
        if !url.is_empty() {
            push_line(&mut out, &format!("URL:{url}"));
        }
        // A reminder, not a meeting: it must not show the day as busy.
        push_line(&mut out, "TRANSP:TRANSPARENT");
        // An all-day event starts at midnight, and many calendars only
        // remind when the event asks: this one pops up at 9 that morning.
        push_line(&mut out, "BEGIN:VALARM");
        push_line(&mut out, "ACTION:DISPLAY");
        push_line(&mut out, "TRIGGER:PT9H");
        push_line(
            &mut out,
            &format!("DESCRIPTION:{}", escape(&reminder.summary())),
        );
        push_line(&mut out, "END:VALARM");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    Some(out)
}

/// The download's name: `check-in-northwind-health-2027-01-12.ics` for one
/// check-in (`due`), `check-ins-northwind-health.ics` for all of them.
/// Letters from any script are kept; anything a file system may dislike is not.
pub fn file_name(company: &str, due: Option<Date>) -> String {
    let mut name = String::from(if due.is_some() {
        "check-in"
    } else {
        "check-ins"
    });
    let words: Vec<String> = company
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(super::case::lower_str)
        .collect();
    let slug: String = words.join("-").chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if !slug.is_empty() {
        name.push('-');
        name.push_str(slug);
    }
    if let Some(due) = due {
        name.push_str(&format!("-{due}"));
    }
    name.push_str(".ics");
    name
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line
/// breaks escaped; other control characters, which TEXT may not hold, dropped.
///
/// ```
/// use kept_in_mind::domain::ics::escape;
/// assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
/// ```
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no line is longer than 75 octets:
/// each continuation starts with a space, and a cut never falls inside a
/// UTF-8 character. Every line ends with CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space of a continuation counts towards its 75.
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// The app's address without anything that could break the file's lines.
fn clean_url(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::draft::{CheckIn, NoteState};
    use crate::domain::model::{Channel, Recipient};

    fn check_escape(raw: &str, escaped: &str) {
        assert_eq!(escape(raw), escaped, "{raw:?}");
    }

    #[test]
    fn text_is_escaped_as_rfc_5545_asks() {
        check_escape("Northwind Health", "Northwind Health");
        check_escape("Acme, Inc.", "Acme\\, Inc.");
        check_escape("a;b", "a\\;b");
        check_escape("C:\\path\\", "C:\\\\path\\\\");
        check_escape("one\ntwo", "one\\ntwo");
        check_escape("one\r\ntwo\rthree", "one\\ntwo\\nthree");
        check_escape("tab\tkept", "tab\tkept");
        check_escape("bell\u{7}nul\u{0}del\u{7f}", "bellnuldel");
        check_escape("\\n is not a newline", "\\\\n is not a newline");
        check_escape("Zoë 山田 🙂", "Zoë 山田 🙂");
        check_escape("<script>alert('x')</script>", "<script>alert('x')</script>");
    }

    /// Folds `line` and checks every physical line: CRLF-terminated, at most
    /// 75 octets, continuations start with one space, and unfolding gives
    /// back `line` exactly.
    fn check_fold(line: &str, lines: usize) {
        let mut out = String::new();
        push_line(&mut out, line);
        assert!(out.ends_with("\r\n"));
        let physical: Vec<&str> = out[..out.len() - 2].split("\r\n").collect();
        assert_eq!(physical.len(), lines, "{line:?} folded as {out:?}");
        for (i, piece) in physical.iter().enumerate() {
            assert!(
                piece.len() <= LINE_OCTETS,
                "{piece:?} is {} octets",
                piece.len()
            );
            assert!(!piece.contains(['\r', '\n']));
            assert_eq!(i > 0, piece.starts_with(' '), "{piece:?}");
        }
        assert_eq!(out[..out.len() - 2].replace("\r\n ", ""), line);
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        check_fold("", 1);
        check_fold(&"a".repeat(75), 1);
        check_fold(&"a".repeat(76), 2);
        check_fold(&"a".repeat(75 + 74), 2);
        check_fold(&"a".repeat(75 + 75), 3);
        // Two-, three- and four-octet characters straddling octet 75.
        for width in 0..4 {
            let prefix = "a".repeat(72 + width);
            check_fold(&format!("{prefix}é{}", "b".repeat(10)), 2);
            check_fold(&format!("{prefix}山{}", "b".repeat(10)), 2);
            check_fold(&format!("{prefix}🙂{}", "b".repeat(10)), 2);
        }
        check_fold(&"山".repeat(100), 5);
        check_fold(&"🙂".repeat(60), 4);
    }

    #[test]
    fn the_first_line_keeps_75_octets_and_continuations_74() {
        let mut out = String::new();
        push_line(&mut out, &"x".repeat(200));
        let lengths: Vec<usize> = out.trim_end().split("\r\n").map(str::len).collect();
        assert_eq!(lengths, [75, 75, 52]);
    }

    fn event(people: &[&str], company: &str, job: &str, sent: Option<&str>) -> Reminder {
        Reminder {
            uid: "r-1@kept-in-mind".into(),
            due: Date::parse("2027-01-12").unwrap(),
            people: people.iter().map(|p| p.to_string()).collect(),
            company: company.into(),
            job_title: job.into(),
            sent: sent.and_then(Date::parse),
        }
    }

    fn check_summary(people: &[&str], company: &str, want: &str) {
        assert_eq!(event(people, company, "", None).summary(), want);
    }

    #[test]
    fn the_title_names_who_to_write_to() {
        check_summary(
            &["Priya Shah"],
            "Northwind Health",
            "Check in with Priya Shah at Northwind Health",
        );
        check_summary(
            &["Priya Shah", " Tom  Lee "],
            "Acme",
            "Check in with Priya Shah and Tom Lee at Acme",
        );
        check_summary(
            &["Ana", "", "Ben", "Cleo"],
            "Acme",
            "Check in with Ana, Ben and Cleo at Acme",
        );
        check_summary(&["Priya\nShah"], "", "Check in with Priya Shah");
        check_summary(&[], "Acme", "Check in with Acme");
        check_summary(
            &["[Name]"],
            "[Company]",
            "Check in with the people you thanked",
        );
    }

    #[test]
    fn the_description_says_who_why_and_where_the_note_is() {
        let full = event(
            &["Priya Shah"],
            "Northwind Health",
            "Product Designer",
            Some("2026-12-01"),
        );
        assert_eq!(
            full.description("https://example.com/app/"),
            "Write to Priya Shah at Northwind Health.\n\n\
             You thanked them for the No about the Product Designer role on 1 December 2026. \
             A short check-in with one real update of your own keeps you in mind as plans change there.\n\n\
             Your drafted check-in note is in Kept in Mind, in the browser you used: https://example.com/app/"
        );
        let bare = event(&[], "", "", None);
        assert_eq!(
            bare.description(""),
            "Write to the people you thanked.\n\n\
             You thanked them for the No. \
             A short check-in with one real update of your own keeps you in mind as plans change there.\n\n\
             Your drafted check-in note is in Kept in Mind, in the browser you used."
        );
    }

    fn record() -> Draft {
        let mut record = Draft {
            id: "abc123".into(),
            ..Draft::default()
        };
        record.answers.rejection.company = "Northwind Health".into();
        for (id, name) in [(1, "Priya Shah"), (2, "Tom Lee"), (3, "")] {
            record.answers.recipients.push(Recipient {
                id,
                name: name.into(),
                ..Recipient::default()
            });
        }
        for due in ["2027-01-12", "2027-03-01", "not a date", "2027-06-01"] {
            record.checkins.dates.push(CheckIn {
                due: due.into(),
                done: false,
            });
        }
        record
    }

    fn sent(recipient: u32, on: &str) -> NoteState {
        NoteState {
            recipient,
            channel: Channel::EmailReply,
            variant: 0,
            edit: None,
            sent: Some(on.into()),
        }
    }

    #[test]
    fn a_record_gives_one_reminder_per_open_check_in_with_a_stable_uid() {
        let mut record = record();
        record.checkins.dates[3].done = true;
        let all = reminders(&record);
        let got: Vec<(String, String)> = all
            .iter()
            .map(|r| (r.uid.clone(), r.due.to_string()))
            .collect();
        assert_eq!(
            got,
            [
                ("abc123-1@kept-in-mind".to_owned(), "2027-01-12".to_owned()),
                ("abc123-2@kept-in-mind".to_owned(), "2027-03-01".to_owned()),
            ]
        );
        assert_eq!(reminder(&record, 3).unwrap().uid, "abc123-4@kept-in-mind");
        assert_eq!(reminder(&record, 2), None, "an unreadable date");
        assert_eq!(reminder(&record, 9), None);
    }

    #[test]
    fn reminders_name_the_people_written_to_and_the_first_day_sent() {
        let mut record = record();
        let nobody = reminder(&record, 0).unwrap();
        assert_eq!(nobody.people, ["Priya Shah", "Tom Lee"]);
        assert_eq!(nobody.sent, None);

        record.notes.push(sent(2, "2026-12-03"));
        record.notes.push(sent(2, "2026-12-01"));
        let tom = reminder(&record, 0).unwrap();
        assert_eq!(tom.people, ["Tom Lee"]);
        assert_eq!(tom.sent, Date::parse("2026-12-01"));
    }

    #[test]
    fn every_line_ends_in_crlf_and_no_line_is_too_long() {
        let long = event(
            &["Zoë Ångström-山田", "🙂 Party Team"],
            &"Northwind Health, Inc.; a very long name ".repeat(4),
            "Designer\r\nLead",
            Some("2026-12-01"),
        );
        let file = calendar(&[long.clone(), long], 1_796_161_105_000, "https://x.test/").unwrap();
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        for line in file.split_inclusive('\n') {
            assert!(line.ends_with("\r\n"), "{line:?}");
            let content = &line[..line.len() - 2];
            assert!(!content.contains('\r'), "{line:?}");
            assert!(content.len() <= LINE_OCTETS, "{line:?}");
        }
        assert_eq!(file.matches("BEGIN:VEVENT\r\n").count(), 2);
        assert!(file.contains("\r\nDTSTAMP:20261201T213825Z\r\n"));
        assert!(file.contains("\r\nDTEND;VALUE=DATE:20270113\r\n"));
    }

    #[test]
    fn no_reminders_make_no_file() {
        assert_eq!(calendar(&[], 0, ""), None);
    }

    #[test]
    fn a_url_with_line_breaks_cannot_break_the_file() {
        let file = calendar(
            &[event(&["A"], "B", "", None)],
            0,
            "https://x.test/\r\nBEGIN:VEVENT",
        )
        .unwrap();
        let begins = file.split("\r\n").filter(|l| *l == "BEGIN:VEVENT").count();
        assert_eq!(begins, 1, "{file}");
        assert!(file.contains("\r\nURL:https://x.test/BEGIN:VEVENT\r\n"));
        let none = calendar(&[event(&["A"], "B", "", None)], 0, " ").unwrap();
        assert!(!none.contains("URL:"));
    }

    #[test]
    fn file_names_are_tidy() {
        let due = Date::parse("2027-01-12");
        for (company, due, want) in [
            (
                "Northwind Health",
                due,
                "check-in-northwind-health-2027-01-12.ics",
            ),
            ("Northwind Health", None, "check-ins-northwind-health.ics"),
            ("../../etc/passwd", None, "check-ins-etc-passwd.ics"),
            ("Café Ñu, Inc.", None, "check-ins-café-ñu-inc.ics"),
            ("", due, "check-in-2027-01-12.ics"),
            ("  ", None, "check-ins.ics"),
        ] {
            assert_eq!(file_name(company, due), want, "{company:?}");
        }
        let long = file_name(&"word ".repeat(40), None);
        assert!(long.len() <= 80 && !long.contains("-.ics"), "{long}");
    }
}
