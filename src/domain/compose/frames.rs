//! Which frame a user's own words fit, so they read correctly whatever
//! shape they were typed in.
//!
//! A detail is one of a few kinds ([`Kind`]). Something the person gave
//! the user ("your note about the timetable", "coaching me before the case
//! study") is appreciated; something the user did there ("touring the
//! workshop", "our chat about rotas") is enjoyed; anything else is a topic,
//! heard about or talked about, never "enjoyed" ("I enjoyed the leakage
//! targets") and never "found valuable" as if the user had used it. A whole
//! sentence stays the user's own, joined to a reaction that fits it: thanks
//! for what the person did, "useful to know" for what they said. The
//! words are looked at and kept, with three exceptions
//! that keep their meaning ([`framed`]): a preposition every frame brings
//! anyway, praise a frame says again, and help or time described in a
//! sentence, which becomes the thing thanked for.

use crate::domain::text::{Shape, fold, shape};

/// How a detail enters a note (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Something the person gave the user: appreciated.
    Gift,
    /// Something the person did for the user, typed as a gerund ("coaching
    /// me"): appreciated, with the person as its subject.
    Favour,
    /// Something the user did or took part in: enjoyed.
    Experience,
    /// A subject: heard about, talked about.
    Topic,
    /// A subject typed as a "how" or "what" clause: heard, learned.
    Heard,
    /// A whole sentence of the user's.
    Sentence,
    /// A whole sentence about what the person did ("You showed me the
    /// lab"): thanked for.
    YouDid,
    /// A whole sentence about what the person said ("You said the rota
    /// fills up in March"): good to know.
    YouSaid,
}

/// Verbs of telling that make a sentence about the person [`Kind::YouSaid`].
const SAID: [&str; 7] = [
    "said",
    "told",
    "mentioned",
    "explained",
    "pointed",
    "shared",
    "suggested",
];

/// What a person can give a candidate: help, words, time.
const GIFT_NOUNS: [&str; 35] = [
    "advice",
    "answers",
    "briefing",
    "call",
    "debrief",
    "email",
    "encouragement",
    "explanation",
    "feedback",
    "guidance",
    "help",
    "honesty",
    "insight",
    "insights",
    "introduction",
    "message",
    "note",
    "notes",
    "openness",
    "overview",
    "patience",
    "perspective",
    "pointers",
    "question",
    "questions",
    "read",
    "support",
    "take",
    "thoughts",
    "time",
    "tips",
    "view",
    "views",
    "walkthrough",
    "words",
];

/// What a candidate takes part in: a conversation, a visit.
const TOGETHER_NOUNS: [&str; 14] = [
    "chat",
    "coffee",
    "conversation",
    "demo",
    "discussion",
    "exchange",
    "lunch",
    "meeting",
    "one-to-one",
    "presentation",
    "session",
    "talk",
    "tour",
    "visit",
];

/// Gerunds of what someone does for a candidate ("explaining the rota").
const GIVING: [&str; 18] = [
    "answering",
    "arranging",
    "booking",
    "coaching",
    "explaining",
    "giving",
    "guiding",
    "helping",
    "introducing",
    "organising",
    "organizing",
    "preparing",
    "prepping",
    "sending",
    "sharing",
    "showing",
    "supporting",
    "taking",
];

/// Gerunds of what a candidate does ("meeting the team").
const DOING: [&str; 18] = [
    "chatting",
    "pitching",
    "presenting",
    "discussing",
    "exploring",
    "getting",
    "hearing",
    "joining",
    "learning",
    "meeting",
    "seeing",
    "sitting",
    "speaking",
    "spending",
    "talking",
    "touring",
    "trying",
    "visiting",
];

/// The words that end a detail's head ([`head`]).
const PREPOSITIONS: [&str; 12] = [
    "about", "on", "of", "for", "before", "after", "around", "with", "in", "at", "to", "from",
];

/// The words before a detail's first preposition: where its head noun is
/// ("the prep call" in "the prep call before the interview").
fn head(words: &[String]) -> &[String] {
    let end = words
        .iter()
        .position(|w| PREPOSITIONS.contains(&w.as_str()))
        .unwrap_or(words.len());
    &words[..end]
}

/// The kind of a detail, from its words.
///
/// ```text
/// kind("your note about the audit timetable") == Kind::Gift
/// kind("touring the Coventry workshop") == Kind::Experience
/// kind("the leakage reduction targets") == Kind::Topic
/// ```
pub(crate) fn kind(detail: &str) -> Kind {
    let words: Vec<String> = detail
        .split_whitespace()
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
        .collect();
    let first = words.first().map_or("", String::as_str);
    let for_me = words.iter().any(|w| w == "me" || w == "my");
    let gerund = first.len() > 4 && first.ends_with("ing");
    match shape(detail) {
        Shape::Sentence
            if first == "you" && words.get(1).is_some_and(|w| SAID.contains(&w.as_str())) =>
        {
            Kind::YouSaid
        }
        Shape::Sentence if ["you", "you've", "you'd"].contains(&first) => Kind::YouDid,
        Shape::Sentence => Kind::Sentence,
        _ if GIVING.contains(&first) || (gerund && for_me) => Kind::Favour,
        _ if DOING.contains(&first) => Kind::Experience,
        // "how you prepped me for the test" is something done for the user.
        Shape::Wh if for_me && words.iter().any(|w| w == "you") => Kind::Gift,
        Shape::Noun => {
            let head = head(&words);
            if head.iter().any(|w| GIFT_NOUNS.contains(&w.as_str())) {
                Kind::Gift
            } else if head.iter().any(|w| TOGETHER_NOUNS.contains(&w.as_str())) {
                Kind::Experience
            } else {
                Kind::Topic
            }
        }
        Shape::Wh => Kind::Heard,
        Shape::Gerund => Kind::Topic,
    }
}

/// The detail as a phrase a frame can hold. A leading "about" or "re" (or
/// "with" before a determiner) is dropped, since every frame brings its
/// own ("hearing about about the rota"). An occasion named without an
/// article becomes the user's own ("our chat about the store", not "I
/// enjoyed chat with you…"), without the praise a frame says again ("the
/// really useful chat … was a highlight"). Help or time described in a
/// sentence becomes what is thanked for ("You spent ages on my case"
/// would read as a complaint said back). Other sentences, gerunds and
/// names are left as typed.
///
/// ```text
/// framed("chat with you about the Leeds store") == "our chat about the Leeds store"
/// framed("with the e-bike backlog") == "the e-bike backlog"
/// framed("You really helped me with the schedule") == "your help with the schedule"
/// ```
pub(crate) fn framed(detail: &str) -> String {
    const DETERMINERS: [&str; 14] = [
        "the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that", "these",
        "those", "some",
    ];
    // Occasions a person gives, beside those shared ([`TOGETHER_NOUNS`]).
    const GIVEN: [&str; 4] = ["briefing", "call", "debrief", "walkthrough"];
    // Praise before an occasion, which every frame of it says again.
    const PRAISE: [&str; 14] = [
        "really",
        "very",
        "so",
        "super",
        "useful",
        "helpful",
        "great",
        "good",
        "interesting",
        "insightful",
        "valuable",
        "lovely",
        "brilliant",
        "fascinating",
    ];
    if shape(detail) == Shape::Sentence {
        return thanked_for(detail).unwrap_or_else(|| detail.to_owned());
    }
    let is = |word: &str, list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    let mut words = detail.split_whitespace();
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let leading = if is(first, &["about", "re", "regarding"]) {
        !second.is_empty()
    } else {
        first.eq_ignore_ascii_case("with") && is(second, &DETERMINERS)
    };
    let rest = if leading {
        detail.trim_start()[first.len()..].trim_start()
    } else {
        detail
    };
    let start = rest.split_whitespace().next().unwrap_or("");
    let bare = !start.is_empty()
        && !is(start, &DETERMINERS)
        && !start.ends_with("ing")
        && !start.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
    let head: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| !is(w, &PREPOSITIONS))
        .collect();
    let together = head.iter().any(|w| is(w, &TOGETHER_NOUNS));
    if !bare || !(together || head.iter().any(|w| is(w, &GIVEN))) {
        return rest.to_owned();
    }
    if !together {
        return format!("the {rest}");
    }
    // "chat with you about the store": ours, said once.
    let mut kept: Vec<&str> = rest
        .split_whitespace()
        .skip_while(|w| is(w, &PRAISE))
        .collect();
    if let Some(at) = kept.windows(2).position(|pair| {
        pair[0].eq_ignore_ascii_case("with") && pair[1].eq_ignore_ascii_case("you")
    }) {
        kept.drain(at..at + 2);
    }
    format!("our {}", kept.join(" "))
}

/// What a sentence about what the person said told the user, for "thank
/// you for mentioning …": "You said the rota fills up in March" is "the
/// rota fills up in March", "You told me the team is growing" is "the team
/// is growing". `None` for words "mentioning" cannot take ("You told me
/// about the move", "You told me to apply", "You pointed me to the
/// scheme", "You suggested I apply"), which keep the whole sentence.
///
/// ```text
/// mentioned("You pointed out that the lab is new") == Some("that the lab is new")
/// ```
pub(crate) fn mentioned(detail: &str) -> Option<String> {
    // The verbs of [`SAID`] whose object "mentioning" can take: "shared"
    // and "suggested" take a thing or a plan ("You shared your slides").
    const TELLING: [&str; 5] = ["said", "mentioned", "told", "pointed", "explained"];
    // The words a telling verb takes before what was told.
    const AFTER_VERB: [&str; 3] = ["me", "us", "out"];
    let words: Vec<&str> = detail
        .trim_end_matches(['.', '!'])
        .split_whitespace()
        .collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let telling = folded.first().is_some_and(|w| w == "you")
        && folded.get(1).is_some_and(|w| TELLING.contains(&w.as_str()));
    if !telling {
        return None;
    }
    let rest = 2 + folded[2..]
        .iter()
        .take_while(|w| AFTER_VERB.contains(&w.as_str()))
        .count();
    // "pointed" tells only as "pointed out"; a preposition ("to apply",
    // "about the move") or "a lot" is not what was said.
    let pointed = folded[1] == "pointed" && !folded[2..rest].iter().any(|w| w == "out");
    let first = folded.get(rest).map_or("", String::as_str);
    let unsaid = PREPOSITIONS.contains(&first) || ["a", "lots"].contains(&first);
    // What was said or told is a clause, which "mentioning" takes after
    // "that": "mentioning that the summer rota fills up", never "mentioning
    // the summer rota fills up".
    const LINKED: [&str; 7] = ["that", "how", "what", "why", "when", "where", "who"];
    let said = matches!(folded[1].as_str(), "said" | "told") && !LINKED.contains(&first);
    let that = if said { "that " } else { "" };
    (words.len() >= rest + 2 && !pointed && !unsaid)
        .then(|| format!("{that}{}", words[rest..].join(" ")))
}

/// A sentence about the person's help or time as the thing thanked for:
/// "You really helped me with X" is "your help with X", "You spent ages
/// going through X" is "the time you spent going through X".
fn thanked_for(sentence: &str) -> Option<String> {
    let sentence = sentence.trim_end_matches(['.', '!']);
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let at = |i: usize| folded.get(i).map_or("", String::as_str);
    if at(0) != "you" {
        return None;
    }
    let verb = if matches!(at(1), "really" | "kindly" | "so") {
        2
    } else {
        1
    };
    let rest = |from: usize| {
        words
            .get(from..)
            .filter(|r| !r.is_empty())
            .map(|r| r.join(" "))
    };
    match at(verb) {
        "helped" if at(verb + 1) == "me" && at(verb + 2) == "with" => {
            rest(verb + 3).map(|r| format!("your help with {r}"))
        }
        "spent" => {
            // Past the time it took ("ages", "an hour", "so long"), to
            // what it was spent on.
            let on = (verb + 1..words.len().min(verb + 5))
                .find(|&i| at(i).ends_with("ing") || matches!(at(i), "on" | "with"))?;
            rest(on).map(|r| format!("the time you spent {r}"))
        }
        _ => None,
    }
}

/// The user's strengths as what follows "I'd be glad to …": "bring my
/// experience in SQL and demand forecasting to your team". A skill is
/// brought as experience ("bring SQL" and "bring building teams" do not
/// read as a person's offer); a strength that already says what it is ("a
/// calm head", "ten years of payroll", "my network") is brought as typed.
/// Strengths typed as sentences are left to the caller. `again`, for a
/// colleague of someone who was offered them already, words the offer
/// apart ("offer your team my background in SQL"): people there compare
/// notes.
///
/// ```text
/// offer(&["SQL", "building teams"], "your team", false)
///     == "bring my experience in SQL and building teams to your team"
/// ```
pub(crate) fn offer(strengths: &[String], target: &str, again: bool) -> String {
    let (whole, skills): (Vec<&str>, Vec<&str>) = strengths
        .iter()
        .map(String::as_str)
        .partition(|s| says_what_it_is(s));
    let mut parts = whole;
    let kind = if again { "background" } else { "experience" };
    let experience = format!("my {kind} in {}", skills.join(" and "));
    if !skills.is_empty() {
        parts.push(&experience);
    }
    let parts = parts.join(" and ");
    if again {
        format!("offer {target} {parts}")
    } else {
        format!("bring {parts} to {target}")
    }
}

/// Whether a strength reads as something brought on its own: it opens with
/// a determiner, a possessive or a number, or names experience or skill.
fn says_what_it_is(strength: &str) -> bool {
    const OPENERS: [&str; 8] = ["a", "an", "the", "my", "our", "some", "many", "years"];
    let words: Vec<String> = strength.split_whitespace().map(fold).collect();
    let first = words.first().map_or("", String::as_str);
    OPENERS.contains(&first)
        || first.starts_with(|c: char| c.is_ascii_digit())
        || words
            .iter()
            .any(|w| w.starts_with("experience") || w.starts_with("skill") || w == "years")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(detail: &str, want: Kind) {
        assert_eq!(kind(detail), want, "{detail:?}");
    }

    #[test]
    fn details_are_framed_by_what_they_are() {
        // Typed in the coach's review set, each misframed before.
        check("your note about the audit timetable", Kind::Gift);
        check("the prep call before the interview", Kind::Gift);
        check("coaching me before the case study", Kind::Favour);
        check("how you prepped me for the technical test", Kind::Gift);
        check(
            "booking the interviews around my notice period",
            Kind::Favour,
        );
        check("your honest take on the night-shift pay", Kind::Gift);
        check("your honest read on the client's team", Kind::Gift);
        check("your plan to retire the mainframe by 2028", Kind::Topic);
        check("explaining how internal moves work", Kind::Favour);
        check("walking me through the rota", Kind::Favour);
        check("touring the Coventry workshop", Kind::Experience);
        check("talking about supervision for new staff", Kind::Experience);
        check("our one-to-one about the housing team", Kind::Experience);
        check("the leakage reduction targets", Kind::Topic);
        check("the customer panel you set up", Kind::Topic);
        check("the reading recovery pilot", Kind::Topic);
        check("the level editor demo", Kind::Experience);
        check("consolidating the two depots", Kind::Topic);
        check("how the reservoir survey is run", Kind::Heard);
        check("We talked about the repairs backlog", Kind::Sentence);
        check(
            "You spent ages going through my business case",
            Kind::YouDid,
        );
        check("You said the summer rota fills up in March", Kind::YouSaid);
        check("You showed me round the lab", Kind::YouDid);
        check("pitching the documentary slate", Kind::Experience);
        check("You're building something special", Kind::Sentence);
    }

    #[test]
    fn what_was_said_is_what_was_mentioned() {
        for (typed, want) in [
            (
                "You said the summer rota fills up in March",
                Some("that the summer rota fills up in March"),
            ),
            (
                "You told me the team is growing.",
                Some("that the team is growing"),
            ),
            ("You told me how the rota works", Some("how the rota works")),
            ("You mentioned the new depot", Some("the new depot")),
            (
                "You pointed out that the lab is new",
                Some("that the lab is new"),
            ),
            ("You told me about the move", None),
            ("You told me to apply again", None),
            ("You pointed me to the graduate scheme", None),
            ("You told me a lot about the team", None),
            ("You suggested I apply again", None),
            ("You said hi", None),
            ("We said goodbye", None),
        ] {
            assert_eq!(mentioned(typed).as_deref(), want, "{typed}");
        }
    }

    #[test]
    fn details_are_phrases_a_frame_can_hold() {
        for (typed, want) in [
            (
                "really useful chat about the structure",
                "our chat about the structure",
            ),
            (
                "chat with you about opening the store",
                "our chat about opening the store",
            ),
            (
                "You really helped me with the interview schedule.",
                "your help with the interview schedule",
            ),
            (
                "You spent ages going through my business case",
                "the time you spent going through my business case",
            ),
            (
                "You spent an hour on my portfolio",
                "the time you spent on my portfolio",
            ),
            ("You helped me a lot", "You helped me a lot"),
            (
                "quick call before the panel",
                "the quick call before the panel",
            ),
            (
                "with the e-bike servicing backlog",
                "the e-bike servicing backlog",
            ),
            ("about the rota app", "the rota app"),
            ("with you about the rota", "with you about the rota"),
            ("the chat about rotas", "the chat about rotas"),
            ("meeting the team", "meeting the team"),
            ("route planning software", "route planning software"),
            ("Q3 roadmap call", "Q3 roadmap call"),
            ("We had a chat about rotas", "We had a chat about rotas"),
        ] {
            assert_eq!(framed(typed), want, "{typed:?}");
        }
    }

    #[test]
    fn strengths_are_offered_in_a_clause_that_fits_their_shape() {
        // (strengths, what is offered)
        let cases: [(&[&str], &str); 5] = [
            (
                &["SQL", "demand forecasting"],
                "bring my experience in SQL and demand forecasting to your team",
            ),
            (
                &["scaling portfolio companies"],
                "bring my experience in scaling portfolio companies to your team",
            ),
            (
                &["ten years of payroll experience"],
                "bring ten years of payroll experience to your team",
            ),
            (
                &["a calm head in a crisis", "core banking migrations"],
                "bring a calm head in a crisis and my experience in core banking migrations to your team",
            ),
            (
                &["12 years in retail"],
                "bring 12 years in retail to your team",
            ),
        ];
        for (strengths, want) in cases {
            let strengths: Vec<String> = strengths.iter().map(|s| s.to_string()).collect();
            assert_eq!(offer(&strengths, "your team", false), want, "{strengths:?}");
        }
    }
}
