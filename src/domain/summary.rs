//! The "Check your answers" page as data: every answer as a row with the
//! page its "Change" link opens.
//!
//! Kept here rather than in the view so the wording of skipped answers
//! ("Not provided") and the order of rows are tested without a browser.

use super::labels::{Choice, channel_name};
use super::model::{AddressForm, Answers, Arrival, Channel, KeepInMindFor, Seniority};
use super::route::Page;

/// What a skipped optional answer reads as.
pub const NOT_PROVIDED: &str = "Not provided";

/// One row of the summary list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub key: String,
    pub value: String,
    /// The page "Change" opens.
    pub change: Page,
}

/// A titled group of rows ("The No", "Priya Shah", …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
}

/// Every answer, grouped as the wizard asked for it.
///
/// ```
/// use kept_in_mind::domain::{model::Answers, summary::{sections, NOT_PROVIDED}};
/// let all = sections(&Answers::default());
/// assert_eq!(all[0].rows[0].value, NOT_PROVIDED);
/// ```
pub fn sections(answers: &Answers) -> Vec<Section> {
    let no = &answers.rejection;
    let mut out = vec![Section {
        title: "The No".into(),
        rows: vec![
            row("Company", &no.company, Page::Job),
            row("Job title", &no.job_title, Page::Job),
            row(
                "How far you got",
                no.stage.map_or("", Choice::label),
                Page::Stage,
            ),
            row(
                "How the No arrived",
                no.arrival.map_or("", Choice::label),
                Page::Arrival,
            ),
            row(
                "They said they would keep you in mind",
                match no.said_keep_in_mind {
                    Some(true) => "Yes",
                    Some(false) => "No",
                    None => "",
                },
                Page::Details,
            ),
            row("Date of the No", &no.date, Page::Details),
        ],
    }];
    // A call has no subject line: the question is not asked, so not shown.
    if no.arrival != Some(Arrival::PhoneCall) {
        out[0].rows.push(row(
            "Subject of their email",
            &no.original_subject,
            Page::Details,
        ));
    }

    for person in &answers.recipients {
        let greeting = match person.address {
            AddressForm::FirstName => person.address.label().to_owned(),
            AddressForm::TitleAndSurname => {
                format!("{} ({})", person.address.label(), person.honorific.trim())
            }
        };
        out.push(Section {
            title: if person.name.trim().is_empty() {
                "A person".into()
            } else {
                person.name.trim().into()
            },
            rows: vec![
                row("Their name", &person.name, Page::Person(person.id)),
                row("How to greet them", &greeting, Page::Person(person.id)),
                row(
                    "Their job title",
                    &person.job_title,
                    Page::Person(person.id),
                ),
                row(
                    "Their part",
                    person.relationship.map_or("", Choice::label),
                    Page::Person(person.id),
                ),
                row(
                    "Their email address",
                    &person.email,
                    Page::Person(person.id),
                ),
                row(
                    "Something specific you talked about",
                    &person.detail,
                    Page::StoodOut,
                ),
            ],
        });
    }

    let sender = &answers.sender;
    let ask = &answers.ask;
    let strengths: Vec<&str> = sender
        .strengths
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
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
    let keep_for = match (ask.keep_in_mind_for, ask.related_role.trim()) {
        (Some(KeepInMindFor::RelatedRoles), role) if !role.is_empty() => {
            format!("Related roles: {role}")
        }
        (choice, _) => choice.map_or("", Choice::label).to_owned(),
    };
    let style = &answers.style;
    let channels: Vec<&str> = style.channels.iter().map(|&c| channel_name(c)).collect();

    out.push(Section {
        title: "What stood out".into(),
        rows: vec![row(
            "What you admire about the company",
            &sender.admire,
            Page::StoodOut,
        )],
    });
    let mut ask = Section {
        title: "You and your ask".into(),
        rows: vec![
            row("Your name", &sender.name, Page::AboutYou),
            row("Phone or LinkedIn address", &sender.contact, Page::AboutYou),
            row(
                "Level of the role",
                sender.seniority.map_or("", Choice::label),
                Page::AboutYou,
            ),
            row(
                "Strengths to mention",
                &strengths.join("\n"),
                Page::AboutYou,
            ),
            row("Keep you in mind for", &keep_for, Page::KeepInMind),
            row("Also", &asks.join("\n"), Page::Extras),
            row("Tone", style.tone.unwrap_or_default().label(), Page::Style),
            row(
                "Length",
                style.length.unwrap_or_default().label(),
                Page::Style,
            ),
            row("Send it as", &channels.join("\n"), Page::Style),
        ],
    };
    // Premium only changes the invitation's limit, so it is asked (and
    // shown) only when an invitation is to be written.
    if style.channels.contains(&Channel::LinkedInInvite) {
        ask.rows.push(row(
            "LinkedIn Premium",
            if style.linkedin_premium { "Yes" } else { "No" },
            Page::Style,
        ));
    }
    out.push(ask);
    out
}

fn row(key: &str, value: &str, change: Page) -> Row {
    let value = value.trim();
    Row {
        key: key.into(),
        value: if value.is_empty() {
            NOT_PROVIDED.into()
        } else {
            value.into()
        },
        change,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Channel, Recipient, Stage};

    fn value(sections: &[Section], key: &str) -> String {
        sections
            .iter()
            .flat_map(|s| &s.rows)
            .find(|r| r.key == key)
            .map(|r| r.value.clone())
            .unwrap()
    }

    #[test]
    fn skipped_answers_read_not_provided_and_given_ones_read_as_typed() {
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
        assert_eq!(value(&all, "Job title"), NOT_PROVIDED);
        assert_eq!(
            value(&all, "How far you got"),
            "The final round, and they told me it was close"
        );
        assert_eq!(value(&all, "Their job title"), NOT_PROVIDED);
        assert_eq!(value(&all, "Send it as"), "Email reply\nHandwritten card");
        assert_eq!(value(&all, "Also"), NOT_PROVIDED);
        assert_eq!(all[1].title, "Priya Shah");
        assert_eq!(all[1].rows[0].change, Page::Person(4));
    }

    #[test]
    fn a_call_has_no_subject_row() {
        let mut answers = Answers::default();
        let has_subject = |answers: &Answers| {
            sections(answers)[0]
                .rows
                .iter()
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
        assert_eq!(value(&sections(&answers), "Also"), NOT_PROVIDED);
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
    }
}
