//! The phrase lists of `docs/notes.md`: what is never written, and the cues
//! by which the checker recognises each part of a note.

use super::findings::Concern;
use crate::domain::text::find_words;

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
const KEEP_IN_MIND_CUES: [&str; 30] = [
    "keep me in mind",
    "your backing",
    "remember me as",
    "be remembered",
    "plans change",
    "matters change",
    "opens again",
    "remember me if",
    "remember me when",
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
pub(super) const FEEDBACK_CUES: [&str; 10] = [
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
const SOFTENERS: [&str; 25] = [
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
    "at a convenient time",
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
const INTEREST_CUES: [&str; 20] = [
    "interest",
    "proud to be part",
    "love to be part",
    "part of this team",
    "success matters",
    "high on my list",
    "love to work",
    "keen",
    "admire",
    "regard for",
    "high regard",
    "committed",
    "commitment",
    "invested in",
    "invested as ever",
    "fully invested",
    "believe in",
    "believe strongly",
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

/// Cues that a sentence thanks them for the news itself.
const NEWS_CUES: [&str; 7] = [
    "letting me know",
    "let me know",
    "telling me",
    "informing me",
    "for the news",
    "for the update",
    "to tell me",
];

/// Whether a folded sentence thanks them for letting the user know.
pub(super) fn thanks_for_news(folded: &str) -> bool {
    has_thanks(folded) && any_cue(folded, &NEWS_CUES)
}

/// A feedback ask in any of its forms, a development conversation included.
pub(super) fn has_feedback(folded: &str) -> bool {
    any_cue(folded, &FEEDBACK_CUES)
        || any_cue(
            folded,
            &["develop", "grow", "stronger candidate", "came across"],
        )
}

pub(crate) fn has_hire_wish(folded: &str) -> bool {
    any_cue(
        folded,
        &[
            "person you've chosen",
            "new person",
            "new hire",
            "new colleague",
            "successful candidate",
            "whoever",
            "person who",
            "person joining",
            "new starter",
            "new arrival",
        ],
    )
}

pub(super) fn has_help(folded: &str) -> bool {
    any_cue(folded, &["help", "assist", "of use", "useful", "introduc"])
}

/// Wording that promises a LinkedIn invitation, in a sentence about LinkedIn
/// or connecting.
pub(super) fn invitation_words(folded_sentence: &str) -> bool {
    (folded_sentence.contains("linkedin") || folded_sentence.contains("connect"))
        && any_cue(
            folded_sentence,
            &[
                "invitation",
                "invite",
                "request",
                "connect on",
                "connect with",
                "add you",
            ],
        )
}

/// Wording that promises a LinkedIn message.
pub(super) fn message_words(folded_sentence: &str) -> bool {
    any_cue(
        folded_sentence,
        &[
            "message you",
            "linkedin message",
            "message on linkedin",
            "a message there",
        ],
    )
}
