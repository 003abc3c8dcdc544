//! What each wizard page needs before Continue can move on, and what to say
//! when something is missing.
//!
//! Validation runs on Continue, never while typing. Each error names the id
//! of the control it belongs to, so the error summary can link to it and the
//! page can show the same message beside the field.

use super::model::{AddressForm, Answers, Recipient};
use super::route::Page;

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The `id` of the control to focus (for a group of radios, the first one).
    pub field: &'static str,
    pub message: &'static str,
}

/// Ids of the controls, shared by the views and the errors that point at them.
pub mod field {
    pub const COMPANY: &str = "company";
    pub const JOB_TITLE: &str = "job-title";
    pub const STAGE: &str = "stage";
    pub const ARRIVAL: &str = "arrival";
    pub const SAID_KEEP: &str = "said-keep";
    pub const DATE: &str = "date";
    pub const SUBJECT: &str = "original-subject";
    pub const ADD_PERSON: &str = "add-person";
    pub const NAME: &str = "name";
    pub const ADDRESS: &str = "address";
    pub const HONORIFIC: &str = "honorific";
    pub const THEIR_TITLE: &str = "their-title";
    pub const RELATIONSHIP: &str = "relationship";
    pub const EMAIL: &str = "email";
    pub const ADMIRE: &str = "admire";
    pub const YOUR_NAME: &str = "your-name";
    pub const CONTACT: &str = "contact";
    pub const SENIORITY: &str = "seniority";
    pub const STRENGTH_1: &str = "strength-1";
    pub const STRENGTH_2: &str = "strength-2";
    pub const KEEP_FOR: &str = "keep-for";
    pub const RELATED_ROLE: &str = "related-role";
    pub const EXTRAS: &str = "extras";
    pub const HELP_OFFER: &str = "help-offer";
    pub const TONE: &str = "tone";
    pub const LENGTH: &str = "length";
    /// The first channel's checkbox, where the error link should land.
    pub const CHANNELS: &str = "channel-email_reply";
    pub const PREMIUM: &str = "premium";
}

/// The errors that stop Continue on `page`; empty when it may go on.
///
/// ```
/// use kept_in_mind::domain::{model::Answers, route::Page, validate::validate};
/// let errors = validate(Page::Job, &Answers::default());
/// assert_eq!(errors[0].message, "Enter the company’s name");
/// ```
pub fn validate(page: Page, answers: &Answers) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut require = |ok: bool, field, message| {
        if !ok {
            errors.push(FieldError { field, message });
        }
    };
    let the_no = &answers.rejection;
    match page {
        Page::Job => {
            require(
                !blank(&the_no.company),
                field::COMPANY,
                "Enter the company’s name",
            );
            require(
                !blank(&the_no.job_title),
                field::JOB_TITLE,
                "Enter the job title",
            );
        }
        Page::Stage => require(
            the_no.stage.is_some(),
            field::STAGE,
            "Select how far you got",
        ),
        Page::Arrival => require(
            the_no.arrival.is_some(),
            field::ARRIVAL,
            "Select how the No arrived",
        ),
        Page::Details => require(
            the_no.said_keep_in_mind.is_some(),
            field::SAID_KEEP,
            "Select whether they said they would keep you in mind",
        ),
        Page::People => require(
            !answers.recipients.is_empty(),
            field::ADD_PERSON,
            "Add at least one person to write to",
        ),
        Page::Person(id) => {
            if let Some(person) = answers.recipients.iter().find(|r| r.id == id) {
                for error in person_errors(person) {
                    require(false, error.field, error.message);
                }
            }
        }
        Page::AboutYou => {
            require(
                !blank(&answers.sender.name),
                field::YOUR_NAME,
                "Enter your name",
            );
            require(
                answers.sender.seniority.is_some(),
                field::SENIORITY,
                "Select the level of the role you were going for",
            );
        }
        Page::KeepInMind => require(
            answers.ask.keep_in_mind_for.is_some(),
            field::KEEP_FOR,
            "Select what you would like them to keep you in mind for",
        ),
        Page::Style => require(
            !answers.style.channels.is_empty(),
            field::CHANNELS,
            "Select at least one way to send your note",
        ),
        Page::Home | Page::StoodOut | Page::Extras | Page::Check | Page::Notes => {}
    }
    errors
}

/// What is missing or wrong on one person's page.
pub fn person_errors(person: &Recipient) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if blank(&person.name) {
        errors.push(FieldError {
            field: field::NAME,
            message: "Enter their name",
        });
    }
    if person.address == AddressForm::TitleAndSurname && blank(&person.honorific) {
        errors.push(FieldError {
            field: field::HONORIFIC,
            message: "Enter their title, for example Ms or Dr",
        });
    }
    if person.relationship.is_none() {
        errors.push(FieldError {
            field: field::RELATIONSHIP,
            message: "Select their part in the process",
        });
    }
    if !blank(&person.email) && !looks_like_email(&person.email) {
        errors.push(FieldError {
            field: field::EMAIL,
            message: "Enter an email address in the correct format, like name@example.com",
        });
    }
    errors
}

/// Every page the check page can send the user back to, with its errors:
/// a draft restored from an older version, or edited in another tab, may
/// have gaps that the pages themselves no longer show.
pub fn first_incomplete_page(answers: &Answers) -> Option<Page> {
    let mut pages = vec![
        Page::Job,
        Page::Stage,
        Page::Arrival,
        Page::Details,
        Page::People,
    ];
    pages.extend(answers.recipients.iter().map(|r| Page::Person(r.id)));
    pages.extend([Page::AboutYou, Page::KeepInMind, Page::Style]);
    pages
        .into_iter()
        .find(|&page| !validate(page, answers).is_empty())
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// A deliberately loose check: one `@`, something before it, a dot after it,
/// no spaces. Mail clients are the real judge; this catches typing slips.
fn looks_like_email(text: &str) -> bool {
    let text = text.trim();
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Relationship, Stage};

    fn check(page: Page, answers: &Answers, expected_fields: &[&str]) {
        let fields: Vec<&str> = validate(page, answers).iter().map(|e| e.field).collect();
        assert_eq!(fields, expected_fields, "{page:?}");
    }

    #[test]
    fn each_page_asks_for_what_it_needs() {
        let mut answers = Answers::default();
        check(Page::Job, &answers, &[field::COMPANY, field::JOB_TITLE]);
        answers.rejection.company = "  ".into();
        answers.rejection.job_title = "Designer".into();
        check(Page::Job, &answers, &[field::COMPANY]);
        answers.rejection.company = "Acme".into();
        check(Page::Job, &answers, &[]);
        check(Page::Stage, &answers, &[field::STAGE]);
        answers.rejection.stage = Some(Stage::Interview);
        check(Page::Stage, &answers, &[]);
        check(Page::People, &answers, &[field::ADD_PERSON]);
        check(
            Page::AboutYou,
            &answers,
            &[field::YOUR_NAME, field::SENIORITY],
        );
        check(Page::Style, &answers, &[]);
        answers.style.channels.clear();
        check(Page::Style, &answers, &[field::CHANNELS]);
        check(Page::StoodOut, &answers, &[]);
    }

    #[test]
    fn a_person_needs_a_name_a_part_and_a_title_when_addressed_by_it() {
        let mut answers = Answers::default();
        answers.recipients.push(Recipient {
            id: 7,
            ..Recipient::default()
        });
        check(
            Page::Person(7),
            &answers,
            &[field::NAME, field::RELATIONSHIP],
        );
        let person = &mut answers.recipients[0];
        person.name = "Zoë O’Brien-Ng".into();
        person.relationship = Some(Relationship::Interviewer);
        person.address = AddressForm::TitleAndSurname;
        check(Page::Person(7), &answers, &[field::HONORIFIC]);
        answers.recipients[0].honorific = "Dr".into();
        check(Page::Person(7), &answers, &[]);
    }

    #[test]
    fn email_addresses_are_checked_loosely() {
        for (email, ok) in [
            ("", true),
            ("priya@example.com", true),
            ("  priya.shah@mail.example.co.uk ", true),
            ("priya", false),
            ("priya@example", false),
            ("@example.com", false),
            ("pri ya@example.com", false),
            ("priya@@example.com", false),
            ("priya@example.com.", false),
        ] {
            let person = Recipient {
                name: "Priya".into(),
                relationship: Some(Relationship::Recruiter),
                email: email.into(),
                ..Recipient::default()
            };
            assert_eq!(person_errors(&person).is_empty(), ok, "{email:?}");
        }
    }

    #[test]
    fn the_first_incomplete_page_is_found() {
        let mut answers = Answers::default();
        assert_eq!(first_incomplete_page(&answers), Some(Page::Job));
        answers.rejection.company = "Acme".into();
        answers.rejection.job_title = "Designer".into();
        answers.rejection.stage = Some(Stage::Interview);
        assert_eq!(first_incomplete_page(&answers), Some(Page::Arrival));
    }
}
