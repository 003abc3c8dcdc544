//! The lines after the sign-off: who wrote, their title, their company, a
//! team signature, an address.

use super::lines::{Line, Lines};
use super::names::{looks_like_company, looks_like_person, looks_like_title, team_company};

/// What the signature says, as slices of the paste.
#[derive(Default)]
pub struct Signature<'a> {
    pub name: Option<&'a str>,
    pub title: Option<&'a str>,
    pub company: Option<&'a str>,
    /// "The Acme Team" or "Human Resources": a team signed, not a person.
    pub team: Option<&'a str>,
    pub email: Option<&'a str>,
    /// The signature's lines, lower case, for agency words.
    pub low: String,
    /// The sign-off line, so the body passes stop before the signature.
    pub at: Option<usize>,
}

const SIGN_OFFS: &[&str] = &[
    "best regards",
    "kind regards",
    "kindest regards",
    "warm regards",
    "warmest regards",
    "regards",
    "best wishes",
    "warm wishes",
    "with best wishes",
    "all the best",
    "best",
    "thanks",
    "thank you",
    "many thanks",
    "thanks again",
    "with thanks",
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours faithfully",
    "yours truly",
    "cheers",
    "warmly",
    "respectfully",
    "take care",
    "with kind regards",
    "best of luck",
    "good luck",
    "all best",
    "with appreciation",
    "thanks so much",
];

/// Whether `line` is a sign-off, and where a name written on the same line
/// ("Best, Dana") starts.
fn sign_off(line: &Line) -> Option<Option<usize>> {
    let t = line.low.trim();
    let lead = line.low.len() - line.low.trim_start().len();
    let t = t.trim_start_matches(['-', '—', '–', ' ']);
    SIGN_OFFS.iter().find_map(|&s| {
        let rest = t.strip_prefix(s)?;
        let bare = rest.trim_start_matches([',', '!', '.', ' ']);
        if bare.is_empty() {
            return Some(None);
        }
        let name_at = line.low.len() - bare.len();
        let name = line.text[name_at..].trim();
        (rest.starts_with(',') && looks_like_person(name) && lead < 8).then_some(Some(name_at))
    })
}

/// Reads the signature after the last sign-off in the message.
pub fn read<'a>(lines: &Lines<'a>, skip: &[usize]) -> Signature<'a> {
    let mut sig = Signature::default();
    let found = lines.all.iter().enumerate().rev().find_map(|(i, l)| {
        lines.count(l.low.len().min(40));
        if skip.contains(&i) {
            return None;
        }
        sign_off(l).map(|inline| (i, inline))
    });
    let Some((at, inline)) = found else {
        return sig;
    };
    sig.at = Some(at);
    let mut block: Vec<&'a str> = Vec::new();
    if let Some(from) = inline {
        block.push(lines.all[at].text[from..].trim());
    }
    for l in lines.all[at + 1..].iter() {
        if l.is_blank() {
            if block.is_empty() {
                continue;
            }
            break;
        }
        if block.len() == 5 {
            break;
        }
        block.push(l.text.trim());
    }
    for line in &block {
        sig.low.push_str(&line.to_ascii_lowercase());
        sig.low.push('\n');
        if sig.email.is_none() {
            sig.email = line
                .split(|c: char| c.is_whitespace() || c == '|' || c == '<' || c == '>')
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .find(|w| super::headers::is_address(w));
        }
    }
    let mut rest = block
        .iter()
        .copied()
        .filter(|l| !l.contains('@') && !is_contact(l));
    let Some(first) = rest.next() else {
        return sig;
    };
    let mut parts = split_parts(first).into_iter();
    let head = parts.next().unwrap_or(first);
    if let Some(company) = team_company(head) {
        sig.team = Some(head);
        sig.company = (!company.is_empty()).then_some(company);
        return sig;
    }
    if !looks_like_person(head) {
        return sig;
    }
    sig.name = Some(head);
    let mut after: Vec<&'a str> = parts.collect();
    after.extend(rest.flat_map(split_parts));
    let mut after = after.into_iter();
    let next = after.next();
    match next {
        Some(t) if looks_like_title(t) => {
            let (title, company) = title_and_company(t);
            sig.title = Some(title);
            sig.company = company.or_else(|| after.next().filter(|c| looks_like_company(c)));
        }
        Some(c) if team_company(c).is_some() => sig.team = Some(c),
        Some(c) if looks_like_company(c) => sig.company = Some(c),
        _ => {}
    }
    sig
}

/// "Title | Company", "Title – Company", "Name, Title": the parts of one
/// signature line.
fn split_parts(line: &str) -> Vec<&str> {
    let mut parts = vec![line];
    for sep in [" | ", " – ", " — ", " - ", " · "] {
        parts = parts
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
    }
    if parts.len() == 1 {
        if let Some((name, title)) = line.split_once(", ") {
            if looks_like_person(name) && looks_like_title(title) {
                return vec![name.trim(), title.trim()];
            }
        }
    }
    parts
}

/// "Talent Partner at Acme" or "Talent Partner, Acme": the title and the company.
fn title_and_company(t: &str) -> (&str, Option<&str>) {
    for sep in [" at ", ", "] {
        if let Some((title, company)) = t.split_once(sep) {
            if looks_like_company(company.trim()) && !looks_like_title(company) {
                return (title.trim(), Some(company.trim()));
            }
        }
    }
    (t, None)
}

/// A phone number, web address or street line, not a name or title.
fn is_contact(line: &str) -> bool {
    let low = line.to_ascii_lowercase();
    line.chars().filter(char::is_ascii_digit).count() >= 5
        || low.starts_with("www.")
        || low.contains("http")
        || low.starts_with("tel")
        || low.starts_with("mobile")
        || low.starts_with("phone")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_with_name_title_company() {
        let text = "Dear Alex,\nSorry.\n\nKind regards,\nDana Cole\nHead of Talent | Acme Robotics\n+44 20 7946 0000\ndana@acme.example";
        let lines = Lines::new(text);
        let sig = read(&lines, &[]);
        assert_eq!(sig.name, Some("Dana Cole"));
        assert_eq!(sig.title, Some("Head of Talent"));
        assert_eq!(sig.company, Some("Acme Robotics"));
        assert_eq!(sig.email, Some("dana@acme.example"));
    }

    #[test]
    fn a_team_signature_is_no_person() {
        let lines = Lines::new("Dear Alex,\nNo.\nBest wishes,\nThe Acme Team");
        let sig = read(&lines, &[]);
        assert_eq!(sig.name, None);
        assert_eq!(sig.company, Some("Acme"));
    }
}
