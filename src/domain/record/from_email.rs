//! What came from the pasted email, kept with the record: which answers it
//! filled in (so each question page marks them "(from their email)" until
//! the user changes them) and the email itself when the user chose to keep it.

use super::json::{read_with_defaults, write_in_order};
use super::merge::{Entry, merge_fields};
use super::word::stored_enum;

/// What was filled in from a pasted email, part of every record; not
/// written at all while unused.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct FromEmail {
    /// Whether the user chose to keep the pasted text with their answers.
    pub keep_text: bool,
    /// The pasted text: always empty unless `keep_text`.
    pub text: String,
    /// The answers filled in from it.
    pub filled: Vec<Filled>,
}

/// One answer filled in: which answer, whose it is (for the people pages),
/// and the value as the control holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Filled {
    pub field: Answer,
    pub person: Option<u32>,
    pub value: String,
}

stored_enum! {
    /// An answer the email reader can fill in. Records before this type
    /// stored the HTML control's id instead; those ids are read as the
    /// older words, so renaming a control never touches saved data.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Answer {
        #[default]
        Company = "company",
        JobTitle = "job_title" | "job-title",
        Date = "date",
        Subject = "original_subject" | "original-subject",
        YourName = "your_name" | "your-name",
        Stage = "stage",
        Arrival = "arrival",
        SaidKeep = "said_keep_in_mind" | "said-keep",
        Name = "name",
        TheirTitle = "their_job_title" | "their-title",
        Email = "email",
        Relationship = "relationship",
    }
}

read_with_defaults!(FromEmail {
    keep_text,
    text,
    filled
});
write_in_order!(FromEmail {
    keep_text,
    text,
    filled
});
merge_fields!(FromEmail {
    keep_text,
    text,
    filled
});
read_with_defaults!(Filled {
    field,
    person,
    value
});
write_in_order!(Filled {
    field,
    person,
    value
});
merge_fields!(Filled {
    field,
    person,
    value
});
impl Entry for Filled {}

impl FromEmail {
    /// Nothing was pasted or filled in.
    pub fn is_unused(&self) -> bool {
        !self.keep_text && self.text.is_empty() && self.filled.is_empty()
    }

    /// Whether `answer` (of `person`) still holds what the email gave.
    ///
    /// ```
    /// use kept_in_mind::domain::record::{Answer, Filled, FromEmail};
    /// let from_email = FromEmail {
    ///     filled: vec![Filled { field: Answer::Company, person: None, value: "Acme".into() }],
    ///     ..FromEmail::default()
    /// };
    /// assert!(from_email.marks(Answer::Company, None, "Acme"));
    /// assert!(!from_email.marks(Answer::Company, None, "Acme Ltd"));
    /// ```
    pub fn marks(&self, answer: Answer, person: Option<u32>, current: &str) -> bool {
        !current.is_empty()
            && self
                .filled
                .iter()
                .any(|f| f.field == answer && f.person == person && f.value == current)
    }

    /// The value the email gave for `answer` (of `person`), if it filled one.
    ///
    /// ```
    /// use kept_in_mind::domain::record::{Answer, FromEmail};
    /// assert_eq!(FromEmail::default().value_for(Answer::Stage, None), None);
    /// ```
    pub fn value_for(&self, answer: Answer, person: Option<u32>) -> Option<&str> {
        self.filled
            .iter()
            .rev()
            .find(|f| f.field == answer && f.person == person)
            .map(|f| f.value.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::draft::Draft;

    /// Records stored before `Answer` named the HTML control; they read as
    /// the same answers and are written with the stored words from then on.
    #[test]
    fn control_ids_stored_before_read_as_answers() {
        let check = |id: &str, answer: Answer, word: &str| {
            let raw = format!(
                r#"{{"version":2,"id":"00000000000000ab","from_email":{{"keep_text":false,"text":"","filled":[{{"field":"{id}","person":null,"value":"x"}}]}}}}"#
            );
            let draft = Draft::load(&raw).unwrap();
            assert_eq!(draft.from_email.filled[0].field, answer, "{id}");
            assert!(
                draft.to_json().contains(&format!(r#""field":"{word}""#)),
                "{id}"
            );
        };
        check("company", Answer::Company, "company");
        check("job-title", Answer::JobTitle, "job_title");
        check("original-subject", Answer::Subject, "original_subject");
        check("your-name", Answer::YourName, "your_name");
        check("said-keep", Answer::SaidKeep, "said_keep_in_mind");
        check("their-title", Answer::TheirTitle, "their_job_title");
        check("relationship", Answer::Relationship, "relationship");
        assert!(
            Draft::load(r#"{"version":2,"from_email":{"filled":[{"field":"no-such-box"}]}}"#)
                .is_err()
        );
    }
}
