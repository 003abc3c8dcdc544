//! Reads a pasted rejection email and suggests answers for the wizard: the
//! company, the role, who wrote and how to reach them, the subject and date,
//! how the No arrived, the stage reached, what they offered, and the name
//! they greeted the user by.
//!
//! Everything runs here, in plain Rust, so nothing the user pastes leaves
//! the browser. Each suggestion carries the span of the paste it came from
//! and a confidence, so the wizard can show it for the user to confirm. The
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
use lines::{Lines, list};

/// How many lines of the message body the phrase passes read.
const BODY_LINES: usize = 300;

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
        ];
        texts.iter().all(|f| f.is_none())
            && flags.iter().all(|f| f.is_none())
            && self.arrival.is_none()
            && self.stage.is_none()
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
/// Usage: `summary_json("")` starts `{"company":null,`.
pub fn summary_json(text: &str) -> String {
    serde_json::to_string_pretty(&read(text).summary()).unwrap_or_default()
}

/// Reads `text`, a pasted email (or anything else).
///
/// Usage: `read("").is_empty() == true`.
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

    fn read(&self) -> Reading {
        let body: Body = &self.body;
        if !body::is_english(self.lines, body) {
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
        // The person: the signature as they sign, else the From name if it is a person.
        r.sender_name = match self.sig.name.map(names::without_honorific) {
            Some(n) => self.found(n, 85),
            None => from_name
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
        r.company = self.company(agency, from_name.map(|n| n.1));
        r.role = self.role();
        r.stage = self.stage();
        let rejection = body::is_rejection(self.lines, body);
        r.kept_on_file = self.flag(KEPT_NO, KEPT_YES, "", rejection);
        r.offers_feedback = self.flag(FEEDBACK_NO, FEEDBACK_YES, FEEDBACK_ASK, rejection);
        r.gives_reason = self.flag("", REASON_YES, "", rejection);
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

    fn company(&self, agency: bool, from_name: Option<&'a str>) -> Option<Found<String>> {
        let agency_name = self.sig.company;
        if let Some((c, conf)) = body::company(
            self.lines,
            &self.body,
            agency,
            agency_name.filter(|_| agency),
        ) {
            // A name cut short by a line break: "Lucerne" where the signature says "Lucerne Publishing".
            let longer = self
                .sig
                .company
                .filter(|s| !agency && s.len() > c.len() && s.starts_with(c));
            return self.found(longer.unwrap_or(c), conf);
        }
        if agency {
            return None;
        }
        if let Some(c) = self.subject_parts().1 {
            return self.found(c, 75);
        }
        if let Some(c) = self.sig.company {
            return self.found(c, 70);
        }
        // "Acme Careers" or "Dana at Acme" in the From line.
        let name = from_name?;
        let c = name
            .split_once(" at ")
            .map(|(_, c)| c)
            .or_else(|| names::team_company(name).filter(|c| !c.is_empty()))?;
        self.found(c, 60)
    }

    fn role(&self) -> Option<Found<String>> {
        if let Some((r, conf)) = body::role(self.lines, &self.body)
            && let Some(f) = self.found(body::tidy_role(r), conf)
        {
            return Some(f);
        }
        if let Some(f) = self
            .subject_parts()
            .0
            .and_then(|r| self.found(body::tidy_role(r), 70))
        {
            return Some(f);
        }
        // "Staff Engineer - final round", "Relecloud | Solutions Architect".
        let subject = strip_reply_marks(self.header_value(self.headers.subject)?);
        subject
            .split([':', '|', '–', '—'])
            .flat_map(|p| p.split(" - "))
            .map(str::trim)
            .find(|p| names::looks_like_title(p) && p.split_whitespace().count() <= 5)
            .and_then(|r| self.found(r, 60))
    }

    /// The role and company a subject line names: "Your application for
    /// Data Analyst at Acme", "Vacancy: Data Analyst".
    fn subject_parts(&self) -> (Option<&'a str>, Option<&'a str>) {
        let Some(subject) = self
            .header_value(self.headers.subject)
            .map(strip_reply_marks)
        else {
            return (None, None);
        };
        let low = subject.to_ascii_lowercase();
        let after = |cues| list(cues).find_map(|c| low.find(c).map(|at| &subject[at + c.len()..]));
        let rest = after(SUBJECT_ROLE_CUES);
        let company = after(SUBJECT_COMPANY_CUES).and_then(|c| body::proper_run(c, 0));
        let Some(rest) = rest else {
            return (None, company);
        };
        let (role, company) = match rest
            .split_once(" at ")
            .or_else(|| rest.split_once(" with "))
        {
            Some((r, c)) => (r, body::proper_run(c, 0)),
            None => (rest, company),
        };
        let role = role.split([':', '|']).next().unwrap_or(role);
        (Some(role), company)
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
        if names::is_agency_word(&self.sig.low) || title_low.contains("consultant") {
            return self.sig_found(Arrival::AgencyRecruiter, 75);
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
        for &(stage, phrases, conf) in STAGES {
            let hit = first(self.lines, &self.body, phrases).filter(|h| {
                // "to the interview stage" is a No before any interview.
                let after = &h.line.low[h.at + h.len..];
                !(stage == Stage::Interview && after.trim_start().starts_with("stage"))
            });
            if let Some(h) = hit {
                return Some(self.hit(h, stage, conf));
            }
        }
        None
    }

    /// A yes/no: an explicit "no" phrase wins, then a "yes" phrase (or a
    /// mention of `topic` with an offer beside it); silence in a No reads as
    /// "they did not say so", and outside one as nothing.
    fn flag(&self, no: &str, yes: &str, topic: &str, rejection: bool) -> Option<Found<bool>> {
        let body: Body = &self.body;
        if let Some(h) = first(self.lines, body, no) {
            return Some(self.hit(h, false, 85));
        }
        if let Some(h) = first(self.lines, body, yes) {
            return Some(self.hit(h, true, 80));
        }
        if let Some(h) = first(self.lines, body, topic)
            && self.lines.find_any(h.line, OFFER_WORDS).is_some()
        {
            return Some(self.hit(h, true, 70));
        }
        rejection.then_some(Found {
            value: false,
            span: 0..0,
            confidence: 50,
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

/// Where the role starts in a subject line, after the first of these found.
const SUBJECT_ROLE_CUES: &str = "application for the |application for |vacancy for |\
    applying for |application: |vacancy: |position: |role: |candidacy for |application - |\
    application – ";

/// Where a company starts in a subject line with no role cue.
const SUBJECT_COMPANY_CUES: &str = "application to |interest in ";

/// A subject without "Re:", "Fwd:", "FW:" in front.
fn strip_reply_marks(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let low = s.to_ascii_lowercase();
        let Some(mark) = list("re:|fwd:|fw:|aw:|wg:").find(|m| low.starts_with(m)) else {
            return s;
        };
        s = s[mark.len()..].trim_start();
    }
}

const AGENCY: &str = "my client|our client|the client|client's|clients|recruitment agency|search firm|\
    executive search|the hiring company|my client's|our client's";

const LONG_SILENCE: &str = "sorry for the delay|apologies for the delay|apologise for the delay|apologize for the delay|\
    sorry for the long wait|apologies for the long|sorry it has taken|sorry it's taken|\
    taken so long|taken us so long|delay in getting back|delay in responding|delay in coming back|\
    long silence|sorry for the wait|apologies for the wait|delayed response|late reply|\
    sorry for the late";

/// Wording only the hiring manager uses about the role.
const MANAGER_WORDS: &str = "my team|join my team|on my team|i was impressed|i enjoyed meeting|i really enjoyed|\
    i enjoyed our|my decision|i have decided|i've decided";

/// The stages in the order they are looked for: the most specific first.
const STAGES: &[(Stage, &str, u8)] = &[
    (
        Stage::RoleCancelled,
        "pause this hire|pause the hire|pause this role|pause the role|paused this|pausing|\
            role has been cancelled|position has been cancelled|been put on hold|\
            put the role on hold|put this role on hold|put the position on hold|on hold|\
            no longer recruiting|no longer hiring|not to fill|decided not to fill|hiring freeze|\
            been withdrawn|role has been closed|position has been closed|no longer be filling|\
            paused hiring|pause hiring|paused recruitment|not going ahead|role has been cancelled|\
            restructuring|restructure|budget has been|budget was|role no longer exists|\
            cancel the role|cancelled the role|cancelled the position|close the role|\
            closed the role",
        85,
    ),
    (
        Stage::Internal,
        "internal application|applied internally|applying internally|internal vacancy|\
            internal move|internal opportunity|internal transfer|your current team|\
            your current role|as a colleague|internal posting|internal role|\
            internal applicants like you|internal job",
        85,
    ),
    (
        Stage::RunnerUp,
        "close one|very close|extremely close|really close|so close|incredibly close|\
            close second|close call|runner-up|runner up|narrow decision|narrowly|a narrow|\
            came second|it was close|a close decision|difficult decision between|\
            tough decision between|hard decision between|the other finalist|between you and",
        85,
    ),
    (
        Stage::FinalRound,
        "final round|final interview|final stage|final-round|final stages|onsite|on-site|\
            last round|final panel|came down to two|down to two|final two|final presentation|\
            last stage|final interviews|final meeting|the final|finalist|finalists",
        85,
    ),
    (
        Stage::PhoneScreen,
        "phone screen|phone screening|screening call|phone interview|our call|the call|\
            our phone|phone call|video call|initial call|introductory call|intro call|our chat|\
            our recent call|first call|teams call|zoom call|speaking with me on the phone|\
            screening interview|our screening|the screening|call with me|call earlier|call last|\
            call yesterday|call on",
        80,
    ),
    (
        Stage::Interview,
        "technical test|assessment centre|assessment center|assessment day|speak with|\
            meeting the|your interview|the interview|interviewing with|interviewing for|\
            for interviewing|interviews|for coming in|meeting with|meeting you|meeting us|met with|\
            to meet|interviewed|the panel|your time with|second interview|first interview|\
            your interviews|interveiw|time to interview|interviewing|the interview process|come in|\
            coming in|speaking with|spoke with|talking with|meet the team",
        80,
    ),
    (
        Stage::ApplicationOnly,
        "reviewed your application|reviewing your application|review of your application|\
            considered your application|reviewed your cv|reviewed your resume|reviewing your cv|\
            reviewing your resume|not to progress your application|to interview|for interview|\
            an interview|interview stage|your application|your applicaiton|applying|applied|\
            application|your cv|your resume",
        70,
    ),
];

const KEPT_NO: &str = "will not keep|won't keep|do not keep|don't keep|not retain|will be deleted|delete your|\
    not hold your|will not be kept";

const KEPT_YES: &str = "careers site|careers website|visit our careers|keep you posted|consider us again|consider us|\
    on file|keep your details|keep your cv|keep your resume|keep your information|\
    keep your profile|keep your application|retain your details|retain your cv|\
    retain your information|hold your details|keep you in mind|keep you in our|keeping you in mind|\
    bear you in mind|keep your name|talent pool|talent community|encourage you to apply|\
    encourage you to keep|welcome future applications|welcome your application|apply again|reapply|\
    re-apply|apply for future|apply for other|keep an eye on|careers page|in touch if|\
    in touch should|in touch when|reach out if|reach out when|reach out should|contact you if|\
    contact you should|contact you when|consider you for|future vacancies|future openings|\
    future roles|future positions|would love to stay in touch|stay in touch|keep in touch|\
    think of you|in mind for|hear from you again|see you apply";

const FEEDBACK_NO: &str = "or provide feedback|or give feedback|or offer feedback|unable to provide feedback|\
    unable to offer feedback|not able to provide feedback|not able to offer feedback|\
    cannot provide feedback|can't provide feedback|unable to give feedback|\
    not able to give feedback|individual feedback|not in a position to provide|\
    not in a position to give|not in a position to offer|do not provide feedback|\
    don't provide feedback|cannot offer feedback|can't offer feedback|unable to provide detailed|\
    not able to provide detailed|not able to provide personalised|unable to provide personalised|\
    unable to provide personalized|personal feedback";

const FEEDBACK_YES: &str = "share a bit more context|share more context|go through feedback|go through the feedback|\
    talk through feedback|talk through the feedback|sit down with you|happy to share feedback|\
    happy to provide feedback|happy to give feedback|happy to offer feedback|\
    if you would like feedback|if you'd like feedback|if you would like some feedback|\
    if you'd like some feedback|would you like feedback|ask for feedback|feedback call|\
    request feedback|offer you feedback|provide you with feedback|give you feedback|\
    share some feedback|share more feedback|share more detailed feedback|walk you through|\
    talk you through|happy to talk through|happy to jump on a call|happy to set up a call|\
    happy to chat|happy to discuss|if you want feedback";

/// A line that mentions feedback, read with [`OFFER_WORDS`].
const FEEDBACK_ASK: &str = "feedback|feeback|fedback";

const OFFER_WORDS: &str = "arrange a time|to share|contact me|please contact|should you wish|wish to receive|\
    would like to|i'd like to|like to sit down|happy to|glad to|if you would like|if you'd like|\
    if you want|feel free|welcome to|let me know|just ask|get in touch|would be happy|\
    more than happy|can share|can arrange|offer|do reach out|please reach out|pleased to|\
    if helpful|if it helps|if useful|do ask|reply to this";

/// A specific reason for the No, not the form letter's "closer match".
const REASON_YES: &str = "they felt|weren't quite|whose experience of|prioritising people|prioritizing people|\
    prioritising candidates|prioritizing candidates|focus on candidates|a background in|\
    whose background is|because|we were looking for someone|looking for someone with|\
    looking for a candidate with|more experience|more direct experience|more hands-on experience|\
    stronger background|deeper experience|lacked|lack of|did not have|didn't have|less experience|\
    not enough experience|the panel felt|the team felt|we felt|the main reason|the deciding factor|\
    someone who has|someone with more|a candidate who has|due to budget|due to a change|\
    due to changes|due to restructuring|due to a restructure|due to internal|budget|restructuring|\
    hiring freeze|internal candidate|on hold|cancelled|the reason|as the role|more exposure|\
    more depth|stronger experience|experience with|not quite|fell short|wanted someone|\
    needed someone|need someone|more senior|more junior|too senior|too junior|\
    chose a candidate who|whose background in|was stronger|were stronger|\
    decided to hire internally|appointed internally|an internal|no longer|not going ahead|paused";
