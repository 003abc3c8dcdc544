//! The "Check your answers" page as data: every answer as a row with the
//! page its "Change" link opens, the skipped optional answers gathered under
//! "Left blank (N)", the button's words and the error summary's lines.
//!
//! Kept here rather than in the view so the grouping, the order of rows and
//! the words are tested without a browser.

use super::date::Date;
use super::labels::{Choice, channel_name};
use super::model::{AddressForm, Answers, Arrival, Channel, KeepInMindFor, Seniority};
use super::route::Page;
use super::text::in_sentence;
use super::validate::FieldError;

/// What a required answer that is still missing reads as (it is in the
/// error summary too).
pub const NOT_ANSWERED: &str = "Not answered yet";

/// One row of the summary list; a row under "Left blank" has no value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub key: String,
    pub value: String,
    /// The page "Change" opens.
    pub change: Page,
}

/// A titled group of rows ("The No", "Priya Shah", "Left blank (3)", …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    /// The person the section is about, for its "Change" links; empty otherwise.
    pub whose: String,
    pub rows: Vec<Row>,
}

/// Whether a blank answer stops the notes or is simply left out of them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    Required,
    Optional,
}
use Need::{Optional, Required};

/// The sections gathered so far, and the optional answers left blank.
#[derive(Default)]
struct Summary {
    sections: Vec<Section>,
    blank: Vec<Row>,
}

impl Summary {
    /// Adds a section of `(key, value, change, need)` rows, setting aside
    /// the optional ones left blank; those are named with `whose` (the
    /// person they are about) once they stand apart from the section.
    fn section(&mut self, title: &str, whose: &str, rows: &[(&str, &str, Page, Need)]) {
        let mut kept = Vec::new();
        for &(key, value, change, need) in rows {
            let value = value.trim();
            if value.is_empty() && need == Optional {
                let key = if whose.is_empty() {
                    key.to_owned()
                } else {
                    format!("{key} ({whose})")
                };
                self.blank.push(Row {
                    key,
                    value: String::new(),
                    change,
                });
            } else {
                kept.push(Row {
                    key: key.into(),
                    value: if value.is_empty() {
                        NOT_ANSWERED
                    } else {
                        value
                    }
                    .into(),
                    change,
                });
            }
        }
        if !kept.is_empty() {
            self.sections.push(Section {
                title: title.into(),
                whose: whose.into(),
                rows: kept,
            });
        }
    }
}

/// Every answer, grouped as the wizard asked for it, then the optional
/// answers left blank under "Left blank (N)".
///
/// ```
/// use kept_in_mind::domain::{model::Answers, summary::sections};
/// let all = sections(&Answers::default());
/// assert!(all.last().unwrap().title.starts_with("Left blank ("));
/// ```
pub fn sections(answers: &Answers) -> Vec<Section> {
    let mut summary = Summary::default();
    let no = &answers.rejection;
    let said = match no.said_keep_in_mind {
        Some(true) => "Yes",
        Some(false) => "No",
        None => "",
    };
    // As people write a date, whether it was stored real or box by box.
    let date = match Date::parse(&no.date) {
        Some(date) => date.long(),
        None => no.date.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    let mut rows = vec![
        ("Company", no.company.as_str(), Page::Job, Required),
        ("Job title", &no.job_title, Page::Job, Required),
        (
            "How far you got",
            no.stage.map_or("", Choice::label),
            Page::Stage,
            Required,
        ),
        (
            "How the No arrived",
            no.arrival.map_or("", Choice::label),
            Page::Arrival,
            Required,
        ),
        (
            "They said they would keep you in mind",
            said,
            Page::Details,
            Required,
        ),
        ("Date of the No", &date, Page::Details, Optional),
    ];
    // A call has no subject line: the question is not asked, so not shown.
    if no.arrival != Some(Arrival::PhoneCall) {
        rows.push((
            "Subject of their email",
            &no.original_subject,
            Page::Details,
            Optional,
        ));
    }
    summary.section("The No", "", &rows);

    for person in &answers.recipients {
        let greeting = match person.address {
            AddressForm::FirstName => person.address.label().to_owned(),
            AddressForm::TitleAndSurname => {
                format!("{} ({})", person.address.label(), person.honorific.trim())
            }
        };
        let name = person.name.trim();
        let page = Page::Person(person.id);
        summary.section(
            if name.is_empty() { "A person" } else { name },
            name,
            &[
                ("Their name", name, page, Required),
                ("How to greet them", &greeting, page, Required),
                ("Their job title", &person.job_title, page, Optional),
                (
                    "Their part",
                    person.relationship.map_or("", Choice::label),
                    page,
                    Required,
                ),
                ("Their email address", &person.email, page, Optional),
                (
                    "Something specific you talked about",
                    &person.detail,
                    Page::StoodOut,
                    Optional,
                ),
            ],
        );
    }

    let sender = &answers.sender;
    let ask = &answers.ask;
    let strengths = sender.strengths_text();
    let mut asks = Vec::new();
    if ask.feedback {
        asks.push("Ask for feedback");
    }
    if ask.linkedin {
        asks.push("Connect on LinkedIn");
    }
    if ask.wish_hire_well {
        asks.push("Wish the person hired well");
    }
    let offers_help = ask.offer_help && sender.seniority.is_some_and(Seniority::is_senior);
    let help = if ask.help_offer.trim().is_empty() {
        "Offer to help".to_owned()
    } else {
        format!("Offer to help: {}", ask.help_offer.trim())
    };
    if offers_help {
        asks.push(&help);
    }
    let asks = asks.join("\n");
    let keep_for = match (ask.keep_in_mind_for, ask.related_role.trim()) {
        (Some(KeepInMindFor::RelatedRoles), role) if !role.is_empty() => {
            format!("Related roles: {role}")
        }
        (choice, _) => choice.map_or("", Choice::label).to_owned(),
    };
    let style = &answers.style;
    let channels = style
        .channels
        .iter()
        .map(|&c| channel_name(c))
        .collect::<Vec<_>>()
        .join("\n");

    summary.section(
        "What stood out",
        "",
        &[(
            "What you admire about the company",
            &sender.admire,
            Page::StoodOut,
            Optional,
        )],
    );
    let mut rows = vec![
        ("Your name", sender.name.as_str(), Page::AboutYou, Required),
        (
            "Phone or LinkedIn address",
            &sender.contact,
            Page::AboutYou,
            Optional,
        ),
        (
            "Level of the role",
            sender.seniority.map_or("", Choice::label),
            Page::AboutYou,
            Required,
        ),
        ("Strengths to mention", &strengths, Page::AboutYou, Optional),
        (
            "Keep you in mind for",
            &keep_for,
            Page::KeepInMind,
            Required,
        ),
        ("Also", &asks, Page::Extras, Optional),
        (
            "Tone",
            style.tone.unwrap_or_default().label(),
            Page::Style,
            Required,
        ),
        (
            "Length",
            style.length.unwrap_or_default().label(),
            Page::Style,
            Required,
        ),
        ("Send it as", &channels, Page::Style, Required),
    ];
    // Premium only changes the invitation's limit, so it is asked (and
    // shown) only when an invitation is to be written.
    if style.channels.contains(&Channel::LinkedInInvite) {
        let premium = if style.linkedin_premium { "Yes" } else { "No" };
        rows.push(("LinkedIn Premium", premium, Page::Style, Required));
    }
    summary.section("You and your ask", "", &rows);

    let Summary {
        mut sections,
        blank,
    } = summary;
    if !blank.is_empty() {
        sections.push(Section {
            title: format!("Left blank ({})", blank.len()),
            whose: String::new(),
            rows: blank,
        });
    }
    sections
}

/// What a "Change" link says after "Change", visually hidden: the answer
/// and, on a person's rows, whose it is, so that two people's links never
/// read the same ("Change Priya Shah’s name", not "Change their name" twice).
///
/// ```
/// use kept_in_mind::domain::summary::change_words;
/// assert_eq!(change_words("Their name", "Priya Shah"), "Priya Shah’s name");
/// assert_eq!(change_words("Their name", ""), "their name");
/// ```
pub fn change_words(key: &str, whose: &str) -> String {
    let key = in_sentence(key);
    if whose.is_empty() {
        key
    } else if let Some(rest) = key.strip_prefix("their ") {
        format!("{whose}’s {rest}")
    } else if let Some(rest) = key.strip_suffix(" them") {
        format!("{rest} {whose}")
    } else {
        format!("{key} with {whose}")
    }
}

/// The check page's button, saying what it does: "Write my 5 notes" (the
/// count is [`Answers::note_count`]), "Write my note" for one.
///
/// ```
/// use kept_in_mind::domain::summary::write_button;
/// assert_eq!(write_button(5), "Write my 5 notes");
/// assert_eq!(write_button(1), "Write my note");
/// ```
pub fn write_button(notes: usize) -> String {
    match notes {
        0 => "Write my notes".into(),
        1 => "Write my note".into(),
        n => format!("Write my {n} notes"),
    }
}

/// One line of the check page's error summary: a person's own errors
/// ("Enter their name") say whose they are once there may be several.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, route::Page, summary::error_line, validate::FieldError};
/// let mut draft = Draft::default();
/// let id = draft.add_person();
/// draft.person_mut(id).unwrap().name = "Priya Shah".into();
/// let error = FieldError { field: "relationship".into(), message: "Select their part in the process" };
/// assert_eq!(error_line(&draft.answers, Page::Person(id), &error), "Priya Shah: Select their part in the process");
/// assert_eq!(error_line(&draft.answers, Page::Job, &error), "Select their part in the process");
/// ```
pub fn error_line(answers: &Answers, page: Page, error: &FieldError) -> String {
    let name = match page {
        Page::Person(id) => answers
            .recipients
            .iter()
            .find(|r| r.id == id)
            .map_or("", |r| r.name.trim()),
        _ => "",
    };
    if name.is_empty() {
        error.message.into()
    } else {
        format!("{name}: {}", error.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Channel, Recipient, Relationship, Stage};
    use crate::domain::validate::all_errors;

    #[test]
    fn a_persons_change_links_name_the_person() {
        let mut answers = Answers::default();
        for name in ["Priya Shah", "Tomás Álvarez"] {
            answers.recipients.push(Recipient {
                id: answers.recipients.len() as u32 + 1,
                name: name.into(),
                ..Recipient::default()
            });
        }
        let words: Vec<String> = sections(&answers)
            .iter()
            .filter(|s| !s.whose.is_empty())
            .flat_map(|s| s.rows.iter().map(|r| change_words(&r.key, &s.whose)))
            .collect();
        assert_eq!(
            words,
            [
                "Priya Shah’s name",
                "how to greet Priya Shah",
                "Priya Shah’s part",
                "Tomás Álvarez’s name",
                "how to greet Tomás Álvarez",
                "Tomás Álvarez’s part",
            ]
        );
        assert_eq!(
            change_words("Something specific you talked about", "Priya Shah"),
            "something specific you talked about with Priya Shah"
        );
        assert_eq!(
            change_words("Phone or LinkedIn address", ""),
            "phone or LinkedIn address"
        );
    }

    fn value(sections: &[Section], key: &str) -> String {
        sections
            .iter()
            .flat_map(|s| &s.rows)
            .find(|r| r.key == key)
            .map(|r| r.value.clone())
            .unwrap_or_else(|| panic!("no row {key}"))
    }

    /// A date reads as people write it, stored real or still box by box.
    #[test]
    fn the_date_of_the_no_reads_as_written() {
        for (stored, shown) in [
            ("2026-11-30", "30 November 2026"),
            ("30\n11\n2026", "30 November 2026"),
            ("27\n3\n", "27 3"),
        ] {
            let mut answers = Answers::default();
            answers.rejection.date = stored.into();
            assert_eq!(
                value(&sections(&answers), "Date of the No"),
                shown,
                "{stored:?}"
            );
        }
    }

    /// The titles of the sections, each with its rows' keys.
    fn layout(answers: &Answers) -> Vec<(String, Vec<String>)> {
        sections(answers)
            .into_iter()
            .map(|s| (s.title, s.rows.into_iter().map(|r| r.key).collect()))
            .collect()
    }

    #[test]
    fn given_answers_read_as_typed_and_missing_required_ones_say_so() {
        let mut answers = Answers::default();
        answers.rejection.company = " Acme ".into();
        answers.rejection.stage = Some(Stage::RunnerUp);
        answers.recipients.push(Recipient {
            id: 4,
            name: "Priya Shah".into(),
            ..Recipient::default()
        });
        answers.style.channels = vec![Channel::EmailReply, Channel::Card];
        let all = sections(&answers);
        assert_eq!(value(&all, "Company"), "Acme");
        assert_eq!(value(&all, "Job title"), NOT_ANSWERED);
        assert_eq!(
            value(&all, "How far you got"),
            "The final round, and they told me it was close"
        );
        assert_eq!(value(&all, "Their part"), NOT_ANSWERED);
        assert_eq!(value(&all, "Send it as"), "Email reply\nHandwritten card");
        assert_eq!(all[1].title, "Priya Shah");
        assert_eq!(all[1].rows[0].change, Page::Person(4));
    }

    /// Optional answers left blank leave their sections and stand together
    /// under "Left blank (N)", a person's named, each still with its page.
    #[test]
    fn skipped_optional_answers_are_grouped_under_left_blank() {
        fn check(answers: &Answers, want: &[(&str, &[&str])]) {
            let want: Vec<(String, Vec<String>)> = want
                .iter()
                .map(|(title, keys)| {
                    (
                        title.to_string(),
                        keys.iter().map(|k| k.to_string()).collect(),
                    )
                })
                .collect();
            assert_eq!(layout(answers), want);
            let blank = sections(answers)
                .into_iter()
                .filter(|s| s.title.starts_with("Left blank"))
                .flat_map(|s| s.rows);
            for row in blank {
                assert_eq!(row.value, "", "{}", row.key);
            }
        }
        const ASK: [&str; 6] = [
            "Your name",
            "Level of the role",
            "Keep you in mind for",
            "Tone",
            "Length",
            "Send it as",
        ];
        let mut answers = Answers::default();
        let the_no: [&str; 5] = [
            "Company",
            "Job title",
            "How far you got",
            "How the No arrived",
            "They said they would keep you in mind",
        ];
        check(
            &answers,
            &[
                ("The No", &the_no),
                ("You and your ask", &ASK),
                (
                    "Left blank (6)",
                    &[
                        "Date of the No",
                        "Subject of their email",
                        "What you admire about the company",
                        "Phone or LinkedIn address",
                        "Strengths to mention",
                        "Also",
                    ],
                ),
            ],
        );
        answers.rejection.date = "2026-11-30".into();
        answers.rejection.original_subject = "Your application".into();
        answers.sender.admire = "the open roadmap".into();
        answers.sender.strengths[1] = "hiring well".into();
        answers.ask.feedback = true;
        answers.recipients = vec![
            Recipient {
                id: 1,
                name: " Priya Shah ".into(),
                relationship: Some(Relationship::HiringManager),
                job_title: "Head of Design".into(),
                ..Recipient::default()
            },
            Recipient {
                id: 2,
                relationship: Some(Relationship::Panel),
                detail: "the depot plan".into(),
                ..Recipient::default()
            },
        ];
        check(
            &answers,
            &[
                (
                    "The No",
                    &[
                        "Company",
                        "Job title",
                        "How far you got",
                        "How the No arrived",
                        "They said they would keep you in mind",
                        "Date of the No",
                        "Subject of their email",
                    ],
                ),
                (
                    "Priya Shah",
                    &[
                        "Their name",
                        "How to greet them",
                        "Their job title",
                        "Their part",
                    ],
                ),
                (
                    "A person",
                    &[
                        "Their name",
                        "How to greet them",
                        "Their part",
                        "Something specific you talked about",
                    ],
                ),
                ("What stood out", &["What you admire about the company"]),
                (
                    "You and your ask",
                    &[
                        "Your name",
                        "Level of the role",
                        "Strengths to mention",
                        "Keep you in mind for",
                        "Also",
                        "Tone",
                        "Length",
                        "Send it as",
                    ],
                ),
                (
                    "Left blank (5)",
                    &[
                        "Their email address (Priya Shah)",
                        "Something specific you talked about (Priya Shah)",
                        "Their job title",
                        "Their email address",
                        "Phone or LinkedIn address",
                    ],
                ),
            ],
        );
        let all = sections(&answers);
        let blank = &all.last().unwrap().rows;
        assert_eq!(blank[0].change, Page::Person(1));
        assert_eq!(blank[1].change, Page::StoodOut);
    }

    #[test]
    fn a_call_has_no_subject_row() {
        let mut answers = Answers::default();
        let has_subject = |answers: &Answers| {
            sections(answers)
                .iter()
                .flat_map(|s| &s.rows)
                .any(|r| r.key == "Subject of their email")
        };
        assert!(has_subject(&answers));
        answers.rejection.arrival = Some(Arrival::PhoneCall);
        assert!(!has_subject(&answers));
    }

    #[test]
    fn help_is_offered_only_at_senior_levels() {
        let mut answers = Answers::default();
        answers.ask.offer_help = true;
        answers.ask.help_offer = "an introduction".into();
        answers.sender.seniority = Some(Seniority::Mid);
        assert_eq!(value(&sections(&answers), "Also"), "");
        answers.sender.seniority = Some(Seniority::Executive);
        assert_eq!(
            value(&sections(&answers), "Also"),
            "Offer to help: an introduction"
        );
    }

    #[test]
    fn premium_is_shown_only_with_an_invitation() {
        let mut answers = Answers::default();
        let keys = |answers: &Answers| -> Vec<String> {
            sections(answers)
                .into_iter()
                .flat_map(|s| s.rows)
                .map(|r| r.key)
                .collect()
        };
        answers.style.channels = vec![Channel::EmailReply, Channel::LinkedInMessage];
        assert!(!keys(&answers).contains(&"LinkedIn Premium".to_string()));
        answers.style.channels.push(Channel::LinkedInInvite);
        assert!(keys(&answers).contains(&"LinkedIn Premium".to_string()));
        assert_eq!(value(&sections(&answers), "LinkedIn Premium"), "No");
    }

    #[test]
    fn the_button_says_how_many_notes_it_writes() {
        for (notes, label) in [
            (0, "Write my notes"),
            (1, "Write my note"),
            (2, "Write my 2 notes"),
            (9, "Write my 9 notes"),
        ] {
            assert_eq!(write_button(notes), label);
        }
    }

    /// A person's own errors name the person; the others read as they are.
    #[test]
    fn error_lines_say_whose_they_are() {
        let answers = Answers {
            recipients: vec![
                Recipient {
                    id: 1,
                    name: "Priya Shah ".into(),
                    ..Recipient::default()
                },
                Recipient {
                    id: 2,
                    relationship: Some(Relationship::Panel),
                    ..Recipient::default()
                },
            ],
            ..Answers::default()
        };
        let lines: Vec<String> = all_errors(&answers)
            .iter()
            .map(|(page, error)| error_line(&answers, *page, error))
            .collect();
        for want in [
            "Enter the company’s name",
            "Priya Shah: Select their part in the process",
            "Enter their name",
        ] {
            assert!(lines.iter().any(|l| l == want), "{want:?} in {lines:#?}");
        }
    }
}
