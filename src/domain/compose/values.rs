//! The user's answers as a note may use them: trimmed, single-spaced,
//! placeholders dropped, defaults applied.
//!
//! The checker builds the same [`Values`] to compare a note against, so the
//! composer and the checker always agree on what "the company as given" is.

use super::frames;
use crate::domain::model::{
    AddressForm, Answers, Arrival, Channel, KeepInMindFor, Length, Recipient, Relationship,
    Seniority, Stage, Tone,
};
use crate::domain::repetition::Own;
use crate::domain::text::{clean, first_name, fold, lower_first_if_common, phrase, surname};

/// Cleaned answers for one note to one recipient.
pub(crate) struct Values {
    pub company: String,
    /// The job title without a leading "the"/"a", as it appears in a note.
    pub role: String,
    /// The earlier role a follow-up note refers back to (`Rejection::follows`), or empty.
    pub earlier_role: String,
    pub original_subject: String,
    pub related: String,
    pub detail: String,
    pub admire: String,
    pub strengths: Vec<String>,
    pub help: String,
    pub sender: String,
    pub contact: String,
    pub name: String,
    pub honorific: String,
    pub address: AddressForm,
    pub relationship: Option<Relationship>,
    pub stage: Stage,
    pub arrival: Arrival,
    pub seniority: Seniority,
    pub tone: Tone,
    pub length: Length,
    pub keep_in_mind_for: KeepInMindFor,
    /// Written to an agency recruiter: reply to them, not to their client.
    pub agency: bool,
    /// Whether this person brought the news ([`Answers::teller`]), so is
    /// thanked for it and answers for the decision.
    pub told: bool,
    /// Whether the record's asks go to this person ([`Answers::leads`]).
    pub leads: bool,
    /// What their email said, as read from it or answered: that they would
    /// keep the user in mind, offered feedback, offered a call.
    pub said_keep: bool,
    pub offered_feedback: bool,
    pub offered_call: bool,
}

/// Whether the user's interest in the company is said in another note to
/// the same company: the letter a card to the same person follows, or the
/// note to someone who decides or told, which a colleague who only met the
/// user need not echo (the same line to each reads as a form). Someone on
/// the list always decides ([`Answers::leads`]), so a colleague who only
/// met the user always leaves it to them.
pub fn keen_elsewhere(answers: &Answers, recipient: &Recipient, channel: Channel) -> bool {
    let met_only = only_met(
        answers.told(recipient),
        answers.leads(recipient),
        recipient.relationship,
    );
    keen_said(
        channel,
        follows_letter(answers, recipient, channel),
        met_only,
    )
}

/// [`keen_elsewhere`] for a note whose place is known: a card after the
/// letter, or a note to someone who only met the user.
pub(super) fn keen_said(channel: Channel, follows_letter: bool, met_only: bool) -> bool {
    (channel == Channel::Card && follows_letter) || met_only
}

/// Whether a note to `recipient` follows a letter to them that asked to be
/// kept in mind and wished the hire well: a card after an email or a
/// LinkedIn message, or a message after an email. Said again, in other
/// words, it reads as a copy.
pub fn follows_letter(answers: &Answers, recipient: &Recipient, channel: Channel) -> bool {
    let chosen = answers.channels_for(recipient);
    let emailed = chosen.iter().any(|c| c.is_email());
    match channel {
        Channel::Card => emailed || chosen.contains(&Channel::LinkedInMessage),
        Channel::LinkedInMessage => emailed,
        _ => false,
    }
}

/// Whether someone only met the user: they neither told, nor are the one
/// the asks go to, nor hired for the role ([`Values::met_only`]).
fn only_met(told: bool, leads: bool, relationship: Option<Relationship>) -> bool {
    !told && !leads && relationship != Some(Relationship::HiringManager)
}

/// Whether the note to `recipient` goes to an agency recruiter: reply to
/// them, not to their client.
pub(super) fn through_agency(answers: &Answers, recipient: &Recipient) -> bool {
    let rejection = &answers.rejection;
    let arrival = rejection.arrival.unwrap_or_default();
    rejection.stage.unwrap_or_default() != Stage::Internal
        && match recipient.relationship {
            Some(Relationship::AgencyRecruiter) => true,
            None | Some(Relationship::Recruiter) => arrival == Arrival::AgencyRecruiter,
            Some(_) => false,
        }
}

impl Values {
    pub fn new(answers: &Answers, recipient: &Recipient) -> Values {
        let rejection = &answers.rejection;
        let stage = rejection.stage.unwrap_or_default();
        let arrival = rejection.arrival.unwrap_or_default();
        let agency = through_agency(answers, recipient);
        let told = answers.told(recipient);
        let leads = answers.leads(recipient);
        Values {
            company: name_value(&rejection.company),
            role: role_value(&rejection.job_title),
            earlier_role: rejection
                .follows
                .as_ref()
                .map_or(String::new(), |e| role_value(&e.job_title)),
            original_subject: clean(&rejection.original_subject),
            related: without_article(&phrase(&answers.ask.related_role)),
            detail: frames::framed(&lower_first_if_common(&phrase(&recipient.detail))),
            admire: lower_first_if_common(&phrase(&answers.sender.admire)),
            strengths: answers
                .sender
                .strengths
                .iter()
                .map(|s| lower_first_if_common(&phrase(s)))
                .filter(|s| !s.is_empty())
                .collect(),
            help: lower_first_if_common(&phrase(&answers.ask.help_offer)),
            sender: phrase(&answers.sender.name),
            contact: phrase(&answers.sender.contact),
            name: phrase(&recipient.name),
            honorific: name_value(&recipient.honorific),
            address: recipient.address,
            relationship: recipient.relationship,
            stage,
            arrival,
            seniority: answers.sender.seniority.unwrap_or_default(),
            tone: answers.style.tone.unwrap_or_default(),
            length: answers.style.length.unwrap_or_default(),
            keep_in_mind_for: answers.ask.keep_in_mind_for.unwrap_or_default(),
            agency,
            told,
            leads,
            said_keep: rejection.said_keep_in_mind == Some(true),
            offered_feedback: rejection.offered_feedback == Some(true),
            offered_call: rejection.offered_call == Some(true),
        }
    }

    /// The recipient as the greeting names them: "Priya", "Dr. Novak",
    /// or their full name when the honorific is missing; empty when unknown.
    pub fn greeting_name(&self) -> String {
        match self.address {
            AddressForm::FirstName => first_name(&self.name).to_string(),
            AddressForm::TitleAndSurname if self.honorific.is_empty() || self.name.is_empty() => {
                self.name.clone()
            }
            AddressForm::TitleAndSurname => format!("{} {}", self.honorific, surname(&self.name)),
        }
    }

    /// Whether this person neither brought the news, nor is the one the
    /// asks go to, nor hired for the role (an interviewer, a panel member,
    /// a colleague): their note thanks them and answers nothing about the
    /// decision, so it carries neither the acceptance nor the user's pitch.
    pub fn met_only(&self) -> bool {
        only_met(self.told, self.leads, self.relationship)
    }

    /// The user's values as a note may repeat them without it counting as
    /// repetition (see [`Own`]): names, the role, their detail and
    /// strengths; the company (and an agency's client, "the team at Acme")
    /// only when named again a few sentences on.
    pub fn own(&self) -> Own {
        let greeting = self.greeting_name();
        let the_role = self.the_role();
        let the_earlier_role = the_role_of(&self.earlier_role);
        let client = self.client();
        let values = [
            self.role.as_str(),
            &the_role,
            &self.earlier_role,
            &the_earlier_role,
            &self.related,
            &self.detail,
            &self.admire,
            &self.help,
            &self.sender,
            &self.contact,
            &self.name,
            &self.honorific,
            &greeting,
        ];
        Own::new(
            values
                .into_iter()
                .chain(self.strengths.iter().map(String::as_str)),
            [self.company.as_str(), &client],
        )
    }

    /// An agency's client as a note names it: "the team at Acme", or "the
    /// hiring team" when the company is unknown.
    pub fn client(&self) -> String {
        if self.company.is_empty() {
            "the hiring team".to_string()
        } else {
            format!("the team at {}", self.company)
        }
    }

    /// "Hi Priya," (warm, concise), "Dear Priya," (formal), "Dear Dr. Novak,";
    /// an honest "Hello," when the name is unknown.
    pub fn greeting(&self) -> String {
        let v = self;
        let name = v.greeting_name();
        if name.is_empty() {
            let team = matches!(
                v.relationship,
                None | Some(
                    Relationship::HiringManager | Relationship::Interviewer | Relationship::Panel
                )
            );
            return if v.tone == Tone::Formal && team && !v.agency {
                "Dear hiring team,"
            } else {
                "Hello,"
            }
            .to_string();
        }
        let dear = v.tone == Tone::Formal || v.address == AddressForm::TitleAndSurname;
        format!("{} {name},", if dear { "Dear" } else { "Hi" })
    }

    /// "the Product Designer role", "the Analyst position", or "the role".
    pub fn the_role(&self) -> String {
        the_role_of(&self.role)
    }
}

/// A job title as a note may use it: trimmed, placeholders dropped, no
/// leading "the" or "a" (the note adds its own).
pub(crate) fn role_value(job_title: &str) -> String {
    without_article(&phrase(job_title))
}

/// [`Values::the_role`] for any role as [`role_value`] gives it.
pub(crate) fn the_role_of(role: &str) -> String {
    match (role.is_empty(), ends_with_role_word(role)) {
        (true, _) => "the role".to_string(),
        (false, true) => format!("the {role}"),
        (false, false) => format!("the {role} role"),
    }
}

/// A company or honorific as typed ("Acme Inc.", "Dr."), without a stray
/// trailing comma or colon. People's names go through [`phrase`], which also
/// drops a final full stop, so "Sam Lee Jr." never ends a greeting in ".,".
fn name_value(s: &str) -> String {
    // An opening bracket left bare by the trim ("Acme (:") would glue itself
    // to the word after it in the note.
    clean(s)
        .trim_end_matches([',', ';', ':', '(', '[', ' '])
        .to_string()
}

/// "the Data Analyst position" and "a UX role" without the article, so the
/// composer can add its own.
fn without_article(s: &str) -> String {
    let folded = fold(s);
    for article in ["the ", "a ", "an "] {
        if folded.starts_with(article) && s.is_char_boundary(article.len()) {
            return s[article.len()..].trim_start().to_string();
        }
    }
    s.to_string()
}

/// Whether a job title already says what it is ("Analyst position").
pub(crate) fn ends_with_role_word(role: &str) -> bool {
    const WORDS: [&str; 7] = [
        "role",
        "position",
        "job",
        "post",
        "vacancy",
        "opening",
        "opportunity",
    ];
    let last = fold(role.split_whitespace().last().unwrap_or(""));
    WORDS.contains(&last.as_str())
}
