//! What the checker can find, and how it says so.
//!
//! The messages follow the same rules as the notes (docs/notes.md): warm and
//! plain, never cheerleading, never blaming, and the user's own words quoted
//! as they typed them.

use crate::domain::compose::{Band, Unit};
use crate::domain::model::{Channel, Stage};
use crate::domain::repetition::Repeat;

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
    /// A never-write phrase, quoted as the note has it.
    NeverWrite {
        phrase: String,
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
    /// A word or two written twice in a row ("the role role").
    Doubled {
        words: String,
    },
    /// The same word twice within two sentences ("decision … decision").
    RepeatedWord {
        word: String,
    },
    /// One short sentence standing alone as a paragraph.
    Choppy {
        sentence: String,
    },
    /// Thanks for the news said twice; `again` is the second time.
    ThanksTwice {
        again: String,
    },
    /// Wording about LinkedIn that the chosen channels contradict.
    LinkedInClash {
        phrase: String,
        clash: Clash,
    },
    /// A request the user ticked that the note does not make.
    AskDropped {
        ask: Ticked,
    },
    /// Text-speak or an abbreviation, and the words it stands for.
    TextSpeak {
        word: String,
        instead: &'static str,
    },
    /// A name or the company all in lower case.
    LowerCase {
        found: String,
        expected: String,
    },
    /// "he" or "she" about the person the note is written to.
    AboutThem {
        pronoun: String,
        name: String,
    },
    /// A sentence another note to the same company also has; `other` says
    /// which note ("your card to Tom Fletcher").
    Shared {
        sentence: String,
        other: String,
    },
}

/// How wording about LinkedIn contradicts the channels chosen for a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clash {
    /// An invitation promised to someone the user is connected with.
    AlreadyConnected,
    /// A LinkedIn message promised to someone not yet connected.
    NotConnected,
    /// An invitation that promises an invitation.
    ThisIsTheInvitation,
}

/// A request the user can tick (`model::Ask`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ticked {
    Feedback,
    LinkedIn,
    WishHireWell,
    OfferHelp,
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
    /// ```
    /// use kept_in_mind::domain::check::{Finding, Report};
    /// let report = Report::from_findings(vec![Finding::NoThanks]);
    /// let messages: Vec<String> = report.findings.iter().map(Finding::message).collect();
    /// assert_eq!(messages.len(), 1);
    /// assert!(!messages[0].is_empty());
    /// ```
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
                Concern::Begging => format!("“{phrase}” can sound desperate. A calm, confident note is the one they will remember."),
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
            Finding::Repetition { repeat: Repeat::Lead(word) } => format!(
                "“{word}” leads a sentence just after one that says it; starting one of them differently reads better."
            ),
            Finding::Repetition { repeat: Repeat::Writer } => {
                "Several sentences in a row start with “I”; starting one of them another way (“Your question about …”, “It was …”) reads less like a list.".to_string()
            }
            Finding::Repetition { repeat: Repeat::Phrase(words) } => format!(
                "“{words}” comes twice; saying it once, or another way the second time, reads more naturally."
            ),
            Finding::Doubled { words } => format!("“{words}” says the same twice in a row; take one out."),
            Finding::RepeatedWord { word } | Finding::Repetition { repeat: Repeat::Word(word) } => {
                format!("“{word}” comes twice close together; another word, or one fewer, reads better.")
            }
            Finding::Choppy { sentence } => {
                format!("“{sentence}” stands alone; joined to the next or last paragraph, the note flows.")
            }
            Finding::ThanksTwice { again } => {
                format!("“{again}” thanks them for the news again; once reads warmer.")
            }
            Finding::LinkedInClash { phrase, clash } => format!(
                "“{phrase}” {}",
                match clash {
                    Clash::AlreadyConnected => "offers an invitation, but you're connected already (a LinkedIn message).",
                    Clash::NotConnected => "offers a message, but you're not connected yet (a LinkedIn invitation).",
                    Clash::ThisIsTheInvitation => "promises the invitation this note already is.",
                }
            ),
            Finding::AskDropped { ask } => format!(
                "You ticked “{}”, but the note leaves it out; add a line for it, or untick it.",
                match ask {
                    Ticked::Feedback => "Ask for feedback",
                    Ticked::LinkedIn => "Ask to connect on LinkedIn",
                    Ticked::WishHireWell => "Wish the person they hired well",
                    Ticked::OfferHelp => "Offer to help",
                }
            ),
            Finding::TextSpeak { word, instead } => format!("“{word}” is text-speak; write “{instead}”."),
            Finding::LowerCase { found, expected } => {
                format!("“{found}” is all lower case; write “{expected}”.")
            }
            Finding::AboutThem { pronoun, name } => {
                format!("“{pronoun}” seems to mean {name}, who will read this; say “you”.")
            }
            Finding::Shared { sentence, other } => {
                format!("“{sentence}” is also in {other}; people there compare notes, so reword one.")
            }
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
