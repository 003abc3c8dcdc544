//! What a run of words is: a person's name, a job title, a company, a team.
//!
//! Small word lists rather than a model: they run in the browser, cost a few
//! kilobytes, and their mistakes can be read and fixed.

use super::lines::{list, listed, not_alnum};

/// Name particles that stay lower case inside a name ("Anna de Vries").
const PARTICLES: &str = "de|van|von|der|den|da|di|du|le|la|bin|al|ter|dos";

/// Words that mark a team, a system or a mail client's button, never a person.
const NOT_PEOPLE: &str = "hi|hello|dear|hey|sorry|morning|afternoon|team|teams|careers|career|recruiting|recruitment|\
    talent|hr|human|resources|people|hiring|jobs|job|noreply|acquisition|group|inc|ltd|llc|limited|\
    plc|company|department|office|reply|forward|inbox|sent|the|support|admin|services|partners|\
    solutions|agency|staffing|search|university|candidate|applicant|all|there|everyone|unsubscribe|\
    print|archive|delete|sir|madam|regards|thanks|contracts|resourcing";

/// Words that make a line read as a job title.
const TITLE_WORDS: &str = "manager|director|recruiter|head|lead|leader|partner|officer|coordinator|specialist|consultant|\
    engineer|vp|vice|president|founder|co-founder|ceo|cto|cfo|coo|cpo|chief|principal|executive|\
    designer|generalist|advisor|adviser|associate|analyst|sourcer|administrator|assistant|owner|\
    editor|scientist|architect|developer|supervisor|talent|hr|people|recruitment|resourcing|\
    acquisition|senior|staff|researcher|professor|chair|headhunter|publisher|nurse|teacher|\
    lecturer|chef|accountant|planner|writer|copywriter|technician|clerk|secretary|agent|\
    representative|operator|pharmacist|therapist|producer|strategist|controller|surveyor|\
    solicitor|paralegal|receptionist|auditor|economist|librarian|curator|programmer|tester|\
    physician|midwife|paramedic|trainee|apprentice|intern|headteacher|instructor|tutor|\
    underwriter|actuary|buyer|merchandiser|dentist|hygienist|technologist|steward|barista|keeper";

/// Honorifics a greeting may carry.
pub const HONORIFICS: &str = "mr|mrs|ms|miss|mx|dr|prof|professor";

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
}

/// A word without the punctuation around it, for [`listed`].
fn bare(w: &str) -> &str {
    w.trim_matches(not_alnum)
}

/// Whether `s` reads as a person's name: one to four words, each capitalised
/// (or a particle), no digits, no team words.
pub fn looks_like_person(s: &str) -> bool {
    let n = words(s).count();
    (1..=4).contains(&n)
        && !s.contains(|c: char| c.is_ascii_digit() || "@:/|<>()[]{},;!?".contains(c))
        && words(s).enumerate().all(|(i, w)| {
            let word = bare(w);
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let honorific = i == 0 && n > 1 && listed(HONORIFICS, word.trim_end_matches('.'));
            (capital || (i > 0 && listed(PARTICLES, word)))
                && (honorific || (!listed(NOT_PEOPLE, word) && !listed(TITLE_WORDS, word)))
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 1
        })
}

/// Whether `s` reads as a job title ("Head of Talent", "Engineering Manager").
pub fn looks_like_title(s: &str) -> bool {
    let n = words(s).count();
    (1..=8).contains(&n)
        && !s.contains('@')
        && s.chars().filter(char::is_ascii_digit).count() < 3
        && words(s).any(|w| listed(TITLE_WORDS, bare(w)))
}

/// Whether `s` reads as a company line in a signature ("Acme Robotics Ltd").
pub fn looks_like_company(s: &str) -> bool {
    let n = words(s).count();
    (1..=6).contains(&n)
        && s.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !s.contains('@')
        && !s.contains("www.")
        && !s.contains("http")
        && s.chars().filter(char::is_ascii_digit).count() < 3
        && !s.ends_with([',', '.', '!', '?'])
}

/// A team signature's company: "The Acme Team" and "Acme Recruiting Team"
/// give "Acme"; "Human Resources" is a team with no company named.
/// `None` when `s` is not a team at all.
pub fn team_company(s: &str) -> Option<&str> {
    const TEAM: &str = "team|recruiting|recruitment|talent|acquisition|hr|people|careers|hiring|services|\
        department|early|human|resources|jobs|resourcing|contracts|graduate|campus|division";
    let mut rest = s.trim().trim_end_matches(['.', ',']);
    rest = rest.strip_prefix("The ").unwrap_or(rest);
    // "Recruiting at Tessellate", "Talent Team at Acme".
    if let Some((team, company)) = rest.split_once(" at ")
        && team_company(team) == Some("")
    {
        return Some(company.trim());
    }
    let mut team = false;
    while !rest.is_empty() {
        let (head, last) = rest.rsplit_once(' ').unwrap_or(("", rest));
        if listed(TEAM, bare(last)) || (team && last == "&") {
            team = true;
            rest = head.trim_end();
        } else {
            break;
        }
    }
    team.then_some(rest)
}

/// A name without the honorific in front when a name follows it:
/// "Dr Hannah Cho" is Hannah Cho (the app asks for the honorific apart).
pub fn without_honorific(name: &str) -> &str {
    match name.split_once(' ') {
        Some((first, rest)) if listed(HONORIFICS, bare(first)) && rest.contains(' ') => rest.trim(),
        _ => name,
    }
}

/// Words that name a team inside a company, not a company: "Engineering
/// Manager, Payments" is a title.
pub fn is_department(s: &str) -> bool {
    const DEPARTMENTS: &str = "payments|engineering|marketing|sales|finance|operations|product|design|data|people|\
        platform|legal|research|support|growth|infrastructure|security|brand|content|emea|apac|uk|\
        us|europe|americas|and|&";
    words(s).all(|w| listed(DEPARTMENTS, bare(w)))
}

/// Whether `s` names a unit inside an employer rather than the employer:
/// "Department of History", "Economics Search Committee".
pub fn is_unit(s: &str) -> bool {
    const UNITS: &str = "department|committee|panel|board|faculty";
    // "School of Ocean Sciences" is a unit; "Hill Primary School" is not.
    const OPENING: &str = "school|division|office|directorate|unit";
    let mut w = words(s).map(bare);
    w.next()
        .is_some_and(|f| listed(UNITS, f) || (listed(OPENING, f) && s.contains(" of ")))
        || w.last().is_some_and(|l| listed(UNITS, l))
}

/// Whether `s` starts with an honorific: "Dr Laurence Hale" is a person,
/// never a company.
pub fn starts_with_honorific(s: &str) -> bool {
    words(s)
        .next()
        .is_some_and(|w| listed(HONORIFICS, bare(w).trim_end_matches('.')))
}

/// Whether a signature or title names an agency or search firm.
pub fn is_agency_word(low: &str) -> bool {
    list(AGENCY_WORDS).any(|w| low.contains(w))
}

/// Whether a title belongs to a recruiter or HR rather than the hiring manager.
pub fn is_recruiter_title(low: &str) -> bool {
    list(RECRUITER_WORDS).any(|w| low.contains(w)) || low.trim() == "hr" || low.ends_with(" hr")
}

/// Words that name an agency or search firm; a signature line ending in
/// "Search" ("Harlow & Finch Search") is one.
const AGENCY_WORDS: &str = "recruitment consultant|search consultant|executive search|search partners|staffing|\
    recruitment ltd|recruitment agency|headhunter|talent partners|resourcing ltd|recruitment group|\
    consultancy|associates| search\n";

/// Words in a recruiter's or HR title.
const RECRUITER_WORDS: &str =
    "recruit|talent|hr |human resources|people|sourcer|resourcing|acquisition|coordinator";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_titles_teams() {
        assert!(looks_like_person("Dana Cole"));
        assert!(looks_like_person("Anna de Vries"));
        assert!(!looks_like_person("The Acme Team"));
        assert!(!looks_like_person("Talent Acquisition"));
        assert!(!looks_like_person("Reply"));
        assert!(looks_like_title("Head of Talent"));
        assert!(!looks_like_title("Dana Cole"));
        assert_eq!(team_company("The Acme Team"), Some("Acme"));
        assert_eq!(team_company("Acme Recruiting Team"), Some("Acme"));
        assert_eq!(team_company("Human Resources"), Some(""));
        assert_eq!(team_company("Dana Cole"), None);
    }
}
