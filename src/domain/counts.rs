//! The line under each note: how long it is, and whether it fits.
//!
//! Kept out of the view so the wording ("1 word", "12 over LinkedIn’s
//! limit") and the over-limit rule are tested without a browser.

use super::text::{char_count, word_count};

/// A note's length as the notes page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counts {
    /// "41 words · 230 of 200 characters: 30 over LinkedIn’s limit".
    pub text: String,
    /// True when LinkedIn's limit applies and the note is over it.
    pub over: bool,
}

impl Counts {
    /// Counts `body`; `linkedin_limit` is the LinkedIn invitation's
    /// character limit, for that channel only.
    ///
    /// ```
    /// use kept_in_mind::domain::counts::Counts;
    /// assert_eq!(Counts::of("Hi Priya", Some(200)).text, "2 words · 8 of 200 characters");
    /// ```
    pub fn of(body: &str, linkedin_limit: Option<usize>) -> Counts {
        let words = match word_count(body) {
            1 => "1 word".to_owned(),
            n => format!("{n} words"),
        };
        let chars = char_count(body);
        match linkedin_limit {
            Some(limit) if chars > limit => Counts {
                text: format!(
                    "{words} · {chars} of {limit} characters: {} over LinkedIn’s limit",
                    chars - limit
                ),
                over: true,
            },
            Some(limit) => Counts {
                text: format!("{words} · {chars} of {limit} characters"),
                over: false,
            },
            None => Counts {
                text: format!("{words} · {chars} characters"),
                over: false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Counts;

    fn check(body: &str, limit: Option<usize>, text: &str, over: bool) {
        let counts = Counts::of(body, limit);
        assert_eq!(counts.text, text, "{body:?} with limit {limit:?}");
        assert_eq!(counts.over, over, "{body:?} with limit {limit:?}");
    }

    #[test]
    fn counts_read_naturally_and_flag_only_what_is_over() {
        check("", None, "0 words · 0 characters", false);
        check("Thanks", None, "1 word · 6 characters", false);
        check(
            "Hi Priya,\nthanks",
            Some(16),
            "3 words · 16 of 16 characters",
            false,
        );
        check(
            "Hi Priya,\nthanks!",
            Some(16),
            "3 words · 17 of 16 characters: 1 over LinkedIn’s limit",
            true,
        );
        // An emoji is two UTF-16 units, as LinkedIn's box counts it.
        check(
            "Hi 🙂",
            Some(4),
            "2 words · 5 of 4 characters: 1 over LinkedIn’s limit",
            true,
        );
    }
}
