//! The message's own sentences: the company and the role as the body names
//! them, the stage reached, how the No came, what they offer, and the name
//! they greet the candidate by. Phrase lists follow "Reading a pasted
//! rejection email" in the note guide.

use super::lines::{Line, Lines, list, listed, not_alnum};
use super::names::{
    HONORIFICS, is_unit, looks_like_person, looks_like_title, starts_with_honorific,
};

/// The lines a pass reads, by index into [`Lines::all`].
pub type Body<'l> = &'l [usize];

/// A cue found: which line, where in it, and how sure.
#[derive(Clone, Copy)]
pub struct Hit<'a> {
    pub line: &'a Line<'a>,
    pub at: usize,
    pub len: usize,
}

/// The first line in `body` holding any of `phrases` (one list), and where
/// in it the first of them starts. Phrase by phrase, each read no further
/// than the best line so far, so each phrase's key is worked out once.
pub fn first<'a>(lines: &'a Lines<'a>, body: Body, phrases: &str) -> Option<Hit<'a>> {
    // (index in `body`, offset, length)
    if body.is_empty() {
        return None;
    }
    let mut best: Option<(usize, usize, usize)> = None;
    for p in list(phrases) {
        let key = super::lines::key(p);
        let upto = best.map_or(body.len(), |(n, ..)| n + 1);
        let hit = body[..upto]
            .iter()
            .enumerate()
            .find_map(|(n, &i)| lines.find_keyed(&lines.all[i], p, key).map(|at| (n, at)));
        if let Some((n, at)) = hit
            && best.is_none_or(|(bn, ba, _)| n < bn || (n == bn && at < ba))
        {
            best = Some((n, at, p.len()));
        }
    }
    best.map(|(n, at, len)| Hit {
        line: &lines.all[body[n]],
        at,
        len,
    })
}

/// Common English words: a body with almost none of them is in another
/// language, and the reader then suggests nothing rather than guess.
const ENGLISH: &str = "the|and|you|your|to|we|for|of|thank|thanks|with|our|this|that|have|is|not|be|at|in|it|are|\
    will|unfortunately|i|a|on|as|my";

/// Whether the body reads as English (short texts get the benefit of the doubt).
pub fn is_english(lines: &Lines, body: Body) -> bool {
    let (mut words, mut english) = (0usize, 0usize);
    for &i in body {
        let line = &lines.all[i];
        lines.count(line.low.len());
        for w in line.low.split(|c: char| !c.is_alphabetic() && c != '\'') {
            if w.is_empty() {
                continue;
            }
            words += 1;
            english += usize::from(listed(ENGLISH, w));
        }
    }
    words < 6 || english * 100 >= words * 12
}

/// Words that say this is a No at all, so silence about keeping in touch or
/// feedback can be read as "they did not say".
pub const REJECTION: &str = "moving you forward|won't be moving|not be moving|decided to pause|pause your candidacy|\
    pause your application|not the outcome|isn't the outcome|offer the role to|\
    offered the role to|offered the position to|offer the position to|offered the post|\
    offer the post|another colleague|another applicant|going to offer|not be taking|\
    won't be taking|not be inviting|not inviting|decided not to|unfortunately|unfortunatly|\
    regret|not to proceed|not be proceeding|not to move forward|move forward with other|\
    moving forward with other|other candidates|another candidate|not been successful|\
    unsuccessful|not selected|not be progressing|not to progress|someone else|\
    different direction|on hold|cancelled|canceled|not be offering|not to offer|\
    decided to go with|decided to offer|not been shortlisted|we have decided|we've decided|\
    not the news|not able to offer|no longer|sadly|afraid|proceed with other|appointed|\
    chosen|successful candidate|won't be offering|not offering|not be able to offer|\
    gone with|went with|go with another|going with another|the other person|offer it to|\
    been offered to|offered to an|we've offered|we have offered|proceed with candidates|\
    right match|unable to move forward|not able to move forward|offered it to|not progress|\
    not take your|not taking your|not take it|not shortlisted|not among|appoint another|\
    sorry to|hiring freeze|paused|not successful|gone another way|not invite|pass this time|\
    going to pass|not this time|been filled|filled by|given the role to|given the job to|\
    given the position to|to someone who|were stronger|was stronger|making an appointment|\
    haven't been successful|things further|application further|other way|been closed|\
    closed the|not be filled|filled the|not select|not be continuing|won't be continuing|\
    second choice|chose the other|chose another|chose someone|taken forward|\
    came down to|other candidate|forward with candidates|been withdrawn|extending an offer|\
    extend an offer|won't be inviting|not going to|move ahead with|moving ahead with|\
    not be putting|not putting your|filled this|not been able|not able to take|where we landed|\
    made an offer|not be appointing|not appointing";

pub fn is_rejection(lines: &Lines, body: Body) -> bool {
    first(lines, body, REJECTION).is_some()
}

/// The greeting's name: "Dear Alex," gives "Alex"; "Dear Ms Okafor," keeps
/// the honorific, as it is all there is; "Dear Candidate" gives nothing.
pub fn greeting<'a>(lines: &'a Lines<'a>, body: Body) -> Option<&'a str> {
    const GREETINGS: &str = "dear|hi|hiya|hello|hey|good morning|good afternoon|good evening|greetings|morning|afternoon|\
        sorry";
    for &i in body.iter().take(12) {
        let line = &lines.all[i];
        let low = line.low.trim_start();
        let lead = line.low.len() - low.len();
        let Some(g) =
            list(GREETINGS).find(|&g| low.starts_with(g) && low[g.len()..].starts_with([' ', ',']))
        else {
            continue;
        };
        let rest = &line.text[lead + g.len()..];
        let end = rest
            .find([',', '!', ';', ':', '-', '—'])
            .unwrap_or(rest.len());
        let name = rest[..end].trim();
        let words = name.split_whitespace().count();
        let name = match name.split_once(' ') {
            Some((first, rest))
                if listed(HONORIFICS, first.trim_end_matches('.')) && words >= 3 =>
            {
                rest.trim()
            }
            _ => name,
        };
        return looks_like_person(name).then_some(name);
    }
    // "Alex," alone on the first line.
    let line = &lines.all[*body.iter().find(|&&i| !lines.all[i].is_blank())?];
    let name = line.text.trim().strip_suffix(',')?.trim();
    (name.split_whitespace().count() <= 2 && looks_like_person(name)).then_some(name)
}

/// Capitalised words from `at` on, as a company name: "Northwind Health",
/// "Smith & Jones", "Bank of Ireland". Stops at a lower-case word or a mark.
pub fn proper_run(text: &str, at: usize) -> Option<&str> {
    const CONNECTORS: &str = "&|and|of|de|for|the|+";
    const NOT_FIRST: &str = "This|That|These|Our|Your|We|I|You|It|Unfortunately|Thank|Thanks|Please|Present|Least|All|\
        Times|Moment|Time|Interview|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|A|An|\
        Us|My|Their|Them|Him|Her|Its|Which|Whom|Any|Some|One|Other|Each|Every|No|Both|HR|I'm|I've|I'd|\
        We're|We've|They|It's";
    let rest = text.get(at..)?;
    let begin = at + rest.len() - rest.trim_start().len();
    let mut end = begin;
    let mut count = 0;
    let mut pos = begin;
    for tok in text[begin..].split(' ') {
        let tok_at = pos;
        pos += tok.len() + 1;
        if tok.is_empty() {
            break;
        }
        let tok = tok.trim_start_matches(['"', '“', '(']);
        let word = tok.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '"', '”']);
        let marked = word.len() < tok.len();
        let bare = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let capital = word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || (count > 0 && c.is_ascii_digit()));
        if capital && !(count == 0 && listed(NOT_FIRST, bare)) {
            let word_at = tok_at + text[tok_at..].find(word).unwrap_or(0);
            end = word_at + word.len();
            count += 1;
        } else if count > 0 && listed(CONNECTORS, word) && !marked {
            continue;
        } else {
            break;
        }
        if marked || count >= 6 {
            break;
        }
    }
    let run = text[begin..end].trim();
    // "Acme's hiring team" names Acme; "Margie's Travel Clinic" keeps its 's.
    let run = run
        .strip_suffix("'s")
        .or_else(|| run.strip_suffix("’s"))
        .unwrap_or(run);
    // "The" opening a line may be only the sentence's; mid-sentence, "at
    // The Copper Pot" writes it as part of the name.
    let run = run
        .strip_prefix("The ")
        .filter(|r| r.contains(' ') && text[..begin].trim().is_empty())
        .unwrap_or(run);
    let run = firm_only(run);
    (count > 0 && run.chars().any(char::is_alphabetic)).then_some(run)
}

/// "Copperleaf Games for the Narrative Designer role": the firm ends where
/// a job title starts. Kept out of line: inlined, the release build grew.
#[inline(never)]
fn firm_only(run: &str) -> &str {
    let Some(at) = super::lines::find_word(run, "for") else {
        return run;
    };
    let title = &run[at + 3..];
    if looks_like_title(title.strip_prefix(" the ").unwrap_or(title)) {
        run[..at].trim_end()
    } else {
        run
    }
}

/// Words before or after which a company name follows, by confidence
/// (highest first; within a list, the earlier entry wins a tie).
const COMPANY_CUES: &[(&str, u8)] = &[
    ("my client,|my client|our client,|our client", 90),
    (
        "the client,|the client|client,|position at|role at|job at|vacancy at|opening at|\
            opportunity at|post at|internship at|interest in joining|postion at|positon at|\
            interest in working at|interest in working for|interviewing at",
        85,
    ),
    (
        "position with|role with|opportunity with|vacancy with|interest in|intrest in|\
            applying to|application to|applied to|applying at|applying with|about working at|\
            interest in working with|everyone at|all of us at|us here at|here at|team at|\
            interviewing with|heard back from",
        80,
    ),
    ("apply to|career at|careers at|considering", 75),
    ("joining|behalf of", 70),
    ("at", 55),
];

/// A company the body names, as (value, confidence, whether it ends its
/// line). For an agency, only a client counts: the agency is who writes,
/// not who hires. A department or committee is not the company.
pub fn company<'a>(
    lines: &'a Lines<'a>,
    body: Body,
    agency: bool,
    not: Option<&str>,
) -> Option<(&'a str, u8, bool)> {
    let mut best: Option<(&'a str, u8, bool)> = None;
    for &i in body {
        let line = &lines.all[i];
        for (cue, conf) in COMPANY_CUES
            .iter()
            .flat_map(|&(cues, conf)| list(cues).map(move |c| (c, conf)))
        {
            if agency && !cue.contains("client") && conf < 80 {
                continue;
            }
            let Some(at) = lines.find(line, cue) else {
                continue;
            };
            let mut from = at + cue.len();
            let after = &line.text[from..];
            from += after.len() - after.trim_start_matches([' ', ',', '(', '–', '—']).len();
            // "a vacancy at the Fine Art School": after "at", "with" or "of"
            // a company may start with a lower-case "the".
            let preposition = list(" at| with| of").any(|p| cue.ends_with(p)) || cue == "at";
            if preposition && line.text[from..].starts_with("the ") {
                from += 4;
            }
            if let Some(run) = proper_run(line.text, from) {
                if not.is_some_and(|n| n.eq_ignore_ascii_case(run))
                    || is_unit(run)
                    || starts_with_honorific(run)
                {
                    continue;
                }
                if best.is_none_or(|(_, c, _)| conf > c) {
                    let end = run.as_ptr() as usize - line.text.as_ptr() as usize + run.len();
                    let ends_line = line.text[end..].trim_matches(not_alnum).is_empty();
                    best = Some((run, conf, ends_line));
                }
            }
        }
        if best.is_some_and(|(_, c, _)| c >= 85) {
            break;
        }
        // An agency names its client as the one who decided: "Arden
        // Pharma have gone with an internal candidate".
        if agency
            && best.is_none()
            && let Some((run, _)) = list(CLIENT_DECIDED)
                .find_map(|cue| lines.find(line, cue))
                .and_then(|at| run_before(line.text, at))
                .map(|r| (r, ()))
            && not.is_none_or(|n| !n.eq_ignore_ascii_case(run))
        {
            let end = run.as_ptr() as usize - line.text.as_ptr() as usize + run.len();
            best = Some((run, 75, line.text[end..].trim().is_empty()));
        }
    }
    best
}

/// What a client does when it turns a candidate down, right after its name.
const CLIENT_DECIDED: &str = "have decided|has decided|have gone with|has gone with|have chosen|has chosen|\
    have offered|has offered|have appointed|has appointed|have opted|has opted";

/// The capitalised words right before `at` in `text` that open their
/// sentence or clause ("…the call, Arden Pharma have"), as a company.
fn run_before(text: &str, at: usize) -> Option<&str> {
    const NOT_NAMES: &str = "They|We|I|You|He|She|It|The|This|That|Unfortunately|Sadly|Both|All";
    let head = text.get(..at)?.trim_end();
    let mut start = head.len();
    let mut count = 0;
    for (i, w) in head.rsplit(' ').enumerate() {
        if w.is_empty() || i >= 4 || !w.starts_with(char::is_uppercase) {
            break;
        }
        if w.ends_with([',', '.', ':', ';']) {
            break;
        }
        start -= w.len() + usize::from(i > 0);
        count += 1;
    }
    let before = head[..start].trim_end();
    let opens = before.is_empty() || before.ends_with([',', '.', ':', ';', '!']);
    let run = head[start..].trim();
    (count > 0 && opens && !listed(NOT_NAMES, run.split(' ').next().unwrap_or(""))).then_some(run)
}

/// Words of a sentence about openings to come, whose roles are not the
/// one the No is about.
const ROLE_TO_COME: &str = "future|upcoming|advertise|advertising|later this year|later in the year|\
    in the spring|in the autumn|in the new year|keep an eye|will be hiring|expect to open|expect to hire|opens up|comes up";

/// The nouns a role is named before: "the Data Analyst position".
const ROLE_NOUNS: &str = "position|role|vacancy|job|opening|post|opportunity|postion|positon|posting|internship|spot|search|\
    apprenticeship|programme|program|scheme|appointment|hire";

/// Nouns that are part of the role's name: "the Summer Engineering
/// Internship"; the last three only when written with a capital, so "the
/// Graduate Programme" keeps it and "the Trainee Solicitor programme" not.
const NAMED_NOUNS: &str = "internship|apprenticeship|programme|program|scheme";

/// Words that are never a role on their own: "future roles", "this
/// position", "other opportunities".
const NOT_ROLES: &str = "advertised|open|above|aforementioned|current|same|available|vacant|posted|recent|new|\
    following|this|that|employment|one|other|these|those|several|many|any|various|mentioned|\
    exciting|wonderful|great|you|your|we|us|our|it|a|an|the|such|similar|future|permanent|\
    temporary|contract|full-time|part-time|remote|specific|particular|interview|final|next|further|\
    application|roles|positions|opportunities|vacancies|openings|jobs|posts|job|suitable|relevant";

/// Words no job title holds: pronouns, and the verbs of a sentence cut
/// short ("six months should another").
const NOT_IN_ROLES: &str = "you|your|we|us|our|i|my|should|would|could|will|can|another|if|when|please|again|next|upcoming";

/// A role the body names, as (value, confidence, the company named beside
/// it): surer near the top of the message, where a No names what it is about.
pub fn role<'a>(lines: &'a Lines<'a>, body: Body) -> Option<(&'a str, u8, Option<&'a str>)> {
    body.iter().enumerate().find_map(|(n, &i)| {
        let line = &lines.all[i];
        // "We expect to advertise a Fundraising Officer role in the
        // spring": a role to come is not the one turned down.
        if lines.find_any(line, ROLE_TO_COME).is_some() {
            return None;
        }
        let (r, c) = role_in(lines, line)?;
        Some((r, if n < 12 { 80 } else { 65 }, c))
    })
}

/// A role named in one line, and the company named right after it: "the
/// Data Analyst position at Acme", "application for Data Analyst with
/// Acme", or a letter's "Re: Data Analyst - Ref 12" line.
pub fn role_in<'a>(lines: &Lines, line: &'a Line<'a>) -> Option<(&'a str, Option<&'a str>)> {
    const FORWARD: &str = "position of|role of|post of|position as|role as|application for|applying for|applied for|\
        apply for|candidacy for|interviewing for|interview for|consideration for|vacancy for|\
        search for|applicaiton for|considered for|to be our|to become our|join us as|to join us as|\
        join the team as|applying to be|apply to be|applied to be";
    lines.count(line.low.len());
    let lead = line.low.len() - line.low.trim_start().len();
    if line.low[lead..].starts_with("re:") {
        let r = tidy_role(&line.text[lead + 3..]);
        return (good_role(r) && r.contains(char::is_uppercase)).then_some((r, None));
    }
    // (where the phrase starts, the role, where the phrase ends)
    let mut best: Option<(usize, &'a str, usize)> = None;
    for noun in list(ROLE_NOUNS) {
        lines.count(line.low.len());
        let mut from = 0;
        while let Some(at) = line
            .low
            .get(from..)
            .and_then(|s| super::lines::find_word(s, noun))
        {
            let at = from + at;
            let end = at + noun.len();
            let named = listed(NAMED_NOUNS, noun)
                && (noun.starts_with(['i', 'a'])
                    || line.text[at..].starts_with(char::is_uppercase));
            let upto = if named { end } else { at };
            if let Some(r) = role_before(line.text, at, upto)
                && best.is_none_or(|(b, ..)| at < b)
            {
                best = Some((at, r, end));
            }
            from = end;
        }
    }
    // A role named before its noun is the surest; "application for …" only without one.
    let named_before = best.is_some();
    for cue in list(FORWARD).filter(|_| !named_before) {
        if let Some(at) = lines.find(line, cue)
            && let Some(r) = role_after(line.text, at + cue.len())
            && best.is_none_or(|(b, ..)| at < b)
        {
            let end = r.as_ptr() as usize - line.text.as_ptr() as usize + r.len();
            best = Some((at, r, end));
        }
    }
    let (_, r, end) = best?;
    Some((r, company_after(line.text, end)))
}

/// The company right after a role: "… at Acme", "… with the Fine Art School".
fn company_after(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?;
    let word = rest.trim_start();
    let cut = list("at |with |for |at the |with the |for the ")
        .filter(|p| word.starts_with(p))
        .last()?;
    proper_run(text, text.len() - word.len() + cut.len())
}

/// The words of `s` between white space, with where each starts.
fn tokens(s: &str) -> impl DoubleEndedIterator<Item = (usize, &str)> {
    let base = s.as_ptr() as usize;
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - base, w))
}

/// The words between a determiner and the role noun at `noun_at`.
fn role_before(text: &str, noun_at: usize, upto: usize) -> Option<&str> {
    const DETERMINERS: &str = "the|our|your|a|an|for|as|this|my";
    // A role is a few words: look back no further than this, so a line
    // full of "role role role" costs no more than its length.
    let mut from = noun_at.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..noun_at];
    let mut start = None;
    for (count, (at, tok)) in tokens(head).rev().enumerate() {
        let word = tok.trim_matches(not_alnum);
        if listed(DETERMINERS, word) {
            break;
        }
        if tok.ends_with([',', '.', ';', ':', '!', '?']) || count == 7 {
            return None;
        }
        start = Some(from + at);
    }
    let r = text[start?..upto].trim();
    good_role(r).then_some(r)
}

/// The words after a cue such as "application for", up to where the role ends.
fn role_after(text: &str, from: usize) -> Option<&str> {
    const STOPS: &str = "at|with|in|here|within|and|we|has|have|is|was|on|that|which|but|to|from|last|after|team|i|\
        it|joining|working|us|you|were|had|over|during|this|earlier|through|via";
    let rest = text.get(from..)?;
    let mut cap = rest.len().min(200);
    while !rest.is_char_boundary(cap) {
        cap -= 1;
    }
    let rest = &rest[..cap];
    let mut end = None;
    let mut start = None;
    let mut academic = false;
    for (at, tok) in tokens(rest) {
        let word = tok.trim_matches(|c: char| !c.is_alphanumeric() && !"()".contains(c));
        if start.is_none() && listed("the|a|an|our|next|new", word) {
            continue;
        }
        // "Lecturer in Early Modern History": an academic post names its field.
        let field = word.eq_ignore_ascii_case("in") && academic;
        if (listed(STOPS, word) && !field) || listed(ROLE_NOUNS, word) {
            break;
        }
        academic = listed("lecturer|professor|fellow|associate|researcher", word);
        let last_word = tok.ends_with([',', '.', ';', ':', '!', '?']);
        if !field {
            start.get_or_insert(at);
            end = Some(at + tok.trim_end_matches([',', '.', ';', ':', '!', '?']).len());
        }
        if last_word || at > 80 {
            break;
        }
    }
    let r = rest[start?..end?].trim();
    good_role(r).then_some(r)
}

/// Whether a phrase can be a role: a few words, not all generic, not a
/// piece of a sentence, and capitalised or holding a title word
/// ("systems engineer").
pub fn good_role(r: &str) -> bool {
    let n = r.split_whitespace().count();
    (1..=8).contains(&n)
        && r.split_whitespace().any(|w| {
            let w = w.trim_matches(not_alnum);
            !w.is_empty() && !listed(NOT_ROLES, w)
        })
        && !r
            .split_whitespace()
            .any(|w| listed(NOT_IN_ROLES, w.trim_matches(not_alnum)))
        && (r.contains(char::is_uppercase) || looks_like_title(r))
}

/// A role as it is written, without decorations: "(35.5 hpw)", "- Ref 1234",
/// quotation marks and a trailing "position".
pub fn tidy_role(r: &str) -> &str {
    let mut r = r.trim();
    // "R-20931 Payroll Specialist": an ATS's requisition number in front.
    if let Some((id, rest)) = r.split_once(' ')
        && id.chars().filter(char::is_ascii_digit).count() >= 3
        && !id.contains(char::is_lowercase)
    {
        r = rest.trim_start();
    }
    if let Some(open) = r.find('(')
        && (r[open..].contains(')') || open > 0)
    {
        r = r[..open].trim_end();
    }
    // " | " cannot be written in a `|` list.
    for sep in std::iter::once(" | ").chain(list(" - | – | — |, ref| ref| #| req")) {
        if let Some(cut) = r.to_ascii_lowercase().find(sep) {
            r = r[..cut].trim_end();
        }
    }
    // "Store Supervisor, Leith" and "Team Lead, Customer Support": a
    // place or a team after a title of two words or more.
    if let Some(comma) = r.find(',')
        && r[comma + 1..].starts_with(' ')
        && r[..comma].contains(' ')
        && looks_like_title(&r[..comma])
    {
        r = &r[..comma];
    }
    r.trim_matches(|c: char| "\"“”‘’'*".contains(c) || c.is_whitespace())
        .trim_end_matches([',', '.', ':', ';'])
}
