//! What each wizard page needs before Continue can move on, and what to say
//! when something is missing.
//!
//! What every page asks is one table ([`ASKED`], and [`PERSON`] for each
//! person's page), in the order the page shows it: which answers are
//! required, their rows' names on the check page and their errors. The
//! check page (`summary.rs`) reads it too, and the order of pages is
//! `Page::WIZARD`'s, so neither is written twice.
//!
//! Validation runs on Continue, never while typing. Each error names the id
//! of the control it belongs to, so the error summary can link to it and the
//! page can show the same message beside the field.
//!
//! Text the composer would have to leave out (a placeholder such as
//! "\[Company\]" or "XXX", or nothing but punctuation) is an error too, on
//! optional fields as well: otherwise the note would silently lose it.

use super::date::Date;
use super::date::entry::{DateError, Parts, Rule, check};
use super::model::{AddressForm, Answers, Recipient};
use super::route::Page;
use super::text::clean;

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The `id` of the control to focus (for a group of radios, the first one).
    pub field: String,
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
    pub const CHECK_IN_NEWS: &str = "check-in-news";

    /// The Change link of the person whose id is `id`, on the list of people.
    pub fn change_person(id: u32) -> String {
        format!("change-person-{id}")
    }

    /// The box for sending `channel` to everyone (`who` is `None`, the
    /// first is [`CHANNELS`]) or to the person whose id `who` holds.
    pub fn channel(who: Option<u32>, channel: crate::domain::model::Channel) -> String {
        use crate::domain::record::Word;
        match who {
            Some(id) => format!("channel-{id}-{}", channel.value()),
            None => format!("channel-{}", channel.value()),
        }
    }

    /// The box for what stood out with the person whose id is `id`.
    pub fn detail(id: u32) -> String {
        format!("detail-{id}")
    }
}

/// The message for an optional field whose text the note would leave out.
const LEFT_OUT: &str = "This looks like a placeholder, so your note would leave it out. Write the real words, or leave it empty";

/// The message for a person left with no kind of note of their own; the
/// check page puts their name before it, the style page beside their boxes.
pub const NO_CHANNEL: &str = "Select at least one way to send your note to each person";

/// The message for text with markup signs in it, which a note cannot use:
/// saying what is wrong, not calling it a placeholder.
const MARKUP: &str = "Remove the < and > signs: your note can only use plain words";

/// What to say about text the note would leave out: markup is named as
/// such; anything else gets `otherwise`.
fn why_dropped(text: &str, otherwise: &'static str) -> &'static str {
    if text.contains(['<', '>']) {
        MARKUP
    } else {
        otherwise
    }
}

/// What is wrong with the date the No arrived (optional, not after
/// `today`), pointing at the first box to fix. Without `today`, as in
/// [`validate`], which has no clock, a date in the future passes; the page
/// checks that on Continue with the browser's today.
///
/// ```
/// use kept_in_mind::domain::validate::no_date_error;
/// assert_eq!(no_date_error("27\n3\n", None).unwrap().field, "date-year");
/// ```
pub fn no_date_error(stored: &str, today: Option<Date>) -> Option<FieldError> {
    const RULE: Rule = Rule {
        missing: None,
        past_only: true,
    };
    let error = check(&Parts::from_stored(stored), RULE, today).err()?;
    Some(date_field_error(field::DATE, error))
}

/// The error of the date control `id`, pointing at its box to fix.
///
/// ```
/// use kept_in_mind::domain::{date::entry::{DateError, Part}, validate::date_field_error};
/// let error = DateError { part: Part::Month, message: "The date must include a month" };
/// assert_eq!(date_field_error("sent-1", error).field, "sent-1-month");
/// ```
pub fn date_field_error(id: &str, error: DateError) -> FieldError {
    FieldError {
        field: error.part.id(id),
        message: error.message,
    }
}

/// One answer a page asks for, and what Continue needs of it. The tables
/// [`ASKED`] and [`PERSON`] list every one, page by page in the order the
/// page shows them (so errors come in that order too); [`validate`] checks
/// them and the check page (`summary.rs`) reads which are required, so the
/// two can never disagree.
pub struct Asked<T: 'static> {
    /// The control an error points at.
    pub field: &'static str,
    /// Set for a required answer.
    pub required: Option<Required>,
    pub check: Check<T>,
}

/// A required answer: its row on the check page, and the error while it is
/// missing.
pub struct Required {
    pub key: &'static str,
    pub missing: &'static str,
}

/// What kind of answer it is, and how to read it.
pub enum Check<T: 'static> {
    /// Text, which may not be text the note would leave out (the message
    /// says so, unless it is markup); blank only when optional.
    Text(fn(&T) -> &str, &'static str),
    /// A choice with nothing chosen at first: given or not.
    Choice(fn(&T) -> bool),
    /// A choice that starts at a default the check page shows (how to
    /// greet someone, where to send the note): usable or not.
    Preset(fn(&T) -> bool),
    /// The date the No arrived: optional, real, written in the boxes.
    Date(fn(&T) -> &str),
    /// One email address, or nothing.
    Email(fn(&T) -> &str),
}

impl<T> Asked<T> {
    /// Whether a required answer is given; an optional one always is.
    pub fn given(&self, of: &T) -> bool {
        self.required.is_none()
            || match self.check {
                Check::Text(at, _) => !blank(at(of)),
                Check::Choice(given) | Check::Preset(given) => given(of),
                Check::Date(_) | Check::Email(_) => true,
            }
    }

    /// Adds this answer's problems to `errors`, under the control `field`.
    fn check(&self, of: &T, field: &str, errors: &mut Problems) {
        if let (false, Some(required)) = (self.given(of), &self.required) {
            errors.require(false, field, required.missing);
            return;
        }
        match self.check {
            Check::Text(at, placeholder) => errors.require_kept(at(of), field, placeholder),
            Check::Date(at) => errors.0.extend(no_date_error(at(of), None)),
            Check::Email(at) => {
                if let Err(message) = one_address(at(of)) {
                    errors.require(false, field, message);
                }
            }
            Check::Choice(_) | Check::Preset(_) => {}
        }
    }
}

/// Shorthand for the tables below.
const fn asked<T>(field: &'static str, check: Check<T>) -> Asked<T> {
    Asked {
        field,
        required: None,
        check,
    }
}

/// Shorthand for a required answer.
const fn required<T>(
    field: &'static str,
    key: &'static str,
    missing: &'static str,
    check: Check<T>,
) -> Asked<T> {
    Asked {
        field,
        required: Some(Required { key, missing }),
        check,
    }
}

/// Every answer of the wizard's pages but the people's, each with its page.
/// What stood out with each person is checked there too (see [`validate`]).
pub static ASKED: [(Page, Asked<Answers>); 17] = [
    (
        Page::Job,
        required(
            field::COMPANY,
            "Company",
            "Enter the company’s name",
            Check::Text(
                |a| &a.rejection.company,
                "Enter the company’s real name, not a placeholder",
            ),
        ),
    ),
    (
        Page::Job,
        required(
            field::JOB_TITLE,
            "Job title",
            "Enter the job title",
            Check::Text(
                |a| &a.rejection.job_title,
                "Enter the real job title, not a placeholder",
            ),
        ),
    ),
    (
        Page::Stage,
        required(
            field::STAGE,
            "How far you got",
            "Select how far you got",
            Check::Choice(|a| a.rejection.stage.is_some()),
        ),
    ),
    (
        Page::Arrival,
        required(
            field::ARRIVAL,
            "How the No arrived",
            "Select how the No arrived",
            Check::Choice(|a| a.rejection.arrival.is_some()),
        ),
    ),
    (
        Page::Details,
        required(
            field::SAID_KEEP,
            "They said they would keep you in mind",
            "Select whether they said they would keep you in mind",
            Check::Choice(|a| a.rejection.said_keep_in_mind.is_some()),
        ),
    ),
    (
        Page::Details,
        asked(field::DATE, Check::Date(|a| &a.rejection.date)),
    ),
    (
        Page::Details,
        asked(
            field::SUBJECT,
            Check::Text(|a| &a.rejection.original_subject, LEFT_OUT),
        ),
    ),
    (
        Page::StoodOut,
        asked(field::ADMIRE, Check::Text(|a| &a.sender.admire, LEFT_OUT)),
    ),
    (
        Page::AboutYou,
        required(
            field::YOUR_NAME,
            "Your name",
            "Enter your name",
            Check::Text(
                |a| &a.sender.name,
                "Enter your real name, not a placeholder",
            ),
        ),
    ),
    (
        Page::AboutYou,
        asked(field::CONTACT, Check::Text(|a| &a.sender.contact, LEFT_OUT)),
    ),
    (
        Page::AboutYou,
        required(
            field::SENIORITY,
            "Level of the role",
            "Select the level of the role you were going for",
            Check::Choice(|a| a.sender.seniority.is_some()),
        ),
    ),
    (
        Page::AboutYou,
        asked(
            field::STRENGTH_1,
            Check::Text(|a| &a.sender.strengths[0], LEFT_OUT),
        ),
    ),
    (
        Page::AboutYou,
        asked(
            field::STRENGTH_2,
            Check::Text(|a| &a.sender.strengths[1], LEFT_OUT),
        ),
    ),
    (
        Page::KeepInMind,
        required(
            field::KEEP_FOR,
            "Keep you in mind for",
            "Select what you would like them to keep you in mind for",
            Check::Choice(|a| a.ask.keep_in_mind_for.is_some()),
        ),
    ),
    (
        Page::KeepInMind,
        asked(
            field::RELATED_ROLE,
            Check::Text(|a| &a.ask.related_role, LEFT_OUT),
        ),
    ),
    // The offer's box is hidden, and its text unused, until offering help is ticked.
    (
        Page::Extras,
        asked(
            field::HELP_OFFER,
            Check::Text(
                |a| {
                    if a.ask.offer_help {
                        &a.ask.help_offer
                    } else {
                        ""
                    }
                },
                LEFT_OUT,
            ),
        ),
    ),
    (
        Page::Style,
        required(
            field::CHANNELS,
            "Send it as",
            "Select at least one way to send your note",
            Check::Preset(|a| !a.style.channels.is_empty()),
        ),
    ),
];

/// Every answer of a person's own page.
pub static PERSON: [Asked<Recipient>; 4] = [
    required(
        field::NAME,
        "Their name",
        "Enter their name",
        Check::Text(|p| &p.name, "Enter their real name, not a placeholder"),
    ),
    // By first name needs nothing more; by title and surname needs a title
    // the note can use.
    required(
        field::HONORIFIC,
        "How to greet them",
        "Enter their title, for example Ms or Dr",
        Check::Preset(|p| {
            p.address == AddressForm::FirstName
                || (!blank(&p.honorific) && !composer_drops(&p.honorific))
        }),
    ),
    required(
        field::RELATIONSHIP,
        "Their part",
        "Select their part in the process",
        Check::Choice(|p| p.relationship.is_some()),
    ),
    asked(field::EMAIL, Check::Email(|p| &p.email)),
];

/// What `page` asks, in order (a person's page: see [`PERSON`]).
pub fn asked_on(page: Page) -> impl Iterator<Item = &'static Asked<Answers>> {
    ASKED
        .iter()
        .filter(move |(on, _)| *on == page)
        .map(|(_, asked)| asked)
}

/// Whether an answer must be given, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    Optional,
    /// Required, with nothing chosen at first.
    Required,
    /// Required, and set to a default from the start (`Check::Preset`).
    Preset,
}

/// What the check page's row `key`, whose Change link opens `page`, needs:
/// read from the same tables as [`validate`].
pub fn need(page: Page, key: &str) -> Need {
    fn of<T>(asked: &Asked<T>, key: &str) -> Option<Need> {
        asked.required.as_ref().filter(|r| r.key == key)?;
        Some(match asked.check {
            Check::Preset(_) => Need::Preset,
            _ => Need::Required,
        })
    }
    let found = match page {
        Page::Person(_) => PERSON.iter().find_map(|asked| of(asked, key)),
        page => asked_on(page).find_map(|asked| of(asked, key)),
    };
    found.unwrap_or(Need::Optional)
}

/// The errors found so far, each message worked out only for a problem found.
struct Problems(Vec<FieldError>);

impl Problems {
    fn require(&mut self, ok: bool, field: &str, message: &'static str) {
        if !ok {
            self.0.push(FieldError {
                field: field.to_owned(),
                message,
            });
        }
    }

    /// Text the note would leave out is a problem, with `otherwise` as its
    /// message unless it is markup.
    fn require_kept(&mut self, text: &str, field: &str, otherwise: &'static str) {
        if composer_drops(text) {
            self.require(false, field, why_dropped(text, otherwise));
        }
    }
}

/// The errors that stop Continue on `page`; empty when it may go on.
///
/// ```
/// use kept_in_mind::domain::{model::Answers, route::Page, validate::validate};
/// let errors = validate(Page::Job, &Answers::default());
/// assert_eq!(errors[0].message, "Enter the company’s name");
/// ```
pub fn validate(page: Page, answers: &Answers) -> Vec<FieldError> {
    let mut errors = Problems(Vec::new());
    match page {
        Page::People => {
            errors.require(
                !answers.recipients.is_empty(),
                field::ADD_PERSON,
                "Add at least one person to write to",
            );
            for person in &answers.recipients {
                // The Change link's id is made only when it is needed.
                if !person_errors(person).is_empty() {
                    errors.require(
                        false,
                        &field::change_person(person.id),
                        "Finish the details of everyone on your list, or remove them",
                    );
                }
            }
        }
        Page::Person(id) => {
            if let Some(person) = answers.recipients.iter().find(|r| r.id == id) {
                errors.0 = person_errors(person);
            }
        }
        page => {
            if page == Page::Style {
                for person in &answers.recipients {
                    // Only a choice of their own can leave someone with nothing.
                    let first = answers.pickable_for(person).first().copied();
                    let none = person.channels.is_some() && answers.channels_for(person).is_empty();
                    if let (true, Some(first)) = (none, first) {
                        errors.require(false, &field::channel(Some(person.id), first), NO_CHANNEL);
                    }
                }
            }
            if page == Page::StoodOut {
                for person in &answers.recipients {
                    // The box's id is made only when it is needed.
                    if composer_drops(&person.detail) {
                        errors.require_kept(&person.detail, &field::detail(person.id), LEFT_OUT);
                    }
                }
            }
            for asked in asked_on(page) {
                asked.check(answers, asked.field, &mut errors);
            }
        }
    }
    errors.0
}

/// What is missing or wrong on one person's page.
pub fn person_errors(person: &Recipient) -> Vec<FieldError> {
    let mut errors = Problems(Vec::new());
    for asked in &PERSON {
        asked.check(person, asked.field, &mut errors);
    }
    errors.0
}

/// Every page the check page can send the user back to, in the wizard's
/// order (each person's page after the list of people): a draft restored
/// from an older version, or edited in another tab, may have gaps that the
/// pages themselves no longer show.
fn wizard_pages(answers: &Answers) -> Vec<Page> {
    // A plain loop: iterator adapters here cost a kilobyte of WebAssembly.
    let mut pages = Vec::new();
    for page in Page::WIZARD {
        if page != Page::Check {
            pages.push(page);
        }
        if page == Page::People {
            pages.extend(answers.recipients.iter().map(|r| Page::Person(r.id)));
        }
    }
    pages
}

/// The first page with something missing or wrong, if any.
pub fn first_incomplete_page(answers: &Answers) -> Option<Page> {
    wizard_pages(answers)
        .into_iter()
        .find(|&page| !validate(page, answers).is_empty())
}

/// Every missing or wrong answer of every page, in the wizard's order, each
/// with the page that fixes it: what the check page lists. The list of
/// people's "Finish the details" errors are left out, since each person's
/// own page is listed with exactly what is missing there.
///
/// ```
/// use kept_in_mind::domain::{model::Answers, route::Page, validate::all_errors};
/// let errors = all_errors(&Answers::default());
/// assert_eq!(errors[0].0, Page::Job, "the first page's errors come first");
/// ```
pub fn all_errors(answers: &Answers) -> Vec<(Page, FieldError)> {
    wizard_pages(answers)
        .into_iter()
        .flat_map(|page| {
            validate(page, answers)
                .into_iter()
                .filter(move |e| page != Page::People || e.field == field::ADD_PERSON)
                .map(move |e| (page, e))
        })
        .collect()
}

/// Whether every page is answered: what the home page's list asks of each
/// record, so it is kept cheap. A person's own page adds nothing the
/// people page has not checked already, so those pages are not visited.
///
/// ```
/// use kept_in_mind::domain::{model::Answers, validate::is_complete};
/// assert!(!is_complete(&Answers::default()));
/// ```
pub fn is_complete(answers: &Answers) -> bool {
    Page::WIZARD
        .into_iter()
        .all(|page| validate(page, answers).is_empty())
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Text the note would have to leave out (see the module docs).
fn composer_drops(text: &str) -> bool {
    !blank(text) && !plainly_kept(text) && clean(text).is_empty()
}

/// True when [`clean`] certainly keeps something of `text`, found in one
/// pass without building the cleaned text: it has a letter or digit (which
/// cleaning never removes), no sign a placeholder or half bracket is made of,
/// and no word of only x's (a redaction, or part of one once invisible
/// characters are gone). Anything else is left to `clean` itself.
fn plainly_kept(text: &str) -> bool {
    let mut alnum = false;
    // Whether the current word (a run of letters and digits) is all x's.
    let mut word_of_x: Option<bool> = None;
    for c in text.chars() {
        if matches!(c, '{' | '}' | '[' | ']' | '<' | '>' | '_' | '*') {
            return false;
        }
        if c.is_alphanumeric() {
            alnum = true;
            word_of_x = Some(word_of_x.unwrap_or(true) && matches!(c, 'x' | 'X'));
        } else if word_of_x.take() == Some(true) {
            return false;
        }
    }
    alnum && word_of_x != Some(true)
}

/// The email address field holds exactly one address, or nothing: it goes
/// into a `mailto:` link, where a second address, a `?bcc=` or a display
/// name in angle brackets would send the note somewhere the user never
/// meant. Deliberately plain: letters, digits and `. _ % + - '` before the
/// `@`, dot-separated labels of letters, digits and hyphens after it.
///
/// ```
/// use kept_in_mind::domain::validate::one_address;
/// assert_eq!(one_address(" priya@example.com "), Ok(()));
/// assert_eq!(one_address("a@b.co,evil@x.io"), Err("Enter one email address only"));
/// ```
pub fn one_address(text: &str) -> Result<(), &'static str> {
    const FORMAT: &str = "Enter an email address in the correct format, like name@example.com";
    let text = text.trim();
    if text.is_empty() {
        return Ok(());
    }
    if text.contains([',', ';']) || text.matches('@').count() > 1 {
        return Err("Enter one email address only");
    }
    if text.contains(['<', '>']) {
        return Err("Enter the address without the < and > signs, like name@example.com");
    }
    if text.contains(['?', '&', '=']) {
        return Err("Enter the address only, with nothing after it, like name@example.com");
    }
    let Some((local, domain)) = text.split_once('@') else {
        return Err(FORMAT);
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-'".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    if local_ok && domain_ok {
        Ok(())
    } else {
        Err(FORMAT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Arrival, KeepInMindFor, Relationship, Seniority, Stage};

    fn check(page: Page, answers: &Answers, expected_fields: &[&str]) {
        let errors = validate(page, answers);
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
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
        answers.recipients.push(Recipient {
            id: 4,
            name: "Half typed".into(),
            ..Recipient::default()
        });
        check(Page::People, &answers, &["change-person-4"]);
        answers.recipients[0].relationship = Some(Relationship::Recruiter);
        check(Page::People, &answers, &[]);
        answers.recipients.clear();
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
    fn the_date_of_the_no_is_optional_real_and_not_in_the_future() {
        let today = Date::new(2026, 12, 2);
        // The stored value, the box an error points at without a clock, and with today.
        for (stored, without_today, want) in [
            ("", "", ""),
            ("2026-11-28", "", ""),
            ("28\n11\n2026", "", ""),
            ("28\n11\n", "date-year", "date-year"),
            ("31\n11\n2026", "date-day", "date-day"),
            ("3\n12\n2026", "", "date-day"),
        ] {
            let field = |today| {
                no_date_error(stored, today)
                    .map(|e| e.field)
                    .unwrap_or_default()
            };
            assert_eq!(field(None), without_today, "{stored:?}");
            assert_eq!(field(today), want, "{stored:?} today");
        }
        let mut answers = Answers::default();
        answers.rejection.said_keep_in_mind = Some(true);
        answers.rejection.date = "\n11\n2026".into();
        check(Page::Details, &answers, &["date-day"]);
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
    fn text_the_note_would_leave_out_is_an_error_even_where_optional() {
        let mut answers = Answers::default();
        answers.rejection.company = "[Company Name]".into();
        answers.rejection.job_title = "XXX".into();
        check(Page::Job, &answers, &[field::COMPANY, field::JOB_TITLE]);
        answers.rejection.company = "Acme, Inc.".into();
        answers.rejection.job_title = "UX Designer".into();
        check(Page::Job, &answers, &[]);

        answers.rejection.said_keep_in_mind = Some(false);
        answers.rejection.original_subject = "{{subject}}".into();
        check(Page::Details, &answers, &[field::SUBJECT]);
        answers.rejection.original_subject = String::new();

        answers.recipients.push(Recipient {
            id: 3,
            name: "<Their name>".into(),
            relationship: Some(Relationship::Recruiter),
            detail: "[the project]".into(),
            ..Recipient::default()
        });
        check(Page::Person(3), &answers, &[field::NAME]);
        answers.recipients[0].name = "Priya Shah".into();
        answers.recipients[0].address = AddressForm::TitleAndSurname;
        answers.recipients[0].honorific = "____".into();
        check(Page::Person(3), &answers, &[field::HONORIFIC]);
        answers.recipients[0].honorific = "Dr.".into();
        check(Page::Person(3), &answers, &[]);

        answers.sender.admire = "...".into();
        check(Page::StoodOut, &answers, &["detail-3", field::ADMIRE]);
        answers.recipients[0].detail = "the roadmap review".into();
        answers.sender.admire = String::new();
        check(Page::StoodOut, &answers, &[]);

        answers.sender.name = "[Your name]".into();
        answers.sender.contact = "____".into();
        answers.sender.seniority = Some(Seniority::Senior);
        answers.sender.strengths = ["!!!".into(), "hiring well".into()];
        check(
            Page::AboutYou,
            &answers,
            &[field::YOUR_NAME, field::CONTACT, field::STRENGTH_1],
        );

        answers.ask.keep_in_mind_for = Some(KeepInMindFor::RelatedRoles);
        answers.ask.related_role = "[role]".into();
        check(Page::KeepInMind, &answers, &[field::RELATED_ROLE]);

        // The offer's box is hidden, and not used, until offering help is ticked.
        answers.ask.help_offer = "XXX".into();
        check(Page::Extras, &answers, &[]);
        answers.ask.offer_help = true;
        check(Page::Extras, &answers, &[field::HELP_OFFER]);
    }

    #[test]
    fn the_check_page_finds_a_placeholder_in_an_optional_field() {
        let mut answers = Answers::default();
        answers.rejection.company = "Acme".into();
        answers.rejection.job_title = "Designer".into();
        answers.rejection.stage = Some(Stage::Interview);
        answers.rejection.arrival = Some(Arrival::PhoneCall);
        answers.rejection.said_keep_in_mind = Some(true);
        answers.recipients.push(Recipient {
            id: 1,
            name: "Priya".into(),
            relationship: Some(Relationship::HiringManager),
            ..Recipient::default()
        });
        answers.sender.name = "Sam Lee".into();
        answers.sender.seniority = Some(Seniority::Mid);
        answers.ask.keep_in_mind_for = Some(KeepInMindFor::ThisRole);
        assert_eq!(first_incomplete_page(&answers), None);
        answers.ask.offer_help = true;
        answers.ask.help_offer = "<Your offer>".into();
        assert_eq!(first_incomplete_page(&answers), Some(Page::Extras));
        answers.sender.admire = "XXX".into();
        assert_eq!(first_incomplete_page(&answers), Some(Page::StoodOut));
    }

    #[test]
    fn the_email_field_holds_one_address() {
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
            ("a@b.co?bcc=evil", false),
            ("<a@b.co>", false),
            ("a@b.co,evil", false),
            ("a@b.co, c@d.io", false),
            ("Priya <a@b.co>", false),
            ("a@b.co;c@d.io", false),
            ("josé@exämple.de", true),
            ("o'neil+jobs@example.com", true),
        ] {
            let person = Recipient {
                name: "Priya".into(),
                relationship: Some(Relationship::Recruiter),
                email: email.into(),
                ..Recipient::default()
            };
            assert_eq!(person_errors(&person).is_empty(), ok, "{email:?}");
        }
        // Each refusal says what is wrong.
        for (email, message) in [
            (
                "a@b.co?bcc=evil",
                "Enter the address only, with nothing after it, like name@example.com",
            ),
            (
                "<a@b.co>",
                "Enter the address without the < and > signs, like name@example.com",
            ),
            ("a@b.co,evil", "Enter one email address only"),
            (
                "priya",
                "Enter an email address in the correct format, like name@example.com",
            ),
        ] {
            assert_eq!(one_address(email), Err(message), "{email:?}");
        }
    }

    #[test]
    fn markup_is_named_not_called_a_placeholder() {
        let mut answers = Answers::default();
        answers.rejection.company = "<b>Acme</b>".into();
        answers.rejection.job_title = "[Job title]".into();
        let messages: Vec<&str> = validate(Page::Job, &answers)
            .iter()
            .map(|e| e.message)
            .collect();
        assert_eq!(
            messages,
            [MARKUP, "Enter the real job title, not a placeholder"]
        );
    }

    /// Every problem of every page, in order, each with the page to fix it.
    #[test]
    fn all_errors_lists_every_page_s_problems() {
        fn check(answers: &Answers, want: &[(Page, &str)]) {
            let got = all_errors(answers);
            let got: Vec<(Page, &str)> = got.iter().map(|(p, e)| (*p, e.field.as_str())).collect();
            assert_eq!(got, want);
            assert_eq!(got.is_empty(), first_incomplete_page(answers).is_none());
        }
        let mut answers = Answers::default();
        check(
            &answers,
            &[
                (Page::Job, field::COMPANY),
                (Page::Job, field::JOB_TITLE),
                (Page::Stage, field::STAGE),
                (Page::Arrival, field::ARRIVAL),
                (Page::Details, field::SAID_KEEP),
                (Page::People, field::ADD_PERSON),
                (Page::AboutYou, field::YOUR_NAME),
                (Page::AboutYou, field::SENIORITY),
                (Page::KeepInMind, field::KEEP_FOR),
            ],
        );
        let no = &mut answers.rejection;
        no.company = "Acme".into();
        no.stage = Some(Stage::Interview);
        no.arrival = Some(Arrival::RecruiterEmail);
        no.said_keep_in_mind = Some(false);
        answers.recipients = vec![
            Recipient {
                id: 2,
                name: "Priya Shah".into(),
                email: "priya@".into(),
                detail: "XXX".into(),
                ..Recipient::default()
            },
            Recipient {
                id: 5,
                relationship: Some(Relationship::Panel),
                ..Recipient::default()
            },
        ];
        answers.sender.name = "Sam Lee".into();
        answers.sender.seniority = Some(Seniority::Mid);
        answers.ask.keep_in_mind_for = Some(KeepInMindFor::ThisRole);
        answers.style.channels.clear();
        // Each person's own page, not the list's "Finish the details".
        check(
            &answers,
            &[
                (Page::Job, field::JOB_TITLE),
                (Page::Person(2), field::RELATIONSHIP),
                (Page::Person(2), field::EMAIL),
                (Page::Person(5), field::NAME),
                (Page::StoodOut, "detail-2"),
                (Page::Style, field::CHANNELS),
            ],
        );
        answers.rejection.job_title = "Designer".into();
        answers.recipients[0].relationship = Some(Relationship::Recruiter);
        answers.recipients[0].email = "priya@example.com".into();
        answers.recipients[0].detail.clear();
        answers.recipients[1].name = "Tomás".into();
        answers
            .style
            .channels
            .push(crate::domain::model::Channel::Card);
        check(&answers, &[]);
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

    /// The quick answer agrees with cleaning the text, on the kinds of
    /// text that make cleaning drop it and on ones that only look close.
    #[test]
    fn the_quick_check_agrees_with_cleaning() {
        fn check(text: &str, drops: bool) {
            assert_eq!(composer_drops(text), drops, "{text:?}");
            assert_eq!(
                !blank(text) && clean(text).is_empty(),
                drops,
                "cleaning {text:?}"
            );
            if plainly_kept(text) {
                assert!(!drops, "{text:?} is kept only if cleaning keeps it");
            }
        }
        let cases = [
            ("Northwind Health", false),
            ("  Tomás Álvarez ", false),
            ("the plan to bring the plant back, by Q3.", false),
            ("+44 7700 900123", false),
            ("Xerox and Exxon", false),
            ("3 x 4 metres", false),
            ("", false),
            ("   ", false),
            ("XXX", true),
            ("xx\u{200B}x", true),
            ("x x x", false),
            ("Acme xxxx", true),
            ("[Company]", true),
            ("<Your name>", true),
            ("{{role}}", true),
            ("____", true),
            ("****", true),
            ("...", true),
            ("Acme]", true),
            ("name>", true),
            ("\u{202E}\u{200B}", true),
        ];
        for (text, drops) in cases {
            check(text, drops);
        }
    }

    #[test]
    fn complete_means_no_page_is_incomplete() {
        let mut answers = Answers::default();
        let check = |answers: &Answers| {
            assert_eq!(
                is_complete(answers),
                first_incomplete_page(answers).is_none(),
                "{answers:?}"
            );
        };
        check(&answers);
        let no = &mut answers.rejection;
        no.company = "Acme".into();
        no.job_title = "Designer".into();
        no.stage = Some(Stage::Interview);
        no.arrival = Some(Arrival::HiringManagerEmail);
        no.said_keep_in_mind = Some(true);
        answers.recipients.push(Recipient {
            id: 1,
            name: "Priya Shah".into(),
            relationship: Some(Relationship::HiringManager),
            ..Recipient::default()
        });
        answers.sender.name = "Alex Morgan".into();
        answers.sender.seniority = Some(Seniority::Mid);
        answers.ask.keep_in_mind_for = Some(KeepInMindFor::FutureOpenings);
        answers.style.channels = vec![crate::domain::model::Channel::Card];
        check(&answers);
        assert!(is_complete(&answers));
        answers.recipients[0].email = "priya@".into();
        check(&answers);
        assert!(!is_complete(&answers), "a person's own page counts");
        answers.recipients[0].email.clear();
        answers.sender.strengths[1] = "XXX".into();
        check(&answers);
        assert!(!is_complete(&answers), "text the note would drop counts");
    }
}
