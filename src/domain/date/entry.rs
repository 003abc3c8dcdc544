//! Dates typed the GOV.UK way, in three boxes (day, month, year), and what
//! is wrong with them in GOV.UK's words.
//!
//! Why three boxes and not `<input type=date>`: the browser's picker shows
//! the order and words of its own locale, cannot be read back by a screen
//! reader the same way everywhere, and gives an empty value for a date it
//! does not like, so a typo is lost without a word.
//!
//! Why the stored form is one string: a date field has always held
//! `YYYY-MM-DD`, and older records and backups must keep reading. A real
//! date written the way [`Parts::of`] shows it is stored as `YYYY-MM-DD`
//! still; anything else (half typed, a leading zero, a typo) is stored
//! exactly as typed, the three boxes joined by line feeds, day first
//! (`"27\n3\n"`). A text box cannot hold a line feed (the browser strips
//! them), so the split is never ambiguous and no keystroke is lost; and
//! [`Date::parse`] reads both forms, so a date typed as `02 03 2026` is
//! still the date everywhere else.

use super::Date;

/// One of the three boxes, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Day,
    Month,
    Year,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Day, Part::Month, Part::Year];

    /// The box's label, "Day".
    pub fn label(self) -> &'static str {
        ["Day", "Month", "Year"][self as usize]
    }

    /// The end of the box's id: `date-day` for the date `date`.
    pub fn suffix(self) -> &'static str {
        ["day", "month", "year"][self as usize]
    }

    /// The box's id for the date control `id`.
    ///
    /// ```
    /// use kept_in_mind::domain::date::entry::Part;
    /// assert_eq!(Part::Month.id("sent-1"), "sent-1-month");
    /// ```
    pub fn id(self, id: &str) -> String {
        format!("{id}-{}", self.suffix())
    }
}

/// What the three boxes hold, exactly as typed, day first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parts(pub [String; 3]);

impl Parts {
    /// The boxes for a stored value: `YYYY-MM-DD`, the typed form, or empty.
    ///
    /// ```
    /// use kept_in_mind::domain::date::entry::{Part, Parts};
    /// assert_eq!(Parts::from_stored("2026-03-02").get(Part::Month), "3");
    /// assert_eq!(Parts::from_stored("27\n3\n").get(Part::Year), "");
    /// ```
    pub fn from_stored(stored: &str) -> Parts {
        let mut parts = Parts::default();
        if stored.contains('\n') {
            for (slot, text) in parts.0.iter_mut().zip(stored.splitn(3, '\n')) {
                *slot = text.to_owned();
            }
        } else if let Some(date) = Date::parse_iso(stored) {
            return Parts::of(date);
        } else {
            // Something else (not written by this app): kept in the first box.
            parts.0[0] = stored.to_owned();
        }
        parts
    }

    /// The stored value: see the module doc. The inverse of [`Parts::from_stored`]
    /// for boxes without line feeds.
    pub fn to_stored(&self) -> String {
        if self.0.iter().all(String::is_empty) {
            return String::new();
        }
        match self.read() {
            Ok(Some(date)) if Parts::of(date) == *self => date.to_string(),
            _ => self.0.join("\n"),
        }
    }

    /// The boxes as this app shows a date: `27`, `3`, `2026`.
    pub fn of(date: Date) -> Parts {
        Parts([
            date.day.to_string(),
            date.month.to_string(),
            date.year.to_string(),
        ])
    }

    /// What one box holds.
    pub fn get(&self, part: Part) -> &str {
        &self.0[part as usize]
    }

    /// The stored value after `text` is typed into one box.
    pub fn with(stored: &str, part: Part, text: String) -> String {
        let mut parts = Parts::from_stored(stored);
        parts.0[part as usize] = text;
        parts.to_stored()
    }

    /// The date, `None` for three empty boxes, or what is wrong, with no
    /// rule beyond being a real date.
    pub fn read(&self) -> Result<Option<Date>, DateError> {
        check(self, Rule::ANY, None)
    }
}

/// What a date control asks of its date.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// The message when all three boxes are empty; `None` when that is fine.
    pub missing: Option<&'static str>,
    /// The date may not be after today.
    pub past_only: bool,
}

impl Rule {
    /// Any real date, or none.
    pub const ANY: Rule = Rule {
        missing: None,
        past_only: false,
    };
}

/// What is wrong with a typed date, and the first box to put right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateError {
    pub part: Part,
    pub message: &'static str,
}

/// GOV.UK's "must include" wording for each set of empty boxes (day, month,
/// year bits), at index `day + 2 * month + 4 * year`.
const INCOMPLETE: [&str; 7] = [
    "",
    "The date must include a day",
    "The date must include a month",
    "The date must include a day and month",
    "The date must include a year",
    "The date must include a day and year",
    "The date must include a month and year",
];

const NOT_REAL: &str = "The date must be a real date";
const YEAR_DIGITS: &str = "The year must include 4 numbers";
const FUTURE: &str = "The date must be today or in the past";

/// Checks typed boxes against `rule`: the date, `None` for three empty
/// boxes where that is allowed, or the first problem in GOV.UK's words.
/// `today` is needed only for `past_only`; without it that rule is skipped.
///
/// ```
/// use kept_in_mind::domain::date::entry::{check, Part, Parts, Rule};
/// let typed = Parts(["27".into(), "".into(), "2026".into()]);
/// let error = check(&typed, Rule::ANY, None).unwrap_err();
/// assert_eq!((error.part, error.message), (Part::Month, "The date must include a month"));
/// ```
pub fn check(parts: &Parts, rule: Rule, today: Option<Date>) -> Result<Option<Date>, DateError> {
    let text = parts.0.each_ref().map(|p| p.trim());
    let fail = |part, message| Err(DateError { part, message });
    let empty = text.map(str::is_empty);
    if empty.iter().all(|&e| e) {
        return match rule.missing {
            Some(message) => fail(Part::Day, message),
            None => Ok(None),
        };
    }
    if let Some(first) = Part::ALL.into_iter().find(|&p| empty[p as usize]) {
        let index = usize::from(empty[0]) + 2 * usize::from(empty[1]) + 4 * usize::from(empty[2]);
        return fail(first, INCOMPLETE[index]);
    }
    // A box's number if it holds only digits and is at most `max`.
    let number = |part: Part, max: u32| {
        let t = text[part as usize];
        t.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| t.parse().ok())
            .flatten()
            .filter(|n| (1..=max).contains(n))
    };
    let Some(day) = number(Part::Day, 31) else {
        return fail(Part::Day, NOT_REAL);
    };
    let Some(month) = number(Part::Month, 12) else {
        return fail(Part::Month, NOT_REAL);
    };
    let Some(year) = number(Part::Year, u32::MAX) else {
        return fail(Part::Year, NOT_REAL);
    };
    if text[2].len() != 4 {
        return fail(Part::Year, YEAR_DIGITS);
    }
    let Some(date) = Date::new(year as i32, month as u8, day as u8) else {
        return fail(Part::Day, NOT_REAL);
    };
    match today {
        Some(today) if rule.past_only && date > today => fail(Part::Day, FUTURE),
        _ => Ok(Some(date)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(day: &str, month: &str, year: &str) -> Parts {
        Parts([day.into(), month.into(), year.into()])
    }

    const TODAY: Date = Date {
        year: 2026,
        month: 12,
        day: 2,
    };

    const SENT: Rule = Rule {
        missing: Some("Enter the day you sent it"),
        past_only: true,
    };

    /// `typed` (day/month/year, `_` for an empty box) under `rule` gives
    /// `want`: a date `YYYY-MM-DD`, `""` for none, or `box: message`.
    fn check_one(typed: &str, rule: Rule, want: &str) {
        let boxes: Vec<&str> = typed
            .split('/')
            .map(|t| if t == "_" { "" } else { t })
            .collect();
        let got = match check(&parts(boxes[0], boxes[1], boxes[2]), rule, Some(TODAY)) {
            Ok(Some(date)) => date.to_string(),
            Ok(None) => String::new(),
            Err(e) => format!("{}: {}", e.part.label(), e.message),
        };
        assert_eq!(got, want, "{typed:?}");
    }

    #[test]
    fn typed_dates_are_read_or_named_in_govuk_words() {
        for (typed, rule, want) in [
            ("27/3/2026", Rule::ANY, "2026-03-27"),
            ("02/03/2026", Rule::ANY, "2026-03-02"),
            (" 1 / 12/2026 ", Rule::ANY, "2026-12-01"),
            ("_/_/_", Rule::ANY, ""),
            ("_/_/_", SENT, "Day: Enter the day you sent it"),
            (
                "27/_/2026",
                Rule::ANY,
                "Month: The date must include a month",
            ),
            ("_/3/2026", Rule::ANY, "Day: The date must include a day"),
            ("27/3/_", Rule::ANY, "Year: The date must include a year"),
            (
                "_/_/2026",
                Rule::ANY,
                "Day: The date must include a day and month",
            ),
            (
                "_/3/_",
                Rule::ANY,
                "Day: The date must include a day and year",
            ),
            (
                "27/_/_",
                Rule::ANY,
                "Month: The date must include a month and year",
            ),
            ("32/3/2026", Rule::ANY, "Day: The date must be a real date"),
            ("0/3/2026", Rule::ANY, "Day: The date must be a real date"),
            ("x/3/2026", Rule::ANY, "Day: The date must be a real date"),
            (
                "27/13/2026",
                Rule::ANY,
                "Month: The date must be a real date",
            ),
            (
                "27/March/2026",
                Rule::ANY,
                "Month: The date must be a real date",
            ),
            (
                "27/3/26",
                Rule::ANY,
                "Year: The year must include 4 numbers",
            ),
            (
                "27/3/20266",
                Rule::ANY,
                "Year: The year must include 4 numbers",
            ),
            ("27/3/2O26", Rule::ANY, "Year: The date must be a real date"),
            ("31/4/2026", Rule::ANY, "Day: The date must be a real date"),
            ("29/2/2026", Rule::ANY, "Day: The date must be a real date"),
            ("29/2/2028", Rule::ANY, "2028-02-29"),
            (
                "3/12/2026",
                SENT,
                "Day: The date must be today or in the past",
            ),
            ("2/12/2026", SENT, "2026-12-02"),
            ("3/12/2026", Rule::ANY, "2026-12-03"),
            ("２/12/2026", Rule::ANY, "Day: The date must be a real date"),
        ] {
            check_one(typed, rule, want);
        }
    }

    #[test]
    fn stored_values_keep_every_keystroke() {
        for (typed, stored) in [
            (parts("", "", ""), ""),
            (parts("27", "3", "2026"), "2026-03-27"),
            (parts("27", "3", ""), "27\n3\n"),
            (parts("02", "3", "2026"), "02\n3\n2026"),
            (parts("31", "4", "2026"), "31\n4\n2026"),
            (parts("27-3-2026", "", ""), "27-3-2026\n\n"),
        ] {
            assert_eq!(typed.to_stored(), stored, "{typed:?}");
            assert_eq!(Parts::from_stored(stored), typed, "{stored:?}");
        }
        assert_eq!(
            Parts::from_stored("someday"),
            parts("someday", "", ""),
            "text from elsewhere stays in sight"
        );
    }

    #[test]
    fn typing_into_one_box_changes_only_that_box() {
        let mut stored = String::new();
        for (part, text, want) in [
            (Part::Day, "2", "2\n\n"),
            (Part::Day, "27", "27\n\n"),
            (Part::Month, "3", "27\n3\n"),
            (Part::Year, "202", "27\n3\n202"),
            (Part::Year, "2026", "2026-03-27"),
            (Part::Month, "", "27\n\n2026"),
        ] {
            stored = Parts::with(&stored, part, text.into());
            assert_eq!(stored, want, "{part:?} {text}");
        }
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn every_real_date_round_trips_through_its_boxes(days in -354_000i64..2_900_000) {
            let date = Date::from_days_since_epoch(days);
            let boxes = Parts::of(date);
            proptest::prop_assert_eq!(check(&boxes, Rule::ANY, None), Ok(Some(date)));
            proptest::prop_assert_eq!(boxes.to_stored(), date.to_string());
            proptest::prop_assert_eq!(&Parts::from_stored(&date.to_string()), &boxes);
            proptest::prop_assert_eq!(Date::parse(&boxes.0.join("\n")), Some(date));
        }

        #[test]
        fn whatever_is_typed_comes_back(typed in proptest::array::uniform3("[^\n]{0,12}")) {
            let boxes = Parts(typed);
            proptest::prop_assert_eq!(Parts::from_stored(&boxes.to_stored()), boxes);
        }
    }
}
