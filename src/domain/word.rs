//! Unit enums kept in storage as one word.
//!
//! serde's derive writes a visitor for every enum and another for every
//! `Option` of it, about 1 KB of WebAssembly each. Every stored enum is
//! instead written as its [`Word::value`] and read back by looking the word
//! up in [`Word::ALL`], through one small generic function. The words are the
//! ones the derive wrote (`snake_case`), so every stored draft and backup
//! still reads; the tests below hold that.

use serde::de::{Deserialize, Deserializer, Error};
use serde::{Serialize, Serializer};

use super::draft::PlanChoice;
use super::model::{
    AddressForm, Arrival, Channel, KeepInMindFor, Length, Relationship, Seniority, Stage, Tone,
};

/// A unit enum with one stored word per variant.
///
/// ```
/// use kept_in_mind::domain::{model::Tone, word::Word};
/// assert_eq!(Tone::Formal.value(), "formal");
/// assert_eq!(Tone::from_value("formal"), Some(Tone::Formal));
/// ```
pub trait Word: Copy + PartialEq + 'static {
    /// Every variant.
    const ALL: &'static [Self];

    /// The stored word, also the value of the variant's HTML control.
    fn value(self) -> &'static str;

    /// The variant stored as `word`, if any.
    fn from_value(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.value() == word)
    }
}

/// Serde through [`Word`] for each listed type.
macro_rules! stored_as_word {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.value())
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                read(deserializer)
            }
        }
    )*};
}

stored_as_word!(
    Stage,
    Arrival,
    Relationship,
    AddressForm,
    Seniority,
    KeepInMindFor,
    Tone,
    Length,
    Channel,
    PlanChoice
);

/// An unknown word is an error, as with the derive: the record is set aside,
/// not read with a guess.
fn read<'de, D: Deserializer<'de>, T: Word>(deserializer: D) -> Result<T, D::Error> {
    let word = String::deserialize(deserializer)?;
    T::from_value(&word).ok_or_else(|| D::Error::custom("unknown word"))
}

impl Word for Stage {
    const ALL: &'static [Self] = &Stage::ALL;

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

impl Word for Arrival {
    const ALL: &'static [Self] = &Arrival::ALL;

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

impl Word for Relationship {
    const ALL: &'static [Self] = &Relationship::ALL;

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

impl Word for AddressForm {
    const ALL: &'static [Self] = &[AddressForm::FirstName, AddressForm::TitleAndSurname];

    fn value(self) -> &'static str {
        match self {
            AddressForm::FirstName => "first_name",
            AddressForm::TitleAndSurname => "title_and_surname",
        }
    }
}

impl Word for Seniority {
    const ALL: &'static [Self] = &Seniority::ALL;

    fn value(self) -> &'static str {
        match self {
            Seniority::Entry => "entry",
            Seniority::Mid => "mid",
            Seniority::Senior => "senior",
            Seniority::Executive => "executive",
        }
    }
}

impl Word for KeepInMindFor {
    const ALL: &'static [Self] = &KeepInMindFor::ALL;

    fn value(self) -> &'static str {
        match self {
            KeepInMindFor::ThisRole => "this_role",
            KeepInMindFor::RelatedRoles => "related_roles",
            KeepInMindFor::FutureOpenings => "future_openings",
            KeepInMindFor::NewRole => "new_role",
        }
    }
}

impl Word for Tone {
    const ALL: &'static [Self] = &Tone::ALL;

    fn value(self) -> &'static str {
        match self {
            Tone::Warm => "warm",
            Tone::Formal => "formal",
            Tone::Concise => "concise",
        }
    }
}

impl Word for Length {
    const ALL: &'static [Self] = &[Length::Short, Length::Standard];

    fn value(self) -> &'static str {
        match self {
            Length::Short => "short",
            Length::Standard => "standard",
        }
    }
}

impl Word for Channel {
    const ALL: &'static [Self] = &Channel::ALL;

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

impl Word for PlanChoice {
    const ALL: &'static [Self] = &[PlanChoice::Offered, PlanChoice::Accepted, PlanChoice::Off];

    fn value(self) -> &'static str {
        match self {
            PlanChoice::Offered => "offered",
            PlanChoice::Accepted => "accepted",
            PlanChoice::Off => "off",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each type's words: unique, `snake_case`, and read back to the same
    /// variant from JSON; `expected` are the words the serde derive wrote
    /// before this module, so stored data keeps reading.
    fn check<T: Word + std::fmt::Debug + Serialize + for<'de> Deserialize<'de>>(expected: &[&str]) {
        let words: Vec<&str> = T::ALL.iter().map(|v| v.value()).collect();
        assert_eq!(words, expected);
        for &variant in T::ALL {
            let json = serde_json::to_string(&variant).unwrap();
            assert_eq!(json, format!("\"{}\"", variant.value()));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), variant);
        }
        assert!(serde_json::from_str::<T>("\"no_such_word\"").is_err());
        assert!(serde_json::from_str::<T>("3").is_err());
    }

    #[test]
    fn words_are_the_old_serde_names_and_read_back() {
        check::<Stage>(&[
            "application_only",
            "phone_screen",
            "interview",
            "final_round",
            "runner_up",
            "internal",
            "role_cancelled",
        ]);
        check::<Arrival>(&[
            "hiring_manager_email",
            "recruiter_email",
            "agency_recruiter",
            "phone_call",
            "long_silence",
        ]);
        check::<Relationship>(&[
            "hiring_manager",
            "interviewer",
            "recruiter",
            "agency_recruiter",
            "panel",
        ]);
        check::<AddressForm>(&["first_name", "title_and_surname"]);
        check::<Seniority>(&["entry", "mid", "senior", "executive"]);
        check::<KeepInMindFor>(&["this_role", "related_roles", "future_openings", "new_role"]);
        check::<Tone>(&["warm", "formal", "concise"]);
        check::<Length>(&["short", "standard"]);
        check::<Channel>(&[
            "email_reply",
            "email_new",
            "linkedin_invite",
            "linkedin_message",
            "card",
            "phone_script",
        ]);
        check::<PlanChoice>(&["offered", "accepted", "off"]);
    }
}
