//! Calendar dates without a date library: what the check-in plan, the
//! "sent on" dates and calendar files need, and nothing more.
//!
//! A date library (chrono, time) would cost more WebAssembly than this whole
//! module; the app only needs whole days in the proleptic Gregorian calendar,
//! `YYYY-MM-DD` text (how dates are stored), the three boxes a person types a
//! date into ([`entry`]) and a UTC time stamp for calendar files. The browser
//! supplies "today" in the user's own time zone, so no time-zone rules are
//! needed here.

pub mod entry;

/// The months' names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day in the Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MS_PER_DAY: i64 = 86_400_000;

impl Date {
    /// Reads a stored date: `YYYY-MM-DD`, or three boxes as typed (see
    /// [`entry`]) that make a real date; anything else, or a day that does
    /// not exist, is `None`.
    ///
    /// ```
    /// use kept_in_mind::domain::date::Date;
    /// assert_eq!(Date::parse("2026-02-29"), None);
    /// assert_eq!(Date::parse("2028-02-29").unwrap().to_string(), "2028-02-29");
    /// assert_eq!(Date::parse("02\n3\n2026").unwrap().to_string(), "2026-03-02");
    /// ```
    pub fn parse(text: &str) -> Option<Date> {
        if text.contains('\n') {
            return entry::Parts::from_stored(text).read().ok().flatten();
        }
        Date::parse_iso(text)
    }

    fn parse_iso(text: &str) -> Option<Date> {
        let text = text.trim();
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        Date::new(
            number(0..4)? as i32,
            number(5..7)? as u8,
            number(8..10)? as u8,
        )
    }

    /// The date, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(())?;
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The UTC date of a time stamp in milliseconds since the epoch.
    pub fn from_epoch_ms(ms: u64) -> Date {
        Date::from_days_since_epoch((ms as i64).div_euclid(MS_PER_DAY))
    }

    /// This date plus `days` (which may be negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// This date plus `months`, keeping the day where it exists and using
    /// the month's last day otherwise (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, months: u32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = index.div_euclid(12) as i32;
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// "December 2026", for "we spoke in December 2026".
    pub fn month_year(self) -> String {
        format!("{} {}", self.month_name(), self.year)
    }

    /// "1 December 2026": unambiguous in every English-speaking country.
    pub fn long(self) -> String {
        format!("{} {}", self.day, self.month_year())
    }

    fn month_name(self) -> &'static str {
        MONTHS[usize::from(self.month - 1)]
    }

    /// `YYYYMMDD`, the form of an all-day date in a calendar file.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl std::fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A UTC time stamp in the basic form calendar files use: `20261201T213825Z`.
///
/// ```
/// assert_eq!(kept_in_mind::domain::date::utc_stamp(0), "19700101T000000Z");
/// ```
pub fn utc_stamp(ms: u64) -> String {
    let date = Date::from_epoch_ms(ms);
    let seconds = (ms / 1000) % 86_400;
    format!(
        "{}T{:02}{:02}{:02}Z",
        date.compact(),
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, days: i64) {
        let date = Date::parse(text).unwrap_or_else(|| panic!("{text} parses"));
        assert_eq!(date.days_since_epoch(), days, "{text}");
        assert_eq!(Date::from_days_since_epoch(days), date, "{days}");
        assert_eq!(date.to_string(), text);
    }

    #[test]
    fn dates_round_trip_through_day_numbers() {
        check("1970-01-01", 0);
        check("1969-12-31", -1);
        check("2000-02-29", 11_016);
        check("2026-12-01", 20_788);
        check("2100-03-01", 47_541);
    }

    #[test]
    fn every_day_of_four_centuries_round_trips() {
        let start = Date::parse("1900-01-01").unwrap().days_since_epoch();
        let mut previous = Date::from_days_since_epoch(start - 1);
        for days in start..start + 146_097 {
            let date = Date::from_days_since_epoch(days);
            assert!(date > previous, "{date} after {previous}");
            assert_eq!(Date::new(date.year, date.month, date.day), Some(date));
            assert_eq!(date.days_since_epoch(), days);
            previous = date;
        }
    }

    #[test]
    fn only_real_dates_in_the_iso_form_parse() {
        for bad in [
            "",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-02-29",
            "2026-1-01",
            "01/12/2026",
            "2026-12-01T10:00",
            "+026-12-01",
            "２０２６-12-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
        assert_eq!(
            Date::parse(" 2026-12-01 "),
            Date::new(2026, 12, 1),
            "spaces around are fine"
        );
    }

    #[test]
    fn months_are_added_by_the_calendar() {
        let add = |from: &str, months| Date::parse(from).unwrap().add_months(months).to_string();
        assert_eq!(add("2026-01-31", 1), "2026-02-28");
        assert_eq!(add("2028-01-31", 1), "2028-02-29");
        assert_eq!(add("2026-12-01", 3), "2027-03-01");
        assert_eq!(add("2026-08-31", 6), "2027-02-28");
        assert_eq!(add("2026-05-15", 12), "2027-05-15");
        let from = Date::parse("2026-12-01").unwrap();
        assert_eq!(from.add_days(42).to_string(), "2027-01-12");
        assert_eq!(from.add_days(-1).to_string(), "2026-11-30");
    }

    #[test]
    fn stamps_and_words() {
        assert_eq!(utc_stamp(1_796_161_105_000), "20261201T213825Z");
        assert_eq!(
            Date::from_epoch_ms(1_796_161_105_000).to_string(),
            "2026-12-01"
        );
        assert_eq!(Date::parse("2027-01-12").unwrap().long(), "12 January 2027");
        assert_eq!(Date::parse("2027-01-12").unwrap().compact(), "20270112");
    }
}
