//! The plain words the user sees for each choice.
//!
//! One place for them, so the wizard's radio buttons and the check-answers
//! summary always say the same thing about the same answer.

use super::model::{
    AddressForm, Arrival, Channel, KeepInMindFor, Length, Recipient, Relationship, Seniority,
    Stage, Tone,
};

/// A choice's label, an optional hint under it, and a stable `value` for the
/// HTML control (the serde name, so ids stay the same across releases).
pub trait Choice: Copy + PartialEq + 'static {
    fn label(self) -> &'static str;

    fn hint(self) -> Option<&'static str> {
        None
    }

    fn value(self) -> &'static str;
}

impl Choice for Stage {
    fn label(self) -> &'static str {
        match self {
            Stage::ApplicationOnly => "My application only",
            Stage::PhoneScreen => "A phone or video screening call",
            Stage::Interview => "An interview",
            Stage::FinalRound => "The final round",
            Stage::RunnerUp => "The final round, and they told me it was close",
            Stage::Internal => "I applied internally and someone else was chosen",
            Stage::RoleCancelled => "The role was cancelled or put on hold",
        }
    }

    fn hint(self) -> Option<&'static str> {
        match self {
            Stage::ApplicationOnly => Some("A person wrote to you after reading your application."),
            Stage::RunnerUp => Some("You came second or third."),
            _ => None,
        }
    }

    fn value(self) -> &'static str {
        match self {
            Stage::ApplicationOnly => "application_only",
            Stage::PhoneScreen => "phone_screen",
            Stage::Interview => "interview",
            Stage::FinalRound => "final_round",
            Stage::RunnerUp => "runner_up",
            Stage::Internal => "internal",
            Stage::RoleCancelled => "role_cancelled",
        }
    }
}

impl Choice for Arrival {
    fn label(self) -> &'static str {
        match self {
            Arrival::HiringManagerEmail => "An email from the hiring manager",
            Arrival::RecruiterEmail => "An email from a recruiter or HR",
            Arrival::AgencyRecruiter => "From an agency or search-firm recruiter",
            Arrival::PhoneCall => "A phone call",
            Arrival::LongSilence => "An email after a long silence",
        }
    }

    fn hint(self) -> Option<&'static str> {
        match self {
            Arrival::AgencyRecruiter => {
                Some("Your note goes to the recruiter, who can pass your thanks on.")
            }
            Arrival::PhoneCall => {
                Some("You can also ask for a few lines to say if you call them back.")
            }
            _ => None,
        }
    }

    fn value(self) -> &'static str {
        match self {
            Arrival::HiringManagerEmail => "hiring_manager_email",
            Arrival::RecruiterEmail => "recruiter_email",
            Arrival::AgencyRecruiter => "agency_recruiter",
            Arrival::PhoneCall => "phone_call",
            Arrival::LongSilence => "long_silence",
        }
    }
}

impl Choice for Relationship {
    fn label(self) -> &'static str {
        match self {
            Relationship::HiringManager => "Hiring manager",
            Relationship::Interviewer => "Interviewer",
            Relationship::Recruiter => "Recruiter or HR",
            Relationship::AgencyRecruiter => "Agency or search-firm recruiter",
            Relationship::Panel => "Member of the interview panel",
        }
    }

    fn value(self) -> &'static str {
        match self {
            Relationship::HiringManager => "hiring_manager",
            Relationship::Interviewer => "interviewer",
            Relationship::Recruiter => "recruiter",
            Relationship::AgencyRecruiter => "agency_recruiter",
            Relationship::Panel => "panel",
        }
    }
}

impl Choice for AddressForm {
    fn label(self) -> &'static str {
        match self {
            AddressForm::FirstName => "By their first name",
            AddressForm::TitleAndSurname => "By title and surname",
        }
    }

    fn hint(self) -> Option<&'static str> {
        match self {
            AddressForm::FirstName => Some("For example, “Hi Priya,”"),
            AddressForm::TitleAndSurname => Some("For example, “Dear Ms Novak,”"),
        }
    }

    fn value(self) -> &'static str {
        match self {
            AddressForm::FirstName => "first_name",
            AddressForm::TitleAndSurname => "title_and_surname",
        }
    }
}

impl Choice for Seniority {
    fn label(self) -> &'static str {
        match self {
            Seniority::Entry => "Intern, entry level or new graduate",
            Seniority::Mid => "Mid-level",
            Seniority::Senior => "Senior",
            Seniority::Executive => "Executive",
        }
    }

    fn value(self) -> &'static str {
        match self {
            Seniority::Entry => "entry",
            Seniority::Mid => "mid",
            Seniority::Senior => "senior",
            Seniority::Executive => "executive",
        }
    }
}

impl Choice for KeepInMindFor {
    fn label(self) -> &'static str {
        match self {
            KeepInMindFor::ThisRole => "This role, if anything changes",
            KeepInMindFor::RelatedRoles => "Related roles",
            KeepInMindFor::FutureOpenings => "Future openings",
            KeepInMindFor::NewRole => "A role that could be shaped around what I offer",
        }
    }

    fn hint(self) -> Option<&'static str> {
        match self {
            KeepInMindFor::ThisRole => Some("Their first choice may say no or move on."),
            KeepInMindFor::RelatedRoles => Some("Another role that needs similar strengths."),
            KeepInMindFor::NewRole => Some("Best when you made a strong impression."),
            KeepInMindFor::FutureOpenings => None,
        }
    }

    fn value(self) -> &'static str {
        match self {
            KeepInMindFor::ThisRole => "this_role",
            KeepInMindFor::RelatedRoles => "related_roles",
            KeepInMindFor::FutureOpenings => "future_openings",
            KeepInMindFor::NewRole => "new_role",
        }
    }
}

impl Choice for Tone {
    fn label(self) -> &'static str {
        match self {
            Tone::Warm => "Warm",
            Tone::Formal => "Formal",
            Tone::Concise => "Concise",
        }
    }

    fn hint(self) -> Option<&'static str> {
        match self {
            Tone::Warm => Some("Friendly and personal."),
            Tone::Formal => Some("Polite and a little more reserved."),
            Tone::Concise => Some("Brief and to the point."),
        }
    }

    fn value(self) -> &'static str {
        match self {
            Tone::Warm => "warm",
            Tone::Formal => "formal",
            Tone::Concise => "concise",
        }
    }
}

impl Choice for Length {
    fn label(self) -> &'static str {
        match self {
            Length::Short => "Short",
            Length::Standard => "Standard",
        }
    }

    fn value(self) -> &'static str {
        match self {
            Length::Short => "short",
            Length::Standard => "standard",
        }
    }
}

impl Choice for Channel {
    fn label(self) -> &'static str {
        match self {
            Channel::EmailReply => "An email reply in their thread",
            Channel::EmailNew => "A new email",
            Channel::LinkedInInvite => "A LinkedIn invitation note",
            Channel::LinkedInMessage => "A LinkedIn message",
            Channel::Card => "A handwritten card",
            Channel::PhoneScript => "A few lines to say if you call them back",
        }
    }

    fn hint(self) -> Option<&'static str> {
        match self {
            Channel::LinkedInInvite => Some("Up to 200 characters, or 300 with LinkedIn Premium."),
            Channel::Card => Some("Three to five sentences, ready to copy out or print."),
            _ => None,
        }
    }

    fn value(self) -> &'static str {
        match self {
            Channel::EmailReply => "email_reply",
            Channel::EmailNew => "email_new",
            Channel::LinkedInInvite => "linkedin_invite",
            Channel::LinkedInMessage => "linkedin_message",
            Channel::Card => "card",
            Channel::PhoneScript => "phone_script",
        }
    }
}

/// How the app refers to a person: their name, or "this person" before
/// they have one.
pub fn person_name(person: &Recipient) -> &str {
    match person.name.trim() {
        "" => "this person",
        name => name,
    }
}

/// A short name for a channel, as a note's heading: "Email reply".
pub fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::EmailReply => "Email reply",
        Channel::EmailNew => "New email",
        Channel::LinkedInInvite => "LinkedIn invitation",
        Channel::LinkedInMessage => "LinkedIn message",
        Channel::Card => "Handwritten card",
        Channel::PhoneScript => "Phone script",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `value` of a choice is its serde name, so saved drafts and HTML ids agree.
    fn check<T: Choice + serde::Serialize>(all: &[T]) {
        let mut seen = std::collections::HashSet::new();
        for &choice in all {
            let json = serde_json::to_string(&choice).unwrap();
            assert_eq!(json.trim_matches('"'), choice.value());
            assert!(
                seen.insert(choice.value()),
                "duplicate value {}",
                choice.value()
            );
            assert!(!choice.label().is_empty());
        }
    }

    #[test]
    fn values_are_the_serde_names_and_unique() {
        check(&Stage::ALL);
        check(&Arrival::ALL);
        check(&Relationship::ALL);
        check(&[AddressForm::FirstName, AddressForm::TitleAndSurname]);
        check(&Seniority::ALL);
        check(&KeepInMindFor::ALL);
        check(&Tone::ALL);
        check(&[Length::Short, Length::Standard]);
        check(&Channel::ALL);
    }
}
