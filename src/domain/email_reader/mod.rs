//! Reads a pasted rejection email and suggests answers for the wizard: the
//! company, the role, who wrote and how to reach them, the subject and date,
//! how the No arrived, the stage reached, what they offered, and the name
//! they greeted the user by.
//!
//! Everything runs here, in plain Rust, so nothing the user pastes leaves
//! the browser. Each suggestion carries the span of the paste it came from
//! and a confidence, so the wizard can show it for the user to confirm;
//! under [`THRESHOLD`] there is no suggestion, as an empty field costs the
//! user less than a wrong one they trust. The
//! reader never panics, does a bounded amount of work per line (linear in
//! the paste), and suggests nothing from a message in another language
//! rather than guess.
//!
//! ```
//! use kept_in_mind::domain::email_reader::read;
//! let found = read("Dear Alex,\nThank you for interviewing for the Data Analyst role at Acme.\n\nBest,\nDana Cole\nHead of Data");
//! assert_eq!(found.company.unwrap().value, "Acme");
//! assert_eq!(found.candidate_name.unwrap().value, "Alex");
//! ```

mod body;
mod headers;
mod lines;
mod names;
pub mod prefill;
mod signature;

use std::ops::Range;

use serde::Serialize;

use super::model::{Arrival, Stage};
use super::text::clean;
use crate::domain::record::Word;
use body::{Body, first};
use lines::{Lines, list, listed};

/// How many lines of the message body the phrase passes read.
const BODY_LINES: usize = 300;

/// The least confidence a suggestion needs to be offered at all: below it
/// the field stays empty. The wizard marks a suggestion "(from their
/// email)" and users move on trusting it, so a wrong answer costs more than
/// none. What scores below: a company after a bare "at", a role only
/// guessed from deep in the body, anything the reader reached by elimination.
pub const THRESHOLD: u8 = 60;

/// One suggestion: the value, the bytes of the paste it came from, and how
/// sure the reader is (0 to 100).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub span: Range<usize>,
    pub confidence: u8,
}

/// Everything the reader found; `None` where it found nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    pub company: Option<Found<String>>,
    pub role: Option<Found<String>>,
    pub sender_name: Option<Found<String>>,
    pub sender_title: Option<Found<String>>,
    pub sender_email: Option<Found<String>>,
    /// Without "Re:" or "Fwd:" in front: the app adds "Re:" itself.
    pub subject: Option<Found<String>>,
    /// As `YYYY-MM-DD`.
    pub date: Option<Found<String>>,
    pub arrival: Option<Found<Arrival>>,
    pub stage: Option<Found<Stage>>,
    pub kept_on_file: Option<Found<bool>>,
    pub offers_feedback: Option<Found<bool>>,
    pub gives_reason: Option<Found<bool>>,
    pub candidate_name: Option<Found<String>>,
    /// Whether they offer a call or a chat to talk it over. Not in
    /// [`Summary`]: the example's output keeps its keys.
    pub offers_call: Option<Found<bool>>,
}

impl Reading {
    /// Whether nothing at all was found.
    pub fn is_empty(&self) -> bool {
        // Field by field: comparing with `Reading::default()` would build
        // the equality of every field's type into the bundle.
        let texts = [
            &self.company,
            &self.role,
            &self.sender_name,
            &self.sender_title,
            &self.sender_email,
            &self.subject,
            &self.date,
            &self.candidate_name,
        ];
        let flags = [
            &self.kept_on_file,
            &self.offers_feedback,
            &self.gives_reason,
            &self.offers_call,
        ];
        texts.iter().all(|f| f.is_none())
            && flags.iter().all(|f| f.is_none())
            && self.arrival.is_none()
            && self.stage.is_none()
    }

    /// Empties every field whose confidence is below [`THRESHOLD`].
    fn drop_unsure(&mut self) {
        fn keep<T>(f: &mut Option<Found<T>>) {
            if f.as_ref().is_some_and(|f| f.confidence < THRESHOLD) {
                *f = None;
            }
        }
        for f in [
            &mut self.company,
            &mut self.role,
            &mut self.sender_name,
            &mut self.sender_title,
            &mut self.sender_email,
            &mut self.subject,
            &mut self.date,
            &mut self.candidate_name,
        ] {
            keep(f);
        }
        for f in [
            &mut self.kept_on_file,
            &mut self.offers_feedback,
            &mut self.gives_reason,
            &mut self.offers_call,
        ] {
            keep(f);
        }
        keep(&mut self.arrival);
        keep(&mut self.stage);
    }

    /// The values alone, with the app's stored names for arrival and stage.
    pub fn summary(&self) -> Summary {
        fn v<T: Clone>(f: &Option<Found<T>>) -> Option<T> {
            f.as_ref().map(|f| f.value.clone())
        }
        Summary {
            company: v(&self.company),
            role: v(&self.role),
            sender_name: v(&self.sender_name),
            sender_title: v(&self.sender_title),
            sender_email: v(&self.sender_email),
            subject: v(&self.subject),
            date: v(&self.date),
            arrival: self.arrival.as_ref().map(|f| f.value.value()),
            stage: self.stage.as_ref().map(|f| f.value.value()),
            kept_on_file: v(&self.kept_on_file),
            offers_feedback: v(&self.offers_feedback),
            gives_reason: v(&self.gives_reason),
            candidate_name: v(&self.candidate_name),
        }
    }
}

/// What the reader found, as the command-line example prints it: one key
/// per field, `null` where nothing was found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub company: Option<String>,
    pub role: Option<String>,
    pub sender_name: Option<String>,
    pub sender_title: Option<String>,
    pub sender_email: Option<String>,
    pub subject: Option<String>,
    pub date: Option<String>,
    /// An [`Arrival`]'s stored name, such as `"recruiter_email"`.
    pub arrival: Option<&'static str>,
    /// A [`Stage`]'s stored name, such as `"final_round"`.
    pub stage: Option<&'static str>,
    pub kept_on_file: Option<bool>,
    pub offers_feedback: Option<bool>,
    pub gives_reason: Option<bool>,
    pub candidate_name: Option<String>,
}

/// Reads `text` and writes what was found as one JSON object (see [`Summary`]).
///
/// ```
/// let json = kept_in_mind::domain::email_reader::summary_json("");
/// assert!(json.contains(r#""company": null"#), "{json}");
/// ```
pub fn summary_json(text: &str) -> String {
    serde_json::to_string_pretty(&read(text).summary()).unwrap_or_default()
}

/// Reads `text`, a pasted email (or anything else).
///
/// ```
/// use kept_in_mind::domain::email_reader::read;
/// assert!(read("").is_empty());
/// assert!(!read("Dear Alex, thank you for interviewing for the Designer role at Acme.").is_empty());
/// ```
pub fn read(text: &str) -> Reading {
    read_counting(text).0
}

/// [`read`], and how many bytes its passes looked at: the measure the
/// property tests use to show the work grows linearly with the paste.
pub fn read_counting(text: &str) -> (Reading, usize) {
    let mut low = String::new();
    let lines = Lines::new(text, &mut low);
    let reading = Reader::new(text, &lines).read();
    (reading, lines.work())
}

struct Reader<'a> {
    text: &'a str,
    lines: &'a Lines<'a>,
    headers: headers::Headers,
    /// The message's lines that are neither headers nor signature.
    body: Vec<usize>,
    sig: signature::Signature<'a>,
}

/// The byte range of `part`, a slice of `whole`.
fn span_of(whole: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len());
    start..(start + part.len()).min(whole.len())
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, lines: &'a Lines<'a>) -> Reader<'a> {
        let headers = headers::find(lines);
        let sig = signature::read(lines, &headers.lines);
        let end = sig.at.unwrap_or(lines.all.len());
        // A No is said near the top; past this many lines a paste is
        // footers and old threads, and reading on would only cost time.
        let body = (0..end)
            .filter(|&i| !headers::is_header(&headers.lines, i))
            .take(BODY_LINES)
            .collect();
        Reader {
            text,
            lines,
            headers,
            body,
            sig,
        }
    }

    /// A suggestion from `raw`, a slice of the paste, cleaned as any answer
    /// is (placeholders make it nothing).
    fn found(&self, raw: &str, confidence: u8) -> Option<Found<String>> {
        let value = clean(raw);
        (!value.is_empty() && value.chars().count() <= 100).then(|| Found {
            value,
            span: span_of(self.text, raw),
            confidence,
        })
    }

    fn hit<T>(&self, hit: body::Hit, value: T, confidence: u8) -> Found<T> {
        Found {
            value,
            span: hit.line.span(hit.at, hit.at + hit.len),
            confidence,
        }
    }

    fn header_value(&self, at: Option<(usize, usize)>) -> Option<&'a str> {
        let (i, off) = at?;
        Some(self.lines.all[i].text.get(off..)?.trim())
    }

    // Kept apart: inlined into its one caller, the release build came out
    // larger.
    #[inline(never)]
    fn read(&self) -> Reading {
        let body: Body = &self.body;
        let rejection = body::is_rejection(self.lines, body);
        // Another language, or an invitation pasted by mistake: nothing to
        // suggest, as the wizard asks about a No.
        if !body::is_english(self.lines, body)
            || (!rejection && first(self.lines, body, INVITATION).is_some())
        {
            return Reading::default();
        }
        let from = self
            .header_value(self.headers.from)
            .map(headers::split_from);
        let (from_name, from_addr) = from.unwrap_or((None, None));
        let mut r = Reading {
            subject: self.subject(),
            date: self.date(),
            candidate_name: body::greeting(self.lines, body).and_then(|n| self.found(n, 85)),
            ..Reading::default()
        };
        // The person: the signature as they sign, else the From name if it
        // is a person (not when a team signed or nobody reads the address).
        let system =
            self.sig.team.is_some() || from_addr.is_some_and(|a| headers::is_no_reply(a.1));
        // "Nordlys Studio" signing a careers system's mail that the From
        // line also names: the firm signed, not a person.
        let firm_signed = self.sig.name.filter(|n| {
            let from = from_name.map_or("", |f| f.1);
            let team = names::team_company(from).unwrap_or("");
            (from_addr.is_some_and(|a| headers::is_no_reply(a.1)) && from.eq_ignore_ascii_case(n))
                || team.eq_ignore_ascii_case(n)
        });
        r.sender_name = match self.sig.name.map(names::without_honorific) {
            Some(_) if firm_signed.is_some() => None,
            Some(n) => self.found(n, 85),
            None => from_name
                .filter(|_| !system)
                .map(|(_, n)| names::without_honorific(person_in_from(n)))
                .filter(|n| names::looks_like_person(n))
                .and_then(|n| self.found(n, 75)),
        };
        r.sender_title = self.sig.title.and_then(|t| self.found(t, 80));
        r.sender_email = match from_addr {
            Some((_, a)) if headers::is_address(a) && !headers::is_no_reply(a) => self.found(a, 95),
            _ => self
                .sig
                .email
                .filter(|a| !headers::is_no_reply(a))
                .and_then(|a| self.found(a, 80)),
        };
        r.arrival = self.arrival(from_name.map(|n| n.1), from_addr.map(|a| a.1));
        let agency = r
            .arrival
            .as_ref()
            .is_some_and(|a| a.value == Arrival::AgencyRecruiter);
        r.company = self
            .company(agency, from_name.map(|n| n.1), from_addr.map(|a| a.1))
            .or_else(|| self.found(firm_signed?, 70));
        r.role = self.role();
        r.stage = self.stage();
        r.kept_on_file = self.flag(KEPT_NO, KEPT_YES, (KEPT_CONTACT, KEPT_ABOUT), rejection);
        r.offers_feedback = self.flag(
            FEEDBACK_NO,
            FEEDBACK_YES,
            (FEEDBACK_ASK, OFFER_WORDS),
            rejection,
        );
        r.gives_reason = self.flag("", REASON_YES, ("", ""), rejection);
        r.offers_call = self.flag("", CALL_YES, ("", ""), rejection);
        // A "no" read from silence, when the email holds words near an offer
        // or a reason that no cue reads ("another role", "my door is open",
        // "an applicant whose portfolio is closer to our style"), outside a
        // wish of luck: silence is not established, and an empty answer
        // costs the user less than a wrong "no".
        for (f, maybe) in [
            (&mut r.kept_on_file, KEPT_MAYBE),
            (&mut r.offers_feedback, FEEDBACK_MAYBE),
            (&mut r.gives_reason, REASON_MAYBE),
        ] {
            let silent = f.as_ref().is_some_and(|f| f.span.is_empty());
            if silent
                && first(self.lines, body, maybe)
                    .is_some_and(|h| self.lines.find_any(h.line, WISHES).is_none())
            {
                *f = None;
            }
        }
        r.drop_unsure();
        r
    }

    fn subject(&self) -> Option<Found<String>> {
        let raw = self.header_value(self.headers.subject)?;
        self.found(strip_reply_marks(raw), 95)
    }

    fn date(&self) -> Option<Found<String>> {
        let raw = self.header_value(self.headers.date)?;
        headers::parse_date(raw).map(|value| Found {
            value,
            span: span_of(self.text, raw),
            confidence: 90,
        })
    }

    fn company(
        &self,
        agency: bool,
        from_name: Option<&'a str>,
        from_addr: Option<&'a str>,
    ) -> Option<Found<String>> {
        let agency_name = self.sig.company.filter(|_| agency);
        // Named beside the role ("the X role at Y"), in the subject or the body.
        let beside_role = self
            .subject_parts()
            .1
            .or_else(|| body::role(self.lines, &self.body).and_then(|r| r.2))
            .filter(|c| agency_name.is_none_or(|a| a != *c));
        let signed = self.sig.company.filter(|_| !agency);
        if let Some((c, conf, ends_line)) =
            body::company(self.lines, &self.body, agency, agency_name)
        {
            // Named twice, the two agree: surer.
            let twice = [beside_role, signed]
                .iter()
                .flatten()
                .any(|o| o.eq_ignore_ascii_case(c));
            let conf = if twice { conf.max(80) + 5 } else { conf };
            // A name cut short by a line break: "Lucerne" where the signature says "Lucerne Publishing".
            // Not when all it adds is "Ltd" or "plc": the name as the body writes it.
            let longer = signed.filter(|s| {
                ends_line
                    && s.len() > c.len()
                    && s.starts_with(c)
                    && !list(LEGAL_SUFFIXES).any(|l| s[c.len()..].trim().eq_ignore_ascii_case(l))
            });
            // A weak cue ("on behalf of Julian Frost") yields to the signature.
            let weak = conf < 75 && signed.is_some_and(|s| !s.eq_ignore_ascii_case(c));
            if conf >= THRESHOLD && !weak {
                return self.found(longer.unwrap_or(c), conf);
            }
        }
        if let Some(c) = beside_role {
            // A subject's short form of the name the signature writes in full.
            let short = self
                .header_value(self.headers.subject)
                .and_then(|s| role_and_firm(strip_reply_marks(s)))
                .is_some_and(|(_, f)| f == Some(c));
            let full = signed.filter(|s| short && s.len() > c.len() && s.starts_with(c));
            return self.found(full.unwrap_or(c), 80);
        }
        if agency {
            return None;
        }
        if let Some(c) = signed {
            return self.found(c, 70);
        }
        // "Acme Careers", "Dana at Acme" or "Dana from Acme" in the From line, when the
        // sender's address agrees: "Civil Service Jobs <noreply@csjobs.…>"
        // is a jobs board's name, not the employer's.
        let name = from_name?;
        let c = name
            .split_once(" at ")
            .or_else(|| name.split_once(" from "))
            .map(|(_, c)| c)
            .or_else(|| names::team_company(name).filter(|c| !c.is_empty()))?;
        let squashed: String = c
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let domain = from_addr?.split('@').nth(1)?.to_ascii_lowercase();
        let first_word = c.split_whitespace().next()?;
        let starts = domain
            .get(..first_word.len())
            .is_some_and(|d| d.eq_ignore_ascii_case(first_word));
        (domain.contains(&squashed) || (first_word.len() >= 4 && starts))
            .then(|| self.found(c, 60))
            .flatten()
    }

    /// The role: the subject first, where it is named most plainly, then
    /// the body, then a title-like piece of the subject. When the subject
    /// and the body name different roles, the body's sentence wins.
    fn role(&self) -> Option<Found<String>> {
        let subject = self.subject_parts().0.map(body::tidy_role);
        let body =
            body::role(self.lines, &self.body).map(|(r, conf, _)| (body::tidy_role(r), conf));
        // One names the other, in any case: "Data Analyst" and "Senior Data Analyst".
        let agree = |s: &str, b: &str| {
            let (long, short) = if s.len() < b.len() { (b, s) } else { (s, b) };
            long.as_bytes()
                .windows(short.len().max(1))
                .any(|w| w.eq_ignore_ascii_case(short.as_bytes()))
        };
        match (subject, body) {
            (Some(s), Some((b, conf))) if !agree(s, b) && conf >= 80 => return self.found(b, conf),
            (Some(s), _) => return self.found(s, 90),
            (None, Some((b, conf))) => return self.found(b, conf),
            (None, None) => {}
        }
        // "Staff Engineer - final round", "Relecloud | Solutions Architect".
        let subject = strip_reply_marks(self.header_value(self.headers.subject)?);
        // A title in a subject is capitalised: "Level Designer interview
        // follow-up" names "Level Designer".
        let capitalised = |p: &'a str| {
            let end = p
                .split_whitespace()
                .find(|w| w.starts_with(char::is_lowercase) && !listed("of|and|for|in|to|the|&", w))
                .map_or(p.len(), |w| w.as_ptr() as usize - p.as_ptr() as usize);
            p[..end].trim()
        };
        for piece in subject.split([':', '|', '–', '—']) {
            for p in piece.split(" - ") {
                let r = capitalised(body::tidy_role(p));
                if names::looks_like_title(r) && r.split_whitespace().count() <= 5 {
                    return self.found(r, 65);
                }
            }
        }
        None
    }

    /// The role and company a subject line names: "Your application for
    /// Data Analyst at Acme", "Update on the Data Analyst role at Acme",
    /// "Data Analyst at Acme", "Vacancy: Data Analyst".
    fn subject_parts(&self) -> (Option<&'a str>, Option<&'a str>) {
        let Some((i, at)) = self.headers.subject else {
            return (None, None);
        };
        let line = &self.lines.all[i];
        let subject = strip_reply_marks(line.text.get(at..).unwrap_or(""));
        let low = subject.to_ascii_lowercase();
        let after = |cues| list(cues).find_map(|c| low.find(c).map(|at| &subject[at + c.len()..]));
        let company = after(SUBJECT_COMPANY_CUES).and_then(|c| body::proper_run(c, 0));
        let (role, beside) = match after(SUBJECT_ROLE_CUES) {
            Some(rest) => match rest
                .split_once(" at ")
                .or_else(|| rest.split_once(" with "))
            {
                Some((r, c)) => (r, body::proper_run(c, 0)),
                None => (rest, None),
            },
            None => match body::role_in(self.lines, line) {
                Some(found) => found,
                // "Data Analyst at Acme": the whole subject.
                None => match subject.split_once(" at ") {
                    Some((r, c)) if names::looks_like_title(r) => (r, body::proper_run(c, 0)),
                    _ => match role_and_firm(subject) {
                        Some(found) => found,
                        None => return (None, company),
                    },
                },
            },
        };
        let role = role.split([':', '|']).next().unwrap_or(role);
        let role = Some(role).filter(|r| body::good_role(body::tidy_role(r)));
        (role, beside.or(company))
    }

    fn arrival(&self, from_name: Option<&str>, from_addr: Option<&str>) -> Option<Found<Arrival>> {
        let body: Body = &self.body;
        let lines = self.lines;
        if let Some(h) = first(lines, body, AGENCY) {
            return Some(self.hit(h, Arrival::AgencyRecruiter, 85));
        }
        let title_low = self
            .sig
            .title
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        // "Talent Acquisition Consultant" is an in-house recruiter's title.
        let in_house = title_low
            .split(' ')
            .any(|w| listed("talent|acquisition|resourcing|people|human|hr", w));
        if names::is_agency_word(&self.sig.low) || (title_low.contains("consultant") && !in_house) {
            return self.sig_found(Arrival::AgencyRecruiter, 75);
        }
        if let Some(h) = first(lines, body, PHONE_CALL) {
            return Some(self.hit(h, Arrival::PhoneCall, 80));
        }
        if let Some(h) = first(lines, body, LONG_SILENCE) {
            return Some(self.hit(h, Arrival::LongSilence, 75));
        }
        if self.sig.title.is_some() {
            let value = if names::is_recruiter_title(&title_low) {
                Arrival::RecruiterEmail
            } else {
                Arrival::HiringManagerEmail
            };
            return self.sig_found(value, 80);
        }
        let team_from = from_name.is_some_and(|n| names::team_company(n).is_some())
            || from_addr.is_some_and(headers::is_no_reply);
        if self.sig.team.is_some() || team_from {
            return self.sig_found(Arrival::RecruiterEmail, 70);
        }
        if let Some(h) = first(lines, body, MANAGER_WORDS) {
            return Some(self.hit(h, Arrival::HiringManagerEmail, 60));
        }
        None
    }

    fn sig_found<T>(&self, value: T, confidence: u8) -> Option<Found<T>> {
        let at = self
            .sig
            .at
            .map_or(self.text.len(), |i| self.lines.all[i].start);
        Some(Found {
            value,
            span: at..at,
            confidence,
        })
    }

    fn stage(&self) -> Option<Found<Stage>> {
        // "As I said on the phone": that call gave the news; it was no screen.
        let told_by_phone = first(self.lines, &self.body, PHONE_CALL).is_some();
        for &(stage, phrases, conf) in STAGES {
            if told_by_phone && stage == Stage::PhoneScreen {
                continue;
            }
            let hit = first(self.lines, &self.body, phrases).filter(|h| {
                // "to the interview stage" is a No before any interview.
                let after = &h.line.low[h.at + h.len..];
                let before_any =
                    stage == Stage::Interview && after.trim_start().starts_with("stage");
                // "Happy to arrange a call with me": an offer, not a screen held.
                let offered = stage == Stage::PhoneScreen
                    && self.lines.find_any(h.line, OFFER_WORDS).is_some();
                !before_any && !offered
            });
            if let Some(h) = hit {
                // A bare "application" says little when the message also
                // speaks of a conversation no cue placed: no stage rather
                // than "application only".
                let met = conf == WEAK_APPLICATION && first(self.lines, &self.body, MET).is_some();
                return (!met).then(|| self.hit(h, stage, conf));
            }
        }
        None
    }

    /// A yes/no: an explicit "no" phrase wins, then a "yes" phrase, then a
    /// line that holds both halves of `pair` (a mention of feedback and an
    /// offer; a promise to be in touch and a word for roles), unless the
    /// line says they cannot. Silence in a No reads as "they did not say
    /// so", and outside one as nothing.
    fn flag(
        &self,
        no: &str,
        yes: &str,
        (topic, with): (&str, &str),
        rejection: bool,
    ) -> Option<Found<bool>> {
        let body: Body = &self.body;
        if let Some(h) = first(self.lines, body, no) {
            return Some(self.hit(h, false, 85));
        }
        if let Some(h) = first(self.lines, body, yes) {
            return Some(self.hit(h, true, 80));
        }

        let lines = self.lines;
        let pair = body.iter().map(|&i| &lines.all[i]).find_map(|line| {
            let (at, len) = lines.find_any(line, topic)?;
            // "Reach out if you have any questions about the role" invites
            // questions, "keep in touch" beside "your current role" is a
            // pleasantry (the user's own role is no role to come), and so is
            // "stay in touch, and good luck finding the right role": none
            // keeps anybody on file.
            let aside = topic == KEPT_CONTACT
                && (lines.find_any(line, QUESTIONS).is_some()
                    || lines.find_any(line, WISHES).is_some());
            (lines.find_any(line, with).is_some()
                && lines.find_any(line, CANNOT).is_none()
                && !aside)
                .then(|| Found {
                    value: true,
                    span: line.span(at, at + len),
                    confidence: 70,
                })
        });
        if pair.is_some() {
            return pair;
        }
        // A No that says nothing of it: likely "no", but only just worth saying.
        rejection.then_some(Found {
            value: false,
            span: 0..0,
            confidence: THRESHOLD,
        })
    }
}

/// The person in a From name: "Cole, Dana" is "Dana Cole" spelled by a
/// directory; "Dana Cole via Greenhouse" and "Dana Cole (Acme)" are Dana Cole.
fn person_in_from(mut name: &str) -> &str {
    for cut in list(" via | at | from |(") {
        name = name.split(cut).next().unwrap_or(name);
    }
    name.trim()
}

/// What a company's name may end in that the body leaves off.
const LEGAL_SUFFIXES: &str = "ltd|ltd.|limited|plc|inc|inc.|llc|llp|gmbh|co.";

/// Where the role starts in a subject line, after the first of these found.
const SUBJECT_ROLE_CUES: &str = "application for the |application for |vacancy for |\
    applying for |application: |vacancy: |position: |role: |candidacy for |application - |\
    application – ";

/// Where a company starts in a subject line with no role cue.
const SUBJECT_COMPANY_CUES: &str = "application to |interest in ";

/// A subject of two parts, a title and a name in capitals, either way
/// round: "Quality Engineer - Selwyn Aerospace", "Orbital Software – QA
/// Analyst". Words of the process ("Update", "Final Round") are no company.
fn role_and_firm(subject: &str) -> Option<(&str, Option<&str>)> {
    const PROCESS: &str = "update|outcome|application|interview|round|feedback|decision|status|your|\
        next|result|stage|search|role|position|vacancy|closed|follow";
    let (a, b) = subject
        .split_once(" | ")
        .or_else(|| list(" - | – | — ").find_map(|sep| subject.split_once(sep)))?;
    let (role, firm) = if names::looks_like_title(a) {
        (a, b)
    } else {
        (b, a)
    };
    let (role, firm) = (role.trim(), firm.trim());
    (names::looks_like_title(role)
        && !names::looks_like_title(firm)
        && body::proper_run(firm, 0) == Some(firm)
        && !firm
            .split(' ')
            .any(|w| list(PROCESS).any(|p| w.eq_ignore_ascii_case(p))))
    .then_some((role, Some(firm)))
}

/// A subject without "Re:", "Fwd:", "FW:" in front.
fn strip_reply_marks(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let Some(mark) = list("re:|fwd:|fw:|aw:|wg:")
            .find(|m| s.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m)))
        else {
            return s;
        };
        s = s[mark.len()..].trim_start();
    }
}

const AGENCY: &str = "my client|our client|the client|client's|clients|recruitment agency|search firm|\
    executive search|the hiring company|end client|my desk|on my books";

/// Words of a message that asks the user on, not one that says No.
const INVITATION: &str = "invite you|inviting you|pleased to offer|delighted to offer";

/// The email puts in writing what a call has just said.
const PHONE_CALL: &str = "as i said on the phone|as discussed on the phone|as we discussed on the phone|\
    as promised on the phone|as i mentioned on the phone|taking my call this|taking my call earlier|\
    as we discussed on our call|\
    on the phone just now|\
    when we spoke|as i explained|as mentioned on the call|as discussed on the call|\
    as i mentioned on the call|speak just now|spoke just now|speaking just now|thanks for picking up|\
    to confirm our conversation|on the call earlier|following our phone call|following our telephone|\
    further to our telephone|further to our phone";

const LONG_SILENCE: &str = "for the delay|apologies for the long|sorry it has taken|sorry it's taken|\
    taken so long|taken us so long|delay in|long silence|for the wait|delayed response|late reply|\
    sorry for the late|long wait|kept you waiting|keeping you waiting|slow reply|slow response|slow to reply|\
    should have heard|owe you an apology|taken longer|took longer|been a while|waiting so long|\
    taking so long|took so long|how long it|how long this";

/// Wording only the hiring manager uses about the role.
const MANAGER_WORDS: &str = "my team|i was impressed|i enjoyed meeting|i really enjoyed|\
    i enjoyed our|my decision|i have decided|i've decided";

/// How sure a bare mention of the application makes the reader that no
/// interview was held.
const WEAK_APPLICATION: u8 = 62;

/// Words of having met or talked, which no stage cue placed.
const MET: &str = "conversation|conversations|speaking|came in|visit|trial|pairing|presentation|\
    panel|task|talking|meeting|time with|getting to know|interview|interviews|interviewing|spoke|spoken|\
    talked|met|chatted|to speak|to talk|to meet|to chat|the call|our call|the chat|our chat";

/// The stages in the order they are looked for: the most specific first.
const STAGES: &[(Stage, &str, u8)] = &[
    (
        Stage::RoleCancelled,
        "pause this|pause the|paused this|pausing|\
            role has been cancelled|position has been cancelled|on hold|no longer recruiting|\
            no longer hiring|not to fill|been withdrawn|no longer be filling|paused hiring|\
            pause hiring|paused recruitment|restructuring|restructure|\
            budget has been|budget was|cancel the role|cancelled the role|\
            cancelled the position|close the role|closed the role|been closed|not be filled|\
            been paused|is paused|paused the|closed the search|cancelled the search|\
            closed this search|role has closed|paused all|paused external|paused our|\
            external hiring|freeze|frozen|hiring restarts|making an appointment|won't be filled|\
            closed the vacancy|closed the post|closed the position|close the vacancy|\
            close the position|without appointing|was withdrawn|funding for|headcount|\
            ahead with this appointment|ahead with the appointment|ahead with the hire|\
            recruitment has been stopped|making a hire|on ice|all hiring|no longer exists|suspended",
        85,
    ),
    (
        Stage::Internal,
        "internal application|internal applications|applied internally|applying internally|apply internally|internal vacancy|\
            internal move|internal opportunity|internal transfer|internal posting|internal role|\
            internal applicants like you|internal job|as an internal|\
            your line manager|your manager|your one to one|next one to one",
        85,
    ),
    (
        Stage::RunnerUp,
        "close one|very close|extremely close|really close|so close|incredibly close|\
            close second|strong second|close call|runner-up|runner up|narrow decision|narrowly|\
            a narrow|came second|it was close|a close decision|\
            decision between you|the other finalist|between you and|\
            down to two|final two|second choice|came down to you|closely contested|\
            tipped the balance|as close as|two of you|last two|neck and neck|fine margin|finest of margins|\
            ended with two|left with two|between two|very narrow",
        85,
    ),
    (
        Stage::FinalRound,
        "final round|final interview|final stage|final-round|final stages|the onsite|your onsite|\
            the on-site|your on-site|onsite interview|on-site interview|\
            last round|final panel|final presentation|final presentations|\
            last stage|final interviews|final meeting|another finalist|a finalist|\
            one of the finalists|present your work|\
            present your portfolio|presentation to the|presentation to our|presenting to",
        85,
    ),
    (
        Stage::PhoneScreen,
        "phone screen|phone screening|screening call|phone interview|our call|the call|\
            our phone|phone call|video call|initial call|introductory call|intro call|our chat|\
            our recent call|first call|teams call|zoom call|speaking with me on the phone|\
            screening interview|our screening|the screening|call with me|call earlier|call last|\
            call yesterday|time on the phone|\
            on the phone with|chat with me|chatting with me|chatting to me|chat with our|phone conversation|telephone interview|\
            telephone call|telephone conversation|spoke on the phone|speaking on the phone|\
            taking my call|first calls|on the phone last",
        80,
    ),
    (
        // Said before any interview, though the words name a later stage;
        // after a call held, which was the screen ("thanks for the video
        // call; we won't invite you to interview").
        Stage::ApplicationOnly,
        "not among the finalists|not shortlisted|not been shortlisted|not to shortlist|\
            not to invite you|not invite you|not be inviting you|not inviting you|\
            not selected for interview|selected to go forward|selected to progress|for a first interview|\
            for first interview|to a first interview",
        85,
    ),
    (
        Stage::Interview,
        "technical test|assessment centre|assessment center|assessment day|meeting the team|\
            your interview|the interview|your interviews|round of interviews|rounds of interviews|\
            meeting with|meeting you|meeting us|met with|to meet you|to meet with|interviewed you|\
            you interviewed|you were interviewed|the panel|your time with|second interview|\
            first interview|interveiw|time to interview|interviewing|for coming in|\
            to come in|speaking with|spoke with|talking with|meet the team|attending an interview|\
            attending interview|at interview|to interview you|to see us|take-home|\
            pleasure to interview|met the team|met us|pairing session|trial shift|trial day|\
            work trial|case study|design test|coding test|technical task|took to interview|\
            to interview for|to interview with|attended interview|interview last|\
            interview yesterday|interview earlier|video interview|the interviews|exercise|meeting my client|\
            meeting our client|met my client|met the client|pairing with|speak with our|speak to our|speak with the team",
        80,
    ),
    (
        Stage::ApplicationOnly,
        "reviewed your application|reviewing your application|review of your application|\
            considered your application|reviewed your cv|reviewed your resume|reviewing your cv|\
            reviewing your resume|reviewed your background|reviewed your profile|\
            reviewed your qualifications|reviewed your experience|\
            not to progress your application|to interview|for interview|to interviews|\
            an interview|interview stage|sift|shortlisting",
        75,
    ),
    (
        // Any No names the application, after an interview too: a weak cue,
        // offered only when nothing in the message speaks of meeting.
        Stage::ApplicationOnly,
        "your applicaiton|applying|applied|application|your cv|your resume|time to apply|\
            your candidacy",
        WEAK_APPLICATION,
    ),
];

const KEPT_NO: &str = "will not keep|won't keep|do not keep|don't keep|not retain|will be deleted|delete your|\
    not hold your|will not be kept";

const KEPT_YES: &str = "visit our careers|explore our careers|exploring our careers|\
    check our careers|consider us again|on file|\
    keep your details|keep your cv|keep your resume|keep your information|keep your profile|\
    keep your application|retain your details|retain your cv|retain your information|\
    hold your details|keep you in mind|keep you in our|keeping you in mind|bear you in mind|\
    keep your name|talent pool|talent community|encourage you to apply|\
    welcome your application|apply again|reapply|re-apply|\
    apply for future|apply for other|keep an eye on|careers page|consider you for future|\
    consider you for other|future vacancies|future openings|future roles|future positions|\
    in mind for|see you apply|consider applying|applying again|might suit you|\
    other openings|could suit you|would suit you|may suit you|something else that|\
    something suitable|anything suitable|put you forward|in touch as soon as|\
    contact you first|to you first|when hiring|once hiring|other roles that|hold on to your|\
    hold onto your|front of mind|top of mind|other opportunities with us|\
    future opportunities with us|apply for opportunities with us|hang on to your|future applications|future application|\
    keep an eye out|look out for|on our radar|on my radar|\
    keep hold of|save your|be kept for|be kept on|be retained|will be held|consider you again|\
    consider you in|in our system|in our database|\
    keep sending you|keep the door open|first person i|\
    first to know|encourage you to go for|to see your application|to see an application|for you to apply";

const FEEDBACK_NO: &str = "or provide feedback|or give feedback|or offer feedback|unable to provide feedback|\
    unable to offer feedback|not able to provide feedback|not able to offer feedback|\
    cannot provide feedback|can't provide feedback|individual feedback|\
    not in a position to provide|not in a position to give|not in a position to offer|\
    do not provide feedback|don't provide feedback|cannot offer feedback|\
    can't offer feedback|unable to provide detailed|not able to provide detailed|\
    not able to provide personalised|unable to provide personalised|\
    unable to provide personalized|personal feedback|not able to share|unable to share|\
    cannot share|can't share|not able to give|unable to give|don't give feedback|\
    do not give feedback|can't give feedback|cannot give feedback|feedback is not|\
    feedback isn't|no feedback|feedback will not|feedback won't|feedback cannot|\
    feedback can't|aren't able to share|aren't able to provide";

const FEEDBACK_YES: &str = "share a bit more context|share more context|go through feedback|go through the feedback|\
    talk through feedback|talk through the feedback|sit down with you|happy to share feedback|\
    happy to provide feedback|happy to give feedback|happy to offer feedback|\
    if you would like feedback|if you'd like feedback|if you would like some feedback|\
    if you'd like some feedback|would you like feedback|ask for feedback|feedback call|\
    request feedback|offer you feedback|provide you with feedback|give you feedback|\
    share some feedback|share more feedback|share more detailed feedback|walk you through|\
    talk you through|happy to talk through|happy to jump on a call|happy to set up a call|\
    happy to chat|if you want feedback|talk through your|go through your|go over your|share more about|\
    share what i can|talk it through|feedback on each|\
    happy to go over|more detail on the decision|\
    talk it over|talk things over|hear more about how|more about why|how the panel saw|how the interview went|how your interview went";

/// An offer of a call or a chat, to talk the No over or about other roles.
const CALL_YES: &str = "set up a call|set up a short call|set up a quick call|arrange a call|book a call|\
    schedule a call|jump on a call|hop on a call|give me a call|give me a ring|call me|ring me|\
    happy to chat|happy to talk|glad to talk|have a chat|like a chat|talk it through|talk it over|\
    talk things through|by phone|arrange a time to talk|set up a time to talk|sit down with you";

/// A promise to be in touch, which keeps the user on file only beside a
/// word of roles to come ([`KEPT_ABOUT`]): "reach out if you have any
/// questions" does not.
const KEPT_CONTACT: &str = "keep you posted|in contact|pick things up|call you|will consider|you'll consider|\
    let you know if|let you know when|i'll let you know|in touch|reach out|reach back out|contact you|hear about|hear from you|give you a shout|drop you a line|think of you";

/// Words of roles to come, read with [`KEPT_CONTACT`].
const KEPT_ABOUT: &str = "role|roles|position|positions|opening|openings|opportunity|opportunities|\
    vacancy|vacancies|job|jobs|suitable|something|anything|hiring|hire|fit|opens|arise|\
    arises|come up|comes up|grow|growing|again|reopen|reopens|mandate|mandates|appointment|\
    appointments|searches|assignments|post|posts|recruit|spot|restart|restarts";

/// Roles to come, named in a sentence [`KEPT_YES`] may not read.
const KEPT_MAYBE: &str = "future opportunities|future opportunity|other opportunities|another role|other roles|\
    other positions|another position|similar roles|next opening|restart|reopen|comes back|new year|next year|\
    in the spring|back out";

/// Words of talking the decision over that no feedback cue reads: silence
/// about feedback is then not established.
const FEEDBACK_MAYBE: &str = "go over|about the day|door is open|debrief|talk about";

/// A wish of luck, in which other roles are the user's own affair.
const WISHES: &str = "luck|success|finding|find|wish|wishing|your search";

/// A line that says they cannot, whatever else it offers.
const CANNOT: &str = "unable|cannot|can't|not able|not possible|not available|not in a position|\
    isn't possible|isn't available";

/// An invitation to ask, or the user's own role, read with [`KEPT_CONTACT`].
const QUESTIONS: &str =
    "question|questions|hesitate|help with|can help|anything i can|current role|your role";

/// A line that mentions feedback, read with [`OFFER_WORDS`].
const FEEDBACK_ASK: &str = "feedback|feeback|fedback|comments|notes|thoughts on|impressions|pointers|\
    the decision|our decision|reasoning|how we saw|\
    your performance|hear how|how the interviews|how the conversations|how it went|how things went";

const OFFER_WORDS: &str = "arrange a time|to share|contact me|please contact|should you wish|wish to receive|\
    would like to|i'd like to|like to sit down|happy to|glad to|if you would like|if you'd like|\
    if you want|feel free|welcome to|let me know|just ask|get in touch|would be happy|\
    more than happy|can share|can arrange|offer|do reach out|please reach out|pleased to|\
    if helpful|if it helps|if useful|do ask|reply to this|just reply|would help|\
    would be useful|\
    go through|talk through|walk through|pass on|can be viewed|is available|will be available|\
    will be emailed|will be sent|be pleased";

/// Words that may open a reason no cue reads ("an applicant whose
/// portfolio is closer to our style"): silence is then not established.
const REASON_MAYBE: &str = "applicant with|applicants with|applicant whose|candidate whose|candidates who have|\
    applicants who|closer to|fits more|felt that";

/// A specific reason for the No, not the form letter's "closer match".
const REASON_YES: &str = "they felt|weren't quite|whose experience of|prioritising people|prioritizing people|\
    prioritising candidates|prioritizing candidates|focus on candidates|a background in|\
    whose background is|mostly because|because they|because the other|because we need|\
    we were looking for someone|looking for someone with|looking for a candidate with|\
    more experience|more direct experience|stronger background|deeper experience|lacked|lack of|\
    did not have|didn't have|less experience|not enough experience|the main reason|\
    the deciding factor|someone with more|a candidate who has|due to a change|due to changes|\
    due to internal|budget|internal candidate|cancelled|the reason|as the role|more exposure|\
    more depth|stronger experience|not quite|fell short|colleague from within|candidate from within|\
    someone from within|whose experience with|hands-on experience|wanted someone|needed someone|\
    need someone|more senior|more junior|too senior|too junior|chose a candidate who|\
    whose background in|was stronger|were stronger|decided to hire internally|appointed internally|\
    an internal|no longer|paused|more hands-on|someone who|who already|already has|already have|\
    which we need|role needs|role requires|needs someone|requires someone|lives closer|\
    candidate with deeper|candidate with stronger|candidate with broader|candidate with greater|\
    candidate with more|who had more|stronger on|more focused|mainly because|largely because|\
    partly because|because she|because he|your score|did not reach|existing member|member of staff|\
    filled internally|hired internally|recruited internally|the other person|other candidate had|\
    other candidate has|the person we appointed|the candidate we appointed|successful candidate has|\
    successful candidate had|leaned towards|leaned toward|favoured|favored|other candidate's|\
    turned on|tipped it|they have more|has more|weighed|funding|withdrawn|how the role is|\
    scope of the role|separated you|light on|felt your|about their|a review of|reorganised|\
    fell through|acting up|\
    restructuring|hiring freeze|on hold|not be filled|restructure|headcount|suspended|pausing|all hiring";

#[cfg(test)]
mod tests {
    use super::*;

    fn call(text: &str) -> Option<bool> {
        read(text).offers_call.map(|f| f.value)
    }

    #[test]
    fn an_offer_of_a_call_is_read() {
        let no = "Dear Alex,\nUnfortunately we have decided to go with another candidate.\n";
        assert_eq!(
            call(&format!(
                "{no}I'd be happy to set up a short call to talk it through."
            )),
            Some(true)
        );
        assert_eq!(
            call(&format!(
                "{no}Give me a ring if you'd like to talk it through."
            )),
            Some(true)
        );
        assert_eq!(
            call(&format!("{no}Thanks for our call on Monday.")),
            Some(false)
        );
        assert_eq!(call("Shopping list: eggs, milk."), None);
    }

    #[test]
    fn every_suggestion_clears_the_threshold() {
        // A company after a bare "at" is too unsure to offer.
        let r = read("Dear Alex,\nThanks for your time at Lunch Club.\nUnfortunately it is a No.");
        assert_eq!(r.company, None);
        let r = read(
            "Subject: Update on the Product Designer role at Wavelength\n\nHi Sam,\nWe won't be moving forward.\nWe'd love you to apply for other opportunities.",
        );
        assert_eq!(
            r.role.as_ref().map(|f| f.value.as_str()),
            Some("Product Designer")
        );
        assert_eq!(
            r.company.as_ref().map(|f| f.value.as_str()),
            Some("Wavelength")
        );
        for f in [r.role.unwrap().confidence, r.company.unwrap().confidence] {
            assert!(f >= THRESHOLD);
        }
    }

    #[test]
    fn a_piece_of_a_sentence_is_no_role() {
        let r = read(
            "Dear Alex,\nUnfortunately we will not progress your application. We will keep your CV for six months should another role arise.",
        );
        assert_eq!(r.role, None);
    }

    #[test]
    fn weak_evidence_leaves_a_field_empty() {
        let flags = |text: &str| {
            let r = read(text);
            (
                r.kept_on_file.map(|f| f.value),
                r.offers_feedback.map(|f| f.value),
            )
        };
        let no = "Dear Alex,\nUnfortunately we have offered the role to someone else.\n";
        assert_eq!(flags(no), (Some(false), Some(false)));
        // Words near an invitation or an offer that no cue reads: unsure.
        let restart = format!("{no}If the search comes back in the new year, you'll hear.");
        assert_eq!(flags(&restart).0, None);
        let door = format!("{no}If you'd like to go over the day, my door is open.");
        assert_eq!(flags(&door).1, None);
        let closer = "Dear Alex,\nWe have offered the role to an applicant whose portfolio is closer to our style.";
        assert_eq!(read(closer).gives_reason, None);
        // An invitation pasted by mistake suggests nothing at all.
        let invite = "Dear Alex,\nWe are pleased to invite you to an interview for the Analyst role at Acme.";
        assert!(read(invite).is_empty());
    }

    #[test]
    fn a_search_firm_is_not_the_company() {
        let r = read(
            "Dear Ruth,\nThank you for your time. I am afraid that the client has chosen another candidate.\n\nBest,\nEdward Marsh\nPrincipal, Harlow & Finch Search",
        );
        assert_eq!(
            r.sender_title.map(|f| f.value).as_deref(),
            Some("Principal")
        );
        assert_eq!(r.company, None);
        assert_eq!(r.arrival.map(|f| f.value), Some(Arrival::AgencyRecruiter));
    }
}
