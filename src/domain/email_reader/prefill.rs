//! Putting what the reader found into the draft: only where the user has not
//! answered yet, and remembering what went where (`record::FromEmail`) so
//! each question page can mark it "(from their email)" until the user
//! changes it.

use super::Reading;
use crate::domain::draft::Draft;
use crate::domain::model::{Arrival, Relationship};
use crate::domain::record::{Answer, Filled, Word};

/// The part a sender played, from how the No arrived.
fn part(arrival: Option<Arrival>) -> Option<Relationship> {
    match arrival? {
        Arrival::HiringManagerEmail => Some(Relationship::HiringManager),
        Arrival::RecruiterEmail => Some(Relationship::Recruiter),
        Arrival::AgencyRecruiter => Some(Relationship::AgencyRecruiter),
        Arrival::PhoneCall | Arrival::LongSilence => None,
    }
}

/// Fills the draft's empty answers from `reading` and records them in
/// `draft.from_email`; returns how many answers were filled. The sender
/// becomes the first person, or fills the first person's empty details.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, email_reader::{read, prefill::apply}};
/// let mut draft = Draft::default();
/// draft.answers.rejection.company = "Typed".into();
/// apply(&read("Dear Alex,\nThanks for applying for the Analyst role at Acme."), &mut draft);
/// assert_eq!(draft.answers.rejection.company, "Typed");
/// assert_eq!(draft.answers.rejection.job_title, "Analyst");
/// ```
pub fn apply(reading: &Reading, draft: &mut Draft) -> usize {
    let mut filled = Vec::new();
    let r = &mut draft.answers.rejection;
    fill_text(
        &mut filled,
        &mut r.company,
        &reading.company,
        Answer::Company,
        None,
    );
    fill_text(
        &mut filled,
        &mut r.job_title,
        &reading.role,
        Answer::JobTitle,
        None,
    );
    fill_text(&mut filled, &mut r.date, &reading.date, Answer::Date, None);
    let subject = &reading.subject;
    fill_text(
        &mut filled,
        &mut r.original_subject,
        subject,
        Answer::Subject,
        None,
    );
    let you = &mut draft.answers.sender.name;
    fill_text(
        &mut filled,
        you,
        &reading.candidate_name,
        Answer::YourName,
        None,
    );
    if let (None, Some(f)) = (r.stage, &reading.stage) {
        r.stage = Some(f.value);
        note(&mut filled, Answer::Stage, None, f.value.value());
    }
    if let (None, Some(f)) = (r.arrival, &reading.arrival) {
        r.arrival = Some(f.value);
        note(&mut filled, Answer::Arrival, None, f.value.value());
    }
    if let (None, Some(f)) = (r.said_keep_in_mind, &reading.kept_on_file) {
        r.said_keep_in_mind = Some(f.value);
        note(
            &mut filled,
            Answer::SaidKeep,
            None,
            if f.value { "yes" } else { "no" },
        );
    }
    if reading.sender_name.is_some() || reading.sender_email.is_some() {
        let id = match draft.answers.recipients.first() {
            Some(p) => p.id,
            None => draft.add_person(),
        };
        if let Some(p) = draft.person_mut(id) {
            let who = Some(id);
            fill_text(
                &mut filled,
                &mut p.name,
                &reading.sender_name,
                Answer::Name,
                who,
            );
            let title = &reading.sender_title;
            fill_text(
                &mut filled,
                &mut p.job_title,
                title,
                Answer::TheirTitle,
                who,
            );
            fill_text(
                &mut filled,
                &mut p.email,
                &reading.sender_email,
                Answer::Email,
                who,
            );
            let relationship = part(reading.arrival.as_ref().map(|a| a.value));
            if let (None, Some(rel)) = (p.relationship, relationship) {
                p.relationship = Some(rel);
                note(&mut filled, Answer::Relationship, who, rel.value());
            }
        }
    }
    let count = filled.len();
    draft.from_email.filled.extend(filled);
    count
}

/// Fills `slot` from `found` if the user left it empty, and notes it.
fn fill_text(
    filled: &mut Vec<Filled>,
    slot: &mut String,
    found: &Option<super::Found<String>>,
    field: Answer,
    person: Option<u32>,
) {
    if let Some(f) = found
        && slot.trim().is_empty()
    {
        slot.clone_from(&f.value);
        note(filled, field, person, &f.value);
    }
}

/// Notes that `field` (of `person`) was filled with `value`.
fn note(filled: &mut Vec<Filled>, field: Answer, person: Option<u32>, value: &str) {
    filled.push(Filled {
        field,
        person,
        value: value.to_owned(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::email_reader::read;
    use crate::domain::model::Stage;

    const EMAIL: &str = "From: Dana Cole <dana@acme.example>\nSubject: Your application\n\nDear Alex,\nThank you for interviewing for the Data Analyst role at Acme. Unfortunately we have decided not to proceed.\n\nBest,\nDana Cole\nHead of Data";

    #[test]
    fn fills_only_what_is_empty_and_marks_it() {
        let mut draft = Draft::default();
        draft.answers.rejection.stage = Some(Stage::FinalRound);
        let n = apply(&read(EMAIL), &mut draft);
        assert!(n >= 6, "{n} filled");
        assert_eq!(draft.answers.rejection.stage, Some(Stage::FinalRound));
        assert_eq!(draft.answers.rejection.company, "Acme");
        let person = &draft.answers.recipients[0];
        assert_eq!(person.name, "Dana Cole");
        assert_eq!(person.relationship, Some(Relationship::HiringManager));
        let marks = &draft.from_email;
        assert!(marks.marks(Answer::Company, None, "Acme"));
        assert!(!marks.marks(Answer::Company, None, "Acme Ltd"));
        assert!(!marks.marks(Answer::Stage, None, Stage::FinalRound.value()));
        assert!(marks.marks(Answer::Name, Some(person.id), "Dana Cole"));
        assert_eq!(
            marks.value_for(Answer::Arrival, None),
            Some("hiring_manager_email")
        );
        assert_eq!(marks.value_for(Answer::Stage, None), None);
    }
}
