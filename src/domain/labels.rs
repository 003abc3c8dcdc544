//! The plain words the user sees for each choice.
//!
//! One place for them, so the wizard's radio buttons and the check-answers
//! summary always say the same thing about the same answer.

use super::model::{
    AddressForm, Arrival, Channel, KeepInMindFor, Length, Recipient, Relationship, Seniority,
    Stage, Tone,
};
use super::record::Word;

/// A choice's label and an optional hint under it; its [`Word`] is the
/// HTML control's value (the stored word, so ids stay the same across
/// releases).
pub trait Choice: Word {
    fn label(self) -> &'static str;

    fn hint(self) -> Option<&'static str> {
        None
    }
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
}

impl Choice for Length {
    fn label(self) -> &'static str {
        match self {
            Length::Short => "Short",
            Length::Standard => "Standard",
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

    /// Every variant has a label, and no two variants of a type share one
    /// (a radio group of two identical labels cannot be answered).
    fn check<T: Choice>() {
        let mut seen = std::collections::HashSet::new();
        for &choice in T::ALL {
            assert!(
                !choice.label().is_empty(),
                "{} has no label",
                choice.value()
            );
            assert!(
                seen.insert(choice.label()),
                "duplicate label {}",
                choice.label()
            );
        }
    }

    #[test]
    fn labels_are_present_and_unique() {
        check::<Stage>();
        check::<Arrival>();
        check::<Relationship>();
        check::<AddressForm>();
        check::<Seniority>();
        check::<KeepInMindFor>();
        check::<Tone>();
        check::<Length>();
        check::<Channel>();
    }
}
