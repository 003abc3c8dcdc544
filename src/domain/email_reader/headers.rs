//! Mail headers as they arrive in a paste: `From:`, `Subject:`, `Date:` and
//! `Sent:` lines (Outlook, forwards, Gmail's "Show original"), and the bare
//! `Name <address>` line that a web mail client shows above a message.

use super::lines::{Line, Lines, list, not_alnum};

/// The headers found, as (line index, offset of the value in the line).
#[derive(Default)]
pub struct Headers {
    pub from: Option<(usize, usize)>,
    pub subject: Option<(usize, usize)>,
    pub date: Option<(usize, usize)>,
    /// Lines that are headers, so the body passes skip them (sorted).
    pub lines: Vec<usize>,
}

const KEYS: &str = "from|to|cc|bcc|subject|date|sent|reply-to";

/// Finds the first of each header in the message.
pub fn find(lines: &Lines) -> Headers {
    let mut h = Headers::default();
    for (i, line) in lines.all.iter().enumerate() {
        lines.count(line.low.len().min(16));
        let Some((key, at)) = header(line) else {
            continue;
        };
        h.lines.push(i);
        let slot = match key {
            "from" => &mut h.from,
            "subject" => &mut h.subject,
            "date" | "sent" => &mut h.date,
            _ => continue,
        };
        slot.get_or_insert((i, at));
    }
    if h.from.is_none() {
        // A web mail copy: "Dana Cole <dana@acme.example>" on its own line near the top.
        h.from = lines
            .all
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.is_blank())
            .take(8)
            .find(|(_, l)| {
                let t = l.text.trim();
                t.contains('@')
                    && t.contains('<')
                    && t.split('<').next().is_some_and(|n| !n.trim().is_empty())
            })
            .map(|(i, l)| (i, l.text.len() - l.text.trim_start().len()));
        if let Some((i, _)) = h.from {
            h.lines.push(i);
        }
    }
    webmail_top(lines, &mut h);
    h.lines.sort_unstable();
    h.lines.dedup();
    h
}

/// Whether line `i` is one of `headers` (sorted, as [`find`] leaves them).
pub fn is_header(headers: &[usize], i: usize) -> bool {
    headers.binary_search(&i).is_ok()
}

/// A message copied from a web mail page: its subject on the first line,
/// above the client's "Inbox" label, and a date line with a time near the top.
fn webmail_top(lines: &Lines, h: &mut Headers) {
    let top: Vec<usize> = (0..lines.all.len())
        .filter(|&i| !lines.all[i].is_blank())
        .take(8)
        .collect();
    // The subject above the "Inbox" label, or right above the sender's
    // "Name <address>" line.
    if h.subject.is_none()
        && let [first, second, ..] = top[..]
        && (lines.all[second].low.trim() == "inbox"
            || (h.from.is_some_and(|f| f.0 == second) && !lines.all[first].text.ends_with(',')))
    {
        h.subject = Some((
            first,
            lines.all[first].text.len() - lines.all[first].text.trim_start().len(),
        ));
        h.lines.extend([first, second]);
    }
    if h.date.is_none() {
        let dated = top.iter().copied().find(|&i| {
            let t = lines.all[i].text;
            t.contains(':') && t.split_whitespace().count() <= 7 && parse_date(t).is_some()
        });
        if let Some(i) = dated {
            h.date = Some((
                i,
                lines.all[i].text.len() - lines.all[i].text.trim_start().len(),
            ));
            h.lines.push(i);
        }
    }
}

/// A header line's key and where its value starts.
fn header(line: &Line) -> Option<(&'static str, usize)> {
    let colon = line.low.find(':').filter(|&c| c <= 24)?;
    let key = line.low[..colon].trim();
    let key = list(KEYS).find(|&k| k == key)?;
    let rest = &line.text[colon + 1..];
    Some((key, colon + 1 + (rest.len() - rest.trim_start().len())))
}

/// A piece of a header value and where it starts in the value.
pub type Part<'a> = Option<(usize, &'a str)>;

/// The display name and address of a `From` value: `Dana Cole <dana@x>`,
/// `"Cole, Dana" <dana@x>`, `dana@x`, with offsets in the value.
pub fn split_from(value: &str) -> (Part<'_>, Part<'_>) {
    match value.find('<') {
        Some(lt) => {
            let addr_end = value[lt..].find('>').map_or(value.len(), |e| lt + e);
            let addr = &value[lt + 1..addr_end];
            let name = value[..lt].trim().trim_matches('"').trim();
            let name_at = value.find(name).unwrap_or(0);
            (
                (!name.is_empty()).then_some((name_at, name)),
                addr.contains('@').then_some((lt + 1, addr.trim())),
            )
        }
        None => {
            let word = value.split_whitespace().find(|w| w.contains('@'));
            (
                None,
                word.map(|w| (value.find(w).unwrap_or(0), w.trim_matches(not_alnum))),
            )
        }
    }
}

/// Whether an address is one nobody reads (`noreply@`, `do-not-reply@`),
/// or an applicant tracking system's (`acme@myworkday.com`): a system's,
/// not the sender's own.
pub fn is_no_reply(addr: &str) -> bool {
    let (local, domain) = addr.split_once('@').unwrap_or((addr, ""));
    let plain: String = local
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    plain.contains("noreply")
        || plain.contains("donotreply")
        || list(ATS_DOMAINS).any(|a| super::lines::find_word(domain, a).is_some())
}

/// Applicant tracking systems that send mail from their own domains.
const ATS_DOMAINS: &str =
    "myworkday|greenhouse|smartrecruiters|icims|taleo|ashbyhq|workable|teamtailor|jobvite";

/// A plausible email address: one `@`, a dot in the domain, no spaces.
pub fn is_address(s: &str) -> bool {
    let mut parts = s.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && s.chars()
            .all(|c| c.is_alphanumeric() || "._%+-@'".contains(c))
}

/// A header date as `YYYY-MM-DD`: "Mon, 3 Nov 2026 10:12:00 +0000",
/// "Monday, November 3, 2026 10:12 AM", "2026-11-03". A date with no year,
/// or only numbers in an order that could be either (03/11/2026), is `None`.
pub fn parse_date(value: &str) -> Option<String> {
    const MONTHS: &str = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    let (mut year, mut month, mut day) = (None, None, None);
    for token in value.split(|c: char| c.is_whitespace() || c == ',') {
        let t = token.trim_matches(|c: char| c == '.' || c == '(' || c == ')');
        if t.is_empty() || t.contains(':') {
            continue;
        }
        if let Some((y, rest)) = iso(t) {
            return Some(ymd(y, rest.0, rest.1));
        }
        // "17/03/2026" or "03/17/2026": only when the day is past 12.
        let mut nums = t.split(['/', '.']).map(|n| n.parse::<u32>().ok());
        if let (Some(Some(a)), Some(Some(b)), Some(Some(y @ 1990..=2099)), None) =
            (nums.next(), nums.next(), nums.next(), nums.next())
        {
            match (a, b) {
                (13..=31, 1..=12) => return Some(ymd(y, b, a)),
                (1..=12, 13..=31) => return Some(ymd(y, a, b)),
                _ => continue,
            }
        }
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            let n: u32 = digits.parse().ok()?;
            match (digits.len(), n) {
                (4, 1990..=2099) => year = year.or(Some(n)),
                (1 | 2, 1..=31) => day = day.or(Some(n)),
                _ => {}
            }
        } else if let Some(m) = t
            .get(..3)
            .and_then(|t| list(MONTHS).position(|m| m.eq_ignore_ascii_case(t)))
        {
            month = month.or(Some(m as u32 + 1));
        }
    }
    Some(ymd(year?, month?, day?))
}

/// `YYYY-MM-DD`, for a year of four digits and a month and day of one or two.
fn ymd(y: u32, m: u32, d: u32) -> String {
    let mut out = String::with_capacity(10);
    for (n, width) in [(y, 4), (m, 2), (d, 2)] {
        if width == 2 {
            out.push('-');
        }
        for place in (0..width).rev() {
            let digit = n / 10u32.pow(place) % 10;
            out.push(char::from(b'0' + digit as u8));
        }
    }
    out
}

/// "2026-11-03" as (year, (month, day)).
fn iso(t: &str) -> Option<(u32, (u32, u32))> {
    let mut parts = t.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d) && (1990..=2099).contains(&y))
        .then_some((y, (m, d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for (input, want) in [
            ("Mon, 3 Nov 2026 10:12:00 +0000", Some("2026-11-03")),
            ("Monday, November 3, 2026 10:12 AM", Some("2026-11-03")),
            ("Tue, Nov 3, 2026 at 10:12 AM", Some("2026-11-03")),
            ("2026-11-03 09:00", Some("2026-11-03")),
            ("Mon, 3 Nov, 10:12", None),
            ("03/11/2026", None),
        ] {
            assert_eq!(parse_date(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn from_values() {
        let (name, addr) = split_from("\"Cole, Dana\" <dana@acme.example>");
        assert_eq!(name.map(|n| n.1), Some("Cole, Dana"));
        assert_eq!(addr.map(|a| a.1), Some("dana@acme.example"));
        assert_eq!(
            split_from("dana@acme.example").1.map(|a| a.1),
            Some("dana@acme.example")
        );
        assert!(is_no_reply("no-reply@jobs.example"));
        assert!(!is_address("not an address"));
    }
}
