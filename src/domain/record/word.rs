//! Unit enums kept in storage as one word.
//!
//! serde's derive writes a visitor for every enum and another for every
//! `Option` of it, about 1 KB of WebAssembly each. Every stored enum is
//! instead declared through [`stored_enum!`], which lists each variant with
//! its stored word once and gives the enum its [`Word`] impl, its JSON
//! reader and writer and its merge (a leaf: one value). The words are the ones the
//! derive wrote (`snake_case`), so every stored draft and backup still reads;
//! the tests below hold that.

use super::read::{Error, Json, ReadJson, Result};

/// A unit enum with one stored word per variant.
///
/// ```
/// use kept_in_mind::domain::{model::Tone, record::Word};
/// assert_eq!(Tone::Formal.value(), "formal");
/// assert_eq!(Tone::from_value("formal"), Some(Tone::Formal));
/// ```
pub trait Word: Copy + PartialEq + 'static {
    /// Every variant.
    const ALL: &'static [Self];

    /// The stored word, also the value of the variant's HTML control.
    fn value(self) -> &'static str;

    /// Words an earlier build stored, with the variant each now reads as.
    const OLD: &'static [(&'static str, Self)];

    /// Every variant's stored word, in the order of [`Word::ALL`].
    const WORDS: &'static [&'static str];

    /// The variant stored as `word` (or as one of its older words), if any.
    fn from_value(word: &str) -> Option<Self> {
        match position(Self::WORDS, word) {
            Some(i) => Self::ALL.get(i).copied(),
            None => Self::OLD.iter().find(|(w, _)| *w == word).map(|&(_, v)| v),
        }
    }
}

/// Where `word` is in `words`: one function for every enum's reader.
#[inline(never)]
fn position(words: &[&str], word: &str) -> Option<usize> {
    words.iter().position(|w| *w == word)
}

/// Declares a stored enum, each variant with its stored word (and any older
/// words it was stored as, after `|`, which are read and never written).
///
/// ```ignore
/// stored_enum! {
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum Length { Short = "short", Standard = "standard" }
/// }
/// ```
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $t:ident {
            $($(#[$vmeta:meta])* $variant:ident = $word:literal $(| $old:literal)*),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $t {
            $($(#[$vmeta])* $variant),*
        }

        impl $t {
            /// Every variant, in the order declared.
            pub const ALL: [$t; <[&str]>::len(&[$(stringify!($variant)),*])] = [$($t::$variant),*];
        }

        impl $crate::domain::record::Word for $t {
            const ALL: &'static [Self] = &$t::ALL;
            const OLD: &'static [(&'static str, Self)] = &[$($(($old, $t::$variant),)*)*];
            const WORDS: &'static [&'static str] = &[$($word),*];

            fn value(self) -> &'static str {
                match self {
                    $($t::$variant => $word),*
                }
            }
        }

        impl<'a> $crate::domain::record::read::ReadJson<'a> for $t {
            fn read_json(json: &mut $crate::domain::record::read::Json<'a>) -> $crate::domain::record::read::Result<Self> {
                $crate::domain::record::word::read(json)
            }
        }

        #[cfg(test)]
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str($crate::domain::record::Word::value(*self))
            }
        }

        #[cfg(test)]
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::domain::record::word::reference::read(deserializer)
            }
        }

        impl $crate::domain::record::json::WriteJson for $t {
            fn write_json(&self, out: &mut String) {
                $crate::domain::record::json::write_word($crate::domain::record::Word::value(*self), out);
            }
        }

        impl $crate::domain::record::Merge for $t {
            const LEAF: bool = true;
        }
    };
}

pub(crate) use stored_enum;

/// An unknown word is an error (`Data`), as with the derive: the record is
/// set aside, not read with a guess.
pub(crate) fn read<T: Word>(json: &mut Json) -> Result<T> {
    let word = String::read_json(json)?;
    T::from_value(&word).ok_or(Error::Data)
}

/// The serde reader this module had, kept in tests as the reference.
#[cfg(test)]
pub(crate) mod reference {
    use super::Word;
    use serde::Deserialize;
    use serde::de::{Deserializer, Error};

    pub(crate) fn read<'de, D: Deserializer<'de>, T: Word>(deserializer: D) -> Result<T, D::Error> {
        let word = String::deserialize(deserializer)?;
        T::from_value(&word).ok_or_else(|| D::Error::custom("unknown word"))
    }
}

#[cfg(test)]
mod tests {
    use super::Word;
    use crate::domain::draft::PlanChoice;
    use crate::domain::model::{
        AddressForm, Arrival, Channel, KeepInMindFor, Length, Relationship, Seniority, Stage, Tone,
    };
    use crate::domain::record::Answer;
    use crate::domain::record::read::{Error, ReadJson, from_str};
    use serde::{Deserialize, Serialize};

    /// Each type's words: unique, `snake_case`, and read back to the same
    /// variant from JSON; `expected` are the words the serde derive wrote
    /// before this module, so stored data keeps reading.
    fn check<T>(expected: &[&str])
    where
        T: Word + std::fmt::Debug + Serialize + for<'de> Deserialize<'de> + for<'a> ReadJson<'a>,
    {
        let words: Vec<&str> = T::ALL.iter().map(|v| v.value()).collect();
        assert_eq!(words, expected);
        for &variant in T::ALL {
            let json = serde_json::to_string(&variant).unwrap();
            assert_eq!(json, format!("\"{}\"", variant.value()));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), variant);
            assert_eq!(from_str::<T>(&json), Ok(variant));
        }
        assert!(serde_json::from_str::<T>("\"no_such_word\"").is_err());
        assert!(serde_json::from_str::<T>("3").is_err());
        assert_eq!(from_str::<T>("\"no_such_word\""), Err(Error::Data));
        assert_eq!(from_str::<T>("3"), Err(Error::Data));
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
        check::<Answer>(&[
            "company",
            "job_title",
            "date",
            "original_subject",
            "your_name",
            "stage",
            "arrival",
            "said_keep_in_mind",
            "name",
            "their_job_title",
            "email",
            "relationship",
        ]);
    }
}
