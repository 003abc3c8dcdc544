//! The checker: reads a note (composed, or edited by hand) the way a kind
//! coach would, and scores it on the note guide's rubric.
//!
//! It only judges what text can show: the length for the stage and channel,
//! the LinkedIn limit, never-write phrases, names, company and role as the
//! user gave them, specifics that are not in the answers, the asks,
//! placeholders, shouting. Each finding has a plain-words
//! [`Finding::message`] for the UI, and the [`Report`] shows how each rubric
//! item scored and which cap applied, so the score is explainable.
//! The composer's own notes pass it by construction; its tests hold it to that.

use std::collections::HashSet;

use crate::domain::compose::{Band, Unit, Values, band, linkedin_limit};
use crate::domain::model::{Answers, Channel, Recipient, Stage};
use crate::domain::repetition::{Repeat, first_repeat};
use crate::domain::text::{
    char_count, find_placeholder, find_words, first_name, fold, sentence_count, surname,
    word_count, word_spans,
};

/// Something worth a second look in a note.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    TooShort {
        count: usize,
        band: Band,
        channel: Channel,
        stage: Stage,
    },
    TooLong {
        count: usize,
        band: Band,
        channel: Channel,
        stage: Stage,
    },
    /// A LinkedIn invitation over its hard limit: it cannot be sent.
    OverLimit {
        chars: usize,
        limit: usize,
    },
    NeverWrite {
        phrase: &'static str,
        concern: Concern,
    },
    NoGreeting {
        name: String,
    },
    /// A generic greeting when the recipient's name is known.
    GenericGreeting {
        name: String,
    },
    GreetingName {
        found: String,
        expected: String,
    },
    Misspelt {
        what: Field,
        found: String,
        expected: String,
    },
    Missing {
        what: Field,
        expected: String,
    },
    /// A capitalised word that is in none of the answers: possibly invented.
    UnknownName {
        word: String,
    },
    TooManyAsks {
        count: usize,
    },
    /// A feedback ask without an easy way to decline.
    FeedbackPressing,
    /// No keep-in-mind ask (or, in an invitation, no wish to connect).
    NoAsk {
        invitation: bool,
    },
    NoThanks,
    NoSignOff {
        name: String,
    },
    MissingSubject {
        suggestion: String,
    },
    SubjectNotReply {
        expected: String,
    },
    /// An email or card that never says the user is still interested.
    NoInterest,
    /// The user named strengths and the email says nothing of what they'd bring.
    ValueMissing {
        strength: String,
    },
    DetailMissing {
        detail: String,
    },
    Placeholder {
        text: String,
    },
    Exclamations {
        count: usize,
    },
    AllCaps {
        word: String,
    },
    StrayPunctuation {
        text: String,
    },
    /// The same sentence opening or three-word phrase twice in one note.
    Repetition {
        repeat: Repeat,
    },
}

/// Why a never-write phrase hurts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    Arguing,
    Hostile,
    Guilt,
    Begging,
    /// Asking about, comparing with or hoping against the person hired.
    AboutTheHire,
    /// Reproach about a long silence.
    Reproach,
}

/// An answer the note must get right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Company,
    Role,
    Name,
}

impl Field {
    fn words(self) -> &'static str {
        match self {
            Field::Company => "the company",
            Field::Role => "the role",
            Field::Name => "their name",
        }
    }
}

impl Finding {
    /// The finding in the voice of a kind coach, for the UI.
    ///
    /// Usage: `report.findings.iter().map(Finding::message)`.
    pub fn message(&self) -> String {
        match self {
            Finding::TooShort { count, band, channel, stage } => format!(
                "This is {count} {}; {} usually runs {}–{}, so there is room for a detail or a line about what you'd bring.",
                unit_words(band.unit),
                what_note(*channel, *stage),
                band.min,
                band.max
            ),
            Finding::TooLong { count, band, channel, stage } => format!(
                "This is {count} {}; {} reads best at {}–{}. A shorter note is more likely to be read to the end.",
                unit_words(band.unit),
                what_note(*channel, *stage),
                band.min,
                band.max
            ),
            Finding::OverLimit { chars, limit } => format!(
                "This is {chars} characters; LinkedIn allows {limit} {}. Leaving out a sentence will let it send.",
                if *limit > 200 { "with Premium" } else { "on a free account" }
            ),
            Finding::NeverWrite { phrase, concern } => match concern {
                Concern::Arguing => format!("“{phrase}” can read as arguing with the decision; leaving it out keeps the door open."),
                Concern::Hostile => format!("“{phrase}” may come across as bitter. A gracious note is what they'll remember."),
                Concern::Guilt => format!("“{phrase}” can sound like a reproach about your time; thanking them for theirs lands better."),
                Concern::Begging => format!("“{phrase}” can sound desperate. You're a strong candidate; let the note sound calm and confident."),
                Concern::AboutTheHire => format!("“{phrase}” touches on the person they hired. Wishing them well reads far better."),
                Concern::Reproach => format!("“{phrase}” hints at the wait. It's fine to let that go: no reproach reads best."),
            },
            Finding::NoGreeting { name } if name.is_empty() => "Start with a short greeting, such as “Hello,”.".to_string(),
            Finding::NoGreeting { name } => format!("Start with a greeting and their name, such as “Hi {name},”."),
            Finding::GenericGreeting { name } => {
                format!("You know their name, so greet them with it: “{name},” reads warmer than a general greeting.")
            }
            Finding::GreetingName { found, expected } => format!(
                "Your greeting says “{found}”, but you have their name as “{expected}”. Spelling it as they do matters."
            ),
            Finding::Misspelt { what, found, expected } => format!(
                "You wrote “{found}”, but {} is “{expected}” in your answers; it's worth writing it exactly as they do.",
                what.words()
            ),
            Finding::Missing { what: Field::Company, expected } => format!(
                "The note doesn't mention {expected}. Naming the company shows your interest is in them, not just any job."
            ),
            Finding::Missing { what, expected } => {
                format!("The note doesn't mention {expected}. Naming {} helps them place you.", what.words())
            }
            Finding::UnknownName { word } => format!(
                "“{word}” isn't in your answers. If it's real, add it to your answers; if not, take it out, so every specific is one you can stand behind."
            ),
            Finding::TooManyAsks { count } => format!(
                "You're asking for {count} different things; two at most keeps it easy for them to say yes."
            ),
            Finding::FeedbackPressing => {
                "Make the feedback ask easy to decline, for example “if you have a moment”.".to_string()
            }
            Finding::NoAsk { invitation: true } => {
                "Say you'd like to stay in touch; that's the one ask an invitation needs.".to_string()
            }
            Finding::NoAsk { invitation: false } => {
                "Add a gentle ask to keep you in mind, for future openings or if things change. It's the point of the note.".to_string()
            }
            Finding::NoThanks => {
                "Thank them, for letting you know and for their time; it's the heart of the note.".to_string()
            }
            Finding::NoSignOff { name } => format!("Sign off with your full name, {name}, so they know exactly who wrote."),
            Finding::MissingSubject { suggestion } => format!("Add a subject line; “{suggestion}” works well."),
            Finding::SubjectNotReply { expected } => {
                format!("Replying in their thread? Keep the subject as “{expected}” so it lands with their message.")
            }
            Finding::NoInterest => {
                "Say you're still interested in them; it's what makes the ask believable.".to_string()
            }
            Finding::ValueMissing { strength } => format!(
                "You named “{strength}” as a strength; one line on what you'd bring makes the ask stronger."
            ),
            Finding::DetailMissing { detail } => format!(
                "You noted “{detail}”; mentioning it makes the note unmistakably yours."
            ),
            Finding::Placeholder { text } => format!("“{text}” looks like a placeholder; fill it in or take it out before sending."),
            Finding::Exclamations { count } => {
                format!("There are {count} exclamation marks; one at most keeps the tone calm.")
            }
            Finding::AllCaps { word } => format!("“{word}” is in capitals, which can read as shouting."),
            Finding::StrayPunctuation { text } if text.trim().is_empty() => {
                "There's a double space in the text; a quick tidy will make it look polished.".to_string()
            }
            Finding::StrayPunctuation { text } => format!(
                "There's a stray “{text}” in the text; a quick tidy will make it look polished."
            ),
            Finding::Repetition { repeat: Repeat::Opening(words) } => format!(
                "Two sentences start with “{words}”; starting one of them differently keeps the note from sounding like a form."
            ),
            Finding::Repetition { repeat: Repeat::Phrase(words) } => format!(
                "“{words}” comes twice; saying it once, or another way the second time, reads more naturally."
            ),
        }
    }
}

fn unit_words(unit: Unit) -> &'static str {
    match unit {
        Unit::Words => "words",
        Unit::Sentences => "sentences",
        Unit::Characters => "characters",
    }
}

fn what_note(channel: Channel, stage: Stage) -> &'static str {
    match channel {
        Channel::LinkedInMessage => "a LinkedIn message",
        Channel::Card => "a card",
        Channel::PhoneScript => "a phone script",
        Channel::LinkedInInvite => "a LinkedIn invitation",
        Channel::EmailReply | Channel::EmailNew => match stage {
            Stage::ApplicationOnly => "an email after an application",
            Stage::PhoneScreen => "an email after a phone screen",
            Stage::Interview => "an email after an interview",
            Stage::FinalRound => "an email after a final round",
            Stage::RunnerUp => "an email when it was close",
            Stage::Internal => "an email as an internal candidate",
            Stage::RoleCancelled => "an email about a cancelled role",
        },
    }
}

/// An item of the rubric in the note guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Greeting,
    Thanks,
    Acceptance,
    Detail,
    InterestValue,
    Ask,
    OptionalAsks,
    LengthChannel,
    Tone,
    MechanicsClose,
}

impl Item {
    /// The most points the item gives.
    pub fn max(self) -> f32 {
        match self {
            Item::Detail | Item::InterestValue => 1.5,
            Item::Tone | Item::MechanicsClose => 0.5,
            _ => 1.0,
        }
    }

    /// A short label for the UI.
    pub fn label(self) -> &'static str {
        match self {
            Item::Greeting => "Greeting",
            Item::Thanks => "Thanks",
            Item::Acceptance => "Acceptance",
            Item::Detail => "Specific detail",
            Item::InterestValue => "Interest and value",
            Item::Ask => "The ask",
            Item::OptionalAsks => "Optional asks",
            Item::LengthChannel => "Length and channel",
            Item::Tone => "Tone",
            Item::MechanicsClose => "Mechanics and close",
        }
    }
}

/// A rubric item and the points it earned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    pub item: Item,
    pub points: f32,
}

/// A ceiling the rubric puts on the score, applied after summing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cap {
    /// Hostility, guilt or arguing: at most 2.
    Hostility,
    /// A wrong name, company or role: at most 3.
    WrongSpecifics,
    /// Specifics that are not in the answers: at most 4.
    Invented,
    /// More than twice the length band, or a LinkedIn note over its limit: at most 5.
    Length,
    /// Begging: at most 6.
    Begging,
}

impl Cap {
    /// The highest score the cap allows.
    pub fn limit(self) -> f32 {
        match self {
            Cap::Hostility => 2.0,
            Cap::WrongSpecifics => 3.0,
            Cap::Invented => 4.0,
            Cap::Length => 5.0,
            Cap::Begging => 6.0,
        }
    }
}

/// What the checker found and how the note scores (0–10).
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// The score out of 10, in steps of a quarter point.
    pub score: f32,
    /// Points per rubric item, before any cap.
    pub items: Vec<Scored>,
    /// The strictest cap that applied, if any.
    pub cap: Option<Cap>,
}

impl Report {
    /// The score as people write it: "10", "9.5", "9.25".
    ///
    /// Integer arithmetic, because float formatting would add kilobytes of
    /// WebAssembly for one number.
    pub fn score_text(&self) -> String {
        let hundredths = (self.score * 100.0).round() as u32;
        let (whole, part) = (hundredths / 100, hundredths % 100);
        match part {
            0 => whole.to_string(),
            p if p % 10 == 0 => format!("{whole}.{}", p / 10),
            p => format!("{whole}.{p:02}"),
        }
    }
}

/// Checks a note, composed or edited by hand, for one recipient and channel.
///
/// Usage: `check(note.subject.as_deref(), &note.body, note.channel, &answers, &recipient).score`
pub fn check(
    subject: Option<&str>,
    body: &str,
    channel: Channel,
    answers: &Answers,
    recipient: &Recipient,
) -> Report {
    let v = Values::new(answers, recipient);
    let folded = fold(body);
    let letter = Letter::split(body, &v);
    let known = known_words(answers);
    let mut findings = Vec::new();
    let email = channel.is_email();
    let invitation = channel == Channel::LinkedInInvite;
    let letter_like = email || matches!(channel, Channel::Card | Channel::LinkedInMessage);

    // Length and channel.
    let band = band(channel, v.stage, answers);
    let count = match band.unit {
        Unit::Words => word_count(body),
        Unit::Sentences => sentence_count(&letter.middle),
        Unit::Characters => char_count(body),
    };
    let mut length_points = 1.0;
    let mut too_long_twice = false;
    if band.unit == Unit::Characters {
        if count > band.max {
            findings.push(Finding::OverLimit {
                chars: count,
                limit: linkedin_limit(answers),
            });
            length_points = 0.0;
            too_long_twice = true;
        }
    } else if count < band.min {
        findings.push(Finding::TooShort {
            count,
            band,
            channel,
            stage: v.stage,
        });
        length_points = 0.0;
    } else if count > band.max {
        findings.push(Finding::TooLong {
            count,
            band,
            channel,
            stage: v.stage,
        });
        length_points = 0.0;
        too_long_twice = count > 2 * band.max;
    }
    if email {
        let subject = subject.map(str::trim).unwrap_or("");
        if subject.is_empty() {
            let suggestion = if v.sender.is_empty() {
                "Thank you".to_string()
            } else {
                format!("Thank you – {}", v.sender)
            };
            findings.push(Finding::MissingSubject { suggestion });
            length_points -= 0.5;
        } else if channel == Channel::EmailReply && !v.original_subject.is_empty() {
            let original = v.original_subject.as_str();
            let bare = if fold(original).starts_with("re:") {
                original[3..].trim()
            } else {
                original
            };
            let subject_folded = fold(subject);
            if !subject_folded.starts_with("re:") || !subject_folded.contains(&fold(bare)) {
                findings.push(Finding::SubjectNotReply {
                    expected: format!("Re: {bare}"),
                });
                length_points -= 0.5;
            }
        }
    }

    // Never-write phrases.
    let whole = match subject {
        Some(s) => format!("{s}\n{body}"),
        None => body.to_string(),
    };
    let hits = never_hits(&fold(&whole));
    let arguing = hits.iter().any(|(_, c)| *c != Concern::Begging);
    let begging = hits.iter().any(|(_, c)| *c == Concern::Begging);
    findings.extend(
        hits.iter()
            .map(|&(phrase, concern)| Finding::NeverWrite { phrase, concern }),
    );

    // Greeting.
    let greet = v.greeting_name();
    let mut greeting_points = 1.0;
    let mut wrong_specifics = false;
    match &letter.greeting {
        None if letter_like => {
            findings.push(Finding::NoGreeting {
                name: greet.clone(),
            });
            greeting_points = 0.0;
        }
        // Any greeting will do when the name is unknown.
        _ if v.name.is_empty() => {}
        None => {}
        Some(found) if is_generic(found) => {
            findings.push(Finding::GenericGreeting {
                name: greet.clone(),
            });
            greeting_points = 0.5;
        }
        Some(found) if !greeting_forms(&v).contains(found) => {
            findings.push(Finding::GreetingName {
                found: found.clone(),
                expected: greet.clone(),
            });
            greeting_points = 0.0;
            wrong_specifics = true;
        }
        Some(_) => {}
    }

    // Company and role as given; words that are in none of the answers.
    let mut misspelt = Vec::new();
    if !v.company.is_empty() {
        if let Some(found) = find_other_case(body, &v.company) {
            misspelt.push(Finding::Misspelt {
                what: Field::Company,
                found,
                expected: v.company.clone(),
            });
        } else if (email || channel == Channel::Card) && find_words(body, &v.company).is_empty() {
            findings.push(Finding::Missing {
                what: Field::Company,
                expected: v.company.clone(),
            });
        }
    }
    if email && !v.role.is_empty() && find_words(&folded, &fold(&v.role)).is_empty() {
        findings.push(Finding::Missing {
            what: Field::Role,
            expected: format!("the {} role", v.role),
        });
    }
    let near: Vec<(Field, &str)> = [
        (Field::Company, v.company.as_str()),
        (Field::Role, v.role.as_str()),
    ]
    .into_iter()
    .chain(
        answers
            .recipients
            .iter()
            .map(|r| (Field::Name, r.name.as_str())),
    )
    .chain([(Field::Name, answers.sender.name.as_str())])
    .flat_map(|(field, value)| {
        word_spans(value, is_word_char)
            .into_iter()
            .map(move |(_, w)| (field, w))
    })
    .filter(|(_, w)| w.chars().count() >= 4)
    .collect();
    let greeting_words: Vec<&str> = match (&letter.greeting, wrong_specifics) {
        (Some(g), true) => g.split_whitespace().collect(),
        _ => Vec::new(),
    };
    let mut invented = false;
    for word in proper_nouns(body) {
        let key = fold(word);
        if known.contains(&key)
            || known.contains(strip_possessive(&key))
            || greeting_words.contains(&word)
        {
            continue;
        }
        if let Some((what, expected)) = near.iter().find(|(_, w)| close_spelling(&key, &fold(w))) {
            misspelt.push(Finding::Misspelt {
                what: *what,
                found: word.to_string(),
                expected: expected.to_string(),
            });
        } else if !findings
            .iter()
            .any(|f| matches!(f, Finding::UnknownName { word: w } if w == word))
        {
            findings.push(Finding::UnknownName {
                word: word.to_string(),
            });
            invented = true;
        }
    }
    wrong_specifics |= !misspelt.is_empty();
    findings.extend(misspelt);

    // The parts.
    let text_words: HashSet<&str> = word_spans(&folded, is_word_char)
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let thanks = has_thanks(&folded);
    if !thanks {
        findings.push(Finding::NoThanks);
    }
    let detail_points = if v.detail.is_empty() || !letter_like {
        if invented { 0.0 } else { 1.5 }
    } else if mentions(&folded, &text_words, &v.detail) {
        1.5
    } else {
        findings.push(Finding::DetailMissing {
            detail: v.detail.clone(),
        });
        0.5
    };
    let interest = has_interest(&folded)
        || (!v.company.is_empty() && !find_words(body, &v.company).is_empty());
    let value = has_value(&folded)
        || v.strengths
            .iter()
            .any(|s| mentions(&folded, &text_words, s));
    let value = value || v.strengths.is_empty() || !email;
    let counted = email || channel == Channel::Card;
    if counted && !interest {
        findings.push(Finding::NoInterest);
    }
    if counted && !value {
        findings.push(Finding::ValueMissing {
            strength: v.strengths[0].clone(),
        });
    }
    let interest_points = match (counted, interest, value) {
        (false, _, _) | (true, true, true) => 1.5,
        (true, true, false) | (true, false, true) => 0.75,
        (true, false, false) => 0.0,
    };
    let asked = if invitation {
        has_connect(&folded)
    } else {
        has_keep_in_mind(&folded)
    };
    if !asked {
        findings.push(Finding::NoAsk { invitation });
    }
    // The user's own words ("your advice on portfolio reviews") are not
    // asks of the note's: look for asks in the rest.
    let mut asking = folded.clone();
    for own in [&v.detail, &v.admire, &v.help]
        .into_iter()
        .chain(&v.strengths)
    {
        let own = fold(own);
        if !own.trim().is_empty() {
            asking = asking.replace(own.trim(), " ");
        }
    }
    let kinds = ask_kinds(&asking);
    let mut optional_points = 1.0;
    if kinds > 2 {
        findings.push(Finding::TooManyAsks { count: kinds });
        optional_points = 0.0;
    }
    if FEEDBACK_CUES.iter().any(|c| asking.contains(c)) && !feedback_is_soft(&asking) {
        findings.push(Finding::FeedbackPressing);
        optional_points = f32::min(optional_points, 0.5);
    }

    // Sign-off.
    let signed = v.sender.is_empty()
        || !letter_like
        || letter.sign_off.iter().any(|l| l.contains(&v.sender));
    if !signed {
        findings.push(Finding::NoSignOff {
            name: v.sender.clone(),
        });
    }

    // Mechanics and tone.
    let mut tidy_text = true;
    for text in subject.into_iter().chain([body]) {
        if let Some(p) = find_placeholder(text) {
            findings.push(Finding::Placeholder {
                text: p.to_string(),
            });
            tidy_text = false;
        }
    }
    let own = v.own();
    if let Some(repeat) = first_repeat(&letter.middle, &own) {
        findings.push(Finding::Repetition { repeat });
        tidy_text = false;
    }
    if let Some(stray) = stray_punctuation(body) {
        findings.push(Finding::StrayPunctuation {
            text: stray.to_string(),
        });
        tidy_text = false;
    }
    let mut shouting = false;
    let bangs = exclamations(&whole, answers);
    if bangs > 1 {
        findings.push(Finding::Exclamations { count: bangs });
        shouting = true;
    }
    let mut seen_caps = HashSet::new();
    for (_, word) in word_spans(&whole, is_word_char) {
        let word = word.trim_matches(['\'', '\u{2019}', '-']);
        if is_shouted(word) && !known.contains(&fold(word)) && seen_caps.insert(word) {
            findings.push(Finding::AllCaps {
                word: word.to_string(),
            });
            shouting = true;
        }
    }

    let mechanics = if signed { 0.25 } else { 0.0 } + if tidy_text { 0.25 } else { 0.0 };
    let items = vec![
        Scored {
            item: Item::Greeting,
            points: greeting_points,
        },
        Scored {
            item: Item::Thanks,
            points: if thanks { 1.0 } else { 0.0 },
        },
        Scored {
            item: Item::Acceptance,
            points: if arguing { 0.0 } else { 1.0 },
        },
        Scored {
            item: Item::Detail,
            points: detail_points,
        },
        Scored {
            item: Item::InterestValue,
            points: interest_points,
        },
        Scored {
            item: Item::Ask,
            points: if asked { 1.0 } else { 0.0 },
        },
        Scored {
            item: Item::OptionalAsks,
            points: optional_points,
        },
        Scored {
            item: Item::LengthChannel,
            points: f32::max(length_points, 0.0),
        },
        Scored {
            item: Item::Tone,
            points: if shouting || begging { 0.0 } else { 0.5 },
        },
        Scored {
            item: Item::MechanicsClose,
            points: mechanics,
        },
    ];
    let caps = [
        (arguing, Cap::Hostility),
        (wrong_specifics, Cap::WrongSpecifics),
        (invented, Cap::Invented),
        (too_long_twice, Cap::Length),
        (begging, Cap::Begging),
    ];
    let cap = caps.iter().find(|(hit, _)| *hit).map(|(_, cap)| *cap);
    let sum: f32 = items.iter().map(|s| s.points).sum();
    let score = cap.map_or(sum, |c| f32::min(sum, c.limit()));
    Report {
        findings,
        score,
        items,
        cap,
    }
}

// ----- the letter's shape -----

/// A note split into greeting, the sentences between and the sign-off.
struct Letter {
    /// The name part of the greeting line ("Priya" in "Hi Priya,"), if any.
    greeting: Option<String>,
    middle: String,
    sign_off: Vec<String>,
}

impl Letter {
    fn split(body: &str, v: &Values) -> Letter {
        let mut lines: Vec<&str> = body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let greeting = lines.first().and_then(|l| greeting_name_part(l));
        if greeting.is_some() {
            lines.remove(0);
        }
        // A postscript after the name ("P.S. …") belongs with the text.
        let mut postscript = Vec::new();
        while let Some(last) = lines.last() {
            let folded = fold(last);
            if !(folded.starts_with("p.s") || folded.starts_with("ps ")) {
                break;
            }
            postscript.insert(0, *last);
            lines.pop();
        }
        let mut sign_off = Vec::new();
        while let Some(last) = lines.last() {
            let names_sender = (!v.sender.is_empty() && last.contains(&v.sender))
                || (!v.contact.is_empty() && last.contains(&v.contact));
            let short_unended = !last.ends_with(['.', '!', '?']) && word_count(last) <= 6;
            if !(names_sender || short_unended) {
                break;
            }
            sign_off.insert(0, last.to_string());
            lines.pop();
        }
        lines.extend(postscript);
        Letter {
            greeting,
            middle: lines.join("\n"),
            sign_off,
        }
    }
}

const GREETING_WORDS: [&str; 6] = ["hi", "hello", "dear", "hey", "greetings", "good"];

/// The name part of a greeting line: "Priya" from "Hi Priya,", "hiring team"
/// from "Dear hiring team,", "" from "Hello,".
fn greeting_name_part(line: &str) -> Option<String> {
    let folded = fold(line);
    if folded.starts_with("to whom it may concern") {
        return Some("to whom it may concern".to_string());
    }
    let ends_comma = line.ends_with(',');
    let words: Vec<&str> = line
        .trim_end_matches([',', ':', '!'])
        .split_whitespace()
        .collect();
    let first = words.first().map(|w| fold(w.trim_end_matches(',')))?;
    if GREETING_WORDS.contains(&first.as_str()) && (ends_comma || words.len() <= 4) {
        let skip = if first == "good" { 2 } else { 1 };
        return Some(
            words
                .iter()
                .skip(skip)
                .copied()
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    (ends_comma && words.len() <= 4).then(|| words.join(" "))
}

fn is_generic(name_part: &str) -> bool {
    const GENERIC: [&str; 11] = [
        "",
        "hiring team",
        "team",
        "all",
        "everyone",
        "there",
        "hiring manager",
        "recruiting team",
        "sir or madam",
        "sir/madam",
        "to whom it may concern",
    ];
    GENERIC.contains(&fold(name_part).as_str())
}

/// The ways a greeting may rightly name the recipient.
fn greeting_forms(v: &Values) -> Vec<String> {
    let mut forms = vec![
        v.name.clone(),
        first_name(&v.name).to_string(),
        v.greeting_name(),
    ];
    if !v.honorific.is_empty() {
        forms.push(format!("{} {}", v.honorific, surname(&v.name)));
        forms.push(format!("{} {}", v.honorific, v.name));
    }
    forms
}

// ----- words and names -----

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'
}

/// Words the composer writes with a capital letter mid-sentence, and the
/// names of months and days, which are never anyone's invention.
const ALLOWED: [&str; 25] = [
    "I",
    "I'm",
    "I'd",
    "I'll",
    "I've",
    "LinkedIn",
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
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Capitalised words that are not at the start of a sentence or line and
/// are not words the composer itself uses: the candidates for proper nouns.
pub(crate) fn proper_nouns(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let first_is_greeting = line
            .split_whitespace()
            .next()
            .is_some_and(|w| GREETING_WORDS.contains(&fold(w.trim_end_matches(',')).as_str()));
        let greeting_comma = if first_is_greeting {
            line.find(',')
        } else {
            None
        };
        for (at, raw) in word_spans(line, is_word_char) {
            let word = raw.trim_matches(['\'', '\u{2019}', '-']);
            let Some(first) = word.chars().next() else {
                continue;
            };
            // Acronyms ("IBM", "CEO") are not names the composer could invent.
            if !first.is_uppercase() || all_capitals(word, 2) {
                continue;
            }
            let before =
                line[..at].trim_end_matches(|c: char| c.is_whitespace() || "\"'“‘([-".contains(c));
            let starts = before.is_empty()
                || before.ends_with(['.', '!', '?', ':'])
                || greeting_comma.is_some_and(|c| before.len() == c + 1);
            let straight = word.replace('\u{2019}', "'");
            if !starts && !ALLOWED.contains(&straight.as_str()) {
                out.push(word);
            }
        }
    }
    out
}

/// A word in capitals: two or more letters, all of them upper case (scripts
/// without case, such as CJK, never shout).
/// A word of four or more capitals: shorter ones are mostly acronyms and
/// conventions ("PS", "CEO", "B2B") rather than shouting.
fn is_shouted(word: &str) -> bool {
    all_capitals(word, 4)
}

/// At least `min` letters, every one a capital.
fn all_capitals(word: &str, min: usize) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    word.chars().filter(|c| c.is_alphabetic()).count() >= min && letters.all(char::is_uppercase)
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").unwrap_or(word)
}

/// Every word of every answer, folded, with hyphenated parts and possessives
/// split off, so "Mary" matches "Mary-Jane" and "Acme's" matches "Acme".
fn known_words(answers: &Answers) -> HashSet<String> {
    let r = &answers.rejection;
    let s = &answers.sender;
    let a = &answers.ask;
    let mut fields: Vec<&str> = vec![
        &r.company,
        &r.job_title,
        &r.original_subject,
        &s.name,
        &s.contact,
        &s.admire,
        &a.related_role,
        &a.help_offer,
    ];
    fields.extend(s.strengths.iter().map(String::as_str));
    for p in &answers.recipients {
        fields.extend([
            p.name.as_str(),
            &p.honorific,
            &p.job_title,
            &p.email,
            &p.detail,
        ]);
    }
    let mut known = HashSet::new();
    for field in fields {
        for (_, w) in word_spans(field, is_word_char) {
            let w = fold(w.trim_matches(['\'', '\u{2019}', '-']));
            for part in w.split('-').filter(|p| !p.is_empty()) {
                known.insert(strip_possessive(part).to_string());
            }
            known.insert(strip_possessive(&w).to_string());
            known.insert(w);
        }
    }
    known
}

/// A likely misspelling: one edit away for short words, two for longer ones.
fn close_spelling(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len() > 40 || b.len() > 40 || a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let allowed = if b.len() <= 6 { 1 } else { 2 };
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(here + 1);
            prev = here;
        }
    }
    row[b.len()] <= allowed
}

/// `needle` in `text` written with other capitals ("ACME" for "Acme"), as
/// whole words and not inside an address such as "sam@acme.com"; returns the
/// text as written.
fn find_other_case(text: &str, needle: &str) -> Option<String> {
    // One lower-case char per char keeps positions aligned with the text.
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let want: Vec<char> = needle.chars().map(lower).collect();
    let n = want.len();
    if n == 0 || n > 200 {
        return None;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for start in 0..chars.len().saturating_sub(n - 1) {
        let window = &chars[start..start + n];
        if !window.iter().zip(&want).all(|((_, c), w)| lower(*c) == *w) {
            continue;
        }
        let before = start.checked_sub(1).map(|i| chars[i].1);
        let after = chars.get(start + n).map(|c| c.1);
        let address = before.is_some_and(|c| "@./".contains(c))
            || after == Some('.')
                && chars
                    .get(start + n + 1)
                    .is_some_and(|c| c.1.is_alphanumeric());
        let bounded =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        let end = chars.get(start + n).map_or(text.len(), |c| c.0);
        let written = &text[window[0].0..end];
        if bounded && !address && written != needle {
            return Some(written.to_string());
        }
    }
    None
}

/// Whether the note mentions a phrase of the user's: most of its longer
/// words appear, so a light rewording still counts.
fn mentions(folded_text: &str, words: &HashSet<&str>, phrase: &str) -> bool {
    let folded = fold(phrase);
    let content: Vec<&str> = word_spans(&folded, is_word_char)
        .into_iter()
        .map(|(_, w)| w)
        .filter(|w| w.chars().count() >= 4)
        .collect();
    if content.is_empty() {
        return folded_text.contains(folded.trim());
    }
    let found = content.iter().filter(|w| words.contains(**w)).count();
    found * 2 >= content.len()
}

fn exclamations(text: &str, answers: &Answers) -> usize {
    let mut rest = text.to_string();
    let r = &answers.rejection;
    let values = [r.company.as_str(), &r.job_title, &answers.sender.name];
    for value in values
        .into_iter()
        .chain(answers.recipients.iter().map(|p| p.name.as_str()))
    {
        let value = value.trim();
        if value.contains('!') {
            rest = rest.replace(value, "");
        }
    }
    rest.matches('!').count()
}

fn stray_punctuation(text: &str) -> Option<&'static str> {
    const STRAY: [&str; 12] = [
        "  ", " ,", " ;", ",,", ",.", ".,", ";.", "()", "( )", "[]", " )", "( ",
    ];
    for line in text.lines() {
        let line = line.trim();
        if let Some(s) = STRAY.iter().find(|s| line.contains(**s)) {
            return Some(s);
        }
        // " ." is stray unless it starts a word, as in ".NET".
        let spaced_dot = line.match_indices(" .").any(|(i, _)| {
            !line[i + 2..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        });
        if spaced_dot {
            return Some(" .");
        }
        let two_dots = line
            .match_indices("..")
            .any(|(i, _)| !line[..i].ends_with('.') && !line[i + 2..].starts_with('.'));
        if two_dots {
            return Some("..");
        }
    }
    None
}

// ----- phrase lists -----

/// Phrases never to write, found case-insensitively as whole words; a
/// trailing `*` also finds longer words ("reconsider*" finds "reconsidering").
const NEVER: &[(&str, Concern)] = &[
    ("reconsider*", Concern::Arguing),
    ("you made a mistake", Concern::Arguing),
    ("wrong decision", Concern::Arguing),
    ("wrong choice", Concern::Arguing),
    ("i was the best", Concern::Arguing),
    ("i am the best", Concern::Arguing),
    ("i'm the best", Concern::Arguing),
    ("i was the perfect", Concern::Arguing),
    ("i am the perfect", Concern::Arguing),
    ("i'm the perfect", Concern::Arguing),
    ("i don't understand why", Concern::Arguing),
    ("i do not understand why", Concern::Arguing),
    ("why not me", Concern::Arguing),
    ("why wasn't i", Concern::Arguing),
    ("more qualified than", Concern::Arguing),
    ("better qualified than", Concern::Arguing),
    ("strongest candidate", Concern::Arguing),
    ("most qualified", Concern::Arguing),
    ("unfair*", Concern::Arguing),
    ("not fair", Concern::Arguing),
    ("i deserve*", Concern::Arguing),
    ("your loss", Concern::Hostile),
    ("you'll regret", Concern::Hostile),
    ("you will regret", Concern::Hostile),
    ("waste of my time", Concern::Hostile),
    ("wasted my time", Concern::Hostile),
    ("waste of time", Concern::Hostile),
    ("form letter", Concern::Hostile),
    ("ridiculous", Concern::Hostile),
    ("incompetent", Concern::Hostile),
    ("unprofessional", Concern::Hostile),
    ("disrespectful", Concern::Hostile),
    ("shame on", Concern::Hostile),
    ("insulting", Concern::Hostile),
    ("took up all my time", Concern::Guilt),
    ("all the time i spent", Concern::Guilt),
    ("all the time i put", Concern::Guilt),
    ("after all the time", Concern::Guilt),
    ("after all the effort", Concern::Guilt),
    ("i took time off", Concern::Guilt),
    ("took a day off", Concern::Guilt),
    ("my weekend*", Concern::Guilt),
    ("two weekends", Concern::Guilt),
    ("whole weekend", Concern::Guilt),
    ("a bit hurt", Concern::Guilt),
    ("i was hurt", Concern::Guilt),
    ("i'm hurt", Concern::Guilt),
    ("need this job", Concern::Begging),
    ("another chance", Concern::Begging),
    ("one more chance", Concern::Begging),
    ("second chance", Concern::Begging),
    ("please give me", Concern::Begging),
    ("begging", Concern::Begging),
    ("beg you", Concern::Begging),
    ("desperate*", Concern::Begging),
    ("i'll do anything", Concern::Begging),
    ("i will do anything", Concern::Begging),
    ("i would do anything", Concern::Begging),
    ("i'd do anything", Concern::Begging),
    ("one more look", Concern::Begging),
    ("another look at my", Concern::Begging),
    ("who did you hire", Concern::AboutTheHire),
    ("who got the job", Concern::AboutTheHire),
    ("who you hired", Concern::AboutTheHire),
    ("who you chose", Concern::AboutTheHire),
    ("doesn't work out", Concern::AboutTheHire),
    ("does not work out", Concern::AboutTheHire),
    ("don't work out", Concern::AboutTheHire),
    ("do not work out", Concern::AboutTheHire),
    ("if they fail", Concern::AboutTheHire),
    ("if they leave", Concern::AboutTheHire),
    ("if they quit", Concern::AboutTheHire),
    ("if he leaves", Concern::AboutTheHire),
    ("if she leaves", Concern::AboutTheHire),
    ("if he quits", Concern::AboutTheHire),
    ("if she quits", Concern::AboutTheHire),
    ("didn't work out", Concern::AboutTheHire),
    ("hasn't worked out", Concern::AboutTheHire),
    ("not working out", Concern::AboutTheHire),
    ("whether the new hire", Concern::AboutTheHire),
    ("ghosted", Concern::Reproach),
    ("never heard back", Concern::Reproach),
    ("kept me waiting", Concern::Reproach),
    ("took so long", Concern::Reproach),
    ("took you so long", Concern::Reproach),
    ("after all this time", Concern::Reproach),
    ("finally got back", Concern::Reproach),
    ("finally heard", Concern::Reproach),
    ("left me hanging", Concern::Reproach),
];

/// The never-write phrases in a folded text, in list order, each once.
pub(crate) fn never_hits(folded: &str) -> Vec<(&'static str, Concern)> {
    NEVER
        .iter()
        .filter(|(phrase, _)| {
            let (needle, prefix) = match phrase.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (*phrase, false),
            };
            if prefix {
                folded.match_indices(needle).any(|(at, _)| {
                    !folded[..at]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                })
            } else {
                !find_words(folded, needle).is_empty()
            }
        })
        .map(|&(phrase, concern)| (phrase.trim_end_matches('*'), concern))
        .collect()
}

const THANKS_CUES: [&str; 4] = ["thank", "grateful", "appreciat", "gratitude"];
const KEEP_IN_MIND_CUES: [&str; 22] = [
    "keep me in mind",
    "bear me in mind",
    "keep me on file",
    "think of me",
    "consider me",
    "be considered",
    "being considered",
    "considered for",
    "circumstances change",
    "anything change",
    "things change",
    "situation change",
    "reopen",
    "open again",
    "available again",
    "hear from you",
    "future opening",
    "future role",
    "future opportunit",
    "other role",
    "other opening",
    "other position",
];
const CONNECT_CUES: [&str; 7] = [
    "linkedin",
    "stay in touch",
    "keep in touch",
    "remain in touch",
    "stay connected",
    "staying connected",
    "connect",
];
const FEEDBACK_CUES: [&str; 10] = [
    "feedback",
    "advice",
    "guidance",
    "pointers",
    "suggestions",
    "thoughts on",
    "candid view",
    "honest read",
    "perspective on the decision",
    "candid observations",
];
const MEETING_CUES: [&str; 8] = [
    "coffee",
    "quick call",
    "short call",
    "a call sometime",
    "meet up",
    "catch up",
    "grab a",
    "chat sometime",
];
const REFERRAL_CUES: [&str; 7] = [
    "refer me",
    "introduce me",
    "put me in touch",
    "pass my cv",
    "pass on my cv",
    "forward my cv",
    "pass my resume",
];
const SOFTENERS: [&str; 24] = [
    "if you have a moment",
    "when you have a moment",
    "if you ever have",
    "if you have time",
    "when you have time",
    "if time allows",
    "should time allow",
    "if it's easy",
    "if it is easy",
    "no pressure",
    "don't feel obliged",
    "do not feel obliged",
    "when convenient",
    "when it suits",
    "at a time that suits",
    "if you are able",
    "if you're able",
    "if possible",
    "though i understand",
    "only if",
    "if you're open to it",
    "if you are open to it",
    "if you're willing",
    "willing to share",
];
const INTEREST_CUES: [&str; 8] = [
    "interest",
    "keen",
    "admire",
    "regard",
    "committed",
    "commitment",
    "excited",
    "enthusias",
];
const VALUE_CUES: [&str; 9] = [
    "contribut",
    "bring",
    "background",
    "experience",
    "strength",
    "skill",
    "asset",
    "offer",
    "value to",
];

fn any_cue(folded: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| folded.contains(c))
}

pub(crate) fn has_thanks(folded: &str) -> bool {
    any_cue(folded, &THANKS_CUES)
}

pub(crate) fn has_keep_in_mind(folded: &str) -> bool {
    any_cue(folded, &KEEP_IN_MIND_CUES)
}

pub(crate) fn has_connect(folded: &str) -> bool {
    any_cue(folded, &CONNECT_CUES)
}

pub(crate) fn feedback_is_soft(folded: &str) -> bool {
    any_cue(folded, &SOFTENERS)
}

pub(crate) fn has_interest(folded: &str) -> bool {
    any_cue(folded, &INTEREST_CUES)
}

pub(crate) fn has_value(folded: &str) -> bool {
    any_cue(folded, &VALUE_CUES)
}

/// How many kinds of optional ask a text makes: feedback, connecting,
/// meeting, a referral.
pub(crate) fn ask_kinds(folded: &str) -> usize {
    [
        &FEEDBACK_CUES[..],
        &CONNECT_CUES,
        &MEETING_CUES,
        &REFERRAL_CUES,
    ]
    .iter()
    .filter(|cues| any_cue(folded, cues))
    .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Answers, Recipient, Rejection, Sender};

    #[test]
    fn scores_read_as_people_write_them() {
        for (score, shown) in [
            (10.0, "10"),
            (9.5, "9.5"),
            (9.25, "9.25"),
            (2.0, "2"),
            (0.75, "0.75"),
        ] {
            let report = Report {
                findings: Vec::new(),
                score,
                items: Vec::new(),
                cap: None,
            };
            assert_eq!(report.score_text(), shown);
        }
    }

    fn answers() -> (Answers, Recipient) {
        let recipient = Recipient {
            id: 1,
            name: "Priya Shah".into(),
            detail: "our talk about the design system".into(),
            ..Default::default()
        };
        let answers = Answers {
            rejection: Rejection {
                company: "Acme".into(),
                job_title: "Product Designer".into(),
                ..Default::default()
            },
            recipients: vec![recipient.clone()],
            sender: Sender {
                name: "Sam Lee".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        (answers, recipient)
    }

    const GOOD: &str = "Hi Priya,\n\nThank you for letting me know, and for the time you gave me during the interviews. \
I'm disappointed not to be moving forward with the Product Designer role, but I understand and respect the decision.\n\n\
I especially enjoyed our talk about the design system. I'm still very interested in Acme.\n\n\
Please keep me in mind for future openings at Acme.\n\nI wish you and the team all the best.\n\nWarm regards,\nSam Lee";

    /// Each edit of a good note and what the checker should say about it.
    #[test]
    fn findings_for_hand_edits() {
        let (answers, recipient) = answers();
        // (text replaced, replacement, the finding expected, the highest score allowed)
        type Case = (&'static str, &'static str, fn(&Finding) -> bool, f32);
        let cases: &[Case] = &[
            (
                "Hi Priya,",
                "Hi Pria,",
                |f| matches!(f, Finding::GreetingName { .. }),
                3.0,
            ),
            (
                "in Acme.",
                "in ACME.",
                |f| {
                    matches!(
                        f,
                        Finding::Misspelt {
                            what: Field::Company,
                            ..
                        }
                    )
                },
                3.0,
            ),
            (
                "in Acme.",
                "in Acmee.",
                |f| {
                    matches!(
                        f,
                        Finding::Misspelt {
                            what: Field::Company,
                            ..
                        }
                    )
                },
                3.0,
            ),
            (
                "the design system.",
                "the design system with Microsoft.",
                |f| matches!(f, Finding::UnknownName { .. }),
                4.0,
            ),
            (
                "I understand and respect",
                "please reconsider; I don't understand why",
                |f| {
                    matches!(
                        f,
                        Finding::NeverWrite {
                            concern: Concern::Arguing,
                            ..
                        }
                    )
                },
                2.0,
            ),
            (
                "Please keep me in mind",
                "I really need this job. Please keep me in mind",
                |f| {
                    matches!(
                        f,
                        Finding::NeverWrite {
                            concern: Concern::Begging,
                            ..
                        }
                    )
                },
                6.0,
            ),
            (
                "Please keep me in mind for future openings at Acme.",
                "Good luck.",
                |f| matches!(f, Finding::NoAsk { .. }),
                10.0,
            ),
            (
                "Warm regards,\nSam Lee",
                "Warm regards,\nSam",
                |f| matches!(f, Finding::NoSignOff { .. }),
                10.0,
            ),
            (
                "I wish you",
                "Could you share feedback, connect on LinkedIn and meet for coffee? I wish you",
                |f| matches!(f, Finding::TooManyAsks { count: 3 }),
                10.0,
            ),
            (
                "I wish you",
                "Please send feedback. I wish you",
                |f| matches!(f, Finding::FeedbackPressing),
                10.0,
            ),
            (
                "I wish you",
                "I REALLY wish you",
                |f| matches!(f, Finding::AllCaps { .. }),
                10.0,
            ),
            (
                "all the best.",
                "all the best! Truly! Yes!",
                |f| matches!(f, Finding::Exclamations { count: 3 }),
                10.0,
            ),
            (
                "Hi Priya,",
                "Dear [Name],",
                |f| matches!(f, Finding::Placeholder { .. }),
                10.0,
            ),
            (
                "I'm still",
                "I'm  still",
                |f| matches!(f, Finding::StrayPunctuation { .. }),
                10.0,
            ),
            (
                "I especially enjoyed our talk about the design system. ",
                "",
                |f| matches!(f, Finding::DetailMissing { .. }),
                10.0,
            ),
            (
                "Hi Priya,",
                "Hello,",
                |f| matches!(f, Finding::GenericGreeting { .. }),
                10.0,
            ),
        ];
        for (from, to, is_expected, ceiling) in cases {
            let body = GOOD.replacen(from, to, 1);
            assert_ne!(body, GOOD, "{from:?} not in the note");
            let report = check(
                Some("Re: Your application"),
                &body,
                Channel::EmailReply,
                &answers,
                &recipient,
            );
            assert!(
                report.findings.iter().any(is_expected),
                "{to:?}: {:?}",
                report.findings
            );
            assert!(report.score <= *ceiling, "{to:?}: {}", report.score);
            assert!(report.score < 10.0, "{to:?} should cost points");
        }
    }

    /// The never-write list, phrase by phrase, as people write them.
    #[test]
    fn never_write_phrases_are_found() {
        let cases = [
            ("I was the strongest candidate by far.", Concern::Arguing),
            (
                "Just checking whether the new hire settled.",
                Concern::AboutTheHire,
            ),
            ("If he leaves, please call me.", Concern::AboutTheHire),
            (
                "In case it didn't work out with them.",
                Concern::AboutTheHire,
            ),
            ("I spent two weekends on the task.", Concern::Guilt),
            ("It gave up my weekends.", Concern::Guilt),
            ("I was a bit hurt.", Concern::Guilt),
            ("Please give it one more look.", Concern::Begging),
            ("I would do anything for this role.", Concern::Begging),
            ("I'd do anything.", Concern::Begging),
        ];
        for (text, concern) in cases {
            let hits = never_hits(&fold(text));
            assert!(
                hits.iter().any(|(_, c)| *c == concern),
                "{text:?}: {hits:?}"
            );
        }
        assert_eq!(never_hits(&fold("I hope the weekend went well.")), vec![]);
    }

    /// What the checker finds in `body` as a new email from Sam to `recipient`.
    fn findings_of(body: &str, answers: &Answers, recipient: &Recipient) -> Vec<Finding> {
        check(
            Some("Thank you – Sam Lee"),
            body,
            Channel::EmailNew,
            answers,
            recipient,
        )
        .findings
    }

    /// The user's own detail may mention advice or feedback; that is not
    /// an ask of the note's, so it is never "pressing".
    #[test]
    fn a_detail_about_advice_is_not_an_ask() {
        let (mut answers, mut recipient) = answers();
        recipient.detail = "your advice on portfolio reviews".into();
        answers.recipients = vec![recipient.clone()];
        let body = GOOD.replace(
            "our talk about the design system",
            "your advice on portfolio reviews",
        );
        assert_eq!(findings_of(&body, &answers, &recipient), vec![]);
        // The same words as the note's own ask are pressing.
        let pressing = body.replace(
            "Please keep me in mind",
            "I want your advice on portfolio reviews. Please keep me in mind",
        );
        recipient.detail = String::new();
        answers.recipients = vec![recipient.clone()];
        let findings = findings_of(&pressing, &answers, &recipient);
        assert!(
            findings.contains(&Finding::FeedbackPressing),
            "{findings:?}"
        );
    }

    /// A P.S. after the name, "PS" and acronyms are ordinary letter writing.
    #[test]
    fn a_postscript_and_acronyms_are_fine() {
        let (answers, recipient) = answers();
        let body = format!("{GOOD}\n\nPS The CEO and VP demo was great.");
        assert_eq!(findings_of(&body, &answers, &recipient), vec![]);
        let body = GOOD.replace("I'm still", "I'm  still");
        let messages: Vec<String> = findings_of(&body, &answers, &recipient)
            .iter()
            .map(Finding::message)
            .collect();
        assert_eq!(
            messages,
            ["There's a double space in the text; a quick tidy will make it look polished."]
        );
    }

    #[test]
    fn a_good_note_is_clean() {
        let (answers, recipient) = answers();
        let report = check(
            Some("Thank you – Sam Lee"),
            GOOD,
            Channel::EmailNew,
            &answers,
            &recipient,
        );
        assert_eq!(report.findings, vec![]);
        assert_eq!(report.score, 10.0);
    }

    #[test]
    fn lengths_and_limits() {
        let (mut answers, recipient) = answers();
        let long = format!("Hi Priya,\n{}\nSam Lee", "Thank you so much. ".repeat(14));
        let report = check(None, &long, Channel::LinkedInInvite, &answers, &recipient);
        assert!(
            report
                .findings
                .iter()
                .any(|f| matches!(f, Finding::OverLimit { limit: 200, .. }))
        );
        assert_eq!(report.cap, Some(Cap::Length));
        answers.style.linkedin_premium = true;
        let report = check(None, &long, Channel::LinkedInInvite, &answers, &recipient);
        assert!(
            !report
                .findings
                .iter()
                .any(|f| matches!(f, Finding::OverLimit { .. }))
        );
        let short = "Hi Priya,\n\nThanks. Keep me in mind.\n\nSam Lee";
        let report = check(
            Some("Thanks"),
            short,
            Channel::EmailNew,
            &answers,
            &recipient,
        );
        assert!(
            report
                .findings
                .iter()
                .any(|f| matches!(f, Finding::TooShort { count: 9, .. }))
        );
    }

    #[test]
    fn proper_noun_candidates() {
        let cases: &[(&str, &[&str])] = &[
            ("I met Tom at Acme. Then I left.", &["Tom", "Acme"]),
            ("Hi Priya, Thanks for it.", &["Priya"]),
            ("I'd love LinkedIn on Monday.", &[]),
            ("He said: Great. (Really) fine", &[]),
            ("the IBM team", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(proper_nouns(text), *want, "{text:?}");
        }
    }

    #[test]
    fn spelling_distance() {
        let cases = [
            ("acmee", "acme", true),
            ("stripe", "strike", true),
            ("google", "apple", false),
            ("designer", "desginer", true),
            ("acme", "acme", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(close_spelling(a, b), want, "{a} {b}");
        }
    }
}
