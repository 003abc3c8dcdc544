//! The lines after the sign-off: who wrote, their title, their company, a
//! team signature, an address.

use super::lines::{Line, Lines, list, listed, not_alnum};
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

const SIGN_OFFS: &str = "best regards|kind regards|kindest regards|warm regards|warmest regards|regards|best wishes|\
    warm wishes|with best wishes|all the best|best|thanks|thank you|many thanks|thanks again|\
    with thanks|sincerely|yours sincerely|sincerely yours|yours faithfully|yours truly|cheers|\
    warmly|respectfully|take care|with kind regards|best of luck|good luck|all best|\
    with appreciation|thanks so much|speak soon|talk soon|all my best|with warm regards|\
    best wishes to you|thank you again|thanks for understanding|thanks for your understanding|\
    wishing you every success|wishing you well|wishing you all the best|big thanks|with gratitude";

/// Words only a sign-off is made of, in any order: "With warmest thanks,",
/// "Regards and best wishes".
const SIGN_OFF_WORDS: &str =
    "regards|wishes|thanks|sincerely|cheers|warmly|faithfully|gratitude|appreciation";

/// What sets a name apart after the message's last words: "Good luck! - Maria".
const DASHES: &str = " - | – | — ";

/// What splits one signature line into parts: "Head of Talent | Acme".
const PART_SEPARATORS: &str = " – | — | - | · ";

/// Whether `line` is a sign-off, and where a name written on the same line
/// ("Best, Dana") starts.
fn sign_off(line: &Line) -> Option<Option<usize>> {
    let t = line.low.trim();
    let lead = line.low.len() - line.low.trim_start().len();
    let t = t.trim_start_matches(['-', '—', '–', ' ']);
    // "With warm wishes" is "warm wishes".
    let t = t.strip_prefix("with ").unwrap_or(t);
    // "With warmest thanks,": a short line of a sign-off's words.
    let short = t.len() <= 48;
    let family = short
        && (1..=4).contains(&t.split_whitespace().count())
        && !t.ends_with(['.', '?', ':'])
        && t.split(not_alnum).any(|w| listed(SIGN_OFF_WORDS, w));
    if family && !list(SIGN_OFFS).any(|s| t.starts_with(s)) {
        return Some(None);
    }
    list(SIGN_OFFS).find_map(|s| {
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
        if super::headers::is_header(skip, i) {
            return None;
        }
        sign_off(l).map(|inline| (i, inline))
    });
    let (at, inline, after) = match found {
        Some((at, inline)) => (at, inline, at + 1),
        None => match unsigned(lines, skip) {
            // "… luck! - Maria": the name ends a line the body still reads.
            Some((at, Some(from))) => {
                // "- Priya Raman, Head Chef": a name and a title.
                let mut parts = split_parts(lines.all[at].text[from..].trim()).into_iter();
                sig.name = parts.next();
                // "Jess (owner, Tin Lantern Bar)": a title and a company.
                if let Some(t) = parts.next().filter(|t| looks_like_title(t)) {
                    let (title, company) = title_and_company(t);
                    (sig.title, sig.company) = (Some(title), company);
                }
                return sig;
            }
            Some((at, None)) => (at, None, at),
            None => return sig,
        },
    };
    sig.at = Some(at);
    let mut block: Vec<&'a str> = Vec::new();
    if let Some(from) = inline {
        block.push(lines.all[at].text[from..].trim());
    }
    let mut gap = false;
    for l in lines.all[after..].iter() {
        // "--" sets a mail client's signature apart, as a blank line does.
        if l.is_blank() || l.text.trim() == "--" {
            gap = !block.is_empty();
            continue;
        }
        // "Mel", a blank line, then "Melissa Grant" and her title (or
        // "Melissa Grant, PhD | Partner"): the full block is the signature.
        if gap {
            let full = l.text.trim();
            let full = without_letters(split_parts(full).first().copied().unwrap_or(full));
            let short = block.first().copied().unwrap_or_default();
            if block.len() > 1
                || !looks_like_person(full)
                || !full.starts_with(short.get(..1).unwrap_or("-"))
            {
                break;
            }
            block.clear();
            gap = false;
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
                .map(|w| w.trim_matches(not_alnum))
                .find(|w| super::headers::is_address(w));
        }
    }
    // Each line's parts without a phone number, address or web link:
    // "Marta Kowalczyk | Talent Partner | Verdant Foods | +44 161 496 0321".
    let mut rest = block
        .iter()
        .map(|l| {
            split_parts(l)
                .into_iter()
                .filter(|p| !p.contains('@') && !is_contact(p))
                .collect::<Vec<_>>()
        })
        .filter(|parts| !parts.is_empty());
    let Some(first) = rest.next() else {
        return sig;
    };
    let mut parts = first.into_iter();
    let Some(mut head) = parts.next() else {
        return sig;
    };
    // "[Recruiter Name]" or "{{recruiter_name}}" above "HR Department": a
    // template's blank signed, and what follows it still says who sent it.
    if head.starts_with(['[', '{'])
        && let Some(next) = rest.next().and_then(|p| p.first().copied())
    {
        head = next;
    }
    if let Some(company) = team_company(head) {
        sig.team = Some(head);
        // "Recruitment Team" over "Southridge Video".
        sig.company = Some(company).filter(|c| !c.is_empty()).or_else(|| {
            rest.next()
                .and_then(|p| p.first().copied())
                .filter(|c| looks_like_company(c))
        });
        return sig;
    }
    let head = without_letters(head);
    if !looks_like_person(head) {
        return sig;
    }
    sig.name = Some(head);
    let mut after: Vec<&'a str> = parts.collect();
    after.extend(rest.flatten());
    let mut after = after.into_iter().peekable();
    // "Liam" over "Liam Rourke | Consultant": the full name.
    if let Some(full) = after.next_if(|n| n.starts_with(head) && looks_like_person(n)) {
        sig.name = Some(full);
    }
    let next = after.next();
    match next {
        Some(t) if looks_like_title(t) => {
            let (title, company) = title_and_company(t);
            sig.title = Some(title);
            sig.company = company.or_else(|| {
                // "School of Health Sciences, University of Northmere": a
                // unit of the company, then the company.
                let unit_of = |c: &'a str| match c.split_once(", ") {
                    Some((unit, whole)) if super::names::is_unit(unit) => whole,
                    _ => c,
                };
                after.next().map(without_behalf).map(unit_of).filter(|c| {
                    looks_like_company(c)
                        && !super::names::is_unit(c)
                        && !super::names::is_department(c)
                })
            });
        }
        Some(c) if team_company(c).is_some() => sig.team = Some(c),
        Some(c) if looks_like_company(c) => sig.company = Some(c),
        _ => {}
    }
    sig
}

/// With no sign-off, the short lines that end the message, when they start
/// with a name or a team ("Elena Rossi | VP Marketing", "Recruitment
/// Team", "Jo"), or a name after a dash at the very end ("… luck! - Maria").
/// Returns the first such line and, for the dash, where the name starts.
fn unsigned(lines: &Lines, skip: &[usize]) -> Option<(usize, Option<usize>)> {
    let short = |i: usize| {
        let l = &lines.all[i];
        !l.is_blank() && l.text.split_whitespace().count() <= 8
    };
    // A web mail's "Reply" and "Forward" buttons under the message.
    let last = lines
        .all
        .iter()
        .rposition(|l| !l.is_blank() && !listed("reply|forward|reply all", l.text.trim()))?;
    let line = &lines.all[last];
    let named = |from: usize| {
        let rest = line.text[from..].trim();
        let name = split_parts(rest).into_iter().next().unwrap_or(rest);
        (looks_like_person(name) && name.split_whitespace().count() <= 3)
            .then_some((last, Some(from)))
    };
    // A line that opens with the dash, too: "- Priya Raman, Head Chef".
    let lead = line.text.len() - line.text.trim_start_matches(['-', '–', '—']).len();
    let found = named(lead)
        .filter(|_| lead > 0)
        .or_else(|| list(DASHES).find_map(|d| named(line.text.rfind(d)? + d.len())));
    if found.is_some() {
        return found;
    }
    if !short(last) {
        return None;
    }
    let mut first = last;
    while first > 0 && short(first - 1) && last - first < 4 {
        first -= 1;
    }
    // "Keep cooking, and good luck." then "Jen (Head Chef)": the first of
    // the short lines that starts with a name or a team.
    (first..=last).find_map(|i| {
        let head = lines.all[i].text.trim();
        let head = split_parts(head).into_iter().next().unwrap_or(head);
        (!super::headers::is_header(skip, i)
            && (looks_like_person(head) || team_company(head).is_some()))
        .then_some((i, None))
    })
}

/// "Title | Company", "Title – Company", "Name, Title": the parts of one
/// signature line.
fn split_parts(line: &str) -> Vec<&str> {
    let mut parts = vec![line];
    // " | " cannot be written in a `|` list.
    for sep in std::iter::once(" | ").chain(list(PART_SEPARATORS)) {
        let mut next = Vec::new();
        for part in parts {
            for p in part.split(sep) {
                let p = p.trim();
                if !p.is_empty() {
                    next.push(p);
                }
            }
        }
        parts = next;
    }
    // "Jen (Head Chef)" is a name and a title; "Robin Achterberg
    // (they/them)" a name and pronouns, which are no part of it.
    let mut split = Vec::new();
    for p in parts {
        match p.strip_suffix(')').and_then(|q| q.split_once(" (")) {
            Some((o, i)) if !o.contains('(') && looks_like_person(o.trim()) => {
                split.push(o.trim());
                let i = i.trim();
                if !i.contains('/') && !i.is_empty() {
                    split.push(i);
                }
            }
            _ => split.push(p),
        }
    }
    let parts = split;
    if parts.len() == 1
        && let Some((name, title)) = line.split_once(", ")
        && looks_like_person(name)
        && looks_like_title(title)
    {
        return vec![name.trim(), title.trim()];
    }
    parts
}

/// "Talent Partner at Acme" or "Talent Partner, Acme": the title and the company.
fn title_and_company(t: &str) -> (&str, Option<&str>) {
    for sep in list(" at |, ") {
        if let Some((title, company)) = t.split_once(sep) {
            let company = company.trim();
            // "Northstar Talent Partners" holds a title's word, yet opens
            // with a name; "Partner, Executive Search" names a practice.
            let first = company.split(' ').next().unwrap_or(company);
            if looks_like_company(company)
                && (!looks_like_title(company) || !looks_like_title(first))
                && !super::names::is_department(company)
                && !super::names::is_unit(company)
            {
                return (title.trim(), Some(company));
            }
        }
    }
    (t, None)
}

/// "Rosa Lindqvist, PhD" is Rosa Lindqvist: letters after a name are no part of it.
fn without_letters(name: &str) -> &str {
    match name.split_once(", ") {
        Some((n, letters))
            if letters.len() <= 6
                && !letters.contains(' ')
                && letters.starts_with(char::is_uppercase) =>
        {
            n
        }
        _ => name,
    }
}

/// "for and on behalf of Pellow & Grant LLP" names the firm.
fn without_behalf(line: &str) -> &str {
    line.strip_prefix("for and on behalf of ")
        .or_else(|| line.strip_prefix("On behalf of "))
        .unwrap_or(line)
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
        let mut low = String::new();
        let lines = Lines::new(text, &mut low);
        let sig = read(&lines, &[]);
        assert_eq!(sig.name, Some("Dana Cole"));
        assert_eq!(sig.title, Some("Head of Talent"));
        assert_eq!(sig.company, Some("Acme Robotics"));
        assert_eq!(sig.email, Some("dana@acme.example"));
    }

    #[test]
    fn a_team_signature_is_no_person() {
        let text = "Dear Alex,\nNo.\nBest wishes,\nThe Acme Team";
        let mut low = String::new();
        let lines = Lines::new(text, &mut low);
        let sig = read(&lines, &[]);
        assert_eq!(sig.name, None);
        assert_eq!(sig.company, Some("Acme"));
    }
}
