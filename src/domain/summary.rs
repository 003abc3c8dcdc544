//! The "Check your answers" page as data: every answer as a row with the
//! page its "Change" link opens, the skipped optional answers gathered under
//! "Left blank (N)", the button's words and the error summary's lines.
//!
//! Kept here rather than in the view so the grouping, the order of rows and
//! the words are tested without a browser. The sections follow the wizard's
//! chapters and pages (`Page::WIZARD`), and which answers are required is
//! read from `validate`'s table, so neither is written here again.

use std::borrow::Cow;

use super::date::Date;
use super::labels::{Choice, channel_name};
use super::model::{AddressForm, Answers, Arrival, Channel, KeepInMindFor, Recipient, Seniority};
use super::record::{Answer, FromEmail};
use super::route::{Chapter, Page};
use super::text::in_sentence;
use super::validate::{FieldError, Need, need};

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

/// One answer as the check page words it, before it is sorted into its
/// section or under "Left blank".
struct Item<'a> {
    key: &'static str,
    value: Cow<'a, str>,
    change: Page,
    /// The answer a pasted email can fill, if it is one.
    email: Option<Answer>,
}

fn item<'a>(key: &'static str, value: impl Into<Cow<'a, str>>, change: Page) -> Item<'a> {
    Item {
        key,
        value: value.into(),
        change,
        email: None,
    }
}

impl Item<'_> {
    /// Marks the row as the answer `answer`, which a pasted email can fill.
    fn filled_as(mut self, answer: Answer) -> Self {
        self.email = Some(answer);
        self
    }

    /// The pasted email filled this answer in (`person`: whose it is), and
    /// it is not blank. It stays found when the user changes it: they have
    /// seen it and answered it (see `flow.rs`).
    fn found(&self, from_email: &FromEmail, person: Option<u32>) -> bool {
        !self.value.trim().is_empty()
            && self
                .email
                .is_some_and(|answer| from_email.value_for(answer, person).is_some())
    }
}

/// The sections gathered so far, and the optional answers left blank.
#[derive(Default)]
struct Summary<'a> {
    /// Set for "Here’s what we found": only the answers its email filled in.
    found: Option<&'a FromEmail>,
    sections: Vec<Section>,
    blank: Vec<Row>,
}

impl Summary<'_> {
    /// Adds a section of rows, setting aside the optional ones left blank;
    /// those are named with the person they are about, if any, once they
    /// stand apart from the section.
    fn section(&mut self, title: &str, person: Option<&Recipient>, items: Vec<Item>) {
        let whose = person.map_or("", |p| p.name.trim());
        let mut kept = Vec::new();
        for item in items {
            if let Some(from_email) = self.found
                && !item.found(from_email, person.map(|p| p.id))
            {
                continue;
            }
            let Item { key, change, .. } = item;
            let value = item.value.trim();
            if value.is_empty() && need(change, key) == Need::Optional {
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

/// Every answer, grouped as the wizard asked for it (a section per chapter,
/// one per person in "Who you’re writing to"), then the optional answers
/// left blank under "Left blank (N)".
///
/// ```
/// use kept_in_mind::domain::{model::Answers, summary::sections};
/// let all = sections(&Answers::default());
/// assert!(all.last().unwrap().title.starts_with("Left blank ("));
/// ```
pub fn sections(answers: &Answers) -> Vec<Section> {
    gather(answers, None)
}

/// "Here’s what we found": the answers a pasted email filled in, as they
/// stand now, in the check page's sections and words.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, email_reader::{prefill::apply, read}, summary::found};
/// let mut draft = Draft::default();
/// apply(&read("Dear Alex,\nThanks for applying for the Analyst role at Acme."), &mut draft);
/// let rows = &found(&draft.answers, &draft.from_email)[0].rows;
/// assert_eq!((rows[0].key.as_str(), rows[0].value.as_str()), ("Company", "Acme"));
/// ```
pub fn found(answers: &Answers, from_email: &FromEmail) -> Vec<Section> {
    gather(answers, Some(from_email))
}

/// The sections in the wizard's order: one per chapter, one per person in
/// "Who you’re writing to", then "Left blank (N)"; with `found`, only the
/// answers its email filled in.
fn gather(answers: &Answers, found: Option<&FromEmail>) -> Vec<Section> {
    let mut summary = Summary {
        found,
        ..Summary::default()
    };
    for chapter in Chapter::ALL {
        match chapter {
            Chapter::Who => {
                for person in &answers.recipients {
                    let name = person.name.trim();
                    let title = if name.is_empty() { "A person" } else { name };
                    summary.section(title, Some(person), person_items(person));
                }
            }
            Chapter::Check => {}
            chapter => {
                // A plain loop: a `flat_map` here costs 3 KB of WebAssembly.
                let mut items = Vec::new();
                for page in Page::WIZARD {
                    if page.chapter() == Some(chapter) {
                        items.extend(page_items(page, answers));
                    }
                }
                summary.section(chapter.name(), None, items);
            }
        }
    }
    let Summary {
        mut sections,
        blank,
        ..
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

/// Whether a pasted email gave what `page` requires: it requires something,
/// and each required answer was found in the email or is a preset. The fast
/// path (`flow.rs`) reads it to tell which pages the email answered.
pub fn email_answers(page: Page, answers: &Answers, from_email: &FromEmail) -> bool {
    let (items, person) = match page {
        Page::Person(id) => match answers.recipients.iter().find(|r| r.id == id) {
            Some(person) => (person_items(person), Some(id)),
            None => return false,
        },
        page => (page_items(page, answers), None),
    };
    let mut requires = false;
    for item in items.iter().filter(|item| item.change == page) {
        match need(page, item.key) {
            Need::Optional => {}
            Need::Required if !item.found(from_email, person) => return false,
            Need::Required | Need::Preset => requires = true,
        }
    }
    requires
}

/// A person's rows: their own page's answers, and what stood out with them.
fn person_items(person: &Recipient) -> Vec<Item<'_>> {
    let greeting = match person.address {
        AddressForm::FirstName => person.address.label().to_owned(),
        AddressForm::TitleAndSurname => {
            format!("{} ({})", person.address.label(), person.honorific.trim())
        }
    };
    let page = Page::Person(person.id);
    vec![
        item("Their name", person.name.trim(), page).filled_as(Answer::Name),
        item("How to greet them", greeting, page),
        item("Their job title", &person.job_title, page).filled_as(Answer::TheirTitle),
        item(
            "Their part",
            person.relationship.map_or("", Choice::label),
            page,
        )
        .filled_as(Answer::Relationship),
        item("Their email address", &person.email, page).filled_as(Answer::Email),
        item(
            "Something specific you talked about",
            &person.detail,
            Page::StoodOut,
        ),
    ]
}

/// The rows of the answers asked on `page` (the people's are by person).
fn page_items(page: Page, answers: &Answers) -> Vec<Item<'_>> {
    let no = &answers.rejection;
    let sender = &answers.sender;
    let ask = &answers.ask;
    let style = &answers.style;
    match page {
        Page::Job => vec![
            item("Company", &no.company, page).filled_as(Answer::Company),
            item("Job title", &no.job_title, page).filled_as(Answer::JobTitle),
        ],
        Page::Stage => vec![
            item("How far you got", no.stage.map_or("", Choice::label), page)
                .filled_as(Answer::Stage),
        ],
        Page::Arrival => vec![
            item(
                "How the No arrived",
                no.arrival.map_or("", Choice::label),
                page,
            )
            .filled_as(Answer::Arrival),
        ],
        Page::Details => {
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
            let mut items = vec![
                item("They said they would keep you in mind", said, page)
                    .filled_as(Answer::SaidKeep),
                item("Date of the No", date, page).filled_as(Answer::Date),
            ];
            // A call has no subject line: the question is not asked, so not shown.
            if no.arrival != Some(Arrival::PhoneCall) {
                items.push(
                    item("Subject of their email", &no.original_subject, page)
                        .filled_as(Answer::Subject),
                );
            }
            items
        }
        Page::StoodOut => vec![item(
            "What you admire about the company",
            &sender.admire,
            page,
        )],
        Page::AboutYou => {
            let strengths = sender.strengths_text();
            vec![
                item("Your name", &sender.name, page).filled_as(Answer::YourName),
                item("Phone or LinkedIn address", &sender.contact, page),
                item(
                    "Level of the role",
                    sender.seniority.map_or("", Choice::label),
                    page,
                ),
                item("Strengths to mention", strengths, page),
            ]
        }
        Page::KeepInMind => {
            let keep_for = match (ask.keep_in_mind_for, ask.related_role.trim()) {
                (Some(KeepInMindFor::RelatedRoles), role) if !role.is_empty() => {
                    format!("Related roles: {role}").into()
                }
                (choice, _) => Cow::Borrowed(choice.map_or("", Choice::label)),
            };
            vec![item("Keep you in mind for", keep_for, page)]
        }
        Page::Extras => {
            let mut asks = Vec::new();
            if ask.feedback {
                asks.push("Ask for feedback".to_owned());
            }
            if ask.linkedin {
                asks.push("Connect on LinkedIn".to_owned());
            }
            if ask.wish_hire_well {
                asks.push("Wish the person hired well".to_owned());
            }
            if ask.offer_help && sender.seniority.is_some_and(Seniority::is_senior) {
                asks.push(if ask.help_offer.trim().is_empty() {
                    "Offer to help".to_owned()
                } else {
                    format!("Offer to help: {}", ask.help_offer.trim())
                });
            }
            vec![item("Also", asks.join("\n"), page)]
        }
        Page::Style => {
            let channels = style
                .channels
                .iter()
                .map(|&c| channel_name(c))
                .collect::<Vec<_>>()
                .join("\n");
            let mut items = vec![
                item("Tone", style.tone.unwrap_or_default().label(), page),
                item("Length", style.length.unwrap_or_default().label(), page),
                item("Send it as", channels, page),
            ];
            // Once anyone has a choice of their own, each person's notes are
            // listed, so the row above is not taken for everyone's.
            if answers.recipients.iter().any(|r| r.channels.is_some()) {
                items.push(item(
                    "Each person’s notes",
                    each_persons_notes(answers),
                    page,
                ));
            }
            // Premium only changes the invitation's limit, so it is asked (and
            // shown) only when an invitation is to be written.
            if style.channels.contains(&Channel::LinkedInInvite) {
                let premium = if style.linkedin_premium { "Yes" } else { "No" };
                items.push(item("LinkedIn Premium", premium, page));
            }
            items
        }
        Page::Home | Page::Found | Page::People | Page::Person(_) | Page::Check | Page::Notes => {
            Vec::new()
        }
    }
}

/// "Jen Torres: Email reply, Handwritten card", a line per person: the
/// notes each gets ([`Answers::channels_for`]).
///
/// ```
/// use kept_in_mind::domain::{model::{Answers, Channel, Recipient}, summary::each_persons_notes};
/// let mut answers = Answers::default();
/// answers.recipients.push(Recipient { id: 1, name: "Jen Torres".into(), ..Recipient::default() });
/// answers.recipients.push(Recipient { id: 2, channels: Some(vec![Channel::Card]), ..Recipient::default() });
/// assert_eq!(each_persons_notes(&answers), "Jen Torres: Email reply\nA person: Handwritten card");
/// ```
pub fn each_persons_notes(answers: &Answers) -> String {
    let mut lines = Vec::new();
    for person in &answers.recipients {
        let name = person.name.trim();
        let name = if name.is_empty() { "A person" } else { name };
        lines.push(format!("{name}: {}", persons_notes(answers, person)));
    }
    lines.join("\n")
}

/// The notes `person` gets, "Email reply, Handwritten card", or "Not
/// answered yet": the style page's line for them and the check page's.
pub fn persons_notes(answers: &Answers, person: &Recipient) -> String {
    let notes: Vec<&str> = answers
        .channels_for(person)
        .into_iter()
        .map(channel_name)
        .collect();
    if notes.is_empty() {
        NOT_ANSWERED.to_owned()
    } else {
        notes.join(", ")
    }
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
/// count is [`Draft::note_count`](crate::domain::draft::Draft::note_count)), "Write my note" for one.
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
    let whose = |r: &&Recipient| match page {
        Page::Person(id) => r.id == id,
        // A person's own boxes on the style page are theirs by id.
        Page::Style => error.field.starts_with(&format!("channel-{}-", r.id)),
        _ => false,
    };
    let name = answers
        .recipients
        .iter()
        .find(whose)
        .map_or("", |r| r.name.trim());
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
    use crate::domain::validate::{ASKED, PERSON, all_errors};

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

    /// Every required answer in `validate`'s tables has its row here, on
    /// the page that asks it, so a row renamed on one side cannot quietly
    /// become optional on the other.
    #[test]
    fn every_required_answer_has_its_row() {
        let answers = Answers {
            recipients: vec![Recipient {
                id: 3,
                ..Recipient::default()
            }],
            ..Answers::default()
        };
        let rows: Vec<(String, Page)> = sections(&answers)
            .into_iter()
            .flat_map(|s| s.rows)
            .map(|r| (r.key, r.change))
            .collect();
        let required = ASKED
            .iter()
            .map(|(page, asked)| (*page, &asked.required))
            .chain(
                PERSON
                    .iter()
                    .map(|asked| (Page::Person(3), &asked.required)),
            );
        for (page, required) in required {
            if let Some(r) = required {
                assert!(
                    rows.contains(&(r.key.to_owned(), page)),
                    "{} on {page:?}",
                    r.key
                );
            }
        }
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

    /// Each person's notes are listed once anyone has a choice of their own.
    #[test]
    fn each_persons_notes_show_once_one_is_their_own() {
        let mut answers = Answers::default();
        answers.rejection.arrival = Some(Arrival::HiringManagerEmail);
        for (id, name) in [(1, "Jen Torres"), (2, "Sam Lee")] {
            answers.recipients.push(Recipient {
                id,
                name: name.into(),
                relationship: Some(Relationship::HiringManager),
                email: "sam@example.com".into(),
                ..Recipient::default()
            });
        }
        let has_row = |a: &Answers| {
            sections(a)
                .iter()
                .flat_map(|s| &s.rows)
                .any(|r| r.key == "Each person’s notes")
        };
        assert!(!has_row(&answers));
        answers.recipients[1].channels = Some(vec![Channel::Card]);
        assert!(has_row(&answers));
        assert_eq!(
            value(&sections(&answers), "Each person’s notes"),
            "Jen Torres: Email reply\nSam Lee: Handwritten card"
        );
        answers.recipients[1].channels = Some(Vec::new());
        assert_eq!(
            value(&sections(&answers), "Each person’s notes"),
            "Jen Torres: Email reply\nSam Lee: Not answered yet"
        );
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
                    channels: Some(Vec::new()),
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
            "Priya Shah: Select at least one way to send your note to each person",
        ] {
            assert!(lines.iter().any(|l| l == want), "{want:?} in {lines:#?}");
        }
    }
}
